//! The validated data: what `load` returns and the emitter writes out.

/// A row of `data/economies.csv`.
#[derive(Debug)]
pub struct Economy {
    pub line: usize,
    pub alpha2: String,
    pub variant: String,
    pub name: String,
    pub short_name: String,
    pub name_zh: Option<String>,
}

/// A row of `data/clusters.csv`, with its economies as indexes into
/// [`Model::economies`].
#[derive(Debug)]
pub struct Cluster {
    pub line: usize,
    pub rank: u8,
    pub name: String,
    pub economies: Vec<usize>,
    pub name_zh: Option<String>,
    pub cn_order: Option<u8>,
    pub brief_url: String,
    pub brief_status: String,
    /// The regions its official name lists, as indexes into
    /// [`Model::regions`] (filled in once the regions are read).
    pub regions: Vec<usize>,
    /// Latitude and longitude in degrees (filled in from
    /// `data/locations.csv`).
    pub location: Option<(f64, f64)>,
}

/// A row of `data/regions.csv`: a part of an economy that qualifies a
/// place name (`Boston, MA`).
#[derive(Debug)]
pub struct Region {
    pub line: usize,
    /// Index into [`Model::economies`].
    pub economy: usize,
    pub code: String,
    pub name: String,
}

/// A key a place may be qualified with, and what it may mean: an economy,
/// a region, or both (`CA` is Canada and California).
#[derive(Debug)]
pub struct Qualifier {
    pub key: String,
    pub economy: Option<usize>,
    pub region: Option<usize>,
}

/// Where a lookup key comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySource {
    Name,
    ChineseName,
    Alias,
}

/// A normalized lookup key and what it finds: a cluster's rank, or an
/// economy's index in [`Model::economies`].
#[derive(Debug)]
pub struct Key {
    /// The key, normalized.
    pub key: String,
    /// The spelling in the data file it comes from.
    #[allow(dead_code)] // read by the tests
    pub text: String,
    pub target: usize,
    pub source: KeySource,
    pub file: &'static str,
    pub line: usize,
}

/// An alias that normalizes to another cluster's official name, which
/// wins; listed in the generated file.
#[derive(Debug)]
pub struct Shadowed {
    pub alias: String,
    /// The alias's key, which is also the winner's.
    pub key: String,
    /// Its line in `data/aliases.csv`.
    pub line: usize,
    pub rank: u8,
    pub winner: u8,
}

/// The validated data.
#[derive(Debug)]
pub struct Model {
    pub economies: Vec<Economy>,
    /// In rank order: `clusters[r - 1].rank == r`.
    pub clusters: Vec<Cluster>,
    /// Cluster keys (targets are ranks), sorted by key.
    pub keys: Vec<Key>,
    pub shadowed: Vec<Shadowed>,
    /// Economy keys (targets are indexes into `economies`), sorted by key.
    pub economy_keys: Vec<Key>,
    pub regions: Vec<Region>,
    /// Region keys (targets are indexes into `regions`), sorted by key.
    pub region_keys: Vec<Key>,
}

impl Model {
    /// The national rank of `cluster` in each of its economies: China's
    /// from the Chinese list's 序号, every other one its position among
    /// the economy's clusters in rank order.
    pub fn national_ranks(&self, cluster: &Cluster) -> Vec<u8> {
        cluster
            .economies
            .iter()
            .map(|&e| match cluster.cn_order {
                Some(order) if self.economies[e].alpha2 == super::CHINA => order,
                _ => {
                    let position = self
                        .clusters
                        .iter()
                        .filter(|o| o.economies.contains(&e) && o.rank <= cluster.rank)
                        .count();
                    u8::try_from(position).unwrap_or(u8::MAX)
                }
            })
            .collect()
    }

    /// The ranks of the clusters of economy `e`, in rank order.
    pub fn members(&self, e: usize) -> impl Iterator<Item = u8> + '_ {
        self.clusters
            .iter()
            .filter(move |c| c.economies.contains(&e))
            .map(|c| c.rank)
    }

    /// The length in bytes of the longest key of a cluster or an
    /// economy: the one bound every unqualified query is held to.
    pub fn longest_key(&self) -> usize {
        self.keys
            .iter()
            .chain(&self.economy_keys)
            .map(|k| k.key.len())
            .max()
            .unwrap_or(0)
    }

    /// The economy and region keys merged, sorted by key: what a
    /// qualifier may mean.
    pub fn qualifiers(&self) -> Vec<Qualifier> {
        let mut merged: std::collections::BTreeMap<&str, Qualifier> = Default::default();
        for (key, is_region) in self
            .economy_keys
            .iter()
            .map(|k| (k, false))
            .chain(self.region_keys.iter().map(|k| (k, true)))
        {
            let entry = merged.entry(&key.key).or_insert_with(|| Qualifier {
                key: key.key.clone(),
                economy: None,
                region: None,
            });
            if is_region {
                entry.region = Some(key.target);
            } else {
                entry.economy = Some(key.target);
            }
        }
        merged.into_values().collect()
    }

    /// The rank of the cluster whose alias `key` is, when another
    /// cluster's official name took the key.
    pub fn shadowed_rank(&self, key: &str) -> Option<u8> {
        self.shadowed.iter().find(|s| s.key == key).map(|s| s.rank)
    }
}
