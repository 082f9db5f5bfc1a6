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
//! `reference.rs` is the specification: a plain loop over the chars
//! through [`Emit::of`](chars::Emit::of) (`chars.rs`, the rules one char at a time). It is
//! compiled by the tests and the fuzz target only, which hold
//! [`normalize`] (`fast.rs`, what lookups run) equal to it. The rules
//! themselves are documented once, on `by_name`.

pub mod chars;
mod fast;

pub use fast::normalize;

/// The byte a run of separators becomes.
pub const SEPARATOR: u8 = b' ';

/// Eight bytes as a little-endian word (0 if `bytes` is not 8 long; the
/// callers pass exact 8-byte chunks, so that never happens).
#[inline]
pub fn le_word(bytes: &[u8]) -> u64 {
    <[u8; 8]>::try_from(bytes).map_or(0, u64::from_le_bytes)
}

/// Joins each run of two or more one-letter ASCII words of `key` into one
/// word, in place, and returns the new length: `u s a` becomes `usa`, so
/// that `U.S.A.`, `U. S. A.` and `USA` share a key (periods are
/// separators). A lone one-letter word is kept as it is.
///
/// Part of the key: the build applies it to every key of the data, so no
/// key holds such a run, and lookups apply it to a query only when the
/// query as normalized found nothing.
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
