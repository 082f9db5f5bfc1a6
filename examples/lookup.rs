//! Look clusters up from the command line.
//!
//! ```text
//! cargo run --example lookup -- Beijing          # a cluster by name, alias or Chinese name
//! cargo run --example lookup -- Boston, MA       # … qualified by an economy or a state
//! cargo run --example lookup -- 4                # … or by rank
//! cargo run --example lookup -- --economy DE     # an economy's clusters (also --economy=DE)
//! cargo run --example lookup -- --china          # China's list, in its national order
//! cargo run --example lookup -- --top 10         # the first N of the ranking (also --top=10)
//! cargo run --example lookup -- --all            # the whole ranking
//! cargo run --example lookup -- --near 37.44,-122.14   # the cluster nearest a point (also 37.44, -122.14)
//! cargo run --example lookup -- --locate "Tsinghua University, Beijing 100084, China"   # the cluster an address lies in
//! cargo run --example lookup -- --locate < affiliations.txt   # … of each line: TSV (text, rank, name)
//! cargo run --example lookup --features serde -- --json Beijing   # JSON, on every form
//! ```
//!
//! A name that is an economy's (`Germany`) lists that economy's clusters.
//! Messages are the library's `Error` text. `--json` writes each cluster
//! as `Cluster` serializes it, in every form. Exit status: 0 on success
//! (and when a reader closes the pipe early), 1 when nothing matches, 2 on
//! bad usage (an argument that is not UTF-8 among it) or a failed write.

use std::process::ExitCode;

use gii_clusters::{Cluster, Economy, Error, all, by_rank, in_economy, parse};

#[path = "support/width.rs"]
mod width;

#[path = "support/format.rs"]
mod format;
use format::{card, china_table, table};

#[path = "support/output.rs"]
mod output;

#[path = "support/args.rs"]
mod args;

#[path = "support/countries.rs"]
mod countries;

#[path = "support/locate.rs"]
mod locate;

const USAGE: &str = "\
usage: lookup [--json] <rank | name>
       lookup [--json] --economy <alpha-2 code | name>
       lookup [--json] --china
       lookup [--json] --top <N>
       lookup [--json] --all
       lookup [--json] --near <LAT,LON>
       lookup --locate <address or affiliation>
       lookup --locate < lines

Looks up the WIPO Global Innovation Index 2023 top 100 science and
technology clusters. A name may be the official name, a component city,
a local or former name, or a name in another script, in any case and
with or without accents, and may be qualified by an economy or a US
state: Beijing, 4, 北京, Munchen, \"san jose\", \"Cambridge, UK\".

  --economy X   the clusters of an economy (DE, Germany, 德国), in rank order
  --china       China's 24 clusters in the order of the Chinese list (序号)
  --top N       the first N clusters (1 to 100)
  --all         all 100 clusters
  --near P      the cluster nearest the point P: LAT,LON in degrees
                (or LAT, LON or LAT LON)
  --locate T    the cluster the address or affiliation T lies in, and
                every place of a cluster it names; without T, that of
                each line of standard input, as TSV: the line, then the
                rank and the name (empty when none)
  --json        print JSON (needs the serde feature)
  -h, --help    this text

Options taking a value also take it after `=` (--top=5); a value may
span several arguments, as a name does (--near 37.44, -122.14).";

/// Queries longer than this are cut when a message repeats them.
const SHOWN_CHARS: usize = 40;

/// What the command line asks for.
enum Request {
    Help,
    One(String),
    Economy(String),
    China,
    Top(u8),
    All,
    Near(f64, f64),
    /// The text to locate, or (`None`) each line of standard input.
    Locate(Option<String>),
}

/// The request and whether it wants JSON, or what is wrong with the
/// arguments. One grammar for every option: its value may follow `=` or
/// stand in the arguments after it, joined with spaces as names are
/// (`--near 37.44, -122.14`), and is trimmed; an empty or malformed value
/// is bad usage.
fn parse_args(args: &[String]) -> Result<(Request, bool), String> {
    // `--flag=value` is `--flag value`.
    let mut words: Vec<&str> = Vec::new();
    for arg in args {
        match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => words.extend([flag, value]),
            _ => words.push(arg),
        }
    }
    let json = words.contains(&"--json");
    words.retain(|&w| w != "--json");
    let request = match words.as_slice() {
        [] => return Err("nothing to look up".into()),
        ["-h" | "--help"] => Request::Help,
        ["--all"] => Request::All,
        ["--china"] => Request::China,
        ["--locate", ..] if json => return Err("--locate writes text or TSV, not JSON".into()),
        ["--locate"] => Request::Locate(None),
        ["--locate", text @ ..] => Request::Locate(Some(text.join(" "))),
        [flag @ ("--top" | "--economy" | "--near"), values @ ..] => {
            let joined = values.join(" ");
            let value = joined.trim();
            let request = match *flag {
                "--top" => value
                    .parse::<u8>()
                    .ok()
                    .filter(|n| (1..=100).contains(n))
                    .map(Request::Top),
                "--economy" => (!value.is_empty()).then(|| Request::Economy(value.to_owned())),
                _ => point(value).map(|(latitude, longitude)| Request::Near(latitude, longitude)),
            };
            return request
                .map(|request| (request, json))
                .ok_or_else(|| format!("{flag} takes {}, not {}", takes(flag), shown(value)));
        }
        words => match words.iter().find(|w| is_option(w)) {
            Some(flag) => {
                return Err(format!(
                    "unknown option or wrong arguments for {}",
                    shown(flag)
                ));
            }
            None => Request::One(words.join(" ")),
        },
    };
    Ok((request, json))
}

/// What an option's value is, for its message.
fn takes(flag: &str) -> &'static str {
    match flag {
        "--top" => "a number from 1 to 100",
        "--economy" => "an economy's alpha-2 or alpha-3 code or name",
        _ => "LAT,LON in degrees (also `LAT, LON` or `LAT LON`)",
    }
}

/// A point written `LAT,LON`, `LAT, LON` or `LAT LON`.
fn point(text: &str) -> Option<(f64, f64)> {
    let (latitude, longitude) = match text.split_once(',') {
        Some(parts) => parts,
        None => text.split_once(char::is_whitespace)?,
    };
    Some((
        latitude.trim().parse().ok()?,
        longitude.trim().parse().ok()?,
    ))
}

/// `-x` or `--xyz`: an option, never a name (names start with a letter,
/// a digit or `#`); `-1` and `-122.14` are numbers, not options.
fn is_option(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next() == Some('-') && chars.next().is_some_and(|c| c == '-' || c.is_alphabetic())
}

/// `query` quoted, cut to [`SHOWN_CHARS`] chars.
fn shown(query: &str) -> String {
    match query.char_indices().nth(SHOWN_CHARS) {
        Some((cut, _)) => format!("{:?}…", &query[..cut]),
        None => format!("{query:?}"),
    }
}

/// Why nothing was printed: the message and the exit status.
struct Failure {
    message: String,
    status: u8,
}

impl Failure {
    /// Nothing matches `query`: the library's error, exit status 1.
    fn no_match(query: &str, error: Error) -> Failure {
        Failure {
            message: format!("{}: {error}", shown(query)),
            status: 1,
        }
    }

    /// `--json` without the serde feature: a usage error.
    fn needs_serde() -> Failure {
        Failure {
            message: "--json needs the serde feature: cargo run --example lookup --features serde -- --json …".into(),
            status: 2,
        }
    }
}

fn main() -> ExitCode {
    let args = match args::utf8_args() {
        Ok(args) => args,
        Err(message) => return output::fail("lookup", &format!("{message}\n\n{USAGE}"), 2),
    };
    let (request, json) = match parse_args(&args) {
        Ok(parsed) => parsed,
        Err(message) => return output::fail("lookup", &format!("{message}\n\n{USAGE}"), 2),
    };
    if matches!(request, Request::Locate(None)) {
        return locate::lines("lookup");
    }
    let answer = if json && !cfg!(feature = "serde") {
        Err(Failure::needs_serde())
    } else {
        answer(request, json)
    };
    match answer {
        Ok(text) => output::print("lookup", &text),
        Err(failure) => output::fail("lookup", &failure.message, failure.status),
    }
}

/// The text that answers `request`.
fn answer(request: Request, json: bool) -> Result<String, Failure> {
    let clusters: Vec<&'static Cluster> = match request {
        Request::Help => return Ok(format!("{USAGE}\n")),
        Request::One(query) => return one(&query, json),
        Request::Economy(query) => {
            let economy = query
                .parse::<Economy>()
                .map_err(|error| no_economy(&query, error))?;
            return of_economy(economy, json);
        }
        Request::China => {
            let mut clusters: Vec<_> = in_economy(Economy::China).collect();
            clusters.sort_by_key(|c| c.rank_in(Economy::China));
            return if json {
                to_json(&clusters)
            } else {
                Ok(china_table(&clusters))
            };
        }
        Request::Near(latitude, longitude) => return near(latitude, longitude, json),
        Request::Locate(text) => return located(&text.unwrap_or_default()),
        Request::Top(n) => (1..=n).filter_map(by_rank).collect(),
        Request::All => all().iter().collect(),
    };
    if json {
        to_json(&clusters)
    } else {
        Ok(table(&clusters, None))
    }
}

/// One cluster, by rank or name, as a card or JSON; a name that is an
/// economy's lists that economy.
fn one(query: &str, json: bool) -> Result<String, Failure> {
    match parse(query) {
        Ok(cluster) if json => to_json(&cluster),
        Ok(cluster) => Ok(card(cluster)),
        Err(error) => match query.parse::<Economy>() {
            Ok(economy) if matches!(error, Error::UnknownName { .. }) => of_economy(economy, json),
            _ => Err(Failure::no_match(query, error)),
        },
    }
}

/// The cluster `text` lies in, as a card under the places of clusters it
/// names; none: exit status 1, with those places.
fn located(text: &str) -> Result<String, Failure> {
    let (cluster, places) = locate::one(text);
    let places = if places.is_empty() {
        "names no place of a cluster".to_owned()
    } else {
        format!("names\n{}", places.trim_end())
    };
    match cluster {
        Some(cluster) => Ok(format!("{} {places}\n\n{}", shown(text), card(cluster))),
        None => Err(Failure {
            message: format!("{}: no one cluster: it {places}", shown(text)),
            status: 1,
        }),
    }
}

/// Why `query` is no economy of the ranking: the library's error, and
/// whether it is an ISO 3166-1 country with no cluster (`NA`, Namibia) or,
/// written as a code, no code at all.
fn no_economy(query: &str, error: Error) -> Failure {
    let mut failure = Failure::no_match(query, error);
    if !matches!(error, Error::UnknownEconomy) {
        return failure;
    }
    match countries::country(query) {
        Some((code, name)) => {
            failure.message = format!(
                "{}: {name} ({code}) has no cluster in the ranking",
                shown(query)
            );
        }
        None if countries::looks_like_a_code(query) => {
            failure.message += "; nor is it an ISO 3166-1 code";
        }
        None => {}
    }
    failure
}

/// The answer to `--near`: the point asked about, how far the nearest
/// cluster is (to 0.1 km), and the cluster as it serializes.
#[cfg(feature = "std")]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
struct Nearest {
    point: gii_clusters::Location,
    distance_km: f64,
    cluster: &'static Cluster,
}

/// The cluster nearest a point, as a card under the distance, or JSON.
#[cfg(feature = "std")]
fn near(latitude: f64, longitude: f64, json: bool) -> Result<String, Failure> {
    let point = gii_clusters::Location {
        latitude,
        longitude,
    };
    let Some((cluster, km)) = gii_clusters::nearest(latitude, longitude) else {
        return Err(Failure {
            message: format!(
                "({latitude}, {longitude}) is no point: latitude -90 to 90, longitude -180 to 180"
            ),
            status: 2,
        });
    };
    let nearest = Nearest {
        point,
        distance_km: (km * 10.0).round() / 10.0,
        cluster,
    };
    if json {
        return to_json(&nearest);
    }
    Ok(format!(
        "{:.1} km from {}:\n{}",
        nearest.distance_km,
        nearest.point,
        card(nearest.cluster)
    ))
}

#[cfg(not(feature = "std"))]
fn near(_: f64, _: f64, _: bool) -> Result<String, Failure> {
    Err(Failure {
        message: "--near needs the std feature".into(),
        status: 2,
    })
}

/// An economy's clusters in rank order, with their national ranks.
fn of_economy(economy: Economy, json: bool) -> Result<String, Failure> {
    let clusters: Vec<_> = in_economy(economy).collect();
    if json {
        return to_json(&clusters);
    }
    let count = match clusters.len() {
        1 => "1 cluster".to_owned(),
        n => format!("{n} clusters"),
    };
    let title = format!("{} ({}): {count}\n", economy.wipo_name(), economy.alpha2());
    Ok(title + &table(&clusters, Some(economy)))
}

/// `value` as pretty JSON, exactly as it serializes.
#[cfg(feature = "serde")]
fn to_json<T: serde::Serialize>(value: &T) -> Result<String, Failure> {
    serde_json::to_string_pretty(value)
        .map(|json| json + "\n")
        .map_err(|error| Failure {
            message: format!("cannot write JSON: {error}"),
            status: 2,
        })
}

#[cfg(not(feature = "serde"))]
fn to_json<T>(_: &T) -> Result<String, Failure> {
    Err(Failure::needs_serde())
}
