"""Words into visual lines: the reading order of a PDF page, rotated text and columns included."""

from __future__ import annotations

import itertools

from poe_reviewer.documents.model import Word
from poe_reviewer.documents.pdf_common import FRAMES, RawWord, line_key, transform


def visual_lines(raw_words: list[RawWord], matrix: tuple[float, ...] | None) -> list[list[Word]]:
    """Group PyMuPDF's words into visual lines, in reading order, with page-space boxes.

    PyMuPDF's own lines are kept whole (their word order is the reading order); lines of
    the page's main text direction that sit on the same row are joined left to right.
    Grouping happens in a frame turned to that direction, so rotated pages and rotated
    scans read the same way as upright ones. This runs for every word of every page,
    so it is written for speed: a line's extent is taken from its first and last words.
    """
    if not raw_words:
        return []
    lines = [list(group) for _key, group in itertools.groupby(raw_words, line_key)]

    # direction of each line (index into FRAMES, -1 for one-word lines) and the votes
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
    fdx, fdy = FRAMES[main]
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
            result.append([Word(w[4], transform(w[:4], matrix)) for m in members for w in lines[m[5]]])
    return result


def _row_top(row: list[tuple[float, float, float, float, bool, int]]) -> float:
    return row[0][1]


def _along(item: tuple[float, float, float, float, bool, int]) -> float:
    return item[3]
