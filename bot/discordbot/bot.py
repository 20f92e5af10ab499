"""The studybot Discord client: a `commands.Bot` that loads one extension per feature.

Why these choices:
- `allowed_mentions=AllowedMentions.none()` globally: we echo article text and member input, and a
  scraped article may contain "@everyone"; nothing the bot says should ever ping anyone.
- `message_content` intent: prefix commands (`!quote`) and study-session answers are read from
  message text. It is a privileged intent and must be enabled in the Developer Portal too.
- A per-server prefix, cached in memory (`get_prefix` runs on every message, so no SQL there).
- `help_command=None`: the meta cog provides a help with examples, for slash and prefix alike.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

import discord
from discord.ext import commands

from bot.discordbot.context import Context
from bot.store import Store
from bot.store.settings import GuildSettings, all_guild_settings, update_guild_settings

log = logging.getLogger(__name__)

INITIAL_EXTENSIONS: tuple[str, ...] = (
    "bot.discordbot.cogs.meta",
    "bot.discordbot.cogs.lookup",
    "bot.discordbot.cogs.study",
    "bot.discordbot.cogs.admin",
)

DEFAULT_PREFIX = "!"
MAX_PREFIX_LENGTH = 5


def make_intents() -> discord.Intents:
    intents = discord.Intents.default()
    intents.message_content = True  # prefix commands and session answers are message text
    intents.members = False         # not needed: roles come with the message author
    intents.presences = False
    return intents


class StudyBot(commands.Bot):
    """A study-group bot over one Store.

    `sync_commands`: sync the slash command tree in `setup_hook` (the runner enables it; tests do not,
    since syncing talks to Discord). With `dev_guild` the tree is copied to that one server, where
    changes show instantly; otherwise it is synced globally (Discord may take a while to show it).
    """

    def __init__(self, store: Store, *, default_prefix: str = DEFAULT_PREFIX, dev_guild: int | None = None,
                 sync_commands: bool = False, extensions: Iterable[str] = INITIAL_EXTENSIONS,
                 **kwargs: Any) -> None:
        kwargs.setdefault("intents", make_intents())
        super().__init__(
            command_prefix=self._prefix_for_message,
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            case_insensitive=True,
            strip_after_prefix=True,
            **kwargs,
        )
        self.store = store
        self.default_prefix = default_prefix or DEFAULT_PREFIX
        self.dev_guild = dev_guild
        self.sync_commands = sync_commands
        self.initial_extensions = tuple(extensions)
        self._guild_settings: dict[int, GuildSettings] = {}

    # ------------------------------------------------------------------ lifecycle

    async def setup_hook(self) -> None:
        # Re-assert the no-ping policy on the live connection state: anything that rebuilds the
        # state after __init__ (test harnesses such as dpytest do) must not bring pings back.
        self.allowed_mentions = discord.AllowedMentions.none()
        self._guild_settings = await all_guild_settings(self.store)
        for ext in self.initial_extensions:
            await self.load_extension(ext)
        if self.sync_commands:
            await self.sync_tree()

    async def sync_tree(self) -> int:
        """Push the slash commands to Discord; returns how many were synced."""
        if self.dev_guild:
            guild = discord.Object(id=self.dev_guild)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d slash commands to dev guild %s", len(synced), self.dev_guild)
        else:
            synced = await self.tree.sync()
            log.info("synced %d slash commands globally (may take a while to appear)", len(synced))
        return len(synced)

    async def on_ready(self) -> None:
        if self.user is not None:
            log.info("logged in as %s (id %s) in %d servers", self.user, self.user.id, len(self.guilds))

    # ------------------------------------------------------------------ settings and prefix

    def settings_for(self, guild_id: int | None) -> GuildSettings:
        if guild_id is None:
            return GuildSettings(0)
        return self._guild_settings.get(guild_id) or GuildSettings(guild_id)

    async def update_settings(self, guild_id: int, **changes: object) -> GuildSettings:
        new = await update_guild_settings(self.store, guild_id, **changes)
        self._guild_settings[guild_id] = new
        return new

    def prefix_for(self, guild_id: int | None) -> str:
        return self.settings_for(guild_id).prefix or self.default_prefix

    @staticmethod
    async def _prefix_for_message(bot: StudyBot, message: discord.Message) -> list[str]:
        prefix = bot.prefix_for(message.guild.id if message.guild else None)
        return commands.when_mentioned_or(prefix)(bot, message)

    # ------------------------------------------------------------------ dispatch

    async def get_context(self, origin: discord.Message | discord.Interaction, /, *,
                          cls: type[commands.Context[Any]] = Context) -> Any:
        return await super().get_context(origin, cls=cls)

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot:
            return
        await self.process_commands(message)
