"""The hand-made gold in tests/fixtures/gold.json agrees with the fixture articles it annotates.

The fixtures are original articles written for this project (tests/fixtures/articles/*.txt); the gold
uses the same format as the shared seeds gold, so the shared scorer can score the bot on them:

    studybot ingest --db /tmp/fx.db tests/fixtures/articles
    studybot export --db /tmp/fx.db > /tmp/fx.json
    python3 ../shared/eval/score_extraction.py --gold tests/fixtures/gold.json --export /tmp/fx.json

These tests check the annotations only (not the bot): every quotation opening follows a quotation
mark in its article, every title is a line of its article, every noise fragment, name, keyword and
author occurs in it, dates are well formed, and the openings can be matched unambiguously. Runs
with pytest or as a plain script (python3 tests/test_fixture_gold.py). Standard library only.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTICLES = FIXTURES / "articles"
GOLD = FIXTURES / "gold.json"

# Same normalisation as the shared scorer: curly quotes, primes, dashes, ellipsis, nbsp; then case.
QUOTE_MAP = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u00a0": " ",
})
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ARTICLE_KEYS = {"file", "title", "published", "author", "noise", "quotes", "people", "events"}
REQUIRED_KEYS = ARTICLE_KEYS - {"author"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


def norm(s: str) -> str:
    s = (s or "").translate(QUOTE_MAP).lower()
    return re.sub(r"\s+", " ", s).strip()


def load_gold() -> dict:
    with open(GOLD, encoding="utf-8") as f:
        return json.load(f)


def article_text(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


def lines_of(text: str) -> list[str]:
    return [norm(x) for x in text.splitlines() if x.strip()]


def noise_lines(art: dict, lines: list[str]) -> set[int]:
    frags = [norm(f) for f in art["noise"]]
    return {i for i, ln in enumerate(lines) if any(f in ln for f in frags)}


def body_lines(art: dict, lines: list[str]) -> list[str]:
    """Lines that hold no boilerplate fragment and are not the headline."""
    noisy = noise_lines(art, lines)
    title = norm(art["title"] or "")
    return [ln for i, ln in enumerate(lines) if i not in noisy and ln != title]


def opening_hits(opening: str, line: str) -> int:
    """How often `opening` follows a quotation mark in a normalised line."""
    o = norm(opening)
    return line.count('"' + o) + line.count("'" + o)


def valid_date(s: str) -> bool:
    if not DATE_RE.match(s):
        return False
    parts = [int(p) for p in s.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def date_renderings(iso: str) -> list[str]:
    """Ways a date line in the fixtures may spell a publication date."""
    d = dt.date.fromisoformat(iso)
    month, mon = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    return [
        iso,
        f"{d.day} {month} {d.year}",
        f"{d.day} {mon} {d.year}",
        f"{month} {d.day}, {d.year}",
        f"{mon}. {d.day}, {d.year}",
        f"{mon} {d.day}, {d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
    ]


def date_cues(iso: str) -> list[str]:
    """Expressions that can date an event at the granularity of `iso` (explicit or relative)."""
    parts = iso.split("-")
    if len(parts) == 1:
        return [parts[0], "last year", "next year", "this year"]
    month = MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return [month, month[:3] + ".", "last month", "next month", "this month"]
    d = dt.date.fromisoformat(iso)
    return [d.strftime("%A").lower(), f"{d.day} {month}", f"{month} {d.day}", f"{month[:3]}. {d.day}",
            f"{month[:4]}. {d.day}", f"{d.day:02d}/{d.month:02d}",
            "today", "tonight", "yesterday", "tomorrow"]


# --------------------------------------------------------------------------- tests


def test_every_fixture_is_annotated_once():
    gold = load_gold()
    files = [a["file"] for a in gold["articles"]]
    assert len(files) == len(set(files)), "an article is annotated twice"
    on_disk = sorted(p.name for p in ARTICLES.glob("*.txt"))
    assert sorted(files) == on_disk
    assert len(on_disk) >= 12


def test_format_matches_the_seeds_gold():
    gold = load_gold()
    assert set(gold) == {"about", "articles"}
    for art in gold["articles"]:
        where = art["file"]
        assert REQUIRED_KEYS <= set(art) <= ARTICLE_KEYS, where
        assert art["title"] is None or isinstance(art["title"], str), where
        assert isinstance(art["published"], list) and art["published"], where
        for q in art["quotes"]:
            assert set(q) == {"opening", "speaker"}, (where, q)
            assert isinstance(q["opening"], str) and q["opening"].strip(), (where, q)
            assert q["speaker"] is None or isinstance(q["speaker"], str), (where, q)
        for p in art["people"]:
            assert set(p) == {"name", "keywords"}, (where, p)
            assert isinstance(p["keywords"], list), (where, p)
        for e in art["events"]:
            assert set(e) == {"date", "keyword"}, (where, e)
        assert all(isinstance(f, str) and f.strip() for f in art["noise"]), where


def test_titles_are_the_headline_line():
    for art in load_gold()["articles"]:
        lines = lines_of(article_text(art["file"]))
        if art["title"] is not None:
            assert norm(art["title"]) in lines, art["file"]


def test_published_dates_are_valid_and_on_the_date_line():
    for art in load_gold()["articles"]:
        text = norm(article_text(art["file"]))
        pubs = art["published"]
        if pubs == [None]:
            continue
        for iso in pubs:
            assert isinstance(iso, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso), (art["file"], iso)
            assert valid_date(iso), (art["file"], iso)
            assert any(r in text for r in date_renderings(iso)), (art["file"], iso)


def test_author_occurs_in_article():
    for art in load_gold()["articles"]:
        if "author" in art:
            assert norm(art["author"]) in norm(article_text(art["file"])), art["file"]


def test_noise_fragments_occur_and_stay_out_of_annotated_text():
    for art in load_gold()["articles"]:
        where = art["file"]
        lines = lines_of(article_text(where))
        noisy = noise_lines(art, lines)
        title = norm(art["title"] or "")
        for frag in art["noise"]:
            f = norm(frag)
            assert any(f in ln for ln in lines), (where, frag)
            assert f not in title, (where, frag)
        # A line that holds a noise fragment must not hold an annotated quotation: if it did, the
        # fragment would be body text and the scorer could never see it dropped.
        for i in noisy:
            for q in art["quotes"]:
                assert opening_hits(q["opening"], lines[i]) == 0, (where, q["opening"], lines[i])


def test_quote_openings_follow_a_quotation_mark_in_the_body():
    for art in load_gold()["articles"]:
        where = art["file"]
        body = body_lines(art, lines_of(article_text(where)))
        wanted: dict[str, int] = {}
        for q in art["quotes"]:
            wanted[norm(q["opening"])] = wanted.get(norm(q["opening"]), 0) + 1
        for opening, n in wanted.items():
            found = sum(opening_hits(opening, ln) for ln in body)
            assert found >= n, f"{where}: opening {opening!r} found {found}x after a quote mark, gold has {n}"


def test_openings_match_unambiguously():
    """No opening is a proper prefix of another in the same article (the scorer matches by prefix,
    first come first served); identical openings must share a speaker."""
    for art in load_gold()["articles"]:
        qs = [(norm(q["opening"]), q["speaker"]) for q in art["quotes"]]
        for a, sa in qs:
            for b, sb in qs:
                if a == b:
                    assert sa == sb, (art["file"], a)
                else:
                    assert not b.startswith(a), f"{art['file']}: {a!r} is a prefix of {b!r}"


def test_speakers_are_listed_people():
    for art in load_gold()["articles"]:
        names = [p["name"] for p in art["people"]]
        assert len(names) == len(set(names)), art["file"]
        for q in art["quotes"]:
            if q["speaker"] is not None:
                assert q["speaker"] in names, (art["file"], q)


def test_people_and_keywords_occur():
    for art in load_gold()["articles"]:
        where = art["file"]
        text = norm(article_text(where))
        for p in art["people"]:
            assert len(p["name"].split()) >= 2, (where, p["name"])
            assert norm(p["name"]) in text, (where, p["name"])
            for k in p["keywords"]:
                assert norm(k) in text, (where, p["name"], k)


def test_events_are_dated_and_keywords_in_a_body_line_with_a_date_cue():
    for art in load_gold()["articles"]:
        where = art["file"]
        body = body_lines(art, lines_of(article_text(where)))
        for e in art["events"]:
            assert valid_date(e["date"]), (where, e)
            k = norm(e["keyword"])
            hits = [ln for ln in body if k in ln]
            assert hits, (where, e)
            cues = date_cues(e["date"])
            assert any(any(c in ln for c in cues) for ln in hits), (
                f"{where}: no date expression for {e['date']} near keyword {e['keyword']!r}")


def test_undated_articles_resolve_no_relative_dates():
    """Without a publication date only explicit years/months/days may be annotated: the year must
    be spelled out in the keyword's line."""
    for art in load_gold()["articles"]:
        if art["published"] != [None]:
            continue
        body = body_lines(art, lines_of(article_text(art["file"])))
        for e in art["events"]:
            year = e["date"][:4]
            assert any(norm(e["keyword"]) in ln and year in ln for ln in body), (art["file"], e)


def test_corpus_size():
    arts = load_gold()["articles"]
    quotes = [q for a in arts for q in a["quotes"]]
    assert len(quotes) >= 150
    assert sum(1 for q in quotes if q["speaker"] is None) >= 25
    assert sum(len(a["people"]) for a in arts) >= 50
    assert sum(len(a["events"]) for a in arts) >= 50


if __name__ == "__main__":
    import sys

    failed = 0
    for name, fn in sorted(globals().items()):
        if name.startswith("test_") and callable(fn):
            try:
                fn()
                print(f"ok   {name}")
            except AssertionError as exc:
                failed += 1
                print(f"FAIL {name}: {exc}")
    sys.exit(1 if failed else 0)
