//! Qualified places: `Boston, MA`, `Cambridge, UK`, `Paris France`,
//! `Boston, MA, USA`. The qualifier chooses among the clusters the place
//! may name, and rules out every other: a qualifier that agrees with none
//! of them finds nothing.

use super::exact::{in_filter, qualifier_key};
use super::fingerprint::shape_bit;
use super::place::place;
use crate::normalize::SEPARATOR;
use crate::tables::{CLUSTER_REGIONS, CLUSTERS, QUALIFIER_ENDINGS, Qualifier, REGION_ECONOMIES};

/// A qualifier has at most this many words (`united states of america`).
const MAX_QUALIFIER_WORDS: usize = 4;

impl Qualifier {
    /// The qualifier whose key is `key`, if any.
    #[inline]
    pub(crate) fn of(key: &[u8]) -> Option<Qualifier> {
        qualifier_key(key)
    }

    /// Whether the cluster of `rank` lies where this qualifier says: in
    /// its economy, or in its region (a cluster whose official name lists
    /// regions lies in those only; one that lists none, like London, in
    /// every region of its economies).
    pub(crate) fn agrees(self, rank: u8) -> bool {
        let index = usize::from(rank).wrapping_sub(1);
        let (Some(cluster), Some(&listed)) = (CLUSTERS.get(index), CLUSTER_REGIONS.get(index))
        else {
            return false;
        };
        let economies = cluster.economies();
        let in_economy = self.economy.is_some_and(|e| economies.contains(&e));
        let in_region = self.region.is_some_and(|region| {
            let economy = REGION_ECONOMIES.get(usize::from(region));
            let listed_here = listed
                .checked_shr(u32::from(region))
                .is_some_and(|bits| bits & 1 == 1);
            economy.is_some_and(|e| economies.contains(e)) && (listed == 0 || listed_here)
        });
        in_economy || in_region
    }
}

/// The splits of `key` into a place and a qualifier of 1 to
/// [`MAX_QUALIFIER_WORDS`] words, shortest qualifier first; none at all
/// when the last word ends no qualifier.
pub(crate) fn splits(key: &[u8]) -> impl Iterator<Item = (&[u8], Qualifier)> {
    // Where the place ends: at each separator from the last, while the
    // qualifier has at most `MAX_QUALIFIER_WORDS` words.
    let mut end = last_separator(key).filter(|&at| ends_a_qualifier(key.get(at + 1..)));
    let mut words = 0;
    core::iter::from_fn(move || {
        while let Some(at) = end {
            words += 1;
            end = match words {
                MAX_QUALIFIER_WORDS => None,
                _ => last_separator(key.get(..at)?),
            };
            let (place, rest) = key.split_at_checked(at)?;
            if let Some(qualifier) = rest.get(1..).and_then(Qualifier::of) {
                return Some((place, qualifier));
            }
        }
        None
    })
}

/// The position of the last separator in `key`.
pub(crate) fn last_separator(key: &[u8]) -> Option<usize> {
    key.iter().rposition(|&b| b == SEPARATOR)
}

/// Whether `last`, the last word of a key, is the last word of some
/// qualifier (or shares its filter bit): if not, no split of the key has
/// a qualifier, and none is looked up.
pub(crate) fn ends_a_qualifier(last: Option<&[u8]>) -> bool {
    last.is_some_and(|last| in_filter(&QUALIFIER_ENDINGS, shape_bit(last)))
}

/// The rank a qualified `key` finds: the cluster its place names that its
/// qualifier, and an outer one if the place is qualified again, agree
/// with.
pub(crate) fn qualified(key: &[u8]) -> Option<u8> {
    within(key, None)
}

fn within(key: &[u8], outer: Option<Qualifier>) -> Option<u8> {
    for (place_key, qualifier) in splits(key) {
        let agrees = |rank: u8| qualifier.agrees(rank) && outer.is_none_or(|o| o.agrees(rank));
        let found = match place(place_key) {
            Some(found) => found.ranks().find(|&r| agrees(r)),
            // `Boston, MA, USA`: the place is qualified again.
            None if outer.is_none() => within(place_key, Some(qualifier)),
            None => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}
