"""Per-server settings of the Discord front end (table guild_settings, migration V3)."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from bot.store._tx import connection, now_iso, transaction
from bot.store.store import Store


@dataclass(frozen=True, slots=True)
class GuildSettings:
    """One server's settings; None means "use the default"."""

    guild_id: int
    prefix: str | None = None
    moderator_role_id: int | None = None
    session_channel_id: int | None = None
    round_seconds: int | None = None


_COLUMNS = tuple(f.name for f in fields(GuildSettings))
_EDITABLE = frozenset(_COLUMNS) - {"guild_id"}


async def all_guild_settings(store: Store) -> dict[int, GuildSettings]:
    """Every server that changed a setting (the bot caches these at startup)."""
    rows = await connection(store).execute_fetchall(f"SELECT {', '.join(_COLUMNS)} FROM guild_settings")
    return {r[0]: GuildSettings(*r) for r in rows}


async def get_guild_settings(store: Store, guild_id: int) -> GuildSettings:
    rows = await connection(store).execute_fetchall(
        f"SELECT {', '.join(_COLUMNS)} FROM guild_settings WHERE guild_id = ?", (guild_id,))
    return GuildSettings(*rows[0]) if rows else GuildSettings(guild_id)


async def update_guild_settings(store: Store, guild_id: int, **changes: object) -> GuildSettings:
    """Set some settings (None resets one to its default) and return the result."""
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise ValueError(f"unknown guild settings: {sorted(unknown)}")
    async with transaction(store) as conn:
        rows = await conn.execute_fetchall(
            f"SELECT {', '.join(_COLUMNS)} FROM guild_settings WHERE guild_id = ?", (guild_id,))
        current = GuildSettings(*rows[0]) if rows else GuildSettings(guild_id)
        new = replace(current, **changes)  # type: ignore[arg-type]
        values = [getattr(new, c) for c in _COLUMNS]
        await conn.execute(
            f"INSERT INTO guild_settings ({', '.join(_COLUMNS)}, updated_at)"
            f" VALUES ({', '.join('?' * len(_COLUMNS))}, ?)"
            f" ON CONFLICT (guild_id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS if c != "guild_id")
            + ", updated_at = excluded.updated_at",
            (*values, now_iso()))
    return new
