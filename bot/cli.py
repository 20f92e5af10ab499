"""`studybot` command line: ingest, export, ask, chat, run."""

from __future__ import annotations

import argparse
import asyncio
import inspect
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.config import Settings, SettingsError, load_settings

log = logging.getLogger("studybot")


def _parser(settings: Settings) -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="studybot", description="Study-group bot for news articles.")
    sub = ap.add_subparsers(dest="cmd", required=True, metavar="COMMAND")

    def db_opt(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--db",
            type=Path,
            default=settings.db_path,
            help=f"SQLite database (default: {settings.db_path}, from STUDYBOT_DB)",
        )

    def guild_opt(p: argparse.ArgumentParser, help_text: str) -> None:
        p.add_argument("--guild", type=int, default=None, metavar="ID", help=help_text)

    p = sub.add_parser("ingest", help="add .txt articles (files or folders, recursively) to the database")
    db_opt(p)
    guild_opt(p, "store the articles for this Discord server only (default: every server)")
    p.add_argument(
        "--force", action="store_true", help="re-extract files even when their content is unchanged"
    )
    p.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    p.add_argument("sources", nargs="+", metavar="SOURCE")

    p = sub.add_parser("export", help="print the database as JSON (articles, quotes, events, people)")
    db_opt(p)
    guild_opt(p, "only what this Discord server sees (default: everything)")

    p = sub.add_parser("ask", help='answer one member command, e.g. "!quote rising food prices"')
    db_opt(p)
    guild_opt(p, "answer as inside this Discord server (default: articles visible everywhere)")
    p.add_argument("--json", action="store_true", help="print the JSON reply the eval kit reads")
    p.add_argument("line", metavar="COMMAND_LINE")

    p = sub.add_parser("chat", help="local console: one command per line from stdin")
    db_opt(p)
    guild_opt(p, "answer as inside this Discord server")

    sub.add_parser(
        "run",
        help="load seeds into an empty database, then run the Discord bot "
        "(DISCORD_TOKEN set) or the local console",
    )
    return ap


async def _open(db: Path):
    from bot.store import Store

    return await Store.open(db)


async def _ingest(args: argparse.Namespace) -> int:
    from bot.ingest import ingest_paths

    async with await _open(args.db) as store:
        summary = await ingest_paths(
            store,
            args.sources,
            guild_id=args.guild,
            force=args.force,
            progress=False if args.no_progress else None,
        )
    print(summary.line(), file=sys.stderr)
    nothing_ok = summary.failed and summary.failed == summary.files
    return 1 if nothing_ok else 0


async def _export(args: argparse.Namespace) -> int:
    from bot.core import export

    async with await _open(args.db) as store:
        data = await export(store, guild_id=args.guild, everywhere=args.guild is None)
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


async def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot.console import format_answer
    from bot.core import UsageError, ask

    async with await _open(args.db) as store:
        try:
            answer = await ask(store, args.line, guild_id=args.guild, prefix=settings.prefix)
        except UsageError as e:
            print(f"studybot: {e}", file=sys.stderr)
            return 2
    if args.json:
        print(json.dumps(answer, ensure_ascii=False))
    else:
        print(format_answer(answer))
    return 0


async def _chat(db: Path, guild: int | None, settings: Settings) -> int:
    from bot.console import chat

    async with await _open(db) as store:
        await chat(
            store,
            sys.stdin,
            sys.stdout,
            guild_id=guild,
            prefix=settings.prefix,
            interactive=sys.stdin.isatty(),
        )
    return 0


async def _prepare(settings: Settings) -> None:
    """Create the default database and load the seed articles when it holds none."""
    from bot.ingest import ingest_paths

    async with await _open(settings.db_path) as store:
        if await store.is_empty():
            if settings.seeds_dir.is_dir():
                summary = await ingest_paths(store, [settings.seeds_dir])
                print(f"loaded seeds from {settings.seeds_dir}: {summary.line()}", file=sys.stderr)
            else:
                print(
                    f"studybot: database is empty and seeds folder {settings.seeds_dir} is missing",
                    file=sys.stderr,
                )


def _run(settings: Settings) -> int:
    asyncio.run(_prepare(settings))
    if not settings.has_token:
        print(
            "DISCORD_TOKEN is not set: starting the local console instead (see README, Discord setup).",
            file=sys.stderr,
        )
        return asyncio.run(_chat(settings.db_path, None, settings))
    from bot.discordbot import runner  # imported only when needed: the console does not need discord.py

    result = runner.run(settings)
    if inspect.isawaitable(result):
        result = asyncio.run(result)
    return result if isinstance(result, int) else 0


def main(argv: Sequence[str] | None = None) -> int:
    try:
        settings = load_settings()
    except SettingsError as e:
        print(f"studybot: {e}", file=sys.stderr)
        return 2
    args = _parser(settings).parse_args(argv)
    logging.basicConfig(
        level=settings.log_level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if args.cmd in ("export", "ask", "chat") and str(args.db) != ":memory:" and not Path(args.db).is_file():
        print(
            f"studybot: no database at {args.db}: add articles with `studybot ingest --db {args.db} FOLDER`"
            " (or `studybot run`, which loads seeds/)",
            file=sys.stderr,
        )
        return 2
    try:
        if args.cmd == "ingest":
            return asyncio.run(_ingest(args))
        if args.cmd == "export":
            return asyncio.run(_export(args))
        if args.cmd == "ask":
            return asyncio.run(_ask(args, settings))
        if args.cmd == "chat":
            return asyncio.run(_chat(args.db, args.guild, settings))
        if args.cmd == "run":
            return _run(settings)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
