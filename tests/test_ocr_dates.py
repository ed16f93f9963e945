"""A date written by hand beside "Date:" on a scan, read a second time on its own (issue 11, item 9)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import pymupdf
from PIL import Image

from poe_reviewer.documents import ink, ocr_dates
from poe_reviewer.documents.ocr_engine import settings
from poe_reviewer.documents.ocr_raster import read_raster
from tests.test_ink import draw_signature
from tests.test_ocr import needs_engine

# pen strokes of digits and separators on a 0.6 x 1.0 cell (y grows downwards)
_GLYPHS = {
    "0": [[(0.3, 0), (0.05, 0.25), (0.05, 0.75), (0.3, 1), (0.55, 0.75), (0.55, 0.25), (0.3, 0)]],
    "1": [[(0.15, 0.2), (0.35, 0), (0.35, 1)]],
    "2": [[(0.05, 0.25), (0.3, 0), (0.55, 0.25), (0.05, 1), (0.6, 1)]],
    "6": [[(0.5, 0.05), (0.15, 0.35), (0.05, 0.75), (0.3, 1), (0.55, 0.75), (0.3, 0.5), (0.08, 0.65)]],
    "7": [[(0.05, 0), (0.6, 0), (0.25, 1)]],
    "9": [[(0.55, 0.35), (0.3, 0.5), (0.05, 0.25), (0.3, 0), (0.55, 0.25), (0.5, 1)]],
    "/": [[(0.05, 1), (0.4, 0)]],
}


def draw_written(page: Any, x: float, y: float, text: str, size: float = 16.0, slant: float = 0.18) -> None:
    """``text`` in slanted pen strokes, its baseline at ``y``."""
    for ch in text:
        for stroke in _GLYPHS[ch]:
            points = [
                pymupdf.Point(x + px * size * 0.6 + (1 - py) * slant * size, y - size + py * size) for px, py in stroke
            ]
            page.draw_polyline(points, color=(0.1, 0.15, 0.5), width=1.4)
        x += size * (0.45 if ch == "/" else 0.62)


def _signed_page(date: str) -> Image.Image:
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 90), "Service Acceptance", fontsize=14)
    page.insert_text((72, 130), "Contoso Ltd accepts the services described above as delivered.", fontsize=11)
    page.insert_text((72, 190), "Signature:", fontsize=11)
    page.insert_text((330, 190), "Date:", fontsize=11)
    draw_signature(page, 140, 186)
    draw_written(page, 372, 192, date)
    pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    return Image.frombytes("L", (pix.width, pix.height), pix.samples)


@needs_engine
def test_a_date_the_page_reading_lost_is_read_beside_its_label() -> None:
    page = read_raster(_signed_page("07/01/2026"), (612.0, 792.0), dpi=200)
    blocks = ink.page_blocks(page.upright, page.words, 1, page.to_page.box, source="scan", fallback_height=18.0)
    signed = [b for b in blocks if b.ink]
    assert len(signed) == 1
    # as when the page's reading keeps the label and garbles the handwriting beside it
    label = next(w for w in page.words if w.text.strip(":").lower() in ("date", "ate", "pate"))
    page.words = [
        ink.PageWord("Date:", label.box, 96.0, label.line) if w is label else w
        for w in page.words
        if not any(c.isdigit() for c in w.text)
    ]
    lost = [replace(signed[0], date=None)]
    found = ocr_dates.read_written_dates(page, lost, ink.rules(), settings())
    assert found[0].date == "07/01/2026"
    assert "the date '07/01/2026' read from the handwriting beside 'Date:' on its own" in (found[0].detail or "")
    # nothing written beside the label: no date is made up
    x1 = int(label.box[2])
    blank = np.array(page.upright)
    blank[:, x1 + 2 :] = 255
    page.upright = blank
    assert ocr_dates.read_written_dates(page, lost, ink.rules(), settings())[0].date is None


def test_a_slash_merged_into_a_stroke_is_put_back_and_a_partial_date_is_not_a_reading() -> None:
    assert ocr_dates._separators("0109/2026") == "01/09/2026"
    assert ocr_dates._separators("01/092026") == "01/09/2026"
    assert ocr_dates._separators("1606/25") == "1606/25"


def test_only_the_written_line_is_kept_not_the_signature_above_or_the_cells_border() -> None:
    ink_ = np.zeros((40, 100), dtype=bool)
    ink_[2:4, 10:60] = True  # the signature's tail above
    ink_[20:30, 5:50:6] = True  # the written date: short strokes
    ink_[:, 80] = True  # the cell's right border
    line = ocr_dates._one_line(ocr_dates._without_rules(ink_, 8.0), 25)
    assert line[20:30, 5:50:6].all()
    assert not line[:10].any()
    assert not line[:, 80:].any()
