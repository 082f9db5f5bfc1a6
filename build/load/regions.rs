//! `data/regions.csv`: the parts of an economy a place may be qualified
//! with (US states, the nations of the United Kingdom), and which of them
//! each cluster's official name lists.

use super::clusters;
use super::csv;
use super::error::Errors;
use super::model::{Cluster, Economy, Region};

pub const FILE: &str = "data/regions.csv";
const COLUMNS: [&str; 3] = ["economy", "code", "name"];

/// A cluster's regions are bits of a `u64`.
const MAX_REGIONS: usize = 64;

/// Reads and checks the region table: a known economy, a code of two or
/// three capital letters, a name, and no code twice in one economy.
pub fn load(text: &str, economies: &[Economy], errors: &mut Errors) -> Vec<Region> {
    let mut regions: Vec<Region> = Vec::new();
    for row in csv::read(FILE, text, COLUMNS, errors) {
        let [economy, code, name] = row.fields.each_ref().map(|f| f.trim());
        let line = row.line;
        let Some(economy) = economies.iter().position(|e| e.alpha2 == economy) else {
            errors.add(FILE, line, format!("unknown economy code {economy:?}"));
            continue;
        };
        if !(2..=3).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            errors.add(
                FILE,
                line,
                format!("region code {code:?} is not 2 or 3 capital letters"),
            );
            continue;
        }
        if name.is_empty() {
            errors.add(FILE, line, "empty region name");
        }
        if let Some(first) = regions
            .iter()
            .find(|r| r.economy == economy && r.code == code)
        {
            let first = first.line;
            errors.add(
                FILE,
                line,
                format!("duplicate region {code} (first on line {first})"),
            );
            continue;
        }
        regions.push(Region {
            line,
            economy,
            code: code.to_owned(),
            name: name.to_owned(),
        });
    }
    if regions.len() > MAX_REGIONS {
        errors.add(FILE, 1, format!("more than {MAX_REGIONS} regions"));
    }
    regions
}

/// The regions a cluster's official name lists, as indexes into
/// `regions`: the code after the last comma of each of its parts
/// (`"Washington, DC–Baltimore, MD"` lists DC and MD). A listed code that
/// is no region of the cluster's economies is an error.
pub fn of_cluster(cluster: &Cluster, regions: &[Region], errors: &mut Errors) -> Vec<usize> {
    let mut found = Vec::new();
    for part in cluster.name.split('–') {
        let Some((_, code)) = part.rsplit_once(", ") else {
            continue;
        };
        match regions
            .iter()
            .position(|r| r.code == code && cluster.economies.contains(&r.economy))
        {
            Some(i) => found.push(i),
            None => errors.add(
                clusters::FILE,
                cluster.line,
                format!(
                    "{:?} names {code:?}, which is no region of its economies in {FILE}",
                    cluster.name
                ),
            ),
        }
    }
    found
}
