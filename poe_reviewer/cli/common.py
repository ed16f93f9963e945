"""Exit statuses and what every queue command shares: the store it opens (on purpose), a progress bar."""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from poe_reviewer.application.queue import ReviewQueue


EXIT_OK = 0
EXIT_BUNDLE_ERROR = 1
EXIT_USAGE = 2


def open_store(args: argparse.Namespace, **kwargs: Any) -> ReviewQueue:
    """The queue in the database ``--db`` names, opened on purpose: created only on first run (the
    default database) or with ``--create``; refused when missing, damaged or not a database URL."""
    from poe_reviewer.application.database import first_run, open_queue

    db: str | None = getattr(args, "db", None)
    return open_queue(db, create=bool(getattr(args, "create", False)) or first_run(db), **kwargs)


def progress_bar(stream: TextIO, width: int = 30) -> Callable[[int, int, str], None]:
    """A one-line text progress bar, redrawn in place; silent when ``stream`` is not a terminal."""
    if not stream.isatty():
        return lambda done, total, name: None

    def draw(done: int, total: int, name: str) -> None:
        filled = width * done // total if total else width
        columns = shutil.get_terminal_size((100, 20)).columns
        label = name if len(name) <= 40 else "…" + name[-39:]
        line = f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {label}"
        stream.write("\r" + line[: columns - 1].ljust(columns - 1))
        if done >= total:
            stream.write("\n")
        stream.flush()

    return draw
