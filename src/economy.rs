//! [`Economy`]: the countries and territories of the ranking.
//!
//! The enum itself is generated from `data/economies.csv`.

use core::fmt;
use core::str::FromStr;

use crate::Error;
use crate::data::{ECONOMIES, Economy, economy_from_upper_alpha2};
use crate::normalize::normalize_chars;

/// Generated per-economy data; see `build.rs`.
pub(crate) struct EconomyData {
    pub(crate) alpha2: &'static str,
    pub(crate) name: &'static str,
    pub(crate) name_zh: Option<&'static str>,
    /// Ranks of the economy's clusters, in rank order.
    pub(crate) cluster_ranks: &'static [u8],
}

/// Longest economy name a `FromStr` query may normalize to; longer input
/// cannot match and is not read further.
const LONGEST_NAME: usize = 64;

impl Economy {
    #[inline]
    pub(crate) fn data(self) -> &'static EconomyData {
        // The enum and ECONOMIES are generated together, one entry per
        // variant in variant order, so the discriminant is always in bounds.
        &ECONOMIES[self as usize]
    }

    /// The economy with this ISO 3166-1 alpha-2 code, in any case.
    ///
    /// ```
    /// use gii_clusters::Economy;
    /// assert_eq!(Economy::from_alpha2("DE"), Some(Economy::Germany));
    /// assert_eq!(Economy::from_alpha2("hk"), Some(Economy::HongKong));
    /// assert_eq!(Economy::from_alpha2("XX"), None);
    /// assert_eq!(Economy::from_alpha2("DEU"), None);
    /// ```
    #[must_use]
    pub fn from_alpha2(code: &str) -> Option<Economy> {
        let &[a, b] = code.as_bytes() else {
            return None;
        };
        economy_from_upper_alpha2([a.to_ascii_uppercase(), b.to_ascii_uppercase()])
    }

    /// The ISO 3166-1 alpha-2 code, upper case.
    ///
    /// ```
    /// assert_eq!(gii_clusters::Economy::UnitedKingdom.alpha2(), "GB");
    /// ```
    #[inline]
    #[must_use]
    pub fn alpha2(self) -> &'static str {
        self.data().alpha2
    }

    /// WIPO's English name, as the GII 2023 tables write it.
    ///
    /// ```
    /// use gii_clusters::Economy;
    /// assert_eq!(Economy::Netherlands.name(), "Netherlands (Kingdom of the)");
    /// assert_eq!(Economy::Turkiye.name(), "Türkiye");
    /// ```
    #[inline]
    #[must_use]
    pub fn name(self) -> &'static str {
        self.data().name
    }

    /// The economy's name in Chinese, where the data has one.
    ///
    /// ```
    /// assert_eq!(gii_clusters::Economy::China.name_zh(), Some("中国"));
    /// ```
    #[inline]
    #[must_use]
    pub fn name_zh(self) -> Option<&'static str> {
        self.data().name_zh
    }
}

/// Writes WIPO's English name.
///
/// ```
/// assert_eq!(gii_clusters::Economy::Iran.to_string(), "Iran (Islamic Republic of)");
/// ```
impl fmt::Display for Economy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// Parses an alpha-2 code (any case), WIPO's English name or the Chinese
/// name, with the same spelling rules as [`by_name`](crate::by_name).
///
/// ```
/// use gii_clusters::Economy;
/// assert_eq!("de".parse(), Ok(Economy::Germany));
/// assert_eq!("republic of korea".parse(), Ok(Economy::Korea));
/// assert_eq!("Turkiye".parse(), Ok(Economy::Turkiye));
/// assert_eq!("中国".parse(), Ok(Economy::China));
/// assert!("Atlantis".parse::<Economy>().is_err());
/// ```
impl FromStr for Economy {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Some(economy) = Economy::from_alpha2(s.trim()) {
            return Ok(economy);
        }
        if s.len() > 4 * LONGEST_NAME {
            return Err(Error::UnknownEconomy);
        }
        let mut query = [0; LONGEST_NAME];
        let query = name_key(s, &mut query).ok_or(Error::UnknownEconomy)?;
        Economy::ALL
            .into_iter()
            .find(|e| {
                let same = |text: &str| name_key(text, &mut [0; LONGEST_NAME]) == Some(query);
                same(e.name()) || e.name_zh().is_some_and(same)
            })
            .ok_or(Error::UnknownEconomy)
    }
}

/// An economy name's key: [`normalize_chars`] with parentheses read as
/// separators, since WIPO's names have them ("Iran (Islamic Republic of)")
/// and cluster names never need them.
fn name_key<'o>(text: &str, out: &'o mut [u8; LONGEST_NAME]) -> Option<&'o [u8]> {
    let chars = text
        .chars()
        .map(|c| if matches!(c, '(' | ')') { ' ' } else { c });
    normalize_chars(chars, out)
}
