"""Read a picture of a claim bundle (scan, screenshot, photo) into the document model.

An image has no text of its own: each page (one per TIFF frame) becomes an empty
segment, and OCR (:mod:`poe_reviewer.documents.ocr`, when ``ctx.ocr``) adds the words it
reads as an ``ocr`` segment of that page. A page OCR did not read carries a warning, so
checks do not mistake "no text found" for "the evidence says nothing". The page size is given
in points from the image's resolution (72 dpi when it has none), as it is displayed:
an EXIF orientation that turns the picture is applied to the size and noted.

Every image is measured from its header first and refused when it has more pixels than
``ctx.max_image_pixels`` (decompression bombs); truncated and undecodable files raise
:class:`ExtractionError`. Each frame is listed as an :class:`ImageInfo` with a
perceptual hash, to recognise the same picture in other documents.
"""

from __future__ import annotations

import hashlib
import io
import re
import struct
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

from poe_reviewer.documents import ocr
from poe_reviewer.documents.imagehash import dhash_image
from poe_reviewer.documents.model import Document, ImageInfo, Segment
from poe_reviewer.documents.registry import ExtractContext
from poe_reviewer.errors import ExtractionError

#: Formats whose frames are pages of a document; other frames are animation steps or variants.
_PAGED_FORMATS = frozenset({"TIFF"})
#: Resolutions outside this range are placeholders (0, 1, absurd), not a real scan resolution.
_DPI_RANGE = (20.0, 5000.0)
#: EXIF orientation values: how a viewer turns the stored picture for display.
_ORIENTATIONS = {
    2: "mirrored left to right",
    3: "turned 180°",
    4: "mirrored top to bottom",
    5: "mirrored and turned a quarter",
    6: "turned 90° clockwise",
    7: "mirrored and turned a quarter",
    8: "turned 90° counter-clockwise",
}
_EXIF_ORIENTATION = 0x0112
_EXIF_SOFTWARE = 0x0131
_EXIF_DATETIME = 0x0132
#: What Pillow raises for damaged files (TypeError: a TIFF directory without dimensions).
_DECODE_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    ValueError,
    SyntaxError,
    EOFError,
    IndexError,
    TypeError,
    struct.error,
)


def _too_large(pixels: int) -> str:
    return f"image too large ({pixels:,} pixels): possible decompression bomb; not read"


def _check_size(doc: Document, img: Image.Image, limit: int) -> None:
    width, height = img.size
    if width <= 0 or height <= 0:
        raise ExtractionError(
            doc.path, f"the image is damaged: it declares a size of {width}x{height} pixels"
        )
    if width * height > limit:
        raise ExtractionError(doc.path, _too_large(width * height))


def _dpi(img: Image.Image) -> tuple[float, float]:
    raw = img.info.get("dpi")
    try:
        x, y = (float(raw[0]), float(raw[1])) if raw else (0.0, 0.0)
    except (TypeError, ValueError, IndexError):
        x = y = 0.0
    lo, hi = _DPI_RANGE
    x = x if lo <= x <= hi else 0.0
    y = y if lo <= y <= hi else 0.0
    if not x and not y:
        return 72.0, 72.0
    return (x or y), (y or x)


def _open(doc: Document, data: bytes, limit: int) -> Image.Image:
    try:
        with warnings.catch_warnings():
            # our own limit (ctx.max_image_pixels) applies below, not Pillow's global one
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as exc:
        # over twice Pillow's own global limit: its message carries the pixel count
        found = re.search(r"\((\d+) pixels\)", str(exc))
        reason = _too_large(int(found.group(1))) if found else "image too large: possible decompression bomb"
        raise ExtractionError(doc.path, reason) from exc
    except UnidentifiedImageError as exc:
        raise ExtractionError(doc.path, "the image format is not recognised or the file is damaged") from exc
    except _DECODE_ERRORS as exc:
        raise ExtractionError(doc.path, f"the image is damaged and cannot be read ({exc})") from exc
    _check_size(doc, img, limit)
    return img


def _decode(doc: Document, frame: Image.Image, page: int, frames: int) -> None:
    """Decode a frame's pixels: the only way to know the file is not truncated."""
    where = f" (page {page})" if frames > 1 else ""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            frame.load()
    except _DECODE_ERRORS as exc:
        text = str(exc)
        if "truncated" in text.lower() or isinstance(exc, EOFError):
            reason = f"the image file is truncated{where}: it ends before all its pixels"
        else:
            reason = f"the image cannot be decoded{where} ({text or type(exc).__name__})"
        raise ExtractionError(doc.path, reason) from exc


def _metadata(doc: Document, img: Image.Image, frames: int) -> int:
    """Fill ``doc.metadata``; return the EXIF orientation (1 when upright or unknown)."""
    doc.metadata["format"] = str(img.format or "unknown")
    doc.metadata["mode"] = img.mode
    doc.metadata["pixels"] = f"{img.width}x{img.height}"
    if frames > 1:
        doc.metadata["frames"] = str(frames)
    if img.info.get("dpi"):
        dpi_x, dpi_y = _dpi(img)
        doc.metadata["dpi"] = f"{dpi_x:g}x{dpi_y:g}"
    orientation = 1
    try:
        exif = img.getexif()
    except _DECODE_ERRORS:
        doc.warnings.append("the image's EXIF data is damaged and was ignored")
        return orientation
    raw = exif.get(_EXIF_ORIENTATION)
    if isinstance(raw, int) and raw in _ORIENTATIONS:
        orientation = raw
        doc.metadata["exif_orientation"] = f"{raw} ({_ORIENTATIONS[raw]})"
        doc.warnings.append(
            f"the image is {_ORIENTATIONS[raw]} for display (EXIF orientation {raw}); "
            "its page size is given as displayed"
        )
    for tag, key in ((_EXIF_SOFTWARE, "software"), (_EXIF_DATETIME, "exif_datetime")):
        value = exif.get(tag)
        if isinstance(value, str | bytes):
            text = value.decode("latin-1") if isinstance(value, bytes) else value
            text = text.replace("\x00", "").strip()
            if text:
                doc.metadata[key] = text
    return orientation


def extract(doc: Document, data: bytes, ctx: ExtractContext) -> None:
    """Fill ``doc`` from the image bytes ``data``: pages, sizes, image fingerprints."""
    with warnings.catch_warnings():
        # Pillow warns about damaged EXIF/TIFF tags it skips: not the reviewer's concern
        warnings.simplefilter("ignore", UserWarning)
        _extract(doc, data, ctx)


def _extract(doc: Document, data: bytes, ctx: ExtractContext) -> None:
    img = _open(doc, data, ctx.max_image_pixels)
    try:
        frames = int(getattr(img, "n_frames", 1) or 1)
    except _DECODE_ERRORS:
        frames = 1
    paged = str(img.format) in _PAGED_FORMATS
    if frames > 1 and not paged:
        doc.warnings.append(
            f"image with {frames} frames (animation or variants): only the first frame is read"
        )
        frames = 1
    if frames > ctx.max_pages:
        doc.warnings.append(f"only the first {ctx.max_pages} of {frames} pages were read (page limit)")
        frames = max(ctx.max_pages, 0)
    orientation = _metadata(doc, img, frames)
    file_sha = hashlib.sha256(data).hexdigest()
    read_by_ocr = 0

    for index in range(frames):
        number = index + 1
        try:
            img.seek(index)
        except _DECODE_ERRORS as exc:
            if index == 0:
                raise ExtractionError(doc.path, f"the image cannot be decoded ({exc})") from exc
            doc.warnings.append(
                f"page {number} of the image could not be read ({exc}); the pages before it were"
            )
            break
        frame = img
        _check_size(doc, frame, ctx.max_image_pixels)
        _decode(doc, frame, number, frames)
        dpi_x, dpi_y = _dpi(frame)
        width_pt, height_pt = frame.width * 72.0 / dpi_x, frame.height * 72.0 / dpi_y
        if orientation >= 5:  # turned a quarter: displayed with width and height swapped
            width_pt, height_pt = height_pt, width_pt
        size = (round(width_pt, 2), round(height_pt, 2))
        doc.page_sizes.append(size)
        doc.segments.append(Segment(text="", page=number))
        doc.page_count = number  # pages read so far stay listed if a later one is damaged
        sha = file_sha if frames == 1 else hashlib.sha256(frame.tobytes()).hexdigest()
        try:
            # fingerprint the picture as displayed, as other documents would show it
            shown = ImageOps.exif_transpose(frame) if orientation != 1 else frame
            phash: str | None = dhash_image(shown if shown is not None else frame)
        except _DECODE_ERRORS:
            phash = None
        doc.images.append(
            ImageInfo(
                sha256=sha,
                width=frame.width,
                height=frame.height,
                page=number,
                bbox=(0.0, 0.0, size[0], size[1]),
                name=f"page {number}" if frames > 1 else None,
                phash=phash,
            )
        )
        if ctx.ocr:
            # the picture as displayed is what OCR reads, in the page space given above
            display = ImageOps.exif_transpose(frame) if orientation != 1 else frame
            known_dpi = dpi_x if frame.info.get("dpi") and dpi_x != 72.0 else None
            read_by_ocr += ocr.read_picture(doc, display or frame, number, size, known_dpi, ctx)
    if doc.page_count == 0:
        raise ExtractionError(doc.path, "the image file holds no readable picture")
    if not ctx.ocr:
        pages = "its page has" if doc.page_count == 1 else f"its {doc.page_count} pages have"
        doc.warnings.append(f"the document is an image: {pages} no text yet (not read by OCR)")
    elif read_by_ocr < doc.page_count:
        unread = doc.page_count - read_by_ocr
        pages = "its page has" if doc.page_count == 1 else f"{unread} of its {doc.page_count} pages have"
        why = "OCR engine not installed" if not ocr.engine_available() else "OCR failed"
        doc.warnings.append(f"the document is an image: {pages} no text ({why})")
