"""What an acknowledgement is: one piece of the customer's acknowledgement evidence and its verdict."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

from poe_reviewer.findings.context import Evidence
from poe_reviewer.findings.facts import STRENGTH_LABELS, AcknowledgementFact
from poe_reviewer.findings.parties import Side
from poe_reviewer.names import EMAIL_IN_TEXT

Verdict = Literal["valid", "invalid", "undecidable"]

EMAIL_RX = re.compile(EMAIL_IN_TEXT)
# A person's name: two to four words, the first capitalised (matched case-sensitively).
NAME_WORD = r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*\.?"
NAME_AFTER_LABEL = re.compile(
    rf"[ \t]*[:\-]?[ \t]*(?:\n[ \t]*){{0,3}}(?:<[^>\n]+>[ \t]*)?(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})"
)
NAME_THEN_EMAIL = re.compile(
    rf"^[ \t]*(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})[ \t]*\n"
    rf"[ \t]*(?P<email>{EMAIL_IN_TEXT})",
    re.MULTILINE,
)
# Lower-case words inside a person's name ("Ludwig van Beethoven", "Maria de la Cruz").
NAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "bin", "al", "el", "y"}
)


# -- the verdicts ----------------------------------------------------------------------------------
@dataclass
class Acknowledgement:
    """One piece of acknowledgement evidence and its verdict."""

    document: str
    kind: str  # esignature, digital_signature, email, printed_email, signature_block, scan, image
    verdict: Verdict
    #: What it is, in a reviewer's words ("DocuSign envelope 4F2A1B3C… signed by John Doe ...").
    description: str
    #: Why it is not valid, or what a reviewer must look at ("is a forwarded e-mail").
    reason: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    signer: str | None = None
    side: Side | None = None
    date: dt.date | None = None
    #: Rank among valid pieces: the best one decides the summary.
    strength: int = 0
    #: The seed section the verdict rests on.
    seed: str = ""
    #: The eSignature platform, for kind ``esignature``.
    platform: str | None = None
    #: The kind the typed fact reports when it differs from ``kind`` (which steers the finder).
    fact_kind: str | None = None
    #: An e-mail whose acceptance is an earlier customer message of its thread, not its own words
    #: (the date of the newest message then dates no acknowledgement).
    accepted_in_thread: bool = False
    #: An automatic reply (out of office, receipt): machine-written, it says nothing about the work.
    automatic: bool = False
    #: Where ``date`` was read from a signature block: the text that dates it, how it was read,
    #: and the date the other reading of a numeric date gives (so the date check weighs it once).
    date_text: str | None = None
    date_reading: str = ""
    date_other: dt.date | None = None
    date_evidence: Evidence | None = None
    #: A handwritten signature whose date the reader could not read (it is on the paper, for a person).
    date_unread: bool = False
    #: A customer e-mail about buying licences, not about work (seed: insufficient material).
    licence_purchase: bool = False
    #: The customer's own words deny the partner's part ("please do not register Dunes as our partner").
    refused: bool = False
    #: Why it has its strength, in a reviewer's words (set with the strength by the finder).
    strength_reason: str | None = None

    def fact(self) -> AcknowledgementFact:
        return AcknowledgementFact(
            kind=self.fact_kind or self.kind,
            verdict=self.verdict,
            document=self.document,
            signer=self.signer,
            side=self.side,
            date=self.date,
            platform=self.platform,
            strength=self.strength,
            strength_reason=self.strength_reason,
        )

    @property
    def strength_words(self) -> str:
        """``strength: good (a handwritten signature on paper)``, or "" when it has none."""
        if not self.strength_reason:
            return ""
        return f"strength: {STRENGTH_LABELS.get(self.strength, '')} ({self.strength_reason})"

    def sentence(self) -> str:
        return f"{self.description} {self.reason}".strip() if self.reason else self.description
