#!/usr/bin/env python3
"""Pick the BBC articles that make up the fifth held-out gold set tests/gold/bbc_heldout5.json.

Like tests/gold/select_heldout4.py, but all five earlier selections are excluded first: the
development picks select_bbc.select(corpus, select_bbc.SEED) (35 articles, seed 20261123),
the first held-out picks select_heldout.select(corpus) (20 articles, seed 777) and the second
held-out picks select_heldout2.select(corpus) (20 articles, seed 4242) and the third
held-out picks select_heldout3.select(corpus) (20 articles, seed 9001) and the fourth
held-out picks select_heldout4.select(corpus) (20 articles, seed 1234). Then one generator
rng = random.Random(HELDOUT5_SEED) samples PER_CATEGORY files from each category's remaining
sorted listing, in the order of select_bbc.CATEGORIES. Printed as relative paths
("business/123.txt"), sorted within each category; the gold names them "<category>_<NNN>.txt".
The corpus text must never be committed; `--copy-to DIR` copies the picks to a scratch DIR.

Usage:
  python3 tests/gold/select_heldout5.py [--corpus /work/shared/corpora/bbc] [--copy-to /tmp/bbc_heldout5]
Standard library only.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import select_bbc  # noqa: E402
import select_heldout  # noqa: E402
import select_heldout2  # noqa: E402
import select_heldout3  # noqa: E402
import select_heldout4  # noqa: E402
from select_bbc import DEFAULT_CORPUS  # noqa: E402

HELDOUT5_SEED = 5678
SEED = HELDOUT5_SEED  # alias, so check_gold can treat all selectors alike
PER_CATEGORY = 4


def select(corpus=DEFAULT_CORPUS, seed=HELDOUT5_SEED, per_category=PER_CATEGORY):
    """Return the fifth held-out articles as 'category/NNN.txt', excluding the five earlier sets."""
    excluded = frozenset(
        select_bbc.select(corpus, select_bbc.SEED)
        + select_heldout.select(corpus)
        + select_heldout2.select(corpus)
        + select_heldout3.select(corpus)
        + select_heldout4.select(corpus)
    )
    return select_bbc.select(corpus, seed, per_category, exclude=excluded)


if __name__ == "__main__":
    select_bbc.run_cli("select_heldout5", __doc__, select)
