//! Draws the ranking as an SVG chart on stdout.
//!
//! ```text
//! cargo run --example chart > docs/clusters.svg
//! ```
//!
//! Top: every economy's number of clusters, as bars, with a dot at each
//! of its clusters' global ranks on a 1–100 axis. Bottom: China's 24
//! clusters in the order of the Chinese list, labelled in Chinese and
//! English, placed at their global ranks. A cluster listed for several
//! economies counts for each.

use std::fmt::Write as _;
use std::process::ExitCode;

#[path = "support/output.rs"]
mod output;
#[path = "support/svg.rs"]
mod svg;
use svg::{FONT, count, xml};

use gii_clusters::{Cluster, Economy, GII_EDITION, all, in_economy};

const WIDTH: f64 = 960.0;
const ROW: f64 = 22.0;
/// Left edge of the bars and length of the longest one.
const BAR_X: f64 = 250.0;
const BAR_MAX: f64 = 150.0;
/// The rank axis: rank 1 at `AXIS_X`, rank 100 at `AXIS_X + AXIS_W`.
const AXIS_X: f64 = 450.0;
const AXIS_W: f64 = 480.0;

fn rank_x(rank: u8) -> f64 {
    AXIS_X + AXIS_W * (f64::from(rank) - 1.0) / 99.0
}

/// A colour per economy, stable across runs (by position in `Economy::ALL`).
fn colour(economy: Economy) -> String {
    let i = Economy::ALL.iter().position(|&e| e == economy).unwrap_or(0);
    let hue = (i * 137) % 360;
    format!("hsl({hue}, 60%, 45%)")
}

fn axis(svg: &mut String, y: f64, label: &str) {
    let _ = writeln!(
        svg,
        r#"<text x="{AXIS_X}" y="{:.1}" class="head">{}</text>"#,
        y - 6.0,
        xml(label)
    );
    for rank in [1u8, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100] {
        let x = rank_x(rank);
        let _ = writeln!(
            svg,
            r#"<text x="{x:.1}" y="{:.1}" class="tick">{rank}</text>"#,
            y + 12.0
        );
    }
}

/// Every economy with its clusters, most clusters first.
fn economies_by_count() -> Vec<(Economy, Vec<&'static Cluster>)> {
    let mut economies: Vec<(Economy, Vec<&Cluster>)> = Economy::ALL
        .iter()
        .map(|&e| (e, in_economy(e).collect()))
        .collect();
    economies.sort_by(|a, b| {
        b.1.len()
            .cmp(&a.1.len())
            .then(a.0.wipo_name().cmp(b.0.wipo_name()))
    });
    economies
}

/// The opening tag, styles, background, title and source line.
fn header(svg: &mut String, height: f64) {
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="{FONT}" font-size="12">"#
    );
    let _ = writeln!(
        svg,
        r"<style>.head {{ font-weight: bold; font-size: 13px; }} .tick {{ fill: #666; font-size: 10px; text-anchor: middle; }} .grid {{ stroke: #ddd; }} .label {{ text-anchor: end; }}</style>"
    );
    let _ = writeln!(svg, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        svg,
        r#"<text x="20" y="28" font-size="18" font-weight="bold">Global Innovation Index {GII_EDITION}: the top {} science and technology clusters</text>"#,
        all().len()
    );
    let _ = writeln!(
        svg,
        r##"<text x="20" y="46" fill="#555">Source: WIPO, Global Innovation Index {GII_EDITION} (CC BY 4.0). Drawn by the gii-clusters crate's chart example.</text>"##
    );
}

/// Part 1, from `top` down: clusters per economy, and where they rank.
fn per_economy(svg: &mut String, top: f64, economies: &[(Economy, Vec<&Cluster>)]) {
    let _ = writeln!(
        svg,
        r#"<text x="{BAR_X}" y="{:.1}" class="head">Clusters per economy</text>"#,
        top - 6.0
    );
    axis(svg, top, "Global rank of each cluster (1 = first)");
    for rank in [1u8, 25, 50, 75, 100] {
        let x = rank_x(rank);
        let _ = writeln!(
            svg,
            r#"<line x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{:.1}" class="grid"/>"#,
            top + 16.0,
            top + 16.0 + ROW * count(economies.len())
        );
    }
    let most = count(economies.first().map_or(1, |(_, c)| c.len()));
    for (i, (economy, clusters)) in economies.iter().enumerate() {
        let y = top + 20.0 + ROW * count(i);
        economy_row(
            svg,
            y,
            *economy,
            clusters,
            BAR_MAX * count(clusters.len()) / most,
        );
    }
}

/// One economy's label, bar of `width`, count, and a dot per cluster.
fn economy_row(svg: &mut String, y: f64, economy: Economy, clusters: &[&Cluster], width: f64) {
    let label = if matches!(economy, Economy::China | Economy::HongKong) {
        format!("{} {}", economy.wipo_name(), economy.name_zh())
    } else {
        economy.wipo_name().to_owned()
    };
    let _ = writeln!(
        svg,
        r#"<text x="{:.1}" y="{:.1}" class="label">{}</text>"#,
        BAR_X - 8.0,
        y + 11.0,
        xml(&label)
    );
    let fill = colour(economy);
    let _ = writeln!(
        svg,
        r#"<rect x="{BAR_X}" y="{y:.1}" width="{width:.1}" height="{:.1}" fill="{fill}"/>"#,
        ROW - 6.0
    );
    let _ = writeln!(
        svg,
        r#"<text x="{:.1}" y="{:.1}">{}</text>"#,
        BAR_X + width + 4.0,
        y + 11.0,
        clusters.len()
    );
    for c in clusters {
        let _ = writeln!(
            svg,
            r#"<circle cx="{:.1}" cy="{:.1}" r="4.5" fill="{fill}" fill-opacity="0.8"><title>{} {}</title></circle>"#,
            rank_x(c.rank()),
            y + (ROW - 6.0) / 2.0,
            c.rank(),
            xml(c.name())
        );
    }
}

/// Part 2, from `top` down: China's list, in its national order, at
/// global ranks.
fn china_list(svg: &mut String, top: f64, china: &[&Cluster]) {
    let _ = writeln!(
        svg,
        r#"<text x="20" y="{:.1}" class="head">China's 24 clusters, in the order of the Chinese list (序号)</text>"#,
        top - 6.0
    );
    axis(svg, top, "Global rank");
    let red = colour(Economy::China);
    for (i, c) in china.iter().enumerate() {
        let y = top + 20.0 + ROW * count(i);
        let order = c.rank_in(Economy::China).unwrap_or(0);
        let zh = c.name_zh().unwrap_or("");
        let _ = writeln!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" class="label">{order}  {}  {}</text>"#,
            AXIS_X - 12.0,
            y + 11.0,
            xml(zh),
            xml(c.name())
        );
        let (x, mid) = (rank_x(c.rank()), y + 7.0);
        let _ = writeln!(
            svg,
            r#"<line x1="{AXIS_X}" y1="{mid:.1}" x2="{x:.1}" y2="{mid:.1}" class="grid"/>"#
        );
        let _ = writeln!(
            svg,
            r#"<circle cx="{x:.1}" cy="{mid:.1}" r="5" fill="{red}"/>"#
        );
        let _ = writeln!(
            svg,
            r##"<text x="{:.1}" y="{:.1}" fill="#333">{}</text>"##,
            x + 9.0,
            y + 11.0,
            c.rank()
        );
    }
}

fn main() -> ExitCode {
    let economies = economies_by_count();
    let mut china: Vec<&Cluster> = in_economy(Economy::China).collect();
    china.sort_by_key(|c| c.rank_in(Economy::China));

    let top = 70.0;
    let part2 = top + ROW * count(economies.len()) + 70.0;
    let height = part2 + ROW * count(china.len()) + 50.0;
    let mut svg = String::new();
    header(&mut svg, height);
    per_economy(&mut svg, top, &economies);
    china_list(&mut svg, part2, &china);
    svg.push_str("</svg>\n");
    output::print("chart", &svg)
}
