//! Reads the tables of `data/` and validates them into a [`Model`].
//!
//! Every function takes file *contents*, not paths, so that tests can feed
//! small bad inputs; every problem is collected and reported at once as
//! `file:line: message`.

pub mod city_regions;
pub mod clusters;
pub mod csv;
pub mod economies;
pub mod economy_names;
pub mod error;
pub mod keys;
pub mod locations;
pub mod model;
pub mod namesakes;
pub mod placements;
pub mod regions;
pub mod towns;
pub mod vocabulary;

pub use error::DataError;
pub use model::Model;

/// The economy whose clusters carry the Chinese list's national order (序号).
pub const CHINA_ALPHA2: &str = "CN";

/// The data files, as named in messages, in the order [`load`] takes them.
pub const FILES: [&str; 12] = [
    economies::FILE,
    economy_names::FILE,
    clusters::FILE,
    keys::ALIASES_FILE,
    keys::CITY_NAMES_FILE,
    placements::ALIAS_CITIES_FILE,
    namesakes::FILE,
    regions::FILE,
    regions::CLUSTERS_FILE,
    locations::FILE,
    towns::FILE,
    city_regions::FILE,
];

/// The contents of the data files, in the order of [`FILES`].
pub struct Sources<'a> {
    pub economies: &'a str,
    pub economy_names: &'a str,
    pub clusters: &'a str,
    pub aliases: &'a str,
    pub city_names: &'a str,
    pub alias_cities: &'a str,
    pub namesakes: &'a str,
    pub regions: &'a str,
    pub cluster_regions: &'a str,
    pub locations: &'a str,
    pub towns: &'a str,
    pub city_regions: &'a str,
}

impl<'a> From<&'a [String; 12]> for Sources<'a> {
    /// The contents of [`FILES`], in that order.
    fn from(
        [
            economies,
            economy_names,
            clusters,
            aliases,
            city_names,
            alias_cities,
            namesakes,
            regions,
            cluster_regions,
            locations,
            towns,
            city_regions,
        ]: &'a [String; 12],
    ) -> Self {
        Sources {
            economies,
            economy_names,
            clusters,
            aliases,
            city_names,
            alias_cities,
            namesakes,
            regions,
            cluster_regions,
            locations,
            towns,
            city_regions,
        }
    }
}

/// Economy and region keys are one map of qualifiers: two different keys
/// of it sharing one map hash would make one unreachable, and the map's
/// generator stop. Each set is checked alone where it is built; this
/// checks a region key against the economy keys (a key that is both,
/// `ca`, is one key of the map).
fn check_qualifier_fingerprints(
    economies: &[model::Spelling],
    regions: &[model::Spelling],
    errors: &mut error::Errors,
) {
    use gii_clusters_keys::fingerprint::{fingerprint, map_hash};
    let of = |key: &model::Spelling| map_hash(fingerprint(key.normalized.as_bytes()));
    let by_map_key: std::collections::HashMap<u32, &model::Spelling> =
        economies.iter().map(|key| (of(key), key)).collect();
    for region in regions {
        if let Some(economy) = by_map_key.get(&of(region)) {
            if economy.normalized != region.normalized {
                let message = format!(
                    "key {:?} has the same fingerprint as the economy key {:?}; change the fingerprint function",
                    region.normalized, economy.normalized
                );
                errors.add(region.file, region.line, message);
            }
        }
    }
}

/// Parses and validates the data files.
///
/// # Errors
///
/// Every problem found, each at its `file:line`.
pub fn load(sources: &Sources<'_>) -> Result<Model, Vec<DataError>> {
    let mut errors = error::Errors::default();
    let mut economies = economies::load(sources.economies, &mut errors);
    let mut clusters = clusters::load(sources.clusters, &economies, &mut errors);
    let regions = regions::load(sources.regions, &economies, &mut errors);
    regions::of_clusters(
        sources.cluster_regions,
        &mut clusters,
        (&economies, &regions),
        &mut errors,
    );
    locations::load(sources.locations, &mut clusters, &mut errors);
    city_regions::load(
        sources.city_regions,
        &mut clusters,
        (&economies, &regions),
        &mut errors,
    );
    let towns = towns::load(
        sources.towns,
        &mut clusters,
        (&economies, &regions),
        &mut errors,
    );
    let (mut keys, mut alias_ranks) = keys::cluster_keys(
        &clusters,
        (sources.aliases, sources.city_names, towns),
        &mut errors,
    );
    namesakes::apply(
        sources.namesakes,
        &clusters,
        (&mut keys, &mut alias_ranks),
        (&economies, &regions),
        &mut errors,
    );
    placements::assign(
        sources.alias_cities,
        &clusters,
        (&mut keys, &mut alias_ranks),
        &mut errors,
    );
    keys::check_exact_names(&clusters, &mut errors);
    let economy_name_rows = economy_names::rows(sources.economy_names, &mut errors);
    economies::assign_alpha3(
        &mut economies,
        &economy_name_rows,
        economy_names::FILE,
        &mut errors,
    );
    let economy_keys = economy_names::economy_keys(&economies, &economy_name_rows, &mut errors);
    let region_keys = regions::region_keys(&regions, &mut errors);
    check_qualifier_fingerprints(&economy_keys, &region_keys, &mut errors);
    if errors.0.is_empty() {
        Ok(Model {
            economies,
            clusters,
            keys,
            alias_ranks,
            economy_keys,
            regions,
            region_keys,
        })
    } else {
        Err(errors.0)
    }
}
