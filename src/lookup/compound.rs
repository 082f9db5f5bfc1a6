//! Compound names: `Mannheim–Heidelberg`, `Minneapolis–St. Paul`,
//! `Kobe/Kyoto`. A key of several parts finds a cluster when every part
//! is a place that names that same cluster by WIPO's name or a city's
//! own; parts naming two clusters (`Beijing–Shanghai`) find nothing.

use super::exact::cluster_key;
use super::place::without_suffix;
use crate::tables::{Finding, NameKind};
use gii_clusters_keys::SEPARATOR;

/// A compound has at most this many parts: deeper splits would cost
/// more than any real name needs (`Shenzhen–Hong Kong–Guangzhou` has 3).
const MAX_PARTS: usize = 4;

/// The rank every part of `key` names, split at separators into two to
/// [`MAX_PARTS`] places, or `None`. One part at least must name it alone
/// (as its key's own rank, not qualified-only): `Raleigh–Durham` is
/// Raleigh, while `Cambridge–Durham` names no cluster.
pub(super) fn compound(key: &[u8]) -> Option<u8> {
    separators(key).find_map(|at| {
        let (first, rest) = (key.get(..at)?, key.get(at + 1..)?);
        let found = part(first)?;
        found.ranks().find(|&rank| {
            let alone = found.unqualified() == Some(rank);
            all_name(rest, rank, MAX_PARTS - 1, alone)
        })
    })
}

/// Whether `key` is one place naming `rank`, or splits into at most
/// `parts` places that each name it; and one names it alone, unless a
/// part before did (`anchored`).
fn all_name(key: &[u8], rank: u8, parts: usize, anchored: bool) -> bool {
    // Whether a part names `rank`, and whether alone.
    let names = |key: &[u8]| {
        part(key)
            .filter(|found| found.ranks().any(|r| r == rank))
            .map(|found| found.unqualified() == Some(rank))
    };
    names(key).is_some_and(|alone| anchored || alone)
        || parts > 1
            && separators(key).any(|at| {
                key.get(..at).and_then(names).is_some_and(|alone| {
                    key.get(at + 1..)
                        .is_some_and(|rest| all_name(rest, rank, parts - 1, anchored || alone))
                })
            })
}

/// What a part of a compound names: its key, or its key without a CJK
/// suffix (`深圳市`), when it is WIPO's name or a city's own: compounds
/// join the cluster's cities, and two other names of one city joined are
/// the name of another place (`Ch'eng-hsien-ch'eng` is not Zhengzhou).
/// The words around a name are not dropped from a part: trying them at
/// every split would cost each miss of several words more than the rest
/// of its lookup.
fn part(key: &[u8]) -> Option<&'static Finding> {
    cluster_key(key)
        .or_else(|| without_suffix(key))
        .filter(|found| found.kind().is_some_and(NameKind::is_own))
}

/// The positions of the separators in `key`, first to last.
fn separators(key: &[u8]) -> impl Iterator<Item = usize> + '_ {
    key.iter()
        .enumerate()
        .filter_map(|(at, &b)| (b == SEPARATOR).then_some(at))
}
