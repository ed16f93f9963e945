"""Conflicting CPOR claims: find the groups, compare their claims side by side, plan one decision for a group.

The rule (seed, "Conflicting Claims - CPOR", its FAQ and the CPOR note): only one partner can be
the Claiming Partner of Record for a specific workload or subscription. When another partner
claims it, both partners are notified; the associated partner has fourteen calendar days to
provide an up-to-date POE; without one, the latest POE decides. The POE team compares the
partners' proof of execution to determine which partner drove the most influence ("Microsoft
assesses partner of record adjudications based on the quality of POE").

This module is the Qt-free core, pure functions over claims and their check results; the review
store (:mod:`poe_reviewer.storage.store`) feeds it from the database, records when a group was
first found (the partners' notification, which starts the window) and saves a group's decision
atomically.

* **Finding** (:func:`find_groups`): CPOR claims of different partners (location ids) on the same
  customer (tenant id, else domain: the store's ``customer_key``), the same association type
  (usage, pre-sales, ...) and the same workload — for Business Applications the same workload
  *and subscription*, since the association is per subscription there. Claims connected by
  shared workloads form one group; a partial overlap is a group too, but only its shared
  workloads are contested. Group ids are stable: a hash of the sorted claim ids and workload keys.
* **Comparing** (:func:`compare`): one row per criterion — kind and date of the customer
  acknowledgement, most recent POE date, activity detail (users/devices in scope, timeline,
  concrete tasks), workloads claimed and evidenced, names, domains, every check result — each
  cell quoting the evidence (document, page, box) the claim's own checks found.
* **Suggesting** (:func:`suggest`): per contested workload, the claim whose POE is valid for it and
  most detailed while the window is open; after the window, the latest valid POE ("the latest POE
  will get reviewed to make the final decision").
* **Deciding** (:func:`plan_group_decision`): the winning claim per workload is approved for it;
  the others are rejected (template ``conflicting_claim``) or, while the window is open, asked for
  an up-to-date POE (``conflicting_claim_update_poe``). The reason is written once and carried
  into every claim's comment — so it must not name the partners (:func:`check_reason`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from poe_reviewer.checks.base import CheckResult, Evidence
from poe_reviewer.checks.workload_match import CatalogueEntry, catalogue, lookup
from poe_reviewer.claim import Claim, Workload
from poe_reviewer.findings.facts import AcknowledgementDateFact, AcknowledgementFact, ActivityFact
from poe_reviewer.findings.facts import WorkloadFact as WorkloadEvidence
from poe_reviewer.names import fold, name_pattern, tokens
from poe_reviewer.policy import Policy
from poe_reviewer.review import DecisionError, Verdict, WorkloadDecisionKind, derive_decision
from poe_reviewer.templates import long_date, render_comment

SEED = "Conflicting Claims - CPOR"
#: The solution area whose associations are per subscription (spec: ``subscription_id`` is set there).
SUBSCRIPTION_AREA = "Business Applications"
#: What happens to the claims that do not win a workload.
Others = Literal["reject", "action_required"]
OTHERS: tuple[Others, ...] = get_args(Others)
#: Comment templates of a group decision (resources/templates/templates.toml).
TEMPLATE_APPROVE = "approve"
TEMPLATE_REJECT = "conflicting_claim"
TEMPLATE_UPDATE_POE = "conflicting_claim_update_poe"

WorkloadState = Literal["evidenced", "unsure", "missing"]


# -- workload keys -----------------------------------------------------------------------------------------
class WorkloadKeys:
    """What makes two claimed workloads "the same association": the catalogue name (so that
    "MICROSOFT ENTRA ID P2" and "AZURE ACTIVE DIRECTORY PREMIUM 2" meet), and for Business
    Applications the subscription id."""

    def __init__(self, policy: Policy) -> None:
        self._entries: list[CatalogueEntry] = catalogue(policy)
        self._cache: dict[str, str] = {}

    def canonical(self, name: str) -> str:
        key = self._cache.get(name)
        if key is None:
            entry = lookup(name, self._entries)
            key = entry.name if entry else " ".join(name.upper().replace("–", "-").split())
            self._cache[name] = key
        return key

    def key(self, name: str, subscription_id: str | None, solution_area: str) -> str:
        canonical = self.canonical(name)
        sub = (subscription_id or "").strip().casefold()
        if solution_area == SUBSCRIPTION_AREA and sub:
            return f"{canonical}@{sub}"
        return canonical

    def of(self, claim: Claim, workload: Workload) -> str:
        return self.key(workload.name, workload.subscription_id, claim.solution_area)


def group_id(claim_ids: Iterable[str], workload_keys: Iterable[str]) -> str:
    """A stable id: the same claims contesting the same workloads always give the same id."""
    text = "|".join(sorted(set(claim_ids))) + "#" + "|".join(sorted(set(workload_keys)))
    return "CG-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12].upper()


# -- finding groups ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ClaimedWorkload:
    name: str
    subscription_id: str | None
    key: str


@dataclass(frozen=True)
class Contender:
    """What finding conflicts needs to know of one CPOR claim (the store reads it from the queue)."""

    claim_id: str
    partner_name: str
    location_id: str
    customer_key: str
    customer_name: str
    claim_kind: str | None
    #: The workloads the claim still contends for (a workload its decision rejected is out).
    workloads: tuple[ClaimedWorkload, ...]
    status: str = "to_review"
    #: Workload keys the claim's current decision approved: its partner is the associated partner of record.
    associated: frozenset[str] = frozenset()
    submitted_at: dt.datetime | None = None


@dataclass(frozen=True)
class ContestedWorkload:
    key: str
    name: str
    subscription_id: str | None
    #: Every claim of the group on this workload, sorted.
    claim_ids: tuple[str, ...]
    #: Claims whose decision already approved this workload (the associated partner of record).
    associated: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.name} (subscription {self.subscription_id})" if self.subscription_id else self.name

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "subscription_id": self.subscription_id,
            "claim_ids": list(self.claim_ids),
            "associated": list(self.associated),
        }


@dataclass(frozen=True)
class ConflictGroup:
    group_id: str
    customer_key: str
    customer_name: str
    claim_kind: str | None
    #: Sorted.
    claim_ids: tuple[str, ...]
    workloads: tuple[ContestedWorkload, ...]
    members: tuple[Contender, ...]

    def member(self, claim_id: str) -> Contender:
        for m in self.members:
            if m.claim_id == claim_id:
                return m
        raise KeyError(claim_id)

    def workload(self, name_or_key: str) -> ContestedWorkload | None:
        """A contested workload by key (``NAME@SUBSCRIPTION``) or by name (any case; unique names only)."""
        wanted = " ".join(name_or_key.split()).casefold()
        for w in self.workloads:
            if w.key.casefold() == wanted:
                return w
        by_name = [w for w in self.workloads if w.name.casefold() == wanted]
        return by_name[0] if len(by_name) == 1 else None

    def workloads_of(self, claim_id: str) -> tuple[ContestedWorkload, ...]:
        return tuple(w for w in self.workloads if claim_id in w.claim_ids)

    @property
    def partners(self) -> int:
        return len({m.location_id for m in self.members})

    def to_json(self) -> dict[str, Any]:
        return {
            "group_id": self.group_id,
            "customer_key": self.customer_key,
            "customer": self.customer_name,
            "claim_kind": self.claim_kind,
            "claim_ids": list(self.claim_ids),
            "workloads": [w.to_json() for w in self.workloads],
        }


def find_groups(contenders: Iterable[Contender]) -> list[ConflictGroup]:
    """Conflict groups among ``contenders`` (CPOR claims), ordered by customer name and group id."""
    claims = {c.claim_id: c for c in contenders}
    buckets: dict[tuple[str, str | None, str], list[tuple[Contender, ClaimedWorkload]]] = {}
    for c in claims.values():
        seen: set[str] = set()
        for w in c.workloads:
            if w.key in seen:  # the same workload twice on one claim is one association
                continue
            seen.add(w.key)
            buckets.setdefault((c.customer_key, c.claim_kind, w.key), []).append((c, w))
    contested = {k: v for k, v in buckets.items() if len({c.location_id for c, _ in v}) >= 2}

    # Claims linked by a contested workload belong to one group (union-find over claim ids).
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for entries in contested.values():
        first = entries[0][0].claim_id
        for c, _ in entries[1:]:
            parent[root(c.claim_id)] = root(first)

    components: dict[str, list[tuple[tuple[str, str | None, str], list[tuple[Contender, ClaimedWorkload]]]]] = {}
    for bucket_key, entries in contested.items():
        components.setdefault(root(entries[0][0].claim_id), []).append((bucket_key, entries))

    groups: list[ConflictGroup] = []
    for parts in components.values():
        workloads: list[ContestedWorkload] = []
        member_ids: set[str] = set()
        for (_customer, _kind, wkey), entries in sorted(parts, key=lambda p: p[0][2]):
            ids = tuple(sorted(c.claim_id for c, _ in entries))
            member_ids.update(ids)
            first_w = min(entries, key=lambda e: e[0].claim_id)[1]
            workloads.append(
                ContestedWorkload(
                    key=wkey,
                    name=first_w.name,
                    subscription_id=first_w.subscription_id,
                    claim_ids=ids,
                    associated=tuple(sorted(c.claim_id for c, _ in entries if wkey in c.associated)),
                )
            )
        ids = tuple(sorted(member_ids))
        members = tuple(claims[i] for i in ids)
        customer_key, kind, _ = parts[0][0]
        groups.append(
            ConflictGroup(
                group_id=group_id(ids, (w.key for w in workloads)),
                customer_key=customer_key,
                customer_name=members[0].customer_name,
                claim_kind=kind,
                claim_ids=ids,
                workloads=tuple(workloads),
                members=members,
            )
        )
    groups.sort(key=lambda g: (g.customer_name.casefold(), g.group_id))
    return groups


@dataclass(frozen=True)
class GroupState:
    """A group as the queue holds it: when its partners were notified, its window, its decisions."""

    group: ConflictGroup
    #: When the group was first found (both partners notified); None if never recorded.
    notified_at: dt.datetime | None
    #: Last day of the fourteen calendar days after the notification.
    window_end: dt.date | None
    #: Claim id -> the decision this group gave the claim's current revision, None while undecided.
    decisions: Mapping[str, str | None] = field(default_factory=dict)
    #: False for a decided group whose rejected claims have left it (kept for the record).
    live: bool = True

    @property
    def group_id(self) -> str:
        return self.group.group_id

    @property
    def decided(self) -> bool:
        return all(self.decisions.get(c) is not None for c in self.group.claim_ids)

    @property
    def status(self) -> str:
        """``open``, ``partly decided`` or ``decided``."""
        if self.decided:
            return "decided"
        return "partly decided" if any(self.decisions.get(c) for c in self.group.claim_ids) else "open"

    def days_left(self, today: dt.date) -> int | None:
        return window_days_left(self.window_end, today)

    def window_open(self, today: dt.date) -> bool:
        return self.window_end is None or today <= self.window_end


# -- what a claim's checks say about its POE ---------------------------------------------------------------
@dataclass(frozen=True)
class ClaimRecord:
    """One claim of a group as the review store knows it: the claim, its check results, its state."""

    claim: Claim
    checks: tuple[CheckResult, ...]
    status: str = "to_review"
    version: int = 1
    revision: int = 1
    recommendation: str = "action_required"
    bundle_path: str = ""
    #: The kind of the current revision's decision, if any.
    decision: str | None = None
    #: The conflict group id carried by that decision, if any.
    decision_group: str | None = None

    @property
    def claim_id(self) -> str:
        return self.claim.claim_id

    def check(self, check_id: str) -> CheckResult | None:
        return next((c for c in self.checks if c.id == check_id), None)


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


def _fact(result: CheckResult | None) -> Fact:
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
    ack_fact = _fact(ack)
    best = _best_valid(ack)
    kind = best.label if best is not None else None
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
        activity=_fact(activity),
        users=users,
        users_fact=users_fact,
        timeline=timeline,
        timeline_fact=timeline_fact,
        tasks=tasks,
        tasks_fact=tasks_fact,
        situation=stated.situation,
        workloads=_workload_facts(record, keys),
        names=_fact(record.check("partner_customer_names")),
        domains=_fact(record.check("customer_domain")),
        reject_class=tuple(c.id for c in record.checks if c.status == "fail" and c.reject),
    )


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
class Notice:
    """A partner notified of the conflict ("both ... are notified of the conflicting claim")."""

    claim_id: str
    partner_name: str
    at: dt.datetime


def window_days_left(window_end: dt.date | None, today: dt.date) -> int | None:
    """Calendar days left in the window (0 on its last day, negative once it has ended)."""
    return None if window_end is None else (window_end - today).days


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
                lambda c, k=check_id: _cell(c, _fact(records[c].check(k))),
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


# -- the group's decision ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlannedDecision:
    """What the group decision does to one claim, before it is validated and saved."""

    claim_id: str
    verdict: Verdict
    #: ``NAME`` or ``NAME@SUBSCRIPTION_ID`` -> decision, for every workload of the claim.
    workload_verdicts: Mapping[str, WorkloadDecisionKind]
    template_id: str
    #: Contested workloads this claim won and lost.
    won: tuple[str, ...]
    lost: tuple[str, ...]
    #: The claim's other workloads and their verdicts.
    uncontested: Mapping[str, WorkloadDecisionKind] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return derive_decision(list(self.workload_verdicts.values()))


_KINDS: dict[str, WorkloadDecisionKind] = {
    "approve": "approved",
    "approved": "approved",
    "reject": "rejected",
    "rejected": "rejected",
    "action_required": "action_required",
}
_VERDICT_OF: dict[str, Verdict] = {
    "approved": "approve",
    "rejected": "reject",
    "action_required": "action_required",
    "partially_approved": "approve",
}


def _brand(name: str, domains: Sequence[str]) -> str | None:
    """The word people call the partner by ("Brightwave" for Brightwave Consulting Group): the first word
    of its name when its web domain starts with it, so that a common first word ("Global") rarely counts."""
    words = tokens(name)
    if not words or len(words[0]) < 5:
        return None
    first = words[0]
    labels = [re.sub(r"[^a-z0-9]", "", d.split(".")[0].lower()) for d in domains if d]
    return first if any(label.startswith(first) for label in labels) else None


def check_reason(group: ConflictGroup, records: Mapping[str, ClaimRecord], reason: str) -> str:
    """The reason, stripped; refused when it names a partner of the group or another claim.

    The reason goes into every claim's comment, and a partner must never read another partner's
    name or claim (templates.toml keeps other partners' details out of comments for the same reason).
    """
    text = reason.strip()
    if not text:
        raise DecisionError("A conflicting-claim decision needs the reason one partner was chosen over the other.")
    folded = fold(text)
    for claim_id in group.claim_ids:
        record = records.get(claim_id)
        if re.search(rf"(?<![\w]){re.escape(claim_id)}(?![\w])", text):
            raise DecisionError(
                f"The reason goes into every partner's comment, and it names claim {claim_id}: describe the proof "
                "of execution without naming the claims or partners."
            )
        if record is None:
            continue
        partner = record.claim.partner
        pattern = name_pattern(partner.name)
        named = pattern is not None and pattern.search(folded) is not None
        named = named or any(d and d in folded for d in partner.domains)
        brand = _brand(partner.name, partner.domains)
        named = named or (
            brand is not None and re.search(rf"(?<![^\W_]){re.escape(brand)}(?![^\W_])", folded) is not None
        )
        if named:
            raise DecisionError(
                f"The reason goes into every partner's comment, and it names the partner {partner.name} "
                f"(claim {claim_id}): describe the proof of execution without naming the partners."
            )
    return text


def plan_group_decision(
    group: ConflictGroup,
    records: Mapping[str, ClaimRecord],
    *,
    winner: str,
    workload_winners: Mapping[str, str] | None = None,
    others: str = "reject",
    uncontested: Mapping[str, Mapping[str, str]] | None = None,
    window_end: dt.date | None = None,
    today: dt.date,
    policy: Policy,
) -> tuple[PlannedDecision, ...]:
    """One planned decision per claim of the group (raises :class:`DecisionError` with what to change).

    ``workload_winners``: contested workload (name, or ``NAME@SUBSCRIPTION_ID``) -> claim id; the
    others go to ``winner``. ``others``: ``reject`` or ``action_required`` (only while the window is
    open). ``uncontested``: claim id -> {workload: decision} for the workloads of a claim that no
    other partner claims; without one they are approved when the claim's checks recommend approval,
    and must be given otherwise.
    """
    if others not in OTHERS:
        raise DecisionError(f"'{others}' is not what can happen to the other claims; use reject or action_required.")
    if winner not in group.claim_ids:
        raise DecisionError(
            f"Claim {winner} is not in the conflicting-claim group {group.group_id} ({', '.join(group.claim_ids)})."
        )
    if others == "action_required" and window_end is not None and today > window_end:
        raise DecisionError(
            f"The fourteen-day window of group {group.group_id} ended on {window_end.isoformat()}: after it the "
            "latest POE decides, so the other claims are rejected, not asked for an up-to-date POE "
            f"(seed: {SEED})."
        )
    missing = [c for c in group.claim_ids if c not in records]
    if missing:
        raise DecisionError(f"Claim(s) {', '.join(missing)} of group {group.group_id} could not be read.")

    chosen: dict[str, str] = {}
    for name, claim_id in (workload_winners or {}).items():
        cw = group.workload(name)
        if cw is None:
            contested = ", ".join(x.key for x in group.workloads)
            raise DecisionError(
                f"'{name}' is not a contested workload of group {group.group_id} (contested: {contested}; give "
                "NAME@SUBSCRIPTION_ID where one workload has several subscriptions)."
            )
        if claim_id not in cw.claim_ids:
            raise DecisionError(
                f"Claim {claim_id} did not claim {cw.label}; the claims on it are {', '.join(cw.claim_ids)}."
            )
        if cw.key in chosen and chosen[cw.key] != claim_id:
            raise DecisionError(f"{cw.label} was given two winners ({chosen[cw.key]} and {claim_id}).")
        chosen[cw.key] = claim_id
    for cw in group.workloads:
        if cw.key in chosen:
            continue
        if winner not in cw.claim_ids:
            raise DecisionError(
                f"The winning claim {winner} did not claim {cw.label}: name its winner with --workload "
                f"'{cw.key}=CLAIM_ID' (one of {', '.join(cw.claim_ids)})."
            )
        chosen[cw.key] = winner
    if winner not in chosen.values():
        raise DecisionError(f"The winning claim {winner} wins none of the contested workloads.")

    lose_kind: WorkloadDecisionKind = "rejected" if others == "reject" else "action_required"
    keys = WorkloadKeys(policy)
    given = {c: dict(v) for c, v in (uncontested or {}).items()}
    unknown = [c for c in given if c not in group.claim_ids]
    if unknown:
        raise DecisionError(f"Claim(s) {', '.join(unknown)} are not in group {group.group_id}.")
    plans: list[PlannedDecision] = []
    for claim_id in group.claim_ids:
        record = records[claim_id]
        claim = record.claim
        verdicts: dict[str, WorkloadDecisionKind] = {}
        won: list[str] = []
        lost: list[str] = []
        kept: dict[str, WorkloadDecisionKind] = {}
        own = {" ".join(k.split()).casefold(): v for k, v in given.get(claim_id, {}).items()}
        used: set[str] = set()
        for w in claim.workloads:
            label = f"{w.name}@{w.subscription_id}" if w.subscription_id else w.name
            key = keys.of(claim, w)
            if key in chosen:
                kind: WorkloadDecisionKind = "approved" if chosen[key] == claim_id else lose_kind
                (won if kind == "approved" else lost).append(w.name)
                verdicts[label] = kind
                continue
            raw = None
            for k in (label, w.name):
                folded = " ".join(k.split()).casefold()
                if folded in own:
                    raw = own[folded]
                    used.add(folded)
                    break
            if raw is None:
                if record.recommendation != "approve":
                    raise DecisionError(
                        f"Claim {claim_id} also claims {w.name}, which no other partner claims, and its checks "
                        f"recommend {record.recommendation.replace('_', ' ')}: give that workload's decision "
                        f"(--uncontested {claim_id}:{w.name}=approved|rejected|action_required)."
                    )
                raw = "approved"
            kind_ = _KINDS.get(str(raw).strip().lower())
            if kind_ is None:
                raise DecisionError(f"'{raw}' is not a workload decision; use approved, rejected or action_required.")
            verdicts[label] = kind_
            kept[w.name] = kind_
        extra = set(own) - used
        if extra:
            raise DecisionError(
                f"Claim {claim_id}: {', '.join(sorted(extra))} is not one of its uncontested workloads."
            )
        overall = derive_decision(list(verdicts.values()))
        if lost:
            template = TEMPLATE_REJECT if lose_kind == "rejected" else TEMPLATE_UPDATE_POE
        elif "action_required" in verdicts.values():
            template = TEMPLATE_UPDATE_POE
        elif "rejected" in verdicts.values():
            template = TEMPLATE_REJECT
        else:
            template = TEMPLATE_APPROVE
        plans.append(
            PlannedDecision(
                claim_id=claim_id,
                verdict=_VERDICT_OF[overall],
                workload_verdicts=verdicts,
                template_id=template,
                won=tuple(dict.fromkeys(won)),
                lost=tuple(dict.fromkeys(lost)),
                uncontested=kept,
            )
        )
    return tuple(plans)


def render_group_comment(
    plan: PlannedDecision,
    record: ClaimRecord,
    *,
    reason: str,
    reviewer_name: str,
    window_end: dt.date | None,
    respond_by: dt.date | None,
    policy: Policy,
) -> str:
    """The comment of one claim of the group decision: its template, carrying the group's reason."""
    extra: dict[str, str] = {}
    if plan.template_id == TEMPLATE_APPROVE:
        extra["note"] = reason
    else:
        extra["reason"] = reason
        if plan.lost and set(plan.lost) != {w.name for w in record.claim.workloads}:
            extra["workloads"] = ", ".join(plan.lost)
        approved = [w for w, k in plan.workload_verdicts.items() if k == "approved"]
        if approved:
            extra["approved"] = ", ".join(dict.fromkeys(a.split("@", 1)[0] for a in approved))
        if window_end is not None:
            extra["conflict_until"] = long_date(window_end)
    return render_comment(
        plan.template_id,
        record.claim,
        record.checks,
        reviewer_name=reviewer_name,
        extra=extra,
        respond_by=respond_by,
        policy=policy,
    )


__all__ = [
    "OTHERS",
    "SEED",
    "Cell",
    "ClaimRecord",
    "ClaimedWorkload",
    "Column",
    "Comparison",
    "ConflictGroup",
    "Contender",
    "ContestedWorkload",
    "Fact",
    "GroupState",
    "Notice",
    "Others",
    "PlannedDecision",
    "PoeFacts",
    "Row",
    "Standing",
    "Suggestion",
    "WorkloadKeys",
    "check_reason",
    "compare",
    "find_groups",
    "group_id",
    "incumbents",
    "plan_group_decision",
    "poe_facts",
    "render_group_comment",
    "suggest",
    "window_days_left",
]
