//! Deserializing `&'static Cluster`, `Economy` and `Location` from
//! arbitrary JSON: no panic, a cluster read from JSON is a row of the
//! table, a location is in range, and a reader (which never lends its
//! strings) reads exactly what a slice reads.
#![no_main]

use gii_clusters::{Cluster, Economy, Location, by_rank};
use libfuzzer_sys::fuzz_target;

/// What a slice and a reader give agree: both values, or both errors.
fn same<T: PartialEq + std::fmt::Debug>(data: &[u8]) -> Option<T>
where
    T: for<'de> serde::Deserialize<'de>,
{
    let from_slice = serde_json::from_slice::<T>(data).ok();
    let from_reader = serde_json::from_reader::<_, T>(data).ok();
    assert_eq!(from_slice, from_reader);
    from_slice
}

fuzz_target!(|data: &[u8]| {
    if let Some(found) = same::<&'static Cluster>(data) {
        assert!(std::ptr::eq(by_rank(found.rank()).unwrap(), found));
        let json = serde_json::to_string(found).unwrap();
        assert!(std::ptr::eq(
            serde_json::from_str::<&Cluster>(&json).unwrap(),
            found
        ));
    }
    let _ = same::<Vec<&'static Cluster>>(data);
    let _ = same::<Economy>(data);
    if let Some(point) = same::<Location>(data) {
        assert!((-90.0..=90.0).contains(&point.latitude), "{point:?}");
        assert!((-180.0..=180.0).contains(&point.longitude), "{point:?}");
    }
});
