//! The build's validator on bad names: economy names, city names,
//! regions, aliases a qualifier could not choose between, namesake
//! namesakes, and names longer than a key may be. Every problem is
//! reported as `file:line: message`.

use crate::common;

use std::fmt::Write as _;

use common::fixture::{
    ALIASES, ALPHA3, CITY_NAMES, CLUSTER_REGIONS, CLUSTERS, ECONOMY_NAMES, NAMESAKES, REGIONS,
    load_messages, messages, sources,
};
use common::load::Sources;
use common::load::model::Place;

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
        bad("alpha2,name,kind,lang\nXX,Atlantis,common,en\n"),
        [r#"data/economy_names.csv:2: unknown economy code "XX" (not in data/economies.csv)"#]
    );
    // A name two economies claim, or one given twice.
    assert_eq!(
        bad("alpha2,name,kind,lang\nDE,Hong-Kong,common,en\n"),
        [
            r#"data/economy_names.csv:2: ambiguous key: "Hong-Kong" normalizes to "hong kong", already a name of economy 2 ("Hong Kong", data/economies.csv:4)"#
        ]
    );
    assert_eq!(
        bad("alpha2,name,kind,lang\nDE,Deutschland,own,de\nDE,DEUTSCHLAND,own,de\n"),
        [
            r#"data/economy_names.csv:3: duplicate key: "DEUTSCHLAND" normalizes to "deutschland", already a name of economy 1 ("Deutschland", data/economy_names.csv:2)"#
        ]
    );
    assert_eq!(
        bad("alpha2,name,kind,lang\nDE,Deutschland,nickname,de\n"),
        [
            r#"data/economy_names.csv:2: economy name kind "nickname" is not one of ["alpha3", "iso", "common", "own", "exonym"]"#
        ]
    );
    // A name's language is a tag; an alpha-3 code has none.
    assert_eq!(
        bad("alpha2,name,kind,lang\nDE,Deutschland,own,de_DE\n"),
        [r#"data/economy_names.csv:2: lang "de_DE" is not empty or a language tag"#]
    );
    // Alpha-3 codes: three capital letters, one per economy, none missing.
    let only = |rows: &str| {
        messages(&Sources {
            economy_names: &format!("alpha2,name,kind,lang\n{rows}"),
            ..sources()
        })
    };
    assert_eq!(
        only("CN,CHN,alpha3,\nDE,DEU,alpha3,\nHK,HKG,alpha3,\nUS,USA,alpha3,\nDE,GER,alpha3,\n"),
        [r#"data/economy_names.csv:6: DE has a second alpha-3 code, "GER" (the first is "DEU")"#]
    );
    assert_eq!(
        only("CN,CHN,alpha3,\nDE,Deu,alpha3,\nHK,HKG,alpha3,\nUS,USA,alpha3,\n"),
        [
            r#"data/economy_names.csv:3: "Deu" is not an ISO 3166-1 alpha-3 code (three capital letters)"#,
            r#"data/economies.csv:3: DE has no alpha-3 code (a row of kind "alpha3" in data/economy_names.csv)"#
        ]
    );
    assert_eq!(
        only("CN,CHN,alpha3,zh\nDE,DEU,alpha3,\nHK,HKG,alpha3,\nUS,USA,alpha3,\n"),
        [r#"data/economy_names.csv:2: an alpha-3 code has no lang, not "zh""#]
    );
    assert_eq!(
        only("CN,CHN,alpha3,\nDE,DEU,alpha3,\nUS,USA,alpha3,\n"),
        [
            r#"data/economies.csv:4: HK has no alpha-3 code (a row of kind "alpha3" in data/economy_names.csv)"#
        ]
    );
}

/// Two different qualifier keys, an economy's and a region's, that share
/// a map hash: an error at the region's line, not a generator's panic.
#[test]
fn a_region_key_sharing_an_economy_keys_map_hash_fails_the_build() {
    use gii_clusters_keys::fingerprint::{fingerprint, map_hash};

    // Two words of letters with one map hash, found once by the birthday
    // bound (about 80,000 words for 32 bits) and checked here.
    let (economy_name, region_name) = ("qdlcaaaa", "qugaugaa");
    assert_eq!(
        map_hash(fingerprint(economy_name.as_bytes())),
        map_hash(fingerprint(region_name.as_bytes()))
    );
    let economy_names = format!("{ECONOMY_NAMES}DE,{economy_name},common,en\n");
    let regions = format!("{REGIONS}US,ZZ,{region_name},\n");
    let messages = messages(&Sources {
        economy_names: &economy_names,
        regions: &regions,
        ..sources()
    });
    assert_eq!(
        messages,
        [format!(
            "data/regions.csv:7: key {region_name:?} has the same fingerprint as the economy key {economy_name:?}; change the fingerprint function"
        )]
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
        bad(&format!("{REGIONS}XX,NY,New York,\n")),
        [r#"data/regions.csv:7: unknown economy code "XX""#]
    );
    assert_eq!(
        bad(&format!("{REGIONS}US,N-1,Nowhere,\n")),
        [r#"data/regions.csv:7: region code "N-1" is not 1 to 3 capital letters or digits"#]
    );
    assert_eq!(
        bad(&format!("{REGIONS}US,NY,New York,english\n")),
        [r#"data/regions.csv:7: lang "english" is not empty or a language tag"#]
    );
    assert_eq!(
        bad(&format!("{REGIONS}US,MA,Mass,\n")),
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
        bad(&format!("{REGIONS}US,NY,Beijing Shi,\n")),
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
        bad("cn-atlantis,US-MA,Boston,4930956\n"),
        [r#"data/cluster_regions.csv:4: cluster "cn-atlantis" is not in data/clusters.csv"#]
    );
    assert_eq!(
        bad("cn-beijing,US-MA,Boston,4930956\n"),
        [
            r#"data/cluster_regions.csv:4: "US-MA" is no region of the economies of cluster "cn-beijing" in data/regions.csv"#
        ]
    );
    assert_eq!(
        bad("us-boston-cambridge,US-MA,Cambridge,x\n\
             us-boston-cambridge,US-MA,BOSTON,4930956\n\
             us-boston-cambridge,US-MA,,1\n"),
        [
            r#"data/cluster_regions.csv:4: geonameid "x" is not a number"#,
            r#"data/cluster_regions.csv:5: cluster "us-boston-cambridge" has "BOSTON" twice"#,
            r#"data/cluster_regions.csv:6: "" has no letters to look it up by"#,
        ]
    );
    // Boston–Cambridge, MA names a state it does not lie in.
    assert_eq!(
        messages(&Sources {
            cluster_regions: &CLUSTER_REGIONS
                .replace("us-boston-cambridge,US-MA,Boston,4930956\n", ""),
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
    assert_eq!(
        bad("cn-beijing,北京城,own,zh,1816670\n"),
        Vec::<String>::new()
    );
    assert_eq!(
        bad("cn-beijing,北京城,former,zh,1816670\ncn-beijing,Pechino,exonym,it_IT,1816670\n"),
        [
            r#"data/city_names.csv:2: name kind "former" is not one of ["own", "exonym"]"#,
            r#"data/city_names.csv:3: lang "it_IT" is not empty or a language tag"#,
        ]
    );
    assert_eq!(
        bad("cn-beijing,北京城,own,zh,x1\n"),
        [r#"data/city_names.csv:2: geonameid "x1" is not a number"#]
    );
    assert_eq!(
        bad("cn-atlantis,北京城,own,zh,1816670\n"),
        [
            r#"data/city_names.csv:2: alias "北京城" points at cluster "cn-atlantis", which is not in data/clusters.csv"#
        ]
    );
    assert_eq!(
        bad("cn-hk-shenzhen,北京,exonym,zh,1816670\n"),
        [
            r#"data/city_names.csv:2: ambiguous key: "北京" normalizes to "北京", already the Chinese name of rank 2 ("北京", data/clusters.csv:3)"#
        ]
    );
}

#[test]
fn alias_of_two_clusters_behind_an_official_name() {
    // "Cambridge" is rank 4's name and rank 3's alias; a second cluster
    // claiming it as an alias would leave a qualifier two to choose from.
    let aliases = &format!("{ALIASES}cn-hk-shenzhen,Cambridge,own,,yes\n");
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
fn namesakes_make_names_qualified_only_with_evidence() {
    // An exonym of Beijing that a town far away bears as its own name.
    let aliases = &format!("{ALIASES}cn-beijing,Pekin,exonym,fr,\n");
    let with = |rows: &str| {
        let namesakes = &format!("{NAMESAKES}{rows}");
        load_messages(&Sources {
            aliases,
            namesakes,
            ..sources()
        })
    };
    let model = with(
        "cn-hk-shenzhen,深圳,Shenzhen,US,US-MA,1,20000,other,300,200000\n\
         cn-beijing,Pekin,Pekin,US,,4905599,33223,own,10686,18960744\n\
         us-boston-cambridge,Boston,Boston,GB,,2655138,45339,own,5000,400000\n\
         us-boston-cambridge,Boston,Boston,US,US-DC,1,45339,own,600,400000\n",
    )
    .unwrap();
    let key = |normalized: &str| {
        model
            .keys
            .iter()
            .find(|k| k.normalized == normalized)
            .unwrap()
    };
    let us_ma = model.regions.iter().position(|r| r.code == "MA").unwrap();
    let us_dc = model.regions.iter().position(|r| r.code == "DC").unwrap();
    // A tenth of the place's people counts against the city's own name;
    // a name of its own counts against an exonym, whatever its size.
    assert!(key("深圳").qualified_only);
    assert_eq!(key("深圳").placement.namesakes, [Place::Region(us_ma)]);
    assert!(key("pekin").qualified_only);
    assert_eq!(key("pekin").placement.namesakes, [Place::Economy(3)]);
    // WIPO's names always answer alone; a qualifier must still rule the
    // namesakes out. Outside the economies of the ranking, none can name
    // one.
    assert!(!key("boston").qualified_only);
    assert_eq!(key("boston").placement.namesakes, [Place::Region(us_dc)]);
    assert_eq!(key("boston").placement.places, [Place::Region(us_ma)]);
    let bad = |rows: &str| with(rows).err().unwrap_or_default();
    assert_eq!(
        bad(
            "cn-hk-shenzhen,深圳,Shenzhen,US,,1,20000,maybe,300,200000\n\
             cn-beijing,Boston,Boston,GB,,2655138,45339,own,5000,400000\n"
        ),
        [
            r#"data/namesakes.csv:2: own "maybe" is not "own" or "other""#,
            r#"data/namesakes.csv:3: "Boston" is no name of cluster "cn-beijing" (data/clusters.csv, data/aliases.csv, data/city_names.csv)"#,
        ]
    );
    // The evidence must meet the rule: over 150 km, and a tenth of the
    // place's people or, against an exonym, its own name.
    assert_eq!(
        bad("cn-hk-shenzhen,深圳,Shenzhen,US,,1,99,own,300,1000\n\
             cn-hk-shenzhen,深圳,Shenzhen,US,,1,20000,other,150,200000\n\
             cn-beijing,Pekin,Pekin,US,,1,600,other,10686,18960744\n\
             cn-hk-shenzhen,深圳,Shenzhen,China,,x,20000,other,300,200000\n\
             cn-hk-shenzhen,深圳,Shenzhen,US,US-XX,1,20000,other,300,200000\n\
             cn-hk-shenzhen,深圳,Shenzhen,GB,GB-ENG,1,20000,other,300,200000\n"),
        [
            r#"data/namesakes.csv:2: "深圳": a namesake of 99 people 300 km away, whose name it is as its own, against 1000, does not count by the rule (over 150 km; a 10th of the place's people, or its own name against a name of kind Own)"#,
            r#"data/namesakes.csv:3: "深圳": a namesake of 20000 people 150 km away, whose name it is as another, against 200000, does not count by the rule (over 150 km; a 10th of the place's people, or its own name against a name of kind Own)"#,
            r#"data/namesakes.csv:4: "Pekin": a namesake of 600 people 10686 km away, whose name it is as another, against 18960744, does not count by the rule (over 150 km; a 10th of the place's people, or its own name against a name of kind Exonym)"#,
            r#"data/namesakes.csv:5: geonameid "x" is not a number"#,
            r#"data/namesakes.csv:5: alpha2 "China" is not an alpha-2 code"#,
            r#"data/namesakes.csv:6: "US-XX" is no region of US in data/regions.csv"#,
            r#"data/namesakes.csv:7: region "GB-ENG" of GB, which is no economy of the ranking"#,
        ]
    );
}

#[test]
fn any_amount_of_key_text_is_written() {
    // 2,200 distinct city names of 30 bytes and more: over 66,000 bytes
    // of keys, past what one u16 offset reaches.
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
        writeln!(
            rows,
            "cn-beijing,{}{},own,zh,1816670",
            "北".repeat(9),
            cjk_digits(i)
        )
        .unwrap();
    }
    let city_names = format!("{CITY_NAMES}{rows}");
    let sources = Sources {
        city_names: &city_names,
        ..sources()
    };
    let model = gii_clusters_build::load::load(&sources).unwrap();
    let text: usize = model.keys.iter().map(|k| k.normalized.len()).sum();
    assert!(text > 66_000, "{text}");
    let out = std::env::temp_dir().join(format!("gii-key-text-{}", std::process::id()));
    std::fs::create_dir_all(&out).unwrap();
    gii_clusters_build::emit::write(&model, &out).unwrap();
    let tables = std::fs::read_to_string(out.join("tables.rs")).unwrap();
    std::fs::remove_dir_all(&out).unwrap();
    assert!(
        tables.contains("pub(crate) static KEY_BLOCKS: [u32; 9] = ["),
        "9 blocks of 256 keys"
    );
}

#[test]
fn a_name_longer_than_a_key_may_be_fails_the_build() {
    let long = "Ab".repeat(40);
    let messages = messages(&Sources {
        city_names: &format!("{CITY_NAMES}cn-beijing,{long},own,zh,1816670\n"),
        ..sources()
    });
    let line = CITY_NAMES.lines().count() + 1;
    assert_eq!(
        messages,
        [format!(
            "data/city_names.csv:{line}: {long:?} is 80 bytes once normalized, more than a key may be (64)"
        )]
    );
}

/// The emitter refuses a model that breaks what loading guarantees, with
/// a sentence, instead of writing a placeholder or panicking.
#[test]
fn the_emitter_refuses_a_broken_model() {
    use gii_clusters_build::load::model::Target;
    let write = |model: &gii_clusters_build::load::Model| {
        let out = std::env::temp_dir().join(format!("gii-broken-{}", std::process::id()));
        std::fs::create_dir_all(&out).unwrap();
        let result = gii_clusters_build::emit::write(model, &out);
        std::fs::remove_dir_all(&out).unwrap();
        result
    };
    let valid = || gii_clusters_build::load::load(&sources()).unwrap();
    assert_eq!(write(&valid()), Ok(()));

    let mut model = valid();
    model.clusters[0].location = None;
    assert_eq!(write(&model), Err("rank 1 has no location".to_owned()));

    let mut model = valid();
    model.keys[0].target = Target::Economy(0);
    let key = model.keys[0].normalized.clone();
    assert_eq!(
        write(&model),
        Err(format!("cluster key {key:?} finds no cluster"))
    );

    // Two keys with one map hash (found by the birthday bound, as in
    // `a_region_key_sharing_an_economy_keys_map_hash_fails_the_build`).
    let mut model = valid();
    model.keys[0].normalized = "qdlcaaaa".to_owned();
    model.keys[1].normalized = "qugaugaa".to_owned();
    let error = write(&model).unwrap_err();
    assert!(
        error.starts_with("CLUSTER_KEY_IDS: ") && error.contains("have one map hash"),
        "{error}"
    );
}

/// Two cluster keys with one map hash, and two official names as
/// written with one: each a `file:line` error of the data, before any map
/// is generated (the pair found by the birthday bound, as in
/// `a_region_key_sharing_an_economy_keys_map_hash_fails_the_build`).
#[test]
fn cluster_keys_and_names_sharing_a_map_hash_fail_the_build() {
    use gii_clusters_keys::fingerprint::{fingerprint, map_hash};
    let (a, b) = ("qdlcaaaa", "qugaugaa");
    assert_eq!(
        map_hash(fingerprint(a.as_bytes())),
        map_hash(fingerprint(b.as_bytes()))
    );
    let aliases = format!("{ALIASES}cn-beijing,{a},own,,\nde-cambridge,{b},own,,\n");
    let first = ALIASES.lines().count() + 1;
    assert_eq!(
        messages(&Sources {
            aliases: &aliases,
            ..sources()
        }),
        [format!(
            "data/aliases.csv:{}: key {b:?} has the same fingerprint as {a:?}; change the fingerprint function",
            first + 1
        )]
    );
    let clusters = CLUSTERS
        .replace(",Beijing,CN,", &format!(",{a},CN,"))
        .replace(",Cambridge,DE,", &format!(",{b},DE,"));
    let messages = messages(&Sources {
        clusters: &clusters,
        ..sources()
    });
    assert!(
        messages.contains(&format!(
            "data/clusters.csv:5: {b:?} has the same fingerprint as {a:?}; change the fingerprint function"
        )),
        "{messages:?}"
    );
}
