from pathlib import Path

import pytest

from bot.config import Settings, SettingsError, load_settings, settings_from_mapping


def test_defaults():
    s = settings_from_mapping({})
    assert s.db_path == Path("data/studybot.db")
    assert s.prefix == "!"
    assert s.log_level == "INFO"
    assert s.dev_guild is None
    assert s.seeds_dir == Path("seeds")
    assert not s.has_token


def test_values_and_token_hidden():
    s = settings_from_mapping(
        {
            "DISCORD_TOKEN": "sekrit.token.value",
            "STUDYBOT_PREFIX": "?",
            "STUDYBOT_DEV_GUILD": " 1234 ",
            "STUDYBOT_LOG_LEVEL": "debug",
        }
    )
    assert s.discord_token == "sekrit.token.value"
    assert s.dev_guild == 1234 and s.prefix == "?" and s.log_level == "DEBUG"
    assert "sekrit" not in repr(s) and "sekrit" not in str(s) and "sekrit" not in f"{s}"


@pytest.mark.parametrize("env", [{"STUDYBOT_DEV_GUILD": "abc"}, {"STUDYBOT_LOG_LEVEL": "loud"}])
def test_bad_values(env):
    with pytest.raises(SettingsError):
        settings_from_mapping(env)


def test_env_file_never_overrides_environment(tmp_path, monkeypatch):
    env = tmp_path / ".env"
    env.write_text("STUDYBOT_PREFIX=?\nSTUDYBOT_DB=from_file.db\n", encoding="utf-8")
    monkeypatch.setenv("STUDYBOT_DB", "from_env.db")
    monkeypatch.delenv("STUDYBOT_PREFIX", raising=False)
    s = load_settings(env)
    assert s.db_path == Path("from_env.db")
    assert s.prefix == "?"


def test_frozen():
    with pytest.raises(AttributeError):
        Settings().prefix = "?"  # type: ignore[misc]
