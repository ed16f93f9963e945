"""A tamper-evident trail and decisions that can be taken back: the hash chain, `audit verify`,
exports refused from an edited history, undo, and the templates a decision may use."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from poe_reviewer.application.queue import NothingToUndoError, ReviewQueue
from poe_reviewer.cli import main
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.templates import default_template, render_comment
from tests.test_storage import Clock, confirmed, imported
from tests.test_storage import clock as clock
from tests.test_storage import db_url as db_url
from tests.test_storage import store as store

ME = ["--reviewer", "alice@example.com", "--reviewer-name", "Alice Example"]


def sql(store: ReviewQueue, statement: str, **params: Any) -> None:
    """What someone with the database file and an SQL client does, outside the program."""
    engine = create_engine(store.engine.url)
    try:
        with engine.begin() as conn:
            conn.execute(text(statement), params)
    finally:
        engine.dispose()


def decided(store: ReviewQueue, tmp_path: Path) -> None:
    imported(store, tmp_path, "A1", "B1", "C1")
    store.decide("A1", "approve", reviewer="alice@example.com", resolutions=confirmed(store, "A1"))
    store.decide("B1", "reject", reviewer="alice@example.com", comment="Dear Partner, the customer is an affiliate.")


def test_an_untouched_trail_verifies_and_the_export_carries_its_head(store: ReviewQueue, tmp_path: Path) -> None:
    decided(store, tmp_path)
    report = store.verify_trail()
    assert report.ok, report.problems
    assert report.decisions == 2
    assert report.events >= 5
    result = store.export(tmp_path / "out.json", exported_by="alice@example.com")
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert doc["audit_chain_head"] == report.head, "the head as it stood before the export's own event"
    assert result.count == 2
    assert store.verify_trail().ok


def test_a_decision_edited_by_sql_fails_verification_and_the_export_names_the_claim(
    store: ReviewQueue, tmp_path: Path
) -> None:
    decided(store, tmp_path)
    sql(store, "UPDATE decisions SET decision = 'approved' WHERE decision = 'rejected'")
    sql(store, "UPDATE claims SET status = 'approved', decision = 'approved' WHERE claim_id = 'B1'")
    report = store.verify_trail()
    assert not report.ok
    assert report.claim_ids == ["B1"]
    assert any("was changed after it was saved" in p.message for p in report.problems)
    with pytest.raises(PoeReviewerError, match=r"claims: B1") as refused:
        store.export(tmp_path / "out.json", exported_by="alice@example.com")
    assert "Nothing was exported" in str(refused.value)
    assert not (tmp_path / "out.json").exists()


def test_a_status_changed_by_sql_is_caught(store: ReviewQueue, tmp_path: Path) -> None:
    decided(store, tmp_path)
    sql(store, "UPDATE claims SET status = 'approved', decision = 'approved' WHERE claim_id = 'C1'")
    report = store.verify_trail()
    assert report.claim_ids == ["C1"]
    assert "its status is approved but its recorded decisions make it to review" in report.problems[0].message


def test_a_decision_inserted_without_its_event_is_caught(store: ReviewQueue, tmp_path: Path) -> None:
    decided(store, tmp_path)
    sql(
        store,
        "INSERT INTO decisions (claim_pk, revision_id, decision, workloads, comment, template_id, reviewer, "
        "reviewer_id, decided_at, respond_by, conflict, checks, bundle_sha256, version) "
        "SELECT claim_pk, revision_id, 'approved', workloads, '', NULL, reviewer, reviewer_id, decided_at, NULL, NULL, "
        "checks, bundle_sha256, 99 FROM decisions WHERE decision = 'rejected'",
    )
    report = store.verify_trail()
    assert "B1" in report.claim_ids
    assert any("has no audit event" in p.message for p in report.problems)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_an_audit_event_edited_after_dropping_the_sqlite_triggers_breaks_the_chain(
    store: ReviewQueue, tmp_path: Path
) -> None:
    decided(store, tmp_path)
    with pytest.raises(Exception, match="append-only"):
        sql(store, "UPDATE audit_events SET actor = 'mallory@example.com'")
    sql(store, "DROP TRIGGER audit_events_no_update")
    sql(store, "UPDATE audit_events SET actor = 'mallory@example.com' WHERE action = 'decision'")
    messages = [p.message for p in store.verify_trail().problems]
    assert any("was changed after it was written" in m for m in messages), messages
    assert any("append-only guard of the audit trail was removed" in m for m in messages), messages


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_an_audit_event_removed_breaks_the_chain(store: ReviewQueue, tmp_path: Path) -> None:
    decided(store, tmp_path)
    sql(store, "DROP TRIGGER audit_events_no_delete")
    sql(store, "DELETE FROM audit_events WHERE id = (SELECT MIN(id) FROM audit_events WHERE action = 'import')")
    messages = [p.message for p in store.verify_trail().problems]
    assert any("an event was removed or inserted" in m for m in messages), messages


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_postgresql_refuses_truncating_updating_and_deleting_the_trail(store: ReviewQueue, tmp_path: Path) -> None:
    decided(store, tmp_path)
    for statement in ("TRUNCATE audit_events", "DELETE FROM audit_events", "UPDATE audit_events SET actor = 'x'"):
        with pytest.raises(Exception, match="append-only"):
            sql(store, statement)
    assert store.verify_trail().ok


def test_audit_verify_from_the_command_line(store: ReviewQueue, tmp_path: Path, capsys: Any) -> None:
    decided(store, tmp_path)
    url = store.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "audit", "verify"]) == 0
    assert "The audit trail is intact" in capsys.readouterr().out
    sql(store, "UPDATE decisions SET comment = 'Approved.' WHERE decision = 'rejected'")
    assert main(["--db", url, "audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert "does NOT match" in out
    assert "Claims affected: B1" in out
    assert main(["--db", url, "export", "--out", str(tmp_path / "x.json"), "--reviewer", "alice@example.com"]) == 1
    assert "claims: B1" in capsys.readouterr().err


# -- undo ----------------------------------------------------------------------------------------------------
def test_undo_takes_back_the_last_decision_and_is_itself_recorded(
    store: ReviewQueue, tmp_path: Path, clock: Clock
) -> None:
    imported(store, tmp_path, "A1", "B1")
    before = store.get_claim("B1").clocks
    store.decide("A1", "reject", reviewer="alice@example.com", comment="Dear Partner, no dates.")
    clock.advance(minutes=1)
    store.decide("B1", "action_required", reviewer="alice@example.com", comment="Dear Partner, add dates.")
    (undone,) = store.undo_decision(by="alice@example.com")
    assert undone.decision.claim_id == "B1", "the reviewer's last decision"
    after = store.get_claim("B1")
    assert after.summary.status == "to_review"
    assert after.current_decision is None
    assert after.clocks.review_due == before.review_due, "back under review with its review clock"
    assert after.clocks.respond_by is None
    assert [e.action for e in store.audit_trail("B1")][-1] == "undo"
    assert store.verify_trail().ok
    result = store.export(tmp_path / "out.json", exported_by="alice@example.com")
    assert [d.claim_id for d in result.decisions] == ["A1"], "an undone decision is never exported"
    with pytest.raises(NothingToUndoError, match="already exported"):
        store.undo_decision("A1", by="alice@example.com")
    with pytest.raises(NothingToUndoError, match="no decision on its current revision"):
        store.undo_decision("B1", by="alice@example.com")


def test_undo_of_a_replacement_brings_back_the_decision_it_replaced(store: ReviewQueue, tmp_path: Path) -> None:
    imported(store, tmp_path, "A1")
    first = store.decide("A1", "reject", reviewer="alice@example.com", comment="Dear Partner, no dates.")
    store.decide("A1", "action_required", reviewer="bo@example.com", comment="Dear Partner, add dates.", replace=True)
    store.undo_decision("A1", by="bo@example.com")
    detail = store.get_claim("A1")
    assert detail.summary.status == "rejected"
    assert detail.current_decision is not None
    assert detail.current_decision.id == first.id
    assert store.verify_trail().ok


def test_undo_from_the_command_line(store: ReviewQueue, tmp_path: Path, capsys: Any) -> None:
    imported(store, tmp_path, "A1")
    url = store.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "decide", "A1", "--action-required", *ME]) == 0
    capsys.readouterr()
    assert main(["--db", url, "undo", "--reviewer", "alice@example.com"]) == 0
    assert "the claim is to review again" in capsys.readouterr().out
    assert main(["--db", url, "undo", "--reviewer", "alice@example.com"]) == 1
    assert "has no decision to undo" in capsys.readouterr().err


# -- comments that fit ---------------------------------------------------------------------------------------
def test_the_command_line_fills_in_the_same_default_comment_as_the_workbench(
    store: ReviewQueue, tmp_path: Path, capsys: Any
) -> None:
    imported(store, tmp_path, "A1")
    url = store.engine.url.render_as_string(hide_password=False)
    detail = store.get_claim("A1")
    template = default_template("action_required", detail.checks, detail.claim)
    assert template is not None
    expected = render_comment(template, detail.claim, detail.checks, reviewer_name="Alice Example", policy=store.policy)
    assert main(["--db", url, "decide", "A1", "--action-required", *ME]) == 0
    saved = store.get_claim("A1").current_decision
    assert saved is not None
    assert saved.decision.template_id == template
    assert saved.decision.comment == expected.strip()
    assert "Alice Example" in saved.decision.comment, "signed with the reviewer's name"


def test_templates_lists_what_fits_a_claim_and_a_misfit_is_refused(
    store: ReviewQueue, tmp_path: Path, capsys: Any
) -> None:
    imported(store, tmp_path, "A1")
    url = store.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "templates", "--json"]) == 0
    every = {t["id"]: t for t in json.loads(capsys.readouterr().out)}
    assert {"approve", "partner_affiliate", "reused_evidence"} <= set(every)
    assert main(["--db", url, "templates", "--claim", "A1", "--verdict", "reject", "--json"]) == 0
    fitting = {t["id"] for t in json.loads(capsys.readouterr().out)}
    assert "reused_evidence" not in fitting, "nothing was reused on this claim"
    assert all(every[t]["verdict"] == "reject" for t in fitting)
    args = ["--db", url, "decide", "A1", "--approve", "--template", "partner_affiliate", *ME]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "is written for a rejection" in err
    assert "templates --claim" in err
    assert main(["--db", url, "decide", "A1", "--reject", "--template", "reused_evidence", *ME]) == 1
    assert "neither failed nor warned" in capsys.readouterr().err
