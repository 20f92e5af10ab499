"""Read article files, extract them (in worker processes when there are many), store them.

One unreadable or failing article never spoils the rest: it is reported with a specific message and
counted as failed. Extraction is pure and CPU-bound, so it runs in a process pool; every write stays in
the calling process, one transaction per article.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from bot.extract import extract_article
from bot.extract.records import Article
from bot.store import IngestStatus, Store, content_hash_of

#: Above this many files, extraction runs in a process pool and a progress bar is shown.
MANY_FILES = 20
WORKERS = 2
ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")


class IngestError(Exception):
    """An article that cannot be ingested; the message says why."""


@dataclass
class IngestSummary:
    files: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    people: int = 0
    quotes: int = 0

    @property
    def failed(self) -> int:
        return len(self.failures)

    def line(self) -> str:
        c = self.counts
        return (
            f"ingested {self.files} file{'s' if self.files != 1 else ''}: {c['added']} added, "
            f"{c['replaced']} replaced, {c['unchanged']} unchanged, {self.failed} failed "
            f"(people {self.people}, quotes {self.quotes}) in {self.seconds:.1f} s"
        )


def decode(data: bytes) -> str:
    """Text of an article file: UTF-8 (with or without BOM), else Windows-1252, else Latin-1."""
    if b"\x00" in data:
        raise IngestError("not a text file (contains NUL bytes)")
    for enc in ENCODINGS:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise IngestError("cannot decode as UTF-8, cp1252 or latin-1")  # unreachable: latin-1 decodes anything


def _normalise_source(path: str) -> str:
    return os.path.normpath(path).replace(os.sep, "/")


def collect(sources: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[str, Path | None, str | None]]:
    """Yield (source key, path, error) for every file to ingest: folders recursively, sorted, .txt only."""
    for raw in sources:
        given = os.fspath(raw)
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix == ".txt")
            for p in files:
                yield _normalise_source(os.path.join(given, os.path.relpath(p, path))), p, None
        elif path.is_file():
            yield _normalise_source(given), path, None
        else:
            yield _normalise_source(given), None, "no such file or folder"


def extract_text(text: str, source: str) -> Article:
    """Extract one article's text; every failure becomes an IngestError that says what went wrong."""
    if not text.strip():
        raise IngestError("empty file")
    try:
        return extract_article(text, source)
    except Exception as e:  # a bug in extraction must name the article, not kill the batch
        raise IngestError(f"extraction failed: {type(e).__name__}: {e}") from None


def _job(data: bytes, source: str) -> tuple[Article | None, str | None]:
    """Decode and extract one file (runs in a worker process): (article, None) or (None, why)."""
    try:
        return extract_text(decode(data), source), None
    except IngestError as e:
        return None, str(e)


async def ingest_text(store: Store, text: str, source: str, *, guild_id: int | None = None) -> IngestStatus:
    """Extract and store one article given as text (e.g. a file a member uploaded)."""
    article = extract_text(text, source)
    status = await store.put_article(
        article, source=source, content_hash=content_hash_of(text), guild_id=guild_id
    )
    if status != "unchanged":
        await store.resolve_roles()
    return status


def _pool(workers: int) -> Executor:
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx)


async def ingest_paths(
    store: Store,
    sources: Sequence[str | os.PathLike[str]],
    *,
    guild_id: int | None = None,
    force: bool = False,
    workers: int = WORKERS,
    err: TextIO | None = None,
    progress: bool | None = None,
    on_result: Callable[[str, str], None] | None = None,
) -> IngestSummary:
    """Ingest files and folders. Failures go to `err` (stderr by default); returns the summary.

    `force` re-extracts files whose content is unchanged (after the extraction rules changed).
    `progress`: None shows a bar on stderr for many files when stderr is a terminal.
    """
    err = err if err is not None else sys.stderr
    started = time.perf_counter()
    summary = IngestSummary()
    items = list(collect(sources))
    summary.files = len(items)
    known = {} if force else await store.content_hashes(guild_id)

    def fail(source: str, why: str) -> None:
        summary.failures.append((source, why))
        print(f"studybot ingest: {source}: {why}", file=err, flush=True)
        if on_result:
            on_result(source, "failed")

    def done(source: str, status: str) -> None:
        summary.counts[status] += 1
        if on_result:
            on_result(source, status)

    # Read every file first (cheap), so unchanged ones never reach extraction.
    todo: list[tuple[str, bytes, str]] = []
    for source, path, problem in items:
        if problem or path is None:
            fail(source, problem or "unreadable")
            continue
        try:
            data = path.read_bytes()
        except OSError as e:
            fail(source, f"cannot read: {e.strerror or e}")
            continue
        digest = content_hash_of(data)
        if known.get(source) == digest:
            done(source, "unchanged")
            continue
        todo.append((source, data, digest))

    many = len(todo) > MANY_FILES
    show = progress if progress is not None else (many and err.isatty())
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), unit="file", desc="ingest", file=err, leave=False)

    async def write(source: str, digest: str, article: Article | None, why: str | None) -> None:
        if article is None:
            fail(source, why or "extraction failed")
        else:
            try:
                status = await store.put_article(
                    article, source=source, content_hash=digest, guild_id=guild_id, force=force
                )
            except Exception as e:
                fail(source, f"cannot store: {type(e).__name__}: {e}")
            else:
                done(source, status)
        if bar is not None:
            bar.update(1)

    try:
        if many and workers > 1:
            loop = asyncio.get_running_loop()
            with _pool(workers) as pool:
                futures = [loop.run_in_executor(pool, _job, data, source) for source, data, _ in todo]
                broken = False
                try:
                    for (source, data, digest), fut in zip(todo, futures, strict=True):
                        if not broken:
                            try:
                                article, why = await fut
                            except BrokenProcessPool:
                                # No usable pool here (workers cannot start): do the rest in-process.
                                broken = True
                        if broken:
                            article, why = _job(data, source)
                        await write(source, digest, article, why)
                finally:
                    for fut in futures:
                        fut.cancel()
        else:
            for source, data, digest in todo:
                article, why = _job(data, source)
                await write(source, digest, article, why)
    finally:
        if bar is not None:
            bar.close()

    if summary.counts["added"] or summary.counts["replaced"]:
        await store.resolve_roles()
    counts = await store.counts()
    summary.people, summary.quotes = counts["people"], counts["quotes"]
    summary.seconds = time.perf_counter() - started
    return summary
