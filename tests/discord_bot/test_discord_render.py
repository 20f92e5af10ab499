"""Every embed stays within Discord's limits, whatever the article text looks like."""

from __future__ import annotations

from pathlib import Path

import discord
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.results import ArticleResult, ContextSentence, EventResult, Passage, PersonResult, QuoteResult
from bot.discordbot import render

LONG = ("word " * 5000).strip()
NASTY = "\\*_`~|>@everyone " * 800


def quote(text: str = LONG, speaker: str | None = "S" * 400, article: str = "T" * 900) -> QuoteResult:
    return QuoteResult(text=text, speaker=speaker, article=article, article_id="a" * 12,
                       published="2013-11-27", score=97.3, sentence_ids=(1, 2), kind="quote")


def person(n: int = 200) -> PersonResult:
    return PersonResult(name="N" * 500, aliases=tuple("alias " * 50 + str(i) for i in range(n)),
                        descriptions=tuple(LONG[: 1000 + i] for i in range(n)),
                        articles=tuple("title " * 80 + str(i) for i in range(n)), article_ids=("x",) * n,
                        quotes=tuple(NASTY[: 3000 + i] for i in range(n)), quote_count=n, score=88.0)


def assert_ok(embed: discord.Embed) -> None:
    assert render.within_limits(embed), (len(embed), embed.to_dict().keys())
    assert len(embed) <= 6000


def test_truncate_basics():
    assert render.truncate("short", 10) == "short"
    cut = render.truncate("a" * 50, 10)
    assert len(cut) == 10 and cut.endswith(render.ELLIPSIS)
    assert render.truncate("one two three four five six", 20).endswith("five" + render.ELLIPSIS) or \
        len(render.truncate("one two three four five six", 20)) <= 20
    assert not render.truncate("abc\\\\\\def" * 3, 8)[:-1].endswith("\\")
    assert render.truncate("x", 0) == ""
    assert render.truncate(None, 5) == ""


@given(st.text(max_size=3000), st.integers(min_value=0, max_value=2100))
@settings(max_examples=200, deadline=None)
def test_truncate_never_exceeds(text, limit):
    out = render.truncate(text, limit)
    assert len(out) <= limit
    if len(text) <= limit:
        assert out == text


def test_quote_pages_with_huge_texts():
    pages = render.quote_pages([quote(), quote(NASTY, None), quote("", "")], "q" * 5000)
    for p in pages:
        assert_ok(p)
    assert pages[0].description.endswith(render.ELLIPSIS)


def test_person_card_with_huge_lists():
    embed = render.person_embed(person(), 0, 3)
    assert_ok(embed)
    assert "more" in embed.description or any("more" in f.value for f in embed.fields)


def test_timeline_and_articles_pages():
    events = [EventResult(date=f"2013-11-{i % 28 + 1:02d}", text=LONG[: 2000 + i], article="A" * 500,
                          article_id="a", published=None, sentence_id=i) for i in range(300)]
    pages = render.timeline_pages(events, "f" * 1000)
    assert len(pages) >= 30
    for p in pages:
        assert_ok(p)
    arts = [ArticleResult(id=str(i), title="t" * 1000, source="s", author=None, published="2013", guild_id=1,
                          quotes=i) for i in range(120)]
    for p in render.article_pages(arts):
        assert_ok(p)


def test_context_embed_highlights_hits():
    passage = Passage("Article", "a", "2013-11-27", tuple(
        ContextSentence(i, 0, LONG if i == 3 else f"Sentence {i}.", hit=i == 3) for i in range(1, 8)))
    embed = render.context_embed(quote(), passage)
    assert_ok(embed)
    assert "**" in embed.description
    assert_ok(render.context_embed(quote(), None))


def test_fit_handles_everything_at_once():
    e = discord.Embed(title="t" * 1000, description="d" * 10000)
    e.set_footer(text="f" * 5000)
    e.set_author(name="a" * 1000)
    for i in range(40):
        e.add_field(name="n" * 400, value="v" * 2000 if i % 2 else "", inline=False)
    render.fit(e)
    assert_ok(e)
    assert len(e.fields) <= 25


def test_leaderboard_and_question():
    scores = [("x" * 500, 10 - i // 3) for i in range(200)]
    assert_ok(render.leaderboard_embed(scores, footer="f" * 3000))
    assert_ok(render.question_embed(1, 10, LONG, article="A" * 3000, seconds=30, hints=[LONG, LONG, LONG]))
    lines = render.leaderboard_lines([("a", 3), ("b", 3), ("c", 1)])
    assert lines[0].startswith("\U0001f947") and lines[1].startswith("\U0001f947")
    assert lines[2].startswith("\U0001f949")


def test_markdown_in_article_text_is_escaped():
    embed = render.quote_embed(quote("**bold** and `code` and @everyone", "Speaker"))
    assert "\\*\\*bold\\*\\*" in embed.description


SHARED_BBC = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "bbc"


@pytest.mark.skipif(not SHARED_BBC.is_dir(), reason="the shared BBC corpus is not available here")
def test_real_bbc_sentences_render_within_limits():
    """Every sentence of a sample of real articles, as quote/context pages (text is read, never stored)."""
    files = sorted(SHARED_BBC.rglob("*.txt"))[:200]
    assert files
    results = []
    for f in files:
        text = f.read_text(encoding="latin-1")
        paras = [p for p in text.split("\n") if p.strip()]
        results.append(quote(" ".join(paras[1:]), paras[0], paras[0]))
    for p in render.quote_pages(results, "query"):
        assert_ok(p)
    events = [EventResult(date="2004", text=r.text, article=r.article, article_id="x", published=None,
                          sentence_id=1) for r in results]
    for p in render.timeline_pages(events):
        assert_ok(p)


async def test_commands_stay_within_limits_on_monstrous_articles(bot, sent_payloads):
    """Through the real commands: a 2,000-character title, a 5,000-character quotation, 300 aliases."""
    import discord.ext.test as dpytest
    from factories import make_article

    from bot.extract.records import Event, Person, Quote
    from bot.store import content_hash_of
    from discord_bot.helpers import member

    giant = "Zanzibarian " * 450
    art = make_article(
        "synthetic/huge.txt", title="T" * 2000, published="2014-01-01",
        sentences=(giant, "In 2014 something happened. " * 100, "@everyone " * 300),
        quotes=(Quote(giant.strip(), "Quentin Quuxley", (1,)),
                Quote("@everyone " * 300, "Quentin Quuxley", (3,))),
        people=(Person("Quentin Quuxley", tuple(f"Q. Quuxley the {i}th" for i in range(300)),
                       tuple("a very long description " * 20 + str(i) for i in range(300))),),
        events=(Event("2014", "In 2014 something happened. " * 100, 2),),
    )
    await bot.store.put_article(art, source=art.source, content_hash=content_hash_of("huge"))
    for command in ("!quote zanzibarian zanzibarian", "!who quuxley", "!timeline", "!articles",
                    "!quote everyone everyone everyone"):
        await dpytest.message(command, member=member("alice"))
        msg = dpytest.get_message()
        assert msg.embeds, command
        for embed in msg.embeds:
            assert_ok(embed)
    assert all(p.get("allowed_mentions") == {"parse": []} for p in sent_payloads)


@pytest.mark.skipif(not SHARED_BBC.is_dir(), reason="the shared BBC corpus is not available here")
async def test_longest_bbc_quotation_and_busiest_person_render_within_limits(tmp_path):
    """The whole BBC corpus through ingest and the core: its longest quotation and the person with
    the most quotations, aliases and descriptions must render inside every Discord limit."""
    import io

    from bot.core import find_people, find_quotes
    from bot.ingest import ingest_paths
    from bot.store import Store

    async with await Store.open(tmp_path / "bbc.db") as store:
        summary = await ingest_paths(store, [SHARED_BBC], err=io.StringIO(), progress=False)
        assert summary.failed == 0
        quotes = await store.quotes()
        longest = max(quotes, key=lambda q: len(q.text))
        people = await store.people()
        busiest = max(people, key=lambda p: (p.quote_count, len(p.aliases), len(p.descriptions)))

        found = await find_quotes(store, longest.text[:120])
        assert found and any(r.text == longest.text for r in found)
        for page in render.quote_pages(found, longest.text[:120]):
            assert_ok(page)

        cards = await find_people(store, busiest.name)
        assert cards and cards[0].name == busiest.name
        for page in render.person_pages(cards):
            assert_ok(page)
