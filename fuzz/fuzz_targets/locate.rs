//! `locate` and `mentions` on arbitrary text: no panic; every mention is
//! where it says, on char boundaries, its qualifiers after its place; the
//! cluster `locate` answers is a row of the table and among the mentions.
#![no_main]

use gii_clusters::{by_rank, locate, mentions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let found: Vec<_> = mentions(text).collect();
    for mention in &found {
        let place = mention.place();
        assert!(text.get(place.clone()).is_some_and(|p| !p.is_empty()));
        for qualifier in mention.qualifiers() {
            assert!(text.get(qualifier.clone()).is_some());
            assert!(qualifier.start >= place.end);
        }
    }
    if let Some(cluster) = locate(text) {
        assert_eq!(by_rank(cluster.rank()), Some(cluster));
        assert!(found.iter().any(|m| m.cluster() == cluster));
    }
});
