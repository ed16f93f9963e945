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

The claim's second life (``findings/claim_life.py``) is held to its own clocks, for CPOR claims
too: a resubmission after Action Required within fourteen calendar days (CPOR, "Status of a
claim": "or it is automatically rejected"), a dispute within thirty days of the rejection
("Disputing a rejection": "your claim will expire"), never after a final rejection, nor for a
rejection that cannot be disputed ("Claim rejection"). A late answer is reject-class. A CPOR first
submission has no deadline here (``not_applicable``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, result
from poe_reviewer.claim import Claim
from poe_reviewer.dates import utc_date
from poe_reviewer.findings.claim_life import ClaimLife, claim_life
from poe_reviewer.findings.facts import ClaimLifeFact
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


def _policy_days(policy: Policy, section: str, key: str) -> int | None:
    value = _table(policy, section).get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


_FINAL = (
    " A decision on a dispute is final: whatever the dispute still lacks cannot be asked for again "
    "(seed: Disputing a rejection)."
)


def second_life(claim: Claim, life: ClaimLife, policy: Policy) -> CheckResult | None:
    """The verdict of a resubmission's or dispute's own clock when it fails or cannot be read, else None."""
    submitted = utc_date(life.submitted_at)
    ev_sub = Evidence("claim.json", f"submitted_at: {life.submitted_at.isoformat()}")
    if life.final_rejection is not None:
        e = life.final_rejection
        return result(
            CHECK_ID,
            "fail",
            f"The claim was finally rejected on {utc_date(e.at)} ('{e.action}'); a final rejection cannot be "
            "disputed or resubmitted, the partner must submit a new claim (seed: Status of a claim).",
            [Evidence("claim.json", f"history: {e.action} {e.at.isoformat()}"), ev_sub],
            reject=True,
        )
    answered = life.answers
    if life.is_dispute:
        if answered is None:
            return result(
                CHECK_ID,
                "warn",
                "The claim is a dispute, but its history does not say when it was rejected, so the 30 days "
                "within which a dispute must be submitted cannot be checked; look at the claims system's "
                "record of the rejection." + _FINAL,
                [Evidence("claim.json", f"status: {claim.status}"), ev_sub],
            )
        ev_rej = Evidence("claim.json", f"history: {answered.action} {answered.at.isoformat()}")
        if life.not_disputable is not None:
            why = life.not_disputable
            return result(
                CHECK_ID,
                "fail",
                f"A dispute of the rejection on {utc_date(answered.at)}, where {why}: disputes are not accepted "
                "for this rejection (seed: Claim rejection; Status of a claim).",
                [ev_rej, Evidence("claim.json", (life.not_disputable_quote or "")[:300]), ev_sub],
                reject=True,
            )
        limit = _policy_days(policy, "other", "dispute_days_after_rejection")
        days = (submitted - utc_date(answered.at)).days
        if limit is not None and days > limit:
            return result(
                CHECK_ID,
                "fail",
                f"Dispute submitted {submitted}, {days} days after the rejection on {utc_date(answered.at)}; a "
                f"dispute must be submitted within {limit} days of the rejection or the claim expires, and an "
                "expired claim cannot be reactivated (seed: Disputing a rejection).",
                [ev_rej, ev_sub],
                reject=True,
            )
        return None
    if answered is not None and claim.is_cpor:
        limit = _policy_days(policy, "cpor", "action_required_days")
        days = (submitted - utc_date(answered.at)).days
        if limit is not None and days > limit:
            return result(
                CHECK_ID,
                "fail",
                f"Resubmitted {submitted}, {days} days after Partner Action Required on {utc_date(answered.at)}; "
                f"the partner had {limit} calendar days to resubmit, after which the claim is automatically "
                "rejected (seed: Status of a claim).",
                [Evidence("claim.json", f"history: {answered.action} {answered.at.isoformat()}"), ev_sub],
                reject=True,
            )
    return None


def _second_life_note(claim: Claim, life: ClaimLife, policy: Policy) -> str:
    """What the passing verdict says of a resubmission's or dispute's clock."""
    answered = life.answers
    if answered is None:
        return ""
    submitted = utc_date(life.submitted_at)
    days = (submitted - utc_date(answered.at)).days
    if life.is_dispute:
        limit = _policy_days(policy, "other", "dispute_days_after_rejection")
        return (
            f" Dispute submitted {submitted}, {days} days after the rejection on {utc_date(answered.at)}, "
            f"within {limit} days." + _FINAL
        )
    if claim.is_cpor:
        limit = _policy_days(policy, "cpor", "action_required_days")
        return (
            f" Resubmitted {submitted}, {days} days after Partner Action Required on {utc_date(answered.at)}, "
            f"within {limit} calendar days."
        )
    return ""


def life_fact(life: ClaimLife) -> ClaimLifeFact:
    answered = life.answers
    if answered is None:
        return ClaimLifeFact(life.kind, life.revision)
    return ClaimLifeFact(life.kind, life.revision, answered.kind, answered.at)


def run(ctx: CheckContext) -> CheckResult:
    """The verdict, carrying where the submission stands in the claim's life (read by the
    recommendation: on a dispute every failure is final)."""
    life = claim_life(ctx.claim, ctx.policy)
    found = _verdict(ctx, life)
    return dataclasses.replace(found, facts=(*(found.facts or ()), life_fact(life)))


def _verdict(ctx: CheckContext, life: ClaimLife) -> CheckResult:
    claim = ctx.claim
    late = second_life(claim, life, ctx.policy) if life.returning else None
    if late is not None:
        return late
    note = _second_life_note(claim, life, ctx.policy) if life.returning else ""
    if not claim.is_partner_activities or claim.engagement is None:
        if note:
            ev = [Evidence("claim.json", f"history: {e.action} {e.at.isoformat()}") for e in life.events[-3:]]
            return result(CHECK_ID, "pass", note.strip(), ev)
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
    if first_day != submitted and not life.is_dispute:
        # a dispute answers a rejection, on the dispute's own 30-day clock (second_life)
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
    return result(CHECK_ID, "pass", summary + note, evidence)
