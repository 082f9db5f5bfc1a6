//! What the lookup example prints: a cluster as a card, clusters as
//! tables aligned in terminal columns.

use std::fmt::Write as _;

use gii_clusters::{Cluster, Economy, all, in_economy};

use super::width::width;

/// A cluster as a short card.
pub fn card(c: &Cluster) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", c.name());
    let _ = writeln!(out, "  rank        {} of {}", c.rank(), all().len());
    if let Some(zh) = c.name_zh() {
        let _ = writeln!(out, "  Chinese     {zh}");
    }
    for (i, &e) in c.economies().iter().enumerate() {
        let label = if i == 0 { "economy" } else { "" };
        let national = c.rank_in(e).map_or(String::new(), |n| {
            let of = in_economy(e).count();
            if e == Economy::China {
                format!(", {n} of {of} in China (序号 of the Chinese list)")
            } else {
                format!(", {n} of {of} in {}", e.wipo_name())
            }
        });
        let _ = writeln!(
            out,
            "  {label:<10}  {} ({}){national}",
            e.wipo_name(),
            e.alpha2()
        );
    }
    let inferred = if c.brief_url_inferred() {
        " (inferred from WIPO's naming pattern)"
    } else {
        ""
    };
    let _ = writeln!(out, "  brief       {}{inferred}", c.brief_url());
    let _ = writeln!(out, "  location    {}", c.location());
    out
}

/// Clusters as an aligned table; with `economy`, also its national rank;
/// a Chinese-name column only if some cluster has one.
pub fn table(clusters: &[&Cluster], economy: Option<Economy>) -> String {
    let chinese = clusters.iter().any(|c| c.name_zh().is_some());
    let mut rows = vec![vec!["rank".to_owned()]];
    if economy.is_some() {
        rows[0].push("national".to_owned());
    }
    rows[0].push("cluster".to_owned());
    if chinese {
        rows[0].push("中文".to_owned());
    }
    rows[0].push("economies".to_owned());
    for c in clusters {
        let mut row = vec![c.rank().to_string()];
        if let Some(e) = economy {
            row.push(c.rank_in(e).map_or(String::new(), |n| n.to_string()));
        }
        row.push(c.name().to_owned());
        if chinese {
            row.push(c.name_zh().unwrap_or("").to_owned());
        }
        let codes: Vec<&str> = c.economies().iter().map(|e| e.alpha2()).collect();
        row.push(codes.join("/"));
        rows.push(row);
    }
    align(&rows, if economy.is_some() { &[0, 1] } else { &[0] })
}

/// China's clusters in the Chinese list's order.
pub fn china_table(clusters: &[&Cluster]) -> String {
    let mut rows = vec![
        ["序号", "中文名称", "rank", "cluster"]
            .map(str::to_owned)
            .to_vec(),
    ];
    for c in clusters {
        rows.push(vec![
            c.rank_in(Economy::China)
                .map_or(String::new(), |n| n.to_string()),
            c.name_zh().unwrap_or("").to_owned(),
            c.rank().to_string(),
            c.name().to_owned(),
        ]);
    }
    let mut out = align(&rows, &[0, 2]);
    out.insert_str(
        0,
        "China's 24 clusters in the order of the Chinese list (序号)\n",
    );
    out
}

/// Pads cells to a common width per column, in terminal columns; the
/// `numeric` columns are right-aligned.
fn align(rows: &[Vec<String>], numeric: &[usize]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|s| width(s))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            let pad = " ".repeat(widths[i] - width(cell));
            if i > 0 {
                line.push_str("  ");
            }
            if numeric.contains(&i) {
                line.push_str(&pad);
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.push_str(&pad);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
