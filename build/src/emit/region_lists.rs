//! The lists of regions of the qualifiers and the clusters, each stored
//! once in `REGION_LISTS`; a `RegionList` is a run of it.

use super::output::{Output, emit};
use super::runs::Runs;
use super::{Result, region_code};
use crate::load::Model;

/// Lists of regions, each stored once, one after the other.
#[derive(Default)]
pub struct RegionLists {
    runs: Runs,
}

impl RegionLists {
    /// The `RegionList` of `regions`, added if it is new.
    pub fn add(&mut self, regions: &[usize]) -> String {
        let start = self.runs.add(regions);
        format!("RegionList {{ start: {start}, len: {} }}", regions.len())
    }

    pub fn write(&self, out: &mut Output, model: &Model) -> Result {
        emit!(
            out,
            "pub(crate) static REGION_LISTS: [u16; {}] = [",
            self.runs.values().len()
        );
        for &r in self.runs.values() {
            let name = model.regions.get(r).and_then(|region| region.names.first());
            let name = name.map_or("", |(name, _)| name.as_str());
            emit!(out, "    {r}, // {} {name}", region_code(model, r)?);
        }
        emit!(out, "];");
        Ok(())
    }
}
