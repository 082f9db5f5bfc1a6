//! serde support (feature `serde`), allocation-free both ways, and the
//! modules a field names to choose how a cluster is written:
//! [`rank`] and [`name`] (`#[serde(with = "gii_clusters::serde::rank")]`),
//! each with `keys` for a map whose keys are clusters.
//!
//! Two forms, chosen by the format's
//! [`is_human_readable`](serde::Serializer::is_human_readable): an object
//! in human-readable formats (JSON, TOML, YAML, …), the smallest value
//! that identifies it in compact ones (postcard, bincode, …). What each
//! type writes and reads is documented on the type, where users look:
//! [`Cluster`](crate::Cluster), [`Economy`](crate::Economy) and
//! [`Location`](crate::Location).
//!
//! Every key and string is read whether the format lends it (`&'de str`),
//! hands it over for the call (`&str`) or owns it (`String`): nothing here
//! borrows from the input, so `serde_json::from_reader` and `from_value`
//! read what `from_str` reads.

mod cluster;
mod economy;
mod field;
mod location;
mod map;
pub mod name;
pub mod rank;
