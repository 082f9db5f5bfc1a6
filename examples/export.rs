//! Writes the whole ranking to stdout as JSON (default, `--json`) or CSV
//! (`--csv`), to take the data to pandas, a spreadsheet or a database.
//!
//! ```text
//! cargo run --example export --features serde > clusters.json
//! cargo run --example export --features serde -- --csv > clusters.csv
//! ```
//!
//! The JSON is an array of the objects `Cluster` serializes to. The CSV
//! has one row per cluster; multi-valued columns (`economies`,
//! `economy_names`, `national_ranks`) join their values with `/`, in the
//! same order.

use std::process::ExitCode;

use gii_clusters::all;

const CSV_COLUMNS: [&str; 10] = [
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

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let output = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] | ["--json"] => match serde_json::to_string_pretty(all()) {
            Ok(json) => json + "\n",
            Err(e) => {
                eprintln!("export: {e}");
                return ExitCode::FAILURE;
            }
        },
        ["--csv"] => csv(),
        _ => {
            eprintln!("usage: export [--json | --csv]");
            return ExitCode::from(2);
        }
    };
    print!("{output}");
    ExitCode::SUCCESS
}

fn csv() -> String {
    let mut out = CSV_COLUMNS.join(",") + "\n";
    for c in all() {
        let join = |values: Vec<String>| values.join("/");
        let fields = [
            c.rank().to_string(),
            c.name().to_owned(),
            c.name_zh().unwrap_or_default().to_owned(),
            join(
                c.economies()
                    .iter()
                    .map(|e| e.alpha2().to_owned())
                    .collect(),
            ),
            join(c.economies().iter().map(|e| e.name().to_owned()).collect()),
            join(
                c.economies()
                    .iter()
                    .map(|&e| c.rank_in(e).map_or(String::new(), |n| n.to_string()))
                    .collect(),
            ),
            c.brief_url().to_owned(),
            c.brief_url_inferred().to_string(),
            c.location().latitude.to_string(),
            c.location().longitude.to_string(),
        ];
        let quoted: Vec<String> = fields.iter().map(|f| quote(f)).collect();
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
