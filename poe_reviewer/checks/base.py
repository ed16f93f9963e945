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

from poe_reviewer.findings.context import (
    EVIDENCE_ROLES,
    CheckContext,
    Evidence,
    QueueEntry,
    QueueView,
    examined,
)
from poe_reviewer.findings.results import STATUSES, CheckResult, Status, result

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
