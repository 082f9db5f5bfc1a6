//! [`nearest`]: the cluster nearest a point (with `std`, for the
//! trigonometry `core` lacks).

use crate::tables::CLUSTERS;
use crate::{Cluster, Location};

/// The cluster whose [`location`](crate::Cluster::location) is nearest to
/// the point, by great-circle distance, with that distance in km; `None`
/// for a latitude outside -90..=90, a longitude outside -180..=180, or NaN.
///
/// It compares the point with one point per cluster: an address in a
/// cluster's outskirts may be nearer another cluster's point (Suzhou, a
/// city of Shanghai–Suzhou, is nearer Wuxi's), and a point far from every
/// cluster still gets the nearest one (check the distance). Needs the
/// `std` feature, for the trigonometry `core` lacks.
///
/// ```
/// use gii_clusters::nearest;
/// // Palo Alto, between San Jose and San Francisco.
/// let (cluster, km) = nearest(37.44, -122.14).unwrap();
/// assert_eq!(cluster.rank(), 6);
/// assert!(km < 30.0);
/// assert!(nearest(91.0, 0.0).is_none());
/// assert!(nearest(f64::NAN, 0.0).is_none());
/// ```
#[cfg(feature = "std")]
#[cfg_attr(docsrs, doc(cfg(feature = "std")))]
#[must_use]
pub fn nearest(latitude: f64, longitude: f64) -> Option<(&'static Cluster, f64)> {
    if !(-90.0..=90.0).contains(&latitude) || !(-180.0..=180.0).contains(&longitude) {
        return None;
    }
    let point = Location {
        latitude,
        longitude,
    };
    CLUSTERS
        .iter()
        .map(|c| (c, point.distance_km(c.location())))
        .min_by(|a, b| a.1.total_cmp(&b.1))
}
