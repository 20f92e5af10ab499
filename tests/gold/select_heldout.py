#!/usr/bin/env python3
"""Pick the BBC articles that make up the held-out gold set tests/gold/bbc_heldout.json.

The held-out set is annotated by hand like tests/gold/bbc.json but is meant to be
looked at as little as possible while developing: it measures whether extraction
rules tuned on the development gold generalise to unseen articles.

The BBC corpus (BBC News 2004-2005, five folders: business, entertainment, politics,
sport, tech, each holding NNN.txt files) lives outside the repository; its text must
never be committed here. This script only names the articles chosen.

Selection: the development picks, select_bbc.select(corpus, select_bbc.SEED) (35
articles, seed 20261123), are excluded first. Then one generator
rng = random.Random(HELDOUT_SEED) is created, and for each category in the fixed order
of select_bbc.CATEGORIES the sorted listing of *.txt files in that folder, minus the
development picks of that folder, is sampled with rng.sample(listing, PER_CATEGORY).
(One generator for all categories, as in select_bbc, so that the folders do not get
nearly the same file numbers.) The result is printed as relative paths
("business/123.txt"), one per line, sorted within each category.

Articles are named "<category>_<NNN>.txt" in the gold (select_bbc.unique_name), since
basenames repeat across folders and the scorer matches by basename; `--copy-to DIR`
copies the selected articles into DIR under those names so they can be ingested for
scoring (use a temporary directory, never the repository).

Usage:
  python3 tests/gold/select_heldout.py [--corpus /work/shared/corpora/bbc] [--copy-to /tmp/bbc_heldout]
Standard library only.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import select_bbc  # noqa: E402
from select_bbc import DEFAULT_CORPUS  # noqa: E402

HELDOUT_SEED = 777
SEED = HELDOUT_SEED  # alias, so check_gold can treat both selectors alike
PER_CATEGORY = 4


def select(corpus=DEFAULT_CORPUS, seed=HELDOUT_SEED, per_category=PER_CATEGORY):
    """Return the held-out articles as relative paths 'category/NNN.txt'.

    The development selection of select_bbc (its own seed) is always excluded.
    """
    excluded = frozenset(select_bbc.select(corpus, select_bbc.SEED))
    return select_bbc.select(corpus, seed, per_category, exclude=excluded)


if __name__ == "__main__":
    select_bbc.run_cli("select_heldout", __doc__, select)
