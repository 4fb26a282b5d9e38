#!/usr/bin/env bash
# Builds the release claimledger (quietly) and prints its path: the scripts that measure the
# project run the build a user runs.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product claimledger >/dev/null
echo "$(swift build -c release --show-bin-path)/claimledger"
