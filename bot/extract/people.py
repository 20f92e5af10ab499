"""The people of one article: mentions grouped into persons, each with a canonical full name.

Following the name-merging rules of the Gender Gap Tracker: a full name ("Ellen Okafor") opens a
person; a later surname, with or without an honorific or title ("Okafor", "Ms. Okafor",
"President Okafor"), joins the most recent person with that surname, so two people who share a
surname stay apart as long as the text names them in full. A surname with an honorific and no
full name anywhere in the article ("Mr. Hart") still makes a person; the corpus index later
merges it with a full name from another article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz.distance import OSA

from bot.extract.lexicon import (
    COUNTRIES_AND_PLACES,
    FORMS_OF_ADDRESS,
    NON_PERSON_WORDS,
    PARTY_WORDS,
    PEERAGE,
    SPEECH_VERBS,
    census_surnames,
    given_names,
    is_common_word,
    surname_of_tokens,
)
from bot.extract.mentions import (
    GENERATION_WORDS,
    ROYAL_STYLES,
    Mention,
    census_name,
    is_role_word,
    kin_of_someone,
    names_kin_or_role,
    unknown_word,
)
from bot.extract.mentions import HONORIFICS as HONORIFIC_WORDS


@dataclass
class Entity:
    """A person as the article refers to them, built up mention by mention."""

    key: int
    name: str
    gender: str | None = None
    aliases: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    first_pos: tuple[int, int] = (0, 0)
    listed: bool = False  # named by a team sheet: a person although only a surname is printed

    @property
    def surname(self) -> str:
        return surname_of_tokens(self.name.split())

    def add_alias(self, alias: str) -> None:
        alias = alias.strip()
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def add_description(self, desc: str | None) -> None:
        if not desc:
            return
        desc = re.sub(r"\s+", " ", desc).strip(" ,;")
        low = desc.lower()
        if low in {"mr", "mr.", "mrs", "ms", "dr", "dr.", "the"}:
            return
        if any(low == d.lower() for d in self.descriptions):
            return
        self.descriptions.append(desc)


_QUALIFIERS = frozenset("deputy vice former shadow assistant ex junior acting late then associate".split())
# the kin nouns of a parent: "Kaveh's father", "her grandmother"
_PARENT = re.compile(r"\b(?:father|mother|grandfather|grandmother|dad|mum|mom)\b", re.IGNORECASE)


def describes(description: str, role: str) -> bool:
    """Whether a description makes someone "the <role>": "UK Prime Minister" is the prime minister,
    "Deputy Prime Minister" and "former prime minister" are not."""
    words = re.findall(r"[a-z][\w'-]*", description.lower())
    target = role.lower().split()
    n = len(target)
    for k in range(len(words) - n + 1):
        after = words[k + n] if k + n < len(words) else ""
        # "Regent Street Association director" is no association: a role word after the match is the head
        if words[k : k + n] == target and (k == 0 or words[k - 1] not in _QUALIFIERS) and not (
            after and is_role_word(after)
        ):
            return True
    return False


_NOT_FOLDED = re.compile(r"[^a-z\u00e0-\u00ff ]")


@lru_cache(maxsize=8192)
def _fold(name: str) -> str:
    return _NOT_FOLDED.sub("", name.lower().replace("-", " "))


@lru_cache(maxsize=8192)
def _fold_each(name: str) -> tuple[str, ...]:
    """Each word of a name folded, as written ("Al-Mutairi" stays one word)."""
    return tuple(_fold(t) for t in name.split())


@dataclass
class PeopleIndex:
    """Entities of one article and which entity each mention refers to."""

    entities: list[Entity]
    by_mention: dict[tuple[int, int], int]  # (paragraph, mention start) -> entity key

    def entity(self, key: int) -> Entity:
        return self.entities[key]


def _compatible(ent: Entity, gender: str | None) -> bool:
    return gender is None or ent.gender is None or ent.gender == gender


_STYLED = frozenset({"Sir", "Dame", "Lord", "Lady", "Baroness", "Baron"})


def _role_words(description: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][\w-]*", description.lower()) if is_role_word(w)}


def _initials(description: str) -> str:
    """"Deputy Public Prosecutor" -> "DPP": the capitals that open a title's words."""
    return "".join(w[0] for w in description.split() if w[:1].isupper())


def _resolve_single(
    m: Mention,
    entities: list[Entity],
    recency: dict[int, tuple[int, int]],
    counts: dict[int, int],
    full_first: dict[str, tuple[int, int]],
    quoted_full: set[str],
    mentions: list[list[Mention]],
) -> Entity | None:
    """The person a one-word mention refers to: "Okafor", "Ms Varga", "Sir Graham", "Jonny".

    The most recently mentioned person with that surname and a compatible gender wins, so
    "Ms Lindqvist" finds Marta even just after her husband Jonas was named. Failing a surname, a
    given name shared by exactly one person ("Sir Graham" for Graham Hartley). Failing both, a full
    name that the article gives later; an Entity with key -1 stands for that not-yet-created person.
    """
    word = _fold(m.surname)
    # the most talked-about bearer of the surname first ("Mr Fenton" is the baker, not the grandfather
    # named once), then one the article did not bring in as someone's relative ('"...," Ochoa says' is
    # Danielle Ochoa, not "her husband, Marco"), then the most recent
    by_recency = sorted(
        entities,
        key=lambda e: (
            counts.get(e.key, 0),
            not any(kin_of_someone(d) for d in e.descriptions),
            recency.get(e.key, e.first_pos),
        ),
        reverse=True,
    )
    plain = m.honorific is not None and _fold(m.honorific).rstrip(".") in ("mr", "mrs", "ms", "miss")
    same = [e for e in entities if _fold(e.surname) == word and len(e.name.split()) > 1]
    roles = _role_words(m.description or "")
    if len(same) > 1 and roles:
        # "Mr. Stern, the company's president" after "His son, Jonathan Stern, ... became the company's
        # president": the bearer of the surname whom the article already gave that role
        holders = [e for e in same if any(roles & _role_words(d) for d in e.descriptions)]
        if len(holders) == 1 and _compatible(holders[0], m.gender):
            return holders[0]
    if len(same) > 1 and m.title and re.fullmatch(r"[A-Z]{2,5}", m.title):
        # "DPP Tan" after "Deputy Public Prosecutor Kenneth Tan" and the accused Tan Siew Ling: an office's
        # initials pick the bearer the article gave that office
        holders = [e for e in same if any(_initials(d) == m.title for d in e.descriptions)]
        if len(holders) == 1:
            return holders[0]
    if m.title in GENERATION_WORDS and len(same) > 1:
        # "the younger Strickler" after Clayton Strickler and "his son, Jody Strickler": news brings in
        # the parent first and the child as the parent's relative, so the younger is the later one
        order = sorted(same, key=lambda e: e.first_pos)
        # (unless a description says who is whose parent: "Kaveh's father, Morteza Golbahar" came later)
        elders = [e for e in same if any(kin_of_someone(d) and _PARENT.search(d) for d in e.descriptions)]
        if len(elders) == 1:
            rest = [e for e in order if e is not elders[0]]
            return rest[-1] if m.title == "younger" else elders[0]
        return order[-1] if m.title == "younger" else order[0]
    for ent in by_recency:
        if _fold(ent.surname) == word and len(ent.name.split()) >= 1 and _compatible(ent, m.gender):
            if plain and any(a.split()[0] in _STYLED for a in ent.aliases):
                continue  # "Mr Blair" is not Sir Ian Blair: a knight or a peer is never plain "Mr"
            return ent
    # "Mido" for Ahmed 'Mido' Hossam: a nickname or middle name shared by exactly one person
    middles = [e for e in entities if word in _fold(e.name).split()[1:-1] and _compatible(e, m.gender)]
    if len(middles) == 1:
        return middles[0]
    firsts = [e for e in entities if len(e.name.split()) > 1 and _fold(e.name.split()[0]) == word]
    firsts = [e for e in firsts if _compatible(e, m.gender)]
    # "Mr Howard" is a surname even when a Howard Flight is named; only "Sir"/"Dame" go by given name, and
    # "Mr" before a given name that no census family bears ("Mr Wiwat" for Wiwat Sukkasem: Thai usage)
    by_given_name = (
        m.honorific is None
        or _fold(m.honorific).rstrip(".") in ("sir", "dame")
        or word not in census_surnames() and word not in given_names()
    )
    # "Mr Goh" for Goh Beng Huat: a name in family-name-first order, whose last word no census family
    # bears, is addressed by its first
    family_first = (
        len(firsts) == 1
        and len(firsts[0].name.split()) == 3
        and word in census_surnames()
        and any(_fold(w) not in census_surnames() for w in firsts[0].name.split()[1:])
    )
    if len(firsts) == 1 and (by_given_name or family_first):
        return firsts[0]
    later = [n for n in full_first if n.split()[-1] == word] + [
        n for n in quoted_full if n.split()[-1] == word
    ]
    if not later and by_given_name:
        # "His wife Sharon ..." before "Sharon Osbourne" is named in full; but "Mr Howard's ... his son
        # Nick" is not the "Nick Vaughan" quoted later: kin share the family name the paragraph gives
        by_given = [n for n in full_first if n.split()[0] == word]
        later = by_given if len(by_given) == 1 else []
        if later and any(d and names_kin_or_role(d) for d in (m.title, m.description)):
            here = next((i for i, para in enumerate(mentions) if any(mm is m for mm in para)), None)
            near = mentions[max(0, here - 1) : here + 1] if here is not None else []
            family = {_fold(mm.surname) for para in near for mm in para}
            if later[0].split()[-1] not in family:
                later = []
    if later:
        name = next(mm.name for para in mentions for mm in para if _fold(mm.name) == later[0])
        existing = [e for e in entities if _fold(e.name) == later[0]]
        return existing[0] if existing else Entity(-1, name)
    # "Mr Montieth" after "David Monteith": a surname one slip (a letter changed, added, dropped or two
    # swapped) from exactly one person's is that person misspelt. Short names are too close to others.
    near = [
        e
        for e in entities
        if len(word) >= 5
        and m.evidence != "listed"  # a team sheet prints its own spelling: "Browne" is not "Brown"
        and len(e.name.split()) > 1
        and _fold(e.surname)[:1] == word[:1]
        and OSA.distance(_fold(e.surname), word) == 1
        and _compatible(e, m.gender)
    ]
    return near[0] if len({e.key for e in near}) == 1 else None


def _spelled_out(
    m: Mention, full_first: dict[str, tuple[int, int]], mentions: list[list[Mention]]
) -> Mention:
    """A team sheet's "M Stevens" is the article's "Matt Stevens" when the initial and surname agree."""
    initial, surname = m.tokens[0], _fold(m.surname)
    for name in full_first:
        words = name.split()
        spelled = len(words) > 1 and len(words[0]) > 2
        if spelled and words[-1] == surname and words[0][0] == initial[0].lower():
            full = next(mm for para in mentions for mm in para if _fold(mm.name) == name)
            return replace(m, tokens=full.tokens)
    return m


_JUDGE_STYLE = re.compile(r"(?:Lord\s+)?Justice$")

# How an article refers back to a person by surname alone: with a title, or as one who speaks
_REFERS_AS_PERSON = ("title", "surname?speaker", "speaker")


def _confirm_unvouched(mentions: list[list[Mention]]) -> list[list[Mention]]:
    """Keep an unconfirmed name ("Lleyton Hewitt") when the article refers back to its surname the way
    it refers to people: with an honorific or title ("Mr Hewitt") or as a speaker ("said Hewitt").
    The others (a product, a show, a team) are dropped."""
    vouched = {
        _fold(m.surname)
        for paragraph in mentions
        for m in paragraph
        if len(m.tokens) == 1 and (m.honorific or m.evidence.startswith(_REFERS_AS_PERSON))
    }
    bare = {_fold(m.surname) for paragraph in mentions for m in paragraph if len(m.tokens) == 1}
    return [
        [
            replace(m, evidence="vouched") if m.evidence == "unconfirmed" else m
            for m in paragraph
            if m.evidence != "unconfirmed"
            or _fold(m.surname) in vouched
            or (census_name(m.tokens) and _fold(m.surname) in bare and not is_common_word(m.surname))
        ]
        for paragraph in mentions
    ]


_PERSONAL = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_IMPERSONAL = re.compile(r"\b(?:it|its|they|their)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[\"\u201c][^\"\u201d]*[\"\u201d]?")
_NEXT_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")


def vouch_recurring_speakers(paragraphs: list[str], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """A lone name that speaks again and again and is "he" or "she" afterwards is a person.

    Interviews name their subject once in the headline and then only as "Parry said", "Parry
    explained": no full name, no honorific. Organisations speak the same way ("Yukos said"), so
    the pronouns decide: after a person's name the next clause says "he" or "she", after a firm's
    "it" or "they". A word that opens a longer capitalised name anywhere ("Merrill" of "Merrill
    Lynch") is part of an organisation's name.
    """
    speaking: dict[str, int] = {}
    for paragraph in mentions:
        for m in paragraph:
            if len(m.tokens) == 1 and m.evidence == "surname?speaker":
                speaking[m.surname] = speaking.get(m.surname, 0) + 1
    candidates = {w for w, n in speaking.items() if n >= 1 and not w.isupper()}
    whole = "\n".join(paragraphs)
    vouched = {
        w
        for w in _speaking_of_themselves(paragraphs, mentions) | _reported_as_he_or_she(speaking, paragraphs)
        if not w.isupper()
        and not _opens_longer_name(w, whole)
        and not _ends_longer_name(w, whole)
        # "Hitachi's Mechanical Engineering Research Laboratory": a firm owns named things
        and not _owns_named(w, whole)
    }
    for word in candidates - vouched:
        if _opens_longer_name(word, whole) or _ends_longer_name(word, whole):
            continue
        personal = impersonal = 0
        for at, before, after in _whole_word(word, whole):
            end = at + len(word)
            if not (before and after) or whole[end : end + 1] in ("'", "\u2019"):
                continue
            rest, *following = _NEXT_SENTENCE.split(whole[end : end + 200], maxsplit=1)
            rest = _QUOTED.sub("", rest.split("\n", 1)[0])
            opening = following[0][:12] if following else ""
            personal += bool(_PERSONAL.search(rest)) + bool(re.match(r"(?:He|She)\b", opening))
            impersonal += bool(_IMPERSONAL.search(rest)) + bool(re.match(r"(?:It|They)\b", opening))
        if personal >= 2 and personal > impersonal:
            vouched.add(word)
    if not vouched:
        return mentions
    return [
        [
            replace(m, evidence="speaker") if len(m.tokens) == 1 and m.surname in vouched else m
            for m in paragraph
        ]
        for paragraph in mentions
    ]


_REPORTED_VERBS = "|".join(sorted(w for w in SPEECH_VERBS if w.endswith(("s", "ed", "id", "ld", "lt"))))
_HE_OR_SHE = re.compile(rf"\s+(?:{_REPORTED_VERBS})\s+(?:that\s+)?(?:he|she)\b")


def _reported_as_he_or_she(speaking: dict[str, int], paragraphs: list[str]) -> set[str]:
    """Lone names whose reported speech calls them "he" or "she": "Safin said he was trying to keep his
    temper", "Federer admitted he was under pressure". A firm or a body says "it" or "they" ("Yukos
    said it would appeal"), and a body that speaks about someone else ("Police said he had been
    arrested") is a plural or an organisation's word, which the mention rules already keep apart."""
    words = {
        w
        for w in speaking
        if not w.isupper() and w.lower() not in NON_PERSON_WORDS and w.lower() not in PARTY_WORDS
    }
    found = set()
    for text in paragraphs:
        for said in _HE_OR_SHE.finditer(text):
            lead = text[: said.start()]
            for word in words - found:
                # "I'Anson said she was": the word is the tail of a name the mention rules did not take whole
                ahead = lead[-len(word) - 1 : -len(word)] or " "
                if lead.endswith(word) and not _is_word_char(ahead, "'\u2019"):
                    found.add(word)
    return found


def _is_word_char(c: str, also: str = "") -> bool:
    """What regular expressions call a word character (\\w), or one of `also`."""
    return c.isalnum() or c == "_" or c in also


def _whole_word(word: str, text: str) -> Iterator[tuple[int, bool, bool]]:
    """Each place `word` stands in `text`, with whether a word boundary comes before and after it.

    Plain string search: these rules ask it of every lone name of every article, and a pattern
    compiled per name cost more than the rest of the rules that use it."""
    n, k = len(text), len(word)
    at = text.find(word)
    while at != -1:
        before = at == 0 or not _is_word_char(text[at - 1])
        after = at + k == n or not _is_word_char(text[at + k])
        yield at, before, after
        at = text.find(word, at + 1)


def _ends_longer_name(word: str, text: str) -> bool:
    """"the Archbishop of Canterbury", "Lord Roberts of Conwy", "50 Cent", "the ex-Wallaby", "Lisa
    I'Anson": a word that ends a longer name is no one's name alone."""
    for at, _before, after in _whole_word(word, text):
        if not after or at == 0:
            continue
        prev = text[at - 1]
        if prev == "-" or (prev in "'\u2019" and at >= 2 and _is_word_char(text[at - 2])):
            return True
        gap = at
        while gap > 0 and text[gap - 1].isspace():
            gap -= 1
        if gap < at and gap > 0:
            lead = text[:gap]
            if lead[-1].isdecimal():
                return True
            for joint in ("of", "the", "The"):
                ahead = lead[-len(joint) - 1 : -len(joint)] or " "
                if lead.endswith(joint) and not _is_word_char(ahead):
                    return True
    return False


def _opens_longer_name(word: str, text: str) -> bool:
    """"Merrill" of "Merrill Lynch": a word that opens a longer capitalised name is part of that name."""
    places = _whole_word(word, text)
    return any(before and _CAPITAL_AFTER_SPACE.match(text, at + len(word)) for at, before, _after in places)


def _owns_named(word: str, text: str) -> bool:
    """"Hitachi's Mechanical Engineering Research Laboratory": a word that owns a named thing."""
    places = _whole_word(word, text)
    return any(before and _OWNS_NAMED.match(text, at + len(word)) for at, before, _after in places)


_OWNS_NAMED = re.compile(r"['\u2019]s\s+[A-Z]")
_CAPITAL_AFTER_SPACE = re.compile(r"\s+[A-Z]")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|my|me|myself)\b")
_QUOTE_SPAN = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{2,400})[\"\u201d]")


def _speaking_of_themselves(paragraphs: list[str], mentions: list[list[Mention]]) -> set[str]:
    """Lone names whose own words, right beside them, say "I": '"I didn't have a clue," said Idowu.'

    A firm or a team speaks as "we"; only a person says "I'm so happy", so one such quotation
    vouches for a name the lexicon does not know.
    """
    found = set()
    for text, paragraph in zip(paragraphs, mentions, strict=True):
        for m in paragraph:
            if len(m.tokens) != 1 or m.evidence != "surname?speaker":
                continue
            for q in _QUOTE_SPAN.finditer(text, max(0, m.start - 400), min(len(text), m.end + 400)):
                beside = 0 <= m.start - q.end() <= 40 or 0 <= q.start() - m.end <= 40
                if beside and _FIRST_PERSON.search(q.group(1)):
                    found.add(m.surname)
                    break
    return found


def describe_from_headline(title: str | None, mentions: list[list[Mention]], people: PeopleIndex) -> None:
    """"Chancellor rallies Labour voters" over "Gordon Brown has issued a rallying cry": a headline that
    opens on a role and a story that opens on a full name speak of one person, so the role describes
    them and a later "the chancellor said" resolves."""
    if not title or not mentions or not mentions[0]:
        return
    head = title.split()[0].strip(":,'\u2019")
    if not head[:1].isupper() or head.endswith("s") or _fold(head) in HONORIFIC_WORDS:
        return  # a plural or an honorific is no one's role
    if not is_role_word(head):
        return
    first = mentions[0][0]
    key = people.by_mention.get((0, first.start))
    if first.start == 0 and len(first.tokens) > 1 and key is not None:
        people.entity(key).add_description(head.lower())


# "Renfro told me she", "Alexis Whitfield said that he": a speaker's own pronoun in the clause they report
_OWN_PRONOUN = re.compile(
    r"\s+(?:told\s+(?:me|us|reporters|journalists)|said|says|added|explained|recalled)\s+(?:that\s+)?(he|she)\b"
)


def genders_from_pronouns(paragraphs: list[str], mentions: list[list[Mention]], people: PeopleIndex) -> None:
    """"Dakota Renfro ... Renfro told me she still checks": a given name the lexicon calls a man's (or a
    woman's) is no proof against the pronoun the writer uses for its bearer in the clause they report.
    Only where every such pronoun agrees; an honorific or a kin noun ("Mr", "his son") is proof."""
    votes: dict[int, set[str]] = {}
    styled: set[int] = set()
    for p, paragraph in enumerate(mentions):
        for m in paragraph:
            key = people.by_mention.get((p, m.start))
            if key is None:
                continue
            if m.honorific or m.title:
                styled.add(key)
            own = _OWN_PRONOUN.match(paragraphs[p], m.end)
            if own:
                votes.setdefault(key, set()).add("m" if own.group(1) == "he" else "f")
    for key, found in votes.items():
        ent = people.entity(key)
        if len(found) == 1 and key not in styled and ent.gender is not None:
            ent.gender = next(iter(found))


_LIST_GLUE = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+")
_PERSONAL_EVIDENCE = ("given-name", "title", "apposition", "speech", "initial", "suffix")


_TAKEN_UP_AS_PERSON = re.compile(
    r"(?:He|She)\s+(?:said|says|added|adds|told|tells|is|was|has|had|will|would)\b"
)


def vouch_pronoun_subjects(
    paragraphs: list[str], sentences: list[list[tuple[int, int]]], mentions: list[list[Mention]]
) -> list[list[Mention]]:
    """An unconfirmed full name ("Shami Chakrabarti, from human rights group Liberty, joined calls ...")
    that opens a sentence whose next sentence takes it up as "She said" or "He was" is a person: firms,
    teams and bands are taken up as "It" or "They". Only when no other person is named in between, who
    might be the one the pronoun means. `sentences` are each paragraph's sentence spans."""
    # every sentence in reading order, so that a paragraph's last one is followed by the next's first
    order = [(p, s, e) for p, spans in enumerate(sentences) for s, e in spans]
    out = []
    for p, (text, paragraph) in enumerate(zip(paragraphs, mentions, strict=True)):
        kept = []
        for k, m in enumerate(paragraph):
            at = None
            if m.evidence == "unconfirmed":
                at = next((n for n, (q, s, e) in enumerate(order) if q == p and s <= m.start < e), None)
            if at is not None and at + 1 < len(order):
                _q, s, e = order[at]
                q, s2, e2 = order[at + 1]
                opens = not text[s : m.start].strip(" \"\u201c\u2018")
                others = [o for o in paragraph[k + 1 :] if o.start < e]
                if opens and not others and _TAKEN_UP_AS_PERSON.match(paragraphs[q], s2, e2):
                    m = replace(m, evidence="vouched")
            kept.append(m)
        out.append(kept)
    return out


# "Idowu made his breakthrough", "Mirza won her first title": a verb or two, then the subject's own pronoun
_OWN_POSSESSIVE = re.compile(r"\s+(?:[a-z]+\s+){1,2}(?:his|her|himself|herself)\b")


def vouch_surname_owners(paragraphs: list[str], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """An unconfirmed full name ("Phillips Idowu") whose surname, used alone, is the subject of a clause
    that goes on with "his" or "her" ("Idowu made his breakthrough five years ago") is a person: things
    are taken up as "its"."""
    owners = {
        _fold(m.surname)
        for text, paragraph in zip(paragraphs, mentions, strict=True)
        for m in paragraph
        if len(m.tokens) == 1 and not m.honorific and _OWN_POSSESSIVE.match(text, m.end)
    }
    return [
        [
            replace(m, evidence="vouched")
            if m.evidence == "unconfirmed" and len(m.tokens) > 1 and _fold(m.surname) in owners
            else m
            for m in paragraph
        ]
        for paragraph in mentions
    ]


_USED_AS_NAME = r"(?:['\u2019]s\b|\s+(?:said|says|has|had|was|is|went|told|added|will|would|could)\b)"


def vouch_glued_given_names(paragraphs: list[str], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """"Rebwar Hassan Omer, 31, finished second ... When Rebwar went to Dubai": a word the lexicon does not
    know, glued before a given name and surname and so read as context, is the person's own given name
    when the article also uses it as a name: alone before a verb, or before the same surname ("Karwan
    Ahmed Hawrami" ... "Karwan Hawrami")."""
    article = "\n".join(paragraphs)
    out = []
    for text, paragraph in zip(paragraphs, mentions, strict=True):
        kept = []
        for m in paragraph:
            word = m.title or ""
            glued = (
                m.evidence == "given-name"
                and m.honorific is None
                and len(m.tokens) == 2
                and text[max(0, m.start - len(word) - 1) : m.start] == word + " "
                and unknown_word(word)
            )
            if glued and re.search(
                rf"(?<!\bthe )(?<!\bThe )(?<!\ba )\b{word}(?:{_USED_AS_NAME}|\s+{re.escape(m.tokens[-1])}\b)",
                article,
            ):
                m = replace(m, start=m.start - len(word) - 1, tokens=(word, *m.tokens), title=None)
            kept.append(m)
        out.append(kept)
    return out


def vouch_listed_with_people(paragraphs: list[str], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """An unconfirmed full name ("Mefin Davies") coordinated with names the lexicon vouches for ("Stephen
    Jones, Gareth Thomas and Mefin Davies") is one more person of the same list: lists in news are
    of one kind. Only between two people, or after or before two, so that one person beside a band or a film
    ("Britney Spears and Maroon Five") vouches for nothing."""
    known = {
        m.name for paragraph in mentions for m in paragraph if m.evidence.startswith(_PERSONAL_EVIDENCE)
    }
    out = []
    for text, paragraph in zip(paragraphs, mentions, strict=True):
        ms = list(paragraph)
        linked = [
            bool(_LIST_GLUE.fullmatch(text, a.end, b.start)) for a, b in zip(ms, ms[1:], strict=False)
        ]
        for k, m in enumerate(ms):
            if m.evidence != "unconfirmed" or m.tokens[0].endswith("ing"):
                continue  # (not "Finding Neverland", "Racing Stripes": films beside their stars)
            # two people next to it in a run of three, before, around or after it ("Tobey Maguire, Kirsten
            # Dunst and Alfred Molina": the list may open on the unknown name)
            trio = any(
                w >= 0
                and w + 2 < len(ms)
                and linked[w]
                and linked[w + 1]
                and all(ms[j].evidence.startswith(_PERSONAL_EVIDENCE) for j in (w, w + 1, w + 2) if j != k)
                for w in (k - 2, k - 1, k)
            )
            # "stars Paul Giamatti and Sania Mirza": a surname the census knows needs one person beside it
            beside = census_name(m.tokens) and any(
                0 <= j < len(ms) and linked[min(j, k)] and ms[j].evidence.startswith(_PERSONAL_EVIDENCE)
                for j in (k - 1, k + 1)
            )
            # "Amy Winehouse, Jamelia, Natasha Bedingfield and PJ Harvey": two people anywhere in the list
            lo = k
            while lo > 0 and linked[lo - 1]:
                lo -= 1
            hi = k
            while hi < len(linked) and linked[hi]:
                hi += 1
            people_beside = sum(
                ms[j].evidence.startswith(_PERSONAL_EVIDENCE) for j in range(lo, hi + 1) if j != k
            )
            # (with a surname the census knows: not "Merrill Lynch and Credit Suisse", "Bucks Fizz")
            in_list = people_beside >= 2 and m.tokens[-1].lower() in census_surnames()
            # "Ethiopian duo Gebre Gebremariam and Dejene Berhanu", "the brothers ... and ...": a pair that
            # a plural noun of people introduces
            pair = (
                k > 0
                and linked[k - 1]
                and ms[k - 1].evidence.startswith(_PERSONAL_EVIDENCE)
                and _names_people(ms[k - 1].title or ms[k - 1].description)
            )
            # "Hana and Mereana Parata", "Hana Parata and Mereana Parata": one of a family the article
            # already names
            before = ms[k - 1] if k > 0 and linked[k - 1] else None
            family = before is not None and (
                (len(before.tokens) == 1 and f"{before.tokens[0]} {m.tokens[-1]}" in known)
                or (before.name in known and len(before.tokens) > 1 and before.tokens[-1] == m.tokens[-1])
            )
            if trio or beside or in_list or pair or family:
                ms[k] = replace(m, evidence="vouched")
        out.append(ms)
    return out


_PAIRS = frozenset("duo pair trio brothers sisters twins couple partners".split())


def _names_people(phrase: str | None) -> bool:
    """Whether a phrase before a list ends on a plural noun of people: "Ethiopian duo", "co-stars"."""
    head = (phrase or "").split()[-1:] or [""]
    word = head[0].lower()
    return word in _PAIRS or (len(word) > 4 and word.endswith("s") and is_role_word(word))


def build_people(mentions: list[list[Mention]], extra: list[tuple[str, str | None]] = ()) -> PeopleIndex:
    """Group every paragraph's mentions into persons, in reading order.

    `extra` adds people the page names outside the body (an author bio), as (name, description).
    """
    entities: list[Entity] = []
    by_full: dict[str, int] = {}
    by_mention: dict[tuple[int, int], int] = {}
    recency: dict[int, tuple[int, int]] = {}
    counts: dict[int, int] = {}

    def new_entity(name: str, gender: str | None, pos: tuple[int, int]) -> Entity:
        ent = Entity(len(entities), name, gender, first_pos=pos)
        entities.append(ent)
        by_full[_fold(name)] = ent.key
        return ent

    # First pass: full names, so that a surname mentioned before its full name still resolves.
    mentions = _confirm_unvouched(mentions)
    full_first: dict[str, tuple[int, int]] = {}
    for p, paragraph in enumerate(mentions):
        for m in paragraph:
            if len(m.tokens) > 1 and not m.evidence.endswith(":quoted"):
                full_first.setdefault(_fold(m.name), (p, m.start))
    quoted_full = {
        _fold(m.name)
        for paragraph in mentions
        for m in paragraph
        if len(m.tokens) > 1 and m.evidence.endswith(":quoted") and not m.evidence.startswith("surname?")
    }

    for p, paragraph in enumerate(mentions):
        for m in paragraph:
            if m.evidence == "initial":
                m = _spelled_out(m, full_first, mentions)
            folded = _fold(m.name)
            ent: Entity | None = None
            if len(m.tokens) > 1:
                key = by_full.get(folded)
                if key is None:
                    # "Lewis Francis" after "Mark Lewis Francis": a shorter form of a known full name;
                    # "Prince Saud" after "Prince Saud Al-Faisal": a royal by style and given name
                    royal = m.tokens[0][:1].isupper() and m.tokens[0].lower() in ROYAL_STYLES
                    # (word by word as written: "Al-Mutairi" is one word of "Khalid Al-Mutairi")
                    mine = _fold_each(m.name)
                    tail_of: Entity | None = None
                    for other in reversed(entities):
                        of = _fold(other.name)
                        longer = len(other.name.split()) > len(m.tokens)
                        if longer and (of.endswith(" " + folded) or royal and of.startswith(folded + " ")):
                            tail_of = tail_of or other
                        # "Anthony Meyer" and "Sir Anthony John Charles Meyer": the same given name and
                        # surname, one with the middle names, in either order
                        # (spelt-out middle names only: "George W Bush" is not "George Bush")
                        theirs = _fold_each(other.name)
                        short, full = sorted((mine, theirs), key=len)
                        spelt = all(len(w.strip(".")) > 1 for w in full[1:-1])
                        middle = len(short) == 2 < len(full) and spelt
                        if middle and (mine[0], mine[-1]) == (theirs[0], theirs[-1]) and not royal:
                            key = other.key
                            if len(m.tokens) > len(other.name.split()):
                                shorter, other.name = other.name, m.name  # the fullest form names them
                                other.add_alias(shorter)
                                by_full[folded] = key
                            break
                    # (a shorter form only when no one has the very given name and surname: "Karwan
                    # Hawrami" is Karwan Ahmed Hawrami, not his daughter Shilan Karwan Hawrami)
                    if key is None and tail_of is not None:
                        key = tail_of.key
                    # ("Mohd Rizal" for Mohd Rizal Hashim: given names without the father's name, when
                    # exactly one three-word name opens on them)
                    if key is None and len(m.tokens) == 2:
                        opened = [
                            e
                            for e in entities
                            if len(e.name.split()) == 3 and _fold(e.name).startswith(folded + " ")
                        ]
                        key = opened[0].key if len(opened) == 1 else None
                ent = entities[key] if key is not None else new_entity(m.name, m.gender, (p, m.start))
                ent.add_alias(m.name)
                ent.add_alias(m.surname)
            else:
                ent = _resolve_single(m, entities, recency, counts, full_first, quoted_full, mentions)
                if ent is None:
                    described = (
                        m.description is not None
                        and m.surname[1:].islower()
                        and _fold(m.surname) in given_names()
                        and _fold(m.surname) not in COUNTRIES_AND_PLACES
                        and names_kin_or_role(m.description)
                    )
                    if not (m.evidence.startswith(("title", "listed", "speaker")) or described):
                        # a lone capitalised word with nothing saying it is a person; a given name
                        # with a description is one ("His mother, Giselle, said")
                        continue
                    peer = m.honorific and m.honorific.lower().rstrip(".") in PEERAGE
                    # a judge is named by style when no given name is known: "Mr Justice Eady" is Justice
                    # Eady, "Lord Justice Rix" Lord Justice Rix
                    judge = _JUDGE_STYLE.search(m.title or "")
                    if judge:
                        name = f"{judge.group(0)} {m.surname}"
                    elif peer:
                        name = f"{m.honorific} {m.surname}" + (f" of {m.territory}" if m.territory else "")
                    else:
                        name = m.surname
                    ent = new_entity(name, m.gender, (p, m.start))
                    ent.listed = m.evidence == "listed"
                elif ent.key < 0:
                    ent = new_entity(ent.name, None, (p, m.start))
                ent.add_alias(m.surname)
            address = (m.title or "").split()[-1:] or [m.honorific or ""]
            if address[0] and address[0].lower().rstrip(".") in FORMS_OF_ADDRESS:
                ent.add_alias(f"{address[0]} {m.surname}")
            # a bare form of address describes no one ("Mr", "Dr"); a professorship does
            honorific = (m.honorific or "").strip(".").lower()
            address_only = m.title is not None and m.title.strip(".").lower() == honorific
            generation = m.title in GENERATION_WORDS  # "the younger" says which, not what, someone is
            if (
                m.title
                and not generation
                and not (address_only and honorific not in ("prof", "professor"))
                and not unknown_word(m.title)
                # ("Featuring Cliff Richard", "Analysing Gordon Brown's speech": a participle opening the
                # sentence)
                and not re.fullmatch(r"[A-Z][a-z]+(?:ing|ed)", m.title)
            ):
                ent.add_description(m.title)
            ent.add_description(m.description)
            if ent.gender is None and m.gender:
                ent.gender = m.gender
            recency[ent.key] = (p, m.start)
            counts[ent.key] = counts.get(ent.key, 0) + 1
            by_mention[(p, m.start)] = ent.key

    for name, desc in extra:
        key = by_full.get(_fold(name))
        ent = entities[key] if key is not None else new_entity(name, None, (len(mentions), 0))
        ent.add_description(desc)
    return PeopleIndex(entities, by_mention)
