"""The whole database as the export JSON of the eval README (people corpus-wide)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from bot.store import Store


async def export(store: Store, *, guild_id: int | None = None, everywhere: bool = True) -> dict[str, Any]:
    """Every article with its sentences, quotes and events, and every person, as plain JSON data."""
    scope = {"guild_id": guild_id, "everywhere": everywhere}
    sents: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in await store.sentences(**scope):
        sents[s.article_id].append({"id": s.id, "paragraph": s.paragraph, "text": s.text})
    quotes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in await store.quotes(**scope):
        quotes[q.article_id].append(
            {"text": q.text, "speaker": q.speaker, "sentence_ids": list(q.sentence_ids)}
        )
    events: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in await store.events(**scope):
        events[e.article_id].append({"date": e.date, "text": e.text, "sentence_id": e.sentence_id})
    articles = [
        {
            "id": a.id,
            "source": a.source,
            "title": a.title,
            "published": a.published,
            "author": a.author,
            "guild_id": a.guild_id,
            "sentences": sents[a.id],
            "quotes": quotes[a.id],
            "events": events[a.id],
        }
        for a in await store.articles(**scope)
    ]
    people = [
        {
            "name": p.name,
            "aliases": list(p.aliases),
            "descriptions": list(p.descriptions),
            "articles": list(p.article_ids),
            "quote_count": p.quote_count,
        }
        for p in await store.people(**scope)
    ]
    return {"articles": articles, "people": people}
