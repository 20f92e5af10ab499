"""Plain-text rendering of command answers, and the local console (`studybot chat`)."""

from __future__ import annotations

import asyncio
import logging
import textwrap
from typing import Any, TextIO

from bot.core import UsageError, ask, usage
from bot.store import Store

log = logging.getLogger(__name__)

EMPTY = {
    "quote": "No quotation matches that.",
    "who": "Nobody by that name in the articles.",
    "timeline": "No dated events match that.",
    "articles": "No articles.",
}


MAX_DESCRIPTIONS = 4
MAX_ARTICLES = 5


def _some(items: list[str], limit: int, sep: str = ", ") -> str:
    """The first `limit` items, and how many more there are."""
    shown = sep.join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def _wrap(text: str, indent: str = "   ") -> str:
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=indent)


def format_answer(answer: dict[str, Any]) -> str:
    """Human-readable text of an ask() answer."""
    command, results = answer["command"], answer["results"]
    if not results:
        return EMPTY.get(command, "No results.")
    lines: list[str] = []
    if command == "quote":
        for i, r in enumerate(results, 1):
            who = f" — {r['speaker']}" if r.get("speaker") else ""
            text = f"“{r['text']}”" if r.get("kind") == "quote" else r["text"]
            lines.append(
                textwrap.fill(
                    text + who, width=100, initial_indent=f"{i}. ".ljust(4), subsequent_indent="    "
                )
            )
            date = f" ({r['published']})" if r.get("published") else ""
            lines.append(f"    {r['article']}{date} · score {r['score']}")
    elif command == "who":
        for r in results:
            alias = f"  (also: {_some(r.get('aliases', []), 6)})" if r.get("aliases") else ""
            lines.append(f"{r['name']}{alias}")
            for d in r.get("descriptions", [])[:MAX_DESCRIPTIONS]:
                lines.append(_wrap(d, "   - "))
            if r.get("articles"):
                lines.append(_wrap("in: " + _some(r["articles"], MAX_ARTICLES, "; ")))
            if r.get("quotes"):
                n = r["quote_count"]
                lines.append(f"   quoted {n} time{'s' if n != 1 else ''}, e.g.:")
                for q in r["quotes"][:3]:
                    lines.append(_wrap(f"“{q}”", "     "))
            lines.append("")
        if lines and not lines[-1]:
            lines.pop()
    elif command == "timeline":
        for r in results:
            lines.append(
                textwrap.fill(
                    r["text"], width=100, initial_indent=f"{r['date']:<11}", subsequent_indent=" " * 11
                )
            )
            lines.append(f"{'':<11}[{r['article']}]")
    elif command == "articles":
        for r in results:
            lines.append(
                f"{r['id']}  {r.get('published') or '----------'}  {r['title'] or r['source']}"
                f"  ({r['quotes']} quotes, {r['events']} events)"
            )
    else:
        lines = [str(r) for r in results]
    return "\n".join(lines)


HELP = (
    usage() + "\n  help                          this text\n  quit                          leave the console"
)


async def chat(
    store: Store,
    stdin: TextIO,
    stdout: TextIO,
    *,
    guild_id: int | None = None,
    prefix: str = "!",
    interactive: bool = False,
) -> int:
    """Answer one command per line until end of input or `quit`. Returns the number of lines answered."""
    if interactive:
        print("studybot console: type a command such as !quote rising prices, help, or quit.", file=stdout)
    answered = 0
    while True:
        if interactive:
            print("studybot> ", end="", file=stdout, flush=True)
        line = await asyncio.to_thread(stdin.readline)
        if not line:
            break
        line = line.strip()
        if not line:
            continue
        word = line.lstrip("!/").strip().lower()
        if word in ("quit", "exit", "q!"):
            break
        if word in ("help", "?"):
            print(HELP, file=stdout, flush=True)
            continue
        try:
            out = format_answer(await ask(store, line, guild_id=guild_id, prefix=prefix))
        except UsageError as e:
            out = str(e)
        except Exception as e:  # keep the console alive; details go to the log
            log.exception("command failed: %s", line)
            out = f"error: {type(e).__name__}: {e}"
        print(out, file=stdout, flush=True)
        answered += 1
    return answered
