"""The shared evaluation kit, run against the bot's command line. Skips in a clone without ../shared."""

import re
import shlex
import subprocess
import sys

import pytest
from conftest import ROOT, SHARED

EVAL = SHARED / "eval"
pytestmark = pytest.mark.skipif(not (EVAL / "score_queries.py").is_file(), reason="../shared/eval is absent")


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("eval") / "e.db"
    seeds = SHARED / "seeds" if (SHARED / "seeds").is_dir() else ROOT / "seeds"
    p = subprocess.run(
        [sys.executable, "-m", "bot.cli", "ingest", "--db", str(db), str(seeds)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert p.returncode == 0, p.stderr
    return db


def test_export_is_readable_by_score_extraction(seeds_db, tmp_path):
    out = tmp_path / "x.json"
    with out.open("w") as f:
        p = subprocess.run(
            [sys.executable, "-m", "bot.cli", "export", "--db", str(seeds_db)],
            stdout=f,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            cwd=ROOT,
        )
    assert p.returncode == 0, p.stderr
    p = subprocess.run(
        [
            sys.executable,
            str(EVAL / "score_extraction.py"),
            "--gold",
            str(EVAL / "gold" / "seeds.json"),
            "--export",
            str(out),
            "--quiet",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "MISSING" not in p.stdout and "articles missing" not in p.stdout, p.stdout
    assert re.search(r"^quotes \d\.\d\d \| speaker", p.stdout, re.M), p.stdout + p.stderr


def test_answers_follow_the_eval_interface(seeds_db):
    cmd = " ".join(
        shlex.quote(x) for x in (sys.executable, "-m", "bot.cli", "ask", "--db", str(seeds_db), "--json")
    )
    p = subprocess.run(
        [sys.executable, "score_queries.py", "--queries", "queries.seeds.json", "--cmd", cmd, "--min", "0.8"],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=EVAL,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    # no reply may be malformed, whatever the ranking
    for bad in ("exit ", "not JSON", "timed out", "has no 'results'"):
        assert bad not in p.stdout, p.stdout
    assert p.returncode == 0, p.stdout + p.stderr
