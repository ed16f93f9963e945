"""Conflicting CPOR claims ("Conflicting Claims - CPOR"): finding the groups, comparing their claims,
the fourteen-day window, one decision for a group, and its export.

The pure part (poe_reviewer.conflicts) is tested on claims and check results built here; the store
part on SQLite and PostgreSQL (the storage tests' fixtures); the sample queue's conflict groups end
to end on SQLite.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from poe_reviewer import conflicts
from poe_reviewer.application.queue import (
    AlreadyDecidedError,
    ConflictOpenError,
    ReviewQueue,
    StaleDecisionError,
    UnknownConflictGroupError,
)
from poe_reviewer.checks.base import CheckResult, Evidence, Status
from poe_reviewer.cli import main
from poe_reviewer.conflicts import ClaimedWorkload, ClaimRecord, Contender, find_groups
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.findings.facts import (
    AcknowledgementDateFact,
    AcknowledgementFact,
    ActivityFact,
    CheckFact,
    WorkloadFact,
)
from poe_reviewer.policy import load_policy
from poe_reviewer.review import DecisionError
from poe_reviewer.schemas import validation_errors
from tests.builders import make_claim
from tests.conftest import REPO
from tests.test_bundle import write_bundle
from tests.test_storage import Clock, claim_data, table_counts

# the store fixtures (SQLite and PostgreSQL) of the storage tests
pytest_plugins = ("tests.test_storage",)

POLICY = load_policy()
FABRIKAM: dict[str, Any] = {
    "partner__name": "Fabrikam, Inc.",
    "partner__location_id": "5272302",
    "partner__domains": ["fabrikam.com"],
}
NORTHWIND: dict[str, Any] = {
    "partner__name": "Northwind Traders",
    "partner__location_id": "6100001",
    "partner__domains": ["northwindtraders.com"],
}
TAILSPIN: dict[str, Any] = {
    "partner__name": "Tailspin Toys",
    "partner__location_id": "6200002",
    "partner__domains": ["tailspin.com"],
}
REASON = (
    "The proof of execution chosen shows the deployment of the workload for 950 devices, acknowledged by the "
    "customer in August 2025; the other shows a one-day workshop."
)


# -- finding groups (pure) ---------------------------------------------------------------------------------
KEYS = conflicts.WorkloadKeys(POLICY)


def contender(
    claim_id: str,
    location: str,
    *workloads: str | tuple[str, str],
    customer: str = "tenant:t1",
    kind: str = "usage",
    area: str = "Security",
    associated: tuple[str, ...] = (),
    submitted: dt.datetime | None = None,
) -> Contender:
    claimed = []
    for w in workloads:
        name, sub = (w, None) if isinstance(w, str) else w
        claimed.append(ClaimedWorkload(name, sub, KEYS.key(name, sub, area)))
    return Contender(
        claim_id=claim_id,
        partner_name=f"Partner {location}",
        location_id=location,
        customer_key=customer,
        customer_name="Contoso Ltd",
        claim_kind=kind,
        workloads=tuple(claimed),
        associated=frozenset(KEYS.key(a, None, area) for a in associated),
        submitted_at=submitted,
    )


def test_two_partners_on_one_tenant_and_workload_make_a_group() -> None:
    (group,) = find_groups([contender("A", "1", "INTUNE"), contender("B", "2", "INTUNE")])
    assert group.claim_ids == ("A", "B")
    assert [w.key for w in group.workloads] == ["INTUNE"]
    assert group.workloads[0].claim_ids == ("A", "B")
    assert group.partners == 2
    assert re.fullmatch(r"CG-[0-9A-F]{12}", group.group_id)


def test_three_partners_make_one_group_whose_id_is_stable() -> None:
    claims = [contender("A", "1", "INTUNE"), contender("B", "2", "INTUNE"), contender("C", "3", "INTUNE")]
    ids = {find_groups(list(order))[0].group_id for order in itertools.permutations(claims)}
    assert len(ids) == 1, "the id does not depend on the order the claims are found in"
    (group,) = find_groups(claims)
    assert group.claim_ids == ("A", "B", "C")
    assert group.partners == 3
    assert group.group_id == conflicts.group_id(["C", "B", "A"], ["INTUNE"])
    # a group of two of them is another group (a third partner's claim notifies everyone again)
    assert find_groups(claims[:2])[0].group_id != group.group_id


def test_one_partner_claiming_twice_is_no_conflict() -> None:
    assert find_groups([contender("A", "1", "INTUNE"), contender("A2", "1", "INTUNE")]) == []
    (group,) = find_groups(
        [contender("A", "1", "INTUNE"), contender("A2", "1", "INTUNE"), contender("B", "2", "INTUNE")]
    )
    assert group.claim_ids == ("A", "A2", "B")


def test_other_customers_and_association_types_do_not_conflict() -> None:
    assert find_groups([contender("A", "1", "INTUNE"), contender("B", "2", "INTUNE", customer="tenant:t2")]) == []
    assert find_groups([contender("A", "1", "INTUNE"), contender("B", "2", "INTUNE", kind="pre_sales")]) == []
    assert find_groups([contender("A", "1", "INTUNE"), contender("B", "2", "MICROSOFT DEFENDER ENDPOINT")]) == []


def test_partial_overlap_contests_only_the_shared_workload() -> None:
    (group,) = find_groups(
        [
            contender("A", "1", "INTUNE", "MICROSOFT DEFENDER ENDPOINT"),
            contender("B", "2", "MICROSOFT DEFENDER ENDPOINT"),
        ]
    )
    assert [w.name for w in group.workloads] == ["MICROSOFT DEFENDER ENDPOINT"]
    assert group.workloads_of("A") == group.workloads
    assert group.workload("microsoft defender endpoint") is group.workloads[0]
    assert group.workload("INTUNE") is None


def test_overlaps_chained_through_claims_are_one_group_contesting_each_shared_workload() -> None:
    claims = [
        contender("A", "1", "INTUNE"),
        contender("B", "2", "INTUNE", "EXCHANGE ONLINE"),
        contender("C", "3", "EXCHANGE ONLINE"),
    ]
    (group,) = find_groups(claims)
    assert group.claim_ids == ("A", "B", "C")
    assert {w.name: w.claim_ids for w in group.workloads} == {"EXCHANGE ONLINE": ("B", "C"), "INTUNE": ("A", "B")}


def test_the_catalogue_spelling_of_a_workload_decides_not_the_claimed_text() -> None:
    (group,) = find_groups(
        [contender("A", "1", "MICROSOFT ENTRA ID P2"), contender("B", "2", "Azure Active Directory Premium 2")]
    )
    assert group.workloads[0].key == "AZURE ACTIVE DIRECTORY PREMIUM 2"


def test_business_applications_conflict_per_subscription() -> None:
    ba = "Business Applications"
    fs = "DYNAMICS 365 FIELD SERVICE"
    different = [
        contender("A", "1", (fs, "SUB-1"), area=ba),
        contender("B", "2", (fs, "SUB-2"), area=ba),
    ]
    assert find_groups(different) == [], "the same workload on another subscription is another association"
    same = [contender("A", "1", (fs, "SUB-1"), area=ba), contender("B", "2", (fs, "sub-1"), area=ba)]
    (group,) = find_groups(same)
    assert group.workloads[0].key == f"{fs}@sub-1"
    assert group.workloads[0].label == f"{fs} (subscription SUB-1)"
    # outside Business Applications the association is per workload, whatever subscription is written
    assert find_groups(
        [contender("A", "1", ("INTUNE", "X"), area="Security"), contender("B", "2", ("INTUNE", "Y"), area="Security")]
    )


def test_an_approved_association_is_marked_on_the_contested_workload() -> None:
    (group,) = find_groups([contender("A", "1", "INTUNE", associated=("INTUNE",)), contender("B", "2", "INTUNE")])
    assert group.workloads[0].associated == ("A",)
    assert conflicts.incumbents(group, group.workloads[0]) == ("A",)
    # without an association the first claim filed is the associated partner's
    early, late = dt.datetime(2025, 8, 1, tzinfo=dt.UTC), dt.datetime(2025, 9, 1, tzinfo=dt.UTC)
    (group,) = find_groups(
        [contender("A", "1", "INTUNE", submitted=late), contender("B", "2", "INTUNE", submitted=early)]
    )
    assert conflicts.incumbents(group, group.workloads[0]) == ("B",)


# -- comparing and suggesting (pure) -----------------------------------------------------------------------
def ev(quote: str, document: str = "POE/poe.pdf", page: int | None = 1) -> Evidence:
    return Evidence(document, quote, page, (72.0, 100.0, 300.0, 112.0) if page else None)


def check(
    check_id: str,
    status: Status,
    summary: str,
    *evidence: Evidence,
    reject: bool = False,
    facts: tuple[CheckFact, ...] | None = (),
) -> CheckResult:
    return CheckResult(check_id, status, summary, tuple(evidence), reject=reject, facts=facts)


def good_checks(date: str = "2025-08-14", *, detailed: bool = True, names: Status = "pass") -> tuple[CheckResult, ...]:
    activity = (
        check(
            "activity_detail",
            "pass",
            "The POE states the activities in detail: users/devices in scope ('1,200 users', '950 devices'); a "
            "timeline ('Phase 1', 'Phase 2'); at least 6 concrete tasks tied to a technology (e.g. 'Enrolled 950 "
            "devices'); the customer's situation ('legacy AV').",
            ev("Intune deployment for 1,200 users and 950 devices"),
            ev("Phase 1 - Prepare (June 2 - June 27, 2025)"),
            ev("Enrolled 950 devices in Intune with Autopilot"),
            facts=(ActivityFact(("1,200 users", "950 devices"), ("Phase 1", "Phase 2"), 6, True, True),),
        )
        if detailed
        else check(
            "activity_detail",
            "warn",
            "The activities are only partly detailed: users/devices in scope ('40 devices'); 1 concrete task tied "
            "to a technology (e.g. 'health check'); no timeline, few concrete tasks.",
            ev("health check of 40 devices", "ack.eml", None),
            facts=(ActivityFact(("40 devices",), (), 1, False, False),),
        )
    )
    return (
        check(
            "customer_acknowledgement",
            "pass",
            f"Valid: DocuSign envelope 7F99DCA3… signed by John Doe (Contoso Ltd) on {date} in POE/poe.pdf p.2.",
            ev("Docusign Envelope ID: 7F99DCA3-32A3-5BA6-86F4-998D8F1E77A1"),
            ev(f"Date Signed {date}", page=2),
            facts=(
                AcknowledgementFact(
                    "esignature",
                    "valid",
                    "POE/poe.pdf",
                    "John Doe",
                    "customer",
                    dt.date.fromisoformat(date),
                    platform="DocuSign",
                    strength=5,
                ),
            ),
        ),
        check(
            "acknowledgement_date",
            "pass",
            f"Customer signature dated {date} ('Date Signed') is within 12 months before submission (2025-09-15).",
            ev(f"Date Signed {date}", page=2),
            facts=(AcknowledgementDateFact(dt.date.fromisoformat(date), "signature", "Date Signed", "POE/poe.pdf"),),
        ),
        activity,
        check(
            "workload_match",
            "pass",
            "Every claimed workload is evidenced in the POE. INTUNE: mentioned on page 1 of POE/poe.pdf ('Enrolled "
            "950 devices in Intune with Autopilot').",
            ev("Enrolled 950 devices in Intune with Autopilot"),
            facts=(
                WorkloadFact(
                    "INTUNE",
                    "evidenced",
                    "INTUNE: mentioned on page 1 of POE/poe.pdf ('Enrolled 950 devices in Intune with Autopilot')",
                    ("Enrolled 950 devices in Intune with Autopilot",),
                ),
            ),
        ),
        check("partner_customer_names", names, "The partner's name appears on page 2 of POE/poe.pdf."),
        check("customer_domain", "not_applicable", "No acknowledgement e-mails in the POE."),
    )


def record(claim_id: str, partner: dict[str, Any], checks: tuple[CheckResult, ...], **kw: Any) -> ClaimRecord:
    claim = make_claim(claim_id=claim_id, workloads=[{"name": "INTUNE", "subscription_id": None}], **partner)
    return ClaimRecord(claim=claim, checks=checks, recommendation=kw.pop("recommendation", "approve"), **kw)


def pair_group() -> conflicts.ConflictGroup:
    (group,) = find_groups([contender("A", "5272302", "INTUNE"), contender("B", "6100001", "INTUNE")])
    return group


def test_comparison_rows_quote_the_evidence_of_each_claim() -> None:
    records = {
        "A": record("A", FABRIKAM, good_checks("2025-08-14")),
        "B": record("B", NORTHWIND, good_checks("2025-03-20", detailed=False, names="fail")),
    }
    comparison = conflicts.compare(pair_group(), records, policy=POLICY, today=dt.date(2025, 9, 20))
    assert [c.claim_id for c in comparison.columns] == ["A", "B"]
    kind = comparison.row("acknowledgement_kind")
    assert kind.cell("A").text.startswith("eSignature (DocuSign)")
    assert kind.cell("A").evidence[0].quote.startswith("Docusign Envelope ID")
    assert comparison.row("latest_poe_date").cell("A").text == "2025-08-14"
    assert comparison.row("latest_poe_date").cell("B").text == "2025-03-20"
    users = comparison.row("users_in_scope")
    assert users.cell("A").text == "1,200 users, 950 devices"
    assert users.cell("A").evidence
    assert users.cell("A").evidence[0].page == 1
    assert users.cell("A").evidence[0].bbox is not None
    assert comparison.row("timeline").cell("A").evidence[0].quote.startswith("Phase 1")
    assert comparison.row("timeline").cell("B").status == "fail"
    assert comparison.row("tasks").cell("A").text == "at least 6"
    workload = comparison.row("workload:INTUNE")
    assert workload.cell("A").text.startswith("evidenced")
    assert workload.cell("A").evidence[0].quote.startswith("Enrolled 950 devices")
    assert comparison.row("names").cell("B").status == "fail"
    assert {r.key for r in comparison.rows} >= {
        "acknowledgement_date",
        "activity_detail",
        "workloads_claimed",
        "domains",
        "check:customer_acknowledgement",
    }
    assert all(len(r.cells) == 2 for r in comparison.rows)
    suggestion = comparison.suggestion
    assert suggestion.winner_claim_id == "A"
    assert suggestion.winners == {"INTUNE": "A"}
    assert "A (" in suggestion.explanation
    assert "names not valid" in suggestion.explanation
    # the draft reason describes the winning POE without naming anyone
    assert "Fabrikam" not in suggestion.reason
    assert "Northwind" not in suggestion.reason
    conflicts.check_reason(pair_group(), records, suggestion.reason)
    json.dumps(comparison.to_json(dt.date(2025, 9, 20)))


def test_open_window_prefers_detail_and_after_it_the_latest_poe_decides() -> None:
    detailed_older = record("A", FABRIKAM, good_checks("2025-06-02"))
    thin = good_checks("2025-09-01")
    thin = tuple(
        c if c.id != "activity_detail" else check(
            "activity_detail", "pass", "The POE states the activities in detail: users/devices in scope ('40 "
            "devices'); a timeline ('Phase 1'); 2 concrete tasks tied to a technology (e.g. 'health check').",
        )
        for c in thin
    )  # fmt: skip
    thinner_newer = record("B", NORTHWIND, thin)
    records = {"A": detailed_older, "B": thinner_newer}
    group = pair_group()
    open_ = conflicts.compare(
        group, records, policy=POLICY, today=dt.date(2025, 9, 20), window_end=dt.date(2025, 10, 1)
    )
    closed = conflicts.compare(
        group, records, policy=POLICY, today=dt.date(2025, 10, 2), window_end=dt.date(2025, 10, 1)
    )
    assert open_.suggestion.winner_claim_id == "A"
    assert "most detailed" in open_.suggestion.explanation
    assert closed.suggestion.winner_claim_id == "B"
    assert "latest valid POE" in closed.suggestion.explanation
    assert open_.days_left(dt.date(2025, 9, 20)) == 11
    assert closed.days_left(dt.date(2025, 10, 2)) == -1
    assert not closed.window_open(dt.date(2025, 10, 2))
    # a valid POE beats a newer one that fails a requirement or is not detailed, window or not
    for newer in (good_checks("2025-09-10", names="fail"), good_checks("2025-09-10", detailed=False)):
        late = conflicts.compare(
            group, {"A": detailed_older, "B": record("B", NORTHWIND, newer)}, policy=POLICY,
            today=dt.date(2025, 10, 2), window_end=dt.date(2025, 10, 1),
        )  # fmt: skip
        assert late.suggestion.winner_claim_id == "A"


def test_while_open_the_associated_partner_who_loses_is_asked_for_an_up_to_date_poe() -> None:
    early, late = dt.datetime(2025, 8, 1, tzinfo=dt.UTC), dt.datetime(2025, 9, 1, tzinfo=dt.UTC)
    (group,) = find_groups(
        [contender("A", "5272302", "INTUNE", submitted=early), contender("B", "6100001", "INTUNE", submitted=late)]
    )
    records = {
        "A": record("A", FABRIKAM, good_checks("2025-03-02", detailed=False)),
        "B": record("B", NORTHWIND, good_checks("2025-08-20")),
    }
    facts = {c: conflicts.poe_facts(r, POLICY) for c, r in records.items()}
    assert conflicts.suggest(group, records, facts, window_open=True).others == "action_required"
    assert conflicts.suggest(group, records, facts, window_open=False).others == "reject"


def test_the_reason_may_not_name_a_partner_or_claim_of_the_group() -> None:
    group = pair_group()
    records = {"A": record("A", FABRIKAM, good_checks()), "B": record("B", NORTHWIND, good_checks())}
    for bad in (
        "Fabrikam showed more detail.",
        "FABRIKAM INC. showed more detail.",
        "The POE of Northwind Traders is older.",
        "See northwindtraders.com.",
        "Claim B had less.",
    ):
        with pytest.raises(DecisionError, match="every partner's comment"):
            conflicts.check_reason(group, records, bad if "Claim B" not in bad else "Claim B had less.")
    with pytest.raises(DecisionError, match="needs the reason"):
        conflicts.check_reason(group, records, "  ")
    assert conflicts.check_reason(group, records, f"  {REASON} ") == REASON
    # a brand word counts where the partner's domain starts with it ("Brightwave" of brightwave.com)
    brightwave = record(
        "B",
        {
            "partner__name": "Brightwave Consulting Group",
            "partner__location_id": "9",
            "partner__domains": ["brightwave.com"],
        },
        good_checks(),
    )
    with pytest.raises(DecisionError, match="Brightwave Consulting Group"):
        conflicts.check_reason(group, {"A": records["A"], "B": brightwave}, "Brightwave had less detail.")


def test_plan_needs_a_winner_for_every_contested_workload() -> None:
    (group,) = find_groups(
        [
            contender("A", "5272302", "INTUNE"),
            contender("B", "6100001", "INTUNE", "EXCHANGE ONLINE"),
            contender("C", "6200002", "EXCHANGE ONLINE"),
        ]
    )
    ex = [{"name": "INTUNE", "subscription_id": None}, {"name": "EXCHANGE ONLINE", "subscription_id": None}]
    records = {
        "A": record("A", FABRIKAM, good_checks()),
        "B": ClaimRecord(make_claim(claim_id="B", workloads=ex, **NORTHWIND), good_checks(), recommendation="approve"),
        "C": ClaimRecord(
            make_claim(claim_id="C", workloads=[ex[1]], **TAILSPIN), good_checks(), recommendation="approve"
        ),
    }
    today = dt.date(2025, 9, 20)
    with pytest.raises(DecisionError, match="did not claim EXCHANGE ONLINE"):
        conflicts.plan_group_decision(group, records, winner="A", today=today, policy=POLICY)
    plans = {
        p.claim_id: p
        for p in conflicts.plan_group_decision(
            group, records, winner="A", workload_winners={"exchange online": "C"}, today=today, policy=POLICY
        )
    }
    assert plans["A"].kind == "approved"
    assert plans["A"].template_id == "approve"
    assert plans["B"].kind == "rejected"
    assert plans["B"].lost == ("INTUNE", "EXCHANGE ONLINE")
    assert plans["B"].template_id == "conflicting_claim"
    assert plans["C"].kind == "approved"
    assert plans["C"].won == ("EXCHANGE ONLINE",)
    with pytest.raises(DecisionError, match="not in the conflicting-claim group"):
        conflicts.plan_group_decision(group, records, winner="Z", today=today, policy=POLICY)
    with pytest.raises(DecisionError, match="did not claim INTUNE"):
        conflicts.plan_group_decision(
            group, records, winner="A", workload_winners={"INTUNE": "C"}, today=today, policy=POLICY
        )
    with pytest.raises(DecisionError, match="not a contested workload"):
        conflicts.plan_group_decision(
            group, records, winner="A", workload_winners={"TEAMS": "C"}, today=today, policy=POLICY
        )


def test_plan_action_required_only_while_the_window_is_open() -> None:
    group = pair_group()
    records = {"A": record("A", FABRIKAM, good_checks()), "B": record("B", NORTHWIND, good_checks())}
    end = dt.date(2025, 10, 1)
    (a, b) = conflicts.plan_group_decision(
        group, records, winner="A", others="action_required", window_end=end, today=end, policy=POLICY
    )
    assert (a.kind, b.kind, b.template_id) == ("approved", "action_required", "conflicting_claim_update_poe")
    with pytest.raises(DecisionError, match="ended on 2025-10-01"):
        conflicts.plan_group_decision(
            group, records, winner="A", others="action_required", window_end=end, today=end + dt.timedelta(days=1),
            policy=POLICY,
        )  # fmt: skip
    with pytest.raises(DecisionError, match="reject or action_required"):
        conflicts.plan_group_decision(group, records, winner="A", others="approve", today=end, policy=POLICY)


def test_uncontested_workloads_follow_the_checks_or_the_reviewer() -> None:
    (group,) = find_groups(
        [contender("A", "5272302", "INTUNE", "MICROSOFT DEFENDER ENDPOINT"), contender("B", "6100001", "INTUNE")]
    )
    both = [
        {"name": "INTUNE", "subscription_id": None},
        {"name": "MICROSOFT DEFENDER ENDPOINT", "subscription_id": None},
    ]
    a_claim = make_claim(claim_id="A", workloads=both, **FABRIKAM)
    records = {
        "A": ClaimRecord(a_claim, good_checks(), recommendation="action_required"),
        "B": record("B", NORTHWIND, good_checks()),
    }
    today = dt.date(2025, 9, 20)
    with pytest.raises(DecisionError, match="no other partner claims"):
        conflicts.plan_group_decision(group, records, winner="B", today=today, policy=POLICY)
    plans = conflicts.plan_group_decision(
        group, records, winner="B", today=today, policy=POLICY,
        uncontested={"A": {"microsoft defender endpoint": "approved"}},
    )  # fmt: skip
    a = next(p for p in plans if p.claim_id == "A")
    assert a.kind == "partially_approved"
    assert dict(a.workload_verdicts) == {"INTUNE": "rejected", "MICROSOFT DEFENDER ENDPOINT": "approved"}
    assert a.template_id == "conflicting_claim"
    text = conflicts.render_group_comment(
        a, records["A"], reason=REASON, reviewer_name="", window_end=None, respond_by=None, policy=POLICY
    )
    assert "your claim for INTUNE has been rejected" in text
    assert "approved for MICROSOFT DEFENDER ENDPOINT" in text
    assert REASON in text
    with pytest.raises(DecisionError, match="not one of its uncontested workloads"):
        conflicts.plan_group_decision(
            group, records, winner="B", today=today, policy=POLICY,
            uncontested={"A": {"MICROSOFT DEFENDER ENDPOINT": "approved", "TEAMS": "approved"}},
        )  # fmt: skip


# -- the store: SQLite and PostgreSQL ----------------------------------------------------------------------
def poe_pdf(partner: str, *, signed: str = "8/14/2025", detailed: bool = True, workload: str = "Intune") -> bytes:
    lines = [
        f"Microsoft {workload} - Proof of Execution",
        f"Partner Company Name: {partner}",
        "Customer Company Name: Contoso Ltd",
    ]
    if detailed:
        lines += [
            f"Scope: {workload} deployment for 1,200 users and 950 Windows devices at 3 sites.",
            "Phase 1 - Prepare (June 2 - June 27, 2025): tenant configuration, Autopilot profiles.",
            "Phase 2 - Deploy (July 7 - August 15, 2025): enrolled 950 devices; compliance policies.",
            f"- Configured Windows Autopilot for 950 devices with {workload} enrollment status page.",
            "- Created 14 compliance policies and Conditional Access for 1,200 users.",
            "- Deployed BitLocker encryption policies to all 950 devices.",
        ]
    else:
        lines += [f"Thank you for the {workload} workshop last month, it was useful."]
    lines += [
        "Customer acknowledgement",
        "Docusign Envelope ID: 7F99DCA3-32A3-5BA6-86F4-998D8F1E77A1",
        "Signature: E-Signed by: John Doe",
        "Name: John Doe, CISO, Contoso Ltd",
        f"Date Signed: {signed}",
    ]
    doc = pymupdf.open()
    page = doc.new_page()
    for i, line in enumerate(lines):
        page.insert_text((50, 60 + 13 * i), line, fontsize=9)
    data: bytes = doc.tobytes()
    doc.close()
    return data


def add(
    store: ReviewQueue,
    tmp_path: Path,
    claim_id: str,
    partner: dict[str, Any],
    *workloads: str | tuple[str, str],
    detailed: bool = True,
    signed: str = "8/14/2025",
    **changes: Any,
) -> None:
    names = [{"name": w, "subscription_id": None} if isinstance(w, str) else {"name": w[0], "subscription_id": w[1]}
             for w in (workloads or ("INTUNE",))]  # fmt: skip
    data = claim_data(claim_id, workloads=names, **partner, **changes)
    files = {"POE/poe.pdf": poe_pdf(partner["partner__name"], signed=signed, detailed=detailed)}
    store.import_bundle(write_bundle(tmp_path / "bundles" / claim_id, data, files))


def only_group(store: ReviewQueue) -> conflicts.GroupState:
    (state,) = store.conflict_groups()
    return state


#: Why a group is decided before its window ends (needed to reject the others that early).
EARLY = "The other partner confirmed by e-mail it has nothing more to send."


NOTE = "Confirmed by hand in the POE"


def resolved(store: ReviewQueue, *claim_ids: str) -> dict[str, dict[str, str]]:
    """A note for every open check of these claims: what a reviewer approving them confirmed by hand."""
    return {
        c: {r.id: NOTE for r in store.get_claim(c).checks if r.status in ("warn", "error", "fail")}
        for c in claim_ids
    }


def notified(store: ReviewQueue, state: conflicts.GroupState | None = None) -> conflicts.GroupState:
    """The group after a reviewer recorded notifying both partners (which starts the window)."""
    state = state or only_group(store)
    return store.notify_conflict(state.group_id, how="e-mail to both partners", by="alice@example.com")


def test_import_finds_the_group_and_a_recorded_notification_starts_the_window(
    store: ReviewQueue, tmp_path: Path, clock: Clock
) -> None:
    add(store, tmp_path, "A1", FABRIKAM)
    assert store.conflict_groups() == []
    clock.advance(hours=2)
    add(store, tmp_path, "B1", NORTHWIND, detailed=False)
    add(store, tmp_path, "X1", TAILSPIN, customer__tenant_id="another-tenant", customer__domain="fourthcoffee.com")
    found = only_group(store)
    assert found.group.claim_ids == ("A1", "B1")
    # finding a group notifies nobody: no window, no notice, and a group decision is refused
    assert found.notified_at is None
    assert found.window_end is None
    assert store.conflict_notices(found) == []
    assert [e.action for e in store.audit_trail() if e.action.startswith("conflict")] == ["conflict_found"] * 2
    assert store.get_claim("A1").clocks.conflict_until is None
    with pytest.raises(PoeReviewerError, match="have not been notified yet"):
        store.decide_group(found.group_id, winner="A1", reason=REASON, others="action_required")
    clock.advance(hours=1)
    state = store.notify_conflict(found.group_id, how="e-mail to both partners", by="alice@example.com")
    assert state.notified_at == clock.now
    assert state.window_end == clock.now.date() + dt.timedelta(days=14)
    assert state.days_left(clock.now.date()) == 14
    assert state.status == "open"
    notices = store.conflict_notices(state)
    assert [(n.claim_id, n.partner_name, n.at) for n in notices] == [
        ("A1", "Fabrikam, Inc.", clock.now),
        ("B1", "Northwind Traders", clock.now),
    ]
    notes = [e for e in store.audit_trail() if e.action == "conflict_notified"]
    assert {(e.actor, e.details["how"]) for e in notes} == {("alice@example.com", "e-mail to both partners")}
    with pytest.raises(PoeReviewerError, match="already notified"):
        store.notify_conflict(found.group_id, how="again by phone", by="bo@example.com")
    badges = {c.claim_id: (c.conflict, c.next_clock) for c in store.list_claims()}
    assert badges["A1"][0]
    assert badges["B1"][0]
    assert not badges["X1"][0]
    for claim_id, other in (("A1", "B1"), ("B1", "A1")):
        detail = store.get_claim(claim_id)
        assert detail.flags["conflict_with"] == [other]
        assert detail.clocks.conflict_until == state.window_end
    # finding it again notifies nobody again
    clock.advance(days=1)
    assert store.refresh_conflicts() == 1
    assert only_group(store).notified_at == clock.now - dt.timedelta(days=1)
    assert len([e for e in store.audit_trail() if e.action == "conflict_notified"]) == 2
    comparison = store.compare_conflict(state.group_id, today=clock.now.date())
    assert comparison.suggestion.winner_claim_id == "A1"
    assert comparison.days_left(clock.now.date()) == 13
    assert comparison.columns[0].bundle_path.endswith("A1")


def test_a_conflicting_claim_is_decided_with_its_group_or_by_a_recorded_override(
    store: ReviewQueue, tmp_path: Path, clock: Clock
) -> None:
    add(store, tmp_path, "A1", FABRIKAM)
    add(store, tmp_path, "B1", NORTHWIND, detailed=False)
    state = notified(store)
    for verdict in ("approve", "reject"):
        with pytest.raises(ConflictOpenError, match=f"decide-group {state.group_id}"):
            store.decide("A1", verdict, reviewer="alice@example.com", comment="Dear Partner, ...",
                         resolutions=resolved(store, "A1")["A1"])  # fmt: skip
    assert table_counts(store)["decisions"] == 0
    with pytest.raises(PoeReviewerError, match="needs a reason"):
        store.decide("B1", "reject", comment="Dear Partner, ...", override_conflict="because")
    saved = store.decide(
        "B1", "reject", reviewer="alice@example.com", comment="Dear Partner, the claim was withdrawn.",
        override_conflict="The partner withdrew this claim in writing on 2025-09-21.",
    )  # fmt: skip
    conflict = saved.decision.conflict
    assert conflict is not None
    assert conflict.group_id == state.group_id
    assert conflict.winner_claim_id is None
    assert conflict.reason == "Decided outside its group: The partner withdrew this claim in writing on 2025-09-21."
    store.export(tmp_path / "override.json")
    (entry,) = json.loads((tmp_path / "override.json").read_text(encoding="utf-8"))["decisions"]
    assert entry["conflict"]["group_id"] == state.group_id
    # B1 rejected: it left the group, and A1 is free to be decided alone
    assert store.conflict_groups() == []
    alone = store.decide("A1", "approve", reviewer="alice@example.com", resolutions=resolved(store, "A1")["A1"])
    assert alone.decision.conflict is None


def test_a_third_partner_makes_a_new_group_and_notifies_again(store: ReviewQueue, tmp_path: Path, clock: Clock) -> None:
    add(store, tmp_path, "A1", FABRIKAM)
    add(store, tmp_path, "B1", NORTHWIND, detailed=False)
    first = only_group(store)
    clock.advance(days=3)
    add(store, tmp_path, "C1", TAILSPIN, detailed=False, signed="9/2/2025")
    state = only_group(store)
    assert state.group.claim_ids == ("A1", "B1", "C1")
    assert state.group_id != first.group_id
    assert state.notified_at is None, "the incoming partner's claim makes a new group to notify"
    state = notified(store, state)
    assert state.notified_at == clock.now
    assert {c.claim_id for c in store.list_claims() if c.conflict} == {"A1", "B1", "C1"}
    assert store.get_claim("A1").flags["conflict_with"] == ["B1", "C1"]
    assert store.get_claim("B1").clocks.conflict_until == clock.now.date() + dt.timedelta(days=14)
    with pytest.raises(PoeReviewerError, match="needs a reason"):
        store.decide_group(state.group_id, winner="A1", reason=REASON, reviewer="alice@example.com")
    saved = store.decide_group(state.group_id, winner="A1", reason=REASON, reviewer="alice@example.com",
                               early_reason=EARLY, resolutions=resolved(store, "A1"))  # fmt: skip
    assert saved[1].decision.conflict is not None
    assert saved[1].decision.conflict.reason == f"{REASON} Decided before the window ended: {EARLY}"
    assert EARLY not in saved[1].decision.comment, "the early reason is for the record, not the partner"
    assert [(d.decision.claim_id, d.decision.decision) for d in saved] == [
        ("A1", "approved"),
        ("B1", "rejected"),
        ("C1", "rejected"),
    ]
    assert store.conflict_groups() == [], "the rejected claims have left the group"
    (closed,) = store.conflict_groups(include_decided=True)
    assert closed.group_id == state.group_id
    assert closed.status == "decided"
    assert not closed.live
    assert not any(c.conflict for c in store.list_claims())


def test_partial_overlap_is_decided_per_workload_and_exported_with_the_conflict_block(
    store: ReviewQueue, tmp_path: Path, clock: Clock
) -> None:
    add(store, tmp_path, "A1", FABRIKAM, "INTUNE", "MICROSOFT DEFENDER ENDPOINT")
    add(store, tmp_path, "B1", NORTHWIND, "MICROSOFT DEFENDER ENDPOINT")
    state = notified(store)
    assert [w.name for w in state.group.workloads] == ["MICROSOFT DEFENDER ENDPOINT"]
    saved = store.decide_group(
        state.group_id,
        winner="B1",
        reason=REASON,
        reviewer="alice@example.com",
        uncontested={"A1": {"INTUNE": "approved"}},
        early_reason=EARLY,
        resolutions=resolved(store, "A1", "B1"),
    )
    by_id = {d.decision.claim_id: d.decision for d in saved}
    a = by_id["A1"]
    assert a.decision == "partially_approved"
    assert {w.name: w.decision for w in a.workloads} == {
        "INTUNE": "approved",
        "MICROSOFT DEFENDER ENDPOINT": "rejected",
    }
    assert a.template_id == "conflicting_claim"
    assert "your claim for MICROSOFT DEFENDER ENDPOINT has been rejected" in a.comment
    assert REASON in a.comment
    assert REASON in by_id["B1"].comment
    assert by_id["B1"].decision == "approved"
    for d in by_id.values():
        assert d.conflict is not None
        assert d.conflict.to_export_json() == {
            "group_id": state.group_id,
            "claim_ids": ["A1", "B1"],
            "winner_claim_id": "B1",
            "reason": f"{REASON} Decided before the window ended: {EARLY}",
        }
    summaries = {c.claim_id: c for c in store.list_claims()}
    assert summaries["A1"].status == "partially_approved"
    assert store.get_claim("A1").clocks.dispute_until is not None, "the rejected workload may be disputed"
    result = store.export(tmp_path / "out.json")
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert validation_errors("poe-decisions/1", doc) == []
    assert result.count == 2
    assert {d["claim_id"]: d["conflict"]["group_id"] for d in doc["decisions"]} == {
        "A1": state.group_id,
        "B1": state.group_id,
    }
    trail = [e for e in store.audit_trail() if e.action in ("decision", "group_decision")]
    assert [e.action for e in trail] == ["decision", "decision", "group_decision"]
    assert all(e.details["group_id"] == state.group_id for e in trail)


def test_business_applications_subscriptions(store: ReviewQueue, tmp_path: Path) -> None:
    ba: dict[str, Any] = {"solution_area": "Business Applications"}
    fs = "DYNAMICS 365 FIELD SERVICE"
    add(store, tmp_path, "A1", FABRIKAM, (fs, "SUB-1"), **ba)
    add(store, tmp_path, "B1", NORTHWIND, (fs, "SUB-2"), **ba)
    assert store.conflict_groups() == [], "same workload, another subscription: no conflict"
    assert not any(c.conflict for c in store.list_claims())
    add(store, tmp_path, "C1", TAILSPIN, (fs, "sub-1"), **ba)
    state = notified(store)
    assert state.group.claim_ids == ("A1", "C1")
    assert state.group.workloads[0].subscription_id == "SUB-1"
    saved = store.decide_group(state.group_id, winner="A1", reason=REASON, workload_winners={f"{fs}@sub-1": "A1"},
                               early_reason=EARLY, resolutions=resolved(store, "A1"))  # fmt: skip
    assert [d.decision.decision for d in saved] == ["approved", "rejected"]
    assert saved[1].decision.workloads[0].subscription_id == "sub-1"
    assert not store.get_claim("B1").summary.conflict


def test_a_claim_against_an_approved_association(store: ReviewQueue, tmp_path: Path, clock: Clock) -> None:
    add(store, tmp_path, "A1", FABRIKAM, detailed=False)
    first = store.decide("A1", "approve", reviewer="alice@example.com", resolutions=resolved(store, "A1")["A1"])
    clock.advance(days=30)
    add(store, tmp_path, "B1", NORTHWIND)
    state = notified(store)
    assert state.group.workloads[0].associated == ("A1",)
    assert state.decisions == {"A1": None, "B1": None}, "A1 was decided before the conflict"
    comparison = store.compare_conflict(state.group_id, today=clock.now.date())
    assert comparison.columns[0].associated == ("INTUNE",)
    assert "associated partner of record" in comparison.row("state").cell("A1").text
    assert comparison.suggestion.winner_claim_id == "B1"
    assert comparison.suggestion.others == "action_required", "the associated partner may send an up-to-date POE"
    # the associated partner has until the end of the window to provide an up-to-date POE
    clock.advance(days=4)
    saved = store.decide_group(state.group_id, winner="B1", reason=REASON, others="action_required",
                               resolutions=resolved(store, "B1"))  # fmt: skip
    a, b = (d.decision for d in saved)
    assert (a.decision, b.decision) == ("action_required", "approved")
    assert a.template_id == "conflicting_claim_update_poe"
    end = state.window_end
    assert end is not None
    assert a.respond_by == end
    assert "up-to-date POE" in a.comment
    assert f"until {end:%B} {end.day}, {end.year}" in a.comment
    assert "to resubmit your claim with the requested information" not in a.comment, "one deadline, the window's"
    history = store.get_claim("A1").decisions
    assert [d.superseded_by is not None for d in history] == [True, False], "the association was replaced"
    assert history[0].id == first.id
    # the group stays (A1 may still answer) but is decided: no conflict clock, the respond clock runs
    state = only_group(store)
    assert state.status == "decided"
    assert store.get_claim("A1").clocks.respond_by == state.window_end
    assert store.get_claim("A1").clocks.conflict_until is None
    with pytest.raises(AlreadyDecidedError, match="already decided in conflict group"):
        store.decide_group(state.group_id, winner="B1", reason=REASON)


def test_the_window_closed_leaves_the_latest_poe_to_decide(store: ReviewQueue, tmp_path: Path, clock: Clock) -> None:
    add(store, tmp_path, "A1", FABRIKAM)
    add(store, tmp_path, "B1", NORTHWIND)
    state = notified(store)
    clock.advance(days=14)
    assert only_group(store).window_open(clock.now.date()), "the fourteenth day is still in the window"
    clock.advance(days=1)
    today = clock.now.date()
    assert not only_group(store).window_open(today)
    comparison = store.compare_conflict(state.group_id, today=today)
    assert comparison.days_left(today) == -1
    assert comparison.suggestion.others == "reject"
    with pytest.raises(DecisionError, match="ended on"):
        store.decide_group(state.group_id, winner="A1", reason=REASON, others="action_required")
    assert table_counts(store)["decisions"] == 0


def test_a_group_decision_is_all_or_nothing_with_version_checks(store: ReviewQueue, tmp_path: Path) -> None:
    add(store, tmp_path, "A1", FABRIKAM)
    add(store, tmp_path, "B1", NORTHWIND)
    add(store, tmp_path, "C1", TAILSPIN)
    state = notified(store)
    versions = {c.claim_id: c.version for c in store.list_claims()}
    before = table_counts(store)
    with pytest.raises(StaleDecisionError):
        store.decide_group(
            state.group_id, winner="A1", reason=REASON, expected_versions={**versions, "C1": versions["C1"] - 1},
            early_reason=EARLY, resolutions=resolved(store, "A1"),
        )
    with pytest.raises(DecisionError, match="every partner's comment"):
        store.decide_group(state.group_id, winner="A1", reason="Northwind Traders had less.", early_reason=EARLY)
    with pytest.raises(UnknownConflictGroupError):
        store.decide_group("CG-000000000000", winner="A1", reason=REASON)
    assert table_counts(store)["decisions"] == before["decisions"] == 0
    # the reviewer's edited comments replace the rendered ones; the rest are rendered
    previews = store.preview_group_decision(state.group_id, winner="A1", reason=REASON, early_reason=EARLY,
                                            resolutions=resolved(store, "A1"))  # fmt: skip
    assert [d.claim_id for d in previews] == ["A1", "B1", "C1"]
    assert table_counts(store)["decisions"] == 0
    edited = previews[1].comment + "\n\nEdited by the reviewer."
    saved = store.decide_group(
        state.group_id, winner="A1", reason=REASON, expected_versions=versions, comments={"B1": edited},
        early_reason=EARLY, resolutions=resolved(store, "A1"),
    )
    assert saved[1].decision.comment == edited
    assert saved[2].decision.comment == previews[2].comment
    assert [d.version for d in saved] == [versions[c] + 1 for c in ("A1", "B1", "C1")]
    with pytest.raises(UnknownConflictGroupError, match="decided"):
        store.decide_group(state.group_id, winner="A1", reason=REASON, replace=True, early_reason=EARLY)


def test_cli_lists_groups_and_decides_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    with ReviewQueue(url, actor="importer@example.com") as store:
        add(store, tmp_path, "A1", FABRIKAM)
        add(store, tmp_path, "B1", NORTHWIND, detailed=False)
        group_id = only_group(store).group_id
    capsys.readouterr()
    assert main(["--db", url, "conflicts"]) == 0
    text = capsys.readouterr().out
    assert group_id in text
    assert "Suggested winner: A1" in text
    assert "partners NOT notified yet" in text
    me = ["--reviewer", "bo@x.com", "--reviewer-name", "Bo Example"]
    assert main(["--db", url, "decide", "A1", "--approve", *me]) == 1
    assert f"decide-group {group_id}" in capsys.readouterr().err, "a conflicting claim is not decided alone"
    assert main(["--db", url, "notify", group_id, "--how", "e-mail to both partners", *me]) == 0
    assert "fourteen-day window ends" in capsys.readouterr().out
    assert main(["--db", url, "conflicts"]) == 0
    assert "day(s) left" in capsys.readouterr().out
    assert main(["--db", url, "conflicts", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["group_id"] == group_id
    assert listed["suggestion"]["winner_claim_id"] == "A1"
    assert [c["claim_id"] for c in listed["columns"]] == ["A1", "B1"]
    assert "rows" not in listed
    assert main(["--db", url, "conflicts", "--group", group_id]) == 0
    assert "Users/devices in scope" in capsys.readouterr().out
    with ReviewQueue(url) as store:
        notes = [f"--resolve=A1:{c}={n}" for c, n in resolved(store, "A1")["A1"].items()]
    args = ["--db", url, "decide-group", group_id, "--winner", "A1", "--early-reason", EARLY, *notes,
            "--reason", REASON, "--reviewer", "bo@x.com"]  # fmt: skip
    assert main([*args, "--dry-run"]) == 0
    assert "Would save" in capsys.readouterr().out
    assert main([*args[:-4], "--reason", "Fabrikam is better.", "--reviewer", "bo@x.com"]) == 1
    assert "names the partner Fabrikam" in capsys.readouterr().err
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "A1: approved" in out
    assert "B1: rejected" in out
    assert main(["--db", url, "export", "--out", str(tmp_path / "e.json"), "--reviewer", "bo@x.com"]) == 0
    doc = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    assert validation_errors("poe-decisions/1", doc) == []
    assert {d["claim_id"]: d["conflict"]["winner_claim_id"] for d in doc["decisions"]} == {"A1": "A1", "B1": "A1"}


# -- the sample queue ----------------------------------------------------------------------------------------
def sample_expectations() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in (REPO / "tools" / "samples.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) == 8 and cells[1].isdigit():
            claim = re.match(r"(\d+)", cells[3])
            assert claim, line
            table[claim.group(1)] = cells[5].strip("*")
    return table


#: In the sample queue: an association a reviewer approves, and the later claim of another partner against it.
ASSOCIATION = ("3079758", "3107420")


def test_the_sample_queue_conflicts_are_found_and_decided_as_a_careful_reviewer_would(tmp_path: Path) -> None:
    """Every sample claim that shares a customer with another partner's claim is imported; the groups, their
    suggested winners and the decisions they lead to match tools/samples.md."""
    samples = REPO / "sample_poe"
    entries = {p.name.split("_", 1)[0]: p for p in samples.iterdir() if not p.name.startswith(".")}
    claims: dict[str, dict[str, Any]] = {}
    for claim_id, path in entries.items():
        if path.is_dir():
            claims[claim_id] = json.loads((path / "claim.json").read_text(encoding="utf-8"))
        else:
            with zipfile.ZipFile(path) as archive:
                name = next(n for n in archive.namelist() if n.endswith("claim.json"))
                claims[claim_id] = json.loads(archive.read(name))
    tenants: dict[str, set[str]] = {}
    for claim_id, data in claims.items():
        if data["program"] == "cpor":
            tenants.setdefault(data["customer"]["tenant_id"] or data["customer"]["domain"], set()).add(claim_id)
    shared = sorted(c for ids in tenants.values() if len(ids) > 1 for c in ids)
    assert len(shared) >= 10, "the sample queue has several conflict groups"
    expected = sample_expectations()
    associated, challenger = ASSOCIATION
    with ReviewQueue(f"sqlite:///{tmp_path / 'samples.sqlite3'}", actor="importer@example.com") as store:
        for claim_id in shared:
            if claim_id != challenger:
                store.import_bundle(entries[claim_id])
        # the reviewer approves the association before another partner claims it
        store.decide(associated, "approve", reviewer="alice@example.com",
                     resolutions=resolved(store, associated)[associated])  # fmt: skip
        store.import_bundle(entries[challenger])
        (contested,) = [s for s in store.conflict_groups() if challenger in s.group.claim_ids]
        assert contested.group.workloads[0].associated == (associated,)
        states = store.conflict_groups()
        sizes = sorted(len(s.group.claim_ids) for s in states)
        assert len(states) >= 4, sizes
        assert sizes[-1] >= 3, sizes
        subscription_groups = [s for s in states if any(w.subscription_id for w in s.group.workloads)]
        assert subscription_groups, "a Business Applications subscription conflict"
        partial = [
            s
            for s in states
            if any(len(store.get_claim(c).claim.workloads) > len(s.group.workloads_of(c)) for c in s.group.claim_ids)
        ]
        assert partial, "a partial overlap"
        today = store.now().date()
        # the comparison reads the checks' findings: the real checks' wording must still be understood
        (trey,) = [s for s in states if "3105110" in s.group.claim_ids]
        facts = store.compare_conflict(trey.group_id, today=today).facts["3105110"]
        assert facts.acknowledgement_kind == "eSignature (DocuSign), strength good"  # no certificate of completion
        assert facts.latest_poe_date == dt.date(2025, 8, 28)
        assert facts.users
        assert facts.timeline
        assert facts.tasks >= 3
        assert facts.users_fact.evidence
        assert facts.users_fact.evidence[0].page == 1
        assert [w.state for w in facts.workloads] == ["evidenced"]
        assert facts.workloads[0].fact.evidence
        for state in states:
            notified(store, state)
            comparison = store.compare_conflict(state.group_id, today=today)
            suggestion = comparison.suggestion
            winners = [c for c in state.group.claim_ids if expected[c] == "approve"]
            assert suggestion.winner_claim_id in winners, (state.group.claim_ids, suggestion.explanation)
            store.decide_group(
                state.group_id,
                winner=suggestion.winner_claim_id,
                workload_winners={k: v for k, v in suggestion.winners.items()},
                reason=suggestion.reason or REASON,
                others="reject",
                early_reason=EARLY,
                resolutions=resolved(store, *state.group.claim_ids),
            )
        decided = {c.claim_id: c.status for c in store.list_claims()}
    wanted = {"approve": "approved", "reject": "rejected", "action_required": "action_required"}
    assert {c: decided[c] for c in shared} == {c: wanted[expected[c]] for c in shared}


def test_the_comparison_reads_typed_facts_and_never_the_summaries() -> None:
    # the same sentences, without facts (a result stored before check results carried them): the
    # comparison says so instead of reading dates and kinds out of the prose
    def without_facts(checks: tuple[CheckResult, ...]) -> tuple[CheckResult, ...]:
        return tuple(dataclasses.replace(c, facts=None) for c in checks)

    records = {
        "A": record("A", FABRIKAM, without_facts(good_checks("2025-08-14"))),
        "B": record("B", NORTHWIND, good_checks("2025-03-20")),
    }
    comparison = conflicts.compare(pair_group(), records, policy=POLICY, today=dt.date(2025, 9, 20))
    assert comparison.row("acknowledgement_kind").cell("A").text.startswith("not recorded")
    assert comparison.row("latest_poe_date").cell("A").text == "no dated customer acknowledgement found"
    assert comparison.row("users_in_scope").cell("A").text.startswith("not recorded")
    assert comparison.row("tasks").cell("A").text.startswith("not recorded")
    assert comparison.row("acknowledgement_kind").cell("B").text.startswith("eSignature (DocuSign)")
    assert comparison.row("latest_poe_date").cell("B").text == "2025-03-20"
    assert comparison.row("users_in_scope").cell("B").text == "1,200 users, 950 devices"
    workload = comparison.row("workload:INTUNE")
    assert workload.cell("A").text == "unsure: not recorded for this result (re-check the claim)"
    assert comparison.row("workload:INTUNE").cell("B").text.startswith("evidenced")


def test_the_strongest_valid_acknowledgement_names_the_kind_whatever_the_order() -> None:
    ack = check(
        "customer_acknowledgement",
        "pass",
        "Valid: an e-mail; also valid: a signature.",
        facts=(
            AcknowledgementFact("email", "valid", "a.eml", "John Doe", "customer", dt.date(2025, 8, 1), strength=2),
            AcknowledgementFact("scan", "valid", "s.pdf", "John Doe", "customer", dt.date(2025, 7, 1), strength=3),
            AcknowledgementFact("image", "invalid", "x.png", None, None, dt.date(2025, 9, 1), strength=9),
        ),
    )
    records = {"A": record("A", FABRIKAM, (ack,)), "B": record("B", NORTHWIND, good_checks())}
    comparison = conflicts.compare(pair_group(), records, policy=POLICY, today=dt.date(2025, 9, 20))
    assert comparison.row("acknowledgement_kind").cell("A").text.startswith("handwritten signature")
    # the latest date among valid pieces only: the invalid picture's date does not count
    assert comparison.row("latest_poe_date").cell("A").text == "2025-08-01"
