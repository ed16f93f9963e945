"""The sample queue's clocks, set relative to the day it is imported (``sample_poe/.timeline.toml``).

A newcomer opening the sample queue should see what a reviewer sees on a working day: claims overdue,
due today and due this week, a conflict whose fourteen-day window is open, claims already decided. The
bundles keep their own dates (the checks read them); what moves with the import day (``as_of``, today by
default) is the queue's record: when each claim went Under Review, when the earlier decisions were made,
when partners were notified, when the sample reviewers decided. Importing again changes nothing.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from poe_reviewer import clocks
from poe_reviewer.application.queue import AlreadyDecidedError, ReviewQueue, UnknownClaimError
from poe_reviewer.bundle import load_bundle
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.review import Verdict, checks_to_resolve
from poe_reviewer.templates import default_template, render_comment

TIMELINE = ".timeline.toml"
#: The note a sample approval carries for the checks it had to resolve (guarded approval).
SAMPLE_NOTE = "Confirmed by the sample reviewer (sample queue)."
#: The time of day the sample's moments fall on (UTC): a working morning.
_MORNING = dt.time(9, 30, tzinfo=dt.UTC)
_VERDICTS: tuple[Verdict, ...] = ("approve", "reject", "action_required")
#: The decision kinds whose approval needs the checks resolved (review.checks_to_resolve).
_KIND = {"approve": "approved", "reject": "rejected", "action_required": "action_required"}


@dataclass(frozen=True)
class SampleDecision:
    claim_id: str
    verdict: Verdict
    reviewer: str
    business_days_ago: int
    template_id: str | None = None


@dataclass(frozen=True)
class SampleNotice:
    claim_id: str
    business_days_ago: int
    how: str
    by: str


@dataclass(frozen=True)
class Timeline:
    """When the sample's moments fall, counted back from the import day."""

    written_as_of: dt.date
    under_review: Mapping[str, int]
    decided: tuple[SampleDecision, ...] = ()
    notified: tuple[SampleNotice, ...] = ()

    def offset(self, as_of: dt.date) -> dt.timedelta:
        """How far the sample's history moves: from the day it was written for to the import day."""
        return as_of - self.written_as_of


def _problem(path: Path, what: str) -> PoeReviewerError:
    return PoeReviewerError(f"{path}: {what}")


def _days(path: Path, where: str, value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise _problem(path, f"{where} must be a whole number of business days, 0 or more (found {value!r})")
    return value


def read_timeline(queue: Path) -> Timeline | None:
    """The timeline of ``queue`` (None when the queue has none: its clocks start at the import)."""
    path = queue / TIMELINE
    if not path.is_file():
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise _problem(path, f"the sample queue's timeline cannot be read ({exc})") from exc
    written = data.get("written_as_of")
    if not isinstance(written, dt.date) or isinstance(written, dt.datetime):
        raise _problem(path, "written_as_of must be a date (YYYY-MM-DD)")
    raw = data.get("under_review", {})
    if not isinstance(raw, dict):
        raise _problem(path, "[under_review] must map claim ids to business days")
    under = {str(k): _days(path, f"under_review.{k}", v) for k, v in raw.items()}
    decided: list[SampleDecision] = []
    for i, entry in enumerate(data.get("decided", [])):
        verdict = entry.get("verdict")
        if verdict not in _VERDICTS:
            raise _problem(path, f"decided #{i + 1}: verdict must be one of {', '.join(_VERDICTS)}")
        decided.append(
            SampleDecision(
                str(entry.get("claim")), verdict, str(entry.get("reviewer", "")),
                _days(path, f"decided #{i + 1} business_days_ago", entry.get("business_days_ago")),
                entry.get("template"),
            )
        )  # fmt: skip
    notified = [
        SampleNotice(
            str(e.get("claim")), _days(path, f"notified #{i + 1} business_days_ago", e.get("business_days_ago")),
            str(e.get("how", "")), str(e.get("by", "")),
        )
        for i, e in enumerate(data.get("notified", []))
    ]  # fmt: skip
    return Timeline(written, under, tuple(decided), tuple(notified))


def moment_before(as_of: dt.date, business_days: int, holidays: frozenset[dt.date], now: dt.datetime) -> dt.datetime:
    """A working morning ``business_days`` before ``as_of``; never later than ``now`` (a claim that
    arrived "today" arrived by the time it is imported)."""
    day = clocks.add_business_days(as_of, -business_days, holidays) if business_days else as_of
    return min(dt.datetime.combine(day, _MORNING), now)


def clock_at(moment: dt.datetime) -> Callable[[], dt.datetime]:
    """A store's clock that always reads ``moment`` (the sample's history, recorded at its own time)."""
    return lambda: moment


def clocked_store(store: ReviewQueue, moment: dt.datetime, actor: str | None = None) -> ReviewQueue:
    # the same database, its clock at the moment (never closed: it shares the engine)
    return ReviewQueue(
        engine=store.engine, policy=store.policy, limits=store.limits, actor=actor or store.actor, now=clock_at(moment)
    )


class SampleClock:
    """Gives each sample bundle the store whose clock reads the moment its claim went Under Review."""

    def __init__(self, store: ReviewQueue, timeline: Timeline | None, as_of: dt.date | None = None) -> None:
        self.store = store
        self.timeline = timeline
        self.now = store.now()
        self.as_of = as_of or self.now.date()
        self.holidays = clocks.holidays(store.policy)

    def moment(self, business_days: int) -> dt.datetime:
        return moment_before(self.as_of, business_days, self.holidays, self.now)

    def store_for(self, path: str | Path) -> ReviewQueue:
        """The store to import ``path`` with: clocked where the timeline names its claim, else the queue's own."""
        if self.timeline is None:
            return self.store
        try:
            with load_bundle(path, self.store.limits) as bundle:
                claim_id = bundle.claim.claim_id
        except PoeReviewerError:
            return self.store  # the import itself says what is wrong with the bundle
        days = self.timeline.under_review.get(claim_id)
        return self.store if days is None else clocked_store(self.store, self.moment(days))

    def settle(self) -> list[str]:
        """After the import: the conflict notices and the sample reviewers' decisions, each at its moment.
        Returns the claims it changed (none the second time)."""
        if self.timeline is None:
            return []
        changed: list[str] = []
        for notice in self.timeline.notified:
            state = self.store.conflict_group_of(notice.claim_id)
            if state is None or state.notified_at is not None:
                continue
            then = clocked_store(self.store, self.moment(notice.business_days_ago), notice.by)
            then.notify_conflict(state.group_id, how=notice.how, by=notice.by)
            changed.extend(state.group.claim_ids)
        changed.extend(d.claim_id for d in self.timeline.decided if self._decide(d))
        return changed

    def _decide(self, d: SampleDecision) -> bool:
        try:
            detail = self.store.get_claim(d.claim_id)
        except UnknownClaimError:
            return False  # a queue made of part of the samples
        if detail.current_decision is not None:
            return False
        moment = self.moment(d.business_days_ago)
        then = clocked_store(self.store, moment, d.reviewer)
        if not then.reviewer_name(d.reviewer):
            then.register_reviewer(d.reviewer, d.reviewer.split("@")[0].replace(".", " ").title())
        name = then.reviewer_name(d.reviewer) or d.reviewer
        template = d.template_id or default_template(d.verdict, detail.checks, detail.claim)
        comment = ""
        if template:
            respond = (
                clocks.respond_by(detail.claim, moment, self.store.policy) if d.verdict == "action_required" else None
            )
            comment = render_comment(
                template, detail.claim, detail.checks, reviewer_name=name, respond_by=respond, policy=self.store.policy
            )
        resolutions = {c: SAMPLE_NOTE for c in checks_to_resolve(detail.check_statuses, _KIND[d.verdict])}
        try:
            then.decide(
                d.claim_id, d.verdict, reviewer=d.reviewer, comment=comment, template_id=template,
                resolutions=resolutions or None,
            )  # fmt: skip
        except AlreadyDecidedError:
            return False
        return True
