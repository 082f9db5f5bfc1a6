//! What each cluster key is and where it points (its kind, and where
//! its place lies and where its namesakes that count do, for its rank
//! and its alias rank), each once in `KEY_FACTS` (the first, at 0, a
//! WIPO name with no places: most keys' are few), their places in
//! `PLACE_LISTS`, and the economy of each region (`REGION_ECONOMIES`).

use std::collections::HashMap;

use super::output::{Output, emit};
use super::runs::Runs;
use super::{Result, alpha2, region_code};
use crate::load::Model;
use crate::load::model::{NameKind, Place, Placement};

/// A place in `PLACE_LISTS`: a region's index, or this plus an economy's
/// index (`src/tables.rs` reads it back).
const ECONOMY_PLACE: usize = 0x8000;

/// A key's facts: its kind, and its placements for its rank and for its
/// alias rank.
type Facts = (NameKind, [Placement; 2]);

/// The facts of the keys, each once, and their places.
pub struct KeyFacts {
    facts: Vec<Facts>,
    ids: HashMap<Facts, usize>,
}

impl Default for KeyFacts {
    fn default() -> Self {
        let first: Facts = (NameKind::Wipo, Default::default());
        KeyFacts {
            facts: vec![first.clone()],
            ids: HashMap::from([(first, 0)]),
        }
    }
}

impl KeyFacts {
    /// The index of these facts in `KEY_FACTS`, added if they are new.
    pub fn add(&mut self, kind: NameKind, [own, alias]: [&Placement; 2]) -> usize {
        let facts = (kind, [own.clone(), alias.clone()]);
        *self.ids.entry(facts.clone()).or_insert_with(|| {
            self.facts.push(facts);
            self.facts.len() - 1
        })
    }

    pub fn write(&self, out: &mut Output, model: &Model) -> Result {
        let mut runs = Runs::default();
        let mut list = |of: &[Place]| {
            let codes: Vec<usize> = of
                .iter()
                .map(|&p| match p {
                    Place::Region(r) => r,
                    Place::Economy(e) => ECONOMY_PLACE + e,
                })
                .collect();
            let start = runs.add(&codes);
            format!("PlaceList {{ start: {start}, len: {} }}", codes.len())
        };
        let mut placement = |p: &Placement| {
            format!(
                "Placement {{ places: {}, namesakes: {} }}",
                list(&p.places),
                list(&p.namesakes)
            )
        };
        let rows: Vec<String> = self
            .facts
            .iter()
            .map(|(kind, [own, alias])| {
                Ok(format!(
                    "    KeyFacts {{ kind: NameKind::{kind:?}, placements: [{}, {}] }}, // {}; alias: {}",
                    placement(own),
                    placement(alias),
                    describe(model, own)?,
                    describe(model, alias)?
                ))
            })
            .collect::<Result<_>>()?;
        emit!(
            out,
            "pub(crate) static KEY_FACTS: [KeyFacts; {}] = [",
            rows.len()
        );
        for row in rows {
            emit!(out, "{row}");
        }
        emit!(out, "];");
        emit!(out, "");
        let places: Vec<String> = runs.values().iter().map(usize::to_string).collect();
        out.array("PLACE_LISTS", "u16", &places, 16);
        emit!(out, "");
        let economies: Vec<String> = model
            .regions
            .iter()
            .map(|r| Ok(format!("economy!({:?})", alpha2(model, r.economy)?)))
            .collect::<Result<_>>()?;
        out.array("REGION_ECONOMIES", "Economy", &economies, 8);
        Ok(())
    }
}

/// `US-NJ; far: US-OH, GB-ENG`, for the generated file's reader.
fn describe(model: &Model, p: &Placement) -> Result<String> {
    let name = |place: &Place| match *place {
        Place::Region(r) => region_code(model, r),
        Place::Economy(e) => alpha2(model, e).map(str::to_owned),
    };
    let places: Vec<String> = p.places.iter().map(name).collect::<Result<_>>()?;
    let namesakes: Vec<String> = p.namesakes.iter().map(name).collect::<Result<_>>()?;
    Ok(format!(
        "{}; far: {}",
        places.join(", "),
        namesakes.join(", ")
    ))
}
