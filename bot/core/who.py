"""`who`: a person by a misspelt, partial or honorific-laden name; names for autocomplete."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.core.cache import cached
from bot.core.results import PersonResult
from bot.core.text import word_similarity, words
from bot.people_index import name_tokens
from bot.store import PersonRow, Store

MIN_SCORE = 75.0
MAX_QUOTES = 10


@dataclass(frozen=True, slots=True)
class PersonEntry:
    row: PersonRow
    forms: tuple[tuple[str, ...], ...]  # token lists of the name and every alias
    articles: tuple[str, ...]
    quotes: tuple[str, ...]  # best first


def _quote_rank(text: str) -> tuple[int, int]:
    """Substantial, complete quotations first: roughly 8-40 words, longer preferred."""
    n = len(text.split())
    return (0 if 8 <= n <= 60 else 1, -min(n, 40))


async def people_corpus(store: Store, guild_id: int | None) -> tuple[PersonEntry, ...]:
    async def build() -> tuple[PersonEntry, ...]:
        arts = {a.id: a for a in await store.articles(guild_id)}
        said: dict[int, list[str]] = defaultdict(list)
        for q in await store.quotes(guild_id):
            if q.person_id is not None:
                said[q.person_id].append(q.text)
        out = []
        for p in await store.people(guild_id):
            forms = {tuple(name_tokens(n)) for n in (p.name, *p.aliases)}
            forms.discard(())
            quotes = tuple(dict.fromkeys(sorted(said.get(p.id, []), key=_quote_rank)))
            out.append(
                PersonEntry(
                    p, tuple(sorted(forms)), tuple(arts[a].label for a in p.article_ids if a in arts), quotes
                )
            )
        return tuple(out)

    return await cached(store, ("people", guild_id), build)


def query_tokens(name: str) -> list[str]:
    toks = [t.replace("'", "") for t in name_tokens(name)]
    return toks or words(name)


def name_score(query: list[str], form: tuple[str, ...], *, prefix: bool = False) -> float:
    """0-100: how well query tokens name a person written as `form` tokens (order-free, typo-tolerant)."""
    if not query or not form:
        return 0.0
    per = []
    for q in query:
        best = 0.0
        for f in form:
            s = word_similarity(q, f)
            if prefix and f.startswith(q):
                s = max(s, 0.9 if len(q) >= 2 else 0.7)
            best = max(best, s)
        per.append(best)
    token_part = 100.0 * sum(per) / len(per)
    whole = fuzz.ratio(" ".join(query), " ".join(form))
    return 0.85 * token_part + 0.15 * whole


def _rank(
    entries: tuple[PersonEntry, ...], query: list[str], prefix: bool
) -> list[tuple[float, PersonEntry]]:
    scored = []
    for e in entries:
        s = max((name_score(query, f, prefix=prefix) for f in e.forms), default=0.0)
        scored.append((s, e))
    scored.sort(key=lambda t: (-t[0], -t[1].row.quote_count, -len(t[1].row.article_ids), t[1].row.name))
    return scored


async def find_people(
    store: Store, name: str, *, guild_id: int | None = None, limit: int = 5
) -> list[PersonResult]:
    """People whose name or alias matches `name`, best first; [] when nobody is close enough."""
    query = query_tokens(name)
    if not query or limit <= 0:
        return []
    entries = await people_corpus(store, guild_id)
    out = []
    for score, e in _rank(entries, query, prefix=False):
        if score < MIN_SCORE or len(out) >= limit:
            break
        p = e.row
        out.append(
            PersonResult(
                name=p.name,
                aliases=p.aliases,
                descriptions=p.descriptions,
                articles=e.articles,
                article_ids=p.article_ids,
                quotes=e.quotes[:MAX_QUOTES],
                quote_count=p.quote_count,
                score=score,
            )
        )
    return out


async def person_names(store: Store, prefix: str, guild_id: int | None = None, limit: int = 25) -> list[str]:
    """Names for autocomplete: the best matches for what is typed so far (most-quoted when empty)."""
    entries = await people_corpus(store, guild_id)
    query = query_tokens(prefix) if prefix.strip() else []
    if not query:
        ranked = sorted(entries, key=lambda e: (-e.row.quote_count, -len(e.row.article_ids), e.row.name))
        names = [e.row.name for e in ranked]
    else:
        names = [e.row.name for s, e in _rank(entries, query, prefix=True) if s >= 60.0]
    return [n[:100] for n in names[:limit]]
