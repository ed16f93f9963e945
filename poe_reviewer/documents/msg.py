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

import codecs
import datetime as dt
import email.message
import email.policy
import email.utils
import functools
import logging
import re
from collections.abc import Callable
from email.parser import HeaderParser
from typing import Any, TypeVar

import extract_msg
from extract_msg.enums import AttachmentType, DeencapType, ErrorBehavior, RecipientType

from poe_reviewer.dates import parse_header_date
from poe_reviewer.documents.eml import ChildNames, decode_words, fill_email, parse_addresses
from poe_reviewer.documents.htmltext import html_to_text
from poe_reviewer.documents.model import Address, Document, EmailInfo
from poe_reviewer.documents.registry import ExtractContext
from poe_reviewer.errors import ExtractionError

log = logging.getLogger(__name__)
T = TypeVar("T")

# extract-msg logs every oddity of a file at WARNING/ERROR; the reviewer sees our warnings instead
logging.getLogger("extract_msg").setLevel(logging.CRITICAL)

_ERROR_BEHAVIOR = (
    ErrorBehavior.ATTACH_SUPPRESS_ALL
    | ErrorBehavior.RTFDE
    | ErrorBehavior.STANDARDS_VIOLATION
    | ErrorBehavior.NAMED_NAME_STREAM
)

#: Outlook item classes that are not mail, by class prefix (checked longest first).
_NON_MAIL = {
    "ipm.appointment": "calendar item",
    "ipm.schedule.meeting.request": "meeting request",
    "ipm.schedule.meeting.resp": "meeting response",
    "ipm.schedule.meeting.canceled": "meeting cancellation",
    "ipm.schedule.meeting.notification": "meeting notification",
    "ipm.ole.class.{00061055-0000-0000-c000-000000000046}": "calendar item",
    "ipm.contact": "contact",
    "ipm.distlist": "contact list",
    "ipm.taskrequest": "task request",
    "ipm.task": "task",
    "ipm.stickynote": "note",
    "ipm.activity": "journal entry",
    "ipm.post": "post",
    "ipm.skypeteams.message": "Teams message",
    "report.": "delivery or read report",
}

#: Windows ANSI code page by primary language of an LCID (PR_MESSAGE_LOCALE_ID).
_LANG_CODEPAGE = {
    0x11: 932,
    0x12: 949,
    0x1E: 874,
    0x2A: 1258,
    0x08: 1253,
    0x0D: 1255,
    0x01: 1256,
    0x29: 1256,
    0x20: 1256,
    0x1F: 1254,
    0x2C: 1254,
    0x43: 1254,
    0x25: 1257,
    0x26: 1257,
    0x27: 1257,
    0x19: 1251,
    0x22: 1251,
    0x23: 1251,
    0x02: 1251,
    0x2F: 1251,
    0x3F: 1251,
    0x40: 1251,
    0x44: 1251,
    0x50: 1251,
    0x05: 1250,
    0x0E: 1250,
    0x15: 1250,
    0x18: 1250,
    0x1B: 1250,
    0x24: 1250,
    0x1C: 1250,
}
#: Chinese LCIDs: simplified (936) or traditional (950).
_CHINESE_LCID = {0x0804: 936, 0x1004: 936, 0x0404: 950, 0x0C04: 950, 0x1404: 950}
#: Internet code pages (PR_INTERNET_CPID, MIME charsets) -> the Windows code page a client stores.
_INTERNET_TO_WINDOWS = {
    50220: 932,
    50221: 932,
    50222: 932,
    51932: 932,
    20932: 932,
    52936: 936,
    20936: 936,
    54936: 936,
    51949: 949,
    20000: 950,
    20866: 1251,
    21866: 1251,
    28595: 1251,
    28592: 1250,
    28597: 1253,
    28599: 1254,
    28598: 1255,
    38598: 1255,
    28596: 1256,
    28594: 1257,
    28603: 1257,
}
_SPECIAL_CODECS = {
    65001: "utf-8",
    20127: "ascii",
    1200: "utf-16-le",
    1201: "utf-16-be",
    50220: "iso2022_jp",
    50221: "iso2022_jp_ext",
    50222: "iso2022_jp",
    51932: "euc_jp",
    20932: "euc_jp",
    936: "gbk",
    54936: "gb18030",
    52936: "hz",
    51949: "euc_kr",
    20866: "koi8_r",
    21866: "koi8_u",
    10000: "mac_roman",
}
_UNINFORMATIVE = {"utf-8", "ascii", "latin-1", "iso8859-1", "iso8859-15", "utf-16-le", "utf-16-be"}
_ANSICPG = re.compile(rb"\\ansicpg(\d{3,5})")
_CHARSET = re.compile(rb"""charset\s*=\s*\\?["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _safe(fn: Callable[[], T], default: T, warnings: list[str] | None = None, what: str = "") -> T:
    """Call a property getter of the parsed file; a broken property costs a warning, not the file."""
    try:
        value = fn()
    except Exception as exc:  # extract-msg raises anything on damaged properties
        log.debug("msg property %s failed", what, exc_info=True)
        if warnings is not None and what:
            warnings.append(f"the message's {what} cannot be read ({type(exc).__name__})")
        return default
    return default if value is None else value


def _get(obj: Any, name: str) -> Any:
    """An attribute of an extract-msg object, or None when reading it fails."""
    return _safe(lambda: getattr(obj, name), None)


def codec_for(codepage: int) -> str | None:
    """The Python codec of a Windows/IANA code page number, or None when unknown."""
    name = _SPECIAL_CODECS.get(codepage)
    if name is None:
        name = f"iso8859_{codepage - 28590}" if 28591 <= codepage <= 28606 else f"cp{codepage}"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _lcid_codepage(lcid: int) -> int | None:
    if lcid in _CHINESE_LCID:
        return _CHINESE_LCID[lcid]
    lang = lcid & 0x3FF
    if lang == 0x04:
        return 936
    if lang == 0x1A:
        return 1251 if lcid in (0x0C1A, 0x1C1A, 0x281A, 0x201A) else 1250  # Serbian/Bosnian Cyrillic
    if lang in _LANG_CODEPAGE:
        return _LANG_CODEPAGE[lang]
    return 1252 if lang else None


def _int_prop(msg: Any, prop: str) -> int | None:
    value = _safe(lambda: msg.getPropertyVal(prop), None)
    return value if isinstance(value, int) else None


def _raw_stream(msg: Any, name: str) -> bytes | None:
    value = _safe(lambda: msg.getStream(name), None)
    return value if isinstance(value, bytes) else None


def _string_prop(msg: Any, prop: str, encoding: str) -> str | None:
    """A string property read from its Unicode (001F) or 8-bit (001E) stream, never raising."""
    raw = _raw_stream(msg, f"__substg1.0_{prop}001F")
    if raw is not None:
        return raw.decode("utf-16-le", errors="replace").rstrip("\x00")
    raw = _raw_stream(msg, f"__substg1.0_{prop}001E")
    if raw is not None:
        return raw.decode(encoding, errors="replace").rstrip("\x00")
    return None


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def store_encoding(msg: Any) -> str:
    """The code page of the 8-bit strings of a non-Unicode store (see the module docstring)."""
    candidates: list[int] = []
    for prop in ("3FFD0003", "3FF10003"):  # PR_MESSAGE_CODEPAGE, PR_MESSAGE_LOCALE_ID
        value = _int_prop(msg, prop)
        if value:
            cp = value if prop == "3FFD0003" else _lcid_codepage(value)
            if cp:
                candidates.append(cp)
    rtf = _safe(lambda: msg.rtfBody, None)
    if isinstance(rtf, bytes) and (m := _ANSICPG.search(rtf[:2048])):
        candidates.append(int(m.group(1)))
    headers = _raw_stream(msg, "__substg1.0_007D001E")
    if headers and (m := _CHARSET.search(headers)):
        codec = m.group(1).decode("ascii", errors="ignore")
        for cp, name in _SPECIAL_CODECS.items():
            if _same_codec(name, codec):
                candidates.append(_INTERNET_TO_WINDOWS.get(cp, cp))
                break
        else:
            if (cpm := re.search(r"(?:windows-|cp)(\d{3,5})", codec, re.IGNORECASE)) is not None:
                candidates.append(int(cpm.group(1)))
    cpid = _int_prop(msg, "3FDE0003")  # PR_INTERNET_CPID
    if cpid:
        candidates.append(_INTERNET_TO_WINDOWS.get(cpid, cpid))
    samples = [
        raw
        for prop in ("0037", "1000", "0C1A", "0042", "0E04", "0E03", "0070")
        if (raw := _raw_stream(msg, f"__substg1.0_{prop}001E"))
    ]
    for cp in candidates:
        codec = codec_for(cp)
        if codec is None or codec in _UNINFORMATIVE:
            continue
        if all(_decodes(s, codec) for s in samples):
            return codec
    return "cp1252"


def _same_codec(a: str, b: str) -> bool:
    try:
        return codecs.lookup(a).name == codecs.lookup(b).name
    except LookupError:
        return False


def _open(doc: Document, data: bytes, encoding: str | None) -> Any:
    kwargs: dict[str, Any] = {"strict": False, "delayAttachments": True, "errorBehavior": _ERROR_BEHAVIOR}
    if encoding:
        kwargs["overrideEncoding"] = encoding
    try:
        return extract_msg.openMsg(data, **kwargs)
    except Exception as exc:  # olefile/extract-msg raise many types on damaged files
        text = str(exc).strip() or type(exc).__name__
        raise ExtractionError(doc.path, f"damaged Outlook message: {text}") from exc


# -- RTF ---------------------------------------------------------------------------------------
_RTF_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+|([^\\{}\r\n]+)"
)
_RTF_SKIP = frozenset(
    {
        b"fonttbl",
        b"colortbl",
        b"stylesheet",
        b"info",
        b"pict",
        b"object",
        b"themedata",
        b"datastore",
        b"listtable",
        b"listoverridetable",
        b"rsidtbl",
        b"generator",
        b"xmlnstbl",
        b"mmathPr",
        b"latentstyles",
        b"filetbl",
        b"revtbl",
        b"header",
        b"footer",
        b"headerl",
        b"headerr",
        b"headerf",
        b"footerl",
        b"footerr",
        b"footerf",
        b"fldinst",
        b"bkmkstart",
        b"bkmkend",
        b"datafield",
        b"colorschememapping",
        b"pgdsctbl",
        b"operator",
        b"author",
        b"company",
    }
)
_RTF_CHARS = {
    b"par": "\n",
    b"line": "\n",
    b"sect": "\n",
    b"page": "\n",
    b"row": "\n",
    b"cell": " | ",
    b"tab": "\t",
    b"emdash": "—",
    b"endash": "–",
    b"bullet": "•",
    b"lquote": "‘",
    b"rquote": "’",
    b"ldblquote": "“",
    b"rdblquote": "”",
    b"emspace": " ",
    b"enspace": " ",
    b"qmspace": " ",
}


def rtf_to_text(rtf: bytes) -> str:
    """Visible text of an RTF document (a plain reader's fallback, not a layout engine)."""
    m = _ANSICPG.search(rtf[:4096])
    codec = (codec_for(int(m.group(1))) if m else None) or "cp1252"
    out: list[str] = []
    pending = bytearray()  # \'hh bytes, decoded together so double-byte code pages work
    stack: list[tuple[bool, int]] = []
    skip = False
    uc = 1
    drop = 0  # characters to drop after a \uN (its ANSI fallback)
    star = False

    def flush() -> None:
        if pending:
            out.append(pending.decode(codec, errors="replace"))
            pending.clear()

    for tok in _RTF_TOKEN.finditer(rtf):
        word, arg, hexbyte, symbol, brace, text = tok.groups()
        if hexbyte is not None:
            if drop:
                drop -= 1
            elif not skip:
                pending.append(int(hexbyte, 16))
            continue
        flush()
        if brace is not None:
            if brace == b"{":
                stack.append((skip, uc))
                star = False
            else:
                skip, uc = stack.pop() if stack else (False, 1)
            continue
        if word is not None:
            if star or word in _RTF_SKIP:
                skip = True
                star = False
                continue
            if skip:
                continue
            if word == b"uc" and arg is not None:
                uc = int(arg)
            elif word == b"u" and arg is not None:
                code = int(arg)
                out.append(chr(code + 65536 if code < 0 else code))
                drop = uc
            elif word in _RTF_CHARS:
                out.append(_RTF_CHARS[word])
            continue
        if symbol is not None:
            if symbol == b"*":
                star = True
            elif not skip and symbol in (b"\\", b"{", b"}"):
                out.append(symbol.decode())
            elif not skip and symbol == b"~":
                out.append(" ")
            continue
        if text is not None and not skip:
            if drop:
                cut = min(drop, len(text))
                text = text[cut:]
                drop -= cut
            out.append(text.decode(codec, errors="replace"))
    flush()
    return "".join(out)


# -- body ---------------------------------------------------------------------------------------
def _decode_html(raw: bytes, cpid: int | None, store: str) -> str:
    candidates: list[str] = []
    if cpid and (codec := codec_for(cpid)):
        candidates.append(codec)
    if m := _CHARSET.search(raw[:4096]):
        candidates.append(m.group(1).decode("ascii", errors="ignore"))
    candidates += [store, "utf-8", "cp1252"]
    for codec in candidates:
        try:
            return raw.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("utf-8", errors="replace")


def _native_html(msg: Any, cpid: int | None, store: str) -> str | None:
    raw = _raw_stream(msg, "__substg1.0_10130102")
    if raw is not None:
        return _decode_html(raw, cpid, store)
    uni = _raw_stream(msg, "__substg1.0_1013001F")
    if uni is not None:
        return uni.decode("utf-16-le", errors="replace").rstrip("\x00")
    ansi = _raw_stream(msg, "__substg1.0_1013001E")
    if ansi is not None:
        return _decode_html(ansi.rstrip(b"\x00"), cpid, store)
    return None


def _rtf_body(msg: Any, info: EmailInfo, warnings: list[str]) -> str:
    rtf = _safe(lambda: msg.rtfBody, None, warnings, "RTF body")
    if not isinstance(rtf, bytes) or not rtf:
        return ""
    head = rtf[:2048]
    if b"\\fromhtml" in head:
        html = _safe(lambda: msg.deencapsulateBody(rtf, DeencapType.HTML), None)
        if isinstance(html, bytes):
            html = html.decode("utf-8", errors="replace")
        if isinstance(html, str) and html.strip():
            info.html = html
            return html_to_text(html)
    elif b"\\fromtext" in head:
        plain = _safe(lambda: msg.deencapsulateBody(rtf, DeencapType.PLAIN), None)
        if isinstance(plain, bytes):
            plain = plain.decode("utf-8", errors="replace")
        if isinstance(plain, str) and plain.strip():
            return plain
    return rtf_to_text(rtf)


def _body(msg: Any, info: EmailInfo, store: str, warnings: list[str]) -> str:
    cpid = _int_prop(msg, "3FDE0003")
    plain = _string_prop(msg, "1000", store)
    if plain is None:
        plain = _safe(lambda: msg.body, None, warnings, "text body")
    html = _safe(lambda: _native_html(msg, cpid, store), None, warnings, "HTML body")
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
    text = _string_prop(msg, "007D", store)
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
    name = _string_prop(msg, "0C1A", store) or _string_prop(msg, "0042", store)
    header_from = parse_addresses(_header(headers, "from"))
    smtp: str | None = None
    for prop in ("5D01", "5D02"):
        value = _string_prop(msg, prop, store)
        if value and "@" in value:
            smtp = value.strip()
            break
    if smtp is None:
        for addr_prop, type_prop in (("0C1F", "0C1E"), ("0065", "0064")):
            value = _string_prop(msg, addr_prop, store)
            kind = (_string_prop(msg, type_prop, store) or "").strip().upper()
            if value and "@" in value and kind in ("SMTP", ""):
                smtp = value.strip()
                break
    if smtp is None and header_from and header_from[0].email:
        smtp = header_from[0].email
    if not name and header_from:
        name = header_from[0].name
    if smtp is None:
        x500 = _string_prop(msg, "0C1F", store) or _string_prop(msg, "0065", store)
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
    recipients: list[Any] = _safe(lambda: list(msg.recipients), [], warnings, "recipient list")
    for rcpt in recipients:
        smtp = _get(rcpt, "smtpAddress")
        addr = smtp or _get(rcpt, "email")
        rname = _get(rcpt, "name")
        rtype = _get(rcpt, "type")
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
    value = _safe(lambda: msg.date, None)
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if _get(msg, "isSent") is False:
        # MSGFLAG_UNSENT: saved from the compose window, never sent by anyone
        warnings.append("the message was never sent (an unsent draft), so it has no sent date")
        return None
    parsed = parse_header_date(_header(headers, "date"))
    if parsed is not None:
        return parsed
    delivered = _safe(lambda: msg.getPropertyVal("0E060040"), None)  # PR_MESSAGE_DELIVERY_TIME
    if isinstance(delivered, dt.datetime):
        return delivered if delivered.tzinfo else delivered.replace(tzinfo=dt.UTC)
    warnings.append("the message has no sent date")
    return None


def _non_mail(message_class: str) -> str | None:
    cls = message_class.lower()
    for prefix in sorted(_NON_MAIL, key=len, reverse=True):
        if cls.startswith(prefix):
            return _NON_MAIL[prefix]
    if cls and not cls.startswith("ipm.note") and cls != "ipm":
        return "Outlook item"
    return None


# -- attachments ----------------------------------------------------------------------------------
def _attachment_name(att: Any) -> str | None:
    for attr in ("longFilename", "shortFilename", "displayName", "name"):
        value = _get(att, attr)
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
    subject = _safe(lambda: inner.subject, None)
    data = _safe(inner.exportBytes, None)
    if data is None:
        data = _safe(lambda: inner.exportBytes(allowBadEmbed=True), None)
    return (data if isinstance(data, bytes) else None), (subject if isinstance(subject, str) else None)


def _attachments(doc: Document, msg: Any, ctx: ExtractContext, html: str | None) -> None:
    attachments: list[Any] = _safe(lambda: list(msg.attachments), [], doc.warnings, "attachment list")
    names = ChildNames()
    for index, att in enumerate(attachments, start=1):
        atype = _get(att, "type")
        name = _attachment_name(att)
        mimetype = str(_get(att, "mimetype") or "").lower()
        if mimetype in ("application/pkcs7-signature", "application/x-pkcs7-signature"):
            doc.metadata["email_signature"] = "S/MIME"
            continue
        if mimetype == "application/pgp-signature":
            doc.metadata["email_signature"] = "PGP"
            continue
        if atype == AttachmentType.WEB:
            url = _get(att, "url") or ""
            doc.warnings.append(f"attachment {name or index} is a link ({url or 'no address'}); it was not fetched")
            continue
        payload = _get(att, "data")
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
        cid = str((_get(att, "cid") or "") or "").strip().strip("<>")
        hidden = bool(_get(att, "hidden"))
        flags = _safe(functools.partial(att.getPropertyVal, "37140003"), 0)
        mhtml_ref = isinstance(flags, int) and bool(flags & 0x4)
        if hidden or mhtml_ref or (cid and (html is None or cid.lower() in html.lower())):
            child.metadata["disposition"] = "inline"
        doc.children.append(child)


# -- entry point ---------------------------------------------------------------------------------
def extract(doc: Document, data: bytes, ctx: ExtractContext) -> None:
    """Read an Outlook message into ``doc`` (see the module docstring)."""
    msg = _open(doc, data, None)
    try:
        unicode_store = bool(_safe(lambda: msg.areStringsUnicode, True))
        store = "utf-16-le"
        if not unicode_store:
            store = store_encoding(msg)
            current = str(_safe(lambda: msg.stringEncoding, ""))
            if not _same_codec(store, current):
                msg.close()
                msg = _open(doc, data, store)
            doc.metadata["code_page"] = store
        _read(doc, msg, store if not unicode_store else "cp1252", ctx)
    finally:
        _safe(msg.close, None)


def _read(doc: Document, msg: Any, store: str, ctx: ExtractContext) -> None:
    warnings = doc.warnings
    message_class = str(_safe(lambda: msg.classType, "") or "")
    what = _non_mail(message_class)
    if what:
        warnings.append(f"{what} ({message_class}), not an email")
    if message_class.lower() == "ipm.note.smime":
        # opaque S/MIME: encrypted (or signed-and-wrapped) content Outlook keeps as one blob
        warnings.append("an encrypted (S/MIME) message: its content cannot be read without the key")
    no_headers: list[tuple[str, str]] = []
    headers = _safe(lambda: _transport_headers(msg, store), no_headers, warnings, "transport headers")
    subject = _string_prop(msg, "0037", store)
    if subject is None:
        subject = _safe(lambda: msg.subject, "", warnings, "subject")
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
