//! Lists stored once each, one after another in one table (what
//! `REGION_LISTS` and `PLACE_LISTS` hold), each a run of it.

use std::collections::HashMap;

/// The table of lists, and where each list starts in it.
#[derive(Default)]
pub struct Runs {
    values: Vec<usize>,
    starts: HashMap<Vec<usize>, usize>,
}

impl Runs {
    /// Where `list` starts in the table, added if it is new.
    pub fn add(&mut self, list: &[usize]) -> usize {
        *self.starts.entry(list.to_vec()).or_insert_with(|| {
            self.values.extend_from_slice(list);
            self.values.len() - list.len()
        })
    }

    /// The table.
    pub fn values(&self) -> &[usize] {
        &self.values
    }
}
