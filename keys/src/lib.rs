//! The one definition of a key of `gii-clusters`, shared by its build and
//! its lookups, as `phf_shared` serves `phf` and `phf_codegen`.
//!
//! A *key* is the form every lookup compares: a text normalized
//! ([`normalize`]: letters folded to lower-case ASCII where they have a
//! plain spelling, CJK and the other keyed scripts kept, separators
//! collapsed to one space) with each run of initials joined
//! ([`join_initials`]: `u s a` is `usa`). [`key`] is the two in one. The
//! build turns every name of the data into a key with this crate, and
//! the library turns every query into one with the same code, so a name
//! and the query that should find it cannot drift apart. The data
//! scripts ask the same code through this crate's `keys` example.
//!
//! Also here: the bounds of a key ([`MAX_KEY_BYTES`]), the fingerprint
//! the maps are keyed by ([`fingerprint`]), the word lists both sides
//! need ([`words`]) and the vocabulary of a name's kind ([`NameKind`]). No dependencies, no `std`, no allocation.
#![no_std]
#![forbid(unsafe_code)]

pub mod chars;
pub mod fingerprint;
mod kind;
mod normalize;
mod reference;
pub mod words;

pub use kind::NameKind;
pub use normalize::normalize;
pub use reference::reference;

/// The byte a run of separators becomes.
pub const SEPARATOR: u8 = b' ';

/// The longest key, in bytes, that any name of the data may have: the
/// build rejects a longer one (naming its file and line), the data
/// scripts leave longer ones out, and every query is bounded by it.
pub const MAX_KEY_BYTES: usize = 64;

/// A buffer that holds the key of any text whose key can be a key of the
/// data ([`MAX_KEY_BYTES`], with room for [`normalize`]'s trailing
/// separator), a power of two as `normalize` prefers.
pub const KEY_BUFFER: usize = 128;

/// The key of `text`, written into `out`: [`normalize`], then
/// [`join_initials`]. `None` if a char of `text` cannot be in a key or
/// the key does not fit in `N - 1` bytes.
///
/// ```
/// let mut buffer = [0; gii_clusters_keys::KEY_BUFFER];
/// assert_eq!(gii_clusters_keys::key("U.S.A.", &mut buffer), Some(&b"usa"[..]));
/// assert_eq!(gii_clusters_keys::key("São Paulo", &mut buffer), Some(&b"sao paulo"[..]));
/// ```
pub fn key<'o, const N: usize>(text: &str, out: &'o mut [u8; N]) -> Option<&'o [u8]> {
    let len = normalize(text, out)?.len();
    let key = out.get_mut(..len)?;
    let len = join_initials(key);
    out.get(..len)
}

/// Eight bytes as a little-endian word (0 if `bytes` is not 8 long; the
/// callers pass exact 8-byte chunks, so that never happens).
#[inline]
#[must_use]
pub fn le_u64(bytes: &[u8]) -> u64 {
    <[u8; 8]>::try_from(bytes).map_or(0, u64::from_le_bytes)
}

/// Joins each run of two or more one-letter ASCII words of `key` into one
/// word, in place, and returns the new length: `u s a` becomes `usa`, so
/// that `U.S.A.`, `U. S. A.` and `USA` share a key (periods are
/// separators). A lone one-letter word is kept as it is.
///
/// The second step of [`key`]. Lookups run it apart, only when a query as
/// normalized found nothing, so that a hit pays nothing for it; no key of
/// the data holds such a run.
pub fn join_initials(key: &mut [u8]) -> usize {
    let len = key.len();
    let (mut read, mut write) = (0, 0);
    let mut after_initial = false;
    while read < len {
        let end = key
            .get(read..)
            .and_then(|rest| rest.iter().position(|&b| b == SEPARATOR))
            .map_or(len, |p| read + p);
        let initial = end == read + 1 && key.get(read).is_some_and(u8::is_ascii_alphabetic);
        if write > 0 && !(initial && after_initial) {
            if let Some(slot) = key.get_mut(write) {
                *slot = SEPARATOR;
            }
            write += 1;
        }
        key.copy_within(read..end, write);
        write += end - read;
        after_initial = initial;
        read = end + 1;
    }
    write
}
