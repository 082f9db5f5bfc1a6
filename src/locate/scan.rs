//! The search for the chars that cut a text, eight bytes at a time: a
//! text is read whole for its segments, and a byte loop cost `locate` a
//! third of its time.

/// The low seven bits of each byte of a word.
const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;

/// The high bit of each byte of `word` that is `byte`, and of no other
/// (no carry crosses a byte: the sum is of seven-bit values).
#[inline]
fn equal(word: u64, byte: u8) -> u64 {
    let v = word ^ (u64::from(byte) * 0x0101_0101_0101_0101);
    !(((v & LOW) + LOW) | v | LOW)
}

/// The high bit of each byte of `word` that is one of `needles`.
#[inline]
fn any<const N: usize>(word: u64, needles: &[u8; N]) -> u64 {
    needles.iter().fold(0, |found, &b| found | equal(word, b))
}

/// The word of the 8 bytes of `chunk`.
#[inline]
fn word(chunk: &[u8]) -> u64 {
    let mut bytes = [0; 8];
    bytes.copy_from_slice(chunk);
    u64::from_le_bytes(bytes)
}

/// The position of the first byte of `bytes` that is one of `needles`.
pub(super) fn first<const N: usize>(bytes: &[u8], needles: &[u8; N]) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(8);
    let mut start = 0;
    for chunk in &mut chunks {
        let found = any(word(chunk), needles);
        if found != 0 {
            return Some(start + found.trailing_zeros() as usize / 8);
        }
        start += 8;
    }
    let rest = chunks.remainder();
    rest.iter()
        .position(|b| needles.contains(b))
        .map(|at| start + at)
}

/// The position of the last byte of `bytes` that is one of `needles`.
pub(super) fn last<const N: usize>(bytes: &[u8], needles: &[u8; N]) -> Option<usize> {
    let mut chunks = bytes.rchunks_exact(8);
    let mut end = bytes.len();
    for chunk in &mut chunks {
        end -= 8;
        let found = any(word(chunk), needles);
        if found != 0 {
            return Some(end + 7 - found.leading_zeros() as usize / 8);
        }
    }
    chunks.remainder().iter().rposition(|b| needles.contains(b))
}
