//! `by_name` against a committed table of the ways people write cluster
//! names, with the rank each must find or nothing:
//! `tests/data/name_queries.csv`. Every category of the matching rules
//! has queries that must find their cluster, and queries that must not.

use crate::common;

use std::collections::BTreeMap;

use gii_clusters::{by_name, parse};

/// The categories of the table, one per matching rule beyond the plain key.
const CATEGORIES: [&str; 19] = [
    "qualified-only",
    "namesake-alone",
    "untagged",
    "qualifier-excludes",
    "qualifier-place",
    "two-readings",
    "slash",
    "compound",
    "affix",
    "region",
    "region-first",
    "qualified",
    "qualified-alpha3",
    "qualified-contradiction",
    "script",
    "cjk-suffix",
    "cjk",
    "abbreviation",
    "component",
];

#[test]
fn every_query_finds_its_cluster_or_nothing() {
    let rows = common::rows("tests/data/name_queries.csv", ["query", "rank", "category"]);
    let mut seen: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for row in &rows {
        let [query, rank, category] = &row.fields;
        let expected: Option<u8> = (!rank.is_empty()).then(|| rank.parse().unwrap());
        let found = by_name(query).map(gii_clusters::Cluster::rank);
        assert_eq!(found, expected, "line {}: {query:?}", row.line);
        // `parse` agrees, and never suggests what the table says is none.
        assert_eq!(
            parse(query).ok().map(gii_clusters::Cluster::rank),
            expected,
            "{query:?}"
        );
        let (hits, misses) = seen.entry(category).or_default();
        *if expected.is_some() { hits } else { misses } += 1;
    }
    for category in CATEGORIES {
        let (hits, _) = seen.get(category).copied().unwrap_or_default();
        let needs_hits = category != "qualified-contradiction";
        assert!(
            !needs_hits || hits >= 5,
            "{category}: {hits} queries that find a cluster"
        );
    }
    let misses: usize = seen.values().map(|&(_, m)| m).sum();
    assert!(misses >= 15, "{misses} queries that must find nothing");
    assert!(seen["qualified-contradiction"].1 >= 10);
    assert!(
        seen.keys().all(|c| CATEGORIES.contains(c) || *c == "miss"),
        "unknown category in {:?}",
        seen.keys()
    );
}
