//! The export, chart and map examples, run as a user runs them: the
//! export is the whole table in JSON and CSV, the chart and the map the
//! committed ones.

mod common;

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
fn export_csv_reimports() {
    let (code, out, _) = run("export", &["--csv"]);
    assert_eq!(code, 0);
    let mut lines = out.lines();
    let header = common::load::csv::split_fields(lines.next().unwrap()).unwrap();
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
    let rows: Vec<Vec<String>> = lines
        .map(|l| common::load::csv::split_fields(l).unwrap())
        .collect();
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
        let names: Vec<&str> = c.economies().iter().map(|e| e.name()).collect();
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
    // A dot per cluster on the world, and one per Chinese cluster on the
    // inset, each listed with its Chinese name.
    assert_eq!(svg.matches("<circle").count(), all().len() + 24);
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
