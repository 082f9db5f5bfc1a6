//! The crate's integration tests, in one binary (one link, one run): each
//! module is named for what it proves. `tests/gazetteer.rs` is a binary of
//! its own: it and its 17 MB of data are the repository's check, left out
//! of the package, and it runs optimized (`.ci/run`).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test stops at the first thing that is wrong"
)]

mod bad_data_fails_the_build;
mod bad_names_fail_the_build;
mod common;
mod data_matches_source_document;
mod economy_names;
mod export_chart_and_map_end_to_end;
mod locate;
mod locations;
mod lookup;
mod lookup_cli_end_to_end;
mod name_queries;
mod no_allocation;
mod output_rule_end_to_end;
mod package;
mod properties;
mod serde;
mod serde_compact;
mod serde_readers;
mod shipped_table;
mod suggestions;
mod traits;
