//! The placements of the cluster keys (where a key's place lies and
//! where its namesakes that count do), each stored once in `PLACEMENTS`
//! (the first, at 0, empty: most keys' own), their places in
//! `PLACE_LISTS`, and the economy of each region (`REGION_ECONOMIES`).

use std::collections::HashMap;

use super::output::{Output, emit};
use crate::load::Model;
use crate::load::model::{Place, Placement};

/// A place in `PLACE_LISTS`: a region's index, or this plus an economy's
/// index (`src/tables.rs` reads it back).
const ECONOMY_PLACE: usize = 0x8000;

/// The placements, each once, and their places.
pub struct Placements {
    placements: Vec<Placement>,
    ids: HashMap<Placement, usize>,
}

impl Default for Placements {
    fn default() -> Self {
        let empty = Placement::default();
        Placements {
            placements: vec![empty.clone()],
            ids: HashMap::from([(empty, 0)]),
        }
    }
}

impl Placements {
    /// The index of `placement` in `PLACEMENTS`, added if it is new.
    pub fn add(&mut self, placement: &Placement) -> usize {
        *self.ids.entry(placement.clone()).or_insert_with(|| {
            self.placements.push(placement.clone());
            self.placements.len() - 1
        })
    }

    pub fn write(&self, out: &mut Output, model: &Model) {
        let mut places: Vec<usize> = Vec::new();
        let mut starts: HashMap<Vec<usize>, usize> = HashMap::new();
        let mut list = |of: &[Place]| {
            let codes: Vec<usize> = of
                .iter()
                .map(|&p| match p {
                    Place::Region(r) => r,
                    Place::Economy(e) => ECONOMY_PLACE + e,
                })
                .collect();
            let start = *starts.entry(codes.clone()).or_insert_with(|| {
                places.extend_from_slice(&codes);
                places.len() - codes.len()
            });
            format!("PlaceList {{ start: {start}, len: {} }}", codes.len())
        };
        let rows: Vec<String> = self
            .placements
            .iter()
            .map(|p| {
                format!(
                    "    Placement {{ places: {}, namesakes: {} }}, // {}",
                    list(&p.places),
                    list(&p.namesakes),
                    describe(model, p)
                )
            })
            .collect();
        emit!(
            out,
            "pub(crate) static PLACEMENTS: [Placement; {}] = [",
            rows.len()
        );
        for row in rows {
            emit!(out, "{row}");
        }
        emit!(out, "];");
        emit!(out, "");
        emit!(
            out,
            "pub(crate) static PLACE_LISTS: [u16; {}] = [",
            places.len()
        );
        for chunk in places.chunks(16) {
            let row: Vec<String> = chunk.iter().map(usize::to_string).collect();
            emit!(out, "    {},", row.join(", "));
        }
        emit!(out, "];");
        emit!(out, "");
        emit!(
            out,
            "pub(crate) static REGION_ECONOMIES: [Economy; {}] = [",
            model.regions.len()
        );
        for chunk in model.regions.chunks(8) {
            let row: Vec<String> = chunk
                .iter()
                .map(|r| format!("Economy::{}", model.economies[r.economy].variant))
                .collect();
            emit!(out, "    {},", row.join(", "));
        }
        emit!(out, "];");
    }
}

/// `US-NJ; far: US-OH, GB-ENG`, for the generated file's reader.
fn describe(model: &Model, p: &Placement) -> String {
    let name = |place: &Place| match *place {
        Place::Region(r) => {
            let region = &model.regions[r];
            format!("{}-{}", model.economies[region.economy].alpha2, region.code)
        }
        Place::Economy(e) => model.economies[e].alpha2.clone(),
    };
    let places: Vec<String> = p.places.iter().map(name).collect();
    let namesakes: Vec<String> = p.namesakes.iter().map(name).collect();
    format!("{}; far: {}", places.join(", "), namesakes.join(", "))
}
