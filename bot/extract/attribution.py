"""Who said each quotation.

The rules are those of news style guides and of the Gender Gap Tracker's quote extractor, applied
in order, the first that fires deciding:

1. ``after``: the attribution follows the quotation in its sentence ("...," says Priya Natarajan, /
   "...," Mr. Okafor said / "...," he adds / "...," according to X).
2. ``before``: a speech verb precedes the quotation in its sentence, and its subject is the
   speaker ("Okafor said: "..." / "Hart said it was "not unreasonable"" / "... but added, "..."
   / "Ms. Berg - who long ago began asking staff, "..."").
3. ``continued``: a quotation that runs on from the previous paragraph keeps its speaker.
4. ``introduced``: a quotation that opens its sentence with no attribution of its own continues
   the sentence before it: its quotation's source, its reported speech's subject ("Rao said her
   team was surprised. "When the first plate lit up..."") or the person it is about.
5. ``paragraph``: failing that, the speaker attributed in the same paragraph.
6. ``floating``: a paragraph that opens with such a quotation continues the previous paragraph's
   speaker.

A subject that is not a person ("the White House said", "the Tories said") attributes the
quotation to nobody, as do quotations with no speech verb at all (scare quotes, chants) and short
Title Case quotations (names of works, slogans); "a spokesman said" is a person left unnamed.
"He" and "she" resolve by gender and salience: the latest sentence with a compatible person
decides, and in it a quoted speaker, then the subject of a speech verb, then anyone else named
(see `coreference.Coreference.resolve_pronoun`). A definite description ("the 67-year-old said",
"The Tory leader argued") refers the same way, unless it names an office news uses without an
antecedent ("the prime minister"), which is left to corpus-wide resolution.

Within the speaker phrase, what is not the speaker is skipped: a possessor ("Kasabian's singer Tom
Meighan"), a name after a noun and a preposition ("a spokesman for Mr Blair"), a show or firm before
a role ("Richard and Judy executive producer Amanda Ross"), a relative clause ("Tony Robinson, who
played Baldrick, told") and a dash aside ("Mr Bez - himself a former executive - said"). Asides name
sources too ("the government, suggests Mr Davies, could", "X has failed, he claimed, saying").
"""

from __future__ import annotations

import re

from bot.extract import speechcues as cue
from bot.extract.coreference import NOBODY, UNKNOWN, UNNAMED, Coreference, Quoted
from bot.extract.lexicon import FUNCTION_WORDS, NATIONALITIES, SPEECH_VERBS
from bot.extract.mentions import HONORIFICS, SPOKEN_TO, Mention, is_role_word

__all__ = ["NOBODY", "UNKNOWN", "UNNAMED", "Attributor", "Quoted"]


# what joins two speakers of one quotation: "and", maybe the second one's role ("and drummer")
_JOINT = re.compile(r"\s+(?:and|&)\s+((?:[a-z][\w-]*\s+){0,3})")


def _titled(m: Mention) -> bool:
    """A mention with a role before the name ("singer Gary Lightbody"): a person, not a show or a firm."""
    return bool(m.title) and is_role_word(m.title.split()[-1])


class Attributor:
    """Attribution over one article; paragraphs are visited in order so pronouns see the past."""

    def __init__(self, coref: Coreference, headline: str | None = None) -> None:
        # the article as coreference holds it: one reading of paragraphs, sentences, mentions and people
        self.coref = coref
        # ("Jury Finds Hit 'Gravel Road Heart' Copied Demo": what the headline sets in single marks is a
        # name or a term wherever the body quotes it)
        self._headline_terms = frozenset(t.lower() for t in _SINGLE_QUOTED.findall(headline or ""))
        self.paragraphs = coref.paragraphs
        self.sentences = coref.sentences
        self.mentions = coref.mentions
        self.people = coref.people
        self._quoted_words: frozenset[str] = frozenset()  # words of the quotation being attributed
        self._claimed: set[int] = set()  # quotations credited to a claimant ("a claim by X that "..."")

    # -- helpers -----------------------------------------------------------------------------
    def _mention_at(self, para: int, start: int, end: int) -> Mention | None:
        """The first person mention (outside quotes) that begins in text[start:end]."""
        for m in self.mentions[para]:
            if (
                start <= m.start < end
                and not m.evidence.endswith(":quoted")
                and (para, m.start) in self.people.by_mention
            ):
                return m
        return None

    def _key(self, para: int, m: Mention) -> int:
        return self.people.by_mention[(para, m.start)]

    def _subject(
        self, para: int, start: int, end: int, spoken: list[Quoted], *, first: bool, after: bool = False
    ) -> int:
        """The speaker named by text[start:end]: a person, a pronoun, or a non-person phrase."""
        text = self.paragraphs[para]
        phrase = text[start:end]
        stripped = phrase.strip(" ,;:\u2013\u2014-")
        if not stripped:
            return UNKNOWN
        lead = len(phrase) - len(phrase.lstrip(" ,;:\u2013\u2014-"))
        words = cue.WORD.findall(stripped)
        if _FAMILY.search(stripped):
            return NOBODY  # "The Corliss family said in a statement": a household, not one of its members
        if first:
            if words and words[0].lower() in cue.PRONOUNS:
                # the speaker of '"...," he said' is never someone named inside the reported words:
                # resolve as if the pronoun opened the sentence
                anchor = self.coref.sentence_of(para, start + lead)[0] if after else start + lead
                return self.coref.resolve_pronoun(
                    para, anchor, cue.PRONOUNS[words[0].lower()], spoken, self._quoted_words
                )
            m = self._mention_at(para, start, end)
            if m is not None:
                later = self._mention_at(para, m.end, end)
                if (
                    later is not None
                    and cue.THEN_ROLE.fullmatch(text, m.end, later.start)
                    and is_role_word(cue.WORD.findall(text[m.end : later.start])[-1])
                    # (not "singer Gary Lightbody and drummer Jonny Quinn": two people, each with a role)
                    and not (_titled(m) and _JOINT.fullmatch(text, m.end, later.start))
                ):
                    m = later  # "said Richard and Judy executive producer Amanda Ross": a show, then a person
            if m is not None and cue.POSSESSIVE.match(text, m.end):
                # "declared Kasabian's singer Tom Meighan": the possessor is not the speaker
                later = self._mention_at(para, m.end, end)
                owned = _OWNED_ROLE.match(text, m.end)
                if later is None and owned and is_role_word(owned.group(1)):
                    # "said Kidman's publicist Ana Vey": someone of hers, whom the article does not know
                    return self.coref.role_np(para, owned.group(0), m.end, spoken)
                m = (
                    later
                    if later is not None and not cue.SENTENCE_BREAK.search(text, m.end, later.start)
                    else m
                )
            if m is not None:
                before = text[start + lead : m.start]
                if cue.PREPOSITION_BEFORE.search(before):
                    # "a spokesman for Mr Blair", "a memo for Mr Heath": the name is not the subject
                    return self.coref.role_np(para, " ".join(words[:6]), start + lead, spoken)
                if len(cue.WORD.findall(before)) <= 6 and "," not in before:
                    return self._key(para, m)
                if cue.ROLE_THEN_NAME.fullmatch(before):
                    return self._key(para, m)  # 'said the committee chairman, MP Edward Leigh'
                org_role = _ORG_ROLE_COMMA.fullmatch(before)
                if org_role and is_role_word(org_role.group(1)):
                    return self._key(para, m)  # 'said EEF chief economist, Steve Radley'

            if words and words[0].lower() in cue.GROUP_PRONOUNS:
                return NOBODY
            # "said the 22-year-old, who will make her comeback": the noun phrase ends at the comma
            head_words = cue.WORD.findall(stripped.split(",", 1)[0]) or words
            return self.coref.role_np(para, " ".join(head_words[:6]), start + lead, spoken)
        # last: the phrase ends with the subject, maybe followed by appositions in commas or dashes
        # (not "Ananya Sabharwal, the co-founder, and Rohan's sister, told": an apposition closes on a comma)
        joined = _NEW_CLAUSE.search(stripped) if not phrase.rstrip().endswith(",") else None
        if joined:
            # "Glazer owns a 28.1% stake in the club, and United's statement to the stock exchange said":
            # a clause joined on with its own subject, which is the verb's
            return self._subject(para, start + lead + joined.start(1), end, spoken, first=False, after=after)
        body = cue.TRAILING_AUX.sub("", stripped) or stripped  # "X, director of Liberty, has called"
        body = cue.CONTROL_TO.sub("", body) or body
        if phrase.rstrip().endswith(("-", "\u2013", "\u2014")):
            body = cue.DASH_ASIDE.sub("", stripped)  # "Mr Bez - himself a former executive at Porsche - said"
        subject_words: list[str] | None = None
        for _ in range(3):
            last_segment = cue.LAST_SEGMENT.search(body)
            if not last_segment or len(last_segment.group(1)) > 160:
                break
            segment = last_segment.group(1)
            cut = body[: last_segment.start()].rstrip()  # the phrase without this segment
            seg_start = start + lead + last_segment.start(1)
            seg_end = start + lead + last_segment.end(1)
            relative = re.match(r"(?:who|which|whose|whom|that)\b", segment)
            own_named = relative and next(
                (m for m in self._outside_quotes(para) if seg_start <= m.start and m.end >= seg_end - 1), None
            )
            if own_named is not None and re.fullmatch(
                r"\w+\s+(?:[A-Z][\w.]*\s+)*", text[seg_start : own_named.start]
            ):
                return self._key(para, own_named)  # "DB9, which Mr Bez described as": its own subject
            companion = bool(_COMPANION.match(segment)) or bool(cut and _SPEAKS_FOR.match(segment))
            if (
                not relative
                and not companion
                and any(
                    seg_start <= m.start < m.end <= seg_end
                    and (seg_end <= m.end + 1 or cue.LINKING.fullmatch(text, m.end, seg_end))
                    for m in self._outside_quotes(para)
                )
            ):
                break  # "Labour's shadow business secretary, Tom Reddy, said": the segment is the name
            if (
                not relative
                and not companion
                and cut
                and _PROPER_NAME.fullmatch(segment)
                and not any(map(is_role_word, cue.WORD.findall(segment)))
                # (not "Colin Asplin, Blackpool Hotel Association said", "John Kelly, IBM senior vice
                # president, Technology and Intellectual Property, said": there a person's affiliation)
                and not any(start + lead <= m.start < seg_start for m in self._outside_quotes(para))
            ):
                # "The ship's owner, Singapore-based Orient Meridian Lines, said": a name that is no
                # person's (nor a title: "MP for Witney") names the speaker, an organisation
                return NOBODY
            own_subject = re.fullmatch(r"(?:which|that|whom)\s+(he|she)", segment)
            if own_subject:
                # "..., which he said was": the relative clause has its own subject
                pos = start + lead + last_segment.end(1) - len(own_subject.group(1))
                return self.coref.resolve_pronoun(para, pos, cue.PRONOUNS[own_subject.group(1)], spoken)
            own_role = re.fullmatch(r"(?:which|that|whom)\s+(the\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)", segment)
            if own_role and is_role_word(own_role.group(1).split()[-1]):
                # "damages, which the judge said were meant to": a role as the relative clause's subject
                return self.coref.role_np(para, own_role.group(1), seg_start, spoken)
            # "Of the cut due to Lee, 82, ..., his lawyer said", "a comment by Tim Phillips, the American
            # said": with no comma before the verb, a phrase with its own determiner, or a person named by
            # origin or age, is the subject, not an apposition to cut
            seg_words = segment.split()
            own_np = seg_words[0] in ("his", "her", "their", "its") or (
                len(seg_words) == 2 and seg_words[0].lower() == "the" and cue.by_trait(seg_words[1].lower())
            )
            if own_np and not phrase.endswith(", "):
                subject_words = cue.WORD.findall(segment)
                break
            # "Dr Erel Avineri, of the Centre for Transport ... in Bristol said": an affiliation is cut too
            cuttable = (
                (body is stripped and phrase.rstrip().endswith(","))
                or cue.is_description(segment)
                or bool(re.match(r"(?:of|from|at)\s+(?:the\s+)?[A-Z]", segment))
                # "Hugh Latimer QC, for the bank, had argued", "Vance, joined by Judge Samuel Ortiz, said":
                # a side and a companion are asides too
                or companion
                or bool(re.match(r"for\s+the\s+[a-z]+$", segment))
            )
            if not cuttable and not re.match(r"(?:who|which|whose|whom)\b", segment):
                break
            # "Elena Varga, the company's chief executive, said" / "X, president of Y, which ..., said"
            if not cut or _SPOKEN_TO.fullmatch(cut):
                break  # "Speaking to Le Matin, the 24-year-old Swiss added": whom the subject addressed
            if all(w.lower() in cue.AUX for w in cue.WORD.findall(cut)):
                break  # "Meanwhile, France's finance minister has said": an adverb, then the subject
            if _ADVERBIAL_OPENING.fullmatch(cut):
                break  # "In imposing suspensions on the duo, the IAAF described": a clause, then the subject
            if segment.startswith("who"):
                # "Princess Marguerite of Romania, the eldest daughter of ex-King Michael, who said": a
                # relative clause after an apposition belongs to the apposition's head
                head = next(
                    (
                        m
                        for m in self._outside_quotes(para)
                        if start + lead <= m.start
                        and _APPOSITION_BEFORE_WHO.fullmatch(text, m.end, start + lead + len(cut))
                    ),
                    None,
                )
                if head is not None:
                    return self._key(para, head)
            body = cut
        body_end = start + lead + len(body)
        tail_words = subject_words or cue.WORD.findall(body)
        while tail_words and tail_words[-1].lower() in cue.AUX:
            tail_words.pop()
        if not tail_words:
            return UNKNOWN
        last = tail_words[-1].lower()
        if last in cue.PRONOUNS:
            pos = start + lead + body.rfind(tail_words[-1])
            anchor = self.coref.sentence_of(para, pos)[0] if after else pos
            return self.coref.resolve_pronoun(
                para, anchor, cue.PRONOUNS[last], spoken, self._quoted_words if after else frozenset()
            )
        if last == "who":
            who_at = start + lead + body.lower().rfind("who")
            best = None
            for m in self._outside_quotes(para):
                if m.end <= who_at:
                    best = m
            return self._key(para, best) if best else NOBODY
        if last in ("and", "but"):
            return UNKNOWN
        if last in cue.GROUP_PRONOUNS:
            return NOBODY
        document = _OWNED_DOCUMENT.search(text, start + lead, body_end)
        if document and document.end() == body_end:
            # "Mr Crosby's statement said", "his report said": a person's own document speaks for them
            if document.group("pronoun"):
                gender = cue.PRONOUNS.get(document.group("pronoun").lower())
                return self.coref.resolve_pronoun(para, start + lead + document.start(), gender, spoken)
            owner_end = document.start("owner_end")
            owner = next((m for m in self._outside_quotes(para) if m.end == owner_end), None)
            if owner is not None:
                return self._key(para, owner)
        # "The barrister who had represented Mr Martin had said": a role picked out by what it did is
        # someone the story does not name; the name in the clause is the clause's object
        restrictive = _RESTRICTIVE_HEAD.match(body)
        if restrictive and is_role_word(restrictive.group(2).lower()):
            head_end = start + lead + restrictive.end(1)
            if not any(start + lead <= m.start < head_end for m in self._outside_quotes(para)):
                return UNNAMED
        # a person mention ending where the subject ends ("Sen. Warren Hoyt of Kansas", "Whitfield KC")
        named = self._outside_quotes(para)
        for k in range(len(named) - 1, -1, -1):
            m = named[k]
            if m.end <= body_end:
                between = text[m.end : body_end]
                # "Sen. Carl Dunmore (R-Ky.), who ...": a bracketed label after the name is no subject
                between = re.sub(r"^\s*\([^()]{1,40}\)", "", between)
                if cue.LINKING.fullmatch(between) or all(
                    w.lower() in cue.AUX for w in cue.WORD.findall(between)
                ):
                    first = named[k - 1] if k > 0 else None
                    joint = first and _JOINT.fullmatch(text, first.end, m.start)
                    if joint and (
                        not joint.group(1)
                        or (_titled(first) and is_role_word(joint.group(1).split()[-1]))
                    ):
                        # "Princes William and Harry said", "singer Gary Lightbody and drummer Jonny
                        # Quinn said": joint words, credited to the first
                        m = first
                    aide = _SOMEONE_FOR.search(text, start + lead, m.start)
                    if aide is not None:
                        # "A spokesman for Okoro said": the name is whom the unnamed speaker works for
                        return self.coref.role_np(para, aide.group(1), aide.start(1), spoken)
                    return self._key(para, m)  # "Mr Houston is alleged to have said"
                break
        who = self.coref.role_np(para, cue.noun_phrase(tail_words), start + lead, spoken)
        opening = self._mention_at(para, start, start + lead + 1 + len(stripped) // 4)
        if who == NOBODY and opening is not None and text.startswith(",", opening.end):
            # "Miriam Adelsberg, a sociologist ... whose 2009 book, "The Empty Hall," followed ..., calls":
            # a name set off by a comma at the start of the phrase is its subject
            return self._key(para, opening)
        return who

    def _outside_quotes(self, para: int) -> list[Mention]:
        return [
            m
            for m in self.mentions[para]
            if not m.evidence.endswith(":quoted") and (para, m.start) in self.people.by_mention
        ]

    def _last_mention_before(self, para: int, pos: int) -> Mention | None:
        """The last person mention (outside quotes) of the paragraph that ends by `pos`."""
        named = None
        for m in self._outside_quotes(para):
            if m.end <= pos:
                named = m
        return named

    def _sentence_subject(self, para: int, start: int, end: int, spoken: list[Quoted]) -> int:
        """The subject that opens a sentence, for a verb that has none of its own ("..., saying").

        A person or pronoun must open the sentence (after a connective such as "But" or an opening
        clause ending in a comma); a sentence opened by anything else ("Church ministers are trying
        ..., saying") has no person as its subject.
        """
        text = self.paragraphs[para]
        aside = cue.PARENTHETICAL_SOURCE.search(text, start, end)
        if aside:
            # "Mr Blair has failed to tackle these problems, he claimed, saying": the aside's subject,
            # and its "he" is never someone the reported words name before it
            source = aside.group(1)
            if source in cue.PRONOUNS:
                return self.coref.resolve_pronoun(
                    para, self.coref.sentence_of(para, aside.start())[0], cue.PRONOUNS[source], spoken
                )
            who = self._subject(para, aside.start(1), aside.end(1), spoken, first=True)
            if who != UNKNOWN:
                return who
        at = cue.CONNECTIVE.match(text, start, end).end()
        cleft = cue.CLEFT.match(text, at, end)
        if cleft and self._person_at(para, cleft.end(), spoken) >= 0:
            return self._person_at(para, cleft.end(), spoken)
        opens_on_role = cue.DEFINITE_ROLE.match(text, at, end)
        if (
            re.match(r"[^,\"\u201c]{0,60},\s", text[at:end])
            and self._person_at(para, at, spoken) < 0
            and not (opens_on_role and is_role_word(opens_on_role.group(1)))
        ):
            at = text.index(",", at) + 1  # skip an opening clause: "Speaking on Sunday, he said"
        while at < end and text[at] == " ":
            at += 1
        who = self._person_at(para, at, spoken)
        role = cue.DEFINITE_ROLE.match(text, at, end)
        if who == UNKNOWN and not (role and is_role_word(role.group(1))):
            # "The Argentine had stoked up the temperature by saying": a people's name stands for someone
            trait = cue.DEFINITE_TRAIT.match(text, at, end)
            role = trait if trait and cue.by_trait_phrase(trait.group(0)) else None
        if who == UNKNOWN and role and (is_role_word(role.group(1)) or cue.by_trait_phrase(role.group(0))):
            who = self.coref.role_np(para, role.group(0), at, spoken)
            return who if who >= 0 else UNKNOWN
        if who == UNKNOWN:
            # "Shortly after collecting a trophy, a car and a cheque, Federer addressed the crowd and
            # concluded by saying": a long opening clause, then the subject and its verb
            for m in self._outside_quotes(para):
                after_clause = text[: m.start].endswith(", ")
                if at < m.start < end and after_clause and cue.CLAUSE_VERB.match(text, m.end):
                    return self._key(para, m)
        return who

    def _person_at(self, para: int, at: int, spoken: list[Quoted]) -> int:
        """The person referred to by the mention or pronoun that begins at `at` (allowing a title)."""
        text = self.paragraphs[para]
        word = cue.WORD.match(text, at)
        if word and word.group(0).lower() in cue.PRONOUNS:
            return self.coref.resolve_pronoun(para, at, cue.PRONOUNS[word.group(0).lower()], spoken)
        for m in self._outside_quotes(para):
            between = cue.WORD.findall(text[at : m.start])
            while between and between[-1].lower().rstrip(".") in HONORIFICS:
                between.pop()  # "The tribunal upheld Ms": the honorific belongs to the name
            if (
                m.start >= at
                # (a long title ending on a role: "Tehran's provisional Friday Prayer Leader Ayatollah")
                and (
                    len(between) <= 5
                    or len(between) <= 9
                    and is_role_word(between[-1])
                    and not any(w.lower() in FUNCTION_WORDS - {"of", "the"} for w in between)
                )
                and "," not in text[at : m.start]
                and (
                    not between
                    or is_role_word(between[-1])
                    or all(w[0].isupper() or w.lower() in cue.TITLE_FILLERS for w in between)
                )
            ):
                owned = _OWNED_ROLE.match(text, m.end)
                later = self._mention_at(para, owned.end(), owned.end() + 4) if owned else None
                if later is not None and is_role_word(owned.group(1)) and text.startswith(",", owned.end()):
                    return self._key(para, later)  # "Amanda's uncle, Lewis Champion, told": the uncle
                return self._key(para, m)  # "Foreign Secretary Jack Straw", not "producers defended Rock"
            if m.start >= at:
                break
        return UNKNOWN

    # -- rules ---------------------------------------------------------------------------------
    def _after(self, q: Quoted, next_open: int, spoken: list[Quoted]) -> int:
        # "Sean's situation": a possessive names Sean as much as "Sean" does; only capitalised words name
        # anyone ("the lord chancellor" in Lord Woolf's words does not name him)
        # (words the speaker quotes someone else as saying may name the speaker: "She called me and
        # said, 'I think I'm done, Lonnie,'" he says)
        own = _NESTED_QUOTE.sub(" ", q.text)
        self._quoted_words = frozenset(
            re.sub(r"['\u2019]s$", "", w) for w in cue.WORD.findall(own) if w[:1].isupper()
        )
        try:
            return self._after_rule(q, next_open, spoken)
        finally:
            self._quoted_words = frozenset()

    def _after_rule(self, q: Quoted, next_open: int, spoken: list[Quoted]) -> int:
        text = self.paragraphs[q.para]
        if not q.span.closed:
            return UNKNOWN
        start = q.span.outer_end
        s, e = self.coref.sentence_of(q.para, max(start - 1, 0))
        if e <= start:  # the quotation closed its sentence: look at the one that follows
            following = [(a, b) for a, b in self.sentences[q.para] if a >= start]
            if not following:
                return UNKNOWN
            e = following[0][1]
            if not re.match(r"^[\s\u2013\u2014-]*[a-z]", text[start:e]):
                # a new capitalised sentence after the quote is attribution only if short and verb-led
                words = cue.WORD.findall(text[start:e])
                if len(words) > 6 or not any(w.lower() in SPEECH_VERBS for w in words[:4]):
                    return UNKNOWN
                if re.match(r"[^\"\u201c]*:\s*$", text[start : min(e, next_open)]):
                    return UNKNOWN  # '"...achieve." Collins said: "It's a great challenge."': the next words'
        end = min(e, next_open)
        if not q.starts_sentence and e == end and not re.match(r"\s*,", text[start - 2 : start + 1]):
            # 'steer away from "demonising" ex-media chief Alastair Campbell, Peter Mandelson has said':
            # a sentence that closes on its source names it there, not in the words between; words
            # after 'suggestions that' are the suggesters', whoever rejects them
            final = cue.final_attribution(text, start, end)
            if final is not None:
                if _OTHERS_WORDS.search(text[max(s, q.span.open_at - 25) : q.span.open_at].lower()):
                    return UNKNOWN
                start = final
        tail = text[start:end]
        m = cue.ACCORDING.search(tail)
        # ('"...," he told worshippers, according to a transcript': the verb names the speaker first)
        told = m and any(cue.is_speech_verb(w) for w in cue.WORD.finditer(tail, 0, m.start()))
        if m and m.start() < 30 and not told:
            return self._subject(q.para, start + m.end(), end, spoken, first=True)
        m = cue.VIEW_OF.match(tail)
        if m:  # '"...," is the dry assessment of Graham Lane'
            return self._subject(q.para, start + m.end(), end, spoken, first=True, after=True)
        m = cue.QUOTED_AS_SAYING.search(tail)
        if m:  # "..., the agency quoted Peoplesoft worker David Ogden as saying"
            return self._subject(q.para, start + m.start(1), start + m.end(1), spoken, first=True)
        for w in cue.WORD.finditer(text, start, end):
            at = w.start() - start
            if cue.is_speech_verb(w):
                if at == 0 or not tail[:at].strip(" ,;:\u2013\u2014-"):
                    return self._subject(q.para, w.end(), end, spoken, first=True, after=True)
                if tail[:at].rstrip().endswith(",") and w.group(0) in ("said", "says", "added", "adds"):
                    # '"big leap forward" for broadband, said Chris Stening': the subject follows the verb
                    inverted = self._subject(q.para, w.end(), end, spoken, first=True, after=True)
                    if inverted >= 0:
                        return inverted
                who = self._subject(q.para, start, w.start(), spoken, first=True, after=True)
                if who < 0:
                    # '"...", Mr Weise added' after a clause: the subject is what stands before the verb
                    last = self._subject(q.para, start, w.start(), spoken, first=False, after=True)
                    who = last if last >= 0 else who
                return who
            if at > 160:
                break
        return UNKNOWN

    def _before(self, q: Quoted, prev_close: int, spoken: list[Quoted]) -> int:
        text = self.paragraphs[q.para]
        s, _e = self.coref.sentence_of(q.para, q.span.open_at)
        start = max(s, prev_close)
        m = None
        for acc in cue.ACCORDING.finditer(text, start, q.span.open_at):
            m = acc
        if start == s and _PARTICIPLE_OPENING.fullmatch(text, s, q.span.open_at):
            # "While accepting that people "have to be prepared" ..., Mr Solana said": the clause that
            # opens the sentence shares the subject that follows it
            _s, e = self.coref.sentence_of(q.para, q.span.open_at)
            comma = _TO_CLAUSE_END.match(text, q.span.outer_end, e)
            who = self._person_at(q.para, comma.end(), spoken) if comma else UNKNOWN
            if who >= 0:
                return who
        verbs = [w for w in cue.WORD.finditer(text, start, q.span.open_at) if cue.is_speech_verb(w)]
        if m and (not verbs or verbs[-1].start() < m.start()):
            return self._subject(q.para, m.end(), q.span.open_at, spoken, first=True)
        if not verbs:
            labelled = cue.SPEAKER_LABEL.fullmatch(text, start, q.span.open_at)
            if labelled:
                # '- Blackburn boss Mark Hughes: "..."': a name and a colon introduce the words
                named = self._mention_at(q.para, start, q.span.open_at)
                if named is not None and re.fullmatch(r"\s*:\s*", text[named.end : q.span.open_at]):
                    return self._key(q.para, named)
            if text[start : q.span.open_at].rstrip().endswith(":"):
                named = self._mention_at(q.para, start, q.span.open_at)
                while named is not None and (later := self._mention_at(q.para, named.end, q.span.open_at)):
                    named = later
                if (
                    named is not None
                    and re.fullmatch(r"\s*:\s*", text[named.end : q.span.open_at])
                    and _AGENT_BEFORE.search(text, max(start, named.start - 60), named.start)
                ):
                    # 'the question posed by Brighton nurse Marion Brown: "..."': the agent asks
                    return self._key(q.para, named)
                # 'Mr Dean is confident though: "..."': a sentence that introduces the words with a colon
                opening = cue.CONNECTIVE.match(text, s).end()
                who = self._person_at(q.para, opening, spoken)
                if who >= 0:
                    return who
                if re.match(r"\s*(?:A|An|One)\s", text[opening : opening + 5]):
                    # "One House Republican who has worked with both leaders put it this way: "...""
                    return NOBODY
                thing = _THING_OPENING.match(text, opening, q.span.open_at)
                if who == UNKNOWN and thing and not any(
                    is_role_word(w) or cue.by_trait_phrase(w) or w in cue.UNNAMED_GENDER
                    for w in thing.group(1).lower().split()
                ):
                    # "The sign read: "..."": a thing the sentence opens on carries its own words
                    return NOBODY
            # '... should be an "independent legal opinion", not subject to "political negotiation"':
            # a second quotation in a sentence belongs to whoever the first one does
            return self._earlier_in_sentence(q, s, spoken)
        verb = verbs[-1]
        as_saying = cue.QUOTED_AS_SAYING.search(text, start, verb.end())
        if as_saying and as_saying.end() == verb.end() and not as_saying.group(1).startswith("by "):
            # "Des Browne quoted its five-year plan ... as saying: "..."": the words are the one quoted's
            return self._subject(q.para, as_saying.start(1), as_saying.end(1), spoken, first=True)
        put_it = _AS_PUT.search(text, start, verb.start()) if verb.group(0) in ("put", "puts") else None
        if put_it:
            # 'As Gavin Cox of the buildyourown.org.uk website put it: "..."': the phrase opens on its subject
            who = self._subject(q.para, put_it.end(), verb.start(), spoken, first=True)
            if who >= 0:
                return who
        claimed_by = _CLAIM_BY.search(text, start, q.span.open_at)
        if claimed_by and not any(
            o.para == q.para and claimed_by.end() <= o.span.open_at < q.span.open_at for o in spoken
        ):
            # "a claim by Peter Hain that the Tory leader is acting like an "attack mongrel"": the claimant's
            named = self._mention_at(q.para, claimed_by.end(), claimed_by.end() + 40)
            if named is not None and named.start == claimed_by.end():
                self._claimed.add(id(q))
                return self._key(q.para, named)
        if cue.REPORTED_CLAIM.search(text, verb.end(), q.span.open_at):
            # "Michael Howard has dismissed claims that his policy was "moving onto the turf"": the
            # words are the claim's, not the subject's
            return UNKNOWN
        if text[: verb.start()].rstrip().endswith(","):
            # "the government, suggests Mr Davies, could act as a "middleman"": a parenthetical source
            named = self._mention_at(q.para, verb.end(), q.span.open_at)
            between = text[verb.end() : named.start] if named is not None else ","
            if (
                named is not None
                # (", said Junya Tanase of JPMorgan Chase bank in Tokyo, were": an affiliation may follow)
                and re.match(r"\s*(?:(?:of|at|from)\s[^,;.]{1,60})?,", text[named.end : named.end + 70])
                and re.fullmatch(r"\s*(?:[A-Z][\w.]*\s+){0,3}", between)
            ):
                return self._key(q.para, named)
        agent_after = re.match(r"\s+by\s+", text[q.span.outer_end : q.span.outer_end + 6])
        if agent_after and cue.PASSIVE.search(text, max(0, verb.start() - 20), verb.start()):
            # 'he was called the "fifth child of the group" by the film's director Marc Forster'
            agent_at = q.span.outer_end + agent_after.end()
            who = self._person_at(q.para, agent_at, spoken)
            if who != UNKNOWN:
                return who
            # '... was called "one of the biggest pirates" by the sentencing judge': an agent named by a
            # role is that role's (the judge unnamed); one named by a body's noun is nobody's person
            agent = _AGENT_PHRASE.match(text, agent_at)
            if agent:
                who = self.coref.role_np(q.para, agent.group(0), agent_at, spoken)
                # (the one the passive is said of is not its agent: "the judge" is not Buhecha)
                said_of = self._sentence_subject(q.para, s, verb.start(), spoken)
                return UNNAMED if who >= 0 and who == said_of else who
        by = cue.BY_AGENT.match(text, verb.end())
        if by and by.end() <= q.span.open_at:
            # "described by Sharon as": the agent of a passive speech verb is the speaker
            who = self._person_at(q.para, by.end(), spoken)
            if who != UNKNOWN:
                return who
            if cue.PASSIVE.search(text, max(0, verb.start() - 20), verb.start()):
                return NOBODY  # "Ozzy Osbourne has been praised by police for ...": never the subject
        before_verb = text[start : verb.start()].rstrip()
        if not before_verb and verb.group(0)[0].isupper():
            return self._subject(q.para, verb.end(), q.span.open_at, spoken, first=True)
        if verb.group(0).endswith("ing") or (
            verb.group(0) == "asked" and re.search(r"\b(?:when|after|if|once|being|as)$", before_verb)
        ):
            named = self._last_mention_before(q.para, verb.start())
            if named is not None and start <= named.start and _ASIDE.fullmatch(text, named.end, verb.start()):
                # "with Mr Kennedy stressing ...", "showed Mr Nattrass, apparently talking about the EU,
                # telling the meeting": the name before the verb, maybe with an aside between
                return self._key(q.para, named)
            told = verbs[-2].start() if len(verbs) > 1 else None
            source = _QUOTE_THEN_SOURCE.search(text, max(s, told - 40), told) if told is not None else None
            if source is not None:
                # 'Mr Sullivan "made accounting decisions," he told the court, saying his finance chief had
                # "..."': the participle goes with the attribution, not with the name the words open on
                who = self._subject(q.para, source.start(1), told, spoken, first=True, after=True)
                if who >= 0:
                    return who
            # "He was less conciliatory, saying ..." / "He struck a note when asked ...": the sentence subject
            who = self._sentence_subject(q.para, s, verb.start(), spoken)
            if who != UNKNOWN:
                return who
            if len(verbs) > 1:
                # '"...," he said, accusing users of "..."', "The 31-year-old admitted ..., calling it
                # "...")": the participle shares the subject of the speech verb before it, which may
                # follow it ('"...," said producer Michael London, adding ...')
                earlier = verbs[-2]
                if text[start : earlier.start()].strip(" ,"):
                    who = self._subject(q.para, start, earlier.start(), spoken, first=False)
                elif len(cue.WORD.findall(text, earlier.end(), verb.start())) <= 12:
                    who = self._subject(q.para, earlier.end(), verb.start(), spoken, first=True)
                if who >= 0:
                    return who
            if before_verb.endswith(","):
                return NOBODY  # "Church ministers are trying ..., saying": not a person's words
        # ("he bitterly said", "Mr Blair later told MPs": an adverb between the subject and its verb)
        adverbs = _ADVERBS_BEFORE_VERB.search(text, start, verb.start())
        subject_end = adverbs.start() if adverbs else verb.start()
        who = self._subject(q.para, start, subject_end, spoken, first=False)
        after_comma = before_verb.rsplit(",", 1)[-1] if start > s and "," in before_verb else None
        if (
            who < 0
            and after_comma is not None
            and all(w.lower() in cue.AUX for w in cue.WORD.findall(after_comma))
        ):
            # 'Mr Livingstone, who says he is "standing by" his remarks, had accused ...': the verb's
            # subject opens the sentence, before the quotation that cut the phrase
            who = self._sentence_subject(q.para, s, verb.start(), spoken)
        if who == NOBODY and len(verbs) > 1 and verbs[0].group(0) in cue.REPORTING_VERBS:
            # 'Chief Charles Williams said talks with Disney revealed there was "..."': a thing reported
            # inside someone's speech does not speak; the reporter does (but in 'Tabrizi said consular
            # officials had told him that "quiet diplomacy" ...' unnamed people speak, and not Tabrizi)
            told_by = _PEOPLE_TOLD.search(text, verbs[0].end(), verb.end())
            if told_by is None or not is_role_word(told_by.group(1)):
                outer = self._subject(q.para, start, verbs[0].start(), spoken, first=False)
                who = outer if outer >= 0 else who
        if who == UNKNOWN:
            # elided subject ("..., but added, "...""): the speaker of the sentence's earlier verb
            for earlier in reversed(verbs[:-1]):
                who = self._subject(q.para, start, earlier.start(), spoken, first=False)
                if who != UNKNOWN:
                    break
        if who == UNKNOWN and cue.COORDINATED.search(before_verb):
            # "Wilson has twice tried ... but conceded": the verb shares the sentence's subject
            who = self._sentence_subject(q.para, s, verb.start(), spoken)
        if who == UNKNOWN:
            return self._earlier_in_sentence(q, s, spoken)
        if who == NOBODY and start > s and verb.group(0) not in cue.REPORTING_VERBS:
            # 'Ed Davey said instead of the "bonfire" New Labour had promised, there had been an
            # "explosion"': a party's verb inside a person's report does not take the report's words
            earlier = self._earlier_in_sentence(q, s, spoken)
            return earlier if earlier >= 0 else who
        return who

    def _earlier_in_sentence(self, q: Quoted, sentence_start: int, spoken: list[Quoted]) -> int:
        """The source of the last quotation before `q` in the same sentence, if any; a claimant's words
        quoted inside the sentence ("a claim by Peter Hain that ...") do not pass on to the rest."""
        for other in reversed(spoken):
            same_sentence = other.para == q.para and sentence_start <= other.span.open_at < q.span.open_at
            if same_sentence and other.speaker != UNKNOWN and id(other) not in self._claimed:
                return other.speaker
        return UNKNOWN

    def attribute(self, quotes: list[Quoted]) -> None:
        """Decide every quotation's speaker in place."""
        by_para: dict[int, list[Quoted]] = {}
        for q in quotes:
            by_para.setdefault(q.para, []).append(q)
        done: list[Quoted] = []
        for para in sorted(by_para):
            items = by_para[para]
            text = self.paragraphs[para]
            terms = [self._title_or_term(q, text) for q in items]
            # (a title or term quoted later in the sentence, 'his "Nazi" comment', does not end the search
            # for the source that closes the quotation before it)
            spoken_opens = [o.span.open_at for o, term in zip(items, terms, strict=True) if not term]
            for i, q in enumerate(items):
                if terms[i]:
                    q.speaker, q.rule = NOBODY, "title-or-term"
                    done.append(q)
                    continue
                if q.span.closed and cue.UNSOURCED_ANSWER.match(text, q.span.outer_end):
                    q.speaker, q.rule = NOBODY, "unsourced"
                    done.append(q)
                    continue
                source = _FROM_SOURCE.match(text, q.span.outer_end) if q.span.closed else None
                named = source and self._mention_at(para, source.end(), source.end() + 1)
                if named is not None and not q.starts_sentence and len(q.text.split()) > 1:
                    # 'despite a call for him to "pause for thought" from Charles Kennedy': the person
                    # the words came from is named right after them (not 'had "tries" from Mark Cueto
                    # disallowed', a word the reporter doubts)
                    q.speaker, q.rule = self._key(para, named), "from"
                    done.append(q)
                    continue
                next_open = next((at for at in spoken_opens if at > q.span.open_at), len(text))
                # a title or term quoted earlier in the sentence ("whose book "The Lighthouse Cat" was
                # launched ..., said") does not cut the sentence's subject off from its verb
                spoken_before = [
                    o for o in items[:i] if o.rule != "title-or-term" and id(o) not in self._claimed
                ]
                prev_close = spoken_before[-1].span.outer_end if spoken_before else 0
                after_close = text[q.span.outer_end : q.span.outer_end + 1]
                sentence_end = self.coref.sentence_of(para, q.span.open_at)[1]
                rest_end = max(sentence_end, q.span.outer_end)  # the rest of the quotation's sentence
                may_follow = (
                    q.text.rstrip().endswith((",", "?", "!", "\u2014", "-"))
                    or after_close == ","
                    or bool(cue.CLOSE_ATTRIBUTION.match(text, q.span.outer_end, next_open))
                    # 'a "big leap forward" for broadband, said Chris Stening, UK Online general manager.'
                    or bool(_SAID_NAME.search(text, q.span.outer_end, rest_end))
                    # 'Its strategy is a "hybrid" approach, he explained, where ...': a source between commas
                    or bool(cue.PARENTHETICAL_SOURCE.search(text, q.span.outer_end, rest_end))
                    or cue.final_attribution(text, q.span.outer_end, rest_end) is not None
                )
                # A quotation that opens its sentence is attributed after it; one embedded in a sentence
                # by the verb before it, and only failing that by a British-style '"...", X said'.
                head = text[self.coref.sentence_of(para, q.span.open_at)[0] : q.span.open_at].strip()
                order = (
                    ("before", "after")  # 'Tom Reddy said: "...," he said': the introduction decides
                    if head.endswith(":") and len(head) > 1
                    else ("after", "before")
                    if q.starts_sentence or self._whole_sentence_then_attribution(q, text)
                    else ("before", "after")
                    if may_follow
                    else ("before",)
                )
                who = UNKNOWN
                for n, rule in enumerate(order):
                    if rule == "after":
                        who = self._after(q, next_open, done)
                    else:
                        who = self._before(q, prev_close, done)
                    labelled = head.endswith(":") and order[n + 1 :] == ("after",)
                    if who == NOBODY and rule == "before" and labelled:
                        # 'What they're saying: "...," said Karen Whitlock': a label introduced the words
                        # and names no one; the attribution after them does
                        after = self._after(q, next_open, done)
                        who, rule = (after, "after") if after >= 0 else (who, rule)
                    elif (
                        who == NOBODY
                        and rule == "before"
                        and "after" in order[n + 1 :]
                        and cue.final_attribution(text, q.span.outer_end, rest_end) is not None
                    ):
                        # 'Government guidance said e-mails go if they serve "no current purpose", Mr
                        # Thomas said': a document or body reported inside a person's sentence is the
                        # person's paraphrase, and the quoted words are the person's
                        after = self._after(q, next_open, done)
                        who, rule = (after, "after") if after >= 0 else (who, rule)
                    if who != UNKNOWN:
                        q.rule = rule
                        if who == UNNAMED:
                            q.role = self.coref.note_unnamed(para, q.span.open_at)
                        break
                q.speaker = who
                done.append(q)
            self._share_final_source(items, text)
        self._inherit(quotes)
        self._repeated_words(quotes)

    def _whole_paragraph(self, q: Quoted) -> bool:
        """Whether a closed quotation is all its paragraph holds."""
        text = self.paragraphs[q.para]
        return q.span.closed and q.span.open_at <= 1 and not text[q.span.outer_end :].strip()

    def _title_or_term(self, q: Quoted, text: str) -> bool:
        """Words quoted as a name or a term, not as speech: a title, scare quotes, a named work."""
        cue_window = text[max(0, q.span.open_at - 40) : q.span.open_at]
        named_work = q.text[:1].isupper() and cue.WORK_CUE.search(cue_window)
        # (capitalised in the body too: a headline's 'Highway Robbery' is often someone's "highway robbery")
        capitalised = all(w[:1].isupper() for w in cue.WORD.findall(q.text))
        in_headline = capitalised and q.text.strip(" ,.;:!?").lower() in self._headline_terms
        return bool(_looks_like_title(q) or cue.SCARE_CUES.search(cue_window) or named_work or in_headline)

    @staticmethod
    def _repeated_words(quotes: list[Quoted]) -> None:
        """'UN envoy hails "historic opportunity"' over 'UN envoy Tarek Benslimane called the talks a
        "historic opportunity"': the first paragraph (a standfirst, a lede) previews words the story
        quotes again and credits further down. Only there: elsewhere a repeated phrase is often a term
        others take up ('the government insists that "control orders" must ...')."""
        owners: dict[str, set[int]] = {}
        for q in quotes:
            if q.speaker >= 0 and q.para > 0:
                owners.setdefault(_folded_words(q.text), set()).add(q.speaker)
        for q in quotes:
            if q.para == 0 and q.speaker in (NOBODY, UNKNOWN, UNNAMED) and q.rule != "title-or-term":
                words = _folded_words(q.text)
                found = owners.get(words, set())
                if not found and len(words.split()) >= 4 and q.rule in ("no-speaker", "before"):
                    # ('quoted as wanting a "period of creative destruction in the public services"', then
                    # '"We plan to introduce a period of creative destruction in the public services."'; not
                    # words a body was credited with: '"taxpayer subsidised propaganda exercise" ..., say the
                    # Tories')
                    found = {k for text, keys in owners.items() if f" {words} " in f" {text} " for k in keys}
                if len(found) == 1 and len(q.text.split()) >= 2:
                    q.speaker, q.rule = next(iter(found)), "repeated"

    def _share_final_source(self, items: list[Quoted], text: str) -> None:
        """'Such a "secular" state would be markedly "less tolerant", Rt Rev Scott-Joynt argued.': a
        source that closes a sentence owns every quotation in it, not only the one beside it."""
        by_sentence: dict[int, list[Quoted]] = {}
        for q in items:
            by_sentence.setdefault(self.coref.sentence_of(q.para, q.span.open_at)[0], []).append(q)
        for group in by_sentence.values():
            # the last quotation the closing source was found for (one regex per sentence, not per pair)
            last = next((o for o in reversed(group) if o.speaker >= 0 and o.rule == "after"), None)
            if last is None:
                continue
            e = self.coref.sentence_of(last.para, last.span.open_at)[1]
            if cue.final_attribution(text, last.span.outer_end, max(e, last.span.outer_end)) is None:
                continue
            for q in group[: group.index(last)]:
                if q.speaker in (NOBODY, UNKNOWN) and q.rule != "title-or-term":
                    q.speaker, q.rule = last.speaker, "sentence-source"

    @staticmethod
    def _whole_sentence_then_attribution(q: Quoted, text: str) -> bool:
        """'... has expressed doubts "I think Sean's situation is ...," he said': a capitalised sentence
        closed by its own attribution is that speaker's, even run on from a sentence with no stop."""
        return (
            q.text[:1].isupper()
            and q.text.rstrip().endswith(",")
            and bool(cue.CLOSE_ATTRIBUTION.match(text, q.span.outer_end))
        )

    def _inherit(self, quotes: list[Quoted]) -> None:
        """Rules 3-5 for quotations with no attribution of their own, in the order they apply."""
        # Quotations that run over paragraphs share one speaker, wherever the attribution sits.
        chains: list[list[Quoted]] = []
        for q in quotes:
            prev = chains[-1][-1] if chains else None
            # a new opening mark before the last one closed continues the same speech, in the next
            # paragraph or in the same one ('"If in doubt retain ... destroy it. "But any ..."')
            if (
                prev
                and not prev.span.closed
                and (
                    q.para == prev.para + 1
                    and q.span.open_at <= 1
                    or q.para == prev.para
                    and q.starts_sentence
                    # ('- Bolton boss Sam Allardyce "I am bitterly disappointed ... performance. "In the
                    # first half ...": words that end a sentence before the next mark are a speech too)
                    and (prev.starts_sentence or prev.text.rstrip().endswith((".", "?", "!")))
                )
            ):
                chains[-1].append(q)
            else:
                chains.append([q])
        continuation = {id(q) for chain in chains for q in chain[1:]}
        quoting_paragraphs = {o.para for o in quotes}
        for q in quotes:
            para_text = self.paragraphs[q.para]
            opens = q.span.open_at <= 1 or cue.DATELINE_OPENING.fullmatch(para_text, 0, q.span.open_at)
            if q.speaker == UNKNOWN and q.para + 1 < len(self.paragraphs) and opens:
                # '"The message to Tehran is simple ..." || That was how Banking Committee Chairman Harold
                # Beckett put it': a paragraph of words, then the one that says whose they were
                named = _THAT_WAS.match(self.paragraphs[q.para + 1])
                reach = 16 if named and named.group("bare") else 80  # ("That was" goes on to the name)
                person = named and self._mention_at(q.para + 1, named.end(), named.end() + reach)
                if person is None and q.para == 0 and self._whole_paragraph(q):
                    # a story that opens on words alone, then on the one who said them: '"You could tell who
                    # worked where by the whistle. ..." || Bernadette Gallant is 88 years old, and she still
                    # remembers the signal'
                    person = self._mention_at(q.para + 1, 0, 1)
                    person = person if person is not None and len(person.tokens) > 1 else None
                # (the paragraph that says so may go on to quote the same person)
                if person is not None and (named or q.para + 1 not in quoting_paragraphs):
                    q.speaker, q.rule = self._key(q.para + 1, person), "named-next"
        # the words of a quotation and of those that carry on from it unclosed, in or across paragraphs
        run_text: dict[int, str] = {}
        for i in range(len(quotes) - 1, -1, -1):
            q = quotes[i]
            carried = i + 1 < len(quotes) and not q.span.closed and quotes[i + 1].para <= q.para + 1
            run_text[id(q)] = q.text + (" " + run_text[id(quotes[i + 1])] if carried else "")
        # a speech that opens a paragraph's quoting and is attributed where it ends ('"He was sent off
        # ... "We don't know ...," said an SFA statement') is that source's from its first opening mark,
        # whoever the sentence before named. (After words already attributed in the paragraph, an
        # unclosed mark is as often a closing mark the scrape lost, so there the later rules decide.)
        first_of_paragraph = {q.para: q for q in reversed(quotes)}
        self._continue([chain for chain in chains if chain[0] is first_of_paragraph[chain[0].para]])
        for q in quotes:
            if q.speaker == UNKNOWN and q.starts_sentence and id(q) not in continuation:
                introduced = self._introduced(q, quotes)
                if introduced >= 0 and self.people.entity(introduced).name in run_text[id(q)]:
                    # 'Simon Taylor looks certain to go. "... Simon Taylor is an outstanding player"':
                    # the person the words name in full is not the one speaking them
                    introduced = UNKNOWN
                if introduced != UNKNOWN:
                    q.speaker, q.rule = introduced, "introduced"
                else:
                    self._paragraph_rule(q, quotes)
        self._continue(chains)
        for i, q in enumerate(quotes):
            if q.speaker != UNKNOWN or not q.starts_sentence:
                continue
            if q.span.open_at <= 1 and i > 0:
                prev = quotes[i - 1]
                if prev.para == q.para - 1 and prev.speaker >= 0 and not self._named_between(prev, q):
                    q.speaker, q.rule = prev.speaker, "floating"
        self._continue(chains)  # a floating quotation's speaker carries on through its continuations
        for q in quotes:
            if q.speaker == UNKNOWN and not q.starts_sentence and id(q) not in continuation:
                who = self._reported_just_before(q, quotes)
                if who >= 0:
                    q.speaker, q.rule = who, "reported"
        for q in quotes:
            if q.speaker != UNKNOWN or q.starts_sentence or not _speaks_in_first_person(q.text):
                continue
            text = self.paragraphs[q.para]
            if re.search(r"['\u2019]s\s*$", text[max(0, q.span.open_at - 4) : q.span.open_at]):
                continue  # 'McDonald's "I'm lovin' it" campaign': a possessive owns a slogan or a title
            # 'Jim Skinner attributed the rise to the "vitality of our menu"': words that say "our" or "I"
            # inside a sentence with no speech verb are its subject's own
            s, _e = self.coref.sentence_of(q.para, q.span.open_at)
            who = self._sentence_subject(q.para, s, q.span.open_at, quotes)
            if who >= 0:
                q.speaker, q.rule = who, "first-person"
        for q in quotes:
            if q.speaker == UNKNOWN and not q.starts_sentence and q.text[:1].islower():
                # 'Richard Thomas "totally condemned" the deletion', 'his admission that he "guessed ..."':
                # words quoted as the predicate of the person right before them are that person's
                who = self._subject_just_before(q, quotes)
                if who >= 0:
                    q.speaker, q.rule = who, "predicate"
        self._continue(chains)  # so do the words that are a subject's own or a predicate's
        for q in quotes:
            if q.speaker == UNKNOWN:
                who = self._between_one_source(q, quotes)
                if who >= 0:
                    q.speaker, q.rule = who, "between"
        for q in quotes:
            if q.speaker == UNKNOWN:
                q.speaker, q.rule = NOBODY, q.rule or "no-speaker"

    def _between_one_source(self, q: Quoted, quotes: list[Quoted]) -> int:
        """'"...," said John Westwood. India is a "dramatically growing economy ...". By buying into
        Yugansk, ONGC would ..., Mr Westwood explained.': words in a sentence that names no one and
        reports no speech, between a quotation of someone and the sentence that closes on them again,
        carry on what that person is saying."""
        text = self.paragraphs[q.para]
        s, e = self.coref.sentence_of(q.para, q.span.open_at)
        before = [o for o in quotes if o.para == q.para and o.span.open_at < s and o.speaker >= 0]
        if not before or any(m.start < e and m.end > s for m in self.mentions[q.para]):
            return UNKNOWN
        if any(cue.is_speech_verb(w) for w in cue.WORD.finditer(text, s, e)):
            return UNKNOWN
        following = [(a, b) for a, b in self.sentences[q.para] if a >= e]
        if not following:
            return UNKNOWN
        a, b = following[0]
        # (the source may close the sentence or stand between commas: "..., Mr Westwood explained, ...")
        for m in self.mentions[q.para]:
            if a <= m.start < b and self.people.by_mention.get((q.para, m.start)) == before[-1].speaker:
                verb = cue.WORD.match(text, m.end + 1)
                if text[m.end : m.end + 1] == " " and verb and cue.is_speech_verb(verb):
                    return before[-1].speaker
        return UNKNOWN

    def _subject_just_before(self, q: Quoted, spoken: list[Quoted]) -> int:
        text = self.paragraphs[q.para]
        window = max(0, q.span.open_at - 6)
        pronoun = re.search(r"\b(he|she)\s*$", text[window : q.span.open_at])
        if pronoun:
            at = window + pronoun.start(1)
            return self.coref.resolve_pronoun(q.para, at, cue.PRONOUNS[pronoun.group(1)], spoken)
        named = self._last_mention_before(q.para, q.span.open_at)
        if named is None or not re.fullmatch(r"\s*", text[named.end : q.span.open_at]):
            return UNKNOWN
        # a name is a subject only where it opens the sentence ("to honour critic Harold Bloom "the
        # international icon ..."" names the words' object, in apposition); "he" always is one
        s, _e = self.coref.sentence_of(q.para, q.span.open_at)
        key = self._key(q.para, named)
        return key if self._sentence_subject(q.para, s, q.span.open_at, spoken) == key else UNKNOWN

    @staticmethod
    def _continue(chains: list[list[Quoted]]) -> None:
        """A speech that runs on through new opening marks has one speaker, wherever it is given."""
        for chain in chains:
            known = [q.speaker for q in chain if q.speaker != UNKNOWN]
            last = None  # words carry on the latest attributed speech before them, else the first after
            for q in chain:
                if q.speaker != UNKNOWN:
                    last = q.speaker
                elif known:
                    q.speaker, q.rule = (last if last is not None else known[0]), "continued"

    def _paragraph_rule(self, q: Quoted, quotes: list[Quoted]) -> None:
        same = [o for o in quotes if o.para == q.para and o.speaker >= 0 and o is not q]
        if same:
            before = [o for o in same if o.span.open_at < q.span.open_at]
            q.speaker = (before[-1] if before else same[0]).speaker
            q.rule = "paragraph"

    def _introduced(self, q: Quoted, quotes: list[Quoted]) -> int:
        """The speaker of the sentence just before a quotation that has no attribution of its own.

        'Rao said her team had been surprised. "When the first plate lit up..."' (the subject of the
        reported speech), '"...," says Okafor. "I think right now..."' (the speaker of the quotation
        before), and 'Menzies Campbell repeated his party's calls. "The public interest..."' (the
        person the sentence is about).
        """
        s, _e = self.coref.sentence_of(q.para, q.span.open_at)
        if s > 0:
            para, prev_sentences = q.para, [(a, b) for a, b in self.sentences[q.para] if b <= s]
        elif q.para > 0:
            para, prev_sentences = q.para - 1, self.sentences[q.para - 1]
        else:
            return UNKNOWN
        if not prev_sentences:
            return UNKNOWN
        a, b = prev_sentences[-1]
        inside = [
            o
            for o in quotes
            if o.para == para and o is not q and (a <= o.span.open_at < b or o.span.start <= a < o.span.end)
        ]
        ptext = self.paragraphs[para]
        verbs = [w for w in cue.WORD.finditer(ptext, a, b) if cue.is_speech_verb(w)]
        if inside:
            # the source of the quotation before, person or not ('The document said: "..." "..."'); a title
            # or a motto quoted in that sentence is nobody's speech ('said Ivan Kulakov, deputy chairman of
            # Highland Gold - a firm with the motto "Bringing Russia's Gold to Market". "..."')
            spoken = [o for o in inside if o.rule != "title-or-term"] if verbs else inside
            known = [o.speaker for o in spoken if o.speaker != UNKNOWN]
            if spoken or not verbs:
                return known[-1] if known else UNKNOWN
        if verbs:
            who = self._subject(para, a, verbs[0].start(), [], first=False)
            if who >= 0 or who == UNNAMED:
                return who  # ("A Labour spokesman later said ... "...": the unnamed spokesman goes on)
            last = verbs[-1]
            if ptext[a : last.start()].rstrip().endswith(","):
                # "So MP3 players will disappear, says Mr Pearson. "So the gadgets ..."": the source
                # that closes the sentence
                named = self._mention_at(para, last.end(), b)
                if named is not None and not ptext[named.end : b].strip(' .,;:"\u201d'):
                    return self._key(para, named)
            if cue.CONNECTIVE.fullmatch(ptext, a, verbs[0].start()):
                # 'Then, says Mr Kotamaraja, the blogging world found out. "..."': the verb comes first
                who = self._subject(para, verbs[0].end(), b, [], first=True)
                if who >= 0:
                    return who
        who = self._sentence_subject(para, a, b, quotes)
        if who >= 0:
            return who
        named = {r.key for r in self.coref.refs if r.para == para and a <= r.pos < b}
        if len(named) == 1 and cue.ENDS_ON_AGENT.search(ptext, a, b):
            # '... grew out of research done by the company's research director Dr Alastair Sibbald. "We
            # are basically trying ..."': a sentence that ends on the one person it names introduces them
            return named.pop()
        # 'Mr Dein said that ... he feared ... Since 1992 clubs have seen their income soar. "..."': the
        # paragraph's reported speaker, when no other person or quotation comes between. The paragraph
        # before may hold it too, when it ends on that report ('Fiona Deans said the film is lossless. ||
        # The film will be encrypted. "People will see ..."').
        earlier = [(para, a, b) for a, b in prev_sentences[:-1]]
        named_here = any(r.para == para and r.pos < s for r in self.coref.refs)
        if para == q.para and q.para > 0 and not named_here:
            earlier = [(para - 1, a, b) for a, b in self.sentences[para - 1]] + earlier
        for p, a, b in reversed(earlier[-3:]):
            limit = s if p == q.para else len(self.paragraphs[p])  # what lies between it and the quotation
            if any(r.para == p and b <= r.pos < limit for r in self.coref.refs) or any(
                o.para == p and a <= o.span.open_at < limit for o in quotes
            ):
                return UNKNOWN
            verbs = [
                w for w in cue.WORD.finditer(self.paragraphs[p], a, b) if w.group(0) in cue.REPORTING_VERBS
            ]
            if verbs:
                who = self._subject(p, a, verbs[0].start(), [], first=False)
                return who if who >= 0 else UNKNOWN
        return UNKNOWN

    def _reported_just_before(self, q: Quoted, quotes: list[Quoted]) -> int:
        """'Mr Howard argued the only test was ... . It had nothing to do with putting "clear blue water"
        between them': words quoted in a sentence that carries on the reported speech of the sentence
        just before, in the same paragraph, with no person or quotation in between, are that speaker's."""
        s, _e = self.coref.sentence_of(q.para, q.span.open_at)
        prev = [(a, b) for a, b in self.sentences[q.para] if b <= s]
        if not prev:
            return UNKNOWN
        a, b = prev[-1]
        if any(r.para == q.para and b <= r.pos < q.span.open_at for r in self.coref.refs):
            return UNKNOWN  # someone else is named in the quotation's own sentence
        if any(o.para == q.para and b <= o.span.open_at < q.span.open_at and o is not q for o in quotes):
            return UNKNOWN
        text = self.paragraphs[q.para]
        lead = text[s : q.span.open_at]
        if not (cue.PRONOUN_RE.search(lead) or _CARRIES_ON.match(lead) or _BACKSHIFTED.search(lead)):
            return UNKNOWN  # "Ericsson's research has shown ... "tribes"": a new subject of its own
        if _OTHERS_WORDS.search(lead):
            return UNKNOWN  # "he brushed off Labour suggestions a vote would let them in "by the back door""
        verbs = [w for w in cue.WORD.finditer(text, a, b) if w.group(0) in cue.REPORTING_VERBS]
        if not verbs:
            return UNKNOWN
        who = self._subject(q.para, a, verbs[0].start(), [], first=False)
        quoted_there = [o for o in quotes if o.para == q.para and a <= o.span.open_at < b]
        # words quoted in the report itself must be its speaker's partial ones ('... the "reckless"
        # plans, he said.'): a whole quotation before makes the next sentence narration
        if any(o.starts_sentence or o.speaker not in (who, NOBODY) for o in quoted_there):
            return UNKNOWN
        return who

    def _named_between(self, prev: Quoted, q: Quoted) -> bool:
        """Whether another person is named outside quotes between two quotations."""
        for r in self.coref.refs:
            if (prev.para, prev.span.open_at) < (r.para, r.pos) < (
                q.para,
                q.span.open_at,
            ) and r.key != prev.speaker:
                return True
        return False


# a prepositional or adverbial clause that opens a sentence before its subject, with no comma inside
_ADVERBIAL_OPENING = re.compile(
    r"\s*(?:In|On|At|After|Before|During|With|Without|Despite|Following|Under|Amid|Since|Upon|Having|"
    r"When|While|Once|Until|Although|Though)\s[^,;]*"
)
# adverbs between a subject and its verb ("he bitterly said", "Mr Blair later told"), not a noun after its
# determiner ("the family said")
_ADVERBS_BEFORE_VERB = re.compile(
    r"(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bhis)(?<!\bher)(?<!\bits)(?<!\btheir)(?<!\bour)"
    r"(?:\s+(?:[a-z]{3,}ly|also|then|later|again|once|still|even|never|always|now))+\s*$"
)
# "Fiona Stanier QC, for Ms Fairlie, had told the court": the client a lawyer speaks for is an aside too
_SPEAKS_FOR = re.compile(r"(?:for|representing|acting\s+for|on\s+behalf\s+of)\s+(?:the\s+)?[A-Z]")
# a participle opening a sentence, maybe after a conjunction: "While accepting that", "Despite insisting"
_PARTICIPLE_OPENING = re.compile(
    r"\s*(?:(?:While|Whilst|Despite|After|Before|Though|Although|Since|When)\s+(?:[a-z]+ly\s+)?[a-z]+ing"
    r"|[A-Z][a-z]+ing)\b[^,;:\"\u201c\u201d]{0,120}"
)
# the rest of an opening clause, to the comma that ends it
_TO_CLAUSE_END = re.compile(r"[^,;:\"\u201c]{0,160}?,\s+")
# "joined by Judge Samuel Ortiz": a companion named in an aside, not the subject
_COMPANION = re.compile(r"[a-z]+ed\s+by\s")
# "That was how Chairman Harold Beckett put it", "That was the question X asked", "That line came from
# Sen. Mark Tolliver": the next paragraph names the words' source
# ("That's how Dr. Carla Betancourt describes", "That was Rep. Curt Velasco (R-Nev.), speaking")
_THAT_WAS = re.compile(
    r"\s*(?:(?:That|Those|These)(?:['\u2019]s|\s+(?:was|is|were))\s+(?:how|what|the\s+(?:[a-z]+\s+){0,2}[a-z]+)"
    r"|(?:That|The)\s+(?:line|remark|comment|quip|warning|assessment|verdict|words?)\s+came\s+from"
    r"|(?P<bare>That(?:\s+was|\s+is|['\u2019]s)(?=\s+(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.'\u2019-]+[\s,(])))\s+"
)
# "a claim by ", "accusations from ": words quoted after the claim are the claimant's
_CLAIM_BY = re.compile(rf"\b(?:{cue.CLAIM_NOUNS}|charges?)\s+(?:by|from)\s+")
# A name used for a household or a camp: "The Corliss family", "the Kerry camp"
_FAMILY = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w'-]+\s+(?:family|families|clan|household|camp)$")
# "'s publicist", "'s new lawyer": a role that belongs to the name before it
_OWNED_ROLE = re.compile(r"['\u2019]s\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\b")
# "a spokesman for ", "an aide to the ": an unnamed person known by whom they serve, right before a name
_SOMEONE_FOR = re.compile(
    r"(?:^|(?<=[\s,]))((?:[Aa]n?|[Oo]ne)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:for|of|to|at|from|with))"
    r"\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?$"
)
# a proper name with no lowercase word but its function words: "Singapore-based Orient Meridian Lines"
_PROPER_NAME = re.compile(r"[A-Z][\w&'.-]*(?:\s+(?:[A-Z0-9][\w&'.-]*|of|and|the|for|&))*")
# between a name and the comma before "who": " of Romania, the eldest daughter of ex-King Michael"
_APPOSITION_BEFORE_WHO = re.compile(
    r"(?:\s+of\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?,\s+(?:the|a|an|his|her|their)\s+[^,;()\"\u201c]*"
)
# A document someone wrote, after its owner: "Mr Crosby's statement", "his report"
_OWNED_DOCUMENT = re.compile(
    r"(?:\b(?P<pronoun>[Hh]is|[Hh]er)|(?P<owner_end>)['\u2019]s)\s+(?:(?:latest|new|own|written|annual)\s+)?"
    r"(?:statement|letter|report|e-?mail|memo|blog|book|memoir|article|column|note|affidavit)\s*$"
)
# ", said Chris Stening": a reporting verb and its subject after the words, anywhere in the sentence
_SAID_NAME = re.compile(r",\s*(?:said|says|added|adds)\s+(?:the\s|[A-Z])")
# 'EEF chief economist, Steve Radley', 'BA director of commercial planning, Robert Boyle'
_ORG_ROLE_COMMA = re.compile(
    r"\s*(?:[A-Z][\w&.'-]*\s+){1,3}(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)"
    r"(?:\s+(?:of|for|at)\s+[\w&'-]+(?:\s+[\w&'-]+){0,3})?,\s*"
)
# "Speaking to Le Matin": an opening clause naming whom the sentence's subject addressed
_SPOKEN_TO = re.compile(rf"\s*{SPOKEN_TO}[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){{0,4}}")
# "As ... put it", "how ... put it": the words after "as" name who put it so
_AS_PUT = re.compile(r"\b(?:[Aa]s|[Hh]ow)\s+")
# '"...," he told': a short source between a closing quotation mark and its verb
_QUOTE_THEN_SOURCE = re.compile(r"[\"\u201d],?\s+((?:he|she|[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}))\s+$")
# ", and United's statement to the stock exchange": a new clause's subject at the end of a phrase
# a quotation inside the quotation: 'I think I'm done, Lonnie,' (its apostrophes do not close it)
_NESTED_QUOTE = re.compile(r"(?:(?<=\s)|^)['\u2018][A-Z].*?[,.!?]['\u2019](?=\s|$)")
_NEW_CLAUSE = re.compile(r",\s+(?:and|but)\s+((?:the\s+|its\s+|[A-Z][\w&.-]*['\u2019]s\s+)[^,;:]{1,60})$")
# nothing, or an aside of two words or more set off by commas: ", apparently talking about the EU, " (not
# a lone ", though, ")
_ASIDE = re.compile(r"\s*(?:,\s*[^,;:.\"\u201c\u201d\s]+\s+[^,;:.\"\u201c\u201d]{1,60},\s*)?")
# "consular officials had told": people, unnamed, as the subject right before a verb of telling
_PEOPLE_TOLD = re.compile(
    r"\b([a-z]+s)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?"
    r"(?:told|tells|assured|informed|warned|described|called|dubbed|branded)$"
)
# "posed by Brighton nurse", "a message from": the agent of the words, then maybe a role before the name
_AGENT_BEFORE = re.compile(r"\b(?:by|from)\s+(?:[\w'-]+\s+){0,4}$")
# Nouns for what others say: words quoted after them are theirs, not the reporter's
_OTHERS_WORDS = re.compile(rf"\b(?:{cue.CLAIM_NOUNS}|reports?|rumou?rs?)\b")
# A sentence that carries on the one before rather than starting on a new subject
_CARRIES_ON = re.compile(r"\s*(?:It|This|That|However|But|And|Also|Instead)\b")
# "Convention should be "nurtured and celebrated"": reported speech runs on in backshifted modals
_BACKSHIFTED = re.compile(r"\b(?:would|should|could|must|might)\b")


# A common noun phrase after "by": "the sentencing judge", "a spokesman for the club"
_AGENT_PHRASE = re.compile(r"(?:the|a|an|its|his|her|their)\s+[^.,;:!?\"\u201c\u201d]{1,60}")

_FROM_SOURCE = re.compile(r"\s+from\s+(?:[a-z][\w-]*\s+){0,3}")  # (... from Lib Dem leader Charles Kennedy)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|my|our|we|us|me)\b")
_FIRST_PERSON_OPENING = re.compile(r"\b(?:My|Our|We|We're|We've|Us|Me)\b")


def _speaks_in_first_person(words: str) -> bool:
    """Whether quoted words say "I" or "we". A capitalised "We" or "My" counts only in a sentence, not
    in a title written in capitals ("We Will Rock You", "My Fair Lady"): a sentence has a word of four
    letters or more in lower case."""
    if _FIRST_PERSON.search(words):
        return True
    return bool(_FIRST_PERSON_OPENING.search(words)) and bool(re.search(r"\b[a-z]{4,}\b", words))

# A sentence that opens on a common noun phrase: "The sign read", "This note said"
_THING_OPENING = re.compile(r"\s*(?:The|This|That)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+[a-z]")


# "The barrister who had represented ...": a definite role noun and a restrictive relative clause
_RESTRICTIVE_HEAD = re.compile(r"((?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,3}?([a-z][\w-]*))\s+(?:who|that)\s+\w")


def _folded_words(text: str) -> str:
    return " ".join(cue.WORD.findall(text.lower()))


# Adjectives of peoples, faiths and creeds: "American", "Zionist", "Islamic", "Kurdish", "Lebanese"
_PEOPLES_ADJECTIVE = re.compile(r"(?:ist|ists|ian|ians|ese|ish|ic)$")


_SINGLE_QUOTED = re.compile(r"(?:^|\s)['\u2018]([A-Z][^'\u2019]{1,60})['\u2019](?=\s|$|[:,])")


def _looks_like_title(q: Quoted) -> bool:
    """Short Title Case words in marks, not opening a sentence: a work, a slogan, a name."""
    if q.starts_sentence:
        return False
    words = cue.WORD.findall(q.text)
    if not words or len(words) > 8:
        return False
    small = {"a", "an", "the", "of", "to", "in", "on", "and", "or", "for", "at", "by", "with", "from"}
    small |= {"de", "la", "el", "del", "los", "las", "contra", "y", "e", "le", "les", "des", "du", "di", "da"}
    small |= {"von", "der", "die", "das", "und", "van", "het", "en"}  # titles in other languages
    caps = [w for w in words if w.lower() not in small]
    # a title capitalises every part of a compound ("Spider-Man"); "German-bashing" is a word of speech
    if not caps or not all(part[:1].isupper() for w in caps for part in w.split("-") if part):
        return False
    if len(caps) > 1 and all(_PEOPLES_ADJECTIVE.search(w) or w.lower() in NATIONALITIES for w in caps):
        return False  # 'against "American and Zionist" forces': what someone calls a people, not a work
    if not q.text.rstrip().endswith((",", ".", "?", "!")):
        return True
    # US style puts the comma or full stop inside the marks: 'his memoir, "Nobody Reads the Bill."', 'a
    # class she calls "Babies on the Pass,"'; headline capitals around a small word are a title's
    return len(words) >= 3 and any(w in small for w in words[1:])
