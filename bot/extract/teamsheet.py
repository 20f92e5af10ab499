"""Team sheets: the line-ups printed at the foot of a sports report.

A sheet names players in a shape no sentence has: "J Robinson (capt); M Cueto, J Noon; ...",
"Horak, Staniforth, Penney; Mapletoft, Edwards. Replacements: Everitt for Mapletoft (53)", or
"Leeds: Balshaw; Rees, Christophers ...". A surname alone in running text is too weak to call a
person, but every item of such a list is one, as printed. The rules here only read the list's
shape; whether an item is a place or a firm ("France, Germany, Italy") is the caller's test.

The sheet may follow the report's last sentence in the same paragraph ("... passed an early pitch
inspection. Leeds: Balshaw; Rees, ..."), may carry labels inside it ("Replacements:", "Saracens:",
"Subs Not Used:", "Replacements (from):"), and the lines for the substitutes or the bench may be
printed with no label at all ("F Sheahan, M Horan, D O'Callaghan."), which is why an article that
has a sheet lets a short unlabelled list count (`in_sheet`).
"""

from __future__ import annotations

import re

# One player in initial form inside running lists: "J Robinson (Sale Sharks, capt); M Cueto (Sale)",
# also after a bracket whose comma was dropped: "J Fourie (S Africa) T Umaga (New Zealand)".
LISTED_PLAYER = re.compile(
    r"(?:^|(?<=[;,:)]\s))(?P<initial>[A-Z]{1,2})\s(?P<surname>(?:(?:de|del|dal|da|di|van|von|le|la|Lo|De|Van)\s)?"
    r"(?:Mc|Mac|O')?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*)(?=\s*(?:\([^)]{0,60}\))?\s*(?:[,;.]|$|[A-Z]{1,2}\s[A-Z]))"
)

# A label: "Replacements:", "Subs Not Used:", "Not used:", "Leeds:", "Replacements (from):"
_LABEL = r"[A-Z][\w'-]{0,30}(?:\s+[A-Za-z][\w'-]{0,30}){0,3}(?:\s*\([^)]{0,40}\))?\s*:"
# between the report's last sentence and its sheet: the sentence's full stop and the sheet's label
_LABEL_AFTER_PROSE = re.compile(rf"\s*[.!?]?\s*({_LABEL})\s*")
_PARTICLES = r"(?:van|von|de|der|den|del|dal|le|la|lo|di|da|du|dos|Van|Von|De|Der|Del|Dal|Le|La|Lo|Di|Da|Du)"
# an item: "Horak", "van der Walt", "M Johnson", "S. Best", "CA del Fava", "Mark Wilson", "O'Callaghan"
_ITEM = re.compile(
    rf"(?P<initial>[A-Z]{{1,2}}\.?\s)?(?:{_PARTICLES}\s)*"
    r"(?:Mc|Mac|O'|D')?[A-Z][\w'-]+(?:\s(?:Mc|Mac|O')?[A-Z][\w'-]+)?"
)
# commas, semicolons, slashes ("Buckland/Cockerill"), full stops (not an initial's), "X for Y", a
# bracketed club, minute or "(capt)", and a label inside the line; a bracketed substitute
# "(Anyinsah 59)", "(Vaz Te 77)" is itself an item. Every repeat is bounded: the patterns run on every
# paragraph, and an unbounded one would scan to the end of a long line from each position.
_SEPARATORS = re.compile(
    rf"\s*(?:[,;/]|(?<![A-Z])\.|\bfor\b|\((?![A-Z][\w'-]{{1,40}}(?:\s[A-Z][\w'-]{{1,40}})?\s+\d+\s*\))[^)]{{0,80}}\)"
    rf"|\(|\s\d+\s*\)|{_LABEL})\s*"
)
# labels that alone say the line is a sheet, however short
_SHEET_LABELS = re.compile(r"(?i)\s*(?:replacements|subs|substitutes|not used|sin bin|sent off)\b[^:]{0,12}:")

SheetItem = tuple[int, int, tuple[str, ...], str]

_FIGURE = re.compile(r"\d[\d,]*")
_MINUTE = re.compile(r"\s\d{1,3}(?:\s*(?:og|pen))?$")


def sheet_items(text: str, *, in_sheet: bool = False) -> list[SheetItem]:
    """The players a paragraph lists as a team sheet: (start, end, tokens, evidence) for each.

    Evidence is "initial" for "J Robinson" (the article may spell the name out elsewhere) and
    "listed" for a bare surname or a full name. A list needs six items, or one under a sheet's own
    label ("Replacements:"), or one when the article already has a sheet (`in_sheet`); failing a
    list of that shape, three initial-form players between list separators still make a sheet.
    """
    items, start = _trailing_list(text)
    enough = 1 if in_sheet or _SHEET_LABELS.match(text, start) else 6
    if len(items) >= enough:
        return items
    found = [
        (f.start(), f.end(), (f["initial"], f["surname"]), "initial") for f in LISTED_PLAYER.finditer(text)
    ]
    return found if len(found) >= 3 else []


def _trailing_list(text: str) -> tuple[list[SheetItem], int]:
    """The names that end the paragraph and where their list starts: at the paragraph's start, or at
    a label after its last sentence ("... inspection. Leeds: Balshaw; Rees"). Otherwise nothing.

    The paragraph is cut into chunks once and read from the end, so a long paragraph costs one pass.
    """
    if not _could_end_a_list(text):
        return [], 0
    chunks = []
    # ": Murphy, Horgan, ...": a sheet whose label the scrape dropped (a bold team name) keeps its colon
    dropped_label = re.match(r"\s*:\s*(?=[A-Z])", text)
    pos = dropped_label.end() if dropped_label else 0
    for sep in _SEPARATORS.finditer(text, pos):
        chunks.append((pos, sep.start()))
        pos = sep.end()
    chunks.append((pos, len(text)))
    items: list[SheetItem] = []
    prose_end = None
    for a, b in reversed(chunks):
        chunk = text[a:b].strip()
        if not chunk or _FIGURE.fullmatch(chunk):
            continue  # "Att: 47,111": an attendance between the sheet's lines
        chunk = _MINUTE.sub("", chunk)  # "Goals: Rooney 68, Dunne 75 og": the scorer, not the minute
        item = _ITEM.fullmatch(chunk)
        if not item:
            prose_end = b
            break
        start = a + text[a:b].index(chunk)
        if item["initial"] and "." not in item["initial"]:
            tokens, evidence = (item["initial"].strip(), chunk[item.end("initial") :]), "initial"
        else:
            tokens, evidence = tuple(chunk.split()), "listed"
        items.append((start, start + len(chunk), tokens, evidence))
    items.reverse()
    if not items:
        return [], 0
    if prose_end is None:
        return items, 0
    label = _LABEL_AFTER_PROSE.fullmatch(text, prose_end, items[0][0])
    # the report's last sentence may close a quotation: '... like that." Man City: James, Mills'
    if label and text[: label.start(1)].rstrip().rstrip("\"'\u201d\u2019").endswith((".", "!", "?")):
        return items, label.start(1)
    return [], 0


_LAST_CHUNK = re.compile(r"[^,;/:]*$")
_BRACKETS = re.compile(r"\([^)]{0,80}\)")
_LOWER = re.compile(r"\b[a-z][a-z']*\b")


def _could_end_a_list(text: str) -> bool:
    """A cheap test before the full read: prose ends on lower-case words ("... on Sunday."), a sheet on a
    name ("..., Little.", "Gotting for Rees (39)")."""
    tail = _BRACKETS.sub("", text[-120:]).rstrip(" .")
    last = _LAST_CHUNK.search(tail).group(0)
    return all(w == "for" or re.fullmatch(_PARTICLES, w) for w in _LOWER.findall(last))


def is_name_list(text: str) -> bool:
    """Two or more names and nothing else ("Moilanen, Kizys."): a sheet's line, never a teaser for
    another story, however few words it shares with the report."""
    items, start = _trailing_list(text)
    return len(items) >= 2 and not text[:start].strip()


# "M Riley (W Yorkshire).", "P O'Brien (New Zealand)", "Howard Webb (South Yorkshire)": a match report's
# referee, with the county or country he comes from, on a line of his own
_OFFICIAL_LINE = re.compile(
    r"\s*(?:[A-Z]\.?|[A-Z][a-z]+)\s+(?:[A-Z][a-z]+\s+)?(?:Mc|Mac|O'|O\u2019)?[A-Z][\w'\u2019-]+"
    r"\s*\((?:[A-Z][\w'-]*\.?\s*){1,3}\)\.?\s*"
)


def is_official_line(text: str) -> bool:
    """Whether a paragraph is a match official and where he is from, as match reports close."""
    return _OFFICIAL_LINE.fullmatch(text) is not None

