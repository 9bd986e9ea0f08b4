#!/usr/bin/env bash
# Size and speed figures: builds the release site (timing the build), then measures it.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
BASE_PATH= bash scripts/build-dist.sh dist >/dev/null 2>&1
echo "Release build (trunk + prerender, warm cargo cache): $(( $(date +%s) - start )) s"
echo
node scripts/bench.mjs dist "${RUNS:-9}"
