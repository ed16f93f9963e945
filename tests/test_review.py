"""Decisions: validation, per-workload (CPOR) decisions, respond-by, and the export entry (spec section 4)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.policy import load_policy
from poe_reviewer.review import (
    ConflictInfo,
    Decision,
    DecisionError,
    WorkloadDecision,
    derive_decision,
    make_decision,
)
from poe_reviewer.schemas import validation_errors
from tests.builders import PARTNER_ACTIVITIES, make_claim

SHA = "ab" * 32
DECIDED = dt.datetime(2025, 9, 19, 15, 40, 12, 345678, tzinfo=dt.UTC)
CHECKS = {"acknowledgement_date": "fail", "workload_match": "pass", "reused_evidence": "not_applicable"}
#: The reviewer's note on the failed check of CHECKS, which every approval of it needs.
RESOLVED = {"acknowledgement_date": "Signature date confirmed by hand on page 2"}


def decide(claim: Any = None, verdict: Any = "approve", **kw: Any) -> Decision:
    args: dict[str, Any] = {
        "reviewer": "reviewer@example.com",
        "comment": "",
        "template_id": None,
        "workload_verdicts": None,
        "check_statuses": CHECKS,
        "bundle_sha256": SHA,
        "decided_at": DECIDED,
        "policy": load_policy(),
    }
    if verdict == "approve" and "check_statuses" not in kw:
        args["resolutions"] = RESOLVED
    args.update(kw)
    return make_decision(claim or make_claim(), verdict, **args)


def test_approval_without_comment() -> None:
    d = decide()
    assert d.decision == "approved"
    assert d.workloads == (
        WorkloadDecision("INTUNE", None, "approved"),
        WorkloadDecision("MICROSOFT DEFENDER ENDPOINT", None, "approved"),
    )
    assert d.respond_by is None
    assert d.decided_at == dt.datetime(2025, 9, 19, 15, 40, 12, tzinfo=dt.UTC)
    assert dict(d.checks) == CHECKS


@pytest.mark.parametrize("comment", ["", "   \n\t"])
def test_rejection_needs_a_comment(comment: str) -> None:
    with pytest.raises(DecisionError, match=r"^A rejection needs a comment for the partner\.$"):
        decide(verdict="reject", comment=comment)


def test_action_required_needs_a_comment() -> None:
    with pytest.raises(DecisionError, match="Action Required decision needs a comment"):
        decide(verdict="action_required", comment="")


def test_decision_errors_are_user_facing_errors() -> None:
    assert issubclass(DecisionError, PoeReviewerError)


def test_cpor_action_required_respond_by_is_fourteen_days_after_the_decision() -> None:
    d = decide(verdict="action_required", comment="  Dear Partner, please add dates.  ")
    assert d.decision == "action_required"
    assert d.comment == "Dear Partner, please add dates."
    assert d.respond_by == dt.date(2025, 10, 3)
    assert {w.decision for w in d.workloads} == {"action_required"}


def test_partner_activities_action_required_respond_by_follows_consent() -> None:
    claim = make_claim(PARTNER_ACTIVITIES)
    d = decide(claim, "action_required", comment="Upload an English invoice.")
    assert d.respond_by == dt.date(2025, 10, 29)  # consent 2025-07-01 + 120 days (standard activity)
    assert d.workloads == (WorkloadDecision("TEAMS FOR FRONTLINE WORKERS", None, "action_required"),)


def test_rejection_has_no_respond_by() -> None:
    assert decide(verdict="reject", comment="Partner affiliate.").respond_by is None


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        (["approved", "approved"], "approved"),
        (["rejected", "rejected"], "rejected"),
        (["approved", "rejected"], "partially_approved"),
        (["approved", "action_required"], "action_required"),  # the spec's section 4 example
        (["approved", "rejected", "action_required"], "action_required"),
        (["rejected", "action_required"], "action_required"),
        (["action_required", "action_required"], "action_required"),
        (["approved"], "approved"),
    ],
)
def test_derive_decision(kinds: list[Any], expected: str) -> None:
    assert derive_decision(kinds) == expected


def test_approved_and_action_required_workloads_make_action_required_like_the_spec_example() -> None:
    d = decide(
        verdict="action_required",
        comment="Defender is not described in the POE.",
        workload_verdicts={"INTUNE": "approved", "MICROSOFT DEFENDER ENDPOINT": "action_required"},
    )
    assert d.decision == "action_required"
    assert [w.decision for w in d.workloads] == ["approved", "action_required"]
    assert d.respond_by == dt.date(2025, 10, 3)


def test_partial_approval_with_only_rejected_rest_asks_nothing_of_the_partner() -> None:
    d = decide(
        verdict="approve",
        comment="Defender was not evidenced.",
        workload_verdicts={"MICROSOFT DEFENDER ENDPOINT": "rejected"},
    )
    # INTUNE was not named and takes the overall verdict (approve).
    assert d.decision == "partially_approved"
    assert [w.decision for w in d.workloads] == ["approved", "rejected"]
    assert d.respond_by is None


def test_partial_approval_needs_a_comment() -> None:
    with pytest.raises(DecisionError, match="partial approval needs a comment"):
        decide(workload_verdicts={"MICROSOFT DEFENDER ENDPOINT": "rejected"})


def test_workload_verdicts_that_contradict_the_verdict_are_refused() -> None:
    with pytest.raises(DecisionError, match="add up to rejected"):
        decide(
            verdict="approve",
            comment="x",
            workload_verdicts={"INTUNE": "rejected", "MICROSOFT DEFENDER ENDPOINT": "rejected"},
        )
    d = decide(
        verdict="reject",
        comment="Neither workload is evidenced.",
        workload_verdicts={"INTUNE": "rejected", "MICROSOFT DEFENDER ENDPOINT": "rejected"},
    )
    assert d.decision == "rejected"


def test_unknown_workload_is_named() -> None:
    with pytest.raises(DecisionError, match=r"^Workload 'TEAMS' is not on claim 3079758\. Its workloads are: INTUNE"):
        decide(verdict="reject", comment="x", workload_verdicts={"TEAMS": "rejected"})


def test_workload_names_match_regardless_of_case_and_spacing() -> None:
    d = decide(verdict="reject", comment="x", workload_verdicts={"  microsoft   defender endpoint ": "approved"})
    assert d.workloads[1] == WorkloadDecision("MICROSOFT DEFENDER ENDPOINT", None, "approved")
    assert d.decision == "partially_approved"


def test_bad_workload_decision_value() -> None:
    with pytest.raises(DecisionError, match="'maybe' is not a workload decision"):
        decide(comment="x", workload_verdicts={"INTUNE": "maybe"})
    # The verb forms of the CLI are understood.
    d = decide(verdict="reject", comment="x", workload_verdicts={"INTUNE": "approve"})
    assert d.workloads[0].decision == "approved"


def test_per_workload_decisions_are_cpor_only() -> None:
    claim = make_claim(PARTNER_ACTIVITIES)
    with pytest.raises(DecisionError, match=r"Partner Activities claim.*CPOR claims only"):
        decide(claim, "approve", workload_verdicts={"TEAMS FOR FRONTLINE WORKERS": "approved"})
    # An empty mapping is no per-workload decision at all.
    assert decide(claim, "approve", workload_verdicts={}).decision == "approved"


def test_one_of_several_subscriptions_of_a_workload() -> None:
    claim = make_claim(
        solution_area="Business Applications",
        workloads=[
            {"name": "DYNAMICS 365 SALES ENTERPRISE EDITION", "subscription_id": "sub-a"},
            {"name": "DYNAMICS 365 SALES ENTERPRISE EDITION", "subscription_id": "sub-b"},
        ],
    )
    d = decide(claim, "approve", comment="sub-b has no POE", workload_verdicts={
        "DYNAMICS 365 SALES ENTERPRISE EDITION@sub-b": "rejected"
    })  # fmt: skip
    assert [(w.subscription_id, w.decision) for w in d.workloads] == [("sub-a", "approved"), ("sub-b", "rejected")]
    both = decide(claim, "reject", comment="x", workload_verdicts={"DYNAMICS 365 SALES ENTERPRISE EDITION": "rejected"})
    assert both.decision == "rejected"
    with pytest.raises(DecisionError, match="not on claim"):
        decide(claim, "approve", workload_verdicts={"DYNAMICS 365 SALES ENTERPRISE EDITION@sub-c": "rejected"})


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"reviewer": "  "}, "names its reviewer by e-mail address"),
        ({"reviewer": "not an email"}, "'not an email' is not an e-mail address"),
        ({"bundle_sha256": "not-a-digest"}, "is not a SHA-256"),
        ({"check_statuses": {"invoice": "ok"}}, "Check 'invoice' has the unknown status 'ok'"),
        ({"template_id": "no_such_template"}, "There is no comment template 'no_such_template'"),
    ],
)
def test_invalid_inputs(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(DecisionError, match=message):
        decide(**changes)


def test_unknown_verdict_and_naive_time() -> None:
    with pytest.raises(DecisionError, match="'approved' is not a decision"):
        decide(verdict="approved")
    with pytest.raises(ValueError, match="timezone-aware"):
        decide(decided_at=dt.datetime(2025, 9, 19, 15, 40))


def test_known_template_and_uppercase_digest_are_accepted() -> None:
    d = decide(verdict="action_required", comment="x", template_id="missing_dates", bundle_sha256=SHA.upper())
    assert d.template_id == "missing_dates"
    assert d.bundle_sha256 == SHA


def conflict(**changes: Any) -> ConflictInfo:
    values: dict[str, Any] = {
        "group_id": "conflict-17",
        "claim_ids": ("3079758", "3079801"),
        "winner_claim_id": "3079801",
        "reason": "The other partner's POE shows the Intune deployment in detail.",
    }
    values.update(changes)
    return ConflictInfo(**values)


def test_conflict_group_validation() -> None:
    d = decide(verdict="reject", comment="Conflicting claim.", conflict=conflict())
    assert d.conflict == conflict()
    with pytest.raises(DecisionError, match="not in the conflicting-claim group"):
        decide(verdict="reject", comment="x", conflict=conflict(claim_ids=("1", "2"), winner_claim_id=None))
    with pytest.raises(DecisionError, match="winning claim 999"):
        decide(verdict="reject", comment="x", conflict=conflict(winner_claim_id="999"))
    with pytest.raises(DecisionError, match="at least two"):
        decide(verdict="reject", comment="x", conflict=conflict(claim_ids=("3079758",), winner_claim_id=None))
    with pytest.raises(DecisionError, match="needs the reason"):
        decide(verdict="reject", comment="x", conflict=conflict(reason=" "))
    with pytest.raises(DecisionError, match="CPOR claims only"):
        decide(make_claim(PARTNER_ACTIVITIES), "reject", comment="x", conflict=conflict(claim_ids=("3016006", "2")))


# --- export entry ------------------------------------------------------------------------------


def test_export_json_matches_the_spec_example() -> None:
    d = decide(
        verdict="action_required",
        comment="Dear Partner, ...",
        template_id="missing_dates",
        workload_verdicts={"INTUNE": "approved", "MICROSOFT DEFENDER ENDPOINT": "action_required"},
        check_statuses={"acknowledgement_date": "fail", "workload_match": "pass"},
    )
    assert d.to_export_json() == {
        "claim_id": "3079758",
        "decision": "action_required",
        "workloads": [
            {"name": "INTUNE", "subscription_id": None, "decision": "approved"},
            {"name": "MICROSOFT DEFENDER ENDPOINT", "subscription_id": None, "decision": "action_required"},
        ],
        "comment": "Dear Partner, ...",
        "template_id": "missing_dates",
        "reviewer": "reviewer@example.com",
        "decided_at": "2025-09-19T15:40:12Z",
        "respond_by": "2025-10-03",
        "conflict": None,
        "checks": {"acknowledgement_date": "fail", "workload_match": "pass"},
        "bundle_sha256": SHA,
        # the spec's optional fields: the first submission, not final
        "revision": 1,
        "final": False,
    }


def _history(*steps: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"action": a, "at": at, "by": "pkaur@fabrikam.com"} for a, at in steps]


DISPUTE = {
    "status": "disputed",
    "submitted_at": "2025-09-15T17:02:00Z",
    "history": _history(
        ("submission", "2025-08-01T10:00:00Z"),
        ("rejected", "2025-09-01T10:00:00Z"),
        ("disputed", "2025-09-15T17:00:00Z"),
        ("submission", "2025-09-15T17:02:00Z"),
    ),
}


def test_a_decision_on_a_dispute_names_its_revision_and_is_final() -> None:
    claim = make_claim(**DISPUTE)
    d = decide(claim, "reject", comment="The dispute does not resolve the reasons.", template_id="dispute_not_resolved")
    entry = d.to_export_json()
    assert (entry["revision"], entry["final"]) == (2, True)
    assert Decision.from_export_json(entry) == d
    approved = decide(claim)
    assert approved.final  # an approval on a dispute is the last word too


def test_a_dispute_cannot_be_sent_back_to_the_partner() -> None:
    with pytest.raises(DecisionError, match="is a dispute: a decision on a dispute is final"):
        decide(make_claim(**DISPUTE), "action_required", comment="Please upload a signed POE.")


def test_a_resubmission_is_revision_two_and_its_action_required_is_not_final() -> None:
    claim = make_claim(
        submitted_at="2025-09-15T17:02:00Z",
        history=_history(
            ("submission", "2025-09-01T10:00:00Z"),
            ("action required", "2025-09-05T10:00:00Z"),
            ("submission", "2025-09-15T17:02:00Z"),
        ),
    )
    d = decide(claim, "action_required", comment="Please add the dates.", template_id="missing_dates",
               check_statuses={"acknowledgement_date": "fail"})  # fmt: skip
    assert (d.revision, d.final) == (2, False)


def test_the_rejection_of_an_expired_partner_activities_claim_is_final() -> None:
    pa = make_claim(PARTNER_ACTIVITIES)
    assert decide(pa, "reject", comment="Expired.", check_statuses={"submission_window": "fail"}).final
    d = decide(pa, "reject", comment="No acknowledgement.", check_statuses={"customer_acknowledgement": "fail"})
    assert not d.final
    # a CPOR claim rejected for answering Action Required late may still be disputed (seed: Status of a claim)
    assert not decide(verdict="reject", comment="Late.", check_statuses={"submission_window": "fail"}).final


def test_decisions_stored_before_revisions_were_kept_export_as_they_did() -> None:
    entry = decide(verdict="reject", comment="No.").to_export_json()
    del entry["revision"], entry["final"]
    old = Decision.from_export_json(entry)
    assert old.revision is None
    assert old.to_export_json() == entry


def test_export_json_converts_to_utc_and_carries_the_conflict() -> None:
    paris = dt.timezone(dt.timedelta(hours=2))
    d = decide(
        verdict="reject",
        comment="Conflicting claim.",
        decided_at=dt.datetime(2025, 10, 1, 1, 30, tzinfo=paris),
        conflict=conflict(),
    )
    entry = d.to_export_json()
    assert entry["decided_at"] == "2025-09-30T23:30:00Z"
    assert entry["conflict"] == {
        "group_id": "conflict-17",
        "claim_ids": ["3079758", "3079801"],
        "winner_claim_id": "3079801",
        "reason": "The other partner's POE shows the Intune deployment in detail.",
    }
    document = {
        "format": "poe-decisions/1",
        "exported_at": "2025-10-01T00:00:00Z",
        "exported_by": "r",
        "decisions": [entry],
    }
    assert validation_errors("poe-decisions/1", document) == []


def test_export_json_round_trip() -> None:
    for d in (
        decide(),
        decide(verdict="action_required", comment="x", workload_verdicts={"INTUNE": "approved"}),
        decide(verdict="reject", comment="y", conflict=conflict(winner_claim_id=None), template_id="conflicting_claim"),
        decide(make_claim(PARTNER_ACTIVITIES), "action_required", comment="z"),
    ):
        assert Decision.from_export_json(d.to_export_json()) == d


def test_from_export_json_refuses_unknown_kinds() -> None:
    entry = decide().to_export_json()
    with pytest.raises(DecisionError, match="Unknown decision"):
        Decision.from_export_json({**entry, "decision": "maybe"})
    with pytest.raises(DecisionError, match="Unknown workload decision"):
        Decision.from_export_json({**entry, "workloads": [{"name": "X", "subscription_id": None, "decision": "ok"}]})


# -- comments that fit the decision (issue 12) ----------------------------------------------------------------
def test_a_template_written_for_another_decision_is_refused_with_the_ones_that_fit() -> None:
    with pytest.raises(DecisionError) as refused:
        decide(verdict="approve", template_id="partner_affiliate", comment="x")
    message = str(refused.value)
    assert "'partner_affiliate'" in message
    assert "is written for a rejection; this decision is an approval" in message
    assert "Templates that fit: approve" in message


def test_a_template_for_a_problem_the_claim_does_not_have_is_refused() -> None:
    with pytest.raises(DecisionError) as refused:
        decide(verdict="action_required", template_id="reused_evidence_resubmit", comment="x")
    assert "explains a problem with reused_evidence, and that check neither failed nor warned" in str(refused.value)
    assert "signature_older_than_12_months" in str(refused.value)  # acknowledgement_date failed: that one fits
    fitting = decide(verdict="action_required", template_id="signature_older_than_12_months", comment="x")
    assert fitting.template_id == "signature_older_than_12_months"


# -- guarded approval -------------------------------------------------------------------------------------
OPEN = {"customer_acknowledgement": "warn", "documents_readable": "error", "workload_match": "pass"}


def test_approving_with_an_unresolved_warn_is_refused_naming_every_open_check() -> None:
    from poe_reviewer.review import UnresolvedChecksError

    with pytest.raises(UnresolvedChecksError) as caught:
        decide(check_statuses=OPEN)
    message = str(caught.value)
    assert "customer_acknowledgement (warn)" in message
    assert "documents_readable (error)" in message
    assert caught.value.checks == {"customer_acknowledgement": "warn", "documents_readable": "error"}
    # one resolved, one still open: still refused, naming only the open one
    with pytest.raises(UnresolvedChecksError, match=r"documents_readable \(error\)") as again:
        decide(check_statuses=OPEN, resolutions={"customer_acknowledgement": "Signed page checked by hand"})
    assert "customer_acknowledgement" not in str(again.value)


def test_resolved_approval_carries_its_notes_into_the_export_entry() -> None:
    d = decide(
        check_statuses=OPEN,
        resolutions={
            "documents_readable": "Opened the PDF with the password the partner sent",
            "customer_acknowledgement": "Customer e-mail of 2025-06-05 accepts the work",
        },
    )
    assert d.decision == "approved"
    entry = d.to_export_json()
    assert entry["resolutions"] == [
        {
            "check": "customer_acknowledgement",
            "status": "warn",
            "note": "Customer e-mail of 2025-06-05 accepts the work",
        },
        {"check": "documents_readable", "status": "error", "note": "Opened the PDF with the password the partner sent"},
    ]
    assert Decision.from_export_json(entry) == d
    assert validation_errors("poe-decisions/1", {
        "format": "poe-decisions/1", "exported_at": "2025-09-20T08:00:00Z", "exported_by": "r@example.com",
        "decisions": [entry],
    }) == []  # fmt: skip


def test_a_note_must_say_something_and_name_an_open_check() -> None:
    with pytest.raises(DecisionError, match="at least 8 characters"):
        decide(check_statuses=OPEN, resolutions={"customer_acknowledgement": "ok", "documents_readable": "fine"})
    with pytest.raises(DecisionError, match="no check 'customer_acknowledgment'"):
        decide(check_statuses=OPEN, resolutions={"customer_acknowledgment": "Signed page checked by hand"})
    with pytest.raises(DecisionError, match="Nothing to resolve for workload_match"):
        decide(check_statuses=OPEN, resolutions={"workload_match": "Workloads checked by hand"})


def test_approving_a_whole_claim_over_a_failed_check_needs_a_resolution_but_rejecting_does_not() -> None:
    from poe_reviewer.review import UnresolvedChecksError

    with pytest.raises(UnresolvedChecksError, match=r"acknowledgement_date \(fail\)"):
        decide(check_statuses=CHECKS)
    assert decide(verdict="reject", comment="No dates.", check_statuses=CHECKS).resolutions == ()
    # a partial approval answers the failure with its rejected workloads; a warn still needs a person
    partial = decide(
        verdict="approve", comment="Defender not evidenced.", check_statuses=CHECKS,
        workload_verdicts={"MICROSOFT DEFENDER ENDPOINT": "rejected"},
    )  # fmt: skip
    assert partial.decision == "partially_approved"
    with pytest.raises(UnresolvedChecksError):
        decide(
            verdict="approve", comment="Defender not evidenced.", check_statuses=OPEN,
            workload_verdicts={"MICROSOFT DEFENDER ENDPOINT": "rejected"},
        )  # fmt: skip
