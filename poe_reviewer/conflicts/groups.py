"""Finding the groups: claims of several partners on one customer's workload, and a group's state."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from poe_reviewer.checks.workload_match import CatalogueEntry, catalogue, lookup
from poe_reviewer.claim import Claim, Workload
from poe_reviewer.policy import Policy

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
def window_days_left(window_end: dt.date | None, today: dt.date) -> int | None:
    """Calendar days left in the window (0 on its last day, negative once it has ended)."""
    return None if window_end is None else (window_end - today).days


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
