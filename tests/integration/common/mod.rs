//! What the tests share: the build's loader, the validator fixture, the
//! runner of the examples and the width function.

use std::path::Path;

/// The build pipeline's loading and validation, the same code the build
/// runs.
pub use gii_clusters_build::load;

pub mod csv;
pub mod examples;
pub mod fixture;
pub mod random;

/// A file of the package, read whole.
pub fn read(file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The rows of a CSV file of the package, read by the tests' own reader
/// (not the build's); the file must have exactly these columns and no
/// malformed line.
pub fn rows<const N: usize>(file: &'static str, columns: [&str; N]) -> Vec<csv::Row<N>> {
    csv::rows(file, &read(file), columns)
}

/// The shipped data files, validated by the build's loader.
pub fn model() -> load::Model {
    let texts = load::FILES.map(read);
    load::load(&load::Sources::from(&texts))
        .unwrap_or_else(|errors| panic!("invalid data: {errors:?}"))
}
