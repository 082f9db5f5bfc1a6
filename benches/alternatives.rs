//! What a user would write instead of the crate, to compare with.

use std::collections::HashMap;
use std::sync::OnceLock;

use gii_clusters::{Cluster, all, by_rank};

/// rank → index, as a `phf::Map` built by phf's own macro.
pub static RANK_PHF: phf::Map<u8, u8> = phf::phf_map! { 1u8 => 0u8, 2u8 => 1u8, 3u8 => 2u8, 4u8 => 3u8, 5u8 => 4u8, 6u8 => 5u8, 7u8 => 6u8, 8u8 => 7u8, 9u8 => 8u8, 10u8 => 9u8, 11u8 => 10u8, 12u8 => 11u8, 13u8 => 12u8, 14u8 => 13u8, 15u8 => 14u8, 16u8 => 15u8, 17u8 => 16u8, 18u8 => 17u8, 19u8 => 18u8, 20u8 => 19u8, 21u8 => 20u8, 22u8 => 21u8, 23u8 => 22u8, 24u8 => 23u8, 25u8 => 24u8, 26u8 => 25u8, 27u8 => 26u8, 28u8 => 27u8, 29u8 => 28u8, 30u8 => 29u8, 31u8 => 30u8, 32u8 => 31u8, 33u8 => 32u8, 34u8 => 33u8, 35u8 => 34u8, 36u8 => 35u8, 37u8 => 36u8, 38u8 => 37u8, 39u8 => 38u8, 40u8 => 39u8, 41u8 => 40u8, 42u8 => 41u8, 43u8 => 42u8, 44u8 => 43u8, 45u8 => 44u8, 46u8 => 45u8, 47u8 => 46u8, 48u8 => 47u8, 49u8 => 48u8, 50u8 => 49u8, 51u8 => 50u8, 52u8 => 51u8, 53u8 => 52u8, 54u8 => 53u8, 55u8 => 54u8, 56u8 => 55u8, 57u8 => 56u8, 58u8 => 57u8, 59u8 => 58u8, 60u8 => 59u8, 61u8 => 60u8, 62u8 => 61u8, 63u8 => 62u8, 64u8 => 63u8, 65u8 => 64u8, 66u8 => 65u8, 67u8 => 66u8, 68u8 => 67u8, 69u8 => 68u8, 70u8 => 69u8, 71u8 => 70u8, 72u8 => 71u8, 73u8 => 72u8, 74u8 => 73u8, 75u8 => 74u8, 76u8 => 75u8, 77u8 => 76u8, 78u8 => 77u8, 79u8 => 78u8, 80u8 => 79u8, 81u8 => 80u8, 82u8 => 81u8, 83u8 => 82u8, 84u8 => 83u8, 85u8 => 84u8, 86u8 => 85u8, 87u8 => 86u8, 88u8 => 87u8, 89u8 => 88u8, 90u8 => 89u8, 91u8 => 90u8, 92u8 => 91u8, 93u8 => 92u8, 94u8 => 93u8, 95u8 => 94u8, 96u8 => 95u8, 97u8 => 96u8, 98u8 => 97u8, 99u8 => 98u8, 100u8 => 99u8 };

/// The clusters table as a user would embed it.
const CLUSTERS_CSV: &str = include_str!("../data/clusters.csv");

/// The alias tables, for a scan with `by_name`'s coverage.
const ALIASES_CSV: &str = include_str!("../data/aliases.csv");
const CITY_NAMES_CSV: &str = include_str!("../data/city_names.csv");

/// What a user writes in a few lines: lower-case, dashes and commas to
/// spaces, collapse spaces, into a new `String`.
pub fn user_normalize(name: &str) -> String {
    name.to_lowercase()
        .replace(['–', '—', '-', ','], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// …and the map they fill at first use from the embedded CSV.
pub fn user_map_build() -> HashMap<String, u8> {
    let mut map = HashMap::new();
    for line in CLUSTERS_CSV.lines().skip(1) {
        let (rank, rest) = line.split_once(',').unwrap();
        let name = match rest.strip_prefix('"') {
            Some(quoted) => quoted.split_once('"').unwrap().0,
            None => rest.split_once(',').unwrap().0,
        };
        map.insert(user_normalize(name), rank.parse().unwrap());
    }
    map
}

/// The user's map, built at first use.
pub fn user_map() -> &'static HashMap<String, u8> {
    static MAP: OnceLock<HashMap<String, u8>> = OnceLock::new();
    MAP.get_or_init(user_map_build)
}

/// The user's lookup: a new normalized `String`, then the map.
pub fn user_lookup(name: &str) -> Option<&'static Cluster> {
    user_map()
        .get(&user_normalize(name))
        .and_then(|&r| by_rank(r))
}

/// Official names to clusters in a std `HashMap`: exact matches only.
pub fn std_hashmap() -> HashMap<&'static str, &'static Cluster> {
    all().iter().map(|c| (c.name(), c)).collect()
}

/// Every official name and every alias with its rank, as a scan with
/// `by_name`'s coverage would need them.
pub fn all_names() -> Vec<(&'static str, u8)> {
    let names = all().iter().map(|c| (c.name(), c.rank()));
    let aliases = [ALIASES_CSV, CITY_NAMES_CSV].into_iter().flat_map(|csv| {
        csv.lines().skip(1).map(|line| {
            let (rank, rest) = line.split_once(',').unwrap();
            let name = match rest.strip_prefix('"') {
                Some(quoted) => quoted.split_once('"').unwrap().0,
                None => rest.split_once(',').unwrap().0,
            };
            (name, rank.parse().unwrap())
        })
    });
    names.chain(aliases).collect()
}

/// A linear scan of `names` with `eq_ignore_ascii_case`.
pub fn scan(names: &[(&str, u8)], name: &str) -> Option<&'static Cluster> {
    names
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .and_then(|&(_, r)| by_rank(r))
}
