"""Shared bits of the benchmark and scoring scripts in bench/ (standard library + project code).

Every script here drives the real command line (`python -m bot.cli ...`) in a subprocess, on
temporary databases, so what is measured is what a user runs.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run with a Python that has not installed studybot
    sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"
EVAL = SHARED / "eval"
#: The BBC corpus (2,225 articles); never copied into the repository. STUDYBOT_BBC overrides it.
BBC = Path(os.environ.get("STUDYBOT_BBC") or SHARED / "corpora" / "bbc")


def cli(*args: str | os.PathLike[str]) -> list[str]:
    """The studybot command line as this Python runs it."""
    return [sys.executable, "-m", "bot.cli", *map(str, args)]


def run(cmd: list[str], *, timeout: float = 600, **kw) -> subprocess.CompletedProcess[str]:
    """Run a command from the project root, capturing its output as text."""
    kw.setdefault("capture_output", True)
    return subprocess.run(cmd, cwd=ROOT, text=True, timeout=timeout, **kw)


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def ratio(a: float, b: float) -> str:
    return f"{a / b:.1f}x" if b > 0 else "-"
