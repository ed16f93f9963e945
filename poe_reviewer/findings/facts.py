"""Typed facts a check result carries next to its prose.

The summary is for the reviewer; these are for the rest of the program (the conflict comparison,
the queue), so that nothing parses another part's sentences. Each fact is frozen and has a JSON
form (stored with the check result; not part of the ``poe-check-report/1`` report, whose fields the
claims system fixes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

Verdict = Literal["valid", "invalid", "undecidable"]

#: The kinds of acknowledgement evidence in a reviewer's words.
_KIND_LABELS: Mapping[str, str] = {
    "esignature": "eSignature",
    "digital_signature": "digital signature",
    "scan": "handwritten signature",
    "email": "customer e-mail",
    "printed_email": "printed customer e-mail",
    "chat": "printed chat message",
    "attestation": "attestation survey",
    "signature_block": "signature block",
    "image": "picture",
}


#: An acknowledgement's strength in a reviewer's words (findings/acknowledgements/strength.py).
STRENGTH_LABELS = {6: "very strong", 5: "strong", 4: "good", 3: "fair", 2: "weak", 1: "very weak"}


@dataclass(frozen=True)
class AcknowledgementFact:
    """One piece of customer-acknowledgement evidence and its verdict (``customer_acknowledgement``)."""

    TYPE: ClassVar[str] = "acknowledgement"

    #: esignature, digital_signature, email, printed_email, signature_block, scan, image, attestation
    kind: str
    verdict: Verdict
    document: str
    signer: str | None = None
    #: customer, partner or unknown: whose side the signer is on
    side: str | None = None
    date: dt.date | None = None
    #: the eSignature platform (DocuSign, Adobe Acrobat Sign, ...), for kind ``esignature``
    platform: str | None = None
    #: how much it is worth, 1 (very weak) to 6 (very strong); the strongest decides the check's summary
    strength: int = 0
    #: why it has that strength ("a customer e-mail that travelled: ..."); None where none was given
    strength_reason: str | None = None

    @property
    def strength_label(self) -> str:
        return STRENGTH_LABELS.get(self.strength, "")

    @property
    def label(self) -> str:
        """The kind in a reviewer's words: ``eSignature (DocuSign)``, ``printed customer e-mail``."""
        base = _KIND_LABELS.get(self.kind, "other acknowledgement")
        if self.kind == "esignature" and self.platform and self.platform != "eSignature":
            return f"{base} ({self.platform})"
        return base

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.TYPE,
            "kind": self.kind,
            "verdict": self.verdict,
            "document": self.document,
            "signer": self.signer,
            "side": self.side,
            "date": self.date.isoformat() if self.date else None,
            "platform": self.platform,
            "strength": self.strength,
            "strength_reason": self.strength_reason,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AcknowledgementFact:
        verdict = str(data["verdict"])
        if verdict not in ("valid", "invalid", "undecidable"):
            raise ValueError(f"unknown acknowledgement verdict {verdict!r}")
        return cls(
            kind=str(data["kind"]),
            verdict=verdict,  # type: ignore[arg-type]
            document=str(data["document"]),
            signer=data.get("signer"),
            side=data.get("side"),
            date=_date(data.get("date")),
            platform=data.get("platform"),
            strength=int(data.get("strength") or 0),
            strength_reason=data.get("strength_reason"),
        )


@dataclass(frozen=True)
class AcknowledgementDateFact:
    """A dated customer acknowledgement the date check weighed (``acknowledgement_date``)."""

    TYPE: ClassVar[str] = "acknowledgement_date"

    date: dt.date
    #: signature, digital signature, e-signature notice, customer e-mail, quoted customer e-mail
    kind: str
    #: the text that dates it, as written ("Date Signed 6/5/2025")
    source: str
    document: str

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.TYPE,
            "date": self.date.isoformat(),
            "kind": self.kind,
            "source": self.source,
            "document": self.document,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AcknowledgementDateFact:
        date = _date(data.get("date"))
        if date is None:
            raise ValueError("an acknowledgement date fact without a date")
        return cls(date=date, kind=str(data["kind"]), source=str(data["source"]), document=str(data["document"]))


@dataclass(frozen=True)
class ActivityFact:
    """What the POE states of the activities (``activity_detail``), as quoted from it."""

    TYPE: ClassVar[str] = "activity"

    #: users/devices in scope, as written ("1,200 users")
    users: tuple[str, ...] = ()
    #: phases and dates of the engagement, as written ("Phase 1")
    timeline: tuple[str, ...] = ()
    #: concrete tasks tied to a technology
    tasks: int = 0
    #: the count stopped at the policy's cap: "at least" that many
    tasks_capped: bool = False
    #: the customer's situation or challenges are described
    situation: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.TYPE,
            "users": list(self.users),
            "timeline": list(self.timeline),
            "tasks": self.tasks,
            "tasks_capped": self.tasks_capped,
            "situation": self.situation,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ActivityFact:
        return cls(
            users=tuple(str(u) for u in data.get("users") or ()),
            timeline=tuple(str(t) for t in data.get("timeline") or ()),
            tasks=int(data.get("tasks") or 0),
            tasks_capped=bool(data.get("tasks_capped")),
            situation=bool(data.get("situation")),
        )


@dataclass(frozen=True)
class WorkloadFact:
    """What the POE shows of one claimed workload (``workload_match``)."""

    TYPE: ClassVar[str] = "workload"

    #: the workload as the claim names it
    workload: str
    #: evidenced, missing, unchecked (only listed with an unchecked box), weak (only a related name),
    #: conflict (mentioned, but its box is unchecked), unreadable_box
    verdict: str
    #: the sentence for this workload, as in the summary
    text: str
    #: the quotes of the evidence items that show it
    quotes: tuple[str, ...] = ()

    @property
    def state(self) -> Literal["evidenced", "missing", "unsure"]:
        """What the verdict amounts to for a decision."""
        if self.verdict == "evidenced":
            return "evidenced"
        if self.verdict in ("missing", "unchecked", "out_of_scope"):
            return "missing"
        return "unsure"

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.TYPE,
            "workload": self.workload,
            "verdict": self.verdict,
            "text": self.text,
            "quotes": list(self.quotes),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> WorkloadFact:
        return cls(
            workload=str(data["workload"]),
            verdict=str(data["verdict"]),
            text=str(data["text"]),
            quotes=tuple(str(q) for q in data.get("quotes") or ()),
        )


Box = tuple[float, float, float, float]


def _box(value: object) -> Box | None:
    if isinstance(value, list | tuple) and len(value) == 4:
        return (float(value[0]), float(value[1]), float(value[2]), float(value[3]))
    return None


@dataclass(frozen=True)
class SharedEvidenceFact:
    """Evidence this claim shares with another claim of the queue (``reused_evidence``): where it
    stands on each side, so both can be shown with the shared passage marked."""

    TYPE: ClassVar[str] = "shared_evidence"

    other_claim: str
    #: reject, fixable, warn or note: what the check made of it
    severity: str
    document: str
    other_document: str
    page: int | None = None
    bbox: Box | None = None
    quote: str = ""
    other_page: int | None = None
    other_bbox: Box | None = None
    other_quote: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.TYPE,
            "other_claim": self.other_claim,
            "severity": self.severity,
            "document": self.document,
            "other_document": self.other_document,
            "page": self.page,
            "bbox": list(self.bbox) if self.bbox else None,
            "quote": self.quote,
            "other_page": self.other_page,
            "other_bbox": list(self.other_bbox) if self.other_bbox else None,
            "other_quote": self.other_quote,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SharedEvidenceFact:
        return cls(
            other_claim=str(data["other_claim"]),
            severity=str(data.get("severity", "")),
            document=str(data["document"]),
            other_document=str(data["other_document"]),
            page=data.get("page"),
            bbox=_box(data.get("bbox")),
            quote=str(data.get("quote") or ""),
            other_page=data.get("other_page"),
            other_bbox=_box(data.get("other_bbox")),
            other_quote=str(data.get("other_quote") or ""),
        )


@dataclass(frozen=True)
class ClaimLifeFact:
    """Where the submission stands in the claim's life (``submission_window``, findings/claim_life.py)."""

    TYPE: ClassVar[str] = "claim_life"

    #: first, resubmission or dispute
    kind: str
    #: 1 for the first submission, +1 for each resubmission or dispute
    revision: int
    #: the return this submission answers: action_required, rejection or final_rejection (None: first)
    answers: str | None = None
    answered_at: dt.datetime | None = None

    @property
    def final_round(self) -> bool:
        """A decision on a dispute is final: nothing it lacks can be asked for again."""
        return self.kind == "dispute"

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.TYPE,
            "kind": self.kind,
            "revision": self.revision,
            "answers": self.answers,
            "answered_at": self.answered_at.isoformat() if self.answered_at else None,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ClaimLifeFact:
        at = data.get("answered_at")
        answers = data.get("answers")
        return cls(
            kind=str(data["kind"]),
            revision=int(data.get("revision") or 1),
            answers=None if answers is None else str(answers),
            answered_at=dt.datetime.fromisoformat(at) if isinstance(at, str) and at else None,
        )


CheckFact = (
    AcknowledgementFact | AcknowledgementDateFact | ActivityFact | WorkloadFact | SharedEvidenceFact | ClaimLifeFact
)
_FactType = (
    type[AcknowledgementFact]
    | type[AcknowledgementDateFact]
    | type[ActivityFact]
    | type[WorkloadFact]
    | type[SharedEvidenceFact]
    | type[ClaimLifeFact]
)
_TYPES: Mapping[str, _FactType] = {
    AcknowledgementFact.TYPE: AcknowledgementFact,
    AcknowledgementDateFact.TYPE: AcknowledgementDateFact,
    ActivityFact.TYPE: ActivityFact,
    WorkloadFact.TYPE: WorkloadFact,
    SharedEvidenceFact.TYPE: SharedEvidenceFact,
    ClaimLifeFact.TYPE: ClaimLifeFact,
}


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def fact_from_json(data: Mapping[str, Any]) -> CheckFact:
    """A stored fact back; raises ValueError for one this program does not know."""
    kind = _TYPES.get(str(data.get("type")))
    if kind is None:
        raise ValueError(f"unknown fact type {data.get('type')!r}")
    return kind.from_json(data)
