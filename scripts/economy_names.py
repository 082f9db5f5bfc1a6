"""Regenerates data/economy_names.csv: the names each economy of the
ranking goes by: its ISO 3166-1 alpha-3 code, short name and formal name
(through the pycountry package), names from the Unicode CLDR (through the
Babel package), and everyday English names listed below.

    pip install babel==2.19.0 pycountry==26.2.16
    python3 scripts/economy_names.py > data/economy_names.csv

Names come from CLDR's territory names in English, Chinese (Simplified
and Traditional), Japanese and Korean, and in every language CLDR lists
as official or de facto official in the economy itself (its own name for
itself). A name is left out when it is already the economy's WIPO name or
Chinese name in data/economies.csv, or when the crate cannot key it (a
script its normalizer does not key, or a key longer than its
MAX_KEY_BYTES, as CLDR's long "Special Administrative Region" forms
are). Both checks ask the crate itself: the script builds the `keys`
example of gii-clusters-keys (the code the build and the lookups run)
and reads the key of each name from it.

Columns: `alpha2`, `name`, `kind` and `lang`. The kind is `alpha3` (the
ISO code, no lang), `iso` (ISO's short and formal names), `common`
(everyday English names and abbreviations), `own` (a name in one of the
economy's official languages, by CLDR) or `exonym` (another language's);
`lang` is the name's language tag (`en`, `zh`, `zh-hant`, `ja`, `de`…).
"""

import csv
import sys

import babel
import pycountry
from babel import Locale
from babel.core import get_global

from crate_keys import keys_of, keys_program

# Everyday English names and abbreviations neither ISO 3166-1 (pycountry)
# nor CLDR's default names give.
# Abbreviations are written without periods: keys join initials, so
# "U.S." finds "US" and "U.K." finds "UK".
EVERYDAY = {
    "CN": ["PRC", "PR China", "Mainland China"],
    "GB": ["UK", "Great Britain", "Britain"],
    "HK": ["Hong Kong", "Hong Kong SAR", "HKSAR"],
    "IR": ["Persia"],
    "KR": ["Korea", "Republic of Korea"],
    "NL": ["The Netherlands", "Holland"],
    "RU": ["Russian Federation"],
    "TR": ["Turkey"],
    "US": ["USA"],
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


def lang_tag(locale):
    """The `lang` column's tag of a Babel locale name: `zh_Hant` is
    `zh-hant`."""
    return locale.replace("_", "-").lower()


def kind_in(official_languages, lang):
    """`own` for a name in one of the economy's official languages (by
    its base language: `zh-hant` is `zh`), else `exonym`."""
    return "own" if lang.split("-")[0] in official_languages else "exonym"


def main():
    write(keys_program())


def write(program):
    with open("data/economies.csv", newline="", encoding="utf-8") as f:
        economies = list(csv.DictReader(f))
    official = get_global("territory_languages")
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["alpha2", "name", "kind", "lang"])
    for e in economies:
        code = e["alpha2"]
        iso = pycountry.countries.get(alpha_2=code)
        # A name is left out when its key is already the economy's: the
        # build would reject it as a duplicate.
        seen = set(keys_of(program, [e["name"], e["name_zh"], e["short_name"], iso.alpha_3]))
        rows = [[code, iso.alpha_3, "alpha3", ""]]
        languages = {lang for lang, info in official.get(code, {}).items()
                     if info.get("official_status") in ("official", "de_facto_official")}
        formal = getattr(iso, "official_name", None)
        candidates = [(iso.name, "iso", "en"), (formal, "iso", "en")]
        candidates += [(n, "common", "en") for n in EVERYDAY.get(code, [])]
        candidates += [(n, kind_in(languages, lang), lang) for n, lang in LOCAL.get(code, [])]
        candidates += [(Locale.parse(l).territories.get(code), kind_in(languages, lang_tag(l)),
                        lang_tag(l)) for l in LOCALES]
        for lang in sorted(languages):
            try:
                name = Locale.parse(lang).territories.get(code)
            except (ValueError, babel.UnknownLocaleError):
                continue
            candidates.append((name, "own", lang_tag(lang)))
        candidates = [c for c in candidates if c[0]]
        for (name, kind, lang), key in zip(candidates, keys_of(program, [c[0] for c in candidates])):
            if key is None or key in seen:
                continue
            seen.add(key)
            rows.append([code, name, kind, lang])
        out.writerows(rows)


if __name__ == "__main__":
    main()
