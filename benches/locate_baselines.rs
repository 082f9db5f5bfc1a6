//! What `locate` is compared with (benches/locate.rs): the loop over
//! `by_name` a user writes today, and the Aho-Corasick scan over every
//! name of the crate's data an engineer might build instead.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, Input, MatchKind};
use gii_clusters::{Cluster, by_name, by_rank};

/// The tables the scan is built from, as a user would embed them.
const CLUSTERS_CSV: &str = include_str!("../data/clusters.csv");
const ALIASES_CSV: &str = include_str!("../data/aliases.csv");
const CITY_NAMES_CSV: &str = include_str!("../data/city_names.csv");
const TOWNS_CSV: &str = include_str!("../data/towns.csv");
const ECONOMY_NAMES_CSV: &str = include_str!("../data/economy_names.csv");
const ECONOMIES_CSV: &str = include_str!("../data/economies.csv");

/// What a user writes today: the text split on commas and semicolons
/// (ASCII and full-width), each part trimmed (empty ones skipped); from
/// the last part back, `by_name` of the part joined with the one before
/// it (`Boston, MA`), then of the part alone. The first hit wins.
#[derive(Default)]
pub struct ByNameLoop {
    /// The pair's text, reused so that no pass allocates a new one.
    pair: String,
}

impl ByNameLoop {
    pub fn locate(&mut self, text: &str) -> Option<&'static Cluster> {
        let mut parts = text
            .rsplit([',', ';', '，', '；'])
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .peekable();
        while let Some(part) = parts.next() {
            if let Some(&before) = parts.peek() {
                self.pair.clear();
                self.pair.push_str(before);
                self.pair.push_str(", ");
                self.pair.push_str(part);
                if let Some(cluster) = by_name(&self.pair) {
                    return Some(cluster);
                }
            }
            if let Some(cluster) = by_name(part) {
                return Some(cluster);
            }
        }
        None
    }
}

/// A cluster a place name gives, with the economies it lies in.
struct Target {
    cluster: &'static Cluster,
    /// Its economies' alpha-2 codes (`CN/HK` in clusters.csv is two).
    economies: Vec<String>,
}

impl Target {
    /// Whether the economy of alpha-2 code `code` is one of its cluster's.
    fn lies_in(&self, code: &str) -> bool {
        self.economies.iter().any(|own| own == code)
    }
}

/// An Aho-Corasick scan for every name of the crate's data (official,
/// Chinese, aliases, city names and towns), ASCII case-insensitive,
/// leftmost-longest, on whole words (CJK names on none); the last place
/// named wins unless an economy named after it is not one of its
/// cluster's.
pub struct AhoCorasickScan {
    places: AhoCorasick,
    /// The target of each place pattern.
    place_targets: Vec<usize>,
    targets: Vec<Target>,
    economies: AhoCorasick,
    /// The alpha-2 code of each economy pattern.
    economy_codes: Vec<String>,
}

impl AhoCorasickScan {
    /// Both automata, from the embedded tables.
    pub fn build() -> Result<Self, String> {
        let mut targets = Vec::new();
        let mut by_id = HashMap::new();
        let mut names = Vec::new();
        let mut place_targets = Vec::new();
        let columns = ["id", "rank", "name", "name_zh", "alpha2"];
        for [id, rank, name, name_zh, alpha2] in read("clusters.csv", CLUSTERS_CSV, columns)? {
            let rank: u8 = rank
                .parse()
                .map_err(|e| format!("clusters.csv: rank {rank:?}: {e}"))?;
            let cluster = by_rank(rank).ok_or_else(|| format!("no cluster of rank {rank}"))?;
            let economies = alpha2.split('/').map(str::to_owned).collect();
            by_id.insert(id, targets.len());
            for name in non_empty([name, name_zh]) {
                names.push(name);
                place_targets.push(targets.len());
            }
            targets.push(Target { cluster, economies });
        }
        for (file, text, column) in [
            ("aliases.csv", ALIASES_CSV, "alias"),
            ("city_names.csv", CITY_NAMES_CSV, "name"),
            ("towns.csv", TOWNS_CSV, "name"),
        ] {
            for [id, name] in read(file, text, ["cluster", column])? {
                let target = by_id
                    .get(&id)
                    .ok_or_else(|| format!("{file}: no cluster {id:?}"))?;
                names.push(name);
                place_targets.push(*target);
            }
        }
        let mut economy_names = Vec::new();
        let mut economy_codes = Vec::new();
        for [alpha2, name] in read("economy_names.csv", ECONOMY_NAMES_CSV, ["alpha2", "name"])? {
            economy_names.push(name);
            economy_codes.push(alpha2);
        }
        let columns = ["alpha2", "name", "short_name", "name_zh"];
        for [alpha2, name, short_name, name_zh] in read("economies.csv", ECONOMIES_CSV, columns)? {
            for name in non_empty([name, short_name, name_zh]) {
                economy_names.push(name);
                economy_codes.push(alpha2.clone());
            }
        }
        Ok(Self {
            places: automaton(&names)?,
            place_targets,
            targets,
            economies: automaton(&economy_names)?,
            economy_codes,
        })
    }

    pub fn locate(&self, text: &str) -> Option<&'static Cluster> {
        let place = self
            .places
            .find_iter(text)
            .filter(|m| whole_word(text, m.start(), m.end()))
            .last()?;
        let target = &self.targets[self.place_targets[place.pattern().as_usize()]];
        let after = Input::new(text).span(place.end()..text.len());
        let contradicted = self
            .economies
            .find_iter(after)
            .filter(|m| whole_word(text, m.start(), m.end()))
            .any(|m| !target.lies_in(&self.economy_codes[m.pattern().as_usize()]));
        (!contradicted).then_some(target.cluster)
    }
}

/// An ASCII case-insensitive, leftmost-longest automaton of `names`.
fn automaton(names: &[String]) -> Result<AhoCorasick, String> {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(names)
        .map_err(|e| format!("aho-corasick: {e}"))
}

/// The names of `names` that are not empty (an empty field is no name).
fn non_empty<const N: usize>(names: [String; N]) -> impl Iterator<Item = String> {
    names.into_iter().filter(|name| !name.is_empty())
}

/// Whether the match `start..end` of `text` is a whole word: no ASCII
/// letter or digit right before or after it, unless it starts with a CJK
/// char (CJK is written without spaces).
fn whole_word(text: &str, start: usize, end: usize) -> bool {
    if text
        .get(start..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(is_cjk)
    {
        return true;
    }
    let bytes = text.as_bytes();
    let before = start.checked_sub(1).and_then(|i| bytes.get(i));
    let after = bytes.get(end);
    !before.is_some_and(u8::is_ascii_alphanumeric) && !after.is_some_and(u8::is_ascii_alphanumeric)
}

/// Han, kana and Hangul.
fn is_cjk(c: char) -> bool {
    matches!(
        c,
        '\u{1100}'..='\u{11FF}'
            | '\u{3040}'..='\u{30FF}'
            | '\u{3130}'..='\u{318F}'
            | '\u{3400}'..='\u{4DBF}'
            | '\u{4E00}'..='\u{9FFF}'
            | '\u{AC00}'..='\u{D7AF}'
            | '\u{F900}'..='\u{FAFF}'
    )
}

/// The fields `columns` of each record of the CSV `text` (named `file`
/// in errors), by the names in its header.
fn read<const N: usize>(
    file: &str,
    text: &str,
    columns: [&str; N],
) -> Result<Vec<[String; N]>, String> {
    let mut records = records(text).into_iter();
    let header = records.next().ok_or_else(|| format!("{file}: empty"))?;
    let mut at = [0; N];
    for (at, column) in at.iter_mut().zip(columns) {
        *at = header
            .iter()
            .position(|h| h == column)
            .ok_or_else(|| format!("{file}: no column {column:?}"))?;
    }
    records
        .enumerate()
        .map(|(line, mut record)| {
            let mut fields: [String; N] = std::array::from_fn(|_| String::new());
            for (field, &at) in fields.iter_mut().zip(&at) {
                *field = record
                    .get_mut(at)
                    .map(std::mem::take)
                    .ok_or_else(|| format!("{file}: record {}: too few fields", line + 2))?;
            }
            Ok(fields)
        })
        .collect()
}

/// The records of a CSV text: fields split on commas, a field in double
/// quotes may hold commas, line breaks and `""` for a quote.
fn records(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\r') => {}
            (_, c) => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}
