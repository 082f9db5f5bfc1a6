//! serde support (feature `serde`), allocation-free both ways.
//!
//! Two forms, chosen by the format's
//! [`is_human_readable`](serde::Serializer::is_human_readable):
//!
//! * Human-readable formats (JSON, TOML, YAML, …): a [`Cluster`] is an object
//!   `{"rank": 4, "name": "Beijing", "economies": ["CN"], "name_zh": "北京",
//!   "brief_url": "…", "brief_url_inferred": false, "location": {"latitude":
//!   39.9075, "longitude": 116.3972}}` (`name_zh` is always
//!   present, `null` outside the Chinese list). `&'static Cluster` reads back
//!   from that object (found by `rank`; a `name` that finds another cluster
//!   is an error; other fields are ignored), from an integer rank, or from a
//!   string [`parse`] accepts (`"4"`, `"#4"`, `"Beijing"`, `"北京"`).
//! * Compact formats (postcard, bincode, …): a cluster is its rank, a `u8`,
//!   read back with `deserialize_u8` (never `deserialize_any`, which those
//!   formats refuse).
//!
//! An [`Economy`] is its alpha-2 code in both, stable across versions, and
//! reads back from anything [`Economy`'s `FromStr`](Economy#impl-FromStr-for-Economy)
//! accepts. A [`Location`] is `{"latitude": …, "longitude": …}`, two
//! numbers in compact formats.

use core::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, Unexpected, Visitor};
use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::{Cluster, Economy, Error, Location, by_rank, parse};

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Cluster {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if !serializer.is_human_readable() {
            return serializer.serialize_u8(self.rank());
        }
        let mut object = serializer.serialize_struct("Cluster", 7)?;
        object.serialize_field("rank", &self.rank())?;
        object.serialize_field("name", self.name())?;
        object.serialize_field("economies", self.economies())?;
        object.serialize_field("name_zh", &self.name_zh())?;
        object.serialize_field("brief_url", self.brief_url())?;
        object.serialize_field("brief_url_inferred", &self.brief_url_inferred())?;
        object.serialize_field("location", &self.location())?;
        object.end()
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for &'static Cluster {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(ClusterVisitor)
        } else {
            deserializer.deserialize_u8(ClusterVisitor)
        }
    }
}

/// Reads a rank, a string [`parse`] accepts, or the object form into a
/// `&'static Cluster`.
struct ClusterVisitor;

impl<'de> Visitor<'de> for ClusterVisitor {
    type Value = &'static Cluster;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a cluster rank (1 to 100), a cluster name, or a cluster object")
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

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        parse(text).map_err(E::custom)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut by_rank_field, mut by_name_field) = (None, None);
        while let Some(field) = map.next_key::<Field>()? {
            match field {
                // Both fields read through this same visitor: a rank as a
                // number, a name as a string, nothing copied.
                Field::Rank => by_rank_field = Some(map.next_value::<&'static Cluster>()?),
                Field::Name => by_name_field = Some(map.next_value::<&'static Cluster>()?),
                Field::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        match (by_rank_field, by_name_field) {
            (Some(cluster), Some(named)) if cluster != named => {
                Err(de::Error::custom(format_args!(
                    "cluster object with rank {} and the name of rank {} ({})",
                    cluster.rank(),
                    named.rank(),
                    named.name()
                )))
            }
            (Some(cluster), _) | (None, Some(cluster)) => Ok(cluster),
            (None, None) => Err(de::Error::missing_field("rank")),
        }
    }
}

/// The fields of the object form that identify a cluster.
enum Field {
    Rank,
    Name,
    Other,
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(FieldVisitor)
    }
}

struct FieldVisitor;

impl Visitor<'_> for FieldVisitor {
    type Value = Field;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, field: &str) -> Result<Field, E> {
        Ok(match field {
            "rank" => Field::Rank,
            "name" => Field::Name,
            _ => Field::Other,
        })
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Economy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.alpha2())
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for Economy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(EconomyVisitor)
    }
}

/// Reads anything `Economy::from_str` accepts.
struct EconomyVisitor;

impl Visitor<'_> for EconomyVisitor {
    type Value = Economy;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the alpha-2 code or a name of an economy in the ranking")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        text.parse()
            .map_err(|_: Error| E::invalid_value(Unexpected::Str(text), &self))
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Location {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = serializer.serialize_struct("Location", 2)?;
        object.serialize_field("latitude", &self.latitude)?;
        object.serialize_field("longitude", &self.longitude)?;
        object.end()
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for Location {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_struct("Location", &["latitude", "longitude"], LocationVisitor)
    }
}

/// Reads `{"latitude": …, "longitude": …}`, or the two numbers in that
/// order from a compact format.
struct LocationVisitor;

impl<'de> Visitor<'de> for LocationVisitor {
    type Value = Location;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a latitude and a longitude in degrees")
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Location, A::Error> {
        let latitude = seq
            .next_element()?
            .ok_or(de::Error::invalid_length(0, &self))?;
        let longitude = seq
            .next_element()?
            .ok_or(de::Error::invalid_length(1, &self))?;
        Ok(Location {
            latitude,
            longitude,
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Location, A::Error> {
        let (mut latitude, mut longitude) = (None, None);
        while let Some(field) = map.next_key::<&str>()? {
            match field {
                "latitude" => latitude = Some(map.next_value()?),
                "longitude" => longitude = Some(map.next_value()?),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Location {
            latitude: latitude.ok_or(de::Error::missing_field("latitude"))?,
            longitude: longitude.ok_or(de::Error::missing_field("longitude"))?,
        })
    }
}
