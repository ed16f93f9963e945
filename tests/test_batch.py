"""Batch decisions: one verdict for a selection of claims, each claim under a single decision's guards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from poe_reviewer.application.batch import decide_batch, plan_batch
from poe_reviewer.application.queue import ReviewQueue
from tests.test_conflicts import FABRIKAM, NORTHWIND, add, notified
from tests.test_storage import Clock, table_counts

REVIEWER = "dana@example.com"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ReviewQueue]:
    with ReviewQueue(str(tmp_path / "queue.sqlite3"), actor="importer@example.com", now=Clock()) as s:
        yield s


def test_a_batch_is_planned_claim_by_claim_and_saves_only_what_the_reviewer_confirmed(
    store: ReviewQueue, tmp_path: Path
) -> None:
    for claim_id in ("A1", "A2", "A3"):
        add(store, tmp_path, claim_id, FABRIKAM, "INTUNE", customer__name=f"Customer {claim_id}",
            customer__tenant_id=f"tenant-{claim_id}", customer__domain=f"c{claim_id.lower()}.com")  # fmt: skip
    store.decide("A2", "reject", reviewer="bo@example.com", comment="Dear Partner, the POE is a quote.")
    plan = plan_batch(store, ["A1", "A2", "A3", "A1"], "reject", reviewer=REVIEWER, template_id="other_reject")
    # each claim once; a claim already decided is refused with who decided it; nothing saved yet
    assert [i.claim_id for i in plan.items] == ["A1", "A2", "A3"]
    assert [i.claim_id for i in plan.to_decide] == ["A1", "A3"]
    (refused,) = plan.refused
    assert refused.claim_id == "A2"
    assert "already decided (rejected by bo@example.com)" in (refused.refused or "")
    assert table_counts(store)["decisions"] == 1
    # the comment is the template filled in for each claim
    assert all(i.comment and i.template_id == "other_reject" for i in plan.to_decide)
    steps: list[tuple[int, int]] = []
    outcome = decide_batch(store, plan, reviewer=REVIEWER, progress=lambda n, total: steps.append((n, total)))
    assert [s.decision.claim_id for s in outcome.saved] == ["A1", "A3"]
    assert outcome.failed == ()
    assert steps == [(1, 2), (2, 2)]
    for claim_id in ("A1", "A3"):
        summary = store.get_claim(claim_id).summary
        assert (summary.status, summary.decided_by) == ("rejected", REVIEWER)


def test_a_batch_refuses_approvals_over_open_checks_and_claims_of_an_open_conflict(
    store: ReviewQueue, tmp_path: Path
) -> None:
    add(store, tmp_path, "A1", FABRIKAM)
    add(store, tmp_path, "B1", NORTHWIND, detailed=False)
    notified(store)
    add(store, tmp_path, "C1", FABRIKAM, "INTUNE", detailed=False, customer__name="Other Customer Ltd",
        customer__tenant_id="tenant-c1", customer__domain="othercustomer.com")  # fmt: skip
    plan = plan_batch(store, ["A1", "B1", "C1"], "approve", reviewer=REVIEWER)
    reasons = {i.claim_id: i.refused or "" for i in plan.items}
    assert "decide its group together in the comparison" in reasons["A1"]
    assert "decide its group together in the comparison" in reasons["B1"]
    assert "an approval needs these checks confirmed one by one" in reasons["C1"]
    assert "activity_detail" in reasons["C1"]
    assert plan.to_decide == []
    assert decide_batch(store, plan, reviewer=REVIEWER).saved == ()
    assert table_counts(store)["decisions"] == 0


def test_a_claim_changed_after_the_plan_is_refused_on_saving_and_the_rest_are_saved(
    store: ReviewQueue, tmp_path: Path
) -> None:
    for claim_id in ("A1", "A2"):
        add(store, tmp_path, claim_id, FABRIKAM, "INTUNE", customer__name=f"Customer {claim_id}",
            customer__tenant_id=f"tenant-{claim_id}", customer__domain=f"c{claim_id.lower()}.com")  # fmt: skip
    plan = plan_batch(store, ["A1", "A2"], "action_required", reviewer=REVIEWER)
    assert len(plan.to_decide) == 2
    # a colleague decides A1 while the reviewer reads the plan
    store.decide("A1", "reject", reviewer="bo@example.com", comment="Dear Partner, the POE is a quote.")
    outcome = decide_batch(store, plan, reviewer=REVIEWER)
    assert [s.decision.claim_id for s in outcome.saved] == ["A2"]
    ((claim_id, why),) = outcome.failed
    assert claim_id == "A1"
    assert "A1" in why
    assert store.get_claim("A1").summary.decided_by == "bo@example.com"
    # stopped before it began: nothing saved
    again = plan_batch(store, ["A2"], "reject", reviewer=REVIEWER)
    assert again.to_decide == []
