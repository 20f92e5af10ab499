"""Per-server settings, and articles a server adds for itself by attaching .txt files.

Scope rule (the store's): articles ingested by the CLI or from `seeds/` belong to no server and
serve every server; an article a moderator uploads here belongs to this server alone and never
shows up anywhere else. Only such server articles can be removed from Discord.

Who may do what: changing settings (prefix, moderator role, session channel) needs Manage Server,
because it decides who the moderators are; adding or removing this server's articles is a
moderator task (the moderator role, or Manage Messages).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.core import list_articles
from bot.core import sessions as core_sessions
from bot.discordbot import render
from bot.discordbot.checks import manage_server_only, moderator_only
from bot.ingest import IngestError, decode, ingest_text
from bot.store import article_id_for

if TYPE_CHECKING:
    from bot.discordbot.bot import StudyBot
    from bot.discordbot.context import Context

log = logging.getLogger(__name__)

#: Largest upload we read. News articles are a few KB; this stops a stray log file or book.
MAX_UPLOAD_BYTES = 512 * 1024
MAX_UPLOADS_PER_MESSAGE = 5
FORBIDDEN_PREFIX_CHARS = set("`*_~|>\\@#")


def source_for(guild_id: int, filename: str) -> str:
    """Where an uploaded article 'comes from': re-uploading the same file name replaces it."""
    safe = "".join(c if c.isalnum() or c in "._- " else "_" for c in filename).strip() or "article.txt"
    return f"discord/{guild_id}/{safe}"


def validate_prefix(prefix: str) -> str:
    prefix = prefix.strip()
    if not 1 <= len(prefix) <= 5:
        raise commands.BadArgument("A prefix is 1 to 5 characters long.")
    if any(c.isspace() for c in prefix) or FORBIDDEN_PREFIX_CHARS & set(prefix):
        raise commands.BadArgument("A prefix cannot contain spaces, markdown characters, @ or #.")
    return prefix


class Admin(commands.Cog):
    """Server settings and server-only articles."""

    def __init__(self, bot: StudyBot) -> None:
        self.bot = bot

    # ---------------------------------------------------------------- settings

    def _settings_embed(self, guild: discord.Guild) -> discord.Embed:
        s = self.bot.settings_for(guild.id)
        role = guild.get_role(s.moderator_role_id) if s.moderator_role_id else None
        lines = [
            f"Prefix: `{self.bot.prefix_for(guild.id)}`" + ("" if s.prefix else " (default)"),
            "Moderators: members with Manage Messages"
            + (f" or the **{render.md(role.name)}** role" if role else ""),
            "Study sessions: "
            + (f"only in <#{s.session_channel_id}>" if s.session_channel_id else "any channel"),
            f"Seconds per question: {s.round_seconds or core_sessions.DEFAULT_SECONDS}"
            + ("" if s.round_seconds else " (default)"),
        ]
        return render.info_embed("Server settings", "\n".join(lines))

    @commands.hybrid_group(name="settings", invoke_without_command=True, fallback="show",
                           extras={"examples": ("settings", "settings prefix ?", "settings modrole @Tutors",
                                                "settings sessionchannel #study", "settings roundtime 45")})
    @manage_server_only()
    async def settings(self, ctx: Context) -> None:
        """This server's settings (Manage Server)."""
        assert ctx.guild is not None
        await ctx.send(embed=self._settings_embed(ctx.guild))

    @settings.command(name="prefix")
    @manage_server_only()
    @app_commands.describe(prefix="1-5 characters, e.g. ? or sb! (leave empty for the default)")
    async def set_prefix(self, ctx: Context, prefix: str | None = None) -> None:
        """Set the prefix of text commands (slash commands are unaffected)."""
        assert ctx.guild is not None
        value = validate_prefix(prefix) if prefix else None
        await self.bot.update_settings(ctx.guild.id, prefix=value)
        await ctx.send(embed=self._settings_embed(ctx.guild))

    @settings.command(name="modrole")
    @manage_server_only()
    @app_commands.describe(role="Members with this role may run sessions and add articles (empty: none)")
    async def set_modrole(self, ctx: Context, role: discord.Role | None = None) -> None:
        """Choose a moderator role besides Manage Messages (no role: clear it)."""
        assert ctx.guild is not None
        if role is not None and role.is_default():
            raise commands.BadArgument("@everyone cannot be the moderator role.")
        await self.bot.update_settings(ctx.guild.id, moderator_role_id=role.id if role else None)
        await ctx.send(embed=self._settings_embed(ctx.guild))

    @settings.command(name="sessionchannel")
    @manage_server_only()
    @app_commands.describe(channel="The only channel where study sessions may run (empty: any)")
    async def set_session_channel(self, ctx: Context, channel: discord.TextChannel | None = None) -> None:
        """Restrict study sessions to one channel (no channel: allow any)."""
        assert ctx.guild is not None
        await self.bot.update_settings(ctx.guild.id, session_channel_id=channel.id if channel else None)
        await ctx.send(embed=self._settings_embed(ctx.guild))

    @settings.command(name="roundtime")
    @manage_server_only()
    @app_commands.describe(seconds="Default seconds per question (empty: 30)")
    async def set_round_time(
        self, ctx: Context,
        seconds: commands.Range[int, core_sessions.MIN_SECONDS, core_sessions.MAX_SECONDS] | None = None,
    ) -> None:
        """Default time per study-session question."""
        assert ctx.guild is not None
        await self.bot.update_settings(ctx.guild.id, round_seconds=seconds)
        await ctx.send(embed=self._settings_embed(ctx.guild))

    # ---------------------------------------------------------------- articles

    @commands.hybrid_command(name="addarticle", usage="(attach one or more .txt files)",
                             extras={"examples": ("addarticle (with a .txt file attached)",)})
    @moderator_only()
    @commands.cooldown(3, 60.0, commands.BucketType.guild)
    @app_commands.describe(file="A .txt file with the article's text")
    async def addarticle(self, ctx: Context, file: discord.Attachment | None = None) -> None:
        """Add an article to this server only, from an attached .txt file."""
        assert ctx.guild is not None
        files = [file] if file is not None else []
        if ctx.interaction is None and ctx.message.attachments:
            files = list(ctx.message.attachments)
        if not files:
            raise commands.BadArgument("Attach a .txt file with the article's text.")
        await ctx.acknowledge()
        lines = []
        for att in files[:MAX_UPLOADS_PER_MESSAGE]:
            lines.append(await self._ingest(ctx.guild.id, att))
        if len(files) > MAX_UPLOADS_PER_MESSAGE:
            lines.append(f"Only the first {MAX_UPLOADS_PER_MESSAGE} files were read.")
        await ctx.send(embed=render.info_embed("Articles", "\n".join(lines), colour=render.COLOUR_ARTICLE))

    async def _ingest(self, guild_id: int, att: discord.Attachment) -> str:
        name = render.md(render.truncate(att.filename, 80))
        if not att.filename.lower().endswith(".txt"):
            return f"\u274c {name}: only .txt files can be read."
        if att.size and att.size > MAX_UPLOAD_BYTES:
            return f"\u274c {name}: larger than {MAX_UPLOAD_BYTES // 1024} KB."
        try:
            data = await att.read()
        except (discord.HTTPException, OSError):
            return f"\u274c {name}: I could not download it; please try again."
        if len(data) > MAX_UPLOAD_BYTES:
            return f"\u274c {name}: larger than {MAX_UPLOAD_BYTES // 1024} KB."
        source = source_for(guild_id, att.filename)
        try:
            status = await ingest_text(self.bot.store, decode(data), source, guild_id=guild_id)
        except IngestError as e:
            return f"\u274c {name}: {render.md(str(e))}."
        aid = article_id_for(source, guild_id)
        art = next((a for a in await list_articles(self.bot.store, guild_id=guild_id) if a.id == aid), None)
        if art is None:
            return f"\u2705 {name}: {status}."
        return (f"\u2705 **{render.md(render.truncate(art.label, 120))}** `#{art.id}` {status}: "
                f"{art.quotes} quotations, {art.events} dated events. Only this server sees it.")

    @commands.hybrid_command(name="removearticle", extras={"examples": ("removearticle 3097371e7288",)})
    @moderator_only()
    @app_commands.describe(article_id="The id shown by `articles` (only this server's own articles)")
    async def removearticle(self, ctx: Context, article_id: str) -> None:
        """Remove one of this server's own articles (shared articles stay)."""
        assert ctx.guild is not None
        wanted = article_id.strip().lstrip("#").lower()
        visible = await list_articles(self.bot.store, guild_id=ctx.guild.id)
        own = [a for a in visible if a.guild_id == ctx.guild.id]
        match = [a for a in own if a.id == wanted]
        if not match and len(wanted) >= 4:
            match = [a for a in own if a.id.startswith(wanted)]
        if len(match) != 1:
            raise commands.BadArgument(f"This server has no article with id {article_id!r} (see `articles`; "
                                       "shared articles cannot be removed from Discord).")
        await self.bot.store.delete_article(match[0].id)
        await ctx.send(embed=render.info_embed(
            "Article removed", f"**{render.md(match[0].label)}** is gone from this server."))

    # ---------------------------------------------------------------- owner

    @commands.command(name="sync", hidden=True)
    @commands.is_owner()
    async def sync(self, ctx: Context, what: str | None = None) -> None:
        """Push slash commands to Discord; `sync clear` removes this server's own copies (bot owner)."""
        if what == "clear":
            if ctx.guild is None:
                raise commands.NoPrivateMessage()
            self.bot.tree.clear_commands(guild=ctx.guild)
            await self.bot.tree.sync(guild=ctx.guild)
            await ctx.send(embed=render.info_embed("Cleared", "This server's command copies are gone."))
            return
        n = await self.bot.sync_tree()
        await ctx.send(embed=render.info_embed("Synced", f"{n} slash commands."))


async def setup(bot: StudyBot) -> None:
    await bot.add_cog(Admin(bot))
