"""Dates written by hand on a scanned sign-off, read a second time on their own.

OCR of a whole page reads a date written beside "Date:" as noise ("0717/2026", "Date date:"): the
strokes slant, run into the cell's border and share a line with printed words. Cut out tight, made
black and white and read as one line of digits and separators, the same strokes usually come back
whole. Only a block with a handwritten signature and no date gets this second look, and only a
reading that is one whole date is kept, with how it was read (seed, "What constitutes valid proof
of execution", item 5: the date of the customer's signature).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
from PIL import Image

from poe_reviewer.dates import find_dates
from poe_reviewer.documents.ink import PageWord, text_height
from poe_reviewer.documents.ink_pixels import ruled_lines
from poe_reviewer.documents.ink_tables import ocr_date
from poe_reviewer.documents.model import BBox, SignatureBlock
from poe_reviewer.documents.ocr_engine import InkRules, Settings
from poe_reviewer.documents.ocr_raster import OcrError, OcrPage, read_line

#: What a written date is made of; anything else OCR offers is noise.
_DATE_CHARS = "0123456789/.-"
#: How far (in text heights) right of its label a written date is looked for, and how far from
#: the signature the label may stand.
_DATE_WIDTH = 14.0
_LABEL_REACH = 30.0
#: Darker than this is pen or print for the engine (black on white); the ink detector's own
#: threshold, made to tell faint strokes from paper, lets the paper's grain in.
_DARK = 150


def read_written_dates(
    page: OcrPage, blocks: Sequence[SignatureBlock], rules_: InkRules, cfg: Settings
) -> list[SignatureBlock]:
    """``blocks`` with the date written by hand beside a "Date:" label read where the page's OCR lost it."""
    wanted = [b for b in blocks if b.source == "scan" and b.ink and b.date is None]
    if not wanted:
        return list(blocks)
    labels = [w for w in page.words if any(rx.fullmatch(w.text.strip()) for rx in rules_.date_fields)]
    if not labels:
        return list(blocks)
    to_raster = page.to_page.inverse()
    out: list[SignatureBlock] = []
    used: set[int] = set()
    for block in blocks:
        if block not in wanted:
            out.append(block)
            continue
        ink_box = to_raster.box(block.ink_bbox or block.bbox)
        label = _nearest(ink_box, [w for i, w in enumerate(labels) if i not in used])
        if label is None:
            out.append(block)
            continue
        found = _read_beside(page, label, cfg)
        if found is None:
            out.append(block)
            continue
        used.add(labels.index(label))
        note = f"; the date '{found}' read from the handwriting beside '{label.text.strip()}' on its own"
        out.append(replace(block, date=found, detail=(block.detail or "") + note))
    return out


def _nearest(ink_box: BBox, labels: Sequence[PageWord]) -> PageWord | None:
    """The date label that belongs to the signature: on its row to the right, or below it."""
    cx, cy = (ink_box[0] + ink_box[2]) / 2, (ink_box[1] + ink_box[3]) / 2
    best: tuple[float, PageWord] | None = None
    for w in labels:
        height = max(1.0, w.box[3] - w.box[1])
        dx = w.box[0] - cx
        dy = (w.box[1] + w.box[3]) / 2 - cy
        if dy < -2 * height or abs(dx) > _LABEL_REACH * height or dy > _LABEL_REACH * height / 3:
            continue  # above the signature, or too far to be its date
        distance = abs(dx) + 2 * abs(dy)
        if best is None or distance < best[0]:
            best = (distance, w)
    return best[1] if best else None


def _read_beside(page: OcrPage, label: PageWord, cfg: Settings) -> str | None:
    _x0, y0, x1, y1 = label.box
    height = text_height(page.words, 8.0 * page.scale)
    middle = (y0 + y1) / 2
    gray = page.upright
    top = max(0, int(middle - 1.3 * height))
    bottom = min(gray.shape[0], int(middle + 1.3 * height))
    left = min(gray.shape[1], int(x1 + 0.2 * height))
    right = min(gray.shape[1], int(x1 + _DATE_WIDTH * height))
    for w in page.words:  # stop at the next printed word on the row
        beside = w is not label and w.conf >= 80 and w.box[0] > left and w.box[1] < y1 and w.box[3] > y0
        if beside and not re.search(r"\d", w.text):
            right = min(right, int(w.box[0] - 0.2 * height))
    if right - left < 2 * height or bottom - top < height:
        return None
    crop = np.asarray(gray[top:bottom, left:right])
    ink = _one_line(_without_rules(crop < _DARK, height), int(middle) - top)
    if ink.sum() < 3 * height:
        return None  # nothing written
    picture = Image.fromarray(np.where(ink, 0, 255).astype(np.uint8))
    zoom = max(1.0, 40.0 / height)  # the engine reads best at about 40 px a line
    if zoom > 1.0:
        picture = picture.resize((round(picture.width * zoom), round(picture.height * zoom)), Image.Resampling.LANCZOS)
    framed = Image.new("L", (picture.width + 40, picture.height + 40), 255)
    framed.paste(picture, (20, 20))
    try:
        text = read_line(framed, _DATE_CHARS, cfg)
    except OcrError:
        return None
    text = _separators(ocr_date(text.strip()))
    found = find_dates(text)
    if len(found) != 1 or found[0].raw != text:
        return None  # a part of a date, or noise around one: not a reading to stand on
    return found[0].raw


def _separators(text: str) -> str:
    """A slash the engine merged into the stroke beside it, put back where a date has it
    ("0109/2026" -> "01/09/2026", "01/092026" -> "01/09/2026")."""
    m = re.fullmatch(r"(\d{2})(\d{2})([/.-])(\d{4})", text) or re.fullmatch(r"(\d{2})([/.-])(\d{2})(\d{4})", text)
    if m is None:
        return text
    sep = next(g for g in m.groups() if not g.isdigit())
    day, month, year = (g for g in m.groups() if g.isdigit())
    return f"{day}{sep}{month}{sep}{year}"


def _one_line(ink: np.ndarray, middle: int) -> np.ndarray:
    """Only the band of rows with ink around the label's middle (not a stroke of the signature above)."""
    rows: list[bool] = np.asarray(ink.any(axis=1), dtype=bool).tolist()
    if not any(rows):
        return ink
    marked = np.flatnonzero(np.asarray(rows))
    centre = int(marked[np.argmin(np.abs(marked - middle))])
    start = end = centre
    while start > 0 and rows[start - 1]:
        start -= 1
    while end < len(rows) - 1 and rows[end + 1]:
        end += 1
    out = np.zeros_like(ink)
    out[start : end + 1] = ink[start : end + 1]
    return out


def _without_rules(ink: np.ndarray, height: float) -> np.ndarray:
    """The crop without the table's ruled lines, and without whatever lies beyond the cell's right border."""
    lines = ruled_lines(ink, height)
    ink = ink & ~lines
    borders = np.flatnonzero(lines.any(axis=0) & (lines.sum(axis=0) > ink.shape[0] // 2))
    right = [int(c) for c in borders if c > ink.shape[1] // 4]
    if right:
        ink[:, right[0] :] = False
    return ink
