//! The fast path of [`normalize`]: whole 8-byte words of plain letters and
//! single spaces at once, other ASCII bytes through a 256-entry table, and
//! only the rest char by char through [`Adds::of`]. It must give exactly
//! what [`reference`](crate::reference) gives, for every input.

use crate::chars::{Adds, fold_latin};
use crate::{SEPARATOR, le_u64};

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
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | b'-' | b',' | b'.' | b'(' | b')'
            | b'/' => SEPARATOR,
            _ => SLOW,
        };
        byte += 1;
    }
    table
}

/// The key being written into a caller's buffer of `N` bytes.
///
/// Every byte is written at `len % N`: with `N` a power of two that is a
/// mask, not a bounds check, so the loop over ASCII input has no branch
/// but its own. A key that reaches `N` bytes has wrapped and is refused by
/// [`finish`](Writer::finish). The fields are plain locals of the loop once
/// inlined; nothing else takes a reference to them.
struct Writer<'o, const N: usize> {
    out: &'o mut [u8; N],
    len: usize,
    /// The last byte that counted was a separator, or nothing counted yet
    /// (so leading separators are dropped and runs collapse).
    after_separator: bool,
}

impl<'o, const N: usize> Writer<'o, N> {
    #[inline]
    fn new(out: &'o mut [u8; N]) -> Self {
        Writer {
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
    fn push(&mut self, adds: Adds) {
        match adds {
            Adds::Nothing => {}
            Adds::Separator => self.push_class(SEPARATOR),
            Adds::Letters(letters) => {
                for &letter in letters {
                    self.push_class(letter);
                }
            }
            Adds::Text(c) => self.push_text(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
    }

    /// Adds the UTF-8 bytes of a kept non-ASCII char.
    #[inline]
    fn push_text(&mut self, text: &[u8]) {
        for &byte in text {
            self.out[self.len % N] = byte;
            self.len += 1;
        }
        self.after_separator = false;
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

/// Writes the key form of `input` into `out` and returns it: each char as
/// [`Adds::of`] says (letters folded to lower-case ASCII where they have
/// a plain spelling, CJK and the other keyed scripts kept), a run of
/// separators one space, none at either end.
///
/// Returns `None` if `input` holds a char no key may hold, or
/// if its key (with a trailing separator not yet dropped) does not fit in
/// `N - 1` bytes. The whole input is read, so callers bound its length
/// first. `N` should be a power of two (every byte is written at its
/// index modulo `N`, a mask). An input that is all separators yields an
/// empty key.
pub fn normalize<'o, const N: usize>(input: &str, out: &'o mut [u8; N]) -> Option<&'o [u8]> {
    let bytes = input.as_bytes();
    let mut key = Writer::new(out);
    let mut i = 0;
    while i < bytes.len() {
        // Up to eight bytes at once while they are plain letters and
        // spaces; then one byte or char through the table.
        i += key.push_word(bytes, i);
        let Some(&byte) = bytes.get(i) else { break };
        let class = BYTE_CLASS[usize::from(byte)];
        if class == SLOW {
            if let Some(kept) = common_ideograph(bytes, i) {
                key.push_text(kept);
                i += kept.len();
                continue;
            }
            let (adds, width) = slow(input, i)?;
            key.push(adds);
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

impl<const N: usize> Writer<'_, N> {
    /// The fast path: up to eight bytes of `bytes` from `i`, read as one
    /// little-endian word, of which the leading ASCII letters and single
    /// spaces (that need no collapsing) are added at once. Returns how
    /// many bytes were taken, possibly 0.
    #[inline]
    fn push_word(&mut self, bytes: &[u8], i: usize) -> usize {
        let available = bytes.len().saturating_sub(i).min(8);
        let word = match bytes.get(i..i + 8) {
            Some(chunk) => le_u64(chunk),
            None => {
                // Fewer than 8 bytes left: read the last 8 of the input and
                // drop those already done, or gather a short input byte by
                // byte. The missing high bytes are 0, which is not plain.
                match bytes
                    .len()
                    .checked_sub(8)
                    .and_then(|start| bytes.get(start..))
                {
                    Some(last) => le_u64(last) >> (8 * (8 - available)),
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

/// The three bytes of the char at byte `i` if it is a CJK ideograph or a
/// Hangul syllable that the key keeps as it is, told from its lead bytes
/// alone (the input is valid UTF-8) rather than decoded and matched
/// through [`Adds::of`]: most of the Chinese, Japanese and Korean names
/// people type are made of nothing else.
#[inline]
fn common_ideograph(bytes: &[u8], i: usize) -> Option<&[u8]> {
    let kept = match (*bytes.get(i)?, *bytes.get(i + 1)?) {
        // U+4000..=U+4FFF, but for the Yijing hexagram symbols
        // U+4DC0..=U+4DFF (E4 B7 xx).
        (0xe4, second) => second != 0xb7,
        // U+5000..=U+9FFF ideographs; U+B000..=U+CFFF Hangul syllables.
        (0xe5..=0xe9 | 0xeb | 0xec, _) => true,
        // U+AC00..=U+AFFF Hangul syllables.
        (0xea, second) => second >= 0xb0,
        _ => false,
    };
    if kept { bytes.get(i..i + 3) } else { None }
}

/// What the char at byte `i` of `input` adds, and its width in bytes;
/// `None` if it is rejected. For bytes `BYTE_CLASS` leaves to this path.
#[inline(never)]
fn slow(input: &str, i: usize) -> Option<(Adds, usize)> {
    let bytes = input.as_bytes();
    // The common non-ASCII chars without decoding: Latin-1 letters
    // (U+00C0..=U+00FF are C3 80..=C3 BF) and the dashes U+2010..=U+2015
    // (E2 80 90..=E2 80 95).
    match (bytes.get(i), bytes.get(i + 1), bytes.get(i + 2)) {
        (Some(0xc3), Some(&second), _) => {
            let folded = LATIN_1_FOLD.get(usize::from(second.wrapping_sub(0x80)))?;
            Some((Adds::Letters(folded.as_ref()?), 2))
        }
        (Some(0xe2), Some(0x80), Some(0x90..=0x95)) => Some((Adds::Separator, 3)),
        _ => {
            let c = input.get(i..)?.chars().next()?;
            Some((Adds::of(c)?, c.len_utf8()))
        }
    }
}

/// U+00C0..=U+00FF folded to ASCII (`None` for `×` and `÷`, which are
/// rejected), indexed by the second UTF-8 byte minus 0x80. Computed from
/// `fold_latin`, so the two cannot disagree.
static LATIN_1_FOLD: [Option<&[u8]>; 64] = latin_1_table();

const fn latin_1_table() -> [Option<&'static [u8]>; 64] {
    let mut table = [None; 64];
    let mut i: u8 = 0;
    while i < 64 {
        if let Some(c) = char::from_u32(0xc0 + i as u32) {
            table[i as usize] = fold_latin(c);
        }
        i += 1;
    }
    table
}
