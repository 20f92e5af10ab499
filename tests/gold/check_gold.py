#!/usr/bin/env python3
"""Sanity-check tests/gold/bbc.json (or, with --gold, any held-out set such as
tests/gold/bbc_heldout5.json) against the BBC articles it annotates.

The articles are not in this repository; they live under /work/shared/corpora/bbc
(override with --corpus). When the corpus is absent the script only checks that the
gold file loads and is well-formed, and says so.

Checks, per article:
  * the file name is '<category>_<NNN>.txt' and is one of the set's picks by
    select_bbc.py (the set is found by the gold's top-level "seed"; no seed: bbc.json);
  * the title equals the article's first line;
  * every quote opening occurs in the text right after a quotation mark
    (straight double quote, or a single quote for nested quotations), in gold order;
  * completeness: every opening double quotation mark in the body starts one of the
    gold openings (so no quotation was forgotten);
  * speakers are null or the name of a person listed for that article;
  * each person's surname occurs in the text; each description keyword occurs in the text;
  * each event's keyword occurs in a sentence that also holds the event's year, and the
    date is YYYY, YYYY-MM or YYYY-MM-DD;
  * noise fragments occur in the text.
Prints problems and exits 1 if there are any. Standard library only.
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import select_bbc  # noqa: E402

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def opening_marks(body):
    """Positions of double quotation marks that open a quotation."""
    out = []
    for i, ch in enumerate(body):
        if ch != '"':
            continue
        prev = body[i - 1] if i else "\n"
        nxt = body[i + 1] if i + 1 < len(body) else " "
        if (prev.isspace() or prev in "([") and not nxt.isspace():
            out.append(i)
    return out


def check_article(ga, text, problems):
    f = ga["file"]
    lines = text.split("\n")
    title, body = lines[0].strip(), "\n".join(lines[1:])
    if ga.get("title") != title:
        problems.append(f"{f}: title {ga.get('title')!r} != first line {title!r}")
    names = {p["name"] for p in ga.get("people", [])}
    # openings, in order
    starts = []
    pos = 0
    for q in ga["quotes"]:
        op = q["opening"]
        # a double mark first: readers also put the same word in single quotes ('urban') between
        # the double-quoted uses; a single mark only for a quotation nested in another
        found = -1
        for marks in ('"', "'"):
            i = body.find(op, pos)
            while i != -1 and not (i > 0 and body[i - 1] in marks):
                i = body.find(op, i + 1)
            if i != -1:
                found = i
                break
        if found == -1:
            problems.append(f"{f}: opening not found after a quote mark (in order): {op!r}")
        else:
            starts.append(found)
            pos = found + 1  # the next opening starts after this one (the same word may be quoted twice)
        if q["speaker"] is not None and q["speaker"] not in names:
            problems.append(f"{f}: speaker {q['speaker']!r} not among the article's people")
    # completeness
    covered = set(s - 1 for s in starts)
    for i in opening_marks(body):
        if i not in covered:
            problems.append(f"{f}: quotation not annotated: {body[i:i + 60]!r}")
    for p in ga.get("people", []):
        last = p["name"].split()[-1]
        if last not in body:
            problems.append(f"{f}: person {p['name']!r} not in text")
        for k in p.get("keywords", []):
            if k.lower() not in body.lower():
                problems.append(f"{f}: keyword {k!r} for {p['name']} not in text")
    sentences = re.split(r"(?<=[.!?])\s+|\n+", body)
    for e in ga.get("events", []):
        if not DATE_RE.match(e["date"]):
            problems.append(f"{f}: bad date {e['date']!r}")
        year = e["date"][:4]
        if not any(year in s and e["keyword"].lower() in s.lower() for s in sentences):
            problems.append(f"{f}: event {e['date']} / {e['keyword']!r}: no sentence holds both")
    for frag in ga.get("noise", []):
        if frag not in body:
            problems.append(f"{f}: noise fragment not in text: {frag!r}")
    return len(opening_marks(body))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=os.path.join(HERE, "bbc.json"))
    ap.add_argument("--corpus", default=select_bbc.DEFAULT_CORPUS)
    args = ap.parse_args()
    with open(args.gold, encoding="utf-8") as fh:
        gold = json.load(fh)
    problems = []
    for ga in gold["articles"]:
        for key in ("file", "title", "published", "noise", "quotes", "people", "events"):
            if key not in ga:
                problems.append(f"{ga.get('file')}: missing {key}")
    if not os.path.isdir(args.corpus):
        print(f"check_gold: corpus {args.corpus} absent; checked structure only")
    else:
        seed = gold.get("seed", select_bbc.SEED)
        # the file's own name decides when it is a registered set drawn with that seed (two sets may
        # share a seed: heldout30 and heldout57 were both drawn with 9241, from different remainders)
        own = os.path.basename(args.gold)
        registered = any(name == own and s == seed for name, s, _p in select_bbc.GOLD_SETS)
        gold_set = own if registered else select_bbc.gold_for_seed(seed)
        if gold_set is None:
            print(f"check_gold: no gold set in select_bbc.GOLD_SETS was drawn with seed {seed}")
            sys.exit(1)
        picks = {select_bbc.unique_name(r): r for r in select_bbc.select(args.corpus, gold_set)}
        files = [ga["file"] for ga in gold["articles"]]
        if sorted(files) != sorted(picks):
            problems.append(f"gold files differ from the selection: {sorted(set(files) ^ set(picks))}")
        marks = 0
        for ga in gold["articles"]:
            rel = picks.get(ga["file"])
            if rel is None:
                continue
            with open(os.path.join(args.corpus, rel), encoding="utf-8") as fh:
                marks += check_article(ga, fh.read(), problems)
        n = len(gold["articles"])
        print(f"check_gold: {n} articles, {marks} opening double quote marks in the bodies")
    arts = gold["articles"]
    nq = sum(len(a["quotes"]) for a in arts)
    nnull = sum(1 for a in arts for q in a["quotes"] if q["speaker"] is None)
    npeople = sum(len(a["people"]) for a in arts)
    ndesc = sum(1 for a in arts for p in a["people"] if p["keywords"])
    nev = sum(len(a["events"]) for a in arts)
    print(f"quotes {nq} (null speaker {nnull}), people {npeople} (with keywords {ndesc}), events {nev}")
    for p in problems:
        print("PROBLEM", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
