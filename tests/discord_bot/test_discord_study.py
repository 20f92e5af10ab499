"""Study sessions end to end: start, answers, hints, skip, pause/resume, timeouts, leaderboard, restart."""

from __future__ import annotations

import discord
import discord.ext.test as dpytest
import pytest
from discord.ext import commands

from bot.core import sessions as core
from bot.discordbot.checks import NotModerator
from bot.store.sessions import latest_session_id, live_session_ids, load_session
from discord_bot.helpers import (
    channel,
    make_moderator,
    member,
    next_message,
    restart_bot,
    settle,
    speaker_of,
    stop_bot,
)

START = "!session start rounds: 3 article: synthetic week"


def study_cog(bot):
    return bot.get_cog("Study")


async def start_session(bot, command: str = START) -> discord.Embed:
    make_moderator(member("mod"))
    await dpytest.message(command, channel=channel("study"), member=member("mod"))
    intro = await next_message()
    assert intro.embeds[0].title == "Study session", intro.embeds[0].to_dict()
    question = await next_message()
    return question.embeds[-1]


async def test_members_cannot_run_sessions(bot):
    with pytest.raises(NotModerator):
        await dpytest.message("!session start", channel=channel("study"), member=member("alice"))
    embed = dpytest.get_embed()
    assert embed.title == "Moderators only"
    for sub in ("pause", "resume", "skip", "end"):
        with pytest.raises(NotModerator):
            await dpytest.message(f"!session {sub}", channel=channel("study"), member=member("bob"))
        assert dpytest.get_embed().title == "Moderators only"
    # A role without Manage Messages is not enough either...
    make_moderator(member("alice"), manage_messages=False, name="Readers")
    with pytest.raises(NotModerator):
        await dpytest.message("!session start", channel=channel("study"), member=member("alice"))
    dpytest.get_embed()
    assert await live_session_ids(bot.store) == []


async def test_configured_moderator_role_may_run_sessions(bot):
    role = make_moderator(member("alice"), manage_messages=False, name="Study leads")
    await bot.update_settings(member("alice").guild.id, moderator_role_id=role.id)
    await dpytest.message(START, channel=channel("study"), member=member("alice"))
    assert (await next_message()).embeds[0].title == "Study session"
    await next_message()  # the first question


async def test_full_session_from_start_to_leaderboard(bot):
    q1 = await start_session(bot)
    assert q1.title == "Round 1/3: who said this?"
    # A wrong guess and chatter change nothing; a misspelt surname wins round 1 (no hints: 3 points).
    await dpytest.message("Ahmadinejad", channel=channel("study"), member=member("bob"))
    await dpytest.message("no idea, honestly", channel=channel("study"), member=member("bob"))
    surname = speaker_of(q1).split()[-1]
    misspelt = surname[:-2] + surname[-1]  # drop one letter
    await dpytest.message(misspelt, channel=channel("study"), member=member("alice"))
    msg = await next_message()
    result, q2 = msg.embeds
    assert result.title.startswith("\u2705") and "+3" in result.title
    assert speaker_of(q1) in result.description
    assert q2.title == "Round 2/3: who said this?"
    # Round 2: the moderator skips it; nobody scores.
    await dpytest.message("!session skip", channel=channel("study"), member=member("mod"))
    msg = await next_message()
    result, q3 = msg.embeds
    assert result.title.startswith("\u23ed") and speaker_of(q2) in result.description
    # Round 3: bob asks for a hint (costs a point), then answers with the full name.
    await dpytest.message("!hint", channel=channel("study"), member=member("bob"))
    await settle()
    runner = study_cog(bot).runners[channel("study").id]
    assert runner.session.hints_shown == 1
    await dpytest.message(speaker_of(q3), channel=channel("study"), member=member("bob"))
    board = (await next_message()).embeds[-1]
    assert board.title == "Final leaderboard"
    lines = board.description.splitlines()
    assert "alice" in lines[0] and "3 pts" in lines[0]
    assert "bob" in lines[1] and "2 pts" in lines[1]
    await settle()
    # Saved as finished, with every round's outcome.
    sid = await latest_session_id(bot.store, channel("study").id)
    rec, rounds, scores = await load_session(bot.store, sid)  # type: ignore[misc]
    assert rec.status == core.FINISHED and rec.ended_at
    assert [r.outcome for r in rounds] == ["answered", "skipped", "answered"]
    assert sorted(s.points for s in scores) == [2, 3]
    assert channel("study").id not in study_cog(bot).runners
    # The last session's scores stay available.
    await dpytest.message("!scores", channel=channel("study"), member=member("alice"))
    assert (await next_message()).embeds[0].title == "Final leaderboard"


async def test_pause_resume_and_answers_while_paused(bot):
    q1 = await start_session(bot)
    await dpytest.message("!session pause", channel=channel("study"), member=member("mod"))
    assert (await next_message()).embeds[0].title.startswith("\u23f8")
    await dpytest.message(speaker_of(q1), channel=channel("study"), member=member("alice"))
    await settle()
    session = study_cog(bot).runners[channel("study").id].session
    assert session.status == core.PAUSED and session.round_index == 0 and not session.scores
    with pytest.raises(commands.CommandInvokeError):
        await dpytest.message("!session pause", channel=channel("study"), member=member("mod"))
    assert (await next_message()).embeds[0].description == "The session is already paused."
    await dpytest.message("!session resume", channel=channel("study"), member=member("mod"))
    assert (await next_message()).embeds[0].title.startswith("\u25b6")
    again = (await next_message()).embeds[-1]
    assert again.description == q1.description  # the same question, asked again
    await dpytest.message(speaker_of(q1), channel=channel("study"), member=member("alice"))
    assert (await next_message()).embeds[0].title.startswith("\u2705")


async def test_time_limit_hints_and_timeout(bot):
    q1 = await start_session(bot, "!session start rounds: 2 seconds: 30 article: synthetic week")
    cog = study_cog(bot)
    runner = cog.runners[channel("study").id]
    base = runner.session.deadline - 30
    # A third of the time passes: the first hint is edited into the question (no new message).
    cog.clock = lambda: base + 10.5
    runner.poke()
    await settle()
    assert runner.session.hints_shown == 1
    assert runner.question is not None and runner.question.embeds[-1].fields[0].name == "Hint 1"
    # The round runs out.
    cog.clock = lambda: base + 31
    runner.poke()
    msg = await next_message()
    assert msg.embeds[0].title.startswith("\u23f0")
    assert speaker_of(q1) in msg.embeds[0].description
    assert msg.embeds[1].title == "Round 2/2: who said this?"


async def test_end_early_shows_leaderboard_and_frees_channel(bot):
    q1 = await start_session(bot)
    await dpytest.message(speaker_of(q1), channel=channel("study"), member=member("alice"))
    await next_message()
    await dpytest.message("!session end", channel=channel("study"), member=member("mod"))
    board = (await next_message()).embeds[-1]
    assert board.title == "Final leaderboard" and "alice" in board.description
    await settle()
    assert await live_session_ids(bot.store) == []
    # A new one may start in the same channel.
    await dpytest.message(START, channel=channel("study"), member=member("mod"))
    assert (await next_message()).embeds[0].title == "Study session"
    await next_message()


async def test_one_session_per_channel_and_bad_scope(bot):
    await start_session(bot)
    with pytest.raises(commands.CommandInvokeError):
        await dpytest.message(START, channel=channel("study"), member=member("mod"))
    assert "already running" in (await next_message()).embeds[0].description
    with pytest.raises(commands.CommandInvokeError):
        await dpytest.message("!session start article: zzz no such article", channel=channel("general"),
                              member=member("mod"))
    assert (await next_message()).embeds[0].title == "Study session"  # the error embed's title
    assert await live_session_ids(bot.store) != []


async def test_restart_mid_session_resumes_from_the_database(corpus_store, db_path):
    from bot.store import Store
    from discord_bot.helpers import start_bot

    bot1 = await start_bot(corpus_store)
    q1 = await start_session(bot1)
    await dpytest.message(speaker_of(q1), channel=channel("study"), member=member("alice"))
    q2 = (await next_message()).embeds[-1]
    await settle()
    old = dpytest.get_config()
    await stop_bot(bot1)  # the process "dies": tasks cancelled, nothing else saved
    await corpus_store.close()
    store2 = await Store.open(db_path)  # a new process opens the same database file
    bot2 = await restart_bot(store2, old)
    try:
        bot2._ready.set()  # what READY from the gateway does; the Study cog resumes sessions then
        msg = await next_message()
        notice, again = msg.embeds
        assert notice.title == "Back again"
        assert again.title == "Round 2/3: who said this?"
        assert again.description == q2.description
        # Scores survived; the game goes on with the new instance.
        await dpytest.message(speaker_of(again), channel=channel("study"), member=member("bob"))
        msg = await next_message()
        assert msg.embeds[0].title.startswith("\u2705")
        await dpytest.message("!scores", channel=channel("study"), member=member("bob"))
        board = (await next_message()).embeds[0]
        assert "alice" in board.description and "bob" in board.description
    finally:
        await stop_bot(bot2)
        await store2.close()


async def test_restart_keeps_a_paused_session_paused(corpus_store):
    from discord_bot.helpers import start_bot

    bot1 = await start_bot(corpus_store)
    await start_session(bot1)
    await dpytest.message("!session pause", channel=channel("study"), member=member("mod"))
    await next_message()
    await settle()
    old = dpytest.get_config()
    await stop_bot(bot1)
    bot2 = await restart_bot(corpus_store, old)
    try:
        assert await study_cog(bot2).resume_sessions() == 1
        await settle()
        assert (await next_message()).embeds[0].title == "Back again"
        runner = study_cog(bot2).runners[channel("study").id]
        assert runner.session.status == core.PAUSED
        make_moderator(member("mod"))
        await dpytest.message("!session resume", channel=channel("study"), member=member("mod"))
        assert (await next_message()).embeds[0].title.startswith("\u25b6")
        assert (await next_message()).embeds[-1].title == "Round 1/3: who said this?"
    finally:
        await stop_bot(bot2)


async def test_slash_session_group_permissions_shape(bot):
    data = {c.name: c.to_dict(bot.tree) for c in bot.tree.get_commands()}
    session = data["session"]
    assert int(session["default_member_permissions"]) == discord.Permissions(manage_messages=True).value
    assert {o["name"] for o in session["options"]} >= {"start", "pause", "resume", "skip", "end", "status"}
    start = next(o for o in session["options"] if o["name"] == "start")
    assert {o["name"] for o in start["options"]} == {"rounds", "seconds", "article", "person"}
    assert data["hint"].get("default_member_permissions") is None
    assert data["scores"].get("default_member_permissions") is None



async def test_slash_session_start_denied_then_run_by_a_moderator(bot):
    from discord_bot.slash_harness import run_slash

    rec = await run_slash(bot, member("alice"), channel("study"), "session", {"rounds": 2},
                          subcommand="start")
    denial = rec.messages()[-1]
    assert denial["flags"] & 64 and denial["embeds"][0]["title"] == "Moderators only"
    assert await live_session_ids(bot.store) == []
    make_moderator(member("mod"))
    rec = await run_slash(bot, member("mod"), channel("study"), "session",
                          {"rounds": 2, "seconds": 20, "article": "synthetic week"}, subcommand="start")
    assert rec.embeds()[0].title == "Study session"
    question = (await next_message()).embeds[-1]  # the session itself posts in the channel
    assert question.title == "Round 1/2: who said this?"
    assert study_cog(bot).runners[channel("study").id].session.round_seconds == 20
    # Person autocomplete on the start command.
    rec = await run_slash(bot, member("mod"), channel("study"), "session", {"person": "rou"},
                          subcommand="start", focused="person")
    assert any(c["name"] == "Hassan Rouhani" for c in rec.choices())
    # Slash session commands answer privately; the session posts publicly.
    rec = await run_slash(bot, member("mod"), channel("study"), "session", {}, subcommand="skip")
    assert rec.messages()[-1]["flags"] & 64
    assert (await next_message()).embeds[0].title.startswith("\u23ed")
