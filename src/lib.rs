//! WIPO's **Global Innovation Index 2023** ranking of the world's top 100
//! science and technology clusters, as compile-time data: look a cluster
//! up by rank or by any spelling a person types (English, local, Chinese,
//! Japanese, Korean, Cyrillic, Hebrew, Persian, Devanagari; qualified by an
//! economy or a US state), with no parsing at run time, no allocation, and
//! `no_std`.
//!
//! ```
//! use gii_clusters::{by_name, by_rank, in_economy, Economy};
//!
//! // By rank: one array index.
//! assert_eq!(by_rank(1).unwrap().name(), "Tokyo–Yokohama");
//!
//! // By name, alias or Chinese name, in any case, with or without accents.
//! assert_eq!(by_name("Shenzhen").unwrap().rank(), 2);
//! assert_eq!(by_name("香港").unwrap().rank(), 2);
//! assert_eq!(by_name("münchen").unwrap().name(), "Munich");
//!
//! // Per economy, in rank order, with national ranks.
//! let germany = in_economy(Economy::Germany);
//! assert_eq!(germany.len(), 9); // counting Basel (CH/DE/FR)
//! let beijing = by_name("Beijing").unwrap();
//! assert_eq!(beijing.rank_in(Economy::China), Some(2)); // 序号 in the Chinese list
//! assert_eq!(beijing.name_zh(), Some("北京"));
//! ```
//!
//! # The API
//!
//! * [`by_rank`] and [`all`]: the table in rank order (`const fn`).
//! * [`by_name`]: a name, alias or name in another script, possibly
//!   qualified (`Cambridge, UK`); its docs hold the matching rules.
//! * [`parse`]: a rank (`"4"`, `"#4"`) or a name, with an [`Error`] that
//!   suggests the closest cluster ([`suggest`]) for a typo.
//! * [`locate`] and [`mentions`]: the cluster an address or affiliation
//!   lies in (`Cambridge, MA 02139, USA`, `北京市海淀区清华大学`), and every
//!   place of a cluster a text names, as [`Mention`]s.
//! * [`in_economy`]: an economy's clusters, as an [`InEconomy`] iterator.
//! * [`Cluster`]: one row of the ranking; [`Economy`]: the countries and
//!   territories, parsed from codes and names in many languages.
//! * [`Cluster::location`] and [`Location`]: where a cluster is; with
//!   `std`, [`nearest`]: the cluster nearest a point.
//! * [`GII_EDITION`]: the edition of the index, 2023.
//!
//! # Bad input
//!
//! One rule for every entry point ([`by_name`], [`parse`], [`suggest`],
//! the `FromStr` impls and the serde readers):
//!
//! * Text longer than any query (eight times the longest key qualified
//!   twice: 1,552 bytes) is refused unread (not by [`locate`] and
//!   [`mentions`], which read texts of any length): [`by_name`] and
//!   [`suggest`] answer `None`, the others [`Error::TooLong`].
//! * A rank is read as a name is: ASCII or full-width digits (`4`, `４`),
//!   leading zeros and an optional `#` (`#004`); any other number,
//!   however long, is [`Error::UnknownRank`].
//! * Every invisible format character (zero-width spaces and joiners,
//!   direction marks, embeddings, overrides and isolates, the soft hyphen,
//!   the byte-order mark) is ignored, like an apostrophe; any other
//!   character no key has (a symbol, a control character, a script of no
//!   economy with a cluster) makes the text name nothing.
//! * Nothing panics or allocates, whatever the text.
//!
//! ```
//! use gii_clusters::{by_name, parse, Error};
//! assert_eq!(parse("４").unwrap().rank(), 4);
//! assert_eq!(parse("#004").unwrap().rank(), 4);
//! assert!(matches!(parse("18446744073709551616"), Err(Error::UnknownRank { .. })));
//! assert_eq!(by_name("Bei\u{ad}jing\u{200f}").unwrap().rank(), 4);
//! assert_eq!(by_name(&"Beijing ".repeat(200)), None);
//! assert_eq!(parse(&"Beijing ".repeat(200)), Err(Error::TooLong));
//! ```
//!
//! # Features
//!
//! * `std` (default): [`nearest`] and `Location::distance_km`, which need
//!   the trigonometry `core` lacks. Everything else is `no_std`; [`Error`]
//!   implements `core::error::Error`, the trait `std::error::Error` names.
//! * `serde`: `Serialize` for [`Cluster`], [`Economy`] and [`Location`],
//!   and allocation-free `Deserialize` for `&'static Cluster`, [`Economy`]
//!   and [`Location`], in human-readable formats (a cluster as an object,
//!   read back from the object, a rank or a name) and compact ones (a
//!   cluster as its rank), from borrowed, transient or owned strings alike
//!   (`serde_json::from_reader` and `from_value` too). Each type's docs
//!   say what it writes and reads; a field may choose to write a cluster
//!   as its rank or its name instead (the modules `gii_clusters::serde::rank`
//!   and `gii_clusters::serde::name`, and their `keys` for maps keyed by
//!   clusters).
//!
//! # The data
//!
//! WIPO, *Global Innovation Index 2023*, top 100 science and technology
//! clusters, CC BY 4.0. The package's [`data/SOURCES.md`](https://docs.rs/crate/gii-clusters/latest/source/data/SOURCES.md) says where every
//! column comes from and lists every place the shipped data differs from
//! the source transcription.
//!
// `nearest` exists with `std` only; without it, its mentions point to the
// features above.
#![cfg_attr(feature = "std", doc = "[`nearest`]: crate::nearest")]
#![cfg_attr(not(feature = "std"), doc = "[`nearest`]: crate#features")]
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(feature = "std")]
extern crate std;

mod cluster;
mod economy;
mod error;
mod locate;
mod location;
mod lookup;
mod parse;
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod serde;
mod suggest;
mod tables;

pub use cluster::Cluster;
pub use economy::Economy;
pub use error::Error;
pub use locate::{Mention, Mentions, locate, mentions};
pub use location::Location;
#[cfg(feature = "std")]
pub use lookup::nearest;
pub use lookup::{InEconomy, all, by_name, by_rank, in_economy};
pub use parse::parse;
pub use suggest::suggest;

/// The edition of the Global Innovation Index the data comes from.
///
/// ```
/// assert_eq!(gii_clusters::GII_EDITION, 2023);
/// ```
pub const GII_EDITION: u16 = 2023;

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
