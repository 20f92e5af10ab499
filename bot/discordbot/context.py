"""A Context that carries the Store, so commands never reach for globals.

Why: RoboDanny's pattern. Every command needs the database and the scope (which server's private
articles are visible); putting both on the context keeps cogs short and makes the scope rule live
in exactly one place.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands

if TYPE_CHECKING:
    from bot.store import Store


class Context(commands.Context["StudyBot"]):
    """Command context for studybot (prefix and slash invocations alike)."""

    #: Set by a cog's `cog_command_error` that answered the error, so the global handler stays quiet.
    error_handled: bool = False

    @property
    def store(self) -> Store:
        return self.bot.store

    @property
    def guild_scope(self) -> int | None:
        """The guild whose private articles this invocation may see (None in DMs: shared corpus only)."""
        return self.guild.id if self.guild is not None else None

    async def acknowledge(self, *, ephemeral: bool = False) -> None:
        """Acknowledge an interaction before slow work: Discord drops it after 3 seconds otherwise.

        For prefix invocations this shows "typing…" instead, which costs one request, so only the
        slow commands call it.
        """
        if self.interaction is not None and self.interaction.response.is_done():
            return
        with contextlib.suppress(discord.HTTPException):  # no typing indicator is no reason to fail
            await self.typing(ephemeral=ephemeral)

    async def reply_embed(self, embed: discord.Embed, *, ephemeral: bool = False,
                          view: discord.ui.View | None = None, **kwargs: Any) -> discord.Message | None:
        """Send one embed as a reply (ephemeral where that is possible, i.e. for slash commands)."""
        params: dict[str, Any] = {"embed": embed, **kwargs}
        if view is not None:
            params["view"] = view
        if self.interaction is not None:
            params["ephemeral"] = ephemeral
        return await self.send(**params)

    async def reply_embeds(self, embeds: Sequence[discord.Embed], **kwargs: Any) -> discord.Message | None:
        return await self.send(embeds=list(embeds)[:10], **kwargs)
