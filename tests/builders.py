"""Builders for claims and documents in check tests (no files needed)."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from poe_reviewer.checks.base import CheckContext, QueueView
from poe_reviewer.claim import Claim, parse_claim
from poe_reviewer.documents.model import Address, Document, EmailInfo, Segment, Word
from poe_reviewer.policy import load_policy

CPOR_USAGE: dict[str, Any] = {
    "format": "poe-claim-bundle/1",
    "claim_id": "3079758",
    "program": "cpor",
    "claim_kind": "usage",
    "solution_area": "Security",
    "status": "submitted",
    "submitted_at": "2025-09-15T17:02:00Z",
    "incentive_opt_out": False,
    "partner": {
        "name": "Fabrikam, Inc.",
        "location_id": "5272302",
        "country": "US",
        "domains": ["fabrikam.com"],
        "contact": {"name": "Priya Kaur", "email": "pkaur@fabrikam.com"},
    },
    "customer": {
        "name": "Contoso Ltd",
        "domain": "contoso.com",
        "tenant_id": "45e6435d-dc1c-42e3-89be-e72e6c8f072d",
        "country": "US",
        "segment": "commercial",
        "contact": {"name": "John Doe", "email": "john.doe@contoso.com", "title": "CISO"},
    },
    "workloads": [
        {"name": "INTUNE", "subscription_id": None},
        {"name": "MICROSOFT DEFENDER ENDPOINT", "subscription_id": None},
    ],
    "engagement": None,
    "transaction_date": None,
    "consent_date": None,
    "documents": [{"path": "POE/Contoso_Intune_POE_signed.pdf", "role": "poe"}],
    "comments": [],
    "history": [{"action": "submission", "at": "2025-09-15T17:02:00Z", "by": "pkaur@fabrikam.com"}],
}

PARTNER_ACTIVITIES: dict[str, Any] = {
    **copy.deepcopy(CPOR_USAGE),
    "claim_id": "3016006",
    "program": "partner_activities",
    "claim_kind": None,
    "solution_area": "Modern Work",
    "engagement": {
        "id": "E-1001",
        "name": "Enable Frontline Workshop",
        "activity_type": "standard",
        "payout_type": "fixed",
        "proposed_payout_usd": None,
    },
    "consent_date": "2025-07-01",
    "workloads": [{"name": "TEAMS FOR FRONTLINE WORKERS", "subscription_id": None}],
    "documents": [
        {"path": "invoice.pdf", "role": "invoice"},
        {"path": "poe.pdf", "role": "poe"},
        {"path": "customer_survey.json", "role": "customer_attestation"},
        {"path": "partner_survey.json", "role": "partner_attestation"},
    ],
}


def make_claim(base: dict[str, Any] | None = None, **changes: Any) -> Claim:
    """A valid claim (CPOR usage by default); ``changes`` replace top-level keys,
    ``partner__name="X"`` style keys replace nested ones."""
    data = copy.deepcopy(base or CPOR_USAGE)
    for key, value in changes.items():
        parts = key.split("__")
        target = data
        for p in parts[:-1]:
            target = target[p]
        target[parts[-1]] = value
    return parse_claim(data)


def page_doc(
    text: str,
    path: str = "POE/poe.pdf",
    role: str = "poe",
    *,
    page: int = 1,
    kind: str = "pdf",
) -> Document:
    """A one-page PDF-like document whose words get simple synthetic boxes (one line = 14 pt)."""
    lines: list[list[Word]] = []
    for li, line in enumerate(text.splitlines()):
        x = 72.0
        words: list[Word] = []
        for w in line.split():
            width = 6.0 * len(w)
            words.append(Word(w, (x, 72.0 + 14 * li, x + width, 84.0 + 14 * li)))
            x += width + 4.0
        lines.append(words)
    seg = Segment.from_lines(lines, page=page)
    return Document(
        path=path,
        role=role,
        kind=kind,
        sha256=f"{abs(hash(text)):064x}"[:64],
        page_count=page,
        segments=[seg],
        page_sizes=[(612.0, 792.0)] * page,
    )  # type: ignore[arg-type]


def email_doc(
    body: str,
    *,
    sender: str = "john.doe@contoso.com",
    sender_name: str = "John Doe",
    subject: str = "RE: Intune deployment",
    date: dt.datetime | None = None,
    path: str = "POE/ack.msg",
    role: str = "poe",
    to: str = "pkaur@fabrikam.com",
    own_text: str | None = None,
    forwarded: bool = False,
) -> Document:
    date = date or dt.datetime(2025, 8, 1, 9, 30, tzinfo=dt.UTC)
    info = EmailInfo(
        sender=Address(sender_name, sender),
        to=[Address(None, to)],
        date=date,
        subject=subject,
        own_text=body if own_text is None else own_text,
        forwarded=forwarded,
        message_class="IPM.Note",
    )
    headers = f"From: {sender_name} <{sender}>\nTo: {to}\nSent: {date:%Y-%m-%d %H:%M}\nSubject: {subject}"
    return Document(
        path=path,
        role=role,
        kind="msg",
        sha256=f"{abs(hash(body)):064x}"[:64],
        segments=[Segment(headers, None, "headers"), Segment(body, None, "body")],
        email=info,
    )


def context(
    claim: Claim, *docs: Document, queue: QueueView | None = None, missing: list[str] | None = None
) -> CheckContext:
    return CheckContext(claim=claim, documents=list(docs), policy=load_policy(), queue=queue, missing=missing or [])
