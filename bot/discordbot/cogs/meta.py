"""Help with examples, and the error handlers: members see a short hint, never a traceback.

Why here: errors from every cog end up in `on_command_error` (prefix and hybrid slash invocations
alike) or in the app-command tree's `on_error` (pure slash commands, autocomplete aside). Handling
them in one place keeps the wording consistent; cogs only add `cog_command_error` for the few
errors whose fix is specific to them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.results import UsageError
from bot.discordbot import render
from bot.discordbot.checks import NotModerator
from bot.discordbot.views import reply_privately

if TYPE_CHECKING:
    from bot.discordbot.bot import StudyBot
    from bot.discordbot.context import Context

log = logging.getLogger(__name__)

#: Commands listed by help, in this order, with examples (the prefix is added when shown).
HELP_ORDER = ("quote", "who", "timeline", "articles", "hint", "scores", "session", "settings",
              "addarticle", "removearticle", "help")


def usage(prefix: str, command: commands.Command[Any, ..., Any]) -> str:
    """`!quote <words>`: the way a member types a command."""
    sig = command.signature
    return f"`{prefix}{command.qualified_name}{' ' + sig if sig else ''}`"


def examples(prefix: str, command: commands.Command[Any, ..., Any]) -> list[str]:
    return [f"`{prefix}{e}`" for e in command.extras.get("examples", ())]


def usage_hint(ctx: Context, command: commands.Command[Any, ..., Any] | None = None) -> str:
    command = command or ctx.command
    if command is None:
        return ""
    prefix = "/" if ctx.interaction else ctx.bot.prefix_for(ctx.guild_scope)
    lines = [f"Usage: {usage(prefix, command)}"]
    ex = examples(prefix, command)
    if ex:
        lines.append("Example: " + ", ".join(ex[:2]))
    return "\n".join(lines)


async def reply_error(ctx: Context, text: str, title: str = "Sorry") -> None:
    """Answer with an error embed: ephemeral for slash commands, a plain reply otherwise."""
    try:
        await ctx.send(embed=render.error_embed(text, title), ephemeral=True)
    except discord.HTTPException:
        log.warning("could not send an error message in channel %s", getattr(ctx.channel, "id", "?"))


class Meta(commands.Cog):
    """Help and error handling."""

    def __init__(self, bot: StudyBot) -> None:
        self.bot = bot
        self._old_tree_error = bot.tree.on_error

    async def cog_load(self) -> None:
        self.bot.tree.on_error = self.on_app_command_error  # type: ignore[assignment]

    async def cog_unload(self) -> None:
        self.bot.tree.on_error = self._old_tree_error  # type: ignore[assignment]

    # ------------------------------------------------------------------ help

    @commands.hybrid_command(name="help", extras={"examples": ("help", "help quote")})
    @app_commands.describe(command="A command to explain in detail")
    async def help(self, ctx: Context, *, command: str | None = None) -> None:
        """How to use the bot, with examples."""
        prefix = "/" if ctx.interaction else ctx.bot.prefix_for(ctx.guild_scope)
        if command:
            cmd = self.bot.get_command(command.strip().lstrip("!/").strip())
            if cmd is None or cmd.hidden:
                name = render.truncate(render.md(command), 80)
                await reply_error(ctx, f"There is no command called **{name}**.")
                return
            lines = [cmd.help or cmd.short_doc or "", "", f"Usage: {usage(prefix, cmd)}"]
            if isinstance(cmd, commands.Group):
                for sub in sorted(cmd.commands, key=lambda c: c.name):
                    lines.append(f"{usage(prefix, sub)} \u2014 {sub.short_doc}")
            ex = examples(prefix, cmd)
            if ex:
                lines += ["", "Examples: " + ", ".join(ex)]
            if cmd.aliases:
                lines.append("Also: " + ", ".join(f"`{prefix}{a}`" for a in cmd.aliases))
            await ctx.send(embed=render.info_embed(f"{prefix}{cmd.qualified_name}", "\n".join(lines)))
            return
        embed = discord.Embed(
            title="studybot",
            description=("Look things up in the articles your group reads. Typos and half-remembered "
                         f"words are fine. Commands work with `{prefix}` and as slash commands."),
            colour=render.COLOUR_INFO)
        shown = set()
        for name in HELP_ORDER:
            cmd = self.bot.get_command(name)
            if cmd is None or cmd.hidden:
                continue
            shown.add(cmd.qualified_name)
            ex = examples(prefix, cmd)
            value = (cmd.short_doc or "\u200b") + ("\n" + " ".join(ex[:2]) if ex else "")
            embed.add_field(name=f"{prefix}{cmd.name} {cmd.signature}".strip(), value=value, inline=False)
        for cmd in sorted(self.bot.commands, key=lambda c: c.name):
            if cmd.qualified_name not in shown and not cmd.hidden:
                embed.add_field(name=f"{prefix}{cmd.name} {cmd.signature}".strip(),
                                value=cmd.short_doc or "\u200b", inline=False)
        embed.set_footer(text=f"{prefix}help <command> for details")
        await ctx.send(embed=render.fit(embed))

    # ------------------------------------------------------------------ errors

    @commands.Cog.listener()
    async def on_command_error(self, ctx: Context, error: commands.CommandError) -> None:
        if getattr(ctx, "error_handled", False):
            return  # a cog_command_error already answered
        if isinstance(error, commands.HybridCommandError):
            await self._app_error_for_ctx(ctx, error.original)
            return
        if isinstance(error, commands.CommandNotFound):
            return  # other bots may share the prefix: stay quiet
        if isinstance(error, commands.MissingRequiredArgument):
            await reply_error(ctx, f"I need **{error.param.name}**.\n{usage_hint(ctx)}", "Missing something")
        elif isinstance(error, commands.TooManyArguments):
            await reply_error(ctx, f"That is more than I expected.\n{usage_hint(ctx)}", "Too much")
        elif isinstance(error, commands.UserInputError):  # bad arguments, flags, quotes...
            await reply_error(ctx, f"{render.md(str(error))}\n{usage_hint(ctx)}", "I could not read that")
        elif isinstance(error, commands.CommandOnCooldown):
            await reply_error(ctx, f"Slow down a little: try again in {error.retry_after:.0f} s.", "Cooldown")
        elif isinstance(error, commands.MaxConcurrencyReached):
            await reply_error(ctx, "That command is already running here; wait for it to finish.", "Busy")
        elif isinstance(error, commands.NoPrivateMessage):
            await reply_error(ctx, "That only works in a server, not in direct messages.", "Servers only")
        elif isinstance(error, NotModerator | commands.MissingRole | commands.MissingAnyRole):
            await reply_error(ctx, str(error), "Moderators only")
        elif isinstance(error, commands.MissingPermissions):
            missing = ", ".join(p.replace("_", " ").replace("guild", "server").title()
                                for p in error.missing_permissions)
            await reply_error(ctx, f"That needs the {missing} permission.", "Not allowed")
        elif isinstance(error, commands.BotMissingPermissions):
            missing = ", ".join(p.replace("_", " ") for p in error.missing_permissions)
            await reply_error(ctx, f"I am missing permissions here: {missing}.", "I cannot do that")
        elif isinstance(error, commands.DisabledCommand):
            await reply_error(ctx, "That command is switched off.", "Disabled")
        elif isinstance(error, commands.CheckFailure):
            await reply_error(ctx, "You cannot use that command here.", "Not allowed")
        elif isinstance(error, commands.CommandInvokeError):
            await self._invoke_error(ctx, error.original)
        else:
            await self._invoke_error(ctx, error)

    async def _invoke_error(self, ctx: Context, original: BaseException) -> None:
        if isinstance(original, UsageError):
            await reply_error(ctx, render.md(str(original)), "Not quite")
            return
        if isinstance(original, discord.Forbidden):
            log.warning("forbidden in %s: %s", getattr(ctx.channel, "id", "?"), original)
            return
        log.error("command %s failed (guild %s)", ctx.command.qualified_name if ctx.command else "?",
                  ctx.guild_scope, exc_info=original)
        await reply_error(ctx, "Something went wrong on my side. It has been logged; please try again later.",
                          "Oops")

    async def _app_error_for_ctx(self, ctx: Context, error: app_commands.AppCommandError) -> None:
        if isinstance(error, app_commands.CommandInvokeError):
            await self._invoke_error(ctx, error.original)
        elif isinstance(error, app_commands.TransformerError):
            await reply_error(ctx, render.md(str(error)), "I could not read that")
        else:
            await reply_error(ctx, render.md(str(error)) or "That did not work.", "Sorry")

    async def on_app_command_error(self, interaction: discord.Interaction,
                                   error: app_commands.AppCommandError) -> None:
        """Errors of pure slash commands (hybrid ones arrive in on_command_error)."""
        if isinstance(error, app_commands.CommandOnCooldown):
            text, title = f"Slow down a little: try again in {error.retry_after:.0f} s.", "Cooldown"
        elif isinstance(error, app_commands.MissingPermissions | app_commands.CheckFailure):
            text, title = "You cannot use that command here.", "Not allowed"
        elif isinstance(error, app_commands.CommandInvokeError) and isinstance(error.original, UsageError):
            text, title = render.md(str(error.original)), "Not quite"
        elif isinstance(error, app_commands.CommandNotFound | app_commands.CommandSignatureMismatch):
            text, title = "This command changed; please try again in a minute.", "Out of date"
            log.warning("app command out of sync: %s", error)
        else:
            log.error("app command %s failed", getattr(interaction.command, "qualified_name", "?"),
                      exc_info=error)
            text, title = "Something went wrong on my side. It has been logged.", "Oops"
        if not await reply_privately(interaction, render.error_embed(text, title)):
            log.warning("could not report an app command error to the user")


async def setup(bot: StudyBot) -> None:
    await bot.add_cog(Meta(bot))
