"""Side-by-side columns of a page: the two texts of a bilingual form read apart.

A PDF's text comes out line by line across the whole page, so a form printed as "Leistungen
(Deutsch) | Services (English)" reads as lines that mix both languages ("Schulung von 25
Key-Usern. Training of 25 key users."). Where several lines of a page have a wide gap at the
same place, the words left of it and right of it are two columns, and each is a text of its own.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from poe_reviewer.documents.model import Segment, Word

#: A gap between two words of a line at least this many times the line's text height is a
#: gutter between columns (a space between words is about a quarter of it).
_GUTTER_HEIGHTS = 1.2
#: ... and at least this many points wide.
_MIN_GUTTER = 10.0
#: Lines that must share a gutter at the same place for the page to have columns.
_MIN_LINES = 4
#: How far (points) the start of a column may wander from line to line (columns are left-aligned).
_TOLERANCE = 12.0


@dataclass(frozen=True)
class ColumnLine:
    """The part of one line in one column: its text and where the line is in the segment."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Columns:
    """The lines of a segment that sit in columns, read apart, left to right; lines that cross no
    gutter are left out."""

    columns: tuple[tuple[ColumnLine, ...], ...]
    #: x (points) where each column after the first starts.
    splits: tuple[float, ...]

    @property
    def covered(self) -> list[tuple[int, int]]:
        """Where the lines read in columns are in the segment's text."""
        return sorted({(line.start, line.end) for column in self.columns for line in column})


def _lines(seg: Segment) -> list[list[tuple[Word, int]]]:
    """The segment's words with their offsets in its text, line by line."""
    lines: list[list[tuple[Word, int]]] = [[]]
    pos = 0
    for w in seg.words:
        idx = seg.text.find(w.text, pos)
        if idx < 0:  # text not built from the words: no geometry to go by
            return []
        if "\n" in seg.text[pos:idx]:
            lines.append([])
        lines[-1].append((w, idx))
        pos = idx + len(w.text)
    return [line for line in lines if line]


def _gutters(line: list[tuple[Word, int]]) -> list[tuple[float, float, int]]:
    """(left edge, right edge, index of the first word after it) of each wide gap of a line."""
    heights = [w.bbox[3] - w.bbox[1] for w, _ in line]
    height = statistics.median(heights) if heights else 0.0
    wide = max(_MIN_GUTTER, _GUTTER_HEIGHTS * height)
    found = []
    for i in range(1, len(line)):
        prev, nxt = line[i - 1][0], line[i][0]
        if nxt.bbox[0] - prev.bbox[2] >= wide:
            found.append((prev.bbox[2], nxt.bbox[0], i))
    return found


def split_columns(seg: Segment) -> Columns | None:
    """The columns of a page segment, or None when its lines do not share a gutter.

    A form can have several: its labels, their values, and two texts side by side. Each place
    where enough lines start a word after a gutter starts a column; a line's words are cut at
    those gutters and each piece goes to the column where it starts.
    """
    if not seg.words:
        return None
    lines = _lines(seg)
    gutters = [(n, g) for n, line in enumerate(lines) for g in _gutters(line)]
    splits: list[float] = []
    left = list(gutters)
    while len(left) >= _MIN_LINES:
        best: tuple[int, float] | None = None
        for _, (_, right_edge, _) in left:
            support = len({n for n, (_, hi, _) in left if abs(hi - right_edge) <= _TOLERANCE})
            if best is None or support > best[0]:
                best = (support, right_edge)
        assert best is not None
        if best[0] < _MIN_LINES:
            break
        splits.append(best[1])
        left = [(n, g) for n, g in left if abs(g[1] - best[1]) > _TOLERANCE]
    if not splits:
        return None
    splits.sort()
    columns: list[list[ColumnLine]] = [[] for _ in range(len(splits) + 1)]
    for line in lines:
        cuts = [at for _, hi, at in _gutters(line) if any(abs(hi - x) <= _TOLERANCE for x in splits)]
        if not cuts:
            continue
        start, end = line[0][1], line[-1][1] + len(line[-1][0].text)
        for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True):
            cell = line[a:b]
            column = sum(1 for x in splits if cell[0][0].bbox[0] >= x - _TOLERANCE)
            columns[column].append(ColumnLine(" ".join(w.text for w, _ in cell), start, end))
    return Columns(tuple(tuple(c) for c in columns), tuple(splits))
