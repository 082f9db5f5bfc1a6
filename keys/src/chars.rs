//! What each char adds to a key: the rules of the key, one char at a time.

/// What one char adds to a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Adds {
    /// Nothing: apostrophes, combining marks, invisible format chars.
    Nothing,
    /// A separator: a run of them becomes one space, and none counts at
    /// either end of the key.
    Separator,
    /// Lower-case ASCII letters or digits (a folded letter may become two:
    /// `ß` is `ss`).
    Letters(&'static [u8]),
    /// A char kept, or folded to another non-ASCII char (`Ж` is `ж`).
    Text(char),
}

/// Every ASCII byte lower-cased, so that a letter's [`Adds::Letters`] can
/// point into a static table.
static ASCII_LOWER: [u8; 128] = ascii_lower();

const fn ascii_lower() -> [u8; 128] {
    let mut table = [0; 128];
    let mut byte: u8 = 0;
    while byte < 128 {
        table[byte as usize] = byte.to_ascii_lowercase();
        byte += 1;
    }
    table
}

impl Adds {
    /// An ASCII letter or digit, lower-cased; `None` for any other byte.
    fn ascii_letter(byte: u8) -> Option<Adds> {
        if byte.is_ascii_alphanumeric() {
            let lower = ASCII_LOWER.get(usize::from(byte))?;
            Some(Adds::Letters(core::slice::from_ref(lower)))
        } else {
            None
        }
    }

    /// What `c` adds to a key; `None` if a key cannot hold it.
    #[must_use]
    pub fn of(c: char) -> Option<Adds> {
        Some(match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' => Adds::ascii_letter(u8::try_from(c).ok()?)?,
            ' ' | '\t' | '\n' | '\r' | '\u{b}' | '\u{c}' | '-' | ',' | '.' | '(' | ')' | '/' => {
                Adds::Separator
            }
            // Full-width ASCII letters and digits count as the ASCII ones
            // (the full-width separators and apostrophes are listed below).
            '\u{ff10}'..='\u{ff19}' | '\u{ff21}'..='\u{ff3a}' | '\u{ff41}'..='\u{ff5a}' => {
                let ascii = u8::try_from(u32::from(c) - 0xfee0).ok()?;
                Adds::ascii_letter(ascii)?
            }
            // Separators: Unicode spaces and dashes, middle dots, CJK punctuation.
            '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2010}'..='\u{2015}'
            | '\u{2027}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{2212}'
            | '\u{3000}'
            | '\u{b7}'
            | '\u{30fb}'
            | '\u{3001}'
            | '\u{3002}'
            | '\u{ff08}'
            | '\u{ff09}'
            | '\u{ff0c}'
            | '\u{ff0d}'
            | '\u{ff0e}'
            | '\u{964}'
            | '\u{965}' => Adds::Separator,
            // Apostrophes, combining accents and every invisible format
            // character (Unicode's Cf of these scripts: the soft hyphen,
            // the Arabic letter mark, zero-width spaces and joiners,
            // direction marks, embeddings, overrides and isolates, word
            // joiners and invisible operators, the byte-order mark).
            '\''
            | '`'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2bc}'
            | '\u{b4}'
            | '\u{2032}'
            | '\u{300}'..='\u{36f}'
            | '\u{ad}'
            | '\u{61c}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{ff07}'
            | '\u{ff40}'
            | '\u{591}'..='\u{5c7}'
            | '\u{64b}'..='\u{65f}'
            | '\u{670}' => Adds::Nothing,
            // Scripts kept, some folded (see the module docs).
            '\u{380}'..='\u{3ff}'
            | '\u{400}'..='\u{4ff}'
            | '\u{5d0}'..='\u{5ea}'
            | '\u{620}'..='\u{64a}'
            | '\u{671}'..='\u{6d3}'
            | '\u{900}'..='\u{963}'
            | '\u{966}'..='\u{97f}'
            | '\u{b80}'..='\u{bff}'
            | '\u{c80}'..='\u{cff}' => Adds::Text(fold_script(c)?),
            // CJK ideographs (with extensions and compatibility forms), the
            // iteration mark, kana and Hangul: kept as they are.
            '\u{3005}'
            | '\u{3040}'..='\u{30fa}'
            | '\u{30fc}'..='\u{30ff}'
            | '\u{1100}'..='\u{11ff}'
            | '\u{3130}'..='\u{318f}'
            | '\u{3400}'..='\u{4dbf}'
            | '\u{4e00}'..='\u{9fff}'
            | '\u{ac00}'..='\u{d7a3}'
            | '\u{f900}'..='\u{faff}'
            | '\u{20000}'..='\u{3134f}' => Adds::Text(c),
            _ => Adds::Letters(fold_latin(c)?),
        })
    }
}

/// A Greek, Cyrillic, Hebrew, Arabic, Devanagari, Tamil or Kannada char
/// as it stands in a key: lower-cased, accents and variant forms folded; `None` for the
/// unassigned and non-letter code points of the Greek block.
#[must_use]
pub fn fold_script(c: char) -> Option<char> {
    Some(match c {
        // Greek and Cyrillic capitals; Greek letters with tonos or
        // dialytika.
        'Α'..='Ρ' | 'Σ'..='Ω' | 'А'..='Я' => char::from_u32(u32::from(c) + 0x20)?,
        'Ά' | 'ά' => 'α',
        'Έ' | 'έ' => 'ε',
        'Ή' | 'ή' => 'η',
        'Ί' | 'ί' | 'ΐ' | 'Ϊ' | 'ϊ' => 'ι',
        'Ό' | 'ό' => 'ο',
        'Ύ' | 'ύ' | 'ΰ' | 'Ϋ' | 'ϋ' => 'υ',
        'Ώ' | 'ώ' => 'ω',
        'ς' => 'σ',
        'α'..='ω' => c,
        '\u{380}'..='\u{3ff}' => return None,
        'Ѐ'..='Џ' => char::from_u32(u32::from(c) + 0x50)?,
        // The rest of the Cyrillic block pairs capitals and small letters
        // as neighbours: capital first (Ѡ ѡ … Ґ ґ … Ӑ ӑ), except the run
        // Ӂ ӂ … Ӎ ӎ, which starts one later, and Ӏ, whose small letter ӏ
        // ends that run.
        '\u{460}'..='\u{481}' | '\u{48a}'..='\u{4bf}' | '\u{4d0}'..='\u{4ff}'
            if u32::from(c) % 2 == 0 =>
        {
            char::from_u32(u32::from(c) + 1)?
        }
        '\u{4c1}'..='\u{4ce}' if u32::from(c) % 2 == 1 => char::from_u32(u32::from(c) + 1)?,
        'Ӏ' => 'ӏ',
        // Arabic kaf and yeh as Persian writes them.
        'ك' => 'ک',
        'ي' | 'ى' => 'ی',
        _ => c,
    })
}

/// Folds a Latin-1 or Latin Extended-A letter to lower-case ASCII.
#[must_use]
pub const fn fold_latin(c: char) -> Option<&'static [u8]> {
    Some(match c {
        'À'..='Å' | 'à'..='å' | 'Ā'..='ą' => b"a",
        'Æ' | 'æ' => b"ae",
        'Ç' | 'ç' | 'Ć'..='č' => b"c",
        'Ð' | 'ð' | 'Ď'..='đ' => b"d",
        'È'..='Ë' | 'è'..='ë' | 'Ē'..='ě' => b"e",
        'Ĝ'..='ģ' => b"g",
        'Ĥ'..='ħ' => b"h",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ'..='ı' => b"i",
        'Ĳ' | 'ĳ' => b"ij",
        'Ĵ' | 'ĵ' => b"j",
        'Ķ'..='ĸ' => b"k",
        'Ĺ'..='ł' => b"l",
        'Ñ' | 'ñ' | 'Ń'..='ŋ' => b"n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō'..='ő' => b"o",
        'Œ' | 'œ' => b"oe",
        'Ŕ'..='ř' => b"r",
        'ß' => b"ss",
        'Ś'..='š' | 'ſ' | 'Ș' | 'ș' => b"s",
        'Þ' | 'þ' => b"th",
        'Ţ'..='ŧ' | 'Ț' | 'ț' => b"t",
        'Ù'..='Ü' | 'ù'..='ü' | 'Ũ'..='ų' => b"u",
        'Ŵ' | 'ŵ' => b"w",
        'Ý' | 'ý' | 'ÿ' | 'Ŷ'..='Ÿ' => b"y",
        'Ź'..='ž' => b"z",
        _ => return None,
    })
}
