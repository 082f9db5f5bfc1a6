//! The key tables: every spelling a query may use, normalized by the one
//! definition of a key (`gii_clusters_keys`), and what it finds.

use std::collections::{BTreeMap, HashMap};

use super::clusters;
use super::csv;
use super::error::Errors;
use super::model::{AliasRank, Cluster, KeySource, NameKind, Placement, Spelling, Target};
use super::vocabulary::{check_lang, name_kind};
use gii_clusters_keys::fingerprint::{fingerprint, map_hash};
use gii_clusters_keys::{KEY_BUFFER, MAX_KEY_BYTES, key, normalize};

pub const ALIASES_FILE: &str = "data/aliases.csv";
pub const CITY_NAMES_FILE: &str = "data/city_names.csv";
const CITY_NAME_COLUMNS: [&str; 5] = ["cluster", "name", "kind", "lang", "geonameid"];
/// GeoNames' names are a city's own or another language's.
const CITY_NAME_KINDS: &[NameKind] = &[NameKind::Own, NameKind::Exonym];
/// An alias is any kind of name but a town's (`data/towns.csv` holds
/// those).
const ALIAS_KINDS: &[NameKind] = &[
    NameKind::Wipo,
    NameKind::Own,
    NameKind::Exonym,
    NameKind::Former,
    NameKind::Nickname,
    NameKind::Abbreviation,
];
const ALIAS_COLUMNS: [&str; 5] = ["cluster", "alias", "kind", "lang", "component"];

/// A spelling from the data, before normalization.
pub struct Candidate {
    pub(super) text: String,
    pub(super) target: Target,
    pub(super) source: KeySource,
    pub(super) kind: NameKind,
    pub(super) geonameid: Option<u64>,
    /// Whether `suggest` may offer it.
    pub(super) suggested: bool,
    pub(super) file: &'static str,
    pub(super) line: usize,
}

/// The key of `text` (`gii_clusters_keys::key`).
///
/// # Errors
///
/// Why `text` cannot be a key, in a sentence.
pub fn normalize_key(text: &str) -> Result<String, String> {
    let mut buffer = [0; KEY_BUFFER];
    match key(text, &mut buffer) {
        Some([]) => Err(format!("{text:?} has no letters to look it up by")),
        Some(key) if key.len() > MAX_KEY_BYTES => Err(format!(
            "{text:?} is {} bytes once normalized, more than a key may be ({MAX_KEY_BYTES})",
            key.len()
        )),
        Some(key) => Ok(String::from_utf8_lossy(key).into_owned()),
        None => {
            let bad = text
                .chars()
                .find(|c| normalize(c.encode_utf8(&mut [0; 4]), &mut [0; 8]).is_none());
            Err(match bad {
                Some(c) => format!(
                    "{text:?} cannot be a lookup key: {c:?} (U+{:04X}) is not a letter, CJK character or separator",
                    u32::from(c)
                ),
                None => format!(
                    "{text:?} is longer once normalized than a key may be ({MAX_KEY_BYTES} bytes)"
                ),
            })
        }
    }
}

/// The cluster keys: official names first (they win over any other
/// cluster's alias), then Chinese names, then `data/aliases.csv`, then
/// `data/city_names.csv`, then the towns (`data/towns.csv`, read by
/// `towns::load`).
pub fn cluster_keys(
    clusters: &[Cluster],
    (aliases, city_names, towns): (&str, &str, Vec<Candidate>),
    errors: &mut Errors,
) -> (Vec<Spelling>, Vec<AliasRank>) {
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
            suggested: true,
            file: clusters::FILE,
            line: c.line,
        }));
    }
    for row in csv::read(ALIASES_FILE, aliases, ALIAS_COLUMNS, errors) {
        let [cluster, alias, kind, lang, component] = row.fields.each_ref().map(|f| f.trim());
        let at = (ALIASES_FILE, row.line);
        let kind = name_kind(at, kind, ALIAS_KINDS, errors);
        check_lang(at, lang, errors);
        if !matches!(component, "" | "yes") {
            let message = format!("component {component:?} is not \"yes\" or empty");
            errors.add(at.0, at.1, message);
        }
        candidates.extend(
            alias_of(at, cluster, alias, clusters, errors).map(|c| Candidate { kind, ..c }),
        );
    }
    for row in csv::read(CITY_NAMES_FILE, city_names, CITY_NAME_COLUMNS, errors) {
        let [cluster, name, kind, lang, geonameid] = row.fields.each_ref().map(|f| f.trim());
        let at = (CITY_NAMES_FILE, row.line);
        let kind = name_kind(at, kind, CITY_NAME_KINDS, errors);
        check_lang(at, lang, errors);
        let geonameid = csv::number(at, "geonameid", geonameid, errors);
        candidates.extend(
            alias_of(at, cluster, name, clusters, errors).map(|c| Candidate {
                kind,
                geonameid,
                // GeoNames' names of undetermined language are keys, but
                // `suggest` does not offer them.
                suggested: !lang.starts_with("und-"),
                ..c
            }),
        );
    }
    candidates.extend(towns);
    // An official name wins over another cluster's alias: the alias
    // gives way, and its rank is kept beside the name.
    let gives_way = |alias: &Candidate, existing: &Spelling| {
        let (Target::Cluster(rank), Target::Cluster(winner)) = (alias.target, existing.target)
        else {
            return false;
        };
        alias.source == KeySource::Alias && existing.source == KeySource::Name && rank != winner
    };
    let (keys, gave_way) = key_table(candidates, errors, gives_way);
    let alias_ranks: Vec<AliasRank> = gave_way
        .into_iter()
        .filter_map(|gave| match (gave.candidate.target, gave.target) {
            (Target::Cluster(rank), Target::Cluster(winner)) => Some(AliasRank {
                alias: gave.candidate.text,
                normalized: gave.normalized,
                line: gave.candidate.line,
                rank,
                winner,
                kind: gave.candidate.kind,
                placement: Placement::default(),
            }),
            _ => None,
        })
        .collect();
    for (i, a) in alias_ranks.iter().enumerate() {
        if let Some(first) = alias_ranks
            .iter()
            .take(i)
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
    (keys, alias_ranks)
}

/// An alias of the cluster whose id is `cluster`, from line `at`; `None`
/// (and an error) if there is no such cluster.
fn alias_of(
    (file, line): (&'static str, usize),
    cluster: &str,
    alias: &str,
    clusters: &[Cluster],
    errors: &mut Errors,
) -> Option<Candidate> {
    let Some(rank) = clusters::rank_of(clusters, cluster) else {
        let message = format!(
            "alias {alias:?} points at cluster {cluster:?}, which is not in {}",
            clusters::FILE
        );
        errors.add(file, line, message);
        return None;
    };
    Some(Candidate {
        text: alias.to_owned(),
        target: Target::Cluster(rank),
        source: KeySource::Alias,
        kind: NameKind::Own,
        geonameid: None,
        suggested: true,
        file,
        line,
    })
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
            if let Some(other) = seen.insert(map_hash(fingerprint(name.as_bytes())), name) {
                errors.add(
                    clusters::FILE,
                    c.line,
                    format!("{name:?} has the same fingerprint as {other:?}; change the fingerprint function"),
                );
            }
        }
    }
}

/// A candidate that gave way to a key of the same text.
pub(super) struct GaveWay {
    candidate: Candidate,
    /// The key's text, and what the key it gave way to finds.
    normalized: String,
    target: Target,
}

/// Normalizes every candidate into a table sorted by key. A key met again
/// is an error (duplicate or ambiguous) unless `gives_way(candidate,
/// existing)` says the candidate silently gives way; those are returned
/// beside the table, each with the key it gave way to.
pub(super) fn key_table(
    candidates: Vec<Candidate>,
    errors: &mut Errors,
    gives_way: impl Fn(&Candidate, &Spelling) -> bool,
) -> (Vec<Spelling>, Vec<GaveWay>) {
    let mut keys: BTreeMap<String, Spelling> = BTreeMap::new();
    let mut gave_way = Vec::new();
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
                suggested,
                file,
                line,
            } = candidate;
            keys.insert(
                normalized.clone(),
                Spelling {
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
                    suggested,
                },
            );
            continue;
        };
        if gives_way(&candidate, existing) {
            gave_way.push(GaveWay {
                target: existing.target,
                normalized,
                candidate,
            });
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
    (keys.into_values().collect(), gave_way)
}

#[must_use]
pub fn describe(key: &Spelling) -> String {
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
pub fn check_fingerprints<'k>(keys: impl Iterator<Item = &'k Spelling>, errors: &mut Errors) {
    let mut seen: HashMap<u32, &Spelling> = HashMap::new();
    for key in keys {
        if let Some(other) = seen.insert(map_hash(fingerprint(key.normalized.as_bytes())), key) {
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
