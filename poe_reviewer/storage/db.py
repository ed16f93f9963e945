"""Open the review database by URL, on purpose; check it, migrate it, back it up.

* Which database: ``--db URL``, else ``POE_REVIEWER_DB``, else the default SQLite file in the user's
  data folder (``platformdirs.user_data_dir("poe-reviewer")``). A value without ``://`` is an SQLite
  file path. What is neither a URL nor a plausible path (``::::``), a scheme other than SQLite and
  PostgreSQL, or a driver that is not installed is refused in one line. Messages hide passwords.
* Opened on purpose: :func:`open_engine` takes ``create``. With ``create=False`` a database that does
  not exist is refused (:class:`MissingDatabaseError`): a missing or empty SQLite file, or a database
  without this program's schema (no ``alembic_version`` table). The front ends pass ``create=True``
  only on first run (the default database, no ``--db`` nor ``POE_REVIEWER_DB``; the workbench's sample
  queue) or for ``--create``. The default is ``create=True`` for library use and tests: the rule is
  the front ends', who ask for it explicitly. Folders are made only for the user's data folder; a new
  file elsewhere needs its folder, and a missing one is named.
* Integrity: an existing SQLite file gets ``PRAGMA quick_check`` on a connection of its own, before
  the engine touches it or a migration runs; a damaged file is refused (:class:`DamagedDatabaseError`)
  with what SQLite said and the newest backup to restore (:func:`latest_backup`), or where none was
  found; damage SQLite reports later while opening gets the same message. :func:`check_integrity` is
  the same check on an open engine (``integrity_check`` when ``full``); nothing on PostgreSQL.
* Backups: :func:`backup_sqlite` copies with SQLite's online backup API (consistent while others
  write) to ``<database folder>/backups/<stem>-YYYYMMDD-HHMMSS.sqlite3`` by default, never over an
  existing file, and checks the copy (``integrity_check``). PostgreSQL: :func:`pg_dump_command`.
* SQLite runs in WAL mode with foreign keys on and ``synchronous=FULL`` (a commit that returned is on
  disk); write transactions start with ``BEGIN IMMEDIATE`` (one writer at a time, taken up front, so
  two processes never deadlock upgrading a read to a write), waiting up to :data:`SQLITE_BUSY_TIMEOUT`
  seconds for another writer.
* PostgreSQL by URL (``postgresql+psycopg://user@host/db``) with a connect timeout (10 s), a statement
  timeout (60 s) and a lock timeout (10 s), in seconds from ``POE_REVIEWER_PG_CONNECT_TIMEOUT``,
  ``POE_REVIEWER_PG_STATEMENT_TIMEOUT``, ``POE_REVIEWER_PG_LOCK_TIMEOUT`` (0: no limit of ours, the
  server's own setting applies; psycopg waits at least 2 s to connect). Migrations run without the
  statement timeout.
* A server that does not answer in time is "cannot reach ... within N s"; a write that waited too long
  for another reviewer (a lock, SQLite's busy writer) or ran out of time is refused with a sentence
  saying so, nothing saved (:func:`write_error`); reads likewise.

The Alembic migrations (``poe_reviewer/storage/migrations``, inside the package so an installed program
finds them) run on open. A database whose schema revision this program does not know was written by a
newer program and is refused with a clear message, before anything is written to it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from functools import cache
from pathlib import Path
from typing import Any

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from poe_reviewer.storage.db_health import (
    SQLITE_BUSY_TIMEOUT,
    WRITE,
    DamagedDatabaseError,
    DatabaseError,
    MissingDatabaseError,
    NewerDatabaseError,
    backup_folder,
    check_findings,
    damaged,
    display_url,
    hide_password,
    is_damage,
    latest_backup,
    on_error,
    one_line,
    pg_connect_timeout,
    pg_lock_timeout,
    pg_statement_timeout,
    sqlite_path,
    write_error,
)

#: What the rest of the program takes from here (the health module's errors and messages included).
__all__ = [
    "APP_NAME",
    "ENV_VAR",
    "SQLITE_BUSY_TIMEOUT",
    "WRITE",
    "DamagedDatabaseError",
    "DatabaseError",
    "MissingDatabaseError",
    "NewerDatabaseError",
    "alembic_config",
    "backup_folder",
    "backup_sqlite",
    "check_integrity",
    "create_db_engine",
    "current_revision",
    "data_folder",
    "default_path",
    "default_url",
    "display_url",
    "head_revision",
    "is_default",
    "latest_backup",
    "migrate",
    "open_engine",
    "parse_url",
    "pg_dump_command",
    "resolve_url",
    "sqlite_path",
    "write_error",
]

ENV_VAR = "POE_REVIEWER_DB"
APP_NAME = "poe-reviewer"
DEFAULT_FILE = "reviews.sqlite3"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: PostgreSQL advisory lock key held while migrating ("POE" in ASCII).
_MIGRATION_LOCK = 0x504F45
_PG_DRIVERS_WITH_LIBPQ_OPTIONS = ("psycopg", "psycopg2")
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


# -- which database ---------------------------------------------------------------------------------------
def data_folder() -> Path:
    """The user's data folder: the default database, the sample queue's, their backups."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_path() -> Path:
    return data_folder() / DEFAULT_FILE


def default_url() -> str:
    return f"sqlite:///{default_path()}"


def is_default(url: str | None) -> bool:
    """True when nothing names a database (no URL, no ``POE_REVIEWER_DB``): the default file, made on first run."""
    return not url and not os.environ.get(ENV_VAR)


def resolve_url(url: str | None = None) -> str:
    """The database URL to use: the one given, ``POE_REVIEWER_DB``, or the default SQLite file."""
    chosen = url or os.environ.get(ENV_VAR) or ""
    if not chosen:
        return default_url()
    if "://" not in chosen:  # a file path
        return f"sqlite:///{Path(chosen).expanduser().resolve()}"
    return chosen


def parse_url(url: str | None) -> URL:
    """The URL the user meant (see :func:`resolve_url`), parsed; one clear error for what is no database URL."""
    chosen = url or os.environ.get(ENV_VAR) or ""
    if (
        chosen
        and "://" not in chosen
        and ":" in chosen
        and not _WINDOWS_DRIVE.match(chosen)
        and not Path(chosen).expanduser().exists()
    ):
        raise DatabaseError(
            f"{hide_password(chosen)!r} is not a database URL or an SQLite file path (a URL looks like "
            "postgresql+psycopg://user@host/db or sqlite:////path/to/reviews.sqlite3)"
        )
    resolved = resolve_url(url)
    try:
        parsed = make_url(resolved)
    except ArgumentError as exc:
        raise DatabaseError(f"{hide_password(resolved)!r} is not a database URL ({exc})") from None
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise DatabaseError(
            f"cannot use the database {display_url(parsed)}: {parsed.drivername!r} is not a database POE Reviewer "
            "uses (an SQLite file path, sqlite:///PATH, or postgresql+psycopg://user@host/db)"
        )
    return parsed


# -- PostgreSQL timeouts ------------------------------------------------------------------------------------
def _pg_connect_args(parsed: URL) -> tuple[URL, dict[str, Any]]:
    """psycopg's connect timeout, and the statement and lock timeouts as the session's settings
    (a timeout of 0 is not sent: the server's own setting applies, and a pooler that refuses
    startup options can still be used)."""
    if parsed.get_driver_name() not in _PG_DRIVERS_WITH_LIBPQ_OPTIONS:
        return parsed, {}
    settings = [
        f"-c {name}={round(seconds * 1000)}"
        for name, seconds in (("statement_timeout", pg_statement_timeout()), ("lock_timeout", pg_lock_timeout()))
        if seconds > 0
    ]
    theirs = parsed.query.get("options")
    if isinstance(theirs, str) and theirs.strip():
        settings.append(theirs)  # the URL's own settings come last and win
        parsed = parsed.difference_update_query(["options"])
    args: dict[str, Any] = {"connect_timeout": pg_connect_timeout()}
    if settings:
        args["options"] = " ".join(settings)
    return parsed, args


# -- the engine ---------------------------------------------------------------------------------------------
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


def create_db_engine(url: str | URL | None = None) -> Engine:
    """An engine for ``url`` (see :func:`resolve_url`), configured but not checked, created or migrated."""
    parsed = url if isinstance(url, URL) else parse_url(url)
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT})
            event.listen(engine, "connect", _on_sqlite_connect)
            event.listen(engine, "begin", _on_sqlite_begin)
        else:
            parsed, connect_args = _pg_connect_args(parsed)
            engine = create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)
    except (NoSuchModuleError, ArgumentError) as exc:
        raise DatabaseError(f"cannot use the database {display_url(parsed)}: {one_line(exc)}") from None
    except ImportError as exc:
        raise DatabaseError(
            f"cannot use the database {display_url(parsed)}: its driver is not installed ({one_line(exc)}); "
            "POE Reviewer reaches PostgreSQL through psycopg: postgresql+psycopg://user@host/db"
        ) from None
    event.listen(engine, "handle_error", on_error)
    return engine


# -- migrations ---------------------------------------------------------------------------------------------
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
            # a migration may take long on a big queue: no statement timeout for it (locks still time out)
            conn.execute(text("SET LOCAL statement_timeout = 0"))
            # two programs opening a fresh database at once: the second waits, then finds it migrated
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        current = current_revision(conn)
        _refuse_unknown(current)
        if current != (head,):
            command.upgrade(alembic_config(conn), "head")


# -- opening on purpose -------------------------------------------------------------------------------------
def _sqlite_file_exists(path: Path, *, create: bool) -> bool:
    """Whether the SQLite file holds a database; refuse a missing one unless ``create``, and make
    no folder but the user's data folder."""
    if path.is_dir():
        raise DatabaseError(f"the review database {path} is a folder, not a database file; check the path")
    wal = path.with_name(path.name + "-wal")
    if path.exists() and (path.stat().st_size > 0 or (wal.exists() and wal.stat().st_size > 0)):
        return True
    if not create:
        if path.exists():
            raise MissingDatabaseError(
                f"the review database file {path} is empty; check the path, or pass --create to start a new one in it"
            )
        raise MissingDatabaseError(
            f"there is no review database at {path}; check the path, or pass --create to start a new one"
        )
    folder = path.parent
    if not folder.is_dir():
        if folder != data_folder():
            raise DatabaseError(
                f"cannot create the review database {path}: there is no folder {folder}; check the path, or "
                "create the folder first"
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"cannot create the data folder {folder}: {exc}") from None
    return False


def _quick_check_file(path: Path, *, need_schema: bool) -> None:
    """``PRAGMA quick_check`` on a connection of its own that writes nothing and never creates the file;
    with ``need_schema``, refuse an SQLite file that is not a review database (before WAL mode is set)."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=SQLITE_BUSY_TIMEOUT, isolation_level=None)
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot open the review database {path}: {exc}") from None
    try:
        conn.execute("PRAGMA query_only=1")
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
        ours = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone()
    except sqlite3.Error as exc:
        if is_damage(exc):
            raise damaged(path, str(path), one_line(exc)) from None
        raise DatabaseError(f"cannot open the review database {path}: {one_line(exc)}") from None
    finally:
        conn.close()
    if rows != ["ok"]:
        raise damaged(path, str(path), check_findings(rows))
    if need_schema and ours is None:
        raise MissingDatabaseError(
            f"there is no review database in {path} (an SQLite file without POE Reviewer's tables); check the "
            "path, or pass --create to add them to it"
        )


def check_integrity(engine: Engine, *, full: bool) -> None:
    """Refuse a damaged SQLite database (``PRAGMA quick_check``, ``integrity_check`` when ``full``)
    with :class:`DamagedDatabaseError`; nothing to do on PostgreSQL."""
    if engine.dialect.name != "sqlite":
        return
    path = sqlite_path(engine.url)
    where = display_url(engine.url)
    try:
        with engine.connect() as conn:
            rows = [str(r[0]) for r in conn.exec_driver_sql(f"PRAGMA {'integrity_check' if full else 'quick_check'}")]
            conn.rollback()
    except DBAPIError as exc:
        if is_damage(exc):
            raise damaged(path, where, one_line(exc.orig)) from None
        raise DatabaseError(f"cannot check the review database {where}: {one_line(exc.orig)}") from exc
    if rows != ["ok"]:
        raise damaged(path, where, check_findings(rows))


def _first_contact(engine: Engine, *, create: bool) -> None:
    """Connect once (a clear message for a server that cannot be reached) and, unless ``create``,
    refuse a database without this program's schema."""
    where = display_url(engine.url)
    try:
        conn = engine.connect()
    except DBAPIError as exc:
        orig = exc.orig
        if engine.dialect.name == "postgresql":
            timeout = pg_connect_timeout()
            if timeout and (type(orig).__name__ == "ConnectionTimeout" or "timeout expired" in str(orig)):
                raise DatabaseError(
                    f"cannot reach the review database {where} within {timeout} s: {one_line(orig)}"
                ) from None
            raise DatabaseError(f"cannot connect to the review database {where}: {one_line(orig)}") from None
        raise
    with conn:
        if not create and not inspect(conn).has_table("alembic_version"):
            raise MissingDatabaseError(
                f"there is no review database at {where} (the database has no POE Reviewer tables); check the URL, "
                "or pass --create to start a new one"
            )
        conn.rollback()


def open_engine(url: str | None = None, *, create: bool = True, upgrade: bool = True) -> Engine:
    """Open, check and migrate the review database (see the module's docstring for ``create``);
    ``upgrade=False`` leaves its schema as it is (a backup copies the file as it was)."""
    parsed = parse_url(url)
    path = sqlite_path(parsed)
    if path is not None and _sqlite_file_exists(path, create=create):
        _quick_check_file(path, need_schema=not create)
    engine = create_db_engine(parsed)
    try:
        _first_contact(engine, create=create)
        if upgrade:
            migrate(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except (SQLAlchemyError, CommandError, OSError, sqlite3.Error) as exc:
        engine.dispose()
        where = display_url(engine.url)
        if is_damage(exc):
            orig = exc.orig if isinstance(exc, DBAPIError) else exc
            raise damaged(path, where, one_line(orig)) from None
        detail = exc.orig if isinstance(exc, DBAPIError) else exc
        raise DatabaseError(f"cannot open the review database {where}: {one_line(detail)}") from exc
    return engine


# -- backups ------------------------------------------------------------------------------------------------
def _new_backup_file(db_path: Path, out: Path | None) -> Path:
    """Claim the backup's file (created empty, exclusively: never over an existing one)."""
    if out is None:
        folder = backup_folder(db_path)
        try:
            folder.mkdir(exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"cannot create the backup folder {folder}: {exc}") from None
        stem = f"{db_path.stem}-{dt.datetime.now():%Y%m%d-%H%M%S}"
        candidates = [folder / f"{stem}.sqlite3"] + [folder / f"{stem}-{n}.sqlite3" for n in range(2, 100)]
    else:
        out = out.expanduser().absolute()
        if not out.parent.is_dir():
            raise DatabaseError(f"cannot write the backup {out}: there is no folder {out.parent}")
        candidates = [out]
    for candidate in candidates:
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        except OSError as exc:
            raise DatabaseError(f"cannot write the backup {candidate}: {exc}") from None
        os.close(fd)
        return candidate
    raise DatabaseError(f"{candidates[0]} already exists: a backup never replaces a file; choose another name")


def backup_sqlite(engine: Engine, out: Path | None = None) -> Path:
    """A consistent copy of the SQLite database (SQLite's online backup API), integrity-checked; its path."""
    db_path = sqlite_path(engine.url)
    if db_path is None:
        raise DatabaseError(f"{display_url(engine.url)} is not an SQLite file: there is nothing to copy")
    target = _new_backup_file(db_path, out)
    try:
        raw = engine.raw_connection()
        try:
            copy = sqlite3.connect(target, isolation_level=None)
            try:
                raw.driver_connection.backup(copy)  # type: ignore[union-attr]
                copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
                rows = [str(r[0]) for r in copy.execute("PRAGMA integrity_check")]
            finally:
                copy.close()
        finally:
            raw.close()
        if rows != ["ok"]:
            raise DatabaseError(
                f"the backup of {db_path} failed its integrity check ({check_findings(rows)}); it was removed"
            )
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        if is_damage(exc):
            raise damaged(db_path, str(db_path), one_line(exc)) from None
        raise DatabaseError(f"cannot back up the review database {db_path} to {target}: {one_line(exc)}") from None
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def pg_dump_command(url: str | URL, today: dt.date | None = None) -> str:
    """The ``pg_dump`` command that backs up a PostgreSQL review database (no password in it)."""
    parsed = url if isinstance(url, URL) else parse_url(url)
    bare = URL.create("postgresql", parsed.username, None, parsed.host, parsed.port, parsed.database, parsed.query)
    libpq = bare.render_as_string(hide_password=False)
    quoted = "'" + libpq.replace("'", "'\"'\"'") + "'"
    return f"pg_dump --format=custom --file=poe-{today or dt.date.today():%Y%m%d}.dump {quoted}"
