"""The Discord front end: a thin layer over `bot.core` that renders its results as embeds.

Nothing in this package speaks SQL or extracts text; it parses Discord input, calls the command
core (or the session engine in `bot.core.sessions`) and renders plain results with `render`.
"""
