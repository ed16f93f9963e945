"""Review clocks: the dates by which a claim must be reviewed, answered or disputed.

Every number comes from ``resources/policy/deadlines.toml`` (seed sections "Status of a claim",
"Claim Expiration Timelines", "Conflicting Claims - CPOR"):

* review due: five business days after the claim went Under Review ("You should expect a
  response within five business days");
* respond by, after Action Required: CPOR claims get fourteen calendar days from the decision;
  Partner Activities claims expire the expiration table's "Post submission claim expired" days
  after customer consent, whatever the date of the decision;
* dispute window: 30 days after a rejection;
* conflicting-claim window: fourteen calendar days after the partners were notified.

Business days are Monday to Friday minus the holidays listed in the policy (none by default).
Dates are UTC calendar dates, the time base of the claims system and of the decision export. A
naive datetime is read as UTC because SQLite hands back stored UTC times without their offset.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from poe_reviewer.claim import Claim
from poe_reviewer.dates import utc_date
from poe_reviewer.errors import PolicyError
from poe_reviewer.names import normalize_name
from poe_reviewer.policy import Policy

_SATURDAY = 5


def is_business_day(day: dt.date, holidays: Collection[dt.date] = ()) -> bool:
    return day.weekday() < _SATURDAY and day not in holidays


def add_business_days(start: dt.date, days: int, holidays: Collection[dt.date] = ()) -> dt.date:
    """The date ``days`` business days after ``start`` (before it when negative).

    ``start`` itself never counts, so a clock started on a Saturday ends five business days
    later on Friday, and one started on a Monday ends on the next Monday.
    """
    holiday_set = frozenset(holidays)
    step = 1 if days >= 0 else -1
    remaining = abs(days)
    day = start
    while remaining:
        day += dt.timedelta(days=step)
        if is_business_day(day, holiday_set):
            remaining -= 1
    return day


def _section(policy: Policy, name: str) -> Mapping[str, Any]:
    value = policy["deadlines"].get(name, {})
    if not isinstance(value, Mapping):
        raise PolicyError(f"deadlines.toml: [{name}] must be a table")
    return value


def _days(policy: Policy, section: str, key: str) -> int:
    value = _section(policy, section).get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise PolicyError(f"deadlines.toml: [{section}] {key} must be a whole number of days, not {value!r}")
    return value


def holidays(policy: Policy) -> frozenset[dt.date]:
    """The non-working days of ``[calendar] holidays`` (TOML dates or "YYYY-MM-DD" strings)."""
    raw = _section(policy, "calendar").get("holidays", [])
    if not isinstance(raw, list):
        raise PolicyError("deadlines.toml: [calendar] holidays must be a list of dates")
    days: set[dt.date] = set()
    for item in raw:
        if isinstance(item, dt.datetime):
            days.add(item.date())
        elif isinstance(item, dt.date):
            days.add(item)
        elif isinstance(item, str):
            try:
                days.add(dt.date.fromisoformat(item.strip()))
            except ValueError:
                raise PolicyError(f"deadlines.toml: [calendar] holiday {item!r} is not a YYYY-MM-DD date") from None
        else:
            raise PolicyError(f"deadlines.toml: [calendar] holiday {item!r} is not a date")
    return frozenset(days)


def review_due(under_review_since: dt.datetime, policy: Policy) -> dt.date:
    """Five business days (``[cpor] review_business_days``) after the claim went Under Review."""
    return add_business_days(
        utc_date(under_review_since), _days(policy, "cpor", "review_business_days"), holidays(policy)
    )


def _post_submission_days(claim: Claim, policy: Policy) -> int | None:
    """Days after consent by which a Partner Activities claim in Action Required expires."""
    engagement = claim.engagement
    if engagement is None:
        return None
    # An engagement's Summary page may set its own timeline; the table is the default.
    key = normalize_name(engagement.name)
    overrides = policy["deadlines"].get("engagement_overrides", [])
    for entry in overrides if isinstance(overrides, list) else []:
        if not isinstance(entry, Mapping) or not isinstance(entry.get("post_submission_days"), int):
            continue
        names = [str(entry.get("engagement", "")), *(str(a) for a in entry.get("aliases", []))]
        ids = {str(i) for i in entry.get("ids", [])}
        if engagement.id in ids or any(normalize_name(n) == key for n in names if n):
            return int(entry["post_submission_days"])
    days = _section(policy, "post_submission_expired").get(engagement.activity_type)
    if isinstance(days, bool) or not isinstance(days, int):
        return None
    return days


def respond_days(claim: Claim, policy: Policy) -> int | None:
    """How many days the partner has to answer an Action Required (see :func:`respond_by`)."""
    if claim.is_cpor:
        return _days(policy, "cpor", "action_required_days")
    return _post_submission_days(claim, policy)


def respond_by(claim: Claim, decided_at: dt.datetime, policy: Policy) -> dt.date | None:
    """The partner's deadline to resubmit after an Action Required decision made at ``decided_at``.

    CPOR: fourteen calendar days after the decision. Partner Activities: the expiration table's
    post-submission days counted from the customer consent date (None without a consent date or
    without a deadline for the activity type: the clock cannot be set and the reviewer sees none).
    """
    if claim.is_cpor:
        return utc_date(decided_at) + dt.timedelta(days=_days(policy, "cpor", "action_required_days"))
    days = _post_submission_days(claim, policy)
    if days is None or claim.consent_date is None:
        return None
    return claim.consent_date + dt.timedelta(days=days)


def dispute_days(policy: Policy) -> int:
    """Days after a rejection during which it can be disputed (``[other] dispute_days_after_rejection``)."""
    return _days(policy, "other", "dispute_days_after_rejection")


def conflict_days(policy: Policy) -> int:
    """Calendar days the associated partner has to answer a conflicting claim (``[cpor] conflicting_claim_days``)."""
    return _days(policy, "cpor", "conflicting_claim_days")


def dispute_window_end(rejected_at: dt.datetime, policy: Policy) -> dt.date:
    """Last day a rejection can be disputed: 30 days after it."""
    return utc_date(rejected_at) + dt.timedelta(days=dispute_days(policy))


def conflict_window_end(notified_at: dt.datetime, policy: Policy) -> dt.date:
    """Last day of the 14 calendar days the associated partner has to provide an up-to-date POE."""
    return utc_date(notified_at) + dt.timedelta(days=conflict_days(policy))


@dataclass(frozen=True)
class ClaimClocks:
    """The running clocks of one claim; a clock that does not apply is None."""

    review_due: dt.date | None = None
    respond_by: dt.date | None = None
    dispute_until: dt.date | None = None
    conflict_until: dt.date | None = None

    def next_due(self) -> dt.date | None:
        """The earliest running deadline (what the queue sorts by)."""
        dates = [d for d in (self.review_due, self.respond_by, self.dispute_until, self.conflict_until) if d]
        return min(dates) if dates else None

    def overdue(self, today: dt.date) -> bool:
        """True once a deadline has passed; the deadline day itself is still on time."""
        due = self.next_due()
        return due is not None and due < today


def claim_clocks(
    claim: Claim,
    policy: Policy,
    *,
    under_review_since: dt.datetime | None = None,
    action_required_at: dt.datetime | None = None,
    rejected_at: dt.datetime | None = None,
    conflict_notified_at: dt.datetime | None = None,
) -> ClaimClocks:
    """The clocks of a claim from the moments its current state began (None: not in that state)."""
    return ClaimClocks(
        review_due=review_due(under_review_since, policy) if under_review_since else None,
        respond_by=respond_by(claim, action_required_at, policy) if action_required_at else None,
        dispute_until=dispute_window_end(rejected_at, policy) if rejected_at else None,
        conflict_until=conflict_window_end(conflict_notified_at, policy) if conflict_notified_at else None,
    )
