"""`run(settings)`: what `studybot run` calls. Offline: the login itself is faked."""

from __future__ import annotations

import logging
from pathlib import Path

import discord
import pytest

from bot.config import Settings
from bot.discordbot import runner
from bot.discordbot.bot import StudyBot

SECRET = "MTIzNDU2Nzg5MDEyMzQ1Njc4.fake.token-value-do-not-log"


@pytest.fixture(autouse=True)
def keep_root_level():
    root = logging.getLogger()
    level = root.level
    yield
    root.setLevel(level)


def test_redact_filter_blanks_the_token():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "token is %s", (SECRET,), None)
    assert runner.RedactFilter(SECRET).filter(record)
    assert SECRET not in record.getMessage() and "<redacted>" in record.getMessage()


def test_run_without_token_refuses(tmp_path: Path):
    assert runner.run(Settings(discord_token=None, db_path=tmp_path / "db.sqlite")) == 2


def test_login_failure_is_reported_without_the_token(tmp_path: Path, monkeypatch, caplog):
    started: list[StudyBot] = []

    async def fake_start(self: StudyBot, token: str, *, reconnect: bool = True) -> None:
        started.append(self)
        logging.getLogger("discord.http").warning("logging in using static token %s", token)
        raise discord.LoginFailure("Improper token has been passed.")

    monkeypatch.setattr(StudyBot, "start", fake_start)
    caplog.set_level(logging.INFO)
    settings = Settings(discord_token=SECRET, db_path=tmp_path / "db.sqlite", seeds_dir=tmp_path / "none",
                        dev_guild=1234)
    assert runner.run(settings) == 1
    assert started and started[0].dev_guild == 1234 and started[0].sync_commands
    assert SECRET not in caplog.text
    assert "rejected DISCORD_TOKEN" in caplog.text
    assert (tmp_path / "db.sqlite").exists()
