import discord.ext.test as dpytest

from discord_bot.helpers import member


async def test_articles(bot):
    await dpytest.message("!articles", member=member("alice"))
    embed = dpytest.get_embed()
    print(embed.to_dict())
    assert "synthetic" in embed.description


async def test_who(bot):
    await dpytest.message("!who rouhany", member=member("alice"))
    embed = dpytest.get_embed()
    print(embed.to_dict())
    assert embed.title == "Hassan Rouhani"
