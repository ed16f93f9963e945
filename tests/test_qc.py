"""Second-level QC (issue 14): a share of each reviewer's decisions, every rejection and the large Partner
Activities claims go to a second reviewer, who agrees or overturns with a reason; a decision under QC is
exported only after QC; nobody checks their own decision; the overturn rates per reviewer and per check.

On SQLite and PostgreSQL (the storage tests' fixtures)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from poe_reviewer.application.qc import ALWAYS_KIND, AMOUNT, SAMPLED, QcPolicy, QueueQcRules, drawn
from poe_reviewer.application.queue import OwnDecisionError, QcError, ReviewQueue
from poe_reviewer.cli import main
from poe_reviewer.errors import PolicyError
from poe_reviewer.policy import Policy, load_policy
from poe_reviewer.review import Decision
from tests.builders import PARTNER_ACTIVITIES, make_claim
from tests.test_storage import Clock, confirmed, imported

pytest_plugins = ("tests.test_storage",)

ALICE, BOB = "alice@example.com", "bob@example.com"


def qc_policy(**sample: Any) -> Policy:
    base = load_policy()
    sections = {k: base[k] for k in base}
    sections["qc"] = {"sample": {"enabled": True, "share": 0.0, "always": ["rejected"], **sample}}
    return Policy(sections, source="test")


@pytest.fixture
def team(db_url: str, clock: Clock) -> Iterator[ReviewQueue]:
    with ReviewQueue(db_url, actor="importer@example.com", now=clock, policy=qc_policy()) as s:
        yield s


def exported(store: ReviewQueue, tmp_path: Path, name: str) -> list[tuple[str, str, str]]:
    result = store.export(tmp_path / name)
    return [(d.claim_id, d.decision, d.reviewer) for d in result.decisions]


def test_a_rejection_waits_for_qc_and_goes_out_once_a_second_reviewer_agrees(team: ReviewQueue, tmp_path: Path) -> None:
    imported(team, tmp_path, "A1", "A2")
    team.decide("A1", "approve", reviewer=ALICE, resolutions=confirmed(team, "A1"))
    team.decide("A2", "reject", reviewer=ALICE, comment="The partner is the customer's parent company.")
    waiting = team.qc_queue()
    assert [(i.claim_id, i.decision.decision, i.reasons) for i in waiting] == [("A2", "rejected", (ALWAYS_KIND,))]
    assert team.qc_queue(for_reviewer=ALICE) == [], "nobody is shown their own decisions to check"
    assert exported(team, tmp_path, "first.json") == [("A1", "approved", ALICE)]
    agreed = team.qc_agree("A2", by=BOB, note="Parent company confirmed in the register.")
    assert (agreed.state, agreed.qc_reviewer) == ("agreed", BOB)
    assert team.qc_queue() == []
    assert exported(team, tmp_path, "second.json") == [("A2", "rejected", ALICE)]
    events = [(e.action, e.details.get("event")) for e in team.audit_trail("A2") if e.action == "qc"]
    assert events == [("qc", "drawn"), ("qc", "agreed")]


def test_four_eyes_nobody_checks_their_own_decision(team: ReviewQueue, tmp_path: Path) -> None:
    imported(team, tmp_path, "A1")
    team.decide("A1", "reject", reviewer=ALICE, comment="No customer acknowledgement.")
    with pytest.raises(OwnDecisionError, match="QC needs a second reviewer"):
        team.qc_agree("A1", by="Alice@Example.com ")
    with pytest.raises(OwnDecisionError):
        team.overturn("A1", "action_required", reason="fixable", reviewer=ALICE, comment="Please send it.")
    assert [i.state for i in team.qc_queue()] == ["pending"]
    team.qc_agree("A1", by=BOB)
    with pytest.raises(QcError, match="has no decision waiting for QC"):
        team.qc_agree("A1", by="carol@example.com")


def test_an_overturned_decision_is_replaced_by_the_second_reviewers_and_counted(
    team: ReviewQueue, tmp_path: Path
) -> None:
    imported(team, tmp_path, "A1", "A2")
    team.decide("A1", "reject", reviewer=ALICE, comment="Old signature.")
    team.decide("A2", "reject", reviewer=ALICE, comment="Affiliate.")
    with pytest.raises(QcError, match="needs the reason"):
        team.overturn("A1", "action_required", reason=" ", reviewer=BOB, comment="Please send a recent one.")
    saved = team.overturn(
        "A1", "action_required", reason="Fixable: the partner can send a recent acknowledgement.", reviewer=BOB,
        comment="Please upload a customer acknowledgement dated within 12 months.",
    )  # fmt: skip
    assert (saved.decision.decision, saved.decision.reviewer) == ("action_required", BOB)
    assert team.get_claim("A1").summary.status == "action_required"
    team.qc_agree("A2", by=BOB)
    assert sorted(exported(team, tmp_path, "out.json")) == [("A1", "action_required", BOB), ("A2", "rejected", ALICE)]
    stats = team.qc_stats()
    assert stats.pending == 0
    assert (stats.by_reviewer[ALICE].checked, stats.by_reviewer[ALICE].overturned) == (2, 1)
    assert stats.by_reviewer[ALICE].rate == 0.5
    raised = {k: (r.checked, r.overturned) for k, r in stats.by_check.items()}
    assert raised, "the checks that raised something on the decisions checked"
    assert all(checked == 2 and turned == 1 for checked, turned in raised.values())
    # the QC reviewer's own decision is final QC: it is not drawn again
    assert team.qc_queue(states=("pending",)) == []


def test_qc_survives_reopening_and_an_undone_decision_leaves_nothing_to_check(
    db_url: str, clock: Clock, tmp_path: Path
) -> None:
    with ReviewQueue(db_url, actor="importer@example.com", now=clock, policy=qc_policy()) as store:
        imported(store, tmp_path, "A1", "A2")
        store.decide("A1", "reject", reviewer=ALICE, comment="Affiliate.")
        store.decide("A2", "reject", reviewer=ALICE, comment="Affiliate.")
        store.undo_decision("A2", by=ALICE)
    with ReviewQueue(db_url, actor="importer@example.com", now=clock, policy=qc_policy()) as store:
        assert [i.claim_id for i in store.qc_queue()] == ["A1"]
        assert store.qc_item("A1") is not None
        assert store.qc_item("A2") is None
        assert store.qc_stats().pending == 1, "the undone decision waits for nothing"


def test_without_qc_every_decision_goes_out_at_once(store: ReviewQueue, tmp_path: Path) -> None:
    # the shipped policy: QC is off (one reviewer alone has nobody to check their decisions)
    imported(store, tmp_path, "A1")
    store.decide("A1", "reject", reviewer=ALICE, comment="Affiliate.")
    assert store.qc_queue() == []
    assert exported(store, tmp_path, "out.json") == [("A1", "rejected", ALICE)]


# -- the draw (pure) ---------------------------------------------------------------------------------------
def _decision(n: int, reviewer: str = ALICE, kind: str = "approved") -> Decision:
    at = dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC) + dt.timedelta(minutes=7 * n)
    return Decision.from_export_json({
        "claim_id": str(4000000 + n), "decision": kind, "workloads": [], "comment": "", "template_id": None,
        "reviewer": reviewer, "decided_at": at.isoformat(), "respond_by": None, "conflict": None, "checks": {},
        "bundle_sha256": "0" * 64,
    })  # fmt: skip


def test_the_draw_takes_about_the_share_of_each_reviewer_and_always_the_same_decisions() -> None:
    for reviewer in (ALICE, BOB):
        decisions = [_decision(n, reviewer) for n in range(2000)]
        share = sum(drawn(d, 0.10) for d in decisions) / len(decisions)
        assert 0.08 <= share <= 0.12, share
        assert [drawn(d, 0.10) for d in decisions[:50]] == [drawn(d, 0.10) for d in decisions[:50]]
    assert not any(drawn(_decision(n), 0.0) for n in range(200))
    assert all(drawn(_decision(n), 1.0) for n in range(200))


def test_large_partner_activities_claims_and_listed_kinds_are_always_drawn() -> None:
    rules = QueueQcRules(qc_policy(partner_activities_above_usd=5000, always=["rejected"]))
    big = make_claim(PARTNER_ACTIVITIES, engagement__proposed_payout_usd=7500.0)
    small = make_claim(PARTNER_ACTIVITIES, engagement__proposed_payout_usd=2000.0)
    assert rules.sample(big, _decision(1)) == (AMOUNT,)
    assert rules.sample(small, _decision(1)) == ()
    assert rules.sample(small, _decision(1, kind="rejected")) == (ALWAYS_KIND,)
    everything = QueueQcRules(qc_policy(share=1.0, always=[]))
    assert everything.sample(make_claim(), _decision(2)) == (SAMPLED,)
    off = QueueQcRules(load_policy())
    assert off.sample(big, _decision(1, kind="rejected")) == ()


@pytest.mark.parametrize(
    "sample",
    [{"share": 1.5}, {"always": ["maybe"]}, {"partner_activities_above_usd": -1}, {"enabled": "yes"}],
)
def test_a_malformed_qc_policy_is_refused_naming_the_file(sample: dict[str, Any]) -> None:
    with pytest.raises(PolicyError, match=r"qc\.toml"):
        QcPolicy.from_policy(qc_policy(**sample))


# -- the command line --------------------------------------------------------------------------------------
def test_qc_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    monkeypatch.setattr("poe_reviewer.application.queue.load_policy", lambda: qc_policy())
    with ReviewQueue(db, actor="importer@example.com", policy=qc_policy()) as store:
        imported(store, tmp_path, "A1", "A2")
        store.decide("A1", "reject", reviewer=ALICE, comment="Affiliate.")
        store.decide("A2", "reject", reviewer=ALICE, comment="Old signature.")
        store.register_reviewer(BOB, "Bob Builder")
    base = ["--db", db]
    assert main(["qc", "list", "--json", "--reviewer", BOB, *base]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(i["claim_id"], i["reasons"]) for i in listed] == [("A1", ["kind"]), ("A2", ["kind"])]
    assert main(["qc", "agree", "A1", "--reviewer", BOB, *base]) == 0
    assert "Agreed: claim A1 rejected" in capsys.readouterr().out
    assert main(["qc", "overturn", "A2", "--action-required", "--reason", "Fixable.", "--comment", "Send a recent "
                 "acknowledgement.", "--reviewer", BOB, *base]) == 0  # fmt: skip
    assert "Overturned: claim A2 is now action required" in capsys.readouterr().out
    assert main(["qc", "stats", "--json", *base]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["by_reviewer"][ALICE] == {"checked": 2, "overturned": 1, "rate": 0.5}


def test_the_queue_marks_a_decision_waiting_for_qc(team: ReviewQueue, tmp_path: Path) -> None:
    imported(team, tmp_path, "A1", "A2")
    team.decide("A1", "reject", reviewer=ALICE, comment="Affiliate.")
    team.decide("A2", "approve", reviewer=ALICE, resolutions=confirmed(team, "A2"))
    assert {c.claim_id: c.qc_pending for c in team.list_claims()} == {"A1": True, "A2": False}
    assert team.get_claim("A1").summary.qc_pending
    team.qc_agree("A1", by=BOB)
    assert not team.get_claim("A1").summary.qc_pending
