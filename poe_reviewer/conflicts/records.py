"""What a conflict group is, as the queue stores and reads it: the records, no rule.

Storage keeps and reads these; finding the groups (``groups.py``), comparing a group's claims
(``compare.py``) and planning a group's decisions (``decide.py``) are the rules the application layer
runs over them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from poe_reviewer.claim import Claim
from poe_reviewer.findings.results import CheckResult
from poe_reviewer.names import normalize_name

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



def group_id(claim_ids: Iterable[str], workload_keys: Iterable[str]) -> str:
    """A stable id: the same claims contesting the same workloads always give the same id."""
    text = "|".join(sorted(set(claim_ids))) + "#" + "|".join(sorted(set(workload_keys)))
    return "CG-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12].upper()


def customer_key(claim: Claim) -> str:
    """Who the customer is, for finding conflicts: its tenant, else its domain, else its name."""
    c = claim.customer
    if c.tenant_id:
        return f"tenant:{c.tenant_id.strip().lower()}"
    if c.domain:
        return f"domain:{c.domain}"
    return f"name:{normalize_name(c.name)}"[:320]


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
    #: The digest of the current revision's bundle (a decision names the bundle it was made on).
    bundle_sha256: str = ""
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
class Notice:
    """A partner notified of the conflict ("both ... are notified of the conflicting claim")."""

    claim_id: str
    partner_name: str
    at: dt.datetime
