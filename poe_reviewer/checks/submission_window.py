"""Check ``submission_window``: a Partner Activities claim was submitted before it expired.

Seed, "Claim Expiration Timelines": "You must deliver the engagement, complete all required POE
elements, and submit your claim to review by clicking the Submit button within the deadline";
the "Not submitted claim expired" column gives the days after "Customer consent received" per
activity type (assessment 60, standard 90, XS/small 120, medium 200, large 260), and "Post
submission claim expired" the days by which a claim sent back as Action required must be
resubmitted (90/120/150/230/290). "Expired claims cannot be reactivated ... no exceptions are
possible", so a late claim is reject-class. Deadlines are in ``resources/policy/deadlines.toml``,
including engagement-specific ones from an engagement's Summary page.

The first submission is the earliest ``submission`` entry of the claim history (else
``submitted_at``); a later ``submitted_at`` is a resubmission and is held to the post-submission
deadline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, result
from poe_reviewer.claim import Claim
from poe_reviewer.names import normalize_name
from poe_reviewer.policy import Policy

CHECK_ID = "submission_window"


def _table(policy: Policy, key: str) -> Mapping[str, Any]:
    value = policy["deadlines"].get(key, {})
    return value if isinstance(value, Mapping) else {}


def _override(claim: Claim, policy: Policy) -> Mapping[str, Any] | None:
    engagement = claim.engagement
    assert engagement is not None
    entries = policy["deadlines"].get("engagement_overrides", [])
    key = normalize_name(engagement.name)
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, Mapping):
            continue
        names = [str(entry.get("engagement", "")), *(str(a) for a in entry.get("aliases", []))]
        if engagement.id in {str(i) for i in entry.get("ids", [])} or any(normalize_name(n) == key for n in names):
            return entry
    return None


def deadline_days(claim: Claim, policy: Policy) -> tuple[int | None, str, str]:
    """Days allowed from consent to first submission, how the deadline is described, and its seed."""
    engagement = claim.engagement
    assert engagement is not None
    override = _override(claim, policy)
    if override is not None and isinstance(override.get("not_submitted_days"), int):
        return (
            int(override["not_submitted_days"]),
            f"the deadline for {override.get('engagement', engagement.name)}",
            str(override.get("seed", "Engagement Summary view")),
        )
    table = _table(policy, "not_submitted_expired")
    labels = _table(policy, "labels")
    days = table.get(engagement.activity_type)
    name = str(labels.get(engagement.activity_type, engagement.activity_type))
    seed = str(table.get("seed", "Claim Expiration Timelines"))
    return (int(days) if isinstance(days, int) else None, f"the {name} deadline", seed)


def _first_submission(claim: Claim) -> dt.datetime:
    submissions = [h.at for h in claim.history if "submi" in h.action.lower()]
    return min([*submissions, claim.submitted_at])


def run(ctx: CheckContext) -> CheckResult:
    claim = ctx.claim
    if not claim.is_partner_activities or claim.engagement is None:
        return result(CHECK_ID, "not_applicable", "Submission deadlines apply to Partner Activities claims only.")
    engagement = claim.engagement
    submitted = claim.submitted_on
    ev_sub = Evidence("claim.json", f"submitted_at: {claim.submitted_at.isoformat()}")
    if claim.consent_date is None:
        return result(
            CHECK_ID,
            "warn",
            "The claim has no customer consent date, so the submission deadline "
            f"({engagement.activity_type} activity) cannot be checked.",
            [ev_sub],
        )
    consent = claim.consent_date
    ev_consent = Evidence("claim.json", f"consent_date: {consent.isoformat()}")
    ev_type = Evidence("claim.json", f"engagement.activity_type: {engagement.activity_type}")
    limit, what, seed = deadline_days(claim, ctx.policy)
    if limit is None:
        return result(
            CHECK_ID,
            "warn",
            f"No submission deadline on file for activity type {engagement.activity_type} (deadlines.toml); "
            f"submitted {submitted}, {(submitted - consent).days} days after customer consent on {consent}.",
            [ev_sub, ev_consent, ev_type],
        )

    first = _first_submission(claim)
    first_day = first.date()
    days = (first_day - consent).days
    evidence = [ev_sub, ev_consent, ev_type]
    if first_day != submitted:
        evidence.append(Evidence("claim.json", f"history: first submission {first.isoformat()}"))
    if days < 0:
        return result(
            CHECK_ID,
            "warn",
            f"Submitted {first_day}, before the customer consent on {consent}; the claims system records "
            "consent before submission, so one of the dates is wrong.",
            evidence,
        )
    if days > limit:
        return result(
            CHECK_ID,
            "fail",
            f"Submitted {first_day}, {days} days after customer consent on {consent}; {what} is {limit} days "
            f"(due {consent + dt.timedelta(days=limit)}). The claim expired before submission and cannot be "
            f"reactivated (seed: {seed}).",
            evidence,
            reject=True,
        )

    summary = f"Submitted {first_day}, {days} days after customer consent on {consent}, "
    summary += f"within {what} of {limit} days."
    if first_day != submitted:
        post = _table(ctx.policy, "post_submission_expired")
        post_days = post.get(engagement.activity_type)
        resub_days = (submitted - consent).days
        if isinstance(post_days, int) and resub_days > post_days:
            return result(
                CHECK_ID,
                "fail",
                f"Resubmitted {submitted}, {resub_days} days after customer consent on {consent}; a claim in "
                f"Action required expires {post_days} days after consent for {engagement.activity_type} "
                f"activities (due {consent + dt.timedelta(days=post_days)}) and cannot be reactivated "
                f"(seed: {post.get('seed', 'Claim Expiration Timelines')}).",
                evidence,
                reject=True,
            )
        if isinstance(post_days, int):
            summary += f" Resubmitted {submitted}, {resub_days} days after consent, within {post_days} days."
    return result(CHECK_ID, "pass", summary, evidence)
