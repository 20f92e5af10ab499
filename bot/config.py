"""Settings from the environment and an optional `.env` file (real environment variables win)."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

DEFAULT_DB = Path("data/studybot.db")
DEFAULT_SEEDS = Path("seeds")
DEFAULT_PREFIX = "!"
DEFAULT_LOG_LEVEL = "INFO"


class SettingsError(ValueError):
    """A setting has a value that cannot be used."""


@dataclass(frozen=True)
class Settings:
    """Everything the bot reads from its environment. The token never appears in repr()."""

    discord_token: str | None = field(default=None, repr=False)
    db_path: Path = DEFAULT_DB
    prefix: str = DEFAULT_PREFIX
    log_level: str = DEFAULT_LOG_LEVEL
    dev_guild: int | None = None
    seeds_dir: Path = DEFAULT_SEEDS

    @property
    def has_token(self) -> bool:
        return bool(self.discord_token)

    def __repr__(self) -> str:  # explicit, so a future field can never leak the token by accident
        token = "set" if self.discord_token else "unset"
        return (
            f"Settings(discord_token=<{token}>, db_path={str(self.db_path)!r}, prefix={self.prefix!r}, "
            f"log_level={self.log_level!r}, dev_guild={self.dev_guild!r}, "
            f"seeds_dir={str(self.seeds_dir)!r})"
        )

    __str__ = __repr__


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def settings_from_mapping(values: Mapping[str, str | None]) -> Settings:
    """Build Settings from a plain mapping of variable names to values (pure, for tests)."""
    level = (_clean(values.get("STUDYBOT_LOG_LEVEL")) or DEFAULT_LOG_LEVEL).upper()
    if not isinstance(logging.getLevelName(level), int):
        raise SettingsError(
            f"STUDYBOT_LOG_LEVEL: unknown level {level!r} (use DEBUG, INFO, WARNING or ERROR)"
        )
    guild_raw = _clean(values.get("STUDYBOT_DEV_GUILD"))
    try:
        dev_guild = int(guild_raw) if guild_raw else None
    except ValueError:
        raise SettingsError(f"STUDYBOT_DEV_GUILD: expected a numeric server id, got {guild_raw!r}") from None
    return Settings(
        discord_token=_clean(values.get("DISCORD_TOKEN")),
        db_path=Path(_clean(values.get("STUDYBOT_DB")) or DEFAULT_DB),
        prefix=_clean(values.get("STUDYBOT_PREFIX")) or DEFAULT_PREFIX,
        log_level=level,
        dev_guild=dev_guild,
        seeds_dir=Path(_clean(values.get("STUDYBOT_SEEDS")) or DEFAULT_SEEDS),
    )


def load_settings(env_file: str | os.PathLike[str] | None = ".env") -> Settings:
    """Read settings from `env_file` (if it exists) overlaid by the real environment."""
    values: dict[str, str | None] = {}
    if env_file is not None and Path(env_file).is_file():
        values.update(dotenv_values(env_file))
    values.update(os.environ)
    return settings_from_mapping(values)
