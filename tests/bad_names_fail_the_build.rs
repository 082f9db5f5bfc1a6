//! The build's validator on bad names: economy names, city names,
//! regions, aliases a qualifier could not choose between, namesake
//! verdicts, and more key text than the tables' offsets reach. Every
//! problem is reported as `file:line: message`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test stops at the first thing that is wrong"
)]

mod common;

use std::fmt::Write as _;

use common::fixture::{
    ALIASES, ALPHA3, CITY_NAMES, CLUSTER_REGIONS, NAMESAKES, REGIONS, load_messages, messages,
    sources,
};
use common::load::Sources;

#[test]
fn bad_economy_names() {
    // Each economy's alpha-3 row comes after the rows under test.
    let bad = |economy_names: &str| {
        messages(&Sources {
            economy_names: &format!("{economy_names}{ALPHA3}"),
            ..sources()
        })
    };
    assert_eq!(
        bad("alpha2,name,kind\nXX,Atlantis,english\n"),
        [r#"data/economy_names.csv:2: unknown economy code "XX" (not in data/economies.csv)"#]
    );
    // A name two economies claim, or one given twice.
    assert_eq!(
        bad("alpha2,name,kind\nDE,Hong-Kong,english\n"),
        [
            r#"data/economy_names.csv:2: ambiguous key: "Hong-Kong" normalizes to "hong kong", already a name of economy 2 ("Hong Kong", data/economies.csv:4)"#
        ]
    );
    assert_eq!(
        bad("alpha2,name,kind\nDE,Deutschland,endonym\nDE,DEUTSCHLAND,endonym\n"),
        [
            r#"data/economy_names.csv:3: duplicate key: "DEUTSCHLAND" normalizes to "deutschland", already a name of economy 1 ("Deutschland", data/economy_names.csv:2)"#
        ]
    );
    assert_eq!(
        bad("alpha2,name,kind\nDE,Deutschland,nickname\n"),
        [
            r#"data/economy_names.csv:2: economy name kind "nickname" is not one of ["alpha3", "iso", "english", "endonym", "zh", "zh-hant", "ja", "ko"]"#
        ]
    );
    // Alpha-3 codes: three capital letters, one per economy, none missing.
    let only = |rows: &str| {
        messages(&Sources {
            economy_names: &format!("alpha2,name,kind\n{rows}"),
            ..sources()
        })
    };
    assert_eq!(
        only("CN,CHN,alpha3\nDE,DEU,alpha3\nHK,HKG,alpha3\nUS,USA,alpha3\nDE,GER,alpha3\n"),
        [r#"data/economy_names.csv:6: DE has a second alpha-3 code, "GER" (the first is "DEU")"#]
    );
    assert_eq!(
        only("CN,CHN,alpha3\nDE,Deu,alpha3\nHK,HKG,alpha3\nUS,USA,alpha3\n"),
        [
            r#"data/economy_names.csv:3: "Deu" is not an ISO 3166-1 alpha-3 code (three capital letters)"#,
            r#"data/economies.csv:3: DE has no alpha-3 code (a row of kind "alpha3" in data/economy_names.csv)"#
        ]
    );
    assert_eq!(
        only("CN,CHN,alpha3\nDE,DEU,alpha3\nUS,USA,alpha3\n"),
        [
            r#"data/economies.csv:4: HK has no alpha-3 code (a row of kind "alpha3" in data/economy_names.csv)"#
        ]
    );
}

#[test]
fn bad_regions() {
    let bad = |regions: &str| {
        messages(&Sources {
            regions,
            ..sources()
        })
    };
    assert_eq!(
        bad(&format!("{REGIONS}XX,NY,New York,iso\n")),
        [r#"data/regions.csv:7: unknown economy code "XX""#]
    );
    assert_eq!(
        bad(&format!("{REGIONS}US,N-1,Nowhere,iso\n")),
        [r#"data/regions.csv:7: region code "N-1" is not 1 to 3 capital letters or digits"#]
    );
    assert_eq!(
        bad(&format!("{REGIONS}US,NY,New York,english\n")),
        [r#"data/regions.csv:7: region name kind "english" is not "iso" or a language tag"#]
    );
    assert_eq!(
        bad(&format!("{REGIONS}US,MA,Mass,iso\n")),
        ["data/regions.csv:7: region MA again, apart from its rows from line 2"]
    );
    assert_eq!(
        bad(&REGIONS.replace("US,DC,Washington DC,en", "US,DC,District of Columbia,en")),
        [
            r#"data/regions.csv:4: duplicate key: "District of Columbia" normalizes to "district of columbia", already a name of region 1 ("District of Columbia", data/regions.csv:3)"#
        ]
    );
    // One key may name regions of two economies (`SH` is Shanghai and
    // Schleswig-Holstein): both qualify.
    assert_eq!(
        bad(&format!("{REGIONS}US,NY,Beijing Shi,iso\n")),
        Vec::<String>::new()
    );
}

#[test]
fn bad_cluster_regions() {
    let bad = |rows: &str| {
        messages(&Sources {
            cluster_regions: &format!("{CLUSTER_REGIONS}{rows}"),
            ..sources()
        })
    };
    assert_eq!(
        bad("9,US-MA,Boston,4930956\n"),
        [r#"data/cluster_regions.csv:4: rank "9" is not in data/clusters.csv"#]
    );
    assert_eq!(
        bad("2,US-MA,Boston,4930956\n"),
        [
            r#"data/cluster_regions.csv:4: "US-MA" is no region of rank 2's economies in data/regions.csv"#
        ]
    );
    assert_eq!(
        bad("3,US-MA,Cambridge,x\n"),
        [
            r#"data/cluster_regions.csv:4: geonameid "x" is not a number"#,
            "data/cluster_regions.csv:4: rank 3 lies in US-MA twice",
        ]
    );
    // Boston–Cambridge, MA names a state it does not lie in.
    assert_eq!(
        messages(&Sources {
            cluster_regions: &CLUSTER_REGIONS.replace("3,US-MA,Boston,4930956\n", ""),
            ..sources()
        }),
        [
            r#"data/clusters.csv:4: "Boston–Cambridge, MA" names "MA", which is no region it lies in by data/cluster_regions.csv"#
        ]
    );
}

#[test]
fn bad_city_names() {
    let bad = |rows: &str| {
        let city_names = &format!("{CITY_NAMES}{rows}");
        messages(&Sources {
            city_names,
            ..sources()
        })
    };
    assert_eq!(bad("2,北京城,zh,1816670\n"), Vec::<String>::new());
    assert_eq!(
        bad("2,北京城,fr,1816670\n"),
        [
            r#"data/city_names.csv:2: city name kind "fr" is not one of ["zh", "zh-hant", "ja", "ko", "und-Latn", "und-Cyrl", "und-Grek", "und-Arab", "und-Hebr", "und-Deva", "und-Taml", "und-Knda"]"#
        ]
    );
    assert_eq!(
        bad("2,北京城,zh,x1\n"),
        [r#"data/city_names.csv:2: geonameid "x1" is not a number"#]
    );
    assert_eq!(
        bad("9,北京城,zh,1816670\n"),
        [
            r#"data/city_names.csv:2: alias "北京城" points at rank "9", which is not in data/clusters.csv"#
        ]
    );
    assert_eq!(
        bad("1,北京,zh,1816670\n"),
        [
            r#"data/city_names.csv:2: ambiguous key: "北京" normalizes to "北京", already the Chinese name of rank 2 ("北京", data/clusters.csv:3)"#
        ]
    );
}

#[test]
fn alias_of_two_clusters_behind_an_official_name() {
    // "Cambridge" is rank 4's name and rank 3's alias; a second cluster
    // claiming it as an alias would leave a qualifier two to choose from.
    let aliases = &format!("{ALIASES}1,Cambridge,component\n");
    assert_eq!(
        messages(&Sources {
            aliases,
            ..sources()
        }),
        [
            r#"data/aliases.csv:6: "Cambridge" is an alias of ranks 3 and 1 besides the name of rank 4: a qualifier could not tell them apart"#
        ]
    );
}

#[test]
fn namesakes_make_aliases_qualified_only_or_drop_them_with_evidence() {
    let with = |rows: &str| {
        let namesakes = &format!("{NAMESAKES}{rows}");
        load_messages(&Sources {
            namesakes,
            ..sources()
        })
    };
    let model = with(
        "3,Boston,qualified,Boston,GB,2655138,45339,5000,Boston,400000\n\
         1,深圳,dropped,Shenzhen,XX,1,20000,300,,\n",
    )
    .unwrap();
    let key = |normalized: &str| model.keys.iter().find(|k| k.normalized == normalized);
    assert!(key("boston").unwrap().qualified_only);
    assert!(!key("shenzhen").unwrap().qualified_only);
    assert!(key("深圳").is_none());
    let bad = |rows: &str| with(rows).err().unwrap_or_default();
    assert_eq!(
        bad("3,Boston,maybe,Boston,GB,2655138,45339,5000,Boston,400000\n"),
        [r#"data/namesakes.csv:2: verdict "maybe" is not "qualified" or "dropped""#]
    );
    // Official names are no aliases; nor is another cluster's alias.
    assert_eq!(
        bad("2,Beijing,qualified,Beijing,US,1,20000,300,Beijing,30000\n\
             2,Boston,dropped,Boston,GB,2655138,45339,5000,,\n"),
        [
            r#"data/namesakes.csv:2: "Beijing" is no alias of rank "2" (data/aliases.csv, data/city_names.csv)"#,
            r#"data/namesakes.csv:3: "Boston" is no alias of rank "2" (data/aliases.csv, data/city_names.csv)"#,
        ]
    );
    // The evidence must meet the rule: 15,000 people, over 150 km, not
    // dwarfed ten times; a qualified alias has its place, a dropped none.
    assert_eq!(
        bad(
            "3,Boston,qualified,Boston,GB,2655138,14000,5000,Boston,100000\n\
             3,Cambridge,qualified,Cambridge,GB,1,100000,150,Cambridge,100000\n\
             1,Shenzhen,qualified,Shenzhen,CN,1,20000,300,Shenzhen,200000\n\
             1,深圳,dropped,Shenzhen,CN,1,20000,300,Shenzhen,\n\
             1,深圳,qualified,Shenzhen,China,x,20000,300,,\n"
        ),
        [
            r#"data/namesakes.csv:2: "Boston": a namesake of 14000 people 5000 km away, against 100000, is none by the rule (15000+ people, over 150 km, not dwarfed 10 times)"#,
            r#"data/namesakes.csv:3: "Cambridge": a namesake of 100000 people 150 km away, against 100000, is none by the rule (15000+ people, over 150 km, not dwarfed 10 times)"#,
            // Rank 4's official name won the key.
            r#"data/namesakes.csv:3: "Cambridge" is no alias of rank "3" (data/aliases.csv, data/city_names.csv)"#,
            r#"data/namesakes.csv:4: "Shenzhen": a namesake of 20000 people 300 km away, against 200000, is none by the rule (15000+ people, over 150 km, not dwarfed 10 times)"#,
            "data/namesakes.csv:5: a dropped alias has no place of the cluster",
            r#"data/namesakes.csv:6: geonameid "x" is not a number"#,
            r#"data/namesakes.csv:6: country "China" is not an alpha-2 code"#,
            "data/namesakes.csv:6: a qualified alias needs its place",
        ]
    );
}

#[test]
fn keys_past_the_tables_offsets_fail_the_build() {
    // 2,200 distinct city names of 30 bytes and more: over 66,000 bytes
    // of keys, past what the tables' u16 offsets reach.
    let cjk_digits = |n: usize| -> String {
        n.to_string()
            .bytes()
            .map(|d| {
                ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'][usize::from(d - b'0')]
            })
            .collect()
    };
    let mut rows = String::new();
    for i in 0..2_200 {
        writeln!(rows, "2,{}{},zh,1816670", "北".repeat(9), cjk_digits(i)).unwrap();
    }
    let messages = messages(&Sources {
        city_names: &format!("{CITY_NAMES}{rows}"),
        ..sources()
    });
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].starts_with("data/city_names.csv:")
            && messages[0].ends_with(
                ": the keys' text passes 65535 bytes here, more than the tables' u16 offsets reach"
            ),
        "{messages:?}"
    );
}
