"""Who may moderate: the server's configured moderator role, or Manage Messages.

Why one decorator for both worlds (RoboDanny's `hybrid_permissions_check`): a hybrid command is a
prefix command and a slash command at once. The prefix side needs a runtime check; the slash side
should also be hidden from members who cannot use it (default permissions), otherwise they see a
command that only ever answers "no". Default permissions cannot express "has role X" (a server admin
can widen them under Server Settings > Integrations), so the runtime check stays authoritative.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import discord
from discord import app_commands
from discord.ext import commands

if TYPE_CHECKING:
    from bot.discordbot.context import Context

T = TypeVar("T")


class NotModerator(commands.CheckFailure):
    """The member is neither in the moderator role nor allowed to manage messages."""

    def __init__(self, role: discord.Role | None = None) -> None:
        self.role = role
        who = f"the **{role.name}** role or " if role is not None else ""
        super().__init__(f"Only moderators can do that (members with {who}the Manage Messages permission).")


def is_moderator(member: discord.abc.User, channel: discord.abc.GuildChannel | discord.Thread | None,
                 moderator_role_id: int | None) -> bool:
    """Pure predicate, so it is testable without a running bot."""
    if not isinstance(member, discord.Member):
        return False
    if member.guild.owner_id == member.id:
        return True
    perms = channel.permissions_for(member) if channel is not None else member.guild_permissions
    if perms.administrator or perms.manage_messages:
        return True
    return moderator_role_id is not None and any(r.id == moderator_role_id for r in member.roles)


async def check_moderator(ctx: Context) -> bool:
    if ctx.guild is None:
        raise commands.NoPrivateMessage()
    role_id = ctx.bot.settings_for(ctx.guild.id).moderator_role_id
    channel = ctx.channel if isinstance(ctx.channel, discord.abc.GuildChannel | discord.Thread) else None
    if is_moderator(ctx.author, channel, role_id):
        return True
    raise NotModerator(ctx.guild.get_role(role_id) if role_id else None)


def moderator_only() -> Callable[[T], T]:
    """Prefix check + slash default permissions (Manage Messages) + guild only, in one decorator.

    Place it *under* `@commands.hybrid_command` / `@group.command` so it decorates the function.
    """

    def decorator(func: T) -> T:
        commands.check(check_moderator)(func)
        app_commands.default_permissions(manage_messages=True)(func)
        app_commands.guild_only()(func)
        return func

    return decorator


def manage_server_only() -> Callable[[T], T]:
    """Like `moderator_only`, for settings that decide who moderates: Manage Server is required."""

    def decorator(func: T) -> T:
        commands.guild_only()(func)
        commands.has_guild_permissions(manage_guild=True)(func)
        app_commands.default_permissions(manage_guild=True)(func)
        app_commands.guild_only()(func)
        return func

    return decorator
