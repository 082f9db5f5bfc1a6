//! [`Location`]: where a cluster is, and (with `std`) how far apart two
//! places are.

/// A point on the Earth: latitude and longitude in degrees (WGS 84),
/// north and east positive.
///
/// A cluster's [`location`](crate::Cluster::location) is the point of
/// the first city its official name lists (Tokyo for Tokyo–Yokohama), from
/// GeoNames. A cluster is an area drawn from where inventors and authors
/// live, so one point is an approximation.
///
/// ```
/// let tokyo = gii_clusters::by_rank(1).unwrap().location();
/// assert!((tokyo.latitude - 35.69).abs() < 0.01);
/// assert!((tokyo.longitude - 139.69).abs() < 0.01);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Location {
    /// Degrees north of the equator, -90 to 90.
    pub latitude: f64,
    /// Degrees east of Greenwich, -180 to 180.
    pub longitude: f64,
}

/// The mean radius of the Earth, km.
#[cfg(feature = "std")]
const EARTH_RADIUS_KM: f64 = 6371.0;

#[cfg(feature = "std")]
impl Location {
    /// The great-circle distance to `other`, in km, on a sphere of the
    /// Earth's mean radius (off by up to half a percent from the
    /// ellipsoid). Needs the `std` feature, for the trigonometry `core`
    /// lacks.
    ///
    /// ```
    /// let tokyo = gii_clusters::by_rank(1).unwrap().location();
    /// let osaka = gii_clusters::by_rank(7).unwrap().location();
    /// assert!((tokyo.distance_km(osaka) - 397.0).abs() < 5.0);
    /// ```
    #[must_use]
    pub fn distance_km(self, other: Location) -> f64 {
        let (lat1, lat2) = (self.latitude.to_radians(), other.latitude.to_radians());
        let half_lat = (lat2 - lat1) / 2.0;
        let half_lon = (other.longitude - self.longitude).to_radians() / 2.0;
        let h = half_lat.sin().powi(2) + lat1.cos() * lat2.cos() * half_lon.sin().powi(2);
        2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
    }
}
