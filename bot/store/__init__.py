"""Persistence: the only package that speaks SQL."""

from bot.store.rows import ArticleRow, EventRow, IngestStatus, PersonRow, QuoteRow, SentenceRow
from bot.store.store import Store, article_id_for, content_hash_of

__all__ = [
    "ArticleRow",
    "EventRow",
    "IngestStatus",
    "PersonRow",
    "QuoteRow",
    "SentenceRow",
    "Store",
    "article_id_for",
    "content_hash_of",
]
