"""Review clocks: business days, review due, respond-by, dispute and conflicting-claim windows."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest

from poe_reviewer import clocks
from poe_reviewer.clocks import ClaimClocks, add_business_days
from poe_reviewer.errors import PolicyError
from poe_reviewer.policy import Policy, load_policy
from tests.builders import PARTNER_ACTIVITIES, make_claim

D = dt.date
UTC = dt.UTC


def at(y: int, m: int, d: int, hh: int = 12, mm: int = 0, tz: dt.tzinfo = UTC) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=tz)


def policy_with(**deadlines_changes: Any) -> Policy:
    """The real policy with some deadlines.toml tables or keys replaced ("cpor__review_business_days")."""
    base = load_policy()
    deadlines = copy.deepcopy(dict(base["deadlines"]))
    for key, value in deadlines_changes.items():
        section, _, name = key.partition("__")
        if name:
            deadlines[section] = {**deadlines.get(section, {}), name: value}
        else:
            deadlines[section] = value
    return Policy({**{k: base[k] for k in base}, "deadlines": deadlines}, source="test")


# --- business days -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (D(2025, 9, 15), 5, D(2025, 9, 22)),  # Monday -> next Monday
        (D(2025, 9, 19), 1, D(2025, 9, 22)),  # Friday + 1 -> Monday
        (D(2025, 9, 19), 5, D(2025, 9, 26)),  # Friday -> next Friday
        (D(2025, 9, 20), 1, D(2025, 9, 22)),  # Saturday + 1 -> Monday
        (D(2025, 9, 20), 5, D(2025, 9, 26)),  # Saturday: Mon..Fri are the five days
        (D(2025, 9, 21), 5, D(2025, 9, 26)),  # Sunday too
        (D(2025, 7, 31), 5, D(2025, 8, 7)),  # Thursday at month end
        (D(2025, 10, 31), 1, D(2025, 11, 3)),  # Friday at month end -> Monday of the next month
        (D(2025, 12, 29), 5, D(2026, 1, 5)),  # over the year end
        (D(2024, 2, 28), 2, D(2024, 3, 1)),  # leap day counts as a business day (Thursday)
        (D(2025, 9, 15), 0, D(2025, 9, 15)),
        (D(2025, 9, 22), -1, D(2025, 9, 19)),  # Monday - 1 -> Friday
    ],
)
def test_add_business_days(start: dt.date, days: int, expected: dt.date) -> None:
    assert add_business_days(start, days) == expected


def test_add_business_days_skips_holidays() -> None:
    christmas = {D(2025, 12, 25), D(2025, 12, 26), D(2026, 1, 1)}
    # Wed 24 Dec + 3: Thu/Fri are holidays, Sat/Sun weekend -> Mon 29, Tue 30, Wed 31
    assert add_business_days(D(2025, 12, 24), 3, christmas) == D(2025, 12, 31)
    assert add_business_days(D(2025, 12, 24), 5, christmas) == D(2026, 1, 5)
    assert add_business_days(D(2025, 12, 24), 5) == D(2025, 12, 31)


def test_add_business_days_counts_exactly_the_business_days_between() -> None:
    holidays = {D(2025, 5, 1), D(2025, 5, 29), D(2025, 6, 9)}
    for offset in range(0, 120):
        start = D(2025, 4, 1) + dt.timedelta(days=offset)
        for days in range(1, 12):
            end = add_business_days(start, days, holidays)
            assert clocks.is_business_day(end, holidays)
            between = [start + dt.timedelta(days=i) for i in range(1, (end - start).days + 1)]
            assert sum(clocks.is_business_day(d, holidays) for d in between) == days


# --- review due --------------------------------------------------------------------------------


def test_review_due_is_five_business_days_after_under_review() -> None:
    policy = load_policy()
    assert review_due_of(at(2025, 9, 15, 9), policy) == D(2025, 9, 22)  # Monday
    assert review_due_of(at(2025, 9, 12, 16), policy) == D(2025, 9, 19)  # Friday
    assert review_due_of(at(2025, 9, 13, 16), policy) == D(2025, 9, 19)  # Saturday
    assert review_due_of(at(2025, 1, 30, 10), policy) == D(2025, 2, 6)  # Thursday, month end


def review_due_of(moment: dt.datetime, policy: Policy) -> dt.date:
    return clocks.review_due(moment, policy)


def test_review_due_counts_from_the_utc_date() -> None:
    # Sunday 22:00 in New York is Monday 02:00 UTC: the clock starts on Monday.
    new_york = dt.timezone(dt.timedelta(hours=-4))
    assert clocks.review_due(at(2025, 9, 14, 22, tz=new_york), load_policy()) == D(2025, 9, 22)
    # SQLite hands back naive UTC times.
    assert clocks.review_due(dt.datetime(2025, 9, 15, 9), load_policy()) == D(2025, 9, 22)


def test_review_due_reads_days_and_holidays_from_policy() -> None:
    assert clocks.review_due(at(2025, 9, 15), policy_with(cpor__review_business_days=3)) == D(2025, 9, 18)
    with_holiday = policy_with(calendar__holidays=["2025-09-17", D(2025, 9, 18)])
    assert clocks.review_due(at(2025, 9, 15), with_holiday) == D(2025, 9, 24)


def test_policy_holidays_are_empty_by_default_and_validated() -> None:
    assert clocks.holidays(load_policy()) == frozenset()
    with pytest.raises(PolicyError, match="holiday"):
        clocks.holidays(policy_with(calendar__holidays=["25/12/2025"]))
    with pytest.raises(PolicyError, match="holidays must be a list"):
        clocks.holidays(policy_with(calendar__holidays="2025-12-25"))
    with pytest.raises(PolicyError, match="review_business_days"):
        clocks.review_due(at(2025, 9, 15), policy_with(cpor__review_business_days="five"))


# --- respond by --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("decided", "expected"),
    [
        (at(2025, 9, 19, 15, 40), D(2025, 10, 3)),  # the spec's example
        (at(2025, 1, 31), D(2025, 2, 14)),  # month end
        (at(2024, 2, 20), D(2024, 3, 5)),  # February of a leap year
        (at(2025, 2, 20), D(2025, 3, 6)),
        (at(2025, 12, 25), D(2026, 1, 8)),  # year end
        (at(2025, 9, 20), D(2025, 10, 4)),  # calendar days: a Saturday decision ends on a Saturday
    ],
)
def test_cpor_respond_by_is_fourteen_calendar_days(decided: dt.datetime, expected: dt.date) -> None:
    assert clocks.respond_by(make_claim(), decided, load_policy()) == expected


def test_cpor_respond_by_uses_the_utc_day_of_the_decision() -> None:
    tokyo = dt.timezone(dt.timedelta(hours=9))
    # 08:00 on 1 Oct in Tokyo is still 30 Sep in UTC.
    assert clocks.respond_by(make_claim(), at(2025, 10, 1, 8, tz=tokyo), load_policy()) == D(2025, 10, 14)


@pytest.mark.parametrize(
    ("activity_type", "expected"),
    [
        ("assessment", D(2025, 7, 1) + dt.timedelta(days=90)),
        ("standard", D(2025, 10, 29)),
        ("xs_small", D(2025, 11, 28)),
        ("medium", D(2026, 2, 16)),
        ("large", D(2026, 4, 17)),
    ],
)
def test_partner_activities_respond_by_follows_the_expiration_table(activity_type: str, expected: dt.date) -> None:
    claim = make_claim(PARTNER_ACTIVITIES, engagement__activity_type=activity_type)
    # Counted from consent (2025-07-01), whatever the decision date.
    assert clocks.respond_by(claim, at(2025, 9, 1), load_policy()) == expected
    assert clocks.respond_by(claim, at(2025, 9, 30), load_policy()) == expected


def test_partner_activities_respond_by_at_month_end_consent() -> None:
    claim = make_claim(PARTNER_ACTIVITIES, consent_date="2025-01-31", engagement__activity_type="standard")
    assert clocks.respond_by(claim, at(2025, 3, 1), load_policy()) == D(2025, 5, 31)


def test_partner_activities_respond_by_without_consent_date_is_unknown() -> None:
    claim = make_claim(PARTNER_ACTIVITIES, consent_date=None)
    assert clocks.respond_by(claim, at(2025, 9, 1), load_policy()) is None


def test_partner_activities_respond_by_uses_engagement_override_and_policy_numbers() -> None:
    claim = make_claim(PARTNER_ACTIVITIES, engagement__name="Special Workshop", engagement__id="E-77")
    override = [{"engagement": "Other", "ids": ["E-77"], "post_submission_days": 45, "seed": "x"}]
    assert clocks.respond_by(claim, at(2025, 9, 1), policy_with(engagement_overrides=override)) == D(2025, 8, 15)
    table = {"seed": "x", "standard": 100}
    assert clocks.respond_by(claim, at(2025, 9, 1), policy_with(post_submission_expired=table)) == D(2025, 10, 9)
    assert clocks.respond_days(claim, policy_with(post_submission_expired=table)) == 100
    assert clocks.respond_days(make_claim(), load_policy()) == 14


# --- dispute and conflicting-claim windows -----------------------------------------------------


def test_dispute_window_is_thirty_days_after_rejection() -> None:
    policy = load_policy()
    assert clocks.dispute_window_end(at(2025, 9, 19), policy) == D(2025, 10, 19)
    assert clocks.dispute_window_end(at(2025, 1, 31), policy) == D(2025, 3, 2)
    assert clocks.dispute_window_end(at(2024, 1, 31), policy) == D(2024, 3, 1)
    assert clocks.dispute_window_end(at(2025, 12, 15), policy) == D(2026, 1, 14)
    assert clocks.dispute_window_end(at(2025, 9, 19), policy_with(other__dispute_days_after_rejection=10)) == D(
        2025, 9, 29
    )


def test_conflict_window_is_fourteen_calendar_days() -> None:
    policy = load_policy()
    assert clocks.conflict_window_end(at(2025, 12, 20), policy) == D(2026, 1, 3)
    assert clocks.conflict_window_end(at(2025, 2, 28), policy) == D(2025, 3, 14)
    assert clocks.conflict_window_end(at(2025, 2, 28), policy_with(cpor__conflicting_claim_days=7)) == D(2025, 3, 7)


# --- ClaimClocks ------------------------------------------------------------------------------


def test_claim_clocks_next_due_and_overdue() -> None:
    none = ClaimClocks()
    assert none.next_due() is None
    assert not none.overdue(D(2030, 1, 1))
    c = ClaimClocks(review_due=D(2025, 9, 22), dispute_until=D(2025, 9, 20))
    assert c.next_due() == D(2025, 9, 20)
    assert not c.overdue(D(2025, 9, 19))
    assert not c.overdue(D(2025, 9, 20))  # the deadline day itself is on time
    assert c.overdue(D(2025, 9, 21))


def test_claim_clocks_from_state_moments() -> None:
    policy = load_policy()
    claim = make_claim()
    c = clocks.claim_clocks(
        claim,
        policy,
        under_review_since=at(2025, 9, 15),
        action_required_at=at(2025, 9, 19),
        rejected_at=None,
        conflict_notified_at=at(2025, 9, 16),
    )
    assert c == ClaimClocks(
        review_due=D(2025, 9, 22), respond_by=D(2025, 10, 3), dispute_until=None, conflict_until=D(2025, 9, 30)
    )
    assert c.next_due() == D(2025, 9, 22)
    assert clocks.claim_clocks(claim, policy) == ClaimClocks()
