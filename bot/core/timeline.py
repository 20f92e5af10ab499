"""`timeline`: dated events in chronological order, optionally filtered by person, article or words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.core.cache import cached
from bot.core.results import EventResult
from bot.core.text import WordIndex, fold, folded_words, words
from bot.core.who import name_score, people_corpus, query_tokens
from bot.extract.dates import find_dates
from bot.store import Store

PERSON_MIN = 85.0
TITLE_MIN = 85.0
TEXT_MIN_COVERAGE = 0.6


@dataclass(frozen=True, slots=True)
class TimelineCorpus:
    events: tuple[EventResult, ...]  # chronological
    index: WordIndex  # over event texts
    folded: tuple[str, ...]  # event texts, folded and without apostrophes, for name matching
    titles: dict[str, str]  # article id -> folded title


def chrono_key(ev: EventResult) -> tuple[str, str, str, int]:
    """ "YYYY" < "YYYY-MM" < "YYYY-MM-DD" within the same year/month: plain string order does that."""
    return (ev.date, ev.published or "", ev.article, ev.sentence_id or 0)


async def timeline_corpus(store: Store, guild_id: int | None) -> TimelineCorpus:
    async def build() -> TimelineCorpus:
        arts = {a.id: a for a in await store.articles(guild_id)}
        evs = [
            EventResult(
                date=e.date,
                text=e.text,
                article=arts[e.article_id].label,
                article_id=e.article_id,
                published=arts[e.article_id].published,
                sentence_id=e.sentence_id,
            )
            for e in await store.events(guild_id)
        ]
        evs.sort(key=chrono_key)
        folded = tuple(fold(e.text).replace("'", "") for e in evs)
        return TimelineCorpus(
            tuple(evs),
            WordIndex([folded_words(f) for f in folded]),
            folded,
            {a.id: fold(a.title or a.source) for a in arts.values()},
        )

    return await cached(store, ("timeline", guild_id), build)


def _date_prefix(query: str) -> str | None:
    """The ISO prefix a query that is only a date names ("June 2013" -> "2013-06"), else None."""
    text = query.strip()
    if re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", text):
        return text
    found = find_dates(text)
    if len(found) == 1 and found[0].start == 0 and found[0].end >= len(text.rstrip(" .")):
        return found[0].value
    return None


def _names_title(query: str, title: str) -> bool:
    """The query is (most of) the title, allowing typos: not merely one of its words."""
    if not title:
        return False
    if fuzz.ratio(query, title) >= TITLE_MIN:
        return True
    return len(query) >= max(8, 0.4 * len(title)) and fuzz.partial_ratio(query, title) >= 90


async def timeline(
    store: Store, query: str | None = None, *, guild_id: int | None = None
) -> list[EventResult]:
    """All dated events in scope in chronological order; with `query`, only those it matches:
    events mentioning a person of that name, events of an article with that title, events dated
    within a date the query names ("2013", "June 2013"), or events whose text contains (fuzzily) the
    query's words."""
    corpus = await timeline_corpus(store, guild_id)
    if not query or not query.strip():
        return list(corpus.events)
    # a date ("2013", "June 2013", "2013-06") means the events dated within it, and only those:
    # fuzzy word matching would let "2013" find 2014
    prefix = _date_prefix(query)
    if prefix:
        return [e for e in corpus.events if e.date.startswith(prefix)]
    keep: set[int] = set()

    # 1. a person: events whose sentence names them
    qtoks = query_tokens(query)
    patterns: set[str] = set()
    for entry in await people_corpus(store, guild_id):
        # only the person's names that match the query: an odd alias must not pull in unrelated events
        for form in entry.forms:
            if name_score(qtoks, form) >= PERSON_MIN:
                patterns.add(r"\b" + r"\s+".join(map(re.escape, form)) + r"\b")
    if patterns:
        rx = re.compile("|".join(sorted(patterns)))
        keep.update(i for i, text in enumerate(corpus.folded) if rx.search(text))

    # 2. an article title
    fq = fold(query)
    titles = {aid for aid, t in corpus.titles.items() if _names_title(fq, t)}
    keep.update(i for i, e in enumerate(corpus.events) if e.article_id in titles)

    # 3. words of the event text
    qwords = words(query)
    keep.update(i for i, c in corpus.index.coverage(qwords).items() if c >= TEXT_MIN_COVERAGE)
    return [corpus.events[i] for i in sorted(keep)]
