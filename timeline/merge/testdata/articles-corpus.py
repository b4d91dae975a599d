#!/usr/bin/env python3
"""Writes a JSON Lines corpus of articles for measuring `timeline build
--articles` at scale: articles of 40 sentences drawn (with a fixed seed) from
the sentences of the shared articles, each article keeping the publication
date of the article its first sentence came from, until the corpus holds the
number of sentences asked for (sentences cut after . ! ? or 。).

usage: articles-corpus.py ARTICLES_DIR SENTENCES > corpus.jsonl
"""
import json, os, random, re, sys

def read(path):
    text = open(path, encoding="utf-8").read()
    meta = {}
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        for line in text[4:end].splitlines():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip().strip('"')
        text = text[end + 5:]
    return meta, text

def main():
    src, want = sys.argv[1], int(sys.argv[2])
    pool = []  # (sentence, published)
    for name in sorted(os.listdir(src)):
        if not name.endswith(".txt"):
            continue
        meta, text = read(os.path.join(src, name))
        pub = meta.get("published", "")
        for s in re.split(r"(?<=[.!?。])\s+", " ".join(text.split())):
            if len(s) > 20:
                pool.append((s, pub))
    rng = random.Random(1)
    n = i = 0
    while n < want:
        k = min(40, want - n)
        picks = [pool[rng.randrange(len(pool))] for _ in range(k)]
        pub = picks[0][1]
        print(json.dumps({"id": "corpus-%06d" % i, "url": "", "title": "corpus article %d" % i,
                          "publisher": "generated", "published": pub,
                          "text": " ".join(s for s, _ in picks)}, ensure_ascii=False))
        n += k
        i += 1

main()
