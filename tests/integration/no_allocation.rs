//! Lookups never allocate: a counting global allocator watches every
//! lookup the crate offers, on every key and on hostile input.
#![allow(
    unsafe_code,
    reason = "a global allocator that counts is unsafe to implement"
)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use crate::common;

use gii_clusters::{Economy, all, by_name, by_rank, in_economy, locate, mentions, parse, suggest};

/// Counts allocations made by the current thread while counting is on, so
/// that the test harness's other threads do not disturb the count.
struct Counting;

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn note_allocation() {
    // try_with: the thread-locals may already be gone while a thread exits.
    let _ = COUNTING.try_with(|on| {
        if on.get() {
            let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        }
    });
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note_allocation();
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note_allocation();
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note_allocation();
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `f` and returns how many allocations it made.
fn allocations(f: impl FnOnce()) -> usize {
    ALLOCATIONS.with(|n| n.set(0));
    COUNTING.with(|on| on.set(true));
    f();
    COUNTING.with(|on| on.set(false));
    ALLOCATIONS.with(Cell::get)
}

#[test]
fn the_counter_counts() {
    assert!(allocations(|| drop(std::hint::black_box(vec![1u8; 16]))) >= 1);
}

/// Every query the test runs, built before counting starts: each name
/// in four spellings, every alias and city name, the committed tables of
/// queries (qualified names, every script, suffixes, initials), misses and
/// hostile input.
fn queries() -> Vec<String> {
    let mut queries: Vec<String> = Vec::new();
    for c in all() {
        let name = c.name();
        queries.extend([
            name.to_owned(),
            name.to_uppercase(),
            name.replace('–', "-"),
            format!("  {}  ", name.replace(' ', "   ")),
        ]);
        queries.extend(c.name_zh().map(str::to_owned));
    }
    // Every alias and city name, the ways people write names (qualified,
    // in every script, with suffixes and initials), and economy names.
    let names = common::rows(
        "data/aliases.csv",
        ["cluster", "alias", "kind", "lang", "component"],
    )
    .into_iter()
    .map(|row| row.fields[1].clone())
    .chain(
        common::rows(
            "data/city_names.csv",
            ["cluster", "name", "kind", "lang", "geonameid"],
        )
        .into_iter()
        .map(|row| row.fields[1].clone()),
    );
    for alias in names {
        queries.extend([alias.to_uppercase(), format!(" {alias} "), alias]);
    }
    let written = common::rows("tests/data/name_queries.csv", ["query", "rank", "category"]);
    queries.extend(written.into_iter().map(|row| row.fields[0].clone()));
    let misses = [
        "Atlantis",
        "Springfield",
        "Paris, TX",
        "台中市",
        "กรุงเทพ",
        "",
        " ",
        "Beijing!",
        "#4",
    ];
    queries.extend(misses.map(str::to_owned));
    queries.push("a".repeat(1 << 20));
    queries.push("\u{301}".repeat(10_000));
    queries.push(format!("Beijing{}", "\u{301}".repeat(10_000)));
    queries
}

#[test]
fn lookups_do_not_allocate() {
    let queries = queries();
    let economies = common::rows("tests/data/economy_queries.csv", ["query", "alpha2"]);
    let economy_queries: Vec<String> = economies
        .into_iter()
        .map(|row| row.fields[0].clone())
        .collect();
    let typos = [
        "Beijng",
        "Shangai",
        "San Fransisco",
        "Munchen",
        "Zuerich",
        "Atlantis",
        "Bostn, MA",
        "Sao Polo",
        "Melburn",
        "Cambridge, Texas",
        "Cambridge Englnd",
        "Toronto, Ontraio",
        "Boston, Texsa",
        "Sant Lanre, New York, United States of America",
    ];

    let addresses = [
        "Cambridge, MA 02139, USA",
        "Department of Physics, Tsinghua University, Beijing 100084, China",
        "80333 München, Germany; Harvard University, Cambridge, MA, USA",
        "〒113-8654 東京都文京区本郷7-3-1",
        "서울특별시 관악구 관악로 1",
        "广东省深圳市南山区",
        "Columbia University, New York, NY 10027, USA",
        "Microsoft Research, Redmond, Washington",
    ];
    let mut found = 0usize;
    let count = allocations(|| {
        for rank in 0..=255u8 {
            found += usize::from(by_rank(rank).is_some());
            let _ = std::hint::black_box(<&gii_clusters::Cluster>::try_from(rank));
        }
        for q in &queries {
            found += usize::from(by_name(q).is_some());
        }
        for &e in Economy::ALL {
            for c in in_economy(e) {
                found += usize::from(c.rank_in(e).is_some());
                found += usize::from(c.rank_in(Economy::China).is_some());
            }
            std::hint::black_box((
                e.wipo_name(),
                e.alpha2(),
                e.name_zh(),
                Economy::from_alpha2(e.alpha2()),
            ));
        }
        for t in typos {
            found += usize::from(suggest(t).is_some());
            found += usize::from(parse(t).is_ok());
        }
        found += usize::from(parse("4").is_ok()) + usize::from(parse("#101").is_ok());
        for q in &economy_queries {
            found += usize::from(q.parse::<Economy>().is_ok());
        }
        for text in queries.iter().map(String::as_str).chain(addresses) {
            found += usize::from(locate(text).is_some());
            found += mentions(text).count();
        }
    });
    assert_eq!(count, 0, "lookups allocated {count} times");
    // The lookups really ran and found what they should.
    assert!(found > 100 + queries.len() / 2, "{found}");
}
