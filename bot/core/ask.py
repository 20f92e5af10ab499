"""One line as a member types it -> the command's answer as plain JSON data.

`studybot ask --json` and the console run exactly this; the Discord cogs call the same command
functions (find_quotes, find_people, timeline, list_articles).
"""

from __future__ import annotations

from typing import Any

from bot.core.articles import list_articles
from bot.core.quote import find_quotes
from bot.core.results import UsageError
from bot.core.timeline import timeline
from bot.core.who import find_people
from bot.store import Store

USAGE = {
    "quote": "!quote <words you remember>   find a quotation (typos and missing words are fine)",
    "who": "!who <name>                   who is this person, what did they say",
    "timeline": "!timeline [person|article|date|words]   dated events in order",
    "articles": "!articles [title words]       the articles the group is reading",
}
ALIASES = {
    "quote": "quote",
    "q": "quote",
    "who": "who",
    "whois": "who",
    "timeline": "timeline",
    "tl": "timeline",
    "when": "timeline",
    "articles": "articles",
    "article": "articles",
}


def usage(command: str | None = None) -> str:
    if command in USAGE:
        return "usage: " + USAGE[command]
    return "commands:\n" + "\n".join("  " + line for line in USAGE.values())


def parse(line: str, prefix: str = "!") -> tuple[str, str]:
    """'!quote rising prices' -> ('quote', 'rising prices'). Accepts the prefix, '/', or no prefix at all."""
    text = (line or "").strip()
    for p in sorted({prefix, "!", "/"}, key=len, reverse=True):
        if p and text.startswith(p):
            text = text[len(p) :].lstrip()
            break
    if not text:
        raise UsageError("empty command\n" + usage())
    head, _, rest = text.partition(" ")
    command = ALIASES.get(head.lower())
    if command is None:
        raise UsageError(f"unknown command {head!r}\n" + usage())
    query = " ".join(rest.split())
    if command in ("quote", "who") and not query:
        raise UsageError(f"{command} needs something to look for\n" + usage(command))
    return command, query


async def run(store: Store, command: str, query: str, *, guild_id: int | None = None) -> list[Any]:
    """Run a parsed command; returns result objects (each with to_json())."""
    if command == "quote":
        return await find_quotes(store, query, guild_id=guild_id)
    if command == "who":
        return await find_people(store, query, guild_id=guild_id)
    if command == "timeline":
        return await timeline(store, query or None, guild_id=guild_id)
    if command == "articles":
        return await list_articles(store, query or None, guild_id=guild_id)
    raise UsageError(f"unknown command {command!r}\n" + usage())


async def ask(store: Store, line: str, *, guild_id: int | None = None, prefix: str = "!") -> dict[str, Any]:
    """Parse and run one line; {"command", "query", "results": [...]}. Raises UsageError for bad input."""
    command, query = parse(line, prefix)
    results = await run(store, command, query, guild_id=guild_id)
    return {"command": command, "query": query, "results": [r.to_json() for r in results]}
