#!/usr/bin/env bash
# What each entry point adds to a small release binary: builds five tiny
# programs against this crate (default features off; opt-level "s", LTO,
# one codegen unit, panic = abort, stripped) that read a query from their
# arguments and print the answer's rank, and reports each one's size less
# the size of the program that calls nothing of the crate.
#
#   benches/footprint.sh                         # the table, in KiB
#   FOOTPRINT_KEEP=dir FOOTPRINT_STRIP=false benches/footprint.sh
#                                     # keep the programs, with symbols
set -euo pipefail
crate=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/src/bin"
cat > "$work/Cargo.toml" <<TOML
[package]
name = "footprint"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
gii-clusters = { path = "$crate", default-features = false }

[profile.release]
opt-level = "s"
lto = true
codegen-units = 1
panic = "abort"
strip = ${FOOTPRINT_STRIP:-true}

[workspace]
TOML

# Each program prints the rank its argument finds, so nothing is optimized
# away; `none` reads and prints the argument's length only.
program() {
    cat > "$work/src/bin/$1.rs" <<RUST
fn main() {
    let query = std::env::args().nth(1).unwrap_or_default();
    let rank: Option<u8> = $2;
    println!("{rank:?}");
}
RUST
}
program none 'u8::try_from(query.len()).ok()'
program by_rank 'query.parse().ok().and_then(gii_clusters::by_rank).map(|c| c.rank())'
program by_name 'gii_clusters::by_name(&query).map(|c| c.rank())'
program parse 'gii_clusters::parse(&query).ok().map(|c| c.rank())'
program locate 'gii_clusters::locate(&query).map(|c| c.rank())'

CARGO_TARGET_DIR="$work/target" cargo build --quiet --release --manifest-path "$work/Cargo.toml" --bins
bin="$work/target/release"
# The programs must answer: a size of code that does nothing is no size.
[ "$("$bin/by_rank" 4)" = "Some(4)" ] && [ "$("$bin/by_name" Beijing)" = "Some(4)" ] \
    && [ "$("$bin/parse" Beijng)" = "None" ] && [ "$("$bin/parse" '#4')" = "Some(4)" ] \
    && [ "$("$bin/locate" 'Tsinghua University, Beijing 100084, China')" = "Some(4)" ] \
    || { echo "footprint: a program gave a wrong answer" >&2; exit 1; }
[ -n "${FOOTPRINT_KEEP:-}" ] && cp "$bin"/{none,by_rank,by_name,parse,locate} "$FOOTPRINT_KEEP"/
base=$(stat -c %s "$bin/none")
printf '| entry point | adds to the binary |\n| --- | ---: |\n'
for entry in by_rank by_name parse locate; do
    size=$(stat -c %s "$bin/$entry")
    awk -v e="$entry" -v d="$((size - base))" 'BEGIN { printf "| `%s` | %.1f KiB |\n", e, d / 1024 }'
done
