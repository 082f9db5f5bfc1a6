//! Look clusters up from the command line.
//!
//! ```text
//! cargo run --example lookup -- Beijing          # a cluster by name, alias or Chinese name
//! cargo run --example lookup -- 4                # … or by rank
//! cargo run --example lookup -- --economy DE     # an economy's clusters
//! cargo run --example lookup -- --china          # China's list, in its national order
//! cargo run --example lookup -- --top 10         # the first N of the ranking
//! cargo run --example lookup -- --all            # the whole ranking
//! cargo run --example lookup --features serde -- --json Beijing   # JSON, on every form
//! ```
//!
//! Exit status: 0 on success, 1 when nothing matches, 2 on bad usage.

use std::fmt::Write as _;
use std::process::ExitCode;

use gii_clusters::{Cluster, Economy, Error, all, by_rank, in_economy, parse};

#[path = "support/width.rs"]
mod width;
use width::width;

const USAGE: &str = "\
usage: lookup [--json] <rank | name>
       lookup [--json] --economy <alpha-2 code | name>
       lookup [--json] --china
       lookup [--json] --top <N>
       lookup [--json] --all

Looks up the WIPO Global Innovation Index 2023 top 100 science and
technology clusters. A name may be the official name, a component city,
a local or former name, or the Chinese name, in any case and with or
without accents: Beijing, 4, 北京, Munchen, \"san jose\".

  --economy X   the clusters of an economy (DE, Germany, 德国), in rank order
  --china       China's 24 clusters in the order of the Chinese list (序号)
  --top N       the first N clusters (1 to 100)
  --all         all 100 clusters
  --json        print JSON (needs the serde feature)
  -h, --help    this text";

/// What the command line asks for.
enum Request {
    Help,
    One(String),
    Economy(String),
    China,
    Top(u8),
    All,
}

fn parse_args(args: &[String]) -> Result<(Request, bool), String> {
    let json = args.iter().any(|a| a == "--json");
    let args: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|&a| a != "--json")
        .collect();
    let request = match args.as_slice() {
        [] => return Err("nothing to look up".into()),
        ["-h" | "--help"] => Request::Help,
        ["--all"] => Request::All,
        ["--china"] => Request::China,
        ["--top", n] => match n.parse::<u8>() {
            Ok(n @ 1..=100) => Request::Top(n),
            _ => return Err(format!("--top takes a number from 1 to 100, not {n:?}")),
        },
        ["--economy", words @ ..] if !words.is_empty() => Request::Economy(words.join(" ")),
        [flag, ..] if flag.starts_with("--") || *flag == "-h" => {
            return Err(format!("unknown option or wrong arguments for {flag:?}"));
        }
        words => Request::One(words.join(" ")),
    };
    Ok((request, json))
}

/// Why nothing was printed: the message and the exit status.
struct Failure {
    message: String,
    status: u8,
}

impl Failure {
    /// Nothing matches the query: exit status 1.
    fn no_match(message: String) -> Failure {
        Failure { message, status: 1 }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (request, json) = match parse_args(&args) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("lookup: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if json && !cfg!(feature = "serde") {
        eprintln!(
            "lookup: --json needs the serde feature: cargo run --example lookup --features serde -- --json …"
        );
        return ExitCode::from(2);
    }
    match answer(request, json) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(failure) => {
            eprintln!("{}", failure.message);
            ExitCode::from(failure.status)
        }
    }
}

/// The text that answers `request`.
fn answer(request: Request, json: bool) -> Result<String, Failure> {
    let clusters: Vec<&'static Cluster> = match request {
        Request::Help => return Ok(format!("{USAGE}\n")),
        Request::One(query) => return one(&query, json),
        Request::Economy(query) => {
            let economy = query.parse::<Economy>().map_err(|_| {
                Failure::no_match(format!(
                    "no economy {query:?}; give an alpha-2 code such as DE or a name such as Germany"
                ))
            })?;
            let clusters: Vec<_> = in_economy(economy).collect();
            if !json {
                let title = format!(
                    "{} ({}): {} clusters\n",
                    economy.name(),
                    economy.alpha2(),
                    clusters.len()
                );
                return Ok(title + &table(&clusters, Some(economy)));
            }
            clusters
        }
        Request::China => {
            let mut clusters: Vec<_> = in_economy(Economy::China).collect();
            clusters.sort_by_key(|c| c.rank_in(Economy::China));
            if !json {
                return Ok(china_table(&clusters));
            }
            clusters
        }
        Request::Top(n) => (1..=n).filter_map(by_rank).collect(),
        Request::All => all().iter().collect(),
    };
    Ok(if json {
        to_json(&clusters)
    } else {
        table(&clusters, None)
    })
}

/// One cluster, by rank or name, as a card or JSON.
fn one(query: &str, json: bool) -> Result<String, Failure> {
    match parse(query) {
        Ok(cluster) if json => Ok(to_json(&cluster)),
        Ok(cluster) => Ok(card(cluster)),
        Err(Error::UnknownRank { .. }) => Err(Failure::no_match(format!(
            "no cluster has rank {query}; ranks run from 1 to {}",
            all().len()
        ))),
        Err(error) => {
            let hint = match error {
                Error::UnknownName {
                    suggestion: Some(c),
                } => format!("; did you mean {} (rank {})?", c.name(), c.rank()),
                _ => String::new(),
            };
            Err(Failure::no_match(format!(
                "no cluster named {query:?}{hint}"
            )))
        }
    }
}

#[cfg(feature = "serde")]
fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).map_or_else(|e| format!("error: {e}\n"), |json| json + "\n")
}

#[cfg(not(feature = "serde"))]
fn to_json<T>(_: &T) -> String {
    unreachable!("--json is refused without the serde feature")
}

/// A cluster as a short card.
fn card(c: &Cluster) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", c.name());
    let _ = writeln!(out, "  rank        {} of {}", c.rank(), all().len());
    if let Some(zh) = c.name_zh() {
        let _ = writeln!(out, "  Chinese     {zh}");
    }
    for (i, &e) in c.economies().iter().enumerate() {
        let label = if i == 0 { "economy" } else { "" };
        let national = c.rank_in(e).map_or(String::new(), |n| {
            let of = in_economy(e).count();
            if e == Economy::China {
                format!(", {n} of {of} in China (序号 of the Chinese list)")
            } else {
                format!(", {n} of {of} in {}", e.name())
            }
        });
        let _ = writeln!(
            out,
            "  {label:<10}  {} ({}){national}",
            e.name(),
            e.alpha2()
        );
    }
    let inferred = if c.brief_url_inferred() {
        " (inferred from WIPO's naming pattern)"
    } else {
        ""
    };
    let _ = writeln!(out, "  brief       {}{inferred}", c.brief_url());
    out
}

/// Clusters as an aligned table; with `economy`, also its national rank;
/// a Chinese-name column only if some cluster has one.
fn table(clusters: &[&Cluster], economy: Option<Economy>) -> String {
    let chinese = clusters.iter().any(|c| c.name_zh().is_some());
    let mut rows = vec![vec!["rank".to_owned()]];
    if economy.is_some() {
        rows[0].push("national".to_owned());
    }
    rows[0].push("cluster".to_owned());
    if chinese {
        rows[0].push("中文".to_owned());
    }
    rows[0].push("economies".to_owned());
    for c in clusters {
        let mut row = vec![c.rank().to_string()];
        if let Some(e) = economy {
            row.push(c.rank_in(e).map_or(String::new(), |n| n.to_string()));
        }
        row.push(c.name().to_owned());
        if chinese {
            row.push(c.name_zh().unwrap_or("").to_owned());
        }
        let codes: Vec<&str> = c.economies().iter().map(|e| e.alpha2()).collect();
        row.push(codes.join("/"));
        rows.push(row);
    }
    align(&rows, if economy.is_some() { &[0, 1] } else { &[0] })
}

/// China's clusters in the Chinese list's order.
fn china_table(clusters: &[&Cluster]) -> String {
    let mut rows = vec![
        ["序号", "中文名称", "rank", "cluster"]
            .map(str::to_owned)
            .to_vec(),
    ];
    for c in clusters {
        rows.push(vec![
            c.rank_in(Economy::China)
                .map_or(String::new(), |n| n.to_string()),
            c.name_zh().unwrap_or("").to_owned(),
            c.rank().to_string(),
            c.name().to_owned(),
        ]);
    }
    let mut out = align(&rows, &[0, 2]);
    out.insert_str(
        0,
        "China's 24 clusters in the order of the Chinese list (序号)\n",
    );
    out
}

/// Pads cells to a common width per column, in terminal columns; the
/// `numeric` columns are right-aligned.
fn align(rows: &[Vec<String>], numeric: &[usize]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|s| width(s))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            let pad = " ".repeat(widths[i] - width(cell));
            if i > 0 {
                line.push_str("  ");
            }
            if numeric.contains(&i) {
                line.push_str(&pad);
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.push_str(&pad);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
