"""Open the review database by URL and bring its schema up to date.

* No URL: ``POE_REVIEWER_DB``, else an SQLite file in the user's data directory
  (``platformdirs.user_data_dir("poe-reviewer")``). A plain file path is an SQLite file.
* SQLite runs in WAL mode with foreign keys on and ``synchronous=FULL``: a commit that
  returned is on disk. Write transactions start with ``BEGIN IMMEDIATE`` (one writer at a
  time, taken up front), so two processes never deadlock upgrading a read to a write.
* PostgreSQL by URL (``postgresql+psycopg://user@host/db``).

The Alembic migrations (``poe_reviewer/storage/migrations``, inside the package so an
installed program finds them) run on open. A database whose schema revision this program
does not know was written by a newer program and is refused with a clear message,
before anything is written to it.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from poe_reviewer.errors import PoeReviewerError

ENV_VAR = "POE_REVIEWER_DB"
APP_NAME = "poe-reviewer"
DEFAULT_FILE = "reviews.sqlite3"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: Execution option that makes an SQLite transaction take the write lock at BEGIN.
WRITE = "poe_write"
#: PostgreSQL advisory lock key held while migrating ("POE" in ASCII).
_MIGRATION_LOCK = 0x504F45
#: How long an SQLite connection waits for another writer before giving up (seconds).
SQLITE_BUSY_TIMEOUT = 30.0


class DatabaseError(PoeReviewerError):
    """The review database cannot be opened or used."""


class NewerDatabaseError(DatabaseError):
    """The database's schema is newer than this program knows."""

    def __init__(self, found: str, known: str) -> None:
        self.found = found
        self.known = known
        super().__init__(
            f"This database was written by a newer POE Reviewer (schema {found}); this program knows up to "
            f"{known}. Update POE Reviewer to open it."
        )


def default_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILE


def resolve_url(url: str | None = None) -> str:
    """The database URL to use: the one given, ``POE_REVIEWER_DB``, or the default SQLite file."""
    chosen = url or os.environ.get(ENV_VAR) or ""
    if not chosen:
        path = default_path()
        return f"sqlite:///{path}"
    if "://" not in chosen:  # a file path
        return f"sqlite:///{Path(chosen).expanduser().resolve()}"
    return chosen


def display_url(url: str | URL) -> str:
    """The URL with any password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid database URL>"


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" hook issue BEGIN itself (pysqlite's implicit BEGIN is deferred
    # and skips SELECTs), and make every commit durable.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    try:
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT * 1000)}")
    finally:
        cur.close()


def _on_sqlite_begin(conn: Connection) -> None:
    if conn.get_execution_options().get(WRITE):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def create_db_engine(url: str | None = None) -> Engine:
    """An engine for ``url`` (see :func:`resolve_url`), configured but not migrated."""
    resolved = resolve_url(url)
    try:
        parsed = make_url(resolved)
    except ArgumentError as exc:
        raise DatabaseError(f"{resolved!r} is not a database URL ({exc})") from None
    try:
        if parsed.get_backend_name() == "sqlite":
            database = parsed.database or ""
            if database and database != ":memory:" and not database.startswith("file:"):
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT})
            event.listen(engine, "connect", _on_sqlite_connect)
            event.listen(engine, "begin", _on_sqlite_begin)
        else:
            engine = create_engine(parsed, pool_pre_ping=True)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        raise DatabaseError(f"cannot use the database {display_url(parsed)}: {exc}") from None
    except OSError as exc:
        raise DatabaseError(f"cannot create the database folder for {display_url(parsed)}: {exc}") from None
    return engine


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for the package's migrations (``connection`` is used by env.py)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None, "the migrations have no head"
    return head


def _refuse_unknown(current: tuple[str, ...]) -> None:
    script = _script()
    for rev in current:
        try:
            known = script.get_revision(rev)
        except CommandError:
            known = None
        if known is None:
            raise NewerDatabaseError(rev, head_revision())


def current_revision(conn: Connection) -> tuple[str, ...]:
    return tuple(MigrationContext.configure(conn).get_current_heads())


def migrate(engine: Engine) -> None:
    """Bring the schema to this program's head; refuse a database from a newer program."""
    head = head_revision()
    with engine.connect() as conn:
        current = current_revision(conn)
        conn.rollback()
    _refuse_unknown(current)
    if current == (head,):
        return
    with engine.execution_options(**{WRITE: True}).begin() as conn:
        if conn.dialect.name == "postgresql":
            # two programs opening a fresh database at once: the second waits, then finds it migrated
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        current = current_revision(conn)
        _refuse_unknown(current)
        if current != (head,):
            command.upgrade(alembic_config(conn), "head")


def open_engine(url: str | None = None) -> Engine:
    """Open (creating if needed) and migrate the review database."""
    engine = create_db_engine(url)
    try:
        migrate(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except (SQLAlchemyError, CommandError, OSError) as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open the review database {display_url(engine.url)}: {exc}") from exc
    return engine
