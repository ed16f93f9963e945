"""The comparison: the criteria table with each claim's evidence, the window and the notices."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from poe_reviewer.checks.base import Evidence
from poe_reviewer.claim import Workload
from poe_reviewer.conflicts.facts import Fact, PoeFacts, fact_of, poe_facts
from poe_reviewer.conflicts.groups import ConflictGroup, ContestedWorkload, WorkloadKeys, window_days_left
from poe_reviewer.conflicts.records import ClaimRecord, Notice
from poe_reviewer.conflicts.suggest import Suggestion, suggest
from poe_reviewer.policy import Policy


# -- the comparison ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Cell:
    claim_id: str
    text: str
    status: str | None = None
    evidence: tuple[Evidence, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "text": self.text,
            "status": self.status,
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    #: claim, acknowledgement, activity, workloads, names, checks.
    section: str
    #: One per column, in the comparison's column order.
    cells: tuple[Cell, ...]

    def cell(self, claim_id: str) -> Cell:
        return next(c for c in self.cells if c.claim_id == claim_id)

    def to_json(self) -> dict[str, Any]:
        cells = [c.to_json() for c in self.cells]
        return {"key": self.key, "label": self.label, "section": self.section, "cells": cells}


@dataclass(frozen=True)
class Column:
    """A claim of the comparison: whose it is and where its documents are (the viewer opens them)."""

    claim_id: str
    partner_name: str
    location_id: str
    revision: int
    version: int
    status: str
    recommendation: str
    submitted_at: dt.datetime
    bundle_path: str
    #: Names of the contested workloads whose association this claim already holds (approved).
    associated: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "partner": self.partner_name,
            "location_id": self.location_id,
            "revision": self.revision,
            "version": self.version,
            "status": self.status,
            "recommendation": self.recommendation,
            "submitted_at": self.submitted_at.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
            "bundle_path": self.bundle_path,
            "associated": list(self.associated),
        }


@dataclass(frozen=True)
class Comparison:
    group: ConflictGroup
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    suggestion: Suggestion
    #: When the group was first found: the partners' notification, the start of the window.
    notified_at: dt.datetime | None
    window_end: dt.date | None
    notices: tuple[Notice, ...]
    facts: Mapping[str, PoeFacts] = field(default_factory=dict)

    def row(self, key: str) -> Row:
        return next(r for r in self.rows if r.key == key)

    def days_left(self, today: dt.date) -> int | None:
        return window_days_left(self.window_end, today)

    def window_open(self, today: dt.date) -> bool:
        return self.window_end is None or today <= self.window_end

    def to_json(self, today: dt.date) -> dict[str, Any]:
        s = self.suggestion
        return {
            **self.group.to_json(),
            "notified_at": self.notified_at.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
            if self.notified_at
            else None,
            "window_end": self.window_end.isoformat() if self.window_end else None,
            "days_left": self.days_left(today),
            "notices": [
                {"claim_id": n.claim_id, "partner": n.partner_name, "at": n.at.astimezone(dt.UTC).isoformat()}
                for n in self.notices
            ],
            "columns": [c.to_json() for c in self.columns],
            "rows": [r.to_json() for r in self.rows],
            "suggestion": {
                "winner_claim_id": s.winner_claim_id,
                "winners": dict(s.winners),
                "others": s.others,
                "explanation": s.explanation,
                "reason": s.reason,
            },
        }


def compare(
    group: ConflictGroup,
    records: Mapping[str, ClaimRecord],
    *,
    policy: Policy,
    today: dt.date,
    notified_at: dt.datetime | None = None,
    window_end: dt.date | None = None,
    notices: Sequence[Notice] = (),
) -> Comparison:
    """The side-by-side comparison of a group's claims (``records``: every member, by claim id)."""
    missing = [c for c in group.claim_ids if c not in records]
    if missing:
        raise KeyError(f"no record of claim(s) {', '.join(missing)}")
    keys = WorkloadKeys(policy)
    ids = group.claim_ids
    facts = {c: poe_facts(records[c], policy, keys) for c in ids}
    window_open = window_end is None or today <= window_end
    suggestion = suggest(group, records, facts, window_open=window_open)

    def row(key: str, label: str, section: str, make: Any) -> Row:
        return Row(key, label, section, tuple(make(c) for c in ids))

    rows: list[Row] = [
        row("partner", "Partner (location id)", "claim",
            lambda c: Cell(c, f"{records[c].claim.partner.name} ({records[c].claim.partner.location_id})")),
        row("submitted", "Submitted", "claim",
            lambda c: Cell(c, records[c].claim.submitted_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"))),
        row("state", "Review state", "claim", lambda c: Cell(c, _state_text(records[c], group))),
        row("acknowledgement_kind", "Customer acknowledgement (kind)", "acknowledgement",
            lambda c: _cell(c, facts[c].acknowledgement)),
        row("acknowledgement_date", "Customer acknowledgement (date)", "acknowledgement",
            lambda c: _cell(c, facts[c].date)),
        row("latest_poe_date", "Most recent POE date", "acknowledgement", lambda c: _cell(c, facts[c].latest)),
        row("activity_detail", "Activity detail", "activity", lambda c: _cell(c, facts[c].activity)),
        row("users_in_scope", "Users/devices in scope", "activity", lambda c: _cell(c, facts[c].users_fact)),
        row("timeline", "Timeline", "activity", lambda c: _cell(c, facts[c].timeline_fact)),
        row("tasks", "Concrete tasks", "activity", lambda c: _cell(c, facts[c].tasks_fact)),
        row("workloads_claimed", "Workloads claimed", "workloads",
            lambda c: Cell(c, ", ".join(_workload_label(w) for w in records[c].claim.workloads) or "none")),
    ]  # fmt: skip
    for w in group.workloads:
        rows.append(
            row(f"workload:{w.key}", f"{w.label} evidenced", "workloads", lambda c, w=w: _workload_cell(c, facts[c], w))
        )
    rows += [
        row("names", "Partner and customer names", "names", lambda c: _cell(c, facts[c].names)),
        row("domains", "Customer domain", "names", lambda c: _domain_cell(c, records[c], facts[c])),
    ]
    check_ids = list(dict.fromkeys(r.id for c in ids for r in records[c].checks))
    for check_id in check_ids:
        rows.append(
            row(
                f"check:{check_id}",
                f"Check: {check_id}",
                "checks",
                lambda c, k=check_id: _cell(c, fact_of(records[c].check(k))),
            )
        )
    columns = tuple(
        Column(
            claim_id=c,
            partner_name=records[c].claim.partner.name,
            location_id=records[c].claim.partner.location_id or "",
            revision=records[c].revision,
            version=records[c].version,
            status=records[c].status,
            recommendation=records[c].recommendation,
            submitted_at=records[c].claim.submitted_at,
            bundle_path=records[c].bundle_path,
            associated=tuple(w.name for w in group.workloads if c in w.associated),
        )
        for c in ids
    )
    return Comparison(group, columns, tuple(rows), suggestion, notified_at, window_end, tuple(notices), facts)


def _cell(claim_id: str, fact: Fact) -> Cell:
    return Cell(claim_id, fact.text, fact.status, fact.evidence)


def _workload_label(w: Workload) -> str:
    return f"{w.name} @{w.subscription_id}" if w.subscription_id else w.name


def _workload_cell(claim_id: str, facts: PoeFacts, workload: ContestedWorkload) -> Cell:
    if claim_id not in workload.claim_ids:
        return Cell(claim_id, "not claimed by this claim", None)
    wf = facts.workload(workload.key)
    if wf is None:
        return Cell(claim_id, "not claimed by this claim", None)
    return Cell(claim_id, f"{wf.state}: {wf.fact.text}", wf.fact.status, wf.fact.evidence)


def _domain_cell(claim_id: str, record: ClaimRecord, facts: PoeFacts) -> Cell:
    claim = record.claim
    head = f"customer {claim.customer.domain or 'no domain'}; partner {', '.join(claim.partner.domains) or 'no domain'}"
    return Cell(claim_id, f"{head}. {facts.domains.text}", facts.domains.status, facts.domains.evidence)


def _state_text(record: ClaimRecord, group: ConflictGroup) -> str:
    text = record.status.replace("_", " ")
    if record.decision and record.decision_group == group.group_id:
        text += " (decided in this group)"
    elif record.decision:
        text += " (decided before the conflict)"
    associated = [w.name for w in group.workloads if record.claim_id in w.associated]
    if associated:
        text += "; associated partner of record for " + ", ".join(associated)
    return f"{text}; revision {record.revision}, recommendation {record.recommendation.replace('_', ' ')}"
