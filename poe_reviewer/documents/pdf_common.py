"""What the PDF reader's parts share: PyMuPDF untyped, its error types and limits, the reader's state, page geometry."""

from __future__ import annotations

import logging
import operator
import re
from dataclasses import dataclass
from typing import Any, cast

import pymupdf as _pymupdf

from poe_reviewer.documents.model import BBox, Document
from poe_reviewer.documents.registry import ExtractContext

log = logging.getLogger(__name__)

# PyMuPDF's inline types are partial (constants made at import time, untyped constructors):
# treat the module as untyped rather than scatter ignores.
pymupdf = cast(Any, _pymupdf)

#: Errors PyMuPDF raises for damaged content (FzErrorBase is not a RuntimeError).
PDF_ERRORS: tuple[type[BaseException], ...] = (RuntimeError, ValueError, pymupdf.mupdf.FzErrorBase)
DECODE_ERRORS: tuple[type[BaseException], ...] = (*PDF_ERRORS, KeyError, MemoryError)
FIELD_ERRORS: tuple[type[BaseException], ...] = (*PDF_ERRORS, RecursionError)

#: Text flags: keep whitespace, drop text outside the page, keep image blocks (their
#: boxes, no pixels). Ligatures are NOT preserved, so "ﬁ" reads "fi" and searches match.
TEXT_FLAGS = (
    pymupdf.TEXT_PRESERVE_WHITESPACE
    | pymupdf.TEXT_MEDIABOX_CLIP
    | pymupdf.TEXT_CID_FOR_UNKNOWN_UNICODE
    | pymupdf.TEXT_PRESERVE_IMAGES
)

#: Images smaller than this on a side carry no recognisable picture (spacers, bullets).
MIN_HASH_SIDE = 8
#: Images above this many pixels (scans) are fingerprinted only when JPEG (cheap to decode small).
HASH_MAX_PIXELS = 4_000_000
#: Pixels decoded for perceptual hashes per document, so a long scan stays fast.
_HASH_PIXEL_BUDGET = 40_000_000
#: Images are decoded for their hash at about this size (MuPDF subsamples while decoding).
HASH_DECODE_SIDE = 256
#: Images listed per document; beyond it the list is cut with a warning.
MAX_IMAGES = 2000
#: Form-tree nodes visited when looking for signature fields (guards circular trees).
MAX_FORM_NODES = 10_000
#: Embedded files larger than this are listed as a warning, not read.
MAX_EMBEDDED_BYTES = 100_000_000

REF = re.compile(r"(\d+)\s+\d+\s+R")
WIDGET_KINDS = {
    pymupdf.PDF_WIDGET_TYPE_BUTTON: "button",
    pymupdf.PDF_WIDGET_TYPE_CHECKBOX: "checkbox",
    pymupdf.PDF_WIDGET_TYPE_RADIOBUTTON: "checkbox",
    pymupdf.PDF_WIDGET_TYPE_COMBOBOX: "choice",
    pymupdf.PDF_WIDGET_TYPE_LISTBOX: "choice",
    pymupdf.PDF_WIDGET_TYPE_TEXT: "text",
    pymupdf.PDF_WIDGET_TYPE_SIGNATURE: "signature",
}
METADATA_KEYS = (
    "title",
    "author",
    "subject",
    "keywords",
    "creator",
    "producer",
    "creationDate",
    "modDate",
    "format",
    "encryption",
)


# -- the document ------------------------------------------------------------------------


@dataclass(frozen=True)
class SignatureNode:
    """A signature field found in the AcroForm tree."""

    xref: int
    name: str
    holder: int | None  # xref of the field dictionary carrying /V, None when unsigned
    page_xref: int | None


class PageReader:
    """State shared across the pages of one PDF (image hash cache, budgets)."""

    def __init__(self, doc: Document, pdf: Any, ctx: ExtractContext) -> None:
        self.doc = doc
        self.pdf = pdf
        self.ctx = ctx
        self.sha_by_xref: dict[int, str] = {}
        self.len_by_xref: dict[int, int] = {}
        self.phash_by_xref: dict[int, str | None] = {}
        self.hash_budget = _HASH_PIXEL_BUDGET
        self.images_cut = False
        self.signatures: dict[int, SignatureNode] = {}
        self.seen_signatures: set[int] = set()


# -- words and lines ---------------------------------------------------------------------

RawWord = tuple[float, float, float, float, str, int, int, int]
line_key = operator.itemgetter(5, 6)
#: Reading frames by text direction (right, down, left, up): (dx, dy) along the text;
#: lines follow each other along (-dy, dx).
FRAMES: tuple[tuple[int, int], ...] = ((1, 0), (0, 1), (-1, 0), (0, -1))


def transform(box: tuple[float, float, float, float], m: tuple[float, ...]) -> BBox:
    """Apply a (rotation) matrix to an axis-aligned box."""
    x0, y0, x1, y1 = box
    a, b, c, d, e, f = m
    ax, ay = a * x0 + c * y0 + e, b * x0 + d * y0 + f
    bx, by = a * x1 + c * y1 + e, b * x1 + d * y1 + f
    return (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))


def to_page(box: tuple[float, ...], matrix: tuple[float, ...] | None) -> BBox:
    """A box from PyMuPDF's unrotated page space to the rendered page's space, rounded."""
    x0, y0, x1, y1 = transform((box[0], box[1], box[2], box[3]), matrix) if matrix else box[:4]
    return (round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2))


def failure_reason(exc: BaseException) -> str:
    """MuPDF's message without its error-code prefix ("code=7: cycle in page tree")."""
    text = re.sub(r"^code=\d+:\s*", "", str(exc).strip())
    return text or type(exc).__name__
