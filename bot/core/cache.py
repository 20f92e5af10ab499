"""Per-store memo of candidate lists, invalidated whenever the store's generation changes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable
from typing import TypeVar

from bot.store import Store

T = TypeVar("T")


async def cached(store: Store, key: Hashable, build: Callable[[], Awaitable[T]]) -> T:
    """Return the value built for `key` at the store's current generation, building it if needed."""
    gen = await store.generation()
    memo = store.memo
    if memo.get("__generation__") != gen:
        memo.clear()
        memo["__generation__"] = gen
    if key not in memo:
        memo[key] = await build()
    return memo[key]
