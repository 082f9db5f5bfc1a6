//! The forms a query may take besides a key: initials written with
//! periods (`Washington D.C.`), a CJK administrative suffix (`北京市`), and
//! a qualifier (`Boston, MA`). Tried only after the query as normalized
//! found nothing, so a lookup that hits pays nothing for them.

use super::{CLUSTER_KEYS, QueryBuffer, economy_by_key, find, qualifier, query_buffer};
use crate::Economy;
use crate::normalize::{SEPARATOR, join_initials};

/// CJK administrative suffixes a place is written with, longest first so
/// that `특별시` goes before `시`: city (市, 시), metropolis (都),
/// prefecture (府, 県), county (縣, 县), and Korea's special and
/// metropolitan cities (특별시, 광역시).
const ADMINISTRATIVE_SUFFIXES: [&str; 9] =
    ["특별시", "광역시", "市", "都", "府", "縣", "县", "県", "시"];

/// The rank the other forms of `key` find, when the key itself found
/// nothing.
#[cold]
#[inline(never)]
pub(crate) fn other_forms(key: &[u8]) -> Option<u8> {
    let mut joined: QueryBuffer = query_buffer();
    let key = with_initials_joined(key, &mut joined)?;
    match place(key) {
        Some((rank, _)) => Some(rank),
        None => qualifier::qualified(key),
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

/// What a place finds, as `(rank, alias rank)` (see `CLUSTER_KEYS`): its
/// key, or its key without an administrative suffix.
pub(super) fn place(key: &[u8]) -> Option<(u8, u8)> {
    find(&CLUSTER_KEYS, key).or_else(|| {
        let stem = ADMINISTRATIVE_SUFFIXES
            .iter()
            .find_map(|suffix| key.strip_suffix(suffix.as_bytes()))?;
        // The suffix may be written apart (`서울 특별시`).
        let stem = stem.strip_suffix(&[SEPARATOR]).unwrap_or(stem);
        if stem.is_empty() {
            return None;
        }
        find(&CLUSTER_KEYS, stem)
    })
}
