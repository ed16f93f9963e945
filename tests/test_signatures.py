"""Digitally signed PDFs: pyHanko validation (poe_reviewer.documents.signatures), the extractor hook, and the
customer_acknowledgement verdicts on them. Signed fixtures are made in the run (tests/fixtures_pdfsign.py)."""

from __future__ import annotations

import asyncio
import dataclasses
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from poe_reviewer.checks import customer_acknowledgement as ca
from poe_reviewer.checks.base import CheckResult
from poe_reviewer.documents import signatures
from poe_reviewer.documents.model import Document, SignatureField, SignatureValidation
from poe_reviewer.documents.registry import extract_document
from poe_reviewer.documents.signatures import PdfSignatures, TrustSettings, attach, describe_failure, validate_pdf
from poe_reviewer.errors import PolicyError
from poe_reviewer.policy import load_policy
from poe_reviewer.storage.doccache import decode_document, encode_document
from tests import fixtures_pdfsign as fx
from tests.builders import context, make_claim
from tests.conftest import read_realworld

CLAIM = make_claim()
NO_TRUST = TrustSettings()


@pytest.fixture(scope="module")
def pdfs() -> dict[str, bytes]:
    """Every fixture document once per module (signing costs ~10 ms each, key generation more)."""
    return {
        "customer": fx.customer_signed_poe(),
        "ca": fx.ca_signed_poe(),
        "partner": fx.partner_signed_poe(),
        "stranger": fx.stranger_signed_poe(),
        "tampered": fx.tampered_poe(),
        "overlaid": fx.overlaid_poe(),
        "countersigned": fx.countersigned_poe(),
    }


def only(found: PdfSignatures) -> SignatureValidation:
    assert found.note is None
    assert len(found.signatures) == 1
    return found.signatures[0].validation


def extract(data: bytes, path: str = "POE/sow.pdf") -> Document:
    doc = extract_document(data, path, "poe")
    assert doc.error is None, doc.error
    return doc


def check(*docs: Document, claim: Any = CLAIM) -> CheckResult:
    return ca.run(context(claim, *docs))


def trusting(root_pem: bytes) -> TrustSettings:
    return dataclasses.replace(NO_TRUST, trust_roots=(root_pem,))


# -- validation ---------------------------------------------------------------------------------------
def test_customer_self_signed_signature_is_intact_and_says_who_and_when(pdfs: dict[str, bytes]) -> None:
    v = only(validate_pdf(pdfs["customer"], NO_TRUST))
    assert (v.state, v.kind, v.intact, v.valid) == ("intact", "signature", True, True)
    assert (v.coverage, v.modification) == ("ENTIRE_FILE", "NONE")
    assert v.trust == "self-signed"
    assert "self-signed" in v.trust_note
    assert (v.signer_name, v.signer_email, v.signer_org) == ("John Doe", "john.doe@contoso.com", "Contoso Ltd")
    assert v.signing_time == fx.SIGNED_AT
    assert v.time_source == "signer"
    assert v.problem == ""
    assert v.error is None


def test_ca_issued_signature_is_untrusted_without_roots_and_trusted_with_its_root(pdfs: dict[str, bytes]) -> None:
    untrusted = only(validate_pdf(pdfs["ca"], NO_TRUST))
    assert (untrusted.state, untrusted.trust) == ("intact", "untrusted")
    assert untrusted.issuer == "Contoso Test Root CA"
    assert "no trusted certificate authority is configured" in untrusted.trust_note
    trusted = only(validate_pdf(pdfs["ca"], trusting(fx.ca_identity().cert_pem)))
    assert (trusted.state, trusted.trust, trusted.trust_note) == ("intact", "trusted", "")
    # a root that did not issue the certificate changes nothing
    other_root = fx.ca_identity("Other Root CA", "Northwind Traders").cert_pem
    assert only(validate_pdf(pdfs["ca"], trusting(other_root))).trust == "untrusted"
    # a self-signed certificate stays self-signed whatever roots are configured
    assert only(validate_pdf(pdfs["customer"], trusting(fx.ca_identity().cert_pem))).trust == "self-signed"


def test_bytes_changed_after_signing_break_the_signature(pdfs: dict[str, bytes]) -> None:
    v = only(validate_pdf(pdfs["tampered"], NO_TRUST))
    assert v.state == "broken"
    assert v.intact is False
    assert v.problem.startswith("the document was changed after signing")
    # the change is real: the amount now reads differently
    assert "92,500" in extract(pdfs["tampered"]).text


def test_page_content_added_in_an_incremental_update_breaks_the_signature(pdfs: dict[str, bytes]) -> None:
    v = only(validate_pdf(pdfs["overlaid"], NO_TRUST))
    assert (v.intact, v.valid) == (True, True)  # the signed revision itself is untouched ...
    assert (v.coverage, v.modification) == ("ENTIRE_REVISION", "OTHER")  # ... but content came after it
    assert v.state == "broken"
    assert v.problem == "the document was changed after signing"


def test_a_countersignature_after_the_customer_is_an_allowed_change(pdfs: dict[str, bytes]) -> None:
    found = validate_pdf(pdfs["countersigned"], NO_TRUST)
    assert [s.field for s in found.signatures] == ["Signature1", "Signature2"]
    first, second = (s.validation for s in found.signatures)
    assert (first.state, first.coverage, first.modification) == ("intact", "ENTIRE_REVISION", "FORM_FILLING")
    assert (second.state, second.coverage, second.signer_name) == ("intact", "ENTIRE_FILE", "Priya Kaur")


def test_change_policy_comes_from_the_settings(pdfs: dict[str, bytes]) -> None:
    # a stricter policy that allows nothing after signing breaks the countersigned customer signature
    strict = dataclasses.replace(NO_TRUST, allowed_changes=frozenset({"NONE"}))
    first = validate_pdf(pdfs["countersigned"], strict).signatures[0].validation
    assert first.state == "broken"


# -- the extractor hook ---------------------------------------------------------------------------------
def test_extractor_attaches_validation_to_the_signature_widget(pdfs: dict[str, bytes]) -> None:
    doc = extract(pdfs["customer"])
    assert doc.page_count == 2
    (sig,) = doc.signatures
    assert (sig.name, sig.signed, sig.page) == ("Signature1", True, 2)
    assert sig.bbox is not None
    assert sig.bbox[1] > 600
    assert sig.validation is not None
    assert sig.validation.state == "intact"
    assert sig.signer == "John Doe"
    assert sig.signing_time == fx.SIGNED_AT
    assert not doc.warnings


def test_unsigned_pdfs_never_pay_for_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(signatures, "_validate_all", lambda data, settings: calls.append(1) or PdfSignatures())
    doc = extract(fx.poe_pdf())
    assert doc.signatures == []
    assert calls == []


def test_validation_uses_the_policy_trust_roots(pdfs: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(signatures, "policy_settings", lambda: trusting(fx.ca_identity().cert_pem))
    (sig,) = extract(pdfs["ca"]).signatures
    assert sig.validation is not None
    assert sig.validation.trust == "trusted"


def test_validated_documents_survive_the_extraction_cache(pdfs: dict[str, bytes]) -> None:
    doc = extract(pdfs["countersigned"])
    again = decode_document(encode_document(doc))
    assert again.signatures == doc.signatures
    assert again.signatures[0].validation is not None


def test_a_pdf_pyhanko_cannot_read_gives_a_note_per_document_and_per_signature(pdfs: dict[str, bytes]) -> None:
    # MuPDF skips junk before the header; pyHanko refuses the file
    doc = extract(b"junk before the header\n" + pdfs["customer"])
    (sig,) = doc.signatures
    assert sig.validation is not None
    assert sig.validation.state == "unverifiable"
    assert "too damaged to check its signatures" in (sig.validation.error or "")
    assert any(w.startswith("the digital signatures could not be validated") for w in doc.warnings)
    r = check(doc)
    assert r.status == "warn"
    assert "could not be validated" in r.summary


def test_validation_makes_no_network_connection(
    pdfs: dict[str, bytes], realworld: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network access in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    # real certificates carry OCSP and CA-issuer URLs; nothing may be fetched from them
    for name in ("pdf-acrobat.pdf", "test-SHA256_RSA-signed-cms.pdf", "pades-lta-dss-indirect-arrs-test.pdf"):
        found = validate_pdf((realworld / "signed_pdf" / name).read_bytes(), NO_TRUST)
        assert all(s.validation.state == "intact" for s in found.signatures), name
    only(validate_pdf(pdfs["ca"], trusting(fx.ca_identity().cert_pem)))
    assert attempts == []


def test_validation_works_inside_a_running_event_loop(pdfs: dict[str, bytes]) -> None:
    async def inside() -> PdfSignatures:
        return validate_pdf(pdfs["customer"], NO_TRUST)

    assert only(asyncio.run(inside())).state == "intact"


def test_too_large_pdfs_are_not_validated(pdfs: dict[str, bytes]) -> None:
    found = validate_pdf(pdfs["customer"], dataclasses.replace(NO_TRUST, max_bytes=1_000))
    assert found.signatures == ()
    assert found.note is not None
    assert "check them in a PDF reader" in found.note


def test_attach_matches_by_name_and_reports_signatures_the_validator_did_not_list() -> None:
    fields = [
        SignatureField("Sig2", True, page=1, signer="From /Name"),
        SignatureField("Legacy", True, page=1, sub_filter="adbe.x509.rsa_sha1"),
        SignatureField("Empty", False, page=1),
    ]
    found = PdfSignatures(
        (
            signatures.FoundSignature("Sig1", SignatureValidation(state="intact", signer_name="Hidden Signer")),
            signatures.FoundSignature("Sig2", SignatureValidation(state="broken", problem="x", signer_name="Cert")),
        )
    )
    out = attach(fields, found)
    assert out[0].validation is not None
    assert out[0].validation.state == "broken"
    assert out[0].signer == "From /Name"  # the field's own /Name is kept; the certificate's is in validation
    assert out[1].validation is not None
    assert out[1].validation.state == "unverifiable"
    assert "legacy adbe.x509.rsa_sha1" in (out[1].validation.error or "")
    assert out[2].validation is None
    # a signature only the validator saw is listed too (invisible signatures)
    assert (out[3].name, out[3].signer, out[3].page) == ("Sig1", "Hidden Signer", None)


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (NotImplementedError("odd"), "format this tool cannot check"),
        (RecursionError(), "nested too deeply"),
        (ValueError("bad"), "could not be checked (ValueError: bad)"),
    ],
)
def test_failures_become_sentences(exc: BaseException, words: str) -> None:
    assert words in describe_failure(exc)


def test_pyhanko_failures_become_sentences() -> None:
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.sign.validation.errors import SignatureValidationError

    assert "too damaged" in describe_failure(PdfReadError("startxref not found"))
    assert describe_failure(SignatureValidationError("CMS structural error")).startswith(
        "the signature container is malformed (CMS structural error"
    )


# -- settings ------------------------------------------------------------------------------------------
def test_shipped_policy_trusts_nothing_and_allows_form_filling() -> None:
    section = load_policy()["signatures"]
    assert section["seed"] == "What constitutes valid proof of execution"
    settings = TrustSettings.from_policy(section, Path("."))
    assert settings.trust_roots == ()
    assert settings.allowed_changes == {"NONE", "LTA_UPDATES", "FORM_FILLING"}
    assert signatures.policy_settings().trust_roots == ()


def test_trust_roots_are_read_relative_to_the_policy_folder(tmp_path: Path) -> None:
    (tmp_path / "trust").mkdir()
    (tmp_path / "trust" / "root.pem").write_bytes(fx.ca_identity().cert_pem)
    settings = TrustSettings.from_policy({"trust_roots": ["trust/root.pem"]}, tmp_path)
    assert settings.trust_roots == (fx.ca_identity().cert_pem,)
    with pytest.raises(PolicyError, match="cannot be read"):
        TrustSettings.from_policy({"trust_roots": ["trust/missing.pem"]}, tmp_path)
    with pytest.raises(PolicyError, match="unknown levels"):
        TrustSettings.from_policy({"allowed_changes": ["EVERYTHING"]}, tmp_path)


# -- customer_acknowledgement on signed PDFs ------------------------------------------------------------
def test_intact_self_signed_customer_signature_passes_and_says_so_plainly(pdfs: dict[str, bytes]) -> None:
    r = check(extract(pdfs["customer"]))
    assert r.status == "pass"
    assert "digital signature 'Signature1' in POE/sow.pdf p.2 by John Doe <john.doe@contoso.com>" in r.summary
    assert "signed 2025-06-05 14:30 UTC (signer's clock)" in r.summary
    assert "self-signed certificate, not verified by any certification authority" in r.summary
    assert "accepted because the signer is the customer" in r.summary
    (ev,) = r.evidence
    assert (ev.document, ev.page) == ("POE/sow.pdf", 2)
    assert ev.bbox is not None
    assert "John Doe" in ev.quote
    assert "self-signed certificate" in ev.quote
    assert "2025-06-05" in ev.quote


def test_trusted_customer_signature_passes_without_caveat(
    pdfs: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(signatures, "policy_settings", lambda: trusting(fx.ca_identity().cert_pem))
    r = check(extract(pdfs["ca"]))
    assert r.status == "pass"
    assert "with a trusted certificate" in r.summary
    assert "accepted because" not in r.summary


@pytest.mark.parametrize("kind", ["tampered", "overlaid"])
def test_changed_after_signing_fails_naming_the_signature(pdfs: dict[str, bytes], kind: str) -> None:
    r = check(extract(pdfs[kind]))
    assert r.status == "fail"
    assert "Signature 'Signature1' in POE/sow.pdf is broken: the document was changed after signing" in r.summary
    assert "Signed by John Doe" in r.summary
    assert r.evidence[0].page == 2


def test_signature_by_the_partner_only_is_no_customer_acknowledgement(pdfs: dict[str, bytes]) -> None:
    r = check(extract(pdfs["partner"]))
    assert r.status == "fail"
    assert "Priya Kaur <pkaur@fabrikam.com>" in r.summary
    assert "signed only by the partner" in r.summary


def test_untrusted_signer_who_is_not_the_customer_needs_review(pdfs: dict[str, bytes]) -> None:
    r = check(extract(pdfs["stranger"]))
    assert r.status == "warn"
    assert "Mallory Stone <mallory@example.net>, Northwind Traders" in r.summary
    assert "does not name the customer Contoso Ltd" in r.summary
    assert "self-signed certificate" in r.summary


def test_countersigned_document_passes_on_the_customer_signature(pdfs: dict[str, bytes]) -> None:
    r = check(extract(pdfs["countersigned"]))
    assert r.status == "pass"
    assert "'Signature1'" in r.summary.split(";")[0]
    assert "'Signature2'" in r.summary
    assert "signed only by the partner" in r.summary


@pytest.mark.parametrize(
    ("cn", "email", "org"),
    [
        ("Jane Roe", "jane.roe@it.contoso.com", None),  # a subdomain of the customer's domain
        ("Jane Roe", None, "CONTOSO LIMITED"),  # the organisation, legal suffix aside
        ("Contoso Ltd Procurement", None, None),  # the common name names the organisation
    ],
)
def test_customer_identity_by_domain_or_organisation(cn: str, email: str | None, org: str | None) -> None:
    data = fx.sign_pdf(fx.poe_pdf(1), fx.self_signed_identity(cn, email, org))
    r = check(extract(data))
    assert r.status == "pass", r.summary


def test_signer_on_a_free_mail_domain_is_not_the_customer() -> None:
    data = fx.sign_pdf(fx.poe_pdf(1), fx.self_signed_identity("Jane Roe", "jane.roe@gmail.com", None))
    assert check(extract(data)).status == "warn"


def test_text_acknowledgements_in_a_document_changed_after_signing_are_not_accepted() -> None:
    pdf: Any = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 60), "DocuSign Envelope ID: 4F2A1B3C-1234-4ABC-9DEF-0123456789AB", fontsize=9)
    page.insert_text((72, 100), "Statement of Work: Microsoft Intune deployment for Contoso Ltd", fontsize=11)
    page.insert_text((72, 500), "DocuSigned by:", fontsize=9)
    page.insert_text((72, 515), "John Doe", fontsize=12)
    page.insert_text((300, 515), "6/5/2025", fontsize=11)
    signed = fx.sign_pdf(pdf.tobytes(), fx.customer_self_signed(), page=0)
    assert check(extract(signed)).status == "pass"
    r = check(extract(fx.overlay_after_signing(signed)))
    assert r.status != "pass"
    assert "is in a document whose signature 'Signature1' is broken" in r.summary


def test_validation_is_shown_for_a_document_timestamp_but_it_is_no_acknowledgement(realworld: Path) -> None:
    doc = extract((realworld / "signed_pdf" / "pades-lta-dss-indirect-arrs-test.pdf").read_bytes())
    kinds = sorted(s.validation.kind for s in doc.signatures if s.validation)
    assert kinds == ["signature", "timestamp"]
    acks = ca.find_acknowledgements(context(CLAIM, doc), [doc])
    assert [a.kind for a in acks if a.kind == "digital_signature"] == ["digital_signature"]


# -- real signed PDFs ------------------------------------------------------------------------------------
#: What each real signed PDF must give: the state of each signature, in signing order.
REAL_SIGNED: dict[str, list[str]] = {
    "certified-with-indirect-refs-in-dir.pdf": ["intact"],
    "coverage-one-byterange.pdf": ["broken"],
    "coverage-signature-gap-too-big.pdf": ["broken"],
    "coverage-tail-uncovered.pdf": ["broken"],
    "coverage-weird-byterange.pdf": ["broken"],
    "form-update-override-appearance-stream-sneaky.pdf": ["broken", "intact"],
    "minimal-signed-twice-both-created.pdf": ["intact", "intact"],
    "minimal-signed-twice-no-sig-type.pdf": ["intact", "intact"],
    "minimal-two-fields-signed-twice.pdf": ["intact", "intact"],
    "pades-lta-dss-indirect-arrs-test.pdf": ["intact", "intact"],
    "pades-with-old-style-signing-cert-attr.pdf": ["intact"],
    "pdf-acrobat.pdf": ["intact"],
    "pdf-adobe-webcapture-x509.rsa_sha1.pdf": [],  # pyHanko does not list the legacy format
    "pdf-sig-with-econtent.pdf": ["unverifiable"],
    "sig-no-signed-attrs.pdf": ["intact"],
    "sig-with-ski-sid.pdf": ["intact"],
    "signed-encrypted-pubkey-with-catalog-ref.pdf": [],  # encrypted: a note, below
    "signed_verified.pdf": ["broken"],
    "test-SHA256_RSA-signed-cms.pdf": ["intact"],
    "test-signed-cms-hsm-Google.pdf": ["intact"],
}


@pytest.mark.realworld
def test_every_real_signed_pdf_gives_a_result_or_a_clear_note(realworld: Path) -> None:
    folder = realworld / "signed_pdf"
    assert sorted(p.name for p in folder.iterdir()) == sorted(REAL_SIGNED)
    for name, states in REAL_SIGNED.items():
        found = validate_pdf((folder / name).read_bytes(), NO_TRUST)
        assert [s.validation.state for s in found.signatures] == states, name
        for s in found.signatures:
            v = s.validation
            assert v.state == "intact" or v.problem, name
            if v.state == "unverifiable":
                assert v.error, name
            else:
                assert v.signer_name, name
                assert v.trust in ("untrusted", "self-signed"), name  # test certificates only
    encrypted = validate_pdf((folder / "signed-encrypted-pubkey-with-catalog-ref.pdf").read_bytes(), NO_TRUST)
    assert encrypted.note is not None
    assert "encrypted" in encrypted.note


@pytest.mark.realworld
def test_unclear_or_partial_coverage_is_never_reported_as_good(realworld: Path) -> None:
    for name in (
        "coverage-one-byterange.pdf",
        "coverage-signature-gap-too-big.pdf",
        "coverage-tail-uncovered.pdf",
        "coverage-weird-byterange.pdf",
        "signed_verified.pdf",
    ):
        v = only(validate_pdf((realworld / "signed_pdf" / name).read_bytes(), NO_TRUST))
        assert (v.intact, v.valid) == (True, True), name  # cryptographically sound ...
        assert (v.coverage, v.state) == ("UNCLEAR", "broken"), name  # ... but not what it seems
        assert "does not cover the whole document" in v.problem


@pytest.mark.realworld
def test_sneaky_appearance_override_is_a_suspicious_change(realworld: Path) -> None:
    found = validate_pdf(
        (realworld / "signed_pdf" / "form-update-override-appearance-stream-sneaky.pdf").read_bytes(), NO_TRUST
    )
    first = found.signatures[0].validation
    assert (found.signatures[0].field, first.coverage, first.modification) == ("Sig1", "ENTIRE_REVISION", "OTHER")
    assert first.problem == "the document was changed after signing"


@pytest.mark.realworld
def test_real_signed_pdfs_through_the_extractor_and_the_check(realworld: Path) -> None:
    statuses: dict[str, str] = {}
    for path in sorted((realworld / "signed_pdf").iterdir()):
        doc = read_realworld(path, f"POE/{path.name}", "poe")
        for sig in doc.signatures:
            if sig.signed:
                assert sig.validation is not None, (path.name, sig.name)
        r = check(doc)
        assert r.status in ("fail", "warn"), (path.name, r.summary)  # test certificates name no customer
        statuses[path.name] = r.status
    assert statuses["coverage-tail-uncovered.pdf"] == "fail"
    assert statuses["signed_verified.pdf"] == "fail"
    legacy = extract_document(
        (realworld / "signed_pdf" / "pdf-adobe-webcapture-x509.rsa_sha1.pdf").read_bytes(), "POE/legacy.pdf", "poe"
    )
    (sig,) = legacy.signatures
    assert sig.validation is not None
    assert "legacy adbe.x509.rsa_sha1" in (sig.validation.error or "")
    econtent = extract_document(
        (realworld / "signed_pdf" / "pdf-sig-with-econtent.pdf").read_bytes(), "POE/e.pdf", "poe"
    )
    assert "signature container is malformed" in check(econtent).summary


#: pdf_odd files whose structure pyHanko's reader refuses (SOURCES.md "What breaks what").
PYHANKO_CANNOT_READ = (
    "form-tree-circular-ref-input.pdf",
    "minimal-illegal-header.pdf",
    "minimal-startxref-hopeless.pdf",
    "poppler-85140-0.pdf",
)


@pytest.mark.realworld
def test_pdfs_pyhanko_cannot_read_give_a_note(realworld: Path) -> None:
    for name in PYHANKO_CANNOT_READ:
        found = validate_pdf((realworld / "pdf_odd" / name).read_bytes(), NO_TRUST)
        assert found.signatures == ()
        assert "too damaged to check its signatures" in (found.note or ""), name
        # a signed field of such a file carries the note
        (field,) = attach([SignatureField("Signature1", True)], found)
        assert field.validation is not None
        assert field.validation.error == found.note


@pytest.mark.realworld
def test_no_odd_pdf_breaks_validation(realworld: Path) -> None:
    for path in sorted((realworld / "pdf_odd").iterdir()):
        found = validate_pdf(path.read_bytes(), NO_TRUST)
        assert found.note is None or found.note.strip(), path.name
        if path.name not in PYHANKO_CANNOT_READ and found.note is None:
            assert all(s.validation.state for s in found.signatures)


def _time(fn: Callable[[], object], repeat: int = 5) -> float:
    import time

    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def test_validation_cost_of_a_signed_two_page_pdf_stays_small(pdfs: dict[str, bytes]) -> None:
    data = pdfs["customer"]
    validate_pdf(data, NO_TRUST)  # pyHanko imported once
    assert _time(lambda: validate_pdf(data, NO_TRUST)) < 0.5
