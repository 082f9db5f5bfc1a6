//! The fingerprint the key maps are keyed by.
//!
//! Used by the build, to key the maps, and by the library, to look a
//! query up.

/// The multiplier of [`mix`]: odd, with its bits spread.
const K: u64 = 0x517c_c1b7_2722_0a95;

/// One step of the fingerprint: the hash so far, and the next word of
/// the key (little-endian, zero-padded at the end).
///
/// Each word is multiplied on its own and only a rotate and an xor chain
/// the words, so the multiplications of a long key run in parallel.
#[inline]
const fn mix(hash: u64, word: u64) -> u64 {
    hash.rotate_left(23) ^ word.wrapping_mul(K)
}

/// A 64-bit fingerprint of a normalized key.
///
/// The perfect-hash maps are keyed by this number ([`map_hash`]) rather
/// than by the key's text, so that the map hashes 4 bytes whatever the
/// key's length; the looked-up entry's key is then compared with the
/// query, so a fingerprint that matches by accident never gives a wrong
/// answer. The build rejects data in which two keys share a map hash.
///
/// Word-at-a-time mixing (`mix`): enough to separate a few hundred keys
/// (the build checks that it does) for a handful of instructions per 8
/// bytes. The perfect hash then hashes the result properly.
#[must_use]
pub fn fingerprint(key: &[u8]) -> u64 {
    let mut hash = key.len() as u64;
    let mut words = key.chunks_exact(8);
    for word in &mut words {
        hash = mix(
            hash,
            <[u8; 8]>::try_from(word).map_or(0, u64::from_le_bytes),
        );
    }
    let tail = words.remainder();
    if !tail.is_empty() {
        let word = tail
            .iter()
            .rev()
            .fold(0, |word, &byte| word << 8 | u64::from(byte));
        hash = mix(hash, word);
    }
    hash
}

/// [`fingerprint`] of the key in the first `len` bytes of `buffer`, by
/// the same steps, reading whole words: the bytes after the key (whatever
/// they hold) are masked off rather than read one by one. `len` must be
/// under `N`.
#[inline]
#[must_use]
pub fn fingerprint_in<const N: usize>(buffer: &[u8; N], len: usize) -> u64 {
    let mut hash = len as u64;
    let mut at = 0;
    // A plain loop: the iterator adapters it replaced cost about as much
    // as the hashing of a short key.
    while let Some(chunk) = buffer.get(at..at + 8).filter(|_| at < len) {
        let word = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        let kept = len - at;
        let word = if kept < 8 {
            word & ((1 << (8 * kept)) - 1)
        } else {
            word
        };
        hash = mix(hash, word);
        at += 8;
    }
    hash
}

/// [`fingerprint`] of a key of at most 8 bytes given as a little-endian
/// word, zero above its `len` bytes: one step.
#[inline]
#[must_use]
pub const fn fingerprint_short(word: u64, len: usize) -> u64 {
    mix(len as u64, word)
}

/// What the perfect-hash maps are keyed by: 32 bits of the fingerprint,
/// multiplied once more so that every bit of it reaches them (the last
/// rotate of `mix` leaves a change in an early word in the low half
/// only). Half the fingerprint makes an entry of a map half as large.
#[must_use]
#[allow(clippy::cast_possible_truncation)] // the high 32 bits
#[inline]
pub const fn map_hash(fingerprint: u64) -> u32 {
    (fingerprint.wrapping_mul(K) >> 32) as u32
}

/// Bits in the filter of the cluster keys (`KEY_FILTER`): 16 KiB, so that
/// about one text in 30 that is no key passes the filter of the 4,400
/// cluster keys.
pub const KEY_FILTER_BITS: usize = 131_072;

/// Bits in the filter of the qualifier keys (`QUALIFIER_FILTER`): 4 KiB
/// for about 1,700 keys (economies and regions).
pub const QUALIFIER_FILTER_BITS: usize = 32768;

/// The bit of a key's fingerprint in a filter of keys of `filter_bits`
/// bits (a power of two): its top bits, which the multiplications mix
/// best.
#[must_use]
#[allow(clippy::cast_possible_truncation)] // at most 63 bits
#[inline]
pub const fn filter_bit(fingerprint: u64, filter_bits: usize) -> usize {
    (fingerprint >> (64 - filter_bits.trailing_zeros())) as usize
}

/// The index of the key of two lower-case ASCII letters `a` and `b` in a
/// table of every such pair (`ECONOMY_PAIRS`, `letter_pair(b'z', b'z') + 1`
/// entries); past its end for any other two bytes.
#[must_use]
#[inline]
pub const fn letter_pair(a: u8, b: u8) -> usize {
    26 * (a.wrapping_sub(b'a') as usize) + b.wrapping_sub(b'a') as usize
}

/// Bits in the filter of shapes (`EXACT_FILTER`).
pub const SHAPE_BITS: usize = 4096;

/// The bit of `text`'s shape in a filter of shapes: a hash of its length
/// and its first and last bytes, a few instructions for a filter that
/// only has to turn most texts away before a lookup.
#[must_use]
pub fn shape_bit(text: &[u8]) -> usize {
    let (first, last) = (text.first().copied(), text.last().copied());
    let (first, last) = (
        usize::from(first.unwrap_or(0)),
        usize::from(last.unwrap_or(0)),
    );
    (first.wrapping_mul(0x9e5) ^ last.wrapping_mul(0x3f1) ^ text.len().wrapping_mul(0x1b3))
        % SHAPE_BITS
}

/// How often each letter, digit and the separator occur in an ASCII key
/// (letters `a`..`z` in slots 0 to 25, digits in 26 to 30 by `d % 5`, the
/// separator in 31): two keys whose counts differ by `n` in all are at
/// least `n / 2` edits apart, which lets `suggest` skip most keys without
/// comparing them.
#[must_use]
pub fn letter_counts(key: &[u8]) -> [u8; 32] {
    let mut counts = [0u8; 32];
    for &b in key {
        let slot = match b {
            b'a'..=b'z' => b - b'a',
            b'0'..=b'9' => 26 + (b - b'0') % 5,
            _ => 31,
        };
        if let Some(count) = counts.get_mut(usize::from(slot)) {
            *count = count.saturating_add(1);
        }
    }
    counts
}
