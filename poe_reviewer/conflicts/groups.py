"""Finding the groups: claims of several partners on one customer's workload (the records are in records.py)."""

from __future__ import annotations

from collections.abc import Iterable

from poe_reviewer.claim import Claim, Workload
from poe_reviewer.conflicts.records import (
    OTHERS,
    SEED,
    SUBSCRIPTION_AREA,
    TEMPLATE_APPROVE,
    TEMPLATE_REJECT,
    TEMPLATE_UPDATE_POE,
    ClaimedWorkload,
    ConflictGroup,
    Contender,
    ContestedWorkload,
    GroupState,
    Others,
    WorkloadState,
    group_id,
    window_days_left,
)
from poe_reviewer.findings.workloads import CatalogueEntry, catalogue, lookup
from poe_reviewer.policy import Policy

__all__ = [
    "OTHERS",
    "SEED",
    "SUBSCRIPTION_AREA",
    "TEMPLATE_APPROVE",
    "TEMPLATE_REJECT",
    "TEMPLATE_UPDATE_POE",
    "ClaimedWorkload",
    "ConflictGroup",
    "Contender",
    "ContestedWorkload",
    "GroupState",
    "Others",
    "WorkloadKeys",
    "WorkloadState",
    "find_groups",
    "group_id",
    "window_days_left",
]

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


