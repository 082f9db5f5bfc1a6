//! `data/city_regions.csv`: the regions of a cluster's cities that are
//! the city, for `locate`: every town of 10,000 people in them lies near
//! the cluster (Beijing, Tokyo, Berlin), unlike a state around a city
//! (New York).

use super::error::Errors;
use super::model::{Cluster, Economy, Region};
use super::{clusters, csv, regions};

pub const FILE: &str = "data/city_regions.csv";
const COLUMNS: [&str; 4] = ["cluster", "region", "farthest", "km"];

/// Every town of a city region lies at most this far from a city of its
/// cluster (`scripts/city_regions.py`'s rule).
pub const MAX_KM: f64 = 150.0;

/// Reads the city regions into their clusters: each a region of one of
/// the cluster's cities, its farthest town within [`MAX_KM`].
pub fn load(
    text: &str,
    clusters: &mut [Cluster],
    (economies, regions): (&[Economy], &[Region]),
    errors: &mut Errors,
) {
    for row in csv::read(FILE, text, COLUMNS, errors) {
        let [id, region, _, km] = row.fields.each_ref().map(|f| f.trim());
        let at = (FILE, row.line);
        csv::km(at, km, MAX_KM, errors);
        let Some(cluster) = clusters::of_row(clusters, id, at, errors) else {
            continue;
        };
        match regions::region_of(cluster, region, (economies, regions)) {
            Some(found) if cluster.regions.contains(&found) => {
                if !cluster.city_regions.contains(&found) {
                    cluster.city_regions.push(found);
                }
            }
            _ => {
                let message = format!("{region:?} is no region of a city of cluster {id:?}");
                errors.add(FILE, row.line, message);
            }
        }
    }
}
