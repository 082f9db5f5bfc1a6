//! A [`Cluster`]: an object in human-readable formats, its rank in
//! compact ones; read back as `&'static Cluster`, pointing into the table.

use core::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, Unexpected, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};

use super::field::{Field, Fields, Seen};
use crate::parse::named;
use crate::{Cluster, by_rank, parse};

/// The fields of the object form, in the order they are written.
#[derive(Clone, Copy)]
enum ClusterField {
    Rank,
    Name,
    Economies,
    NationalRanks,
    NameZh,
    BriefUrl,
    BriefUrlInferred,
    Location,
}

impl Fields for ClusterField {
    const ALL: &'static [Self] = &[
        ClusterField::Rank,
        ClusterField::Name,
        ClusterField::Economies,
        ClusterField::NationalRanks,
        ClusterField::NameZh,
        ClusterField::BriefUrl,
        ClusterField::BriefUrlInferred,
        ClusterField::Location,
    ];
    const NAMES: &'static [&'static str] = &[
        "rank",
        "name",
        "economies",
        "national_ranks",
        "name_zh",
        "brief_url",
        "brief_url_inferred",
        "location",
    ];

    fn index(self) -> usize {
        self as usize
    }
}

/// The object form in human-readable formats, the rank (a `u8`) in
/// compact ones. The [`Cluster`] type's docs show both.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Cluster {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if !serializer.is_human_readable() {
            return serializer.serialize_u8(self.rank());
        }
        let mut object = serializer.serialize_struct("Cluster", ClusterField::ALL.len())?;
        object.serialize_field("rank", &self.rank())?;
        object.serialize_field("name", self.name())?;
        object.serialize_field("economies", self.economies())?;
        object.serialize_field("national_ranks", &NationalRanks(self))?;
        object.serialize_field("name_zh", &self.name_zh())?;
        object.serialize_field("brief_url", self.brief_url())?;
        object.serialize_field("brief_url_inferred", &self.brief_url_inferred())?;
        object.serialize_field("location", &self.location())?;
        object.end()
    }
}

/// A cluster's rank in each of its economies, as a map from alpha-2 code
/// to national rank, in the order of [`Cluster::economies`].
struct NationalRanks<'c>(&'c Cluster);

impl Serialize for NationalRanks<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Cluster {
            economies,
            national_ranks,
            ..
        } = self.0;
        let mut map = serializer.serialize_map(Some(economies.len()))?;
        for (economy, rank) in economies.iter().zip(*national_ranks) {
            map.serialize_entry(economy, rank)?;
        }
        map.end()
    }
}

/// Reads the object form, a rank or a name in human-readable formats, a
/// rank in compact ones. The [`Cluster`] type's docs show what is accepted.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for &'static Cluster {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(ClusterVisitor)
        } else {
            deserializer.deserialize_u8(RankVisitor)
        }
    }
}

/// Reads a rank, a string [`parse`] accepts, or the object form.
struct ClusterVisitor;

impl<'de> Visitor<'de> for ClusterVisitor {
    type Value = &'static Cluster;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a cluster rank (1 to 100), a cluster name, or a cluster object")
    }

    // A number is a rank, and its error says what a rank is.
    fn visit_u64<E: de::Error>(self, rank: u64) -> Result<Self::Value, E> {
        RankVisitor.visit_u64(rank)
    }

    fn visit_i64<E: de::Error>(self, rank: i64) -> Result<Self::Value, E> {
        RankVisitor.visit_i64(rank)
    }

    // `visit_borrowed_str` and `visit_string` forward here.
    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        ClusterNameVisitor.visit_str(text)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut ranked, mut named) = (None, None);
        let mut seen = Seen::default();
        while let Some(Field(key)) = map.next_key::<Field<ClusterField>>()? {
            seen.first(key)?;
            match key {
                ClusterField::Rank => ranked = Some(map.next_value::<Rank>()?.0),
                ClusterField::Name => named = Some(map.next_value::<Name>()?.0),
                // What the cluster is, not which: written for readers,
                // derived from the table, so not read.
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        match (ranked, named) {
            (Some(cluster), Some(other)) if cluster != other => {
                Err(de::Error::custom(format_args!(
                    "cluster object with rank {} and the name of rank {} ({})",
                    cluster.rank(),
                    other.rank(),
                    other.name()
                )))
            }
            (Some(cluster), _) | (None, Some(cluster)) => Ok(cluster),
            (None, None) => Err(de::Error::missing_field("rank")),
        }
    }
}

/// The `rank` of the object form, and a cluster in compact formats: an
/// integer only.
struct Rank(&'static Cluster);

impl<'de> Deserialize<'de> for Rank {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_u8(RankVisitor).map(Rank)
    }
}

#[derive(Clone, Copy)]
pub(super) struct RankVisitor;

impl Visitor<'_> for RankVisitor {
    type Value = &'static Cluster;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a cluster rank (1 to 100)")
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
}

/// The `name` of the object form: a string [`by_name`](crate::by_name)
/// finds.
struct Name(&'static Cluster);

impl<'de> Deserialize<'de> for Name {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(NameVisitor).map(Name)
    }
}

struct NameVisitor;

impl Visitor<'_> for NameVisitor {
    type Value = &'static Cluster;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a cluster name")
    }

    // `visit_borrowed_str` and `visit_string` forward here.
    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        named(text).map_err(|error| E::custom(format_args!("{}: {error}", Shown(text))))
    }
}

/// A string [`parse`] reads: a rank or a name. Its error names the text.
#[derive(Clone, Copy)]
pub(super) struct ClusterNameVisitor;

impl Visitor<'_> for ClusterNameVisitor {
    type Value = &'static Cluster;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a cluster name or rank")
    }

    // `visit_borrowed_str` and `visit_string` forward here.
    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        parse(text).map_err(|error| E::custom(format_args!("{}: {error}", Shown(text))))
    }
}

/// Text a message repeats: quoted, cut after [`Shown::CHARS`] chars.
struct Shown<'t>(&'t str);

impl Shown<'_> {
    const CHARS: usize = 40;
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.char_indices().nth(Self::CHARS) {
            Some((cut, _)) => write!(f, "{:?}…", self.0.get(..cut).unwrap_or_default()),
            None => write!(f, "{:?}", self.0),
        }
    }
}
