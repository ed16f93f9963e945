"""Exactly-once delivery of decision exports: every export has an id (in the file, with the audit trail's
head), an export file is never overwritten, an export is recorded (pending) before its file is written
and stays pending until the claims system acknowledges it, and running the export again before that
delivers the same export (same id, same bytes) rather than a second one. Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

import poe_reviewer.application.queue as queue_module
from poe_reviewer.application.queue import ExportResult, ReviewQueue, UnknownExportError
from poe_reviewer.cli import main
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.schemas import validation_errors
from poe_reviewer.storage import models as m
from tests.test_storage import Clock, imported

# the store fixtures (SQLite and PostgreSQL) of the storage tests
pytest_plugins = ("tests.test_storage",)

EXPORT_ID = r"EXP-\d{8}-[0-9a-f]{8}"
TAKEN = "already exists; choose another file name — an export file is never overwritten"


def reject(store: ReviewQueue, claim_id: str) -> None:
    store.decide(claim_id, "reject", reviewer="alice@example.com", comment="The customer is an affiliate.")


def export_row(store: ReviewQueue, uid: str) -> dict[str, Any]:
    """The export's row as stored."""
    with store.engine.connect() as conn:
        row = conn.execute(select(m.Export.__table__).where(m.Export.export_uid == uid)).mappings().one()
    return dict(row)


def actions(store: ReviewQueue) -> list[str]:
    return [e.action for e in store.audit_trail() if e.action.startswith("export")]


# -- one export id for one set of decisions ---------------------------------------------------------------
def test_two_exports_of_the_same_undelivered_decisions_give_one_export_id(store: ReviewQueue, tmp_path: Path) -> None:
    imported(store, tmp_path, "A1", "A2")
    reject(store, "A1")
    reject(store, "A2")
    out = tmp_path / "decisions.json"
    first = store.export(out)
    assert first.export_uid is not None
    assert (first.state, first.resumed, first.file_written, first.count) == ("pending", False, True, 2)
    content = out.read_bytes()

    second = store.export(out)
    assert second.resumed
    assert (second.export_uid, second.export_id, second.count) == (first.export_uid, first.export_id, 2)
    assert not second.file_written, "the file already holds the export: nothing written"
    assert out.read_bytes() == content

    elsewhere = store.export(tmp_path / "again.json")
    assert (elsewhere.export_uid, elsewhere.resumed, elsewhere.file_written) == (first.export_uid, True, True)
    assert (tmp_path / "again.json").read_bytes() == content, "the very same bytes"

    assert len(store.exports()) == 1
    assert actions(store) == ["export", "export_resumed"]
    assert [p.export_uid for p in store.pending_exports()] == [first.export_uid]
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM export_items")).scalar() == 2


def test_decisions_in_no_export_make_a_new_export_and_the_pending_one_stays_pending(
    store: ReviewQueue, tmp_path: Path
) -> None:
    imported(store, tmp_path, "A1", "A2")
    reject(store, "A1")
    first = store.export(tmp_path / "first.json")
    reject(store, "A2")
    second = store.export(tmp_path / "second.json")
    assert not second.resumed
    assert second.export_uid != first.export_uid
    assert [d.claim_id for d in second.decisions] == ["A2"]
    assert second.pending == (first.export_uid,), "the caller is told what still waits"
    assert [p.export_uid for p in store.pending_exports()] == [first.export_uid, second.export_uid]


def test_two_exports_at_the_same_moment_give_one_export_id(db_url: str, clock: Clock, tmp_path: Path) -> None:
    with ReviewQueue(db_url, actor="importer@example.com", now=clock) as store:
        imported(store, tmp_path, "A1", "A2", "A3")
        for cid in ("A1", "A2", "A3"):
            reject(store, cid)
    out = tmp_path / "decisions.json"
    stores = [ReviewQueue(db_url, actor=who, now=clock) for who in ("alice@example.com", "bob@example.com")]
    barrier = threading.Barrier(2)
    results: list[ExportResult] = []
    errors: list[BaseException] = []

    def run(store: ReviewQueue) -> None:
        try:
            barrier.wait(timeout=30)
            results.append(store.export(out))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test thread below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for s in stores:
        s.close()
    assert not errors, errors
    assert len({r.export_uid for r in results}) == 1
    assert sorted(r.resumed for r in results) == [False, True]
    assert json.loads(out.read_text())["export_id"] == results[0].export_uid
    with ReviewQueue(db_url) as store:
        assert len(store.exports()) == 1
        assert store.undelivered_count() == 0


# -- never overwritten ------------------------------------------------------------------------------------
def test_an_existing_file_is_never_overwritten(store: ReviewQueue, tmp_path: Path) -> None:
    imported(store, tmp_path, "A1", "A2")
    reject(store, "A1")
    foreign = tmp_path / "foreign.json"
    foreign.write_bytes(b'{"format": "poe-decisions/1", "decisions": []}\n')
    with pytest.raises(PoeReviewerError, match=TAKEN) as info:
        store.export(foreign)
    assert str(foreign) in str(info.value)
    assert foreign.read_bytes() == b'{"format": "poe-decisions/1", "decisions": []}\n'
    assert store.exports() == [], "refused before anything was recorded"
    assert store.undelivered_count() == 1

    out = tmp_path / "decisions.json"
    first = store.export(out)
    content = out.read_bytes()
    reject(store, "A2")
    # a new export must not replace a file the claims system may not have collected yet
    with pytest.raises(PoeReviewerError, match=TAKEN):
        store.export(out)
    assert out.read_bytes() == content
    assert store.undelivered_count() == 1
    assert [p.export_uid for p in store.pending_exports()] == [first.export_uid]
    # nor does a copy
    with pytest.raises(PoeReviewerError, match=TAKEN):
        store.export(out, "all")
    assert out.read_bytes() == content
    assert len(store.exports()) == 1


def test_a_resumed_export_does_not_overwrite_another_file_either(store: ReviewQueue, tmp_path: Path) -> None:
    imported(store, tmp_path, "A1")
    reject(store, "A1")
    store.export(tmp_path / "decisions.json")
    other = tmp_path / "other.json"
    other.write_text("someone else's file\n")
    with pytest.raises(PoeReviewerError, match=TAKEN):
        store.export(other)
    assert other.read_text() == "someone else's file\n"
    assert actions(store) == ["export"]


# -- a crash between the commit and the file --------------------------------------------------------------
class PowerCut(Exception):
    """The machine stops after the export's commit, before its file is written."""


def test_a_crash_between_the_commit_and_the_file_is_resumed_with_the_same_id_and_bytes(
    store: ReviewQueue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported(store, tmp_path, "A1", "A2")
    reject(store, "A1")
    reject(store, "A2")
    out = tmp_path / "decisions.json"

    def power_cut(path: Path, data: bytes) -> bool:
        raise PowerCut

    monkeypatch.setattr(queue_module, "write_new", power_cut)
    with pytest.raises(PowerCut):
        store.export(out)
    monkeypatch.undo()
    assert not out.exists()
    (pending,) = store.pending_exports()
    assert pending.count == 2
    assert store.undelivered_count() == 0, "the decisions are in the recorded export"
    row = export_row(store, pending.export_uid)
    assert row["state"] == "pending"
    assert row["payload"] is not None

    again = store.export(out)
    assert (again.resumed, again.file_written, again.export_uid) == (True, True, pending.export_uid)
    assert [d.claim_id for d in again.decisions] == ["A1", "A2"]
    content = out.read_bytes()
    assert content == bytes(row["payload"]), "the very bytes recorded at the commit"
    assert hashlib.sha256(content).hexdigest() == row["sha256"]
    assert json.loads(content)["export_id"] == pending.export_uid
    assert len(store.exports()) == 1


# -- acknowledgement --------------------------------------------------------------------------------------
def test_an_acknowledged_export_is_done_and_a_new_decision_gets_a_new_export_id(
    store: ReviewQueue, tmp_path: Path, clock: Clock
) -> None:
    imported(store, tmp_path, "A1", "A2")
    reject(store, "A1")
    first = store.export(tmp_path / "first.json")
    assert first.export_uid is not None
    clock.advance(hours=1)
    done = store.acknowledge_export(first.export_uid, by="claims-system@example.com")
    assert (done.state, done.already, done.count) == ("acknowledged", False, 1)
    assert (done.acknowledged_at, done.acknowledged_by) == (clock.now, "claims-system@example.com")
    assert store.pending_exports() == []
    event = store.audit_trail()[-1]
    assert (event.action, event.actor, event.details["export_id"]) == (
        "export_acknowledged",
        "claims-system@example.com",
        first.export_uid,
    )

    again = store.acknowledge_export(first.export_uid, by="someone@example.com")
    assert again.already, "acknowledging twice is harmless"
    assert again.acknowledged_by == "claims-system@example.com"
    assert actions(store).count("export_acknowledged") == 1

    nothing = store.export(tmp_path / "nothing.json")
    assert not nothing.written, "an acknowledged export is not delivered again"
    assert not (tmp_path / "nothing.json").exists()

    reject(store, "A2")
    second = store.export(tmp_path / "second.json")
    assert second.export_uid not in (None, first.export_uid)
    assert not second.resumed
    assert [d.claim_id for d in second.decisions] == ["A2"]
    assert second.pending == ()


def test_an_unknown_export_id_is_refused_naming_the_pending_ones(store: ReviewQueue, tmp_path: Path) -> None:
    imported(store, tmp_path, "A1", "A2")
    with pytest.raises(UnknownExportError, match="exports waiting for acknowledgement: none"):
        store.acknowledge_export("EXP-20250920-00000000")
    reject(store, "A1")
    first = store.export(tmp_path / "first.json")
    reject(store, "A2")
    second = store.export(tmp_path / "second.json")
    with pytest.raises(UnknownExportError) as info:
        store.acknowledge_export("EXP-20250920-00000000")
    assert str(info.value) == (
        "There is no export EXP-20250920-00000000 in the review database; exports waiting for "
        f"acknowledgement: {first.export_uid}, {second.export_uid}."
    )
    assert len(store.pending_exports()) == 2


def test_a_receipt_file_acknowledges_its_export(store: ReviewQueue, tmp_path: Path) -> None:
    imported(store, tmp_path, "A1")
    reject(store, "A1")
    result = store.export(tmp_path / "decisions.json")
    receipt = tmp_path / "receipt.json"
    receipt.write_text(json.dumps({"export_id": result.export_uid, "received": 1}))
    done = store.acknowledge_receipt(receipt, by="claims-system@example.com")
    assert (done.export_uid, done.state) == (result.export_uid, "acknowledged")
    receipt.write_text("thanks!")
    with pytest.raises(PoeReviewerError, match="is not JSON"):
        store.acknowledge_receipt(receipt)


# -- what the file carries --------------------------------------------------------------------------------
def test_the_file_carries_its_export_id_and_the_trail_head_and_validates(store: ReviewQueue, tmp_path: Path) -> None:
    imported(store, tmp_path, "A1")
    reject(store, "A1")
    with store.engine.connect() as conn:
        head = conn.execute(text("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1")).scalar()
    out = tmp_path / "decisions.json"
    result = store.export(out)
    document = json.loads(out.read_text())
    assert validation_errors("poe-decisions/1", document) == []
    assert list(document) == ["format", "export_id", "exported_at", "exported_by", "audit_chain_head", "decisions"]
    assert document["export_id"] == result.export_uid
    assert result.export_uid is not None
    assert re.fullmatch(EXPORT_ID, result.export_uid)
    assert document["audit_chain_head"] == head, "the head before the export's own event"
    assert export_row(store, result.export_uid)["audit_head"] == head
    with store.engine.connect() as conn:
        last = conn.execute(text("SELECT prev_hash, details FROM audit_events ORDER BY id DESC LIMIT 1")).one()
    details = last.details if isinstance(last.details, dict) else json.loads(last.details)
    assert last.prev_hash == head, "the export's event follows the head the file carries"
    assert details["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest(), "the trail covers the file"
    assert details["export_id"] == result.export_uid


# -- copies -----------------------------------------------------------------------------------------------
def test_a_copy_has_its_own_id_and_changes_no_delivery(store: ReviewQueue, tmp_path: Path) -> None:
    imported(store, tmp_path, "A1", "A2")
    reject(store, "A1")
    first = store.export(tmp_path / "first.json")
    reject(store, "A2")

    copy = store.export(tmp_path / "all.json", "all")
    assert copy.state == "copy"
    assert copy.export_uid not in (None, first.export_uid)
    assert not copy.resumed
    assert [d.claim_id for d in copy.decisions] == ["A1", "A2"]
    assert json.loads((tmp_path / "all.json").read_text())["export_id"] == copy.export_uid
    assert copy.pending == (first.export_uid,)
    assert store.undelivered_count() == 1, "the copy delivered nothing"
    assert [p.export_uid for p in store.pending_exports()] == [first.export_uid], "a copy is not pending"
    assert export_row(store, copy.export_uid)["payload"] is None, "a copy is never resumed"
    assert store.acknowledge_export(copy.export_uid).already, "a copy has nothing to acknowledge"

    second = store.export(tmp_path / "second.json")
    assert not second.resumed
    assert [d.claim_id for d in second.decisions] == ["A2"], "what undelivered exports is unchanged by the copy"
    assert len({first.export_uid, copy.export_uid, second.export_uid}) == 3


# -- the command line -------------------------------------------------------------------------------------
def test_export_and_acknowledge_from_the_command_line(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("POE_REVIEWER_EMAIL", raising=False)
    with ReviewQueue(db_url, actor="importer@example.com") as store:
        imported(store, tmp_path, "A1", "A2")
        reject(store, "A1")
    db = ["--db", db_url]
    out = tmp_path / "decisions.json"
    assert main([*db, "export", "--out", str(out)]) == 1
    assert "Who is deciding?" in capsys.readouterr().err, "an export names who made it, never the login"
    assert not out.exists()
    assert main([*db, "export", "--out", str(out), "--reviewer", "alice@example.com"]) == 0
    said = capsys.readouterr().out
    uid = json.loads(out.read_text())["export_id"]
    # the scripts of a team set the address once
    monkeypatch.setenv("POE_REVIEWER_EMAIL", "alice@example.com")
    assert said == (
        f"Exported 1 decision(s) to {out} (export {uid}, undelivered; delivered pending until the claims system "
        f"acknowledges it: poe-reviewer export --ack {uid}).\n"
    )
    content = out.read_bytes()

    assert main([*db, "export", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Resumed export {uid} (1 decision(s), not yet acknowledged): {out} already holds it")
    assert out.read_bytes() == content

    with ReviewQueue(db_url) as store:
        reject(store, "A2")
    assert main([*db, "export", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{out} {TAKEN}" in err
    assert out.read_bytes() == content

    second_out = tmp_path / "second.json"
    assert main([*db, "export", "--out", str(second_out)]) == 0
    said = capsys.readouterr().out
    second = json.loads(second_out.read_text())["export_id"]
    assert second != uid
    assert f"Still waiting for acknowledgement: {uid}." in said

    assert main([*db, "export", "--ack", "EXP-20250920-00000000"]) == 1
    err = capsys.readouterr().err
    assert f"exports waiting for acknowledgement: {uid}, {second}" in err

    assert main([*db, "export", "--ack", uid, "--reviewer", "claims@example.com"]) == 0
    said = capsys.readouterr().out
    assert said == (
        f"Export {uid} acknowledged (1 decision(s)) by claims@example.com.\n"
        f"Still waiting for acknowledgement: {second}.\n"
    )
    assert main([*db, "export", "--ack", uid]) == 0
    assert "was already acknowledged" in capsys.readouterr().out

    receipt = tmp_path / "receipt.json"
    receipt.write_text(json.dumps({"export_id": second}))
    assert main([*db, "export", "--receipt", str(receipt)]) == 0
    said = capsys.readouterr().out
    assert f"Export {second} acknowledged" in said
    assert "No export is waiting." in said

    assert main([*db, "export", "--out", str(tmp_path / "none.json")]) == 0
    assert "was not written" in capsys.readouterr().out
    assert not (tmp_path / "none.json").exists()

    assert main([*db, "export", "--all", "--out", str(tmp_path / "all.json")]) == 0
    said = capsys.readouterr().out
    assert "a copy; no decision's delivery changed" in said
    assert len(json.loads((tmp_path / "all.json").read_text())["decisions"]) == 2

    assert main([*db, "export", "--ack", uid, "--all"]) == 2
    assert "take no --undelivered, --since or --all" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main([*db, "export"])
    assert info.value.code == 2
    assert "one of the arguments --out --ack --receipt is required" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*db, "export", "--out", str(out), "--ack", uid])
    assert "not allowed with argument" in capsys.readouterr().err
