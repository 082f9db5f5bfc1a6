//! The lookups: by rank, by name, by economy.

mod compound;
mod exact;

pub(crate) mod forms;
mod in_economy;
#[cfg(feature = "std")]
mod nearest;
mod place;
pub(crate) mod qualifier;

use crate::tables::{CLUSTERS, ECONOMY_PAIRS, Finding};
use crate::{Cluster, Economy};
pub(crate) use exact::{
    MAX_QUERY_BYTES, QueryBuffer, cluster_key, economy_by_key, query_buffer, readable,
};
use exact::{ShortKey, cluster_key_in, cluster_short_key, exact_name, trimmed};
use gii_clusters_keys::fingerprint::letter_pair;
use gii_clusters_keys::normalize;
pub use in_economy::{InEconomy, in_economy};
#[cfg(feature = "std")]
pub use nearest::nearest;
pub(crate) use place::{place, without_suffix};

/// The cluster with this global rank, 1 to 100.
///
/// The table is stored in rank order, so this is one bounds-checked array
/// index. It is a `const fn`:
///
/// ```
/// use gii_clusters::{by_rank, Cluster};
/// assert_eq!(by_rank(1).unwrap().name(), "Tokyo–Yokohama");
/// assert_eq!(by_rank(100).unwrap().name(), "Brisbane");
/// assert!(by_rank(0).is_none());
/// assert!(by_rank(101).is_none());
/// const BEIJING: Option<&Cluster> = by_rank(4);
/// assert_eq!(BEIJING.unwrap().name(), "Beijing");
/// ```
#[inline]
#[must_use]
pub const fn by_rank(rank: u8) -> Option<&'static Cluster> {
    let index = (rank as usize).wrapping_sub(1);
    // rank 0 wraps to usize::MAX, which is out of bounds like 101..=255.
    if index < CLUSTERS.len() {
        Some(&CLUSTERS[index])
    } else {
        None
    }
}

/// The cluster with this name: its official English name, its Chinese
/// name, any alias in [`data/aliases.csv`](https://docs.rs/crate/gii-clusters/latest/source/data/aliases.csv) (component cities, the name
/// without the US state, local and former names, names in the scripts of
/// the cluster's economy, abbreviations), or a name of its cities in
/// another language in [`data/city_names.csv`](https://docs.rs/crate/gii-clusters/latest/source/data/city_names.csv) (Chinese, Japanese and
/// Korean names of every city; GeoNames' names of the cities of the
/// official name in the Latin, Cyrillic, Greek, Arabic, Hebrew,
/// Devanagari, Tamil and Kannada scripts: `Pechino`, `Moskau`,
/// `Мюнхен`, `Σικάγο`, `سيول`), or a town of the cluster in
/// [`data/towns.csv`](https://docs.rs/crate/gii-clusters/latest/source/data/towns.csv) (GeoNames' populated places of 10,000 people or more
/// within 25 km of a city of the cluster and farther from every other
/// cluster's, by GeoNames' name and, in China, Hong Kong, Japan, Korea
/// and Taiwan, their names in their own scripts: `Garching`, `Kista`,
/// `Cupertino`, `伊丹`),
/// possibly qualified by an economy or a region. A name another place
/// bears answers only as the rule below says, which errs toward no
/// answer.
///
/// # Matching rules
///
/// A query finds a cluster when its *key* equals the key of a name or an
/// alias. The key of a text:
///
/// * ignores case, in Latin, Greek and Cyrillic letters (`İ` and `ı` are
///   `i`);
/// * folds accents (`Zürich` = `Zurich`, `São Paulo` = `Sao Paulo`, also
///   decomposed accents) and reads full-width letters as ASCII;
/// * ignores apostrophes (`Xi'an` = `Xian`);
/// * treats every run of white space, hyphens, en and em dashes, slashes,
///   commas, periods and parentheses as one separator, and ignores
///   separators at either end (`Heidelberg/Mannheim` = `Heidelberg–Mannheim`);
/// * joins a run of single letters into one word, so that initials may
///   be written with periods (`Washington D.C.` = `Washington DC`,
///   `U.S.A.` = `USA`);
/// * keeps CJK characters, kana, Hangul, Hebrew, Arabic, Persian,
///   Devanagari, Tamil and Kannada letters as they are (Arabic kaf and
///   yeh are read as Persian writes them);
/// * refuses anything else (symbols such as `!` or `&`, and the scripts
///   of no economy with a cluster: Thai, Georgian, Armenian, Bengali,
///   Ethiopic and the others): such a query finds nothing.
///
/// An official name always wins over another cluster's alias: `Cambridge`
/// is the UK cluster (rank 65); `Cambridge, MA` or `Boston` finds
/// Boston–Cambridge.
///
/// **Names that other places bear: the one rule.** Every name of the
/// data has a kind (`kind` in [`data/aliases.csv`](https://docs.rs/crate/gii-clusters/latest/source/data/aliases.csv) and
/// [`data/city_names.csv`](https://docs.rs/crate/gii-clusters/latest/source/data/city_names.csv)): WIPO's name (the official name, and the cities
/// it lists as written), the city's own name (in its own country's
/// languages), or another: a name in another language, a former name, a
/// nickname, an abbreviation. A *namesake* of a name is a populated place
/// of GeoNames (its places of 500 people or more and the seats of
/// administrative divisions) that bears the name, under any of its
/// names, more than 150 km from every city of the cluster. It *counts*
/// when it has at least a tenth of the people of the cluster's city of
/// that name (any namesake, when no city of the cluster bears the name),
/// and, against a name that is not the city's own, whenever the name is
/// its own, whatever its size.
///
/// * WIPO's names always answer alone (`Paris`, `London`, `Cambridge`,
///   `Portland`).
/// * A town's name is borne by no city of the cluster: every namesake
///   counts against it (`Redmond` finds nothing, Redmond, Oregon
///   bearing it; `Redmond, WA` finds Seattle). It is no part of a
///   compound.
/// * Any other name with a namesake that counts answers only with a
///   qualifier (`Durham` finds nothing, `Durham, NC` finds Raleigh;
///   `Pekin` is also Pekin, Illinois, and `Pekin, China` finds Beijing;
///   `Gothenburg, Sweden`, since Gothenburg, Nebraska, bears the English
///   name as its own). `Kawasaki`, `Roma`, `Moskva`, `横浜`, `Pechino`,
///   `Moskau` and `伦敦` answer: their namesakes are small and bear them
///   as another language's name. [`parse`](crate::parse) says which
///   cluster such a name would give ([`Error::NeedsQualifier`](crate::Error::NeedsQualifier)).
/// * A qualifier must **agree with the place the name names** (the city
///   of the cluster whose name it is: `Newark, NJ` finds New York City,
///   `Newark, NY` nothing, since that Newark is in New Jersey; a name of
///   no one city, such as `Bay Area`, agrees with wherever its cluster
///   lies) and **rule out every namesake that counts, by every reading**
///   of it: `Frisco, US` finds nothing (Frisco, Texas), `Frisco,
///   California` finds San Francisco; `IL` is Israel and Illinois, `CA`
///   Canada and California, so `Cambridge, CA` finds nothing (Cambridge,
///   Ontario) while `Cambridge, MA` (Morocco has none) finds Boston.
///
/// GeoNames' names of undetermined language (it does not tag them) are
/// keys only when no namesake counts against them and they are more than
/// one letter from a name of the cluster's own (`Pechino` is; `Lontra`,
/// `Sion`, `Osako` are not). The namesakes are [`data/namesakes.csv`](https://docs.rs/crate/gii-clusters/latest/source/data/namesakes.csv),
/// each with its evidence, which the build checks against the rule.
///
/// When the key is no name or alias, more forms are tried:
///
/// * **A CJK administrative suffix**, written on or apart, is dropped
///   when the name without it is a key of a cluster of an economy that
///   writes it: 市 (China, Japan, Taiwan), 都, 府, 県 (Japan), 縣, 县 (China,
///   Taiwan), 시, 특별시, 광역시 (Korea), 特别行政区 (China): `北京市` =
///   `北京`, `東京都` = `東京`, `서울 특별시` = `서울`; `大田市` (Ōda, in
///   Japan) is not Daejeon. A name that is a key with its suffix (`京都`,
///   `成都`) is never cut.
/// * **A qualifier**: `<place>, <qualifier>` or `<place> <qualifier>`,
///   where the qualifier is an economy (anything
///   [`Economy`'s `FromStr`](Economy#impl-FromStr-for-Economy) accepts) or
///   a region: a first-level subdivision of ISO 3166-2 of an economy of
///   the ranking, by its code of two letters or more (`MA`, `ON`, `NSW`,
///   `BW`), its ISO name, its name in English or in the economy's official
///   languages, or GeoNames' English name (`Massachusetts`, `Bavaria`,
///   `Bayern`, `Catalonia`, `Île-de-France`, `江苏`, `愛知`, `경기도`;
///   [`data/regions.csv`](https://docs.rs/crate/gii-clusters/latest/source/data/regions.csv)). The place may be qualified twice (`Boston, MA,
///   USA`). The answer is the cluster the place names **and** every
///   qualifier accepts, as the rule above says (each qualifier says
///   where the place lies, and each namesake that counts is ruled out by
///   one of them at least: `Cambridge, MA, USA`): the place lies in the
///   qualifier's economy or region (the region of each city of a cluster
///   is in [`data/cluster_regions.csv`](https://docs.rs/crate/gii-clusters/latest/source/data/cluster_regions.csv)). An abbreviation takes a qualifier
///   only written in capitals (`LA, California`; `La California` is a
///   town in Argentina). A place that is one cluster's name and
///   another's alias is chosen between (`Cambridge, UK` is rank 65,
///   `Cambridge, Massachusetts` rank 8). A qualifier that agrees with no
///   cluster the place names gives `None` (`Paris, Texas`, `Munich,
///   Ontario`), and so does a qualifier that is none of the above: never
///   another cluster. A region alone is no cluster (`Bavaria` finds
///   nothing).
/// * **Words around a name**: `Greater …`, `… Metropolitan Area` and
///   `… metro` for any cluster; `… City` for a cluster of China, Japan,
///   Korea or Taiwan; the romanized administrative suffixes -shi, -fu,
///   -to, -ken for Japan's, -si, `… Metropolitan City` and `… Special
///   City` for Korea's, Shi, Municipality and SAR for China's; dropped
///   only when what remains is a key (`Osaka City`, `Kobe-shi`, `Seoul
///   Metropolitan City`, `Hong Kong SAR`), so `Mexico City`, `Kansas
///   City` and `Phoenix City` (Alabama) find nothing; and never around
///   another language's name of a city (`Con Son City` is in Vietnam,
///   though Côn Sơn is the Vietnamese name of Kunshan). They may be
///   qualified (`Osaka City, Japan`).
/// * **A compound**: parts joined by dashes or slashes, each WIPO's name
///   or a city's own (or one with its CJK suffix), all naming one cluster
///   and one naming it
///   alone (`Mannheim–Heidelberg`, `Minneapolis–St. Paul`, `Kyoto/Osaka`,
///   `Raleigh–Durham`); parts naming two clusters find nothing
///   (`Beijing–Shanghai`). Up to four parts.
/// * **A CJK region first**, as Chinese, Japanese and Korean write an
///   address: `浙江杭州`, `陕西省西安市`, `大阪府 大阪市`, `경기도 수원시`; the
///   region may carry its suffix (省, 市, 自治区, 特别行政区, 都, 道, 府, 県,
///   도, 특별시, 광역시, 특별자치시, 특별자치도) and be written on or apart.
///   It agrees as a qualifier does (`江苏北京` finds nothing).
///
/// No allocation: the query is normalized into a stack buffer. A query of
/// more than eight times the longest useful key in bytes (a key of the
/// longest a key may be, 64 bytes, qualified twice by one as long: 1,552
/// bytes) is answered `None` without being read.
///
/// ```
/// use gii_clusters::by_name;
/// assert_eq!(by_name("Beijing").unwrap().rank(), 4);
/// assert_eq!(by_name("  SAN JOSE-SAN FRANCISCO,  ca ").unwrap().rank(), 6);
/// assert_eq!(by_name("München").unwrap().name(), "Munich");
/// assert_eq!(by_name("Pechino").unwrap().name(), "Beijing");
/// assert_eq!(by_name("深圳").unwrap().rank(), 2);
/// assert_eq!(by_name("北京市").unwrap().rank(), 4);
/// assert_eq!(by_name("Cambridge").unwrap().rank(), 65);
/// assert_eq!(by_name("Cambridge, MA").unwrap().rank(), 8);
/// assert_eq!(by_name("Cambridge, UK").unwrap().rank(), 65);
/// assert_eq!(by_name("Washington D.C.").unwrap().rank(), 17);
/// assert!(by_name("Paris, Texas").is_none());
/// assert_eq!(by_name("Stuttgart, BW").unwrap().rank(), 29);
/// assert_eq!(by_name("浙江杭州").unwrap().name(), "Hangzhou");
/// assert!(by_name("Bavaria").is_none());
/// assert_eq!(by_name("Minneapolis–St. Paul").unwrap().rank(), 39);
/// assert!(by_name("Beijing–Shanghai").is_none());
/// assert_eq!(by_name("Osaka City").unwrap().rank(), 7);
/// assert!(by_name("Mexico City").is_none());
/// assert!(by_name("Durham").is_none());
/// assert_eq!(by_name("Durham, NC").unwrap().rank(), 47);
/// assert!(by_name("Pekin").is_none());
/// assert_eq!(by_name("Pekin, China").unwrap().rank(), 4);
/// assert!(by_name("Frisco, US").is_none());
/// assert_eq!(by_name("Frisco, California").unwrap().rank(), 6);
/// assert_eq!(by_name("Newark, NJ").unwrap().rank(), 10);
/// assert!(by_name("Newark, NY").is_none());
/// assert!(by_name("Cambridge, CA").is_none());
/// assert_eq!(by_name("Garching").unwrap().name(), "Munich");
/// assert!(by_name("Redmond").is_none());
/// assert_eq!(by_name("Redmond, WA").unwrap().rank(), 21);
/// assert!(by_name("Atlantis").is_none());
/// ```
#[must_use]
pub fn by_name(name: &str) -> Option<&'static Cluster> {
    match quick(name) {
        Quick::Found(found) => Some(found),
        Quick::Normalize(text) => normalized(text, &mut query_buffer()).ok(),
        Quick::Missed(_) | Quick::Unreadable => None,
    }
}

/// What the paths that need no buffer make of a query.
enum Quick<'t> {
    Found(&'static Cluster),
    /// One word of ASCII letters that is no key: its key.
    Missed(ShortKey),
    /// Anything else: this text, trimmed, must be normalized.
    Normalize(&'t str),
    /// Too long to be read.
    Unreadable,
}

/// The paths of a query that need no buffer: a name written exactly as
/// the data writes it, a word of ASCII letters from a register.
#[inline(always)]
#[allow(
    clippy::inline_always,
    reason = "inlined, `by_name` builds no `Quick`: a call and the enum cost an official name 25 instructions of 250"
)]
fn quick(name: &str) -> Quick<'_> {
    if !readable(name) {
        return Quick::Unreadable;
    }
    // The most common query, a name as the data writes it, first.
    if let Some(found) = exact_name(name).and_then(by_rank) {
        return Quick::Found(found);
    }
    // Separators at either end are no part of a key: trimmed here, they
    // cost the normalizer nothing (padding made it half as dear again).
    let name = trimmed(name);
    match ShortKey::of(name.as_bytes()) {
        Some(word) => match cluster_short_key(word)
            .and_then(Finding::unqualified)
            .and_then(by_rank)
        {
            Some(found) => Quick::Found(found),
            None => Quick::Missed(word),
        },
        None => Quick::Normalize(name),
    }
}

/// What `text` finds once normalized into `buffer`, or the length of its
/// key there when it finds nothing (`None`: it has no key).
#[inline(always)]
#[allow(
    clippy::inline_always,
    reason = "a call of its own costs a several-word miss 10 instructions of 600"
)]
fn normalized(text: &str, buffer: &mut QueryBuffer) -> Result<&'static Cluster, Option<usize>> {
    let len = normalize(text, buffer).ok_or(None)?.len();
    let found = match cluster_key_in(buffer, len) {
        // A qualified-only key is no other form either: alone, it is
        // ambiguous.
        Some(found) => found.unqualified(),
        None => buffer
            .get(..len)
            .and_then(|key| forms::other_forms(key, text)),
    };
    found.and_then(by_rank).ok_or(Some(len))
}

/// [`by_name`], which on a miss leaves the query's key in `buffer` and
/// says how long it is, for [`suggest`](crate::suggest) to start from:
/// `Err(None)` when the query has no key (too long, or a char no key
/// has).
pub(crate) fn find(
    name: &str,
    buffer: &mut QueryBuffer,
) -> Result<&'static Cluster, Option<usize>> {
    match quick(name) {
        Quick::Found(found) => Ok(found),
        Quick::Normalize(text) => normalized(text, buffer),
        Quick::Missed(word) => Err(word.write(buffer)),
        Quick::Unreadable => Err(None),
    }
}

/// The economy `text` names (see `Economy`'s `FromStr`, which refuses
/// text past the bound every entry point holds, unread, before it calls
/// this): one word of ASCII letters from a register (a code from a table
/// of the pairs of letters), any other text normalized, and its initials
/// joined only when it has some.
pub(crate) fn economy_by_name(text: &str) -> Option<Economy> {
    let text = trimmed(text);
    if let Some(word) = ShortKey::of(text.as_bytes()) {
        return match word.bytes() {
            ([a, b, ..], 2) => ECONOMY_PAIRS.get(letter_pair(a, b)).copied().flatten(),
            (bytes, len) => economy_by_key(bytes.get(..len)?),
        };
    }
    let mut buffer = query_buffer();
    let key = normalize(text, &mut buffer)?;
    economy_by_key(key).or_else(|| forms::economy_with_initials(key))
}

/// All 100 clusters, in rank order (`all()[r - 1]` has rank `r`).
///
/// ```
/// let all = gii_clusters::all();
/// assert_eq!(all.len(), 100);
/// assert!(all.iter().zip(1..).all(|(c, r)| c.rank() == r));
/// const COUNT: usize = gii_clusters::all().len();
/// assert_eq!(COUNT, 100);
/// ```
#[inline]
#[must_use]
pub const fn all() -> &'static [Cluster] {
    &CLUSTERS
}
