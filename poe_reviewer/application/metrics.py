"""Reviewer metrics: how fast the team decides, how often it departs from the suggestion (and on which check),
what second-level QC overturns, and how the queue stands against its deadlines.

Computed from the decisions the queue keeps (``ReviewStore.decision_records``), the queue's claims and the QC
record, never from anything a reviewer types: the numbers a team lead sees are the decisions as saved.

* **Pace**: decisions per day (over the days a reviewer decided anything) and per hour (over the clock hours
  in which they decided anything: a day's work, not its breaks).
* **Time to decision**: the median time from a revision reaching the queue (its import) to its decision.
* **Overridden suggestions**: a decision of another kind than the checks suggested (``review`` suggests no
  kind: a person was asked to look). Per check: how often a check failed and the claim was approved anyway,
  the automated verdicts reviewers disagree with most, and the best signal for improving the checks.
* **QC**: the overturn rates of second-level QC, per reviewer and per check (storage/store_qc.py).
* **Due dates**: the claims still to review, overdue, due today, this week, later, with no clock.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from poe_reviewer.application.queue import TO_REVIEW, ClaimSummary, QcStats, ReviewQueue
from poe_reviewer.storage.store_records import DecisionRecord

#: The kinds of decision that follow each suggestion.
FOLLOWS = {
    "approve": ("approved", "partially_approved"),
    "reject": ("rejected",),
    "action_required": ("action_required",),
}
#: The check statuses that say a check found a problem.
FAILED = "fail"


@dataclass(frozen=True)
class ReviewerPace:
    reviewer: str
    decided: int
    days: int
    hours: int
    overridden: int
    #: Median hours from the revision's import to its decision.
    median_hours_to_decision: float | None

    @property
    def per_day(self) -> float:
        return self.decided / self.days if self.days else 0.0

    @property
    def per_hour(self) -> float:
        return self.decided / self.hours if self.hours else 0.0


@dataclass(frozen=True)
class CheckDisagreement:
    check_id: str
    #: decisions on which the check failed
    failed: int
    #: ... and the reviewer approved all the same
    approved_anyway: int

    @property
    def share(self) -> float:
        return self.approved_anyway / self.failed if self.failed else 0.0


@dataclass(frozen=True)
class Metrics:
    since: dt.datetime | None
    today: dt.date
    decided: int
    reviewers: tuple[ReviewerPace, ...]
    followed: int
    overridden: int
    #: decisions on claims the checks sent to a person (``review``): nothing to follow or override
    asked_to_look: int
    median_hours_to_decision: float | None
    by_check: tuple[CheckDisagreement, ...]
    qc: QcStats
    #: overdue, today, week, later, none: the claims still to review by their next deadline
    due: dict[str, int] = field(default_factory=dict)
    #: decisions per UTC day, oldest first
    per_day: tuple[tuple[dt.date, int], ...] = ()

    @property
    def overridden_share(self) -> float:
        judged = self.followed + self.overridden
        return self.overridden / judged if judged else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "since": self.since.isoformat() if self.since else None,
            "today": self.today.isoformat(),
            "decided": self.decided,
            "median_hours_to_decision": self.median_hours_to_decision,
            "suggestions": {"followed": self.followed, "overridden": self.overridden,
                            "overridden_share": self.overridden_share, "asked_to_look": self.asked_to_look},
            "reviewers": [
                {"reviewer": r.reviewer, "decided": r.decided, "days": r.days, "hours": r.hours,
                 "per_day": r.per_day, "per_hour": r.per_hour, "overridden": r.overridden,
                 "median_hours_to_decision": r.median_hours_to_decision}
                for r in self.reviewers
            ],
            "checks_disagreed_with": [
                {"check": c.check_id, "failed": c.failed, "approved_anyway": c.approved_anyway, "share": c.share}
                for c in self.by_check
            ],
            "qc": self.qc.to_json(),
            "due": dict(self.due),
            "per_day": [{"day": d.isoformat(), "decided": n} for d, n in self.per_day],
        }  # fmt: skip


def followed(record: DecisionRecord) -> bool | None:
    """Whether the decision is of the kind the checks suggested (None: they suggested none, ``review``)."""
    kinds = FOLLOWS.get(record.recommendation)
    return None if kinds is None else record.decision in kinds


def _hours(record: DecisionRecord) -> float:
    return max(0.0, (record.decided_at - record.imported_at).total_seconds() / 3600)


def _median(values: Sequence[float]) -> float | None:
    return round(statistics.median(values), 2) if values else None


def due_health(summaries: Iterable[ClaimSummary], today: dt.date) -> dict[str, int]:
    """The claims still to review by their next deadline (an expired Action Required is to review again)."""
    out = {"overdue": 0, "today": 0, "week": 0, "later": 0, "none": 0}
    for s in summaries:
        if s.status != TO_REVIEW and not s.expired(today):
            continue
        if s.next_due is None:
            out["none"] += 1
            continue
        days = (s.next_due - today).days
        out["overdue" if days < 0 else "today" if days == 0 else "week" if days <= 7 else "later"] += 1
    return out


def metrics_from(
    records: Sequence[DecisionRecord],
    summaries: Iterable[ClaimSummary],
    qc: QcStats,
    *,
    today: dt.date,
    since: dt.datetime | None = None,
) -> Metrics:
    """The metrics of these decisions (every decision made, a replaced one too: it was work done)."""
    by_reviewer: dict[str, list[DecisionRecord]] = {}
    for r in records:
        by_reviewer.setdefault(r.reviewer, []).append(r)
    paces = []
    for reviewer, mine in sorted(by_reviewer.items(), key=lambda kv: (-len(kv[1]), kv[0].casefold())):
        paces.append(
            ReviewerPace(
                reviewer=reviewer,
                decided=len(mine),
                days=len({r.decided_at.date() for r in mine}),
                hours=len({r.decided_at.replace(minute=0, second=0, microsecond=0) for r in mine}),
                overridden=sum(followed(r) is False for r in mine),
                median_hours_to_decision=_median([_hours(r) for r in mine]),
            )
        )
    checks: dict[str, list[int]] = {}
    for r in records:
        for check_id, status in r.checks.items():
            if status == FAILED:
                tally = checks.setdefault(check_id, [0, 0])
                tally[0] += 1
                tally[1] += r.decision in FOLLOWS["approve"]
    by_check = sorted(
        (CheckDisagreement(k, n, a) for k, (n, a) in checks.items()),
        # most disagreements first (a share of one or two decisions says little), then the share
        key=lambda c: (-c.approved_anyway, -c.share, c.check_id),
    )
    days: dict[dt.date, int] = {}
    for r in records:
        days[r.decided_at.date()] = days.get(r.decided_at.date(), 0) + 1
    verdicts = [followed(r) for r in records]
    return Metrics(
        since=since,
        today=today,
        decided=len(records),
        reviewers=tuple(paces),
        followed=sum(v is True for v in verdicts),
        overridden=sum(v is False for v in verdicts),
        asked_to_look=sum(v is None for v in verdicts),
        median_hours_to_decision=_median([_hours(r) for r in records]),
        by_check=tuple(by_check),
        qc=qc,
        due=due_health(summaries, today),
        per_day=tuple(sorted(days.items())),
    )


def compute_metrics(store: ReviewQueue, *, today: dt.date | None = None, since: dt.datetime | None = None) -> Metrics:
    """The queue's reviewer metrics (``since``: decisions made from then on; the due dates are the queue's now)."""
    day = today or store.now().date()
    return metrics_from(store.decision_records(since), store.list_claims(), store.qc_stats(), today=day, since=since)
