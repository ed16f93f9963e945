"""Write held-out test set D of POE Reviewer: a queue of MCI claim bundles and ``expected.json``.

Written from the MCI claiming guide (June 2025) and the claims-interchange spec only, without looking at
how the review tool decides. Every bundle follows ``poe-claim-bundle/1`` (a directory or a .zip holding
``claim.json`` and the partner's uploads). The documents are the partners' own formats: project closure
reports, handover checklists, runbooks with a sign-off page, steering-committee minutes, ticket and SOC
service reports exported to PDF, spreadsheets printed to PDF, slide decks exported to PDF, printed and
forwarded e-mails, .eml and Outlook .msg threads, scans (image-only, rotated, skewed, low resolution),
a searchable scan with an OCR text layer, phone photos, merged uploads with unrelated pages, Word files,
e-signature envelopes (DocuSign with and without certificate, Acrobat Sign, Yousign, Signhost, Dropbox
Sign, a qualified signature) and PDFs digitally signed with pyHanko.

Claim IDs 4601001-4601999. Everything is deterministic: fixed dates (all claims submitted in 2026),
seeded randomness, fixed zip timestamps, fixed PDF ids and signing times, RSA keys from seeded primes.

Run: ``.venv/bin/python tools/make_holdout_d.py OUTDIR [--force]`` (OUTDIR empty or absent).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import io
import json
import math
import random
import shutil
import sys
import uuid
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email import policy as email_policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from html import escape
from pathlib import Path
from typing import Any

import docx
import numpy as np
import pymupdf
from aspose.email_foss.msg import CommonMessagePropertyId, MapiMessage, PropertyTypeCode
from docx.shared import Pt, RGBColor
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ZIP_TIME = (2026, 12, 1, 8, 30, 0)
UTC = dt.UTC
_NS = uuid.UUID("6a0f3c2e-91d4-4b8a-a7e5-3f1d2c4b5e60")


def tz(hours: float, name: str) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours), name)


EDT, EST, CDT, MDT, MST = tz(-4, "EDT"), tz(-5, "EST"), tz(-5, "CDT"), tz(-6, "MDT"), tz(-7, "MST")
AST, BRT, ART, CST_MX = tz(-4, "AST"), tz(-3, "BRT"), tz(-3, "ART"), tz(-6, "CST")
BST, GMT, IST_IE, CET, CEST = tz(1, "BST"), tz(0, "GMT"), tz(1, "IST"), tz(1, "CET"), tz(2, "CEST")
SAST, AST_SA, GST, IST = tz(2, "SAST"), tz(3, "AST"), tz(4, "GST"), tz(5.5, "IST")
SGT, JST, AEST, NZST, NZDT = tz(8, "SGT"), tz(9, "JST"), tz(10, "AEST"), tz(12, "NZST"), tz(13, "NZDT")


# ----------------------------------------------------------------------------------------------
# ids, dates
# ----------------------------------------------------------------------------------------------
def guid(*parts: str, upper: bool = False) -> str:
    value = str(uuid.uuid5(_NS, "|".join(parts)))
    return value.upper() if upper else value


def hx(*parts: str, n: int = 32) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n].upper()


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def D(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


def T(y: int, m: int, d: int, hh: int = 10, mm: int = 0, zone: dt.tzinfo = UTC) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=zone)


def us(day: dt.date) -> str:
    return f"{day.month}/{day.day}/{day.year}"


def us0(day: dt.date) -> str:
    return f"{day.month:02d}/{day.day:02d}/{day.year}"


def dmy(day: dt.date, sep: str = "/") -> str:
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def long_us(day: dt.date) -> str:
    return f"{day.strftime('%B')} {day.day}, {day.year}"


def long_gb(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


def short_gb(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%b')} {day.year}"


def pdf_date(moment: dt.datetime) -> str:
    off = int((moment.utcoffset() or dt.timedelta(0)).total_seconds() // 60)
    sign = "+" if off >= 0 else "-"
    off = abs(off)
    return f"D:{moment.strftime('%Y%m%d%H%M%S')}{sign}{off // 60:02d}'{off % 60:02d}'"


# ----------------------------------------------------------------------------------------------
# parties
# ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class P:
    """A person."""

    name: str
    email: str
    title: str = ""

    @property
    def first(self) -> str:
        return self.name.split()[0]


@dataclass(frozen=True)
class Co:
    """A company: partner or customer."""

    name: str
    domain: str
    country: str
    city: str
    location_id: str | None = None
    segment: str = "commercial"
    extra_domains: tuple[str, ...] = ()

    @property
    def tenant(self) -> str:
        return guid("tenant", self.domain)

    def partner_json(self, contact: P) -> dict[str, Any]:
        return {
            "name": self.name,
            "location_id": self.location_id,
            "country": self.country,
            "domains": [self.domain, *self.extra_domains],
            "contact": {"name": contact.name, "email": contact.email},
        }

    def customer_json(self, contact: P) -> dict[str, Any]:
        return {
            "name": self.name,
            "domain": self.domain,
            "tenant_id": self.tenant,
            "country": self.country,
            "segment": self.segment,
            "contact": {"name": contact.name, "email": contact.email, "title": contact.title},
        }


@dataclass(frozen=True)
class Meta:
    title: str
    author: str
    created: dt.datetime
    creator: str = "Microsoft® Word for Microsoft 365"
    producer: str = "Microsoft® Word for Microsoft 365"


# ----------------------------------------------------------------------------------------------
# PDF from HTML (PyMuPDF Story), saved deterministically
# ----------------------------------------------------------------------------------------------
CSS_BASE = """
body { font-family: sans-serif; font-size: 9.5pt; line-height: 1.3; color: #202020; }
h1 { font-size: 16pt; margin: 0 0 6pt 0; }
h2 { font-size: 11.5pt; margin: 11pt 0 4pt 0; }
h3 { font-size: 10pt; margin: 8pt 0 3pt 0; }
p { margin: 0 0 5pt 0; }
ul, ol { margin: 0 0 5pt 0; }
li { margin: 0 0 1.5pt 0; }
table { border-collapse: collapse; width: 100%; margin: 0 0 7pt 0; }
td, th { border: 0.6pt solid #8c8c8c; padding: 2.5pt 4pt; vertical-align: top; text-align: left; }
.k { width: 150pt; font-weight: bold; }
.small { font-size: 7.8pt; color: #555555; }
.tiny { font-size: 6.8pt; color: #666666; }
.right { text-align: right; }
.center { text-align: center; }
.sigrow td { height: 40pt; }
.esig { font-family: serif; font-style: italic; font-size: 17pt; color: #12307a; }
.plain td { border: none; padding: 1pt 3pt; }
.mono { font-family: monospace; font-size: 8.2pt; }
"""


def css(accent: str = "#1f3864", font: str = "sans-serif", size: float = 9.5) -> str:
    """House style. No cell backgrounds: PyMuPDF's Story repaints them on later pages when a table splits."""
    return (
        CSS_BASE.replace("font-family: sans-serif", f"font-family: {font}").replace(
            "font-size: 9.5pt", f"font-size: {size}pt"
        )
        + f"h1, h2, h3 {{ color: {accent}; }}\nth {{ color: {accent}; border-bottom: 1.4pt solid {accent}; }}\n"
    )


PAPER = {
    "letter": pymupdf.paper_rect("letter"),
    "a4": pymupdf.paper_rect("a4"),
    "slide": pymupdf.Rect(0, 0, 720, 405),
}


def finish(doc: pymupdf.Document, meta: Meta, *, subset: bool = True) -> bytes:
    doc.set_metadata(
        {
            "title": meta.title,
            "author": meta.author,
            "subject": "",
            "keywords": "",
            "creator": meta.creator,
            "producer": meta.producer,
            "creationDate": pdf_date(meta.created),
            "modDate": pdf_date(meta.created),
        }
    )
    if subset:
        doc.subset_fonts()
    data: bytes = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    return data


def html_pdf(
    pages: str | Sequence[str],
    meta: Meta,
    *,
    style: str = "",
    paper: str = "letter",
    landscape: bool = False,
    margin: tuple[float, float, float, float] = (54, 60, 54, 58),
    decorate: Callable[[pymupdf.Document], None] | None = None,
) -> bytes:
    """Lay out HTML with PyMuPDF's Story; every item of ``pages`` starts on a new page."""
    chunks = [pages] if isinstance(pages, str) else list(pages)
    rect = PAPER[paper]
    if landscape:
        rect = pymupdf.Rect(0, 0, rect.height, rect.width)
    where = pymupdf.Rect(rect.x0 + margin[0], rect.y0 + margin[1], rect.x1 - margin[2], rect.y1 - margin[3])
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    for chunk in chunks:
        story = pymupdf.Story(html=chunk, user_css=style or css())
        more = True
        while more:
            dev = writer.begin_page(rect)
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    if decorate:
        decorate(doc)
    return finish(doc, meta)


def band(
    top: str = "", bottom: str = "", *, numbers: str | None = "Page {n} of {N}", size: float = 6.8, color: str = "#666"
) -> Callable[[pymupdf.Document], None]:
    """Running header/footer text and page numbers."""

    def apply(doc: pymupdf.Document) -> None:
        total = doc.page_count
        for i, page in enumerate(doc):
            r = page.rect
            style = f"* {{font-family: sans-serif; font-size: {size}pt; color: {color};}}"
            if top:
                page.insert_htmlbox(pymupdf.Rect(40, 14, r.width - 40, 40), top, css=style)
            text = bottom
            if numbers:
                text = (text + " &nbsp;·&nbsp; " if text else "") + numbers.format(n=i + 1, N=total)
            if text:
                page.insert_htmlbox(pymupdf.Rect(40, r.height - 34, r.width - 40, r.height - 8), text, css=style)

    return apply


def chain(*fns: Callable[[pymupdf.Document], None] | None) -> Callable[[pymupdf.Document], None]:
    def apply(doc: pymupdf.Document) -> None:
        for fn in fns:
            if fn:
                fn(doc)

    return apply


def merge(parts: Sequence[bytes], meta: Meta) -> bytes:
    out = pymupdf.open()
    for part in parts:
        src = pymupdf.open("pdf", part)
        out.insert_pdf(src)
    return finish(out, meta)


def place_image(
    pdf: bytes, page_no: int, anchor: str, png: bytes, *, dx: float, dy: float, w: float, h: float
) -> bytes:
    """Paste a picture (a signature scan, a stamp) next to a label on a text page: a flat image."""
    doc = pymupdf.open("pdf", pdf)
    page = doc[page_no]
    hits = page.search_for(anchor)
    if not hits:
        raise RuntimeError(f"anchor not found: {anchor}")
    r = hits[0]
    page.insert_image(pymupdf.Rect(r.x0 + dx, r.y0 + dy, r.x0 + dx + w, r.y0 + dy + h), stream=png)
    data: bytes = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    return data


def ul(items: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


def kv(pairs: Sequence[tuple[str, str]], cls: str = "k") -> str:
    """Label/value table; an empty value is a field to fill in by hand, so its row is tall."""

    def row(a: str, b: str) -> str:
        tall = "" if b else ' style="height:30pt"'
        return f'<tr><td class="{cls}"{tall}>{a}</td><td{tall}>{b}</td></tr>'

    return "<table>" + "".join(row(a, b) for a, b in pairs) + "</table>"


def grid(head: Sequence[str] | None, body: Sequence[Sequence[str]], cls: str = "") -> str:
    out = [f'<table class="{cls}">' if cls else "<table>"]
    if head:
        out.append("<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>")
    for row in body:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>")
    out.append("</table>")
    return "".join(out)


def box(on: bool) -> str:
    return "&#9746;" if on else "&#9744;"


# ----------------------------------------------------------------------------------------------
# ink, scans, photos, screenshots (Pillow + NumPy, seeded)
# ----------------------------------------------------------------------------------------------
_FONT_CACHE: dict[tuple[str, int], Any] = {}


def pil_font(name: str, size: int) -> Any:
    """A font for Pillow taken from PyMuPDF's built-in set (no system fonts needed)."""
    key = (name, size)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(io.BytesIO(pymupdf.Font(name).buffer), size)
    return _FONT_CACHE[key]


def _smooth(points: Sequence[tuple[float, float]], steps: int = 8) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    pts = [points[0], *points, points[-1]]
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(
                (
                    0.5
                    * (
                        2 * p1[0]
                        + (-p0[0] + p2[0]) * t
                        + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2
                        + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3
                    ),
                    0.5
                    * (
                        2 * p1[1]
                        + (-p0[1] + p2[1]) * t
                        + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2
                        + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3
                    ),
                )
            )
    out.append(points[-1])
    return out


def scribble(draw: Any, bbox: tuple[float, float, float, float], seed: str, *, width: int, fill: Any) -> None:
    """A handwritten signature: slanted cursive words (capital, loops, ascenders, descenders), a flourish."""
    rng = random.Random("sig|" + seed)
    x0, y0, x1, y1 = bbox
    h, w = y1 - y0, x1 - x0
    base = y0 + h * 0.64
    xh = h * rng.uniform(0.16, 0.24)
    slant = rng.uniform(0.2, 0.45)
    x = x0 + w * rng.uniform(0.0, 0.04)
    words = rng.choice((1, 2, 2, 2))
    for wi in range(words):
        cap = h * rng.uniform(0.6, 0.9)
        cw = w * rng.uniform(0.06, 0.1)
        pts: list[tuple[float, float]] = [
            (x, base - xh * 0.2),
            (x + cw * 0.35, base - cap),
            (x + cw * 0.6, base - cap * rng.uniform(0.7, 0.95)),
            (x + cw * 0.25, base - cap * 0.45),
            (x + cw, base - xh * 0.3),
        ]
        x += cw
        letters = rng.randint(3, 7) if wi == words - 1 else rng.randint(0, 3)
        for _ in range(letters):
            kind = rng.choices(("o", "asc", "desc", "m", "flat"), (5, 2, 1, 2, 1))[0]
            step = w * rng.uniform(0.035, 0.065)
            if kind == "o":
                pts += [
                    (x + step * 0.55, base - xh * rng.uniform(0.8, 1.25)),
                    (x + step * 0.25, base - xh * 0.45),
                    (x + step, base),
                ]
            elif kind == "asc":
                pts += [
                    (x + step * 0.6, base - h * rng.uniform(0.42, 0.62)),
                    (x + step * 0.3, base - h * 0.35),
                    (x + step, base),
                ]
            elif kind == "desc":
                pts += [
                    (x + step * 0.5, base - xh),
                    (x + step * 0.55, base + h * rng.uniform(0.18, 0.32)),
                    (x + step * 0.15, base + h * 0.15),
                    (x + step, base - xh * 0.25),
                ]
            elif kind == "m":
                pts += [
                    (x + step * 0.3, base - xh),
                    (x + step * 0.5, base),
                    (x + step * 0.8, base - xh * 1.05),
                    (x + step, base),
                ]
            else:
                pts += [(x + step, base - xh * rng.uniform(0.1, 0.4))]
            x += step
            if x > x1 - w * 0.08:
                break
        slanted = [(px + (base - py) * slant, py + rng.uniform(-0.8, 0.8)) for px, py in pts]
        draw.line(_smooth(slanted, 7), fill=fill, width=width, joint="curve")
        x += w * rng.uniform(0.04, 0.09)
    if rng.random() < 0.7:
        fy = base + h * rng.uniform(0.12, 0.26)
        end = min(x1, x + w * 0.05)
        flourish = [(x0 + w * rng.uniform(0.05, 0.2), fy + 2), (x0 + w * 0.45, fy - 2), (end, fy - h * 0.12)]
        draw.line(_smooth(flourish, 10), fill=fill, width=max(1, width - 1), joint="curve")


def handwrite(draw: Any, xy: tuple[float, float], text: str, size: int, fill: Any, seed: str) -> None:
    rng = random.Random("hw|" + seed)
    font = pil_font("tiit", size)
    x, y = xy
    for ch in text:
        draw.text((x, y + rng.uniform(-1.5, 1.5)), ch, font=font, fill=fill)
        x += draw.textlength(ch, font=font) * rng.uniform(0.98, 1.1)


def signature_png(seed: str, *, w: int = 420, h: int = 120, ink: tuple[int, int, int] = (24, 32, 110)) -> bytes:
    """A signature scanned and cropped to a transparent PNG (what people paste into letters)."""
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    scribble(draw, (10, 8, w - 10, h - 10), seed, width=4, fill=(*ink, 255))
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


@dataclass(frozen=True)
class Ink:
    """Something written by hand on a printed page: a signature or handwritten text.

    The position is relative to the first hit of ``anchor`` on page ``page`` (PDF points)."""

    page: int
    anchor: str
    dx: float
    dy: float
    w: float = 150
    h: float = 34
    text: str = ""
    seed: str = ""
    color: tuple[int, int, int] = (25, 35, 120)
    occurrence: int = -1


def raster(pdf: bytes, dpi: int) -> list[Image.Image]:
    doc = pymupdf.open("pdf", pdf)
    out = []
    for page in doc:
        pix = page.get_pixmap(dpi=dpi, alpha=False)
        out.append(Image.frombytes("RGB", (pix.width, pix.height), pix.samples))
    return out


def apply_inks(images: list[Image.Image], pdf: bytes, inks: Sequence[Ink], dpi: int) -> None:
    doc = pymupdf.open("pdf", pdf)
    k = dpi / 72.0
    for ink in inks:
        page = doc[ink.page]
        hits = page.search_for(ink.anchor)
        if not hits or len(hits) <= ink.occurrence:
            raise RuntimeError(f"ink anchor not found: {ink.anchor!r} on page {ink.page}")
        r = hits[ink.occurrence]
        draw = ImageDraw.Draw(images[ink.page])
        x0, y0 = (r.x0 + ink.dx) * k, (r.y0 + ink.dy) * k
        if ink.text:
            handwrite(draw, (x0, y0), ink.text, int(ink.h * k * 0.62), ink.color, ink.seed or ink.text)
        else:
            bbox = (x0, y0, x0 + ink.w * k, y0 + ink.h * k)
            scribble(draw, bbox, ink.seed or ink.anchor, width=max(2, int(1.3 * k)), fill=ink.color)


def scanify(
    img: Image.Image,
    seed: str,
    *,
    skew: float = 0.0,
    gray: bool = True,
    noise: float = 6.0,
    blur: float = 0.5,
    turn: int = 0,
    speckle: int = 50,
) -> Image.Image:
    """What a flatbed or an MFP makes of a printed page: grey, skewed, noisy, slightly blurred."""
    rng = np.random.default_rng(int(hx("scan", seed, n=8), 16))
    im = img.convert("L") if gray else img.convert("RGB")
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    fill: Any = 250 if gray else (250, 250, 248)
    if skew:
        im = im.rotate(skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)
    arr = np.asarray(im).astype(np.int16)
    arr = arr + rng.normal(0, noise, arr.shape).astype(np.int16)
    h, w = arr.shape[:2]
    for _ in range(speckle):
        y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
        arr[y : y + 2, x : x + 2] = 40
    arr[:, : max(2, w // 300)] = 70  # scanner lid edge
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if turn:
        out = out.rotate(turn, expand=True)
    return out


def jpeg(img: Image.Image, quality: int = 70) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False, dpi=(150, 150))
    return buf.getvalue()


def png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def image_pdf(images: Sequence[Image.Image], dpi: int, meta: Meta, *, quality: int = 62) -> bytes:
    """Image-only PDF as scanners write it: one JPEG per page, no text layer."""
    doc = pymupdf.open()
    for im in images:
        w, h = im.width * 72.0 / dpi, im.height * 72.0 / dpi
        page = doc.new_page(width=w, height=h)
        page.insert_image(page.rect, stream=jpeg(im, quality))
    return finish(doc, meta, subset=False)


def scan_pdf(
    pdf: bytes,
    meta: Meta,
    *,
    inks: Sequence[Ink] = (),
    dpi: int = 150,
    skews: Sequence[float] = (),
    turns: dict[int, int] | None = None,
    gray: bool = True,
    seed: str = "",
    quality: int = 62,
) -> bytes:
    pages = raster(pdf, dpi)
    apply_inks(pages, pdf, inks, dpi)
    turns = turns or {}
    out = [
        scanify(im, f"{seed}|{i}", skew=(skews[i] if i < len(skews) else 0.0), gray=gray, turn=turns.get(i, 0))
        for i, im in enumerate(pages)
    ]
    return image_pdf(out, dpi, meta, quality=quality)


def searchable_scan(pdf: bytes, meta: Meta, *, inks: Sequence[Ink], dpi: int = 200, skew: float = 0.4) -> bytes:
    """A scan with an invisible OCR text layer over the page image (as MFPs' 'searchable PDF' make)."""
    images = raster(pdf, dpi)
    apply_inks(images, pdf, inks, dpi)
    src = pymupdf.open("pdf", pdf)
    doc = pymupdf.open()
    for i, im in enumerate(images):
        scanned = scanify(im, f"ocr|{i}", skew=skew, noise=5)
        page = doc.new_page(width=src[i].rect.width, height=src[i].rect.height)
        page.insert_image(page.rect, stream=jpeg(scanned, 68))
        for x0, _y0, _x1, y1, word, *_ in src[i].get_text("words"):
            text = word.encode("latin-1", "replace").decode("latin-1")
            page.insert_text((x0, y1 - 1.5), text, fontsize=8.5, fontname="helv", render_mode=3)
    return finish(doc, meta, subset=False)


def _perspective(src: Sequence[tuple[float, float]], dst: Sequence[tuple[float, float]]) -> list[float]:
    rows = []
    rhs = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    sol = np.linalg.solve(np.array(rows, dtype=float), np.array(rhs, dtype=float))
    return [float(c) for c in sol]


def phone_photo(page: Image.Image, seed: str, *, tilt: float = 0.06, out_w: int = 1500) -> bytes:
    """A phone picture of a paper page lying on a desk: perspective, uneven light, JPEG."""
    rng = random.Random("photo|" + seed)
    pw, ph = page.size
    scale = out_w / (pw * 1.18)
    pw2, ph2 = int(pw * scale), int(ph * scale)
    sheet = page.convert("RGB").resize((pw2, ph2), Image.Resampling.LANCZOS)
    W, H = int(pw2 * 1.18), int(ph2 * 1.16)
    desk = Image.new("RGB", (W, H), (112, 92, 70))
    grain = np.random.default_rng(int(hx("desk", seed, n=8), 16)).normal(0, 9, (H, W, 1))
    desk_arr = np.clip(np.asarray(desk).astype(float) + grain, 0, 255).astype(np.uint8)
    desk = Image.fromarray(desk_arr)
    mx, my = (W - pw2) / 2, (H - ph2) / 2
    j = [rng.uniform(-tilt, tilt) for _ in range(8)]
    dst = [
        (mx + j[0] * pw2, my + j[1] * ph2),
        (mx + pw2 + j[2] * pw2, my + j[3] * ph2 * 0.5),
        (mx + pw2 + j[4] * pw2 * 0.6, my + ph2 + j[5] * ph2 * 0.5),
        (mx + j[6] * pw2 * 0.6, my + ph2 + j[7] * ph2),
    ]
    src = [(0, 0), (pw2, 0), (pw2, ph2), (0, ph2)]
    coeffs = _perspective(src, dst)
    warped = sheet.transform((W, H), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    mask = Image.new("L", (pw2, ph2), 255).transform((W, H), Image.Transform.PERSPECTIVE, coeffs)
    desk.paste(warped, (0, 0), mask)
    yy, xx = np.mgrid[0:H, 0:W]
    light = 0.78 + 0.28 * np.exp(-(((xx - W * 0.35) / (W * 0.9)) ** 2 + ((yy - H * 0.3) / (H * 0.9)) ** 2))
    arr = np.clip(np.asarray(desk).astype(float) * light[..., None], 0, 255).astype(np.uint8)
    photo = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.8))
    buf = io.BytesIO()
    photo.save(buf, "JPEG", quality=80, optimize=False)
    return buf.getvalue()


def page_image(pdf: bytes, page_no: int, dpi: int, inks: Sequence[Ink] = ()) -> Image.Image:
    images = raster(pdf, dpi)
    apply_inks(images, pdf, inks, dpi)
    return images[page_no]


def screenshot(html: str, *, width: float = 700, height: float = 460, dpi: int = 110, style: str = "") -> bytes:
    """A PNG screenshot of a screen (a web mail view, a portal page)."""
    rect = pymupdf.Rect(0, 0, width, height)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    story = pymupdf.Story(html=html, user_css=style or css(size=9))
    dev = writer.begin_page(rect)
    story.place(pymupdf.Rect(10, 8, width - 10, height - 8))
    story.draw(dev)
    writer.end_page()
    writer.close()
    pix = pymupdf.open("pdf", buf.getvalue())[0].get_pixmap(dpi=dpi, alpha=False)
    return png(Image.frombytes("RGB", (pix.width, pix.height), pix.samples))


# ----------------------------------------------------------------------------------------------
# PDF digital signatures (pyHanko) with deterministic RSA keys, certificates and signing time
# ----------------------------------------------------------------------------------------------
def _probable_prime(n: int, rng: random.Random) -> bool:
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(24):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def rsa_key(seed: str, bits: int = 2048) -> Any:
    from cryptography.hazmat.primitives.asymmetric import rsa

    rng = random.Random("rsa|" + seed)
    e = 65537

    def prime() -> int:
        while True:
            c = rng.getrandbits(bits // 2) | (3 << (bits // 2 - 2)) | 1
            if math.gcd(e, c - 1) == 1 and _probable_prime(c, rng):
                return c

    p, q = prime(), prime()
    n = p * q
    d = pow(e, -1, (p - 1) * (q - 1))
    numbers = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), rsa.RSAPublicNumbers(e, n))
    return numbers.private_key()


def cert_pair(seed: str, ca_name: dict[str, str], subject: dict[str, str], start: dt.datetime) -> tuple[Any, Any, Any]:
    """A CA certificate and a signer certificate (cryptography objects) plus the signer's key."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    oids = {
        "C": NameOID.COUNTRY_NAME,
        "O": NameOID.ORGANIZATION_NAME,
        "OU": NameOID.ORGANIZATIONAL_UNIT_NAME,
        "CN": NameOID.COMMON_NAME,
        "L": NameOID.LOCALITY_NAME,
        "ST": NameOID.STATE_OR_PROVINCE_NAME,
        "E": NameOID.EMAIL_ADDRESS,
    }

    def name(parts: dict[str, str]) -> Any:
        return x509.Name([x509.NameAttribute(oids[k], v) for k, v in parts.items()])

    ca_key, key = rsa_key(seed + "|ca"), rsa_key(seed + "|ee")
    ca = (
        x509.CertificateBuilder()
        .subject_name(name(ca_name))
        .issuer_name(name(ca_name))
        .public_key(ca_key.public_key())
        .serial_number(int(hx(seed, "ca", n=16), 16))
        .not_valid_before(start - dt.timedelta(days=900))
        .not_valid_after(start + dt.timedelta(days=3000))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    ee = (
        x509.CertificateBuilder()
        .subject_name(name(subject))
        .issuer_name(name(ca_name))
        .public_key(key.public_key())
        .serial_number(int(hx(seed, "ee", n=16), 16))
        .not_valid_before(start - dt.timedelta(days=200))
        .not_valid_after(start + dt.timedelta(days=530))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return ca, ee, key


def digitally_sign(
    pdf: bytes,
    *,
    seed: str,
    ca_name: dict[str, str],
    subject: dict[str, str],
    when: dt.datetime,
    page: int,
    rect: tuple[float, float, float, float],
    reason: str,
    location: str,
    stamp_text: str,
) -> bytes:
    """Sign a PDF with pyHanko (PKCS#7 detached, visible stamp) at a fixed signing time."""
    from asn1crypto import keys as a_keys
    from asn1crypto import x509 as a_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    ca, ee, key = cert_pair(seed, ca_name, subject, when)
    der = serialization.Encoding.DER
    a_ca = a_x509.Certificate.load(ca.public_bytes(der))
    a_ee = a_x509.Certificate.load(ee.public_bytes(der))
    a_key = a_keys.PrivateKeyInfo.load(
        key.private_bytes(der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    signer = signers.SimpleSigner(
        signing_cert=a_ee, signing_key=a_key, cert_registry=SimpleCertificateStore.from_certs([a_ca])
    )

    class FixedTimeSigner(signers.PdfSigner):
        def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
            session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
            session.system_time = when
            return session

    class FixedDateWriter(IncrementalPdfFileWriter):
        def _update_meta(self) -> None:
            super()._update_meta()
            if self._info is not None:
                self._info.get_object()["/ModDate"] = generic.pdf_date(when)

    writer = FixedDateWriter(io.BytesIO(pdf), strict=False)
    writer._document_id = generic.ArrayObject(
        [generic.ByteStringObject(bytes.fromhex(hx(seed, "id1"))), generic.ByteStringObject(bytes.fromhex(hx(seed)))]
    )
    meta = signers.PdfSignatureMetadata(
        field_name="Signature1", reason=reason, location=location, md_algorithm="sha256"
    )
    pdf_signer = FixedTimeSigner(
        meta,
        signer=signer,
        stamp_style=TextStampStyle(stamp_text=stamp_text, border_width=1),
        new_field_spec=fields.SigFieldSpec("Signature1", on_page=page, box=rect),
    )
    out = pdf_signer.sign_pdf(writer)
    data: bytes = out.getvalue()
    return data


# ----------------------------------------------------------------------------------------------
# Word files (python-docx), zipped deterministically
# ----------------------------------------------------------------------------------------------
def normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            new = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            new.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(new, src.read(info.filename))
    return buf.getvalue()


def docx_file(build_fn: Callable[[Any], None], *, title: str, author: str, created: dt.datetime) -> bytes:
    document = docx.Document()
    st = document.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    build_fn(document)
    cp = document.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = created.astimezone(UTC).replace(tzinfo=None)
    cp.modified = (created + dt.timedelta(hours=3)).astimezone(UTC).replace(tzinfo=None)
    cp.revision = 4
    buf = io.BytesIO()
    document.save(buf)
    return normalise_zip(buf.getvalue())


def w_table(document: Any, rows: Sequence[Sequence[str]], *, header: bool = True) -> Any:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = text
            if header and r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return table


def w_head(document: Any, text: str, level: int = 1, color: tuple[int, int, int] = (0x1F, 0x38, 0x64)) -> None:
    para = document.add_heading(text, level=level)
    for run in para.runs:
        run.font.color.rgb = RGBColor(*color)


# ----------------------------------------------------------------------------------------------
# e-mail: .eml (email package) and .msg (aspose-email-foss)
# ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Mail:
    sender: P
    to: tuple[P, ...]
    date: dt.datetime
    subject: str
    body: str
    cc: tuple[P, ...] = ()
    attachments: tuple[tuple[str, bytes, str], ...] = ()
    mailer: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    in_reply_to: str = ""

    @property
    def message_id(self) -> str:
        return f"<{hx(self.subject, self.sender.email, self.date.isoformat(), n=20)}@{self.domain}>"

    @property
    def domain(self) -> str:
        return self.sender.email.split("@", 1)[1]


def email_message(mail: Mail) -> EmailMessage:
    em = EmailMessage(policy=email_policy.SMTP)
    em["From"] = formataddr((mail.sender.name, mail.sender.email))
    em["To"] = ", ".join(formataddr((p.name, p.email)) for p in mail.to)
    if mail.cc:
        em["Cc"] = ", ".join(formataddr((p.name, p.email)) for p in mail.cc)
    em["Subject"] = mail.subject
    em["Date"] = format_datetime(mail.date)
    em["Message-ID"] = mail.message_id
    if mail.in_reply_to:
        em["In-Reply-To"] = mail.in_reply_to
        em["References"] = mail.in_reply_to
    for k, v in mail.headers:
        em[k] = v
    em["MIME-Version"] = "1.0"
    if mail.mailer:
        em["X-Mailer"] = mail.mailer
    em.set_content(mail.body, charset="utf-8")
    for name, data, mime in mail.attachments:
        if mime == "message/rfc822":
            from email import message_from_bytes

            inner = message_from_bytes(data, _class=EmailMessage, policy=email_policy.default)
            em.add_attachment(inner, filename=name)
            continue
        main, sub = mime.split("/", 1)
        em.add_attachment(data, maintype=main, subtype=sub, filename=name)
    if mail.attachments:
        em.set_boundary("----=_Part_" + hx("b", mail.message_id, n=24))
    return em


def received(mail: Mail, hops: str = "o365") -> list[str]:
    sd = mail.domain
    rd = mail.to[0].email.split("@", 1)[1]
    o = int(hx("ip", sd, n=2), 16) % 200 + 20
    t = mail.date
    if hops == "o365":
        lines = [
            f"Received: from {rd.split('.')[0][:4].upper()}P123MB{hx('r', rd, n=4)}.EURP123.PROD.OUTLOOK.COM "
            f"by {rd.split('.')[0][:4].upper()}P123MB{hx('s', rd, n=4)}.EURP123.PROD.OUTLOOK.COM with HTTPS; "
            f"{format_datetime(t + dt.timedelta(seconds=3))}",
            f"Received: from mail-{sd.split('.')[0][:12]}.outbound.protection.outlook.com (40.107.{o}.{o // 2}) "
            f"by mx.{rd} with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384); "
            f"{format_datetime(t + dt.timedelta(seconds=2))}",
        ]
    else:
        lines = [
            f"Received: from mx.{rd} (mx.{rd} [192.0.2.{o}]) by imap.{rd} with LMTP; "
            f"{format_datetime(t + dt.timedelta(seconds=4))}",
            f"Received: from smtp.{sd} (smtp.{sd} [198.51.100.{o}]) by mx.{rd} with ESMTPS id "
            f"{hx('q', sd, mail.subject, n=12).lower()}; {format_datetime(t + dt.timedelta(seconds=2))}",
        ]
    lines.append(
        f"Authentication-Results: spf=pass (sender IP is 198.51.100.{o}) smtp.mailfrom={sd}; dkim=pass "
        f"(signature was verified) header.d={sd};dmarc=pass action=none header.from={sd};compauth=pass reason=100"
    )
    return lines


def eml(mail: Mail, *, transport: bool = True, hops: str = "o365") -> bytes:
    body = email_message(mail).as_bytes(policy=email_policy.SMTP)
    if not transport:
        return body
    return "".join(f"{x}\r\n" for x in received(mail, hops)).encode() + body


def msg(mail: Mail, *, transport: bool = True, message_class: str = "") -> bytes:
    """An Outlook .msg. ``transport=False``: saved from Sent Items (no transport headers)."""
    message = MapiMessage.from_email_message(email_message(mail))
    string = PropertyTypeCode.PTYP_STRING
    message.set_property(0x5D01, string, mail.sender.email)
    message.set_property(0x5D02, string, mail.sender.email)
    if message_class:
        message.message_class = message_class
    if transport:
        head = received(mail)
        head += [
            f"From: {formataddr((mail.sender.name, mail.sender.email))}",
            f"To: {', '.join(formataddr((p.name, p.email)) for p in mail.to)}",
        ]
        if mail.cc:
            head.append(f"CC: {', '.join(formataddr((p.name, p.email)) for p in mail.cc)}")
        head += [f"Subject: {mail.subject}", f"Date: {format_datetime(mail.date)}", f"Message-ID: {mail.message_id}"]
        head += [f"{k}: {v}" for k, v in mail.headers]
        head += ['Content-Type: text/plain; charset="utf-8"', "MIME-Version: 1.0"]
        message.set_property(CommonMessagePropertyId.TRANSPORT_MESSAGE_HEADERS, string, "\r\n".join(head) + "\r\n\r\n")
    data: bytes = message.to_bytes()
    return data


def outlook_quote(m: Mail) -> str:
    """How Outlook quotes an earlier message below a reply."""
    lines = [
        "________________________________",
        f"From: {m.sender.name} <{m.sender.email}>",
        f"Sent: {m.date.strftime('%A, %B')} {m.date.day}, {m.date.year} {m.date.strftime('%I:%M %p').lstrip('0')}",
        f"To: {'; '.join(f'{p.name} <{p.email}>' for p in m.to)}",
    ]
    if m.cc:
        lines.append(f"Cc: {'; '.join(f'{p.name} <{p.email}>' for p in m.cc)}")
    lines += [f"Subject: {m.subject}", "", m.body.split("\n________________________________")[0].rstrip()]
    return "\n".join(lines)


def reply(
    sender: P,
    to: Sequence[P],
    when: dt.datetime,
    text: str,
    earlier: Sequence[Mail],
    *,
    cc: Sequence[P] = (),
    subject: str = "",
    prefix: str = "RE: ",
    mailer: str = "",
    headers: tuple[tuple[str, str], ...] = (),
    attachments: tuple[tuple[str, bytes, str], ...] = (),
) -> Mail:
    """A reply that carries the whole earlier thread, newest first (Outlook style)."""
    last = earlier[-1]
    subj = subject or (
        last.subject if last.subject.upper().startswith(("RE:", "AW:", "SV:", "FW:")) else prefix + last.subject
    )
    body = text.rstrip() + "\n\n" + "\n\n".join(outlook_quote(m) for m in reversed(earlier))
    return Mail(sender, tuple(to), when, subj, body, tuple(cc), attachments, mailer, headers, last.message_id)


def printed_mail_pdf(owner: str, thread: Sequence[Mail], meta: Meta, *, client: str = "outlook") -> bytes:
    """An e-mail printed to PDF from the mail client, newest message first."""
    parts = []
    if client == "outlook":
        parts.append(f'<p style="font-size:13pt;font-weight:bold;margin:0">{escape(owner)}</p><hr/>')
    else:
        parts.append(
            f'<table class="plain"><tr><td><b style="color:#c5221f;font-size:14pt">M</b> '
            f'<span class="small">Gmail</span></td><td class="right">{escape(owner)}</td></tr></table><hr/>'
            f'<p style="font-size:13pt">{escape(thread[-1].subject)}</p><p class="small">{len(thread)} message(s)</p>'
        )
    for m in reversed(thread):
        when = f"{m.date.strftime('%A, %B')} {m.date.day}, {m.date.year} {m.date.strftime('%I:%M %p').lstrip('0')}"
        rows = [("From:", f"{escape(m.sender.name)} &lt;{escape(m.sender.email)}&gt;"), ("Sent:", when)]
        rows.append(("To:", escape("; ".join(f"{p.name} <{p.email}>" for p in m.to))))
        if m.cc:
            rows.append(("Cc:", escape("; ".join(f"{p.name} <{p.email}>" for p in m.cc))))
        rows.append(("Subject:", escape(m.subject)))
        if m.attachments:
            rows.append(("Attachments:", escape("; ".join(a[0] for a in m.attachments))))
        head = "".join(f'<tr><td style="width:70pt"><b>{a}</b></td><td>{b}</td></tr>' for a, b in rows)
        body = escape(m.body.split("\n________________________________")[0].rstrip()).replace("\n", "<br/>")
        parts.append(f'<table class="plain">{head}</table><p>{body}</p><hr/>')
    return html_pdf(
        "".join(parts),
        meta,
        style=css(font="sans-serif", size=10),
        margin=(50, 46, 50, 50),
        decorate=band(numbers="{n}"),
    )


# ----------------------------------------------------------------------------------------------
# e-signature platforms: stamps and certificates / audit trails
# ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Signer:
    who: P
    company: str
    signed: dt.datetime
    ip: str
    viewed: dt.datetime | None = None


def docusign_stamp(envelope: str) -> Callable[[pymupdf.Document], None]:
    def apply(doc: pymupdf.Document) -> None:
        for page in doc:
            page.insert_text((28, 18), f"Docusign Envelope ID: {envelope}", fontsize=7, fontname="helv")

    return apply


def docusign_block(name: str, seed: str) -> str:
    return (
        f'<table class="plain"><tr><td><span class="small">DocuSigned by:</span><br/>'
        f'<span class="esig">{escape(name)}</span><br/><span class="tiny">{hx("ds", seed, n=15)}...</span>'
        f"</td></tr></table>"
    )


def docusign_certificate(
    envelope: str, subject: str, sender: P, sent: dt.datetime, signers: Sequence[Signer], pages: int, zone: str
) -> str:
    def when(t: dt.datetime) -> str:
        return f"{t.month}/{t.day}/{t.year} | {t.strftime('%I:%M:%S %p').lstrip('0')}"

    rows = []
    for s in signers:
        rows.append(
            f"<tr><td>{escape(s.who.name)}<br/>{escape(s.who.email)}<br/>{escape(s.who.title)}<br/>"
            f"{escape(s.company)}<br/>Security Level: Email, Account Authentication (None)</td>"
            f'<td><span class="esig">{escape(s.who.name)}</span><br/>Signature Adoption: Pre-selected Style<br/>'
            f"Using IP Address: {s.ip}</td>"
            f"<td>Sent: {when(sent)}<br/>Viewed: {when(s.viewed or s.signed - dt.timedelta(minutes=9))}<br/>"
            f"Signed: {when(s.signed)}</td></tr>"
        )
    last = max(s.signed for s in signers)
    return (
        "<h1>Certificate Of Completion</h1>"
        + kv(
            [
                ("Envelope Id:", envelope.replace("-", "")),
                ("Subject:", escape(subject)),
                ("Source Envelope:", ""),
                ("Document Pages:", str(pages)),
                ("Signatures:", str(len(signers))),
                ("Envelope Originator:", f"{escape(sender.name)}<br/>{escape(sender.email)}"),
                ("Status:", "Completed"),
                ("Time Zone:", zone),
            ]
        )
        + "<h2>Record Tracking</h2>"
        + kv([("Status: Original", f"{when(sent)}"), ("Holder:", f"{escape(sender.name)} {escape(sender.email)}")])
        + "<h2>Signer Events</h2>"
        + grid(["Signer", "Signature", "Timestamp"], [], "")
        + "<table>"
        + "".join(rows)
        + "</table>"
        + "<h2>Envelope Summary Events</h2>"
        + grid(
            ["Status", "Timestamps"],
            [
                ["Envelope Sent", when(sent)],
                ["Certified Delivered", when(signers[0].viewed or signers[0].signed - dt.timedelta(minutes=9))],
                ["Signing Complete", when(last)],
                ["Completed", when(last + dt.timedelta(seconds=41))],
            ],
        )
        + '<p class="tiny">Electronic Record and Signature Disclosure created on: 3/2/2021 | Parties agreed to: '
        + ", ".join(escape(s.who.name) for s in signers)
        + "</p>"
    )


def acrobat_audit(title: str, txn: str, creator: P, created: dt.datetime, signers: Sequence[Signer]) -> str:
    def when(t: dt.datetime) -> str:
        off = int((t.utcoffset() or dt.timedelta(0)).total_seconds() // 3600)
        return f"{t.strftime('%Y-%m-%d')} - {t.strftime('%I:%M:%S %p').lstrip('0')} GMT{off:+d}"

    events = [f"<p><b>Document created by {escape(creator.name)} ({escape(creator.email)})</b><br/>{when(created)}</p>"]
    for s in signers:
        seen = s.viewed or s.signed - dt.timedelta(minutes=14)
        events.append(
            f"<p><b>Document emailed to {escape(s.who.email)} for signature</b><br/>{when(created)}</p>"
            f"<p><b>Email viewed by {escape(s.who.email)}</b><br/>{when(seen)} - IP address: {s.ip}</p>"
            f"<p><b>Signer {escape(s.who.email)} entered name at signing as {escape(s.who.name)}</b><br/>"
            f"{when(s.signed)} - IP address: {s.ip}</p>"
            f"<p><b>Document e-signed by {escape(s.who.name)} ({escape(s.who.email)})</b><br/>Signature Date: "
            f"{when(s.signed)} - Time Source: server - IP address: {s.ip}</p>"
        )
    last = max(s.signed for s in signers)
    events.append(f"<p><b>Agreement completed.</b><br/>{when(last + dt.timedelta(seconds=3))}</p>")
    return (
        f'<p class="small">Adobe Acrobat Sign</p><h1>{escape(title)} - Final audit report</h1>'
        + kv(
            [
                ("Created:", created.strftime("%Y-%m-%d")),
                ("By:", f"{escape(creator.name)} ({escape(creator.email)})"),
                ("Status:", "Signed"),
                ("Transaction ID:", txn),
            ]
        )
        + f'<h2>"{escape(title)}" History</h2>'
        + "".join(events)
    )


def acrobat_footer(txn: str) -> Callable[[pymupdf.Document], None]:
    def apply(doc: pymupdf.Document) -> None:
        for page in doc:
            r = page.rect
            page.insert_text((r.width / 2 - 90, r.height - 10), txn, fontsize=6, fontname="helv", color=(0.4, 0.4, 0.4))

    return apply


# ----------------------------------------------------------------------------------------------
# claims, surveys, bundles
# ----------------------------------------------------------------------------------------------
def claim_json(
    cid: str,
    *,
    program: str,
    area: str,
    submitted: dt.datetime,
    partner: Co,
    pc: P,
    customer: Co,
    cc: P,
    docs: Sequence[tuple[str, str]],
    kind: str | None = None,
    workloads: Sequence[str | tuple[str, str]] = (),
    engagement: dict[str, Any] | None = None,
    transaction: dt.date | None = None,
    consent: dt.date | None = None,
    comments: Sequence[tuple[str, dt.datetime, str]] = (),
    history: Sequence[tuple[str, dt.datetime, str | None]] = (),
    status: str = "submitted",
    opt_out: bool = False,
) -> dict[str, Any]:
    wl = [
        {"name": w, "subscription_id": None} if isinstance(w, str) else {"name": w[0], "subscription_id": w[1]}
        for w in workloads
    ]
    hist = list(history) or [("submission", submitted, pc.email)]
    return {
        "format": "poe-claim-bundle/1",
        "claim_id": cid,
        "program": program,
        "claim_kind": kind,
        "solution_area": area,
        "status": status,
        "submitted_at": iso(submitted),
        "incentive_opt_out": opt_out,
        "partner": partner.partner_json(pc),
        "customer": customer.customer_json(cc),
        "workloads": wl,
        "engagement": engagement,
        "transaction_date": transaction.isoformat() if transaction else None,
        "consent_date": consent.isoformat() if consent else None,
        "documents": [{"path": p, "role": r} for p, r in docs],
        "comments": [{"author": a, "at": iso(t), "text": x} for a, t, x in comments],
        "history": [{"action": a, "at": iso(t), "by": b} for a, t, b in hist],
    }


def cpor(cid: str, *, kind: str = "usage", **kw: Any) -> dict[str, Any]:
    return claim_json(cid, program="cpor", kind=kind, **kw)


def pa(cid: str, *, consent: dt.date, submitted: dt.datetime, pc: P, **kw: Any) -> dict[str, Any]:
    hist = [
        (
            "request customer consent",
            dt.datetime.combine(consent - dt.timedelta(days=2), dt.time(14, 5), UTC),
            pc.email,
        ),
        ("customer consent approved", dt.datetime.combine(consent, dt.time(9, 41), UTC), None),
        ("document submission", submitted - dt.timedelta(minutes=11), pc.email),
        ("submission", submitted, pc.email),
    ]
    return claim_json(
        cid, program="partner_activities", consent=consent, submitted=submitted, pc=pc, history=hist, **kw
    )


def survey(
    cid: str, respondent: str, done: dt.datetime, answers: Sequence[tuple[str, str]], sig: tuple[str, str, str]
) -> bytes:
    name, company, title = sig
    data = {
        "format": "poe-attestation/1",
        "claim_id": cid,
        "respondent": respondent,
        "completed_at": iso(done),
        "answers": [{"question": q, "answer": a} for q, a in answers]
        + [
            {
                "question": "Please type your full name, company name and job title as your electronic signature.",
                "answer": " / ".join(x for x in sig if x),
            }
        ],
        "signature": {"full_name": name, "company": company, "job_title": title},
    }
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()


@dataclass
class Bundle:
    name: str
    claim: dict[str, Any]
    files: dict[str, bytes]
    decision: str
    why: str
    shows: str
    checks: dict[str, Any] = field(default_factory=dict)
    container: str = "dir"  # dir | zip | zip-folder

    @property
    def claim_id(self) -> str:
        return str(self.claim["claim_id"])

    @property
    def entry(self) -> str:
        return self.name + (".zip" if self.container != "dir" else "")


CPOR_NA = {"invoice": "not_applicable", "attestations": "not_applicable", "submission_window": "not_applicable"}
COMMERCIAL = {"public_sector": ["not_applicable", "pass"]}
NO_MAIL = {"customer_domain": ["not_applicable", "pass"]}


def cpor_ok(**over: Any) -> dict[str, Any]:
    """Expectations of a CPOR claim whose evidence meets every requirement; ``over`` changes some."""
    base: dict[str, Any] = {
        **CPOR_NA,
        **COMMERCIAL,
        "required_documents": "pass",
        "customer_acknowledgement": "pass",
        "partner_customer_names": "pass",
        "activity_detail": "pass",
        "workload_match": "pass",
        "acknowledgement_date": "pass",
        "ineligible_customer": "pass",
        "unacceptable_documents": "pass",
        "document_language": "pass",
        "reused_evidence": "pass",
    }
    base.update(over)
    return {k: v for k, v in base.items() if v is not None}


def pa_ok(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "required_documents": "pass",
        "attestations": "pass",
        "submission_window": "pass",
        "invoice": "pass",
        "ineligible_customer": "pass",
        "partner_customer_names": "pass",
        "document_language": "pass",
        "unacceptable_documents": "pass",
        "public_sector": ["not_applicable", "pass"],
        "workload_match": ["not_applicable", "pass"],
        "acknowledgement_date": ["not_applicable", "pass"],
        "reused_evidence": "pass",
    }
    base.update(over)
    return {k: v for k, v in base.items() if v is not None}


# ==============================================================================================
# partners
# ==============================================================================================
TIDEWATER = Co("Tidewater Systems Integration, Inc.", "tidewatersi.com", "US", "Norfolk, VA", "6120417")
RAVENSWORTH = Co("Ravensworth Digital Ltd", "ravensworth.digital", "GB", "Newcastle upon Tyne", "6208833")
LUMIFORTE = Co("Lumiforte Consulting SAS", "lumiforte.fr", "FR", "Lyon", "6311940")
HALDENBERG = Co("Haldenberg IT GmbH", "haldenberg-it.de", "DE", "Stuttgart", "6402257")
WATTLEBIRD = Co("Wattlebird IT Pty Ltd", "wattlebird.com.au", "AU", "Brisbane", "6517702")
KORU = Co("Koru Cloud Partners Limited", "koruclouds.co.nz", "NZ", "Wellington", "6533118")
MAPLEGATE = Co("Maplegate Technologies Corp.", "maplegate.ca", "CA", "Calgary", "6619045")
SKAGERAK = Co("Skagerak Data AS", "skagerakdata.no", "NO", "Kristiansand", "6702561")
COPPERLEAF = Co("Copperleaf Advisory Group LLC", "copperleafag.com", "US", "Denver, CO", "6124480")
BLUEFIN = Co("Bluefin Data Partners Inc.", "bluefindata.com", "US", "Tampa, FL", "6127713")
SUNDA = Co("Sunda Strait Digital Pte. Ltd.", "sundastrait.sg", "SG", "Singapore", "6840337")
CEDARLINE = Co("Cedarline Managed Services LLC", "cedarline.io", "US", "Columbus, OH", "6129052")
FALCONRIDGE = Co("Falconridge Solutions FZ-LLC", "falconridge.ae", "AE", "Dubai", "6905126")
KAVERI = Co("Kaveri Digital Services LLP", "kaveridigital.in", "IN", "Bengaluru", "6950284")
BORINQUEN = Co("Borinquen Tech Group LLC", "borinquentech.com", "PR", "San Juan", "6130671")
SARASWATI = Co("Saraswati Infotech Solutions Pvt. Ltd.", "saraswati-infotech.in", "IN", "Pune", "6951630")
CAMINO = Co("Camino Real Tecnología S.A. de C.V.", "caminoreal-tec.mx", "MX", "Querétaro", "6980412")
IPE = Co("Ipê Tecnologia Ltda.", "ipetec.com.br", "BR", "Campinas", "6991705")
LIFFEY = Co("Liffey Bridge Consulting Ltd", "liffeybridge.ie", "IE", "Dublin", "6220954")
YODOGAWA = Co("Yodogawa Cloud Works K.K.", "yodogawa-cw.jp", "JP", "Osaka", "6860219")
VELDKAMP = Co("Veldkamp ICT B.V.", "veldkamp-ict.nl", "NL", "Utrecht", "6413372")
KAROO = Co("Karoo Cloud (Pty) Ltd", "karoocloud.co.za", "ZA", "Johannesburg", "6930148")
WISLA = Co("Wisła Cloud Sp. z o.o.", "wislacloud.pl", "PL", "Kraków", "6441806")
NAJD = Co("Najd Digital Solutions Co.", "najddigital.sa", "SA", "Riyadh", "6912873")
MIRADOURO = Co("Miradouro Sistemas, Lda.", "miradouro.pt", "PT", "Porto", "6452290")
BRENTA = Co("Brenta Digitale S.r.l.", "brentadigitale.it", "IT", "Padova", "6463015")
GREYFRIARS = Co("Greyfriars Cloud Ltd", "greyfriarscloud.co.uk", "GB", "Edinburgh", "6211476")
ODRA = Co("Odra Systems Sp. z o.o.", "odrasystems.pl", "PL", "Wrocław", "6442930")
PAMPAS = Co("Pampas Nube S.A.", "pampasnube.com.ar", "AR", "Buenos Aires", "6995521")

SEC_ACCEPT_DS = "DocuSign (guide item 1: 'A valid, secure, and verifiable electronic signature (eSignature)')"


def endpoint_narrative(cust: str, partner: str) -> list[str]:
    """Tidewater's own write-up of an Intune / Defender for Endpoint rollout (copied by another partner later)."""
    return [
        f"<h2>1. Background</h2><p>{cust} ran a mix of Group Policy, a legacy on-premises endpoint agent and manual "
        "imaging. Laptops were re-imaged by hand at head office before every hire (about 3 hours per device), "
        "store iPhones were unmanaged, and there was no EDR coverage on the 61 shared point-of-sale kiosks. A "
        "ransomware near-miss in October 2025 (blocked at the firewall) triggered the project.</p>",
        "<h2>2. Scope delivered</h2>"
        + grid(
            ["Workload", "What was delivered", "Volume"],
            [
                [
                    "Microsoft Intune",
                    "Windows Autopilot (user-driven, hybrid-free) with 3 deployment profiles; "
                    "compliance policies for Windows, iOS and kiosks; BitLocker, Windows LAPS and Windows Update "
                    "rings (pilot / broad / kiosk); 27 Win32 apps packaged and assigned; Apple Business Manager "
                    "automated device enrolment for store iPhones; app protection policies for Outlook and Teams",
                    "388 Windows 11 laptops, 140 iPhones, 61 kiosks; 412 users",
                ],
                [
                    "Microsoft Defender for Endpoint",
                    "Onboarding through Intune of every managed Windows device; "
                    "EDR in block mode; tamper protection; 15 attack surface reduction rules moved from audit to "
                    "block after a 3-week audit window; device groups per site; web content filtering; weekly "
                    "vulnerability-management review with the IT lead",
                    "449 devices onboarded (388 + 61)",
                ],
            ],
        ),
        "<h2>3. Timeline</h2>"
        + grid(
            ["Phase", "Dates", "Exit criteria"],
            [
                ["Discover", "12 Jan – 23 Jan 2026", "Device inventory reconciled; app list signed off"],
                ["Build", "26 Jan – 20 Feb 2026", "Policies and profiles in test tenant groups"],
                ["Pilot", "23 Feb – 13 Mar 2026", "35 pilot users, 0 Sev-1 issues for 10 working days"],
                ["Rollout (4 waves)", "16 Mar – 17 Apr 2026", "Stores 1-3, stores 4-6, HQ, distribution centre"],
                ["Hypercare", "20 Apr – 24 Apr 2026", "Ticket volume back to baseline"],
            ],
        ),
        "<h2>4. Results</h2>"
        + ul(
            [
                "New-hire laptop ready in 40 minutes via Autopilot instead of ~3 hours",
                "96.8% of devices compliant at closure (target 95%)",
                "ASR rules blocked 212 events in the first two weeks in block mode",
                "Legacy endpoint agent uninstalled from all devices; licence not renewed",
            ]
        ),
        "<h2>5. Open items handed to support</h2>"
        + ul(
            [
                "Two kiosks at store 5 awaiting hardware replacement before enrolment",
                f"Quarterly ASR exclusions review (owner: customer IT lead, supported by {partner})",
            ]
        ),
    ]


def b4601001() -> Bundle:
    cust = Co("Chesapeake Marine Outfitters, Inc.", "cmoutfitters.com", "US", "Annapolis, MD")
    cc = P("Lorraine Batts", "lbatts@cmoutfitters.com", "Director of Information Technology")
    pm = P("Marcus Ocampo", "mocampo@tidewatersi.com", "Engagement Manager")
    signed = T(2026, 4, 28, 16, 42, EDT)
    env = guid("ds", "4601001", upper=True)
    meta = Meta("CMO Endpoint Modernization - Project Closure Report", "Marcus Ocampo", T(2026, 4, 27, 9, 5, EDT))
    head = (
        '<table class="plain"><tr><td><b style="font-size:15pt;color:#0b5563">TIDEWATER SI</b><br/>'
        '<span class="small">Tidewater Systems Integration, Inc. · 150 W Main St, Suite 1400, Norfolk, VA 23510'
        '</span></td><td class="right small">Document TSI-PCR-2026-031<br/>Version 1.2 · April 27, 2026</td></tr>'
        "</table><hr/>"
    )
    cover = (
        head + "<h1>Project Closure Report</h1><h3>Endpoint Modernization: Microsoft Intune and Microsoft Defender "
        "for Endpoint</h3>"
        + kv(
            [
                ("Customer", "Chesapeake Marine Outfitters, Inc. (CMO)"),
                ("Partner", "Tidewater SI"),
                ("Customer sponsor", "Lorraine Batts, Director of Information Technology"),
                ("Partner engagement manager", "Marcus Ocampo"),
                ("Engagement dates", "January 12, 2026 – April 24, 2026"),
                ("Sites", "Annapolis HQ, distribution centre (Glen Burnie), 6 retail stores"),
            ]
        )
        + "".join(endpoint_narrative("CMO", "Tidewater SI"))
    )
    accept = (
        head + "<h2>6. Acceptance</h2><p>By signing, CMO confirms that the services in sections 2 and 3 were "
        "delivered and accepted, and that the open items in section 5 move to the support agreement.</p>"
        + grid(
            ["", "Chesapeake Marine Outfitters, Inc.", "Tidewater Systems Integration, Inc."],
            [
                ["Signature", docusign_block("Lorraine Batts", "cmo1"), docusign_block("Marcus Ocampo", "tsi1")],
                ["Name", "Lorraine Batts", "Marcus Ocampo"],
                ["Title", "Director of Information Technology", "Engagement Manager"],
                ["Date", "4/28/2026", "4/28/2026"],
            ],
        )
    )
    doc = html_pdf(
        [cover, accept],
        meta,
        style=css("#0b5563"),
        decorate=chain(band(bottom="Tidewater SI · Confidential"), docusign_stamp(env)),
    )
    cert = html_pdf(
        docusign_certificate(
            env,
            "Please DocuSign: CMO Endpoint Modernization - Project Closure Report",
            pm,
            T(2026, 4, 28, 9, 12, EDT),
            [
                Signer(cc, "Chesapeake Marine Outfitters, Inc.", signed, "68.48.112.17"),
                Signer(pm, "Tidewater Systems Integration, Inc.", T(2026, 4, 28, 17, 3, EDT), "173.71.20.201"),
            ],
            pymupdf.open("pdf", doc).page_count,
            "(UTC-05:00) Eastern Time (US & Canada)",
        ),
        meta,
        style=css("#333"),
    )
    path = "POE/CMO_Endpoint_Closure_Report_signed.pdf"
    claim = cpor(
        "4601001",
        area="Security",
        submitted=T(2026, 5, 12, 14, 20, EDT),
        partner=TIDEWATER,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=[(path, "poe")],
        comments=[("partner", T(2026, 5, 12, 14, 18, EDT), "Closure report countersigned in DocuSign.")],
    )
    return Bundle(
        "4601001_Tidewater_ChesapeakeMarine",
        claim,
        {path: merge([doc, cert], meta)},
        "approve",
        f"Closure report e-signed by the customer's Director of IT through {SEC_ACCEPT_DS}, with DocuSign's "
        "certificate of completion. Partner ('Tidewater SI', short for the legal name) and customer ('CMO') are "
        "named (item 2); users and devices per workload, per-phase timeline and concrete Intune and Defender "
        "for Endpoint services (item 3: 'Number of users or infrastructure impacted per workload, timelines'); "
        "both claimed workloads described (item 4); signed 4/28/2026, 14 days before submission (item 5). "
        "UNSURE: this report's narrative was later copied, names swapped, onto another partner's claim "
        "(4601048); the guide does not say what happens to the original, so reused_evidence may pass or warn.",
        "DocuSign envelope + certificate of completion on the partner's own closure-report format; short names.",
        checks=cpor_ok(**NO_MAIL, reused_evidence=["pass", "warn"]),
    )


def b4601002() -> Bundle:
    cust = Co("Tyne & Wear Freight Holdings plc", "twfreight.co.uk", "GB", "Gateshead")
    cc = P("Gemma Thornton", "gemma.thornton@twfreight.co.uk", "Head of IT Operations")
    pm = P("Callum Robson", "callum.robson@ravensworth.digital", "Project Lead")
    signed = T(2026, 4, 14, 11, 26, BST)
    txn = "CBJCHBCAABAA" + hx("acro", "4601002", n=30).replace("0", "x")
    meta = Meta("TWF Teams Voice and Rooms - Handover Checklist", "Callum Robson", T(2026, 4, 10, 15, 0, BST))
    tick = "&#10003;"
    rows = [
        [
            "1",
            "Operator Connect carrier connected; emergency addresses validated for 5 depots",
            tick,
            "CR",
            "Admin centre export",
        ],
        ["2", "318 DDIs ported in 3 batches (20/03, 27/03, 03/04/2026)", tick, "CR", "Porting confirmations"],
        ["3", "286 users enabled for Teams Phone; voice routing policies by depot", tick, "SM", "User list v7"],
        [
            "4",
            "4 auto attendants (main switchboard, out of hours, depot ops, Welsh-language line)",
            tick,
            "SM",
            "Call flow diagrams",
        ],
        [
            "5",
            "9 call queues incl. customer service (14 agents) and transport planning (11 agents)",
            tick,
            "SM",
            "Queue report",
        ],
        ["6", "22 common area phones re-provisioned for warehouses and gatehouses", tick, "JA", "Device list"],
        [
            "7",
            "14 Teams Rooms: 6 Teams Rooms on Windows (large), 8 Teams Rooms on Android (huddle)",
            tick,
            "JA",
            "Room inventory",
        ],
        [
            "8",
            "Teams Rooms Pro management enrolment; update rings and alerting to TWF service desk",
            tick,
            "JA",
            "Portal screenshot",
        ],
        [
            "9",
            "Admin runbook and 2 × knowledge-transfer sessions for TWF service desk (9 staff)",
            tick,
            "CR",
            "Attendance list",
        ],
        ["10", "Legacy PBX (Mitel) decommission plan agreed; switch-off booked 30/04/2026", tick, "CR", "Plan v2"],
    ]
    page = (
        '<table class="plain"><tr><td><b style="font-size:16pt;color:#5b2a86">ravensworth</b>'
        '<span style="color:#5b2a86"> digital</span></td><td class="right small">Handover checklist HC-0412<br/>'
        "Issued 10/04/2026</td></tr></table>"
        '<h1>Service handover checklist</h1><p><b>Customer:</b> Tyne &amp; Wear Freight Holdings plc ("TWF") · '
        "<b>Partner:</b> Ravensworth Digital Ltd · <b>Project:</b> Teams Phone and Teams Rooms rollout, "
        "February–April 2026</p>"
        + grid(["#", "Item", "Done", "Owner", "Evidence"], rows)
        + "<h2>Handover acceptance</h2><p>TWF accepts the items above as complete and takes over first-line "
        "support from the date below. Third-line support continues under Ravensworth's managed service.</p>"
        + grid(
            ["", "For TWF", "For Ravensworth Digital"],
            [
                [
                    "Signature",
                    '<span class="esig">Gemma Thornton</span><br/><span class="tiny">Gemma Thornton '
                    "(14 Apr 2026 11:26 GMT+1)</span>",
                    '<span class="esig">Callum Robson</span><br/><span class="tiny">'
                    "Callum Robson (14 Apr 2026 12:02 GMT+1)</span>",
                ],
                ["Name / role", "Gemma Thornton, Head of IT Operations", "Callum Robson, Project Lead"],
                ["Email", "gemma.thornton@twfreight.co.uk", "callum.robson@ravensworth.digital"],
            ],
        )
    )
    doc = html_pdf(
        page,
        meta,
        style=css("#5b2a86", size=8.8),
        paper="a4",
        landscape=False,
        decorate=chain(band(bottom="Ravensworth Digital Ltd · Company no. 11820476"), acrobat_footer(txn)),
    )
    audit = html_pdf(
        acrobat_audit(
            "TWF Teams Voice and Rooms - Handover Checklist",
            txn,
            pm,
            T(2026, 4, 14, 9, 2, BST),
            [
                Signer(cc, "TWF", signed, "81.144.201.33"),
                Signer(pm, "Ravensworth", T(2026, 4, 14, 12, 2, BST), "86.12.77.140"),
            ],
        ),
        meta,
        style=css("#444"),
        paper="a4",
        decorate=acrobat_footer(txn),
    )
    path = "TWF handover checklist - signed.pdf"
    claim = cpor(
        "4601002",
        area="Modern Work",
        submitted=T(2026, 6, 3, 10, 40, BST),
        partner=RAVENSWORTH,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["TEAMS PHONE ENABLED USERS", "TEAMS ROOMS"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4601002_Ravensworth_TWF",
        claim,
        {path: merge([doc, audit], meta)},
        "approve",
        "Handover checklist e-signed in Adobe Acrobat Sign with the final audit report (item 1, 'A valid, secure, "
        "and verifiable electronic signature'). 'TWF' is the customer's own short name, defined on the page "
        "(item 2). Teams Phone: 286 users, 318 numbers, 4 auto attendants, 9 queues; Teams Rooms: 14 rooms by "
        "type (items 3-4). Signed 14 Apr 2026 (day-first dates on a GB form), 7 weeks before submission.",
        "Acrobat Sign + audit report on a handover checklist (table); acronym customer name; zip upload.",
        checks=cpor_ok(**NO_MAIL),
        container="zip",
    )


def b4601003() -> Bundle:
    cust = Co("Fromageries du Vercors SA", "fromageries-vercors.fr", "FR", "Villard-de-Lans")
    cc = P("Élodie Marchetti", "e.marchetti@fromageries-vercors.fr", "Directrice des systèmes d'information")
    pm = P("Julien Ferrand", "julien.ferrand@lumiforte.fr", "Chef de projet")
    yid = hx("yousign", "4601003", n=24).lower()
    meta = Meta("PV de recette - Acceptance certificate - Intranet FdV", "Julien Ferrand", T(2026, 3, 18, 11, 0, CET))
    two = (
        '<table class="plain"><tr><td style="width:50%">{fr}</td>'
        '<td style="width:50%;color:#333">{en}</td></tr></table>'
    )
    body = (
        '<p style="font-size:15pt;color:#b0413e;font-weight:bold">LUMIFORTE</p>'
        "<h1>Procès-verbal de recette / Acceptance certificate</h1>"
        + two.format(
            fr="<b>Client :</b> Fromageries du Vercors SA (FdV)<br/><b>Prestataire :</b> Lumiforte Consulting "
            "SAS<br/><b>Projet :</b> Nouvel intranet SharePoint Online et Viva Connections",
            en="<b>Customer:</b> Fromageries du Vercors SA (FdV)<br/><b>Supplier:</b> Lumiforte Consulting "
            "SAS<br/><b>Project:</b> New SharePoint Online intranet and Viva Connections",
        )
        + "<h2>1. Périmètre livré / Delivered scope</h2>"
        + two.format(
            fr=ul(
                [
                    "Migration de SharePoint Server 2013 : 46 collections de sites, 1,2 To, vers 31 sites rattachés à "
                    "3 hubs (Production, Qualité, Siège)",
                    "Tableau de bord Viva Connections dans Teams mobile pour 520 opérateurs de fromagerie et de cave "
                    "(cartes : planning des équipes, check-list HACCP, consignes d'affinage, actualités sites)",
                    "Gouvernance : 14 propriétaires de sites formés, modèle de demande de site, revue trimestrielle",
                    "Recette utilisateurs du 2 au 13 mars 2026 sur les 3 sites de production",
                ]
            ),
            en=ul(
                [
                    "Migration from SharePoint Server 2013: 46 site collections, 1.2 TB, to 31 sites associated to "
                    "3 hubs (Production, Quality, Head office)",
                    "Viva Connections dashboard in Teams mobile for 520 cheese-making and cellar operators (cards: "
                    "shift schedule, HACCP checklist, ripening instructions, site news)",
                    "Governance: 14 site owners trained, site request template, quarterly review",
                    "User acceptance testing 2-13 March 2026 at the 3 production sites",
                ]
            ),
        )
        + "<h2>2. Réserves / Open points</h2>"
        + two.format(
            fr="Aucune réserve bloquante. Deux réserves mineures (traductions de 3 pages d'actualités) "
            "levées le 17/03/2026.",
            en="No blocking issue. Two minor points (translation of 3 news pages) closed on 17/03/2026.",
        )
        + "<h2>3. Décision / Decision</h2>"
        + two.format(
            fr="Le client prononce la recette définitive de la prestation.",
            en="The customer gives final acceptance of the services.",
        )
        + grid(
            ["", "Pour le client / For the customer", "Pour Lumiforte / For Lumiforte"],
            [
                ["Nom / Name", "Élodie Marchetti", "Julien Ferrand"],
                ["Fonction / Title", "Directrice des systèmes d'information (CIO)", "Chef de projet / Project manager"],
                [
                    "Signature",
                    '<span class="esig">É. Marchetti</span><br/><span class="tiny">Signé électroniquement '
                    f"via Yousign · 19/03/2026 17:08 · {yid[:12]}</span>",
                    '<span class="esig">J. Ferrand</span><br/>'
                    f'<span class="tiny">Signé électroniquement via Yousign · 19/03/2026 17:21 · {yid[:12]}</span>',
                ],
                ["Date", "19 mars 2026 / 19 March 2026", "19 mars 2026 / 19 March 2026"],
            ],
        )
    )
    proof = (
        "<h1>Dossier de preuve / Audit trail</h1>"
        + kv(
            [
                ("Identifiant de la procédure / Signature request ID", yid),
                ("Document", "PV_recette_Intranet_FdV.pdf"),
                ("Empreinte SHA-256 / SHA-256 fingerprint", hashlib.sha256(b"pv-fdv").hexdigest()),
                ("Initiateur / Sender", "Julien Ferrand (julien.ferrand@lumiforte.fr)"),
            ]
        )
        + grid(
            ["Date (UTC+01:00)", "Événement / Event", "Détail / Detail"],
            [
                ["19/03/2026 16:51:02", "Invitation envoyée / Invitation sent", "e.marchetti@fromageries-vercors.fr"],
                ["19/03/2026 17:05:40", "Document consulté / Document viewed", "IP 90.112.48.201"],
                ["19/03/2026 17:07:55", "Code OTP validé / OTP validated", "+33 6 •• •• •• 41 (SMS)"],
                ["19/03/2026 17:08:13", "Signé / Signed", "Élodie Marchetti — signature électronique avancée"],
                ["19/03/2026 17:21:37", "Signé / Signed", "Julien Ferrand — signature électronique simple"],
                ["19/03/2026 17:21:39", "Procédure terminée / Completed", "Scellement du document / document sealed"],
            ],
        )
        + '<p class="small">Yousign SAS · 8 boulevard d\'Hérouville, 14000 Caen · Prestataire de services de confiance '
        "qualifié / qualified trust service provider</p>"
    )
    pdf = html_pdf(
        [body, proof],
        meta,
        style=css("#b0413e", size=8.8),
        paper="a4",
        decorate=band(bottom="Lumiforte Consulting SAS · RCS Lyon 851 204 377"),
    )
    path = "PV_recette_Intranet_FdV_signe.pdf"
    claim = cpor(
        "4601003",
        area="Modern Work",
        submitted=T(2026, 4, 22, 15, 5, CEST),
        partner=LUMIFORTE,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["SHAREPOINT ONLINE", "VIVA CONNECTIONS"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4601003_Lumiforte_FromageriesVercors",
        claim,
        {path: pdf},
        "approve",
        "Bilingual French/English acceptance certificate: every statement is given in English too, so the POE can "
        "be reviewed in English (the guide's Action Required example only objects to documentation 'not presented "
        "in English'). E-signed through Yousign with OTP and an audit trail (item 1, verifiable eSignature). "
        "SharePoint Online migration (46 collections, 1.2 TB, 31 sites) and Viva Connections for 520 operators "
        "with UAT dates (items 3-4). Signed 19 March 2026, 34 days before submission (item 5).",
        "Bilingual FR/EN acceptance certificate with Yousign audit trail; accented names; day-first dates.",
        checks=cpor_ok(**NO_MAIL),
    )


def b4601004() -> Bundle:
    cust = Co("Kellerwerk Präzisionsteile GmbH", "kellerwerk.de", "DE", "Reutlingen")
    cc = P("Matthias Köhler", "m.koehler@kellerwerk.de", "Leiter IT")
    pm = P("Sabine Vogt", "sabine.vogt@haldenberg-it.de", "Senior Consultant Identity & Security")
    meta = Meta(
        "HIT-RB-2025-118 Operations Runbook Identity Protection Kellerwerk", "Sabine Vogt", T(2025, 8, 6, 16, 0, CEST)
    )
    hdr = (
        '<table class="plain"><tr><td><b style="color:#00695c;font-size:13pt">HALDENBERG IT</b></td>'
        '<td class="right small">HIT-RB-2025-118 · Version 1.0 · 07.08.2025</td></tr></table><hr/>'
    )
    p1 = (
        hdr + "<h1>Operations Runbook</h1><h3>Identity protection with Microsoft Defender for Identity and "
        "Microsoft Entra ID P2 — Kellerwerk Präzisionsteile GmbH</h3>"
        + kv(
            [
                ("Customer", "Kellerwerk Präzisionsteile GmbH, Reutlingen"),
                ("Prepared by", "Haldenberg IT GmbH"),
                ("Project period", "02.06.2025 – 01.08.2025"),
                ("Go-live", "28.07.2025"),
                ("Audience", "Kellerwerk IT operations (5 administrators), Haldenberg service desk"),
            ]
        )
        + "<h2>1. Environment</h2>"
        + ul(
            [
                "1 AD forest (kellerwerk.local), 2 domains, 6 domain controllers at Reutlingen and Metzingen",
                "1 AD CS issuing CA, 2 AD FS servers (to be retired Q4 2025)",
                "870 user accounts, 112 guest accounts, 38 privileged role assignments",
                "Entra Connect cloud sync for both domains",
            ]
        )
    )
    p2 = (
        hdr
        + "<h2>2. Microsoft Defender for Identity</h2>"
        + ul(
            [
                "Sensors v3 installed on all 6 domain controllers, the AD CS server and both AD FS servers (9 sensors)",
                "gMSA directory service account; SAM-R remote access policy deployed by GPO",
                "Auditing configured (advanced audit policy, object auditing on domain root and AdminSDHolder)",
                "Honeytoken accounts: 3 (svc_backup_old, adm_kw_legacy, sql_reporting2)",
                "Daily procedure: sensor health check (section 4.1); alert triage within 4 business hours",
            ]
        )
        + "<h2>3. Microsoft Entra ID P2</h2>"
        + ul(
            [
                "Privileged Identity Management for all 38 privileged role assignments (eligible, 4 h max, "
                "approval for Global Administrator)",
                "Identity Protection: user-risk policy (high = password change), sign-in-risk policy (medium+ = MFA)",
                "Access reviews: quarterly review of 112 guest accounts, monthly review of the Global Administrator "
                "role",
                "Risky users report reviewed every Monday by Kellerwerk IT (owner: M. Köhler)",
            ]
        )
    )
    p3 = (
        hdr
        + "<h2>4. Procedures</h2>"
        + grid(
            ["No.", "Procedure", "Frequency", "Owner"],
            [
                ["4.1", "MDI sensor health and service status", "daily", "Kellerwerk IT"],
                ["4.2", "MDI alert triage and escalation to Haldenberg SOC", "on alert", "Kellerwerk IT / HIT"],
                ["4.3", "PIM activation audit", "weekly", "Kellerwerk IT"],
                ["4.4", "Access review follow-up", "quarterly", "Kellerwerk IT"],
                ["4.5", "Break-glass account test", "every 6 months", "HIT"],
            ],
        )
        + "<p>Escalation: Haldenberg service desk +49 711 9393 470, servicedesk@haldenberg-it.de</p>"
    )
    p4 = (
        hdr + "<h2>5. Sign-off / Freigabe</h2><p>The customer confirms that the services described in sections 2 "
        "to 4 were delivered and that this runbook is accepted for operation.</p>"
        + grid(
            ["", "Kellerwerk Präzisionsteile GmbH", "Haldenberg IT GmbH"],
            [
                ["Name", "Dr. Matthias Köhler", "Sabine Vogt"],
                ["Role", "Leiter IT", "Senior Consultant"],
                ["Date / Datum", "07.08.2025", "07.08.2025"],
            ],
            "sigrow",
        )
        + '<p>Unterschrift Kunde / Customer signature:</p><p style="margin-top:34pt">Unterschrift Haldenberg / '
        "Haldenberg signature:</p>"
    )
    text_pdf = html_pdf(
        [p1, p2, p3, p4],
        meta,
        style=css("#00695c", size=9),
        paper="a4",
        decorate=band(bottom="Haldenberg IT GmbH · Amtsgericht Stuttgart HRB 738221"),
    )
    inks = [
        Ink(3, "Unterschrift Kunde / Customer signature:", 190, -14, 150, 34, seed="koehler"),
        Ink(3, "Unterschrift Haldenberg / Haldenberg signature:", 205, -14, 130, 30, seed="vogt"),
    ]
    scan = scan_pdf(
        text_pdf,
        Meta("Scan_20250808_0912", "", T(2025, 8, 8, 9, 12, CEST), "RICOH IM C3000", "RICOH IM C3000"),
        inks=inks,
        dpi=100,
        skews=[0.9, -0.6, 0.0, 1.2],
        turns={2: 90},
        seed="kw",
    )
    path = "POE/Scan_20250808_0912.pdf"
    claim = cpor(
        "4601004",
        area="Security",
        submitted=T(2026, 7, 21, 9, 30, CEST),
        partner=HALDENBERG,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR IDENTITY", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4601004_Haldenberg_Kellerwerk",
        claim,
        {path: scan},
        "approve",
        "Runbook with a sign-off page signed in ink by the customer's head of IT, scanned (item 1: 'Physically "
        "signed paper documents in image files or PDFs'). Image-only, 100 dpi, skewed, page 3 fed sideways. "
        "Defender for Identity (9 sensors on named servers) and Entra ID P2 (PIM for 38 roles, risk policies, "
        "access reviews for 112 guests) in detail (items 3-4). Date trap: sign-off dated 07.08.2025 on a German "
        "form = 7 August 2025, inside 12 months of submission 2026-07-21 (item 5); read month-first (8 July "
        "2025) it would look stale and must not be flagged.",
        "Wet-ink runbook sign-off, low-res image-only scan with a sideways page; German day-first date trap.",
        checks=cpor_ok(**NO_MAIL),
    )


DDGC = Co("Darling Downs Grain Co-operative Ltd", "ddgc.com.au", "AU", "Toowoomba, QLD")
DDGC_ICT = P("Bronwyn Castellano", "bronwyn.castellano@ddgc.com.au", "ICT Manager")
WB_PM = P("Liam Nguyen", "liam.nguyen@wattlebird.com.au", "Migration Lead")


@functools.cache
def ddgc_runbook() -> tuple[bytes, bytes]:
    """Wattlebird's cutover runbook for DDGC and a phone photo of its signed sign-off page."""
    meta = Meta("DDGC Cutover Runbook v2.3", "Liam Nguyen", T(2026, 3, 11, 15, 30, AEST))
    pages = [
        "<h1>Cutover Runbook</h1><h3>Exchange 2016 to Exchange Online, Microsoft 365 Apps rollout</h3>"
        + kv(
            [
                ("Client", "Darling Downs Grain Co-operative Ltd (DDGC)"),
                ("Delivered by", "Wattlebird IT Pty Ltd"),
                ("Cutover window", "Sat 14/03/2026 06:00 – Sun 15/03/2026 18:00 AEST"),
                (
                    "Scope",
                    "236 mailboxes (198 user, 24 shared, 14 resource), 41 distribution lists, 6 silos' "
                    "weighbridge kiosks; Microsoft 365 Apps on 214 PCs",
                ),
            ]
        )
        + "<h2>Pre-cutover (T-14 to T-1)</h2>"
        + grid(
            ["Step", "Task", "Owner", "Status"],
            [
                ["P1", "Hybrid configuration wizard; OAuth between on-prem and EXO", "LN", "Done 02/03"],
                ["P2", "Migration batches 1-4 pre-staged (incremental sync 95%+)", "LN", "Done 12/03"],
                [
                    "P3",
                    "Microsoft 365 Apps (Current Channel) via Intune to 214 PCs, Office 2016 removed",
                    "TK",
                    "Done 11/03",
                ],
                ["P4", "Outlook profiles: autodiscover test on 20 sample PCs", "TK", "Done 12/03"],
                ["P5", "Comms to growers' liaison team re new shared mailboxes", "DDGC", "Done 10/03"],
            ],
        ),
        "<h2>Cutover (T0)</h2>"
        + grid(
            ["Step", "Time", "Task", "Owner"],
            [
                ["C1", "06:00", "MX record change to EXO; TTL lowered on 12/03", "LN"],
                ["C2", "06:30", "Complete migration batches 1-4 (236 mailboxes)", "LN"],
                ["C3", "11:00", "Public folders (harvest intake 2019-2025) to shared mailboxes", "LN"],
                ["C4", "14:00", "Weighbridge kiosks: SMTP relay to EXO connector, test tickets", "TK"],
                ["C5", "Sun 09:00", "Smoke tests: 12 users per site, mobile (Outlook app) for field staff", "DDGC"],
                ["C6", "Sun 16:00", "Go / no-go with ICT Manager", "All"],
            ],
        )
        + "<h2>Post-cutover</h2>"
        + ul(
            [
                "Hypercare 16/03 – 27/03/2026, daily stand-up 8:30",
                "Exchange 2016 servers decommissioned 10/04/2026",
                "Known issue: 2 shared calendars needed permissions re-applied (resolved 17/03)",
            ]
        ),
        "<h2>Sign-off</h2><p>Client confirms cutover completed, Exchange Online and Microsoft 365 Apps in production "
        "use, and hypercare closed.</p>"
        + grid(
            ["", "DDGC", "Wattlebird IT"],
            [
                ["Name", "Bronwyn Castellano", "Liam Nguyen"],
                ["Position", "ICT Manager", "Migration Lead"],
                ["Signature", "", ""],
                ["Date", "", ""],
            ],
            "sigrow",
        ),
    ]
    pdf = html_pdf(
        pages,
        meta,
        style=css("#7a4b00", size=9),
        paper="a4",
        decorate=band(top="Wattlebird IT · DDGC Cutover Runbook v2.3", bottom="Commercial in confidence"),
    )
    inks = [
        Ink(2, "Signature", 70, -6, 120, 30, seed="castellano"),
        Ink(2, "Signature", 290, -4, 110, 26, seed="nguyen"),
        Ink(2, "Date", 72, -2, 90, 22, text="21/03/2026", seed="d1"),
        Ink(2, "Date", 292, -2, 90, 22, text="21/3/26", seed="d2", color=(20, 20, 20)),
    ]
    return pdf, phone_photo(page_image(pdf, 2, 130, inks), "ddgc-signoff", tilt=0.05)


def b4601005() -> Bundle:
    cust, cc, pm = DDGC, DDGC_ICT, WB_PM
    pdf, photo = ddgc_runbook()
    claim = cpor(
        "4601005",
        area="Modern Work",
        submitted=T(2026, 4, 9, 13, 50, AEST),
        partner=WATTLEBIRD,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "MICROSOFT 365 APPS"],
        docs=[("DDGC_Cutover_Runbook_v2.3.pdf", "poe"), ("IMG_3318.jpeg", "poe")],
        comments=[
            (
                "partner",
                T(2026, 4, 9, 13, 45, AEST),
                "Signed sign-off page photographed on site, runbook attached for the detail.",
            )
        ],
    )
    return Bundle(
        "4601005_Wattlebird_DarlingDowns",
        claim,
        {"DDGC_Cutover_Runbook_v2.3.pdf": pdf, "IMG_3318.jpeg": photo},
        "approve",
        "Runbook (detail) plus a phone photo of its sign-off page signed in ink by DDGC's ICT Manager and dated "
        "21/03/2026 (item 1: 'Physically signed paper documents in image files', the page itself carrying the "
        "identifying information). Exchange Online (236 mailboxes, steps, times) and Microsoft 365 Apps (214 "
        "PCs) with dates (items 3-4); signed 19 days before submission (item 5). UNSURE: the same photo is "
        "uploaded again on 4601044 (same partner and customer, other workloads); whether the original is "
        "affected is not in the guide, so reused_evidence may pass or warn.",
        "Phone photo (perspective, uneven light) of a wet-ink sign-off page + the typed runbook.",
        checks=cpor_ok(**NO_MAIL, reused_evidence=["pass", "warn"]),
    )


def b4601006() -> Bundle:
    cust = Co("Ōtaki Orchards Limited", "otakiorchards.co.nz", "NZ", "Ōtaki")
    cc = P("Graeme Whitlock", "graeme.whitlock@otakiorchards.co.nz", "GM Finance & IT")
    sina = P("Sina Fa'amausili", "sina.faamausili@otakiorchards.co.nz", "Payroll & Systems Administrator")
    pm = P("Aroha Ngata", "aroha.ngata@koruclouds.co.nz", "Delivery Lead")
    m1 = Mail(
        pm,
        (cc,),
        T(2026, 3, 2, 16, 10, NZDT),
        "Purview rollout - wrap-up and sign-off",
        "Kia ora Graeme,\n\nWe have finished the Purview work agreed in the January scoping session. Summary:\n"
        "- Sensitivity labels: 7 labels (Public, General, Internal, Confidential - Growers, Confidential - HR, "
        "Confidential - Finance, Restricted) published to all 164 users\n"
        "- Auto-labelling for IRD numbers and NZ bank account numbers in Exchange, SharePoint and OneDrive "
        "(simulation 9-16 Feb, enforced 17 Feb)\n"
        "- DLP: block external sharing of Confidential - HR/Finance, policy tips in Outlook\n"
        "- Insider Risk Management: 'data theft by departing users' policy with the HR connector (CSV from "
        "the payroll system every Monday), 2 analysts (you and Sina)\n\n"
        "Could you confirm you are happy for us to close this off?\n\nNgā mihi,\nAroha\n"
        "Aroha Ngata | Delivery Lead | Koru Cloud Partners | 04 890 2231",
    )
    m2 = reply(
        cc,
        [pm],
        T(2026, 3, 3, 8, 55, NZDT),
        "Morena Aroha,\n\nOne thing before I sign off - does the HR label get applied automatically to the "
        "fortnightly payroll exports Sina saves into the Payroll library, or does she have to pick it?\n\n"
        "Graeme",
        [m1],
        cc=[sina],
    )
    m3 = reply(
        pm,
        [cc],
        T(2026, 3, 3, 11, 20, NZDT),
        "Hi Graeme,\n\nAutomatically - the Payroll library has a default label (Confidential - HR) and the "
        "auto-labelling policy also catches the IRD numbers in the files. Happy to show Sina on Thursday's "
        "call.\n\nAroha",
        [m1, m2],
        cc=[sina],
    )
    m4 = reply(
        cc,
        [pm],
        T(2026, 3, 11, 9, 32, NZDT),
        "Kia ora Aroha,\n\nSina ran the payroll export on Monday and it came out labelled Confidential - HR "
        "without her touching it, and the test e-mail with a bank account number to her Gmail was blocked "
        "with the policy tip. That was the last thing on my list.\n\nWe're happy the labels, auto-labelling, "
        "DLP and the departing-staff insider risk policy are all in and working for our 164 staff - please "
        "treat this as our sign-off on the Purview project. Thanks to you and Rangi for keeping it practical "
        "for the packhouse team.\n\nNgā mihi,\nGraeme\n\nGraeme Whitlock\nGM Finance & IT | Ōtaki Orchards "
        "Limited\n127 State Highway 1, Ōtaki 5512 | 06 364 8820",
        [m1, m2, m3],
        cc=[sina],
    )
    summary = html_pdf(
        '<p style="color:#1b6e4e;font-size:14pt"><b>Koru</b> Cloud Partners</p><h1>Purview design summary</h1>'
        + kv(
            [
                ("Client", "Ōtaki Orchards Limited"),
                ("Version", "1.1 (as built) — 10 March 2026"),
                ("Users in scope", "164 (packhouse 96, orchard 41, office 27)"),
            ]
        )
        + grid(
            ["Label", "Scope", "Protection", "Auto-apply"],
            [
                ["Public", "Files, e-mail", "None", "—"],
                ["General", "Files, e-mail", "None", "default"],
                ["Internal", "Files, e-mail", "Footer", "—"],
                ["Confidential - Growers", "Files, e-mail, sites", "Encrypt (Growers group)", "—"],
                ["Confidential - HR", "Files, e-mail", "Encrypt (HR)", "IRD number, Payroll library default"],
                ["Confidential - Finance", "Files, e-mail", "Encrypt (Finance)", "NZ bank account number"],
                ["Restricted", "Files", "Encrypt, no forward/print", "—"],
            ],
        )
        + "<h2>Insider Risk Management</h2>"
        + ul(
            [
                "Policy: data theft by departing users, HR connector (weekly CSV)",
                "Indicators: Office, device (MDE not licensed — device indicators off)",
                "Analysts: G. Whitlock, S. Fa'amausili",
            ]
        ),
        Meta("Purview design summary", "Aroha Ngata", T(2026, 3, 10, 14, 0, NZDT)),
        style=css("#1b6e4e"),
        paper="a4",
    )
    files = {"RE_ Purview rollout - wrap-up and sign-off.msg": msg(m4), "Purview_design_summary_v1.1.pdf": summary}
    claim = cpor(
        "4601006",
        area="Security",
        submitted=T(2026, 3, 30, 10, 15, NZDT),
        partner=KORU,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT INFORMATION PROTECTION", "INSIDER RISK MANAGER"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601006_Koru_OtakiOrchards",
        claim,
        files,
        "approve",
        "Original .msg from the customer's own domain (otakiorchards.co.nz) in which the GM Finance & IT, in his "
        "own words, accepts the work after testing it and gives 'our sign-off on the Purview project' (item 1: "
        "'using the email acknowledgment from the customer as a signature. Must ensure that the customer domain "
        "is correct'). The thread carries the detail: 7 labels, auto-labelling, DLP, the departing-users insider "
        "risk policy, 164 users, dates (items 2-4). Dated 11 March 2026, 19 days before submission. The earlier "
        "question in the thread is answered before the acceptance.",
        ".msg thread with four messages; acceptance in the customer's phrasing; macrons in names.",
        checks=cpor_ok(customer_domain="pass"),
    )


def b4601007() -> Bundle:
    cust = Co("Athabasca Energy Services Ltd.", "athabascaenergy.ca", "CA", "Calgary, AB")
    cc = P("Priscilla Nakamura", "pnakamura@athabascaenergy.ca", "Chief Information Officer")
    devon = P("Devon Laframboise", "d.laframboise@athabascadrilling.ca", "Director, IT Infrastructure")
    pm = P("Arjun Mehta", "arjun.mehta@maplegate.ca", "Senior Identity Consultant")
    m1 = Mail(
        pm,
        (devon,),
        T(2026, 7, 24, 15, 40, MDT),
        "Conditional Access - phase 2 complete",
        "Hi Devon,\n\nPhase 2 of the Conditional Access work went live on Monday. Recap for your records:\n"
        "* 23 Conditional Access policies (report-only 3 weeks, then on), policy matrix attached\n"
        "* Named locations for the 11 field camps and both Calgary offices\n"
        "* Compliant device required for 640 corporate laptops; app protection for BYOD phones\n"
        "* Legacy authentication blocked tenant-wide; 4 service accounts moved to workload identities\n"
        "* MFA registration campaign: 1,174 of 1,180 users registered (6 on leave)\n"
        "* 2 break-glass accounts excluded and monitored\n\n"
        "Let me know if you're OK to call this done.\n\nArjun",
        mailer="Microsoft Outlook 16.0",
    )
    m2 = reply(
        devon,
        [pm],
        T(2026, 7, 29, 7, 58, MDT),
        "Arjun,\n\nWe've had a full week with everything enforced and the camps came through it with only "
        "the two Starlink IP changes you already fixed. Field supervisors are getting prompted on the "
        "shared tablets the way we wanted. I'm good to call phase 2 complete on our side - thanks for "
        "running the report-only period properly, it saved us.\n\nPriscilla, copying you so you have it.\n\n"
        "Devon Laframboise\nDirector, IT Infrastructure\nAthabasca Drilling Ltd. - an Athabasca Energy Services "
        "company\n403-555-0182",
        [m1],
        cc=[cc],
    )
    matrix = html_pdf(
        "<h1>Conditional Access policy matrix (as built)</h1><p>Athabasca Energy Services — prepared by Maplegate "
        "Technologies, 24 July 2026</p>"
        + grid(
            ["ID", "Policy", "Users", "Grant / session", "State"],
            [
                ["CA001", "Block legacy authentication", "All", "Block", "On"],
                ["CA002", "MFA for all users", "All excl. break-glass", "MFA", "On"],
                ["CA003", "Compliant device for corporate apps", "Staff (640 devices)", "Compliant device", "On"],
                ["CA004", "App protection on mobile", "BYOD", "App protection policy", "On"],
                ["CA005", "Field camps named locations", "Field staff", "MFA outside camps", "On"],
                ["CA010", "Admin roles phishing-resistant MFA", "38 admins", "Auth strength", "On"],
                ["CA011-CA023", "Per-app and guest policies (13)", "Various", "Various", "On"],
            ],
        ),
        Meta("CA policy matrix", "Arjun Mehta", T(2026, 7, 24, 15, 0, MDT)),
        style=css("#8b1e1e"),
        landscape=True,
    )
    files = {"RE Conditional Access - phase 2 complete.eml": eml(m2), "CA_policy_matrix_as_built.pdf": matrix}
    claim = cpor(
        "4601007",
        area="Security",
        submitted=T(2026, 8, 18, 11, 5, MDT),
        partner=MAPLEGATE,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["AZURE ACTIVE DIRECTORY PREMIUM CONDITIONAL ACCESS"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601007_Maplegate_Athabasca",
        claim,
        files,
        "approve",
        "Customer e-mail accepting the Conditional Access work in the customer's own words, with the CIO (the "
        "claim's contact, athabascaenergy.ca) copied; detailed policies, users and devices (items 1-4), dated "
        "29 July 2026 (item 5). The acknowledgement comes from athabascadrilling.ca, a subsidiary's own domain, "
        "signed 'an Athabasca Energy Services company'. UNSURE: the guide says only 'Must ensure that the "
        "customer domain is correct'; it also says a tenant can own several domain names, but nothing on "
        "subsidiaries' domains, so customer_domain may pass or warn (not fail).",
        ".eml thread; acknowledgement from a customer subsidiary's domain with the customer's CIO in copy.",
        checks=cpor_ok(customer_domain=["pass", "warn"]),
    )


def b4601008() -> Bundle:
    cust = Co("Sørlandet Havbruk AS", "sorlandethavbruk.no", "NO", "Mandal")
    cc = P("Terje Håland", "terje.haland@sorlandethavbruk.no", "IT-sjef / Head of IT")
    pm = P("Ingrid Aasland", "ingrid.aasland@skagerakdata.no", "Security Consultant")
    m1 = Mail(
        pm,
        (cc,),
        T(2026, 5, 20, 13, 5, CEST),
        "Defender for Office 365 - ferdig / completed",
        "Hei Terje,\n\nDefender for Office 365 (Plan 2) is now fully in place for Sørlandet Havbruk. As "
        "agreed in the kickoff on 2026-04-14:\n"
        "1. Preset security policy 'Strict' for the 19 priority accounts (management, finance, vessel "
        "captains), 'Standard' for the other 233 mailboxes\n"
        "2. Safe Links and Safe Attachments incl. Teams and SharePoint\n"
        "3. Anti-phishing impersonation protection for 14 executives and the domains of 6 key feed and "
        "logistics suppliers\n"
        "4. Attack simulation training: baseline campaign 2026-05-06 (click rate 17.1%), training assigned "
        "to 43 users\n5. Automated investigation & response enabled; weekly report to you every Monday\n\n"
        "Please confirm that we can consider the delivery accepted.\n\nVennlig hilsen\nIngrid",
    )
    m2 = reply(
        cc,
        [pm],
        T(2026, 5, 22, 8, 47, CEST),
        "Hei Ingrid,\n\nI have gone through the list with Kari today. The impersonation protection already "
        "caught the fake invoice 'from' our feed supplier on Tuesday, so it is working as intended. We "
        "accept the delivery of Defender for Office 365 as described in your mail below, points 1-5.\n\n"
        "Takk for god innsats!\n\nTerje Håland\nIT-sjef | Sørlandet Havbruk AS | Postboks 88, 4501 Mandal",
        [m1],
    )
    printed = printed_mail_pdf(
        "Ingrid Aasland",
        [m1, m2],
        Meta(
            "RE: Defender for Office 365 - ferdig / completed",
            "Ingrid Aasland",
            T(2026, 6, 15, 10, 2, CEST),
            "Microsoft Outlook",
            "Microsoft: Print To PDF",
        ),
    )
    report = html_pdf(
        '<p style="color:#004b87;font-size:14pt"><b>SKAGERAK DATA</b></p><h1>Deployment report — Microsoft '
        "Defender for Office 365</h1>"
        + kv(
            [
                ("Customer", "Sørlandet Havbruk AS (org.nr. 915 402 118)"),
                ("Partner", "Skagerak Data AS"),
                ("Period", "2026-04-14 – 2026-05-20"),
                ("Mailboxes", "252 (19 priority accounts)"),
            ]
        )
        + grid(
            ["Date", "Activity", "Result"],
            [
                ["2026-04-14", "Kickoff and configuration analyzer baseline", "41 recommendations"],
                ["2026-04-21", "Preset policies Standard/Strict", "252 mailboxes covered"],
                ["2026-04-28", "Safe Links / Safe Attachments for Teams, SharePoint, OneDrive", "On"],
                ["2026-05-06", "Attack simulation baseline", "Click rate 17.1%, 43 trainees"],
                ["2026-05-13", "Impersonation protection: 14 users, 6 supplier domains", "On"],
                ["2026-05-20", "AIR enabled, weekly reporting handed over", "Done"],
            ],
        ),
        Meta("Deployment report MDO Sorlandet Havbruk", "Ingrid Aasland", T(2026, 5, 20, 12, 0, CEST)),
        style=css("#004b87"),
        paper="a4",
        decorate=band(bottom="Skagerak Data AS · Kristiansand"),
    )
    files = {"RE Defender for Office 365 - ferdig.pdf": printed, "Deployment_report_MDO.pdf": report}
    claim = cpor(
        "4601008",
        area="Security",
        submitted=T(2026, 6, 16, 9, 12, CEST),
        partner=SKAGERAK,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR OFFICE"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601008_Skagerak_SorlandetHavbruk",
        claim,
        files,
        "approve",
        "Customer's acceptance e-mail printed to PDF from Outlook (item 1: 'Signatures can be in .MSG or .PDF "
        "(email) format'), from sorlandethavbruk.no, explicitly accepting 'Defender for Office 365 as described "
        "... points 1-5'. Mailbox counts, policies, dates (items 3-4). A few Norwegian greetings around English "
        "content are not a language problem. ISO dates; accepted 2026-05-22, 25 days before submission.",
        "Acceptance e-mail printed to PDF + deployment report; Nordic characters; ISO dates.",
        checks=cpor_ok(customer_domain="pass"),
    )


def b4601009() -> Bundle:
    cust = Co("Front Range Title & Escrow LLC", "frontrangetitle.com", "US", "Colorado Springs, CO")
    cc = P("Dale Whitford", "dwhitford@frontrangetitle.com", "Managing Partner")
    pm = P("Renee Castillo", "rcastillo@copperleafag.com", "Practice Lead, Modern Work")
    meta = Meta("FRTE Completion and Acceptance", "Renee Castillo", T(2026, 3, 3, 11, 0, MST))
    html = (
        '<table class="plain"><tr><td><b style="color:#b35c1e;font-size:15pt">COPPERLEAF</b><br/><span class="small">'
        'Advisory Group</span></td><td class="right small">SOW CAG-0212 · Change order 2</td></tr></table>'
        "<h1>Certificate of Completion and Acceptance</h1>"
        + kv(
            [
                ("Client", "Front Range Title &amp; Escrow LLC"),
                ("Consultant", "Copperleaf Advisory Group LLC"),
                ("Services", "Microsoft Teams and SharePoint Online rollout"),
                ("Period", "November 17, 2025 – February 27, 2026"),
            ]
        )
        + "<h2>Services completed</h2>"
        + ul(
            [
                "Teams for 142 users at 9 branch offices: teams per branch and per closing desk, channel "
                "structure for escrow officers, meeting policies, external access for lenders (14 domains)",
                "SharePoint Online document management for escrow: 38,400 closing files (2.6 TB) migrated from the "
                "F: drive file server with ShareGate, metadata for file number, county and closing date",
                "Retention: closing files kept 10 years from closing date (Colorado requirement noted by client "
                "counsel); old file server set read-only 02/27/2026",
                "Training: 6 sessions (branch managers, escrow officers, title examiners), quick-reference cards",
            ]
        )
        + "<h2>Acceptance</h2><p>Client accepts the services above as complete under change order 2. This "
        "certificate does not change the payment terms of SOW CAG-0212.</p>"
        + grid(
            ["", "Client", "Consultant"],
            [
                ["Name", "Dale Whitford", "Renee Castillo"],
                ["Title", "Managing Partner", "Practice Lead"],
                ["Signature", "", ""],
                ["Date", "", ""],
            ],
            "sigrow",
        )
    )
    pdf = html_pdf(html, meta, style=css("#b35c1e"))
    inks = [
        Ink(0, "Signature", 80, -8, 130, 32, seed="whitford"),
        Ink(0, "Signature", 262, -8, 110, 28, seed="castillo"),
        Ink(0, "Date", 82, -4, 80, 22, text="3/4/2026", seed="dw"),
        Ink(0, "Date", 264, -4, 80, 22, text="3/4/26", seed="rc"),
    ]
    scan = searchable_scan(
        pdf,
        Meta("FRTE_acceptance_scan", "", T(2026, 3, 5, 8, 44, MST), "Canon iR-ADV C5535", "Adobe PDF Scan Library 3.2"),
        inks=inks,
        dpi=200,
        skew=0.5,
    )
    path = "Front Range - Completion Certificate (signed).pdf"
    claim = cpor(
        "4601009",
        area="Modern Work",
        submitted=T(2026, 5, 27, 16, 0, MDT),
        partner=COPPERLEAF,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4601009_Copperleaf_FrontRangeTitle",
        claim,
        {path: scan},
        "approve",
        "Wet-ink signed completion certificate, scanned as a searchable PDF (image plus OCR text layer): "
        "'Physically signed paper documents in image files or PDFs' (item 1). Teams for 142 users at 9 branches "
        "and SharePoint Online with 38,400 files / 2.6 TB migrated, with dates (items 3-4). Signed '3/4/2026': "
        "read as March 4 (US) or 3 April, either way within 12 months of submission 2026-05-27 (item 5).",
        "Searchable scan (OCR layer) of a wet-ink certificate; slight skew; US short date.",
        checks=cpor_ok(**NO_MAIL),
    )


def b4601010() -> Bundle:
    cust = Co("Gulfshore Marina Holdings, LLC", "gulfshoremarinas.com", "US", "Naples, FL")
    cc = P("Tomás Echeverría", "techeverria@gulfshoremarinas.com", "IT Manager")
    pm = P("Kendra Boyd", "kboyd@bluefindata.com", "Client Delivery Manager")
    meta = Meta("Gulfshore POE package", "Kendra Boyd", T(2026, 9, 8, 17, 30, EDT))
    cover = html_pdf(
        "<p><b>Bluefin Data Partners Inc.</b><br/>4010 W Boy Scout Blvd, Tampa, FL 33607</p><p>September 8, 2026</p>"
        "<p>To the Microsoft POE review team,</p><p>Enclosed for claim 4601010 (Gulfshore Marina Holdings, LLC — "
        "Microsoft Intune): our deployment summary (page 4) and the customer's signed acceptance (page 5). "
        "Our company overview is included for reference.</p><p>Kendra Boyd<br/>Client Delivery Manager</p>",
        meta,
        style=css(size=10.5),
    )
    brochure = html_pdf(
        [
            '<h1 style="font-size:26pt;color:#0a5c8f">Bluefin Data Partners</h1><h2>Your Microsoft cloud, '
            "managed.</h2><p>Founded in 2011, Bluefin helps Florida businesses get more from Microsoft 365, Azure and "
            "Dynamics 365. Our certified engineers provide strategy, deployment and 24/7 managed services.</p>"
            + ul(
                [
                    "Microsoft Solutions Partner for Modern Work and Security",
                    "120+ clients across the Gulf Coast",
                    "Hurricane-season continuity planning included with every managed plan",
                ]
            ),
            "<h2>Managed services plans</h2>"
            + grid(
                ["Plan", "Includes", "From"],
                [
                    ["Essentials", "Patching, monitoring, help desk", "$39/user"],
                    ["Secure", "Essentials + Defender, Intune, SOC", "$64/user"],
                    ["Complete", "Secure + vCIO, projects bank", "$89/user"],
                ],
            ),
        ],
        Meta("Bluefin overview", "Marketing", T(2025, 1, 15)),
        style=css("#0a5c8f", size=11),
    )
    summary = html_pdf(
        "<h1>Intune deployment summary — Gulfshore Marina Holdings</h1>"
        + kv(
            [
                ("Marinas", "4 (Naples, Marco Island, Fort Myers Beach, Punta Gorda) + head office"),
                ("Devices", "96 Windows laptops, 58 iPads (dock-master and fuel-dock tablets), 71 iPhones"),
                ("Users", "173"),
                ("Project", "June 29 – August 14, 2026"),
            ]
        )
        + ul(
            [
                "Autopilot pre-provisioning for the 96 laptops; old SCCM client removed",
                "iPads in shared-device mode for fuel docks with a kiosk profile running the marina POS app",
                "Compliance: OS minimums, BitLocker / passcode, jailbreak detection; non-compliant devices blocked "
                "from Exchange and the booking system through Conditional Access",
                "Hurricane-mode configuration profile: remote lock and wipe tested on 8 devices on August 6",
                "Handover to Gulfshore IT with 2 admin training sessions",
            ]
        ),
        Meta("Intune summary", "Kendra Boyd", T(2026, 8, 14)),
        style=css("#0a5c8f"),
    )
    accept_html = (
        "<h2>Customer acceptance — Microsoft Intune deployment</h2><p>Gulfshore Marina Holdings, LLC confirms that "
        "Bluefin Data Partners Inc. completed the Microsoft Intune deployment described in the deployment "
        "summary (173 users; 96 laptops, 58 iPads, 71 iPhones) and accepts the work.</p>"
        + kv(
            [
                ("Name", "Tomás Echeverría"),
                ("Title", "IT Manager"),
                ("Company", "Gulfshore Marina Holdings, LLC"),
                ("Signature", ""),
                ("Date", ""),
            ]
        )
    )
    accept_text = html_pdf(accept_html, meta, style=css(size=10.5))
    accept_scan = scan_pdf(
        accept_text,
        meta,
        inks=[
            Ink(0, "Signature", 160, -5, 140, 30, seed="echeverria"),
            Ink(0, "Date", 160, 1, 100, 19, text="8/20/2026", seed="te"),
        ],
        dpi=150,
        skews=[-0.8],
        seed="gsm",
    )
    blank = scan_pdf(html_pdf("<p> </p>", meta), meta, dpi=100, seed="blank")
    expense = html_pdf(
        "<h2>Expense report — K. Boyd — August 2026</h2>"
        + grid(
            ["Date", "Description", "Amount"],
            [
                ["08/03/2026", "Mileage Tampa–Naples (2 × 165 mi)", "$221.10"],
                ["08/04/2026", "Hotel, Naples (1 night)", "$189.00"],
                ["08/06/2026", "Lunch, client site", "$23.40"],
            ],
        ),
        Meta("Expense report", "Kendra Boyd", T(2026, 8, 31)),
        style=css(),
    )
    merged = merge([cover, brochure, summary, accept_scan, blank, expense], meta)
    path = "Gulfshore_Intune_POE_package.pdf"
    claim = cpor(
        "4601010",
        area="Security",
        submitted=T(2026, 9, 9, 10, 25, EDT),
        partner=BLUEFIN,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["INTUNE"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4601010_Bluefin_Gulfshore",
        claim,
        {path: merged},
        "approve",
        "One merged upload: cover letter, two marketing pages, the Intune summary, a scanned acceptance signed "
        "in ink by the customer's IT Manager (8/20/2026), a blank scanned page and an unrelated expense report. "
        "The signed page names both parties and the Intune scope (items 1-2); the summary details 173 users, "
        "225 devices by type and the dates (items 3-4); signed 20 days before submission (item 5). The "
        "unrelated pages do not make the valid acknowledgement invalid, and the brochure's product benefits are "
        "not the activity description relied on.",
        "Merged PDF with unrelated pages (brochure, blank scan, expense report) around a wet-ink acceptance.",
        checks=cpor_ok(**NO_MAIL),
    )


def slide(title: str, body: str, *, accent: str, footer: str) -> str:
    return (
        f'<p style="font-size:20pt;font-weight:bold;color:{accent};margin:0 0 8pt 0">{title}</p>{body}'
        f'<p class="tiny" style="margin-top:14pt">{footer}</p>'
    )


def b4601011() -> Bundle:
    cust = Co("Tanjong Pagar Cold Chain Pte. Ltd.", "tpcoldchain.com.sg", "SG", "Singapore")
    cc = P("Lim Wei Ling", "weiling.lim@tpcoldchain.com.sg", "Chief Operating Officer")
    pm = P("Harish Raman", "harish.raman@sundastrait.sg", "Programme Manager")
    acc, foot = "#c8102e", "Sunda Strait Digital · TPCC Copilot Adoption Programme · Steering Committee 5 May 2026"
    slides = [
        '<p style="font-size:28pt;font-weight:bold;color:#c8102e;margin-top:60pt">Copilot Adoption Programme</p>'
        '<p style="font-size:15pt">Steering Committee — Final Readout</p><p>Tanjong Pagar Cold Chain (TPCC) × '
        "Sunda Strait Digital<br/>5 May 2026</p>",
        slide(
            "What we delivered",
            ul(
                [
                    "Microsoft 365 Copilot assigned to 180 users in 3 waves (Finance & Customs 12 Jan, "
                    "Operations 9 Feb, Sales & Customer Service 9 Mar)",
                    "Oversharing clean-up before go-live: 42 SharePoint sites put under restricted access, 1,900 "
                    "'Everyone' links removed",
                    "Prompt library for 6 functions (customs declarations, temperature excursion reports, "
                    "tender replies, HR letters, invoice disputes, SOP updates)",
                    "Champions network: 14 champions, fortnightly clinics, 22 trainings delivered (412 attendances)",
                ]
            ),
            accent=acc,
            footer=foot,
        ),
        slide(
            "Adoption",
            grid(
                ["Wave", "Licensed", "Active (last 28 days)", "Top app"],
                [
                    ["Finance & Customs", "38", "35 (92%)", "Excel"],
                    ["Operations", "84", "66 (79%)", "Teams"],
                    ["Sales & Customer Service", "58", "51 (88%)", "Outlook"],
                    ["Total", "180", "152 (84%)", "—"],
                ],
            )
            + "<p>Temperature-excursion report drafting: 45 min → 12 min (sample of 60 reports, Apr 2026)</p>",
            accent=acc,
            footer=foot,
        ),
        slide(
            "Decision requested",
            "<p>SteerCo is asked to <b>accept closure</b> of the Copilot Adoption "
            "Programme and hand the champions network to TPCC HR L&amp;D from 1 June 2026.</p>"
            + ul(
                [
                    "Open item: Copilot in the WMS portal depends on vendor roadmap (Q4)",
                    "Sunda Strait continues monthly adoption reporting under the managed service",
                ]
            ),
            accent=acc,
            footer=foot,
        ),
    ]
    deck = html_pdf(
        slides,
        Meta(
            "TPCC_Copilot_SteerCo_Final_05May2026",
            "Harish Raman",
            T(2026, 5, 4, 18, 0, SGT),
            "Microsoft® PowerPoint® for Microsoft 365",
            "Microsoft® PowerPoint® for Microsoft 365",
        ),
        style=css(acc, size=11),
        paper="slide",
        margin=(36, 28, 36, 20),
    )
    m1 = Mail(
        pm,
        (cc,),
        T(2026, 5, 5, 17, 40, SGT),
        "TPCC Copilot programme - SteerCo deck and closure",
        "Dear Wei Ling,\n\nThank you for chairing today. Attached is the final readout deck. As discussed, "
        "could you confirm TPCC's acceptance of the programme closure in writing?\n\nBest regards,\nHarish",
        attachments=(("TPCC_Copilot_SteerCo_Final_05May2026.pdf", deck, "application/pdf"),),
    )
    m2 = reply(
        cc,
        [pm],
        T(2026, 5, 7, 9, 14, SGT),
        "Hi Harish,\n\nConfirming what we agreed at Tuesday's SteerCo: TPCC accepts the closure of the "
        "Copilot Adoption Programme. 152 of our 180 Copilot users active in the last month is better than "
        "we planned for, and the excursion reports alone have paid for the exercise. Please proceed with "
        "the handover of the champions network to Mei Xin in L&D on 1 June.\n\nRegards,\nWei Ling\n\n"
        "Lim Wei Ling | Chief Operating Officer\nTanjong Pagar Cold Chain Pte. Ltd. | 30 Keppel Road "
        "#05-01, Singapore 089059",
        [m1],
    )
    files = {
        "SteerCo/TPCC_Copilot_SteerCo_Final_05May2026.pdf": deck,
        "SteerCo/RE TPCC Copilot programme - SteerCo deck and closure.msg": msg(m2),
    }
    claim = cpor(
        "4601011",
        area="Modern Work",
        submitted=T(2026, 5, 26, 11, 30, SGT),
        partner=SUNDA,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT 365 COPILOT"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601011_SundaStrait_TanjongPagar",
        claim,
        files,
        "approve",
        "Steering-committee deck exported from PowerPoint (detail: 180 users in 3 dated waves, oversharing "
        "remediation, adoption by wave; items 3-4) and the COO's e-mail from tpcoldchain.com.sg accepting "
        "the programme's closure in her own words (item 1, e-mail acknowledgement from the correct customer "
        "domain). Dated 7 May 2026, 19 days before submission.",
        "16:9 slide deck exported to PDF + acceptance .msg from the customer's COO.",
        checks=cpor_ok(customer_domain="pass"),
        container="zip-folder",
    )


def b4601012() -> Bundle:
    cust = Co("Buckeye Ag Equipment Dealers Inc.", "buckeyeag.com", "US", "Wooster, OH")
    cc = P("Jim Harshbarger", "jharshbarger@buckeyeag.com", "IT Director")
    pm = P("Nadia Petrosyan", "npetrosyan@cedarline.io", "SOC Service Manager")
    rows = [
        [
            "#48113",
            "06/02 03:14",
            "Defender XDR incident 4471: suspicious PowerShell on WOO-SVC-02",
            "P2",
            "Triaged 11 min; host isolated; malicious scheduled task removed; root cause: exposed RDP on a "
            "vendor jump box (closed)",
            "Resolved",
        ],
        [
            "#48140",
            "06/05 22:40",
            "Sentinel: impossible travel, parts counter user (Lima, OH → Lagos)",
            "P3",
            "Confirmed token theft via phishing; sessions revoked, password reset, CA policy tightened",
            "Resolved",
        ],
        [
            "#48177",
            "06/11 14:02",
            "Defender for Endpoint: ASR block burst on 14 shop-floor PCs",
            "P4",
            "False positive from dealer diagnostics tool; exclusion scoped to 1 path after vendor confirmation",
            "Resolved",
        ],
        [
            "#48209",
            "06/18 09:30",
            "Threat hunt: Scattered Spider TTPs (help-desk social engineering)",
            "Hunt",
            "6 KQL hunts across Defender XDR and Sentinel; no hits; 2 detections added",
            "Closed",
        ],
        [
            "#48231",
            "06/24 16:55",
            "Analytics rule tuning: 9 noisy rules (SAP-free environment)",
            "Tuning",
            "Alert volume -38% week-over-week; 2 custom detections for dealer VPN",
            "Closed",
        ],
        [
            "#48250",
            "06/30 10:00",
            "Monthly secure configuration assessment (Defender XDR / Defender for Cloud)",
            "Assess",
            "Secure Score 61 → 67; 5 recommendations assigned to Buckeye IT",
            "Closed",
        ],
    ]
    report = html_pdf(
        '<table class="plain"><tr><td><b style="color:#2e7d32;font-size:14pt">cedarline</b> <span class="small">'
        'managed security</span></td><td class="right small">HaloPSA · Report: SOC Monthly Service Report<br/>'
        "Generated 07/01/2026 07:00 by npetrosyan</td></tr></table>"
        "<h1>SOC Monthly Service Report — June 2026</h1>"
        + kv(
            [
                ("Client", "Buckeye Ag Equipment Dealers Inc. (12 dealerships, 430 users, 512 endpoints)"),
                (
                    "Service",
                    "Cedarline 24x7 Managed SOC — Microsoft Defender XDR, Microsoft Sentinel, Defender for Cloud",
                ),
                ("Coverage", "24x7x365, Columbus SOC; MTTA 9 min (target 15)"),
                ("Contract", "MSS-2025-044, 09/01/2025 – 08/31/2027"),
            ]
        )
        + "<h2>Tickets</h2>"
        + grid(["Ticket", "Opened", "Summary", "Type", "Actions", "Status"], rows)
        + "<h2>Sentinel</h2>"
        + ul(
            [
                "Data connectors: Defender XDR, Entra ID, Office 365, Fortinet (12 firewalls), Azure Activity",
                "Automation: 4 playbooks (isolate device, revoke sessions, notify dealership manager, enrich IP)",
                "Ingestion 11.2 GB/day",
            ]
        ),
        Meta(
            "SOC Monthly Service Report June 2026",
            "HaloPSA",
            T(2026, 7, 1, 7, 0, EDT),
            "HaloPSA Reporting",
            "HaloPSA Reporting (wkhtmltopdf 0.12.6)",
        ),
        style=css("#2e7d32", size=8.4),
        landscape=True,
        decorate=band(bottom="Cedarline Managed Services LLC · Confidential client report"),
    )
    m1 = Mail(
        pm,
        (cc,),
        T(2026, 7, 10, 15, 0, EDT),
        "Q2 service review - Buckeye Ag / Cedarline SOC",
        "Jim,\n\nThanks for the time on Wednesday. Attached is the June report we walked through. Please "
        "reply with your sign-off on the Q2 review so I can file it.\n\nNadia",
        attachments=(("SOC_Monthly_Report_2026-06.pdf", report, "application/pdf"),),
    )
    m2 = reply(
        cc,
        [pm],
        T(2026, 7, 14, 8, 2, EDT),
        "Nadia - signed off. Q2 review accepted as presented. The jump box catch on the 2nd and the "
        "fast turnaround on the Lagos login were exactly why we moved to 24x7 coverage. Go ahead with the "
        "2 new detections for the dealer VPN and the 5 Secure Score items, Kyle will own those on our "
        "side.\n\nJim Harshbarger\nIT Director, Buckeye Ag Equipment Dealers\n330-555-0147",
        [m1],
    )
    files = {"SOC_Monthly_Report_2026-06.pdf": report, "RE Q2 service review - Buckeye Ag.eml": eml(m2, hops="smtp")}
    claim = cpor(
        "4601012",
        kind="managed_security_services",
        area="Security",
        submitted=T(2026, 7, 30, 13, 0, EDT),
        partner=CEDARLINE,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["MANAGED SECURITY SERVICES"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601012_Cedarline_BuckeyeAg",
        claim,
        files,
        "approve",
        "Managed security services claim. The SOC report exported from the partner's ticketing system shows each "
        "qualification the guide lists: '24/7 SOC service to triage, investigate and remediate/respond to "
        "incidents' in Defender XDR (incl. Defender for Endpoint, 'at a minimum'), 'management of Microsoft "
        "Sentinel' (connectors, playbooks), 'advanced threat hunting', 'security configuration assessments', "
        "'alert tuning and custom detections'. The IT Director's reply from buckeyeag.com signs off the Q2 "
        "review in his own words (item 1); dated 14 July 2026.",
        "MSS claim: ticket-system report exported to PDF (landscape) + customer approval .eml.",
        checks=cpor_ok(customer_domain="pass"),
    )


def b4601013() -> Bundle:
    cust = Co("Al Qudra Facilities Management LLC", "alqudrafm.ae", "AE", "Abu Dhabi")
    cc = P("Rashid Al Nuaimi", "rashid.alnuaimi@alqudrafm.ae", "Head of Technology")
    pm = P("Deepa Krishnan", "deepa.krishnan@falconridge.ae", "Identity Practice Lead")
    env = guid("ds", "4601013", upper=True)
    cols = "".join(f"<th>{c}</th>" for c in " ABCDEFG")
    data = [
        ("Workstream", "Item", "Users / objects", "Start", "End", "Status", "Evidence"),
        ("Entra ID P2", "PIM for 27 admin role assignments", "27", "04-May-2026", "15-May-2026", "Done", "PIM-01"),
        (
            "Entra ID P2",
            "Identity Protection user & sign-in risk",
            "2,140 users",
            "11-May-2026",
            "22-May-2026",
            "Done",
            "IDP-02",
        ),
        ("Entra ID P2", "Access reviews: 318 contractor guests", "318", "25-May-2026", "05-Jun-2026", "Done", "AR-03"),
        (
            "Entra ID P2",
            "Entitlement mgmt: 9 access packages (sites)",
            "9",
            "25-May-2026",
            "12-Jun-2026",
            "Done",
            "EM-04",
        ),
        (
            "Conditional Access",
            "MFA all users (report-only 2 wks)",
            "2,140",
            "04-May-2026",
            "29-May-2026",
            "Done",
            "CA-05",
        ),
        (
            "Conditional Access",
            "Block legacy auth; 6 MFD scan-to-email exceptions",
            "—",
            "18-May-2026",
            "29-May-2026",
            "Done",
            "CA-06",
        ),
        (
            "Conditional Access",
            "Compliant device for 1,120 laptops",
            "1,120",
            "01-Jun-2026",
            "19-Jun-2026",
            "Done",
            "CA-07",
        ),
        (
            "Conditional Access",
            "Site technicians: MFA from 38 client sites (named locations)",
            "640",
            "08-Jun-2026",
            "23-Jun-2026",
            "Done",
            "CA-08",
        ),
        ("Handover", "Runbook + 2 admin sessions", "6 admins", "22-Jun-2026", "23-Jun-2026", "Done", "HO-09"),
    ]
    body = "".join(
        f"<tr><td>{i + 1}</td>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for i, row in enumerate(data)
    )
    sheet = html_pdf(
        f'<table class="mono">{"<tr>" + cols + "</tr>"}{body}</table>',
        Meta(
            "POE_Tracker_AlQudra_v4.xlsx",
            "Deepa Krishnan",
            T(2026, 6, 23, 17, 0, GST),
            "Microsoft® Excel® for Microsoft 365",
            "Microsoft® Excel® for Microsoft 365",
        ),
        style=css(size=8) + "td, th { border: 0.4pt solid #bfbfbf; } th { color: #555; border-bottom: 0.4pt solid "
        "#bfbfbf; font-weight: normal; }",
        paper="a4",
        landscape=True,
        decorate=band(top="POE_Tracker_AlQudra_v4.xlsx", bottom="Delivery", numbers="Page {n}"),
    )
    cover = html_pdf(
        '<p style="color:#8a6d1d;font-size:14pt"><b>FALCONRIDGE</b> SOLUTIONS</p>'
        "<h1>Delivery acceptance — Identity &amp; Access (Entra ID P2, Conditional Access)</h1>"
        '<p>Al Qudra Facilities Management LLC ("Al Qudra FM") confirms that Falconridge Solutions FZ-LLC has '
        "delivered the identity and access workstreams listed in the attached tracker (POE_Tracker_AlQudra_v4, "
        "items 1-9) for 2,140 users between 4 May and 23 June 2026, and accepts the delivery.</p>"
        + grid(
            ["Al Qudra Facilities Management LLC", "Falconridge Solutions FZ-LLC"],
            [
                [docusign_block("Rashid Al Nuaimi", "aq1"), docusign_block("Deepa Krishnan", "fr1")],
                ["Rashid Al Nuaimi, Head of Technology", "Deepa Krishnan, Identity Practice Lead"],
                ["Date: 6/25/2026", "Date: 6/25/2026"],
            ],
        ),
        Meta("Delivery acceptance Al Qudra FM", "Deepa Krishnan", T(2026, 6, 24, 10, 0, GST)),
        style=css("#8a6d1d"),
        paper="a4",
        decorate=docusign_stamp(env),
    )
    files = {"AlQudra_Delivery_Acceptance.pdf": cover, "POE_Tracker_AlQudra_v4.pdf": sheet}
    claim = cpor(
        "4601013",
        status="under_review",
        area="Security",
        submitted=T(2026, 7, 8, 12, 40, GST),
        partner=FALCONRIDGE,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["AZURE ACTIVE DIRECTORY PREMIUM 2", "AZURE ACTIVE DIRECTORY PREMIUM CONDITIONAL ACCESS"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601013_Falconridge_AlQudra",
        claim,
        files,
        "approve",
        "Acceptance page e-signed in DocuSign (envelope ID on the page, 'DocuSigned by' blocks with signer IDs) "
        "without a certificate of completion: the guide's own valid CPOR example is exactly such an 'E-Signed by' "
        "block with its ID, so it stands as a verifiable eSignature (item 1). The spreadsheet tracker printed to "
        "PDF gives users/objects, dates and evidence per item for both Entra ID P2 and Conditional Access "
        "(items 3-4). Dates in Excel's dd-Mmm-yyyy; signed 6/25/2026.",
        "Excel tracker printed to PDF (gridlines, column letters) + DocuSign page without certificate.",
        checks=cpor_ok(**NO_MAIL),
    )


def b4601014() -> Bundle:
    cust = Co("Malnad Agro Processors Pvt. Ltd.", "malnadagro.co.in", "IN", "Shivamogga")
    cc = P("Ravi Shankar Hegde", "ravishankar.hegde@malnadagro.co.in", "Director - Operations & IT")
    pm = P("Kavya Nair", "kavya.nair@kaveridigital.in", "Engagement Manager")
    meta = Meta("Acceptance Certificate - MDCA - Malnad Agro", "Kavya Nair", T(2025, 11, 3, 18, 0, IST))
    html = (
        '<p style="text-align:center;font-size:13pt"><b>KAVERI DIGITAL SERVICES LLP</b><br/><span class="small">'
        "No. 14, 2nd Floor, 80 Feet Road, Koramangala, Bengaluru 560034 · LLPIN AAT-6612</span></p><hr/>"
        '<h1 style="text-align:center">ACCEPTANCE CERTIFICATE</h1>'
        "<p>Ref: KDS/MAP/2025-26/019 &nbsp;&nbsp;&nbsp; Date: 04/11/2025</p>"
        "<p>This is to certify that Kaveri Digital Services LLP has completed the deployment of <b>Microsoft "
        "Defender for Cloud Apps</b> for Malnad Agro Processors Pvt. Ltd. (MAPL) at its Shivamogga plant, "
        "Sagar collection centre and Bengaluru sales office, as per work order MAPL/IT/WO/2025/07 dated "
        "18/08/2025:</p>"
        + ul(
            [
                "Cloud discovery through Defender for Endpoint integration on 310 endpoints; 1,460 cloud apps "
                "discovered, 41 sanctioned, 118 marked unsanctioned and blocked at the endpoint",
                "Microsoft 365 and the legacy Google Workspace tenant (procurement team) connected as app connectors",
                "Conditional Access app control session policies for 3 apps: Outlook on the web, SharePoint and the "
                "dealer portal (block download on unmanaged devices)",
                "File policies for Aadhaar and PAN numbers in OneDrive/SharePoint; 212 files quarantined for review",
                "Anomaly detection policies tuned; alerts to it-security@malnadagro.co.in; runbook handed over",
            ]
        )
        + "<p>Project period: 25/08/2025 to 31/10/2025. The deliverables have been verified by MAPL IT and are "
        "accepted.</p>"
        + kv(
            [
                ("For Malnad Agro Processors Pvt. Ltd.", "Ravi Shankar Hegde, Director - Operations &amp; IT"),
                ("For Kaveri Digital Services LLP", "Kavya Nair, Engagement Manager"),
            ]
        )
        + '<p style="margin-top:90pt">Authorised signatory (digitally signed)</p>'
    )
    pdf = html_pdf(html, meta, style=css("#5d2e8c", size=9.5), paper="a4")
    signed = digitally_sign(
        pdf,
        seed="4601014",
        ca_name={
            "C": "IN",
            "O": "Sampark Certifying Authority",
            "OU": "Certifying Authority",
            "CN": "Sampark Sub CA for Class 3 Individual 2024",
        },
        subject={
            "C": "IN",
            "ST": "Karnataka",
            "O": "MALNAD AGRO PROCESSORS PRIVATE LIMITED",
            "CN": "RAVI SHANKAR HEGDE",
        },
        when=T(2025, 11, 4, 16, 22, IST),
        page=0,
        rect=(330, 150, 540, 205),
        reason="Approved",
        location="Shivamogga",
        stamp_text="Digitally signed by %(signer)s\nDate: %(ts)s\nReason: Approved",
    )
    path = "MAPL_MDCA_Acceptance_Certificate_DSC.pdf"
    claim = cpor(
        "4601014",
        area="Security",
        submitted=T(2026, 10, 14, 15, 45, IST),
        partner=KAVERI,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR CLOUD APPS"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4601014_Kaveri_MalnadAgro",
        claim,
        {path: signed},
        "approve",
        "Acceptance certificate digitally signed (PDF signature with the signer's class-3 style certificate, "
        "intact, whole file covered) by the customer's Director; detailed Defender for Cloud Apps work with "
        "volumes and the project period (items 2-4). Date trap: '04/11/2025' on an Indian document is 4 November "
        "2025 (also the signing time in the signature), inside 12 months of submission 2026-10-14; read "
        "month-first (11 April 2025) it would look stale and must not be flagged. UNSURE: the certificate does "
        "not chain to a trust root the reviewer has; the guide asks for 'valid, secure, and verifiable' "
        "eSignatures without saying whose trust list, so customer_acknowledgement may pass or warn.",
        "PDF digitally signed with pyHanko (untrusted CA); day-first Indian date.",
        checks=cpor_ok(**NO_MAIL, customer_acknowledgement=["pass", "warn"]),
    )


def fee_disclosure_us(partner: str, short: str, customer: str, products: str, amount: str) -> str:
    return (
        f"<h1>Written Disclosure of Microsoft Partner Compensation</h1><p>To: {customer}</p><p>{partner} "
        f'("{short}") is a Microsoft partner. In connection with the Microsoft Online Services your organization '
        f"uses and that {short} deploys and supports ({products}), {short} may receive fees, commissions or other "
        "compensation from Microsoft Corporation under the Microsoft Commerce Incentives program, including "
        f"online services usage incentives. Based on your current licence counts we estimate these at up to "
        f"{amount} over the next twelve months. The amounts do not change the price you pay Microsoft or "
        f"{short}.</p><p>This disclosure is made in writing as required for public sector customers in the "
        "United States and Puerto Rico. Please acknowledge it in writing below.</p>"
    )


def b4601015() -> Bundle:
    cust = Co(
        "Arapahoe Valley Water & Sanitation District", "avwsd.org", "US", "Centennial, CO", segment="public_sector"
    )
    cc = P("Hollis Grady", "hgrady@avwsd.org", "Finance & IT Director")
    pm = P("Renee Castillo", "rcastillo@copperleafag.com", "Practice Lead, Modern Work")
    env = guid("ds", "4601015", upper=True)
    signed = T(2026, 2, 27, 14, 31, MST)
    meta = Meta("AVWSD Endpoint Security Close-out", "Renee Castillo", T(2026, 2, 26, 10, 0, MST))
    closeout = html_pdf(
        '<p><b style="color:#b35c1e;font-size:15pt">COPPERLEAF</b> <span class="small">Advisory Group</span></p>'
        "<h1>Project Close-out: Endpoint Security</h1>"
        + kv(
            [
                ("District", "Arapahoe Valley Water &amp; Sanitation District (AVWSD)"),
                ("Consultant", "Copperleaf Advisory Group LLC"),
                ("Period", "November 3, 2025 – February 20, 2026"),
                ("Scope", "Microsoft Intune and Microsoft Defender for Endpoint"),
            ]
        )
        + "<h2>Delivered</h2>"
        + ul(
            [
                "Intune: 118 Windows laptops and 34 rugged tablets of field crews enrolled (Autopilot for new "
                "devices, co-management retired); compliance and BitLocker policies; Windows Update rings with a "
                "SCADA-adjacent ring that defers updates 14 days",
                "Intune: 61 iPhones for on-call operators via automated device enrolment; app protection for "
                "Outlook and Teams",
                "Defender for Endpoint: 152 Windows devices + 9 servers onboarded; EDR block mode; ASR rules in "
                "block except 2 in audit for the SCADA historian; device tagging for plant / field / office",
                "Incident response tabletop with District staff (January 22, 2026)",
            ]
        )
        + "<h2>Acceptance</h2>"
        + grid(
            ["AVWSD", "Copperleaf"],
            [
                [docusign_block("Hollis Grady", "av1"), docusign_block("Renee Castillo", "cl1")],
                ["Hollis Grady, Finance &amp; IT Director", "Renee Castillo, Practice Lead"],
                ["2/27/2026", "2/27/2026"],
            ],
        ),
        meta,
        style=css("#b35c1e"),
        decorate=docusign_stamp(env),
    )
    cert = html_pdf(
        docusign_certificate(
            env,
            "Please DocuSign: AVWSD Endpoint Security Close-out",
            pm,
            T(2026, 2, 26, 16, 0, MST),
            [
                Signer(cc, "Arapahoe Valley Water & Sanitation District", signed, "67.172.33.90"),
                Signer(pm, "Copperleaf Advisory Group LLC", T(2026, 2, 27, 15, 2, MST), "73.95.140.6"),
            ],
            1,
            "(UTC-07:00) Mountain Time (US & Canada)",
        ),
        meta,
        style=css("#333"),
    )
    disc_html = (
        '<p><b style="color:#b35c1e">COPPERLEAF</b> ADVISORY GROUP LLC · 1550 Wewatta St, Denver, CO 80202</p>'
        + fee_disclosure_us(
            "Copperleaf Advisory Group LLC",
            "Copperleaf",
            "Arapahoe Valley Water &amp; Sanitation District",
            "Microsoft Intune and Microsoft Defender for Endpoint",
            "USD 4,900",
        )
        + "<h2>District acknowledgement</h2><p>The District acknowledges receipt of this written disclosure.</p>"
        + kv([("Name", "Hollis Grady"), ("Title", "Finance &amp; IT Director"), ("Signature", ""), ("Date", "")])
    )
    disc = html_pdf(
        disc_html,
        Meta("Compensation disclosure AVWSD", "Renee Castillo", T(2026, 2, 9, 9, 0, MST)),
        style=css("#b35c1e", size=10),
    )
    disc_scan = scan_pdf(
        disc,
        Meta("AVWSD disclosure signed", "", T(2026, 2, 11, 8, 5, MST), "HP LaserJet MFP M528", "HP Scan"),
        inks=[
            Ink(0, "Signature", 160, -5, 140, 30, seed="grady"),
            Ink(0, "Date", 160, 1, 90, 19, text="2/10/26", seed="hg"),
        ],
        dpi=150,
        skews=[0.4],
        seed="avwsd",
    )
    files = {
        "AVWSD_Endpoint_Closeout_signed.pdf": merge([closeout, cert], meta),
        "AVWSD_Microsoft_compensation_disclosure_signed.pdf": disc_scan,
    }
    claim = cpor(
        "4601015",
        area="Security",
        submitted=T(2026, 3, 24, 9, 0, MDT),
        partner=COPPERLEAF,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=[
            ("AVWSD_Endpoint_Closeout_signed.pdf", "poe"),
            ("AVWSD_Microsoft_compensation_disclosure_signed.pdf", "public_sector_disclosure"),
        ],
    )
    return Bundle(
        "4601015_Copperleaf_ArapahoeValleyWater",
        claim,
        files,
        "approve",
        "US public-sector customer (a water and sanitation district = government) on a Security usage claim: the "
        "partner 'disclose[d] to the customer the potential fees, commission or compensation' in writing and the "
        "District 'acknowledged by the customer in writing' (wet-ink signature, 2/10/26) - the Puerto Rico and "
        "United States rule. POE: DocuSign close-out with certificate (item 1), Intune and Defender for Endpoint "
        "scope with device counts and dates (items 3-4), signed 2/27/2026 (item 5).",
        "US public sector WITH written fee disclosure (scanned wet ink) + DocuSign close-out; zip with folder.",
        checks=cpor_ok(**NO_MAIL, public_sector="pass"),
        container="zip-folder",
    )


def b4601016() -> Bundle:
    cust = Co("Autoridad de Acueductos de la Sierra Central", "aasc.pr.gov", "PR", "Cayey", segment="public_sector")
    cc = P("Ing. Nilda Rosario Vélez", "nrosario@aasc.pr.gov", "Directora de Sistemas de Información (CIO)")
    pm = P("Gabriel Ortiz Colón", "gortiz@borinquentech.com", "Gerente de Proyectos")
    txn = "CBJCHBCAABAA" + hx("acro", "4601016", n=30)
    psd_meta = Meta(
        "Divulgacion de compensacion - Fee disclosure AASC", "Gabriel Ortiz Colón", T(2026, 8, 3, 10, 0, AST)
    )
    two = '<table class="plain"><tr><td style="width:50%">{a}</td><td style="width:50%">{b}</td></tr></table>'
    psd = html_pdf(
        [
            "<h1>Divulgación de compensación / Fee disclosure</h1>"
            + two.format(
                a='Borinquen Tech Group LLC ("Borinquen Tech") es socio de Microsoft. En relación con los servicios '
                "en línea de Microsoft que utiliza la Autoridad y que Borinquen Tech implanta y apoya (Microsoft "
                "Teams y Exchange Online), Borinquen Tech podría recibir honorarios, comisiones u otra compensación "
                "de Microsoft Corporation bajo el programa Microsoft Commerce Incentives, estimados en hasta "
                "USD 6,200 en los próximos doce meses. Esta compensación no altera el precio que paga la "
                "Autoridad.",
                b='Borinquen Tech Group LLC ("Borinquen Tech") is a Microsoft partner. In connection with the '
                "Microsoft online services the Authority uses and that Borinquen Tech deploys and supports "
                "(Microsoft Teams and Exchange Online), Borinquen Tech may receive fees, commissions or other "
                "compensation from Microsoft Corporation under the Microsoft Commerce Incentives program, estimated "
                "at up to USD 6,200 over the next twelve months. This compensation does not change the price the "
                "Authority pays.",
            )
            + "<h2>Acuse de recibo / Acknowledgement</h2>"
            + two.format(
                a="La Autoridad reconoce por escrito haber recibido esta divulgación.",
                b="The Authority acknowledges in writing that it received this disclosure.",
            )
            + grid(
                ["", "Autoridad de Acueductos de la Sierra Central"],
                [
                    [
                        "Firma / Signature",
                        '<span class="esig">Nilda Rosario Vélez</span><br/><span class="tiny">'
                        "Nilda Rosario Vélez (Aug 4, 2026 09:47 AST)</span>",
                    ],
                    ["Nombre / Name", "Ing. Nilda Rosario Vélez"],
                    ["Cargo / Title", "Directora de Sistemas de Información (CIO)"],
                    ["Fecha / Date", "04/ago/2026 · Aug 4, 2026"],
                ],
            ),
            acrobat_audit(
                "Divulgacion de compensacion - Fee disclosure AASC",
                txn,
                pm,
                T(2026, 8, 3, 16, 0, AST),
                [Signer(cc, "AASC", T(2026, 8, 4, 9, 47, AST), "64.185.210.12")],
            ),
        ],
        psd_meta,
        style=css("#00477f", size=9),
        decorate=acrobat_footer(txn),
    )
    m1 = Mail(
        pm,
        (cc,),
        T(2026, 8, 26, 14, 10, AST),
        "AASC - cierre del proyecto Teams / Exchange Online (close-out)",
        "Saludos Ing. Rosario,\n\nAs agreed, this closes the collaboration project. Delivered:\n"
        "- Exchange Online: 612 mailboxes migrated from Exchange 2013 (5 plants, 3 district offices, "
        "central office), 48 shared mailboxes for plant operations and customer service, journaling for "
        "public-records retention configured\n"
        "- Teams: 588 users enabled; teams per plant and per district; meeting policies for the Junta de "
        "Gobierno public meetings (live events, recordings kept 7 years)\n"
        "- Training: 14 sessions (Spanish), 2 for IT staff\nTimeline: 3 Mar 2026 - 21 Aug 2026.\n\n"
        "Could you confirm the Authority's acceptance?\n\nGabriel Ortiz Colón\nBorinquen Tech Group",
    )
    m2 = reply(
        cc,
        [pm],
        T(2026, 8, 28, 11, 5, AST),
        "Gabriel,\n\nConfirmed: the Authority accepts the migration to Exchange Online and the Teams "
        "deployment as described below. The plant supervisors in Cidra and Aibonito finally have shared "
        "mailboxes that work on the phones, and the Junta's August meeting ran on Teams without issues.\n\n"
        "Gracias a todo el equipo.\n\nIng. Nilda Rosario Vélez\nDirectora de Sistemas de Información\n"
        "Autoridad de Acueductos de la Sierra Central",
        [m1],
    )
    files = {"AASC_acceptance_closeout.msg": msg(m2), "AASC_Fee_Disclosure_signed.pdf": psd}
    claim = cpor(
        "4601016",
        area="Modern Work",
        submitted=T(2026, 9, 15, 10, 20, AST),
        partner=BORINQUEN,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["TEAMS", "EXCHANGE ONLINE"],
        docs=[("AASC_acceptance_closeout.msg", "poe"), ("AASC_Fee_Disclosure_signed.pdf", "public_sector_disclosure")],
    )
    return Bundle(
        "4601016_Borinquen_AASC",
        claim,
        files,
        "approve",
        "Puerto Rico government agency on a Modern Work usage claim: bilingual written fee disclosure "
        "acknowledged in writing by the agency's CIO through Adobe Acrobat Sign with audit report, as the 'Puerto "
        "Rico and the United States' rule requires. POE: the CIO's acceptance e-mail from aasc.pr.gov (item 1) "
        "over a detailed close-out (612 mailboxes, 588 Teams users, dates; items 3-4), dated 28 Aug 2026. The "
        "Spanish greetings and the bilingual disclosure carry everything in English too.",
        "PR public sector WITH bilingual fee disclosure (Acrobat Sign) + acceptance .msg in mixed Spanish/English.",
        checks=cpor_ok(customer_domain="pass", public_sector="pass"),
    )


AMMP_S = {
    "id": "AMMP-PL-APPDATA-S",
    "name": "AMMP Partner-led for App and Data Modernization (Small Project Size)",
    "activity_type": "xs_small",
    "payout_type": "fixed",
    "proposed_payout_usd": None,
}
AMMP_CUST_Q = [
    "Did the partner complete an application compatibility assessment or review with your team?",
    "Was an Azure landing zone set up or reviewed in your environment?",
    "Which applications or databases were modernized?",
    "Is the solution in production? If yes, since when?",
    "How satisfied are you with the partner's delivery (1-5)?",
]
AMMP_PART_Q = [
    "Summarize the activities delivered for this engagement.",
    "Date of production go-live",
    "Estimated annual Azure consumption (USD) once in production",
    "Azure specialization held by the delivering location",
]


def invoice_pdf(
    *,
    partner: Co,
    pc: P,
    number: str,
    issued: dt.date,
    bill_to: str,
    claim_id: str,
    engagement: str,
    amount: str,
    extra: str = "",
    software: str = "QuickBooks Online",
    accent: str = "#333",
) -> bytes:
    html = (
        f'<table class="plain"><tr><td><b style="font-size:15pt;color:{accent}">{escape(partner.name)}</b><br/>'
        f'<span class="small">{escape(partner.city)} · {escape(pc.email)}</span></td>'
        f'<td class="right"><b style="font-size:18pt">INVOICE</b><br/>No. {number}<br/>Date: {issued.isoformat()}'
        "</td></tr></table><hr/>"
        f"<p><b>Bill to:</b> {bill_to}</p>"
        + grid(["MCI engagement claim ID", "Engagement", "Pre-tax amount"], [[claim_id, escape(engagement), amount]])
        + f'<p class="right"><b>Total due (USD, pre-tax): {amount}</b></p>{extra}'
        + '<p class="small">VAT/GST not applicable to this incentive invoice. Payment per the partner location\'s '
        "Partner Center payment profile.</p>"
    )
    return html_pdf(
        html,
        Meta(f"Invoice {number}", pc.name, T(issued.year, issued.month, issued.day, 9), software, software),
        style=css(accent, size=9.5),
    )


def b4601017() -> Bundle:
    cust = Co("Godavari State Technical University", "gstu.ac.in", "IN", "Nashik", segment="public_sector")
    cc = P("Dr. Sunanda Kulkarni", "registrar@gstu.ac.in", "Registrar")
    pm = P("Omkar Deshpande", "omkar.deshpande@saraswati-infotech.in", "Azure Delivery Head")
    cid, consent, submitted = "4601017", D(2026, 4, 6), T(2026, 7, 20, 16, 10, IST)
    tmpl_meta = Meta("AMMP delivery template GSTU", "Omkar Deshpande", T(2026, 7, 8, 12, 0, IST))
    tmpl = html_pdf(
        "<h1>AMMP Partner-led App &amp; Data Modernization — Project Delivery Confirmation</h1>"
        + kv(
            [
                ("Customer", "Godavari State Technical University (GSTU), Nashik"),
                ("Partner", "Saraswati Infotech Solutions Pvt. Ltd."),
                ("Claim ID", cid),
                ("Production date", "26/06/2026"),
                ("Planned Azure consumption", "USD 48,000 / year (ARR estimate)"),
            ]
        )
        + "<h2>Milestones</h2>"
        + grid(
            ["Milestone", "What was done", "Completed"],
            [
                [
                    "Application compatibility assessment",
                    "Admissions portal (ASP.NET 4.8 on 4 IIS VMs), exam "
                    "results service, SQL Server 2014 (3 databases, 410 GB) assessed with Azure Migrate and App "
                    "Service migration assistant",
                    "02/05/2026",
                ],
                [
                    "Landing zone",
                    "Hub-spoke landing zone, Azure Firewall, Entra ID groups and RBAC for 3 "
                    "departments, policy initiative for data residency (Central India)",
                    "22/05/2026",
                ],
                [
                    "Modernization",
                    "Admissions portal to Azure App Service (2 slots), exam results API to Azure "
                    "Functions, databases to Azure SQL Database (Hyperscale for results DB)",
                    "19/06/2026",
                ],
                [
                    "Security (recommended)",
                    "Defender for Cloud plans for App Service and SQL; WAF on Front Door",
                    "24/06/2026",
                ],
            ],
        )
        + "<h2>Customer confirmation</h2><p>GSTU confirms the milestones above were delivered and the "
        "solution is in production.</p>"
        + kv(
            [("Name", "Dr. Sunanda Kulkarni"), ("Designation", "Registrar"), ("Signature &amp; seal", ""), ("Date", "")]
        ),
        tmpl_meta,
        style=css("#6a1b9a", size=9),
        paper="a4",
    )
    tmpl_scan = scan_pdf(
        tmpl,
        tmpl_meta,
        inks=[
            Ink(0, "Signature & seal", 170, -5, 140, 30, seed="kulkarni"),
            Ink(0, "Date", 170, 1, 90, 19, text="09/07/2026", seed="sk"),
        ],
        dpi=150,
        skews=[-0.5],
        seed="gstu",
    )
    psd_meta = Meta("Public Sector Disclosure GSTU", "Omkar Deshpande", T(2026, 4, 10, 11, 0, IST))
    psd = html_pdf(
        "<h1>Public Sector Disclosure</h1><p>To: The Registrar, Godavari State Technical University, Nashik</p>"
        "<p>Saraswati Infotech Solutions Pvt. Ltd. hereby discloses that, for delivering the Microsoft AMMP "
        "partner-led App and Data Modernization engagement (claim 4601017) to the University, it will receive an "
        "incentive fee of USD 7,500 from Microsoft Corporation under the Microsoft Commerce Incentives program. "
        "The University is not charged for this engagement by Microsoft.</p>"
        "<p>Acknowledged on behalf of the University:</p>"
        + kv([("Name", "Dr. Sunanda Kulkarni"), ("Designation", "Registrar"), ("Signature", ""), ("Date", "")]),
        psd_meta,
        style=css("#6a1b9a", size=10),
        paper="a4",
    )
    psd_scan = scan_pdf(
        psd,
        psd_meta,
        inks=[
            Ink(0, "Signature", 170, -5, 140, 30, seed="kulkarni"),
            Ink(0, "Date", 170, 1, 90, 19, text="13/04/2026", seed="sk2"),
        ],
        dpi=150,
        skews=[0.6],
        seed="gstu-psd",
    )
    inv = invoice_pdf(
        partner=SARASWATI,
        pc=pm,
        number="SIS/MCI/26-27/0042",
        issued=D(2026, 7, 15),
        bill_to="Microsoft Corporation (MCI incentive)",
        claim_id=cid,
        engagement=AMMP_S["name"],
        amount="USD 7,500.00",
        software="Tally Prime",
        accent="#6a1b9a",
    )
    surveys = {
        "Attestations/customer_survey.json": survey(
            cid,
            "customer",
            T(2026, 7, 12, 10, 0, IST),
            [
                (AMMP_CUST_Q[0], "Yes"),
                (AMMP_CUST_Q[1], "Yes - new landing zone"),
                (AMMP_CUST_Q[2], "Admissions portal, exam results API and 3 databases"),
                (AMMP_CUST_Q[3], "Yes, since 26 June 2026"),
                (AMMP_CUST_Q[4], "5"),
            ],
            ("Sunanda Kulkarni", "Godavari State Technical University", "Registrar"),
        ),
        "Attestations/partner_survey.json": survey(
            cid,
            "partner",
            T(2026, 7, 13, 18, 30, IST),
            [
                (
                    AMMP_PART_Q[0],
                    "Assessment, landing zone, App Service / Functions / Azure SQL modernization, Defender for Cloud",
                ),
                (AMMP_PART_Q[1], "2026-06-26"),
                (AMMP_PART_Q[2], "48000"),
                (AMMP_PART_Q[3], "Modernization of Web Applications to Microsoft Azure"),
            ],
            ("Omkar Deshpande", "Saraswati Infotech Solutions Pvt. Ltd.", "Azure Delivery Head"),
        ),
    }
    files = {
        "POE/GSTU_AMMP_Delivery_Confirmation_signed.pdf": tmpl_scan,
        "POE/GSTU_Public_Sector_Disclosure_signed.pdf": psd_scan,
        "Invoice/SIS-MCI-26-27-0042.pdf": inv,
        **surveys,
    }
    claim = pa(
        cid,
        area="Azure",
        submitted=submitted,
        partner=SARASWATI,
        pc=pm,
        customer=cust,
        cc=cc,
        consent=consent,
        engagement=AMMP_S,
        docs=[
            ("POE/GSTU_AMMP_Delivery_Confirmation_signed.pdf", "poe"),
            ("POE/GSTU_Public_Sector_Disclosure_signed.pdf", "public_sector_disclosure"),
            ("Invoice/SIS-MCI-26-27-0042.pdf", "invoice"),
            ("Attestations/customer_survey.json", "customer_attestation"),
            ("Attestations/partner_survey.json", "partner_attestation"),
        ],
    )
    return Bundle(
        "4601017_Saraswati_GodavariUniversity",
        claim,
        files,
        "approve",
        "Partner Activities, AMMP App/Data Modernization (Small), Indian public university. All components: "
        "partner and customer attestations with full name, company and job title; invoice with claim ID, "
        "partner name and USD 7,500.00 pre-tax - the Market C rate ('Market C = $7,500'; India is in neither the "
        "A nor the B list); signed delivery template covering the required milestones; and the Public Sector "
        "Disclosure the engagement page requires 'for a Public Sector Customer located in India'. Consent "
        "2026-04-06, submitted 2026-07-20 = 105 days, inside 'Small Engagements ... 120 days'.",
        "PA AMMP Small, India public sector WITH PSD; scanned wet-ink template; Tally invoice in USD.",
        checks=pa_ok(
            public_sector="pass",
            customer_acknowledgement="pass",
            activity_detail="pass",
            customer_domain=["not_applicable", "pass"],
        ),
    )


def b4601018() -> Bundle:
    cust = Co("Klinikum Neckartal gGmbH", "klinikum-neckartal.de", "DE", "Heilbronn", segment="public_sector")
    cc = P("Dr. Anja Brenninger", "anja.brenninger@klinikum-neckartal.de", "CISO / Informationssicherheitsbeauftragte")
    pm = P("Tobias Rieger", "tobias.rieger@haldenberg-it.de", "Projektleiter Security")
    doc_id = hx("skribble", "4601018", n=12).lower()
    meta = Meta(
        "Protokoll Lenkungsausschuss 30.06.2026 - Minutes Steering Committee",
        "Tobias Rieger",
        T(2026, 6, 30, 17, 0, CEST),
    )
    minutes = (
        '<p class="small">Klinikum Neckartal gGmbH · Projekt "Endpoint Protection 2026" · Haldenberg IT GmbH</p>'
        "<h1>Protokoll Lenkungsausschuss / Minutes of the Steering Committee</h1>"
        + kv(
            [
                ("Date / Datum", "30.06.2026, 14:00–15:30, Heilbronn, Raum B2.14 and Teams"),
                (
                    "Attendees",
                    "Dr. A. Brenninger (CISO, chair), M. Jansen (Leitung IT-Betrieb), K. Dursun "
                    "(Medizintechnik), T. Rieger and S. Vogt (Haldenberg IT)",
                ),
                ("Minutes by", "T. Rieger"),
            ]
        )
        + "<h2>1. Status Microsoft Defender for Endpoint</h2>"
        + ul(
            [
                "Onboarded: 2,310 Windows clients, 184 servers (Windows Server 2016-2022) at the Heilbronn and "
                "Neckarsulm sites; 96 medical-device workstations (PACS viewing, lab) onboarded in passive mode "
                "after vendor approval (K. Dursun)",
                "EDR in block mode and tamper protection on all active-mode devices; 12 ASR rules in block",
                "Device groups: clinical, administrative, medical technology, servers; automated investigation "
                "set to semi-automatic for medical technology",
                "Integration with the hospital's 24/7 on-call: high-severity alerts by SMS to IT on-call since "
                "15.06.2026",
            ]
        )
        + "<h2>2. Decisions / Beschlüsse</h2>"
        + grid(
            ["No.", "Decision", "Owner"],
            [
                ["LA-07", "Phase 2 (servers, medical technology) accepted as complete", "Dr. Brenninger"],
                ["LA-08", "Legacy antivirus (Sophos) contracts not renewed after 31.07.2026", "M. Jansen"],
                ["LA-09", "Quarterly vulnerability review with Haldenberg from Q3/2026", "T. Rieger"],
            ],
        )
        + "<h2>3. Approval of the minutes</h2><p>The chair approves these minutes; with decision LA-07 the "
        "Defender for Endpoint rollout is accepted.</p>"
        + grid(
            ["Chair / Vorsitz", "Minutes / Protokoll"],
            [
                [
                    '<span class="esig">A. Brenninger</span><br/><span class="tiny">Signed with Skribble (QES) · '
                    f"30.06.2026 18:12 CEST · {doc_id}</span>",
                    '<span class="esig">T. Rieger</span><br/>'
                    f'<span class="tiny">Signed with Skribble (AES) · 30.06.2026 17:40 CEST · {doc_id}</span>',
                ],
                ["Dr. Anja Brenninger, CISO", "Tobias Rieger, Haldenberg IT GmbH"],
            ],
        )
    )
    report = (
        "<h1>Signature report</h1><p>Skribble AG · skribble.com</p>"
        + kv(
            [
                ("Document", "Protokoll_LA_2026-06-30.pdf"),
                ("Document ID", doc_id),
                ("SHA-256", hashlib.sha256(b"la-2026-06-30").hexdigest()),
                ("Status", "Completed"),
            ]
        )
        + grid(
            ["Signer", "Signature standard", "Signed at", "Identification"],
            [
                [
                    "Tobias Rieger (tobias.rieger@haldenberg-it.de)",
                    "Advanced electronic signature (AES)",
                    "30.06.2026 17:40:11 CEST",
                    "E-mail + SMS",
                ],
                [
                    "Dr. Anja Brenninger (anja.brenninger@klinikum-neckartal.de)",
                    "Qualified electronic signature (QES), EU law",
                    "30.06.2026 18:12:47 CEST",
                    "Video identification, 2025-11-03",
                ],
            ],
        )
        + '<p class="small">The qualified signature was created with a qualified certificate issued by a '
        "qualified trust service provider listed in the EU Trusted List.</p>"
    )
    pdf = html_pdf(
        [minutes, report],
        meta,
        style=css("#00695c", size=9),
        paper="a4",
        decorate=band(bottom="Klinikum Neckartal gGmbH · Projekt Endpoint Protection 2026"),
    )
    path = "Protokoll_LA_2026-06-30_signed.pdf"
    claim = cpor(
        "4601018",
        area="Security",
        submitted=T(2026, 8, 4, 11, 0, CEST),
        partner=HALDENBERG,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4601018_Haldenberg_KlinikumNeckartal",
        claim,
        {path: pdf},
        "approve",
        "Steering-committee minutes (English with German headings) recording decision LA-07 accepting the "
        "Defender for Endpoint rollout, e-signed by the customer's CISO through Skribble with a signature report "
        "(item 1). Device counts per class, configuration and dates (items 3-4); signed 30.06.2026 (item 5). "
        "Public hospital = public sector ('government, healthcare, and education'), but the written fee "
        "disclosure rule is for 'Puerto Rico and the United States' only; Germany is not shown as restricted in "
        "the guide, so nothing more is needed.",
        "SteerCo minutes with decision log; Skribble QES + signature report; public sector outside US/PR/IN.",
        checks=cpor_ok(**NO_MAIL, public_sector=["not_applicable", "pass"]),
    )


def b4601019() -> Bundle:
    cust = Co("Grupo Lácteo del Bajío S.A. de C.V.", "lacteobajio.com.mx", "MX", "León, Guanajuato")
    cc = P("Mariana Quiroz Alcántar", "mquiroz@lacteobajio.com.mx", "Directora Comercial")
    pm = P("Esteban Lozano", "esteban.lozano@caminoreal-tec.mx", "Business Applications Lead")
    msft = P("Kevin O'Donnell", "kevin.odonnell@microsoft.com", "Account Executive")
    sub = guid("sub", "4601019", upper=True)
    invite = Mail(
        pm,
        (cc,),
        T(2026, 3, 18, 12, 0, CST_MX),
        "Demo Dynamics 365 Sales con datos de GLB - agenda",
        "Hi Mariana,\n\nAs agreed, agenda for the Dynamics 365 Sales demo on Tuesday 24 March, 10:00, at "
        "your León office (regional managers from León, Celaya and Irapuato):\n"
        "1. Pipeline of your 2025 institutional opportunities (hospitals, schools, HORECA) loaded from "
        "your Excel trackers\n2. Route planning for the 38 field sales reps\n3. Quote approval above 12% "
        "discount\n4. Pilot proposal: 12 reps, 3 weeks\n\nSaludos,\nEsteban",
    )
    after = reply(
        cc,
        [pm],
        T(2026, 3, 26, 19, 22, CST_MX),
        "Esteban,\n\nThe demo on Tuesday with our own 2025 opportunity data is what convinced the three "
        "regional managers - seeing the Celaya hospital tender in the pipeline view with the discount "
        "approval flow was the moment. We want to run the pilot you proposed with 12 reps from 6 April "
        "for 3 weeks, Irapuato route planning included. Kevin, copying you so Microsoft knows we are "
        "evaluating Sales Enterprise with Camino Real.\n\nMariana Quiroz\nDirectora Comercial | Grupo "
        "Lácteo del Bajío",
        [invite],
        cc=[msft],
    )
    pilot = html_pdf(
        '<p style="color:#0e6e55;font-size:14pt"><b>CAMINO REAL</b> TECNOLOGÍA</p>'
        "<h1>Pilot evaluation summary — Dynamics 365 Sales</h1>"
        + kv(
            [
                ("Customer", "Grupo Lácteo del Bajío (GLB)"),
                ("Pilot", "6 April – 24 April 2026, 12 field sales reps, 2 regional managers"),
                ("Presented", "30 April 2026 to M. Quiroz and the regional managers"),
            ]
        )
        + grid(
            ["Measure", "Before (Excel)", "Pilot"],
            [
                ["Opportunities with next step and date", "41%", "93%"],
                ["Quote approval time (discount &gt;12%)", "3.5 days", "6 hours"],
                ["Visits planned per rep per week", "n/a", "17"],
            ],
        )
        + "<h2>Recommendation</h2><p>Roll out Dynamics 365 Sales Enterprise to 38 reps and 6 managers; integrate "
        "price lists from the ERP (SAP Business One) in phase 2.</p>",
        Meta("GLB pilot evaluation", "Esteban Lozano", T(2026, 4, 30, 9, 0, CST_MX)),
        style=css("#0e6e55"),
    )
    files = {
        "PreSales/Demo agenda 24 March.eml": eml(invite),
        "PreSales/RE Demo Dynamics 365 Sales.msg": msg(after),
        "PreSales/GLB_Pilot_Evaluation_Summary.pdf": pilot,
    }
    claim = cpor(
        "4601019",
        kind="pre_sales",
        area="Business Applications",
        submitted=T(2026, 6, 10, 12, 0, CST_MX),
        partner=CAMINO,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=[("DYNAMICS 365 SALES ENTERPRISE EDITION", sub)],
        transaction=D(2026, 5, 28),
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601019_CaminoReal_LacteoBajio",
        claim,
        files,
        "approve",
        "Pre-sales claim: 'proof of engagement with the customer prior to the transaction' (transaction "
        "2026-05-28). The customer's commercial director acknowledges 'in depth' the demo run on the customer's "
        "own data and asks for the pilot (26 March 2026, from lacteobajio.com.mx), as the guide's example "
        "('An e-mail, demos, pilots of the customer acknowledging (in depth) these pre-sales activities'); the "
        "agenda (18 March) and the pilot summary (30 April) are also before the transaction. Microsoft's AE in "
        "copy is not an issue.",
        "CPOR pre-sales, proof before the transaction: demo agenda .eml, customer .msg, pilot summary.",
        checks=cpor_ok(customer_domain="pass"),
    )


def b4601020() -> Bundle:
    cust = Co("Cooperativa Cafeeira Serra Azul", "serraazulcoop.com.br", "BR", "Franca, SP")
    cc = P(
        "Luciana Prado Teixeira", "luciana.teixeira@serraazulcoop.com.br", "Gerente de Relacionamento com o Cooperado"
    )
    pm = P("Rafael Moreira", "rafael.moreira@ipetec.com.br", "Gerente de Contas")
    sub = guid("sub", "4601020", upper=True)
    meta = Meta(
        "Carta de confirmacao - Serra Azul - Customer Service", "Luciana Prado Teixeira", T(2026, 4, 15, 10, 0, BRT)
    )
    two = '<table class="plain"><tr><td style="width:50%">{a}</td><td style="width:50%">{b}</td></tr></table>'
    letter = html_pdf(
        '<p><b style="color:#5d4037;font-size:14pt">Cooperativa Cafeeira Serra Azul</b><br/><span class="small">'
        "Av. Dr. Ismael Alonso y Alonso, 2100 · Franca/SP · CNPJ 47.118.903/0001-20</span></p>"
        "<p>Franca, 15 de abril de 2026 / April 15, 2026</p>"
        "<h2>Carta de confirmação / Confirmation letter — Dynamics 365 Customer Service</h2>"
        + two.format(
            a="Confirmamos que, desde fevereiro de 2026, a Ipê Tecnologia Ltda. assumiu o ambiente Dynamics 365 "
            "Customer Service da cooperativa, antes atendido por outro parceiro, e conduz a sua ampliação de 40 "
            "para 100 licenças: 25 licenças adicionadas em 10/03/2026 para a central de atendimento ao cooperado "
            "e 35 previstas para junho, para a central de suporte da safra.",
            b="We confirm that since February 2026 Ipê Tecnologia Ltda. has taken over the cooperative's Dynamics "
            "365 Customer Service environment, previously supported by another partner, and is leading its "
            "expansion from 40 to 100 licences: 25 licences added on 10/03/2026 for the member service centre and "
            "35 planned in June for the harvest support centre.",
        )
        + two.format(
            a="Atividades da Ipê: redesenho das filas (classificação, crédito rural, logística de retirada), "
            "canal WhatsApp via Digital Messaging, base de conhecimento com 140 artigos, painel de SLA.",
            b="Ipê's activities: redesign of queues (grading, rural credit, pick-up logistics), WhatsApp channel via "
            "Digital Messaging, knowledge base with 140 articles, SLA dashboard.",
        )
        + "<p>Atenciosamente / Kind regards,</p>"
        + kv(
            [
                ("Nome / Name", "Luciana Prado Teixeira"),
                ("Cargo / Title", "Gerente de Relacionamento com o Cooperado"),
                ("Assinatura / Signature", ""),
            ]
        ),
        meta,
        style=css("#5d4037", size=9.5),
        paper="a4",
    )
    signed = scan_pdf(
        letter,
        Meta("Carta Serra Azul assinada", "", T(2026, 4, 16, 9, 30, BRT), "Epson Scan 2", "Epson Scan 2"),
        inks=[Ink(0, "Assinatura / Signature", 190, -5, 140, 30, seed="teixeira")],
        dpi=150,
        skews=[0.3],
        gray=False,
        seed="serra",
    )
    files = {"Carta_confirmacao_Serra_Azul_assinada.pdf": signed}
    claim = cpor(
        "4601020",
        kind="pre_sales",
        area="Business Applications",
        submitted=T(2026, 5, 5, 15, 0, BRT),
        partner=IPE,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=[("DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE", sub)],
        transaction=D(2026, 3, 10),
        docs=[("Carta_confirmacao_Serra_Azul_assinada.pdf", "poe")],
        status="disputed",
        comments=[
            (
                "microsoft",
                T(2026, 4, 28, 13, 0, UTC),
                "Dear Partner, pre-sales claims require proof of engagement with the customer prior to the "
                "transaction. The POE provided is dated after the transaction date. Your claim has been rejected.",
            ),
            (
                "partner",
                T(2026, 5, 5, 14, 58, BRT),
                "Dispute: this is an upsell - we are the new POR since Feb 2026, 40 -> 100 seats; see the customer's "
                "signed letter.",
            ),
        ],
        history=[
            ("submission", T(2026, 4, 20, 11, 0, BRT), pm.email),
            ("rejection", T(2026, 4, 28, 13, 0, UTC), None),
            ("dispute", T(2026, 5, 5, 14, 59, BRT), pm.email),
            ("submission", T(2026, 5, 5, 15, 0, BRT), pm.email),
        ],
    )
    return Bundle(
        "4601020_Ipe_SerraAzul",
        claim,
        files,
        "approve",
        "Pre-sales claim whose signed customer letter post-dates the transaction (letter 15 April 2026, "
        "transaction 2026-03-10) but documents an upsell driven by a new partner of record (40 -> 100 seats, 25 "
        "added on the transaction date). The guide: 'If a claim includes upsell opportunities, indicating that "
        "a new POR is driving upsell for the customer, we will approve claims even in the absence of prior "
        "proof of engagement.' Wet-ink signed letter, colour scan (item 1); bilingual PT/EN with every statement "
        "in English. The claim is a dispute of an earlier rejection that missed the upsell.",
        "Pre-sales upsell exception; bilingual wet-ink customer letter, colour scan.",
        checks=cpor_ok(**NO_MAIL, acknowledgement_date=["pass", "not_applicable"]),
    )


def b4601021() -> Bundle:
    cust = Co("Shannon Estuary Logistics DAC", "shannonestuary.ie", "IE", "Foynes, Co. Limerick")
    cc = P("Siobhán Ní Bhriain", "siobhan.nibhriain@shannonestuary.ie", "IT & Facilities Manager")
    pm = P("Declan Fahy", "declan.fahy@liffeybridge.ie", "Principal Consultant")
    sow_meta = Meta("SOW LBC-2024-088 Teams Rooms Shannon Estuary", "Declan Fahy", T(2024, 11, 4, 10, 0, GMT))
    sow = html_pdf(
        "<h1>Statement of Work LBC-2024-088</h1><h3>Microsoft Teams Rooms — Shannon Estuary Logistics DAC</h3>"
        + kv(
            [
                ("Customer", "Shannon Estuary Logistics DAC"),
                ("Supplier", "Liffey Bridge Consulting Ltd"),
                ("Term", "Project Dec 2024 – Mar 2025, then managed service to 30 Nov 2026"),
            ]
        )
        + "<h2>Scope</h2>"
        + ul(
            [
                "Design and deploy Teams Rooms in 11 rooms at Foynes, Shannon and Limerick: 3 boardrooms (Teams "
                "Rooms on Windows, dual screen), 8 huddle rooms (Teams Rooms on Android)",
                "Room mailboxes, resource accounts, booking policies; Teams Rooms Pro licensing and portal",
                "Managed service: monthly health report, firmware and app updates, incident handling",
            ]
        )
        + "<h2>Signatures</h2>"
        + kv(
            [("For the customer", "Siobhán Ní Bhriain, IT &amp; Facilities Manager"), ("Signature", ""), ("Date", "")]
        ),
        sow_meta,
        style=css("#00703c"),
        paper="a4",
    )
    sow_scan = scan_pdf(
        sow,
        sow_meta,
        inks=[
            Ink(0, "Signature", 170, -5, 140, 30, seed="nibhriain"),
            Ink(0, "Date", 170, 1, 90, 19, text="12/11/2024", seed="snb"),
        ],
        dpi=150,
        skews=[0.7],
        seed="sel",
    )
    m1 = Mail(
        pm,
        (cc,),
        T(2026, 5, 5, 11, 0, IST_IE),
        "Teams Rooms - quick confirmation for Microsoft",
        "Hi Siobhán,\n\nMicrosoft asked us for a recent confirmation that we are still actively working with "
        "you on Teams Rooms (our signed SOW is from November 2024). Would you mind replying with a line on "
        "what we currently do for you?\n\nThanks,\nDeclan",
    )
    m2 = reply(
        cc,
        [pm],
        T(2026, 5, 5, 16, 48, IST_IE),
        "Hi Declan,\n\nHappy to. Liffey Bridge still runs all of our Teams Rooms - the 11 rooms across "
        "Foynes, Shannon and Limerick plus the 2 new huddle rooms you put into the Limerick office in "
        "March. Your team sends us the monthly room health report, does the firmware and Teams Rooms app "
        "updates out of hours, and handled the boardroom camera replacement in April. That arrangement "
        "runs until the end of November.\n\nRegards,\nSiobhán\n\nSiobhán Ní Bhriain | IT & Facilities "
        "Manager\nShannon Estuary Logistics DAC | Foynes, Co. Limerick",
        [m1],
    )
    files = {"SOW_LBC-2024-088_signed.pdf": sow_scan, "RE Teams Rooms - quick confirmation for Microsoft.eml": eml(m2)}
    first = T(2026, 4, 20, 10, 0, IST_IE)
    resub = T(2026, 5, 6, 9, 15, IST_IE)
    claim = cpor(
        "4601021",
        area="Modern Work",
        submitted=resub,
        partner=LIFFEY,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["TEAMS ROOMS"],
        docs=[(k, "poe") for k in files],
        comments=[
            (
                "microsoft",
                T(2026, 4, 24, 15, 0, GMT),
                "Dear Partner, the customer signature on the "
                "POE is older than 12 months. Please provide a recent POE or customer acknowledgement "
                "confirming active engagement.",
            ),
            ("partner", resub, "Added the customer's e-mail of 5 May 2026 confirming ongoing work."),
        ],
        history=[
            ("submission", first, pm.email),
            ("action required", T(2026, 4, 24, 15, 0, GMT), None),
            ("submission", resub, pm.email),
        ],
    )
    return Bundle(
        "4601021_Liffey_ShannonEstuary",
        claim,
        files,
        "approve",
        "Resubmitted claim. The SOW is signed 12/11/2024, more than 12 months before submission, but the guide "
        "allows it: 'POE documents with signatures aging more than 12 months, will need to have a recent POE or "
        "customer acknowledgement confirming active engagement with the customer (this can be an e-mail "
        "confirmation describing the work)'. The customer's e-mail of 5 May 2026 from shannonestuary.ie "
        "describes the current Teams Rooms work (13 rooms, health reports, updates, April camera swap). Irish "
        "names with fadas.",
        "Old wet-ink SOW + recent confirming .eml; resubmission after an action-required comment.",
        checks=cpor_ok(customer_domain="pass"),
    )


def b4601022() -> Bundle:
    cust = Co("Kansai Precision Bearings Co., Ltd.", "kansai-pb.co.jp", "JP", "Higashiosaka")
    cc = P("Takeshi Morimoto", "t.morimoto@kansai-pb.co.jp", "Manager, Information Systems Section")
    pm = P("Yui Hasegawa", "y.hasegawa@yodogawa-cw.jp", "Project Manager")
    report = html_pdf(
        '<table class="plain"><tr><td><b style="color:#1565c0;font-size:14pt">Yodogawa CloudWorks</b><br/>'
        '<span class="small">淀川クラウドワークス株式会社</span></td><td class="right small">報告書番号 YCW-R-26-057'
        "<br/>2026年5月12日 (12 May 2026)</td></tr></table>"
        "<h1>作業完了報告書 / Work Completion Report</h1><p>関西精密ベアリング株式会社 御中 — Kansai Precision "
        'Bearings Co., Ltd. ("KPB")</p>'
        "<h2>Scope: Microsoft Intune</h2>"
        + grid(
            ["Item", "Details", "Date"],
            [
                [
                    "Windows enrolment",
                    "640 Windows 11 PCs (office 410, factory floor 230) enrolled via Autopilot "
                    "and group policy migration; 52 GPOs rationalized into 19 configuration profiles",
                    "2026/02/09 – 2026/03/27",
                ],
                [
                    "Factory kiosks",
                    "48 shared PCs on the Higashiosaka and Kameyama lines in multi-app kiosk mode "
                    "(MES client, drawing viewer)",
                    "2026/03/30 – 2026/04/10",
                ],
                [
                    "Mobile",
                    "210 company iPhones via automated device enrolment; Outlook / Teams app protection",
                    "2026/04/13 – 2026/04/24",
                ],
                [
                    "Compliance",
                    "BitLocker, Defender AV status, OS minimum 23H2; 97.4% compliant on 2026/05/08",
                    "2026/05/08",
                ],
                ["Handover", "Operations manual (Japanese), 2 training sessions for 4 administrators", "2026/05/11"],
            ],
        ),
        Meta("作業完了報告書 Work Completion Report KPB", "Yui Hasegawa", T(2026, 5, 12, 10, 0, JST)),
        style=css("#1565c0", size=9),
        paper="a4",
    )
    m1 = Mail(
        pm,
        (cc,),
        T(2026, 5, 12, 15, 30, JST),
        "【ご確認依頼】Intune導入 作業完了報告書 / Completion report",
        "森本様\n\nいつもお世話になっております。Intune導入の作業完了報告書を送付いたします。\n"
        "Please find attached the completion report for the Intune deployment (English version included). "
        "Could you confirm your acceptance by reply?\n\n長谷川 結衣 / Yui Hasegawa\nYodogawa CloudWorks",
        attachments=(("YCW-R-26-057_Completion_Report.pdf", report, "application/pdf"),),
    )
    m2 = reply(
        cc,
        [pm],
        T(2026, 5, 14, 9, 5, JST),
        "Hasegawa-san,\n\nThank you for the report. We checked the compliance dashboard ourselves this week "
        "and the factory kiosks on both lines are running the MES client without the login issues we had "
        "before. KPB accepts the Intune work as described in report YCW-R-26-057.\n\n"
        "よろしくお願いいたします。\n\nTakeshi Morimoto\nManager, Information Systems Section\n"
        "Kansai Precision Bearings Co., Ltd. (関西精密ベアリング株式会社)",
        [m1],
    )
    files = {"RE_【ご確認依頼】Intune導入 作業完了報告書.msg": msg(m2), "YCW-R-26-057_Completion_Report.pdf": report}
    claim = cpor(
        "4601022",
        status="under_review",
        area="Security",
        submitted=T(2026, 6, 2, 13, 0, JST),
        partner=YODOGAWA,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["INTUNE"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601022_Yodogawa_KansaiPrecision",
        claim,
        files,
        "approve",
        "The customer's acceptance e-mail from kansai-pb.co.jp, in English and in his own words, naming the "
        "report (item 1); the bilingual report names both parties - the partner by its trade name 'Yodogawa "
        "CloudWorks' and the customer as 'KPB' and in Japanese - and details Intune for 640 PCs, 48 kiosks and "
        "210 iPhones with dates (items 2-4). Japanese greetings and headings sit next to English content, not "
        "instead of it. Accepted 14 May 2026 (dates written 2026年5月12日 and 2026/05/12).",
        "Japanese/English report + acceptance .msg with a Japanese file name; trade name and acronym.",
        checks=cpor_ok(customer_domain="pass"),
    )


VELDKAMP_CLAUSE = (
    "Door ondertekening bevestigt de opdrachtgever dat de hieronder beschreven werkzaamheden zijn uitgevoerd en "
    "geaccepteerd. / By signing, the client confirms that the work described below has been carried out and is "
    "accepted. Eventuele restpunten worden afgehandeld onder het lopende beheercontract. / Any open items are handled "
    "under the running managed-service contract. Op deze acceptatie zijn de NLdigital Voorwaarden 2020 van "
    "toepassing. / The NLdigital Terms 2020 apply to this acceptance."
)


def veldkamp_form(
    number: str,
    client: str,
    project: str,
    period: str,
    items: Sequence[str],
    signer: str,
    role: str,
    sign_cell: str,
    date_text: str,
) -> str:
    return (
        '<table class="plain"><tr><td><b style="color:#e65100;font-size:15pt">veldkamp</b> <b>ICT</b></td>'
        f'<td class="right small">Acceptatieformulier / Acceptance form {number}</td></tr></table>'
        f"<h1>Acceptatie / Acceptance — {project}</h1>"
        + kv(
            [
                ("Opdrachtgever / Client", client),
                ("Leverancier / Supplier", "Veldkamp ICT B.V., Utrecht"),
                ("Periode / Period", period),
            ]
        )
        + f"<p>{VELDKAMP_CLAUSE}</p><h2>Werkzaamheden / Work delivered</h2>{ul(list(items))}"
        + grid(
            ["", "Opdrachtgever / Client"],
            [
                ["Naam / Name", signer],
                ["Functie / Role", role],
                ["Handtekening / Signature", sign_cell],
                ["Datum / Date", date_text],
            ],
            "sigrow",
        )
    )


def b4601023() -> Bundle:
    cust = Co("Zuiderzee Tuinbouw B.V.", "zuiderzeetuinbouw.nl", "NL", "Bleiswijk")
    cc = P("Martijn de Groot", "m.degroot@zuiderzeetuinbouw.nl", "Manager ICT")
    pm = P("Femke Jansen", "femke.jansen@veldkamp-ict.nl", "Projectleider")
    sid = hx("signhost", "4601023", n=20).lower()
    form = veldkamp_form(
        "AF-2026-031",
        "Zuiderzee Tuinbouw B.V.",
        "SharePoint Online &amp; Teams",
        "12-01-2026 t/m 06-03-2026",
        [
            "SharePoint Online: 2,4 TB / 2.4 TB van de fileserver naar 22 teamsites (teelt, inkoop, logistiek, "
            "kwaliteit) — file server migrated to 22 team sites",
            "Teams voor 215 medewerkers / Teams for 215 staff, incl. 60 kassenmedewerkers op gedeelde tablets (shared "
            "tablets in the greenhouses)",
            "Kanalen per kas-locatie (Bleiswijk, Pijnacker, Dinteloord) met gekoppelde SharePoint-bibliotheken",
            "Training 8 sessies / 8 sessions; 12 site-eigenaren / site owners",
        ],
        "Martijn de Groot",
        "Manager ICT",
        f'<span class="esig">M. de Groot</span><br/><span class="tiny">Ondertekend via Signhost · {sid}</span>',
        "14-03-2026",
    )
    evidence = "<h1>Bewijsdocument / Evidence report</h1><p>Signhost (Evidos B.V.)</p>" + kv(
        [
            ("Transactie / Transaction", sid),
            ("Document", "AF-2026-031 Acceptatie Zuiderzee Tuinbouw.pdf"),
            ("Ondertekenaar / Signer", "Martijn de Groot, m.degroot@zuiderzeetuinbouw.nl"),
            ("Verificatie / Verification", "E-mail + SMS-code (+31 6 •••• •• 18)"),
            ("Ondertekend / Signed", "14-03-2026 10:41:27 CET"),
            ("IP", "94.212.118.40"),
        ]
    )
    pdf = html_pdf(
        [form, evidence],
        Meta("AF-2026-031 Acceptatie Zuiderzee Tuinbouw", "Femke Jansen", T(2026, 3, 13, 16, 0, CET)),
        style=css("#e65100", size=9),
        paper="a4",
        decorate=band(bottom="Veldkamp ICT B.V. · KvK 30187244"),
    )
    path = "AF-2026-031_Acceptatie_ZuiderzeeTuinbouw.pdf"
    claim = cpor(
        "4601023",
        area="Modern Work",
        submitted=T(2026, 4, 2, 14, 10, CEST),
        partner=VELDKAMP,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["SHAREPOINT ONLINE", "TEAMS"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4601023_Veldkamp_ZuiderzeeTuinbouw",
        claim,
        {path: pdf},
        "approve",
        "Partner's standard bilingual (Dutch/English) acceptance form, e-signed by the customer's ICT manager "
        "via Signhost with an evidence report (item 1). SharePoint Online (2.4 TB, 22 sites) and Teams (215 "
        "staff, shared greenhouse tablets) with the period (items 3-4); Dutch date 14-03-2026. The form's "
        "acceptance clause is the same on this partner's other claim (4601024): shared legal boilerplate around "
        "claim-specific content is not reused POE and must not be flagged.",
        "Bilingual house acceptance form with Signhost evidence report; shared boilerplate (1 of 2).",
        checks=cpor_ok(**NO_MAIL),
    )


def b4601024() -> Bundle:
    cust = Co("Brabantse Bouwmaterialen Groep N.V.", "bbgroep.nl", "NL", "Tilburg")
    cc = P("Yvonne Verhoeven", "y.verhoeven@bbgroep.nl", "Hoofd IT / Head of IT")
    pm = P("Femke Jansen", "femke.jansen@veldkamp-ict.nl", "Projectleider")
    form = veldkamp_form(
        "AF-2026-058",
        "Brabantse Bouwmaterialen Groep N.V. (BBG)",
        "Microsoft Defender for Endpoint",
        "06-04-2026 t/m 29-05-2026",
        [
            "Onboarding via Intune en GPO / via Intune and GPO: 780 werkplekken / workstations en 66 servers in "
            "14 vestigingen / branches",
            "EDR in blokmodus / block mode, tamper protection, 14 ASR-regels / rules (2 in audit voor het "
            "kassasysteem / for the till system)",
            "Device groups per vestiging; automatische onderzoeken / automated investigations op 'full' voor "
            "werkplekken",
            "Kwetsbaarhedenbeheer: wekelijkse rapportage / weekly vulnerability report; 31 kritieke bevindingen "
            "opgelost / critical findings fixed",
        ],
        "Yvonne Verhoeven",
        "Hoofd IT / Head of IT",
        "",
        "",
    )
    meta = Meta("AF-2026-058 Acceptatie BBG", "Femke Jansen", T(2026, 6, 1, 9, 0, CEST))
    text = html_pdf(
        form, meta, style=css("#e65100", size=9), paper="a4", decorate=band(bottom="Veldkamp ICT B.V. · KvK 30187244")
    )
    scan = scan_pdf(
        text,
        Meta(
            "AF-2026-058 getekend",
            "",
            T(2026, 6, 3, 8, 20, CEST),
            "Konica Minolta bizhub C300i",
            "Konica Minolta bizhub C300i",
        ),
        inks=[
            Ink(0, "Handtekening / Signature", 130, -6, 140, 30, seed="verhoeven"),
            Ink(0, "Datum / Date", 130, -4, 90, 22, text="2-6-2026", seed="yv"),
        ],
        dpi=150,
        skews=[-0.4],
        seed="bbg",
    )
    path = "AF-2026-058 getekend.pdf"
    claim = cpor(
        "4601024",
        area="Security",
        submitted=T(2026, 6, 25, 10, 30, CEST),
        partner=VELDKAMP,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4601024_Veldkamp_BBG",
        claim,
        {path: scan},
        "approve",
        "Same house acceptance form as 4601023, this time printed, signed in ink by the customer's Head of IT "
        "and scanned (item 1: physically signed paper). Its own content: Defender for Endpoint on 780 "
        "workstations and 66 servers in 14 branches, ASR rules, vulnerability management, period (items 3-4); "
        "Dutch handwritten date 2-6-2026 = 2 June 2026 (item 5). The identical acceptance clause is shared legal "
        "boilerplate, not a 'generic POE template submitted on other partner claims': must not be flagged.",
        "Same boilerplate as 4601023, wet-ink scan; Dutch short date.",
        checks=cpor_ok(**NO_MAIL),
    )


def highveld_sow() -> bytes:
    meta = Meta("SOW KCC-2026-004 Highveld Mining Supplies", "Pieter van Wyk", T(2026, 1, 19, 10, 0, SAST))
    html = (
        '<p><b style="color:#bf360c;font-size:15pt">KAROO CLOUD</b></p>'
        "<h1>Statement of Work KCC-2026-004</h1>"
        + kv(
            [
                ("Client", "Highveld Mining Supplies (Pty) Ltd"),
                ("Supplier", "Karoo Cloud (Pty) Ltd"),
                ("Start", "26 January 2026"),
                ("Reg. no.", "2009/114562/07"),
            ]
        )
        + "<h2>Workstream A — Teams Phone</h2>"
        + ul(
            [
                "Direct Routing via the client's existing SIP trunk (2 SBCs, Midrand and Witbank)",
                "Enable 260 users for Teams Phone; 6 auto attendants, 11 call queues (sales desks per branch)",
                "Replace the Avaya IP Office at 9 branches; port 140 numbers",
            ]
        )
        + "<h2>Workstream B — Microsoft Defender for Endpoint</h2>"
        + ul(
            [
                "Onboard 410 Windows devices and 22 servers, incl. 35 rugged laptops at mine-site depots",
                "EDR block mode, ASR rules, device groups per branch; weekly vulnerability report",
            ]
        )
        + "<h2>Authorisation</h2><p>Signed for Highveld Mining Supplies (Pty) Ltd:</p>"
        + kv(
            [("Name", "Nomvula Dlamini"), ("Designation", "Chief Information Officer"), ("Signature", ""), ("Date", "")]
        )
    )
    text = html_pdf(html, meta, style=css("#bf360c"), paper="a4")
    return scan_pdf(
        text,
        Meta(
            "SOW KCC-2026-004 signed", "", T(2026, 1, 23, 11, 0, SAST), "Xerox AltaLink C8130", "Xerox AltaLink C8130"
        ),
        inks=[
            Ink(0, "Signature", 170, -5, 140, 30, seed="dlamini"),
            Ink(0, "Date", 170, 1, 90, 19, text="22/01/2026", seed="nd"),
        ],
        dpi=150,
        skews=[0.5],
        seed="hms",
    )


HIGHVELD = Co("Highveld Mining Supplies (Pty) Ltd", "highveldmining.co.za", "ZA", "Midrand")
HIGHVELD_CIO = P("Nomvula Dlamini", "nomvula.dlamini@highveldmining.co.za", "Chief Information Officer")
KAROO_PM = P("Pieter van Wyk", "pieter.vanwyk@karoocloud.co.za", "Delivery Manager")


def b4601025() -> Bundle:
    m1 = Mail(
        KAROO_PM,
        (HIGHVELD_CIO,),
        T(2026, 5, 8, 16, 0, SAST),
        "Teams Phone cutover complete - all 9 branches",
        "Hi Nomvula,\n\nThe last two branches (Rustenburg and Kathu) cut over on Wednesday. Workstream A of "
        "KCC-2026-004 is complete: 260 users on Teams Phone, 6 auto attendants, 11 call queues, 140 numbers "
        "ported, Avaya IP Office switched off at all 9 branches.\n\nPlease confirm acceptance of workstream "
        "A.\n\nRegards,\nPieter",
    )
    m2 = reply(
        HIGHVELD_CIO,
        [KAROO_PM],
        T(2026, 5, 11, 8, 30, SAST),
        "Morning Pieter,\n\nAccepted - workstream A (Teams Phone) is done as far as we're concerned. The "
        "branch sales desks in Kathu were worried about losing calls during the switch and they didn't "
        "drop one. Thanks to Sipho and the team for the weekend work.\n\nNomvula Dlamini\nCIO | Highveld "
        "Mining Supplies",
        [m1],
    )
    files = {"SOW_KCC-2026-004_signed.pdf": highveld_sow(), "RE Teams Phone cutover complete.eml": eml(m2)}
    claim = cpor(
        "4601025",
        area="Modern Work",
        submitted=T(2026, 5, 20, 10, 0, SAST),
        partner=KAROO,
        pc=KAROO_PM,
        customer=HIGHVELD,
        cc=HIGHVELD_CIO,
        workloads=["TEAMS PHONE ENABLED USERS"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601025_Karoo_Highveld_TeamsPhone",
        claim,
        files,
        "approve",
        "Signed SOW (wet ink, 22/01/2026) with a detailed Teams Phone workstream and the CIO's acceptance e-mail "
        "of that workstream from highveldmining.co.za (items 1-5). UNSURE: the same signed SOW also covers "
        "Defender for Endpoint and is uploaded on the partner's separate Security claim for that workload "
        "(4601026). One SOW legitimately covering two workloads claimed separately is not addressed by the "
        "guide; reused_evidence may pass or warn, not fail.",
        "One SOW for two workloads claimed separately (1 of 2) + workstream acceptance .eml.",
        checks=cpor_ok(customer_domain="pass", reused_evidence=["pass", "warn"]),
    )


def b4601026() -> Bundle:
    m1 = Mail(
        KAROO_PM,
        (HIGHVELD_CIO,),
        T(2026, 6, 19, 15, 10, SAST),
        "Defender for Endpoint - workstream B closure",
        "Hi Nomvula,\n\nWorkstream B is closed: 410 Windows devices and 22 servers onboarded "
        "(incl. the 35 rugged depot laptops), EDR in block mode, 13 ASR rules in block, device groups per "
        "branch, and the weekly vulnerability report going to Thabo. Could you confirm?\n\nPieter",
    )
    m2 = reply(
        HIGHVELD_CIO,
        [KAROO_PM],
        T(2026, 6, 22, 9, 12, SAST),
        "Pieter, confirmed, we accept workstream B. Thabo says the weekly vulnerability report is the first "
        "one he actually reads - keep the format.\n\nNomvula",
        [m1],
        cc=[P("Thabo Mokoena", "thabo.mokoena@highveldmining.co.za")],
    )
    files = {
        "SOW_KCC-2026-004_signed.pdf": highveld_sow(),
        "RE Defender for Endpoint - workstream B closure.msg": msg(m2),
    }
    claim = cpor(
        "4601026",
        area="Security",
        submitted=T(2026, 7, 1, 9, 40, SAST),
        partner=KAROO,
        pc=KAROO_PM,
        customer=HIGHVELD,
        cc=HIGHVELD_CIO,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601026_Karoo_Highveld_MDE",
        claim,
        files,
        "approve",
        "Same signed SOW as 4601025 (its workstream B is Defender for Endpoint, in detail) plus the CIO's own "
        "acceptance of workstream B by e-mail from highveldmining.co.za, 22 June 2026 (items 1-5). UNSURE: one "
        "SOW covering two workloads that the partner claims separately (Modern Work and Security) is legitimate "
        "sharing the guide does not address; reused_evidence may pass or warn, not fail.",
        "One SOW for two workloads claimed separately (2 of 2) + workstream acceptance .msg.",
        checks=cpor_ok(customer_domain="pass", reused_evidence=["pass", "warn"]),
    )


MZM = Co("Mazowieckie Zakłady Mleczarskie S.A.", "mzm.com.pl", "PL", "Ostrołęka")
MZM_CISO = P("Katarzyna Wróblewska", "k.wroblewska@mzm.com.pl", "Kierownik Działu Bezpieczeństwa IT")
WISLA_PM = P("Paweł Zając", "pawel.zajac@wislacloud.pl", "Kierownik projektu")


def mzm_acceptance() -> bytes:
    m1 = Mail(
        WISLA_PM,
        (MZM_CISO,),
        T(2026, 4, 9, 14, 0, CEST),
        "MDI - zakończenie wdrożenia / deployment closure",
        "Dzień dobry Pani Katarzyno,\n\nSummary of the Defender for Identity deployment by Wisła Cloud:\n"
        "- sensors on all 8 domain controllers (Ostrołęka 4, Warszawa 2, Łomża 2) and on the AD FS farm\n"
        "- 3 honeytoken accounts, lateral movement paths reviewed for 41 sensitive accounts\n"
        "- alerts routed to your SOC mailbox and to Wisła's on-call; 2 training sessions for your team\n"
        "Period 2 March - 3 April 2026.\n\nProszę o potwierdzenie odbioru.\n\nPozdrawiam,\nPaweł Zając\n"
        "Wisła Cloud Sp. z o.o.",
    )
    m2 = reply(
        MZM_CISO,
        [WISLA_PM],
        T(2026, 4, 10, 10, 22, CEST),
        "Panie Pawle,\n\nconfirming acceptance of the Defender for Identity deployment done by Wisła Cloud "
        "as summarised below. The lateral-movement review already made us remove two old service accounts "
        "from Domain Admins, which our auditors had flagged last year.\n\nZ poważaniem,\nKatarzyna "
        "Wróblewska\nKierownik Działu Bezpieczeństwa IT\nMazowieckie Zakłady Mleczarskie S.A.",
        [m1],
    )
    return msg(m2)


def b4601027() -> Bundle:
    files = {"Odbior_MDI_MZM.msg": mzm_acceptance()}
    claim = cpor(
        "4601027",
        area="Security",
        submitted=T(2026, 4, 28, 12, 0, CEST),
        partner=WISLA,
        pc=WISLA_PM,
        customer=MZM,
        cc=MZM_CISO,
        workloads=["MICROSOFT DEFENDER FOR IDENTITY"],
        docs=[("Odbior_MDI_MZM.msg", "poe")],
    )
    return Bundle(
        "4601027_Wisla_MZM",
        claim,
        files,
        "approve",
        "Original .msg: the customer's head of IT security replies from mzm.com.pl, addressed to Wisła Cloud, "
        "accepting 'the Defender for Identity deployment done by Wisła Cloud' with the detail quoted below it "
        "(8 domain controllers by site, honeytokens, 41 sensitive accounts, period) - items 1-5; Polish "
        "greetings only. UNSURE: another partner later uploaded this very file on its own claim (4601055); the "
        "guide does not say what that does to the original, so reused_evidence may pass or warn.",
        "Original customer acceptance .msg (Polish diacritics) that another partner copied (1 of 2).",
        checks=cpor_ok(customer_domain="pass", reused_evidence=["pass", "warn"]),
    )


def b4601028() -> Bundle:
    cust = Co("Al-Ahsa Date Palm Company", "alahsadates.com.sa", "SA", "Al-Hofuf")
    cc = P("Faisal Al-Mulhim", "f.almulhim@alahsadates.com.sa", "IT Manager")
    fahad = P("Fahad Al-Dossary", "f.aldossary@alahsadates.com.sa", "Procurement Officer")
    pm = P("Omar Haddad", "omar.haddad@najddigital.sa", "Project Manager")
    env = guid("ds", "4601028", upper=True)
    signed = T(2026, 4, 2, 13, 5, AST_SA)
    meta = Meta("Al-Ahsa Dates - Exchange Online Migration Completion", "Omar Haddad", T(2026, 4, 1, 10, 0, AST_SA))
    body = html_pdf(
        '<p style="color:#00695c;font-size:14pt"><b>NAJD DIGITAL</b> SOLUTIONS</p>'
        "<h1>Migration Completion Certificate</h1><p>Date: 14/10/1447 AH (02/04/2026)</p>"
        + kv(
            [
                ("Customer", "Al-Ahsa Date Palm Company"),
                ("Partner", "Najd Digital Solutions Co."),
                ("Project", "Exchange Online migration and Outlook mobile rollout"),
            ]
        )
        + ul(
            [
                "412 mailboxes migrated from Exchange 2013 (Hofuf HQ, 2 packing plants, 5 farms); 37 shared "
                "mailboxes for export orders",
                "Arabic/English address book and signatures; retention 5 years for export documentation",
                "Outlook mobile for 160 field and sales staff with app protection; native mail apps blocked",
                "Cutover 13–14 March 2026; hypercare until 26 March 2026",
            ]
        )
        + grid(
            ["Al-Ahsa Date Palm Company", "Najd Digital Solutions Co."],
            [
                [docusign_block("Faisal Al-Mulhim", "aa1"), docusign_block("Omar Haddad", "nd1")],
                ["Faisal Al-Mulhim, IT Manager — 4/2/2026", "Omar Haddad, Project Manager — 4/2/2026"],
            ],
        ),
        meta,
        style=css("#00695c"),
        paper="a4",
        decorate=docusign_stamp(env),
    )
    cert = html_pdf(
        docusign_certificate(
            env,
            "Please DocuSign: Exchange Online Migration Completion",
            pm,
            T(2026, 4, 2, 9, 0, AST_SA),
            [
                Signer(cc, "Al-Ahsa Date Palm Company", signed, "188.48.77.21"),
                Signer(pm, "Najd Digital Solutions Co.", T(2026, 4, 2, 13, 40, AST_SA), "46.153.10.4"),
            ],
            1,
            "(UTC+03:00) Kuwait, Riyadh",
        ),
        meta,
        style=css("#333"),
        paper="a4",
    )
    m_req = Mail(
        pm,
        (cc,),
        T(2026, 3, 29, 11, 0, AST_SA),
        "Completion certificate for signature",
        "Dear Faisal,\n\nThe completion certificate will arrive from DocuSign shortly.\n\nOmar",
    )
    auto = Mail(
        cc,
        (pm,),
        T(2026, 3, 29, 11, 0, AST_SA),
        "Automatic reply: Completion certificate for signature",
        "I am on leave until 1 April 2026 with limited access to e-mail. For urgent matters please contact "
        "it.support@alahsadates.com.sa.\n\nFaisal Al-Mulhim",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
    )
    thanks = reply(fahad, [pm], T(2026, 4, 5, 10, 14, AST_SA), "Thank you Omar, well received.\n\nFahad", [m_req])
    quote = html_pdf(
        "<h1>Quotation Q-2026-0188</h1><p>To: Al-Ahsa Date Palm Company — Procurement</p>"
        + grid(
            ["Item", "Qty", "Unit (SAR/yr)", "Total (SAR)"],
            [
                ["Microsoft 365 Business Standard (annual)", "412", "564.00", "232,368.00"],
                ["Exchange Online Plan 1 (annual)", "60", "180.00", "10,800.00"],
            ],
        )
        + '<p class="right">VAT 15% not included. Valid 30 days.</p>',
        Meta("Quotation Q-2026-0188", "Najd Digital", T(2026, 1, 12)),
        style=css("#00695c"),
        paper="a4",
    )
    files = {
        "POE/Completion_Certificate_signed.pdf": merge([body, cert], meta),
        "POE/Automatic reply.msg": msg(auto, message_class="IPM.Note"),
        "POE/RE Completion certificate for signature.eml": eml(thanks),
        "Other/Quotation_Q-2026-0188.pdf": quote,
    }
    claim = cpor(
        "4601028",
        area="Modern Work",
        submitted=T(2026, 4, 20, 9, 0, AST_SA),
        partner=NAJD,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "OUTLOOK MOBILE"],
        docs=[
            ("POE/Completion_Certificate_signed.pdf", "poe"),
            ("POE/Automatic reply.msg", "poe"),
            ("POE/RE Completion certificate for signature.eml", "supporting"),
        ],
    )
    return Bundle(
        "4601028_Najd_AlAhsaDates",
        claim,
        files,
        "approve",
        "The DocuSign-signed completion certificate with its certificate of completion is a valid acknowledgement "
        "(item 1) with detailed Exchange Online and Outlook mobile scope and dates (Hijri 14/10/1447 AH next to "
        "02/04/2026). The partner also uploaded noise that is not acknowledgement on its own - an automatic "
        "out-of-office reply, a 'well received' thank-you from procurement and an unlisted pricing quote ('Pricing "
        "quotes' are not POE) - but the evidence is not only such documents, so the claim stands.",
        "Valid DocuSign POE plus noise: auto-reply .msg, thanks-only .eml, unlisted pricing quote.",
        checks=cpor_ok(customer_domain=["pass", "not_applicable"]),
        container="zip",
    )


def dropbox_sign_audit(title: str, doc_id: str, sender: P, events: Sequence[tuple[dt.datetime, str, str]]) -> str:
    rows = [
        [f"{t.strftime('%m / %d / %Y')}<br/>{t.astimezone(UTC).strftime('%H:%M:%S')} UTC", a, b] for t, a, b in events
    ]
    return (
        '<p style="font-size:13pt"><b>Dropbox Sign</b></p><h1>Audit trail</h1>'
        + kv(
            [
                ("Title", escape(title)),
                ("File name", escape(title) + ".pdf"),
                ("Document ID", doc_id),
                ("Audit trail date format", "MM / DD / YYYY"),
                ("Status", "Signed"),
                ("Sent by", f"{escape(sender.name)} ({escape(sender.email)})"),
            ]
        )
        + grid(["Date", "Event", "Detail"], rows)
    )


def b4601029() -> Bundle:
    cust = Co("Hampton Roads Shipbrokers LLC", "hrshipbrokers.com", "US", "Chesapeake, VA")
    cc = P("Walter Pruitt", "wpruitt@hrshipbrokers.com", "Chief Operating Officer")
    pm = P("Marcus Ocampo", "mocampo@tidewatersi.com", "Engagement Manager")
    cid, consent, submitted = "4601029", D(2026, 6, 1), T(2026, 9, 14, 11, 20, EDT)
    doc_id = hx("dbx", cid, n=40).lower()
    signed = T(2026, 9, 2, 15, 47, EDT)
    meta = Meta("AMMP Delivery Confirmation - Hampton Roads Shipbrokers", "Marcus Ocampo", T(2026, 9, 1, 16, 0, EDT))
    tmpl = (
        "<h1>AMMP Partner-led App &amp; Data Modernization (Small) — Delivery Confirmation</h1>"
        + kv(
            [
                ("Customer", "Hampton Roads Shipbrokers LLC (HRS)"),
                ("Partner", "Tidewater Systems Integration, Inc."),
                ("MCI claim ID", cid),
                ("Production date", "August 17, 2026"),
                ("Planned Azure consumption", "$61,000 per year"),
            ]
        )
        + grid(
            ["Required activity", "Delivered", "Date"],
            [
                [
                    "Application compatibility assessment / review",
                    "Chartering desk app (.NET Framework 4.7, WCF) "
                    "and voyage P&amp;L database (SQL Server 2016, 220 GB) assessed; 3 blockers resolved (MSDTC, "
                    "file share paths, Windows auth)",
                    "June 19, 2026",
                ],
                [
                    "Landing zone setup or review",
                    "Azure landing zone accelerator (hub and 2 spokes), private endpoints, Entra ID app registrations",
                    "July 10, 2026",
                ],
                [
                    "Modernization activities",
                    "Chartering app to Azure App Service (containers), WCF endpoints "
                    "rewritten as REST on Azure Functions, database to Azure SQL Managed Instance; Azure Arc for "
                    "2 on-premises servers kept for the AIS feed",
                    "August 17, 2026",
                ],
                [
                    "Azure security (recommended)",
                    "Defender for Cloud (App Service, SQL, Servers plans)",
                    "August 21, 2026",
                ],
            ],
        )
        + grid(
            ["Customer", "Partner"],
            [
                [
                    '<span class="esig">Walter Pruitt</span><br/><span class="tiny">Dropbox Sign '
                    + doc_id[:16]
                    + "</span>",
                    '<span class="esig">Marcus Ocampo</span><br/><span class="tiny">Dropbox Sign '
                    + doc_id[:16]
                    + "</span>",
                ],
                ["Walter Pruitt, COO — 09/02/2026", "Marcus Ocampo, Engagement Manager — 09/02/2026"],
            ],
        )
    )
    audit = dropbox_sign_audit(
        "AMMP Delivery Confirmation - Hampton Roads Shipbrokers",
        doc_id,
        pm,
        [
            (
                T(2026, 9, 2, 9, 3, EDT),
                "Sent",
                "Sent for signature to Walter Pruitt (wpruitt@hrshipbrokers.com) and "
                "Marcus Ocampo (mocampo@tidewatersi.com)",
            ),
            (
                T(2026, 9, 2, 15, 40, EDT),
                "Viewed",
                "Viewed by Walter Pruitt (wpruitt@hrshipbrokers.com) IP: 72.83.51.9",
            ),
            (signed, "Signed", "Signed by Walter Pruitt (wpruitt@hrshipbrokers.com) IP: 72.83.51.9"),
            (
                T(2026, 9, 2, 16, 2, EDT),
                "Signed",
                "Signed by Marcus Ocampo (mocampo@tidewatersi.com) IP: 173.71.20.201",
            ),
            (T(2026, 9, 2, 16, 2, EDT), "Completed", "The document has been completed."),
        ],
    )
    poe = html_pdf([tmpl, audit], meta, style=css("#0b5563", size=9))
    inv = invoice_pdf(
        partner=TIDEWATER,
        pc=pm,
        number="INV-10874",
        issued=D(2026, 9, 8),
        bill_to="Microsoft Corporation — MCI Engagements",
        claim_id=cid,
        engagement=AMMP_S["name"],
        amount="$15,000.00",
        accent="#0b5563",
    )
    files = {
        "Delivery_Confirmation_signed.pdf": poe,
        "INV-10874.pdf": inv,
        "customer_survey.json": survey(
            cid,
            "customer",
            T(2026, 9, 4, 10, 0, EDT),
            [
                (AMMP_CUST_Q[0], "Yes"),
                (AMMP_CUST_Q[1], "Yes"),
                (AMMP_CUST_Q[2], "Chartering desk application and voyage P&L database"),
                (AMMP_CUST_Q[3], "Yes - August 17"),
                (AMMP_CUST_Q[4], "4"),
            ],
            ("Walter Pruitt", "Hampton Roads Shipbrokers", "COO"),
        ),
        "partner_survey.json": survey(
            cid,
            "partner",
            T(2026, 9, 4, 16, 0, EDT),
            [
                (
                    AMMP_PART_Q[0],
                    "Assessment, landing zone accelerator, App Service + Functions + SQL MI, Arc, Defender for Cloud",
                ),
                (AMMP_PART_Q[1], "2026-08-17"),
                (AMMP_PART_Q[2], "61000"),
                (AMMP_PART_Q[3], "Modernization of Web Applications to Microsoft Azure"),
            ],
            ("Marcus Ocampo", "Tidewater Systems Integration, Inc.", "Engagement Manager"),
        ),
    }
    claim = pa(
        cid,
        area="Azure",
        submitted=submitted,
        partner=TIDEWATER,
        pc=pm,
        customer=cust,
        cc=cc,
        consent=consent,
        engagement=AMMP_S,
        docs=[
            ("Delivery_Confirmation_signed.pdf", "poe"),
            ("INV-10874.pdf", "invoice"),
            ("customer_survey.json", "customer_attestation"),
            ("partner_survey.json", "partner_attestation"),
        ],
    )
    return Bundle(
        "4601029_Tidewater_HamptonRoads",
        claim,
        files,
        "approve",
        "Partner Activities, AMMP App/Data Modernization (Small), US partner = Market A ('Market A = $15,000'): "
        "invoice INV-10874 shows claim ID, partner name and $15,000.00 pre-tax. Both surveys signed with name, "
        "company and job title - the customer wrote its company without 'LLC' and its title as 'COO', which "
        "still gives all three elements. Delivery template covering every required activity, e-signed via "
        "Dropbox Sign with audit trail. Consent 2026-06-01, submitted 2026-09-14 = 105 days (< 120).",
        "PA AMMP Small, Market A invoice; Dropbox Sign audit trail; survey company written short.",
        checks=pa_ok(
            customer_acknowledgement="pass", activity_detail="pass", customer_domain=["not_applicable", "pass"]
        ),
    )


ENVISION = {
    "id": "BA-PRESALES-ENVISION-VAR",
    "name": "Pre-Sales Variable Envisioning Workshop",
    "activity_type": "standard",
    "payout_type": "variable",
    "proposed_payout_usd": 3140,
}


def b4601030() -> Bundle:
    cust = Co("Conservas Atlântico do Norte, S.A.", "conservasatlantico.pt", "PT", "Matosinhos")
    cc = P("Inês Carvalho", "ines.carvalho@conservasatlantico.pt", "Diretora de Operações")
    pm = P("Tiago Moura", "tiago.moura@miradouro.pt", "Consultor Sénior Dynamics 365")
    cid, consent, submitted = "4601030", D(2026, 2, 16), T(2026, 4, 28, 17, 0, tz(1, "WEST"))
    report = html_pdf(
        [
            '<p style="color:#0d47a1;font-size:14pt"><b>MIRADOURO</b> SISTEMAS</p>'
            "<h1>Findings &amp; Recommendations Report</h1><h3>Envisioning workshop — Dynamics 365 for "
            "production planning and traceability</h3>"
            + kv(
                [
                    ("Customer", "Conservas Atlântico do Norte, S.A. (CAN)"),
                    ("Partner", "Miradouro Sistemas, Lda."),
                    ("Workshop", "3 sessions: 3, 5 and 10 March 2026, Matosinhos plant"),
                    (
                        "Participants",
                        "Operations director, plant manager, quality lead, 2 planners, finance controller",
                    ),
                    ("Claim", cid),
                ]
            )
            + "<h2>Current situation</h2>"
            + ul(
                [
                    "Production planned in Excel per species (sardine, mackerel, tuna) against catch availability "
                    "from 4 auctions; re-planning by phone 3-4 times a day in season",
                    "Lot traceability from catch to can relies on paper sheets scanned weekly; a customer recall "
                    "drill in 2025 took 2 days",
                    "ERP (Primavera) holds finance and stock only",
                ]
            ),
            "<h2>Findings</h2>"
            + grid(
                ["Area", "Finding", "Impact"],
                [
                    ["Planning", "No link between auction purchases and line capacity", "Overtime ~11% in season"],
                    ["Traceability", "Lot genealogy on paper", "Recall drill 2 days; retailer audits at risk"],
                    ["Quality", "HACCP checks in paper logs", "Late detection of temperature deviations"],
                ],
            )
            + "<h2>Recommendations</h2>"
            + ul(
                [
                    "Dynamics 365 Supply Chain Management (production control, batch tracking) for the Matosinhos "
                    "plant, integrated with Primavera for finance",
                    "Power Apps for HACCP checks on the lines",
                    "Pilot in the 2026 sardine season (June-September); business case: recall traceability &lt; 2 "
                    "hours, overtime -5 pts",
                ]
            )
            + "<h2>Next steps agreed</h2>"
            + ul(["Scoping of pilot by 15 May 2026 (CAN + Miradouro)", "Licensing proposal via CAN's CSP"]),
        ],
        Meta("CAN Envisioning Findings and Recommendations", "Tiago Moura", T(2026, 3, 20, 18, 0, tz(0, "WET"))),
        style=css("#0d47a1", size=9),
        paper="a4",
        decorate=band(bottom="Miradouro Sistemas, Lda. · NIPC 514 088 213"),
    )
    inv = invoice_pdf(
        partner=MIRADOURO,
        pc=pm,
        number="FT 2026/118",
        issued=D(2026, 4, 20),
        bill_to="Microsoft Corporation (MCI Engagements)",
        claim_id=cid,
        engagement=ENVISION["name"],
        amount="USD 3,140.00",
        software="PHC Evolution",
        accent="#0d47a1",
        extra='<p class="small">IVA: não aplicável / VAT not applicable (art. 6.º CIVA).</p>',
    )
    files = {
        "Findings_and_Recommendations_CAN.pdf": report,
        "Fatura FT 2026-118.pdf": inv,
        "survey_customer.json": survey(
            cid,
            "customer",
            T(2026, 4, 14, 9, 30, tz(1, "WEST")),
            [
                ("Did the partner deliver the envisioning workshop with your team?", "Yes, three sessions in March"),
                ("Did you receive a findings and recommendations report?", "Yes"),
                ("How useful were the recommendations (1-5)?", "5"),
            ],
            ("Inês Carvalho", "Conservas Atlântico do Norte, S.A.", "Diretora de Operações"),
        ),
        "survey_partner.json": survey(
            cid,
            "partner",
            T(2026, 4, 15, 11, 0, tz(1, "WEST")),
            [
                (
                    "Summarize the workshop delivered.",
                    "3 envisioning sessions on production planning and "
                    "traceability; findings report delivered 20 March 2026",
                ),
                ("Hours delivered", "10"),
            ],
            ("Tiago Moura", "Miradouro Sistemas, Lda.", "Consultor Sénior Dynamics 365"),
        ),
    }
    claim = pa(
        cid,
        area="Business Applications",
        submitted=submitted,
        partner=MIRADOURO,
        pc=pm,
        customer=cust,
        cc=cc,
        consent=consent,
        engagement=ENVISION,
        docs=[
            ("Findings_and_Recommendations_CAN.pdf", "poe"),
            ("Fatura FT 2026-118.pdf", "invoice"),
            ("survey_customer.json", "customer_attestation"),
            ("survey_partner.json", "partner_attestation"),
        ],
    )
    return Bundle(
        "4601030_Miradouro_ConservasAtlantico",
        claim,
        files,
        "approve",
        "Partner Activities, variable payout: the invoice must equal the proposed payout accepted at claim "
        "creation ('the proposed payout amount shown as your maximum possible earnings') - USD 3,140.00 pre-tax "
        "with claim ID and partner name; VAT line marked not applicable ('VAT is not required'). Findings and "
        "recommendations report with the customer's situation and dated sessions; both surveys with name, "
        "company and title (the customer's title in Portuguese). Consent 2026-02-16, submitted 2026-04-28 = 71 "
        "days, inside the standard timeline's 90 days.",
        "PA variable payout workshop; Portuguese invoice in USD; findings report; job title in Portuguese.",
        checks=pa_ok(activity_detail="pass", customer_domain=["not_applicable", "pass"]),
        container="zip",
    )


BOWVALLEY = Co("Bow Valley Credit Union", "bowvalleycu.ca", "CA", "Canmore, AB")
BV_VP = P("Colleen Marchand", "cmarchand@bowvalleycu.ca", "VP Operations")
MG_PM = P("Arjun Mehta", "arjun.mehta@maplegate.ca", "Senior Identity Consultant")


def bowvalley_generic_mail() -> bytes:
    m1 = Mail(
        MG_PM,
        (BV_VP,),
        T(2026, 6, 29, 14, 0, MDT),
        "Quick note for our Microsoft paperwork",
        "Hi Colleen,\n\nCould you send us a short note confirming Maplegate is your Microsoft partner? "
        "Microsoft asks for it with our partner claims.\n\nThanks,\nArjun",
    )
    m2 = reply(
        BV_VP,
        [MG_PM],
        T(2026, 6, 30, 9, 41, MDT),
        "Hi Arjun,\n\nHappy to confirm that Maplegate is our Microsoft partner and we appreciate all the "
        "team's work this year.\n\nRegards,\nColleen Marchand\nVP Operations, Bow Valley Credit Union",
        [m1],
    )
    return eml(m2)


def b4601031() -> Bundle:
    env = guid("ds", "4601031", upper=True)
    meta = Meta("BVCU Intune Handover", "Arjun Mehta", T(2026, 6, 12, 10, 0, MDT))
    doc = html_pdf(
        '<p style="color:#8b1e1e;font-size:14pt"><b>MAPLEGATE</b> TECHNOLOGIES</p>'
        "<h1>Handover document — Microsoft Intune</h1>"
        + kv(
            [
                ("Client", "Bow Valley Credit Union (BVCU), 7 branches"),
                ("Period", "April 6 – June 12, 2026"),
                ("Devices", "188 Windows 11 (branch and head office), 64 iPhones, 22 teller iPads"),
            ]
        )
        + ul(
            [
                "Teller iPads (22) enrolled through Apple Business Manager in single-app mode for the "
                "queue-management app",
                "Windows: compliance (BitLocker, Defender AV, TPM attestation), configuration profiles replacing "
                "34 GPOs, Windows Update for Business rings aligned to the core-banking vendor's certification",
                "iPhones: automated device enrolment, app protection for Outlook and Teams, no personal devices",
                "Conditional Access integration: non-compliant devices cannot reach the banking portal",
                "Runbook and 2 admin training sessions (BVCU IT, 3 staff)",
            ]
        )
        + grid(
            ["Bow Valley Credit Union", "Maplegate Technologies Corp."],
            [
                [docusign_block("Colleen Marchand", "bv1"), docusign_block("Arjun Mehta", "mg1")],
                ["Colleen Marchand, VP Operations — 6/15/2026", "Arjun Mehta — 6/15/2026"],
            ],
        ),
        meta,
        style=css("#8b1e1e"),
        decorate=docusign_stamp(env),
    )
    cert = html_pdf(
        docusign_certificate(
            env,
            "Please DocuSign: BVCU Intune Handover",
            MG_PM,
            T(2026, 6, 12, 15, 0, MDT),
            [
                Signer(BV_VP, "Bow Valley Credit Union", T(2026, 6, 15, 10, 12, MDT), "24.64.101.8"),
                Signer(MG_PM, "Maplegate Technologies Corp.", T(2026, 6, 15, 11, 0, MDT), "70.73.12.44"),
            ],
            1,
            "(UTC-07:00) Mountain Time (US & Canada)",
        ),
        meta,
        style=css("#333"),
    )
    files = {
        "BVCU_Intune_Handover_signed.pdf": merge([doc, cert], meta),
        "RE Quick note for our Microsoft paperwork.eml": bowvalley_generic_mail(),
    }
    claim = cpor(
        "4601031",
        area="Security",
        submitted=T(2026, 7, 6, 10, 0, MDT),
        partner=MAPLEGATE,
        pc=MG_PM,
        customer=BOWVALLEY,
        cc=BV_VP,
        workloads=["INTUNE"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601031_Maplegate_BowValley_Intune",
        claim,
        files,
        "approve",
        "DocuSign-signed Intune handover with certificate of completion (item 1), device counts per type, "
        "configuration and dates (items 3-4), signed 6/15/2026. The extra e-mail ('happy to confirm that "
        "Maplegate is our Microsoft partner') is the guide's 'Ambiguous customer acknowledgement' kind and adds "
        "nothing, but the handover carries the claim. UNSURE: that same generic e-mail is also this partner's "
        "only acknowledgement on its Teams claim for the same customer (4601047); whether this claim's copy "
        "should be flagged is not in the guide, so reused_evidence may pass or warn.",
        "DocuSign handover + generic 'you are our partner' e-mail that is reused on 4601047 (1 of 2).",
        checks=cpor_ok(customer_domain="pass", reused_evidence=["pass", "warn"]),
    )


def b4601032() -> Bundle:
    cust = Co("Scioto Valley Community College", "sciotovalley.edu", "US", "Chillicothe, OH", segment="public_sector")
    cc = P("Dr. Raymond Oyelaran", "royelaran@sciotovalley.edu", "Chief Information Officer")
    pm = P("Brett Kowalczyk", "bkowalczyk@cedarline.io", "Modern Work Consultant")
    m1 = Mail(
        pm,
        (cc,),
        T(2026, 9, 18, 16, 0, EDT),
        "Teams rollout - closing summary",
        "Dr. Oyelaran,\n\nClosing summary of the Teams work for SVCC:\n"
        "- Teams for 1,140 faculty and staff and 6,800 students (education policies per role)\n"
        "- Class teams auto-created from the SIS for fall term: 1,214 sections\n"
        "- Meeting and chat policies for students (no private meetings, chat supervision for the College "
        "Credit Plus high-school students under 18)\n"
        "- Teams Phone not in scope; Zoom retired for instruction on August 14\n"
        "- 9 faculty workshops, 2 help desk trainings\nTimeline: May 11 - September 11, 2026.\n\n"
        "Please let me know if SVCC accepts the rollout as complete.\n\nBrett",
    )
    m2 = reply(
        cc,
        [pm],
        T(2026, 9, 21, 8, 15, EDT),
        "Brett,\n\nSVCC accepts the Teams rollout as complete. The SIS-driven class teams worked on day one "
        "of fall term for all 1,214 sections, which was the part I was most nervous about. Thank you.\n\n"
        "Raymond Oyelaran, PhD\nChief Information Officer\nScioto Valley Community College",
        [m1],
    )
    files = {"RE Teams rollout - closing summary.msg": msg(m2)}
    claim = cpor(
        "4601032",
        area="Modern Work",
        submitted=T(2026, 10, 5, 10, 30, EDT),
        partner=CEDARLINE,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["TEAMS"],
        docs=[(k, "poe") for k in files],
        opt_out=True,
        comments=[("partner", T(2026, 10, 5, 10, 28, EDT), "Recognition only - incentive opted out.")],
    )
    return Bundle(
        "4601032_Cedarline_SciotoValleyCC",
        claim,
        files,
        "approve",
        "Public-sector (education) US customer, Modern Work usage, but the partner ticked 'I claim for "
        "recognition only, and would like to opt-out of incentive payment'. The written disclosure covers 'the "
        "potential fees, commission or compensation that Partner will receive from Microsoft, if any' and the "
        "section applies to 'usage incentive claims'; with no incentive there is nothing to disclose. POE: the "
        "CIO's acceptance from sciotovalley.edu over a detailed summary (1,214 class teams, user counts, dates). "
        "UNSURE: the guide does not say whether opted-out claims still need the disclosure, so public_sector may "
        "pass, be not applicable or warn (not fail).",
        "US public sector, incentive opted out, no fee disclosure; acceptance .msg.",
        checks=cpor_ok(customer_domain="pass", public_sector=["pass", "not_applicable", "warn"]),
    )


# ==============================================================================================
# action required
# ==============================================================================================
def b4601033() -> Bundle:
    cust = Co("Pikes Peak Outdoor Supply Co.", "pikespeakoutdoor.com", "US", "Colorado Springs, CO")
    cc = P("Dana Whitcomb", "dwhitcomb@pikespeakoutdoor.com", "Operations Director")
    pm = P("Renee Castillo", "rcastillo@copperleafag.com", "Practice Lead, Modern Work")
    report = html_pdf(
        '<p><b style="color:#b35c1e;font-size:15pt">COPPERLEAF</b> <span class="small">Advisory Group</span></p>'
        "<h1>Intune Rollout Report — Pikes Peak Outdoor Supply</h1>"
        + kv(
            [
                ("Stores", "5 stores + warehouse + office"),
                ("Devices", "84 Windows PCs, 46 Zebra Android handhelds, 31 iPhones"),
                ("Period", "July 6 – August 28, 2026"),
            ]
        )
        + ul(
            [
                "Android Enterprise dedicated devices for the 46 handhelds (inventory app kiosk)",
                "Windows compliance and BitLocker; 12 GPOs replaced by settings catalog profiles",
                "iPhones via automated device enrolment; app protection for Outlook",
                "Open: customer sign-off",
            ]
        ),
        Meta("Intune Rollout Report PPOS", "Renee Castillo", T(2026, 8, 31, 9, 0, MDT)),
        style=css("#b35c1e"),
    )
    m1 = Mail(
        pm,
        (cc,),
        T(2026, 9, 1, 10, 5, MDT),
        "Sign-off: Intune rollout",
        "Hi Dana,\n\nAttached is the rollout report. Could you reply to confirm Pikes Peak accepts the Intune "
        "rollout as complete?\n\nThanks!\nRenee",
        attachments=(("Intune_Rollout_Report_PPOS.pdf", report, "application/pdf"),),
    )
    auto = Mail(
        cc,
        (pm,),
        T(2026, 9, 1, 10, 5, MDT),
        "Automatic reply: Sign-off: Intune rollout",
        "Thanks for your message. I'm at the Outdoor Retailer show through September 11 and checking e-mail "
        "only occasionally. For store operations please contact Luis Ortega (lortega@pikespeakoutdoor.com)."
        "\n\nDana Whitcomb | Operations Director | Pikes Peak Outdoor Supply Co.",
        headers=(
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "dwhitcomb@pikespeakoutdoor.com"),
        ),
        in_reply_to=m1.message_id,
    )
    files = {"Intune_Rollout_Report_PPOS.pdf": report, "Automatic reply Sign-off Intune rollout.msg": msg(auto)}
    claim = cpor(
        "4601033",
        area="Security",
        submitted=T(2026, 9, 10, 15, 0, MDT),
        partner=COPPERLEAF,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["INTUNE"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601033_Copperleaf_PikesPeak",
        claim,
        files,
        "action_required",
        "The only 'reply' from the customer is an automatic out-of-office message generated by the customer's "
        "mailbox; it does not accept or approve anything ('E-mail from the partner where the customer does not "
        "accept or approve Partner's claimed or proposed work' and 'Documents without customer acknowledgment' "
        "are not accepted). The report is detailed but says itself 'Open: customer sign-off'. Partner must "
        "provide a real acknowledgement.",
        "Auto-reply .msg from the customer's domain as the only customer message; unsigned report.",
        checks=cpor_ok(
            customer_acknowledgement="fail", customer_domain=["pass", "not_applicable"], acknowledgement_date=None
        ),
    )


def b4601034() -> Bundle:
    cust = Co("Vinhos Quinta da Ribeira, S.A.", "quintadaribeira.pt", "PT", "Peso da Régua")
    cc = P("João Pedro Sampaio", "jp.sampaio@quintadaribeira.pt", "Administrador")
    pm = P("Catarina Lopes", "catarina.lopes@miradouro.pt", "Gestora de Projeto")
    wet = tz(1, "WEST")
    report = html_pdf(
        '<p style="color:#0d47a1;font-size:14pt"><b>MIRADOURO</b> SISTEMAS</p><h1>Relatório de projeto / Project '
        "report — Microsoft Teams</h1>"
        + kv(
            [
                ("Client", "Vinhos Quinta da Ribeira, S.A."),
                ("Users", "96 (office 38, winery 27, shop/tours 31)"),
                ("Period", "2026-04-06 to 2026-05-29"),
            ]
        )
        + ul(
            [
                "Teams for 96 users; teams per area (Adega, Vinha, Enoturismo, Exportação)",
                "Shared devices for the winery floor: 6 Android tablets in shared mode",
                "External access with 4 export distributors; guest policy",
                "Training: 5 sessions in Portuguese",
            ]
        ),
        Meta("Relatorio projeto Teams QdR", "Catarina Lopes", T(2026, 6, 1, 10, 0, wet)),
        style=css("#0d47a1"),
        paper="a4",
    )
    m1 = Mail(
        pm,
        (cc,),
        T(2026, 6, 1, 11, 0, wet),
        "Projeto Teams - relatório final para aprovação",
        "Bom dia Sr. João Pedro,\n\nSegue em anexo o relatório final do projeto Teams (também em inglês). "
        "Agradecemos a sua aprovação por resposta a este e-mail.\n\nCom os melhores cumprimentos,\n"
        "Catarina Lopes",
        attachments=(("Relatorio_Teams_QdR.pdf", report, "application/pdf"),),
    )
    m2 = reply(
        cc,
        [pm],
        T(2026, 6, 1, 18, 40, wet),
        "Recebido, obrigado. Vamos analisar na reunião da administração da próxima semana.\n\nJ. P. Sampaio",
        [m1],
    )
    m3 = reply(
        cc,
        [pm],
        T(2026, 6, 10, 9, 12, wet),
        "Cara Catarina,\n\nThank you for the report, the team is using Teams every day now. Before we "
        "close: can you confirm whether the 6 tablets on the winery floor are covered by our current "
        "licences, or do we need to buy something extra for harvest (vindima) in September?\n\n"
        "Cumprimentos,\nJoão Pedro Sampaio\nAdministrador",
        [m1, m2],
    )
    files = {"RE Projeto Teams - relatorio final para aprovacao.eml": eml(m3), "Relatorio_Teams_QdR.pdf": report}
    claim = cpor(
        "4601034",
        area="Modern Work",
        submitted=T(2026, 6, 22, 10, 0, wet),
        partner=MIRADOURO,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["TEAMS"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601034_Miradouro_QuintaRibeira",
        claim,
        files,
        "action_required",
        "The customer's replies only confirm receipt ('Recebido, obrigado ... Vamos analisar' - received, we will "
        "review it), thank the partner and ask a licensing question 'before we close'. None accepts or approves "
        "the work: 'E-mail from the partner where the customer does not accept or approve Partner's claimed or "
        "proposed work' is not POE, and the Invalid POE example shows that a friendly but non-committal message "
        "is an 'Ambiguous customer acknowledgement'. The report itself is detailed and partly bilingual.",
        ".eml thread: receipt confirmation, thanks and a question, no acceptance; Portuguese/English.",
        checks=cpor_ok(
            customer_acknowledgement="fail",
            customer_domain=["pass", "not_applicable"],
            acknowledgement_date=None,
            document_language=None,
        ),
    )


def b4601035() -> Bundle:
    cust = Co("Transportes Sierra Madre S.A. de C.V.", "tsmadre.com.mx", "MX", "Monterrey, N.L.")
    cc = P("Ing. Jorge Ibarra Cantú", "jorge.ibarra@tsmadre.com.mx", "Gerente de Infraestructura TI")
    pm = P("Ana Sofía Treviño", "anasofia.trevino@caminoreal-tec.mx", "Consultora de Seguridad")
    sig_a, sig_b = signature_png("trevino-docx"), signature_png("lozano-docx")

    def build_doc(document: Any) -> None:
        w_head(document, "Runbook — Microsoft Defender for Identity", 0, (0x0E, 0x6E, 0x55))
        document.add_paragraph("Cliente / Customer: Transportes Sierra Madre S.A. de C.V. (TSM)")
        document.add_paragraph("Partner: Camino Real Tecnología S.A. de C.V.")
        w_head(document, "1. Environment", 1)
        for t in (
            "2 forests (tsmadre.local, talleres.local) with a two-way trust; 7 domain controllers in "
            "Monterrey, Saltillo and Nuevo Laredo",
            "9 Defender for Identity sensors (7 DCs + 2 AD FS), gMSA account tsm\\svc-mdi$",
            "Honeytoken accounts: 2; 57 sensitive accounts tagged",
        ):
            document.add_paragraph(t, style="List Bullet")
        w_head(document, "2. Operating procedures", 1)
        w_table(
            document,
            [
                ["Procedure", "Frequency", "Owner"],
                ["Sensor health review", "Daily", "TSM"],
                ["Alert triage (high/medium)", "On alert", "TSM / Camino Real"],
                ["Lateral movement paths review", "Monthly", "Camino Real"],
            ],
        )
        w_head(document, "3. Sign-off", 1)
        table = w_table(
            document,
            [
                ["", "Nombre / Name", "Firma / Signature", "Fecha / Date"],
                ["Cliente / Customer", "Ing. Jorge Ibarra Cantú", "", ""],
                ["Camino Real", "Ana Sofía Treviño", "", "12/08/2026"],
                ["Camino Real", "Esteban Lozano", "", "12/08/2026"],
            ],
        )
        run = table.cell(1, 2).paragraphs[0].add_run("Jorge Ibarra")
        run.font.name = "Segoe Script"
        run.font.size = Pt(14)
        run.font.color.rgb = RGBColor(0x1A, 0x23, 0x7E)
        table.cell(2, 2).paragraphs[0].add_run().add_picture(io.BytesIO(sig_a), width=Pt(90))
        table.cell(3, 2).paragraphs[0].add_run().add_picture(io.BytesIO(sig_b), width=Pt(90))

    data = docx_file(
        build_doc, title="Runbook MDI TSM", author="Ana Sofía Treviño", created=T(2026, 8, 10, 12, 0, CST_MX)
    )
    path = "Runbook_MDI_TSM_firmado.docx"
    claim = cpor(
        "4601035",
        area="Security",
        submitted=T(2026, 8, 24, 11, 0, CST_MX),
        partner=CAMINO,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR IDENTITY"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4601035_CaminoReal_SierraMadre",
        claim,
        {path: data},
        "action_required",
        "Word runbook whose sign-off table has the partner's two signature pictures pasted in and, for the "
        "customer, only a typed name in a script font with no date. A typed name is not 'A valid, secure, and "
        "verifiable electronic signature'; pasted pictures are 'Copying/pasting physical signatures' and are the "
        "partner's own anyway ('Documents without customer acknowledgment' are not accepted). The customer row "
        "carries no date (item 5: dates). The Defender for Identity detail itself is adequate.",
        ".docx: typed customer name, empty date, partner-only pasted signature pictures.",
        checks=cpor_ok(
            **NO_MAIL, customer_acknowledgement="fail", acknowledgement_date="fail", unacceptable_documents=None
        ),
    )


def b4601036() -> Bundle:
    cust = Co("Scioto Valley Millwork Inc.", "sciotomillwork.com", "US", "Circleville, OH")
    cc = P("Rhonda Kessler", "rkessler@sciotomillwork.com", "President")
    personal = P("Rhonda Kessler", "rhonda.kessler1968@gmail.com")
    pm = P("Brett Kowalczyk", "bkowalczyk@cedarline.io", "Modern Work Consultant")
    m1 = Mail(
        pm,
        (cc,),
        T(2026, 8, 7, 13, 0, EDT),
        "Teams project wrap-up",
        "Hi Rhonda,\n\nWrap-up of the Teams project for Scioto Valley Millwork:\n"
        "- Teams for all 58 office and shop staff; shop-floor team with 4 shared Teams displays at the "
        "saw line and finishing\n- Channels per customer job for the 12 largest builders, with drawings "
        "moved from Dropbox\n- Shift handover posts replacing the whiteboard\n- 3 training sessions (office, "
        "shop leads, drivers)\nJune 15 - August 6, 2026.\n\nCan you confirm you're happy with it?\n\nBrett",
    )
    m2 = reply(
        personal,
        [pm],
        T(2026, 8, 8, 7, 31, EDT),
        "Brett - yes, we are happy with it and consider the Teams project done. The shop leads actually use "
        "the handover posts, which I didn't expect. Thanks for working around our production schedule.\n\n"
        "Rhonda\n\nSent from my iPhone",
        [m1],
    )
    printed = printed_mail_pdf(
        "Brett Kowalczyk",
        [m1, m2],
        Meta(
            "RE: Teams project wrap-up",
            "Brett Kowalczyk",
            T(2026, 8, 20, 9, 0, EDT),
            "Microsoft Outlook",
            "Microsoft: Print To PDF",
        ),
    )
    files = {"RE Teams project wrap-up.pdf": printed}
    claim = cpor(
        "4601036",
        area="Modern Work",
        submitted=T(2026, 8, 20, 9, 30, EDT),
        partner=CEDARLINE,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["TEAMS"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601036_Cedarline_SciotoMillwork",
        claim,
        files,
        "action_required",
        "A clear acceptance in the customer's words, but sent from the president's personal Gmail address, not "
        "from sciotomillwork.com: 'Must ensure that the customer domain is correct regardless of the format' "
        "(item 1). Content, names and dates are fine; the partner needs the acknowledgement from the customer's "
        "domain (or another valid form).",
        "Printed e-mail thread; acceptance from the customer's personal mailbox (gmail.com).",
        checks=cpor_ok(customer_domain="fail", customer_acknowledgement=None),
    )


def b4601037() -> Bundle:
    cust = Co("Emirates Pearl Logistics LLC", "emiratespearl.ae", "AE", "Jebel Ali, Dubai")
    cc = P("Sameer Qureshi", "sameer.qureshi@emiratespearl.ae", "IT Manager")
    fake = P("Sameer Qureshi", "sameer.qureshi@erniratespearl.ae", "IT Manager")
    pm = P("Deepa Krishnan", "deepa.krishnan@falconridge.ae", "Identity Practice Lead")
    m1 = Mail(
        pm,
        (cc,),
        T(2026, 9, 3, 12, 0, GST),
        "Intune deployment - acceptance",
        "Dear Sameer,\n\nThe Intune deployment is complete: 520 Windows laptops enrolled (Autopilot), 140 "
        "rugged Android scanners in the warehouses as dedicated devices, 95 iPhones; compliance and "
        "Conditional Access in place since 31 August 2026. Kindly confirm your acceptance.\n\nBest regards,\n"
        "Deepa Krishnan\nFalconridge Solutions",
    )
    m2 = reply(
        fake,
        [pm],
        T(2026, 9, 4, 9, 20, GST),
        "Dear Deepa,\n\nWe confirm acceptance of the Intune deployment as described. Thank you and your "
        "team for the support during the warehouse go-live.\n\nBest regards,\nSameer Qureshi\nIT Manager | "
        "Emirates Pearl Logistics LLC",
        [m1],
    )
    files = {"RE Intune deployment - acceptance.msg": msg(m2)}
    claim = cpor(
        "4601037",
        area="Security",
        submitted=T(2026, 9, 15, 10, 0, GST),
        partner=FALCONRIDGE,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["INTUNE"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601037_Falconridge_EmiratesPearl",
        claim,
        files,
        "action_required",
        "The acceptance comes from 'erniratespearl.ae' ('rn' in place of 'm'), a look-alike of the customer's "
        "domain emiratespearl.ae. The guide: 'Must ensure that the customer domain is correct regardless of the "
        "format'. The message reads as an acceptance with detail quoted, but it is not from the customer's "
        "domain; the partner must provide an acknowledgement that is.",
        ".msg acceptance from a look-alike domain (rn/m).",
        checks=cpor_ok(customer_domain="fail", customer_acknowledgement=None),
        container="zip",
    )


def b4601038() -> Bundle:
    cust = Co("Cheviot Outdoor Retail Ltd", "cheviotoutdoor.co.uk", "GB", "Hexham")
    cc = P("Alistair Gowland", "alistair.gowland@cheviotoutdoor.co.uk", "Finance Director")
    msp = P("Kirsty Bell", "kirsty.bell@tynebridge-it.co.uk", "Service Delivery Manager")
    pm = P("Callum Robson", "callum.robson@ravensworth.digital", "Project Lead")
    m1 = Mail(
        pm,
        (cc,),
        T(2026, 7, 2, 14, 0, BST),
        "SharePoint migration - completion",
        "Hi Alistair,\n\nThe SharePoint Online migration is complete: 14 stores' shared drives and the head "
        "office file server (860 GB) moved into 9 sites, permissions rebuilt on 11 security groups, old file "
        "server read-only since 26/06/2026. Could you confirm acceptance?\n\nCallum",
    )
    m2 = reply(
        msp,
        [pm],
        T(2026, 7, 3, 16, 12, BST),
        "Hi Callum,\n\nReplying on Alistair's behalf as Cheviot's IT provider - we've checked the sites and "
        "permissions against the matrix and are happy that the migration is complete.\n\nKind regards,\n"
        "Kirsty Bell\nService Delivery Manager, Tynebridge Managed IT\nOn behalf of Cheviot Outdoor Retail",
        [m1],
        cc=[cc],
    )
    files = {"RE SharePoint migration - completion.eml": eml(m2)}
    claim = cpor(
        "4601038",
        area="Modern Work",
        submitted=T(2026, 7, 20, 11, 0, BST),
        partner=RAVENSWORTH,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["SHAREPOINT ONLINE"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601038_Ravensworth_CheviotOutdoor",
        claim,
        files,
        "action_required",
        "The acceptance is written by the customer's IT outsourcer from tynebridge-it.co.uk 'on behalf of' "
        "the customer; the customer's director is only copied and never replies. The guide requires the "
        "acknowledgement to come from the customer ('customer acknowledgment', 'Must ensure that the customer "
        "domain is correct regardless of the format'). The partner must get the customer's own confirmation.",
        ".eml acceptance from the customer's IT outsourcer's domain, customer only in copy.",
        checks=cpor_ok(customer_domain="fail", customer_acknowledgement=None, activity_detail=None),
    )


def b4601039() -> Bundle:
    cust = Co("Konkan Coastal Fisheries Ltd", "konkanfisheries.in", "IN", "Ratnagiri")
    cc = P("Prakash Naik", "prakash.naik@konkanfisheries.in", "Head - IT")
    am = P("Vivek Kulkarni", "vivek.kulkarni@saraswati-infotech.in", "Account Manager")
    desk = P("MCI Claims Desk", "mci.claims@saraswati-infotech.in")
    pm = P("Omkar Deshpande", "omkar.deshpande@saraswati-infotech.in", "Azure Delivery Head")
    orig = Mail(
        cc,
        (am,),
        T(2026, 9, 21, 11, 40, IST),
        "RE: MDE rollout closure",
        "Dear Vivek,\n\nWe confirm that the Defender for Endpoint rollout at Ratnagiri, Vengurla and Alibag "
        "processing units is complete - 265 PCs and 14 servers onboarded, EDR in block mode. Thanks to "
        "the team.\n\nRegards,\nPrakash Naik\nHead - IT, Konkan Coastal Fisheries Ltd",
    )
    fwd = Mail(
        am,
        (desk,),
        T(2026, 9, 22, 9, 5, IST),
        "FW: RE: MDE rollout closure",
        "Team, please use the below customer confirmation for the MDE claim.\n\nVivek\n\n" + outlook_quote(orig),
    )
    shot = screenshot(
        '<table class="plain"><tr><td><b style="color:#0f6cbd">Outlook</b></td><td class="right small">'
        "vivek.kulkarni@saraswati-infotech.in</td></tr></table><hr/>"
        f'<p style="font-size:12pt"><b>{escape(orig.subject)}</b></p>'
        f'<p><b>Prakash Naik</b> &lt;prakash.naik@konkanfisheries.in&gt;<br/><span class="small">To: Vivek '
        "Kulkarni · Mon 21-09-2026 11:40</span></p>" + "<p>" + escape(orig.body).replace("\n", "<br/>") + "</p>",
        width=620,
        height=330,
        dpi=110,
    )
    files = {"MDE_customer_confirmation.png": shot, "FW RE MDE rollout closure.msg": msg(fwd, transport=False)}
    claim = cpor(
        "4601039",
        area="Security",
        submitted=T(2026, 9, 28, 12, 0, IST),
        partner=SARASWATI,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601039_Saraswati_KonkanFisheries",
        claim,
        files,
        "action_required",
        "The customer's confirmation exists only as (a) a PNG screenshot of the e-mail and (b) a copy quoted "
        "inside the partner's internal forward to its own claims desk. The guide lists both as insufficient: "
        "'e-mails forwarded from customers' and 'All flat e-mail signatures will be rejected (i.e. JPEG files or "
        "screenshots of signatures)'. The partner should upload the customer's original message (.msg/.pdf).",
        "PNG screenshot of the customer e-mail + partner-internal FW: .msg (no transport headers).",
        checks=cpor_ok(
            customer_acknowledgement="fail", customer_domain=None, activity_detail=None, acknowledgement_date=None
        ),
    )


def b4601040() -> Bundle:
    cust = Co("Sarasota Bay Boatworks Inc.", "sarasotabayboat.com", "US", "Sarasota, FL")
    cc = P("Gary Lindqvist", "glindqvist@sarasotabayboat.com", "CFO")
    pm = P("Kendra Boyd", "kboyd@bluefindata.com", "Client Delivery Manager")
    meta = Meta("MSA Bluefin - Sarasota Bay Boatworks", "Bluefin Legal", T(2025, 6, 2, 10, 0, EDT))
    msa = html_pdf(
        [
            '<h1>MASTER SERVICES AGREEMENT</h1><p>This Master Services Agreement ("Agreement") is entered into '
            'between Bluefin Data Partners Inc., a Florida corporation ("Bluefin"), and Sarasota Bay Boatworks '
            'Inc. ("Client").</p><h2>1. Services</h2><p>Bluefin will provide information technology services '
            "described in one or more statements of work or service orders executed under this Agreement, which "
            "may include Microsoft 365 deployment and support, managed services, cloud advisory and related "
            "services.</p><h2>2. Term</h2><p>This Agreement begins on the Effective Date and continues for three "
            "(3) years, renewing automatically for one-year terms.</p><h2>3. Fees</h2><p>Fees are set out in each "
            "statement of work. Invoices are payable net 30.</p><h2>4. Confidentiality</h2><p>Each party will "
            "protect the other's confidential information with reasonable care.</p>",
            "<h2>5. Limitation of liability</h2><p>Neither party is liable for indirect or consequential damages. "
            "Bluefin's aggregate liability is limited to the fees paid in the twelve months preceding the claim."
            "</p><h2>6. Governing law</h2><p>Florida.</p><h2>Signatures</h2>"
            + grid(
                ["Bluefin Data Partners Inc.", "Sarasota Bay Boatworks Inc."],
                [
                    ["By: ______________________", "By: ______________________"],
                    ["Name: Kendra Boyd", "Name: Gary Lindqvist"],
                    ["Title: Client Delivery Manager", "Title: CFO"],
                    ["Date: 06/07/2025", "Date: 06/07/2025"],
                ],
            ),
        ],
        meta,
        style=css(font="serif", size=10),
        decorate=band(bottom="MSA v2025.1"),
    )
    scan = scan_pdf(
        msa,
        Meta("MSA signed", "", T(2025, 6, 9, 14, 0, EDT), "Brother MFC-L8900CDW", "Brother MFC-L8900CDW"),
        inks=[
            Ink(1, "By: ______________________", 22, -6, 95, 18, seed="boyd", occurrence=0),
            Ink(1, "By: ______________________", 22, -6, 95, 18, seed="lindqvist", occurrence=1),
        ],
        dpi=150,
        skews=[0.3, -0.5],
        seed="sbb",
    )
    files = {"Sarasota_Bay_MSA_executed.pdf": scan}
    claim = cpor(
        "4601040",
        area="Modern Work",
        submitted=T(2026, 6, 22, 14, 0, EDT),
        partner=BLUEFIN,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT 365 APPS"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601040_Bluefin_SarasotaBay",
        claim,
        files,
        "action_required",
        "The only evidence is a master services agreement signed 'Date: 06/07/2025' by a US customer - June 7, "
        "2025, more than 12 months before submission 2026-06-22 (item 5; read day-first it would be 6 July 2025 "
        "and look recent: a trap that must be caught). 'Master services agreements that do not contain recent "
        "documentation proving the engagement with the customer' are not accepted, and the MSA names no "
        "Microsoft 365 Apps activity ('Proof of execution that does not contain specifications or mention of "
        "the activities ...'). The partner needs a recent POE describing the work.",
        "Signed MSA only; US month-first date older than 12 months (day-first reading would hide it).",
        checks=cpor_ok(
            **NO_MAIL,
            acknowledgement_date="fail",
            unacceptable_documents="fail",
            activity_detail="fail",
            workload_match=None,
            customer_acknowledgement=None,
        ),
    )


def b4601041() -> Bundle:
    cust = Co("Muskingum Falls City Schools", "mfcs.k12.oh.us", "US", "Zanesville, OH", segment="public_sector")
    cc = P("Tamara Hollins", "thollins@mfcs.k12.oh.us", "Director of Technology")
    pm = P("Nadia Petrosyan", "npetrosyan@cedarline.io", "Security Delivery Manager")
    env = guid("ds", "4601041", upper=True)
    meta = Meta("MFCS Endpoint Security Completion", "Nadia Petrosyan", T(2026, 8, 14, 10, 0, EDT))
    doc = html_pdf(
        '<p><b style="color:#2e7d32;font-size:14pt">cedarline</b></p><h1>Completion acceptance — Endpoint '
        "security</h1>"
        + kv(
            [
                ("District", "Muskingum Falls City Schools (MFCS), 7 buildings"),
                ("Period", "June 8 – August 7, 2026 (summer break)"),
            ]
        )
        + ul(
            [
                "Intune: 2,900 student Chromebook-replacement Windows SE laptops and 410 staff laptops enrolled "
                "through Autopilot; classroom and testing profiles (state testing lockdown browser)",
                "Defender for Endpoint: 3,310 devices + 12 servers onboarded; EDR block mode; web content "
                "filtering categories aligned to CIPA",
                "Help desk training for 5 technicians",
            ]
        )
        + grid(
            ["MFCS", "Cedarline"],
            [
                [docusign_block("Tamara Hollins", "mf1"), docusign_block("Nadia Petrosyan", "cd1")],
                ["Tamara Hollins, Director of Technology — 8/14/2026", "Nadia Petrosyan — 8/14/2026"],
            ],
        ),
        meta,
        style=css("#2e7d32"),
        decorate=docusign_stamp(env),
    )
    cert = html_pdf(
        docusign_certificate(
            env,
            "Please DocuSign: MFCS Endpoint Security Completion",
            pm,
            T(2026, 8, 14, 9, 0, EDT),
            [
                Signer(cc, "Muskingum Falls City Schools", T(2026, 8, 14, 13, 2, EDT), "199.218.34.7"),
                Signer(pm, "Cedarline Managed Services LLC", T(2026, 8, 14, 13, 30, EDT), "66.61.17.90"),
            ],
            1,
            "(UTC-05:00) Eastern Time (US & Canada)",
        ),
        meta,
        style=css("#333"),
    )
    files = {"MFCS_Completion_signed.pdf": merge([doc, cert], meta)}
    claim = cpor(
        "4601041",
        area="Security",
        submitted=T(2026, 8, 31, 10, 0, EDT),
        partner=CEDARLINE,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601041_Cedarline_MuskingumSchools",
        claim,
        files,
        "action_required",
        "A public school district (education = public sector) in the United States on a Security usage claim "
        "with incentives. The POE itself is good (DocuSign with certificate, detailed, dated), but there is no "
        "written disclosure of the partner's Microsoft fees acknowledged by the district: 'Where the customer "
        "is a public sector entity, such disclosure will be in writing, and acknowledged by the customer in "
        "writing'. The partner must add it.",
        "US public sector WITHOUT fee disclosure; otherwise valid DocuSign POE.",
        checks=cpor_ok(**NO_MAIL, public_sector="fail"),
        container="zip",
    )


def b4601042() -> Bundle:
    cust = Co("Hospital Regional del Yunque", "hry.pr.gov", "PR", "Río Grande", segment="public_sector")
    cc = P("Lcdo. Ernesto Maldonado", "emaldonado@hry.pr.gov", "Director de Informática")
    pm = P("Gabriel Ortiz Colón", "gortiz@borinquentech.com", "Gerente de Proyectos")
    cid, consent, submitted = "4601042", D(2026, 5, 4), T(2026, 8, 24, 14, 0, AST)
    tmpl = html_pdf(
        "<h1>AMMP App &amp; Data Modernization (Small) — Delivery confirmation</h1>"
        + kv(
            [
                ("Customer", "Hospital Regional del Yunque (HRY)"),
                ("Partner", "Borinquen Tech Group LLC"),
                ("Claim", cid),
                ("Production", "July 27, 2026"),
                ("Planned Azure consumption", "$39,000 / year"),
            ]
        )
        + grid(
            ["Activity", "Delivered"],
            [
                [
                    "Compatibility assessment",
                    "Patient scheduling portal (PHP 7.4 / MySQL) and the lab results "
                    "interface engine reviewed; HIPAA data flows mapped",
                ],
                [
                    "Landing zone",
                    "Landing zone with policy for HIPAA/HITRUST initiative, private networking to the "
                    "hospital via ExpressRoute partner",
                ],
                [
                    "Modernization",
                    "Portal to Azure App Service (Linux), MySQL to Azure Database for MySQL flexible "
                    "server, interface engine messages through Azure Service Bus",
                ],
                ["Security", "Defender for Cloud, Key Vault, WAF"],
            ],
        )
        + kv(
            [
                ("Customer signature", '<span class="esig">E. Maldonado</span>'),
                ("Name", "Lcdo. Ernesto Maldonado, Director de Informática"),
                ("Date", "08/03/2026"),
            ]
        ),
        Meta("HRY AMMP delivery confirmation", "Gabriel Ortiz Colón", T(2026, 8, 3, 10, 0, AST)),
        style=css("#00477f"),
    )
    inv = invoice_pdf(
        partner=BORINQUEN,
        pc=pm,
        number="BTG-2026-0311",
        issued=D(2026, 8, 20),
        bill_to="Microsoft Corporation — MCI Engagements",
        claim_id=cid,
        engagement=AMMP_S["name"],
        amount="$12,000.00",
        accent="#00477f",
    )
    files = {
        "HRY_AMMP_delivery_confirmation.pdf": tmpl,
        "BTG-2026-0311.pdf": inv,
        "customer_attestation.json": survey(
            cid,
            "customer",
            T(2026, 8, 10, 9, 0, AST),
            [
                (AMMP_CUST_Q[0], "Sí / Yes"),
                (AMMP_CUST_Q[1], "Yes"),
                (AMMP_CUST_Q[2], "Scheduling portal, lab interface"),
                (AMMP_CUST_Q[3], "Yes, July 27"),
                (AMMP_CUST_Q[4], "5"),
            ],
            ("Ernesto Maldonado", "Hospital Regional del Yunque", "Director de Informática"),
        ),
        "partner_attestation.json": survey(
            cid,
            "partner",
            T(2026, 8, 11, 9, 0, AST),
            [
                (
                    AMMP_PART_Q[0],
                    "Assessment, landing zone, App Service/MySQL/Service Bus modernization, Defender for Cloud",
                ),
                (AMMP_PART_Q[1], "2026-07-27"),
                (AMMP_PART_Q[2], "39000"),
                (AMMP_PART_Q[3], "Modernization of Web Applications to Microsoft Azure"),
            ],
            ("Gabriel Ortiz Colón", "Borinquen Tech Group LLC", "Gerente de Proyectos"),
        ),
    }
    claim = pa(
        cid,
        area="Azure",
        submitted=submitted,
        partner=BORINQUEN,
        pc=pm,
        customer=cust,
        cc=cc,
        consent=consent,
        engagement=AMMP_S,
        docs=[
            ("HRY_AMMP_delivery_confirmation.pdf", "poe"),
            ("BTG-2026-0311.pdf", "invoice"),
            ("customer_attestation.json", "customer_attestation"),
            ("partner_attestation.json", "partner_attestation"),
        ],
    )
    return Bundle(
        "4601042_Borinquen_HospitalYunque",
        claim,
        files,
        "action_required",
        "Partner Activities for a public hospital in Puerto Rico (healthcare = public sector). Everything else is "
        "in order - invoice $12,000.00 is the Market B rate and Puerto Rico is a Market B country; surveys "
        "complete; 112 days after consent (< 120) - but the claim has no Public Sector Disclosure: 'If your claim "
        "is for a Public Sector Customer located in India, United States, or Puerto Rico, you must include proof "
        "of Public Sector Disclosure (PSD) in your claim documents.' Missing component -> action required.",
        "PA AMMP Small, PR public hospital WITHOUT PSD; Market B invoice correct.",
        checks=pa_ok(required_documents="fail", public_sector="fail"),
    )


def b4601043() -> Bundle:
    cust = Co("Metalúrgica Vale do Paraíba Ltda.", "mvparaiba.com.br", "BR", "São José dos Campos, SP")
    cc = P("Marcelo Antunes", "marcelo.antunes@mvparaiba.com.br", "Coordenador de TI")
    pm = P("Rafael Moreira", "rafael.moreira@ipetec.com.br", "Gerente de Contas")
    env = guid("ds", "4601043", upper=True)
    meta = Meta("Declaracao de servicos MDCA - MVP", "Rafael Moreira", T(2026, 7, 6, 10, 0, BRT))
    doc = html_pdf(
        '<p style="color:#2e7d32;font-size:14pt"><b>IPÊ</b> TECNOLOGIA</p>'
        "<h1>Service statement — Microsoft Defender for Cloud Apps</h1>"
        + kv([("Customer", "Metalúrgica Vale do Paraíba Ltda."), ("Partner", "Ipê Tecnologia Ltda.")])
        + "<h2>Services provided</h2><p>Assistance for deployment setup and guidance. Advisory and remediation "
        "activities, support tickets, adoption training and providing adoption materials.</p>"
        + ul(["Assessment", "Deployment", "Testing", "Ongoing support", "Knowledge transfer"])
        + "<h2>About Microsoft Defender for Cloud Apps</h2><p>Microsoft Defender for Cloud Apps is a Cloud Access "
        "Security Broker that supports various deployment modes including log collection, API connectors, and "
        "reverse proxy. It provides rich visibility, control over data travel, and sophisticated analytics to "
        "identify and combat cyberthreats across all your Microsoft and third-party cloud services.</p>"
        + grid(
            ["Customer", "Partner"],
            [
                [docusign_block("Marcelo Antunes", "mv1"), docusign_block("Rafael Moreira", "ip1")],
                ["Marcelo Antunes — 7/7/2026", "Rafael Moreira — 7/7/2026"],
            ],
        ),
        meta,
        style=css("#2e7d32"),
        paper="a4",
        decorate=docusign_stamp(env),
    )
    cert = html_pdf(
        docusign_certificate(
            env,
            "Please DocuSign: Service statement MDCA",
            pm,
            T(2026, 7, 6, 15, 0, BRT),
            [
                Signer(cc, "Metalúrgica Vale do Paraíba Ltda.", T(2026, 7, 7, 9, 40, BRT), "177.92.40.18"),
                Signer(pm, "Ipê Tecnologia Ltda.", T(2026, 7, 7, 10, 5, BRT), "189.6.22.101"),
            ],
            1,
            "(UTC-03:00) Brasilia",
        ),
        meta,
        style=css("#333"),
        paper="a4",
    )
    files = {"Service_statement_MDCA_signed.pdf": merge([doc, cert], meta)}
    claim = cpor(
        "4601043",
        area="Security",
        submitted=T(2026, 7, 20, 16, 0, BRT),
        partner=IPE,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR CLOUD APPS"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601043_Ipe_ValeParaiba",
        claim,
        files,
        "action_required",
        "Properly e-signed in DocuSign with a certificate, but the activity description is the guide's own "
        "'Insufficient material': 'list of high-level tasks (e.g., \"testing, ongoing support\")' and 'General "
        "product benefits taken from technical or promotional materials' - no users, no apps, no policies, no "
        "timeline (item 3). The guide's Invalid POE example uses the same 'Assistance for license assignment, "
        "deployment setup and guidance' wording as 'Generic, high-level description of activity'.",
        "Valid DocuSign signature on a generic task list + copied product description.",
        checks=cpor_ok(**NO_MAIL, activity_detail="fail"),
    )


def b4601044() -> Bundle:
    cust, cc, pm = DDGC, DDGC_ICT, WB_PM
    original = ddgc_runbook()[1]
    quote = html_pdf(
        "<h1>Quote WB-Q-2026-077</h1><p>Darling Downs Grain Co-operative — Teams Rooms refresh</p>"
        + grid(
            ["Item", "Qty", "Unit AUD", "Total AUD"],
            [
                ['Teams Rooms on Android bar, 55" display kit', "4", "4,980.00", "19,920.00"],
                ["Teams Rooms Pro licence (annual)", "4", "720.00", "2,880.00"],
                ["Installation and configuration (days)", "3", "1,450.00", "4,350.00"],
            ],
        )
        + '<p class="right">GST excluded · valid 30 days</p>',
        Meta("Quote WB-Q-2026-077", "Liam Nguyen", T(2026, 7, 2, 9, 0, AEST)),
        style=css("#7a4b00"),
        paper="a4",
    )
    files = {"DDGC_signoff.png": original, "Quote_WB-Q-2026-077.pdf": quote}
    claim = cpor(
        "4601044",
        status="under_review",
        area="Modern Work",
        submitted=T(2026, 8, 12, 11, 0, AEST),
        partner=WATTLEBIRD,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["TEAMS ROOMS", "VIVA ENGAGE"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601044_Wattlebird_DarlingDowns_Rooms",
        claim,
        files,
        "action_required",
        "The signed page is the same photo (identical file, here renamed .png though it is a JPEG) already "
        "used on claim 4601005; it signs off the Exchange Online cutover and Microsoft 365 Apps, nothing about "
        "Teams Rooms or Viva Engage. Item 4: 'Connection between workloads mentioned in the POE and what is "
        "being claimed' fails for both workloads; the other file is a quote ('Pricing quotes' are not POE). "
        "Reused signed page, no activity for the claimed workloads.",
        "Same signed page (photo) reused from 4601005 for other workloads; extension lies; a quote.",
        checks=cpor_ok(
            **NO_MAIL,
            workload_match="fail",
            activity_detail="fail",
            reused_evidence=["fail", "warn"],
            customer_acknowledgement=None,
            acknowledgement_date=None,
            unacceptable_documents="pass",
        ),
    )


def b4601045() -> Bundle:
    cust = Co("Schwäbische Landmaschinen Vertrieb GmbH", "slv-gmbh.de", "DE", "Ulm")
    cc = P("Jürgen Häberle", "j.haeberle@slv-gmbh.de", "IT-Leiter")
    pm = P("Sabine Vogt", "sabine.vogt@haldenberg-it.de", "Senior Consultant Identity & Security")
    meta = Meta("Abnahmeprotokoll Entra ID P2 SLV", "Sabine Vogt", T(2026, 5, 18, 9, 0, CEST))
    html = (
        '<table class="plain"><tr><td><b style="color:#00695c;font-size:13pt">HALDENBERG IT</b></td>'
        '<td class="right small">Abnahmeprotokoll AP-2026-044</td></tr></table><hr/>'
        "<h1>Abnahmeprotokoll</h1><h3>Einführung Microsoft Entra ID P2 — Schwäbische Landmaschinen Vertrieb GmbH</h3>"
        + kv(
            [
                ("Auftraggeber", "Schwäbische Landmaschinen Vertrieb GmbH, Ulm"),
                ("Auftragnehmer", "Haldenberg IT GmbH, Stuttgart"),
                ("Leistungszeitraum", "09.03.2026 – 15.05.2026"),
            ]
        )
        + "<h2>Erbrachte Leistungen</h2>"
        + ul(
            [
                "Privileged Identity Management für 21 administrative Rollenzuweisungen (zeitlich begrenzt, mit "
                "Genehmigung für globale Administratoren)",
                "Identity Protection: Benutzerrisiko- und Anmelderisiko-Richtlinien für 640 Benutzer",
                "Zugriffsüberprüfungen vierteljährlich für 85 Gastkonten der Händlerpartner",
                "Schulung der IT-Abteilung (4 Administratoren), Betriebshandbuch übergeben",
            ]
        )
        + "<h2>Abnahmeerklärung</h2><p>Der Auftraggeber bestätigt, dass die oben genannten Leistungen vollständig "
        "erbracht wurden, und erklärt hiermit die Abnahme. Mängel: keine.</p>"
        + kv([("Name", "Jürgen Häberle"), ("Funktion", "IT-Leiter"), ("Ort, Datum", ""), ("Unterschrift", "")])
    )
    text = html_pdf(html, meta, style=css("#00695c"), paper="a4")
    scan = scan_pdf(
        text,
        Meta("Abnahmeprotokoll_unterschrieben", "", T(2026, 5, 21, 10, 0, CEST), "RICOH IM C3000", "RICOH IM C3000"),
        inks=[
            Ink(0, "Ort, Datum", 170, 1, 110, 19, text="Ulm, 20.05.2026", seed="jh"),
            Ink(0, "Unterschrift", 170, -5, 140, 30, seed="haeberle"),
        ],
        dpi=150,
        skews=[0.6],
        seed="slv",
    )
    files = {"Abnahmeprotokoll_AP-2026-044_unterschrieben.pdf": scan}
    claim = cpor(
        "4601045",
        area="Security",
        submitted=T(2026, 6, 8, 9, 0, CEST),
        partner=HALDENBERG,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["AZURE ACTIVE DIRECTORY PREMIUM 2"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601045_Haldenberg_SchwaebischeLandmaschinen",
        claim,
        files,
        "action_required",
        "A genuine, detailed, wet-ink signed acceptance record - but entirely in German. The guide's Action "
        "Required example: 'the ... POE review process does not support documentation review in languages other "
        "than English. We are unable to review your claim, because the following documentation contains "
        "information that is not presented in English' -> 'Upload English language version of documentation'.",
        "German-only Abnahmeprotokoll, wet-ink, scanned.",
        checks=cpor_ok(
            **NO_MAIL,
            document_language="fail",
            activity_detail=None,
            workload_match=None,
            customer_acknowledgement=None,
            partner_customer_names=None,
            acknowledgement_date=None,
            unacceptable_documents=None,
        ),
    )


def b4601046() -> Bundle:
    cust = Co("Oleificio Colli Euganei S.p.A.", "oleificiocollieuganei.it", "IT", "Este (PD)")
    cc = P("Giulia Bertin", "giulia.bertin@oleificiocollieuganei.it", "Responsabile Sistemi Informativi")
    pm = P("Matteo Zanon", "matteo.zanon@brentadigitale.it", "Cloud Architect")
    cid, consent, submitted = "4601046", D(2026, 3, 2), T(2026, 6, 15, 11, 0, CEST)
    tmpl = html_pdf(
        "<h1>AMMP Partner-led App &amp; Data Modernization (Small) — Delivery confirmation</h1>"
        + kv(
            [
                ("Customer", "Oleificio Colli Euganei S.p.A."),
                ("Partner", "Brenta Digitale S.r.l."),
                ("Claim", cid),
                ("Production", "29/05/2026"),
                ("Planned Azure consumption", "USD 33,000 / year"),
            ]
        )
        + grid(
            ["Activity", "Delivered", "Completed"],
            [
                [
                    "Compatibility assessment",
                    "Olive-intake weighing app (.NET 6) and the traceability DB (SQL Server 2017, 95 GB) assessed",
                    "27/03/2026",
                ],
                [
                    "Landing zone",
                    "Single-subscription landing zone, West Europe / Italy North, Entra ID RBAC",
                    "17/04/2026",
                ],
                [
                    "Modernization",
                    "Weighing app to Azure Container Apps, traceability DB to Azure SQL Database, "
                    "lot labels API on Azure Functions",
                    "29/05/2026",
                ],
            ],
        )
        + kv([("Customer", '<span class="esig">Giulia Bertin</span> — Responsabile Sistemi Informativi — 03/06/2026')]),
        Meta("OCE AMMP delivery", "Matteo Zanon", T(2026, 6, 3, 10, 0, CEST)),
        style=css("#33691e"),
        paper="a4",
    )
    inv = invoice_pdf(
        partner=BRENTA,
        pc=pm,
        number="FPR 57/26",
        issued=D(2026, 6, 10),
        bill_to="Microsoft Corporation — MCI Engagements",
        claim_id=cid,
        engagement=AMMP_S["name"],
        amount="USD 15,000.00",
        software="Fatture in Cloud",
        accent="#33691e",
        extra='<p class="small">Operazione non soggetta a IVA (art. 7-ter DPR 633/72).</p>',
    )
    files = {
        "Delivery_confirmation_OCE.pdf": tmpl,
        "Fattura_FPR_57-26.pdf": inv,
        "customer_survey.json": survey(
            cid,
            "customer",
            T(2026, 6, 5, 9, 0, CEST),
            [
                (AMMP_CUST_Q[0], "Yes"),
                (AMMP_CUST_Q[1], "Yes"),
                (AMMP_CUST_Q[2], "Weighing app, traceability DB"),
                (AMMP_CUST_Q[3], "Yes, 29/05/2026"),
                (AMMP_CUST_Q[4], "4"),
            ],
            ("Giulia Bertin", "Oleificio Colli Euganei S.p.A.", "Responsabile Sistemi Informativi"),
        ),
        "partner_survey.json": survey(
            cid,
            "partner",
            T(2026, 6, 5, 18, 0, CEST),
            [
                (AMMP_PART_Q[0], "Assessment, landing zone, Container Apps / Azure SQL / Functions"),
                (AMMP_PART_Q[1], "2026-05-29"),
                (AMMP_PART_Q[2], "33000"),
                (AMMP_PART_Q[3], "Modernization of Web Applications to Microsoft Azure"),
            ],
            ("Matteo Zanon", "Brenta Digitale S.r.l.", "Cloud Architect"),
        ),
    }
    claim = pa(
        cid,
        area="Azure",
        submitted=submitted,
        partner=BRENTA,
        pc=pm,
        customer=cust,
        cc=cc,
        consent=consent,
        engagement=AMMP_S,
        docs=[
            ("Delivery_confirmation_OCE.pdf", "poe"),
            ("Fattura_FPR_57-26.pdf", "invoice"),
            ("customer_survey.json", "customer_attestation"),
            ("partner_survey.json", "partner_attestation"),
        ],
    )
    return Bundle(
        "4601046_Brenta_OleificioColliEuganei",
        claim,
        files,
        "action_required",
        "The invoice bills USD 15,000.00, the Market A rate, but the partner is in Italy, which the guide puts "
        "in Market B ('Market B countries are UAE, ..., Italy, ...'; 'Market B = $12,000'). 'Invoice amount must "
        "match payout amount for Partner Market + engagement combination'. Everything else is complete; 105 days "
        "after consent. A corrected invoice is needed.",
        "PA AMMP Small, Italian partner invoicing the Market A rate instead of Market B.",
        checks=pa_ok(invoice="fail"),
    )


def b4601047() -> Bundle:
    summary = html_pdf(
        '<p style="color:#8b1e1e;font-size:14pt"><b>MAPLEGATE</b> TECHNOLOGIES</p><h1>Teams services summary — '
        "Bow Valley Credit Union</h1>"
        + ul(
            [
                "Teams for 146 staff across 7 branches",
                "Member-service call queue piloted at Canmore branch",
                "Teams meeting rooms guidance for board meetings",
            ]
        )
        + '<p class="small">Prepared by Maplegate, July 2026</p>',
        Meta("BVCU Teams summary", "Arjun Mehta", T(2026, 7, 14, 10, 0, MDT)),
        style=css("#8b1e1e"),
    )
    files = {
        "RE Quick note for our Microsoft paperwork.eml": bowvalley_generic_mail(),
        "BVCU_Teams_summary.pdf": summary,
    }
    claim = cpor(
        "4601047",
        area="Modern Work",
        submitted=T(2026, 7, 15, 9, 0, MDT),
        partner=MAPLEGATE,
        pc=MG_PM,
        customer=BOWVALLEY,
        cc=BV_VP,
        workloads=["TEAMS"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601047_Maplegate_BowValley_Teams",
        claim,
        files,
        "action_required",
        "The only customer message is 'Happy to confirm that Maplegate is our Microsoft partner and we "
        "appreciate all the team's work this year' - the guide's Invalid POE example ('We agree that Fabrikam "
        "will be our partner on M365 solutions') is exactly this: 'Ambiguous customer acknowledgement', 'Unclear "
        "activity', 'Lacking dates'. The partner's own summary is unsigned and high-level. The same e-mail file "
        "is also on 4601031 (same partner and customer, Intune).",
        "Generic 'you are our partner' e-mail reused from 4601031 as the only acknowledgement (2 of 2).",
        checks=cpor_ok(
            customer_acknowledgement="fail",
            activity_detail=["fail", "warn"],
            reused_evidence=["fail", "warn"],
            customer_domain="pass",
            acknowledgement_date=None,
        ),
        container="zip",
    )


def b4601048() -> Bundle:
    cust = Co("Lothian Glassworks Ltd", "lothianglass.co.uk", "GB", "Livingston")
    cc = P("Euan McKechnie", "euan.mckechnie@lothianglass.co.uk", "IT Manager")
    pm = P("Fiona Baird", "fiona.baird@greyfriarscloud.co.uk", "Director")
    meta = Meta("Lothian Glassworks - Endpoint Project Report", "Fiona Baird", T(2026, 6, 2, 10, 0, BST))
    body = (
        '<p><b style="font-size:14pt">Greyfriars Cloud</b> <span class="small">· Edinburgh</span></p>'
        "<h1>Endpoint Project Report</h1>"
        + kv([("Customer", "Lothian Glassworks Ltd (LGW)"), ("Supplier", "Greyfriars Cloud Ltd")])
        + "".join(endpoint_narrative("LGW", "Greyfriars"))
    )
    accept = (
        "<h2>6. Customer acceptance</h2><p>Lothian Glassworks Ltd accepts the work described in sections 2 and 3."
        "</p>" + kv([("Name", "Euan McKechnie"), ("Role", "IT Manager"), ("Signature", ""), ("Date", "")])
    )
    text = html_pdf([body, accept], meta, style=css(font="serif", size=9.5), paper="a4")
    last = pymupdf.open("pdf", text).page_count - 1
    scan = scan_pdf(
        text,
        Meta("LGW report signed", "", T(2026, 6, 4, 9, 0, BST), "Canon iR-ADV C3725", "Canon iR-ADV C3725"),
        inks=[
            Ink(last, "Signature", 170, -5, 140, 30, seed="mckechnie"),
            Ink(last, "Date", 170, 1, 90, 19, text="03/06/2026", seed="em"),
        ],
        dpi=150,
        seed="lgw",
    )
    files = {"LGW_Endpoint_Project_Report_signed.pdf": scan}
    claim = cpor(
        "4601048",
        area="Security",
        submitted=T(2026, 6, 16, 10, 0, BST),
        partner=GREYFRIARS,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601048_Greyfriars_LothianGlass",
        claim,
        files,
        "action_required",
        "Signed in ink by the customer, but sections 1-5 are the narrative of another partner's report on "
        "claim 4601001 with the names swapped: same 412 users, 388 laptops, 140 iPhones, 61 point-of-sale "
        "kiosks, 'store 5', the same phase dates - implausible for a glassworks. 'generic POE templates "
        "submitted on other partner claims' are insufficient material (item 3), so the activity description "
        "cannot be relied on; the partner must describe its own work.",
        "Narrative copied from another partner's claim (4601001) with names swapped; wet-ink scan.",
        checks=cpor_ok(
            **NO_MAIL,
            activity_detail="fail",
            reused_evidence="fail",
            customer_acknowledgement=None,
            workload_match=None,
        ),
    )


def b4601049() -> Bundle:
    cust = Co("Qassim Modern Dairy Co.", "qassimdairy.com.sa", "SA", "Buraydah")
    cc = P("Abdulrahman Al-Harbi", "a.alharbi@qassimdairy.com.sa", "Sales Director")
    pm = P("Omar Haddad", "omar.haddad@najddigital.sa", "Project Manager")
    sub = guid("sub", "4601049", upper=True)
    minutes = html_pdf(
        '<p style="color:#00695c;font-size:14pt"><b>NAJD DIGITAL</b> SOLUTIONS</p>'
        "<h1>Workshop minutes — Dynamics 365 Sales</h1>"
        + kv(
            [
                ("Customer", "Qassim Modern Dairy Co. (QMD)"),
                ("Date", "18 March 2026"),
                ("Attendees", "A. Al-Harbi (Sales Director), 3 regional sales managers; O. Haddad, L. Saleh (Najd)"),
            ]
        )
        + ul(
            [
                "Reviewed the Dynamics 365 Sales environment QMD purchased in February for 45 sales users",
                "Configured opportunity stages for hypermarket listings and HORECA contracts",
                "Agreed data migration of 2,300 accounts from the legacy CRM by 30 April",
            ]
        )
        + kv([("QMD acknowledgement", '<span class="esig">A. Al-Harbi</span> — 18/03/2026')]),
        Meta("QMD workshop minutes", "Omar Haddad", T(2026, 3, 18, 16, 0, AST_SA)),
        style=css("#00695c"),
        paper="a4",
    )
    m1 = Mail(
        pm,
        (cc,),
        T(2026, 4, 6, 10, 0, AST_SA),
        "Dynamics 365 Sales - onboarding progress",
        "Dear Abdulrahman,\n\nAccounts migrated (2,300), 45 users trained. Please confirm.\n\nOmar",
    )
    m2 = reply(
        cc,
        [pm],
        T(2026, 4, 7, 8, 40, AST_SA),
        "Dear Omar,\n\nConfirmed - the migration and the training for our 45 sales users are done and the "
        "team is using Dynamics 365 Sales daily since 1 April.\n\nRegards,\nAbdulrahman Al-Harbi\nSales "
        "Director, Qassim Modern Dairy",
        [m1],
    )
    files = {"QMD_workshop_minutes_18Mar2026.pdf": minutes, "RE Dynamics 365 Sales - onboarding progress.msg": msg(m2)}
    claim = cpor(
        "4601049",
        kind="pre_sales",
        area="Business Applications",
        submitted=T(2026, 4, 26, 11, 0, AST_SA),
        partner=NAJD,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=[("DYNAMICS 365 SALES ENTERPRISE EDITION", sub)],
        transaction=D(2026, 2, 15),
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601049_Najd_QassimDairy",
        claim,
        files,
        "action_required",
        "Pre-sales claim, transaction 2026-02-15. All proof is dated after it (workshop minutes 18 March, "
        "customer e-mail 7 April) and even says the customer 'purchased in February'; there is no upsell or new "
        "partner of record driving an upsell. The guide: 'Pre-Sales only: Please submit proof of engagement with "
        "the customer prior to the transaction.' The partner must add pre-transaction proof (e-mails, demos, "
        "pilots acknowledged by the customer).",
        "CPOR pre-sales with all proof after the transaction date, no upsell.",
        checks=cpor_ok(acknowledgement_date="fail", customer_domain="pass", activity_detail=None),
    )


# ==============================================================================================
# reject
# ==============================================================================================
def b4601050() -> Bundle:
    cust = Co("Qasr Hospitality Group LLC", "qasrhospitality.ae", "AE", "Abu Dhabi")
    cc = P("Hamdan Al Mansoori", "h.almansoori@qasrhospitality.ae", "Group CIO, Al Mansoori Holdings")
    pm = P("Deepa Krishnan", "deepa.krishnan@falconridge.ae", "Identity Practice Lead")
    env = guid("ds", "4601050", upper=True)
    meta = Meta("Qasr Hospitality Intune acceptance", "Deepa Krishnan", T(2026, 10, 1, 10, 0, GST))
    doc = html_pdf(
        '<p style="color:#8a6d1d;font-size:14pt"><b>FALCONRIDGE</b> SOLUTIONS</p>'
        "<h1>Intune deployment — acceptance</h1>"
        "<p>Falconridge Solutions FZ-LLC and Qasr Hospitality Group LLC are both members of the Al Mansoori "
        "Holdings group. As the group's technology company, Falconridge deployed Microsoft Intune for Qasr's 6 "
        "hotels under the group shared-services agreement (GSSA-2024-02).</p>"
        + ul(
            [
                "1,050 Windows devices (front desk, back office, F&amp;B POS terminals) enrolled via Autopilot",
                "380 shared Android devices for housekeeping in dedicated mode",
                "Compliance and Conditional Access for guest-data systems",
                "Period: 6 July – 25 September 2026",
            ]
        )
        + grid(
            ["Qasr Hospitality Group LLC", "Falconridge Solutions FZ-LLC"],
            [
                [docusign_block("Hamdan Al Mansoori", "qh1"), docusign_block("Deepa Krishnan", "fr2")],
                ["Hamdan Al Mansoori, Group CIO — 9/30/2026", "Deepa Krishnan — 9/30/2026"],
            ],
        ),
        meta,
        style=css("#8a6d1d"),
        paper="a4",
        decorate=docusign_stamp(env),
    )
    files = {"Qasr_Intune_acceptance_signed.pdf": doc}
    claim = cpor(
        "4601050",
        area="Security",
        submitted=T(2026, 10, 12, 9, 0, GST),
        partner=FALCONRIDGE,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["INTUNE"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601050_Falconridge_QasrHospitality",
        claim,
        files,
        "reject",
        "The customer is a partner affiliate: the POE states that partner and customer 'are both members of the "
        "Al Mansoori Holdings group' and the work was done under the group shared-services agreement, signed by "
        "the group CIO. 'Partners and Partner affiliate entities are not eligible to receive or retain incentives "
        "for activity connected to a customer that is a partner affiliate' (Claim rejection example). Different "
        "names and domains do not change that; more POE cannot fix it.",
        "Ineligible: customer is an affiliate (same parent group) with its own name and domain.",
        checks={**CPOR_NA, "ineligible_customer": "fail", "reused_evidence": "pass"},
    )


def b4601051() -> Bundle:
    cust = Co("LBC Training Services", "lbctraining.ie", "IE", "Dublin")
    cc = P("Niamh Gallagher", "niamh.gallagher@lbctraining.ie", "Operations Manager")
    pm = P("Declan Fahy", "declan.fahy@liffeybridge.ie", "Principal Consultant")
    m1 = Mail(
        pm,
        (cc,),
        T(2026, 9, 8, 10, 0, IST_IE),
        "Internal M365 move - sign-off",
        "Niamh,\n\nOur own tenant consolidation is finished: all 62 of us (Dublin and Cork offices, and the "
        "training team) are on Teams and SharePoint Online in the lbctraining.ie tenant, course material "
        "library migrated (310 GB), old NAS switched off.\n\nCan you sign it off for the internal file?\n\n"
        "Declan",
    )
    m2 = reply(
        cc,
        [pm],
        T(2026, 9, 8, 15, 20, IST_IE),
        "Signed off - thanks Declan, nice to finally have one tenant for the whole company.\n\nNiamh "
        "Gallagher\nOperations Manager\nLBC Training Services is a trading name of Liffey Bridge Consulting "
        "Ltd, registered in Ireland no. 611842",
        [m1],
    )
    files = {"RE Internal M365 move - sign-off.msg": msg(m2)}
    claim = cpor(
        "4601051",
        area="Modern Work",
        submitted=T(2026, 9, 21, 9, 0, IST_IE),
        partner=LIFFEY,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601051_Liffey_LBCTraining",
        claim,
        files,
        "reject",
        "The 'customer' LBC Training Services is the partner itself: its e-mail signature says it 'is a trading "
        "name of Liffey Bridge Consulting Ltd', the work is 'our own tenant consolidation ... all 62 of us'. "
        "No incentives 'for any services where the Partner themselves or Microsoft is the end customer' (Claim "
        "rejection example). The different domain and trade name must not hide it.",
        "Ineligible: the partner itself under a trade name and its own domain.",
        checks={**CPOR_NA, "ineligible_customer": "fail", "reused_evidence": "pass"},
    )


def b4601052() -> Bundle:
    cust = Co("Microsoft South Africa (Pty) Ltd", "microsoft.com", "ZA", "Johannesburg")
    cc = P("Lerato Mahlangu", "lerato.mahlangu@microsoft.com", "Workplace Services Manager")
    m1 = Mail(
        KAROO_PM,
        (cc,),
        T(2026, 10, 6, 11, 0, SAST),
        "Bryanston office - Teams Rooms handover",
        "Hi Lerato,\n\nAll 18 Teams Rooms on the 3rd and 4th floors are live (6 MTR on Windows, 12 on "
        "Android), Teams Rooms Pro portal onboarded, room booking policies applied. Please confirm "
        "handover.\n\nPieter",
    )
    m2 = reply(
        cc,
        [KAROO_PM],
        T(2026, 10, 7, 9, 30, SAST),
        "Thanks Pieter - handover accepted for all 18 rooms.\n\nLerato Mahlangu\nWorkplace Services "
        "Manager | Microsoft South Africa",
        [m1],
    )
    files = {"RE Bryanston office - Teams Rooms handover.msg": msg(m2)}
    claim = cpor(
        "4601052",
        area="Modern Work",
        submitted=T(2026, 10, 20, 10, 0, SAST),
        partner=KAROO,
        pc=KAROO_PM,
        customer=cust,
        cc=cc,
        workloads=["TEAMS ROOMS"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601052_Karoo_MicrosoftSA",
        claim,
        files,
        "reject",
        "The end customer is Microsoft (Microsoft South Africa, microsoft.com). Incentives are not paid 'for any "
        "services where the Partner themselves or Microsoft is the end customer' (Claim rejection example), "
        "however good the acknowledgement is.",
        "Ineligible: Microsoft's own subsidiary as customer.",
        checks={**CPOR_NA, "ineligible_customer": "fail", "reused_evidence": "pass"},
    )


def b4601053() -> Bundle:
    cust = Co("Rotterdamse Havenlogistiek B.V.", "rhl-logistiek.nl", "NL", "Rotterdam")
    cc = P("Sander Kuipers", "s.kuipers@rhl-logistiek.nl", "Manager Data & Analytics")
    pm = P("Femke Jansen", "femke.jansen@veldkamp-ict.nl", "Projectleider")
    cid, consent, submitted = "4601053", D(2026, 1, 12), T(2026, 8, 10, 10, 0, CEST)
    engagement = {
        "id": "AZ-INNOVATE-ANALYTICS-M",
        "name": "Azure Innovate PL: Analytics Deployment (Medium)",
        "activity_type": "medium",
        "payout_type": "fixed",
        "proposed_payout_usd": None,
    }
    poe = html_pdf(
        "<h1>Analytics Deployment — Delivery report</h1>"
        + kv(
            [
                ("Customer", "Rotterdamse Havenlogistiek B.V."),
                ("Partner", "Veldkamp ICT B.V."),
                ("Claim", cid),
                ("Production", "15-07-2026"),
            ]
        )
        + ul(
            [
                "Microsoft Fabric lakehouse for terminal and truck-slot data (1.8 billion rows/year)",
                "12 Power BI reports for terminal planners; real-time berth dashboard",
                "Data governance with Purview catalog for 140 data assets",
            ]
        )
        + kv([("Akkoord klant / Customer approval", '<span class="esig">S. Kuipers</span> — 22-07-2026')]),
        Meta("RHL Analytics delivery report", "Femke Jansen", T(2026, 7, 22, 10, 0, CEST)),
        style=css("#e65100"),
        paper="a4",
    )
    inv = invoice_pdf(
        partner=VELDKAMP,
        pc=pm,
        number="VI-2026-0412",
        issued=D(2026, 8, 3),
        bill_to="Microsoft Corporation — MCI Engagements",
        claim_id=cid,
        engagement=engagement["name"],
        amount="USD 30,000.00",
        software="Exact Online",
        accent="#e65100",
    )
    files = {
        "RHL_delivery_report.pdf": poe,
        "VI-2026-0412.pdf": inv,
        "customer_survey.json": survey(
            cid,
            "customer",
            T(2026, 7, 28, 9, 0, CEST),
            [("Was the analytics solution deployed to production?", "Yes, 15 July 2026")],
            ("Sander Kuipers", "Rotterdamse Havenlogistiek B.V.", "Manager Data & Analytics"),
        ),
        "partner_survey.json": survey(
            cid,
            "partner",
            T(2026, 7, 29, 9, 0, CEST),
            [("Summarize the activities delivered.", "Fabric lakehouse, Power BI, Purview catalog")],
            ("Femke Jansen", "Veldkamp ICT B.V.", "Projectleider"),
        ),
    }
    claim = pa(
        cid,
        area="Azure",
        submitted=submitted,
        partner=VELDKAMP,
        pc=pm,
        customer=cust,
        cc=cc,
        consent=consent,
        engagement=engagement,
        docs=[
            ("RHL_delivery_report.pdf", "poe"),
            ("VI-2026-0412.pdf", "invoice"),
            ("customer_survey.json", "customer_attestation"),
            ("partner_survey.json", "partner_attestation"),
        ],
    )
    return Bundle(
        "4601053_Veldkamp_RotterdamseHaven",
        claim,
        files,
        "reject",
        "Medium project: a claim never submitted expires '200 days after Customer consent received' (Claim "
        "Expiration Timelines, Medium Projects). Consent 2026-01-12, first submission 2026-08-10 = 210 days. "
        "'Expired claims cannot be reactivated ... no exceptions are possible.' UNSURE: the guide gives no "
        "rate for this engagement (only the AMMP Small rates), so the invoice check may pass or warn.",
        "PA Medium project submitted 210 days after consent (deadline 200).",
        checks=pa_ok(
            submission_window="fail",
            invoice=["pass", "warn"],
            partner_customer_names=None,
            document_language=None,
            unacceptable_documents=None,
        ),
    )


def b4601054() -> Bundle:
    cust = Co("Tungabhadra Sugars Ltd", "tungabhadrasugars.com", "IN", "Hospet")
    cc = P("S. Venkatesh", "venkatesh.s@tungabhadrasugars.com", "General Manager - Finance & IT")
    pm = P("Kavya Nair", "kavya.nair@kaveridigital.in", "Engagement Manager")
    quote = html_pdf(
        "<h1>Commercial Proposal KDS/Q/2026/311</h1><p>To: Tungabhadra Sugars Ltd</p>"
        + grid(
            ["SKU", "Description", "Qty", "Unit (INR/yr)", "Amount (INR)"],
            [
                ["AAA-10624", "Microsoft 365 E5 (annual, CSP)", "300", "46,980", "1,40,94,000"],
                ["—", "Onboarding assistance", "1", "0", "0"],
            ],
        )
        + '<p class="right">GST 18% extra · validity 15 days</p>',
        Meta("Proposal KDS-Q-2026-311", "Kavya Nair", T(2026, 8, 4, 10, 0, IST)),
        style=css("#5d2e8c"),
        paper="a4",
    )
    po = html_pdf(
        "<h1>PURCHASE ORDER</h1><p>PO No. TSL/IT/2026-27/0093 · Date 12.08.2026</p><p>Vendor: Kaveri Digital "
        "Services LLP</p>"
        + grid(
            ["Item", "Qty", "Rate", "Amount"],
            [["Microsoft 365 E5 licence, 12 months", "300", "46,980.00", "1,40,94,000.00"]],
        )
        + "<p>Terms: 100% payment 30 days from invoice. Authorised signatory: S. Venkatesh</p>",
        Meta("PO TSL-IT-0093", "S. Venkatesh", T(2026, 8, 12, 11, 0, IST)),
        style=css(font="serif"),
        paper="a4",
    )
    order = html_pdf(
        "<h1>Order confirmation</h1><p>Partner Center · CSP order</p>"
        + kv(
            [
                ("Customer", "Tungabhadra Sugars Ltd (tungabhadrasugars.com)"),
                ("Order ID", hx("order", "4601054", n=12)),
                ("Offer", "Microsoft 365 E5 (NCE, annual, monthly billing)"),
                ("Quantity", "300"),
                ("Start", "2026-08-14"),
            ]
        ),
        Meta("CSP order confirmation", "Partner Center", T(2026, 8, 14, 6, 0, UTC)),
        style=css(),
        paper="a4",
    )
    m1 = Mail(
        pm,
        (cc,),
        T(2026, 8, 11, 16, 0, IST),
        "Microsoft 365 E5 proposal",
        "Dear Sir,\n\nPlease find our proposal for 300 Microsoft 365 E5 licences.\n\nRegards,\nKavya",
    )
    m2 = reply(
        cc,
        [pm],
        T(2026, 8, 12, 11, 30, IST),
        "Dear Kavya,\n\nPlease proceed with the purchase of 300 Microsoft 365 E5 licences as per your "
        "proposal; PO attached. Kindly ensure activation before the crushing season starts.\n\nRegards,\n"
        "S. Venkatesh\nGM - Finance & IT",
        [m1],
    )
    files = {
        "Proposal_KDS-Q-2026-311.pdf": quote,
        "PO_TSL-IT-2026-27-0093.pdf": po,
        "CSP_order_confirmation.pdf": order,
        "RE Microsoft 365 E5 proposal.msg": msg(m2),
    }
    claim = cpor(
        "4601054",
        area="Security",
        submitted=T(2026, 9, 7, 12, 0, IST),
        partner=KAVERI,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601054_Kaveri_TungabhadraSugars",
        claim,
        files,
        "reject",
        "Every document is one the guide says 'will not be accepted as proof of execution': a pricing quote, a "
        "purchase order, a CSP licensing order, and a customer e-mail about a licence purchase ('Customer "
        "e-mails concerning licensing purchases' are insufficient). Nothing shows any Intune or Defender for "
        "Endpoint work. The POE is insufficient as a whole -> rejected.",
        "Only licensing-sale documents: quote, PO, CSP order, purchase e-mail.",
        checks=cpor_ok(
            unacceptable_documents="fail",
            customer_acknowledgement="fail",
            activity_detail="fail",
            workload_match="fail",
            acknowledgement_date=None,
            customer_domain=None,
        ),
        container="zip-folder",
    )


def b4601055() -> Bundle:
    pm = P("Tomasz Kowalewski", "t.kowalewski@odrasystems.pl", "Dyrektor Handlowy")
    cover = html_pdf(
        "<p><b>Odra Systems Sp. z o.o.</b> · ul. Legnicka 48, Wrocław</p><h1>POE — Microsoft Defender for "
        "Identity, MZM</h1><p>Odra Systems has supported Mazowieckie Zakłady Mleczarskie S.A. with identity "
        "security. Customer acceptance attached.</p>",
        Meta("POE MDI MZM", "Tomasz Kowalewski", T(2026, 5, 25, 10, 0, CEST)),
        style=css(),
        paper="a4",
    )
    files = {"POE_MDI_MZM.pdf": cover, "Odbior_MDI_MZM.msg": mzm_acceptance()}
    claim = cpor(
        "4601055",
        area="Security",
        submitted=T(2026, 5, 26, 9, 0, CEST),
        partner=ODRA,
        pc=pm,
        customer=MZM,
        cc=MZM_CISO,
        workloads=["MICROSOFT DEFENDER FOR IDENTITY"],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(
        "4601055_Odra_MZM",
        claim,
        files,
        "reject",
        "The acceptance .msg is byte-for-byte the one on Wisła Cloud's claim 4601027: addressed to Wisła Cloud, "
        "accepting 'the Defender for Identity deployment done by Wisła Cloud'. It acknowledges another partner, "
        "not Odra (item 2: 'The name of the claiming partner ... clearly visible'; item 1: acknowledgement of "
        "'your involvement'), and Odra's own cover page has no detail. In a conflicting claim 'the POE team "
        "reviews the proof of execution from the partners to determine which partner drove the most influence': "
        "this POE shows the other partner did.",
        "Another partner's original customer e-mail copied onto this claim (2 of 2).",
        checks=cpor_ok(
            reused_evidence="fail",
            partner_customer_names="fail",
            customer_acknowledgement="fail",
            activity_detail=["fail", "warn"],
            customer_domain=None,
        ),
    )


PAMPAS_SIG = "pampas-pasted-signature"
MESES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)


def pampas_letter(
    cid: str, cust: Co, signer: P, area: str, workload: str, text: list[str], when: dt.datetime, name: str
) -> Bundle:
    pm = P("Martín Echeverry", "martin.echeverry@pampasnube.com.ar", "Gerente de Proyectos")
    meta = Meta(
        f"Carta de aceptacion {cust.name}", "Martín Echeverry", when, "Microsoft® Word 2019", "Microsoft® Word 2019"
    )
    html = (
        f"<p>Buenos Aires, {when.day} de {MESES[when.month - 1]} de {when.year}</p>"
        f"<p>Señores<br/>Pampas Nube S.A.</p><h2>Acceptance letter / Carta de aceptación</h2>"
        f"<p>{escape(cust.name)} confirms that Pampas Nube S.A. completed the following work, which we accept:</p>"
        + ul(text)
        + '<p style="margin-top:50pt">Firma / Signature:</p>'
        + f"<p>{escape(signer.name)}<br/>{escape(signer.title)}<br/>{escape(cust.name)}</p>"
    )
    pdf = html_pdf(html, meta, style=css(font="serif", size=10.5), paper="a4")
    pdf = place_image(pdf, 0, "Firma / Signature:", signature_png(PAMPAS_SIG), dx=110, dy=-22, w=150, h=43)
    files = {f"Carta_aceptacion_{name}.pdf": pdf}
    claim = cpor(
        cid,
        area=area,
        submitted=when + dt.timedelta(days=16),
        partner=PAMPAS,
        pc=pm,
        customer=cust,
        cc=signer,
        workloads=[workload],
        docs=[(k, "poe") for k in files],
    )
    return Bundle(f"{cid}_Pampas_{name}", claim, files, "reject", "", "")


def b4601056() -> Bundle:
    cust = Co("Bodega Los Cerros S.A.", "bodegaloscerros.com.ar", "AR", "Luján de Cuyo, Mendoza")
    signer = P("Ricardo Funes", "rfunes@bodegaloscerros.com.ar", "Gerente General")
    b = pampas_letter(
        "4601056",
        cust,
        signer,
        "Modern Work",
        "TEAMS",
        [
            "Microsoft Teams for 74 users at the winery, the Mendoza office and the Buenos Aires sales office",
            "Channels per vintage and per export market; external access with 9 importers",
            "Training for cellar and tasting-room staff, May 2026",
        ],
        T(2026, 6, 5, 10, 0, ART),
        "LosCerros",
    )
    b.why = (
        "The acceptance letter carries a signature picture pasted into the Word document, and the very same "
        "picture (identical image) signs the letter on this partner's claim 4601057 for a different customer "
        "and a different named signatory. 'Copying/pasting physical signatures' is not accepted and 'All flat "
        "e-mail signatures will be rejected (i.e. JPEG files or screenshots of signatures)'; the same image "
        "under two people's names shows neither is genuine. No valid acknowledgement; evidence is not credible."
    )
    b.shows = "Pasted signature picture shared with 4601057 (different customer and signatory) (1 of 2)."
    b.checks = cpor_ok(**NO_MAIL, customer_acknowledgement="fail", reused_evidence="fail", activity_detail=None)
    return b


def b4601057() -> Bundle:
    cust = Co("Frigorífico Río Salado S.A.", "frigorificoriosalado.com.ar", "AR", "Chascomús, Buenos Aires")
    signer = P("Verónica Ledesma", "vledesma@frigorificoriosalado.com.ar", "Jefa de Sistemas")
    b = pampas_letter(
        "4601057",
        cust,
        signer,
        "Security",
        "MICROSOFT DEFENDER ENDPOINT",
        [
            "Microsoft Defender for Endpoint on 210 PCs and 14 servers at the Chascomús plant",
            "EDR in block mode; ASR rules; alerts to the systems team",
            "Completed July 2026",
        ],
        T(2026, 7, 20, 11, 0, ART),
        "RioSalado",
    )
    b.why = (
        "Same pasted signature picture as claim 4601056, here above another person's name at another company. "
        "'Copying/pasting physical signatures' is not accepted; a signature image reused across customers and "
        "signatories is not a customer acknowledgement, and the evidence cannot be trusted."
    )
    b.shows = "Pasted signature picture shared with 4601056 (2 of 2)."
    b.checks = cpor_ok(**NO_MAIL, customer_acknowledgement="fail", reused_evidence="fail", activity_detail=None)
    return b


# ==============================================================================================
# assembly, validation, output
# ==============================================================================================
CHECK_IDS = {
    "required_documents",
    "customer_acknowledgement",
    "partner_customer_names",
    "activity_detail",
    "workload_match",
    "acknowledgement_date",
    "customer_domain",
    "ineligible_customer",
    "public_sector",
    "unacceptable_documents",
    "document_language",
    "invoice",
    "attestations",
    "reused_evidence",
    "submission_window",
}
STATUSES = {"pass", "fail", "warn", "not_applicable", "error"}
ROLES = {"poe", "invoice", "customer_attestation", "partner_attestation", "public_sector_disclosure", "supporting"}
KINDS = {"usage", "pre_sales", "revenue", "managed_security_services"}
AREAS = {"Modern Work", "Security", "Business Applications", "Azure"}
CLAIM_STATUSES = {"submitted", "under_review", "action_required", "disputed"}


def _parse_ts(value: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError(f"timestamp without offset: {value}")
    return moment


def need(ok: object, claim: dict[str, Any], what: str) -> None:
    if not ok:
        raise RuntimeError(f"claim {claim.get('claim_id')}: invalid bundle: {what}")


def validate_claim(c: dict[str, Any]) -> None:
    """The poe-claim-bundle/1 rules of the interchange spec, so that every bundle written is valid."""
    need(c["format"] == "poe-claim-bundle/1", c, "format")
    need(c["program"] in {"cpor", "partner_activities"}, c, "program")
    need(c["solution_area"] in AREAS, c, "solution_area")
    need(c["status"] in CLAIM_STATUSES, c, "status")
    _parse_ts(c["submitted_at"])
    need(isinstance(c["incentive_opt_out"], bool), c, "incentive_opt_out")
    p, cu = c["partner"], c["customer"]
    need(p["name"] and p["location_id"] and p["domains"] and p["contact"]["email"], c, "partner")
    need(len(p["country"]) == 2 and p["country"].isupper(), c, "partner.country")
    need(cu["name"] and cu["domain"] and cu["tenant_id"] and cu["contact"]["email"], c, "customer")
    need(len(cu["country"]) == 2 and cu["country"].isupper(), c, "customer.country")
    need(cu["segment"] in {"commercial", "public_sector"}, c, "customer.segment")
    if c["program"] == "cpor":
        need(c["claim_kind"] in KINDS, c, "claim_kind")
        need(c["engagement"] is None and c["consent_date"] is None, c, "engagement/consent_date on CPOR")
        need(c["workloads"], c, "workloads")
        if c["claim_kind"] == "pre_sales":
            dt.date.fromisoformat(c["transaction_date"])
        else:
            need(c["transaction_date"] is None, c, "transaction_date")
    else:
        e = c["engagement"]
        need(c["claim_kind"] is None and c["transaction_date"] is None, c, "claim_kind/transaction_date on PA")
        need(e["id"] and e["name"], c, "engagement")
        need(e["activity_type"] in {"assessment", "standard", "xs_small", "medium", "large"}, c, "activity_type")
        need(e["payout_type"] in {"fixed", "variable"}, c, "payout_type")
        need((e["proposed_payout_usd"] is not None) == (e["payout_type"] == "variable"), c, "proposed_payout_usd")
        dt.date.fromisoformat(c["consent_date"])
    for w in c["workloads"]:
        need(w["name"] == w["name"].upper(), c, "workload name")
        if c["solution_area"] == "Business Applications" and c["program"] == "cpor":
            need(w["subscription_id"], c, "subscription_id")
    for doc in c["documents"]:
        need(doc["role"] in ROLES, c, "document role")
        need(doc["path"], c, "document path")
    for com in c["comments"]:
        _parse_ts(com["at"])
    for h in c["history"]:
        _parse_ts(h["at"])


def build_all() -> list[Bundle]:
    builders = [fn for name, fn in sorted(globals().items()) if name.startswith("b46") and callable(fn)]
    bundles = [fn() for fn in builders]
    ids = [b.claim_id for b in bundles]
    if len(set(ids)) != len(ids) or len({b.entry for b in bundles}) != len(bundles):
        raise RuntimeError("claim ids and bundle names must be unique")
    for b in bundles:
        if not 4601001 <= int(b.claim_id) <= 4601999:
            raise RuntimeError(f"claim id out of range: {b.claim_id}")
        if not b.name.startswith(b.claim_id + "_"):
            raise RuntimeError(f"bundle name must start with its claim id: {b.name}")
        validate_claim(b.claim)
        if _parse_ts(b.claim["submitted_at"]).year != 2026:
            raise RuntimeError(f"{b.claim_id}: submitted outside 2026")
        if b.decision not in {"approve", "action_required", "reject"}:
            raise RuntimeError(f"{b.claim_id}: bad decision {b.decision}")
        if "reused_evidence" not in b.checks:
            raise RuntimeError(f"{b.claim_id}: reused_evidence expectation missing")
        for key, value in b.checks.items():
            values = value if isinstance(value, list) else [value]
            if key not in CHECK_IDS or not set(values) <= STATUSES:
                raise RuntimeError(f"{b.claim_id}: bad check {key}={value}")
        loose = [
            k
            for k, v in b.checks.items()
            if isinstance(v, list) and not (set(v) <= {"pass", "not_applicable"} or set(v) <= {"fail", "warn"})
        ]
        if loose and "UNSURE" not in b.why:
            raise RuntimeError(f"{b.claim_id}: {loose} allow pass and fail/warn without an UNSURE note")
        missing = {d["path"] for d in b.claim["documents"]} - set(b.files)
        if missing:
            raise RuntimeError(f"{b.claim_id}: listed but missing {missing}")
    return bundles


def write_bundle(out: Path, bundle: Bundle) -> Path:
    files = {"claim.json": (json.dumps(bundle.claim, indent=2, ensure_ascii=False) + "\n").encode(), **bundle.files}
    if bundle.container == "dir":
        root = out / bundle.name
        for rel, data in files.items():
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return root
    prefix = bundle.name + "/" if bundle.container == "zip-folder" else ""
    path = out / bundle.entry
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for rel in sorted(files):
            info = zipfile.ZipInfo(prefix + rel, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[rel])
    return path


def expected(bundles: Sequence[Bundle]) -> dict[str, Any]:
    return {
        b.claim_id: {
            "bundle": b.entry,
            "decision": b.decision,
            "why": b.why,
            "shows": b.shows,
            "checks": dict(sorted(b.checks.items())),
        }
        for b in sorted(bundles, key=lambda x: x.claim_id)
    }


def build(out_dir: Path) -> None:
    """Write every bundle and ``expected.json`` into ``out_dir`` (created if absent)."""
    bundles = build_all()
    out_dir.mkdir(parents=True, exist_ok=True)
    for bundle in bundles:
        write_bundle(out_dir, bundle)
    text = json.dumps(expected(bundles), indent=2, ensure_ascii=False) + "\n"
    (out_dir / "expected.json").write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    import warnings

    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", message=".*DSA is deprecated.*")
    parser = argparse.ArgumentParser(description="Write held-out test set D (MCI claim bundles + expected.json).")
    parser.add_argument("out", type=Path, help="output directory (empty, absent, or a previous output of this script)")
    parser.add_argument("--force", action="store_true", help="empty OUTDIR first if it is not empty")
    args = parser.parse_args(argv)
    out: Path = args.out
    if out.exists():
        if not out.is_dir():
            raise SystemExit(f"{out} exists and is not a directory")
        entries = list(out.iterdir())
        ours = all(e.name == "expected.json" or e.name.startswith("46010") for e in entries)
        if entries and not (args.force or ours):
            raise SystemExit(f"{out} is not empty (use --force to replace its contents)")
        for entry in entries:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
    build(out)
    data = json.loads((out / "expected.json").read_text(encoding="utf-8"))
    counts: dict[str, int] = {}
    for claim_id, item in data.items():
        counts[item["decision"]] = counts.get(item["decision"], 0) + 1
        print(f"{claim_id}  {item['decision']:16} {item['bundle']}")
    print(f"{len(data)} bundles ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}) in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
