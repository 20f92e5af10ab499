"""Study sessions: answer checking, planning, the clock-driven state machine, persistence."""

from __future__ import annotations

import random
import sqlite3

import pytest
from discord_bot.helpers import ROUHANI_QUOTE, study_article

from bot.core import sessions as S
from bot.store import content_hash_of
from bot.store.sessions import insert_session, latest_session_id, live_session_ids, load_session, save_session

ROUHANI = ("Hassan Rouhani", "Rouhani", "President Rouhani")
KERRY = ("John Kerry", "Kerry", "Mr. Kerry")
JOHN_SMITH = ("John Smith", "Smith")
CANDIDATES = (ROUHANI, KERRY, JOHN_SMITH, ("Barack Obama", "Obama"))


@pytest.mark.parametrize("guess", ["Hassan Rouhani", "rouhani", "Rohani", "hassan rohani",
                                   "President Rouhani", "  ROUHANI! ", "Rouhani's"])
def test_right_answers(guess):
    assert S.check_answer(guess, ROUHANI, CANDIDATES).kind == "correct"


@pytest.mark.parametrize("guess", ["Obama", "Kerry", "Hassan Obama", "Ahmadinejad", "Rowling"])
def test_wrong_answers(guess):
    assert S.check_answer(guess, ROUHANI, CANDIDATES).kind == "wrong"


def test_ambiguous_first_name():
    v = S.check_answer("John", KERRY, CANDIDATES)
    assert v.kind == "ambiguous" and v.rivals == ("John Smith",)
    assert S.check_answer("John Kerry", KERRY, CANDIDATES).kind == "correct"
    assert S.check_answer("Kery", KERRY, CANDIDATES).kind == "correct"


@pytest.mark.parametrize("guess", ["", "?", "ok", "lol",
                                   "I have absolutely no idea who said that one honestly"])
def test_chatter_is_not_an_answer(guess):
    assert S.check_answer(guess, ROUHANI, CANDIDATES).kind in ("ignored", "wrong")


def test_points_decrease_with_hints():
    assert [S.points_for(n) for n in range(4)] == [3, 2, 1, 1]


def people() -> list[S.PersonIn]:
    return [S.PersonIn("Hassan Rouhani", ("Rouhani",), ("Iran's president", "Rouhani's ally")),
            S.PersonIn("John Kerry", ("Kerry",), ("Secretary of State",)),
            S.PersonIn("Barack Obama", ("Obama",), ())]


def quotes() -> list[S.QuoteIn]:
    return [
        S.QuoteIn("We are ready to talk without preconditions today", "Hassan Rouhani", "a"),
        S.QuoteIn("We will keep our word and our rights in every talk", "Hassan Rouhani", "a"),
        S.QuoteIn("Rouhani is a man we can do business with", "John Kerry", "a"),  # names someone else: fine
        S.QuoteIn("This is not insignificant", "John Kerry", "a"),                 # too short
        S.QuoteIn("The path of diplomacy must be tested now", "Barack Obama", "b"),
        S.QuoteIn("The path of diplomacy must be tested now", "Barack Obama", "b"),  # duplicate
        S.QuoteIn("Words of a nobody in particular here", None, "b"),                # unattributed
        S.QuoteIn("Obama said that the path is open to everybody", "Barack Obama", "b"),  # gives itself away
    ]


def test_plan_rounds_filters_and_spreads_speakers():
    rounds = S.plan_rounds(quotes(), people(), count=10, article_labels={"a": "A", "b": "B"},
                           rng=random.Random(1))
    assert len(rounds) == 4
    assert {r.speaker for r in rounds} == {"Hassan Rouhani", "Barack Obama", "John Kerry"}
    assert [r.position for r in rounds] == [0, 1, 2, 3]
    # Round-robin over speakers: the first three rounds have three different speakers.
    assert len({r.speaker for r in rounds[:3]}) == 3
    rouhani = next(r for r in rounds if r.speaker == "Hassan Rouhani")
    assert rouhani.hints == ("Iran's president", "H" + "\u2022" * 5 + " R" + "\u2022" * 6)
    assert rouhani.answers == ("Hassan Rouhani", "Rouhani")
    assert rouhani.article == "A"
    again = S.plan_rounds(quotes(), people(), count=10, rng=random.Random(1))
    assert [r.quote_text for r in again] == [r.quote_text for r in rounds]


def make_session(n: int = 3, seconds: int = 30) -> S.Session:
    hints = ("Iran's president", "H. R.")
    rounds = [S.Round(i, f"quote {i}", "Hassan Rouhani", ROUHANI, hints) for i in range(n)]
    s = S.Session(guild_id=1, channel_id=2, started_by=3, scope_kind="corpus", scope_value=None,
                  scope_label="all articles", round_seconds=seconds, rounds=rounds, candidates=CANDIDATES)
    s.begin(1000.0)
    return s


def test_hints_then_timeout_then_answers_with_points():
    s = make_session()
    assert s.next_event_at() == 1010.0  # first hint at a third of 30 s
    assert s.due(1005.0) == []
    (hint,) = s.due(1010.0)
    assert isinstance(hint, S.HintShown) and hint.number == 1 and hint.text == "Iran's president"
    assert s.next_event_at() == 1020.0
    # A wrong guess changes nothing; a right one after one hint scores 2.
    assert s.answer(7, "alice", "Obama", 1012.0).closed is None
    out = s.answer(7, "alice", "rouhani", 1013.0)
    assert out.verdict.kind == "correct" and out.closed is not None
    assert out.closed.points == 2 and out.closed.winner and out.closed.winner.display_name == "alice"
    assert s.round_index == 1 and s.hints_shown == 0 and s.deadline == 1043.0
    # Nobody answers round 2: both hints, then the timeout, in one catch-up call.
    events = s.due(1100.0)
    assert [type(e).__name__ for e in events] == ["RoundClosed"]
    assert events[0].reason == "timeout" and events[0].next_round is s.current
    # Round 3, no hints: 3 points, and the session is finished.
    out = s.answer(8, "bob", "Hassan Rouhani", 1101.0)
    assert out.closed and out.closed.finished and out.closed.points == 3
    assert s.status == S.FINISHED and s.current is None
    assert [(x.display_name, x.points) for x in s.leaderboard()] == [("bob", 3), ("alice", 2)]
    assert s.answer(8, "bob", "Rouhani", 1102.0).verdict.kind == "ignored"


def test_pause_freezes_the_clock_and_resume_continues():
    s = make_session()
    s.pause(1020.0)
    assert s.status == S.PAUSED and s.time_left(5000.0) == 10.0
    assert s.next_event_at() is None and s.due(9999.0) == []
    assert s.answer(1, "a", "Rouhani", 1021.0).verdict.kind == "ignored"
    with pytest.raises(S.SessionError):
        s.pause(1030.0)
    with pytest.raises(S.SessionError):
        s.skip(1030.0)
    s.resume(2000.0)
    assert s.deadline == 2010.0
    with pytest.raises(S.SessionError):
        s.resume(2001.0)


def test_skip_hint_on_request_and_end():
    s = make_session(2)
    shown = s.reveal_hint()
    assert shown and shown.number == 1
    assert s.reveal_hint() and s.reveal_hint() is None  # only two hints
    closed = s.skip(1001.0)
    assert closed.reason == "skipped" and closed.points == 0 and not closed.finished
    s.end()
    assert s.status == S.CANCELLED and not s.is_live
    with pytest.raises(S.SessionError):
        s.end()


def test_restore_after_restart_gives_the_round_its_time_again():
    s = make_session()
    s.restore(50_000.0)
    assert s.deadline == 50_030.0
    s.pause(50_010.0)
    s.restore(60_000.0)
    assert s.status == S.PAUSED and s.remaining == 30.0


def test_records_round_trip():
    s = make_session()
    s.answer(7, "alice", "Rouhani", 1001.0)
    rec, rounds, scores = s.to_records()
    back = S.Session.from_records(rec, rounds, scores)
    assert back == s


async def test_persistence_and_one_live_session_per_channel(store):
    s = make_session()
    s.answer(7, "alice", "Rouhani", 1001.0)
    rec, rounds, scores = s.to_records()
    sid = await insert_session(store, rec, rounds)
    await save_session(store, rec, rounds, scores)
    loaded = await load_session(store, sid)
    assert loaded is not None
    again = S.Session.from_records(*loaded)
    s.id = sid
    assert again == s
    assert await live_session_ids(store) == [sid]
    assert await latest_session_id(store, 2) == sid
    other = make_session()
    rec2, rounds2, _ = other.to_records()
    with pytest.raises(sqlite3.IntegrityError):
        await insert_session(store, rec2, rounds2)
    # Once over, the channel is free again.
    s.end()
    rec, rounds, scores = s.to_records()
    await save_session(store, rec, rounds, scores)
    assert await live_session_ids(store) == []
    assert (await load_session(store, sid))[0].ended_at  # type: ignore[index]
    await insert_session(store, rec2, rounds2)


async def test_create_session_scopes(store):
    art = study_article()
    await store.put_article(art, source=art.source, content_hash=content_hash_of("x"))
    s = await S.create_session(store, guild_id=1, channel_id=2, started_by=3, rounds=3, rng=random.Random(0))
    assert len(s.rounds) == 3 and s.scope_kind == "corpus"
    assert any(c[0] == "Hassan Rouhani" for c in s.candidates)
    s = await S.create_session(store, guild_id=1, channel_id=2, started_by=3, article="synthetic week")
    assert s.scope_kind == "article" and s.scope_label == "A synthetic week of diplomacy"
    assert {r.speaker for r in s.rounds} >= {"Hassan Rouhani", "Barack Obama"}
    s = await S.create_session(store, guild_id=1, channel_id=2, started_by=3, person="rouhany")
    assert s.scope_kind == "person" and s.scope_value == "Hassan Rouhani"
    assert any(r.quote_text == ROUHANI_QUOTE for r in s.rounds)
    with pytest.raises(S.SessionError):
        await S.create_session(store, guild_id=1, channel_id=2, started_by=3, article="no such thing here")
    with pytest.raises(S.SessionError):
        await S.create_session(store, guild_id=1, channel_id=2, started_by=3, rounds=0)
    with pytest.raises(S.SessionError):
        await S.create_session(store, guild_id=1, channel_id=2, started_by=3, article="x", person="y")
