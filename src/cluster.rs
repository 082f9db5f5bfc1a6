//! [`Cluster`]: one row of the ranking.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};

use crate::{Economy, Location};

/// One of the top 100 science and technology clusters of the Global
/// Innovation Index 2023.
///
/// Every `Cluster` is a `&'static` item of the crate's table: get one with
/// [`by_rank`](crate::by_rank), [`by_name`](crate::by_name),
/// [`all`](crate::all) or [`in_economy`](crate::in_economy). Two clusters are
/// equal when they have the same rank, and ordered by rank. The accessors
/// are `const fn`.
///
/// ```
/// use gii_clusters::{by_rank, Cluster};
/// let beijing = gii_clusters::by_name("beijing").unwrap();
/// assert_eq!(beijing.rank(), 4);
/// assert_eq!(beijing.to_string(), "Beijing");
/// const TOP: &str = match by_rank(1) {
///     Some(c) => c.name(),
///     None => "",
/// };
/// assert_eq!(TOP, "Tokyo–Yokohama");
/// ```
///
/// # serde
///
/// With the `serde` feature, `Cluster` implements `Serialize` and
/// `&'static Cluster` implements `Deserialize`, without allocating.
///
/// **What it writes.** In human-readable formats (JSON, YAML, TOML, …) an
/// object with these keys, in this order: `rank`, `name`, `economies`
/// (alpha-2 codes), `national_ranks` (alpha-2 code to
/// [national rank](Self::rank_in)), `name_zh` (`null` outside the Chinese
/// list, so that every object has the same keys), `brief_url`,
/// `brief_url_inferred` and `location` (see [`Location`]). In compact
/// formats (postcard, bincode, …) its rank, one `u8`.
///
/// **What it reads back**, as a reference into the crate's table:
///
/// * in human-readable formats, the object (found by `rank`, or by `name`
///   when it has no `rank`; a `name` of another cluster is an error; the
///   other keys it writes are accepted and not read; an unknown or
///   repeated key is an error), an integer rank, or any string
///   [`parse`](crate::parse) accepts (`"4"`, `"#4"`, `"München"`, `"北京"`);
/// * in compact formats, the rank.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use gii_clusters::{by_rank, Cluster};
///
/// let beijing = by_rank(4).unwrap();
/// assert_eq!(
///     serde_json::to_value(beijing)?,
///     serde_json::json!({
///         "rank": 4,
///         "name": "Beijing",
///         "economies": ["CN"],
///         "national_ranks": {"CN": 2},
///         "name_zh": "北京",
///         "brief_url": "https://www.wipo.int/global_innovation_index/en/docs/2023/cn-beijing.pdf",
///         "brief_url_inferred": false,
///         "location": {"latitude": 39.9075, "longitude": 116.3972}
///     })
/// );
/// let read = |json: &str| serde_json::from_str::<&Cluster>(json);
/// assert_eq!(read(&serde_json::to_string(beijing)?)?, beijing);
/// assert_eq!(read(r#"{"rank": 4}"#)?, beijing);
/// assert_eq!(read("4")?, beijing);
/// assert_eq!(read(r#""北京""#)?, beijing);
/// assert!(read(r#"{"rank": 4, "name": "Shanghai"}"#).is_err());
///
/// // Compact: the rank.
/// let mut buffer = [0u8; 4];
/// assert_eq!(postcard::to_slice(beijing, &mut buffer).unwrap(), [4]);
/// assert_eq!(postcard::from_bytes::<&Cluster>(&[4]).unwrap(), beijing);
/// # }
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug)]
pub struct Cluster {
    pub(crate) id: &'static str,
    pub(crate) rank: u8,
    pub(crate) name: &'static str,
    pub(crate) economies: &'static [Economy],
    /// `national_ranks[i]` is the rank within `economies[i]`.
    pub(crate) national_ranks: &'static [u8],
    pub(crate) name_zh: Option<&'static str>,
    pub(crate) brief_url: &'static str,
    pub(crate) brief_url_inferred: bool,
    pub(crate) location: Location,
}

impl Cluster {
    /// WIPO's own id of the cluster: the slug its brief is filed under
    /// (`cn-beijing` for `…/2023/cn-beijing.pdf`), its economies' codes
    /// and its name.
    ///
    /// The id is stable across editions, where the rank is not: WIPO
    /// files a cluster's brief under the same slug each year, and this
    /// crate's data files join on it. Store a cluster by its id to find it
    /// again in a later edition's data. An id is lower-case ASCII letters,
    /// digits and hyphens.
    ///
    /// ```
    /// use gii_clusters::{all, by_name};
    /// let beijing = by_name("Beijing").unwrap();
    /// assert_eq!(beijing.id(), "cn-beijing");
    /// // Back from a stored id:
    /// let stored = "us-san-jose-san-francisco";
    /// let found = all().iter().find(|c| c.id() == stored).unwrap();
    /// assert_eq!(found.name(), "San Jose–San Francisco, CA");
    /// ```
    #[inline]
    #[must_use]
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The global rank, 1 to 100.
    ///
    /// ```
    /// assert_eq!(gii_clusters::by_name("Tokyo").unwrap().rank(), 1);
    /// ```
    #[inline]
    #[must_use]
    pub const fn rank(&self) -> u8 {
        self.rank
    }

    /// The official English name, as WIPO writes it (en dashes between the
    /// cities of a multi-city cluster, US state after a comma).
    ///
    /// ```
    /// assert_eq!(gii_clusters::by_rank(17).unwrap().name(), "Washington, DC–Baltimore, MD");
    /// ```
    #[inline]
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The economies WIPO lists for the cluster; several for a cluster that
    /// crosses a border, in the order of its brief's file name
    /// (`ch-de-fr-basel.pdf`), except Singapore's, which keeps the order of
    /// WIPO's table ("Singapore/Malaysia") though its brief is
    /// `my-sg-singapore.pdf`.
    ///
    /// ```
    /// use gii_clusters::{by_name, Economy};
    /// assert_eq!(
    ///     by_name("Basel").unwrap().economies(),
    ///     [Economy::Switzerland, Economy::Germany, Economy::France]
    /// );
    /// assert_eq!(
    ///     by_name("Singapore").unwrap().economies(),
    ///     [Economy::Singapore, Economy::Malaysia]
    /// );
    /// ```
    #[inline]
    #[must_use]
    pub const fn economies(&self) -> &'static [Economy] {
        self.economies
    }

    /// The Chinese name from the Chinese list of China's 24 clusters, for
    /// those clusters; `None` for the others.
    ///
    /// The Chinese list names the Shenzhen–Hong Kong–Guangzhou cluster `香港`.
    ///
    /// ```
    /// use gii_clusters::by_rank;
    /// assert_eq!(by_rank(4).unwrap().name_zh(), Some("北京"));
    /// assert_eq!(by_rank(2).unwrap().name_zh(), Some("香港"));
    /// assert_eq!(by_rank(1).unwrap().name_zh(), None);
    /// ```
    #[inline]
    #[must_use]
    pub const fn name_zh(&self) -> Option<&'static str> {
        self.name_zh
    }

    /// The URL of WIPO's two-page brief on the cluster (a PDF).
    ///
    /// ```
    /// assert_eq!(
    ///     gii_clusters::by_rank(4).unwrap().brief_url(),
    ///     "https://www.wipo.int/global_innovation_index/en/docs/2023/cn-beijing.pdf"
    /// );
    /// ```
    #[inline]
    #[must_use]
    pub const fn brief_url(&self) -> &'static str {
        self.brief_url
    }

    /// `true` when [`brief_url`](Self::brief_url) was not given by the
    /// source but inferred from WIPO's naming pattern (only Brisbane, rank
    /// 100). See [`data/SOURCES.md`](https://docs.rs/crate/gii-clusters/latest/source/data/SOURCES.md).
    ///
    /// ```
    /// use gii_clusters::by_rank;
    /// assert!(by_rank(100).unwrap().brief_url_inferred());
    /// assert!(!by_rank(99).unwrap().brief_url_inferred());
    /// ```
    #[inline]
    #[must_use]
    pub const fn brief_url_inferred(&self) -> bool {
        self.brief_url_inferred
    }

    /// Where the cluster is: the point of the first city its official name
    /// lists, from GeoNames (a cluster is an area, so this is an
    /// approximation). See [`Location`] and, with `std`,
    /// [`nearest`].
    ///
    /// ```
    /// let basel = gii_clusters::by_name("Basel").unwrap().location();
    /// assert!((basel.latitude - 47.56).abs() < 0.01);
    /// ```
    #[cfg_attr(feature = "std", doc = "[`nearest`]: crate::nearest")]
    #[cfg_attr(not(feature = "std"), doc = "[`nearest`]: crate#features")]
    #[inline]
    #[must_use]
    pub const fn location(&self) -> Location {
        self.location
    }

    /// The national rank within `economy`, or `None` if the cluster is not
    /// in that economy.
    ///
    /// For China it is the order (序号) of the Chinese list of China's 24
    /// clusters; for every other economy, the position among that
    /// economy's clusters in global rank order.
    ///
    /// ```
    /// use gii_clusters::{by_name, Economy};
    /// let sz_hk_gz = by_name("Shenzhen").unwrap();
    /// assert_eq!(sz_hk_gz.rank_in(Economy::China), Some(1));
    /// assert_eq!(sz_hk_gz.rank_in(Economy::HongKong), Some(1));
    /// assert_eq!(by_name("Basel").unwrap().rank_in(Economy::Germany), Some(8));
    /// assert_eq!(by_name("Basel").unwrap().rank_in(Economy::Japan), None);
    /// ```
    #[must_use]
    pub const fn rank_in(&self, economy: Economy) -> Option<u8> {
        let mut i = 0;
        while i < self.economies.len() && i < self.national_ranks.len() {
            if self.economies[i] as u8 == economy as u8 {
                return Some(self.national_ranks[i]);
            }
            i += 1;
        }
        None
    }
}

/// Clusters are identified by rank: equality, order and hash are the
/// rank's, so sorting clusters sorts them by rank.
///
/// ```
/// use gii_clusters::by_name;
/// let mut picks = vec![by_name("Paris").unwrap(), by_name("Tokyo").unwrap()];
/// picks.sort();
/// assert_eq!(picks[0].name(), "Tokyo–Yokohama");
/// assert!(by_name("Seoul").unwrap() < by_name("Beijing").unwrap());
/// ```
impl PartialEq for Cluster {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.rank == other.rank
    }
}

impl Eq for Cluster {}

impl PartialOrd for Cluster {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Cluster {
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        self.rank.cmp(&other.rank)
    }
}

impl Hash for Cluster {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.rank.hash(state);
    }
}

/// Writes the official English name.
///
/// ```
/// let c = gii_clusters::by_rank(98).unwrap();
/// assert_eq!(format!("{c} (#{})", c.rank()), "Göteborg (#98)");
/// ```
impl fmt::Display for Cluster {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name)
    }
}
