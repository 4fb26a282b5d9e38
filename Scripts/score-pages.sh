#!/usr/bin/env bash
# Scores `claimledger text` on the real news pages in ../shared/pages against their expected
# article text, with the reference scorer; prints one row per page and the mean last.
# Usage: Scripts/score-pages.sh [PATH-TO-claimledger]   (default: a debug build)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=../shared/pages
if [ ! -d "$pages" ]; then
  echo "skipped: $pages is absent (it lives beside the project, not in it)"
  exit 0
fi
tool=${1:-}
if [ -z "$tool" ]; then
  swift build --product claimledger >/dev/null
  tool=$(swift build --show-bin-path)/claimledger
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for page in "$pages"/*.html; do
  name=$(basename "$page" .html)
  "$tool" text "$page" >"$out/$name.txt" || echo "failed: $page" >&2
done
python3 ../shared/tools/text_score.py "$pages" "$out"
