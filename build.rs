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
use std::process::ExitCode;

fn main() -> ExitCode {
    for path in [
        "build.rs",
        "build",
        "src/normalize",
        "src/lookup/fingerprint.rs",
    ] {
        println!("cargo::rerun-if-changed={path}");
    }
    match build() {
        Ok(()) => ExitCode::SUCCESS,
        // Cargo shows what a failed build script wrote to stderr.
        Err(problems) => {
            eprintln!("{problems}");
            ExitCode::FAILURE
        }
    }
}

/// Reads, validates and writes the tables, or says every problem found.
fn build() -> Result<(), String> {
    let root = PathBuf::from(var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let mut texts = load::FILES.map(|_| String::new());
    for (text, file) in texts.iter_mut().zip(load::FILES) {
        println!("cargo::rerun-if-changed={file}");
        *text = std::fs::read_to_string(root.join(file)).map_err(|e| format!("{file}: {e}"))?;
    }
    let model = load::load(&load::Sources::from(&texts)).map_err(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        format!(
            "invalid data ({} problems):\n{}",
            list.len(),
            list.join("\n")
        )
    })?;
    let out_dir = PathBuf::from(var_os("OUT_DIR").unwrap_or_default());
    emit::write(&model, &out_dir).map_err(|e| format!("cannot write the tables: {e}"))
}
