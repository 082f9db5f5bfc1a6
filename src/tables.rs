//! The generated tables (`$OUT_DIR/tables.rs`, written by the build from
//! `data/*.csv`), and the types of their values.
//!
//! * `CLUSTERS`: every cluster in rank order, so `CLUSTERS[rank - 1]` has
//!   that rank.
//! * `KEY_TEXT`: every key, normalized, once, one after the other: the
//!   cluster keys first, then the keys that are only qualifiers, each
//!   part by text. A key is its index there, a [`KeyId`]; every table
//!   below stores a `KeyId`, never the key again. `KEY_BLOCKS` says where
//!   each block of `KEY_BLOCK` keys starts, and a key's end, counted from
//!   there, is in its `Finding` or in `QUALIFIER_KEY_ENDS`.
//! * `FINDINGS`: each cluster key's row, by [`KeyId`]: what it finds and
//!   where its text ends ([`Finding`]); `KEY_FACTS`: what a key is and
//!   where its places and namesakes lie ([`KeyFacts`]), each once, their
//!   places a run of `PLACE_LISTS` ([`PlaceList`]); `REGION_ECONOMIES`:
//!   the economy of each region.
//! * `ASCII_SUGGESTIONS` and `OTHER_SUGGESTIONS`: the cluster keys
//!   `suggest` may offer (not GeoNames' names of undetermined language),
//!   by script and then by length in chars, the ASCII ones with their
//!   letter counts ([`AsciiSuggestion`]).
//! * `CLUSTER_KEY_IDS`: a cluster key's fingerprint to its [`KeyId`];
//!   `KEY_FILTER` has a bit per cluster key, at
//!   `gii_clusters_keys::fingerprint::filter_bit` of its fingerprint, so that
//!   most queries that are no key are answered without a map lookup.
//! * `QUALIFIER_KEYS`: every key a place may be qualified with (every
//!   economy key among them), as a [`Qualifier`]; `QUALIFIER_FILTER` is
//!   its filter.
//! * `QUALIFIERS_BY_LENGTH`: the qualifier keys of four chars or more, by
//!   length in chars, for `suggest` to read those near a misspelt
//!   qualifier's length.
//! * `ECONOMY_PAIRS`: the economy of each key of two ASCII letters (the
//!   alpha-2 codes, `uk`), at `26 * first + second` letter.
//! * `CLUSTER_REGIONS`: per cluster, the regions it lies in (derived from
//!   the GeoNames divisions of its cities), as a [`RegionList`];
//!   `CLUSTER_CITY_REGIONS`, those among them that are the city for
//!   `locate` (`data/city_regions.csv`).
//! * `REGION_LISTS`: the lists of regions of qualifiers and clusters, each
//!   stored once, one after the other; a region is its index in
//!   `data/regions.csv`'s order.
//! * `EXACT_NAMES`: the official and Chinese names exactly as written (not
//!   normalized), by the fingerprint of their bytes, as [`ExactName`]s
//!   (the text is the cluster's own); `EXACT_FILTER` has a bit per name at
//!   `gii_clusters_keys::fingerprint::shape_bit`, and `LONGEST_NAME` is the longest
//!   name in bytes.
//!
//! The maps are keyed by the high half of the key's fingerprint
//! (`gii_clusters_keys::fingerprint::map_hash`), so the perfect hash hashes 4 bytes
//! whatever the key's length; the key is then compared with the query, so
//! a collision finds nothing.

use core::num::NonZeroU8;

use crate::{Cluster, Economy, Location};
pub(crate) use gii_clusters_keys::NameKind;

/// A key: its index among the keys (`KEY_TEXT`'s order), which names
/// its text and, for a cluster key, its `Finding`.
#[derive(Clone, Copy)]
pub(crate) struct KeyId(u16);

impl KeyId {
    /// The key's bytes, normalized.
    #[inline]
    pub(crate) fn bytes(self) -> Option<&'static [u8]> {
        KEY_TEXT.as_bytes().get(self.span()?)
    }

    /// The key's text, normalized (what [`bytes`](Self::bytes) holds, as
    /// the `str` it is: no validation to read its chars).
    #[inline]
    pub(crate) fn text(self) -> Option<&'static str> {
        KEY_TEXT.get(self.span()?)
    }

    /// Where the key stands in `KEY_TEXT`: its end counts from the start
    /// of its block of `KEY_BLOCK` keys (`KEY_BLOCKS`), and it starts
    /// where the key before it ends.
    #[inline]
    fn span(self) -> Option<core::ops::Range<usize>> {
        let id = usize::from(self.0);
        let block = usize::try_from(*KEY_BLOCKS.get(id / KEY_BLOCK)?).ok()?;
        let start = match id % KEY_BLOCK {
            0 => 0,
            _ => end_of(id - 1)?,
        };
        Some(block + usize::from(start)..block + usize::from(end_of(id)?))
    }

    /// Its index among the keys (and in `FINDINGS`, for a cluster key).
    #[inline]
    pub(crate) fn index(self) -> usize {
        usize::from(self.0)
    }
}

/// Where the key of index `id` ends in its block of `KEY_TEXT`: a cluster
/// key's end is in its `Finding`, a qualifier's in `QUALIFIER_KEY_ENDS`.
#[inline]
fn end_of(id: usize) -> Option<u16> {
    match FINDINGS.get(id) {
        Some(finding) => Some(finding.end),
        None => QUALIFIER_KEY_ENDS.get(id - FINDINGS.len()).copied(),
    }
}

/// A key `suggest` may offer, of ASCII letters, with how often each
/// letter occurs in it (`letter_counts`), which bounds its distance from
/// a query before it is compared.
pub(crate) struct AsciiSuggestion {
    pub(crate) key: KeyId,
    pub(crate) counts: [u8; 32],
}

/// What a cluster key finds.
pub(crate) struct Finding {
    /// The rank of the cluster it names.
    pub(crate) rank: u8,
    /// The alias rank: when the key is one cluster's official name and
    /// another's alias (`Cambridge`), the rank the alias gives, for a
    /// qualifier to choose.
    pub(crate) alias_rank: Option<NonZeroU8>,
    /// Its length in chars.
    pub(crate) chars: u8,
    /// It names its cluster only with a qualifier (`Durham, NC`): a place
    /// far from the cluster that bears it counts against it
    /// (`data/namesakes.csv`).
    pub(crate) qualified_only: bool,
    /// What the name is and where its places and namesakes lie: an index
    /// into `KEY_FACTS`, read only by the forms that need them (a hit
    /// alone reads nothing more).
    pub(crate) facts: u16,
    /// Where its text ends in its block of `KEY_TEXT` (see `KeyId`).
    pub(crate) end: u16,
}

/// What a cluster key is, and where it points: its kind, and the
/// placements of its rank and of its alias rank. Keys share them: few
/// differ.
pub(crate) struct KeyFacts {
    /// What the name is (`kind` in `data/aliases.csv` and
    /// `data/city_names.csv`; `Wipo` for the official and Chinese names).
    pub(crate) kind: NameKind,
    pub(crate) placements: [Placement; 2],
}

/// A rank a key may give with a qualifier, and what the qualifier is
/// checked against.
#[derive(Clone, Copy)]
pub(crate) struct Naming {
    pub(crate) rank: u8,
    pub(crate) placement: &'static Placement,
}

impl Finding {
    /// The ranks it may give with a qualifier to choose: its own, then its
    /// alias rank.
    #[inline]
    pub(crate) fn ranks(&self) -> impl Iterator<Item = u8> {
        [Some(self.rank), self.alias_rank.map(NonZeroU8::get)]
            .into_iter()
            .flatten()
    }

    /// What the name is.
    #[inline]
    pub(crate) fn kind(&self) -> Option<NameKind> {
        KEY_FACTS.get(usize::from(self.facts)).map(|f| f.kind)
    }

    /// Its ranks with their placements: its own, then its alias rank's.
    #[inline]
    pub(crate) fn namings(&self) -> impl Iterator<Item = Naming> {
        let [own, alias] = match KEY_FACTS.get(usize::from(self.facts)) {
            Some(KeyFacts {
                placements: [own, alias],
                ..
            }) => [Some(own), Some(alias)],
            None => [None, None],
        };
        let own = own.map(|placement| Naming {
            rank: self.rank,
            placement,
        });
        let alias = self.alias_rank.zip(alias).map(|(rank, placement)| Naming {
            rank: rank.get(),
            placement,
        });
        own.into_iter().chain(alias)
    }

    /// The rank it gives alone, without a qualifier: none for a
    /// qualified-only key.
    #[inline]
    pub(crate) fn unqualified(&self) -> Option<u8> {
        (!self.qualified_only).then_some(self.rank)
    }
}

/// What a qualifier may mean: an economy, regions, or both (`ca` is
/// Canada and California, `sh` Shanghai and Schleswig-Holstein).
#[derive(Clone, Copy)]
pub(crate) struct Qualifier {
    pub(crate) key: KeyId,
    pub(crate) economy: Option<Economy>,
    pub(crate) regions: RegionList,
}

/// Regions, as a run of `REGION_LISTS`: 3 bytes where a slice would take
/// 16.
#[derive(Clone, Copy)]
pub(crate) struct RegionList {
    start: u16,
    len: u8,
}

impl RegionList {
    /// The regions, in order.
    #[inline]
    pub(crate) fn regions(self) -> &'static [u16] {
        let start = usize::from(self.start);
        REGION_LISTS
            .get(start..start + usize::from(self.len))
            .unwrap_or_default()
    }
}

/// Where the place a key names lies (none: wherever its cluster does),
/// and where its namesakes that count lie, which a qualifier must rule
/// out.
pub(crate) struct Placement {
    pub(crate) places: PlaceList,
    pub(crate) namesakes: PlaceList,
}

/// Places, as a run of `PLACE_LISTS`.
#[derive(Clone, Copy)]
pub(crate) struct PlaceList {
    start: u16,
    len: u8,
}

/// A place: a region, or an economy where the region is not known.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// An index into `data/regions.csv`'s regions.
    Region(u16),
    Economy(Economy),
}

/// In `PLACE_LISTS`, an economy's place is this plus its index in
/// [`Economy::ALL`] (`build/src/emit/key_facts.rs` writes it).
const ECONOMY_PLACE: u16 = 0x8000;

impl PlaceList {
    /// The places, in order.
    #[inline]
    pub(crate) fn places(self) -> impl Iterator<Item = Place> {
        let start = usize::from(self.start);
        PLACE_LISTS
            .get(start..start + usize::from(self.len))
            .unwrap_or_default()
            .iter()
            .filter_map(|&code| match code.checked_sub(ECONOMY_PLACE) {
                Some(economy) => Economy::ALL
                    .get(usize::from(economy))
                    .map(|&e| Place::Economy(e)),
                None => Some(Place::Region(code)),
            })
    }

    pub(crate) fn is_empty(self) -> bool {
        self.len == 0
    }
}

/// The economy of a region (an index into `data/regions.csv`'s regions).
#[inline]
pub(crate) fn region_economy(region: u16) -> Option<Economy> {
    REGION_ECONOMIES.get(usize::from(region)).copied()
}

/// An official or Chinese name, as written.
pub(crate) struct ExactName {
    pub(crate) rank: u8,
    /// The Chinese name rather than the official one.
    pub(crate) chinese: bool,
}

/// An alias rank in the generated rows: a rank, which is never 0.
const fn rank(rank: u8) -> NonZeroU8 {
    NonZeroU8::MIN.saturating_add(rank - 1)
}

#[allow(clippy::unreadable_literal)] // phf's generated hash seeds
mod generated {
    use super::{
        AsciiSuggestion, ExactName, Finding, KeyFacts, KeyId, NameKind, PlaceList, Placement,
        Qualifier, RegionList, rank,
    };
    use super::{Cluster, Economy, Location};
    use crate::economy::economy;

    include!(concat!(env!("OUT_DIR"), "/tables.rs"));
}

pub(crate) use generated::{
    ASCII_SUGGESTIONS, CLUSTER_CITY_REGIONS, CLUSTER_KEY_IDS, CLUSTER_REGIONS, CLUSTERS,
    ECONOMY_PAIRS, EXACT_FILTER, EXACT_NAMES, FINDINGS, KEY_BLOCK, KEY_BLOCKS, KEY_FILTER,
    KEY_TEXT, LONGEST_NAME, OTHER_SUGGESTIONS, QUALIFIER_FILTER, QUALIFIER_KEY_ENDS,
    QUALIFIER_KEYS, QUALIFIERS_BY_LENGTH,
};
use generated::{KEY_FACTS, PLACE_LISTS, REGION_ECONOMIES, REGION_LISTS};
