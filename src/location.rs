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
///
/// # serde
///
/// With the `serde` feature, `Location` implements `Serialize` and
/// `Deserialize`. It writes `{"latitude": …, "longitude": …}` in
/// human-readable formats and the two numbers, latitude first, in compact
/// ones (two `f64`, 16 bytes in postcard). It reads back the same forms,
/// and in human-readable formats also `[latitude, longitude]`. Both keys
/// are needed, once each; any other key is an error, and so is a
/// coordinate out of its range.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use gii_clusters::Location;
///
/// let basel = gii_clusters::by_rank(97).unwrap().location();
/// let json = serde_json::to_string(&basel)?;
/// assert_eq!(json, r#"{"latitude":47.5584,"longitude":7.5733}"#);
/// assert_eq!(serde_json::from_str::<Location>(&json)?, basel);
/// assert_eq!(serde_json::from_str::<Location>("[47.5584, 7.5733]")?, basel);
/// assert!(serde_json::from_str::<Location>(r#"{"latitude": 91, "longitude": 0}"#).is_err());
/// assert!(serde_json::from_str::<Location>(r#"{"latitude": 0, "longitude": 0, "altitude": 260}"#).is_err());
///
/// let mut buffer = [0u8; 16];
/// let bytes = postcard::to_slice(&basel, &mut buffer).unwrap();
/// assert_eq!(postcard::from_bytes::<Location>(bytes).unwrap(), basel);
/// # }
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Location {
    /// Degrees north of the equator, -90 to 90 (south negative).
    ///
    /// ```
    /// let sydney = gii_clusters::by_name("Sydney").unwrap().location();
    /// assert!(sydney.latitude < 0.0); // south of the equator
    /// ```
    pub latitude: f64,
    /// Degrees east of Greenwich, -180 to 180 (west negative).
    ///
    /// ```
    /// let boston = gii_clusters::by_name("Boston").unwrap().location();
    /// assert!(boston.longitude < 0.0); // west of Greenwich
    /// ```
    pub longitude: f64,
}

/// Writes the point as people read a map: degrees with four decimals
/// (about 10 m) and a hemisphere letter, or the precision asked for.
///
/// ```
/// let tokyo = gii_clusters::by_rank(1).unwrap().location();
/// assert_eq!(tokyo.to_string(), "35.6895° N, 139.6917° E");
/// assert_eq!(format!("{tokyo:.1}"), "35.7° N, 139.7° E");
/// let sao_paulo = gii_clusters::by_name("São Paulo").unwrap().location();
/// assert_eq!(sao_paulo.to_string(), "23.5475° S, 46.6361° W");
/// ```
impl core::fmt::Display for Location {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let north = if self.latitude < 0.0 { 'S' } else { 'N' };
        let east = if self.longitude < 0.0 { 'W' } else { 'E' };
        let digits = f.precision().unwrap_or(4);
        write!(
            f,
            "{:.digits$}° {north}, {:.digits$}° {east}",
            self.latitude.abs(),
            self.longitude.abs()
        )
    }
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
