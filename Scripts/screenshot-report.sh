#!/usr/bin/env bash
# Renders the HTML report of the examples' ledger in headless Chromium to a PNG, to look at the
# report as an editor would. Installs Debian's chromium when it is missing. Not part of the
# test suite.
# Usage: Scripts/screenshot-report.sh [OUTPUT.png]   (default: .build/report.png)
set -euo pipefail
cd "$(dirname "$0")/.."
output=${1:-.build/report.png}
source Scripts/lib/chromium.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build --product claimledger >/dev/null
tool=$(swift build --show-bin-path)/claimledger
"$tool" check --ledger "$work/ledger.sqlite" Examples/ >/dev/null
mkdir -p "$(dirname "$output")"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,2600 \
  --screenshot="$(realpath -m "$output")" "file://$work/report.html" 2>/dev/null
echo "$output"
