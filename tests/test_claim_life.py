"""The claim's second life read from its history: resubmissions, disputes and their clocks (issue 16).

Seed, "Status of a claim": fourteen calendar days to resubmit after Partner Action Required "or it is
automatically rejected"; "Disputing a rejection": a dispute must be submitted within 30 days of the
rejection and "if your submitted dispute is rejected, this is a final decision"; "Claim rejection":
disputes are not accepted when the customer consented to another partner's claim.
"""

from __future__ import annotations

from typing import Any

import pytest

from poe_reviewer.checks import recommend, submission_window
from poe_reviewer.checks.base import CheckResult
from poe_reviewer.findings.claim_life import claim_life
from poe_reviewer.findings.facts import ClaimLifeFact, fact_from_json
from poe_reviewer.findings.results import claim_life_of, final_round
from poe_reviewer.policy import load_policy
from poe_reviewer.templates import suggest_template
from tests.builders import PARTNER_ACTIVITIES, context, make_claim

PARTNER = "pkaur@fabrikam.com"


def h(action: str, at: str, by: str | None = "Microsoft") -> dict[str, Any]:
    return {"action": action, "at": at, "by": by}


def dispute(rejected: str, submitted: str, *, status: str = "disputed", **changes: Any) -> Any:
    history = [
        h("submission", "2025-08-01T10:00:00Z", PARTNER),
        h("rejected", rejected),
        h("disputed", submitted, PARTNER),
        h("submission", submitted, PARTNER),
    ]
    return make_claim(submitted_at=submitted, history=history, status=status, **changes)


def resubmission(action_required: str, submitted: str, **changes: Any) -> Any:
    history = [
        h("submission", "2025-08-01T10:00:00Z", PARTNER),
        h("Partner Action Required", action_required),
        h("submission", submitted, PARTNER),
    ]
    return make_claim(submitted_at=submitted, history=history, **changes)


# -- reading the history ---------------------------------------------------------------------------
def test_a_first_submission_is_revision_one() -> None:
    life = claim_life(make_claim(), load_policy())
    assert (life.kind, life.revision, life.answers) == ("first", 1, None)
    assert not life.returning


def test_a_resubmission_after_action_required_is_revision_two() -> None:
    life = claim_life(resubmission("2025-08-05T09:00:00Z", "2025-08-15T09:00:00Z"), load_policy())
    assert life.kind == "resubmission"
    assert life.revision == 2
    assert life.answers is not None
    assert life.answers.kind == "action_required"


def test_the_claims_systems_spellings_of_each_step_are_read() -> None:
    history = [
        h("Document submission", "2025-08-01T09:00:00Z", PARTNER),
        h("submission", "2025-08-01T10:00:00Z", PARTNER),
        h("action_required", "2025-08-03T10:00:00Z"),
        h("Submission", "2025-08-10T10:00:00Z", PARTNER),
        h("Rejection", "2025-08-20T10:00:00Z"),
        h("Dispute", "2025-08-25T10:00:00Z", PARTNER),
        h("submission", "2025-08-26T10:00:00Z", PARTNER),
    ]
    life = claim_life(
        make_claim(submitted_at="2025-08-26T10:00:00Z", history=history, status="disputed"), load_policy()
    )
    assert life.kind == "dispute"
    assert life.revision == 3  # first, resubmission, dispute
    assert life.dispute_opened is not None
    assert life.dispute_opened.action == "Dispute"


def test_an_action_required_left_unanswered_until_the_rejection_is_no_revision_of_its_own() -> None:
    history = [
        h("submission", "2025-08-01T10:00:00Z", PARTNER),
        h("action required", "2025-08-03T10:00:00Z"),
        h("rejected", "2025-08-18T10:00:00Z"),
        h("disputed", "2025-08-25T10:00:00Z", PARTNER),
        h("submission", "2025-08-26T10:00:00Z", PARTNER),
    ]
    life = claim_life(
        make_claim(submitted_at="2025-08-26T10:00:00Z", history=history, status="disputed"), load_policy()
    )
    assert (life.kind, life.revision) == ("dispute", 2)
    assert life.answers is not None
    assert life.answers.kind == "rejection"


# -- the clocks ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("submitted", "status"), [("2025-08-19T23:00:00Z", "pass"), ("2025-08-20T08:00:00Z", "fail")])
def test_a_cpor_resubmission_has_fourteen_calendar_days(submitted: str, status: str) -> None:
    r = submission_window.run(context(resubmission("2025-08-05T09:00:00Z", submitted)))
    assert r.status == status, r.summary
    if status == "fail":
        assert r.reject
        assert "15 days after Partner Action Required on 2025-08-05" in r.summary
        assert "automatically rejected" in r.summary
        assert any("Partner Action Required 2025-08-05" in e.quote for e in r.evidence)
    else:
        assert "14 days after Partner Action Required" in r.summary


@pytest.mark.parametrize(("submitted", "status"), [("2025-09-19T10:00:00Z", "pass"), ("2025-09-20T10:00:00Z", "fail")])
def test_a_dispute_must_be_submitted_within_thirty_days_of_the_rejection(submitted: str, status: str) -> None:
    r = submission_window.run(context(dispute("2025-08-20T10:00:00Z", submitted)))
    assert r.status == status, r.summary
    if status == "fail":
        assert r.reject
        assert "31 days after the rejection on 2025-08-20" in r.summary
        assert "Disputing a rejection" in r.summary


def test_a_late_partner_activities_dispute_is_rejected_too() -> None:
    history = [
        h("submission", "2025-08-01T10:00:00Z", PARTNER),
        h("rejected", "2025-08-05T10:00:00Z"),
        h("disputed", "2025-08-20T10:00:00Z", PARTNER),
        h("submission", "2025-09-08T10:00:00Z", PARTNER),
    ]
    claim = make_claim(PARTNER_ACTIVITIES, submitted_at="2025-09-08T10:00:00Z", history=history, status="disputed")
    r = submission_window.run(context(claim))
    assert r.status == "fail"
    assert r.reject
    assert "34 days after the rejection" in r.summary


def test_a_dispute_of_a_rejection_for_consent_to_another_partner_is_not_accepted() -> None:
    claim = dispute(
        "2025-08-20T10:00:00Z",
        "2025-08-25T10:00:00Z",
        comments=[
            {"author": "microsoft", "at": "2025-08-20T10:00:00Z",
             "text": "Automatically rejected: the customer consented to another partner's claim for this engagement."},
            {"author": "partner", "at": "2025-08-25T10:00:00Z", "text": "We did the work, please reconsider."},
        ],
    )  # fmt: skip
    r = submission_window.run(context(claim))
    assert r.status == "fail"
    assert r.reject
    assert "disputes are not accepted" in r.summary
    assert "the customer consented to another partner's claim" in r.summary
    assert suggest_template([r], claim) == "dispute_not_accepted"


def test_the_partners_own_words_about_consent_do_not_make_a_dispute_unacceptable() -> None:
    claim = dispute(
        "2025-08-20T10:00:00Z",
        "2025-08-21T10:00:00Z",
        comments=[{"author": "partner", "at": "2025-08-20T12:00:00Z",
                   "text": "The customer never consented to another partner; see the signed letter."}],
    )  # fmt: skip
    assert submission_window.run(context(claim)).status == "pass"


def test_a_final_rejection_cannot_be_disputed() -> None:
    history = [
        h("submission", "2025-08-01T10:00:00Z", PARTNER),
        h("rejected", "2025-08-05T10:00:00Z"),
        h("disputed", "2025-08-06T10:00:00Z", PARTNER),
        h("submission", "2025-08-07T10:00:00Z", PARTNER),
        h("Rejected final", "2025-08-10T10:00:00Z"),
        h("submission", "2025-08-12T10:00:00Z", PARTNER),
    ]
    claim = make_claim(submitted_at="2025-08-12T10:00:00Z", history=history, status="disputed")
    r = submission_window.run(context(claim))
    assert r.status == "fail"
    assert r.reject
    assert "finally rejected on 2025-08-10" in r.summary


def test_a_dispute_without_the_rejection_in_its_history_asks_a_person() -> None:
    claim = make_claim(status="disputed", history=[h("submission", "2025-09-15T17:02:00Z", PARTNER)])
    r = submission_window.run(context(claim))
    assert r.status == "warn"
    assert "does not say when it was rejected" in r.summary


# -- a decision on a dispute is final --------------------------------------------------------------
def test_every_failure_of_a_dispute_is_a_rejection_with_the_final_template() -> None:
    claim = dispute("2025-08-20T10:00:00Z", "2025-08-25T10:00:00Z")
    window = submission_window.run(context(claim))
    assert window.status == "pass"
    assert "A decision on a dispute is final" in window.summary
    fixable = CheckResult("customer_acknowledgement", "fail", "No customer acknowledgement.")
    assert final_round([window, fixable])
    assert recommend([window, fixable]) == "reject"
    assert suggest_template([window, fixable], claim) == "dispute_not_resolved"
    # the same failure on a first submission is something the partner can still fix
    first = submission_window.run(context(make_claim()))
    assert recommend([first, fixable]) == "action_required"
    assert suggest_template([first, fixable], make_claim()) == "no_customer_acknowledgement"


def test_a_dispute_that_resolves_everything_is_approved() -> None:
    claim = dispute("2025-08-20T10:00:00Z", "2025-08-25T10:00:00Z")
    window = submission_window.run(context(claim))
    assert recommend([window, CheckResult("customer_acknowledgement", "pass", "Signed.")]) == "approve"


def test_a_late_resubmission_suggests_the_no_response_template() -> None:
    claim = resubmission("2025-08-05T09:00:00Z", "2025-08-25T09:00:00Z")
    r = submission_window.run(context(claim))
    assert recommend([r]) == "reject"
    assert suggest_template([r], claim) == "late_resubmission"


def test_a_late_dispute_suggests_the_expired_dispute_template() -> None:
    claim = dispute("2025-08-20T10:00:00Z", "2025-09-25T10:00:00Z")
    r = submission_window.run(context(claim))
    assert suggest_template([r], claim) == "dispute_expired"


def test_the_claim_life_fact_survives_storage() -> None:
    claim = dispute("2025-08-20T10:00:00Z", "2025-08-25T10:00:00Z")
    r = submission_window.run(context(claim))
    fact = claim_life_of([r])
    assert isinstance(fact, ClaimLifeFact)
    assert (fact.kind, fact.revision, fact.answers) == ("dispute", 2, "rejection")
    assert fact_from_json(fact.to_json()) == fact


def test_only_the_claims_systems_comment_makes_a_claim_a_follow_up() -> None:
    """A partial approval's follow-up shares the earlier claim's evidence by design (reuse.toml)."""
    from poe_reviewer.findings.reuse.rules import policy_rules

    rules = policy_rules(load_policy()["reuse"])
    said = "Follow-up claim for the workloads not approved on claim 3113612."
    system = make_claim(comments=[{"author": "microsoft", "at": "2025-09-20T10:00:00Z", "text": said}])
    assert rules.follow_up_of(system) == ("3113612",)
    partner = make_claim(comments=[{"author": "partner", "at": "2025-09-20T10:00:00Z", "text": said}])
    assert rules.follow_up_of(partner) == ()
