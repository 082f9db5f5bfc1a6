//! The field names of the object forms, read the same from every format:
//! borrowed (`&'de str`), transient (`&str`) or owned (`String`) strings,
//! bytes, or the field's index.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};

/// The fields of one object form, as a fieldless enum.
pub(super) trait Fields: Copy + 'static {
    /// Every field, in the order the object is written.
    const ALL: &'static [Self];
    /// The name of each field of [`ALL`](Self::ALL), in the same order.
    const NAMES: &'static [&'static str];
    /// The position of `self` in [`ALL`](Self::ALL).
    fn index(self) -> usize;
}

/// A key of an object form: one of `F`'s fields. Any other key is an
/// error that lists the fields.
pub(super) struct Field<F>(pub(super) F);

impl<'de, F: Fields> Deserialize<'de> for Field<F> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(FieldVisitor(PhantomData))
    }
}

struct FieldVisitor<F>(PhantomData<F>);

impl<F: Fields> Visitor<'_> for FieldVisitor<F> {
    type Value = Field<F>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name: ")?;
        for (i, name) in F::NAMES.iter().enumerate() {
            let separator = if i == 0 { "" } else { ", " };
            write!(f, "{separator}`{name}`")?;
        }
        Ok(())
    }

    // `visit_borrowed_str` and `visit_string` forward here.
    fn visit_str<E: de::Error>(self, name: &str) -> Result<Self::Value, E> {
        F::NAMES
            .iter()
            .position(|&known| known == name)
            .and_then(|i| F::ALL.get(i))
            .map(|&field| Field(field))
            .ok_or_else(|| E::unknown_field(name, F::NAMES))
    }

    // `visit_borrowed_bytes` and `visit_byte_buf` forward here.
    fn visit_bytes<E: de::Error>(self, name: &[u8]) -> Result<Self::Value, E> {
        match core::str::from_utf8(name) {
            Ok(name) => self.visit_str(name),
            Err(_) => Err(E::invalid_value(Unexpected::Bytes(name), &self)),
        }
    }

    // Formats that write a struct's fields by position (as serde's derive
    // accepts them).
    fn visit_u64<E: de::Error>(self, index: u64) -> Result<Self::Value, E> {
        usize::try_from(index)
            .ok()
            .and_then(|i| F::ALL.get(i))
            .map(|&field| Field(field))
            .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(index), &self))
    }
}

/// The fields an object has shown so far, one bit each (the forms have
/// far fewer than 32): a second of any is an error.
#[derive(Default)]
pub(super) struct Seen(u32);

impl Seen {
    /// Notes `field`, or fails if the object named it before.
    pub(super) fn first<F: Fields, E: de::Error>(&mut self, field: F) -> Result<(), E> {
        let bit = u32::try_from(field.index())
            .ok()
            .and_then(|i| 1u32.checked_shl(i))
            .unwrap_or(0);
        if self.0 & bit != 0 {
            let name = F::NAMES.get(field.index()).copied().unwrap_or("?");
            return Err(E::duplicate_field(name));
        }
        self.0 |= bit;
        Ok(())
    }
}
