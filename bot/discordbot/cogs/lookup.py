"""quote / who / timeline / articles: one hybrid definition serves `!quote` and `/quote`.

The cog only parses Discord input, calls the command core with the invoking server's scope
(shared articles plus that server's own) and renders the plain results. Lookups may take a moment
on a large corpus (the core builds its indexes lazily), so each one acknowledges first: "typing…"
for prefix commands, a deferred response for slash commands (which Discord otherwise drops
after 3 seconds).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.core import find_people, find_quotes, list_articles, person_names, surrounding
from bot.core import timeline as core_timeline
from bot.discordbot import render
from bot.discordbot.views import Paginator, QuoteView

if TYPE_CHECKING:
    from bot.discordbot.bot import StudyBot
    from bot.discordbot.context import Context

QUOTE_LIMIT = 10
PEOPLE_LIMIT = 5


def lookup_cooldown() -> Any:
    """Per-member cooldown: generous for study, but a spammer cannot flood a channel."""
    return commands.cooldown(6, 30.0, commands.BucketType.user)


async def person_choices(bot: StudyBot, interaction: discord.Interaction,
                         current: str) -> list[app_commands.Choice[str]]:
    """Autocomplete choices for a person's name in the invoking server's scope (`/who`, `/session`)."""
    names = await person_names(bot.store, current or "", interaction.guild_id,
                               limit=render.CHOICE_COUNT_LIMIT)
    return [app_commands.Choice(name=n, value=v) for n, v in render.choices(names)]


class Lookup(commands.Cog):
    """Find quotations, people, dated events and articles."""

    def __init__(self, bot: StudyBot) -> None:
        self.bot = bot

    async def _send_pages(self, ctx: Context, pages: list[discord.Embed]) -> None:
        view = Paginator(pages, author_id=ctx.author.id)
        if view.needed:
            view.message = await ctx.send(embed=pages[0], view=view)
        else:
            view.stop()
            await ctx.send(embed=pages[0])

    # ------------------------------------------------------------------ quote

    @commands.hybrid_command(name="quote", aliases=["q"],
                             extras={"examples": ("quote rising food prices", "quote we lost thre boats")})
    @lookup_cooldown()
    @app_commands.describe(words="The words you remember, in any order; typos and gaps are fine")
    async def quote(self, ctx: Context, *, words: str) -> None:
        """Find a quotation from a few remembered words: who said it, where and when."""
        await ctx.acknowledge()
        results = await find_quotes(ctx.store, words, guild_id=ctx.guild_scope, limit=QUOTE_LIMIT)
        if not results:
            await ctx.send(embed=render.not_found_embed(
                "quotation", words, "Try fewer or more distinctive words, or check the spelling of a name."))
            return
        pages = render.quote_pages(results, words)
        store = ctx.store

        async def load_context(result: Any) -> discord.Embed:
            passage = await surrounding(store, result.article_id, result.sentence_ids, radius=2)
            return render.context_embed(result, passage)

        view = QuoteView(pages, results, author_id=ctx.author.id, load_context=load_context)
        view.message = await ctx.send(embed=pages[0], view=view)

    # ------------------------------------------------------------------ who

    @commands.hybrid_command(name="who", aliases=["whois"],
                             extras={"examples": ("who Okafor", "who mr okafr")})
    @lookup_cooldown()
    @app_commands.describe(name="A name, surname, or a misspelling of one")
    async def who(self, ctx: Context, *, name: str) -> None:
        """A person card: aliases, how articles describe them, their articles and quotations."""
        await ctx.acknowledge()
        people = await find_people(ctx.store, name, guild_id=ctx.guild_scope, limit=PEOPLE_LIMIT)
        if not people:
            close = await person_names(ctx.store, name, ctx.guild_scope, limit=5)
            hint = ("Did you mean: " + ", ".join(f"**{render.md(n)}**" for n in close) + "?") if close else \
                "Nobody by that name appears in the articles."
            await ctx.send(embed=render.not_found_embed("person", name, hint))
            return
        await self._send_pages(ctx, render.person_pages(people))

    @who.autocomplete("name")
    async def who_autocomplete(self, interaction: discord.Interaction,
                               current: str) -> list[app_commands.Choice[str]]:
        """Names as they are typed. Autocomplete skips checks and cooldowns, so keep it cheap."""
        return await person_choices(self.bot, interaction, current)

    # ------------------------------------------------------------------ timeline

    @commands.hybrid_command(name="timeline", aliases=["tl", "when"], usage="[filter]",
                             extras={"examples": ("timeline", "timeline Okafor", "timeline harbour closure")})
    @lookup_cooldown()
    @app_commands.rename(query="filter")
    @app_commands.describe(query="A person, an article title, a date (2013, June 2013) or words")
    async def timeline(self, ctx: Context, *, query: str | None = None) -> None:
        """Dated events in date order, optionally about one person, article or topic."""
        await ctx.acknowledge()
        events = await core_timeline(ctx.store, query or None, guild_id=ctx.guild_scope)
        if not events:
            await ctx.send(embed=render.not_found_embed(
                "dated events", query,
                "Try a person's name, an article title, or other words." if query else ""))
            return
        await self._send_pages(ctx, render.timeline_pages(events, query))

    # ------------------------------------------------------------------ articles

    @commands.hybrid_command(name="articles", aliases=["article"],
                             extras={"examples": ("articles", "articles face time")})
    @lookup_cooldown()
    @app_commands.describe(title="Only articles whose title contains these words")
    async def articles(self, ctx: Context, *, title: str | None = None) -> None:
        """The articles this server is reading (shared ones and this server's own uploads)."""
        await ctx.acknowledge()
        found = await list_articles(ctx.store, title or None, guild_id=ctx.guild_scope)
        if not found:
            await ctx.send(embed=render.not_found_embed(
                "articles", title, "Moderators can add one by attaching a .txt file to `addarticle`."))
            return
        await self._send_pages(ctx, render.article_pages(found))


async def setup(bot: StudyBot) -> None:
    await bot.add_cog(Lookup(bot))
