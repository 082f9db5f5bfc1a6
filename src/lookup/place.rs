//! What a place finds: its key, or its key without a CJK administrative
//! suffix (`北京市`), or without the words written around a name
//! (`Greater Paris`, `Osaka City`, `Kobe-shi`). Qualified or not, a place
//! is looked up here.

use super::exact::cluster_key;
use crate::Economy;
use crate::tables::{CLUSTERS, Finding, NameKind};
use gii_clusters_keys::{SEPARATOR, words};

/// The economies that write a form around their places' names: a form
/// is dropped only for a cluster of one of them, so that a name the form
/// makes elsewhere is never read as a cluster (`大田市` is Ōda, in Japan,
/// not Daejeon; `Phoenix City` is in Alabama).
type Writers = &'static [Economy];

const CHINESE: Writers = &[Economy::China, Economy::HongKong, Economy::Taiwan];
const JAPANESE: Writers = &[Economy::Japan];
const KOREAN: Writers = &[Economy::Korea];
/// `市` (city): China's, Japan's and Taiwan's.
const CHINESE_AND_JAPANESE: Writers = &[Economy::China, Economy::Japan, Economy::Taiwan];
/// `… City` in English: the style of the cities of China, Japan, Korea
/// and Taiwan (`Osaka City`, `Seoul City`, `Taipei City`).
const ENGLISH_CITY: Writers = &[
    Economy::China,
    Economy::Japan,
    Economy::Korea,
    Economy::Taiwan,
];
const ANY: Writers = &[];

/// The economies of a suffix's writers.
const fn economies(writers: words::Writers) -> Writers {
    match writers {
        words::Writers::Chinese => CHINESE,
        words::Writers::Japanese => JAPANESE,
        words::Writers::Korean => KOREAN,
        words::Writers::ChineseAndJapanese => CHINESE_AND_JAPANESE,
    }
}

/// What a place finds: its key, or its key without an administrative
/// suffix or the words around a name.
pub(crate) fn place(key: &[u8]) -> Option<&'static Finding> {
    cluster_key(key)
        .or_else(|| without_suffix(key))
        .or_else(|| without_words(key))
}

/// What `key` finds without the words around a name: `Greater …`,
/// `… Metropolitan Area`, `… metro` for any cluster; `… City` for a
/// cluster of China, Japan, Korea or Taiwan; the romanized
/// administrative suffixes of Japan (-shi, -fu, -to, -ken), Korea (-si,
/// Metropolitan City, Special City) and China (Shi, Municipality, SAR)
/// for a cluster of that economy. Only when what remains is a key, so
/// that a name that has such a word (`Mexico City`, `Kansas City`) is
/// never read as another.
pub(super) fn without_words(key: &[u8]) -> Option<&'static Finding> {
    // The words are written around a city's own names, WIPO's, its
    // former names and its short ones; around another language's name
    // they make a name of somewhere else (`Con Son City` is in Vietnam,
    // though Côn Sơn is Kunshan's Vietnamese name).
    let stem = |stem: &[u8], writers: Writers| {
        cluster_key(stem)
            .or_else(|| without_suffix(stem))
            .filter(|found| found.kind() != Some(NameKind::Exonym))
            .filter(|found| written_by(found, writers))
    };
    if let Some(rest) = key.strip_prefix(b"greater ") {
        return stem(rest, ANY);
    }
    let (head, last) = key.split_at_checked(key.iter().rposition(|&b| b == SEPARATOR)?)?;
    // A match on the last word is a length switch and one compare.
    match last {
        b" city" => [&b" metropolitan"[..], b" special"]
            .iter()
            .find_map(|word| head.strip_suffix(*word))
            .and_then(|head| stem(head, KOREAN))
            .or_else(|| stem(head, ENGLISH_CITY)),
        b" area" => stem(head.strip_suffix(b" metropolitan")?, ANY),
        b" metro" => stem(head, ANY),
        b" shi" => stem(head, JAPANESE).or_else(|| stem(head, CHINESE)),
        b" ken" | b" fu" | b" to" => stem(head, JAPANESE),
        b" si" => stem(head, KOREAN),
        b" municipality" | b" sar" => stem(head, CHINESE),
        _ => None,
    }
}

/// What `key` finds without its administrative suffix.
pub(crate) fn without_suffix(key: &[u8]) -> Option<&'static Finding> {
    // Every suffix is CJK or Hangul: its last byte is not ASCII.
    if key.last().is_none_or(u8::is_ascii) {
        return None;
    }
    let (stem, writers) = words::PLACE_SUFFIXES
        .iter()
        .find_map(|&(suffix, writers)| Some((key.strip_suffix(suffix.as_bytes())?, writers)))?;
    // The suffix may be written apart (`서울 특별시`).
    let stem = stem.strip_suffix(&[SEPARATOR]).unwrap_or(stem);
    if stem.is_empty() {
        return None;
    }
    cluster_key(stem).filter(|found| written_by(found, economies(writers)))
}

/// Whether the cluster `found` names lies in one of `writers` (any
/// cluster, for none).
fn written_by(found: &Finding, writers: Writers) -> bool {
    writers.is_empty()
        || CLUSTERS
            .get(usize::from(found.rank).wrapping_sub(1))
            .is_some_and(|c| c.economies().iter().any(|e| writers.contains(e)))
}
