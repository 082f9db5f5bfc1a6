//! The generated tables (`$OUT_DIR/tables.rs`, written by the build from
//! `data/*.csv`):
//!
//! * `CLUSTERS`: every cluster in rank order, so `CLUSTERS[rank - 1]` has
//!   that rank.
//! * `LONGEST_KEY`: the length in bytes of the longest normalized key of
//!   either map; a longer query cannot match.
//! * `CLUSTER_KEYS`: every cluster key (official name, Chinese name,
//!   alias), normalized, with the rank it finds.
//! * `ECONOMY_KEYS`: every economy key (alpha-2 code, names), normalized,
//!   with the index in `Economy::ALL` it finds.
//! * `QUALIFIER_KEYS`: every key a place may be qualified with, with the
//!   economy (index in `Economy::ALL`) and the region (index in
//!   `data/regions.csv`) it may mean, `u8::MAX` for neither;
//!   `LONGEST_QUALIFIER` is the longest.
//! * `QUALIFIER_ENDINGS`: a filter of the last words of the qualifier
//!   keys, one bit per `lookup::fingerprint::shape_bit`, so that a query
//!   whose last word ends no qualifier is answered without a lookup;
//!   `QUALIFIER_FILTER` has a bit per qualifier key, as `KEY_FILTER` has
//!   per cluster key.
//! * `REGION_ECONOMIES`: the economy of each region.
//! * `CLUSTER_REGIONS`: per cluster, the regions its official name lists,
//!   as bits (0 when it lists none, like London's).
//!
//! * `EXACT_NAMES`: the official and Chinese names exactly as written
//!   (not normalized), by the fingerprint of their bytes, with their
//!   ranks; `EXACT_FILTER` has a bit per name at
//!   `lookup::fingerprint::shape_bit`, and `LONGEST_NAME` is the longest
//!   name in bytes.
//! * `KEY_FILTER`: one bit per cluster key, at
//!   `lookup::fingerprint::key_filter_bit` of its fingerprint, so that most
//!   queries that are no key are answered without a map lookup.
//! * `SUGGESTION_KEYS`: every cluster key again, for `suggest`, as
//!   [`SuggestionKey`]s: the first `ASCII_SUGGESTION_KEYS` are ASCII, by
//!   length; the rest by length in chars. `ASCII_LETTER_COUNTS[i]` is
//!   `lookup::fingerprint::letter_counts` of the `i`-th (ASCII) key.
//!
//! `CLUSTER_KEYS` also gives, for a key that is one cluster's official
//! name and another's alias (`Cambridge`), the alias's rank (else 0): a
//! qualifier may choose it.
//!
//! The maps are keyed by the key's fingerprint (`lookup::fingerprint`),
//! so the perfect hash hashes 8 bytes whatever the key's length; the
//! stored key is compared with the query, so a fingerprint collision
//! finds nothing.

use crate::{Cluster, Economy, Location};

/// A cluster key as `suggest` reads it.
pub(crate) struct SuggestionKey {
    pub(crate) key: &'static str,
    /// The rank it finds, and the rank whose alias it also is (else 0),
    /// as in `CLUSTER_KEYS`.
    pub(crate) rank: u8,
    pub(crate) alias_rank: u8,
    /// Its length in chars.
    pub(crate) chars: u8,
}

#[allow(clippy::unreadable_literal)] // phf's generated hash seeds
mod generated {
    use super::{Cluster, Economy, Location, SuggestionKey};

    include!(concat!(env!("OUT_DIR"), "/tables.rs"));
}

pub(crate) use generated::{
    ASCII_LETTER_COUNTS, ASCII_SUGGESTION_KEYS, CLUSTER_KEYS, CLUSTER_REGIONS, CLUSTERS,
    ECONOMY_KEYS, EXACT_FILTER, EXACT_NAMES, KEY_FILTER, LONGEST_KEY, LONGEST_NAME,
    LONGEST_QUALIFIER, QUALIFIER_ENDINGS, QUALIFIER_FILTER, QUALIFIER_KEYS, REGION_ECONOMIES,
    SUGGESTION_KEYS,
};
