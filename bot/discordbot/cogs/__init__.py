"""One feature per cog, each an extension with `async def setup(bot)` (RoboDanny's layout)."""
