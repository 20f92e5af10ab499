"""Small hand-made extraction records for tests (no extraction rules involved)."""

from __future__ import annotations

from bot.extract.records import Article, Event, Person, Quote, Sentence


def make_article(
    source: str = "a.txt",
    *,
    title: str | None = "Talks in Geneva",
    published: str | None = "2013-11-27",
    sentences: tuple[str, ...] = ("First sentence.",),
    quotes: tuple[Quote, ...] = (),
    people: tuple[Person, ...] = (),
    events: tuple[Event, ...] = (),
) -> Article:
    sents = tuple(Sentence(i + 1, i, t) for i, t in enumerate(sentences))
    return Article(
        source=source,
        title=title,
        author=None,
        published=published,
        sentences=sents,
        quotes=quotes,
        people=people,
        events=events,
    )
