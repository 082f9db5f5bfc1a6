//! The inputs the benchmarks look up: every cluster's official name and a
//! messy spelling of it, aliases, misses and typos.

use gii_clusters::{Cluster, all};

/// Spellings that must find nothing.
pub const MISSES: &[&str] = &[
    "Springfield",
    "Lisbon",
    "Dublin",
    "Prague",
    "Kyiv",
    "Buenos Aires",
    "Mexico City",
    "Cape Town",
    "Lagos",
    "Nairobi",
    "Jakarta",
    "Bangkok",
    "Manila",
    "Santiago",
    "Lima",
    "Bogota",
    "Cairo",
    "Riyadh",
    "Dubai",
    "Oslo",
    "Edinburgh",
    "Manchester",
    "Munich–Stuttgart",
    "Shanghai–Beijing",
    "San Jose, Costa Rica",
    "Boston, NY",
    "Paris, TX",
    "Tokyo–Osaka",
    "New Jersey",
    "Silicon Alley",
    "台中市",
    "广东",
    "Beijng",
    "Cologne–Berlin",
    "Frankfurt an der Oder",
    "Kobe–Nagoya",
    "Rome, GA",
    "Vancouver, WA",
    "Cambridge, Ontario",
    "Washington State",
];

/// Component cities, Chinese names, local and former names.
pub const ALIASES: &[&str] = &[
    "Shenzhen",
    "Hong Kong",
    "Guangzhou",
    "Yokohama",
    "Kyoto",
    "Kobe",
    "Baltimore",
    "Jerusalem",
    "Antwerp",
    "Mannheim",
    "Erlangen",
    "Hsinchu",
    "Suzhou",
    "San Francisco",
    "San Diego",
    "Boston",
    "深圳",
    "广州",
    "苏州",
    "香港",
    "北京",
    "上海",
    "西安",
    "東京",
    "서울",
    "München",
    "Köln",
    "Zurich",
    "Wien",
    "Bangalore",
    "Nanking",
    "Peking",
    "Goeteborg",
    "København",
    "Frankfurt",
    "New York",
    "Tel Aviv",
    "Taipei",
    "Rotterdam",
    "Brussels",
];

/// Typos and one non-name, for `suggest`.
pub const TYPOS: &[&str] = &[
    "Beijng",
    "Shangai",
    "San Fransisco",
    "Munchen",
    "Zuerich",
    "Atlantis",
    "Philidelphia",
    "Toranto",
    "Bostn, MA",
    "Sao Polo",
    "Melburn",
];

/// The slowest query for `suggest` found by a search over 4,863
/// adversarial inputs (every CJK char of the keys repeated and paired,
/// runs of one letter, words repeated with every separator, runs of
/// separators, places qualified twice): four CJK chars that no key is
/// near, since every CJK key of 2 to 6 chars is within reach of a
/// 4-char query (`西西西西` cost 33 µs before its keys were skipped by
/// the chars they share). The slowest qualified twice, `Sant Lanre, New
/// York, United States of America`, costs less.
pub const SUGGEST_WORST_CASE: &str = "山漢山漢";

/// Every cluster's official name, in rank order.
pub fn names() -> Vec<&'static str> {
    all().iter().map(Cluster::name).collect()
}

/// The way a hurried person types a name: upper case, hyphens for en
/// dashes, doubled and trailing spaces, accents stripped.
pub fn messy(name: &str) -> String {
    let plain: String = name
        .chars()
        .map(|c| match c {
            'ü' => 'u',
            'ö' => 'o',
            'ã' => 'a',
            '–' => '-',
            _ => c,
        })
        .collect();
    format!(
        "  {}  ",
        plain.to_uppercase().replace(", ", ",  ").replace(' ', "  ")
    )
}

/// How a miss is written: one word, several (joined by spaces or dashes),
/// or a place and a qualifier after a comma.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum MissShape {
    OneWord,
    SeveralWords,
    Qualified,
}

/// The misses of one shape.
pub fn misses(shape: MissShape) -> Vec<&'static str> {
    MISSES
        .iter()
        .copied()
        .filter(|m| {
            let of = if m.contains(',') {
                MissShape::Qualified
            } else if m.contains([' ', '-', '–']) {
                MissShape::SeveralWords
            } else {
                MissShape::OneWord
            };
            of == shape
        })
        .collect()
}

/// Economy names that name no economy of the ranking (nor any country).
pub const ECONOMY_MISSES: &[&str] = &[
    "Atlantis",
    "Narnia",
    "Wakanda",
    "Gondor",
    "Freedonia",
    "Utopia",
    "Mordor",
    "XX",
    "QQ",
    "ZZ",
];
