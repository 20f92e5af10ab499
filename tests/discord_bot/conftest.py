"""Fixtures for the Discord front-end tests (helpers live in `discord_bot.helpers`).

This folder is a package (`discord_bot`) on purpose: a second plain `conftest.py` module would shadow
the root one for `from conftest import ...`, and a folder named `discord` would shadow discord.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.discordbot.bot import StudyBot
from bot.store import Store
from discord_bot.helpers import fill_store, start_bot, stop_bot


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "studybot.db"


@pytest.fixture
async def corpus_store(db_path: Path) -> AsyncIterator[Store]:
    store = await Store.open(db_path)
    await fill_store(store)
    try:
        yield store
    finally:
        await store.close()


@pytest.fixture
async def bot(corpus_store: Store) -> AsyncIterator[StudyBot]:
    b = await start_bot(corpus_store)
    try:
        yield b
    finally:
        await stop_bot(b)


@pytest.fixture
def sent_payloads(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """Every message payload the bot sends or edits through the channel API (as Discord receives it)."""
    import discord.abc
    import discord.message

    payloads: list[dict] = []
    original = discord.abc.handle_message_parameters

    def recording(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        params = original(*args, **kwargs)  # type: ignore[arg-type]
        payloads.append(params.payload or {})
        return params

    monkeypatch.setattr(discord.abc, "handle_message_parameters", recording)
    monkeypatch.setattr(discord.message, "handle_message_parameters", recording)
    return payloads


