"""One place says which documents a rule could read: the definitions differ by what the rule reads."""

from __future__ import annotations

from poe_reviewer.documents.model import Document, EmailInfo, Segment, SignatureField
from poe_reviewer.findings import readability


def _doc(path: str, *, text: str = "", error: str | None = None) -> Document:
    doc = Document(path=path, role="poe", kind="pdf", sha256=path.ljust(64, "0")[:64], error=error)
    if text:
        doc.segments = [Segment(text, 1, "page")]
    return doc


def test_words_fields_and_dates_each_have_their_reading() -> None:
    words = _doc("words.pdf", text="We confirm the Intune rollout.")
    scan = _doc("scan.pdf")  # a scan without OCR: no words
    broken = _doc("broken.pdf", error="the PDF is damaged")
    signed = _doc("signed.pdf")
    signed.signatures = [SignatureField(name="Signature1", signed=True)]
    mail = _doc("mail.eml")
    mail.email = EmailInfo(sender=None)

    seen = readability.for_words([words, scan, broken])
    assert [d.path for d in seen.readable] == ["words.pdf"]
    assert [d.path for d in seen.blind] == ["scan.pdf", "broken.pdf"]

    dated = readability.for_dates([words, scan, broken, signed, mail])
    assert [d.path for d in dated.readable] == ["words.pdf", "signed.pdf", "mail.eml"]
    # a signature field dates a signature but shows nothing of the page's words
    assert [d.path for d in dated.blind] == ["scan.pdf", "broken.pdf", "signed.pdf"]

    assert readability.broken([words, scan, broken]) == [broken]
