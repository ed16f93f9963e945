"""Typed facts on check results: what they say, and that they survive storage as JSON."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from poe_reviewer.findings.facts import (
    AcknowledgementDateFact,
    AcknowledgementFact,
    ActivityFact,
    SharedEvidenceFact,
    WorkloadFact,
    fact_from_json,
)


@pytest.mark.parametrize(
    ("kind", "platform", "label"),
    [
        ("esignature", "DocuSign", "eSignature (DocuSign)"),
        ("esignature", None, "eSignature"),
        ("esignature", "eSignature", "eSignature"),
        ("digital_signature", None, "digital signature"),
        ("scan", None, "handwritten signature"),
        ("email", None, "customer e-mail"),
        ("printed_email", None, "printed customer e-mail"),
        ("attestation", None, "attestation survey"),
        ("something new", None, "other acknowledgement"),
    ],
)
def test_an_acknowledgement_is_labelled_in_a_reviewers_words(kind: str, platform: str | None, label: str) -> None:
    assert AcknowledgementFact(kind, "valid", "POE/a.pdf", platform=platform).label == label


def test_facts_survive_a_json_round_trip() -> None:
    facts = [
        AcknowledgementFact(
            "esignature", "valid", "POE/a.pdf", "John Doe", "customer", dt.date(2025, 6, 5), "DocuSign", 5
        ),
        AcknowledgementFact("image", "invalid", "POE/b.png"),
        AcknowledgementDateFact(dt.date(2025, 5, 6), "customer e-mail", "Sent: 06/05/2025 10:12", "POE/t.pdf"),
        ActivityFact(("1,200 users",), ("Phase 1", "June 2025"), 6, True, True),
        ActivityFact(),
        WorkloadFact("INTUNE", "unchecked", "INTUNE: only listed with an unchecked box ('☐ Intune')", ("☐ Intune",)),
        SharedEvidenceFact(
            "3093377", "fixable", "POE/a.pdf", "POE/b.pdf", 1, (72.0, 400.5, 300.0, 412.0), "650 mailboxes",
            1, (70.0, 398.0, 298.0, 410.0), "650 mailboxes",
        ),
        SharedEvidenceFact("42", "note", "POE/sow.pdf", "POE/sow.pdf", quote="the same file"),
    ]
    stored = json.loads(json.dumps([f.to_json() for f in facts]))
    assert [fact_from_json(f) for f in stored] == facts


@pytest.mark.parametrize(
    "data",
    [
        {"type": "horoscope"},
        {"type": "acknowledgement", "kind": "email", "verdict": "maybe", "document": "x"},
        {"type": "acknowledgement_date", "date": None, "kind": "x", "source": "x", "document": "x"},
    ],
)
def test_a_fact_this_program_does_not_know_is_refused(data: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"unknown|without a date"):
        fact_from_json(data)


@pytest.mark.parametrize(
    ("verdict", "state"),
    [
        ("evidenced", "evidenced"),
        ("missing", "missing"),
        ("unchecked", "missing"),
        ("weak", "unsure"),
        ("conflict", "unsure"),
        ("unreadable_box", "unsure"),
    ],
)
def test_a_workload_verdict_amounts_to_evidenced_missing_or_unsure(verdict: str, state: str) -> None:
    assert WorkloadFact("INTUNE", verdict, "INTUNE: …").state == state
