//! The lookups: by rank, by name, by economy, and [`parse`] for text that
//! may be either.

use crate::data::{CLUSTERS, KEYS, LONGEST_KEY};
use crate::normalize::{fingerprint, le_word, normalize};
use crate::{Cluster, Economy, Error};

/// Normalization buffer: room for the longest key and a trailing
/// separator, rounded up to a power of two so that writing into it needs
/// no bounds checks (a longer key wraps around and is refused).
const QUERY_BUFFER: usize = (LONGEST_KEY + 2).next_power_of_two();

/// Longer queries are answered `None` without being read, so hostile
/// input costs nothing. Eight times the longest key leaves room for
/// padding, separator runs, accents written as combining marks,
/// apostrophes and full-width letters (3 bytes each).
pub(crate) const MAX_QUERY_BYTES: usize = 8 * LONGEST_KEY;

/// The cluster with this global rank, 1 to 100.
///
/// The table is stored in rank order, so this is one bounds-checked array
/// index.
///
/// ```
/// use gii_clusters::by_rank;
/// assert_eq!(by_rank(1).unwrap().name(), "Tokyo–Yokohama");
/// assert_eq!(by_rank(100).unwrap().name(), "Brisbane");
/// assert!(by_rank(0).is_none());
/// assert!(by_rank(101).is_none());
/// ```
#[inline]
#[must_use]
pub fn by_rank(rank: u8) -> Option<&'static Cluster> {
    // rank 0 wraps to usize::MAX, which is out of bounds like 101..=255.
    CLUSTERS.get(usize::from(rank).wrapping_sub(1))
}

/// The cluster with this name: its official English name, its Chinese
/// name, or any alias in `data/aliases.csv` (component cities, the name
/// without the US state, local and former names, Chinese, Japanese and
/// Korean spellings).
///
/// Matching ignores case, accents (`Zurich` = `Zürich`), apostrophes
/// (`Xian` = `Xi'an`), and treats every run of white space, hyphens, en
/// and em dashes, commas and periods as one separator, ignoring it at
/// either end. Anything else must match exactly. No allocation: the query
/// is normalized into a stack buffer, and a query of more than eight
/// times the longest key's length in bytes is answered `None` without
/// being read.
///
/// ```
/// use gii_clusters::by_name;
/// assert_eq!(by_name("Beijing").unwrap().rank(), 4);
/// assert_eq!(by_name("  SAN JOSE-SAN FRANCISCO,  ca ").unwrap().rank(), 6);
/// assert_eq!(by_name("München").unwrap().name(), "Munich");
/// assert_eq!(by_name("深圳").unwrap().rank(), 2);
/// // An official name wins over another cluster's alias:
/// assert_eq!(by_name("Cambridge").unwrap().rank(), 65);
/// assert!(by_name("Atlantis").is_none());
/// ```
#[must_use]
pub fn by_name(name: &str) -> Option<&'static Cluster> {
    if name.len() > MAX_QUERY_BYTES {
        return None;
    }
    let mut buffer = [0; QUERY_BUFFER];
    by_key(normalize(name, &mut buffer)?)
}

/// The cluster whose normalized key is exactly `key`.
#[inline]
pub(crate) fn by_key(key: &[u8]) -> Option<&'static Cluster> {
    let &(stored, rank) = KEYS.get(&fingerprint(key))?;
    // The map is keyed by fingerprint: a query with a colliding
    // fingerprint must not find another cluster.
    if same_bytes(stored.as_bytes(), key) {
        by_rank(rank)
    } else {
        None
    }
}

/// `a == b` for short slices, a word at a time and inline (a call to
/// `memcmp` costs more than the comparison of a key).
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let (a_words, b_words) = (a.chunks_exact(8), b.chunks_exact(8));
    let (a_tail, b_tail) = (a_words.remainder(), b_words.remainder());
    a_words.zip(b_words).all(|(x, y)| le_word(x) == le_word(y))
        && a_tail.iter().zip(b_tail).all(|(x, y)| x == y)
}

/// All 100 clusters, in rank order (`all()[r - 1]` has rank `r`).
///
/// ```
/// let all = gii_clusters::all();
/// assert_eq!(all.len(), 100);
/// assert!(all.iter().zip(1..).all(|(c, r)| c.rank() == r));
/// ```
#[inline]
#[must_use]
pub fn all() -> &'static [Cluster] {
    &CLUSTERS
}

/// The clusters of one economy, in global rank order. A cluster WIPO
/// lists for several economies appears under each of them.
///
/// ```
/// use gii_clusters::{in_economy, Economy};
/// let names: Vec<_> = in_economy(Economy::France).map(|c| c.name()).collect();
/// assert_eq!(names, ["Paris", "Lyon", "Basel"]);
/// assert_eq!(in_economy(Economy::China).count(), 24);
/// ```
pub fn in_economy(economy: Economy) -> impl Iterator<Item = &'static Cluster> {
    economy
        .data()
        .cluster_ranks
        .iter()
        .filter_map(|&rank| by_rank(rank))
}

/// Parses a rank (`"4"`, `"#4"`) or anything [`by_name`] accepts.
///
/// On failure the error says what was wrong, and for an unknown name
/// carries the closest cluster ([`suggest`](crate::suggest)).
///
/// # Errors
///
/// [`Error::UnknownRank`] for a number that is not a rank (0, 101, …),
/// [`Error::UnknownName`] for text that is no name or alias.
///
/// ```
/// use gii_clusters::{parse, Error};
/// assert_eq!(parse("#4").unwrap().name(), "Beijing");
/// assert_eq!(parse(" 4 ").unwrap().name(), "Beijing");
/// assert_eq!(parse("北京").unwrap().rank(), 4);
/// assert_eq!(
///     parse("Bejing").unwrap_err().to_string(),
///     "no cluster has that name; did you mean Beijing (rank 4)?"
/// );
/// assert!(matches!(parse("0"), Err(Error::UnknownRank { rank: 0, .. })));
/// ```
pub fn parse(s: &str) -> Result<&'static Cluster, Error> {
    let trimmed = s.trim();
    let digits = trimmed.strip_prefix('#').unwrap_or(trimmed);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        // More digits than u64 holds is no rank either: fall through to
        // the name lookup, which reports an unknown name.
        if let Ok(rank) = digits.parse::<u64>() {
            return u8::try_from(rank)
                .ok()
                .and_then(by_rank)
                .ok_or_else(|| unknown_rank(rank));
        }
    }
    by_name(s).ok_or_else(|| Error::UnknownName {
        suggestion: crate::suggest(s),
    })
}

fn unknown_rank(rank: u64) -> Error {
    Error::UnknownRank {
        rank,
        valid: 1..=u8::try_from(CLUSTERS.len()).unwrap_or(u8::MAX),
    }
}

/// Looks a cluster up by rank.
///
/// ```
/// use gii_clusters::Cluster;
/// let c: &Cluster = 4u8.try_into().unwrap();
/// assert_eq!(c.name(), "Beijing");
/// assert!(<&Cluster>::try_from(0u8).is_err());
/// ```
impl TryFrom<u8> for &'static Cluster {
    type Error = Error;

    fn try_from(rank: u8) -> Result<Self, Self::Error> {
        by_rank(rank).ok_or_else(|| unknown_rank(rank.into()))
    }
}

/// Parses with [`parse`]: a rank or a name, so that
/// `"Zürich".parse::<&Cluster>()` works (handy for command-line arguments).
///
/// ```
/// use gii_clusters::Cluster;
/// let zurich: &Cluster = "Zurich".parse().unwrap();
/// assert_eq!(zurich.rank(), 49);
/// assert_eq!("#49".parse::<&Cluster>(), Ok(zurich));
/// ```
impl core::str::FromStr for &'static Cluster {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s)
    }
}
