//! What one part of an address says: the place it names, the qualifier
//! it is, or, naming neither, what it is instead.

use super::cjk;
use super::text::{key_buffer, part_key, word_span};
use super::words::{Kind, kind};
use crate::lookup::forms::other_forms;
use crate::lookup::place;
use crate::lookup::qualifier::{all_accept, in_capitals};
use crate::tables::{Finding, NameKind, Qualifier};
use core::ops::Range;
use gii_clusters_keys::join_initials;

/// A place a part names.
#[derive(Clone, Copy)]
pub(super) enum Found {
    /// A key: the qualifiers after it choose among its namings, by
    /// `by_name`'s rule. `false` for an abbreviation not written in
    /// capitals, which no qualifier may choose (`La, California`).
    Key(&'static Finding, bool),
    /// A rank a qualified form already chose (`Cambridge MA`, `浙江杭州`):
    /// the qualifiers after it need only agree.
    Rank(u8),
}

impl Found {
    /// The rank this place gives with `qualifiers` after it (none: the
    /// rank it gives alone).
    pub(super) fn rank(self, qualifiers: &[Qualifier]) -> Option<u8> {
        match self {
            Found::Key(finding, _) if qualifiers.is_empty() => finding.unqualified(),
            Found::Key(finding, may_qualify) => finding
                .namings()
                .find(|&n| may_qualify && all_accept(qualifiers, n))
                .map(|n| n.rank),
            Found::Rank(rank) => qualifiers.iter().all(|q| q.agrees(rank)).then_some(rank),
        }
    }
}

/// What a part says.
pub(super) struct Reading {
    /// The place it names.
    pub(super) place: Option<Found>,
    /// The qualifier it is (`MA 02139`, `USA`, `P.R. China`).
    pub(super) qualifier: Option<Qualifier>,
    /// What it is, when it names neither.
    pub(super) kind: Kind,
    /// It has no word that may name a place (`02139`).
    pub(super) empty: bool,
    /// Where its place is written in it (`München` in `80333 München`).
    pub(super) span: Range<usize>,
}

impl Reading {
    /// A part that is an economy and a place of it both (`Singapore`,
    /// `Hong Kong`): read as the place wherever it stands, since all of
    /// the economy lies in its cluster.
    pub(super) fn is_city_economy(&self) -> bool {
        self.place.is_some()
            && self.qualifier.is_some_and(|q| q.economy.is_some())
            && self
                .qualifier
                .is_some_and(|q| q.regions.regions().is_empty())
    }
}

/// What the part written `text` says.
pub(super) fn read(text: &str) -> Reading {
    let mut buffer = key_buffer();
    let key = part_key(text, &mut buffer);
    if key.is_some_and(<[u8]>::is_empty) {
        return Reading {
            place: None,
            qualifier: None,
            kind: Kind::Other,
            empty: true,
            span: 0..0,
        };
    }
    let latin = key.and_then(|key| {
        place(key)
            .map(|found| {
                let capitals =
                    found.kind() != Some(NameKind::Abbreviation) || in_capitals(key, text);
                Found::Key(found, capitals)
            })
            .or_else(|| other_forms(key, text).map(Found::Rank))
    });
    let (place, span) = match latin {
        Some(found) => (Some(found), word_span(text)),
        None => match cjk::head(text) {
            Some((found, span)) => (Some(found), span),
            None => (None, 0..0),
        },
    };
    let qualifier = key.and_then(|key| Qualifier::of(key).or_else(|| with_initials_joined(key)));
    let kind = match (place, qualifier, key) {
        (None, None, Some(key)) => kind(key, text),
        _ => Kind::Other,
    };
    Reading {
        place,
        qualifier,
        kind,
        empty: false,
        span,
    }
}

/// The qualifier `key` is with its initials joined (`p r china` is `pr
/// china`, `u s a` is `usa`).
fn with_initials_joined(key: &[u8]) -> Option<Qualifier> {
    let mut joined = key_buffer();
    let copy = joined.get_mut(..key.len())?;
    copy.copy_from_slice(key);
    let len = join_initials(copy);
    if len == key.len() {
        return None;
    }
    Qualifier::of(joined.get(..len)?)
}
