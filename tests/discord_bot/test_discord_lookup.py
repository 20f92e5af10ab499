"""quote / who / timeline / articles through discord.py's real command processing (dpytest)."""

from __future__ import annotations

import discord
import discord.ext.test as dpytest
import pytest
from discord.ext import commands

from bot.discordbot import render
from discord_bot.helpers import EVERYONE_QUOTE, ROUHANI_QUOTE, channel, member, view_of
from discord_bot.slash_harness import press_button


async def test_quote_finds_misspelt_words(bot):
    await dpytest.message("!quote prepard to engage imediately in time-bound talks", member=member("alice"))
    embed = dpytest.get_embed()
    assert ROUHANI_QUOTE in embed.description
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Speaker"] == "Hassan Rouhani"
    assert "synthetic week" in fields["Article"]
    assert fields["Date"] == "2013-11-27"
    assert render.within_limits(embed)


async def test_quote_alias_q_and_nothing_found(bot):
    await dpytest.message("!q zyzzyva quux blorft", member=member("alice"))
    embed = dpytest.get_embed()
    assert embed.title == "Nothing found"
    assert "zyzzyva" in embed.description


async def test_quote_without_words_gives_usage_hint(bot):
    with pytest.raises(commands.MissingRequiredArgument):
        await dpytest.message("!quote", member=member("alice"))
    embed = dpytest.get_embed()
    assert embed.title == "Missing something"
    assert "!quote <words>" in embed.description
    assert "Example" in embed.description


async def test_unknown_command_is_ignored(bot):
    with pytest.raises(commands.CommandNotFound):
        await dpytest.message("!frobnicate", member=member("alice"))
    assert dpytest.verify().message().nothing()


async def test_who_card_with_aliases_and_quotes(bot):
    await dpytest.message("!who rouhany", member=member("alice"))
    embed = dpytest.get_embed()
    assert embed.title == "Hassan Rouhani"
    fields = {f.name.split(" (")[0]: f.value for f in embed.fields}
    assert "Rouhani" in fields["Also called"]
    assert ROUHANI_QUOTE in fields["Quotes"]
    assert "synthetic week" in fields["Articles"]
    assert "Iran's president" in embed.description or "Iran\\'s president" in embed.description


async def test_who_nobody_suggests(bot):
    await dpytest.message("!who Xavier Qwertyuiop", member=member("alice"))
    embed = dpytest.get_embed()
    assert embed.title == "Nothing found"


async def test_timeline_in_date_order(bot):
    await dpytest.message("!timeline", member=member("alice"))
    embed = dpytest.get_embed()
    assert embed.title == "Timeline"
    dates = [line.split("`")[1] for line in embed.description.splitlines() if line.startswith("`")]
    assert dates and dates == sorted(dates)
    assert render.within_limits(embed)


async def test_articles_lists_seeds_and_synthetic(bot):
    await dpytest.message("!articles", member=member("alice"))
    embed = dpytest.get_embed()
    assert "A synthetic week of diplomacy" in embed.description
    assert "Face time and pivoting presidents" in embed.description


async def test_quote_paging_and_context_buttons(bot):
    await dpytest.message("!quote the president said", member=member("alice"))
    msg = dpytest.get_message()
    view = view_of(bot, msg.id)
    assert view is not None and len(view.pages) > 1
    assert msg.embeds[0].title.startswith("Match 1 of")
    # Next page: edits the message in place.
    adapter = await press_button(bot, member("alice"), channel("general"), msg.id, view.next_page.custom_id)
    edit = adapter.calls[-1].payload
    assert edit["type"] == 7  # UPDATE_MESSAGE
    assert edit["data"]["embeds"][0]["title"].startswith("Match 2 of")
    assert view.index == 1
    # Someone else may not turn the pages...
    adapter = await press_button(bot, member("bob"), channel("general"), msg.id, view.next_page.custom_id)
    assert adapter.calls[-1].payload["data"]["flags"] & 64  # ephemeral refusal
    assert view.index == 1
    # ...but may read the context, privately.
    adapter = await press_button(bot, member("bob"), channel("general"), msg.id, view.show_context.custom_id)
    reply = adapter.calls[-1].payload["data"]
    assert reply["flags"] & 64
    assert "**" in reply["embeds"][0]["description"]  # the quoted sentence is bold


async def test_cooldown_stops_spam(bot):
    for _ in range(6):
        await dpytest.message("!articles", member=member("bob"))
        dpytest.get_embed()
    with pytest.raises(commands.CommandOnCooldown):
        await dpytest.message("!articles", member=member("bob"))
    assert dpytest.get_embed().title == "Cooldown"


async def test_everyone_in_article_stays_inert(bot, sent_payloads):
    assert bot.allowed_mentions is not None and bot.allowed_mentions.to_dict() == {"parse": []}
    await dpytest.message("!quote everyone should read this twice before the summit", member=member("alice"))
    embed = dpytest.get_embed()
    assert "@everyone" in embed.description
    assert sent_payloads and all(p.get("allowed_mentions") == {"parse": []} for p in sent_payloads)


async def test_help_lists_commands_with_examples(bot):
    await dpytest.message("!help", member=member("alice"))
    embed = dpytest.get_embed()
    names = [f.name for f in embed.fields]
    assert any(n.startswith("!quote") for n in names)
    assert any("!who" in f.value or "!quote" in f.value for f in embed.fields)
    await dpytest.message("!help quote", member=member("alice"))
    assert "Usage" in dpytest.get_embed().description


async def test_direct_messages_use_the_shared_corpus(bot):
    dm = await member("alice").create_dm()
    await dpytest.message("!who obama", channel=dm, member=member("alice")._user)
    assert dpytest.get_embed().title == "Barack Obama"
    with pytest.raises(commands.NoPrivateMessage):
        await dpytest.message("!session start", channel=dm, member=member("alice")._user)
    assert dpytest.get_embed().title == "Servers only"


def test_everyone_constant_is_in_fixture():
    assert "@everyone" in EVERYONE_QUOTE
    assert isinstance(discord.AllowedMentions.none(), discord.AllowedMentions)


async def test_allowed_mentions_none_from_construction(corpus_store):
    from bot.discordbot.bot import StudyBot

    b = StudyBot(corpus_store)
    assert b.allowed_mentions is not None
    assert b.allowed_mentions.to_dict() == {"parse": []}
    assert b.intents.message_content


async def test_unexpected_errors_never_reach_the_user(bot, monkeypatch, caplog):
    import bot.discordbot.cogs.lookup as lookup
    from discord_bot.slash_harness import run_slash

    async def boom(*args, **kwargs):
        raise RuntimeError("internal detail /var/lib/secret")

    monkeypatch.setattr(lookup, "find_quotes", boom)
    with pytest.raises(commands.CommandInvokeError):
        await dpytest.message("!quote cold peace", member=member("alice"))
    embed = dpytest.get_embed()
    assert embed.title == "Oops" and "internal detail" not in embed.description
    assert "command quote failed" in caplog.text and "RuntimeError" in caplog.text
    rec = await run_slash(bot, member("alice"), channel("general"), "quote", {"words": "cold peace"})
    last = rec.messages()[-1]
    assert last["flags"] & 64 and last["embeds"][0]["title"] == "Oops"
    assert "internal detail" not in str(rec.messages())


async def test_tree_error_handler_answers_privately(bot):
    from discord import app_commands

    from discord_bot.slash_harness import FakeAdapter, interaction_payload

    meta = bot.get_cog("Meta")
    assert bot.tree.on_error == meta.on_app_command_error
    from discord.webhook.async_ import async_context

    adapter = FakeAdapter(channel=channel("general"), author=bot.user)
    token = async_context.set(adapter)
    try:
        payload = interaction_payload(bot, member("alice"), channel("general"), name="quote")
        interaction = discord.Interaction(data=payload, state=bot._connection)
        await bot.tree.on_error(interaction, app_commands.CheckFailure("nope"))
    finally:
        async_context.reset(token)
    reply = adapter.messages()[-1]
    assert reply["flags"] & 64 and reply["embeds"][0]["title"] == "Not allowed"
