//! The specification of a key: a plain loop over the chars, which the
//! fast path ([`normalize`](crate::normalize)) is held equal to by the
//! crate's tests and the `normalize` fuzz target.

use crate::SEPARATOR;
use crate::chars::Adds;

/// The key of `input`, written into `out`: the specification
/// `normalize` is held to.
///
/// Each char adds what [`Adds::of`] says; a run of separators becomes one
/// [`SEPARATOR`] between the parts it separates, and none at either end.
/// `None` if a char cannot be in a key, or if the key, counting a
/// trailing separator, does not fit in `N - 1` bytes.
pub fn reference<'o, const N: usize>(input: &str, out: &'o mut [u8; N]) -> Option<&'o [u8]> {
    let mut len = 0;
    let mut separator_pending = false;
    for c in input.chars() {
        let mut text = [0; 4];
        let bytes: &[u8] = match Adds::of(c)? {
            Adds::Nothing => continue,
            Adds::Separator => {
                separator_pending = len > 0;
                continue;
            }
            Adds::Letters(letters) => letters,
            Adds::Text(c) => c.encode_utf8(&mut text).as_bytes(),
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
