//! What the tests share: the build's loader, and the shipped data read
//! through it.
#![allow(dead_code)] // each test file uses a part

use std::path::Path;

/// The build pipeline's loading and validation (`build/load/`), the same
/// code the build runs.
#[path = "../../build/load/mod.rs"]
pub mod load;

pub mod examples;
pub mod fixture;

/// A file of the package, read whole.
pub fn read(file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The rows of a CSV file of the package, read by the build's reader;
/// the file must have exactly these columns and no malformed line.
pub fn rows<const N: usize>(file: &'static str, columns: [&str; N]) -> Vec<load::csv::Row<N>> {
    let mut errors = load::error::Errors::default();
    let rows = load::csv::read(file, &read(file), columns, &mut errors);
    assert!(errors.0.is_empty(), "{file}: {:?}", errors.0);
    rows
}

/// The shipped data files, validated by the build's loader.
pub fn model() -> load::Model {
    let texts = load::FILES.map(read);
    load::load(&load::Sources::from(&texts))
        .unwrap_or_else(|errors| panic!("invalid data: {errors:?}"))
}

/// The display width in a terminal, as the lookup example measures it.
#[path = "../../examples/support/width.rs"]
pub mod width;
