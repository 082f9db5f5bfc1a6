//! Writes the validated model out as data the library includes: the
//! economy table (rows for the `economies!` macro of `src/economy.rs`) and
//! the cluster table with its key maps (`src/tables.rs`). Types, derives,
//! docs and impls live in `src/`; what is written here is only rows.

mod output;

use std::io;
use std::path::Path;

use crate::load::Model;
use crate::load::fingerprint::fingerprint;
use crate::load::model::Key;
use output::{Output, emit};

/// Writes `economies.rs` and `tables.rs` into `out_dir`.
pub fn write(model: &Model, out_dir: &Path) -> io::Result<()> {
    economies(model).finish(&out_dir.join("economies.rs"))?;
    tables(model).finish(&out_dir.join("tables.rs"))
}

/// One row per economy: alpha-2, variant, WIPO name, short name, Chinese
/// name, and the indexes (rank - 1) of its clusters in rank order.
fn economies(model: &Model) -> Output {
    let mut out = Output::new("data/economies.csv");
    emit!(out, "economies! {{");
    for (i, e) in model.economies.iter().enumerate() {
        let members: Vec<String> = model.members(i).map(|r| (r - 1).to_string()).collect();
        emit!(
            out,
            "    {:?} {} {:?} {:?} {:?}, [{}];",
            e.alpha2,
            e.variant,
            e.name,
            e.short_name,
            e.name_zh.as_deref(),
            members.join(", ")
        );
    }
    emit!(out, "}}");
    out
}

/// The clusters in rank order, the key-length bound, and the two key maps.
fn tables(model: &Model) -> Output {
    let mut out = Output::new("data/*.csv");
    emit!(
        out,
        "pub(crate) static CLUSTERS: [Cluster; {}] = [",
        model.clusters.len()
    );
    for c in &model.clusters {
        let economies: Vec<String> = c
            .economies
            .iter()
            .map(|&i| format!("Economy::{}", model.economies[i].variant))
            .collect();
        let national: Vec<String> = model.national_ranks(c).iter().map(u8::to_string).collect();
        emit!(out, "    Cluster {{");
        emit!(out, "        rank: {},", c.rank);
        emit!(out, "        name: {:?},", c.name);
        emit!(out, "        economies: &[{}],", economies.join(", "));
        emit!(out, "        national_ranks: &[{}],", national.join(", "));
        emit!(out, "        name_zh: {:?},", c.name_zh.as_deref());
        emit!(out, "        brief_url: {:?},", c.brief_url);
        emit!(
            out,
            "        brief_url_inferred: {},",
            c.brief_status == "inferred"
        );
        emit!(out, "    }},");
    }
    emit!(out, "];");
    emit!(out, "");
    emit!(
        out,
        "pub(crate) const LONGEST_KEY: usize = {};",
        model.longest_key()
    );
    emit!(out, "");
    for s in &model.shadowed {
        emit!(
            out,
            "// Left out: {:?} (alias of rank {}) finds rank {}, whose official name it is.",
            s.alias,
            s.rank,
            s.winner
        );
    }
    key_map(&mut out, "CLUSTER_KEYS", &model.keys);
    emit!(out, "");
    key_map(&mut out, "ECONOMY_KEYS", &model.economy_keys);
    out
}

/// A `phf::Map` from each key's fingerprint to the key and its target.
fn key_map(out: &mut Output, name: &str, keys: &[Key]) {
    let mut map = phf_codegen::Map::new();
    for k in keys {
        map.entry(
            fingerprint(k.key.as_bytes()),
            format!("({:?}, {})", k.key, k.target),
        );
    }
    emit!(
        out,
        "pub(crate) static {name}: phf::Map<u64, (&str, u8)> = {};",
        map.build()
    );
}
