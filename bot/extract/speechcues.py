"""The cues attribution reads in a sentence: speech verbs, pronouns, the phrases that stand between a
speaker and the verb, and the patterns of news attribution ("according to", "is the view of", a dash
aside, a parenthetical source).

Pure data and pure predicates, no state: `attribution.Attributor` walks an article with them. They
live apart so that the discourse rules (who "he" is, which paragraph introduces a quotation) read
without pages of patterns in between.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import ROLE_MODIFIERS, SPEECH_VERBS, by_trait
from bot.extract.mentions import RANK_NUMERALS, is_role_word

WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")

AUX = frozenset(
    """
has had have also then later even once previously repeatedly again long ago began begun started kept
did does do
would will already to is be been being having alleged reportedly supposed thought known understood
was is were had just recently simply only further today yesterday earlier afterwards subsequently finally
meanwhile however too now instead though
""".split()
)

# "an Alan Shearer strike": an article before a name and a common noun after it
ATTRIBUTIVE = re.compile(r"\b(?:a|an|A|An) +\Z")

LOWER_WORD = re.compile(r"\s+[a-z]")

# What may stand between a name and its verb: "has", "KC", "of Kansas", "from Harwick City".
LINKING = re.compile(
    r"(?:\s*(?:KC|QC|MP|MEP|MSP|Jr\.?|Sr\.?|\d{1,3}|has|had|have|also|then|later|even|once|previously|already|"
    r"again|just|recently|[a-z]+ly|yesterday|today|earlier|(?:last|this)\s+(?:week|month|year|night)|"
    r"at the time|on\s+[A-Z][a-z]+day|,)\s*)*"
    r"(?:\s+(?:of|from|for|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}[A-Z][\w'!&-]*(?:\s+[A-Z][\w'!&-]*){0,3})?"
    r"(?:\s*(?:has|had|also|then|later|even|already|,))*\s*"
)

# the place a story was filed from, in capitals before its first words: "CLEVELAND\u2014", "TEHRAN (AP) -",
# "ALAMOSA, Colo. --" (with what may follow the dash)
DATELINE_OPENING = re.compile(
    r"[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+)*(?:,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)?\s*"
    r"(?:\([^)]{1,30}\)\s*)?[\u2014\u2013-](?:-?\s*)"
)

SCARE_CUES = re.compile(
    r"(?:so-called|so called|known as|nicknamed|dubbed|titled|entitled|branded as|billed as|termed|"
    r"the word|the term|the phrase|the slogan|the hashtag|chants? of|chanting|banners? reading|"
    r"signs? reading|slogan,?|motto,?|catchphrase,?|headlined?,?|tagline,?"
    r"|(?:slogan|motto|catchphrase|tagline|headline)s?\s+(?:will\s+be|is|was|reads?)\s*:?"
    # "what the industry calls", "what supporters call": a group's term (not "what he calls", his own)
    r"|what\s+(?!(?:he|she)\s)(?:the\s+|some\s+|many\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+"
    r"(?:calls?|called|terms?|termed|describes?\s+as|dubs?))\s*$",
    re.IGNORECASE,
)

# A work named right after its kind, in capitals: 'In the book, "Promises Kept Late,"', 'her single "Toxic"'
WORK_CUE = re.compile(
    r"\b(?:book|film|novel|memoir|album|single|song|musical|documentary|movie|poem|opera|sitcom),?\s*$"
)

# The last comma-separated segment of a phrase; commas inside numbers ("600,000") do not separate.
LAST_SEGMENT = re.compile(r",(?!\d{3})\s*((?:[^,]|,(?=\d{3}))+)$")

# '"instant decision" she said': a short subject and a speech verb right after the quotation
CLOSE_ATTRIBUTION = re.compile(
    r"[\s,]*(?:(?:he|she|(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'-]*)\s+(?:said|says|added|adds|told|wrote|writes|recalled)\b"
    r"|(?:said|says|added|adds)\s+(?:[a-z][\w-]*\s+){0,3}[A-Z])"
)

# the clause after a sentence's last comma ('..., a Labour backbencher has said.')
_LAST_CLAUSE = re.compile(r",\s*([^,;:\"\u201c\u201d]{2,100}?)[\s.!?\"'\u201d\u2019]*$")
_FINITE_SPEECH = frozenset(v for v in SPEECH_VERBS if not v.endswith("ing"))
_TOLD_WHOM = re.compile(r"(?:the|a|an|reporters|journalists|[A-Z][\w'-]*)\b")


def final_attribution(text: str, start: int, end: int) -> int | None:
    """Where the sentence ending at `end` opens its closing clause, when that clause names who said it.

    '... could confound predictions, Charles Kennedy has said.', '..., said PBS' Jacoba Atlas.' or
    '..., Mr Brown told the BBC.': news puts the source of a reported sentence last, and a partial
    quotation inside that sentence is the source's (the AP's and the BBC's style for paraphrase).
    """
    m = _LAST_CLAUSE.search(text, start, end)
    if not m:
        return None
    words = WORD.findall(m.group(1))
    if not words or len(words) > 10:
        return None
    if words[-1] in _FINITE_SPEECH and words[-1] != "told":
        return m.start(1)  # '..., the Liberal Democrat leader has said'
    if words[0] in _FINITE_SPEECH and any(_TOLD_WHOM.fullmatch(w) for w in words[1:4]):
        return m.start(1)  # '..., says the education watchdog', '..., says campaigner Dan Hobbs'
    for i, w in enumerate(words[1:-1], 1):
        if w == "told" and len(words) - i <= 6 and _TOLD_WHOM.match(words[i + 1]):
            return m.start(1)  # '..., Mr Brown told the BBC'
    return None


# Unnamed speakers and the gender their noun gives ("a spokeswoman said").
UNNAMED_GENDER = {
    "spokesman": "m",
    "spokeswoman": "f",
    "spokesperson": None,
    "official": None,
    "source": None,
    "aide": None,
    "insider": None,
    "man": "m",
    "woman": "f",
    "witness": None,
    "resident": None,
}

# Offices news names without an antecedent ("the prime minister said" in a story about someone else):
# who holds them is settled corpus-wide (Store.resolve_roles), not by salience.
OFFICES = frozenset(
    [
        "prime minister",
        "president",
        "premier",
        "chancellor",
        "pope",
        "supreme leader",
        "foreign minister",
        "mayor",
    ]
)

# Role nouns that say whether a man or a woman holds them.
ROLE_GENDER = {
    "actress": "f",
    "actor": "m",
    "chairwoman": "f",
    "chairman": "m",
    "businesswoman": "f",
    "businessman": "m",
    "sportswoman": "f",
    "sportsman": "m",
    "queen": "f",
    "king": "m",
    "princess": "f",
    "prince": "m",
    "mother": "f",
    "father": "m",
    "wife": "f",
    "husband": "m",
}

# A role, a comma, then the name (maybe after a title): "the committee chairman, MP Edward Leigh"
ROLE_THEN_NAME = re.compile(
    r"(?:one\s+of\s+)?(?:the|a|an|his|her|its|their)\s[^,;.]{1,60},\s*(?:[A-Z][\w.]*\s+){0,2}", re.I
)

BY_AGENT = re.compile(r"\s+by\s+")

PREPOSITION_LEFT = re.compile(
    r"(?i:\b(?:by|with|to|from|for|of|at|on|against|about|like|than|under|beside))\s+(?:[\w.'\u2019-]+\s+){0,4}$"
)

THEN_ROLE = re.compile(r"(?:\s+and\s+[A-Z][\w-]*)?(?:\s+[a-z][\w-]*){1,3}\s+(?:[A-Z][\w.]*\s+)?")

LEDE_PARAGRAPHS = 2

# "But", "However," ...: a connective before a sentence's subject
CONNECTIVE = re.compile(r"\s*(?:(?:but|and|so|yet|however|meanwhile|now|then|also)\b,?\s*)?", re.I)

# "it was Mr Milburn who took centre stage, speaking of": a cleft sentence's focus is its subject
CLEFT = re.compile(r"(?i:it)\s+(?:was|is|will\s+be)\s+(?=[A-Z])")

TRAILING_AUX = re.compile(
    r",?\s*(?:\b(?:has|had|have|also|then|later|already|repeatedly|previously|however|though|meanwhile|too"
    r"|nevertheless|nonetheless|afterwards|subsequently|earlier|again|now|still|first)\b,?\s*)+$"
)

# "Mr Kennedy went on to suggest", "Mr Kennedy used a speech to say": a verb that hands its subject on
CONTROL_TO = re.compile(
    r"\s+(?:went|goes|go|continued|continues|wants|wanted|hopes|hoped|plans|planned|used|uses|tried|tries"
    r"|decided|seemed|seems|appeared|agreed|refused|took|takes|is|was|are|were)(?:\s+(?:on|set|due|expected))?"
    r"(?:\s+(?:a|an|the|his|her|their|this))?(?:\s+[a-z]+){0,2}\s+to$"
)

REPORTING_VERBS = frozenset(
    "said says told tells added adds claimed claims insisted insists argued argues".split()
)

PARENTHETICAL_SOURCE = re.compile(
    r",\s*((?:he|she|(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'-]*))\s+(?:said|says|claimed|claims|added|adds|argued|argues"
    r"|insisted|insists|believes|believed|warned|warns|suggested|suggests|explained|explains|stressed|stresses"
    r"|noted|notes|admitted|admits)\s*,"
)

SPEAKER_LABEL = re.compile(r"[\s\-\u2013\u2014\u2022*]*(?:[\w'.&-]+\s+){0,6}[\w'.-]+\s*:\s*")

# a hyphen inside a word ("the 25-year-old") is no dash
DASH_ASIDE = re.compile(r"\s[-\u2013\u2014]\s(?:(?!\s[-\u2013\u2014]\s).){1,120}$")

# Nouns for what someone else asserts: words quoted after them are that someone's
CLAIM_NOUNS = r"claims?|suggestions?|allegations?|accusations?"
REPORTED_CLAIM = re.compile(
    rf"\b(?:(?:{CLAIM_NOUNS}|reports?|rumours?|speculation)\s+(?:that|of)|calls\s+(?:to|for))\b"
)

PASSIVE = re.compile(r"\b(?:been|was|were|is|are|being|be)\s+(?:\w+ly\s+)?$")

DEFINITE_ROLE = re.compile(
    r"(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+){0,3}?([a-z][\w-]*)"
    r"(?=\s+(?:[a-z]+ly\s+)?(?:has|had|also|is|was|[a-z]+s|[a-z]+ed)\b)"  # "The actor repeatedly refused"
)
# its twin for a capitalised head, a people's name: "The Argentine had stoked up the temperature"
DEFINITE_TRAIT = re.compile(
    r"[Tt]he\s+(?:[\w-]+\s+){0,2}?([A-Z][\w-]*)(?=\s+(?:[a-z]+ly\s+)?(?:has|had|also|is|was|[a-z]+s|[a-z]{3,}ed)\b)"
)

COORDINATED = re.compile(r"\b(?:and|but)(?:\s+(?:has|had|have|also|then|later|even|once))*$")

TITLE_FILLERS = frozenset("the a an former new then acting deputy shadow chief vice of s".split())

SENTENCE_START = re.compile(r"(?:^|[.!?][\"'\u201d\u2019]?\s+)\s*$")

QUOTE_THEN_SUBJECT = re.compile(r"[\"\u201d],?\s+(?:the|a|an|its|his|her|their)\s+[a-z][\w-]*\s+$")

POSSESSIVE = re.compile(r"['\u2019]s?\s")

SENTENCE_BREAK = re.compile(r"[.;:!?\"\u201c\u201d]")

# a common noun, then a preposition, right before a name: the name is that noun's complement
PREPOSITION_BEFORE = re.compile(
    r"\b[a-z][\w-]*\s+(?:for|of|to|at|from|with|on|about)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,3}$"
)

# '"Oh no, don't," came the response.': an answer with no named source
UNSOURCED_ANSWER = re.compile(
    r"[\s,]*came\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:response|reply|answer|retort|cry|shout)\b(?!\s+(?:of|from)\b)"
)

VIEW_OF = re.compile(
    r"[\s,]*(?:is|was|came)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:assessment|view|verdict|opinion|message|"
    r"response|reaction|warning|comment|conclusion|advice|words|promise|pledge|plea|prediction)\s+(?:of|from)\s+"
)

QUOTED_AS_SAYING = re.compile(r"\bquoted\s+(.{2,90}?)\s+as\s+say(?:ing)?\b")

# "according to X", "in the words of X": the source follows the phrase
ACCORDING = re.compile(r"\b(?:according to|in the words of)\b", re.IGNORECASE)

PRONOUNS = {"he": "m", "she": "f"}

PRONOUN_RE = re.compile(r"\b(?:he|she|He|She)\b")

GROUP_PRONOUNS = frozenset({"they", "we", "i", "it", "you"})

_KIN_SUBJECT = re.compile(
    r"\s*((?:His|Her)\s+(?:husband|wife|son|daughter|father|mother|brother|sister))"
    r"(?=\s*(?:,[^,.]{1,60},)?\s+[a-z]{3,}(?:s|ed)?\b)"
)
ROLE_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|However|Meanwhile|Now|Earlier|Later),?\s+)?"
    # an opening phrase may come first: "The previous day, the Olympic champion went down"
    r"(?:[A-Z][\w'-]*(?:\s+[\w'-]+){0,4},\s+)?((?:[Tt]he|This|A|An|Our)\s+(?:[\w'-]+\s+){0,3}?[\w-]+)"
    # (an adverb may stand before the verb: "The Scot initially defended Beattie")
    r"(?=\s+(?:[a-z]{3,}ly\s+)?(?:has|had|also|is|was|[a-z]+s|[a-z]{3,}ed|lost|won|beat|made|took|gave|went|came|left|saw|got|held"
    r"|ran|led|hit|set|put|kept|met|paid|sold|spent|felt|began|became|wrote|told|said)\b"
    # (or a relative clause may: "The seventh seed, who has never gone beyond the quarter-finals, is")
    r"|,\s+who\b)"
)


# Words of titles that name a department or qualify the role after them, never a person alone: "the
# Treasury dismissed the research" is no treasurer speaking
_QUALIFYING_TITLE_WORDS = ROLE_MODIFIERS | frozenset(
    """
foreign home health defence defense trade industry culture education transport environment finance economy
interior treasury shadow supreme managing first state
""".split()
)


def one_role(head: str) -> bool:
    """A singular role noun: "the minister", "a spokesman" (not "officials", nor "the Treasury")."""
    # ("boss", "actress", "hostess" end in "s" and are singular)
    plural = head.endswith("s") and not head.endswith("ss")
    return is_role_word(head) and not plural and head.lower() not in _QUALIFYING_TITLE_WORDS


# "..., the Tory leader said." / "..., said the Tory leader.": a description as the source of a report
REPORTING_ROLE = re.compile(
    r",\s+(?:((?:the|this)\s+(?:[\w'-]+\s+){0,3}?[\w-]+)\s+(?:said|says|added|adds|argued|claimed|insisted)"
    r"|(?:said|says|added|adds)\s+((?:the|this)\s+(?:[\w'-]+\s+){0,3}?[\w-]+))\s*[.,;]"
)


# "A spokesman for the Association of ... said", "one dealer, who asked not to be named, told": an
# unnamed source who opens a report, whom a following "he said" may continue
_ANONYMOUS_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|However|Meanwhile),?\s+)?((?:[Aa]n?|[Oo]ne)\s+(?:[\w'-]+\s+){0,2}?([a-z][\w-]*))"
    r"(?:\s+(?:at|of|with|for|from|in)\s+[^,]{1,60})?,\s+who\s+"
    r"(?:declined|asked|refused|did not want|requested)\s+(?:not\s+)?"
    r"(?:to\s+be\s+(?:named|identified)|anonymity)"
)
UNNAMED_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|However|Meanwhile|Later|Earlier),?\s+)?"
    # a time or place first: "On Monday, Tony Blair's official spokesman declined" (not a name and its
    # apposition: "John Connors, Microsoft's chief financial officer said")
    r"(?:(?:On|In|At|After|Before|During|Last|Earlier|Later|Yesterday|Today|Speaking)\b[^,\"\u201c]{0,40},\s+)?"
    # "A spokesman", "One official", "Tony Blair's official spokesman": someone the story does not name
    r"((?:[Aa]n?|[Oo]ne|(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w-]*['\u2019]s)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:spokesman|spokeswoman|spokesperson|official|source|aide"
    r"|insider|dealer|trader|diplomat|resident|witness|officer))\b"
)


_NAMED_APPOSITION = re.compile(r",\s*(?:[A-Z][\w'.-]*\s+){1,3}[A-Z][\w'-]*\s*,?\s*$")


def role_subjects(
    paragraphs: list[str], sentences: list[list[tuple[int, int]]]
) -> list[tuple[int, int, str]]:
    """Descriptions that stand for a person, as (paragraph, position, phrase): antecedents for a later
    pronoun, like names. Either the subject of a sentence ("The 21-year-old missed ...", "The Tory
    leader argued ...") or the source that closes a report ("..., the Tory leader said.")."""
    found = []
    for p, spans in enumerate(sentences):
        text = paragraphs[p]
        for s, e in spans:
            m = ROLE_SUBJECT.match(text, s, e)
            if m and not re.match(r"\s+(?:is|was)\s+[A-Z]", text[m.end(1) : m.end(1) + 40]):
                # (not "The musical's director is Matthew Warchus": there the name is the antecedent)
                found.append((p, m.start(1), m.group(1)))
            unnamed = UNNAMED_SUBJECT.match(text, s, e) if not m else None
            verbs = WORD.finditer(text, unnamed.end(), e) if unnamed else iter(())
            verb = next((w for w in verbs if is_speech_verb(w)), None)
            # (not "A spokesman for US Customs, Dean Boyd, said": the apposition names him)
            if verb and not _NAMED_APPOSITION.search(text, unnamed.end(), verb.start()):
                found.append((p, unnamed.start(1), unnamed.group(1)))
            anon = _ANONYMOUS_SUBJECT.match(text, s, e) if not m else None
            if anon and is_role_word(anon.group(2).lower()):
                # "An executive at one European major, who declined to be named, was blunter.": someone the
                # story will not name, whom a following "he said" continues
                found.append((p, anon.start(1), anon.group(1)))
            kin = _KIN_SUBJECT.match(text, s, e)
            if kin:
                # "Her husband, listening from the doorway, shook his head.": a relative who stands for a
                # person, as a name would, for the "he said" that follows
                found.append((p, kin.start(1), kin.group(1)))
            for r in REPORTING_ROLE.finditer(text, s, e):
                g = 1 if r.group(1) else 2
                found.append((p, r.start(g), r.group(g)))
    return [(p, at, phrase) for p, at, phrase in found if _stands_for_person(phrase)]


def _stands_for_person(phrase: str) -> bool:
    raw = WORD.findall(phrase)
    words = [w.lower() for w in raw]
    if len(raw) > 1 and raw[-1][:1].isupper() and not by_trait(words[-1]) and not by_trait_phrase(phrase):
        return False  # "The younger Strickler": a name, which the mentions already hold
    return by_trait_phrase(phrase) or one_role(words[-1]) or is_ranking(words)


def by_trait_phrase(phrase: str) -> bool:
    """A description that picks a person out by age or origin: "the 45-year-old", "the American", and
    a man or woman named by their home town ("says the Waterford man", "the Glasgow-born woman")."""
    words = WORD.findall(phrase)
    if not words:
        return False
    if by_trait(words[-1].lower()):
        return True
    return (
        len(words) >= 2
        and words[-1].lower() in ("man", "woman")
        and words[-2][:1].isupper()
        and words[-2].lower() not in ("the", "a", "an", "this", "that")
    )


def is_ranking(words: list[str]) -> bool:
    """Whether a phrase ends on a ranking, which picks out one player: "the world number one"."""
    return len(words) >= 2 and words[-2] == "number" and (words[-1] in RANK_NUMERALS or words[-1].isdigit())


# Verb forms that are more often nouns ("the extra demand", "rogue states").
NOUN_LIKE = frozenset(
    "states claims reports comments remarks calls demand demands notes answers pledges vows promises cries "
    "laughs quotes points tweets replies continues".split()
)

_CALL_NOUN = re.compile(r"\b(?:a|an|the|his|her|their|its|this|that|one|every)\s+(?:[\w-]+\s+){1,2}$", re.I)

# What stands before a verb's bare form: "to state", "will state", "they state"
_BEFORE_BARE_VERB = re.compile(
    r"\b(?:to|will|would|shall|should|could|can|may|might|must|do|does|did|they|we|i|you|not)\s+$", re.I
)

DETERMINERS = re.compile(
    r"\b(?:the|a|an|his|her|their|its|these|those|this|that|such|our|my|your|of|whose)\s+$", re.I
)


def noun_phrase(words: list[str]) -> str:
    """The noun phrase a subject ends with: from its last determiner ("a spokesman for the BSA")."""
    tail = words[-8:]
    for k in range(len(tail) - 1, -1, -1):
        if tail[k].lower() in ("a", "an", "the", "this", "that") and (
            k == 0 or tail[k - 1].lower() not in ("for", "of")
        ):
            return " ".join(tail[k:])
    # "Meanwhile, France's finance minister": an owner opens the phrase as a determiner would
    owner = next((k for k, w in enumerate(tail) if w.endswith(("'s", "\u2019s")) and w[:1].isupper()), None)
    if owner is not None:
        return " ".join(tail[owner:])
    return " ".join(tail[-4:])


ASPECT_AFTER = re.compile(r"\s+(?:to\s|\w+ing\b)")

# A sentence that ends on a name: "... done by the company's research director Dr Alastair Sibbald."
ENDS_ON_AGENT = re.compile(
    r"\b(?:by|from|with|to)\s+(?:[\w'\u2019-]+\s+){0,5}?(?:[A-Z][\w'.-]*\s*){1,4}[.:]?\s*$"
)

# A finite verb right after a subject: "Federer addressed", "Brown says", "she told"
CLAUSE_VERB = re.compile(
    r"\s+(?:has\s+|had\s+|also\s+|then\s+)?(?:[a-z]+ed|said|told|says|spoke|wrote|went)\b"
)

# A verb that asks its object to do something: "urged the chancellor to", "challenged him to"
OBJECT_CONTROL = re.compile(
    r"\b(?:urg|ask|challeng|call(?:ed|s|ing)? on|press|invit|encourag|dar|beg|implor)\w*\s+"
    r"(?:[\w'\u2019-]+\s+){1,4}?to\s+$"
)


def is_speech_verb(word: re.Match[str]) -> bool:
    """A speech verb as written in lower case, or a phrasal one ("points out", "went on:").

    After a determiner the word is a noun ("the claims were", "his remarks"), not a verb.
    """
    w = word.group(0)
    if w in ("Said", "Says", "Added", "Adds") and SENTENCE_START.search(word.string, 0, word.start()):
        return True  # 'Said Wales coach Scott Johnson: "..."': the verb opens its sentence
    if DETERMINERS.search(word.string, max(0, word.start() - 8), word.start()):
        return False
    if w == "state" and not _BEFORE_BARE_VERB.search(word.string, max(0, word.start() - 12), word.start()):
        return False  # "told Iranian state television", "a state visit": the noun; "will state" is the verb
    if w == "call" and _CALL_NOUN.search(word.string, max(0, word.start() - 30), word.start()):
        return False  # "during a rare phone call", "on a private call": a noun with its modifier
    if w.startswith("continu") and ASPECT_AFTER.match(word.string, word.end()):
        return False  # "promised to continue to ensure", "continues working": an aspect, not speech
    if OBJECT_CONTROL.search(word.string, max(0, word.start() - 60), word.start()):
        return False  # "He urged the chancellor to admit ...": asked to speak, the object has not spoken
    if w in NOUN_LIKE:
        # "rogue states", "the claims": only a verb right after its subject ("Mr Blair claims", "she notes")
        before = word.string[max(0, word.start() - 40) : word.start()]
        if QUOTE_THEN_SUBJECT.search(before):
            return True  # '"...," the lawsuit states': a short subject between the quotation and the word
        if before.rstrip()[-1:] in ('"', "\u201d", "'", "\u2019", ","):
            return w != "states" or word.string.startswith(" out", word.end())  # '"...," points out X'
        prev = WORD.findall(before)
        if prev and prev[-1].endswith(("'s", "\u2019s")):
            return False  # "Lord Butler's comments were": a possessive makes it a noun
        return bool(prev) and (prev[-1][0].isupper() or prev[-1].lower() in PRONOUNS or prev[-1] in AUX)
    if w in SPEECH_VERBS:
        return True
    if w in ("went", "goes", "go") and re.match(r" on\s*[:,]", word.string[word.end() : word.end() + 6]):
        return True  # 'The Tory leader went on: "..."'
    if w in ("put", "puts") and re.match(r" it\b", word.string[word.end() : word.end() + 4]):
        return True  # 'As al-Mubarak put it, "..."', 'as one analyst puts it'
    return w in ("point", "points", "pointed") and word.string.startswith(" out", word.end())


def is_description(segment: str) -> bool:
    """An apposition: a determiner or a role word opens it ("a prospective candidate", "president of ...")."""
    first = segment.split()[:3]
    if first and first[0][:1].isupper() and any(w.islower() and is_role_word(w) for w in first[1:]):
        return True  # "IBM senior vice president": an organisation, then the role
    if not first or not first[0].islower() or first[0] in ("but", "and", "or", "while", "as", "so"):
        return False
    return first[0] in ("a", "an", "the") or any(w.islower() and is_role_word(w) for w in first)
