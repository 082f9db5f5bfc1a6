//! serde support (feature `serde`).
//!
//! * [`Cluster`] serializes as an object
//!   `{"rank": 4, "name": "Beijing", "economies": ["CN"], "name_zh": "北京", "brief_url": "…"}`;
//!   `name_zh` is always present and `null` for clusters outside the
//!   Chinese list, so every object has the same keys.
//! * `&'static Cluster` deserializes from an integer rank or from any
//!   string [`by_name`](crate::by_name) accepts, pointing into the
//!   crate's table: nothing is allocated or copied.
//! * [`Economy`] serializes as its alpha-2 code and deserializes from it,
//!   in any case.

use core::fmt;

use serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};
use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::{Cluster, Economy, Error, by_name, by_rank};

impl Serialize for Cluster {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = serializer.serialize_struct("Cluster", 5)?;
        object.serialize_field("rank", &self.rank())?;
        object.serialize_field("name", self.name())?;
        object.serialize_field("economies", self.economies())?;
        object.serialize_field("name_zh", &self.name_zh())?;
        object.serialize_field("brief_url", self.brief_url())?;
        object.end()
    }
}

impl Serialize for Economy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.alpha2())
    }
}

/// Reads a rank or a name into a `&'static Cluster`.
struct ClusterVisitor;

impl Visitor<'_> for ClusterVisitor {
    type Value = &'static Cluster;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a cluster rank (1 to 100) or a cluster name")
    }

    fn visit_u64<E: de::Error>(self, rank: u64) -> Result<Self::Value, E> {
        u8::try_from(rank)
            .ok()
            .and_then(by_rank)
            .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(rank), &self))
    }

    fn visit_i64<E: de::Error>(self, rank: i64) -> Result<Self::Value, E> {
        match u64::try_from(rank) {
            Ok(rank) => self.visit_u64(rank),
            Err(_) => Err(E::invalid_value(Unexpected::Signed(rank), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Self::Value, E> {
        by_name(name).ok_or_else(|| {
            E::custom(Error::UnknownName {
                suggestion: crate::suggest(name),
            })
        })
    }
}

impl<'de> Deserialize<'de> for &'static Cluster {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ClusterVisitor)
    }
}

/// Reads an alpha-2 code into an [`Economy`].
struct EconomyVisitor;

impl Visitor<'_> for EconomyVisitor {
    type Value = Economy;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an ISO 3166-1 alpha-2 code of an economy in the ranking")
    }

    fn visit_str<E: de::Error>(self, code: &str) -> Result<Self::Value, E> {
        Economy::from_alpha2(code).ok_or_else(|| E::invalid_value(Unexpected::Str(code), &self))
    }
}

impl<'de> Deserialize<'de> for Economy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(EconomyVisitor)
    }
}
