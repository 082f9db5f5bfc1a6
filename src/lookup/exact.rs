//! The exact lookups every other lookup is built on: a name as written,
//! a key of one word in a register, a cluster key, a qualifier key, each
//! behind its filter; and the buffer a query is normalized into, with
//! its bounds.

use crate::Economy;
use crate::tables::{
    CLUSTER_KEY_IDS, CLUSTERS, EXACT_FILTER, EXACT_NAMES, FINDINGS, Finding, KEY_FILTER, KeyId,
    LONGEST_NAME, QUALIFIER_FILTER, QUALIFIER_KEYS, Qualifier,
};
use gii_clusters_keys::fingerprint::{
    KEY_FILTER_BITS, QUALIFIER_FILTER_BITS, filter_bit, fingerprint, fingerprint_in,
    fingerprint_short, map_hash, shape_bit,
};
use gii_clusters_keys::{MAX_KEY_BYTES, le_u64};

/// The longest key a query can usefully have: a key of the longest a key
/// may be, qualified twice by one as long (`Boston, MA, USA`).
const LONGEST_QUERY_KEY: usize = 3 * MAX_KEY_BYTES + 2;

/// Normalization buffer: room for [`LONGEST_QUERY_KEY`] and a trailing
/// separator, rounded up to a power of two so that writing into it needs
/// no bounds checks (a longer key wraps around and is refused).
const QUERY_BUFFER: usize = (LONGEST_QUERY_KEY + 2).next_power_of_two();

/// A buffer a query's key is written into.
pub(crate) type QueryBuffer = [u8; QUERY_BUFFER];

/// An empty [`QueryBuffer`].
#[inline]
pub(crate) const fn query_buffer() -> QueryBuffer {
    [0; QUERY_BUFFER]
}

/// Longer queries are answered `None` without being read, so hostile
/// input costs nothing. Eight times the longest query key leaves room for
/// padding, separator runs, accents written as combining marks,
/// apostrophes and full-width letters (3 bytes each).
pub(crate) const MAX_QUERY_BYTES: usize = 8 * LONGEST_QUERY_KEY;

/// Whether `text` is short enough to be read.
#[inline]
pub(crate) fn readable(text: &str) -> bool {
    text.len() <= MAX_QUERY_BYTES
}

/// `text` without ASCII white space at either end: separators, no part
/// of a key. Most texts have none, which two compares tell (every ASCII
/// white space byte is at most a space).
#[inline]
pub(crate) fn trimmed(text: &str) -> &str {
    match text.as_bytes() {
        [first, .., last] if *first > b' ' && *last > b' ' => text,
        _ => text.trim_ascii(),
    }
}

/// The key of a query of one to eight ASCII letters, lower-cased in a
/// register: such a key is the query in lower case (no letter of it folds
/// otherwise), and has no other form, so that a miss ends with it.
///
/// The query is read in at most two loads and tested a word at a time:
/// a byte loop, or a copy of a length only known at run time, costs more
/// than the lookup it saves.
#[derive(Clone, Copy)]
pub(crate) struct ShortKey {
    /// The key's bytes, little-endian; the bytes above its length are 0.
    bits: u64,
    len: usize,
}

impl ShortKey {
    /// The key of `text` when it is one to eight ASCII letters.
    #[inline]
    pub(crate) fn of(text: &[u8]) -> Option<ShortKey> {
        let len = text.len();
        if len > 8 {
            return None;
        }
        let word = load_short(text)?;
        // The bytes of the word, and their high bits.
        let bytes = u64::MAX >> (8 * (8 - len));
        let high = 0x8080_8080_8080_8080 & bytes;
        // Bit 5 of a letter set is its lower case. Then, for an ASCII byte
        // `b`, `b + 0x1f` has its high bit set when `b >= b'a'`, and
        // `b + 0x05` when `b > b'z'`; no sum carries into the next byte.
        let lower = word | (0x2020_2020_2020_2020 & bytes);
        let at_least_a = lower.wrapping_add(0x1f1f_1f1f_1f1f_1f1f);
        let past_z = lower.wrapping_add(0x0505_0505_0505_0505);
        let letters = at_least_a & !past_z & high == high;
        (word & high == 0 && letters).then_some(ShortKey { bits: lower, len })
    }

    /// Its bytes, zero-padded to 8, and its length.
    #[inline]
    pub(crate) fn bytes(self) -> ([u8; 8], usize) {
        (self.bits.to_le_bytes(), self.len)
    }

    /// Writes the key to the start of `buffer`: its length.
    #[inline]
    pub(crate) fn write(self, buffer: &mut QueryBuffer) -> Option<usize> {
        buffer
            .get_mut(..8)?
            .copy_from_slice(&self.bits.to_le_bytes());
        Some(self.len)
    }
}

/// `text` of 1 to 8 bytes as a little-endian word, zero above its length,
/// from two loads that overlap rather than a byte loop.
#[inline]
fn load_short(text: &[u8]) -> Option<u64> {
    let len = text.len();
    let four = |at: usize| -> Option<u64> {
        let bytes = <[u8; 4]>::try_from(text.get(at..at + 4)?).ok()?;
        Some(u64::from(u32::from_le_bytes(bytes)))
    };
    let two = |at: usize| -> Option<u64> {
        let bytes = <[u8; 2]>::try_from(text.get(at..at + 2)?).ok()?;
        Some(u64::from(u16::from_le_bytes(bytes)))
    };
    Some(match len {
        8 => u64::from_le_bytes(<[u8; 8]>::try_from(text).ok()?),
        4..=7 => four(0)? | four(len - 4)? << (8 * (len - 4)),
        2 | 3 => two(0)? | two(len - 2)? << (8 * (len - 2)),
        1 => u64::from(*text.first()?),
        _ => return None,
    })
}

/// What the short key `short` finds among the cluster keys: its
/// fingerprint is one step of the mixing, and the stored key is compared
/// as one `u64`.
#[inline]
pub(crate) fn cluster_short_key(short: ShortKey) -> Option<&'static Finding> {
    let fingerprint = fingerprint_short(short.bits, short.len);
    if !in_filter(&KEY_FILTER, filter_bit(fingerprint, KEY_FILTER_BITS)) {
        return None;
    }
    let &id = CLUSTER_KEY_IDS.get(&map_hash(fingerprint))?;
    let stored = id.bytes()?;
    // Keyed by fingerprint: a query with a colliding fingerprint must not
    // find another key.
    if stored.len() != short.len || load_short(stored) != Some(short.bits) {
        return None;
    }
    FINDINGS.get(id.index())
}

/// The economy whose normalized key is exactly `key` (every economy key
/// is a qualifier).
#[inline]
pub(crate) fn economy_by_key(key: &[u8]) -> Option<Economy> {
    qualifier_key(key)?.economy
}

/// What `key` means as a qualifier.
#[inline]
pub(crate) fn qualifier_key(key: &[u8]) -> Option<Qualifier> {
    let fingerprint = fingerprint(key);
    if !in_filter(
        &QUALIFIER_FILTER,
        filter_bit(fingerprint, QUALIFIER_FILTER_BITS),
    ) {
        return None;
    }
    let qualifier = QUALIFIER_KEYS.get(&map_hash(fingerprint))?;
    is(qualifier.key, key).then_some(*qualifier)
}

/// The rank whose official or Chinese name `name` is, exactly as written,
/// byte for byte: the most common query, answered without normalizing
/// it.
#[inline]
pub(crate) fn exact_name(name: &str) -> Option<u8> {
    if name.len() > LONGEST_NAME {
        return None;
    }
    // The shape (length, first and last bytes) turns most other queries
    // away before the fingerprint is computed.
    if !in_filter(&EXACT_FILTER, shape_bit(name.as_bytes())) {
        return None;
    }
    let found = EXACT_NAMES.get(&map_hash(fingerprint(name.as_bytes())))?;
    let cluster = CLUSTERS.get(usize::from(found.rank).wrapping_sub(1))?;
    let written = if found.chinese {
        cluster.name_zh()?
    } else {
        cluster.name()
    };
    // Keyed by fingerprint: a query with a colliding fingerprint must not
    // find another name.
    same_bytes(written.as_bytes(), name.as_bytes()).then_some(found.rank)
}

/// What the key in the first `len` bytes of `buffer` finds: the fast path
/// of `by_name`. The fingerprint is read from whole words of the buffer.
#[inline]
pub(crate) fn cluster_key_in<const N: usize>(
    buffer: &[u8; N],
    len: usize,
) -> Option<&'static Finding> {
    lookup(fingerprint_in(buffer, len), buffer.get(..len)?)
}

/// What `key` finds among the cluster keys.
#[inline]
pub(crate) fn cluster_key(key: &[u8]) -> Option<&'static Finding> {
    lookup(fingerprint(key), key)
}

/// What `key`, whose fingerprint is `fingerprint`, finds among the
/// cluster keys, after `KEY_FILTER` has turned most texts that are no key
/// away without hashing them.
#[inline]
fn lookup(fingerprint: u64, key: &[u8]) -> Option<&'static Finding> {
    if !in_filter(&KEY_FILTER, filter_bit(fingerprint, KEY_FILTER_BITS)) {
        return None;
    }
    let &id = CLUSTER_KEY_IDS.get(&map_hash(fingerprint))?;
    // Keyed by fingerprint: a query with a colliding fingerprint must not
    // find another key.
    if !is(id, key) {
        return None;
    }
    FINDINGS.get(id.index())
}

/// Whether `key` is the key `id` names.
#[inline]
fn is(id: KeyId, key: &[u8]) -> bool {
    id.bytes().is_some_and(|bytes| same_bytes(bytes, key))
}

/// Whether a filter (a bitset of `u64` words) has `bit`: the one test of
/// every filter of the tables.
#[inline]
pub(crate) fn in_filter(filter: &[u64], bit: usize) -> bool {
    filter
        .get(bit / 64)
        .is_some_and(|word| word >> (bit % 64) & 1 == 1)
}

/// `a == b` for short slices, a word at a time and inline (a call to
/// `memcmp` costs more than the comparison of a key).
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let (a_words, b_words) = (a.chunks_exact(8), b.chunks_exact(8));
    let (a_tail, b_tail) = (a_words.remainder(), b_words.remainder());
    a_words.zip(b_words).all(|(x, y)| le_u64(x) == le_u64(y))
        && a_tail.iter().zip(b_tail).all(|(x, y)| x == y)
}
