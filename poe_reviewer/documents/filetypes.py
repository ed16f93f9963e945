"""Identify a file by its content, never by its extension (partners' extensions lie).

:func:`sniff` returns a document kind; the extension is only a tie-breaker for plain
text. Compound (OLE) files are told apart by their streams: Outlook messages have
``__properties_version1.0``, encrypted Office files ``EncryptedPackage``.
"""

from __future__ import annotations

import io
import json
import re
import zipfile

from poe_reviewer.documents.model import Kind

_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]?\S", re.MULTILINE)
_MAIL_HEADERS = (b"from:", b"subject:", b"received:", b"message-id:", b"mime-version:", b"date:", b"to:")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(data: bytes, name: str = "") -> tuple[Kind, str | None]:
    """Return ``(kind, note)``; ``note`` explains kinds we recognise but cannot read."""
    head = data[:2048]
    if data.startswith(b"From ") and _looks_like_email(data[data.find(b"\n") + 1 : 65536]):
        return "eml", None  # an mbox "From " line before the headers
    # Container signatures at byte 0 win over a "%PDF-" further in: an Outlook message or a Word
    # file can carry a PDF attachment whose bytes start within the first kilobyte.
    if head.startswith(OLE_MAGIC):
        return _sniff_ole(data)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(data)
    # A PDF may have junk (a mail gateway's banner, a BOM) before its header: Acrobat accepts
    # "%PDF-" anywhere in the first 1024 bytes.
    if b"%PDF-" in head[:1024]:
        return "pdf", None
    if head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff"):
        return "image", None
    if head[:4] in (b"II*\x00", b"MM\x00*") or head.startswith((b"GIF87a", b"GIF89a", b"BM")):
        return "image", None
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image", None
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"{", b"[")):
        return _sniff_json(data)
    lower = stripped[:512].lower()
    if lower.startswith((b"<!doctype html", b"<html")) or b"<html" in lower[:256]:
        return "html", None
    if _looks_like_email(data[:65536]):
        return "eml", None
    if b"\x00" not in head and (_decodes(head) or _legacy_text(head)):
        return "text", None
    return "unknown", "unrecognised binary content"


def _decodes(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a multi-byte character cut at the end of the sniffed window is still text
        return exc.start >= len(head) - 4
    return True


def _legacy_text(head: bytes) -> bool:
    """Windows-1252/Latin-1 text: printable bytes, tabs and line breaks only."""
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls == 0 and len(head) > 0


def _looks_like_email(head: bytes) -> bool:
    # Headers first: the first non-empty line must be a header, and a mail header must be there.
    block = head.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    first = block.lstrip().split(b"\n", 1)[0]
    if not _HEADER_LINE.match(first):
        return False
    low = block.lower()
    found = sum(1 for h in _MAIL_HEADERS if re.search(rb"(^|\n)" + re.escape(h), low))
    return found >= 2


def _sniff_ole(data: bytes) -> tuple[Kind, str | None]:
    try:
        import olefile  # installed with extract-msg
    except ImportError:  # pragma: no cover - extract-msg always brings it
        return "msg", None
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - any parse failure means "not a readable OLE file"
        return "unknown", f"damaged compound (OLE) file: {exc}"
    try:
        streams = {"/".join(s).lower() for s in ole.listdir(streams=True, storages=True)}
    finally:
        ole.close()
    if "__properties_version1.0" in streams or any(s.startswith("__substg1.0_") for s in streams):
        return "msg", None
    if "encryptedpackage" in streams or "encryptioninfo" in streams:
        return "unknown", "password-protected (encrypted) Office document"
    if "worddocument" in streams:
        return "unknown", "legacy Word 97-2003 (.doc) document; ask for .docx or PDF"
    return "unknown", "compound (OLE) file that is not an Outlook message"


def _sniff_zip(data: bytes) -> tuple[Kind, str | None]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, ValueError, NotImplementedError, OSError, EOFError) as exc:
        # UnicodeDecodeError is a ValueError: a damaged central directory
        if b"word/" in data or b"[Content_Types].xml" in data:
            return "docx", None  # let the Word reader say what is broken
        return "unknown", f"damaged zip archive: {exc}"
    if "word/document.xml" in names:
        return "docx", None
    if any(n.startswith("xl/") for n in names):
        return "unknown", "Excel workbook (not read)"
    if any(n.startswith("ppt/") for n in names):
        return "unknown", "PowerPoint presentation (not read)"
    return "zip", "zip archive inside the bundle (not opened)"


#: What the start of a survey export says, even when the rest of the file is cut off.
_SURVEY_HEAD = re.compile(rb'"format"\s*:\s*"poe-attestation/')


def _sniff_json(data: bytes) -> tuple[Kind, str | None]:
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        # a survey export cut in half is still a survey export: its extractor says what is wrong with it
        return ("survey", None) if _SURVEY_HEAD.search(data[:4096]) else ("text", None)
    if isinstance(obj, dict) and str(obj.get("format", "")).startswith("poe-attestation/"):
        return "survey", None
    return "json", None
