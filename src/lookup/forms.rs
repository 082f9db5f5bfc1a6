//! The forms a query may take besides a key: initials written with
//! periods (`Washington D.C.`), a CJK administrative suffix (`北京市`), and
//! a qualifier (`Boston, MA`). Tried only after the query as normalized
//! found nothing, so a lookup that hits pays nothing for them.

use super::key::{QueryBuffer, economy_by_key, query_buffer};
use super::place::{place, without_suffix};
use super::qualifier;
use crate::Economy;
use crate::normalize::{SEPARATOR, join_initials, le_word};

/// The rank the other forms of the key in `buffer`, of `len` bytes,
/// find, when the key itself found nothing. Each form is tried only when
/// the key could take it, so that a plain miss costs a few word tests.
#[cold]
#[inline(never)]
pub(crate) fn other_forms<const N: usize>(buffer: &[u8; N], len: usize) -> Option<u8> {
    let key = buffer.get(..len)?;
    let found = without_suffix(key).map(|(rank, _)| rank);
    let words = Words::of(buffer, len);
    // Initials and qualifiers need two words at least.
    if found.is_some() || !words.several {
        return found;
    }
    if let Some(rank) = qualifier::qualified(key) {
        return Some(rank);
    }
    if !words.initials {
        return None;
    }
    let mut joined: QueryBuffer = query_buffer();
    let key = with_initials_joined(key, &mut joined)?;
    place(key)
        .map(|(rank, _)| rank)
        .or_else(|| qualifier::qualified(key))
}

/// What the words of a key allow.
struct Words {
    /// It has a separator.
    several: bool,
    /// It has two one-letter words in a row (`d c`), which
    /// [`join_initials`] would join.
    initials: bool,
}

/// Bit `i` set where byte `i` of the key in `buffer`, of `len` (under
/// 64) bytes, is a separator: eight bytes at a time, without a branch per
/// byte (the bytes after the key are read and masked off).
fn separator_bits<const N: usize>(buffer: &[u8; N], len: usize) -> u64 {
    const LOW_7: u64 = u64::from_le_bytes([0x7f; 8]);
    const SPACES: u64 = u64::from_le_bytes([SEPARATOR; 8]);
    // Moves the high bit of byte i to bit i.
    const GATHER: u64 = 0x0102_0408_1020_4080;
    let mut bits = 0;
    for (i, word) in buffer.chunks_exact(8).take(len.div_ceil(8)).enumerate() {
        let x = le_word(word) ^ SPACES;
        // 0x80 in exactly the bytes that were separators.
        let zero = !((x & LOW_7).wrapping_add(LOW_7) | x | LOW_7);
        bits |= ((zero >> 7).wrapping_mul(GATHER) >> 56) << (8 * i);
    }
    bits & ((1 << len) - 1)
}

impl Words {
    /// The words of the key in `buffer`, of `len` bytes.
    fn of<const N: usize>(buffer: &[u8; N], len: usize) -> Words {
        let key = buffer.get(..len).unwrap_or_default();
        if len >= 64 {
            return Words::by_byte(key);
        }
        let separators = separator_bits(buffer, len);
        let bytes = (1u64 << len) - 1;
        let last_byte = bytes ^ bytes >> 1;
        // A byte with a separator or an end on either side.
        let alone = !separators & (separators << 1 | 1) & (separators >> 1 | last_byte) & bytes;
        Words {
            several: separators != 0,
            // Two such bytes two apart are a candidate pair, checked byte by
            // byte (a digit is no initial).
            initials: alone & alone >> 2 != 0 && Words::by_byte(key).initials,
        }
    }

    /// [`Words::of`], a byte at a time.
    fn by_byte(key: &[u8]) -> Words {
        let (mut word_len, mut letter, mut after_initial) = (0, false, false);
        let mut initials = false;
        for &byte in key {
            if byte == SEPARATOR {
                let initial = word_len == 1 && letter;
                initials |= initial && after_initial;
                (word_len, after_initial) = (0, initial);
            } else {
                letter = if word_len == 0 {
                    byte.is_ascii_alphabetic()
                } else {
                    letter
                };
                word_len += 1;
            }
        }
        Words {
            several: key.contains(&SEPARATOR),
            initials: initials || (word_len == 1 && letter && after_initial),
        }
    }
}

/// The economy `key` finds with its initials joined (`u s` is `us`),
/// when the key itself found nothing.
#[cold]
#[inline(never)]
pub(crate) fn economy_with_initials(key: &[u8]) -> Option<Economy> {
    let mut joined: QueryBuffer = query_buffer();
    economy_by_key(with_initials_joined(key, &mut joined)?)
}

/// `key` with its runs of initials joined (`d c` is `dc`), in `buffer`.
fn with_initials_joined<'b>(key: &[u8], buffer: &'b mut QueryBuffer) -> Option<&'b [u8]> {
    let copy = buffer.get_mut(..key.len())?;
    copy.copy_from_slice(key);
    let len = join_initials(copy);
    buffer.get(..len)
}

#[cfg(test)]
mod tests {
    use super::Words;

    /// The word-mask path equals the byte loop on every key of up to 9
    /// bytes over letters, a digit, a separator and a CJK lead byte, with
    /// stale bytes after the key.
    #[test]
    fn words_of_equals_by_byte() {
        const BYTES: [u8; 5] = [b'a', b'b', b'7', b' ', 0xe5];
        for len in 0..=9 {
            for mut n in 0..BYTES.len().pow(u32::try_from(len).unwrap_or(0)) {
                let mut buffer = [b' '; 128];
                for slot in buffer.iter_mut().take(len) {
                    *slot = BYTES[n % BYTES.len()];
                    n /= BYTES.len();
                }
                let (fast, slow) = (Words::of(&buffer, len), Words::by_byte(&buffer[..len]));
                assert_eq!(fast.several, slow.several, "{:?}", &buffer[..len]);
                assert_eq!(fast.initials, slow.initials, "{:?}", &buffer[..len]);
            }
        }
    }
}
