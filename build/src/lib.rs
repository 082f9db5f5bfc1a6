//! The build pipeline of `gii-clusters`: [`load`] reads the tables of
//! `data/` and validates them into a [`load::Model`] (every problem at
//! once, as `file:line: message`); [`emit`] writes the model out as the
//! rows and maps the library includes. The crate's `build.rs` calls
//! [`main`].

pub mod emit;
pub mod load;

use std::env::var_os;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The build script of `gii-clusters`: reads the data files under
/// `CARGO_MANIFEST_DIR` and writes the tables into `OUT_DIR`, or prints
/// every problem found on stderr (which Cargo shows) and fails.
#[must_use]
pub fn main() -> ExitCode {
    let root = PathBuf::from(var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out_dir = PathBuf::from(var_os("OUT_DIR").unwrap_or_default());
    println!("cargo::rerun-if-changed=build.rs");
    for file in load::FILES {
        println!("cargo::rerun-if-changed={file}");
    }
    match build(&root, &out_dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problems) => {
            eprintln!("{problems}");
            ExitCode::FAILURE
        }
    }
}

/// Reads, validates and writes the tables, or says every problem found.
///
/// # Errors
///
/// A file that cannot be read, invalid data (every problem, one
/// `file:line: message` a line), or tables that cannot be written.
pub fn build(root: &Path, out_dir: &Path) -> Result<(), String> {
    let texts = read(root)?;
    let model = load::load(&load::Sources::from(&texts)).map_err(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        format!(
            "invalid data ({} problems):\n{}",
            list.len(),
            list.join("\n")
        )
    })?;
    emit::write(&model, out_dir).map_err(|e| format!("cannot write the tables: {e}"))
}

/// The contents of [`load::FILES`] under `root`, in that order.
///
/// # Errors
///
/// The first file that cannot be read, with why.
pub fn read(root: &Path) -> Result<[String; load::FILES.len()], String> {
    let mut texts = load::FILES.map(|_| String::new());
    for (text, file) in texts.iter_mut().zip(load::FILES) {
        *text = std::fs::read_to_string(root.join(file)).map_err(|e| format!("{file}: {e}"))?;
    }
    Ok(texts)
}
