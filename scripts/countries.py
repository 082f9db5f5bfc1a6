"""Regenerates examples/support/countries.tsv: every country of ISO
3166-1 (alpha-2 code, alpha-3 code, short name), for the lookup
example's messages about an economy code of no economy of the ranking
(`--economy NA`: Namibia's code, a country with no cluster).

    pip install pycountry==26.2.16
    python3 scripts/countries.py > examples/support/countries.tsv

The codes and names are ISO 3166-1's, through pycountry (LGPL-2.1; its
data is Debian's iso-codes). Tab-separated, one country a line, by code.
"""

import sys

import pycountry


def main():
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        name = getattr(country, "common_name", None) or country.name
        fields = [country.alpha_2, country.alpha_3, name]
        assert not any("\t" in f or "\n" in f for f in fields), fields
        sys.stdout.write("\t".join(fields) + "\n")


if __name__ == "__main__":
    main()
