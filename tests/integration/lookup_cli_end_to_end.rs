//! The lookup example, run as a user runs it: cards, tables, JSON,
//! messages and exit statuses, and the outputs README.md shows.

use crate::common;

use common::examples::{lookup, lookup_with_input};
use gii_clusters::{Economy, in_economy};

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
  location    39.9075° N, 116.3972° E
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
    let (code, out, err) = lookup(&["Beijng"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert_eq!(
        err,
        "lookup: \"Beijng\": no cluster has that name; did you mean Beijing (rank 4)?\n"
    );
    let (code, _, err) = lookup(&["Atlantis"]);
    assert_eq!(
        (code, err.as_str()),
        (1, "lookup: \"Atlantis\": no cluster has that name\n")
    );
    let (code, _, err) = lookup(&["101"]);
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "lookup: \"101\": no cluster has rank 101: ranks run from 1 to 100\n"
        )
    );
    let (code, _, err) = lookup(&["--economy", "Narnia"]);
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "lookup: \"Narnia\": no economy of the ranking has that alpha-2 code, alpha-3 code or name\n"
        )
    );
    // A long query is cut in the message.
    let long = "x".repeat(300);
    let (code, _, err) = lookup(&[&long]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!("lookup: {:?}…: no cluster has that name\n", "x".repeat(40))
    );
}

#[test]
fn qualified_names_and_economies_as_queries() {
    let (code, out, _) = lookup(&["Cambridge,", "UK"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("Cambridge\n  rank        65 of 100\n"),
        "{out}"
    );
    let (code, out, _) = lookup(&["Boston, MA"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("Boston–Cambridge, MA\n"), "{out}");
    let (code, _, err) = lookup(&["Paris, Texas"]);
    assert_eq!(
        (code, err.as_str()),
        (1, "lookup: \"Paris, Texas\": no cluster has that name\n")
    );
    // A name that is an economy's lists it, as --economy does.
    assert_eq!(lookup(&["Germany"]), lookup(&["--economy", "DE"]));
    let (code, out, _) = lookup(&["Russia"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("Russian Federation (RU): 1 cluster\n"),
        "{out}"
    );
    // A name that is a cluster's stays the cluster's.
    assert!(
        lookup(&["Singapore"])
            .1
            .starts_with("Singapore\n  rank        33")
    );
}

#[cfg(feature = "std")]
#[test]
fn near_a_point_finds_the_nearest_cluster() {
    let (code, out, _) = lookup(&["--near", "37.44,-122.14"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("24.4 km from 37.4400° N, 122.1400° W:\nSan Jose–San Francisco, CA\n"),
        "{out}"
    );
    assert_eq!(
        lookup(&["--near=-33.87,151.21"]).1.lines().nth(1),
        Some("Sydney")
    );
    for bad in ["91,0", "0,181", "x,1", "35.6"] {
        let (code, out, err) = lookup(&["--near", bad]);
        assert_eq!((code, out.as_str()), (2, ""), "{bad}");
        assert!(err.starts_with("lookup: "), "{bad}: {err}");
    }
}

/// An argument that is not UTF-8 is bad usage, shown escaped, in every
/// example that reads arguments and in every position.
#[cfg(unix)]
#[test]
fn arguments_that_are_not_utf8_are_bad_usage() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    use std::process::Command;

    let bad = OsStr::from_bytes(b"Beijing\xff");
    let mut runs: Vec<(&str, Vec<&OsStr>)> = vec![
        ("lookup", vec![bad]),
        ("lookup", vec![OsStr::new("Boston,"), bad]),
        ("lookup", vec![OsStr::new("--economy"), bad]),
        ("lookup", vec![OsStr::new("--top"), bad]),
        ("lookup", vec![OsStr::new("--near"), bad]),
    ];
    if cfg!(feature = "serde") {
        runs.push(("export", vec![bad]));
        runs.push(("export", vec![OsStr::new("--csv"), bad]));
    }
    for (name, args) in runs {
        let output = Command::new(common::examples::example(name))
            .args(&args)
            .output()
            .unwrap();
        let err = String::from_utf8(output.stderr).unwrap();
        assert_eq!(output.status.code(), Some(2), "{name} {args:?}: {err}");
        let expected = format!(
            "{name}: argument {} is not UTF-8: \"Beijing\\xFF\"\n\nusage: ",
            args.len()
        );
        assert!(err.starts_with(&expected), "{name} {args:?}: {err}");
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn bad_usage_exits_2_with_usage() {
    for args in [
        &[][..],
        &["--top", "x"],
        &["--top", "0"],
        &["--top=101"],
        &["--bogus"],
        &["--economy"],
        &["--all", "x"],
        &["-V"],
        &["-x"],
        &["Beijing", "-v"],
    ] {
        let (code, out, err) = lookup(args);
        assert_eq!(code, 2, "{args:?}");
        assert_eq!(out, "", "{args:?}");
        assert!(err.contains("usage: lookup"), "{args:?}: {err}");
    }
    let (code, out, _) = lookup(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("usage: lookup"));
    assert_eq!(lookup(&["--top=5"]), lookup(&["--top", "5"]));
    assert_eq!(lookup(&["--economy=DE"]), lookup(&["--economy", "DE"]));
}

/// A code or name of no economy of the ranking: the message says whether
/// it is a country with no cluster, or no code at all.
#[test]
fn economies_with_no_cluster_are_told_from_no_economy() {
    for (arg, expected) in [
        (
            "NA",
            "lookup: \"NA\": Namibia (NA) has no cluster in the ranking\n",
        ),
        (
            "nam",
            "lookup: \"nam\": Namibia (NA) has no cluster in the ranking\n",
        ),
        (
            "Namibia",
            "lookup: \"Namibia\": Namibia (NA) has no cluster in the ranking\n",
        ),
        (
            "XX",
            "lookup: \"XX\": no economy of the ranking has that alpha-2 code, alpha-3 code or name; nor is it an ISO 3166-1 code\n",
        ),
    ] {
        let (code, out, err) = lookup(&["--economy", arg]);
        assert_eq!(
            (code, out.as_str(), err.as_str()),
            (1, "", expected),
            "{arg}"
        );
    }
}

/// One grammar for every option: a value may follow `=` or span the
/// arguments after the option, is trimmed, and when it is empty or
/// malformed the exit status is 2 with the same kind of message.
#[test]
fn every_option_reads_its_value_alike() {
    for (flag, takes) in [
        ("--top", "a number from 1 to 100"),
        ("--economy", "an economy's alpha-2 or alpha-3 code or name"),
        (
            "--near",
            "LAT,LON in degrees (also `LAT, LON` or `LAT LON`)",
        ),
    ] {
        for args in [
            vec![format!("{flag}=")],
            vec![flag.to_owned(), " ".to_owned()],
        ] {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let (code, out, err) = lookup(&args);
            assert_eq!((code, out.as_str()), (2, ""), "{args:?}");
            let expected = format!("lookup: {flag} takes {takes}, not \"\"\n\nusage: lookup");
            assert!(err.starts_with(&expected), "{args:?}: {err}");
        }
    }
    let (code, _, err) = lookup(&["--top", "5", "6"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("lookup: --top takes a number from 1 to 100, not \"5 6\""),
        "{err}"
    );
    assert_eq!(lookup(&["--top", " 5 "]), lookup(&["--top", "5"]));
    if cfg!(feature = "std") {
        let near = lookup(&["--near", "37.44,-122.14"]);
        assert_eq!(near.0, 0);
        for args in [
            &["--near", "37.44,", "-122.14"][..],
            &["--near", "37.44", "-122.14"],
            &["--near", " 37.44 , -122.14 "],
            &["--near=37.44,", "-122.14"],
        ] {
            assert_eq!(lookup(args), near, "{args:?}");
        }
    }
    // A negative number is no option, but no rank or name either.
    let (code, _, err) = lookup(&["-1"]);
    assert_eq!(
        (code, err.as_str()),
        (1, "lookup: \"-1\": no cluster has that name\n")
    );
}

/// Every row starts its `column`-th cell (found by `cell`) at the same
/// terminal column, as the `unicode-width` crate measures it (not the
/// example's own width function).
fn assert_aligned(table: &str, cell: impl Fn(&str) -> Option<usize>) {
    use unicode_width::UnicodeWidthStr;
    let starts: Vec<usize> = table
        .lines()
        .filter_map(|l| cell(l).map(|i| l[..i].width()))
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
    let expected: Vec<&str> = in_economy(Economy::Germany)
        .map(gii_clusters::Cluster::name)
        .collect();
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

#[cfg(not(feature = "std"))]
#[test]
fn near_needs_std() {
    let (code, out, err) = lookup(&["--near", "37.44,-122.14"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(err, "lookup: --near needs the std feature\n");
}

/// What `--json` prints, checked as text: the same keys in the same
/// order as `Serialize` writes them, in every form.
#[cfg(feature = "serde")]
#[test]
fn json_on_every_form_is_what_serialize_writes() {
    use gii_clusters::{Cluster, all, by_rank};

    fn pretty<T: serde::Serialize + ?Sized>(value: &T) -> String {
        serde_json::to_string_pretty(value).unwrap() + "\n"
    }
    let printed = |args: &[&str]| {
        let (code, out, err) = lookup(args);
        assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
        out
    };
    let beijing = by_rank(4).unwrap();
    assert_eq!(printed(&["--json", "Beijing"]), pretty(beijing));
    assert_eq!(printed(&["Beijing", "--json"]), pretty(beijing));
    assert_eq!(printed(&["--json", "4"]), pretty(beijing));
    assert_eq!(printed(&["--json", "--all"]), pretty(all()));
    assert_eq!(printed(&["--json", "--top", "3"]), pretty(&all()[..3]));
    let germany: Vec<&Cluster> = in_economy(Economy::Germany).collect();
    assert_eq!(printed(&["--json", "--economy", "DE"]), pretty(&germany));
    assert_eq!(printed(&["--json", "Germany"]), pretty(&germany));
    let mut china: Vec<&Cluster> = in_economy(Economy::China).collect();
    china.sort_by_key(|c| c.rank_in(Economy::China));
    assert_eq!(printed(&["--json", "--china"]), pretty(&china));
    // Every object starts with its rank, and carries its national ranks.
    let value: serde_json::Value = serde_json::from_str(&printed(&["--json", "--china"])).unwrap();
    let order: Vec<u64> = value
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["national_ranks"]["CN"].as_u64().unwrap())
        .collect();
    assert_eq!(order, (1..=24).collect::<Vec<_>>());
    assert!(printed(&["--json", "--top", "1"]).starts_with("[\n  {\n    \"rank\": 1,"));
    let (code, _, _) = lookup(&["--json", "Beijng"]);
    assert_eq!(code, 1);
}

#[cfg(all(feature = "serde", feature = "std"))]
#[test]
fn json_near_a_point_nests_the_cluster_and_rounds_to_a_tenth() {
    #[derive(serde::Serialize)]
    struct Nearest {
        point: gii_clusters::Location,
        distance_km: f64,
        cluster: &'static gii_clusters::Cluster,
    }
    let (code, out, err) = lookup(&["--json", "--near", "37.44,-122.14"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let point = gii_clusters::Location {
        latitude: 37.44,
        longitude: -122.14,
    };
    let cluster = gii_clusters::by_rank(6).unwrap();
    // The haversine gives 24.36 km.
    assert!((point.distance_km(cluster.location()) - 24.36).abs() < 0.005);
    let expected = Nearest {
        point,
        distance_km: 24.4,
        cluster,
    };
    assert_eq!(out, serde_json::to_string_pretty(&expected).unwrap() + "\n");
}

#[cfg(not(feature = "serde"))]
#[test]
fn json_needs_serde() {
    for args in [
        &["--json", "Beijing"][..],
        &["--json", "Beijng"],
        &["--all", "--json"],
    ] {
        let (code, out, err) = lookup(args);
        assert_eq!((code, out.as_str()), (2, ""), "{args:?}");
        assert!(
            err.starts_with("lookup: --json needs the serde feature"),
            "{err}"
        );
    }
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
        &["Cambridge,", "UK"],
        &["Москва"],
        &["Beijng"],
        &["Paris,", "Texas"],
    ] {
        let (_, out, err) = lookup(args);
        let shown = format!(
            "$ cargo run --example lookup -- {}\n{out}{err}",
            args.join(" ")
        );
        assert!(readme.contains(&shown), "README.md should show:\n{shown}");
    }
}

#[test]
fn locate_one_address_shows_what_decided() {
    let (code, out, err) = lookup(&["--locate", "Cambridge,", "MA", "02139,", "USA"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(
        out.starts_with(
            "\"Cambridge, MA 02139, USA\" names\n  Cambridge (MA 02139, USA) → 8 Boston–Cambridge, MA\n\nBoston–Cambridge, MA\n  rank        8 of 100\n"
        ),
        "{out}"
    );
    let (code, out, err) = lookup(&["--locate", "Munich, Germany; Cambridge, MA, USA"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert_eq!(
        err,
        "lookup: \"Munich, Germany; Cambridge, MA, USA\": no one cluster: it names\n  Munich (Germany) → 22 Munich\n  Cambridge (MA, USA) → 8 Boston–Cambridge, MA\n"
    );
    let (code, _, err) = lookup(&["--locate", "Atlantis"]);
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "lookup: \"Atlantis\": no one cluster: it names no place of a cluster\n"
        )
    );
    let (code, out, err) = lookup(&["--json", "--locate", "Beijing"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.starts_with("lookup: --locate writes text or TSV, not JSON\n"),
        "{err}"
    );
}

/// The batch form: a TSV line per line read, the line as read (its line
/// end aside), then rank and name, empty when none; a line that is not
/// UTF-8 comes back as read, and is counted on stderr.
#[test]
fn locate_lines_as_tsv() {
    let input = b"Tsinghua University, Beijing 100084, China\r\nnowhere\n\xff\xfe Tokyo\nA\tB\n\n80333 M\xc3\xbcnchen";
    let (code, out, err) = lookup_with_input(&["--locate"], input);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        b"Tsinghua University, Beijing 100084, China\t4\tBeijing\nnowhere\t\t\n\xff\xfe Tokyo\t\t\nA\tB\t\t\n\t\t\n80333 M\xc3\xbcnchen\t22\tMunich\n"
    );
    assert_eq!(
        err,
        "lookup: 1 of 6 lines were not UTF-8: written back with no cluster\n"
    );
    let (code, out, err) = lookup_with_input(&["--locate"], b"");
    assert_eq!((code, out.len(), err.as_str()), (0, 0, ""));
    let (code, out, err) = lookup_with_input(&["--json", "--locate"], b"Beijing\n");
    assert_eq!((code, out.len()), (2, 0));
    assert!(
        err.starts_with("lookup: --locate writes text or TSV, not JSON\n"),
        "{err}"
    );
}
