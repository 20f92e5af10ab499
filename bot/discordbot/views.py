"""Button views: page through further matches, and show a quotation's surrounding sentences.

Why buttons rather than one long message: Discord caps an embed at 6000 characters and a wall of
ten quotations is unreadable on a phone. One result per page keeps each page whole; the buttons
edit the same message in place (one request per press) instead of posting new messages.
Only the member who ran the command may turn its pages, so two members cannot fight over one
message; the "Context" answer is ephemeral, so anyone may ask for it.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import discord

from bot.discordbot import render

log = logging.getLogger(__name__)

#: Seconds after the last press before the buttons are disabled (Discord keeps views only in memory).
VIEW_TIMEOUT = 300.0



async def reply_privately(interaction: discord.Interaction, embed: discord.Embed) -> bool:
    """Answer an interaction with an embed only its user sees, whether or not it was answered yet.

    Returns False when Discord refused (the interaction expired): the caller decides whether to log.
    """
    try:
        if interaction.response.is_done():
            await interaction.followup.send(embed=embed, ephemeral=True)
        else:
            await interaction.response.send_message(embed=embed, ephemeral=True)
    except discord.HTTPException:
        return False
    return True

class Paginator(discord.ui.View):
    """Previous/Next buttons over pre-rendered embeds."""

    def __init__(self, pages: Sequence[discord.Embed], *, author_id: int,
                 timeout: float | None = VIEW_TIMEOUT):
        super().__init__(timeout=timeout)
        self.pages = list(pages)
        self.author_id = author_id
        self.index = 0
        self.message: discord.Message | None = None
        if len(self.pages) <= 1:
            self.remove_item(self.previous_page)
            self.remove_item(self.next_page)
        self._refresh()

    @property
    def needed(self) -> bool:
        """Whether the view has any button to show at all."""
        return len(self.children) > 0

    def _refresh(self) -> None:
        self.previous_page.disabled = self.index <= 0
        self.next_page.disabled = self.index >= len(self.pages) - 1

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.author_id:
            return True
        await interaction.response.send_message(
            embed=render.info_embed("Not your list", "Run the command yourself to page through results."),
            ephemeral=True)
        return False

    async def show(self, interaction: discord.Interaction, index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._refresh()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    @discord.ui.button(label="Previous", emoji="\u25c0", style=discord.ButtonStyle.secondary)
    async def previous_page(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        await self.show(interaction, self.index - 1)

    @discord.ui.button(label="Next", emoji="\u25b6", style=discord.ButtonStyle.secondary)
    async def next_page(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        await self.show(interaction, self.index + 1)

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self.message is not None:
            with contextlib.suppress(discord.HTTPException):  # the message may be gone: nothing to tidy
                await self.message.edit(view=self)

    async def on_error(self, interaction: discord.Interaction, error: Exception,
                       item: discord.ui.Item[Any]) -> None:
        log.error("view button %r failed", getattr(item, "label", item), exc_info=error)
        embed = render.error_embed("That button did not work; please run the command again.")
        if not await reply_privately(interaction, embed):
            log.warning("could not report a button error to the user")


ContextLoader = Callable[[Any], Awaitable[discord.Embed]]


class QuoteView(Paginator):
    """Paging through quotation matches, plus a "Context" button for the match on screen."""

    def __init__(self, pages: Sequence[discord.Embed], results: Sequence[Any], *, author_id: int,
                 load_context: ContextLoader, timeout: float | None = VIEW_TIMEOUT):
        super().__init__(pages, author_id=author_id, timeout=timeout)
        self.results = list(results)
        self.load_context = load_context

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        # Anyone may read the context (the answer is ephemeral); paging stays with the author.
        data = interaction.data or {}
        if data.get("custom_id") == self.show_context.custom_id:
            return True
        return await super().interaction_check(interaction)

    @discord.ui.button(label="Context", emoji="\U0001f4d6", style=discord.ButtonStyle.primary)
    async def show_context(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        result = self.results[self.index]
        embed = await self.load_context(result)
        await interaction.response.send_message(embed=embed, ephemeral=True)
