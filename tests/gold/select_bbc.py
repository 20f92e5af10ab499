#!/usr/bin/env python3
"""Pick the BBC articles that make up each hand-annotated gold set in tests/gold/.

The BBC corpus (BBC News 2004-2005, five folders: business, entertainment, politics,
sport, tech, each holding NNN.txt files) lives outside the repository; its text must
never be committed here. This script only names the articles chosen.

The sets, in the order they were drawn, are GOLD_SETS: (gold file, seed, articles per
category). The first, bbc.json, is the development set; the others are held out: annotated
by reading, without looking at extractor output, to measure whether rules generalise. Each
set excludes every article an earlier set picked, so no article is in two sets. From set 95
on a category may have fewer undrawn articles than a set draws; it then gives all it has left
(entertainment gives 3 to set 95 and none after, tech 4 to set 98 and 2 to set 99), so those
sets hold 19, 16 and (set 99) 14 articles. Sets 100 and 101 draw 6 per category from the three
categories left (business, politics, sport), 18 articles each. Sets 102 and 103 draw 6 per category
again; politics has 2 left for set 102 and none after, so they hold 14 and 12 articles, as do
sets 104 and 105 (12 each).

Selection of one set: one generator rng = random.Random(seed) is created; then, for each
category in the fixed order of CATEGORIES, the sorted listing of *.txt files in that folder,
minus the earlier sets' picks, is sampled with rng.sample(listing, per_category). (A single
generator, not a fresh one per category: re-seeding per category would pick nearly the same
file numbers in every folder, since the folders differ only in length.) The result is printed
as relative paths ("business/123.txt"), one per line, sorted within each category.

File names repeat across folders (001.txt exists in all five), while the scorer matches
an article by the basename of its `source`. The gold therefore names each article
"<category>_<NNN>.txt"; `--copy-to DIR` copies the selected articles into DIR under
those unique names so they can be ingested for scoring (use a temporary directory,
never the repository).

Usage:
  python3 tests/gold/select_bbc.py [--set bbc_heldout3.json] [--corpus DIR] [--copy-to /tmp/bbc_gold]
Standard library only.
"""

import argparse
import os
import random
import shutil
import sys

CATEGORIES = ["business", "entertainment", "politics", "sport", "tech"]
# (gold file, seed, articles per category), in the order drawn. Append new sets; never reorder.
GOLD_SETS = (
    ("bbc.json", 20261123, 7),
    ("bbc_heldout.json", 777, 4),
    ("bbc_heldout2.json", 4242, 4),
    ("bbc_heldout3.json", 9001, 4),
    ("bbc_heldout4.json", 1234, 4),
    ("bbc_heldout5.json", 5678, 4),
    ("bbc_heldout6.json", 8080, 4),
    ("bbc_heldout7.json", 3141, 4),
    ("bbc_heldout8.json", 2718, 4),
    ("bbc_heldout9.json", 1618, 4),
    ("bbc_heldout10.json", 4711, 4),
    ("bbc_heldout11.json", 6174, 4),
    ("bbc_heldout12.json", 2024, 4),
    ("bbc_heldout13.json", 1729, 4),
    ("bbc_heldout14.json", 8128, 4),
    ("bbc_heldout15.json", 4096, 4),
    ("bbc_heldout16.json", 3571, 4),
    ("bbc_heldout17.json", 9973, 4),
    ("bbc_heldout18.json", 2357, 4),
    ("bbc_heldout19.json", 7919, 4),
    ("bbc_heldout20.json", 6007, 4),
    ("bbc_heldout21.json", 5113, 4),
    ("bbc_heldout22.json", 8311, 4),
    ("bbc_heldout23.json", 3389, 4),
    ("bbc_heldout24.json", 4421, 4),
    ("bbc_heldout25.json", 7027, 4),
    ("bbc_heldout26.json", 1597, 4),
    ("bbc_heldout27.json", 2887, 4),
    ("bbc_heldout28.json", 6421, 4),
    ("bbc_heldout29.json", 3607, 4),
    ("bbc_heldout30.json", 9241, 4),
    ("bbc_heldout31.json", 5303, 4),
    ("bbc_heldout32.json", 7741, 4),
    ("bbc_heldout33.json", 2591, 4),
    ("bbc_heldout34.json", 8863, 4),
    ("bbc_heldout35.json", 4157, 4),
    ("bbc_heldout36.json", 1931, 4),
    ("bbc_heldout37.json", 6679, 4),
    ("bbc_heldout38.json", 2963, 4),
    ("bbc_heldout39.json", 8447, 4),
    ("bbc_heldout40.json", 5519, 4),
    ("bbc_heldout41.json", 3823, 4),
    ("bbc_heldout42.json", 7583, 4),
    ("bbc_heldout43.json", 1097, 4),
    ("bbc_heldout44.json", 2143, 4),
    ("bbc_heldout45.json", 6833, 4),
    ("bbc_heldout46.json", 4519, 4),
    ("bbc_heldout47.json", 9127, 4),
    ("bbc_heldout48.json", 3307, 4),
    ("bbc_heldout49.json", 7411, 4),
    ("bbc_heldout50.json", 5867, 4),
    ("bbc_heldout51.json", 1289, 4),
    ("bbc_heldout52.json", 4471, 4),
    ("bbc_heldout53.json", 8093, 4),
    ("bbc_heldout54.json", 2617, 4),
    ("bbc_heldout55.json", 6359, 4),
    ("bbc_heldout56.json", 1753, 4),
    ("bbc_heldout57.json", 9241, 4),
    ("bbc_heldout58.json", 3089, 4),
    ("bbc_heldout59.json", 5521, 4),
    ("bbc_heldout60.json", 7723, 4),
    ("bbc_heldout61.json", 1409, 4),
    ("bbc_heldout62.json", 5087, 4),
    ("bbc_heldout63.json", 2861, 4),
    ("bbc_heldout64.json", 9533, 4),
    ("bbc_heldout65.json", 4177, 4),
    ("bbc_heldout66.json", 6691, 4),
    ("bbc_heldout67.json", 3251, 4),
    ("bbc_heldout68.json", 3839, 4),
    ("bbc_heldout69.json", 1056, 4),
    ("bbc_heldout70.json", 3257, 4),
    ("bbc_heldout71.json", 8621, 4),
    ("bbc_heldout72.json", 9021, 4),
    ("bbc_heldout73.json", 3665, 4),
    ("bbc_heldout74.json", 1155, 4),
    ("bbc_heldout75.json", 6161, 4),
    ("bbc_heldout76.json", 7411, 4),
    ("bbc_heldout77.json", 2293, 4),
    ("bbc_heldout78.json", 5867, 4),
    ("bbc_heldout79.json", 8179, 4),
    ("bbc_heldout80.json", 4723, 4),
    ("bbc_heldout81.json", 9377, 4),
    ("bbc_heldout82.json", 1618, 4),
    ("bbc_heldout83.json", 6029, 4),
    ("bbc_heldout84.json", 4315, 4),
    ("bbc_heldout85.json", 8303, 4),
    ("bbc_heldout86.json", 2880, 4),
    ("bbc_heldout87.json", 7594, 4),
    ("bbc_heldout88.json", 3391, 4),
    ("bbc_heldout89.json", 6652, 4),
    ("bbc_heldout90.json", 1207, 4),
    ("bbc_heldout91.json", 9046, 4),
    ("bbc_heldout92.json", 8545, 4),
    ("bbc_heldout93.json", 3779, 4),
    ("bbc_heldout94.json", 9535, 4),
    ("bbc_heldout95.json", 6211, 4),
    ("bbc_heldout96.json", 4523, 4),
    ("bbc_heldout97.json", 8707, 4),
    ("bbc_heldout98.json", 3967, 4),
    ("bbc_heldout99.json", 7253, 4),
    ("bbc_heldout100.json", 2317, 6),
    ("bbc_heldout101.json", 1073, 6),
    ("bbc_heldout102.json", 4861, 6),
    ("bbc_heldout103.json", 7309, 6),
    ("bbc_heldout104.json", 6143, 6),
    ("bbc_heldout105.json", 2459, 6),
)
SEED = GOLD_SETS[0][1]
# The corpus sits in ../shared beside the project checkout.
DEFAULT_CORPUS = os.path.normpath(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpora", "bbc")
)


def unique_name(relpath):
    """'business/001.txt' -> 'business_001.txt' (the name the gold file uses)."""
    cat, base = relpath.split("/")
    return f"{cat}_{base}"


def sample(corpus, seed, per_category, exclude=frozenset()):
    """One draw: `per_category` articles of each category (or all it has left), as 'category/NNN.txt',
    skipping `exclude`."""
    rng = random.Random(seed)
    chosen = []
    for cat in CATEGORIES:
        listing = sorted(
            f
            for f in os.listdir(os.path.join(corpus, cat))
            if f.endswith(".txt") and f"{cat}/{f}" not in exclude
        )
        # a category with fewer undrawn articles than per_category gives all it has left
        # (entertainment from set 95 on), so late sets stay drawable
        picks = rng.sample(listing, min(per_category, len(listing)))
        chosen.extend(f"{cat}/{f}" for f in sorted(picks))
    return chosen


def select(corpus=DEFAULT_CORPUS, gold="bbc.json"):
    """The articles of the gold set `gold` (a file name in GOLD_SETS), earlier sets excluded."""
    taken = set()
    for name, seed, per_category in GOLD_SETS:
        picks = sample(corpus, seed, per_category, exclude=frozenset(taken))
        if name == gold:
            return picks
        taken.update(picks)
    raise KeyError(f"no gold set {gold!r}; known: {', '.join(n for n, _s, _p in GOLD_SETS)}")


def gold_for_seed(seed):
    """The gold file drawn with `seed` (gold files record their seed)."""
    return next((name for name, s, _p in GOLD_SETS if s == seed), None)


def main():
    ap = argparse.ArgumentParser(
        prog="select_bbc", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--set", default="bbc.json", choices=[n for n, _s, _p in GOLD_SETS], help="gold set")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS, help="root of the BBC corpus")
    ap.add_argument(
        "--copy-to", metavar="DIR", help="copy the selected articles into DIR as <category>_<NNN>.txt"
    )
    args = ap.parse_args()
    if not os.path.isdir(args.corpus):
        print(f"select_bbc: no corpus at {args.corpus}", file=sys.stderr)
        sys.exit(2)
    chosen = select(args.corpus, args.set)
    if args.copy_to:
        os.makedirs(args.copy_to, exist_ok=True)
    for rel in chosen:
        print(rel)
        if args.copy_to:
            shutil.copyfile(os.path.join(args.corpus, rel), os.path.join(args.copy_to, unique_name(rel)))


if __name__ == "__main__":
    main()
