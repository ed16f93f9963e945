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
import gc
import re
from collections.abc import Iterable, Iterator
from typing import Any

from poe_reviewer.documents import ocr
from poe_reviewer.documents.model import BBox, Document, Segment
from poe_reviewer.documents.pdf_common import (
    MAX_EMBEDDED_BYTES,
    METADATA_KEYS,
    PDF_ERRORS,
    TEXT_FLAGS,
    PageReader,
    failure_reason,
    log,
    pymupdf,
)
from poe_reviewer.documents.pdf_forms import (
    add_unplaced_signatures,
    read_widgets,
    signature_fields,
    validate_signatures,
)
from poe_reviewer.documents.pdf_images import read_images
from poe_reviewer.documents.pdf_lines import visual_lines
from poe_reviewer.documents.registry import ExtractContext
from poe_reviewer.errors import ExtractionError


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
    validate_signatures(doc, data)


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


def _open(doc: Document, data: bytes) -> Any:
    try:
        pdf = pymupdf.open(stream=data, filetype="pdf")
    except PDF_ERRORS as exc:
        # MuPDF cannot open certificate-encrypted files at all; say so rather than "damaged".
        if re.search(rb"/Filter\s*/Adobe\.PubSec|/SubFilter\s*/adbe\.pkcs7\.s[45]", data):
            raise ExtractionError(
                doc.path,
                "PDF encrypted with a certificate (public-key security): it can only be opened with "
                "the recipient's private key; ask the partner for an unprotected copy",
            ) from exc
        raise ExtractionError(doc.path, f"the PDF is damaged and cannot be opened ({failure_reason(exc)})") from exc
    if pdf.needs_pass:
        pdf.close()
        raise ExtractionError(
            doc.path,
            "password-protected PDF: it cannot be read without its password; ask the partner for an unprotected copy",
        )
    try:
        pages = pdf.page_count
    except PDF_ERRORS as exc:
        pdf.close()
        raise ExtractionError(
            doc.path, f"the PDF is damaged: its page list is unreadable ({failure_reason(exc)})"
        ) from exc
    if pages == 0:
        pdf.close()
        raise ExtractionError(doc.path, "the PDF is damaged: it has no readable pages")
    return pdf


def _read(doc: Document, pdf: Any, ctx: ExtractContext) -> None:
    reader = PageReader(doc, pdf, ctx)
    _read_metadata(doc, pdf)
    if getattr(pdf, "is_repaired", False):
        doc.warnings.append(
            "the PDF's internal structure is damaged and was repaired when read; "
            "some content may be missing or out of place"
        )
    reader.signatures = signature_fields(pdf)

    total = pdf.page_count
    count = min(total, max(ctx.max_pages, 0))
    if count < total:
        doc.warnings.append(f"only the first {count} of {total} pages were read (page limit)")
    doc.page_count = count
    for index in range(count):
        _read_page(reader, index)

    add_unplaced_signatures(reader)
    _read_embedded_files(doc, pdf, ctx)


def _read_metadata(doc: Document, pdf: Any) -> None:
    try:
        meta = pdf.metadata or {}
    except PDF_ERRORS as exc:
        doc.warnings.append(f"the PDF's metadata could not be read ({failure_reason(exc)})")
        return
    for key in METADATA_KEYS:
        value = meta.get(key)
        if value is None:
            continue
        text = str(value).replace("\x00", "").strip()
        if text:
            doc.metadata[key] = text


def _read_page(reader: PageReader, index: int) -> None:
    doc, number = reader.doc, index + 1
    try:
        page = reader.pdf.load_page(index)
    except PDF_ERRORS as exc:
        doc.warnings.append(f"page {number} could not be read ({failure_reason(exc)}); the other pages were read")
        doc.page_sizes.append((0.0, 0.0))
        doc.segments.append(Segment(text="", page=number))
        return
    rect = page.rect
    page_box: BBox = (0.0, 0.0, float(rect.width), float(rect.height))
    doc.page_sizes.append((round(rect.width, 2), round(rect.height, 2)))
    matrix = tuple(page.rotation_matrix) if page.rotation else None

    try:
        textpage = page.get_textpage(flags=TEXT_FLAGS)
        raw_words = textpage.extractWORDS()
        image_blocks = textpage.extractIMGINFO()
    except PDF_ERRORS as exc:
        doc.warnings.append(f"the text of page {number} could not be read ({failure_reason(exc)})")
        raw_words, image_blocks = [], []

    lines = visual_lines(raw_words, matrix)
    doc.segments.append(Segment.from_lines(lines, page=number))

    if image_blocks:
        read_images(reader, page, number, image_blocks, matrix, page_box)
    read_widgets(reader, page, number, matrix)
    # scans (no text layer, or a page-sized picture) are read by OCR; signature blocks get their ink
    ocr.read_pdf_page(doc, page, number, lines, reader.ctx)


# -- embedded files ----------------------------------------------------------------------


def _embedded_names(pdf: Any) -> Iterable[int]:
    try:
        return range(pdf.embfile_count())
    except PDF_ERRORS:
        return range(0)


def _read_embedded_files(doc: Document, pdf: Any, ctx: ExtractContext) -> None:
    """Files attached to the PDF (Factur-X invoice XML, a forwarded mail, ...) become children."""
    for index in _embedded_names(pdf):
        try:
            info = pdf.embfile_info(index)
            name = str(info.get("filename") or info.get("name") or f"attachment-{index + 1}")
            if int(info.get("size") or 0) > MAX_EMBEDDED_BYTES:
                doc.warnings.append(f"embedded file {name} is larger than {MAX_EMBEDDED_BYTES} bytes; not read")
                continue
            data = bytes(pdf.embfile_get(index))
        except PDF_ERRORS as exc:
            doc.warnings.append(f"embedded file {index + 1} could not be read ({failure_reason(exc)})")
            continue
        doc.children.append(ctx.child(data, name.replace("/", "_"), doc))
