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
    r"after|between|and|or|to|the|on|for|In|Last|Next|This|Early|Late|By|Since|Until|The)[\s-]+(?:(?:early|late|mid)[\s-]+)?"
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?!\s+\d)"
)
_THAT_YEAR = re.compile(
    r"\b(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?:of\s+)?that\s+year\b"
)
_WEEKDAY_REL = re.compile(
    r"\b(?:(?P<rel>last|next|this|on|On|early|late|from|by|until|since)\s+)?"
    # (not "Tuesday, 14 March" nor "Tuesday, March 14", which the month rules read whole; "On Tuesday, 14
    # House Democrats wrote" is a weekday)
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?\b(?!,?\s+(?:[0-3]?\d(?:st|nd|rd|th)?"
    r"\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan"
    r"|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun"
    r"|Jul|Aug|Sep|Oct|Nov|Dec)\b)"  # (a whole month's name: "on Monday, Mayor Kettner" is a weekday)
)
_YEAR_WORD = re.compile(r",?\s+(last|next|this) year\b", re.IGNORECASE)
# (the day itself only in the reporter's words and in lower case: "Today it is centrifuges" in an essay,
# "nothing about today changes that" in a quotation and "USA TODAY" mean no date)
_DAY_WORD = re.compile(
    r"\b(?P<w>(?i:yesterday|tomorrow)|today|tonight|last night|this morning)\b(?!['\u2019]s)"  # not "today's"
)
_DAY_SHIFT = {"yesterday": -1, "last night": -1, "tomorrow": 1, "today": 0, "tonight": 0, "this morning": 0}
_REL_PERIOD = re.compile(r"\b(?P<rel>last|next|this)\s+(?P<unit>year|month)\b", re.IGNORECASE)
_YEAR_ALONE = re.compile(
    r"(?<![\d$\u00a3\u20ac.,:/])(?<!\d-)(?<!\d,)(?P<y>1[5-9]\d\d|20\d\d)(?:[-/](?P<y2>\d\d(?:\d\d)?))?(?![\d%.,]\d|\d|s\b)(?!(?<=0)'s\b)"
    r"(?!\s*(?:%|per\s*cent|percent|km|kg|mph|mm|cm|metres|meters|feet|ft|miles|tonnes|bn|m\b|pm|am|GMT|BST|hrs|hours))"
)
# Words that put the clause they govern in the future: modals, timetables, deadlines
_FUTURE_WORDS = frozenset(
    "will 'll shall would could might should must due expected scheduled slated next coming upcoming until "
    "likely unlikely poised".split()
)
# Words of expectation that look back after "was", "were", "been": "the vote was due in March" (not
# "scheduled": "aides said a hearing had been scheduled for Thursday" reports a plan still ahead)
_PAST_EXPECTATION = frozenset("expected due".split())
# Words that do so only before an infinitive: "plans to", "is set to" (not "a plan", "it set in July")
_FUTURE_BEFORE_TO = frozenset("plan plans planned set aims aim hopes hope intends intend wants want".split())
# Present-tense verbs of a timetable: "the board meets March 4", "funding runs out Sept. 30"
_SCHEDULE_VERBS = frozenset(
    "meets begins starts opens closes ends expires runs resumes kicks convenes reconvenes takes goes "
    "meet begin start open close end expire resume convene reconvene".split()
)
# A journey on a timetable, in the present tense
_JOURNEY_VERBS = frozenset("leaves departs travels flies heads returns".split())
# Past forms that do not end in -ed, and words that look back ("since February", "two years ago")
_IRREGULAR_PAST = frozenset(
    """
said told was were had did met made took gave came went began left won lost held found saw wrote sent
spoke brought became fell rose paid sold bought ran struck got kept led stood flew drove broke chose sank
swam sang rang drank shook caught taught fought sought thought felt heard meant spent built lent laid
fled wore tore threw grew knew drew blew withdrew froze woke rode arose dealt dug hung slid sprang stole
stuck swore swept swung underwent undertook upheld withheld overtook overcame bore bent fed forgot hid
lit mistook rebuilt sped spun strove thrust wept wound
written spoken taken given done gone seen known shown begun since ago
""".split()
)
# The present tense leaves the date to the nearer of its occurrences
_PRESENT = frozenset("is are am says say".split())
# Verbs that attribute speech: after a date they are the reporter's, not the date's ("will resume on
# Monday, officials said")
_ATTRIBUTION_PAST = frozenset(
    "said told added reported announced noted stated explained confirmed warned insisted argued claimed "
    "wrote".split()
)
# A word ending in -ed after these is a participle or an adjective, not the clause's past verb
_NOT_PAST_BEFORE = frozenset(
    "be been being is are am to get gets a an the this its his her their our my so".split()
)
# Where the clause that governs a date ends: sentence marks, a semicolon, a colon, a dash
_VERB_NEXT = re.compile(r"\s+(?:is|are|was|were|will|would|has|have|had)\b")
_JOINED_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?=(?:a|an|the|its|his|her|their)\s)")
_CLAUSE_BREAK = re.compile(r"[;!?]|:(?!\d)|\s[\u2014\u2013-]\s|\u2014")  # (not "11:59 p.m.")
_QUOTED_SPAN = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")
_WORD = re.compile(r"[A-Za-z][\w'\u2019.-]*")
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


def _word_tense(words: list[str], k: int) -> str | None:
    """"past", "future" or None for the k-th word of a clause."""
    raw = words[k]
    w = raw.lower().rstrip(".").replace("\u2019", "'")
    following = words[k + 1].lower() if k + 1 < len(words) else ""
    before = words[k - 1].lower() if k > 0 else ""
    if w in _PAST_EXPECTATION and before in ("was", "were", "been"):
        return "past"  # "which had been expected in late December": an expectation of the past
    if w == "set" and before in ("is", "are", "was", "were", "been") and following == "for":
        return "future"  # "a hearing is set for Aug. 24"
    if w in _FUTURE_WORDS or (w == "may" and raw == "may") or w in _SCHEDULE_VERBS:
        return "future"
    if w in _FUTURE_BEFORE_TO and following == "to":
        return "future"
    if w in _PRESENT and before in ("that", "which", "who") and not following.endswith("ing"):
        return None  # "banks that are under sanctions at 1600 GMT on Saturday": a relative clause's state
    if w == "effect" and before in ("take", "takes"):
        return "future"  # "the rules take effect Aug. 1"
    if w in _JOURNEY_VERBS and following in ("for", "to"):
        return "future"  # "the group leaves for Shiraz on Wednesday" (a caption's "leaves court" is past)
    if w in _PRESENT:
        return "present"  # "who is expecting her second child in March": the nearer occurrence
    if {x.lower() for x in words[max(0, k - 3) : k]} & {"if", "unless"}:
        return None  # "would reopen them if they won control in May": a condition, not the past
    if (w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))) and before not in _NOT_PAST_BEFORE:
        return "past"  # (not "will be held", "to be sentenced", "a privileged resolution")
    return None


def _direction(rel: str | None, sentence: str, at: int, end: int, *, default: str = "past") -> str:
    """Past or future occurrence of a date written without its year (or week).

    "last" and "next" say it outright. Otherwise the clause's own verb decides: the nearest word
    before the date that shows a tense ("said on Monday", "would resume from December 1", "meets
    March 4", "was likely in April"), or, for a date that opens its clause, the first one after it
    ("On Tuesday, 14 House Democrats wrote"). Words inside quotation marks are someone's speech, not
    the reporter's tense, and do not count. Where nothing shows a tense, `default` holds.
    """
    rel = (rel or "").lower()
    if rel == "last":
        return "strict-past"
    if rel == "next":
        return "strict-future"
    inside_quote = any(q.start() < at < q.end() for q in _QUOTED_SPAN.finditer(sentence))
    plain = sentence if inside_quote else _QUOTED_SPAN.sub(lambda q: " " * len(q.group(0)), sentence)
    # (", and a trade fair in Tehran in April is expected to draw": a joined clause with its own subject)
    breaks_before = [b.end() for b in _CLAUSE_BREAK.finditer(plain, 0, at)] + [
        b.end() for b in _JOINED_CLAUSE.finditer(plain, 0, at)
    ]
    breaks_before.sort()
    clause_start = breaks_before[-1] if breaks_before else 0
    after_break = _CLAUSE_BREAK.search(plain, end)
    clause_end = after_break.start() if after_break else len(plain)
    before = _WORD.findall(plain[clause_start:at])[-14:]
    after = _WORD.findall(plain[end:clause_end])[:8]
    found = next((t for k in range(len(before) - 1, -1, -1) if (t := _word_tense(before, k))), None)
    if found is None and len(before) <= 2:  # a date that opens its clause: "On Tuesday, 14 ... wrote"
        found = next((t for k in range(len(after)) if (t := _word_tense(after, k))), None)
    elif found is None and after and _word_tense(after, 0) == "past" and plain[end : end + 1] == " ":
        found = "past"  # "Talks in the Kazakh city of Almaty in April ended in deadlock"
    elif found is None and after and _VERB_NEXT.match(plain, end):
        # a date inside its clause's subject: "a trade fair in Tehran in April is expected to draw" (the
        # auxiliary gives way to the verb it carries)
        found = _word_tense(after, 0)
        if found == "present" and len(after) > 1:
            found = _word_tense(after, 1) or found
    if found in (None, "present"):
        return default
    # a past verb right after the date is the date's own: "scheduled for November, collapsed", "a first
    # round on March 1 that produced the lowest turnout"
    # (not a verb the clause's subject goes on to: "scheduled sentencing for Jan. 20 and revoked his bail")
    own = next(
        (
            k
            for k in range(min(3, len(after)))
            if _word_tense(after, k) == "past" and not (k and after[k - 1].lower() in ("and", "but"))
        ),
        None,
    )
    if found == "future" and own is not None and after[own].lower().rstrip(".") not in _ATTRIBUTION_PAST:
        # (not after a relative clause of its own: "Republicans, who will take control of the Senate in
        # January, have signaled" is a future January)
        relative = any(w.lower() in ("who", "which") for w in before) and not any(
            _word_tense(before, k) == "past" for k in range(len(before))
        )
        return found if relative and "," in plain[end : end + 3] else "past"
    return found


def _nearest_occurrence(month: int, anchor: dt.date) -> str:
    """The direction of the nearer of a month's two occurrences around the anchor (the past on a tie)."""
    ahead = (month - anchor.month) % 12
    return "future" if 0 < ahead < 6 else "past"


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


def _in_quotation(sentence: str, at: int) -> bool:
    """Whether `at` lies in quoted words: after an odd number of double marks, or, in a sentence that
    opens inside a quotation running on from the sentence before, before its closing mark."""
    marks = [i for i, c in enumerate(sentence) if c in '"\u201c\u201d']
    before = sum(1 for i in marks if i < at)
    closes_later = any(sentence[i] in '"\u201d' for i in marks if i > at)
    return before % 2 == 1 or (before == 0 and closes_later)


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

    for m in _THAT_YEAR.finditer(sentence):
        # "in 2009 ... the disputed presidential election in June of that year": the year named before
        years = list(_YEAR_ALONE.finditer(sentence, 0, m.start()))
        if years:
            year = int(years[-1].group("y"))
            add(m.start(), m.end(), _iso(year, _month(m.group("mon"))), "month-of-that-year")

    if published is not None:
        for m in _MONTH_DAY.finditer(sentence):
            mon = m.group("mon") or m.group("mon2")
            day = int(m.group("d") or m.group("d2"))
            month = _month(mon)
            direction = _direction(
                m.group("rel"), sentence, m.start(), m.end(), default=_nearest_occurrence(month, published)
            )
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
            direction = _direction(
                ctx if ctx in ("last", "next") else None,
                sentence,
                m.start("mon"),
                m.end(),
                default=_nearest_occurrence(month, published),
            )
            add(
                m.start("mon"),
                m.end(),
                _iso(_nearest_month(month, published, direction), month),
                "month-anchored",
            )
        for m in _WEEKDAY_REL.finditer(sentence):
            rel = (m.group("rel") or "").lower()
            direction = _direction(rel if rel in ("last", "next") else None, sentence, m.start(), m.end())
            day = _weekday_date(WEEKDAYS[m.group("wd").lower()], published, direction)
            add(m.start("wd"), m.end(), day.isoformat(), "weekday-anchored")
        for m in _DAY_WORD.finditer(sentence):
            shift = _DAY_SHIFT[m.group("w").lower()]
            if shift == 0 and _in_quotation(sentence, m.start()):
                continue
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
        if re.search(r"\ban?\s+$", sentence[: m.start()]):
            # "an 1879 canvas", "a 2004 report": an article before a number makes it one thing's year
            add(m.start(), m.end(), _iso(int(m.group("y"))), "year")
            continue
        if (
            round_number
            and _QUANTITY_AFTER.match(sentence, m.end())
            and not re.search(r"\b(?:in|since|of|by|until|from)\s+$", sentence[: m.start()])
        ):
            continue
        if (
            _QUANTITY_BEFORE.search(sentence[: m.start()])
            and _QUANTITY_AFTER.match(sentence, m.end())
            # ("after the 2009 protests": a recent year before a plural is the year of those events)
            and not (1900 <= int(m.group("y")) <= 2039 and re.search(r"\bthe\s+$", sentence[: m.start()]))
        ):
            continue
        add(m.start(), m.end(), _iso(int(m.group("y"))), "year")

    found.sort(key=lambda d: d.start)
    return found


_DATELINE_NOISE = re.compile(
    r"(?i)\b(?:originally|published|updated|update|posted|issued|filed|first published|last modified|"
    r"modified|last updated?|date|on|"
    # a print edition's place: "- Page 1", "| Issue 5262"
    r"page\s+[a-z]?\d{1,3}|issue\s+\d{1,6}|"
    r"at|am|pm|a\.m|p\.m|"
    r"gmt|bst|utc|est|edt|pst|pdt|cst|cdt|mst|mdt|ct|mt|cet|cest|et|pt|ist|aest|aedt|hkt|jst|sgt|uhr|"
    r"local time|\d+ min(?:ute)?s? read)\b\.?"
    r"|\u00b7"
    r"|[+-]\d{1,2}(?::?\d{2})?\b"  # "GMT+1", "UTC-05:00"
    r"|(?-i:\b[A-Z]{2,4}\b)(?=\s+\d{1,2}:\d\d)"  # a zone the list lacks, before its time: "KSA 21:47"
    r"|(?-i:(?:(?<=[AP]M )|(?<=\d\d ))[A-Z]{2,4}\b)"  # or after it: "11:52 PM KSA", "14:03 WIB"
    r"|this (?:content|article|story|page) was"  # "This content was published on November 27, 2013"
    r"|(?:\s+[-\u2013]\s+\d{1,6})+\s*$"  # a page's counters after the date: "04:12 pm  - 3  - 1840"
    # "Updated 3 hours ago", Reuters' "January 21, 2016 / 11:42 AM / 8 years ago"
    r"|\b\d+\s+(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?)\s+ago\b"
    # "5:00 AM", "5 a.m.": a time; "EST / Updated": separators
    r"|(?i:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\b\.?)?)|(?i:\b\d{1,2}\s*[ap]\.?m\b\.?)"
    r"|[|,:/\-\u2013\u2014()]|" + _WEEKDAY
)


_NUMERIC_DATE = re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>(?:19|20)\d\d|\d\d)\b")


_US_ZONE = re.compile(r"\b(?:EST|EDT|ET|CST|CDT|CT|MST|MDT|PST|PDT|PT)\b")
_OTHER_ZONE = re.compile(r"\b(?:GMT|BST|UTC|CET|CEST|IST|AEST|AEDT|HKT|JST|SGT|Uhr)\b")


_CAPITAL_MONTH = re.compile(r"\b(?:" + "|".join(m.upper() for m in MONTHS) + r")\b")
# A comma-separated list of short capitalised labels ("Yemen, Saudi Arabia, Middle East")
_TAG = r"[A-Z][\w'-]*(?:\s+[A-Z&][\w'-]*){0,3}"
_TOPIC_TAGS = re.compile(rf"{_TAG}(?:,\s*{_TAG}){{0,7}}")


_HYPHENED_DATE = re.compile(r"\b(?P<d>[0-3]?\d)-" + _MONTH.format(n="mon") + r"-(?P<y>(?:19|20)\d\d)\b")
_TAG_BAR = re.compile(r"(\||\s/\s)")
_SLASHED_YEAR = re.compile(_MONTH.format(n="mon") + r",\s+(?P<sd>[0-3]?\d)/(?P<sy>(?:19|20)\d\d)\b")


def parse_dateline(line: str) -> str | None:
    """The ISO date of a line that holds nothing but dates (and times, weekdays, "Updated" and the like).

    The first date is the publication's ("Posted Tue 11 May 2021 at 5:32pm, updated Tue 11 May 2021",
    "Published: Aug. 14, 2022|Updated: 2022-08-15 06:12 CDT"). All-number dates ("18/01/2022") are
    read day first, as everywhere but the US writes them, unless only the month-first reading is valid
    or the line keeps American time ("EST", "PT") or a two-digit year behind slashes ("12/2/13").
    """
    if len(line) > 120:
        return None
    # "FEBRUARY 17, 2017, 5:00 AM": a page that sets its date line in capitals
    line = _CAPITAL_MONTH.sub(lambda m: m.group(0).title(), line)
    # "21 Apr 2016 20:15 GMT | Yemen, Saudi Arabia, Iran, Middle East": the page's topic tags after a bar
    # ("Published: 07.14.15, 23:41 / Israel News": or after a slash)
    head, bar, tags = (*_TAG_BAR.split(line, maxsplit=1), "", "")[:3]
    if bar and _TOPIC_TAGS.fullmatch(tags.strip()) and not _FULL_RULES[1][1].search(tags):
        line = head
    # "Published On 12 Mar 202312 Mar 2023": a scrape that glued a second copy of the date on
    line = re.sub(r"\b((?:19|20)\d\d)(?=[0-3]?\d\s+[A-Z][a-z]{2})", r"\1 ", line)
    line = re.sub(r"(\d)(?=[A-Z][a-z])", r"\1 ", line)  # "14:32Modified: ...": a label glued to a time
    # "Apr 04,2015" (no space after the comma), "31-Dec-2016" (hyphens for spaces)
    line = re.sub(r"(?<=\d),(?=(?:19|20)\d\d\b)", ", ", line)
    line = _HYPHENED_DATE.sub(r"\g<d> \g<mon> \g<y>", line)
    # "April, 14/2014": the month, then the day and year behind a slash
    line = _SLASHED_YEAR.sub(r"\g<mon> \g<sd>, \g<sy>", line)
    # "April, 21, 2016 - 14:03": Tasnim's house style puts a comma after the month
    line = re.sub(_MONTH.format(n="mon") + r",(?=\s+[0-3]?\d,?\s+(?:19|20)\d\d\b)", r"\g<mon>", line)
    # "2016-03-15T14:03:00Z": an ISO timestamp is its date
    line = re.sub(r"\b(\d{4}-\d\d-\d\d)T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?\b", r"\1", line)
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
        # "02/10/16 05:47 PM EST": an American page writes the month first, and so does a short year
        # behind slashes ("Filed: 12/2/13") unless the line keeps another zone's time ("02/10/16 17:47 GMT")
        short_year = "/" in first.group(0) and len(g["y"]) == 2 and not _OTHER_ZONE.search(line)
        if _US_ZONE.search(line) or short_year:
            return _iso(y, a, b) or _iso(y, b, a)
        return _iso(y, b, a) or _iso(y, a, b)
    month = int(g["m"]) if g.get("m") else _month(g["mon"])
    return _iso(int(g["y"]), month, int(g["d"]))
