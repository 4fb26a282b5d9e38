#!/usr/bin/env bash
# Starts `claimledger serve` on the examples' ledger (with one review mark, so the review state
# shows) and renders four pages in headless Chromium to PNGs: the overview, a claim, an article
# and a diff between two versions. To look at the app as an editor would; not part of the tests.
# Installs Debian's chromium when it is missing.
# Usage: Scripts/screenshot-serve.sh [FOLDER]   (default: .build/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
folder=$(realpath -m "${1:-.build/screenshots}")
source Scripts/lib/chromium.sh
work=$(mktemp -d)
swift build --product claimledger >/dev/null
tool=$(swift build --show-bin-path)/claimledger
"$tool" ingest --ledger "$work/ledger.sqlite" Examples/ >/dev/null
# The claim of the first statement linked to another: a claim with evidence to show.
group=$("$tool" claims --ledger "$work/ledger.sqlite" --format jsonl | python3 -c '
import json, sys
rows = [json.loads(line) for line in sys.stdin]
print(next(r["group"] for r in rows if r["linked_to"]))')
"$tool" review mark "$group" --status checked --note "confirmed with the city's press office" \
  --as "Ana Ortiz" --ledger "$work/ledger.sqlite" >/dev/null
"$tool" serve --ledger "$work/ledger.sqlite" --port 0 >"$work/address" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -s "$work/address" ] && break; sleep 0.1; done
base=$(sed 's/^listening on //' "$work/address")
mkdir -p "$folder"
shoot() {
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,1800 \
    --screenshot="$folder/$1.png" "$base$2" 2>/dev/null
  echo "$folder/$1.png"
}
shoot overview /
shoot claim "/claims/$group"
shoot article /articles/harbor-bridge-wire
shoot diff "/articles/harbor-bridge-wire/diff?from=1&to=2"
