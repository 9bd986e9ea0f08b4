#!/usr/bin/env bash
# The release build: Trunk compiles the app, then the prerenderer writes every route's
# page, the JSON, the sitemap and the service worker into the same folder, and every
# compressible file gets .gz and .br copies beside it.
# Usage: scripts/build-dist.sh [OUT_DIR]   (env: BASE_PATH=/sub-path, SITE_ORIGIN=https://...)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist}
base=${BASE_PATH:-}
base="/${base#/}"; base="${base%/}"            # "" or "/sub-path"
export BASE_PATH="$base"
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

rm -rf "$out"
trunk build --release --offline --public-url "$base/" --dist "$out"
node scripts/minify.mjs "$out" app
cargo run --quiet --locked --offline --features ssr --bin prerender -- "$out"
node scripts/minify.mjs "$out" worker
node scripts/compress.mjs "$out"
