//! The examples, run as a user runs them: output and exit status.
//!
//! The examples are built (once per run, with this test's features, into
//! its target directory) before they run, so `cargo test --test
//! examples_end_to_end` alone never runs stale binaries.

mod common;

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::Once;

use gii_clusters::{Economy, all, by_rank, in_economy};

fn example(name: &str) -> PathBuf {
    let mut path = std::env::current_exe().unwrap();
    path.pop(); // deps/
    path.pop(); // debug/
    static BUILT: Once = Once::new();
    BUILT.call_once(|| build_examples(path.parent().unwrap().to_path_buf()));
    path.push("examples");
    path.push(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{} is not built: run `cargo test` for all targets",
        path.display()
    );
    path
}

/// `cargo build --examples` into `target_dir`, with this test's features:
/// a no-op when `cargo test` has just built them.
fn build_examples(target_dir: PathBuf) {
    let mut cargo = Command::new(env!("CARGO"));
    cargo
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["build", "--quiet", "--examples", "--target-dir"])
        .arg(target_dir);
    if cfg!(feature = "serde") {
        cargo.args(["--features", "serde"]);
    }
    if !cfg!(feature = "std") {
        cargo.arg("--no-default-features");
    }
    let status = cargo.status().unwrap();
    assert!(status.success(), "cargo build --examples failed");
}

fn run(name: &str, args: &[&str]) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(example(name)).args(args).output().unwrap();
    (
        status.code().unwrap(),
        String::from_utf8(stdout).unwrap(),
        String::from_utf8(stderr).unwrap(),
    )
}

fn lookup(args: &[&str]) -> (i32, String, String) {
    run("lookup", args)
}

#[test]
fn card_for_a_name_a_rank_and_a_chinese_name() {
    let (code, out, err) = lookup(&["Beijing"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(
        out,
        "Beijing
  rank        4 of 100
  Chinese     北京
  economy     China (CN), 2 of 24 in China (序号 of the Chinese list)
  brief       https://www.wipo.int/global_innovation_index/en/docs/2023/cn-beijing.pdf
"
    );
    assert_eq!(lookup(&["4"]).1, out);
    assert_eq!(lookup(&["#4"]).1, out);
    assert_eq!(lookup(&["北京"]).1, out);
    let (code, out, _) = lookup(&["香港"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("Shenzhen–Hong Kong–Guangzhou\n"), "{out}");
    assert!(
        out.contains("Hong Kong, China (HK), 1 of 1 in Hong Kong, China"),
        "{out}"
    );
    // Several words without quotes are one name.
    assert!(lookup(&["San", "Diego"]).1.starts_with("San Diego, CA\n"));
    assert!(
        lookup(&["Brisbane"])
            .1
            .contains("au-brisbane.pdf (inferred")
    );
}

#[test]
fn unknown_input_suggests_and_exits_1() {
    let (code, out, err) = lookup(&["Bejing"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert_eq!(
        err,
        "no cluster named \"Bejing\"; did you mean Beijing (rank 4)?\n"
    );
    let (code, _, err) = lookup(&["Atlantis"]);
    assert_eq!((code, err.as_str()), (1, "no cluster named \"Atlantis\"\n"));
    let (code, _, err) = lookup(&["101"]);
    assert_eq!(
        (code, err.as_str()),
        (1, "no cluster has rank 101; ranks run from 1 to 100\n")
    );
    let (code, _, err) = lookup(&["--economy", "Narnia"]);
    assert_eq!(code, 1);
    assert!(err.starts_with("no economy \"Narnia\""), "{err}");
}

#[test]
fn bad_usage_exits_2_with_usage() {
    for args in [
        &[][..],
        &["--top", "x"],
        &["--top", "0"],
        &["--top", "101"],
        &["--bogus"],
        &["--economy"],
        &["--all", "x"],
    ] {
        let (code, out, err) = lookup(args);
        assert_eq!(code, 2, "{args:?}");
        assert_eq!(out, "", "{args:?}");
        assert!(err.contains("usage: lookup"), "{args:?}: {err}");
    }
    let (code, out, _) = lookup(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("usage: lookup"));
}

/// Every row starts its `column`-th cell (found by `cell`) at the same
/// terminal column.
fn assert_aligned(table: &str, cell: impl Fn(&str) -> Option<usize>) {
    let starts: Vec<usize> = table
        .lines()
        .filter_map(|l| cell(l).map(|i| common::width::width(&l[..i])))
        .collect();
    assert!(starts.len() > 1);
    assert!(
        starts.windows(2).all(|w| w[0] == w[1]),
        "misaligned: {starts:?}\n{table}"
    );
}

#[test]
fn tables_align_in_terminal_columns() {
    let (code, out, _) = lookup(&["--economy", "DE"]);
    assert_eq!(code, 0);
    let rows: Vec<&str> = out.lines().skip(2).collect();
    let expected: Vec<&str> = in_economy(Economy::Germany).map(|c| c.name()).collect();
    assert_eq!(rows.len(), 9);
    for (row, name) in rows.iter().zip(&expected) {
        assert!(row.contains(name), "{row}");
    }
    assert_eq!(lookup(&["--economy", "germany"]).1, out);
    assert_eq!(lookup(&["--economy", "德国"]).1, out);

    let (code, out, _) = lookup(&["--china"]);
    assert_eq!(code, 0);
    let rows: Vec<&str> = out.lines().skip(2).collect();
    assert_eq!(rows.len(), 24);
    let mut china: Vec<_> = in_economy(Economy::China).collect();
    china.sort_by_key(|c| c.rank_in(Economy::China));
    for (row, c) in rows.iter().zip(&china) {
        assert!(
            row.contains(c.name_zh().unwrap()) && row.ends_with(c.name()),
            "{row}"
        );
    }
    // The English names line up although the Chinese names differ in length.
    let english = |line: &str| {
        china
            .iter()
            .find_map(|c| line.find(c.name()).filter(|_| line.ends_with(c.name())))
    };
    assert_aligned(&out, english);

    let (_, out, _) = lookup(&["--all"]);
    assert_eq!(out.lines().count(), 101);
    let (_, out, _) = lookup(&["--top", "10"]);
    assert_eq!(out.lines().count(), 11);
    assert!(out.lines().nth(10).unwrap().contains("New York City, NY"));
    assert_aligned(&out, |line| {
        line.find("JP")
            .or_else(|| line.find("KR"))
            .or_else(|| line.find("CN"))
            .or_else(|| line.find("US"))
    });
}

#[cfg(feature = "serde")]
#[test]
fn json_on_every_form() {
    let json = |args: &[&str]| {
        let (code, out, err) = lookup(args);
        assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
        serde_json::from_str::<serde_json::Value>(&out).unwrap()
    };
    assert_eq!(
        json(&["--json", "Beijing"]),
        serde_json::to_value(by_rank(4).unwrap()).unwrap()
    );
    assert_eq!(
        json(&["Beijing", "--json"]),
        serde_json::to_value(by_rank(4).unwrap()).unwrap()
    );
    assert_eq!(
        json(&["--json", "--all"]),
        serde_json::to_value(all()).unwrap()
    );
    assert_eq!(json(&["--json", "--top", "3"]).as_array().unwrap().len(), 3);
    let de: Vec<_> = in_economy(Economy::Germany).collect();
    assert_eq!(
        json(&["--json", "--economy", "DE"]),
        serde_json::to_value(&de).unwrap()
    );
    let china = json(&["--json", "--china"]);
    let zh: Vec<&str> = china
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name_zh"].as_str().unwrap())
        .collect();
    assert_eq!(zh.len(), 24);
    assert_eq!(zh[..3], ["香港", "北京", "上海"]);
    let (code, _, _) = lookup(&["--json", "Bejing"]);
    assert_eq!(code, 1);
}

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
            "brief_url_inferred"
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

/// The outputs README.md shows are what the example prints today.
#[test]
fn readme_shows_current_output() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for args in [
        &["Beijing"][..],
        &["香港"],
        &["--economy", "DE"],
        &["--top", "5"],
        &["Bejing"],
    ] {
        let (_, out, err) = lookup(args);
        let shown = format!(
            "$ cargo run --example lookup -- {}\n{out}{err}",
            args.join(" ")
        );
        assert!(readme.contains(&shown), "README.md should show:\n{shown}");
    }
}
