//! The one definition of a lookup key.
//!
//! This file is compiled twice: by `build.rs` (through `#[path]`) to turn
//! every official name and alias into a key, and by the library to turn a
//! query into the same form. Because both sides run this exact code, a key
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
//! * CJK ideographs, kana and Hangul are kept as they are.
//! * Any other character makes the whole input unnormalizable (`None`).

/// The byte a run of separators becomes.
pub const SEPARATOR: u8 = b' ';

/// What one `char` of input contributes to a key.
enum Class {
    /// Append these bytes (already lower-case ASCII or a kept CJK char).
    Text,
    /// Lower-case ASCII letter(s) this char folds to.
    Folded(&'static [u8]),
    /// Part of a separator run.
    Separator,
    /// Contributes nothing (apostrophes, combining marks, invisibles).
    Ignored,
    /// Not allowed in a key.
    Rejected,
}

/// Class of an ASCII byte, by table so the common path has no branches
/// that depend on which letter it is.
const ASCII_CLASS: [u8; 128] = ascii_table();

/// `ASCII_CLASS` entry: the byte is a separator.
const A_SEP: u8 = 0x80;
/// `ASCII_CLASS` entry: the byte is ignored (apostrophe, backtick).
const A_IGNORE: u8 = 0x81;
/// `ASCII_CLASS` entry: the byte is rejected.
const A_REJECT: u8 = 0x82;

const fn ascii_table() -> [u8; 128] {
    let mut table = [A_REJECT; 128];
    let mut byte: u8 = 0;
    while byte < 128 {
        table[byte as usize] = match byte {
            b'a'..=b'z' | b'0'..=b'9' => byte,
            b'A'..=b'Z' => byte + (b'a' - b'A'),
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | b'-' | b',' | b'.' => A_SEP,
            b'\'' | b'`' => A_IGNORE,
            _ => A_REJECT,
        };
        byte += 1;
    }
    table
}

/// Classifies a non-ASCII char.
fn classify(c: char) -> Class {
    match c {
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
        | '\u{3002}' => Class::Separator,
        // Apostrophes, combining accents and invisible format characters.
        '\u{2018}'
        | '\u{2019}'
        | '\u{2bc}'
        | '\u{b4}'
        | '\u{2032}'
        | '\u{300}'..='\u{36f}'
        | '\u{200b}'..='\u{200f}'
        | '\u{2060}'
        | '\u{feff}' => Class::Ignored,
        // CJK ideographs (with extensions and compatibility forms), the
        // iteration mark, kana and Hangul.
        '\u{3005}'
        | '\u{3040}'..='\u{30fa}'
        | '\u{30fc}'..='\u{30ff}'
        | '\u{1100}'..='\u{11ff}'
        | '\u{3130}'..='\u{318f}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{ac00}'..='\u{d7a3}'
        | '\u{f900}'..='\u{faff}'
        | '\u{20000}'..='\u{3134f}' => Class::Text,
        _ => fold_latin(c).map_or(Class::Rejected, Class::Folded),
    }
}

/// Folds a Latin-1 or Latin Extended-A letter to lower-case ASCII.
fn fold_latin(c: char) -> Option<&'static [u8]> {
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

/// Where normalized bytes are written: a caller-provided buffer plus the
/// separator state.
struct Writer<'o> {
    out: &'o mut [u8],
    len: usize,
    /// A separator was seen after the last written text and is not yet
    /// written (it is only written if more text follows, so trailing
    /// separators vanish).
    pending_separator: bool,
}

impl Writer<'_> {
    /// Appends `bytes` (never empty), preceded by a pending separator.
    /// `None` when the buffer is full.
    #[inline]
    fn text(&mut self, bytes: &[u8]) -> Option<()> {
        if self.pending_separator {
            self.pending_separator = false;
            *self.out.get_mut(self.len)? = SEPARATOR;
            self.len += 1;
        }
        let end = self.len + bytes.len();
        self.out.get_mut(self.len..end)?.copy_from_slice(bytes);
        self.len = end;
        Some(())
    }

    #[inline]
    fn separator(&mut self) {
        // Leading separators are dropped: only a separator after text counts.
        self.pending_separator = self.len > 0;
    }
}

/// Writes the key form of `input` into `out` and returns it.
///
/// Returns `None` if `input` holds a character outside the rules above, or
/// if its key does not fit in `out` (callers size `out` to the longest key,
/// so an overflow means "no such key" and costs at most `out.len()` steps
/// of output). An input that is all separators yields an empty key.
pub fn normalize<'o>(input: &str, out: &'o mut [u8]) -> Option<&'o [u8]> {
    normalize_chars(input.chars(), out)
}

/// [`normalize`] for chars from any source (callers can map chars that
/// only they accept, such as parentheses in economy names, to separators).
pub fn normalize_chars(input: impl IntoIterator<Item = char>, out: &mut [u8]) -> Option<&[u8]> {
    let mut writer = Writer {
        out,
        len: 0,
        pending_separator: false,
    };
    for c in input {
        let class = if c.is_ascii() {
            match ASCII_CLASS[c as usize] {
                A_SEP => Class::Separator,
                A_IGNORE => Class::Ignored,
                A_REJECT => Class::Rejected,
                lower => {
                    writer.text(&[lower])?;
                    continue;
                }
            }
        } else if let '\u{ff01}'..='\u{ff5e}' = c {
            // Full-width ASCII: same rules as the ASCII char it stands for.
            let ascii = (u32::from(c) - 0xfee0) as usize;
            match ASCII_CLASS[ascii] {
                A_SEP => Class::Separator,
                A_IGNORE => Class::Ignored,
                A_REJECT => Class::Rejected,
                lower => {
                    writer.text(&[lower])?;
                    continue;
                }
            }
        } else {
            classify(c)
        };
        match class {
            Class::Text => writer.text(c.encode_utf8(&mut [0; 4]).as_bytes())?,
            Class::Folded(ascii) => writer.text(ascii)?,
            Class::Separator => writer.separator(),
            Class::Ignored => {}
            Class::Rejected => return None,
        }
    }
    let len = writer.len;
    writer.out.get(..len)
}

/// A 64-bit fingerprint of a normalized key.
///
/// The perfect-hash map is keyed by this number rather than by the key's
/// text, so that the map hashes 8 bytes instead of the whole key; the
/// looked-up entry's stored key is then compared with the query, so a
/// fingerprint that matches by accident never produces a wrong answer.
/// `build.rs` rejects data in which two keys share a fingerprint.
#[must_use]
pub fn fingerprint(key: &[u8]) -> u64 {
    // FxHash-style word mixing; good enough to separate a few hundred keys,
    // which the build checks, and a handful of instructions per 8 bytes.
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut hash = key.len() as u64;
    let mut words = key.chunks_exact(8);
    for word in &mut words {
        let mut bytes = [0; 8];
        bytes.copy_from_slice(word);
        hash = (hash.rotate_left(5) ^ u64::from_le_bytes(bytes)).wrapping_mul(K);
    }
    let tail = words.remainder();
    if !tail.is_empty() {
        let mut bytes = [0; 8];
        if let Some(head) = bytes.get_mut(..tail.len()) {
            head.copy_from_slice(tail);
        }
        hash = (hash.rotate_left(5) ^ u64::from_le_bytes(bytes)).wrapping_mul(K);
    }
    hash
}
