//! The map step alone, on keys already normalized: what keying the maps
//! by the 32-bit hash of a fingerprint buys over keying them by text
//! (benches/README.md, "What each speed layer buys").

use criterion::Criterion;

use crate::alternatives::{map_by_fingerprint, map_by_text, normalized};
use crate::each;
use crate::inputs::{ALIASES, MISSES};
use crate::table::{Section, Table};

/// The map step of the aliases' keys (hits) and of the misses' keys.
pub fn map_step(c: &mut Criterion, table: &mut Table) {
    const HITS: &Section = &Section {
        title: "map step, hits (the aliases' keys)",
        compare: true,
    };
    const MISSES_SECTION: &Section = &Section {
        title: "map step, misses (the misses' keys)",
        compare: true,
    };
    let hits = normalized(ALIASES);
    let misses = normalized(MISSES);
    for (name, section, keys) in [("hits", HITS, &hits), ("misses", MISSES_SECTION, &misses)] {
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let mut g = c.benchmark_group(format!("map_step/{name}"));
        let n = keys.len();
        table.bench(
            &mut g,
            "fingerprint",
            (
                section,
                "**fingerprint, 32-bit map hash, `phf::Map<u32, _>`, key compared**",
                n,
            ),
            each(&keys, map_by_fingerprint),
        );
        table.bench(
            &mut g,
            "text",
            (section, "`phf::Map<&str, _>` of the same keys", n),
            each(&keys, map_by_text),
        );
        g.finish();
    }
}
