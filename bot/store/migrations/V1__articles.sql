-- Articles and what extraction found in them. Everything hangs off articles(id) with ON DELETE CASCADE,
-- so replacing or removing an article removes exactly what it contributed.

CREATE TABLE articles (
    id           TEXT PRIMARY KEY,          -- stable short hash of (source, guild_id)
    source       TEXT NOT NULL,             -- path as given at ingest, normalised
    guild_id     INTEGER,                   -- NULL: visible in every server; else only in that server
    title        TEXT,
    author       TEXT,
    published    TEXT,                      -- YYYY-MM-DD or NULL
    content_hash TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_source_scope ON articles (source, coalesce(guild_id, -1));
CREATE INDEX articles_guild ON articles (guild_id);

CREATE TABLE sentences (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id         INTEGER NOT NULL,            -- 1-based position in the article
    paragraph  INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, id)
) WITHOUT ROWID;

-- One row per real person, corpus-wide.
CREATE TABLE people (
    id   INTEGER PRIMARY KEY,
    key  TEXT NOT NULL UNIQUE,              -- normalised name (bot.people_index.name_key)
    name TEXT NOT NULL                      -- canonical full name for display
);

CREATE TABLE article_people (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, person_id)
) WITHOUT ROWID;
CREATE INDEX article_people_person ON article_people (person_id);

CREATE TABLE person_aliases (
    id         INTEGER PRIMARY KEY,         -- keeps the order the article gave
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    UNIQUE (article_id, person_id, alias)
);
CREATE INDEX person_aliases_person ON person_aliases (person_id);

CREATE TABLE person_descriptions (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    UNIQUE (article_id, person_id, description)
);
CREATE INDEX person_descriptions_person ON person_descriptions (person_id);

CREATE TABLE quotes (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,            -- order within the article
    text       TEXT NOT NULL,
    person_id  INTEGER REFERENCES people (id) ON DELETE SET NULL,
    rule       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_person ON quotes (person_id);

CREATE TABLE quote_sentences (
    quote_id    INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL,
    PRIMARY KEY (quote_id, sentence_id)
) WITHOUT ROWID;

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    date        TEXT NOT NULL,              -- YYYY | YYYY-MM | YYYY-MM-DD
    text        TEXT NOT NULL,
    sentence_id INTEGER,                    -- NULL: dated by a photo caption, not a body sentence
    rule        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_date ON events (date);
