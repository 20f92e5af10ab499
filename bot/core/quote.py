"""`quote`: find the quotation (or, failing that, the sentence) a member half remembers."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.core.cache import cached
from bot.core.results import QuoteResult
from bot.core.text import WordIndex, fold, folded_words, words
from bot.store import ArticleRow, QuoteRow, SentenceRow, Store

#: Share of the (IDF-weighted) query words a candidate must contain.
MIN_COVERAGE = 0.5
#: Final score (0-100) below which nothing is returned.
MIN_SCORE = 55.0
#: Quotations beat plain sentences of about the same score.
QUOTE_BONUS = 3.0
#: How many best-covered candidates get the slower phrase scoring.
RESCORE = 80


@dataclass(frozen=True, slots=True)
class Candidate:
    text: str
    folded: str
    speaker: str | None
    article: str
    article_id: str
    published: str | None
    sentence_ids: tuple[int, ...]
    kind: str


@dataclass(frozen=True, slots=True)
class QuoteCorpus:
    candidates: tuple[Candidate, ...]
    index: WordIndex


def _build_corpus(
    arts: dict[str, ArticleRow], quotes: list[QuoteRow], sentences: list[SentenceRow]
) -> QuoteCorpus:
    cands: list[Candidate] = []
    docs: list[list[str]] = []
    for q in quotes:
        a = arts[q.article_id]
        f = fold(q.text)
        cands.append(Candidate(q.text, f, q.speaker, a.label, a.id, a.published, q.sentence_ids, "quote"))
        docs.append(folded_words(f) + words(q.speaker))
    for s in sentences:
        a = arts[s.article_id]
        f = fold(s.text)
        cands.append(Candidate(s.text, f, None, a.label, a.id, a.published, (s.id,), "sentence"))
        docs.append(folded_words(f))
    return QuoteCorpus(tuple(cands), WordIndex(docs))


async def quote_corpus(store: Store, guild_id: int | None) -> QuoteCorpus:
    async def build() -> QuoteCorpus:
        arts = {a.id: a for a in await store.articles(guild_id)}
        quotes, sentences = await store.quotes(guild_id), await store.sentences(guild_id)
        # CPU-bound (about a second for 40,000 sentences): keep the event loop (Discord heartbeats) free
        return await asyncio.to_thread(_build_corpus, arts, quotes, sentences)

    return await cached(store, ("quotes", guild_id), build)


async def find_quotes(
    store: Store, query: str, *, guild_id: int | None = None, limit: int = 10
) -> list[QuoteResult]:
    """Best quotations and sentences for `query`, best first; [] when nothing is close enough."""
    qwords = words(query)
    if not qwords or limit <= 0:
        return []
    corpus = await quote_corpus(store, guild_id)
    cov = corpus.index.coverage(qwords)
    pool = sorted((i for i, c in cov.items() if c >= MIN_COVERAGE), key=lambda i: -cov[i])[:RESCORE]
    qtext = " ".join(qwords)
    scored: list[tuple[float, int]] = []
    for i in pool:
        c = corpus.candidates[i]
        hay = c.folded if not c.speaker else f"{c.folded} {fold(c.speaker)}"
        phrase = fuzz.partial_ratio(qtext, hay) if len(qtext) <= len(hay) else fuzz.ratio(qtext, hay)
        score = 80.0 * cov[i] + 0.2 * phrase
        if c.kind == "quote":
            score += QUOTE_BONUS
        scored.append((score, i))
    scored.sort(
        key=lambda t: (-t[0], corpus.candidates[t[1]].kind != "quote", len(corpus.candidates[t[1]].text))
    )

    out: list[QuoteResult] = []
    covered: set[tuple[str, int]] = set()
    seen_text: set[str] = set()
    for score, i in scored:
        if score < MIN_SCORE:
            break
        c = corpus.candidates[i]
        if c.kind == "sentence" and (c.article_id, c.sentence_ids[0]) in covered:
            continue  # a higher-ranked quotation already shows these words
        if c.folded in seen_text:
            continue  # the same words from a duplicate article
        seen_text.add(c.folded)
        if c.kind == "quote":
            covered.update((c.article_id, sid) for sid in c.sentence_ids)
        out.append(
            QuoteResult(
                text=c.text,
                speaker=c.speaker,
                article=c.article,
                article_id=c.article_id,
                published=c.published,
                score=min(score, 100.0),
                sentence_ids=c.sentence_ids,
                kind="quote" if c.kind == "quote" else "sentence",
            )
        )
        if len(out) >= limit:
            break
    return out
