"""Pure functions that turn core results into Discord embeds that Discord will accept.

Why a module of its own: Discord rejects a whole message (HTTP 400) when a single part of an embed
is one character too long, and the texts we show come from scraped news articles whose sentences,
titles and quotations have no length bound. Every builder here therefore ends in `fit()`, which
enforces every limit (title 256, description 4096, 25 fields, field name 256, value 1024, footer
2048, author 256, 6000 in total), truncating with an ellipsis rather than failing. Nothing here
touches the network or the database, so the limits are tested with synthetic long strings.

Results are read by attribute name only (duck typing), so the core may add fields freely.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import discord
from discord.utils import escape_markdown

MESSAGE_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_COUNT_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
AUTHOR_LIMIT = 256
EMBED_TOTAL_LIMIT = 6000
CHOICE_COUNT_LIMIT = 25
CHOICE_NAME_LIMIT = 100

ELLIPSIS = "\u2026"
ZWSP = "\u200b"  # Discord refuses empty field names/values; a zero-width space reads as blank.

COLOUR_QUOTE = discord.Colour.blurple()
COLOUR_PERSON = discord.Colour.teal()
COLOUR_TIMELINE = discord.Colour.gold()
COLOUR_ARTICLE = discord.Colour.dark_green()
COLOUR_ERROR = discord.Colour.red()
COLOUR_INFO = discord.Colour.light_grey()
COLOUR_SESSION = discord.Colour.purple()

#: How long one line of a list (timeline entry, article) may get before it is cut. Lists are for
#: scanning; the full sentence is one `!quote`/button away.
LIST_LINE_LIMIT = 350
#: Lines per list page: more than this is a wall of text on a phone even when it fits the limit.
LIST_PAGE_LINES = 10


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------

def truncate(text: object, limit: int, *, ellipsis: str = ELLIPSIS) -> str:
    """Cut `text` to at most `limit` characters, ending in an ellipsis when anything was cut.

    Prefers a word boundary near the end so a cut does not land mid-word, and never leaves a
    trailing backslash (which would escape the ellipsis, or break a markdown escape in half).
    """
    s = "" if text is None else str(text)
    if limit <= 0:
        return ""
    if len(s) <= limit:
        return s
    if limit <= len(ellipsis):
        return ellipsis[:limit]
    cut = s[: limit - len(ellipsis)]
    space = cut.rfind(" ")
    if space >= max(1, int(len(cut) * 0.8)):
        cut = cut[:space]
    cut = cut.rstrip()
    while cut.endswith("\\"):
        cut = cut[:-1]
    return cut + ellipsis


def clean(text: object) -> str:
    """Collapse runs of whitespace so scraped text with stray newlines renders as one line."""
    return " ".join(("" if text is None else str(text)).split())


def md(text: object) -> str:
    """Whitespace-collapsed and markdown-escaped: article text must never render as formatting."""
    return escape_markdown(clean(text))


def nonempty(text: str, fallback: str = ZWSP) -> str:
    """Discord rejects empty field names and values."""
    return text if text and text.strip() else fallback


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _label(obj: Any) -> str:
    """A display label for an article or quote that may be a plain string or a result object."""
    if obj is None:
        return ""
    if isinstance(obj, str):
        return obj
    for attr in ("title", "text", "name", "source"):
        value = _get(obj, attr)
        if value:
            return str(value)
    return str(obj)


def quoted(text: object) -> str:
    """Typographic quotes around a quotation, unless it already carries them."""
    s = clean(text)
    if s[:1] in "\"\u201c\u2018'":
        return s
    return f"\u201c{s}\u201d"


def message_text(text: object) -> str:
    """Plain message content within the 2000-character message limit."""
    return truncate(text, MESSAGE_LIMIT)


# --------------------------------------------------------------------------------------------
# The guard every builder ends with
# --------------------------------------------------------------------------------------------

def fit(embed: discord.Embed) -> discord.Embed:
    """Bring `embed` within every Discord embed limit, in place, and return it.

    Per-part limits first; then, while the 6000 total is exceeded, shorten the description and
    then drop fields from the end (the most important content comes first in our embeds).
    """
    if embed.title is not None:
        embed.title = truncate(embed.title, TITLE_LIMIT)
    if embed.description is not None:
        embed.description = truncate(embed.description, DESCRIPTION_LIMIT)
    author = getattr(embed, "_author", None)
    if author and author.get("name") is not None:
        author["name"] = truncate(author["name"], AUTHOR_LIMIT)
    footer = getattr(embed, "_footer", None)
    if footer and footer.get("text") is not None:
        footer["text"] = truncate(footer["text"], FOOTER_LIMIT)
    fields = getattr(embed, "_fields", None)
    if fields:
        del fields[FIELD_COUNT_LIMIT:]
        for f in fields:
            f["name"] = nonempty(truncate(f["name"], FIELD_NAME_LIMIT))
            f["value"] = nonempty(truncate(f["value"], FIELD_VALUE_LIMIT))

    excess = len(embed) - EMBED_TOTAL_LIMIT
    if excess > 0 and embed.description:
        keep = max(len(embed.description) - excess, 200)
        embed.description = truncate(embed.description, keep)
        excess = len(embed) - EMBED_TOTAL_LIMIT
    while excess > 0 and getattr(embed, "_fields", None):
        embed.remove_field(len(embed.fields) - 1)
        excess = len(embed) - EMBED_TOTAL_LIMIT
    if excess > 0 and footer and footer.get("text"):
        footer["text"] = truncate(footer["text"], max(len(footer["text"]) - excess, 0))
        excess = len(embed) - EMBED_TOTAL_LIMIT
    if excess > 0 and embed.description:
        embed.description = truncate(embed.description, max(len(embed.description) - excess, 1))
    return embed


def within_limits(embed: discord.Embed) -> bool:
    """True when Discord would accept `embed` (used by tests and as a cheap runtime assertion)."""
    if len(embed) > EMBED_TOTAL_LIMIT:
        return False
    if embed.title and len(embed.title) > TITLE_LIMIT:
        return False
    if embed.description and len(embed.description) > DESCRIPTION_LIMIT:
        return False
    if len(embed.fields) > FIELD_COUNT_LIMIT:
        return False
    for f in embed.fields:
        if not f.name or not f.value or len(f.name) > FIELD_NAME_LIMIT or len(f.value) > FIELD_VALUE_LIMIT:
            return False
    if embed.footer.text and len(embed.footer.text) > FOOTER_LIMIT:
        return False
    return not (embed.author.name and len(embed.author.name) > AUTHOR_LIMIT)


def pack_lines(lines: Iterable[str], *, limit: int = DESCRIPTION_LIMIT - 100,
               max_lines: int = LIST_PAGE_LINES) -> list[str]:
    """Group lines into page bodies, each at most `limit` characters and `max_lines` lines."""
    pages: list[str] = []
    current: list[str] = []
    size = 0
    for raw in lines:
        line = truncate(raw, limit)
        extra = len(line) + (1 if current else 0)
        if current and (size + extra > limit or len(current) >= max_lines):
            pages.append("\n".join(current))
            current, size = [], 0
            extra = len(line)
        current.append(line)
        size += extra
    if current:
        pages.append("\n".join(current))
    return pages


def _page_footer(embed: discord.Embed, page: int, total: int, extra: str = "") -> None:
    parts = []
    if total > 1:
        parts.append(f"Page {page + 1}/{total}")
    if extra:
        parts.append(extra)
    if parts:
        embed.set_footer(text=" \u00b7 ".join(parts))


# --------------------------------------------------------------------------------------------
# Quotes
# --------------------------------------------------------------------------------------------

def _date(value: object) -> str:
    return str(value) if value else "undated"


def quote_embed(result: Any, index: int = 0, total: int = 1, query: str | None = None) -> discord.Embed:
    """One matching quotation: the words, who said them, where and when."""
    speaker = _get(result, "speaker")
    embed = discord.Embed(
        title=f"Match {index + 1} of {total}" if total > 1 else "Best match",
        description=truncate(md(quoted(_get(result, "text", ""))), DESCRIPTION_LIMIT - 10),
        colour=COLOUR_QUOTE,
    )
    embed.add_field(name="Speaker", value=md(speaker) if speaker else "*unattributed*", inline=True)
    embed.add_field(name="Date", value=md(_date(_get(result, "published"))), inline=True)
    article = _get(result, "article")
    if article:
        embed.add_field(name="Article", value=md(_label(article)), inline=False)
    footer = []
    score = _get(result, "score")
    if isinstance(score, int | float):
        footer.append(f"match {score:.0f}%" if score > 1 else f"match {score * 100:.0f}%")
    kind = _get(result, "kind")
    if kind and kind != "quote":
        footer.append(str(kind))
    if query:
        footer.append(f"searched: {clean(query)}")
    if footer:
        embed.set_footer(text=" \u00b7 ".join(footer))
    return fit(embed)


def quote_pages(results: Sequence[Any], query: str | None = None) -> list[discord.Embed]:
    """One page per match, so buttons can step through further matches."""
    return [quote_embed(r, i, len(results), query) for i, r in enumerate(results)]


def context_embed(result: Any, passage: Any) -> discord.Embed:
    """The sentences around a quotation, the quoted ones in bold, so a reader sees it in context.

    `passage` is a `bot.core.results.Passage` (or None when the article has gone): its sentences
    carry `hit` for the ones the quotation spans.
    """
    sentences = list(_get(passage, "sentences", ()) or ()) if passage is not None else []
    highlight = set(_get(result, "sentence_ids", ()) or ())
    lines = []
    for s in sentences:
        hit = _get(s, "hit")
        if hit is None:
            hit = _get(s, "id") in highlight
        line = truncate(md(_get(s, "text", "")), 900)
        lines.append(f"**{line}**" if hit else line)
    body = "\n\n".join(lines) if lines else "*No surrounding text is stored for this quotation.*"
    title = _get(passage, "article") if passage is not None else None
    title = clean(title or _label(_get(result, "article")) or "Context")
    embed = discord.Embed(title=truncate(title, TITLE_LIMIT),
                          description=body, colour=COLOUR_QUOTE)
    footer = []
    speaker = _get(result, "speaker")
    if speaker:
        footer.append(f"Quotation by {clean(speaker)}")
    published = _get(passage, "published") if passage is not None else _get(result, "published")
    footer.append(_date(published))
    embed.set_footer(text=" \u00b7 ".join(footer))
    return fit(embed)


# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------

def _bullets(items: Iterable[Any], limit: int = FIELD_VALUE_LIMIT, *, quote: bool = False,
             item_limit: int = 200) -> str:
    """A bullet list that stops (with a "+N more" tail) before `limit` characters."""
    items = [i for i in items if i]
    out: list[str] = []
    size = 0
    for n, item in enumerate(items):
        text = clean(_get(item, "text") if quote and not isinstance(item, str) else _label(item))
        text = md(quoted(text) if quote else text)
        line = f"\u2022 {truncate(text, item_limit)}"
        rest = len(items) - n - 1
        tail = f"\n+{rest} more" if rest else ""
        if size + len(line) + 1 + len(tail) > limit:
            out.append(f"+{len(items) - n} more")
            break
        out.append(line)
        size += len(line) + 1
    return "\n".join(out)


def person_embed(person: Any, index: int = 0, total: int = 1) -> discord.Embed:
    """A person card: every name they go by, how articles describe them, where they speak."""
    name = clean(_get(person, "name", "?"))
    descriptions = list(_get(person, "descriptions", ()) or ())
    embed = discord.Embed(
        title=name,
        description=_bullets(descriptions, DESCRIPTION_LIMIT - 100, item_limit=300)
        if descriptions else "*No description in the articles.*",
        colour=COLOUR_PERSON,
    )
    aliases = [a for a in (_get(person, "aliases", ()) or ()) if clean(a) != name]
    if aliases:
        also = truncate(", ".join(md(a) for a in aliases), FIELD_VALUE_LIMIT)
        embed.add_field(name="Also called", value=also, inline=False)
    articles = list(_get(person, "articles", ()) or ())
    if articles:
        embed.add_field(name=f"Articles ({len(articles)})", value=_bullets(articles), inline=False)
    quotes = list(_get(person, "quotes", ()) or ())
    count = _get(person, "quote_count")
    count = count if isinstance(count, int) else len(quotes)
    if quotes:
        embed.add_field(name=f"Quotes ({count})", value=_bullets(quotes, quote=True, item_limit=250),
                        inline=False)
    footer = f"{count} quotation{'s' if count != 1 else ''}"
    if total > 1:
        footer = f"Person {index + 1}/{total} \u00b7 {footer}"
    embed.set_footer(text=footer)
    return fit(embed)


def person_pages(people: Sequence[Any]) -> list[discord.Embed]:
    return [person_embed(p, i, len(people)) for i, p in enumerate(people)]


# --------------------------------------------------------------------------------------------
# Timeline and articles
# --------------------------------------------------------------------------------------------

def event_line(event: Any) -> str:
    date = clean(_get(event, "date", "?"))
    text = truncate(md(_get(event, "text", "")), LIST_LINE_LIMIT - len(date) - 60)
    article = _get(event, "article")
    suffix = f" \u2014 *{truncate(md(_label(article)), 50)}*" if article else ""
    return f"`{date}` {text}{suffix}"


def timeline_pages(events: Sequence[Any], query: str | None = None) -> list[discord.Embed]:
    """Events in date order, a handful per page."""
    title = f"Timeline: {clean(query)}" if query else "Timeline"
    bodies = pack_lines(event_line(e) for e in events)
    pages = []
    for i, body in enumerate(bodies):
        embed = discord.Embed(title=truncate(title, TITLE_LIMIT), description=body, colour=COLOUR_TIMELINE)
        _page_footer(embed, i, len(bodies), f"{len(events)} dated statement{'s' if len(events) != 1 else ''}")
        pages.append(fit(embed))
    return pages


def article_line(article: Any) -> str:
    ident = _get(article, "id", _get(article, "article_id"))
    title = md(_get(article, "title") or _get(article, "source") or "untitled")
    bits = [f"`#{ident}`" if ident is not None else "\u2022", f"**{truncate(title, 150)}**"]
    published = _get(article, "published")
    if published:
        bits.append(f"({clean(published)})")
    counts = []
    for attrs, word in ((("quotes", "quote_count"), "quotes"), (("events", "event_count"), "dated events")):
        value = next((v for a in attrs if isinstance(v := _get(article, a), int)), None)
        if value is not None:
            counts.append(f"{value} {word}")
    if counts:
        bits.append("\u2014 " + ", ".join(counts))
    if _get(article, "guild_id"):
        bits.append("\u00b7 *this server*")
    return " ".join(bits)


def article_pages(articles: Sequence[Any]) -> list[discord.Embed]:
    bodies = pack_lines(article_line(a) for a in articles)
    pages = []
    for i, body in enumerate(bodies):
        embed = discord.Embed(title="Articles", description=body, colour=COLOUR_ARTICLE)
        _page_footer(embed, i, len(bodies), f"{len(articles)} article{'s' if len(articles) != 1 else ''}")
        pages.append(fit(embed))
    return pages


# --------------------------------------------------------------------------------------------
# Messages for the user: nothing found, errors, help
# --------------------------------------------------------------------------------------------

def info_embed(title: str, text: str, *, colour: discord.Colour = COLOUR_INFO) -> discord.Embed:
    return fit(discord.Embed(title=truncate(title, TITLE_LIMIT), description=text, colour=colour))


def error_embed(text: str, title: str = "Sorry") -> discord.Embed:
    return info_embed(title, text, colour=COLOUR_ERROR)


def not_found_embed(what: str, query: str | None, hint: str = "") -> discord.Embed:
    q = f" for **{truncate(md(query), 200)}**" if query else ""
    text = f"No {what} found{q}."
    if hint:
        text += f"\n{hint}"
    return info_embed("Nothing found", text)


# --------------------------------------------------------------------------------------------
# Autocomplete
# --------------------------------------------------------------------------------------------

def choices(names: Iterable[object]) -> list[tuple[str, str]]:
    """(name, value) pairs for autocomplete: at most 25, each 1-100 characters, no duplicates.

    discord.py does not trim choices; one over-long name makes Discord reject the whole list.
    """
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for raw in names:
        name = truncate(clean(raw), CHOICE_NAME_LIMIT)
        if not name or name in seen:
            continue
        seen.add(name)
        out.append((name, name))
        if len(out) >= CHOICE_COUNT_LIMIT:
            break
    return out


# --------------------------------------------------------------------------------------------
# Study sessions
# --------------------------------------------------------------------------------------------

def medal(rank: int) -> str:
    return {1: "\U0001f947", 2: "\U0001f948", 3: "\U0001f949"}.get(rank, f"{rank}.")


def leaderboard_lines(scores: Sequence[tuple[str, int]]) -> list[str]:
    """`scores` is (display name, points) best first; ties share a rank."""
    lines = []
    rank = 0
    last: int | None = None
    for n, (name, points) in enumerate(scores, start=1):
        if points != last:
            rank, last = n, points
        unit = "pt" if points == 1 else "pts"
        lines.append(f"{medal(rank)} **{truncate(md(name), 80)}** \u2014 {points} {unit}")
    return lines


def leaderboard_embed(scores: Sequence[tuple[str, int]], title: str = "Leaderboard",
                      footer: str = "") -> discord.Embed:
    lines = leaderboard_lines(scores)
    body = "\n".join(lines[:50]) if lines else "*Nobody scored.*"
    if len(lines) > 50:
        body += f"\n+{len(lines) - 50} more"
    embed = discord.Embed(title=title, description=body, colour=COLOUR_SESSION)
    if footer:
        embed.set_footer(text=footer)
    return fit(embed)


def question_embed(number: int, total: int, quote_text: str, *, article: str | None = None,
                   seconds: int | None = None, hints: Sequence[str] = ()) -> discord.Embed:
    """A "who said this?" round."""
    embed = discord.Embed(title=f"Round {number}/{total}: who said this?",
                          description=truncate(md(quoted(quote_text)), DESCRIPTION_LIMIT - 10),
                          colour=COLOUR_SESSION)
    if article:
        embed.add_field(name="Article", value=md(article), inline=False)
    for i, hint in enumerate(hints, start=1):
        embed.add_field(name=f"Hint {i}", value=md(hint), inline=False)
    if seconds:
        embed.set_footer(text=f"Type the speaker's name \u00b7 {seconds}s per round")
    return fit(embed)
