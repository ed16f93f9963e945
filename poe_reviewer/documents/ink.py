"""Find the signature blocks of a page and tell whether a hand signed them.

The seed accepts "physically signed paper": a scan whose signature block carries a real,
handwritten signature. OCR reads the printed words of a scan but not the signature, so this
module looks at the pixels. Given a page raster with its text running left to right and the
page's printed words (from OCR or from a PDF's text layer), it

* finds the places to sign: labels such as "Signature", "Customer Signature", "Signed by",
  "Sign here" and lines of underscores (``resources/policy/ocr.toml`` ``[ink]``);
* masks out everything printed around each label: the words read there and the ruled lines
  (table borders, the line to sign on), and drops speckles;
* looks at what is left: a connected stroke wider or taller than any printed letter and thin for
  its size is handwriting (*ink*); nothing left means an empty line;
* reads the printed name, company and date printed next to the block.

Each block becomes a :class:`~poe_reviewer.documents.model.SignatureBlock` in page space (PDF
points, top-left origin), for the acknowledgement check. The same analysis runs on the
signature blocks of digital PDFs, where a signature may be a picture or strokes drawn on the
page (:func:`text_page_blocks`).

Only numpy and Pillow: the areas analysed are small (a few hundred thousand pixels), so the
connected components are labelled from pixel runs with a union-find in Python.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, cast

import numpy as np
import pymupdf as _pymupdf
from PIL import Image

from poe_reviewer.dates import find_dates
from poe_reviewer.documents.ink_labels import Label, find_labels, lines_of, search_area, union
from poe_reviewer.documents.ink_letters import closes_a_letter, letter_sign_offs
from poe_reviewer.documents.ink_pixels import Component, Gray, components, ink_threshold, ruled_lines
from poe_reviewer.documents.ink_tables import (
    TableColumn,
    column_above,
    generic_label,
    may_hold_label,
    name_beside,
    ocr_date,
    party_row,
    rows_under_header,
    table_columns,
    value_after,
)
from poe_reviewer.documents.model import LETTER_SIGN_OFF, BBox, ImageInfo, SignatureBlock, Word
from poe_reviewer.documents.ocr_engine import InkRules, compile_rules
from poe_reviewer.policy import load_policy

log = logging.getLogger(__name__)
pymupdf = cast(Any, _pymupdf)

#: A function taking a box in raster pixels to a box in page points.
ToPage = Callable[[BBox], BBox]

#: Errors PyMuPDF raises while rendering damaged content.
_PDF_ERRORS: tuple[type[BaseException], ...] = (RuntimeError, ValueError, pymupdf.mupdf.FzErrorBase)
#: Resolution at which a digital page's signature area is rendered to look for ink.
_TEXT_PAGE_DPI = 150
#: Typical printed text height (points) when a page gives no words to measure it.
_DEFAULT_TEXT_POINTS = 9.0


@dataclass(frozen=True)
class PageWord:
    """A printed word on the raster: its box in raster pixels, OCR confidence and line."""

    text: str
    box: BBox
    conf: float
    line: int


@cache
def rules() -> InkRules:
    """The ink rules of the installed policy."""
    return compile_rules(load_policy()["ocr"].get("ink", {}))


# -- geometry ------------------------------------------------------------------------------------


def _round(box: BBox) -> BBox:
    return (round(box[0], 2), round(box[1], 2), round(box[2], 2), round(box[3], 2))


def text_height(words: Sequence[PageWord], fallback: float) -> float:
    """The height of the page's printed letters: the median height of its confident words."""
    heights = sorted(w.box[3] - w.box[1] for w in words if w.conf >= 60 and len(w.text) >= 2)
    if len(heights) < 3:
        return fallback
    return max(4.0, float(heights[len(heights) // 2]))


# -- ink in an area ------------------------------------------------------------------------------


@dataclass(frozen=True)
class InkFinding:
    """What the pixels of one signature area show."""

    ink: bool
    #: The handwriting's box in raster pixels, when there is ink.
    box: BBox | None
    detail: str


def find_ink(
    gray: Gray,
    area: tuple[int, int, int, int],
    words: Sequence[PageWord],
    height: float,
    rules_: InkRules,
    threshold: int,
    open_right: bool = False,
) -> InkFinding:
    """Whether handwriting is in ``area`` (pixels) of the raster ``gray`` (``open_right``: the area is a
    table column whose right edge another party's signature may cross)."""
    x0, y0, x1, y1 = area
    region = gray[y0:y1, x0:x1]
    if region.size == 0:
        return InkFinding(False, None, "the block lies outside the page")
    dark = region < threshold
    # printed words are not ink: mask the confident ones of normal height (handwriting that
    # the reader took for a word is taller, or read with a low confidence)
    pad = max(1, round(0.15 * height))
    for w in words:
        bx0, by0, bx1, by1 = w.box
        if bx1 < x0 or bx0 > x1 or by1 < y0 or by0 > y1:
            continue
        tall = (by1 - by0) > 1.6 * height
        if w.conf >= 90 or (w.conf >= rules_.mask_conf and not tall):
            dark[
                max(0, int(by0) - y0 - pad) : max(0, int(by1) - y0 + pad),
                max(0, int(bx0) - x0 - pad) : max(0, int(bx1) - x0 + pad),
            ] = False
    dark &= ~ruled_lines(dark, height)
    comps = components(dark)
    speck = max(3, int((0.12 * height) ** 2))
    marks = [c for c in comps if c.pixels >= speck and (c.width >= 0.4 * height or c.height >= 0.4 * height)]
    strokes = [
        c
        for c in marks
        if (c.width >= rules_.stroke_width * height or c.height >= rules_.stroke_height * height)
        and c.fill <= rules_.max_fill
        and not _rule_piece(c, height)
    ]
    if open_right and strokes:
        # a table column: a stroke running over its right edge is the next party's signature
        inside = [c for c in strokes if c.x1 < (x1 - x0) - 2]
        strokes = inside or strokes
    if not strokes:
        if marks:
            return InkFinding(False, None, f"{len(marks)} small printed mark(s), no handwriting")
        return InkFinding(False, None, "nothing but print and ruled lines")
    # the handwriting: the strokes and the marks close to them (dots, crossings of a t)
    core = union((c.x0, c.y0, c.x1, c.y1) for c in strokes)
    assert core is not None
    reach = height
    near = [
        c
        for c in marks
        if c.x1 >= core[0] - reach and c.x0 <= core[2] + reach and c.y1 >= core[1] - reach and c.y0 <= core[3] + reach
    ]
    box = union((c.x0 + x0, c.y0 + y0, c.x1 + x0, c.y1 + y0) for c in near)
    pixels = sum(c.pixels for c in near)
    assert box is not None
    detail = (
        f"{len(strokes)} handwritten stroke(s), {pixels} ink pixels over "
        f"{box[2] - box[0]:.0f}x{box[3] - box[1]:.0f} px (text height {height:.0f} px)"
    )
    return InkFinding(True, (float(box[0]), float(box[1]), float(box[2]), float(box[3])), detail)


def _rule_piece(c: Component, height: float) -> bool:
    """A piece of a ruled line the run filter missed (a slightly tilted border or underline)."""
    thin = 0.35 * height
    return (c.height <= thin and c.width >= 4 * c.height) or (c.width <= thin and c.height >= 4 * c.width)


# -- signature blocks ----------------------------------------------------------------------------


_PERSON = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*,?")


def _fields(
    label: Label, area: BBox, words: Sequence[PageWord], height: float, rules_: InkRules
) -> tuple[str | None, str | None, str | None, str | None]:
    """(name, company, date, typed text) printed in or near the block."""
    x0, y0, x1, _y1 = area
    bottom = label.box[3] + rules_.fields_below * height
    near_lines: list[tuple[float, str, list[PageWord]]] = []
    for line in lines_of(words):
        # the words of the block's columns only: the other party's block may share the row
        good = [w for w in line if w.conf >= 45 and x0 <= (w.box[0] + w.box[2]) / 2 <= x1]
        box = union(w.box for w in good)
        if box is None or box[3] < y0 or box[1] > bottom:
            continue
        near_lines.append((box[1], " ".join(w.text for w in good), good))
    near_lines.sort(key=lambda item: item[0])
    name = company = date = typed = None
    for _top, text, line_words in near_lines:
        if any(rx.match(text) for rx in rules_.labels):
            # "Customer Signature: ..." is the place to sign, not a field; a date field may share its
            # line ("Customer representative: ______ Date: 19/06/2026")
            if date is None and any(w.line == label.line for w in line_words):
                at = text.find(label.text)
                rest = text[at + len(label.text) :] if at >= 0 else text
                value = value_after(rules_.date_labels, rest) or value_after(rules_.date_fields, rest)
                found = find_dates(ocr_date(value)) if value else []
                if found:
                    date = found[0].raw
            continue
        value = value_after(rules_.name_labels, text) or value_after(rules_.name_fields, text)
        if name is None and value and not find_dates(value):
            name = value
        value = value_after(rules_.company_labels, text)
        if company is None and value:
            company = value
        if date is None:
            value = value_after(rules_.date_labels, text)
            found = find_dates(ocr_date(value or text))
            if found:
                date = found[0].raw
    if name is None:
        name = name_beside(label.box, area, words, height, rules_)
    # a printed name under the line to sign on, without a label ("Jane Smith, CIO")
    if name is None:
        for top, text, _words in near_lines:
            if top > label.box[1] and not any(rx.search(text) for rx in rules_.labels):
                m = _PERSON.match(text)
                if m and not find_dates(text):
                    name = text.strip()
                    break
    # a column of stacked cells ("For the customer" / "Name: Rebecca Lund" / "Title: ..." / "Customer
    # signature:"): the name and the party stand in the column above the place to sign
    if name is None:
        name, header = column_above(label.box, area, words, height, rules_)
        company = company or header
    # text typed where the signature goes (on the label's line, right of it)
    for _top, _text, line_words in near_lines:
        right = [w for w in line_words if w.box[0] > label.box[2] and w.line == label.line]
        if right:
            typed = " ".join(w.text for w in right)
            break
    return name, company, date, typed


def page_blocks(
    gray: Gray,
    words: Sequence[PageWord],
    page: int,
    to_page: ToPage,
    *,
    source: str,
    fallback_height: float,
    rules_: InkRules | None = None,
    threshold: int | None = None,
) -> list[SignatureBlock]:
    """The signature blocks of one page raster whose text runs left to right."""
    rules_ = rules_ or rules()
    labels = find_labels(words, rules_)
    height = text_height(words, fallback_height)
    # a scanned letter signed above its printed name has no label to sign at, or only a heading ("Signed")
    # alone on its line over the parties' signatures and names, which is read as a letter's closing
    headings = all(closes_a_letter(" ".join(w.text for w in words if w.line == label.line)) for label in labels)
    sign_offs = letter_sign_offs(words, height, gray.shape[1]) if headings and source == "scan" else []
    if not labels and not sign_offs:
        return []
    thr = threshold if threshold is not None else ink_threshold(gray)
    size = (gray.shape[1], gray.shape[0])
    if sign_offs:
        judged = [(s, _judged(gray, s.area, Label(LETTER_SIGN_OFF, s.name_box, s.line), words, height, rules_, thr,
                              to_page, page, source, [], False)) for s in sign_offs]  # fmt: skip
        return [replace(b, name=s.name, company=s.company, date=s.date) for s, b in judged if b is not None]
    blocks: list[SignatureBlock] = []
    taken: list[BBox] = []
    for label in labels:
        area = search_area(label, labels, height, size, rules_)
        # a label naming whose signature it is ("Customer signature") is that party's block, not a row
        columns = table_columns(label.box, label.line, words, height, rules_) if generic_label(label.text) else []
        row = party_row(label.box, words, height, rules_) if not columns else None
        if row is not None:
            # a row per party: the cell under the Signature header is this party's place to sign
            columns = [row]
        elif not columns and generic_label(label.text):
            # the label heads a column, and each party's row below has its own cell to sign in
            under = rows_under_header(label.box, words, height, rules_)
            for cell, column in under:
                block = _judged(gray, cell, label, words, height, rules_, thr, to_page, page, source, taken)
                if block is not None:
                    blocks.append(_with_column(block, column, words, -1, cell))
            if under:
                continue
        if len(columns) == 1:
            # one party's column: what the search around the label reads fills what the table lacks
            name, company, date, _typed = _fields(label, area, words, height, rules_)
            only = columns[0]
            columns = [replace(only, name=only.name or name, company=only.company or company, date=only.date or date)]
        if columns:
            # a sign-off table: each party's column is judged on its own
            for column in columns:
                # the hand signs right of a row label; in a party's row, anywhere in its Signature cell
                left = (
                    max(area[0], column.x0) if row is not None else max(area[0], column.x0, label.box[2] + 0.3 * height)
                )
                right = min(area[2] if len(columns) == 1 else size[0], column.x1)
                col_area = (left, area[1], right, area[3])
                if col_area[2] - col_area[0] < 2 * height:
                    continue
                block = _judged(gray, col_area, label, words, height, rules_, thr, to_page, page, source, taken)
                if block is not None:
                    blocks.append(_with_column(block, column, words, label.line, col_area))
            continue
        block = _judged(gray, area, label, words, height, rules_, thr, to_page, page, source, taken, open_right=False)
        if block is not None:
            # one signature next to two labels ("Signature" above "Signed by") makes one block
            name, company, date, typed = _fields(label, area, words, height, rules_)
            blocks.append(replace(block, name=name, company=company, date=date, typed=typed))
    return blocks


def _with_column(
    block: SignatureBlock, column: TableColumn, words: Sequence[PageWord], line: int, area: BBox
) -> SignatureBlock:
    """The block of a table column with what the table prints in that column (and any text typed on its line)."""
    typed = [w.text for w in words if w.line == line and area[0] <= (w.box[0] + w.box[2]) / 2 < area[2]]
    return replace(block, name=column.name, company=column.company, date=column.date, typed=" ".join(typed) or None)


def _judged(
    gray: Gray,
    area: BBox,
    label: Label,
    words: Sequence[PageWord],
    height: float,
    rules_: InkRules,
    threshold: int,
    to_page: ToPage,
    page: int,
    source: str,
    taken: list[BBox],
    open_right: bool = True,
) -> SignatureBlock | None:
    """The block of ``area`` with whether a hand signed it; None where another label's block has its ink
    (``open_right``: a table column whose right edge the next party's signature may cross)."""
    box = (int(area[0]), int(area[1]), int(area[2]) + 1, int(area[3]) + 1)
    finding = find_ink(gray, box, words, height, rules_, threshold, open_right=open_right)
    ink_box = to_page(finding.box) if finding.box else None
    if ink_box is not None and any(_same(ink_box, t) for t in taken):
        return None
    if ink_box is not None:
        taken.append(ink_box)
    return SignatureBlock(
        page=page,
        label=label.text,
        bbox=_round(to_page(area)),
        ink=finding.ink,
        ink_bbox=_round(ink_box) if ink_box else None,
        source=source,
        detail=finding.detail,
    )


def _same(a: BBox, b: BBox) -> bool:
    ix = min(a[2], b[2]) - max(a[0], b[0])
    iy = min(a[3], b[3]) - max(a[1], b[1])
    if ix <= 0 or iy <= 0:
        return False
    small = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return ix * iy >= 0.6 * small


# -- digital pages -------------------------------------------------------------------------------


def text_page_blocks(
    page: Any, number: int, lines: Sequence[Sequence[Word]], images: Sequence[ImageInfo]
) -> list[SignatureBlock]:
    """Signature blocks of a page with a text layer, judged from its rendered pixels.

    Only where a label is printed: the page's signature area is rendered and its text-layer
    words are masked, so a signature picture, strokes drawn on the page or an ink annotation
    show as ink, and a typed name or an eSignature stamp (text) does not.
    """
    rules_ = rules()
    # most pages print no place to sign: one look at the whole page spares reading it line by line
    if not may_hold_label(lines, rules_):
        return []
    scale = _TEXT_PAGE_DPI / 72.0
    words = [
        PageWord(w.text, (w.bbox[0] * scale, w.bbox[1] * scale, w.bbox[2] * scale, w.bbox[3] * scale), 100.0, i)
        for i, line in enumerate(lines)
        for w in line
    ]
    labels = find_labels(words, rules_)
    if not labels:
        return []
    height = text_height(words, _DEFAULT_TEXT_POINTS * scale)
    rect = page.rect
    size = (int(rect.width * scale), int(rect.height * scale))
    areas = [search_area(label, labels, height, size, rules_) for label in labels]
    clip = union(areas)
    assert clip is not None
    cx0, cy0 = int(clip[0]), int(clip[1])
    try:
        pix = page.get_pixmap(
            matrix=pymupdf.Matrix(scale, scale),
            clip=pymupdf.Rect(cx0 / scale, cy0 / scale, (clip[2] + 1) / scale, (clip[3] + 1) / scale),
            colorspace=pymupdf.csGRAY,
            alpha=False,
        )
    except _PDF_ERRORS as exc:
        log.debug("signature area of page %d not rendered: %s", number, exc)
        return []
    region = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
    gray = np.full((size[1] + 2, size[0] + 2), 255, dtype=np.uint8)
    ph, pw = min(region.shape[0], gray.shape[0] - cy0), min(region.shape[1], gray.shape[1] - cx0)
    if ph > 0 and pw > 0:
        gray[cy0 : cy0 + ph, cx0 : cx0 + pw] = region[:ph, :pw]

    def to_page(box: BBox) -> BBox:
        return (box[0] / scale, box[1] / scale, box[2] / scale, box[3] / scale)

    blocks = page_blocks(
        gray, words, number, to_page, source="drawing", fallback_height=height, rules_=rules_, threshold=150
    )
    # ink over a picture placed on the page is a signature image, not strokes drawn on the PDF
    page_box = (rect.x0, rect.y0, rect.x1, rect.y1)
    return [_with_source(b, images, number, page_box) for b in blocks]


#: Share of the page an image covers to be the page itself: a scanner's searchable PDF is one
#: picture of the whole sheet with the recognised words laid invisibly over it.
_WHOLE_PAGE_SHARE = 0.85


def _with_source(
    block: SignatureBlock, images: Sequence[ImageInfo], number: int, page_box: BBox | None = None
) -> SignatureBlock:
    if not block.ink or block.ink_bbox is None:
        return replace(block, source="text")
    under = [
        img for img in images if img.page == number and img.bbox is not None and _overlaps(img.bbox, block.ink_bbox)
    ]
    if not under:
        return block
    # a picture pasted into the block is a signature image even on a scanned page
    if page_box is None or any(_share_of(img.bbox, page_box) < _WHOLE_PAGE_SHARE for img in under if img.bbox):
        return replace(block, source="image")
    # the ink is on the sheet the scanner photographed: a signed paper
    return replace(block, source="scan")


def _share_of(box: BBox, page_box: BBox) -> float:
    """How much of the page ``box`` covers (0..1)."""
    w = min(box[2], page_box[2]) - max(box[0], page_box[0])
    h = min(box[3], page_box[3]) - max(box[1], page_box[1])
    area = (page_box[2] - page_box[0]) * (page_box[3] - page_box[1])
    return max(0.0, w) * max(0.0, h) / area if area > 0 else 0.0


def _overlaps(a: BBox, b: BBox) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def to_gray(img: Image.Image) -> Image.Image:
    """A grey version of ``img`` as it looks on paper: transparent parts white."""
    if img.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("L")
    if img.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        arr = np.asarray(img, dtype=np.float64)
        top = float(np.max(arr)) or 1.0
        return Image.fromarray((arr * (255.0 / top)).clip(0, 255).astype(np.uint8))
    return img.convert("L")
