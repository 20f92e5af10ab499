"""Where the quotation marks of a paragraph open and close.

Unlike pairing marks across a whole document (textacy gives up on the document when the count
is odd), marks are paired within each paragraph, and each mark is read from its neighbours
before its glyph: scraped text mixes curly and straight marks inside one quotation
(“...we had minutes," Ms. Ruiz said). A paragraph whose last quotation never closes is
the news convention for a quotation that runs on into the next paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.text import CLOSING_GLYPHS, DOUBLE_MARKS, OPENING_GLYPHS, SINGLE_MARKS

# a sentence of narration that ends by introducing a quotation: 'Gunners boss Arsene Wenger said: '
_INTRODUCTION = re.compile(
    r"[.!?]\s+([A-Z][^.!?\"\u201c\u201d]{0,120}\b(?:said|says|added|adds|told\s[^.!?:]{1,40}|explained|insisted)"
    r"\s*:\s*)$"
)
_OPEN_BEFORE = set(" \t\n([{/\u2013\u2014-:;") | {""}
_CLOSE_AFTER = set(" \t\n)]}.,;:!?/\u2013\u2014-\u2026") | {""}


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """The words between a pair of marks: `start`..`end` exclude the marks themselves."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # None: the quotation runs on past the paragraph

    @property
    def closed(self) -> bool:
        return self.close_at is not None

    @property
    def outer_end(self) -> int:
        return self.close_at + 1 if self.close_at is not None else self.end


def _role(text: str, i: int, glyph_open: bool, glyph_close: bool) -> str:
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    can_open = prev in _OPEN_BEFORE or prev in DOUBLE_MARKS or prev in SINGLE_MARKS
    can_open = can_open and nxt not in (" ", "")
    can_close = nxt in _CLOSE_AFTER or nxt in DOUBLE_MARKS or nxt in SINGLE_MARKS
    can_close = can_close and prev not in (" ", "")
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    if glyph_open:
        return "open"
    if glyph_close:
        return "close"
    return "either"


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Quotations in double marks, or in single marks where the paragraph has no double marks or nests
    its double marks inside single ones (British style: '‘I just thought, “Go right,”’ he said')."""
    spans = _pair(text, DOUBLE_MARKS)
    singles = [s for s in _pair(text, SINGLE_MARKS, strict=True) if s.closed]
    if not spans:
        return singles
    if any(_inside(d, s) for d in spans for s in singles):
        outside = [d for d in spans if not any(_inside(d, s) for s in singles)]
        return sorted(singles + outside, key=lambda span: span.open_at)
    return spans


def _inside(inner: QuoteSpan, outer: QuoteSpan) -> bool:
    return outer.close_at is not None and outer.open_at < inner.open_at and inner.outer_end <= outer.close_at


def _pair(text: str, marks: frozenset[str], strict: bool = False) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch not in marks:
            continue
        role = _role(text, i, ch in OPENING_GLYPHS, ch in CLOSING_GLYPHS)
        if strict:
            # a single mark between letters is an apostrophe ("don't"); after an s it may be a possessive
            prev = text[i - 1] if i > 0 else ""
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if prev.isalnum() and nxt.isalnum():
                continue
            if role == "either":
                continue
        if open_at is None:
            if role in ("open", "either"):
                open_at = i
            continue
        if role in ("close", "either"):
            if i - open_at > 1:
                spans.append(QuoteSpan(open_at + 1, i, open_at, i))
            open_at = None
        elif role == "open" and not strict:
            # an opening mark inside an open quotation: the earlier one never closed; where a sentence
            # introduces the new words ('... for one or two seconds. Gunners boss Arsene Wenger said:
            # "Freddie is an option"'), the scrape lost a closing mark and the earlier words end before it
            introduced = _INTRODUCTION.search(text, open_at + 1, i)
            end = introduced.start(1) if introduced else i
            spans.append(QuoteSpan(open_at + 1, end, open_at, None))
            open_at = i
    if open_at is not None and len(text) - open_at > 2:
        end = len(text.rstrip())
        spans.append(QuoteSpan(open_at + 1, end, open_at, None))
    return spans
