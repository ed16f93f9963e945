"""Pixels of a signature area: the ink threshold, ruled lines and connected strokes.

The arithmetic under :mod:`poe_reviewer.documents.ink` (numpy only): which pixels are ink, which
of them are printed rules rather than pen strokes, and the connected marks they form.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Mask = npt.NDArray[np.bool_]
Gray = npt.NDArray[np.uint8]


def otsu(values: Gray) -> int:
    """Otsu's threshold of a grey image: dark (ink) is below it."""
    hist = np.bincount(values.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    if total == 0:
        return 128
    p = hist / total
    omega = np.cumsum(p)
    mu = np.cumsum(p * np.arange(256))
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mu[-1] * omega - mu) ** 2 / (omega * (1.0 - omega))
    between = np.nan_to_num(between)
    return int(np.argmax(between))


def ink_threshold(gray: Gray) -> int:
    """A threshold separating ink from paper; a nearly blank area gets a fixed one."""
    t = otsu(gray)
    return t if 60 <= t <= 215 else 150


def _long_runs(mask: Mask, length: int) -> Mask:
    """Pixels that belong to a horizontal run of at least ``length`` set pixels."""
    h, w = mask.shape
    if length > w or length <= 1:
        return np.zeros_like(mask)
    c = np.zeros((h, w + 1), dtype=np.int32)
    np.cumsum(mask, axis=1, out=c[:, 1:])
    full = (c[:, length:] - c[:, :-length]) == length  # window starting at j is all set
    c2 = np.zeros((h, full.shape[1] + 1), dtype=np.int32)
    np.cumsum(full, axis=1, out=c2[:, 1:])
    j = np.arange(w)
    lo = np.clip(j - length + 1, 0, full.shape[1])
    hi = np.clip(j + 1, 0, full.shape[1])
    covered: Mask = (c2[:, hi] - c2[:, lo]) > 0
    return covered


def ruled_lines(mask: Mask, height: float) -> Mask:
    """Horizontal and vertical ruled lines (table borders, the line to sign on)."""
    horizontal = _long_runs(mask, max(12, int(3.0 * height)))
    vertical = _long_runs(mask.T, max(12, int(2.5 * height))).T
    lines: Mask = horizontal | vertical
    return lines


@dataclass(frozen=True)
class Component:
    """A connected set of ink pixels: its box (pixels, end exclusive) and size."""

    x0: int
    y0: int
    x1: int
    y1: int
    pixels: int

    @property
    def width(self) -> int:
        return self.x1 - self.x0

    @property
    def height(self) -> int:
        return self.y1 - self.y0

    @property
    def fill(self) -> float:
        return self.pixels / max(1, self.width * self.height)


def components(mask: Mask) -> list[Component]:
    """The 8-connected components of ``mask``, labelled from its horizontal runs."""
    h, w = mask.shape
    if h == 0 or w == 0 or not mask.any():
        return []
    padded = np.zeros((h, w + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    step = np.diff(padded, axis=1)
    rows, starts = np.nonzero(step == 1)
    _rows_end, ends = np.nonzero(step == -1)  # exclusive ends, in the same order as the starts
    n = len(rows)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first = np.searchsorted(rows, np.arange(h + 1))
    s_list, e_list = starts.tolist(), ends.tolist()
    for r in range(1, h):
        i, i_end = int(first[r - 1]), int(first[r])
        j, j_end = i_end, int(first[r + 1])
        while i < i_end and j < j_end:
            # 8-connected: runs touch when they overlap or meet diagonally
            if s_list[j] <= e_list[i] and s_list[i] <= e_list[j]:
                a, b = find(i), find(j)
                if a != b:
                    parent[b] = a
            if e_list[i] < e_list[j]:
                i += 1
            else:
                j += 1
    boxes: dict[int, list[int]] = {}
    row_list = rows.tolist()
    for k in range(n):
        root = find(k)
        r, s, e = row_list[k], s_list[k], e_list[k]
        box = boxes.get(root)
        if box is None:
            boxes[root] = [s, r, e, r + 1, e - s]
        else:
            box[0] = min(box[0], s)
            box[1] = min(box[1], r)
            box[2] = max(box[2], e)
            box[3] = max(box[3], r + 1)
            box[4] += e - s
    return [Component(*b) for b in boxes.values()]
