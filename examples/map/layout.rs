//! Where the map example draws things: the projection, the two panels,
//! and the numbered labels, placed so that none covers another (which
//! the test at the end checks; `cargo test` runs it).

use gii_clusters::{Cluster, Economy, Location, all, in_economy};

pub const WIDTH: f64 = 960.0;
/// Map units per degree, and the map's northern edge: as in
/// `scripts/land.py`, which projects the land the same way.
pub const SCALE: f64 = 8.0 / 3.0;
pub const NORTH: f64 = 85.0;
pub const SOUTH: f64 = -60.0;
/// Where the world map starts, below the title and the legend.
pub const WORLD_Y: f64 = 76.0;
/// The world map's height.
pub const WORLD_HEIGHT: f64 = (NORTH - SOUTH) * SCALE;
/// The inset: eastern China, magnified.
pub const INSET: Inset = Inset {
    west: 99.0,
    east: 127.0,
    north: 47.5,
    south: 21.0,
    zoom: 7.0,
    x: 20.0,
    y: WORLD_Y + WORLD_HEIGHT + 40.0,
};
/// The box listing the top ten, in the world map's corner (world
/// coordinates).
pub const TOP_TEN_BOX: Rect = Rect {
    x0: 12.0,
    y0: WORLD_HEIGHT - 180.0,
    x1: 208.0,
    y1: WORLD_HEIGHT - 8.0,
};
/// The radius of a numbered label on the world map and on the inset.
pub const WORLD_LABEL: f64 = 6.0;
pub const INSET_LABEL: f64 = 7.5;
/// The least space between two labels.
const GAP: f64 = 1.0;

/// A window on the map, magnified `zoom` times and drawn at (`x`, `y`).
pub struct Inset {
    pub west: f64,
    pub east: f64,
    pub north: f64,
    pub south: f64,
    pub zoom: f64,
    pub x: f64,
    pub y: f64,
}

impl Inset {
    /// The inset's frame, in SVG coordinates.
    pub fn frame(&self) -> Rect {
        Rect {
            x0: self.x,
            y0: self.y,
            x1: self.x + (self.east - self.west) * SCALE * self.zoom,
            y1: self.y + (self.north - self.south) * SCALE * self.zoom,
        }
    }

    /// Where `point` falls on the inset, in SVG coordinates.
    pub fn place(&self, point: Location) -> (f64, f64) {
        let (px, py) = project(point);
        let (west, north) = project(Location {
            latitude: self.north,
            longitude: self.west,
        });
        (
            self.x + (px - west) * self.zoom,
            self.y + (py - north) * self.zoom,
        )
    }
}

/// An axis-aligned box.
#[derive(Clone, Copy, Debug)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    /// Whether the two boxes come closer than [`GAP`].
    pub fn touches(&self, other: &Rect) -> bool {
        self.x0 < other.x1 + GAP
            && other.x0 < self.x1 + GAP
            && self.y0 < other.y1 + GAP
            && other.y0 < self.y1 + GAP
    }

    /// Whether `other` lies wholly inside.
    pub fn contains(&self, other: &Rect) -> bool {
        self.x0 <= other.x0 && other.x1 <= self.x1 && self.y0 <= other.y0 && other.y1 <= self.y1
    }
}

/// A numbered disc for the dot at `anchor`, drawn at `centre`: on the dot
/// when there is room, beside it with a leader line when not.
#[derive(Clone, Copy, Debug)]
pub struct Label {
    pub number: u8,
    pub anchor: (f64, f64),
    pub centre: (f64, f64),
    pub radius: f64,
}

impl Label {
    /// The box the disc fills.
    pub fn rect(&self) -> Rect {
        let ((x, y), r) = (self.centre, self.radius);
        Rect {
            x0: x - r,
            y0: y - r,
            x1: x + r,
            y1: y + r,
        }
    }

    /// Whether the disc was moved off its dot.
    pub fn displaced(&self) -> bool {
        self.centre != self.anchor
    }
}

/// Where a point falls on the world map (world coordinates, before the
/// map's offset).
pub fn project(
    Location {
        latitude,
        longitude,
    }: Location,
) -> (f64, f64) {
    ((longitude + 180.0) * SCALE, (NORTH - latitude) * SCALE)
}

/// The top ten's labels on the world map, numbered by rank (world
/// coordinates).
pub fn world_labels() -> Vec<Label> {
    let frame = Rect {
        x0: 0.0,
        y0: 0.0,
        x1: WIDTH,
        y1: WORLD_HEIGHT,
    };
    let anchors = all()
        .iter()
        .take(10)
        .map(|c| (c.rank(), project(c.location())));
    place(anchors, WORLD_LABEL, frame, &[TOP_TEN_BOX])
}

/// China's clusters in the order of the Chinese list (序号).
pub fn china() -> Vec<&'static Cluster> {
    let mut china: Vec<&Cluster> = in_economy(Economy::China).collect();
    china.sort_by_key(|c| c.rank_in(Economy::China));
    china
}

/// China's labels on the inset, numbered by 序号 (SVG coordinates).
pub fn inset_labels() -> Vec<Label> {
    let anchors = china().into_iter().map(|c| {
        let order = c.rank_in(Economy::China).unwrap_or(0);
        (order, INSET.place(c.location()))
    });
    place(anchors, INSET_LABEL, INSET.frame(), &[])
}

/// Places one disc of `radius` per anchor, in order: on its anchor if it
/// touches no disc placed before and no obstacle, else at the nearest such
/// spot around it, inside `frame`. A disc with no free spot within reach
/// stays on its anchor (the test of the layout then fails).
fn place(
    anchors: impl Iterator<Item = (u8, (f64, f64))>,
    radius: f64,
    frame: Rect,
    obstacles: &[Rect],
) -> Vec<Label> {
    let mut placed: Vec<Label> = Vec::new();
    for (number, anchor) in anchors {
        let at = |centre| Label {
            number,
            anchor,
            centre,
            radius,
        };
        let free = |label: &Label| {
            let rect = label.rect();
            frame.contains(&rect)
                && !placed.iter().any(|p| p.rect().touches(&rect))
                && !obstacles.iter().any(|o| o.touches(&rect))
        };
        let label = candidates(anchor, radius)
            .map(at)
            .find(free)
            .unwrap_or(at(anchor));
        placed.push(label);
    }
    placed
}

/// The anchor, then rings around it, nearest first: 12 directions on each
/// ring, starting upwards to the right (where a reader looks first).
fn candidates((x, y): (f64, f64), radius: f64) -> impl Iterator<Item = (f64, f64)> {
    let rings = (1..=6).flat_map(move |ring| {
        let distance = 2.4 * radius * f64::from(ring);
        (0..12).map(move |step| {
            let angle = std::f64::consts::PI * (f64::from(step) / 6.0 - 0.25);
            (x + distance * angle.cos(), y + distance * angle.sin())
        })
    });
    std::iter::once((x, y)).chain(rings)
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test stops at the first thing that is wrong"
)]
mod tests {
    /// The map's numbers, placed by the layout the map example draws with:
    /// none covers another or the list of the top ten, each stays inside its
    /// panel and near its dot.
    #[test]
    fn map_labels_never_overlap() {
        use super::{INSET, Rect, TOP_TEN_BOX, WIDTH, WORLD_HEIGHT};

        let world = Rect {
            x0: 0.0,
            y0: 0.0,
            x1: WIDTH,
            y1: WORLD_HEIGHT,
        };
        let panels = [
            ("world", super::world_labels(), world, vec![TOP_TEN_BOX], 10),
            ("inset", super::inset_labels(), INSET.frame(), vec![], 24),
        ];
        for (panel, labels, frame, obstacles, count) in panels {
            assert_eq!(labels.len(), count, "{panel}");
            for (i, a) in labels.iter().enumerate() {
                let rect = a.rect();
                assert!(
                    frame.contains(&rect),
                    "{panel}: {} leaves the panel",
                    a.number
                );
                for o in &obstacles {
                    assert!(!o.touches(&rect), "{panel}: {} covers the list", a.number);
                }
                for b in &labels[i + 1..] {
                    assert!(
                        !rect.touches(&b.rect()),
                        "{panel}: {} and {} overlap",
                        a.number,
                        b.number
                    );
                }
                let (dx, dy) = (a.centre.0 - a.anchor.0, a.centre.1 - a.anchor.1);
                assert!(
                    dx.hypot(dy) <= 6.0 * a.radius,
                    "{panel}: {} is far from its dot",
                    a.number
                );
            }
        }
        // The two pairs that used to collide are apart now.
        let world = super::world_labels();
        assert!(
            world[9].displaced() || world[7].displaced(),
            "New York and Boston"
        );
        assert!(
            world[6].displaced() || world[0].displaced(),
            "Osaka and Tokyo"
        );
    }
}
