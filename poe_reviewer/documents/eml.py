"""Read an Internet mail file (.eml, RFC 5322 / MIME) into the email document shape.

The envelope (sender, recipients, date, subject, transport headers) goes to
``doc.email``; the body becomes a ``"body"`` segment under a ``"headers"`` segment, and
is split into the sender's own words and the quoted history
(:mod:`poe_reviewer.documents.thread`). Attachments, inline images and attached
messages (``message/rfc822``) become child documents. HTML is converted to text
locally; nothing referenced by the mail is ever fetched.

Real mail is often slightly broken: encoded words split inside a multi-byte character,
header lines that lost their folding whitespace, a missing Date. Such problems become
warnings on the document, never a failure, as long as some text can be read.

The helpers :func:`fill_email`, :func:`normalize_body` and :class:`ChildNames` are
shared with the Outlook reader (:mod:`poe_reviewer.documents.msg`).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import email
import email.errors
import email.policy
import mimetypes
import quopri
import re
from collections.abc import Iterator
from dataclasses import replace
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.utils import getaddresses

from poe_reviewer.dates import parse_header_date
from poe_reviewer.documents.htmltext import html_to_text
from poe_reviewer.documents.model import Address, Document, EmailInfo, Segment
from poe_reviewer.documents.registry import ExtractContext
from poe_reviewer.documents.thread import is_forward, split_thread
from poe_reviewer.errors import ExtractionError

_HEADER_NAME = re.compile(rb"^[!-9;-~]{1,76}:")
_MBOX_FROM = re.compile(rb"^From [^\r\n]*\r?\n")
_SIGNATURE_TYPES = {
    "application/pkcs7-signature": "S/MIME",
    "application/x-pkcs7-signature": "S/MIME",
    "application/pgp-signature": "PGP",
}
_ENCRYPTED_TYPES = ("multipart/encrypted", "application/pkcs7-mime", "application/x-pkcs7-mime")
_UNSAFE_NAME = re.compile(r"[\x00-\x1f/\\]+")
_MAIL_HEADERS = (b"from", b"to", b"subject", b"date", b"message-id", b"received", b"mime-version", b"cc")


# -- shared with msg.py ------------------------------------------------------------------------
def normalize_body(text: str) -> str:
    """One newline style, no trailing spaces, no runs of blank lines, no-break spaces as spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\x00", "")
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.rstrip()
        if not line.strip():
            if out and out[-1] == "":
                continue
            line = ""
        out.append(line)
    return "\n".join(out).strip("\n")


def format_date(value: dt.datetime) -> str:
    """A date as the header segment shows it: ISO-like, with its offset or UTC."""
    offset = value.utcoffset()
    if offset is None or offset == dt.timedelta(0):
        zone = "UTC"
    else:
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        zone = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return f"{value:%Y-%m-%d %H:%M} {zone}"


def fill_email(doc: Document, info: EmailInfo, body: str) -> None:
    """Set the envelope, the thread split and the header/body segments of an email document."""
    body = normalize_body(body)
    own, quoted = split_thread(body)
    info.own_text = own
    info.forwarded = is_forward(info.subject, body)
    if info.forwarded and quoted and quoted[0].kind != "forward":
        quoted[0] = replace(quoted[0], kind="forward")
    info.quoted = quoted
    doc.email = info
    lines: list[str] = []
    if info.sender is not None and str(info.sender):
        lines.append(f"From: {info.sender}")
    if info.to:
        lines.append("To: " + "; ".join(str(a) for a in info.to if str(a)))
    if info.cc:
        lines.append("Cc: " + "; ".join(str(a) for a in info.cc if str(a)))
    if info.date is not None:
        lines.append(f"Sent: {format_date(info.date)}")
    lines.append(f"Subject: {info.subject}")
    doc.segments.append(Segment(text="\n".join(lines), page=None, label="headers"))
    doc.segments.append(Segment(text=body, page=None, label="body"))


class ChildNames:
    """Safe, unique names for the children of one document (the names become path parts)."""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def __call__(self, name: str | None, fallback: str) -> str:
        clean = _UNSAFE_NAME.sub("_", (name or "").strip()).strip(" .") or fallback
        if len(clean) > 150:
            stem, dot, ext = clean.rpartition(".")
            clean = (stem[: 140 - len(ext)] + dot + ext) if dot and len(ext) <= 10 else clean[:150]
        candidate = clean
        n = 2
        while candidate.lower() in self._seen:
            stem, dot, ext = clean.rpartition(".")
            candidate = f"{stem} ({n}).{ext}" if dot and stem else f"{clean} ({n})"
            n += 1
        self._seen.add(candidate.lower())
        return candidate


def decode_words(raw: str) -> str:
    """Decode RFC 2047 encoded words, joining adjacent ones first so split characters survive."""
    unfolded = re.sub(r"\r?\n[ \t]*", " ", raw)
    try:
        return str(make_header(decode_header(unfolded))).strip()
    except (LookupError, UnicodeError, ValueError, email.errors.MessageError):
        return unfolded.strip()


def parse_addresses(raw: str | None) -> list[Address]:
    """Addresses of a To/Cc/From header value (raw or decoded), names decoded."""
    if not raw:
        return []
    unfolded = re.sub(r"\r?\n[ \t]*", " ", raw)
    result: list[Address] = []
    for name, addr in getaddresses([unfolded]):
        name = decode_words(name) if name else ""
        addr = addr.strip().strip("<>").strip()
        if not addr and not name:
            continue
        if addr and "@" not in addr:
            # "Name" with no address parses as a local part; keep it as the name
            name, addr = name or addr, ""
        result.append(Address(name=name or None, email=addr or None))
    return result


# -- .eml specifics ----------------------------------------------------------------------------
def _repair_headers(data: bytes) -> tuple[bytes, list[str]]:
    """Strip an mbox "From " line and re-fold header lines that lost their leading whitespace."""
    notes: list[str] = []
    if data.startswith(b"From "):
        data = _MBOX_FROM.sub(b"", data, count=1)
    sep = re.search(rb"\r?\n\r?\n", data)
    head_end = sep.start() if sep else len(data)
    head = data[:head_end]
    lines = head.split(b"\n")
    if not lines or not _HEADER_NAME.match(lines[0].lstrip(b"\xef\xbb\xbf")):
        return data, notes
    fixed: list[bytes] = []
    changed = False
    for line in lines:
        if line[:1] in (b" ", b"\t") or _HEADER_NAME.match(line) or not line.strip(b"\r"):
            fixed.append(line)
        else:
            fixed.append(b" " + line)
            changed = True
    if changed:
        notes.append("some header lines were not folded correctly; they were read as continuations")
        return b"\n".join(fixed) + data[head_end:], notes
    return data, notes


def looks_like_message(data: bytes) -> bool:
    """Whether ``data`` starts with an RFC 5322 header block carrying real mail headers."""
    data = data.lstrip(b"\xef\xbb\xbf")
    if data.startswith(b"From "):
        data = _MBOX_FROM.sub(b"", data, count=1)
    sep = re.search(rb"\r?\n\r?\n", data[:262144])
    if sep is None:
        return False
    lines = data[: sep.start()].split(b"\n")
    names: set[bytes] = set()
    for line in lines:
        if line[:1] in (b" ", b"\t"):
            continue
        m = _HEADER_NAME.match(line)
        if not m:
            if line.lstrip().startswith(b"=?"):
                continue  # an encoded word that lost its folding: still a header block
            return False
        names.add(m.group(0)[:-1].lower())
    return b"from" in names and len(names & set(_MAIL_HEADERS)) >= 2


def _walk(part: Message, parent: str = "", depth: int = 0) -> Iterator[tuple[Message, str]]:
    """Leaf parts with the subtype of their multipart parent; attached messages are leaves."""
    if part.get_content_maintype() == "multipart" and depth < 40:
        payload = part.get_payload()
        if isinstance(payload, list):
            for sub in payload:
                if isinstance(sub, Message):
                    yield from _walk(sub, part.get_content_subtype(), depth + 1)
            return
        if isinstance(payload, str) and payload.strip():
            # a multipart without a boundary whose body is itself a MIME entity (seen from
            # Outlook's PGP conversion): read the body as the real part
            inner = email.message_from_string(payload.lstrip("\r\n"), policy=email.policy.default)
            if inner.keys() and inner.get_content_maintype() == "multipart":
                yield from _walk(inner, part.get_content_subtype(), depth + 1)
                return
    yield part, parent


def _text_of(part: Message) -> str:
    """A text part decoded with its charset, falling back to UTF-8 then cp1252."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    charset = part.get_content_charset() or ""
    for candidate in (charset, "utf-8", "cp1252"):
        if not candidate:
            continue
        try:
            return payload.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("utf-8", errors="replace")


def _message_bytes(part: Message) -> bytes | None:
    payload = part.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        inner = payload[0]
        for pol in (email.policy.default, email.policy.compat32):
            try:
                data = inner.as_bytes(policy=pol)
            except (ValueError, TypeError, LookupError, UnicodeError, email.errors.MessageError):
                continue
            # message/rfc822 may not be encoded, but some mailers base64 it anyway
            cte = str(part.get("content-transfer-encoding") or "").strip().lower()
            if cte == "base64":
                try:
                    return base64.b64decode(b"".join(data.split()), validate=False) or data
                except (ValueError, binascii.Error):
                    return data
            if cte == "quoted-printable":
                return quopri.decodestring(data)
            return data
        return None
    if isinstance(payload, str):
        return payload.encode("utf-8", errors="replace")
    decoded = part.get_payload(decode=True)
    return decoded if isinstance(decoded, bytes) else None


def _body_part(msg: EmailMessage, subtype: str) -> Message | None:
    """The text/<subtype> body part; the first inline one when the structure is too broken for get_body."""
    try:
        return msg.get_body(preferencelist=(subtype,))
    except (AttributeError, TypeError, KeyError, IndexError):
        pass  # a multipart whose payload is not a list of parts
    for part, _parent in _walk(msg):
        if (
            part.get_content_type() == f"text/{subtype}"
            and part.get_content_disposition() != "attachment"
            and part.get_filename() is None
        ):
            return part
    return None


def _date(raw: str | None, warnings: list[str]) -> dt.datetime | None:
    if not raw:
        warnings.append("the email has no Date header")
        return None
    value = parse_header_date(raw)
    if value is None:
        warnings.append(f"the email's Date header cannot be read: {raw.strip()[:80]!r}")
    return value


def _first(msg: Message, name: str) -> str | None:
    """The first header called ``name``, undecoded: addresses are parsed before names are decoded."""
    for key, value in msg.raw_items():
        if key.lower() == name:
            return str(value)
    return None


def extract(doc: Document, data: bytes, ctx: ExtractContext) -> None:
    """Read an .eml file into ``doc`` (see the module docstring)."""
    data = data.lstrip(b"\xef\xbb\xbf")
    repaired, notes = _repair_headers(data)
    doc.warnings.extend(notes)
    try:
        msg = email.message_from_bytes(repaired, policy=email.policy.default)
    except (ValueError, TypeError, LookupError, UnicodeError, email.errors.MessageError) as exc:
        raise ExtractionError(doc.path, f"damaged email file: {exc}") from exc
    if not isinstance(msg, EmailMessage):  # pragma: no cover - policy.default always builds these
        raise ExtractionError(doc.path, "damaged email file: unexpected message object")

    has_headers = bool(msg.keys())
    if not has_headers:
        doc.warnings.append("no email headers found; the file was read as plain text")
    defects = sorted({type(d).__name__ for d in msg.defects})
    if defects:
        doc.warnings.append("the email's structure has defects: " + ", ".join(defects))

    headers: list[tuple[str, str]] = []
    for name, value in msg.raw_items():
        headers.append((name, decode_words(str(value))))

    senders = parse_addresses(_first(msg, "from"))
    if has_headers and not senders:
        doc.warnings.append("the email has no readable From header")
    info = EmailInfo(
        sender=senders[0] if senders else None,
        to=parse_addresses(_first(msg, "to")),
        cc=parse_addresses(_first(msg, "cc")),
        date=_date(_first(msg, "date"), doc.warnings) if has_headers else None,
        subject=decode_words(_first(msg, "subject") or ""),
        headers=headers,
        message_class=msg.get_content_type(),
    )

    plain = _body_part(msg, "plain")
    html_part = _body_part(msg, "html")
    body_parts = {id(p) for p in (plain, html_part) if p is not None}
    body = ""
    if html_part is not None:
        info.html = _text_of(html_part)
    if plain is not None:
        body = _text_of(plain)
        info.body_format = "text"
    elif info.html is not None:
        body = html_to_text(info.html)
        info.body_format = "html"

    names = ChildNames()
    extra_text: list[str] = []
    for index, (part, parent) in enumerate(_walk(msg), start=1):
        if id(part) in body_parts:
            continue
        ctype = part.get_content_type()
        filename = part.get_filename()
        disposition = part.get_content_disposition()
        if ctype in _SIGNATURE_TYPES:
            doc.metadata["email_signature"] = _SIGNATURE_TYPES[ctype]
            continue
        if ctype in _ENCRYPTED_TYPES or ctype == "application/pgp-encrypted":
            doc.warnings.append("the email has encrypted content that cannot be read")
            continue
        if ctype.startswith("multipart/"):
            doc.warnings.append(f"a {ctype} part of the email is malformed and was skipped")
            continue
        if ctype == "message/rfc822":
            inner = _message_bytes(part)
            if inner is None:
                doc.warnings.append("an attached message could not be read")
                continue
            sub = part.get_payload()
            subject = ""
            if isinstance(sub, list) and sub and isinstance(sub[0], Message):
                subject = decode_words(str(sub[0].get("subject") or ""))
            name = names(filename or (f"{subject}.eml" if subject else None), f"attached-message-{index}.eml")
            doc.children.append(ctx.child(inner, name, doc))
            continue
        if filename is None and parent == "alternative":
            continue  # another rendering of the body (text/enriched, application/rtf, ...)
        if filename is None and disposition != "attachment" and ctype in ("text/plain", "text/html"):
            # a text part inside a mixed or signed body (Apple Mail puts text after inline pictures)
            text = _text_of(part)
            text = html_to_text(text) if ctype == "text/html" else text
            if normalize_body(text) and normalize_body(text) not in normalize_body(body):
                extra_text.append(text)
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload:
            continue
        if ctype == "application/ms-tnef" or (filename or "").lower() == "winmail.dat":
            doc.warnings.append("a winmail.dat (Outlook TNEF) attachment was not read")
            continue
        ext = mimetypes.guess_extension(ctype) or ".bin"
        content_id = (part.get("content-id") or "").strip().strip("<>")
        child = ctx.child(payload, names(filename, f"part-{index}{ext}"), doc)
        if content_id and (disposition == "inline" or (disposition is None and parent == "related")):
            child.metadata["disposition"] = "inline"
        doc.children.append(child)

    if extra_text:
        body = "\n\n".join([body, *extra_text]) if body else "\n\n".join(extra_text)
    if not body.strip() and msg.get_content_maintype() == "text" and plain is None and html_part is None:
        body = _text_of(msg)  # a single text part that is neither plain nor HTML (text/enriched, ...)
    if not body.strip():
        doc.warnings.append("the email has no text body")
    fill_email(doc, info, body)
