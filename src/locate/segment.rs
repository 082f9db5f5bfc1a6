//! One affiliation, read from its end as addresses are written (the
//! economy last, the region before it, the city before that): its own
//! place, and the qualifier that ends it, which governs every other place
//! it names.

use super::reading::{
    Found, Reading, place_key, place_of_qualifier, qualifier, read_with, starts_cjk,
};
use super::text::{part_key, parts_back, trim, word_span};
use super::words::Kind;
use crate::lookup::query_buffer;
use crate::tables::{CLUSTER_CITY_REGIONS, Qualifier};
use core::ops::Range;
use gii_clusters_keys::MAX_KEY_BYTES;

/// A place's key is at most this long, with the words around a name
/// (`Greater …`, `… Metropolitan Area`).
const LONGEST_PLACE: usize = 2 * MAX_KEY_BYTES;

/// A place is read with at most this many qualifiers after it (`Boston,
/// Suffolk, MA, USA`).
pub(super) const MAX_QUALIFIERS: usize = 4;

/// A place a text names, the cluster it gives, and the qualifiers after
/// it that agreed, in the order written.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) struct Decided {
    pub(super) rank: u8,
    pub(super) place: Written,
    pub(super) qualifiers: [Range<usize>; MAX_QUALIFIERS],
    pub(super) count: usize,
}

/// What an affiliation says.
pub(super) struct Segment {
    /// Its own place, when the place decides a cluster.
    pub(super) own: Option<Decided>,
    /// Where the parts that come before its own place end: the other
    /// places it names are read up to here.
    pub(super) others_end: usize,
    /// The qualifier its last part is, which every other place must
    /// agree with (`…, Beijing, …, USA` names no Beijing).
    pub(super) ending: Option<(Qualifier, Range<usize>)>,
}

/// A part of the run: its qualifier, where it is written, and the place
/// it may also be with where that is written.
type RunPart = (Qualifier, Range<usize>, Option<(Found, Written)>);

/// The qualifiers at the end of a segment, last first, with the place
/// each may also be (`New York`, `Washington`, `Tokyo`).
struct Run {
    parts: [Option<RunPart>; MAX_QUALIFIERS],
    len: usize,
}

impl Run {
    /// The qualifiers of the parts after the `index`th from the end
    /// (those before it in the run), and their ranges in the order
    /// written.
    fn after(
        &self,
        index: usize,
    ) -> Option<([Qualifier; MAX_QUALIFIERS], [Range<usize>; MAX_QUALIFIERS])> {
        let mut qualifiers = None::<[Qualifier; MAX_QUALIFIERS]>;
        let mut ranges: [Range<usize>; MAX_QUALIFIERS] = Default::default();
        for (at, entry) in self.parts.get(..index)?.iter().enumerate() {
            let (qualifier, range, _) = entry.as_ref()?;
            let all = qualifiers.get_or_insert([*qualifier; MAX_QUALIFIERS]);
            *all.get_mut(at)? = *qualifier;
            *ranges.get_mut(index - 1 - at)? = range.clone();
        }
        qualifiers.map(|q| (q, ranges))
    }

    /// Whether a part after the `index`th from the end is a region that is
    /// not `named` (`NY` after `New York`): with it, the part is the city.
    fn confirms(&self, index: usize, named: Qualifier) -> bool {
        self.parts
            .get(..index)
            .unwrap_or_default()
            .iter()
            .flatten()
            .any(|(q, _, _)| !q.regions.regions().is_empty() && q.key.index() != named.key.index())
    }

    /// The place the `index`th part from the end names with the parts
    /// after it as its qualifiers.
    fn decide(&self, index: usize, place: Found, range: Written) -> Option<Decided> {
        let (rank, qualifiers) = match self.after(index) {
            Some((qualifiers, ranges)) => (place.rank(qualifiers.get(..index)?)?, ranges),
            None => (place.rank(&[])?, Default::default()),
        };
        Some(Decided {
            rank,
            place: range,
            qualifiers,
            count: index,
        })
    }
}

/// What the segment `segment` of `text` says.
pub(super) fn decide(text: &str, segment: Range<usize>) -> Segment {
    let mut run = Run {
        parts: Default::default(),
        len: 0,
    };
    let mut buffer = query_buffer();
    let mut own = None::<(Range<usize>, Reading)>;
    for part in parts_back(text, segment.clone()) {
        let written = text.get(part.clone()).unwrap_or_default();
        // A CJK address longer than any key is read from its start
        // alone (`東京都文京区本郷7-3-1`): its key would name nothing.
        let key = if written.len() > MAX_KEY_BYTES && starts_cjk(written) {
            None
        } else {
            part_key(written, &mut buffer)
        };
        if key.is_some_and(<[u8]>::is_empty) {
            continue;
        }
        // No place or qualifier key is longer.
        let short = key.filter(|key| key.len() <= LONGEST_PLACE);
        let qualifier = short.and_then(qualifier);
        let place = short.and_then(|key| match qualifier {
            Some(qualifier) => place_of_qualifier(qualifier, key, written),
            None => place_key(key, written),
        });
        let city_economy = place.is_some()
            && qualifier.is_some_and(|q| q.economy.is_some() && q.regions.regions().is_empty());
        if let (Some(qualifier), false) = (qualifier, city_economy) {
            if let Some(slot) = run.parts.get_mut(run.len) {
                let span = place.map(|p| (p, Written::Part(part.clone())));
                *slot = Some((qualifier, trim(text, part), span));
                run.len += 1;
                continue;
            }
        }
        own = Some((part.clone(), read_with(key, written, place, run.len > 0)));
        break;
    }
    let ending = run
        .parts
        .first()
        .and_then(Option::as_ref)
        .map(|(q, range, _)| (*q, range.clone()));
    let (decided, others_end) = match own {
        Some((
            part,
            Reading {
                place: Some((place, span)),
                ..
            },
        )) => (
            run.decide(run.len, place, Written::of(&part, span)),
            part.start,
        ),
        Some((part, reading)) if reading.kind == Kind::Other => (None, part.end),
        Some((part, _)) => fallback(&run, part.end),
        None => fallback(&run, segment.start),
    };
    Segment {
        own: decided,
        others_end,
        ending,
    }
}

/// Where a place is written: a part, whose words that may name a place
/// are found only when asked (`locate` never asks), or a range of it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) enum Written {
    Part(Range<usize>),
    Exact(Range<usize>),
}

impl Written {
    /// Where the place read in the part at `part` is written: `span`
    /// of it, or (`None`) its words.
    pub(super) fn of(part: &Range<usize>, span: Option<Range<usize>>) -> Written {
        match span {
            Some(span) => Written::Exact(part.start + span.start..part.start + span.end),
            None => Written::Part(part.clone()),
        }
    }

    /// Its range in `text`.
    pub(super) fn range(&self, text: &str) -> Range<usize> {
        match self {
            Written::Part(part) => {
                let words = word_span(text.get(part.clone()).unwrap_or_default());
                part.start + words.start..part.start + words.end
            }
            Written::Exact(range) => range.clone(),
        }
    }
}

/// When the part before the qualifiers names no place but is an
/// institution or a unit within a city (or there is none), the place is
/// the first of the qualifiers that is also a place, with the ones after
/// it as its qualifiers, if it is the city: its region is one of the
/// cluster's city regions (`Tsinghua University, Beijing, China`;
/// `Bunkyo-ku, Tokyo, Japan`), or a region after it says the city is
/// meant (`Columbia University, New York, NY, USA`); a state around a
/// city is not (`University of Rochester, New York, USA`).
fn fallback(run: &Run, before: usize) -> (Option<Decided>, usize) {
    let first_place = (0..run.len).rev().find_map(|index| {
        let (named, range, place) = run.parts.get(index)?.as_ref()?;
        let (place, span) = place.clone()?;
        Some((index, *named, place, span, range.start))
    });
    match first_place {
        Some((index, named, place, span, start)) => {
            let decided = run
                .decide(index, place, span)
                .filter(|d| is_the_city(named, d.rank) || run.confirms(index, named));
            (decided, start)
        }
        None => (None, before),
    }
}

/// Whether a region `named` reads is one of the city regions of the
/// cluster of `rank` (`data/city_regions.csv`).
fn is_the_city(named: Qualifier, rank: u8) -> bool {
    let Some(city) = CLUSTER_CITY_REGIONS.get(usize::from(rank).wrapping_sub(1)) else {
        return false;
    };
    named
        .regions
        .regions()
        .iter()
        .any(|r| city.regions().contains(r))
}
