//! The words a key is written with around a name, which both the data
//! scripts (to key a name without them) and the lookups (to find a name
//! written with them) must agree on.

/// Who writes an administrative suffix after a place's name: the suffix
/// is dropped only for a cluster of those economies, so that a name the
/// suffix makes elsewhere is never read as a cluster (`大田市` is Ōda, in
/// Japan, not Daejeon).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Writers {
    /// China, Hong Kong and Taiwan.
    Chinese,
    /// Japan.
    Japanese,
    /// The Republic of Korea.
    Korean,
    /// China, Japan and Taiwan (`市`).
    ChineseAndJapanese,
}

/// CJK administrative suffixes a place is written with, longest first so
/// that `특별시` goes before `시`, and who writes them: city (市, 시),
/// metropolis (都), prefecture (府, 県), county (縣, 县), Korea's special
/// and metropolitan cities (특별시, 광역시), China's special administrative
/// regions (特别行政区).
pub const PLACE_SUFFIXES: [(&str, Writers); 11] = [
    ("特别行政区", Writers::Chinese),
    ("特別行政區", Writers::Chinese),
    ("특별시", Writers::Korean),
    ("광역시", Writers::Korean),
    ("市", Writers::ChineseAndJapanese),
    ("都", Writers::Japanese),
    ("府", Writers::Japanese),
    ("縣", Writers::Chinese),
    ("县", Writers::Chinese),
    ("県", Writers::Japanese),
    ("시", Writers::Korean),
];

/// Suffixes a CJK region is written with and its key is kept without,
/// longest first: special administrative region (特别行政区), autonomous
/// regions (自治区, with the people they are named for), province (省),
/// municipality (市), Japan's prefectures (都, 道, 府, 県), and Korea's
/// special self-governing city and province (특별자치시, 특별자치도),
/// special and metropolitan cities (특별시, 광역시) and provinces (도).
pub const REGION_SUFFIXES: [&str; 17] = [
    "维吾尔自治区",
    "特别行政区",
    "特別行政區",
    "壮族自治区",
    "回族自治区",
    "특별자치시",
    "특별자치도",
    "自治区",
    "특별시",
    "광역시",
    "省",
    "市",
    "都",
    "道",
    "府",
    "県",
    "도",
];

/// A qualifier has at most this many words (`united kingdom of great
/// britain and northern ireland`).
pub const MAX_QUALIFIER_WORDS: usize = 8;
