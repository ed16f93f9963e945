"""The places to sign on a page raster, and the area searched for a signature around each.

A place to sign is a printed label ("Signature", "Customer Signature", "Signed by", "Sign here"; the patterns
are ``resources/policy/ocr.toml`` ``[ink]``) or, on a line without one, a line of underscores. The area
around it reaches a few text heights each way and stops short of the other labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from poe_reviewer.documents.ink_tables import PageWord, after_printed_name, cell_ends, drop_row_header
from poe_reviewer.documents.model import BBox
from poe_reviewer.documents.ocr_engine import InkRules

_W = TypeVar("_W", bound=PageWord)


def union(boxes: Iterable[BBox]) -> BBox | None:
    items = list(boxes)
    if not items:
        return None
    return (
        min(b[0] for b in items),
        min(b[1] for b in items),
        max(b[2] for b in items),
        max(b[3] for b in items),
    )


@dataclass(frozen=True)
class Label:
    text: str
    box: BBox  # raster pixels
    line: int


def lines_of(words: Sequence[_W]) -> list[list[_W]]:
    by_line: dict[int, list[_W]] = {}
    for w in words:
        by_line.setdefault(w.line, []).append(w)
    return list(by_line.values())


def span_words(line: list[PageWord], start: int, end: int) -> list[PageWord]:
    """The words of ``line`` (joined by single spaces) overlapping characters start..end."""
    out: list[PageWord] = []
    pos = 0
    for w in line:
        w_end = pos + len(w.text)
        if pos < end and w_end > start:
            out.append(w)
        pos = w_end + 1
    return out


#: What OCR reads a table's ruled borders as.
_BORDERS = "|[]{}‘’'`_-—:;,. "

#: What follows a label that does not start its line: a colon, a line to sign on, a border, the end.
_LABEL_END = re.compile(r"\s*(?:[:|_(\[]|$)")


def find_labels(words: Sequence[PageWord], rules_: InkRules) -> list[Label]:
    """Places to sign printed on the page (two on one row: the customer's and the partner's),
    or, on a line without a label, a line to sign on."""
    found: list[Label] = []
    for line in lines_of(words):
        # a table's border read as a word before the label ("| Signature") does not start its line
        while line and not line[0].text.strip(_BORDERS):
            line = line[1:]
        if not line:
            continue
        text = " ".join(w.text for w in line)
        if len(text) > 90:
            continue  # a sentence of prose that mentions a signature, not a label
        matches = sorted((m for rx in rules_.labels for m in rx.finditer(text)), key=lambda m: (m.start(), -m.end()))
        end = -1
        labelled = False
        for m in matches:
            if m.start() < end:
                continue  # inside a longer label ("Signature" in "Customer Signature")
            if m.start() > 0 and not _LABEL_END.match(text, m.end()) and not cell_ends(line, m.end()):
                continue  # a word in a sentence, not a label
            start = after_printed_name(text, m, rules_)
            end = m.end()
            box = union(w.box for w in span_words(line, start, m.end()))
            if box is not None:
                found.append(Label(text[start : m.end()].strip(), box, line[0].line))
                labelled = True
        if labelled:
            drop_row_header(found, line[0].line)
            continue
        for w in line:
            if rules_.sign_line.match(w.text):
                found.append(Label(w.text[:12], w.box, w.line))
                break
    return found


def search_area(label: Label, labels: Sequence[Label], height: float, size: tuple[int, int], rules_: InkRules) -> BBox:
    """The area searched for a signature around ``label``, stopped short of the other labels."""
    width, page_h = size
    lx0, ly0, lx1, ly1 = label.box
    x0 = max(0.0, lx0 - rules_.left * height)
    x1 = min(float(width), lx1 + rules_.right * height)
    y0 = max(0.0, ly0 - rules_.above * height)
    y1 = min(float(page_h), ly1 + rules_.below * height)
    for other in labels:
        if other is label:
            continue
        ox0, oy0, ox1, oy1 = other.box
        same_row = min(oy1, ly1) - max(oy0, ly0) > 0.3 * height
        if same_row:
            if ox0 >= lx1 and ox0 - 0.5 * height < x1:
                x1 = ox0 - 0.5 * height  # the next block on the same row (the other party's)
            elif ox1 <= lx0 and ox1 + 0.5 * height > x0:
                x0 = ox1 + 0.5 * height
            continue
        overlap_x = min(ox1, x1) - max(ox0, x0) > 0
        if not overlap_x:
            continue
        if oy0 >= ly1 and (oy0 + ly1) / 2 < y1:
            y1 = max(ly1, (oy0 + ly1) / 2)  # a block below: share the space between them
        elif oy1 <= ly0 and (oy1 + ly0) / 2 > y0:
            y0 = min(ly0, (oy1 + ly0) / 2)
    return (x0, y0, max(x0 + 1, x1), max(y0 + 1, y1))
