"""Moderated "who said this?" study sessions: planning, answer checking, and a clock-driven state machine.

Why a pure module: the rules (what counts as a right answer, when hints appear, how points are
given, what a pause or a restart does to the clock) are the part worth testing exhaustively, and
they have nothing to do with Discord. The caller owns I/O: it passes the current time (`now`, epoch
seconds) into every transition, persists the session after each one (`to_records()`), and renders
the plain events the transitions return. Red-DiscordBot's trivia is the model: the front end runs
one task per session around "wait for the next message, or the next deadline".

Rules:
- A round shows a quotation; members type who said it. A guess is right when it names the speaker
  (full name, an alias, the surname alone, a misspelling) *and* names nobody else in the scope
  better or about as well; "John" when two Johns are quoted is ambiguous, not right.
- Points: 3 for an answer without hints, one less per hint shown, at least 1.
- Hints (how articles describe the speaker, then the initials) appear by themselves at 1/3 and 2/3
  of the round time, or earlier on request.
- Pause freezes the round clock; resume continues it. After a restart the current round is asked
  again with its full time, since nobody saw the clock run while the bot was away.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from bot.core.results import UsageError
from bot.core.text import fold
from bot.core.who import find_people, name_score
from bot.people_index import name_key, name_tokens
from bot.store import Store
from bot.store.sessions import RoundRecord, ScoreRecord, SessionRecord

ACTIVE, PAUSED, FINISHED, CANCELLED = "active", "paused", "finished", "cancelled"
LIVE = (ACTIVE, PAUSED)
Scope = Literal["corpus", "article", "person"]

DEFAULT_ROUNDS = 10
MAX_ROUNDS = 50
DEFAULT_SECONDS = 30
MIN_SECONDS = 10
MAX_SECONDS = 300
MAX_POINTS = 3
MAX_HINTS = 2
#: Name score (0-100, bot.core.who.name_score) a guess needs to count as naming someone.
ACCEPT = 78.0
#: How far ahead of every other person the speaker must be for the guess to be unambiguous.
MARGIN = 6.0
#: Quotations shorter than this many words make poor questions ("not insignificant").
MIN_QUOTE_WORDS = 5
MAX_QUOTE_CHARS = 1200


class SessionError(UsageError):
    """A session command that cannot be carried out; the message says why, for members."""


# --------------------------------------------------------------------------------------------
# Plain data
# --------------------------------------------------------------------------------------------

@dataclass(slots=True)
class Round:
    position: int
    quote_text: str
    speaker: str
    answers: tuple[str, ...]           # the speaker's name and aliases
    hints: tuple[str, ...] = ()
    article: str | None = None
    article_id: str | None = None
    published: str | None = None
    outcome: str | None = None         # None while open | answered | skipped | timeout
    winner_id: int | None = None
    points: int = 0


@dataclass(slots=True)
class Score:
    user_id: int
    display_name: str
    points: int = 0
    correct: int = 0


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: Literal["correct", "wrong", "ambiguous", "ignored"]
    score: float = 0.0
    rivals: tuple[str, ...] = ()       # for "ambiguous": the other people the guess could mean


@dataclass(frozen=True, slots=True)
class HintShown:
    number: int                        # 1-based
    text: str
    round: Round


@dataclass(frozen=True, slots=True)
class RoundClosed:
    round: Round
    reason: Literal["answered", "skipped", "timeout"]
    winner: Score | None
    points: int
    next_round: Round | None           # None when the session is over
    finished: bool


@dataclass(frozen=True, slots=True)
class AnswerOutcome:
    verdict: Verdict
    closed: RoundClosed | None = None


Event = HintShown | RoundClosed


# --------------------------------------------------------------------------------------------
# Answer checking
# --------------------------------------------------------------------------------------------

def _form_tokens(name: str) -> tuple[str, ...]:
    return tuple(t.replace("'", "") for t in name_tokens(name))


def person_match(guess_tokens: Sequence[str], forms: Iterable[str]) -> float:
    """How well a guess names a person known by `forms` (name and aliases), 0-100."""
    best = 0.0
    for form in forms:
        toks = _form_tokens(form)
        if toks:
            best = max(best, name_score(list(guess_tokens), toks))
    return best


def check_answer(guess: str, answers: Sequence[str], candidates: Sequence[Sequence[str]]) -> Verdict:
    """Is `guess` the person known by `answers`, and nobody else among `candidates`?

    `candidates` lists every person in the session's scope as (name, *aliases); the speaker may
    be among them (recognised by name key) and is then skipped.
    """
    toks = [t.replace("'", "") for t in name_tokens(guess or "")]
    if not toks or len("".join(toks)) < 3 or len(toks) > 6:
        return Verdict("ignored")
    mine = person_match(toks, answers)
    if mine < ACCEPT:
        return Verdict("wrong", mine)
    speaker_key = name_key(answers[0]) if answers else ""
    rivals: list[tuple[float, str]] = []
    for forms in candidates:
        if not forms or name_key(forms[0]) == speaker_key:
            continue
        s = person_match(toks, forms)
        if s >= ACCEPT and s > mine - MARGIN:
            rivals.append((s, forms[0]))
    if rivals:
        if max(s for s, _ in rivals) > mine + MARGIN:
            return Verdict("wrong", mine)  # clearly someone else
        return Verdict("ambiguous", mine, tuple(n for _, n in sorted(rivals, reverse=True)))
    return Verdict("correct", mine)


def points_for(hints_shown: int) -> int:
    return max(1, MAX_POINTS - hints_shown)


# --------------------------------------------------------------------------------------------
# Planning
# --------------------------------------------------------------------------------------------

def initials_hint(name: str) -> str:
    """'Ellen Okafor' -> 'E\u2022\u2022\u2022\u2022 O\u2022\u2022\u2022\u2022\u2022'."""
    return " ".join(w[0] + "\u2022" * (len(w) - 1) for w in name.split() if w)


def _gives_away(text: str, names: Iterable[str]) -> bool:
    """Whether `text` contains a token of any of the names (the hint or question would be trivial)."""
    words = set(fold(text).replace("'", " ").split())
    return any(len(t) > 2 and t in words for n in names for t in _form_tokens(n))


def make_hints(speaker: str, aliases: Sequence[str], descriptions: Sequence[str]) -> tuple[str, ...]:
    names = (speaker, *aliases)
    hints: list[str] = []
    for d in descriptions:
        d = " ".join(d.split())
        if 3 <= len(d) <= 200 and not _gives_away(d, names):
            hints.append(d[0].upper() + d[1:])
            break
    hints.append(initials_hint(speaker))
    return tuple(hints[:MAX_HINTS])


@dataclass(frozen=True, slots=True)
class QuoteIn:
    """What planning needs of a stored quotation (bot.store.QuoteRow has these attributes)."""

    text: str
    speaker: str | None
    article_id: str


@dataclass(frozen=True, slots=True)
class PersonIn:
    """What planning needs of a person (bot.store.PersonRow has these attributes)."""

    name: str
    aliases: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    article_ids: tuple[str, ...] = ()


def plan_rounds(quotes: Iterable[QuoteIn], people: Iterable[PersonIn], *, count: int,
                article_labels: dict[str, str] | None = None, published: dict[str, str | None] | None = None,
                rng: random.Random | None = None) -> list[Round]:
    """Pick up to `count` good questions: attributed, long enough, not naming their speaker, no repeats.

    Speakers are spread out: the shuffle is round-robin over speakers, so ten rounds are not ten
    quotations of the most-quoted person.
    """
    rng = rng or random.Random()
    by_name = {p.name: p for p in people}
    labels = article_labels or {}
    dates = published or {}
    seen: set[str] = set()
    per_speaker: dict[str, list[QuoteIn]] = {}
    for q in quotes:
        if not q.speaker or q.speaker not in by_name:
            continue
        text = " ".join(q.text.split())
        key = fold(text)
        if key in seen or len(text.split()) < MIN_QUOTE_WORDS or len(text) > MAX_QUOTE_CHARS:
            continue
        p = by_name[q.speaker]
        if _gives_away(text, (p.name, *p.aliases)):
            continue
        seen.add(key)
        per_speaker.setdefault(q.speaker, []).append(q)
    speakers = sorted(per_speaker)
    rng.shuffle(speakers)
    for s in speakers:
        rng.shuffle(per_speaker[s])
    picked: list[QuoteIn] = []
    while len(picked) < count and any(per_speaker.values()):
        for s in speakers:
            if per_speaker[s] and len(picked) < count:
                picked.append(per_speaker[s].pop())
    rounds = []
    for i, q in enumerate(picked):
        p = by_name[q.speaker or ""]
        answers = tuple(dict.fromkeys((p.name, *p.aliases)))
        rounds.append(Round(position=i, quote_text=" ".join(q.text.split()), speaker=p.name, answers=answers,
                            hints=make_hints(p.name, p.aliases, p.descriptions),
                            article=labels.get(q.article_id), article_id=q.article_id,
                            published=dates.get(q.article_id)))
    return rounds


# --------------------------------------------------------------------------------------------
# The session
# --------------------------------------------------------------------------------------------

@dataclass(slots=True)
class Session:
    guild_id: int
    channel_id: int
    started_by: int
    scope_kind: str
    scope_value: str | None
    scope_label: str
    round_seconds: int
    rounds: list[Round]
    candidates: tuple[tuple[str, ...], ...] = ()
    id: int | None = None
    status: str = ACTIVE
    round_index: int = 0
    hints_shown: int = 0
    deadline: float | None = None
    remaining: float | None = None
    scores: dict[int, Score] = field(default_factory=dict)

    # ---------------------------------------------------------------- reading

    @property
    def is_live(self) -> bool:
        return self.status in LIVE

    @property
    def current(self) -> Round | None:
        if self.is_live and 0 <= self.round_index < len(self.rounds):
            return self.rounds[self.round_index]
        return None

    @property
    def total(self) -> int:
        return len(self.rounds)

    def hints_visible(self) -> tuple[str, ...]:
        r = self.current
        return r.hints[: self.hints_shown] if r else ()

    def time_left(self, now: float) -> float:
        if self.status == PAUSED:
            return self.remaining or 0.0
        if self.deadline is None:
            return float(self.round_seconds)
        return max(0.0, self.deadline - now)

    def _next_hint_at(self) -> float | None:
        r = self.current
        if r is None or self.deadline is None or self.hints_shown >= len(r.hints):
            return None
        start = self.deadline - self.round_seconds
        return start + self.round_seconds * (self.hints_shown + 1) / (len(r.hints) + 1)

    def next_event_at(self) -> float | None:
        """When the caller should wake up even if nobody types anything (None: not running)."""
        if self.status != ACTIVE or self.deadline is None:
            return None
        hint = self._next_hint_at()
        return min(self.deadline, hint) if hint is not None else self.deadline

    def leaderboard(self) -> list[Score]:
        return sorted(self.scores.values(), key=lambda s: (-s.points, -s.correct, s.display_name.casefold()))

    # ---------------------------------------------------------------- transitions

    def begin(self, now: float) -> None:
        """Start the clock of the current round (first round, or after a restart)."""
        if self.status == ACTIVE and self.current is not None:
            self.deadline = now + self.round_seconds
            self.remaining = None

    def restore(self, now: float) -> None:
        """After a restart: the current round is asked again with its full time."""
        if self.status == ACTIVE:
            self.begin(now)
        elif self.status == PAUSED:
            self.remaining = float(self.round_seconds)

    def due(self, now: float) -> list[Event]:
        """Hints and timeouts whose time has come; call whenever the wake-up time passes."""
        events: list[Event] = []
        while self.status == ACTIVE and self.current is not None:
            if self.deadline is not None and now >= self.deadline:
                events.append(self._close("timeout", now))  # hints never shown are moot now
                break
            hint_at = self._next_hint_at()
            if hint_at is not None and now >= hint_at:
                shown = self.reveal_hint()
                if shown is not None:
                    events.append(shown)
                    continue
            break
        return events

    def reveal_hint(self) -> HintShown | None:
        r = self.current
        if self.status != ACTIVE or r is None or self.hints_shown >= len(r.hints):
            return None
        self.hints_shown += 1
        return HintShown(self.hints_shown, r.hints[self.hints_shown - 1], r)

    def answer(self, user_id: int, display_name: str, guess: str, now: float) -> AnswerOutcome:
        r = self.current
        if self.status != ACTIVE or r is None:
            return AnswerOutcome(Verdict("ignored"))
        verdict = check_answer(guess, r.answers, self.candidates)
        if verdict.kind != "correct":
            return AnswerOutcome(verdict)
        score = self.scores.get(user_id) or Score(user_id, display_name)
        score.display_name = display_name
        self.scores[user_id] = score
        return AnswerOutcome(verdict, self._close("answered", now, score))

    def skip(self, now: float) -> RoundClosed:
        if not self.is_live or self.current is None:
            raise SessionError("There is no round to skip.")
        if self.status == PAUSED:
            raise SessionError("The session is paused; resume it first.")
        return self._close("skipped", now)

    def pause(self, now: float) -> None:
        if self.status == PAUSED:
            raise SessionError("The session is already paused.")
        if self.status != ACTIVE:
            raise SessionError("The session is over.")
        self.remaining = self.time_left(now)
        self.deadline = None
        self.status = PAUSED

    def resume(self, now: float) -> None:
        if self.status == ACTIVE:
            raise SessionError("The session is not paused.")
        if self.status != PAUSED:
            raise SessionError("The session is over.")
        self.status = ACTIVE
        left = self.remaining if self.remaining is not None else float(self.round_seconds)
        self.deadline = now + max(left, min(10.0, float(self.round_seconds)))
        self.remaining = None

    def end(self) -> None:
        """Stop early (moderator): the scores so far stand."""
        if not self.is_live:
            raise SessionError("The session is already over.")
        self.status = CANCELLED
        self.deadline = self.remaining = None

    def _close(self, reason: Literal["answered", "skipped", "timeout"], now: float,
               winner: Score | None = None) -> RoundClosed:
        r = self.rounds[self.round_index]
        points = points_for(self.hints_shown) if winner is not None else 0
        r.outcome, r.points = reason, points
        r.winner_id = winner.user_id if winner is not None else None
        if winner is not None:
            winner.points += points
            winner.correct += 1
        self.round_index += 1
        self.hints_shown = 0
        if self.round_index >= len(self.rounds):
            self.status = FINISHED
            self.deadline = self.remaining = None
            return RoundClosed(r, reason, winner, points, None, True)
        self.begin(now)
        return RoundClosed(r, reason, winner, points, self.rounds[self.round_index], False)

    # ---------------------------------------------------------------- persistence mapping

    def to_records(self) -> tuple[SessionRecord, list[RoundRecord], list[ScoreRecord]]:
        rec = SessionRecord(
            id=self.id, guild_id=self.guild_id, channel_id=self.channel_id, started_by=self.started_by,
            scope_kind=self.scope_kind, scope_value=self.scope_value, scope_label=self.scope_label,
            status=self.status, round_index=self.round_index, round_seconds=self.round_seconds,
            hints_shown=self.hints_shown, deadline=self.deadline, remaining=self.remaining,
            candidates=[list(c) for c in self.candidates])
        rounds = [RoundRecord(position=r.position, quote_text=r.quote_text, speaker=r.speaker,
                              answers=list(r.answers), hints=list(r.hints), article=r.article,
                              article_id=r.article_id, published=r.published, outcome=r.outcome,
                              winner_id=r.winner_id, points=r.points) for r in self.rounds]
        scores = [ScoreRecord(s.user_id, s.display_name, s.points, s.correct) for s in self.scores.values()]
        return rec, rounds, scores

    @classmethod
    def from_records(cls, rec: SessionRecord, rounds: Sequence[RoundRecord],
                     scores: Sequence[ScoreRecord]) -> Session:
        return cls(
            guild_id=rec.guild_id, channel_id=rec.channel_id, started_by=rec.started_by,
            scope_kind=rec.scope_kind, scope_value=rec.scope_value, scope_label=rec.scope_label or "",
            round_seconds=rec.round_seconds,
            rounds=[Round(position=r.position, quote_text=r.quote_text, speaker=r.speaker,
                          answers=tuple(r.answers), hints=tuple(r.hints), article=r.article,
                          article_id=r.article_id, published=r.published, outcome=r.outcome,
                          winner_id=r.winner_id, points=r.points) for r in rounds],
            candidates=tuple(tuple(c) for c in rec.candidates), id=rec.id, status=rec.status,
            round_index=rec.round_index, hints_shown=rec.hints_shown, deadline=rec.deadline,
            remaining=rec.remaining,
            scores={s.user_id: Score(s.user_id, s.display_name, s.points, s.correct) for s in scores})


# --------------------------------------------------------------------------------------------
# Building a session from the store
# --------------------------------------------------------------------------------------------

async def resolve_article(store: Store, target: str, guild_id: int | None) -> tuple[str, str]:
    """(article id, label) for an id ("#3097371e7288" or a prefix of it) or title words."""
    from bot.core.articles import list_articles

    wanted = target.strip().lstrip("#").strip()
    if not wanted:
        raise SessionError("Which article? Give its id (see `articles`) or words of its title.")
    everything = await list_articles(store, None, guild_id=guild_id)
    by_id = [a for a in everything if a.id.startswith(wanted.lower())] if len(wanted) >= 4 else []
    found = by_id or await list_articles(store, wanted, guild_id=guild_id)
    if not found:
        raise SessionError(f"No article matches {target!r}; `articles` lists them.")
    if len(found) > 1 and not by_id:
        exact = [a for a in found if fold(a.label) == fold(wanted)]
        if len(exact) != 1:
            names = "; ".join(a.label[:60] for a in found[:3])
            raise SessionError(f"{target!r} matches several articles ({names}); use the id from `articles`.")
        found = exact
    return found[0].id, found[0].label


async def create_session(store: Store, *, guild_id: int, channel_id: int, started_by: int,
                         article: str | None = None, person: str | None = None,
                         rounds: int = DEFAULT_ROUNDS, round_seconds: int = DEFAULT_SECONDS,
                         rng: random.Random | None = None) -> Session:
    """Plan a new session over the server's scope (unsaved: the caller inserts it)."""
    if article and person:
        raise SessionError("Choose an article or a person, not both.")
    if not 1 <= rounds <= MAX_ROUNDS:
        raise SessionError(f"Rounds must be between 1 and {MAX_ROUNDS}.")
    if not MIN_SECONDS <= round_seconds <= MAX_SECONDS:
        raise SessionError(f"Seconds per round must be between {MIN_SECONDS} and {MAX_SECONDS}.")
    people = await store.people(guild_id)
    quotes = await store.quotes(guild_id)
    arts = {a.id: a for a in await store.articles(guild_id)}
    scope_kind: Scope = "corpus"
    scope_value: str | None = None
    label = "all articles"
    if article:
        aid, label = await resolve_article(store, article, guild_id)
        scope_kind, scope_value = "article", aid
        quotes = [q for q in quotes if q.article_id == aid]
    elif person:
        found = await find_people(store, person, guild_id=guild_id, limit=1)
        if not found:
            raise SessionError(f"Nobody called {person!r} appears in the articles.")
        p = found[0]
        scope_kind, scope_value, label = "person", p.name, f"articles about {p.name}"
        wanted = set(p.article_ids)
        quotes = [q for q in quotes if q.article_id in wanted]
    planned = plan_rounds(
        [QuoteIn(q.text, q.speaker, q.article_id) for q in quotes],
        [PersonIn(p.name, p.aliases, p.descriptions, p.article_ids) for p in people],
        count=rounds, article_labels={k: a.label for k, a in arts.items()},
        published={k: a.published for k, a in arts.items()}, rng=rng)
    if not planned:
        raise SessionError(f"There are no attributed quotations to ask about in {label}.")
    candidates = tuple((p.name, *p.aliases) for p in people)
    return Session(guild_id=guild_id, channel_id=channel_id, started_by=started_by, scope_kind=scope_kind,
                   scope_value=scope_value, scope_label=label, round_seconds=round_seconds, rounds=planned,
                   candidates=candidates)
