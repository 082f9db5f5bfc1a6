#![doc = include_str!("../README.md")]
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::pedantic)]
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[cfg(feature = "std")]
extern crate std;

mod cluster;
mod economy;
mod error;
mod lookup;
mod normalize;
#[cfg(feature = "serde")]
mod serde;
mod suggest;

/// The generated table: `$OUT_DIR/data.rs`, written by `build.rs` from
/// `data/*.csv`.
#[allow(clippy::unreadable_literal)] // phf's generated hash seeds
mod data {
    use crate::Cluster;
    use crate::economy::EconomyData;

    include!(concat!(env!("OUT_DIR"), "/data.rs"));
}

pub use cluster::Cluster;
pub use data::Economy;
pub use error::Error;
pub use lookup::{all, by_name, by_rank, in_economy, parse};
pub use suggest::suggest;

/// The edition of the Global Innovation Index the data comes from.
///
/// ```
/// assert_eq!(gii_clusters::GII_EDITION, 2023);
/// ```
pub const GII_EDITION: u16 = 2023;
