"""Suggesting a winner: how each claim's POE stands on each contested workload."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from poe_reviewer.conflicts.facts import PoeFacts
from poe_reviewer.conflicts.groups import ConflictGroup, ContestedWorkload, Others
from poe_reviewer.conflicts.records import ClaimRecord
from poe_reviewer.templates import long_date

# -- suggesting a winner -----------------------------------------------------------------------------------
_RANK = {"pass": 2, "not_applicable": 2, "warn": 1}


@dataclass(frozen=True)
class Standing:
    """How one claim's POE stands on one contested workload."""

    claim_id: str
    workload_key: str
    #: 2: every POE requirement passed (acknowledgement, its date, names, activities in detail, the
    #: workload evidenced; seed: "What constitutes valid proof of execution"); 1: only warnings; 0: a failure.
    validity: int
    problems: tuple[str, ...]
    #: activity_detail: 2 pass, 1 warn, 0 otherwise.
    detail: int
    #: Users/devices stated, timeline stated, concrete tasks (capped at 10), customer's situation.
    richness: int
    latest: dt.date | None
    submitted_at: dt.datetime

    def rank(self, *, window_open: bool) -> tuple[Any, ...]:
        """Higher is better. While the window is open the most detailed valid POE leads (the partner
        who drove the most influence); after it, the latest valid POE decides."""
        latest = self.latest or dt.date.min
        # Earlier submission last: among equals the partner who claimed first keeps the association.
        first = -self.submitted_at.timestamp()
        if window_open:
            return (self.validity, self.detail, self.richness, latest, first)
        return (self.validity, latest, self.detail, self.richness, first)

    def describe(self) -> str:
        latest = f"latest POE {self.latest.isoformat()}" if self.latest else "no dated acknowledgement"
        if self.problems:
            return f"{latest}; " + "; ".join(self.problems)
        return f"{latest}; valid POE for the workload, activities in detail ({self.richness} details)"


def standing(record: ClaimRecord, facts: PoeFacts, workload_key: str) -> Standing:
    problems: list[str] = []
    worst = 2
    checks = (
        ("customer acknowledgement", facts.acknowledgement.status),
        ("acknowledgement date", facts.date.status),
        ("partner/customer names", facts.names.status),
        ("activity detail", facts.activity.status),
    )
    for label, status in checks:
        rank = _RANK.get(status or "", 0)
        if rank < 2:
            problems.append(f"{label} {'to confirm' if rank == 1 else 'not valid'}")
        worst = min(worst, rank)
    wf = facts.workload(workload_key)
    state = wf.state if wf else "missing"
    if state != "evidenced":
        problems.append("workload " + ("to confirm in the POE" if state == "unsure" else "not evidenced in the POE"))
        worst = min(worst, 1 if state == "unsure" else 0)
    if facts.reject_class:
        problems.append("cannot be approved: " + ", ".join(facts.reject_class))
        worst = 0
    detail = _RANK.get(facts.activity.status or "", 0) if facts.activity.status != "not_applicable" else 0
    richness = bool(facts.users) + bool(facts.timeline) + min(facts.tasks, 10) + facts.situation
    return Standing(
        claim_id=record.claim_id,
        workload_key=workload_key,
        validity=worst,
        problems=tuple(problems),
        detail=detail,
        richness=richness,
        latest=facts.latest_poe_date,
        submitted_at=record.claim.submitted_at,
    )


@dataclass(frozen=True)
class Suggestion:
    """The claim to approve per contested workload, and what to do with the others."""

    #: The claim that wins the most contested workloads (ties: the first workload's winner).
    winner_claim_id: str
    #: Workload key -> winning claim id.
    winners: Mapping[str, str]
    others: Others
    #: For the reviewer (names the claims): why these winners.
    explanation: str
    #: A first draft of the reason for the partners: describes the winning POE without naming anyone.
    reason: str
    #: Workload key -> every claim's standing, best first.
    ranking: Mapping[str, tuple[Standing, ...]] = field(default_factory=dict)


def incumbents(group: ConflictGroup, workload: ContestedWorkload) -> tuple[str, ...]:
    """The associated partner's claims on a workload: an approved association, else the first claim filed."""
    if workload.associated:
        return workload.associated
    members = [group.member(c) for c in workload.claim_ids]
    dated = [m for m in members if m.submitted_at is not None]
    if not dated:
        return ()
    first = min(dated, key=lambda m: (m.submitted_at, m.claim_id))
    return (first.claim_id,)


def suggest(
    group: ConflictGroup,
    records: Mapping[str, ClaimRecord],
    facts: Mapping[str, PoeFacts],
    *,
    window_open: bool,
) -> Suggestion:
    winners: dict[str, str] = {}
    ranking: dict[str, tuple[Standing, ...]] = {}
    lines: list[str] = []
    incumbent_loses = False
    for w in group.workloads:
        stands = [standing(records[c], facts[c], w.key) for c in w.claim_ids if c in records and c in facts]
        stands.sort(key=lambda s: s.rank(window_open=window_open), reverse=True)
        ranking[w.key] = tuple(stands)
        if not stands:
            continue
        best = stands[0]
        winners[w.key] = best.claim_id
        if set(incumbents(group, w)) - {best.claim_id}:
            incumbent_loses = True
        rule = "most detailed valid POE" if window_open else "latest valid POE (the window has ended)"
        others = "; ".join(f"{s.claim_id}: {s.describe()}" for s in stands[1:])
        lines.append(f"{w.label}: {best.claim_id} ({rule}: {best.describe()}); {others}")
    counts: dict[str, int] = {}
    for c in winners.values():
        counts[c] = counts.get(c, 0) + 1
    order = [winners[w.key] for w in group.workloads if w.key in winners]
    winner = max(order, key=lambda c: (counts[c], -order.index(c))) if order else group.claim_ids[0]
    # While the window is open the associated partner may still send an up-to-date POE.
    others_: Others = "action_required" if window_open and incumbent_loses else "reject"
    return Suggestion(
        winner_claim_id=winner,
        winners=winners,
        others=others_,
        explanation="\n".join(lines),
        reason=_draft_reason(group, facts, winners),
        ranking=ranking,
    )


def _draft_reason(group: ConflictGroup, facts: Mapping[str, PoeFacts], winners: Mapping[str, str]) -> str:
    parts: list[str] = []
    for w in group.workloads:
        f = facts.get(winners.get(w.key, ""))
        if f is None:
            continue
        shows: list[str] = []
        if f.acknowledgement_kind:
            shows.append(f"a valid customer acknowledgement ({f.acknowledgement_kind})")
        if f.latest_poe_date:
            shows.append(f"dated {long_date(f.latest_poe_date)}")
        detail = [
            what
            for what, present in (
                ("users/devices in scope", f.users),
                ("a timeline", f.timeline),
                (f"{f.tasks} concrete tasks", f.tasks >= 2),
            )
            if present
        ]
        if detail:
            shows.append("activities stated in detail (" + ", ".join(detail) + ")")
        if shows:
            parts.append(f"for {w.name}, the proof of execution chosen shows " + ", ".join(shows))
    if not parts:
        return ""
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + ", and demonstrates the most influence on the customer's workload."
