//! The shipped table against the data files and the known facts of the
//! ranking.

use crate::common;

use std::collections::{HashMap, HashSet};

use common::load::model::Place;
use gii_clusters::{Economy, all, by_name, by_rank, in_economy};

#[test]
fn table_has_100_clusters_with_dense_ranks() {
    assert_eq!(all().len(), 100);
    for (i, c) in all().iter().enumerate() {
        assert_eq!(usize::from(c.rank()), i + 1);
        assert_eq!(by_rank(c.rank()), Some(c));
    }
    for rank in [0, 101, 200, 255] {
        assert_eq!(by_rank(rank), None, "rank {rank}");
    }
}

#[test]
fn economy_counts() {
    let count = |e: Economy| in_economy(e).count();
    assert_eq!(count(Economy::China), 24);
    assert_eq!(count(Economy::UnitedStates), 21);
    assert_eq!(count(Economy::Germany), 9, "counting Basel");
    assert_eq!(count(Economy::France), 3, "counting Basel");
    assert_eq!(count(Economy::Japan), 4);
    assert_eq!(count(Economy::HongKong), 1);
    assert_eq!(count(Economy::Korea), 4);
    assert_eq!(count(Economy::UnitedKingdom), 3);
    assert_eq!(count(Economy::Singapore), 1);
    assert_eq!(count(Economy::Malaysia), 1);
    // Every cluster is counted once per economy it lists.
    let total: usize = Economy::ALL.iter().map(|&e| count(e)).sum();
    let listed: usize = all().iter().map(|c| c.economies().len()).sum();
    assert_eq!(total, listed);
    assert_eq!(
        listed,
        100 + 1 + 1 + 2,
        "Shenzhen–HK–Guangzhou, Singapore, Basel"
    );
}

#[test]
fn chinese_list_matches_national_rank() {
    let china: Vec<_> = in_economy(Economy::China).collect();
    assert_eq!(china.len(), 24);
    let named: Vec<_> = all().iter().filter(|c| c.name_zh().is_some()).collect();
    assert_eq!(named.len(), 24);
    for (order, c) in (1..).zip(&china) {
        assert!(c.name_zh().is_some(), "{c} has no Chinese name");
        assert_eq!(c.rank_in(Economy::China), Some(order), "{c}");
    }
    assert_eq!(by_rank(2).unwrap().name_zh(), Some("香港"));
    assert_eq!(by_rank(94).unwrap().name_zh(), Some("福州"));
    assert_eq!(by_rank(94).unwrap().rank_in(Economy::China), Some(24));
}

#[test]
fn national_ranks_follow_global_rank_outside_china() {
    for &e in Economy::ALL.iter().filter(|&&e| e != Economy::China) {
        for (n, c) in (1..).zip(in_economy(e)) {
            assert_eq!(c.rank_in(e), Some(n), "{c} in {e}");
        }
    }
    for c in all() {
        for &e in Economy::ALL {
            assert_eq!(
                c.rank_in(e).is_some(),
                c.economies().contains(&e),
                "{c} in {e}"
            );
        }
    }
}

#[test]
fn multi_economy_clusters() {
    assert_eq!(
        by_rank(2).unwrap().economies(),
        [Economy::China, Economy::HongKong]
    );
    assert_eq!(
        by_rank(33).unwrap().economies(),
        [Economy::Singapore, Economy::Malaysia]
    );
    assert_eq!(
        by_rank(97).unwrap().economies(),
        [Economy::Switzerland, Economy::Germany, Economy::France]
    );
}

#[test]
fn official_spellings() {
    assert_eq!(by_rank(19).unwrap().name(), "Xi'an");
    assert_eq!(by_rank(17).unwrap().name(), "Washington, DC–Baltimore, MD");
    assert_eq!(by_rank(49).unwrap().name(), "Zürich");
    assert_eq!(by_rank(98).unwrap().name(), "Göteborg");
    assert_eq!(by_rank(72).unwrap().name(), "São Paulo");
    assert_eq!(Economy::Korea.wipo_name(), "Republic of Korea");
    assert_eq!(Economy::Taiwan.wipo_name(), "Taiwan (Province of China)");
    assert_eq!(Economy::HongKong.wipo_name(), "Hong Kong, China");
}

#[test]
fn brief_urls() {
    const BASE: &str = "https://www.wipo.int/global_innovation_index/en/docs/2023/";
    let mut seen = HashSet::new();
    for c in all() {
        let file = c
            .brief_url()
            .strip_prefix(BASE)
            .unwrap_or_else(|| panic!("{c}: {}", c.brief_url()));
        #[allow(
            clippy::case_sensitive_file_extension_comparisons,
            reason = "WIPO's brief URLs end in a lower-case .pdf"
        )]
        let is_pdf = file.ends_with(".pdf");
        assert!(is_pdf, "{c}");
        assert!(seen.insert(file), "{c}: brief shared with another cluster");
        let code = file.split('-').next().unwrap();
        assert!(
            c.economies()
                .iter()
                .any(|e| e.alpha2().eq_ignore_ascii_case(code)),
            "{c}: {file}"
        );
        assert_eq!(c.brief_url_inferred(), c.rank() == 100, "{c}");
    }
    assert!(by_rank(49).unwrap().brief_url().ends_with("/ch-zurich.pdf"));
    assert!(by_rank(66).unwrap().brief_url().ends_with("/it-rome.pdf"));
    assert!(
        by_rank(97)
            .unwrap()
            .brief_url()
            .ends_with("/ch-de-fr-basel.pdf")
    );
    assert!(by_rank(71).unwrap().brief_url().ends_with("/us-texas.pdf"));
    assert!(
        by_rank(100)
            .unwrap()
            .brief_url()
            .ends_with("/au-brisbane.pdf")
    );
}

/// The generated table equals the data files, row by row, as the tests'
/// own CSV reader reads them (not the build's): no row, name or Chinese
/// name is dropped or changed on the way.
#[test]
fn generated_table_equals_data_files() {
    let clusters = common::rows(
        "data/clusters.csv",
        [
            "id",
            "rank",
            "name",
            "alpha2",
            "name_zh",
            "cn_order",
            "brief_url",
            "brief_status",
        ],
    );
    assert_eq!(clusters.len(), all().len());
    for (row, c) in clusters.iter().zip(all()) {
        let [
            id,
            rank,
            name,
            economies,
            name_zh,
            cn_order,
            brief_url,
            brief_status,
        ] = &row.fields;
        assert_eq!(id, c.id());
        assert_eq!(
            brief_url.rsplit('/').next(),
            Some(format!("{id}.pdf").as_str()),
            "an id is its brief's slug"
        );
        assert_eq!(rank, &c.rank().to_string());
        assert_eq!(name, c.name());
        assert_eq!(name_zh, c.name_zh().unwrap_or(""));
        assert_eq!(brief_url, c.brief_url());
        assert_eq!(brief_status == "inferred", c.brief_url_inferred(), "{c}");
        let shipped: Vec<&str> = c.economies().iter().map(|e| e.alpha2()).collect();
        assert_eq!(economies, &shipped.join("/"), "{c}");
        if !cn_order.is_empty() {
            assert_eq!(
                c.rank_in(Economy::China).map(|r| r.to_string()).as_ref(),
                Some(cn_order),
                "{c}"
            );
        }
    }
    let economies = common::rows(
        "data/economies.csv",
        ["alpha2", "name", "short_name", "name_zh"],
    );
    assert_eq!(economies.len(), Economy::ALL.len());
    for (row, &e) in economies.iter().zip(Economy::ALL.iter()) {
        let [alpha2, name, short_name, name_zh] = &row.fields;
        assert_eq!(alpha2, e.alpha2());
        assert_eq!(name, e.wipo_name());
        assert_eq!(short_name, e.short_name());
        assert_eq!(name_zh, e.name_zh());
        assert_eq!(Economy::from_alpha2(alpha2), Some(e));
    }
    let model = common::model();
    // The table's size, pinned: a change here changes the data-size figures
    // in benches/README.md (100 names + 24 Chinese names + the aliases and
    // city names with a key of their own).
    assert_eq!(
        model.keys.len(),
        KEYS,
        "update benches/README.md's size figures"
    );
    assert_eq!(Economy::ALL.len(), 29);
    // Every key (official name, Chinese name, alias) finds its cluster:
    // alone, or, if it is qualified-only, with a qualifier that rules its
    // namesakes out.
    for key in &model.keys {
        assert_finds(&model, &key.normalized);
    }
}

/// How many cluster keys ship.
const KEYS: usize = 9231;

/// The key `text` finds the cluster of its rank in the model: alone; or,
/// qualified-only, nothing alone, and that cluster with its economy or
/// the region of its place when that qualifier holds none of its
/// namesakes (a namesake in the same region leaves it no qualifier:
/// `Mountain View`, a name of Magalia, California, too).
fn assert_finds(model: &common::load::Model, text: &str) {
    let normalized = common::load::keys::normalize_key(text).unwrap();
    let key = model
        .keys
        .iter()
        .find(|k| k.normalized == normalized)
        .unwrap();
    let rank = key.target.rank().unwrap();
    let found = by_name(text).map(gii_clusters::Cluster::rank);
    if !key.qualified_only {
        assert_eq!(found, Some(rank), "{text:?}");
        return;
    }
    assert_eq!(found, None, "{text:?} is qualified-only");
    let cluster = &model.clusters[usize::from(rank) - 1];
    let regions: Vec<usize> = match key.placement.places.as_slice() {
        [] => cluster.regions.clone(),
        places => places
            .iter()
            .filter_map(|p| match *p {
                Place::Region(r) => Some(r),
                Place::Economy(_) => None,
            })
            .collect(),
    };
    let namesakes = &key.placement.namesakes;
    let holds_one = |economy: usize, region: Option<usize>| {
        namesakes.iter().any(|&n| match (n, region) {
            (Place::Economy(e), _) => e == economy,
            (Place::Region(r), Some(region)) => r == region,
            (Place::Region(r), None) => model.regions[r].economy == economy,
        })
    };
    // A key of one place is qualified by where that place lies: the
    // economy of its regions (Bao'an, a town of Shenzhen, is not in Hong
    // Kong), not every economy of its cluster.
    let of_place: Vec<usize> = regions.iter().map(|&r| model.regions[r].economy).collect();
    let economies = cluster
        .economies
        .iter()
        .filter(|e| key.placement.places.is_empty() || of_place.contains(e))
        .filter(|&&e| !holds_one(e, None))
        .map(|&e| model.economies[e].name.clone());
    let regions = regions
        .iter()
        .filter(|&&r| !holds_one(model.regions[r].economy, Some(r)))
        .map(|&r| model.regions[r].names[0].0.clone());
    let qualifiers: Vec<String> = economies.chain(regions).collect();
    let finds = |q: &String| by_name(&format!("{text}, {q}")).map(gii_clusters::Cluster::rank);
    let found: Vec<_> = qualifiers.iter().map(|q| (finds(q), q)).collect();
    assert!(
        qualifiers.is_empty() || found.iter().any(|(f, _)| *f == Some(rank)),
        "{text:?} (rank {rank}) with a qualifier: {found:?}"
    );
    assert!(found.iter().all(|(f, _)| f.is_none() || *f == Some(rank)));
}

#[test]
fn every_alias_line_resolves() {
    let rows = common::rows(
        "data/aliases.csv",
        ["cluster", "alias", "kind", "lang", "component"],
    );
    let model = common::model();
    let outranked: HashSet<&str> = model.alias_ranks.iter().map(|a| a.alias.as_str()).collect();
    for row in &rows {
        let [id, alias, ..] = &row.fields;
        if outranked.contains(alias.as_str()) {
            let found = by_name(alias).unwrap_or_else(|| panic!("alias {alias:?} finds nothing"));
            assert_ne!(
                found.id(),
                id,
                "{alias:?} should find the official name's cluster"
            );
            assert_eq!(found.name().to_lowercase(), alias.to_lowercase());
        } else {
            assert_finds(&model, alias);
        }
    }
    assert!(rows.len() > 200, "{} aliases", rows.len());
}

#[test]
fn every_city_name_line_resolves() {
    let rows = common::rows("data/city_names.csv", CITY_NAME_COLUMNS);
    let model = common::model();
    for row in &rows {
        assert_finds(&model, &row.fields[1]);
    }
    assert!(rows.len() > 400, "{} city names", rows.len());
}

const CITY_NAME_COLUMNS: [&str; 5] = ["cluster", "name", "kind", "lang", "geonameid"];

#[test]
fn every_cluster_has_chinese_names_and_they_find_it() {
    let aliases = common::rows(
        "data/aliases.csv",
        ["cluster", "alias", "kind", "lang", "component"],
    )
    .into_iter()
    .map(|row| {
        [
            row.fields[0].clone(),
            row.fields[1].clone(),
            row.fields[3].clone(),
        ]
    });
    let cities = common::rows("data/city_names.csv", CITY_NAME_COLUMNS)
        .into_iter()
        .map(|row| {
            [
                row.fields[0].clone(),
                row.fields[1].clone(),
                row.fields[3].clone(),
            ]
        });
    let model = common::model();
    let mut langs: HashMap<String, HashSet<String>> = HashMap::new();
    for [id, name, lang] in aliases.chain(cities) {
        if lang.starts_with("zh") {
            assert_finds(&model, &name);
        }
        langs.entry(id).or_default().insert(lang);
    }
    for c in all() {
        let langs = langs.get(c.id()).cloned().unwrap_or_default();
        assert!(
            c.name_zh().is_some() || langs.contains("zh"),
            "{c}: no Chinese name"
        );
    }
}

#[test]
fn economies_parse_and_display() {
    for &e in Economy::ALL {
        assert_eq!(e.to_string(), e.short_name());
        assert_eq!(e.short_name().parse::<Economy>(), Ok(e));
        assert_eq!(e.wipo_name().parse::<Economy>(), Ok(e));
        assert_eq!(e.alpha2().parse::<Economy>(), Ok(e));
        assert_eq!(e.alpha2().to_lowercase().parse::<Economy>(), Ok(e));
        assert_eq!(e.wipo_name().to_uppercase().parse::<Economy>(), Ok(e));
        assert_eq!(e.name_zh().parse::<Economy>(), Ok(e));
    }
    assert!("ZZ".parse::<Economy>().is_err());
    assert!("".parse::<Economy>().is_err());
    let mut sorted = Economy::ALL.to_vec();
    sorted.sort();
    assert_eq!(sorted, Economy::ALL);
}
