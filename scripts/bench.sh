#!/usr/bin/env bash
# Size and speed figures: builds the release site (timing the build), then measures it.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
BASE_PATH= bash scripts/build-dist.sh dist >/dev/null 2>&1
echo "Release build (trunk + prerender, warm cargo cache): $(( $(date +%s) - start )) s"
echo
echo "## Ranking, real catalogue and a synthetic one 100 times larger (native, release)"
echo
cargo run --quiet --release --locked --offline --features ssr --bin search-bench
echo
node scripts/bench.mjs dist "${RUNS:-9}"
