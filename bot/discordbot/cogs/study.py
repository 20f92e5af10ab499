"""Moderated study sessions: "who said this?" rounds with hints, scoring and a leaderboard.

How it runs (Red-DiscordBot's trivia as the model): one asyncio task per session waits for the
next message in the session's channel (`bot.wait_for("message")`), for the next deadline (hint or
timeout), or for a moderator command to poke it. The rules live in `bot.core.sessions` (pure); this
cog only feeds it messages and the clock, saves the state after every change, and renders events.

Because every transition is saved (`bot.store.sessions`), a restart loses nothing: on startup the
cog reloads every running or paused session and asks the current question again.

To keep the channel readable and the API calls few, a round's result goes out in the same message
as the next question, and hints are edited into the question rather than posted anew.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.core import sessions as core
from bot.discordbot import render
from bot.discordbot.checks import moderator_only
from bot.discordbot.cogs.lookup import person_choices
from bot.store.sessions import insert_session, latest_session_id, live_session_ids, load_session, save_session

if TYPE_CHECKING:
    from bot.discordbot.bot import StudyBot
    from bot.discordbot.context import Context

log = logging.getLogger(__name__)


class StartFlags(commands.FlagConverter, case_insensitive=True):
    """`!session start rounds: 5 seconds: 20 person: Okafor` (every part optional)."""

    rounds: commands.Range[int, 1, core.MAX_ROUNDS] = commands.flag(
        default=core.DEFAULT_ROUNDS, description="How many questions (default 10)")
    seconds: commands.Range[int, core.MIN_SECONDS, core.MAX_SECONDS] | None = commands.flag(
        default=None, description="Seconds per question (default: the server's setting, else 30)")
    article: str | None = commands.flag(
        default=None, description="Only quotations from this article (id or title words)")
    person: str | None = commands.flag(
        default=None, description="Only quotations from the articles about this person")


def _name(user: discord.abc.User) -> str:
    return getattr(user, "display_name", None) or user.name


def result_embed(closed: core.RoundClosed, session: core.Session) -> discord.Embed:
    r = closed.round
    answer = f"**{render.md(r.speaker)}**"
    if closed.reason == "answered" and closed.winner is not None:
        who = render.truncate(render.clean(closed.winner.display_name), 80)
        title = f"\u2705 {who} got it (+{closed.points})"
        text = f"It was {answer}."
    elif closed.reason == "skipped":
        title, text = "\u23ed Skipped", f"It was {answer}."
    else:
        title, text = "\u23f0 Time's up", f"It was {answer}."
    if r.article:
        text += f"\n*{render.md(render.truncate(r.article, 200))}*"
        if r.published:
            text += f" ({r.published})"
    embed = discord.Embed(title=title, description=text, colour=render.COLOUR_SESSION)
    top = session.leaderboard()[:3]
    if top:
        embed.set_footer(text=" \u00b7 ".join(f"{render.clean(s.display_name)} {s.points}" for s in top))
    return render.fit(embed)


def question_for(session: core.Session) -> discord.Embed:
    r = session.current
    assert r is not None
    return render.question_embed(session.round_index + 1, session.total, r.quote_text, article=None,
                                 seconds=session.round_seconds, hints=session.hints_visible())


def leaderboard_for(session: core.Session, title: str | None = None) -> discord.Embed:
    scores = [(s.display_name, s.points) for s in session.leaderboard()]
    answered = sum(1 for r in session.rounds if r.outcome == "answered")
    played = sum(1 for r in session.rounds if r.outcome)
    if title is None:
        title = "Final leaderboard" if not session.is_live else "Scores so far"
    footer = f"{answered} of {played} questions answered \u00b7 {session.scope_label}"
    return render.leaderboard_embed(scores, title, footer)


def status_embed(session: core.Session, now: float) -> discord.Embed:
    lines = [f"Scope: {render.md(session.scope_label)}",
             f"Round {min(session.round_index + 1, session.total)} of {session.total}, "
             f"{session.round_seconds} s each",
             f"Status: **{session.status}**"]
    if session.is_live:
        lines.append(f"Time left in this round: {session.time_left(now):.0f} s")
    return render.info_embed("Study session", "\n".join(lines))


class SessionRunner:
    """The task that runs one session in one channel."""

    def __init__(self, cog: Study, session: core.Session, channel: discord.abc.Messageable,
                 *, restored: bool = False) -> None:
        self.cog = cog
        self.bot = cog.bot
        self.session = session
        self.channel = channel
        self.restored = restored
        self.lock = asyncio.Lock()
        self.wake = asyncio.Event()
        self.pending: list[discord.Embed] = []      # results to send with the next question
        self.asked_round: int | None = None          # the round whose question is on screen
        self.question: discord.Message | None = None
        self.clarified: set[tuple[int, int]] = set()  # (round, user) told "which one?"
        self.task: asyncio.Task[None] | None = None

    # ---------------------------------------------------------------- control

    def start(self) -> None:
        self.task = asyncio.create_task(self._run(), name=f"study-session-{self.session.id}")

    def poke(self) -> None:
        """Wake the task after a command changed the session (or the clock moved, in tests)."""
        self.wake.set()

    async def save(self) -> None:
        rec, rounds, scores = self.session.to_records()
        await save_session(self.bot.store, rec, rounds, scores)

    def note(self, event: core.Event) -> None:
        if isinstance(event, core.RoundClosed):
            self.pending.append(result_embed(event, self.session))

    # ---------------------------------------------------------------- the loop

    async def _run(self) -> None:
        try:
            if self.restored:
                self.pending.append(render.info_embed(
                    "Back again", "I restarted; the session continues where it was and every point is kept."))
            while True:
                s = self.session
                if not s.is_live:
                    await self._finish()
                    return
                if s.status == core.PAUSED:
                    await self._flush()
                    await self._next_answer(None)
                    continue
                if self.asked_round != s.round_index:
                    await self._ask()
                at = s.next_event_at()
                timeout = None if at is None else max(0.0, at - self.cog.clock())
                message = await self._next_answer(timeout)
                async with self.lock:
                    if message is not None:
                        await self._answer(message)
                    events = s.due(self.cog.clock())
                    for event in events:
                        self.note(event)
                        if isinstance(event, core.HintShown):
                            await self.show_hint()
                    if events:
                        await self.save()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("study session %s crashed", self.session.id)
            with contextlib.suppress(discord.HTTPException):
                await self.channel.send(embed=render.error_embed(
                    "The session hit a problem on my side. Scores are saved; a moderator can continue it "
                    "with `session resume`."))
        finally:
            if self.cog.runners.get(self.session.channel_id) is self:
                del self.cog.runners[self.session.channel_id]

    def _is_answer(self, message: discord.Message) -> bool:
        if message.channel.id != self.session.channel_id or message.author.bot or not message.content:
            return False
        content = message.content.lstrip()
        prefix = self.bot.prefix_for(self.session.guild_id)
        if content.startswith(prefix) or content.startswith("/"):
            return False
        return not (self.bot.user is not None and content.startswith((f"<@{self.bot.user.id}>",
                                                                      f"<@!{self.bot.user.id}>")))

    async def _next_answer(self, timeout: float | None) -> discord.Message | None:
        waiter = asyncio.ensure_future(self.bot.wait_for("message", check=self._is_answer))
        woken = asyncio.ensure_future(self.wake.wait())
        try:
            done, _ = await asyncio.wait({waiter, woken}, timeout=timeout,
                                         return_when=asyncio.FIRST_COMPLETED)
        finally:
            for fut in (waiter, woken):
                if not fut.done():
                    fut.cancel()
        self.wake.clear()
        if waiter in done and not waiter.cancelled() and waiter.exception() is None:
            return waiter.result()
        return None

    async def _send(self, embeds: list[discord.Embed]) -> discord.Message | None:
        embeds = embeds[-10:]
        while len(embeds) > 1 and sum(len(e) for e in embeds) > render.EMBED_TOTAL_LIMIT:
            embeds.pop(0)  # the oldest result goes first; the question must get through
        try:
            return await self.channel.send(embeds=embeds)
        except discord.HTTPException:
            log.warning("could not post in session channel %s", self.session.channel_id, exc_info=True)
            return None

    async def _flush(self) -> None:
        if self.pending:
            await self._send(self.pending)
            self.pending = []

    async def _ask(self) -> None:
        self.question = await self._send([*self.pending, question_for(self.session)])
        self.pending = []
        self.asked_round = self.session.round_index

    async def show_hint(self) -> None:
        embed = question_for(self.session)
        if self.question is not None:
            try:
                # Keep the results that went out with the question; replace the question itself.
                embeds = [*self.question.embeds[:-1], embed]
                self.question = await self.question.edit(embeds=embeds)
                return
            except discord.HTTPException:
                pass
        self.question = await self._send([embed])

    async def _answer(self, message: discord.Message) -> None:
        s = self.session
        round_no = s.round_index
        outcome = s.answer(message.author.id, _name(message.author), message.content, self.cog.clock())
        if outcome.closed is not None:
            self.note(outcome.closed)
            await self.save()
        elif outcome.verdict.kind == "ambiguous" and (round_no, message.author.id) not in self.clarified:
            self.clarified.add((round_no, message.author.id))
            names = " or ".join(f"**{render.md(n)}**" for n in outcome.verdict.rivals[:3])
            with contextlib.suppress(discord.HTTPException):
                text = f"That name fits more than one person here (e.g. {names}). Be more precise."
                await message.reply(embed=render.info_embed("Which one?", text), mention_author=False)

    async def _finish(self) -> None:
        await self._send([*self.pending, leaderboard_for(self.session)])
        self.pending = []


class Study(commands.Cog):
    """Moderated "who said this?" sessions."""

    def __init__(self, bot: StudyBot, *, clock: Callable[[], float] = time.time) -> None:
        self.bot = bot
        self.clock = clock
        self.runners: dict[int, SessionRunner] = {}
        self._startup: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        self._startup = asyncio.create_task(self._resume_when_ready(), name="study-resume")

    async def cog_unload(self) -> None:
        """Stop the tasks; the sessions stay saved as they are and resume on the next start."""
        tasks = [r.task for r in self.runners.values() if r.task is not None]
        if self._startup is not None:
            tasks.append(self._startup)
        for t in tasks:
            t.cancel()
        for t in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await t
        self.runners.clear()

    async def _resume_when_ready(self) -> None:
        await self.bot.wait_until_ready()
        try:
            n = await self.resume_sessions()
        except Exception:
            log.exception("could not resume study sessions")
        else:
            if n:
                log.info("resumed %d study session(s)", n)

    async def resume_sessions(self) -> int:
        """Start a runner for every saved live session that has none (after a restart)."""
        started = 0
        for sid in await live_session_ids(self.bot.store):
            loaded = await load_session(self.bot.store, sid)
            if loaded is None:
                continue
            session = core.Session.from_records(*loaded)
            if session.channel_id in self.runners:
                continue
            channel = self.bot.get_channel(session.channel_id)
            if channel is None:
                try:
                    channel = await self.bot.fetch_channel(session.channel_id)
                except (discord.HTTPException, NotImplementedError):
                    log.warning("session %s: channel %s is gone; leaving it saved", sid, session.channel_id)
                    continue
            if not isinstance(channel, discord.abc.Messageable):
                continue
            session.restore(self.clock())
            runner = SessionRunner(self, session, channel, restored=True)
            self.runners[session.channel_id] = runner
            await runner.save()
            runner.start()
            started += 1
        return started

    # ---------------------------------------------------------------- helpers

    def _runner(self, ctx: Context) -> SessionRunner:
        runner = self.runners.get(ctx.channel.id)
        if runner is None:
            raise core.SessionError("There is no study session running in this channel.")
        return runner

    @staticmethod
    async def _ack(ctx: Context, text: str) -> None:
        """Slash commands must be answered; for prefix commands the session's own post is the answer."""
        if ctx.interaction is not None:
            await ctx.send(embed=render.info_embed("Done", text), ephemeral=True)

    # ---------------------------------------------------------------- moderator commands

    @commands.hybrid_group(name="session", invoke_without_command=True, fallback="status",
                           extras={"examples": ("session start", "session start rounds: 5 person: Okafor",
                                                "session pause", "session end")})
    @commands.guild_only()
    @app_commands.default_permissions(manage_messages=True)
    async def session(self, ctx: Context) -> None:
        """Run a "who said this?" study session (moderators); shows the current one."""
        runner = self.runners.get(ctx.channel.id)
        if runner is None:
            prefix = "/" if ctx.interaction else self.bot.prefix_for(ctx.guild_scope)
            await ctx.send(embed=render.info_embed(
                "No session here", f"A moderator can start one with `{prefix}session start`."))
            return
        await ctx.send(embed=status_embed(runner.session, self.clock()))

    @session.command(name="start", usage="[rounds: N] [seconds: N] [article: id or title] [person: name]",
                     extras={"examples": (
        "session start", "session start rounds: 5 seconds: 20", "session start article: face time")})
    @moderator_only()
    @commands.max_concurrency(1, commands.BucketType.channel)
    async def start(self, ctx: Context, *, flags: StartFlags) -> None:
        """Start a session here: the whole corpus, one article, or the articles about one person."""
        assert ctx.guild is not None
        settings = self.bot.settings_for(ctx.guild.id)
        if settings.session_channel_id and ctx.channel.id != settings.session_channel_id:
            raise core.SessionError(f"Study sessions run in <#{settings.session_channel_id}> on this server.")
        if ctx.channel.id in self.runners:
            raise core.SessionError("A session is already running in this channel; `session end` stops it.")
        await ctx.acknowledge()
        seconds = flags.seconds or settings.round_seconds or core.DEFAULT_SECONDS
        session = await core.create_session(
            self.bot.store, guild_id=ctx.guild.id, channel_id=ctx.channel.id, started_by=ctx.author.id,
            article=flags.article, person=flags.person, rounds=flags.rounds, round_seconds=seconds)
        session.begin(self.clock())
        rec, rounds, _ = session.to_records()
        try:
            session.id = await insert_session(self.bot.store, rec, rounds)
        except sqlite3.IntegrityError:
            raise core.SessionError("A session is already running in this channel.") from None
        runner = SessionRunner(self, session, ctx.channel)
        self.runners[ctx.channel.id] = runner
        await ctx.send(embed=render.info_embed(
            "Study session",
            f"**{session.total}** question{'s' if session.total != 1 else ''} from "
            f"{render.md(session.scope_label)}, {session.round_seconds} s each.\n"
            "Type the name of whoever said the quotation; surnames and small typos are fine. "
            f"Fewer hints, more points (up to {core.MAX_POINTS})."))
        runner.start()

    @start.autocomplete("person")
    async def start_person_autocomplete(self, interaction: discord.Interaction,
                                        current: str) -> list[app_commands.Choice[str]]:
        return await person_choices(self.bot, interaction, current)

    @session.command(name="pause", extras={"examples": ("session pause",)})
    @moderator_only()
    async def pause(self, ctx: Context) -> None:
        """Pause the session: the round clock stops until `session resume`."""
        runner = self._runner(ctx)
        async with runner.lock:
            runner.session.pause(self.clock())
            await runner.save()
        runner.poke()
        await ctx.send(embed=render.info_embed("\u23f8 Paused", "The clock stops until `session resume`."))

    @session.command(name="resume", extras={"examples": ("session resume",)})
    @moderator_only()
    async def resume(self, ctx: Context) -> None:
        """Resume a paused session (or restart the task of one that stopped)."""
        runner = self.runners.get(ctx.channel.id)
        if runner is None:
            # No task: a session saved as live whose task died, or one not yet resumed after a restart.
            if not await self.resume_sessions() or ctx.channel.id not in self.runners:
                raise core.SessionError("There is no study session to resume in this channel.")
            runner = self.runners[ctx.channel.id]
            if runner.session.status == core.ACTIVE:
                await self._ack(ctx, "Session restarted.")
                return
        async with runner.lock:
            runner.session.resume(self.clock())
            runner.asked_round = None  # ask the question again: nobody remembers it after a pause
            await runner.save()
        runner.poke()
        await ctx.send(embed=render.info_embed("\u25b6 Resumed", "Here is the question again."))

    @session.command(name="skip", extras={"examples": ("session skip",)})
    @moderator_only()
    async def skip(self, ctx: Context) -> None:
        """Skip the current question (nobody scores)."""
        runner = self._runner(ctx)
        async with runner.lock:
            closed = runner.session.skip(self.clock())
            runner.note(closed)
            await runner.save()
        runner.poke()
        await self._ack(ctx, "Skipped.")

    @session.command(name="end", aliases=["stop"], extras={"examples": ("session end",)})
    @moderator_only()
    async def end(self, ctx: Context) -> None:
        """End the session now and show the final leaderboard."""
        runner = self._runner(ctx)
        async with runner.lock:
            runner.session.end()
            await runner.save()
        runner.poke()
        await self._ack(ctx, "Session ended.")

    # ---------------------------------------------------------------- everyone

    @commands.hybrid_command(name="hint", extras={"examples": ("hint",)})
    @commands.guild_only()
    @commands.cooldown(1, 10.0, commands.BucketType.channel)
    async def hint(self, ctx: Context) -> None:
        """Reveal the next hint for the current question (it lowers the points for it)."""
        runner = self._runner(ctx)
        async with runner.lock:
            shown = runner.session.reveal_hint()
            if shown is None:
                raise core.SessionError("No more hints for this question.")
            await runner.save()
            await runner.show_hint()
        await self._ack(ctx, f"Hint {shown.number} is up.")

    @commands.hybrid_command(name="scores", aliases=["leaderboard"], extras={"examples": ("scores",)})
    @commands.guild_only()
    @commands.cooldown(2, 10.0, commands.BucketType.channel)
    async def scores(self, ctx: Context) -> None:
        """The scores of the session in this channel (the running one, else the last one)."""
        runner = self.runners.get(ctx.channel.id)
        if runner is not None:
            session = runner.session
        else:
            sid = await latest_session_id(self.bot.store, ctx.channel.id)
            loaded = await load_session(self.bot.store, sid) if sid is not None else None
            if loaded is None:
                raise core.SessionError("No study session has run in this channel yet.")
            session = core.Session.from_records(*loaded)
        await ctx.send(embed=leaderboard_for(session))

    async def cog_command_error(self, ctx: Context, error: commands.CommandError) -> None:  # type: ignore[override]
        """Session errors are expected (no session, already paused...): answer them here, briefly."""
        original: BaseException = error
        while getattr(original, "original", None) is not None:  # hybrid errors wrap twice
            original = original.original  # type: ignore[attr-defined]
        if isinstance(original, core.SessionError):
            ctx.error_handled = True
            embed = render.error_embed(render.md(str(original)), "Study session")
            await ctx.send(embed=embed, ephemeral=True)


async def setup(bot: StudyBot) -> None:
    await bot.add_cog(Study(bot))

