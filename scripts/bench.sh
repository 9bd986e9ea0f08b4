#!/usr/bin/env bash
# Size and speed figures: builds the release site (timing the build), then measures it.
# Lighthouse also measures a second build of the same site with SITE_ORIGIN set, which
# adds canonical links and the sitemap (SEO differs; nothing else should).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
BASE_PATH= SITE_ORIGIN= bash scripts/build-dist.sh dist >/dev/null 2>&1
echo "Release build (trunk + prerender, warm cargo cache): $(( $(date +%s) - start )) s"
BASE_PATH= SITE_ORIGIN=https://4xx.example bash scripts/build-dist.sh dist-origin >/dev/null 2>&1
echo
echo "## Ranking, real catalogue and a synthetic one 100 times larger (native, release)"
echo
cargo run --quiet --release --locked --offline --features ssr --bin search-bench
echo
node scripts/bench.mjs dist "${RUNS:-9}" dist-origin
