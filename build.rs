//! Validates the tables of `data/` and writes them out as the generated
//! tables the library includes. The pipeline lives in `build/`: `load`
//! reads and validates (every problem at once, as `file:line: message`),
//! `emit` writes.

#[path = "build/emit/mod.rs"]
mod emit;
#[path = "build/load/mod.rs"]
mod load;

use std::env::var_os;
use std::path::PathBuf;

fn main() {
    for path in [
        "build.rs",
        "build",
        "src/normalize",
        "src/lookup/fingerprint.rs",
    ] {
        println!("cargo::rerun-if-changed={path}");
    }
    let root = PathBuf::from(var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let texts = load::FILES.map(|file| {
        println!("cargo::rerun-if-changed={file}");
        std::fs::read_to_string(root.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
    });
    let model = load::load(&load::Sources::from(&texts)).unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!(
            "invalid data ({} problems):\n{}",
            list.len(),
            list.join("\n")
        );
    });
    let out_dir = PathBuf::from(var_os("OUT_DIR").unwrap_or_default());
    emit::write(&model, &out_dir).unwrap_or_else(|e| panic!("cannot write the tables: {e}"));
}
