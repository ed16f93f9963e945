"""Digitally signed POE PDFs made on the fly with pyHanko: no committed binaries.

Pure functions returning bytes (or small frozen records of PEM bytes), so the tests and,
later, ``tools/make_samples.py`` can build the same kinds of documents:

* :func:`self_signed_identity` / :func:`ca_identity` / :func:`issued_identity` - certificates
  made with ``cryptography`` (EC P-256 keys: fast to generate);
* :func:`poe_pdf` - a small PyMuPDF-generated POE (Contoso / Fabrikam, USD 12,500);
* :func:`sign_pdf` - a visible signature in a new field, optionally at a fixed signing time;
* :func:`tamper_bytes` / :func:`overlay_after_signing` - the two ways a signed document is
  changed afterwards: bytes edited in place, and an incremental update that adds page content.

Nothing here touches the network or the file system.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from functools import cache
from typing import Any

import pymupdf
from asn1crypto import keys as asn1_keys
from asn1crypto import pem as asn1_pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

#: The default signing time of the fixtures: inside the sample claim's 12-month window.
SIGNED_AT = dt.datetime(2025, 6, 5, 14, 30, tzinfo=dt.UTC)
_NOT_BEFORE = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
_NOT_AFTER = dt.datetime(2040, 1, 1, tzinfo=dt.UTC)

#: The amount on the POE page; :func:`tamper_bytes` changes its first digit.
AMOUNT = "12,500"


@dataclass(frozen=True)
class Identity:
    """A signer: certificate, private key (PKCS#8) and the issuing chain, all PEM."""

    cert_pem: bytes
    key_pem: bytes
    chain_pem: tuple[bytes, ...] = ()


def _name(cn: str, email: str | None, org: str | None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    if email:
        attrs.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    return x509.Name(attrs)


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _certificate(
    subject: x509.Name,
    key: ec.EllipticCurvePrivateKey,
    issuer: x509.Name,
    issuer_key: ec.EllipticCurvePrivateKey,
    *,
    ca: bool,
    email: str | None = None,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(_NOT_BEFORE)
        .not_valid_after(_NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.KeyUsage(
                digital_signature=not ca,
                content_commitment=not ca,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    )
    if issuer_key is not key:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False
        )
    if email:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


@cache
def self_signed_identity(cn: str, email: str | None = None, org: str | None = None) -> Identity:
    """A self-signed end-entity certificate (what "sign with a digital ID" in Acrobat makes)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name(cn, email, org)
    cert = _certificate(name, key, name, key, ca=False, email=email)
    return Identity(cert.public_bytes(serialization.Encoding.PEM), _pem_key(key))


@cache
def ca_identity(cn: str = "Contoso Test Root CA", org: str | None = "Contoso Ltd") -> Identity:
    """A small self-signed certification authority."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name(cn, None, org)
    cert = _certificate(name, key, name, key, ca=True)
    return Identity(cert.public_bytes(serialization.Encoding.PEM), _pem_key(key))


@cache
def issued_identity(ca: Identity, cn: str, email: str | None = None, org: str | None = None) -> Identity:
    """An end-entity certificate issued by ``ca``."""
    ca_cert = x509.load_pem_x509_certificate(ca.cert_pem)
    ca_key = serialization.load_pem_private_key(ca.key_pem, password=None)
    assert isinstance(ca_key, ec.EllipticCurvePrivateKey)
    key = ec.generate_private_key(ec.SECP256R1())
    cert = _certificate(_name(cn, email, org), key, ca_cert.subject, ca_key, ca=False, email=email)
    return Identity(cert.public_bytes(serialization.Encoding.PEM), _pem_key(key), (ca.cert_pem,))


# Who signs in the tests: the claim's customer contact (tests.builders.CPOR_USAGE), the
# partner's contact, and a stranger.
def customer_self_signed() -> Identity:
    return self_signed_identity("John Doe", "john.doe@contoso.com", "Contoso Ltd")


def customer_ca_issued() -> Identity:
    return issued_identity(ca_identity(), "John Doe", "john.doe@contoso.com", "Contoso Ltd")


def partner_identity() -> Identity:
    return self_signed_identity("Priya Kaur", "pkaur@fabrikam.com", "Fabrikam, Inc.")


def stranger_identity() -> Identity:
    return self_signed_identity("Mallory Stone", "mallory@example.net", "Northwind Traders")


# -- documents ---------------------------------------------------------------------------------
def poe_pdf(pages: int = 2, customer: str = "Contoso Ltd", partner: str = "Fabrikam, Inc.") -> bytes:
    """A POE statement of work with a customer signature block on its last page."""
    pdf: Any = pymupdf.open()
    first = pdf.new_page()
    first.insert_text((72, 72), f"Statement of Work - Microsoft Intune deployment for {customer}", fontsize=12)
    first.insert_text((72, 100), f"Partner: {partner}", fontsize=11)
    first.insert_text((72, 118), f"Customer: {customer}", fontsize=11)
    first.insert_text((72, 136), f"Amount: USD {AMOUNT}", fontsize=11)
    first.insert_text((72, 164), "Activities: Intune enrolment of 900 devices, compliance policies,", fontsize=11)
    first.insert_text((72, 180), "Microsoft Defender for Endpoint onboarding and knowledge transfer.", fontsize=11)
    for number in range(2, pages + 1):
        page = pdf.new_page()
        page.insert_text((72, 72), f"Page {number}: project plan and acceptance", fontsize=11)
    last = pdf[pages - 1]
    last.insert_text((72, 600), "Customer acknowledgement", fontsize=11)
    last.insert_text((72, 618), "Customer Signatory Name (printed): John Doe", fontsize=11)
    data: bytes = pdf.tobytes()
    pdf.close()
    return data


def sign_pdf(
    pdf: bytes,
    identity: Identity,
    *,
    field: str = "Signature1",
    page: int = -1,
    box: tuple[int, int, int, int] = (72, 80, 300, 140),
    signing_time: dt.datetime | None = SIGNED_AT,
) -> bytes:
    """``pdf`` with a visible signature of ``identity`` in a new field (PDF user-space box).

    ``page`` is 0-based, -1 for the last page. ``signing_time`` fixes the signer's clock
    (the signing-time attribute and /M) so documents are reproducible apart from the key.
    """

    def cert(data: bytes) -> Any:
        return asn1_x509.Certificate.load(asn1_pem.unarmor(data)[2])

    signer = signers.SimpleSigner(
        signing_cert=cert(identity.cert_pem),
        signing_key=asn1_keys.PrivateKeyInfo.load(asn1_pem.unarmor(identity.key_pem)[2]),
        cert_registry=SimpleCertificateStore.from_certs([cert(c) for c in identity.chain_pem]),
    )
    if page < 0:
        page = pymupdf.open(stream=pdf, filetype="pdf").page_count + page
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    meta = signers.PdfSignatureMetadata(field_name=field, md_algorithm="sha256")
    pdf_signer = _FixedTimeSigner(
        meta, signer=signer, new_field_spec=fields.SigFieldSpec(field, on_page=page, box=box), when=signing_time
    )
    out = pdf_signer.sign_pdf(writer)
    return bytes(out.getvalue())


class _FixedTimeSigner(signers.PdfSigner):  # type: ignore[misc]
    """A PdfSigner whose clock reads ``when`` (pyHanko takes the signing time from the system clock)."""

    def __init__(self, *args: Any, when: dt.datetime | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._when = when

    def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
        session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
        if self._when is not None:
            session.system_time = self._when
        return session


def tamper_bytes(signed: bytes) -> bytes:
    """The amount edited in place after signing (USD 12,500 -> 92,500): same length, so the file still parses."""
    before = AMOUNT.encode().hex().encode()
    after = ("9" + AMOUNT[1:]).encode().hex().encode()
    assert signed.count(before) == 1, "the amount must appear once in the page content"
    return signed.replace(before, after)


def overlay_after_signing(signed: bytes, text: str = "Amount: USD 92,500") -> bytes:
    """An incremental update after signing that paints over the amount and writes a new one on page 1."""
    writer = IncrementalPdfFileWriter(io.BytesIO(signed), strict=False)
    font = writer.add_object(
        generic.DictionaryObject(
            {
                generic.NameObject("/Type"): generic.NameObject("/Font"),
                generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
                generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica"),
            }
        )
    )
    resources = generic.DictionaryObject(
        {generic.NameObject("/Font"): generic.DictionaryObject({generic.NameObject("/FOv"): font})}
    )
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    # white box over the printed amount (y = 842 - 136 in PDF user space), then the new figure
    content = f"q 1 1 1 rg 70 700 200 16 re f Q BT /FOv 11 Tf 72 706 Td ({escaped}) Tj ET".encode()
    stream = writer.add_object(generic.StreamObject(stream_data=content))
    writer.add_stream_to_page(0, stream, resources=resources)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# -- the documents the tests use ------------------------------------------------------------------
def customer_signed_poe(pages: int = 2) -> bytes:
    """The claim's customer contact signs with a self-signed certificate (intact, untrusted)."""
    return sign_pdf(poe_pdf(pages), customer_self_signed())


def ca_signed_poe(pages: int = 2) -> bytes:
    """The customer contact signs with a certificate of the small test CA (trusted when the CA is)."""
    return sign_pdf(poe_pdf(pages), customer_ca_issued())


def partner_signed_poe() -> bytes:
    return sign_pdf(poe_pdf(), partner_identity())


def stranger_signed_poe() -> bytes:
    """An untrusted signer whose identity is neither the customer's nor the partner's."""
    return sign_pdf(poe_pdf(), stranger_identity())


def tampered_poe() -> bytes:
    return tamper_bytes(customer_signed_poe())


def overlaid_poe() -> bytes:
    return overlay_after_signing(customer_signed_poe())


def countersigned_poe() -> bytes:
    """Signed by the customer, then countersigned by the partner in a second field."""
    first = customer_signed_poe()
    return sign_pdf(first, partner_identity(), field="Signature2", box=(320, 80, 540, 140))
