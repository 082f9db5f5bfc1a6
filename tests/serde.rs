//! serde: clusters to JSON and back, and what deserialization accepts.
#![cfg(feature = "serde")]

use gii_clusters::{Cluster, Economy, all, by_rank};
use serde::Deserialize;

#[test]
fn every_cluster_round_trips_through_json() {
    for c in all() {
        let json = serde_json::to_string(c).unwrap();
        // An object reads back by its rank…
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let back: &'static Cluster = serde_json::from_value(value["rank"].clone()).unwrap();
        assert!(std::ptr::eq(back, c), "{json}");
        // …and by its name, pointing into the same table (nothing copied).
        let back: &'static Cluster = serde_json::from_value(value["name"].clone()).unwrap();
        assert!(std::ptr::eq(back, c), "{json}");
        // A list of clusters written as ranks reads back the same.
        let ranks = serde_json::to_string(&[c.rank()]).unwrap();
        let back: Vec<&'static Cluster> = serde_json::from_str(&ranks).unwrap();
        assert_eq!(back, [c]);
    }
}

#[test]
fn cluster_object_shape() {
    let json = serde_json::to_value(by_rank(4).unwrap()).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "rank": 4,
            "name": "Beijing",
            "economies": ["CN"],
            "name_zh": "北京",
            "brief_url": "https://www.wipo.int/global_innovation_index/en/docs/2023/cn-beijing.pdf"
        })
    );
    let tokyo = serde_json::to_value(by_rank(1).unwrap()).unwrap();
    assert_eq!(
        tokyo["name_zh"],
        serde_json::Value::Null,
        "present and null outside the Chinese list"
    );
    let basel = serde_json::to_value(by_rank(97).unwrap()).unwrap();
    assert_eq!(basel["economies"], serde_json::json!(["CH", "DE", "FR"]));
}

#[test]
fn deserialize_by_rank_or_name() {
    let read = |json: &str| serde_json::from_str::<&'static Cluster>(json).map(Cluster::rank);
    assert_eq!(read("4").unwrap(), 4);
    assert_eq!(read("\"beijing\"").unwrap(), 4);
    assert_eq!(read("\"北京\"").unwrap(), 4);
    assert_eq!(read("\"  Zurich \"").unwrap(), 49);
    assert_eq!(read("100").unwrap(), 100);
    for bad in [
        "0",
        "101",
        "-4",
        "1000000000000",
        "4.5",
        "null",
        "true",
        "[4]",
        "{}",
    ] {
        assert!(read(bad).is_err(), "{bad}");
    }
    let error = read("\"Bejing\"").unwrap_err().to_string();
    assert!(error.contains("did you mean Beijing (rank 4)?"), "{error}");
    let error = read("101").unwrap_err().to_string();
    assert!(
        error.contains("a cluster rank (1 to 100) or a cluster name"),
        "{error}"
    );
}

#[test]
fn economies_as_alpha2() {
    assert_eq!(serde_json::to_string(&Economy::HongKong).unwrap(), "\"HK\"");
    assert_eq!(
        serde_json::from_str::<Economy>("\"de\"").unwrap(),
        Economy::Germany
    );
    assert_eq!(
        serde_json::from_str::<Economy>("\"DE\"").unwrap(),
        Economy::Germany
    );
    assert!(serde_json::from_str::<Economy>("\"Germany\"").is_err());
    assert!(serde_json::from_str::<Economy>("\"XX\"").is_err());
    assert!(serde_json::from_str::<Economy>("49").is_err());
    for e in Economy::ALL {
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(serde_json::from_str::<Economy>(&json).unwrap(), e);
    }
}

#[test]
fn config_file() {
    #[derive(Deserialize)]
    struct Config {
        home: &'static Cluster,
        watch: Vec<&'static Cluster>,
        markets: Vec<Economy>,
    }
    let config: Config = serde_json::from_str(
        r#"{ "home": "Shenzhen", "watch": [1, "München", "首尔"], "markets": ["cn", "DE"] }"#,
    )
    .unwrap();
    assert_eq!(config.home.rank(), 2);
    let watch: Vec<u8> = config.watch.iter().map(|c| c.rank()).collect();
    assert_eq!(watch, [1, 22, 3]);
    assert_eq!(config.markets, [Economy::China, Economy::Germany]);
}
