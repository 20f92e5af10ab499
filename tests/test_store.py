import sqlite3

import pytest
from factories import make_article

from bot.extract.records import Person, Quote
from bot.store import Store, article_id_for
from bot.store.store import migrations


async def test_migrations_applied_in_order_and_tracked(tmp_path):
    path = tmp_path / "m.db"
    async with await Store.open(path):
        pass
    async with await Store.open(path) as s:  # reopening applies nothing twice
        assert await s.schema_version() == max(v for v, _, _ in migrations())
    con = sqlite3.connect(path)
    versions = [v for (v,) in con.execute("SELECT version FROM schema_version ORDER BY version")]
    assert versions == sorted(v for v, _, _ in migrations())
    tables = {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {
        "articles",
        "sentences",
        "quotes",
        "quote_sentences",
        "events",
        "people",
        "person_aliases",
        "person_descriptions",
        "article_people",
    } <= tables
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


async def test_migration_files_are_numbered_uniquely():
    found = migrations()
    assert [v for v, _, _ in found] == sorted({v for v, _, _ in found})
    assert found[0][0] == 1


async def test_add_unchanged_replaced(store, iran_article):
    assert await store.put_article(iran_article, source="x.txt", content_hash="h1") == "added"
    assert await store.put_article(iran_article, source="x.txt", content_hash="h1") == "unchanged"
    changed = make_article("x.txt", title="New title", sentences=("Only one sentence now.",))
    assert await store.put_article(changed, source="x.txt", content_hash="h2") == "replaced"
    arts = await store.articles()
    assert len(arts) == 1 and arts[0].title == "New title" and arts[0].id == article_id_for("x.txt", None)
    assert [s.text for s in await store.sentences()] == ["Only one sentence now."]
    assert await store.quotes() == [] and await store.events() == []
    assert await store.people() == []  # orphaned people vanished with the old version
    assert (await store.counts())["people"] == 0


async def test_same_source_in_two_guilds_are_two_articles(store, iran_article):
    assert await store.put_article(iran_article, source="x.txt", content_hash="h", guild_id=1) == "added"
    assert await store.put_article(iran_article, source="x.txt", content_hash="h", guild_id=None) == "added"
    assert len(await store.articles(everywhere=True)) == 2
    assert len(await store.articles(None)) == 1  # outside any server: only articles for everyone
    assert len(await store.articles(1)) == 2  # inside server 1: its own and everyone's
    assert len(await store.articles(2)) == 1
    # people are corpus-wide: one row each, however many articles mention them
    assert sorted(p.name for p in await store.people(everywhere=True)) == ["John Kerry", "Reza Marashi"]


async def test_people_merge_across_articles_and_vanish_when_orphaned(store, iran_article):
    other = make_article(
        "b.txt",
        sentences=("Kerry spoke.",),
        quotes=(Quote("We are close", "Kerry", (1,)),),
        people=(Person("Kerry", ("Mr. Kerry",), ("the top US diplomat",)),),
    )
    await store.put_article(iran_article, source="a.txt", content_hash="1")
    await store.put_article(other, source="b.txt", content_hash="1")
    people = {p.name: p for p in await store.people()}
    assert set(people) == {"John Kerry", "Reza Marashi"}
    kerry = people["John Kerry"]
    assert len(kerry.article_ids) == 2 and kerry.quote_count == 2
    assert "the top US diplomat" in kerry.descriptions and "Secretary of State" in kerry.descriptions
    quotes = {q.text: q.speaker for q in await store.quotes()}
    assert quotes["We are close"] == "John Kerry"
    assert await store.delete_article(article_id_for("a.txt", None))
    people = {p.name: p for p in await store.people()}
    assert set(people) == {"John Kerry"}  # Marashi was only in a.txt
    assert people["John Kerry"].descriptions == ("the top US diplomat",)


async def test_surname_person_absorbed_by_later_full_name(store):
    first = make_article("a.txt", quotes=(Quote("Hello there", "Vaez", (1,)),), people=(Person("Vaez"),))
    second = make_article("b.txt", people=(Person("Ali Vaez", (), ("Iran analyst",)),))
    await store.put_article(first, source="a.txt", content_hash="1")
    await store.put_article(second, source="b.txt", content_hash="1")
    people = await store.people()
    assert [p.name for p in people] == ["Ali Vaez"]
    assert people[0].quote_count == 1 and "Vaez" in people[0].aliases
    assert [q.speaker for q in await store.quotes()] == ["Ali Vaez"]


async def test_failed_write_leaves_nothing_partial(store, iran_article):
    await store.put_article(iran_article, source="a.txt", content_hash="1")
    before = await store.counts()
    # duplicate sentence ids violate the primary key halfway through the article's write
    broken = make_article("a.txt", sentences=("One.", "Two."), people=(Person("Someone New"),))
    broken = broken.__class__(
        **{
            **{f: getattr(broken, f) for f in broken.__slots__},
            "sentences": broken.sentences + broken.sentences,
        }
    )
    with pytest.raises(sqlite3.IntegrityError):
        await store.put_article(broken, source="a.txt", content_hash="2")
    assert await store.counts() == before
    assert (await store.articles())[0].content_hash == "1"
    # the store is still usable and its people index was not polluted by the rolled-back write
    ok = make_article("c.txt", people=(Person("Someone New"),))
    assert await store.put_article(ok, source="c.txt", content_hash="1") == "added"
    assert "Someone New" in {p.name for p in await store.people()}


async def test_exception_late_in_write_rolls_back_everything(store, iran_article, monkeypatch):
    async def boom(self, candidates):
        raise RuntimeError("power cut")

    monkeypatch.setattr(Store, "_drop_orphans", boom)
    with pytest.raises(RuntimeError):
        await store.put_article(iran_article, source="a.txt", content_hash="1")
    monkeypatch.undo()
    assert await store.counts() == {"articles": 0, "sentences": 0, "quotes": 0, "events": 0, "people": 0}
    assert await store.put_article(iran_article, source="a.txt", content_hash="1") == "added"


async def test_generation_changes_on_write_and_other_connections(store, iran_article, tmp_path):
    g0 = await store.generation()
    assert await store.generation() == g0
    await store.put_article(iran_article, source="a.txt", content_hash="1")
    g1 = await store.generation()
    assert g1 != g0
    async with await Store.open(store.path) as other:
        await other.put_article(iran_article, source="b.txt", content_hash="1")
    assert await store.generation() != g1
    # and our people index notices the other connection's people
    again = make_article("c.txt", people=(Person("Reza Marashi"),))
    assert await store.put_article(again, source="c.txt", content_hash="1") == "added"
    assert [p.name for p in await store.people()].count("Reza Marashi") == 1


async def test_sentences_between_and_quote_sentence_ids(store, iran_article):
    await store.put_article(iran_article, source="a.txt", content_hash="1")
    aid = article_id_for("a.txt", None)
    assert [s.id for s in await store.sentences_between(aid, 2, 3)] == [2, 3]
    assert {q.sentence_ids for q in await store.quotes()} == {(1,), (3,)}


async def test_role_only_speakers_are_filled_from_other_articles(store):
    """'the prime minister said' gets the one person the article names whom some article calls prime
    minister; a deputy or a second candidate leaves the quotation unattributed."""
    profile = make_article(
        "profile.txt",
        people=(
            Person("Helen Marsh", ("Marsh",), ("UK Prime Minister",)),
            Person("Tom Reddy", ("Reddy",), ("Deputy Prime Minister",)),
        ),
    )
    report = make_article(
        "report.txt",
        sentences=("Ms Marsh met Mr Reddy.", '"We will act," the prime minister said.'),
        quotes=(
            Quote("We will act", None, (2,), "after", "prime minister"),
            Quote("Not now", None, (2,), "after", "chancellor"),
        ),
        people=(Person("Helen Marsh", ("Ms Marsh",)), Person("Tom Reddy", ("Mr Reddy",))),
    )
    await store.put_article(report, source="report.txt", content_hash="1")
    assert await store.resolve_roles() == 0  # nobody is described as prime minister yet
    await store.put_article(profile, source="profile.txt", content_hash="1")
    assert await store.resolve_roles() == 1
    speakers = {q.text: q.speaker for q in await store.quotes()}
    assert speakers == {"We will act": "Helen Marsh", "Not now": None}
