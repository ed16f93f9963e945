"""Validate the digital signatures of a PDF with pyHanko, offline, for a reviewer.

The seed accepts "a valid, secure, and verifiable electronic signature". For a certificate-based
PDF signature that means: the signed bytes are unchanged (*intact*), the signature value is
cryptographically *valid*, it covers the whole document (or what was added after it is only
form filling or further signatures), and the certificate names who signed. This module answers
those questions for every signature of a PDF with pyHanko and returns one
:class:`~poe_reviewer.documents.model.SignatureValidation` per signature field.

Trust: nothing is fetched, ever (no OCSP, CRL or AIA requests: ``allow_fetching=False``), and no
certificate is trusted unless ``resources/policy/signatures.toml`` names trust roots. So most
signatures are reported as *untrusted* or *self-signed*; the customer_acknowledgement check then
accepts them only when the signer's identity is the customer's.

Every pyHanko failure (a PDF its reader cannot parse, a malformed signature container, a legacy
format it does not list) becomes a sentence for the reviewer in :func:`describe_failure`, the one
place that translates them; validating never raises for a document's sake.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import dataclasses
import datetime as dt
import io
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, TypeVar

from poe_reviewer.documents.model import SignatureField, SignatureValidation
from poe_reviewer.errors import PolicyError
from poe_reviewer.policy import Policy, load_policy
from poe_reviewer.resources import resource_path

log = logging.getLogger(__name__)

T = TypeVar("T")


class _AsDebug(logging.Handler):
    """pyHanko logs what it finds (a self-signed certificate, a change after signing) as warnings
    with tracebacks; here those are expected results, reported in the document model. Its
    records are passed on as debug messages of this module instead of reaching the console."""

    def emit(self, record: logging.LogRecord) -> None:
        log.debug("%s: %s", record.name, record.getMessage(), exc_info=record.exc_info)


for _name in ("pyhanko", "pyhanko_certvalidator"):
    _logger = logging.getLogger(_name)
    if not any(isinstance(h, _AsDebug) for h in _logger.handlers):
        _logger.addHandler(_AsDebug())
    _logger.propagate = False

#: pyHanko's coverage levels, as the document model names them. A signature that covers only a
#: contiguous block from the start of the file leaves the rest unsigned: partial, so UNCLEAR.
_COVERAGE: dict[str, Literal["ENTIRE_FILE", "ENTIRE_REVISION", "UNCLEAR"]] = {
    "ENTIRE_FILE": "ENTIRE_FILE",
    "ENTIRE_REVISION": "ENTIRE_REVISION",
    "CONTIGUOUS_BLOCK_FROM_START": "UNCLEAR",
    "UNCLEAR": "UNCLEAR",
}
_MODIFICATIONS = ("NONE", "LTA_UPDATES", "FORM_FILLING", "ANNOTATIONS", "OTHER")
Modification = Literal["NONE", "LTA_UPDATES", "FORM_FILLING", "ANNOTATIONS", "OTHER"]

#: Sub-filters of signature formats pyHanko does not validate (it does not even list them).
_LEGACY_FORMATS = {
    "adbe.x509.rsa_sha1": "the legacy adbe.x509.rsa_sha1 format (a raw RSA signature from the 2000s)",
    "adbe.pkcs7.sha1": "the legacy adbe.pkcs7.sha1 format",
}

# -- settings ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrustSettings:
    """What the validation trusts and tolerates (``resources/policy/signatures.toml``)."""

    #: DER or PEM certificates of trusted roots; empty trusts nothing.
    trust_roots: tuple[bytes, ...] = ()
    #: The signer's certificate must allow one of these key usages to be trusted.
    key_usage: frozenset[str] = frozenset({"digital_signature", "non_repudiation"})
    #: Changes after signing that leave a signature intact.
    allowed_changes: frozenset[str] = frozenset({"NONE", "LTA_UPDATES", "FORM_FILLING"})
    #: Changes after signing a reviewer must look at.
    review_changes: frozenset[str] = frozenset({"ANNOTATIONS"})
    #: Larger PDFs are not validated.
    max_bytes: int = 60_000_000

    @classmethod
    def from_policy(cls, section: Mapping[str, Any], base: Path) -> TrustSettings:
        """Settings from the ``signatures`` policy section; root paths are relative to ``base``."""
        roots: list[bytes] = []
        for entry in section.get("trust_roots", []):
            path = (base / str(entry)).resolve()
            try:
                data = path.read_bytes()
                if not _certificates(data):
                    raise ValueError("no certificate in the file")
            except (OSError, ValueError) as exc:
                raise PolicyError(f"signatures.toml: trust root {entry} cannot be read ({exc})") from exc
            roots.append(data)
        for name in ("allowed_changes", "review_changes"):
            unknown = {str(v) for v in section.get(name, [])} - set(_MODIFICATIONS)
            if unknown:
                raise PolicyError(f"signatures.toml: {name} has unknown levels {sorted(unknown)}")
        default = cls()
        return cls(
            trust_roots=tuple(roots),
            key_usage=frozenset(str(k) for k in section.get("key_usage", default.key_usage)),
            allowed_changes=frozenset(str(v) for v in section.get("allowed_changes", default.allowed_changes)),
            review_changes=frozenset(str(v) for v in section.get("review_changes", default.review_changes)),
            max_bytes=int(section.get("max_bytes", default.max_bytes)),
        )


@lru_cache(maxsize=4)
def _settings_for(directory: str) -> TrustSettings:
    policy: Policy = load_policy(Path(directory))
    try:
        section = policy["signatures"]
    except PolicyError:
        return TrustSettings()  # no signatures.toml: trust nothing (the safe default)
    return TrustSettings.from_policy(section, Path(directory))


def policy_settings() -> TrustSettings:
    """The settings of the program policy (``resources/policy/signatures.toml``), cached."""
    return _settings_for(str(resource_path("policy")))


# -- results -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FoundSignature:
    """A signature pyHanko found, by the fully qualified name of its field."""

    field: str
    validation: SignatureValidation


@dataclass(frozen=True)
class PdfSignatures:
    """Every signature of one PDF, in signing order, or why none could be validated."""

    signatures: tuple[FoundSignature, ...] = ()
    #: Why the PDF's signatures could not be validated at all (None when pyHanko read the file).
    note: str | None = None


# -- the one place where pyHanko's failures become sentences ----------------------------------------

_ENCRYPTED = "the PDF is encrypted, so its signatures cannot be checked without the password"


def describe_failure(exc: BaseException) -> str:
    """A pyHanko (or asn1crypto) failure as a sentence a reviewer understands."""
    name = type(exc).__name__
    message = " ".join(str(getattr(exc, "failure_message", None) or exc).split())
    if len(message) > 160:
        message = message[:159] + "…"
    lowered = message.lower()
    if name in ("WeakHashAlgorithmError", "DisallowedAlgorithmError"):
        return f"the signature uses an algorithm that is no longer considered secure ({message})"
    if name == "SignatureValidationError":
        return f"the signature container is malformed ({message})"
    if "authenticate first" in lowered or "encrypt" in lowered or "security handler" in lowered:
        return _ENCRYPTED
    if name in ("PdfReadError", "PdfStrictReadError", "PdfError", "IndirectObjectExpected"):
        return f"the PDF's internal structure is too damaged to check its signatures ({message})"
    if isinstance(exc, NotImplementedError):
        return f"the signature uses a format this tool cannot check ({message or name})"
    if isinstance(exc, RecursionError):
        return "the PDF's structure is nested too deeply to check its signatures"
    if isinstance(exc, MemoryError):
        return "the PDF is too large to check its signatures"
    return (
        f"the signature could not be checked ({name}: {message})"
        if message
        else f"the signature could not be checked ({name})"
    )


_TRUST_NOTES = {
    "NO_CERTIFICATE_CHAIN_FOUND": "its certificate does not chain to a trusted authority",
    "CHAIN_CONSTRAINTS_FAILURE": "its certificate chain does not meet the requirements for trust",
    "CERTIFICATE_CHAIN_GENERAL_FAILURE": "its certificate chain could not be verified",
    "EXPIRED": "its certificate has expired",
    "OUT_OF_BOUNDS_NO_POE": "its certificate has expired",
    "OUT_OF_BOUNDS_NOT_REVOKED": "its certificate has expired",
    "NOT_YET_VALID": "its certificate was not yet valid",
    "REVOKED": "its certificate has been revoked",
    "REVOKED_NO_POE": "its certificate has been revoked",
    "REVOKED_CA_NO_POE": "the authority that issued its certificate has been revoked",
    "CRYPTO_CONSTRAINTS_FAILURE": "it uses an algorithm that is no longer considered secure",
    "CRYPTO_CONSTRAINTS_FAILURE_NO_POE": "it uses an algorithm that is no longer considered secure",
    "SIG_CONSTRAINTS_FAILURE": "its certificate is not meant for signing documents",
}


def _trust_note(indication: Any, trusted: bool, self_signed: bool, have_roots: bool) -> str:
    if trusted:
        return ""
    if self_signed:
        return "the certificate is self-signed: anyone can make one in any name"
    name = str(getattr(indication, "name", "") or "")
    if name == "NO_CERTIFICATE_CHAIN_FOUND" and not have_roots:
        return "no trusted certificate authority is configured, so its issuer cannot be verified"
    return _TRUST_NOTES.get(name, f"its certificate could not be verified ({name.lower().replace('_', ' ')})")


# -- validation --------------------------------------------------------------------------------------


def validate_pdf(data: bytes, settings: TrustSettings | None = None) -> PdfSignatures:
    """Validate every signature of the PDF ``data``; never raises for the document's sake."""
    settings = settings or policy_settings()
    if len(data) > settings.max_bytes:
        return PdfSignatures(
            note=f"the PDF is larger than {settings.max_bytes // 1_000_000} MB, so its signatures were not "
            "checked here; check them in a PDF reader"
        )
    return _off_the_event_loop(lambda: _validate_all(data, settings))


def _off_the_event_loop(work: Callable[[], T]) -> T:
    """Run ``work`` here, or in a worker thread when an asyncio loop runs in this one.

    pyHanko's synchronous API starts its own event loop, which fails inside a running one.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return work()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(work).result()


def _validate_all(data: bytes, settings: TrustSettings) -> PdfSignatures:
    # pyHanko is imported here: it costs ~0.5 s, paid only by bundles with signed PDFs
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypt_dict is not None:
            # an owner password alone (empty user password) still lets anyone read the file
            from pyhanko.pdf_utils.crypt import AuthStatus

            if reader.decrypt(b"").status == AuthStatus.FAILED:
                return PdfSignatures(note=_ENCRYPTED)
        embedded = list(reader.embedded_signatures)
    except Exception as exc:  # pyHanko parses untrusted bytes: any failure is this PDF's note (logged)
        log.debug("pyHanko cannot read the PDF", exc_info=True)
        return PdfSignatures(note=describe_failure(exc))

    found: list[FoundSignature] = []
    for index, sig in enumerate(embedded):
        try:
            name = str(sig.field_name)
        except Exception:  # noqa: BLE001 - a field without a readable name is still a signature
            name = f"signature {index + 1}"
        found.append(FoundSignature(name, _validate_one(sig, settings)))
    return PdfSignatures(tuple(found))


def _certificates(data: bytes) -> list[Any]:
    """The certificates of a PEM or DER file (``ValueError`` when it holds none that parse)."""
    from pyhanko.keys import load_certs_from_pemder_data

    try:
        return list(load_certs_from_pemder_data(data))
    except (ValueError, TypeError) as exc:
        raise ValueError(f"not a PEM or DER certificate: {exc}") from exc


def _validation_context(settings: TrustSettings) -> Any:
    from pyhanko_certvalidator import ValidationContext

    roots = [cert for data in settings.trust_roots for cert in _certificates(data)]
    # offline: nothing fetched; revocation soft-fail, since no revocation data can be had
    return ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")


def _validate_one(sig: Any, settings: TrustSettings) -> SignatureValidation:
    from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
    from pyhanko.sign.validation.settings import KeyUsageConstraints

    status: Any
    try:
        timestamp = str(sig.sig_object_type) == "/DocTimeStamp"
        if timestamp:
            status = validate_pdf_timestamp(sig, validation_context=_validation_context(settings))
        else:
            status = validate_pdf_signature(
                sig,
                signer_validation_context=_validation_context(settings),
                key_usage_settings=KeyUsageConstraints(key_usage=set(settings.key_usage)),
            )
        return _judge(status, timestamp, settings)
    except Exception as exc:  # a malformed signature is this signature's note, not a crash (logged)
        log.debug("pyHanko cannot validate a signature", exc_info=True)
        return SignatureValidation(
            state="unverifiable", problem=describe_failure(exc), error=describe_failure(exc), **_identity_of(sig)
        )


def _identity_of(sig: Any) -> dict[str, Any]:
    """The signer named by the certificate of a signature that could not be validated, if readable."""
    try:
        return _identity(sig.signer_cert)
    except Exception:  # noqa: BLE001 - the container may be too broken to name its signer
        return {}


def _judge(status: Any, timestamp: bool, settings: TrustSettings) -> SignatureValidation:
    """pyHanko's status as a reviewer's verdict: what state, what is wrong, who, when, how trusted."""
    cert = status.signing_cert
    coverage = _COVERAGE.get(getattr(status.coverage, "name", ""), "UNCLEAR") if status.coverage else None
    level = getattr(status.modification_level, "name", None)
    modification: Modification | None = level if level in _MODIFICATIONS else None
    intact, valid = bool(status.intact), bool(status.valid)
    trusted = bool(status.trusted)
    self_signed = not trusted and bool(cert.self_issued)
    trust: Literal["trusted", "untrusted", "self-signed"] = (
        "trusted" if trusted else "self-signed" if self_signed else "untrusted"
    )
    when, source = _signing_time(status, timestamp)

    problems: list[str] = []
    if not intact:
        problems.append("the document was changed after signing (its bytes no longer match what was signed)")
    elif not valid:
        problems.append("the signature value does not match the signer's certificate")
    if coverage == "UNCLEAR" or coverage is None:
        problems.append("the signature does not cover the whole document (part of the file is outside what was signed)")
    elif coverage == "ENTIRE_REVISION" and modification not in settings.allowed_changes | settings.review_changes:
        problems.append("the document was changed after signing")
    elif getattr(status, "docmdp_ok", True) is False and modification not in ("NONE", None):
        problems.append("the document was changed after signing in a way its certification does not allow")
    tst = getattr(status, "timestamp_validity", None)
    if tst is not None and not (tst.intact and tst.valid):
        problems.append("the timestamp on the signature is damaged")

    state: Literal["intact", "changed", "broken", "unverifiable"] = "intact"
    if problems:
        state = "broken"
    elif coverage == "ENTIRE_REVISION" and modification in settings.review_changes:
        state = "changed"
        problems.append("comments or other markup were added after signing")
    return SignatureValidation(
        state=state,
        problem="; ".join(problems),
        kind="timestamp" if timestamp else "signature",
        intact=intact,
        valid=valid,
        coverage=coverage,
        modification=modification,
        trust=trust,
        trust_note=_trust_note(status.trust_problem_indic, trusted, self_signed, bool(settings.trust_roots)),
        signing_time=when,
        time_source=source,
        **_identity(cert),
    )


def _signing_time(status: Any, timestamp: bool) -> tuple[dt.datetime | None, Literal["timestamp", "signer"] | None]:
    """A timestamp authority's time where there is one, else the signer's own clock."""
    if timestamp:
        return getattr(status, "timestamp", None), "timestamp"
    tst = getattr(status, "timestamp_validity", None)
    if tst is not None and getattr(tst, "timestamp", None) is not None:
        return tst.timestamp, "timestamp"
    reported = getattr(status, "signer_reported_dt", None)
    return (reported, "signer") if reported is not None else (None, None)


def _first(value: Any) -> str | None:
    """One text value of a certificate name attribute (attributes may repeat)."""
    if isinstance(value, list | tuple):
        value = next((v for v in value if v), None)
    text = " ".join(str(value).split()) if value else ""
    return text or None


def _identity(cert: Any) -> dict[str, Any]:
    """The signer's name, e-mail and organisation from a certificate subject, and its issuer."""
    subject: Mapping[str, Any] = cert.subject.native
    name = _first(subject.get("common_name"))
    email = _first(subject.get("email_address"))
    if email is None:
        email = next(_rfc822_names(cert), None)
    if email is None and name and "@" in name and " " not in name:
        email = name  # a certificate named by its e-mail address (CN=mak@trisoft.com.pl)
    issuer: Mapping[str, Any] = cert.issuer.native
    return {
        "signer_name": name,
        "signer_email": email.lower() if email else None,
        "signer_org": _first(subject.get("organization_name")),
        "issuer": _first(issuer.get("common_name")) or _first(issuer.get("organization_name")),
    }


def _rfc822_names(cert: Any) -> Iterator[str]:
    try:
        names = cert.subject_alt_name_value
    except ValueError:  # a malformed extension
        return
    for general in names or ():
        if general.name == "rfc822_name" and general.native:
            yield str(general.native)


# -- joining the results to the extracted signature fields ------------------------------------------


def _unlisted(field: SignatureField) -> SignatureValidation:
    """A signed field pyHanko did not list: a legacy format, or a field it could not resolve."""
    legacy = _LEGACY_FORMATS.get((field.sub_filter or "").lower())
    if legacy:
        reason = f"the signature uses {legacy}, which cannot be validated here; check it in a PDF reader"
    else:
        reason = "the signature could not be found in the PDF's form by the validator; check it in a PDF reader"
    return SignatureValidation(state="unverifiable", problem=reason, error=reason)


def attach(fields: Sequence[SignatureField], found: PdfSignatures) -> list[SignatureField]:
    """``fields`` with their validation, plus any signature the extractor did not see.

    Fields are matched by their fully qualified name, then leftovers in order. A signed field's
    signer and signing time are completed from the certificate when the signature dictionary
    did not name them, and a timestamp authority's time replaces the signer's own clock.
    """
    out = list(fields)
    if found.note is not None:
        failed = SignatureValidation(state="unverifiable", problem=found.note, error=found.note)
        return [dataclasses.replace(f, validation=failed) if f.signed else f for f in out]

    pending = list(found.signatures)
    matched: dict[int, SignatureValidation] = {}
    for i, f in enumerate(out):
        if not f.signed:
            continue
        hit = next((s for s in pending if s.field == f.name), None)
        if hit is not None:
            pending.remove(hit)
            matched[i] = hit.validation
    for i, f in enumerate(out):
        if f.signed and i not in matched and pending and (f.sub_filter or "").lower() not in _LEGACY_FORMATS:
            matched[i] = pending.pop(0).validation
    for i, f in enumerate(out):
        if not f.signed:
            continue
        v = matched.get(i) or _unlisted(f)
        out[i] = dataclasses.replace(
            f,
            validation=v,
            signer=f.signer or v.signer_name,
            # a timestamp or the signed signing-time attribute beats the unsigned /M entry
            signing_time=v.signing_time or f.signing_time,
        )
    out.extend(
        SignatureField(
            name=s.field,
            signed=True,
            signer=s.validation.signer_name,
            signing_time=s.validation.signing_time,
            validation=s.validation,
        )
        for s in pending
    )
    return out
