//! Lookup speed against the code a user would write instead.
//!
//! `cargo bench --bench lookup` runs every group over all 100 clusters (so
//! no single key flatters the result) and ends with a Markdown table of
//! nanoseconds per lookup, the one in README.md.

use std::collections::{BTreeMap, HashMap};
use std::hint::black_box;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion};
use gii_clusters::{Cluster, all, by_name, by_rank, suggest};

/// rank → index, as a `phf::Map` built by phf's own macro.
static RANK_PHF: phf::Map<u8, u8> = phf::phf_map! { 1u8 => 0u8, 2u8 => 1u8, 3u8 => 2u8, 4u8 => 3u8, 5u8 => 4u8, 6u8 => 5u8, 7u8 => 6u8, 8u8 => 7u8, 9u8 => 8u8, 10u8 => 9u8, 11u8 => 10u8, 12u8 => 11u8, 13u8 => 12u8, 14u8 => 13u8, 15u8 => 14u8, 16u8 => 15u8, 17u8 => 16u8, 18u8 => 17u8, 19u8 => 18u8, 20u8 => 19u8, 21u8 => 20u8, 22u8 => 21u8, 23u8 => 22u8, 24u8 => 23u8, 25u8 => 24u8, 26u8 => 25u8, 27u8 => 26u8, 28u8 => 27u8, 29u8 => 28u8, 30u8 => 29u8, 31u8 => 30u8, 32u8 => 31u8, 33u8 => 32u8, 34u8 => 33u8, 35u8 => 34u8, 36u8 => 35u8, 37u8 => 36u8, 38u8 => 37u8, 39u8 => 38u8, 40u8 => 39u8, 41u8 => 40u8, 42u8 => 41u8, 43u8 => 42u8, 44u8 => 43u8, 45u8 => 44u8, 46u8 => 45u8, 47u8 => 46u8, 48u8 => 47u8, 49u8 => 48u8, 50u8 => 49u8, 51u8 => 50u8, 52u8 => 51u8, 53u8 => 52u8, 54u8 => 53u8, 55u8 => 54u8, 56u8 => 55u8, 57u8 => 56u8, 58u8 => 57u8, 59u8 => 58u8, 60u8 => 59u8, 61u8 => 60u8, 62u8 => 61u8, 63u8 => 62u8, 64u8 => 63u8, 65u8 => 64u8, 66u8 => 65u8, 67u8 => 66u8, 68u8 => 67u8, 69u8 => 68u8, 70u8 => 69u8, 71u8 => 70u8, 72u8 => 71u8, 73u8 => 72u8, 74u8 => 73u8, 75u8 => 74u8, 76u8 => 75u8, 77u8 => 76u8, 78u8 => 77u8, 79u8 => 78u8, 80u8 => 79u8, 81u8 => 80u8, 82u8 => 81u8, 83u8 => 82u8, 84u8 => 83u8, 85u8 => 84u8, 86u8 => 85u8, 87u8 => 86u8, 88u8 => 87u8, 89u8 => 88u8, 90u8 => 89u8, 91u8 => 90u8, 92u8 => 91u8, 93u8 => 92u8, 94u8 => 93u8, 95u8 => 94u8, 96u8 => 95u8, 97u8 => 96u8, 98u8 => 97u8, 99u8 => 98u8, 100u8 => 99u8 };

/// The clusters table as a user would embed it.
const CLUSTERS_CSV: &str = include_str!("../data/clusters.csv");

/// Spellings that must find nothing.
const MISSES: &[&str] = &[
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
    "San Jose, CA",
    "Boston, NY",
    "Paris, TX",
    "Tokyo–Osaka",
    "New Jersey",
    "Silicon Alley",
    "上海市",
    "广东",
    "Bejing",
    "Cologne–Bonn",
    "Frankfurt an der Oder",
    "Kobe–Kyoto",
    "Rome, GA",
    "Vancouver, WA",
    "Cambridge, UK",
    "Washington State",
];

/// Component cities, Chinese names, local and former names.
const ALIASES: &[&str] = &[
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
    "Bombay",
    "Peking",
    "Gothenburg",
    "København",
    "Frankfurt",
    "New York",
    "Tel Aviv",
    "Taipei",
    "Rotterdam",
    "Brussels",
];

fn names() -> Vec<&'static str> {
    all().iter().map(Cluster::name).collect()
}

/// The way a hurried person types a name: upper case, hyphens for en
/// dashes, doubled and trailing spaces, accents stripped.
fn messy(name: &str) -> String {
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

/// What a user writes in a few lines: lower-case, dashes and commas to
/// spaces, collapse spaces, into a new `String`.
fn user_normalize(name: &str) -> String {
    name.to_lowercase()
        .replace(['–', '—', '-', ','], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// …and the map they fill at first use from the embedded CSV.
fn user_map_build() -> HashMap<String, u8> {
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

fn user_map() -> &'static HashMap<String, u8> {
    static MAP: OnceLock<HashMap<String, u8>> = OnceLock::new();
    MAP.get_or_init(user_map_build)
}

fn user_lookup(name: &str) -> Option<&'static Cluster> {
    user_map()
        .get(&user_normalize(name))
        .and_then(|&r| by_rank(r))
}

fn std_hashmap() -> HashMap<&'static str, &'static Cluster> {
    all().iter().map(|c| (c.name(), c)).collect()
}

/// Runs `lookup` on every input once per iteration.
fn each<'a, T: 'a + ?Sized, R>(
    inputs: &'a [&'a T],
    mut lookup: impl FnMut(&'a T) -> R,
) -> impl FnMut() {
    move || {
        for &input in inputs {
            black_box(lookup(black_box(input)));
        }
    }
}

fn rank(c: &mut Criterion) {
    let ranks: Vec<u8> = (1..=100).collect();
    let slice: &[Cluster] = all();
    let hashmap: HashMap<u8, &Cluster> = all().iter().map(|c| (c.rank(), c)).collect();
    let mut g = c.benchmark_group("rank");
    g.bench_function("by_rank", |b| b.iter(each_rank(&ranks, by_rank)));
    g.bench_function("slice_index", |b| {
        b.iter(each_rank(&ranks, |r| slice.get(usize::from(r) - 1)))
    });
    g.bench_function("phf_map_u8", |b| {
        b.iter(each_rank(&ranks, |r| {
            RANK_PHF.get(&r).map(|&i| &slice[usize::from(i)])
        }))
    });
    g.bench_function("std_hashmap_u8", |b| {
        b.iter(each_rank(&ranks, |r| hashmap.get(&r).copied()))
    });
    g.finish();
}

fn each_rank<R>(ranks: &[u8], mut lookup: impl FnMut(u8) -> R) -> impl FnMut() {
    move || {
        for &r in ranks {
            black_box(lookup(black_box(r)));
        }
    }
}

fn name_canonical(c: &mut Criterion) {
    let names = names();
    let hashmap = std_hashmap();
    let btree: BTreeMap<&str, &Cluster> = all().iter().map(|c| (c.name(), c)).collect();
    user_map();
    let mut g = c.benchmark_group("name");
    g.bench_function("by_name", |b| b.iter(each(&names, by_name)));
    g.bench_function("std_hashmap_exact", |b| {
        b.iter(each(&names, |n| hashmap.get(n).copied()))
    });
    g.bench_function("btreemap_exact", |b| {
        b.iter(each(&names, |n| btree.get(n).copied()))
    });
    g.bench_function("linear_scan_ignore_ascii_case", |b| {
        b.iter(each(&names, |n| {
            all().iter().find(|c| c.name().eq_ignore_ascii_case(n))
        }))
    });
    g.bench_function("user_normalize_hashmap_string", |b| {
        b.iter(each(&names, user_lookup))
    });
    g.finish();

    let mut g = c.benchmark_group("user_map_build");
    g.bench_function("from_embedded_csv", |b| b.iter(user_map_build));
    g.finish();
}

fn name_messy(c: &mut Criterion) {
    let owned: Vec<String> = names().into_iter().map(messy).collect();
    let messy: Vec<&str> = owned.iter().map(String::as_str).collect();
    assert!(
        messy.iter().all(|m| by_name(m).is_some()),
        "every messy spelling must resolve"
    );
    let mut g = c.benchmark_group("messy");
    g.bench_function("by_name", |b| b.iter(each(&messy, by_name)));
    g.bench_function("user_normalize_hashmap_string", |b| {
        b.iter(each(&messy, user_lookup))
    });
    g.finish();
}

fn alias(c: &mut Criterion) {
    assert!(ALIASES.iter().all(|a| by_name(a).is_some()));
    let mut g = c.benchmark_group("alias");
    g.bench_function("by_name", |b| b.iter(each(ALIASES, by_name)));
    g.finish();
}

fn miss(c: &mut Criterion) {
    assert!(MISSES.iter().all(|m| by_name(m).is_none()));
    let hashmap = std_hashmap();
    let mut g = c.benchmark_group("miss");
    g.bench_function("by_name", |b| b.iter(each(MISSES, by_name)));
    g.bench_function("std_hashmap_exact", |b| {
        b.iter(each(MISSES, |n| hashmap.get(n).copied()))
    });
    g.bench_function("user_normalize_hashmap_string", |b| {
        b.iter(each(MISSES, user_lookup))
    });
    g.finish();
}

fn hostile(c: &mut Criterion) {
    let huge = "Beijing ".repeat((1 << 20) / 8);
    let marks = "\u{301}".repeat(10_000);
    let mut g = c.benchmark_group("hostile");
    g.bench_with_input(
        BenchmarkId::new("by_name", "1MiB"),
        huge.as_str(),
        |b, s| b.iter(|| by_name(black_box(s))),
    );
    g.bench_with_input(
        BenchmarkId::new("by_name", "10000_combining_marks"),
        marks.as_str(),
        |b, s| b.iter(|| by_name(black_box(s))),
    );
    g.finish();
}

fn suggestions(c: &mut Criterion) {
    let typos = [
        "Bejing",
        "Shangai",
        "San Fransisco",
        "Munchen",
        "Zuerich",
        "Atlantis",
        "Philidelphia",
        "Toranto",
    ];
    // Passes every early exit: as long as the longest key, no match.
    let worst = "qqqqqqqq qqqqqqqq qqqqqqqq qqqq";
    let mut g = c.benchmark_group("suggest");
    g.bench_function("typos", |b| b.iter(each(&typos, suggest)));
    g.bench_function("worst_case", |b| b.iter(|| suggest(black_box(worst))));
    g.finish();
}

/// A row of the README table: label, criterion id, inputs per iteration.
type Row = (&'static str, &'static str, f64);

/// Prints the README table from criterion's saved estimates.
fn report() {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || {
            std::env::current_exe()
                .unwrap()
                .ancestors()
                .nth(3)
                .unwrap()
                .to_path_buf()
        },
        PathBuf::from,
    );
    let median = |id: &str| -> Option<f64> {
        let path = target.join("criterion").join(id).join("new/estimates.json");
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
        json["median"]["point_estimate"].as_f64()
    };
    let n_names = 100.0;
    let sections: &[(&str, &str, &[Row])] = &[
        (
            "rank",
            "rank/by_rank",
            &[
                ("`by_rank(r)`", "rank/by_rank", n_names),
                (
                    "`&[Cluster]` slice `get(r - 1)`",
                    "rank/slice_index",
                    n_names,
                ),
                ("`phf::Map<u8, _>`", "rank/phf_map_u8", n_names),
                ("std `HashMap<u8, _>`", "rank/std_hashmap_u8", n_names),
            ],
        ),
        (
            "name, official spelling",
            "name/by_name",
            &[
                ("`by_name(name)`", "name/by_name", n_names),
                (
                    "std `HashMap<&str, _>`, exact match only",
                    "name/std_hashmap_exact",
                    n_names,
                ),
                (
                    "`BTreeMap<&str, _>`, exact match only",
                    "name/btreemap_exact",
                    n_names,
                ),
                (
                    "linear scan, `eq_ignore_ascii_case`",
                    "name/linear_scan_ignore_ascii_case",
                    n_names,
                ),
                (
                    "what a user writes: normalize into a `String`, `HashMap<String, _>`",
                    "name/user_normalize_hashmap_string",
                    n_names,
                ),
            ],
        ),
        (
            "name, messy spelling (`\"  SAN JOSE-SAN FRANCISCO,  CA  \"`)",
            "messy/by_name",
            &[
                ("`by_name(messy)`", "messy/by_name", n_names),
                (
                    "what a user writes",
                    "messy/user_normalize_hashmap_string",
                    n_names,
                ),
            ],
        ),
        (
            "alias (component cities, Chinese, local names)",
            "alias/by_name",
            &[("`by_name(alias)`", "alias/by_name", ALIASES.len() as f64)],
        ),
        (
            "miss (plausible non-clusters)",
            "miss/by_name",
            &[
                ("`by_name(miss)`", "miss/by_name", MISSES.len() as f64),
                (
                    "std `HashMap<&str, _>` miss",
                    "miss/std_hashmap_exact",
                    MISSES.len() as f64,
                ),
                (
                    "what a user writes",
                    "miss/user_normalize_hashmap_string",
                    MISSES.len() as f64,
                ),
            ],
        ),
        (
            "hostile input",
            "hostile/by_name/1MiB",
            &[
                ("`by_name` of a 1 MiB string", "hostile/by_name/1MiB", 1.0),
                (
                    "`by_name` of 10,000 combining marks",
                    "hostile/by_name/10000_combining_marks",
                    1.0,
                ),
            ],
        ),
        (
            "suggest",
            "suggest/typos",
            &[
                ("`suggest(typo)`", "suggest/typos", 8.0),
                (
                    "`suggest` worst case (no match, longest query)",
                    "suggest/worst_case",
                    1.0,
                ),
            ],
        ),
    ];
    println!(
        "\n| lookup | approach | median ns | vs `by_name`/`by_rank` |\n| --- | --- | ---: | ---: |"
    );
    for (section, reference, rows) in sections {
        let reference = rows
            .iter()
            .find(|r| r.1 == *reference)
            .and_then(|r| median(r.1).map(|m| m / r.2));
        for (label, id, per) in *rows {
            let Some(ns) = median(id).map(|m| m / per) else {
                continue;
            };
            let ratio = reference.map_or(String::new(), |r| format!("{:.2}x", ns / r));
            println!("| {section} | {label} | {ns:.1} | {ratio} |");
        }
    }
    if let Some(build) = median("user_map_build/from_embedded_csv") {
        println!(
            "\nOne-off cost of what a user writes: building the `HashMap<String, _>` from the embedded CSV: {:.1} µs.",
            build / 1000.0
        );
    }
}

fn main() {
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    rank(&mut c);
    name_canonical(&mut c);
    name_messy(&mut c);
    alias(&mut c);
    miss(&mut c);
    hostile(&mut c);
    suggestions(&mut c);
    c.final_summary();
    report();
}
