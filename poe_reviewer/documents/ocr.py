"""Read scanned pages and pictures with OCR, so that every check works on paper too.

A physically signed POE arrives as a scan: a PDF page that is only a picture, a picture
inside an otherwise digital PDF, or an image file. This module reads such pages with
**Tesseract** (Debian's ``tesseract-ocr`` with its English and orientation models, installed
by ``make test``; nothing is downloaded at run time) and puts the words into the document
model as a :class:`Segment` labelled ``ocr`` whose words carry boxes in page space (PDF
points, top-left origin) - the same space as the text layer of digital pages, so evidence
found in a scan is highlighted at the right place. It then hands the page raster to the ink
detector (:mod:`poe_reviewer.documents.ink`), which finds the signature blocks and tells a
handwritten signature from an empty line.

What happens to a page, in order:

1. it is rendered at about 300 dpi in grey, never above ``max_pixels`` pixels, and never at all
   when an image on it declares more pixels than the extractor's limit (decompression bombs);
2. its layout is measured from the dark pixels' projection profiles: whether its text lines run
   across or up and down the page (a page turned 90°) and how much they are skewed;
3. it is turned so the lines run across, straightened and, when its text is small, enlarged;
4. Tesseract reads it with orientation detection (which also settles upside-down pages), one
   thread, with a time limit; words below a confidence are dropped as noise;
5. the words are mapped back to page space, and the upright raster goes to the ink detector.

Tesseract runs as a separate process: a crash or hang in the engine loses one page (listed
with a warning), never the review. Without the engine (a reviewer machine without the Debian
package) :func:`default_enabled` is false and scans are listed as "no text layer; OCR engine
not installed". ``POE_REVIEWER_OCR=0`` turns OCR off.
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

import pymupdf as _pymupdf
from PIL import Image

from poe_reviewer.documents import ink
from poe_reviewer.documents.model import BBox, Document, ImageInfo, Segment, SignatureBlock, Word
from poe_reviewer.documents.ocr_dates import read_written_dates
from poe_reviewer.documents.ocr_engine import (
    ENGINE,
    ENV_SWITCH,
    Settings,
    default_enabled,
    engine_available,
    engine_version,
    installed_languages,
    settings,
)
from poe_reviewer.documents.ocr_raster import MIN_SKEW, OcrError, OcrPage, read_raster
from poe_reviewer.documents.registry import ExtractContext

log = logging.getLogger(__name__)
pymupdf = cast(Any, _pymupdf)

__all__ = [
    "ENGINE",
    "ENV_SWITCH",
    "OcrError",
    "Settings",
    "default_enabled",
    "engine_available",
    "engine_version",
    "installed_languages",
    "settings",
]

_PDF_ERRORS: tuple[type[BaseException], ...] = (RuntimeError, ValueError, pymupdf.mupdf.FzErrorBase)
_RENDER_ERRORS: tuple[type[BaseException], ...] = (*_PDF_ERRORS, MemoryError)
#: Long side of the reduced picture the layout is measured on.
_MIN_NATIVE_DPI = 100.0
#: Pages read per process kept with their result (the same scan extracted again is free).
_CACHE_PAGES = 256


# -- the hooks of the extractors -----------------------------------------------------------------


@dataclass(frozen=True)
class _Result:
    lines: list[list[Word]]
    blocks: list[SignatureBlock]
    note: str


_cache: OrderedDict[tuple[str, ...], _Result] = OrderedDict()
_cache_lock = threading.Lock()


def _cached(key: tuple[str, ...] | None) -> _Result | None:
    if key is None:
        return None
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
        return hit


def _remember(key: tuple[str, ...] | None, value: _Result) -> None:
    if key is None:
        return
    with _cache_lock:
        _cache[key] = value
        while len(_cache) > _CACHE_PAGES:
            _cache.popitem(last=False)


def _key(doc: Document, kind: str, number: int, cfg: Settings) -> tuple[str, ...] | None:
    if not doc.sha256:
        return None
    return (doc.sha256, kind, str(number), repr(cfg), engine_version() or "")


def _note(number: int, page: OcrPage) -> str:
    how = []
    if page.rotation:
        how.append(f"turned {page.rotation}°")
    if abs(page.skew) >= MIN_SKEW:
        how.append(f"skewed {page.skew:+.1f}°")
    how.append(f"{page.word_count} words, mean confidence {page.confidence:.0f}%")
    return f"page {number} read by OCR ({', '.join(how)})"


def _apply(doc: Document, number: int, result: _Result) -> None:
    if result.lines:
        doc.segments.append(Segment.from_lines(result.lines, page=number, label="ocr"))
    doc.signature_blocks.extend(result.blocks)
    if result.note:
        doc.warnings.append(result.note)


def _read(
    img: Image.Image,
    page_size: tuple[float, float],
    number: int,
    dpi: float | None,
    skip: Sequence[BBox] = (),
) -> _Result:
    cfg = settings()
    page = read_raster(img, page_size, dpi=dpi, cfg=cfg)
    blocks = _blocks(page, number)
    if not blocks and _sign_off_page(page):
        # OCR of a sparse sign-off page turns on small things: the same scan read a third larger
        # often reads the "Signature" label and the date the first reading lost
        size = (round(img.width * _REREAD_SCALE), round(img.height * _REREAD_SCALE))
        larger = img.resize(size, Image.Resampling.LANCZOS)
        again = read_raster(larger, page_size, dpi=dpi * _REREAD_SCALE if dpi else None, cfg=cfg)
        again_blocks = _blocks(again, number)
        if again_blocks:
            page, blocks = again, again_blocks
    blocks = read_written_dates(page, blocks, ink.rules(), cfg)
    lines = page.lines
    if skip:  # words the page's own text layer already has
        lines = [[w for w in line if not _inside_any(w.bbox, skip)] for line in lines]
        lines = [line for line in lines if line]
        page.lines = lines
    note = _note(number, page) if lines else f"page {number} read by OCR: no text found"
    log.debug("OCR page %d: %.2f s, %d words", number, page.seconds, page.word_count)
    return _Result(lines, blocks, note)


def _blocks(page: OcrPage, number: int) -> list[SignatureBlock]:
    return ink.page_blocks(
        page.upright,
        page.words,
        number,
        page.to_page.box,
        source="scan",
        fallback_height=max(8.0, 9.0 * page.scale),
    )


#: A page of fewer words than this that speaks of acceptance or signing is a sign-off page.
_SIGN_OFF_MAX_WORDS = 80
_SIGN_OFF_WORDS = re.compile(r"\b(?:accept\w*|sign\w*|approv\w*|acknowledg\w*|confirm\w*)\b", re.IGNORECASE)
#: How much larger a sign-off page without a place to sign is read a second time.
_REREAD_SCALE = 4 / 3


def _sign_off_page(page: OcrPage) -> bool:
    words = [w.text for line in page.lines for w in line]
    return 0 < len(words) <= _SIGN_OFF_MAX_WORDS and bool(_SIGN_OFF_WORDS.search(" ".join(words)))


def _inside_any(box: BBox, others: Sequence[BBox]) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(o[0] <= cx <= o[2] and o[1] <= cy <= o[3] for o in others)


def read_pdf_page(
    doc: Document, page: Any, number: int, text_lines: Sequence[Sequence[Word]], ctx: ExtractContext
) -> None:
    """The OCR hook of the PDF extractor, after a page's text layer, images and fields are read.

    A page without a text layer is read by OCR, and so is a page whose text layer is a few
    words on a page-sized scan (an envelope id stamped on a scanned page). A page with a text
    layer and a signature label gets its signature area looked at for ink.
    """
    cfg = settings()
    rect = page.rect
    page_area = float(rect.width * rect.height)
    text_words = [w for line in text_lines for w in line]
    scan_images = [
        i
        for i in doc.images
        if i.page == number
        and i.bbox is not None
        and (i.bbox[2] - i.bbox[0]) * (i.bbox[3] - i.bbox[1]) >= cfg.scan_image_share * page_area
    ]
    scans = [i.bbox for i in scan_images if i.bbox is not None]
    if text_words:
        on_scan = [w for w in text_words if _inside_any(w.bbox, scans)] if scans else []
        if not scans or len(on_scan) >= cfg.scan_max_text_words:
            if page_area > 0:
                try:
                    doc.signature_blocks.extend(ink.text_page_blocks(page, number, text_lines, doc.images))
                except _RENDER_ERRORS as exc:
                    log.debug("ink of page %d not read: %s", number, exc)
            return
    if not ctx.ocr:
        doc.warnings.append(
            f"page {number} has no text layer (scanned image?)"
            if not text_words
            else f"page {number} is a scanned image with only {len(text_words)} words of text (OCR is off)"
        )
        return
    if not engine_available():
        what = "has no text layer" if not text_words else f"is a scanned image with {len(text_words)} words of text"
        doc.warnings.append(f"page {number} {what}; OCR engine not installed")
        return
    if _over_page_budget(doc, number, cfg):
        return
    key = _key(doc, "pdf", number, cfg)
    result = _cached(key)
    if result is None:
        try:
            native = max((_native_dpi(i) for i in scan_images), default=None)
            result = _read_pdf(page, number, [w.bbox for w in text_words], ctx.max_image_pixels, native, cfg)
        except OcrError as exc:
            doc.warnings.append(f"page {number} could not be read by OCR: {exc}")
            return
        except Exception as exc:  # one page's OCR failing must not cost the document the rest
            log.debug("OCR of page %d of %s failed", number, doc.path, exc_info=True)
            doc.warnings.append(f"page {number} could not be read by OCR ({type(exc).__name__}: {exc})")
            return
        _remember(key, result)
    _apply(doc, number, result)


_READ_NOTE = re.compile(r"^page \d+ read by OCR")


def _over_page_budget(doc: Document, number: int, cfg: Settings) -> bool:
    """True (with a note, once) when the document has had its share of OCR pages."""
    read = sum(1 for w in doc.warnings if _READ_NOTE.match(w))
    if read < cfg.max_pages:
        return False
    if not any(w.startswith("pages from ") and "OCR page limit" in w for w in doc.warnings):
        doc.warnings.append(
            f"pages from {number} on were not read by OCR (OCR page limit: {cfg.max_pages} pages per document)"
        )
    return True


def _native_dpi(image: ImageInfo) -> float:
    """The resolution a picture is shown at on its page (pixels per inch)."""
    assert image.bbox is not None
    width_in = max(1e-3, (image.bbox[2] - image.bbox[0]) / 72.0)
    height_in = max(1e-3, (image.bbox[3] - image.bbox[1]) / 72.0)
    return min(image.width / width_in, image.height / height_in)


def _read_pdf(page: Any, number: int, skip: Sequence[BBox], limit: int, native: float | None, cfg: Settings) -> _Result:
    try:
        declared = [int(item[2]) * int(item[3]) for item in page.get_images(full=True)]
    except _PDF_ERRORS as exc:
        raise OcrError(f"its images could not be listed ({exc})") from exc
    biggest = max(declared, default=0)
    if biggest > limit:
        raise OcrError(f"an image on it is too large to render ({biggest:,} pixels): possible decompression bomb")
    rect = page.rect
    width_in, height_in = float(rect.width) / 72.0, float(rect.height) / 72.0
    if width_in <= 0 or height_in <= 0:
        raise OcrError("the page has no area")
    # a scan is rendered at its own resolution: resampling a noisy scan costs more words than it wins
    dpi = min(native, cfg.dpi) if native and native >= _MIN_NATIVE_DPI else cfg.dpi
    dpi = min(dpi, math.sqrt(cfg.max_pixels / (width_in * height_in)))
    try:
        # rounded, not cut: 149.99 dpi rendered at 149 resamples the whole scan and costs words
        pix = page.get_pixmap(dpi=max(1, round(dpi)), colorspace=pymupdf.csGRAY, alpha=False, annots=True)
        img = Image.frombytes("L", (pix.width, pix.height), pix.samples, "raw", "L", pix.stride)
    except _RENDER_ERRORS as exc:
        raise OcrError(f"the page could not be rendered ({exc})") from exc
    return _read(img, (float(rect.width), float(rect.height)), number, pix.width / width_in, skip)


def read_picture(
    doc: Document,
    frame: Image.Image,
    number: int,
    page_size: tuple[float, float],
    dpi: float | None,
    ctx: ExtractContext,
) -> bool:
    """The OCR hook of the image extractor for one frame (as displayed). True when it was read."""
    if not ctx.ocr or not engine_available():
        return False
    cfg = settings()
    if frame.width * frame.height < cfg.min_picture_pixels:
        # icons, logos and spacers in e-mails: no text worth the engine's start-up
        size = f"{frame.width}x{frame.height} px"
        doc.warnings.append(f"page {number} not read by OCR: the picture is too small ({size})")
        return True
    if _over_page_budget(doc, number, cfg):
        return True
    key = _key(doc, "image", number, cfg)
    result = _cached(key)
    if result is None:
        try:
            scale = min(1.0, math.sqrt(cfg.max_pixels / max(1, frame.width * frame.height)))
            shown = frame
            if scale < 1.0:
                shown = frame.resize(
                    (max(1, int(frame.width * scale)), max(1, int(frame.height * scale))), Image.Resampling.BOX
                )
            result = _read(shown, page_size, number, dpi * scale if dpi else None)
        except OcrError as exc:
            doc.warnings.append(f"page {number} could not be read by OCR: {exc}")
            return False
        except Exception as exc:  # one page's OCR failing must not cost the document the rest
            log.debug("OCR of page %d of %s failed", number, doc.path, exc_info=True)
            doc.warnings.append(f"page {number} could not be read by OCR ({type(exc).__name__}: {exc})")
            return False
        _remember(key, result)
    _apply(doc, number, result)
    return True
