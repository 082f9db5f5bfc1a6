//! `data/regions.csv`: the regions a place may be qualified with (the
//! first-level subdivisions of ISO 3166-2, by several names each), and
//! `data/cluster_regions.csv`: which of them each city of each cluster
//! lies in.

use std::collections::BTreeMap;

use super::error::Errors;
use super::model::{
    City, Cluster, Economy, KeySource, NameKind, Placement, Region, Spelling, Target,
};
use super::vocabulary::check_lang;
use super::{clusters, csv, economies, keys};

pub const FILE: &str = "data/regions.csv";
pub const CLUSTERS_FILE: &str = "data/cluster_regions.csv";
const COLUMNS: [&str; 4] = ["alpha2", "code", "name", "lang"];
const CLUSTER_COLUMNS: [&str; 4] = ["cluster", "region", "city", "geonameid"];

/// Regions are numbered by a `u16` in the generated tables, whose high
/// bit marks an economy where a place's region is not known
/// (`emit/key_facts.rs`).
const MAX_REGIONS: usize = (1 << 15) - 1;

/// Reads and checks the region table: a known economy, a code of one to
/// three capital letters or digits, a name, and its `lang` (empty for ISO
/// 3166-2's own name, or the language tag of a translation: `en`, `de`,
/// `zh-hant`). A region is
/// the rows of one economy and code; they must stand together.
pub fn load(text: &str, economies: &[Economy], errors: &mut Errors) -> Vec<Region> {
    let mut regions: Vec<Region> = Vec::new();
    for row in csv::read(FILE, text, COLUMNS, errors) {
        let [economy, code, name, lang] = row.fields.each_ref().map(|f| f.trim());
        let line = row.line;
        let Some(economy) = economies::index_of(economies, economy) else {
            errors.add(FILE, line, format!("unknown economy code {economy:?}"));
            continue;
        };
        let code_ok = (1..=3).contains(&code.len())
            && code
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        if !code_ok {
            errors.add(
                FILE,
                line,
                format!("region code {code:?} is not 1 to 3 capital letters or digits"),
            );
            continue;
        }
        check_lang((FILE, line), lang, errors);
        if name.is_empty() {
            errors.add(FILE, line, "empty region name");
            continue;
        }
        let same = |r: &Region| r.economy == economy && r.code == code;
        match regions.last_mut() {
            Some(last) if same(last) => last.names.push((name.to_owned(), line)),
            _ => {
                if let Some(first) = regions.iter().find(|r| same(r)) {
                    let first = first.line;
                    errors.add(
                        FILE,
                        line,
                        format!("region {code} again, apart from its rows from line {first}"),
                    );
                    continue;
                }
                regions.push(Region {
                    line,
                    economy,
                    code: code.to_owned(),
                    names: vec![(name.to_owned(), line)],
                });
            }
        }
    }
    if regions.len() > MAX_REGIONS {
        errors.add(FILE, 1, format!("more than {MAX_REGIONS} regions"));
    }
    regions
}

/// Reads `data/cluster_regions.csv` into each cluster's cities and
/// regions (indexes into `regions`): a known cluster, a region `XX-CODE` of
/// one of the cluster's economies, the city as the official name or a
/// component writes it, its GeoNames id, no city twice. Then checks each
/// cluster against its official name: a US state the name lists (`San
/// Diego, CA`) must be among its regions.
pub fn of_clusters(
    text: &str,
    clusters: &mut [Cluster],
    (economies, regions): (&[Economy], &[Region]),
    errors: &mut Errors,
) {
    for row in csv::read(CLUSTERS_FILE, text, CLUSTER_COLUMNS, errors) {
        let [id, region, city, geonameid] = row.fields.each_ref().map(|f| f.trim());
        let line = row.line;
        let Some(cluster) = clusters::of_row(clusters, id, (CLUSTERS_FILE, line), errors) else {
            continue;
        };
        let geonameid = csv::number((CLUSTERS_FILE, line), "geonameid", geonameid, errors);
        let normalized = match keys::normalize_key(city) {
            Ok(normalized) => normalized,
            Err(message) => {
                errors.add(CLUSTERS_FILE, line, message);
                continue;
            }
        };
        if cluster.cities.iter().any(|c| c.normalized == normalized) {
            errors.add(
                CLUSTERS_FILE,
                line,
                format!("cluster {id:?} has {city:?} twice"),
            );
            continue;
        }
        let found = region_of(cluster, region, (economies, regions));
        match (found, geonameid) {
            (Some(i), Some(geonameid)) => {
                if !cluster.regions.contains(&i) {
                    cluster.regions.push(i);
                }
                cluster.cities.push(City {
                    normalized,
                    geonameid,
                    region: i,
                });
            }
            (Some(_), None) => {}
            (None, _) => errors.add(
                CLUSTERS_FILE,
                line,
                format!("{region:?} is no region of the economies of cluster {id:?} in {FILE}"),
            ),
        }
    }
    for cluster in clusters.iter() {
        check_listed(cluster, regions, errors);
    }
}

/// The index of the region `XX-CODE` among `regions`, if it is a region
/// of one of `cluster`'s economies.
pub(super) fn region_of(
    cluster: &Cluster,
    region: &str,
    (economies, regions): (&[Economy], &[Region]),
) -> Option<usize> {
    let (economy, code) = region.split_once('-')?;
    regions.iter().position(|r| {
        r.code == code
            && cluster.economies.contains(&r.economy)
            && economies
                .get(r.economy)
                .is_some_and(|e| e.alpha2 == economy)
    })
}

/// The code after the last comma of each part of a cluster's official
/// name (`"Washington, DC–Baltimore, MD"` lists DC and MD) must be one of
/// the regions the cluster lies in.
fn check_listed(cluster: &Cluster, regions: &[Region], errors: &mut Errors) {
    for part in cluster.name.split('–') {
        let Some((_, code)) = part.rsplit_once(", ") else {
            continue;
        };
        if !cluster.regions.iter().any(|&r| regions[r].code == code) {
            errors.add(
                clusters::FILE,
                cluster.line,
                format!(
                    "{:?} names {code:?}, which is no region it lies in by {CLUSTERS_FILE}",
                    cluster.name
                ),
            );
        }
    }
}

/// The region keys: each region's code (of two letters or more: `ON`,
/// `NSW`; not `23`) and names. One key may name regions of several
/// economies (`SH`: Shanghai, Schleswig-Holstein), never one region twice.
pub fn region_keys(regions: &[Region], errors: &mut Errors) -> Vec<Spelling> {
    let mut keys: BTreeMap<(String, usize), Spelling> = BTreeMap::new();
    for (target, r) in regions.iter().enumerate() {
        let code = (r.code.len() >= 2 && r.code.bytes().all(|b| b.is_ascii_uppercase()))
            .then_some((r.code.clone(), r.line));
        for (text, line) in code.into_iter().chain(r.names.iter().cloned()) {
            let normalized = match keys::normalize_key(&text) {
                Ok(normalized) => normalized,
                Err(message) => {
                    errors.add(FILE, line, message);
                    continue;
                }
            };
            if let Some(existing) = keys.get(&(normalized.clone(), target)) {
                errors.add(
                    FILE,
                    line,
                    format!(
                        "duplicate key: {text:?} normalizes to {normalized:?}, already {}",
                        keys::describe(existing)
                    ),
                );
                continue;
            }
            let key = Spelling {
                normalized: normalized.clone(),
                text,
                target: Target::Region(target),
                source: KeySource::Name,
                file: FILE,
                line,
                kind: NameKind::Wipo,
                geonameid: None,
                qualified_only: false,
                placement: Placement::default(),
                suggested: true,
            };
            keys.insert((normalized, target), key);
        }
    }
    let mut unique: Vec<&Spelling> = keys.values().collect();
    unique.dedup_by(|a, b| a.normalized == b.normalized);
    keys::check_fingerprints(unique.into_iter(), errors);
    keys.into_values().collect()
}
