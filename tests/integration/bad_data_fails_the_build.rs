//! The build's data validator (`gii_clusters_build::load`), fed small bad inputs: every
//! class of error is reported as `file:line: message`.

use crate::common;

use common::fixture::{
    ALIASES, CITY_REGIONS, CLUSTER_REGIONS, CLUSTERS, ECONOMIES, ECONOMY_NAMES, LOCATIONS, TOWNS,
    load_messages, messages, sources,
};
use common::load::model::Target;
use common::load::{Model, Sources};

fn load_with(economies: &str, clusters: &str, aliases: &str) -> Result<Model, Vec<String>> {
    load_all(economies, ECONOMY_NAMES, clusters, aliases)
}

fn load_all(
    economies: &str,
    economy_names: &str,
    clusters: &str,
    aliases: &str,
) -> Result<Model, Vec<String>> {
    load_messages(&Sources {
        economies,
        economy_names,
        clusters,
        aliases,
        ..sources()
    })
}

/// The messages `load` reports for these inputs.
fn errors(economies: &str, clusters: &str, aliases: &str) -> Vec<String> {
    match load_with(economies, clusters, aliases) {
        Ok(_) => Vec::new(),
        Err(errors) => errors,
    }
}

/// Asserts that replacing `from` with `to` in the cluster table yields
/// exactly `expected`.
fn assert_clusters_error(from: &str, to: &str, expected: &[&str]) {
    assert!(CLUSTERS.contains(from), "{from:?} not in the fixture");
    assert_eq!(
        errors(ECONOMIES, &CLUSTERS.replacen(from, to, 1), ALIASES),
        expected
    );
}

#[test]
fn fixture_is_valid() {
    let model = load_with(ECONOMIES, CLUSTERS, ALIASES).unwrap();
    assert_eq!(model.clusters.len(), 4);
    // 4 names + 2 Chinese names + 3 aliases ("Cambridge" loses to rank 4's
    // name) + 1 town.
    assert_eq!(model.keys.len(), 10);
    assert_eq!(model.alias_ranks.len(), 1);
    assert_eq!(model.alias_ranks[0].alias, "Cambridge");
    assert_eq!(model.alias_ranks[0].winner, 4);
    let cambridge = model
        .keys
        .iter()
        .find(|k| k.normalized == "cambridge")
        .unwrap();
    assert_eq!(cambridge.target, Target::Cluster(4));
    // 4 economies × (code, name, short name, Chinese name), less the
    // short names equal to the name, plus 2 names and 4 alpha-3 codes.
    assert_eq!(model.economy_keys.len(), 4 * 4 - 3 + 2 + 4);
    let codes: Vec<&str> = model.economies.iter().map(|e| e.alpha3.as_str()).collect();
    assert_eq!(codes, ["CHN", "DEU", "HKG", "USA"]);
}

#[test]
fn missing_and_extra_columns() {
    assert_clusters_error(
        "2,Beijing,CN,北京,2,",
        "2,Beijing,CN,北京,",
        &[
            "data/clusters.csv:3: expected 8 columns (id,rank,name,alpha2,name_zh,cn_order,brief_url,brief_status), found 7",
            // Follow-on: the line is skipped, and the rows that join on its id
            // with it.
            r#"data/cluster_regions.csv:2: cluster "cn-beijing" is not in data/clusters.csv"#,
            r#"data/locations.csv:3: cluster "cn-beijing" is not in data/clusters.csv"#,
            r#"data/city_regions.csv:2: cluster "cn-beijing" is not in data/clusters.csv"#,
        ],
    );
    assert_clusters_error(
        "inferred\n",
        "inferred,extra\n",
        &[
            "data/clusters.csv:5: expected 8 columns (id,rank,name,alpha2,name_zh,cn_order,brief_url,brief_status), found 9",
            r#"data/locations.csv:5: cluster "de-cambridge" is not in data/clusters.csv"#,
        ],
    );
    assert_eq!(
        errors(
            ECONOMIES,
            CLUSTERS,
            &ALIASES.replace("cluster,alias,kind,", "cluster,alias,")
        ),
        [
            r#"data/aliases.csv:1: header is ["cluster", "alias", "lang", "component"], expected ["cluster", "alias", "kind", "lang", "component"]"#
        ]
    );
    assert_eq!(
        errors(
            &ECONOMIES.replace("US,United States", "US,\"United States"),
            CLUSTERS,
            ALIASES
        )
        .first()
        .map(String::as_str),
        Some("data/economies.csv:5: unterminated quoted field")
    );
}

#[test]
fn duplicate_rank() {
    let extra = "de-oxford,4,Oxford,DE,,,https://www.wipo.int/global_innovation_index/en/docs/2023/de-oxford.pdf,published\n";
    assert_eq!(
        errors(ECONOMIES, &format!("{CLUSTERS}{extra}"), ALIASES),
        ["data/clusters.csv:6: duplicate rank 4 (first on line 5)"]
    );
    // The second row of a rank is skipped, so the rows that join on its
    // id find no cluster, and say so.
    assert_clusters_error(
        "us-boston-cambridge,3,",
        "us-boston-cambridge,2,",
        &[
            "data/clusters.csv:4: duplicate rank 2 (first on line 3)",
            r#"data/cluster_regions.csv:3: cluster "us-boston-cambridge" is not in data/clusters.csv"#,
            r#"data/locations.csv:4: cluster "us-boston-cambridge" is not in data/clusters.csv"#,
            r#"data/towns.csv:2: cluster "us-boston-cambridge" is not in data/clusters.csv"#,
            r#"data/aliases.csv:4: alias "Boston" points at cluster "us-boston-cambridge", which is not in data/clusters.csv"#,
            r#"data/aliases.csv:5: alias "Cambridge" points at cluster "us-boston-cambridge", which is not in data/clusters.csv"#,
        ],
    );
}

#[test]
fn ranks_not_dense() {
    // The row keeps its id, so the other files still find it.
    assert_clusters_error(
        "de-cambridge,4,",
        "de-cambridge,5,",
        &[
            "data/clusters.csv:5: rank 5 where 4 was expected: ranks must be dense (1, 2, 3, …) and in order",
        ],
    );
    // A row without a rank is skipped: its location finds no cluster.
    assert_clusters_error(
        "de-cambridge,4,",
        "de-cambridge,x,",
        &[
            r#"data/clusters.csv:5: rank "x" is not a number from 1 to 255"#,
            r#"data/locations.csv:5: cluster "de-cambridge" is not in data/clusters.csv"#,
        ],
    );
    assert_clusters_error(
        "de-cambridge,4,",
        "de-cambridge,0,",
        &[
            r#"data/clusters.csv:5: rank "0" is not a number from 1 to 255"#,
            r#"data/locations.csv:5: cluster "de-cambridge" is not in data/clusters.csv"#,
        ],
    );
}

#[test]
fn bad_ids() {
    // The id is the slug of the brief's file name.
    assert_clusters_error(
        "2023/cn-beijing.pdf",
        "2023/cn-peking.pdf",
        &[
            r#"data/clusters.csv:3: id "cn-beijing" is not the slug of the brief URL "https://www.wipo.int/global_innovation_index/en/docs/2023/cn-peking.pdf""#,
        ],
    );
    // One id, two clusters: the other files can only name the first.
    let extra = "cn-beijing,5,Peking,CN,,3,https://www.wipo.int/global_innovation_index/en/docs/2023/cn-beijing.pdf,published\n";
    assert_eq!(
        errors(ECONOMIES, &format!("{CLUSTERS}{extra}"), ALIASES),
        [r#"data/clusters.csv:6: id "cn-beijing" again (first on line 3)"#,]
    );
}

#[test]
fn unknown_economy_code() {
    assert_clusters_error(
        "4,Cambridge,DE",
        "4,Cambridge,GB",
        &[r#"data/clusters.csv:5: unknown economy code "GB" (not in data/economies.csv)"#],
    );
    assert_clusters_error(
        "2,Beijing,CN",
        "2,Beijing,CN/CN",
        &["data/clusters.csv:3: economy CN listed twice"],
    );
}

#[test]
fn duplicate_names_and_aliases() {
    assert_clusters_error(
        "4,Cambridge",
        "4,BEIJING",
        &[
            r#"data/clusters.csv:5: ambiguous key: "BEIJING" normalizes to "beijing", already the name of rank 2 ("Beijing", data/clusters.csv:3)"#,
        ],
    );
    // An alias given twice.
    assert_eq!(
        errors(
            ECONOMIES,
            CLUSTERS,
            &format!("{ALIASES}cn-beijing,SHEN-ZHEN,own,,\ncn-beijing,Shen Zhen,own,,\n")
        ),
        [
            r#"data/aliases.csv:7: duplicate key: "Shen Zhen" normalizes to "shen zhen", already an alias of rank 2 ("SHEN-ZHEN", data/aliases.csv:6)"#
        ]
    );
    assert_eq!(
        errors(
            ECONOMIES,
            CLUSTERS,
            &format!("{ALIASES}cn-beijing,shenzhen,own,,\n")
        ),
        [
            r#"data/aliases.csv:6: ambiguous key: "shenzhen" normalizes to "shenzhen", already an alias of rank 1 ("Shenzhen", data/aliases.csv:2)"#
        ]
    );
    // An alias equal to its own cluster's name, after normalization.
    assert_eq!(
        errors(
            ECONOMIES,
            CLUSTERS,
            &format!("{ALIASES}cn-beijing,BEIJING.,own,,\n")
        ),
        [
            r#"data/aliases.csv:6: duplicate key: "BEIJING." normalizes to "beijing", already the name of rank 2 ("Beijing", data/clusters.csv:3)"#
        ]
    );
    // A Chinese name used as another cluster's alias.
    assert_eq!(
        errors(
            ECONOMIES,
            CLUSTERS,
            &format!("{ALIASES}cn-hk-shenzhen,北京,exonym,zh,\n")
        ),
        [
            r#"data/aliases.csv:6: ambiguous key: "北京" normalizes to "北京", already the Chinese name of rank 2 ("北京", data/clusters.csv:3)"#
        ]
    );
}

#[test]
fn alias_pointing_at_missing_cluster() {
    assert_eq!(
        errors(
            ECONOMIES,
            CLUSTERS,
            &format!("{ALIASES}cn-atlantis,Atlantis,own,,\n")
        ),
        [
            r#"data/aliases.csv:6: alias "Atlantis" points at cluster "cn-atlantis", which is not in data/clusters.csv"#
        ]
    );
    assert_eq!(
        errors(
            ECONOMIES,
            CLUSTERS,
            &format!("{ALIASES}cn-hk-shenzhen,Shen zhen,variant,zh_Latn,maybe\n")
        ),
        [
            r#"data/aliases.csv:6: name kind "variant" is not one of ["wipo", "own", "exonym", "former", "nickname", "abbreviation"]"#,
            r#"data/aliases.csv:6: lang "zh_Latn" is not empty or a language tag"#,
            r#"data/aliases.csv:6: component "maybe" is not "yes" or empty"#,
        ]
    );
    assert_eq!(
        errors(
            ECONOMIES,
            CLUSTERS,
            &format!("{ALIASES}cn-hk-shenzhen,ไทย,own,,\n")
        ),
        [
            r#"data/aliases.csv:6: "ไทย" cannot be a lookup key: 'ไ' (U+0E44) is not a letter, CJK character or separator"#
        ]
    );
}

#[test]
fn bad_brief_urls() {
    let beijing = "https://www.wipo.int/global_innovation_index/en/docs/2023/cn-beijing.pdf";
    let bad = |url: &str| errors(ECONOMIES, &CLUSTERS.replace(beijing, url), ALIASES);
    assert_eq!(
        bad("http://www.wipo.int/global_innovation_index/en/docs/2023/cn-beijing.pdf"),
        [
            r#"data/clusters.csv:3: brief URL "http://www.wipo.int/global_innovation_index/en/docs/2023/cn-beijing.pdf" is not https"#
        ]
    );
    // A URL not ending in .pdf names no file: that is the one problem
    // reported, not the id's too.
    assert_eq!(
        bad("https://www.wipo.int/global_innovation_index/en/docs/2023/cn-beijing"),
        [
            r#"data/clusters.csv:3: brief URL "https://www.wipo.int/global_innovation_index/en/docs/2023/cn-beijing" does not end in .pdf"#,
        ]
    );
    // The slug's code must be one of the cluster's economies (the id
    // follows the slug, in every file, so that only the code is wrong).
    let renamed = |text: &str| text.replace("cn-beijing", "de-beijing");
    assert_eq!(
        messages(&Sources {
            clusters: &renamed(CLUSTERS),
            cluster_regions: &renamed(CLUSTER_REGIONS),
            locations: &renamed(LOCATIONS),
            towns: &renamed(TOWNS),
            city_regions: &renamed(CITY_REGIONS),
            ..sources()
        }),
        [
            r#"data/clusters.csv:3: brief URL "https://www.wipo.int/global_innovation_index/en/docs/2023/de-beijing.pdf" starts with code "de", which is none of the cluster's economies ["CN"]"#
        ]
    );
    assert_eq!(
        bad("https://example.com/cn-beijing.pdf"),
        [
            r#"data/clusters.csv:3: brief URL "https://example.com/cn-beijing.pdf" is not under https://www.wipo.int/global_innovation_index/en/docs/2023/"#
        ]
    );
    assert_clusters_error(
        ".pdf,inferred",
        ".pdf,guessed",
        &[
            r#"data/clusters.csv:5: brief_status "guessed" is not one of ["published", "corrected", "inferred"]"#,
        ],
    );
}

#[test]
fn chinese_names_and_order() {
    assert_clusters_error(
        "4,Cambridge,DE,,",
        "4,Cambridge,DE,剑桥,",
        &[r#"data/clusters.csv:5: Chinese name "剑桥" on a cluster outside CN/HK"#],
    );
    assert_clusters_error(
        "4,Cambridge,DE,,,",
        "4,Cambridge,DE,,3,",
        &["data/clusters.csv:5: cn_order 3 on a cluster outside CN"],
    );
    assert_clusters_error(
        "北京,2,",
        "北京,,",
        &["data/clusters.csv:3: cluster in CN without cn_order (its 序号 in the Chinese list)"],
    );
    assert_clusters_error(
        "北京,2,",
        "北京,1,",
        &["data/clusters.csv:3: duplicate cn_order 1 (first on line 2)"],
    );
    assert_clusters_error(
        "北京,2,",
        "北京,3,",
        &[
            "data/clusters.csv:3: cn_order 3 where 2 was expected: the Chinese list's 序号 must be dense",
        ],
    );
}

#[test]
fn bad_economies() {
    assert_eq!(
        errors(
            &ECONOMIES.replace("DE,Germany", "de,Germany"),
            CLUSTERS,
            ALIASES
        )[0],
        r#"data/economies.csv:3: "de" is not an ISO 3166-1 alpha-2 code (two capital letters)"#
    );
    assert_eq!(
        errors(
            &format!("{ECONOMIES}DE,Deutschland,Deutschland,德意志\n"),
            CLUSTERS,
            ALIASES
        ),
        ["data/economies.csv:6: duplicate economy code DE (first on line 3)"]
    );
    assert_eq!(
        errors(&ECONOMIES.replace(",德国\n", ",\n"), CLUSTERS, ALIASES),
        ["data/economies.csv:3: every economy needs its Chinese name (name_zh)"]
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let clusters = CLUSTERS
        .replace("2,Beijing,CN", "2,Beijing,XX")
        .replace(".pdf,inferred", ".pdf,guessed");
    let aliases = format!("{ALIASES}cn-atlantis,Atlantis,own,,\n");
    let found = errors(ECONOMIES, &clusters, &aliases);
    assert_eq!(
        found,
        [
            r#"data/clusters.csv:3: unknown economy code "XX" (not in data/economies.csv)"#,
            r#"data/clusters.csv:5: brief_status "guessed" is not one of ["published", "corrected", "inferred"]"#,
            r#"data/cluster_regions.csv:2: "CN-BJ" is no region of the economies of cluster "cn-beijing" in data/regions.csv"#,
            // Follow-on: a city region must be one of the cluster's.
            r#"data/city_regions.csv:2: "CN-BJ" is no region of a city of cluster "cn-beijing""#,
            r#"data/aliases.csv:6: alias "Atlantis" points at cluster "cn-atlantis", which is not in data/clusters.csv"#,
        ]
    );
}

#[test]
fn a_town_must_be_near_its_cluster_in_one_of_its_regions() {
    let bad = |row: &str| {
        let towns = format!("cluster,name,lang,region,geonameid,population,km\n{row}\n");
        messages(&Sources {
            towns: &towns,
            ..sources()
        })
    };
    assert_eq!(
        bad("us-boston-cambridge,Somerville,,US-MA,4951257,81360,3.9"),
        Vec::<String>::new()
    );
    assert_eq!(
        bad("us-boston-cambridge,Somerville,,US-MA,4951257,81360,40"),
        ["data/towns.csv:2: km must be a number from 0 to 25"]
    );
    assert_eq!(
        bad("us-boston-cambridge,Somerville,,US-MA,4951257,900,3.9"),
        ["data/towns.csv:2: a town has 10000 people at least"]
    );
    assert_eq!(
        bad("us-boston-cambridge,Somerville,,CN-BJ,4951257,81360,3.9"),
        [
            r#"data/towns.csv:2: "CN-BJ" is no region of the economies of cluster "us-boston-cambridge""#
        ]
    );
    assert_eq!(
        bad("us-atlantis,Somerville,,US-MA,4951257,81360,3.9").len(),
        1
    );
}

#[test]
fn a_city_region_must_be_a_region_of_a_city_of_its_cluster() {
    let bad = |row: &str| {
        let regions = format!("cluster,region,farthest,km\n{row}\n");
        messages(&Sources {
            city_regions: &regions,
            ..sources()
        })
    };
    assert_eq!(bad("cn-beijing,CN-BJ,Badaling,61.7"), Vec::<String>::new());
    assert_eq!(
        bad("cn-beijing,CN-BJ,Badaling,151"),
        ["data/city_regions.csv:2: km must be a number from 0 to 150"]
    );
    assert_eq!(
        bad("us-boston-cambridge,US-DC,Georgetown,5"),
        [
            r#"data/city_regions.csv:2: "US-DC" is no region of a city of cluster "us-boston-cambridge""#
        ]
    );
}
