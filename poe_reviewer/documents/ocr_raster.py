"""Reading one raster with Tesseract: its layout (text direction, skew, line height), the page turned and
straightened, the engine run in a child process, and the words mapped back to the page."""

from __future__ import annotations

import io
import logging
import math
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

import numpy as np
import pymupdf as _pymupdf
from PIL import Image

from poe_reviewer.documents import ink
from poe_reviewer.documents.ink import PageWord
from poe_reviewer.documents.ink_pixels import Gray, ink_threshold
from poe_reviewer.documents.model import BBox, Word
from poe_reviewer.documents.ocr_engine import (
    Settings,
    engine_env,
    installed_languages,
    program_path,
    settings,
    usable_languages,
)

log = logging.getLogger(__name__)
pymupdf = cast(Any, _pymupdf)


_LAYOUT_SIDE = 1000
#: Skews smaller than this (degrees) are left alone: straightening costs a resampling.
MIN_SKEW = 0.2


#: Scans coarser than this are rendered at the configured resolution rather than their own.
class OcrError(Exception):
    """The engine failed on one page (it crashed, timed out or printed nothing readable)."""


# -- geometry ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Affine:
    """``x' = a*x + b*y + c``, ``y' = d*x + e*y + f``: how a raster maps onto another or the page."""

    a: float = 1.0
    b: float = 0.0
    c: float = 0.0
    d: float = 0.0
    e: float = 1.0
    f: float = 0.0

    def __call__(self, x: float, y: float) -> tuple[float, float]:
        return self.a * x + self.b * y + self.c, self.d * x + self.e * y + self.f

    def then(self, other: Affine) -> Affine:
        """This mapping followed by ``other``."""
        return Affine(
            other.a * self.a + other.b * self.d,
            other.a * self.b + other.b * self.e,
            other.a * self.c + other.b * self.f + other.c,
            other.d * self.a + other.e * self.d,
            other.d * self.b + other.e * self.e,
            other.d * self.c + other.e * self.f + other.f,
        )

    def inverse(self) -> Affine:
        det = self.a * self.e - self.b * self.d
        a, b, d, e = self.e / det, -self.b / det, -self.d / det, self.a / det
        return Affine(a, b, -(a * self.c + b * self.f), d, e, -(d * self.c + e * self.f))

    def box(self, box: BBox) -> BBox:
        """The axis-aligned box around the mapped corners of ``box``."""
        x0, y0, x1, y1 = box
        pts = [self(x0, y0), self(x1, y0), self(x0, y1), self(x1, y1)]
        return (min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts))

    @staticmethod
    def scale(sx: float, sy: float) -> Affine:
        return Affine(sx, 0.0, 0.0, 0.0, sy, 0.0)

    @staticmethod
    def rotation(degrees: float) -> Affine:
        """Turn by ``degrees`` clockwise as seen on screen (y points down)."""
        t = math.radians(degrees)
        return Affine(math.cos(t), -math.sin(t), 0.0, math.sin(t), math.cos(t), 0.0)


def _fit(transform: Affine, width: int, height: int) -> tuple[Affine, int, int]:
    """``transform`` moved so the mapped raster starts at 0,0, and the size it needs."""
    corners = [transform(0, 0), transform(width, 0), transform(0, height), transform(width, height)]
    x0, y0 = min(p[0] for p in corners), min(p[1] for p in corners)
    x1, y1 = max(p[0] for p in corners), max(p[1] for p in corners)
    moved = transform.then(Affine(1.0, 0.0, -x0, 0.0, 1.0, -y0))
    return moved, max(1, math.ceil(x1 - x0 - 1e-6)), max(1, math.ceil(y1 - y0 - 1e-6))


def _warp(img: Image.Image, transform: Affine) -> tuple[Image.Image, Affine]:
    """``img`` mapped by ``transform`` onto a white raster; returns it and the exact mapping."""
    moved, width, height = _fit(transform, img.width, img.height)
    inv = moved.inverse()
    out = img.transform(
        (width, height),
        Image.Transform.AFFINE,
        data=(inv.a, inv.b, inv.c, inv.d, inv.e, inv.f),
        resample=Image.Resampling.BILINEAR,
        fillcolor=255,
    )
    return out, moved


# -- layout: orientation of the lines, skew, text size ---------------------------------------


@dataclass(frozen=True)
class Layout:
    """How the text lies on a raster."""

    #: The lines run up or down the page (it is turned a quarter).
    vertical: bool
    #: Degrees the lines rise to the right (after turning a quarter page back, when vertical).
    skew: float
    #: Height of a text line in raster pixels, when it could be measured.
    line_height: float | None


def _profile_score(xs: np.ndarray[Any, Any], ys: np.ndarray[Any, Any], degrees: float) -> tuple[float, Any]:
    t = math.radians(degrees)
    proj = np.rint(xs * math.sin(t) + ys * math.cos(t)).astype(np.int64)
    proj -= np.min(proj)
    hist = np.bincount(proj)
    return float(np.dot(hist, hist)), hist


def measure_layout(gray: Image.Image, max_skew: float = 12.0) -> Layout:
    """Measure text direction and skew from the projection profile of the dark pixels.

    Text lines make the profile across them sharp: the angle (and the quarter turn) with the
    sharpest profile is the one the lines follow.
    """
    factor = max(1, math.ceil(max(gray.width, gray.height) / _LAYOUT_SIDE))
    small = gray.reduce(factor) if factor > 1 else gray
    arr = np.asarray(small)
    dark = arr < ink_threshold(arr)
    share = float(dark.mean()) if dark.size else 0.0
    if share <= 0.0005 or share > 0.45:
        return Layout(False, 0.0, None)  # blank, or a photo / dark page: nothing to measure
    ys, xs = np.nonzero(dark)
    step = max(1, len(xs) // 60_000)
    xs_f, ys_f = xs[::step].astype(np.float64), ys[::step].astype(np.float64)
    width = float(arr.shape[1])

    def search(px: np.ndarray[Any, Any], py: np.ndarray[Any, Any]) -> tuple[float, float]:
        coarse = np.arange(-max_skew, max_skew + 1e-9, 0.5)
        scores = [_profile_score(px, py, float(a))[0] for a in coarse]
        best = float(coarse[int(np.argmax(scores))])
        fine = np.arange(best - 0.5, best + 0.5 + 1e-9, 0.1)
        fine_scores = [_profile_score(px, py, float(a))[0] for a in fine]
        i = int(np.argmax(fine_scores))
        return float(fine[i]), float(fine_scores[i])

    across_angle, across = search(xs_f, ys_f)
    # the same, with the raster turned a quarter counter-clockwise (x' = y, y' = width - x)
    down_angle, down = search(ys_f, width - 1 - xs_f)
    vertical = down > across * 1.15
    angle = down_angle if vertical else across_angle
    px, py = (ys_f, width - 1 - xs_f) if vertical else (xs_f, ys_f)
    _score, hist = _profile_score(px, py, angle)
    return Layout(vertical, angle, _line_height(hist, step) * factor if hist.size else None)


def _line_height(hist: np.ndarray[Any, Any], step: int) -> float:
    """Median height of the runs of the profile that hold text (one per text line)."""
    limit = max(1.0, 0.03 * float(hist.max()))
    inside = hist >= limit
    edges = np.diff(np.concatenate(([0], inside.astype(np.int8), [0])))
    starts, ends = np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]
    runs = sorted(int(e - s) for s, e in zip(starts, ends, strict=True) if e - s >= 2)
    return float(runs[len(runs) // 2]) if runs else 0.0


# -- reading a raster --------------------------------------------------------------------------


@dataclass
class OcrPage:
    """What OCR read on one page."""

    #: Lines of confident words in page space (points, top-left origin), in reading order.
    lines: list[list[Word]]
    #: Every word read, in the upright raster's pixels, with its confidence.
    words: list[PageWord]
    #: The page turned upright and straightened, in grey (for the ink detector).
    upright: Gray
    #: Upright raster pixels -> page points.
    to_page: Affine
    #: Degrees the page was turned clockwise from upright (0, 90, 180, 270).
    rotation: int
    skew: float
    #: Upright raster pixels per page point.
    scale: float
    confidence: float
    seconds: float

    @property
    def word_count(self) -> int:
        return sum(len(line) for line in self.lines)


def _tesseract(img: Image.Image, dpi: float | None, cfg: Settings, psm: str | None = None) -> str:
    program = program_path()
    langs = usable_languages()
    if program is None or not langs:
        raise OcrError("the OCR engine is not installed")
    buf = io.BytesIO()
    img.save(buf, format="BMP")  # uncompressed: cheapest to hand over
    psm = psm or ("1" if "osd" in installed_languages() else "3")
    cmd = [program, "stdin", "stdout", "-l", "+".join(langs), "--psm", psm, "-c", "tessedit_do_invert=0"]
    if dpi:
        cmd += ["--dpi", str(round(dpi))]
    cmd.append("tsv")
    return _run(cmd, buf.getvalue(), cfg)


def read_line(img: Image.Image, chars: str, cfg: Settings) -> str:
    """One line of ``img`` read as plain text made only of ``chars`` (a date written by hand)."""
    program = program_path()
    if program is None or "eng" not in installed_languages():
        raise OcrError("the OCR engine is not installed")
    buf = io.BytesIO()
    img.save(buf, format="BMP")
    cmd = [program, "stdin", "stdout", "-l", "eng", "--psm", "7", "-c", f"tessedit_char_whitelist={chars}"]
    return _run(cmd, buf.getvalue(), cfg)


def _run(cmd: list[str], data: bytes, cfg: Settings) -> str:
    # one thread: pages are read side by side by the caller, and OpenMP spinning costs more than it gains
    env = {**engine_env(), "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(cmd, input=data, capture_output=True, timeout=cfg.timeout, env=env, check=False)
    except subprocess.TimeoutExpired as exc:
        raise OcrError(f"OCR gave up after {cfg.timeout:g} s") from exc
    except OSError as exc:
        raise OcrError(f"the OCR engine could not be started ({exc})") from exc
    if done.returncode != 0:
        err = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"the OCR engine failed ({err[-1] if err else f'exit code {done.returncode}'})")
    return done.stdout.decode("utf-8", "replace")


@dataclass(frozen=True)
class _Raw:
    text: str
    box: BBox  # pixels of the raster read
    conf: float
    line: int


def _parse_tsv(tsv: str) -> list[_Raw]:
    words: list[_Raw] = []
    line_ids: dict[tuple[str, str, str, str], int] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t", 11)
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        if not text:
            continue
        try:
            left, top, width, height = (int(cols[i]) for i in (6, 7, 8, 9))
            conf = float(cols[10])
        except ValueError:
            continue
        key = (cols[1], cols[2], cols[3], cols[4])
        line = line_ids.setdefault(key, len(line_ids))
        words.append(_Raw(text, (float(left), float(top), float(left + width), float(top + height)), conf, line))
    return words


def _orientation(words: Sequence[_Raw]) -> int:
    """Clockwise degrees the text is turned, from the direction its lines run in."""
    votes = {0: 0, 90: 0, 180: 0, 270: 0}
    by_line: dict[int, list[_Raw]] = {}
    for w in words:
        by_line.setdefault(w.line, []).append(w)
    for line in by_line.values():
        if len(line) < 2:
            continue
        first, last = line[0].box, line[-1].box
        dx = (last[0] + last[2]) - (first[0] + first[2])
        dy = (last[1] + last[3]) - (first[1] + first[3])
        if abs(dx) >= abs(dy):
            votes[0 if dx > 0 else 180] += len(line)
        else:
            votes[90 if dy > 0 else 270] += len(line)
    best = max(votes, key=lambda k: votes[k])
    return best if votes[best] > 0 else 0


def _turn(degrees: int, width: int, height: int) -> Affine:
    """Turning a width x height raster clockwise by ``degrees`` to make it upright, exactly."""
    if degrees == 90:  # text runs down: turn counter-clockwise
        return Affine(0.0, 1.0, 0.0, -1.0, 0.0, float(width))
    if degrees == 180:
        return Affine(-1.0, 0.0, float(width), 0.0, -1.0, float(height))
    if degrees == 270:  # text runs up: turn clockwise
        return Affine(0.0, -1.0, float(height), 1.0, 0.0, 0.0)
    return Affine()


_TRANSPOSE = {
    90: Image.Transpose.ROTATE_90,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_270,
}


def read_raster(
    img: Image.Image,
    page_size: tuple[float, float],
    *,
    dpi: float | None = None,
    cfg: Settings | None = None,
) -> OcrPage:
    """OCR one page raster shown at ``page_size`` points; ``dpi`` when its resolution is known."""
    cfg = cfg or settings()
    started = time.perf_counter()
    gray = ink.to_gray(img)
    layout = measure_layout(gray, cfg.max_skew)
    page = _read_laid_out(gray, layout, page_size, dpi, cfg, started)
    if _poor(page, cfg):
        # A sparse page (a signature page: a few lines and a scrawl) can fool the layout measure
        # into the wrong quarter turn; read it the other way too and keep the better reading.
        other = _read_laid_out(
            gray, replace(layout, vertical=not layout.vertical, skew=0.0), page_size, dpi, cfg, started
        )
        if _legible_letters(other, cfg) > _legible_letters(page, cfg):
            page = other
    return page


#: A page read with fewer confident letters than this, or a mean confidence below ``_POOR_CONFIDENCE``,
#: is read again turned the other quarter.
_POOR_LETTERS = 120
_POOR_CONFIDENCE = 75.0


def _legible_letters(page: OcrPage, cfg: Settings) -> int:
    return sum(sum(c.isalnum() for c in w.text) for w in page.words if w.conf >= cfg.min_confidence)


def _poor(page: OcrPage, cfg: Settings) -> bool:
    return _legible_letters(page, cfg) < _POOR_LETTERS or page.confidence < _POOR_CONFIDENCE


def _dark_bars(pixels: np.ndarray[Any, Any]) -> list[tuple[int, int, int, int]]:
    """The dark bars of a page (left, top, right, bottom pixels): a table's header row printed white on a dark
    band ("Name | Title | Signature | Date"), which the engine does not read as it is, and the header is what
    says where to sign. A bar is a band of rows a third of whose pixels are dark (a scan's grey band as well
    as a black one), at most a few lines high (a photo's dark surround is not one), solid above and below the
    light text on it (a line of bold print is not)."""
    if pixels.ndim != 2:
        return []
    dark = pixels < 140
    height = pixels.shape[0]
    rows = np.flatnonzero(dark.mean(axis=1) > 0.35)
    bars: list[tuple[int, int, int, int]] = []
    for band in np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1) if rows.size else []:
        top, bottom = int(band[0]), int(band[-1]) + 1
        if bottom - top < 6 or bottom - top > 0.08 * height:
            continue  # a ruled line, or no bar
        cols = np.flatnonzero(dark[top:bottom].mean(axis=0) > 0.5)
        left, right = int(cols[0]), int(cols[-1]) + 1
        if not 0.02 <= float((pixels[top:bottom, left:right] > 160).mean()) <= 0.45:
            continue  # no light text on it
        solid = np.flatnonzero(dark[top:bottom, left:right].mean(axis=1) > 0.85)
        if solid.size >= 2:
            bars.append((left, top + int(solid[0]), right, top + int(solid[-1]) + 1))
    return bars


def _read_bars(prepared: Image.Image, raw: list[_Raw], dpi: float | None, cfg: Settings) -> list[_Raw]:
    """``raw`` with each dark bar's words read on their own, its text turned black on white: inverting the bar
    within the page would change how the engine lays out the whole page (a table's other cells lost)."""
    pixels = np.asarray(prepared)
    bars = _dark_bars(pixels)
    if not bars:
        return raw
    pad = 12
    out = [w for w in raw if not any(x0 <= (w.box[0] + w.box[2]) / 2 <= x1 and y0 <= (w.box[1] + w.box[3]) / 2 <= y1
                                     for x0, y0, x1, y1 in bars)]  # fmt: skip
    line = max((w.line for w in raw), default=0) + 1
    for x0, y0, x1, y1 in bars:
        light = np.where(pixels[y0:y1, x0:x1] > 160, 0, 255).astype(np.uint8)
        crop = np.full((y1 - y0 + 2 * pad, x1 - x0 + 2 * pad), 255, dtype=np.uint8)
        crop[pad:-pad, pad:-pad] = light
        read = [
            _Raw(w.text, (w.box[0] + x0 - pad, w.box[1] + y0 - pad, w.box[2] + x0 - pad, w.box[3] + y0 - pad), w.conf,
                 line + w.line)
            for w in _parse_tsv(_tesseract(Image.fromarray(crop), dpi, cfg, psm="6"))
        ]  # fmt: skip
        # in reading order: before the first word read below the bar
        at = next((i for i, w in enumerate(out) if w.box[1] >= y1), len(out))
        out[at:at] = read
        line = max((w.line for w in out), default=line) + 1
    return out


def _read_laid_out(
    gray: Image.Image,
    layout: Layout,
    page_size: tuple[float, float],
    dpi: float | None,
    cfg: Settings,
    started: float,
) -> OcrPage:
    to_page = Affine.scale(page_size[0] / gray.width, page_size[1] / gray.height)
    transform = Affine()
    if layout.vertical:  # a quarter turn counter-clockwise: the lines then run across
        transform = Affine(0.0, 1.0, 0.0, -1.0, 0.0, float(gray.width))
    if abs(layout.skew) >= MIN_SKEW:
        transform = transform.then(Affine.rotation(layout.skew))
    zoom = 1.0
    if layout.line_height and layout.line_height < cfg.min_line_pixels:
        zoom = min(cfg.max_upscale, cfg.min_line_pixels / layout.line_height)
    zoom = min(zoom, math.sqrt(cfg.max_pixels / max(1, gray.width * gray.height)))
    if abs(zoom - 1.0) > 0.05:
        transform = transform.then(Affine.scale(zoom, zoom))
    else:
        zoom = 1.0
    if transform == Affine():
        prepared, moved = gray, Affine()
    elif not abs(layout.skew) >= MIN_SKEW and zoom == 1.0:
        prepared = gray.transpose(Image.Transpose.ROTATE_90)
        moved = Affine(0.0, 1.0, 0.0, -1.0, 0.0, float(gray.width))
    else:
        prepared, moved = _warp(gray, transform)

    raw = _parse_tsv(_tesseract(prepared, dpi * zoom if dpi else None, cfg))
    turned = _orientation(raw)
    if not turned:  # a page the right way up (a turned page's bars run another way)
        raw = _read_bars(prepared, raw, dpi * zoom if dpi else None, cfg)
    turn = _turn(turned, prepared.width, prepared.height)
    upright = prepared.transpose(_TRANSPOSE[turned]) if turned else prepared
    # upright pixels -> prepared pixels -> original raster pixels -> page points
    to_prepared = turn.inverse()
    page_map = to_prepared.then(moved.inverse()).then(to_page)

    words: list[PageWord] = []
    lines: dict[int, list[Word]] = {}
    for w in raw:
        box = turn.box(w.box)
        words.append(PageWord(w.text, box, w.conf, w.line))
        if w.conf >= cfg.min_confidence:
            page_box = page_map.box(box)
            rounded = (round(page_box[0], 2), round(page_box[1], 2), round(page_box[2], 2), round(page_box[3], 2))
            lines.setdefault(w.line, []).append(Word(w.text, rounded))
    confident = [w.conf for w in raw if w.conf >= cfg.min_confidence]
    quarter = 90 if layout.vertical else 0
    return OcrPage(
        lines=[line for line in lines.values() if line],
        words=words,
        upright=np.asarray(upright),
        to_page=page_map,
        rotation=(turned + quarter) % 360,
        skew=layout.skew,
        scale=1.0 / math.sqrt(abs(page_map.a * page_map.e - page_map.b * page_map.d)),
        confidence=float(np.mean(confident)) if confident else 0.0,
        seconds=time.perf_counter() - started,
    )
