"""Drive slash commands offline: real `Interaction` objects through `bot.tree`, fake HTTP underneath.

dpytest has no interaction support, so this builds the interaction payload Discord would send,
feeds it to discord.py's own `CommandTree._call` (namespace parsing, checks, hybrid wrapping,
autocomplete, error handlers all run for real), and swaps the webhook adapter that interaction
responses go through for one that records every request instead of calling Discord.
"""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass, field
from typing import Any

import discord
from discord.ext.test import factories as facts
from discord.ext.test.runner import run_all_events
from discord.webhook.async_ import AsyncWebhookAdapter, async_context

# Snowflakes of "now": Context.send treats an interaction older than 15 minutes as expired.
_ids = itertools.count(discord.utils.time_snowflake(discord.utils.utcnow()))


@dataclass
class Call:
    method: str
    path: str
    payload: dict[str, Any]


@dataclass
class FakeAdapter(AsyncWebhookAdapter):
    """Records interaction responses, follow-ups and edits; answers like Discord would."""

    channel: discord.abc.Messageable | None = None
    author: discord.abc.User | None = None
    calls: list[Call] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__()

    def _message(self, payload: dict[str, Any]) -> dict[str, Any]:
        embeds = [discord.Embed.from_dict(e) for e in payload.get("embeds") or []]
        data = facts.make_message_dict(self.channel, self.author, content=payload.get("content") or "",
                                       embeds=embeds)
        data["flags"] = payload.get("flags", 0)
        return data

    async def request(self, route: Any, session: Any = None, *, payload: dict[str, Any] | None = None,
                      multipart: list[dict[str, Any]] | None = None, **kwargs: Any) -> Any:
        if payload is None and multipart:
            import json

            for part in multipart:
                if part.get("name") == "payload_json":
                    payload = json.loads(part["value"])
        payload = payload or {}
        self.calls.append(Call(route.method, route.path, payload))
        if route.path.endswith("/callback"):
            data = payload.get("data") or {}
            msg = self._message(data) if payload.get("type") in (4, 7) else None
            out: dict[str, Any] = {"interaction": {
                "id": str(next(_ids)), "type": 2,
                "response_message_id": msg["id"] if msg else None,
                "response_message_loading": payload.get("type") == 5,
                "response_message_ephemeral": bool(data.get("flags", 0) & 64)}}
            if msg is not None:
                out["resource"] = {"type": payload["type"], "message": msg}
            return out
        return self._message(payload)

    # ---------------------------------------------------------------- what the tests look at

    def messages(self) -> list[dict[str, Any]]:
        """Every message body the bot answered with (responses, follow-ups, edits), in order."""
        out = []
        for c in self.calls:
            if c.path.endswith("/callback"):
                if c.payload.get("type") in (4, 7):
                    out.append(c.payload.get("data") or {})
            elif c.method in ("POST", "PATCH"):
                out.append(c.payload)
        return out

    def embeds(self) -> list[discord.Embed]:
        return [discord.Embed.from_dict(e) for m in self.messages() for e in m.get("embeds") or []]

    def choices(self) -> list[dict[str, Any]]:
        for c in self.calls:
            if c.path.endswith("/callback") and c.payload.get("type") == 8:
                return c.payload["data"]["choices"]
        return []


def _option(name: str, value: Any, focused: bool = False) -> dict[str, Any]:
    kind = 5 if isinstance(value, bool) else 4 if isinstance(value, int) else 3
    opt: dict[str, Any] = {"name": name, "type": kind, "value": value}
    if focused:
        opt["focused"] = True
    return opt


def interaction_payload(bot: discord.Client, member: discord.Member, channel: discord.abc.GuildChannel, *,
                        name: str, options: dict[str, Any] | None = None, subcommand: str | None = None,
                        focused: str | None = None, autocomplete: bool = False) -> dict[str, Any]:
    opts = [_option(k, v, focused == k) for k, v in (options or {}).items()]
    if subcommand:
        opts = [{"name": subcommand, "type": 1, "options": opts}]
    member_data = facts.dict_from_member(member)
    member_data["permissions"] = str(channel.permissions_for(member).value)
    return {
        "id": str(next(_ids)),
        "application_id": str(bot.user.id if bot.user else next(_ids)),
        "type": 4 if autocomplete else 2,
        "token": "fake-interaction-token",
        "version": 1,
        "guild_id": str(channel.guild.id),
        "channel_id": str(channel.id),
        "channel": {"id": str(channel.id), "type": 0, "name": channel.name,
                    "guild_id": str(channel.guild.id)},
        "member": member_data,
        "app_permissions": str(discord.Permissions.all().value),
        "locale": "en-US",
        "guild_locale": "en-US",
        "attachment_size_limit": 8 * 1024 * 1024,
        "entitlements": [],
        "authorizing_integration_owners": {},
        "context": 0,
        "data": {"id": str(next(_ids)), "name": name, "type": 1, "options": opts},
    }


async def run_slash(bot: discord.Client, member: discord.Member, channel: discord.abc.GuildChannel, name: str,
                    options: dict[str, Any] | None = None, *, subcommand: str | None = None,
                    focused: str | None = None) -> FakeAdapter:
    """Invoke `/name [subcommand] options...` (or its autocomplete for `focused`) and record the answer."""
    adapter = FakeAdapter(channel=channel, author=bot.user)
    token = async_context.set(adapter)
    try:
        payload = interaction_payload(bot, member, channel, name=name, options=options, subcommand=subcommand,
                                      focused=focused, autocomplete=focused is not None)
        interaction = discord.Interaction(data=payload, state=bot._connection)  # type: ignore[arg-type]
        await bot.tree._call(interaction)  # the same entry point discord.py uses for INTERACTION_CREATE
        await run_all_events()  # error handlers run as dispatched events (tasks)
    finally:
        async_context.reset(token)
    return adapter


async def press_button(bot: discord.Client, member: discord.Member, channel: discord.abc.GuildChannel,
                       message_id: int, custom_id: str) -> FakeAdapter:
    """Press a button of a view the bot attached to message `message_id`."""
    adapter = FakeAdapter(channel=channel, author=bot.user)
    token = async_context.set(adapter)
    try:
        payload = interaction_payload(bot, member, channel, name="", options=None)
        payload["type"] = 3
        payload["data"] = {"custom_id": custom_id, "component_type": 2}
        payload["message"] = facts.make_message_dict(channel, bot.user, id_num=message_id, content="")
        interaction = discord.Interaction(data=payload, state=bot._connection)  # type: ignore[arg-type]
        before = set(asyncio.all_tasks())
        bot._connection._view_store.dispatch_view(2, custom_id, interaction)
        new = [t for t in asyncio.all_tasks() - before if t.get_name().startswith("discord-ui-view-dispatch")]
        if new:
            await asyncio.wait(new, timeout=5)
    finally:
        async_context.reset(token)
    return adapter
