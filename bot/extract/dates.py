"""Dates in news text, kept at the granularity the text gives.

Rules follow the TimeML/HeidelTime tradition (explicit dates are read as written; relative ones,
"last March", "Sunday", "yesterday", are anchored to the document's publication date) but avoid
the failure the field notes record for dateparser-style search: a missing year or day is never
filled in from the anchor to invent precision. A month without a year becomes YYYY-MM, a bare
year stays YYYY, and a relative date in an article with no publication date yields nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MONTH = (
    r"(?P<{n}>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.?"
)
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{n}>1[5-9]\d\d|20\d\d)"

# Each rule is (name, pattern); earlier rules win where matches overlap.
_FULL_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("iso-date", re.compile(r"\b" + _YEAR.format(n="y") + r"-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    (
        "month-day-year",
        re.compile(
            r"\b(?:"
            + _WEEKDAY
            + r",?\s+)?"
            + _MONTH.format(n="mon")
            + r"\s+"
            + _DAY.format(n="d")
            + r",?\s+"
            + _YEAR.format(n="y")
            + r"\b"
        ),
    ),
    (
        "day-month-year",
        re.compile(
            r"\b(?:"
            + _WEEKDAY
            + r",?\s+)?"
            + _DAY.format(n="d")
            + r"\s+(?:of\s+)?"
            + _MONTH.format(n="mon")
            + r",?\s+"
            + _YEAR.format(n="y")
            + r"\b"
        ),
    ),
    (
        "month-year",
        re.compile(r"\b" + _MONTH.format(n="mon") + r",?\s+(?:of\s+)?" + _YEAR.format(n="y") + r"\b"),
    ),
]

_MONTH_DAY = re.compile(
    r"\b(?:(?P<rel>last|next|this)\s+)?(?:"
    + _WEEKDAY
    + r",?\s+)?(?:"
    + _MONTH.format(n="mon")
    + r"\s+"
    + _DAY.format(n="d")
    + r"|"
    + _DAY.format(n="d2")
    + r"\s+(?:of\s+)?"
    + _MONTH.format(n="mon2")
    + r")\b(?!,?\s*\d)"
)
_MONTH_ALONE = re.compile(
    r"\b(?P<ctx>in|last|next|this|since|until|till|by|early|late|mid|mid-|of|from|through|during|before|"
    r"after|between|and|or|to|the|on|for|In|Last|Next|This|Early|Late|By|Since|Until)[\s-]+(?:(?:early|late|mid)[\s-]+)?"
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?!\s+\d)"
)
_WEEKDAY_REL = re.compile(
    r"\b(?:(?P<rel>last|next|this|on|On|early|late|from|by|until|since)\s+)?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?\b(?!,?\s+(?:[0-3]?\d\b|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun"
    r"|Jul|Aug|Sep|Oct|Nov|Dec))"
)
_YEAR_WORD = re.compile(r",?\s+(last|next|this) year\b", re.IGNORECASE)
_DAY_WORD = re.compile(r"\b(?P<w>yesterday|tomorrow)\b", re.IGNORECASE)
_REL_PERIOD = re.compile(r"\b(?P<rel>last|next|this)\s+(?P<unit>year|month)\b", re.IGNORECASE)
_YEAR_ALONE = re.compile(
    r"(?<![\d$\u00a3\u20ac.,:/])(?<!\d-)(?<!\d,)(?P<y>1[5-9]\d\d|20\d\d)(?:[-/](?P<y2>\d\d(?:\d\d)?))?(?![\d%.,]\d|\d|s\b)(?!(?<=0)'s\b)"
    r"(?!\s*(?:%|per\s*cent|percent|km|kg|mph|mm|cm|metres|meters|feet|ft|miles|tonnes|bn|m\b|pm|am|GMT|BST|hrs|hours))"
)
_FUTURE = re.compile(
    r"\b(will|'ll|shall|must|due to|due on|expected to|scheduled|set to|next|coming|upcoming|is to|are to|"
    r"plans? to|aims? to|hopes? to|until|takes? effect|goes on sale|go on sale|would|by the end of)\b",
    re.IGNORECASE,
)
# a past verb beside the date undoes a future cue before it ("scheduled for November, collapsed")
_PAST_AFTER = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed)\b")
_QUANTITY_AFTER = re.compile(
    r"\s+(?!(?:and|to|or|after|before|when|as|at|on|in|with|for|results|season|"
    r"figures|accounts|elections?|levels?|budget|campaign|levels|games|olympics|"
    r"census|rates?|prices|sales|profits?|was|is|has|does|unless|this|its|his|plus|thus|perhaps|whereas|always|"
    r"towards|besides|looks|seems|promises|marks|sees)\b)[a-z]*[^s\W]s\b"
)
_QUANTITY_BEFORE = re.compile(
    r"\b(?:than|about|around|some|nearly|almost|over|under|least|to|only|just|of|"
    r"additional|extra|another|the)\s+$"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: str
    rule: str


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _nearest_month(month: int, anchor: dt.date, direction: str) -> int:
    """Year of the occurrence of `month` nearest the anchor in the given direction."""
    if direction == "past":
        return anchor.year if month <= anchor.month else anchor.year - 1
    if direction == "strict-past":
        return anchor.year if month < anchor.month else anchor.year - 1
    if direction == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month > anchor.month else anchor.year + 1  # strict-future


def _direction(rel: str | None, sentence: str, at: int | None = None) -> str:
    """Past or future occurrence: from "last"/"next", else from a future cue near the mention."""
    rel = (rel or "").lower()
    if rel == "last":
        return "strict-past"
    if rel == "next":
        return "strict-future"
    if at is None:
        return "future" if _FUTURE.search(sentence) else "past"
    cues = list(_FUTURE.finditer(sentence, max(0, at - 80), at + 25))
    if not cues:
        return "past"
    # a past verb between the cue and the date, or right after the date, is the date's own verb:
    # "closed until the new year after flood water poured through its doors on Friday"
    between = cues[-1].end() < at and _PAST_AFTER.search(sentence, cues[-1].end(), at)
    return "past" if between or _PAST_AFTER.search(sentence, at, at + 40) else "future"


def _weekday_date(weekday: int, anchor: dt.date, direction: str) -> dt.date:
    delta = (anchor.weekday() - weekday) % 7
    if direction in ("past", "strict-past"):
        if delta == 0 and direction == "strict-past":
            delta = 7
        return anchor - dt.timedelta(days=delta)
    ahead = (weekday - anchor.weekday()) % 7
    if ahead == 0 and direction == "strict-future":
        ahead = 7
    return anchor + dt.timedelta(days=ahead)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < e and s < end for s, e in spans)


def find_dates(sentence: str, published: dt.date | None = None) -> list[DateMention]:
    """Every date the sentence states or implies, in order of appearance."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, value: str | None, rule: str) -> None:
        if value and not _overlaps(taken, start, end):
            found.append(DateMention(start, end, value, rule))
            taken.append((start, end))

    for rule, pattern in _FULL_RULES:
        for m in pattern.finditer(sentence):
            g = m.groupdict()
            month = int(g["m"]) if g.get("m") else (_month(g["mon"]) if g.get("mon") else None)
            day = int(g["d"]) if g.get("d") else None
            add(m.start(), m.end(), _iso(int(g["y"]), month, day), rule)

    if published is not None:
        for m in _MONTH_DAY.finditer(sentence):
            mon = m.group("mon") or m.group("mon2")
            day = int(m.group("d") or m.group("d2"))
            month = _month(mon)
            direction = _direction(m.group("rel"), sentence, m.start())
            year = _nearest_month(month, published, direction)
            trailing = _YEAR_WORD.match(sentence, m.end())
            if trailing:  # "14 June last year"
                year = published.year + {"last": -1, "next": 1, "this": 0}[trailing.group(1).lower()]
                add(m.start(), trailing.end(), _iso(year, _month(mon), day), "month-day-anchored")
                continue
            if month == published.month and direction == "past" and day > published.day:
                year -= 1
            add(m.start(), m.end(), _iso(year, month, day), "month-day-anchored")
        for m in _MONTH_ALONE.finditer(sentence):
            month = _month(m.group("mon"))
            ctx = m.group("ctx").lower()
            if m.group("mon") == "May" and ctx in ("and", "or", "to", "the", "on", "by"):
                continue  # "May" is also a surname and a modal verb
            direction = _direction(ctx if ctx in ("last", "next") else None, sentence, m.start())
            add(
                m.start("mon"),
                m.end(),
                _iso(_nearest_month(month, published, direction), month),
                "month-anchored",
            )
        for m in _WEEKDAY_REL.finditer(sentence):
            rel = (m.group("rel") or "").lower()
            direction = _direction(rel if rel in ("last", "next") else None, sentence, m.start())
            day = _weekday_date(WEEKDAYS[m.group("wd").lower()], published, direction)
            add(m.start("wd"), m.end(), day.isoformat(), "weekday-anchored")
        for m in _DAY_WORD.finditer(sentence):
            shift = -1 if m.group("w").lower() == "yesterday" else 1
            add(m.start(), m.end(), (published + dt.timedelta(days=shift)).isoformat(), "day-word-anchored")
        for m in _REL_PERIOD.finditer(sentence):
            shift = {"last": -1, "next": 1, "this": 0}[m.group("rel").lower()]
            if m.group("unit").lower() == "year":
                add(m.start(), m.end(), _iso(published.year + shift), "year-anchored")
            else:
                month0 = published.year * 12 + published.month - 1 + shift
                add(m.start(), m.end(), _iso(month0 // 12, month0 % 12 + 1), "month-anchored")

    for m in _YEAR_ALONE.finditer(sentence):
        # "2000 jobs", "1500 workers": a round number before a plural is a count; "2004 earnings", "the
        # 1967 tourists" are years
        round_number = int(m.group("y")) % 50 == 0 or not 1900 <= int(m.group("y")) <= 2039
        if (
            round_number
            and _QUANTITY_AFTER.match(sentence, m.end())
            and not re.search(r"\b(?:in|since|of|by|until|from)\s+$", sentence[: m.start()])
        ):
            continue
        if _QUANTITY_BEFORE.search(sentence[: m.start()]) and _QUANTITY_AFTER.match(sentence, m.end()):
            continue
        add(m.start(), m.end(), _iso(int(m.group("y"))), "year")

    found.sort(key=lambda d: d.start)
    return found


_DATELINE_NOISE = re.compile(
    r"(?i)\b(?:published|updated|posted|issued|first published|last modified|modified|on|at|am|pm|a\.m|p\.m|"
    r"gmt|bst|utc|est|edt|pst|pdt|cst|cdt|mst|mdt|ct|mt|cet|cest|et|pt|ist|aest|aedt|hkt|jst|sgt|uhr|"
    r"local time|\d+ min(?:ute)?s? read)\b\.?"
    r"|\u00b7"
    r"|[+-]\d{1,2}(?::?\d{2})?\b"  # "GMT+1", "UTC-05:00"
    # "Updated 3 hours ago", Reuters' "January 21, 2016 / 11:42 AM / 8 years ago"
    r"|\b\d+\s+(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?)\s+ago\b"
    # "5:00 AM", "5 a.m.": a time; "EST / Updated": separators
    r"|(?i:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\b\.?)?)|(?i:\b\d{1,2}\s*[ap]\.?m\b\.?)"
    r"|[|,:/\-\u2013\u2014()]|" + _WEEKDAY
)


_NUMERIC_DATE = re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>(?:19|20)\d\d|\d\d)\b")


_US_ZONE = re.compile(r"\b(?:EST|EDT|ET|CST|CDT|CT|MST|MDT|PST|PDT|PT)\b")


def parse_dateline(line: str) -> str | None:
    """The ISO date of a line that holds nothing but dates (and times, weekdays, "Updated" and the like).

    The first date is the publication's ("Posted Tue 11 May 2021 at 5:32pm, updated Tue 11 May 2021",
    "Published: Aug. 14, 2022|Updated: 2022-08-15 06:12 CDT"). All-number dates ("18/01/2022") are
    read day first, as everywhere but the US writes them, unless only the month-first reading is valid
    or the line keeps American time ("EST", "PT").
    """
    if len(line) > 120:
        return None
    # "Published On 12 Mar 202312 Mar 2023": a scrape that glued a second copy of the date on
    line = re.sub(r"\b((?:19|20)\d\d)(?=[0-3]?\d\s+[A-Z][a-z]{2})", r"\1 ", line)
    line = re.sub(r"(\d)(?=[A-Z][a-z])", r"\1 ", line)  # "14:32Modified: ...": a label glued to a time
    patterns = (_NUMERIC_DATE, *(pattern for _rule, pattern in _FULL_RULES[:3]))
    rest = line
    for pattern in patterns:
        rest = pattern.sub(" ", rest)
    if _DATELINE_NOISE.sub(" ", rest).strip(" .") != "":
        return None
    found = [m for pattern in patterns for m in [pattern.search(line)] if m]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    g = first.groupdict()
    if first.re is _NUMERIC_DATE:
        # "03/26/15": a two-digit year is this century's; 26 cannot be a month, so the US order decides
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        y = y + 2000 if y < 100 else y
        if _US_ZONE.search(line):  # "02/10/16 05:47 PM EST": an American page writes the month first
            return _iso(y, a, b) or _iso(y, b, a)
        return _iso(y, b, a) or _iso(y, a, b)
    month = int(g["m"]) if g.get("m") else _month(g["mon"])
    return _iso(int(g["y"]), month, int(g["d"]))
