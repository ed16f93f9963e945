"""Write held-out test set C of POE Reviewer: a queue of MCI claim bundles plus ``expected.json``.

Written from the MCI claiming guide (June 2025) and the claims-interchange spec only; nothing in
the review tool, its tests, benchmarks or resources was read. The bundles imitate what partners
really upload: their own closure reports and sign-off sheets, Word reports and slide decks exported
to PDF, go-live certificates, service acceptance forms with checkbox rows, printed e-mail threads,
.eml and .msg replies with quoted history, paper signed in ink and scanned (rotated, upside down,
low resolution), phone photos taken at an angle, searchable scans (page image under an invisible
text layer), merged multi-part uploads, DocuSign and Adobe Acrobat Sign envelopes, partner
invoices in several layouts and the survey exports of partner-activities claims.

Every expectation in ``expected.json`` quotes the guide. Where the guide is silent the "why" says
``UNSURE:`` and the check concerned allows more than one status.

Output is deterministic: fixed dates (all relative to explicit 2026 submission dates), fixed ids,
seeded randomness, fixed zip timestamps and MIME boundaries; no network.

Run: ``.venv/bin/python tools/make_holdout_c.py OUTDIR [--force]``
"""

# ruff: noqa: E501  (the documents' text is written as long literal lines: the lines are the documents)

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import math
import random
import shutil
import sys
import unicodedata
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
from PIL import Image, ImageEnhance, ImageFilter

ZIP_STAMP = (2026, 9, 30, 12, 0, 0)
CLAIM_RANGE = (4500000, 4599999)
_NS = uuid.UUID("5b0e8f3c-91d2-4c6a-a7e4-3f1c2d9b8e60")


# ==============================================================================================
# time, ids
# ==============================================================================================
def tz(hours: float, name: str) -> dt.timezone:
    return dt.timezone(dt.timedelta(minutes=round(hours * 60)), name)


UTC = dt.UTC
GMT = tz(0, "GMT")
BST = tz(1, "BST")
IST_IE = tz(1, "IST")
CET = tz(1, "CET")
CEST = tz(2, "CEST")
EET = tz(2, "EET")
IDT = tz(3, "IDT")
GST_AE = tz(4, "GST")
IST = tz(5.5, "IST")
SGT = tz(8, "SGT")
MYT = tz(8, "MYT")
AWST = tz(8, "AWST")
JST = tz(9, "JST")
ACDT = tz(10.5, "ACDT")
NZDT = tz(13, "NZDT")
NZST = tz(12, "NZST")
EAT = tz(3, "EAT")
SAST = tz(2, "SAST")
BRT = tz(-3, "BRT")
ART = tz(-3, "ART")
AST = tz(-4, "AST")
EST = tz(-5, "EST")
EDT = tz(-4, "EDT")
CST = tz(-6, "CST")
CDT = tz(-5, "CDT")
MST = tz(-7, "MST")
MDT = tz(-6, "MDT")
PST = tz(-8, "PST")
PDT = tz(-7, "PDT")


def when(y: int, m: int, d: int, hh: int = 10, mm: int = 0, zone: dt.tzinfo = UTC, ss: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, ss, tzinfo=zone)


def day(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


def iso_z(t: dt.datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def guid(*parts: str, upper: bool = False) -> str:
    value = str(uuid.uuid5(_NS, "|".join(parts)))
    return value.upper() if upper else value


def hx(*parts: str, n: int = 16) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n].upper()


def seed_int(*parts: str) -> int:
    return int(hashlib.sha256("|".join(parts).encode()).hexdigest()[:12], 16)


def f_us(d: dt.date) -> str:  # 3/4/2026
    return f"{d.month}/{d.day}/{d.year}"


def f_us0(d: dt.date) -> str:  # 03/04/2026
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def f_dmy(d: dt.date, sep: str = "/") -> str:  # 04/03/2026
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def f_long(d: dt.date) -> str:  # March 4, 2026
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def f_gb(d: dt.date) -> str:  # 4 March 2026
    return f"{d.day} {d.strftime('%B')} {d.year}"


def f_short(d: dt.date) -> str:  # 4 Mar 2026
    return f"{d.day} {d.strftime('%b')} {d.year}"


def f_iso(d: dt.date) -> str:
    return d.isoformat()


def pdf_stamp(t: dt.datetime) -> str:
    off = int((t.utcoffset() or dt.timedelta(0)).total_seconds() // 60)
    sign = "+" if off >= 0 else "-"
    off = abs(off)
    return f"D:{t.strftime('%Y%m%d%H%M%S')}{sign}{off // 60:02d}'{off % 60:02d}'"


# ==============================================================================================
# parties
# ==============================================================================================
@dataclass(frozen=True)
class Person:
    name: str
    email: str
    title: str = ""

    @property
    def first(self) -> str:
        return self.name.split()[0]

    @property
    def addr(self) -> str:
        return formataddr((self.name, self.email))


@dataclass(frozen=True)
class Company:
    name: str
    domain: str
    country: str
    city: str
    address: str = ""
    location_id: str | None = None
    segment: str = "commercial"
    short: str = ""

    @property
    def tenant(self) -> str:
        return guid("tenant", self.domain)

    @property
    def call(self) -> str:
        return self.short or self.name

    def as_partner(self, contact: Person) -> dict[str, Any]:
        return {
            "name": self.name,
            "location_id": self.location_id,
            "country": self.country,
            "domains": [self.domain],
            "contact": {"name": contact.name, "email": contact.email},
        }

    def as_customer(self, contact: Person) -> dict[str, Any]:
        return {
            "name": self.name,
            "domain": self.domain,
            "tenant_id": self.tenant,
            "country": self.country,
            "segment": self.segment,
            "contact": {"name": contact.name, "email": contact.email, "title": contact.title},
        }


# ==============================================================================================
# PDF building (PyMuPDF Story: real text layers, deterministic output)
# ==============================================================================================
@dataclass(frozen=True)
class Meta:
    title: str
    author: str
    created: dt.datetime
    creator: str = "Microsoft® Word for Microsoft 365"
    producer: str = "Microsoft® Word for Microsoft 365"
    modified: dt.datetime | None = None


WORD = ("Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365")
PPT = ("Microsoft® PowerPoint® for Microsoft 365", "Microsoft® PowerPoint® for Microsoft 365")
CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0.0.0", "Skia/PDF m131")
PRINT_PDF = ("", "Microsoft: Print To PDF")
LIBRE = ("Writer", "LibreOffice 24.8")
QUICKBOOKS = ("QuickBooks Online", "iText® 7.2.5 ©2000-2023 Apryse Group NV (AGPL-version)")
XERO = ("Xero", "Xero Limited")
ZOHO = ("Zoho Invoice", "Zoho Corporation")
ADOBE_SIGN = ("Adobe Acrobat Sign", "Adobe Acrobat Sign")

CSS = """
body { font-family: sans-serif; font-size: 9.5pt; line-height: 1.28; color: #202124; }
h1 { font-size: 16pt; margin: 0 0 5pt 0; }
h2 { font-size: 11.5pt; margin: 11pt 0 4pt 0; }
h3 { font-size: 10pt; margin: 8pt 0 3pt 0; }
p { margin: 0 0 5pt 0; }
ul, ol { margin: 0 0 5pt 0; }
li { margin: 0 0 1.5pt 0; }
table { border-collapse: collapse; width: 100%; margin: 0 0 7pt 0; }
td, th { border: 0.6pt solid #8c8c8c; padding: 2.5pt 4pt; vertical-align: top; text-align: left; }
th { background-color: #e8eaed; }
.k { background-color: #f3f3f3; width: 150pt; }
.nb td { border: none; padding: 1pt 3pt; }
.small { font-size: 8pt; color: #5f6368; }
.tiny { font-size: 7pt; color: #6b6b6b; }
.r { text-align: right; }
.c { text-align: center; }
.b { font-weight: bold; }
.sig { height: 38pt; }
.mono { font-family: monospace; font-size: 8.5pt; }
.box { border: 0.8pt solid #555555; padding: 5pt; }
"""
SERIF = CSS.replace("font-family: sans-serif", "font-family: serif")
PAGE = "<!--new-page-->"


def table(
    rows: Sequence[Sequence[str]], head: Sequence[str] | None = None, cls: str = "", widths: Sequence[int] | None = None
) -> str:
    out = [f'<table class="{cls}">']
    if head:
        cells = []
        for i, h in enumerate(head):
            w = f' style="width:{widths[i]}%"' if widths else ""
            cells.append(f"<th{w}>{h}</th>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    for n, r in enumerate(rows):
        if widths and not head and n == 0:
            out.append("<tr>" + "".join(f'<td style="width:{widths[i]}%">{c}</td>' for i, c in enumerate(r)) + "</tr>")
        else:
            out.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "".join(out)


def kv(rows: Sequence[tuple[str, str]], cls: str = "") -> str:
    return table([(f'<span class="b">{k}</span>', v) for k, v in rows], cls=cls)


def bullets(items: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def tick(on: bool) -> str:
    return "☒" if on else "☐"


def render(
    html: str,
    *,
    css: str = CSS,
    size: str = "a4",
    landscape: bool = False,
    margins: tuple[float, float, float, float] = (54, 60, 54, 60),
    deco: Callable[[pymupdf.Page, int, int], None] | None = None,
) -> pymupdf.Document:
    """Lay out HTML; ``PAGE`` markers force page breaks. ``deco(page, index, count)`` adds
    running headers and footers afterwards."""
    if size == "slide":
        rect = pymupdf.Rect(0, 0, 960, 540)
    else:
        rect = pymupdf.paper_rect(size)
        if landscape:
            rect = pymupdf.Rect(0, 0, rect.height, rect.width)
    left, top, right, bottom = margins
    where = pymupdf.Rect(left, top, rect.width - right, rect.height - bottom)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    for chunk in html.split(PAGE):
        story = pymupdf.Story(html=chunk, user_css=css)
        more = True
        while more:
            device = writer.begin_page(rect)
            more, _ = story.place(where)
            story.draw(device)
            writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    if deco:
        for i, page in enumerate(doc):
            deco(page, i, doc.page_count)
    return doc


def running(
    header: str | None = None,
    footer: str | None = None,
    numbers: str | None = "Page {i} of {n}",
    size: float = 7,
    color: str = "#666666",
) -> Callable[[pymupdf.Page, int, int], None]:
    def apply(page: pymupdf.Page, i: int, n: int) -> None:
        w, h = page.rect.width, page.rect.height
        style = f"font-family: sans-serif; font-size: {size}pt; color: {color};"
        if header:
            page.insert_htmlbox(pymupdf.Rect(50, 18, w - 50, 44), f'<div style="{style}">{header}</div>')
        bits = []
        if footer:
            bits.append(footer)
        if numbers:
            bits.append(numbers.format(i=i + 1, n=n))
        if bits:
            page.insert_htmlbox(
                pymupdf.Rect(50, h - 40, w - 50, h - 14),
                f'<div style="{style} text-align:center;">{" · ".join(bits)}</div>',
            )

    return apply


def finish(doc: pymupdf.Document, meta: Meta, *, subset: bool = True) -> bytes:
    doc.set_metadata(
        {
            "title": meta.title,
            "author": meta.author,
            "subject": "",
            "keywords": "",
            "creator": meta.creator,
            "producer": meta.producer,
            "creationDate": pdf_stamp(meta.created),
            "modDate": pdf_stamp(meta.modified or meta.created),
        }
    )
    if subset:
        doc.subset_fonts()
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)


def pdf(html: str, meta: Meta, **kw: Any) -> bytes:
    return finish(render(html, **kw), meta)


def merge(parts: Sequence[bytes], meta: Meta) -> bytes:
    out = pymupdf.open()
    for part in parts:
        src = pymupdf.open("pdf", part)
        out.insert_pdf(src)
    return finish(out, meta, subset=False)


def find(doc: pymupdf.Document, label: str, nth: int = 0) -> tuple[pymupdf.Page, pymupdf.Rect]:
    seen = 0
    for page in doc:
        for r in page.search_for(label):
            if seen == nth:
                return page, r
            seen += 1
    raise LookupError(f"label not found: {label!r} #{nth}")


# ----------------------------------------------------------------------------------------------
# ink: signatures and handwriting drawn as vectors, later rasterised by the "scanner"
# ----------------------------------------------------------------------------------------------
INK = (0.07, 0.13, 0.52)
INK_BLACK = (0.12, 0.12, 0.14)


def scribble(
    page: pymupdf.Page, box: pymupdf.Rect, seed: str, color: tuple[float, float, float] = INK, width: float = 1.05
) -> None:
    """A cursive-looking signature. ``seed`` is ``person`` or ``person#occasion``: the person fixes the shape,
    the occasion adds the small differences between two real signatures of the same hand."""
    rng = random.Random("sig|" + seed.split("#")[0])
    var = random.Random("var|" + seed)
    x0 = box.x0 + rng.uniform(0, 8)
    x1 = box.x1 - rng.uniform(4, 18)
    cy = box.y0 + box.height * rng.uniform(0.5, 0.62)
    amp = box.height * rng.uniform(0.22, 0.38)
    loops = rng.randint(4, 8)
    ph, ph2 = rng.uniform(0, 6.28), rng.uniform(0, 6.28)
    tilt = rng.uniform(-0.12, 0.05)
    n = 140
    style = rng.randint(0, 2)
    if style == 0:  # capital: a tall first stroke
        cap = [(x0 + 2, cy + amp * 0.9), (x0 + 6 + rng.uniform(0, 5), cy - amp * 1.9), (x0 + 9, cy + amp * 0.6)]
    elif style == 1:  # a looped capital
        cap = [(x0 + 10 + 7 * math.cos(a / 6), cy - amp * 0.8 + 9 * math.sin(a / 6)) for a in range(0, 44)]
    else:  # two initials strokes
        cap = [
            (x0, cy + amp),
            (x0 + 4, cy - amp * 1.7),
            (x0 + 8, cy + amp * 0.4),
            (x0 + 13, cy - amp * 1.5),
            (x0 + 16, cy + amp),
        ]
    page.draw_polyline(cap, color=color, width=width)
    peaks = [rng.uniform(0.15, 0.9) for _ in range(rng.randint(1, 3))]
    squash = rng.uniform(0.5, 1.0)
    pts = []
    for i in range(n + 1):
        t = i / n
        x = x0 + 8 + t * (x1 - x0 - 8) + amp * 0.45 * squash * math.cos(2 * math.pi * loops * t + ph)
        y = cy - amp * math.sin(2 * math.pi * loops * t + ph) * (0.55 + 0.45 * math.sin(2.7 * t + ph2))
        for tp in peaks:
            y -= amp * 1.5 * math.exp(-(((t - tp) / 0.025) ** 2))
        y += (x - x0) * tilt
        pts.append((x + var.uniform(-0.5, 0.5), y + var.uniform(-0.6, 0.6)))
    page.draw_polyline(pts, color=color, width=width)
    # flourish
    fy = cy + amp * rng.uniform(0.8, 1.3)
    page.draw_bezier(
        (x0 + (x1 - x0) * 0.15, fy + 2),
        (x0 + (x1 - x0) * 0.45, fy + rng.uniform(3, 7)),
        (x0 + (x1 - x0) * 0.8, fy - rng.uniform(2, 6)),
        (x1 + rng.uniform(-4, 6), fy - rng.uniform(4, 10)),
        color=color,
        width=width * 0.8,
    )


def handwrite(
    page: pymupdf.Page,
    at: tuple[float, float],
    text: str,
    seed: str,
    size: float = 11.5,
    color: tuple[float, float, float] = INK,
) -> None:
    rng = random.Random("hand|" + seed)
    x, y = at
    for ch in text:
        page.insert_text(
            (x, y + rng.uniform(-0.9, 0.9)), ch, fontname="tiit", fontsize=size * rng.uniform(0.95, 1.07), color=color
        )
        x += pymupdf.get_text_length(ch, fontname="tiit", fontsize=size) + rng.uniform(-0.2, 0.7)


def sign_near(
    doc: pymupdf.Document,
    label: str,
    seed: str,
    *,
    nth: int = 0,
    dx: float = 4,
    dy: float = -6,
    w: float = 120,
    h: float = 26,
    below: bool = False,
    color: tuple[float, float, float] = INK,
) -> None:
    page, r = find(doc, label, nth)
    if below:
        box = pymupdf.Rect(r.x0 + dx, r.y1 + 2 + dy, r.x0 + dx + w, r.y1 + 2 + dy + h)
    else:
        box = pymupdf.Rect(r.x1 + dx, r.y0 + dy - h / 2, r.x1 + dx + w, r.y0 + dy + h / 2)
    scribble(page, box, seed, color)


def write_near(
    doc: pymupdf.Document,
    label: str,
    text: str,
    seed: str,
    *,
    nth: int = 0,
    dx: float = 6,
    dy: float = 0,
    size: float = 11.5,
    color: tuple[float, float, float] = INK,
) -> None:
    page, r = find(doc, label, nth)
    handwrite(page, (r.x1 + dx, r.y1 - 1.5 + dy), text, seed, size=size, color=color)


def stamp_seal(page: pymupdf.Page, center: tuple[float, float], text: str, r: float = 22) -> None:
    """A red company seal (hanko / rubber stamp)."""
    red = (0.78, 0.12, 0.12)
    c = pymupdf.Point(*center)
    page.draw_circle(c, r, color=red, width=1.6)
    page.draw_circle(c, r - 3, color=red, width=0.6)
    page.insert_htmlbox(
        pymupdf.Rect(c.x - r + 4, c.y - 9, c.x + r - 4, c.y + 12),
        f'<div style="font-family:sans-serif;font-size:6.5pt;color:#c81e1e;text-align:center;font-weight:bold">{text}</div>',
    )


# ----------------------------------------------------------------------------------------------
# the scanner, the phone camera and the OCR layer
# ----------------------------------------------------------------------------------------------
def raster(
    doc: pymupdf.Document, dpi: int, pages: Sequence[int] | None = None, color: bool = False
) -> list[Image.Image]:
    out = []
    for i, page in enumerate(doc):
        if pages is not None and i not in pages:
            continue
        pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csRGB if color else pymupdf.csGRAY, alpha=False)
        out.append(Image.frombytes("RGB" if color else "L", (pix.width, pix.height), pix.samples))
    return out


def scanify(
    img: Image.Image,
    seed: str,
    *,
    skew: float = 0.5,
    noise: float = 7.0,
    blur: float = 0.45,
    rotate: int = 0,
    speckle: int = 80,
    shadow: bool = True,
    contrast: float = 1.18,
) -> Image.Image:
    rng = np.random.default_rng(seed_int("scan", seed))
    im = img.convert("L")
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    im = ImageEnhance.Contrast(im).enhance(contrast)
    if skew:
        im = im.rotate(skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=250)
    arr = np.asarray(im, dtype=np.float32)
    arr = arr + rng.normal(0, noise, arr.shape)
    h, w = arr.shape
    if speckle:
        ys = rng.integers(0, h, speckle)
        xs = rng.integers(0, w, speckle)
        arr[ys, xs] = rng.uniform(20, 120, speckle)
    if shadow:
        band = max(4, w // 90)
        arr[:, :band] *= np.linspace(0.55, 1.0, band)[None, :]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    im = Image.fromarray(arr, "L")
    if rotate:
        im = im.rotate(rotate, expand=True)
    return im


def jpeg(img: Image.Image, quality: int = 72, exif: Image.Exif | None = None) -> bytes:
    buf = io.BytesIO()
    if exif is not None:
        img.save(buf, "JPEG", quality=quality, exif=exif)
    else:
        img.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def image_pdf(
    images: Sequence[Image.Image],
    meta: Meta,
    dpi: int,
    *,
    quality: int = 70,
    ocr: Sequence[list[tuple[float, float, float, float, str]] | None] | None = None,
    page_rotation: Sequence[int] | None = None,
) -> bytes:
    """Image-only PDF as a scanner writes it; ``ocr`` adds an invisible text layer per page
    (searchable scan); ``page_rotation`` sets /Rotate per page."""
    doc = pymupdf.open()
    for i, img in enumerate(images):
        w, h = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        page = doc.new_page(width=w, height=h)
        page.insert_image(page.rect, stream=jpeg(img, quality))
        lines = ocr[i] if ocr else None
        if lines:
            for x0, y0, x1, y1, text in lines:
                try:
                    text.encode("latin-1")
                except UnicodeEncodeError:
                    text = text.encode("latin-1", "replace").decode("latin-1")
                fs = max(3.0, (y1 - y0) * 0.86)
                base = pymupdf.Point(x0, y1 - (y1 - y0) * 0.2)
                natural = pymupdf.get_text_length(text, fontname="helv", fontsize=fs) or 1.0
                sx = max(0.3, min(3.0, (x1 - x0) / natural))
                page.insert_text(
                    base, text, fontsize=fs, fontname="helv", render_mode=3, morph=(base, pymupdf.Matrix(sx, 1))
                )
        if page_rotation and page_rotation[i]:
            page.set_rotation(page_rotation[i])
    return finish(doc, meta, subset=False)


def words_of(doc: pymupdf.Document) -> list[list[tuple[float, float, float, float, str]]]:
    """Line boxes and text of each page, as an OCR engine would return them."""
    out = []
    for page in doc:
        lines: dict[tuple[int, int], list[Any]] = {}
        for w in page.get_text("words", flags=pymupdf.TEXTFLAGS_WORDS & ~pymupdf.TEXT_PRESERVE_LIGATURES):
            lines.setdefault((w[5], w[6]), []).append(w)
        page_lines = []
        for ws in lines.values():
            page_lines.append(
                (
                    min(w[0] for w in ws),
                    min(w[1] for w in ws),
                    max(w[2] for w in ws),
                    max(w[3] for w in ws),
                    unicodedata.normalize("NFKC", " ".join(w[4] for w in ws)),
                )
            )
        out.append(page_lines)
    return out


def scanned(
    doc: pymupdf.Document,
    seed: str,
    meta: Meta,
    *,
    dpi: int = 150,
    skew: Sequence[float] | float = 0.5,
    rotate: Sequence[int] | None = None,
    searchable: bool = False,
    quality: int = 70,
    noise: float = 7.0,
    page_rot: Sequence[int] | None = None,
) -> bytes:
    imgs = raster(doc, dpi)
    skews = list(skew) if isinstance(skew, Sequence) else [skew]
    skews = (skews + [skews[-1] * -0.6] * len(imgs))[: len(imgs)]
    rots = (list(rotate or []) + [0] * len(imgs))[: len(imgs)]
    scans = [scanify(im, f"{seed}|{i}", skew=skews[i], rotate=rots[i], noise=noise) for i, im in enumerate(imgs)]
    ocr = None
    if searchable:
        ocr = []
        for i, words in enumerate(words_of(doc)):
            # the OCR engine works on the deskewed image: coordinates of the original layout
            ocr.append(words if not rots[i] else None)
    rot_flags = (list(page_rot or []) + [0] * len(imgs))[: len(imgs)]
    return image_pdf(scans, meta, dpi, quality=quality, ocr=ocr, page_rotation=rot_flags)


def scanner_meta(model: str, t: dt.datetime, title: str = "") -> Meta:
    return Meta(title, "", t, creator=model, producer=model)


def _solve_perspective(dst: Sequence[tuple[float, float]], src: Sequence[tuple[float, float]]) -> list[float]:
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    sol = np.linalg.solve(np.array(rows, dtype=np.float64), np.array(rhs, dtype=np.float64))
    return [float(s) for s in sol]


def phone_photo(
    page_img: Image.Image,
    seed: str,
    taken: dt.datetime,
    *,
    device: tuple[str, str] = ("Apple", "iPhone 13"),
    tilt: float = 1.0,
    width: int = 1500,
    quality: int = 82,
) -> bytes:
    """A sheet of paper photographed on a desk: keystone perspective, warm light, falloff, JPEG + EXIF."""
    rng = random.Random("photo|" + seed)
    paper = page_img.convert("RGB")
    r, g, b = paper.split()
    paper = Image.merge(
        "RGB", (r.point(lambda v: int(v * 0.98)), g.point(lambda v: int(v * 0.95)), b.point(lambda v: int(v * 0.86)))
    )
    pw, ph = paper.size
    cw, chh = int(pw * 1.3), int(ph * 1.22)
    desk = np.zeros((chh, cw, 3), dtype=np.float32)
    base = np.array([96, 74, 55], dtype=np.float32)
    grain = np.random.default_rng(seed_int("desk", seed)).normal(0, 9, (chh, cw, 1))
    stripes = np.sin(np.linspace(0, 40, cw))[None, :, None] * 7
    desk[:] = base + grain + stripes
    canvas = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8), "RGB").convert("RGBA")
    ox, oy = (cw - pw) // 2, (chh - ph) // 2
    sheet = Image.new("RGBA", (cw, chh), (0, 0, 0, 0))
    sheet.paste(paper.convert("RGBA"), (ox, oy))
    src = [(ox, oy), (ox + pw, oy), (ox + pw, oy + ph), (ox, oy + ph)]
    j = lambda s: rng.uniform(-s, s) * tilt  # noqa: E731
    dst = [
        (ox + pw * (0.07 + j(0.02)), oy + ph * (0.03 + j(0.02))),
        (ox + pw * (0.95 + j(0.02)), oy + ph * (0.01 + j(0.02))),
        (ox + pw * (1.04 + j(0.02)), oy + ph * (0.99 + j(0.015))),
        (ox + pw * (-0.04 + j(0.02)), oy + ph * (0.97 + j(0.015))),
    ]
    coeffs = _solve_perspective(dst, src)
    moved = sheet.transform(sheet.size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    canvas.alpha_composite(moved)
    warped = canvas.convert("RGB")
    arr = np.asarray(warped, dtype=np.float32)
    yy, xx = np.mgrid[0:chh, 0:cw]
    cx, cy = cw * rng.uniform(0.3, 0.7), chh * rng.uniform(0.2, 0.5)
    dist = np.sqrt(((xx - cx) / cw) ** 2 + ((yy - cy) / chh) ** 2)
    light = 1.08 - 0.55 * dist
    arr = np.clip(arr * light[..., None], 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, "RGB").filter(ImageFilter.GaussianBlur(0.7))
    scale = width / out.size[0]
    out = out.resize((width, int(out.size[1] * scale)), Image.Resampling.LANCZOS)
    exif = Image.Exif()
    exif[0x010F] = device[0]
    exif[0x0110] = device[1]
    exif[0x0132] = taken.strftime("%Y:%m:%d %H:%M:%S")
    exif[0x0131] = "17.4.1" if device[0] == "Apple" else "G998BXXU9FXA1"
    return jpeg(out, quality, exif)


def page_image(doc: pymupdf.Document, index: int, dpi: int = 110) -> Image.Image:
    return raster(doc, dpi, pages=[index], color=True)[0]


# ==============================================================================================
# e-mail: .eml (email package), .msg (aspose-email-foss), printed threads
# ==============================================================================================
@dataclass
class Mail:
    sender: Person
    to: list[Person]
    subject: str
    sent: dt.datetime
    body: str
    cc: list[Person] = field(default_factory=list)
    attachments: list[tuple[str, bytes, str]] = field(default_factory=list)
    html: str | None = None
    msgid: str = ""
    in_reply_to: str | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    mailer: str = "Microsoft Outlook 16.0"

    def __post_init__(self) -> None:
        if not self.msgid:
            dom = self.sender.email.split("@")[1]
            self.msgid = f"<{hx('mid', self.sender.email, self.subject, self.sent.isoformat(), n=24)}@{dom}>"


def _received(mail: Mail) -> list[tuple[str, str]]:
    dom = mail.sender.email.split("@")[1]
    rcpt = mail.to[0].email.split("@")[1] if mail.to else dom
    t1 = mail.sent + dt.timedelta(seconds=2)
    t2 = mail.sent + dt.timedelta(seconds=3)
    hop = hx("hop", mail.msgid, n=6).lower()
    return [
        (
            "Received",
            f"from {hop}.mail.protection.outlook.com (2603:10a6:20b:{hop[:4]}::12) by "
            f"mx.{rcpt} with Microsoft SMTP Server (version=TLS1_2, "
            f"cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8398.12; {format_datetime(t2)}",
        ),
        (
            "Received",
            f"from mail.{dom} ([203.0.113.{seed_int(dom) % 200 + 20}]) by {hop}.mail.protection.outlook.com "
            f"with ESMTPS; {format_datetime(t1)}",
        ),
        (
            "Authentication-Results",
            f"spf=pass (sender IP is 203.0.113.{seed_int(dom) % 200 + 20}) smtp.mailfrom={dom}; "
            f"dkim=pass (signature was verified) header.d={dom};dmarc=pass action=none header.from={dom};",
        ),
    ]


def email_obj(mail: Mail, transport: bool = True) -> EmailMessage:
    msg = EmailMessage()
    if transport:
        for k, v in _received(mail):
            msg[k] = v
    msg["From"] = mail.sender.addr
    msg["To"] = ", ".join(p.addr for p in mail.to)
    if mail.cc:
        msg["Cc"] = ", ".join(p.addr for p in mail.cc)
    msg["Subject"] = mail.subject
    msg["Date"] = format_datetime(mail.sent)
    msg["Message-ID"] = mail.msgid
    if mail.in_reply_to:
        msg["In-Reply-To"] = mail.in_reply_to
        msg["References"] = mail.in_reply_to
    msg["Thread-Topic"] = mail.subject.split(": ", 1)[-1]
    msg["X-Mailer"] = mail.mailer
    for k, v in mail.headers:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    msg.set_content(mail.body)
    if mail.html:
        msg.add_alternative(mail.html, subtype="html")
    for name, data, mime in mail.attachments:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"_{i:03d}_{hx('b', mail.msgid, str(i), n=20)}_")
    return msg


def eml(mail: Mail) -> bytes:
    return email_obj(mail).as_bytes(policy=email_policy.SMTP)


def outlook_msg(mail: Mail, *, transport: bool = True) -> bytes:
    message = MapiMessage.from_email_message(email_obj(mail, transport=False))
    text = PropertyTypeCode.PTYP_STRING
    message.set_property(0x5D01, text, mail.sender.email)
    message.set_property(0x5D02, text, mail.sender.email)
    message.set_property(
        CommonMessagePropertyId.MESSAGE_DELIVERY_TIME, PropertyTypeCode.PTYP_TIME, mail.sent.astimezone(UTC)
    )
    if transport:
        head = [f"{k}: {v}" for k, v in _received(mail)] + [
            f"From: {mail.sender.addr}",
            f"To: {', '.join(p.addr for p in mail.to)}",
            *([f"Cc: {', '.join(p.addr for p in mail.cc)}"] if mail.cc else []),
            f"Subject: {mail.subject}",
            f"Date: {format_datetime(mail.sent)}",
            f"Message-ID: {mail.msgid}",
            "MIME-Version: 1.0",
            'Content-Type: text/plain; charset="utf-8"',
        ]
        message.set_property(CommonMessagePropertyId.TRANSPORT_MESSAGE_HEADERS, text, "\r\n".join(head) + "\r\n\r\n")
    data: bytes = message.to_bytes()
    return data


def outlook_sent(t: dt.datetime, style: str = "us") -> str:
    if style == "gb":
        return f"{t.strftime('%A')}, {t.day} {t.strftime('%B')} {t.year} {t.strftime('%H:%M')}"
    h = t.hour % 12 or 12
    return (
        f"{t.strftime('%A')}, {t.strftime('%B')} {t.day}, {t.year} {h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
    )


def quote_outlook(mail: Mail, style: str = "us") -> str:
    lines = [
        "________________________________",
        f"From: {mail.sender.name} <{mail.sender.email}>",
        f"Sent: {outlook_sent(mail.sent, style)}",
        f"To: {'; '.join(f'{p.name} <{p.email}>' for p in mail.to)}",
    ]
    if mail.cc:
        lines.append(f"Cc: {'; '.join(f'{p.name} <{p.email}>' for p in mail.cc)}")
    lines += [f"Subject: {mail.subject}", "", mail.body]
    return "\n".join(lines)


def quote_gmail(mail: Mail) -> str:
    t = mail.sent
    head = f"On {t.strftime('%a')}, {t.day} {t.strftime('%b')} {t.year} at {t.strftime('%H:%M')}, {mail.sender.name} <{mail.sender.email}> wrote:"
    return head + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in mail.body.splitlines())


def printed_thread(owner: Person, thread: Sequence[Mail], meta: Meta, style: str = "us") -> bytes:
    """Outlook 'Print' of a conversation: newest message first, headers as a table."""
    parts = [f'<p style="font-size:11pt" class="b">{escape(owner.name)}</p><hr/>']
    for m in thread:
        rows = [
            ("From:", f"{escape(m.sender.name)} &lt;{escape(m.sender.email)}&gt;"),
            ("Sent:", outlook_sent(m.sent, style)),
            ("To:", "; ".join(f"{escape(p.name)} &lt;{escape(p.email)}&gt;" for p in m.to)),
        ]
        if m.cc:
            rows.append(("Cc:", "; ".join(f"{escape(p.name)} &lt;{escape(p.email)}&gt;" for p in m.cc)))
        rows.append(("Subject:", escape(m.subject)))
        if m.attachments:
            rows.append(("Attachments:", "; ".join(escape(a[0]) for a in m.attachments)))
        parts.append(table([(f'<span class="b">{k}</span>', v) for k, v in rows], cls="nb"))
        body = "<br/>".join(escape(ln) if ln else "&#160;" for ln in m.body.splitlines())
        parts.append(f"<p>{body}</p><hr/>")
    return pdf(
        "".join(parts),
        meta,
        css=CSS.replace("9.5pt", "10pt"),
        size="letter" if style == "us" else "a4",
        deco=running(numbers="{i}"),
    )


# ==============================================================================================
# e-signature envelopes
# ==============================================================================================
@dataclass
class Signer:
    person: Person
    company: str
    anchor: str
    sent: dt.datetime
    viewed: dt.datetime | None
    signed: dt.datetime | None
    ip: str
    date_anchor: str | None = None
    date_fmt: Callable[[dt.date], str] = f_us
    adoption: str = "Drawn on Device"
    anchor_nth: int = 0
    place: str = "below"  # below | right
    date_nth: int | None = None


@dataclass
class Envelope:
    eid: str
    subject: str
    sender: Person
    sender_company: str
    signers: list[Signer]
    zone_label: str = "(UTC-08:00) Pacific Time (US & Canada)"

    @property
    def complete(self) -> bool:
        return all(s.signed for s in self.signers)


def _ds_time(t: dt.datetime) -> str:
    h = t.hour % 12 or 12
    return f"{t.month}/{t.day}/{t.year} | {h:02d}:{t.minute:02d}:{t.second:02d} {'AM' if t.hour < 12 else 'PM'}"


def docusign(doc: pymupdf.Document, env: Envelope, doc_name: str, meta: Meta) -> bytes:
    """Stamp the envelope id on every page, place the adopted signatures of those who signed,
    and append the Certificate Of Completion."""
    for page in doc:
        page.insert_htmlbox(
            pymupdf.Rect(36, 8, 400, 22),
            f'<div style="font-family:sans-serif;font-size:6.5pt;color:#333">Docusign Envelope ID: {env.eid}</div>',
        )
    for s in env.signers:
        if not s.signed:
            continue
        page, r = find(doc, s.anchor, s.anchor_nth)
        if s.place == "right":
            box = pymupdf.Rect(r.x1 + 6, r.y0 - 12, r.x1 + 150, r.y0 + 22)
        else:
            box = pymupdf.Rect(r.x0 + 8, r.y1 + 1, r.x0 + 150, r.y1 + 28)
        page.draw_rect(box, color=(0.2, 0.3, 0.7), width=0.5, radius=0.12)
        page.insert_htmlbox(
            pymupdf.Rect(box.x0 + 3, box.y0 + 1, box.x1, box.y0 + 10),
            '<div style="font-family:sans-serif;font-size:5.5pt;color:#333">DocuSigned by:</div>',
        )
        scribble(
            page,
            pymupdf.Rect(box.x0 + 6, box.y0 + 8, box.x1 - 10, box.y1 - 6),
            "ds|" + s.person.email,
            color=(0.05, 0.05, 0.3),
            width=0.9,
        )
        page.insert_htmlbox(
            pymupdf.Rect(box.x0 + 3, box.y1 - 7, box.x1, box.y1 + 2),
            f'<div style="font-family:sans-serif;font-size:5pt;color:#555">{hx("dsid", env.eid, s.person.email, n=15)}...</div>',
        )
        if s.date_anchor:
            dp, dr = find(doc, s.date_anchor, s.anchor_nth if s.date_nth is None else s.date_nth)
            dp.insert_htmlbox(
                pymupdf.Rect(dr.x1 + 6, dr.y0 - 1, dr.x1 + 160, dr.y1 + 4),
                f'<div style="font-family:sans-serif;font-size:9pt">{s.date_fmt(s.signed.date())}</div>',
            )
    pages = doc.page_count
    signed = [s for s in env.signers if s.signed]
    status = "Completed" if env.complete else "Sent"
    rows = []
    for s in env.signers:
        sig = (
            ("[signature image]<br/>" + f"Signature Adoption: {s.adoption}<br/>Using IP Address: {s.ip}")
            if s.signed
            else ""
        )
        times = [f"Sent: {_ds_time(s.sent)}"]
        if s.viewed:
            times.append(f"Viewed: {_ds_time(s.viewed)}")
        if s.signed:
            times.append(f"Signed: {_ds_time(s.signed)}")
        rows.append(
            (
                f"{escape(s.person.name)}<br/>{escape(s.person.email)}<br/>{escape(s.person.title)}<br/>{escape(s.company)}<br/>"
                "Security Level: Email, Account Authentication (None)",
                sig,
                "<br/>".join(times),
            )
        )
        if s.viewed:
            rows.append(
                (
                    f"Electronic Record and Signature Disclosure:<br/>Accepted: {_ds_time(s.viewed)}<br/>ID: {guid('erd', s.person.email)}",
                    "",
                    "",
                )
            )
    last = max((s.signed for s in signed), default=None)
    first_sent = min(s.sent for s in env.signers)
    summary = [("Envelope Sent", "Hashed/Encrypted", _ds_time(first_sent))]
    if any(s.viewed for s in env.signers):
        summary.append(
            ("Certified Delivered", "Security Checked", _ds_time(max(s.viewed for s in env.signers if s.viewed)))
        )
    if env.complete and last:
        summary += [
            ("Signing Complete", "Security Checked", _ds_time(last)),
            ("Completed", "Security Checked", _ds_time(last)),
        ]
    html = (
        '<h1 style="font-size:13pt">Certificate Of Completion</h1>'
        + table(
            [
                (f"Envelope Id: {env.eid}", f"Status: {status}"),
                (f"Subject: Complete with Docusign: {escape(doc_name)}", ""),
                (
                    f"Source Envelope:<br/>Document Pages: {pages}<br/>Certificate Pages: 1<br/>AutoNav: Enabled<br/>"
                    f"EnvelopeId Stamping: Enabled<br/>Time Zone: {env.zone_label}",
                    f"Signatures: {len(signed)}<br/>Initials: 0<br/>Envelope Originator:<br/>{escape(env.sender.name)}<br/>"
                    f"{escape(env.sender_company)}<br/>{escape(env.sender.email)}<br/>IP Address: 198.51.100.{seed_int(env.eid) % 200 + 10}",
                ),
            ],
            cls="nb",
        )
        + "<h3>Record Tracking</h3>"
        + table(
            [
                (
                    f"Status: Original<br/>{_ds_time(first_sent - dt.timedelta(minutes=4))}",
                    f"Holder: {escape(env.sender.name)}<br/>{escape(env.sender.email)}",
                    "Location: DocuSign",
                )
            ],
            cls="nb",
        )
        + table(rows, head=("Signer Events", "Signature", "Timestamp"), widths=(45, 27, 28))
        + table([("", "", "")], head=("In Person Signer Events", "Signature", "Timestamp"), widths=(45, 27, 28))
        + table([("", "", "")], head=("Carbon Copy Events", "Status", "Timestamp"), widths=(45, 27, 28))
        + table(summary, head=("Envelope Summary Events", "Status", "Timestamps"), widths=(45, 27, 28))
    )
    cert = render(html, css=CSS.replace("9.5pt", "8pt"), size="letter")
    cert[0].insert_htmlbox(
        pymupdf.Rect(36, 8, 400, 22),
        f'<div style="font-family:sans-serif;font-size:6.5pt;color:#333">Docusign Envelope ID: {env.eid}</div>',
    )
    doc.insert_pdf(cert)
    return finish(doc, meta)


@dataclass
class AdobeSigner:
    person: Person
    anchor: str
    emailed: dt.datetime
    viewed: dt.datetime
    signed: dt.datetime | None
    ip: str
    zone: str = "GMT"
    anchor_nth: int = 0


def _adobe_time(t: dt.datetime, zone: str) -> str:
    h = t.hour % 12 or 12
    return f"{t.strftime('%Y-%m-%d')} - {h}:{t.minute:02d}:{t.second:02d} {'AM' if t.hour < 12 else 'PM'} {zone}"


def adobe_sign(
    doc: pymupdf.Document,
    *,
    title: str,
    creator: Person,
    created: dt.datetime,
    signers: list[AdobeSigner],
    meta: Meta,
    zone: str = "GMT",
) -> bytes:
    """Acrobat Sign: typed-script signature with name and time under it; Final Audit Report appended."""
    for s in signers:
        if not s.signed:
            continue
        page, r = find(doc, s.anchor, s.anchor_nth)
        base = pymupdf.Point(r.x1 + 8, r.y1 - 2)
        page.insert_text(base, s.person.name, fontname="tiit", fontsize=17, color=(0.05, 0.1, 0.45))
        t = s.signed
        h = t.hour % 12 or 12
        page.insert_htmlbox(
            pymupdf.Rect(base.x, base.y + 2, base.x + 260, base.y + 14),
            f'<div style="font-family:sans-serif;font-size:6.5pt;color:#1a3c8c">{escape(s.person.name)} '
            f"({t.strftime('%b')} {t.day}, {t.year} {h}:{t.minute:02d} {s.zone})</div>",
        )
    tx = "CBJCHBCAABAA" + hx("adobe", title, n=32)
    done = [s for s in signers if s.signed]
    status = "Signed" if len(done) == len(signers) else "Out for signature"
    events = [
        (
            "Document created by " + f"{escape(creator.name)} ({escape(creator.email)})",
            _adobe_time(created, zone) + f" - IP address: 198.51.100.{seed_int(title) % 90 + 10}",
        )
    ]
    for s in signers:
        events.append((f"Document emailed to {escape(s.person.email)} for signature", _adobe_time(s.emailed, zone)))
        events.append(
            (f"Email viewed by {escape(s.person.email)}", _adobe_time(s.viewed, zone) + f" - IP address: {s.ip}")
        )
        if s.signed:
            events.append(
                (
                    f"Signer {escape(s.person.email)} entered name at signing as {escape(s.person.name)}",
                    _adobe_time(s.signed, zone) + f" - IP address: {s.ip}",
                )
            )
            events.append(
                (
                    f"Document e-signed by {escape(s.person.name)} ({escape(s.person.email)})",
                    f"Signature Date: {_adobe_time(s.signed, zone)} - Time Source: server - IP address: {s.ip}",
                )
            )
    if done and len(done) == len(signers):
        last = max(s.signed for s in done if s.signed)
        events.append(("Agreement completed.", _adobe_time(last, zone)))
    rep_day = max((s.signed for s in done if s.signed), default=created)
    html = (
        f'<p class="small">Final Audit Report</p><p class="r small">{rep_day.strftime("%Y-%m-%d")}</p>'
        + table(
            [
                ("Created:", created.strftime("%Y-%m-%d")),
                ("By:", f"{escape(creator.name)} ({escape(creator.email)})"),
                ("Status:", status),
                ("Transaction ID:", tx),
            ],
            cls="nb",
        )
        + f'<h2>"{escape(title)}" History</h2>'
        + "".join(f'<p>{e}<br/><span class="small">{t}</span></p>' for e, t in events)
        + '<p class="tiny">Powered by Adobe Acrobat Sign</p>'
    )
    audit = render(html, css=CSS.replace("9.5pt", "8.5pt"), size="letter")
    doc.insert_pdf(audit)
    return finish(doc, meta)


# ==============================================================================================
# Word (.docx) files
# ==============================================================================================
def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def word_file(
    build: Callable[[Any], None], *, title: str, author: str, created: dt.datetime, modified: dt.datetime
) -> bytes:
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Aptos"
    normal.font.size = Pt(10.5)
    build(document)
    props = document.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = created.astimezone(UTC).replace(tzinfo=None)
    props.modified = modified.astimezone(UTC).replace(tzinfo=None)
    props.revision = 3
    buf = io.BytesIO()
    document.save(buf)
    return fixed_zip(buf.getvalue())


def w_table(document: Any, rows: Sequence[Sequence[str]], head: Sequence[str] | None = None) -> None:
    ncols = len(head) if head else len(rows[0])
    t = document.add_table(rows=0, cols=ncols)
    t.style = "Table Grid"
    if head:
        cells = t.add_row().cells
        for c, h in zip(cells, head, strict=True):
            c.text = h
            for run in c.paragraphs[0].runs:
                run.bold = True
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r, strict=True):
            c.text = v


# ==============================================================================================
# survey exports, invoices
# ==============================================================================================
def survey(
    claim_id: str, respondent: str, done: dt.datetime, answers: Sequence[tuple[str, str]], sig: tuple[str, str, str]
) -> bytes:
    name, company, title = sig
    data = {
        "format": "poe-attestation/1",
        "claim_id": claim_id,
        "respondent": respondent,
        "completed_at": iso_z(done),
        "answers": [{"question": q, "answer": a} for q, a in answers]
        + [
            {
                "question": "Please type your full name, company name and job title as your electronic signature.",
                "answer": " / ".join(x for x in sig if x),
            }
        ],
        "signature": {"full_name": name, "company": company, "job_title": title},
    }
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def customer_survey(claim_id: str, done: dt.datetime, sig: tuple[str, str, str], summary: str, partner: str) -> bytes:
    return survey(
        claim_id,
        "customer",
        done,
        [
            (f"Did {partner} deliver the engagement to your organisation?", "Yes"),
            ("Which activities were delivered?", summary),
            ("How satisfied are you with the partner's delivery? (1-5)", "5"),
            ("Would you recommend this partner to a peer?", "Yes"),
        ],
        sig,
    )


def partner_survey(claim_id: str, done: dt.datetime, sig: tuple[str, str, str], summary: str, extra: str) -> bytes:
    return survey(
        claim_id,
        "partner",
        done,
        [
            ("Summarise the activities delivered for this engagement.", summary),
            ("Outcome / next steps agreed with the customer.", extra),
            ("I confirm the engagement was delivered as described in the program guide.", "Agree"),
        ],
        sig,
    )


@dataclass
class InvoiceLine:
    text: str
    amount: float


def money(v: float, cur: str = "USD", style: str = "en") -> str:
    if style == "de":
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return f"{s} {cur}"
    return f"{cur} {v:,.2f}" if cur != "$" else f"${v:,.2f}"


def invoice_a(
    *,
    partner: Company,
    contact: Person,
    number: str,
    issued: dt.date,
    due: dt.date,
    lines: Sequence[InvoiceLine],
    cur: str = "USD",
    tax_label: str | None = None,
    tax_rate: float = 0.0,
    ref_rows: Sequence[tuple[str, str]] = (),
    bank: str = "",
    notes: str = "",
    style: str = "en",
    accent: str = "#0f4c81",
    meta: Meta,
) -> bytes:
    """A classic invoice laid out by an accounting package."""
    sub = sum(line.amount for line in lines)
    tax = round(sub * tax_rate, 2)
    rows = [(escape(line.text), money(line.amount, cur, style)) for line in lines]
    totals = [("Subtotal (pre-tax)", money(sub, cur, style))]
    if tax_label:
        totals.append((tax_label, money(tax, cur, style)))
    totals.append((f"Total {cur}", money(sub + tax, cur, style)))
    html = (
        f'<table class="nb"><tr><td><h1 style="color:{accent}">{escape(partner.name)}</h1>'
        f'<p class="small">{escape(partner.address)}<br/>{escape(contact.email)} · www.{partner.domain}</p></td>'
        f'<td class="r"><h1 style="color:{accent}">INVOICE</h1></td></tr></table>'
        + table(
            [
                ("Invoice number", number),
                ("Invoice date", f_gb(issued) if style != "us" else f_long(issued)),
                ("Due date", f_gb(due) if style != "us" else f_long(due)),
                *ref_rows,
            ],
            cls="nb",
        )
        + "<h3>Bill to</h3><p>Microsoft Corporation<br/>Microsoft Commerce Incentives (MCI) - Partner Incentives<br/>"
        "One Microsoft Way, Redmond, WA 98052, United States</p>"
        + table(rows, head=("Description", "Amount"), widths=(75, 25))
        + table(totals, cls="nb")
        + (f'<p class="small">{notes}</p>' if notes else "")
        + (f'<p class="small"><span class="b">Payment details:</span> {bank}</p>' if bank else "")
    )
    return pdf(html, meta, size="letter" if style == "us" else "a4")


def invoice_b(
    *,
    partner: Company,
    contact: Person,
    number: str,
    issued: dt.date,
    claim_line: str,
    amount_text: str,
    extra_rows: Sequence[tuple[str, str]] = (),
    footer: str = "",
    meta: Meta,
) -> bytes:
    """A plain, one-table 'tax invoice' as small firms send them (Word template)."""
    html = (
        f'<p class="r small">{escape(partner.name)}<br/>{escape(partner.address)}</p>'
        '<h1 style="font-size:20pt;letter-spacing:2pt">TAX INVOICE</h1>'
        + kv(
            [
                ("Invoice No.", number),
                ("Date", f_gb(issued)),
                ("Customer", "Microsoft Corporation (MCI Engagements)"),
                ("Prepared by", f"{escape(contact.name)}, {escape(contact.title)}"),
            ]
        )
        + table([(claim_line, amount_text), *extra_rows], head=("Particulars", "Amount"), widths=(70, 30))
        + (f'<p class="small">{footer}</p>' if footer else "")
    )
    return pdf(html, meta)


# ==============================================================================================
# claim.json and the case record
# ==============================================================================================
@dataclass
class Case:
    claim: dict[str, Any]
    slug: str
    files: dict[str, bytes]
    decision: str
    why: str
    shows: str
    checks: dict[str, Any]
    container: str = "dir"  # dir | zip | zip-folder

    @property
    def claim_id(self) -> str:
        return str(self.claim["claim_id"])

    @property
    def name(self) -> str:
        return f"{self.claim_id}_{self.slug}"

    @property
    def entry(self) -> str:
        return self.name + (".zip" if self.container != "dir" else "")


def claim_json(
    *,
    cid: str,
    program: str,
    area: str,
    submitted: dt.datetime,
    partner: Company,
    pc: Person,
    customer: Company,
    cc: Person,
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
        "submitted_at": iso_z(submitted),
        "incentive_opt_out": opt_out,
        "partner": partner.as_partner(pc),
        "customer": customer.as_customer(cc),
        "workloads": wl,
        "engagement": engagement,
        "transaction_date": transaction.isoformat() if transaction else None,
        "consent_date": consent.isoformat() if consent else None,
        "documents": [{"path": p, "role": r} for p, r in docs],
        "comments": [{"author": a, "at": iso_z(t), "text": x} for a, t, x in comments],
        "history": [{"action": a, "at": iso_z(t), "by": b} for a, t, b in history]
        if history
        else [{"action": a, "at": iso_z(t), "by": b} for a, t, b in hist],
    }


def cpor_claim(
    cid: str,
    *,
    area: str,
    submitted: dt.datetime,
    partner: Company,
    pc: Person,
    customer: Company,
    cc: Person,
    workloads: Sequence[str | tuple[str, str]],
    docs: Sequence[tuple[str, str]],
    kind: str = "usage",
    **kw: Any,
) -> dict[str, Any]:
    return claim_json(
        cid=cid,
        program="cpor",
        kind=kind,
        area=area,
        submitted=submitted,
        partner=partner,
        pc=pc,
        customer=customer,
        cc=cc,
        workloads=workloads,
        docs=docs,
        **kw,
    )


def pa_claim(
    cid: str,
    *,
    area: str,
    submitted: dt.datetime,
    partner: Company,
    pc: Person,
    customer: Company,
    cc: Person,
    engagement: dict[str, Any],
    consent: dt.date,
    docs: Sequence[tuple[str, str]],
    comments: Sequence[tuple[str, dt.datetime, str]] = (),
) -> dict[str, Any]:
    history = [
        (
            "request customer consent",
            dt.datetime.combine(consent - dt.timedelta(days=2), dt.time(14, 30), tzinfo=UTC),
            pc.email,
        ),
        ("customer consent approved", dt.datetime.combine(consent, dt.time(9, 45), tzinfo=UTC), None),
        ("document submission", submitted - dt.timedelta(minutes=11), pc.email),
        ("submission", submitted, pc.email),
    ]
    return claim_json(
        cid=cid,
        program="partner_activities",
        area=area,
        submitted=submitted,
        partner=partner,
        pc=pc,
        customer=customer,
        cc=cc,
        docs=docs,
        engagement=engagement,
        consent=consent,
        comments=comments,
        history=history,
    )


AMMP_S = {
    "id": "AMMP-PL-ADM-S",
    "name": "AMMP App/Data Modernization (Small)",
    "activity_type": "xs_small",
    "payout_type": "fixed",
    "proposed_payout_usd": None,
}


def variable_engagement(eid: str, name: str, payout: int, activity: str = "standard") -> dict[str, Any]:
    return {
        "id": eid,
        "name": name,
        "activity_type": activity,
        "payout_type": "variable",
        "proposed_payout_usd": payout,
    }


# expectations shared by many bundles
CPOR_ONLY = {"invoice": "not_applicable", "attestations": "not_applicable", "submission_window": "not_applicable"}
NOT_PUBLIC = {"public_sector": ["not_applicable", "pass"]}
NO_MAIL = {"customer_domain": ["pass", "not_applicable"]}
CPOR_GOOD = {
    **CPOR_ONLY,
    **NOT_PUBLIC,
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
PA_GOOD = {
    **NOT_PUBLIC,
    **NO_MAIL,
    "required_documents": "pass",
    "customer_acknowledgement": "pass",
    "partner_customer_names": "pass",
    "activity_detail": "pass",
    "workload_match": ["pass", "not_applicable"],
    "acknowledgement_date": ["pass", "not_applicable"],
    "ineligible_customer": "pass",
    "unacceptable_documents": "pass",
    "document_language": "pass",
    "invoice": "pass",
    "attestations": "pass",
    "submission_window": "pass",
    "reused_evidence": "pass",
}


def expect(base: dict[str, Any], **over: Any) -> dict[str, Any]:
    out = dict(base)
    out.update(over)
    return out


# ==============================================================================================
# the guide's words, quoted in every "why"
# ==============================================================================================
G_PAPER = (
    "'Physically signed paper documents in image files or PDFs, where the submitted POE file contains the "
    "signature and identifying information for the corresponding agreement'"
)
G_MAIL = (
    "'Signatures can be in .MSG or .PDF (email) format, e.g. using the email acknowledgment from the customer as a "
    "signature. Must ensure that the customer domain is correct regardless of the format'"
)
G_ESIG = "'A valid, secure, and verifiable electronic signature (eSignature)'"
G_NAMES = "'The name of the claiming partner and the corresponding customer clearly visible'"
G_DETAIL = (
    "'Activities driving pre-sales/or usage growth need to be explicitly stated in detail' (acceptable: 'Number "
    "of users or infrastructure impacted per workload, timelines of the proposed work')"
)
G_CONNECT = "'Connection between workloads mentioned in the POE and what is being claimed'"
G_12M = "'Signature or customer acknowledgement in your proof execution must not be older than 12 months (usage only)'"
G_STALE = (
    "'POE documents with signatures aging more than 12 months, will need to have a recent POE or customer "
    "acknowledgement confirming active engagement with the customer (this can be an e-mail confirmation "
    "describing the work)'"
)
G_GENERIC = (
    "'Insufficient material: General product benefits taken from technical or promotional materials, list of "
    'high-level tasks (e.g., "testing, ongoing support"), and generic POE templates submitted on other partner claims\''
)
G_NOACK = "'Documents without customer acknowledgment' (not accepted as proof of execution)"
G_PASTE = "'Copying/pasting physical signatures' (not accepted as proof of execution)"
G_PARTNER_MAIL = (
    "'E-mail from the partner where the customer does not accept or approve Partner's claimed or "
    "proposed work' (not accepted)"
)
G_AMBIG = (
    "the guide's 'Example: Invalid POE' - '1. Ambiguous customer acknowledgement' ('We agree that Fabrikam will "
    "be our partner on M365 solutions.')"
)
G_PS = (
    "'For Partners claiming themselves as Claiming Partner of Record, it is required for the Partner to disclose to "
    "the customer the potential fees, commission or compensation that Partner will receive from Microsoft ... Where "
    "the customer is a public sector entity, such disclosure will be in writing, and acknowledged by the customer in writing.'"
)
G_PS_SCOPE = (
    "'Public Sector (only applicable for Modern Work & Security usage incentive claims where the partner is "
    "servicing a public sector customer)' and 'In Puerto Rico and the United States, Partners are eligible to earn ...'"
)
G_PS_PA = (
    "'If your claim is for a Public Sector Customer located in India, United States, or Puerto Rico, you must "
    "include proof of Public Sector Disclosure (PSD) in your claim documents.'"
)
G_PS_FAIL = (
    "'A failure to comply with these disclosure requirements may prohibit Microsoft from paying such amounts to "
    "the Partner or require those amounts to be paid back to Microsoft.'"
)
G_PS_REFUSE = (
    "'If a Public Sector customer from a country with specific Public Sector restrictions is not able to agree "
    "to those additional POE requirements, you will not be able to earn incentives for working with them.'"
)
G_AFFIL = (
    "'Partners and Partner affiliate entities are not eligible to receive or retain incentives for activity "
    "connected to a customer that is a partner affiliate, a customer that the partner owes agency of fiduciary "
    "duty, or for any services where the Partner themselves or Microsoft is the end customer.'"
)
G_INVOICE = (
    "'Each claim must have a separate, unique invoice with the following minimum required elements: Engagement "
    "Claim ID, Partner company name, Invoice amount (Incentive rate) in US Dollars'"
)
G_INV_AMT = (
    "'Invoice amount must match payout amount for Partner Market + engagement combination as shown in MCI "
    "Program Guide and must be shown in USD. VAT is not required.'"
)
G_RATES = "'FY23 Activity rates: Market A = $15,000 Market B = $12,000 Market C = $7,500'"
G_MARKET_C = "'Market C countries will include all other countries/regions eligible for Microsoft Commerce Incentives.'"
G_VARIABLE = (
    "'By proceeding to create the claim, you are agreeing to accept the proposed payout amount shown as your "
    "maximum possible earnings for that claim.' and 'Pre-tax amount listed must match the correct engagement fee amount'"
)
G_SMALL = (
    "'For Small Engagements, Partner has 120 days from date of receiving customer consent to submit proof of "
    "execution' (timeline table: 'XS, Small Projects - Occurs 120 days after Customer consent received')"
)
G_STANDARD = "timeline table: 'Standard timeline - Occurs 90 days after Customer consent received if claim status has never changed to Cancelled or Submitted'"
G_ATTEST = (
    "'the final question on all Customer Attestations contain a prompt for electronic signature ... requesting that "
    "the respondent type in their full name, company name, and job title'"
)
G_PA_PARTS = (
    "'Proof of Execution for Partner Activities engagement claims consists of 4–5* components ... i. Partner "
    "Attestation ii. Customer Attestation* iii. Invoice in USD iv. POE document(s) (aka POE Template) v. Public Sector Disclosure**'"
)
G_AMMP_ACTS = (
    "AMMP App/Data Modernization (Small): 'The following activities must be completed ... Application "
    "Compatibility Assessment/Review; Landing Zone Setup or Review; Modernization activities (including "
    "Arc-enablement as required); Azure security deployment and setup (recommended)'"
)
G_ENGLISH = (
    "'the Workshops POE review process does not support documentation review in languages other than English ... "
    "documentation contains information that is not presented in English'"
)
G_PRESALES = "'Pre-Sales only: Please submit proof of engagement with the customer prior to the transaction.'"
G_UPSELL = (
    "'If a claim includes upsell opportunities, indicating that a new POR is driving upsell for the customer, we "
    "will approve claims even in the absence of prior proof of engagement.'"
)
G_LICENSING = (
    "'These documents will not be accepted as proof of execution - A transactional contract for the licensing "
    "sale of Microsoft products. - Pricing quotes. ... - Purchase orders.'"
)
G_LIC_MAIL = (
    "'Insufficient Material: Customer e-mails concerning licensing purchases and e-mails forwarded from customers.'"
)
G_MSA = "'Master services agreements that do not contain recent documentation proving the engagement with the customer' (not accepted)"
G_REJECTED = "status table: 'Rejected - Your POE was insufficient'"
G_AR = (
    "status table: 'Partner Action Required - Microsoft has reviewed your claim and determined more information is "
    "needed to approve.'"
)
G_WORKLOAD_NOTE = "'Only select products you are actively engaged with the customer on. Otherwise your association may be rejected or delayed.'"
G_MSS = (
    "Managed Security Services qualifications: 'Provides 24/7 SOC service to triage, investigate and "
    "remediate/respond to incidents and alerts in Microsoft 365 Defender* and/or Microsoft Defender for Cloud' ... "
    "'*Scope should include Microsoft Defender for Endpoint at a minimum.'"
)
G_BA_NONINC = "'Business Application Usage Recognition | CPOR | Post-sales non incentivized recognition'"


# ==============================================================================================
# Shared boilerplate 1: Wherry Lane Digital's own completion-report template (three clients)
# ==============================================================================================
WHERRY = Company(
    "Wherry Lane Digital Ltd",
    "wherrylane.co.uk",
    "GB",
    "Norwich",
    "12 Elm Hill, Norwich NR3 1HN, United Kingdom",
    location_id="7702145",
    short="Wherry Lane",
)
WL_DM = Person("Tamsin Hollis", "tamsin.hollis@wherrylane.co.uk", "Delivery Manager")
WL_PC = Person("Oliver Grint", "oliver.grint@wherrylane.co.uk", "Principal Consultant")
WL_FOOTER = (
    "Wherry Lane Digital Ltd · Registered in England &amp; Wales No. 09183344 · 12 Elm Hill, Norwich NR3 1HN · "
    "Form WLD-PCR rev 7"
)
WL_ACCEPT = (
    "The Client confirms that the work listed in section 2 was carried out in its Microsoft 365 tenant and is "
    "accepted as complete. Items listed in section 4 are not part of this acceptance and continue under the "
    "support agreement between the parties. This certificate does not vary any contract terms."
)


def wherry_report(
    *,
    client: Company,
    sponsor: Person,
    client_ref: str,
    wl_ref: str,
    workloads: str,
    start: dt.date,
    end: dt.date,
    summary: str,
    rows: Sequence[tuple[str, str, str, dt.date]],
    results: Sequence[str],
    carried: Sequence[str],
) -> str:
    head = (
        '<table class="nb"><tr><td><span style="font-size:17pt;color:#0b6e69;font-weight:bold">WHERRY LANE</span>'
        '<br/><span class="small">DIGITAL · MICROSOFT CLOUD SERVICES</span></td>'
        '<td class="r"><span style="font-size:13pt;color:#0b6e69">Project Completion Certificate &amp; Report</span>'
        f'<br/><span class="small">Our ref {wl_ref} · Your ref {client_ref}</span></td></tr></table><hr/>'
    )
    sec1 = (
        "<h2>1. Engagement</h2>"
        + kv(
            [
                ("Client", escape(client.name)),
                ("Client sponsor", f"{escape(sponsor.name)}, {escape(sponsor.title)}"),
                ("Microsoft workloads", escape(workloads)),
                ("Engagement period", f"{f_gb(start)} to {f_gb(end)}"),
                ("Wherry Lane lead", f"{WL_PC.name}, {WL_PC.title}"),
            ]
        )
        + f"<p>{summary}</p>"
    )
    sec2 = "<h2>2. Work delivered</h2>" + table(
        [(escape(a), escape(b), escape(c), f_dmy(d)) for a, b, c, d in rows],
        head=("Workstream", "What we did", "Scale", "Completed"),
        widths=(17, 55, 14, 14),
    )
    sec3 = "<h2>3. Position at handover</h2>" + bullets([escape(x) for x in results])
    sec4 = "<h2>4. Items carried forward</h2>" + bullets([escape(x) for x in carried])
    sec5 = f"<h2>5. Acceptance</h2><p>{WL_ACCEPT}</p>" + table(
        [
            (f"Name: {WL_DM.name}", "Name:"),
            (f"Position: {WL_DM.title}", "Position:"),
            ("Signature:<br/><br/><br/>", "Signature:<br/><br/><br/>"),
            ("Date:", "Date:"),
        ],
        head=("For Wherry Lane Digital Ltd", "For the Client"),
        widths=(50, 50),
    )
    return head + sec1 + sec2 + sec3 + PAGE + sec4 + sec5


def wl_deco() -> Callable[[pymupdf.Page, int, int], None]:
    return running(footer=WL_FOOTER, numbers="Page {i} of {n}")


def case_wherry_wensum() -> Case:
    client = Company(
        "Wensum Valley Building Society",
        "wensumvalley.co.uk",
        "GB",
        "Norwich",
        "Riverside House, Dereham Road, Norwich NR5 0TL",
    )
    sponsor = Person("Gareth Aldous", "gareth.aldous@wensumvalley.co.uk", "Head of IT Infrastructure")
    submitted = when(2026, 4, 14, 10, 20, BST)
    html = wherry_report(
        client=client,
        sponsor=sponsor,
        client_ref="WVBS-CHG-2291",
        wl_ref="WLD-25-118",
        workloads="Microsoft Intune; Microsoft Defender for Endpoint",
        start=day(2025, 10, 6),
        end=day(2026, 1, 30),
        summary=(
            "Wensum Valley asked us to replace its on-premises imaging and third-party antivirus across the head office "
            "and 23 branches before the FCA operational-resilience review in March 2026."
        ),
        rows=[
            (
                "Windows enrolment",
                "Windows Autopilot (user-driven, Entra joined) replacing MDT images; enrolment status page "
                "blocks on the core banking client and Mitek scanner drivers",
                "418 laptops",
                day(2025, 11, 28),
            ),
            (
                "Branch kiosks",
                "Intune kiosk profile (multi-app, assigned access) for member self-service PCs; nightly restart "
                "and Edge kiosk policy",
                "38 kiosks",
                day(2025, 12, 5),
            ),
            (
                "Compliance",
                "Compliance policies (BitLocker, Secure Boot, minimum OS 23H2, Defender signatures) feeding "
                "Conditional Access for the member records system",
                "All Windows",
                day(2025, 12, 12),
            ),
            (
                "Mobile",
                "iOS corporate devices enrolled through ABM/ADE; app protection for Outlook and Teams on BYOD",
                "190 iPhones",
                day(2026, 1, 9),
            ),
            (
                "Defender for Endpoint",
                "Onboarding via Intune; Sophos removed; EDR in block mode; 14 ASR rules moved from "
                "audit to block after two weeks; tamper protection; USB device control for branches",
                "456 devices",
                day(2026, 1, 23),
            ),
            (
                "Handover",
                "SOC runbook for MDE alerts, 9 Intune runbooks, two admin training sessions",
                "7 staff",
                day(2026, 1, 30),
            ),
        ],
        results=[
            "Build time for a branch laptop down from about 2.5 hours to 41 minutes (measured on 25 builds).",
            "98.6% of Windows devices compliant at handover; 6 exceptions are on long-term loan and tracked.",
            "Microsoft Secure Score device controls up from 38% to 71%.",
        ],
        carried=[
            "Two branch kiosks at Aylsham to be re-enrolled after the refit in April (service desk).",
            "Quarterly review of ASR exclusions with the Information Security Officer.",
        ],
    )
    doc = render(html, deco=wl_deco())
    sign_near(doc, "Signature:", "tamsin-hollis", nth=0, dx=20, dy=0, w=110, h=24, below=True)
    write_near(doc, "Date:", "06/02/2026", "wl-d1", nth=0)
    write_near(doc, "Name:", "Gareth Aldous", "wva-n", nth=1, size=11)
    write_near(doc, "Position:", "Head of IT Infra.", "wva-p", nth=1, size=10.5)
    sign_near(doc, "Signature:", "gareth-aldous", nth=1, dx=30, dy=-2, w=118, h=26, below=True)
    write_near(doc, "Date:", "09/02/2026", "wva-d", nth=1)
    data = scanned(
        doc,
        "wensum",
        scanner_meta("RICOH IM C3000", when(2026, 2, 10, 8, 52, GMT)),
        dpi=150,
        skew=[0.7, -0.4],
        rotate=[0, 180],
    )
    path = "POE/WLD-25-118 Completion Certificate - signed.pdf"
    claim = cpor_claim(
        "4501001",
        area="Security",
        submitted=submitted,
        partner=WHERRY,
        pc=WL_DM,
        customer=client,
        cc=sponsor,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=[(path, "poe")],
        comments=[
            (
                "partner",
                submitted - dt.timedelta(minutes=2),
                "Completion certificate signed in ink by WVBS Head of IT; page 2 went through the scanner upside down, sorry.",
            )
        ],
    )
    return Case(
        claim,
        "WherryLane_WensumValley",
        {path: data},
        "approve",
        f"Paper certificate signed in ink by the customer and scanned: {G_PAPER}. Both names are printed ({G_NAMES}); "
        f"each claimed workload has its own rows with device counts and completion dates ({G_DETAIL}; {G_CONNECT}). "
        f"The customer dated it 09/02/2026: in a UK document that is 9 February 2026 (a month-first reading, 2 September "
        f"2026, would be after the submission of 2026-04-14), so within 12 months ({G_12M}). Wherry Lane's form layout, "
        "footer and acceptance paragraph recur on two other claims of this set (4501002, 4501003) but every section "
        "is filled with this client's own work, so it is the partner's own template, not a 'generic POE template'.",
        "Partner's own completion-report template (1 of 3 clients); image-only scan at 150 dpi with page 2 upside "
        "down; wet-ink signatures; handwritten day-first dates.",
        expect(CPOR_GOOD, **NO_MAIL),
    )


def case_wherry_yare() -> Case:
    client = Company(
        "Yare Estuary Ports Ltd",
        "yareports.co.uk",
        "GB",
        "Great Yarmouth",
        "Port Office, South Denes Road, Great Yarmouth NR30 3PR",
    )
    sponsor = Person("Nicola Thrower", "nicola.thrower@yareports.co.uk", "Operations Systems Manager")
    submitted = when(2026, 4, 15, 14, 5, BST)
    html = wherry_report(
        client=client,
        sponsor=sponsor,
        client_ref="PO 77120",
        wl_ref="WLD-25-131",
        workloads="Exchange Online; SharePoint Online",
        start=day(2025, 11, 3),
        end=day(2026, 2, 27),
        summary=(
            "Yare Estuary Ports retired its Exchange 2016 servers and the P: and S: file shares used by the harbour "
            "master, pilotage and engineering teams, ahead of the data-centre lease ending in March 2026."
        ),
        rows=[
            (
                "Mail migration",
                "Hybrid configuration, batch migration of user mailboxes and the 11 shared mailboxes used by "
                "the harbour master's office and VTS; MX cut-over; Exchange 2016 decommissioned",
                "612 mailboxes",
                day(2026, 1, 16),
            ),
            (
                "Mail hygiene",
                "Anti-spoofing for yareports.co.uk (SPF, DKIM, DMARC p=quarantine), transport rules for "
                "pilotage bookings from port agents",
                "1 domain",
                day(2026, 1, 23),
            ),
            (
                "Sites",
                "Information architecture workshop; 14 SharePoint sites (one per department) with hub navigation and "
                "permission groups mapped from AD groups",
                "14 sites",
                day(2026, 2, 6),
            ),
            (
                "File migration",
                "Migration of the P: and S: shares with SharePoint Migration Tool; 212k files, path-length "
                "fixes; read-only freeze of the old shares",
                "1.8 TB",
                day(2026, 2, 20),
            ),
            (
                "Adoption",
                "Six drop-in sessions for office and quayside staff; quick guides for vessel-movement logs in "
                "SharePoint lists",
                "140 staff",
                day(2026, 2, 27),
            ),
        ],
        results=[
            "All mail flows through Exchange Online since 16 January; the on-premises servers were powered off on 6 February.",
            "Engineering drawings and the berth register now live in SharePoint with version history.",
        ],
        carried=["Archive of 2009-2014 survey data (0.4 TB) stays on the NAS until the records review in summer 2026."],
    )
    doc = render(html, deco=wl_deco())
    # DocuSign fills the printed name/position of the client as text fields
    page, r = find(doc, "Name:", 1)
    page.insert_htmlbox(
        pymupdf.Rect(r.x1 + 4, r.y0 - 1, r.x1 + 200, r.y1 + 3),
        f'<div style="font-size:9pt;font-family:sans-serif">{sponsor.name}</div>',
    )
    page, r = find(doc, "Position:", 1)
    page.insert_htmlbox(
        pymupdf.Rect(r.x1 + 4, r.y0 - 1, r.x1 + 220, r.y1 + 3),
        f'<div style="font-size:9pt;font-family:sans-serif">{sponsor.title}</div>',
    )
    env = Envelope(
        eid=guid("env", "yare", upper=True),
        subject="Complete with Docusign: WLD-25-131 Completion Certificate.pdf",
        sender=WL_DM,
        sender_company=WHERRY.name,
        zone_label="(UTC) Dublin, Edinburgh, Lisbon, London",
        signers=[
            Signer(
                WL_DM,
                WHERRY.name,
                "Signature:",
                when(2026, 3, 9, 16, 2, GMT),
                when(2026, 3, 10, 8, 41, GMT),
                when(2026, 3, 10, 8, 43, GMT),
                "81.134.22.19",
                date_anchor="Date:",
                date_fmt=f_dmy,
                anchor_nth=0,
            ),
            Signer(
                sponsor,
                client.name,
                "Signature:",
                when(2026, 3, 10, 8, 44, GMT),
                when(2026, 3, 11, 11, 17, GMT),
                when(2026, 3, 11, 11, 20, GMT),
                "212.56.101.7",
                date_anchor="Date:",
                date_fmt=f_dmy,
                anchor_nth=1,
            ),
        ],
    )
    data = docusign(
        doc,
        env,
        "WLD-25-131 Completion Certificate.pdf",
        Meta("WLD-25-131 Completion Certificate", WL_DM.name, when(2026, 3, 9, 15, 40, GMT)),
    )
    path = "WLD-25-131 Completion Certificate (Docusign completed).pdf"
    claim = cpor_claim(
        "4501002",
        area="Modern Work",
        submitted=submitted,
        partner=WHERRY,
        pc=WL_DM,
        customer=client,
        cc=sponsor,
        workloads=["EXCHANGE ONLINE", "SHAREPOINT ONLINE"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "WherryLane_YareEstuaryPorts",
        {path: data},
        "approve",
        f"DocuSign envelope completed by both parties with its Certificate Of Completion (signer events, IP addresses, "
        f"'Completed'): {G_ESIG}. Names printed ({G_NAMES}); mailboxes, sites and data volumes per workload with dates "
        f"({G_DETAIL}; {G_CONNECT}). Customer signed 11 March 2026, about a month before submission ({G_12M}). Same "
        "Wherry Lane template and acceptance paragraph as 4501001 and 4501003, different client and content: not reuse.",
        "Partner's own template (2 of 3 clients) completed in DocuSign; envelope-id stamp on every page; certificate "
        "dates month-first (3/11/2026) while the form dates are day-first (11/03/2026).",
        expect(CPOR_GOOD, **NO_MAIL),
        container="zip",
    )


def case_wherry_bure() -> Case:
    client = Company(
        "Bure Marine Engineering Ltd",
        "buremarine.co.uk",
        "GB",
        "Wroxham",
        "Staithe Works, Norwich Road, Wroxham NR12 8RX",
        short="Bure Marine",
    )
    sponsor = Person("Declan Rix", "declan.rix@buremarine.co.uk", "Operations Director")
    karen = Person("Karen Thirtle", "karen.thirtle@buremarine.co.uk", "Office Manager")
    submitted = when(2026, 4, 20, 9, 35, BST)
    html = wherry_report(
        client=client,
        sponsor=sponsor,
        client_ref="BME-0342",
        wl_ref="WLD-25-140",
        workloads="Microsoft Teams Rooms; Teams Phone",
        start=day(2025, 12, 1),
        end=day(2026, 3, 13),
        summary=(
            "Bure Marine replaced the ISDN30 phone system and the mixed video kit in its yard, design office and "
            "sales showroom with Teams Rooms and Teams Phone."
        ),
        rows=[
            (
                "Rooms design",
                "Room survey and kit selection; Logitech Rally Bar and Tap for 8 rooms, Rally Bar Mini for 4 "
                "huddle rooms; resource accounts and licensing",
                "12 rooms",
                day(2026, 1, 9),
            ),
            (
                "Rooms deployment",
                "Teams Rooms on Android and Windows provisioned, Pro Management portal onboarding, room "
                "mailboxes with booking policies, proximity join",
                "12 rooms",
                day(2026, 2, 13),
            ),
            (
                "Telephony",
                "Operator Connect (number port of 0160 3xx range), auto attendant and 3 call queues for "
                "reception, parts and service",
                "85 users",
                day(2026, 3, 9),
            ),
            (
                "Devices",
                "Yealink desk phones for the workshop and two DECT bases for the yard",
                "22 devices",
                day(2026, 3, 9),
            ),
            (
                "Training",
                "Floor-walking on cut-over day; 4 sessions on call queues for reception",
                "31 staff",
                day(2026, 3, 13),
            ),
        ],
        results=[
            "ISDN lines ceased on 13 March; all inbound calls land on the auto attendant.",
            "Room usage reports in the Teams admin centre show 9-14 meetings per room per week.",
        ],
        carried=["Paging speaker in the paint shed (SIP gateway) - quote sent separately."],
    )
    report = finish(
        render(html, deco=wl_deco()),
        Meta("WLD-25-140 Completion Certificate", WL_DM.name, when(2026, 3, 24, 11, 0, GMT)),
    )
    m1 = Mail(
        WL_DM,
        [sponsor],
        "WLD-25-140 Teams Rooms & Teams Phone - completion report for sign-off",
        when(2026, 3, 24, 11, 12, GMT),
        "Hi Declan,\n\nPlease find attached the completion report for the Teams Rooms and Teams Phone project "
        "(our ref WLD-25-140). It lists the 12 rooms, the number port and the call queues we set up, and the one "
        "open item (paging in the paint shed).\n\nCould you reply to confirm you accept the work, or let me know "
        "if anything needs changing?\n\nMany thanks,\nTamsin\n\nTamsin Hollis | Delivery Manager\nWherry Lane Digital Ltd | 01603 555 210",
        attachments=[("WLD-25-140 Completion Certificate.pdf", report, "application/pdf")],
    )
    m2 = Mail(
        sponsor,
        [WL_DM],
        "RE: WLD-25-140 Teams Rooms & Teams Phone - completion report for sign-off",
        when(2026, 3, 27, 16, 48, GMT),
        "Hi Tamsin,\n\nThanks - I've been through the completion report with Karen and we are happy to accept it. "
        "All twelve rooms are in daily use and the phone cut-over on the 9th went smoothly; reception say the call "
        "queues are a big improvement.\n\nPlease take this email as Bure Marine's sign-off for the work in the report. "
        "We'll pick up the paint shed paging separately.\n\nRegards\nDeclan\n\nDeclan Rix\nOperations Director\n"
        "Bure Marine\nT 01603 555 884\n\n" + quote_outlook(m1, "gb"),
        cc=[karen],
        in_reply_to=m1.msgid,
    )
    p_mail = "POE/RE WLD-25-140 completion report for sign-off.eml"
    p_rep = "POE/WLD-25-140 Completion Certificate.pdf"
    claim = cpor_claim(
        "4501003",
        area="Modern Work",
        submitted=submitted,
        partner=WHERRY,
        pc=WL_DM,
        customer=client,
        cc=sponsor,
        workloads=["TEAMS ROOMS", "TEAMS PHONE ENABLED USERS"],
        docs=[(p_rep, "poe"), (p_mail, "poe")],
    )
    return Case(
        claim,
        "WherryLane_BureMarine",
        {p_rep: report, p_mail: eml(m2)},
        "approve",
        f"The customer's Operations Director replies from buremarine.co.uk accepting the attached report: {G_MAIL}. "
        "He signs as 'Bure Marine' - the customer writing its own name short is not a name mismatch; the report "
        f"carries the full name 'Bure Marine Engineering Ltd' ({G_NAMES}). Rooms, users and devices per workload with "
        f"dates ({G_DETAIL}; {G_CONNECT}); acceptance 27 March 2026 ({G_12M}). Third client on the Wherry Lane template.",
        "Partner template (3 of 3) unsigned + .eml customer reply with Outlook-quoted original; customer signs with a short name.",
        expect(CPOR_GOOD, customer_domain="pass"),
    )


# ==============================================================================================
# slide decks and Word-style reports (shared layout helpers, each partner with its own look)
# ==============================================================================================
DECK_CSS = CSS.replace("font-size: 9.5pt", "font-size: 13pt").replace("h1 { font-size: 16pt", "h1 { font-size: 24pt")


def deck(slides: Sequence[tuple[str, str]], *, accent: str, brand: str, footer: str, meta: Meta) -> bytes:
    chunks = []
    for i, (title, body) in enumerate(slides):
        if i == 0:
            chunks.append(
                f'<p style="font-size:11pt;color:{accent}" class="b">{escape(brand)}</p><br/><br/><br/>'
                f'<h1 style="color:{accent}">{title}</h1>{body}'
            )
        else:
            chunks.append(f'<h1 style="color:{accent};font-size:21pt">{title}</h1><hr/>{body}')
    doc = render(
        PAGE.join(chunks),
        css=DECK_CSS,
        size="slide",
        margins=(48, 40, 48, 44),
        deco=running(footer=escape(footer), numbers="{i}", size=8),
    )
    for page in doc:
        page.draw_rect(pymupdf.Rect(0, 0, 960, 14), color=None, fill=pymupdf.utils.getColor("white"))
        page.draw_rect(
            pymupdf.Rect(0, 0, 960, 10), color=None, fill=tuple(int(accent[k : k + 2], 16) / 255 for k in (1, 3, 5))
        )
    return finish(doc, meta)


def word_report(
    title: str,
    subtitle: str,
    blocks: str,
    *,
    meta: Meta,
    header: str = "",
    footer: str = "",
    css: str = CSS,
    size: str = "a4",
) -> bytes:
    html = f'<h1>{title}</h1><p class="small">{subtitle}</p>{blocks}'
    return pdf(html, meta, css=css, size=size, deco=running(header=header or None, footer=footer or None))


# ==============================================================================================
# The legitimate case: one customer-signed SOW that covers two workloads, claimed on two claims
# ==============================================================================================
SANDPIPER = Company(
    "Sandpiper Cloud Advisory Pty Ltd",
    "sandpipercloud.com.au",
    "AU",
    "Perth",
    "Level 9, 225 St Georges Terrace, Perth WA 6000",
    location_id="7810334",
    short="Sandpiper",
)
SP_AD = Person("Mitchell Kerr", "mitchell.kerr@sandpipercloud.com.au", "Account Director")
SP_LC = Person("Priyanka Deshpande", "priyanka.deshpande@sandpipercloud.com.au", "Lead Consultant, Security")
SWAN = Company(
    "Swan River Logistics Pty Ltd",
    "swanriverlogistics.com.au",
    "AU",
    "Welshpool",
    "41 Kewdale Road, Welshpool WA 6106",
    short="SRL",
)
SWAN_GM = Person("Bronwyn Tapper", "bronwyn.tapper@swanriverlogistics.com.au", "General Manager - Technology")


def sandpiper_sow() -> bytes:
    html = (
        '<p class="small">SANDPIPER CLOUD ADVISORY · STATEMENT OF WORK</p>'
        "<h1>Endpoint Management and Information Protection</h1>"
        + kv(
            [
                ("SOW reference", "SRL-SOW-0925 v1.3"),
                ("Customer", SWAN.name + " (ABN 61 118 402 977)"),
                ("Supplier", SANDPIPER.name + " (ABN 27 604 118 559)"),
                ("Customer sponsor", f"{SWAN_GM.name}, {SWAN_GM.title}"),
                ("Term", "1 December 2025 to 30 May 2026"),
                ("Governing agreement", "Consulting Services Agreement dated 3 March 2024"),
            ]
        )
        + "<h2>1. Background</h2><p>SRL runs three distribution centres (Welshpool, Kewdale and Forrestfield) and a "
        "depot in Bunbury. Windows devices are managed with an ageing Configuration Manager instance, warehouse "
        "handhelds are unmanaged, and customer manifests and rate cards are shared by email without any classification. "
        "SRL's largest customer contract (from July 2026) requires managed devices and labelled customer data.</p>"
        + "<h2>2. Scope</h2><h3>Workstream A - Microsoft Intune</h3>"
        + bullets(
            [
                "Windows: Autopilot (Entra joined) for 740 office and dispatch PCs; co-management exit from Configuration "
                "Manager; compliance policies (BitLocker, Defender AV, OS 23H2+) wired to Conditional Access.",
                "Warehouse: Android Enterprise dedicated-device enrolment for 210 Zebra TC52/TC57 handhelds with the Manhattan "
                "WMS client in lock-task mode; managed Google Play; OEMConfig for scanner settings.",
                "Mobile: 96 corporate iPhones through Apple Business Manager; app protection for Outlook and Teams on BYOD.",
                "Application packaging: 34 line-of-business Win32 apps as .intunewin packages.",
            ]
        )
        + "<h3>Workstream B - Microsoft Purview Information Protection</h3>"
        + bullets(
            [
                "Sensitivity label taxonomy (Public, General, Confidential, Confidential - Customer, Restricted) agreed with "
                "Legal and the Customer Contracts team; encryption on Confidential - Customer and Restricted.",
                "Label policies for 820 users; default label 'General' in Outlook and Office apps; mandatory labelling for "
                "Finance and Contracts.",
                "Auto-labelling of customer manifests and rate cards in SharePoint and Exchange using trainable classifiers "
                "and the SRL customer-account-number pattern.",
                "Label-based access for external carriers via Entra B2B guest accounts; training for 60 champions.",
            ]
        )
        + "<h2>3. Timeline</h2>"
        + table(
            [
                ("Mobilise and design", "Weeks 1-3", "Both"),
                ("Intune pilot (Windows 40, Zebra 20)", "Weeks 4-7", "A"),
                ("Label taxonomy and policies (pilot 50 users)", "Weeks 4-8", "B"),
                ("Intune rollout by site", "Weeks 8-18", "A"),
                ("Auto-labelling and B2B", "Weeks 9-20", "B"),
                ("Handover and hypercare", "Weeks 21-26", "Both"),
            ],
            head=("Phase", "When", "Workstream"),
        )
        + "<h2>4. Responsibilities</h2>"
        + bullets(
            [
                "SRL provides device shipping to the Bunbury depot, change windows outside shift changes, and a "
                "named data owner per business unit.",
                "Sandpiper provides a delivery lead, two consultants and a weekly status report per workstream.",
            ]
        )
        + "<h2>5. Fees</h2>"
        + table(
            [
                ("Workstream A - Intune", "Fixed fee", "AUD 118,400"),
                ("Workstream B - Information Protection", "Fixed fee", "AUD 64,900"),
            ],
            head=("Item", "Basis", "Amount (ex GST)"),
        )
        + "<h2>6. Acceptance</h2><p>By signing, SRL authorises Sandpiper to perform the work described in this SOW and "
        "confirms the scope, responsibilities and timeline above.</p>"
        + table(
            [
                ("Signed for Sandpiper Cloud Advisory Pty Ltd", "Signed for Swan River Logistics Pty Ltd"),
                (f"Name: {SP_AD.name}<br/>Title: {SP_AD.title}", f"Name: {SWAN_GM.name}<br/>Title: {SWAN_GM.title}"),
                ("Sign here:<br/><br/><br/>", "Sign here (customer):<br/><br/><br/>"),
                ("Date signed:", "Date signed (customer):"),
            ],
            widths=(50, 50),
        )
    )
    doc = render(html, deco=running(footer="SRL-SOW-0925 v1.3 · Sandpiper Cloud Advisory · Commercial in confidence"))
    env = Envelope(
        eid=guid("env", "srl-sow", upper=True),
        subject="Complete with Docusign: SRL-SOW-0925 v1.3.pdf",
        sender=SP_AD,
        sender_company=SANDPIPER.name,
        zone_label="(UTC+08:00) Perth",
        signers=[
            Signer(
                SP_AD,
                SANDPIPER.name,
                "Sign here:",
                when(2025, 11, 18, 15, 10, AWST),
                when(2025, 11, 18, 15, 12, AWST),
                when(2025, 11, 18, 15, 13, AWST),
                "120.17.88.4",
                date_anchor="Date signed:",
                date_fmt=f_dmy,
            ),
            Signer(
                SWAN_GM,
                SWAN.name,
                "Sign here (customer):",
                when(2025, 11, 18, 15, 14, AWST),
                when(2025, 11, 19, 9, 2, AWST),
                when(2025, 11, 20, 13, 41, AWST),
                "203.206.77.140",
                date_anchor="Date signed (customer):",
                date_fmt=f_dmy,
            ),
        ],
    )
    return docusign(
        doc, env, "SRL-SOW-0925 v1.3.pdf", Meta("SRL-SOW-0925 v1.3", SP_AD.name, when(2025, 11, 18, 14, 55, AWST))
    )


SWAN_SOW = "SRL-SOW-0925 v1.3 - signed.pdf"
_SWAN_CACHE: dict[str, bytes] = {}


def swan_sow() -> bytes:
    if "sow" not in _SWAN_CACHE:
        _SWAN_CACHE["sow"] = sandpiper_sow()
    return _SWAN_CACHE["sow"]


SOW_WHY = (
    "UNSURE: the guide does not say whether one customer-signed document may support two claims; "
    "it only calls 'generic POE templates submitted on other partner claims' insufficient. This SOW is not generic: "
    "it details both workloads, and each claim takes only the workstream it claims, so it should not count as "
    "reused evidence (pass), though a tool may reasonably ask a person to look (warn)."
)


def case_sandpiper_intune() -> Case:
    submitted = when(2026, 5, 6, 11, 40, AWST)
    slides = [
        (
            "SRL Endpoint Programme<br/>Steering Committee #4",
            f"<p>16 April 2026 · Welshpool DC boardroom</p><p>{SP_LC.name} (Sandpiper) · {SWAN_GM.name} (SRL)</p>",
        ),
        (
            "Where we are",
            bullets(
                [
                    "Windows: 702 of 740 devices Autopilot-enrolled and Entra joined; Configuration Manager client removed from 655",
                    "Warehouse: 198 of 210 Zebra handhelds in dedicated-device mode with the WMS client in lock-task",
                    "iPhones: 96 of 96 enrolled via Apple Business Manager",
                    "34 of 34 LOB apps packaged; 31 deployed to production",
                ]
            ),
        ),
        (
            "Compliance and access",
            table(
                [
                    ("Welshpool", "312", "97.4%"),
                    ("Kewdale", "188", "98.9%"),
                    ("Forrestfield", "161", "96.3%"),
                    ("Bunbury", "41", "92.7%"),
                ],
                head=("Site", "Windows devices", "Compliant"),
            )
            + "<p>Conditional Access 'require compliant device' enforced for Manhattan WMS and SharePoint since 30 March.</p>",
        ),
        (
            "Next four weeks",
            bullets(
                [
                    "Bunbury depot rollout (38 devices) - week of 4 May",
                    "Zebra OS upgrade ring via OEMConfig",
                    "Handover runbooks and service-desk training",
                ]
            ),
        ),
    ]
    deck_pdf = deck(
        slides,
        accent="#00627a",
        brand="Sandpiper Cloud Advisory",
        footer="SRL Endpoint Programme · Steering Committee #4 · Commercial in confidence",
        meta=Meta("SRL Endpoint SteerCo 4", SP_LC.name, when(2026, 4, 15, 17, 30, AWST), *PPT),
    )
    p_sow, p_deck = f"POE/{SWAN_SOW}", "POE/SRL Endpoint SteerCo 4 - 16 Apr 2026.pdf"
    claim = cpor_claim(
        "4501011",
        area="Security",
        submitted=submitted,
        partner=SANDPIPER,
        pc=SP_AD,
        customer=SWAN,
        cc=SWAN_GM,
        workloads=["INTUNE"],
        docs=[(p_sow, "poe"), (p_deck, "supporting")],
        comments=[
            (
                "partner",
                submitted - dt.timedelta(minutes=4),
                "The signed SOW covers two workstreams; Information Protection is claimed separately (claim 4501012).",
            )
        ],
    )
    return Case(
        claim,
        "Sandpiper_SwanRiver_Intune",
        {p_sow: swan_sow(), p_deck: deck_pdf},
        "approve",
        f"Customer-signed SOW in DocuSign with certificate ({G_ESIG}), signed 20 November 2025, within 12 months of "
        f"2026-05-06 ({G_12M}). Workstream A details Intune for 740 PCs, 210 handhelds and 96 iPhones with a timeline, "
        f"and the steering deck shows the rollout under way ({G_DETAIL}; {G_CONNECT}). {SOW_WHY}",
        "Legitimate sharing: the same customer-signed SOW (byte-identical) on two claims of one partner and customer, "
        "each claiming a different workstream; slide deck exported to PDF as supporting evidence.",
        expect(CPOR_GOOD, **NO_MAIL, reused_evidence=["pass", "warn"]),
        container="zip-folder",
    )


def case_sandpiper_mip() -> Case:
    submitted = when(2026, 5, 7, 9, 15, AWST)
    blocks = (
        kv(
            [
                ("Project", "SRL Information Protection (SOW SRL-SOW-0925, Workstream B)"),
                ("Period", "13 April - 24 April 2026"),
                ("Overall status", "GREEN"),
                ("Prepared by", f"{SP_LC.name}, {SANDPIPER.name}"),
                ("Customer lead", SWAN_GM.name),
            ]
        )
        + "<h2>Completed this period</h2>"
        + bullets(
            [
                "Label policy 'SRL-All-Staff' published to the remaining 610 users (820 in total); default label General in Outlook, Word, Excel, PowerPoint.",
                "Auto-labelling policy for customer manifests moved from simulation to enforce in SharePoint (3,412 files labelled Confidential - Customer in the first run).",
                "Encryption template for Restricted validated with Payroll; co-authoring tested on 12 labelled workbooks.",
                "B2B access for four carrier partners (Coastal Haulage, Pilbara Freight, two owner-drivers) tested against labelled rate cards.",
            ]
        )
        + "<h2>Metrics</h2>"
        + table(
            [
                ("Users in label policy", "820"),
                ("Labelled items (Content explorer)", "48,905"),
                ("Manual downgrade justifications this period", "27"),
                ("Champions trained", "58 of 60"),
            ],
            head=("Measure", "Value"),
        )
        + "<h2>Risks and issues</h2>"
        + table(
            [
                (
                    "Legacy PDF rate cards cannot be auto-labelled",
                    "Amber",
                    "Convert in batch with Contracts team by 15 May",
                )
            ],
            head=("Item", "RAG", "Action"),
        )
        + "<h2>Next period</h2>"
        + bullets(["Exchange auto-labelling for outbound manifests", "Handover of label administration to SRL IT"])
    )
    report = word_report(
        "Information Protection - Status Report 7",
        "Swan River Logistics · Sandpiper Cloud Advisory",
        blocks,
        meta=Meta("Status Report 7 - Information Protection", SP_LC.name, when(2026, 4, 24, 16, 5, AWST)),
        footer="Sandpiper Cloud Advisory Pty Ltd · Status report template SCA-SR v2",
    )
    p_sow, p_rep = f"POE/{SWAN_SOW}", "POE/SRL IP Status Report 7.pdf"
    claim = cpor_claim(
        "4501012",
        area="Security",
        submitted=submitted,
        partner=SANDPIPER,
        pc=SP_AD,
        customer=SWAN,
        cc=SWAN_GM,
        workloads=["MICROSOFT INFORMATION PROTECTION"],
        docs=[(p_sow, "poe"), (p_rep, "poe")],
    )
    return Case(
        claim,
        "Sandpiper_SwanRiver_InfoProtection",
        {p_sow: swan_sow(), p_rep: report},
        "approve",
        f"Same DocuSign-signed SOW as claim 4501011 ({G_ESIG}; signed 20 November 2025, {G_12M}); Workstream B "
        f"describes sensitivity labels, auto-labelling and 820 users, and the status report shows it being delivered "
        f"({G_DETAIL}; {G_CONNECT}). {SOW_WHY}",
        "Second claim on the shared SOW; Word status report exported to PDF.",
        expect(CPOR_GOOD, **NO_MAIL, reused_evidence=["pass", "warn"]),
    )


# ==============================================================================================
# Real reuse 1: one generic "thanks for everything" e-mail as the acknowledgement of two claims
# ==============================================================================================
KANANASKIS = Company(
    "Kananaskis Cloud Works Inc.",
    "kananaskiscloud.ca",
    "CA",
    "Calgary",
    "800 6 Ave SW, Suite 1410, Calgary AB T2P 3G3",
    location_id="7920118",
    short="Kananaskis",
)
KC_CS = Person("Darcy Lavallee", "darcy.lavallee@kananaskiscloud.ca", "Client Success Lead")
KC_ENG = Person("Mei Tanaka-Ross", "mei.tanakaross@kananaskiscloud.ca", "Modern Work Consultant")
BOWVALLEY = Company(
    "Bow Valley Credit Union", "bowvalleycu.ca", "CA", "Cochrane", "101 First Street W, Cochrane AB T4C 1A4"
)
BV_VP = Person("Harpreet Sandhu", "harpreet.sandhu@bowvalleycu.ca", "VP Technology & Operations")
_KC: dict[str, bytes] = {}


def kananaskis_thanks() -> bytes:
    if "eml" not in _KC:
        greeting = Mail(
            KC_CS,
            [BV_VP],
            "Season's greetings from Kananaskis Cloud Works",
            when(2025, 12, 18, 15, 30, MST),
            "Hi Harpreet,\n\nAs the year wraps up, all of us at Kananaskis wanted to say thank you for your "
            "partnership in 2025. We've enjoyed working with the Bow Valley team and look forward to what's "
            "next in 2026.\n\nOur office is closed from December 24 to January 2.\n\nWarm wishes,\nDarcy\n\n"
            "Darcy Lavallee | Client Success Lead\nKananaskis Cloud Works Inc. | 403-555-0148",
        )
        thanks = Mail(
            BV_VP,
            [KC_CS],
            "RE: Season's greetings from Kananaskis Cloud Works",
            when(2025, 12, 19, 8, 12, MST),
            "Hi Darcy and team,\n\nThanks for everything this year - it's been great working with Kananaskis and "
            "our people have really noticed the difference. Looking forward to 2026!\n\nHappy holidays,\nHarpreet\n\n"
            "Harpreet Sandhu\nVP Technology & Operations | Bow Valley Credit Union\n\n" + quote_outlook(greeting),
            in_reply_to=greeting.msgid,
        )
        _KC["eml"] = eml(thanks)
    return _KC["eml"]


THANKS_PATH = "Customer acknowledgement/RE Season's greetings from Kananaskis Cloud Works.eml"
THANKS_WHY = (
    f"The only customer-side evidence is a year-end 'Thanks for everything this year' reply to a holiday "
    f"greeting. It names no workload and does not accept or approve any work - the same weakness as {G_AMBIG}. "
    f"The partner's own report has no customer acknowledgement ({G_NOACK}). The identical e-mail file is also "
    f"the acknowledgement of the partner's other claim for this customer (4501021/4501022), which shows it "
    f"is not tied to either workload. {G_AR}"
)


def case_kananaskis_rooms() -> Case:
    submitted = when(2026, 6, 2, 10, 5, MDT)
    blocks = (
        kv(
            [
                ("Client", BOWVALLEY.name),
                ("Project", "Teams Rooms for branches and head office"),
                ("Delivered", "January 12 - April 24, 2026"),
                ("Consultant", KC_ENG.name),
            ]
        )
        + "<h2>Summary</h2><p>Kananaskis replaced the Polycom conference phones and ad-hoc webcams in Bow Valley's "
        "head office and eight branches with Microsoft Teams Rooms so that lending officers can meet members remotely.</p>"
        + table(
            [
                (
                    "Cochrane head office",
                    "4",
                    "Teams Rooms on Windows - Lenovo ThinkSmart Core + Poly Studio X52",
                    "Feb 6",
                ),
                ("Canmore, Banff", "3", "Teams Rooms on Android - Poly X30", "Mar 6"),
                ("Airdrie, Okotoks, High River", "5", "Teams Rooms on Android - Poly X30", "Mar 27"),
                ("Strathmore, Olds, Didsbury", "5", "Teams Rooms on Android - Yealink MeetingBar A20", "Apr 24"),
            ],
            head=("Site", "Rooms", "Configuration", "Live"),
        )
        + bullets(
            [
                "17 resource accounts with Teams Rooms Pro licences; room mailboxes with auto-accept and 4-hour booking limit",
                "Teams Rooms Pro Management portal monitoring; weekly health report to the Bow Valley service desk",
                "Member meeting flow: booking via Bookings page, lending officer joins from the branch room",
                "Training: 11 sessions for 96 branch staff; laminated quick-start cards in every room",
            ]
        )
        + "<h2>Usage (30 days to May 22)</h2><p>612 meetings across 17 rooms; 38% with external (member) participants.</p>"
    )
    rep = word_report(
        "Teams Rooms Deployment - Close-out Summary",
        "Kananaskis Cloud Works Inc. · prepared May 25, 2026",
        blocks,
        meta=Meta("Teams Rooms Close-out - Bow Valley CU", KC_ENG.name, when(2026, 5, 25, 14, 0, MDT)),
        size="letter",
        footer="Kananaskis Cloud Works Inc. · Confidential",
    )
    p_rep = "Teams Rooms Close-out Summary - Bow Valley CU.pdf"
    claim = cpor_claim(
        "4501021",
        area="Modern Work",
        submitted=submitted,
        partner=KANANASKIS,
        pc=KC_CS,
        customer=BOWVALLEY,
        cc=BV_VP,
        workloads=["TEAMS ROOMS"],
        docs=[(p_rep, "poe"), (THANKS_PATH, "poe")],
    )
    return Case(
        claim,
        "Kananaskis_BowValley_TeamsRooms",
        {p_rep: rep, THANKS_PATH: kananaskis_thanks()},
        "action_required",
        THANKS_WHY,
        "Generic customer thank-you e-mail (byte-identical .eml) used as the acknowledgement of two claims of "
        "one partner and customer; detailed but unsigned partner report.",
        expect(
            CPOR_GOOD,
            customer_acknowledgement="fail",
            customer_domain=["pass", "not_applicable"],
            acknowledgement_date=["pass", "fail", "warn"],
            reused_evidence=["fail", "warn"],
        ),
    )


def case_kananaskis_engage() -> Case:
    submitted = when(2026, 6, 3, 9, 20, MDT)
    slides = [
        ("Viva Engage at Bow Valley CU", "<p>Launch report · May 2026</p><p>Kananaskis Cloud Works</p>"),
        (
            "What we set up",
            bullets(
                [
                    "Viva Engage network in native mode; 14 communities (branches, lending, member services, leadership AMA)",
                    "Leadership corner for the CEO's bi-weekly storyline posts; answers enabled in 'Ask Member Services'",
                    "Engage app pinned in Teams for all 412 staff; mobile app through Intune app protection",
                    "Community managers trained: 18 staff across 9 branches",
                ]
            ),
        ),
        (
            "Adoption so far",
            table(
                [
                    ("Active users (28 days)", "341 of 412"),
                    ("Posts / replies", "1,906 / 5,230"),
                    ("Most active community", "Branch Wins (212 posts)"),
                ],
                head=("Metric", "Value"),
            ),
        ),
        (
            "Next steps",
            bullets(["Quarterly town hall as a Viva Engage live event (June 18)", "Retire the intranet news page"]),
        ),
    ]
    rep = deck(
        slides,
        accent="#2f6f3e",
        brand="Kananaskis Cloud Works",
        footer="Bow Valley CU · Viva Engage launch report",
        meta=Meta("Viva Engage launch report", KC_ENG.name, when(2026, 5, 29, 16, 40, MDT), *PPT),
    )
    p_rep = "Viva Engage Launch Report - Bow Valley CU.pdf"
    claim = cpor_claim(
        "4501022",
        area="Modern Work",
        submitted=submitted,
        partner=KANANASKIS,
        pc=KC_CS,
        customer=BOWVALLEY,
        cc=BV_VP,
        workloads=["VIVA ENGAGE"],
        docs=[(p_rep, "poe"), (THANKS_PATH, "poe")],
    )
    return Case(
        claim,
        "Kananaskis_BowValley_VivaEngage",
        {p_rep: rep, THANKS_PATH: kananaskis_thanks()},
        "action_required",
        THANKS_WHY,
        "Second claim with the same generic thank-you e-mail; slide deck exported to PDF.",
        expect(
            CPOR_GOOD,
            customer_acknowledgement="fail",
            customer_domain=["pass", "not_applicable"],
            acknowledgement_date=["pass", "fail", "warn"],
            reused_evidence=["fail", "warn"],
        ),
        container="zip",
    )


# ==============================================================================================
# Real reuse 2: the same narrative with only the customer swapped (two customers, one partner)
# ==============================================================================================
BLUEBONNET = Company(
    "Bluebonnet Tech Partners LLC",
    "bluebonnettech.com",
    "US",
    "Waco",
    "1200 Austin Ave, Suite 300, Waco, TX 76701",
    location_id="7933410",
    short="Bluebonnet",
)
BB_MSM = Person("Kyle Brazell", "kyle.brazell@bluebonnettech.com", "Managed Services Manager")


def bluebonnet_summary(customer: Company, signer: Person, signed: dt.date, seed: str) -> bytes:
    blocks = (
        f"<p><b>Customer:</b> {escape(customer.name)}<br/><b>Partner:</b> {BLUEBONNET.name}</p>"
        "<h2>Services Provided</h2>"
        f"<p>Bluebonnet Tech Partners deployed Microsoft Defender for Office 365 and Microsoft Defender for Endpoint for "
        f"{escape(customer.name)}. Activities included configuration of policies, onboarding of devices, testing, user "
        "training, and ongoing support and monitoring.</p>"
        "<p>Microsoft Defender for Office 365 protects email and collaboration tools from advanced threats such as "
        "phishing, business email compromise and malware. Microsoft Defender for Endpoint provides industry-leading "
        "endpoint security with automated investigation and response.</p>"
        "<p>Approximately 120 endpoints are protected. Bluebonnet continues to provide ongoing support, monitoring and "
        "reporting as part of our managed services.</p>"
        "<h2>Customer Acknowledgement</h2>"
        "<p>The customer acknowledges that Bluebonnet Tech Partners provided the services above.</p>"
        + "<br/><p>Customer Name: ______________________________</p><br/>"
        "<p>Signature: ______________________________</p><br/><p>Date: ________________</p>"
    )
    doc = render(
        f"<h1>Security Services Summary</h1>{blocks}",
        size="letter",
        deco=running(footer="Bluebonnet Tech Partners LLC · Waco, TX · bluebonnettech.com", numbers=None),
    )
    write_near(doc, "Customer Name:", signer.name, seed + "n", dx=12, dy=-2, size=11)
    sign_near(doc, "Signature:", seed, dx=14, dy=-1, w=120, h=26)
    write_near(doc, "Date:", f_us0(signed), seed + "d", dx=14, dy=-2)
    return scanned(
        doc,
        seed,
        scanner_meta("HP LaserJet MFP M428fdw", when(signed.year, signed.month, signed.day, 15, 3, CDT)),
        dpi=200,
        skew=0.3,
        quality=75,
    )


def case_bluebonnet(
    cid: str,
    customer: Company,
    signer: Person,
    signed: dt.date,
    submitted: dt.datetime,
    other: str,
    slug: str,
    container: str = "dir",
) -> Case:
    data = bluebonnet_summary(customer, signer, signed, "bb-" + customer.domain)
    path = f"Security Services Summary - {customer.call}.pdf"
    claim = cpor_claim(
        cid,
        area="Security",
        submitted=submitted,
        partner=BLUEBONNET,
        pc=BB_MSM,
        customer=customer,
        cc=signer,
        workloads=["MICROSOFT DEFENDER FOR OFFICE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        slug,
        {path: data},
        "action_required",
        f"Signed in ink by the customer ({G_PAPER}) on {f_long(signed)}, but the text is product marketing plus a "
        f"list of high-level tasks ('configuration of policies, onboarding of devices, testing, user training, and "
        f"ongoing support') and is word-for-word the same as claim {other} of this partner for another customer, "
        f"only the customer name changed: {G_GENERIC}. Workloads are named, so the link exists, but the work is not "
        f"'explicitly stated in detail'. {G_AR}",
        "Same narrative with only the customer swapped (two claims, two customers, different real signatures); scanned at 200 dpi.",
        expect(CPOR_GOOD, **NO_MAIL, activity_detail=["fail", "warn"], reused_evidence="fail"),
        container=container,
    )


def case_bluebonnet_brazos() -> Case:
    c = Company("Brazos County Title Co.", "brazoscountytitle.com", "US", "Bryan", "2300 S Texas Ave, Bryan, TX 77802")
    s = Person("Melinda Ochoa", "melinda.ochoa@brazoscountytitle.com", "Office Manager")
    return case_bluebonnet(
        "4501031", c, s, day(2026, 4, 17), when(2026, 5, 12, 14, 10, CDT), "4501032", "Bluebonnet_BrazosTitle"
    )


def case_bluebonnet_lampasas() -> Case:
    c = Company("Lampasas Feed & Supply LLC", "lampasasfeed.com", "US", "Lampasas", "405 E 3rd St, Lampasas, TX 76550")
    s = Person("Travis Kuykendall", "travis@lampasasfeed.com", "Owner")
    return case_bluebonnet(
        "4501032",
        c,
        s,
        day(2026, 4, 23),
        when(2026, 5, 19, 11, 45, CDT),
        "4501031",
        "Bluebonnet_LampasasFeed",
        container="zip",
    )


# ==============================================================================================
# Real reuse 3: the same signature picture pasted into the sign-offs of two different customers
# ==============================================================================================
MARIGOLD = Company(
    "Marigold Infotech Pvt Ltd",
    "marigoldinfotech.in",
    "IN",
    "Pune",
    "Office 604, Teerth Technospace, Baner, Pune 411045",
    location_id="7941277",
    short="Marigold",
)
MG_DH = Person("Rohit Kulkarni", "rohit.kulkarni@marigoldinfotech.in", "Delivery Head")
_MG: dict[str, bytes] = {}


def pasted_signature_png() -> bytes:
    if "png" not in _MG:
        doc = pymupdf.open()
        page = doc.new_page(width=170, height=48)
        scribble(page, pymupdf.Rect(6, 6, 164, 44), "marigold-pasted", color=(0.1, 0.1, 0.35), width=1.3)
        pix = page.get_pixmap(dpi=200, alpha=False)
        img = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
        _MG["png"] = png(img)
    return _MG["png"]


def marigold_signoff(
    customer: Company, signer: Person, rows: Sequence[tuple[str, str, str]], signed: dt.date, ref: str, scope: str
) -> bytes:
    html = (
        '<table class="nb"><tr><td><span style="font-size:15pt;color:#c77700" class="b">Marigold Infotech</span><br/>'
        '<span class="small">Cloud · Security · Managed Services</span></td><td class="r small">'
        f"{escape(MARIGOLD.address)}<br/>GSTIN 27AAKCM4471R1Z8</td></tr></table><hr/>"
        f"<h1>Customer Sign-off Certificate</h1>"
        + kv(
            [
                ("Customer", escape(customer.name)),
                ("Project reference", ref),
                ("Scope", scope),
                ("Marigold delivery head", MG_DH.name),
            ]
        )
        + "<h2>Deliverables</h2>"
        + table(rows, head=("Deliverable", "Details", "Completed on"), widths=(24, 56, 20))
        + "<h2>Sign-off</h2><p>We confirm that the deliverables listed above have been completed to our satisfaction.</p>"
        + table(
            [
                (f"For {escape(customer.name)}", f"For {MARIGOLD.name}"),
                ("Authorised signatory:<br/><br/><br/><br/>", "Authorised signatory:<br/><br/><br/><br/>"),
                (
                    f"Name: {escape(signer.name)}<br/>Designation: {escape(signer.title)}<br/>Date: {f_dmy(signed)}",
                    f"Name: {MG_DH.name}<br/>Designation: {MG_DH.title}<br/>Date: {f_dmy(signed)}",
                ),
            ],
            widths=(50, 50),
        )
    )
    doc = render(html, deco=running(footer="Marigold Infotech Pvt Ltd · CIN U72200PN2016PTC163402", numbers=None))
    page, r = find(doc, "Authorised signatory:", 0)
    page.insert_image(pymupdf.Rect(r.x0 + 4, r.y1 + 2, r.x0 + 124, r.y1 + 36), stream=pasted_signature_png())
    page2, r2 = find(doc, "Authorised signatory:", 1)
    scribble(
        page2,
        pymupdf.Rect(r2.x0 + 6, r2.y1 + 4, r2.x0 + 120, r2.y1 + 32),
        "rohit-kulkarni#" + ref,
        color=(0.1, 0.1, 0.35),
    )
    return finish(
        doc, Meta(f"Sign-off {ref}", MG_DH.name, when(signed.year, signed.month, signed.day, 18, 20, IST), *WORD)
    )


PASTE_WHY = (
    f"The customer signature in the sign-off is a picture inserted into a digitally produced PDF, and the same "
    f"picture (identical image) appears on claim {{other}}'s sign-off for a different customer with a different "
    f"named signatory: {G_PASTE}. A pasted signature is no customer acknowledgement, and nothing else in the bundle "
    f"is. The deliverables themselves are specific. {G_REJECTED}; the copy-pasted signature cannot be cured by "
    f"more information, hence reject."
)


def case_marigold_dapoli() -> Case:
    cust = Company(
        "Dapoli Agro Processors Pvt Ltd", "dapoliagro.in", "IN", "Dapoli", "MIDC Area, Dapoli, Ratnagiri 415712"
    )
    signer = Person("Sameer Joshi", "sameer.joshi@dapoliagro.in", "IT Manager")
    submitted = when(2026, 7, 8, 16, 30, IST)
    rows = [
        (
            "Windows enrolment",
            "Autopilot pre-provisioning for 145 laptops at plant and Pune sales office",
            "06/05/2026",
        ),
        (
            "Compliance",
            "BitLocker, Windows Update rings (3), compliance policy linked to Conditional Access",
            "13/05/2026",
        ),
        ("Android", "Android Enterprise work profile for 62 field-sales phones; managed Play store apps", "22/05/2026"),
        ("Handover", "Admin training for 2 IT staff; runbook", "28/05/2026"),
    ]
    data = marigold_signoff(cust, signer, rows, day(2026, 5, 29), "MIT/DAP/2026/014", "Microsoft Intune deployment")
    path = "Sign-off certificate - Dapoli Agro.pdf"
    claim = cpor_claim(
        "4501041",
        area="Security",
        submitted=submitted,
        partner=MARIGOLD,
        pc=MG_DH,
        customer=cust,
        cc=signer,
        workloads=["INTUNE"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "Marigold_DapoliAgro",
        {path: data},
        "reject",
        PASTE_WHY.format(other="4501042"),
        "Same signature image pasted for two customers (different signatory names); digital PDF with embedded PNG signature.",
        expect(CPOR_GOOD, **NO_MAIL, customer_acknowledgement=["fail", "warn"], reused_evidence="fail"),
    )


def case_marigold_sindhudurg() -> Case:
    cust = Company(
        "Sindhudurg Cold Chain Pvt Ltd",
        "sindhudurgcoldchain.com",
        "IN",
        "Kudal",
        "Plot B-14, MIDC Kudal, Sindhudurg 416520",
    )
    signer = Person("Anita Sawant", "anita.sawant@sindhudurgcoldchain.com", "Head - IT & Systems")
    submitted = when(2026, 7, 9, 12, 5, IST)
    rows = [
        (
            "Identity protection",
            "Entra ID P2: risk-based Conditional Access (sign-in and user risk) for 210 users; "
            "PIM for 9 admin roles with approval",
            "18/05/2026",
        ),
        (
            "Windows enrolment",
            "Hybrid join to Entra joined migration for 96 desktops at the Kudal and Vashi sites",
            "27/05/2026",
        ),
        (
            "Rugged devices",
            "38 Honeywell CT45 handhelds enrolled as dedicated devices for cold-room inventory",
            "05/06/2026",
        ),
        ("Handover", "Access-review schedule and Intune runbook", "10/06/2026"),
    ]
    data = marigold_signoff(
        cust, signer, rows, day(2026, 6, 11), "MIT/SCC/2026/022", "Microsoft Intune and Microsoft Entra ID P2"
    )
    path = "Sign-off certificate - Sindhudurg Cold Chain.pdf"
    claim = cpor_claim(
        "4501042",
        area="Security",
        submitted=submitted,
        partner=MARIGOLD,
        pc=MG_DH,
        customer=cust,
        cc=signer,
        workloads=["INTUNE", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "Marigold_SindhudurgColdChain",
        {path: data},
        "reject",
        PASTE_WHY.format(other="4501041"),
        "Second claim carrying the same pasted signature picture.",
        expect(CPOR_GOOD, **NO_MAIL, customer_acknowledgement=["fail", "warn"], reused_evidence="fail"),
        container="zip",
    )


# ==============================================================================================
# Shared boilerplate 2: the mandated public-sector disclosure wording (used by several partners)
# ==============================================================================================
PSD_TITLE = "Public Sector Disclosure and Customer Acknowledgement"
PSD_P1 = (
    '{partner} ("Partner") is a Microsoft partner. In accordance with the Microsoft Partner Agreement and '
    'applicable public procurement requirements, Partner discloses to {customer} ("Customer") that Partner may '
    'receive fees, commissions or other compensation from Microsoft Corporation or its affiliates ("Microsoft") in '
    "connection with the Microsoft products or services procured by Customer or with the services Partner provides "
    "to Customer, including incentive payments under the Microsoft Commerce Incentives program."
)
PSD_P3 = (
    "Customer is a public sector entity. This disclosure is provided in writing and Customer acknowledges it in "
    "writing below. By signing, Customer confirms that it has received and read this disclosure."
)
PSD_P4 = (
    "Nothing in this disclosure obliges Customer to procure any product or service, and Customer remains free to "
    "choose its providers."
)


def psd_html(
    partner: Company,
    customer: Company,
    concerned: str,
    estimate: str,
    partner_signer: Person,
    customer_signer: Person,
    *,
    spanish: bool = False,
) -> str:
    english = (
        f"<h2>{PSD_TITLE}</h2><p>{escape(PSD_P1.format(partner=partner.name, customer=customer.name))}</p>"
        f"<p><b>Products and services concerned:</b> {concerned}</p><p><b>Estimated compensation from Microsoft:</b> {estimate}</p>"
        f"<p>{PSD_P3}</p><p>{PSD_P4}</p>"
    )
    sig = table(
        [
            ("Acknowledged for the Customer", "Disclosed by the Partner"),
            (
                f"Name: {escape(customer_signer.name)}<br/>Title: {escape(customer_signer.title)}",
                f"Name: {escape(partner_signer.name)}<br/>Title: {escape(partner_signer.title)}",
            ),
            ("Customer signature:<br/><br/><br/>", "Partner signature:<br/><br/><br/>"),
            ("Date (customer):", "Date (partner):"),
        ],
        widths=(50, 50),
    )
    if not spanish:
        return english + sig
    spanish_text = (
        "<h2>Divulgación al Sector Público y Reconocimiento del Cliente</h2>"
        f'<p>{escape(partner.name)} ("el Socio") es un socio de Microsoft. Conforme al Microsoft Partner Agreement y a los '
        f'requisitos de contratación pública aplicables, el Socio divulga a {escape(customer.name)} ("el Cliente") que puede '
        "recibir honorarios, comisiones u otra compensación de Microsoft Corporation o sus afiliadas en relación con los "
        "productos o servicios de Microsoft adquiridos por el Cliente o con los servicios que el Socio presta al Cliente, "
        "incluidos pagos de incentivos del programa Microsoft Commerce Incentives.</p>"
        "<p>El Cliente es una entidad del sector público. Esta divulgación se hace por escrito y el Cliente la reconoce por "
        "escrito a continuación.</p>"
    )
    return table([(english, spanish_text)], head=("English", "Español"), widths=(50, 50)) + sig


# ==============================================================================================
# Shared boilerplate 3: the programme's standard AMMP completion checklist (several partners)
# ==============================================================================================
AMMP_ROWS = (
    "Application Compatibility Assessment/Review",
    "Landing Zone Setup or Review",
    "Modernization activities (including Arc-enablement as required)",
    "Azure security deployment and setup (recommended)",
)


def ammp_checklist(
    *,
    partner: Company,
    customer: Company,
    claim_id: str,
    app: str,
    notes: Sequence[str],
    done: Sequence[dt.date | None],
    acr: str,
    production: dt.date,
    fmt: Callable[[dt.date], str] = f_gb,
) -> str:
    rows = []
    for label, note, d in zip(AMMP_ROWS, notes, done, strict=True):
        rows.append((f"{tick(d is not None)} {label}", note, fmt(d) if d else "-"))
    return (
        '<p class="small">Azure Migrate and Modernize - Partner-led</p>'
        "<h1>AMMP App/Data Modernization (Small) - Project Completion Checklist</h1>"
        '<p class="small">Programme template v2025.1. Complete one checklist per claim and upload it signed by the customer.</p>'
        + kv(
            [
                ("Partner", escape(partner.name)),
                ("Customer", escape(customer.name)),
                ("MCI claim ID", claim_id),
                ("Workload / application", app),
                ("Planned Azure consumption (annual run rate)", acr),
                ("Date of production", fmt(production)),
            ]
        )
        + "<h2>Required activities</h2>"
        + table(rows, head=("Activity", "What was done", "Completed"), widths=(30, 54, 16))
        + "<h2>Customer confirmation</h2><p>I confirm that the activities marked above were completed for our organisation "
        "and that the application is running in production on Azure.</p>"
        + table([("Customer name:", "Job title:"), ("Customer signature:<br/><br/><br/>", "Date:")], widths=(50, 50))
    )


# ==============================================================================================
# Public sector cases
# ==============================================================================================
GRAYHAWK = Company(
    "Grayhawk Civic Technology LLC",
    "grayhawkcivic.com",
    "US",
    "Tucson",
    "2 E Congress St, Suite 900, Tucson, AZ 85701",
    location_id="8001456",
    short="Grayhawk",
)
GH_AE = Person("Renee Castillo", "renee.castillo@grayhawkcivic.com", "Public Sector Account Executive")
GH_ENG = Person("Marcus Yazzie", "marcus.yazzie@grayhawkcivic.com", "Senior Security Engineer")


def case_grayhawk_scvusd() -> Case:
    cust = Company(
        "Santa Cruz Valley Unified School District",
        "scvusd.org",
        "US",
        "Rio Rico",
        "1374 W Frontage Rd, Rio Rico, AZ 85648",
        segment="public_sector",
        short="SCVUSD",
    )
    dt_dir = Person("Gilbert Navarro", "gnavarro@scvusd.org", "Director of Technology")
    submitted = when(2026, 3, 17, 13, 25, MST)
    acc_html = (
        '<table class="nb"><tr><td><span style="font-size:16pt;color:#7a4b1e" class="b">GRAYHAWK</span>'
        '<span class="small"> CIVIC TECHNOLOGY</span></td><td class="r small">Project Acceptance Form PA-3</td></tr></table><hr/>'
        "<h1>Project Acceptance - Endpoint and Identity Threat Protection</h1>"
        + kv(
            [
                ("District", cust.name),
                ("Contract", "Cooperative purchase, AZ State Contract ADSPO17-166122 - Task Order 2025-07"),
                ("Project window", "September 15, 2025 - February 13, 2026"),
                ("Grayhawk engineer", GH_ENG.name),
            ]
        )
        + "<h2>Scope delivered</h2>"
        + table(
            [
                (
                    "Microsoft Defender for Endpoint",
                    "Onboarded 2,140 staff Windows devices and 46 servers via Intune and Group "
                    "Policy; retired Symantec; EDR in block mode; ASR rules in block for Office child processes and credential "
                    "theft; automated investigation set to full remediation for staff devices",
                    "Completed Jan 23, 2026",
                ),
                (
                    "Microsoft Defender for Identity",
                    "Sensors on 4 domain controllers and the AD FS server; honeytoken accounts; "
                    "lateral-movement path review with remediation of 3 over-privileged service accounts; alerts routed to the "
                    "district help desk queue",
                    "Completed Feb 6, 2026",
                ),
                (
                    "Operations",
                    "Incident response playbook for ransomware and account compromise; two tabletop exercises "
                    "with the district technology team; weekly secure score review through Feb 13",
                    "Completed Feb 13, 2026",
                ),
            ],
            head=("Workload", "Work performed", "Status"),
            widths=(22, 58, 20),
        )
        + "<p>Student Chromebooks are out of scope (managed in Google Admin).</p>"
        + "<h2>Acceptance</h2><p>The District accepts the work described above as complete.</p>"
        + table(
            [
                ("District representative", "Grayhawk representative"),
                (f"{dt_dir.name}, {dt_dir.title}", f"{GH_AE.name}, {GH_AE.title}"),
                ("District signature:<br/><br/>", "Grayhawk signature:<br/><br/>"),
            ],
            widths=(50, 50),
        )
    )
    doc = render(
        acc_html, size="letter", deco=running(footer="Grayhawk Civic Technology LLC · Tucson, Arizona", numbers=None)
    )
    acceptance = adobe_sign(
        doc,
        title="SCVUSD Project Acceptance - Endpoint and Identity",
        creator=GH_AE,
        created=when(2026, 2, 20, 9, 4, MST),
        zone="MST",
        signers=[
            AdobeSigner(
                GH_AE,
                "Grayhawk signature:",
                when(2026, 2, 20, 9, 5, MST),
                when(2026, 2, 20, 9, 6, MST),
                when(2026, 2, 20, 9, 7, MST),
                "98.160.44.12",
                zone="MST",
            ),
            AdobeSigner(
                dt_dir,
                "District signature:",
                when(2026, 2, 20, 9, 7, MST),
                when(2026, 2, 23, 7, 51, MST),
                when(2026, 2, 24, 14, 18, MST),
                "216.19.180.7",
                zone="MST",
            ),
        ],
        meta=Meta(
            "SCVUSD Project Acceptance - Endpoint and Identity - signed",
            GH_AE.name,
            when(2026, 2, 24, 14, 18, MST),
            *ADOBE_SIGN,
        ),
    )
    psd = render(
        psd_html(
            GRAYHAWK,
            cust,
            "Microsoft Defender for Endpoint and Microsoft Defender for Identity deployment "
            "services under Task Order 2025-07 (security usage)",
            "up to USD 9,800 in incentive payments",
            GH_AE,
            dt_dir,
        ),
        size="letter",
    )
    sign_near(psd, "Customer signature:", "gilbert-navarro", dx=10, w=120, h=26, below=True)
    write_near(psd, "Date (customer):", "9/8/2025", "gn-d")
    sign_near(psd, "Partner signature:", "renee-castillo", dx=10, w=110, h=24, below=True)
    write_near(psd, "Date (partner):", "9/5/2025", "rc-d")
    psd_scan = scanned(
        psd, "scvusd-psd", scanner_meta("Xerox AltaLink C8130", when(2025, 9, 9, 7, 40, MST)), dpi=200, skew=-0.6
    )
    p_acc, p_psd = (
        "POE/SCVUSD Project Acceptance (Acrobat Sign).pdf",
        "PSD/SCVUSD Public Sector Disclosure - countersigned.pdf",
    )
    claim = cpor_claim(
        "4501051",
        area="Security",
        submitted=submitted,
        partner=GRAYHAWK,
        pc=GH_AE,
        customer=cust,
        cc=dt_dir,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR IDENTITY"],
        docs=[(p_acc, "poe"), (p_psd, "public_sector_disclosure")],
    )
    return Case(
        claim,
        "Grayhawk_SantaCruzValleyUSD",
        {p_acc: acceptance, p_psd: psd_scan},
        "approve",
        f"Public school district in the US (education = public sector). The written fee disclosure is countersigned "
        f"by the district's Director of Technology: {G_PS}. The project acceptance is e-signed in Acrobat Sign with "
        f"its Final Audit Report ({G_ESIG}), dated February 24, 2026 ({G_12M}); device and server counts per "
        f"workload ({G_DETAIL}; {G_CONNECT}). The disclosure text is the mandated wording that other partners in "
        f"this set also use (4501052, 4501053, 4501056) - shared boilerplate, not reuse.",
        "US public sector WITH written disclosure (wet-ink countersigned scan, mandated shared wording); Acrobat Sign acceptance with audit report.",
        expect(CPOR_GOOD, **NO_MAIL, public_sector="pass"),
    )


COQUI = Company(
    "Coquí Cloud Services LLC",
    "coquicloud.com",
    "PR",
    "San Juan",
    "1250 Ave. Ponce de León, Suite 702, San Juan, PR 00907",
    location_id="8012290",
    short="Coquí Cloud",
)
CQ_AM = Person("Yesenia Rivera Colón", "yrivera@coquicloud.com", "Gerente de Cuentas / Account Manager")


def case_coqui_hospital() -> Case:
    cust = Company(
        "Hospital Municipal de Río Abajo",
        "hospitalrioabajo.org",
        "PR",
        "Río Abajo",
        "Carr. 2 Km 61.4, Río Abajo, PR 00650",
        segment="public_sector",
    )
    it = Person(
        "Héctor Maldonado Ortiz", "hmaldonado@hospitalrioabajo.org", "Director de Sistemas de Información / IT Director"
    )
    submitted = when(2026, 8, 11, 10, 15, AST)
    left = (
        "<h3>Service Acceptance Certificate</h3>"
        f"<p>{COQUI.name} completed the following work for {cust.name}:</p>"
        + bullets(
            [
                "Exchange Online: migration of 486 mailboxes and 14 shared mailboxes (admissions, pharmacy, radiology) from "
                "Exchange 2013; retention of 7 years for clinical correspondence; MX cut-over on June 19, 2026.",
                "Teams Phone: 212 users on Operator Connect with Liberty numbers; auto attendant in Spanish and English; call "
                "queues for appointments, emergency room triage line and billing; 40 Yealink MP54 phones on nursing stations.",
                "Training for 95 staff in two shifts; after-hours support during the July 6-10 cut-over week.",
            ]
        )
        + "<p>The Hospital accepts the services described as complete.</p>"
    )
    right = (
        "<h3>Acta de Aceptación de Servicios</h3>"
        f"<p>{COQUI.name} completó los siguientes trabajos para el {cust.name}:</p>"
        + bullets(
            [
                "Exchange Online: migración de 486 buzones y 14 buzones compartidos (admisiones, farmacia, radiología) desde "
                "Exchange 2013; retención de 7 años para correspondencia clínica; cambio de MX el 19 de junio de 2026.",
                "Teams Phone: 212 usuarios en Operator Connect con números de Liberty; operadora automática en español e inglés; "
                "colas de llamadas para citas, triaje de sala de emergencias y facturación; 40 teléfonos Yealink MP54 en "
                "estaciones de enfermería.",
                "Adiestramiento para 95 empleados en dos turnos; apoyo fuera de horario durante la semana del 6 al 10 de julio.",
            ]
        )
        + "<p>El Hospital acepta los servicios descritos como completados.</p>"
    )
    acc_html = (
        f'<p class="b" style="font-size:14pt;color:#1d6b3a">Coquí Cloud Services</p><p class="small">{escape(COQUI.address)}</p>'
        + table([(left, right)], head=("English", "Español"), widths=(50, 50))
        + table(
            [
                ("Por el Hospital / For the Hospital", "Por Coquí Cloud / For Coquí Cloud"),
                (f"{escape(it.name)}<br/>{escape(it.title)}", f"{escape(CQ_AM.name)}<br/>{escape(CQ_AM.title)}"),
                ("Firma / Signature:<br/><br/><br/>", "Firma / Signature:<br/><br/><br/>"),
                ("Fecha / Date:", "Fecha / Date:"),
            ],
            widths=(50, 50),
        )
    )
    acc = render(
        acc_html,
        size="letter",
        deco=running(footer="Coquí Cloud Services LLC · Acta / Certificate AC-2026-031", numbers=None),
    )
    sign_near(acc, "Firma / Signature:", "hector-maldonado#acta", nth=0, dx=10, w=125, h=26, below=True)
    write_near(acc, "Fecha / Date:", "22 julio 2026", "hm-d", nth=0)
    sign_near(acc, "Firma / Signature:", "yesenia-rivera#acta", nth=1, dx=10, w=115, h=24, below=True)
    write_near(acc, "Fecha / Date:", "22 julio 2026", "yr-d", nth=1)
    psd = render(
        psd_html(
            COQUI,
            cust,
            "Exchange Online and Teams Phone deployment and support services (Modern Work usage)",
            "up to USD 6,200",
            CQ_AM,
            it,
            spanish=True,
        ),
        size="letter",
    )
    sign_near(psd, "Customer signature:", "hector-maldonado#psd", dx=10, w=125, h=26, below=True)
    write_near(psd, "Date (customer):", "July 22, 2026", "hm-psd")
    sign_near(psd, "Partner signature:", "yesenia-rivera#psd", dx=10, w=115, h=24, below=True)
    write_near(psd, "Date (partner):", "July 20, 2026", "yr-psd")
    scan_acc = scanned(
        acc, "coqui-acc", scanner_meta("Canon imageRUNNER ADVANCE DX 4751i", when(2026, 7, 23, 8, 30, AST)), dpi=150
    )
    scan_psd = scanned(
        psd,
        "coqui-psd",
        scanner_meta("Canon imageRUNNER ADVANCE DX 4751i", when(2026, 7, 23, 8, 31, AST)),
        dpi=150,
        skew=-0.8,
    )
    p_acc, p_psd = (
        "Acta de Aceptacion - Service Acceptance (firmada).pdf",
        "Divulgacion Sector Publico - PSD (firmada).pdf",
    )
    claim = cpor_claim(
        "4501052",
        area="Modern Work",
        submitted=submitted,
        partner=COQUI,
        pc=CQ_AM,
        customer=cust,
        cc=it,
        workloads=["EXCHANGE ONLINE", "TEAMS PHONE ENABLED USERS"],
        docs=[(p_acc, "poe"), (p_psd, "public_sector_disclosure")],
    )
    return Case(
        claim,
        "CoquiCloud_HospitalRioAbajo",
        {p_acc: scan_acc, p_psd: scan_psd},
        "approve",
        f"Municipal hospital in Puerto Rico (healthcare = public sector). Written disclosure in the mandated wording, "
        f"countersigned by the hospital ({G_PS}); scope {G_PS_SCOPE}. Acceptance signed in ink and scanned ({G_PAPER}) "
        f"on 22 July 2026 ({G_12M}), with mailbox and user counts per workload ({G_DETAIL}; {G_CONNECT}). Both "
        f"documents are bilingual side by side with the full text in English, so nothing is 'not presented in "
        f"English' ({G_ENGLISH}).",
        "Puerto Rico public sector WITH disclosure; bilingual English/Spanish side-by-side columns; two wet-ink scans.",
        expect(CPOR_GOOD, **NO_MAIL, public_sector="pass"),
        container="zip-folder",
    )


NILGIRI = Company(
    "Nilgiri Cloudworks Pvt Ltd",
    "nilgiricloud.in",
    "IN",
    "Bengaluru",
    "4th Floor, Prestige Atrium, Central Street, Bengaluru 560001",
    location_id="8023115",
    short="Nilgiri",
)
NG_PL = Person("Kavitha Raman", "kavitha.raman@nilgiricloud.in", "Practice Lead - Azure")
NG_FIN = Person("Ajay Menon", "accounts@nilgiricloud.in", "Finance Manager")


def case_nilgiri_tsu() -> Case:
    cust = Company(
        "Tungabhadra State University",
        "tsu.ac.in",
        "IN",
        "Hosapete",
        "Vidyanagar, Hosapete, Karnataka 583201",
        segment="public_sector",
        short="TSU",
    )
    it = Person("Dr. Anand Patil", "director.cc@tsu.ac.in", "Director - Computer Centre")
    cid = "4501053"
    consent, submitted = day(2026, 1, 12), when(2026, 4, 28, 15, 50, IST)
    check = ammp_checklist(
        partner=NILGIRI,
        customer=cust,
        claim_id=cid,
        app="TSU Admissions and Results portal (.NET Framework 4.6, SQL Server 2014)",
        notes=[
            "Assessment of the admissions portal and results API with Azure Migrate app containerization and .NET "
            "Upgrade Assistant; 23 compatibility issues (session state, file uploads to local disk, SMTP relay) fixed",
            "Hub-spoke landing zone in Central India: hub VNet with Azure Firewall, spokes for prod and UAT, Azure Policy "
            "for allowed regions and tagging, budgets per department",
            "Portal re-platformed to Azure App Service (P1v3, 2 instances, autoscale to 6 on results day); database to "
            "Azure SQL Database (General Purpose, 4 vCore); results API to Azure Functions; Blob storage for 1.1 TB of uploads",
            "Defender for Cloud (App Service, SQL, Storage plans); WAF on Application Gateway; Key Vault for secrets",
        ],
        done=[day(2026, 1, 30), day(2026, 2, 13), day(2026, 3, 27), day(2026, 4, 3)],
        acr="USD 46,000 / year",
        production=day(2026, 3, 30),
        fmt=lambda d: f_dmy(d, "-"),
    )
    doc = render(check, deco=running(footer="AMMP completion checklist · programme template v2025.1", numbers=None))
    write_near(doc, "Customer name:", "Dr. Anand Patil", "ap-n", dx=6, size=10.5)
    write_near(doc, "Job title:", "Director, Computer Centre", "ap-t", dx=6, size=10)
    sign_near(doc, "Customer signature:", "anand-patil#checklist", dx=10, w=120, h=26, below=True)
    write_near(doc, "Date:", "06-04-2026", "ap-d", dx=6)
    check_pdf = scanned(
        doc, "tsu-check", scanner_meta("KONICA MINOLTA bizhub C300i", when(2026, 4, 7, 11, 5, IST)), dpi=150, skew=0.4
    )
    arch = word_report(
        "TSU Admissions Portal on Azure - Modernization Summary",
        "Nilgiri Cloudworks · for Tungabhadra State University · April 2026",
        "<h2>Before</h2><p>Single IIS server and SQL Server 2014 in the university data centre; results-day outages in 2024 "
        "and 2025 with 38,000 concurrent students.</p><h2>After</h2>"
        + table(
            [
                (
                    "Web",
                    "Azure App Service P1v3, autoscale 2-6",
                    "Results day 2026-04-18: 41,200 concurrent users, no errors above 0.2%",
                ),
                ("Data", "Azure SQL Database GP 4 vCore, geo-backup", "Point-in-time restore tested 2026-03-24"),
                ("API", "Azure Functions (Premium EP1)", "Results API p95 latency 180 ms"),
                ("Security", "Defender for Cloud, WAF, Key Vault, private endpoints", "Secure score 78%"),
            ],
            head=("Layer", "Azure service", "Evidence"),
        )
        + "<h2>Estimated consumption</h2><p>USD 3,850 per month at steady state (USD 46,000 annual run rate).</p>",
        meta=Meta("TSU Modernization Summary", NG_PL.name, when(2026, 4, 20, 17, 0, IST)),
        footer="Nilgiri Cloudworks Pvt Ltd",
    )
    psd = render(
        psd_html(
            NILGIRI,
            cust,
            "AMMP App/Data Modernization (Small) - modernization of the admissions and results portal",
            "USD 7,500 (engagement fee under Microsoft Commerce Incentives)",
            NG_PL,
            it,
        )
    )
    sign_near(psd, "Customer signature:", "anand-patil#psd", dx=10, w=120, h=26, below=True)
    write_near(psd, "Date (customer):", "14-01-2026", "ap-psd")
    sign_near(psd, "Partner signature:", "kavitha-raman", dx=10, w=110, h=24, below=True)
    write_near(psd, "Date (partner):", "13-01-2026", "kr-psd")
    psd_pdf = scanned(
        psd, "tsu-psd", scanner_meta("KONICA MINOLTA bizhub C300i", when(2026, 1, 15, 10, 0, IST)), dpi=150, skew=-0.3
    )
    inv = invoice_a(
        partner=NILGIRI,
        contact=NG_FIN,
        number="NCW/25-26/0417",
        issued=day(2026, 4, 27),
        due=day(2026, 5, 27),
        lines=[
            InvoiceLine(
                f"MCI Engagement Claim ID {cid} - AMMP App/Data Modernization (Small) - Tungabhadra State University",
                7500.0,
            )
        ],
        tax_label="IGST 18% (export of services - LUT not applicable)",
        tax_rate=0.18,
        ref_rows=[("GSTIN", "29AAGCN6614K1ZQ"), ("Place of supply", "Outside India")],
        bank="HDFC Bank, Bengaluru, A/c 50200047731882, SWIFT HDFCINBB",
        accent="#1b5e20",
        meta=Meta("Invoice NCW/25-26/0417", NG_FIN.name, when(2026, 4, 27, 12, 0, IST), *ZOHO),
    )
    summary = (
        "Application assessment, hub-spoke landing zone, App Service and Azure SQL modernization, Defender for Cloud"
    )
    cs = customer_survey(
        cid,
        when(2026, 4, 22, 10, 40, IST),
        ("Anand Patil", "Tungabhadra State University", "Director - Computer Centre"),
        summary,
        NILGIRI.name,
    )
    ps = partner_survey(
        cid,
        when(2026, 4, 23, 18, 2, IST),
        ("Kavitha Raman", NILGIRI.name, "Practice Lead - Azure"),
        summary,
        "Portal in production since 30 March 2026; results day handled on Azure",
    )
    docs = [
        ("POE/AMMP checklist - TSU (signed).pdf", "poe"),
        ("POE/TSU Modernization Summary.pdf", "poe"),
        ("PSD/TSU Public Sector Disclosure.pdf", "public_sector_disclosure"),
        ("Invoice/NCW-25-26-0417.pdf", "invoice"),
        ("Surveys/customer_attestation.json", "customer_attestation"),
        ("Surveys/partner_attestation.json", "partner_attestation"),
    ]
    files = dict(zip([p for p, _ in docs], [check_pdf, arch, psd_pdf, inv, cs, ps], strict=True))
    claim = pa_claim(
        cid,
        area="Azure",
        submitted=submitted,
        partner=NILGIRI,
        pc=NG_PL,
        customer=cust,
        cc=it,
        engagement=AMMP_S,
        consent=consent,
        docs=docs,
    )
    return Case(
        claim,
        "Nilgiri_TungabhadraStateUniversity",
        files,
        "approve",
        f"State university in India (public sector) on a partner-activities claim: {G_PS_PA} - present and "
        f"countersigned. All components are there ({G_PA_PARTS}); both survey signatures have name, company and "
        f"title ({G_ATTEST}). India is Market C, so the fee is $7,500 ({G_RATES}; {G_MARKET_C}); the invoice shows "
        f"the claim ID and USD 7,500.00 pre-tax with 18% IGST on top, which is allowed ({G_INV_AMT}). Consent "
        f"2026-01-12, submitted 2026-04-28 = 106 days, inside {G_SMALL}. The checklist covers the four required "
        f"activities ({G_AMMP_ACTS}); it is the programme's standard template also used on 4501061-4501064 and 4501067.",
        "India public sector partner-activities claim WITH PSD; Market C fixed fee with GST on top; programme checklist (shared template) signed in ink.",
        expect(PA_GOOD, public_sector="pass"),
    )


DRIFTLESS = Company(
    "Driftless Tech Cooperative LLC",
    "driftlesstech.coop",
    "US",
    "La Crosse",
    "400 Main St, Suite 210, La Crosse, WI 54601",
    location_id="8034007",
    short="Driftless Tech",
)
DT_PL = Person("Ingrid Halvorsen", "ingrid@driftlesstech.coop", "Public Sector Practice Lead")


def case_driftless_kickapoo() -> Case:
    cust = Company(
        "City of Kickapoo Falls",
        "kickapoofallswi.gov",
        "US",
        "Kickapoo Falls",
        "210 Water St, Kickapoo Falls, WI 54665",
        segment="public_sector",
    )
    it = Person("Dale Brueggen", "dbrueggen@kickapoofallswi.gov", "IT Coordinator")
    submitted = when(2026, 6, 16, 9, 0, CDT)
    html = (
        '<p class="b" style="font-size:15pt;color:#3b5998">Driftless Tech Cooperative</p>'
        "<h1>Service Completion Certificate</h1>"
        + kv(
            [
                ("Client", cust.name),
                ("Engagement", "Microsoft Teams and SharePoint Online for City departments"),
                ("Dates", "February 2 - May 15, 2026"),
                ("Quote / PO", "City PO 26-0117"),
            ]
        )
        + "<h2>Completed work</h2>"
        + bullets(
            [
                "Teams: teams and channels for 11 departments (Clerk, Police admin, Public Works, Parks, Utilities, Finance, ...); "
                "Teams meeting policies and recording retention for public meetings; 164 staff onboarded.",
                "SharePoint Online: migration of the city's S: drive (310 GB) into 11 department sites; records retention labels "
                "aligned to the Wisconsin municipal records schedule; public-records request library for the Clerk.",
                "Training: 6 sessions including Council members' tablet setup for agenda packets in Teams.",
            ]
        )
        + "<h2>Sign-off</h2><p>The City confirms the work above was delivered.</p>"
        + table(
            [
                ("City of Kickapoo Falls", "Driftless Tech Cooperative"),
                ("Signature:<br/><br/><br/>", "Signature:<br/><br/><br/>"),
                ("Date:", "Date:"),
            ],
            widths=(50, 50),
        )
    )
    doc = render(html, size="letter")
    env = Envelope(
        guid("env", "kickapoo", upper=True),
        "Complete with Docusign: Service Completion Certificate.pdf",
        DT_PL,
        DRIFTLESS.name,
        zone_label="(UTC-06:00) Central Time (US & Canada)",
        signers=[
            Signer(
                it,
                cust.name,
                "Signature:",
                when(2026, 5, 20, 10, 0, CDT),
                when(2026, 5, 20, 13, 12, CDT),
                when(2026, 5, 20, 13, 15, CDT),
                "75.86.19.204",
                date_anchor="Date:",
                anchor_nth=0,
            ),
            Signer(
                DT_PL,
                DRIFTLESS.name,
                "Signature:",
                when(2026, 5, 20, 10, 0, CDT),
                when(2026, 5, 20, 10, 2, CDT),
                when(2026, 5, 20, 10, 3, CDT),
                "24.196.51.9",
                date_anchor="Date:",
                anchor_nth=1,
            ),
        ],
    )
    data = docusign(
        doc,
        env,
        "Service Completion Certificate.pdf",
        Meta("Service Completion Certificate", DT_PL.name, when(2026, 5, 20, 9, 50, CDT)),
    )
    path = "Kickapoo Falls - Service Completion Certificate.pdf"
    claim = cpor_claim(
        "4501054",
        area="Modern Work",
        submitted=submitted,
        partner=DRIFTLESS,
        pc=DT_PL,
        customer=cust,
        cc=it,
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "DriftlessTech_CityOfKickapooFalls",
        {path: data},
        "action_required",
        f"A US city government is a public sector customer and this is a Modern Work usage claim ({G_PS_SCOPE}). The "
        f"POE itself is good (DocuSign completed, {G_ESIG}; detailed; dated May 20, 2026), but there is no written "
        f"fee disclosure acknowledged by the City anywhere in the bundle: {G_PS}. {G_PS_FAIL} The disclosure can "
        f"still be obtained, so: {G_AR} UNSURE: the spec lists the disclosure under required documents without "
        "saying whether that applies to CPOR, so required_documents may pass or fail.",
        "US public sector WITHOUT the written disclosure; otherwise valid DocuSign POE.",
        expect(CPOR_GOOD, **NO_MAIL, public_sector="fail", required_documents=["pass", "fail"]),
    )


SINDHU = Company(
    "Sindhu Systems Pvt Ltd",
    "sindhusystems.co.in",
    "IN",
    "Hyderabad",
    "Plot 17, Cyber Towers Road, HITEC City, Hyderabad 500081",
    location_id="8045321",
    short="Sindhu Systems",
)
SS_DIR = Person("Venkat Rao Pinnamaneni", "venkat.p@sindhusystems.co.in", "Director - Modern Work")
SS_SEC = Person("Farah Siddiqui", "farah.siddiqui@sindhusystems.co.in", "Security Practice Manager")


def case_sindhu_pgmch() -> Case:
    cust = Company(
        "Pranahita Government Medical College & Hospital",
        "pgmch.ac.in",
        "IN",
        "Mancherial",
        "Hospital Road, Mancherial, Telangana 504208",
        segment="public_sector",
        short="PGMCH",
    )
    it = Person("Srinivas Goud", "sysadmin@pgmch.ac.in", "System Administrator")
    cid = "4501055"
    consent, submitted = day(2026, 3, 2), when(2026, 5, 11, 12, 30, IST)
    eng = variable_engagement("MW-CPLT-ENV-V", "Microsoft 365 Copilot Envisioning Workshop (Variable)", 1940)
    slides = [
        (
            "Copilot Envisioning Workshop<br/>PGMCH",
            "<p>Delivered 21-22 April 2026 · Mancherial</p><p>Sindhu Systems</p>",
        ),
        (
            "Who took part",
            bullets(
                [
                    "Medical Superintendent's office, Academic section, Nursing administration, Accounts, IT",
                    "19 participants over two half-day sessions",
                ]
            ),
        ),
        (
            "Scenarios prioritised",
            table(
                [
                    ("Drafting academic circulars and exam notices", "High", "Word, Outlook"),
                    ("Summarising duty-roster changes from Teams chats", "High", "Teams"),
                    ("Preparing monthly OPD/IPD statistics narratives", "Medium", "Excel, Word"),
                ],
                head=("Scenario", "Value", "App"),
            ),
        ),
        (
            "Readiness findings",
            bullets(
                [
                    "SharePoint permissions: 4 libraries with 'Everyone' access must be fixed before any pilot",
                    "Sensitivity labels not yet in use for patient-adjacent documents",
                    "Pilot proposal: 25 licences for administration staff, June-August 2026",
                ]
            ),
        ),
    ]
    rep = deck(
        slides,
        accent="#a23b72",
        brand="Sindhu Systems",
        footer="PGMCH · Copilot Envisioning Workshop report",
        meta=Meta("PGMCH Copilot Envisioning Workshop", SS_DIR.name, when(2026, 4, 27, 16, 0, IST), *PPT),
    )
    inv = invoice_b(
        partner=SINDHU,
        contact=Person("Accounts Team", "accounts@sindhusystems.co.in", "Accounts"),
        number="SSPL/MCI/2026-027",
        issued=day(2026, 5, 8),
        claim_line=f"MCI Engagement Claim ID {cid} - Microsoft 365 Copilot Envisioning Workshop - PGMCH",
        amount_text="USD 1,940.00",
        extra_rows=[
            ("GST", "Nil (export of services under LUT ARN AD3604260012345)"),
            ("<b>Total</b>", "<b>USD 1,940.00</b>"),
        ],
        meta=Meta("SSPL-MCI-2026-027", "Accounts", when(2026, 5, 8, 11, 0, IST), *WORD),
    )
    summary = "Two half-day envisioning sessions, scenario prioritisation, readiness findings and pilot plan"
    cs = customer_survey(
        cid, when(2026, 5, 4, 14, 12, IST), ("Srinivas Goud", cust.name, "System Administrator"), summary, SINDHU.name
    )
    ps = partner_survey(
        cid, when(2026, 5, 5, 9, 30, IST), (SS_DIR.name, SINDHU.name, SS_DIR.title), summary, "25-seat pilot proposed"
    )
    docs = [
        ("Workshop report - PGMCH.pdf", "poe"),
        ("Invoice SSPL-MCI-2026-027.pdf", "invoice"),
        ("customer_survey.json", "customer_attestation"),
        ("partner_survey.json", "partner_attestation"),
    ]
    files = dict(zip([p for p, _ in docs], [rep, inv, cs, ps], strict=True))
    claim = pa_claim(
        cid,
        area="Modern Work",
        submitted=submitted,
        partner=SINDHU,
        pc=SS_DIR,
        customer=cust,
        cc=it,
        engagement=eng,
        consent=consent,
        docs=docs,
    )
    return Case(
        claim,
        "SindhuSystems_PranahitaGMCH",
        files,
        "action_required",
        f"Government medical college and hospital in India (public sector) on a partner-activities claim: {G_PS_PA} "
        f"No disclosure is in the bundle ('v. Public Sector Disclosure**' is missing from {G_PA_PARTS}). Everything "
        f"else is in order: invoice shows the claim ID and the proposed payout USD 1,940 ({G_VARIABLE}), surveys "
        f"signed, 70 days after consent ({G_STANDARD}). {G_AR}",
        "India public sector partner-activities claim WITHOUT PSD; variable-payout workshop; slide-deck report.",
        expect(PA_GOOD, required_documents="fail", public_sector="fail"),
    )


PALMETTO = Company(
    "Palmetto Secure LLC",
    "palmettosecure.com",
    "US",
    "Columbia",
    "1333 Main St, Suite 510, Columbia, SC 29201",
    location_id="8056640",
    short="Palmetto Secure",
)
PS_AM = Person("Brandon Ashley", "bashley@palmettosecure.com", "Account Manager")


def case_palmetto_lrwa() -> Case:
    cust = Company(
        "Lowcountry Regional Water Authority",
        "lrwa-sc.gov",
        "US",
        "Walterboro",
        "86 Robertson Blvd, Walterboro, SC 29488",
        segment="public_sector",
        short="LRWA",
    )
    cio = Person("Denise Pinckney", "dpinckney@lrwa-sc.gov", "Chief Information Officer")
    counsel = Person("Roland Mazyck", "rmazyck@lrwa-sc.gov", "General Counsel")
    submitted = when(2026, 7, 21, 15, 40, EDT)
    acc = render(
        '<p class="b" style="font-size:15pt;color:#004b6b">PALMETTO SECURE</p>'
        "<h1>Service Acceptance - Intune Device Management</h1>"
        + kv(
            [
                ("Customer", cust.name),
                ("Engagement", "Intune rollout for field operations and plant devices"),
                ("Period", "March 9 - June 26, 2026"),
            ]
        )
        + bullets(
            [
                "Windows Autopilot and Entra join for 188 office and plant PCs at Walterboro and the Edisto WTP",
                "Rugged tablets: 64 Panasonic Toughbooks for meter readers enrolled; kiosk profile for the work-order app",
                "Compliance policies tied to Conditional Access for SCADA jump hosts (MFA + compliant device)",
                "iOS: 57 supervisors' iPhones via ABM; app protection on personal phones for on-call staff",
            ]
        )
        + "<p>LRWA accepts the above services as delivered.</p>"
        + table(
            [
                ("For LRWA", "For Palmetto Secure"),
                ("Signature:<br/><br/><br/>", "Signature:<br/><br/><br/>"),
                ("Date:", "Date:"),
            ],
            widths=(50, 50),
        ),
        size="letter",
    )
    sign_near(acc, "Signature:", "denise-pinckney", nth=0, dx=10, w=120, h=26, below=True)
    write_near(acc, "Date:", "6/30/2026", "dp-d", nth=0)
    sign_near(acc, "Signature:", "brandon-ashley#acc", nth=1, dx=10, w=110, h=24, below=True)
    write_near(acc, "Date:", "6/30/2026", "ba-d", nth=1)
    acc_pdf = scanned(acc, "lrwa-acc", scanner_meta("Brother MFC-L8900CDW", when(2026, 7, 1, 9, 12, EDT)), dpi=150)
    psd = render(
        psd_html(
            PALMETTO, cust, "Intune deployment and management services (security usage)", "up to USD 5,100", PS_AM, cio
        ),
        size="letter",
    )
    sign_near(psd, "Partner signature:", "brandon-ashley#psd", dx=10, w=110, h=24, below=True)
    write_near(psd, "Date (partner):", "7/6/2026", "ba-psd")
    psd_pdf = finish(psd, Meta("PSD - LRWA", PS_AM.name, when(2026, 7, 6, 11, 0, EDT), *WORD))
    ask = Mail(
        PS_AM,
        [cio],
        "Public sector disclosure - signature needed",
        when(2026, 7, 6, 11, 20, EDT),
        "Hi Denise,\n\nAs discussed, Microsoft requires a written disclosure for public sector customers, acknowledged "
        "in writing by the customer. The form is attached - could you countersign and send it back?\n\nThanks,\nBrandon",
        attachments=[("PSD - LRWA.pdf", psd_pdf, "application/pdf")],
    )
    no = Mail(
        cio,
        [PS_AM],
        "RE: Public sector disclosure - signature needed",
        when(2026, 7, 14, 16, 2, EDT),
        "Brandon,\n\nRoland has reviewed the disclosure form. Under the Authority's procurement policy, staff may not "
        "sign or otherwise acknowledge in writing statements about compensation a vendor receives from third parties, "
        "so we are not able to countersign it or confirm it in writing. This is not a reflection on Palmetto's work, "
        "which we were happy with.\n\nPlease proceed without it.\n\nDenise Pinckney\nChief Information Officer\n"
        "Lowcountry Regional Water Authority\n\n" + quote_outlook(ask),
        cc=[counsel],
        in_reply_to=ask.msgid,
    )
    p_acc, p_psd, p_mail = (
        "LRWA Service Acceptance (signed).pdf",
        "PSD - LRWA (partner signed).pdf",
        "RE Public sector disclosure - signature needed.eml",
    )
    claim = cpor_claim(
        "4501056",
        area="Security",
        submitted=submitted,
        partner=PALMETTO,
        pc=PS_AM,
        customer=cust,
        cc=cio,
        workloads=["INTUNE"],
        docs=[(p_acc, "poe"), (p_psd, "public_sector_disclosure"), (p_mail, "supporting")],
        comments=[
            (
                "partner",
                submitted - dt.timedelta(minutes=3),
                "Customer's counsel will not allow a countersignature on the disclosure; their email is attached.",
            )
        ],
    )
    return Case(
        claim,
        "PalmettoSecure_LowcountryWater",
        {p_acc: acc_pdf, p_psd: psd_pdf, p_mail: eml(no)},
        "reject",
        f"US regional water authority (government). The work is well evidenced (signed in ink, {G_PAPER}), but the "
        f"fee disclosure carries only the partner's signature and the customer states in writing that it will not "
        f"acknowledge it: {G_PS} {G_PS_REFUSE} {G_PS_FAIL} The customer's refusal cannot be cured by the partner, so "
        f"reject. Decision note: the guide does not say outright whether a refusal is a rejection or a request for more "
        "information; we follow 'you will not be able to earn incentives'. The checks themselves are not in doubt.",
        "US public sector customer that refuses to acknowledge the disclosure in writing (partner-only signed PSD + refusal e-mail).",
        expect(CPOR_GOOD, customer_domain=["pass", "not_applicable"], public_sector="fail"),
    )


def case_sindhu_musi() -> Case:
    cust = Company(
        "Musi River State Water Board",
        "musiriverwaterboard.gov.in",
        "IN",
        "Hyderabad",
        "Khairatabad, Hyderabad, Telangana 500004",
        segment="public_sector",
        short="MRSWB",
    )
    jd = Person("K. Srilatha", "jd.it@musiriverwaterboard.gov.in", "Joint Director (IT)")
    submitted = when(2026, 5, 26, 11, 0, IST)
    html = (
        '<table class="nb"><tr><td><span class="b" style="font-size:15pt;color:#0d47a1">SINDHU SYSTEMS</span></td>'
        '<td class="r small">Certificate No. SS/GL/2026/009</td></tr></table><hr/>'
        '<h1 class="c">GO-LIVE CERTIFICATE</h1>'
        f'<p class="c">Microsoft Defender for Endpoint - {escape(cust.name)}</p>'
        + kv(
            [
                ("Work order", "MRSWB/IT/WO/2025-26/118 dated 12-11-2025"),
                ("Go-live date", "27-04-2026"),
                ("Locations", "Head office Khairatabad, 6 division offices, 14 pumping stations"),
            ]
        )
        + "<h2>Scope completed</h2>"
        + table(
            [
                (
                    "Device onboarding",
                    "1,126 Windows 10/11 desktops and 38 Windows Server 2019 hosts onboarded; Kaspersky removed",
                ),
                (
                    "Policies",
                    "Attack surface reduction rules (12) in block mode; network protection; controlled folder access for the billing share",
                ),
                (
                    "Response",
                    "Automated investigation and response enabled; device groups per division; alert e-mail to the IT cell",
                ),
                ("Vulnerability management", "Weekly exposure report; 410 critical CVEs remediated before go-live"),
                ("Training", "Two-day hands-on for 8 IT cell staff on the Defender portal and live response"),
            ],
            head=("Item", "Details"),
            widths=(24, 76),
        )
        + "<p>Certified that the above system has gone live and is in use by the Board.</p>"
        + table(
            [
                ("For Musi River State Water Board", "For Sindhu Systems Pvt Ltd"),
                ("Signature with seal:<br/><br/><br/><br/>", "Signature:<br/><br/><br/><br/>"),
                (
                    f"Name: {jd.name}<br/>Designation: {jd.title}<br/>Date:",
                    f"Name: {SS_SEC.name}<br/>Designation: {SS_SEC.title}<br/>Date:",
                ),
            ],
            widths=(50, 50),
        )
    )
    doc = render(html, deco=running(footer="Sindhu Systems Pvt Ltd · HITEC City, Hyderabad", numbers=None))
    page, r = find(doc, "Signature with seal:")
    stamp_seal(page, (r.x1 + 80, r.y1 + 22), "MRSWB<br/>IT CELL", r=24)
    sign_near(doc, "Signature with seal:", "srilatha-k", dx=8, w=115, h=26, below=True)
    write_near(doc, "Date:", "30-04-2026", "sk-d", nth=0)
    sign_near(doc, "Signature:", "farah-siddiqui", nth=0, dx=8, w=110, h=24, below=True)
    write_near(doc, "Date:", "28-04-2026", "fs-d", nth=1)
    data = scanned(
        doc,
        "musi",
        Meta(
            "",
            "",
            when(2026, 5, 4, 12, 44, IST),
            creator="ScanSnap Manager #iX1600",
            producer="ABBYY FineReader Engine 12",
        ),
        dpi=200,
        skew=0.35,
        searchable=True,
    )
    path = "GoLive Certificate MDE - MRSWB (signed).pdf"
    claim = cpor_claim(
        "4501057",
        area="Security",
        submitted=submitted,
        partner=SINDHU,
        pc=SS_SEC,
        customer=cust,
        cc=jd,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "SindhuSystems_MusiRiverWaterBoard",
        {path: data},
        "approve",
        f"Signed and sealed go-live certificate, scanned with an OCR text layer ({G_PAPER}); device counts and "
        f"policies ({G_DETAIL}; {G_CONNECT}); signed 30-04-2026 ({G_12M}). The customer is an Indian state body "
        f"(public sector), but for CPOR the guide asks for the written disclosure only in Puerto Rico and the United "
        f"States ({G_PS_SCOPE}); India appears only in the partner-activities rule ({G_PS_PA}). So no disclosure "
        f"is needed here.",
        "Public sector customer in India on a CPOR claim without a disclosure (not required); searchable scan (image + invisible text) with a red seal.",
        expect(CPOR_GOOD, **NO_MAIL, public_sector=["pass", "not_applicable"]),
        container="zip",
    )


SAGEBRUSH = Company(
    "Sagebrush Dynamics LLC",
    "sagebrushdynamics.com",
    "US",
    "Boise",
    "800 W Main St, Suite 1460, Boise, ID 83702",
    location_id="8067712",
    short="Sagebrush",
)
SB_EM = Person("Whitney Jorgensen", "whitney@sagebrushdynamics.com", "Engagement Manager")


def case_sagebrush_owyhee() -> Case:
    cust = Company(
        "Owyhee County Health District",
        "owyheehealth.org",
        "US",
        "Marsing",
        "20 E Main St, Marsing, ID 83639",
        segment="public_sector",
    )
    ops = Person("Raymond Etcheverry", "retcheverry@owyheehealth.org", "Operations Administrator")
    submitted = when(2026, 8, 25, 16, 10, MDT)
    sub_id = guid("sub", "owyhee-d365cs", upper=True)
    cert_html = (
        '<div class="box"><p class="c small">SAGEBRUSH DYNAMICS</p><h1 class="c" style="font-size:22pt">Go-Live Certificate</h1>'
        f'<p class="c">Dynamics 365 Customer Service - Public Inquiry &amp; Case Management</p>'
        f'<p class="c"><b>{escape(cust.name)}</b></p>'
        + kv(
            [
                ("Go-live", "July 27, 2026"),
                ("Users", "34 agents (clinic front desks, environmental health, WIC)"),
                ("Channels", "Phone (Dynamics 365 Contact Center voice), email, web form"),
                ("Subscription", sub_id),
            ]
        )
        + bullets(
            [
                "Case types: restaurant inspections, septic permits, immunization records requests, complaints",
                "SLA and routing rules per program; knowledge base with 120 articles in English and Spanish",
                "Integration with the state immunization registry export (nightly)",
            ]
        )
        + "<p>We certify that the solution is live and accepted.</p>"
        + table(
            [("Health District:", "Sagebrush Dynamics:"), ("<br/><br/>", "<br/><br/>"), ("Date:", "Date:")],
            cls="nb",
            widths=(50, 50),
        )
        + "</div>"
    )
    doc = render(cert_html, size="letter", margins=(60, 80, 60, 80))
    sign_near(doc, "Health District:", "ray-etcheverry", dx=4, w=125, h=28, below=True)
    sign_near(doc, "Sagebrush Dynamics:", "whitney-j", dx=4, w=110, h=26, below=True)
    write_near(doc, "Date:", "08/07/2026", "re-d", nth=0)
    write_near(doc, "Date:", "08/07/2026", "wj-d", nth=1)
    photo = phone_photo(
        page_image(doc, 0, dpi=120), "owyhee", when(2026, 8, 7, 14, 22, MDT), device=("samsung", "SM-S911U"), tilt=1.2
    )
    blocks = (
        kv(
            [
                ("Customer", cust.name),
                ("Solution", "Dynamics 365 Customer Service Enterprise"),
                ("Subscription ID", sub_id),
                ("Project", "March 30 - July 27, 2026; hypercare to August 21"),
            ]
        )
        + "<h2>Delivered</h2>"
        + table(
            [
                ("Case management", "6 case types, 14 queues, SLAs per program, Spanish-language templates"),
                ("Contact center", "Voice channel with 3 IVR menus; call recording retention 90 days"),
                ("Portal", "Power Pages web form for public inquiries (ADA-reviewed)"),
                ("Reporting", "Power BI dashboard: inquiries per program, SLA compliance, average handle time"),
            ],
            head=("Area", "What we built"),
        )
        + "<h2>First four weeks</h2><p>1,482 cases created, 94% within SLA, 31 of 34 licensed users active weekly.</p>"
    )
    rep = word_report(
        "Owyhee County Health District - D365 Customer Service Project Report",
        "Sagebrush Dynamics · August 2026",
        blocks,
        meta=Meta("OCHD D365 Project Report", SB_EM.name, when(2026, 8, 21, 15, 0, MDT)),
        size="letter",
        footer="Sagebrush Dynamics LLC",
    )
    p_photo, p_rep = "IMG_20260807_142233.jpg", "OCHD D365 Customer Service Project Report.pdf"
    claim = cpor_claim(
        "4501058",
        area="Business Applications",
        submitted=submitted,
        partner=SAGEBRUSH,
        pc=SB_EM,
        customer=cust,
        cc=ops,
        workloads=[("DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE", sub_id)],
        docs=[(p_photo, "poe"), (p_rep, "poe")],
    )
    return Case(
        claim,
        "Sagebrush_OwyheeHealth",
        {p_photo: photo, p_rep: rep},
        "approve",
        f"Phone photo (JPEG, taken at an angle) of a go-live certificate signed in ink by the health district: "
        f"{G_PAPER}. Users, channels and subscription ID match the claimed Dynamics 365 Customer Service workload "
        f"({G_DETAIL}; {G_CONNECT}); signed 08/07/2026 - August 7 or 8 July, both within 12 months ({G_12M}). The "
        f"customer is US public sector, but the written disclosure rule covers Modern Work and Security usage "
        f"({G_PS_SCOPE}); this is Business Applications usage, which is recognition, not incentive "
        f"({G_BA_NONINC}). So no disclosure is needed.",
        "US public sector Business Applications usage claim without disclosure (not required); phone photo at an angle (.jpg upload).",
        expect(CPOR_GOOD, **NO_MAIL, public_sector=["pass", "not_applicable"]),
    )


# ==============================================================================================
# Partner activities: AMMP App/Data Modernization (Small) and variable-payout workshops
# ==============================================================================================
def signed_checklist(
    html: str,
    seed: str,
    signer: Person,
    signed: dt.date,
    *,
    date_text: str,
    how: str,
    scan_meta: Meta,
    dpi: int = 150,
    partner_contact: Person | None = None,
    partner: Company | None = None,
    zone: dt.tzinfo = UTC,
) -> bytes:
    doc = render(html, deco=running(footer="AMMP completion checklist · programme template v2025.1", numbers=None))
    if how == "adobe":
        assert partner_contact is not None
        t = dt.datetime.combine(signed, dt.time(14, 5), tzinfo=zone)
        page, r = find(doc, "Customer name:")
        page.insert_text((r.x1 + 6, r.y1 - 2), signer.name, fontname="helv", fontsize=9)
        page, r = find(doc, "Job title:")
        page.insert_text((r.x1 + 6, r.y1 - 2), signer.title, fontname="helv", fontsize=9)
        page, r = find(doc, "Date:")
        page.insert_text((r.x1 + 6, r.y1 - 2), f_long(signed), fontname="helv", fontsize=9)
        return adobe_sign(
            doc,
            title=scan_meta.title,
            creator=partner_contact,
            created=t - dt.timedelta(days=1),
            zone=t.tzname() or "UTC",
            signers=[
                AdobeSigner(
                    signer,
                    "Customer signature:",
                    t - dt.timedelta(days=1),
                    t - dt.timedelta(hours=3),
                    t,
                    f"73.{seed_int(seed) % 200}.18.{seed_int(seed, 'x') % 200}",
                    zone=t.tzname() or "UTC",
                )
            ],
            meta=Meta(scan_meta.title, partner_contact.name, t, *ADOBE_SIGN),
        )
    write_near(doc, "Customer name:", signer.name, seed + "n", dx=6, size=10.5)
    write_near(doc, "Job title:", signer.title, seed + "t", dx=6, size=9.5)
    sign_near(doc, "Customer signature:", seed, dx=10, w=120, h=26, below=True)
    write_near(doc, "Date:", date_text, seed + "d", dx=6)
    return scanned(doc, seed, scan_meta, dpi=dpi, skew=0.5, quality=60 if dpi < 120 else 70)


KETTLE = Company(
    "Kettle Moraine Software LLC",
    "kettlemoraine.dev",
    "US",
    "Madison",
    "316 W Washington Ave, Suite 600, Madison, WI 53703",
    location_id="8078801",
    short="Kettle Moraine",
)
KM_PL = Person("Aaron Lindqvist", "aaron.lindqvist@kettlemoraine.dev", "Azure Practice Lead")
KM_AR = Person("Nora Feeney", "billing@kettlemoraine.dev", "Controller")


def case_kettle_northwoods() -> Case:
    cust = Company(
        "Northwoods Outfitters Inc.", "northwoodsoutfitters.com", "US", "Wausau", "2200 Stewart Ave, Wausau, WI 54401"
    )
    cc = Person("Jolene Marquardt", "jmarquardt@northwoodsoutfitters.com", "Director of E-commerce Technology")
    cid, consent, submitted = "4501061", day(2026, 2, 2), when(2026, 5, 19, 10, 30, CDT)
    html = ammp_checklist(
        partner=KETTLE,
        customer=cust,
        claim_id=cid,
        app="Order management and dealer portal (Java 8 / Tomcat, MySQL 5.7)",
        notes=[
            "Azure Migrate discovery and AppCAT for Java on 3 apps; 41 findings, 9 blockers (local file "
            "cache, hard-coded JDBC strings) fixed",
            "Existing landing zone reviewed against CAF; added "
            "policy for allowed SKUs, private DNS zones, cost alerts per app",
            "Order management to Azure Container Apps (Java 17, Spring Boot 3); MySQL to Azure Database for "
            "MySQL Flexible Server; dealer portal behind Front Door",
            "Defender for Cloud (Containers, Databases), Key Vault, managed identities",
        ],
        done=[day(2026, 2, 20), day(2026, 3, 6), day(2026, 4, 17), day(2026, 4, 24)],
        acr="USD 61,000 / year",
        production=day(2026, 4, 20),
        fmt=f_long,
    )
    check = signed_checklist(
        html,
        "km-nw",
        cc,
        day(2026, 4, 30),
        date_text="",
        how="adobe",
        partner_contact=KM_PL,
        scan_meta=Meta("AMMP checklist - Northwoods Outfitters", KM_PL.name, when(2026, 4, 30)),
        zone=CDT,
    )
    slides = [
        (
            "Northwoods Outfitters<br/>Order Management on Azure",
            "<p>Architecture and cut-over summary · April 2026</p>",
        ),
        (
            "Target architecture",
            bullets(
                [
                    "Azure Front Door (WAF) -> Container Apps environment (3 apps, 2-10 replicas)",
                    "Azure Database for MySQL Flexible Server, zone-redundant HA",
                    "Event Grid + Service Bus for dealer order notifications",
                    "Log Analytics + Application Insights dashboards",
                ]
            ),
        ),
        (
            "Cut-over",
            table(
                [
                    ("Apr 18", "Data sync started (DMS online)"),
                    ("Apr 20", "DNS switch at 05:00, on-prem read-only"),
                    ("Apr 24", "Decommission plan approved"),
                ],
                head=("Date", "Step"),
            ),
        ),
        (
            "Consumption",
            "<p>Estimated USD 5,080/month (USD 61,000 annual run rate), measured against first 10 days of production.</p>",
        ),
    ]
    arch = deck(
        slides,
        accent="#8a3b12",
        brand="Kettle Moraine Software",
        footer="Northwoods Outfitters · AMMP",
        meta=Meta("Northwoods AMMP summary", KM_PL.name, when(2026, 4, 28, 11, 0, CDT), *PPT),
    )
    inv = invoice_a(
        partner=KETTLE,
        contact=KM_AR,
        number="INV-1187",
        issued=day(2026, 5, 15),
        due=day(2026, 6, 14),
        lines=[
            InvoiceLine(f"AMMP App/Data Modernization (Small) - Northwoods Outfitters Inc. - MCI claim {cid}", 15000.0)
        ],
        ref_rows=[("MCI claim ID", cid)],
        style="us",
        accent="#8a3b12",
        notes="Pre-tax amount. No sales tax applies.",
        meta=Meta("INV-1187", KM_AR.name, when(2026, 5, 15, 9, 0, CDT), *QUICKBOOKS),
    )
    summary = "Java app assessment, landing zone review, Container Apps and MySQL Flexible Server modernization, Defender for Cloud"
    cs = customer_survey(cid, when(2026, 5, 4, 8, 15, CDT), (cc.name, cust.name, cc.title), summary, KETTLE.name)
    ps = partner_survey(
        cid,
        when(2026, 5, 5, 16, 45, CDT),
        (KM_PL.name, KETTLE.name, KM_PL.title),
        summary,
        "In production since April 20, 2026",
    )
    docs = [
        ("AMMP Completion Checklist - signed.pdf", "poe"),
        ("Northwoods AMMP architecture summary.pdf", "poe"),
        ("INV-1187.pdf", "invoice"),
        ("customer_attestation.json", "customer_attestation"),
        ("partner_attestation.json", "partner_attestation"),
    ]
    claim = pa_claim(
        cid,
        area="Azure",
        submitted=submitted,
        partner=KETTLE,
        pc=KM_PL,
        customer=cust,
        cc=cc,
        engagement=AMMP_S,
        consent=consent,
        docs=docs,
    )
    files = dict(zip([p for p, _ in docs], [check, arch, inv, cs, ps], strict=True))
    return Case(
        claim,
        "KettleMoraine_NorthwoodsOutfitters",
        files,
        "approve",
        f"All components present ({G_PA_PARTS}); checklist e-signed in Acrobat Sign with audit report ({G_ESIG}); the "
        f"four AMMP activities are done and described ({G_AMMP_ACTS}). US partner = Market A, invoice USD 15,000.00 "
        f"with the claim ID ({G_RATES}; {G_INVOICE}). Consent 2026-02-02, submitted 2026-05-19 = 106 days ({G_SMALL}). "
        f"Survey signatures complete ({G_ATTEST}).",
        "Market A fixed fee; programme checklist (shared template) e-signed in Acrobat Sign; slide deck; QuickBooks invoice.",
        expect(PA_GOOD),
    )


STRAITSWAY = Company(
    "Straitsway Digital Pte Ltd",
    "straitsway.sg",
    "SG",
    "Singapore",
    "71 Robinson Road, #14-01, Singapore 068895",
    location_id="8089014",
    short="Straitsway",
)
SW_PM = Person("Goh Wei Ling", "weiling.goh@straitsway.sg", "Principal Cloud Architect")


def case_straitsway_pasir() -> Case:
    cust = Company(
        "Pasir Panjang Cold Stores Pte Ltd",
        "ppcoldstores.com.sg",
        "SG",
        "Singapore",
        "30 Pasir Panjang Road, Singapore 117440",
        short="PPCS",
    )
    cc = Person("Rajesh Nair", "rajesh.nair@ppcoldstores.com.sg", "Head of IT")
    cid, consent, submitted = "4501062", day(2026, 3, 9), when(2026, 6, 30, 17, 20, SGT)
    html = ammp_checklist(
        partner=STRAITSWAY,
        customer=cust,
        claim_id=cid,
        app="Warehouse temperature telemetry and client portal (.NET 6, SQL Server 2016)",
        notes=[
            "Assessment of portal and telemetry ingestion; Azure Migrate + .NET Upgrade Assistant; 17 issues fixed",
            "New landing zone (Southeast Asia): hub with Azure Firewall Basic, prod/non-prod spokes, policies for PDPA tagging",
            "Telemetry ingestion rebuilt on Azure IoT Hub + Functions; portal on App Service; data to Azure SQL Hyperscale",
            "Not in scope (customer uses third-party SOC)",
        ],
        done=[day(2026, 3, 27), day(2026, 4, 10), day(2026, 5, 29), None],
        acr="USD 38,500 / year",
        production=day(2026, 6, 1),
        fmt=f_dmy,
    )
    check = signed_checklist(
        html,
        "sw-pp",
        cc,
        day(2026, 6, 5),
        date_text="05/06/2026",
        how="scan",
        scan_meta=scanner_meta("FUJIFILM Apeos C3060", when(2026, 6, 8, 9, 2, SGT)),
        dpi=100,
    )
    inv = invoice_a(
        partner=STRAITSWAY,
        contact=SW_PM,
        number="SWD-INV-2026-0311",
        issued=day(2026, 6, 29),
        due=day(2026, 7, 29),
        lines=[InvoiceLine(f"Claim {cid}: AMMP App/Data Modernization (Small) - Pasir Panjang Cold Stores", 12000.0)],
        tax_label="GST 0% (zero-rated international service)",
        tax_rate=0.0,
        ref_rows=[("GST Reg. No.", "201834112K")],
        bank="DBS Bank Ltd, A/C 072-912345-6, SWIFT DBSSSGSG",
        accent="#b00020",
        meta=Meta("SWD-INV-2026-0311", SW_PM.name, when(2026, 6, 29, 10, 0, SGT), *XERO),
    )
    summary = "Application assessment, landing zone, IoT Hub/Functions and App Service modernization"
    cs = customer_survey(cid, when(2026, 6, 10, 11, 0, SGT), (cc.name, cust.name, cc.title), summary, STRAITSWAY.name)
    ps = partner_survey(
        cid,
        when(2026, 6, 11, 15, 0, SGT),
        (SW_PM.name, STRAITSWAY.name, SW_PM.title),
        summary,
        "Production since 1 June 2026",
    )
    docs = [
        ("POE/PPCS AMMP checklist signed.pdf", "poe"),
        ("Invoice/SWD-INV-2026-0311.pdf", "invoice"),
        ("Surveys/customer.json", "customer_attestation"),
        ("Surveys/partner.json", "partner_attestation"),
    ]
    claim = pa_claim(
        cid,
        area="Azure",
        submitted=submitted,
        partner=STRAITSWAY,
        pc=SW_PM,
        customer=cust,
        cc=cc,
        engagement=AMMP_S,
        consent=consent,
        docs=docs,
    )
    files = dict(zip([p for p, _ in docs], [check, inv, cs, ps], strict=True))
    return Case(
        claim,
        "Straitsway_PasirPanjangColdStores",
        files,
        "approve",
        f"Singapore is Market B: USD 12,000.00 with the claim ID ({G_RATES}; {G_INVOICE}); GST line at 0% does not "
        f"change the pre-tax amount ({G_INV_AMT}). Checklist signed in ink, scanned at only 100 dpi ({G_PAPER}); "
        f"the security activity is unticked, but the guide marks it '(recommended)', not required ({G_AMMP_ACTS}). "
        f"Consent 2026-03-09, submitted 2026-06-30 = 113 days ({G_SMALL}).",
        "Market B fixed fee; low-resolution (100 dpi) scan; unticked optional row that must not be flagged.",
        expect(PA_GOOD),
        container="zip",
    )


IPE = Company(
    "Ipê Tecnologia Ltda",
    "ipetecnologia.com.br",
    "BR",
    "Curitiba",
    "Rua XV de Novembro, 1299, conj. 804, Curitiba - PR, 80060-000",
    location_id="8090127",
    short="Ipê",
)
IPE_GP = Person("Larissa Bortolini", "larissa.bortolini@ipetecnologia.com.br", "Gerente de Projetos / Project Manager")


def case_ipe_coop() -> Case:
    cust = Company(
        "Cooperativa Agroindustrial Vale do Iguaçu",
        "coopvaleiguacu.com.br",
        "BR",
        "Cascavel",
        "Rodovia BR-277, km 590, Cascavel - PR",
        short="Coop Vale do Iguaçu",
    )
    cc = Person("Edson Wolff", "edson.wolff@coopvaleiguacu.com.br", "Coordenador de TI / IT Coordinator")
    cid, consent, submitted = "4501063", day(2026, 4, 6), when(2026, 7, 27, 14, 0, BRT)
    notes_en = [
        "Assessment of the grain-receipt system (PHP 7, MariaDB) with Azure Migrate; 12 issues fixed",
        "Landing zone in Brazil South: hub-spoke, ExpressRoute to the Cascavel plant, policies for LGPD data residency",
        "Application containerised to AKS (2 node pools); MariaDB to Azure Database for MySQL Flexible Server; scale-out at harvest",
        "Defender for Cloud (Containers, Databases), Key Vault, Azure Firewall",
    ]
    html = ammp_checklist(
        partner=IPE,
        customer=cust,
        claim_id=cid,
        app="Grain receipt and member statements system (PHP 7.4, MariaDB)",
        notes=notes_en,
        done=[day(2026, 4, 24), day(2026, 5, 8), day(2026, 6, 26), day(2026, 7, 3)],
        acr="USD 44,000 / year",
        production=day(2026, 6, 29),
        fmt=f_dmy,
    )
    pt = (
        "<h2>Versão em português</h2><p>Atividades obrigatórias concluídas:</p>"
        + bullets(
            [
                "Avaliação de compatibilidade do sistema de recebimento de grãos (PHP 7, MariaDB) com Azure Migrate; 12 ajustes",
                "Landing zone na região Brazil South: hub-spoke, ExpressRoute para a unidade de Cascavel, políticas de residência de dados (LGPD)",
                "Aplicação em contêineres no AKS; banco migrado para Azure Database for MySQL Flexible Server; escala na safra",
                "Defender for Cloud, Key Vault e Azure Firewall",
            ]
        )
        + "<p>Confirmo que as atividades acima foram concluídas para a nossa organização e que a aplicação está em produção no Azure.</p>"
    )
    full = html.replace(
        "<h2>Customer confirmation</h2>", pt + "<h2>Customer confirmation / Confirmação do cliente</h2>"
    )
    check = signed_checklist(
        full,
        "ipe-coop",
        cc,
        day(2026, 7, 8),
        date_text="08/07/2026",
        how="scan",
        scan_meta=scanner_meta("EPSON WF-C5790", when(2026, 7, 9, 10, 30, BRT)),
        dpi=150,
    )
    inv = invoice_a(
        partner=IPE,
        contact=IPE_GP,
        number="IPE-EXP-2026/044",
        issued=day(2026, 7, 24),
        due=day(2026, 8, 23),
        lines=[
            InvoiceLine(
                f"MCI claim {cid} - AMMP App/Data Modernization (Small) - Cooperativa Agroindustrial Vale do Iguaçu",
                7500.0,
            )
        ],
        ref_rows=[("CNPJ", "31.442.118/0001-07"), ("Moeda / Currency", "USD")],
        notes="Exportação de serviços - não incidência de ISS (LC 116/2003, art. 2º, I). Export of services.",
        bank="Banco do Brasil, ag. 3041-7, conta 105.332-X, SWIFT BRASBRRJCTA",
        accent="#2e7d32",
        meta=Meta("IPE-EXP-2026-044", IPE_GP.name, when(2026, 7, 24, 9, 0, BRT), *ZOHO),
    )
    summary = "Assessment, landing zone (Brazil South), AKS + MySQL Flexible Server modernization, Defender for Cloud"
    cs = customer_survey(
        cid, when(2026, 7, 13, 9, 40, BRT), ("Edson Wolff", cust.name, "Coordenador de TI"), summary, IPE.name
    )
    ps = partner_survey(
        cid,
        when(2026, 7, 14, 17, 0, BRT),
        (IPE_GP.name, IPE.name, "Gerente de Projetos"),
        summary,
        "Produção desde 29/06/2026",
    )
    docs = [
        ("Checklist AMMP assinado.pdf", "poe"),
        ("Fatura IPE-EXP-2026-044.pdf", "invoice"),
        ("survey_customer.json", "customer_attestation"),
        ("survey_partner.json", "partner_attestation"),
    ]
    claim = pa_claim(
        cid,
        area="Azure",
        submitted=submitted,
        partner=IPE,
        pc=IPE_GP,
        customer=cust,
        cc=cc,
        engagement=AMMP_S,
        consent=consent,
        docs=docs,
    )
    files = dict(zip([p for p, _ in docs], [check, inv, cs, ps], strict=True))
    return Case(
        claim,
        "Ipe_CoopValeIguacu",
        files,
        "approve",
        f"Brazil is Market C: USD 7,500.00 with the claim ID ({G_RATES}; {G_MARKET_C}; {G_INVOICE}). The checklist "
        f"is English first, then the same content in Portuguese: the full text is in English, so nothing is 'not "
        f"presented in English' ({G_ENGLISH}). Signed in ink and scanned ({G_PAPER}); all four activities "
        f"({G_AMMP_ACTS}); consent 2026-04-06, submitted 2026-07-27 = 112 days ({G_SMALL}). A survey job title in "
        f"Portuguese ('Coordenador de TI') is still a job title ({G_ATTEST}).",
        "Market C fixed fee; bilingual one-after-the-other (English then Portuguese); Portuguese file names.",
        expect(PA_GOOD),
    )


TUCKAHOE = Company(
    "Tuckahoe Cloud Engineering LLC",
    "tuckahoecloud.com",
    "US",
    "Richmond",
    "901 E Byrd St, Suite 1100, Richmond, VA 23219",
    location_id="8101338",
    short="Tuckahoe",
)
TK_PD = Person("Samuel Okafor", "sokafor@tuckahoecloud.com", "Practice Director")


def case_tuckahoe_jamesriver() -> Case:
    cust = Company(
        "James River Millwork Co.", "jamesrivermillwork.com", "US", "Lynchburg", "4120 Murray Pl, Lynchburg, VA 24501"
    )
    cc = Person("Carla Whitlow", "cwhitlow@jamesrivermillwork.com", "IT Manager")
    cid, consent, submitted = "4501064", day(2026, 1, 20), when(2026, 4, 7, 13, 5, EDT)
    html = ammp_checklist(
        partner=TUCKAHOE,
        customer=cust,
        claim_id=cid,
        app="Quote configurator and production scheduling (ASP.NET MVC 5, SQL Server 2012)",
        notes=[
            "Assessment with Azure Migrate and AppCAT; 19 issues (Windows auth, MSMQ) resolved",
            "Landing zone review: existing East US 2 subscription hardened, hub VNet, budgets",
            "Configurator to App Service (Windows, .NET 8 after upgrade); MSMQ replaced by Service Bus; SQL to Azure SQL MI",
            "Defender for Cloud, Entra ID app roles",
        ],
        done=[day(2026, 2, 3), day(2026, 2, 13), day(2026, 3, 20), day(2026, 3, 27)],
        acr="USD 29,000 / year",
        production=day(2026, 3, 23),
        fmt=f_us0,
    )
    check = signed_checklist(
        html,
        "tk-jr",
        cc,
        day(2026, 3, 30),
        date_text="03/30/2026",
        how="scan",
        scan_meta=scanner_meta("Canon imageCLASS MF455dw", when(2026, 3, 31, 8, 0, EDT)),
    )
    inv = invoice_a(
        partner=TUCKAHOE,
        contact=TK_PD,
        number="TCE-2026-0042",
        issued=day(2026, 4, 6),
        due=day(2026, 5, 6),
        lines=[InvoiceLine(f"MCI Engagement Claim ID {cid} - AMMP App/Data Modernization (Small)", 12000.0)],
        style="us",
        accent="#22577a",
        meta=Meta("TCE-2026-0042", TK_PD.name, when(2026, 4, 6, 9, 0, EDT), *QUICKBOOKS),
    )
    summary = "Assessment, landing zone review, App Service/Service Bus/SQL MI modernization, Defender for Cloud"
    cs = customer_survey(cid, when(2026, 4, 1, 10, 0, EDT), (cc.name, cust.name, cc.title), summary, TUCKAHOE.name)
    ps = partner_survey(
        cid,
        when(2026, 4, 2, 12, 0, EDT),
        (TK_PD.name, TUCKAHOE.name, TK_PD.title),
        summary,
        "Production since March 23, 2026",
    )
    docs = [
        ("AMMP checklist JRMC.pdf", "poe"),
        ("Invoice TCE-2026-0042.pdf", "invoice"),
        ("customer_attestation.json", "customer_attestation"),
        ("partner_attestation.json", "partner_attestation"),
    ]
    claim = pa_claim(
        cid,
        area="Azure",
        submitted=submitted,
        partner=TUCKAHOE,
        pc=TK_PD,
        customer=cust,
        cc=cc,
        engagement=AMMP_S,
        consent=consent,
        docs=docs,
    )
    files = dict(zip([p for p, _ in docs], [check, inv, cs, ps], strict=True))
    return Case(
        claim,
        "Tuckahoe_JamesRiverMillwork",
        files,
        "action_required",
        f"The partner is located in the United States (Market A), so the fee is $15,000, but the invoice asks for "
        f"USD 12,000.00 - the Market B rate ({G_RATES}; {G_INV_AMT}). Everything else is in order (signed checklist, "
        f"surveys, 77 days after consent). A corrected invoice fixes it: {G_AR}",
        "Invoice with the wrong amount for the partner's market (Market B rate on a Market A partner).",
        expect(PA_GOOD, invoice="fail"),
    )


ELBUFER = Company(
    "Elbufer IT-Beratung GmbH",
    "elbufer-it.de",
    "DE",
    "Hamburg",
    "Große Elbstraße 145, 22767 Hamburg",
    location_id="8112450",
    short="Elbufer IT",
)
EB_GF = Person("Jan-Hendrik Sievers", "j.sievers@elbufer-it.de", "Geschäftsführer / Managing Director")


def case_elbufer_hkl() -> Case:
    cust = Company(
        "Hanseatische Kühllogistik GmbH",
        "hkl-logistik.de",
        "DE",
        "Hamburg",
        "Am Sandtorkai 50, 20457 Hamburg",
        short="HKL",
    )
    cc = Person("Birte Claussen", "b.claussen@hkl-logistik.de", "Leiterin IT / Head of IT")
    cid, consent, submitted = "4501065", day(2026, 2, 16), when(2026, 6, 1, 11, 10, CEST)
    de = [
        "Kompatibilitätsanalyse der Dispositionssoftware (Java 11, Oracle 12c) mit Azure Migrate; 15 Befunde behoben",
        "Landing Zone in Germany West Central: Hub-Spoke, Azure Firewall, Richtlinien für Datenresidenz",
        "Anwendung auf Azure Kubernetes Service; Oracle nach Azure Database for PostgreSQL migriert (ora2pg)",
        "Defender for Cloud, Key Vault, private Endpunkte",
    ]
    en = [
        "Compatibility assessment of the dispatch software (Java 11, Oracle 12c) with Azure Migrate; 15 findings fixed",
        "Landing zone in Germany West Central: hub-spoke, Azure Firewall, data-residency policies",
        "Application on Azure Kubernetes Service; Oracle migrated to Azure Database for PostgreSQL (ora2pg)",
        "Defender for Cloud, Key Vault, private endpoints",
    ]
    rows = [
        (f"{tick(True)} {a}", de[i], en[i], f_dmy(d, "."))
        for i, (a, d) in enumerate(
            zip(AMMP_ROWS, [day(2026, 3, 6), day(2026, 3, 20), day(2026, 5, 8), day(2026, 5, 15)], strict=True)
        )
    ]
    html = (
        "<h1>Abnahmeprotokoll / Acceptance Record - AMMP App/Data Modernization (Small)</h1>"
        + kv(
            [
                ("Partner", ELBUFER.name),
                ("Kunde / Customer", cust.name),
                ("MCI Claim ID", cid),
                ("Anwendung / Application", "Dispositions- und Tourenplanung / dispatch and route planning"),
                ("Geplanter Azure-Verbrauch / Planned consumption", "USD 52.000 / Jahr (year)"),
                ("Produktivsetzung / Production", "11.05.2026"),
            ]
        )
        + table(rows, head=("Aktivität / Activity", "Deutsch", "English", "Datum / Date"), widths=(24, 32, 32, 12))
        + "<p>Der Kunde bestätigt die Durchführung der oben genannten Leistungen. / The customer confirms that the services above were performed.</p>"
        + table(
            [
                ("Kunde / Customer:<br/><br/><br/>", "Elbufer IT-Beratung:<br/><br/><br/>"),
                ("Ort, Datum / Place, date:", "Ort, Datum / Place, date:"),
            ],
            widths=(50, 50),
        )
    )
    doc = render(
        html,
        deco=running(footer="Elbufer IT-Beratung GmbH · HRB 151 229 Amtsgericht Hamburg", numbers="Seite {i} von {n}"),
    )
    sign_near(doc, "Kunde / Customer:", "birte-claussen", dx=10, w=120, h=26, below=True)
    sign_near(doc, "Elbufer IT-Beratung:", "jh-sievers", dx=10, w=110, h=24, below=True)
    write_near(doc, "Ort, Datum / Place, date:", "Hamburg, 20.05.2026", "bc-d", nth=0, size=10.5)
    write_near(doc, "Ort, Datum / Place, date:", "Hamburg, 19.05.2026", "js-d", nth=1, size=10.5)
    check = scanned(
        doc, "elb-hkl", scanner_meta("Kyocera TASKalfa 3554ci", when(2026, 5, 21, 8, 40, CEST)), dpi=150, skew=-0.4
    )
    inv = invoice_a(
        partner=ELBUFER,
        contact=EB_GF,
        number="RE-2026-0519",
        issued=day(2026, 5, 29),
        due=day(2026, 6, 28),
        lines=[
            InvoiceLine(
                f"MCI Claim {cid} - AMMP App/Data Modernization (Small) - Hanseatische Kühllogistik GmbH", 15000.0
            )
        ],
        cur="EUR",
        style="de",
        ref_rows=[("USt-IdNr.", "DE318845120"), ("Leistungszeitraum", "02/2026 - 05/2026")],
        notes="Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge, § 13b UStG).",
        bank="Hamburger Sparkasse, IBAN DE12 2005 0550 1234 5678 90, BIC HASPDEHHXXX",
        accent="#003c71",
        meta=Meta("Rechnung RE-2026-0519", EB_GF.name, when(2026, 5, 29, 10, 0, CEST), *LIBRE),
    )
    summary = "Assessment, landing zone, AKS and PostgreSQL modernization, Defender for Cloud"
    cs = customer_survey(cid, when(2026, 5, 22, 9, 0, CEST), (cc.name, cust.name, "Head of IT"), summary, ELBUFER.name)
    ps = partner_survey(
        cid,
        when(2026, 5, 22, 14, 0, CEST),
        (EB_GF.name, ELBUFER.name, "Managing Director"),
        summary,
        "Produktiv seit 11.05.2026",
    )
    docs = [
        ("Abnahmeprotokoll AMMP HKL.pdf", "poe"),
        ("Rechnung RE-2026-0519.pdf", "invoice"),
        ("kunde.json", "customer_attestation"),
        ("partner.json", "partner_attestation"),
    ]
    claim = pa_claim(
        cid,
        area="Azure",
        submitted=submitted,
        partner=ELBUFER,
        pc=EB_GF,
        customer=cust,
        cc=cc,
        engagement=AMMP_S,
        consent=consent,
        docs=docs,
    )
    files = dict(zip([p for p, _ in docs], [check, inv, cs, ps], strict=True))
    return Case(
        claim,
        "Elbufer_HanseatischeKuehllogistik",
        files,
        "action_required",
        f"Germany is Market A and the figure 15,000 is right, but the invoice is in euros ('15.000,00 EUR'): "
        f"{G_INV_AMT} {G_INVOICE}. The acceptance record is German and English side by side with the full English "
        f"text, so the language rule is met ({G_ENGLISH}); signed in ink and scanned. {G_AR}",
        "Invoice in the wrong currency (EUR); bilingual German/English side-by-side acceptance record (must not be flagged for language).",
        expect(PA_GOOD, invoice="fail"),
    )


LOUGHMAHON = Company(
    "Lough Mahon Consulting Ltd",
    "loughmahon.ie",
    "IE",
    "Cork",
    "Penrose Wharf, Penrose Quay, Cork T23 KW81",
    location_id="8123561",
    short="Lough Mahon",
)
LM_C = Person("Siobhán Twomey", "siobhan.twomey@loughmahon.ie", "Modern Work Consultant")


def case_loughmahon_leevalley() -> Case:
    cust = Company(
        "Lee Valley Dairies Co-operative Society Ltd",
        "leevalleydairies.ie",
        "IE",
        "Macroom",
        "Mill Road, Macroom, Co. Cork P12 XR44",
        short="Lee Valley Dairies",
    )
    cc = Person("Donal Crowley", "donal.crowley@leevalleydairies.ie", "IT & Digital Manager")
    cid, consent, submitted = "4501066", day(2026, 5, 4), when(2026, 7, 14, 12, 40, IST_IE)
    eng = variable_engagement("MW-TEAMS-FLW-V", "Teams Frontline Workshop (Variable)", 2150)
    slides = [
        (
            "Frontline Workshop<br/>Lee Valley Dairies",
            "<p>Delivered 16 and 23 June 2026 · Macroom</p><p>Lough Mahon Consulting</p>",
        ),
        (
            "Participants",
            bullets(
                [
                    "Shift supervisors (milk intake, drying tower, packing)",
                    "HR and Health &amp; Safety",
                    "14 participants; site walk of the intake bay",
                ]
            ),
        ),
        (
            "Scenarios",
            table(
                [
                    ("Shift handover notes in Teams", "Packing, drying", "Pilot Q3"),
                    ("Walkie Talkie on shared Android devices", "Intake yard", "Pilot Q3"),
                    ("Shifts app replacing the paper roster", "All 212 frontline staff", "Plan"),
                ],
                head=("Scenario", "Who", "Next step"),
            ),
        ),
        ("Plan", bullets(["Pilot with 40 F3 licences from September", "Shared device mode on 25 Zebra devices"])),
    ]
    rep = deck(
        slides,
        accent="#00695c",
        brand="Lough Mahon Consulting",
        footer="Lee Valley Dairies · Frontline Workshop",
        meta=Meta("LVD Frontline Workshop", LM_C.name, when(2026, 6, 26, 15, 0, IST_IE), *PPT),
    )
    inv = invoice_b(
        partner=LOUGHMAHON,
        contact=LM_C,
        number="LMC-0388",
        issued=day(2026, 7, 10),
        claim_line="Teams Frontline Workshop delivered to Lee Valley Dairies, 16 &amp; 23 June 2026 (your PO: MCI)",
        amount_text="USD 2,150.00",
        extra_rows=[
            ("VAT", "Reverse charge - Article 196 Directive 2006/112/EC"),
            ("<b>Total due</b>", "<b>USD 2,150.00</b>"),
        ],
        footer="Lough Mahon Consulting Ltd · CRO 654118 · VAT IE3512277LH",
        meta=Meta("LMC-0388", LM_C.name, when(2026, 7, 10, 9, 30, IST_IE), *WORD),
    )
    summary = "Two-day frontline envisioning workshop with scenario prioritisation and pilot plan"
    cs = customer_survey(
        cid, when(2026, 6, 29, 8, 50, IST_IE), (cc.name, cust.name, cc.title), summary, LOUGHMAHON.name
    )
    ps = partner_survey(
        cid,
        when(2026, 6, 30, 10, 10, IST_IE),
        (LM_C.name, LOUGHMAHON.name, LM_C.title),
        summary,
        "F3 pilot from September",
    )
    docs = [
        ("LVD Frontline Workshop report.pdf", "poe"),
        ("LMC-0388.pdf", "invoice"),
        ("customer_attestation.json", "customer_attestation"),
        ("partner_attestation.json", "partner_attestation"),
    ]
    claim = pa_claim(
        cid,
        area="Modern Work",
        submitted=submitted,
        partner=LOUGHMAHON,
        pc=LM_C,
        customer=cust,
        cc=cc,
        engagement=eng,
        consent=consent,
        docs=docs,
    )
    files = dict(zip([p for p, _ in docs], [rep, inv, cs, ps], strict=True))
    return Case(
        claim,
        "LoughMahon_LeeValleyDairies",
        files,
        "action_required",
        f"The invoice has the partner's name and the right amount (USD 2,150.00 = the proposed variable payout, "
        f"{G_VARIABLE}) but no claim ID anywhere - only a workshop description and 'your PO: MCI': {G_INVOICE}. "
        f"Otherwise complete, 71 days after consent ({G_STANDARD}). {G_AR}",
        "Invoice missing the engagement claim ID (variable-payout workshop).",
        expect(PA_GOOD, invoice="fail"),
    )


VISTULA = Company(
    "Vistula Cloud Sp. z o.o.",
    "vistulacloud.pl",
    "PL",
    "Gdańsk",
    "ul. Grunwaldzka 472, 80-309 Gdańsk",
    location_id="8134672",
    short="Vistula Cloud",
)
VC_PM = Person("Marta Kowalczyk", "marta.kowalczyk@vistulacloud.pl", "Project Manager")


def case_vistula_ferries() -> Case:
    cust = Company(
        "Pomorskie Linie Promowe S.A.",
        "plpromy.pl",
        "PL",
        "Gdynia",
        "ul. Kwiatkowskiego 60, 81-156 Gdynia",
        short="PLP",
    )
    cc = Person("Tomasz Wiśniewski", "t.wisniewski@plpromy.pl", "Dyrektor IT / IT Director")
    cid, consent, submitted = "4501067", day(2025, 10, 14), when(2026, 3, 2, 9, 50, CET)
    html = ammp_checklist(
        partner=VISTULA,
        customer=cust,
        claim_id=cid,
        app="Ferry booking engine (.NET Framework 4.8, SQL Server 2016)",
        notes=[
            "Assessment with Azure Migrate; 21 findings fixed",
            "Landing zone in Poland Central: hub-spoke, policies",
            "Booking engine to App Service; SQL to Azure SQL Database; Redis cache for seat maps",
            "Defender for Cloud and WAF",
        ],
        done=[day(2025, 11, 7), day(2025, 11, 21), day(2026, 1, 23), day(2026, 1, 30)],
        acr="USD 33,000 / year",
        production=day(2026, 1, 26),
        fmt=lambda d: f_dmy(d, "."),
    )
    check = signed_checklist(
        html,
        "vc-plp",
        cc,
        day(2026, 2, 3),
        date_text="03.02.2026",
        how="scan",
        scan_meta=scanner_meta("Xerox VersaLink C7025", when(2026, 2, 4, 10, 0, CET)),
    )
    inv = invoice_a(
        partner=VISTULA,
        contact=VC_PM,
        number="FV/2026/02/117",
        issued=day(2026, 2, 27),
        due=day(2026, 3, 29),
        lines=[
            InvoiceLine(
                f"MCI claim ID {cid} - AMMP App/Data Modernization (Small) - Pomorskie Linie Promowe S.A.", 7500.0
            )
        ],
        ref_rows=[("NIP", "583-331-27-04")],
        notes="Odwrotne obciążenie / reverse charge.",
        accent="#6a1b9a",
        meta=Meta("FV-2026-02-117", VC_PM.name, when(2026, 2, 27, 12, 0, CET), *LIBRE),
    )
    summary = "Assessment, landing zone, App Service and Azure SQL modernization, Defender for Cloud"
    cs = customer_survey(cid, when(2026, 2, 10, 9, 0, CET), (cc.name, cust.name, "IT Director"), summary, VISTULA.name)
    ps = partner_survey(
        cid,
        when(2026, 2, 11, 9, 0, CET),
        (VC_PM.name, VISTULA.name, VC_PM.title),
        summary,
        "Production since 26.01.2026",
    )
    docs = [
        ("checklist_AMMP_PLP.pdf", "poe"),
        ("FV_2026_02_117.pdf", "invoice"),
        ("customer.json", "customer_attestation"),
        ("partner.json", "partner_attestation"),
    ]
    claim = pa_claim(
        cid,
        area="Azure",
        submitted=submitted,
        partner=VISTULA,
        pc=VC_PM,
        customer=cust,
        cc=cc,
        engagement=AMMP_S,
        consent=consent,
        docs=docs,
    )
    files = dict(zip([p for p, _ in docs], [check, inv, cs, ps], strict=True))
    return Case(
        claim,
        "VistulaCloud_PomorskieLiniePromowe",
        files,
        "reject",
        f"Customer consent 2025-10-14, submitted 2026-03-02 = 139 days: past {G_SMALL}. 'Expired claims cannot be "
        f"reactivated. To proceed, you will need to create a new claim with an updated consent response and POE. This "
        f"is per system design and no exceptions are possible.' The POE, invoice (Market C, USD 7,500) and surveys are "
        f"otherwise fine.",
        "Partner-activities claim submitted after the 120-day deadline for small projects.",
        expect(PA_GOOD, submission_window="fail"),
        container="zip-folder",
    )


KUMO = Company(
    "Kumo Bridge KK",
    "kumobridge.jp",
    "JP",
    "Osaka",
    "Umeda Sky Tower West 21F, 1-1-88 Oyodonaka, Kita-ku, Osaka 531-6021",
    location_id="8145783",
    short="Kumo Bridge",
)
KB_C = Person("Haruto Nishimura", "h.nishimura@kumobridge.jp", "Senior Consultant")


def case_kumo_setouchi() -> Case:
    cust = Company(
        "Setouchi Precision Castings Co., Ltd.",
        "setouchi-pc.co.jp",
        "JP",
        "Kurashiki",
        "3-14-2 Mizushima Kawasakidori, Kurashiki, Okayama 712-8074",
        short="Setouchi Precision",
    )
    cc = Person("Yuki Okabe", "y.okabe@setouchi-pc.co.jp", "Manager, Information Systems")
    cid, consent, submitted = "4501068", day(2026, 6, 1), when(2026, 8, 4, 15, 30, JST)
    eng = variable_engagement("MW-CPLT-ENV-V", "Microsoft 365 Copilot Envisioning Workshop (Variable)", 2480)
    slides = [
        (
            "Microsoft 365 Copilot Envisioning Workshop",
            "<p>Setouchi Precision · 瀬戸内精密鋳造株式会社</p>"
            "<p>July 14-15, 2026 · Kurashiki head office</p><p>Kumo Bridge KK</p>",
        ),
        (
            "Participants",
            bullets(
                [
                    "Sales engineering (quotation team), quality assurance, production planning, general affairs",
                    "22 participants, 2 executive sponsors",
                ]
            ),
        ),
        (
            "Priority scenarios",
            table(
                [
                    ("Drafting quotations from customer drawings and spec sheets", "Sales engineering", "High"),
                    ("Summarising 8D quality reports for customer audits", "QA", "High"),
                    ("Meeting minutes in Japanese and English for overseas customers", "All", "Medium"),
                ],
                head=("Scenario", "Team", "Priority"),
            ),
        ),
        (
            "Readiness and next steps",
            bullets(
                [
                    "Oversharing check: 6 SharePoint sites with org-wide links fixed in workshop",
                    "Pilot: 30 Copilot licences, September-November 2026",
                    "Success measures: quotation lead time (now 4.5 days), QA report prep hours",
                ]
            ),
        ),
    ]
    rep = deck(
        slides,
        accent="#1565c0",
        brand="Kumo Bridge KK",
        footer="Setouchi Precision · Copilot Envisioning Workshop",
        meta=Meta("Setouchi Copilot workshop report", KB_C.name, when(2026, 7, 21, 17, 0, JST), *PPT),
    )
    inv = invoice_a(
        partner=KUMO,
        contact=KB_C,
        number="KB-2026-0715",
        issued=day(2026, 7, 31),
        due=day(2026, 8, 31),
        lines=[
            InvoiceLine(
                f"MCI Engagement Claim ID #{cid} Microsoft 365 Copilot Envisioning Workshop (Setouchi Precision)",
                2480.0,
            )
        ],
        ref_rows=[("Registration No.", "T6120001234567")],
        accent="#1565c0",
        notes="Consumption tax not applicable (export of services).",
        meta=Meta("KB-2026-0715", KB_C.name, when(2026, 7, 31, 10, 0, JST), *XERO),
    )
    summary = "Two-day Copilot envisioning workshop, scenario prioritisation, readiness review and pilot plan"
    cs = customer_survey(
        cid, when(2026, 7, 22, 13, 0, JST), ("Yuki Okabe", "Setouchi Precision Castings", cc.title), summary, KUMO.name
    )
    ps = partner_survey(
        cid, when(2026, 7, 23, 11, 0, JST), (KB_C.name, KUMO.name, KB_C.title), summary, "30-seat pilot from September"
    )
    docs = [
        ("Workshop report.pdf", "poe"),
        ("Invoice KB-2026-0715.pdf", "invoice"),
        ("customer_attestation.json", "customer_attestation"),
        ("partner_attestation.json", "partner_attestation"),
    ]
    claim = pa_claim(
        cid,
        area="Modern Work",
        submitted=submitted,
        partner=KUMO,
        pc=KB_C,
        customer=cust,
        cc=cc,
        engagement=eng,
        consent=consent,
        docs=docs,
    )
    files = dict(zip([p for p, _ in docs], [rep, inv, cs, ps], strict=True))
    return Case(
        claim,
        "KumoBridge_SetouchiPrecision",
        files,
        "approve",
        f"Variable-payout workshop: invoice shows claim ID, partner and USD 2,480.00 = proposed payout ({G_INVOICE}; "
        f"{G_VARIABLE}); all components present ({G_PA_PARTS}); 64 days after consent ({G_STANDARD}). The customer "
        f"signs its survey as 'Setouchi Precision Castings' and the report calls it 'Setouchi Precision' with the "
        f"Japanese name alongside - short names of the same customer, not a mismatch ({G_NAMES}). The report is in "
        f"English; the Japanese company name is only a name ({G_ENGLISH}).",
        "Variable-payout workshop approved; customer name written short and in Japanese script; slide deck.",
        expect(PA_GOOD),
    )


# ==============================================================================================
# Acknowledgements of every strength (CPOR)
# ==============================================================================================
def auto_reply_headers() -> list[tuple[str, str]]:
    return [
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "x"),
    ]


KAURI = Company(
    "Kauri Coast Technology Ltd",
    "kauricoast.co.nz",
    "NZ",
    "Whangārei",
    "18 Bank Street, Whangārei 0110",
    location_id="8156894",
    short="Kauri Coast",
)
KAU_SL = Person("Tama Herewini", "tama.herewini@kauricoast.co.nz", "Security Lead")


def case_kauri_hokianga() -> Case:
    cust = Company(
        "Hokianga Dairy Co-operative Ltd",
        "hokiangadairy.co.nz",
        "NZ",
        "Kaikohe",
        "State Highway 12, Kaikohe 0405",
        short="Hokianga Dairy",
    )
    cc = Person("Megan Sutherland", "megan.sutherland@hokiangadairy.co.nz", "Business Systems Manager")
    submitted = when(2026, 3, 3, 10, 45, NZDT)
    blocks = (
        kv(
            [
                ("Customer", cust.name),
                ("Workstreams", "Microsoft Defender for Office 365 (Plan 2); Microsoft Defender for Cloud Apps"),
                ("Period", "3 November 2025 - 6 February 2026"),
                ("Users in scope", "286 mailboxes, 31 shared mailboxes"),
            ]
        )
        + "<h2>Defender for Office 365</h2>"
        + bullets(
            [
                "Preset strict protection for the 24 finance, payroll and executive users; standard for everyone else",
                "Safe Links (including Teams and Office apps) and Safe Attachments with dynamic delivery",
                "Impersonation protection for the CEO, CFO and 9 supplier domains (milk tanker contractors, feed suppliers)",
                "Attack simulation training: 3 campaigns; click rate down from 17% to 6%",
                "January 2026 fake-invoice campaign: 412 messages quarantined, 0 delivered to finance",
            ]
        )
        + "<h2>Defender for Cloud Apps</h2>"
        + bullets(
            [
                "Cloud discovery from Defender for Endpoint signals on 240 devices: 187 apps found, 3 unsanctioned file-sharing apps blocked",
                "Session policies: block download of payroll reports to unmanaged devices",
                "App governance for 41 OAuth apps; 6 over-privileged apps removed",
            ]
        )
    )
    rep = word_report(
        "Security Uplift - Phase 2 Report",
        "Kauri Coast Technology · for Hokianga Dairy Co-operative · February 2026",
        blocks,
        meta=Meta("Security Uplift Phase 2 Report", KAU_SL.name, when(2026, 2, 12, 16, 0, NZDT)),
        footer="Kauri Coast Technology Ltd · Whangārei",
    )
    m1 = Mail(
        KAU_SL,
        [cc],
        "Security uplift phase 2 - report and confirmation",
        when(2026, 2, 12, 16, 20, NZDT),
        "Kia ora Megan,\n\nAttached is the phase 2 report covering the Defender for Office 365 and Defender for Cloud Apps "
        "work. Could you please reply to confirm that it reflects what we delivered?\n\nNgā mihi,\nTama",
        attachments=[("Security Uplift - Phase 2 Report.pdf", rep, "application/pdf")],
    )
    m2 = Mail(
        cc,
        [KAU_SL],
        "RE: Security uplift phase 2 - report and confirmation",
        when(2026, 2, 18, 9, 3, NZDT),
        "Kia ora Tama,\n\nThanks for the report. We've checked it against what we've seen here - Safe Links and Safe "
        "Attachments are working well (the fake invoice campaign in January never reached finance) and the Cloud Apps "
        "discovery showed us the three file-sharing apps we didn't know about.\n\nHappy to confirm Kauri Coast delivered "
        "the Defender for Office 365 and Defender for Cloud Apps work described in the report.\n\nNgā mihi,\nMegan\n\n"
        "Megan Sutherland | Business Systems Manager\nHokianga Dairy Co-operative Ltd\n\nGet Outlook for iOS\n\n"
        + quote_outlook(m1, "gb"),
        in_reply_to=m1.msgid,
        mailer="Microsoft Outlook for iOS",
    )
    p_rep, p_mail = "Security Uplift - Phase 2 Report.pdf", "RE Security uplift phase 2 - report and confirmation.eml"
    claim = cpor_claim(
        "4501071",
        area="Security",
        submitted=submitted,
        partner=KAURI,
        pc=KAU_SL,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR OFFICE", "MICROSOFT DEFENDER FOR CLOUD APPS"],
        docs=[(p_rep, "poe"), (p_mail, "poe")],
    )
    return Case(
        claim,
        "KauriCoast_HokiangaDairy",
        {p_rep: rep, p_mail: eml(m2)},
        "approve",
        f"The customer's Business Systems Manager replies from hokiangadairy.co.nz and explicitly confirms the two "
        f"workloads were delivered as described: {G_MAIL}. The report gives users, policies and results per workload "
        f"({G_DETAIL}; {G_CONNECT}); 18 February 2026 ({G_12M}).",
        ".eml reply from the customer accepting the work, with the partner's request quoted below (Outlook for iOS).",
        expect(CPOR_GOOD, customer_domain="pass"),
    )


BURREN = Company(
    "Burren Cloud Ltd",
    "burrencloud.ie",
    "IE",
    "Galway",
    "Unit 4, Galway Technology Park, Parkmore, Galway H91 DX9A",
    location_id="8167905",
    short="Burren Cloud",
)
BC_SA = Person("Ciarán Ó Flaithearta", "ciaran.oflaithearta@burrencloud.ie", "Solutions Architect")


def case_burren_mrvl() -> Case:
    cust = Company(
        "Midwest Regional Veterinary Laboratories Ltd",
        "mrvl.ie",
        "IE",
        "Athenry",
        "Old Dublin Road, Athenry, Co. Galway H65 R718",
        short="MRVL",
    )
    cc = Person("Aoife Brennan", "aoife.brennan@mrvl.ie", "Laboratory Operations Manager")
    submitted = when(2026, 4, 22, 11, 30, IST_IE)
    blocks = f"<p>Prepared for {escape(cust.name)} by {BURREN.name}.</p>" + table(
        [
            (
                "Teams rollout",
                "Teams for 118 staff in four labs (Athenry, Limerick, Sligo, Kilkenny); a team per lab and a "
                "cross-lab 'Sample Tracking' team with channels per species; tabs for the LIMS web view",
                "Jan 12 - Feb 27, 2026",
            ),
            (
                "Teams meetings",
                "Monday case conferences with 60+ external vets moved to Teams meetings with lobby rules, "
                "recording and transcription; meeting templates for case conferences; Teams Premium watermarking",
                "Feb 2 - Mar 20, 2026",
            ),
            ("Adoption", "Champions in each lab; 7 training sessions; guest access policy for practices", "Mar 2026"),
        ],
        head=("Workload / activity", "Detail", "When"),
        widths=(20, 62, 18),
    )
    rep = word_report(
        "Engagement Summary - Microsoft Teams",
        "Burren Cloud Ltd",
        blocks,
        meta=Meta("MRVL Teams Engagement Summary", BC_SA.name, when(2026, 4, 2, 12, 0, IST_IE)),
        footer="Burren Cloud Ltd · Galway",
    )
    m1 = Mail(
        BC_SA,
        [cc],
        "MRVL Teams project - sign-off",
        when(2026, 4, 2, 12, 30, IST_IE),
        "Hi Aoife,\n\nThe engagement summary for the Teams and Teams meetings rollout is attached. If you're happy with it, "
        "would you mind replying to confirm sign-off?\n\nThanks a million,\nCiarán",
        attachments=[("MRVL Teams Engagement Summary.pdf", rep, "application/pdf")],
    )
    m2 = Mail(
        cc,
        [BC_SA],
        "RE: MRVL Teams project - sign-off",
        when(2026, 4, 9, 15, 12, IST_IE),
        "Hi Ciarán,\n\nMRVL is happy to sign off on the Teams rollout. All four labs are using the channels for sample "
        "tracking, and the Monday case conferences with the vets now run on Teams meetings with recording and "
        "transcription - it's saved us a lot of phone calls.\n\nThanks to you and the team.\n\nAoife\n\n"
        "Aoife Brennan\nLab Operations Manager\nMRVL | Athenry\n\n" + quote_outlook(m1, "gb"),
        in_reply_to=m1.msgid,
    )
    p_rep, p_msg = "POE/MRVL Teams Engagement Summary.pdf", "POE/RE MRVL Teams project - sign-off.msg"
    claim = cpor_claim(
        "4501072",
        area="Modern Work",
        submitted=submitted,
        partner=BURREN,
        pc=BC_SA,
        customer=cust,
        cc=cc,
        workloads=["TEAMS", "TEAMS MEETINGS"],
        docs=[(p_rep, "poe"), (p_msg, "poe")],
    )
    return Case(
        claim,
        "BurrenCloud_MRVL",
        {p_rep: rep, p_msg: outlook_msg(m2)},
        "approve",
        f"Outlook .msg reply from the customer (mrvl.ie) signing off the rollout: {G_MAIL}. The customer calls "
        f"itself 'MRVL' - its acronym, matching its domain - while the partner's summary carries the full name "
        f"'Midwest Regional Veterinary Laboratories Ltd' ({G_NAMES}). Users, labs and meeting scenarios per workload "
        f"({G_DETAIL}; {G_CONNECT}); 9 April 2026 ({G_12M}).",
        ".msg customer reply with quoted thread; customer writes its name as an acronym.",
        expect(CPOR_GOOD, customer_domain="pass"),
        container="zip",
    )


LAURENTIDE = Company(
    "Laurentide Solutions TI Inc.",
    "laurentide-ti.ca",
    "CA",
    "Québec",
    "825, boulevard Lebourgneuf, bureau 300, Québec (Québec) G2J 0B9",
    location_id="8178016",
    short="Laurentide",
)
LT_PL = Person("Mathieu Gagnon", "mathieu.gagnon@laurentide-ti.ca", "Chargé de projet / Project Lead")


def case_laurentide_cfhsm() -> Case:
    cust = Company(
        "Coopérative forestière du Haut-Saint-Maurice",
        "cfhsm.coop",
        "CA",
        "La Tuque",
        "400, rue Commerciale, La Tuque (Québec) G9X 3A7",
        short="CFHSM",
    )
    cc = Person(
        "Geneviève Boucher", "genevieve.boucher@cfhsm.coop", "Directrice des technologies / Director of Technology"
    )
    submitted = when(2026, 9, 8, 14, 0, EDT)
    m1 = Mail(
        LT_PL,
        [cc],
        "Rapport de clôture - intranet SharePoint et Viva Connections / Close-out report",
        when(2026, 8, 17, 10, 5, EDT),
        "Bonjour Geneviève,\n\nVoici le résumé de clôture du projet (English follows):\n"
        "- Intranet SharePoint Online : site de communication principal, 9 sites de service (opérations forestières, "
        "scierie, transport, paie, SST...), navigation par hub, 2 100 documents migrés depuis le serveur de fichiers.\n"
        "- Viva Connections : tableau de bord avec cartes pour les quarts de travail, les bons de travail et les alertes "
        "SST, déployé dans Teams pour les 340 employés, dont 190 travailleurs en forêt sur mobile.\n"
        "- Formation de 12 gestionnaires de contenu.\n\nPouvez-vous confirmer votre acceptation?\n\n"
        "--- English ---\nHello Geneviève,\n\nHere is the project close-out summary:\n"
        "- SharePoint Online intranet: main communication site, 9 department sites (forest operations, sawmill, "
        "transport, payroll, health & safety...), hub navigation, 2,100 documents migrated from the file server.\n"
        "- Viva Connections: dashboard with cards for shift schedules, work orders and safety alerts, deployed in Teams "
        "for all 340 employees, including 190 forest workers on mobile.\n"
        "- Training for 12 content managers.\n\nCould you confirm your acceptance?\n\nMerci / Thank you,\nMathieu Gagnon\n"
        "Chargé de projet / Project Lead, Laurentide Solutions TI",
    )
    ooo = Mail(
        cc,
        [LT_PL],
        "Réponse automatique : Rapport de clôture - intranet SharePoint et Viva Connections / Close-out report",
        when(2026, 8, 17, 10, 5, EDT) + dt.timedelta(seconds=40),
        "Bonjour,\n\nJe suis en vacances jusqu'au 24 août inclusivement et je n'aurai pas accès à mes courriels. "
        "Pour toute urgence, veuillez communiquer avec le service informatique au 819-555-0172.\n\n"
        "Merci,\nGeneviève Boucher",
        headers=auto_reply_headers(),
        in_reply_to=m1.msgid,
    )
    ok = Mail(
        cc,
        [LT_PL],
        "RE: Rapport de clôture - intranet SharePoint et Viva Connections / Close-out report",
        when(2026, 8, 27, 13, 48, EDT),
        "Bonjour Mathieu,\n\nDe retour de vacances. Nous avons révisé le rapport avec les gestionnaires : la CFHSM confirme "
        "que Laurentide a livré l'intranet SharePoint et le tableau de bord Viva Connections tels que décrits, et nous "
        "acceptons le projet.\n\n(English) Hello Mathieu, back from vacation. We reviewed the report with the managers: "
        "CFHSM confirms that Laurentide delivered the SharePoint intranet and the Viva Connections dashboard as described, "
        "and we accept the project.\n\nGeneviève Boucher\nDirectrice des technologies / Director of Technology\n"
        "Coopérative forestière du Haut-Saint-Maurice",
        in_reply_to=m1.msgid,
    )
    thread = printed_thread(
        LT_PL,
        [ok, ooo, m1],
        Meta("Rapport de clôture - intranet SharePoint", LT_PL.name, when(2026, 9, 2, 9, 15, EDT), *PRINT_PDF),
        style="us",
    )
    path = "Acceptation client - courriels CFHSM.pdf"
    claim = cpor_claim(
        "4501073",
        area="Modern Work",
        submitted=submitted,
        partner=LAURENTIDE,
        pc=LT_PL,
        customer=cust,
        cc=cc,
        workloads=["SHAREPOINT ONLINE", "VIVA CONNECTIONS"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "Laurentide_CFHSM",
        {path: thread},
        "approve",
        f"Printed e-mail thread (PDF): after a French out-of-office auto-reply, the customer's Director of Technology "
        f"writes from cfhsm.coop that the cooperative accepts the SharePoint intranet and Viva Connections work: "
        f"{G_MAIL}. The auto-reply itself acknowledges nothing and must not be taken as the acknowledgement; the "
        f"later reply is. Every message is in French and then in English, so the full text exists in English "
        f"({G_ENGLISH}). Details per workload (sites, 340 employees, 190 mobile) ({G_DETAIL}; {G_CONNECT}); 27 August "
        f"2026 ({G_12M}).",
        "Printed e-mail thread in PDF (newest first) with a French out-of-office reply before the real acceptance; bilingual French/English one after the other.",
        expect(CPOR_GOOD, customer_domain="pass"),
    )


REDGUM = Company(
    "Redgum Networks Pty Ltd",
    "redgumnetworks.com.au",
    "AU",
    "Adelaide",
    "70 Pirie Street, Adelaide SA 5000",
    location_id="8189127",
    short="Redgum",
)
RG_SDM = Person("Lachlan Pearce", "lachlan.pearce@redgumnetworks.com.au", "Service Delivery Manager")


def case_redgum_clare() -> Case:
    cust = Company(
        "Clare Valley Cooperage Pty Ltd",
        "clarevalleycooperage.com.au",
        "AU",
        "Clare",
        "12 Main North Road, Clare SA 5453",
    )
    cc = Person("Fiona Mazzone", "fiona@clarevalleycooperage.com.au", "Finance & Admin Manager")
    submitted = when(2026, 3, 24, 12, 0, ACDT)
    blocks = kv(
        [("Customer", cust.name), ("Workload", "Microsoft Intune"), ("Period", "19 January - 6 March 2026")]
    ) + bullets(
        [
            "38 Windows laptops and 9 workshop PCs enrolled (Autopilot, Entra joined)",
            "Compliance policy + Conditional Access for Xero and the barrel-tracking app",
            "14 iPhones via Apple Business Manager; app protection for Outlook",
            "Windows Update rings (pilot / broad) and driver updates for the workshop PCs",
        ]
    )
    rep = word_report(
        "Intune Project - Completion Report",
        "Redgum Networks · March 2026",
        blocks,
        meta=Meta("CVC Intune completion report", RG_SDM.name, when(2026, 3, 11, 14, 0, ACDT)),
        footer="Redgum Networks Pty Ltd",
    )
    m1 = Mail(
        RG_SDM,
        [cc],
        "Intune project completion report",
        when(2026, 3, 11, 14, 30, ACDT),
        "Hi Fiona,\n\nPlease find the completion report attached. Could you confirm you're happy with the work so we can "
        "close the project?\n\nCheers,\nLachlan",
        attachments=[("CVC Intune completion report.pdf", rep, "application/pdf")],
    )
    m2 = Mail(
        cc,
        [RG_SDM],
        "RE: Intune project completion report",
        when(2026, 3, 13, 17, 22, ACDT),
        "Got it, thanks Lachlan. I'll have a read over the weekend and come back to you if there are any questions.\n\n"
        "Fiona\n\nSent from my iPhone\n\n" + quote_gmail(m1),
        in_reply_to=m1.msgid,
        mailer="iPhone Mail (22D82)",
    )
    p_rep, p_mail = "CVC Intune completion report.pdf", "RE Intune project completion report.eml"
    claim = cpor_claim(
        "4501074",
        area="Security",
        submitted=submitted,
        partner=REDGUM,
        pc=RG_SDM,
        customer=cust,
        cc=cc,
        workloads=["INTUNE"],
        docs=[(p_rep, "poe"), (p_mail, "poe")],
    )
    return Case(
        claim,
        "Redgum_ClareValleyCooperage",
        {p_rep: rep, p_mail: eml(m2)},
        "action_required",
        f"The customer's only reply confirms receipt ('Got it ... I'll have a read over the weekend') and neither "
        f"accepts nor approves the work: {G_PARTNER_MAIL}; the report itself is a partner document ({G_NOACK}). "
        f"The work detail is fine. {G_AR}",
        "Customer e-mail that only confirms receipt (quoted thread, iPhone Mail).",
        expect(
            CPOR_GOOD,
            customer_acknowledgement="fail",
            customer_domain=["pass", "not_applicable"],
            acknowledgement_date=["pass", "fail", "warn"],
        ),
    )


JALON = Company(
    "Jalón Sistemas S.L.",
    "jalonsistemas.es",
    "ES",
    "Zaragoza",
    "Calle del Coso 98, 50001 Zaragoza",
    location_id="8190238",
    short="Jalón Sistemas",
)
JS_PM = Person("Pilar Lasheras", "pilar.lasheras@jalonsistemas.es", "Jefa de Proyectos / Project Manager")


def case_jalon_moncayo() -> Case:
    cust = Company(
        "Bodegas Moncayo Altos S.A.",
        "moncayoaltos.es",
        "ES",
        "Borja",
        "Carretera de Ainzón s/n, 50540 Borja (Zaragoza)",
    )
    sys_ = Person("Nerea Ibáñez", "nerea.ibanez@moncayoaltos.es", "Responsable de Sistemas")
    cfo = Person("Jürgen Albrecht", "juergen.albrecht@moncayoaltos.es", "Director Financiero / CFO")
    submitted = when(2026, 8, 18, 10, 0, CEST)
    blocks = kv(
        [("Customer", cust.name), ("Workload", "Microsoft Defender for Endpoint"), ("Period", "1 June - 31 July 2026")]
    ) + table(
        [
            ("Onboarding", "164 Windows devices and 6 servers (bottling line HMIs excluded by agreement)"),
            (
                "Policies",
                "ASR rules in block, network protection, tamper protection; exclusions for the bottling SCADA",
            ),
            ("Response", "Automated investigation; alert routing to Jalón's service desk; 2 incident simulations"),
            ("Vulnerabilities", "Monthly exposure report; 96 critical CVEs closed"),
        ],
        head=("Area", "Detail"),
    )
    rep = word_report(
        "Informe de cierre / Close-out report - Defender for Endpoint",
        "Jalón Sistemas · July 2026",
        blocks,
        meta=Meta("Informe de cierre MDE", JS_PM.name, when(2026, 8, 7, 9, 0, CEST)),
        footer="Jalón Sistemas S.L.",
    )
    m1 = Mail(
        JS_PM,
        [sys_, cfo],
        "Cierre proyecto Defender for Endpoint - confirmación / project close-out confirmation",
        when(2026, 8, 7, 9, 30, CEST),
        "Hola Nerea, hola Jürgen,\n\nOs adjunto el informe de cierre. ¿Podéis confirmarnos la aceptación?\n\n"
        "Hello both, the close-out report is attached - could you confirm your acceptance?\n\nUn saludo,\nPilar",
        attachments=[("Informe de cierre MDE.pdf", rep, "application/pdf")],
    )
    a1 = Mail(
        sys_,
        [JS_PM],
        "Respuesta automática: Cierre proyecto Defender for Endpoint - confirmación / project close-out confirmation",
        m1.sent + dt.timedelta(seconds=25),
        "Hola,\n\nEstaré fuera de la oficina hasta el 24 de agosto sin acceso al correo. Para temas urgentes de sistemas, "
        "llamad al 976 555 310.\n\nGracias,\nNerea Ibáñez",
        headers=auto_reply_headers(),
        in_reply_to=m1.msgid,
    )
    a2 = Mail(
        cfo,
        [JS_PM],
        "Automatische Antwort: Cierre proyecto Defender for Endpoint - confirmación / project close-out confirmation",
        m1.sent + dt.timedelta(seconds=31),
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21.08.2026 nicht im Büro und habe keinen Zugriff auf "
        "meine E-Mails. In dringenden Fällen wenden Sie sich bitte an administracion@moncayoaltos.es.\n\n"
        "Mit freundlichen Grüßen\nJürgen Albrecht",
        headers=auto_reply_headers(),
        in_reply_to=m1.msgid,
    )
    p_rep = "Informe de cierre MDE.pdf"
    p_a1 = "Respuestas cliente/Respuesta automatica - Nerea Ibanez.eml"
    p_a2 = "Respuestas cliente/Automatische Antwort - Juergen Albrecht.eml"
    claim = cpor_claim(
        "4501075",
        area="Security",
        submitted=submitted,
        partner=JALON,
        pc=JS_PM,
        customer=cust,
        cc=sys_,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        docs=[(p_rep, "poe"), (p_a1, "poe"), (p_a2, "poe")],
        comments=[("partner", submitted - dt.timedelta(minutes=5), "Customer replies attached.")],
    )
    return Case(
        claim,
        "JalonSistemas_BodegasMoncayo",
        {p_rep: rep, p_a1: eml(a1), p_a2: eml(a2)},
        "action_required",
        f"The two 'customer replies' are automatic out-of-office messages (Spanish and German; Auto-Submitted: "
        f"auto-replied). They come from the customer's domain but accept nothing - no person read the report: "
        f"{G_PARTNER_MAIL}; {G_NOACK}. UNSURE: the guide does not mention automatic replies; they are treated like "
        f"any e-mail that does not accept the work. The report is detailed. {G_AR} UNSURE: the auto-replies are "
        f"in Spanish and German only; whether the English rule ({G_ENGLISH}) bites on messages that are not "
        "evidence anyway is open, so the language check may pass, warn or fail.",
        "Only automatic out-of-office replies (Spanish, German) as 'acknowledgement'.",
        expect(
            CPOR_GOOD,
            customer_acknowledgement="fail",
            customer_domain=["pass", "not_applicable"],
            acknowledgement_date=["pass", "fail", "warn"],
            document_language=["pass", "warn", "fail"],
        ),
    )


LINDENHOF = Company(
    "Lindenhof IT Services AG",
    "lindenhof-it.ch",
    "CH",
    "Bern",
    "Monbijoustrasse 68, 3007 Bern",
    location_id="8201349",
    short="Lindenhof IT",
)
LH_PM = Person("Reto Zbinden", "reto.zbinden@lindenhof-it.ch", "Projektleiter / Project Manager")


def case_lindenhof_aaretal() -> Case:
    cust = Company("Aaretal Textil AG", "aaretal-textil.ch", "CH", "Thun", "Gwattstrasse 120, 3645 Gwatt (Thun)")
    cc = Person("Sandra Wyss", "sandra.wyss@aaretal-textil.ch", "Head of Finance & IT")
    submitted = when(2026, 5, 5, 14, 25, CEST)

    def build(doc: Any) -> None:
        doc.add_heading("Project Sign-off", level=1)
        doc.add_paragraph(
            f"Customer: {cust.name}\nPartner: {LINDENHOF.name}\nProject: Microsoft 365 Apps and Exchange Online migration"
        )
        doc.add_heading("Delivered", level=2)
        w_table(
            doc,
            [
                (
                    "Exchange Online",
                    "Cut-over migration of 96 mailboxes from a hosted Exchange 2013 provider; 4 shared mailboxes "
                    "(orders, samples, accounts, HR); mobile access via Outlook app",
                    "16.03.2026",
                ),
                (
                    "Microsoft 365 Apps",
                    "Click-to-run deployment (Monthly Enterprise Channel) to 88 PCs via Intune; Office 2016 removed; "
                    "Excel add-in for the ERP (Abacus) repackaged",
                    "03.04.2026",
                ),
                (
                    "Training",
                    "Two sessions in German for office staff; quick guide for the design studio",
                    "09.04.2026",
                ),
            ],
            head=("Workload", "Details", "Completed"),
        )
        doc.add_heading("Customer confirmation", level=2)
        doc.add_paragraph("The customer confirms that the work described above has been completed.")
        p = doc.add_paragraph()
        p.add_run("Name: ").bold = True
        p.add_run("Sandra Wyss, Head of Finance & IT")
        p = doc.add_paragraph()
        p.add_run("Signature: ").bold = True
        r = p.add_run("Sandra Wyss")
        r.italic = True
        r.font.color.rgb = RGBColor(0x1F, 0x3B, 0x8C)
        p = doc.add_paragraph()
        p.add_run("Date: ").bold = True
        p.add_run("14.04.2026")

    data = word_file(
        build,
        title="Project Sign-off - Aaretal Textil",
        author=LH_PM.name,
        created=when(2026, 4, 10, 9, 0, CEST),
        modified=when(2026, 4, 14, 16, 40, CEST),
    )
    path = "Project Sign-off Aaretal Textil.docx"
    claim = cpor_claim(
        "4501076",
        area="Modern Work",
        submitted=submitted,
        partner=LINDENHOF,
        pc=LH_PM,
        customer=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "MICROSOFT 365 APPS"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "Lindenhof_AaretalTextil",
        {path: data},
        "action_required",
        f"A Word file written and last saved by the partner's project manager, in which the customer's name is "
        f"typed (in blue italics) on the 'Signature:' line. That is no physical signature, no customer e-mail and no "
        f"'{G_ESIG[1:-1]}' - anyone can type a name: {G_NOACK}. UNSURE: the guide does not discuss typed names; we "
        f"read 'verifiable' as excluding them (fail), though a tool may only warn. Content is detailed. {G_AR}",
        "Typed name only on the signature line of a partner-authored .docx.",
        expect(
            CPOR_GOOD,
            **NO_MAIL,
            customer_acknowledgement=["fail", "warn"],
            acknowledgement_date=["pass", "fail", "warn"],
        ),
    )


MISTRAL = Company(
    "Mistral Informatique SAS",
    "mistral-informatique.fr",
    "FR",
    "Lyon",
    "27 rue de la République, 69002 Lyon",
    location_id="8212450",
    short="Mistral",
)
MI_CP = Person("Camille Roux", "camille.roux@mistral-informatique.fr", "Chef de projet / Project Manager")


def case_mistral_fromagerie() -> Case:
    cust = Company(
        "Fromagerie des Monts du Lyonnais SAS",
        "fromagerie-monts-lyonnais.fr",
        "FR",
        "Saint-Martin-en-Haut",
        "ZA Les Plaines, 69850 Saint-Martin-en-Haut",
    )
    cc = Person("Olivier Perrin", "olivier.perrin@fromagerie-monts-lyonnais.fr", "DSI / Head of IT")
    submitted = when(2026, 6, 9, 16, 0, CEST)
    html = (
        '<p class="b" style="color:#1a4f8b;font-size:14pt">MISTRAL INFORMATIQUE</p>'
        "<h1>Acceptance Report - Data Protection Programme</h1>"
        + kv([("Customer", cust.name), ("Reference", "MI-2026-FML-07"), ("Period", "02/03/2026 - 22/05/2026")])
        + "<h2>Work delivered</h2>"
        + table(
            [
                (
                    "Microsoft Purview Information Protection",
                    "Label taxonomy (4 labels), auto-labelling of recipes and supplier "
                    "specifications, encryption for 'Recettes - Confidentiel', label policy for 143 users",
                ),
                (
                    "Insider Risk Management",
                    "Policies for data theft by departing users and data leaks (HR connector), priority "
                    "user group for R&amp;D (11 users), analytics and alert triage with HR",
                ),
            ],
            head=("Workload", "Activities"),
            widths=(30, 70),
        )
        + "<h2>Acceptance</h2><p>The undersigned accept the deliverables above.</p>"
        + table(
            [
                ("For the customer", "For Mistral Informatique"),
                (
                    f"Name: {escape(cc.name)}<br/>Title: {escape(cc.title)}",
                    f"Name: {MI_CP.name}<br/>Title: {MI_CP.title}",
                ),
                ("Signature:<br/><br/><br/>", "Signature:<br/><br/><br/>"),
                ("Date:", "Date:"),
            ],
            widths=(50, 50),
        )
    )
    doc = render(html, deco=running(footer="Mistral Informatique SAS · RCS Lyon 812 441 902", numbers=None))
    sign_near(doc, "Signature:", "camille-roux", nth=1, dx=10, w=115, h=24, below=True)
    write_near(doc, "Date:", "26/05/2026", "cr-d", nth=1)
    data = scanned(doc, "mistral", scanner_meta("SHARP BP-50C26", when(2026, 5, 26, 17, 30, CEST)), dpi=150, skew=0.6)
    path = "PV de recette - Acceptance report MI-2026-FML-07.pdf"
    claim = cpor_claim(
        "4501077",
        area="Security",
        submitted=submitted,
        partner=MISTRAL,
        pc=MI_CP,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT INFORMATION PROTECTION", "INSIDER RISK MANAGER"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "Mistral_FromagerieMontsLyonnais",
        {path: data},
        "action_required",
        f"Scanned acceptance report where only the partner signed; the customer block has the printed name but no "
        f"signature and no date: {G_NOACK}. Detail and workload match are fine. {G_AR}",
        "Empty customer signature block; partner-only wet-ink signature; scan.",
        expect(CPOR_GOOD, **NO_MAIL, customer_acknowledgement="fail", acknowledgement_date=["pass", "fail", "warn"]),
    )


SKAGERRAK = Company(
    "Skagerrak Digital AS",
    "skagerrakdigital.no",
    "NO",
    "Kristiansand",
    "Markens gate 9, 4611 Kristiansand",
    location_id="8223561",
    short="Skagerrak Digital",
)
SK_DL = Person("Eirik Tønnessen", "eirik.tonnessen@skagerrakdigital.no", "Leveranseansvarlig / Delivery Lead")


def case_skagerrak_havbruk() -> Case:
    cust = Company("Sørlandet Havbruk AS", "sorlandet-havbruk.no", "NO", "Farsund", "Brogaten 4, 4550 Farsund")
    cc = Person("Ingrid Fjeldstad", "ingrid.fjeldstad@sorlandet-havbruk.no", "IT-sjef / Head of IT")
    submitted = when(2026, 3, 10, 9, 30, CET)
    html = (
        "<h1>Completion Confirmation - Identity Protection</h1>"
        + kv([("Customer", cust.name), ("Supplier", SKAGERRAK.name), ("Period", "January 5 - February 20, 2026")])
        + bullets(
            [
                "Entra ID P2 for 212 users: Identity Protection user-risk and sign-in-risk policies",
                "Conditional Access baseline (14 policies): MFA everywhere, block legacy auth, compliant device for the "
                "fish-farm monitoring portal, named locations for the Farsund and Lista sites",
                "Privileged Identity Management for 7 admin roles; quarterly access reviews for guests (feed suppliers, vets)",
            ]
        )
        + table(
            [
                ("Customer signature:<br/><br/><br/>", "Supplier signature:<br/><br/><br/>"),
                ("Date (customer):", "Date (supplier):"),
            ],
            widths=(50, 50),
        )
    )
    doc = render(html)
    env = Envelope(
        guid("env", "skagerrak", upper=True),
        "Complete with Docusign: Completion Confirmation - Identity.pdf",
        SK_DL,
        SKAGERRAK.name,
        zone_label="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
        signers=[
            Signer(
                SK_DL,
                SKAGERRAK.name,
                "Supplier signature:",
                when(2026, 2, 26, 14, 0, CET),
                when(2026, 2, 26, 14, 1, CET),
                when(2026, 2, 26, 14, 2, CET),
                "84.208.11.30",
                date_anchor="Date (supplier):",
                date_fmt=lambda d: f_dmy(d, "."),
            ),
            Signer(
                cc,
                cust.name,
                "Customer signature:",
                when(2026, 2, 26, 14, 2, CET),
                when(2026, 2, 27, 8, 15, CET),
                None,
                "46.15.200.8",
                date_anchor="Date (customer):",
            ),
        ],
    )
    data = docusign(
        doc,
        env,
        "Completion Confirmation - Identity.pdf",
        Meta("Completion Confirmation - Identity", SK_DL.name, when(2026, 2, 26, 13, 50, CET)),
    )
    path = "Completion Confirmation - Identity (Docusign).pdf"
    claim = cpor_claim(
        "4501078",
        area="Security",
        submitted=submitted,
        partner=SKAGERRAK,
        pc=SK_DL,
        customer=cust,
        cc=cc,
        workloads=["AZURE ACTIVE DIRECTORY PREMIUM 2", "AZURE ACTIVE DIRECTORY PREMIUM CONDITIONAL ACCESS"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "Skagerrak_SorlandetHavbruk",
        {path: data},
        "action_required",
        f"DocuSign envelope downloaded before completion: the certificate says 'Status: Sent', only the partner's "
        f"signer has a 'Signed' event; the customer viewed but never signed, and the customer box is empty. So no "
        f"'{G_ESIG[1:-1]}' by the customer: {G_NOACK}. {G_AR}",
        "Partner-only signature in a DocuSign envelope that is still 'Sent' (customer viewed, not signed).",
        expect(CPOR_GOOD, **NO_MAIL, customer_acknowledgement="fail", acknowledgement_date=["pass", "fail", "warn"]),
    )


# ==============================================================================================
# Dates: stale acknowledgement, old MSA with a recent confirmation, ambiguous and unambiguous day/month
# ==============================================================================================
MANGROVE = Company(
    "Mangrove Technology Services Sdn Bhd",
    "mangrovetech.com.my",
    "MY",
    "Kuala Lumpur",
    "Level 23, Menara Binjai, 2 Jalan Binjai, 50450 Kuala Lumpur",
    location_id="8234672",
    short="Mangrove Tech",
)
MG_AM = Person("Nurul Aisyah Hamzah", "nurul.aisyah@mangrovetech.com.my", "Account Manager")


def case_mangrove_selangor() -> Case:
    cust = Company(
        "Selangor Palm Refiners Sdn Bhd",
        "selangorpalm.com.my",
        "MY",
        "Klang",
        "Lot 5, Jalan Kemajuan, 42000 Port Klang, Selangor",
        short="SPR",
    )
    cc = Person("Lim Chee Keong", "cheekeong.lim@selangorpalm.com.my", "IT Manager")
    submitted = when(2026, 2, 25, 15, 0, MYT)
    html = (
        '<p class="b" style="color:#00695c;font-size:14pt">Mangrove Technology Services</p>'
        "<h1>User Acceptance Sign-off - Intune</h1>"
        + kv(
            [
                ("Customer", cust.name),
                ("Project", "Endpoint management with Microsoft Intune"),
                ("Duration", "7 October 2024 - 20 December 2024"),
            ]
        )
        + table(
            [
                ("Windows", "312 laptops and desktops enrolled via Autopilot; compliance + Conditional Access"),
                ("Refinery tablets", "48 rugged Windows tablets in kiosk mode for shift logs"),
                ("Mobile", "120 Android phones with work profile; app protection for Outlook and Teams"),
            ],
            head=("Area", "Scope"),
            widths=(25, 75),
        )
        + "<p>Accepted by the customer:</p>"
        + table([("Name:", "Signature:<br/><br/><br/>", "Date:")], widths=(30, 40, 30))
    )
    doc = render(html, deco=running(footer="Mangrove Technology Services Sdn Bhd (1187734-X)", numbers=None))
    write_near(doc, "Name:", "Lim C. K.", "lck-n", size=11)
    sign_near(doc, "Signature:", "lim-chee-keong", dx=8, w=120, h=26, below=True)
    write_near(doc, "Date:", "12 Jan 2025", "lck-d", size=11)
    data = scanned(doc, "mangrove", scanner_meta("Canon iR-ADV 4545", when(2025, 1, 13, 9, 20, MYT)), dpi=150, skew=0.9)
    path = "UAT Signoff Intune - SPR.pdf"
    claim = cpor_claim(
        "4501080",
        area="Security",
        submitted=submitted,
        partner=MANGROVE,
        pc=MG_AM,
        customer=cust,
        cc=cc,
        workloads=["INTUNE"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "Mangrove_SelangorPalmRefiners",
        {path: data},
        "action_required",
        f"Valid wet-ink sign-off with good detail, but dated 12 Jan 2025 - more than 12 months before submission "
        f"2026-02-25 - and nothing more recent is attached: {G_12M}; {G_STALE}. The customer signs with initials "
        f"('Lim C. K.'), which is fine. {G_AR}",
        "Acknowledgement older than 12 months (usage), no recent confirmation; handwritten date with month name (unambiguous).",
        expect(CPOR_GOOD, **NO_MAIL, acknowledgement_date="fail"),
    )


CHINOOK = Company(
    "Chinook Cloud Services Ltd",
    "chinookcloud.ca",
    "CA",
    "Vancouver",
    "1055 W Georgia St, Suite 2400, Vancouver, BC V6E 3P3",
    location_id="8245783",
    short="Chinook Cloud",
)
CH_AD = Person("Priya Dhaliwal", "priya.dhaliwal@chinookcloud.ca", "Account Director")


def case_chinook_skeena() -> Case:
    cust = Company(
        "Skeena Delta Seafoods Ltd",
        "skeenaseafoods.ca",
        "CA",
        "Prince Rupert",
        "220 Cow Bay Rd, Prince Rupert, BC V8J 1A2",
    )
    cc = Person("Brent Olafson", "brent.olafson@skeenaseafoods.ca", "IT Director")
    first, ar_at, submitted = (
        when(2026, 2, 16, 10, 0, PST),
        when(2026, 2, 19, 13, 0, PST),
        when(2026, 2, 27, 11, 20, PST),
    )
    msa_html = (
        "<h1>Master Services Agreement</h1>"
        f'<p>This Master Services Agreement (the "Agreement") is made on March 14, 2023 between {CHINOOK.name} '
        f'("Chinook") and {cust.name} ("Customer").</p>'
        + "".join(
            f"<h3>{n}. {t}</h3><p>{b}</p>"
            for n, t, b in [
                (
                    1,
                    "Services",
                    "Chinook will provide the managed IT services described in each Service Schedule signed by the "
                    "parties. Schedule A (Managed Endpoint and Security Services) is attached.",
                ),
                (
                    2,
                    "Term",
                    "Three years from the date above, renewing for one-year terms unless either party gives 90 days' notice.",
                ),
                (3, "Fees", "As set out in each Service Schedule. Invoices are payable within 30 days."),
                (
                    4,
                    "Confidentiality",
                    "Each party will protect the other's confidential information with reasonable care.",
                ),
                (5, "Limitation of liability", "Neither party is liable for indirect or consequential loss."),
                (6, "Governing law", "The laws of the Province of British Columbia."),
            ]
        )
        + "<h3>Schedule A - Managed Endpoint and Security Services</h3>"
        + bullets(
            [
                "Device management with Microsoft Intune for corporate and processing-plant devices",
                "Endpoint protection with Microsoft Defender for Endpoint, 24x5 alert handling",
                "Monthly patch and compliance reporting",
            ]
        )
        + table(
            [
                ("Chinook Cloud Services Ltd", "Skeena Delta Seafoods Ltd"),
                ("By:<br/><br/><br/>", "By (Customer):<br/><br/><br/>"),
                ("Date:", "Date (Customer):"),
            ],
            widths=(50, 50),
        )
    )
    doc = render(
        msa_html, size="letter", deco=running(footer="Chinook Cloud Services - MSA v4.1", numbers="Page {i} of {n}")
    )
    sign_near(doc, "By:", "priya-dhaliwal-23", dx=10, w=110, h=24, below=True)
    write_near(doc, "Date:", "March 14, 2023", "pd-d", nth=0)
    sign_near(doc, "By (Customer):", "brent-olafson-23", dx=10, w=120, h=26, below=True)
    write_near(doc, "Date (Customer):", "March 14, 2023", "bo-d")
    msa = scanned(
        doc,
        "chinook-msa",
        scanner_meta("HP Color LaserJet MFP M480f", when(2023, 3, 15, 9, 0, PDT)),
        dpi=150,
        skew=0.4,
        searchable=True,
    )
    ask = Mail(
        CH_AD,
        [cc],
        "Microsoft partner of record - confirmation of our work",
        when(2026, 2, 20, 9, 10, PST),
        "Hi Brent,\n\nMicrosoft has asked us for a recent confirmation that we are still actively managing your "
        "Intune and Defender for Endpoint environment (our MSA is from 2023). Would you mind replying with a short "
        "note describing what we do for you?\n\nThanks,\nPriya",
    )
    conf = Mail(
        cc,
        [CH_AD],
        "RE: Microsoft partner of record - confirmation of our work",
        when(2026, 2, 24, 16, 35, PST),
        "Hi Priya,\n\nHappy to confirm. Chinook continues to manage our endpoints and security under the MSA:\n"
        "- Intune: all 262 Windows devices and the 58 rugged tablets on the processing lines are enrolled and managed "
        "by Chinook; in the last year they moved us off Group Policy to Intune settings catalog, set up Autopilot for "
        "the new Port Edward plant (44 devices, October 2025) and run the Windows Update rings.\n"
        "- Defender for Endpoint: Chinook's team handles our alerts and incidents (they contained the credential-theft "
        "attempt on the office in November) and sends us the monthly exposure and patch compliance report.\n\n"
        "We consider Chinook our partner for both.\n\nBrent Olafson\nIT Director | Skeena Delta Seafoods Ltd\n\n"
        + quote_outlook(ask),
        in_reply_to=ask.msgid,
    )
    p_msa, p_msg = "Skeena MSA 2023 signed.pdf", "RE Microsoft partner of record - confirmation of our work.msg"
    history = [
        ("submission", first, CH_AD.email),
        ("action required", ar_at, None),
        ("document submission", submitted - dt.timedelta(minutes=7), CH_AD.email),
        ("submission", submitted, CH_AD.email),
    ]
    comments = [
        (
            "microsoft",
            ar_at,
            "The POE is a master services agreement signed in March 2023. Please provide recent customer "
            "acknowledgement confirming active engagement.",
        ),
        ("partner", submitted - dt.timedelta(minutes=2), "Customer confirmation e-mail attached (24 Feb 2026)."),
    ]
    claim = cpor_claim(
        "4501081",
        area="Security",
        submitted=submitted,
        partner=CHINOOK,
        pc=CH_AD,
        customer=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=[(p_msa, "poe"), (p_msg, "poe")],
        history=history,
        comments=comments,
    )
    return Case(
        claim,
        "ChinookCloud_SkeenaDeltaSeafoods",
        {p_msa: msa, p_msg: outlook_msg(conf)},
        "approve",
        f"Resubmission. The 2023 MSA alone would not do ({G_MSA}; signature older than 12 months), but the partner "
        f"added what the guide asks for: {G_STALE} The .msg from the customer's IT Director (skeenaseafoods.ca, "
        f"24 February 2026) describes current Intune and Defender for Endpoint work with device counts and events "
        f"({G_MAIL}; {G_DETAIL}). The 12-month rule is therefore met by the recent acknowledgement.",
        "Old MSA (2023, wet ink) + recent customer e-mail (.msg) confirming active engagement; claim history shows an action-required round.",
        expect(CPOR_GOOD, customer_domain="pass"),
        container="zip",
    )


TAMARACK = Company(
    "Tamarack Systems Inc.",
    "tamaracksystems.ca",
    "CA",
    "Ottawa",
    "150 Elgin St, 10th Floor, Ottawa, ON K2P 1L4",
    location_id="8256894",
    short="Tamarack",
)
TM_DM = Person("Olivia Chen-Lafleur", "olivia.chenlafleur@tamaracksystems.ca", "Delivery Manager")


def case_tamarack_rideau() -> Case:
    cust = Company(
        "Rideau Valley Orchards Inc.",
        "rideauorchards.ca",
        "CA",
        "Smiths Falls",
        "3417 County Rd 43, Smiths Falls, ON K7A 4S4",
    )
    cc = Person("Paul Gauthier", "paul.gauthier@rideauorchards.ca", "Operations Manager")
    submitted = when(2026, 4, 20, 10, 30, EDT)
    html = (
        '<p class="b" style="color:#2e4a1f;font-size:14pt">TAMARACK SYSTEMS</p>'
        "<h1>Service Completion Form</h1>"
        + kv(
            [
                ("Client", cust.name),
                ("Service", "Microsoft Defender for Identity deployment"),
                ("Work window", "2025-02-17 to 2025-03-28"),
            ]
        )
        + bullets(
            [
                "Sensors installed on both domain controllers and the AD CS server",
                "Directory service account (gMSA) and auditing policies configured",
                "Lateral movement paths reviewed; 2 stale admin accounts disabled; honeytoken account created",
                "Alert notifications to Tamarack's SOC mailbox and the client's IT inbox",
            ]
        )
        + "<p>Client acknowledgement:</p>"
        + table([("Name:", "Signature:<br/><br/><br/>", "Date:")], widths=(30, 40, 30))
    )
    doc = render(html, size="letter", deco=running(footer="Tamarack Systems Inc. · Form SCF-2", numbers=None))
    write_near(doc, "Name:", "Paul Gauthier", "pg-n", size=11)
    sign_near(doc, "Signature:", "paul-gauthier", dx=8, w=120, h=26, below=True)
    write_near(doc, "Date:", "04/05/2025", "pg-d", size=11.5)
    data = scanned(
        doc, "tamarack", scanner_meta("Brother MFC-L3770CDW", when(2025, 5, 6, 8, 0, EDT)), dpi=150, skew=-0.5
    )
    path = "SCF-2 Rideau Valley Orchards - MDI.pdf"
    claim = cpor_claim(
        "4501082",
        area="Security",
        submitted=submitted,
        partner=TAMARACK,
        pc=TM_DM,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR IDENTITY"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "Tamarack_RideauValleyOrchards",
        {path: data},
        "action_required",
        f"The customer signed the form in ink ({G_PAPER}) and dated it by hand '04/05/2025'. In Canada both orders are "
        f"in use and nothing on the form settles it (its printed dates are ISO). Read day-first it is 4 May 2025, within 12 "
        f"months of the 2026-04-20 submission; read month-first it is April 5, 2025, more than 12 months: {G_12M}. "
        f"UNSURE: the guide says nothing about date formats. The reviewer cannot tell which reading is right, so the "
        f"partner has to confirm the date or add {G_STALE} - {G_AR} A tool may warn (cannot decide) or fail.",
        "Ambiguous day/month handwritten date that decides the 12-month rule (Canada; both orders plausible).",
        expect(CPOR_GOOD, **NO_MAIL, acknowledgement_date=["warn", "fail"]),
    )


KONARK = Company(
    "Konark Cloud Services Pvt Ltd",
    "konarkcloud.in",
    "IN",
    "Bhubaneswar",
    "Plot 12, Infocity, Patia, Bhubaneswar 751024",
    location_id="8267905",
    short="Konark Cloud",
)
KN_PM = Person("Subhashree Mohanty", "subhashree.m@konarkcloud.in", "Project Manager")


def case_konark_mahanadi() -> Case:
    cust = Company(
        "Mahanadi Steel Castings Ltd",
        "mahanadisteel.co.in",
        "IN",
        "Cuttack",
        "Jagatpur Industrial Estate, Cuttack 754021",
        short="MSCL",
    )
    cc = Person("Prakash Behera", "prakash.behera@mahanadisteel.co.in", "DGM - IT")
    submitted = when(2026, 3, 31, 12, 0, IST)
    html = (
        '<p class="b" style="color:#bf360c;font-size:14pt">KONARK CLOUD SERVICES</p>'
        "<h1>Project Closure Report</h1>"
        + kv(
            [
                ("Customer", cust.name),
                ("PO reference", "MSCL/IT/PO/2025/219 dated 14/08/2025"),
                ("Kick-off", "01/09/2025"),
                ("Go-live", "28/10/2025"),
            ]
        )
        + table(
            [
                (
                    "Microsoft Defender for Office 365",
                    "Anti-phishing with impersonation protection for 22 executives; Safe Links "
                    "and Safe Attachments for 540 mailboxes; quarantine policies; attack simulation for the accounts team",
                    "17/10/2025",
                ),
                (
                    "Microsoft Intune",
                    "Windows enrolment for 410 devices across the Jagatpur plant and Kolkata office; compliance "
                    "policies; BitLocker escrow; LOB app deployment (SAP GUI, weighbridge client)",
                    "28/10/2025",
                ),
            ],
            head=("Workload", "Delivered", "Completed"),
            widths=(24, 60, 16),
        )
        + "<p>The customer confirms that the project is closed and accepted.</p>"
        + table(
            [
                (
                    "Customer signature:<br/><br/><br/>",
                    f"Name: {escape(cc.name)}<br/>Designation: {escape(cc.title)}<br/>Date:",
                )
            ],
            widths=(50, 50),
        )
    )
    doc = render(html, deco=running(footer="Konark Cloud Services Pvt Ltd", numbers=None))
    sign_near(doc, "Customer signature:", "prakash-behera", dx=10, w=120, h=26, below=True)
    write_near(doc, "Date:", "03/11/2025", "pb-d", size=11.5)
    data = scanned(
        doc, "konark", scanner_meta("RICOH IM 2702", when(2025, 11, 4, 10, 0, IST)), dpi=150, skew=0.3, rotate=[90]
    )
    path = "Project Closure Report - MSCL (signed).pdf"
    claim = cpor_claim(
        "4501083",
        area="Security",
        submitted=submitted,
        partner=KONARK,
        pc=KN_PM,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR OFFICE", "INTUNE"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "KonarkCloud_MahanadiSteel",
        {path: data},
        "approve",
        f"Signed in ink ({G_PAPER}) with a handwritten '03/11/2025'. Month-first that would be March 11, 2025 - more "
        f"than 12 months before 2026-03-31 - but the document itself writes dates day-first ('28/10/2025', "
        f"'14/08/2025') and the sign-off follows the 28/10/2025 go-live, so it is 3 November 2025: within 12 months "
        f"({G_12M}). Detail per workload ({G_DETAIL}; {G_CONNECT}). The customer signs 'MSCL' in the header short form.",
        "Day/month date that looks stale if read month-first but is settled by the document's own day-first dates (India); "
        "the page was scanned sideways (image and page both landscape, text running vertically).",
        expect(CPOR_GOOD, **NO_MAIL),
    )


# ==============================================================================================
# Workloads: deferred / out-of-scope rows, unticked checkbox rows, and a form where unticked rows are fine
# ==============================================================================================
DANUBE = Company(
    "Danube Secure GmbH",
    "danube-secure.at",
    "AT",
    "Linz",
    "Hafenstraße 47-51, 4020 Linz",
    location_id="8278016",
    short="Danube Secure",
)
DS_PL = Person("Katharina Pichler", "k.pichler@danube-secure.at", "Project Lead")


def case_danube_holzbau() -> Case:
    cust = Company(
        "Mühlviertel Holzbau GmbH", "muehlviertel-holzbau.at", "AT", "Freistadt", "Linzer Straße 80, 4240 Freistadt"
    )
    cc = Person("Markus Hofer", "m.hofer@muehlviertel-holzbau.at", "IT Manager")
    submitted = when(2026, 6, 23, 9, 0, CEST)
    html = (
        "<h1>Project Completion Certificate</h1>"
        + kv(
            [
                ("Customer", cust.name),
                ("Supplier", DANUBE.name),
                ("Order", "Bestellung 4500-2026-118"),
                ("Period", "2 March 2026 - 29 May 2026"),
            ]
        )
        + "<h2>Scope and status</h2>"
        + table(
            [
                (
                    "Microsoft Defender for Endpoint",
                    "Onboarding of 233 Windows clients and 12 servers; ASR rules; EDR in "
                    "block mode; device groups per site (Freistadt, Linz, sawmill)",
                    "Completed 22 May 2026",
                ),
                (
                    "Microsoft Defender for Identity",
                    "Sensor deployment on the domain controllers. <b>Deferred to phase 2 (FY27) at "
                    "the customer's request</b> - domain controller upgrade to Windows Server 2025 first",
                    "Deferred - not delivered",
                ),
                ("Security awareness", "Phishing simulation and two awareness sessions", "Completed 29 May 2026"),
            ],
            head=("Item", "Description", "Status"),
            widths=(26, 52, 22),
        )
        + "<p>Out of scope for this order: Microsoft Sentinel, OT network monitoring at the sawmill.</p>"
        + "<p>The customer confirms completion of the items marked 'Completed'.</p>"
        + table(
            [
                ("Customer: Markus Hofer, IT Manager", "Supplier: Katharina Pichler, Project Lead"),
                ("Signature (customer):<br/><br/><br/>", "Signature (supplier):<br/><br/><br/>"),
                ("Date:", "Date:"),
            ],
            widths=(50, 50),
        )
    )
    doc = render(html, deco=running(footer="Danube Secure GmbH · FN 512331 k · Linz", numbers=None))
    sign_near(doc, "Signature (customer):", "markus-hofer", dx=10, w=120, h=26, below=True)
    sign_near(doc, "Signature (supplier):", "katharina-pichler", dx=10, w=110, h=24, below=True)
    write_near(doc, "Date:", "02.06.2026", "mh-d", nth=0)
    write_near(doc, "Date:", "01.06.2026", "kp-d", nth=1)
    data = scanned(doc, "danube", scanner_meta("Kyocera ECOSYS M5526cdw", when(2026, 6, 3, 8, 0, CEST)), dpi=150)
    path = "Completion Certificate MDE-MDI Muehlviertel Holzbau.pdf"
    claim = cpor_claim(
        "4501091",
        area="Security",
        submitted=submitted,
        partner=DANUBE,
        pc=DS_PL,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR IDENTITY"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "DanubeSecure_MuehlviertelHolzbau",
        {path: data},
        "action_required",
        f"Signed completion certificate (valid for Defender for Endpoint), but the second claimed workload, Defender "
        f"for Identity, is marked 'Deferred to phase 2 (FY27) ... Deferred - not delivered': {G_CONNECT}; "
        f"{G_WORKLOAD_NOTE} The partner should remove MDI or provide POE for it (the guide: 'If you cannot provide "
        f"additional POE for Products/Workloads within your claim, these should be removed by editing your claim.'). "
        f"{G_AR}",
        "A claimed workload that the POE marks as deferred / not delivered.",
        expect(CPOR_GOOD, **NO_MAIL, workload_match="fail"),
    )


PAMPAS = Company(
    "Pampas Cloud S.A.",
    "pampascloud.com.ar",
    "AR",
    "Córdoba",
    "Av. Colón 610, piso 8, X5000 Córdoba",
    location_id="8289127",
    short="Pampas Cloud",
)
PC_PM = Person("Martín Echeverría", "martin.echeverria@pampascloud.com.ar", "Project Manager")


def acceptance_form(
    *,
    partner: Company,
    customer: Company,
    title: str,
    ref: str,
    rows: Sequence[tuple[str, bool, str]],
    accent: str,
    note: str = "",
) -> str:
    body = [(escape(name), f"{tick(on)} Delivered and accepted", detail) for name, on, detail in rows]
    return (
        f'<table class="nb"><tr><td><span class="b" style="font-size:14pt;color:{accent}">{escape(partner.name)}</span></td>'
        f'<td class="r small">Form {ref}</td></tr></table><hr/>'
        f"<h1>{title}</h1>"
        + kv([("Customer", escape(customer.name)), ("Partner", escape(partner.name))])
        + "<p>Tick each service that was delivered and accepted. Leave unticked any service that was not delivered.</p>"
        + table(body, head=("Service", "Acceptance", "Delivery notes"), widths=(30, 20, 50))
        + (f"<p>{note}</p>" if note else "")
        + table([("Customer representative:", "Signature:<br/><br/><br/>", "Date:")], widths=(36, 36, 28))
    )


def case_pampas_frigorifico() -> Case:
    cust = Company(
        "Frigorífico Río Cuarto S.A.",
        "frigoriocuarto.com.ar",
        "AR",
        "Río Cuarto",
        "Ruta Nacional 8 km 603, X5800 Río Cuarto",
    )
    cc = Person("Gabriela Funes", "gfunes@frigoriocuarto.com.ar", "Jefa de Sistemas / IT Lead")
    submitted = when(2026, 9, 15, 11, 0, ART)
    rows = [
        (
            "Teams meetings",
            True,
            "Meeting policies, recording to OneDrive, 4 meeting rooms with Teams Rooms Basic; 260 users",
        ),
        ("Teams Phone", False, "Pending: number porting with the local carrier not completed; postponed to 2027"),
        ("Exchange Online", False, "Already in place - not part of this order"),
        ("Training", True, "3 sessions for office staff; quick guides in Spanish and English"),
    ]
    html = acceptance_form(
        partner=PAMPAS,
        customer=cust,
        title="Service Acceptance Form - Microsoft Teams",
        ref="PC-SAF-3",
        rows=rows,
        accent="#1e88e5",
    )
    doc = render(html)
    write_near(doc, "Customer representative:", "G. Funes", "gf-n", dx=4, size=11)
    sign_near(doc, "Signature:", "gabriela-funes", dx=8, w=120, h=26, below=True)
    write_near(doc, "Date:", "28/08/2026", "gf-d")
    data = scanned(doc, "pampas", scanner_meta("HP LaserJet Pro MFP M428fdw", when(2026, 8, 29, 10, 0, ART)), dpi=150)
    path = "Formulario de aceptacion PC-SAF-3 firmado.pdf"
    claim = cpor_claim(
        "4501092",
        area="Modern Work",
        submitted=submitted,
        partner=PAMPAS,
        pc=PC_PM,
        customer=cust,
        cc=cc,
        workloads=["TEAMS MEETINGS", "TEAMS PHONE ENABLED USERS"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "PampasCloud_FrigorificoRioCuarto",
        {path: data},
        "action_required",
        f"Signed service acceptance form with checkbox rows: 'Teams meetings' is ticked and detailed, but the 'Teams "
        f"Phone' row - a claimed workload - is unticked and says 'Pending ... postponed to 2027': {G_CONNECT}; "
        f"{G_WORKLOAD_NOTE} {G_AR}",
        "Checkbox acceptance form with the row of a claimed workload left unticked.",
        expect(CPOR_GOOD, **NO_MAIL, workload_match="fail"),
    )


VELDT = Company(
    "Veldt Systems (Pty) Ltd",
    "veldtsystems.co.za",
    "ZA",
    "Stellenbosch",
    "Techno Park, 7 Quantum Street, Stellenbosch 7600",
    location_id="8290238",
    short="Veldt",
)
VS_ENG = Person("Thandiwe Mokoena", "thandiwe.mokoena@veldtsystems.co.za", "Senior Engineer")


def case_veldt_capewinelands() -> Case:
    cust = Company(
        "Cape Winelands Fruit Packers (Pty) Ltd",
        "cwfruitpackers.co.za",
        "ZA",
        "Paarl",
        "14 Industria Road, Paarl 7646",
        short="CW Fruit Packers",
    )
    cc = Person("Johan du Plessis", "johan.duplessis@cwfruitpackers.co.za", "Operations IT Manager")
    submitted = when(2026, 7, 7, 10, 0, SAST)
    rows = [
        (
            "Microsoft Intune",
            True,
            "Autopilot for 174 office/pack-house PCs; 96 Zebra TC21 scanners as dedicated devices; "
            "compliance + Conditional Access for the export documentation system",
        ),
        (
            "Microsoft Defender for Office 365",
            True,
            "Safe Links, Safe Attachments, anti-phishing for 230 mailboxes; "
            "impersonation protection for finance and export desk",
        ),
        ("Microsoft Defender for Identity", False, ""),
        ("Microsoft Purview Information Protection", False, ""),
        ("Handover and training", True, "Runbooks; 2 sessions for the IT team"),
    ]
    html = acceptance_form(
        partner=VELDT,
        customer=cust,
        title="Service Acceptance - Modern Security Pack",
        ref="VS-SA-02",
        rows=rows,
        accent="#6d4c41",
        note="Services offered but not ordered are left unticked.",
    )
    doc = render(html)
    write_near(doc, "Customer representative:", "Johan du Plessis", "jdp-n", dx=4, size=10.5)
    sign_near(doc, "Signature:", "johan-du-plessis", dx=8, w=120, h=26, below=True)
    write_near(doc, "Date:", "19/06/2026", "jdp-d")
    photo = phone_photo(
        page_image(doc, 0, dpi=115),
        "veldt",
        when(2026, 6, 19, 15, 40, SAST),
        device=("Apple", "iPhone 14 Pro"),
        tilt=1.4,
    )
    blocks = (
        kv([("Customer", cust.name), ("Period", "20 April - 12 June 2026")])
        + "<h2>Intune</h2>"
        + bullets(
            [
                "174 Windows devices Entra joined via Autopilot (pack-house PCs on shared-device mode)",
                "96 Zebra TC21 scanners: Android Enterprise dedicated devices, pallet-tracking app in lock-task",
                "Compliance policies and Conditional Access for the export documentation system",
            ]
        )
        + "<h2>Defender for Office 365</h2>"
        + bullets(
            [
                "Preset standard protection for 230 mailboxes, strict for 18 finance/export users",
                "Impersonation protection for 12 shipping-line and bank domains",
                "Two attack-simulation campaigns; report-phish button for all users",
            ]
        )
    )
    rep = word_report(
        "Delivery Report - Modern Security Pack",
        "Veldt Systems · June 2026",
        blocks,
        meta=Meta("CWFP delivery report", VS_ENG.name, when(2026, 6, 15, 16, 0, SAST)),
        footer="Veldt Systems (Pty) Ltd",
    )
    p_photo, p_rep = "WhatsApp Image 2026-06-19 at 15.41.07.jpeg", "CWFP Delivery Report.pdf"
    claim = cpor_claim(
        "4501093",
        area="Security",
        submitted=submitted,
        partner=VELDT,
        pc=VS_ENG,
        customer=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER FOR OFFICE"],
        docs=[(p_photo, "poe"), (p_rep, "poe")],
    )
    return Case(
        claim,
        "Veldt_CapeWinelandsFruitPackers",
        {p_photo: photo, p_rep: rep},
        "approve",
        f"Phone photo (taken at an angle) of an acceptance form signed in ink ({G_PAPER}). Both claimed workloads - "
        f"Intune and Defender for Office 365 - are ticked and detailed, matching the delivery report ({G_CONNECT}; "
        f"{G_DETAIL}). The unticked rows (Defender for Identity, Information Protection) are services 'offered but "
        f"not ordered' and are not claimed, so they must not be flagged. Signed 19/06/2026 (South Africa, day-first; "
        f"{G_12M}).",
        "Checkbox acceptance form where the unticked rows are NOT claimed (trap not to flag); phone photo .jpeg.",
        expect(CPOR_GOOD, **NO_MAIL),
        container="zip",
    )


# ==============================================================================================
# More partner formats (approve): deck + signed page merged, Adobe Sign go-live, pre-sales, MSS,
# merged multi-part upload, bilingual side-by-side, trade name, Japanese bilingual, phone photo, .msg
# ==============================================================================================
MOSAIC = Company(
    "Mosaic Lane Consulting B.V.",
    "mosaiclane.nl",
    "NL",
    "Utrecht",
    "Catharijnesingel 53, 3511 GC Utrecht",
    location_id="8301349",
    short="Mosaic Lane",
)
ML_EM = Person("Sanne de Vries", "sanne.devries@mosaiclane.nl", "Engagement Manager")


def case_mosaic_vecht() -> Case:
    cust = Company(
        "Vecht Rivier Zuivel B.V.",
        "vechtrivierzuivel.nl",
        "NL",
        "Maarssen",
        "Industrieweg 22, 3606 AS Maarssen",
        short="VRZ",
    )
    cc = Person("Pieter Bakker", "p.bakker@vechtrivierzuivel.nl", "Manager ICT")
    submitted = when(2026, 4, 2, 13, 15, CEST)
    slides = [
        (
            "Modern Workplace programme<br/>Closing session",
            "<p>Vecht Rivier Zuivel · 19 March 2026</p><p>Mosaic Lane Consulting</p>",
        ),
        (
            "Microsoft 365 Apps",
            bullets(
                [
                    "Office 2016 MSI removed from 265 PCs; Microsoft 365 Apps (Monthly Enterprise Channel) via Intune",
                    "Shared computer activation on 22 production-floor PCs (quality lab, dispatch)",
                    "Excel add-ins for the LIMS and Exact Globe re-tested and deployed",
                    "Cloud policy service: macro blocking from the internet, default file save to OneDrive",
                ]
            ),
        ),
        (
            "SharePoint Online",
            bullets(
                [
                    "Migration of 'G:\\Afdelingen' (640 GB) into 12 department sites; 'Kwaliteit' site with "
                    "HACCP records library and approval flow",
                    "Hub site 'VRZ Intranet' with news for 310 employees",
                    "External sharing limited to named guests (auditors, cooperative members)",
                ]
            ),
        ),
        (
            "Results",
            table(
                [
                    ("Helpdesk tickets about Office", "41 / month", "9 / month"),
                    ("Files on G:", "640 GB", "read-only"),
                    ("SharePoint active users (28 days)", "-", "287 of 310"),
                ],
                head=("Measure", "Before", "After"),
            ),
        ),
        (
            "Sign-off",
            "<p>VRZ confirms that the Microsoft 365 Apps and SharePoint Online work shown in this deck was delivered.</p>"
            + table([("For VRZ - name:", ""), ("Signature:<br/><br/><br/>", ""), ("Date:", "")], cls=""),
        ),
    ]
    deck_pdf = deck(
        slides,
        accent="#e65100",
        brand="Mosaic Lane Consulting",
        footer="VRZ Modern Workplace · closing session",
        meta=Meta("VRZ closing session", ML_EM.name, when(2026, 3, 18, 20, 0, CET), *PPT),
    )
    # the customer printed the last slide, signed it and scanned it; the partner merged it behind the deck
    last = pymupdf.open("pdf", deck_pdf)
    last.select([last.page_count - 1])
    write_near(last, "For VRZ - name:", "P. Bakker (VRZ)", "pb-n", dx=8, size=12)
    sign_near(last, "Signature:", "pieter-bakker", dx=12, w=150, h=30, below=True)
    write_near(last, "Date:", "20-3-2026", "pb-d", dx=8, size=12)
    scan = scanned(last, "vrz-last", scanner_meta("Canon iR C3226", when(2026, 3, 20, 16, 5, CET)), dpi=120, skew=1.1)
    doc = pymupdf.open("pdf", deck_pdf)
    doc.delete_page(doc.page_count - 1)
    merged = merge(
        [finish(doc, Meta("", "", when(2026, 3, 18, 20, 0, CET)), subset=False), scan],
        Meta(
            "VRZ closing session - signed",
            ML_EM.name,
            when(2026, 3, 23, 9, 40, CET),
            creator="Adobe Acrobat Pro (64-bit) 25.1",
            producer="Adobe Acrobat Pro (64-bit) 25.1",
        ),
    )
    path = "VRZ closing session incl signed sign-off slide.pdf"
    claim = cpor_claim(
        "4501101",
        area="Modern Work",
        submitted=submitted,
        partner=MOSAIC,
        pc=ML_EM,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT 365 APPS", "SHAREPOINT ONLINE"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "MosaicLane_VechtRivierZuivel",
        {path: merged},
        "approve",
        f"A slide deck exported to PDF (text) with, merged behind it, a scan of the sign-off slide printed and signed "
        f"in ink by the customer ({G_PAPER}). The customer writes 'P. Bakker (VRZ)' - its acronym; the deck carries the "
        f"full name on the first page ({G_NAMES}). PCs, sites and GB per workload ({G_DETAIL}; {G_CONNECT}); signed "
        f"20-3-2026 (Dutch day-first, the closing session was 19 March) ({G_12M}).",
        "Slide deck exported to PDF merged with a scanned, wet-ink signed last slide (mixed text/image PDF).",
        expect(CPOR_GOOD, **NO_MAIL),
    )


ALBATROSS = Company(
    "Albatross Business Apps Ltd",
    "albatrossapps.co.nz",
    "NZ",
    "Dunedin",
    "2 Dowling Street, Dunedin 9016",
    location_id="8312450",
    short="Albatross",
)
AB_PM = Person("Hemi Walker", "hemi.walker@albatrossapps.co.nz", "Dynamics Project Manager")


def case_albatross_otago() -> Case:
    cust = Company(
        "Otago Alpine Tours Ltd", "otagoalpinetours.co.nz", "NZ", "Queenstown", "14 Shotover Street, Queenstown 9300"
    )
    cc = Person("Charlotte Bennett", "charlotte.bennett@otagoalpinetours.co.nz", "Commercial Director")
    submitted = when(2026, 5, 13, 10, 0, NZST)
    sub_sales, sub_pa = guid("sub", "oat-sales", upper=True), guid("sub", "oat-pa", upper=True)
    html = (
        '<div class="box"><h1 class="c" style="font-size:20pt;color:#0d3b66">Go-Live Certificate</h1>'
        f'<p class="c">Dynamics 365 Sales and Power Automate - {escape(cust.name)}</p>'
        + kv(
            [
                ("Go-live date", "20 April 2026"),
                (
                    "Dynamics 365 Sales Enterprise",
                    f"42 users (reservations, groups &amp; charters, agency sales) - subscription {sub_sales}",
                ),
                ("Power Automate per user", f"9 users - subscription {sub_pa}"),
                (
                    "Delivered",
                    "Lead-to-booking process for group tours; agency accounts and commission tiers; quote templates in "
                    "NZD/AUD/USD; Outlook and Teams integration; 14 Power Automate flows (booking confirmations to the Rezdy "
                    "booking system, supplier allocation requests, weekly pipeline digest)",
                ),
                ("Data migrated", "11,800 agency and group contacts and 3 seasons of opportunities from the old CRM"),
            ]
        )
        + "<p>Otago Alpine Tours confirms that the solution above went live and is accepted.</p>"
        + table([("Otago Alpine Tours:", "Albatross Business Apps:")], widths=(50, 50))
        + "<br/><br/><br/></div>"
    )
    doc = render(html)
    data = adobe_sign(
        doc,
        title="OAT Go-Live Certificate",
        creator=AB_PM,
        created=when(2026, 4, 27, 9, 0, NZST),
        zone="NZST",
        signers=[
            AdobeSigner(
                cc,
                "Otago Alpine Tours:",
                when(2026, 4, 27, 9, 1, NZST),
                when(2026, 4, 28, 7, 40, NZST),
                when(2026, 4, 28, 7, 44, NZST),
                "118.92.40.77",
                zone="NZST",
            ),
            AdobeSigner(
                AB_PM,
                "Albatross Business Apps:",
                when(2026, 4, 27, 9, 1, NZST),
                when(2026, 4, 27, 9, 2, NZST),
                when(2026, 4, 27, 9, 3, NZST),
                "203.97.18.5",
                zone="NZST",
            ),
        ],
        meta=Meta("OAT Go-Live Certificate - signed", AB_PM.name, when(2026, 4, 28, 7, 44, NZST), *ADOBE_SIGN),
    )
    path = "OAT Go-Live Certificate - signed.pdf"
    claim = cpor_claim(
        "4501102",
        area="Business Applications",
        submitted=submitted,
        partner=ALBATROSS,
        pc=AB_PM,
        customer=cust,
        cc=cc,
        workloads=[("DYNAMICS 365 SALES ENTERPRISE EDITION", sub_sales), ("POWER AUTOMATE PER USER PLAN", sub_pa)],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "Albatross_OtagoAlpineTours",
        {path: data},
        "approve",
        f"Go-live certificate e-signed in Acrobat Sign with its Final Audit Report ({G_ESIG}); users, processes, flows "
        f"and both subscription IDs match the claimed products ({G_DETAIL}; {G_CONNECT}); signed 28 April 2026 ({G_12M}).",
        "Business Applications usage with subscription IDs; Acrobat Sign go-live certificate with audit trail.",
        expect(CPOR_GOOD, **NO_MAIL),
    )


CATALPA = Company(
    "Catalpa Business Solutions LLC",
    "catalpabiz.com",
    "US",
    "Louisville",
    "400 W Market St, Suite 1800, Louisville, KY 40202",
    location_id="8323561",
    short="Catalpa",
)
CB_SE = Person("Dana Whitfield", "dana.whitfield@catalpabiz.com", "Solution Consultant")


def case_catalpa_bluegrass() -> Case:
    cust = Company(
        "Bluegrass Equine Supply Co.", "bluegrassequine.com", "US", "Lexington", "1550 Leestown Rd, Lexington, KY 40511"
    )
    cc = Person("Mark Tolliver", "mtolliver@bluegrassequine.com", "VP Sales")
    submitted, transaction = when(2026, 3, 25, 14, 0, EDT), day(2026, 3, 2)
    sub = guid("sub", "bes-sales", upper=True)
    pilot = word_report(
        "Dynamics 365 Sales - Pilot Summary",
        "Catalpa Business Solutions · for Bluegrass Equine Supply · February 10, 2026",
        kv(
            [
                ("Pilot window", "January 19 - February 6, 2026"),
                ("Pilot users", "6 outside sales reps + 2 inside sales"),
            ]
        )
        + "<h2>What we showed</h2>"
        + bullets(
            [
                "Account and contact model for farms, vets and feed stores; territory hierarchy for the 5 sales regions",
                "Opportunity pipeline for tack and feed contracts with seasonal forecasting; quote generation from the ERP price list",
                "Mobile app for reps visiting farms; Copilot in Sales meeting summaries in Outlook",
                "Proposed licensing: 24 Dynamics 365 Sales Enterprise users",
            ]
        )
        + "<h2>Pilot feedback</h2><p>Reps logged 212 farm visits in 3 weeks; VP Sales asked for a go-live before the spring season.</p>",
        meta=Meta("BES D365 Sales pilot summary", CB_SE.name, when(2026, 2, 10, 16, 0, EST)),
        size="letter",
        footer="Catalpa Business Solutions LLC",
    )
    m1 = Mail(
        CB_SE,
        [cc],
        "Pilot wrap-up and next steps",
        when(2026, 2, 10, 16, 30, EST),
        "Hi Mark,\n\nAttached is the pilot summary. Let me know if it matches what your team saw.\n\nDana",
        attachments=[("BES D365 Sales pilot summary.pdf", pilot, "application/pdf")],
    )
    m2 = Mail(
        cc,
        [CB_SE],
        "RE: Pilot wrap-up and next steps",
        when(2026, 2, 12, 8, 5, EST),
        "Dana,\n\nThe summary matches what we saw. The three-week pilot with the six outside reps and the two inside "
        "sales people convinced us - the farm-visit logging on the phone and the seasonal forecast view are exactly what "
        "we were missing, and the demo of quotes from our price list answered the questions from finance. We'll go "
        "ahead with 24 Sales Enterprise licences; please coordinate with our CSP so we can start before the spring "
        "season.\n\nMark Tolliver\nVP Sales, Bluegrass Equine Supply Co.\n\n" + quote_outlook(m1),
        in_reply_to=m1.msgid,
    )
    p_mail, p_pilot = "RE Pilot wrap-up and next steps.eml", "BES D365 Sales pilot summary.pdf"
    claim = cpor_claim(
        "4501104",
        area="Business Applications",
        kind="pre_sales",
        submitted=submitted,
        partner=CATALPA,
        pc=CB_SE,
        customer=cust,
        cc=cc,
        workloads=[("DYNAMICS 365 SALES ENTERPRISE EDITION", sub)],
        docs=[(p_mail, "poe"), (p_pilot, "poe")],
        transaction=transaction,
    )
    return Case(
        claim,
        "Catalpa_BluegrassEquine",
        {p_mail: eml(m2), p_pilot: pilot},
        "approve",
        f"Pre-sales claim: {G_PRESALES} The pilot ran January 19 - February 6 and the customer's VP Sales acknowledged it "
        f"in depth on February 12, 2026 from bluegrassequine.com ('An e-mail, demos, pilots of the customer "
        f"acknowledging (in depth) these pre-sales activities'), before the transaction on 2026-03-02. Dynamics 365 "
        f"Sales is what was piloted and claimed ({G_CONNECT}).",
        "CPOR pre-sales: customer e-mail acknowledging the pilot in depth, dated before the transaction date.",
        expect(CPOR_GOOD, customer_domain="pass"),
    )


MORAVIA = Company(
    "Moravia Apps s.r.o.",
    "moraviaapps.cz",
    "CZ",
    "Brno",
    "Holandská 878/2, 639 00 Brno",
    location_id="8334672",
    short="Moravia Apps",
)
MA_CM = Person("Tereza Novotná", "tereza.novotna@moraviaapps.cz", "Client Manager")


def case_moravia_pivovar() -> Case:
    cust = Company("Pivovar Hradisko a.s.", "pivovarhradisko.cz", "CZ", "Hradisko", "Pivovarská 12, 783 65 Hlubočky")
    cc = Person("Jiří Dvořák", "jiri.dvorak@pivovarhradisko.cz", "Obchodní ředitel / Sales Director")
    submitted, transaction = when(2026, 2, 12, 10, 0, CET), day(2026, 1, 15)
    sub = guid("sub", "ph-cs", upper=True)
    m = Mail(
        cc,
        [MA_CM],
        "Customer Service rollout - confirmation",
        when(2026, 2, 6, 11, 20, CET),
        "Dear Tereza,\n\nAs requested, a short confirmation in English. In December Moravia Apps proposed adding Dynamics 365 "
        "Customer Service to our existing Dynamics 365 Sales environment (which another company implemented in 2024), so "
        "that complaints from pubs and retailers about kegs, deliveries and quality are handled as cases linked to the "
        "customer account. After their demo with our complaints team we bought 15 Customer Service Enterprise licences in "
        "January. Since then Moravia Apps has configured case routing for the keg-return and quality-complaint queues, the "
        "SLA for pub complaints (48 hours), and the email-to-case channel; 15 agents are using it since 2 February.\n\n"
        "Best regards\nJiří Dvořák\nSales Director, Pivovar Hradisko a.s.",
    )
    path = "Customer Service rollout - confirmation.eml"
    claim = cpor_claim(
        "4501105",
        area="Business Applications",
        kind="pre_sales",
        submitted=submitted,
        partner=MORAVIA,
        pc=MA_CM,
        customer=cust,
        cc=cc,
        workloads=[("DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE", sub)],
        docs=[(path, "poe")],
        transaction=transaction,
        comments=[
            (
                "partner",
                submitted - dt.timedelta(minutes=4),
                "Upsell: Customer Service added to the customer's existing Sales tenant on our proposal.",
            )
        ],
    )
    return Case(
        claim,
        "MoraviaApps_PivovarHradisko",
        {path: eml(m)},
        "approve",
        f"Pre-sales upsell: the only proof (customer e-mail, 6 February 2026) post-dates the transaction (2026-01-15), "
        f"which would normally fail {G_PRESALES} But the customer states that Moravia Apps proposed and demonstrated "
        f"adding Customer Service to its existing Sales environment, i.e. a new POR driving an upsell: {G_UPSELL} "
        f"UNSURE: the guide does not say what evidence of the upsell is enough; a tool may flag the date (warn) for a "
        f"person to apply the exception.",
        "Pre-sales upsell exception: proof after the transaction date, customer e-mail stating the partner drove the upsell.",
        expect(CPOR_GOOD, customer_domain="pass", acknowledgement_date=["pass", "warn"]),
        container="zip-folder",
    )


CARMEL = Company(
    "Carmel SecOps Ltd",
    "carmelsecops.co.il",
    "IL",
    "Haifa",
    "MATAM Advanced Technology Park, Building 22, Haifa 3508409",
    location_id="8345783",
    short="Carmel SecOps",
)
CS_SDM = Person("Noa Ben-David", "noa.bendavid@carmelsecops.co.il", "Service Delivery Manager")


def case_carmel_negev() -> Case:
    cust = Company(
        "Negev Solar Fields Ltd", "negevsolar.co.il", "IL", "Be'er Sheva", "Gav-Yam Negev, Be'er Sheva 8489325"
    )
    cc = Person("Avi Mizrahi", "avi.mizrahi@negevsolar.co.il", "CISO")
    submitted = when(2026, 9, 1, 12, 0, IDT)
    blocks = (
        kv(
            [
                ("Customer", cust.name),
                ("Service", "Managed Detection &amp; Response (24/7 SOC) - contract MDR-2025-031"),
                ("Reporting month", "July 2026"),
                ("Service start", "1 October 2025"),
            ]
        )
        + "<h2>Coverage</h2>"
        + table(
            [
                ("Microsoft Defender for Endpoint", "418 endpoints, 36 servers"),
                ("Microsoft Defender for Identity", "6 domain controllers"),
                ("Microsoft Defender for Office 365", "390 mailboxes"),
                ("Microsoft Sentinel", "Workspace with 23 data connectors incl. SCADA gateway syslog"),
            ],
            head=("Product", "Scope"),
        )
        + "<h2>SOC activity in July</h2>"
        + table(
            [
                ("Incidents triaged in Microsoft 365 Defender", "61 (3 high, 12 medium, 46 low)"),
                ("Incidents remediated by SOC (isolation, user disable, file quarantine)", "9"),
                ("Sentinel analytics rules tuned / new custom detections", "7 / 3"),
                ("Automated playbooks run (Logic Apps)", "142"),
                ("Threat hunts (KQL) - e.g. inverter-firmware-update spoofing", "4"),
                ("Mean time to respond (high severity)", "22 minutes"),
            ],
            head=("Measure", "Value"),
        )
        + "<h2>Security configuration assessment</h2><p>Monthly review of Secure Score and Defender for Cloud recommendations; "
        "5 recommendations implemented with the customer's IT team.</p>"
    )
    rep = word_report(
        "Monthly SOC Service Report - July 2026",
        "Carmel SecOps · Negev Solar Fields",
        blocks,
        meta=Meta("SOC report July 2026 - Negev Solar", CS_SDM.name, when(2026, 8, 5, 10, 0, IDT)),
        footer="Carmel SecOps Ltd · TLP:AMBER",
    )
    sched_html = (
        "<h1>Service Schedule - Managed Detection &amp; Response</h1>"
        + kv([("Customer", cust.name), ("Provider", CARMEL.name), ("Term", "1 October 2025 - 30 September 2027")])
        + bullets(
            [
                "24/7 SOC monitoring, triage, investigation and response in Microsoft 365 Defender and Defender for Cloud",
                "Management of Microsoft Sentinel: connectors, analytics rules, alert tuning, automated playbooks",
                "Proactive threat hunting in Microsoft 365 Defender and Defender for Cloud (at least 4 hunts per month)",
                "Monthly security configuration assessment across Microsoft 365 Defender and Defender for Cloud",
                "Custom detections in Microsoft 365 Defender and Sentinel",
            ]
        )
        + "<p>Customer renewal confirmation for year 2 of the term.</p>"
        + table(
            [("Customer signature:<br/><br/><br/>", "Provider signature:<br/><br/><br/>"), ("Date:", "Date:")],
            widths=(50, 50),
        )
    )
    doc = render(sched_html)
    env = Envelope(
        guid("env", "negev", upper=True),
        "Complete with Docusign: MDR Service Schedule - year 2.pdf",
        CS_SDM,
        CARMEL.name,
        zone_label="(UTC+02:00) Jerusalem",
        signers=[
            Signer(
                cc,
                cust.name,
                "Customer signature:",
                when(2026, 7, 20, 9, 0, IDT),
                when(2026, 7, 20, 11, 30, IDT),
                when(2026, 7, 21, 8, 12, IDT),
                "5.29.140.8",
                date_anchor="Date:",
                date_fmt=f_dmy,
            ),
            Signer(
                CS_SDM,
                CARMEL.name,
                "Provider signature:",
                when(2026, 7, 20, 9, 0, IDT),
                when(2026, 7, 20, 9, 1, IDT),
                when(2026, 7, 20, 9, 2, IDT),
                "212.143.7.77",
                date_anchor="Date:",
                date_fmt=f_dmy,
                date_nth=1,
            ),
        ],
    )
    sched = docusign(
        doc,
        env,
        "MDR Service Schedule - year 2.pdf",
        Meta("MDR Service Schedule - year 2", CS_SDM.name, when(2026, 7, 20, 8, 55, IDT)),
    )
    p_rep, p_s = "SOC report July 2026 - Negev Solar.pdf", "MDR Service Schedule year 2 (Docusign).pdf"
    claim = cpor_claim(
        "4501107",
        area="Security",
        kind="managed_security_services",
        submitted=submitted,
        partner=CARMEL,
        pc=CS_SDM,
        customer=cust,
        cc=cc,
        workloads=["MANAGED SECURITY SERVICES"],
        docs=[(p_s, "poe"), (p_rep, "poe")],
    )
    return Case(
        claim,
        "CarmelSecOps_NegevSolar",
        {p_rep: rep, p_s: sched},
        "approve",
        f"Managed security services association: the schedule (DocuSign-completed by the customer's CISO on 21 July "
        f"2026, {G_ESIG}) and the monthly SOC report show each qualification - 24/7 SOC in Microsoft 365 Defender, "
        f"Sentinel management, threat hunting, configuration assessment, custom detections - with Defender for "
        f"Endpoint in scope ({G_MSS}). The report is the partner's, the acknowledgement is the signed schedule.",
        "CPOR managed security services claim (non-incentivised) with DocuSign schedule and a SOC service report.",
        expect(CPOR_GOOD, **NO_MAIL),
    )


RIVAGE = Company(
    "Rivage Conseil SRL",
    "rivageconseil.be",
    "BE",
    "Liège",
    "Quai de Rome 25, 4000 Liège",
    location_id="8356894",
    short="Rivage",
)
RV_CP = Person("Julien Lambert", "julien.lambert@rivageconseil.be", "Chef de projet / Project Manager")


def case_rivage_verrerie() -> Case:
    cust = Company(
        "Verrerie Mosane SA",
        "verreriemosane.be",
        "BE",
        "Seraing",
        "Rue de la Verrerie 3, 4100 Seraing",
        short="Verrerie Mosane",
    )
    cc = Person("Isabelle Dubois", "isabelle.dubois@verreriemosane.be", "Responsable IT / IT Manager")
    submitted = when(2026, 3, 12, 15, 0, CET)
    cover = pdf(
        '<br/><br/><br/><h1 style="font-size:22pt">Verrerie Mosane SA</h1><h2>Exchange Online and Outlook Mobile</h2>'
        f"<p>Dossier de preuve d'exécution / Proof of execution pack</p><p>{RIVAGE.name} · March 2026</p>"
        "<p>Contents: 1. Status report · 2. Signed acceptance · 3. E-mail confirmation</p>",
        Meta("cover", RV_CP.name, when(2026, 3, 10, 9, 0, CET)),
    )
    status = word_report(
        "Status Report - Messaging Migration (final)",
        "Rivage Conseil · period ending 27 February 2026",
        kv(
            [
                ("Mailboxes migrated", "318 of 318 (IMAP from the former hosting provider, then cut-over)"),
                ("Shared mailboxes", "7 (orders, export, quality, HR, ...)"),
                (
                    "Outlook Mobile",
                    "142 users on Outlook for iOS/Android with app protection; native mail apps blocked by Conditional Access",
                ),
                ("Furnace shift leaders", "26 shared Android tablets with Outlook in shared-device mode"),
                ("Cut-over", "14 February 2026, 18:00; MX switched 15 February 06:00"),
            ]
        ),
        meta=Meta("Status report final", RV_CP.name, when(2026, 2, 27, 17, 0, CET)),
        footer="Rivage Conseil SRL",
    )
    acc = render(
        "<h1>Acceptance / Réception</h1>"
        f"<p>{escape(cust.name)} accepts the migration to Exchange Online and the Outlook Mobile rollout described in the "
        "final status report of 27 February 2026.</p>"
        f"<p>{escape(cust.name)} réceptionne la migration vers Exchange Online et le déploiement d'Outlook Mobile décrits "
        "dans le rapport final du 27 février 2026.</p>"
        + table([("Name / Nom:", "Signature:<br/><br/><br/>", "Date:")], widths=(34, 40, 26))
    )
    write_near(acc, "Name / Nom:", "I. Dubois", "id-n", size=11)
    sign_near(acc, "Signature:", "isabelle-dubois", dx=8, w=120, h=26, below=True)
    write_near(acc, "Date:", "02/03/2026", "id-d")
    acc_scan = scanned(
        acc, "verrerie", scanner_meta("Canon iR-ADV C5535", when(2026, 3, 2, 16, 0, CET)), dpi=150, skew=-0.7
    )
    m1 = Mail(
        RV_CP,
        [cc],
        "Réception migration messagerie / messaging migration acceptance",
        when(2026, 3, 2, 9, 0, CET),
        "Bonjour Isabelle,\n\nPourriez-vous signer la réception et nous la renvoyer ?\n\nCould you sign the acceptance and send it back?\n\nJulien",
    )
    m2 = Mail(
        cc,
        [RV_CP],
        "RE: Réception migration messagerie / messaging migration acceptance",
        when(2026, 3, 2, 16, 12, CET),
        "Bonjour Julien,\n\nCi-joint la réception signée. Tout fonctionne, y compris Outlook sur les tablettes des chefs de four.\n\n"
        "Attached is the signed acceptance. Everything works, including Outlook on the furnace shift leaders' tablets.\n\n"
        "Isabelle Dubois\nResponsable IT / IT Manager - Verrerie Mosane SA\n\n" + quote_outlook(m1, "gb"),
        in_reply_to=m1.msgid,
        attachments=[("Reception signee.pdf", acc_scan, "application/pdf")],
    )
    printed = printed_thread(RV_CP, [m2, m1], Meta("", "", when(2026, 3, 10, 9, 5, CET), *PRINT_PDF), style="gb")
    merged = merge(
        [cover, status, acc_scan, printed],
        Meta(
            "POE pack - Verrerie Mosane",
            RV_CP.name,
            when(2026, 3, 10, 9, 30, CET),
            creator="PDFsam Basic v5.2.9",
            producer="SAMBox 5.0.6",
        ),
    )
    path = "POE pack Verrerie Mosane (merged).pdf"
    claim = cpor_claim(
        "4501108",
        area="Modern Work",
        submitted=submitted,
        partner=RIVAGE,
        pc=RV_CP,
        customer=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "OUTLOOK MOBILE"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "Rivage_VerrerieMosane",
        {path: merged},
        "approve",
        f"One merged upload: cover, the partner's final status report, the acceptance signed in ink and scanned "
        f"({G_PAPER}) and the printed e-mail in which the customer (verreriemosane.be) sends it back ({G_MAIL}). "
        f"Mailbox and device counts per workload ({G_DETAIL}; {G_CONNECT}); 2 March 2026 ({G_12M}). French and English "
        f"one after the other - the English text is complete ({G_ENGLISH}).",
        "Multi-part merged upload (text pages + scanned page + printed e-mail); bilingual French/English one after the other.",
        expect(CPOR_GOOD, customer_domain=["pass", "not_applicable"]),
    )


SPREEWALD = Company(
    "Spreewald Digital GmbH",
    "spreewald-digital.de",
    "DE",
    "Cottbus",
    "Berliner Straße 18, 03046 Cottbus",
    location_id="8367905",
    short="Spreewald Digital",
)
SD_PL = Person("Anja Richter", "a.richter@spreewald-digital.de", "Projektleiterin / Project Lead")


def case_spreewald_lausitz() -> Case:
    cust = Company(
        "Lausitzer Glaswerke GmbH", "lausitzer-glaswerke.de", "DE", "Weißwasser", "Glasmacherstraße 4, 02943 Weißwasser"
    )
    cc = Person("Thomas Krüger", "t.krueger@lausitzer-glaswerke.de", "IT-Leiter / Head of IT")
    submitted = when(2026, 6, 25, 10, 30, CEST)
    de = (
        "<h3>Abnahmeprotokoll</h3><p>Spreewald Digital hat für die Lausitzer Glaswerke GmbH folgende Leistungen erbracht:</p>"
        + bullets(
            [
                "Microsoft Defender for Office 365 (Plan 2) für 274 Postfächer: Safe Links, Safe Attachments, Schutz vor Identitätswechsel für Geschäftsführung und Einkauf",
                "Quarantäne-Richtlinien und Benachrichtigungen; Meldeschaltfläche in Outlook",
                "Zwei Phishing-Simulationen; Klickrate von 21 % auf 7 % gesenkt",
                "Zeitraum: 13.04.2026 - 05.06.2026",
            ]
        )
        + "<p>Die Leistungen werden hiermit abgenommen.</p>"
    )
    en = (
        "<h3>Acceptance record</h3><p>Spreewald Digital delivered the following services to Lausitzer Glaswerke GmbH:</p>"
        + bullets(
            [
                "Microsoft Defender for Office 365 (Plan 2) for 274 mailboxes: Safe Links, Safe Attachments, impersonation protection for management and purchasing",
                "Quarantine policies and notifications; report button in Outlook",
                "Two phishing simulations; click rate reduced from 21% to 7%",
                "Period: 13 April 2026 - 5 June 2026",
            ]
        )
        + "<p>The services are hereby accepted.</p>"
    )
    html = (
        '<p class="b" style="color:#33691e;font-size:14pt">Spreewald Digital GmbH</p>'
        + table([(de, en)], head=("Deutsch", "English"), widths=(50, 50))
        + table([("Kunde / Customer:<br/><br/><br/>", "Ort, Datum / Place, date:")], widths=(50, 50))
    )
    doc = render(html, deco=running(footer="Spreewald Digital GmbH · HRB 14521 CB · Cottbus", numbers=None))
    sign_near(doc, "Kunde / Customer:", "thomas-krueger", dx=10, w=125, h=28, below=True)
    write_near(doc, "Ort, Datum / Place, date:", "Weißwasser, 10.06.2026", "tk-d", size=10.5)
    data = scanned(
        doc, "spreewald", scanner_meta("Brother ADS-1700W", when(2026, 6, 10, 15, 0, CEST)), dpi=100, skew=0.8, noise=9
    )
    path = "Abnahmeprotokoll MDO Lausitzer Glaswerke.pdf"
    claim = cpor_claim(
        "4501109",
        area="Security",
        submitted=submitted,
        partner=SPREEWALD,
        pc=SD_PL,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR OFFICE"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "Spreewald_LausitzerGlaswerke",
        {path: data},
        "approve",
        f"German/English acceptance record side by side, signed in ink by the customer and scanned at 100 dpi "
        f"({G_PAPER}). The English column carries the full text, so the document is reviewable in English "
        f"({G_ENGLISH}). Mailboxes, policies and results for Defender for Office 365 ({G_DETAIL}; {G_CONNECT}); "
        f"signed 10.06.2026 ({G_12M}).",
        "Bilingual German/English side-by-side columns; low-resolution (100 dpi) noisy image-only scan.",
        expect(CPOR_GOOD, **NO_MAIL),
    )


PENNYWORT = Company(
    "Pennywort Technology Ltd",
    "pennywort.tech",
    "GB",
    "York",
    "Hudson Quarter, 5 Toft Green, York YO1 6JT",
    location_id="8378016",
    short="Pennywort",
)
PW_AM = Person("Callum Reid", "callum.reid@pennywort.tech", "Account Manager")


def case_pennywort_pantry() -> Case:
    cust = Company(
        "Ashcombe Street Retail Holdings plc",
        "pantryandlarder.co.uk",
        "GB",
        "Harrogate",
        "Pantry House, 2 Ashcombe Street, Harrogate HG1 1AB",
        short="Pantry & Larder",
    )
    cc = Person("Hollie Sykes", "hollie.sykes@pantryandlarder.co.uk", "Head of Store Operations")
    submitted = when(2026, 7, 30, 11, 0, BST)
    blocks = (
        kv(
            [
                ("Client", "Pantry &amp; Larder (62 stores, Yorkshire and the North East)"),
                ("Pennywort ref", "PWT-0419"),
                ("Dates", "20 April - 17 July 2026"),
            ]
        )
        + "<h2>Teams for frontline workers</h2>"
        + bullets(
            [
                "1,140 store colleagues on F3 with Teams on shared store iPads (shared device mode) and personal phones (app protection)",
                "Shifts app replacing the paper rota in all 62 stores; time clock with geofence per store",
                "Walkie Talkie for the 9 largest stores; Tasks by Planner for weekly planograms and price changes",
            ]
        )
        + "<h2>Viva Connections</h2>"
        + bullets(
            [
                "Store dashboard: today's shift, tasks, till-system status card, H&amp;S alerts",
                "Area-manager news feed targeted by region",
            ]
        )
    )
    rep = word_report(
        "Frontline Rollout - Closure Note",
        "Pennywort Technology Ltd · July 2026",
        blocks,
        meta=Meta("Frontline closure note PWT-0419", PW_AM.name, when(2026, 7, 17, 16, 0, BST)),
        footer="Pennywort Technology Ltd",
    )
    m1 = Mail(
        PW_AM,
        [cc],
        "PWT-0419 closure note",
        when(2026, 7, 17, 16, 20, BST),
        "Hi Hollie,\n\nClosure note attached for the frontline rollout. Could you confirm you're happy to close?\n\nCallum",
        attachments=[("Frontline closure note PWT-0419.pdf", rep, "application/pdf")],
    )
    m2 = Mail(
        cc,
        [PW_AM],
        "RE: PWT-0419 closure note",
        when(2026, 7, 21, 9, 5, BST),
        "Morning Callum,\n\nYes - happy to close. Shifts and the store dashboard are live in all 62 stores and the area "
        "managers are using Walkie Talkie daily. Thanks to the Pennywort team for getting every store done before the "
        "summer peak.\n\nHollie\n\nHollie Sykes | Head of Store Operations\nPantry & Larder\n\n"
        "Pantry & Larder is a trading name of Ashcombe Street Retail Holdings plc. Registered in England and Wales No. "
        "04418876. Registered office: Pantry House, 2 Ashcombe Street, Harrogate HG1 1AB.\n\n"
        + quote_outlook(m1, "gb"),
        in_reply_to=m1.msgid,
    )
    p_rep, p_mail = "Frontline closure note PWT-0419.pdf", "RE PWT-0419 closure note.eml"
    claim = cpor_claim(
        "4501110",
        area="Modern Work",
        submitted=submitted,
        partner=PENNYWORT,
        pc=PW_AM,
        customer=cust,
        cc=cc,
        workloads=["TEAMS FOR FRONTLINE WORKERS", "VIVA CONNECTIONS"],
        docs=[(p_rep, "poe"), (p_mail, "poe")],
    )
    return Case(
        claim,
        "Pennywort_PantryAndLarder",
        {p_rep: rep, p_mail: eml(m2)},
        "approve",
        f"The claim names the legal entity 'Ashcombe Street Retail Holdings plc'; the partner and the customer use its "
        f"trading name 'Pantry & Larder'. The customer's own e-mail footer ties them together ('Pantry & Larder is a "
        f"trading name of Ashcombe Street Retail Holdings plc') and the mail comes from pantryandlarder.co.uk, the "
        f"claim's domain ({G_NAMES}; {G_MAIL}). Store counts, users and features per workload ({G_DETAIL}; "
        f"{G_CONNECT}); 21 July 2026 ({G_12M}).",
        "Customer known by its trading name, legal name only in the e-mail footer (trap not to flag).",
        expect(CPOR_GOOD, customer_domain="pass"),
    )


NAGISA = Company(
    "Nagisa Technologies KK",
    "nagisa-tech.jp",
    "JP",
    "Fukuoka",
    "2-5-1 Hakataekimae, Hakata-ku, Fukuoka 812-0011",
    location_id="8389127",
    short="Nagisa",
)
NT_PM = Person("Kenji Matsuda", "k.matsuda@nagisa-tech.jp", "Project Manager")


def case_nagisa_hakata() -> Case:
    cust = Company(
        "Hakata Harbour Logistics Co., Ltd.",
        "hakata-hl.co.jp",
        "JP",
        "Fukuoka",
        "1-8 Okihamamachi, Hakata-ku, Fukuoka 812-0031",
        short="Hakata Harbour Logistics",
    )
    cc = Person("Aiko Shimizu", "a.shimizu@hakata-hl.co.jp", "General Manager, IT Planning")
    submitted = when(2026, 9, 24, 14, 0, JST)
    ja = (
        "<h3>本番稼働証明書</h3><p>株式会社渚テクノロジーズは、博多港湾物流株式会社に対し、以下の作業を完了しました。</p>"
        + bullets(
            [
                "Microsoft Intune：Windows 端末 386 台を Autopilot で登録、コンプライアンスポリシーと条件付きアクセスを設定",
                "倉庫用ハンディターミナル 72 台を専用デバイスとして登録",
                "Microsoft Defender for Endpoint：全 386 台と サーバー 14 台をオンボード、ASR ルールをブロックモードで適用",
                "期間：2026年6月1日～2026年8月28日",
            ]
        )
        + "<p>上記のとおり本番稼働したことを証明します。</p>"
    )
    en = (
        "<h3>Go-live certificate</h3><p>Nagisa Technologies KK completed the following work for Hakata Harbour Logistics Co., Ltd.:</p>"
        + bullets(
            [
                "Microsoft Intune: 386 Windows devices enrolled with Autopilot; compliance policies and Conditional Access",
                "72 warehouse handheld terminals enrolled as dedicated devices",
                "Microsoft Defender for Endpoint: all 386 devices and 14 servers onboarded; ASR rules in block mode",
                "Period: June 1, 2026 - August 28, 2026",
            ]
        )
        + "<p>We certify that the above went live in production.</p>"
    )
    html = (
        '<p class="b" style="color:#0d47a1;font-size:14pt">Nagisa Technologies KK / 株式会社渚テクノロジーズ</p>'
        + table([(ja, en)], head=("日本語", "English"), widths=(50, 50))
        + table(
            [
                (
                    "お客様 / Customer: 博多港湾物流株式会社 情報企画部長 清水 愛子 (Aiko Shimizu)",
                    "印 / Seal:<br/><br/><br/><br/>",
                ),
                ("署名 / Signature:<br/><br/><br/>", "日付 / Date:"),
            ],
            widths=(50, 50),
        )
    )
    doc = render(html)
    page, r = find(doc, "印 / Seal:")
    stamp_seal(page, (r.x1 + 60, r.y1 + 26), "博多港湾<br/>物流", r=24)
    sign_near(doc, "署名 / Signature:", "aiko-shimizu", dx=10, w=120, h=26, below=True)
    write_near(doc, "日付 / Date:", "2026/09/04", "as-d", size=11)
    data = scanned(doc, "nagisa", scanner_meta("SHARP MX-3661", when(2026, 9, 4, 17, 0, JST)), dpi=150, skew=-0.3)
    path = "本番稼働証明書_GoLive_HakataHarbourLogistics.pdf"
    claim = cpor_claim(
        "4501111",
        area="Security",
        submitted=submitted,
        partner=NAGISA,
        pc=NT_PM,
        customer=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "Nagisa_HakataHarbourLogistics",
        {path: data},
        "approve",
        f"Japanese/English go-live certificate side by side, sealed and signed by the customer, scanned ({G_PAPER}). "
        f"The English column has the full text ({G_ENGLISH}); device counts per workload ({G_DETAIL}; {G_CONNECT}); "
        f"dated 2026/09/04 (ISO order, {G_12M}). Japan is Market A - irrelevant for CPOR.",
        "Bilingual Japanese/English side-by-side certificate with a red company seal (hanko); image-only scan; non-ASCII file name.",
        expect(CPOR_GOOD, **NO_MAIL),
    )


KERICHO = Company(
    "Kericho Cloud Ltd",
    "kerichocloud.co.ke",
    "KE",
    "Nairobi",
    "The Mirage, Tower 2, Chiromo Road, Nairobi",
    location_id="8390238",
    short="Kericho Cloud",
)
KC_PM = Person("Wanjiru Kamau", "wanjiru.kamau@kerichocloud.co.ke", "Project Manager")


def case_kericho_riftvalley() -> Case:
    cust = Company(
        "Rift Valley Tea Growers Co-operative Society",
        "riftvalleytea.co.ke",
        "KE",
        "Kericho",
        "Moi Highway, Kericho",
        short="RVTG Co-op",
    )
    cc = Person("Daniel Kiprono", "daniel.kiprono@riftvalleytea.co.ke", "ICT Manager")
    submitted = when(2026, 8, 6, 11, 0, EAT)
    html = (
        '<p class="b" style="color:#2e7d32;font-size:15pt">KERICHO CLOUD LTD</p>'
        "<h1>Job Completion Sheet</h1>"
        + kv(
            [
                ("Client", cust.name),
                ("Job", "Email and Teams for head office and 14 buying centres"),
                ("Dates", "04/05/2026 - 10/07/2026"),
            ]
        )
        + table(
            [
                (
                    "Exchange Online",
                    "Migration of 184 mailboxes from the local mail server; shared mailboxes for the 14 buying "
                    "centres; mobile access on Outlook",
                ),
                (
                    "Teams",
                    "Teams for 184 staff; a channel per buying centre for daily leaf "
                    "intake figures; Teams meetings for the board (monthly)",
                ),
                ("Training", "Sessions at Kericho HQ and 3 regional sites"),
            ],
            head=("Work", "Details"),
            widths=(25, 75),
        )
        + "<p>Client confirms the job is complete.</p>"
        + table([("Client name:", "Signature:<br/><br/><br/>", "Date:")], widths=(34, 40, 26))
    )
    doc = render(html)
    write_near(doc, "Client name:", "D. Kiprono", "dk-n", size=11)
    sign_near(doc, "Signature:", "daniel-kiprono", dx=8, w=120, h=26, below=True)
    write_near(doc, "Date:", "15/07/2026", "dk-d")
    photo = phone_photo(
        page_image(doc, 0, dpi=150),
        "kericho",
        when(2026, 7, 15, 12, 10, EAT),
        device=("TECNO", "TECNO CAMON 20"),
        tilt=1.6,
        width=1600,
        quality=76,
    )
    p_photo = "IMG-20260715-WA0007.jpg"
    claim = cpor_claim(
        "4501112",
        area="Modern Work",
        submitted=submitted,
        partner=KERICHO,
        pc=KC_PM,
        customer=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        docs=[(p_photo, "poe")],
    )
    return Case(
        claim,
        "Kericho_RiftValleyTea",
        {p_photo: photo},
        "approve",
        f"Phone photo (WhatsApp-compressed JPEG, strong angle) of a job completion sheet signed in ink by the client's "
        f"ICT Manager: {G_PAPER}. Mailboxes and users per workload ({G_DETAIL}; {G_CONNECT}); signed 15/07/2026 "
        f"(Kenya, day-first; {G_12M}). Kenya is Market C - irrelevant for CPOR.",
        "Only a phone photo (.jpg, WhatsApp name, 1600 px) of a signed paper sheet; no text layer at all.",
        expect(CPOR_GOOD, **NO_MAIL),
        container="zip",
    )


DOLOMITI = Company(
    "Dolomiti Cloud S.r.l.",
    "dolomiticloud.it",
    "IT",
    "Trento",
    "Via Brennero 139, 38121 Trento",
    location_id="8401349",
    short="Dolomiti Cloud",
)
DC_PM = Person("Francesca Zanoni", "f.zanoni@dolomiticloud.it", "Project Manager")


def case_dolomiti_cembra() -> Case:
    cust = Company(
        "Cantine Val di Cembra S.c.a.",
        "cantinevaldicembra.it",
        "IT",
        "Cembra",
        "Via IV Novembre 72, 38034 Cembra Lisignago (TN)",
        short="Cantine Val di Cembra",
    )
    cc = Person("Marco Pedrotti", "m.pedrotti@cantinevaldicembra.it", "Responsabile IT")
    submitted = when(2026, 5, 20, 9, 40, CEST)
    m1 = Mail(
        DC_PM,
        [cc],
        "Chiusura progetto sicurezza - project close-out",
        when(2026, 5, 5, 10, 0, CEST),
        "Ciao Marco,\n\nas agreed, here is the close-out summary in English for the Microsoft submission:\n"
        "- Microsoft Defender for Office 365: Safe Links, Safe Attachments and anti-phishing for 96 mailboxes; "
        "impersonation protection for the board and the export office; quarantine notifications.\n"
        "- Microsoft Entra ID P2: risk-based Conditional Access for all users; PIM for 5 admin roles; access reviews "
        "for the 40 guest accounts of member growers.\n\nCould you confirm acceptance by reply?\n\nGrazie,\nFrancesca",
    )
    m2 = Mail(
        cc,
        [DC_PM],
        "R: Chiusura progetto sicurezza - project close-out",
        when(2026, 5, 6, 17, 30, CEST),
        "Hi Francesca,\n\nConfirmed - we accept the work described below (Defender for Office 365 and Entra ID P2). The "
        "growers are already using the guest access with MFA for the harvest portal.\n\nCordiali saluti / Best regards\n"
        "Marco Pedrotti\nResponsabile IT - Cantine Val di Cembra\n\n"
        "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. "
        "Ai sensi del Regolamento UE 2016/679 (GDPR) ... Se avete ricevuto questo messaggio per errore, vi preghiamo di "
        "informarci e di cancellarlo.\n\n" + quote_outlook(m1, "gb"),
        in_reply_to=m1.msgid,
    )
    path = "R Chiusura progetto sicurezza - project close-out.msg"
    claim = cpor_claim(
        "4501113",
        area="Security",
        submitted=submitted,
        partner=DOLOMITI,
        pc=DC_PM,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR OFFICE", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "Dolomiti_CantineValDiCembra",
        {path: outlook_msg(m2, transport=False)},
        "approve",
        f".msg reply (saved from Sent Items, no transport headers) from the customer's IT manager at "
        f"cantinevaldicembra.it, accepting the work described in the quoted partner e-mail: {G_MAIL}. Mailboxes, "
        f"roles and guests per workload ({G_DETAIL}; {G_CONNECT}); 6 May 2026 ({G_12M}). Only the legal disclaimer "
        f"and greetings are Italian; the substance is in English ({G_ENGLISH}).",
        ".msg without transport headers; quoted thread carries the detail; Italian confidentiality footer.",
        expect(CPOR_GOOD, customer_domain="pass"),
    )


# ==============================================================================================
# Ineligible customers and documents that never count (reject)
# ==============================================================================================
ORSOLYA = Company(
    "Orsolya Digital Kft.",
    "orsolyadigital.hu",
    "HU",
    "Budapest",
    "Váci út 76, 1133 Budapest",
    location_id="8412450",
    short="Orsolya Digital",
)
OD_PM = Person("Bence Farkas", "bence.farkas@orsolyadigital.hu", "Project Manager")


def case_orsolya_affiliate() -> Case:
    cust = Company(
        "Orsolya Logisztika Kft.",
        "orsolyalogisztika.hu",
        "HU",
        "Budapest",
        "Váci út 76, 1133 Budapest",
        short="Orsolya Logisztika",
    )
    cc = Person("Zsófia Tóth", "zsofia.toth@orsolyaholding.hu", "Group CIO, Orsolya Holding Zrt.")
    submitted = when(2026, 4, 8, 10, 0, CEST)
    html = (
        '<p class="b" style="color:#4a148c;font-size:14pt">ORSOLYA DIGITAL</p><p class="small">a member of the Orsolya Holding group</p>'
        "<h1>Closure Report - Intune rollout</h1>"
        + kv(
            [
                ("Customer", f"{cust.name} (Orsolya Holding group company)"),
                (
                    "Basis",
                    "Intra-group IT services agreement "
                    "between Orsolya Digital Kft. and Orsolya Logisztika Kft. dated 2 January 2025",
                ),
                ("Period", "12 January - 20 March 2026"),
            ]
        )
        + bullets(
            [
                "Autopilot and Entra join for 205 laptops at the Budapest and Győr depots",
                "Android Enterprise dedicated devices for 140 Zebra scanners used by forklift drivers",
                "Compliance policies and Conditional Access for the warehouse management system",
            ]
        )
        + "<p>Accepted on behalf of Orsolya Logisztika Kft.:</p>"
        + table([("Name / position:", "Signature:<br/><br/><br/>", "Date:")], widths=(40, 36, 24))
    )
    doc = render(
        html, deco=running(footer="Orsolya Digital Kft. · Cg. 01-09-334455 · Váci út 76, 1133 Budapest", numbers=None)
    )
    write_near(doc, "Name / position:", "Tóth Zsófia, Group CIO", "tz-n", size=10)
    sign_near(doc, "Signature:", "toth-zsofia", dx=8, w=120, h=26, below=True)
    write_near(doc, "Date:", "2026.03.24.", "tz-d")
    data = scanned(
        doc,
        "orsolya",
        scanner_meta("Konica Minolta bizhub C257i", when(2026, 3, 25, 9, 0, CET)),
        dpi=150,
        rotate=[90],
        page_rot=[90],
    )
    path = "Closure report Intune - Orsolya Logisztika.pdf"
    claim = cpor_claim(
        "4501121",
        area="Security",
        submitted=submitted,
        partner=ORSOLYA,
        pc=OD_PM,
        customer=cust,
        cc=cc,
        workloads=["INTUNE"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "OrsolyaDigital_OrsolyaLogisztika",
        {path: data},
        "reject",
        f"The customer is the partner's sister company: the report calls it an 'Orsolya Holding group company', the "
        f"work is under an 'intra-group IT services agreement', both share the registered address, and the signer is "
        f"the group CIO. {G_AFFIL} The guide's own rejection comment for this case ends 'Please note your claim has "
        f"been rejected.' The POE is otherwise fine.",
        "Customer is a partner affiliate (same group, same address, intra-group agreement); scanner stored the page "
        "image sideways with /Rotate 90 so it displays upright.",
        expect(CPOR_GOOD, **NO_MAIL, ineligible_customer="fail"),
    )


TROLLHETTA = Company(
    "Trollhetta Møteromsteknikk AS",
    "trollhetta.no",
    "NO",
    "Oslo",
    "Drammensveien 130, 0277 Oslo",
    location_id="8423561",
    short="Trollhetta",
)
TH_PL = Person("Sindre Haugen", "sindre.haugen@trollhetta.no", "Prosjektleder / Project Lead")


def case_trollhetta_microsoft() -> Case:
    cust = Company(
        "Microsoft Norge AS",
        "microsoft.com",
        "NO",
        "Lysaker",
        "Dronning Eufemias gate 71, 0194 Oslo",
        short="Microsoft Norway",
    )
    cc = Person("Lene Kristiansen", "lenekr@microsoft.com", "Workplace Services Manager")
    submitted = when(2026, 5, 27, 13, 0, CEST)
    html = (
        "<h1>Installation Acceptance - Teams Rooms</h1>"
        + kv(
            [
                ("Customer", f"{cust.name} (Microsoft Norway office)"),
                ("Site", "Dronning Eufemias gate 71, floors 4-6"),
                ("Period", "9 March - 30 April 2026"),
            ]
        )
        + bullets(
            [
                "18 Teams Rooms on Windows (Lenovo ThinkSmart Core, Jabra PanaCast 50) with front-row layout in 4 large rooms",
                "Teams Rooms Pro Management onboarding; room resource accounts and booking policies",
                "2 Surface Hub 3 devices in the briefing centre",
            ]
        )
        + table(
            [
                ("Customer signature:<br/><br/><br/>", "Partner signature:<br/><br/><br/>"),
                ("Date (customer):", "Date (partner):"),
            ],
            widths=(50, 50),
        )
    )
    doc = render(html)
    env = Envelope(
        guid("env", "msno", upper=True),
        "Complete with Docusign: Installation Acceptance - Teams Rooms.pdf",
        TH_PL,
        TROLLHETTA.name,
        zone_label="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
        signers=[
            Signer(
                cc,
                cust.name,
                "Customer signature:",
                when(2026, 5, 4, 9, 0, CEST),
                when(2026, 5, 4, 10, 12, CEST),
                when(2026, 5, 4, 10, 14, CEST),
                "131.107.1.22",
                date_anchor="Date (customer):",
                date_fmt=lambda d: f_dmy(d, "."),
            ),
            Signer(
                TH_PL,
                TROLLHETTA.name,
                "Partner signature:",
                when(2026, 5, 4, 9, 0, CEST),
                when(2026, 5, 4, 9, 1, CEST),
                when(2026, 5, 4, 9, 2, CEST),
                "84.210.3.51",
                date_anchor="Date (partner):",
                date_fmt=lambda d: f_dmy(d, "."),
            ),
        ],
    )
    data = docusign(
        doc,
        env,
        "Installation Acceptance - Teams Rooms.pdf",
        Meta("Installation Acceptance - Teams Rooms", TH_PL.name, when(2026, 5, 4, 8, 50, CEST)),
    )
    path = "Installation Acceptance Teams Rooms - Microsoft Norge.pdf"
    claim = cpor_claim(
        "4501122",
        area="Modern Work",
        submitted=submitted,
        partner=TROLLHETTA,
        pc=TH_PL,
        customer=cust,
        cc=cc,
        workloads=["TEAMS ROOMS"],
        docs=[(path, "poe")],
    )
    return Case(
        claim,
        "Trollhetta_MicrosoftNorge",
        {path: data},
        "reject",
        f"The end customer is Microsoft's own Norwegian subsidiary (microsoft.com tenant): {G_AFFIL} - 'or for any "
        f"services where ... Microsoft is the end customer'. The DocuSign POE is otherwise valid.",
        "Customer is a Microsoft subsidiary (microsoft.com domain).",
        expect(CPOR_GOOD, **NO_MAIL, ineligible_customer="fail"),
    )


DHOW = Company(
    "Dhow Digital FZ-LLC",
    "dhowdigital.ae",
    "AE",
    "Dubai",
    "Dubai Internet City, Building 14, Office 302, Dubai",
    location_id="8434672",
    short="Dhow Digital",
)
DD_AM = Person("Rashid Al Suwaidi", "rashid@dhowdigital.ae", "Account Manager")


def case_dhow_quote() -> Case:
    cust = Company("Al Qusais Trading LLC", "alqusaistrading.ae", "AE", "Dubai", "Al Qusais Industrial Area 2, Dubai")
    cc = Person("Farhan Qureshi", "farhan.q@alqusaistrading.ae", "Finance Manager")
    submitted = when(2026, 6, 4, 11, 0, GST_AE)
    quote = pdf(
        '<table class="nb"><tr><td><span class="b" style="font-size:15pt;color:#00838f">Dhow Digital</span></td>'
        '<td class="r"><span style="font-size:16pt">QUOTATION</span><br/>Q-2026-0412</td></tr></table>'
        + kv([("Customer", cust.name), ("Date", "14 April 2026"), ("Valid until", "14 May 2026")])
        + table(
            [
                (
                    "Microsoft 365 Business Premium (annual commitment, monthly billing)",
                    "180",
                    "AED 84.00",
                    "AED 15,120.00 / month",
                ),
                ("Exchange Online Plan 1 (frontline mailboxes)", "40", "AED 15.00", "AED 600.00 / month"),
                ("Onboarding and migration - fixed price", "1", "AED 18,500.00", "AED 18,500.00"),
            ],
            head=("Item", "Qty", "Unit price", "Total"),
        )
        + "<p>Prices exclude VAT 5%. Licences are provided under the Microsoft Customer Agreement through Dhow Digital as CSP.</p>",
        Meta("Quotation Q-2026-0412", DD_AM.name, when(2026, 4, 14, 12, 0, GST_AE), *ZOHO),
    )
    order = pdf(
        "<h1>CSP Order Form</h1>"
        + kv(
            [
                ("Order no.", "SO-2026-0388"),
                ("Customer", cust.name),
                ("Reference quotation", "Q-2026-0412"),
                ("Subscription start", "1 May 2026"),
                ("Term", "12 months"),
            ]
        )
        + table(
            [("Microsoft 365 Business Premium", "180"), ("Exchange Online Plan 1", "40")], head=("Product", "Seats")
        )
        + "<p>Customer purchase order: PO/AQT/2026/117</p>",
        Meta("Order form SO-2026-0388", DD_AM.name, when(2026, 4, 22, 10, 0, GST_AE), *ZOHO),
    )
    m1 = Mail(
        DD_AM,
        [cc],
        "Quotation Q-2026-0412 - Microsoft 365",
        when(2026, 4, 14, 12, 30, GST_AE),
        "Dear Farhan,\n\nPlease find our quotation for the Microsoft 365 licences attached.\n\nRegards,\nRashid",
        attachments=[("Q-2026-0412.pdf", quote, "application/pdf")],
    )
    m2 = Mail(
        cc,
        [DD_AM],
        "RE: Quotation Q-2026-0412 - Microsoft 365",
        when(2026, 4, 21, 15, 2, GST_AE),
        "Dear Rashid,\n\nApproved. Please proceed with the order for 180 Microsoft 365 Business Premium and 40 Exchange "
        "Online licences as per your quotation; our PO PO/AQT/2026/117 follows.\n\nRegards,\nFarhan Qureshi\n"
        "Finance Manager, Al Qusais Trading LLC\n\n" + quote_outlook(m1, "gb"),
        in_reply_to=m1.msgid,
    )
    p_q, p_o, p_m = "Quotation Q-2026-0412.pdf", "CSP Order Form SO-2026-0388.pdf", "RE Quotation Q-2026-0412.eml"
    claim = cpor_claim(
        "4501123",
        area="Modern Work",
        submitted=submitted,
        partner=DHOW,
        pc=DD_AM,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT 365 APPS", "EXCHANGE ONLINE"],
        docs=[(p_q, "poe"), (p_o, "poe"), (p_m, "poe")],
    )
    return Case(
        claim,
        "DhowDigital_AlQusaisTrading",
        {p_q: quote, p_o: order, p_m: eml(m2)},
        "reject",
        f"The whole POE is a pricing quote, a CSP order form with a purchase-order number and the customer's approval "
        f"of the licence purchase: {G_LICENSING} {G_LIC_MAIL} Nothing describes work performed in the customer's "
        f"workloads ('Proof of execution that does not contain specifications or mention of the activities that the "
        f"partner is driving in the customer's workloads'). {G_REJECTED}",
        "Only unacceptable documents: pricing quote, order form/PO, customer e-mail about a licensing purchase.",
        expect(
            CPOR_GOOD,
            customer_domain=["pass", "not_applicable"],
            unacceptable_documents="fail",
            activity_detail="fail",
            customer_acknowledgement=["fail", "warn"],
            workload_match=["fail", "warn", "pass"],
            acknowledgement_date=["pass", "fail", "warn", "not_applicable"],
        ),
    )


LIGNUM = Company(
    "Lignum Vitae Cloud Ltd",
    "lignumvitaecloud.com",
    "JM",
    "Kingston",
    "12 Trafalgar Road, Kingston 5",
    location_id="8445783",
    short="Lignum Vitae Cloud",
)
LV_SM = Person("Andre Campbell", "andre.campbell@lignumvitaecloud.com", "Sales Manager")


def case_lignum_licence() -> Case:
    cust = Company(
        "Port Royal Shipping Agency Ltd", "portroyalshipping.com.jm", "JM", "Kingston", "1 Port Royal Street, Kingston"
    )
    cc = Person("Simone Reid", "simone.reid@portroyalshipping.com.jm", "General Manager")
    submitted = when(2026, 8, 20, 10, 0, EST)
    mca = pdf(
        "<h1>Microsoft Customer Agreement - Acceptance Record</h1>"
        + kv(
            [
                ("Customer", cust.name),
                ("Accepted by", f"{cc.name}, {cc.title} ({cc.email})"),
                ("Accepted on", "June 3, 2026"),
                ("Billing account", "PRSA-JM-0031"),
                ("Partner (CSP)", LIGNUM.name),
            ]
        )
        + "<p>The customer accepted the Microsoft Customer Agreement, which governs the customer's purchase and use of "
        "Microsoft online services, including the Microsoft Online Subscription terms, Product Terms and the Data Protection "
        "Addendum, as a condition for Microsoft Cloud Solution Provider purchases.</p>",
        Meta("MCA acceptance record", LV_SM.name, when(2026, 6, 3, 12, 0, EST)),
    )
    lic_html = (
        f'<p class="b" style="font-size:14pt;color:#5d4037">{LIGNUM.name}</p>'
        "<h1>Software Licence Agreement and Subscription Schedule</h1>"
        + kv([("Licensee", cust.name), ("Licensor / reseller", LIGNUM.name), ("Effective date", "June 5, 2026")])
        + "<h3>1. Grant</h3><p>Lignum Vitae Cloud resells to the Licensee subscriptions to Microsoft online services listed "
        "in the Schedule, subject to the Microsoft Customer Agreement.</p>"
        "<h3>2. Fees</h3><p>Monthly in advance, in JMD at the published exchange rate.</p>"
        "<h3>3. Term and renewal</h3><p>Twelve (12) months, auto-renewing.</p>"
        + table(
            [
                ("Microsoft 365 Business Premium", "75", "Includes Microsoft Intune Plan 1"),
                ("Microsoft Defender for Business", "75", ""),
            ],
            head=("Subscription", "Licences", "Notes"),
        )
        + table(
            [("Licensee signature:<br/><br/><br/>", "Licensor signature:<br/><br/><br/>"), ("Date:", "Date:")],
            widths=(50, 50),
        )
    )
    doc = render(lic_html, size="letter")
    sign_near(doc, "Licensee signature:", "simone-reid", dx=10, w=120, h=26, below=True)
    sign_near(doc, "Licensor signature:", "andre-campbell", dx=10, w=110, h=24, below=True)
    write_near(doc, "Date:", "6/5/2026", "sr-d", nth=0)
    write_near(doc, "Date:", "6/5/2026", "ac-d", nth=1)
    lic = scanned(doc, "lignum", scanner_meta("Epson ES-580W", when(2026, 6, 6, 9, 0, EST)), dpi=150)
    p_l, p_m = "Licence Agreement PRSA signed.pdf", "MCA acceptance PRSA.pdf"
    claim = cpor_claim(
        "4501124",
        area="Security",
        submitted=submitted,
        partner=LIGNUM,
        pc=LV_SM,
        customer=cust,
        cc=cc,
        workloads=["INTUNE"],
        docs=[(p_l, "poe"), (p_m, "poe")],
    )
    return Case(
        claim,
        "LignumVitae_PortRoyalShipping",
        {p_l: lic, p_m: mca},
        "reject",
        f"The only documents are a signed licence resale agreement and a Microsoft Customer Agreement acceptance - "
        f"both 'A transactional contract for the licensing sale of Microsoft products' ({G_LICENSING}). The signature "
        f"is the customer's, but it acknowledges a purchase, not any Intune work; no activities are described "
        f"({G_DETAIL} not met). {G_REJECTED}",
        "Only licence agreements (reseller licence agreement signed in ink + MCA acceptance record).",
        expect(
            CPOR_GOOD,
            **NO_MAIL,
            unacceptable_documents="fail",
            activity_detail="fail",
            customer_acknowledgement=["fail", "warn", "pass"],
            workload_match=["fail", "warn"],
        ),
        container="zip",
    )


# ==============================================================================================
# assembly, validation, output
# ==============================================================================================
CASES: tuple[Callable[[], Case], ...] = (
    # partner's own template across three clients (shared boilerplate, approve)
    case_wherry_wensum,
    case_wherry_yare,
    case_wherry_bure,
    # one SOW, two workloads, two claims (legitimate sharing)
    case_sandpiper_intune,
    case_sandpiper_mip,
    # real reuse
    case_kananaskis_rooms,
    case_kananaskis_engage,
    case_bluebonnet_brazos,
    case_bluebonnet_lampasas,
    case_marigold_dapoli,
    case_marigold_sindhudurg,
    # public sector
    case_grayhawk_scvusd,
    case_coqui_hospital,
    case_nilgiri_tsu,
    case_driftless_kickapoo,
    case_sindhu_pgmch,
    case_palmetto_lrwa,
    case_sindhu_musi,
    case_sagebrush_owyhee,
    # partner activities
    case_kettle_northwoods,
    case_straitsway_pasir,
    case_ipe_coop,
    case_tuckahoe_jamesriver,
    case_elbufer_hkl,
    case_loughmahon_leevalley,
    case_vistula_ferries,
    case_kumo_setouchi,
    # acknowledgements of every strength
    case_kauri_hokianga,
    case_burren_mrvl,
    case_laurentide_cfhsm,
    case_redgum_clare,
    case_jalon_moncayo,
    case_lindenhof_aaretal,
    case_mistral_fromagerie,
    case_skagerrak_havbruk,
    # dates
    case_mangrove_selangor,
    case_chinook_skeena,
    case_tamarack_rideau,
    case_konark_mahanadi,
    # workloads
    case_danube_holzbau,
    case_pampas_frigorifico,
    case_veldt_capewinelands,
    # more formats
    case_mosaic_vecht,
    case_albatross_otago,
    case_catalpa_bluegrass,
    case_moravia_pivovar,
    case_carmel_negev,
    case_rivage_verrerie,
    case_spreewald_lausitz,
    case_pennywort_pantry,
    case_nagisa_hakata,
    case_kericho_riftvalley,
    case_dolomiti_cembra,
    # ineligible / never-valid documents
    case_orsolya_affiliate,
    case_trollhetta_microsoft,
    case_dhow_quote,
    case_lignum_licence,
)

CHECK_IDS = frozenset(
    {
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
)
STATUSES = frozenset({"pass", "fail", "warn", "not_applicable", "error"})
ROLES = frozenset(
    {"poe", "invoice", "customer_attestation", "partner_attestation", "public_sector_disclosure", "supporting"}
)
AREAS = frozenset({"Modern Work", "Security", "Business Applications", "Azure"})
KINDS = frozenset({"usage", "pre_sales", "revenue", "managed_security_services"})
ACTIVITY = frozenset({"assessment", "standard", "xs_small", "medium", "large"})
CLAIM_STATUS = frozenset({"submitted", "under_review", "action_required", "disputed"})


def _parse_ts(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def validate(case: Case) -> None:
    """Every bundle must be valid per docs/spec 'poe-claim-bundle/1'; every expectation well formed."""
    c, cid = case.claim, case.claim_id
    where = f"{cid} ({case.slug})"
    required = (
        "format",
        "claim_id",
        "program",
        "claim_kind",
        "solution_area",
        "status",
        "submitted_at",
        "incentive_opt_out",
        "partner",
        "customer",
        "workloads",
        "engagement",
        "transaction_date",
        "consent_date",
        "documents",
    )
    for key in required:
        if key not in c:
            raise RuntimeError(f"{where}: claim.json lacks {key}")
    if c["format"] != "poe-claim-bundle/1" or not cid.isdigit():
        raise RuntimeError(f"{where}: bad format or id")
    if not CLAIM_RANGE[0] <= int(cid) <= CLAIM_RANGE[1]:
        raise RuntimeError(f"{where}: claim id outside {CLAIM_RANGE}")
    submitted = _parse_ts(c["submitted_at"])
    if submitted.year != 2026:
        raise RuntimeError(f"{where}: submission must be in 2026")
    if c["solution_area"] not in AREAS or c["status"] not in CLAIM_STATUS:
        raise RuntimeError(f"{where}: bad solution_area/status")
    if c["program"] == "cpor":
        if c["claim_kind"] not in KINDS or c["engagement"] is not None or c["consent_date"] is not None:
            raise RuntimeError(f"{where}: bad CPOR fields")
        if not c["workloads"]:
            raise RuntimeError(f"{where}: CPOR claim without workloads")
        if (c["transaction_date"] is not None) != (c["claim_kind"] == "pre_sales"):
            raise RuntimeError(f"{where}: transaction_date is for pre-sales only")
        if c["solution_area"] == "Business Applications" and any(not w["subscription_id"] for w in c["workloads"]):
            raise RuntimeError(f"{where}: Business Applications workloads need subscription ids")
    elif c["program"] == "partner_activities":
        eng = c["engagement"]
        if (
            c["claim_kind"] is not None
            or not eng
            or eng["activity_type"] not in ACTIVITY
            or eng["payout_type"] not in ("fixed", "variable")
        ):
            raise RuntimeError(f"{where}: bad partner-activities fields")
        if (eng["payout_type"] == "variable") != (eng["proposed_payout_usd"] is not None):
            raise RuntimeError(f"{where}: proposed_payout_usd is for variable payout only")
        dt.date.fromisoformat(c["consent_date"])
    else:
        raise RuntimeError(f"{where}: bad program")
    if c["transaction_date"]:
        dt.date.fromisoformat(c["transaction_date"])
    for party in ("partner", "customer"):
        cc = c[party]["country"]
        if len(cc) != 2 or not cc.isupper():
            raise RuntimeError(f"{where}: bad {party} country")
    if c["customer"]["segment"] not in ("commercial", "public_sector"):
        raise RuntimeError(f"{where}: bad segment")
    listed = [d["path"] for d in c["documents"]]
    if len(set(listed)) != len(listed) or any(d["role"] not in ROLES for d in c["documents"]):
        raise RuntimeError(f"{where}: bad document list")
    missing = set(listed) - set(case.files)
    if missing:
        raise RuntimeError(f"{where}: listed but missing {missing}")
    for entry in c.get("comments", []) + c.get("history", []):
        _parse_ts(entry["at"])
    for d in c["documents"]:
        if d["role"] in ("customer_attestation", "partner_attestation"):
            survey_json = json.loads(case.files[d["path"]])
            if survey_json["format"] != "poe-attestation/1" or survey_json["claim_id"] != cid:
                raise RuntimeError(f"{where}: bad survey export {d['path']}")
            _parse_ts(survey_json["completed_at"])
    if case.decision not in ("approve", "action_required", "reject"):
        raise RuntimeError(f"{where}: bad decision")
    if "reused_evidence" not in case.checks:
        raise RuntimeError(f"{where}: reused_evidence expectation missing")
    for key, value in case.checks.items():
        values = value if isinstance(value, list) else [value]
        if key not in CHECK_IDS or not values or not set(values) <= STATUSES:
            raise RuntimeError(f"{where}: bad check {key}={value}")
    if "'" not in case.why:
        raise RuntimeError(f"{where}: 'why' must quote the guide")


def build_cases() -> list[Case]:
    cases = [make() for make in CASES]
    ids = [c.claim_id for c in cases]
    names = [c.entry for c in cases]
    if len(set(ids)) != len(ids) or len(set(names)) != len(names):
        raise RuntimeError("claim ids and bundle names must be unique")
    for case in cases:
        validate(case)
    return cases


def write_case(out: Path, case: Case) -> Path:
    files = {"claim.json": (json.dumps(case.claim, indent=2, ensure_ascii=False) + "\n").encode("utf-8"), **case.files}
    if case.container == "dir":
        root = out / case.name
        for rel, data in files.items():
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return root
    prefix = case.name + "/" if case.container == "zip-folder" else ""
    path = out / case.entry
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for rel in sorted(files):
            info = zipfile.ZipInfo(prefix + rel, date_time=ZIP_STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in info.filename):
                info.flag_bits |= 0x800  # UTF-8 file name
            archive.writestr(info, files[rel])
    return path


def expectations(cases: Sequence[Case]) -> dict[str, Any]:
    return {
        c.claim_id: {
            "bundle": c.entry,
            "decision": c.decision,
            "why": c.why,
            "shows": c.shows,
            "checks": dict(sorted(c.checks.items())),
        }
        for c in sorted(cases, key=lambda x: x.claim_id)
    }


def build(out_dir: Path) -> None:
    """Write every bundle of held-out set C and ``expected.json`` into ``out_dir`` (created if absent)."""
    out_dir = Path(out_dir)
    cases = build_cases()
    out_dir.mkdir(parents=True, exist_ok=True)
    for case in cases:
        write_case(out_dir, case)
    (out_dir / "expected.json").write_text(
        json.dumps(expectations(cases), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def main(argv: Sequence[str] | None = None) -> int:
    import warnings

    warnings.filterwarnings("ignore", category=DeprecationWarning)
    parser = argparse.ArgumentParser(description="Write held-out test set C (MCI claim bundles + expected.json).")
    parser.add_argument("out", type=Path, help="output directory (must be empty or absent)")
    parser.add_argument("--force", action="store_true", help="empty OUTDIR first if it is not empty")
    args = parser.parse_args(argv)
    out: Path = args.out
    if out.exists():
        if not out.is_dir():
            raise SystemExit(f"{out} exists and is not a directory")
        entries = list(out.iterdir())
        if entries and not args.force:
            raise SystemExit(f"{out} is not empty (use --force to replace its contents)")
        for entry in entries:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
    build(out)
    expected = json.loads((out / "expected.json").read_text(encoding="utf-8"))
    counts: dict[str, int] = {}
    for item in expected.values():
        counts[item["decision"]] = counts.get(item["decision"], 0) + 1
        print(f"{item['decision']:16} {item['bundle']}")
    print(f"{len(expected)} bundles ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}) in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
