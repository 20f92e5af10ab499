#!/usr/bin/env python3
"""Score extraction and answers against the gold data with the shared eval kit (`make score`).

    python bench/score_gold.py [-v] [--only seeds,fixtures,styles,styles2,bbc,heldout,...,heldout105,queries]

Each set is ingested through `studybot ingest` into its own temporary database, exported with
`studybot export`, and scored by ../shared/eval/score_extraction.py:

  seeds     ../shared/seeds (else seeds/)         with ../shared/eval/gold/seeds.json
  fixtures  tests/fixtures/articles               with tests/fixtures/gold.json
  styles    tests/fixtures/styles/articles        with tests/fixtures/styles/gold.json: twelve original
            articles imitating other outlets' house styles and scrape clutter (AP, NYT, Reuters,
            Guardian, ...), written and annotated without looking at extractor output
  styles2   tests/fixtures/styles2/...: twelve more by another writer (CNN, NPR, Al Jazeera, Times of
            India, Politico, Spiegel, live blog, press release, FT, cricket, Q&A), held out from tuning
  styles3   tests/fixtures/styles3/...: twelve more by a third writer, weighted to US and international
            news and analysis like the seeds (NYT, WSJ, AP, AFP, Foreign Policy, The Hill, Axios, ...)
  styles4   tests/fixtures/styles4/...: twelve more by a fourth writer
  styles5 ... styles30
            tests/fixtures/styles5/ ... styles30/...: twelve more each by twenty-six more
            writers (a set whose folder is not written yet is skipped)
  bbc       the 35 BBC development articles, copied under unique names by
            tests/gold/select_bbc.py --copy-to into a temporary folder, with tests/gold/bbc.json
  heldout, heldout2 ... heldout105
            20 held-out articles each, picked by select_bbc.py --set bbc_heldoutN.json, with
            tests/gold/bbc_heldoutN.json (annotated without looking at extractor output); a set
            whose gold file is not written yet is skipped
  queries   ../shared/eval/score_queries.py with ../shared/eval/queries.seeds.json, asking the
            seeds database through `studybot ask --json`

`--together` pools the selected BBC sets into one ingest and one merged gold (for an estimate over
many sets: `--only heldout20,heldout21,heldout22,heldout23 --together`).

Prints each scorer's summary line (-v: its whole output, every miss included). Exits 1 when an
ingest or a scorer fails to run (or the export misses an article), not for low scores: the floors
live in tests/test_gold_scores.py. Without ../shared/eval it says so and exits 0; without the BBC
corpus the bbc set is skipped.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import tempfile
from pathlib import Path

from _common import BBC, EVAL, ROOT, SEEDS, SHARED, cli, run

FIXTURES = ROOT / "tests" / "fixtures"
BBC_GOLD = ROOT / "tests" / "gold"
# BBC gold sets: (name, gold file); tests/gold/select_bbc.py --set <gold file> picks the articles.
# Only the development set was tuned on from the start; see README for which held-out sets are untouched.
BBC_SETS = (
    ("bbc", "bbc.json"),
    ("heldout", "bbc_heldout.json"),
    ("heldout2", "bbc_heldout2.json"),
    ("heldout3", "bbc_heldout3.json"),
    ("heldout4", "bbc_heldout4.json"),
    ("heldout5", "bbc_heldout5.json"),
    ("heldout6", "bbc_heldout6.json"),
    ("heldout7", "bbc_heldout7.json"),
    ("heldout8", "bbc_heldout8.json"),
    ("heldout9", "bbc_heldout9.json"),
    ("heldout10", "bbc_heldout10.json"),
    ("heldout11", "bbc_heldout11.json"),
    ("heldout12", "bbc_heldout12.json"),
    ("heldout13", "bbc_heldout13.json"),
    ("heldout14", "bbc_heldout14.json"),
    ("heldout15", "bbc_heldout15.json"),
    ("heldout16", "bbc_heldout16.json"),
    ("heldout17", "bbc_heldout17.json"),
    ("heldout18", "bbc_heldout18.json"),
    ("heldout19", "bbc_heldout19.json"),
    ("heldout20", "bbc_heldout20.json"),
    ("heldout21", "bbc_heldout21.json"),
    ("heldout22", "bbc_heldout22.json"),
    ("heldout23", "bbc_heldout23.json"),
    ("heldout24", "bbc_heldout24.json"),
    ("heldout25", "bbc_heldout25.json"),
    ("heldout26", "bbc_heldout26.json"),
    ("heldout27", "bbc_heldout27.json"),
    ("heldout28", "bbc_heldout28.json"),
    ("heldout29", "bbc_heldout29.json"),
    ("heldout30", "bbc_heldout30.json"),
    ("heldout31", "bbc_heldout31.json"),
    ("heldout32", "bbc_heldout32.json"),
    ("heldout33", "bbc_heldout33.json"),
    ("heldout34", "bbc_heldout34.json"),
    ("heldout35", "bbc_heldout35.json"),
    ("heldout36", "bbc_heldout36.json"),
    ("heldout37", "bbc_heldout37.json"),
    ("heldout38", "bbc_heldout38.json"),
    ("heldout39", "bbc_heldout39.json"),
    ("heldout40", "bbc_heldout40.json"),
    ("heldout41", "bbc_heldout41.json"),
    ("heldout42", "bbc_heldout42.json"),
    ("heldout43", "bbc_heldout43.json"),
    ("heldout44", "bbc_heldout44.json"),
    ("heldout45", "bbc_heldout45.json"),
    ("heldout46", "bbc_heldout46.json"),
    ("heldout47", "bbc_heldout47.json"),
    ("heldout48", "bbc_heldout48.json"),
    ("heldout49", "bbc_heldout49.json"),
    ("heldout50", "bbc_heldout50.json"),
    ("heldout51", "bbc_heldout51.json"),
    ("heldout52", "bbc_heldout52.json"),
    ("heldout53", "bbc_heldout53.json"),
    ("heldout54", "bbc_heldout54.json"),
    ("heldout55", "bbc_heldout55.json"),
    ("heldout56", "bbc_heldout56.json"),
    ("heldout57", "bbc_heldout57.json"),
    ("heldout58", "bbc_heldout58.json"),
    ("heldout59", "bbc_heldout59.json"),
    ("heldout60", "bbc_heldout60.json"),
    ("heldout61", "bbc_heldout61.json"),
    ("heldout62", "bbc_heldout62.json"),
    ("heldout63", "bbc_heldout63.json"),
    ("heldout64", "bbc_heldout64.json"),
    ("heldout65", "bbc_heldout65.json"),
    ("heldout66", "bbc_heldout66.json"),
    ("heldout67", "bbc_heldout67.json"),
    ("heldout68", "bbc_heldout68.json"),
    ("heldout69", "bbc_heldout69.json"),
    ("heldout70", "bbc_heldout70.json"),
    ("heldout71", "bbc_heldout71.json"),
    ("heldout72", "bbc_heldout72.json"),
    ("heldout73", "bbc_heldout73.json"),
    ("heldout74", "bbc_heldout74.json"),
    ("heldout75", "bbc_heldout75.json"),
    ("heldout76", "bbc_heldout76.json"),
    ("heldout77", "bbc_heldout77.json"),
    ("heldout78", "bbc_heldout78.json"),
    ("heldout79", "bbc_heldout79.json"),
    ("heldout80", "bbc_heldout80.json"),
    ("heldout81", "bbc_heldout81.json"),
    ("heldout82", "bbc_heldout82.json"),
    ("heldout83", "bbc_heldout83.json"),
    ("heldout84", "bbc_heldout84.json"),
    ("heldout85", "bbc_heldout85.json"),
    ("heldout86", "bbc_heldout86.json"),
    ("heldout87", "bbc_heldout87.json"),
    ("heldout88", "bbc_heldout88.json"),
    ("heldout89", "bbc_heldout89.json"),
    ("heldout90", "bbc_heldout90.json"),
    ("heldout91", "bbc_heldout91.json"),
    ("heldout92", "bbc_heldout92.json"),
    ("heldout93", "bbc_heldout93.json"),
    ("heldout94", "bbc_heldout94.json"),
    ("heldout95", "bbc_heldout95.json"),
    ("heldout96", "bbc_heldout96.json"),
    ("heldout97", "bbc_heldout97.json"),
    ("heldout98", "bbc_heldout98.json"),
    ("heldout99", "bbc_heldout99.json"),
    ("heldout100", "bbc_heldout100.json"),
    ("heldout101", "bbc_heldout101.json"),
    ("heldout102", "bbc_heldout102.json"),
    ("heldout103", "bbc_heldout103.json"),
    ("heldout104", "bbc_heldout104.json"),
    ("heldout105", "bbc_heldout105.json"),
)
STYLES = ("styles", *(f"styles{n}" for n in range(2, 31)))
SETS = ("seeds", "fixtures", *STYLES, *(name for name, _gold in BBC_SETS), "queries")


def ingest(db: Path, source: Path) -> bool:
    p = run(cli("ingest", "--no-progress", "--db", db, source), timeout=900)
    if p.returncode != 0:
        print(f"  ingest of {source} failed (exit {p.returncode}):\n{p.stderr[-2000:]}")
    return p.returncode == 0


def score_extraction(name: str, source: Path, gold: Path, tmp: Path, verbose: bool) -> bool:
    db, export = tmp / f"{name}.db", tmp / f"{name}.json"
    n = len(list(source.rglob("*.txt")))
    print(f"{name}: {n} articles from {source}, gold {gold}")
    if not ingest(db, source):
        return False
    with export.open("w", encoding="utf-8") as out:
        p = run(cli("export", "--db", db), stdout=out, stderr=-1, capture_output=False)
    if p.returncode != 0:
        print(f"  export failed (exit {p.returncode}): {p.stderr[-2000:]}")
        return False
    cmd = [sys.executable, str(EVAL / "score_extraction.py"), "--gold", str(gold), "--export", str(export)]
    p = run(cmd if verbose else [*cmd, "--quiet"])
    lines = p.stdout.rstrip().splitlines()
    shown = lines if verbose else lines[-1:]
    print("\n".join("  " + ln for ln in shown) or "  (no output)")
    if p.returncode != 0:
        print(f"  score_extraction exit {p.returncode} {p.stderr.strip()}")
    return p.returncode == 0


def score_queries(tmp: Path, verbose: bool) -> bool:
    db = tmp / "seeds.db"
    queries = EVAL / "queries.seeds.json"
    print(f"queries: {queries} asked of the seeds database")
    if not db.is_file() and not ingest(db, seeds_dir()):
        return False
    ask = shlex.join(cli("ask", "--db", db, "--json"))
    p = run([sys.executable, str(EVAL / "score_queries.py"), "--queries", str(queries), "--cmd", ask])
    lines = p.stdout.rstrip().splitlines()
    shown = lines if verbose else [ln for ln in lines if ln.startswith("FAIL")] + lines[-1:]
    print("\n".join("  " + ln for ln in shown) or "  (no output)")
    if p.returncode != 0:
        print(f"  score_queries exit {p.returncode} {p.stderr.strip()}")
    return p.returncode == 0


def seeds_dir() -> Path:
    return SHARED / "seeds" if (SHARED / "seeds").is_dir() else SEEDS


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true", help="the scorers' whole output, with every miss")
    ap.add_argument("--only", default=",".join(SETS), help=f"comma-separated subset of {','.join(SETS)}")
    ap.add_argument("--corpus", type=Path, default=BBC, help=f"BBC corpus (default {BBC})")
    ap.add_argument(
        "--together",
        action="store_true",
        help="score the selected BBC sets as one pooled set (one ingest, one merged gold)",
    )
    args = ap.parse_args()
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    if only - set(SETS):
        ap.error(f"unknown set(s): {', '.join(sorted(only - set(SETS)))}")
    if not (EVAL / "score_extraction.py").is_file():
        print(f"score_gold: SKIP: no eval kit at {EVAL} (pytest still scores the fixtures on its own)")
        return 0

    ok = True
    with tempfile.TemporaryDirectory(prefix="studybot-score-") as t:
        tmp = Path(t)
        v = args.verbose
        if "seeds" in only:
            ok &= score_extraction("seeds", seeds_dir(), EVAL / "gold" / "seeds.json", tmp, v)
        if "fixtures" in only:
            ok &= score_extraction("fixtures", FIXTURES / "articles", FIXTURES / "gold.json", tmp, v)
        for styles in STYLES:
            folder = FIXTURES / styles
            if styles in only and not (folder / "gold.json").is_file():
                print(f"{styles}: SKIP: no gold file {folder / 'gold.json'}")
            elif styles in only:
                ok &= score_extraction(styles, folder / "articles", folder / "gold.json", tmp, v)
        pooled: list[str] = []
        for name, gold in BBC_SETS:
            if name not in only:
                continue
            if not args.corpus.is_dir():
                print(f"{name}: SKIP: no BBC corpus at {args.corpus}")
                continue
            if not (BBC_GOLD / gold).is_file():
                print(f"{name}: SKIP: no gold file {BBC_GOLD / gold}")
                continue
            copies = tmp / ("pooled_gold" if args.together else f"{name}_gold")
            p = run(
                [
                    sys.executable,
                    str(BBC_GOLD / "select_bbc.py"),
                    "--set",
                    gold,
                    "--corpus",
                    str(args.corpus),
                    "--copy-to",
                    str(copies),
                ]
            )
            if p.returncode != 0:
                print(f"{name}: select_bbc.py --set {gold} failed (exit {p.returncode}): {p.stderr.strip()}")
                ok = False
            elif args.together:
                pooled.append(gold)
            else:
                ok &= score_extraction(name, copies, BBC_GOLD / gold, tmp, v)
        if pooled:
            # one ingest of every selected set's articles, scored against their golds merged
            articles = [a for g in pooled for a in json.loads((BBC_GOLD / g).read_text("utf-8"))["articles"]]
            merged = tmp / "pooled.json"
            merged.write_text(json.dumps({"articles": articles}), "utf-8")
            ok &= score_extraction(f"pooled ({len(pooled)} sets)", tmp / "pooled_gold", merged, tmp, v)
        if "queries" in only:
            ok &= score_queries(tmp, v)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
