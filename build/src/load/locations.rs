//! `data/locations.csv`: where each cluster is, as the coordinates of
//! the first city its official name lists.

use std::collections::HashMap;

use super::clusters;
use super::csv;
use super::error::Errors;
use super::model::Cluster;

pub const FILE: &str = "data/locations.csv";
const COLUMNS: [&str; 5] = ["cluster", "city", "latitude", "longitude", "geonameid"];

/// Reads the locations into `clusters`: every cluster gets one, every
/// row names a cluster once, latitudes lie in -90..=90 and longitudes in
/// -180..=180.
pub fn load(text: &str, clusters: &mut [Cluster], errors: &mut Errors) {
    let mut lines: HashMap<u8, usize> = HashMap::new();
    for row in csv::read(FILE, text, COLUMNS, errors) {
        let [id, _city, latitude, longitude, geonameid] = row.fields.each_ref().map(|f| f.trim());
        let line = row.line;
        let Some(cluster) = clusters::of_row(clusters, id, (FILE, line), errors) else {
            continue;
        };
        if let Some(first) = lines.insert(cluster.rank, line) {
            errors.add(
                FILE,
                line,
                format!("cluster {id:?} again (first on line {first})"),
            );
            continue;
        }
        csv::number((FILE, line), "geonameid", geonameid, errors);
        match (degrees(latitude, 90.0), degrees(longitude, 180.0)) {
            (Some(latitude), Some(longitude)) => cluster.location = Some((latitude, longitude)),
            _ => errors.add(
                FILE,
                line,
                format!(
                    "({latitude}, {longitude}) is no latitude in -90..=90 and longitude in -180..=180"
                ),
            ),
        }
    }
    for c in clusters.iter().filter(|c| !lines.contains_key(&c.rank)) {
        let message = format!("{:?} (rank {}) has no location in {FILE}", c.name, c.rank);
        errors.add(clusters::FILE, c.line, message);
    }
}

/// `text` as degrees within `-limit..=limit`.
fn degrees(text: &str, limit: f64) -> Option<f64> {
    text.parse::<f64>()
        .ok()
        .filter(|d| d.is_finite() && d.abs() <= limit)
}
