//! A small valid data set for the validator tests, which change one
//! thing in it and check the messages.

use super::load::{Model, Sources, load};

pub const ECONOMIES: &str = "alpha2,name,short_name,name_zh
CN,China,China,中国
DE,Germany,Germany,德国
HK,\"Hong Kong, China\",Hong Kong,中国香港
US,United States,United States,美国
";

pub const ECONOMY_NAMES: &str = "alpha2,name,kind,lang
DE,Deutschland,own,de
US,America,common,en
CN,CHN,alpha3,
DE,DEU,alpha3,
HK,HKG,alpha3,
US,USA,alpha3,
";

/// The alpha-3 rows of [`ECONOMY_NAMES`], which every economy needs: for
/// tests that write economy names of their own.
pub const ALPHA3: &str = "CN,CHN,alpha3,
DE,DEU,alpha3,
HK,HKG,alpha3,
US,USA,alpha3,
";

pub const CLUSTERS: &str = "id,rank,name,alpha2,name_zh,cn_order,brief_url,brief_status
cn-hk-shenzhen,1,Shenzhen–Hong Kong–Guangzhou,CN/HK,香港,1,https://www.wipo.int/global_innovation_index/en/docs/2023/cn-hk-shenzhen.pdf,published
cn-beijing,2,Beijing,CN,北京,2,https://www.wipo.int/global_innovation_index/en/docs/2023/cn-beijing.pdf,published
us-boston-cambridge,3,\"Boston–Cambridge, MA\",US,,,https://www.wipo.int/global_innovation_index/en/docs/2023/us-boston-cambridge.pdf,published
de-cambridge,4,Cambridge,DE,,,https://www.wipo.int/global_innovation_index/en/docs/2023/de-cambridge.pdf,inferred
";

pub const CITY_NAMES: &str = "cluster,name,kind,lang,geonameid
";

pub const ALIAS_CITIES: &str = "cluster,alias,geonameid
cn-hk-shenzhen,深圳,1795565
";

pub const NAMESAKES: &str =
    "cluster,name,namesake,alpha2,region,geonameid,population,own,km,place_population
";

pub const LOCATIONS: &str = "cluster,city,latitude,longitude,geonameid
cn-hk-shenzhen,Shenzhen,22.5455,114.0683,1795565
cn-beijing,Beijing,39.9075,116.3972,1816670
us-boston-cambridge,Boston,42.3584,-71.0598,4930956
de-cambridge,Cambridge,52.2000,0.1167,2653941
";

pub const REGIONS: &str = "alpha2,code,name,lang
US,MA,Massachusetts,
US,DC,District of Columbia,
US,DC,Washington DC,en
CN,BJ,Beijing Shi,
CN,BJ,北京,zh
";

pub const CLUSTER_REGIONS: &str = "cluster,region,city,geonameid
cn-beijing,CN-BJ,Beijing,1816670
us-boston-cambridge,US-MA,Boston,4930956
";

pub const ALIASES: &str = "cluster,alias,kind,lang,component
cn-hk-shenzhen,Shenzhen,wipo,,yes
cn-hk-shenzhen,深圳,own,zh,
us-boston-cambridge,Boston,wipo,,yes
us-boston-cambridge,Cambridge,wipo,,yes
";

pub const TOWNS: &str = "cluster,name,lang,region,geonameid,population,km
us-boston-cambridge,Somerville,,US-MA,4951257,81360,3.9
";

pub const CITY_REGIONS: &str = "cluster,region,farthest,km
cn-beijing,CN-BJ,Badaling,61.7
";

/// The fixture's tables.
pub fn sources() -> Sources<'static> {
    Sources {
        economies: ECONOMIES,
        economy_names: ECONOMY_NAMES,
        clusters: CLUSTERS,
        aliases: ALIASES,
        city_names: CITY_NAMES,
        alias_cities: ALIAS_CITIES,
        namesakes: NAMESAKES,
        regions: REGIONS,
        cluster_regions: CLUSTER_REGIONS,
        locations: LOCATIONS,
        towns: TOWNS,
        city_regions: CITY_REGIONS,
    }
}

/// What `load` makes of `sources`: the model, or every message.
pub fn load_messages(sources: &Sources<'_>) -> Result<Model, Vec<String>> {
    load(sources).map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

/// The messages `load` reports for `sources` (none if they are valid).
pub fn messages(sources: &Sources<'_>) -> Vec<String> {
    load_messages(sources).err().unwrap_or_default()
}
