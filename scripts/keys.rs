//! The crate's own definition of a key, for the data scripts: reads one
//! text a line on stdin and writes its key on stdout, or an empty line
//! when the text cannot be a key (a char no key has, or nothing to look
//! it up by). Built by the scripts with `rustc` alone, since the
//! normalizer has no dependencies:
//!
//!     rustc --edition 2024 -O scripts/keys.rs -o target/keys
#![allow(dead_code, reason = "the normalizer's other parts are the library's")]

#[path = "../src/normalize/mod.rs"]
mod normalize;

use std::io::{self, BufRead, Write};

fn main() -> io::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    for line in io::stdin().lock().lines() {
        let mut buffer = [0; 1024];
        let key = normalize::normalize(&line?, &mut buffer).map(<[u8]>::to_vec);
        let key = key.map(|mut key| {
            let len = normalize::join_initials(&mut key);
            key.truncate(len);
            key
        });
        out.write_all(key.as_deref().unwrap_or_default())?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
