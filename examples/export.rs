//! Writes the whole ranking to stdout as JSON (default, `--json`) or CSV
//! (`--csv`, `--csv --long`), to take the data to pandas, a spreadsheet
//! or a database.
//!
//! ```text
//! cargo run --example export --features serde > clusters.json
//! cargo run --example export --features serde -- --csv > clusters.csv
//! cargo run --example export --features serde -- --csv --long > cluster_economies.csv
//! ```
//!
//! The JSON is an array of the objects `Cluster` serializes to, each with
//! its `national_ranks` (alpha-2 code to national rank). The CSV has one
//! row per cluster; its multi-valued columns (`economies`,
//! `economy_names`, `national_ranks`) join their values with `/`, in the
//! same order. The long CSV has one row per cluster and economy (a
//! cluster of three economies has three rows), so that a group-by on
//! `economy` counts every cluster of an economy and `national_rank` is a
//! plain integer.
//!
//! Exit status: 0 on success, 2 on bad usage or a failed write.

use std::process::ExitCode;

use gii_clusters::{Cluster, Economy, all};

#[path = "support/output.rs"]
mod output;

#[path = "support/args.rs"]
mod args;

const USAGE: &str = "usage: export [--json | --csv [--long]]";

/// The columns of the wide CSV: one row per cluster.
const WIDE: [&str; 10] = [
    "rank",
    "name",
    "name_zh",
    "economies",
    "economy_names",
    "national_ranks",
    "brief_url",
    "brief_url_inferred",
    "latitude",
    "longitude",
];

/// The columns of the long CSV: one row per cluster and economy.
const LONG: [&str; 10] = [
    "rank",
    "name",
    "name_zh",
    "economy",
    "economy_name",
    "national_rank",
    "brief_url",
    "brief_url_inferred",
    "latitude",
    "longitude",
];

fn main() -> ExitCode {
    let args = match args::utf8_args() {
        Ok(args) => args,
        Err(message) => return output::fail("export", &format!("{message}\n\n{USAGE}"), 2),
    };
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let output = match args.as_slice() {
        [] | ["--json"] => match serde_json::to_string_pretty(all()) {
            Ok(json) => json + "\n",
            Err(error) => return output::fail("export", &error.to_string(), 2),
        },
        ["--csv"] => csv(&WIDE, wide_rows()),
        ["--csv", "--long"] | ["--long", "--csv"] => csv(&LONG, long_rows()),
        _ => return output::fail("export", USAGE, 2),
    };
    output::print("export", &output)
}

/// One row per cluster, multi-valued cells joined with `/`.
fn wide_rows() -> Vec<Vec<String>> {
    all()
        .iter()
        .map(|c| {
            let joined = |cell: fn(&Cluster, Economy) -> String| {
                let cells: Vec<String> = c.economies().iter().map(|&e| cell(c, e)).collect();
                cells.join("/")
            };
            row(
                c,
                [
                    joined(|_, e| e.alpha2().to_owned()),
                    joined(|_, e| e.wipo_name().to_owned()),
                    joined(national_rank),
                ],
            )
        })
        .collect()
}

/// One row per cluster and economy.
fn long_rows() -> Vec<Vec<String>> {
    all()
        .iter()
        .flat_map(|c| {
            c.economies().iter().map(move |&e| {
                row(
                    c,
                    [
                        e.alpha2().to_owned(),
                        e.wipo_name().to_owned(),
                        national_rank(c, e),
                    ],
                )
            })
        })
        .collect()
}

/// The rank of `c` in `e`, one of its economies.
fn national_rank(c: &Cluster, e: Economy) -> String {
    c.rank_in(e).map_or(String::new(), |n| n.to_string())
}

/// A row of either CSV: the cluster's cells around the three economy cells.
fn row(c: &Cluster, [economy, economy_name, national_rank]: [String; 3]) -> Vec<String> {
    vec![
        c.rank().to_string(),
        c.name().to_owned(),
        c.name_zh().unwrap_or_default().to_owned(),
        economy,
        economy_name,
        national_rank,
        c.brief_url().to_owned(),
        c.brief_url_inferred().to_string(),
        c.location().latitude.to_string(),
        c.location().longitude.to_string(),
    ]
}

fn csv(header: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut out = header.join(",") + "\n";
    for row in rows {
        let quoted: Vec<String> = row.iter().map(|f| quote(f)).collect();
        out += &quoted.join(",");
        out.push('\n');
    }
    out
}

/// RFC 4180 quoting: fields with a comma, quote or line break are quoted,
/// with inner quotes doubled.
fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}
