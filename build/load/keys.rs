//! The key tables: every spelling a query may use, normalized by the one
//! definition of a key (`src/normalize/`), and what it finds.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::csv;
use super::error::Errors;
use super::fingerprint::{fingerprint, map_key};
use super::model::{AliasRank, Cluster, Economy, Key, KeySource, NameKind, Placement, Target};
use super::normalize::{join_initials, normalize};
use super::vocabulary::{check_kind, check_lang, name_kind};
use super::{clusters, economies};

pub const ALIASES_FILE: &str = "data/aliases.csv";
pub const ECONOMY_NAMES_FILE: &str = "data/economy_names.csv";
pub const CITY_NAMES_FILE: &str = "data/city_names.csv";
const CITY_NAME_COLUMNS: [&str; 5] = ["rank", "name", "kind", "lang", "geonameid"];
/// GeoNames' names are a city's own or another language's.
const CITY_NAME_KINDS: &[NameKind] = &[NameKind::Own, NameKind::Exonym];
const ALIAS_COLUMNS: [&str; 5] = ["rank", "alias", "kind", "lang", "component"];
const ECONOMY_NAME_COLUMNS: [&str; 3] = ["alpha2", "name", "kind"];
const ECONOMY_NAME_KINDS: &[&str] = &[
    "alpha3", "iso", "english", "endonym", "zh", "zh-hant", "ja", "ko",
];

/// Normalization buffer for data keys: generous, since the longest key
/// found (not this) is what bounds queries.
const KEY_BUFFER: usize = 256;

/// A spelling from the data, before normalization.
struct Candidate {
    text: String,
    target: Target,
    source: KeySource,
    kind: NameKind,
    geonameid: Option<u64>,
    file: &'static str,
    line: usize,
}

/// The key of `text`, or why it cannot be one.
pub fn normalize_key(text: &str) -> Result<String, String> {
    let mut buffer = [0; KEY_BUFFER];
    match normalize(text, &mut buffer) {
        Some([]) => Err(format!("{text:?} has no letters to look it up by")),
        Some(key) => {
            let mut key = key.to_vec();
            let len = join_initials(&mut key);
            key.truncate(len);
            Ok(String::from_utf8_lossy(&key).into_owned())
        }
        None => {
            let bad = text
                .chars()
                .find(|c| normalize(c.encode_utf8(&mut [0; 4]), &mut [0; 8]).is_none());
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

/// The cluster keys: official names first (they win over any other
/// cluster's alias), then Chinese names, then `data/aliases.csv`, then
/// `data/city_names.csv`.
pub fn cluster_keys(
    clusters: &[Cluster],
    aliases: &str,
    city_names: &str,
    errors: &mut Errors,
) -> (Vec<Key>, Vec<AliasRank>) {
    let mut candidates = Vec::new();
    for (source, c) in clusters
        .iter()
        .map(|c| (KeySource::Name, c))
        .chain(clusters.iter().map(|c| (KeySource::ChineseName, c)))
    {
        let text = match source {
            KeySource::ChineseName => c.name_zh.clone(),
            _ => Some(c.name.clone()),
        };
        candidates.extend(text.map(|text| Candidate {
            text,
            target: Target::Cluster(c.rank),
            source,
            kind: NameKind::Wipo,
            geonameid: None,
            file: clusters::FILE,
            line: c.line,
        }));
    }
    for row in csv::read(ALIASES_FILE, aliases, ALIAS_COLUMNS, errors) {
        let [rank, alias, kind, lang, component] = row.fields.each_ref().map(|f| f.trim());
        let at = (ALIASES_FILE, row.line);
        let kind = name_kind(at, kind, &NameKind::ALL.map(|(_, k)| k), errors);
        check_lang(at, lang, errors);
        if !matches!(component, "" | "yes") {
            let message = format!("component {component:?} is not \"yes\" or empty");
            errors.add(at.0, at.1, message);
        }
        candidates
            .extend(alias_of(at, rank, alias, clusters, errors).map(|c| Candidate { kind, ..c }));
    }
    // The lines of GeoNames' names of undetermined language, which
    // `suggest` does not offer.
    let mut unsuggested = HashSet::new();
    for row in csv::read(CITY_NAMES_FILE, city_names, CITY_NAME_COLUMNS, errors) {
        let [rank, name, kind, lang, geonameid] = row.fields.each_ref().map(|f| f.trim());
        let at = (CITY_NAMES_FILE, row.line);
        let kind = name_kind(at, kind, CITY_NAME_KINDS, errors);
        check_lang(at, lang, errors);
        if lang.starts_with("und-") {
            unsuggested.insert(row.line);
        }
        let geonameid = csv::number(at, "geonameid", geonameid, errors);
        candidates.extend(
            alias_of(at, rank, name, clusters, errors).map(|c| Candidate {
                kind,
                geonameid,
                ..c
            }),
        );
    }
    let mut alias_ranks: Vec<AliasRank> = Vec::new();
    let mut keys = key_table(candidates, errors, |alias, existing| {
        // An official name wins over another cluster's alias.
        let (Target::Cluster(rank), Target::Cluster(winner)) = (alias.target, existing.target)
        else {
            return false;
        };
        let wins = alias.source == KeySource::Alias
            && existing.source == KeySource::Name
            && rank != winner;
        if wins {
            alias_ranks.push(AliasRank {
                alias: alias.text.clone(),
                normalized: existing.normalized.clone(),
                line: alias.line,
                rank,
                winner,
                kind: alias.kind,
                placement: Placement::default(),
            });
        }
        wins
    });
    for (i, a) in alias_ranks.iter().enumerate() {
        if let Some(first) = alias_ranks[..i]
            .iter()
            .find(|o| o.normalized == a.normalized)
        {
            errors.add(
                ALIASES_FILE,
                a.line,
                format!(
                    "{:?} is an alias of ranks {} and {} besides the name of rank {}: a qualifier could not tell them apart",
                    a.alias, first.rank, a.rank, a.winner
                ),
            );
        }
    }
    for key in &mut keys {
        key.suggested = !(key.file == CITY_NAMES_FILE && unsuggested.contains(&key.line));
    }
    (keys, alias_ranks)
}

/// An alias of the cluster of `rank`, from line `at`; `None` (and an
/// error) if there is no such cluster.
fn alias_of(
    (file, line): (&'static str, usize),
    rank: &str,
    alias: &str,
    clusters: &[Cluster],
    errors: &mut Errors,
) -> Option<Candidate> {
    match rank.parse::<u8>() {
        Ok(r) if clusters.iter().any(|c| c.rank == r) => Some(Candidate {
            text: alias.to_owned(),
            target: Target::Cluster(r),
            source: KeySource::Alias,
            kind: NameKind::Own,
            geonameid: None,
            file,
            line,
        }),
        _ => {
            let message = format!(
                "alias {alias:?} points at rank {rank:?}, which is not in {}",
                clusters::FILE
            );
            errors.add(file, line, message);
            None
        }
    }
}

/// The official and Chinese names, exactly as written, are also looked up
/// by the fingerprint of their bytes: two sharing one would hide one.
pub fn check_exact_names(clusters: &[Cluster], errors: &mut Errors) {
    let mut seen: HashMap<u32, &str> = HashMap::new();
    for c in clusters {
        for name in [Some(c.name.as_str()), c.name_zh.as_deref()]
            .into_iter()
            .flatten()
        {
            if let Some(other) = seen.insert(map_key(fingerprint(name.as_bytes())), name) {
                errors.add(
                    clusters::FILE,
                    c.line,
                    format!("{name:?} has the same fingerprint as {other:?}; change the fingerprint function"),
                );
            }
        }
    }
}

/// The economy keys: alpha-2 codes, the names in `data/economies.csv`
/// (one economy may give the same name twice there), then
/// `data/economy_names.csv`.
/// Each economy's alpha-3 code is the row of kind `alpha3` that
/// `data/economy_names.csv` gives it (exactly one, three capital letters),
/// written into `economies`.
pub fn economy_keys(economies: &mut [Economy], names: &str, errors: &mut Errors) -> Vec<Key> {
    let mut candidates = Vec::new();
    for (i, e) in economies.iter().enumerate() {
        let own = [&e.alpha2, &e.name, &e.short_name].into_iter();
        // A missing Chinese name is reported by the economy table.
        for text in own.chain([&e.name_zh]).filter(|text| !text.is_empty()) {
            candidates.push(Candidate {
                text: text.clone(),
                target: Target::Economy(i),
                source: KeySource::Name,
                kind: NameKind::Wipo,
                geonameid: None,
                file: economies::FILE,
                line: e.line,
            });
        }
    }
    for row in csv::read(ECONOMY_NAMES_FILE, names, ECONOMY_NAME_COLUMNS, errors) {
        let [code, name, kind] = row.fields.each_ref().map(|f| f.trim());
        let at = (ECONOMY_NAMES_FILE, row.line);
        check_kind(at, "economy name kind", kind, ECONOMY_NAME_KINDS, errors);
        let position = economies.iter().position(|e| e.alpha2 == code);
        if let (Some(i), "alpha3") = (position, kind) {
            economies::set_alpha3(&mut economies[i], name, at, errors);
        }
        match position {
            Some(target) => candidates.push(Candidate {
                text: name.to_owned(),
                target: Target::Economy(target),
                source: KeySource::Alias,
                kind: NameKind::Wipo,
                geonameid: None,
                file: ECONOMY_NAMES_FILE,
                line: row.line,
            }),
            None => errors.add(
                ECONOMY_NAMES_FILE,
                row.line,
                format!("unknown economy code {code:?} (not in {})", economies::FILE),
            ),
        }
    }
    economies::check_alpha3(economies, ECONOMY_NAMES_FILE, errors);
    key_table(candidates, errors, |name, existing| {
        name.source == KeySource::Name && name.target == existing.target
    })
}

/// Normalizes every candidate into a table sorted by key. A key met again
/// is an error (duplicate or ambiguous) unless `yields(candidate,
/// existing)` says the candidate silently gives way.
fn key_table(
    candidates: Vec<Candidate>,
    errors: &mut Errors,
    mut yields: impl FnMut(&Candidate, &Key) -> bool,
) -> Vec<Key> {
    let mut keys: BTreeMap<String, Key> = BTreeMap::new();
    for candidate in candidates {
        let normalized = match normalize_key(&candidate.text) {
            Ok(normalized) => normalized,
            Err(message) => {
                // Official cluster names are reported by the cluster table.
                let official = matches!(candidate.target, Target::Cluster(_))
                    && candidate.source == KeySource::Name;
                if !official {
                    errors.add(candidate.file, candidate.line, message);
                }
                continue;
            }
        };
        let Some(existing) = keys.get(&normalized) else {
            let Candidate {
                text,
                target,
                source,
                kind,
                geonameid,
                file,
                line,
            } = candidate;
            keys.insert(
                normalized.clone(),
                Key {
                    normalized,
                    text,
                    target,
                    source,
                    file,
                    line,
                    kind,
                    geonameid,
                    qualified_only: false,
                    placement: Placement::default(),
                    suggested: true,
                },
            );
            continue;
        };
        if yields(&candidate, existing) {
            continue;
        }
        let what = if existing.target == candidate.target {
            "duplicate"
        } else {
            "ambiguous"
        };
        errors.add(
            candidate.file,
            candidate.line,
            format!(
                "{what} key: {:?} normalizes to {normalized:?}, already {}",
                candidate.text,
                describe(existing)
            ),
        );
    }
    check_fingerprints(keys.values(), errors);
    keys.into_values().collect()
}

pub fn describe(key: &Key) -> String {
    let (what, number) = match (key.target, key.source) {
        (Target::Cluster(rank), KeySource::Name) => ("the name of rank", usize::from(rank)),
        (Target::Cluster(rank), KeySource::ChineseName) => {
            ("the Chinese name of rank", usize::from(rank))
        }
        (Target::Cluster(rank), KeySource::Alias) => ("an alias of rank", usize::from(rank)),
        (Target::Region(index), _) => ("a name of region", index),
        (Target::Economy(index), _) => ("a name of economy", index),
    };
    format!(
        "{what} {number} ({:?}, {}:{})",
        key.text, key.file, key.line
    )
}

/// The maps are keyed by fingerprint: two keys sharing one would make one
/// of them unreachable.
pub fn check_fingerprints<'k>(keys: impl Iterator<Item = &'k Key>, errors: &mut Errors) {
    let mut seen: HashMap<u32, &Key> = HashMap::new();
    for key in keys {
        if let Some(other) = seen.insert(map_key(fingerprint(key.normalized.as_bytes())), key) {
            errors.add(
                key.file,
                key.line,
                format!(
                    "key {:?} has the same fingerprint as {:?}; change the fingerprint function",
                    key.normalized, other.normalized
                ),
            );
        }
    }
}
