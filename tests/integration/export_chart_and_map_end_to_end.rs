//! The export, chart and map examples, run as a user runs them: the
//! export is the whole table in JSON and CSV, the chart and the map the
//! committed ones.

use crate::common;

use common::examples::run;
use gii_clusters::{Economy, all, in_economy};

#[cfg(feature = "serde")]
#[test]
fn export_json_is_the_whole_table() {
    for args in [&[][..], &["--json"]] {
        let (code, out, _) = run("export", args);
        assert_eq!(code, 0);
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(value.as_array().unwrap().len(), 100);
        assert_eq!(value, serde_json::to_value(all()).unwrap());
    }
    assert_eq!(run("export", &["--xml"]).0, 2);
}

#[cfg(feature = "serde")]
#[test]
#[allow(
    clippy::float_cmp,
    reason = "the CSV writes each coordinate so that it reads back exactly"
)]
fn export_csv_reimports() {
    let (code, out, _) = run("export", &["--csv"]);
    assert_eq!(code, 0);
    let mut lines = out.lines();
    let header = common::csv::fields(lines.next().unwrap()).unwrap();
    assert_eq!(
        header,
        [
            "rank",
            "name",
            "name_zh",
            "economies",
            "economy_names",
            "national_ranks",
            "brief_url",
            "brief_url_inferred",
            "latitude",
            "longitude"
        ]
    );
    let rows: Vec<Vec<String>> = lines.map(|l| common::csv::fields(l).unwrap()).collect();
    assert_eq!(rows.len(), 100);
    for (row, c) in rows.iter().zip(all()) {
        assert_eq!(row.len(), header.len());
        assert_eq!(row[0], c.rank().to_string());
        assert_eq!(row[1], c.name());
        assert_eq!(row[2], c.name_zh().unwrap_or(""));
        let economies: Vec<Economy> = row[3]
            .split('/')
            .map(|code| Economy::from_alpha2(code).unwrap())
            .collect();
        assert_eq!(economies, c.economies());
        let names: Vec<&str> = c.economies().iter().map(|e| e.wipo_name()).collect();
        assert_eq!(row[4], names.join("/"));
        let national: Vec<u8> = row[5].split('/').map(|n| n.parse().unwrap()).collect();
        let expected: Vec<u8> = c
            .economies()
            .iter()
            .map(|&e| c.rank_in(e).unwrap())
            .collect();
        assert_eq!(national, expected);
        assert_eq!(row[6], c.brief_url());
        assert_eq!(row[7], c.brief_url_inferred().to_string());
        let location = c.location();
        assert_eq!(row[8].parse::<f64>().unwrap(), location.latitude);
        assert_eq!(row[9].parse::<f64>().unwrap(), location.longitude);
    }
}

/// Counts per alpha-2 code, as a group-by counts them.
#[cfg(feature = "serde")]
fn counts<'a>(codes: impl Iterator<Item = &'a str>) -> std::collections::BTreeMap<&'a str, usize> {
    let mut counts = std::collections::BTreeMap::new();
    for code in codes {
        *counts.entry(code).or_default() += 1;
    }
    counts
}

/// What an analyst groups by: every economy counts all its clusters,
/// those shared with other economies too, in both exports.
#[cfg(feature = "serde")]
#[test]
#[allow(
    clippy::float_cmp,
    reason = "the CSV writes each coordinate so that it reads back exactly"
)]
fn both_exports_group_by_economy() {
    let expected: std::collections::BTreeMap<&str, usize> = Economy::ALL
        .iter()
        .map(|&e| (e.alpha2(), in_economy(e).len()))
        .collect();
    assert_eq!(expected["CN"], 24);
    assert_eq!(expected["DE"], 9);

    let (code, out, _) = run("export", &["--json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let objects = json.as_array().unwrap();
    let ranks: Vec<&serde_json::Map<String, serde_json::Value>> = objects
        .iter()
        .map(|c| c["national_ranks"].as_object().unwrap())
        .collect();
    assert_eq!(
        counts(ranks.iter().flat_map(|r| r.keys().map(String::as_str))),
        expected
    );
    assert_eq!(
        objects[1]["national_ranks"],
        serde_json::json!({"CN": 1, "HK": 1})
    );

    let (code, out, _) = run("export", &["--csv", "--long"]);
    assert_eq!(code, 0);
    assert_eq!(run("export", &["--long", "--csv"]).1, out);
    let mut lines = out.lines();
    let header = common::csv::fields(lines.next().unwrap()).unwrap();
    assert_eq!(
        header,
        [
            "rank",
            "name",
            "name_zh",
            "economy",
            "economy_name",
            "national_rank",
            "brief_url",
            "brief_url_inferred",
            "latitude",
            "longitude"
        ]
    );
    let rows: Vec<Vec<String>> = lines.map(|l| common::csv::fields(l).unwrap()).collect();
    let listed: usize = all().iter().map(|c| c.economies().len()).sum();
    assert_eq!((rows.len(), listed), (104, 104));
    assert_eq!(counts(rows.iter().map(|r| r[3].as_str())), expected);
    for row in &rows {
        let c = gii_clusters::by_rank(row[0].parse().unwrap()).unwrap();
        let economy = Economy::from_alpha2(&row[3]).unwrap();
        assert_eq!(row[1], c.name());
        assert_eq!(row[4], economy.wipo_name());
        // An integer column, as a data frame loads it.
        assert_eq!(row[5].parse::<u8>().ok(), c.rank_in(economy), "{row:?}");
        assert_eq!(row[2], c.name_zh().unwrap_or(""));
        assert_eq!(row[8].parse::<f64>().unwrap(), c.location().latitude);
        assert_eq!(row[9].parse::<f64>().unwrap(), c.location().longitude);
    }
    let china: Vec<u8> = rows
        .iter()
        .filter(|r| r[3] == "CN")
        .map(|r| r[5].parse().unwrap())
        .collect();
    let mut sorted = china.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        (1..=24).collect::<Vec<u8>>(),
        "序号 1 to 24, once each"
    );
    assert_eq!(run("export", &["--long"]).0, 2);
}

#[test]
fn chart_is_the_committed_one() {
    let (code, svg, err) = run("chart", &[]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.trim_end().ends_with("</svg>"));
    // One dot per cluster and economy, plus one per Chinese cluster.
    let listed: usize = all().iter().map(|c| c.economies().len()).sum();
    assert_eq!(svg.matches("<circle").count(), listed + 24);
    for c in in_economy(Economy::China) {
        assert!(
            svg.contains(&format!(
                "{}  {}",
                c.name_zh().unwrap(),
                c.name().replace('&', "&amp;")
            )),
            "{c}"
        );
    }
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/clusters.svg")).unwrap();
    assert!(
        committed == svg,
        "docs/clusters.svg is stale: run `cargo run --example chart > docs/clusters.svg`"
    );
}

#[test]
fn map_is_the_committed_one() {
    let (code, svg, err) = run("map", &[]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.trim_end().ends_with("</svg>"));
    // A dot per cluster on the world, four in the legend, a disc per
    // number (the top ten, China's 24), and a dot where a number of the
    // inset had to move off its own (one line to each number moved off
    // its dot); each Chinese cluster listed with its Chinese name. Where
    // the numbers go is the example's own test (`examples/map/layout.rs`).
    let circles = svg.matches("<circle").count();
    assert!(circles >= all().len() + 4 + 10 + 24, "{circles} circles");
    let lines = svg.matches("<line ").count();
    assert!(
        circles - (all().len() + 4 + 10 + 24) <= lines,
        "{lines} lines"
    );
    for c in in_economy(Economy::China) {
        assert!(svg.contains(c.name_zh().unwrap()), "{c}");
    }
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/map.svg")).unwrap();
    assert!(
        committed == svg,
        "docs/map.svg is stale: run `cargo run --example map > docs/map.svg`"
    );
}
