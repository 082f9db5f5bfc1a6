//! Validates `data/*.csv` and compiles them into `$OUT_DIR/data.rs`.
//!
//! Every problem in the data stops the build with `file:line: message`.
//! The functions here take file *contents*, not paths, so that
//! `tests/build_validation.rs` can feed them small bad inputs.

#[path = "src/normalize.rs"]
#[allow(dead_code)]
pub mod normalize;

use std::collections::{BTreeMap, HashMap};
use std::fmt::{self, Write as _};

/// The data files, relative to the crate root, as named in error messages.
pub const ECONOMIES_CSV: &str = "data/economies.csv";
/// See [`ECONOMIES_CSV`].
pub const CLUSTERS_CSV: &str = "data/clusters.csv";
/// See [`ECONOMIES_CSV`].
pub const ALIASES_CSV: &str = "data/aliases.csv";

const ECONOMY_COLUMNS: &[&str] = &["alpha2", "variant", "name", "name_zh"];
const CLUSTER_COLUMNS: &[&str] = &[
    "rank",
    "name",
    "economies",
    "name_zh",
    "cn_order",
    "brief_url",
    "brief_status",
];
const ALIAS_COLUMNS: &[&str] = &["rank", "alias", "kind"];

/// Every brief lives here; a URL elsewhere is a transcription error.
const BRIEF_BASE: &str = "https://www.wipo.int/global_innovation_index/en/docs/2023/";
const BRIEF_STATUSES: &[&str] = &["published", "corrected", "inferred"];
const ALIAS_KINDS: &[&str] = &[
    "short",
    "component",
    "region",
    "abbreviation",
    "endonym",
    "exonym",
    "former",
    "variant",
    "zh",
    "zh-hant",
    "ja",
    "ko",
];
/// The economy whose clusters carry the Chinese list's national order (序号).
const CHINA: &str = "CN";
/// Economies whose clusters may carry a Chinese name.
const CHINESE_NAMED: &[&str] = &["CN", "HK"];
/// Normalization buffer for data keys; generous, since the generated
/// `LONGEST_KEY` is what bounds queries.
const KEY_BUFFER: usize = 256;

/// One problem in one line of one data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: &'static str,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// Collects errors so that one build reports every problem at once.
struct Errors(Vec<DataError>);

impl Errors {
    fn add(&mut self, file: &'static str, line: usize, message: impl Into<String>) {
        self.0.push(DataError {
            file,
            line,
            message: message.into(),
        });
    }
}

/// One data line of a CSV file: its 1-based line number, its position
/// among the data lines (1-based, counting lines that failed to parse, so
/// one bad line does not shift the ones after it), and its fields.
struct Row {
    line: usize,
    ordinal: usize,
    fields: Vec<String>,
}

/// Parses a small CSV dialect: a header line, one record per line, fields
/// separated by `,` and optionally quoted with `"` (`""` is a quote inside
/// quotes). Blank lines are skipped. The header must equal `columns`.
fn parse_csv(file: &'static str, text: &str, columns: &[&str], errors: &mut Errors) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l));
    match lines.next() {
        None => errors.add(file, 1, "empty file: expected a header line"),
        Some((line, header)) => match split_fields(header) {
            Ok(found) if found == columns => {}
            Ok(found) => errors.add(
                file,
                line,
                format!("header is {found:?}, expected {columns:?}"),
            ),
            Err(message) => errors.add(file, line, message),
        },
    }
    let mut ordinal = 0;
    for (line, text) in lines {
        if text.trim().is_empty() {
            continue;
        }
        ordinal += 1;
        match split_fields(text) {
            Ok(fields) if fields.len() == columns.len() => rows.push(Row {
                line,
                ordinal,
                fields,
            }),
            Ok(fields) => errors.add(
                file,
                line,
                format!(
                    "expected {} columns ({}), found {}",
                    columns.len(),
                    columns.join(","),
                    fields.len()
                ),
            ),
            Err(message) => errors.add(file, line, message),
        }
    }
    rows
}

/// Splits one CSV line into fields (see [`parse_csv`]).
pub fn split_fields(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut chars = line.strip_suffix('\r').unwrap_or(line).chars().peekable();
    loop {
        let mut field = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    None => return Err("unterminated quoted field".into()),
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some(c) => field.push(c),
                }
            }
            match chars.next() {
                None => {
                    fields.push(field);
                    return Ok(fields);
                }
                Some(',') => {}
                Some(c) => return Err(format!("unexpected {c:?} after a quoted field")),
            }
        } else {
            loop {
                match chars.next() {
                    None => {
                        fields.push(field);
                        return Ok(fields);
                    }
                    Some(',') => break,
                    Some('"') => return Err("quote inside an unquoted field".into()),
                    Some(c) => field.push(c),
                }
            }
        }
        fields.push(field);
    }
}

/// A row of `data/economies.csv`.
#[derive(Debug)]
pub struct Economy {
    pub line: usize,
    pub alpha2: String,
    pub variant: String,
    pub name: String,
    pub name_zh: Option<String>,
}

/// A row of `data/clusters.csv`, with economies as indexes into the
/// economy table.
#[derive(Debug)]
pub struct Cluster {
    pub line: usize,
    pub rank: u8,
    pub name: String,
    pub economies: Vec<usize>,
    pub name_zh: Option<String>,
    pub cn_order: Option<u8>,
    pub brief_url: String,
    pub brief_status: String,
}

/// Where a lookup key comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySource {
    Name,
    ChineseName,
    Alias,
}

/// A normalized lookup key and the cluster it finds.
#[derive(Debug)]
pub struct Key {
    /// The key, normalized.
    pub key: String,
    /// The spelling in the data file it comes from.
    pub text: String,
    pub rank: u8,
    pub source: KeySource,
    pub file: &'static str,
    pub line: usize,
}

/// An alias that normalizes to another cluster's official name, which
/// wins; kept for the generated file's comment.
#[derive(Debug)]
pub struct Shadowed {
    pub alias: String,
    pub rank: u8,
    pub winner: u8,
}

/// The validated data, ready to generate code from.
#[derive(Debug)]
pub struct Model {
    pub economies: Vec<Economy>,
    /// In rank order: `clusters[r - 1].rank == r`.
    pub clusters: Vec<Cluster>,
    /// Sorted by key.
    pub keys: Vec<Key>,
    pub shadowed: Vec<Shadowed>,
}

fn normalize_key(text: &str) -> Result<String, String> {
    let mut buffer = [0; KEY_BUFFER];
    match normalize::normalize(text, &mut buffer) {
        Some([]) => Err(format!("{text:?} has no letters to look it up by")),
        Some(key) => Ok(String::from_utf8_lossy(key).into_owned()),
        None => {
            let bad = text
                .chars()
                .find(|c| normalize::normalize(c.encode_utf8(&mut [0; 4]), &mut [0; 8]).is_none());
            Err(match bad {
                Some(c) => format!(
                    "{text:?} cannot be a lookup key: {c:?} (U+{:04X}) is not a letter, CJK character or separator",
                    u32::from(c)
                ),
                None => format!("{text:?} is longer than {KEY_BUFFER} bytes once normalized"),
            })
        }
    }
}

fn optional(field: &str) -> Option<String> {
    let field = field.trim();
    (!field.is_empty()).then(|| field.to_owned())
}

fn is_rust_type_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_alphanumeric())
}

fn load_economies(text: &str, errors: &mut Errors) -> Vec<Economy> {
    let file = ECONOMIES_CSV;
    let mut economies: Vec<Economy> = Vec::new();
    for row in parse_csv(file, text, ECONOMY_COLUMNS, errors) {
        let [alpha2, variant, name, name_zh] = &row.fields[..] else {
            unreachable!("parse_csv checks the column count")
        };
        let (alpha2, variant, name) = (alpha2.trim(), variant.trim(), name.trim());
        let line = row.line;
        if alpha2.len() != 2 || !alpha2.bytes().all(|b| b.is_ascii_uppercase()) {
            errors.add(
                file,
                line,
                format!("{alpha2:?} is not an ISO 3166-1 alpha-2 code (two capital letters)"),
            );
        }
        if !is_rust_type_name(variant) {
            errors.add(
                file,
                line,
                format!("variant {variant:?} is not a Rust type name (CamelCase ASCII)"),
            );
        }
        if name.is_empty() {
            errors.add(file, line, "empty economy name");
        }
        for earlier in &economies {
            if earlier.alpha2 == alpha2 {
                errors.add(
                    file,
                    line,
                    format!(
                        "duplicate economy code {alpha2} (first on line {})",
                        earlier.line
                    ),
                );
            }
            if earlier.variant == variant {
                errors.add(
                    file,
                    line,
                    format!(
                        "duplicate variant {variant} (first on line {})",
                        earlier.line
                    ),
                );
            }
            if earlier.name == name {
                errors.add(
                    file,
                    line,
                    format!(
                        "duplicate economy name {name:?} (first on line {})",
                        earlier.line
                    ),
                );
            }
        }
        economies.push(Economy {
            line,
            alpha2: alpha2.to_owned(),
            variant: variant.to_owned(),
            name: name.to_owned(),
            name_zh: optional(name_zh),
        });
    }
    economies
}

fn load_clusters(text: &str, economies: &[Economy], errors: &mut Errors) -> Vec<Cluster> {
    let file = CLUSTERS_CSV;
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut rank_lines: HashMap<u8, usize> = HashMap::new();
    let mut cn_order_lines: BTreeMap<u8, usize> = BTreeMap::new();
    for row in parse_csv(file, text, CLUSTER_COLUMNS, errors) {
        let [
            rank,
            name,
            codes,
            name_zh,
            cn_order,
            brief_url,
            brief_status,
        ] = &row.fields[..]
        else {
            unreachable!("parse_csv checks the column count")
        };
        let line = row.line;
        let rank = match rank.trim().parse::<u8>() {
            Ok(0) | Err(_) => {
                errors.add(
                    file,
                    line,
                    format!("rank {rank:?} is not a number from 1 to 255"),
                );
                continue;
            }
            Ok(rank) => rank,
        };
        if let Some(first) = rank_lines.get(&rank) {
            errors.add(
                file,
                line,
                format!("duplicate rank {rank} (first on line {first})"),
            );
            continue;
        }
        rank_lines.insert(rank, line);
        if usize::from(rank) != row.ordinal {
            errors.add(
                file,
                line,
                format!(
                    "rank {rank} where {} was expected: ranks must be dense (1, 2, 3, …) and in order",
                    row.ordinal
                ),
            );
        }

        let name = name.trim();
        if let Err(message) = normalize_key(name) {
            errors.add(file, line, format!("name {message}"));
        }

        let mut cluster_economies = Vec::new();
        let mut economies_known = true;
        for code in codes.split('/').map(str::trim) {
            match economies.iter().position(|e| e.alpha2 == code) {
                None => {
                    errors.add(
                        file,
                        line,
                        format!("unknown economy code {code:?} (not in {ECONOMIES_CSV})"),
                    );
                    economies_known = false;
                }
                Some(i) if cluster_economies.contains(&i) => {
                    errors.add(file, line, format!("economy {code} listed twice"));
                }
                Some(i) => cluster_economies.push(i),
            }
        }
        let has = |code: &str| {
            cluster_economies
                .iter()
                .any(|&i| economies[i].alpha2 == code)
        };

        // The checks below depend on the economies: skip them rather than
        // report follow-on errors of an unknown code.
        let name_zh = optional(name_zh);
        if let Some(zh) = name_zh.as_ref().filter(|_| economies_known) {
            if !CHINESE_NAMED.iter().any(|&c| has(c)) {
                errors.add(
                    file,
                    line,
                    format!("Chinese name {zh:?} on a cluster outside CN/HK"),
                );
            }
        }

        let cn_order = match (optional(cn_order), has(CHINA)) {
            (order, false) if !economies_known => order.and_then(|o| o.parse().ok()),
            (None, false) => None,
            (Some(order), false) => {
                errors.add(
                    file,
                    line,
                    format!("cn_order {order} on a cluster outside CN"),
                );
                None
            }
            (None, true) => {
                errors.add(
                    file,
                    line,
                    "cluster in CN without cn_order (its 序号 in the Chinese list)",
                );
                None
            }
            (Some(order), true) => match order.parse::<u8>() {
                Ok(n) if n > 0 => {
                    if let Some(first) = cn_order_lines.insert(n, line) {
                        errors.add(
                            file,
                            line,
                            format!("duplicate cn_order {n} (first on line {first})"),
                        );
                    }
                    Some(n)
                }
                _ => {
                    errors.add(
                        file,
                        line,
                        format!("cn_order {order:?} is not a number from 1 to 255"),
                    );
                    None
                }
            },
        };

        let brief_url = brief_url.trim();
        if let Err(message) =
            check_brief_url(brief_url, &cluster_economies, economies, economies_known)
        {
            errors.add(file, line, message);
        }
        let brief_status = brief_status.trim();
        if !BRIEF_STATUSES.contains(&brief_status) {
            errors.add(
                file,
                line,
                format!("brief_status {brief_status:?} is not one of {BRIEF_STATUSES:?}"),
            );
        }

        clusters.push(Cluster {
            line,
            rank,
            name: name.to_owned(),
            economies: cluster_economies,
            name_zh,
            cn_order,
            brief_url: brief_url.to_owned(),
            brief_status: brief_status.to_owned(),
        });
    }
    if clusters.is_empty() {
        errors.add(file, 1, "no clusters");
    }
    // 序号 must run 1..=n over China's clusters, like the ranks.
    for (expected, (&order, &line)) in (1u8..).zip(&cn_order_lines) {
        if order != expected {
            errors.add(file, line, format!("cn_order {order} where {expected} was expected: the Chinese list's 序号 must be dense"));
            break;
        }
    }
    clusters
}

fn check_brief_url(
    url: &str,
    cluster_economies: &[usize],
    economies: &[Economy],
    economies_known: bool,
) -> Result<(), String> {
    if !url.starts_with("https://") {
        return Err(format!("brief URL {url:?} is not https"));
    }
    if !url.ends_with(".pdf") {
        return Err(format!("brief URL {url:?} does not end in .pdf"));
    }
    let Some(file_name) = url.strip_prefix(BRIEF_BASE) else {
        return Err(format!("brief URL {url:?} is not under {BRIEF_BASE}"));
    };
    let prefix = file_name.split('-').next().unwrap_or_default();
    if economies_known
        && !cluster_economies
            .iter()
            .any(|&i| economies[i].alpha2.eq_ignore_ascii_case(prefix))
    {
        let codes: Vec<&str> = cluster_economies
            .iter()
            .map(|&i| economies[i].alpha2.as_str())
            .collect();
        return Err(format!(
            "brief URL {url:?} starts with code {prefix:?}, which is none of the cluster's economies {codes:?}"
        ));
    }
    Ok(())
}

/// Builds the key table: official names first (they win over any other
/// cluster's alias), then Chinese names, then aliases.
fn build_keys(
    clusters: &[Cluster],
    aliases_text: &str,
    errors: &mut Errors,
) -> (Vec<Key>, Vec<Shadowed>) {
    let mut keys: BTreeMap<String, Key> = BTreeMap::new();
    let mut shadowed = Vec::new();
    let describe = |key: &Key| {
        format!(
            "{} of rank {} ({}:{})",
            match key.source {
                KeySource::Name => "the name",
                KeySource::ChineseName => "the Chinese name",
                KeySource::Alias => "an alias",
            },
            key.rank,
            key.file,
            key.line
        )
    };

    let mut candidates: Vec<(String, u8, KeySource, &'static str, usize)> = Vec::new();
    for c in clusters {
        candidates.push((
            c.name.clone(),
            c.rank,
            KeySource::Name,
            CLUSTERS_CSV,
            c.line,
        ));
    }
    for c in clusters {
        if let Some(zh) = &c.name_zh {
            candidates.push((
                zh.clone(),
                c.rank,
                KeySource::ChineseName,
                CLUSTERS_CSV,
                c.line,
            ));
        }
    }
    for row in parse_csv(ALIASES_CSV, aliases_text, ALIAS_COLUMNS, errors) {
        let [rank, alias, kind] = &row.fields[..] else {
            unreachable!("parse_csv checks the column count")
        };
        let line = row.line;
        let kind = kind.trim();
        if !ALIAS_KINDS.contains(&kind) {
            errors.add(
                ALIASES_CSV,
                line,
                format!("alias kind {kind:?} is not one of {ALIAS_KINDS:?}"),
            );
        }
        match rank.trim().parse::<u8>() {
            Ok(r) if clusters.iter().any(|c| c.rank == r) => {
                candidates.push((
                    alias.trim().to_owned(),
                    r,
                    KeySource::Alias,
                    ALIASES_CSV,
                    line,
                ));
            }
            _ => errors.add(
                ALIASES_CSV,
                line,
                format!(
                    "alias {:?} points at rank {:?}, which is not in {CLUSTERS_CSV}",
                    alias.trim(),
                    rank.trim()
                ),
            ),
        }
    }

    for (text, rank, source, file, line) in candidates {
        let key = match normalize_key(&text) {
            Ok(key) => key,
            Err(message) => {
                // Official names were already reported by load_clusters.
                if source != KeySource::Name {
                    errors.add(file, line, message);
                }
                continue;
            }
        };
        if let Some(existing) = keys.get(&key) {
            if source == KeySource::Alias
                && existing.source == KeySource::Name
                && existing.rank != rank
            {
                shadowed.push(Shadowed {
                    alias: text,
                    rank,
                    winner: existing.rank,
                });
            } else if existing.rank == rank {
                errors.add(
                    file,
                    line,
                    format!(
                        "duplicate key: {text:?} normalizes to {key:?}, already {}",
                        describe(existing)
                    ),
                );
            } else {
                errors.add(
                    file,
                    line,
                    format!(
                        "ambiguous key: {text:?} normalizes to {key:?}, already {}",
                        describe(existing)
                    ),
                );
            }
            continue;
        }
        keys.insert(
            key.clone(),
            Key {
                key,
                text,
                rank,
                source,
                file,
                line,
            },
        );
    }

    // The map is keyed by fingerprint; two keys sharing one would make one
    // of them unreachable.
    let mut fingerprints: HashMap<u64, &Key> = HashMap::new();
    for key in keys.values() {
        if let Some(other) = fingerprints.insert(normalize::fingerprint(key.key.as_bytes()), key) {
            errors.add(
                key.file,
                key.line,
                format!(
                    "key {:?} has the same fingerprint as {:?}; change normalize::fingerprint",
                    key.key, other.key
                ),
            );
        }
    }
    (keys.into_values().collect(), shadowed)
}

/// Parses and validates the three data files (their contents).
pub fn load(
    economies_csv: &str,
    clusters_csv: &str,
    aliases_csv: &str,
) -> Result<Model, Vec<DataError>> {
    let mut errors = Errors(Vec::new());
    let economies = load_economies(economies_csv, &mut errors);
    let clusters = load_clusters(clusters_csv, &economies, &mut errors);
    let (keys, shadowed) = build_keys(&clusters, aliases_csv, &mut errors);
    if errors.0.is_empty() {
        Ok(Model {
            economies,
            clusters,
            keys,
            shadowed,
        })
    } else {
        Err(errors.0)
    }
}

/// Writes the generated Rust source for `model`.
///
/// The map values are indexes into `KEYS`, so every key string is stored
/// once and every cluster once.
pub fn generate(model: &Model) -> String {
    let mut out = String::new();
    let w = &mut out;
    let n_clusters = model.clusters.len();
    let n_economies = model.economies.len();
    let longest_key = model.keys.iter().map(|k| k.key.len()).max().unwrap_or(0);
    let variant = |i: usize| &model.economies[i].variant;

    writeln!(
        w,
        "// @generated by build.rs from data/*.csv. Do not edit: edit the data.\n"
    )
    .unwrap();

    // The Economy enum.
    writeln!(
        w,
        "/// An economy (country or territory) that WIPO lists for at least one cluster."
    )
    .unwrap();
    writeln!(w, "///").unwrap();
    writeln!(
        w,
        "/// Generated from `data/economies.csv`; variants are ordered by ISO 3166-1 alpha-2 code."
    )
    .unwrap();
    for line in [
        "///",
        "/// ```",
        "/// use gii_clusters::{in_economy, Economy};",
        "/// let korea: Economy = \"KR\".parse().unwrap();",
        "/// assert_eq!(korea, Economy::Korea);",
        "/// assert_eq!(korea.to_string(), \"Republic of Korea\");",
        "/// assert_eq!(in_economy(korea).count(), 4);",
        "/// ```",
    ] {
        writeln!(w, "{line}").unwrap();
    }
    writeln!(
        w,
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]"
    )
    .unwrap();
    writeln!(w, "#[non_exhaustive]").unwrap();
    writeln!(w, "pub enum Economy {{").unwrap();
    for e in &model.economies {
        writeln!(w, "    /// {} ({})", e.name, e.alpha2).unwrap();
        writeln!(w, "    {},", e.variant).unwrap();
    }
    writeln!(w, "}}\n").unwrap();

    writeln!(w, "impl Economy {{").unwrap();
    writeln!(
        w,
        "    /// Every economy, in the enum's order (by alpha-2 code)."
    )
    .unwrap();
    writeln!(w, "    ///").unwrap();
    writeln!(w, "    /// ```").unwrap();
    writeln!(w, "    /// use gii_clusters::Economy;").unwrap();
    writeln!(w, "    /// assert_eq!(Economy::ALL.len(), {n_economies});").unwrap();
    writeln!(
        w,
        "    /// assert!(Economy::ALL.windows(2).all(|w| w[0] < w[1]));"
    )
    .unwrap();
    writeln!(w, "    /// ```").unwrap();
    writeln!(w, "    pub const ALL: [Economy; {n_economies}] = [").unwrap();
    for e in &model.economies {
        writeln!(w, "        Economy::{},", e.variant).unwrap();
    }
    writeln!(w, "    ];").unwrap();
    writeln!(w, "}}\n").unwrap();

    writeln!(
        w,
        "/// Per economy, in `Economy` order: alpha-2 code, WIPO English name, Chinese name,"
    )
    .unwrap();
    writeln!(w, "/// and the ranks of its clusters in rank order.").unwrap();
    writeln!(
        w,
        "pub(crate) static ECONOMIES: [EconomyData; {n_economies}] = ["
    )
    .unwrap();
    for (i, e) in model.economies.iter().enumerate() {
        let members: Vec<String> = model
            .clusters
            .iter()
            .filter(|c| c.economies.contains(&i))
            .map(|c| c.rank.to_string())
            .collect();
        writeln!(
            w,
            "    EconomyData {{ alpha2: {:?}, name: {:?}, name_zh: {:?}, cluster_ranks: &[{}] }},",
            e.alpha2,
            e.name,
            e.name_zh.as_deref(),
            members.join(", ")
        )
        .unwrap();
    }
    writeln!(w, "];\n").unwrap();

    writeln!(w, "/// `Economy::from_alpha2` for an upper-cased code.").unwrap();
    writeln!(
        w,
        "pub(crate) fn economy_from_upper_alpha2(code: [u8; 2]) -> Option<Economy> {{"
    )
    .unwrap();
    writeln!(w, "    match &code {{").unwrap();
    for e in &model.economies {
        writeln!(
            w,
            "        b{:?} => Some(Economy::{}),",
            e.alpha2, e.variant
        )
        .unwrap();
    }
    writeln!(w, "        _ => None,").unwrap();
    writeln!(w, "    }}").unwrap();
    writeln!(w, "}}\n").unwrap();

    // The cluster table.
    writeln!(
        w,
        "/// Every cluster in rank order: `CLUSTERS[rank - 1]` has that rank."
    )
    .unwrap();
    writeln!(w, "pub(crate) static CLUSTERS: [Cluster; {n_clusters}] = [").unwrap();
    for c in &model.clusters {
        let economies: Vec<String> = c
            .economies
            .iter()
            .map(|&i| format!("Economy::{}", variant(i)))
            .collect();
        // National rank per listed economy: China's comes from the Chinese
        // list's 序号, every other one is the position in rank order.
        let national: Vec<String> = c
            .economies
            .iter()
            .map(|&i| {
                if model.economies[i].alpha2 == CHINA {
                    c.cn_order.unwrap_or(0)
                } else {
                    let position = model
                        .clusters
                        .iter()
                        .filter(|o| o.economies.contains(&i) && o.rank <= c.rank)
                        .count();
                    u8::try_from(position).unwrap_or(u8::MAX)
                }
                .to_string()
            })
            .collect();
        writeln!(w, "    Cluster {{").unwrap();
        writeln!(w, "        rank: {},", c.rank).unwrap();
        writeln!(w, "        name: {:?},", c.name).unwrap();
        writeln!(w, "        economies: &[{}],", economies.join(", ")).unwrap();
        writeln!(w, "        national_ranks: &[{}],", national.join(", ")).unwrap();
        writeln!(w, "        name_zh: {:?},", c.name_zh.as_deref()).unwrap();
        writeln!(w, "        brief_url: {:?},", c.brief_url).unwrap();
        writeln!(
            w,
            "        brief_url_inferred: {},",
            c.brief_status == "inferred"
        )
        .unwrap();
        writeln!(w, "    }},").unwrap();
    }
    writeln!(w, "];\n").unwrap();

    // The name index.
    writeln!(
        w,
        "/// Length in bytes of the longest normalized key; longer queries cannot match."
    )
    .unwrap();
    writeln!(w, "pub(crate) const LONGEST_KEY: usize = {longest_key};\n").unwrap();
    let mut map = phf_codegen::Map::new();
    for k in &model.keys {
        map.entry(
            normalize::fingerprint(k.key.as_bytes()),
            format!("({:?}, {})", k.key, k.rank),
        );
    }
    writeln!(
        w,
        "/// Every lookup key (official names, Chinese names, aliases), normalized,"
    )
    .unwrap();
    writeln!(
        w,
        "/// with the rank of the cluster it finds, by `normalize::fingerprint(key)`."
    )
    .unwrap();
    writeln!(w, "///").unwrap();
    writeln!(
        w,
        "/// The perfect hash hashes the 8-byte fingerprint instead of the key; the stored"
    )
    .unwrap();
    writeln!(
        w,
        "/// key is compared with the query, so a fingerprint collision finds nothing."
    )
    .unwrap();
    if !model.shadowed.is_empty() {
        writeln!(w, "///").unwrap();
        writeln!(
            w,
            "/// Aliases left out because another cluster's official name wins:"
        )
        .unwrap();
        for s in &model.shadowed {
            writeln!(
                w,
                "/// {:?} (alias of rank {}) finds rank {}.",
                s.alias, s.rank, s.winner
            )
            .unwrap();
        }
    }
    writeln!(
        w,
        "pub(crate) static KEYS: phf::Map<u64, (&str, u8)> = {};",
        map.build()
    )
    .unwrap();
    out
}

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for path in [
        ECONOMIES_CSV,
        CLUSTERS_CSV,
        ALIASES_CSV,
        "src/normalize.rs",
        "build.rs",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let read = |file: &str| {
        std::fs::read_to_string(std::path::Path::new(&manifest_dir).join(file))
            .unwrap_or_else(|e| panic!("{file}: cannot read: {e}"))
    };
    let model = match load(
        &read(ECONOMIES_CSV),
        &read(CLUSTERS_CSV),
        &read(ALIASES_CSV),
    ) {
        Ok(model) => model,
        Err(errors) => {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!(
                "invalid data ({} problems):\n{}",
                errors.len(),
                list.join("\n")
            );
        }
    };
    let path = std::path::Path::new(&out_dir).join("data.rs");
    std::fs::write(&path, generate(&model))
        .unwrap_or_else(|e| panic!("{}: cannot write: {e}", path.display()));
}
