"""The slash side of the hybrid commands, through `bot.tree` with a recorded HTTP layer."""

from __future__ import annotations

import discord

from bot.discordbot import render
from discord_bot.helpers import ROUHANI_QUOTE, channel, member
from discord_bot.slash_harness import run_slash


async def test_slash_quote_defers_then_answers(bot):
    rec = await run_slash(bot, member("alice"), channel("general"), "quote",
                          {"words": "prepared to engage immediately time-bound"})
    kinds = [c.payload.get("type") for c in rec.calls if c.path.endswith("/callback")]
    assert kinds == [5]  # deferred first: the lookup may take longer than Discord's 3 seconds
    embeds = rec.embeds()
    assert embeds and ROUHANI_QUOTE in embeds[0].description
    assert {f.name: f.value for f in embeds[0].fields}["Speaker"] == "Hassan Rouhani"
    # The follow-up carries the paging/context buttons and the global no-ping policy.
    followup = rec.messages()[-1]
    assert followup.get("components")
    assert followup.get("allowed_mentions") == {"parse": []}


async def test_slash_who_and_timeline_filter(bot):
    rec = await run_slash(bot, member("alice"), channel("general"), "who", {"name": "barak obama"})
    assert rec.embeds()[0].title == "Barack Obama"
    rec = await run_slash(bot, member("alice"), channel("general"), "timeline", {"filter": "Rouhani"})
    assert rec.embeds()[0].title.startswith("Timeline")


async def test_who_autocomplete_choices_within_limits(bot):
    rec = await run_slash(bot, member("alice"), channel("general"), "who", {"name": "ro"}, focused="name")
    choices = rec.choices()
    assert choices, rec.calls
    assert len(choices) <= 25
    assert all(1 <= len(c["name"]) <= 100 and 1 <= len(c["value"]) <= 100 for c in choices)
    assert any(c["name"] == "Hassan Rouhani" for c in choices)
    # Empty input: the most-quoted people.
    rec = await run_slash(bot, member("alice"), channel("general"), "who", {"name": ""}, focused="name")
    assert 1 <= len(rec.choices()) <= 25


async def test_slash_cooldown_is_an_ephemeral_message(bot):
    for _ in range(6):
        await run_slash(bot, member("bob"), channel("general"), "articles", {})
    rec = await run_slash(bot, member("bob"), channel("general"), "articles", {})
    last = rec.messages()[-1]
    assert last["flags"] & 64
    assert last["embeds"][0]["title"] == "Cooldown"


async def test_tree_shapes(bot):
    tree = {c.name: c.to_dict(bot.tree) for c in bot.tree.get_commands()}
    assert {"quote", "who", "timeline", "articles", "help"} <= set(tree)
    quote_opts = {o["name"]: o for o in tree["quote"]["options"]}
    assert quote_opts["words"]["required"] is True
    assert tree["who"]["options"][0]["autocomplete"] is True
    assert [o["name"] for o in tree["timeline"]["options"]] == ["filter"]
    for data in tree.values():
        assert 1 <= len(data["description"]) <= 100


def test_choices_helper_trims_and_dedupes():
    names = ["x" * 300, "x" * 300, "", "  ", *[f"name {i}" for i in range(40)]]
    out = render.choices(names)
    assert len(out) == 25
    assert all(1 <= len(n) <= 100 and n == v for n, v in out)
    assert out[0][0].endswith(render.ELLIPSIS)
    choice = discord.app_commands.Choice(name=out[0][0], value=out[0][1])
    assert choice.to_dict()["name"] == out[0][0]
