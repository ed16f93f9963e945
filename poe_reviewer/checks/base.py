"""The contract of a check.

A check is a module in :mod:`poe_reviewer.checks` with one job. It exposes

* ``CHECK_ID``: the id from the spec's check table (section 3);
* ``run(ctx: CheckContext) -> CheckResult``: a pure function of the claim, its
  documents and the policy (and, for ``reused_evidence``, the queue index).

It must return a result for every claim: ``not_applicable`` where the rule does not
apply, ``warn`` with the reason where it cannot decide (never a silent pass), ``fail``
with a summary a reviewer could paste into a comment, ``pass`` with the evidence that
convinced it. ``reject=True`` on a failure marks it reject-class (the rule leaves the
partner nothing to fix); other failures are fixable and lead to Action Required.
An exception escaping ``run`` becomes status ``error`` for that check only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from poe_reviewer.findings.context import (
    EVIDENCE_ROLES,
    CheckContext,
    Evidence,
    QueueEntry,
    QueueView,
    examined,
)
from poe_reviewer.findings.facts import CheckFact

__all__ = [
    "EVIDENCE_ROLES",
    "STATUSES",
    "CheckContext",
    "CheckResult",
    "Evidence",
    "QueueEntry",
    "QueueView",
    "Status",
    "examined",
    "result",
]

Status = Literal["pass", "fail", "warn", "not_applicable", "error"]
STATUSES: tuple[Status, ...] = ("pass", "fail", "warn", "not_applicable", "error")


@dataclass(frozen=True)
class CheckResult:
    id: str
    status: Status
    summary: str
    evidence: tuple[Evidence, ...] = ()
    #: A failure the partner cannot fix by uploading better POE (leads to Reject).
    reject: bool = False
    #: What the verdict rests on, typed (findings/facts.py), for the parts of the program that need more
    #: than the prose; not part of the spec's report. None: never recorded (a result stored by an
    #: older version of the program, before schema 0004).
    facts: tuple[CheckFact, ...] | None = ()

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "status": self.status,
            "summary": self.summary,
            "evidence": [e.to_json() for e in self.evidence],
        }


def result(
    check_id: str,
    status: Status,
    summary: str,
    evidence: Sequence[Evidence] = (),
    *,
    reject: bool = False,
    facts: Sequence[CheckFact] = (),
) -> CheckResult:
    """Shorthand used by the checks; de-duplicates evidence, keeping order."""
    seen: set[tuple[object, ...]] = set()
    unique: list[Evidence] = []
    for e in evidence:
        key = (e.document, e.page, e.quote, e.bbox)
        if key not in seen:
            seen.add(key)
            unique.append(e)
    return CheckResult(check_id, status, summary, tuple(unique), reject=reject and status == "fail", facts=tuple(facts))
