#!/usr/bin/env python3
"""Query speed: !quote, !who and !timeline on the BBC database, against a plain substring scan.

    python bench/query_speed.py [--db PATH] [-n N] [--seed S]

Without --db (or when PATH does not exist yet) it first ingests seeds/ + the BBC corpus into a
temporary database with `studybot ingest`. Queries are drawn from the
database itself with a fixed seed, the way members type them:

  quote     4 consecutive words of a stored quotation: as written, with a typo, or reordered
  who       a person's full name, surname, or surname with a typo
  timeline  a person's name, or two words of an event's sentence (plus one unfiltered timeline)

Every query runs through bot.core.ask(), the code behind `studybot ask` and the Discord commands,
in one long-lived process like the bot. The first query of each kind is timed apart ("cold"): it
builds that command's in-memory index. The baseline is the simplest search a bot could do: a
case-insensitive substring scan of the query over every stored sentence and quotation (texts
lower-cased once, beforehand). Printed per kind: median and 90th-percentile latency, the scan's
median, their ratio, and how often the source (quotation, person) is among the top 3 answers
versus how often the scan finds it at all. One `studybot ask` in a new process is timed too.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from pathlib import Path

from _common import BBC, SEEDS, cli, median, ratio, run

from bot.core import ask
from bot.store import Store

TOP = 3


def typo(word: str, rng: random.Random) -> str:
    """Swap two adjacent inner letters (a transposition, the commonest typing slip)."""
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def with_typo(words: list[str], rng: random.Random) -> list[str]:
    i = max(range(len(words)), key=lambda k: len(words[k]))
    return words[:i] + [typo(words[i], rng)] + words[i + 1 :]


def quote_queries(quotes, n: int, rng: random.Random) -> list[tuple[str, str]]:
    """(query, the quotation it came from)."""
    pool = [q.text for q in quotes if len(q.text.split()) >= 8]
    out = []
    for i, text in enumerate(rng.sample(pool, min(n, len(pool)))):
        ws = text.split()
        k = rng.randrange(0, len(ws) - 4)
        window = [w.strip("\"'.,;:!?()") or w for w in ws[k : k + 4]]
        if i % 3 == 1:
            window = with_typo(window, rng)
        elif i % 3 == 2:
            window = window[2:] + window[:2]
        out.append((" ".join(window), text))
    return out


def who_queries(people, n: int, rng: random.Random) -> list[tuple[str, str]]:
    """(query, the person's canonical name)."""
    pool = [p.name for p in people if len(p.name.split()) >= 2 and p.quote_count > 0]
    out = []
    for i, name in enumerate(rng.sample(pool, min(n, len(pool)))):
        surname = name.split()[-1]
        q = name if i % 3 == 0 else surname if i % 3 == 1 else typo(surname, rng)
        out.append((q, name))
    return out


def timeline_queries(people, events, n: int, rng: random.Random) -> list[tuple[str, str | None]]:
    """(query, the event sentence it came from, or None for a person's name)."""
    named = [p.name for p in people if len(p.name.split()) >= 2 and len(p.article_ids) > 1]
    out = []
    for i in range(n):
        if i % 2 == 0 and named:
            name = rng.choice(named)
            out.append((name, None))
        else:
            ev = rng.choice(events)
            ws = [w.strip("\"'.,;:!?()") for w in ev.text.split()]
            ws = [w for w in ws if len(w) >= 5 and not w.isdigit()] or ws
            out.append((" ".join(rng.sample(ws, min(2, len(ws)))), ev.text))
    return out


def found(kind: str, results: list[dict], want: str | None) -> bool:
    """Is the source among the top answers? For a timeline: its event anywhere in the (filtered) list;
    a person's timeline counts when it is not empty (many people have no dated sentence)."""
    if kind == "timeline":
        return bool(results) if want is None else any(r.get("text") == want for r in results)
    return any(r.get("text" if kind == "quote" else "name") == want for r in results[:TOP])


def scan_found(kind: str, matches: list[str], want: str | None) -> bool:
    """Did the substring scan find the source: the quotation or event sentence, a text naming the person?"""
    if want is None:
        return bool(matches)
    want = want.lower()
    return any(want in m for m in matches) if kind == "who" else want in matches


async def bench(db: Path, n: int, seed: int) -> None:
    rng = random.Random(seed)
    async with await Store.open(db) as store:
        counts = await store.counts()
        quotes, people, events = await store.quotes(), await store.people(), await store.events()
        hay = [s.text.lower() for s in await store.sentences()] + [q.text.lower() for q in quotes]
        print("database: " + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
        plan = {
            "quote": quote_queries(quotes, n, rng),
            "who": who_queries(people, n, rng),
            "timeline": timeline_queries(people, events, n, rng),
        }
        rows = []
        for kind, queries in plan.items():
            lat, scan, hits, scan_hits, cold = [], [], 0, 0, None
            for query, want in queries:
                t0 = time.perf_counter()
                answer = await ask(store, f"!{kind} {query}")
                dt = time.perf_counter() - t0
                if cold is None:
                    cold = dt  # builds this command's index
                else:
                    lat.append(dt)
                hits += found(kind, answer["results"], want)
                t0 = time.perf_counter()
                needle = query.lower()
                matches = [i for i, h in enumerate(hay) if needle in h]
                scan.append(time.perf_counter() - t0)
                scan_hits += scan_found(kind, [hay[i] for i in matches], want)
            rows.append((kind, len(queries), cold, lat, scan, hits, scan_hits))
        t0 = time.perf_counter()
        answer = await ask(store, "!timeline")
        whole = time.perf_counter() - t0

    print(f"\n{'command':10}{'n':>4}{'cold ms':>9}{'median ms':>11}{'p90 ms':>8}{'scan ms':>9}{'x scan':>8}"
          f"   top-{TOP} hits / scan finds it")
    for kind, k, cold, lat, scan, hits, scan_hits in rows:
        p90 = sorted(lat)[int(0.9 * (len(lat) - 1))] if lat else float("nan")
        m, ms = median(lat), median(scan)
        print(f"{kind:10}{k:4}{1000 * (cold or 0):9.1f}{1000 * m:11.1f}{1000 * p90:8.1f}{1000 * ms:9.2f}"
              f"{ratio(m, ms):>8}   {hits}/{k} / {scan_hits}/{k}")
    print(f"!timeline with no filter ({len(answer['results']):,} events): {1000 * whole:.1f} ms")
    print("cold: the first query of its kind, which builds that command's index\n"
          "scan: substring search over every sentence and quotation\n"
          "timeline hits: the event's sentence is returned (a person's name: any event is)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, help="an ingested database (default: ingest seeds + BBC afresh)")
    ap.add_argument("--corpus", type=Path, default=BBC, help=f"BBC corpus (default {BBC})")
    ap.add_argument("-n", type=int, default=60, help="queries per command (default 60)")
    ap.add_argument("--seed", type=int, default=20261123)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="studybot-qbench-") as tmp:
        db = args.db
        if db is None or not db.is_file():
            if not args.corpus.is_dir():
                print(f"query_speed: SKIP: no database given and no BBC corpus at {args.corpus}")
                return 0
            db = db or Path(tmp) / "bbc.db"
            print(f"ingesting seeds + {args.corpus} into {db} ...")
            p = run(cli("ingest", "--no-progress", "--db", db, SEEDS, args.corpus), timeout=900)
            if p.returncode != 0:
                sys.stderr.write(p.stderr[-2000:])
                return 1
        asyncio.run(bench(db, args.n, args.seed))
        t0 = time.perf_counter()
        p = run(cli("ask", "--db", db, "--json", "!quote the prime minister said"), timeout=300)
        print(f"one `studybot ask --json '!quote ...'` in a new process (start-up + index build): "
              f"{time.perf_counter() - t0:.2f} s" + ("" if p.returncode == 0 else f" (exit {p.returncode})"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
