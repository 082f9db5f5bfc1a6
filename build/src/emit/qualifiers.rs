//! The qualifiers' tables: the qualifier map (economy keys are
//! qualifiers too), its filters, the economy of each pair of letters, the
//! regions of each cluster, and the qualifiers by length for `suggest`.

use super::output::{Output, emit};
use super::region_lists::RegionLists;
use super::{KeyTable, Result, alpha2, bitset, key_map, region_code};
use crate::load::Model;
use crate::load::model::{Cluster, Qualifier};
use gii_clusters_keys::fingerprint::{QUALIFIER_FILTER_BITS, filter_bit, fingerprint, letter_pair};

/// The qualifier map (economy keys are qualifiers too, and the economy
/// lookup reads it), and the regions each cluster lies in: both hold
/// lists of regions, stored once each in `REGION_LISTS`.
pub(super) fn qualifiers(out: &mut Output, model: &Model, keys: &KeyTable<'_>) -> Result {
    let qualifiers = model.qualifiers();
    let mut lists = RegionLists::default();
    let entries: Vec<(&str, String)> = qualifiers
        .iter()
        .map(|q| {
            let economy = match q.economy {
                Some(e) => format!("Some(economy!({:?}))", alpha2(model, e)?),
                None => "None".to_owned(),
            };
            let value = format!(
                "Qualifier {{ key: KeyId({}), economy: {economy}, regions: {} }}",
                keys.id(q.normalized)?,
                lists.add(&q.regions)
            );
            Ok((q.normalized, value))
        })
        .collect::<Result<_>>()?;
    key_map(out, "QUALIFIER_KEYS", "Qualifier", entries.into_iter())?;
    economy_pairs(out, model)?;
    let bits = qualifiers
        .iter()
        .map(|q| filter_bit(fingerprint(q.normalized.as_bytes()), QUALIFIER_FILTER_BITS));
    bitset(out, "QUALIFIER_FILTER", QUALIFIER_FILTER_BITS, bits)?;
    qualifiers_by_length(out, &qualifiers, keys)?;
    cluster_regions(out, model, &mut lists, "CLUSTER_REGIONS", |c| &c.regions)?;
    cluster_regions(out, model, &mut lists, "CLUSTER_CITY_REGIONS", |c| {
        &c.city_regions
    })?;
    emit!(out, "");
    lists.write(out, model)
}

/// The economy of every key of two ASCII letters (the alpha-2 codes, `uk`),
/// by `letter_pair`: `Economy::from_str` answers a code from this table,
/// without hashing.
fn economy_pairs(out: &mut Output, model: &Model) -> Result {
    let mut pairs = vec!["None".to_owned(); letter_pair(b'z', b'z') + 1];
    for key in &model.economy_keys {
        if let (&[a, b], Some(e)) = (key.normalized.as_bytes(), key.target.economy()) {
            if a.is_ascii_lowercase() && b.is_ascii_lowercase() {
                let pair = pairs
                    .get_mut(letter_pair(a, b))
                    .ok_or("a pair of letters past the table")?;
                *pair = format!("Some(economy!({:?}))", alpha2(model, e)?);
            }
        }
    }
    emit!(
        out,
        "pub(crate) static ECONOMY_PAIRS: [Option<Economy>; {}] = [",
        pairs.len()
    );
    for (first, row) in (b'a'..=b'z').zip(pairs.chunks(26)) {
        emit!(out, "    // {}a to {}z", first as char, first as char);
        emit!(out, "    {},", row.join(", "));
    }
    emit!(out, "];");
    Ok(())
}

/// The qualifier keys `suggest` reads for a misspelt qualifier, by
/// length in chars (then text), so that it reads only those of a length
/// within reach: those of four chars or more (a shorter one must be
/// written exactly).
fn qualifiers_by_length(
    out: &mut Output,
    qualifiers: &[Qualifier<'_>],
    keys: &KeyTable<'_>,
) -> Result {
    let mut texts: Vec<&str> = qualifiers
        .iter()
        .map(|q| q.normalized)
        .filter(|text| text.chars().count() >= 4)
        .collect();
    texts.sort_by_key(|text| (text.chars().count(), *text));
    emit!(
        out,
        "pub(crate) static QUALIFIERS_BY_LENGTH: [KeyId; {}] = [",
        texts.len()
    );
    for text in texts {
        emit!(out, "    KeyId({}), // {text:?}", keys.id(text)?);
    }
    emit!(out, "];");
    Ok(())
}

/// A list of regions per cluster, in rank order, as `name`: the regions
/// `regions` picks of each.
fn cluster_regions(
    out: &mut Output,
    model: &Model,
    lists: &mut RegionLists,
    name: &str,
    regions: impl Fn(&Cluster) -> &[usize],
) -> Result {
    emit!(out, "");
    emit!(
        out,
        "pub(crate) static {name}: [RegionList; {}] = [",
        model.clusters.len()
    );
    for c in &model.clusters {
        let codes: Vec<String> = regions(c)
            .iter()
            .map(|&r| region_code(model, r))
            .collect::<Result<_>>()?;
        let list = lists.add(regions(c));
        emit!(out, "    {list}, // {}: {}", c.rank, codes.join(" "));
    }
    emit!(out, "];");
    Ok(())
}
