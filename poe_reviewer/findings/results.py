"""A check's verdict: status, summary, evidence and the typed facts it rests on.

The record sits below the checks so that what stores, reports and compares verdicts (storage, the
report, the conflict comparison) needs no check to read one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from poe_reviewer.findings.context import Evidence
from poe_reviewer.findings.facts import CheckFact, ClaimLifeFact

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


def final_round(results: Sequence[CheckResult]) -> bool:
    """Whether these are the results of a dispute, whose decision is final ("If your submitted dispute is
    rejected, this is a final decision", seed: Disputing a rejection): nothing can be asked for again."""
    return any(isinstance(f, ClaimLifeFact) and f.final_round for r in results for f in r.facts or ())


def claim_life_of(results: Sequence[CheckResult]) -> ClaimLifeFact | None:
    """Where the checked submission stands in the claim's life (``submission_window``'s fact), if known."""
    return next((f for r in results for f in r.facts or () if isinstance(f, ClaimLifeFact)), None)


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
