//! Where the place a cluster key names lies: the city of its cluster
//! whose key it is (a city the official name lists or a component, by
//! `data/cluster_regions.csv`), or the city of its GeoNames id (a name
//! of `data/city_names.csv`, an alias by `data/alias_cities.csv`). A key
//! that names no one city (`Bay Area`, `NYC`) lies wherever its cluster
//! does: its places stay empty.

use super::error::Errors;
use super::keys::normalize_key;
use super::model::{AliasRank, Cluster, Place, Spelling, Target};
use super::{clusters, csv};

pub const ALIAS_CITIES_FILE: &str = "data/alias_cities.csv";
const ALIAS_CITY_COLUMNS: [&str; 3] = ["cluster", "alias", "geonameid"];

/// Fills in the places of every cluster key and alias rank, the aliases'
/// cities read from `alias_cities` (each row an alias of its cluster).
pub fn assign(
    alias_cities: &str,
    clusters: &[Cluster],
    (keys, alias_ranks): (&mut [Spelling], &mut [AliasRank]),
    errors: &mut Errors,
) {
    let mut cities_of_aliases = Vec::new();
    for row in csv::read(ALIAS_CITIES_FILE, alias_cities, ALIAS_CITY_COLUMNS, errors) {
        let [cluster, alias, geonameid] = row.fields.each_ref().map(|f| f.trim());
        let at = (ALIAS_CITIES_FILE, row.line);
        let geonameid = csv::number(at, "geonameid", geonameid, errors);
        let Some(rank) = clusters::rank_of(clusters, cluster) else {
            let message = format!("cluster {cluster:?} is not in {}", clusters::FILE);
            errors.add(at.0, at.1, message);
            continue;
        };
        let Ok(normalized) = normalize_key(alias) else {
            let message = format!("{alias:?} is no alias of cluster {cluster:?}");
            errors.add(at.0, at.1, message);
            continue;
        };
        let known = keys
            .iter()
            .any(|k| k.normalized == normalized && k.target == Target::Cluster(rank))
            || alias_ranks
                .iter()
                .any(|a| a.normalized == normalized && a.rank == rank);
        if !known {
            let message =
                format!("{alias:?} is no alias of cluster {cluster:?} (data/aliases.csv)");
            errors.add(at.0, at.1, message);
        }
        cities_of_aliases.extend(geonameid.map(|id| (rank, normalized, id)));
    }
    let city_of = |rank: u8, normalized: &str| {
        cities_of_aliases
            .iter()
            .find(|(r, n, _)| *r == rank && n == normalized)
            .map(|&(_, _, id)| id)
    };
    for key in keys.iter_mut() {
        if let Target::Cluster(rank) = key.target {
            let geonameid = key.geonameid.or_else(|| city_of(rank, &key.normalized));
            key.placement.places = places(clusters, rank, &key.normalized, geonameid);
        }
    }
    for alias in alias_ranks.iter_mut() {
        let geonameid = city_of(alias.rank, &alias.normalized);
        alias.placement.places = places(clusters, alias.rank, &alias.normalized, geonameid);
    }
}

/// The places of the cities of `rank` whose key is `normalized` or
/// whose GeoNames id is `geonameid`.
fn places(clusters: &[Cluster], rank: u8, normalized: &str, geonameid: Option<u64>) -> Vec<Place> {
    let Some(cluster) = clusters.iter().find(|c| c.rank == rank) else {
        return Vec::new();
    };
    let mut found: Vec<Place> = cluster
        .cities
        .iter()
        .filter(|c| c.normalized == normalized || geonameid == Some(c.geonameid))
        .map(|c| Place::Region(c.region))
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}
