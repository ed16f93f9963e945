"""A queue's past (``.earlier/``): earlier revisions and their decisions, loaded at their own time, and an
Action Required whose fourteen days ran out listed as expired with the rejection suggested (issue 16)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from poe_reviewer.application.bundles import expand_bundle_paths
from poe_reviewer.application.queue import ReviewQueue
from poe_reviewer.application.samples import load_history
from poe_reviewer.bundle import load_bundle
from poe_reviewer.cli import main
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.templates import default_template
from tests.test_storage import make_bundle

DECIDED = "2025-09-18T10:00:00Z"


def queue_with_past(tmp_path: Path) -> Path:
    queue = tmp_path / "queue"
    earlier = make_bundle(queue / ".earlier" / "X1_r1", "X1")
    make_bundle(queue / "Y1", "Y1")
    with load_bundle(earlier) as bundle:
        digest = bundle.digest
    decision = {
        "claim_id": "X1", "decision": "action_required",
        "workloads": [{"name": "INTUNE", "subscription_id": None, "decision": "action_required"},
                      {"name": "MICROSOFT DEFENDER ENDPOINT", "subscription_id": None, "decision": "action_required"}],
        "comment": "Dear Partner, please upload the signed POE.", "template_id": "missing_documents",
        "reviewer": "dana@example.com", "decided_at": DECIDED, "respond_by": "2025-10-02", "conflict": None,
        "checks": {}, "bundle_sha256": digest,
    }  # fmt: skip
    export = {"format": "poe-decisions/1", "exported_at": DECIDED, "exported_by": "dana@example.com",
              "decisions": [decision]}  # fmt: skip
    (queue / ".earlier" / "decisions.json").write_text(json.dumps(export), encoding="utf-8")
    return queue


def test_the_past_is_loaded_at_its_own_time_and_once(tmp_path: Path) -> None:
    queue = queue_with_past(tmp_path)
    with ReviewQueue(str(tmp_path / "q.sqlite3"), actor="importer@example.com") as store:
        assert load_history(store, queue) == 1
        detail = store.get_claim("X1")
        d = detail.current_decision
        assert d is not None
        assert d.decision.decision == "action_required"
        assert d.decision.decided_at == dt.datetime(2025, 9, 18, 10, tzinfo=dt.UTC)
        assert d.decision.comment == "Dear Partner, please upload the signed POE."
        assert detail.clocks.respond_by == dt.date(2025, 10, 2)
        assert load_history(store, queue) == 0, "loading again changes nothing"
        assert len(store.get_claim("X1").decisions) == 1
        # the queue itself is imported as usual: the hidden folder is no bundle of it
        bundles, _ = expand_bundle_paths([queue])
        assert [Path(p).name for p in bundles] == ["Y1"]
        assert store.verify_trail().ok


def test_an_unanswered_action_required_is_listed_as_expired_with_the_rejection_suggested(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    queue = queue_with_past(tmp_path)
    db = tmp_path / "q.sqlite3"
    with ReviewQueue(str(db), actor="importer@example.com") as store:
        load_history(store, queue)
        summary = store.get_claim("X1").summary
        today = dt.date(2025, 10, 3)
        assert summary.expired(today)
        assert summary.suggestion(today) == "reject"
        assert not summary.expired(dt.date(2025, 10, 2)), "the last day is still in time"
        detail = store.get_claim("X1")
        assert default_template("reject", detail.checks, detail.claim, expired=True) == "no_response_expired"
    capsys.readouterr()
    assert main(["queue", "--json", "--db", f"sqlite:///{db}"]) == 0
    row = next(c for c in json.loads(capsys.readouterr().out) if c["claim_id"] == "X1")
    assert row["expired"] is True
    assert row["suggestion"] == "reject"
    assert row["recommendation"] != "reject", "the checks alone would not reject it"
    assert main(["queue", "--json", "--status", "to_review", "--db", f"sqlite:///{db}"]) == 0
    listed = [c["claim_id"] for c in json.loads(capsys.readouterr().out)]
    assert "X1" in listed, "an expired Action Required is the reviewer's again"


def test_a_decisions_file_naming_evidence_that_is_not_there_is_refused(tmp_path: Path) -> None:
    queue = queue_with_past(tmp_path)
    listed = queue / ".earlier" / "decisions.json"
    data = json.loads(listed.read_text(encoding="utf-8"))
    data["decisions"][0]["bundle_sha256"] = "0" * 64
    listed.write_text(json.dumps(data), encoding="utf-8")
    with (
        ReviewQueue(str(tmp_path / "q.sqlite3"), actor="importer@example.com") as store,
        pytest.raises(PoeReviewerError, match=r"no bundle in .* is the evidence of the decision on claim X1"),
    ):
        load_history(store, queue)


SAMPLES = Path(__file__).resolve().parent.parent / "sample_poe"


def test_the_sample_queue_holds_a_returning_claim_of_each_kind(tmp_path: Path) -> None:
    """tools/samples.md: fixed POE, the same POE renamed, expired unanswered, a dispute with new
    evidence, a dispute of a consent loss, a partial approval's follow-up."""
    from poe_reviewer.application.returning import compare_with_last_decision

    today = dt.date(2026, 1, 5)
    with ReviewQueue(str(tmp_path / "q.sqlite3"), actor="importer@example.com") as store:
        assert load_history(store, SAMPLES, as_of=today) == 5
        bundles, _ = expand_bundle_paths([SAMPLES])
        wanted = [b for b in bundles if Path(b).name.startswith("3113")]
        assert all(not isinstance(o, BaseException) for _p, o in store.import_paths(wanted))

        fixed = compare_with_last_decision(store, "3113105")
        assert fixed is not None
        assert fixed.reasons
        assert all(r.state == "met" for r in fixed.reasons), [(r.reason, r.state) for r in fixed.reasons]
        assert store.get_claim("3113105").summary.recommendation == "approve"

        renamed = compare_with_last_decision(store, "3113218")
        assert renamed is not None
        assert [d.change for d in renamed.changed_documents] == ["renamed"]
        assert renamed.new_documents == ()
        assert all(r.state == "not_met" for r in renamed.reasons)

        assert store.get_claim("3113342").summary.expired(today)
        assert store.get_claim("3113342").summary.suggestion(today) == "reject"

        dispute = compare_with_last_decision(store, "3113467")
        assert dispute is not None
        assert dispute.life is not None
        assert dispute.life.kind == "dispute"
        assert store.get_claim("3113467").summary.recommendation == "approve"

        consent_loss = store.get_claim("3113590")
        assert consent_loss.summary.recommendation == "reject"
        window = next(c for c in consent_loss.checks if c.id == "submission_window")
        assert "disputes are not accepted" in window.summary

        partial = store.get_claim("3113612")
        d = partial.current_decision
        assert d is not None
        assert d.decision.decision == "partially_approved"
        back = [w["name"] for w in d.decision.to_export_json()["workloads"] if w["decision"] != "approved"]
        assert back == ["MICROSOFT DEFENDER ENDPOINT"], "the export lists the workload that comes back"
        assert store.get_claim("3113735").summary.recommendation == "approve"


def test_an_action_required_decided_after_its_deadline_did_not_expire_by_silence() -> None:
    """Expired means the partner had time and did not answer; an Action Required saved after the deadline
    was late itself (the decision panel says so in red before it is saved)."""
    from poe_reviewer.storage.store_records import ClaimSummary

    def summary(decided: dt.datetime) -> ClaimSummary:
        return ClaimSummary("X1", 1, "action_required", "partner_activities", "P", "C", "W", "approve",
                            dt.date(2025, 10, 2), "respond", False, False, False, "dana@example.com", 2,
                            decided_at=decided)  # fmt: skip

    today = dt.date(2025, 10, 10)
    assert summary(dt.datetime(2025, 9, 18, 10, tzinfo=dt.UTC)).expired(today)
    assert not summary(dt.datetime(2025, 10, 5, 10, tzinfo=dt.UTC)).expired(today)
