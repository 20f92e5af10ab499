"""Extraction quality floors on the gold data: a regression in the extraction rules fails here.

The fixtures (tests/fixtures/articles with tests/fixtures/gold.json) ship with the repository, so
they are always scored, by the small scorer below (quote recall, speaker accuracy, no-person
quotes left unattributed, titles, publication dates). Where ../shared/eval is present, the shared
scorer (score_extraction.py) also scores the seeds and the fixtures on every metric it has; those
tests skip in a clone without ../shared. `make score` prints the same figures (and the BBC gold's).

The floors are the values measured when they were set, rounded down a little (the seeds: all
perfect). Raise them when extraction improves; never lower one to make a change pass without
saying why in the commit.
"""

from __future__ import annotations

import asyncio
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SHARED
from test_fixture_gold import ARTICLES, GOLD, norm

from bot.core import export
from bot.ingest import ingest_paths
from bot.store import Store

EVAL = SHARED / "eval"
SEEDS = SHARED / "seeds" if (SHARED / "seeds").is_dir() else ROOT / "seeds"
needs_kit = pytest.mark.skipif(
    not (EVAL / "score_extraction.py").is_file(), reason="../shared/eval is absent"
)

# Shared scorer: metric -> floor (score_extraction.py --min). Then counts "titles/published/boilerplate".
SEEDS_FLOORS = {m: 1.0 for m in ("quotes", "speaker", "lenient", "nulls", "people", "desc", "events")}
SEEDS_COUNTS = {"titles": 1.0, "published": 1.0, "boilerplate": 1.0}
FIXTURE_FLOORS = {  # measured with score_extraction.py when set:
    "quotes": 0.97,  # 1.00 (179/179)
    "speaker": 0.95,  # 0.98 (132/135)
    "lenient": 0.95,  # 0.98 (132/135)
    "nulls": 0.97,  # 1.00 (44/44)
    "people": 0.97,  # 1.00 (61/61)
    "desc": 0.89,  # 0.92 (48/52)
    "events": 0.94,  # 0.97 (59/61)
}
FIXTURE_COUNTS = {"titles": 11 / 12, "published": 11 / 12, "boilerplate": 0.95}  # 12/12 12/12 78/80

# The project's own scorer on the fixtures: metric -> floor.
OWN_FLOORS = {  # measured when set:
    "quotes": 0.97,  # 1.00 (179/179)
    "speaker": 0.95,  # 0.98 (132/135)
    "nulls": 0.97,  # 1.00 (44/44)
    "titles": 0.91,  # 1.00 (12/12)
    "published": 0.91,  # 1.00 (12/12)
}

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor",
              "president", "ayatollah", "rev", "the"}
SUMMARY_COUNTS = re.compile(r"titles (\d+)/(\d+) published (\d+)/(\d+) boilerplate dropped (\d+)/(\d+)")


def export_of(source: Path, db: Path) -> dict:
    """Ingest `source` into a fresh database the way `studybot ingest` does; the `studybot export` JSON."""

    async def go() -> dict:
        async with await Store.open(db) as store:
            err = io.StringIO()
            summary = await ingest_paths(store, [source], progress=False, err=err)
            assert summary.files and not summary.failed, err.getvalue()
            return await export(store)

    return asyncio.run(go())


@pytest.fixture(scope="module")
def fixtures_export(tmp_path_factory) -> dict:
    return export_of(ARTICLES, tmp_path_factory.mktemp("gold") / "fixtures.db")


# --------------------------------------------------------------------------- the project's own scorer


def norm_text(s: str | None) -> str:
    """The shared scorer's text normalisation: quote marks, dashes, case, spaces; no leading marks."""
    return norm(s or "").lstrip("\"' ").strip()


def norm_name(s: str | None) -> str:
    s = norm(s or "").replace(".", " ")
    s = re.sub(r"'s$", "", s.strip())
    return " ".join(t for t in re.split(r"[\s,]+", s) if t and t not in HONORIFICS)


def own_scores(gold: dict, exported: dict) -> dict[str, float]:
    """Quote recall (a gold opening starts an unused extracted quotation, in gold order), speaker
    accuracy (the canonical name, honorifics aside), no-person quotations found without a speaker
    (stricter than the shared scorer, which only minds speakers named in the gold), titles, dates."""
    by_file = {Path(a["source"]).name: a for a in exported["articles"]}
    n = dict.fromkeys("quotes found attributed speaker nulls null_ok titles published".split(), 0)
    for ga in gold["articles"]:
        art = by_file.get(ga["file"])
        assert art is not None, f"{ga['file']} missing from the export"
        preds = [[norm_text(q["text"]), q["speaker"], False] for q in art["quotes"]]
        for gq in ga["quotes"]:
            want = norm_text(gq["opening"])
            hit = next((p for p in preds if not p[2] and p[0].startswith(want)), None)
            if hit:
                hit[2] = True
            n["quotes"] += 1
            n["found"] += hit is not None
            if gq["speaker"]:
                n["attributed"] += 1
                n["speaker"] += hit is not None and norm_name(hit[1]) == norm_name(gq["speaker"])
            else:
                n["nulls"] += 1
                n["null_ok"] += hit is None or hit[1] is None
        n["titles"] += norm_text(art["title"]) == norm_text(ga["title"])
        n["published"] += art["published"] in ga["published"]
    arts = len(gold["articles"])
    return {
        "quotes": n["found"] / n["quotes"],
        "speaker": n["speaker"] / n["attributed"],
        "nulls": n["null_ok"] / n["nulls"] if n["nulls"] else 1.0,
        "titles": n["titles"] / arts,
        "published": n["published"] / arts,
    }


def test_fixture_scores_hold_their_floors(fixtures_export):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    scores = own_scores(gold, fixtures_export)
    low = {k: f"{scores[k]:.3f} < {floor}" for k, floor in OWN_FLOORS.items() if scores[k] < floor}
    assert not low, f"below the floor: {low}; all scores: {scores}"


def test_own_scorer_counts_what_it_should():
    """The scorer itself: prefix match in order, each extraction used once, honorifics ignored."""
    gold = {"articles": [{"file": "a.txt", "title": "T", "published": [None], "quotes": [
        {"opening": "We will", "speaker": "Jane Doe"},
        {"opening": "we will", "speaker": "John Roe"},
        {"opening": "Never", "speaker": None},
        {"opening": "absent words", "speaker": "Jane Doe"},
    ]}]}
    exported = {"articles": [{"source": "dir/a.txt", "title": "t", "published": None, "quotes": [
        {"text": "\u201cWe will win,", "speaker": "Ms. Jane Doe"},
        {"text": "we will not", "speaker": "Jane Doe"},
        {"text": "never again", "speaker": "Jane Doe"},
    ]}]}
    assert own_scores(gold, exported) == {
        "quotes": 0.75, "speaker": 1 / 3, "nulls": 0.0, "titles": 1.0, "published": 1.0
    }


# --------------------------------------------------------------------------- the shared scorer


def shared_score(gold: Path, exported: dict, floors: dict[str, float], tmp: Path) -> str:
    """Run score_extraction.py with a --min per floor; assert it passes; return its summary line."""
    path = tmp / "export.json"
    path.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    cmd = [sys.executable, str(EVAL / "score_extraction.py"), "--gold", str(gold), "--export", str(path)]
    p = subprocess.run(
        cmd + [f"--min={k}={v}" for k, v in floors.items()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    summary = p.stdout.strip().splitlines()[-1] if p.stdout.strip() else ""
    assert p.returncode == 0, f"{summary}\n{p.stdout}{p.stderr}"
    return summary


def assert_counts(summary: str, floors: dict[str, float]) -> None:
    m = SUMMARY_COUNTS.search(summary)
    assert m, summary
    t, tn, pub, pn, bp, bn = map(int, m.groups())
    got = {"titles": t / tn, "published": pub / pn, "boilerplate": bp / bn}
    low = {k: got[k] for k, floor in floors.items() if got[k] < floor}
    assert not low, f"below the floor: {low}\n{summary}"


@needs_kit
def test_seeds_score_perfectly(tmp_path):
    summary = shared_score(EVAL / "gold" / "seeds.json", export_of(SEEDS, tmp_path / "s.db"), SEEDS_FLOORS,
                           tmp_path)
    assert_counts(summary, SEEDS_COUNTS)


@needs_kit
def test_fixtures_hold_their_floors_with_the_shared_scorer(fixtures_export, tmp_path):
    assert_counts(shared_score(GOLD, fixtures_export, FIXTURE_FLOORS, tmp_path), FIXTURE_COUNTS)


# --------------------------------------------------------------------------- other outlets' styles

# Original articles imitating other outlets' house styles (AP, NYT, Reuters, CNN, NPR, FT, ...), each
# set written and annotated by a helper without extractor output. Floors: measured when set, less a margin.
STYLE_FLOORS = {
    # measured: quotes 1.00, speaker 0.946, nulls 0.846 (this scorer counts any speaker), titles and
    # published 12/12
    "styles": {"quotes": 0.97, "speaker": 0.92, "nulls": 0.80, "titles": 11 / 12, "published": 11 / 12},
    # measured: quotes 1.00, speaker 0.957, nulls 0.923, titles 11/12, published 12/12
    "styles2": {"quotes": 0.97, "speaker": 0.93, "nulls": 0.88, "titles": 10 / 12, "published": 11 / 12},
    # measured after it became a work list: speaker 0.99 (shared scorer), titles and published 12/12
    "styles3": {"quotes": 0.97, "speaker": 0.95, "nulls": 0.85, "titles": 11 / 12, "published": 11 / 12},
    # work lists since session 11; measured (shared scorer): styles4 speaker 0.94, styles5 speaker 0.99,
    # titles and published 12/12 (styles5 had titles 5/12 and published 10/12 when first scored)
    "styles4": {"quotes": 0.97, "speaker": 0.91, "nulls": 0.85, "titles": 11 / 12, "published": 11 / 12},
    "styles5": {"quotes": 0.97, "speaker": 0.95, "nulls": 0.85, "titles": 11 / 12, "published": 11 / 12},
    # work lists since session 12; measured (this scorer): styles6 speaker 0.972, nulls 0.932, titles 12/12,
    # published 11/12; styles7 quotes 0.989, speaker 0.985, nulls 0.956, titles 10/12, published 12/12
    "styles6": {"quotes": 0.97, "speaker": 0.95, "nulls": 0.90, "titles": 11 / 12, "published": 10 / 12},
    "styles7": {"quotes": 0.97, "speaker": 0.95, "nulls": 0.90, "titles": 9 / 12, "published": 11 / 12},
    # styles8 scored once untouched in session 12 (shared scorer: speaker 0.95, nulls 43/48, titles 9/12,
    # published 12/12); styles9 a work list since its first score in session 13, which gave titles 11/12 and
    # published 10/12 (now 12/12 each: the floor below fails on the code it was first scored on)
    "styles8": {"quotes": 0.97, "speaker": 0.92, "nulls": 0.85, "titles": 8 / 12, "published": 11 / 12},
    "styles9": {"quotes": 0.97, "speaker": 0.93, "nulls": 0.85, "titles": 12 / 12, "published": 12 / 12},
    # a work list since its first score in session 14 (titles 11/12, published 10/12 then; 12/12 each now,
    # shared scorer speaker 0.97)
    "styles10": {"quotes": 0.97, "speaker": 0.93, "nulls": 0.85, "titles": 12 / 12, "published": 12 / 12},
    # a work list since its first score in session 15 (shared scorer then: speaker 0.93, published 9/12;
    # after: speaker 0.99, published 11/12, titles 12/12 both times)
    "styles11": {"quotes": 0.97, "speaker": 0.95, "nulls": 0.80, "titles": 12 / 12, "published": 11 / 12},
    # work lists since their first score in session 16 (shared scorer then: styles12 speaker 0.97, titles
    # 11/12, published 11/12; styles13 speaker 0.98, titles 11/12, published 10/12; this scorer after:
    # speaker 1.00 / 0.994, nulls 0.932 / 0.977, titles and published 12/12 each)
    "styles12": {"quotes": 0.97, "speaker": 0.95, "nulls": 0.85, "titles": 12 / 12, "published": 12 / 12},
    "styles13": {"quotes": 0.97, "speaker": 0.95, "nulls": 0.90, "titles": 12 / 12, "published": 12 / 12},
    # work lists since their first score in session 17 (shared scorer then: styles14 speaker 0.89, titles
    # 6/12, published 7/12; styles15 speaker 0.93, titles 7/12, published 9/12; after: speaker 0.96 / 0.98,
    # titles 12/12 each, published 12/12 / 11/12)
    "styles14": {"quotes": 0.97, "speaker": 0.92, "nulls": 0.90, "titles": 12 / 12, "published": 12 / 12},
    "styles15": {"quotes": 0.97, "speaker": 0.93, "nulls": 0.85, "titles": 12 / 12, "published": 11 / 12},
    # work lists in session 18: styles16 and styles17 after a session scored untouched (shared scorer then:
    # titles 9/12 / 12/12, published 10/12 / 11/12; after: 12/12 each), styles21 and styles22 after their
    # first score (then: titles 11/12 / 9/12, published 10/12 / 7/12; after: 12/12 / 11/12, 12/12 each)
    "styles16": {"quotes": 0.97, "speaker": 0.93, "nulls": 0.80, "titles": 12 / 12, "published": 12 / 12},
    "styles17": {"quotes": 0.97, "speaker": 0.93, "nulls": 0.80, "titles": 12 / 12, "published": 12 / 12},
    "styles21": {"quotes": 0.97, "speaker": 0.93, "nulls": 0.85, "titles": 12 / 12, "published": 12 / 12},
    "styles22": {"quotes": 0.97, "speaker": 0.92, "nulls": 0.85, "titles": 11 / 12, "published": 12 / 12},
    # work lists in session 19: styles18-20 after session 18 scored them untouched (shared scorer then:
    # titles 11/12, 12/12, 10/12; published 11/12, 8/12, 12/12; speaker 0.96, 0.91, 0.92), styles23 and
    # styles24 after their first score (then: titles 9/12 each, published 10/12 / 9/12, speaker 0.95 /
    # 0.83); all titles and publication dates are 12/12 now
    "styles18": {"quotes": 0.97, "speaker": 0.95, "nulls": 0.85, "titles": 12 / 12, "published": 12 / 12},
    "styles19": {"quotes": 0.97, "speaker": 0.93, "nulls": 0.80, "titles": 12 / 12, "published": 12 / 12},
    "styles20": {"quotes": 0.97, "speaker": 0.93, "nulls": 0.85, "titles": 12 / 12, "published": 12 / 12},
    "styles23": {"quotes": 0.97, "speaker": 0.95, "nulls": 0.90, "titles": 12 / 12, "published": 12 / 12},
    "styles24": {"quotes": 0.97, "speaker": 0.93, "nulls": 0.90, "titles": 12 / 12, "published": 12 / 12},
    # styles28-30: scored untouched on this session's code at 44b41a1 (shared scorer: titles 8/12, 11/12,
    # 9/12; published 9/12, 8/12, 10/12), then work lists
    "styles28": {"quotes": 0.97, "speaker": 0.95, "nulls": 0.85, "titles": 12 / 12, "published": 12 / 12},
    "styles29": {"quotes": 0.97, "speaker": 0.80, "nulls": 0.90, "titles": 12 / 12, "published": 11 / 12},
    "styles30": {"quotes": 0.97, "speaker": 0.95, "nulls": 0.85, "titles": 10 / 12, "published": 12 / 12},
}


@pytest.mark.parametrize("name", sorted(STYLE_FLOORS))
def test_other_outlets_styles_hold_their_floors(name, tmp_path):
    folder = ROOT / "tests" / "fixtures" / name
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    scores = own_scores(gold, export_of(folder / "articles", tmp_path / f"{name}.db"))
    floors = STYLE_FLOORS[name]
    low = {k: f"{scores[k]:.3f} < {floor:.3f}" for k, floor in floors.items() if scores[k] < floor}
    assert not low, f"{name} below the floor: {low}; all scores: {scores}"
