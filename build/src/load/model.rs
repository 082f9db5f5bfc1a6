//! The validated data: what `load` returns and the emitter writes out.

/// A row of `data/economies.csv`.
#[derive(Debug)]
pub struct Economy {
    pub line: usize,
    pub alpha2: String,
    /// Its ISO 3166-1 alpha-3 code, from `data/economy_names.csv`.
    pub alpha3: String,
    pub name: String,
    pub short_name: String,
    pub name_zh: String,
}

/// A row of `data/clusters.csv`, with its economies as indexes into
/// [`Model::economies`].
#[derive(Debug)]
pub struct Cluster {
    pub line: usize,
    /// WIPO's id of the cluster: its brief's slug (`cn-beijing`), which
    /// every other data file joins on.
    pub id: String,
    pub rank: u8,
    pub name: String,
    pub economies: Vec<usize>,
    pub name_zh: Option<String>,
    pub cn_order: Option<u8>,
    pub brief_url: String,
    pub brief_status: String,
    /// The regions it lies in, as indexes into [`Model::regions`] (filled
    /// in from `data/cluster_regions.csv`).
    pub regions: Vec<usize>,
    /// The regions among them that are the city for `locate`
    /// (`data/city_regions.csv`).
    pub city_regions: Vec<usize>,
    /// Latitude and longitude in degrees (filled in from
    /// `data/locations.csv`).
    pub location: Option<(f64, f64)>,
    /// Its cities, as its official name or a component writes them, each
    /// with its GeoNames id and region (from `data/cluster_regions.csv`).
    pub cities: Vec<City>,
}

/// A city of a cluster, from `data/cluster_regions.csv`.
#[derive(Debug)]
pub struct City {
    /// The city's key (`cambridge`), as the official name or a component
    /// writes it.
    pub normalized: String,
    pub geonameid: u64,
    /// Index into [`Model::regions`].
    pub region: usize,
}

pub use gii_clusters_keys::NameKind;

/// Where a place lies: a region, or an economy where its region is not
/// known (then every region of that economy may hold it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    /// Index into [`Model::regions`].
    Region(usize),
    /// Index into [`Model::economies`].
    Economy(usize),
}

/// What a qualifier is checked against for one rank a key names: where
/// the city it names lies (none: wherever the cluster lies), and where
/// its namesakes that count lie (`data/namesakes.csv`), which a qualifier
/// must rule out.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash)]
pub struct Placement {
    pub places: Vec<Place>,
    pub namesakes: Vec<Place>,
}

/// The rows of one region in `data/regions.csv`: a part of an economy
/// that qualifies a place name (`Boston, MA`), by its code and names.
#[derive(Debug)]
pub struct Region {
    /// The line of its first row.
    pub line: usize,
    /// Index into [`Model::economies`].
    pub economy: usize,
    pub code: String,
    /// Its names, each with its line.
    pub names: Vec<(String, usize)>,
}

/// A key a place may be qualified with, and what it may mean: an economy,
/// regions, or both (`CA` is Canada and California; `SH` is Shanghai and
/// Schleswig-Holstein).
#[derive(Debug)]
pub struct Qualifier<'m> {
    /// Its key, the model's own.
    pub normalized: &'m str,
    pub economy: Option<usize>,
    /// Indexes into [`Model::regions`], in order.
    pub regions: Vec<usize>,
}

/// Where a lookup key comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySource {
    Name,
    ChineseName,
    Alias,
}

/// What a key finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A cluster, by rank.
    Cluster(u8),
    /// An economy, by index in [`Model::economies`].
    Economy(usize),
    /// A region, by index in [`Model::regions`].
    Region(usize),
}

impl Target {
    /// The rank, for a cluster's key.
    #[must_use]
    pub fn rank(self) -> Option<u8> {
        match self {
            Target::Cluster(rank) => Some(rank),
            _ => None,
        }
    }

    /// The index in [`Model::economies`], for an economy's key.
    #[must_use]
    pub fn economy(self) -> Option<usize> {
        match self {
            Target::Economy(index) => Some(index),
            _ => None,
        }
    }

    /// The index in [`Model::regions`], for a region's key.
    #[must_use]
    pub fn region(self) -> Option<usize> {
        match self {
            Target::Region(index) => Some(index),
            _ => None,
        }
    }
}

/// A spelling of the data (a name, alias, code or region name), its
/// key, and what the key finds.
#[derive(Debug)]
pub struct Spelling {
    /// The spelling, normalized: what a query must normalize to.
    pub normalized: String,
    /// The spelling as the data file writes it.
    pub text: String,
    pub target: Target,
    pub source: KeySource,
    pub file: &'static str,
    pub line: usize,
    /// What the name is (a cluster key's; `Wipo` for an economy's or
    /// region's).
    pub kind: NameKind,
    /// The GeoNames id of the city it names, for a row of
    /// `data/city_names.csv`.
    pub geonameid: Option<u64>,
    /// Found only with a qualifier (`Durham, NC`): a namesake far away
    /// counts against it (`data/namesakes.csv`).
    pub qualified_only: bool,
    /// Where its cluster's place and namesakes lie, for a qualifier.
    pub placement: Placement,
    /// A spelling `suggest` may offer: every key but GeoNames' alternate
    /// names in other languages (`und-*` in `data/city_names.csv`), which
    /// are found as written but would turn a typo into another cluster's
    /// obscure name (`Chengu` is Chengdu, not Zhengzhou's old name Cheng).
    pub suggested: bool,
}

/// An alias whose key is another cluster's official name: the name wins
/// the key, and the alias's rank stays beside it for a qualifier to
/// choose (`Cambridge, MA`). Listed in the generated file.
#[derive(Debug)]
pub struct AliasRank {
    pub alias: String,
    /// The alias's key, which is also the winner's.
    pub normalized: String,
    /// Its line in `data/aliases.csv`.
    pub line: usize,
    /// The rank the alias gives.
    pub rank: u8,
    /// The rank whose official name the key is.
    pub winner: u8,
    pub kind: NameKind,
    /// Where the alias's place and namesakes lie, for a qualifier.
    pub placement: Placement,
}

/// The validated data.
#[derive(Debug)]
pub struct Model {
    pub economies: Vec<Economy>,
    /// In rank order: `clusters[r - 1].rank == r`.
    pub clusters: Vec<Cluster>,
    /// Cluster keys, sorted by key.
    pub keys: Vec<Spelling>,
    pub alias_ranks: Vec<AliasRank>,
    /// Economy keys, sorted by key.
    pub economy_keys: Vec<Spelling>,
    pub regions: Vec<Region>,
    /// Region keys, sorted by key.
    pub region_keys: Vec<Spelling>,
}

impl Model {
    /// The national rank of `cluster` in each of its economies: China's
    /// from the Chinese list's 序号, every other one its position among
    /// the economy's clusters in rank order (at most its rank, a `u8`:
    /// `None` would be a bug).
    #[must_use]
    pub fn national_ranks(&self, cluster: &Cluster) -> Option<Vec<u8>> {
        cluster
            .economies
            .iter()
            .map(|&e| match cluster.cn_order {
                Some(order) if self.economies.get(e)?.alpha2 == super::CHINA_ALPHA2 => Some(order),
                _ => {
                    let position = self
                        .clusters
                        .iter()
                        .filter(|o| o.economies.contains(&e) && o.rank <= cluster.rank)
                        .count();
                    u8::try_from(position).ok()
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

    /// The economy and region keys merged, sorted by key: what a
    /// qualifier may mean.
    #[must_use]
    pub fn qualifiers(&self) -> Vec<Qualifier<'_>> {
        let mut merged = std::collections::BTreeMap::<&str, Qualifier>::new();
        for key in self.economy_keys.iter().chain(&self.region_keys) {
            let entry = merged.entry(&key.normalized).or_insert_with(|| Qualifier {
                normalized: &key.normalized,
                economy: None,
                regions: Vec::new(),
            });
            entry.economy = entry.economy.or(key.target.economy());
            entry.regions.extend(key.target.region());
        }
        let mut qualifiers: Vec<Qualifier> = merged.into_values().collect();
        for q in &mut qualifiers {
            q.regions.sort_unstable();
            q.regions.dedup();
        }
        qualifiers
    }

    /// The alpha-2 code of the economy of index `e`.
    #[must_use]
    pub fn alpha2(&self, e: usize) -> Option<&str> {
        self.economies.get(e).map(|e| e.alpha2.as_str())
    }

    /// The ISO 3166-2 code of the region of index `r` (`US-MA`).
    #[must_use]
    pub fn region_code(&self, r: usize) -> Option<String> {
        let region = self.regions.get(r)?;
        Some(format!("{}-{}", self.alpha2(region.economy)?, region.code))
    }

    /// The alias of a key whose official name won it: the cluster whose
    /// alias `normalized` is, when another cluster's official name won it.
    #[must_use]
    pub fn alias(&self, normalized: &str) -> Option<&AliasRank> {
        self.alias_ranks.iter().find(|a| a.normalized == normalized)
    }
}
