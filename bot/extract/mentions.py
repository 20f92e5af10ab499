"""Mentions of people in a paragraph: names, the titles before them and the appositions after them.

No statistical NER model is used (none may be downloaded, and one would not ingest a corpus of
thousands of articles in seconds). Instead a capitalised span is taken as a person when the text
gives evidence for it, in the order a reader would use:

- ``title``: an honorific or role stands before it ("Mr. Okafor", "Trade Secretary Anna Cole",
  "chief executive Richard Parsons");
- ``given-name``: it has two or more words and the first is a known given name ("Ali Hassan");
- ``apposition``: a role description follows it (", a reform-leaning political analyst");
- ``suffix``: a post-nominal follows it ("Kwame Osei KC", "Frank Field MP");
- ``speech``: a two-word name is the subject of a speech verb and has no firm-like word
  ("Global Insight said" is a firm as often as "Ehsan Tabrizi said" is a person).

Spans with an organisation or place word ("Cardiff University", "State Department") are never
people. Surname-only mentions with no evidence are settled later, against the article's full names;
two- and three-word spans with no evidence are kept as ``unconfirmed`` and become people only when the
article refers back to them by surname as a person would be ("said Hewitt", "Mr Hewitt").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.extract.lexicon import (
    CALENDAR_WORDS,
    COUNTRIES_AND_PLACES,
    DEMONYMS,
    FORMS_OF_ADDRESS,
    FUNCTION_WORDS,
    GENDERED_NOUNS,
    HONORIFIC_GENDER,
    NATIONALITIES,
    NON_PERSON_WORDS,
    ORG_NOUNS,
    PARTY_WORDS,
    PEERAGE,
    PLACE_TAILS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
    SPEECH_VERBS,
    SURNAME_NOUNS,
    TITLE_WORDS,
    by_trait,
    census_surnames,
    family_name_first,
    given_names,
    is_common_word,
    surname_of_tokens,
)
from bot.extract.teamsheet import sheet_items

# Latin letters with accents: Latin-1's capitals and small letters, and the extended blocks, where capitals
# and small letters alternate, on both sides ("Dursuno\u011flu", "Kocab\u0131y\u0131k", "\u0141\u00f3d\u017a")
_EXTENDED = "\u0100-\u024f\u1e00-\u1eff"
_UP = f"A-Z\u00c0-\u00d6\u00d8-\u00de{_EXTENDED}"
_LOW = f"a-z\u00df-\u00f6\u00f8-\u00ff{_EXTENDED}"
# the rest of a double-barrelled or elided name: "-Smith", "'Neill", "-O'Connor" ("Murphy-O'Connor")
_NAME_TAIL = rf"(?:[-'\u2019](?:O['\u2019]|Mc|Mac)?[{_UP}]?[{_LOW}]+)*"
_NAME_TOKEN = (
    rf"(?:(?:[{_UP}]\.){{2,}}|[{_UP}][{_LOW}]*[{_UP}][{_LOW}]+{_NAME_TAIL}"
    rf"|(?:Mc|Mac|O['\u2019]|D['\u2019]|al-|el-|Al-|El-|bin\s|ibn\s)?[{_UP}][{_LOW}]+"
    rf"{_NAME_TAIL}|[{_UP}]\.|[{_UP}]{{2,}}(?![{_LOW}]))"
)
_PARTICLE = r"(?:de|da|di|du|del|della|der|den|van|von|la|le|bin|ibn|al|el|dos|das|ter|ten|y)"
_ABBREV = r"(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|Jr|Sr|Adm|Cmdr|Maj|Brig|Cpl|Supt)\."
_MIDDLE_INITIAL = rf"[{_UP}](?=\s+[{_UP}][{_LOW}])"  # "George W Bush"
# ("U Aung Myo Tun": the Burmese "Mr", a capital alone before a name of two words or more)
_BURMESE_U = r"\bU(?=\s+[A-Z][a-z]+\s+[A-Z])"
_SPAN = re.compile(
    rf"(?:{_ABBREV}|{_NAME_TOKEN}|{_BURMESE_U})"
    rf"(?:(?:\s+(?:{_PARTICLE}\s+){{0,2}}|-)(?:{_ABBREV}|{_NAME_TOKEN}|{_MIDDLE_INITIAL}))*"
)
_TOKEN = re.compile(rf"{_ABBREV}|{_NAME_TOKEN}|{_MIDDLE_INITIAL}|{_PARTICLE}\b")
_APPOSITION = re.compile(
    r"\s*,\s*(?:\d{1,3}\s*,\s*)?(?P<desc>(?:(?:a|an|the|who\s+is|who\s+was|of|from)\s+|[A-Z][\w.&/-]*(?:['\u2019]s)?\s+"
    # (a verb only as "is a" / "was a": "Her son, Arman Fathi, is 14 and has ..." says something of him,
    # "whose brother, Kourosh Azimi, was a flight attendant" says who he is)
    r"|(?!(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|should)\s(?!an?\s))"
    r"[a-z][\w-]*\s+)"
    r"[^,;:()\"\u201c\u201d]{2,320}?)\s*(?=,|\.(?:\s+[A-Z\"\u201c]|\s*$)|;|:|\(|\)|$|\s+(?:said|says|told|added)\b"
    r"|\s[-\u2013\u2014]\s"  # (or a dash: "deputy chairman of Highland Gold - a mining firm that ...")
    # (or a relative clause that quotes a title: "a historian whose book \u201cElectric Boulevard\u201d was")
    r"|\s+(?:who|whose|which)\s[^,;:()\"\u201c\u201d.]{0,80}[\"\u201c])"
    # or a dash aside that opens with an article: "Alan Milburn - a key ally of Tony Blair - will"
    r"|\s+[-\u2013\u2014]\s+(?P<dash>(?:a|an|the)\s+[^,;:()\"\u201c\u201d\u2013\u2014]{2,120}?)"
    r"\s*(?=\s[-\u2013\u2014]\s|,|\.(?:\s+[A-Z\"\u201c]|\s*$)|;|$)"
)
# "is a senior correspondent at Vox", "is a Pentagon producer for NBC News": a post at a named body
_COPULAR = re.compile(
    r"\s+(?:is|was)\s+(?P<desc>(?:an?|the)\s+(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+\s+(?:at|for|with|of|on)\s+"
    r"(?:the\s+)?[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*)*)"
)
# "says Henrietta Strode of Petromark Advisory", "Tobias Wren at Aldgate Securities said": the body a
# person speaks for, written straight after the name with no comma (with one, it is an apposition)
_AFFILIATION_AFTER = re.compile(
    r"\s+(?P<desc>(?:of|from|at)\s+(?:the\s+)?[A-Z](?:[\w&'\u2019-]|\.(?=\w))*"
    r"(?:\s+(?:(?:of|for|&|on(?!\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\s+(?:the\s+)?)?"
    r"[A-Z](?:[\w&'\u2019-]|\.(?=\w))*)*)(?![\w&'\u2019-])"
)
# "a folklorist named Merle Ashcraft", "an engineer called Li Wei": the role that introduces a name
_NAMED_ROLE = re.compile(
    r"\b(?P<desc>(?:a|an)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)\s+(?:named|called)\s+$"
)
# a role phrase with no article, verb or clause: "Microsoft Windows Client product manager",
# "broadband and personal technology analyst at Jupiter Research"
_BARE_ROLE_PHRASE = re.compile(
    r"(?!.*\b(?:the|a|an|his|her|their|its|this|that|who|which|[a-z]+ed|[a-z]+ing)\b)(?:[\w&'\u2019.-]+\s+){0,7}[\w&.-]+"
)
_RELATIVE_ROLE = re.compile(
    r"^who\s+(?:is|was|has been|had been|is now|was then|(?:serves|served|works|worked|acts|acted)\s+as"
    # "who became the board's executive director", "who spent nine years as a public defender"
    # (not a record: "who became the first man since 1988 to win")
    r"|(?:became|becomes|has become)(?!\s+the\s+(?:first|last|only|[a-z]+est)\b)"
    r"|spent\s+(?:[\w-]+\s+){1,3}as)\s+"
)
_HOLDS_POST = re.compile(
    # ("who has edited the weekly since 1989": a perfect tense holds the post still)
    r"who\s+(?:(?:has|have)\s+(?=run\b|edited|led|headed|chaired|directed|managed|coached|owned))?"
    r"(?:chairs|heads|leads|runs|run|directs|manages|coaches|edits|founded|co-founded|owns|represents"
    r"|publishes"
    # held before: "who ran the US Treasury's Iran sanctions programme", "who led the American side"
    r"|chaired|headed|led|ran|directed|managed|coached|edited|owned|represented|oversees|oversaw"
    # a trade: "who teaches art law at ...", "who farms 2,400 acres", "who sells mobile phones", "who
    # imports dialysis equipment", "who worked on the State Department's Iran desk"
    r"|teaches|taught|farms|sells|advises|advised|imports|exports|makes|builds|grows|designs|repairs"
    r"|(?:works|worked)\s+(?:at|for|on|in|with)"
    # a seat on a body and a lobbyist's work: "who served on Iran's negotiating team", "who lobbies for"
    r"|(?:serves|served|sits|sat)\s+on(?=\s+(?:[\w'\u2019-]+\s+){0,4}"
    r"(?:board|committee|council|team|panel|executive|commission|cabinet)\b)|lobbies|lobbied)\s"
)
# "one of its top nuclear scientists, Abdul Qadeer Khan" / "the World Cup captain, Martin Johnson"
_DETERMINER = re.compile(
    r"(?i)(?:^|(?<=[\s(]))(?:a|an|the|his|her|their|its|our|my|as|one of (?:the|its|his|her|their|our))\s"
)


# "IBM's senior vice president, Nick Donofrio", "Plaid Cymru's former President, Dafydd Wigley": an
# organisation's possessive opens the role phrase as a determiner would
_OWNER = re.compile(
    r"(?:^|(?<=[\s(]))(?:(?!(?:But|And|Or|So|Yet|The|In|On|At|For|With|By|From|As|When|While)\s)[A-Z][\w&.-]*\s+){0,3}"
    r"[A-Z][\w&.-]*['\u2019]s\s"
)


# roles held on a subject: "spokesman on foreign affairs", "adviser on Europe"
_ON_ROLES = frozenset("spokesman spokeswoman spokesperson adviser advisor counterpart expert".split())


# an article or a modifier right before a word makes it a noun: "the late Beatle George Harrison"
_MODIFIED = re.compile(r"\b(?:the|a|an|late|former|fellow|ex)\s+$")
_SAYS_WITH_OWN = re.compile(
    r"\s+(?:said|says|told|tells|added|adds|recalled|recalls)\b[^.;:!?,\"\u201c\u201d]{0,50}?\b(his|her)\b"
)
_SENTENCE_BEFORE = re.compile(r"[.!?][\"'\u201d\u2019]?\s+$")
# what follows an inverted attribution's name up to the words: no verb of its own, then a colon or a mark
_INVERTED_TO_QUOTE = re.compile(r"(?:,[^:\"\u201c]{0,160}?)?\s*[:,]?\s*[\"\u201c]")


def _head_before_preposition(phrase: str) -> str:
    """'A spokesman for DLF Builders' -> 'spokesman', "Iran's ambassador to the IAEA" -> 'ambassador'."""
    words = phrase.split()
    for k, w in enumerate(words):
        after = words[k + 1] if k + 1 < len(words) else ""
        if k > 0 and w.lower() in ("for", "of", "at", "with", "from"):
            return words[k - 1]
        if k > 0 and w.lower() == "on" and words[k - 1].lower() in _ON_ROLES:
            return words[k - 1]
        prev = words[k - 1] if k > 0 else ""
        if w == "in" and after[:1].isupper() and prev.islower() and prev in ROLE_WORDS and prev not in KIN:
            return prev  # "Ukraine's ambassador in Washington", "the BBC's correspondent in Jakarta"
        if k > 0 and w.lower() == "to" and (after == "the" or after[:1].isupper()):
            return words[k - 1]  # (not "caused fraudsters to change tack")
    return words[-1] if words else ""


# words after which a verb of speech is a noun or a relative clause's verb, never the sentence's own
_NOT_BEFORE_VERB = (["of"], ["a"], ["an"], ["the"], ["who"], ["which"], ["that"])
# "Speaking to ...", "Writing in ...": an opening clause whose object is whom (or where) the sentence's
# subject spoke, never the subject
# (maybe with what was written or said: "Writing his Christmas message in the Northern Echo")
SPOKEN_TO = (
    r"(?:Speaking|Talking|Writing)\s+(?:(?:his|her|their|a|an)\s+(?:[\w'\u2019-]+\s+){0,3}?)?"
    r"(?:to|in|on|with)\s+(?:the\s+)?"
)
_INTERLOCUTOR = re.compile(rf"(?:^|[.!?][\"'\u201d\u2019]?\s+){SPOKEN_TO}$")


_SENTENCE_END = re.compile(r"[.!?][\"\u201d']?\s+(?:(?:But|And|Yet|However,?)\s+)?")


# the verb of an attribution that follows the words it attributes: '"...," said ' or '..., said '
_ATTRIBUTION_VERB = re.compile(r"[,\"\u201d]\s*([a-z]+)\s+(?=[^,]*$)")


_AND_AFTER_COMMA = re.compile(r",\s+(?:and|or)\s+")


def _reverse_apposition(head: str, sentence_start: int | None = None) -> str | None:
    """The role phrase that ends right before ", Name": from its nearest determiner or owner to the comma,
    or from the sentence's start ("James Hardie chairwoman, Meredith Hellicar, said")."""
    stripped = head.rstrip()
    if not stripped.endswith(","):
        return None
    body = stripped[:-1].rstrip()
    starts = sorted(m.start() for pattern in (_DETERMINER, _OWNER) for m in pattern.finditer(body))
    first_word = body[sentence_start:].split(" ", 1)[0].lower() if sentence_start is not None else ""
    if (
        sentence_start is not None
        and 0 <= sentence_start < len(body)
        and body[sentence_start].isupper()
        # (not a clause that opens the sentence: "Despite being disliked by many critics, Black Sabbath's")
        and (first_word not in FUNCTION_WORDS or first_word in RANK_NUMERALS)  # ("One fiction judge, ...")
        and not first_word.endswith("ing")
    ):
        starts = sorted({*starts, sentence_start})
    verb = _ATTRIBUTION_VERB.search(body)
    if verb is not None and verb.group(1) in SPEECH_VERBS:
        starts = sorted({*starts, verb.end()})  # '"...," said EEF chief economist, Steve Radley'
    # ("last year's champion, Justin Henin-Hardenne, and runner-up, Kim Clijsters": a second pair)
    starts = sorted({*starts, *(m.end() for m in _AND_AFTER_COMMA.finditer(body))})
    for at in reversed(starts):
        phrase = body[at:]
        if len(phrase) > 80 or any(ch in phrase for ch in ',;:.()"\u201c\u201d'):
            break
        if re.match(r"(?i)according to\b", phrase):
            break  # "According to recent figures, Sony Ericsson's profits": a source, not a role
        if _names_someone(phrase.split()[-1]) or _names_someone(_head_before_preposition(phrase)):
            return re.sub(r"(?i)^as\s+", "", phrase)  # "As chief operating officer, X"
    return None


def _names_someone(head: str) -> bool:
    """A role noun that can head a phrase on its own: not a ministry's word ("Turning to the economy,
    Mr Brown") nor a place ("at Gateshead's Sage Centre, Mr Brown")."""
    low = _low(head)
    return is_role_word(head) and low not in _MINISTRY_WORDS and not (head[:1].isupper() and low == "centre")


# a ranking is a title: "world number one", "British number two", "the number eight Imanol Harinordoquy"
RANK_NUMERALS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_RANKING = re.compile(
    r"(?:^|\s)((?:(?:[Ww]orld|British|European|American|[Ff]ormer|[Nn]ew)\s+)?(?:[Nn]umber|No\.?)\s+"
    rf"(?:{'|'.join(RANK_NUMERALS)}|\d{{1,3}}))\s+$"
)
_PRE_ROLE = re.compile(r"(?:(?:[A-Za-z0-9][\w.'\u2019&-]*|&)\s+){1,8}$")
# "choreographers such as Anthony Tudor", "UK actors, including Hugh Laurie": a plural role introducing
# examples describes each of them; so does "such screen stars as Michael Douglas"
_SUCH_AS = re.compile(
    r"\b(such\s+)?(?P<title>(?(1)(?:[a-z][\w-]*\s+)?)"
    r"(?:(?!(?:But|And|Or|So|Yet|The|These|Those|Some|Many|Other|Several|Both|All|Two|Three|Four|Five|Six"
    r"|Seven|Eight|Nine|Ten)\s)[A-Z][\w-]*\s+)?"
    r"(?P<head>[a-z][\w-]*s)),?\s+(?(1)as|(?:such as|including|like|[-\u2013\u2014]))\s+"
    r"(?:[A-Z][\w-]*['\u2019]s\s+)?$"  # "artists such as Argentina's Mustafa Yoda"
)
_BRACKETED_ROLE = re.compile(r"\(((?:[A-Z][\w-]*\s+){0,2}[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\)\s*$")
_SPEECH_NEXT = re.compile(r"\s+(?:said|says|told|added|adds)\b")
_PARTY_LABEL = re.compile(
    r"(?:\s+(?:QC|KC|MP|MEP|MSP|Jr|Sr)\.?(?=[\s,]))?"
    # "(D-Ore.)", "(D-Oak Park)", ", R-Va.,", ", R-Orland Park,": a party and a state or a district
    r"(?:\s*\([A-Z][\w.-]{0,12}(?:\s[A-Z][\w.]{1,12})?\)|,\s*[DRI]-[A-Z][\w.]{1,12}(?:\s[A-Z][\w.]{1,12})?(?=,))?"
)
# the district of a party label is a place, never a person: "R-Orland Park"
_PARTY_DISTRICT = re.compile(r"\b[DRI]-$")
# Generational suffixes belong to the name itself; the rest are letters after it
GENERATIONS = frozenset("jr sr jnr snr ii iii iv".split())
_SUFFIXES = frozenset(
    "jr sr jnr snr ii iii iv qc kc mp msp mep mla td obe mbe cbe kbe phd".split()
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One capitalised span read as a person, with what the text says around it."""

    start: int
    end: int
    tokens: tuple[str, ...]
    honorific: str | None
    title: str | None
    description: str | None
    gender: str | None
    evidence: str
    territory: str | None = None  # a peer's territorial designation: "Lord Nicholls of Birkenhead"

    @property
    def name(self) -> str:
        return " ".join(self.tokens)

    @property
    def surname(self) -> str:
        if len(self.tokens) > 2 and _low(self.tokens[-1]) in GENERATIONS:
            return self.tokens[-2]  # "Hank Williams Jr" is Mr Williams
        return surname_of_tokens(self.tokens)  # "Park Jun-seo" is Mr Park


def _low(token: str) -> str:
    return token.lower().rstrip(".").replace("\u2019", "'")


def _is_non_person(tokens: list[str]) -> bool:
    """Organisation words anywhere, or a place leading the span ("New York", "Hong Kong"), rule a person out.

    A place word later in the span does not ("Stewart Downing", "Carolina Milanesi"): surnames and given
    names are often places too.
    """
    names = given_names()
    if all(_low(t) in PARTY_WORDS for t in tokens):
        return True  # "New Labour", "Tory": a party, not a person
    for k, t in enumerate(tokens):
        low = _low(t)
        if low.endswith("'s"):
            low = low[:-2]
        if low in NON_PERSON_WORDS and not (k == 0 and len(tokens) > 1 and low in names):
            given = _low(tokens[k - 1]) if k > 0 else ""
            surname_like = (low in CALENDAR_WORDS or low == "day") and k == len(tokens) - 1
            month = given in {"january", "february", "march", "april", "may", "june", "july", "august"}
            if surname_like and given in names and given not in COUNTRIES_AND_PLACES and not month:
                continue  # "Mike Friday", "Wendy Day": a given name makes a day a surname (not "May Day")
            return True  # "Bill Condon" is a person, "Finance Bill" is not
        if k == 0 and (
            low in NATIONALITIES or (low in COUNTRIES_AND_PLACES and (low not in names or len(tokens) < 2))
        ):
            return True
        first = _low(tokens[0])
        if k > 0 and low in PLACE_TAILS:
            return True
        if k > 0 and low in COUNTRIES_AND_PLACES and (first not in names or first in COUNTRIES_AND_PLACES):
            return True
    return False


def _strip_possessive(token: str) -> tuple[str, bool]:
    for suffix in ("'s", "\u2019s"):
        if token.endswith(suffix):
            return token[: -len(suffix)], True
    if token.endswith(("s'", "s\u2019")):
        return token[:-1], True
    return token, False


_AGENT = re.compile(r"(?:er|or|ist|ian|man|woman|person|chief|head|boss|star|champion|guru|mate|half)$")
_STOP_BEFORE = frozenset(
    """
a an the his her their its our my your this that these those and or but nor of to in on at by for with from
as is are was were be been has have had do did does said says told added warned include includes including
will would shall should can could might must
who whom whose which while when where after before under over other rather either whether ever never later
than then also however january february march april may june july august september october november
december monday tuesday wednesday thursday friday saturday sunday
""".split()
)


# Verbs that put a name right after them: "England have named Bath prop Matt Stevens"
# Words that open a ministry's name before "and": "Trade and Industry", "Culture, Media and Sport"
_DEPARTMENT_WORDS = frozenset(
    """
trade work culture media environment food transport health education skills energy science business
enterprise innovation communities justice defence employment constitutional economy finance interior
commerce industry agriculture housing
""".split()
)
# The words of a ministry's name that are roles only in a title ("Finance Minister", "Home Secretary")
_MINISTRY_WORDS = _DEPARTMENT_WORDS | {"foreign", "home", "defense", "industry", "finance", "economy"}
_VERBS_BEFORE_NAME = frozenset(
    """
named appointed elected signed picked selected called recalled dropped replaced beat beaten defeated met
joined hired fired sacked included includes nominated succeeded succeeds replacing naming
beats beating face faces facing faced meets overcame overcoming edged ousted smash smashed thrashed out
""".split()
)

_NOT_AGENTS = frozenset(
    """
former latter other further better bigger smaller larger older younger stronger greater higher lower longer
newer earlier faster harder wider deeper tougher cheaper richer poorer weaker closer easier fewer lesser
upper inner outer under over after never ever whether rather either neither together however sooner super
proper sheer clever eager bitter recent current different independent present silent urgent frequent
apparent important significant relevant giant major minor senior junior prior superior inferior interior
exterior matter order number paper water power letter border corner chapter quarter summer winter weather
cancer computer poster filter meter tower river theater sugar silver copper timber rubber answer
register sister brother mother father daughter cluster shelter thunder wonder disorder error mirror ahead
browser server printer scanner router processor recorder trailer container adapter charger
heater boiler cooker
""".split()
)


# "Man-of-the-match Duff", "editor-in-chief": an honour or a post, headed by its first word
_HONOUR_COMPOUND = re.compile(r"[a-z]+-(?:of-the|in)-[a-z]+")


@lru_cache(maxsize=16384)
def is_role_word(word: str) -> bool:
    """A word that says what someone is: a listed role, or an agent noun ("decathlete", "campaigner").

    Plurals ("scientists", "coaches") and hyphenated compounds ("co-author", "ex-minister") count as
    their head.
    """
    low = _low(word).strip(",")
    if _HONOUR_COMPOUND.fullmatch(low):
        return True
    head = low.rsplit("-", 1)[-1]
    forms = {w.removesuffix(end) for w in (low, head) for end in ("", "s", "es")}
    # "finances", "trades": a ministry's word in the plural is no role
    forms = {f for f in forms if f not in _MINISTRY_WORDS or f in (low, head)}
    if forms & (ROLE_WORDS | TITLE_WORDS | KIN):
        return True
    if re.fullmatch(r"\d{1,3}-year-old", low):
        return True  # "18-year-old Nadal": an age before a name says it is a person's
    if not word[:1].islower() or low in _STOP_BEFORE or low in _NOT_AGENTS or len(low) <= 4:
        return False
    return bool(_AGENT.search(low) or _AGENT.search(low.removesuffix("s")))


def _description_before(text: str, start: int, extends_title: bool = False) -> int | None:
    """Where the role words right before a name begin: "chief executive", "US Secretary of State"."""
    head = text[max(0, start - 90) : start]
    ranked = _RANKING.search(head)
    if ranked:
        return start - len(head) + ranked.start(1)  # "world number one Roger Federer"
    m = _PRE_ROLE.search(head)
    if not m:
        return None
    candidate = m.group(0).split()
    # keep the trailing run of words that are roles, titles, nationalities or their modifiers
    kept: list[str] = []
    backwards = list(reversed(candidate))
    for k, word in enumerate(backwards):
        low = _low(word).strip(",")
        of_the = low == "the" and k + 1 < len(backwards) and _low(backwards[k + 1]) == "of"
        # "chairman and chief executive" joins two roles; "Tony Blair and Conservative leader" two people
        joins_roles = (
            low in {"and", "&"}
            and k + 1 < len(backwards)
            and (
                bool(kept)
                and backwards[k + 1][:1].islower()
                and kept[-1][:1].islower()
                # "Trade and Industry Secretary", "Work and pensions minister": a department's name
                or (bool(kept) or extends_title)
                and _low(backwards[k + 1]).strip(",") in _DEPARTMENT_WORDS
            )
        )
        stop = (low in _STOP_BEFORE and low not in {"of", "and", "for"} and not of_the) or (
            low in {"and", "&"} and not joins_roles
        )
        if word.endswith((",", ".", ":", ";", '"', "\u201d")) or stop:
            break  # (a closing quotation mark ends a sentence's words, not a title's)
        if low in SPEECH_VERBS or low in _VERBS_BEFORE_NAME:
            break
        owner_at = next((j for j in reversed(range(len(kept))) if kept[j].endswith(("'s", "\u2019s"))), None)
        if (
            owner_at is not None
            and all(k[:1].isupper() for k in kept[owner_at + 1 :])
            and word[:1].islower()
            and not is_role_word(word)
            and low not in ROLE_MODIFIERS
        ):
            # "... champion overcame Germany's Tommy Haas", "Federer wanted Andre Agassi's coach": a verb
            # before an owner ends the title
            break
        kept.append(word)
        if len(kept) >= 8:
            break
    for k, word in enumerate(kept[:-1]):
        left = kept[k + 1]  # the word before "of" in reading order
        # "in the shape of coaches Graham Henry": the role starts after "of"; so it does after a relation,
        # which is someone else's ("the son of singer Johnny Cash")
        if (
            word == "of"
            and left.islower()
            and (not is_role_word(left) or _low(left) in KIN)
            and any(map(is_role_word, kept[:k]))
        ):
            kept = kept[:k]
            break
    while kept and _low(kept[-1]) in {"of", "and", "for", "&"}:
        kept.pop()
    if (
        extends_title
        and len(kept) > 1
        and _low(kept[0]) in {"and", "&"}
        and _low(kept[1]) in _DEPARTMENT_WORDS
    ):
        at = text.rfind(" ".join(reversed(kept)), 0, start)  # "Trade and" before "Industry Secretary"
        return at if at >= 0 else None
    if kept and _low(kept[0]) in {"and", "&"}:
        return None  # "the prime minister and Mr Brown": the role belongs to someone else
    if kept and not extends_title and _low(kept[0]) in {"of", "for", "the"}:
        return None  # "University of Westbury": a name inside a name, not a title before it
    nearest = next((w for w in kept if _low(w) not in {"of", "and", "for", "&", "the"}), "")
    # "director of sport Emilio Butragueno": a role, then what it is a role of
    # ("spokeswoman for women Sandra Gidley", "minister for Europe Denis MacShane": a role and its brief)
    # (not "general manager for games giant Electronic Arts": a firm's noun makes the name the firm's)
    role_of = any(
        (_low(kept[k]) == "of" or _low(kept[k]) == "for" and not {_low(w) for w in kept[:k]} & ORG_NOUNS)
        and is_role_word(kept[k + 1])
        for k in range(len(kept) - 1)
    )
    # "India's federal commerce Minister Kamal Nath": a ministry's word before a title is part of it
    department = extends_title and _low(nearest) in _DEPARTMENT_WORDS
    if not (is_role_word(nearest) or nearest[:1].isupper() or role_of or department):
        return None  # "the prime minister should sack Mr Brown": no role stands right before the name
    while kept and _low(kept[0]) in {"of", "and", "for", "&"}:
        kept.pop(0)
    words = list(reversed(kept))
    if not words or not (department or any(is_role_word(w) for w in words)):
        return None
    if all(_low(w) in HONORIFIC_GENDER or _low(w) in {"dr", "prof"} for w in words):
        return None
    # trim words from the far end while the phrase still names someone else ("Elena Dementieva swept
    # aside defending champion Venus Williams")
    while len(words) > 1 and clean_description(" ".join(words)) is None:
        words = words[1:]
    if not (department or any(is_role_word(w) for w in words)):
        return None
    owner = max((k for k, w in enumerate(words) if w.endswith(("'s", "\u2019s"))), default=-1)
    before_owner = _low(words[owner - 1]) if owner > 0 else ""
    person_owner = before_owner in HONORIFICS or before_owner in given_names()
    # "Prime Minister's Questions": the owner is a role itself
    role_owner = owner >= 0 and is_role_word(_strip_possessive(words[owner])[0])
    if (person_owner or role_owner) and not any(map(is_role_word, words[owner + 1 :])):
        # "Mr Brown's Budget", "Chancellor Gordon Brown's Budget": a person's possessive owns what
        # follows; it is no title (a country's may be: "defending champion Ireland's Paul Brizzel")
        return None
    phrase = " ".join(words)
    at = text.rfind(phrase, 0, start)
    return at if at >= 0 else None


# ("Staunton, 49, who told BBC News 24": a relative clause's speech verb makes its antecedent a speaker)
_VERB_AFTER = re.compile(r"\s*(?:,[^,]{0,120},\s*)?(?:who\s+)?(?:has\s+|had\s+|also\s+)?(\w+)")
_LONG_APPOSITION_VERB = re.compile(r",\s+(?:a|an|the)\s[^;:.]{0,240}?,\s+(said|says|told|tells|added|adds)\b")
_VERB_BEFORE = re.compile(
    r"\b(?:said|says|according to)\s+(?P<style>(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.?\s+)?$"
)


# "... spokeswoman, Berit Hanson": lower-case words ending on a role, then a name
_ROLE_THEN_NAME_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*),?\s+[A-Z][a-z]")


def is_speaker_position(text: str, start: int, end: int) -> bool:
    """Whether the span is the subject of a speech verb: "X said", "X, an analyst, says", "said X"."""
    after = _VERB_AFTER.match(text, end)
    if after and after.group(1).lower() in SPEECH_VERBS:
        return True
    # ("Bheki Nkosi, a saxophonist who ... recorded his album, "Orlando Nights", with ..., says": an
    # apposition that opens with an article may hold commas of its own)
    after = _LONG_APPOSITION_VERB.match(text, end)
    if after and after.group(1).lower() in SPEECH_VERBS:
        return True
    before = _VERB_BEFORE.search(text[max(0, start - 20) : start])
    owned_role = _ROLE_THEN_NAME_AFTER.match(text, end) if before else None
    if owned_role and is_role_word(owned_role.group(1)):
        return False  # "said Opera spokeswoman, Berit Hanson": the word names whom the speaker serves
    if before and before.group("style"):
        # ", said Mr Clarke." closes a report; "said Mr McLetchie had been ..." reports what he had done
        return bool(re.match(r"\s*(?:[.,;:!?\"\u201d)]|$)", text[end : end + 2]))
    return before is not None


# Honorifics and forms of address that belong to a name, not to a description of the person
HONORIFICS = frozenset(HONORIFIC_GENDER) | {"dr", "prof", "professor", "rev"}


# what reads as the sentence's predicate, not an apposition: "developed a gear changer", "from Derby
# developed his gear changer" (but "was a flight attendant" says who the person is)
_PREDICATE = re.compile(
    r"(?:from\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+)?(?!became\b)(?:[a-z]{2,}ed|made|won)\s"
)
# styles of address: "the Rt Rev", "the Right Honourable", "the Very Rev Dr"
_STYLE_WORD = r"(?:the|The|Rt|Right|Most|Very|Rev|Revd|Reverend|Hon|Honourable|Dr|Prof)\.?(?:\s+|$)"
_STYLE = re.compile(rf"(?:{_STYLE_WORD})+")
_STYLE_AFTER_COMMA = re.compile(rf",\s*the\s+(?:{_STYLE_WORD})+$")
# "Attorney General Lord": the honorific belongs to the name, the rest describes the person
_HONORIFIC_TAIL = re.compile(r"(?:^|\s+)(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Baroness|Baron|Rev)\.?$")
_LEADING_DATE_WORDS = re.compile(
    r"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Yesterday|Today|Tomorrow|Last|Next|This|On|In)\b,?\s*)+"
)
# the nouns that end a body's name: "... Economic Committee", "... Road Safety Council"
_BODY_NOUNS = frozenset(
    "committee council commission ministry department agency authority board assembly parliament "
    "institute foundation association federation union court tribunal office".split()
)
# Words that make a two-word speech subject a firm rather than a person ("Global Insight said").
_ORG_WORDS_LOOSE = frozenset(
    """
global general standard royal first united national international american british european capital
insight research analytics partners securities sachs stanley lynch suisse morgan chase fargo mutual
data digital media systems solutions consulting advisers advisors advisory economics associates capital energy
""".split()
)
_NAME_PAIR = re.compile(r"\b([A-Z][a-z]+)\s+[A-Z][a-z]+")
# a role held for or towards someone, then that person's own title: "spokesman for EU trade commissioner"
_SERVES = re.compile(r"(?:(?:a|an|the)\s+)?([a-z][\w-]*)\s+(?:for|to)\s+((?:[\w&.'-]+\s+)*[\w&.'-]+)$")
# ("an analyst at ASK-Raymond James", "an analyst with Bank Oyens & Van Eeghen": a firm's name runs on)
_AFFILIATION_BEFORE = re.compile(
    r"\b(?:of|at|for|to|from|with|in)\s+(?:the\s+)?(?:(?!including\b|and\b|or\b)[\w&-]+\s+){0,3}(?:&\s+)?(?:[\w&]+-)?$"
)
# "a few days before", "two weeks later", "an hour after": a span of time opens the phrase
_TIME_SPAN = re.compile(
    r"(?i)(?:an?|the|one|two|three|four|five|six|a\s+few|several|some|many)\s+(?:[a-z-]+\s+)?"
    r"(?:seconds|minutes?|hours?|days?|weeks?|months?|years?|decades?|nights?|moments?)(?![\w-])"
)
_COUNSEL = re.compile(r"\s*,\s*(prosecuting|defending)\s*[,;]")
_RELATIVE_TAIL = re.compile(r"\s+(?:who|whose|which|that)\s")
_BAD_DESCRIPTION_START = re.compile(
    r"(?i)^(?:who|which|that|whose|whom|and|but|or|when|where|while|as|if|why|how|what)\b"
)


def clean_description(desc: str | None) -> str | None:
    """A description fit to show: not a clause, not a list that names other people."""
    if not desc:
        return None
    desc = re.sub(r"\s+(?:and|or|&)$", "", desc.strip(" ,;"))
    desc = re.sub(r"^who\s+(?:is|was|has been)\s+", "", desc)  # "who is UKIP Scotland chairman"
    desc = _LEADING_DATE_WORDS.sub("", desc)  # "On Thursday Mr Blair": the day is not a title
    other = re.match(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+([A-Z][\w-]*)", desc or "")
    owner = other is not None and desc[other.end() : other.end() + 2] in ("'s", "\u2019s")
    if not desc or (other and not owner and not is_role_word(other.group(1).lower())):
        # "..., Mr Abbas": another person in a list, not a description ("Lord Chancellor", "Mrs Quinn's
        # nanny" are)
        return None
    if re.fullmatch(r"(?:[A-Z]\w*ing\s+)+(?:Mr|Mrs|Ms|Dr|Miss)\.?", desc):
        return None  # "Analysing Mr Brown's position": a sentence's opening verb, not a title
    if not desc or _BAD_DESCRIPTION_START.match(desc) or len(desc.split()) > 30:
        return None
    if desc[:1].isdigit() and not any(map(is_role_word, desc.split()[:3])):
        return None  # "who was 6 when his family boarded a bus": an age and a clause, not a role
    names = given_names()
    for m in _NAME_PAIR.finditer(desc):
        if _AFFILIATION_BEFORE.search(desc, 0, m.start()):
            continue  # "editor of Mac Format", "an aide to Ann Lee": what the role is of, not a second person
        body = re.match(r"\s+([A-Z][a-z]+)\b", desc[m.end() :])
        if body and _low(body.group(1)) in NON_PERSON_WORDS:
            continue  # "at Aids charity the Terrence Higgins Trust": a body named after someone
        owned = desc[m.end() + 3 :].split()
        owner = desc.startswith(("'s ", "\u2019s "), m.end())
        if owner and any(w.islower() and is_role_word(w) for w in owned):
            continue  # "Cody Brandvik's mother": whom the role is held towards (not "X's Kings And Queen")
        first, second = m.group(1).lower(), m.group(0).split()[-1].lower()
        looks_like_name = (
            first in names
            and first not in TITLE_WORDS | COUNTRIES_AND_PLACES
            and second
            not in TITLE_WORDS | ROLE_WORDS | NON_PERSON_WORDS | FUNCTION_WORDS | COUNTRIES_AND_PLACES
        )
        if looks_like_name:
            relative = _RELATIVE_TAIL.search(desc, 0, m.start())
            if relative and any(map(is_role_word, desc[: relative.start()].lower().split())):
                # "the Tory backbencher who challenged Margaret Thatcher": the other person is in the clause
                return desc[: relative.start()]
            listed = re.search(r",?\s+and\s+$", desc[: m.start()])
            head = desc[: listed.start()] if listed else ""
            if head[:1].islower() and any(map(is_role_word, head.lower().split())):
                # "former dean of the Journalism School ... and Dan Gillmor": the list's next name ends it
                return head
            return None  # "actor Hugh Grant and writer Joanne Harris": someone else's description
    return desc


# Two capital initials that are not a common acronym: "KK Mittal", "JF Sullivan"
_TWO_INITIALS = re.compile(
    r"(?!(?:US|UK|EU|UN|BA|BT|BP|GM|HP|EA|FC|AC|TV|PC|MP|AP|IT|AT|DC|LA|NY|SA|AG|BBC)\b)[A-Z]{2}"
)
_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z]+)\s+$")
_WORD_AFTER = re.compile(r"\s+([a-z]+)(?![\w-])")


# "editor of Mac Format", "chief executive at Ryanair": what a role is held at is a firm, not a person;
# kin are the exception ("the widow of Ray Charles")
_AT_FIRM = re.compile(r"\b(?:at|with|from)\s+(?:the\s+)?([a-z][\w-]*)\s+$")
_FIRM_KINDS = ORG_NOUNS | {
    "analyst",
    "analysts",
    "consultancy",
    "consultants",
    "broker",
    "brokerage",
    "research",
}
_ROLE_OF_BEFORE = re.compile(r"\b([a-z]+)\s+(?:of|at)\s+$")
KIN = frozenset(
    """
wife husband son daughter father mother brother sister widow widower friend partner girlfriend boyfriend
fiancee fiance cousin uncle aunt nephew niece grandson granddaughter grandfather grandmother colleague
spouse child children parents family
""".split()
)


_ROLE_AFTER = re.compile(r"\s+(?:([a-z][\w-]*)\s+)??([a-z][\w-]*)\s+[A-Z]")


def _modifies_role(text: str, end: int) -> bool:
    """ "Bath prop Duncan Bell", "Morgan Stanley equity strategist Naoki Kamiyama": a name before a role
    and another name is the club, party or firm the role belongs to."""
    m = _ROLE_AFTER.match(text, end)
    if not m or m.group(2) not in ROLE_WORDS:
        return False
    modifier = m.group(1)  # "equity" strategist; not "and" chief executive, "beat" seed, "believes" coach
    return modifier is None or not (
        modifier in _STOP_BEFORE
        or modifier in _VERBS_BEFORE_NAME
        or modifier in SPEECH_VERBS
        or modifier.endswith(("ed", "s", "ing"))
    )


# "managing partner", "senior partner": a partner in a firm, where a bare "partner" is kin
_FIRM_PARTNER = re.compile(r"\b(?:executive|managing|senior|founding|equity|general)\s+$", re.I)
# "Paris-based", "State-owned", "Sydney-listed": a word that says where a firm is based or who owns it
_BASED = re.compile(r"-(?:based|owned|listed|registered|headquartered|born|bred|nominated|winning)$", re.I)


def _held_at(text: str, start: int, core: list[str] | None = None) -> bool:
    """Whether the name follows a listed role and "of"/"at": "editor of Mac Format", or is a single word
    after "at" and a common noun: "a research director at analyst Gartner"."""
    m = _ROLE_OF_BEFORE.search(text, max(0, start - 40), start)
    if m and m.group(1) in ROLE_WORDS and m.group(1) not in KIN:
        return True
    if m and m.group(1) == "partner" and _FIRM_PARTNER.search(text, max(0, m.start() - 20), m.start(1)):
        return True  # "executive partner of Tods Murray": a partner in a firm, not a partner of a person
    at_firm = _AT_FIRM.search(text, max(0, start - 40), start)
    return bool(core) and len(core) == 1 and bool(at_firm) and at_firm.group(1) in _FIRM_KINDS


def _names_an_organisation(text: str, start: int, end: int, full_name: bool = False) -> bool:
    """A common noun for a firm or a publication right before or after the name makes it that thing's
    name: "P2P network Red Swoosh", "Mac Format magazine", "the charity Oxfam". An agent noun before a
    given name and a surname is a person's trade: "documentary maker Michael Cockerell"."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    after = _WORD_AFTER.match(text, end)
    if before and before.group(1) in ORG_NOUNS and not (full_name and before.group(1) in _AGENT_ORG_NOUNS):
        return True
    return bool(after and after.group(1) in ORG_NOUNS)


_AGENT_ORG_NOUNS = frozenset({"maker", "developer", "publisher", "broadcaster", "operator", "distributor"})


def names_kin_or_role(description: str) -> bool:
    """A short description whose head is a relative or a listed role: "His mother", "her partner",
    "a children's writer", "princess of Wales" (not "the girl at the centre of the story")."""
    words = description.split()
    if not words or len(words) > 8:
        return False
    head = _low(_head_before_preposition(description)).removesuffix("'s")
    return bool(_listed_forms(head) & (KIN | ROLE_WORDS))


def kin_of_someone(description: str) -> bool:
    """ "Her son", "his wife, Anne": a person the article introduces through their tie to another."""
    words = description.split()
    owner = r"(?:his|her|their|[A-Z][\w-]*['\u2019]s)$"
    if not words or len(words) > 6 or not re.match(owner, words[0], re.I):
        return False
    return bool(_listed_forms(_low(_head_before_preposition(description))) & KIN)


def _names_a_role(description: str) -> bool:
    """Whether a description uses a listed role ("analyst", "chairman"), not just an agent-like noun:
    "Strong Medicine, Hailey's blockbuster" describes a show, not a person."""
    return any(_listed_forms(w) & ROLE_WORDS for w in re.findall(r"[a-z][\w-]*", description.lower()))


def _listed_forms(word: str) -> set[str]:
    """A lower-case word as a lexicon may list it: itself, without a plural "s", or a compound's head."""
    return {word, word.removesuffix("s"), word.rsplit("-", 1)[-1]}


def _is_title_token(raw: list[str], k: int, names: dict[str, str]) -> bool:
    """Whether span token k is part of a title before the name ("Foreign Minister", "Kenya's President").

    A word that is also a given name ("Dean Rowntree", "Major Tom") counts as a title only when a
    full name (two more words) still follows it.
    """
    low = _low(raw[k])
    rest = len(raw) - k - 1
    if raw[k] == "U" and k == 0 and rest >= 2:
        return True  # "U Aung Myo Tun": the Burmese "Mr" before a name of two words or more
    if low in PARTY_WORDS and rest >= 1:
        return True  # "Tory Dominic Grieve": Tory is also a given name, but not before a full name
    if low in names and low not in FORMS_OF_ADDRESS and rest < 2:
        return False
    if _HONOUR_COMPOUND.fullmatch(low):
        return True
    if "-" in low and low.split("-")[0] in names and rest < 2:
        return False  # "Hans-Werner Sinn": a double given name, not an agent noun like "manager"
    if low in ROLE_MODIFIERS:
        return rest >= 2 and _is_title_token(raw, k + 1, names)  # "Former President X", not "New Line"
    if low in TITLE_WORDS or low in NATIONALITIES or is_role_word(raw[k]):
        return True
    if low.endswith("'s") and low[:-2] in COUNTRIES_AND_PLACES:
        return True
    # a capitalised agent noun inside a longer span: "... Agency Administrator Marcus Webb" (not a given
    # name the lexicon lacks that ends like one: "Abdirahman", "Suleiman")
    agent = bool(_AGENT.search(low)) and low not in _NOT_AGENTS and not _man_of_unknown_stem(low)
    return low not in names and len(low) > 5 and agent


_POSSESSIVE_SPLIT = re.compile(r"(?<=['\u2019]s)\s+(?=[A-Z])")
_INITIAL_THEN_NAME = re.compile(r"(?<=[a-z]\s[A-Z]\.)\s+(?=[A-Z][a-z]+\s+[A-Z][a-z]+\b(?!\.\s))")


def _spans(text: str):
    """Capitalised spans, split after a possessive: "The Fabian Society's Sundar Katwala" holds the
    society and, after it, the person (a name never runs on past its possessive)."""
    for m in _SPAN.finditer(text):
        cuts = [c.end() for c in _POSSESSIVE_SPLIT.finditer(m.group(0))]
        # "... and Malcolm X. Attallah Shabazz, the daughter ...": an initial with two or more words after
        # it ends a sentence (a middle initial has one: "George W. Bush")
        cuts += [c.end() for c in _INITIAL_THEN_NAME.finditer(m.group(0))]
        cuts.sort()
        if not cuts:
            yield m
            continue
        bounds = [0, *cuts, len(m.group(0))]
        for a, b in zip(bounds, bounds[1:], strict=False):
            sub = _SPAN.match(text, m.start() + a, m.start() + b)
            if sub:
                yield sub


# A capitalised word and "of" or "for" before a span: the span ends an organisation's name
_ORG_NAME_TAIL = re.compile(r"\b[A-Z][\w'-]*\s+(?:of|for)\s+(?:the\s+)?$")
_WEAK_EVIDENCE = frozenset({"speech", "unconfirmed"})


_COUNTRY_AFTER = re.compile(
    r"\s+(?:of|from)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b|\s+\(([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\)"
)


# Words of a body that are not what a person is "at": gatherings, contests, the calendar, the landscape
_NOT_A_BODY = frozenset(
    """
conference summit forum festival awards award prize cup championship championships open games olympics
series tournament trophy grand prix exhibition show election elections war crisis island islands mountains
hills heights river lake sea ocean valley bay coast street road avenue square bridge north south east west
northern southern eastern western central middle upper lower greater new old great saint st million
billion dollar dollars year years month week day
""".split()
)
# Where a person is "at" on a visit or a night out, not whom they work for
_VENUES = frozenset(
    "school theatre theater palace hall house centre center hospital museum gallery church cathedral mosque "
    "temple court stadium airport station hotel castle tower building club arena".split()
)


def _names_a_body(phrase: str) -> bool:
    """Whether "of/from/at ..." after a name names what the person works for: a body's word ("of
    Petromark Advisory", "at Aldgate Securities") or, after "of" or "from", a country ("Sania Mirza of
    India"). Not a venue or an occasion ("Federer at Wimbledon", "Smith at the Australian Open")."""
    preposition, *words = phrase.split()
    if re.search(r"['\u2019]s$", words[-1]):
        return False  # "Eamonn Coghlan of Ireland's ...": the phrase goes on to say whose
    lows = [_low(w) for w in words]
    if preposition == "at" and set(lows) & _VENUES:
        return False
    if preposition != "at" and all(w in COUNTRIES_AND_PLACES or w == "the" for w in lows):
        return True
    return any(
        (w in NON_PERSON_WORDS or w in _ORG_WORDS_LOOSE or w in ORG_NOUNS)
        and w not in _NOT_A_BODY
        and w not in CALENDAR_WORDS
        for w in lows
    )


def _of_a_country(text: str, start: int, end: int) -> bool:
    """Whether a name is followed by its country, as sport and world news give people's: "Sania Mirza
    of India", "Jelena Jankovic (Serbia)". (Not "Japan's Nippon Steel": a possessive place owns firms.)"""
    after = _COUNTRY_AFTER.match(text, end)
    return after is not None and any(_low(g) in COUNTRIES_AND_PLACES for g in after.groups() if g)


_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|from|near|outside|of)\s+$")


def _plural_noun(word: str) -> bool:
    """"Dogs" of "the Dryden Ice Dogs": a common noun in the plural that no family is named, so the
    name is a team's or a band's ("Brooks", "Banks" and "Wells" are families' names too)."""
    low = _low(word)
    return (
        low.endswith("s")
        and not low.endswith("ss")
        and is_common_word(low[:-1])
        and low not in census_surnames()
    )


def census_name(core: Sequence[str]) -> bool:
    """Two words that read as a given name the lexicon lacks and a surname the census knows: "Geordan
    Murphy", "Sania Mirza". A sign, not proof: firms and places are named so too ("Goodison Park").
    Both words must be written as names are (capital, then lower case), and neither may be a word of
    places, bodies or the calendar ("Bank Holiday", "Goldman Sachs" still need another sign)."""
    if len(core) != 2:
        return False
    first, last = core
    if not all(re.fullmatch(r"[A-Z][a-z][a-z'-]*", w) for w in (first, last)):
        return False
    words = {_low(w) for w in core}
    if words & (NON_PERSON_WORDS | FUNCTION_WORDS | COUNTRIES_AND_PLACES | NATIONALITIES | CALENDAR_WORDS):
        return False
    common = is_common_word(first)
    return _low(last) in census_surnames() and _low(first) not in census_surnames() and not common


# "His son, Jody Strickler": a kin noun and a comma before the name
_GENDERED_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+([a-z]+),\s*$")
# "the younger Strickler", "the elder Bush": which of a family's bearers of a surname
_ELDER_OR_YOUNGER = re.compile(r"\b[Tt]he\s+(younger|elder|older)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$")
GENERATION_WORDS = frozenset({"younger", "elder", "older"})
_AGED = re.compile(r"\d+-year-old\s+$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}$")


def _portfolio_word(word: str) -> bool:
    """"Procurement", "Industry": a dictionary word no family bears, as an office's name ends on."""
    low = _low(word)
    return is_common_word(low) and low not in census_surnames()


def _demonym(word: str) -> bool:
    """"Dane", "Scots", "Americans": a word for a people, singular or plural."""
    low = _low(word)
    return low in DEMONYMS or (low.endswith("s") and (low[:-1] in DEMONYMS or low[:-1] in NATIONALITIES))


def _man_of_unknown_stem(low: str) -> bool:
    """"abdirahman", "suleiman": a word ending like "-man" whose stem no dictionary or gazetteer knows (not
    "cork" of "corkman", "french" of "frenchwoman"), so a given name rather than an agent noun."""
    if not low.endswith(("man", "men")):
        return False
    stem = low[:-3].removesuffix("wo")
    return not (is_common_word(stem) or stem in COUNTRIES_AND_PLACES or stem in NATIONALITIES)


def unknown_word(title: str) -> bool:
    """"Nasih" before "Omar Qaradaghi": one capitalised word no lexicon knows, glued before a name, is
    more likely the given name the lexicon lacks than anything that describes the person."""
    low = title.lower()
    return (
        # (any alphabet's letters: "Nguyễn", "Đặng")
        len(title) > 2
        and title[0].isupper()
        and title[1:].isalpha()
        and title[1:].islower()
        and not is_common_word(low)
        and not is_role_word(title)
        and low not in NATIONALITIES
        and low not in PARTY_WORDS
        and low not in COUNTRIES_AND_PLACES
        and low not in FORMS_OF_ADDRESS
        and low not in DEMONYMS
        and low.removesuffix("s") not in DEMONYMS
        # ("Goalscorer", "Matchwinner", "Corkman": what someone does or where they are from)
        and re.search(r"(?:er|or|mate|ist|ite|ian|ese|ish|ing|ed|ies)s?$", low) is None
        # ("Corkman", not "Abdirahman": a man of somewhere or something the dictionary knows)
        and not (low.endswith(("man", "men")) and not _man_of_unknown_stem(low))
        # ("Texan", "Cuban": someone of a place the gazetteer knows)
        and not (low.endswith("an") and {low[:-1], low[:-1] + "s"} & COUNTRIES_AND_PLACES)
    )


def _patronymic(core: Sequence[str], names: dict[str, str]) -> bool:
    """"Rebwar Hassan Omer", "Kadhim Abdul-Zahra Jabbar": a given name the lexicon lacks, then the father's
    given name, which it knows, then the family's (no particle, no dictionary word: not "Axa Sun Life");
    or a family name the lexicon lacks before given names it knows ("Nguyễn Thị Thanh Hà")."""
    return (
        len(core) in (3, 4)
        and unknown_word(core[0])
        and _low(core[1]).split("-")[0] in names
        and not re.fullmatch(_PARTICLE, _low(core[1]).split("-")[0])
        and all(t[:1].isupper() and not is_common_word(_low(t)) for t in core[2:])
        and len(set(core)) == len(core)
    )


def _given_name(word: str, names: dict[str, str]) -> bool:
    """A given name the lexicon knows that is not also a people's name ("Dane", "Scot")."""
    return _low(word) in names and not _demonym(word)


def _opens_title(word: str, following: str) -> bool:
    """"First Minister", "Under Secretary": a function word that is the first word of a title."""
    low, nxt = _low(word), _low(following)
    ordinal_title = low in ("first", "second", "third") and nxt in TITLE_WORDS
    return ordinal_title or (low == "under" and nxt == "secretary")


def find_mentions(
    text: str, quote_spans: list[tuple[int, int]] | None = None, *, in_sheet: bool = False
) -> list[Mention]:
    """Person mentions in one paragraph, in order. `quote_spans` mark text inside quotation marks;
    `in_sheet` says the article prints a team sheet, so a short list of surnames is one's line."""
    names = given_names()
    mentions: list[Mention] = []
    for m in _spans(text):
        tokens = list(_TOKEN.finditer(m.group(0)))
        # "Roger Michell For Enduring Love": a capitalised function word inside a span ends the name
        cut = next(
            (
                k
                for k, t in enumerate(tokens)
                if k > 0
                and t.group(0)[0].isupper()
                and _low(t.group(0)) in FUNCTION_WORDS
                and _low(t.group(0)) not in HONORIFICS
                and not re.fullmatch(_PARTICLE, _low(t.group(0)))
                and _low(tokens[k - 1].group(0)) not in FUNCTION_WORDS
                # "Welsh First Minister Rhodri Morgan": a function word that opens a title is part of it
                and not (k + 1 < len(tokens) and _opens_title(t.group(0), tokens[k + 1].group(0)))
                # ("Charles A Blixt": a middle initial between a given name and a surname)
                and not (
                    t.group(0) == "A"
                    and k + 2 == len(tokens)
                    and _low(tokens[k - 1].group(0)) in names
                    and tokens[k + 1].group(0)[1:].islower()
                    and (
                        not is_common_word(_low(tokens[k + 1].group(0)))
                        or _low(tokens[k + 1].group(0)) in census_surnames()
                    )
                )
            ),
            len(tokens),
        )
        raw = [t.group(0) for t in tokens[:cut]]
        offsets = [m.start() + t.start() for t in tokens[:cut]]
        if not raw:
            continue
        # drop sentence-opening function words: "But Hart", "The Italian ..."
        i = 0
        while i < len(raw) and (
            _low(raw[i]) in FUNCTION_WORDS
            and _low(raw[i]) not in HONORIFIC_GENDER
            and _low(raw[i]) not in {"dr"}
        ):
            i += 1
        # 'Said Ashok Mehra, director (finance) of MRPL: "..."': a sentence that opens on its speech verb
        # (not "Said Jalili said", where "Said" is the given name)
        if (
            i == 0
            and raw[0] in ("Said", "Says", "Added")
            and len(raw) >= 3
            and (offsets[0] == 0 or _SENTENCE_BEFORE.search(text[max(0, offsets[0] - 4) : offsets[0]]))
            and _INVERTED_TO_QUOTE.match(text, m.end())
        ):
            i = 1
        if i > 0 and _low(raw[i - 1]) in ROLE_MODIFIERS and len(raw) - i == 1:
            continue  # "New Line", "New Labour": a capitalised "New" before one word names a thing
        honorific = None
        # the name starts after the last title or role word in the span: "Lib Dem MP Parmjit Singh Gill"
        last_title = -1
        named_end = len(raw)  # letters after the name are not what a title precedes ("King Jnr")
        while named_end > i + 1 and _low(raw[named_end - 1]) in _SUFFIXES:
            named_end -= 1
        for k in range(i, named_end - 1):
            if _is_title_token(raw, k, names):
                last_title = k
        title_tokens = raw[i : last_title + 1] if last_title >= i else []
        i = max(i, last_title + 1)
        # "Paris-based Euronext", "US-based Alistair Cragg", "the Oscar-nominated Owen", "German-born
        # Vaidisova": where someone is based or born, or what they won, is said of the name that follows,
        # never part of it
        based = [k for k in range(i, len(raw) - 1) if _BASED.search(raw[k])]
        if based:
            title_tokens.extend(raw[i : based[-1] + 1])
            i = based[-1] + 1
        honorific = next((t for t in reversed(title_tokens) if _low(t) in HONORIFICS), None)
        # capitalised words glued before a given name are context, not name: "Goalscorer Jimmy Hasselbaink",
        # "Top-seeded Americans Andy Roddick", and a people's name that is also a given name ("Dane Kenneth
        # Carlsen", "Scot Nick Smith")
        # (two such words only where both plainly describe: not "Luiz Inacio Lula da Silva")
        k = i
        # (never after an honorific, which the name follows whole: "Dr Khoo Kay Peng")
        after_honorific = bool(title_tokens) and _low(title_tokens[-1]) in HONORIFICS
        while k < len(raw) - 2 and k - i < 3 and not _given_name(raw[k], names) and not after_honorific:
            k += 1
        # (any number of words of the dictionary: "Terrorism and Financial Intelligence Nathan Ostrowski")
        glued = raw[i:k]
        describes = all(_demonym(w) or re.search(r"\w-[a-z]", w) for w in glued) or (
            all(map(is_common_word, map(_low, glued))) and not is_common_word(_low(raw[k]))
        )
        if len(glued) >= 2 and not describes:
            k = i + 1 if _given_name(raw[i + 1], names) else i
        # ("Petroleum Secretary Sikandar Hayat Cheema", "Omer's mother, Gulala Mustafa Ali": a word no
        # dictionary or gazetteer lists is a given name the lexicon lacks, not a description)
        # ("the late Beatle George Harrison": a word an article or modifier qualifies is a noun)
        elif (
            len(glued) == 1
            and not describes
            and (
                title_tokens
                or unknown_word(glued[0])
                and not _MODIFIED.search(text, max(0, m.start() - 12), m.start())
            )
        ):
            k = i if _low(glued[0]) not in COUNTRIES_AND_PLACES else k
        # ("Khalfan Al Marzouqi", "Ahmed El Sayed": after a name, "Al" is the article of a family name)
        if k > i and _given_name(raw[k], names) and not (raw[k] in ("Al", "El") and k + 1 < len(raw)):
            title_tokens.extend(raw[i:k])
            i = k
        # "Lib Dems David Laws", "future Beach Boy Bruce Johnston": an organisation or place, then a
        # given name and a surname: the name starts at the given name
        for k in range(i + 1, len(raw)):
            # (not "June Carter Cash"; but "Majlis Economic Committee Mohammad Dehghan", whose body ends
            # on its noun, though a lexicon lists "Majlis" as a given name)
            prefix_is_org = _is_non_person(raw[i:k]) and (
                _low(raw[i]) not in names or _low(raw[k - 1]) in _BODY_NOUNS
            )
            # ("Mlolongo Ward MCA Daniel Musyoka": an office's acronym ends the words before the name)
            acronym = raw[k - 1].isalpha() and raw[k - 1].isupper() and 2 < len(raw[k - 1]) <= 5
            prefix_is_org = prefix_is_org or acronym
            part = _low(raw[k]).split("-")[0]  # ("Mohammad-Hossein"; not "Hi-Tech")
            given = _low(raw[k]) in names or (part in names and len(part) > 2 and not is_common_word(part))
            # ("DPP Tan": an office's acronym before a family name alone)
            lone_acronym = acronym and _low(raw[k - 1]) not in names and not is_common_word(_low(raw[k - 1]))
            if given and prefix_is_org and len(raw) - k <= 3 and (k < len(raw) - 1 or lone_acronym):
                title_tokens.extend(raw[i:k])
                i = k
                break
        core = raw[i:]
        core_start = offsets[i] if i < len(offsets) else m.end()
        # a possessive ends the name: "Netanyahu's cabinet"
        owner = False
        for k, tok in enumerate(core):
            bare, owner = _strip_possessive(tok)
            if owner:
                core = core[:k] + [bare]
                break
        suffixed = False
        generation = []
        while core and _low(core[-1]) in _SUFFIXES:
            if _low(core[-1]) in GENERATIONS and len(core) > 2 and not generation:
                generation = [core[-1].rstrip(".")]  # "Larry Mullen Jr", "Andre Nzame III": part of the name
            core = core[:-1]
            suffixed = True
        core = core + generation if len(core) > 1 else core
        # "Luiz Inacio Lula da Silva": particles do not count towards a name's length
        if not core or sum(not re.fullmatch(_PARTICLE, t) for t in core) > 4:
            continue
        all_title = all(_low(t) in TITLE_WORDS or _low(t) in ROLE_WORDS for t in core)
        if all_title and honorific is None and (title_tokens or len(core) > 1):
            # "Scottish Finance Minister, Tom McCabe", "ATP Vice President of ...": titles on their own
            # name no one ("Mr Dean" and a lone "Dean said" do)
            continue
        if (
            len(core) > 1
            and honorific is None
            and _low(core[-1]) in TITLE_WORDS | ROLE_WORDS
            and _low(core[-1]) not in {"man", "woman", "boy", "girl", "kid"}  # stage names: "Beenie Man"
            and _low(core[0]) not in names
        ):
            continue  # "Argentine Economic Minister, Roberto Lavagna": an office, not a Mr Minister
        if all_title and _low(honorific or "") == "lord":
            continue  # "the Lord Chancellor", "the Lord Chief Justice", "the Lord Mayor": offices
        # "JP McManus", "PJ O'Rourke": a surname's inner capital is no acronym's
        initials = (
            len(core) == 2
            and bool(_TWO_INITIALS.fullmatch(core[0]))
            and bool(re.fullmatch(r"(?:Mc|Mac|O['\u2019])?[A-Z][a-z'-]+", core[1]))
        )
        if not initials and any(
            len(t) > 1 and t.isupper() and not t.endswith(".") and len(core) > 1
            for t in core
            if _low(t) not in GENERATIONS
        ):
            continue  # acronyms belong to organisations: "BBC News"; "KK Mittal", "JF Sullivan" are initials
        surname_after_honorific = honorific is not None and len(core) == 1  # "Mr Irish", "Mrs French"
        # "rap star Kanye West", "Dame Barbara Castle": a given name, then a family name that is also a
        # word of places; a person only if the text marks one (settled once the evidence is known)
        noun_surname = (
            len(core) in (2, 3)
            and _low(core[0]) in names
            and _low(core[-1]) in SURNAME_NOUNS
            and not _is_non_person(core[:-1])
        )
        if (_is_non_person(core) and not surname_after_honorific and not noun_surname) or _low(
            core[0]
        ) in FUNCTION_WORDS:
            continue
        if core[0].endswith(".") and len(core) == 1:
            continue
        # "the 31-year-old Dane", "the Scot": a trait that refers back to someone named
        if (
            len(core) == 1
            and honorific is None
            and (
                _demonym(core[0])
                or _AGED.search(text, max(0, core_start - 20), core_start)
                and re.search(r"(?:er|ian|ite|an)s?$", core[0])
            )
            and _THE_BEFORE.search(text, 0, core_start)
        ):
            continue  # (nor "the 25-year-old Dubliner", a people's word after an age; "the 28-year-old
            # Morientes" is a name)
        core_end = core_start + len(" ".join(core))
        # recompute end from the text to respect original spacing
        end_match = text.find(core[-1], core_start)
        if end_match >= 0:
            core_end = end_match + len(core[-1])
        if _PARTY_DISTRICT.search(text, max(0, core_start - 2), core_start):
            continue
        in_quote = bool(quote_spans) and any(s <= core_start < e for s, e in quote_spans)
        if not in_quote and text.startswith("!", core_end):
            continue  # "the hit Hey Ya!", "Mamma Mia!": outside speech, a name that exclaims is a title
        title_start = offsets[i - len(title_tokens)] if title_tokens else core_start
        if (
            _names_an_organisation(text, title_start, core_end, len(core) > 1 and _low(core[0]) in names)
            # ("a member of Cherie Blair's Matrix Chambers": a possessive owns what the role is held at)
            or (not title_tokens and not (owner and len(core) > 1) and _held_at(text, core_start))
            or (len(core) == 1 and honorific is None and _held_at(text, title_start, core))
            or ((len(core) == 1 or (len(core) == 2 and not title_tokens)) and _modifies_role(text, core_end))
        ):
            continue
        # a bare honorific is part of the name ("a spokesman for Mr Blair" describes someone else), and a
        # people's name is the whole description ("ahead of Scot Nick Smith")
        extends = bool(title_tokens) and not all(_low(t) in HONORIFICS or _demonym(t) for t in title_tokens)
        pre = _description_before(text, title_start, extends_title=extends)
        if pre is not None:
            title_start = pre
        title = clean_description(_HONORIFIC_TAIL.sub("", text[title_start:core_start].strip(" ,")) or None)
        served = _SERVES.match(title or "")
        if served and is_role_word(served.group(1)) and is_role_word(title.split()[-1]):
            title = served.group(2)  # "a spokesman for EU trade commissioner Peter Mandelson": his title
        if title and _STYLE.fullmatch(title):
            title = None  # "the Rt Rev Dr Tom Wright": a form of address, not what he is
        elder = _ELDER_OR_YOUNGER.search(text, max(0, core_start - 18), core_start)
        if elder and len(core) == 1:
            title = elder.group(1).lower()  # "the younger Strickler": which bearer of the name, not a role
        bracketed = _BRACKETED_ROLE.search(text, max(0, title_start - 50), title_start)
        if title is None and bracketed and any(map(is_role_word, bracketed.group(1).split())):
            title = bracketed.group(1)  # "(tour manager) Bill Beaumont": an editor's insertion in a quote
        # "Sen. Robert Menendez (D-N.J.), chairman of ...", "Rep. Eric Cantor, R-Va., said", "Philippe Sands
        # QC, a member of ...": a letters suffix or a party label stands between the name and its apposition
        label = _PARTY_LABEL.match(text, core_end)
        app = _APPOSITION.match(text, label.end() if label else core_end)
        if app and label and label.end() > core_end and not (app.group("desc") or " ")[0].islower():
            app = None  # after "QC," a capital opens the next name of a list, not an apposition
        trait = app and re.fullmatch(r"[Tt]he\s+([\w-]+)", (app.group("desc") or "").strip())
        if trait and by_trait(trait.group(1).lower()) and _SPEECH_NEXT.match(text, app.end()):
            app = None  # "a comment by Tim Phillips, the American said": the description is the next subject
        if app and _INTERLOCUTOR.search(text, max(0, title_start - 60), title_start):
            app = None  # "Speaking to Le Matin, the 24-year-old Swiss added": the phrase opens the subject
        description = None
        post = None  # "who chairs the RTA board": a description only if no role is written before the name
        if app:
            desc = (app.group("desc") or app.group("dash")).strip()
            # "who is a lecturer", "who served as Iran's ambassador to Moscow": the role after the verb
            desc = _RELATIVE_ROLE.sub("", desc)
            # "who chairs the RTA board", "who runs a bakery": a verb of holding a post is itself the role
            holds_post = bool(_HOLDS_POST.match(desc))
            desc = desc.removeprefix("who ") if holds_post else desc
            if len(desc) > 180:
                # "a retired schoolteacher who for thirty-one years ran ... and who still keeps ...": a
                # long apposition is its head noun phrase
                desc = re.split(r"\s+(?:who|whose|which|that)\s", desc, maxsplit=1)[0]
            # "one of the retiring obstetricians": the role comes after the partitive
            lead = desc.split()[: 6 if desc.lower().startswith("one of ") else 4]
            opens_like_description = (
                desc.lower().startswith(("a ", "an ", "the "))
                or any(is_role_word(w) and (w[:1].islower() or _low(w) not in HONORIFICS) for w in lead)
                or bool(re.match(r"[A-Z][\w.-]*['\u2019]s\s", desc))
                and any(map(is_role_word, desc.split()[:7]))
                # "Microsoft Windows Client product manager", "broadband analyst at Jupiter Research"
                or _BARE_ROLE_PHRASE.fullmatch(desc) is not None
                and _head_before_preposition(desc)[:1].islower()
                and _names_someone(_head_before_preposition(desc))
            )
            if _TIME_SPAN.match(desc):
                # "I spoke to the show's creator, Deborah Kellerman, a few days before the finale": when,
                # not who
                opens_like_description = False
            affiliation = desc.startswith(("of ", "from "))
            company = desc.startswith(("alongside ", "along with ", "with ", "beside ", "besides ", "like "))
            if holds_post:
                post = desc
            elif (
                (opens_like_description or affiliation)
                and not company
                and not desc.startswith(("and ", "or "))  # "Sir Phil Watts, and production chief ...": a list
                # (a verb of speech, not a noun: "under secretary of state for political affairs", "a state
                # senator"; nor a relative clause's verb: "a historian who wrote ...")
                and not {
                    w for n, w in enumerate(lead) if w.islower() and lead[n - 1 : n] not in _NOT_BEFORE_VERB
                }
                & SPEECH_VERBS
            ):
                # (what cleaning rejects leaves the role written before the name to be tried)
                description = clean_description(desc)
        # "Motorcycle racer, Roy Tansley, developed ...": after a role set off before the name, the
        # comma after it closes that aside, and what follows is the sentence's predicate
        bare_after = description is not None and bool(_PREDICATE.match(description))
        if description is None or bare_after:
            head_from = max(0, title_start - 90)
            # (a sentence also ends on a closing quotation mark: '... reoffending." Director of Public
            # Prosecutions, Ken Macdonald QC, ...'; "But" or "And" opening it is no part of the role)
            ends = list(_SENTENCE_END.finditer(text, head_from, title_start))
            opening = ends[-1].end() - head_from if ends else (0 if head_from == 0 else None)
            # "The Bishop of Durham, the Rt Rev Dr Tom Wright": a style between the comma and the name
            styled = _STYLE_AFTER_COMMA.search(text, head_from, core_start)
            head = text[head_from : styled.start() + 1] if styled else text[head_from:title_start]
            description = _reverse_apposition(head, opening) or (description if bare_after else post)
        if description is None:
            named_role = _NAMED_ROLE.search(text, max(0, title_start - 60), title_start)
            if named_role and _names_someone(named_role.group("desc").split()[-1]):
                description = named_role.group("desc")
        if description is None and (
            not text[:title_start].strip(" \"'\u201c") or re.search(r"[.!?]\s+$", text[:title_start])
        ):
            # "Nell Hargrove is a senior correspondent at Vox.": a sentence that opens on the name and
            # gives the person's post (not "Robbie Williams was a deserved winner")
            copula = _COPULAR.match(text, core_end)
            if copula and _names_someone(_head_before_preposition(copula.group("desc"))):
                description = copula.group("desc").rstrip(".")  # (a full stop ends the sentence)
        if description is None and (counsel := _COUNSEL.match(text, core_end)):
            description = counsel.group(1)  # "Jonathan Eastwood, prosecuting, said": counsel's part in court
        if description is None:
            affiliated = _AFFILIATION_AFTER.match(text, core_end)
            if affiliated and _names_a_body(affiliated.group("desc")):
                description = affiliated.group("desc")
        if title is None and description is None:
            such = _SUCH_AS.search(text, max(0, core_start - 60), core_start)
            if such and is_role_word(such.group("head")):
                title = such.group("title")  # "Hollywood stars, including Cate Blanchett": the whole phrase
        description = clean_description(description)
        first = _low(core[0])
        gender = HONORIFIC_GENDER.get(_low(honorific)) if honorific else None
        if gender is None:
            # "His son, Jody Strickler", "actress Nathalie Press": a gendered noun before the name
            kin = _GENDERED_BEFORE.search(text, max(0, title_start - 40), title_start)
            noun = kin.group(1) if kin else (title or "").rsplit(" ", 1)[-1]
            gender = GENDERED_NOUNS.get(_low(noun))
        if gender is None and len(core) == 1:
            # ('"...," Hosseini told Middle East Eye at her family's home': the clause's own pronoun says
            # which bearer of a family name speaks)
            own = _SAYS_WITH_OWN.match(text, core_end)
            gender = {"his": "m", "her": "f"}.get(own.group(1).lower()) if own else None
        if gender is None and len(core) > 1:
            # ("Ho Ka-wai": in East Asian order the given name comes second)
            # ("Hamid-Reza Tavakkolian": a compound given name is sexed by its first part)
            given = _low(core[1]) if family_name_first(core) else first
            g = names.get(given, names.get(given.split("-")[0]))
            gender = g if g in ("m", "f") else None
        evidence = ""
        title_words = (title or "").split()
        if honorific or (
            any(is_role_word(w) and _low(w) not in ROLE_MODIFIERS for w in title_words)
            and (
                len(core) > 1
                or any(w[:1].isupper() and _low(w) in TITLE_WORDS for w in title_words)
                or (title_words and _low(title_words[-1]) in ROLE_WORDS)
                or (title_words and title_words[-1].endswith("-year-old"))
            )
        ):
            evidence = "title"
        elif (
            len(core) > 1
            and (first in names or first.split("-")[0] in names or _patronymic(core, names))
            and not core[0].endswith(".")
            and not _plural_noun(core[-1])
        ):
            evidence = "given-name"
        elif description and len(core) > 1 and _names_a_role(description):
            evidence = "apposition"
        elif len(core) == 2 and re.fullmatch(r"[A-Z]\.", core[0]) and core[1][1:].islower():
            evidence = "initial"  # "J. Allard": an initial with its full stop is a person's
        elif suffixed and len(core) > 1:
            evidence = "suffix"  # "Kwame Osei KC", "Frank Field MP"
        elif (
            # ('said Agus Triyanto Nugroho', 'said U Aung Myo Tun': or three words, none a dictionary's,
            # which a firm's name would have: not "Severn Vale Water", "Human Rights Watch")
            (len(core) == 2 or len(core) == 3 and not any(is_common_word(_low(t)) for t in core))
            and is_speaker_position(text, core_start, core_end)
            and not any(_low(t) in _ORG_WORDS_LOOSE for t in core)
            # ("an importer in Richmond Hill, Ont., said": a place a preposition governs is no subject)
            and not _PLACE_PREPOSITION.search(text, max(0, title_start - 12), title_start)
        ):
            evidence = "speech"  # '"...," said Ehsan Tabrizi': names the lexicon lacks still speak
        elif census_name(core) and not in_quote and _of_a_country(text, core_start, core_end):
            evidence = "placed"  # "Sania Mirza of India", "Jelena Jankovic (Serbia)": a person from a country
        # "the Albert Hall", "Beverly Hills": nothing says a person is meant (nor a speech verb after
        # the name: "Deep South states", "the MP for Kendal North, who ..., said"); only a list of people
        # or a later "Mr Church" may still vouch ("stars Paul Giamatti, Thomas Haden Church and ...")
        if (
            noun_surname
            and _is_non_person(core)
            and evidence not in ("title", "apposition")
            and honorific is None
            and not (description and _names_a_role(description))
        ):
            if in_quote:
                continue
            evidence = "unconfirmed"
        if evidence == "title" and not honorific and len(core) == 1 and _portfolio_word(core[0]):
            continue  # "Minister for Defence Procurement": a word of the office's name, not a surname
        if not evidence and len(core) == 1:
            # settled against the article's people later; a speaker's surname may vouch for a full name
            evidence = "surname?speaker" if is_speaker_position(text, core_start, core_end) else "surname?"
        elif not evidence and len(core) in (2, 3) and not in_quote:
            # "Lleyton Hewitt": a name the lexicon cannot vouch for, kept only if the article refers
            # back to it as a person ("said Hewitt", "Mr Hewitt")
            evidence = "unconfirmed"
        if not evidence or (evidence in _WEAK_EVIDENCE and _ORG_NAME_TAIL.search(text, 0, title_start)):
            continue  # (nor "the Institute of Fiscal Studies had suggested": the end of a body's name)
        if in_quote and evidence.startswith("surname?"):
            continue
        mentions.append(
            Mention(
                core_start,
                core_end,
                tuple(core),
                honorific,
                title,
                description,
                gender,
                evidence + (":quoted" if in_quote else ""),
            )
        )
    mentions = _with_shared_surnames(text, [_royal(m) for m in mentions], names)
    mentions = _with_shared_styles(text, mentions)
    mentions = _with_team_sheet(text, _with_nicknames(text, mentions, names), in_sheet)
    mentions = _share_list_roles(text, mentions)
    return [_with_territory(text, _post_nominal_title(text, m)) for m in mentions]


# "Lord Nicholls of Birkenhead", "Baroness Royall of Blaisdon": a peer's place in the title
_TERRITORY = re.compile(r"\s+of\s+([A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)?)\b")


def _with_territory(text: str, m: Mention) -> Mention:
    """A peer known by style and surname is named with the territorial designation the text gives."""
    if not (m.honorific and _low(m.honorific) in PEERAGE and len(m.tokens) == 1):
        return m
    place = _TERRITORY.match(text, m.end)
    return replace(m, territory=place.group(1)) if place else m


# letters after a full name for an office or an honour it holds: "Hugo Lattimer KC", "Anna Reddaway, KC,"
_POST_NOMINAL = re.compile(r",?\s+((?:QC|KC|MP|MSP|MEP|MLA|TD|OBE|MBE|CBE|KBE)\.?)(?=[\s,.;:)]|$)")


def _post_nominal_title(text: str, m: Mention) -> Mention:
    """With no role written before the name, the letters after it are how the article describes the person
    ("Jonathan Pell KC"); a bare surname before them is rather a place ("the Salford MP")."""
    letters = _POST_NOMINAL.match(text, m.end)
    if letters is None or m.title is not None or len(m.tokens) < 2:
        return m
    return replace(m, title=letters.group(1))


# Royal styles are part of the name the way "Lord" is for a peer: "Prince Charles", "Queen Rania",
# "King Abdullah". Read as a title, "Charles" would merge with any Charles the article names.
ROYAL_STYLES = frozenset("prince princess king queen".split())


def _royal(m: Mention) -> Mention:
    if not (m.honorific and m.honorific.lower() in ROYAL_STYLES):
        return m
    # "Prince Charles", "Crown Prince Frederik", "Foreign minister Prince Saud Al-Faisal": the style is
    # part of the name (and stays in the title that describes them)
    crown = ("Crown",) if (m.title or "").split()[-2:-1] == ["Crown"] else ()
    return replace(m, tokens=(*crown, m.honorific, *m.tokens), honorific=None, evidence="title")


_SHARED_STYLE = re.compile(
    rf"\b(?P<style>Princes|Princesses|Kings|Queens)\s+(?P<a>[{_UP}][{_LOW}]+)\s+(?:and|&)\s+(?P<b>[{_UP}][{_LOW}]+)\b"
)


def _with_shared_styles(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Princes William and Harry": a plural royal style makes each name that person's style and name."""
    found = []
    for f in _SHARED_STYLE.finditer(text):
        style = f["style"].removesuffix("es") if f["style"].endswith("sses") else f["style"].removesuffix("s")
        for g in ("a", "b"):
            found.append(Mention(f.start(g), f.end(g), (style, f[g]), None, None, None, None, "title"))
    return _replacing(mentions, found)


_SHARED_SURNAME = re.compile(
    rf"\b([{_UP}][{_LOW}]+)\s+(?:and|&)\s+(?=([{_UP}][{_LOW}]+)\s+((?:Mc|Mac|O')?[{_UP}][{_LOW}][\w'-]*))"
)


def _with_shared_surnames(text: str, mentions: list[Mention], names: dict[str, str]) -> list[Mention]:
    """ "David and Ed Mirvish", "Mike and Bob Bryan": two given names share the surname after the second,
    so the first is a person of that surname too. The role before the pair describes the first."""
    found = []
    for f in _SHARED_SURNAME.finditer(text):
        second = next((m for m in mentions if m.start == f.start(2) and len(m.tokens) == 2), None)
        # "Graham Henry and Steve Hansen", "Tote King and Manuel Millan": the first word ends a name
        inside = any(m.start < f.start(1) < m.end for m in mentions) or bool(
            re.search(r"[A-Z][\w'-]*\s+$", text[max(0, f.start(1) - 30) : f.start(1)])
        )
        # "Justin Timberlake, Jay-Z, Nelly and Robbie Williams": the last two of a list are two entries
        listed = bool(re.search(r",\s*$", text[max(0, f.start(1) - 3) : f.start(1)]))
        if f[1].lower() not in names or f[2].lower() not in names or second is None or inside or listed:
            continue
        pre = _description_before(text, f.start(1))
        title = clean_description(text[pre : f.start(1)].strip(" ,")) if pre is not None else None
        gender = names.get(f[1].lower())
        found.append(Mention(f.start(1), f.end(1), (f[1], f[3]), None, title, None, gender, "given-name"))
    return _replacing(mentions, found)


_NICKNAMED = re.compile(
    rf"\b([{_UP}][{_LOW}]+)\s+(['\"\u2018\u201c][{_UP}][\w.-]*['\"\u2019\u201d])\s+"
    rf"((?:Mc|Mac|O')?[{_UP}][{_LOW}][\w'-]*)"
)


def _with_nicknames(text: str, mentions: list[Mention], names: dict[str, str]) -> list[Mention]:
    """ "Brian 'Head' Welch", "Antonio "LA" Reid": a nickname in quotation marks between a given name and
    a surname is part of the name; the general rules read the two halves apart."""
    named = []
    for f in _NICKNAMED.finditer(text):
        if f.group(1).lower() not in names:
            continue
        # a nickname in single marks is printed as part of the name; one in double marks, as a quotation
        tokens = (f[1], f[3]) if f[2][0] in '"\u201c' else (f[1], f[2], f[3])
        surname = next((m for m in mentions if m.start == f.start(3)), None)
        title, desc = (surname.title, surname.description) if surname else (None, None)
        gender = names.get(f[1].lower())
        named.append(Mention(f.start(), f.end(), tokens, None, title, desc, gender, "given-name"))
    return _replacing(mentions, named)


def _replacing(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """`found` in place of whatever the general rules read inside their spans, in reading order."""
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start <= m.start < f.end for f in found)]
    return sorted(kept + found, key=lambda m: m.start)


def _with_team_sheet(text: str, mentions: list[Mention], in_sheet: bool) -> list[Mention]:
    """Add the players a team sheet lists; what the general rules read inside an item ("de Marigny")
    gives way to the item. A list of mostly places ("France, Germany, Italy, ...") is no sheet."""
    found = sheet_items(text, in_sheet=in_sheet)
    if 2 * sum(_is_non_person(list(tokens)) for _a, _b, tokens, _e in found) > len(found):
        return mentions  # places, not players; one "B Lima" among players is still a player
    return _replacing(mentions, [Mention(a, b, t, None, None, None, None, e) for a, b, t, e in found])


# a singular word for several people: "Ice skating duo Jayne Torvill and Christopher Dean"
_COLLECTIVES = frozenset({"duo", "trio"})


def _share_list_roles(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "referees Colin High and Steve Lander", "directors Ana Ruiz or Tom Hale": a plural role before a
    list describes every name in it."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        listed = _PLURAL_ROLE_BEFORE_LIST.search(text, max(0, m.start - 60), m.start)
        head = _low(listed.group("head")) if listed else ""
        if m.title is None and listed and not head.endswith("ss") and is_role_word(head[:-1]):
            # "three other ethnic minority MPs - Keith Vaz, Paul Boateng and Bernie Grant": the list's
            # plural role, after a dash or a colon, is the first name's title (and so the rest's)
            m = replace(m, title=listed.group("role"), evidence=m.evidence or "title")
        if (
            prev is not None
            and m.title is None
            and prev.title
            and (
                prev.title.split()[-1].endswith("s") and is_role_word(prev.title.split()[-1])
                or _low(prev.title.split()[-1]) in _COLLECTIVES
            )
            and re.fullmatch(
                r"(?:\s+(?:QC|KC|MP|Jr))?\s*(?:,|and|or|, and|, or|&)\s*"
                r"(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Lord|Lady)\.?\s+)?",
                text[prev.end : m.start],
            )
        ):
            m = replace(m, title=prev.title, evidence=m.evidence or "title")
        joined = prev is not None and re.fullmatch(r"\s*(?:,|and|, and)\s*", text[prev.end : m.start])
        if joined and prev.description and m.description is None and _plural_role(prev.description):
            # "Brando's co-stars from The Godfather, James Caan and Robert Duvall": both are co-stars
            m = replace(m, description=prev.description)
        elif (
            joined
            and text[prev.end : m.start].strip() == "and"
            and m.description
            and prev.description is None
            and _plural_role(m.description)
        ):
            # "Tim Bevan and Eric Fellner, the co-chairmen of Working Title": both are co-chairmen
            out[-1] = replace(prev, description=m.description)
        out.append(m)
    return out


_PLURAL_ROLE_BEFORE_LIST = re.compile(
    r"\b(?P<role>(?:[\w-]+\s+){0,3}(?P<head>[a-zA-Z][\w-]*s))\s+[-\u2013\u2014:]\s+$"
)


def _plural_role(description: str) -> bool:
    """Whether a description's head is a plural role: "the co-chairmen of Working Title", "co-stars"."""
    if len(description.split()) > 8 or not re.match(
        r"(?:the|both|his|her|their|its|[A-Z][\w&.-]*['\u2019]s)\s", description
    ):
        return False  # a role phrase opens on a determiner or an owner; other text is no apposition
    head = _head_before_preposition(description)
    low = _low(head)
    singular = low[:-3] + "man" if low.endswith("men") else low[:-1] if low.endswith("s") else ""
    return bool(singular) and is_role_word(singular) and singular != low


# words that end a firm's name (not "Show", "Award", "Party": people lend their names to those)
_FIRM_SUFFIXES = frozenset(
    """
shipping group holdings inc ltd llc plc corp corporation company co bank capital partners airlines airways
motors energy petroleum technologies systems investments associates industries enterprises logistics
""".split()
)


_FIRM_NAME = re.compile(r"((?:[A-Z][\w'-]*\s+){2,4})([A-Z][a-z]+)\b")


def without_organisation_names(paragraphs: list[str], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """'Al Dafna Shipping, a Doha-based group ... Al Dafna claims': a name the article also writes with an
    organisation's word after it is that organisation's name, wherever it stands alone."""
    names = {m.name for paragraph in mentions for m in paragraph if len(m.tokens) > 1}
    firms = {
        name
        for paragraph in paragraphs
        for firm in _FIRM_NAME.finditer(paragraph)
        if _low(firm.group(2)) in _FIRM_SUFFIXES
        for name in names
        if firm.group(1).rstrip().endswith(name)
    }
    if not firms:
        return mentions
    return [[m for m in paragraph if m.name not in firms] for paragraph in mentions]
