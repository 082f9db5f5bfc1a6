//! A [`Location`]: `{"latitude": …, "longitude": …}` in human-readable
//! formats, the two numbers in that order in compact ones.

use core::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};
use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::field::{Field, Fields, Seen};
use crate::Location;

/// The fields of the object form, in the order they are written.
#[derive(Clone, Copy)]
enum LocationField {
    Latitude,
    Longitude,
}

impl Fields for LocationField {
    const ALL: &'static [Self] = &[LocationField::Latitude, LocationField::Longitude];
    const NAMES: &'static [&'static str] = &["latitude", "longitude"];

    fn index(self) -> usize {
        self as usize
    }
}

/// `{"latitude": …, "longitude": …}`: a struct of two `f64`, which compact
/// formats write as the two numbers. The [`Location`] type's docs show it.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Location {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = serializer.serialize_struct("Location", LocationField::ALL.len())?;
        object.serialize_field("latitude", &self.latitude)?;
        object.serialize_field("longitude", &self.longitude)?;
        object.end()
    }
}

/// Reads the object (both keys, once each, no other) or the two numbers in
/// order, each in its range (latitude -90 to 90, longitude -180 to 180).
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for Location {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_struct("Location", LocationField::NAMES, LocationVisitor)
    }
}

struct LocationVisitor;

impl<'de> Visitor<'de> for LocationVisitor {
    type Value = Location;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a latitude and a longitude in degrees")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Location, A::Error> {
        let latitude = seq
            .next_element::<f64>()?
            .ok_or(de::Error::invalid_length(0, &self))?;
        let longitude = seq
            .next_element::<f64>()?
            .ok_or(de::Error::invalid_length(1, &self))?;
        checked(latitude, longitude)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Location, A::Error> {
        let (mut latitude, mut longitude) = (None, None);
        let mut seen = Seen::default();
        while let Some(Field(key)) = map.next_key::<Field<LocationField>>()? {
            seen.first(key)?;
            let degrees = map.next_value::<f64>()?;
            match key {
                LocationField::Latitude => latitude = Some(degrees),
                LocationField::Longitude => longitude = Some(degrees),
            }
        }
        checked(
            latitude.ok_or(de::Error::missing_field("latitude"))?,
            longitude.ok_or(de::Error::missing_field("longitude"))?,
        )
    }
}

/// The point, or which coordinate is out of range.
fn checked<E: de::Error>(latitude: f64, longitude: f64) -> Result<Location, E> {
    if !(-90.0..=90.0).contains(&latitude) {
        return Err(E::invalid_value(
            Unexpected::Float(latitude),
            &"a latitude from -90 to 90",
        ));
    }
    if !(-180.0..=180.0).contains(&longitude) {
        return Err(E::invalid_value(
            Unexpected::Float(longitude),
            &"a longitude from -180 to 180",
        ));
    }
    Ok(Location {
        latitude,
        longitude,
    })
}
