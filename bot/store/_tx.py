"""Shared helpers for the store modules that sit beside `Store` (sessions, guild settings).

Why: `Store` keeps one aiosqlite connection in autocommit mode and serialises its own write
transactions with a lock. Modules that add tables must write under that same lock, or a statement
of ours could land inside the Store's open transaction on the shared connection (and be rolled
back with it). These helpers are the one place that reaches into the Store's private attributes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

import aiosqlite

from bot.store.store import Store


def connection(store: Store) -> aiosqlite.Connection:
    return store._conn  # noqa: SLF001 - see module docstring


@asynccontextmanager
async def transaction(store: Store) -> AsyncIterator[aiosqlite.Connection]:
    """BEGIN IMMEDIATE … COMMIT under the Store's write lock; ROLLBACK on any error."""
    conn = connection(store)
    async with store._write_lock:  # noqa: SLF001
        await conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            await conn.execute("ROLLBACK")
            raise
        await conn.execute("COMMIT")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
