//! `Economy::from_str` against the country crates (celes 2.8,
//! `rust_iso3166` 0.2), on the inputs each parses to the same economy.

use criterion::Criterion;
use gii_clusters::Economy;

use super::each;
use super::inputs::ECONOMY_MISSES;
use super::table::{Section, Table};

/// `Economy::from_str` against the country crates, on the inputs each
/// parses to the same economy: alpha-2 codes, names, and misses.
pub fn economies(c: &mut Criterion, table: &mut Table) {
    const CODES: &Section = &Section {
        title: "economy, alpha-2 code",
        compare: true,
    };
    const NAMES: &Section = &Section {
        title: "economy, name (those celes parses too)",
        compare: true,
    };
    const MISS: &Section = &Section {
        title: "economy, miss",
        compare: true,
    };
    let codes: Vec<&str> = Economy::ALL.iter().map(|e| e.alpha2()).collect();
    let celes_parses = |text: &str, e: Economy| {
        text.parse::<celes::Country>()
            .is_ok_and(|c| c.alpha2.eq_ignore_ascii_case(e.alpha2()))
    };
    assert!(
        codes
            .iter()
            .all(|code| rust_iso3166::from_alpha2(code).is_some())
    );
    let names: Vec<&str> = Economy::ALL
        .iter()
        .flat_map(|&e| [e.wipo_name(), e.short_name()].map(move |n| (n, e)))
        .filter(|&(n, e)| celes_parses(n, e) && n.parse() == Ok(e))
        .map(|(n, _)| n)
        .collect();
    assert!(names.len() >= 15, "{names:?}");
    assert!(
        ECONOMY_MISSES
            .iter()
            .all(|m| m.parse::<Economy>().is_err() && m.parse::<celes::Country>().is_err())
    );
    let ours = |text: &str| text.parse::<Economy>().ok();
    let celes = |text: &str| text.parse::<celes::Country>().ok();
    for (section, group, inputs, iso) in [
        (CODES, "economy_code", &codes, true),
        (NAMES, "economy_name", &names, false),
        (MISS, "economy_miss", &ECONOMY_MISSES.to_vec(), true),
    ] {
        let n = inputs.len();
        let mut g = c.benchmark_group(group);
        table.bench(
            &mut g,
            "from_str",
            (section, "**`Economy::from_str`**", n),
            each(inputs, ours),
        );
        table.bench(
            &mut g,
            "celes",
            (section, "celes 2.8 `Country::from_str`", n),
            each(inputs, celes),
        );
        if iso {
            table.bench(
                &mut g,
                "rust_iso3166",
                (section, "rust_iso3166 `from_alpha2`", n),
                each(inputs, rust_iso3166::from_alpha2),
            );
        }
        g.finish();
    }
}
