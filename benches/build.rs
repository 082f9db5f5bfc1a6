//! The same-coverage baseline's map: every cluster key of the crate, as
//! the crate's own build pipeline reads and normalizes them from `data/`,
//! in a plain `phf::Map<&str, u8>` from key to rank
//! (`$OUT_DIR/same_coverage.rs`).

use gii_clusters_build::load;
use std::env::var_os;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    match write() {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => {
            eprintln!("{problem}");
            ExitCode::FAILURE
        }
    }
}

fn write() -> Result<(), String> {
    let root = PathBuf::from(var_os("CARGO_MANIFEST_DIR").unwrap_or_default()).join("..");
    for file in load::FILES {
        println!("cargo::rerun-if-changed=../{file}");
    }
    let texts = gii_clusters_build::read(&root)?;
    let model = load::load(&load::Sources::from(&texts))
        .map_err(|errors| format!("invalid data: {} problems", errors.len()))?;
    let mut map = phf_codegen::Map::new();
    for key in &model.keys {
        map.entry(
            key.normalized.as_str(),
            key.target.rank().unwrap_or(0).to_string(),
        );
    }
    let out = PathBuf::from(var_os("OUT_DIR").unwrap_or_default()).join("same_coverage.rs");
    let code = format!(
        "pub static SAME_COVERAGE: phf::Map<&'static str, u8> = {};\n",
        map.build()
    );
    std::fs::write(out, code).map_err(|e| format!("same_coverage.rs: {e}"))
}
