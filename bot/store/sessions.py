"""Persistence of study sessions (tables of migration V2): plain records in, plain records out.

Why plain records: the session logic (`bot.core.sessions`) must not depend on SQL, and the store must
not depend on the core; both sides meet at these dataclasses. Every save writes the whole session in
one transaction (a session is a few dozen rows), so what is on disk is always a consistent state
that a restarted bot can pick up.
"""

from __future__ import annotations

import json
from dataclasses import astuple, dataclass, field, fields

from bot.store._tx import connection, now_iso, transaction
from bot.store.store import Store

LIVE_STATUSES = ("active", "paused")


@dataclass(slots=True)
class SessionRecord:
    id: int | None
    guild_id: int
    channel_id: int
    started_by: int
    scope_kind: str
    scope_value: str | None
    scope_label: str | None
    status: str
    round_index: int
    round_seconds: int
    hints_shown: int = 0
    deadline: float | None = None
    remaining: float | None = None
    candidates: list[list[str]] = field(default_factory=list)
    created_at: str = ""
    ended_at: str | None = None


@dataclass(slots=True)
class RoundRecord:
    position: int
    quote_text: str
    speaker: str
    answers: list[str]
    hints: list[str] = field(default_factory=list)
    article: str | None = None
    article_id: str | None = None
    published: str | None = None
    outcome: str | None = None
    winner_id: int | None = None
    points: int = 0


@dataclass(slots=True)
class ScoreRecord:
    user_id: int
    display_name: str
    points: int = 0
    correct: int = 0


_S_COLS = tuple(f.name for f in fields(SessionRecord))
_R_COLS = tuple(f.name for f in fields(RoundRecord))
_SC_COLS = tuple(f.name for f in fields(ScoreRecord))


def _session_row(rec: SessionRecord) -> tuple[object, ...]:
    values = list(astuple(rec))
    values[_S_COLS.index("candidates")] = json.dumps(rec.candidates, ensure_ascii=False)
    return tuple(values)


def _round_row(session_id: int, rec: RoundRecord) -> tuple[object, ...]:
    values = list(astuple(rec))
    values[_R_COLS.index("answers")] = json.dumps(rec.answers, ensure_ascii=False)
    values[_R_COLS.index("hints")] = json.dumps(rec.hints, ensure_ascii=False)
    return (session_id, *values)


async def insert_session(store: Store, session: SessionRecord, rounds: list[RoundRecord]) -> int:
    """Store a new session with its rounds; returns its id. Fails (IntegrityError) when the channel
    already has a live session, which the unique index guards even against two racing starts."""
    session.created_at = session.created_at or now_iso()
    cols = [c for c in _S_COLS if c != "id"]
    row = _session_row(session)[1:]
    async with transaction(store) as conn:
        cur = await conn.execute(
            f"INSERT INTO study_sessions ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", row)
        sid = int(cur.lastrowid or 0)
        await conn.executemany(
            f"INSERT INTO study_rounds (session_id, {', '.join(_R_COLS)})"
            f" VALUES ({', '.join('?' * (len(_R_COLS) + 1))})",
            [_round_row(sid, r) for r in rounds])
    session.id = sid
    return sid


async def save_session(store: Store, session: SessionRecord, rounds: list[RoundRecord],
                       scores: list[ScoreRecord]) -> None:
    """Write the session's current state, round outcomes and scores in one transaction."""
    if session.id is None:
        raise ValueError("save_session needs a stored session (insert_session first)")
    if session.status not in LIVE_STATUSES and session.ended_at is None:
        session.ended_at = now_iso()
    cols = [c for c in _S_COLS if c not in ("id", "created_at", "candidates")]
    async with transaction(store) as conn:
        await conn.execute(
            f"UPDATE study_sessions SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
            (*[getattr(session, c) for c in cols], session.id))
        await conn.executemany(
            "UPDATE study_rounds SET outcome = ?, winner_id = ?, points = ?"
            " WHERE session_id = ? AND position = ?",
            [(r.outcome, r.winner_id, r.points, session.id, r.position) for r in rounds])
        await conn.executemany(
            f"INSERT INTO study_scores (session_id, {', '.join(_SC_COLS)}) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (session_id, user_id) DO UPDATE SET display_name = excluded.display_name,"
            " points = excluded.points, correct = excluded.correct",
            [(session.id, *astuple(s)) for s in scores])


async def load_session(store: Store, session_id: int) -> tuple[SessionRecord, list[RoundRecord],
                                                               list[ScoreRecord]] | None:
    conn = connection(store)
    rows = await conn.execute_fetchall(
        f"SELECT {', '.join(_S_COLS)} FROM study_sessions WHERE id = ?", (session_id,))
    if not rows:
        return None
    values = list(rows[0])
    values[_S_COLS.index("candidates")] = json.loads(values[_S_COLS.index("candidates")] or "[]")
    session = SessionRecord(*values)
    rounds = []
    for r in await conn.execute_fetchall(
            f"SELECT {', '.join(_R_COLS)} FROM study_rounds WHERE session_id = ? ORDER BY position",
            (session_id,)):
        vals = list(r)
        vals[_R_COLS.index("answers")] = json.loads(vals[_R_COLS.index("answers")])
        vals[_R_COLS.index("hints")] = json.loads(vals[_R_COLS.index("hints")] or "[]")
        rounds.append(RoundRecord(*vals))
    scores = [ScoreRecord(*r) for r in await conn.execute_fetchall(
        f"SELECT {', '.join(_SC_COLS)} FROM study_scores WHERE session_id = ? ORDER BY points DESC, user_id",
        (session_id,))]
    return session, rounds, scores


async def live_session_ids(store: Store, guild_id: int | None = None) -> list[int]:
    """Sessions that are running or paused (all servers, or one), oldest first."""
    marks = ", ".join("?" * len(LIVE_STATUSES))
    sql = f"SELECT id FROM study_sessions WHERE status IN ({marks})"
    args: list[object] = list(LIVE_STATUSES)
    if guild_id is not None:
        sql += " AND guild_id = ?"
        args.append(guild_id)
    rows = await connection(store).execute_fetchall(sql + " ORDER BY id", args)
    return [r[0] for r in rows]


async def latest_session_id(store: Store, channel_id: int) -> int | None:
    """The newest session of a channel, live or not (for "scores" after a session ended)."""
    rows = await connection(store).execute_fetchall(
        "SELECT id FROM study_sessions WHERE channel_id = ? ORDER BY id DESC LIMIT 1", (channel_id,))
    return rows[0][0] if rows else None
