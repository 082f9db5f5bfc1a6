//! [`Economy`]: the countries and territories of the ranking.
//!
//! The variants are written here, one per row of [`data/economies.csv`](https://docs.rs/crate/gii-clusters/latest/source/data/economies.csv);
//! the build writes one row per economy, and the `economies!` macro below
//! turns the rows into [`Economy::ALL`] and the per-economy table. Parsing names
//! (`FromStr`) lives in `parse.rs`, with the other parsers.

use core::fmt;

/// What the table knows of one economy.
pub(crate) struct EconomyData {
    pub(crate) alpha2: &'static str,
    pub(crate) alpha3: &'static str,
    pub(crate) name: &'static str,
    pub(crate) short_name: &'static str,
    pub(crate) name_zh: &'static str,
    /// Indexes (rank - 1) of the economy's clusters, in rank order.
    pub(crate) clusters: &'static [u8],
}

// The enum is written here, not generated: the data holds no Rust. The
// generated tables name an economy by its alpha-2 code through
// `economy!`, and `economies!` checks that the table's rows and the
// variants stand in the same order.

/// An economy (country or territory) that WIPO lists for at least one
/// cluster.
///
/// One variant per row of the package's [`data/economies.csv`](https://docs.rs/crate/gii-clusters/latest/source/data/economies.csv), in the
/// same order (by ISO 3166-1 alpha-2 code); more may come with a new
/// edition.
///
/// ```
/// use gii_clusters::{in_economy, Economy};
/// let korea: Economy = "South Korea".parse().unwrap();
/// assert_eq!(korea, Economy::Korea);
/// assert_eq!(korea.to_string(), "South Korea");
/// assert_eq!(korea.wipo_name(), "Republic of Korea");
/// assert_eq!(in_economy(korea).len(), 4);
/// ```
///
/// # serde
///
/// With the `serde` feature, `Economy` implements `Serialize` and
/// `Deserialize`. It writes its alpha-2 code (`"DE"`) in every
/// format, human-readable or compact, a code that stays the same
/// across versions. It reads back anything its `FromStr` accepts:
/// the code in any case or any of its names (`"de"`, `"Germany"`,
/// `"Deutschland"`, `"德国"`); anything else is an error that
/// repeats the text.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use gii_clusters::Economy;
///
/// assert_eq!(serde_json::to_string(&Economy::Germany)?, r#""DE""#);
/// assert_eq!(serde_json::from_str::<Economy>(r#""Deutschland""#)?, Economy::Germany);
/// assert!(serde_json::from_str::<Economy>(r#""Atlantis""#).is_err());
///
/// let mut buffer = [0u8; 4];
/// let bytes = postcard::to_slice(&Economy::Germany, &mut buffer).unwrap();
/// assert_eq!(bytes, [2, b'D', b'E']);
/// assert_eq!(postcard::from_bytes::<Economy>(bytes).unwrap(), Economy::Germany);
/// # }
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Economy {
    /// Austria (AT)
    Austria,
    /// Australia (AU)
    Australia,
    /// Belgium (BE)
    Belgium,
    /// Brazil (BR)
    Brazil,
    /// Canada (CA)
    Canada,
    /// Switzerland (CH)
    Switzerland,
    /// China (CN)
    China,
    /// Germany (DE)
    Germany,
    /// Denmark (DK)
    Denmark,
    /// Spain (ES)
    Spain,
    /// Finland (FI)
    Finland,
    /// France (FR)
    France,
    /// United Kingdom (GB)
    UnitedKingdom,
    /// Hong Kong, China (HK)
    HongKong,
    /// Israel (IL)
    Israel,
    /// India (IN)
    India,
    /// Iran (Islamic Republic of) (IR)
    Iran,
    /// Italy (IT)
    Italy,
    /// Japan (JP)
    Japan,
    /// Republic of Korea (KR)
    Korea,
    /// Malaysia (MY)
    Malaysia,
    /// Netherlands (Kingdom of the) (NL)
    Netherlands,
    /// Poland (PL)
    Poland,
    /// Russian Federation (RU)
    Russia,
    /// Sweden (SE)
    Sweden,
    /// Singapore (SG)
    Singapore,
    /// Türkiye (TR)
    Turkiye,
    /// Taiwan (Province of China) (TW)
    Taiwan,
    /// United States (US)
    UnitedStates,
}

/// The variant of an alpha-2 code of `data/economies.csv`, for the
/// generated tables; a code with no variant fails to compile.
#[rustfmt::skip] // a table: one code a line
macro_rules! economy {
    ("AT") => { Economy::Austria };
    ("AU") => { Economy::Australia };
    ("BE") => { Economy::Belgium };
    ("BR") => { Economy::Brazil };
    ("CA") => { Economy::Canada };
    ("CH") => { Economy::Switzerland };
    ("CN") => { Economy::China };
    ("DE") => { Economy::Germany };
    ("DK") => { Economy::Denmark };
    ("ES") => { Economy::Spain };
    ("FI") => { Economy::Finland };
    ("FR") => { Economy::France };
    ("GB") => { Economy::UnitedKingdom };
    ("HK") => { Economy::HongKong };
    ("IL") => { Economy::Israel };
    ("IN") => { Economy::India };
    ("IR") => { Economy::Iran };
    ("IT") => { Economy::Italy };
    ("JP") => { Economy::Japan };
    ("KR") => { Economy::Korea };
    ("MY") => { Economy::Malaysia };
    ("NL") => { Economy::Netherlands };
    ("PL") => { Economy::Poland };
    ("RU") => { Economy::Russia };
    ("SE") => { Economy::Sweden };
    ("SG") => { Economy::Singapore };
    ("TR") => { Economy::Turkiye };
    ("TW") => { Economy::Taiwan };
    ("US") => { Economy::UnitedStates };
    ($other:literal) => {
        compile_error!(concat!(
            "data/economies.csv has ",
            $other,
            ", which has no variant of `Economy`: add one"
        ))
    };
}

pub(crate) use economy;

/// Turns the generated rows into [`Economy::ALL`] and the per-economy
/// table, and checks that row `i` is the economy of discriminant `i`.
macro_rules! economies {
    ($($alpha2:tt $alpha3:literal $name:literal $short_name:literal $name_zh:expr, [$($index:literal),*];)*) => {
        impl Economy {
            /// Every economy, in the enum's order (by alpha-2 code). A slice,
            /// so that a new edition may add economies without changing its
            /// type.
            ///
            /// ```
            /// use gii_clusters::Economy;
            /// assert_eq!(Economy::ALL.len(), 29);
            /// assert!(Economy::ALL.windows(2).all(|w| w[0] < w[1]));
            /// assert!(Economy::ALL.iter().all(|&e| Economy::from_alpha2(e.alpha2()) == Some(e)));
            /// ```
            pub const ALL: &'static [Economy] = &[$(economy!($alpha2)),*];
        }

        // Row `i` of the table is the economy of discriminant `i`.
        const _: () = {
            let mut i = 0;
            while i < Economy::ALL.len() {
                assert!(Economy::ALL[i] as usize == i, "data/economies.csv and `Economy` differ in order");
                i += 1;
            }
        };

        /// Per economy, in `Economy` order.
        static ECONOMIES: [EconomyData; Economy::ALL.len()] = [$(
            EconomyData {
                alpha2: $alpha2,
                alpha3: $alpha3,
                name: $name,
                short_name: $short_name,
                name_zh: $name_zh,
                clusters: &[$($index),*],
            },
        )*];
    };
}

include!(concat!(env!("OUT_DIR"), "/economies.rs"));

impl Economy {
    #[inline]
    pub(crate) const fn data(self) -> &'static EconomyData {
        // The enum and ECONOMIES come from the same rows, one entry per
        // variant in variant order, so the discriminant is in bounds.
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
    /// const GERMANY: Option<Economy> = Economy::from_alpha2("de");
    /// assert_eq!(GERMANY, Some(Economy::Germany));
    /// ```
    #[must_use]
    pub const fn from_alpha2(code: &str) -> Option<Economy> {
        let &[a, b] = code.as_bytes() else {
            return None;
        };
        let code = [a.to_ascii_uppercase(), b.to_ascii_uppercase()];
        let mut i = 0;
        while i < Economy::ALL.len() {
            if let &[x, y] = ECONOMIES[i].alpha2.as_bytes() {
                if x == code[0] && y == code[1] {
                    return Some(Economy::ALL[i]);
                }
            }
            i += 1;
        }
        None
    }

    /// The ISO 3166-1 alpha-2 code, upper case.
    ///
    /// ```
    /// assert_eq!(gii_clusters::Economy::UnitedKingdom.alpha2(), "GB");
    /// ```
    #[inline]
    #[must_use]
    pub const fn alpha2(self) -> &'static str {
        self.data().alpha2
    }

    /// The ISO 3166-1 alpha-3 code, upper case (from the pycountry
    /// package's ISO 3166-1 table). `FromStr` reads it too, in any case.
    ///
    /// ```
    /// use gii_clusters::Economy;
    /// assert_eq!(Economy::Korea.alpha3(), "KOR");
    /// assert_eq!("kor".parse(), Ok(Economy::Korea));
    /// assert!(Economy::ALL.iter().all(|&e| e.alpha3().parse() == Ok(e)));
    /// ```
    #[inline]
    #[must_use]
    pub const fn alpha3(self) -> &'static str {
        self.data().alpha3
    }

    /// WIPO's formal English name, as the GII 2023 tables write it
    /// ("Republic of Korea", "Netherlands (Kingdom of the)"). A UI shows
    /// [`short_name`](Self::short_name), which `Display` writes.
    ///
    /// ```
    /// use gii_clusters::Economy;
    /// assert_eq!(Economy::Netherlands.wipo_name(), "Netherlands (Kingdom of the)");
    /// assert_eq!(Economy::Korea.wipo_name(), "Republic of Korea");
    /// assert_eq!(Economy::Turkiye.wipo_name(), "Türkiye");
    /// ```
    #[inline]
    #[must_use]
    pub const fn wipo_name(self) -> &'static str {
        self.data().name
    }

    /// WIPO's formal English name: the name [`wipo_name`](Self::wipo_name)
    /// now has, so that a UI that wants the everyday name reaches for
    /// [`short_name`](Self::short_name) or `Display`.
    ///
    /// ```
    /// # #![allow(deprecated)]
    /// use gii_clusters::Economy;
    /// assert_eq!(Economy::Korea.name(), Economy::Korea.wipo_name());
    /// ```
    #[deprecated(
        note = "WIPO's formal name is `wipo_name()`; `short_name()` and `Display` give the everyday name"
    )]
    #[inline]
    #[must_use]
    pub const fn name(self) -> &'static str {
        self.wipo_name()
    }

    /// The everyday English name, what a UI shows (and `Display` writes):
    /// the Unicode CLDR's English name of the territory ("South Korea",
    /// "Netherlands", "Iran", "Russia", "Taiwan", "Türkiye"), with Hong
    /// Kong for CLDR's "Hong Kong SAR China" (the package's
    /// [`data/SOURCES.md`](https://docs.rs/crate/gii-clusters/latest/source/data/SOURCES.md) says where each name comes from).
    ///
    /// ```
    /// use gii_clusters::Economy;
    /// assert_eq!(Economy::Korea.short_name(), "South Korea");
    /// assert_eq!(Economy::Netherlands.short_name(), "Netherlands");
    /// assert_eq!(Economy::Germany.short_name(), "Germany");
    /// ```
    #[inline]
    #[must_use]
    pub const fn short_name(self) -> &'static str {
        self.data().short_name
    }

    /// The economy's usual short name in Simplified Chinese (every
    /// economy has one: 中国香港 and 中国台湾 for the two territories).
    ///
    /// ```
    /// use gii_clusters::Economy;
    /// assert_eq!(Economy::China.name_zh(), "中国");
    /// assert_eq!(Economy::Korea.name_zh(), "韩国");
    /// ```
    #[inline]
    #[must_use]
    pub const fn name_zh(self) -> &'static str {
        self.data().name_zh
    }
}

/// Writes the everyday name, what a UI shows
/// ([`short_name`](Economy::short_name); WIPO's formal name is
/// [`wipo_name`](Economy::wipo_name)).
///
/// ```
/// use gii_clusters::Economy;
/// assert_eq!(Economy::Iran.to_string(), "Iran");
/// assert_eq!(Economy::Korea.to_string(), "South Korea");
/// assert_eq!(format!("{:>8}|", Economy::Japan), "   Japan|");
/// ```
impl fmt::Display for Economy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.short_name())
    }
}
