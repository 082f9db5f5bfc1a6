//! Lookup speed against the code a user would write instead.
//!
//! `cargo bench -p gii-clusters-benches` runs every group over all 100
//! clusters or the whole input list (so no single key flatters the
//! result) and ends with a Markdown table of nanoseconds per lookup, the
//! one in README.md. Arguments after `--` are criterion's (a filter, for
//! one group).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a benchmark stops at an input that gives a wrong answer"
)]
#![allow(
    clippy::items_after_statements,
    reason = "each group's table sections stand beside the group"
)]

mod alternatives;
mod economy;
mod inputs;
mod map_step;
mod table;

use std::collections::{BTreeMap, HashMap};
use std::hint::black_box;
use std::time::Duration;

use criterion::Criterion;
use gii_clusters::{Cluster, all, by_name, by_rank, suggest};

use alternatives::{
    FINGERPRINT_PHF, RANK_PHF, all_names, fingerprints, same_coverage, scan, std_hashmap,
    user_lookup, user_map, user_map_build,
};
use inputs::{ALIASES, MISSES, MissShape, SUGGEST_WORST_CASE, TYPOS, messy, misses, names};
use table::{Section, Table};

/// One pass of `lookup` over every input.
pub fn each<'a, T: 'a + Copy, R>(inputs: &'a [T], mut lookup: impl FnMut(T) -> R) -> impl FnMut() {
    move || {
        for &input in inputs {
            black_box(lookup(black_box(input)));
        }
    }
}

fn rank(c: &mut Criterion, table: &mut Table) {
    const SECTION: &Section = &Section {
        title: "rank",
        compare: true,
    };
    let ranks: Vec<u8> = (1..=100).collect();
    let slice: &[Cluster] = all();
    let hashmap: HashMap<u8, &Cluster> = all().iter().map(|c| (c.rank(), c)).collect();
    let n = ranks.len();
    let mut g = c.benchmark_group("rank");
    table.bench(
        &mut g,
        "by_rank",
        (SECTION, "**`by_rank(r)`**", n),
        each(&ranks, by_rank),
    );
    table.bench(
        &mut g,
        "slice_index",
        (SECTION, "`&[Cluster]` slice, `get(r - 1)`", n),
        each(&ranks, |r| slice.get(usize::from(r) - 1)),
    );
    table.bench(
        &mut g,
        "phf_map_u8",
        (SECTION, "`phf::Map<u8, _>`", n),
        each(&ranks, |r| {
            RANK_PHF.get(&r).map(|&i| &slice[usize::from(i)])
        }),
    );
    table.bench(
        &mut g,
        "std_hashmap_u8",
        (SECTION, "std `HashMap<u8, _>`", n),
        each(&ranks, |r| hashmap.get(&r).copied()),
    );
    g.finish();
}

fn name_official(c: &mut Criterion, table: &mut Table) {
    const SECTION: &Section = &Section {
        title: "name, official spelling",
        compare: true,
    };
    let names = names();
    let n = names.len();
    let hashmap = std_hashmap();
    let btree: BTreeMap<&str, &Cluster> = all().iter().map(|c| (c.name(), c)).collect();
    user_map();
    let mut g = c.benchmark_group("name");
    table.bench(
        &mut g,
        "by_name",
        (SECTION, "**`by_name(name)`**", n),
        each(&names, by_name),
    );
    table.bench(
        &mut g,
        "std_hashmap_exact",
        (SECTION, "std `HashMap<&str, _>`, exact match only", n),
        each(&names, |name| hashmap.get(name).copied()),
    );
    table.bench(
        &mut g,
        "same_coverage",
        (SECTION, SAME_COVERAGE, n),
        each(&names, same_coverage),
    );
    table.bench(
        &mut g,
        "btreemap_exact",
        (SECTION, "`BTreeMap<&str, _>`, exact match only", n),
        each(&names, |name| btree.get(name).copied()),
    );
    table.bench(
        &mut g,
        "linear_scan_ignore_ascii_case",
        (SECTION, "linear scan with `eq_ignore_ascii_case`", n),
        each(&names, |name| {
            all().iter().find(|c| c.name().eq_ignore_ascii_case(name))
        }),
    );
    let every_name = all_names();
    table.bench(
        &mut g,
        "linear_scan_all_names",
        (
            SECTION,
            "linear scan over all names and aliases, `eq_ignore_ascii_case`",
            n,
        ),
        each(&names, |name| scan(&every_name, name)),
    );
    table.bench(
        &mut g,
        "user_normalize_hashmap_string",
        (
            SECTION,
            "what a user writes: lower-case, replace dashes, collapse spaces into a `String`, look up a `HashMap<String, _>`",
            n,
        ),
        each(&names, user_lookup),
    );
    g.finish();
}

fn name_messy(c: &mut Criterion, table: &mut Table) {
    const SECTION: &Section = &Section {
        title: "name, messy (`\"  SAN  JOSE-SAN  FRANCISCO,   CA  \"`)",
        compare: true,
    };
    let owned: Vec<String> = names().into_iter().map(messy).collect();
    let messy: Vec<&str> = owned.iter().map(String::as_str).collect();
    assert!(
        messy.iter().all(|m| by_name(m).is_some()),
        "every messy spelling must resolve"
    );
    let n = messy.len();
    let mut g = c.benchmark_group("messy");
    table.bench(
        &mut g,
        "by_name",
        (SECTION, "**`by_name(messy)`**", n),
        each(&messy, by_name),
    );
    table.bench(
        &mut g,
        "user_normalize_hashmap_string",
        (SECTION, "what a user writes", n),
        each(&messy, user_lookup),
    );
    table.bench(
        &mut g,
        "same_coverage",
        (SECTION, SAME_COVERAGE, n),
        each(&messy, same_coverage),
    );
    let keys = fingerprints();
    table.bench(
        &mut g,
        "phf_get_alone",
        (
            SECTION,
            "phf alone: a get from a `phf::Map<u64, _>` of 100 keys, the key's fingerprint given (the floor under `by_name` of a text that is not exactly a name)",
            keys.len(),
        ),
        each(&keys, |k| FINGERPRINT_PHF.get(&k).copied()),
    );
    g.finish();
}

fn alias_and_miss(c: &mut Criterion, table: &mut Table) {
    assert!(ALIASES.iter().all(|a| by_name(a).is_some()));
    assert!(MISSES.iter().all(|m| by_name(m).is_none()));
    let mut g = c.benchmark_group("alias");
    const ALIAS: &Section = &Section {
        title: "alias (component cities, Chinese, local names)",
        compare: true,
    };
    let row = (ALIAS, "**`by_name(alias)`**", ALIASES.len());
    table.bench(&mut g, "by_name", row, each(ALIASES, by_name));
    let row = (ALIAS, SAME_COVERAGE, ALIASES.len());
    table.bench(&mut g, "same_coverage", row, each(ALIASES, same_coverage));
    g.finish();
    miss_shapes(c, table);

    const SECTION: &Section = &Section {
        title: "miss (plausible non-clusters)",
        compare: true,
    };
    let n = MISSES.len();
    let hashmap = std_hashmap();
    let mut g = c.benchmark_group("miss");
    table.bench(
        &mut g,
        "by_name",
        (SECTION, "**`by_name(miss)`**", n),
        each(MISSES, by_name),
    );
    table.bench(
        &mut g,
        "std_hashmap_exact",
        (SECTION, "std `HashMap<&str, _>` miss", n),
        each(MISSES, |name| hashmap.get(name).copied()),
    );
    let every_name = all_names();
    table.bench(
        &mut g,
        "linear_scan_all_names",
        (
            SECTION,
            "linear scan over all names and aliases, `eq_ignore_ascii_case`",
            n,
        ),
        each(MISSES, |name| scan(&every_name, name)),
    );
    table.bench(
        &mut g,
        "user_normalize_hashmap_string",
        (SECTION, "what a user writes", n),
        each(MISSES, user_lookup),
    );
    g.finish();
}

/// The row of the same-coverage baseline.
const SAME_COVERAGE: &str = "same coverage, plainly: the reference normalizer (a loop over chars) into a stack buffer, then a `phf::Map<&str, _>` of all the keys";

/// Misses by shape, against the same-coverage baseline: one word, several
/// words, a place and a qualifier.
fn miss_shapes(c: &mut Criterion, table: &mut Table) {
    const SECTIONS: [(MissShape, &str, &Section); 3] = [
        (
            MissShape::OneWord,
            "miss_one_word",
            &Section {
                title: "miss of one word",
                compare: true,
            },
        ),
        (
            MissShape::SeveralWords,
            "miss_several_words",
            &Section {
                title: "miss of several words",
                compare: true,
            },
        ),
        (
            MissShape::Qualified,
            "miss_qualified",
            &Section {
                title: "miss, qualified (`Boston, NY`)",
                compare: true,
            },
        ),
    ];
    for (shape, group, section) in SECTIONS {
        let inputs = misses(shape);
        let mut g = c.benchmark_group(group);
        let n = inputs.len();
        table.bench(
            &mut g,
            "by_name",
            (section, "**`by_name(miss)`**", n),
            each(&inputs, by_name),
        );
        table.bench(
            &mut g,
            "same_coverage",
            (section, SAME_COVERAGE, n),
            each(&inputs, same_coverage),
        );
        g.finish();
    }
}

fn hostile_and_suggest(c: &mut Criterion, table: &mut Table) {
    const HOSTILE: &Section = &Section {
        title: "hostile",
        compare: false,
    };
    let huge = "Beijing ".repeat((1 << 20) / 8);
    let marks = "\u{301}".repeat(10_000);
    let mut g = c.benchmark_group("hostile");
    let row = (HOSTILE, "**`by_name`** of a 1 MiB string", 1);
    table.bench(&mut g, "by_name/1MiB", row, each(&[huge.as_str()], by_name));
    let row = (HOSTILE, "**`by_name`** of 10,000 combining marks", 1);
    table.bench(
        &mut g,
        "by_name/10000_combining_marks",
        row,
        each(&[marks.as_str()], by_name),
    );
    g.finish();

    const TYPO: &Section = &Section {
        title: "typo",
        compare: false,
    };
    const ONE_OFF: &Section = &Section {
        title: "one-off",
        compare: false,
    };
    let mut g = c.benchmark_group("suggest");
    let row = (TYPO, "**`suggest(typo)`**", TYPOS.len());
    table.bench(&mut g, "typos", row, each(TYPOS, suggest));
    let row = (
        TYPO,
        "**`suggest`**, slowest query found (four CJK chars near no key)",
        1,
    );
    table.bench(
        &mut g,
        "worst_case",
        row,
        each(&[SUGGEST_WORST_CASE], suggest),
    );
    g.finish();

    let mut g = c.benchmark_group("user_map_build");
    let row = (
        ONE_OFF,
        "what a user writes: its `HashMap<String, _>` built from an embedded CSV",
        1,
    );
    table.bench(&mut g, "from_embedded_csv", row, || {
        black_box(user_map_build());
    });
    g.finish();
}

fn main() {
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    let mut table = Table::default();
    rank(&mut c, &mut table);
    name_official(&mut c, &mut table);
    name_messy(&mut c, &mut table);
    alias_and_miss(&mut c, &mut table);
    economy::economies(&mut c, &mut table);
    map_step::map_step(&mut c, &mut table);
    hostile_and_suggest(&mut c, &mut table);
    c.final_summary();
    table.print();
}
