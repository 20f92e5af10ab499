"""The command core: quote / who / timeline / articles / context, returning plain data.

Front ends (Discord cogs, the CLI, the console) only parse input and format these results.
"""

from bot.core.articles import list_articles
from bot.core.ask import ask, parse, usage
from bot.core.context import surrounding
from bot.core.export import export
from bot.core.quote import find_quotes
from bot.core.results import (
    ArticleResult,
    ContextSentence,
    EventResult,
    Passage,
    PersonResult,
    QuoteResult,
    UsageError,
)
from bot.core.timeline import timeline
from bot.core.who import find_people, person_names

__all__ = [
    "ArticleResult",
    "ContextSentence",
    "EventResult",
    "Passage",
    "PersonResult",
    "QuoteResult",
    "UsageError",
    "ask",
    "export",
    "find_people",
    "find_quotes",
    "list_articles",
    "parse",
    "person_names",
    "surrounding",
    "timeline",
    "usage",
]
