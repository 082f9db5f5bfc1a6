//! A small valid data set for the validator tests, which change one
//! thing in it and check the messages.

use super::load::{Model, Sources, load};

pub const ECONOMIES: &str = "alpha2,variant,name,short_name,name_zh
CN,China,China,China,中国
DE,Germany,Germany,Germany,德国
HK,HongKong,\"Hong Kong, China\",Hong Kong,中国香港
US,UnitedStates,United States,United States,美国
";

pub const ECONOMY_NAMES: &str = "alpha2,name,kind
DE,Deutschland,endonym
US,America,english
CN,CHN,alpha3
DE,DEU,alpha3
HK,HKG,alpha3
US,USA,alpha3
";

/// The alpha-3 rows of [`ECONOMY_NAMES`], which every economy needs: for
/// tests that write economy names of their own.
pub const ALPHA3: &str = "CN,CHN,alpha3
DE,DEU,alpha3
HK,HKG,alpha3
US,USA,alpha3
";

pub const CLUSTERS: &str = "rank,name,economies,name_zh,cn_order,brief_url,brief_status
1,Shenzhen–Hong Kong–Guangzhou,CN/HK,香港,1,https://www.wipo.int/global_innovation_index/en/docs/2023/cn-hk-shenzhen.pdf,published
2,Beijing,CN,北京,2,https://www.wipo.int/global_innovation_index/en/docs/2023/cn-beijing.pdf,published
3,\"Boston–Cambridge, MA\",US,,,https://www.wipo.int/global_innovation_index/en/docs/2023/us-boston-cambridge.pdf,published
4,Cambridge,DE,,,https://www.wipo.int/global_innovation_index/en/docs/2023/de-cambridge.pdf,inferred
";

pub const CITY_NAMES: &str = "rank,name,kind,lang,geonameid
";

pub const ALIAS_CITIES: &str = "rank,alias,geonameid
1,深圳,1795565
";

pub const NAMESAKES: &str =
    "rank,name,namesake,country,region,geonameid,population,own,km,place_population
";

pub const LOCATIONS: &str = "rank,city,latitude,longitude,geonameid
1,Shenzhen,22.5455,114.0683,1795565
2,Beijing,39.9075,116.3972,1816670
3,Boston,42.3584,-71.0598,4930956
4,Cambridge,52.2000,0.1167,2653941
";

pub const REGIONS: &str = "economy,code,name,kind
US,MA,Massachusetts,iso
US,DC,District of Columbia,iso
US,DC,Washington DC,en
CN,BJ,Beijing Shi,iso
CN,BJ,北京,zh
";

pub const CLUSTER_REGIONS: &str = "rank,region,city,geonameid
2,CN-BJ,Beijing,1816670
3,US-MA,Boston,4930956
";

pub const ALIASES: &str = "rank,alias,kind,lang,component
1,Shenzhen,wipo,,yes
1,深圳,own,zh,
3,Boston,wipo,,yes
3,Cambridge,wipo,,yes
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
