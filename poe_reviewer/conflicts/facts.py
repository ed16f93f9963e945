"""What a claim's checks say about its POE, cell by cell, read from their typed facts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from poe_reviewer.checks.base import CheckResult, Evidence
from poe_reviewer.conflicts.groups import WorkloadKeys, WorkloadState
from poe_reviewer.conflicts.records import ClaimRecord
from poe_reviewer.findings.facts import AcknowledgementDateFact, AcknowledgementFact, ActivityFact
from poe_reviewer.findings.facts import WorkloadFact as WorkloadEvidence
from poe_reviewer.policy import Policy


# -- what a claim's checks say about its POE ---------------------------------------------------------------
@dataclass(frozen=True)
class Fact:
    """One cell's content: what the claim's checks say, with their status and evidence."""

    text: str
    status: str | None = None
    evidence: tuple[Evidence, ...] = ()


_NOT_CHECKED = Fact("not checked (no result for this check)", None)
#: A result stored by an older version of the program, before check results carried typed facts.
_NOT_RECORDED = "not recorded for this result (re-check the claim)"


def _matching(evidence: Iterable[Evidence], quotes: Iterable[str]) -> tuple[Evidence, ...]:
    wanted = [q.rstrip("…").strip() for q in quotes if q.strip()]
    return tuple(e for e in evidence if any(q in e.quote or e.quote in q for q in wanted if len(q) >= 3))


def fact_of(result: CheckResult | None) -> Fact:
    if result is None:
        return _NOT_CHECKED
    return Fact(result.summary, result.status, result.evidence)


@dataclass(frozen=True)
class WorkloadFact:
    name: str
    subscription_id: str | None
    key: str
    state: WorkloadState
    fact: Fact


@dataclass(frozen=True)
class PoeFacts:
    """What one claim's check results say about its POE, cell by cell."""

    claim_id: str
    acknowledgement: Fact
    acknowledgement_kind: str | None
    acknowledgement_date: dt.date | None
    date: Fact
    latest_poe_date: dt.date | None
    latest: Fact
    activity: Fact
    users: tuple[str, ...]
    users_fact: Fact
    timeline: tuple[str, ...]
    timeline_fact: Fact
    tasks: int
    tasks_fact: Fact
    situation: bool
    workloads: tuple[WorkloadFact, ...]
    names: Fact
    domains: Fact
    #: Check ids that failed with a reject-class failure (the partner cannot fix them).
    reject_class: tuple[str, ...]

    def workload(self, key: str) -> WorkloadFact | None:
        return next((w for w in self.workloads if w.key == key), None)


def _workload_facts(record: ClaimRecord, keys: WorkloadKeys) -> tuple[WorkloadFact, ...]:
    result = record.check("workload_match")
    claim = record.claim
    shown = {
        f.workload: f for f in ((result.facts or ()) if result is not None else ()) if isinstance(f, WorkloadEvidence)
    }
    out: list[WorkloadFact] = []
    for w in claim.workloads:
        key = keys.of(claim, w)
        if result is None:
            out.append(WorkloadFact(w.name, w.subscription_id, key, "unsure", _NOT_CHECKED))
            continue
        if result.facts is None:
            out.append(WorkloadFact(w.name, w.subscription_id, key, "unsure", Fact(_NOT_RECORDED)))
            continue
        fact = shown.get(w.name)
        if fact is None:
            # the check judged no workload one by one (no readable POE, say): its status speaks for all
            state: WorkloadState = {"pass": "evidenced", "fail": "missing"}.get(result.status, "unsure")  # type: ignore[assignment]
            out.append(WorkloadFact(w.name, w.subscription_id, key, state, Fact(result.summary, result.status)))
            continue
        status = {"evidenced": "pass", "missing": "fail", "unsure": "warn"}[fact.state]
        evidence = tuple(e for e in result.evidence if e.quote in fact.quotes)
        out.append(WorkloadFact(w.name, w.subscription_id, key, fact.state, Fact(fact.text, status, evidence)))
    return tuple(out)


def _best_valid(ack: CheckResult | None) -> AcknowledgementFact | None:
    """The strongest valid acknowledgement (the one the check's summary leads with)."""
    if ack is None or ack.status != "pass" or not ack.facts:
        return None
    valid = [f for f in ack.facts if isinstance(f, AcknowledgementFact) and f.verdict == "valid"]
    return max(valid, key=lambda f: f.strength) if valid else None


def poe_facts(record: ClaimRecord, policy: Policy, keys: WorkloadKeys | None = None) -> PoeFacts:
    """Read one claim's check results into the comparison's facts (typed facts, never the summaries)."""
    keys = keys or WorkloadKeys(policy)
    ack = record.check("customer_acknowledgement")
    ack_fact = fact_of(ack)
    best = _best_valid(ack)
    kind = best.label if best is not None else None
    if best is not None and best.strength_label:
        kind = f"{kind}, strength {best.strength_label}"
    if ack is not None and ack.facts is None:
        kind_text = _NOT_RECORDED
    elif ack is not None and kind is None:
        kind_text = {"warn": "to confirm by eye", "fail": "none valid"}.get(ack.status, ack.status.replace("_", " "))
    else:
        kind_text = kind or ""
    ack_text = f"{kind_text}: {ack.summary}" if ack is not None else ack_fact.text
    ack_cell = Fact(ack_text, ack_fact.status, ack_fact.evidence)

    dated = record.check("acknowledgement_date")
    date_dates = [f.date for f in (dated.facts or ()) if isinstance(f, AcknowledgementDateFact)] if dated else []
    ack_date = max(date_dates) if date_dates else None
    if dated is None:
        date_fact = _NOT_CHECKED
    elif dated.facts is None:
        date_fact = Fact(f"{_NOT_RECORDED}: {dated.summary}", dated.status, dated.evidence)
    else:
        date_fact = Fact(
            f"{ack_date.isoformat()}: {dated.summary}" if ack_date else dated.summary, dated.status, dated.evidence
        )
    ack_dates = [
        f.date
        for f in ((ack.facts or ()) if ack is not None and ack.status == "pass" else ())
        if isinstance(f, AcknowledgementFact) and f.verdict == "valid" and f.date is not None
    ]
    candidates = [d for d in (ack_date, *ack_dates) if d is not None]
    latest = max(candidates) if candidates else None
    if latest is None:
        latest_fact = Fact("no dated customer acknowledgement found", "fail" if dated is not None else None)
    elif ack_date == latest and dated is not None:
        latest_fact = Fact(latest.isoformat(), dated.status, dated.evidence)
    else:
        latest_fact = Fact(latest.isoformat(), ack_fact.status, ack_fact.evidence)

    activity = record.check("activity_detail")
    evidence = activity.evidence if activity is not None else ()
    stated = next((f for f in (activity.facts or ()) if isinstance(f, ActivityFact)), None) if activity else None
    stated = stated or ActivityFact()
    users, timeline, tasks = stated.users, stated.timeline, stated.tasks
    users_ev = _matching(evidence, users)
    timeline_ev = _matching(evidence, timeline)
    tasks_ev = tuple(e for e in evidence if e not in users_ev and e not in timeline_ev)
    present = "pass" if activity is not None else None
    missing = "fail" if activity is not None else None
    if activity is not None and activity.facts is None:
        present = missing = None
        users_fact = timeline_fact = Fact(_NOT_RECORDED)
    else:
        users_fact = Fact(", ".join(users) or "not stated", present if users else missing, users_ev)
        timeline_fact = Fact(", ".join(timeline) or "not stated", present if timeline else missing, timeline_ev)
    tasks_text = f"{'at least ' if stated.tasks_capped else ''}{tasks}" if tasks else "none found"
    tasks_fact = Fact(tasks_text, present if tasks >= 2 else missing, tasks_ev if tasks else ())
    if activity is not None and activity.facts is None:
        tasks_fact = Fact(_NOT_RECORDED)

    return PoeFacts(
        claim_id=record.claim_id,
        acknowledgement=ack_cell,
        acknowledgement_kind=kind,
        acknowledgement_date=ack_date,
        date=date_fact,
        latest_poe_date=latest,
        latest=latest_fact,
        activity=fact_of(activity),
        users=users,
        users_fact=users_fact,
        timeline=timeline,
        timeline_fact=timeline_fact,
        tasks=tasks,
        tasks_fact=tasks_fact,
        situation=stated.situation,
        workloads=_workload_facts(record, keys),
        names=fact_of(record.check("partner_customer_names")),
        domains=fact_of(record.check("customer_domain")),
        reject_class=tuple(c.id for c in record.checks if c.status == "fail" and c.reject),
    )
