"""One document model for every format.

Every extractor (PDF, Outlook .msg, .eml, .docx, images, survey exports) produces a
:class:`Document`. Text lives in *segments*: a PDF or image page is one segment with
word boxes (PDF points, top-left origin); an email header block, an email body, a Word
paragraph or table are segments without geometry (``page`` and ``bbox`` are ``None``).
Checks never look at formats: they search segments with :meth:`Document.search` and get
back :class:`Hit` objects that already carry the evidence location (document, page,
bbox, quote).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

BBox = tuple[float, float, float, float]
#: No line of a segment's text is longer than this many characters: a longer one (an e-mail body on one
#: line, a Word paragraph) is wrapped where a sentence ends, else between words. The checks read a
#: mention's line around it (its box, its clause, its row), so a line's length bounds what each mention
#: costs; without the bound a one-line 1 MB body costs each of its mentions the whole megabyte.
MAX_LINE = 1000
Kind = Literal["pdf", "msg", "eml", "docx", "image", "survey", "json", "text", "html", "zip", "unknown"]


@dataclass(frozen=True)
class Word:
    """A word and its box on the page, in PDF points with a top-left origin."""

    text: str
    bbox: BBox


_SENTENCE_ENDS = (". ", "? ", "! ", "; ")


def wrap_long_lines(text: str, limit: int = MAX_LINE) -> str:
    """``text`` with each line longer than ``limit`` wrapped: a space becomes a newline, so every offset
    into the text (and every word box mapped by offset) stays where it was. The break is the last sentence
    end in the second half of the allowed length, else its last space; a run with no space is left whole."""
    if len(text) <= limit:
        return text
    pieces: list[str] = []
    kept = 0  # text[:kept] is in pieces
    line_start = 0
    n = len(text)
    while line_start < n:
        newline = text.find("\n", line_start)
        line_end = n if newline < 0 else newline
        while line_end - line_start > limit:
            low, high = line_start + limit // 2, line_start + limit
            cut = max(text.rfind(end, low, high) for end in _SENTENCE_ENDS)
            space = cut + 1 if cut >= 0 else text.rfind(" ", low, high)
            if space < 0:
                space = text.find(" ", high, line_end)
                if space < 0:
                    break
            pieces += (text[kept:space], "\n")
            kept = line_start = space + 1
        line_start = line_end + 1
    if not pieces:
        return text
    pieces.append(text[kept:])
    return "".join(pieces)


@dataclass
class Segment:
    """A run of text. ``page`` is 1-based, or None where the format has no pages.

    ``words`` is empty where there is no geometry. When words are given, ``text`` is
    exactly the words joined by single spaces (``"\\n"`` between lines), so character
    offsets in ``text`` map back to word boxes (see :meth:`bbox_of`).
    ``label`` says what the segment is: ``"page"``, ``"body"``, ``"headers"``,
    ``"paragraph"``, ``"table"``, ``"header"``, ``"footer"``, ``"ocr"``, ...
    """

    text: str
    page: int | None = None
    label: str = "page"
    words: list[Word] = field(default_factory=list)
    _offsets: list[int] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.text = wrap_long_lines(self.text)

    @classmethod
    def from_lines(cls, lines: list[list[Word]], page: int | None, label: str = "page") -> Segment:
        """Build a segment whose text is the words of each line, lines joined by newlines."""
        words: list[Word] = []
        parts: list[str] = []
        for line in lines:
            if not line:
                continue
            parts.append(" ".join(w.text for w in line))
            words.extend(line)
        return cls(text="\n".join(parts), page=page, label=label, words=words)

    def _word_offsets(self) -> list[int]:
        if self._offsets is None:
            offsets: list[int] = []
            pos = 0
            for w in self.words:
                idx = self.text.find(w.text, pos)
                if idx < 0:  # text was not built from the words; fall back to no geometry
                    offsets = []
                    break
                offsets.append(idx)
                pos = idx + len(w.text)
            self._offsets = offsets
        return self._offsets

    def bbox_of(self, start: int, end: int) -> BBox | None:
        """Union of the boxes of the words overlapping text[start:end], or None without geometry."""
        offsets = self._word_offsets()
        if not offsets:
            return None
        # Words are in text order: the first candidate is the last word starting before ``start``.
        first = max(0, bisect.bisect_right(offsets, start) - 1)
        boxes = []
        for i in range(first, len(offsets)):
            off = offsets[i]
            if off >= end:
                break
            if off + len(self.words[i].text) > start:
                boxes.append(self.words[i].bbox)
        if not boxes:
            return None
        return (
            round(min(b[0] for b in boxes), 2),
            round(min(b[1] for b in boxes), 2),
            round(max(b[2] for b in boxes), 2),
            round(max(b[3] for b in boxes), 2),
        )


@dataclass(frozen=True)
class ImageInfo:
    """An image embedded in a document (a page image of a PDF, a picture in a .docx, ...)."""

    sha256: str
    width: int
    height: int
    page: int | None = None
    bbox: BBox | None = None
    name: str | None = None
    #: A small perceptual hash (hex), filled where the extractor could decode the pixels.
    phash: str | None = None


@dataclass(frozen=True)
class FormField:
    """A form field: ``kind`` is ``checkbox``, ``text``, ``choice``, ``signature``, ``button``."""

    name: str
    kind: str
    value: str | None
    page: int | None = None
    bbox: BBox | None = None
    checked: bool | None = None
    label: str | None = None


@dataclass(frozen=True)
class SignatureValidation:
    """What the cryptographic validation of one PDF signature found (see :mod:`poe_reviewer.documents.signatures`).

    ``state`` sums it up: ``intact`` (the signed bytes are unchanged and the signature covers the
    document, or only allowed changes such as further signatures came after it), ``changed``
    (intact, but changes a reviewer should look at came after it, e.g. comments), ``broken``
    (tampered, cryptographically invalid, or covering only part of the file) or
    ``unverifiable`` (the signature or the file could not be validated: ``error`` says why).
    ``problem`` is the reviewer's sentence for what is wrong ("the document was changed after
    signing"), empty when intact. The signer's identity comes from the certificate subject;
    ``trust`` is ``trusted`` (chains to a configured trust root), ``self-signed`` or ``untrusted``.
    """

    state: Literal["intact", "changed", "broken", "unverifiable"]
    problem: str = ""
    #: ``signature`` (a person's or organisation's) or ``timestamp`` (a document timestamp).
    kind: Literal["signature", "timestamp"] = "signature"
    #: The digest of the signed bytes matches (None: not checked).
    intact: bool | None = None
    #: The signature value is cryptographically valid for the certificate (None: not checked).
    valid: bool | None = None
    coverage: Literal["ENTIRE_FILE", "ENTIRE_REVISION", "UNCLEAR"] | None = None
    #: The worst change made after signing.
    modification: Literal["NONE", "LTA_UPDATES", "FORM_FILLING", "ANNOTATIONS", "OTHER"] | None = None
    trust: Literal["trusted", "untrusted", "self-signed"] | None = None
    #: Why the certificate is not trusted, in a reviewer's words (empty when trusted).
    trust_note: str = ""
    signer_name: str | None = None
    signer_email: str | None = None
    signer_org: str | None = None
    issuer: str | None = None
    signing_time: dt.datetime | None = None
    #: ``timestamp`` (a timestamp authority's token) or ``signer`` (the signer's own clock).
    time_source: Literal["timestamp", "signer"] | None = None
    error: str | None = None


@dataclass(frozen=True)
class SignatureField:
    """A digital signature field of a PDF (or a signature part of a .docx).

    ``validation`` is filled by the PDF extractor for signed fields (None where nothing was
    validated: unsigned fields, .docx signatures).
    """

    name: str
    signed: bool
    page: int | None = None
    bbox: BBox | None = None
    signer: str | None = None
    signing_time: dt.datetime | None = None
    sub_filter: str | None = None
    validation: SignatureValidation | None = None


#: The label of a letter's sign-off block: signed above the printed name, with no label to sign at.
LETTER_SIGN_OFF = "letter sign-off"


@dataclass(frozen=True)
class SignatureBlock:
    """A place to sign on a page and what its pixels show (found by the ink detector).

    ``ink`` is True when a handwritten mark is in the block (pen strokes on a scan, a signature
    picture or strokes drawn on a digital page), False when the place to sign is empty, None
    when it could not be told. ``source`` says what was looked at: ``scan`` (a page read by
    OCR), ``image`` (a picture placed on a digital page), ``drawing`` (strokes or an ink
    annotation on a digital page) or ``text`` (a digital page where no mark was found).
    ``name``, ``company`` and ``date`` are printed next to the block, as printed (dates are
    parsed by the checks, which know the customer's date order).
    """

    page: int
    label: str
    bbox: BBox
    ink: bool | None
    ink_bbox: BBox | None = None
    source: str = "scan"
    name: str | None = None
    company: str | None = None
    date: str | None = None
    #: Printed text where the signature goes (a typed name, an eSignature stamp).
    typed: str | None = None
    #: How the pixels were judged, for the reviewer.
    detail: str = ""


@dataclass(frozen=True)
class Address:
    name: str | None
    email: str | None

    def __str__(self) -> str:
        if self.name and self.email:
            return f"{self.name} <{self.email}>"
        return self.email or self.name or ""

    @property
    def domain(self) -> str | None:
        if self.email and "@" in self.email:
            return self.email.rsplit("@", 1)[1].strip().lower().rstrip(">")
        return None


@dataclass(frozen=True)
class QuotedMessage:
    """An earlier message quoted under a reply or forward, as its header lines wrote it."""

    sender: str | None
    sent: str | None
    subject: str | None
    text: str
    #: ``reply`` (quoted under "From: ... Sent: ..." or "On ... wrote:") or ``forward``.
    kind: str = "reply"


@dataclass
class EmailInfo:
    """The envelope of an email (.msg or .eml)."""

    sender: Address | None
    to: list[Address] = field(default_factory=list)
    cc: list[Address] = field(default_factory=list)
    date: dt.datetime | None = None
    subject: str = ""
    #: ``text``, ``html`` or ``rtf``: which stored body the text came from.
    body_format: str = "text"
    #: Transport headers as (name, value) pairs, in order.
    headers: list[tuple[str, str]] = field(default_factory=list)
    #: The body as HTML where the message has one (never rendered with remote content).
    html: str | None = None
    #: The author's own words: the body above the first quoted or forwarded message.
    own_text: str = ""
    #: Earlier messages quoted below the author's words, newest first.
    quoted: list[QuotedMessage] = field(default_factory=list)
    #: True when the message forwards another one (FW:/Fwd: subject, a forward marker at the top).
    forwarded: bool = False
    #: The Outlook message class (``IPM.Note``) or MIME type; non-mail items are warned about.
    message_class: str | None = None


@dataclass
class Document:
    """A document of a claim bundle, or a child (attachment, embedded message) of one.

    ``path`` is the path inside the bundle; a child's path is its parent's path, ``!/``,
    and the attachment's name (``POE/mail.msg!/signed.pdf``).
    ``error`` is set when extraction failed: the document is still listed in the report
    with its error, and carries whatever was read before the failure.
    """

    path: str
    role: str
    kind: Kind
    sha256: str
    size: int = 0
    page_count: int = 0
    segments: list[Segment] = field(default_factory=list)
    images: list[ImageInfo] = field(default_factory=list)
    form_fields: list[FormField] = field(default_factory=list)
    signatures: list[SignatureField] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    email: EmailInfo | None = None
    children: list[Document] = field(default_factory=list)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    #: Parsed JSON for survey exports (``poe-attestation/1``).
    data: dict[str, object] | None = None
    #: Page sizes in points (width, height), 1-based page n at index n-1.
    page_sizes: list[tuple[float, float]] = field(default_factory=list)
    #: Places to sign found on scans and digital pages, with the ink seen in them.
    signature_blocks: list[SignatureBlock] = field(default_factory=list)

    # -- text ------------------------------------------------------------------------------
    @property
    def text(self) -> str:
        """All text of this document (not its children), segments separated by blank lines."""
        return "\n\n".join(s.text for s in self.segments if s.text)

    @property
    def has_text(self) -> bool:
        return any(s.text.strip() for s in self.segments)

    def walk(self) -> Iterator[Document]:
        """This document and all its descendants, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def search(self, pattern: str | re.Pattern[str], *, flags: int = re.IGNORECASE) -> list[Hit]:
        """Every match of ``pattern`` in this document's segments (not its children)."""
        rx = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
        hits: list[Hit] = []
        for seg in self.segments:
            for m in rx.finditer(seg.text):
                hits.append(Hit.from_match(self, seg, m.start(), m.end()))
        return hits


@dataclass(frozen=True)
class Hit:
    """A located piece of text: the raw material of a check's evidence."""

    document: Document = field(repr=False)
    segment: Segment = field(repr=False)
    start: int
    end: int
    quote: str
    page: int | None
    bbox: BBox | None

    @classmethod
    def from_match(cls, document: Document, segment: Segment, start: int, end: int, *, context: int = 0) -> Hit:
        """A hit for ``segment.text[start:end]``; ``context`` widens the quote to whole words."""
        q_start, q_end = start, end
        if context:
            q_start = max(0, start - context)
            q_end = min(len(segment.text), end + context)
            while q_start > 0 and not segment.text[q_start - 1].isspace():
                q_start -= 1
            while q_end < len(segment.text) and not segment.text[q_end].isspace():
                q_end += 1
        quote = " ".join(segment.text[q_start:q_end].split())
        return cls(
            document=document,
            segment=segment,
            start=start,
            end=end,
            quote=quote,
            page=segment.page,
            bbox=segment.bbox_of(start, end),
        )

    def line(self) -> str:
        """The whole line of the segment the hit is on (handy for a quote with its label)."""
        text = self.segment.text
        ls = text.rfind("\n", 0, self.start) + 1
        le = text.find("\n", self.end)
        return text[ls : le if le >= 0 else len(text)].strip()


class HitIndex:
    """Hits by segment, in text order: the ones near a position are found without reading all of them
    (a long document names a company thousands of times, and each cue asks for the names around it)."""

    def __init__(self, hits: Iterator[Hit] | list[Hit]) -> None:
        self._by_segment: dict[int, list[Hit]] = {}
        for h in hits:
            self._by_segment.setdefault(id(h.segment), []).append(h)
        self._starts: dict[int, list[int]] = {}
        for key, found in self._by_segment.items():
            found.sort(key=lambda h: (h.start, h.end))
            self._starts[key] = [h.start for h in found]

    def starting(self, segment: Segment, low: int, high: int) -> list[Hit]:
        """The hits in ``segment`` that start at ``low`` or after and before ``high``, in text order."""
        starts = self._starts.get(id(segment))
        if not starts:
            return []
        found = self._by_segment[id(segment)]
        return found[bisect.bisect_left(starts, low) : bisect.bisect_left(starts, high)]
