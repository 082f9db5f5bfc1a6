//! Qualified places: `Boston, MA`, `Cambridge, UK`, `Paris France`,
//! `Boston, MA, USA`. The qualifier chooses among the clusters the place
//! may name, and rules out every other: a qualifier that agrees with none
//! of them finds nothing.

use super::exact::qualifier_key;
use super::place::place;
use crate::tables::{
    CLUSTER_REGIONS, CLUSTERS, FINDINGS, Finding, NameKind, Naming, Place, Qualifier,
    region_economy,
};
use gii_clusters_keys::SEPARATOR;
use gii_clusters_keys::words::{MAX_QUALIFIER_WORDS, REGION_SUFFIXES};

impl Qualifier {
    /// What its key finds as a cluster key, if it is one too (`new york`,
    /// `tokyo`): the cluster keys come first among the keys, so a
    /// qualifier's key that is one has a `Finding` at its index.
    #[inline]
    pub(crate) fn finding(self) -> Option<&'static Finding> {
        FINDINGS.get(self.key.index())
    }

    /// The qualifier whose key is `key`, if any.
    #[inline]
    pub(crate) fn of(key: &[u8]) -> Option<Qualifier> {
        qualifier_key(key)
    }

    /// The qualifier `key` names, with or without a CJK region suffix
    /// (`大阪府` is `大阪`).
    pub(crate) fn of_cjk(key: &[u8]) -> Option<Qualifier> {
        Qualifier::of(key).or_else(|| {
            let stem = REGION_SUFFIXES
                .iter()
                .find_map(|suffix| key.strip_suffix(suffix.as_bytes()))?;
            let stem = stem.strip_suffix(&[SEPARATOR]).unwrap_or(stem);
            (!stem.is_empty()).then(|| Qualifier::of(stem)).flatten()
        })
    }

    /// Whether a key may give `naming`'s rank with this qualifier: some
    /// reading of it says where the key's place lies (the region of the
    /// city it names, or, for a key that names no one city, any place of
    /// its cluster), and no reading may hold one of its namesakes that
    /// count (`Frisco, US` finds nothing: Frisco, Texas is in the US too;
    /// `Cambridge, CA` reads Canada as well as California, and Cambridge,
    /// Ontario is in Canada).
    pub(crate) fn accepts(self, naming: Naming) -> bool {
        self.places(naming)
            && !naming
                .placement
                .namesakes
                .places()
                .any(|p| self.may_hold(p))
    }

    /// Whether a reading of this qualifier says where the place of
    /// `naming` lies (as [`accepts`](Self::accepts), namesakes aside).
    fn places(self, naming: Naming) -> bool {
        let places = naming.placement.places;
        if places.is_empty() {
            self.agrees(naming.rank)
        } else {
            places.places().any(|p| self.says(p))
        }
    }

    /// Whether a reading of this qualifier is where `place` lies: its
    /// region, or its economy.
    fn says(self, place: Place) -> bool {
        match place {
            Place::Region(r) => {
                self.regions.regions().contains(&r)
                    || self.economy.is_some_and(|e| region_economy(r) == Some(e))
            }
            Place::Economy(e) => self.economy == Some(e),
        }
    }

    /// Whether a reading of this qualifier may hold `place`: as
    /// [`says`](Self::says), and a region of the economy of a place
    /// whose region is not known.
    fn may_hold(self, place: Place) -> bool {
        match place {
            Place::Economy(e) => {
                self.economy == Some(e)
                    || self
                        .regions
                        .regions()
                        .iter()
                        .any(|&r| region_economy(r) == Some(e))
            }
            region @ Place::Region(_) => self.says(region),
        }
    }

    /// Whether the cluster of `rank` lies where this qualifier says: in
    /// its economy, or in one of its regions (those of the cluster's
    /// cities).
    pub(crate) fn agrees(self, rank: u8) -> bool {
        let index = usize::from(rank).wrapping_sub(1);
        let (Some(cluster), Some(lies_in)) = (CLUSTERS.get(index), CLUSTER_REGIONS.get(index))
        else {
            return false;
        };
        let in_economy = self
            .economy
            .is_some_and(|e| cluster.economies().contains(&e));
        in_economy
            || self
                .regions
                .regions()
                .iter()
                .any(|r| lies_in.regions().contains(r))
    }
}

/// The splits of `key` into a place and a qualifier of 1 to
/// [`MAX_QUALIFIER_WORDS`] words, shortest qualifier first.
pub(crate) fn splits(key: &[u8]) -> impl Iterator<Item = (&[u8], Qualifier)> {
    // Where the place ends: at each separator from the last, while the
    // qualifier has at most `MAX_QUALIFIER_WORDS` words.
    let mut end = last_separator(key);
    let mut words = 0;
    core::iter::from_fn(move || {
        while let Some(at) = end {
            words += 1;
            end = match words {
                MAX_QUALIFIER_WORDS => None,
                _ => last_separator(key.get(..at)?),
            };
            let (place, rest) = key.split_at_checked(at)?;
            if let Some(qualifier) = rest.get(1..).and_then(Qualifier::of) {
                return Some((place, qualifier));
            }
        }
        None
    })
}

/// The position of the last separator in `key`.
pub(crate) fn last_separator(key: &[u8]) -> Option<usize> {
    key.iter().rposition(|&b| b == SEPARATOR)
}

/// Whether the letters of `key` are written in `text` as capitals in a
/// row, periods and spaces aside (`LA`, `L.A.`, `N Y C`).
pub(crate) fn in_capitals(key: &[u8], text: &str) -> bool {
    let letters = || {
        key.iter()
            .filter(|b| b.is_ascii_alphabetic())
            .map(u8::to_ascii_uppercase)
    };
    let bytes = text.as_bytes();
    (0..bytes.len()).any(|start| {
        let mut written = bytes
            .get(start..)
            .unwrap_or_default()
            .iter()
            .filter(|&&b| b != b'.' && b != b' ');
        letters().all(|letter| written.next() == Some(&letter))
    })
}

/// The rank a key that starts with a CJK region finds, as Chinese,
/// Japanese and Korean write a place: region first, with or without a
/// separator or the region's suffix (`浙江杭州`, `陕西省西安市`,
/// `大阪府 大阪市`). Tried only for a key whose first char is not ASCII.
pub(crate) fn region_first(key: &[u8]) -> Option<u8> {
    if key.first().is_none_or(u8::is_ascii) {
        return None;
    }
    let text = core::str::from_utf8(key).ok()?;
    text.char_indices().skip(1).find_map(|(at, _)| {
        let (region, place_key) = key.split_at_checked(at)?;
        let region = region.strip_suffix(&[SEPARATOR]).unwrap_or(region);
        let place_key = place_key.strip_prefix(&[SEPARATOR]).unwrap_or(place_key);
        let qualifier = Qualifier::of_cjk(region)?;
        place(place_key)?
            .namings()
            .find(|&n| qualifier.accepts(n))
            .map(|n| n.rank)
    })
}

/// The rank a qualified `key` (of the query `text`) finds: the cluster
/// its place names that its qualifier, and an outer one if the place is
/// qualified again, accept. A place that is an abbreviation counts only
/// written in capitals (`LA, California`): in lower case it is a word of
/// other names (`La California`, in Argentina).
pub(crate) fn qualified(key: &[u8], text: &str) -> Option<u8> {
    each_reading(key, |place_key, qualifiers| {
        // `Boston, MA, USA`: a place that is no key may be qualified again.
        let Some(found) = place(place_key) else {
            return Reading::Again;
        };
        if found.kind() == Some(NameKind::Abbreviation) && !in_capitals(place_key, text) {
            return Reading::Next;
        }
        match found.namings().find(|&n| qualifiers.accepts(n)) {
            Some(naming) => Reading::Found(naming.rank),
            None => Reading::Next,
        }
    })
}

/// What a visit of one reading of a qualified query says.
pub(crate) enum Reading<T> {
    /// The answer: the walk ends.
    Found(T),
    /// Nothing here; the next reading.
    Next,
    /// Nothing here, but the place may be qualified again: its own
    /// readings next (only for a place read once).
    Again,
}

/// The qualifiers of one reading of a query: the one after the place,
/// and the outer one when the place was qualified again (`MA` and `USA`
/// in `Boston, MA, USA`).
#[derive(Clone, Copy)]
pub(crate) struct Qualifiers {
    inner: Qualifier,
    outer: Option<Qualifier>,
}

impl Qualifiers {
    /// Whether every qualifier of the reading accepts `naming`.
    pub(crate) fn accepts(self, naming: Naming) -> bool {
        match self.outer {
            Some(outer) => all_accept(&[self.inner, outer], naming),
            None => self.inner.accepts(naming),
        }
    }
}

/// Whether `qualifiers`, all of them, accept `naming`: each says where
/// its place lies, and each namesake that counts is ruled out by one of
/// them at least (`Cambridge, MA, USA`: Massachusetts rules out the
/// Cambridges elsewhere in the US, and the US those of Canada). None
/// accept nothing.
pub(crate) fn all_accept(qualifiers: &[Qualifier], naming: Naming) -> bool {
    !qualifiers.is_empty()
        && qualifiers.iter().all(|q| q.places(naming))
        && naming
            .placement
            .namesakes
            .places()
            .all(|p| qualifiers.iter().any(|q| !q.may_hold(p)))
}

/// Reads `key` as a place and its qualifiers, each way it splits
/// (`splits`), and, where `visit` answers [`Reading::Again`], each way
/// that place splits once more, qualified twice (`Boston, MA, USA`; no
/// deeper). The first [`Reading::Found`] ends the walk. The one walk over
/// the qualified forms: the lookup visits it with exact places, `suggest`
/// with the closest.
pub(crate) fn each_reading<T>(
    key: &[u8],
    mut visit: impl FnMut(&[u8], Qualifiers) -> Reading<T>,
) -> Option<T> {
    for (place_key, inner) in splits(key) {
        let once = Qualifiers { inner, outer: None };
        match visit(place_key, once) {
            Reading::Found(found) => return Some(found),
            Reading::Next => continue,
            Reading::Again => {}
        }
        for (inner_place, inner_qualifier) in splits(place_key) {
            let twice = Qualifiers {
                inner: inner_qualifier,
                outer: Some(inner),
            };
            if let Reading::Found(found) = visit(inner_place, twice) {
                return Some(found);
            }
        }
    }
    None
}
