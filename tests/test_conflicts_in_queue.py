"""Conflicting CPOR claims checked as one queue (``poe-reviewer check --queue``): only one partner can be the
partner of record for a workload, so the claim whose POE loses the comparison is not suggested for approval,
and its report says which claim won and why (seed, "Conflicting Claims - CPOR")."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from poe_reviewer.checks.base import CheckResult
from poe_reviewer.claim import Claim, parse_claim
from poe_reviewer.cli import main
from poe_reviewer.conflicts.in_queue import settle
from poe_reviewer.report import Report
from poe_reviewer.schemas import validation_errors
from tests.builders import make_claim
from tests.test_bundle import write_bundle
from tests.test_conflicts import FABRIKAM, NORTHWIND, TAILSPIN, good_checks, poe_pdf
from tests.test_storage import claim_data

NOTICE = "Another partner has claimed this workload. You have 14 calendar days to provide up-to-date POE."


def claim(claim_id: str, partner: dict[str, Any], **changes: Any) -> Claim:
    return make_claim(claim_id=claim_id, workloads=[{"name": "INTUNE", "subscription_id": None}], **partner, **changes)


def report(claim_id: str, recommendation: str, checks: tuple[CheckResult, ...]) -> Report:
    return Report(claim_id=claim_id, recommendation=recommendation, checks=list(checks), documents=[])


def failing(check_id: str, *, reject: bool = False) -> tuple[CheckResult, ...]:
    """Good checks with one of them failed (``reject``: a failure that rejects the claim)."""
    return tuple(
        dataclasses.replace(c, status="fail", summary=f"{check_id} failed", reject=reject) if c.id == check_id else c
        for c in good_checks(detailed=False)
    )


def test_a_claim_that_would_pass_alone_loses_to_the_more_detailed_valid_poe() -> None:
    winner = (claim("A", FABRIKAM), report("A", "approve", good_checks()))
    loser = (claim("B", NORTHWIND), report("B", "approve", good_checks(detailed=False)))
    settled = settle([winner, loser])
    assert settled["A"].recommendation == "approve"
    assert settled["B"].recommendation == "reject"
    conflict = settled["B"].conflict
    assert conflict is not None
    assert conflict.winner_claim_id == "A"
    assert conflict.recommendation_alone == "approve"
    assert "claim A's POE for INTUNE is valid and leads the comparison" in conflict.reason
    assert settled["B"].to_json()["conflict"]["claim_ids"] == ["A", "B"]
    assert "Conflicting claim(s) A" in settled["B"].to_text()


def test_two_valid_poe_too_close_to_call_are_both_left_to_the_reviewer() -> None:
    a = (claim("A", FABRIKAM), report("A", "approve", good_checks()))
    b = (claim("B", NORTHWIND), report("B", "approve", good_checks()))
    settled = settle([a, b])
    assert {c: r.recommendation for c, r in settled.items()} == {"A": "review", "B": "review"}
    assert "compare" in (settled["B"].conflict.reason if settled["B"].conflict else "")


def test_a_claim_needing_action_keeps_its_fourteen_days_unless_it_already_answered_the_notice() -> None:
    winner = (claim("A", FABRIKAM), report("A", "approve", good_checks()))
    asked = (claim("B", NORTHWIND), report("B", "action_required", failing("acknowledgement_date")))
    settled = settle([winner, asked])
    assert settled["B"].recommendation == "action_required"
    assert "14 calendar days to provide an up-to-date POE" in (
        settled["B"].conflict.reason if settled["B"].conflict else ""
    )

    # the partner was notified, then submitted this POE: the latest POE decides, and it does not hold
    submitted = dt.datetime(2025, 9, 15, tzinfo=dt.UTC)
    notified = claim(
        "B",
        NORTHWIND,
        submitted_at=submitted.isoformat(),
        comments=[{"author": "microsoft", "at": (submitted - dt.timedelta(days=9)).isoformat(), "text": NOTICE}],
    )
    settled = settle([winner, (notified, asked[1])])
    assert settled["B"].recommendation == "reject"
    assert "already answers the conflict notice" in (settled["B"].conflict.reason if settled["B"].conflict else "")

    # a notice after the submission is not answered by it
    late = claim(
        "B",
        NORTHWIND,
        submitted_at=submitted.isoformat(),
        comments=[{"author": "microsoft", "at": (submitted + dt.timedelta(days=2)).isoformat(), "text": NOTICE}],
    )
    assert settle([winner, (late, asked[1])])["B"].recommendation == "action_required"


def test_a_partners_own_words_are_no_notice() -> None:
    winner = (claim("A", FABRIKAM), report("A", "approve", good_checks()))
    submitted = dt.datetime(2025, 9, 15, tzinfo=dt.UTC)
    plea = claim(
        "B",
        NORTHWIND,
        submitted_at=submitted.isoformat(),
        comments=[{"author": "partner", "at": (submitted - dt.timedelta(days=1)).isoformat(),
                   "text": "Another partner has claimed this workload, but we are the incumbent."}],
    )  # fmt: skip
    assert settle([winner, (plea, report("B", "action_required", failing("acknowledgement_date")))])[
        "B"
    ].recommendation == ("action_required")


def test_without_a_valid_winner_every_claim_keeps_what_its_own_checks_say() -> None:
    a = (claim("A", FABRIKAM), report("A", "action_required", failing("customer_acknowledgement")))
    b = (claim("B", NORTHWIND), report("B", "action_required", failing("acknowledgement_date")))
    settled = settle([a, b])
    assert {c: r.recommendation for c, r in settled.items()} == {"A": "action_required", "B": "action_required"}
    assert all(r.conflict is not None for r in settled.values())


def test_a_rival_that_fails_its_own_checks_does_not_make_the_race_close() -> None:
    """Another partner uploads this claim's own acceptance: the same evidence, but its copy fails the reuse check;
    the claim that holds the original stays approved."""
    original = (claim("A", FABRIKAM), report("A", "approve", good_checks()))
    copy = (claim("B", NORTHWIND), report("B", "action_required", good_checks()))
    settled = settle([original, copy])
    assert settled["A"].recommendation == "approve"
    assert settled["B"].recommendation == "action_required"


def test_a_rejected_claim_stays_rejected_and_a_third_partner_joins_the_group() -> None:
    winner = (claim("A", FABRIKAM), report("A", "approve", good_checks()))
    rejected = (claim("B", NORTHWIND), report("B", "reject", failing("unacceptable_documents", reject=True)))
    third = (claim("C", TAILSPIN), report("C", "approve", good_checks(detailed=False)))
    settled = settle([winner, rejected, third])
    assert {c: r.recommendation for c, r in settled.items()} == {"A": "approve", "B": "reject", "C": "reject"}


def test_claims_that_do_not_conflict_are_left_alone() -> None:
    one_partner = [
        (claim("A", FABRIKAM), report("A", "approve", good_checks())),
        (claim("B", FABRIKAM), report("B", "approve", good_checks(detailed=False))),
    ]
    assert settle(one_partner) == {}
    other_customer = [
        (claim("A", FABRIKAM), report("A", "approve", good_checks())),
        (claim("B", NORTHWIND, customer__tenant_id="another-tenant"), report("B", "approve", good_checks())),
    ]
    assert settle(other_customer) == {}


def test_a_loser_with_an_uncontested_workload_keeps_its_own_recommendation() -> None:
    winner = (claim("A", FABRIKAM), report("A", "approve", good_checks()))
    wider = make_claim(
        claim_id="B",
        workloads=[{"name": "INTUNE", "subscription_id": None}, {"name": "TEAMS", "subscription_id": None}],
        **NORTHWIND,
    )
    settled = settle([winner, (wider, report("B", "approve", good_checks(detailed=False)))])
    assert settled["B"].recommendation == "approve"
    assert settled["B"].conflict is not None
    assert "not contested" in settled["B"].conflict.reason


def test_check_queue_reports_the_conflict_and_a_lone_check_does_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = []
    for claim_id, partner, detailed in (("7100001", FABRIKAM, True), ("7100002", NORTHWIND, False)):
        data = claim_data(claim_id, workloads=[{"name": "INTUNE", "subscription_id": None}], **partner)
        files = {"POE/poe.pdf": poe_pdf(partner["partner__name"], detailed=detailed)}
        paths.append(str(write_bundle(tmp_path / claim_id, data, files)))
    assert parse_claim(json.loads((Path(paths[0]) / "claim.json").read_text()))  # the bundles are claims
    main(["check", *paths, "--queue", "--json"])
    reports = {r["claim_id"]: r for r in json.loads(capsys.readouterr().out)}
    assert "conflict" not in reports["7100001"] or reports["7100001"]["conflict"]["winner_claim_id"] == "7100001"
    assert reports["7100002"]["conflict"]["winner_claim_id"] == "7100001"
    assert reports["7100002"]["recommendation"] != "approve"
    assert validation_errors("poe-check-report/1", reports["7100002"]) == []  # still the spec's report
    main(["check", paths[1], "--json"])
    alone = json.loads(capsys.readouterr().out)
    assert "conflict" not in alone
