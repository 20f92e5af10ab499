-- Moderated "who said this?" study sessions (bot.core.sessions), persisted so that a restart in the
-- middle of a session loses neither the questions, the current round nor anybody's points.
-- Rounds keep a snapshot of their question (quote text, speaker, accepted names, hints) rather than a
-- reference to quotes(id): re-ingesting an article renumbers its quotes, and a running session must
-- not change its questions under the players.

CREATE TABLE study_sessions (
    id              INTEGER PRIMARY KEY,
    guild_id        INTEGER NOT NULL,
    channel_id      INTEGER NOT NULL,
    started_by      INTEGER NOT NULL,
    scope_kind      TEXT NOT NULL,              -- corpus | article | person
    scope_value     TEXT,                       -- article id or person name; NULL for corpus
    scope_label     TEXT,                       -- what members see ("the whole corpus", a title, a name)
    status          TEXT NOT NULL,              -- active | paused | finished | cancelled
    round_index     INTEGER NOT NULL DEFAULT 0, -- 0-based index of the current round
    round_seconds   INTEGER NOT NULL,
    hints_shown     INTEGER NOT NULL DEFAULT 0, -- hints revealed in the current round
    deadline        REAL,                       -- epoch seconds when the current round times out (active)
    remaining       REAL,                       -- seconds left in the current round (paused)
    candidates      TEXT NOT NULL DEFAULT '[]', -- JSON: every speaker name in scope (for ambiguity)
    created_at      TEXT NOT NULL,
    ended_at        TEXT
);
CREATE INDEX study_sessions_status ON study_sessions (status);
-- At most one live session per channel.
CREATE UNIQUE INDEX study_sessions_live_channel ON study_sessions (channel_id)
    WHERE status IN ('active', 'paused');

CREATE TABLE study_rounds (
    session_id  INTEGER NOT NULL REFERENCES study_sessions (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,               -- 0-based
    quote_text  TEXT NOT NULL,
    speaker     TEXT NOT NULL,
    answers     TEXT NOT NULL,                  -- JSON list of accepted names (speaker and aliases)
    hints       TEXT NOT NULL DEFAULT '[]',     -- JSON list of hint texts, revealed in order
    article     TEXT,                           -- article label, shown with the question
    article_id  TEXT,
    published   TEXT,
    outcome     TEXT,                           -- NULL while open | answered | skipped | timeout
    winner_id   INTEGER,
    points      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, position)
) WITHOUT ROWID;

CREATE TABLE study_scores (
    session_id   INTEGER NOT NULL REFERENCES study_sessions (id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL,
    display_name TEXT NOT NULL,
    points       INTEGER NOT NULL DEFAULT 0,
    correct      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, user_id)
) WITHOUT ROWID;
