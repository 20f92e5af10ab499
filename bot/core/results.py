"""Plain results the commands return; front ends only format them. `to_json()` follows the eval README."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal


class UsageError(ValueError):
    """A member's command cannot be run as typed; the message says how to type it."""


@dataclass(frozen=True, slots=True)
class QuoteResult:
    text: str
    speaker: str | None
    article: str  # title, else source
    article_id: str
    published: str | None
    score: float
    sentence_ids: tuple[int, ...]
    kind: Literal["quote", "sentence"]

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["sentence_ids"] = list(self.sentence_ids)
        d["score"] = round(self.score, 1)
        return d


@dataclass(frozen=True, slots=True)
class PersonResult:
    name: str
    aliases: tuple[str, ...]
    descriptions: tuple[str, ...]
    articles: tuple[str, ...]  # titles (else sources) of the articles that mention them
    article_ids: tuple[str, ...]
    quotes: tuple[str, ...]  # their quotations, best first
    quote_count: int
    score: float

    def to_json(self) -> dict[str, Any]:
        d = {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}
        d["score"] = round(self.score, 1)
        return d


@dataclass(frozen=True, slots=True)
class EventResult:
    date: str  # YYYY | YYYY-MM | YYYY-MM-DD
    text: str
    article: str
    article_id: str
    published: str | None
    sentence_id: int | None  # None: dated by a photo caption, not a body sentence

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class ArticleResult:
    id: str
    title: str | None
    source: str
    author: str | None
    published: str | None
    guild_id: int | None
    sentences: int = 0
    quotes: int = 0
    events: int = 0

    @property
    def label(self) -> str:
        return self.title or self.source

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class ContextSentence:
    id: int
    paragraph: int
    text: str
    hit: bool  # one of the sentences asked about

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Passage:
    """Sentences around a result, for "show me the context"."""

    article: str
    article_id: str
    published: str | None
    sentences: tuple[ContextSentence, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "article_id": self.article_id,
            "published": self.published,
            "sentences": [s.to_json() for s in self.sentences],
        }
