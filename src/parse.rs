//! Text to clusters and economies, with errors that say what was wrong:
//! [`parse`], and the `FromStr` and `TryFrom` impls built on it.

use core::str::FromStr;

use crate::lookup::{by_rank, economy_by_name, find, query_buffer, readable};
use crate::suggest::{closest_cluster, needs_qualifier};
use crate::{Cluster, Economy, Error};

/// Parses a rank (`"4"`, `"#4"`) or anything [`by_name`](crate::by_name) accepts.
///
/// On failure the error says what was wrong, and for an unknown name
/// carries the closest cluster ([`suggest`](crate::suggest)).
///
/// # Errors
///
/// [`Error::TooLong`] for text longer than any query is read,
/// [`Error::UnknownRank`] for a number that is not a rank (0, 101, …),
/// [`Error::NeedsQualifier`] for a name that finds its cluster only with
/// a qualifier (`Pekin`), [`Error::UnknownName`] for text that is no name
/// or alias.
///
/// ```
/// use gii_clusters::{parse, Error};
/// assert_eq!(parse("#4").unwrap().name(), "Beijing");
/// assert_eq!(parse(" 4 ").unwrap().name(), "Beijing");
/// assert_eq!(parse("北京").unwrap().rank(), 4);
/// assert_eq!(
///     parse("Beijng").unwrap_err().to_string(),
///     "no cluster has that name; did you mean Beijing (rank 4)?"
/// );
/// assert!(matches!(parse("0"), Err(Error::UnknownRank { rank: 0 })));
/// assert!(matches!(parse("Durham"), Err(Error::NeedsQualifier { cluster }) if cluster.rank() == 47));
/// ```
pub fn parse(s: &str) -> Result<&'static Cluster, Error> {
    if !readable(s) {
        return Err(Error::TooLong);
    }
    let trimmed = s.trim();
    let digits = ['#', '＃']
        .iter()
        .find_map(|&hash| trimmed.strip_prefix(hash))
        .unwrap_or(trimmed);
    if let Some(rank) = number(digits) {
        return u8::try_from(rank)
            .ok()
            .and_then(by_rank)
            .ok_or(Error::UnknownRank { rank });
    }
    named(s)
}

/// The number `text` writes in ASCII or full-width digits, leading zeros
/// and all, as names are read (`４` is `4`), `u64::MAX` for any number at
/// least that large; `None` if it is not all digits.
fn number(text: &str) -> Option<u64> {
    if text.is_empty() {
        return None;
    }
    text.chars().try_fold(0u64, |number, c| {
        let digit = match c {
            '0'..='9' => u32::from(c) - u32::from('0'),
            '０'..='９' => u32::from(c) - u32::from('０'),
            _ => return None,
        };
        Some(number.saturating_mul(10).saturating_add(u64::from(digit)))
    })
}

/// [`by_name`](crate::by_name), with the error [`parse`] gives for an unknown name: the
/// query is normalized once, for the lookup and the suggestion alike.
pub(crate) fn named(s: &str) -> Result<&'static Cluster, Error> {
    let mut buffer = query_buffer();
    find(s, &mut buffer).map_err(|len| {
        let key = len.and_then(|len| buffer.get(..len));
        match key.and_then(needs_qualifier) {
            Some(cluster) => Error::NeedsQualifier { cluster },
            None => Error::UnknownName {
                suggestion: key.and_then(closest_cluster),
            },
        }
    })
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
        by_rank(rank).ok_or(Error::UnknownRank { rank: rank.into() })
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
impl FromStr for &'static Cluster {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s)
    }
}

/// Parses an economy's alpha-2 or alpha-3 code, WIPO's name, its ISO
/// 3166-1 short and formal names (those no longer than the longest
/// cluster key), its everyday English names and abbreviations, its own
/// name for itself, or its Chinese, Japanese or Korean name (all in
/// [`data/economy_names.csv`](https://docs.rs/crate/gii-clusters/latest/source/data/economy_names.csv)), by the same matching rules as
/// [`by_name`](crate::by_name) (case, accents and punctuation ignored).
///
/// ```
/// use gii_clusters::Economy;
/// assert_eq!("de".parse(), Ok(Economy::Germany));
/// assert_eq!("KOR".parse(), Ok(Economy::Korea));
/// assert_eq!("Swiss Confederation".parse(), Ok(Economy::Switzerland));
/// assert_eq!("Deutschland".parse(), Ok(Economy::Germany));
/// assert_eq!("republic of korea".parse(), Ok(Economy::Korea));
/// assert_eq!("South Korea".parse(), Ok(Economy::Korea));
/// assert_eq!("U.S.".parse(), Ok(Economy::UnitedStates));
/// assert_eq!("UK".parse(), Ok(Economy::UnitedKingdom));
/// assert_eq!("Turkey".parse(), Ok(Economy::Turkiye));
/// assert_eq!("Россия".parse(), Ok(Economy::Russia));
/// assert_eq!("中国".parse(), Ok(Economy::China));
/// assert!("Atlantis".parse::<Economy>().is_err());
/// ```
impl FromStr for Economy {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if !readable(s) {
            return Err(Error::TooLong);
        }
        economy_by_name(s).ok_or(Error::UnknownEconomy)
    }
}
