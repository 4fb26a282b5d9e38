#!/usr/bin/env bash
# Scores the ledger's claim links on real news the way the project is judged: the PolNeAR train
# and dev texts ingested into a fresh ledger (one file per article, named by the id's last part,
# `--outlet` its publisher), `claims --format jsonl`, then the reference scorer on the labelled
# pairs. Prints precision, recall and the wrong and missed links.
# Usage: Scripts/score-links.sh [SHOW] [PATH-TO-claimledger]   (SHOW: wrong/missed links to print, default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/polnear/train-dev.jsonl
pairs=../shared/links/dev-pairs.jsonl
source Scripts/lib/shared-data.sh
needs_shared "$corpus" "$pairs"
show=${1:-10}
tool=${2:-$(Scripts/release-tool.sh)}
python3 - "$corpus" "$work/articles" <<'PY'
import json, os, sys
corpus, folder = sys.argv[1:]
for line in open(corpus, encoding="utf-8"):
    d = json.loads(line)
    if d.get("compartment") not in ("train", "dev"):
        continue
    publisher = os.path.join(folder, d["publisher"])
    os.makedirs(publisher, exist_ok=True)
    with open(os.path.join(publisher, d["id"].rsplit("/", 1)[-1] + ".txt"), "w", encoding="utf-8", newline="") as f:
        f.write(d["text"])
PY
for publisher in "$work"/articles/*/; do
  "$tool" ingest --ledger "$work/ledger.sqlite" --outlet "$(basename "$publisher")" "$publisher" >/dev/null
done
"$tool" claims --ledger "$work/ledger.sqlite" --format jsonl >"$work/claims.jsonl"
python3 ../shared/tools/link_score.py "$pairs" "$work/claims.jsonl" --show "$show"
