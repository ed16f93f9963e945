"""The images of a PDF page: their boxes, and perceptual hashes within a pixel budget."""

from __future__ import annotations

import hashlib
from typing import Any

from PIL import Image

from poe_reviewer.documents.imagehash import dhash_image
from poe_reviewer.documents.model import BBox, ImageInfo
from poe_reviewer.documents.pdf_common import (
    DECODE_ERRORS,
    HASH_DECODE_SIDE,
    HASH_MAX_PIXELS,
    MAX_IMAGES,
    MIN_HASH_SIDE,
    PDF_ERRORS,
    PageReader,
    failure_reason,
    log,
    pymupdf,
    to_page,
)

# -- images ------------------------------------------------------------------------------


def _clip(box: BBox, page_box: BBox) -> BBox | None:
    x0, y0, x1, y1 = box
    x0, x1 = max(min(x0, x1), page_box[0]), min(max(x0, x1), page_box[2])
    y0, y1 = max(min(y0, y1), page_box[1]), min(max(y0, y1), page_box[3])
    if x1 <= x0 or y1 <= y0:
        return None
    return (x0, y0, x1, y1)


def read_images(
    reader: PageReader,
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
    except PDF_ERRORS as exc:
        doc.warnings.append(f"the images of page {number} could not be listed ({failure_reason(exc)})")
        return
    by_size: dict[tuple[int, int], list[Any]] = {}
    for item in listed:
        by_size.setdefault((int(item[2]), int(item[3])), []).append(item)

    for block in blocks:
        if len(doc.images) >= MAX_IMAGES:
            if not reader.images_cut:
                reader.images_cut = True
                doc.warnings.append(f"more than {MAX_IMAGES} images; the rest are not listed")
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
        sha = _raw_sha(reader, xref, int(item[1]))
        if sha is None:
            continue
        bbox = _clip(to_page(tuple(block["bbox"]), matrix), page_box)
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


def _raw_stream(reader: PageReader, xref: int) -> bytes | None:
    try:
        raw = reader.pdf.xref_stream_raw(xref)
    except PDF_ERRORS:
        return None
    return bytes(raw) if raw is not None else None


def _raw_length(reader: PageReader, xref: int) -> int:
    if xref not in reader.len_by_xref:
        raw = _raw_stream(reader, xref)
        reader.len_by_xref[xref] = len(raw) if raw is not None else -1
    return reader.len_by_xref[xref]


def _raw_sha(reader: PageReader, xref: int, smask: int = 0) -> str | None:
    """The digest of an image object as drawn: its pixels and, where it has one, its soft mask. A signature
    pasted as a transparent PNG is a plain black box without its mask, the same box for every signature of that
    size; the drawing is in the mask."""
    if xref not in reader.sha_by_xref:
        raw = _raw_stream(reader, xref)
        if raw is None:
            return None
        reader.len_by_xref[xref] = len(raw)
        digest = hashlib.sha256(raw)
        if smask:
            mask = _raw_stream(reader, smask)
            digest.update(b"\0smask\0" + (mask or b""))
        reader.sha_by_xref[xref] = digest.hexdigest()
    return reader.sha_by_xref[xref]


def _phash(reader: PageReader, item: Any, covers_page: bool) -> str | None:
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
    if min(width, height) < MIN_HASH_SIDE or pixels > reader.ctx.max_image_pixels:
        pass  # nothing to recognise, or a possible decompression bomb: never decoded
    elif ((pixels > HASH_MAX_PIXELS or covers_page) and not cheap) or cost > reader.hash_budget:
        pass  # a large scan: its text and boxes matter, not its fingerprint
    else:
        reader.hash_budget -= cost
        result = _phash_small(reader, xref, smask)
    reader.phash_by_xref[xref] = result
    return result


def _small_image(pdf: Any, xref: int) -> Image.Image:
    """Decode image ``xref`` at about HASH_DECODE_SIDE pixels on its long side."""
    mu = pymupdf.mupdf
    pdf_doc = mu.pdf_document_from_fz_document(pdf.this)
    image = mu.pdf_load_image(pdf_doc, mu.pdf_new_indirect(pdf_doc, xref, 0))
    width, height = int(image.w()), int(image.h())
    scale = min(1.0, HASH_DECODE_SIDE / max(width, height, 1))
    target = mu.FzMatrix(max(1, round(width * scale)), 0, 0, max(1, round(height * scale)), 0, 0)
    everything = mu.FzIrect(
        pymupdf.FZ_MIN_INF_RECT, pymupdf.FZ_MIN_INF_RECT, pymupdf.FZ_MAX_INF_RECT, pymupdf.FZ_MAX_INF_RECT
    )
    raw, _w, _h = mu.fz_get_pixmap_from_image(image, everything, target)
    pix = pymupdf.Pixmap(raw)
    if pix.colorspace is None or pix.colorspace.n not in (1, 3):
        pix = pymupdf.Pixmap(pymupdf.csRGB, pix)
    mode = {(1, False): "L", (1, True): "LA", (3, False): "RGB", (3, True): "RGBA"}[(pix.colorspace.n, bool(pix.alpha))]
    return Image.frombytes(mode, (pix.width, pix.height), pix.samples)


def _phash_small(reader: PageReader, xref: int, smask: int) -> str | None:
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
    except DECODE_ERRORS as exc:
        log.debug("image %d not decoded for its hash: %s", xref, exc)
        return None
    return dhash_image(img)
