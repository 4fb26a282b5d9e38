#!/usr/bin/env bash
# Builds the libFuzzer targets in their own scratch path (.build-fuzz, git-ignored) and runs one.
# Usage: Scripts/fuzz.sh TARGET SECONDS   (TARGET: html, text, import, diff, roundtrip)
# Crashes and slow inputs land in .build-fuzz/findings-TARGET/; copy each into
# Tests/FuzzCorpus/TARGET/ with its fix, where FuzzReplayTests replays them.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: Scripts/fuzz.sh html|text|import|diff|roundtrip SECONDS}
seconds=${2:-300}
swift build --scratch-path .build-fuzz --product claimledger-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld >/dev/null
binary=$(swift build --scratch-path .build-fuzz --show-bin-path)/claimledger-fuzz
corpus=.build-fuzz/corpus-$target
findings=.build-fuzz/findings-$target
mkdir -p "$corpus" "$findings"
# Seeds: the examples and the test corpus of earlier findings.
cp Examples/* "$corpus/" 2>/dev/null || true
[ "$target" = import ] && cp Ledger/examples.xml "$corpus/" || true
[ -d "Tests/FuzzCorpus/$target" ] && cp Tests/FuzzCorpus/"$target"/* "$corpus/" 2>/dev/null || true
FUZZ_TARGET=$target "$binary" "$corpus" -max_total_time="$seconds" -timeout=1 -max_len=102400 \
  -artifact_prefix="$findings/" -print_final_stats=1 2>&1 | tail -n 25
