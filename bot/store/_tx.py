"""Shared helpers for the store modules that sit beside `Store` (sessions, guild settings).

Why: `Store` keeps one aiosqlite connection in autocommit mode and serialises its write
transactions with a lock. Modules that add tables must write under that same lock, or a statement
of theirs could land inside another open transaction on the shared connection (and be rolled
back with it): `Store.transaction()` is that lock.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime

import aiosqlite

from bot.store.store import Store


def connection(store: Store) -> aiosqlite.Connection:
    return store.connection


def transaction(store: Store) -> AbstractAsyncContextManager[aiosqlite.Connection]:
    """A write transaction under the Store's write lock (see `Store.transaction`)."""
    return store.transaction()


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
