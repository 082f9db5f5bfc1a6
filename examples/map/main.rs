//! Draws the ranking on a world map, as SVG on stdout.
//!
//! ```text
//! cargo run --example map > docs/map.svg
//! ```
//!
//! Top: the world (Natural Earth's land, `docs/land-110m.path`, made by
//! `scripts/land.py`), a dot per cluster at its location, larger and
//! darker the better its rank (a legend says how), the top ten numbered
//! and listed. Bottom: eastern China, where 24 clusters crowd, each dot
//! numbered by its order in the Chinese list (序号) and named in Chinese
//! beside the map. A number with no room on its dot sits beside it, with a
//! line to it (`layout.rs` places them).
//!
//! Exit status: 0 on success, 2 on a failed write.

use std::fmt::Write as _;
use std::process::ExitCode;

mod layout;
use layout::{INSET, Label, TOP_TEN_BOX, WIDTH, WORLD_HEIGHT, WORLD_Y, project};

#[path = "../support/output.rs"]
mod output;
#[path = "../support/svg.rs"]
mod svg;
use svg::{FONT, count, xml};

use gii_clusters::{Economy, GII_EDITION, all};

const LAND: &str = include_str!("../../docs/land-110m.path");

/// The rank bands of the legend: the first rank of each, its label.
const BANDS: [(u8, &str); 4] = [(1, "1–10"), (11, "11–25"), (26, "26–50"), (51, "51–100")];

/// A dot's radius and colour by rank: the top ten largest and darkest.
fn dot(rank: u8) -> (f64, &'static str) {
    let radius = 2.5 + 6.5 * f64::from(101 - rank) / 100.0;
    let colour = match rank {
        1..=10 => "#b2182b",
        11..=25 => "#ef8a62",
        26..=50 => "#d6a541",
        _ => "#4393c3",
    };
    (radius, colour)
}

/// The title, and the legend of dot size and colour under it.
fn header(svg: &mut String, height: f64) {
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:.0}" viewBox="0 0 {WIDTH} {height:.0}" font-family="{FONT}" font-size="12">"#
    );
    let _ = writeln!(svg, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        svg,
        r#"<text x="20" y="26" font-size="18" font-weight="bold">Global Innovation Index {GII_EDITION}: where the top {} science and technology clusters are</text>"#,
        all().len()
    );
    let _ = writeln!(
        svg,
        r##"<text x="20" y="52" fill="#555">Dot: a cluster's first-named city. Rank:</text>"##
    );
    let mut x = 252.0;
    for (rank, band) in BANDS {
        let (r, colour) = dot(rank);
        let _ = writeln!(
            svg,
            r##"<circle cx="{:.1}" cy="48" r="{r:.1}" fill="{colour}" fill-opacity="0.85" stroke="white" stroke-width="0.6"/><text x="{:.1}" y="52" fill="#555">{band}</text>"##,
            x + r,
            x + 2.0 * r + 5.0
        );
        x += 2.0 * r + 60.0;
    }
    let _ = writeln!(
        svg,
        r##"<text x="{x:.1}" y="52" fill="#555">(the size shrinks with each rank)</text>"##
    );
}

/// A numbered disc; with a line to its dot when it sits beside it.
fn label(svg: &mut String, label: &Label, fill: &str, font_size: f64) {
    let ((ax, ay), (x, y)) = (label.anchor, label.centre);
    if label.displaced() {
        let _ = writeln!(
            svg,
            r##"<line x1="{ax:.1}" y1="{ay:.1}" x2="{x:.1}" y2="{y:.1}" stroke="#333" stroke-width="0.8"/>"##
        );
    }
    let _ = writeln!(
        svg,
        r#"<circle cx="{x:.1}" cy="{y:.1}" r="{:.1}" fill="{fill}" stroke="white"/><text x="{x:.1}" y="{:.1}" font-size="{font_size}" fill="white" text-anchor="middle">{}</text>"#,
        label.radius,
        y + font_size / 3.0,
        label.number
    );
}

/// The world, the clusters, and the top ten's numbers and names.
fn world(svg: &mut String) {
    let _ = writeln!(
        svg,
        r##"<g transform="translate(0 {WORLD_Y})"><rect width="{WIDTH}" height="{WORLD_HEIGHT:.1}" fill="#eef4f8"/><path d="{}" fill="#d9d9d9" stroke="#bbb" stroke-width="0.4"/>"##,
        LAND.trim()
    );
    // Worst first, so that the best are drawn on top.
    for c in all().iter().rev() {
        let (x, y) = project(c.location());
        let (r, colour) = dot(c.rank());
        let _ = writeln!(
            svg,
            r#"<circle cx="{x:.1}" cy="{y:.1}" r="{r:.1}" fill="{colour}" fill-opacity="0.85" stroke="white" stroke-width="0.6"><title>{} {}</title></circle>"#,
            c.rank(),
            xml(c.name())
        );
    }
    for top in layout::world_labels() {
        label(svg, &top, dot(top.number).1, 8.0);
    }
    let _ = writeln!(
        svg,
        r#"<rect x="{}" y="{:.1}" width="{}" height="{}" fill="white" fill-opacity="0.85"/>"#,
        TOP_TEN_BOX.x0,
        TOP_TEN_BOX.y0,
        TOP_TEN_BOX.x1 - TOP_TEN_BOX.x0,
        TOP_TEN_BOX.y1 - TOP_TEN_BOX.y0
    );
    let _ = writeln!(
        svg,
        r#"<text x="20" y="{:.1}" font-weight="bold">The top ten</text>"#,
        TOP_TEN_BOX.y0 + 18.0
    );
    for (i, c) in all().iter().take(10).enumerate() {
        let _ = writeln!(
            svg,
            r#"<text x="20" y="{:.1}">{}  {}</text>"#,
            TOP_TEN_BOX.y0 + 35.0 + 15.0 * count(i),
            c.rank(),
            xml(c.name())
        );
    }
    svg.push_str("</g>\n");
}

/// Eastern China magnified, China's clusters numbered by 序号, and the
/// list of their Chinese and English names beside it.
fn china(svg: &mut String) {
    let frame = INSET.frame();
    let (x, y, zoom) = (INSET.x, INSET.y, INSET.zoom);
    let (width, height) = (frame.x1 - frame.x0, frame.y1 - frame.y0);
    let (west, north) = project(gii_clusters::Location {
        latitude: INSET.north,
        longitude: INSET.west,
    });
    let china = layout::china();
    let _ = writeln!(
        svg,
        r#"<text x="{x}" y="{:.1}" font-weight="bold">China's {} clusters, numbered by the Chinese list (序号)</text>"#,
        y - 10.0,
        china.len()
    );
    let _ = writeln!(
        svg,
        r##"<clipPath id="inset"><rect x="{x}" y="{y}" width="{width:.1}" height="{height:.1}"/></clipPath><g clip-path="url(#inset)"><rect x="{x}" y="{y}" width="{width:.1}" height="{height:.1}" fill="#eef4f8"/><path transform="translate({:.1} {:.1}) scale({zoom})" d="{}" fill="#d9d9d9" stroke="#bbb" stroke-width="0.1"/></g>"##,
        x - west * zoom,
        y - north * zoom,
        LAND.trim()
    );
    for (c, numbered) in china.iter().zip(layout::inset_labels()) {
        let colour = dot(c.rank()).1;
        if numbered.displaced() {
            let (ax, ay) = numbered.anchor;
            let _ = writeln!(
                svg,
                r#"<circle cx="{ax:.1}" cy="{ay:.1}" r="2.5" fill="{colour}"/>"#
            );
        }
        label(svg, &numbered, colour, 9.0);
    }
    for (i, c) in china.iter().enumerate() {
        let _ = writeln!(
            svg,
            r#"<text x="{:.1}" y="{:.1}">{}  {}  {} (rank {})</text>"#,
            x + width + 24.0,
            y + 16.0 + 20.0 * count(i),
            c.rank_in(Economy::China).unwrap_or(0),
            xml(c.name_zh().unwrap_or("")),
            xml(c.name()),
            c.rank()
        );
    }
}

fn main() -> ExitCode {
    let frame = INSET.frame();
    let height = frame.y1 + 56.0;
    let mut svg = String::new();
    header(&mut svg, height);
    world(&mut svg);
    china(&mut svg);
    let _ = writeln!(
        svg,
        r##"<text x="20" y="{:.1}" fill="#555">Sources: WIPO, Global Innovation Index {GII_EDITION} (CC BY 4.0); locations: GeoNames (CC BY 4.0); land: Natural Earth (public domain).</text>"##,
        height - 28.0
    );
    let _ = writeln!(
        svg,
        r##"<text x="20" y="{:.1}" fill="#555">Drawn by the gii-clusters crate's map example.</text>"##,
        height - 12.0
    );
    svg.push_str("</svg>\n");
    output::print("map", &svg)
}
