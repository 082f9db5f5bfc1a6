//! Cross-check against the source document the data was transcribed from:
//! a scraped page with WIPO's top-100 table (rank, name, economy, brief
//! URL) and the Chinese list of China's 24 clusters (序号, Chinese name,
//! rank, English name).
//!
//! The document is not part of the crate or its repository, so these
//! tests are ignored by default and run explicitly, with the document's
//! path in `$GII_SEED`:
//!
//! ```text
//! GII_SEED=path/to/document.txt cargo test --all-features --test data_matches_source_document -- --ignored
//! ```
//!
//! `.ci/run` does this. Without `$GII_SEED`, or with an unreadable path,
//! they fail: a cross-check never passes without its input.
//!
//! Every difference allowed here is a documented correction in
//! `data/SOURCES.md`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use gii_clusters::{Economy, all, by_name, by_rank};

const BRIEF_BASE: &str = "https://www.wipo.int/global_innovation_index/en/docs/2023/";

fn seed_text() -> String {
    let path = std::env::var_os("GII_SEED").unwrap_or_else(|| {
        panic!("GII_SEED is not set: it names the source document these tests check against")
    });
    let path = PathBuf::from(path);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("the source document {} cannot be read: {e}", path.display()))
}

/// "Switzerland/Germany/France" → its economies, or `None` if any part is
/// not one.
fn economies(text: &str) -> Option<Vec<Economy>> {
    text.split('/').map(|part| part.parse().ok()).collect()
}

/// A row of the seed's top-100 table.
#[derive(Debug)]
struct SeedRow {
    name: String,
    economies: Vec<Economy>,
}

/// `"<rank> <name> <economy>"` lines after the top-100 heading, keyed by
/// rank. The economy is the longest suffix that names economies.
fn top_100(text: &str) -> BTreeMap<u8, SeedRow> {
    let table = text
        .split_once("Top 100 Science and Technology Cluster briefs 2023")
        .unwrap()
        .1;
    let mut rows = BTreeMap::new();
    for line in table.lines() {
        let Some((rank, rest)) = line.trim().split_once(' ') else {
            continue;
        };
        let Ok(rank) = rank.parse::<u8>() else {
            continue;
        };
        let split = rest
            .match_indices(' ')
            .map(|(i, _)| i)
            .find_map(|i| economies(&rest[i + 1..]).map(|e| (i, e)));
        let (i, economies) = split.unwrap_or_else(|| panic!("no economy in seed line {line:?}"));
        let previous = rows.insert(
            rank,
            SeedRow {
                name: rest[..i].to_owned(),
                economies,
            },
        );
        assert!(previous.is_none(), "seed lists rank {rank} twice");
    }
    rows
}

/// The Chinese list: `"<序号> <中文名称> <rank> <English name> <economy>"`.
fn chinese_list(text: &str) -> Vec<(u8, String, u8, String)> {
    let mut rows = Vec::new();
    for line in text.split_once("Top 100").unwrap().0.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [order, zh, rank, english @ ..] = &fields[..] else {
            continue;
        };
        let (Ok(order), Ok(rank)) = (order.parse::<u8>(), rank.parse::<u8>()) else {
            continue;
        };
        // The English name is followed by "China" or "Hong Kong,China".
        let english = english.join(" ");
        let name = english
            .strip_suffix(" Hong Kong,China")
            .or_else(|| english.strip_suffix(" China"))
            .unwrap_or_else(|| panic!("no economy in {line:?}"));
        rows.push((order, (*zh).to_owned(), rank, name.to_owned()));
    }
    rows
}

/// Brief URLs of the top-100 table, in the order they appear: the table
/// lists them in rank order (the `/export/` URLs belong to the Chinese
/// list and are checked separately).
fn brief_urls(text: &str) -> Vec<&str> {
    let mut urls: Vec<&str> = Vec::new();
    for line in text.split_once("Top 100").unwrap().1.lines() {
        if line.starts_with(BRIEF_BASE) {
            urls.push(line.trim());
        }
    }
    urls
}

#[test]
#[ignore = "needs the source document in $GII_SEED; .ci/run runs it"]
fn top_100_table_matches_seed() {
    let text = seed_text();
    let seed = top_100(&text);
    assert_eq!(seed.len(), 100);
    assert_eq!(
        seed.keys().copied().collect::<Vec<_>>(),
        (1..=100).collect::<Vec<_>>()
    );
    for (&rank, row) in &seed {
        let c = by_rank(rank).unwrap();
        // Documented corrections (data/SOURCES.md): WIPO's official
        // spellings where the seed differs.
        let expected_name = match (rank, row.name.as_str()) {
            (19, "Xian") => "Xi'an",
            (17, "Washington, DC-Baltimore, MD") => "Washington, DC–Baltimore, MD",
            (_, name) => name,
        };
        assert_eq!(c.name(), expected_name, "rank {rank}");
        // The seed spelling keeps working.
        assert_eq!(by_name(&row.name), Some(c), "seed spelling {:?}", row.name);
        // Documented: the seed's table lists Shenzhen–Hong Kong–Guangzhou
        // under "Hong Kong, China" only; WIPO files it under CN and HK and
        // the Chinese list counts it as China's.
        let expected_economies = if rank == 2 {
            assert_eq!(row.economies, [Economy::HongKong]);
            vec![Economy::China, Economy::HongKong]
        } else {
            row.economies.clone()
        };
        assert_eq!(c.economies(), expected_economies, "rank {rank}");
    }
}

#[test]
#[ignore = "needs the source document in $GII_SEED; .ci/run runs it"]
fn chinese_list_matches_seed() {
    let text = seed_text();
    let list = chinese_list(&text);
    assert_eq!(list.len(), 24);
    for (order, zh, rank, english) in &list {
        let c = by_rank(*rank).unwrap();
        assert_eq!(c.name_zh(), Some(zh.as_str()), "序号 {order}");
        assert_eq!(c.rank_in(Economy::China), Some(*order), "序号 {order}");
        assert_eq!(by_name(zh), Some(c), "{zh}");
        assert_eq!(by_name(english), Some(c), "{english}");
    }
    let named = all().iter().filter(|c| c.name_zh().is_some()).count();
    assert_eq!(named, list.len());
}

#[test]
#[ignore = "needs the source document in $GII_SEED; .ci/run runs it"]
fn brief_urls_match_seed() {
    let text = seed_text();
    let urls = brief_urls(&text);
    // Brisbane (rank 100) has no URL in the seed: ranks 1..=99 in order.
    assert_eq!(urls.len(), 99);
    for (rank, seed_url) in (1..).zip(&urls) {
        let c = by_rank(rank).unwrap();
        // Documented corrections: the economy code of Zürich and Basel is
        // CH, not CN; Rome's URL lacks ".pdf".
        let expected = match rank {
            49 => seed_url.replace("/cn-zurich.pdf", "/ch-zurich.pdf"),
            66 => format!("{seed_url}.pdf"),
            97 => seed_url.replace("/cn-de-fr-basel.pdf", "/ch-de-fr-basel.pdf"),
            _ => (*seed_url).to_owned(),
        };
        if [49, 66, 97].contains(&rank) {
            assert_ne!(
                &expected, seed_url,
                "rank {rank}: correction no longer needed?"
            );
        }
        assert_eq!(c.brief_url(), expected, "rank {rank}");
    }
    let brisbane = by_rank(100).unwrap();
    assert!(brisbane.brief_url_inferred());
    assert_eq!(brisbane.brief_url(), format!("{BRIEF_BASE}au-brisbane.pdf"));

    // The Chinese list links the same brief files (through WIPO's /export/
    // mirror, four links per cluster).
    for line in text
        .lines()
        .filter(|l| l.contains("/export/sites/www/global_innovation_index/"))
    {
        let file = line.trim().rsplit('/').next().unwrap();
        assert!(
            all()
                .iter()
                .any(|c| c.brief_url().ends_with(&format!("/{file}"))),
            "Chinese list links {file}, which no cluster has"
        );
    }
}
