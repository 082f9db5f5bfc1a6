//! The lists of regions of the qualifiers and the clusters, each stored
//! once in `REGION_LISTS`; a `RegionList` is a run of it.

use std::collections::HashMap;

use super::output::{Output, emit};
use crate::load::Model;

/// Lists of regions, each stored once, one after the other.
#[derive(Default)]
pub struct RegionLists {
    regions: Vec<usize>,
    starts: HashMap<Vec<usize>, usize>,
}

impl RegionLists {
    /// The `RegionList` of `regions`, added if it is new.
    pub fn add(&mut self, regions: &[usize]) -> String {
        let start = *self.starts.entry(regions.to_vec()).or_insert_with(|| {
            self.regions.extend_from_slice(regions);
            self.regions.len() - regions.len()
        });
        format!("RegionList {{ start: {start}, len: {} }}", regions.len())
    }

    pub fn write(&self, out: &mut Output, model: &Model) {
        emit!(
            out,
            "pub(crate) static REGION_LISTS: [u16; {}] = [",
            self.regions.len()
        );
        for &r in &self.regions {
            let region = &model.regions[r];
            let economy = &model.economies[region.economy].alpha2;
            emit!(
                out,
                "    {r}, // {economy}-{} {}",
                region.code,
                region.names[0].0
            );
        }
        emit!(out, "];");
    }
}
