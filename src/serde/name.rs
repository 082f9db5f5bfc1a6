//! A cluster written as its official name, in every format: for a field
//! that chooses it, `#[serde(with = "gii_clusters::serde::name")]`; for
//! the keys of a map of clusters, `…::name::keys`.
//!
//! It reads back anything [`parse`](crate::parse) reads (a name, an
//! alias, a rank in text), and names the text that failed.
//!
//! ```
//! use std::collections::BTreeMap;
//! use gii_clusters::{by_name, Cluster};
//!
//! #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
//! struct Office {
//!     #[serde(with = "gii_clusters::serde::name")]
//!     city: &'static Cluster,
//!     #[serde(with = "gii_clusters::serde::name::keys")]
//!     staff: BTreeMap<&'static Cluster, u32>,
//! }
//!
//! let munich = by_name("München").unwrap();
//! let office = Office { city: munich, staff: BTreeMap::from([(munich, 40)]) };
//! let json = serde_json::to_string(&office)?;
//! assert_eq!(json, r#"{"city":"Munich","staff":{"Munich":40}}"#);
//! assert_eq!(serde_json::from_str::<Office>(&json)?, office);
//! let error = serde_json::from_str::<Office>(r#"{"city":"Atlantis","staff":{}}"#).unwrap_err();
//! assert!(error.to_string().starts_with("\"Atlantis\": no cluster has that name"));
//! # Ok::<(), serde_json::Error>(())
//! ```

use serde::de::{Deserialize, Deserializer};
use serde::ser::{Serialize, Serializer};

use super::cluster::ClusterNameVisitor;
use super::map::{ReadKey, read_map, write_map};
use crate::Cluster;

/// Writes `cluster` as its official name.
///
/// ```
/// let mut json = Vec::new();
/// let munich = gii_clusters::by_name("München").unwrap();
/// gii_clusters::serde::name::serialize(&munich, &mut serde_json::Serializer::new(&mut json))?;
/// assert_eq!(json, br#""Munich""#);
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// # Errors
///
/// The serializer's, if it cannot write a string.
pub fn serialize<S: Serializer>(
    cluster: &&'static Cluster,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(cluster.name())
}

/// Reads a cluster from anything [`parse`](crate::parse) reads.
///
/// ```
/// let mut json = serde_json::Deserializer::from_str(r#""北京""#);
/// let cluster = gii_clusters::serde::name::deserialize(&mut json)?;
/// assert_eq!(cluster.rank(), 4);
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// # Errors
///
/// When the input is no string, or names no cluster (the message says
/// which text).
pub fn deserialize<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<&'static Cluster, D::Error> {
    deserializer.deserialize_str(ClusterNameVisitor)
}

impl ReadKey for ClusterNameVisitor {
    fn read<'de, D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<&'static Cluster, D::Error> {
        deserializer.deserialize_str(self)
    }
}

/// A map whose keys are clusters, written with their official names as
/// keys.
pub mod keys {
    use super::{
        ClusterNameVisitor, Deserialize, Deserializer, Serialize, Serializer, read_map, write_map,
    };
    use crate::Cluster;

    /// Writes the map with each cluster's official name as its key.
    ///
    /// ```
    /// use std::collections::BTreeMap;
    /// let staff = BTreeMap::from([(gii_clusters::by_rank(3).unwrap(), 7)]);
    /// let mut json = Vec::new();
    /// gii_clusters::serde::name::keys::serialize(&staff, &mut serde_json::Serializer::new(&mut json))?;
    /// assert_eq!(json, br#"{"Seoul":7}"#);
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
        write_map(map, serializer, Cluster::name)
    }

    /// Reads a map whose keys are anything [`parse`](crate::parse) reads.
    ///
    /// ```
    /// use std::collections::BTreeMap;
    /// use gii_clusters::Cluster;
    /// let mut json = serde_json::Deserializer::from_str(r##"{"서울": 7, "#4": 2}"##);
    /// let staff: BTreeMap<&Cluster, u32> = gii_clusters::serde::name::keys::deserialize(&mut json)?;
    /// assert_eq!(staff.keys().map(|c| c.rank()).collect::<Vec<_>>(), [3, 4]);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// When a key names no cluster, or a value is wrong.
    pub fn deserialize<'de, M, V, D>(deserializer: D) -> Result<M, D::Error>
    where
        M: Default + Extend<(&'static Cluster, V)>,
        V: Deserialize<'de>,
        D: Deserializer<'de>,
    {
        read_map(deserializer, ClusterNameVisitor)
    }
}
