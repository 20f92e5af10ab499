"""Extraction: article text in, typed records out. Pure functions, no I/O."""

from bot.extract.pipeline import extract_article
from bot.extract.records import Article, Event, Person, Quote, Sentence

__all__ = ["Article", "Event", "Person", "Quote", "Sentence", "extract_article"]
