//! The definition of a key as a program, for the data scripts, so that no
//! script keeps a definition of its own:
//!
//! * with no argument, reads one text a line on stdin and writes its key
//!   on stdout, or an empty line when the text cannot be a key of the
//!   data (a char no key has, nothing to look it up by, or longer than
//!   `MAX_KEY_BYTES`);
//! * `--bounds` writes each bound as `NAME<TAB>value`;
//! * `--words` writes each word list as `NAME<TAB>word<TAB>word…`.
//!
//!     cargo run --release -q -p gii-clusters-keys --example keys -- --bounds

use std::io::{self, BufRead, Write};

use gii_clusters_keys::words::{MAX_QUALIFIER_WORDS, PLACE_SUFFIXES, REGION_SUFFIXES};
use gii_clusters_keys::{KEY_BUFFER, MAX_KEY_BYTES, key};

fn main() -> io::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    match std::env::args_os().nth(1) {
        None => {
            for line in io::stdin().lock().lines() {
                let mut buffer = [0; KEY_BUFFER];
                let key = key(&line?, &mut buffer).filter(|key| key.len() <= MAX_KEY_BYTES);
                out.write_all(key.unwrap_or_default())?;
                out.write_all(b"\n")?;
            }
        }
        Some(argument) => match argument.to_str() {
            Some("--bounds") => {
                writeln!(out, "MAX_KEY_BYTES\t{MAX_KEY_BYTES}")?;
                writeln!(out, "MAX_QUALIFIER_WORDS\t{MAX_QUALIFIER_WORDS}")?;
            }
            Some("--words") => {
                let place: Vec<&str> = PLACE_SUFFIXES.iter().map(|&(suffix, _)| suffix).collect();
                writeln!(out, "PLACE_SUFFIXES\t{}", place.join("\t"))?;
                writeln!(out, "REGION_SUFFIXES\t{}", REGION_SUFFIXES.join("\t"))?;
            }
            _ => {
                eprintln!("keys: unknown argument {argument:?} (--bounds, --words, or none)");
                std::process::exit(2);
            }
        },
    }
    out.flush()
}
