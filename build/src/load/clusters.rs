//! `data/clusters.csv`: the ranking itself.

use std::collections::{BTreeMap, HashMap};

use super::csv::{self, optional};
use super::error::Errors;
use super::keys::normalize_key;
use super::model::{Cluster, Economy};
use super::{CHINA_ALPHA2, economies};

pub const FILE: &str = "data/clusters.csv";
const COLUMNS: [&str; 8] = [
    "id",
    "rank",
    "name",
    "alpha2",
    "name_zh",
    "cn_order",
    "brief_url",
    "brief_status",
];

/// Every brief lives here; a URL elsewhere is a transcription error.
const BRIEF_BASE: &str = "https://www.wipo.int/global_innovation_index/en/docs/2023/";
const BRIEF_STATUSES: &[&str] = &["published", "corrected", "inferred"];
/// Economies whose clusters may carry a Chinese name.
const CHINESE_NAMED: &[&str] = &["CN", "HK"];

/// Reads and checks the cluster table: dense ranks in order, known
/// economies, keyable names, Chinese names and 序号 only where they
/// belong, brief URLs under WIPO's folder.
pub fn load(text: &str, economies: &[Economy], errors: &mut Errors) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut rank_lines: HashMap<u8, usize> = HashMap::new();
    let mut cn_order_lines: BTreeMap<u8, usize> = BTreeMap::new();
    for row in csv::read(FILE, text, COLUMNS, errors) {
        let [
            id,
            rank,
            name,
            codes,
            name_zh,
            cn_order,
            brief_url,
            brief_status,
        ] = row.fields.each_ref().map(|f| f.trim());
        let line = row.line;
        let Some(rank) = check_rank(rank, line, row.ordinal, &mut rank_lines, errors) else {
            continue;
        };
        if let Err(message) = normalize_key(name) {
            errors.add(FILE, line, format!("name {message}"));
        }
        // A second row of one id would only add follow-on errors.
        if !check_id(id, brief_url, line, &clusters, errors) {
            continue;
        }
        let (cluster_economies, economies_known) = parse_economies(codes, line, economies, errors);
        let has = |code: &str| {
            cluster_economies
                .iter()
                .any(|&i| economies[i].alpha2 == code)
        };
        // The checks below depend on the economies: they are skipped
        // rather than report follow-on errors of an unknown code.
        let name_zh = optional(name_zh);
        if let Some(zh) = name_zh.as_ref().filter(|_| economies_known) {
            if !CHINESE_NAMED.iter().any(|&c| has(c)) {
                errors.add(
                    FILE,
                    line,
                    format!("Chinese name {zh:?} on a cluster outside CN/HK"),
                );
            }
        }
        let cn_order = match (optional(cn_order), economies_known, has(CHINA_ALPHA2)) {
            (order, false, _) => order.and_then(|o| o.parse().ok()),
            (order, true, in_china) => {
                check_cn_order(order, in_china, line, &mut cn_order_lines, errors)
            }
        };
        let url_checked =
            check_brief_url(brief_url, &cluster_economies, economies, economies_known);
        if let Err(message) = url_checked {
            errors.add(FILE, line, message);
        }
        if !BRIEF_STATUSES.contains(&brief_status) {
            errors.add(
                FILE,
                line,
                format!("brief_status {brief_status:?} is not one of {BRIEF_STATUSES:?}"),
            );
        }
        clusters.push(Cluster {
            line,
            id: id.to_owned(),
            rank,
            name: name.to_owned(),
            economies: cluster_economies,
            name_zh,
            cn_order,
            brief_url: brief_url.to_owned(),
            brief_status: brief_status.to_owned(),
            regions: Vec::new(),
            location: None,
            cities: Vec::new(),
            city_regions: Vec::new(),
        });
    }
    if clusters.is_empty() {
        errors.add(FILE, 1, "no clusters");
    }
    check_cn_orders_dense(&cn_order_lines, errors);
    clusters
}

/// The rank of a row, if it is a new number from 1 to 255; also reports a
/// rank out of order (ranks must be dense, so `rank - 1` indexes them).
fn check_rank(
    rank: &str,
    line: usize,
    ordinal: usize,
    rank_lines: &mut HashMap<u8, usize>,
    errors: &mut Errors,
) -> Option<u8> {
    let rank = match rank.parse::<u8>() {
        Ok(0) | Err(_) => {
            let message = format!("rank {rank:?} is not a number from 1 to 255");
            errors.add(FILE, line, message);
            return None;
        }
        Ok(rank) => rank,
    };
    let first = *rank_lines.entry(rank).or_insert(line);
    if first != line {
        let message = format!("duplicate rank {rank} (first on line {first})");
        errors.add(FILE, line, message);
        return None;
    }
    if usize::from(rank) != ordinal {
        let message = format!(
            "rank {rank} where {ordinal} was expected: ranks must be dense (1, 2, 3, …) and in order"
        );
        errors.add(FILE, line, message);
    }
    Some(rank)
}

/// `CN/HK` → indexes into the economy table, and whether every code was
/// known.
fn parse_economies(
    codes: &str,
    line: usize,
    economies: &[Economy],
    errors: &mut Errors,
) -> (Vec<usize>, bool) {
    let mut found = Vec::new();
    let mut all_known = true;
    for code in codes.split('/').map(str::trim) {
        match economies::index_of(economies, code) {
            None => {
                let message = format!("unknown economy code {code:?} (not in {})", economies::FILE);
                errors.add(FILE, line, message);
                all_known = false;
            }
            Some(i) if found.contains(&i) => {
                errors.add(FILE, line, format!("economy {code} listed twice"));
            }
            Some(i) => found.push(i),
        }
    }
    (found, all_known)
}

/// The Chinese list's 序号: present exactly for China's clusters, and
/// unique.
fn check_cn_order(
    order: Option<String>,
    in_china: bool,
    line: usize,
    cn_order_lines: &mut BTreeMap<u8, usize>,
    errors: &mut Errors,
) -> Option<u8> {
    match (order, in_china) {
        (None, false) => None,
        (Some(order), false) => {
            errors.add(
                FILE,
                line,
                format!("cn_order {order} on a cluster outside CN"),
            );
            None
        }
        (None, true) => {
            let message = "cluster in CN without cn_order (its 序号 in the Chinese list)";
            errors.add(FILE, line, message);
            None
        }
        (Some(order), true) => match order.parse::<u8>() {
            Ok(n) if n > 0 => {
                if let Some(first) = cn_order_lines.insert(n, line) {
                    let message = format!("duplicate cn_order {n} (first on line {first})");
                    errors.add(FILE, line, message);
                }
                Some(n)
            }
            _ => {
                let message = format!("cn_order {order:?} is not a number from 1 to 255");
                errors.add(FILE, line, message);
                None
            }
        },
    }
}

/// 序号 must run 1..=n over China's clusters, like the ranks.
fn check_cn_orders_dense(cn_order_lines: &BTreeMap<u8, usize>, errors: &mut Errors) {
    for (expected, (&order, &line)) in (1u8..).zip(cn_order_lines) {
        if order != expected {
            let message = format!(
                "cn_order {order} where {expected} was expected: the Chinese list's 序号 must be dense"
            );
            errors.add(FILE, line, message);
            break;
        }
    }
}

fn check_brief_url(
    url: &str,
    cluster_economies: &[usize],
    economies: &[Economy],
    economies_known: bool,
) -> Result<(), String> {
    if !url.starts_with("https://") {
        return Err(format!("brief URL {url:?} is not https"));
    }
    #[allow(
        clippy::case_sensitive_file_extension_comparisons,
        reason = "WIPO's brief URLs end in a lower-case .pdf, and this checks that they do"
    )]
    let is_pdf = url.ends_with(".pdf");
    if !is_pdf {
        return Err(format!("brief URL {url:?} does not end in .pdf"));
    }
    let Some(file_name) = url.strip_prefix(BRIEF_BASE) else {
        return Err(format!("brief URL {url:?} is not under {BRIEF_BASE}"));
    };
    let prefix = file_name.split('-').next().unwrap_or_default();
    let codes: Vec<&str> = cluster_economies
        .iter()
        .map(|&i| economies[i].alpha2.as_str())
        .collect();
    if economies_known && !codes.iter().any(|c| c.eq_ignore_ascii_case(prefix)) {
        return Err(format!(
            "brief URL {url:?} starts with code {prefix:?}, which is none of the cluster's economies {codes:?}"
        ));
    }
    Ok(())
}

/// A cluster's id is WIPO's: the slug of its brief's file name
/// (`cn-beijing` for `…/cn-beijing.pdf`; a URL that is no PDF is
/// reported by `check_brief_url`), once in the table. `false` for an id
/// met before.
fn check_id(
    id: &str,
    brief_url: &str,
    line: usize,
    clusters: &[Cluster],
    errors: &mut Errors,
) -> bool {
    let slug = brief_url
        .rsplit('/')
        .next()
        .and_then(|file| file.strip_suffix(".pdf"));
    let well_formed = !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !well_formed {
        let message = format!("id {id:?} is not lower-case ASCII letters, digits and hyphens");
        errors.add(FILE, line, message);
    } else if slug.is_some_and(|slug| slug != id) {
        let message = format!("id {id:?} is not the slug of the brief URL {brief_url:?}");
        errors.add(FILE, line, message);
    }
    if let Some(first) = clusters.iter().find(|c| c.id == id) {
        let message = format!("id {id:?} again (first on line {})", first.line);
        errors.add(FILE, line, message);
        return false;
    }
    true
}

/// The rank of the cluster whose id is `id`, if any.
#[must_use]
pub fn rank_of(clusters: &[Cluster], id: &str) -> Option<u8> {
    clusters.iter().find(|c| c.id == id).map(|c| c.rank)
}

/// The cluster a row of another file names by its id (the `cluster`
/// column), or `None` (and an error at that row) when no cluster has it.
pub fn of_row<'c>(
    clusters: &'c mut [Cluster],
    id: &str,
    (file, line): (&'static str, usize),
    errors: &mut Errors,
) -> Option<&'c mut Cluster> {
    let found = clusters.iter_mut().find(|c| c.id == id);
    if found.is_none() {
        errors.add(file, line, format!("cluster {id:?} is not in {FILE}"));
    }
    found
}
