"""Databases opened on purpose, refused when damaged, backed up; PostgreSQL that hangs or holds a lock.

What a user notices, through ``poe-reviewer`` itself where possible: the exit status and the one
line on stderr. A database is made only on first run (the default one) or with ``--create``; a
path that leads nowhere, a URL that is no database URL, a damaged SQLite file are refused without
a traceback and without writing anything. The PostgreSQL half needs ``POE_TEST_PG_URL``
(``make test`` starts a throw-away server).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import re
import shutil
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from poe_reviewer.application.queue import ReviewQueue
from poe_reviewer.cli import main
from poe_reviewer.cli.parser import build_parser
from poe_reviewer.storage import db as dbmod
from poe_reviewer.storage import db_health
from tests.test_storage import make_bundle, pg_database

CLAIMS = ("A1", "A2", "A3")


# -- helpers ------------------------------------------------------------------------------------------------
def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("poe-reviewer: "), err
    assert "Traceback" not in err
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def scribble(path: Path, offset: int) -> None:
    """64 random bytes over the file at ``offset``, as a failing disk or a stray program would."""
    noise = bytes(random.Random(offset).randrange(256) for _ in range(64))
    with path.open("r+b") as f:
        f.seek(offset)
        f.write(noise)


def btree_pages(path: Path) -> list[int]:
    """The offsets of the b-tree pages of an SQLite file (pages whose damage SQLite notices)."""
    data = path.read_bytes()
    size = int.from_bytes(data[16:18], "big") or 65536
    pages = []
    for start in range(size, len(data), size):
        if data[start] in (2, 5, 10, 13):
            pages.append(start)
    return pages


@pytest.fixture(scope="module")
def filled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite review database with three claims, closed (its WAL folded in)."""
    root = tmp_path_factory.mktemp("filled")
    path = root / "queue.sqlite3"
    with ReviewQueue(str(path), actor="importer@example.com") as store:
        for cid in CLAIMS:
            store.import_bundle(make_bundle(root / "bundles" / cid, cid))
    return path


@pytest.fixture
def queue_db(filled_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "queue.sqlite3"
    shutil.copyfile(filled_db, path)
    return path


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh machine: HOME and the data folder in tmp_path, no POE_REVIEWER_DB."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.delenv(dbmod.ENV_VAR, raising=False)
    return tmp_path / "home" / "data" / "poe-reviewer"


# -- which database, on purpose -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("::::", "'::::' is not a database URL or an SQLite file path"),
        ("sqlite:relative.db", "is not a database URL or an SQLite file path"),
        ("postgresql+pg8000://poe:secret@db.example/q", "driver is not installed"),
        ("nosuchdb://poe:secret@db.example/q", "'nosuchdb' is not a database POE Reviewer uses"),
        ("mysql://poe:secret@db.example/q", "'mysql' is not a database POE Reviewer uses"),
    ],
)
def test_a_bad_url_is_one_clear_line(
    value: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--db", value, "queue"]) == 1
    line = one_error_line(capsys.readouterr().err)
    assert said in line
    assert "secret" not in line
    assert list(tmp_path.iterdir()) == [], "nothing was created"


def test_a_missing_file_is_refused_and_no_folder_is_made(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a" / "b" / "queue.sqlite"
    for value in (str(path), f"sqlite:///{path}"):
        assert main(["--db", value, "queue"]) == 1
        line = one_error_line(capsys.readouterr().err)
        assert line == (
            f"poe-reviewer: there is no review database at {path}; check the path, or pass --create to start a new one"
        )
    assert not (tmp_path / "a").exists()


def test_create_makes_the_file_but_not_its_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.sqlite3"
    assert main(["queue", "--db", str(path), "--create"]) == 0
    assert path.is_file()
    assert main(["--db", str(path), "queue"]) == 0, "it is there now: no --create needed"
    capsys.readouterr()

    deeper = tmp_path / "missing" / "new.sqlite3"
    assert main(["--create", "--db", str(deeper), "queue"]) == 1
    line = one_error_line(capsys.readouterr().err)
    assert f"there is no folder {deeper.parent}" in line
    assert not deeper.parent.exists()


def test_an_empty_file_is_not_taken_for_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "truncated.sqlite3"
    path.write_bytes(b"")
    assert main(["--db", str(path), "queue"]) == 1
    assert "is empty" in one_error_line(capsys.readouterr().err)
    assert path.read_bytes() == b""


def test_another_sqlite_file_is_not_taken_over(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (x)")
    conn.close()
    before = digest(path)
    assert main(["--db", str(path), "queue"]) == 1
    assert "without POE Reviewer's tables" in one_error_line(capsys.readouterr().err)
    assert digest(path) == before


def test_the_default_database_is_made_on_first_run(data_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert not data_home.exists()
    assert main(["queue"]) == 0
    assert (data_home / dbmod.DEFAULT_FILE).is_file()
    assert "The queue is empty." in capsys.readouterr().out


def test_the_environment_database_is_not_made_without_create(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv(dbmod.ENV_VAR, str(path))
    assert main(["queue"]) == 1
    assert "there is no review database at" in one_error_line(capsys.readouterr().err)
    assert main(["queue", "--create"]) == 0
    assert path.is_file()
    assert not data_home.exists(), "the default database was not made instead"


def test_db_and_create_are_accepted_before_and_after_every_command(
    queue_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():  # type: ignore[union-attr]
        options = {o for a in command._actions for o in a.option_strings}
        assert {"--db", "--create"} <= options, name
    other = tmp_path / "other.sqlite3"
    assert main(["queue", "--json", "--db", str(queue_db)]) == 0
    assert '"A1"' in capsys.readouterr().out
    assert main(["--db", str(queue_db), "queue", "--json"]) == 0
    assert '"A1"' in capsys.readouterr().out, "--db before the command is kept when not repeated after"
    assert main(["--db", str(queue_db), "queue", "--db", str(other)]) == 1, "the one after the command wins"
    assert str(other) in capsys.readouterr().err
    args = parser.parse_args(["check", "bundle", "--db", "x", "--create"])
    assert args.db == "x", "check accepts them too (it only reads a database, to compare with its decisions)"


# -- damaged files ------------------------------------------------------------------------------------------
def damaged_copies(queue_db: Path) -> list[tuple[int, Path]]:
    """Copies of the database each scribbled at one offset: the header (SQLite: "file is not a database"),
    page 1's b-tree header just past it ("database disk image is malformed" on open), the first b-tree page
    after it and one in the middle of the file (what quick_check finds, or "malformed" while reading)."""
    pages = btree_pages(queue_db)
    offsets = [0, 100, pages[0], pages[0] + 8, pages[len(pages) // 2]]
    copies = []
    for offset in offsets:
        copy = queue_db.with_name(f"damaged-{offset}.sqlite3")
        shutil.copyfile(queue_db, copy)
        scribble(copy, offset)
        copies.append((offset, copy))
    return copies


def test_a_damaged_file_is_refused_by_every_command_and_left_as_it_was(
    queue_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = make_bundle(tmp_path / "bundles" / "N1", "N1")
    out = tmp_path / "export.json"
    commands = [
        ["queue"],
        ["decide", "A1", "--approve", "--reviewer", "alice@example.com", "--reviewer-name", "Alice Reviewer"],
        ["export", "--out", str(out)],
        ["import", str(bundle)],
        ["conflicts"],
        ["backup"],
    ]
    said = set()
    for offset, copy in damaged_copies(queue_db):
        before = digest(copy)
        for command in commands:
            assert main(["--db", str(copy), *command]) == 1, (offset, command)
            line = one_error_line(capsys.readouterr().err)
            assert f"the review database {copy} is damaged (" in line, (offset, command, line)
            assert "nothing was written to it; no backup was found in" in line
            assert "make one with `poe-reviewer backup` once it is restored" in line
            said.add(line.split("is damaged (", 1)[1].split(")", 1)[0])
            assert digest(copy) == before, (offset, command)
        assert not copy.with_name(copy.name + "-wal").exists()
        assert not copy.with_name(copy.name + "-shm").exists()
    assert not out.exists()
    assert not (tmp_path / "backups").exists()
    assert "file is not a database" in said
    assert "database disk image is malformed" in said


def test_damage_met_while_opening_gets_the_same_message(
    queue_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # without the check that comes first, SQLite itself says so while the engine connects or migrates
    monkeypatch.setattr(dbmod, "_quick_check_file", lambda path, **_: None)
    for offset in (0, 100):
        copy = queue_db.with_name(f"damaged-{offset}.sqlite3")
        shutil.copyfile(queue_db, copy)
        scribble(copy, offset)
        before = digest(copy)
        assert main(["--db", str(copy), "queue"]) == 1
        line = one_error_line(capsys.readouterr().err)
        assert f"the review database {copy} is damaged (" in line
        assert digest(copy) == before


def test_check_integrity_refuses_damage_the_quick_check_passes(queue_db: Path) -> None:
    engine = dbmod.open_engine(str(queue_db), create=False)
    try:
        dbmod.check_integrity(engine, full=True)
        dbmod.check_integrity(engine, full=False)
    finally:
        engine.dispose()
    pages = btree_pages(queue_db)
    scribble(queue_db, pages[0] + 8)
    engine = dbmod.create_db_engine(str(queue_db))
    try:
        with pytest.raises(dbmod.DamagedDatabaseError, match="is damaged"):
            dbmod.check_integrity(engine, full=True)
    finally:
        engine.dispose()


# -- backups ------------------------------------------------------------------------------------------------
def backed_up_to(out: str) -> Path:
    found = re.search(r" to (.+) \(integrity checked\)\.$", out.strip())
    assert found, out
    return Path(found.group(1))


def test_backup_makes_a_consistent_copy_the_damaged_message_points_to(
    queue_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(queue_db), "backup"]) == 0
    copy = backed_up_to(capsys.readouterr().out)
    assert copy.parent == queue_db.parent / "backups"
    assert re.fullmatch(r"queue-\d{8}-\d{6}\.sqlite3", copy.name)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",), "one self-contained file"
    conn.close()
    with ReviewQueue(str(copy)) as store:
        assert sorted(c.claim_id for c in store.list_claims()) == list(CLAIMS)

    # a second backup in the same second does not replace the first
    assert main(["--db", str(queue_db), "backup"]) == 0
    second = backed_up_to(capsys.readouterr().out)
    assert second != copy
    assert copy.exists()
    os.utime(second, (time.time() + 5, time.time() + 5))  # the newest
    assert main(["--db", str(queue_db), "backup", "--out", str(copy)]) == 1
    assert "already exists" in one_error_line(capsys.readouterr().err)

    scribble(queue_db, 100)
    assert main(["--db", str(queue_db), "queue"]) == 1
    line = one_error_line(capsys.readouterr().err)
    made = dt.datetime.fromtimestamp(second.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    assert line.endswith(f"nothing was written to it. Restore the last backup: {second} (made {made})"), line


def test_backup_to_a_chosen_file(queue_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "elsewhere" / "copy.sqlite3"
    assert main(["--db", str(queue_db), "backup", "--out", str(out)]) == 1
    assert f"there is no folder {out.parent}" in one_error_line(capsys.readouterr().err)
    out.parent.mkdir()
    assert main(["backup", "--out", str(out), "--db", str(queue_db)]) == 0
    assert backed_up_to(capsys.readouterr().out) == out
    assert dbmod.latest_backup(queue_db) is None, "only the backups folder counts as where backups are"


def test_backup_of_postgresql_prints_the_pg_dump_command(capsys: pytest.CaptureFixture[str]) -> None:
    # no connection is attempted: db.example does not exist
    url = "postgresql+psycopg://poe:secret@db.example:5432/reviews"
    assert main(["--db", url, "backup"]) == 0
    out = capsys.readouterr().out
    assert "secret" not in out
    today = dt.date.today().strftime("%Y%m%d")
    assert f"pg_dump --format=custom --file=poe-{today}.dump 'postgresql://poe@db.example:5432/reviews'" in out


# -- waiting for others -------------------------------------------------------------------------------------
def test_a_busy_sqlite_writer_is_said_plainly(queue_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dbmod, "SQLITE_BUSY_TIMEOUT", 0.2)
    with ReviewQueue(str(queue_db)) as store:
        other = sqlite3.connect(queue_db, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(dbmod.DatabaseError, match="another reviewer's program is writing to the review"):
                store.decide("A1", "action_required", reviewer="alice@example.com", comment="Please add the dates.")
        finally:
            other.close()


def test_a_statement_timeout_is_said_plainly() -> None:
    class QueryCanceled(Exception):
        sqlstate = "57014"

    exc = OperationalError("UPDATE claims ...", {}, QueryCanceled("canceling statement due to statement timeout"))
    message = str(db_health.write_error(exc, "postgresql+psycopg://poe@db/q"))
    assert "did not finish saving within 60 s" in message
    assert "nothing was saved" in message


@pytest.fixture
def hung_server() -> Iterator[int]:
    """A peer on 127.0.0.1 that accepts connections and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    accepted: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                accepted.append(server.accept()[0])
            except OSError:
                return

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1]
    finally:
        server.close()
        for conn in accepted:
            conn.close()
        thread.join(timeout=5)


def test_a_postgresql_server_that_never_answers_times_out(
    hung_server: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("POE_REVIEWER_PG_CONNECT_TIMEOUT", "2")
    url = f"postgresql+psycopg://poe:secret@127.0.0.1:{hung_server}/x"
    started = time.monotonic()
    assert main(["--db", url, "queue"]) == 1
    assert time.monotonic() - started < 10
    line = one_error_line(capsys.readouterr().err)
    assert line.startswith(
        f"poe-reviewer: cannot reach the review database postgresql+psycopg://poe:***@127.0.0.1:{hung_server}/x "
        "within 2 s: "
    ), line
    assert "secret" not in line


# -- PostgreSQL ---------------------------------------------------------------------------------------------
@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from pg_database()


def test_an_empty_postgresql_database_is_refused_without_create(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", pg_url, "queue"]) == 1
    line = one_error_line(capsys.readouterr().err)
    assert f"there is no review database at {dbmod.display_url(pg_url)} (the database has no POE Reviewer" in line
    assert "pass --create to start a new one" in line
    assert main(["queue", "--db", pg_url, "--create"]) == 0
    assert main(["--db", pg_url, "queue"]) == 0


def test_a_claim_locked_by_another_reviewer_times_out_clearly(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import psycopg

    monkeypatch.setenv("POE_REVIEWER_PG_LOCK_TIMEOUT", "1")
    with ReviewQueue(pg_url, actor="importer@example.com") as store:
        store.import_bundle(make_bundle(tmp_path / "bundles" / "A1", "A1"))
        with psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://", 1)) as other:
            other.execute("SELECT id FROM claims WHERE claim_id = 'A1' FOR UPDATE")  # held: the transaction stays open
            started = time.monotonic()
            with pytest.raises(dbmod.DatabaseError) as info:
                store.decide("A1", "action_required", reviewer="alice@example.com", comment="Please add the dates.")
            assert time.monotonic() - started < 8
            other.rollback()
        assert str(info.value) == (
            "another reviewer holds this claim (the database waited 1 s for their change to finish); "
            "try again in a moment"
        )
        assert store.get_claim("A1").summary.status == "to_review", "nothing was saved"


# -- the workbench ------------------------------------------------------------------------------------------
@pytest.mark.gui
def test_the_workbench_refuses_a_database_that_is_not_there_or_is_damaged(
    queue_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("PySide6")
    from poe_reviewer.documents.ocr_engine import ENV_SWITCH
    from poe_reviewer.ui.app import run_gui

    monkeypatch.setenv("POE_REVIEWER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv(ENV_SWITCH, raising=False)  # the workbench sets it from its settings
    shot = tmp_path / "shot.png"
    missing = tmp_path / "nowhere" / "q.sqlite3"
    assert run_gui(str(missing), screenshot=str(shot), install_hooks=False) == 1
    assert f"there is no review database at {missing}" in capsys.readouterr().err
    assert not missing.parent.exists()

    scribble(queue_db, 100)
    before = digest(queue_db)
    assert run_gui(str(queue_db), screenshot=str(shot), install_hooks=False) == 1
    assert f"the review database {queue_db} is damaged (" in capsys.readouterr().err
    assert digest(queue_db) == before
    assert not shot.exists()
