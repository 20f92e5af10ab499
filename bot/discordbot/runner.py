"""Start the Discord bot: `run(settings)` is what `studybot run` calls when DISCORD_TOKEN is set.

Why a separate module: the CLI stays free of discord.py imports, and logging is set up here in one
place, with a filter that blanks the token should any library ever log it.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord

from bot.discordbot.bot import StudyBot
from bot.store import Store

log = logging.getLogger("studybot.discord")


class RedactFilter(logging.Filter):
    """Replaces a secret in every log record with "<redacted>" (defence in depth)."""

    def __init__(self, secret: str | None) -> None:
        super().__init__()
        self.secret = secret or ""

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secret and len(self.secret) >= 8:
            message = record.getMessage()
            if self.secret in message:
                record.msg = message.replace(self.secret, "<redacted>")
                record.args = None
        return True


#: One filter shared by every handler, so it always redacts the token of the current run.
_REDACT = RedactFilter(None)


def setup_logging(level: str, token: str | None) -> None:
    """Log at the configured level through the root logger, with the token filter on every handler.

    When the caller (the CLI) already configured logging, its handler is kept (adding discord.py's
    own would print every line twice); otherwise discord.py's coloured console handler is used.
    """
    numeric = logging.getLevelName(level.upper()) if isinstance(level, str) else level
    root = logging.getLogger()
    if root.handlers:
        root.setLevel(numeric)
    else:
        discord.utils.setup_logging(level=numeric, root=True)
    _REDACT.secret = token or ""
    for handler in root.handlers:
        if _REDACT not in handler.filters:
            handler.addFilter(_REDACT)


async def _load_seeds_if_empty(store: Store, settings: Any) -> None:
    seeds = getattr(settings, "seeds_dir", None)
    if seeds is None or not await store.is_empty() or not seeds.is_dir():
        return
    from bot.ingest import ingest_paths

    summary = await ingest_paths(store, [seeds])
    log.info("empty database: %s", summary.line())


async def start(settings: Any) -> None:
    """Open the store, start the bot and run until it is closed (Ctrl+C, or bot.close())."""
    store = await Store.open(settings.db_path)
    try:
        await _load_seeds_if_empty(store, settings)
        bot = StudyBot(store, default_prefix=settings.prefix, dev_guild=settings.dev_guild,
                       sync_commands=True)
        async with bot:
            await bot.start(settings.discord_token)
    finally:
        await store.close()


def run(settings: Any) -> int:
    """Blocking entry point; returns a process exit code (0 on a clean shutdown)."""
    token = getattr(settings, "discord_token", None)
    setup_logging(getattr(settings, "log_level", "INFO"), token)
    if not token:
        log.error("DISCORD_TOKEN is not set; nothing to connect with")
        return 2
    log.info("starting studybot with %r", settings)  # Settings.__repr__ never shows the token
    try:
        asyncio.run(start(settings))
    except KeyboardInterrupt:
        log.info("stopped")
    except discord.LoginFailure:
        log.error("Discord rejected DISCORD_TOKEN (reset it under Developer Portal > Bot and update .env)")
        return 1
    except discord.PrivilegedIntentsRequired:
        log.error("the Message Content intent is not enabled: Developer Portal > Bot > "
                  "Privileged Gateway Intents > Message Content Intent")
        return 1
    return 0
