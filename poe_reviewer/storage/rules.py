"""What storage asks of the rules above it, without importing them.

Storage keeps the queue consistent inside its transactions: the conflict groups of a customer are
found again when one of its claims is imported or decided, in the same transaction. Which workloads
are "the same association" and which claims form a group are the conflict rules'
(``poe_reviewer/conflicts/groups.py``); the application layer hands them in as a :class:`ConflictRules`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from poe_reviewer.claim import Claim
from poe_reviewer.conflicts.records import ConflictGroup, Contender
from poe_reviewer.review import Decision


class ConflictRules(Protocol):
    """The conflict rules storage runs inside its transactions."""

    def workload_key(self, name: str, subscription_id: str | None, solution_area: str) -> str:
        """What makes two claimed workloads the same association."""
        ...

    def find_groups(self, contenders: Iterable[Contender]) -> list[ConflictGroup]:
        """The conflict groups among these CPOR claims."""
        ...


class QcRules(Protocol):
    """The team's second-level QC rule, run when a decision is saved (application/qc.py)."""

    def sample(self, claim: Claim, decision: Decision) -> tuple[str, ...]:
        """Why the decision goes to a second reviewer before it is exported (empty: it does not)."""
        ...
