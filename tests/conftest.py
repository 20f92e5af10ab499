"""Shared fixtures: temporary stores, small hand-made articles, the seed corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from factories import make_article
from hypothesis import settings

from bot.extract.records import Article, Event, Person, Quote
from bot.store import Store

# CI draws the property tests' examples from a fixed seed: the same inputs on every run
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture
async def store(tmp_path: Path):
    s = await Store.open(tmp_path / "t.db")
    try:
        yield s
    finally:
        await s.close()


MARASHI = "I think right now the Iranians would be happy going from enemies to rivals, like a cold peace"
REVOLUTION = "Since the 1979 Islamic Revolution, presidents on both sides sought at least a cold peace."


@pytest.fixture
def iran_article() -> Article:
    """A small article shaped like the seeds, independent of the extraction rules."""
    return make_article(
        "news/iran.txt",
        title="Face time brings US and Iran closer",
        sentences=(
            '"I think right now the Iranians would be happy going from enemies to rivals, like a cold peace,"'
            " says Reza Marashi, a former State Department researcher.",
            REVOLUTION,
            'Mr. Kerry called the first step "not insignificant."',
            "In March 2013 officials met secretly in Oman.",
        ),
        quotes=(
            Quote(MARASHI, "Reza Marashi", (1,)),
            Quote("not insignificant", "John Kerry", (3,)),
        ),
        people=(
            Person("Reza Marashi", ("Marashi", "Mr. Marashi"), ("a former State Department researcher",)),
            Person("John Kerry", ("Kerry", "Mr. Kerry"), ("Secretary of State",)),
        ),
        events=(
            Event("1979", REVOLUTION, 2),
            Event("2013-03", "In March 2013 officials met secretly in Oman.", 4),
        ),
    )
