//! serde in a compact format (postcard, no allocation): a cluster is its
//! rank, read back with `deserialize_u8`; an economy is its alpha-2 code.
#![cfg(feature = "serde")]

use gii_clusters::{Cluster, Economy, all, by_rank};
use serde::{Deserialize, Serialize};

#[test]
fn every_cluster_round_trips_through_postcard() {
    let mut buffer = [0u8; 8];
    for c in all() {
        let bytes = postcard::to_slice(c, &mut buffer).unwrap();
        assert_eq!(bytes, [c.rank()], "{c}: a cluster is its rank");
        let back: &'static Cluster = postcard::from_bytes(bytes).unwrap();
        assert!(std::ptr::eq(back, c), "{c}");
    }
    for rank in [0u8, 101, 255] {
        assert!(postcard::from_bytes::<&'static Cluster>(&[rank]).is_err());
    }
}

#[test]
fn every_economy_round_trips_through_postcard() {
    let mut buffer = [0u8; 8];
    for &e in Economy::ALL {
        let bytes = postcard::to_slice(&e, &mut buffer).unwrap();
        assert_eq!(&bytes[1..], e.alpha2().as_bytes());
        assert_eq!(postcard::from_bytes::<Economy>(bytes).unwrap(), e);
    }
}

#[test]
fn derived_struct_round_trips_and_stays_small() {
    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct Record {
        cluster: &'static Cluster,
        economy: Economy,
    }
    let record = Record {
        cluster: by_rank(97).unwrap(),
        economy: Economy::Switzerland,
    };
    let mut buffer = [0u8; 64];
    let bytes = postcard::to_slice(&record, &mut buffer).unwrap();
    // One byte of rank, then the code with its length: 4 bytes.
    assert_eq!(bytes, [97, 2, b'C', b'H']);
    assert_eq!(postcard::from_bytes::<Record>(bytes).unwrap(), record);

    let list: Vec<&'static Cluster> = all().iter().collect();
    let bytes = postcard::to_slice(&list, &mut [0u8; 128]).unwrap().to_vec();
    assert_eq!(bytes.len(), 1 + 100);
    assert_eq!(
        postcard::from_bytes::<Vec<&'static Cluster>>(&bytes).unwrap(),
        list
    );
}

/// The `rank` helper, for a field and for a map's keys, in a compact
/// format: ranks both ways, and a rank of no cluster is an error.
#[test]
fn the_rank_helpers_round_trip_through_postcard() {
    use std::collections::BTreeMap;

    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct Watch {
        #[serde(with = "gii_clusters::serde::rank")]
        home: &'static Cluster,
        #[serde(with = "gii_clusters::serde::rank::keys")]
        seen: BTreeMap<&'static Cluster, u8>,
    }
    let watch = Watch {
        home: by_rank(4).unwrap(),
        seen: all().iter().take(3).map(|c| (c, c.rank() * 2)).collect(),
    };
    let mut buffer = [0u8; 16];
    let bytes = postcard::to_slice(&watch, &mut buffer).unwrap();
    assert_eq!(bytes, [4, 3, 1, 2, 2, 4, 3, 6]);
    assert_eq!(postcard::from_bytes::<Watch>(bytes).unwrap(), watch);
    assert!(postcard::from_bytes::<Watch>(&[101, 0]).is_err());
    assert!(postcard::from_bytes::<Watch>(&[4, 1, 0, 0]).is_err());
}
