"""One article's text in, one `Article` record out: the order in which the rules run.

Layout first (what is body, what is page furniture), then per paragraph the quotation spans,
sentences and person mentions, then the article's people, then attribution (which needs all
three), then dated events. Every step is a pure function of the text; no step reads files.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right

from bot.extract.attribution import Attributor, Quoted
from bot.extract.coreference import Coreference
from bot.extract.dates import find_dates
from bot.extract.layout import parse_layout
from bot.extract.mentions import find_mentions, without_organisation_names
from bot.extract.people import (
    build_people,
    describe_from_headline,
    genders_from_pronouns,
    vouch_glued_given_names,
    vouch_listed_with_people,
    vouch_pronoun_subjects,
    vouch_recurring_speakers,
    vouch_surname_owners,
)
from bot.extract.quotespans import find_quote_spans
from bot.extract.records import Article, Event, Person, Quote, Sentence
from bot.extract.sentences import split_sentences
from bot.extract.teamsheet import is_name_list, is_official_line
from bot.extract.text import clean_text, squash


def extract_article(text: str, source: str) -> Article:
    """Extract sentences, quotations, people and events from one article's raw text."""
    layout = parse_layout(clean_text(text))
    paragraphs = layout.paragraphs
    published = dt.date.fromisoformat(layout.published) if layout.published else None

    spans = [find_quote_spans(p) for p in paragraphs]
    sentence_spans = [split_sentences(p) for p in paragraphs]
    # (a referee's line, "M Riley (W Yorkshire).", is read as a team sheet's: an initial and a surname)
    mentions = [
        find_mentions(p, [(s.start, s.end) for s in sp], in_sheet=is_official_line(p))
        for p, sp in zip(paragraphs, spans, strict=True)
    ]
    if any(m.evidence == "listed" for paragraph in mentions for m in paragraph):
        # a report with a team sheet: its short unlabelled lists ("Moilanen, Kizys.") are the bench
        for i, (p, sp) in enumerate(zip(paragraphs, spans, strict=True)):
            if is_name_list(p) and not any(m.evidence == "listed" for m in mentions[i]):
                mentions[i] = find_mentions(p, [(s.start, s.end) for s in sp], in_sheet=True)
    mentions = vouch_listed_with_people(paragraphs, vouch_recurring_speakers(paragraphs, mentions))
    mentions = vouch_pronoun_subjects(paragraphs, sentence_spans, mentions)
    mentions = vouch_surname_owners(paragraphs, mentions)
    mentions = vouch_glued_given_names(paragraphs, mentions)
    mentions = without_organisation_names(paragraphs, mentions)
    # Captions are not body text, but the people they name and describe are the article's people.
    caption_mentions = [find_mentions(c) for c in layout.captions]
    # The headline may be the only place a surname is given in full ("Alicia Keys to open Super Bowl",
    # then "Keys said"); its names count only through the body's references to them.
    title_mentions = [find_mentions(layout.title)] if layout.title else []
    extra = [(layout.author, layout.author_description)] if layout.author else []
    people = build_people(mentions + caption_mentions + title_mentions, extra)
    describe_from_headline(layout.title, mentions, people)
    genders_from_pronouns(paragraphs, mentions, people)
    in_text = {
        key for (p, _at), key in people.by_mention.items() if p < len(mentions) + len(caption_mentions)
    }
    in_text |= {e.key for e in people.entities if e.name == layout.author}

    # sentence records and a map from (paragraph, offset) to sentence id
    sentences: list[Sentence] = []
    sentence_ids: list[list[tuple[int, int, int]]] = []
    for p, (paragraph, sspans) in enumerate(zip(paragraphs, sentence_spans, strict=True)):
        ids = []
        for s, e in sspans:
            sentences.append(Sentence(len(sentences) + 1, p, squash(paragraph[s:e])))
            ids.append((s, e, len(sentences)))
        sentence_ids.append(ids)

    starts = [[s for s, _e, _sid in ids] for ids in sentence_ids]
    quoted: list[Quoted] = []
    for p, sp in enumerate(spans):
        for span in sp:
            body = paragraphs[p][span.start : span.end].strip()
            if not body:
                continue
            k = bisect_right(starts[p], span.open_at) - 1
            sent_start = sentence_ids[p][k][0] if k >= 0 else 0
            head = paragraphs[p][sent_start : span.open_at].strip(" \u2013\u2014-")
            quoted.append(Quoted(p, span, body, starts_sentence=(head == "" or head.endswith(":"))))
    quote_bounds = [[(s.start, s.end) for s in sp] for sp in spans]
    coref = Coreference(paragraphs, sentence_spans, mentions, people, quote_bounds)
    attributor = Attributor(coref, layout.title)
    attributor.attribute(quoted)

    quotes: list[Quote] = []
    spoken: set[int] = set()
    for q in quoted:
        first = max(0, bisect_right(starts[q.para], q.span.start) - 1)
        last = bisect_left(starts[q.para], q.span.end)
        ids = tuple(
            sid for s, e, sid in sentence_ids[q.para][first:last] if s < q.span.end and q.span.start < e
        )
        speaker = people.entity(q.speaker).name if q.speaker >= 0 else None
        if q.speaker >= 0:
            spoken.add(q.speaker)
        quotes.append(Quote(_clean_quote(q.text), speaker, ids, q.rule, q.role if speaker is None else None))

    # someone the body quotes by pronoun alone (named only in the headline) is the article's person too,
    # so that every speaker is among the people
    in_text |= spoken
    persons = tuple(
        Person(e.name, tuple(e.aliases), tuple(e.descriptions))
        for e in people.entities
        if e.key in in_text
        and (len(e.name.split()) > 1 or e.key in spoken or e.aliases or e.descriptions or e.listed)
    )

    events: list[Event] = []
    captions = [(None, squash(c[s:e])) for c in layout.captions for s, e in split_sentences(c)]
    for sid, text_ in captions + [(s.id, s.text) for s in sentences]:
        seen: set[str] = set()
        for d in find_dates(text_, published):
            if d.value not in seen:
                seen.add(d.value)
                events.append(Event(d.value, text_, sid, d.rule))

    return Article(
        source=source,
        title=layout.title,
        author=layout.author,
        published=layout.published,
        sentences=tuple(sentences),
        quotes=tuple(quotes),
        people=persons,
        events=tuple(events),
        boilerplate=tuple(layout.boilerplate),
    )


def _clean_quote(text: str) -> str:
    """The quoted words as printed, whitespace squashed. A closing comma inside the marks ("...," she
    said) stays: it is part of what the marks enclose, and a reader's opening may include it."""
    return squash(text)
