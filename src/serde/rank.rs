//! A cluster written as its rank, in every format: for a field that
//! chooses it, `#[serde(with = "gii_clusters::serde::rank")]`; for the
//! keys of a map of clusters, `…::rank::keys` (JSON writes them as
//! strings, `"4"`, and reads them back).
//!
//! It reads back a rank only: an integer in any format, or in a map key
//! the rank's text, which is how JSON writes one.
//!
//! ```
//! use std::collections::HashMap;
//! use gii_clusters::{by_name, Cluster};
//!
//! #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
//! struct Watch {
//!     #[serde(with = "gii_clusters::serde::rank")]
//!     home: &'static Cluster,
//!     #[serde(with = "gii_clusters::serde::rank::keys")]
//!     patents: HashMap<&'static Cluster, u32>,
//! }
//!
//! let beijing = by_name("Beijing").unwrap();
//! let watch = Watch { home: beijing, patents: HashMap::from([(beijing, 12)]) };
//! let json = serde_json::to_string(&watch)?;
//! assert_eq!(json, r#"{"home":4,"patents":{"4":12}}"#);
//! assert_eq!(serde_json::from_str::<Watch>(&json)?, watch);
//! assert!(serde_json::from_str::<Watch>(r#"{"home":101,"patents":{}}"#).is_err());
//! # Ok::<(), serde_json::Error>(())
//! ```

use core::fmt;

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::ser::Serializer;

use super::cluster::RankVisitor;
use super::map::ReadKey;
use crate::{Cluster, by_rank};

/// Writes `cluster` as its rank.
///
/// ```
/// let mut json = Vec::new();
/// let beijing = gii_clusters::by_rank(4).unwrap();
/// gii_clusters::serde::rank::serialize(&beijing, &mut serde_json::Serializer::new(&mut json))?;
/// assert_eq!(json, b"4");
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// # Errors
///
/// The serializer's, if it cannot write a `u8`.
pub fn serialize<S: Serializer>(
    cluster: &&'static Cluster,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_u8(cluster.rank())
}

/// Reads a cluster from its rank.
///
/// ```
/// let mut json = serde_json::Deserializer::from_str("4");
/// let cluster = gii_clusters::serde::rank::deserialize(&mut json)?;
/// assert_eq!(cluster.name(), "Beijing");
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// # Errors
///
/// When the input is no integer, or no cluster has that rank.
pub fn deserialize<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<&'static Cluster, D::Error> {
    deserializer.deserialize_u8(RankVisitor)
}

/// A map whose keys are clusters, written with their ranks as keys.
pub mod keys {
    use serde::de::{Deserialize, Deserializer};
    use serde::ser::{Serialize, Serializer};

    use super::RankKeyVisitor;
    use crate::Cluster;
    use crate::serde::map::{read_map, write_map};

    /// Writes the map with each cluster's rank as its key.
    ///
    /// ```
    /// use std::collections::BTreeMap;
    /// let staff = BTreeMap::from([(gii_clusters::by_rank(4).unwrap(), 12)]);
    /// let mut json = Vec::new();
    /// gii_clusters::serde::rank::keys::serialize(&staff, &mut serde_json::Serializer::new(&mut json))?;
    /// assert_eq!(json, br#"{"4":12}"#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// The serializer's, or a value's.
    pub fn serialize<'a, M, V, S>(map: &'a M, serializer: S) -> Result<S::Ok, S::Error>
    where
        &'a M: IntoIterator<Item = (&'a &'static Cluster, &'a V)>,
        V: Serialize + 'a,
        S: Serializer,
    {
        write_map(map, serializer, Cluster::rank)
    }

    /// Reads a map whose keys are ranks.
    ///
    /// ```
    /// use std::collections::BTreeMap;
    /// use gii_clusters::Cluster;
    /// let mut json = serde_json::Deserializer::from_str(r#"{"4": 12, "3": 5}"#);
    /// let staff: BTreeMap<&Cluster, u32> = gii_clusters::serde::rank::keys::deserialize(&mut json)?;
    /// assert_eq!(staff.values().copied().collect::<Vec<_>>(), [5, 12]); // by rank
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// When a key is no rank of a cluster, or a value is wrong.
    pub fn deserialize<'de, M, V, D>(deserializer: D) -> Result<M, D::Error>
    where
        M: Default + Extend<(&'static Cluster, V)>,
        V: Deserialize<'de>,
        D: Deserializer<'de>,
    {
        read_map(deserializer, RankKeyVisitor)
    }
}

/// A map key that is a rank: an integer, or, in human-readable formats,
/// its text (JSON's keys).
#[derive(Clone, Copy)]
pub(super) struct RankKeyVisitor;

impl ReadKey for RankKeyVisitor {
    fn read<'de, D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<&'static Cluster, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(self)
        } else {
            deserializer.deserialize_u8(self)
        }
    }
}

impl Visitor<'_> for RankKeyVisitor {
    type Value = &'static Cluster;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a cluster rank (1 to 100)")
    }

    fn visit_u64<E: de::Error>(self, rank: u64) -> Result<Self::Value, E> {
        RankVisitor.visit_u64(rank)
    }

    fn visit_i64<E: de::Error>(self, rank: i64) -> Result<Self::Value, E> {
        RankVisitor.visit_i64(rank)
    }

    // `visit_borrowed_str` and `visit_string` forward here.
    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        text.parse::<u8>()
            .ok()
            .and_then(by_rank)
            .ok_or_else(|| E::invalid_value(Unexpected::Str(text), &self))
    }
}
