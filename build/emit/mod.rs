//! Writes the validated model out as data the library includes: the
//! economy table (rows for the `economies!` macro of `src/economy.rs`) and
//! the cluster table with its key maps (`src/tables.rs`). Types, derives,
//! docs and impls live in `src/`; what is written here is only rows.

mod output;

use std::io;
use std::path::Path;

use crate::load::Model;
use crate::load::fingerprint::{
    KEY_FILTER_BITS, SHAPE_BITS, fingerprint, key_filter_bit, letter_counts, shape_bit,
};
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
        let (latitude, longitude) = c.location.unwrap_or_default();
        emit!(
            out,
            "        location: Location {{ latitude: {latitude:?}, longitude: {longitude:?} }},"
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
    let cluster_keys = model.keys.iter().map(|k| {
        let shadowed = model.shadowed_rank(&k.key).unwrap_or(0);
        (
            k.key.as_str(),
            format!("({:?}, {}, {shadowed})", k.key, k.target),
        )
    });
    key_map(&mut out, "CLUSTER_KEYS", "(&str, u8, u8)", cluster_keys);
    emit!(out, "");
    exact_names(&mut out, model);
    let bits = model
        .keys
        .iter()
        .map(|k| key_filter_bit(fingerprint(k.key.as_bytes())));
    bitset(&mut out, "KEY_FILTER", KEY_FILTER_BITS, bits);
    emit!(out, "");
    suggestion_keys(&mut out, model);
    emit!(out, "");
    let economy_keys = model
        .economy_keys
        .iter()
        .map(|k| (k.key.as_str(), format!("({:?}, {})", k.key, k.target)));
    key_map(&mut out, "ECONOMY_KEYS", "(&str, u8)", economy_keys);
    emit!(out, "");
    qualifiers(&mut out, model);
    out
}

/// The qualifier map, the economy of each region, and the regions each
/// cluster's official name lists.
fn qualifiers(out: &mut Output, model: &Model) {
    let qualifiers = model.qualifiers();
    let longest = qualifiers.iter().map(|q| q.key.len()).max().unwrap_or(0);
    emit!(
        out,
        "pub(crate) const LONGEST_QUALIFIER: usize = {longest};"
    );
    emit!(out, "");
    let none = |target: Option<usize>| target.map_or(NONE.to_string(), |t| t.to_string());
    let entries = qualifiers.iter().map(|q| {
        let value = format!("({:?}, {}, {})", q.key, none(q.economy), none(q.region));
        (q.key.as_str(), value)
    });
    key_map(out, "QUALIFIER_KEYS", "(&str, u8, u8)", entries);
    emit!(out, "");
    let bits = qualifiers
        .iter()
        .map(|q| key_filter_bit(fingerprint(q.key.as_bytes())));
    bitset(out, "QUALIFIER_FILTER", KEY_FILTER_BITS, bits);
    emit!(out, "");
    let endings = qualifiers.iter().map(|q| {
        let last = q.key.rsplit(' ').next().unwrap_or_default();
        shape_bit(last.as_bytes())
    });
    bitset(out, "QUALIFIER_ENDINGS", SHAPE_BITS, endings);
    emit!(out, "");
    let economies: Vec<String> = model
        .regions
        .iter()
        .map(|r| r.economy.to_string())
        .collect();
    emit!(
        out,
        "pub(crate) static REGION_ECONOMIES: [u8; {}] = [{}];",
        economies.len(),
        economies.join(", ")
    );
    emit!(out, "");
    emit!(
        out,
        "pub(crate) static CLUSTER_REGIONS: [u64; {}] = [",
        model.clusters.len()
    );
    for c in &model.clusters {
        let mask = c.regions.iter().fold(0u64, |mask, &r| mask | 1 << r);
        emit!(out, "    {mask:#x}, // {}", c.rank);
    }
    emit!(out, "];");
}

/// Every cluster key for `suggest`: ASCII keys first, by length, then
/// the others by length in chars; each with its ranks (as in
/// `CLUSTER_KEYS`) and its length in chars. The letter counts of the
/// ASCII keys, in the same order, go to a table of their own (the other
/// keys have none).
fn suggestion_keys(out: &mut Output, model: &Model) {
    let mut keys: Vec<_> = model.keys.iter().collect();
    keys.sort_by_key(|k| (!k.key.is_ascii(), k.key.chars().count(), k.key.as_str()));
    emit!(
        out,
        "pub(crate) static SUGGESTION_KEYS: [SuggestionKey; {}] = [",
        keys.len()
    );
    for k in &keys {
        let shadowed = model.shadowed_rank(&k.key).unwrap_or(0);
        emit!(
            out,
            "    SuggestionKey {{ key: {:?}, rank: {}, alias_rank: {shadowed}, chars: {} }},",
            k.key,
            k.target,
            k.key.chars().count()
        );
    }
    emit!(out, "];");
    let ascii: Vec<_> = keys.iter().filter(|k| k.key.is_ascii()).collect();
    emit!(
        out,
        "pub(crate) static ASCII_LETTER_COUNTS: [[u8; 32]; {}] = [",
        ascii.len()
    );
    for k in &ascii {
        emit!(
            out,
            "    {:?}, // {:?}",
            letter_counts(k.key.as_bytes()),
            k.key
        );
    }
    emit!(out, "];");
    emit!(
        out,
        "pub(crate) const ASCII_SUGGESTION_KEYS: usize = {};",
        ascii.len()
    );
}

/// The official and Chinese names exactly as written, keyed by the
/// fingerprint of their bytes, with a filter of those fingerprints and
/// the longest name's length: `by_name` finds a name written exactly so
/// without normalizing it.
fn exact_names(out: &mut Output, model: &Model) {
    let names: Vec<(&str, u8)> = model
        .clusters
        .iter()
        .flat_map(|c| [Some(c.name.as_str()), c.name_zh.as_deref()].map(|n| n.map(|n| (n, c.rank))))
        .flatten()
        .collect();
    let longest = names.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
    emit!(out, "pub(crate) const LONGEST_NAME: usize = {longest};");
    let entries = names
        .iter()
        .map(|&(name, rank)| (name, format!("({name:?}, {rank})")));
    key_map(out, "EXACT_NAMES", "(&str, u8)", entries);
    let bits = names.iter().map(|(name, _)| shape_bit(name.as_bytes()));
    bitset(out, "EXACT_FILTER", SHAPE_BITS, bits);
    emit!(out, "");
}

/// A static bitset `name` of `size` bits with `bits` set, as `u64`s.
fn bitset(out: &mut Output, name: &str, size: usize, bits: impl Iterator<Item = usize>) {
    let mut words = vec![0u64; size / 64];
    for bit in bits {
        words[bit / 64] |= 1 << (bit % 64);
    }
    let words: Vec<String> = words.iter().map(|w| format!("{w:#018x}")).collect();
    emit!(
        out,
        "pub(crate) static {name}: [u64; {}] = [{}];",
        size / 64,
        words.join(", ")
    );
}

/// What an absent economy or region is written as in `QUALIFIER_KEYS`.
const NONE: u8 = u8::MAX;

/// A `phf::Map` from each key's fingerprint to its value, of type `ty`.
fn key_map<'k>(
    out: &mut Output,
    name: &str,
    ty: &str,
    entries: impl Iterator<Item = (&'k str, String)>,
) {
    let mut map = phf_codegen::Map::new();
    for (key, value) in entries {
        map.entry(fingerprint(key.as_bytes()), value);
    }
    emit!(
        out,
        "pub(crate) static {name}: phf::Map<u64, {ty}> = {};",
        map.build()
    );
}
