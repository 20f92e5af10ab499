"""Character-level helpers shared by the extraction rules.

Scraped news mixes curly and straight marks, non-breaking spaces and odd dashes, often inside
one quotation. The rules below work on the text as written (so that offsets and the quoted
words stay exactly as the article has them) and use these helpers to compare and classify.
"""

from __future__ import annotations

import re
import unicodedata

DOUBLE_MARKS = frozenset('"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb')
SINGLE_MARKS = frozenset("'\u2018\u2019\u201a\u201b")
OPENING_GLYPHS = frozenset("\u201c\u201e\u201f\u00ab\u2018\u201a\u201b")
CLOSING_GLYPHS = frozenset("\u201d\u2033\u00bb\u2019")

_FOLD = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2015": "-",
        "\u2026": "...",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": "",
    }
)

_DOUBLED_SINGLE = re.compile(r"``|''|\u2018\u2018|\u2019\u2019")
WORD_RE = re.compile(r"[A-Za-z\u00c0-\u024f0-9]+(?:['\u2019][A-Za-z]+)*")


def fold(text: str) -> str:
    """Map typographic quotes, dashes and spaces to ASCII, keeping length-insensitive meaning."""
    return text.translate(_FOLD)


def clean_text(raw: str) -> str:
    """Normalise line endings, Unicode composition and invisible characters of a whole article."""
    text = unicodedata.normalize("NFC", raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\t", " ")
    # Some scrapes (and TeX-style sources) write a double quotation mark as two single ones: ''...''
    # or ``...''. Read them as the double mark they stand for, before any rule sees the text.
    return _DOUBLED_SINGLE.sub('"', text)


def squash(text: str) -> str:
    """Collapse runs of whitespace to single spaces."""
    return " ".join(text.split())


def words(text: str) -> list[str]:
    return WORD_RE.findall(text)
