"""Read plain-text, HTML and (non-survey) JSON uploads into one ``"body"`` segment.

Text is decoded as UTF-8 (with or without BOM), UTF-16 when a BOM says so, else as
Windows-1252, the usual encoding of text saved on Windows. HTML is converted to text
locally (:mod:`poe_reviewer.documents.htmltext`); nothing it references is fetched.
JSON is pretty-printed so evidence quotes read well.

A "text" or "html" file that is really an email (a header block with From and other mail
headers: an .eml saved from a mailbox with an mbox ``From`` line, a header block longer
than the sniffer's window, an HTML mail whose markup starts right after its headers) is
handed to the email reader instead.
"""

from __future__ import annotations

import json
import re

from poe_reviewer.documents import eml
from poe_reviewer.documents.htmltext import html_to_text
from poe_reviewer.documents.model import Document, Segment
from poe_reviewer.documents.registry import ExtractContext

_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


def decode_text(data: bytes) -> tuple[str, str]:
    """``(text, encoding)``: UTF-8 (BOM optional), UTF-16 by BOM, else cp1252, else Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Latin-1 maps every byte
        return data.decode("latin-1"), "latin-1"


def extract(doc: Document, data: bytes, ctx: ExtractContext) -> None:
    """Fill ``doc`` with the text of a text, HTML or JSON file."""
    if doc.kind in ("text", "html") and eml.looks_like_message(data):
        doc.kind = "eml"
        eml.extract(doc, data, ctx)
        return
    text, encoding = decode_text(data)
    doc.metadata["encoding"] = encoding
    text = text.replace("\x00", "")
    if doc.kind == "html":
        title = _TITLE.search(text)
        if title:
            doc.metadata["title"] = " ".join(html_to_text(title.group(1)).split())
        text = html_to_text(text)
    elif doc.kind == "json":
        try:
            text = json.dumps(json.loads(text), indent=2, ensure_ascii=False)
        except (json.JSONDecodeError, RecursionError):
            doc.warnings.append("the JSON file is not valid JSON; shown as plain text")
    text = eml.normalize_body(text)
    if not text.strip():
        doc.warnings.append("the file has no text")
    doc.segments.append(Segment(text=text, page=None, label="body"))
