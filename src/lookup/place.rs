//! What a place finds: its key, or its key without a CJK administrative
//! suffix (`北京市`), or without the words written around a name
//! (`Greater Paris`, `Osaka City`, `Kobe-shi`). Qualified or not, a place
//! is looked up here.

use super::exact::cluster_key;
use crate::normalize::SEPARATOR;
use crate::tables::ClusterKey;

/// CJK administrative suffixes a place is written with, longest first so
/// that `특별시` goes before `시`: city (市, 시), metropolis (都),
/// prefecture (府, 県), county (縣, 县), and Korea's special and
/// metropolitan cities (특별시, 광역시).
const ADMINISTRATIVE_SUFFIXES: [&str; 11] = [
    "特别行政区",
    "特別行政區",
    "특별시",
    "광역시",
    "市",
    "都",
    "府",
    "縣",
    "县",
    "県",
    "시",
];

/// What a place finds: its key, or its key without an administrative
/// suffix.
pub(super) fn place(key: &[u8]) -> Option<&'static ClusterKey> {
    cluster_key(key)
        .or_else(|| without_suffix(key))
        .or_else(|| without_words(key))
}

/// What `key` finds without the words around a name: `Greater …`;
/// `… City`, `… Metropolitan City`, `… Special City`, `… Metropolitan
/// Area`, `… metro`; the romanized administrative suffixes of Japan
/// (-shi, -fu, -to, -ken), Korea (-si) and China (Shi, Municipality,
/// SAR). Only when what remains is a key, so that a name that has such a
/// word (`Mexico City`, `Kansas City`) is never read as another.
pub(super) fn without_words(key: &[u8]) -> Option<&'static ClusterKey> {
    let stem = |stem: &[u8]| cluster_key(stem).or_else(|| without_suffix(stem));
    if let Some(rest) = key.strip_prefix(b"greater ") {
        return stem(rest);
    }
    let (head, last) = key.split_at_checked(key.iter().rposition(|&b| b == SEPARATOR)?)?;
    // A match on the last word is a length switch and one compare.
    match last {
        b" city" => [&b" metropolitan"[..], b" special"]
            .iter()
            .find_map(|word| head.strip_suffix(*word))
            .and_then(stem)
            .or_else(|| stem(head)),
        b" area" => stem(head.strip_suffix(b" metropolitan")?),
        b" metro" | b" municipality" | b" shi" | b" sar" | b" ken" | b" fu" | b" to" | b" si" => {
            stem(head)
        }
        _ => None,
    }
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
