#!/usr/bin/env bash
# Scores the linker on news sentence pairs labelled as paraphrases or not
# (`Scripts/paraphrase/README.md`): every labelled pair's sentences as quotations by two named
# speakers in one fresh ledger, then precision and recall of the links between the two sides.
# Usage: Scripts/score-paraphrase.sh [PATH-TO-claimledger]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/polnear/train-dev.jsonl
source Scripts/lib/shared-data.sh
needs_shared "$corpus"
tool=${1:-$(Scripts/release-tool.sh)}
python3 Scripts/paraphrase/pairs.py "$corpus" >"$work/pairs.jsonl"
python3 - "$work" Scripts/paraphrase/labels.tsv <<'PY'
import json, os, sys
work, labels = sys.argv[1:]
pairs = {}
for line in open(os.path.join(work, "pairs.jsonl"), encoding="utf-8"):
    p = json.loads(line)
    pairs[(p["key_a"], p["key_b"])] = p
speakers = ["Alan Reed", "Bea Jones", "Carla Diaz", "Dev Patel", "Erin Walsh", "Farid Haddad"]
os.makedirs(os.path.join(work, "articles"))
kept = []
for n, line in enumerate(open(labels, encoding="utf-8").read().splitlines()[1:]):
    label, key_a, key_b = line.split("\t")
    pair = pairs.get((key_a, key_b))
    if pair is None:
        sys.exit(f"{labels}: no pair {key_a} {key_b} in the corpus: is it the same PolNeAR file?")
    for side, sentence in (("a", pair["a"]), ("b", pair["b"])):
        speaker = speakers[(2 * n + (side == "b")) % len(speakers)]
        with open(os.path.join(work, "articles", f"pair{n:03d}{side}.txt"), "w", encoding="utf-8") as f:
            f.write(f"Officials spoke on Tuesday.\n\n\u201c{sentence.rstrip('.')},\u201d said {speaker}.\n")
    kept.append({"n": n, "label": label, "a": pair["a"], "b": pair["b"]})
json.dump(kept, open(os.path.join(work, "labels.json"), "w"))
PY
"$tool" ingest --ledger "$work/ledger.sqlite" "$work/articles" >/dev/null
"$tool" claims --ledger "$work/ledger.sqlite" --format jsonl >"$work/claims.jsonl"
python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
groups = {}
for line in open(os.path.join(work, "claims.jsonl"), encoding="utf-8"):
    r = json.loads(line)
    groups.setdefault(r["article"], set()).add(r["group"])
tp = fp = fn = 0
wrong, missed = [], []
pairs = json.load(open(os.path.join(work, "labels.json")))
for p in pairs:
    linked = bool(groups.get(f"pair{p['n']:03d}a", set()) & groups.get(f"pair{p['n']:03d}b", set()))
    if linked and p["label"] == "SAME":
        tp += 1
    elif linked:
        fp += 1
        wrong.append(p)
    elif p["label"] == "SAME":
        fn += 1
        missed.append(p)
print(f"pairs: {len(pairs)} ({tp + fn} SAME)")
print(f"linked: {tp + fp}")
print(f"precision: {tp / (tp + fp):.3f}" if tp + fp else "precision: -")
print(f"recall: {tp / (tp + fn):.3f}" if tp + fn else "recall: -")
for title, listed in (("wrong links (DIFF pairs linked)", wrong), ("missed links (SAME pairs not linked)", missed)):
    print(f"\n== {title}: {len(listed)}")
    for p in listed:
        print(f"- a: {p['a']}\n  b: {p['b']}")
PY
