//! [`Error`]: why a query found nothing.

use core::fmt;

use crate::lookup::MAX_QUERY_BYTES;
use crate::{Cluster, all};

/// Why [`parse`](crate::parse), `TryFrom<u8>` or `Economy`'s `FromStr`
/// found nothing.
///
/// Errors hold no heap data: they are `Copy`, cheap to create and to pass
/// around in `no_std` code, and can be compared and hashed. They implement
/// `core::error::Error` (the same trait as `std::error::Error`).
///
/// ```
/// use gii_clusters::{parse, Error};
/// assert_eq!(
///     parse("101").unwrap_err().to_string(),
///     "no cluster has rank 101: ranks run from 1 to 100"
/// );
/// assert!(matches!(parse("Atlantis"), Err(Error::UnknownName { .. })));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A number that is not a rank of the table (ranks run from 1 to
    /// `all().len()`).
    #[error("no cluster has {}: ranks run from 1 to {}", RankAsked(*.rank), all().len())]
    UnknownRank {
        /// The number asked for (`u64::MAX` for any number at least that
        /// large).
        rank: u64,
    },
    /// Text longer than any query is read (the bound of every entry point;
    /// see [the crate's rule for bad input](crate#bad-input)).
    ///
    /// ```
    /// use gii_clusters::{parse, Error};
    /// let long = "Beijing".repeat(1000);
    /// assert_eq!(parse(&long), Err(Error::TooLong));
    /// assert_eq!(long.parse::<gii_clusters::Economy>(), Err(Error::TooLong));
    /// ```
    #[error("the text is longer than any query is read ({MAX_QUERY_BYTES} bytes)")]
    TooLong,
    /// A name that is neither an official name nor an alias.
    #[error("no cluster has that name{}", DidYouMean(*.suggestion))]
    UnknownName {
        /// The closest cluster by spelling, if one is close enough.
        suggestion: Option<&'static Cluster>,
    },
    /// A name that is also another place's, far from the cluster, and so
    /// names the cluster only with a qualifier (the rule is in
    /// [`by_name`](crate::by_name)'s docs): `Pekin` is also Pekin,
    /// Illinois; `Pekin, China` finds Beijing.
    ///
    /// ```
    /// use gii_clusters::{parse, Error};
    /// let error = parse("Pekin").unwrap_err();
    /// assert!(matches!(error, Error::NeedsQualifier { cluster } if cluster.rank() == 4));
    /// assert_eq!(
    ///     error.to_string(),
    ///     "that name is also another place's; did you mean Beijing (rank 4)? \
    ///      add a qualifier: its economy or region"
    /// );
    /// assert_eq!(parse("Pekin, China").unwrap().rank(), 4);
    /// ```
    #[error(
        "that name is also another place's; did you mean {} (rank {})? add a qualifier: its economy or region",
        .cluster.name(), .cluster.rank()
    )]
    NeedsQualifier {
        /// The cluster the name gives with a qualifier that agrees.
        cluster: &'static Cluster,
    },
    /// Neither an alpha-2 or alpha-3 code nor a name of an economy of the
    /// ranking (an economy with no cluster, such as Namibia, is none).
    #[error("no economy of the ranking has that alpha-2 code, alpha-3 code or name")]
    UnknownEconomy,
}

/// Short: a cluster it carries shows as its rank and name, not every
/// field.
///
/// ```
/// let error = gii_clusters::parse("Beijng").unwrap_err();
/// assert_eq!(
///     format!("{error:?}"),
///     r#"UnknownName { suggestion: Some(Cluster { rank: 4, name: "Beijing", .. }) }"#
/// );
/// ```
impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Error::UnknownRank { rank } => {
                f.debug_struct("UnknownRank").field("rank", &rank).finish()
            }
            Error::UnknownName { suggestion } => f
                .debug_struct("UnknownName")
                .field("suggestion", &suggestion.map(Short))
                .finish(),
            Error::NeedsQualifier { cluster } => f
                .debug_struct("NeedsQualifier")
                .field("cluster", &Short(cluster))
                .finish(),
            Error::UnknownEconomy => f.write_str("UnknownEconomy"),
            Error::TooLong => f.write_str("TooLong"),
        }
    }
}

/// A cluster in an error's `Debug`: its rank and name.
struct Short(&'static Cluster);

impl fmt::Debug for Short {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Cluster")
            .field("rank", &self.0.rank())
            .field("name", &self.0.name())
            .finish_non_exhaustive()
    }
}

/// "rank 101", or "a rank that large" for a number past `u64`.
struct RankAsked(u64);

impl fmt::Display for RankAsked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            u64::MAX => f.write_str("a rank that large"),
            rank => write!(f, "rank {rank}"),
        }
    }
}

/// Formats "; did you mean Beijing (rank 4)?" or nothing.
struct DidYouMean(Option<&'static Cluster>);

impl fmt::Display for DidYouMean {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(c) => write!(f, "; did you mean {} (rank {})?", c.name(), c.rank()),
            None => Ok(()),
        }
    }
}
