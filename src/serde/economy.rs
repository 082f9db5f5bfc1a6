//! An [`Economy`]: its alpha-2 code in every format, read back from
//! anything its `FromStr` accepts.

use core::fmt;

use serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::{Economy, Error};

/// The alpha-2 code (`"DE"`), in human-readable and compact formats alike.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Economy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.alpha2())
    }
}

/// Reads a string that [`Economy`'s `FromStr`](Economy#impl-FromStr-for-Economy)
/// accepts: the alpha-2 code or any of the economy's names.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for Economy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(EconomyVisitor)
    }
}

struct EconomyVisitor;

impl Visitor<'_> for EconomyVisitor {
    type Value = Economy;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the alpha-2 code or a name of an economy in the ranking")
    }

    // `visit_borrowed_str` and `visit_string` forward here.
    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        text.parse()
            .map_err(|_: Error| E::invalid_value(Unexpected::Str(text), &self))
    }

    // `visit_borrowed_bytes` and `visit_byte_buf` forward here: formats
    // that hand text over as bytes.
    fn visit_bytes<E: de::Error>(self, text: &[u8]) -> Result<Self::Value, E> {
        match core::str::from_utf8(text) {
            Ok(text) => self.visit_str(text),
            Err(_) => Err(E::invalid_value(Unexpected::Bytes(text), &self)),
        }
    }
}
