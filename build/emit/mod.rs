//! Writes the validated model out as data the library includes: the
//! economy table (rows for the `economies!` macro of `src/economy.rs`) and
//! the cluster table with its key maps (`src/tables.rs`). Types, derives,
//! docs and impls live in `src/`; what is written here is only rows.

mod key_facts;
mod output;
mod qualifiers;
mod region_lists;
mod runs;

use std::collections::HashMap;
use std::io;
use std::path::Path;

use crate::load::Model;
use crate::load::fingerprint::{
    FIRST_WORD_FILTER_BITS, KEY_FILTER_BITS, SHAPE_BITS, filter_bit, fingerprint, letter_counts,
    map_key, shape_bit,
};
use crate::load::model::{Key, Placement};
use key_facts::KeyFacts;
use output::{Output, emit};

/// Writes `economies.rs` and `tables.rs` into `out_dir`.
pub fn write(model: &Model, out_dir: &Path) -> io::Result<()> {
    economies(model).finish(&out_dir.join("economies.rs"))?;
    tables(model).finish(&out_dir.join("tables.rs"))
}

/// One row per economy: alpha-2, alpha-3, variant, WIPO name, short name,
/// Chinese name, and the indexes (rank - 1) of its clusters in rank order.
fn economies(model: &Model) -> Output {
    let mut out = Output::new("data/economies.csv");
    emit!(out, "economies! {{");
    for (i, e) in model.economies.iter().enumerate() {
        let members: Vec<String> = model.members(i).map(|r| (r - 1).to_string()).collect();
        emit!(
            out,
            "    {:?} {:?} {} {:?} {:?} {:?}, [{}];",
            e.alpha2,
            e.alpha3,
            e.variant,
            e.name,
            e.short_name,
            e.name_zh,
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
    for a in &model.alias_ranks {
        emit!(
            out,
            "// Left out: {:?} (alias of rank {}) finds rank {}, whose official name it is.",
            a.alias,
            a.rank,
            a.winner
        );
    }
    let keys = KeyTable::of(model);
    keys.write(&mut out, model);
    exact_names(&mut out, model);
    qualifiers::qualifiers(&mut out, model, &keys);
    out
}

/// Every key once, as `KEY_TEXT` and `KEY_ENDS`: first the cluster keys
/// `suggest` reads, in the order it reads them (ASCII keys by length, then
/// the others by length in chars), then the other cluster keys, then the
/// keys that are only qualifiers. Every map stores a key's index in it,
/// never the key again.
struct KeyTable<'m> {
    /// The cluster keys, in `suggest`'s order: the first of `KEY_TEXT`.
    clusters: Vec<&'m Key>,
    /// How many of `clusters` are ASCII and suggested (they come first).
    ascii_cluster_keys: usize,
    /// How many of `clusters` are suggested (the ASCII ones among them).
    suggested_cluster_keys: usize,
    /// Every key's text, the cluster keys' first, and its index.
    ids: HashMap<&'m str, usize>,
    /// Every key's text, in order.
    texts: Vec<&'m str>,
}

impl<'m> KeyTable<'m> {
    fn of(model: &'m Model) -> KeyTable<'m> {
        let mut clusters: Vec<&Key> = model.keys.iter().collect();
        clusters.sort_by_key(|k| {
            let text = k.normalized.as_str();
            (!k.suggested, !text.is_ascii(), text.chars().count(), text)
        });
        let suggested_cluster_keys = clusters.iter().filter(|k| k.suggested).count();
        let ascii_cluster_keys = clusters
            .iter()
            .filter(|k| k.suggested && k.normalized.is_ascii())
            .count();
        let mut texts: Vec<&str> = clusters.iter().map(|k| k.normalized.as_str()).collect();
        let mut qualifiers: Vec<&str> = model
            .economy_keys
            .iter()
            .chain(&model.region_keys)
            .map(|k| k.normalized.as_str())
            .collect();
        qualifiers.sort_unstable();
        qualifiers.dedup();
        let mut ids: HashMap<&str, usize> =
            texts.iter().enumerate().map(|(i, &t)| (t, i)).collect();
        for text in qualifiers {
            if !ids.contains_key(text) {
                ids.insert(text, texts.len());
                texts.push(text);
            }
        }
        KeyTable {
            clusters,
            ascii_cluster_keys,
            suggested_cluster_keys,
            ids,
            texts,
        }
    }

    /// The index of `key` among the keys.
    fn id(&self, key: &str) -> usize {
        self.ids.get(key).copied().unwrap_or(usize::MAX)
    }

    /// The keys, what each cluster key finds (`CLUSTER_KEYS`, by index), the
    /// map from a cluster key's fingerprint to its index and its filter,
    /// and the letter counts of the ASCII cluster keys for `suggest`.
    fn write(&self, out: &mut Output, model: &Model) {
        // One text and where each key ends in it: a table of `&str`s would
        // cost 16 bytes a key, and a relocation of 24 more in a PIE binary.
        emit!(out, "pub(crate) static KEY_TEXT: &str = concat!(");
        for (id, key) in self.texts.iter().enumerate() {
            emit!(out, "    {key:?}, // {id}");
        }
        emit!(out, ");");
        let mut end = 0;
        let ends: Vec<String> = self
            .texts
            .iter()
            .map(|k| {
                end += k.len();
                end.to_string()
            })
            .collect();
        emit!(
            out,
            "pub(crate) static KEY_ENDS: [u16; {}] = [",
            self.texts.len()
        );
        for row in ends.chunks(16) {
            emit!(out, "    {},", row.join(", "));
        }
        emit!(out, "];");
        emit!(out, "");
        emit!(
            out,
            "pub(crate) const ASCII_CLUSTER_KEYS: usize = {};",
            self.ascii_cluster_keys
        );
        emit!(
            out,
            "pub(crate) const SUGGESTED_CLUSTER_KEYS: usize = {};",
            self.suggested_cluster_keys
        );
        emit!(
            out,
            "pub(crate) static CLUSTER_KEYS: [ClusterKey; {}] = [",
            self.clusters.len()
        );
        let mut facts = KeyFacts::default();
        for key in &self.clusters {
            let alias = model.alias(&key.normalized);
            let alias_rank = alias.map_or("None".to_owned(), |a| format!("Some(rank({}))", a.rank));
            let empty = Placement::default();
            let alias_placement = alias.map_or(&empty, |a| &a.placement);
            emit!(
                out,
                "    ClusterKey {{ rank: {}, alias_rank: {alias_rank}, chars: {}, qualified_only: {}, facts: {} }}, // {:?}",
                key.target.rank().unwrap_or(0),
                key.normalized.chars().count(),
                key.qualified_only,
                facts.add(key.kind, [&key.placement, alias_placement]),
                key.normalized
            );
        }
        emit!(out, "];");
        emit!(out, "");
        facts.write(out, model);
        emit!(out, "");
        let cluster_keys = &self.texts[..self.clusters.len()];
        let ids = cluster_keys
            .iter()
            .enumerate()
            .map(|(id, key)| (*key, format!("KeyId({id})")));
        key_map(out, "CLUSTER_KEY_IDS", "KeyId", ids);
        let bits = cluster_keys
            .iter()
            .map(|k| filter_bit(fingerprint(k.as_bytes()), KEY_FILTER_BITS));
        bitset(out, "KEY_FILTER", KEY_FILTER_BITS, bits);
        let first_words = cluster_keys.iter().map(|k| {
            let first = k.split(' ').next().unwrap_or_default();
            filter_bit(fingerprint(first.as_bytes()), FIRST_WORD_FILTER_BITS)
        });
        bitset(out, "FIRST_WORDS", FIRST_WORD_FILTER_BITS, first_words);
        emit!(out, "");
        emit!(
            out,
            "pub(crate) static ASCII_LETTER_COUNTS: [[u8; 32]; {}] = [",
            self.ascii_cluster_keys
        );
        for key in &cluster_keys[..self.ascii_cluster_keys] {
            emit!(out, "    {:?}, // {key:?}", letter_counts(key.as_bytes()));
        }
        emit!(out, "];");
        emit!(out, "");
    }
}

/// The official and Chinese names exactly as written, keyed by the
/// fingerprint of their bytes, each as its rank and which of the two it
/// is (the text is the cluster's own), with a filter of their shapes and
/// the longest name's length: `by_name` finds a name written exactly so
/// without normalizing it.
fn exact_names(out: &mut Output, model: &Model) {
    let names: Vec<(&str, u8, bool)> = model
        .clusters
        .iter()
        .flat_map(|c| {
            let chinese = c.name_zh.as_deref().map(|zh| (zh, c.rank, true));
            [Some((c.name.as_str(), c.rank, false)), chinese]
        })
        .flatten()
        .collect();
    let longest = names.iter().map(|(n, ..)| n.len()).max().unwrap_or(0);
    emit!(out, "pub(crate) const LONGEST_NAME: usize = {longest};");
    let entries = names.iter().map(|&(name, rank, chinese)| {
        (
            name,
            format!("ExactName {{ rank: {rank}, chinese: {chinese} }}"),
        )
    });
    key_map(out, "EXACT_NAMES", "ExactName", entries);
    let bits = names.iter().map(|(name, ..)| shape_bit(name.as_bytes()));
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

/// A `phf::Map` from each key's map key (its fingerprint's high half) to
/// its value, of type `ty`.
fn key_map<'k>(
    out: &mut Output,
    name: &str,
    ty: &str,
    entries: impl Iterator<Item = (&'k str, String)>,
) {
    let mut map = phf_codegen::Map::new();
    for (key, value) in entries {
        map.entry(map_key(fingerprint(key.as_bytes())), value);
    }
    emit!(
        out,
        "pub(crate) static {name}: phf::Map<u32, {ty}> = {};",
        map.build()
    );
}
