//! What one part of an address says: the place it names, the qualifier
//! it is, or, naming neither, what it is instead.

use super::cjk;
use super::words::{Kind, kind, names_an_institution};
use crate::lookup::forms::{self, has_initials, other_forms};
use crate::lookup::qualifier::{all_accept, in_capitals};
use crate::lookup::{place, query_buffer, readable};
use crate::tables::{Finding, NameKind, Qualifier};
use core::ops::Range;
use gii_clusters_keys::SEPARATOR;

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

/// What a part that may be an affiliation's own place says: the place
/// it names and where it is written in it, or what it is instead.
pub(super) struct Reading {
    /// The place, and where it is written in the part (`None`: its
    /// words, from the first that may name a place to the last).
    pub(super) place: Option<(Found, Option<Range<usize>>)>,
    pub(super) kind: Kind,
}

/// The place the key `key` of a part written `text` is, as a key (or
/// with a CJK suffix, or the words around a name), without the other
/// forms: what a qualifier at the end of an address may also be (`New
/// York`, `Tokyo`).
pub(super) fn place_key(key: &[u8], text: &str) -> Option<Found> {
    place(key).map(|found| keyed(found, key, text))
}

/// The place a part that is `qualifier` (its key `key`, written `text`)
/// also is: its own key as a cluster key (`New York`, `Tokyo`; read from
/// the qualifier, with no lookup), or a form of one that only a CJK key
/// or one of several words can take (`大阪府`).
pub(super) fn place_of_qualifier(qualifier: Qualifier, key: &[u8], text: &str) -> Option<Found> {
    if let Some(found) = qualifier.finding() {
        return Some(keyed(found, key, text));
    }
    let other_forms = key.last().is_some_and(|b| !b.is_ascii()) || key.contains(&SEPARATOR);
    other_forms.then(|| place_key(key, text)).flatten()
}

/// `found`, the place of the key `key` written `text`: an abbreviation
/// may be qualified only written in capitals.
fn keyed(found: &'static Finding, key: &[u8], text: &str) -> Found {
    // The capitals' test reads the text at every char: only a text
    // `by_name` would read.
    let capitals =
        found.kind() != Some(NameKind::Abbreviation) || readable(text) && in_capitals(key, text);
    Found::Key(found, capitals)
}

/// The qualifier a part of key `key` is (`MA`, `USA`, `P.R. China`).
pub(super) fn qualifier(key: &[u8]) -> Option<Qualifier> {
    Qualifier::of(key).or_else(|| with_initials_joined(key))
}

/// What the part written `text`, of key `key` (`None`: it has a char no
/// key has), says as a place: a key, an institution (whose name is not
/// read for a place), the other forms of a name (`Cambridge MA`), a CJK
/// address.
pub(super) fn read(key: Option<&[u8]>, text: &str) -> Reading {
    read_with(key, text, key.and_then(|key| place_key(key, text)), false)
}

/// [`read`], with what [`place_key`] found for the part; what the part
/// is when it names no place is found only if `kind` asks (it matters
/// only when qualifiers follow it).
pub(super) fn read_with(
    key: Option<&[u8]>,
    text: &str,
    keyed: Option<Found>,
    kind_asked: bool,
) -> Reading {
    let found = |found: Found| Reading {
        place: Some((found, None)),
        kind: Kind::Other,
    };
    let institution = |key: &[u8]| !starts_cjk(text) && names_an_institution(key, text);
    if let Some(key_found) = keyed {
        // A place in an institution's name is never read (`University of
        // Texas, Arlington`), even one that is a key.
        if key.is_some_and(institution) {
            return Reading {
                place: None,
                kind: Kind::Institution,
            };
        }
        return found(key_found);
    }
    let kind_of = |key: &[u8]| {
        if kind_asked {
            kind(key, text)
        } else {
            Kind::Other
        }
    };
    // A CJK address is read from its start, whatever it ends with
    // (`北京市海淀区清华大学`); its other forms (`浙江杭州`, `北京市`) are
    // what that reading tries.
    if starts_cjk(text) {
        return match cjk::head(text) {
            Some((head, span)) => Reading {
                place: Some((head, Some(span))),
                kind: Kind::Other,
            },
            None => Reading {
                place: None,
                kind: key.map_or_else(|| kind_of(&[]), kind_of),
            },
        };
    }
    let Some(key) = key else {
        return Reading {
            place: None,
            kind: Kind::Other,
        };
    };
    if institution(key) {
        return Reading {
            place: None,
            kind: Kind::Institution,
        };
    }
    // The other forms read a part as `by_name` reads a query: one longer
    // than its bound names nothing (and their capitals' test would read
    // it again at every char).
    match readable(text).then(|| other_forms(key, text)).flatten() {
        Some(rank) => found(Found::Rank(rank)),
        None => Reading {
            place: None,
            kind: kind_of(key),
        },
    }
}

/// Whether the first letter of `text` is CJK (an address written
/// largest unit first, which may end with an institution: `北京市海淀区
/// 清华大学`).
pub(super) fn starts_cjk(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(super::text::is_cjk)
}

/// The qualifier `key` is with its initials joined (`p r china` is `pr
/// china`, `u s a` is `usa`).
fn with_initials_joined(key: &[u8]) -> Option<Qualifier> {
    if !has_initials(key) {
        return None;
    }
    let mut joined = query_buffer();
    Qualifier::of(forms::with_initials_joined(key, &mut joined)?)
}
