"""Read a PDF of a claim bundle into the document model with PyMuPDF.

Each page becomes one :class:`Segment` whose words carry boxes in the space a viewer
draws on (``page.rect``: PDF points, top-left origin, page rotation applied), so a
check's evidence can be highlighted on the rendered page. Words are grouped into
visual lines, so a label and its value printed on one row ("Customer: Contoso")
stay on one line of the segment even when the PDF stores them as separate blocks.

Filled form fields become :class:`FormField` objects *and* a second per-page segment
labelled ``form`` (one line per field), so checks searching for a customer name find
one typed into a form. Signature fields become :class:`SignatureField` objects; when
any is signed, :mod:`poe_reviewer.documents.signatures` validates them (pyHanko, offline) and the
result is attached to each field. Embedded images are listed with a raw-stream hash and
a perceptual hash (to spot one signature image pasted into several documents);
embedded files become children.

Scanned pages are read by OCR (:mod:`poe_reviewer.documents.ocr`, when ``ctx.ocr``), and
signature blocks are looked at for ink; that is the only place pages are rendered.

Safety: an image is decoded for its perceptual hash (or rendered for OCR) only when its
declared size is within ``ctx.max_image_pixels`` (decompression bombs such as giant JBIG2
images are never decoded). Password-protected, certificate-encrypted and
damaged files raise :class:`ExtractionError` with a sentence for the reviewer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import itertools
import logging
import operator
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, cast

import pymupdf as _pymupdf
from PIL import Image

from poe_reviewer.documents import ocr
from poe_reviewer.documents.imagehash import dhash_image
from poe_reviewer.documents.model import BBox, Document, FormField, ImageInfo, Segment, SignatureField, Word
from poe_reviewer.documents.registry import ExtractContext
from poe_reviewer.documents.signatures import attach as attach_validations
from poe_reviewer.documents.signatures import validate_pdf as validate_pdf_signatures
from poe_reviewer.errors import ExtractionError

log = logging.getLogger(__name__)

# PyMuPDF's inline types are partial (constants made at import time, untyped constructors):
# treat the module as untyped rather than scatter ignores.
pymupdf = cast(Any, _pymupdf)

#: Errors PyMuPDF raises for damaged content (FzErrorBase is not a RuntimeError).
_PDF_ERRORS: tuple[type[BaseException], ...] = (RuntimeError, ValueError, pymupdf.mupdf.FzErrorBase)
_DECODE_ERRORS: tuple[type[BaseException], ...] = (*_PDF_ERRORS, KeyError, MemoryError)
_FIELD_ERRORS: tuple[type[BaseException], ...] = (*_PDF_ERRORS, RecursionError)

#: Text flags: keep whitespace, drop text outside the page, keep image blocks (their
#: boxes, no pixels). Ligatures are NOT preserved, so "ﬁ" reads "fi" and searches match.
_TEXT_FLAGS = (
    pymupdf.TEXT_PRESERVE_WHITESPACE
    | pymupdf.TEXT_MEDIABOX_CLIP
    | pymupdf.TEXT_CID_FOR_UNKNOWN_UNICODE
    | pymupdf.TEXT_PRESERVE_IMAGES
)

#: Images smaller than this on a side carry no recognisable picture (spacers, bullets).
_MIN_HASH_SIDE = 8
#: Images above this many pixels (scans) are fingerprinted only when JPEG (cheap to decode small).
_HASH_MAX_PIXELS = 4_000_000
#: Pixels decoded for perceptual hashes per document, so a long scan stays fast.
_HASH_PIXEL_BUDGET = 40_000_000
#: Images are decoded for their hash at about this size (MuPDF subsamples while decoding).
_HASH_DECODE_SIDE = 256
#: Images listed per document; beyond it the list is cut with a warning.
_MAX_IMAGES = 2000
#: Form-tree nodes visited when looking for signature fields (guards circular trees).
_MAX_FORM_NODES = 10_000
#: Embedded files larger than this are listed as a warning, not read.
_MAX_EMBEDDED_BYTES = 100_000_000

_REF = re.compile(r"(\d+)\s+\d+\s+R")
_WIDGET_KINDS = {
    pymupdf.PDF_WIDGET_TYPE_BUTTON: "button",
    pymupdf.PDF_WIDGET_TYPE_CHECKBOX: "checkbox",
    pymupdf.PDF_WIDGET_TYPE_RADIOBUTTON: "checkbox",
    pymupdf.PDF_WIDGET_TYPE_COMBOBOX: "choice",
    pymupdf.PDF_WIDGET_TYPE_LISTBOX: "choice",
    pymupdf.PDF_WIDGET_TYPE_TEXT: "text",
    pymupdf.PDF_WIDGET_TYPE_SIGNATURE: "signature",
}
_METADATA_KEYS = (
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


def extract(doc: Document, data: bytes, ctx: ExtractContext) -> None:
    """Fill ``doc`` from the PDF bytes ``data``."""
    pdf = _open(doc, data)
    try:
        with _gc_paused():
            _read(doc, pdf, ctx)
    finally:
        pdf.close()
        # MuPDF keeps every message it ever emitted; drain them so a long session stays small
        messages = pymupdf.TOOLS.mupdf_warnings(reset=True)
        if messages:
            log.debug("MuPDF messages for %s: %s", doc.path, messages)
    _validate_signatures(doc, data)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while pages are read.

    A page yields thousands of small, acyclic Word objects; the collector's passes over
    them cost ~15% of the extraction and never free anything. It is switched back on
    only if it was on (nested or concurrent extractions leave it as they found it).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# -- opening -----------------------------------------------------------------------------


def _reason(exc: BaseException) -> str:
    """MuPDF's message without its error-code prefix ("code=7: cycle in page tree")."""
    text = re.sub(r"^code=\d+:\s*", "", str(exc).strip())
    return text or type(exc).__name__


def _open(doc: Document, data: bytes) -> Any:
    try:
        pdf = pymupdf.open(stream=data, filetype="pdf")
    except _PDF_ERRORS as exc:
        # MuPDF cannot open certificate-encrypted files at all; say so rather than "damaged".
        if re.search(rb"/Filter\s*/Adobe\.PubSec|/SubFilter\s*/adbe\.pkcs7\.s[45]", data):
            raise ExtractionError(
                doc.path,
                "PDF encrypted with a certificate (public-key security): it can only be opened with "
                "the recipient's private key; ask the partner for an unprotected copy",
            ) from exc
        raise ExtractionError(doc.path, f"the PDF is damaged and cannot be opened ({_reason(exc)})") from exc
    if pdf.needs_pass:
        pdf.close()
        raise ExtractionError(
            doc.path,
            "password-protected PDF: it cannot be read without its password; "
            "ask the partner for an unprotected copy",
        )
    try:
        pages = pdf.page_count
    except _PDF_ERRORS as exc:
        pdf.close()
        raise ExtractionError(
            doc.path, f"the PDF is damaged: its page list is unreadable ({_reason(exc)})"
        ) from exc
    if pages == 0:
        pdf.close()
        raise ExtractionError(doc.path, "the PDF is damaged: it has no readable pages")
    return pdf


# -- the document ------------------------------------------------------------------------


@dataclass(frozen=True)
class _SigNode:
    """A signature field found in the AcroForm tree."""

    xref: int
    name: str
    holder: int | None  # xref of the field dictionary carrying /V, None when unsigned
    page_xref: int | None


class _Reader:
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
        self.signatures: dict[int, _SigNode] = {}
        self.seen_signatures: set[int] = set()


def _read(doc: Document, pdf: Any, ctx: ExtractContext) -> None:
    reader = _Reader(doc, pdf, ctx)
    _read_metadata(doc, pdf)
    if getattr(pdf, "is_repaired", False):
        doc.warnings.append(
            "the PDF's internal structure is damaged and was repaired when read; "
            "some content may be missing or out of place"
        )
    reader.signatures = _signature_fields(pdf)

    total = pdf.page_count
    count = min(total, max(ctx.max_pages, 0))
    if count < total:
        doc.warnings.append(f"only the first {count} of {total} pages were read (page limit)")
    doc.page_count = count
    for index in range(count):
        _read_page(reader, index)

    _add_unplaced_signatures(reader)
    _read_embedded_files(doc, pdf, ctx)


def _read_metadata(doc: Document, pdf: Any) -> None:
    try:
        meta = pdf.metadata or {}
    except _PDF_ERRORS as exc:
        doc.warnings.append(f"the PDF's metadata could not be read ({_reason(exc)})")
        return
    for key in _METADATA_KEYS:
        value = meta.get(key)
        if value is None:
            continue
        text = str(value).replace("\x00", "").strip()
        if text:
            doc.metadata[key] = text


def _read_page(reader: _Reader, index: int) -> None:
    doc, number = reader.doc, index + 1
    try:
        page = reader.pdf.load_page(index)
    except _PDF_ERRORS as exc:
        doc.warnings.append(f"page {number} could not be read ({_reason(exc)}); the other pages were read")
        doc.page_sizes.append((0.0, 0.0))
        doc.segments.append(Segment(text="", page=number))
        return
    rect = page.rect
    page_box: BBox = (0.0, 0.0, float(rect.width), float(rect.height))
    doc.page_sizes.append((round(rect.width, 2), round(rect.height, 2)))
    matrix = tuple(page.rotation_matrix) if page.rotation else None

    try:
        textpage = page.get_textpage(flags=_TEXT_FLAGS)
        raw_words = textpage.extractWORDS()
        image_blocks = textpage.extractIMGINFO()
    except _PDF_ERRORS as exc:
        doc.warnings.append(f"the text of page {number} could not be read ({_reason(exc)})")
        raw_words, image_blocks = [], []

    lines = _visual_lines(raw_words, matrix)
    doc.segments.append(Segment.from_lines(lines, page=number))

    if image_blocks:
        _read_images(reader, page, number, image_blocks, matrix, page_box)
    _read_widgets(reader, page, number, matrix)
    # scans (no text layer, or a page-sized picture) are read by OCR; signature blocks get their ink
    ocr.read_pdf_page(doc, page, number, lines, reader.ctx)


# -- words and lines ---------------------------------------------------------------------

_RawWord = tuple[float, float, float, float, str, int, int, int]
_line_key = operator.itemgetter(5, 6)
#: Reading frames by text direction (right, down, left, up): (dx, dy) along the text;
#: lines follow each other along (-dy, dx).
_FRAMES: tuple[tuple[int, int], ...] = ((1, 0), (0, 1), (-1, 0), (0, -1))


def _transform(box: tuple[float, float, float, float], m: tuple[float, ...]) -> BBox:
    """Apply a (rotation) matrix to an axis-aligned box."""
    x0, y0, x1, y1 = box
    a, b, c, d, e, f = m
    ax, ay = a * x0 + c * y0 + e, b * x0 + d * y0 + f
    bx, by = a * x1 + c * y1 + e, b * x1 + d * y1 + f
    return (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))


def _to_page(box: tuple[float, ...], matrix: tuple[float, ...] | None) -> BBox:
    """A box from PyMuPDF's unrotated page space to the rendered page's space, rounded."""
    x0, y0, x1, y1 = _transform((box[0], box[1], box[2], box[3]), matrix) if matrix else box[:4]
    return (round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2))


def _visual_lines(raw_words: list[_RawWord], matrix: tuple[float, ...] | None) -> list[list[Word]]:
    """Group PyMuPDF's words into visual lines, in reading order, with page-space boxes.

    PyMuPDF's own lines are kept whole (their word order is the reading order); lines of
    the page's main text direction that sit on the same row are joined left to right.
    Grouping happens in a frame turned to that direction, so rotated pages and rotated
    scans read the same way as upright ones. This runs for every word of every page,
    so it is written for speed: a line's extent is taken from its first and last words.
    """
    if not raw_words:
        return []
    lines = [list(group) for _key, group in itertools.groupby(raw_words, _line_key)]

    # direction of each line (index into _FRAMES, -1 for one-word lines) and the votes
    directions: list[int] = []
    votes = [0, 0, 0, 0]
    for line in lines:
        d = -1
        if len(line) > 1:
            first, last = line[0], line[-1]
            dx = (last[0] + last[2]) - (first[0] + first[2])
            dy = (last[1] + last[3]) - (first[1] + first[3])
            if abs(dx) >= abs(dy):
                d = 0 if dx > 0 else 2 if dx < 0 else -1
            else:
                d = 1 if dy > 0 else 3
            if d >= 0:
                votes[d] += len(line)
        directions.append(d)
    main = votes.index(max(votes))
    fdx, fdy = _FRAMES[main]
    fnx, fny = -fdy, fdx

    # (band top + bottom, band top, band bottom, start along the text, joinable, line index)
    placed: list[tuple[float, float, float, float, bool, int]] = []
    for index, line in enumerate(lines):
        first, last = line[0], line[-1]
        if main == 0:
            fx0, fy0, fx1, fy1 = first[0], first[1], last[2], first[3]
            if last[1] < fy0:
                fy0 = last[1]
            if last[3] > fy1:
                fy1 = last[3]
        else:
            x0, y0 = min(first[0], last[0]), min(first[1], last[1])
            x1, y1 = max(first[2], last[2]), max(first[3], last[3])
            ax, bx = x0 * fdx + y0 * fdy, x1 * fdx + y1 * fdy
            ay, by = x0 * fnx + y0 * fny, x1 * fnx + y1 * fny
            fx0, fx1, fy0, fy1 = min(ax, bx), max(ax, bx), min(ay, by), max(ay, by)
        d = directions[index]
        if d >= 0:
            joinable = d == main
        else:
            # one word: joinable unless clearly written across the main direction
            joinable = (fx1 - fx0) >= 0.5 * (fy1 - fy0) or len(first[4]) <= 2
        placed.append((fy0 + fy1, fy0, fy1, fx0, joinable, index))
    placed.sort()

    rows: list[list[tuple[float, float, float, float, bool, int]]] = []
    for item in placed:
        _mid, top, bottom, _x, joinable, _i = item
        if joinable:
            height = bottom - top
            for members in rows[-1:-4:-1]:
                head = members[0]
                if not head[4]:
                    continue
                overlap = min(head[2], bottom) - max(head[1], top)
                if overlap > 0 and overlap >= 0.5 * min(height, head[2] - head[1]):
                    members.append(item)
                    break
            else:
                rows.append([item])
        else:
            rows.append([item])

    rows.sort(key=_row_top)
    result: list[list[Word]] = []
    for members in rows:
        if len(members) > 1:
            members.sort(key=_along)
        if matrix is None:
            result.append([Word(w[4], w[:4]) for m in members for w in lines[m[5]]])
        else:
            result.append([Word(w[4], _transform(w[:4], matrix)) for m in members for w in lines[m[5]]])
    return result


def _row_top(row: list[tuple[float, float, float, float, bool, int]]) -> float:
    return row[0][1]


def _along(item: tuple[float, float, float, float, bool, int]) -> float:
    return item[3]


# -- images ------------------------------------------------------------------------------


def _clip(box: BBox, page_box: BBox) -> BBox | None:
    x0, y0, x1, y1 = box
    x0, x1 = max(min(x0, x1), page_box[0]), min(max(x0, x1), page_box[2])
    y0, y1 = max(min(y0, y1), page_box[1]), min(max(y0, y1), page_box[3])
    if x1 <= x0 or y1 <= y0:
        return None
    return (x0, y0, x1, y1)


def _read_images(
    reader: _Reader,
    page: Any,
    number: int,
    blocks: list[dict[str, Any]],
    matrix: tuple[float, ...] | None,
    page_box: BBox,
) -> None:
    """One ImageInfo per image drawn on the page, tied to its PDF object by size.

    The text page reports where each image is drawn (no pixels decoded); the page's
    image list gives the objects. They are matched by pixel size, ties broken by the
    stream length. Inline images (no object of their own) are not listed.
    """
    doc = reader.doc
    try:
        listed = page.get_images(full=True)
    except _PDF_ERRORS as exc:
        doc.warnings.append(f"the images of page {number} could not be listed ({_reason(exc)})")
        return
    by_size: dict[tuple[int, int], list[Any]] = {}
    for item in listed:
        by_size.setdefault((int(item[2]), int(item[3])), []).append(item)

    for block in blocks:
        if len(doc.images) >= _MAX_IMAGES:
            if not reader.images_cut:
                reader.images_cut = True
                doc.warnings.append(f"more than {_MAX_IMAGES} images; the rest are not listed")
            return
        width, height = int(block["width"]), int(block["height"])
        candidates = by_size.get((width, height))
        if not candidates:
            continue
        item = candidates[0]
        if len(candidates) > 1:
            size = int(block.get("size") or 0)
            for cand in candidates:
                if _raw_length(reader, int(cand[0])) == size:
                    item = cand
                    break
        xref = int(item[0])
        sha = _raw_sha(reader, xref)
        if sha is None:
            continue
        bbox = _clip(_to_page(tuple(block["bbox"]), matrix), page_box)
        area = (bbox[2] - bbox[0]) * (bbox[3] - bbox[1]) if bbox else 0.0
        covers_page = area >= 0.5 * page_box[2] * page_box[3]
        doc.images.append(
            ImageInfo(
                sha256=sha,
                width=width,
                height=height,
                page=number,
                bbox=bbox,
                name=str(item[7]) or None,
                phash=_phash(reader, item, covers_page),
            )
        )


def _raw_stream(reader: _Reader, xref: int) -> bytes | None:
    try:
        raw = reader.pdf.xref_stream_raw(xref)
    except _PDF_ERRORS:
        return None
    return bytes(raw) if raw is not None else None


def _raw_length(reader: _Reader, xref: int) -> int:
    if xref not in reader.len_by_xref:
        raw = _raw_stream(reader, xref)
        reader.len_by_xref[xref] = len(raw) if raw is not None else -1
    return reader.len_by_xref[xref]


def _raw_sha(reader: _Reader, xref: int) -> str | None:
    if xref not in reader.sha_by_xref:
        raw = _raw_stream(reader, xref)
        if raw is None:
            return None
        reader.sha_by_xref[xref] = hashlib.sha256(raw).hexdigest()
        reader.len_by_xref[xref] = len(raw)
    return reader.sha_by_xref[xref]


def _phash(reader: _Reader, item: Any, covers_page: bool) -> str | None:
    """Perceptual hash of an image object, decoded only within the pixel limits.

    Signatures, stamps and logos are small, so they are always fingerprinted. Page
    scans (big, or covering most of the page) only when cheap to decode small (JPEG),
    and all within a per-document budget: a scanned bundle must not cost seconds.
    """
    xref, smask, width, height = int(item[0]), int(item[1]), int(item[2]), int(item[3])
    if xref in reader.phash_by_xref:
        return reader.phash_by_xref[xref]
    pixels = width * height
    cheap = str(item[8]) == "DCTDecode"  # MuPDF decodes JPEG at 1/2..1/8 scale
    cost = pixels // 16 if cheap else pixels
    result: str | None = None
    if min(width, height) < _MIN_HASH_SIDE or pixels > reader.ctx.max_image_pixels:
        pass  # nothing to recognise, or a possible decompression bomb: never decoded
    elif ((pixels > _HASH_MAX_PIXELS or covers_page) and not cheap) or cost > reader.hash_budget:
        pass  # a large scan: its text and boxes matter, not its fingerprint
    else:
        reader.hash_budget -= cost
        result = _phash_small(reader, xref, smask)
    reader.phash_by_xref[xref] = result
    return result


def _small_image(pdf: Any, xref: int) -> Image.Image:
    """Decode image ``xref`` at about _HASH_DECODE_SIDE pixels on its long side."""
    mu = pymupdf.mupdf
    pdf_doc = mu.pdf_document_from_fz_document(pdf.this)
    image = mu.pdf_load_image(pdf_doc, mu.pdf_new_indirect(pdf_doc, xref, 0))
    width, height = int(image.w()), int(image.h())
    scale = min(1.0, _HASH_DECODE_SIDE / max(width, height, 1))
    target = mu.FzMatrix(max(1, round(width * scale)), 0, 0, max(1, round(height * scale)), 0, 0)
    everything = mu.FzIrect(
        pymupdf.FZ_MIN_INF_RECT, pymupdf.FZ_MIN_INF_RECT, pymupdf.FZ_MAX_INF_RECT, pymupdf.FZ_MAX_INF_RECT
    )
    raw, _w, _h = mu.fz_get_pixmap_from_image(image, everything, target)
    pix = pymupdf.Pixmap(raw)
    if pix.colorspace is None or pix.colorspace.n not in (1, 3):
        pix = pymupdf.Pixmap(pymupdf.csRGB, pix)
    mode = {(1, False): "L", (1, True): "LA", (3, False): "RGB", (3, True): "RGBA"}[
        (pix.colorspace.n, bool(pix.alpha))
    ]
    return Image.frombytes(mode, (pix.width, pix.height), pix.samples)


def _phash_small(reader: _Reader, xref: int, smask: int) -> str | None:
    try:
        img = _small_image(reader.pdf, xref)
        if smask:
            # a signature pasted as a transparent PNG is a black box without its soft mask
            mask = _small_image(reader.pdf, smask).convert("L")
            if mask.size != img.size:
                mask = mask.resize(img.size, Image.Resampling.BILINEAR)
            img = img.convert("RGB")
            white = Image.new("RGB", img.size, (255, 255, 255))
            img = Image.composite(img, white, mask)
    except _DECODE_ERRORS as exc:
        log.debug("image %d not decoded for its hash: %s", xref, exc)
        return None
    return dhash_image(img)


# -- form fields and signatures ----------------------------------------------------------


def _refs(value: tuple[str, str]) -> list[int]:
    kind, text = value
    if kind not in ("array", "xref"):
        return []
    return [int(m) for m in _REF.findall(text)]


def _pdf_string(value: tuple[str, str]) -> str | None:
    kind, text = value
    if kind == "string":
        return text
    if kind == "name":
        return text.lstrip("/")
    return None


def _signature_fields(pdf: Any) -> dict[int, _SigNode]:
    """Signature fields of the AcroForm tree by the xref of their terminal dictionary.

    Walked by hand with a visited set and a node budget: real files carry circular
    field trees, and signatures whose widget sits on no page's annotation list.
    """
    found: dict[int, _SigNode] = {}
    try:
        root = _refs(pdf.xref_get_key(pdf.pdf_catalog(), "AcroForm/Fields"))
    except _PDF_ERRORS:
        return found
    seen: set[int] = set()
    # (xref, inherited field type, inherited /V holder, parent name)
    stack: list[tuple[int, str | None, int | None, str]] = [(x, None, None, "") for x in reversed(root)]
    while stack and len(seen) < _MAX_FORM_NODES:
        xref, ftype, holder, prefix = stack.pop()
        if xref in seen or xref <= 0:
            continue
        seen.add(xref)
        try:
            ft = pdf.xref_get_key(xref, "FT")
            title = _pdf_string(pdf.xref_get_key(xref, "T"))
            has_v = pdf.xref_get_key(xref, "V")[0] != "null"
            kids = _refs(pdf.xref_get_key(xref, "Kids"))
            page_ref = _refs(pdf.xref_get_key(xref, "P"))
        except _PDF_ERRORS:
            continue
        ftype = ft[1].lstrip("/") if ft[0] == "name" else ftype
        holder = xref if has_v else holder
        name = f"{prefix}.{title}" if prefix and title else (title or prefix)
        if kids:
            stack.extend((k, ftype, holder, name) for k in reversed(kids))
        elif ftype == "Sig":
            found[xref] = _SigNode(
                xref, name or f"signature {xref}", holder, page_ref[0] if page_ref else None
            )
    return found


def _orphan_signature(pdf: Any, xref: int, name: str) -> _SigNode:
    """A signature widget missing from the AcroForm tree: find its /V on it or its parents."""
    holder: int | None = None
    seen: set[int] = set()
    current: int | None = xref
    while current is not None and current not in seen and len(seen) < 32:
        seen.add(current)
        try:
            if pdf.xref_get_key(current, "V")[0] != "null":
                holder = current
                break
            parents = _refs(pdf.xref_get_key(current, "Parent"))
        except _PDF_ERRORS:
            break
        current = parents[0] if parents else None
    return _SigNode(xref, name, holder, None)


def _signature(
    reader: _Reader, node: _SigNode | None, name: str, page: int | None, bbox: BBox | None
) -> SignatureField:
    pdf = reader.pdf
    holder = node.holder if node is not None else None
    sub_filter = signer = None
    signing_time = None
    if holder is not None:
        try:
            sub_filter = _pdf_string(pdf.xref_get_key(holder, "V/SubFilter"))
            signer = _pdf_string(pdf.xref_get_key(holder, "V/Name"))
            stamp = _pdf_string(pdf.xref_get_key(holder, "V/M"))
        except _PDF_ERRORS:
            stamp = None
        signing_time = _pdf_date(stamp) if stamp else None
    return SignatureField(
        name=name,
        signed=holder is not None,
        page=page,
        bbox=bbox,
        signer=signer or None,
        signing_time=signing_time,
        sub_filter=sub_filter,
    )


_PDF_DATE = re.compile(
    r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*([Zz+\-])?(\d{2})?'?(\d{2})?"
)


def _pdf_date(text: str) -> dt.datetime | None:
    """A PDF date (``D:20240131120000+01'00'``) as a datetime; no zone given is read as UTC."""
    m = _PDF_DATE.match(text.strip())
    if not m:
        return None
    defaults = (0, 1, 1, 0, 0, 0)
    year, month, day, hour, minute, second = (
        int(g) if g else d for g, d in zip(m.groups()[:6], defaults, strict=True)
    )
    sign, tzh, tzm = m.group(7), m.group(8), m.group(9)
    try:
        tz: dt.tzinfo = dt.UTC  # "Z", or no zone
        if sign in ("+", "-") and tzh:
            offset = dt.timedelta(hours=int(tzh), minutes=int(tzm or 0))
            tz = dt.timezone(offset if sign == "+" else -offset)
        return dt.datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except ValueError:  # month 13, zone +25'00', ...
        return None


def _widget_checked(widget: Any, value: object) -> bool:
    if value in (None, False, "", "Off", "False"):
        return False
    if widget.field_type == pymupdf.PDF_WIDGET_TYPE_RADIOBUTTON:
        # every button of a radio group shares the field's value: ours is on if it matches
        try:
            on = widget.on_state()
        except _PDF_ERRORS:
            on = None
        if on not in (None, True, False, ""):
            return str(value) == str(on)
    return True


def _field_value(value: object) -> str | None:
    if value is None or value is False:
        return None
    if isinstance(value, list | tuple):
        text = ", ".join(str(v) for v in value if str(v).strip())
    else:
        text = str(value)
    return text if text.strip() else None


def _read_widgets(reader: _Reader, page: Any, number: int, matrix: tuple[float, ...] | None) -> None:
    doc = reader.doc
    try:
        xrefs = [a[0] for a in page.annot_xrefs() if a[1] == pymupdf.PDF_ANNOT_WIDGET]
    except _PDF_ERRORS as exc:
        doc.warnings.append(f"the form fields of page {number} could not be read ({_reason(exc)})")
        return
    form_lines: list[list[Word]] = []
    for xref in xrefs:
        try:
            widget = page.load_widget(xref)
            kind = _WIDGET_KINDS.get(widget.field_type, "text")
            name = str(widget.field_name or "") or f"field {xref}"
            label = str(widget.field_label).strip() if widget.field_label else None
            raw_value = widget.field_value
            rect = tuple(widget.rect)
        except _FIELD_ERRORS as exc:
            doc.warnings.append(f"a form field on page {number} could not be read ({_reason(exc)})")
            continue
        box = _to_page(rect, matrix)
        bbox = box if box[2] > box[0] and box[3] > box[1] else None
        shown = label or name

        if kind == "signature":
            node = reader.signatures.get(xref) or _orphan_signature(reader.pdf, xref, name)
            reader.seen_signatures.add(xref)
            sig = _signature(reader, node, node.name if node else name, number, bbox)
            doc.signatures.append(sig)
            doc.form_fields.append(
                FormField(
                    name=sig.name,
                    kind=kind,
                    value="signed" if sig.signed else None,
                    page=number,
                    bbox=bbox,
                    label=label,
                )
            )
            continue

        if kind == "checkbox":
            checked = _widget_checked(widget, raw_value)
            value = _field_value(raw_value)
            doc.form_fields.append(
                FormField(
                    name=name, kind=kind, value=value, page=number, bbox=bbox, checked=checked, label=label
                )
            )
            text = f"{'☒' if checked else '☐'} {shown}"
            if widget.field_type == pymupdf.PDF_WIDGET_TYPE_RADIOBUTTON:
                try:
                    on = widget.on_state()
                except _PDF_ERRORS:
                    on = None
                if on not in (None, True, False, ""):
                    text += f": {on}"
            form_lines.append(_form_line(text, bbox))
            continue

        value = _field_value(raw_value) if kind != "button" else None
        doc.form_fields.append(
            FormField(name=name, kind=kind, value=value, page=number, bbox=bbox, label=label)
        )
        if value is not None:
            form_lines.append(_form_line(f"{shown}: {value}", bbox))

    if form_lines:
        doc.segments.append(Segment.from_lines(form_lines, page=number, label="form"))


def _form_line(text: str, bbox: BBox | None) -> list[Word]:
    box = bbox if bbox is not None else (0.0, 0.0, 0.0, 0.0)
    return [Word(part, box) for part in text.split()]


def _add_unplaced_signatures(reader: _Reader) -> None:
    """Signature fields whose widget is on no page's annotation list (invisible signatures)."""
    pdf, doc = reader.pdf, reader.doc
    page_of: dict[int, int] = {}
    for index in range(doc.page_count):
        try:
            page_of[pdf.page_xref(index)] = index + 1
        except _PDF_ERRORS:
            continue
    for xref, node in reader.signatures.items():
        if xref in reader.seen_signatures:
            continue
        page = page_of.get(node.page_xref) if node.page_xref is not None else None
        sig = _signature(reader, node, node.name, page, None)
        doc.signatures.append(sig)
        doc.form_fields.append(
            FormField(name=sig.name, kind="signature", value="signed" if sig.signed else None, page=page)
        )


def _validate_signatures(doc: Document, data: bytes) -> None:
    """Attach pyHanko's validation to the signed fields; skipped (it re-reads the file) without any."""
    if not any(s.signed for s in doc.signatures):
        return
    found = validate_pdf_signatures(data)
    if found.note is not None:
        doc.warnings.append(f"the digital signatures could not be validated: {found.note}")
    doc.signatures = attach_validations(doc.signatures, found)


# -- embedded files ----------------------------------------------------------------------


def _embedded_names(pdf: Any) -> Iterable[int]:
    try:
        return range(pdf.embfile_count())
    except _PDF_ERRORS:
        return range(0)


def _read_embedded_files(doc: Document, pdf: Any, ctx: ExtractContext) -> None:
    """Files attached to the PDF (Factur-X invoice XML, a forwarded mail, ...) become children."""
    for index in _embedded_names(pdf):
        try:
            info = pdf.embfile_info(index)
            name = str(info.get("filename") or info.get("name") or f"attachment-{index + 1}")
            if int(info.get("size") or 0) > _MAX_EMBEDDED_BYTES:
                doc.warnings.append(
                    f"embedded file {name} is larger than {_MAX_EMBEDDED_BYTES} bytes; not read"
                )
                continue
            data = bytes(pdf.embfile_get(index))
        except _PDF_ERRORS as exc:
            doc.warnings.append(f"embedded file {index + 1} could not be read ({_reason(exc)})")
            continue
        doc.children.append(ctx.child(data, name.replace("/", "_"), doc))
