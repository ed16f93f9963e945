"""The check report (spec section 3, ``poe-check-report/1``) and its readable text form."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from typing import Any

from poe_reviewer.documents.model import Document
from poe_reviewer.findings.results import CheckResult

REPORT_FORMAT = "poe-check-report/1"


@dataclass(frozen=True)
class DocumentEntry:
    path: str
    role: str
    sha256: str | None
    kind: str
    pages: int
    error: str | None

    @classmethod
    def of(cls, doc: Document) -> DocumentEntry:
        return cls(doc.path, doc.role, doc.sha256, doc.kind, doc.page_count, doc.error)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "role": self.role,
            "sha256": self.sha256,
            "kind": self.kind,
            "pages": self.pages,
            "error": self.error,
        }


@dataclass(frozen=True)
class QueueConflict:
    """A claim checked in a queue where another partner's CPOR claim contests its workload (not a field of the
    spec's report: readers that do not know it ignore it)."""

    group_id: str
    claim_ids: tuple[str, ...]
    #: The claim whose POE is strongest for the group's workloads (the compare view's suggestion).
    winner_claim_id: str
    #: What the claim's own checks recommend, before the comparison.
    recommendation_alone: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {
            "group_id": self.group_id,
            "claim_ids": list(self.claim_ids),
            "winner_claim_id": self.winner_claim_id,
            "recommendation_alone": self.recommendation_alone,
            "reason": self.reason,
        }


@dataclass
class Report:
    claim_id: str
    recommendation: str
    checks: list[CheckResult]
    documents: list[DocumentEntry]
    bundle: str = ""
    bundle_sha256: str = ""
    warnings: list[str] = field(default_factory=list)
    #: Set when the claim was checked in a queue with a conflicting claim (conflicts/in_queue.py).
    conflict: QueueConflict | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": REPORT_FORMAT,
            "claim_id": self.claim_id,
            "recommendation": self.recommendation,
            "checks": [c.to_json() for c in self.checks],
            "documents": [d.to_json() for d in self.documents],
        }
        if self.conflict is not None:
            data["conflict"] = self.conflict.to_json()
        return data

    def status_of(self, check_id: str) -> str:
        for c in self.checks:
            if c.id == check_id:
                return c.status
        raise KeyError(check_id)

    def to_text(self) -> str:
        """A readable report for the terminal."""
        marks = {"pass": "PASS", "fail": "FAIL", "warn": "WARN", "not_applicable": " n/a", "error": " ERR"}
        lines = [
            f"Claim {self.claim_id}  ({self.bundle})",
            f"Recommendation: {self.recommendation.replace('_', ' ').upper()}",
            "",
        ]
        if self.conflict is not None:
            others = ", ".join(c for c in self.conflict.claim_ids if c != self.claim_id)
            alone = self.conflict.recommendation_alone.replace("_", " ")
            lines[-1:-1] = [f"Conflicting claim(s) {others} (group {self.conflict.group_id}; on its own: {alone}):"]
            lines[-1:-1] = [f"         {part}" for part in textwrap.wrap(self.conflict.reason, 96)]
        for c in self.checks:
            lines.append(f"  [{marks.get(c.status, c.status)}] {c.id}")
            for part in textwrap.wrap(c.summary, 96):
                lines.append(f"         {part}")
            for e in c.evidence[:3]:
                where = e.document + (f" p.{e.page}" if e.page else "")
                lines.append(f'         - {where}: "{textwrap.shorten(e.quote, 80)}"')
            if len(c.evidence) > 3:
                lines.append(f"         - … {len(c.evidence) - 3} more")
        lines.append("")
        lines.append("  Documents:")
        for d in self.documents:
            state = f"ERROR: {d.error}" if d.error else f"{d.kind}, {d.pages} page(s)" if d.pages else d.kind
            lines.append(f"    {d.path} [{d.role}] {state}")
        return "\n".join(lines)
