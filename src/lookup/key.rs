//! Keys and the maps they are looked up in: the buffer a query is
//! normalized into, its bounds, and the exact lookup every other lookup
//! is built on.

use super::fingerprint::{fingerprint, fingerprint_in, key_filter_bit, shape_bit};
use crate::Economy;
use crate::normalize::{le_word, normalize};
use crate::tables::{
    CLUSTER_KEYS, ECONOMY_KEYS, EXACT_FILTER, EXACT_NAMES, KEY_FILTER, LONGEST_KEY, LONGEST_NAME,
    LONGEST_QUALIFIER,
};

/// The longest key a query can usefully have: the longest key, qualified
/// twice with the longest qualifier (`Boston, MA, USA`).
const LONGEST_QUERY_KEY: usize = LONGEST_KEY + 2 * (LONGEST_QUALIFIER + 1);

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

/// The key of `text` in `buffer`; `None` for text too long to be any key,
/// or that cannot be one.
#[inline]
pub(crate) fn key_of<'b>(text: &str, buffer: &'b mut QueryBuffer) -> Option<&'b [u8]> {
    if !readable(text) {
        return None;
    }
    normalize(text, buffer)
}

/// The economy whose normalized key is exactly `key`.
#[inline]
pub(crate) fn economy_by_key(key: &[u8]) -> Option<Economy> {
    Economy::ALL
        .get(usize::from(find(&ECONOMY_KEYS, key)?))
        .copied()
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
    let bit = shape_bit(name.as_bytes());
    if EXACT_FILTER
        .get(bit / 64)
        .is_none_or(|word| word >> (bit % 64) & 1 == 0)
    {
        return None;
    }
    find(&EXACT_NAMES, name.as_bytes())
}

/// What the key in the first `len` bytes of `buffer` finds in
/// `CLUSTER_KEYS`, as `(rank, alias rank)`: the fast path of `by_name`.
/// The fingerprint is read from whole words of the buffer, and a query
/// whose fingerprint's bit is not in `KEY_FILTER` is no key: most misses
/// skip the map.
#[inline]
pub(crate) fn cluster_key_in<const N: usize>(buffer: &[u8; N], len: usize) -> Option<(u8, u8)> {
    lookup(
        &CLUSTER_KEYS,
        &KEY_FILTER,
        fingerprint_in(buffer, len),
        buffer.get(..len)?,
    )
}

/// What `key` finds in `CLUSTER_KEYS`, as `(rank, alias rank)`.
#[inline]
pub(crate) fn cluster_key(key: &[u8]) -> Option<(u8, u8)> {
    lookup(&CLUSTER_KEYS, &KEY_FILTER, fingerprint(key), key)
}

/// What `key` finds in one of the key maps, whose values start with the
/// key itself.
#[inline]
pub(crate) fn find<V: Entry>(map: &phf::Map<u64, V>, key: &[u8]) -> Option<V::Target> {
    let entry = map.get(&fingerprint(key))?;
    // The maps are keyed by fingerprint: a query with a colliding
    // fingerprint must not find another entry.
    same_bytes(entry.key().as_bytes(), key).then(|| entry.target())
}

/// What `key`, whose fingerprint is `fingerprint`, finds in `map`, after
/// `filter` (a bit per key of the map at [`key_filter_bit`]) has turned
/// most keys that are not in the map away without hashing them.
#[inline]
pub(crate) fn lookup<V: Entry>(
    map: &phf::Map<u64, V>,
    filter: &[u64],
    fingerprint: u64,
    key: &[u8],
) -> Option<V::Target> {
    let bit = key_filter_bit(fingerprint);
    if filter
        .get(bit / 64)
        .is_none_or(|word| word >> (bit % 64) & 1 == 0)
    {
        return None;
    }
    let entry = map.get(&fingerprint)?;
    same_bytes(entry.key().as_bytes(), key).then(|| entry.target())
}

/// A value of a key map: the key, and what it finds.
pub(crate) trait Entry {
    type Target;
    fn key(&self) -> &'static str;
    fn target(&self) -> Self::Target;
}

impl Entry for (&'static str, u8) {
    type Target = u8;
    #[inline]
    fn key(&self) -> &'static str {
        self.0
    }
    #[inline]
    fn target(&self) -> u8 {
        self.1
    }
}

impl Entry for (&'static str, u8, u8) {
    type Target = (u8, u8);
    #[inline]
    fn key(&self) -> &'static str {
        self.0
    }
    #[inline]
    fn target(&self) -> (u8, u8) {
        (self.1, self.2)
    }
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
    a_words.zip(b_words).all(|(x, y)| le_word(x) == le_word(y))
        && a_tail.iter().zip(b_tail).all(|(x, y)| x == y)
}
