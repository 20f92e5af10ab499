#!/usr/bin/env python3
"""Pick the BBC articles that make up the hand-annotated gold set tests/gold/bbc.json.

The BBC corpus (BBC News 2004-2005, five folders: business, entertainment, politics,
sport, tech, each holding NNN.txt files) lives outside the repository; its text must
never be committed here. This script only names the articles chosen.

Selection: one generator rng = random.Random(SEED) is created; then, for each category
in the fixed order of CATEGORIES, the sorted listing of *.txt files in that folder is
sampled with rng.sample(listing, PER_CATEGORY). (A single generator, not a fresh one per
category: re-seeding per category would pick nearly the same file numbers in every
folder, since the folders differ only in length.) The result is printed as relative
paths ("business/123.txt"), one per line, sorted within each category.

File names repeat across folders (001.txt exists in all five), while the scorer matches
an article by the basename of its `source`. The gold therefore names each article
"<category>_<NNN>.txt"; `--copy-to DIR` copies the selected articles into DIR under
those unique names so they can be ingested for scoring (use a temporary directory,
never the repository).

Usage:
  python3 tests/gold/select_bbc.py [--corpus /work/shared/corpora/bbc] [--copy-to /tmp/bbc_gold]
Standard library only.
"""

import argparse
import os
import random
import shutil
import sys

SEED = 20261123
PER_CATEGORY = 7
CATEGORIES = ["business", "entertainment", "politics", "sport", "tech"]
# The corpus sits in ../shared beside the project checkout.
DEFAULT_CORPUS = os.path.normpath(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpora", "bbc")
)


def unique_name(relpath):
    """'business/001.txt' -> 'business_001.txt' (the name the gold file uses)."""
    cat, base = relpath.split("/")
    return f"{cat}_{base}"


def select(corpus=DEFAULT_CORPUS, seed=SEED, per_category=PER_CATEGORY, exclude=frozenset()):
    """Return the selected articles as relative paths 'category/NNN.txt', skipping `exclude`."""
    rng = random.Random(seed)
    chosen = []
    for cat in CATEGORIES:
        listing = sorted(
            f
            for f in os.listdir(os.path.join(corpus, cat))
            if f.endswith(".txt") and f"{cat}/{f}" not in exclude
        )
        picks = rng.sample(listing, per_category)
        chosen.extend(f"{cat}/{f}" for f in sorted(picks))
    return chosen


def run_cli(prog, doc, select_fn):
    """The command line both selectors share: list the picks, optionally copy them for scoring."""
    ap = argparse.ArgumentParser(
        prog=prog, description=doc, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--corpus", default=DEFAULT_CORPUS, help="root of the BBC corpus")
    ap.add_argument(
        "--copy-to", metavar="DIR", help="copy the selected articles into DIR as <category>_<NNN>.txt"
    )
    args = ap.parse_args()
    if not os.path.isdir(args.corpus):
        print(f"{prog}: no corpus at {args.corpus}", file=sys.stderr)
        sys.exit(2)
    chosen = select_fn(args.corpus)
    if args.copy_to:
        os.makedirs(args.copy_to, exist_ok=True)
    for rel in chosen:
        print(rel)
        if args.copy_to:
            shutil.copyfile(os.path.join(args.corpus, rel), os.path.join(args.copy_to, unique_name(rel)))


if __name__ == "__main__":
    run_cli("select_bbc", __doc__, select)
