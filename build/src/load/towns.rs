//! `data/towns.csv`: the towns of each cluster (the populated places near
//! its cities that addresses name: Garching, Redmond), each a city of its
//! cluster, where a qualifier checks it, and a name of kind `town`, held
//! to the namesake rule as a name no city of the cluster bears: every
//! namesake counts (`data/namesakes.csv`).

use super::error::Errors;
use super::keys::{Candidate, normalize_key};
use super::model::{City, Cluster, Economy, KeySource, NameKind, Region, Target};
use super::vocabulary::check_lang;
use super::{clusters, csv, regions};

pub const FILE: &str = "data/towns.csv";
const COLUMNS: [&str; 7] = [
    "cluster",
    "name",
    "lang",
    "region",
    "geonameid",
    "population",
    "km",
];

/// A town lies at most this far from a city of its cluster
/// (`scripts/towns.py`'s rule)...
pub const MAX_KM: f64 = 25.0;
/// ...and has at least this many people.
pub const MIN_PEOPLE: u64 = 10_000;

/// Reads the towns into their clusters' cities, and returns their names
/// as keys to be: `suggest` does not offer them (a misspelt query is
/// offered a cluster's own names).
pub fn load(
    text: &str,
    clusters: &mut [Cluster],
    (economies, regions): (&[Economy], &[Region]),
    errors: &mut Errors,
) -> Vec<Candidate> {
    let mut names = Vec::new();
    for row in csv::read(FILE, text, COLUMNS, errors) {
        let [id, name, lang, region, geonameid, population, km] =
            row.fields.each_ref().map(|f| f.trim());
        let at = (FILE, row.line);
        check_lang(at, lang, errors);
        let geonameid = csv::number(at, "geonameid", geonameid, errors);
        let population = csv::number(at, "population", population, errors);
        let km = csv::km(at, km, MAX_KM, errors);
        if population.is_some_and(|p| p < MIN_PEOPLE) {
            errors.add(
                FILE,
                row.line,
                format!("a town has {MIN_PEOPLE} people at least"),
            );
        }
        let Some(cluster) = clusters::of_row(clusters, id, at, errors) else {
            continue;
        };
        let Some(region) = regions::region_of(cluster, region, (economies, regions)) else {
            let message = format!("{region:?} is no region of the economies of cluster {id:?}");
            errors.add(FILE, row.line, message);
            continue;
        };
        let normalized = match normalize_key(name) {
            Ok(normalized) => normalized,
            Err(message) => {
                errors.add(FILE, row.line, message);
                continue;
            }
        };
        let (Some(geonameid), Some(_), Some(_)) = (geonameid, population, km) else {
            continue;
        };
        cluster.cities.push(City {
            normalized,
            geonameid,
            region,
        });
        names.push(Candidate {
            text: name.to_owned(),
            target: Target::Cluster(cluster.rank),
            source: KeySource::Alias,
            kind: NameKind::Town,
            geonameid: Some(geonameid),
            suggested: false,
            file: FILE,
            line: row.line,
        });
    }
    names
}
