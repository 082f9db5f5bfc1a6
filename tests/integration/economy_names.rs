//! `Economy::from_str` against a committed table of queries and the code
//! each must find (or nothing): `tests/data/economy_queries.csv`.

use crate::common;

use gii_clusters::{Economy, Error};

#[test]
fn every_query_finds_its_economy_or_nothing() {
    let rows = common::rows("tests/data/economy_queries.csv", ["query", "alpha2"]);
    assert!(rows.len() > 80, "{} queries", rows.len());
    let misses = rows.iter().filter(|r| r.fields[1].is_empty()).count();
    assert!(
        misses >= 8,
        "the table must also hold names that find nothing"
    );
    for row in &rows {
        let [query, code] = &row.fields;
        let expected = Economy::from_alpha2(code);
        assert_eq!(
            expected.is_some(),
            !code.is_empty(),
            "line {}: {code:?}",
            row.line
        );
        let found = query.parse::<Economy>();
        match expected {
            Some(e) => assert_eq!(found, Ok(e), "line {}: {query:?}", row.line),
            None => assert_eq!(
                found,
                Err(Error::UnknownEconomy),
                "line {}: {query:?}",
                row.line
            ),
        }
    }
}

#[test]
fn every_name_in_the_data_finds_its_economy() {
    let model = common::model();
    for key in &model.economy_keys {
        let expected = Economy::ALL[key.target.economy().unwrap()];
        assert_eq!(key.text.parse::<Economy>(), Ok(expected), "{key:?}");
        assert_eq!(key.normalized.parse::<Economy>(), Ok(expected), "{key:?}");
    }
    // Every economy has its code, its names and at least one more.
    for (i, &e) in Economy::ALL.iter().enumerate() {
        let names = model
            .economy_keys
            .iter()
            .filter(|k| k.target.economy() == Some(i))
            .count();
        assert!(names >= 3, "{e:?} has {names} names");
    }
}

#[test]
fn short_names() {
    let shown: Vec<(&str, &str)> = Economy::ALL
        .iter()
        .filter(|e| e.short_name() != e.wipo_name())
        .map(|e| (e.alpha2(), e.short_name()))
        .collect();
    assert_eq!(
        shown,
        [
            ("HK", "Hong Kong"),
            ("IR", "Iran"),
            ("KR", "South Korea"),
            ("NL", "Netherlands"),
            ("RU", "Russia"),
            ("TW", "Taiwan"),
        ]
    );
    for &e in Economy::ALL {
        assert_eq!(e.short_name().parse::<Economy>(), Ok(e));
    }
}
