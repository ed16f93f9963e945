"""Read an Outlook .msg file (extract-msg) into the email document shape.

What a reviewer needs from an Outlook message, and where it hides:

* the sender's SMTP address, even when Exchange stored only its internal X.500 address:
  ``PR_SENDER_SMTP_ADDRESS`` (0x5D01), ``PR_SENT_REPRESENTING_SMTP_ADDRESS`` (0x5D02), an
  SMTP-typed sender address, the ``From:`` of the transport headers; only then the
  X.500 address, with a warning (the customer-domain check cannot use it);
* the body: the stored plain text, else the HTML body converted locally, else the RTF
  body (de-encapsulated HTML/text, or real RTF reduced to text);
* attachments, inline images and embedded messages, which become child documents
  (embedded messages are exported to bytes in memory and read like any .msg);
* the right code page: non-Unicode ("ANSI") stores keep 8-bit strings in the writer's
  Windows code page, which extract-msg guesses wrongly when ``PR_MESSAGE_CODEPAGE`` is
  missing. We pick it from the code page, the locale (``PR_MESSAGE_LOCALE_ID``), the RTF
  ``\\ansicpg``, the transport headers' charset or ``PR_INTERNET_CPID``, keeping the first
  one that decodes the message's strings cleanly.

A property that cannot be read costs a warning, never the rest of the message. Calendar
items, contacts, tasks and reports are read but carry a warning that they are not emails.
"""

from __future__ import annotations

import datetime as dt
import email.message
import email.policy
import email.utils
import functools
import logging
from email.parser import HeaderParser
from typing import Any

import extract_msg
from extract_msg.enums import AttachmentType, DeencapType, RecipientType

from poe_reviewer.dates import parse_header_date
from poe_reviewer.documents.eml import ChildNames, decode_words, fill_email, parse_addresses
from poe_reviewer.documents.htmltext import html_to_text
from poe_reviewer.documents.model import Address, Document, EmailInfo
from poe_reviewer.documents.msg_text import (
    CHARSET,
    ERROR_BEHAVIOR,
    NON_MAIL,
    attr_of,
    codec_for,
    int_prop,
    raw_stream,
    rtf_to_text,
    safe,
    same_codec,
    store_encoding,
    string_prop,
)
from poe_reviewer.documents.registry import ExtractContext
from poe_reviewer.errors import ExtractionError

log = logging.getLogger(__name__)

# extract-msg logs every oddity of a file at WARNING/ERROR; the reviewer sees our warnings instead
logging.getLogger("extract_msg").setLevel(logging.CRITICAL)


def _open(doc: Document, data: bytes, encoding: str | None) -> Any:
    kwargs: dict[str, Any] = {"strict": False, "delayAttachments": True, "errorBehavior": ERROR_BEHAVIOR}
    if encoding:
        kwargs["overrideEncoding"] = encoding
    try:
        return extract_msg.openMsg(data, **kwargs)
    except Exception as exc:  # olefile/extract-msg raise many types on damaged files
        text = str(exc).strip() or type(exc).__name__
        raise ExtractionError(doc.path, f"damaged Outlook message: {text}") from exc


# -- body ---------------------------------------------------------------------------------------
def _decode_html(raw: bytes, cpid: int | None, store: str) -> str:
    candidates: list[str] = []
    if cpid and (codec := codec_for(cpid)):
        candidates.append(codec)
    if m := CHARSET.search(raw[:4096]):
        candidates.append(m.group(1).decode("ascii", errors="ignore"))
    candidates += [store, "utf-8", "cp1252"]
    for codec in candidates:
        try:
            return raw.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("utf-8", errors="replace")


def _native_html(msg: Any, cpid: int | None, store: str) -> str | None:
    raw = raw_stream(msg, "__substg1.0_10130102")
    if raw is not None:
        return _decode_html(raw, cpid, store)
    uni = raw_stream(msg, "__substg1.0_1013001F")
    if uni is not None:
        return uni.decode("utf-16-le", errors="replace").rstrip("\x00")
    ansi = raw_stream(msg, "__substg1.0_1013001E")
    if ansi is not None:
        return _decode_html(ansi.rstrip(b"\x00"), cpid, store)
    return None


def _rtf_body(msg: Any, info: EmailInfo, warnings: list[str]) -> str:
    rtf = safe(lambda: msg.rtfBody, None, warnings, "RTF body")
    if not isinstance(rtf, bytes) or not rtf:
        return ""
    head = rtf[:2048]
    if b"\\fromhtml" in head:
        html = safe(lambda: msg.deencapsulateBody(rtf, DeencapType.HTML), None)
        if isinstance(html, bytes):
            html = html.decode("utf-8", errors="replace")
        if isinstance(html, str) and html.strip():
            info.html = html
            return html_to_text(html)
    elif b"\\fromtext" in head:
        plain = safe(lambda: msg.deencapsulateBody(rtf, DeencapType.PLAIN), None)
        if isinstance(plain, bytes):
            plain = plain.decode("utf-8", errors="replace")
        if isinstance(plain, str) and plain.strip():
            return plain
    return rtf_to_text(rtf)


def _body(msg: Any, info: EmailInfo, store: str, warnings: list[str]) -> str:
    cpid = int_prop(msg, "3FDE0003")
    plain = string_prop(msg, "1000", store)
    if plain is None:
        plain = safe(lambda: msg.body, None, warnings, "text body")
    html = safe(lambda: _native_html(msg, cpid, store), None, warnings, "HTML body")
    if html is not None:
        info.html = html
    if isinstance(plain, str) and plain.strip():
        info.body_format = "text"
        return plain
    if html is not None and html.strip():
        info.body_format = "html"
        return html_to_text(html)
    info.body_format = "rtf"
    return _rtf_body(msg, info, warnings)


# -- envelope ------------------------------------------------------------------------------------
def _transport_headers(msg: Any, store: str) -> list[tuple[str, str]]:
    text = string_prop(msg, "007D", store)
    if not text or not text.strip():
        return []
    parsed = HeaderParser(policy=email.policy.compat32).parsestr(text.lstrip())
    return [(k, decode_words(str(v))) for k, v in parsed.items()]


def _header(headers: list[tuple[str, str]], name: str) -> str | None:
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


def _sender(msg: Any, store: str, headers: list[tuple[str, str]], warnings: list[str]) -> Address | None:
    name = string_prop(msg, "0C1A", store) or string_prop(msg, "0042", store)
    header_from = parse_addresses(_header(headers, "from"))
    smtp: str | None = None
    for prop in ("5D01", "5D02"):
        value = string_prop(msg, prop, store)
        if value and "@" in value:
            smtp = value.strip()
            break
    if smtp is None:
        for addr_prop, type_prop in (("0C1F", "0C1E"), ("0065", "0064")):
            value = string_prop(msg, addr_prop, store)
            kind = (string_prop(msg, type_prop, store) or "").strip().upper()
            if value and "@" in value and kind in ("SMTP", ""):
                smtp = value.strip()
                break
    if smtp is None and header_from and header_from[0].email:
        smtp = header_from[0].email
    if not name and header_from:
        name = header_from[0].name
    if smtp is None:
        x500 = string_prop(msg, "0C1F", store) or string_prop(msg, "0065", store)
        if x500 and x500.strip():
            warnings.append(
                "the sender's SMTP address is not stored in the message, only the Exchange address "
                f"{x500.strip()}; the sender's domain cannot be checked"
            )
            return Address(name=name or None, email=x500.strip())
        if name:
            warnings.append("the message stores no address for its sender")
    if not name and not smtp:
        return None
    return Address(name=(name or "").strip() or None, email=smtp)


def _recipients(msg: Any, warnings: list[str]) -> tuple[list[Address], list[Address]]:
    to: list[Address] = []
    cc: list[Address] = []
    recipients: list[Any] = safe(lambda: list(msg.recipients), [], warnings, "recipient list")
    for rcpt in recipients:
        smtp = attr_of(rcpt, "smtpAddress")
        addr = smtp or attr_of(rcpt, "email")
        rname = attr_of(rcpt, "name")
        rtype = attr_of(rcpt, "type")
        address = Address(
            name=str(rname).strip() or None if rname else None,
            email=str(addr).strip() or None if addr else None,
        )
        if rtype == RecipientType.CC:
            cc.append(address)
        elif rtype == RecipientType.BCC:
            continue
        else:
            to.append(address)
    return to, cc


def _date(msg: Any, headers: list[tuple[str, str]], warnings: list[str]) -> dt.datetime | None:
    """The sent date: PR_CLIENT_SUBMIT_TIME, the transport Date header, else the delivery time."""
    value = safe(lambda: msg.date, None)
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if attr_of(msg, "isSent") is False:
        # MSGFLAG_UNSENT: saved from the compose window, never sent by anyone
        warnings.append("the message was never sent (an unsent draft), so it has no sent date")
        return None
    parsed = parse_header_date(_header(headers, "date"))
    if parsed is not None:
        return parsed
    delivered = safe(lambda: msg.getPropertyVal("0E060040"), None)  # PR_MESSAGE_DELIVERY_TIME
    if isinstance(delivered, dt.datetime):
        return delivered if delivered.tzinfo else delivered.replace(tzinfo=dt.UTC)
    warnings.append("the message has no sent date")
    return None


def _non_mail(message_class: str) -> str | None:
    cls = message_class.lower()
    for prefix in sorted(NON_MAIL, key=len, reverse=True):
        if cls.startswith(prefix):
            return NON_MAIL[prefix]
    if cls and not cls.startswith("ipm.note") and cls != "ipm":
        return "Outlook item"
    return None


# -- attachments ----------------------------------------------------------------------------------
def _attachment_name(att: Any) -> str | None:
    for attr in ("longFilename", "shortFilename", "displayName", "name"):
        value = attr_of(att, attr)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _embedded_bytes(inner: Any) -> tuple[bytes | None, str | None]:
    """Bytes and subject of an embedded message object (Outlook item or MIME message)."""
    if isinstance(inner, email.message.Message):
        try:
            return inner.as_bytes(policy=email.policy.compat32), decode_words(str(inner.get("subject") or ""))
        except (ValueError, TypeError, LookupError, UnicodeError):
            return None, None
    subject = safe(lambda: inner.subject, None)
    data = safe(inner.exportBytes, None)
    if data is None:
        data = safe(lambda: inner.exportBytes(allowBadEmbed=True), None)
    return (data if isinstance(data, bytes) else None), (subject if isinstance(subject, str) else None)


def _attachments(doc: Document, msg: Any, ctx: ExtractContext, html: str | None) -> None:
    attachments: list[Any] = safe(lambda: list(msg.attachments), [], doc.warnings, "attachment list")
    names = ChildNames()
    for index, att in enumerate(attachments, start=1):
        atype = attr_of(att, "type")
        name = _attachment_name(att)
        mimetype = str(attr_of(att, "mimetype") or "").lower()
        if mimetype in ("application/pkcs7-signature", "application/x-pkcs7-signature"):
            doc.metadata["email_signature"] = "S/MIME"
            continue
        if mimetype == "application/pgp-signature":
            doc.metadata["email_signature"] = "PGP"
            continue
        if atype == AttachmentType.WEB:
            url = attr_of(att, "url") or ""
            doc.warnings.append(f"attachment {name or index} is a link ({url or 'no address'}); it was not fetched")
            continue
        payload = attr_of(att, "data")
        if payload is None:
            doc.warnings.append(f"attachment {name or index} cannot be read")
            continue
        if isinstance(payload, bytes):
            if not payload:
                continue
            child = ctx.child(payload, names(name, f"attachment-{index}.bin"), doc)
        else:
            data, subject = _embedded_bytes(payload)
            if data is None:
                doc.warnings.append(f"embedded message {name or subject or index} cannot be exported")
                continue
            base = (subject or name or "").strip()
            suffix = ".eml" if isinstance(payload, email.message.Message) else ".msg"
            label = base if base.lower().endswith(suffix) else (f"{base}{suffix}" if base else None)
            child = ctx.child(data, names(label, f"embedded-message-{index}{suffix}"), doc)
        cid = str((attr_of(att, "cid") or "") or "").strip().strip("<>")
        hidden = bool(attr_of(att, "hidden"))
        flags = safe(functools.partial(att.getPropertyVal, "37140003"), 0)
        mhtml_ref = isinstance(flags, int) and bool(flags & 0x4)
        if hidden or mhtml_ref or (cid and (html is None or cid.lower() in html.lower())):
            child.metadata["disposition"] = "inline"
        doc.children.append(child)


# -- entry point ---------------------------------------------------------------------------------
def extract(doc: Document, data: bytes, ctx: ExtractContext) -> None:
    """Read an Outlook message into ``doc`` (see the module docstring)."""
    msg = _open(doc, data, None)
    try:
        unicode_store = bool(safe(lambda: msg.areStringsUnicode, True))
        store = "utf-16-le"
        if not unicode_store:
            store = store_encoding(msg)
            current = str(safe(lambda: msg.stringEncoding, ""))
            if not same_codec(store, current):
                msg.close()
                msg = _open(doc, data, store)
            doc.metadata["code_page"] = store
        _read(doc, msg, store if not unicode_store else "cp1252", ctx)
    finally:
        safe(msg.close, None)


def _read(doc: Document, msg: Any, store: str, ctx: ExtractContext) -> None:
    warnings = doc.warnings
    message_class = str(safe(lambda: msg.classType, "") or "")
    what = _non_mail(message_class)
    if what:
        warnings.append(f"{what} ({message_class}), not an email")
    if message_class.lower() == "ipm.note.smime":
        # opaque S/MIME: encrypted (or signed-and-wrapped) content Outlook keeps as one blob
        warnings.append("an encrypted (S/MIME) message: its content cannot be read without the key")
    no_headers: list[tuple[str, str]] = []
    headers = safe(lambda: _transport_headers(msg, store), no_headers, warnings, "transport headers")
    subject = string_prop(msg, "0037", store)
    if subject is None:
        subject = safe(lambda: msg.subject, "", warnings, "subject")
    to, cc = _recipients(msg, warnings)
    info = EmailInfo(
        sender=_sender(msg, store, headers, warnings),
        to=to,
        cc=cc,
        date=_date(msg, headers, warnings),
        subject=str(subject).strip(),
        headers=headers,
        message_class=message_class or None,
    )
    body = _body(msg, info, store, warnings)
    if not body.strip():
        warnings.append("the message has no text body")
    _attachments(doc, msg, ctx, info.html)
    fill_email(doc, info, body)
