"""A returning claim shows what changed since the last decision (issue 16): documents by content, checks
whose verdict moved, the previous decision, and each reason given then as met / not met / n/a."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from poe_reviewer.application.queue import ReviewQueue
from poe_reviewer.application.returning import compare_with_last_decision, document_changes
from poe_reviewer.cli import main
from poe_reviewer.report import DocumentEntry
from tests.test_storage import Clock, make_bundle, pdf_bytes

pytest_plugins = ("tests.test_storage",)

POE = "POE/Contoso_Intune_POE_signed.pdf"
HISTORY_AR = [
    {"action": "submission", "at": "2025-09-15T17:02:00Z", "by": "pkaur@fabrikam.com"},
    {"action": "action required", "at": "2025-09-16T10:00:00Z", "by": "Microsoft"},
    {"action": "submission", "at": "2025-09-22T09:00:00Z", "by": "pkaur@fabrikam.com"},
]


def entry(path: str, sha: str | None) -> DocumentEntry:
    return DocumentEntry(path, "poe", sha, "pdf", 1, None)


def test_documents_are_compared_by_content_not_by_name() -> None:
    before = [entry("POE/a.pdf", "1" * 64), entry("POE/b.pdf", "2" * 64), entry("POE/c.pdf", "3" * 64)]
    now = [
        entry("POE/a.pdf", "1" * 64),  # unchanged
        entry("POE/b_final.pdf", "2" * 64),  # the same bytes renamed: not new
        entry("POE/c.pdf", "4" * 64),  # the same name with other bytes: replaced
        entry("POE/d.msg", "5" * 64),  # added
        entry("POE/d.msg!/att.pdf", "6" * 64),  # an attachment goes with its message
    ]
    changes = {c.path: (c.change, c.previous_path) for c in document_changes(before, now)}
    assert changes == {
        "POE/a.pdf": ("unchanged", None),
        "POE/b_final.pdf": ("renamed", "POE/b.pdf"),
        "POE/c.pdf": ("replaced", "POE/c.pdf"),
        "POE/d.msg": ("added", None),
    }
    gone = document_changes([entry("POE/old.pdf", "7" * 64)], [])
    assert [(c.path, c.change) for c in gone] == [("POE/old.pdf", "removed")]


def _resubmit(store: ReviewQueue, tmp_path: Path, clock: Clock, files: dict[str, bytes], **changes: Any) -> None:
    clock.advance(days=6)
    store.import_bundle(
        make_bundle(
            tmp_path / "v2", "A1", files=files, status="submitted", submitted_at="2025-09-22T09:00:00Z",
            history=HISTORY_AR, **changes,
        )
    )  # fmt: skip


def test_a_resubmission_shows_the_previous_decision_and_each_reason(
    store: ReviewQueue, tmp_path: Path, clock: Clock
) -> None:
    store.import_bundle(make_bundle(tmp_path / "v1", "A1"))  # the POE cannot be read
    first = store.get_claim("A1")
    failing = {c.id for c in first.checks if c.status == "fail"}
    assert "required_documents" in failing
    store.decide("A1", "action_required", reviewer="alice@example.com", comment="Please upload the signed POE.",
                 template_id="missing_documents")  # fmt: skip
    assert compare_with_last_decision(store, "A1") is None, "nothing to compare before the partner answers"

    _resubmit(store, tmp_path, clock, {POE: pdf_bytes("Signed 2025-09-01 by John Doe, Contoso Ltd")})
    changed = compare_with_last_decision(store, "A1")
    assert changed is not None
    assert (changed.revision, changed.previous_revision) == (2, 1)
    assert changed.life is not None
    assert changed.life.kind == "resubmission"
    assert changed.previous.decision.comment == "Please upload the signed POE."
    assert changed.previous.decision.template_id == "missing_documents"
    assert [(d.path, d.change) for d in changed.changed_documents] == [(POE, "replaced")]
    assert changed.new_documents == (POE,)
    reasons = {r.reason: r for r in changed.reasons if r.kind == "check"}
    assert set(reasons) == failing
    assert reasons["required_documents"].state == "met"
    assert reasons["required_documents"].label == "met"
    # the workloads the unreadable POE could not show are reasons too, judged by what the new POE shows
    workloads = {r.reason: r.state for r in changed.reasons if r.kind == "workload"}
    assert set(workloads) == {"INTUNE", "MICROSOFT DEFENDER ENDPOINT"}
    assert set(workloads.values()) == {"not_met"}, "the new POE names neither workload"
    assert any(c.check == "required_documents" and c.now == "pass" for c in changed.checks)
    assert "Resubmission (revision 2)" in changed.headline()


def test_the_same_poe_renamed_is_no_new_evidence(store: ReviewQueue, tmp_path: Path, clock: Clock) -> None:
    text = pdf_bytes("Intune rollout for Contoso Ltd. Signed by John Doe.")
    store.import_bundle(make_bundle(tmp_path / "v1", "A1", files={POE: text}))
    store.decide("A1", "action_required", reviewer="alice@example.com", comment="No dates on the POE.",
                 template_id="missing_dates")  # fmt: skip
    _resubmit(
        store, tmp_path, clock, {"POE/Contoso_POE_v2_FINAL.pdf": text},
        documents=[{"path": "POE/Contoso_POE_v2_FINAL.pdf", "role": "poe"}],
    )  # fmt: skip
    changed = compare_with_last_decision(store, "A1")
    assert changed is not None
    assert [(d.path, d.change, d.previous_path) for d in changed.changed_documents] == [
        ("POE/Contoso_POE_v2_FINAL.pdf", "renamed", POE)
    ]
    assert changed.new_documents == ()
    assert changed.reasons, "the reasons given then are listed"
    assert all(r.state == "not_met" for r in changed.reasons), [(r.reason, r.state) for r in changed.reasons]
    # the POE showed INTUNE then, so INTUNE is no reason of its own; it never showed Defender
    assert [r.reason for r in changed.reasons if r.kind == "workload"] == ["MICROSOFT DEFENDER ENDPOINT"]


def test_queue_json_and_check_db_carry_the_comparison(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'q.sqlite3'}"
    v1 = make_bundle(tmp_path / "v1", "A1")
    assert main(["import", str(v1), "--db", db, "--create"]) == 0
    assert main(["decide", "A1", "--action-required", "--db", db, "--reviewer", "alice@example.com",
                 "--reviewer-name", "Alice Reviewer", "--comment", "Please upload the signed POE."]) == 0  # fmt: skip
    v2 = make_bundle(
        tmp_path / "v2", "A1", files={POE: pdf_bytes("Signed 2025-09-01 by John Doe, Contoso Ltd")},
        submitted_at="2025-09-22T09:00:00Z", history=HISTORY_AR,
    )  # fmt: skip
    capsys.readouterr()
    # checked before it is imported: compared with the decision stored in the queue
    assert main(["check", str(v2), "--json", "--db", db]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["format"] == "poe-check-report/1"
    returning = report["returning"]
    assert returning["previous_decision"]["decision"] == "action_required"
    assert returning["previous_decision"]["comment"] == "Please upload the signed POE."
    assert {d["path"]: d["change"] for d in returning["documents"]} == {POE: "replaced"}
    assert {r["reason"]: r["state"] for r in returning["reasons"]}["required_documents"] == "met"

    assert main(["import", str(v2), "--db", db]) == 0
    capsys.readouterr()
    assert main(["queue", "--json", "--db", db]) == 0
    row = next(c for c in json.loads(capsys.readouterr().out) if c["claim_id"] == "A1")
    assert row["revision"] == 2
    assert row["returning"]["kind"] == "resubmission"
    assert row["returning"]["previous_decision"]["decision"] == "action_required"
    assert [d["path"] for d in row["returning"]["documents"]] == [POE]
