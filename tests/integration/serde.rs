//! serde in a human-readable format (JSON): clusters as objects that read
//! back, and what deserialization accepts.
#![cfg(feature = "serde")]

use gii_clusters::{Cluster, Economy, all, by_rank};
use serde::{Deserialize, Serialize};

#[test]
fn every_cluster_round_trips_through_json() {
    for c in all() {
        let json = serde_json::to_string(c).unwrap();
        // The object form reads back as the same reference (nothing copied)…
        let back: &'static Cluster = serde_json::from_str(&json).unwrap();
        assert!(std::ptr::eq(back, c), "{json}");
        // …and so do its rank and its name alone.
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let back: &'static Cluster = serde_json::from_value(value["rank"].clone()).unwrap();
        assert!(std::ptr::eq(back, c), "{json}");
        let back: &'static Cluster = serde_json::from_value(value["name"].clone()).unwrap();
        assert!(std::ptr::eq(back, c), "{json}");
    }
    let everything: Vec<&'static Cluster> = all().iter().collect();
    let json = serde_json::to_string(&everything).unwrap();
    let back: Vec<&'static Cluster> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, everything);
}

#[test]
fn derived_struct_round_trips_through_json() {
    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct Watch {
        home: &'static Cluster,
        others: Vec<&'static Cluster>,
        market: Economy,
    }
    let watch = Watch {
        home: by_rank(2).unwrap(),
        others: vec![by_rank(1).unwrap(), by_rank(100).unwrap()],
        market: Economy::HongKong,
    };
    let json = serde_json::to_string(&watch).unwrap();
    assert!(json.contains(r#""market":"HK""#), "{json}");
    assert_eq!(serde_json::from_str::<Watch>(&json).unwrap(), watch);
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
            "national_ranks": {"CN": 2},
            "name_zh": "北京",
            "brief_url": "https://www.wipo.int/global_innovation_index/en/docs/2023/cn-beijing.pdf",
            "brief_url_inferred": false,
            "location": {"latitude": 39.9075, "longitude": 116.3972}
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
    assert_eq!(
        basel["national_ranks"],
        serde_json::json!({"CH": 2, "DE": 8, "FR": 3})
    );
    let hong_kong = serde_json::to_value(by_rank(2).unwrap()).unwrap();
    assert_eq!(
        hong_kong["national_ranks"],
        serde_json::json!({"CN": 1, "HK": 1})
    );
    let brisbane = serde_json::to_value(by_rank(100).unwrap()).unwrap();
    assert_eq!(brisbane["brief_url_inferred"], serde_json::json!(true));
}

fn read(json: &str) -> Result<u8, String> {
    serde_json::from_str::<&'static Cluster>(json)
        .map(Cluster::rank)
        .map_err(|e| e.to_string())
}

#[test]
fn deserialize_from_rank_name_or_string_rank() {
    assert_eq!(read("4"), Ok(4));
    assert_eq!(read("100"), Ok(100));
    assert_eq!(read("\"beijing\""), Ok(4));
    assert_eq!(read("\"北京\""), Ok(4));
    assert_eq!(read("\"  Zurich \""), Ok(49));
    // Strings as parse() reads them: environment variables and query
    // strings arrive as text.
    assert_eq!(read("\"4\""), Ok(4));
    assert_eq!(read("\"#4\""), Ok(4));
    assert_eq!(read("\" #100 \""), Ok(100));
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
        "\"0\"",
        "\"#101\"",
    ] {
        assert!(read(bad).is_err(), "{bad}");
    }
    let error = read("\"Beijng\"").unwrap_err();
    assert!(error.contains("did you mean Beijing (rank 4)?"), "{error}");
    let error = read("\"101\"").unwrap_err();
    assert!(error.contains("no cluster has rank 101"), "{error}");
    let error = read("101").unwrap_err();
    assert!(
        error.contains("expected a cluster rank (1 to 100)"),
        "{error}"
    );
    let error = read("true").unwrap_err();
    assert!(
        error.contains("a cluster rank (1 to 100), a cluster name, or a cluster object"),
        "{error}"
    );
}

#[test]
fn deserialize_from_object() {
    // Found by rank; the other keys the object form has are not read.
    assert_eq!(read(r#"{"rank": 4}"#), Ok(4));
    assert_eq!(
        read(r#"{"economies": ["JP"], "rank": 4, "name_zh": null, "national_ranks": {}}"#),
        Ok(4)
    );
    // Keys it does not have, repeated keys and wrong types are errors.
    let error = read(r#"{"rank": 4, "name": "Beijing", "x": [1, {"y": 2}]}"#).unwrap_err();
    assert!(
        error.contains("unknown field `x`, expected one of `rank`, `name`"),
        "{error}"
    );
    let error = read(r#"{"rank": 4, "rank": 4}"#).unwrap_err();
    assert!(error.contains("duplicate field `rank`"), "{error}");
    let error = read(r#"{"rank": 4, "location": null, "location": null}"#).unwrap_err();
    assert!(error.contains("duplicate field `location`"), "{error}");
    let error = read(r#"{"rank": "4"}"#).unwrap_err();
    assert!(
        error.contains("invalid type: string \"4\", expected a cluster rank"),
        "{error}"
    );
    let error = read(r#"{"name": 4}"#).unwrap_err();
    assert!(
        error.contains("invalid type: integer `4`, expected a cluster name"),
        "{error}"
    );
    // A name that is another spelling of the same cluster is fine.
    assert_eq!(read(r#"{"rank": 2, "name": "Shenzhen"}"#), Ok(2));
    // Without a rank, the name decides.
    assert_eq!(read(r#"{"name": "Beijing"}"#), Ok(4));
    // A name that finds another cluster is an error: never a wrong one.
    let error = read(r#"{"rank": 4, "name": "Shanghai"}"#).unwrap_err();
    assert!(
        error.contains("rank 4 and the name of rank 5 (Shanghai–Suzhou)"),
        "{error}"
    );
    assert!(read(r#"{"name": "Beijing", "rank": 5}"#).is_err());
    assert!(read(r#"{"rank": 4, "name": "Atlantis"}"#).is_err());
    assert!(read(r#"{"rank": 101}"#).is_err());
    let error = read(r#"{"brief_url": "x"}"#).unwrap_err();
    assert!(error.contains("missing field `rank`"), "{error}");
}

#[test]
fn economies_as_alpha2_read_from_any_name() {
    assert_eq!(serde_json::to_string(&Economy::HongKong).unwrap(), "\"HK\"");
    let read = |json: &str| serde_json::from_str::<Economy>(json).ok();
    assert_eq!(read("\"de\""), Some(Economy::Germany));
    assert_eq!(read("\"DE\""), Some(Economy::Germany));
    assert_eq!(read("\"Germany\""), Some(Economy::Germany));
    assert_eq!(read("\"Deutschland\""), Some(Economy::Germany));
    assert_eq!(read("\"USA\""), Some(Economy::UnitedStates));
    assert_eq!(read("\"XX\""), None);
    assert_eq!(read("49"), None);
    for &e in Economy::ALL {
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(read(&json), Some(e));
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
        r##"{ "home": "Shenzhen", "watch": [1, "München", "首尔", "#9"], "markets": ["cn", "Deutschland"] }"##,
    )
    .unwrap();
    assert_eq!(config.home.rank(), 2);
    let watch: Vec<u8> = config.watch.iter().map(|c| c.rank()).collect();
    assert_eq!(watch, [1, 22, 3, 9]);
    assert_eq!(config.markets, [Economy::China, Economy::Germany]);
}

#[test]
fn location_round_trips_as_an_object_and_as_two_numbers() {
    use gii_clusters::Location;
    let basel = by_rank(97).unwrap().location();
    let json = serde_json::to_string(&basel).unwrap();
    assert_eq!(json, r#"{"latitude":47.5584,"longitude":7.5733}"#);
    assert_eq!(serde_json::from_str::<Location>(&json).unwrap(), basel);
    // Field order does not matter; both are needed, once each, and no other.
    let reordered = r#"{"longitude":7.5733,"latitude":47.5584}"#;
    assert_eq!(serde_json::from_str::<Location>(reordered).unwrap(), basel);
    let error = |json: &str| {
        serde_json::from_str::<Location>(json)
            .unwrap_err()
            .to_string()
    };
    assert!(error(r#"{"latitude":47.5584}"#).contains("missing field `longitude`"));
    assert!(
        error(r#"{"longitude":7.5,"altitude":260,"latitude":47.5}"#)
            .contains("unknown field `altitude`, expected `latitude` or `longitude`")
    );
    assert!(error(r#"{"latitude":1,"latitude":1}"#).contains("duplicate field `latitude`"));
    assert!(error(r#"{"latitude":"47","longitude":7}"#).contains("invalid type: string"));
    assert!(
        error(r#"{"latitude":95,"longitude":7}"#).contains("expected a latitude from -90 to 90")
    );
    assert!(error("[47.5, 181]").contains("expected a longitude from -180 to 180"));
    assert!(error("[47.5]").contains("invalid length 1"));
    let mut buffer = [0u8; 32];
    let bytes = postcard::to_slice(&basel, &mut buffer).unwrap();
    assert_eq!(bytes.len(), 16);
    assert_eq!(postcard::from_bytes::<Location>(bytes).unwrap(), basel);
}

/// The `name` and `rank` helpers in JSON, and every error that names no
/// cluster naming the text that failed.
#[test]
fn the_helpers_write_names_and_ranks_and_errors_name_the_text() {
    use std::collections::HashMap;

    #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
    struct Offices {
        #[serde(with = "gii_clusters::serde::name::keys")]
        by_name: HashMap<&'static Cluster, u32>,
        #[serde(with = "gii_clusters::serde::rank::keys")]
        by_rank: HashMap<&'static Cluster, u32>,
    }
    let seoul = by_rank(3).unwrap();
    let offices = Offices {
        by_name: HashMap::from([(seoul, 7)]),
        by_rank: HashMap::from([(seoul, 7)]),
    };
    let json = serde_json::to_string(&offices).unwrap();
    assert_eq!(json, r#"{"by_name":{"Seoul":7},"by_rank":{"3":7}}"#);
    assert_eq!(serde_json::from_str::<Offices>(&json).unwrap(), offices);
    let read = |json: &str| {
        serde_json::from_str::<Offices>(json)
            .unwrap_err()
            .to_string()
    };
    assert!(
        read(r#"{"by_name":{"서울":7,"Atlantis":1},"by_rank":{}}"#)
            .starts_with(r#""Atlantis": no cluster has that name"#)
    );
    assert!(
        read(r#"{"by_name":{},"by_rank":{"0":1}}"#)
            .starts_with(r#"invalid value: string "0", expected a cluster rank (1 to 100)"#)
    );
    let error = serde_json::from_str::<Vec<&Cluster>>(r#"[4, "Atlantis"]"#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with(r#""Atlantis": no cluster has that name"#),
        "{error}"
    );
}
