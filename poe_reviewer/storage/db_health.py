"""What can go wrong with the review database, each said in one sentence a reviewer can act on.

The errors :mod:`poe_reviewer.storage.db` raises (a database that is not there, damaged, newer than
this program), the PostgreSQL timeouts (``POE_REVIEWER_PG_CONNECT_TIMEOUT``,
``POE_REVIEWER_PG_STATEMENT_TIMEOUT``, ``POE_REVIEWER_PG_LOCK_TIMEOUT``, in seconds, 0 for no limit)
and SQLite's wait for another writer, the translation of what the driver reports when a write or a
read gives up waiting (:func:`write_error`, :func:`on_error`), and where the backups to restore are
(:func:`latest_backup`). :mod:`poe_reviewer.storage.db` re-exports what the rest of the program uses.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import sqlite3
from pathlib import Path

from sqlalchemy import make_url
from sqlalchemy.engine import URL, ExceptionContext
from sqlalchemy.exc import ArgumentError, DBAPIError

from poe_reviewer.errors import PoeReviewerError

#: Execution option that makes an SQLite transaction take the write lock at BEGIN.
WRITE = "poe_write"
#: How long an SQLite connection waits for another writer before giving up (seconds).
SQLITE_BUSY_TIMEOUT = 30.0
#: PostgreSQL timeouts (seconds): the environment variable and its default.
PG_CONNECT_TIMEOUT = ("POE_REVIEWER_PG_CONNECT_TIMEOUT", 10.0)
PG_STATEMENT_TIMEOUT = ("POE_REVIEWER_PG_STATEMENT_TIMEOUT", 60.0)
PG_LOCK_TIMEOUT = ("POE_REVIEWER_PG_LOCK_TIMEOUT", 10.0)
#: Where backups go, beside the database file.
BACKUP_FOLDER = "backups"
#: SQLite's primary result codes for a damaged file, and for a writer that waited too long.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_BUSY = 5


class DatabaseError(PoeReviewerError):
    """The review database cannot be opened or used."""


class MissingDatabaseError(DatabaseError):
    """There is no review database where the user pointed, and they did not ask for a new one."""


class DamagedDatabaseError(DatabaseError):
    """SQLite reports the file damaged; nothing was written to it."""

    def __init__(self, where: str, what: str, db_path: Path | None = None) -> None:
        self.where = where
        self.what = what
        self.backup = latest_backup(db_path) if db_path is not None else None
        if self.backup is not None:
            made = dt.datetime.fromtimestamp(self.backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
            advice = f". Restore the last backup: {self.backup} (made {made})"
        elif db_path is not None:
            advice = (
                f"; no backup was found in {backup_folder(db_path)}: make one with `poe-reviewer backup` once it "
                "is restored"
            )
        else:
            advice = ""
        super().__init__(f"the review database {where} is damaged ({what}); nothing was written to it{advice}")


class NewerDatabaseError(DatabaseError):
    """The database's schema is newer than this program knows."""

    def __init__(self, found: str, known: str) -> None:
        self.found = found
        self.known = known
        super().__init__(
            f"This database was written by a newer POE Reviewer (schema {found}); this program knows up to "
            f"{known}. Update POE Reviewer to open it."
        )


# -- messages ----------------------------------------------------------------------------------------------
def hide_password(text_: str) -> str:
    return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", text_)


def display_url(url: str | URL) -> str:
    """The URL with any password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid database URL>"


def one_line(exc: object) -> str:
    return " ".join(str(exc).split())


def sqlite_path(url: str | URL) -> Path | None:
    """The file of an SQLite URL (absolute), or None: PostgreSQL, in-memory or ``file:`` URI databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if not database or database == ":memory:" or database.startswith("file:") or parsed.query.get("uri"):
        return None
    return Path(database).expanduser().absolute()


def check_findings(rows: list[str]) -> str:
    what = "; ".join(one_line(r) for r in rows[:3]) + ("; …" if len(rows) > 3 else "")
    return what if len(what) <= 300 else what[:299] + "…"


# -- timeouts ----------------------------------------------------------------------------------------------
def _seconds(setting: tuple[str, float]) -> float:
    name, default = setting
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not math.isfinite(value) or value < 0:
        raise DatabaseError(f"{name} must be a number of seconds (0 for no limit), not {raw!r}")
    return value


def pg_connect_timeout() -> int:
    """Seconds to wait for PostgreSQL to answer a new connection (0: no limit; psycopg waits at least 2)."""
    value = _seconds(PG_CONNECT_TIMEOUT)
    return 0 if value == 0 else max(2, math.ceil(value))


def pg_statement_timeout() -> float:
    return _seconds(PG_STATEMENT_TIMEOUT)


def pg_lock_timeout() -> float:
    return _seconds(PG_LOCK_TIMEOUT)


def _seconds_text(value: float) -> str:
    return f"{value:g} s"


# -- backups to restore ------------------------------------------------------------------------------------
def backup_folder(db_path: Path) -> Path:
    return db_path.parent / BACKUP_FOLDER


def _backup_name(db_path: Path) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(db_path.stem)}-\d{{8}}-\d{{6}}(-\d+)?\.sqlite3")


def latest_backup(db_path: Path) -> Path | None:
    """The newest backup of this database in its backups folder, if any."""
    folder = backup_folder(db_path)
    pattern = _backup_name(db_path)
    try:
        found = [p for p in folder.iterdir() if pattern.fullmatch(p.name) and p.is_file()]
    except OSError:
        return None
    return max(found, key=lambda p: (p.stat().st_mtime, p.name), default=None)


# -- errors the database reports --------------------------------------------------------------------------
def is_damage(exc: BaseException) -> bool:
    if isinstance(exc, DBAPIError):
        exc = exc.orig  # type: ignore[assignment]
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    message = str(exc)
    return isinstance(exc, sqlite3.DatabaseError) and (
        "malformed" in message or "not a database" in message or "is corrupt" in message
    )


def _is_sqlite_busy(orig: BaseException | None) -> bool:
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == _SQLITE_BUSY
    return isinstance(orig, sqlite3.OperationalError) and "database is locked" in str(orig)


def damaged(path: Path | None, where: str, what: str) -> DamagedDatabaseError:
    return DamagedDatabaseError(str(path) if path else where, what, path)


def write_error(exc: DBAPIError, url: str) -> DatabaseError:
    """The sentence for a write transaction the database refused or gave up on (``url``: as displayed)."""
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate == "55P03":  # lock_not_available: lock_timeout ran out
        return DatabaseError(
            f"another reviewer holds this claim (the database waited {_seconds_text(pg_lock_timeout())} for their "
            "change to finish); try again in a moment"
        )
    if sqlstate == "57014":  # query_canceled: statement_timeout ran out
        return DatabaseError(
            f"the review database {url} did not finish saving within {_seconds_text(pg_statement_timeout())}, so "
            "the change was cancelled and nothing was saved; try again in a moment"
        )
    if _is_sqlite_busy(orig):
        return DatabaseError(
            f"another reviewer's program is writing to the review database {url} (this one waited "
            f"{_seconds_text(SQLITE_BUSY_TIMEOUT)} for it to finish); nothing was saved; try again in a moment"
        )
    if is_damage(exc):
        path = sqlite_path(url) if url.startswith("sqlite") else None
        return damaged(path, url, one_line(orig or exc))
    return DatabaseError(f"the review database {url} could not be written: {one_line(orig or exc)}")


def _read_error(ctx: ExceptionContext) -> DatabaseError | None:
    """Timeouts and locks met by a read (writes are translated by the store's write transaction)."""
    if ctx.is_disconnect or ctx.is_pre_ping:
        return None
    if ctx.connection is not None and ctx.connection.get_execution_options().get(WRITE):
        return None
    orig = ctx.original_exception
    sqlstate = getattr(orig, "sqlstate", None)
    url = display_url(ctx.engine.url) if ctx.engine is not None else "<review database>"
    if sqlstate == "57014":
        return DatabaseError(
            f"the review database {url} did not answer within {_seconds_text(pg_statement_timeout())}; "
            "try again in a moment"
        )
    if sqlstate == "55P03":
        return DatabaseError(
            f"another reviewer's change is holding up the review database {url} (waited "
            f"{_seconds_text(pg_lock_timeout())}); try again in a moment"
        )
    if _is_sqlite_busy(orig):
        return DatabaseError(
            f"another program is using the review database {url} (this one waited "
            f"{_seconds_text(SQLITE_BUSY_TIMEOUT)}); try again in a moment"
        )
    return None


def on_error(ctx: ExceptionContext) -> None:
    translated = _read_error(ctx)
    if translated is not None:
        raise translated
