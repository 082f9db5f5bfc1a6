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
//! [`reference`] below is the specification: a plain loop over the chars
//! through [`Emit::of`] (`chars.rs`, the rules one char at a time).
//! [`normalize`] (`fast.rs`) is what lookups run; a differential property
//! test (`tests/normalize.rs`) and a fuzz target hold it equal to the
//! reference. The rules themselves are documented once, on `by_name`.

mod chars;
mod fast;

pub use chars::Emit;
pub use fast::normalize;

/// The byte a run of separators becomes.
pub const SEPARATOR: u8 = b' ';

/// Eight bytes as a little-endian word (0 if `bytes` is not 8 long; the
/// callers pass exact 8-byte chunks, so that never happens).
#[inline]
pub fn le_word(bytes: &[u8]) -> u64 {
    <[u8; 8]>::try_from(bytes).map_or(0, u64::from_le_bytes)
}

/// The key of `input`, written into `out`: the specification
/// [`normalize`] is held to.
///
/// Each char adds what [`Emit::of`] says; a run of separators becomes one
/// [`SEPARATOR`] between the parts it separates, and none at either end.
/// `None` if a char cannot be in a key, or if the key, counting a
/// trailing separator, does not fit in `N - 1` bytes.
#[allow(dead_code)] // the specification the tests and the fuzz target hold `normalize` to
pub fn reference<'o, const N: usize>(input: &str, out: &'o mut [u8; N]) -> Option<&'o [u8]> {
    let mut len = 0;
    let mut separator_pending = false;
    for c in input.chars() {
        let mut text = [0; 4];
        let bytes: &[u8] = match Emit::of(c)? {
            Emit::Nothing => continue,
            Emit::Separator => {
                separator_pending = len > 0;
                continue;
            }
            Emit::Letters(letters) => letters,
            Emit::Text(c) => c.encode_utf8(&mut text).as_bytes(),
        };
        if separator_pending {
            *out.get_mut(len)? = SEPARATOR;
            len += 1;
            separator_pending = false;
        }
        for &byte in bytes {
            *out.get_mut(len)? = byte;
            len += 1;
        }
    }
    if len + usize::from(separator_pending) >= N {
        return None;
    }
    out.get(..len)
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
