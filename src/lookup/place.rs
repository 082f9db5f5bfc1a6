//! What a place finds: its key, or its key without a CJK administrative
//! suffix (`北京市`). Qualified or not, a place is looked up here.

use super::exact::cluster_key;
use crate::normalize::SEPARATOR;
use crate::tables::ClusterKey;

/// CJK administrative suffixes a place is written with, longest first so
/// that `특별시` goes before `시`: city (市, 시), metropolis (都),
/// prefecture (府, 県), county (縣, 县), and Korea's special and
/// metropolitan cities (특별시, 광역시).
const ADMINISTRATIVE_SUFFIXES: [&str; 9] =
    ["특별시", "광역시", "市", "都", "府", "縣", "县", "県", "시"];

/// What a place finds: its key, or its key without an administrative
/// suffix.
pub(super) fn place(key: &[u8]) -> Option<&'static ClusterKey> {
    cluster_key(key).or_else(|| without_suffix(key))
}

/// What `key` finds without its administrative suffix.
pub(super) fn without_suffix(key: &[u8]) -> Option<&'static ClusterKey> {
    // Every suffix is CJK or Hangul: its last byte is not ASCII.
    if key.last().is_none_or(u8::is_ascii) {
        return None;
    }
    let stem = ADMINISTRATIVE_SUFFIXES
        .iter()
        .find_map(|suffix| key.strip_suffix(suffix.as_bytes()))?;
    // The suffix may be written apart (`서울 특별시`).
    let stem = stem.strip_suffix(&[SEPARATOR]).unwrap_or(stem);
    if stem.is_empty() {
        return None;
    }
    cluster_key(stem)
}
