"""Plain rows the store hands out. No behaviour, no SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

IngestStatus = Literal["added", "replaced", "unchanged"]


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: str
    source: str
    guild_id: int | None
    title: str | None
    author: str | None
    published: str | None
    content_hash: str
    ingested_at: str

    @property
    def label(self) -> str:
        """What a member sees as the article's name: its title, else its source."""
        return self.title or self.source


@dataclass(frozen=True, slots=True)
class SentenceRow:
    article_id: str
    id: int
    paragraph: int
    text: str


@dataclass(frozen=True, slots=True)
class QuoteRow:
    id: int
    article_id: str
    position: int
    text: str
    speaker: str | None  # canonical name of the person, None when nobody stands behind it
    person_id: int | None
    sentence_ids: tuple[int, ...]
    rule: str


@dataclass(frozen=True, slots=True)
class EventRow:
    id: int
    article_id: str
    position: int
    date: str
    text: str
    sentence_id: int | None
    rule: str


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    name: str
    aliases: tuple[str, ...]
    descriptions: tuple[str, ...]
    article_ids: tuple[str, ...]
    quote_count: int
