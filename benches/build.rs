//! The same-coverage baseline's map: every cluster key of the crate, as
//! the crate's own build pipeline reads and normalizes them from `data/`,
//! in a plain `phf::Map<&str, u8>` from key to rank; and the same keys
//! keyed as the crate keys its maps, by the 32-bit map hash of their
//! fingerprint (`$OUT_DIR/same_coverage.rs`).

use gii_clusters_build::load;
use gii_clusters_keys::fingerprint::{fingerprint, map_hash};
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
    // The same keys, as the crate's maps are keyed: by the map hash of
    // their fingerprint, the key's text beside its rank for the compare.
    let mut hashed = phf_codegen::Map::new();
    for key in &model.keys {
        let rank = key.target.rank().unwrap_or(0);
        map.entry(key.normalized.as_str(), rank.to_string());
        let hash = map_hash(fingerprint(key.normalized.as_bytes()));
        hashed.entry(hash, format!("({rank}, {:?})", key.normalized));
    }
    let out = PathBuf::from(var_os("OUT_DIR").unwrap_or_default()).join("same_coverage.rs");
    let code = format!(
        "pub static SAME_COVERAGE: phf::Map<&'static str, u8> = {};\n\
         pub static HASHED_KEYS: phf::Map<u32, (u8, &'static str)> = {};\n",
        map.build(),
        hashed.build()
    );
    std::fs::write(out, code).map_err(|e| format!("same_coverage.rs: {e}"))
}
