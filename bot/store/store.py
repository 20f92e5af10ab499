"""The only code that speaks SQL: one aiosqlite connection, migrations, article writes, plain reads."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import re
import sqlite3
from collections import defaultdict
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import aiosqlite

from bot.extract.people import describes
from bot.extract.records import Article
from bot.people_index import PeopleIndex, plan_article, surname_genders
from bot.store.rows import ArticleRow, EventRow, IngestStatus, PersonRow, QuoteRow, SentenceRow

log = logging.getLogger(__name__)
# The columns of an ArticleRow, in its field order.
_ARTICLE_COLUMNS = "id, source, guild_id, title, author, published, content_hash, ingested_at"

_MIGRATION = re.compile(r"^V(\d+)__([\w-]+)\.sql$")


def article_id_for(source: str, guild_id: int | None) -> str:
    """Stable short id of an article: a hash of where it came from and which server it belongs to."""
    key = f"{'' if guild_id is None else guild_id}\x00{source}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def content_hash_of(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every bundled migration, in version order."""
    found = []
    for entry in resources.files("bot.store").joinpath("migrations").iterdir():
        m = _MIGRATION.match(entry.name)
        if m:
            found.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"duplicate migration versions: {versions}")
    return found


class Store:
    """An open studybot database. Use `await Store.open(path)` or `async with await Store.open(path)`."""

    def __init__(self, conn: aiosqlite.Connection, path: str) -> None:
        self._conn = conn
        self.path = path
        self._write_lock = asyncio.Lock()
        self._writes = 0
        # In-memory people index (key -> id), kept in step with our own commits; reloaded when another
        # connection has written (PRAGMA data_version changed) or after a failed write.
        self._people: PeopleIndex | None = None
        self._person_ids: dict[str, int] = {}
        self._seen_data_version: int | None = None
        #: Free-form per-store memo for callers (the command core caches candidate lists here).
        self.memo: dict[Any, Any] = {}

    # ------------------------------------------------------------------ lifecycle

    @classmethod
    async def open(cls, path: str | os.PathLike[str]) -> Store:
        path = str(path)
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = await aiosqlite.connect(path, isolation_level=None)
        try:
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute("PRAGMA busy_timeout = 5000")
            if path != ":memory:":
                await conn.execute("PRAGMA journal_mode = WAL")
                await conn.execute("PRAGMA synchronous = NORMAL")
            store = cls(conn, path)
            await store._migrate()
        except BaseException:
            await conn.close()
            raise
        return store

    async def close(self) -> None:
        await self._conn.close()

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _migrate(self) -> None:
        await self._conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_version ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        done = {v for (v,) in await self._conn.execute_fetchall("SELECT version FROM schema_version")}
        for version, name, sql in migrations():
            if version in done:
                continue
            log.debug("applying migration V%d__%s", version, name)
            try:
                await self._conn.execute("BEGIN IMMEDIATE")
                # executescript would COMMIT first; run the statements one by one inside our transaction.
                for stmt in _split_sql(sql):
                    await self._conn.execute(stmt)
                await self._conn.execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                    (version, name, _now()),
                )
                await self._conn.execute("COMMIT")
            except BaseException:
                await self._conn.execute("ROLLBACK")
                raise

    async def schema_version(self) -> int:
        rows = await self._conn.execute_fetchall("SELECT coalesce(max(version), 0) FROM schema_version")
        return rows[0][0]

    async def generation(self) -> tuple[int, int]:
        """Changes whenever the database content may have changed (our writes or another connection's)."""
        rows = await self._conn.execute_fetchall("PRAGMA data_version")
        return (self._writes, rows[0][0])

    # ------------------------------------------------------------------ writes

    async def content_hashes(self, guild_id: int | None = None) -> dict[str, str]:
        """source -> content hash for every article stored under exactly this guild_id."""
        rows = await self._conn.execute_fetchall(
            "SELECT source, content_hash FROM articles WHERE coalesce(guild_id, -1) = coalesce(?, -1)",
            (guild_id,),
        )
        return {s: h for s, h in rows}

    async def _load_people(self) -> PeopleIndex:
        ((dv,),) = await self._conn.execute_fetchall("PRAGMA data_version")
        if self._people is None or dv != self._seen_data_version:
            rows = await self._conn.execute_fetchall("SELECT id, key FROM people")
            self._person_ids = {k: i for i, k in rows}
            self._people = PeopleIndex(self._person_ids)
            self._seen_data_version = dv
        return self._people

    @property
    def connection(self) -> aiosqlite.Connection:
        """The shared connection, for the store modules beside this one (sessions, guild settings).

        Reads may use it directly; writes go through `transaction()` so they never land inside
        another write's open transaction on this shared connection.
        """
        return self._conn

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE ... COMMIT under the store's write lock; ROLLBACK on any error."""
        async with self._write_lock:
            await self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                await self._conn.execute("ROLLBACK")
                raise
            await self._conn.execute("COMMIT")
            # not counted as an article write: session and settings tables do not stale the caches

    async def put_article(
        self,
        article: Article,
        *,
        source: str,
        content_hash: str,
        guild_id: int | None = None,
        force: bool = False,
    ) -> IngestStatus:
        """Store one extracted article in one transaction: "added", "replaced" or "unchanged".

        An article is keyed by (source, guild_id). The same content hash as stored means "unchanged" and
        nothing is written, unless `force` (re-extraction after the rules changed) replaces it anyway.
        """
        try:
            async with self.transaction():  # "unchanged" writes nothing, so its commit is empty
                status = await self._put_article(article, source, content_hash, guild_id, force)
        except BaseException:
            self._people = None  # the index may hold people the rollback removed
            raise
        if status != "unchanged":
            self._writes += 1
        return status

    async def _put_article(
        self, art: Article, source: str, content_hash: str, guild_id: int | None, force: bool
    ) -> IngestStatus:
        db = self._conn
        index = await self._load_people()
        aid = article_id_for(source, guild_id)
        old = await db.execute_fetchall("SELECT content_hash FROM articles WHERE id = ?", (aid,))
        touched: set[int] = set()
        if old:
            if old[0][0] == content_hash and not force:
                return "unchanged"
            touched = {
                pid
                for (pid,) in await db.execute_fetchall(
                    "SELECT person_id FROM article_people WHERE article_id = ?", (aid,)
                )
            }
            await db.execute("DELETE FROM articles WHERE id = ?", (aid,))
        await db.execute(
            "INSERT INTO articles (id, source, guild_id, title, author, published, content_hash, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (aid, source, guild_id, art.title, art.author, art.published, content_hash, _now()),
        )
        await db.executemany(
            "INSERT INTO sentences (article_id, id, paragraph, text) VALUES (?, ?, ?, ?)",
            [(aid, s.id, s.paragraph, s.text) for s in art.sentences],
        )

        # People: resolve every name the article uses to a corpus-wide person.
        names = [p.name for p in art.people] + [q.speaker for q in art.quotes if q.speaker]
        pid_of: dict[str, int] = {}
        genders = surname_genders((p.name, p.aliases) for p in art.people)
        for name, res in plan_article(index, names, genders):
            if res.new:
                cur = await db.execute("INSERT INTO people (key, name) VALUES (?, ?)", (res.key, name))
                self._person_ids[res.key] = cur.lastrowid
            new_id = self._person_ids[res.key]
            for old_key in res.absorb:
                old_id = self._person_ids.pop(old_key)
                await self._merge_person(old_id, new_id)
                touched.discard(old_id)
            pid_of[name] = new_id
        links: dict[int, None] = {}
        aliases: dict[tuple[int, str], None] = {}
        descs: dict[tuple[int, str], str] = {}
        for p in art.people:
            pid = pid_of.get(p.name)
            if pid is None:
                continue
            links[pid] = None
            for alias in (p.name, *p.aliases):
                if alias.strip():
                    aliases[(pid, alias.strip())] = None
            for d in p.descriptions:
                if d.strip():
                    descs.setdefault((pid, d.strip().casefold()), d.strip())
        for q in art.quotes:
            if q.speaker in pid_of:
                links[pid_of[q.speaker]] = None
                aliases[(pid_of[q.speaker], q.speaker.strip())] = None
        await db.executemany(
            "INSERT INTO article_people (article_id, person_id) VALUES (?, ?)", [(aid, pid) for pid in links]
        )
        await db.executemany(
            "INSERT INTO person_aliases (article_id, person_id, alias) VALUES (?, ?, ?)",
            [(aid, pid, alias) for pid, alias in aliases],
        )
        await db.executemany(
            "INSERT INTO person_descriptions (article_id, person_id, description) VALUES (?, ?, ?)",
            [(aid, pid, d) for (pid, _), d in descs.items()],
        )

        if art.quotes:
            ((base,),) = await db.execute_fetchall("SELECT coalesce(max(id), 0) FROM quotes")
            await db.executemany(
                "INSERT INTO quotes (id, article_id, position, text, person_id, rule, role)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        base + i + 1,
                        aid,
                        i,
                        q.text,
                        pid_of.get(q.speaker) if q.speaker else None,
                        q.rule,
                        q.role,
                    )
                    for i, q in enumerate(art.quotes)
                ],
            )
            await db.executemany(
                "INSERT OR IGNORE INTO quote_sentences (quote_id, sentence_id) VALUES (?, ?)",
                [(base + i + 1, sid) for i, q in enumerate(art.quotes) for sid in q.sentence_ids],
            )
        await db.executemany(
            "INSERT INTO events (article_id, position, date, text, sentence_id, rule)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(aid, i, e.date, e.text, e.sentence_id, e.rule) for i, e in enumerate(art.events)],
        )
        await self._drop_orphans(touched)
        return "replaced" if old else "added"

    async def _merge_person(self, old_id: int, new_id: int) -> None:
        """Fold person `old_id` (a surname-only person) into `new_id` and delete it."""
        db = self._conn
        for table in ("article_people", "person_aliases", "person_descriptions"):
            await db.execute(
                f"UPDATE OR IGNORE {table} SET person_id = ? WHERE person_id = ?", (new_id, old_id)
            )
            await db.execute(f"DELETE FROM {table} WHERE person_id = ?", (old_id,))
        await db.execute("UPDATE quotes SET person_id = ? WHERE person_id = ?", (new_id, old_id))
        await db.execute("DELETE FROM people WHERE id = ?", (old_id,))

    async def _drop_orphans(self, candidates: Iterable[int]) -> None:
        ids = sorted(set(candidates))
        if not ids:
            return
        marks = ",".join("?" * len(ids))
        gone = await self._conn.execute_fetchall(
            f"SELECT id, key FROM people WHERE id IN ({marks}) AND NOT EXISTS"
            f" (SELECT 1 FROM article_people ap WHERE ap.person_id = people.id)",
            ids,
        )
        if not gone:
            return
        await self._conn.executemany("DELETE FROM people WHERE id = ?", [(i,) for i, _ in gone])
        for _, key in gone:
            self._person_ids.pop(key, None)
            if self._people is not None:
                self._people.remove(key)

    async def delete_article(self, article_id: str) -> bool:
        """Remove an article and everything it contributed; people it alone mentioned vanish."""
        try:
            async with self.transaction() as db:
                await self._load_people()
                touched = {
                    pid
                    for (pid,) in await db.execute_fetchall(
                        "SELECT person_id FROM article_people WHERE article_id = ?", (article_id,)
                    )
                }
                cur = await db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
                found = cur.rowcount > 0
                await self._drop_orphans(touched)
        except BaseException:
            self._people = None
            raise
        if found:
            self._writes += 1
        return found

    # ------------------------------------------------------------------ reads

    @staticmethod
    def _scope(guild_id: int | None, everywhere: bool, alias: str = "a") -> tuple[str, tuple[Any, ...]]:
        if everywhere:
            return "1", ()
        if guild_id is None:
            return f"{alias}.guild_id IS NULL", ()
        return f"({alias}.guild_id IS NULL OR {alias}.guild_id = ?)", (guild_id,)

    async def is_empty(self) -> bool:
        rows = await self._conn.execute_fetchall("SELECT EXISTS (SELECT 1 FROM articles)")
        return not rows[0][0]

    async def resolve_roles(self) -> int:
        """Give "the prime minister said" quotations their speaker from the whole corpus.

        A quotation whose article names its speaker only by role is given the one person that the
        article mentions and that some article describes by that role ("UK Prime Minister Tony
        Blair"); with none or several such people it stays unattributed. Returns how many were filled.
        """
        rows = await self._conn.execute_fetchall(
            "SELECT id, article_id, role FROM quotes WHERE person_id IS NULL AND role IS NOT NULL"
        )
        if not rows:
            return 0
        by_article: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for qid, aid, role in rows:
            by_article[aid].append((qid, role))
        updates: list[tuple[int, int]] = []
        for aid, quotes in by_article.items():
            described = await self._conn.execute_fetchall(
                "SELECT DISTINCT ap.person_id, pd.description FROM article_people ap"
                " JOIN person_descriptions pd ON pd.person_id = ap.person_id WHERE ap.article_id = ?",
                (aid,),
            )
            for qid, role in quotes:
                people = {pid for pid, desc in described if describes(desc, role)}
                if len(people) == 1:
                    updates.append((people.pop(), qid))
        if updates:
            async with self.transaction() as db:
                await db.executemany(
                    "UPDATE quotes SET person_id = ? WHERE id = ? AND person_id IS NULL", updates
                )
            self._writes += 1
        return len(updates)

    async def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "sentences", "quotes", "events", "people"):
            ((n,),) = await self._conn.execute_fetchall(f"SELECT count(*) FROM {table}")
            out[table] = n
        return out

    async def articles(self, guild_id: int | None = None, *, everywhere: bool = False) -> list[ArticleRow]:
        where, args = self._scope(guild_id, everywhere)
        rows = await self._conn.execute_fetchall(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a WHERE {where} ORDER BY a.source, a.id",
            args,
        )
        return [ArticleRow(*r) for r in rows]

    async def article(self, article_id: str) -> ArticleRow | None:
        rows = await self._conn.execute_fetchall(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?",
            (article_id,),
        )
        return ArticleRow(*rows[0]) if rows else None

    async def sentences(self, guild_id: int | None = None, *, everywhere: bool = False) -> list[SentenceRow]:
        where, args = self._scope(guild_id, everywhere)
        rows = await self._conn.execute_fetchall(
            "SELECT s.article_id, s.id, s.paragraph, s.text FROM sentences s"
            f" JOIN articles a ON a.id = s.article_id WHERE {where} ORDER BY a.source, s.article_id, s.id",
            args,
        )
        return [SentenceRow(*r) for r in rows]

    async def sentences_between(self, article_id: str, first: int, last: int) -> list[SentenceRow]:
        rows = await self._conn.execute_fetchall(
            "SELECT article_id, id, paragraph, text FROM sentences"
            " WHERE article_id = ? AND id BETWEEN ? AND ? ORDER BY id",
            (article_id, first, last),
        )
        return [SentenceRow(*r) for r in rows]

    async def quotes(self, guild_id: int | None = None, *, everywhere: bool = False) -> list[QuoteRow]:
        where, args = self._scope(guild_id, everywhere)
        rows = await self._conn.execute_fetchall(
            "SELECT q.id, q.article_id, q.position, q.text, p.name, q.person_id, q.rule,"
            " (SELECT group_concat(qs.sentence_id) FROM quote_sentences qs WHERE qs.quote_id = q.id)"
            " FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN people p ON p.id = q.person_id"
            f" WHERE {where} ORDER BY a.source, q.article_id, q.position",
            args,
        )
        return [
            QuoteRow(
                id=r[0],
                article_id=r[1],
                position=r[2],
                text=r[3],
                speaker=r[4],
                person_id=r[5],
                rule=r[6],
                sentence_ids=_int_list(r[7]),
            )
            for r in rows
        ]

    async def events(self, guild_id: int | None = None, *, everywhere: bool = False) -> list[EventRow]:
        where, args = self._scope(guild_id, everywhere)
        rows = await self._conn.execute_fetchall(
            "SELECT e.id, e.article_id, e.position, e.date, e.text, e.sentence_id, e.rule FROM events e"
            f" JOIN articles a ON a.id = e.article_id WHERE {where}"
            " ORDER BY a.source, e.article_id, e.position",
            args,
        )
        return [EventRow(*r) for r in rows]

    async def people(self, guild_id: int | None = None, *, everywhere: bool = False) -> list[PersonRow]:
        """People mentioned by at least one article in scope, with what those articles say of them."""
        where, args = self._scope(guild_id, everywhere)
        db = self._conn
        links: dict[int, list[str]] = defaultdict(list)
        for pid, aid in await db.execute_fetchall(
            "SELECT ap.person_id, ap.article_id FROM article_people ap"
            " JOIN articles a ON a.id = ap.article_id"
            f" WHERE {where} ORDER BY a.published, a.source",
            args,
        ):
            links[pid].append(aid)
        aliases = await self._grouped(
            "SELECT x.person_id, x.alias FROM person_aliases x JOIN articles a ON a.id = x.article_id"
            f" WHERE {where} ORDER BY a.source, x.id",
            args,
        )
        descs = await self._grouped(
            "SELECT x.person_id, x.description FROM person_descriptions x JOIN articles a"
            f" ON a.id = x.article_id WHERE {where} ORDER BY a.source, x.id",
            args,
        )
        counts = dict(
            await db.execute_fetchall(
                "SELECT q.person_id, count(*) FROM quotes q JOIN articles a ON a.id = q.article_id"
                f" WHERE q.person_id IS NOT NULL AND {where} GROUP BY q.person_id",
                args,
            )
        )
        rows = await db.execute_fetchall("SELECT id, name FROM people ORDER BY name, id")
        return [
            PersonRow(
                id=pid,
                name=name,
                aliases=tuple(a for a in aliases.get(pid, ()) if a != name),
                descriptions=descs.get(pid, ()),
                article_ids=tuple(links[pid]),
                quote_count=counts.get(pid, 0),
            )
            for pid, name in rows
            if pid in links
        ]

    async def _grouped(self, sql: str, args: Sequence[Any]) -> dict[int, tuple[str, ...]]:
        out: dict[int, dict[str, str]] = defaultdict(dict)
        for pid, text in await self._conn.execute_fetchall(sql, args):
            out[pid].setdefault(text.casefold(), text)
        return {pid: tuple(v.values()) for pid, v in out.items()}


def _int_list(text: str | None) -> tuple[int, ...]:
    if not text:
        return ()
    return tuple(sorted({int(x) for x in str(text).split(",")}))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement decides where one ends)."""
    out, buf = [], []
    for line in script.splitlines(keepends=True):
        if not buf and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buf.append(line)
        stmt = "".join(buf)
        if sqlite3.complete_statement(stmt):
            out.append(stmt.strip())
            buf = []
    if "".join(buf).strip():
        raise ValueError(f"incomplete SQL statement at end of migration: {''.join(buf)[:80]!r}")
    return out


__all__ = ["Store", "article_id_for", "content_hash_of", "migrations"]
