"""The review database as the front ends open it: on purpose, checked, and backed up.

The command line and the workbench open the queue here, never with ``ReviewQueue(url)`` (which
creates a database that is not there, as library code and tests want): :func:`open_queue`
creates one only when asked to, that is on first run (:func:`first_run`: the default database,
nothing naming another) or for ``--create``; anything else that does not exist, is damaged or is
not a database URL is refused with one sentence (storage/db.py has the rules).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from poe_reviewer.application.queue import ReviewQueue
from poe_reviewer.storage import db


def first_run(url: str | None) -> bool:
    """True when nothing names a database (no ``--db``, no ``POE_REVIEWER_DB``): the default one, made if missing."""
    return db.is_default(url)


def default_url() -> str:
    """The default database's URL (an SQLite file in the user's data folder)."""
    return db.default_url()


def open_queue(url: str | None, *, create: bool = False, **options: Any) -> ReviewQueue:
    """The queue in the database ``url`` names, created only when ``create``; checked and migrated."""
    engine = db.open_engine(url, create=create)
    try:
        return ReviewQueue(engine=engine, **options)
    except BaseException:
        engine.dispose()
        raise


@dataclass(frozen=True)
class Backup:
    """What ``poe-reviewer backup`` did: the copy it wrote (SQLite), or the command to run (PostgreSQL)."""

    database: str
    copy: Path | None = None
    command: str | None = None


def backup(url: str | None, out: Path | None = None) -> Backup:
    """Back up the review database: an SQLite file is copied (consistent, checked, never over a file);
    for PostgreSQL nothing is done, nor connected to: the answer is the ``pg_dump`` command to run."""
    parsed = db.parse_url(url)
    if parsed.get_backend_name() == "postgresql":
        return Backup(db.display_url(parsed), command=db.pg_dump_command(parsed))
    engine = db.open_engine(url, create=False, upgrade=False)
    try:
        return Backup(str(db.sqlite_path(engine.url) or db.display_url(engine.url)), copy=db.backup_sqlite(engine, out))
    finally:
        engine.dispose()
