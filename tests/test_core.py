import pytest
from conftest import MARASHI, REVOLUTION
from factories import make_article

from bot.core import (
    UsageError,
    ask,
    find_people,
    find_quotes,
    list_articles,
    parse,
    person_names,
    surrounding,
    timeline,
)
from bot.extract.records import Event, Person, Quote
from bot.store import article_id_for


@pytest.fixture
async def iran(store, iran_article):
    await store.put_article(iran_article, source="news/iran.txt", content_hash="1")
    return store


async def test_quote_typos_missing_and_reordered_words(iran):
    for q in ("cold peace", "peace cold", "iranians happy enemis rivals", "Iranains would be happy"):
        res = await find_quotes(iran, q)
        assert res and res[0].text == MARASHI and res[0].speaker == "Reza Marashi", q
        assert res[0].kind == "quote" and res[0].article == "Face time brings US and Iran closer"


async def test_quote_prefers_quotation_and_does_not_repeat_its_sentence(iran):
    res = await find_quotes(iran, "like a cold peace")
    assert res[0].kind == "quote"
    # sentence 1 holds the quotation: not shown again; sentence 2 (no quotation) may follow
    assert all(not (r.kind == "sentence" and r.sentence_ids == (1,)) for r in res)
    assert REVOLUTION in [r.text for r in res]


async def test_quote_finds_plain_sentences_too(iran):
    res = await find_quotes(iran, "met secretly in omann")
    assert res[0].text.startswith("In March 2013") and res[0].kind == "sentence" and res[0].speaker is None


async def test_quote_nothing_below_threshold(iran):
    assert await find_quotes(iran, "zzzz qqqq xxxx") == []
    assert await find_quotes(iran, "") == []
    assert await find_quotes(iran, "banana helicopter symphony") == []


async def test_quote_limit_and_json(iran):
    res = await find_quotes(iran, "peace", limit=1)
    assert len(res) == 1
    j = res[0].to_json()
    assert set(j) >= {
        "text",
        "speaker",
        "article",
        "published",
        "score",
        "article_id",
        "sentence_ids",
        "kind",
    }
    assert isinstance(j["sentence_ids"], list) and 0 < j["score"] <= 100


async def test_who_fuzzy_names(iran):
    for q in ("marashy", "Mr. Marashi", "reza", "REZA MARASHI", "Marashi's"):
        res = await find_people(iran, q)
        assert res and res[0].name == "Reza Marashi", q
    kerry = (await find_people(iran, "kerry"))[0]
    assert kerry.name == "John Kerry" and kerry.quotes == ("not insignificant",) and kerry.quote_count == 1
    assert "Secretary of State" in kerry.descriptions and kerry.articles == (
        "Face time brings US and Iran closer",
    )
    assert await find_people(iran, "zzzz") == []
    assert await find_people(iran, "Mr.") == []


async def test_person_names_autocomplete(iran):
    assert await person_names(iran, "mar") == ["Reza Marashi"]
    assert (
        await person_names(iran, "") == ["John Kerry", "Reza Marashi"]
        or len(await person_names(iran, "")) == 2
    )
    assert len(await person_names(iran, "", limit=1)) == 1


async def test_timeline_order_and_filters(store, iran_article):
    other = make_article(
        "b.txt",
        title="Later talks",
        published="2013-12-01",
        sentences=("In 2013 things moved.", "On 24 September 2013 they spoke."),
        events=(
            Event("2013", "In 2013 things moved.", 1),
            Event("2013-09-24", "On 24 September 2013 they spoke.", 2),
        ),
        people=(Person("Hassan Rouhani"),),
    )
    await store.put_article(iran_article, source="a.txt", content_hash="1")
    await store.put_article(other, source="b.txt", content_hash="1")
    dates = [e.date for e in await timeline(store)]
    assert dates == ["1979", "2013", "2013-03", "2013-09-24"]
    assert [e.date for e in await timeline(store, "Later talks")] == ["2013", "2013-09-24"]  # article title
    assert [e.date for e in await timeline(store, "revolutoin")] == ["1979"]  # words, with a typo
    assert [e.date for e in await timeline(store, "oman")] == ["2013-03"]
    assert await timeline(store, "zzzz qqqq") == []
    # a date filter keeps what is dated within it, whatever the sentence says
    assert [e.date for e in await timeline(store, "2013")] == ["2013", "2013-03", "2013-09-24"]
    assert [e.date for e in await timeline(store, "September 2013")] == ["2013-09-24"]
    assert [e.date for e in await timeline(store, "1978")] == []


async def test_timeline_events_without_sentence(store):
    art = make_article(
        "cap.txt",
        sentences=("In 2013 talks began.",),
        events=(
            Event("2013", "In 2013 talks began.", 1),
            Event("2013", "Caption: leaders meet, 2013.", None),
        ),
    )
    await store.put_article(art, source="cap.txt", content_hash="1")
    evs = await timeline(store)
    assert [e.sentence_id for e in evs] == [None, 1]  # caption first, no crash sorting None
    passage = await surrounding(store, article_id_for("cap.txt", None), [None, 1])
    assert [s.id for s in passage.sentences] == [1]


async def test_timeline_person_filter(store):
    art = make_article(
        "p.txt",
        sentences=("In 2005 Mahmoud Ahmadinejad was elected.", "In 2001 Bonn talks happened."),
        people=(Person("Mahmoud Ahmadinejad", ("Ahmadinejad",)),),
        events=(
            Event("2005", "In 2005 Mahmoud Ahmadinejad was elected.", 1),
            Event("2001", "In 2001 Bonn talks happened.", 2),
        ),
    )
    await store.put_article(art, source="p.txt", content_hash="1")
    assert [e.date for e in await timeline(store, "Ahmadinejad")] == ["2005"]


async def test_guild_scope(store, iran_article):
    await store.put_article(iran_article, source="a.txt", content_hash="1", guild_id=42)
    assert await find_quotes(store, "cold peace") == []  # not visible outside server 42
    assert await find_quotes(store, "cold peace", guild_id=42)
    assert await find_people(store, "marashi", guild_id=1) == []
    assert (await find_people(store, "marashi", guild_id=42))[0].name == "Reza Marashi"


async def test_cache_follows_writes(store, iran_article):
    assert await find_quotes(store, "cold peace") == []
    await store.put_article(iran_article, source="a.txt", content_hash="1")
    assert await find_quotes(store, "cold peace")
    await store.delete_article(article_id_for("a.txt", None))
    assert await find_quotes(store, "cold peace") == []


async def test_surrounding(iran):
    aid = article_id_for("news/iran.txt", None)
    p = await surrounding(iran, aid, [3], radius=1)
    assert [s.id for s in p.sentences] == [2, 3, 4] and [s.hit for s in p.sentences] == [False, True, False]
    assert p.article == "Face time brings US and Iran closer"
    assert await surrounding(iran, "nope", [1]) is None


async def test_list_articles(iran):
    arts = await list_articles(iran)
    assert len(arts) == 1 and arts[0].quotes == 2 and arts[0].events == 2
    assert await list_articles(iran, "face time") and await list_articles(iran, "zzzzzz") == []


def test_parse():
    assert parse("!quote  cold   peace") == ("quote", "cold peace")
    assert parse("/who Zarif") == ("who", "Zarif")
    assert parse("timeline") == ("timeline", "")
    assert parse("?who x", prefix="?") == ("who", "x")
    for bad in ("!quote", "/who   ", "!dance now", "", "!"):
        with pytest.raises(UsageError) as e:
            parse(bad)
        assert "usage" in str(e.value) or "commands:" in str(e.value)


async def test_ask_shapes(iran):
    r = await ask(iran, "!quote cold peace")
    assert (
        r["command"] == "quote"
        and r["query"] == "cold peace"
        and r["results"][0]["speaker"] == "Reza Marashi"
    )
    r = await ask(iran, "who marashy")
    assert r["results"][0]["name"] == "Reza Marashi" and {"aliases", "descriptions", "quotes"} <= set(
        r["results"][0]
    )
    r = await ask(iran, "!timeline")
    assert [x["date"] for x in r["results"]] == ["1979", "2013-03"]
    assert (await ask(iran, "!quote zzzz qqqq xxxx"))["results"] == []
    assert (await ask(iran, "!who nobody-at-all"))["results"] == []


async def test_quote_speaker_words_count(store):
    art = make_article(
        "s.txt",
        sentences=("x",),
        quotes=(
            Quote("We will never give up", "Winston Churchill", (1,)),
            Quote("We will give up", "Someone Else", (1,)),
        ),
        people=(Person("Winston Churchill"), Person("Someone Else")),
    )
    await store.put_article(art, source="s.txt", content_hash="1")
    res = await find_quotes(store, "churchill give up")
    assert res[0].speaker == "Winston Churchill"


def test_word_similarity():
    from bot.core.text import word_similarity, words

    assert word_similarity("experiense", "experience") >= 0.85  # typo
    assert word_similarity("signle", "single") >= 0.8  # transposition counts as one edit
    assert word_similarity("crumbling", "crumble") >= 0.85  # inflection of one stem
    assert word_similarity("signle", "sign") == 0.0  # a shared prefix alone is not enough
    assert word_similarity("cold", "gold") < 0.8 and word_similarity("is", "it") == 0.0
    assert words("Iran’s “cold peace” – don't") == ["irans", "cold", "peace", "dont"]
