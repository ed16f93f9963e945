"""Reviewer metrics (issue 14): computed from a scripted day of decisions — pace per day and per hour worked,
the median time to decision, the suggestions overridden and the checks reviewers disagree with most, QC overturn
rates, due-date health — and ``poe-reviewer stats``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from poe_reviewer.application.metrics import compute_metrics, due_health, metrics_from
from poe_reviewer.application.queue import QcStats, ReviewQueue
from poe_reviewer.cli import main
from poe_reviewer.storage.store_records import DecisionRecord
from tests.test_qc import ALICE, BOB, qc_policy
from tests.test_storage import Clock, imported

pytest_plugins = ("tests.test_storage",)

DAY = dt.datetime(2026, 3, 2, tzinfo=dt.UTC)  # a Monday


def record(n: int, reviewer: str, at: str, decision: str, suggested: str, **checks: str) -> DecisionRecord:
    hours, minutes = (int(x) for x in at.split(":"))
    decided = DAY + dt.timedelta(hours=hours, minutes=minutes)
    return DecisionRecord(f"C{n}", "cpor", reviewer, decided, decision, dict(checks), suggested,
                          DAY + dt.timedelta(hours=8), False)  # fmt: skip


SCRIPTED_DAY = [
    # Alice: four decisions in three clock hours (09, 10, 11), one against the suggestion
    record(1, ALICE, "09:05", "approved", "approve", activity_detail="pass"),
    record(2, ALICE, "09:40", "rejected", "reject", ineligible_customer="fail"),
    record(3, ALICE, "10:15", "approved", "action_required", activity_detail="fail", acknowledgement_date="pass"),
    record(4, ALICE, "11:50", "action_required", "action_required", activity_detail="fail"),
    # Bob: two decisions in one hour; one where the checks asked a person to look
    record(5, BOB, "14:00", "action_required", "review", acknowledgement_date="warn"),
    record(6, BOB, "14:30", "approved", "action_required", activity_detail="fail", acknowledgement_date="fail"),
]


def test_metrics_of_a_scripted_day() -> None:
    m = metrics_from(SCRIPTED_DAY, [], QcStats(pending=0), today=DAY.date())
    assert m.decided == 6
    alice, bob = m.reviewers
    assert (alice.reviewer, alice.decided, alice.days, alice.hours, alice.overridden) == (ALICE, 4, 1, 3, 1)
    assert alice.per_day == 4.0
    assert round(alice.per_hour, 2) == 1.33
    assert (bob.reviewer, bob.decided, bob.hours, bob.per_hour, bob.overridden) == (BOB, 2, 1, 2.0, 1)
    # time from import (08:00) to decision: 1:05, 1:40, 2:15, 3:50, 6:00, 6:30 -> median 3.03 h
    assert m.median_hours_to_decision == pytest.approx((2.25 + 3 + 50 / 60) / 2, abs=0.01)
    assert (m.followed, m.overridden, m.asked_to_look) == (3, 2, 1)
    assert m.overridden_share == pytest.approx(0.4)
    # activity_detail failed on three decisions and two were approved all the same: the check most disagreed with
    first = m.by_check[0]
    assert (first.check_id, first.failed, first.approved_anyway) == ("activity_detail", 3, 2)
    assert [c.check_id for c in m.by_check] == ["activity_detail", "acknowledgement_date", "ineligible_customer"]
    assert m.per_day == ((DAY.date(), 6),)


def test_metrics_of_the_queue_and_the_stats_command(
    db_url: str, clock: Clock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clock.now = DAY + dt.timedelta(hours=8)
    with ReviewQueue(db_url, actor="importer@example.com", now=clock, policy=qc_policy()) as store:
        imported(store, tmp_path, "S1", "S2", "S3", "S4")
        for claim_id, who, minutes, verdict in (("S1", ALICE, 65, "reject"), ("S2", ALICE, 100, "action_required"),
                                                ("S3", BOB, 400, "action_required")):  # fmt: skip
            clock.now = DAY + dt.timedelta(hours=8, minutes=minutes)
            store.decide(claim_id, verdict, reviewer=who, comment="Please send a dated customer acknowledgement.")
        store.qc_agree("S1", by=BOB)
        m = compute_metrics(store, today=DAY.date())
        suggested = {c.claim_id: c.recommendation for c in store.list_claims()}
    assert m.decided == 3
    assert {r.reviewer: r.decided for r in m.reviewers} == {ALICE: 2, BOB: 1}
    assert m.median_hours_to_decision == pytest.approx(100 / 60, abs=0.01)
    kinds = {"S1": "rejected", "S2": "action_required", "S3": "action_required"}
    expected_followed = sum(
        kinds[c] == {"approve": "approved", "reject": "rejected"}.get(s, s) for c, s in suggested.items() if c in kinds
    )
    assert m.followed + m.overridden + m.asked_to_look == 3
    assert m.followed == expected_followed
    assert (m.qc.by_reviewer[ALICE].checked, m.qc.pending) == (1, 0)
    assert sum(m.due.values()) == 1  # S4, still to review
    if db_url.startswith("sqlite"):
        assert main(["stats", "--json", "--db", db_url]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["decided"] == 3
        assert data["qc"]["by_reviewer"][ALICE] == {"checked": 1, "overturned": 0, "rate": 0.0}
        assert main(["stats", "--db", db_url, "--since", "2026-03-03"]) == 0
        assert "Decided: 0" in capsys.readouterr().out


def test_due_health_counts_only_the_claims_still_to_review() -> None:
    from poe_reviewer.storage.store_records import ClaimSummary

    def summary_with(status: str, next_due: dt.date | None) -> ClaimSummary:
        return ClaimSummary("X1", 1, status, "cpor", "P", "C", "W", "approve", next_due, "review", False, False,
                            False, None, 1)  # fmt: skip

    today = dt.date(2026, 3, 10)
    rows = [
        summary_with(status="to_review", next_due=dt.date(2026, 3, 9)),
        summary_with(status="to_review", next_due=today),
        summary_with(status="to_review", next_due=dt.date(2026, 3, 15)),
        summary_with(status="to_review", next_due=dt.date(2026, 4, 1)),
        summary_with(status="to_review", next_due=None),
        summary_with(status="approved", next_due=dt.date(2026, 3, 1)),
    ]
    assert due_health(rows, today) == {"overdue": 1, "today": 1, "week": 1, "later": 1, "none": 1}
