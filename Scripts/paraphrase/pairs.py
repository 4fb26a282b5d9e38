"""News sentence pairs for the paraphrase measure, mined from the PolNeAR train and dev texts.

Sentences: lines of an article split at sentence ends, 60-260 characters, no quotation marks,
ending in a full stop. Pairs: two sentences of different articles sharing two rare terms
(in at most 30 sentences) with a TF-IDF cosine of content words in [0.45, 0.97), the same
sentence twice left out. Each pair is keyed by its two sentences' places
(`ARTICLE@OFFSET`, the offset in code points), so labels never hold article text.

Usage: pairs.py CORPUS           prints one JSON pair a line: {"a", "b", "key_a", "key_b", "cos"}
"""
import collections, json, math, re, sys

STOP = set(
    "the a an of to in and or for on at by with from that this is was are were be been has have had it its as he"
    " she they his her their said says will would not but which who".split())


def sentences(corpus):
    for line in open(corpus, encoding="utf-8"):
        d = json.loads(line)
        if d.get("compartment") not in ("train", "dev"):
            continue
        name, text = d["id"].rsplit("/", 1)[-1], d["text"]
        offset = 0
        for para in text.split("\n"):
            for m in re.finditer(r"\S.*?(?:[.!?](?=\s+[A-Z\"“]|\s*$)|$)", para):
                s = m.group(0).strip()
                if 60 <= len(s) <= 260 and not re.search(r"[\"“”'‘’]", s) and s[-1] == ".":
                    yield name, offset + m.start(), s
            offset += len(para) + 1


def tokens(s):
    return [w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in STOP and len(w) > 2]


def main(corpus):
    sents = list(sentences(corpus))
    toks = [tokens(s) for _, _, s in sents]
    df = collections.Counter()
    for t in toks:
        df.update(set(t))
    idf = {w: math.log(len(sents) / c) for w, c in df.items()}
    vectors = []
    for t in toks:
        v = {w: n * idf[w] for w, n in collections.Counter(t).items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1
        vectors.append({w: x / norm for w, x in v.items()})
    rare = collections.defaultdict(list)
    for i, t in enumerate(toks):
        for w in set(t):
            if df[w] <= 30:
                rare[w].append(i)
    for i in range(len(sents)):
        shared = collections.Counter(j for w in set(toks[i]) if df[w] <= 30 for j in rare[w] if j > i)
        for j, n in sorted(shared.items()):
            if n < 2 or sents[j][0] == sents[i][0] or sents[j][2] == sents[i][2]:
                continue
            cos = sum(x * vectors[j].get(w, 0) for w, x in vectors[i].items())
            if 0.45 <= cos < 0.97:
                print(json.dumps({
                    "a": sents[i][2], "b": sents[j][2], "key_a": f"{sents[i][0]}@{sents[i][1]}",
                    "key_b": f"{sents[j][0]}@{sents[j][1]}", "cos": round(cos, 2)}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
