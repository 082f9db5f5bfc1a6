"""Regenerates data/economy_names.csv: the names each economy of the
ranking goes by, from the Unicode CLDR (through the Babel package), plus
everyday English names listed below.

    pip install babel==2.19.0
    python3 scripts/economy_names.py > data/economy_names.csv

Names come from CLDR's territory names in English, Chinese (Simplified
and Traditional), Japanese and Korean, and in every language CLDR lists
as official or de facto official in the economy itself (its own name for
itself). A name is left out when it is already the economy's WIPO name or
Chinese name in data/economies.csv, when the crate cannot key it (a
script its normalizer does not key), or when its key is longer than the
longest cluster key (CLDR's long "Special Administrative Region" forms;
the short forms are kept), so that economy names do not raise the length
bound every query is held to. Both checks ask the crate itself: the
script builds scripts/keys.rs (the crate's normalizer, with rustc alone)
and reads the key of each name from it.
"""

import csv
import os
import subprocess
import sys
import tempfile

import babel
from babel import Locale
from babel.core import get_global

# Everyday English names and abbreviations not in CLDR's default names.
# Abbreviations are written without periods: keys join initials, so
# "U.S." finds "US" and "U.K." finds "UK".
EVERYDAY = {
    "CN": ["People's Republic of China", "PRC", "Mainland China"],
    "DE": ["Federal Republic of Germany"],
    "GB": ["UK", "Great Britain", "Britain"],
    "HK": ["Hong Kong", "Hong Kong SAR", "HKSAR"],
    "IR": ["Islamic Republic of Iran", "Persia"],
    "KR": ["Korea", "Republic of Korea", "Korea, Republic of"],
    "NL": ["The Netherlands", "Holland", "Kingdom of the Netherlands"],
    "RU": ["Russian Federation"],
    "TR": ["Turkey", "Republic of Türkiye"],
    "US": ["USA", "United States of America"],
}

# Chinese and Korean forms in everyday use besides CLDR's (Traditional
# 韓國 and 臺灣, the full name of the PRC, 香港 alone, Korean 한국).
LOCAL = {
    "CN": [("中华人民共和国", "zh"), ("中華人民共和國", "zh-hant")],
    "HK": [("香港", "zh")],
    "KR": [("韓國", "zh-hant"), ("한국", "ko")],
    "TW": [("臺灣", "zh-hant")],
}

LOCALES = ["en", "zh", "zh_Hant", "ja", "ko"]
KIND = {"en": "english", "zh": "zh", "zh_Hant": "zh-hant", "ja": "ja", "ko": "ko"}


def keys_of(texts):
    """The crate's key of each text (None for a text that cannot be one),
    from scripts/keys.rs."""
    with tempfile.TemporaryDirectory() as tmp:
        program = os.path.join(tmp, "keys")
        subprocess.run(["rustc", "--edition", "2024", "-O", "scripts/keys.rs", "-o", program],
                       check=True)
        texts = [t.replace("\n", " ") for t in texts]
        result = subprocess.run([program], input="\n".join(texts) + "\n", capture_output=True,
                                text=True, check=True)
    keys = result.stdout.split("\n")[: len(texts)]
    return [k or None for k in keys]


def longest_cluster_key():
    """The length in bytes of the longest key of a cluster's name, alias or
    city name: the bound every query is held to."""
    names = []
    for path, column in [("data/clusters.csv", "name"), ("data/clusters.csv", "name_zh"),
                         ("data/aliases.csv", "alias"), ("data/city_names.csv", "name")]:
        with open(path, newline="", encoding="utf-8") as f:
            names += [row[column] for row in csv.DictReader(f) if row[column]]
    return max(len(k.encode()) for k in keys_of(names) if k)


def main():
    with open("data/economies.csv", newline="", encoding="utf-8") as f:
        economies = list(csv.DictReader(f))
    official = get_global("territory_languages")
    longest = longest_cluster_key()
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["alpha2", "name", "kind"])
    for e in economies:
        code = e["alpha2"]
        seen = {e["name"].casefold(), e["name_zh"].casefold(), e["short_name"].casefold()}
        rows = []
        candidates = [(n, "english") for n in EVERYDAY.get(code, [])]
        candidates += LOCAL.get(code, [])
        candidates += [(Locale.parse(l).territories.get(code), KIND[l]) for l in LOCALES]
        for lang, info in sorted(official.get(code, {}).items()):
            if info.get("official_status") in ("official", "de_facto_official"):
                try:
                    name = Locale.parse(lang).territories.get(code)
                except (ValueError, babel.UnknownLocaleError):
                    continue
                candidates.append((name, "endonym"))
        candidates = [(name, kind) for name, kind in candidates if name]
        for (name, kind), key in zip(candidates, keys_of([n for n, _ in candidates])):
            if name.casefold() in seen or key is None or len(key.encode()) > longest:
                continue
            seen.add(name.casefold())
            rows.append([code, name, kind])
        out.writerows(rows)


if __name__ == "__main__":
    main()
