"""Regenerates data/economy_names.csv: the names each economy of the
ranking goes by, from the Unicode CLDR (through the Babel package), plus
everyday English names listed below.

    pip install babel==2.19.0
    python3 scripts/economy_names.py > data/economy_names.csv

Names come from CLDR's territory names in English, Chinese (Simplified
and Traditional), Japanese and Korean, and in every language CLDR lists
as official or de facto official in the economy itself (its own name for
itself). A name is left out when it is already the economy's WIPO name or
Chinese name in data/economies.csv, when it uses a script the crate's
normalizer does not key (see src/normalize.rs), or when it is longer
than the longest cluster key in UTF-8 (CLDR's long "Special
Administrative Region" forms; the short forms are kept), so that economy
names do not raise the length bound every query is held to.
"""

import csv
import sys
import unicodedata

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
MAX_BYTES = len("shenzhen hong kong guangzhou")
KIND = {"en": "english", "zh": "zh", "zh_Hant": "zh-hant", "ja": "ja", "ko": "ko"}


def keyable(name):
    """True when every letter is in a script the normalizer keys."""
    for c in name:
        if not c.isalpha():
            continue
        script = unicodedata.name(c, "").split(" ")[0]
        if script not in {"LATIN", "CYRILLIC", "GREEK", "HEBREW", "ARABIC",
                          "DEVANAGARI", "CJK", "HIRAGANA", "KATAKANA", "HANGUL"}:
            return False
    return True


def main():
    with open("data/economies.csv", newline="", encoding="utf-8") as f:
        economies = list(csv.DictReader(f))
    official = get_global("territory_languages")
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
        for name, kind in candidates:
            if not name or name.casefold() in seen:
                continue
            if not keyable(name) or len(name.encode()) > MAX_BYTES:
                continue
            seen.add(name.casefold())
            rows.append([code, name, kind])
        out.writerows(rows)


if __name__ == "__main__":
    main()
