"""The command line, driven through main(argv) and as a real subprocess (piped console)."""

import json
import os
import random
import subprocess
import sys

import pytest
from conftest import ROOT, SEEDS

from bot.cli import main


@pytest.fixture
def seeded_db(tmp_path, capsys):
    db = tmp_path / "seeds.db"
    assert main(["ingest", "--db", str(db), str(SEEDS)]) == 0
    err = capsys.readouterr().err
    assert "ingested 2 files: 2 added, 0 replaced, 0 unchanged, 0 failed" in err
    return db


def ask_json(db, line, capsys):
    assert main(["ask", "--db", str(db), "--json", line]) == 0
    return json.loads(capsys.readouterr().out)


def test_ingest_again_is_unchanged(seeded_db, capsys):
    assert main(["ingest", "--db", str(seeded_db), str(SEEDS)]) == 0
    assert "2 unchanged" in capsys.readouterr().err


def test_ingest_all_failing_exits_1(tmp_path, capsys):
    assert main(["ingest", "--db", str(tmp_path / "x.db"), str(tmp_path / "missing")]) == 1
    err = capsys.readouterr().err
    assert "missing: no such file or folder" in err and "1 failed" in err


def test_export_schema(seeded_db, capsys):
    assert main(["export", "--db", str(seeded_db)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"articles", "people"}
    assert sorted(os.path.basename(a["source"]) for a in data["articles"]) == sorted(
        p.name for p in SEEDS.glob("*.txt")
    )
    for a in data["articles"]:
        assert {"id", "source", "title", "published", "author", "sentences", "quotes", "events"} <= set(a)
        assert a["sentences"] and all({"id", "paragraph", "text"} <= set(s) for s in a["sentences"])
        ids = {s["id"] for s in a["sentences"]}
        for q in a["quotes"]:
            assert {"text", "speaker", "sentence_ids"} <= set(q) and set(q["sentence_ids"]) <= ids
        for e in a["events"]:
            assert {"date", "text", "sentence_id"} <= set(e)
            assert e["sentence_id"] is None or e["sentence_id"] in ids  # None: dated by a caption
    for p in data["people"]:
        assert {"name", "aliases", "descriptions", "articles", "quote_count"} <= set(p)
        assert isinstance(p["quote_count"], int)
    assert len({p["name"] for p in data["people"]}) == len(data["people"])


def _typo(word):
    i = len(word) // 2
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def test_quote_finds_a_real_seed_sentence_with_a_typo(seeded_db, capsys):
    data = None
    assert main(["export", "--db", str(seeded_db)]) == 0
    data = json.loads(capsys.readouterr().out)
    rng = random.Random(7)
    sentences = [s["text"] for a in data["articles"] for s in a["sentences"] if len(s["text"].split()) >= 12]
    assert sentences
    for text in rng.sample(sentences, min(5, len(sentences))):
        words = [w.strip(".,;:!?\"'“”‘’()[]") for w in text.split()]
        long = [w for w in words if len(w) >= 7 and w.isalpha()][:4]
        if len(long) < 2:
            continue
        query = " ".join([_typo(long[0])] + long[1:])
        top = ask_json(seeded_db, f"!quote {query}", capsys)["results"]
        assert top, query
        # the answer is that sentence, or a quotation taken from it
        assert (
            top[0]["text"] in text or text in top[0]["text"] or long[1].lower() in top[0]["text"].lower()
        ), query


def test_ask_nonsense_and_unknown_people(seeded_db, capsys):
    assert ask_json(seeded_db, "!quote zzzz qqqq xxxx", capsys)["results"] == []
    assert ask_json(seeded_db, "!who Qwzxv Plonk", capsys)["results"] == []
    tl = ask_json(seeded_db, "!timeline", capsys)
    assert tl["command"] == "timeline"
    dates = [r["date"] for r in tl["results"]]
    assert dates == sorted(dates)


def test_ask_usage_error_exits_2_without_traceback(seeded_db, capsys):
    assert main(["ask", "--db", str(seeded_db), "--json", "!dance"]) == 2
    out = capsys.readouterr()
    assert out.out == "" and "unknown command 'dance'" in out.err and "Traceback" not in out.err
    assert main(["ask", "--db", str(seeded_db), "!quote"]) == 2
    assert "usage: !quote" in capsys.readouterr().err


def test_missing_database_is_an_error_not_a_new_file(tmp_path, capsys):
    db = tmp_path / "nope.db"
    assert main(["ask", "--db", str(db), "--json", "!quote x"]) == 2
    assert "no database at" in capsys.readouterr().err and not db.exists()


def test_ask_human_readable(seeded_db, capsys):
    assert main(["ask", "--db", str(seeded_db), "!quote zzzz qqqq xxxx"]) == 0
    assert capsys.readouterr().out.strip() == "No quotation matches that."
    assert main(["ask", "--db", str(seeded_db), "!articles"]) == 0
    out = capsys.readouterr().out
    assert len(out.strip().splitlines()) == 2


def run_cli(args, stdin="", env=None, cwd=None):
    e = {**os.environ, **(env or {})}
    e.pop("DISCORD_TOKEN", None)
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=e,
        cwd=cwd or ROOT,
    )


def test_chat_console_piped(seeded_db):
    p = run_cli(
        ["chat", "--db", str(seeded_db)], stdin="help\n!quote zzzz qqqq xxxx\n!dance\n\nquit\n!articles\n"
    )
    assert p.returncode == 0, p.stderr
    assert "!timeline" in p.stdout  # help
    assert "No quotation matches that." in p.stdout
    assert "unknown command 'dance'" in p.stdout
    assert "studybot>" not in p.stdout  # no prompt when piped
    assert "quotes," not in p.stdout  # stopped at quit, before !articles


def test_run_loads_seeds_into_empty_db_then_console(tmp_path):
    db = tmp_path / "data" / "studybot.db"
    env = {"STUDYBOT_DB": str(db), "STUDYBOT_SEEDS": str(SEEDS), "DISCORD_TOKEN": ""}
    p = run_cli(["run"], stdin="!articles\n", env=env, cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert db.exists() and "2 added" in p.stderr and "DISCORD_TOKEN is not set" in p.stderr
    assert len([ln for ln in p.stdout.splitlines() if "quotes," in ln]) == 2
    p = run_cli(["run"], stdin="", env=env, cwd=tmp_path)  # not empty any more: no reload
    assert p.returncode == 0 and "added" not in p.stderr
