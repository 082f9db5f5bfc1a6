//! The maps whose keys are clusters (`rank::keys`, `name::keys`): each
//! key written through a function of the cluster, read back by a reader
//! of keys; the values as they serialize. Nothing here allocates: the map
//! is the caller's, filled through `Extend`.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{Deserialize, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::Cluster;

/// How a key is read back.
pub(super) trait ReadKey: Copy {
    fn read<'de, D: Deserializer<'de>>(self, deserializer: D)
    -> Result<&'static Cluster, D::Error>;
}

/// Writes `map` with `key(cluster)` for each cluster.
pub(super) fn write_map<'a, M, V, K, S>(
    map: &'a M,
    serializer: S,
    key: impl Fn(&'static Cluster) -> K,
) -> Result<S::Ok, S::Error>
where
    &'a M: IntoIterator<Item = (&'a &'static Cluster, &'a V)>,
    V: Serialize + 'a,
    K: Serialize,
    S: Serializer,
{
    serializer.collect_map(
        map.into_iter()
            .map(|(&cluster, value)| (key(cluster), value)),
    )
}

/// Reads a map whose keys `keys` reads.
pub(super) fn read_map<'de, M, V, D, K>(deserializer: D, keys: K) -> Result<M, D::Error>
where
    M: Default + Extend<(&'static Cluster, V)>,
    V: Deserialize<'de>,
    D: Deserializer<'de>,
    K: ReadKey,
{
    deserializer.deserialize_map(MapVisitor {
        keys,
        marker: PhantomData,
    })
}

struct MapVisitor<K, M, V> {
    keys: K,
    marker: PhantomData<fn() -> (M, V)>,
}

impl<'de, K, M, V> Visitor<'de> for MapVisitor<K, M, V>
where
    K: ReadKey,
    M: Default + Extend<(&'static Cluster, V)>,
    V: Deserialize<'de>,
{
    type Value = M;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map whose keys are clusters")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<M, A::Error> {
        let mut map = M::default();
        while let Some(cluster) = access.next_key_seed(Key(self.keys))? {
            let value = access.next_value::<V>()?;
            map.extend(core::iter::once((cluster, value)));
        }
        Ok(map)
    }
}

/// One key, read by `K`.
struct Key<K>(K);

impl<'de, K: ReadKey> DeserializeSeed<'de> for Key<K> {
    type Value = &'static Cluster;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        self.0.read(deserializer)
    }
}
