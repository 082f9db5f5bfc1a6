//! What a user would write instead of the crate, to compare with.

use std::collections::HashMap;
use std::sync::OnceLock;

use gii_clusters::{Cluster, all, by_rank};
use gii_clusters_keys::fingerprint::{fingerprint, map_hash};

/// rank → index, as a `phf::Map` built by phf's own macro.
#[rustfmt::skip]
pub static RANK_PHF: phf::Map<u8, u8> = phf::phf_map! { 1u8 => 0u8, 2u8 => 1u8, 3u8 => 2u8, 4u8 => 3u8, 5u8 => 4u8, 6u8 => 5u8, 7u8 => 6u8, 8u8 => 7u8, 9u8 => 8u8, 10u8 => 9u8, 11u8 => 10u8, 12u8 => 11u8, 13u8 => 12u8, 14u8 => 13u8, 15u8 => 14u8, 16u8 => 15u8, 17u8 => 16u8, 18u8 => 17u8, 19u8 => 18u8, 20u8 => 19u8, 21u8 => 20u8, 22u8 => 21u8, 23u8 => 22u8, 24u8 => 23u8, 25u8 => 24u8, 26u8 => 25u8, 27u8 => 26u8, 28u8 => 27u8, 29u8 => 28u8, 30u8 => 29u8, 31u8 => 30u8, 32u8 => 31u8, 33u8 => 32u8, 34u8 => 33u8, 35u8 => 34u8, 36u8 => 35u8, 37u8 => 36u8, 38u8 => 37u8, 39u8 => 38u8, 40u8 => 39u8, 41u8 => 40u8, 42u8 => 41u8, 43u8 => 42u8, 44u8 => 43u8, 45u8 => 44u8, 46u8 => 45u8, 47u8 => 46u8, 48u8 => 47u8, 49u8 => 48u8, 50u8 => 49u8, 51u8 => 50u8, 52u8 => 51u8, 53u8 => 52u8, 54u8 => 53u8, 55u8 => 54u8, 56u8 => 55u8, 57u8 => 56u8, 58u8 => 57u8, 59u8 => 58u8, 60u8 => 59u8, 61u8 => 60u8, 62u8 => 61u8, 63u8 => 62u8, 64u8 => 63u8, 65u8 => 64u8, 66u8 => 65u8, 67u8 => 66u8, 68u8 => 67u8, 69u8 => 68u8, 70u8 => 69u8, 71u8 => 70u8, 72u8 => 71u8, 73u8 => 72u8, 74u8 => 73u8, 75u8 => 74u8, 76u8 => 75u8, 77u8 => 76u8, 78u8 => 77u8, 79u8 => 78u8, 80u8 => 79u8, 81u8 => 80u8, 82u8 => 81u8, 83u8 => 82u8, 84u8 => 83u8, 85u8 => 84u8, 86u8 => 85u8, 87u8 => 86u8, 88u8 => 87u8, 89u8 => 88u8, 90u8 => 89u8, 91u8 => 90u8, 92u8 => 91u8, 93u8 => 92u8, 94u8 => 93u8, 95u8 => 94u8, 96u8 => 95u8, 97u8 => 96u8, 98u8 => 97u8, 99u8 => 98u8, 100u8 => 99u8 };

/// 100 arbitrary 64-bit keys, in a `phf::Map<u64, _>` like the crate's
/// key map (keyed by a key's fingerprint): a get from it is phf's hash and
/// probe alone, what any `by_name` that does not find an exact name pays
/// on top of normalizing. `SipHash`'s cost does not depend on the keys.
#[rustfmt::skip]
#[allow(clippy::unreadable_literal)] // arbitrary keys, as generated
pub static FINGERPRINT_PHF: phf::Map<u64, u8> = phf::phf_map! { 0x3a34ce6380fc0bc5u64 => 0u8, 0xc05a677850dc981au64 => 1u8, 0x9e32cdf7948370bdu64 => 2u8, 0xa7765f796f00bbefu64 => 3u8, 0xbbbb23fe6921fe52u64 => 4u8, 0x5bf0c31cacf1e17fu64 => 5u8, 0x3e1900a6529be043u64 => 6u8, 0x2a16cd9ed424ea1eu64 => 7u8, 0x579593114410e048u64 => 8u8, 0xa29f5fe3df351f0u64 => 9u8, 0x1b4897e079059ad2u64 => 10u8, 0x2d9cd179c9e412e1u64 => 11u8, 0x315949173d12f7e0u64 => 12u8, 0x7c69b356b72b606fu64 => 13u8, 0xb6ec11f8caa9ebcfu64 => 14u8, 0x841e03b1ed92f734u64 => 15u8, 0x8898a5df2ba2ae99u64 => 16u8, 0xf810fea09e7eeaa5u64 => 17u8, 0x27a56de32b6a852cu64 => 18u8, 0x141d3cdeb2a328a7u64 => 19u8, 0xfa6c784c6c59c00fu64 => 20u8, 0x6bb8c0b28140b75fu64 => 21u8, 0xb3469baeabcf5facu64 => 22u8, 0xc03b1af969a981b8u64 => 23u8, 0xec7c99144be2ac06u64 => 24u8, 0x52af400deb7b9daeu64 => 25u8, 0x4e3c54f2f51f1e28u64 => 26u8, 0x7991820c21348daau64 => 27u8, 0x16fda58f4606377cu64 => 28u8, 0x1f2b3b8ec35c9e73u64 => 29u8, 0x88ba012f31187eb0u64 => 30u8, 0x38156c76ce316da2u64 => 31u8, 0x568c3abe507f99c9u64 => 32u8, 0xfbb94b9c5aa35f85u64 => 33u8, 0x6357d4ce0564f16du64 => 34u8, 0x807b8e8b225d506cu64 => 35u8, 0xe94dd7b1c51efc33u64 => 36u8, 0xc78818d18f476c5au64 => 37u8, 0xafdd7f640cfb3147u64 => 38u8, 0x88e410d77db44e58u64 => 39u8, 0x871a89c7e149d2u64 => 40u8, 0xc32a37d735a6a5c3u64 => 41u8, 0x9814cde8cb99c6a2u64 => 42u8, 0x49fbb7b0c24a1146u64 => 43u8, 0xed934cc988d7dd5du64 => 44u8, 0x5cdc4addde6b913du64 => 45u8, 0xa1708eaaf26cfbc9u64 => 46u8, 0xa7290a064d79dba7u64 => 47u8, 0x7def499a20a56e26u64 => 48u8, 0x107532de91bfdb7fu64 => 49u8, 0xb01c7470f051b1d1u64 => 50u8, 0xaff67c257e344217u64 => 51u8, 0x2774eed2cac1497u64 => 52u8, 0xc51c12415224ee63u64 => 53u8, 0xd3f09b4649a477du64 => 54u8, 0xa5c44956672c538cu64 => 55u8, 0x7bd882afdda23261u64 => 56u8, 0x8492e86fef7afd00u64 => 57u8, 0xfcd515a9fcba46au64 => 58u8, 0xb19e422e29164cddu64 => 59u8, 0x10cda2da6a6d40a3u64 => 60u8, 0xed515e82625cf1c7u64 => 61u8, 0xe8f457f3878b7139u64 => 62u8, 0x4b7d7f308ceb0775u64 => 63u8, 0x5b83f5eb70523dc8u64 => 64u8, 0x59ed655f6ae89864u64 => 65u8, 0xded49194cbf83585u64 => 66u8, 0xfe79ce92e869f62u64 => 67u8, 0xd9bc2484cafaddaeu64 => 68u8, 0x9ecf31b73df8b814u64 => 69u8, 0x2855cd6f8a104633u64 => 70u8, 0x404a344696f96da5u64 => 71u8, 0xe600db82e1421b10u64 => 72u8, 0xa318c1a911a191cu64 => 73u8, 0xdb7953532d88a357u64 => 74u8, 0xa71d06d262f333bdu64 => 75u8, 0xb499f28a378ab16du64 => 76u8, 0xfcd64315c9504ed7u64 => 77u8, 0xca1bad293a211cb4u64 => 78u8, 0x4566adfe33ad67a4u64 => 79u8, 0x5a0830bf07b05d59u64 => 80u8, 0xa90b17a2439b9841u64 => 81u8, 0xc22780170cac946u64 => 82u8, 0x527d22089f04e86bu64 => 83u8, 0x5e6d2f2d8969e8ffu64 => 84u8, 0xeecf581aa4058b31u64 => 85u8, 0xf429125017cd9cbcu64 => 86u8, 0x3175643ba4f207e7u64 => 87u8, 0x9d79cd627cde46fdu64 => 88u8, 0x182d1019eee91d03u64 => 89u8, 0x13fb51794e08d5feu64 => 90u8, 0xd09791485f62cc6du64 => 91u8, 0xc5d2841bdbfd17c7u64 => 92u8, 0x44b9229fef99e2bu64 => 93u8, 0x5638a674aa677f4du64 => 94u8, 0x7bb7563b8371f36du64 => 95u8, 0x9ebb8f5cee4a1885u64 => 96u8, 0x56108f9d3525303fu64 => 97u8, 0x1fb9fb85b110266fu64 => 98u8, 0xf814c735eced402eu64 => 99u8 };

/// The keys of [`FINGERPRINT_PHF`], in order.
pub fn fingerprints() -> Vec<u64> {
    let mut keys: Vec<(u64, u8)> = FINGERPRINT_PHF.entries().map(|(&k, &v)| (k, v)).collect();
    keys.sort_by_key(|&(_, v)| v);
    keys.into_iter().map(|(k, _)| k).collect()
}

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
        // id, rank, name, …
        let (_, rest) = line.split_once(',').unwrap();
        let (rank, rest) = rest.split_once(',').unwrap();
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
    // The alias files name their cluster by its id.
    let rank_of = |id: &str| all().iter().find(|c| c.id() == id).unwrap().rank();
    let aliases = [ALIASES_CSV, CITY_NAMES_CSV].into_iter().flat_map(|csv| {
        csv.lines().skip(1).map(move |line| {
            let (id, rest) = line.split_once(',').unwrap();
            let name = match rest.strip_prefix('"') {
                Some(quoted) => quoted.split_once('"').unwrap().0,
                None => rest.split_once(',').unwrap().0,
            };
            (name, rank_of(id))
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

/// The same-coverage baseline's map: every cluster key, by the crate's own
/// build pipeline, in a `phf::Map<&str, u8>` (benches/build.rs).
mod same_coverage_map {
    #![allow(clippy::unreadable_literal)] // phf's generated hash seeds
    include!(concat!(env!("OUT_DIR"), "/same_coverage.rs"));
}

/// The map step alone, as a plain map does it: the normalized key's rank
/// from a `phf::Map<&str, _>` of every cluster key (phf hashes the text).
pub fn map_by_text(key: &str) -> Option<u8> {
    same_coverage_map::SAME_COVERAGE.get(key).copied()
}

/// The map step alone, as the crate does it: the key's fingerprint, its
/// 32-bit map hash looked up in a `phf::Map<u32, _>`, and the stored key
/// compared with the query.
pub fn map_by_fingerprint(key: &str) -> Option<u8> {
    let hash = map_hash(fingerprint(key.as_bytes()));
    let &(rank, stored) = same_coverage_map::HASHED_KEYS.get(&hash)?;
    (stored == key).then_some(rank)
}

/// The normalized key of each text (texts with none left out), as the
/// map step sees it.
pub fn normalized(texts: &[&str]) -> Vec<String> {
    texts
        .iter()
        .filter_map(|text| {
            let mut buffer = [0u8; 256];
            let key = gii_clusters_keys::key(text, &mut buffer)?;
            String::from_utf8(key.to_vec()).ok()
        })
        .collect()
}

/// A plain baseline with `by_name`'s coverage of names (no qualifiers,
/// suffixes or exact-name path): the specification normalizer, a plain
/// loop over chars, into a stack buffer, initials joined, then a get from
/// a `phf::Map<&str, _>` of all the keys.
pub fn same_coverage(query: &str) -> Option<u8> {
    let mut buffer = [0u8; 1024];
    let len = gii_clusters_keys::reference(query, &mut buffer)?.len();
    let key = buffer.get_mut(..len)?;
    let len = gii_clusters_keys::join_initials(key);
    let key = core::str::from_utf8(buffer.get(..len)?).ok()?;
    same_coverage_map::SAME_COVERAGE.get(key).copied()
}
