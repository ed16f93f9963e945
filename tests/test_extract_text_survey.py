"""Plain text, HTML and JSON uploads, and attestation survey exports (poe-attestation/1)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from poe_reviewer.documents import registry, survey, text
from poe_reviewer.documents.model import Document, Kind
from poe_reviewer.documents.registry import ExtractContext
from poe_reviewer.errors import ExtractionError

SURVEY: dict[str, Any] = {
    "format": "poe-attestation/1",
    "claim_id": "3016006",
    "respondent": "customer",
    "completed_at": "2025-07-02T10:11:00Z",
    "answers": [
        {"question": "Did the partner deliver the engagement as described?", "answer": "Yes"},
        {"question": "Which workloads were covered?", "answer": ["Intune", "Entra ID P2"]},
    ],
    "signature": {
        "full_name": "Susie Jones",
        "company": "Contoso Ltd",
        "job_title": "IT Systems Administrator",
    },
}


def _doc(kind: Kind, path: str = "POE/file") -> Document:
    return Document(path=path, role="customer_attestation", kind=kind, sha256="0" * 64)


# -- text, HTML, JSON -------------------------------------------------------------------------------
def test_plain_text_utf8_and_windows_1252() -> None:
    doc = registry.extract_document("Café acceptance – signed\r\n\r\n\r\nJohn".encode(), "POE/a.txt", "poe")
    assert doc.kind == "text"
    assert doc.error is None
    assert [s.label for s in doc.segments] == ["body"]
    assert doc.segments[0].text == "Café acceptance – signed\n\nJohn"
    assert doc.metadata["encoding"] == "utf-8"
    legacy = _doc("text")  # (the sniffer currently calls non-UTF-8 text binary; the reader copes anyway)
    text.extract(legacy, "Café acceptance – signed".encode("cp1252"), ExtractContext())
    assert legacy.segments[0].text == "Café acceptance – signed"
    assert legacy.metadata["encoding"] == "cp1252"


def test_utf16_text_with_bom() -> None:
    doc = _doc("text")
    text.extract(doc, b"\xff\xfe" + "We confirm the deployment.".encode("utf-16-le"), ExtractContext())
    assert doc.segments[0].text == "We confirm the deployment."


def test_html_file_becomes_text_without_fetching_anything() -> None:
    html = (
        b"<!DOCTYPE html><html><head><title>Sign-off  page</title><script src='https://x.example/a.js'></script>"
        b"</head><body><h1>Acceptance</h1><p>Contoso accepts the <a href='https://x.example'>deliverables</a>."
        b"<img src='https://tracker.example/p.gif'></p></body></html>"
    )
    doc = registry.extract_document(html, "POE/sign-off.html", "poe")
    assert doc.kind == "html"
    assert doc.error is None
    assert doc.metadata["title"] == "Sign-off page"
    assert doc.segments[0].text == "Acceptance\n\nContoso accepts the deliverables."


def test_json_is_pretty_printed_and_bad_json_is_kept_as_text() -> None:
    doc = registry.extract_document(b'{"customer":"Contoso","users":[1,2]}', "POE/data.json", "poe")
    assert doc.kind == "json"
    assert doc.segments[0].text == json.dumps({"customer": "Contoso", "users": [1, 2]}, indent=2)
    bad = _doc("json")
    text.extract(bad, b'{"customer": "Contoso",', ExtractContext())
    assert bad.segments[0].text == '{"customer": "Contoso",'
    assert "not valid JSON" in bad.warnings[0]


def test_text_that_is_really_an_email_is_read_as_one() -> None:
    raw = (
        b"From MAILER-DAEMON Mon Jun  2 10:14:00 2025\n"
        b"From: John Doe <john.doe@contoso.com>\nTo: pkaur@fabrikam.com\nSubject: Sign-off\n"
        b"Date: Mon, 02 Jun 2025 10:14:00 +0000\n\nWe accept the deliverables.\n"
    )
    doc = registry.extract_document(raw, "POE/mail.txt", "poe")
    assert doc.kind == "eml"
    assert doc.email is not None
    assert doc.email.sender is not None
    assert doc.email.sender.email == "john.doe@contoso.com"
    assert doc.email.own_text == "We accept the deliverables."


# -- surveys ---------------------------------------------------------------------------------------
def _survey(obj: object) -> Document:
    return registry.extract_document(json.dumps(obj).encode(), "Attestations/customer.json", "customer_attestation")


def test_complete_survey() -> None:
    doc = _survey(SURVEY)
    assert doc.kind == "survey"
    assert doc.error is None
    assert doc.data == SURVEY
    assert doc.metadata == {
        "claim_id": "3016006",
        "respondent": "customer",
        "completed_at": "2025-07-02T10:11:00Z",
    }
    answers = [s.text for s in doc.segments if s.label == "answer"]
    assert answers == [
        "Q: Did the partner deliver the engagement as described?\nA: Yes",
        "Q: Which workloads were covered?\nA: Intune; Entra ID P2",
    ]
    signature = [s.text for s in doc.segments if s.label == "signature"]
    assert signature == ["Signature: Susie Jones, Contoso Ltd, IT Systems Administrator"]
    hit = doc.search(r"Signature: .*")[0]
    assert hit.page is None
    assert hit.segment.label == "signature"
    assert doc.warnings == []


def test_missing_signature_parts_are_not_an_extraction_error() -> None:
    partial = copy.deepcopy(SURVEY)
    partial["signature"] = {"full_name": "Susie Jones", "company": "", "job_title": None}
    doc = _survey(partial)
    assert doc.error is None
    assert [s.text for s in doc.segments if s.label == "signature"] == ["Signature: Susie Jones"]
    assert doc.data is not None
    assert doc.data["signature"] == partial["signature"]
    unsigned = copy.deepcopy(SURVEY)
    del unsigned["signature"]
    doc = _survey(unsigned)
    assert doc.error is None
    assert not [s for s in doc.segments if s.label == "signature"]
    assert doc.data is not None
    assert "signature" not in doc.data


def test_unknown_major_version_is_refused() -> None:
    newer = dict(SURVEY, format="poe-attestation/2")
    doc = _survey(newer)
    assert doc.error is not None
    assert "major version" in doc.error
    assert "poe-attestation/2" in doc.error
    minor = _survey(dict(SURVEY, format="poe-attestation/1.3"))
    assert minor.error is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"answers": "Yes"}, "answers must be a list"),
        ({"answers": [{"question": "Q1", "answer": {"x": 1}}]}, "answers[0].answer"),
        ({"answers": ["Yes"]}, "answers[0] must be an object"),
        ({"answers": [{"question": 3, "answer": "Yes"}]}, "answers[0].question"),
        ({"signature": "Susie Jones"}, "signature must be an object"),
        (
            {"signature": {"full_name": 7, "company": "Contoso Ltd", "job_title": "CIO"}},
            "signature.full_name",
        ),
        ({"respondent": 1}, "respondent must be a string"),
        ({"completed_at": 20250702}, "completed_at must be a string"),
    ],
)
def test_wrong_types_name_the_field(change: dict[str, object], field: str) -> None:
    doc = _survey({**SURVEY, **change})
    assert doc.error is not None
    assert field in doc.error
    assert doc.error.startswith("survey export:")


def test_not_an_object_and_not_json() -> None:
    for raw, reason in (
        (b'["poe-attestation/1"]', "JSON object"),
        (b'{"format": "poe-attestation/1",', "not valid JSON"),
    ):
        doc = _doc("survey")
        with pytest.raises(ExtractionError) as err:
            survey.extract(doc, raw, ExtractContext())
        assert reason in err.value.reason


def test_unusual_but_readable_values_warn() -> None:
    odd = dict(SURVEY, respondent="reseller", completed_at="yesterday")
    doc = _survey(odd)
    assert doc.error is None
    assert any("unknown respondent" in w for w in doc.warnings)
    assert any("not an ISO 8601 date" in w for w in doc.warnings)
