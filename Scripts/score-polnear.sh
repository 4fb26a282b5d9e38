#!/usr/bin/env bash
# Scores the extractor on PolNeAR the way the project is judged: every article written to ID.txt,
# `claimledger extract --format jsonl` on those files, the reference scorer on the output; then
# `claimledger eval` on the same gold, whose figures must agree.
# Usage: Scripts/score-polnear.sh [COMPARTMENT] [PATH-TO-claimledger]   (default: dev, release build)
set -euo pipefail
cd "$(dirname "$0")/.."
gold=../shared/polnear/train-dev.jsonl
source Scripts/lib/shared-data.sh
needs_shared "$gold"
compartment=${1:-dev}
tool=${2:-$(Scripts/release-tool.sh)}
python3 - "$gold" "$compartment" "$work" <<'PY'
import json, os, sys
gold, compartment, work = sys.argv[1:]
for line in open(gold, encoding="utf-8"):
    d = json.loads(line)
    if d.get("compartment") != compartment:
        continue
    name = d["id"].rsplit("/", 1)[-1]
    with open(os.path.join(work, name + ".txt"), "w", encoding="utf-8", newline="") as f:
        f.write(d["text"])
PY
"$tool" extract --format jsonl "$work"/*.txt >"$work/predictions.jsonl"
echo "== reference scorer (../shared/tools/score.py)"
python3 ../shared/tools/score.py "$gold" "$work/predictions.jsonl" --compartment "$compartment"
echo "== claimledger eval"
"$tool" eval "$gold" --compartment "$compartment"
