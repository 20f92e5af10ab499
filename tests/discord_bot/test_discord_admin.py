"""Per-server settings and server-only articles uploaded as .txt attachments."""

from __future__ import annotations

from pathlib import Path

import discord
import discord.ext.test as dpytest
import pytest
from discord.ext import commands
from discord.ext.test import backend as back

from bot.discordbot.checks import NotModerator
from bot.store.settings import all_guild_settings
from discord_bot.helpers import channel, make_moderator, member, next_message

# Synthetic article (no real news text in the repository).
UPLOAD = """Talks resume in a quiet lakeside town

LAKESIDE, March 3, 2014 - Negotiators met again on Monday after a month without talks.

"We are making real progress on every one of the open questions," said Catherine Ashton, the EU envoy.

The next round is planned for April 2014, officials said.
"""


def make_admin(m: discord.Member) -> discord.Role:
    perms = discord.Permissions(manage_guild=True, manage_messages=True)
    role = back.make_role("Admins", m.guild, permissions=perms.value)
    back.update_member(m, roles=[role])
    return role


def second_guild() -> tuple[discord.TextChannel, discord.Member]:
    """Another server where alice is a member too."""
    g2 = back.make_guild("Other server")
    ch = back.make_text_channel("elsewhere", g2)
    back.make_member(back.get_state().user, g2)
    alice_there = back.make_member(member("alice")._user, g2)
    return ch, alice_there


async def test_settings_need_manage_server(bot):
    make_moderator(member("mod"))  # Manage Messages is not enough to change settings
    with pytest.raises(commands.MissingPermissions):
        await dpytest.message("!settings prefix ?", member=member("mod"))
    embed = dpytest.get_embed()
    assert embed.title == "Not allowed" and "Manage Server" in embed.description
    assert bot.prefix_for(member("mod").guild.id) == "!"


async def test_prefix_per_server_and_persisted(bot):
    make_admin(member("mod"))
    await dpytest.message("!settings prefix ?", member=member("mod"))
    assert "Prefix: `?`" in dpytest.get_embed().description
    await dpytest.message("?articles", member=member("alice"))
    assert dpytest.get_embed().title == "Articles"
    await dpytest.message("!articles", member=member("alice"))  # not a command any more: silence
    assert dpytest.verify().message().nothing()
    saved = await all_guild_settings(bot.store)
    assert saved[member("mod").guild.id].prefix == "?"
    with pytest.raises(commands.BadArgument):
        await dpytest.message("?settings prefix @ev", member=member("mod"))
    dpytest.get_embed()
    await dpytest.message("?settings prefix", member=member("mod"))  # back to the default
    assert "(default)" in dpytest.get_embed().description
    await dpytest.message("!settings", member=member("mod"))
    assert dpytest.get_embed().title == "Server settings"


async def test_moderator_role_and_session_channel(bot):
    make_admin(member("mod"))
    tutors = back.make_role("Tutors", member("mod").guild)
    back.update_member(member("bob"), roles=[tutors])
    await dpytest.message(f"!settings modrole {tutors.mention}", member=member("mod"))
    assert "Tutors" in dpytest.get_embed().description
    await dpytest.message(f"!settings sessionchannel {channel('study').mention}", member=member("mod"))
    assert "only in" in dpytest.get_embed().description
    # bob moderates through the role now, but sessions only run in #study.
    with pytest.raises(commands.CommandInvokeError):
        await dpytest.message("!session start rounds: 2", channel=channel("general"), member=member("bob"))
    assert "Study sessions run in" in (await next_message()).embeds[0].description
    await dpytest.message("!session start rounds: 2 article: synthetic week", channel=channel("study"),
                          member=member("bob"))
    assert (await next_message()).embeds[0].title == "Study session"
    await next_message()
    await dpytest.message("!settings roundtime 45", member=member("mod"))
    assert "45" in dpytest.get_embed().description


async def test_uploaded_article_is_visible_only_in_its_server(bot, tmp_path: Path):
    path = tmp_path / "lakeside.txt"
    path.write_text(UPLOAD, encoding="utf-8")
    # Members cannot add articles.
    with pytest.raises(NotModerator):
        await dpytest.message("!addarticle", member=member("alice"), attachments=[str(path)])
    dpytest.get_embed()
    make_moderator(member("mod"))
    await dpytest.message("!addarticle", member=member("mod"), attachments=[str(path)])
    reply = dpytest.get_embed()
    assert "\u2705" in reply.description and "Only this server" in reply.description, reply.description
    article_id = reply.description.split("`#")[1].split("`")[0]
    await dpytest.message("!articles lakeside", member=member("alice"))
    assert "lakeside" in dpytest.get_embed().description.lower()
    # The other server does not see it.
    other_channel, alice_there = second_guild()
    await dpytest.message("!articles", channel=other_channel, member=alice_there)
    assert "lakeside" not in dpytest.get_embed().description.lower()
    # Uploading the same file again changes nothing; a non-text file is refused.
    await dpytest.message("!addarticle", member=member("mod"), attachments=[str(path)])
    assert "unchanged" in dpytest.get_embed().description
    bad = tmp_path / "photo.png"
    bad.write_bytes(b"\x89PNG\x00\x00")
    await dpytest.message("!addarticle", member=member("mod"), attachments=[str(bad)])
    assert "only .txt" in dpytest.get_embed().description
    # Removing: only this server's own articles.
    with pytest.raises(commands.BadArgument):
        await dpytest.message("!removearticle 000000000000", member=member("mod"))
    dpytest.get_embed()
    await dpytest.message(f"!removearticle {article_id}", member=member("mod"))
    assert dpytest.get_embed().title == "Article removed"
    await dpytest.message("!articles lakeside", member=member("alice"))
    assert dpytest.get_embed().title == "Nothing found"


async def test_addarticle_without_file_gives_usage(bot):
    make_moderator(member("mod"))
    with pytest.raises(commands.BadArgument):
        await dpytest.message("!addarticle", member=member("mod"))
    assert "Attach a .txt file" in dpytest.get_embed().description


async def test_slash_shapes_for_admin_commands(bot):
    data = {c.name: c.to_dict(bot.tree) for c in bot.tree.get_commands()}
    assert int(data["settings"]["default_member_permissions"]) == discord.Permissions(manage_guild=True).value
    assert int(data["addarticle"]["default_member_permissions"]) == discord.Permissions(
        manage_messages=True).value
    file_opt = data["addarticle"]["options"][0]
    assert file_opt["type"] == discord.AppCommandOptionType.attachment.value
    assert "sync" not in data  # owner-only maintenance stays a text command
