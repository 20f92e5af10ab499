-- Per-server settings for the Discord front end. A missing row means "all defaults".

CREATE TABLE guild_settings (
    guild_id           INTEGER PRIMARY KEY,
    prefix             TEXT,                  -- NULL: the configured default prefix
    moderator_role_id  INTEGER,               -- NULL: only members with Manage Messages moderate
    session_channel_id INTEGER,               -- NULL: study sessions may run in any channel
    round_seconds      INTEGER,               -- NULL: the default time per round
    updated_at         TEXT NOT NULL
);
