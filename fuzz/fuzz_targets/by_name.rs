//! `by_name` and `suggest` on arbitrary text: no panic, and every answer is
//! consistent with the table.
#![no_main]

use gii_clusters::{by_name, by_rank, suggest};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(found) = by_name(text) {
        // The answer is a row of the table, and looking it up again by
        // its official name finds the same row.
        assert_eq!(by_rank(found.rank()), Some(found));
        assert_eq!(by_name(found.name()), Some(found));
        // Whatever finds a cluster is also its own best suggestion.
        assert_eq!(suggest(text), Some(found));
    }
    let _ = suggest(text);
});
