#!/usr/bin/env python3
"""Ingest speed: seeds/ plus the whole BBC corpus through the real command line, against baselines.

    python bench/ingest_speed.py [--corpus DIR] [--repeat N] [--quick] [--keep-db PATH]

Measured in the same run, so that ratios stay meaningful on a noisy machine:

  floor      read + decode + split the same files into paragraphs, sentences and words, in this
             one process (pure I/O and tokenising: no extraction, no database)
  ingest     `studybot ingest --db TMP seeds BBC` in a subprocess: the real path, 2 worker processes
  1 worker   the same ingest_paths() with workers=1 (no process pool), on a fresh database
  extract    extract_article() on every file in this process (no database), then
  store      Store.put_article() of those records into a fresh database, in this process:
             where the time goes. On two cores the 2-worker ingest cannot beat (extract + store) / 2,
             since the parent process writes while the workers extract; that "2-core ideal" is printed.
  re-ingest  the CLI again on the first database: every file is unchanged and skipped

Each row prints seconds, files/s, words/s and its time as a multiple of the floor. The acceptance
bar is the CLI ingest of seeds + BBC in at most 15 s on two cores: PASS or FAIL is printed and the
exit status is 1 on FAIL. Without the BBC corpus the benchmark says so and exits 0.
With --repeat N every timing is the median of N runs (fresh database each time).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from _common import BBC, ROOT, SEEDS, cli, median, ratio, run

from bot.extract import extract_article
from bot.extract.records import Article
from bot.ingest import collect, decode
from bot.store import Store, content_hash_of

LIMIT_S = 15.0
PARAGRAPH = re.compile(r"\n\s*\n")
SENTENCE = re.compile(r"(?<=[.!?\"'\u201d])\s+(?=[\"'\u201c(]?[A-Z0-9])")
WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
SUMMARY = re.compile(r"ingested (\d+) files?: (\d+) added, (\d+) replaced, (\d+) unchanged, (\d+) failed "
                     r"\(people (\d+), quotes (\d+)\)")

SINGLE_WORKER = """\
import asyncio, sys
from bot.ingest import ingest_paths
from bot.store import Store

async def main():
    async with await Store.open(sys.argv[1]) as store:
        s = await ingest_paths(store, sys.argv[2:], workers=1, progress=False)
    print(s.line(), file=sys.stderr)
    return 1 if s.failed and s.failed == s.files else 0

sys.exit(asyncio.run(main()))
"""


def floor(sources: list[str]) -> tuple[float, int, int, int]:
    """Seconds to collect, read, decode and tokenise every file; (seconds, files, sentences, words)."""
    t0 = time.perf_counter()
    files = sentences = words = 0
    for _source, path, problem in collect(sources):
        if problem or path is None:
            continue
        text = decode(path.read_bytes())
        files += 1
        for para in PARAGRAPH.split(text):
            for sent in SENTENCE.split(para.strip()):
                sentences += 1
                words += len(WORD.findall(sent))
    return time.perf_counter() - t0, files, sentences, words


def count_words(sources: list[str]) -> int:
    """Whitespace-separated words of every file (what `wc -w` counts): the words/s denominator."""
    return sum(len(decode(p.read_bytes()).split()) for _s, p, bad in collect(sources) if p and not bad)


def breakdown(sources: list[str], db: Path) -> tuple[float, float]:
    """(seconds to extract every file, seconds to store the records), both in this process."""
    items = [(s, p.read_bytes()) for s, p, bad in collect(sources) if p and not bad]
    t0 = time.perf_counter()
    records: list[tuple[str, bytes, Article]] = [(s, d, extract_article(decode(d), s)) for s, d in items]
    extract_s = time.perf_counter() - t0

    async def store_all() -> float:
        async with await Store.open(db) as store:
            t1 = time.perf_counter()
            for source, data, article in records:
                await store.put_article(article, source=source, content_hash=content_hash_of(data))
            return time.perf_counter() - t1

    return extract_s, asyncio.run(store_all())


def timed(cmd: list[str]) -> tuple[float, str, bool]:
    """(wall seconds, summary line from stderr, whether it failed or any file failed) of one ingest."""
    t0 = time.perf_counter()
    p = run(cmd, timeout=900)
    seconds = time.perf_counter() - t0
    lines = [ln for ln in p.stderr.splitlines() if ln.startswith("ingested ")]
    m = SUMMARY.search(lines[-1]) if lines else None
    bad = p.returncode != 0 or m is None or int(m.group(5)) > 0
    if bad:
        sys.stderr.write(p.stderr[-2000:])
    return seconds, (lines[-1] if lines else "(no summary line)"), bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=BBC, help=f"BBC corpus (default {BBC})")
    ap.add_argument("--repeat", type=int, default=1, help="runs per measurement; the median is shown")
    ap.add_argument("--quick", action="store_true", help="skip the slow 1-worker and breakdown runs")
    ap.add_argument("--keep-db", type=Path, metavar="PATH", help="copy the ingested database here")
    args = ap.parse_args()

    if not args.corpus.is_dir():
        print(f"ingest_speed: SKIP: no BBC corpus at {args.corpus} (set STUDYBOT_BBC or --corpus)")
        return 0
    sources = [str(SEEDS), str(args.corpus)]
    repeat = max(1, args.repeat)
    words = count_words(sources)
    runs: dict[str, list[float]] = {}
    summaries: dict[str, str] = {}
    failed = False

    with tempfile.TemporaryDirectory(prefix="studybot-bench-") as tmp:
        floors = [floor(sources) for _ in range(repeat)]
        runs["floor"] = [f[0] for f in floors]
        _, files, n_sent, n_tok = floors[0]
        print(f"corpus: {files} files (seeds + {args.corpus}), {words:,} words; "
              f"floor tokeniser: {n_sent:,} sentences, {n_tok:,} word tokens; {os.cpu_count()} CPUs")

        for i in range(repeat):
            db = Path(tmp) / f"cli{i}.db"
            seconds, line, bad = timed(cli("ingest", "--no-progress", "--db", db, *sources))
            runs.setdefault("cli", []).append(seconds)
            summaries["cli"], failed = line, failed or bad
            seconds, line, bad = timed(cli("ingest", "--no-progress", "--db", db, *sources))
            runs.setdefault("again", []).append(seconds)
            summaries["again"], failed = line, failed or bad
        if args.keep_db:
            args.keep_db.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(Path(tmp) / "cli0.db", args.keep_db)

        if not args.quick:
            for i in range(repeat):
                extract_s, store_s = breakdown(sources, Path(tmp) / f"store{i}.db")
                runs.setdefault("extract", []).append(extract_s)
                runs.setdefault("store", []).append(store_s)
                db = Path(tmp) / f"one{i}.db"
                seconds, line, bad = timed([sys.executable, "-c", SINGLE_WORKER, str(db), *sources])
                runs.setdefault("one", []).append(seconds)
                summaries["one"], failed = line, failed or bad

    t = {k: median(v) for k, v in runs.items()}
    rows = [
        ("floor: read+decode+split, 1 process", "floor"),
        ("ingest: studybot ingest, 2 workers", "cli"),
        ("ingest: ingest_paths, 1 worker", "one"),
        ("  extract only, 1 process, no db", "extract"),
        ("  store only, 1 process", "store"),
        ("re-ingest unchanged: studybot ingest", "again"),
    ]
    print(f"\n{'':40}{'seconds':>9}{'files/s':>10}{'words/s':>12}{'x floor':>9}")
    for label, key in rows:
        if key in t:
            s = t[key]
            print(f"{label:40}{s:9.2f}{files / s:10,.0f}{words / s:12,.0f}{ratio(s, t['floor']):>9}")
    print()
    for key in ("cli", "one", "again"):
        if key in summaries:
            print(f"{key:>6}: {summaries[key]}")
    if "one" in t:
        print(f"2 workers vs 1 worker: {ratio(t['one'], t['cli'])} faster")
        ideal = (t["extract"] + t["store"]) / 2
        print(f"2-core ideal (extract + store) / 2 = {ideal:.2f} s; the 2-worker CLI ingest takes "
              f"{ratio(t['cli'], ideal)} that (above 1.0x: start-up, reading, hashing, pool overhead)")
        a, b = SUMMARY.search(summaries["cli"]), SUMMARY.search(summaries["one"])
        if a and b and a.group(6, 7) != b.group(6, 7):
            print(f"NOTE: 1-worker and 2-worker databases differ: {a.group(6, 7)} vs {b.group(6, 7)} "
                  "(people, quotes): did bot/extract change during the run?")
    if repeat > 1:
        print("runs (s): " + "; ".join(f"{k} " + " ".join(f"{x:.2f}" for x in v) for k, v in runs.items()))
    verdict = "PASS" if t["cli"] <= LIMIT_S and not failed else "FAIL"
    print(
        f"acceptance: seeds + BBC via studybot ingest in {t['cli']:.2f} s (limit {LIMIT_S:.0f} s): {verdict}"
        + (" (an ingest run or one of its files failed)" if failed else "")
    )
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
