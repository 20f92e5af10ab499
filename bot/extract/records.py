"""Typed records that extraction yields.

Every stage after extraction (the store, the command core, the front ends) sees articles only
through these small frozen records, so the extraction rules can change without touching SQL or
Discord code. Sentence ids are 1-based positions inside their article; paragraph numbers are
0-based positions of the body paragraph (after boilerplate has been removed).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Sentence:
    """One body sentence, as a member would read it."""

    id: int
    paragraph: int
    text: str


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation: the words inside the marks, and who said them.

    `speaker` is the canonical full name of a person, or None when no person stands behind the
    words (scare quotes, chants, titles of works, organisations). `rule` names the attribution
    rule that fired, so a wrong answer can be traced to the rule that gave it.
    """

    text: str
    speaker: str | None
    sentence_ids: tuple[int, ...]
    rule: str = ""
    role: str | None = None  # "prime minister" when only "the prime minister said": resolved corpus-wide


@dataclass(frozen=True, slots=True)
class Person:
    """A person named in one article, with every way the article refers to them."""

    name: str
    aliases: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """A dated statement: the date at the granularity the text supports.

    `date` is "YYYY", "YYYY-MM" or "YYYY-MM-DD"; `text` is the sentence that dates it, and
    `sentence_id` its id, or None when a photo caption (kept out of the body) dates it.
    """

    date: str
    text: str
    sentence_id: int | None
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    """Everything extraction learns from one article's text."""

    source: str
    title: str | None
    author: str | None
    published: str | None
    sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...] = ()
    people: tuple[Person, ...] = ()
    events: tuple[Event, ...] = ()
    boilerplate: tuple[str, ...] = field(default=())
