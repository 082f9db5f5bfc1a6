//! [`in_economy`]: the clusters of one economy, in rank order, and its
//! iterator.

use core::iter::FusedIterator;

use crate::tables::CLUSTERS;
use crate::{Cluster, Economy};

/// The clusters of one economy, in global rank order. A cluster WIPO
/// lists for several economies appears under each of them.
///
/// ```
/// use gii_clusters::{in_economy, Economy};
/// let names: Vec<_> = in_economy(Economy::France).map(|c| c.name()).collect();
/// assert_eq!(names, ["Paris", "Lyon", "Basel"]);
/// assert_eq!(in_economy(Economy::China).len(), 24);
/// assert_eq!(in_economy(Economy::Germany).next_back().unwrap().name(), "Hamburg");
/// ```
#[inline]
#[must_use]
pub fn in_economy(economy: Economy) -> InEconomy {
    InEconomy {
        indexes: economy.data().clusters.iter(),
    }
}

/// The clusters of one economy, in rank order: the iterator
/// [`in_economy`] returns. It knows its length, runs from both ends, and
/// allocates nothing.
///
/// ```
/// use gii_clusters::{in_economy, Economy, InEconomy};
/// let korea: InEconomy = in_economy(Economy::Korea);
/// assert_eq!(korea.len(), 4);
/// let ranks: Vec<u8> = korea.clone().map(|c| c.rank()).collect();
/// assert_eq!(ranks.first(), Some(&3)); // Seoul
/// assert_eq!(korea.rev().next().map(|c| c.name()), Some("Daegu"));
/// ```
#[derive(Clone, Debug)]
pub struct InEconomy {
    indexes: core::slice::Iter<'static, u8>,
}

impl InEconomy {
    /// The cluster at `index` of the table. The build writes only indexes
    /// of the table, so this always finds one.
    #[inline]
    fn cluster(index: u8) -> &'static Cluster {
        &CLUSTERS[usize::from(index)]
    }
}

impl Iterator for InEconomy {
    type Item = &'static Cluster;

    #[inline]
    fn next(&mut self) -> Option<&'static Cluster> {
        self.indexes.next().map(|&i| InEconomy::cluster(i))
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.indexes.size_hint()
    }
}

impl DoubleEndedIterator for InEconomy {
    #[inline]
    fn next_back(&mut self) -> Option<&'static Cluster> {
        self.indexes.next_back().map(|&i| InEconomy::cluster(i))
    }
}

impl ExactSizeIterator for InEconomy {}

impl FusedIterator for InEconomy {}
