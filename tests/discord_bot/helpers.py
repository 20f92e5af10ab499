"""Helpers for driving the Discord front end offline with dpytest.

The store is a temporary database filled through the real ingest path (the `seeds/` folder) plus one
small hand-made article whose quotations and people do not depend on the extraction rules, so the
assertions about speakers and sessions stay stable while extraction improves.
"""

from __future__ import annotations

import io
from pathlib import Path

import discord
import discord.ext.test as dpytest
from factories import make_article

from bot.discordbot.bot import StudyBot
from bot.extract.records import Article, Person, Quote
from bot.ingest import ingest_paths
from bot.store import Store, content_hash_of

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"

ROUHANI_QUOTE = "We are prepared to engage immediately in time-bound and results-oriented talks"
OBAMA_QUOTE = "The diplomatic path must be tested, because the alternative is not acceptable to anyone"
KERRY_QUOTE = "This first step is not insignificant and it opens the door to a comprehensive deal"
ZARIF_QUOTE = "Our nation will never bargain away its rights, but we welcome a fair agreement"
EVERYONE_QUOTE = "@everyone should read this twice before the summit begins tomorrow"


def study_article() -> Article:
    """Four speakers with distinct names, aliases and descriptions (synthetic text)."""
    sentences = (
        f'"{ROUHANI_QUOTE}," said Hassan Rouhani, Iran\'s president.',
        f'"{OBAMA_QUOTE}," said Barack Obama.',
        f'"{KERRY_QUOTE}," Secretary of State John Kerry said.',
        f'"{ZARIF_QUOTE}," said Mohammad Javad Zarif, the foreign minister.',
        f'"{EVERYONE_QUOTE}," wrote Laura Secor.',
    )
    return make_article(
        "synthetic/study.txt",
        title="A synthetic week of diplomacy",
        published="2013-11-27",
        sentences=sentences,
        quotes=(
            Quote(ROUHANI_QUOTE, "Hassan Rouhani", (1,)),
            Quote(OBAMA_QUOTE, "Barack Obama", (2,)),
            Quote(KERRY_QUOTE, "John Kerry", (3,)),
            Quote(ZARIF_QUOTE, "Mohammad Javad Zarif", (4,)),
            Quote(EVERYONE_QUOTE, "Laura Secor", (5,)),
        ),
        people=(
            Person("Hassan Rouhani", ("Rouhani", "President Rouhani"), ("Iran's president",)),
            Person("Barack Obama", ("Obama", "President Obama"), ("the US president",)),
            Person("John Kerry", ("Kerry", "Mr. Kerry"), ("Secretary of State",)),
            Person("Mohammad Javad Zarif", ("Zarif",), ("the foreign minister",)),
            Person("Laura Secor", ("Secor",), ("a journalist",)),
        ),
    )


async def fill_store(store: Store) -> None:
    summary = await ingest_paths(store, [SEEDS], err=io.StringIO(), progress=False)
    assert summary.failed == 0, summary.failures
    art = study_article()
    await store.put_article(art, source=art.source, content_hash=content_hash_of(repr(art)))


async def start_bot(store: Store, **kwargs: object) -> StudyBot:
    """A StudyBot wired to dpytest: one guild, two channels, members alice, bob and mod."""
    # dpytest builds members through gateway events, which discord.py only caches with the members
    # intent; the real bot does not need it (it reads roles from the message author).
    kwargs.setdefault("intents", discord.Intents.all())
    bot = StudyBot(store, **kwargs)  # type: ignore[arg-type]
    await bot._async_setup_hook()
    dpytest.configure(bot, text_channels=["general", "study"], voice_channels=0,
                      members=["alice", "bob", "mod"])
    await bot.setup_hook()
    return bot


async def stop_bot(bot: StudyBot) -> None:
    await dpytest.empty_queue()
    for name in list(bot.extensions):
        await bot.unload_extension(name)


def config() -> dpytest.RunnerConfig:
    return dpytest.get_config()


def member(name: str) -> discord.Member:
    return next(m for m in config().members if m.name == name)


def channel(name: str) -> discord.TextChannel:
    return next(c for c in config().channels if c.name == name)


def make_moderator(m: discord.Member, *, manage_messages: bool = True, name: str = "Helpers") -> discord.Role:
    """Give `m` a role (with Manage Messages unless told otherwise), at the dpytest backend level.

    dpytest's runner-level role helpers break on discord.py >= 2.4; the backend ones work.
    """
    from discord.ext.test import backend as back

    perms = discord.Permissions(manage_messages=manage_messages)
    role = back.make_role(name, m.guild, permissions=perms.value)
    back.update_member(m, roles=[*[r for r in m.roles if not r.is_default()], role])
    return role


def view_of(bot: StudyBot, message_id: int) -> discord.ui.View | None:
    """The view the bot attached to a message (dpytest drops components, discord.py keeps the view)."""
    items = bot._connection._view_store._views.get(message_id, {})
    for item in items.values():
        return item.view
    return None


async def restart_bot(store: Store, old: dpytest.RunnerConfig, **kwargs: object) -> StudyBot:
    """A fresh StudyBot over the same store and the same guild/channel/member ids as `old`.

    dpytest.configure would mint new ids, and a restarted bot must find its old channels again.
    """
    import discord.ext.test.runner as runner
    from discord.ext.test import backend as back
    from discord.ext.test.runner import RunnerConfig

    kwargs.setdefault("intents", discord.Intents.all())
    bot = StudyBot(store, **kwargs)  # type: ignore[arg-type]
    await bot._async_setup_hook()
    dpytest.configure(bot, guilds=[], text_channels=[], voice_channels=0, members=[])
    guilds, channels, members = [], [], []
    for g in old.guilds:
        guild = back.make_guild(g.name, id_num=g.id)
        guilds.append(guild)
        for c in old.channels:
            if c.guild.id == g.id and isinstance(c, discord.TextChannel):
                channels.append(back.make_text_channel(c.name, guild, id_num=c.id))
        for m in old.members:
            if m.guild.id == g.id:
                user = back.make_user(m.name, m.discriminator, id_num=m.id)
                members.append(back.make_member(user, guild, nick=m.nick))
        back.make_member(back.get_state().user, guild)
    runner._cur_config = RunnerConfig(bot, guilds, channels, members)
    await bot.setup_hook()
    return bot


async def next_message(timeout: float = 3.0) -> discord.Message:
    """The next message the bot sends, waiting for background tasks (study sessions) to send it."""
    import asyncio

    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while True:
        try:
            return dpytest.get_message()
        except asyncio.QueueEmpty:
            if loop.time() > end:
                raise AssertionError("the bot sent nothing") from None
            await asyncio.sleep(0.01)


async def settle(rounds: int = 30) -> None:
    """Let background tasks run (database writes go through aiosqlite's thread)."""
    import asyncio

    for _ in range(rounds):
        await asyncio.sleep(0.005)


#: Which quotation belongs to whom, to answer questions in tests.
SPEAKERS = {ROUHANI_QUOTE: "Hassan Rouhani", OBAMA_QUOTE: "Barack Obama", KERRY_QUOTE: "John Kerry",
            ZARIF_QUOTE: "Mohammad Javad Zarif", EVERYONE_QUOTE: "Laura Secor"}


def speaker_of(question: discord.Embed) -> str:
    text = question.description or ""
    for quote, speaker in SPEAKERS.items():
        if discord.utils.escape_markdown(quote) in text or quote in text:
            return speaker
    raise AssertionError(f"unknown question: {text!r}")
