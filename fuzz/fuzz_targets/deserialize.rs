//! Deserializing `&'static Cluster` and `Economy` from arbitrary JSON: no
//! panic, and a cluster read from JSON is a row of the table.
#![no_main]

use gii_clusters::{Cluster, Economy, by_rank};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(found) = serde_json::from_slice::<&'static Cluster>(data) {
        assert!(std::ptr::eq(by_rank(found.rank()).unwrap(), found));
        let json = serde_json::to_string(&found.rank()).unwrap();
        assert!(std::ptr::eq(
            serde_json::from_str::<&Cluster>(&json).unwrap(),
            found
        ));
    }
    let _ = serde_json::from_slice::<Vec<&'static Cluster>>(data);
    let _ = serde_json::from_slice::<Economy>(data);
});
