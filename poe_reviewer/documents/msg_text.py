"""The text of an Outlook message: which code page its strings are in (store, message, language), and
its RTF body turned into plain text."""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Callable
from typing import Any, TypeVar

from extract_msg.enums import ErrorBehavior

log = logging.getLogger(__name__)

T = TypeVar("T")


ERROR_BEHAVIOR = (
    ErrorBehavior.ATTACH_SUPPRESS_ALL
    | ErrorBehavior.RTFDE
    | ErrorBehavior.STANDARDS_VIOLATION
    | ErrorBehavior.NAMED_NAME_STREAM
)

#: Outlook item classes that are not mail, by class prefix (checked longest first).
NON_MAIL = {
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
CHARSET = re.compile(rb"""charset\s*=\s*\\?["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def safe(fn: Callable[[], T], default: T, warnings: list[str] | None = None, what: str = "") -> T:
    """Call a property getter of the parsed file; a broken property costs a warning, not the file."""
    try:
        value = fn()
    except Exception as exc:  # extract-msg raises anything on damaged properties
        log.debug("msg property %s failed", what, exc_info=True)
        if warnings is not None and what:
            warnings.append(f"the message's {what} cannot be read ({type(exc).__name__})")
        return default
    return default if value is None else value


def attr_of(obj: Any, name: str) -> Any:
    """An attribute of an extract-msg object, or None when reading it fails."""
    return safe(lambda: getattr(obj, name), None)


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


def int_prop(msg: Any, prop: str) -> int | None:
    value = safe(lambda: msg.getPropertyVal(prop), None)
    return value if isinstance(value, int) else None


def raw_stream(msg: Any, name: str) -> bytes | None:
    value = safe(lambda: msg.getStream(name), None)
    return value if isinstance(value, bytes) else None


def string_prop(msg: Any, prop: str, encoding: str) -> str | None:
    """A string property read from its Unicode (001F) or 8-bit (001E) stream, never raising."""
    raw = raw_stream(msg, f"__substg1.0_{prop}001F")
    if raw is not None:
        return raw.decode("utf-16-le", errors="replace").rstrip("\x00")
    raw = raw_stream(msg, f"__substg1.0_{prop}001E")
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
        value = int_prop(msg, prop)
        if value:
            cp = value if prop == "3FFD0003" else _lcid_codepage(value)
            if cp:
                candidates.append(cp)
    rtf = safe(lambda: msg.rtfBody, None)
    if isinstance(rtf, bytes) and (m := _ANSICPG.search(rtf[:2048])):
        candidates.append(int(m.group(1)))
    headers = raw_stream(msg, "__substg1.0_007D001E")
    if headers and (m := CHARSET.search(headers)):
        codec = m.group(1).decode("ascii", errors="ignore")
        for cp, name in _SPECIAL_CODECS.items():
            if same_codec(name, codec):
                candidates.append(_INTERNET_TO_WINDOWS.get(cp, cp))
                break
        else:
            if (cpm := re.search(r"(?:windows-|cp)(\d{3,5})", codec, re.IGNORECASE)) is not None:
                candidates.append(int(cpm.group(1)))
    cpid = int_prop(msg, "3FDE0003")  # PR_INTERNET_CPID
    if cpid:
        candidates.append(_INTERNET_TO_WINDOWS.get(cpid, cpid))
    samples = [
        raw
        for prop in ("0037", "1000", "0C1A", "0042", "0E04", "0E03", "0070")
        if (raw := raw_stream(msg, f"__substg1.0_{prop}001E"))
    ]
    for cp in candidates:
        codec = codec_for(cp)
        if codec is None or codec in _UNINFORMATIVE:
            continue
        if all(_decodes(s, codec) for s in samples):
            return codec
    return "cp1252"


def same_codec(a: str, b: str) -> bool:
    try:
        return codecs.lookup(a).name == codecs.lookup(b).name
    except LookupError:
        return False


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
