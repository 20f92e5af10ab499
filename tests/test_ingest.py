import io

from bot.ingest import IngestSummary, collect, decode, ingest_paths, ingest_text
from bot.store import article_id_for

ARTICLE = "A headline for the test\n\nThe minister said the plan would work. Critics disagreed.\n"


def write(path, text=ARTICLE, encoding="utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


def test_decode_fallbacks():
    assert decode("caf\u00e9 \u201cquoted\u201d".encode()) == "caf\u00e9 \u201cquoted\u201d"
    assert decode("\ufeffbom".encode()) == "bom"
    assert (
        decode("\u201cquoted\u201d \u2013 caf\u00e9".encode("cp1252"))
        == "\u201cquoted\u201d \u2013 caf\u00e9"
    )
    assert decode(b"\x81\x8d latin") == "\x81\x8d latin"  # bytes cp1252 lacks: latin-1 still reads them


def test_collect_recurses_sorted_and_skips_non_txt(tmp_path):
    write(tmp_path / "c" / "b.txt")
    write(tmp_path / "c" / "a.txt")
    write(tmp_path / "c" / "deep" / "z.txt")
    write(tmp_path / "c" / "notes.md")
    write(tmp_path / "c" / "README.TXT")
    got = [src for src, _, _ in collect([str(tmp_path / "c")])]
    assert [g.rsplit("/c/", 1)[1] for g in got] == ["a.txt", "b.txt", "deep/z.txt"]
    missing = list(collect([str(tmp_path / "nope")]))
    assert missing[0][2] == "no such file or folder"


async def test_add_unchanged_replaced_and_summary(store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "corpus" / "one.txt")
    write(tmp_path / "corpus" / "two.txt", ARTICLE.replace("plan", "scheme"))
    err = io.StringIO()
    s = await ingest_paths(store, ["corpus"], err=err)
    assert (s.files, s.counts["added"], s.failed) == (2, 2, 0)
    assert {a.source for a in await store.articles()} == {"corpus/one.txt", "corpus/two.txt"}
    s = await ingest_paths(store, ["./corpus/"], err=err)  # same sources, spelt differently
    assert s.counts["unchanged"] == 2 and s.counts["added"] == 0
    write(tmp_path / "corpus" / "two.txt", ARTICLE.replace("plan", "budget"))
    s = await ingest_paths(store, ["corpus"], err=err)
    assert (s.counts["unchanged"], s.counts["replaced"]) == (1, 1)
    assert err.getvalue() == ""
    line = s.line()
    assert line.startswith("ingested 2 files: 0 added, 1 replaced, 1 unchanged, 0 failed (people ")
    assert line.endswith(" s")
    assert len(await store.articles()) == 2


async def test_force_reextracts_unchanged_files(store, tmp_path):
    write(tmp_path / "one.txt")
    assert (await ingest_paths(store, [str(tmp_path)])).counts["added"] == 1
    first = (await store.articles())[0].ingested_at
    s = await ingest_paths(store, [str(tmp_path)], force=True)
    assert s.counts["replaced"] == 1 and s.counts["unchanged"] == 0
    assert len(await store.articles()) == 1 and (await store.articles())[0].ingested_at >= first


async def test_bad_files_are_reported_and_the_rest_ingested(store, tmp_path):
    write(tmp_path / "a_good.txt")
    write(tmp_path / "b_binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    write(tmp_path / "c_empty.txt", "  \n")
    write(tmp_path / "d_cp1252.txt", "Caf\u00e9 headline\n\n\u201cIt works,\u201d she said.\n", "cp1252")
    err = io.StringIO()
    s = await ingest_paths(store, [str(tmp_path), str(tmp_path / "missing.txt")], err=err)
    assert s.files == 5 and s.counts["added"] == 2 and s.failed == 3
    msgs = err.getvalue()
    assert "b_binary.txt: not a text file (contains NUL bytes)" in msgs
    assert "c_empty.txt: empty file" in msgs
    assert "missing.txt: no such file or folder" in msgs
    texts = " ".join(x.text for x in await store.sentences()) + " ".join(
        a.title or "" for a in await store.articles()
    )
    assert "Caf\u00e9" in texts  # cp1252 decoded, not mangled


async def test_extraction_crash_is_reported_per_file(store, tmp_path, monkeypatch):
    import bot.ingest

    real = bot.ingest.extract_article

    def flaky(text, source):
        if "explode" in text:
            raise ValueError("boom")
        return real(text, source)

    monkeypatch.setattr(bot.ingest, "extract_article", flaky)
    write(tmp_path / "a.txt", "Title\n\nPlease explode now.\n")
    write(tmp_path / "b.txt")
    err = io.StringIO()
    s = await ingest_paths(store, [str(tmp_path)], err=err)
    assert s.counts["added"] == 1 and s.failed == 1
    assert "a.txt: extraction failed: ValueError: boom" in err.getvalue()


async def test_many_files_use_the_process_pool(store, tmp_path):
    for i in range(30):
        write(tmp_path / f"{i:03}.txt", ARTICLE.replace("plan", f"plan number {i}"))
    write(tmp_path / "999.txt", b"\x00\x01")
    err = io.StringIO()
    s = await ingest_paths(store, [str(tmp_path)], err=err, workers=2, progress=False)
    assert s.counts["added"] == 30 and s.failed == 1
    assert "999.txt: not a text file" in err.getvalue()
    # stored in the sorted order of the files
    assert [a.source.rsplit("/", 1)[1] for a in await store.articles()][:3] == [
        "000.txt",
        "001.txt",
        "002.txt",
    ]


async def test_ingest_text_for_uploads(store):
    assert await ingest_text(store, ARTICLE, "upload.txt", guild_id=7) == "added"
    assert await ingest_text(store, ARTICLE, "upload.txt", guild_id=7) == "unchanged"
    assert (await store.articles(7))[0].id == article_id_for("upload.txt", 7)
    assert await store.articles(None) == []


def test_summary_line_format():
    s = IngestSummary(files=1)
    s.counts["added"] = 1
    assert (
        s.line()
        == "ingested 1 file: 1 added, 0 replaced, 0 unchanged, 0 failed (people 0, quotes 0) in 0.0 s"
    )
