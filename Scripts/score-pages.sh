#!/usr/bin/env bash
# Scores `claimledger text` on the real news pages in ../shared/pages against their expected
# article text, with the reference scorer; prints one row per page and the mean last.
# Usage: Scripts/score-pages.sh [PATH-TO-claimledger]   (default: a debug build)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=../shared/pages
source Scripts/lib/shared-data.sh
needs_shared "$pages"
tool=${1:-}
if [ -z "$tool" ]; then
  swift build --product claimledger >/dev/null
  tool=$(swift build --show-bin-path)/claimledger
fi
for page in "$pages"/*.html; do
  name=$(basename "$page" .html)
  "$tool" text "$page" >"$work/$name.txt" || echo "failed: $page" >&2
done
python3 ../shared/tools/text_score.py "$pages" "$work"
