//! Draws the ranking on a world map, as SVG on stdout.
//!
//! ```text
//! cargo run --example map > docs/map.svg
//! ```
//!
//! Top: the world (Natural Earth's land, `docs/land-110m.path`, made by
//! `scripts/land.py`), a dot per cluster at its location, larger and
//! darker the better its rank, the top ten numbered and listed. Bottom:
//! eastern China, where 24 clusters crowd, each dot numbered by its order
//! in the Chinese list (序号) and named in Chinese beside the map.

use std::fmt::Write as _;
use std::process::ExitCode;

#[path = "support/svg.rs"]
mod svg;
use svg::{FONT, xml};

use gii_clusters::{Cluster, Economy, GII_EDITION, Location, all, in_economy};

const WIDTH: f64 = 960.0;
/// Map units per degree, and the map's northern edge: as in
/// `scripts/land.py`, which projects the land the same way.
const SCALE: f64 = 8.0 / 3.0;
const NORTH: f64 = 85.0;
const SOUTH: f64 = -60.0;
/// Where the world map starts, below the title.
const WORLD_Y: f64 = 56.0;
/// The inset: eastern China, magnified.
const INSET: Inset = Inset {
    west: 99.0,
    east: 127.0,
    north: 47.5,
    south: 21.0,
    zoom: 7.0,
    x: 20.0,
    y: WORLD_Y + (NORTH - SOUTH) * SCALE + 40.0,
};
const LAND: &str = include_str!("../docs/land-110m.path");

/// A window on the map, magnified `zoom` times and drawn at (`x`, `y`).
struct Inset {
    west: f64,
    east: f64,
    north: f64,
    south: f64,
    zoom: f64,
    x: f64,
    y: f64,
}

/// Where a point falls on the world map (before its offset).
fn project(
    Location {
        latitude,
        longitude,
    }: Location,
) -> (f64, f64) {
    ((longitude + 180.0) * SCALE, (NORTH - latitude) * SCALE)
}

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

fn header(svg: &mut String, height: f64) {
    let _ = writeln!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:.0}" viewBox="0 0 {WIDTH} {height:.0}" font-family="{FONT}" font-size="12">"##
    );
    let _ = writeln!(svg, r##"<rect width="100%" height="100%" fill="white"/>"##);
    let _ = writeln!(
        svg,
        r##"<text x="20" y="26" font-size="18" font-weight="bold">Global Innovation Index {GII_EDITION}: where the top {} science and technology clusters are</text>"##,
        all().len()
    );
    let _ = writeln!(
        svg,
        r##"<text x="20" y="44" fill="#555">Dot: the cluster's first-named city; larger and darker for a better rank (1–10, 11–25, 26–50, 51–100).</text>"##
    );
}

/// The world, the clusters, and the top ten's names.
fn world(svg: &mut String) {
    let height = (NORTH - SOUTH) * SCALE;
    let _ = writeln!(
        svg,
        r##"<g transform="translate(0 {WORLD_Y})"><rect width="{WIDTH}" height="{height:.1}" fill="#eef4f8"/><path d="{}" fill="#d9d9d9" stroke="#bbb" stroke-width="0.4"/>"##,
        LAND.trim()
    );
    // Worst first, so that the best are drawn on top.
    for c in all().iter().rev() {
        let (x, y) = project(c.location());
        let (r, colour) = dot(c.rank());
        let _ = writeln!(
            svg,
            r##"<circle cx="{x:.1}" cy="{y:.1}" r="{r:.1}" fill="{colour}" fill-opacity="0.85" stroke="white" stroke-width="0.6"><title>{} {}</title></circle>"##,
            c.rank(),
            xml(c.name())
        );
        if c.rank() <= 10 {
            let _ = writeln!(
                svg,
                r##"<text x="{x:.1}" y="{:.1}" font-size="8" fill="white" text-anchor="middle">{}</text>"##,
                y + 3.0,
                c.rank()
            );
        }
    }
    let _ = writeln!(
        svg,
        r##"<rect x="12" y="{:.1}" width="196" height="172" fill="white" fill-opacity="0.85"/>"##,
        height - 180.0
    );
    let _ = writeln!(
        svg,
        r##"<text x="20" y="{:.1}" font-weight="bold">The top ten</text>"##,
        height - 162.0
    );
    for (i, c) in all().iter().take(10).enumerate() {
        let _ = writeln!(
            svg,
            r##"<text x="20" y="{:.1}">{}  {}</text>"##,
            height - 145.0 + 15.0 * i as f64,
            c.rank(),
            xml(c.name())
        );
    }
    svg.push_str("</g>\n");
}

/// Eastern China magnified, China's clusters numbered by 序号, and the
/// list of their Chinese and English names beside it.
fn china(svg: &mut String, china: &[&Cluster]) {
    let Inset { x, y, zoom, .. } = INSET;
    let (west, north) = project(Location {
        latitude: INSET.north,
        longitude: INSET.west,
    });
    let (width, height) = (
        (INSET.east - INSET.west) * SCALE * zoom,
        (INSET.north - INSET.south) * SCALE * zoom,
    );
    let _ = writeln!(
        svg,
        r##"<text x="{x}" y="{:.1}" font-weight="bold">China's {} clusters, numbered by the Chinese list (序号)</text>"##,
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
    for c in china {
        let (px, py) = project(c.location());
        let (cx, cy) = (x + (px - west) * zoom, y + (py - north) * zoom);
        let order = c.rank_in(Economy::China).unwrap_or(0);
        let _ = writeln!(
            svg,
            r##"<circle cx="{cx:.1}" cy="{cy:.1}" r="7.5" fill="{}" stroke="white"/><text x="{cx:.1}" y="{:.1}" font-size="9" fill="white" text-anchor="middle">{order}</text>"##,
            dot(c.rank()).1,
            cy + 3.0
        );
    }
    for (i, c) in china.iter().enumerate() {
        let _ = writeln!(
            svg,
            r##"<text x="{:.1}" y="{:.1}">{}  {}  {} (rank {})</text>"##,
            x + width + 24.0,
            y + 16.0 + 20.0 * i as f64,
            c.rank_in(Economy::China).unwrap_or(0),
            xml(c.name_zh().unwrap_or("")),
            xml(c.name()),
            c.rank()
        );
    }
}

fn main() -> ExitCode {
    let mut china_list: Vec<&Cluster> = in_economy(Economy::China).collect();
    china_list.sort_by_key(|c| c.rank_in(Economy::China));
    let inset_height = (INSET.north - INSET.south) * SCALE * INSET.zoom;
    let height = INSET.y + inset_height + 56.0;
    let mut svg = String::new();
    header(&mut svg, height);
    world(&mut svg);
    china(&mut svg, &china_list);
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
    svg::write_out("map", &svg)
}
