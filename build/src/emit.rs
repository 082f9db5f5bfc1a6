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
use std::path::Path;

use crate::load::Model;
use crate::load::model::{Placement, Spelling};
use gii_clusters_keys::fingerprint::{
    KEY_FILTER_BITS, SHAPE_BITS, filter_bit, fingerprint, letter_counts, map_hash, shape_bit,
};
use key_facts::KeyFacts;
use output::{Output, emit};

/// What the emitter cannot do, said in a sentence: write a file, or write
/// a model that breaks what loading guarantees (a bug of the build, never
/// written out as a placeholder value).
pub type Result<T = ()> = std::result::Result<T, String>;

/// The alpha-2 code of economy `e`, or the emitter's error.
fn alpha2(model: &Model, e: usize) -> Result<&str> {
    model
        .alpha2(e)
        .ok_or_else(|| format!("economy index {e} names no economy"))
}

/// The ISO 3166-2 code of region `r` (`US-MA`), or the emitter's error.
fn region_code(model: &Model, r: usize) -> Result<String> {
    model
        .region_code(r)
        .ok_or_else(|| format!("region index {r} names no region"))
}

/// Writes `economies.rs` and `tables.rs` into `out_dir`.
///
/// # Errors
///
/// A file that cannot be written, or a model that breaks what
/// [`load`](crate::load) guarantees.
pub fn write(model: &Model, out_dir: &Path) -> Result {
    economies(model).finish(&out_dir.join("economies.rs"))?;
    tables(model)?.finish(&out_dir.join("tables.rs"))
}

/// One row per economy, in alpha-2 order: alpha-2, alpha-3, WIPO name,
/// short name, Chinese name, and the indexes (rank - 1) of its clusters in
/// rank order. The library names the variant of each code.
fn economies(model: &Model) -> Output {
    let mut out = Output::new("data/economies.csv");
    emit!(out, "economies! {{");
    for (i, e) in model.economies.iter().enumerate() {
        let members: Vec<String> = model.members(i).map(|r| (r - 1).to_string()).collect();
        emit!(
            out,
            "    {:?} {:?} {:?} {:?} {:?}, [{}];",
            e.alpha2,
            e.alpha3,
            e.name,
            e.short_name,
            e.name_zh,
            members.join(", ")
        );
    }
    emit!(out, "}}");
    out
}

/// The clusters in rank order, their keys, the key maps and filters.
fn tables(model: &Model) -> Result<Output> {
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
            .map(|&i| Ok(format!("economy!({:?})", alpha2(model, i)?)))
            .collect::<Result<_>>()?;
        let national: Vec<String> = model
            .national_ranks(c)
            .ok_or_else(|| format!("rank {} has no national rank", c.rank))?
            .iter()
            .map(u8::to_string)
            .collect();
        emit!(out, "    Cluster {{");
        emit!(out, "        id: {:?},", c.id);
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
        let (latitude, longitude) = c
            .location
            .ok_or_else(|| format!("rank {} has no location", c.rank))?;
        emit!(
            out,
            "        location: Location {{ latitude: {latitude:?}, longitude: {longitude:?} }},"
        );
        emit!(out, "    }},");
    }
    emit!(out, "];");
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
    keys.write(&mut out, model)?;
    exact_names(&mut out, model)?;
    qualifiers::qualifiers(&mut out, model, &keys)?;
    Ok(out)
}

/// Keys in a block of `KEY_TEXT`: 256 keys of at most `MAX_KEY_BYTES`
/// (64) end within 16 KiB of their block's start, which a `u16` reaches.
const KEY_BLOCK: usize = 256;
const _: () = assert!(KEY_BLOCK * gii_clusters_keys::MAX_KEY_BYTES <= u16::MAX as usize);

/// Every key once, in `KEY_TEXT`: first the cluster keys, each beside
/// what it finds and where its text ends (`FINDINGS`, by key id), then
/// the keys that are only qualifiers (with their ends in
/// `QUALIFIER_KEY_ENDS`), each part sorted by text. Every map stores a
/// key's id, never the key again; `suggest` reads its own tables of ids.
struct KeyTable<'m> {
    /// The cluster keys, in `KEY_TEXT`'s order.
    clusters: Vec<&'m Spelling>,
    /// Every key's text, the cluster keys' first, and its index.
    ids: HashMap<&'m str, usize>,
    /// Every key's text, in order.
    texts: Vec<&'m str>,
}

impl<'m> KeyTable<'m> {
    fn of(model: &'m Model) -> KeyTable<'m> {
        // The model's keys are sorted by key.
        let clusters: Vec<&Spelling> = model.keys.iter().collect();
        let mut texts: Vec<&str> = clusters.iter().map(|k| k.normalized.as_str()).collect();
        let mut ids: HashMap<&str, usize> =
            texts.iter().enumerate().map(|(i, &t)| (t, i)).collect();
        for qualifier in model.qualifiers() {
            let text = qualifier.normalized;
            if !ids.contains_key(text) {
                ids.insert(text, texts.len());
                texts.push(text);
            }
        }
        KeyTable {
            clusters,
            ids,
            texts,
        }
    }

    /// The index of `key` among the keys.
    fn id(&self, key: &str) -> Result<usize> {
        self.ids
            .get(key)
            .copied()
            .ok_or_else(|| format!("{key:?} is not among the keys"))
    }

    /// Where each key ends, from the start of its block of `KEY_BLOCK`
    /// keys, and where each block starts: a block holds at most 256 keys
    /// of `MAX_KEY_BYTES`, so a `u16` always reaches, and the text may be
    /// as long as a `u32` reaches.
    fn ends(&self) -> Result<(Vec<u16>, Vec<u32>)> {
        let (mut ends, mut blocks) = (Vec::new(), Vec::new());
        let (mut start, mut end) = (0usize, 0usize);
        for (id, key) in self.texts.iter().enumerate() {
            if id % KEY_BLOCK == 0 {
                start = end;
                blocks.push(u32::try_from(start).map_err(|_| "the keys' text passes 4 GiB")?);
            }
            end += key.len();
            ends.push(u16::try_from(end - start).map_err(|_| "a block of keys passes 64 KiB")?);
        }
        Ok((ends, blocks))
    }

    /// The keys, what each cluster key finds (`FINDINGS`, by key id), the
    /// map from a cluster key's fingerprint to its id and its filters,
    /// and the keys `suggest` offers.
    fn write(&self, out: &mut Output, model: &Model) -> Result {
        // One text and where each key ends in it: a table of `&str`s would
        // cost 16 bytes a key, and a relocation of 24 more in a PIE binary.
        emit!(out, "pub(crate) static KEY_TEXT: &str = concat!(");
        for (id, key) in self.texts.iter().enumerate() {
            emit!(out, "    {key:?}, // {id}");
        }
        emit!(out, ");");
        let (ends, blocks) = self.ends()?;
        let blocks: Vec<String> = blocks.iter().map(u32::to_string).collect();
        emit!(out, "pub(crate) const KEY_BLOCK: usize = {KEY_BLOCK};");
        emit!(
            out,
            "pub(crate) static KEY_BLOCKS: [u32; {}] = [{}];",
            blocks.len(),
            blocks.join(", ")
        );
        let (cluster_ends, qualifier_ends) = ends
            .split_at_checked(self.clusters.len())
            .ok_or("fewer keys than cluster keys")?;
        let qualifier_ends: Vec<String> = qualifier_ends.iter().map(u16::to_string).collect();
        out.array("QUALIFIER_KEY_ENDS", "u16", &qualifier_ends, 16);
        emit!(out, "");
        emit!(
            out,
            "pub(crate) static FINDINGS: [Finding; {}] = [",
            self.clusters.len()
        );
        let mut facts = KeyFacts::default();
        for (key, end) in self.clusters.iter().zip(cluster_ends) {
            let alias = model.alias(&key.normalized);
            let alias_rank = alias.map_or("None".to_owned(), |a| format!("Some(rank({}))", a.rank));
            let empty = Placement::default();
            let alias_placement = alias.map_or(&empty, |a| &a.placement);
            emit!(
                out,
                "    Finding {{ rank: {}, alias_rank: {alias_rank}, chars: {}, qualified_only: {}, facts: {}, end: {end} }}, // {:?}",
                key.target
                    .rank()
                    .ok_or_else(|| format!("cluster key {:?} finds no cluster", key.normalized))?,
                key.normalized.chars().count(),
                key.qualified_only,
                facts.add(key.kind, [&key.placement, alias_placement]),
                key.normalized
            );
        }
        emit!(out, "];");
        emit!(out, "");
        facts.write(out, model)?;
        emit!(out, "");
        let cluster_keys: Vec<&str> = self
            .clusters
            .iter()
            .map(|k| k.normalized.as_str())
            .collect();
        let ids = cluster_keys
            .iter()
            .enumerate()
            .map(|(id, key)| (*key, format!("KeyId({id})")));
        key_map(out, "CLUSTER_KEY_IDS", "KeyId", ids)?;
        let bits = cluster_keys
            .iter()
            .map(|k| filter_bit(fingerprint(k.as_bytes()), KEY_FILTER_BITS));
        bitset(out, "KEY_FILTER", KEY_FILTER_BITS, bits)?;
        emit!(out, "");
        self.suggestions(out);
        Ok(())
    }

    /// The cluster keys `suggest` offers, by script (ASCII, with the
    /// counts of their letters, and the others), each by length in chars:
    /// it reads only those of a length within reach.
    fn suggestions(&self, out: &mut Output) {
        let mut suggested: Vec<(usize, &str)> = self
            .clusters
            .iter()
            .enumerate()
            .filter(|(_, k)| k.suggested)
            .map(|(id, k)| (id, k.normalized.as_str()))
            .collect();
        suggested.sort_by_key(|&(_, text)| (text.chars().count(), text));
        let (ascii, other): (Vec<_>, Vec<_>) =
            suggested.into_iter().partition(|(_, text)| text.is_ascii());
        emit!(
            out,
            "pub(crate) static ASCII_SUGGESTIONS: [AsciiSuggestion; {}] = [",
            ascii.len()
        );
        for (id, text) in ascii {
            let counts = letter_counts(text.as_bytes());
            emit!(
                out,
                "    AsciiSuggestion {{ key: KeyId({id}), counts: {counts:?} }}, // {text:?}"
            );
        }
        emit!(out, "];");
        emit!(
            out,
            "pub(crate) static OTHER_SUGGESTIONS: [KeyId; {}] = [",
            other.len()
        );
        for (id, text) in other {
            emit!(out, "    KeyId({id}), // {text:?}");
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
fn exact_names(out: &mut Output, model: &Model) -> Result {
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
    key_map(out, "EXACT_NAMES", "ExactName", entries)?;
    let bits = names.iter().map(|(name, ..)| shape_bit(name.as_bytes()));
    bitset(out, "EXACT_FILTER", SHAPE_BITS, bits)?;
    emit!(out, "");
    Ok(())
}

/// A static bitset `name` of `size` bits with `bits` set, as `u64`s.
fn bitset(out: &mut Output, name: &str, size: usize, bits: impl Iterator<Item = usize>) -> Result {
    let mut words = vec![0u64; size / 64];
    for bit in bits {
        let word = words
            .get_mut(bit / 64)
            .ok_or_else(|| format!("bit {bit} is past the {size} bits of {name}"))?;
        *word |= 1 << (bit % 64);
    }
    let words: Vec<String> = words.iter().map(|w| format!("{w:#018x}")).collect();
    emit!(
        out,
        "pub(crate) static {name}: [u64; {}] = [{}];",
        size / 64,
        words.join(", ")
    );
    Ok(())
}

/// A `phf::Map` from each key's map hash (its fingerprint's high half) to
/// its value, of type `ty`. Loading rejects two keys of one map with one
/// map hash, naming their lines; this refuses them again rather than let
/// the map's generator panic.
fn key_map<'k>(
    out: &mut Output,
    name: &str,
    ty: &str,
    entries: impl Iterator<Item = (&'k str, String)>,
) -> Result {
    let mut map = phf_codegen::Map::new();
    let mut seen: HashMap<u32, &str> = HashMap::new();
    for (key, value) in entries {
        let map_hash = map_hash(fingerprint(key.as_bytes()));
        if let Some(other) = seen.insert(map_hash, key) {
            return Err(format!(
                "{name}: {key:?} and {other:?} have one map hash, {map_hash:#010x}"
            ));
        }
        map.entry(map_hash, value);
    }
    emit!(
        out,
        "pub(crate) static {name}: phf::Map<u32, {ty}> = {};",
        map.build()
    );
    Ok(())
}
