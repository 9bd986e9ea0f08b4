#!/usr/bin/env bash
# Every generated HTML file through the Nu Html Checker (npm vnu-jar, run by the
# machine's Java). Fails on any error; warnings are printed but allowed.
# Usage: scripts/validate-html.sh [DIST...]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=node_modules/vnu-jar/build/dist/vnu.jar
[ -f "$jar" ] || { echo "missing $jar: run scripts/setup.sh" >&2; exit 1; }
command -v java >/dev/null || { echo "java is missing: run scripts/setup.sh --browser" >&2; exit 1; }
mapfile -d '' files < <(find "${@:-dist}" -name '*.html' -print0 | sort -z)
[ ${#files[@]} -gt 0 ] || { echo "no HTML files in ${*:-dist}" >&2; exit 1; }
# The CSP <meta> warnings are an artefact of checking files rather than served pages.
if ! out=$(java -Xss4m -jar "$jar" --errors-only --format text "${files[@]}" 2>&1); then
  echo "$out" | head -60
  echo "The Nu Html Checker found $(grep -c '^Error' <<<"$out") errors in ${#files[@]} files." >&2
  exit 1
fi
echo "The Nu Html Checker found no errors in ${#files[@]} HTML files."
