//! The one definition of a lookup key.
//!
//! This file is compiled twice: by the build (`build/load/`, through
//! `#[path]`) to turn every official name and alias of a cluster or an
//! economy into a key, and by the library to turn a query into the same
//! form. Because both sides run this exact code, a key
//! and the query that should find it can never drift apart.
//!
//! It must therefore stay free of dependencies, `std` and allocation.
//!
//! The rules, in the order a character meets them:
//!
//! * ASCII letters are lower-cased; ASCII digits are kept.
//! * White space, `-`, `,`, `.`, the Unicode dashes (hyphen, non-breaking
//!   hyphen, figure dash, en dash, em dash, horizontal bar, minus sign), the
//!   Unicode spaces, the middle dots `·` and `・` and the CJK comma and full
//!   stop are *separators*: a run of them becomes one ASCII space, and
//!   separators at either end are dropped.
//! * Apostrophes (`'`, `’`, `‘`, `ʼ`, `` ` ``, `´`, `′`), combining accents
//!   (U+0300..=U+036F) and invisible format characters (zero-width space and
//!   joiners, direction marks, byte order mark) are dropped.
//! * Latin-1 and Latin Extended-A letters are folded to ASCII (`ü` → `u`,
//!   `ß` → `ss`, `Æ` → `ae`, `ł` → `l`), as are Romanian `ș`/`ț`.
//! * Full-width ASCII forms (`Ｂｅｉｊｉｎｇ`, `－`) are treated as their ASCII
//!   counterparts.
//! * Cyrillic and Greek letters are lower-cased (Greek tonos and dialytika
//!   dropped, final `ς` read as `σ`); Hebrew, Arabic and Persian letters
//!   and Devanagari are kept, with Hebrew points and Arabic harakat
//!   dropped and Arabic `ك`/`ي`/`ى` read as their Persian forms `ک`/`ی`.
//! * CJK ideographs, kana and Hangul are kept as they are.
//! * Parentheses are separators too (`Iran (Islamic Republic of)`).
//! * Any other character makes the whole input unnormalizable (`None`).

/// The byte a run of separators becomes.
pub const SEPARATOR: u8 = b' ';

/// `BYTE_CLASS` entry of a byte that needs the slow path: a non-ASCII
/// byte, an apostrophe (rare, and ignored), or an ASCII byte that is
/// rejected.
const SLOW: u8 = 0xff;

/// What each byte becomes, so that the loop over ASCII input has no
/// branch that depends on which letter it reads: a lower-case letter or
/// digit stands for itself, a separator is [`SEPARATOR`], everything else
/// is [`SLOW`].
static BYTE_CLASS: [u8; 256] = byte_table();

const fn byte_table() -> [u8; 256] {
    let mut table = [SLOW; 256];
    let mut byte: u8 = 0;
    while byte < 128 {
        table[byte as usize] = match byte {
            b'a'..=b'z' | b'0'..=b'9' => byte,
            b'A'..=b'Z' => byte + (b'a' - b'A'),
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | b'-' | b',' | b'.' | b'(' | b')' => {
                SEPARATOR
            }
            _ => SLOW,
        };
        byte += 1;
    }
    table
}

/// What a char outside `BYTE_CLASS`'s fast path adds to a key: up to
/// four bytes, either lower-case ASCII letters and separators (`text ==
/// false`, added like table entries) or the UTF-8 of a kept CJK char.
#[derive(Clone, Copy)]
struct Emit {
    bytes: [u8; 4],
    len: u8,
    text: bool,
}

impl Emit {
    const NOTHING: Emit = Emit {
        bytes: [0; 4],
        len: 0,
        text: false,
    };

    fn ascii(ascii: &[u8]) -> Emit {
        let mut emit = Emit::NOTHING;
        for (slot, &byte) in emit.bytes.iter_mut().zip(ascii) {
            *slot = byte;
            emit.len += 1;
        }
        emit
    }

    /// `c`, kept as text.
    fn text(c: char) -> Emit {
        let mut emit = Emit {
            text: true,
            ..Emit::NOTHING
        };
        emit.len = u8::try_from(c.encode_utf8(&mut emit.bytes).len()).unwrap_or(0);
        emit
    }

    /// What `c`, a char that `BYTE_CLASS` leaves to the slow path, adds;
    /// `None` if it is rejected.
    fn of(c: char) -> Option<Emit> {
        Some(match c {
            // Full-width ASCII letters and digits count as the ASCII ones
            // (the full-width separators and apostrophes are listed below).
            '\u{ff10}'..='\u{ff19}' | '\u{ff21}'..='\u{ff3a}' | '\u{ff41}'..='\u{ff5a}' => {
                let ascii = u8::try_from(u32::from(c) - 0xfee0).ok()?;
                Emit::ascii(&[ascii.to_ascii_lowercase()])
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
            | '\u{965}' => Emit::ascii(&[SEPARATOR]),
            // Apostrophes, combining accents and invisible format characters.
            '\''
            | '`'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2bc}'
            | '\u{b4}'
            | '\u{2032}'
            | '\u{300}'..='\u{36f}'
            | '\u{200b}'..='\u{200f}'
            | '\u{2060}'
            | '\u{feff}'
            | '\u{ff07}'
            | '\u{ff40}'
            | '\u{591}'..='\u{5c7}'
            | '\u{64b}'..='\u{65f}'
            | '\u{670}' => Emit::NOTHING,
            // Scripts kept, some folded (see the module docs).
            '\u{380}'..='\u{3ff}'
            | '\u{400}'..='\u{4ff}'
            | '\u{5d0}'..='\u{5ea}'
            | '\u{620}'..='\u{64a}'
            | '\u{671}'..='\u{6d3}'
            | '\u{900}'..='\u{963}'
            | '\u{966}'..='\u{97f}' => Emit::text(fold_script(c)?),
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
            | '\u{20000}'..='\u{3134f}' => Emit::text(c),
            _ => Emit::ascii(fold_latin(c)?),
        })
    }
}

/// The key being written into a caller's buffer of `N` bytes.
///
/// Every byte is written at `len % N`: with `N` a power of two that is a
/// mask, not a bounds check, so the loop over ASCII input has no branch
/// but its own. A key that reaches `N` bytes has wrapped and is refused by
/// [`finish`](Key::finish). The fields are plain locals of the loop once
/// inlined; nothing else takes a reference to them.
struct Key<'o, const N: usize> {
    out: &'o mut [u8; N],
    len: usize,
    /// The last byte that counted was a separator, or nothing counted yet
    /// (so leading separators are dropped and runs collapse).
    after_separator: bool,
}

impl<'o, const N: usize> Key<'o, N> {
    #[inline]
    fn new(out: &'o mut [u8; N]) -> Self {
        Key {
            out,
            len: 0,
            after_separator: true,
        }
    }

    /// Adds a lower-case ASCII letter or digit, or a separator. The byte
    /// is always stored; the length only grows if it counts (a separator
    /// after a separator or at the start does not).
    #[inline]
    fn push_class(&mut self, class: u8) {
        let separator = class == SEPARATOR;
        self.out[self.len % N] = class;
        self.len += usize::from(!(separator & self.after_separator));
        self.after_separator = separator;
    }

    #[inline]
    fn push(&mut self, emit: Emit) {
        for &byte in emit.bytes.iter().take(usize::from(emit.len)) {
            if emit.text {
                self.out[self.len % N] = byte;
                self.len += 1;
                self.after_separator = false;
            } else {
                self.push_class(byte);
            }
        }
    }

    /// The key, without a trailing separator; `None` if it did not fit.
    #[inline]
    fn finish(self) -> Option<&'o [u8]> {
        if self.len >= N {
            return None;
        }
        let mut len = self.len;
        if len > 0 && self.out.get(len - 1) == Some(&SEPARATOR) {
            len -= 1;
        }
        self.out.get(..len)
    }
}

/// Writes the key form of `input` into `out` and returns it.
///
/// Returns `None` if `input` holds a character outside the rules above, or
/// if its key (with a trailing separator not yet dropped) does not fit in
/// `N - 1` bytes. The whole input is read, so callers bound its length
/// first. `N` should be a power of two (see [`Key`]). An input that is all
/// separators yields an empty key.
pub fn normalize<'o, const N: usize>(input: &str, out: &'o mut [u8; N]) -> Option<&'o [u8]> {
    let bytes = input.as_bytes();
    let mut key = Key::new(out);
    let mut i = 0;
    while i < bytes.len() {
        // Up to eight bytes at once while they are plain letters and
        // spaces; then one byte or char through the table.
        i += key.push_word(bytes, i);
        let Some(&byte) = bytes.get(i) else { break };
        let class = BYTE_CLASS[usize::from(byte)];
        if class == SLOW {
            let (emit, width) = slow(input, i)?;
            key.push(emit);
            i += width;
        } else {
            key.push_class(class);
            i += 1;
            // The rest of a run of ASCII separators adds nothing: skip it
            // here rather than stop `push_word` at each of its bytes.
            while class == SEPARATOR
                && bytes
                    .get(i)
                    .is_some_and(|&b| BYTE_CLASS[usize::from(b)] == SEPARATOR)
            {
                i += 1;
            }
        }
    }
    key.finish()
}

/// Eight bytes as a little-endian word (0 if `bytes` is not 8 long; the
/// callers pass exact 8-byte chunks, so that never happens).
#[inline]
pub fn le_word(bytes: &[u8]) -> u64 {
    <[u8; 8]>::try_from(bytes).map_or(0, u64::from_le_bytes)
}

/// `u64` with every byte `b`.
const fn bytes_of(b: u8) -> u64 {
    u64::from_le_bytes([b; 8])
}

/// Up to 7 bytes as a little-endian word (higher bytes 0), with two
/// overlapping loads rather than a loop over the bytes.
#[inline]
fn load_short(bytes: &[u8]) -> u64 {
    let len = bytes.len();
    let byte = |i: usize| bytes.get(i).map_or(0, |&b| u64::from(b));
    let u32_at = |i: usize| {
        bytes
            .get(i..i + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, |b| u64::from(u32::from_le_bytes(b)))
    };
    match len {
        0 => 0,
        // Bytes 0, len / 2 and len - 1 cover every position of 1 to 3 bytes.
        1..=3 => byte(0) | byte(len / 2) << (8 * (len / 2)) | byte(len - 1) << (8 * (len - 1)),
        // The overlapping bytes are the same in both loads.
        _ => u32_at(0) | u32_at(len - 4) << (8 * (len - 4)),
    }
}

/// The high bit of every byte.
const HIGH_BITS: u64 = bytes_of(0x80);

impl<const N: usize> Key<'_, N> {
    /// The fast path: up to eight bytes of `bytes` from `i`, read as one
    /// little-endian word, of which the leading ASCII letters and single
    /// spaces (that need no collapsing) are added at once. Returns how
    /// many bytes were taken, possibly 0.
    #[inline]
    fn push_word(&mut self, bytes: &[u8], i: usize) -> usize {
        let available = bytes.len().saturating_sub(i).min(8);
        let word = match bytes.get(i..i + 8) {
            Some(chunk) => le_word(chunk),
            None => {
                // Fewer than 8 bytes left: read the last 8 of the input and
                // drop those already done, or gather a short input byte by
                // byte. The missing high bytes are 0, which is not plain.
                match bytes
                    .len()
                    .checked_sub(8)
                    .and_then(|start| bytes.get(start..))
                {
                    Some(last) => le_word(last) >> (8 * (8 - available)),
                    None => load_short(bytes.get(i..).unwrap_or_default()),
                }
            }
        };
        let lower = word | bytes_of(0x20);
        // Bytes of 0x80 or more are cleared first so that these sums carry
        // into no other byte; they are then excluded by `!word`.
        let low7 = lower & !HIGH_BITS;
        let letters = low7.wrapping_add(bytes_of(0x80 - b'a'))
            & !low7.wrapping_add(bytes_of(0x80 - b'z' - 1));
        let not_space = word ^ bytes_of(b' ');
        let spaces = !((not_space & !HIGH_BITS).wrapping_add(!HIGH_BITS) | not_space);
        let plain = (letters | spaces) & !word & HIGH_BITS;
        // The leading plain bytes.
        let taken = ((!plain & HIGH_BITS).trailing_zeros() / 8) as usize;
        if taken == 0 {
            return 0;
        }
        // A space must not follow a separator (at the start or within the
        // word), or the run would need collapsing: stop before the first
        // such space.
        let spaces = spaces & HIGH_BITS;
        let runs = spaces & (spaces << 8 | u64::from(self.after_separator) << 7);
        let taken = taken.min((runs.trailing_zeros() / 8) as usize);
        if taken == 0 {
            return 0;
        }
        let Some(slot) = self.out.get_mut(self.len..self.len + 8) else {
            return 0;
        };
        slot.copy_from_slice(&lower.to_le_bytes());
        self.len += taken;
        self.after_separator = spaces >> (8 * taken - 1) & 1 != 0;
        taken
    }
}

/// What the char at byte `i` of `input` adds, and its width in bytes;
/// `None` if it is rejected. For bytes `BYTE_CLASS` leaves to this path.
#[inline(never)]
fn slow(input: &str, i: usize) -> Option<(Emit, usize)> {
    let bytes = input.as_bytes();
    // The common non-ASCII chars without decoding: Latin-1 letters
    // (U+00C0..=U+00FF are C3 80..=C3 BF) and the dashes U+2010..=U+2015
    // (E2 80 90..=E2 80 95).
    match (bytes.get(i), bytes.get(i + 1), bytes.get(i + 2)) {
        (Some(0xc3), Some(&second), _) => {
            let folded = LATIN_1_FOLD.get(usize::from(second.wrapping_sub(0x80)))?;
            match folded {
                [0, _] => None, // × or ÷
                [letter, 0] => Some((Emit::ascii(&[*letter]), 2)),
                pair => Some((Emit::ascii(pair), 2)),
            }
        }
        (Some(0xe2), Some(0x80), Some(0x90..=0x95)) => Some((Emit::ascii(&[SEPARATOR]), 3)),
        _ => {
            let c = input.get(i..)?.chars().next()?;
            Some((Emit::of(c)?, c.len_utf8()))
        }
    }
}

/// [`normalize`] for chars from any source (callers can map chars that
/// only they accept, such as parentheses in economy names, to separators).
#[allow(dead_code)] // the char-by-char path the tests hold `normalize` to
pub fn normalize_chars<const N: usize>(
    input: impl IntoIterator<Item = char>,
    out: &mut [u8; N],
) -> Option<&[u8]> {
    let mut key = Key::new(out);
    for c in input {
        match u8::try_from(c).map(|b| BYTE_CLASS[usize::from(b)]) {
            Ok(class) if c.is_ascii() && class != SLOW => key.push_class(class),
            _ => key.push(Emit::of(c)?),
        }
    }
    key.finish()
}

/// U+00C0..=U+00FF folded to ASCII (`[0, 0]` for `×` and `÷`, which are
/// rejected), indexed by the second UTF-8 byte minus 0x80. Computed from
/// `fold_latin`, so the two cannot disagree.
static LATIN_1_FOLD: [[u8; 2]; 64] = latin_1_table();

const fn latin_1_table() -> [[u8; 2]; 64] {
    let mut table = [[0; 2]; 64];
    let mut i: u8 = 0;
    while i < 64 {
        let c = char::from_u32(0xc0 + i as u32);
        if let Some(c) = c {
            if let Some(folded) = fold_latin(c) {
                table[i as usize][0] = folded[0];
                if folded.len() > 1 {
                    table[i as usize][1] = folded[1];
                }
            }
        }
        i += 1;
    }
    table
}

/// A Greek, Cyrillic, Hebrew, Arabic or Devanagari char as it stands in
/// a key: lower-cased, accents and variant forms folded; `None` for the
/// unassigned and non-letter code points of the Greek block.
fn fold_script(c: char) -> Option<char> {
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
        // Arabic kaf and yeh as Persian writes them.
        'ك' => 'ک',
        'ي' | 'ى' => 'ی',
        _ => c,
    })
}

/// Folds a Latin-1 or Latin Extended-A letter to lower-case ASCII.
const fn fold_latin(c: char) -> Option<&'static [u8]> {
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
