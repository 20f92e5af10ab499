"""The sentences around a result, so a member can read a quotation in its place."""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.results import ContextSentence, Passage
from bot.store import Store


async def surrounding(
    store: Store, article_id: str, sentence_ids: Iterable[int | None], radius: int = 2
) -> Passage | None:
    """The given sentences with `radius` sentences either side; None for an unknown article."""
    art = await store.article(article_id)
    if art is None:
        return None
    ids = sorted({i for i in sentence_ids if i is not None})
    if not ids:
        return Passage(art.label, art.id, art.published, ())
    radius = max(0, radius)
    rows = await store.sentences_between(article_id, ids[0] - radius, ids[-1] + radius)
    hits = set(ids)
    return Passage(
        art.label,
        art.id,
        art.published,
        tuple(ContextSentence(r.id, r.paragraph, r.text, r.id in hits) for r in rows),
    )
