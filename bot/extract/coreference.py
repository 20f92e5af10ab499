"""Which person a pronoun or a description means.

Attribution finds the words that name a speaker; many of them do not name anyone: "he said", "she
added", "the 22-year-old said", "the minister argued", "a spokesman said". This module works out
who they mean, over one article read in order:

- "He" and "she" resolve by gender and salience: walking back sentence by sentence, the latest
  sentence with a compatible person decides, and in it a quoted speaker, then the subject of a
  speech verb, then anyone else named (the centering heuristic); a pronoun before continues its
  own chain.
- A definite description ("the minister", "the actor") means the most recent person the people
  index so describes; a description by trait ("the American", "the 45-year-old") refers as a
  pronoun would; a role news uses without an antecedent ("the prime minister") and an indefinite
  one ("a spokesman") are a person the text does not name (UNNAMED), whom a later "he" may mean.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from bot.extract import speechcues as cue
from bot.extract.lexicon import COUNTRIES_AND_PLACES, FUNCTION_WORDS, GENDERED_NOUNS, ORG_NOUNS, TITLE_WORDS
from bot.extract.mentions import HONORIFICS, KIN, Mention, is_role_word, is_speaker_position
from bot.extract.people import PeopleIndex, describes
from bot.extract.quotespans import QuoteSpan

NOBODY = -1  # attributed, but not to a person
UNKNOWN = -2  # no attribution found
# a person the text does not name ("a spokesman"): reported as nobody, but a later "he" may mean them
UNNAMED = -3


# A name that opens a clause joined on with "but": "..., but Tennis Australia's Geoff Pollard rejected"
_BUT_SUBJECT = re.compile(r"\bbut\s+(?:(?:[A-Z][\w'\u2019.-]*|of|the)\s+){0,4}$")


# the words that make a capitalised "Executive" a person's post: "Chief Executive", "Managing Executive"
_EXECUTIVE_RANKS = frozenset("chief managing senior group deputy acting interim".split())


@dataclass
class Quoted:
    """A quotation being attributed: where it sits and what has been decided so far."""

    para: int
    span: QuoteSpan
    text: str
    starts_sentence: bool
    speaker: int = UNKNOWN
    rule: str = ""
    role: str | None = None


@dataclass
class _Ref:
    """A person named outside quotation marks: where, and which entity."""

    para: int
    pos: int
    key: int


# (salience rank, position, kind, value): one thing a pronoun may refer to, in one sentence
_Item = tuple[float, int, str, int | str]


# A past participle or verb right before a name (and its title): the name is the verb's object
_OBJECT_BEFORE = re.compile(
    r"\b(?:who|that)\s+(?:had\s+|has\s+|have\s+)?[a-z]+ed\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+)?$"
)
_UNNAMED_SPOKESMAN = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,3}spokes(?:man|woman|person)\b")


class Coreference:
    """Who a pronoun ("he", "she") or a description ("the minister", "the 22-year-old", "a spokesman")
    refers to, over one article.

    It exists so attribution can ask "who is this?" of any phrase that names a speaker without a name.
    It keeps what that needs: the people named outside quotation marks and the pronouns, in reading
    order; how salient each name is in its sentence (centering: a subject beats a name in passing);
    recency, walking back from the phrase sentence by sentence; the descriptions the people index
    holds for each person; and the quotations credited to unnamed people ("a spokesman"), whom a
    later "he" may continue.
    """

    def __init__(
        self,
        paragraphs: list[str],
        sentences: list[list[tuple[int, int]]],
        mentions: list[list[Mention]],
        people: PeopleIndex,
        quote_spans: list[list[tuple[int, int]]] | None = None,
    ) -> None:
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.mentions = mentions
        self.people = people
        # "he"/"she" outside quotation marks, as (paragraph, position, gender): links in pronoun chains
        self.pronouns: list[tuple[int, int, str]] = []
        self._possessive_openings: set[tuple[int, int]] = set()
        for p, text in enumerate(paragraphs):
            spans = sorted(quote_spans[p]) if quote_spans else []
            span_starts = [a for a, _b in spans]
            for m in cue.PRONOUN_RE.finditer(text):
                k = bisect_right(span_starts, m.start()) - 1
                if k < 0 or m.start() >= spans[k][1]:
                    self.pronouns.append((p, m.start(), cue.PRONOUNS[m.group(0).lower()]))
            # "His times were well short of Maurice Greene's record": a sentence that opens on "his" or
            # "her" continues the person before it, who stays the centre over a name in passing
            # (but not over the subject it describes: "His party leader, Michael Howard, argued")
            for s, _e in sentences[p]:
                opening = text[s : s + 4]
                k = bisect_right(span_starts, s) - 1
                if opening in ("His ", "Her ") and (k < 0 or s >= spans[k][1]):
                    self.pronouns.append((p, s, "m" if opening == "His " else "f"))
                    self._possessive_openings.add((p, s))
        self._referents: dict[tuple[int, int], int] = {}
        self._starts = [[s for s, _e in spans] for spans in sentences]
        self.refs: list[_Ref] = []
        for p, paragraph in enumerate(mentions):
            for m in paragraph:
                key = people.by_mention.get((p, m.start))
                if key is not None and not m.evidence.endswith(":quoted"):
                    self.refs.append(_Ref(p, m.start, key))
        self.refs.sort(key=lambda r: (r.para, r.pos))
        # names and pronouns in reading order, for walking back from a pronoun
        self._items: list[tuple[int, int, str, int | str]] = sorted(
            [(r.para, r.pos, "name", r.key) for r in self.refs]
            + [(p, at, "pron", g) for p, at, g in self.pronouns]
            + [(p, at, "role", phrase) for p, at, phrase in cue.role_subjects(paragraphs, sentences)]
        )
        self._item_keys = [(p, at) for p, at, _kind, _value in self._items]
        # How salient a name is within its sentence: the subject of a speech verb ("says Tim Dams") beats
        # a name in passing, and a possessive ("Moore's film") is rarely what a later "he" means.
        self._salience: dict[tuple[int, int], int] = {}
        for p, paragraph in enumerate(mentions):
            text = paragraphs[p]
            for m in paragraph:
                after = text[m.end : m.end + 3]
                if after.startswith(("'s", "\u2019s")) or (after[:1] in "'\u2019" and text[m.end - 1] == "s"):
                    rank = 3
                elif cue.ATTRIBUTIVE.search(text, max(0, m.start - 6), m.start) and cue.LOWER_WORD.match(
                    text, m.end
                ):
                    rank = 4  # "an Alan Shearer strike", "a Beckham free kick": the name modifies a noun
                elif is_speaker_position(text, m.start, m.end) and not _OBJECT_BEFORE.search(
                    text, max(0, m.start - 40), m.start
                ):
                    rank = 1  # (not "The barrister who had represented Mr Martin had said": an object)
                else:
                    rank = 2
                self._salience[(p, m.start)] = rank
        # names a preposition governs ("Having worked closely with Mr Cantalupo, ..."): see resolve_pronoun
        self._governed = {
            (p, m.start)
            for p, paragraph in enumerate(mentions)
            for m in paragraph
            if self._salience[(p, m.start)] == 2
            and _GOVERNED.search(paragraphs[p], max(self.sentence_of(p, m.start)[0], m.start - 60), m.start)
        }
        # the last paragraph up to each that opens in lower case, its subject lost to the scrape (0: none)
        self._lost_subject_at: list[int] = []
        for p, text in enumerate(paragraphs):
            lost = p if _SUBJECT_LOST.match(text) else 0
            self._lost_subject_at.append(max(lost, self._lost_subject_at[-1] if p else 0))
        self._unnamed: dict[tuple[int, int], str | None] = {}  # quotes by "a spokesman": gender of the noun
        # what the last description naming an unnamed person said of them: the gender of its noun, and
        # the role it named ("the prime minister"), for `note_unnamed`
        self._last_unnamed: str | None = None
        self._last_role: str | None = None

    def sentence_of(self, para: int, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence of paragraph `para` that holds `pos`, else the paragraph's."""
        spans = self.sentences[para]
        k = bisect_right(self._starts[para], pos) - 1
        if k >= 0:
            s, e = spans[k]
            if pos < max(e, s + 1):
                return s, e
        return 0, len(self.paragraphs[para])

    def _gender(self, key: int) -> str | None:
        return self.people.entity(key).gender

    def resolve_pronoun(
        self,
        para: int,
        pos: int,
        gender: str | None,
        spoken: list[Quoted],
        exclude: frozenset[str] = frozenset(),
        not_these: frozenset[int] = frozenset(),
    ) -> int:
        """The person a "he" or "she" refers to, by salience.

        Among people of compatible gender named, quoted or already referred to by a pronoun in the
        last few paragraphs, the latest sentence that has any wins, and within it the first one:
        the subject of a sentence is what a following pronoun most often continues (the centering
        heuristic). So "Prof Etzioni criticises the US for ... hunting Osama Bin Laden. "...," he
        says" means Etzioni, and in "He said they ... Mr Houston ... He told BBC News" the second
        "he" continues the first rather than jumping to Houston.
        """
        fresh = bool(exclude or not_these)  # a constrained question is not the pronoun's own answer
        memo = None if fresh else self._referents.get((para, pos))
        if memo is not None:
            return memo
        if not fresh:
            self._referents[(para, pos)] = NOBODY  # guards against cycles while resolving
        # Walk back sentence by sentence; the first sentence with a compatible person decides.
        here = (para, pos)
        k = bisect_left(self._item_keys, here)
        spoken_before = []
        # "was delighted to be paired with United, ... "...," he said": a paragraph that opens in lower case
        # lost its subject to the scrape, and that subject is whom its pronouns mean; nobody before it is
        reach = max(para - 3, self._lost_subject_at[para])
        for q in reversed(spoken):
            if q.para < reach:
                break
            if (q.speaker >= 0 or q.speaker == UNNAMED) and (q.para, q.span.open_at) < here:
                spoken_before.append((q.para, q.span.open_at, q.speaker))
        groups: dict[tuple[int, int], list[tuple[int, int, str, int | str]]] = {}
        own_sentence = self.sentence_of(para, pos)[0]
        # "Mr Blair has failed to tackle these problems, he claimed, ...": the pronoun of a parenthetical
        # source never means a name in the words it reports
        source = cue.PARENTHETICAL_SOURCE.search(self.paragraphs[para], max(0, pos - 4), pos + 40)
        # ("The image portrayed Mr Howard as a hypnotist, he argued.": so does one that closes it)
        aside = (source is not None and source.start(1) == pos) or cue.final_attribution(
            self.paragraphs[para], *self.sentence_of(para, pos)
        ) == pos
        for p, at, kind, value in self._items[max(0, k - 400) : k][::-1]:
            if p < reach:
                break
            if kind == "name":
                rank = self._salience.get((p, at), 2)
            else:
                rank = 2.5 if (p, at) in self._possessive_openings else 1
            if rank == 4:
                continue  # a name that only modifies a noun is never what a later pronoun means
            start = self.sentence_of(p, at)[0]
            if (
                kind == "name"
                and rank in (1, 2)
                and (p < para or start != own_sentence)
                and _BUT_SUBJECT.search(self.paragraphs[p], max(0, at - 60), at)
            ):
                # "Hewitt said he had had a "gutful" ... but Tennis Australia's Geoff Pollard rejected his
                # comments. "...," he said": the subject of the sentence's last clause is its centre
                rank = -1
            if kind == "pron" and self._cataphoric(p, at):
                continue  # "Asked whether he would vote, Vandeveer paused": the name after it decides
            in_own_sentence = kind == "name" and p == para and start == own_sentence
            if in_own_sentence and _QUESTION_CLAUSE.fullmatch(self.paragraphs[para], own_sentence, pos):
                continue  # "Asked if Mr Blunkett could return, he replied": the one asked is not the topic
            # (a preposition before the name counts within its sentence, not the previous sentence's "... for
            # the first time. Colin MacIntyre, of Mull Historical Society, ... said he")
            if in_own_sentence and (
                aside
                or rank == 3
                or rank == 2
                and bool(cue.PREPOSITION_LEFT.search(self.paragraphs[p], max(own_sentence, at - 30), at))
            ):
                # "hosted by Gordon Brown on Friday, he said", "Mel Gibson's film, he believed": a name
                # in a phrase of the pronoun's own sentence is rarely what the pronoun means
                continue
            if kind == "name" and rank == 2 and (p, at) in self._governed:
                # "Having worked closely with Mr Cantalupo, ..., Mr Bell focused on ...": a name a preposition
                # governs is less the sentence's centre than one that is not
                rank = _GOVERNED_RANK
            groups.setdefault((p, start), []).append((rank, at, kind, value))
        for p, at, key in spoken_before:
            group = groups.setdefault((p, self.sentence_of(p, at)[0]), [])
            # "Weitz said he had visited Pullman, who had told him that "..."", "The barrister had said the
            # rules were "...", said Mr Clarke": a quotation reported inside another speaker's sentence does
            # not outrank that sentence's speaker
            reporter = any(r == 1 and v != key for r, a, kind, v in group if kind == "name")
            group.append((1.5 if reporter else 0, at, "name", key))
        result = UNKNOWN
        order = sorted(groups, reverse=True)
        if (
            len(order) > 1
            and order[0][0] == order[1][0]
            and self._sentence_before(order[0]) == order[1][1]
            and self._only_in_passing(order[0], groups[order[0]])
            and any(kind == "name" and rank == 1 for rank, _at, kind, _v in groups[order[1]])
        ):
            # "Tony Blair said ... But changes must not overturn the ruling on coma victim Tony Bland.
            # "...," he said": a name in passing does not take the pronoun from the speaker before it
            order = order[1:] + order[:1]
        for sentence in order:
            for _rank, at, kind, value in sorted(groups[sentence]):
                if kind == "pron":
                    if gender is not None and value != gender:
                        continue
                    key = self.resolve_pronoun(sentence[0], at, value, spoken)
                elif kind == "role":
                    # "The 21-year-old missed ... And he added": the description stands for a person
                    saved = (self._last_unnamed, self._last_role)
                    key = self.role_np(sentence[0], str(value), at, spoken)
                    self._last_unnamed, self._last_role = saved
                    # (a relative the article does not name, "His mother watched", may be one it names
                    # elsewhere: the walk goes on rather than settle on nobody)
                    if key == NOBODY or (key == UNNAMED and str(value).startswith(("His ", "Her "))):
                        continue
                else:
                    key = value
                if key == UNNAMED:
                    g = self._unnamed.get((sentence[0], at))
                    if gender is None or g is None or g == gender:
                        result = NOBODY  # "A spokesman said: ... He said": the unnamed spokesman again
                        break
                    continue
                g = self._gender(key) if key >= 0 else None
                if key in not_these:
                    continue
                if key >= 0 and exclude and self._named_in(key, exclude):
                    continue  # people do not speak of themselves by name: "'Ruud is the best,' he said"
                if key >= 0 and (gender is None or g is None or g == gender):
                    result = key
                    break
                if key >= 0 and kind == "name":
                    # "Asked whether he had a message, Corliss paused": a bare family name the people
                    # index gave to his wife is, for this pronoun, the one bearer of the right sex
                    kin = self._family_member(sentence[0], at, key, gender)
                    if kin is not None and kin not in not_these:
                        result = kin
                        break
            if result != UNKNOWN:
                break
        result = NOBODY if result == UNKNOWN else result
        if not fresh:
            self._referents[(para, pos)] = result
        return result

    def _sentence_before(self, sentence: tuple[int, int]) -> int | None:
        """The start of the sentence right before the one starting at `sentence` (same paragraph)."""
        para, start = sentence
        k = bisect_left(self._starts[para], start)
        return self._starts[para][k - 1] if k > 0 else None

    def _only_in_passing(self, sentence: tuple[int, int], items: list[_Item]) -> bool:
        """Whether a sentence's people are all named in passing: after a preposition or as an owner."""
        para, start = sentence
        text = self.paragraphs[para]
        return bool(items) and all(
            kind == "name"
            and (
                rank == 3
                or rank in (2, _GOVERNED_RANK)
                and cue.PREPOSITION_LEFT.search(text, max(start, at - 30), at) is not None
            )
            for rank, at, kind, _value in items
        )

    def _family_member(self, para: int, at: int, key: int, gender: str | None) -> int | None:
        """The single other person sharing the surname of a bare-surname mention, of the given sex."""
        mention = next((m for m in self.mentions[para] if m.start == at), None)
        if mention is None or len(mention.tokens) != 1 or gender is None:
            return None
        surname = self.people.entity(key).surname
        kin = [
            e.key
            for e in self.people.entities
            if e.key != key and e.surname == surname and e.gender == gender and " " in e.name
        ]
        return kin[0] if len(kin) == 1 else None

    def _cataphoric(self, para: int, at: int) -> bool:
        """Whether a pronoun at (para, at) looks ahead to the subject of its sentence: it sits in an opening
        clause ("Asked whether he would vote to override a veto, Vandeveer paused") whose comma is followed
        right away by a name."""
        text = self.paragraphs[para]
        start, end = self.sentence_of(para, at)
        if not _OPENING_CLAUSE.match(text, start, at):
            return False
        comma = text.find(",", at, end)
        if comma < 0:
            return False
        after = _SPACES.match(text, comma + 1).end()
        return any(r.para == para and r.pos == after for r in self.refs)

    def _named_in(self, key: int, words: frozenset[str]) -> bool:
        """Whether capitalised `words` name the person: by given name or surname, not by "Lord" or "Sir"."""
        parts = self.people.entity(key).name.split()
        named = [w for w in parts if w.lower().rstrip(".") not in HONORIFICS] or parts
        return named[0] in words or named[-1] in words

    def role_np(self, para: int, phrase: str, pos: int, spoken: list[Quoted]) -> int:
        """A speaker named by a common noun phrase.

        "the minister": the most recent person the article so describes; "the American", "the
        45-year-old": the most salient person so far; "a spokesman", "officials": a person or people
        the text does not name (UNNAMED, reported as nobody); anything else ("the company") is nobody.
        """
        raw = cue.WORD.findall(phrase)
        words = [w.lower() for w in raw]
        government = len(raw) > 2 and raw[-1] == "Executive" and raw[-2][:1].isupper()
        if government and words[-2] not in _EXECUTIVE_RANKS:
            return NOBODY  # "The Scottish Executive said": a government, not its chief executive
        # "a spokesman for the Business Software Alliance": the head noun comes before the preposition
        for k, w in enumerate(words):
            if k > 0 and w in ("for", "of", "at", "from", "with", "in", "behind", "on", "to"):
                words = words[:k]
                break
        person_before = len(words) > 1 and (is_role_word(words[-2]) or words[-2] in cue.UNNAMED_GENDER)
        if person_before and words[-1].endswith("ly"):
            words = words[:-1]  # "Iran's Foreign Ministry spokesman strongly condemned": an adverb ends it
        if not words:
            return NOBODY
        head = words[-1]
        if head in ORG_NOUNS and not any(is_role_word(w) for w in words[1:-1]):
            # "the conservative Kayhan newspaper", "the broadcaster": a body's noun (not "the feminist
            # writer and broadcaster")
            return NOBODY
        role = " ".join(words[-2:]) if len(words) > 2 else head
        if words[0] in ("his", "her", "their") and len(words) == 2 and head in KIN:
            # "Mr Nogar's son Stephen, 57, said ... "...," his son said": the relative the story named
            for r in reversed([r for r in self.refs if para - 3 <= r.para and (r.para, r.pos) < (para, pos)]):
                descriptions = self.people.entity(r.key).descriptions
                if any(re.search(rf"\b{re.escape(head)}\b", d.lower()) for d in descriptions):
                    return r.key
            # "Karen Sundby ... Dale Sundby, a retired farmer ... Her husband shook his head": the one other
            # bearer of her family name of the relative's sex
            sex = GENDERED_NOUNS.get(head)
            owner = UNKNOWN
            if sex and words[0] != "their":
                owner = self.resolve_pronoun(para, pos, "m" if words[0] == "his" else "f", spoken)
            if owner >= 0:
                family = self.people.entity(owner).surname
                kin = {
                    e.key
                    for e in self.people.entities
                    if e.key != owner and e.gender == sex and len(e.name.split()) > 1 and e.surname == family
                }
                if len(kin) == 1:
                    return kin.pop()
        # (only a person noun: "a cardboard box ... The box is labeled" introduces no one)
        person_head = head in cue.UNNAMED_GENDER or is_role_word(head)
        if words[0] == "the" and person_head and self._unnamed_just_introduced(para, pos, head):
            # 'A senior European diplomat said ... "...," the diplomat said': the one just introduced,
            # not a named diplomat further up
            self._last_unnamed = cue.UNNAMED_GENDER.get(head)
            self._last_role = None
            return UNNAMED
        # "The paper's political editor": a role held at a thing, as "its editor" would be, is someone
        # described so or not named, never just whoever the story is about
        thing_owned = (
            words[0] == "the"
            and len(words) > 2
            and re.fullmatch(r"[a-z]+['\u2019]s", words[1]) is not None
            and not is_role_word(words[1][:-2])
            and words[1][:-2] not in cue.UNNAMED_GENDER
        )
        if words[0] in ("the", "this", "our"):  # "our correspondent": the paper's own, named in its byline
            before = [r for r in reversed(self.refs) if para - 3 <= r.para and (r.para, r.pos) < (para, pos)]
            # '"...," the economy minister said. ... said economy minister Heizo Takenaka': in the same
            # paragraph the description may come after
            later = [r for r in self.refs if r.para == para and r.pos > pos]
            # "the home secretary said ..." in the lede, "Home Secretary Charles Clarke" further down:
            # news names a role before the person only at the top of a story
            # (an office, not an honour that many hold, once someone is named: "Lord of the Rings director
            # Peter Jackson has said ... The Oscar winner said" is Jackson, not "Oscar winner Adrien Brody")
            ahead_ok = para <= cue.LEDE_PARAGRAPHS and (not before or head in TITLE_WORDS)
            rest = [r for r in self.refs if r.para > para] if ahead_ok else []
            # only a role or a trait describes a person: "the White House" is not whoever "has rarely
            # broken with the White House"
            person_noun = is_role_word(head) or cue.by_trait_phrase(phrase) or cue.is_ranking(words)
            candidates = before + later + rest if person_noun else []
            for r in candidates:
                ahead = (r.para, r.pos) > (para, pos)
                # a description ahead must itself be definite: "George Raft, an actor famed for ..." later
                # on is not who "the actor" already was
                if any(
                    describes(d, role) and not (ahead and d.lower().startswith(("a ", "an ")))
                    for d in self.people.entity(r.key).descriptions
                ):
                    return r.key
            if person_noun:
                # "U.S. District Judge Adela Fairbrother" thirty paragraphs up is still who "the judge" is,
                # when the article so describes no one else
                described = {
                    r.key
                    for r in self.refs
                    if (r.para, r.pos) < (para, pos)
                    and any(describes(d, role) for d in self.people.entity(r.key).descriptions)
                }
                if len(described) == 1:
                    return described.pop()
            if words[0] == "our":  # "our correspondent": the byline's, who is named nowhere in the body
                for ent in self.people.entities:
                    if any(describes(d, role) for d in ent.descriptions):
                        return ent.key
            # "The actor's friend Budd Schulberg ... The actor refused": whoever is described by their
            # relation to the role is not the one holding it
            related = frozenset(
                e.key for e in self.people.entities if any(_relation_to(head, d) for d in e.descriptions)
            )
            if cue.by_trait_phrase(phrase) or cue.is_ranking(words):
                # "the American", "the world number one": whoever the story is about so far
                return self.resolve_pronoun(para, pos, None, spoken, not_these=related)
            # "The Tory spokesman also criticised ...": a party's or a body's spokesman, in an article that
            # brought in no unnamed one, is the named person the story is about
            own_spokesman = (
                head in ("spokesman", "spokeswoman")
                and len(words) == 3
                and phrase.split()[1][:1].isupper()
                and not self._unnamed_spokesman_before(para, pos)
            )
            # ("The EU foreign policy chief", "the governor of Iran's central bank", "The White House press
            # secretary": an office of a body or a country that no one in the article is described as
            # holding is held by someone the article does not name, not by whoever it is about)
            of_a_body = any(map(_body_or_country, raw[1:])) or bool(_OF_A_BODY.search(phrase))
            qualified = head in _PUBLIC_OFFICES and (of_a_body or "White House" in phrase)
            if ((cue.one_role(head) and head not in cue.UNNAMED_GENDER) or own_spokesman) and not qualified:
                # "The star of Rain Man said", "the foreign secretary said": a definite description is
                # news style for someone the story is already about, as a pronoun would be. An office
                # ("the prime minister") may be held by someone the story is not about; it goes to the
                # person the story opens on ("Tony Blair says ... The prime minister said"), or to whoever
                # another article says holds it (Store.resolve_roles)
                who = self.resolve_pronoun(para, pos, cue.ROLE_GENDER.get(head), spoken, not_these=related)
                if who >= 0 and thing_owned and self._holds_other_role(who, head):
                    who = UNKNOWN  # "the paper's political editor" is not the deputy minister quoted before
                if who >= 0 and (
                    role not in cue.OFFICES
                    or who in (self._lede_subject(), self._just_called_he(para, pos, spoken))
                ):
                    return who
        if words[0].endswith(("'s", "\u2019s")) and para <= cue.LEDE_PARAGRAPHS and person_head:
            # "Iran's Foreign Ministry spokesman condemned ..." then '"...," Foreign Ministry Spokesman
            # Hossein Sabetnia told reporters': a body's office holder the lede names by that office next
            for r in self.refs:
                if (r.para, r.pos) > (para, pos) and r.para <= para + 1 and any(
                    describes(d, role) and not d.lower().startswith(("a ", "an "))
                    for d in self.people.entity(r.key).descriptions
                ):
                    return r.key
        if (
            (words[0] in ("a", "an", "its", "the") or words[0].endswith("'s") or thing_owned)
            and head not in cue.UNNAMED_GENDER
            and cue.one_role(head)
        ):
            named = self._named_next(para)
            if named is None and words[0].endswith("'s"):
                named = self._named_next_sentence(para, pos)
            if named is None and words[0] in ("a", "an"):
                # "a judge claimed ... "urban savages" ... Judge Charles Harris QC made his remarks": the
                # next sentence names someone who holds that very role
                named = self._named_next_sentence(para, pos, titled=True)
                if named is not None and not any(
                    describes(d, head) for d in self.people.entity(named).descriptions
                ):
                    named = None
            if named is not None:
                return named
        if head in cue.UNNAMED_GENDER or cue.one_role(head):
            self._last_unnamed = cue.UNNAMED_GENDER.get(head)
            # "the prime minister said": another article may say who that is
            self._last_role = role if words[0] in ("the", "this") and head not in cue.UNNAMED_GENDER else None
            return UNNAMED
        return NOBODY

    def _holds_other_role(self, key: int, head: str) -> bool:
        """Whether the article describes the person by some role, and never by `head`."""
        descriptions = self.people.entity(key).descriptions
        return any(map(is_role_word, " ".join(descriptions).split())) and not any(
            describes(d, head) for d in descriptions
        )

    def _unnamed_spokesman_before(self, para: int, pos: int) -> bool:
        """Whether the article has brought in a spokesman it does not name ("a spokesman said") before."""
        earlier = "\n".join(self.paragraphs[:para]) + "\n" + self.paragraphs[para][:pos]
        return bool(_UNNAMED_SPOKESMAN.search(earlier))

    def _unnamed_just_introduced(self, para: int, pos: int, head: str) -> bool:
        """Whether "the <head>" at (para, pos) is someone the text has just brought in unnamed: "a senior
        diplomat" earlier in the paragraph, or "Several European diplomats said ... One of them" in it
        or the paragraph before."""
        lead = self.paragraphs[para][:pos]
        one, group = _introduced_patterns(head)
        if one.search(lead) or group.search(lead):
            return True
        last = self.paragraphs[para - 1] if para > 0 else ""
        return bool(group.search(last) and re.search(r"\b(?:[Oo]ne|[Aa]nother) of them\b", last + lead))

    def _just_called_he(self, para: int, pos: int, spoken: list[Quoted]) -> int | None:
        """Whom the sentence before opens on as "he" or "she" ('In an upbeat pre-Budget report, he
        slightly increased borrowing ... The chancellor also hailed'): a story centred on someone that
        closely names an office they hold, as news names a role it has just been talking about."""
        s, _e = self.sentence_of(para, pos)
        starts = self._starts[para]
        k = bisect_right(starts, s) - 2
        if k < 0:
            return None
        ps, pe = self.sentences[para][k]
        for p, at, kind, value in self._items[bisect_left(self._item_keys, (para, ps)) :]:
            if (p, at) >= (para, pe):
                break
            if kind == "name":
                return None  # the sentence names someone: the ordinary rules decide
            if kind == "pron" and value in ("m", "f"):
                who = self.resolve_pronoun(p, at, str(value), spoken)
                return who if who >= 0 else None
        return None

    def _lede_subject(self) -> int | None:
        """The person the story opens on speaking ("Tony Blair says ...", "Tony Blair has dismissed
        reports ..."), if any: a story that opens on someone's words goes on to report more of them."""
        first = next((m for m in self.mentions[0] if m.start <= 30), None) if self.mentions else None
        if first is None or not is_speaker_position(self.paragraphs[0], first.start, first.end):
            return None
        lead = cue.WORD.findall(self.paragraphs[0][: first.start])
        if not all(w[:1].isupper() or is_role_word(w) for w in lead):
            return None
        return next((r.key for r in self.refs if r.para == 0 and r.pos == first.start), None)

    def _named_next(self, para: int) -> int | None:
        """'..., a Labour backbencher has said.' then 'Derek Wyatt said ...': news style opens a story on a
        description of its source and names them at the start of the next paragraph."""
        if para > cue.LEDE_PARAGRAPHS - 1:
            return None
        first = next((r for r in self.refs if r.para == para + 1), None)
        if first is None:
            return None
        # only titles may stand before the name ("Public accounts committee chairman Edward Leigh said")
        lead = cue.WORD.findall(self.paragraphs[first.para][: first.pos])
        if first.pos > 60 or lead and not is_role_word(lead[-1]) or any(w in FUNCTION_WORDS for w in lead):
            # (or it closes the paragraph's first sentence: "This was why ..., Alan Johnson said.")
            first = self._closing_source(para + 1)
            if first is None:
                return None
        opening = next((m for m in self.mentions[first.para] if m.start == first.pos), None)
        if opening is None or cue.POSSESSIVE.match(self.paragraphs[first.para], opening.end):
            return None  # "Mr Blair's spokesman said": the paragraph opens on someone else
        return first.key if " " in self.people.entity(first.key).name else None

    def _closing_source(self, para: int) -> _Ref | None:
        """'..., the work and pensions minister has said.' then 'This was why ..., Alan Johnson said.': the
        name that closes the paragraph's first sentence as its source, with no role of its own."""
        if not self.sentences[para]:
            return None
        start, end = self.sentences[para][0]
        text = self.paragraphs[para]
        clause = cue.final_attribution(text, start, end)
        if clause is None:
            return None
        lead = r"(?:(?:said|says|added|told)\s+)?"
        named = (r for r in self.refs if r.para == para and clause <= r.pos < end)
        return next((r for r in named if re.fullmatch(lead, text[clause : r.pos])), None)

    def _named_next_sentence(self, para: int, pos: int, *, titled: bool = False) -> int | None:
        """"France's finance minister has said the world faced "..." Herve Gaymard said he would ...": a
        country's or a body's office holder, named by full name at the start of the very next sentence
        (`titled`: or after the titles that open it, "Judge Charles Harris QC made his remarks")."""
        start, end = self.sentence_of(para, pos)
        k = bisect_left(self._starts[para], end)
        if k >= len(self._starts[para]):
            return None
        nxt = self._starts[para][k]
        text = self.paragraphs[para]
        first = next(
            (
                r
                for r in self.refs
                if r.para == para
                and (
                    r.pos == nxt
                    or titled
                    and nxt < r.pos <= nxt + 40
                    and all(w[:1].isupper() and is_role_word(w) for w in cue.WORD.findall(text[nxt : r.pos]))
                )
            ),
            None,
        )
        if first is None or " " not in self.people.entity(first.key).name:
            return None
        opening = next((m for m in self.mentions[para] if m.start == first.pos), None)
        if opening is None or cue.POSSESSIVE.match(self.paragraphs[para], opening.end):
            return None
        return first.key

    def note_unnamed(self, para: int, pos: int) -> str | None:
        """A quotation at (para, pos) is credited to the unnamed person the last `role_np` found: remember
        the gender of its noun for a later "he" or "she", and return the role it named, if any."""
        self._unnamed[(para, pos)] = self._last_unnamed
        return self._last_role


_SPACES = re.compile(r"\s*")
# a question put to the sentence's subject, opening it: "Asked if Mr Blunkett could return to politics, "
_QUESTION_CLAUSE = re.compile(r"\s*(?:Asked|Pressed|Questioned|Quizzed)\s[^;]*?,\s*")
# a clause that opens a sentence before its subject: "Asked whether ...", "When ...", "Although ..."
_OPENING_CLAUSE = re.compile(
    r"\s*(?:Asked|Speaking|Pressed|Questioned|When|After|Before|Although|Though|While|If|As|Since|Having|"
    r"Despite|Until|Once|Because)\b[^,.;]*$"
)


# a paragraph whose first word is a lower-case word (not "iPod", "eBay"): the scrape cut off its subject
_SUBJECT_LOST = re.compile(r"[a-z]+\b(?![\w'\u2019-])")
_GOVERNED_RANK = 2.2  # a name a preposition governs: after the sentence's other names, before an owner
# a preposition and the lower-case words of its phrase before a name: "in the shape of ", "with ", "in the "
_GOVERNED = re.compile(
    r"\b(?i:by|with|to|from|for|of|at|on|in|into|against|about|like|than|under|beside|after|before|behind"
    r"|among|between|alongside|over)\s+(?:(?:[a-z][\w'\u2019-]*|Mr|Mrs|Ms|Miss|Dr)\.?\s+){0,3}"
    # (and the names coordinated with the first: "the likes of Jonny Wilkinson and Brian O'Driscoll")
    r"(?:(?:[A-Z][\w'\u2019.-]*\s+){1,3}(?:and|or)\s+)?$"
)


_PUBLIC_OFFICES = frozenset(
    "secretary minister chief leader governor president premier chancellor spokesman spokeswoman "
    "spokesperson ambassador envoy regulator chairman chairwoman mayor commissioner negotiator king "
    "queen".split()
)
_OF_A_BODY = re.compile(r"\b(?:of|at)\s+(?:the\s+)?[A-Z]")


def _body_or_country(word: str) -> bool:
    """"EU", "U.S.", "Iran's": a body's initials or a country, which an office may belong to."""
    bare = re.sub(r"['\u2019]s$", "", word)
    return bool(re.fullmatch(r"[A-Z]{2,4}|(?:[A-Z]\.){2,3}", bare)) or bare.lower() in COUNTRIES_AND_PLACES


def _relation_to(head: str, description: str) -> bool:
    """Whether a description names someone by their tie to a `head` ("The actor's friend")."""
    return bool(_tie_pattern(head).search(description.lower()))


# Role nouns are few and recur across articles: their patterns are compiled once, not per call
@lru_cache(maxsize=2048)
def _tie_pattern(head: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(head)}['\u2019]s\s")


@lru_cache(maxsize=2048)
def _introduced_patterns(head: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"a senior diplomat", "Several European diplomats": how a text brings in an unnamed `head`."""
    one = re.compile(rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,3}}{re.escape(head)}\b")
    group = re.compile(
        rf"\b(?:[Ss]everal|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree|[Ff]our)\s+(?:[\w-]+\s+){{0,3}}{re.escape(head)}s\b"
    )
    return one, group
