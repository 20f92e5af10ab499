"""`articles`: what the study group has to read."""

from __future__ import annotations

from collections import Counter

from rapidfuzz import fuzz

from bot.core.cache import cached
from bot.core.results import ArticleResult
from bot.core.text import fold
from bot.store import Store


async def list_articles(
    store: Store, query: str | None = None, *, guild_id: int | None = None
) -> list[ArticleResult]:
    """Articles in scope, newest first (undated last); with `query`, those whose title or source match it."""

    async def build() -> tuple[ArticleResult, ...]:
        sents = Counter(s.article_id for s in await store.sentences(guild_id))
        quotes = Counter(q.article_id for q in await store.quotes(guild_id))
        events = Counter(e.article_id for e in await store.events(guild_id))
        rows = await store.articles(guild_id)
        dated = sorted(
            (a for a in rows if a.published), key=lambda a: (a.published or "", a.label), reverse=True
        )
        rows = dated + sorted((a for a in rows if not a.published), key=lambda a: a.label)
        return tuple(
            ArticleResult(
                id=a.id,
                title=a.title,
                source=a.source,
                author=a.author,
                published=a.published,
                guild_id=a.guild_id,
                sentences=sents[a.id],
                quotes=quotes[a.id],
                events=events[a.id],
            )
            for a in rows
        )

    arts = await cached(store, ("articles", guild_id), build)
    if not query or not query.strip():
        return list(arts)
    fq = fold(query)
    scored = [
        (
            max(
                fuzz.partial_ratio(fq, fold(a.title)) if a.title else 0,
                fuzz.partial_ratio(fq, fold(a.source)),
            ),
            a,
        )
        for a in arts
    ]
    return [a for s, a in sorted(scored, key=lambda t: -t[0]) if s >= 80]
