"""Write held-out test set B of POE Reviewer: a queue of MCI claim bundles and ``expected.json``.

Written from the MCI claiming guide (June 2025) and the claims-interchange spec only, without
looking at how the review tool decides. Every bundle follows the ``poe-claim-bundle/1`` format
(a directory or a .zip holding ``claim.json`` and the partner's uploads). The documents are
made the way partners make them: their own report templates laid out from HTML by PyMuPDF
(real text layers), slide decks exported to PDF, merged PDFs, Word files (python-docx),
Outlook .msg files (aspose-email-foss) with and without transport headers, .eml files
(``email`` package) with Received chains and Authentication-Results, printed e-mail threads
(newest first), paper signed in ink and scanned (rotated, ~100 dpi) or photographed with a
phone (perspective), e-signature envelopes with and without certificates of completion, and
PDFs digitally signed with pyHanko.

Output is deterministic: fixed dates, ids, seeds, zip timestamps and MIME boundaries.

Run: ``.venv/bin/python tools/make_holdout_b.py OUTDIR [--force]`` (OUTDIR empty or absent).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import shutil
import sys
import uuid
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from email import policy as email_policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from html import escape
from pathlib import Path
from typing import Any

import docx
import pymupdf
from aspose.email_foss.msg import CommonMessagePropertyId, MapiMessage, PropertyTypeCode
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

ZIP_TIME = (2026, 11, 20, 9, 0, 0)

UTC = dt.UTC
EST = dt.timezone(dt.timedelta(hours=-5), "EST")
EDT = dt.timezone(dt.timedelta(hours=-4), "EDT")
CDT = dt.timezone(dt.timedelta(hours=-5), "CDT")
CST = dt.timezone(dt.timedelta(hours=-6), "CST")
MDT = dt.timezone(dt.timedelta(hours=-6), "MDT")
PDT = dt.timezone(dt.timedelta(hours=-7), "PDT")
AST = dt.timezone(dt.timedelta(hours=-4), "AST")
CLT = dt.timezone(dt.timedelta(hours=-3), "CLST")
BST = dt.timezone(dt.timedelta(hours=1), "BST")
GMT = dt.timezone(dt.timedelta(hours=0), "GMT")
CEST = dt.timezone(dt.timedelta(hours=2), "CEST")
CET = dt.timezone(dt.timedelta(hours=1), "CET")
IST = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
SGT = dt.timezone(dt.timedelta(hours=8), "SGT")
JST = dt.timezone(dt.timedelta(hours=9), "JST")
AEST = dt.timezone(dt.timedelta(hours=10), "AEST")
AEDT = dt.timezone(dt.timedelta(hours=11), "AEDT")
NZST = dt.timezone(dt.timedelta(hours=12), "NZST")

_NS = uuid.UUID("0c5e1b7a-2f44-4f0e-8d1c-7a93b6e2d401")


# ----------------------------------------------------------------------------------------------
# ids and dates
# ----------------------------------------------------------------------------------------------
def guid(*parts: str, upper: bool = False) -> str:
    value = str(uuid.uuid5(_NS, "|".join(parts)))
    return value.upper() if upper else value


def hexid(*parts: str, length: int = 32) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:length].upper()


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def d(y: int, m: int, day: int) -> dt.date:
    return dt.date(y, m, day)


def at(y: int, m: int, day: int, hh: int = 10, mm: int = 0, tz: dt.tzinfo = UTC) -> dt.datetime:
    return dt.datetime(y, m, day, hh, mm, tzinfo=tz)


def us(day: dt.date) -> str:
    return f"{day.month}/{day.day}/{day.year}"


def dmy(day: dt.date, sep: str = "/") -> str:
    """Day-first with leading zeros: 05/11/2025 (GB, IN, AU, FR, ES, IT) or 02.11.2025 (DE, CH)."""
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def long_us(day: dt.date) -> str:
    return f"{day.strftime('%B')} {day.day}, {day.year}"


def long_gb(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


def pdf_date(moment: dt.datetime) -> str:
    off = moment.utcoffset() or dt.timedelta(0)
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"D:{moment.strftime('%Y%m%d%H%M%S')}{sign}{minutes // 60:02d}'{minutes % 60:02d}'"


# ----------------------------------------------------------------------------------------------
# parties
# ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Person:
    name: str
    email: str
    title: str

    @property
    def first(self) -> str:
        return self.name.split()[0]


@dataclass(frozen=True)
class Org:
    name: str
    domain: str
    country: str
    city: str
    location_id: str | None = None
    segment: str = "commercial"
    extra_domains: tuple[str, ...] = ()
    short: str = ""

    @property
    def tenant_id(self) -> str:
        return guid("tenant", self.domain)

    @property
    def call(self) -> str:
        return self.short or self.name

    def partner_json(self, contact: Person) -> dict[str, Any]:
        return {
            "name": self.name,
            "location_id": self.location_id,
            "country": self.country,
            "domains": [self.domain, *self.extra_domains],
            "contact": {"name": contact.name, "email": contact.email},
        }

    def customer_json(self, contact: Person) -> dict[str, Any]:
        return {
            "name": self.name,
            "domain": self.domain,
            "tenant_id": self.tenant_id,
            "country": self.country,
            "segment": self.segment,
            "contact": {"name": contact.name, "email": contact.email, "title": contact.title},
        }


# ----------------------------------------------------------------------------------------------
# PDF from HTML (PyMuPDF Story), saved deterministically
# ----------------------------------------------------------------------------------------------
BASE_CSS = """
body { font-family: sans-serif; font-size: 9.5pt; line-height: 1.25; color: #1a1a1a; }
h1 { font-size: 15pt; color: #1f3864; margin: 0 0 6pt 0; }
h2 { font-size: 11.5pt; color: #1f3864; margin: 10pt 0 4pt 0; }
h3 { font-size: 10pt; margin: 8pt 0 3pt 0; }
p { margin: 0 0 5pt 0; }
ul { margin: 0 0 5pt 0; }
li { margin: 0 0 1pt 0; }
table { border-collapse: collapse; width: 100%; margin: 0 0 6pt 0; }
td, th { border: 0.6pt solid #7f7f7f; padding: 2.5pt 4pt; vertical-align: top; text-align: left; }
th { background-color: #d9e2f3; }
.small { font-size: 8pt; color: #555555; }
.tiny { font-size: 7pt; color: #666666; }
.label { background-color: #f2f2f2; width: 170pt; }
.right { text-align: right; }
.sig { height: 34pt; }
.adopted { font-family: serif; font-size: 14pt; color: #0b2a7a; }
.noborder td { border: none; }
.mono { font-family: monospace; font-size: 8.5pt; }
"""
SERIF_CSS = BASE_CSS.replace("font-family: sans-serif", "font-family: serif")
PAGE_BREAK = "<!--page-break-->"


@dataclass(frozen=True)
class PdfMeta:
    title: str
    author: str
    created: dt.datetime
    creator: str = "Microsoft® Word for Microsoft 365"
    producer: str = "Microsoft® Word for Microsoft 365"
    modified: dt.datetime | None = None


def html_pdf(
    blocks: str | Sequence[str],
    meta: PdfMeta,
    *,
    css: str = BASE_CSS,
    paper: str = "letter",
    margins: tuple[float, float, float, float] = (54, 54, 54, 54),
    decorate: Callable[[pymupdf.Document], None] | None = None,
) -> bytes:
    parts = [blocks] if isinstance(blocks, str) else list(blocks)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    mediabox = pymupdf.paper_rect(paper)
    left, top, right, bottom = margins
    area = pymupdf.Rect(mediabox.x0 + left, mediabox.y0 + top, mediabox.x1 - right, mediabox.y1 - bottom)
    device = writer.begin_page(mediabox)
    y = area.y0
    pages = 1
    for html in parts:
        if html == PAGE_BREAK:
            writer.end_page()
            device = writer.begin_page(mediabox)
            y = area.y0
            pages += 1
            continue
        story = pymupdf.Story(html, user_css=css)
        while True:
            if pages > 40:
                raise RuntimeError("runaway layout")
            where = pymupdf.Rect(area.x0, y, area.x1, area.y1)
            more, filled = story.place(where)
            if more and y > area.y0 + 1:
                probe = pymupdf.Story(html, user_css=css)
                overflows_alone, _ = probe.place(area)
                if not overflows_alone:
                    writer.end_page()
                    device = writer.begin_page(mediabox)
                    y = area.y0
                    pages += 1
                    story = pymupdf.Story(html, user_css=css)
                    continue
            story.draw(device)
            if more:
                writer.end_page()
                device = writer.begin_page(mediabox)
                y = area.y0
                pages += 1
                continue
            y = pymupdf.Rect(filled).y1 + 4
            break
    writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    if decorate is not None:
        decorate(doc)
    return save_pdf(doc, meta)


def save_pdf(doc: pymupdf.Document, meta: PdfMeta, *, subset: bool = True) -> bytes:
    modified = meta.modified or meta.created
    doc.set_metadata(
        {
            "title": meta.title,
            "author": meta.author,
            "subject": "",
            "keywords": "",
            "creator": meta.creator,
            "producer": meta.producer,
            "creationDate": pdf_date(meta.created),
            "modDate": pdf_date(modified),
        }
    )
    if subset:
        doc.subset_fonts()
    data: bytes = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return data


def merge_pdfs(parts: Sequence[bytes], meta: PdfMeta) -> bytes:
    """Several PDFs combined into one (what "Combine files" in Acrobat writes)."""
    out = pymupdf.open()
    for part in parts:
        src = pymupdf.open("pdf", part)
        out.insert_pdf(src)
        src.close()
    return save_pdf(out, meta, subset=False)


def draw_signature(page: pymupdf.Page, box: pymupdf.Rect, seed: str, color: tuple[float, float, float]) -> None:
    """Vector ink (an adopted e-signature drawn by the signing service)."""
    digest = hashlib.sha256(seed.encode()).digest()
    shape = page.new_shape()
    x = box.x0 + 2
    mid = (box.y0 + box.y1) / 2
    amp = box.height / 2.4
    step = (box.width - 8) / 7
    point = pymupdf.Point(x, mid + amp * 0.3)
    for i in range(7):
        b = digest[i * 4 : i * 4 + 4]
        c1 = pymupdf.Point(point.x + step * 0.3, mid - amp * (0.4 + b[0] / 400))
        c2 = pymupdf.Point(point.x + step * 0.7, mid + amp * (0.2 + b[1] / 400))
        end = pymupdf.Point(point.x + step, mid + amp * ((b[2] - 128) / 300))
        shape.draw_bezier(point, c1, c2, end)
        point = end
    shape.draw_bezier(
        pymupdf.Point(box.x0 + 6, mid + amp * 0.9),
        pymupdf.Point(box.x0 + box.width * 0.4, mid + amp * 1.1),
        pymupdf.Point(box.x0 + box.width * 0.7, mid + amp * 0.6),
        pymupdf.Point(box.x1 - 6, mid + amp * 0.8),
    )
    shape.finish(color=color, width=1.1, closePath=False)
    shape.commit()


def find_label(page: pymupdf.Page, label: str, occurrence: int = 0) -> pymupdf.Rect | None:
    hits = page.search_for(label)
    return hits[occurrence] if len(hits) > occurrence else None


def sign_at(
    label: str,
    seed: str,
    *,
    dx: float = 0,
    dy: float = 1,
    width: float = 130,
    height: float = 24,
    occurrence: int = 0,
    color: tuple[float, float, float] = (0.05, 0.12, 0.45),
) -> Callable[[pymupdf.Document], None]:
    """Decorator: vector signature placed relative to the ``occurrence``-th ``label`` in the document."""

    def decorate(doc: pymupdf.Document) -> None:
        found = 0
        for page in doc.pages():
            for rect in page.search_for(label):
                if found == occurrence:
                    box = pymupdf.Rect(rect.x0 + dx, rect.y1 + dy, rect.x0 + dx + width, rect.y1 + dy + height)
                    draw_signature(page, box, seed, color)
                    return
                found += 1
        raise RuntimeError(f"signature anchor {label!r} not found")

    return decorate


def stamp_pages(text: str, *, size: float = 7.0, y: float = 22) -> Callable[[pymupdf.Document], None]:
    def decorate(doc: pymupdf.Document) -> None:
        for page in doc.pages():
            page.insert_text(pymupdf.Point(30, y), text, fontname="helv", fontsize=size, color=(0.25, 0.25, 0.25))

    return decorate


def footer_pages(text: str, *, size: float = 6.5) -> Callable[[pymupdf.Document], None]:
    def decorate(doc: pymupdf.Document) -> None:
        for page in doc.pages():
            page.insert_text(
                pymupdf.Point(30, page.rect.height - 16), text, fontname="helv", fontsize=size, color=(0.35, 0.35, 0.35)
            )

    return decorate


def chain(*decorators: Callable[[pymupdf.Document], None] | None) -> Callable[[pymupdf.Document], None]:
    def decorate(doc: pymupdf.Document) -> None:
        for dec in decorators:
            if dec is not None:
                dec(doc)

    return decorate


def image_at(
    label: str, png: bytes, *, dx: float = 0, dy: float = 1, width: float = 120, height: float = 34
) -> Callable[[pymupdf.Document], None]:
    """Decorator: a raster image (a pasted signature picture) placed below ``label``."""

    def decorate(doc: pymupdf.Document) -> None:
        for page in doc.pages():
            for rect in page.search_for(label):
                page.insert_image(
                    pymupdf.Rect(rect.x0 + dx, rect.y1 + dy, rect.x0 + dx + width, rect.y1 + dy + height), stream=png
                )
                return
        raise RuntimeError(f"image anchor {label!r} not found")

    return decorate


def ul(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def rows(pairs: Iterable[tuple[str, str]], label_class: str = "label") -> str:
    return "".join(f'<tr><td class="{label_class}">{escape(k)}</td><td>{escape(v)}</td></tr>' for k, v in pairs)


def table(header: Sequence[str] | None, body: Iterable[Sequence[str]], cls: str = "") -> str:
    head = "<tr>" + "".join(f"<th>{escape(h)}</th>" for h in header) + "</tr>" if header else ""
    rows_html = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in line) + "</tr>" for line in body)
    klass = f' class="{cls}"' if cls else ""
    return f"<table{klass}>{head}{rows_html}</table>"


def box(checked: bool) -> str:
    return "☒" if checked else "☐"


# ----------------------------------------------------------------------------------------------
# Paper: ink, scans, phone photos, image-only PDFs
# ----------------------------------------------------------------------------------------------
def _bezier(
    p0: tuple[float, float], p1: tuple[float, float], p2: tuple[float, float], p3: tuple[float, float]
) -> list[tuple[float, float]]:
    out = []
    for i in range(25):
        t = i / 24
        u = 1 - t
        out.append(
            (
                u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
                u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1],
            )
        )
    return out


def ink_stroke(draw: Any, box_: tuple[float, float, float, float], seed: str, scale: float, fill: Any = 28) -> None:
    """A handwritten-looking signature: cubic Béziers sampled into a polyline."""
    digest = hashlib.sha256(seed.encode()).digest()
    x0, y0, x1, y1 = box_
    mid, amp = (y0 + y1) / 2, (y1 - y0) / 2.4
    step = (x1 - x0 - 8 * scale) / 7
    start = (x0 + 2 * scale, mid + amp * 0.3)
    points: list[tuple[float, float]] = []
    for i in range(7):
        b = digest[i * 4 : i * 4 + 4]
        c1 = (start[0] + step * 0.3, mid - amp * (0.4 + b[0] / 400))
        c2 = (start[0] + step * 0.7, mid + amp * (0.2 + b[1] / 400))
        end = (start[0] + step, mid + amp * ((b[2] - 128) / 300))
        points += _bezier(start, c1, c2, end)
        start = end
    width = max(2, round(1.3 * scale))
    draw.line(points, fill=fill, width=width, joint="curve")
    flourish = _bezier(
        (x0 + 6 * scale, mid + amp * 0.9),
        (x0 + (x1 - x0) * 0.4, mid + amp * 1.1),
        (x0 + (x1 - x0) * 0.7, mid + amp * 0.6),
        (x1 - 6 * scale, mid + amp * 0.8),
    )
    draw.line(flourish, fill=fill, width=width, joint="curve")


def handwriting(draw: Any, xy: tuple[float, float], text: str, size: float, fill: Any = 30) -> None:
    """Handwritten date/initials next to a signature (a slanted serif font stands in for the pen)."""
    from PIL import ImageFont

    try:
        font = ImageFont.truetype("DejaVuSerif-Italic.ttf", int(size))
    except OSError:
        font = ImageFont.load_default(size=int(size))
    draw.text(xy, text, fill=fill, font=font)


@dataclass(frozen=True)
class Ink:
    """Where a page is signed by hand: right of / below ``label`` (offsets in PDF points)."""

    label: str
    seed: str
    dx: float = 0
    dy: float = -4
    width: float = 130
    height: float = 26
    date_text: str = ""
    date_dx: float = 150
    below: bool = False
    occurrence: int = 0
    page: int | None = None


def render_gray(page: pymupdf.Page, dpi: int) -> Any:
    from PIL import Image

    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    return Image.frombytes("L", (pix.width, pix.height), pix.samples)


def apply_ink(image: Any, page: pymupdf.Page, inks: Sequence[Ink], dpi: int) -> None:
    from PIL import ImageDraw

    scale = dpi / 72
    draw = ImageDraw.Draw(image)
    for ink in inks:
        if ink.page is not None and ink.page != page.number:
            continue
        hit = find_label(page, ink.label, ink.occurrence)
        if hit is None:
            continue
        x0 = ((hit.x0 if ink.below else hit.x1) + ink.dx) * scale
        y0 = ((hit.y1 if ink.below else hit.y0) + ink.dy) * scale
        if ink.width > 0:
            ink_stroke(draw, (x0, y0, x0 + ink.width * scale, y0 + ink.height * scale), ink.seed, scale)
        if ink.date_text:
            handwriting(draw, (x0 + ink.date_dx * scale, y0 + 4 * scale), ink.date_text, 11 * scale)


def scan_pages(
    pdf: bytes,
    seed: str,
    *,
    inks: Sequence[Ink] = (),
    dpi: int = 150,
    skew: float = 1.2,
    rotate: int = 0,
    quality: int = 55,
) -> list[bytes]:
    """Print, sign by hand and scan: one grey JPEG per page (specks, grey glass, skew, optional 90° turn)."""
    from PIL import Image, ImageDraw

    doc = pymupdf.open("pdf", pdf)
    scans = []
    for number, page in enumerate(doc.pages()):
        image = render_gray(page, dpi)
        apply_ink(image, page, inks, dpi)
        draw = ImageDraw.Draw(image)
        specks = hashlib.shake_256(f"{seed}|specks|{number}".encode()).digest(3 * 900)
        for i in range(0, len(specks), 3):
            x = int.from_bytes(specks[i : i + 2], "big") % image.width
            y = (specks[i + 2] * 257 + specks[i]) % image.height
            draw.point((x, y), fill=80 + specks[i + 1] % 110)
        image = image.point(lambda v: min(v, 238))
        tilt = skew if number % 2 == 0 else -skew * 0.7
        image = image.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=238)
        if rotate:
            image = image.rotate(rotate, expand=True)
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality, dpi=(dpi, dpi))
        scans.append(out.getvalue())
    doc.close()
    return scans


def image_pdf(scans: Sequence[bytes], meta: PdfMeta, *, dpi: int = 150) -> bytes:
    """Image-only PDF (scan-to-PDF of a multifunction printer): no text layer."""
    from PIL import Image

    doc = pymupdf.open()
    for jpeg in scans:
        w, h = Image.open(io.BytesIO(jpeg)).size
        page = doc.new_page(width=w * 72 / dpi, height=h * 72 / dpi)
        page.insert_image(page.rect, stream=jpeg)
    return save_pdf(doc, meta, subset=False)


def _perspective_coeffs(src: Sequence[tuple[float, float]], dst: Sequence[tuple[float, float]]) -> list[float]:
    """Coefficients for PIL's PERSPECTIVE transform mapping output points ``dst`` to input points ``src``."""
    import numpy as np

    a = []
    b = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    sol = np.linalg.solve(np.array(a, dtype=float), np.array(b, dtype=float))
    return [float(round(c, 12)) for c in sol]


def phone_photo(
    pdf: bytes,
    seed: str,
    *,
    page_no: int = 0,
    inks: Sequence[Ink] = (),
    dpi: int = 110,
    when: dt.datetime,
    model: tuple[str, str] = ("Apple", "iPhone 13"),
) -> bytes:
    """A phone photo of a printed, signed page lying on a desk: perspective, uneven light, JPEG + EXIF."""
    from PIL import Image, ImageFilter

    doc = pymupdf.open("pdf", pdf)
    page = doc[page_no]
    sheet = render_gray(page, dpi)
    apply_ink(sheet, page, inks, dpi)
    doc.close()
    sheet = sheet.convert("RGB")
    w, h = sheet.size
    pad_x, pad_y = int(w * 0.16), int(h * 0.12)
    canvas = Image.new("RGB", (w + 2 * pad_x, h + 2 * pad_y), (118, 92, 66))
    # a wood-ish desk: horizontal streaks from the seed
    streaks = hashlib.shake_256(f"{seed}|desk".encode()).digest(canvas.height)
    px = canvas.load()
    for y in range(0, canvas.height, 2):
        shade = streaks[y] % 18 - 9
        for x in range(0, canvas.width, 6):
            for dx_ in range(6):
                if x + dx_ < canvas.width:
                    px[x + dx_, y] = (118 + shade, 92 + shade, 66 + shade)
                    if y + 1 < canvas.height:
                        px[x + dx_, y + 1] = (118 + shade, 92 + shade, 66 + shade)
    canvas.paste(sheet, (pad_x, pad_y))
    cw, ch = canvas.size
    jitter = hashlib.sha256(f"{seed}|corners".encode()).digest()
    # where the sheet's corners land in the photo (the phone held at an angle, closer to the top)
    dst = [
        (pad_x * 0.55 + jitter[0] % 15, pad_y * 0.8 + jitter[1] % 12),
        (cw - pad_x * 0.45 - jitter[2] % 15, pad_y * 0.35 + jitter[3] % 12),
        (cw - pad_x * 0.95 - jitter[4] % 10, ch - pad_y * 0.55 - jitter[5] % 10),
        (pad_x * 1.15 + jitter[6] % 10, ch - pad_y * 0.75 - jitter[7] % 10),
    ]
    src = [(pad_x, pad_y), (pad_x + w, pad_y), (pad_x + w, pad_y + h), (pad_x, pad_y + h)]
    coeffs = _perspective_coeffs(src, dst)
    photo = canvas.transform(
        (cw, ch), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=(96, 74, 52)
    )
    # uneven light: darker towards the bottom-right corner
    corners = Image.new("L", (2, 2))
    corners.putdata([255, 238, 232, 196])
    shade = corners.resize((cw, ch), Image.Resampling.BILINEAR)
    photo = Image.composite(photo, Image.new("RGB", (cw, ch), (40, 32, 24)), shade)
    photo = photo.filter(ImageFilter.GaussianBlur(0.6))
    exif = Image.Exif()
    exif[0x010F] = model[0]
    exif[0x0110] = model[1]
    exif[0x0132] = when.strftime("%Y:%m:%d %H:%M:%S")
    exif[0x0131] = "17.6.1"
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=80, exif=exif.tobytes())
    return out.getvalue()


def signature_png(seed: str, *, width: int = 360, height: int = 100) -> bytes:
    """A signature picture cut out of a scan (white background, blue-black ink), as partners paste it."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    ink_stroke(draw, (6, 8, width - 6, height - 10), seed, 2.6, fill=(20, 30, 90))
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()


def screenshot_png(html: str, *, width: float = 640, height: float = 430, dpi: int = 96) -> bytes:
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    story = pymupdf.Story(html, user_css=BASE_CSS)
    rect = pymupdf.Rect(0, 0, width, height)
    device = writer.begin_page(rect)
    story.place(pymupdf.Rect(12, 10, width - 12, height - 10))
    story.draw(device)
    writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    png: bytes = doc[0].get_pixmap(dpi=dpi).tobytes("png")
    doc.close()
    return png


# ----------------------------------------------------------------------------------------------
# Digital signatures (pyHanko), pinned clock and ids
# ----------------------------------------------------------------------------------------------
CERT_NOT_BEFORE = dt.datetime(2026, 1, 1, tzinfo=UTC)
CERT_NOT_AFTER = dt.datetime(2029, 1, 1, tzinfo=UTC)


def signer_identity(seed: str, person: Person, org: Org) -> tuple[bytes, bytes]:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.x509.oid import NameOID

    key = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(f"holdout-b-key|{seed}".encode()).digest())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, person.name),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, person.email),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org.name),
            x509.NameAttribute(NameOID.COUNTRY_NAME, org.country),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(int(hexid("serial", seed, length=16), 16))
        .not_valid_before(CERT_NOT_BEFORE)
        .not_valid_after(CERT_NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(person.email)]), critical=False)
        .sign(key, None)
    )
    key_der = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return cert.public_bytes(serialization.Encoding.DER), key_der


def digitally_sign(
    pdf: bytes, seed: str, person: Person, org: Org, when: dt.datetime, *, label: str, reason: str, location: str
) -> bytes:
    """Sign ``pdf`` with the person's digital ID in a visible field right of ``label``."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert_der, key_der = signer_identity(seed, person, org)
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert_der),
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore(),
    )
    doc = pymupdf.open("pdf", pdf)
    where = None
    for i, page in enumerate(doc.pages()):
        hit = find_label(page, label)
        if hit is not None:
            where = (i, hit, page.rect.height)
    doc.close()
    if where is None:
        raise RuntimeError(f"signature anchor {label!r} not found")
    page_no, hit, height = where
    box_ = (int(hit.x1 + 12), int(height - hit.y1 - 22), int(hit.x1 + 200), int(height - hit.y0 + 4))

    class FixedClockSigner(signers.PdfSigner):
        def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
            session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
            session.system_time = when
            return session

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)

    class PinnedClockMeta(type(writer._meta)):  # type: ignore[misc]
        def __setattr__(self, name: str, value: Any) -> None:
            super().__setattr__(name, when if (name, value) == ("last_modified", "now") else value)

    writer._meta.__class__ = PinnedClockMeta
    writer._document_id = generic.ArrayObject(
        [generic.ByteStringObject(hashlib.sha256(f"pdf-id|{p}|{seed}".encode()).digest()[:16]) for p in "12"]
    )
    meta = signers.PdfSignatureMetadata(field_name="Signature1", reason=reason, location=location)
    pdf_signer = FixedClockSigner(
        meta, signer=signer, new_field_spec=fields.SigFieldSpec("Signature1", on_page=page_no, box=box_)
    )
    return bytes(pdf_signer.sign_pdf(writer).getvalue())


# ----------------------------------------------------------------------------------------------
# Word documents
# ----------------------------------------------------------------------------------------------
def normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def docx_bytes(build: Callable[[DocxDocument], None], *, title: str, author: str, created: dt.datetime) -> bytes:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    build(document)
    props = document.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = created.astimezone(UTC).replace(tzinfo=None)
    props.modified = created.astimezone(UTC).replace(tzinfo=None)
    props.revision = 4
    props.comments = ""
    props.subject = ""
    props.keywords = ""
    props.category = ""
    buf = io.BytesIO()
    document.save(buf)
    return normalise_zip(buf.getvalue())


def w_table(document: DocxDocument, header: Sequence[str] | None, body: Sequence[Sequence[str]]) -> None:
    ncols = len(header) if header else len(body[0])
    tbl = document.add_table(rows=0, cols=ncols)
    tbl.style = "Table Grid"
    if header:
        cells = tbl.add_row().cells
        for cell, text in zip(cells, header, strict=True):
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.bold = True
    for line in body:
        cells = tbl.add_row().cells
        for cell, text in zip(cells, line, strict=True):
            cell.text = text
    document.add_paragraph()


def w_bullets(document: DocxDocument, items: Iterable[str]) -> None:
    for item in items:
        document.add_paragraph(item, style="List Bullet")


def w_heading(
    document: DocxDocument, text: str, level: int = 1, color: tuple[int, int, int] = (0x1F, 0x38, 0x64)
) -> None:
    heading = document.add_heading(text, level=level)
    for run in heading.runs:
        run.font.color.rgb = RGBColor(*color)


def w_para(
    document: DocxDocument,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
    center: bool = False,
) -> None:
    par = document.add_paragraph()
    run = par.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if center:
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ----------------------------------------------------------------------------------------------
# E-mail: .eml (email package), .msg (aspose-email-foss), printed threads (PDF)
# ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Mail:
    sender: Person
    to: tuple[Person, ...]
    date: dt.datetime
    subject: str
    body: str
    cc: tuple[Person, ...] = ()
    attachments: tuple[tuple[str, bytes, str], ...] = ()
    mailer: str = "Microsoft Outlook 16.0"
    headers: tuple[tuple[str, str], ...] = ()
    display_from: str = ""

    @property
    def message_id(self) -> str:
        local = hexid(self.subject, self.sender.email, self.date.isoformat(), length=24)
        domain = self.sender.email.split("@", 1)[1]
        return f"<{local}@{domain}>"

    @property
    def sender_domain(self) -> str:
        return self.sender.email.split("@", 1)[1]


def _boundary(mail: Mail) -> str:
    return "_000_" + hexid("boundary", mail.message_id, length=28) + "_"


def email_message(mail: Mail) -> EmailMessage:
    em = EmailMessage(policy=email_policy.SMTP)
    em["From"] = formataddr((mail.display_from or mail.sender.name, mail.sender.email))
    em["To"] = ", ".join(formataddr((p.name, p.email)) for p in mail.to)
    if mail.cc:
        em["Cc"] = ", ".join(formataddr((p.name, p.email)) for p in mail.cc)
    em["Subject"] = mail.subject
    em["Date"] = format_datetime(mail.date)
    em["Message-ID"] = mail.message_id
    for name, value in mail.headers:
        em[name] = value
    em["MIME-Version"] = "1.0"
    if mail.mailer:
        em["X-Mailer"] = mail.mailer
    em.set_content(mail.body, charset="utf-8")
    for name, data, mime in mail.attachments:
        maintype, subtype = mime.split("/", 1)
        em.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if mail.attachments:
        em.set_boundary(_boundary(mail))
    return em


def _octet(*parts: str) -> int:
    return int(hexid(*parts, length=2), 16) % 200 + 20


def transport_chain(mail: Mail, *, auth: str = "pass", exchange_online: bool = True) -> list[str]:
    """A Received chain as Exchange Online writes it, plus Authentication-Results and a DKIM-Signature."""
    sd = mail.sender_domain
    rd = mail.to[0].email.split("@", 1)[1]
    t0 = mail.date
    t1 = t0 + dt.timedelta(seconds=2)
    t2 = t0 + dt.timedelta(seconds=4)
    o = _octet(sd)
    pod = hexid("pod", sd, length=4)
    lines = []
    if exchange_online:
        lines.append(
            f"Received: from {rd.split('.')[0].upper()[:4]}PR05MB{pod}.namprd05.prod.outlook.com (2603:10b6:a03:3c4::{o:x}) "
            f"by SA1PR05MB{hexid('rcpt', rd, length=4)}.namprd05.prod.outlook.com with HTTPS; {format_datetime(t2)}"
        )
        lines.append(
            f"Received: from mail-{sd.split('.')[0][:10]}.outbound.protection.outlook.com (198.51.100.{o}) by "
            f"BN1NAM02FT0{o % 90 + 10}.mail.protection.outlook.com (10.13.2.{o % 250}) with Microsoft SMTP Server "
            f"(version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.{o * 7}; {format_datetime(t1)}"
        )
    else:
        lines.append(
            f"Received: from mx.{rd} (mx.{rd} [192.0.2.{o}]) by mailstore.{rd} with LMTP; {format_datetime(t2)}"
        )
        lines.append(
            f"Received: from smtp.{sd} (smtp.{sd} [203.0.113.{o}]) by mx.{rd} with ESMTPS id "
            f"{hexid('q', sd, mail.subject, length=10)}; {format_datetime(t1)}"
        )
    lines.append(
        f"Received: from {sd.split('.')[0].upper()[:6]}MB{hexid('sender', sd, length=4)}.internal "
        f"([fe80::{o:x}:{o * 3:x}]) by {sd.split('.')[0].upper()[:6]}MB{hexid('sender', sd, length=4)}"
        f".internal with mapi id 15.20.8207.017; {format_datetime(t0)}"
    )
    if auth == "pass":
        lines.append(
            f"Authentication-Results: spf=pass (sender IP is 198.51.100.{o}) smtp.mailfrom={sd}; "
            f"dkim=pass (signature was verified) header.d={sd};dmarc=pass action=none header.from={sd};"
            f"compauth=pass reason=100"
        )
    elif auth == "none":
        lines.append(
            f"Authentication-Results: spf=none (sender IP is 203.0.113.{o}) smtp.mailfrom={sd}; "
            f"dkim=none (message not signed) header.d=none;dmarc=none action=none header.from={sd};"
            f"compauth=softpass reason=201"
        )
    bh = hashlib.sha256(mail.body.encode()).digest()
    import base64

    lines.append(
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={sd}; s=selector1; "
        f"h=From:Date:Subject:Message-ID:Content-Type:MIME-Version; "
        f"bh={base64.b64encode(bh).decode()}; "
        f"b={base64.b64encode(hashlib.sha512(('sig' + mail.message_id).encode()).digest()).decode()}"
    )
    return lines


def eml_bytes(mail: Mail, *, transport: str = "full", auth: str = "pass", exchange_online: bool = True) -> bytes:
    """``transport``: ``full`` (Received chain, Authentication-Results, DKIM), ``one`` (a single Received),
    ``none`` (what "Save as" from a client writes: only the message headers)."""
    em = email_message(mail)
    body = em.as_bytes(policy=email_policy.SMTP)
    if transport == "none":
        return body
    if transport == "one":
        sd = mail.sender_domain
        rd = mail.to[0].email.split("@", 1)[1]
        head = (
            f"Received: from mail.{sd} (mail.{sd} [203.0.113.{_octet(sd)}]) by mx.{rd} with ESMTPS; "
            f"{format_datetime(mail.date + dt.timedelta(seconds=3))}\r\n"
        )
        return head.encode() + body
    head = "".join(f"{line}\r\n" for line in transport_chain(mail, auth=auth, exchange_online=exchange_online))
    return head.encode() + body


def msg_bytes(mail: Mail, *, transport: bool = True, auth: str = "pass") -> bytes:
    """A real Outlook .msg (compound file). ``transport=False``: saved from Sent Items / dragged from a
    shared mailbox, so no PR_TRANSPORT_MESSAGE_HEADERS."""
    message = MapiMessage.from_email_message(email_message(mail))
    string = PropertyTypeCode.PTYP_STRING
    message.set_property(0x5D01, string, mail.sender.email)
    message.set_property(0x5D02, string, mail.sender.email)
    if transport:
        head = transport_chain(mail, auth=auth)
        head += [
            f"From: {formataddr((mail.display_from or mail.sender.name, mail.sender.email))}",
            f"To: {', '.join(formataddr((p.name, p.email)) for p in mail.to)}",
        ]
        if mail.cc:
            head.append(f"CC: {', '.join(formataddr((p.name, p.email)) for p in mail.cc)}")
        head += [
            f"Subject: {mail.subject}",
            f"Date: {format_datetime(mail.date)}",
            f"Message-ID: {mail.message_id}",
            'Content-Type: text/plain; charset="utf-8"',
            "MIME-Version: 1.0",
            f"X-MS-Has-Attach: {'yes' if mail.attachments else ''}",
        ]
        message.set_property(CommonMessagePropertyId.TRANSPORT_MESSAGE_HEADERS, string, "\r\n".join(head) + "\r\n\r\n")
    else:
        message.set_property(CommonMessagePropertyId.MESSAGE_DELIVERY_TIME, PropertyTypeCode.PTYP_TIME, mail.date)
    data: bytes = message.to_bytes()
    return data


def sent_line(moment: dt.datetime, style: str) -> str:
    if style == "gb":
        return f"{moment.strftime('%A')}, {moment.day} {moment.strftime('%B %Y %H:%M')}"
    if style == "de":
        days = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
        months = [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ]
        return f"{days[moment.weekday()]}, {moment.day}. {months[moment.month - 1]} {moment.year} {moment.strftime('%H:%M')}"
    return f"{moment.strftime('%A, %B')} {moment.day}, {moment.year} {moment.strftime('%I:%M %p').lstrip('0')}"


def quoted_header(mail: Mail, style: str) -> str:
    lines = [
        f"From: {mail.display_from or mail.sender.name} <{mail.sender.email}>",
        f"Sent: {sent_line(mail.date, style)}",
        f"To: {'; '.join(f'{p.name} <{p.email}>' for p in mail.to)}",
    ]
    if mail.cc:
        lines.append(f"Cc: {'; '.join(f'{p.name} <{p.email}>' for p in mail.cc)}")
    lines.append(f"Subject: {mail.subject}")
    return "\n".join(lines)


def reply_body(text: str, earlier: Sequence[Mail], style: str) -> str:
    """An Outlook reply body: the new text, then each earlier message (newest first) under its header block."""
    parts = [text.rstrip()]
    for m in earlier:
        parts.append("________________________________\n" + quoted_header(m, style) + "\n\n" + m.body.rstrip())
    return "\n\n".join(parts) + "\n"


def _pre(text: str) -> str:
    return "".join(f"<p>{escape(line) if line.strip() else '&nbsp;'}</p>" for line in text.split("\n"))


def thread_pdf(owner: str, thread: Sequence[Mail], meta: PdfMeta, style: str = "us") -> bytes:
    """An e-mail thread printed from Outlook to PDF: mailbox owner on top, newest message first, the
    earlier ones each under their header block."""
    css = BASE_CSS + "p { margin: 0 0 1.5pt 0; } .hdr td { border: none; padding: 0 4pt 0 0; font-size: 9pt; }"
    top, rest = thread[0], thread[1:]
    head = [
        ("From:", f"{top.display_from or top.sender.name} <{top.sender.email}>"),
        ("Sent:", sent_line(top.date, style)),
        ("To:", "; ".join(f"{p.name} <{p.email}>" for p in top.to)),
    ]
    if top.cc:
        head.append(("Cc:", "; ".join(f"{p.name} <{p.email}>" for p in top.cc)))
    head.append(("Subject:", top.subject))
    if top.attachments:
        head.append(("Attachments:", "; ".join(a[0] for a in top.attachments)))
    blocks = [
        f"<p style='font-size:13pt'><b>{escape(owner)}</b></p><hr/>",
        "<table class='hdr'>"
        + "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in head)
        + "</table><p>&nbsp;</p>",
        _pre(top.body.rstrip()),
    ]
    for m in rest:
        blocks.append("<hr/>" + _pre(quoted_header(m, style)) + "<p>&nbsp;</p>" + _pre(m.body.rstrip()))
    return html_pdf(blocks, meta, css=css, margins=(50, 46, 50, 50), decorate=footer_pages(f"Printed by {owner}"))


# ----------------------------------------------------------------------------------------------
# Slides (a deck exported to PDF)
# ----------------------------------------------------------------------------------------------
DECK_CSS = """
body { font-family: sans-serif; font-size: 13pt; line-height: 1.3; color: #222222; }
h1 { font-size: 26pt; color: #ffffff; margin: 0; }
h2 { font-size: 20pt; color: #0f3d5e; margin: 0 0 10pt 0; }
p { margin: 0 0 6pt 0; }
li { margin: 0 0 4pt 0; }
table { border-collapse: collapse; width: 100%; font-size: 11pt; }
td, th { border: 0.8pt solid #9aa9b8; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background-color: #0f3d5e; color: #ffffff; }
.small { font-size: 9pt; color: #666666; }
"""


def deck_pdf(
    slides: Sequence[str],
    meta: PdfMeta,
    *,
    brand: str,
    color: tuple[float, float, float] = (0.06, 0.24, 0.37),
    footer: str = "",
) -> bytes:
    """A 16:9 slide deck exported to PDF (PowerPoint "Save as PDF"): one slide per page with a brand bar."""
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    rect = pymupdf.Rect(0, 0, 720, 405)
    for html in slides:
        device = writer.begin_page(rect)
        story = pymupdf.Story(html, user_css=DECK_CSS)
        story.place(pymupdf.Rect(36, 40, 684, 380))
        story.draw(device)
        writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    for number, page in enumerate(doc.pages(), 1):
        page.draw_rect(pymupdf.Rect(0, 0, 720, 26), color=None, fill=color, overlay=False)
        page.insert_text(pymupdf.Point(36, 17), brand, fontname="hebo", fontsize=10, color=(1, 1, 1))
        page.insert_text(pymupdf.Point(36, 396), footer, fontname="helv", fontsize=7, color=(0.4, 0.4, 0.4))
        page.insert_text(pymupdf.Point(676, 396), str(number), fontname="helv", fontsize=8, color=(0.4, 0.4, 0.4))
    meta2 = PdfMeta(
        meta.title,
        meta.author,
        meta.created,
        creator="Microsoft® PowerPoint® for Microsoft 365",
        producer="Microsoft® PowerPoint® for Microsoft 365",
    )
    return save_pdf(doc, meta2)


# ----------------------------------------------------------------------------------------------
# E-signature envelopes
# ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Envelope:
    vendor: str  # "Docusign", "Acrobat Sign", "Yousign"
    envelope_id: str
    signer: Person
    signer_org: Org
    sender: Person
    sent: dt.datetime
    viewed: dt.datetime
    signed: dt.datetime
    subject: str
    pages: int = 3
    date_style: str = "us"
    extra_signers: tuple[tuple[Person, dt.datetime], ...] = ()

    def stamp(self) -> str:
        if self.vendor == "Docusign":
            return f"Docusign Envelope ID: {self.envelope_id}"
        if self.vendor == "Acrobat Sign":
            return f"Adobe Acrobat Sign Transaction ID: {self.envelope_id}"
        return f"Yousign - Dossier {self.envelope_id}"

    def fmt(self, moment: dt.datetime) -> str:
        if self.date_style == "us":
            return f"{us(moment.date())} | {moment.strftime('%I:%M %p').lstrip('0')}"
        return f"{dmy(moment.date())} | {moment.strftime('%H:%M')}"

    def signature_id(self, person: Person) -> str:
        return hexid("sigid", self.envelope_id, person.email, length=32)

    def block(self, person: Person | None = None, signed: dt.datetime | None = None) -> str:
        person = person or self.signer
        signed = signed or self.signed
        if self.vendor == "Docusign":
            return (
                f"<span class='small'>DocuSigned by:</span><br/><i class='adopted'>{escape(person.name)}</i><br/>"
                f"<span class='tiny'>{self.signature_id(person)[:16]}...</span>"
            )
        if self.vendor == "Acrobat Sign":
            return (
                f"<i class='adopted'>{escape(person.name)}</i><br/><span class='tiny'>{escape(person.name)} "
                f"({self.fmt(signed).split(' | ')[0]} {signed.strftime('%H:%M')} {signed.tzname()})</span>"
            )
        return (
            f"<i class='adopted'>{escape(person.name)}</i><br/><span class='tiny'>Signé électroniquement / "
            f"e-signed via Yousign le {dmy(signed.date())}</span>"
        )


def docusign_certificate(env: Envelope) -> str:
    signers = [(env.signer, env.signed), *list(env.extra_signers)]
    signer_rows = ""
    for person, when in signers:
        ip = f"203.0.113.{_octet(person.email)}"
        signer_rows += (
            f"<tr><td>{escape(person.name)}<br/>{escape(person.email)}<br/>{escape(person.title)}<br/>"
            f"Security Level: Email, Account Authentication (None)</td>"
            f"<td><i class='adopted'>{escape(person.name)}</i><br/>Signature Adoption: Pre-selected Style<br/>"
            f"Using IP Address: {ip}</td>"
            f"<td>Sent: {env.fmt(env.sent)}<br/>Viewed: {env.fmt(env.viewed)}<br/>Signed: {env.fmt(when)}</td></tr>"
        )
    last = max(w for _, w in signers)
    return f"""<p style="font-size:16pt; color:#444444"><b>Certificate Of Completion</b></p>
<table class="noborder">{
        rows(
            [
                ("Envelope Id:", env.envelope_id),
                ("Subject:", env.subject),
                ("Source Envelope:", ""),
                ("Document Pages:", str(env.pages)),
                ("Signatures:", str(len(signers))),
                ("Envelope Originator:", f"{env.sender.name} ({env.sender.email})"),
                ("Status:", "Completed"),
                ("Time Zone:", f"(UTC{env.signed.strftime('%z')[:3]}:{env.signed.strftime('%z')[3:]})"),
            ],
            label_class="",
        )
    }</table>
<h3>Record Tracking</h3>
<table><tr><th>Status: Original</th><th>Holder</th><th>Location</th></tr>
<tr><td>{env.fmt(env.sent)}</td><td>{escape(env.sender.name)}<br/>{
        escape(env.sender.email)
    }</td><td>DocuSign</td></tr></table>
<h3>Signer Events</h3>
<table><tr><th>Signer</th><th>Signature</th><th>Timestamp</th></tr>{signer_rows}</table>
<h3>Envelope Summary Events</h3>
<table><tr><th>Event</th><th>Status</th><th>Timestamp</th></tr>
<tr><td>Envelope Sent</td><td>Hashed/Encrypted</td><td>{env.fmt(env.sent)}</td></tr>
<tr><td>Certified Delivered</td><td>Security Checked</td><td>{env.fmt(env.viewed)}</td></tr>
<tr><td>Signing Complete</td><td>Security Checked</td><td>{env.fmt(last)}</td></tr>
<tr><td>Completed</td><td>Security Checked</td><td>{env.fmt(last + dt.timedelta(minutes=1))}</td></tr></table>
<p class="small">Electronic Record and Signature Disclosure created on: {env.fmt(env.sent - dt.timedelta(days=400))}.
Parties agreed to: {escape(env.signer.name)}</p>"""


def acrobat_audit(env: Envelope) -> str:
    ev = [
        (env.sent, f"Document created by {env.sender.name} ({env.sender.email})"),
        (env.sent + dt.timedelta(minutes=1), f"Document emailed to {env.signer.email} for signature"),
        (env.viewed, f"Email viewed by {env.signer.email}"),
        (
            env.signed,
            f"Document e-signed by {env.signer.name} ({env.signer.email}) - Signature Date: "
            f"{env.signed.strftime('%Y-%m-%d - %I:%M:%S %p')} {env.signed.tzname()} - Time Source: server",
        ),
        (env.signed + dt.timedelta(seconds=20), "Agreement completed."),
    ]
    events = "".join(
        f"<tr><td>{escape(t.strftime('%Y-%m-%d - %I:%M:%S %p') + ' ' + (t.tzname() or ''))}</td>"
        f"<td>{escape(x)}</td></tr>"
        for t, x in ev
    )
    return f"""<p style="font-size:15pt"><b>{escape(env.subject)}</b></p>
<p>Final Audit Report &nbsp;&nbsp; {env.signed.strftime("%Y-%m-%d")}</p>
<table class="noborder">{
        rows(
            [
                ("Created:", env.sent.strftime("%Y-%m-%d")),
                ("By:", f"{env.sender.name} ({env.sender.email})"),
                ("Status:", "Signed"),
                ("Transaction ID:", env.envelope_id),
            ],
            label_class="",
        )
    }</table>
<h3>"{escape(env.subject)}" History</h3><table>{events}</table>"""


# ----------------------------------------------------------------------------------------------
# Survey exports and claim.json
# ----------------------------------------------------------------------------------------------
def survey(
    claim_id: str,
    respondent: str,
    completed: dt.datetime,
    answers: Sequence[tuple[str, str]],
    signature: tuple[str, str, str],
) -> bytes:
    full_name, company, job_title = signature
    sig_answer = ", ".join(x for x in (full_name, company, job_title) if x)
    data = {
        "format": "poe-attestation/1",
        "claim_id": claim_id,
        "respondent": respondent,
        "completed_at": iso(completed),
        "answers": [{"question": q, "answer": a} for q, a in answers]
        + [
            {"question": "Electronic signature: type your full name, company name and job title.", "answer": sig_answer}
        ],
        "signature": {"full_name": full_name, "company": company, "job_title": job_title},
    }
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def claim_doc(
    *,
    claim_id: str,
    program: str,
    solution_area: str,
    submitted: dt.datetime,
    partner: Org,
    partner_contact: Person,
    customer: Org,
    customer_contact: Person,
    workloads: Sequence[tuple[str, str | None]],
    documents: Sequence[tuple[str, str]],
    claim_kind: str | None = None,
    engagement: dict[str, Any] | None = None,
    transaction_date: dt.date | None = None,
    consent_date: dt.date | None = None,
    comments: Sequence[tuple[str, dt.datetime, str]] = (),
    history: Sequence[tuple[str, dt.datetime, str | None]] = (),
    status: str = "submitted",
) -> dict[str, Any]:
    hist = list(history) or [("submission", submitted, partner_contact.email)]
    return {
        "format": "poe-claim-bundle/1",
        "claim_id": claim_id,
        "program": program,
        "claim_kind": claim_kind,
        "solution_area": solution_area,
        "status": status,
        "submitted_at": iso(submitted),
        "incentive_opt_out": False,
        "partner": partner.partner_json(partner_contact),
        "customer": customer.customer_json(customer_contact),
        "workloads": [{"name": n, "subscription_id": s} for n, s in workloads],
        "engagement": engagement,
        "transaction_date": transaction_date.isoformat() if transaction_date else None,
        "consent_date": consent_date.isoformat() if consent_date else None,
        "documents": [{"path": p, "role": r} for p, r in documents],
        "comments": [{"author": a, "at": iso(t), "text": x} for a, t, x in comments],
        "history": [{"action": a, "at": iso(t), "by": b} for a, t, b in hist],
    }


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

    def claim_bytes(self) -> bytes:
        return (json.dumps(self.claim, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def cpor(
    claim_id: str,
    *,
    kind: str = "usage",
    area: str,
    submitted: dt.datetime,
    partner: Org,
    pc: Person,
    customer: Org,
    cc: Person,
    workloads: Sequence[str | tuple[str, str | None]],
    docs: Sequence[tuple[str, str]],
    **kw: Any,
) -> dict[str, Any]:
    wl = [(w, None) if isinstance(w, str) else w for w in workloads]
    return claim_doc(
        claim_id=claim_id,
        program="cpor",
        claim_kind=kind,
        solution_area=area,
        submitted=submitted,
        partner=partner,
        partner_contact=pc,
        customer=customer,
        customer_contact=cc,
        workloads=wl,
        documents=docs,
        **kw,
    )


def checks(**kw: Any) -> dict[str, Any]:
    return dict(kw)


# CPOR bundles: checks that are not for CPOR at all
CPOR_NA = {"invoice": "not_applicable", "attestations": "not_applicable", "submission_window": "not_applicable"}
COMMERCIAL = {"public_sector": ["not_applicable", "pass"]}


# ==============================================================================================
# Shared content: a partner's own template, the mandated disclosure wording, a programme checklist
# ==============================================================================================
NORTHGATE = Org(
    "Northgate Digital Ltd", "northgatedigital.co.uk", "GB", "Leeds", location_id="7310021", short="Northgate"
)
NG_LEAD = Person("Rhys Parry", "rhys.parry@northgatedigital.co.uk", "Engagement Lead")
NG_PM = Person("Hannah Oduya", "hannah.oduya@northgatedigital.co.uk", "Delivery Manager")
NG_FOOTER = (
    "Northgate Digital Ltd · Registered in England and Wales No. 10482317 · 4 Park Row, Leeds LS1 5HD · "
    "Form NGD-CR-04 v3.2 · Commercial in confidence"
)
NG_ACCEPT_TEXT = (
    "By signing below the client confirms that the services described in Section 2 have been delivered "
    "and accepted. Acceptance of this closure report does not vary the contract or any managed service "
    "schedule between the parties. Open items listed in Section 4 transfer to the support schedule."
)


def northgate_report(
    *,
    client: Org,
    client_ref: str,
    ng_ref: str,
    service_line: str,
    workloads: str,
    start: dt.date,
    end: dt.date,
    sponsor: Person,
    delivered: Sequence[tuple[str, str, str, str]],
    outcomes: Sequence[str],
    open_items: Sequence[str],
    acceptance: str | tuple[str, ...] = "sign",
    ng_signed: dt.date | None = None,
    email_note: str = "",
) -> list[str]:
    """Northgate's own closure report (form NGD-CR-04): same layout and boilerplate for every client."""
    head = f"""<table class="noborder"><tr><td><span style="font-size:17pt; color:#0b4f6c"><b>northgate</b></span>
<span style="font-size:17pt; color:#7fb800"><b>digital</b></span></td>
<td class="right"><span class="small">Service Closure Report<br/>Form NGD-CR-04 v3.2</span></td></tr></table>
<h1>Service Closure Report</h1>
<p class="small">Commercial in confidence. Prepared by Northgate Digital Ltd for {escape(client.name)}.</p>"""
    s1 = (
        "<h2>1. Engagement details</h2><table>"
        + rows(
            [
                ("Client", client.name),
                ("Client reference", client_ref),
                ("Northgate reference", ng_ref),
                ("Service line", service_line),
                ("Microsoft workload(s)", workloads),
                ("Engagement start / end", f"{dmy(start)} – {dmy(end)}"),
                ("Client sponsor", f"{sponsor.name}, {sponsor.title}"),
                ("Northgate engagement lead", f"{NG_LEAD.name}, {NG_LEAD.title}"),
            ]
        )
        + "</table>"
    )
    s2 = "<h2>2. Scope delivered</h2>" + table(["Workstream", "What was delivered", "Volume", "Completed"], delivered)
    s3 = "<h2>3. Outcomes and measures</h2>" + ul(outcomes)
    s4 = "<h2>4. Open items and handover</h2>" + ul(open_items)
    if acceptance == "sign":
        sign_rows = (
            f"<tr><td>Northgate Digital Ltd</td><td>{escape(NG_LEAD.name)}<br/>{escape(NG_LEAD.title)}</td>"
            f"<td>Signature (Northgate):<div class='sig'></div></td><td>Date: {dmy(ng_signed) if ng_signed else ''}</td></tr>"
            f"<tr><td>{escape(client.name)}</td><td>{escape(sponsor.name)}<br/>{escape(sponsor.title)}</td>"
            f"<td>Signature (client):<div class='sig'></div></td><td>Date:</td></tr>"
        )
    elif isinstance(acceptance, tuple):  # ("esign", partner block, client block, client date)
        sign_rows = (
            f"<tr><td>Northgate Digital Ltd</td><td>{escape(NG_LEAD.name)}<br/>{escape(NG_LEAD.title)}</td>"
            f"<td>{acceptance[1]}</td><td>Date: {dmy(ng_signed) if ng_signed else ''}</td></tr>"
            f"<tr><td>{escape(client.name)}</td><td>{escape(sponsor.name)}<br/>{escape(sponsor.title)}</td>"
            f"<td>{acceptance[2]}</td><td>Date: {escape(acceptance[3])}</td></tr>"
        )
    else:  # accepted by e-mail
        sign_rows = (
            f"<tr><td>Northgate Digital Ltd</td><td>{escape(NG_LEAD.name)}<br/>{escape(NG_LEAD.title)}</td>"
            f"<td>Issued electronically</td><td>Date: {dmy(ng_signed) if ng_signed else ''}</td></tr>"
            f"<tr><td>{escape(client.name)}</td><td>{escape(sponsor.name)}<br/>{escape(sponsor.title)}</td>"
            f"<td colspan='2'>{escape(email_note)}</td></tr>"
        )
    s5 = (
        f"<h2>5. Client acceptance</h2><p>{escape(NG_ACCEPT_TEXT)}</p>"
        f"<table><tr><th>Party</th><th>Name / position</th><th>Signature</th><th>Date</th></tr>{sign_rows}</table>"
    )
    return [head, s1, s2, s3, s4, s5]


PSD_TITLE = "Public Sector Customer Disclosure of Partner Compensation"


def psd_blocks(
    *,
    partner: Org,
    customer: Org,
    products: str,
    compensation: str,
    partner_rep: Person,
    customer_rep: Person,
    sign_mode: str,
    partner_date: str,
    customer_date: str = "",
    partner_sig: str = "<div class='sig'></div>",
) -> list[str]:
    """The disclosure wording public-sector customers receive (the same text for every partner)."""
    paras = [
        f'{partner.name} ("Partner") is a member of the Microsoft AI Cloud Partner Program. In connection with '
        "the products and services described below, Partner may receive fees, commissions, incentives or other "
        'compensation from Microsoft Corporation or its affiliates ("Microsoft"), including incentives under '
        "Microsoft Commerce Incentives (MCI) for being recognised as partner of record or for delivering "
        "partner activities.",
        f'This disclosure is provided to {customer.name} ("Customer") in writing, as required for public sector '
        "customers, so that Customer is aware of the potential fees, commission or compensation Partner may "
        "receive from Microsoft in connection with the products or services being procured or deployed.",
        "Any such compensation is paid by Microsoft. It does not change the prices, terms or conditions agreed "
        "between Customer and Partner, and Customer does not pay it. Customer remains responsible for deciding "
        "whether its own procurement rules, ethics codes or gift policies require any further action.",
    ]
    body = "".join(f"<p>{escape(p)}</p>" for p in paras)
    fields = (
        "<table>"
        + rows(
            [
                ("Partner", partner.name),
                ("Customer", customer.name),
                ("Products / services", products),
                ("Nature of compensation", compensation),
            ]
        )
        + "</table>"
    )
    if sign_mode == "blank_customer":
        cust_sig = "<div class='sig'></div>"
        cust_date = ""
    elif sign_mode.startswith("esign:"):
        cust_sig = sign_mode.split(":", 1)[1]
        cust_date = customer_date
    else:
        cust_sig = "<div class='sig'></div>"
        cust_date = customer_date
    sig = (
        f"<h3>Customer acknowledgment</h3><p>By signing below, the authorised representative of Customer "
        f"acknowledges that Customer has received and read this disclosure.</p>"
        f"<table><tr><th></th><th>Partner</th><th>Customer</th></tr>"
        f"<tr><td class='label'>Name</td><td>{escape(partner_rep.name)}</td><td>{escape(customer_rep.name)}</td></tr>"
        f"<tr><td class='label'>Title</td><td>{escape(partner_rep.title)}</td><td>{escape(customer_rep.title)}</td></tr>"
        f"<tr><td class='label'>Signed for Partner / Customer:</td><td>{partner_sig}</td><td>{cust_sig}</td></tr>"
        f"<tr><td class='label'>Date</td><td>{escape(partner_date)}</td><td>{escape(cust_date)}</td></tr></table>"
    )
    return [f"<h1>{PSD_TITLE}</h1><p class='small'>MCI – Public Sector Disclosure (PSD)</p>", body, fields, sig]


AMMP = "AMMP App/Data Modernization (Small)"
AMMP_ENG = {
    "id": "AMMP-PL-APPDATA-S",
    "name": AMMP,
    "activity_type": "xs_small",
    "payout_type": "fixed",
    "proposed_payout_usd": None,
}
ENVISION = "Pre-Sales Variable Envisioning Workshop"
AMMP_CHECKLIST_ITEMS = (
    "Application Compatibility Assessment/Review completed and results shared with the customer",
    "Landing Zone Setup or Review completed (Cloud Adoption Framework aligned)",
    "Modernization activities completed (including Arc-enablement as required)",
    "Azure security deployment and setup (recommended)",
    "Planned Azure consumption validated against the Small project size (USD 25K – 125K per year)",
    "Customer informed that the Azure Annual Run Rate is calculated 12 completed months from the date of production",
    "Customer survey triggered from Partner Center; partner survey completed",
    "Partner invoice in USD with claim ID uploaded",
)


def ammp_checklist(
    *,
    claim_id: str,
    partner: Org,
    customer: Org,
    production: str,
    acr: str,
    by: Person,
    on: str,
    ticks: Sequence[bool] | None = None,
) -> str:
    """The programme's standard completion checklist (identical wording on every AMMP claim)."""
    ticks = ticks or [True] * len(AMMP_CHECKLIST_ITEMS)
    items = "".join(
        f"<tr><td style='width:18pt'>{box(t)}</td><td>{escape(i)}</td></tr>"
        for i, t in zip(AMMP_CHECKLIST_ITEMS, ticks, strict=True)
    )
    return (
        f"<p class='small'>Azure Migrate and Modernize – Partner-led · Engagement completion checklist v2.1</p>"
        f"<h1>AMMP Partner-led: Delivery Completion Checklist</h1>"
        f"<table>{rows([('Engagement', AMMP), ('MCI claim ID', claim_id), ('Partner', partner.name), ('Customer', customer.name), ('Date of production', production), ('Planned annual Azure consumption', acr)])}</table>"
        f"<h2>Completion items</h2><table>{items}</table>"
        f"<p>Checklist completed by {escape(by.name)} ({escape(by.title)}), {escape(partner.name)}, on {escape(on)}.</p>"
        f"<p class='small'>This checklist accompanies the signed engagement template; it does not replace the "
        f"customer's acknowledgement.</p>"
    )


def invoice_html(
    *,
    partner: Org,
    address: str,
    tax_id: str,
    number: str,
    date: str,
    bill_to: str,
    lines: Sequence[tuple[str, str, str]],
    currency: str,
    net: str,
    tax_label: str = "",
    tax: str = "",
    total: str = "",
    title: str = "INVOICE",
    notes: str = "",
    extra: str = "",
    color: str = "#1f3864",
) -> str:
    body = "".join(
        f"<tr><td>{escape(a)}</td><td>{escape(b)}</td><td class='right'>{escape(c)}</td></tr>" for a, b, c in lines
    )
    tax_row = (
        f"<tr><td colspan='2' class='right'>{escape(tax_label)}</td><td class='right'>{escape(tax)}</td></tr>"
        if tax_label
        else ""
    )
    total_row = (
        f"<tr><td colspan='2' class='right'><b>Total</b></td><td class='right'><b>{escape(total or net)}</b></td></tr>"
    )
    return f"""<table class="noborder"><tr><td><span style="font-size:16pt; color:{color}"><b>{escape(partner.name)}</b></span><br/>
<span class="small">{escape(address)}<br/>{escape(tax_id)}</span></td>
<td class="right"><span style="font-size:20pt; color:{color}"><b>{escape(title)}</b></span><br/>No. {escape(number)}<br/>Date: {escape(date)}</td></tr></table>
<p><b>Bill to:</b><br/>{escape(bill_to).replace(chr(10), "<br/>")}</p>{extra}
<table><tr><th>Reference</th><th>Description</th><th class="right">Amount ({escape(currency)})</th></tr>{body}
<tr><td colspan='2' class='right'>Subtotal (pre-tax)</td><td class='right'>{escape(net)}</td></tr>{tax_row}{total_row}</table>
<p class="small">{escape(notes)}</p>"""


def invoice_pdf(html: str, *, number: str, author: str, created: dt.datetime, software: str = "Xero") -> bytes:
    return html_pdf(html, PdfMeta(f"Invoice {number}", author, created, creator=software, producer=software))


CUST_Q = (
    ("Did the partner deliver the engagement as described?", "Yes"),
    ("Which activities did the partner complete with you?", ""),
    ("How satisfied are you with the partner's delivery? (1-5)", "5"),
    ("Would you engage this partner again?", "Yes"),
)
PART_Q = (
    ("Was the engagement delivered as described in the engagement summary?", "Yes"),
    ("Summary of the activities delivered", ""),
    ("Date of production / completion", ""),
)


def pa_surveys(
    claim_id: str,
    *,
    customer_sig: tuple[str, str, str],
    partner_sig: tuple[str, str, str],
    activities: str,
    production: str,
    cust_at: dt.datetime,
    part_at: dt.datetime,
) -> tuple[bytes, bytes]:
    cq = [(q, a if a else activities) for q, a in CUST_Q]
    pq = [(q, a or (activities if "Summary" in q else production)) for q, a in PART_Q]
    return (
        survey(claim_id, "customer", cust_at, cq, customer_sig),
        survey(claim_id, "partner", part_at, pq, partner_sig),
    )


def pa_claim(
    claim_id: str,
    *,
    area: str = "Azure",
    submitted: dt.datetime,
    partner: Org,
    pc: Person,
    customer: Org,
    cc: Person,
    engagement: dict[str, Any],
    consent: dt.date,
    docs: Sequence[tuple[str, str]],
    comments: Sequence[tuple[str, dt.datetime, str]] = (),
) -> dict[str, Any]:
    hist = [
        (
            "request customer consent",
            dt.datetime.combine(consent - dt.timedelta(days=3), dt.time(15, 0), tzinfo=UTC),
            pc.email,
        ),
        ("customer consent approved", dt.datetime.combine(consent, dt.time(16, 20), tzinfo=UTC), None),
        ("document submission", submitted - dt.timedelta(minutes=6), pc.email),
        ("submission", submitted, pc.email),
    ]
    return claim_doc(
        claim_id=claim_id,
        program="partner_activities",
        solution_area=area,
        submitted=submitted,
        partner=partner,
        partner_contact=pc,
        customer=customer,
        customer_contact=cc,
        workloads=[],
        documents=docs,
        engagement=engagement,
        consent_date=consent,
        comments=comments,
        history=hist,
    )


PA_OK = {
    "required_documents": "pass",
    "attestations": "pass",
    "submission_window": "pass",
    "ineligible_customer": "pass",
}


# ==============================================================================================
# 1. A partner's own template used for four clients, each with its own content (NOT reuse)
# ==============================================================================================
def ng_harrow_finch() -> Bundle:
    client = Org("Harrow & Finch LLP", "harrowfinch.co.uk", "GB", "London", short="Harrow & Finch")
    sponsor = Person("Imogen Clarke", "imogen.clarke@harrowfinch.co.uk", "IT Director")
    submitted = at(2026, 10, 20, 11, 5)
    blocks = northgate_report(
        client=client,
        client_ref="H&F-ITP-0419",
        ng_ref="NGD-2025-0871",
        service_line="Modern endpoint",
        workloads="Microsoft Intune (Windows Autopilot, app protection, compliance)",
        start=d(2025, 8, 18),
        end=d(2025, 10, 31),
        sponsor=sponsor,
        ng_signed=d(2025, 11, 4),
        delivered=[
            (
                "Windows enrolment",
                "Windows Autopilot (user-driven, Entra joined) for fee earners and business services; "
                "enrolment status page with iManage Work, Litera Compare and DocsCorp cleanDocs as blocking apps",
                "312 laptops",
                dmy(d(2025, 9, 26)),
            ),
            (
                "Co-management exit",
                "Workloads moved from Configuration Manager to Intune in London and Manchester; "
                "CM client removed; 14 legacy GPOs rebuilt as settings catalog profiles",
                "2 offices",
                dmy(d(2025, 10, 10)),
            ),
            (
                "Mobile",
                "App protection policies (no enrolment) for Outlook, Teams and iManage on personal iPhones; "
                "conditional launch and PIN; selective wipe tested with HR",
                "268 iPhones",
                dmy(d(2025, 10, 17)),
            ),
            (
                "Compliance",
                "Compliance policies (BitLocker, Secure Boot, OS build, Defender AV signatures) feeding "
                "Conditional Access for client-matter systems",
                "All devices",
                dmy(d(2025, 10, 24)),
            ),
            (
                "Handover",
                "Runbooks (11) and two admin training sessions for the H&F service desk",
                "6 staff",
                dmy(d(2025, 10, 31)),
            ),
        ],
        outcomes=[
            "Device build time reduced from about 3 hours (imaging) to 48 minutes (Autopilot, measured on 40 builds).",
            "97.8% of Windows devices compliant at closure; the remaining 7 are on long-term leave and tracked.",
            "No client-matter data reachable from unmanaged apps on personal phones (verified in the pilot with the "
            "Litigation team).",
        ],
        open_items=[
            "Two Manchester meeting-room PCs to be rebuilt after the November refurbishment (service desk).",
            "Quarterly review of app protection exceptions with the Risk & Compliance partner.",
        ],
    )
    printed = html_pdf(
        blocks,
        PdfMeta("Service Closure Report - Harrow & Finch", NG_PM.name, at(2025, 11, 3, 16, 0, GMT)),
        paper="a4",
        decorate=footer_pages(NG_FOOTER),
    )
    scans = scan_pages(
        printed,
        "hf-ng",
        dpi=150,
        inks=[
            Ink("Signature (Northgate):", "rhys-parry", dx=2, dy=2, width=110, height=24, below=True),
            Ink("Signature (client):", "imogen-clarke", dx=2, dy=2, width=110, height=24, below=True),
            Ink("Date:", "hf-date", dx=4, dy=-3, width=0, date_text="05/11/2025", date_dx=0, occurrence=1),
        ],
        skew=0.9,
    )
    pdf = image_pdf(
        scans,
        PdfMeta(
            "Scanned Document",
            "",
            at(2025, 11, 6, 9, 12, GMT),
            creator="Canon iR-ADV C5840",
            producer="Canon iR-ADV C5840",
        ),
        dpi=150,
    )
    path = "Harrow & Finch/NGD-CR-04 Closure Report - signed.pdf"
    claim = cpor(
        "4400101",
        area="Security",
        submitted=submitted,
        partner=NORTHGATE,
        pc=NG_PM,
        customer=client,
        cc=sponsor,
        workloads=["INTUNE"],
        docs=[(path, "poe")],
        comments=[
            (
                "partner",
                submitted - dt.timedelta(minutes=3),
                "Closure report signed on paper by H&F's IT Director (5 Nov 2025), scanned.",
            )
        ],
    )
    return Bundle(
        "4400101_Northgate_HarrowFinch",
        claim,
        {path: pdf},
        "approve",
        "Physically signed paper in a PDF is valid POE (guide, 'What constitutes valid proof of execution' 1); "
        "names, detailed Intune scope with volumes and dates (items 2-4). Signed 05/11/2025 = 5 November 2025 "
        "(GB, day first): within 12 months of submission 2026-10-20 (item 5). Read month-first (11 May 2025) it "
        "would look stale. Northgate's form layout and acceptance wording are the partner's own template, "
        "filled with this client's own content: not a generic POE.",
        "Partner's own closure-report template (1 of 4 clients); wet-ink signature scanned at 150 dpi, "
        "no text layer; handwritten day-first date.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            ineligible_customer="pass",
            unacceptable_documents="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
    )


def ng_brackenridge() -> Bundle:
    client = Org("Brackenridge Foods Limited", "brackenridgefoods.co.uk", "GB", "Carlisle", short="Brackenridge")
    sponsor = Person("Callum Reid", "callum.reid@brackenridgefoods.co.uk", "Head of IT & Security")
    env = Envelope(
        "Docusign",
        guid("env", "brackenridge", upper=True),
        sponsor,
        client,
        NG_PM,
        at(2026, 8, 13, 15, 2, BST),
        at(2026, 8, 14, 11, 30, BST),
        at(2026, 8, 14, 11, 42, BST),
        "Please DocuSign: Brackenridge Foods - Service Closure Report NGD-2026-0412",
        pages=3,
        date_style="gb",
        extra_signers=((NG_LEAD, at(2026, 8, 13, 15, 10, BST)),),
    )
    submitted = at(2026, 10, 7, 9, 40)
    blocks = northgate_report(
        client=client,
        client_ref="PO-BFL-22871",
        ng_ref="NGD-2026-0412",
        service_line="Endpoint security",
        workloads="Microsoft Defender for Endpoint (Plan 2)",
        start=d(2026, 6, 2),
        end=d(2026, 7, 31),
        sponsor=sponsor,
        ng_signed=d(2026, 8, 13),
        acceptance=("esign", env.block(NG_LEAD, at(2026, 8, 13, 15, 10, BST)), env.block(), dmy(env.signed.date())),
        delivered=[
            (
                "Onboarding",
                "Defender for Endpoint onboarding through Intune for office laptops and through a GPO "
                "package for 85 shared factory-floor PCs (line HMIs excluded by agreement)",
                "640 workstations",
                dmy(d(2026, 6, 26)),
            ),
            (
                "Servers",
                "Unified agent on Windows Server 2016/2019/2022 (ERP, SCADA historian, file and print)",
                "36 servers",
                dmy(d(2026, 7, 3)),
            ),
            (
                "Hardening",
                "11 attack surface reduction rules audited for 3 weeks, 8 set to block; tamper protection; "
                "network protection; EDR in block mode",
                "All devices",
                dmy(d(2026, 7, 17)),
            ),
            (
                "Operations",
                "Device groups per site (Carlisle, Penrith, Workington); automated investigation levels; "
                "alert e-mail routing to the Brackenridge IT on-call rota; weekly TVM report",
                "3 sites",
                dmy(d(2026, 7, 31)),
            ),
        ],
        outcomes=[
            "Legacy Sophos agents removed from 676 devices; Defender Antivirus active on all of them.",
            "Exposure score down from 61 to 34 over the engagement (TVM, 31/07/2026).",
            "Mean time to contain a test ransomware simulation: 9 minutes (was not measurable before).",
        ],
        open_items=[
            "Quarterly ASR exclusion review with the Engineering Manager.",
            "Onboard the 12 new packing-line PCs arriving in September (service desk).",
        ],
    )
    body = html_pdf(
        blocks,
        PdfMeta("Brackenridge Foods - Service Closure Report", NG_PM.name, at(2026, 8, 13, 14, 0, BST)),
        paper="a4",
    )
    cert = html_pdf(
        docusign_certificate(env),
        PdfMeta("Certificate of Completion", "DocuSign", env.signed, creator="DocuSign", producer="DocuSign"),
        paper="a4",
    )
    pdf = merge_pdfs(
        [body, cert],
        PdfMeta(
            "Brackenridge Foods - Service Closure Report (signed)",
            "DocuSign",
            env.signed,
            creator="DocuSign",
            producer="DocuSign",
        ),
    )
    doc = pymupdf.open("pdf", pdf)
    chain(stamp_pages(env.stamp()), footer_pages(NG_FOOTER))(doc)
    pdf = save_pdf(
        doc,
        PdfMeta(
            "Brackenridge Foods - Service Closure Report (signed)",
            "DocuSign",
            env.signed,
            creator="DocuSign",
            producer="DocuSign",
        ),
        subset=False,
    )
    path = "POE/Brackenridge_ClosureReport_NGD-2026-0412_completed.pdf"
    claim = cpor(
        "4400102",
        area="Security",
        submitted=submitted,
        partner=NORTHGATE,
        pc=NG_PM,
        customer=client,
        cc=sponsor,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4400102_Northgate_Brackenridge",
        claim,
        {path: pdf},
        "approve",
        "Verifiable eSignature (DocuSign envelope id on every page plus the Certificate of Completion with "
        "signer events) is valid acknowledgement (guide item 1); detailed MDE scope (640 workstations, 36 "
        "servers, dated workstreams); signed 14/08/2026, within 12 months of 2026-10-07. Same Northgate "
        "template as 4400101/4400103/4400104 but this client's own content.",
        "Partner's own template (2 of 4); DocuSign envelope with certificate of completion (GB locale "
        "dates dd/mm/yyyy).",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            ineligible_customer="pass",
            unacceptable_documents="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
    )


def ng_kestrel() -> Bundle:
    client = Org("Kestrel Marine Services Ltd", "kestrelmarine.co.uk", "GB", "Aberdeen", short="Kestrel Marine")
    sponsor = Person("Fiona Macrae", "fiona.macrae@kestrelmarine.co.uk", "IT Manager")
    submitted = at(2026, 10, 13, 13, 20)
    ack_at = at(2026, 9, 22, 16, 47, BST)
    delivered = [
        (
            "Mail migration",
            "Exchange 2016 hybrid to Exchange Online; 420 user mailboxes (1.9 TB) in 6 batches, 61 shared "
            "mailboxes, 12 room mailboxes; MX cut-over 28/08/2026; on-premises servers decommissioned",
            "493 mailboxes",
            dmy(d(2026, 8, 28)),
        ),
        (
            "Vessel connectivity",
            "Outlook cached-mode and OAB policies for 14 vessels on VSAT; bandwidth caps agreed with "
            "the fleet operations team",
            "14 vessels",
            dmy(d(2026, 9, 4)),
        ),
        (
            "Teams",
            "Teams for shore and fleet: one team per vessel (14), a Fleet Ops team with shift channels, "
            "low-bandwidth meeting policy for crews, guest access for 3 charter clients",
            "420 users",
            dmy(d(2026, 9, 9)),
        ),
        (
            "Adoption",
            "Champions network (11 champions), 6 live sessions onshore and a recorded crew briefing",
            "420 users",
            dmy(d(2026, 9, 11)),
        ),
    ]
    outcomes = [
        "All 493 mailboxes in Exchange Online; zero mail loss measured on the journaling comparison.",
        "Teams weekly active users 381 of 420 (91%) in the week to 11/09/2026.",
        "Fleet crews now join the daily ops call from 11 of 14 vessels (was phone bridge only).",
    ]

    def build(doc: DocxDocument) -> None:
        w_para(doc, "northgate digital", bold=True, size=16)
        w_para(doc, "Service Closure Report · Form NGD-CR-04 v3.2", size=8)
        w_heading(doc, "Service Closure Report", 0)
        w_para(
            doc, f"Commercial in confidence. Prepared by Northgate Digital Ltd for {client.name}.", italic=True, size=8
        )
        w_heading(doc, "1. Engagement details", 2)
        w_table(
            doc,
            None,
            [
                ["Client", client.name],
                ["Client reference", "KMS-IT-2026-07"],
                ["Northgate reference", "NGD-2026-0455"],
                ["Service line", "Modern workplace"],
                ["Microsoft workload(s)", "Exchange Online; Microsoft Teams"],
                ["Engagement start / end", f"{dmy(d(2026, 7, 6))} – {dmy(d(2026, 9, 11))}"],
                ["Client sponsor", f"{sponsor.name}, {sponsor.title}"],
                ["Northgate engagement lead", f"{NG_LEAD.name}, {NG_LEAD.title}"],
            ],
        )
        w_heading(doc, "2. Scope delivered", 2)
        w_table(doc, ["Workstream", "What was delivered", "Volume", "Completed"], [list(x) for x in delivered])
        w_heading(doc, "3. Outcomes and measures", 2)
        w_bullets(doc, outcomes)
        w_heading(doc, "4. Open items and handover", 2)
        w_bullets(
            doc,
            [
                "Decommission the DAG witness server after the 30-day retention check (Kestrel IT).",
                "Review VSAT bandwidth caps after the winter schedule starts.",
            ],
        )
        w_heading(doc, "5. Client acceptance", 2)
        w_para(doc, NG_ACCEPT_TEXT)
        w_table(
            doc,
            ["Party", "Name / position", "Signature", "Date"],
            [
                [
                    "Northgate Digital Ltd",
                    f"{NG_LEAD.name}, {NG_LEAD.title}",
                    "Issued electronically",
                    dmy(d(2026, 9, 21)),
                ],
                [client.name, f"{sponsor.name}, {sponsor.title}", "Accepted by e-mail (see message of 22/09/2026)", ""],
            ],
        )
        w_para(doc, NG_FOOTER, size=7)

    report = docx_bytes(
        build, title="Service Closure Report - Kestrel Marine", author=NG_PM.name, created=at(2026, 9, 21, 10, 0, BST)
    )
    request = Mail(
        NG_PM,
        (sponsor,),
        at(2026, 9, 21, 17, 5, BST),
        "Kestrel Marine – closure report NGD-2026-0455",
        "Hi Fiona,\n\nPlease find attached the closure report for the Exchange Online and Teams project "
        "(NGD-2026-0455). If you're happy with it, a reply confirming acceptance is all we need – no "
        "signature required.\n\nKind regards,\nHannah\n\nHannah Oduya | Delivery Manager | Northgate Digital",
        cc=(NG_LEAD,),
    )
    ack = Mail(
        sponsor,
        (NG_PM,),
        ack_at,
        "RE: Kestrel Marine – closure report NGD-2026-0455",
        reply_body(
            "Hi Hannah,\n\nThanks – I've been through the report with Alasdair. Kestrel Marine accepts the "
            "Exchange Online migration and the Teams rollout as delivered and described in the closure "
            "report NGD-2026-0455 (493 mailboxes migrated, Teams live for all 420 staff and the 14 vessels). "
            "Happy for this to close.\n\nCheers,\nFiona\n\nFiona Macrae\nIT Manager\nKestrel Marine "
            "Services Ltd | Pocra Quay, Aberdeen AB11 5DQ",
            [request],
            "gb",
        ),
        cc=(NG_LEAD,),
    )
    files = {
        "POE/NGD-CR-04_KestrelMarine_ClosureReport.docx": report,
        "POE/RE Kestrel Marine closure report.msg": msg_bytes(ack),
    }
    claim = cpor(
        "4400103",
        area="Modern Work",
        submitted=submitted,
        partner=NORTHGATE,
        pc=NG_PM,
        customer=client,
        cc=sponsor,
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        "4400103_Northgate_KestrelMarine",
        claim,
        files,
        "approve",
        "An e-mail from the customer's domain explicitly accepting the described work is valid acknowledgement "
        "(guide item 1, '.MSG ... email acknowledgment from the customer'); the Word closure report gives "
        "detailed, dated scope for both Exchange Online and Teams; 22/09/2026 is within 12 months of "
        "2026-10-13. Same Northgate template as the other three Northgate claims, own content.",
        "Partner's own template as Word (3 of 4); acceptance by .msg with transport headers (Received chain, "
        "Authentication-Results); GB short name 'Kestrel Marine'.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            customer_domain="pass",
            ineligible_customer="pass",
            unacceptable_documents="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
    )


def ng_oakhurst() -> Bundle:
    client = Org("Oakhurst Garden Centres Ltd", "oakhurstgardencentres.co.uk", "GB", "Guildford", short="Oakhurst")
    sponsor = Person("Tom Ashworth", "tom.ashworth@oakhurstgardencentres.co.uk", "Operations & IT Manager")
    submitted = at(2026, 11, 3, 10, 15)
    blocks = northgate_report(
        client=client,
        client_ref="OGC-0926",
        ng_ref="NGD-2026-0530",
        service_line="Email security",
        workloads="Microsoft Defender for Office 365 (Plan 2)",
        start=d(2026, 9, 1),
        end=d(2026, 9, 25),
        sponsor=sponsor,
        ng_signed=d(2026, 9, 29),
        acceptance="email",
        email_note="Accepted by e-mail – see message from Tom Ashworth of 03/10/2026",
        delivered=[
            (
                "Mail flow",
                "MX moved from the third-party gateway to Exchange Online Protection; connector lock-down and "
                "SPF/DKIM/DMARC (p=quarantine) for oakhurstgardencentres.co.uk",
                "530 mailboxes",
                dmy(d(2026, 9, 8)),
            ),
            (
                "Policies",
                "Safe Links and Safe Attachments (dynamic delivery), preset strict protection for the 14 "
                "directors and buyers, impersonation protection for 22 supplier domains",
                "530 mailboxes",
                dmy(d(2026, 9, 15)),
            ),
            (
                "Awareness",
                "Attack simulation training: 3 campaigns (credential harvest, attachment, QR code) for store "
                "managers and head office",
                "610 users",
                dmy(d(2026, 9, 25)),
            ),
            (
                "Operations",
                "Quarantine release workflow for the service desk, threat explorer walkthrough, monthly "
                "report template",
                "4 staff",
                dmy(d(2026, 9, 25)),
            ),
        ],
        outcomes=[
            "Phishing reaching inboxes (user-reported) fell from 41 to 6 per week across the 9 centres.",
            "Click rate in the QR-code simulation 4.1% against 17% in the first campaign.",
        ],
        open_items=["Move DMARC to p=reject after 60 days of clean reports (Northgate to advise)."],
    )
    report = html_pdf(
        blocks,
        PdfMeta("Oakhurst - Service Closure Report", NG_PM.name, at(2026, 9, 29, 12, 0, BST)),
        paper="a4",
        decorate=footer_pages(NG_FOOTER),
    )
    ask = Mail(
        NG_LEAD,
        (sponsor,),
        at(2026, 9, 29, 14, 31, BST),
        "Closure report – Defender for Office 365 (NGD-2026-0530)",
        "Hi Tom,\n\nAttached is the closure report for the Defender for Office 365 work. Could you reply to "
        "confirm Oakhurst accepts it?\n\nThanks,\nRhys",
    )
    ack = Mail(
        sponsor,
        (NG_LEAD,),
        at(2026, 10, 3, 8, 52, BST),
        "RE: Closure report – Defender for Office 365 (NGD-2026-0530)",
        reply_body(
            "Morning Rhys,\n\nSorry for the delay – busy week with the autumn planting event. I confirm "
            "that Oakhurst Garden Centres accepts the Defender for Office 365 deployment as set out in "
            "the closure report (mail flow cut-over, Safe Links/Attachments, the director protection and "
            "the three simulation campaigns). Thanks to you and Hannah.\n\nTom\n\nTom Ashworth\n"
            "Operations & IT Manager | Oakhurst Garden Centres",
            [ask],
            "gb",
        ),
        mailer="Microsoft Outlook 16.0",
    )
    files = {
        "NGD-CR-04_Oakhurst_DefenderO365.pdf": report,
        "Acceptance - Tom Ashworth.eml": eml_bytes(ack, transport="none"),
    }
    claim = cpor(
        "4400104",
        area="Security",
        submitted=submitted,
        partner=NORTHGATE,
        pc=NG_PM,
        customer=client,
        cc=sponsor,
        workloads=["MICROSOFT DEFENDER FOR OFFICE"],
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        "4400104_Northgate_Oakhurst",
        claim,
        files,
        "approve",
        "Customer e-mail (correct domain) explicitly accepting the described Defender for Office 365 work "
        "(guide item 1), detailed closure report (volumes, dates); 03/10/2026 is within 12 months. Fourth "
        "client on the same Northgate template, own content: shared layout/boilerplate is not reuse.",
        "Partner's own template (4 of 4); .eml saved from the client (no Received chain, only message "
        "headers); zip with claim.json at the root.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            customer_domain="pass",
            ineligible_customer="pass",
            unacceptable_documents="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
        container="zip",
    )


# ==============================================================================================
# 2. Public sector: the mandated disclosure wording on several partners' claims (NOT reuse)
# ==============================================================================================
def civicbridge_marlow_springs() -> Bundle:
    partner = Org(
        "Civic Bridge Technologies LLC",
        "civicbridge.tech",
        "US",
        "Dayton, OH",
        location_id="7322904",
        short="Civic Bridge",
    )
    pm = Person("Derek Toomey", "dtoomey@civicbridge.tech", "Public Sector Practice Lead")
    city = Org(
        "City of Marlow Springs",
        "marlowsprings-oh.gov",
        "US",
        "Marlow Springs, OH",
        segment="public_sector",
        short="the City",
    )
    itdir = Person("Renee Castellanos", "rcastellanos@marlowsprings-oh.gov", "Director of Information Technology")
    cio = Person("Walter Brandt", "wbrandt@marlowsprings-oh.gov", "Chief Information Officer")
    submitted = at(2026, 10, 9, 15, 30)
    memo = [
        f"""<table class="noborder"><tr><td><span style="font-size:15pt; color:#214d8c"><b>CIVIC BRIDGE</b></span>
<span class="small">TECHNOLOGIES</span><br/><span class="small">1 S Main St, Suite 900 · Dayton, OH 45402</span></td>
<td class="right small">Memo ref. CBT-MSP-26-014</td></tr></table>
<h1>Deployment Completion &amp; Acceptance Memorandum</h1>
<table>{
            rows(
                [
                    ("To", f"{itdir.name}, {itdir.title}, City of Marlow Springs"),
                    ("From", f"{pm.name}, {pm.title}, Civic Bridge Technologies"),
                    ("Date", long_us(d(2026, 6, 29))),
                    ("Subject", "Microsoft Defender for Endpoint – city-wide deployment (Task Order 3)"),
                ]
            )
        }</table>""",
        "<h2>Background</h2><p>Under Task Order 3 of the City's managed security contract, Civic Bridge deployed Microsoft "
        "Defender for Endpoint (Plan 2, included in the City's Microsoft 365 G5 licences) to replace the end-of-life "
        "antivirus on City devices. Police department devices in the CJIS enclave were deployed in a separate device "
        "group with restricted live response, as agreed with the Police IT Sergeant.</p>",
        "<h2>Work completed (April 13 – June 26, 2026)</h2>"
        + table(
            ["Department / site", "Devices onboarded", "Method", "Completed"],
            [
                ("City Hall & Finance", "286 workstations, 9 servers", "Intune + GPO script (servers)", "4/30/2026"),
                ("Police (CJIS enclave)", "212 workstations and MDTs", "Intune, dedicated device group", "5/22/2026"),
                ("Fire & EMS (4 stations)", "97 workstations and tablets", "Intune", "5/29/2026"),
                ("Public Works & Water Utility office", "164 workstations", "Intune", "6/12/2026"),
                ("Library & Parks", "381 public and staff PCs", "Intune (kiosk profile for public PCs)", "6/26/2026"),
            ],
        ),
        "<h2>Configuration</h2>"
        + ul(
            [
                "Attack surface reduction: 10 rules in block mode after a 3-week audit; exclusions documented for the utility "
                "billing application.",
                "Tamper protection, network protection and controlled folder access for Finance file shares.",
                "Automated investigation and remediation set to 'semi – require approval' for the Police device group, 'full' elsewhere.",
                "Alert notifications to the City IT on-call mailbox; monthly vulnerability report to the CIO.",
            ]
        ),
        "<h2>Acceptance</h2><p>The City of Marlow Springs accepts the deployment described above as complete. "
        "1,149 devices are onboarded and reporting healthy as of June 26, 2026.</p>"
        "<table><tr><td class='label'>Accepted for the City – Signature:</td><td><div class='sig'></div></td></tr>"
        f"<tr><td class='label'>Name / Title</td><td>{escape(itdir.name)}, {escape(itdir.title)}</td></tr>"
        "<tr><td class='label'>Date signed</td><td>&nbsp;</td></tr></table>",
    ]
    printed = html_pdf(memo, PdfMeta("CBT-MSP-26-014 Completion Memo", pm.name, at(2026, 6, 29, 9, 0, EDT)))
    scans = scan_pages(
        printed,
        "marlow-memo",
        dpi=150,
        skew=0.7,
        inks=[
            Ink("Accepted for the City – Signature:", "renee-castellanos", dx=14, dy=1, width=120, height=24),
            Ink("Date signed", "marlow-date", dx=120, dy=-3, width=0, date_text="6/30/2026", date_dx=0),
        ],
    )
    memo_pdf = image_pdf(
        scans,
        PdfMeta(
            "Scan", "", at(2026, 6, 30, 14, 3, EDT), creator="Xerox AltaLink C8170", producer="Xerox AltaLink C8170"
        ),
        dpi=150,
    )
    env = Envelope(
        "Docusign",
        guid("env", "marlow-psd", upper=True),
        cio,
        city,
        pm,
        at(2026, 8, 3, 9, 15, EDT),
        at(2026, 8, 3, 10, 2, EDT),
        at(2026, 8, 3, 10, 6, EDT),
        "Please DocuSign: Public Sector Disclosure - Civic Bridge / City of Marlow Springs",
        pages=1,
    )
    psd = psd_blocks(
        partner=partner,
        customer=city,
        products="Microsoft Defender for Endpoint deployment and ongoing management (Task Order 3)",
        compensation="MCI Claiming Partner of Record usage incentive paid by "
        "Microsoft, based on the City's active use of the workloads; not a fixed amount",
        partner_rep=pm,
        customer_rep=cio,
        sign_mode="esign:" + env.block(),
        partner_date="8/3/2026",
        customer_date="8/3/2026",
        partner_sig=env.block(pm, env.sent),
    )
    psd_pdf = html_pdf(
        [*psd, PAGE_BREAK, docusign_certificate(env)],
        PdfMeta("Public Sector Disclosure", "DocuSign", env.signed, creator="DocuSign", producer="DocuSign"),
        decorate=stamp_pages(env.stamp()),
    )
    files = {
        "POE/CBT-MSP-26-014 Completion Memo (signed).pdf": memo_pdf,
        "PSD/Marlow Springs - Public Sector Disclosure - Completed.pdf": psd_pdf,
    }
    claim = cpor(
        "4400111",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=city,
        cc=itdir,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        docs=[
            ("POE/CBT-MSP-26-014 Completion Memo (signed).pdf", "poe"),
            ("PSD/Marlow Springs - Public Sector Disclosure - Completed.pdf", "public_sector_disclosure"),
        ],
    )
    return Bundle(
        "4400111_CivicBridge_CityOfMarlowSprings",
        claim,
        files,
        "approve",
        "US public-sector customer, Security usage: the guide requires the partner's fee disclosure in writing "
        "and acknowledged by the customer in writing (POE guidelines item 6, Puerto Rico and the United "
        "States) - here a DocuSigned PSD with certificate. POE: memo physically signed by the City's IT "
        "Director (6/30/2026), detailed device counts per department and dates. The PSD wording is the "
        "standard disclosure text that also appears on 4400112 and 4400113: mandated wording, not reuse.",
        "Public sector with acknowledged disclosure; scanned wet-ink memo (image-only PDF); PSD wording "
        "shared with two other partners' claims.",
        checks=dict(
            CPOR_NA,
            public_sector="pass",
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            ineligible_customer="pass",
            unacceptable_documents="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
    )


def caribe_las_lomas() -> Bundle:
    partner = Org(
        "Caribe Cloud Partners LLC", "caribecloud.com", "PR", "Guaynabo", location_id="7323310", short="Caribe Cloud"
    )
    pm = Person("Yamilet Ortiz Rivera", "yortiz@caribecloud.com", "Gerente de Proyectos / Project Manager")
    hosp = Org(
        "Centro Médico Las Lomas", "cmlaslomas.org", "PR", "Bayamón", segment="public_sector", short="CM Las Lomas"
    )
    cio = Person("Dr. Hernán Villafañe", "hvillafane@cmlaslomas.org", "Director de Sistemas de Información (CIO)")
    submitted = at(2026, 10, 26, 14, 0)
    env = Envelope(
        "Docusign",
        guid("env", "laslomas", upper=True),
        cio,
        hosp,
        pm,
        at(2026, 9, 14, 16, 40, AST),
        at(2026, 9, 15, 8, 55, AST),
        at(2026, 9, 15, 9, 3, AST),
        "Favor firmar con DocuSign: Acta de Aceptación Teams Voz + Divulgación Sector Público",
        pages=4,
    )
    acta = [
        """<p class="small">Caribe Cloud Partners LLC · Metro Office Park 7, Guaynabo, PR 00968</p>
<h1>Acta de Aceptación / Acceptance Record</h1>
<p><b>Proyecto / Project:</b> Telefonía Microsoft Teams y reuniones – Centro Médico Las Lomas<br/>
<b>Referencia / Reference:</b> CCP-2026-118 &nbsp;&nbsp; <b>Período / Period:</b> 6/1/2026 – 8/28/2026</p>""",
        "<h2>1. Alcance entregado / Scope delivered</h2>"
        + table(
            ["Actividad (ES)", "Activity (EN)", "Volumen / Volume", "Fecha / Date"],
            [
                (
                    "Migración de la central telefónica Avaya a Teams Phone con Operator Connect (Liberty)",
                    "Avaya PBX migrated to Teams Phone with Operator Connect (Liberty)",
                    "1,260 usuarios / users; 1,410 DIDs",
                    "8/14/2026",
                ),
                (
                    "Colas de llamadas y operadora automática para Admisiones, Farmacia, Radiología y Citas",
                    "Call queues and auto attendants for Admissions, Pharmacy, Radiology and Appointments",
                    "9 colas / queues",
                    "8/7/2026",
                ),
                (
                    "Teléfonos comunes para estaciones de enfermería (modo área común)",
                    "Common area phones for nursing stations",
                    "74 teléfonos / phones",
                    "8/21/2026",
                ),
                (
                    "Políticas de reuniones Teams (lobby, grabación, subtítulos en español) y salas",
                    "Teams meeting policies (lobby, recording, Spanish captions) and room setup",
                    "1,260 usuarios / users",
                    "8/28/2026",
                ),
                (
                    "Capacitación: 18 sesiones presenciales y 6 virtuales",
                    "Training: 18 on-site and 6 virtual sessions",
                    "1,030 asistentes / attendees",
                    "8/28/2026",
                ),
            ],
        ),
        "<h2>2. Resultados / Outcomes</h2>"
        + ul(
            [
                "Llamadas al 911 probadas con ubicación de emergencia dinámica / E911 tested with dynamic emergency locations (3 buildings).",
                "Tiempo medio de espera en Citas bajó de 6:40 a 2:15 min / Average wait in Appointments down from 6:40 to 2:15 min.",
                "Reuniones Teams semanales: 2,950 (semana del 8/24/2026) / Weekly Teams meetings: 2,950 (week of 8/24/2026).",
            ]
        ),
        "<h2>3. Aceptación / Acceptance</h2><p>El Centro Médico Las Lomas acepta los servicios descritos como completados. / "
        "Centro Médico Las Lomas accepts the services described above as completed.</p>"
        f"<table><tr><td class='label'>Firma / Signature</td><td>{env.block()}</td></tr>"
        f"<tr><td class='label'>Nombre / Name</td><td>{escape(cio.name)}</td></tr>"
        f"<tr><td class='label'>Cargo / Title</td><td>{escape(cio.title)}</td></tr>"
        f"<tr><td class='label'>Fecha / Date</td><td>{us(env.signed.date())}</td></tr></table>",
    ]
    psd = psd_blocks(
        partner=partner,
        customer=hosp,
        products="Microsoft Teams Phone and Teams Meetings deployment and adoption (CCP-2026-118)",
        compensation="MCI Claiming Partner of Record usage incentive paid by "
        "Microsoft, based on active usage; not a fixed amount",
        partner_rep=pm,
        customer_rep=cio,
        sign_mode="esign:" + env.block(),
        partner_date="9/14/2026",
        customer_date=us(env.signed.date()),
        partner_sig=env.block(pm, env.sent),
    )
    pdf = html_pdf(
        [*acta, PAGE_BREAK, *psd, PAGE_BREAK, docusign_certificate(env)],
        PdfMeta(
            "Acta de Aceptacion y PSD - CM Las Lomas", "DocuSign", env.signed, creator="DocuSign", producer="DocuSign"
        ),
        decorate=stamp_pages(env.stamp()),
    )
    path = "Documentos/Acta_Aceptacion_TeamsVoz_y_PSD_firmado.pdf"
    claim = cpor(
        "4400112",
        area="Modern Work",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=hosp,
        cc=cio,
        workloads=["TEAMS PHONE ENABLED USERS", "TEAMS MEETINGS"],
        docs=[(path, "poe"), (path, "public_sector_disclosure")],
    )
    return Bundle(
        "4400112_CaribeCloud_CentroMedicoLasLomas",
        claim,
        {path: pdf},
        "approve",
        "Puerto Rico healthcare customer = public sector (guide item 6: government, healthcare, education); "
        "Modern Work usage needs written disclosure acknowledged by the customer in writing - the PSD page is "
        "DocuSigned by the customer's CIO in the same envelope as the acceptance record (certificate of "
        "completion attached). Bilingual Spanish/English: every statement is also in English. Detailed, dated "
        "Teams Phone and Meetings scope; signed 9/15/2026.",
        "Public sector PR with acknowledged disclosure in one DocuSign envelope; bilingual ES/EN document; "
        "mandated PSD wording shared with 4400111/4400113.",
        checks=dict(
            CPOR_NA,
            public_sector="pass",
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            ineligible_customer="pass",
            unacceptable_documents="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
    )


def ammp_report(
    *,
    partner: Org,
    customer: Org,
    claim_id: str,
    app: str,
    sections: Sequence[str],
    signer_label: str,
    facts: Sequence[tuple[str, str]],
) -> list[str]:
    return [
        f"<p class='small'>Microsoft AMMP Partner-led · Engagement completion template v3 · completed by "
        f"{escape(partner.name)}</p>"
        f"<h1>Project Completion Report – {escape(app)}</h1>"
        f"<table>{rows([('Customer', customer.name), ('Partner', partner.name), ('Engagement', AMMP), ('MCI claim ID', claim_id), *facts])}</table>",
        *sections,
        f"<h2>Customer sign-off</h2><p>The customer confirms the activities above were delivered and the workload is "
        f"in production on Azure.</p><table><tr><td class='label'>{escape(signer_label)}</td><td><div class='sig'></div></td></tr>"
        f"<tr><td class='label'>Name / Title</td><td>&nbsp;</td></tr><tr><td class='label'>Date (DD/MM/YYYY)</td><td>&nbsp;</td></tr></table>",
    ]


def sahyog_deccan_transport() -> Bundle:
    partner = Org(
        "Sahyog Cloud Services Pvt Ltd", "sahyogcloud.in", "IN", "Pune", location_id="7340881", short="Sahyog"
    )
    pm = Person("Aniket Kulkarni", "aniket.kulkarni@sahyogcloud.in", "Delivery Head - Azure")
    cust = Org(
        "Deccan State Transport Corporation",
        "deccantransport.gov.in",
        "IN",
        "Aurangabad",
        segment="public_sector",
        short="DSTC",
    )
    gm = Person("Smt. Vaishali Deshmukh", "gm.it@deccantransport.gov.in", "General Manager (IT)")
    claim_id = "4400113"
    consent = d(2026, 7, 1)
    submitted = at(2026, 10, 12, 7, 45)
    sections = [
        "<h2>Application and scope</h2><p>DSTC's online reservation and depot-pass system (ASP.NET 4.8 web application, "
        "SQL Server 2014, nightly batch for fare revisions) ran on two ageing servers in the Aurangabad data centre. "
        "Sahyog modernised it to Azure App Service and Azure SQL Database in the Central India region.</p>",
        "<h2>Activities delivered</h2>"
        + table(
            ["Phase", "Work", "Dates"],
            [
                (
                    "Compatibility assessment",
                    "App Service migration assistant and Data Migration Assistant on 38 pages and "
                    "214 stored procedures; 11 blocking issues fixed (session state, file uploads to Blob)",
                    "06/07/2026 – 24/07/2026",
                ),
                (
                    "Landing zone",
                    "CAF landing zone: hub-spoke VNets, Azure Firewall, private endpoints, Entra ID RBAC for the "
                    "DSTC IT cell and the vendor support team",
                    "20/07/2026 – 07/08/2026",
                ),
                (
                    "Modernisation",
                    "App Service (Premium v3, 2 instances, autoscale 2-6), Azure SQL Database (Business "
                    "Critical 8 vCore), Azure Functions for the fare batch, Front Door with WAF",
                    "03/08/2026 – 11/09/2026",
                ),
                (
                    "Security",
                    "Defender for Cloud (App Service, SQL), Key Vault for secrets, diagnostic logs to Log Analytics",
                    "07/09/2026 – 18/09/2026",
                ),
                (
                    "Cut-over",
                    "Production cut-over on 21/09/2026 with 4-hour window; rollback plan not used",
                    "21/09/2026",
                ),
            ],
        ),
        "<p>Planned Azure consumption: approx. USD 58,000 per year (pricing calculator estimate attached to the design "
        "document). Peak load on 28/09/2026 (festival booking opening): 41,000 bookings in 6 hours, no errors.</p>",
    ]
    report = html_pdf(
        ammp_report(
            partner=partner,
            customer=cust,
            claim_id=claim_id,
            app="Online Reservation System",
            sections=sections,
            signer_label="Signature (DSTC):",
            facts=[("Date of production", "21/09/2026"), ("Project period", "06/07/2026 – 28/09/2026")],
        ),
        PdfMeta("DSTC AMMP Completion Report", pm.name, at(2026, 9, 29, 11, 0, IST)),
        paper="a4",
    )
    report_scan = image_pdf(
        scan_pages(
            report,
            "dstc-report",
            dpi=150,
            inks=[
                Ink("Signature (DSTC):", "vaishali", dx=130, dy=1, width=120, height=24),
                Ink("Name / Title", "dstc-name", dx=130, dy=-3, width=0, date_text="V. Deshmukh, GM (IT)", date_dx=0),
                Ink("Date (DD/MM/YYYY)", "dstc-date", dx=95, dy=-3, width=0, date_text="30/09/2026", date_dx=0),
            ],
        ),
        PdfMeta(
            "scan0001",
            "",
            at(2026, 9, 30, 17, 20, IST),
            creator="HP LaserJet MFP M437",
            producer="HP LaserJet MFP M437",
        ),
    )
    checklist = html_pdf(
        ammp_checklist(
            claim_id=claim_id,
            partner=partner,
            customer=cust,
            production="21/09/2026",
            acr="USD 58,000",
            by=pm,
            on="30/09/2026",
        ),
        PdfMeta("AMMP completion checklist", pm.name, at(2026, 9, 30, 12, 0, IST)),
        paper="a4",
    )
    psd = psd_blocks(
        partner=partner,
        customer=cust,
        products="AMMP modernisation of the Online Reservation System to Azure",
        compensation="Fixed MCI partner activity fee paid by Microsoft to Partner on approval of the engagement claim",
        partner_rep=pm,
        customer_rep=gm,
        sign_mode="wet",
        partner_date="03/07/2026",
        customer_date="",
    )
    psd_print = html_pdf(psd, PdfMeta("PSD DSTC", pm.name, at(2026, 7, 3, 10, 0, IST)), paper="a4")
    psd_scan = image_pdf(
        scan_pages(
            psd_print,
            "dstc-psd",
            dpi=150,
            skew=1.6,
            inks=[
                Ink("Signed for Partner / Customer:", "aniket", dx=52, dy=1, width=100, height=20),
                Ink("Signed for Partner / Customer:", "vaishali", dx=212, dy=1, width=110, height=22),
                Ink("03/07/2026", "dstc-psd-date", dx=80, dy=-3, width=0, date_text="04/07/2026", date_dx=0),
            ],
        ),
        PdfMeta(
            "scan0002", "", at(2026, 7, 4, 12, 40, IST), creator="HP LaserJet MFP M437", producer="HP LaserJet MFP M437"
        ),
    )
    inv = invoice_html(
        partner=partner,
        address="Office 704, Pride Icon, Kharadi, Pune 411014, Maharashtra, India",
        tax_id="GSTIN 27AAKCS4821M1Z6 · PAN AAKCS4821M",
        number="SCS/26-27/0193",
        date="05/10/2026",
        title="TAX INVOICE",
        bill_to="Microsoft Corporation (India) Pvt Ltd\nMCI Partner Incentives",
        lines=[(f"MCI Claim ID {claim_id}", f"{AMMP} – Deccan State Transport Corporation (SAC 998314)", "7,500.00")],
        currency="USD",
        net="7,500.00",
        tax_label="IGST @ 18%",
        tax="1,350.00",
        total="8,850.00",
        notes="Amount in words: US Dollars Eight Thousand Eight Hundred Fifty only. "
        "Pre-tax incentive amount USD 7,500.00.",
        color="#8a2b0f",
    )
    cust_s, part_s = pa_surveys(
        claim_id,
        customer_sig=(gm.name.replace("Smt. ", ""), cust.name, gm.title),
        partner_sig=(pm.name, partner.name, pm.title),
        activities="Compatibility assessment, landing zone, App Service and Azure SQL modernisation, "
        "Defender for Cloud, production cut-over 21/09/2026",
        production="21/09/2026",
        cust_at=at(2026, 10, 6, 5, 30),
        part_at=at(2026, 10, 6, 9, 0),
    )
    files = {
        "01_Completion_Report_signed.pdf": report_scan,
        "02_AMMP_Checklist.pdf": checklist,
        "03_Public_Sector_Disclosure_signed.pdf": psd_scan,
        "04_Invoice_SCS-26-27-0193.pdf": invoice_pdf(
            inv, number="SCS/26-27/0193", author=pm.name, created=at(2026, 10, 5, 10, 0, IST), software="Tally.ERP 9"
        ),
        "surveys/customer_attestation.json": cust_s,
        "surveys/partner_attestation.json": part_s,
    }
    roles = ["poe", "poe", "public_sector_disclosure", "invoice", "customer_attestation", "partner_attestation"]
    claim = pa_claim(
        claim_id,
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=gm,
        engagement=AMMP_ENG,
        consent=consent,
        docs=list(zip(files, roles, strict=True)),
    )
    return Bundle(
        "4400113_Sahyog_DeccanStateTransport",
        claim,
        files,
        "approve",
        "Partner activities, public-sector customer in India: PSD required and present, signed by both "
        "(guide: 'Public Sector Customer located in India, United States, or Puerto Rico, you must include "
        "proof of Public Sector Disclosure'). Invoice: claim ID, partner name, pre-tax USD 7,500 = AMMP Small "
        "Market C rate for an Indian partner (India is neither Market A nor B); the 18% IGST on top is allowed "
        "('VAT is not required'). Both surveys signed with name, company, title; submitted 103 days after "
        "consent (Small: 120). AMMP checklist is the programme's standard wording, also on 4400211/4400213.",
        "PA with PSD (India); GST tax invoice in USD; programme standard checklist; signed scans with day-first dates.",
        checks=dict(
            PA_OK,
            public_sector="pass",
            invoice="pass",
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            unacceptable_documents="pass",
            document_language="pass",
            reused_evidence="pass",
            workload_match=["not_applicable", "pass"],
        ),
    )


def keystone_svcc_no_psd() -> Bundle:
    partner = Org(
        "Keystone Public Cloud LLC",
        "keystonepubliccloud.com",
        "US",
        "Harrisburg, PA",
        location_id="7341207",
        short="Keystone",
    )
    pm = Person("Lauren Mikesell", "lmikesell@keystonepubliccloud.com", "Engagement Manager")
    college = Org(
        "Susquehanna Valley Community College",
        "svcc.edu",
        "US",
        "Selinsgrove, PA",
        segment="public_sector",
        short="SVCC",
    )
    dean = Person("Dr. Marcus Webb", "mwebb@svcc.edu", "Associate VP, Information Technology")
    claim_id = "4400402"
    consent = d(2026, 8, 10)
    submitted = at(2026, 11, 16, 18, 5)
    env = Envelope(
        "Docusign",
        guid("env", "svcc", upper=True),
        dean,
        college,
        pm,
        at(2026, 11, 9, 13, 0, EST),
        at(2026, 11, 10, 8, 40, EST),
        at(2026, 11, 10, 8, 47, EST),
        "Please DocuSign: SVCC Student Portal Modernization - Completion",
        pages=2,
    )
    sections = [
        "<h2>Application and scope</h2><p>SVCC's student self-service portal (Java 11 Spring Boot, Oracle 12c, on "
        "VMware in the Selinsgrove data center) was rebuilt on Azure Kubernetes Service with Azure Database for "
        "PostgreSQL Flexible Server.</p>",
        "<h2>Activities delivered</h2>"
        + table(
            ["Phase", "Work", "Dates"],
            [
                (
                    "Compatibility assessment",
                    "Code scan of 3 services, Oracle-to-PostgreSQL schema conversion (ora2pg) of "
                    "146 tables, 9 PL/SQL packages rewritten",
                    "8/17/2026 – 9/4/2026",
                ),
                (
                    "Landing zone",
                    "Landing zone review against CAF; added Azure Policy for allowed regions (East US 2) and "
                    "private AKS API server",
                    "8/24/2026 – 9/11/2026",
                ),
                (
                    "Modernization",
                    "AKS (3-node system pool, 2-6 user nodes), Helm charts, GitHub Actions pipelines, "
                    "PostgreSQL Flexible Server (zone-redundant HA)",
                    "9/8/2026 – 10/23/2026",
                ),
                (
                    "Security",
                    "Defender for Containers, Key Vault CSI driver, Entra ID workload identity",
                    "10/12/2026 – 10/30/2026",
                ),
                ("Go-live", "Production on 11/2/2026 before spring registration", "11/2/2026"),
            ],
        ),
        "<p>Planned Azure consumption about USD 71,000/year. Registration day 11/4/2026: 6,800 students, p95 page time 480 ms.</p>",
    ]
    blocks = ammp_report(
        partner=partner,
        customer=college,
        claim_id=claim_id,
        app="Student Self-Service Portal",
        sections=sections,
        signer_label="Signature (SVCC):",
        facts=[("Date of production", "11/2/2026"), ("Project period", "8/17/2026 – 11/4/2026")],
    )
    blocks[-1] = (
        blocks[-1]
        .replace("<div class='sig'></div>", env.block())
        .replace(
            "<tr><td class='label'>Name / Title</td><td>&nbsp;</td></tr>",
            f"<tr><td class='label'>Name / Title</td><td>{escape(dean.name)}, {escape(dean.title)}</td></tr>",
        )
        .replace("Date (DD/MM/YYYY)</td><td>&nbsp;", f"Date</td><td>{us(env.signed.date())}")
    )
    report = html_pdf(
        [*blocks, PAGE_BREAK, docusign_certificate(env)],
        PdfMeta("SVCC AMMP Completion", "DocuSign", env.signed, creator="DocuSign", producer="DocuSign"),
        decorate=stamp_pages(env.stamp()),
    )
    inv = invoice_html(
        partner=partner,
        address="200 N 3rd St, Harrisburg, PA 17101",
        tax_id="EIN 84-3920417",
        number="KPC-1186",
        date="11/11/2026",
        bill_to="Microsoft Corporation\nOne Microsoft Way, Redmond, WA 98052",
        lines=[(f"Claim {claim_id}", f"{AMMP} – Susquehanna Valley Community College", "$15,000.00")],
        currency="USD",
        net="$15,000.00",
        notes="Payment terms: per MCI payment cycle.",
    )
    cust_s, part_s = pa_surveys(
        claim_id,
        customer_sig=("Marcus Webb", college.name, dean.title),
        partner_sig=(pm.name, partner.name, pm.title),
        activities="Assessment, landing zone review, AKS + PostgreSQL modernization, Defender "
        "for Containers, go-live 11/2/2026",
        production="11/2/2026",
        cust_at=at(2026, 11, 12, 15, 0),
        part_at=at(2026, 11, 12, 16, 0),
    )
    checklist = html_pdf(
        ammp_checklist(
            claim_id=claim_id,
            partner=partner,
            customer=college,
            production="11/2/2026",
            acr="USD 71,000",
            by=pm,
            on="11/11/2026",
        ),
        PdfMeta("AMMP completion checklist", pm.name, at(2026, 11, 11, 12, 0, EST)),
    )
    files = {
        "SVCC_AMMP_Completion_Signed.pdf": report,
        "AMMP_Checklist_SVCC.pdf": checklist,
        "Invoice_KPC-1186.pdf": invoice_pdf(
            inv, number="KPC-1186", author=pm.name, created=at(2026, 11, 11, 9, 0, EST), software="QuickBooks Online"
        ),
        "customer_survey.json": cust_s,
        "partner_survey.json": part_s,
    }
    roles = ["poe", "poe", "invoice", "customer_attestation", "partner_attestation"]
    claim = pa_claim(
        claim_id,
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=college,
        cc=dean,
        engagement=AMMP_ENG,
        consent=consent,
        docs=list(zip(files, roles, strict=True)),
        comments=[("partner", submitted - dt.timedelta(minutes=4), "All documents uploaded.")],
    )
    return Bundle(
        "4400402_Keystone_SVCC_NoPSD",
        claim,
        files,
        "action_required",
        "Education customer = public sector; located in the United States, so the claim must include proof of "
        "the Public Sector Disclosure (engagement POE requirements: 'Public Sector Customer located in India, "
        "United States, or Puerto Rico, you must include proof of Public Sector Disclosure'). None is uploaded "
        "and nothing in the documents discloses the incentive. Everything else is in order (US = Market A, "
        "USD 15,000; surveys complete; 98 days after consent). The partner can upload the acknowledged PSD.",
        "PA public-sector (US community college) without any disclosure; otherwise complete and e-signed.",
        checks=dict(
            PA_OK,
            required_documents="fail",
            public_sector="fail",
            invoice="pass",
            customer_acknowledgement="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
        ),
    )


def pennine_north_calder() -> Bundle:
    partner = Org(
        "Pennine Cloud Services Ltd",
        "penninecloud.co.uk",
        "GB",
        "Sheffield",
        location_id="7324458",
        short="Pennine Cloud",
    )
    pm = Person("Gareth Lowe", "gareth.lowe@penninecloud.co.uk", "Principal Consultant")
    trust = Org(
        "North Calder NHS Foundation Trust",
        "northcalder.nhs.uk",
        "GB",
        "Halifax",
        segment="public_sector",
        short="North Calder",
    )
    head = Person("Priya Raman", "priya.raman@northcalder.nhs.uk", "Head of Digital Services")
    submitted = at(2026, 10, 30, 12, 10)

    def build(doc: DocxDocument) -> None:
        w_para(doc, "Pennine Cloud Services", bold=True, size=15)
        w_heading(doc, "Workshop and Deployment Summary – Microsoft Teams", 0)
        w_para(
            doc, 'Customer: North Calder NHS Foundation Trust ("the Trust")   ·   Reference: PCS-NCFT-2026-03', size=9
        )
        w_para(doc, "Period: 04/05/2026 – 18/09/2026   ·   Author: Gareth Lowe, Principal Consultant", size=9)
        w_heading(doc, "Background", 1)
        w_para(
            doc,
            "The Trust ran Skype for Business Server 2015 for 4,300 staff across Calderdale Royal site, two "
            "community hubs and 19 GP-attached clinics. Meetings with partner organisations (local authority, "
            "ICB) relied on dial-in bridges. Pennine ran two discovery workshops and then the migration.",
        )
        w_heading(doc, "Workshops", 1)
        w_table(
            doc,
            ["Date", "Workshop", "Attendees"],
            [
                ["04/05/2026", "Envisioning: clinical and corporate meeting scenarios", "Digital, IG, Comms (12)"],
                [
                    "12/05/2026",
                    "Governance: team creation, guest access with NHSmail tenants, retention",
                    "IG lead, DPO (6)",
                ],
            ],
        )
        w_heading(doc, "Deployment", 1)
        w_table(
            doc,
            ["Workstream", "Detail", "Volume", "Done"],
            [
                [
                    "Teams rollout",
                    "Upgrade from Skype for Business in 5 waves (corporate, estates, community, clinics, wards); "
                    "TeamsOnly mode",
                    "4,300 staff",
                    "28/08/2026",
                ],
                [
                    "Teams meetings",
                    "Meeting policies: lobby for external, recording off for clinical MDTs, live captions; "
                    "12 MDT meeting templates",
                    "4,300 staff",
                    "04/09/2026",
                ],
                [
                    "Guest & federation",
                    "Federation with NHSmail and the council tenant; guest access for 3 ICB programmes",
                    "3 organisations",
                    "11/09/2026",
                ],
                [
                    "Training",
                    "Drop-in clinics on every site, 14 e-learning modules on the Trust LMS",
                    "2,940 completions",
                    "18/09/2026",
                ],
            ],
        )
        w_heading(doc, "Measures", 1)
        w_bullets(
            doc,
            [
                "Teams daily active users 3,710 (86%) on 17/09/2026.",
                "Dial-in bridge spend stopped from 01/09/2026 (saving ~£38k a year).",
            ],
        )

    summary = docx_bytes(
        build,
        title="Workshop and Deployment Summary - North Calder",
        author=pm.name,
        created=at(2026, 9, 21, 9, 0, BST),
    )
    ask = Mail(
        pm,
        (head,),
        at(2026, 9, 22, 10, 12, BST),
        "North Calder – Teams deployment summary for sign-off",
        "Hi Priya,\n\nAttached is the workshop and deployment summary (PCS-NCFT-2026-03). Could you confirm by "
        "reply that the Trust accepts the Teams rollout and meetings configuration as delivered?\n\nMany thanks,\nGareth",
    )
    ack = Mail(
        head,
        (pm,),
        at(2026, 9, 24, 17, 31, BST),
        "RE: North Calder – Teams deployment summary for sign-off",
        reply_body(
            "Gareth,\n\nConfirmed – on behalf of North Calder NHS Foundation Trust I accept the Microsoft "
            "Teams rollout to our 4,300 staff and the Teams meetings configuration (policies, MDT templates, "
            "federation) as described in PCS-NCFT-2026-03. Thank you to the Pennine team.\n\nPriya Raman\n"
            "Head of Digital Services\nNorth Calder NHS Foundation Trust",
            [ask],
            "gb",
        ),
    )
    files = {
        "POE/Workshop and Deployment Summary - North Calder.docx": summary,
        "POE/RE North Calder Teams deployment summary.msg": msg_bytes(ack),
    }
    claim = cpor(
        "4400231",
        area="Modern Work",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=trust,
        cc=head,
        workloads=["TEAMS", "TEAMS MEETINGS"],
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        "4400231_Pennine_NorthCalderNHS",
        claim,
        files,
        "approve",
        "Healthcare = public sector, but the written-disclosure rule the guide states is for Puerto Rico and "
        "the United States (and PA claims in IN/US/PR); a UK NHS trust needs no PSD. Acceptance e-mail from the "
        "trust's own domain explicitly accepts the described Teams work (item 1); detailed, dated scope; "
        "24/09/2026 within 12 months.",
        "Public sector outside US/PR (no disclosure needed); Word summary + .msg acceptance with transport headers.",
        checks=dict(
            CPOR_NA,
            public_sector=["pass", "not_applicable"],
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            customer_domain="pass",
            ineligible_customer="pass",
            unacceptable_documents="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
    )


# ==============================================================================================
# 3. Real reuse
# ==============================================================================================
BROOKLINE = Org(
    "Brookline Mutual Insurance Company", "brooklinemutual.com", "US", "Worcester, MA", short="Brookline Mutual"
)
BROOKLINE_DIR = Person("Theresa Nguyen", "theresa.nguyen@brooklinemutual.com", "Director, Workplace Technology")
HALCYON = Org(
    "Halcyon IT Services Inc.", "halcyonit.com", "US", "Minneapolis, MN", location_id="7325516", short="Halcyon"
)
HALCYON_PM = Person("Grant Sorensen", "gsorensen@halcyonit.com", "Collaboration Practice Manager")


def brookline_ack_msg() -> bytes:
    """The customer's acceptance e-mail to Halcyon (the same file ends up on another partner's claim)."""
    ask = Mail(
        HALCYON_PM,
        (BROOKLINE_DIR,),
        at(2026, 9, 18, 15, 40, EDT),
        "Teams Rooms rollout – commissioning report for acceptance",
        "Hi Theresa,\n\nThe commissioning report for the 38 Teams Rooms is signed on our side and sent to you "
        "through Acrobat Sign. Could you also confirm acceptance by reply for our records?\n\nThanks,\nGrant",
    )
    ack = Mail(
        BROOKLINE_DIR,
        (HALCYON_PM,),
        at(2026, 9, 19, 9, 14, EDT),
        "RE: Teams Rooms rollout – commissioning report for acceptance",
        reply_body(
            "Grant,\n\nSigned this morning. For the record: Brookline Mutual accepts the Microsoft Teams "
            "Rooms rollout delivered by Halcyon – 38 rooms across Worcester HQ, the Springfield claims "
            "center and the Burlington office, all certified devices enrolled in the Teams Rooms Pro "
            "portal, and the room booking and proximity join working as tested on 9/16. Great job by your "
            "install crew.\n\nTheresa Nguyen\nDirector, Workplace Technology\nBrookline Mutual Insurance "
            "Company | 100 Front Street, Worcester, MA 01608",
            [ask],
            "us",
        ),
    )
    return msg_bytes(ack)


def halcyon_brookline_rooms() -> Bundle:
    submitted = at(2026, 10, 5, 16, 25)
    env = Envelope(
        "Acrobat Sign",
        "CBJCHBCAABAA" + hexid("acro", "brookline", length=32),
        BROOKLINE_DIR,
        BROOKLINE,
        HALCYON_PM,
        at(2026, 9, 18, 15, 30, EDT),
        at(2026, 9, 19, 8, 50, EDT),
        at(2026, 9, 19, 8, 58, EDT),
        "Brookline Mutual - Teams Rooms Commissioning Report",
        pages=3,
    )
    rooms = [
        ("Worcester HQ – floors 2-6", "22", "Teams Rooms on Windows (Logitech Tap + Rally Bar)", "8/28/2026"),
        ("Worcester HQ – boardroom", "1", "Dual display, ceiling mic array, front-of-room camera", "8/28/2026"),
        ("Springfield claims center", "9", "Teams Rooms on Android (Poly Studio X52)", "9/9/2026"),
        ("Burlington office", "6", "Teams Rooms on Android (Yealink MeetingBar A30)", "9/16/2026"),
    ]
    blocks = [
        f"""<table class="noborder"><tr><td><span style="font-size:16pt; color:#5b2a86"><b>HALCYON</b></span>
<span class="small"> IT SERVICES</span></td><td class="right small">Doc HIT-BMI-TR-03</td></tr></table>
<h1>Microsoft Teams Rooms – Commissioning Report</h1>
<p>Customer: <b>Brookline Mutual Insurance Company</b> &nbsp; · &nbsp; Partner: <b>Halcyon IT Services Inc.</b><br/>
Project window: 7/20/2026 – 9/16/2026 &nbsp; · &nbsp; Customer lead: {escape(BROOKLINE_DIR.name)}</p>""",
        "<h2>Rooms commissioned</h2>" + table(["Site", "Rooms", "Build", "Commissioned"], rooms),
        "<h2>Configuration</h2>"
        + ul(
            [
                "38 resource accounts with Teams Rooms Pro licences; calendar processing (auto-accept, external meeting "
                "handling) set per site.",
                "All devices enrolled in the Teams Rooms Pro Management portal; update rings (pilot: 3 rooms).",
                "Intune compliance and Conditional Access exclusions for the room accounts scoped by named location.",
                "Proximity join and content camera in the HQ boardroom; Direct Guest Join for Zoom and Webex.",
            ]
        ),
        "<h2>Testing</h2>"
        + ul(
            [
                "Per-room test script (14 checks) passed on all 38 rooms; results in appendix A.",
                "Room booking from Outlook and the Teams panel tested with the facilities team on 9/16/2026.",
            ]
        ),
        f"<h2>Acceptance</h2><p>Brookline Mutual accepts the rooms listed above as commissioned.</p>"
        f"<table><tr><td class='label'>Customer signature</td><td>{env.block()}</td></tr>"
        f"<tr><td class='label'>Name / Title</td><td>{escape(BROOKLINE_DIR.name)}, {escape(BROOKLINE_DIR.title)}</td></tr></table>",
    ]
    report = html_pdf(
        [*blocks, PAGE_BREAK, acrobat_audit(env)],
        PdfMeta(
            "Brookline Mutual - Teams Rooms Commissioning Report - signed",
            "Adobe Acrobat Sign",
            env.signed,
            creator="Adobe Acrobat Sign",
            producer="Adobe Acrobat Sign",
        ),
        decorate=footer_pages(env.stamp()),
    )
    files = {
        "Brookline Mutual - Teams Rooms Commissioning Report - signed.pdf": report,
        "RE Teams Rooms rollout - commissioning report for acceptance.msg": brookline_ack_msg(),
    }
    claim = cpor(
        "4400121",
        area="Modern Work",
        submitted=submitted,
        partner=HALCYON,
        pc=HALCYON_PM,
        customer=BROOKLINE,
        cc=BROOKLINE_DIR,
        workloads=["TEAMS ROOMS"],
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        "4400121_Halcyon_BrooklineMutual",
        claim,
        files,
        "approve",
        "Acrobat Sign e-signature with final audit report (item 1, verifiable eSignature) plus an acceptance "
        "e-mail from brooklinemutual.com addressed to Halcyon naming Halcyon's rollout; 38 rooms per site with "
        "dates (items 2-5). The same .msg appears on 4400122 (another partner, another workload): the file is "
        "genuinely Halcyon's (addressed to Halcyon, about Halcyon's Teams Rooms work), so this claim stands; "
        "the reuse is the other partner's problem, but the duplicate should be seen.",
        "Original of a reused acknowledgement e-mail; Acrobat Sign with audit report.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            customer_domain="pass",
            ineligible_customer="pass",
            unacceptable_documents="pass",
            document_language="pass",
            reused_evidence=["fail", "warn"],
            required_documents="pass",
        ),
    )


def kinetic_brookline_mde() -> Bundle:
    partner = Org(
        "Kinetic Edge Solutions LLC", "kineticedge.io", "US", "Boston, MA", location_id="7326003", short="Kinetic Edge"
    )
    pm = Person("Omar Haddad", "omar@kineticedge.io", "Security Consultant")
    submitted = at(2026, 10, 27, 13, 50)

    def build(doc: DocxDocument) -> None:
        w_heading(doc, "Defender for Endpoint – onboarding notes", 0)
        w_para(doc, "Customer: Brookline Mutual · Prepared by Kinetic Edge Solutions · v0.4 (draft)", size=9)
        w_heading(doc, "Summary", 1)
        w_para(
            doc,
            "Kinetic Edge supported Brookline Mutual's IT team with the onboarding of Windows endpoints to "
            "Microsoft Defender for Endpoint between August and October 2026.",
        )
        w_heading(doc, "Work log", 1)
        w_table(
            doc,
            ["Date", "Activity", "Devices"],
            [
                ["8/11/2026", "Onboarding package via Intune for the pilot group (IT)", "35"],
                ["8/25/2026", "Rings 1-2: Worcester HQ floors 2-4", "410"],
                ["9/15/2026", "Ring 3: Springfield and Burlington", "520"],
                ["10/6/2026", "ASR rules in audit mode; review scheduled", "All"],
            ],
        )
        w_heading(doc, "Next steps", 1)
        w_bullets(doc, ["Move 8 ASR rules to block after review with Brookline IT.", "Customer acceptance to follow."])

    notes = docx_bytes(build, title="MDE onboarding notes", author=pm.name, created=at(2026, 10, 8, 10, 0, EDT))
    files = {"POE/MDE_onboarding_notes_v0.4.docx": notes, "POE/Customer confirmation.msg": brookline_ack_msg()}
    claim = cpor(
        "4400122",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=BROOKLINE,
        cc=BROOKLINE_DIR,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        docs=[(p, "poe") for p in files],
        comments=[
            (
                "partner",
                submitted - dt.timedelta(minutes=2),
                "Customer confirmation attached (e-mail from Theresa Nguyen).",
            )
        ],
    )
    return Bundle(
        "4400122_KineticEdge_BrooklineMutual",
        claim,
        files,
        "action_required",
        "The only customer acknowledgement is an e-mail addressed to another partner (Halcyon) accepting "
        "Teams Rooms work - the same file as on claim 4400121. It does not acknowledge Kinetic Edge's "
        "involvement or Defender for Endpoint (items 1, 2 and 4); the onboarding notes are an unsigned "
        "partner draft ('Customer acceptance to follow'), i.e. a document without customer acknowledgment. "
        "The partner can obtain the customer's own acknowledgement of its MDE work.",
        "Same acknowledging e-mail on two claims (another partner's .msg re-uploaded under a neutral name).",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="fail",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="fail",
        ),
    )


# --- the same narrative with only the customer name swapped --------------------------------------------
def intune_narrative(customer: str, short: str) -> list[str]:
    return [
        f"<h2>Scope of work</h2><p>{escape(customer)} runs a mixed Windows 11 and iOS estate across a head office, "
        "two processing plants and a cold-storage warehouse. Before the project, devices were imaged by hand, no "
        "mobile device management existed and shared scanners in the plants were unmanaged Android devices.</p>",
        "<h3>Phase 1 – Foundation (weeks 1-3)</h3>"
        + ul(
            [
                "Entra ID hybrid join retired in favour of cloud-native Entra join for new builds; Autopilot profiles for "
                "office and plant devices.",
                "Enrollment restrictions, device categories (Office, Plant, Warehouse, Kiosk) and RBAC for the service desk.",
            ]
        ),
        "<h3>Phase 2 – Deployment (weeks 4-9)</h3>"
        + ul(
            [
                "Autopilot deployment of 585 Windows 11 devices in four waves; Win32 packaging of 23 line-of-business "
                "applications including the SCADA HMI viewer and the label printing client.",
                "Apple Business Manager with automated device enrollment for 240 iPhones; app protection for Outlook and Teams.",
                "Android Enterprise dedicated devices (kiosk) for 96 handheld scanners in the plants and the warehouse.",
            ]
        ),
        "<h3>Phase 3 – Hardening and handover (weeks 10-12)</h3>"
        + ul(
            [
                "Compliance policies feeding Conditional Access; BitLocker and FileVault key escrow; Windows Update for "
                "Business rings with a 7-day deferral for plant devices.",
                f"Eight runbooks and two admin workshops for the {short} service desk; hypercare for four weeks.",
            ]
        ),
        f"<p>Outcome: 921 devices managed in Intune, 96% compliant at closure; device build time down from a day to "
        f"under an hour for {escape(short)}.</p>",
    ]


def delivery_report(
    *,
    partner: Org,
    brand_color: str,
    customer: Org,
    ref: str,
    narrative: list[str],
    period: str,
    env: Envelope,
    title: str = "Intune Delivery Report",
) -> bytes:
    blocks = [
        f"<p style='font-size:15pt; color:{brand_color}'><b>{escape(partner.name)}</b></p>"
        f"<h1>{escape(title)}</h1>"
        f"<table>{rows([('Customer', customer.name), ('Partner', partner.name), ('Reference', ref), ('Period', period), ('Workload', 'Microsoft Intune')])}</table>",
        *narrative,
        f"<h2>Customer acceptance</h2><p>{escape(customer.name)} confirms the work above was delivered.</p>"
        f"<table><tr><td class='label'>Signature</td><td>{env.block()}</td></tr>"
        f"<tr><td class='label'>Name / Title</td><td>{escape(env.signer.name)}, {escape(env.signer.title)}</td></tr>"
        f"<tr><td class='label'>Date signed</td><td>{env.fmt(env.signed).split(' | ')[0]}</td></tr></table>",
    ]
    return html_pdf(
        [*blocks, PAGE_BREAK, docusign_certificate(env)],
        PdfMeta(f"{customer.call} - {title}", "DocuSign", env.signed, creator="DocuSign", producer="DocuSign"),
        decorate=stamp_pages(env.stamp()),
    )


def fjordlight_vestkyst() -> Bundle:
    partner = Org("Fjordlight AS", "fjordlight.no", "NO", "Bergen", location_id="7327114", short="Fjordlight")
    pm = Person("Ingrid Solheim", "ingrid.solheim@fjordlight.no", "Prosjektleder / Project Manager")
    cust = Org("Vestkyst Sjømat AS", "vestkystsjomat.no", "NO", "Bergen", short="Vestkyst")
    it = Person("Kjetil Haugland", "kjetil.haugland@vestkystsjomat.no", "IT-sjef / Head of IT")
    submitted = at(2026, 10, 1, 8, 30)
    env = Envelope(
        "Docusign",
        guid("env", "vestkyst", upper=True),
        it,
        cust,
        pm,
        at(2026, 6, 18, 14, 0, CEST),
        at(2026, 6, 19, 9, 10, CEST),
        at(2026, 6, 19, 9, 21, CEST),
        "Vennligst signer: Leveranserapport Intune",
        pages=3,
        date_style="eu",
    )
    narrative = intune_narrative("Vestkyst Sjømat AS", "Vestkyst")
    narrative[0] = narrative[0].replace(
        "a head office, two processing plants and a cold-storage warehouse",
        "the Bergen head office, processing plants in Bergen and Stavanger and a cold-storage warehouse in Ålesund",
    )
    pdf = delivery_report(
        partner=partner,
        brand_color="#0a5e8a",
        customer=cust,
        ref="FL-2026-031",
        narrative=narrative,
        period="02.03.2026 – 22.05.2026",
        env=env,
    )
    path = "Leveranserapport_Intune_Vestkyst_signert.pdf"
    claim = cpor(
        "4400141",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=it,
        workloads=["INTUNE"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4400141_Fjordlight_VestkystSjomat",
        claim,
        {path: pdf},
        "approve",
        "DocuSign envelope with certificate of completion signed by the customer's Head of IT on 19.06.2026 "
        "(within 12 months of 2026-10-01); detailed Intune scope with device counts and phases naming the "
        "customer's sites (Bergen, Stavanger, Ålesund). Claim 4400302 (another partner, another customer) "
        "carries the same narrative with the name swapped - this bundle is the original: the site names and "
        "dates fit this customer and it was signed three months earlier.",
        "Original of a copied narrative; DocuSign with certificate (dd.mm.yyyy dates).",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            ineligible_customer="pass",
            unacceptable_documents="pass",
            document_language="pass",
            reused_evidence=["fail", "warn"],
            required_documents="pass",
        ),
    )


def lonestar_gulfcoast() -> Bundle:
    partner = Org(
        "Lonestar Cloudworks LLC",
        "lonestarcloudworks.com",
        "US",
        "Houston, TX",
        location_id="7327659",
        short="Lonestar",
    )
    pm = Person("Brady Kessler", "brady@lonestarcloudworks.com", "Account Executive")
    cust = Org("Gulf Coast Plastics Inc.", "gcplastics.com", "US", "Pasadena, TX", short="Gulf Coast Plastics")
    it = Person("Marisol Treviño", "mtrevino@gcplastics.com", "IT Manager")
    submitted = at(2026, 10, 23, 19, 5)
    env = Envelope(
        "Docusign",
        guid("env", "gcplastics", upper=True),
        it,
        cust,
        pm,
        at(2026, 9, 24, 11, 0, CDT),
        at(2026, 9, 25, 8, 30, CDT),
        at(2026, 9, 25, 8, 34, CDT),
        "Please DocuSign: Intune Delivery Report",
        pages=3,
    )
    narrative = intune_narrative("Gulf Coast Plastics Inc.", "Gulf Coast Plastics")
    narrative[0] = narrative[0].replace(
        "a head office, two processing plants and a cold-storage warehouse",
        "the head office, processing plants in Bergen and Stavanger and a cold-storage warehouse",
    )
    pdf = delivery_report(
        partner=partner,
        brand_color="#a3361f",
        customer=cust,
        ref="LCW-0930",
        narrative=narrative,
        period="3/2/2026 – 5/22/2026",
        env=env,
    )
    path = "GCP Intune Delivery Report - signed.pdf"
    claim = cpor(
        "4400302",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=it,
        workloads=["INTUNE"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4400302_Lonestar_GulfCoastPlastics",
        claim,
        {path: pdf},
        "action_required",
        "The scope text is the narrative of claim 4400141 (Fjordlight / Vestkyst Sjømat) with only the "
        "customer name swapped: identical phases, identical counts (585 Windows, 240 iPhones, 96 scanners, "
        "921 devices) and even the Norwegian plant locations 'Bergen and Stavanger' left in for a Texas "
        "company. The guide lists 'generic POE templates submitted on other partner claims' as insufficient "
        "material (item 3), so the activities are not evidenced despite the DocuSign signature. The partner "
        "must provide POE describing its own work at this customer.",
        "Same narrative with only the name swapped (copied from another partner's claim in the queue).",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="fail",
        ),
    )


# --- the same signature picture pasted on two partners' claims ------------------------------------------
PASTED_SIG = None


def pasted_signature() -> bytes:
    global PASTED_SIG
    if PASTED_SIG is None:
        PASTED_SIG = signature_png("pasted-signature-image")
    return PASTED_SIG


def acceptance_letter(
    *,
    partner: Org,
    customer: Org,
    signer: Person,
    letter_date: str,
    ref: str,
    subject: str,
    body: Sequence[str],
    color: str,
    address: str,
) -> list[str]:
    return [
        f"<p style='font-size:15pt; color:{color}'><b>{escape(customer.name)}</b></p>"
        f"<p class='small'>{escape(address)}</p><p>{escape(letter_date)}</p>"
        f"<p>To: {escape(partner.name)}<br/>Re: {escape(subject)} (ref. {escape(ref)})</p>",
        *[f"<p>{escape(p)}</p>" for p in body],
        f"<p>Sincerely,</p><p>Signature:</p><p>&nbsp;</p><p>&nbsp;</p><p>{escape(signer.name)}<br/>{escape(signer.title)}<br/>"
        f"{escape(customer.name)}</p>",
    ]


def vexa_quabbin() -> Bundle:
    partner = Org("Vexa Digital LLC", "vexadigital.com", "US", "Springfield, MA", location_id="7328031", short="Vexa")
    pm = Person("Kyle Brennan", "kbrennan@vexadigital.com", "Consultant")
    cust = Org("Quabbin Paper Company", "quabbinpaper.com", "US", "Ware, MA", short="Quabbin Paper")
    it = Person("Dana Kowalczyk", "dkowalczyk@quabbinpaper.com", "IT Manager")
    submitted = at(2026, 10, 16, 14, 40)
    blocks = acceptance_letter(
        partner=partner,
        customer=cust,
        signer=it,
        letter_date="September 8, 2026",
        ref="VX-QP-2026-05",
        subject="SharePoint Online intranet and document migration",
        body=[
            "Quabbin Paper Company confirms that Vexa Digital completed the SharePoint Online project between May 11 "
            "and August 28, 2026:",
            "- migration of 2.4 TB from three Windows file servers (Finance, Engineering, Quality) to 41 SharePoint "
            "sites with retention labels for Quality records;",
            "- a new communication site intranet with mill news, shift rosters and the safety dashboard for 460 "
            "employees;",
            "- permissions redesign (67 groups reduced to 19) and training for 24 site owners.",
            "We accept the work as delivered.",
        ],
        color="#2e5d2e",
        address="14 Mill Street, Ware, MA 01082",
    )
    pdf = html_pdf(
        blocks,
        PdfMeta("Acceptance letter", it.name, at(2026, 9, 8, 10, 0, EDT)),
        decorate=image_at("Signature:", pasted_signature(), dx=0, dy=2, width=126, height=35),
    )
    path = "Acceptance_Letter_QuabbinPaper.pdf"
    claim = cpor(
        "4400311",
        area="Modern Work",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=it,
        workloads=["SHAREPOINT ONLINE"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4400311_Vexa_QuabbinPaper",
        claim,
        {path: pdf},
        "action_required",
        "The customer's 'signature' is a raster picture pasted into a Word-made PDF, and the identical "
        "picture signs the letter on claim 4400312 for a different person at a different company with a "
        "different partner. The guide does not accept copying/pasting physical signatures (documents not "
        "accepted as POE) nor flat signature images (item 1, insufficient material). Detail and dates "
        "are fine; the partner needs a genuine acknowledgement (e-mail from the customer or a verifiable "
        "e-signature).",
        "Same signature image on two partners' claims (1 of 2).",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="fail",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="fail",
        ),
    )


def lumora_maplecrest() -> Bundle:
    partner = Org("Lumora Tech Inc.", "lumoratech.ca", "CA", "Vancouver, BC", location_id="7328377", short="Lumora")
    pm = Person("Jasmine Kaur", "jasmine@lumoratech.ca", "Project Lead")
    cust = Org("Maplecrest Dairy Co-operative", "maplecrestdairy.ca", "CA", "Chilliwack, BC", short="Maplecrest")
    ops = Person("Gordon Pell", "gpell@maplecrestdairy.ca", "Operations Director")
    submitted = at(2026, 11, 2, 18, 20)
    blocks = acceptance_letter(
        partner=partner,
        customer=cust,
        signer=ops,
        letter_date="2026-09-21",
        ref="LT-MDC-114",
        subject="Exchange Online migration",
        body=[
            "This letter confirms that Lumora Tech migrated Maplecrest Dairy Co-operative's e-mail to Exchange Online "
            "between July 6 and September 4, 2026:",
            "- 310 mailboxes (members' services, plant and drivers) moved from the hosted IMAP provider, 480 GB;",
            "- shared mailboxes for milk-quality alerts and co-op member enquiries; mobile access for 85 drivers "
            "with Outlook for iOS and Android;",
            "- MX cut-over on August 27, 2026, SPF/DKIM/DMARC, and retention policy of 7 years for member correspondence.",
            "The co-operative accepts this work.",
        ],
        color="#7a4b00",
        address="45210 Luckakuck Way, Chilliwack, BC V2R 0A1",
    )
    pdf = html_pdf(
        blocks,
        PdfMeta("Maplecrest acceptance", pm.name, at(2026, 9, 21, 11, 0, PDT)),
        decorate=image_at("Signature:", pasted_signature(), dx=0, dy=2, width=126, height=35),
    )
    path = "POE/Maplecrest - customer acceptance.pdf"
    claim = cpor(
        "4400312",
        area="Modern Work",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=ops,
        workloads=["EXCHANGE ONLINE"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4400312_Lumora_MaplecrestDairy",
        claim,
        {path: pdf},
        "action_required",
        "Signed with the very same pasted signature picture as claim 4400311 (a different signatory, company "
        "and partner): a copied/pasted signature and a flat signature image are not valid acknowledgement "
        "(guide item 1 and 'documents not accepted as POE'). The partner must supply a genuine customer "
        "acknowledgement.",
        "Same signature image on two partners' claims (2 of 2).",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="fail",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="fail",
        ),
    )


# --- one invoice covering two claims ---------------------------------------------------------------------
LEVANTE = Org("Levante Cloud S.L.", "levantecloud.es", "ES", "Valencia", location_id="7329120", short="Levante Cloud")
LEVANTE_PM = Person("Álvaro Ferrer Puig", "aferrer@levantecloud.es", "Director de Proyectos")


def levante_invoice() -> bytes:
    html = invoice_html(
        partner=LEVANTE,
        address="Carrer de Colón 22, 46004 València, España",
        tax_id="NIF B98765432",
        number="FRA-2026-0311",
        date="28/10/2026",
        title="FACTURA / INVOICE",
        bill_to="Microsoft Ireland Operations Limited\nOne Microsoft Place, Leopardstown, Dublin 18, Ireland\nVAT IE8256796U",
        lines=[
            ("MCI Claim ID 4400321", f"{AMMP} – Naviera Albufera S.A.", "12,000.00"),
            ("MCI Claim ID 4400322", f"{AMMP} – Grupo Turia Alimentación S.L.", "12,000.00"),
        ],
        currency="USD",
        net="24,000.00",
        tax_label="IVA 0% – inversión del sujeto pasivo / reverse charge",
        tax="0.00",
        total="24,000.00",
        notes="Operación con inversión del sujeto pasivo (art. 84 LIVA). Forma de pago: transferencia.",
        color="#c25400",
    )
    return invoice_pdf(
        html, number="FRA-2026-0311", author=LEVANTE_PM.name, created=at(2026, 10, 28, 12, 0, CET), software="Holded"
    )


def levante_bundle(
    claim_id: str,
    cust: Org,
    cc: Person,
    *,
    app: str,
    consent: dt.date,
    submitted: dt.datetime,
    sections: list[str],
    production: str,
    acr: str,
    name: str,
    pair: str,
) -> Bundle:
    env = Envelope(
        "Docusign",
        guid("env", claim_id, upper=True),
        cc,
        cust,
        LEVANTE_PM,
        at(2026, 10, 19, 10, 0, CEST),
        at(2026, 10, 20, 9, 0, CEST),
        at(2026, 10, 20, 9, 6, CEST),
        f"Firma: Informe de finalización AMMP - {cust.call}",
        pages=2,
        date_style="eu",
    )
    blocks = ammp_report(
        partner=LEVANTE,
        customer=cust,
        claim_id=claim_id,
        app=app,
        sections=sections,
        signer_label="Firma / Signature",
        facts=[("Date of production", production)],
    )
    blocks[-1] = (
        blocks[-1]
        .replace("<div class='sig'></div>", env.block())
        .replace(
            "<tr><td class='label'>Name / Title</td><td>&nbsp;</td></tr>",
            f"<tr><td class='label'>Name / Title</td><td>{escape(cc.name)}, {escape(cc.title)}</td></tr>",
        )
        .replace(
            "<td class='label'>Date (DD/MM/YYYY)</td><td>&nbsp;",
            "<td class='label'>Date (DD/MM/YYYY)</td><td>20/10/2026",
        )
    )
    report = html_pdf(
        [*blocks, PAGE_BREAK, docusign_certificate(env)],
        PdfMeta(f"AMMP {cust.call}", "DocuSign", env.signed, creator="DocuSign", producer="DocuSign"),
        decorate=stamp_pages(env.stamp()),
        paper="a4",
    )
    checklist = html_pdf(
        ammp_checklist(
            claim_id=claim_id,
            partner=LEVANTE,
            customer=cust,
            production=production,
            acr=acr,
            by=LEVANTE_PM,
            on="21/10/2026",
        ),
        PdfMeta("AMMP checklist", LEVANTE_PM.name, at(2026, 10, 21, 10, 0, CEST)),
        paper="a4",
    )
    cust_s, part_s = pa_surveys(
        claim_id,
        customer_sig=(cc.name, cust.name, cc.title),
        partner_sig=(LEVANTE_PM.name, LEVANTE.name, LEVANTE_PM.title),
        activities=f"Assessment, landing zone, modernisation of {app}, security setup",
        production=production,
        cust_at=submitted - dt.timedelta(days=4),
        part_at=submitted - dt.timedelta(days=3),
    )
    files = {
        f"{claim_id}/Informe_Finalizacion_AMMP_firmado.pdf": report,
        f"{claim_id}/Checklist_AMMP.pdf": checklist,
        "Factura FRA-2026-0311.pdf": levante_invoice(),
        f"{claim_id}/encuesta_cliente.json": cust_s,
        f"{claim_id}/encuesta_partner.json": part_s,
    }
    roles = ["poe", "poe", "invoice", "customer_attestation", "partner_attestation"]
    claim = pa_claim(
        claim_id,
        submitted=submitted,
        partner=LEVANTE,
        pc=LEVANTE_PM,
        customer=cust,
        cc=cc,
        engagement=AMMP_ENG,
        consent=consent,
        docs=list(zip(files, roles, strict=True)),
    )
    return Bundle(
        name,
        claim,
        files,
        "action_required",
        f"Everything else is in order (Spain = Market B, USD 12,000 per claim is the right rate; surveys "
        f"signed; DocuSigned completion report), but the invoice FRA-2026-0311 bills two claims ({claim_id} "
        f"and {pair}) for USD 24,000 and is uploaded to both. The guide requires 'a separate, unique invoice' "
        f"per claim showing this claim's amount (Invoice Requirements iii). The partner can upload a "
        f"per-claim invoice.",
        "One invoice covering two claims, the same file on both bundles; Spanish/English invoice with reverse charge.",
        checks=dict(
            PA_OK,
            invoice="fail",
            customer_acknowledgement="pass",
            public_sector=["not_applicable", "pass"],
            document_language="pass",
            reused_evidence="fail",
        ),
    )


def levante_albufera() -> Bundle:
    cust = Org("Naviera Albufera S.A.", "navieraalbufera.es", "ES", "Valencia", short="Naviera Albufera")
    cc = Person("Rosa Martí Soler", "rmarti@navieraalbufera.es", "Directora de Sistemas")
    sections = [
        "<h2>Activities delivered</h2>"
        + table(
            ["Phase", "Work", "Dates"],
            [
                (
                    "Assessment",
                    "Booking engine (.NET 6, SQL Server 2016) and port-slot scheduler (Java): 2 apps, 61 endpoints",
                    "27/07/2026 – 07/08/2026",
                ),
                (
                    "Landing zone",
                    "Landing zone review; new spoke for the booking platform in West Europe; Azure Policy baseline",
                    "03/08/2026 – 21/08/2026",
                ),
                (
                    "Modernisation",
                    "Booking engine to Azure Container Apps; Azure SQL Managed Instance; Service Bus for port events",
                    "17/08/2026 – 02/10/2026",
                ),
                ("Security", "Defender for Cloud, Key Vault, private endpoints", "28/09/2026 – 09/10/2026"),
            ],
        )
    ]
    return levante_bundle(
        "4400321",
        cust,
        cc,
        app="Booking engine",
        consent=d(2026, 7, 20),
        submitted=at(2026, 11, 2, 11, 0),
        sections=sections,
        production="05/10/2026",
        acr="USD 46,000",
        name="4400321_Levante_NavieraAlbufera",
        pair="4400322",
    )


def levante_turia() -> Bundle:
    cust = Org("Grupo Turia Alimentación S.L.", "grupoturia.es", "ES", "Paterna", short="Grupo Turia")
    cc = Person("Jordi Navarro Gil", "jnavarro@grupoturia.es", "Responsable de IT")
    sections = [
        "<h2>Activities delivered</h2>"
        + table(
            ["Phase", "Work", "Dates"],
            [
                (
                    "Assessment",
                    "B2B ordering portal (PHP 7 / MySQL) and EDI gateway; compatibility and data sizing",
                    "29/07/2026 – 12/08/2026",
                ),
                (
                    "Landing zone",
                    "New landing zone (hub-spoke, Azure Firewall Basic, Entra ID PIM for admins)",
                    "10/08/2026 – 28/08/2026",
                ),
                (
                    "Modernisation",
                    "Portal to App Service for Linux + Azure Database for MySQL Flexible Server; EDI on Logic Apps Standard",
                    "24/08/2026 – 09/10/2026",
                ),
                ("Security", "Defender for Cloud, WAF on Application Gateway", "05/10/2026 – 16/10/2026"),
            ],
        )
    ]
    return levante_bundle(
        "4400322",
        cust,
        cc,
        app="B2B ordering portal",
        consent=d(2026, 7, 22),
        submitted=at(2026, 11, 3, 9, 30),
        sections=sections,
        production="12/10/2026",
        acr="USD 39,000",
        name="4400322_Levante_GrupoTuria",
        pair="4400321",
    )


# ==============================================================================================
# 4. Acceptance vs mere reply
# ==============================================================================================
def bluestem_platte_valley() -> Bundle:
    partner = Org(
        "Bluestem Technology Group", "bluestemtg.com", "US", "Omaha, NE", location_id="7330215", short="Bluestem"
    )
    pm = Person("Jess Halvorsen", "jhalvorsen@bluestemtg.com", "Project Manager")
    eng = Person("Nate Ochoa", "nochoa@bluestemtg.com", "Endpoint Engineer")
    cust = Org("Platte Valley Grain Cooperative", "pvgrain.com", "US", "Columbus, NE", short="Platte Valley")
    itd = Person("Carla Jurgensen", "cjurgensen@pvgrain.com", "IT Director")
    ctl = Person("Ben Ruzicka", "bruzicka@pvgrain.com", "Controller")
    submitted = at(2026, 10, 1, 20, 10)
    summary = Mail(
        pm,
        (itd,),
        at(2026, 8, 26, 16, 2, CDT),
        "PVG Intune rollout – closeout summary",
        (
            "Hi Carla,\n\nHere is the closeout summary for the Intune project (Bluestem SOW 2026-118):\n\n"
            "- Windows: 286 PCs across the Columbus office, 14 elevator sites and the scale houses moved from on-prem "
            "imaging to Autopilot (Entra joined). Scale-house PCs use a kiosk profile with the grading app.\n"
            "- Mobile: 124 company iPhones enrolled through Apple Business Manager; Outlook, Teams and the grain "
            "contracts app deployed; app protection for 37 personal phones used by seasonal staff.\n"
            "- Compliance: BitLocker, OS minimum 23H2, Defender AV on; Conditional Access requires a compliant device "
            "for the commodity trading system.\n"
            "- Updates: three Windows Update for Business rings (IT pilot, office, elevators) with harvest-season "
            "freeze Sept 15 - Nov 15.\n"
            "- Handover: 6 runbooks and a 2-hour admin session with your team on 8/21.\n\n"
            "Total 410 devices managed (286 Windows + 124 iOS). Dates: kickoff 6/8/2026, last wave 8/14/2026.\n\n"
            "Please let us know if Platte Valley accepts the deployment, and we'll close the project.\n\n"
            "Thanks,\nJess Halvorsen\nProject Manager | Bluestem Technology Group"
        ),
        cc=(eng,),
    )
    accept = Mail(
        itd,
        (pm,),
        at(2026, 9, 1, 8, 47, CDT),
        "RE: PVG Intune rollout – closeout summary",
        "Jess,\n\nWe reviewed the closeout summary with the elevator managers. Platte Valley accepts the "
        "Intune deployment as complete - 410 devices, Autopilot and kiosk builds, iPhone enrollment and the "
        "compliance policies as described. Thanks to you and Nate for getting it done before harvest.\n\n"
        "Carla Jurgensen\nIT Director\nPlatte Valley Grain Cooperative",
        cc=(eng,),
    )
    thanks = Mail(
        pm,
        (itd,),
        at(2026, 9, 1, 9, 30, CDT),
        "RE: PVG Intune rollout – closeout summary",
        "Thank you Carla! I'll send the final invoice to Ben this week.\n\nJess",
        cc=(eng, ctl),
    )
    newest = Mail(
        itd,
        (pm,),
        at(2026, 9, 2, 7, 58, CDT),
        "RE: PVG Intune rollout – closeout summary",
        "Thanks Jess - forwarding to Ben for the PO closeout.\n\nCarla",
        cc=(ctl,),
    )
    thread = [newest, thanks, accept, summary]
    pdf = thread_pdf(
        "Jess Halvorsen",
        thread,
        PdfMeta(
            "RE: PVG Intune rollout – closeout summary",
            pm.name,
            at(2026, 9, 30, 15, 0, CDT),
            creator="Microsoft Outlook",
            producer="Microsoft: Print To PDF",
        ),
    )
    path = "POE/RE PVG Intune rollout - closeout summary.pdf"
    claim = cpor(
        "4400131",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=itd,
        workloads=["INTUNE"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4400131_Bluestem_PlatteValleyGrain",
        claim,
        {path: pdf},
        "approve",
        "Printed Outlook thread (a .PDF e-mail, guide item 1). The newest message ('Thanks Jess - forwarding "
        "to Ben for the PO closeout') is not an acceptance, but lower in the thread the customer's IT Director "
        "writes from pvgrain.com on 9/1/2026 that Platte Valley accepts the Intune deployment as complete, "
        "replying to a detailed closeout summary (410 devices, waves, dates). Names visible, within 12 months.",
        "Acceptance earlier in a printed thread (newest first); newest reply is thanks-only and mentions a PO.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            customer_domain="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
    )


def polderline_van_dijk() -> Bundle:
    partner = Org("Polderline IT B.V.", "polderline.nl", "NL", "Utrecht", location_id="7330688", short="Polderline")
    pm = Person("Maarten Bos", "maarten.bos@polderline.nl", "Security Consultant")
    cust = Org("Van Dijk Logistiek B.V.", "vandijklogistiek.nl", "NL", "Tilburg", short="Van Dijk")
    lead = Person("Sanne de Vries", "s.devries@vandijklogistiek.nl", "Projectleider IT")
    cto = Person("Pieter Janssen", "p.janssen@vandijklogistiek.nl", "CTO")
    submitted = at(2026, 11, 5, 10, 0)
    request = Mail(
        pm,
        (lead,),
        at(2026, 10, 21, 16, 20, CEST),
        "Entra ID P2 – opleveringsbevestiging / delivery confirmation",
        (
            "Beste Sanne,\n\n(English below for your CTO.)\n\nBijgaand het opleverrapport. Graag jullie bevestiging.\n\n"
            "Dear Sanne, dear Pieter,\n\nAttached is the delivery report for the Entra ID P2 project. Summary:\n"
            "- Conditional Access: 14 policies (MFA for all 780 users, compliant device for the TMS and finance apps, "
            "block legacy auth, location rules for the Antwerp and Duisburg depots).\n"
            "- Identity Protection: user and sign-in risk policies with self-remediation; 780 users registered for SSPR and MFA.\n"
            "- Privileged Identity Management for 23 admin roles with approval for Global Admin.\n"
            "- Access reviews (quarterly) for 41 groups and all guest users (carriers and customs agents).\n"
            "Period 01/09/2026 - 17/10/2026.\n\nCould you confirm that Van Dijk accepts the delivery?\n\n"
            "Met vriendelijke groet / Kind regards,\nMaarten Bos\nPolderline IT B.V."
        ),
        cc=(cto,),
        attachments=(("Opleverrapport_EntraID_P2_VanDijk.pdf", b"", "application/pdf"),),
    )
    accept = Mail(
        cto,
        (pm,),
        at(2026, 10, 22, 9, 5, CEST),
        "RE: Entra ID P2 – opleveringsbevestiging / delivery confirmation",
        "Maarten,\n\nI confirm on behalf of Van Dijk Logistiek that Polderline has delivered the Entra ID P2 "
        "project as described in your delivery report: the Conditional Access policies, Identity Protection, "
        "PIM and the access reviews are live and we accept the work. Sanne will arrange the formal closure "
        "next week.\n\nMet vriendelijke groet,\nPieter Janssen\nCTO | Van Dijk Logistiek B.V.",
        cc=(lead,),
    )
    ooo = Mail(
        lead,
        (pm,),
        at(2026, 10, 22, 9, 5, CEST) + dt.timedelta(seconds=40),
        "Automatisch antwoord: RE: Entra ID P2 – opleveringsbevestiging / delivery confirmation",
        "Ik ben afwezig tot en met maandag 2 november. Voor dringende zaken kunt u contact opnemen met "
        "servicedesk@vandijklogistiek.nl.\n\nI am out of the office until Monday 2 November. For urgent "
        "matters please contact servicedesk@vandijklogistiek.nl.\n\nSanne de Vries",
    )
    pdf = thread_pdf(
        "Maarten Bos",
        [ooo, accept, request],
        PdfMeta(
            "Automatisch antwoord RE Entra ID P2",
            pm.name,
            at(2026, 10, 23, 11, 0, CEST),
            creator="Microsoft Outlook",
            producer="Microsoft: Print To PDF",
        ),
        style="gb",
    )

    def build(doc: DocxDocument) -> None:
        w_para(doc, "POLDERLINE", bold=True, size=16)
        w_heading(doc, "Delivery report – Microsoft Entra ID P2", 0)
        w_table(
            doc,
            None,
            [
                ["Customer", "Van Dijk Logistiek B.V."],
                ["Partner", "Polderline IT B.V."],
                ["Period", "01/09/2026 – 17/10/2026"],
                ["Users in scope", "780 (plus 212 guest carriers)"],
            ],
        )
        w_heading(doc, "Conditional Access", 1)
        w_table(
            doc,
            ["#", "Policy", "Scope", "State"],
            [
                ["CA01", "Require MFA", "All users", "On"],
                ["CA02", "Block legacy authentication", "All users", "On"],
                ["CA03", "Compliant device for TMS (Transport Management) and Exact finance", "Office staff", "On"],
                [
                    "CA04",
                    "Named locations Antwerp / Duisburg depots – require MFA from other countries",
                    "Depot staff",
                    "On",
                ],
                ["CA05-14", "Admin portals, guests, risky sign-ins, session controls", "Various", "On"],
            ],
        )
        w_heading(doc, "Identity Protection and PIM", 1)
        w_bullets(
            doc,
            [
                "User risk (high) → password change; sign-in risk (medium+) → MFA.",
                "PIM for 23 roles, approval required for Global Administrator, 4-hour activation.",
                "Quarterly access reviews for 41 groups and all guests.",
            ],
        )

    report = docx_bytes(
        build, title="Delivery report Entra ID P2", author=pm.name, created=at(2026, 10, 20, 14, 0, CEST)
    )
    files = {"Mailwisseling_oplevering_EntraID.pdf": pdf, "Delivery_report_EntraID_P2_VanDijk.docx": report}
    claim = cpor(
        "4400132",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=lead,
        workloads=["AZURE ACTIVE DIRECTORY PREMIUM 2"],
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        "4400132_Polderline_VanDijkLogistiek",
        claim,
        files,
        "approve",
        "The top message of the printed thread is a Dutch/English out-of-office auto-reply (not an "
        "acknowledgement), but the message below it is the customer CTO's reply from vandijklogistiek.nl "
        "accepting the Entra ID P2 delivery described in the partner's e-mail and the delivery report (780 "
        "users, 14 CA policies, PIM, access reviews). Valid e-mail acknowledgement (item 1), 22/10/2026.",
        "Acceptance earlier in a thread under an out-of-office (Dutch); English content alongside Dutch.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            customer_domain="pass",
            ineligible_customer="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
    )


def summitry_sawtooth() -> Bundle:
    partner = Org(
        "Summitry Consulting LLC", "summitryconsulting.com", "US", "Boise, ID", location_id="7331142", short="Summitry"
    )
    pm = Person("Alicia Mendez", "amendez@summitryconsulting.com", "Senior Security Consultant")
    cust = Org("Sawtooth Outdoor Gear Co.", "sawtoothgear.com", "US", "Ketchum, ID", short="Sawtooth")
    it = Person("Dave Lindgren", "dlindgren@sawtoothgear.com", "IT Manager")
    sec = Person("Kim Osei", "kosei@sawtoothgear.com", "Systems Administrator")
    submitted = at(2026, 10, 21, 17, 45)

    def build(doc: DocxDocument) -> None:
        w_heading(doc, "Defender for Cloud Apps – Deployment Summary", 0)
        w_para(doc, "Sawtooth Outdoor Gear Co. · Summitry Consulting · September 2026", size=9)
        w_bullets(
            doc,
            [
                "Cloud Discovery from Defender for Endpoint signals on 260 devices; 412 cloud apps discovered, 38 sanctioned, 17 unsanctioned (blocked through MDE).",
                "App connectors for Microsoft 365, Shopify Plus admin and the NetSuite tenant.",
                "Session policies: block download of customer lists from unmanaged devices (Conditional Access App Control).",
                "Activity policies: mass download, impossible travel, admin activity from new countries; alerts to the IT mailbox.",
                "OAuth app governance review: 64 apps, 9 high-privilege apps revoked.",
            ],
        )

    summary = docx_bytes(build, title="MDCA Deployment Summary", author=pm.name, created=at(2026, 9, 28, 9, 0, MDT))
    completion = Mail(
        pm,
        (it,),
        at(2026, 9, 29, 15, 12, MDT),
        "Defender for Cloud Apps – deployment complete",
        (
            "Hi Dave,\n\nWe've completed the Defender for Cloud Apps deployment - summary attached (Cloud Discovery on 260 "
            "devices, 3 app connectors, session and activity policies, OAuth app review). Could you reply to confirm "
            "Sawtooth accepts the work?\n\nThanks!\nAlicia"
        ),
        cc=(sec,),
        attachments=(
            (
                "MDCA Deployment Summary.docx",
                summary,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ),
        ),
    )
    thanks = Mail(
        it,
        (pm,),
        at(2026, 9, 29, 16, 40, MDT),
        "RE: Defender for Cloud Apps – deployment complete",
        reply_body("Thanks!\n\nSent from my iPhone", [completion], "us"),
    )
    received = Mail(
        sec,
        (pm,),
        at(2026, 9, 30, 8, 15, MDT),
        "RE: Defender for Cloud Apps – deployment complete",
        reply_body(
            "Hi Alicia,\n\nReceived, thanks. I'll review the policies with Dave and get back to you "
            "next week.\n\nKim Osei\nSystems Administrator | Sawtooth Outdoor Gear Co.",
            [completion],
            "us",
        ),
    )
    files = {
        "Defender for Cloud Apps - deployment complete.msg": msg_bytes(completion, transport=False),
        "RE Defender for Cloud Apps - deployment complete.msg": msg_bytes(thanks),
        "RE Defender for Cloud Apps - deployment complete (1).msg": msg_bytes(received),
    }
    claim = cpor(
        "4400331",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=it,
        workloads=["MICROSOFT DEFENDER FOR CLOUD APPS"],
        docs=[(p, "poe") for p in files],
        comments=[
            ("partner", submitted - dt.timedelta(minutes=1), "Customer replied to our completion e-mail (attached).")
        ],
    )
    return Bundle(
        "4400331_Summitry_SawtoothOutdoor",
        claim,
        files,
        "action_required",
        "The partner's completion e-mail (saved from Sent Items, no transport headers) is detailed, but the "
        "customer's replies are 'Thanks!' and 'Received, thanks. I'll review ... and get back to you': neither "
        "accepts or approves the work. The guide does not accept 'E-mail from the partner where the customer "
        "does not accept or approve Partner's claimed or proposed work' and treats ambiguous acknowledgement "
        "as invalid (Invalid POE example 1). The partner can obtain an explicit acceptance.",
        "Thanks-only and 'received, will review' replies to a detailed partner e-mail; .msg with and without transport headers.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="fail",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
        ),
    )


def alpenblick_bodensee() -> Bundle:
    partner = Org("Alpenblick IT AG", "alpenblick-it.ch", "CH", "Zürich", location_id="7331590", short="Alpenblick")
    pm = Person("Reto Gerber", "reto.gerber@alpenblick-it.ch", "Projektleiter")
    cust = Org("Bodensee Textil AG", "bodensee-textil.ch", "CH", "Arbon", short="Bodensee Textil")
    ceo = Person("Urs Keller", "urs.keller@bodensee-textil.ch", "Leiter Informatik / Head of IT")
    fr = Person("Céline Favre", "celine.favre@bodensee-textil.ch", "Responsable administrative, site de Bulle")
    it_ = Person("Marco Bernasconi", "marco.bernasconi@bodensee-textil.ch", "Responsabile logistica, Mendrisio")
    submitted = at(2026, 10, 29, 9, 15)

    def build(doc: DocxDocument) -> None:
        w_para(doc, "Alpenblick IT AG", bold=True, size=15)
        w_heading(doc, "Projektabschlussbericht / Project Closure Report", 0)
        w_table(
            doc,
            None,
            [
                ["Kunde / Customer", "Bodensee Textil AG"],
                ["Projekt / Project", "Exchange Online Migration"],
                ["Zeitraum / Period", "10.08.2026 – 02.10.2026"],
                ["Postfächer / Mailboxes", "265"],
            ],
        )
        w_heading(doc, "Leistungen / Work delivered", 1)
        w_table(
            doc,
            ["Deutsch", "English"],
            [
                [
                    "Migration von 265 Postfächern von Exchange 2013 nach Exchange Online (Cutover, 610 GB)",
                    "Migration of 265 mailboxes from Exchange 2013 to Exchange Online (cutover, 610 GB)",
                ],
                [
                    "Öffentliche Ordner (Auftragseingang) als Microsoft 365 Gruppen",
                    "Public folders (order intake) as Microsoft 365 groups",
                ],
                [
                    "Sites Arbon, Bulle (FR) und Mendrisio (TI): Schulung in DE/FR/IT",
                    "Sites Arbon, Bulle and Mendrisio: training in DE/FR/IT",
                ],
                ["MX-Umstellung am 26.09.2026, SPF/DKIM/DMARC", "MX cut-over on 26.09.2026, SPF/DKIM/DMARC"],
            ],
        )
        w_heading(doc, "Abnahme / Acceptance", 1)
        w_para(doc, "Die Abnahme erfolgt per E-Mail. / Acceptance will be given by e-mail.")

    report = docx_bytes(build, title="Projektabschlussbericht", author=pm.name, created=at(2026, 10, 5, 9, 0, CEST))
    ask_subject = "Bitte um Abnahmebestätigung / Request for acceptance – Exchange Online"
    ask = Mail(
        pm,
        (ceo, fr, it_),
        at(2026, 10, 6, 17, 2, CEST),
        ask_subject,
        "Grüezi Herr Keller, bonjour Madame Favre, buongiorno signor Bernasconi,\n\nIm Anhang der "
        "Projektabschlussbericht. Wir bitten um Ihre Abnahmebestätigung per E-Mail.\nAttached is the closure "
        "report; please confirm acceptance by e-mail.\n\nFreundliche Grüsse\nReto Gerber",
    )
    de = Mail(
        ceo,
        (pm,),
        at(2026, 10, 6, 17, 2, CEST) + dt.timedelta(seconds=12),
        f"Automatische Antwort: {ask_subject}",
        "Vielen Dank für Ihre Nachricht. Ich bin bis und mit 19. Oktober 2026 in den Ferien und habe nur "
        "eingeschränkten Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
        "informatik@bodensee-textil.ch.\n\nThank you for your message. I am on holiday until 19 October 2026.\n\nUrs Keller",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
    )
    fr_m = Mail(
        fr,
        (pm,),
        at(2026, 10, 6, 17, 2, CEST) + dt.timedelta(seconds=15),
        f"Réponse automatique : {ask_subject}",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au 12 octobre 2026. Votre message ne sera pas transféré. "
        "Pour toute urgence, veuillez contacter le secrétariat du site de Bulle au +41 26 919 00 00.\n\n"
        "Meilleures salutations,\nCéline Favre",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
    )
    it_m = Mail(
        it_,
        (pm,),
        at(2026, 10, 6, 17, 2, CEST) + dt.timedelta(seconds=19),
        f"Risposta automatica: {ask_subject}",
        "Buongiorno,\n\nsono assente dall'ufficio fino al 14 ottobre 2026 con accesso limitato alla posta. Per "
        "questioni urgenti contattare logistica@bodensee-textil.ch.\n\nCordiali saluti,\nMarco Bernasconi",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
    )
    files = {
        "Projektabschlussbericht_Project_Closure_Report.docx": report,
        "Bitte um Abnahmebestaetigung.msg": msg_bytes(ask, transport=False),
        "Antworten/Automatische Antwort - Urs Keller.eml": eml_bytes(de),
        "Antworten/Reponse automatique - Celine Favre.eml": eml_bytes(fr_m, transport="one"),
        "Antworten/Risposta automatica - Marco Bernasconi.eml": eml_bytes(it_m),
    }
    claim = cpor(
        "4400332",
        area="Modern Work",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=ceo,
        workloads=["EXCHANGE ONLINE"],
        docs=[(p, "poe") for p in files],
        comments=[
            ("partner", submitted - dt.timedelta(minutes=5), "Customer responses attached. Kunde hat geantwortet.")
        ],
    )
    return Bundle(
        "4400332_Alpenblick_BodenseeTextil",
        claim,
        files,
        "action_required",
        "The only customer 'responses' are three out-of-office auto-replies (German, French, Italian) from the "
        "customer's domain to the partner's request for acceptance: automatic replies do not acknowledge or "
        "accept anything (guide item 1; 'Documents without customer acknowledgment'). The bilingual closure "
        "report itself says acceptance will be given by e-mail, which never came. The partner can obtain it.",
        "Out-of-office replies in three languages (Auto-Submitted headers, full and single Received chains) "
        "as the only 'acknowledgement'; zip with one top-level folder.",
        checks=dict(
            CPOR_NA, **COMMERCIAL, customer_acknowledgement="fail", ineligible_customer="pass", reused_evidence="pass"
        ),
        container="zip-folder",
    )


# ==============================================================================================
# 5. Scope and negation
# ==============================================================================================
def redwater_lone_oak() -> Bundle:
    partner = Org(
        "Redwater Security Partners LLC", "redwatersec.com", "US", "Austin, TX", location_id="7332004", short="Redwater"
    )
    pm = Person("Hector Villarreal", "hvillarreal@redwatersec.com", "Managing Consultant")
    cust = Org("Lone Oak Credit Union", "loneoakcu.org", "US", "Temple, TX", short="LOCU")
    ciso = Person("Sharon Pruitt", "spruitt@loneoakcu.org", "VP, Information Security")
    submitted = at(2026, 10, 14, 21, 0)
    env = Envelope(
        "Acrobat Sign",
        "CBJCHBCAABAA" + hexid("acro", "loneoak", length=32),
        ciso,
        cust,
        pm,
        at(2026, 9, 8, 16, 0, CDT),
        at(2026, 9, 9, 7, 40, CDT),
        at(2026, 9, 9, 7, 52, CDT),
        "LOCU Endpoint Security Delivery Report",
    )
    blocks = [
        "<p style='font-size:15pt; color:#9b1c1c'><b>REDWATER</b> <span class='small'>SECURITY PARTNERS</span></p>"
        "<h1>Endpoint Security Delivery Report</h1>"
        f"<table>{rows([('Client', 'Lone Oak Credit Union (LOCU)'), ('Engagement', 'RSP-2026-044 – Microsoft Defender for Endpoint'), ('Period', '6/15/2026 – 8/28/2026'), ('Client sponsor', f'{ciso.name}, {ciso.title}')])}</table>",
        "<h2>In scope</h2>"
        + ul(
            [
                "Microsoft Defender for Endpoint P2 onboarding of 318 Windows workstations (14 branches and the operations "
                "center) and 42 Windows servers, including the core-banking integration servers (passive mode first, then active).",
                "Replacement of the legacy AV on all 360 devices; EDR in block mode; tamper protection.",
                "Attack surface reduction: 12 rules in audit for 3 weeks, 9 in block; exclusions reviewed with the core-banking vendor.",
                "Device groups by branch; teller PCs with stricter web content filtering; live response restricted to two analysts.",
                "Integration of MDE alerts with the credit union's ticketing (ServiceNow) and a monthly vulnerability report.",
            ]
        ),
        "<h2>Not in scope</h2>"
        + ul(
            [
                "Microsoft Defender for Office 365 – e-mail security remains on the credit union's existing third-party gateway.",
                "Microsoft Defender for Identity – planned for FY2027, not started.",
                "macOS devices (6 marketing Macs) – managed by the marketing agency.",
            ]
        ),
        "<h2>Results</h2>"
        + ul(
            [
                "360 of 360 devices onboarded and healthy on 8/28/2026.",
                "Exposure score 58 → 29; 11 critical vulnerabilities remediated on branch PCs.",
            ]
        ),
        f"<h2>Client acceptance</h2><table><tr><td class='label'>Signature</td><td>{env.block()}</td></tr>"
        f"<tr><td class='label'>Name / Title</td><td>{escape(ciso.name)}, {escape(ciso.title)}</td></tr>"
        f"<tr><td class='label'>Date</td><td>{us(env.signed.date())}</td></tr></table>",
    ]
    pdf = html_pdf(
        blocks,
        PdfMeta(
            "LOCU Endpoint Security Delivery Report",
            "Adobe Acrobat Sign",
            env.signed,
            creator="Adobe Acrobat Sign",
            producer="Adobe Acrobat Sign",
        ),
        decorate=footer_pages(env.stamp()),
    )
    path = "LOCU_MDE_DeliveryReport_signed.pdf"
    claim = cpor(
        "4400341",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=ciso,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4400341_Redwater_LoneOakCU",
        claim,
        {path: pdf},
        "approve",
        "Claimed workload (MDE) is squarely in scope with detail (360 devices, ASR, dates). The 'Not in "
        "scope' section names Defender for Office 365 and Defender for Identity, which are not claimed - "
        "connection between POE and claim holds (item 4). Adobe Acrobat Sign e-signature with the "
        "transaction ID on every page (no audit report) - the same form as the guide's own valid example "
        "('E-Signed by ... 098C7718...'); signed 9/9/2026.",
        "Negation control: other workloads listed as out of scope, claimed one in scope; e-signature "
        "without a certificate of completion.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            ineligible_customer="pass",
            unacceptable_documents="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
    )


def ironwood_tricounty() -> Bundle:
    partner = Org("Ironwood Cyber LLC", "ironwoodcyber.com", "US", "Tulsa, OK", location_id="7332481", short="Ironwood")
    pm = Person("Keith Albers", "kalbers@ironwoodcyber.com", "Identity Architect")
    cust = Org(
        "Tri-County Title & Escrow, Inc.", "tricountytitle.com", "US", "Broken Arrow, OK", short="Tri-County Title"
    )
    coo = Person("Melanie Foster", "mfoster@tricountytitle.com", "Chief Operating Officer")
    submitted = at(2026, 10, 15, 14, 5)
    env = Envelope(
        "Docusign",
        guid("env", "tricounty", upper=True),
        coo,
        cust,
        pm,
        at(2026, 9, 28, 13, 0, CDT),
        at(2026, 9, 29, 9, 10, CDT),
        at(2026, 9, 29, 9, 18, CDT),
        "Please DocuSign: Tri-County Title - Identity Security Delivery Summary",
        pages=2,
    )
    blocks = [
        "<p style='font-size:14pt; color:#3d5a1e'><b>Ironwood Cyber</b></p><h1>Identity Security – Delivery Summary</h1>"
        f"<table>{rows([('Customer', cust.name), ('Engagement', 'IWC-26-017'), ('Dates', '7/13/2026 – 9/18/2026'), ('Users', '190 staff in 6 offices, 35 closing agents (guests)')])}</table>",
        "<h2>Delivered</h2>"
        + table(
            ["Area", "Work", "Completed"],
            [
                (
                    "Microsoft Entra ID P2 – Conditional Access",
                    "11 policies: MFA for all, phishing-resistant MFA for wire-"
                    "transfer approvers, compliant device for the title plant system, block legacy auth",
                    "8/7/2026",
                ),
                (
                    "Microsoft Entra ID P2 – Identity Protection",
                    "User and sign-in risk policies; risky-user workflow to the IT mailbox",
                    "8/21/2026",
                ),
                (
                    "Microsoft Entra ID P2 – PIM",
                    "Privileged Identity Management for 9 admin roles with approval",
                    "9/4/2026",
                ),
                ("Guest lifecycle", "Access packages for closing agents with 90-day expiry", "9/18/2026"),
            ],
        ),
        "<h2>Out of scope</h2><p>Microsoft Defender for Identity sensor deployment on the six domain controllers was "
        "discussed in the kickoff and is <b>out of scope</b> for this engagement; Ironwood will quote it separately "
        "once the DC upgrade to Windows Server 2025 is complete.</p>",
        f"<h2>Customer acknowledgement</h2><table><tr><td class='label'>Signature</td><td>{env.block()}</td></tr>"
        f"<tr><td class='label'>Name / Title</td><td>{escape(coo.name)}, {escape(coo.title)}</td></tr>"
        f"<tr><td class='label'>Date</td><td>{us(env.signed.date())}</td></tr></table>",
    ]
    pdf = html_pdf(
        [*blocks, PAGE_BREAK, docusign_certificate(env)],
        PdfMeta("Identity Security Delivery Summary", "DocuSign", env.signed, creator="DocuSign", producer="DocuSign"),
        decorate=stamp_pages(env.stamp()),
    )
    path = "TriCounty_Identity_Delivery_Summary_signed.pdf"
    claim = cpor(
        "4400342",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=coo,
        workloads=["MICROSOFT DEFENDER FOR IDENTITY"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4400342_Ironwood_TriCountyTitle",
        claim,
        {path: pdf},
        "action_required",
        "Valid DocuSign acknowledgement and detailed, dated work - but for Entra ID P2. The only claimed "
        "workload, Defender for Identity, appears solely in an explicit 'Out of scope' paragraph. The guide "
        "requires a 'connection between workloads mentioned in the POE and what is being claimed' (item 4) "
        "and activities for the claimed workload (item 3). The partner can correct the workload or provide "
        "MDI POE.",
        "Claimed workload only mentioned as out of scope.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            workload_match="fail",
            acknowledgement_date="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
        ),
    )


SEC_TEMPLATE_WORKLOADS = (
    "Microsoft Entra ID P2 (formerly AADP P2)",
    "Microsoft Defender for Endpoint (MDE)",
    "Microsoft Purview Information Protection (MIP)",
    "Microsoft Intune",
    "Microsoft Purview Insider Risk Management (IRM)",
    "Microsoft Defender for Identity",
    "Microsoft Defender for Office 365",
    "Microsoft Defender for Cloud Apps (formerly MCAS)",
)
SEC_ACTS = ("Deployment", "Implementation", "Adoption/Change Mgmt.")


def quillon_straits() -> Bundle:
    partner = Org("Quillon Advisory Pte Ltd", "quillon.sg", "SG", "Singapore", location_id="7333019", short="Quillon")
    pm = Person("Wei Jie Tan", "weijie.tan@quillon.sg", "Principal Consultant")
    cust = Org("Straits Freight Pte Ltd", "straitsfreight.com.sg", "SG", "Singapore", short="Straits Freight")
    dirit = Person("Nurul Huda Rahman", "nurul.rahman@straitsfreight.com.sg", "Director, IT")
    submitted = at(2026, 10, 26, 6, 30)
    env = Envelope(
        "Acrobat Sign",
        "CBJCHBCAABAA" + hexid("acro", "straits", length=32),
        dirit,
        cust,
        pm,
        at(2026, 10, 1, 17, 0, SGT),
        at(2026, 10, 2, 9, 0, SGT),
        at(2026, 10, 2, 9, 12, SGT),
        "Straits Freight - POE",
        date_style="eu",
    )
    selected = {"Microsoft Intune": ("Deployment", "Implementation")}
    rows_html = ""
    for w in SEC_TEMPLATE_WORKLOADS:
        acts = selected.get(w, ())
        rows_html += (
            f"<tr><td>{box(w in selected)} {escape(w)}</td>"
            + "".join(f"<td>{box(a in acts)}&nbsp;{escape(a)}</td>" for a in SEC_ACTS)
            + "</tr>"
        )
    blocks = [
        "<p class='small'>Microsoft Commerce Incentives (MCI) – Claiming Partner of Record (CPOR) Proof of Execution Template</p>"
        "<h1>Proof of Execution (POE)</h1><p>Valid for use in the following MCI incentives: <b>Security Usage</b></p>"
        "<h2>Section 1 (Required): Select product(s)/workload(s) and activity type</h2>"
        f"<table><tr><th>Product / workload</th><th colspan='3'>Activity type</th></tr>{rows_html}</table>",
        "<h2>Section 2 (Required): Scope of Work Details</h2>"
        + ul(
            [
                "Straits Freight has 430 staff across the Tanjong Pagar office, the Tuas warehouse and the Johor Bahru "
                "branch; 380 Windows laptops and 150 Android rugged handhelds were unmanaged before the project.",
                "Phase 1 (04/08/2026 – 29/08/2026): Autopilot for 380 Windows 11 laptops, compliance policies and "
                "BitLocker escrow, Windows Update for Business rings.",
                "Phase 1 (cont.): Android Enterprise dedicated-device enrolment for 150 warehouse handhelds with the WMS "
                "scanning app in kiosk mode.",
                "Phase 2 – Sensitivity labels and DLP (Microsoft Purview Information Protection): deferred to Phase 2, "
                "planned for Q1 2027 subject to budget approval; not started.",
            ]
        ),
        "<h2>Section 3. (Required): Partner and Customer Contact Information</h2><table>"
        + rows(
            [
                ("Partner Company Name", partner.name),
                ("Customer Company Name", cust.name),
                ("Customer Signatory Name (printed)", dirit.name),
                ("Customer Signatory Role or Job Title", dirit.title),
                ("Engagement Start and End Date", "04/08/2026 – 29/08/2026"),
            ]
        )
        + "</table>",
        "<h2>Section 3.1 (Required): Customer Acknowledgment*</h2><p class='small'>*Customer acknowledgement must be "
        "dated within 12 months of claim submission. Applicable for Dates Signed field below.</p>"
        f"<table><tr><td class='label'>Signature</td><td>{env.block()}</td></tr>"
        f"<tr><td class='label'>Date Signed</td><td>{dmy(env.signed.date())}</td></tr></table>",
    ]
    pdf = html_pdf(
        blocks,
        PdfMeta(
            "Straits Freight POE",
            "Adobe Acrobat Sign",
            env.signed,
            creator="Adobe Acrobat Sign",
            producer="Adobe Acrobat Sign",
        ),
        decorate=footer_pages(env.stamp()),
    )
    path = "POE_StraitsFreight_signed.pdf"
    claim = cpor(
        "4400343",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=dirit,
        workloads=["MICROSOFT INFORMATION PROTECTION"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4400343_Quillon_StraitsFreight",
        claim,
        {path: pdf},
        "action_required",
        "Microsoft's POE template with Intune ticked and 'Microsoft Purview Information Protection (MIP)' "
        "unticked; the scope says sensitivity labels are 'deferred to Phase 2 ... not started'. The claim is "
        "for MICROSOFT INFORMATION PROTECTION only, so there is no connection between the POE and the "
        "claimed workload (item 4). Signature (Acrobat Sign, 02/10/2026) and Intune detail are fine. The "
        "partner can correct the claimed workload or provide MIP evidence.",
        "Claimed workload unticked in the template and deferred to a later phase; SG day-first dates.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            workload_match="fail",
            acknowledgement_date="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
        ),
    )


def palisade_hudson_ridge() -> Bundle:
    partner = Org(
        "Palisade Cloud Consulting LLC",
        "palisadecloud.com",
        "US",
        "Albany, NY",
        location_id="7333462",
        short="Palisade",
    )
    pm = Person("Erin Caldwell", "ecaldwell@palisadecloud.com", "Engagement Manager")
    cust = Org("Hudson Ridge Architects PLLC", "hudsonridgearch.com", "US", "Kingston, NY", short="Hudson Ridge")
    principal = Person("Thomas Albrecht", "talbrecht@hudsonridgearch.com", "Managing Principal")
    submitted = at(2026, 10, 20, 15, 50)
    blocks = [
        "<p style='font-size:15pt; color:#35586c'><b>Palisade Cloud Consulting</b></p><h1>Project Closure Report</h1>"
        f"<table>{rows([('Client', 'Hudson Ridge Architects PLLC'), ('Project', 'SharePoint Online project archive and intranet'), ('Period', '6/1/2026 – 9/11/2026'), ('Status', 'Closed – approved by client')])}</table>",
        "<h2>Executive summary</h2><p>Hudson Ridge has formally approved all deliverables and signed off on project "
        "closure on 9/18/2026. The firm's 14 years of project archives now live in SharePoint Online and the "
        "intranet is in daily use by all 85 staff.</p>",
        "<h2>Deliverables</h2>"
        + table(
            ["Deliverable", "Detail", "Status"],
            [
                (
                    "Archive migration",
                    "3.8 TB of Revit, AutoCAD and PDF project folders (1,240 projects) from the NAS to 6 "
                    "SharePoint sites with project-number metadata",
                    "Complete 8/21/2026",
                ),
                (
                    "Intranet",
                    "Communication site with studio news, CAD standards library and HR forms",
                    "Complete 8/28/2026",
                ),
                (
                    "Permissions",
                    "Studio-based groups, external sharing for consultants per project site",
                    "Complete 9/4/2026",
                ),
                ("Training", "4 sessions (85 staff), recorded for new hires", "Complete 9/11/2026"),
            ],
        ),
        "<h2>Client sign-off</h2><p>Signed for Hudson Ridge Architects PLLC:</p>"
        "<table><tr><td class='label'>Client signature</td><td><div class='sig'></div></td></tr>"
        "<tr><td class='label'>Printed name</td><td>&nbsp;</td></tr><tr><td class='label'>Title</td><td>&nbsp;</td></tr>"
        "<tr><td class='label'>Date</td><td>&nbsp;</td></tr></table>",
    ]
    report = html_pdf(blocks, PdfMeta("Hudson Ridge - Project Closure Report", pm.name, at(2026, 9, 18, 16, 0, EDT)))
    deck = deck_pdf(
        [
            "<h2>Hudson Ridge Architects – SharePoint Online</h2><p>Project closeout · September 18, 2026</p>"
            "<p>Palisade Cloud Consulting</p>",
            "<h2>What we delivered</h2>"
            + ul(
                [
                    "1,240 projects / 3.8 TB migrated to SharePoint Online",
                    "New intranet for 85 staff",
                    "Studio-based permissions",
                    "4 training sessions",
                ]
            ),
            "<h2>Closeout</h2><table><tr><th>Item</th><th>Status</th></tr><tr><td>Deliverables</td><td>APPROVED ✔</td></tr>"
            "<tr><td>Client sign-off</td><td>APPROVED ✔</td></tr><tr><td>Hypercare</td><td>Ends 10/9/2026</td></tr></table>",
        ],
        PdfMeta("Closeout deck", pm.name, at(2026, 9, 18, 10, 0, EDT)),
        brand="PALISADE CLOUD CONSULTING",
        color=(0.21, 0.35, 0.42),
        footer="Confidential – prepared for Hudson Ridge Architects",
    )
    files = {"HudsonRidge_ProjectClosureReport.pdf": report, "HudsonRidge_Closeout_Deck.pdf": deck}
    claim = cpor(
        "4400351",
        area="Modern Work",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=principal,
        workloads=["SHAREPOINT ONLINE"],
        docs=[(p, "poe") for p in files],
        comments=[("partner", submitted - dt.timedelta(minutes=3), "Client approved and signed off 9/18.")],
    )
    return Bundle(
        "4400351_Palisade_HudsonRidge",
        claim,
        files,
        "action_required",
        "Good detail, but the customer never acknowledged anything: the report's 'Client sign-off' block is "
        "empty (no signature, name, title or date) and 'approved by client ... signed off' is the partner's "
        "own prose, repeated as 'APPROVED ✔' on a partner slide. 'Documents without customer acknowledgment' "
        "are not accepted (guide). The partner can have the client sign or confirm by e-mail.",
        "Empty acknowledgement block under partner prose claiming approval; slide deck exported to PDF.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="fail",
            activity_detail="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
        ),
    )


# ==============================================================================================
# 6. Unacceptable documents under neutral names; an MSA with recent proof
# ==============================================================================================
def crestmoor_lakehurst() -> Bundle:
    partner = Org(
        "Crestmoor Technologies Inc.",
        "crestmoortech.com",
        "US",
        "Grand Rapids, MI",
        location_id="7334105",
        short="Crestmoor",
    )
    rep = Person("Tyler Vanderveen", "tvanderveen@crestmoortech.com", "Account Manager")
    cust = Org("Lakehurst Veneer & Panel Co.", "lakehurstveneer.com", "US", "Holland, MI", short="Lakehurst")
    cfo = Person("Janet Dykstra", "jdykstra@lakehurstveneer.com", "CFO")
    submitted = at(2026, 11, 6, 16, 30)
    quote = html_pdf(
        [
            "<p style='font-size:15pt; color:#1d4e89'><b>CRESTMOOR TECHNOLOGIES</b></p><h1>Quotation Q-26-0871</h1>"
            f"<table>{rows([('Prepared for', 'Lakehurst Veneer & Panel Co.'), ('Quote date', '7/14/2026'), ('Valid until', '8/13/2026'), ('Sales rep', rep.name)])}</table>",
            table(
                ["Item", "Description", "Qty", "Unit price", "Extended"],
                [
                    (
                        "M365-E3",
                        "Microsoft 365 E3 (annual commitment, monthly billing)",
                        "220",
                        "$36.00/mo",
                        "$95,040.00",
                    ),
                    ("DEF-E5SEC", "Microsoft Defender for Endpoint P2 add-on", "220", "$5.20/mo", "$13,728.00"),
                    (
                        "SVC-INT-STD",
                        "Intune & Defender deployment services – fixed fee",
                        "1",
                        "$18,500.00",
                        "$18,500.00",
                    ),
                ],
            ),
            "<p><b>Total (first year): $127,268.00</b> · Prices exclude applicable taxes.</p>"
            "<p>Accepted by customer: <b>Janet Dykstra, CFO</b> – Date: 7/21/2026</p><p>Signature:</p>",
        ],
        PdfMeta(
            "Quote Q-26-0871",
            rep.name,
            at(2026, 7, 14, 10, 0, EDT),
            creator="ConnectWise Sell",
            producer="ConnectWise Sell",
        ),
        decorate=sign_at("Signature:", "janet-dykstra", dx=50, dy=-16, width=110, height=20),
    )
    po = html_pdf(
        [
            "<p style='font-size:14pt'><b>Lakehurst Veneer &amp; Panel Co.</b></p><p class='small'>410 Industrial Ave, Holland, MI 49423</p>"
            "<h1>PURCHASE ORDER 4500-1193</h1>"
            f"<table>{rows([('Vendor', 'Crestmoor Technologies Inc.'), ('PO date', '7/22/2026'), ('Ship / deliver to', 'IT Department'), ('Terms', 'Net 30'), ('Reference', 'Quote Q-26-0871')])}</table>",
            table(
                ["Line", "Description", "Qty", "Amount"],
                [
                    ("1", "Microsoft 365 E3 subscriptions – 12 months", "220", "$95,040.00"),
                    ("2", "Defender for Endpoint P2 add-on – 12 months", "220", "$13,728.00"),
                    ("3", "Deployment services (fixed fee)", "1", "$18,500.00"),
                ],
            ),
            "<p><b>PO total: $127,268.00</b></p><p>Authorized by: Janet Dykstra, CFO</p>",
        ],
        PdfMeta("PO 4500-1193", cfo.name, at(2026, 7, 22, 9, 0, EDT), creator="Sage Intacct", producer="Sage Intacct"),
    )
    order = html_pdf(
        [
            "<h1>Microsoft Customer Agreement – Order Confirmation (CSP)</h1>"
            f"<table>{rows([('Customer', 'Lakehurst Veneer & Panel Co.'), ('Customer tenant', 'lakehurstveneer.onmicrosoft.com'), ('Reseller', 'Crestmoor Technologies Inc.'), ('Order date', '7/24/2026')])}</table>",
            table(
                ["Offer", "Term", "Billing", "Quantity", "Start"],
                [
                    ("Microsoft 365 E3", "P1Y", "Monthly", "220", "7/24/2026"),
                    ("Microsoft Defender for Endpoint P2", "P1Y", "Monthly", "220", "7/24/2026"),
                ],
            ),
            "<p>The customer has accepted the Microsoft Customer Agreement. Acceptance recorded: Janet Dykstra, "
            "jdykstra@lakehurstveneer.com, 7/24/2026 10:41 AM EDT.</p><p class='small'>This order is subject to the "
            "Microsoft Customer Agreement and the product terms. Licences renew automatically unless cancelled.</p>",
        ],
        PdfMeta(
            "Order confirmation",
            rep.name,
            at(2026, 7, 24, 11, 0, EDT),
            creator="Partner Center",
            producer="Partner Center",
        ),
    )
    msa_print = html_pdf(
        [
            '<h1>Master Services Agreement</h1><p>This Master Services Agreement ("Agreement") is entered into as of '
            'March 6, 2023 between Crestmoor Technologies Inc., a Michigan corporation ("Crestmoor"), and Lakehurst '
            'Veneer &amp; Panel Co. ("Client").</p>',
            "<h2>1. Services</h2><p>Crestmoor will provide information technology services described in statements of work "
            "executed under this Agreement. Each statement of work will describe the services, deliverables and fees.</p>"
            "<h2>2. Term</h2><p>This Agreement begins on the effective date and continues for three (3) years, renewing "
            "for successive one-year terms unless either party gives 60 days' written notice.</p>"
            "<h2>3. Fees and payment</h2><p>Client will pay the fees in each statement of work within thirty (30) days of "
            "invoice.</p><h2>4. Confidentiality</h2><p>Each party will protect the other's confidential information with "
            "reasonable care.</p><h2>5. Limitation of liability</h2><p>Neither party's aggregate liability will exceed the "
            "fees paid in the twelve months before the claim.</p>",
            "<h2>Signatures</h2><table><tr><td>Crestmoor Technologies Inc.<br/>By:<br/><br/>Name: Paul Hekman, President<br/>Date: 3/6/2023</td>"
            "<td>Lakehurst Veneer &amp; Panel Co.<br/>By:<br/><br/>Name: Janet Dykstra, CFO<br/>Date: 3/6/2023</td></tr></table>",
        ],
        PdfMeta("MSA", "Paul Hekman", at(2023, 3, 6, 9, 0, EST)),
    )
    msa = image_pdf(
        scan_pages(
            msa_print,
            "lakehurst-msa",
            dpi=150,
            inks=[
                Ink("By:", "paul-hekman", dx=8, dy=-4, width=100, height=20, occurrence=0),
                Ink("By:", "janet-dykstra-2023", dx=8, dy=-4, width=100, height=20, occurrence=1),
            ],
        ),
        PdfMeta("Scan", "", at(2023, 3, 7, 8, 0, EST), creator="Canon", producer="Canon"),
    )
    files = {"POE_Final.pdf": quote, "Engagement_Summary.pdf": po, "Project_Documents.pdf": order, "Framework.pdf": msa}
    claim = cpor(
        "4400361",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=rep,
        customer=cust,
        cc=cfo,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=[(p, "poe") for p in files],
        comments=[("partner", submitted - dt.timedelta(minutes=2), "POE attached - signed by the customer's CFO.")],
    )
    return Bundle(
        "4400361_Crestmoor_LakehurstVeneer",
        claim,
        files,
        "action_required",
        "Under neutral names the four files are a pricing quote (signed 'accepted by customer'), a purchase "
        "order, a CSP licensing order confirmation and a 2023 Master Services Agreement. The guide lists "
        "'pricing quotes', 'purchase orders', 'a transactional contract for the licensing sale of Microsoft "
        "products' and 'master services agreements that do not contain recent documentation' as documents "
        "that will not be accepted; none describes delivered Intune or MDE activities (item 3). The partner "
        "can submit real POE.",
        "Unacceptable documents by content (quote, PO, licensing order, old MSA) under neutral file names.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            unacceptable_documents="fail",
            activity_detail="fail",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
        ),
    )


def tessellate_gbo() -> Bundle:
    partner = Org(
        "Tessellate Consulting Inc.", "tessellate.ca", "CA", "Toronto, ON", location_id="7334552", short="Tessellate"
    )
    pm = Person("Priyanka Desai", "pdesai@tessellate.ca", "Modern Work Lead")
    cust = Org("Georgian Bay Outfitters Inc.", "gboutfitters.ca", "CA", "Midland, ON", short="GBO")
    vp = Person("Luc Tremblay", "ltremblay@gboutfitters.ca", "VP Operations")
    submitted = at(2026, 10, 8, 13, 0)
    msa_print = html_pdf(
        [
            "<h1>Master Services Agreement</h1><p>Effective April 11, 2023 between Tessellate Consulting Inc. "
            '("Tessellate") and Georgian Bay Outfitters Inc. ("GBO").</p>',
            '<h2>1. Scope</h2><p>Tessellate will perform consulting services under Statements of Work ("SOW") that '
            "reference this Agreement.</p><h2>2. Term</h2><p>Five years from the effective date.</p>"
            "<h2>3. Fees</h2><p>As set out in each SOW.</p><h2>4. General</h2><p>Governed by the laws of Ontario.</p>",
            "<h2>Signatures</h2><table><tr><td>Tessellate Consulting Inc.<br/>Signed:<br/><br/>Date: 2023-04-11</td>"
            "<td>Georgian Bay Outfitters Inc.<br/>Signed:<br/><br/>Date: 2023-04-11</td></tr></table>",
        ],
        PdfMeta("MSA", pm.name, at(2023, 4, 11, 9, 0, EDT)),
    )
    msa = image_pdf(
        scan_pages(
            msa_print,
            "gbo-msa",
            dpi=150,
            inks=[
                Ink("Signed:", "tess-msa", dx=8, dy=-4, width=100, height=20, occurrence=0),
                Ink("Signed:", "gbo-msa", dx=8, dy=-4, width=100, height=20, occurrence=1),
            ],
        ),
        PdfMeta(
            "Scan", "", at(2023, 4, 12, 8, 0, EDT), creator="Brother MFC-L8900CDW", producer="Brother MFC-L8900CDW"
        ),
    )
    env = Envelope(
        "Docusign",
        guid("env", "gbo-sow7", upper=True),
        vp,
        cust,
        pm,
        at(2026, 7, 21, 14, 0, EDT),
        at(2026, 7, 22, 8, 20, EDT),
        at(2026, 7, 22, 8, 31, EDT),
        "Please DocuSign: SOW-07 Acceptance Certificate - GBO",
        pages=2,
    )
    cert = [
        "<p style='font-size:15pt; color:#6b3fa0'><b>tessellate</b></p><h1>Acceptance Certificate – SOW-07</h1>"
        f"<table>{rows([('Client', 'Georgian Bay Outfitters Inc. (GBO)'), ('Under', 'Master Services Agreement dated 2023-04-11'), ('SOW', 'SOW-07 – Intranet and frontline communications'), ('Delivery period', '2026-04-20 to 2026-07-10')])}</table>",
        "<h2>Deliverables accepted</h2>"
        + table(
            ["#", "Deliverable", "Workload", "Volume"],
            [
                (
                    "1",
                    "New SharePoint Online intranet (hub + 9 store sites), store operating procedures library with "
                    "approval flow",
                    "SharePoint Online",
                    "23 stores, 640 staff",
                ),
                (
                    "2",
                    "Migration of the old Google Sites pages and 14 GB of store manuals",
                    "SharePoint Online",
                    "1,900 pages",
                ),
                (
                    "3",
                    "Viva Engage communities for store managers, product launches and safety; announcements from the "
                    "CEO's storyline",
                    "Viva Engage",
                    "640 staff, 12 communities",
                ),
                (
                    "4",
                    "Frontline onboarding: sign-in on shared store tablets, 2 training waves",
                    "SharePoint / Viva Engage",
                    "23 stores",
                ),
            ],
        ),
        "<p>Results at 2026-07-10: intranet monthly active users 571 (89%); 312 Viva Engage posts in the first month.</p>",
        f"<h2>Acceptance</h2><p>GBO accepts deliverables 1-4 of SOW-07.</p>"
        f"<table><tr><td class='label'>Signature</td><td>{env.block()}</td></tr>"
        f"<tr><td class='label'>Name / Title</td><td>{escape(vp.name)}, {escape(vp.title)}</td></tr>"
        f"<tr><td class='label'>Date</td><td>2026-07-22</td></tr></table>",
    ]
    cert_pdf = html_pdf(
        [*cert, PAGE_BREAK, docusign_certificate(env)],
        PdfMeta("SOW-07 Acceptance Certificate", "DocuSign", env.signed, creator="DocuSign", producer="DocuSign"),
        decorate=stamp_pages(env.stamp()),
    )
    files = {
        "01 MSA Tessellate-GBO 2023 (executed).pdf": msa,
        "02 SOW-07 Acceptance Certificate (completed).pdf": cert_pdf,
    }
    claim = cpor(
        "4400362",
        area="Modern Work",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=vp,
        workloads=["SHAREPOINT ONLINE", "VIVA ENGAGE"],
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        "4400362_Tessellate_GeorgianBayOutfitters",
        claim,
        files,
        "approve",
        "The 2023 MSA alone would not count ('master services agreements that do not contain recent "
        "documentation proving the engagement'), but it comes with a recent DocuSigned acceptance certificate "
        "(2026-07-22, certificate of completion) detailing SharePoint Online and Viva Engage deliverables with "
        "volumes: that is the recent documentation. Within 12 months of 2026-10-08; both workloads evidenced.",
        "MSA with recent proof of engagement (contrast to 4400361); ISO dates.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
    )


# ==============================================================================================
# 7. Names: look-alike companies, outsourced IT providers, subdomains and trade names
# ==============================================================================================
def thornbury_fenwick() -> Bundle:
    partner = Org("Thornbury IT Ltd", "thornburyit.co.uk", "GB", "Bristol", location_id="7335017", short="Thornbury")
    pm = Person("Oliver Grant", "oliver.grant@thornburyit.co.uk", "Account Director")
    cust = Org("Fenwick Residences Ltd", "fenwickresidences.co.uk", "GB", "Bath", short="Fenwick Residences")
    cc = Person("Edward Fenwick", "edward.fenwick@fenwickresidences.co.uk", "Managing Director")
    signer = Person("Amelia Fenwick-Hart", "amelia@fenwicklettings.co.uk", "Lettings Director")
    signer_org = Org(
        "Fenwick Residential Lettings Ltd", "fenwicklettings.co.uk", "GB", "Bristol", short="Fenwick Lettings"
    )
    submitted = at(2026, 10, 9, 12, 45)
    env = Envelope(
        "Docusign",
        guid("env", "fenwick-lettings", upper=True),
        signer,
        signer_org,
        pm,
        at(2026, 9, 16, 9, 0, BST),
        at(2026, 9, 16, 12, 10, BST),
        at(2026, 9, 16, 12, 14, BST),
        "Please DocuSign: Teams rollout sign-off - Fenwick Lettings",
        pages=2,
        date_style="gb",
    )
    blocks = [
        "<p style='font-size:14pt; color:#0f5f4a'><b>Thornbury IT</b></p><h1>Microsoft Teams rollout – sign-off</h1>"
        f"<table>{rows([('Client', 'Fenwick Residential Lettings Ltd (Fenwick Lettings)'), ('Client offices', 'Bristol Clifton, Bristol Harbourside, Keynsham'), ('Period', '03/08/2026 – 11/09/2026'), ('Thornbury ref', 'TIT-FL-0826')])}</table>",
        "<h2>Work delivered</h2>"
        + ul(
            [
                "Teams for 58 lettings negotiators and property managers; teams per office and a Landlords team with "
                "guest access for 14 portfolio landlords.",
                "Teams Phone with Calling Plans for 3 offices (24 numbers ported from the old VoIP provider), auto attendant "
                "and a call queue for maintenance requests.",
                "Mobile: Teams on company iPhones for property visits; training for 58 staff in 4 sessions.",
            ]
        ),
        f"<h2>Client sign-off</h2><p>Fenwick Lettings confirms the Teams rollout has been delivered.</p>"
        f"<table><tr><td class='label'>Signature</td><td>{env.block()}</td></tr>"
        f"<tr><td class='label'>Name / Title</td><td>{escape(signer.name)}, {escape(signer.title)}, Fenwick Residential Lettings Ltd</td></tr>"
        f"<tr><td class='label'>Date</td><td>{dmy(env.signed.date())}</td></tr></table>",
    ]
    pdf = html_pdf(
        [*blocks, PAGE_BREAK, docusign_certificate(env)],
        PdfMeta("Teams rollout sign-off", "DocuSign", env.signed, creator="DocuSign", producer="DocuSign"),
        paper="a4",
        decorate=stamp_pages(env.stamp()),
    )
    path = "POE/Fenwick - Teams sign-off (completed).pdf"
    claim = cpor(
        "4400371",
        area="Modern Work",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["TEAMS"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4400371_Thornbury_FenwickResidences",
        claim,
        {path: pdf},
        "action_required",
        "The claim is for Fenwick Residences Ltd (fenwickresidences.co.uk, Bath); the POE is for and signed by "
        "Fenwick Residential Lettings Ltd ('Fenwick Lettings', Bristol offices) from fenwicklettings.co.uk - a "
        "look-alike, separate company. The corresponding customer's name is not on the POE and the "
        "acknowledgement does not come from the customer's domain (items 1 and 2: 'Must ensure that the "
        "customer domain is correct'). The partner must claim the right customer or provide POE from this one.",
        "Look-alike company name; e-signature from a different domain.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            partner_customer_names="fail",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
        ),
    )


def anchorpoint_bayfront() -> Bundle:
    partner = Org(
        "Anchorpoint Cloud LLC", "anchorpointcloud.com", "US", "Norfolk, VA", location_id="7335504", short="Anchorpoint"
    )
    pm = Person("Danielle Pruitt", "dpruitt@anchorpointcloud.com", "Solutions Architect")
    cust = Org("Bayfront Marine Supply Inc.", "bayfrontmarine.com", "US", "Virginia Beach, VA", short="Bayfront Marine")
    owner = Person("Rick Tolliver", "rick@bayfrontmarine.com", "President")
    msp = Person(
        "Tidewater Managed Services – Service Desk", "servicedesk@tidewatermsp.com", "Managed service provider"
    )
    submitted = at(2026, 10, 30, 15, 20)
    report = html_pdf(
        [
            "<p style='font-size:14pt; color:#114b7a'><b>Anchorpoint Cloud</b></p><h1>Intune Deployment Report – Bayfront Marine Supply</h1>"
            f"<table>{rows([('Customer', 'Bayfront Marine Supply Inc.'), ('Period', '8/3/2026 – 9/25/2026'), ('Devices', '74 Windows PCs, 38 iPads (store floor and boatyard)')])}</table>",
            "<h2>Work</h2>"
            + ul(
                [
                    "Autopilot for 74 Windows PCs (3 stores and the boatyard office); point-of-sale PCs in a kiosk profile.",
                    "Automated device enrollment for 38 iPads used for inventory at the boatyard, with the parts-catalog app.",
                    "Compliance and Conditional Access for the accounting system; BitLocker escrow.",
                    "Handover to Bayfront's outsourced IT provider (Tidewater Managed Services), 3 runbooks.",
                ]
            ),
        ],
        PdfMeta("Intune Deployment Report", pm.name, at(2026, 9, 28, 10, 0, EDT)),
    )
    ask = Mail(
        pm,
        (owner,),
        at(2026, 9, 29, 11, 0, EDT),
        "Intune deployment – please confirm acceptance",
        "Hi Rick,\n\nThe Intune deployment is complete (report attached). Could Bayfront confirm acceptance?\n\nDanielle",
        cc=(msp,),
    )
    ack = Mail(
        msp,
        (pm,),
        at(2026, 9, 30, 14, 22, EDT),
        "RE: Intune deployment – please confirm acceptance",
        reply_body(
            "Hi Danielle,\n\nOn behalf of Bayfront Marine Supply: we've checked the 74 PCs and 38 iPads in "
            "the Intune console and everything is enrolled and compliant. Rick asked us to confirm that "
            "the deployment is accepted. Ticket #TMS-55120 closed.\n\nTidewater Managed Services | Service "
            "Desk\nOutsourced IT for Bayfront Marine Supply and 40+ Hampton Roads businesses",
            [ask],
            "us",
        ),
        display_from="Tidewater Service Desk",
    )
    files = {
        "Intune_Deployment_Report_Bayfront.pdf": report,
        "RE Intune deployment - please confirm acceptance.eml": eml_bytes(ack),
    }
    claim = cpor(
        "4400372",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=owner,
        workloads=["INTUNE"],
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        "4400372_Anchorpoint_BayfrontMarine",
        claim,
        files,
        "action_required",
        "The acceptance e-mail comes from tidewatermsp.com, the customer's outsourced IT provider, 'on behalf "
        "of' the customer - not from the customer's domain bayfrontmarine.com ('Must ensure that the customer "
        "domain is correct regardless of the format', item 1); the report itself is unsigned partner "
        "material. Transport headers authenticate tidewatermsp.com, which only confirms the wrong domain. The "
        "partner can get the acknowledgement from the customer.",
        "Outsourced IT provider's domain acknowledging on the customer's behalf (.eml with Received chain and "
        "Authentication-Results).",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_domain="fail",
            customer_acknowledgement="fail",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
        ),
    )


def southern_cross_kwi() -> Bundle:
    partner = Org(
        "Southern Cross Cloud Pty Ltd",
        "southerncrosscloud.com.au",
        "AU",
        "Sydney",
        location_id="7336011",
        short="Southern Cross Cloud",
    )
    pm = Person("Liam O'Connell", "liam.oconnell@southerncrosscloud.com.au", "Delivery Lead")
    cust = Org("Kookaburra Wholesale Importers Pty Ltd", "kwimporters.com.au", "AU", "Sydney", short="KWI")
    cc = Person("Melissa Tran", "mel.tran@syd.kwimporters.com.au", "IT & Systems Manager")
    submitted = at(2026, 10, 28, 3, 40)
    env = Envelope(
        "Docusign",
        guid("env", "kwi-golive", upper=True),
        cc,
        cust,
        pm,
        at(2025, 11, 3, 11, 5, AEDT),
        at(2025, 11, 3, 14, 10, AEDT),
        at(2025, 11, 3, 14, 22, AEDT),
        "Please DocuSign: KWI Trade Supplies - Intune Go-Live Certificate",
        pages=2,
        date_style="eu",
    )
    cert = [
        "<p style='font-size:15pt; color:#00557f'><b>SOUTHERN CROSS CLOUD</b></p><h1>Go-Live Certificate</h1>"
        f"<table>{rows([('Customer', 'KWI Trade Supplies (Kookaburra Wholesale Importers Pty Ltd, ABN 41 600 123 987)'), ('Project', 'Microsoft Intune – warehouse and branch devices'), ('Go-live date', '31/10/2025'), ('Project period', '01/09/2025 – 31/10/2025')])}</table>",
        "<h2>In production</h2>"
        + table(
            ["Scope", "Devices", "Notes"],
            [
                (
                    "Windows 11 Autopilot (head office Alexandria, branches Parramatta, Newcastle, Wollongong)",
                    "212",
                    "Entra joined; Win32 apps incl. the WMS client and label printing",
                ),
                (
                    "Android Enterprise dedicated devices (Zebra TC52) – warehouse picking",
                    "96",
                    "Kiosk with the WMS scanner app",
                ),
                ("iOS – sales reps (ABM automated enrolment)", "44", "Outlook, Teams, price-list app"),
                ("Compliance + Conditional Access for the ERP (Pronto Xi)", "352", "Compliant device required"),
            ],
        ),
        f"<h2>Customer acceptance</h2><p>KWI confirms the above is live and accepted.</p>"
        f"<table><tr><td class='label'>Signature</td><td>{env.block()}</td></tr>"
        f"<tr><td class='label'>Name / Title</td><td>{escape(cc.name)}, {escape(cc.title)}</td></tr>"
        f"<tr><td class='label'>Date signed</td><td>{dmy(env.signed.date())}</td></tr></table>",
    ]
    pdf = html_pdf(
        [*cert, PAGE_BREAK, docusign_certificate(env)],
        PdfMeta("KWI Go-Live Certificate", "DocuSign", env.signed, creator="DocuSign", producer="DocuSign"),
        paper="a4",
        decorate=stamp_pages(env.stamp()),
    )
    ask = Mail(
        pm,
        (cc,),
        at(2025, 11, 3, 11, 0, AEDT),
        "KWI Intune go-live certificate",
        "Hi Mel,\n\nDocuSign envelope on its way for the go-live certificate. Thanks for a great project!\n\nLiam",
    )
    note = Mail(
        cc,
        (pm,),
        at(2025, 11, 3, 14, 31, AEDT),
        "RE: KWI Intune go-live certificate",
        reply_body(
            "Hi Liam,\n\nSigned. All 352 devices are live on Intune and we're happy with the rollout - "
            "thanks to you and the team.\n\nCheers,\nMel\n\nMelissa Tran | IT & Systems Manager | KWI "
            "Trade Supplies\n12 Bourke Rd, Alexandria NSW 2015",
            [ask],
            "gb",
        ),
    )
    files = {"KWI_GoLive_Certificate_Intune_signed.pdf": pdf, "RE KWI Intune go-live certificate.eml": eml_bytes(note)}
    claim = cpor(
        "4400373",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["INTUNE"],
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        "4400373_SouthernCross_KWI",
        claim,
        files,
        "approve",
        "Customer named by its trade name 'KWI Trade Supplies' with the legal name and ABN; the signer's e-mail "
        "is on a subdomain of the customer's domain (syd.kwimporters.com.au) - still the customer's domain. "
        "DocuSign go-live certificate with certificate of completion signed 03/11/2025 (AU, day first = 3 "
        "November 2025), and the customer's e-mail of 3 Nov 2025: within 12 months of 2026-10-28 (read "
        "month-first, 11 March 2025, it would be stale). Detailed Intune scope.",
        "Trade name + subdomain; AU day-first date close to the 12-month boundary; zip with one top-level folder.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            customer_domain="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
        container="zip-folder",
    )


# ==============================================================================================
# 8. The 12-month rule and pre-sales timing (dates whose day/month reading matters)
# ==============================================================================================
def abnahme_blocks(
    *,
    partner: Org,
    customer: Org,
    project: str,
    rows_: Sequence[tuple[str, str, str]],
    period: str,
    signer: Person,
    place: str,
) -> list[str]:
    return [
        f"<p style='font-size:14pt; color:#00457c'><b>{escape(partner.name)}</b></p>"
        "<h1>Abnahmeprotokoll / Acceptance Certificate</h1>"
        f"<table>{rows([('Auftraggeber / Customer', customer.name), ('Auftragnehmer / Contractor', partner.name), ('Projekt / Project', project), ('Zeitraum / Period', period)])}</table>",
        "<h2>Abgenommene Leistungen / Services accepted</h2>"
        + table(["Leistung (DE)", "Service (EN)", "Menge / Volume"], rows_),
        "<h2>Erklärung / Declaration</h2><p>Der Auftraggeber bestätigt, dass die oben genannten Leistungen vollständig "
        "erbracht wurden, und erklärt hiermit die Abnahme. / The customer confirms that the services listed above "
        "have been fully delivered and hereby accepts them.</p>"
        "<table><tr><td class='label'>Ort, Datum / Place, date:</td><td>&nbsp;</td></tr>"
        "<tr><td class='label'>Unterschrift Auftraggeber / Customer signature:</td><td><div class='sig'></div></td></tr>"
        f"<tr><td class='label'>Name, Funktion / Name, title</td><td>{escape(signer.name)}, {escape(signer.title)}</td></tr></table>",
    ]


def mainfeld_lindner() -> Bundle:
    partner = Org(
        "Mainfeld Systemhaus GmbH", "mainfeld-systemhaus.de", "DE", "Würzburg", location_id="7336508", short="Mainfeld"
    )
    pm = Person("Tobias Reuter", "t.reuter@mainfeld-systemhaus.de", "Teamleiter Security")
    cust = Org("Gebr. Lindner Armaturen GmbH", "lindner-armaturen.de", "DE", "Schweinfurt", short="Lindner")
    cc = Person("Sabine Kraus", "s.kraus@lindner-armaturen.de", "Leiterin IT / Head of IT")
    submitted = at(2026, 10, 15, 8, 20)
    printed = html_pdf(
        abnahme_blocks(
            partner=partner,
            customer=cust,
            project="Microsoft Defender for Identity",
            period="15.09.2025 – 24.10.2025",
            signer=cc,
            place="Schweinfurt",
            rows_=[
                (
                    "Installation der MDI-Sensoren auf 4 Domänencontrollern und 1 AD CS Server",
                    "MDI sensors installed on 4 domain controllers and 1 AD CS server",
                    "5 Server / servers",
                ),
                (
                    "Gruppenrichtlinien für Audit-Richtlinien und NTLM-Auditing",
                    "Audit policy GPOs and NTLM auditing",
                    "3 GPOs",
                ),
                (
                    "Bereinigung von 27 Identity-Empfehlungen (u. a. unsichere Kerberos-Delegierung, Klartext-Passwörter in LDAP)",
                    "Remediation of 27 identity posture recommendations (e.g. unsecure Kerberos delegation, cleartext LDAP)",
                    "27",
                ),
                (
                    "Honeytoken-Konten und Alarmweiterleitung an die IT-Rufbereitschaft",
                    "Honeytoken accounts and alert routing to the IT on-call team",
                    "2 Konten / accounts",
                ),
                (
                    "Schulung des IT-Teams (Lateral-Movement-Pfade, Vorfallbearbeitung)",
                    "Training of the IT team (lateral movement paths, incident handling)",
                    "6 Personen / people",
                ),
            ],
        ),
        PdfMeta("Abnahmeprotokoll MDI", pm.name, at(2025, 10, 30, 10, 0, CET)),
        paper="a4",
    )
    scans = scan_pages(
        printed,
        "lindner-abnahme",
        dpi=150,
        skew=1.4,
        inks=[
            Ink(
                "Ort, Datum / Place, date:",
                "lindner-date",
                dx=85,
                dy=-3,
                width=0,
                date_text="Schweinfurt, 02.11.2025",
                date_dx=0,
            ),
            Ink("Unterschrift Auftraggeber / Customer signature:", "sabine-kraus", dx=18, dy=2, width=120, height=24),
        ],
    )
    pdf = image_pdf(
        scans,
        PdfMeta(
            "Scan_20251103",
            "",
            at(2025, 11, 3, 8, 40, CET),
            creator="KONICA MINOLTA bizhub C300i",
            producer="KONICA MINOLTA bizhub C300i",
        ),
    )
    path = "Abnahme/Abnahmeprotokoll_MDI_Lindner_unterschrieben.pdf"
    claim = cpor(
        "4400381",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR IDENTITY"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4400381_Mainfeld_LindnerArmaturen",
        claim,
        {path: pdf},
        "approve",
        "Bilingual German/English acceptance certificate (every statement also in English), signed in ink by "
        "the customer's Head of IT at 'Schweinfurt, 02.11.2025' = 2 November 2025 (German day-first): within "
        "12 months of submission 2026-10-15 (item 5). Read month-first (11 February 2025) it would be stale. "
        "Detailed MDI work (5 servers, 27 recommendations).",
        "Bilingual DE/EN Abnahmeprotokoll, scanned wet ink; handwritten dd.mm.yyyy date near the 12-month edge.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
    )


def isarwerk_voralpen() -> Bundle:
    partner = Org("Isarwerk Consulting GmbH", "isarwerk.de", "DE", "München", location_id="7336993", short="Isarwerk")
    pm = Person("Florian Brandl", "f.brandl@isarwerk.de", "Senior Consultant")
    cust = Org("Voralpen Kältetechnik GmbH", "voralpen-kaelte.de", "DE", "Rosenheim", short="Voralpen Kälte")
    cc = Person("Michael Obermaier", "m.obermaier@voralpen-kaelte.de", "Geschäftsführer / Managing Director")
    submitted = at(2026, 10, 2, 14, 0)
    printed = html_pdf(
        abnahme_blocks(
            partner=partner,
            customer=cust,
            project="Microsoft Defender for Endpoint",
            period="07.07.2025 – 29.08.2025",
            signer=cc,
            place="Rosenheim",
            rows_=[
                (
                    "Onboarding von 145 Clients und 12 Servern in Defender for Endpoint über Intune bzw. Skript",
                    "Onboarding of 145 clients and 12 servers to Defender for Endpoint via Intune or script",
                    "157 Geräte / devices",
                ),
                ("Ablösung des bisherigen Virenschutzes", "Replacement of the previous antivirus", "157"),
                (
                    "ASR-Regeln (8 im Blockiermodus), Manipulationsschutz, Netzwerkschutz",
                    "ASR rules (8 in block mode), tamper protection, network protection",
                    "alle / all",
                ),
                (
                    "Gerätegruppen für Werkstatt-PCs und Servicetechniker-Laptops",
                    "Device groups for workshop PCs and field technician laptops",
                    "4 Gruppen / groups",
                ),
            ],
        ),
        PdfMeta("Abnahmeprotokoll MDE", pm.name, at(2025, 9, 8, 10, 0, CEST)),
        paper="a4",
    )
    scans = scan_pages(
        printed,
        "voralpen-abnahme",
        dpi=150,
        skew=-0.8,
        inks=[
            Ink(
                "Ort, Datum / Place, date:",
                "voralpen-date",
                dx=85,
                dy=-3,
                width=0,
                date_text="Rosenheim, 10.09.2025",
                date_dx=0,
            ),
            Ink(
                "Unterschrift Auftraggeber / Customer signature:",
                "michael-obermaier",
                dx=18,
                dy=2,
                width=120,
                height=24,
            ),
        ],
    )
    pdf = image_pdf(
        scans, PdfMeta("Scan", "", at(2025, 9, 11, 9, 0, CEST), creator="RICOH IM C2010", producer="RICOH IM C2010")
    )
    path = "Abnahmeprotokoll_MDE_Voralpen.pdf"
    claim = cpor(
        "4400382",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        docs=[(path, "poe")],
        comments=[("partner", submitted - dt.timedelta(minutes=4), "Abnahmeprotokoll vom 10.09. anbei.")],
    )
    return Bundle(
        "4400382_Isarwerk_VoralpenKaelte",
        claim,
        {path: pdf},
        "action_required",
        "Valid wet-ink acceptance, bilingual, detailed - but dated 'Rosenheim, 10.09.2025' = 10 September 2025 "
        "(German day-first), more than 12 months before submission 2026-10-02. The guide: acknowledgement "
        "must not be older than 12 months for usage; older POE needs a recent POE or customer acknowledgement "
        "confirming active engagement (item 5). None is attached. (Read month-first, 9 October 2025, it would "
        "wrongly pass.) The partner can add a recent confirmation.",
        "Stale acknowledgement whose staleness depends on the day-first reading (10.09.2025).",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            acknowledgement_date="fail",
            activity_detail="pass",
            workload_match="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
        ),
    )


def granary_row_flint_hills() -> Bundle:
    partner = Org(
        "Granary Row Solutions LLC",
        "granaryrow.com",
        "US",
        "Kansas City, MO",
        location_id="7337420",
        short="Granary Row",
    )
    pm = Person("Nicole Haskins", "nhaskins@granaryrow.com", "Client Services Director")
    cust = Org("Flint Hills Aggregates LLC", "flinthillsagg.com", "US", "Emporia, KS", short="Flint Hills Aggregates")
    coo = Person("Dwayne Schroeder", "dschroeder@flinthillsagg.com", "Chief Operating Officer")
    submitted = at(2026, 10, 19, 16, 0)
    sow_print = html_pdf(
        [
            "<p style='font-size:14pt; color:#8a5a00'><b>GRANARY ROW SOLUTIONS</b></p><h1>Statement of Work GRS-FHA-01</h1>"
            f"<table>{rows([('Client', 'Flint Hills Aggregates LLC'), ('Services', 'Managed endpoint management and security (Intune, Defender for Endpoint)'), ('Term', '36 months from 3/15/2024'), ('Sites', '7 quarries, 2 ready-mix plants, Emporia office')])}</table>",
            "<h2>Services</h2>"
            + ul(
                [
                    "Intune: enrollment and ongoing management of Windows laptops, rugged tablets in loaders and scale houses, "
                    "and company iPhones; monthly patch and compliance reporting.",
                    "Defender for Endpoint: onboarding of all Windows devices, 24x5 alert triage, quarterly exposure review.",
                    "Quarterly business review with the COO.",
                ]
            ),
            "<h2>Acceptance</h2><table><tr><td>Flint Hills Aggregates LLC – Signature:<br/><br/><br/>"
            "Dwayne Schroeder, COO &nbsp;&nbsp; Date: 3/12/2024</td></tr></table>",
        ],
        PdfMeta("SOW GRS-FHA-01", pm.name, at(2024, 3, 11, 9, 0, CDT)),
    )
    sow = image_pdf(
        scan_pages(
            sow_print,
            "fha-sow",
            dpi=150,
            inks=[Ink("Flint Hills Aggregates LLC – Signature:", "dwayne-2024", dx=10, dy=2, width=120, height=24)],
        ),
        PdfMeta("SOW signed", "", at(2024, 3, 12, 15, 0, CDT), creator="Epson", producer="Epson"),
    )
    ask = Mail(
        pm,
        (coo,),
        at(2026, 10, 5, 15, 30, CDT),
        "Flint Hills – confirmation of ongoing services",
        "Hi Dwayne,\n\nFor our Microsoft partner-of-record paperwork, could you confirm in a short reply that "
        "Granary Row is still managing your Intune and Defender for Endpoint environment?\n\nThanks,\nNicole",
    )
    conf = Mail(
        coo,
        (pm,),
        at(2026, 10, 6, 7, 12, CDT),
        "RE: Flint Hills – confirmation of ongoing services",
        reply_body(
            "Nicole,\n\nHappy to confirm. Granary Row continues to run our endpoint management and "
            "security under the 2024 SOW: they manage our 260 Windows laptops and rugged tablets and 95 "
            "iPhones in Intune, pushed the new loader tablets at the Cottonwood Falls quarry in August, "
            "and triage the Defender for Endpoint alerts for all our devices - the September exposure "
            "review with me was last week. The engagement is active and we're renewing next spring.\n\n"
            "Dwayne Schroeder\nChief Operating Officer\nFlint Hills Aggregates LLC",
            [ask],
            "us",
        ),
    )
    files = {
        "FHA_SOW_GRS-FHA-01_signed_2024.pdf": sow,
        "RE Flint Hills - confirmation of ongoing services.eml": eml_bytes(conf),
    }
    claim = cpor(
        "4400383",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=coo,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        "4400383_GranaryRow_FlintHillsAggregates",
        claim,
        files,
        "approve",
        "The signed SOW is from 3/12/2024 (older than 12 months), but the guide allows exactly this when "
        "there is 'a recent POE or customer acknowledgement confirming active engagement with the customer "
        "(this can be an e-mail confirmation describing the work)' (item 5): the COO's e-mail of 10/6/2026 "
        "from flinthillsagg.com describes current Intune (260 + 95 devices) and MDE work.",
        "Old signed SOW + recent e-mail confirming active engagement (.eml with full transport headers).",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            acknowledgement_date="pass",
            workload_match="pass",
            customer_domain="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
    )


def atelier_nuage_varenne() -> Bundle:
    partner = Org("Atelier Nuage SAS", "ateliernuage.fr", "FR", "Lyon", location_id="7337861", short="Atelier Nuage")
    pm = Person("Camille Lefèvre", "camille.lefevre@ateliernuage.fr", "Consultante Dynamics 365")
    cust = Org("Maison Varenne SAS", "maisonvarenne.fr", "FR", "Thiers", short="Maison Varenne")
    dc = Person("Julien Morel", "j.morel@maisonvarenne.fr", "Directeur commercial / Sales Director")
    submitted = at(2026, 10, 14, 9, 10)
    signed = at(2026, 3, 4, 18, 42, CET)
    dossier = "YS-" + hexid("yousign", "varenne", length=12)
    blocks = [
        "<p style='font-size:15pt; color:#3a2f8f'><b>atelier nuage</b></p>"
        "<h1>Compte rendu d'atelier / Workshop summary</h1>"
        f"<table>{rows([('Client', 'Maison Varenne SAS (coutellerie et arts de la table / cutlery and tableware)'), ('Atelier / Workshop', 'Dynamics 365 Sales – cadrage / envisioning'), ('Date', '04/03/2026, 09:30 – 17:00, Thiers'), ('Participants', '7 Maison Varenne (direction commerciale, export, ADV, IT), 2 Atelier Nuage')])}</table>",
        "<h2>Situation actuelle / Current situation</h2><p>Les 24 commerciaux France et export suivent les comptes "
        "(1 900 revendeurs, 140 comptes hôtellerie) dans des fichiers Excel et l'ERP. / The 24 French and export sales "
        "reps track accounts (1,900 retailers, 140 hospitality accounts) in Excel files and the ERP; no pipeline "
        "visibility, trade-show leads lost.</p>",
        "<h2>Cas d'usage retenus / Use cases agreed</h2>"
        + table(
            ["FR", "EN"],
            [
                (
                    "Gestion des comptes et contacts revendeurs, import depuis l'ERP",
                    "Retailer account and contact management, ERP import",
                ),
                (
                    "Pipeline export (Allemagne, Japon, États-Unis) avec prévisions trimestrielles",
                    "Export pipeline (Germany, Japan, US) with quarterly forecasts",
                ),
                (
                    "Capture des leads salons (Maison&Objet, Ambiente)",
                    "Trade-show lead capture (Maison&Objet, Ambiente)",
                ),
                (
                    "Intégration Outlook et Teams pour les commerciaux itinérants",
                    "Outlook and Teams integration for field reps",
                ),
            ],
        ),
        "<h2>Prochaines étapes / Next steps</h2>"
        + ul(
            [
                "Pilote Dynamics 365 Sales Enterprise pour 24 utilisateurs à partir d'avril 2026 / Dynamics 365 Sales "
                "Enterprise pilot for 24 users from April 2026.",
                "Atelier Nuage remet une proposition de mise en œuvre sous 10 jours / Atelier Nuage to deliver an "
                "implementation proposal within 10 days.",
            ]
        ),
        "<h2>Validation client / Customer sign-off</h2>"
        f"<table><tr><td class='label'>Signature</td><td><i class='adopted'>{escape(dc.name)}</i><br/><span class='tiny'>Signé "
        f"électroniquement le {dmy(signed.date())} à {signed.strftime('%H:%M')} – Yousign</span></td></tr>"
        f"<tr><td class='label'>Nom / Name</td><td>{escape(dc.name)}, {escape(dc.title)}</td></tr>"
        f"<tr><td class='label'>Date</td><td>{dmy(signed.date())}</td></tr></table>",
    ]
    proof = f"<h1>Dossier de preuve / Audit trail</h1><p>Dossier {dossier} – Yousign SAS</p>" + table(
        ["Date (Europe/Paris)", "Événement / Event"],
        [
            ("04/03/2026 17:58", f"Demande de signature envoyée par {pm.name} ({pm.email})"),
            ("04/03/2026 18:40", f"Document consulté par {dc.name} ({dc.email}) – IP 203.0.113.77"),
            ("04/03/2026 18:41", "Code OTP envoyé par SMS au +33 6 ** ** ** 42 et validé"),
            ("04/03/2026 18:42", f"Document signé par {dc.name}"),
            ("04/03/2026 18:42", "Dossier terminé – empreinte SHA-256 " + hexid("sha", dossier, length=64).lower()),
        ],
    )
    pdf = html_pdf(
        [*blocks, PAGE_BREAK, proof],
        PdfMeta(
            "CR atelier Dynamics 365 Sales - Maison Varenne", "Yousign", signed, creator="Yousign", producer="Yousign"
        ),
        paper="a4",
        decorate=footer_pages(f"Yousign – Dossier {dossier}"),
    )
    path = "CR_Atelier_D365_Sales_MaisonVarenne_signe.pdf"
    sub = guid("sub", "varenne-sales", upper=True)
    claim = cpor(
        "4400391",
        kind="pre_sales",
        area="Business Applications",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=dc,
        workloads=[("DYNAMICS 365 SALES ENTERPRISE EDITION", sub)],
        docs=[(path, "poe")],
        transaction_date=d(2026, 3, 20),
    )
    return Bundle(
        "4400391_AtelierNuage_MaisonVarenne",
        claim,
        {path: pdf},
        "approve",
        "Pre-sales: proof of engagement must predate the transaction (item 5). The workshop summary, "
        "e-signed by the customer's Sales Director through Yousign with an audit trail, is dated 04/03/2026 "
        "= 4 March 2026 (French day-first), before the transaction on 2026-03-20; read month-first (3 April) "
        "it would be after. It details the pre-sales activity in depth (use cases, users, pilot). "
        "Bilingual French/English. The 12-month rule is for usage only.",
        "Pre-sales timing with a French day-first date; Yousign e-signature with dossier de preuve; bilingual FR/EN.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            acknowledgement_date="pass",
            workload_match="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
    )


def ardent_piedmont_upsell() -> Bundle:
    partner = Org(
        "Ardent Dynamics LLC", "ardentdynamics.com", "US", "Charlotte, NC", location_id="7338302", short="Ardent"
    )
    pm = Person("Renée Whitfield", "rwhitfield@ardentdynamics.com", "Dynamics Practice Director")
    cust = Org("Piedmont Textile Mills Inc.", "piedmonttextile.com", "US", "Burlington, NC", short="PTM")
    vp = Person("Carlos Ibarra", "cibarra@piedmonttextile.com", "VP Customer Operations")
    submitted = at(2026, 10, 20, 13, 30)
    summary = html_pdf(
        [
            "<p style='font-size:14pt; color:#b33c00'><b>ARDENT DYNAMICS</b></p><h1>Customer Service Expansion Workshop – Summary</h1>"
            f"<table>{rows([('Customer', 'Piedmont Textile Mills Inc. (PTM)'), ('Date', 'August 20, 2026'), ('Attendees', 'PTM customer operations (5), IT (2); Ardent (3)'), ('Context', 'Ardent became PTM Dynamics partner in July 2026, replacing the previous implementer')])}</table>",
            "<h2>Current state</h2><p>60 Dynamics 365 Customer Service Enterprise users in the Burlington contact center "
            "(renewed 7/1/2026). The Gastonia and Dalton plants handle B2B order issues by e-mail and phone outside "
            "Dynamics.</p>",
            "<h2>Upsell opportunity agreed</h2>"
            + ul(
                [
                    "Expand Customer Service to the Gastonia and Dalton plants: +150 seats (60 → 210) in Q4 2026.",
                    "Add the Omnichannel (chat and voice) add-on for the B2B portal and the 1-800 line.",
                    "Case routing by product line (yarn, fabric, technical textiles), SLAs per key account (40 accounts).",
                ]
            ),
            "<h2>Plan</h2>"
            + table(
                ["Step", "When"],
                [
                    ("Pilot with 15 Gastonia agents", "October 2026"),
                    ("Rollout to 150 users", "November – December 2026"),
                    ("Omnichannel go-live", "January 2027"),
                ],
            ),
        ],
        PdfMeta("PTM Expansion Workshop Summary", pm.name, at(2026, 8, 21, 10, 0, EDT)),
    )
    ask = Mail(
        pm,
        (vp,),
        at(2026, 9, 1, 16, 0, EDT),
        "PTM – Customer Service expansion: confirmation",
        "Carlos,\n\nThanks again for the workshop on 8/20. Could you confirm the expansion plan in the attached "
        "summary so we can register Ardent as your partner with Microsoft?\n\nRenée",
    )
    conf = Mail(
        vp,
        (pm,),
        at(2026, 9, 2, 10, 24, EDT),
        "RE: PTM – Customer Service expansion: confirmation",
        reply_body(
            "Renée,\n\nConfirmed. Since July Ardent is our Dynamics 365 partner and is leading the "
            "expansion of Customer Service from our Burlington contact center to the Gastonia and Dalton "
            "plants - about 150 additional seats this quarter plus the Omnichannel add-on, as in your "
            "summary of the 8/20 workshop. Gastonia pilot starts in October.\n\nCarlos Ibarra\nVP Customer "
            "Operations | Piedmont Textile Mills Inc.",
            [ask],
            "us",
        ),
    )
    files = {
        "PTM_CS_Expansion_Workshop_Summary.pdf": summary,
        "RE PTM - Customer Service expansion confirmation.msg": msg_bytes(conf),
    }
    sub = guid("sub", "ptm-cs", upper=True)
    claim = cpor(
        "4400392",
        kind="pre_sales",
        area="Business Applications",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=vp,
        workloads=[("DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE", sub)],
        docs=[(p, "poe") for p in files],
        transaction_date=d(2026, 7, 1),
        comments=[
            (
                "partner",
                submitted - dt.timedelta(minutes=3),
                "New partner of record driving an upsell (+150 seats, Omnichannel).",
            )
        ],
    )
    return Bundle(
        "4400392_Ardent_PiedmontTextile",
        claim,
        files,
        "approve",
        "The evidence (workshop 8/20/2026, customer e-mail 9/2/2026) is after the transaction date "
        "(2026-07-01), but the guide approves pre-sales claims without prior proof when 'a claim includes "
        "upsell opportunities, indicating that a new POR is driving upsell for the customer' (item 5): the "
        "customer confirms Ardent is its new partner since July and is leading a +150-seat Customer Service "
        "expansion with Omnichannel.",
        "Pre-sales upsell exception (evidence after the transaction).",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            customer_domain="pass",
            workload_match="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
    )


def prairie_great_plains() -> Bundle:
    partner = Org(
        "Prairie Dynamics Partners LLC",
        "prairiedynamics.com",
        "US",
        "Sioux Falls, SD",
        location_id="7338745",
        short="Prairie Dynamics",
    )
    pm = Person("Kristin Olson", "kolson@prairiedynamics.com", "Solution Architect")
    cust = Org("Great Plains Agri Supply Co.", "gpagrisupply.com", "US", "Mitchell, SD", short="Great Plains Agri")
    gm = Person("Roger Buchholz", "rbuchholz@gpagrisupply.com", "General Manager, Sales")
    submitted = at(2026, 10, 13, 19, 40)
    summary = html_pdf(
        [
            "<p style='font-size:14pt; color:#5c7c1f'><b>Prairie Dynamics</b></p><h1>Dynamics 365 Sales – Discovery Workshop Summary</h1>"
            f"<table>{rows([('Customer', 'Great Plains Agri Supply Co.'), ('Workshop date', 'June 10, 2026'), ('Location', 'Mitchell, SD'), ('Attendees', '6 GPAS sales and agronomy staff, 2 Prairie Dynamics')])}</table>",
            "<h2>Findings</h2>"
            + ul(
                [
                    "32 territory reps and agronomists track 2,600 grower accounts in spreadsheets.",
                    "Seed and chemical pre-orders are taken on paper at winter meetings.",
                    "No forecast of spring demand by product line.",
                ]
            ),
            "<h2>Recommendations</h2>"
            + ul(
                [
                    "Configure Dynamics 365 Sales for accounts, grower contacts and pre-order opportunities.",
                    "Mobile app for reps in the field; Power BI forecast by product line.",
                    "Phase 1 go-live before the winter grower meetings.",
                ]
            ),
        ],
        PdfMeta("GPAS Discovery Workshop", pm.name, at(2026, 6, 11, 10, 0, CDT)),
    )
    ask = Mail(
        pm,
        (gm,),
        at(2026, 6, 11, 14, 0, CDT),
        "GPAS – workshop summary",
        "Roger,\n\nSummary of yesterday's discovery workshop attached. Let me know if anything is missing.\n\nKristin",
    )
    conf = Mail(
        gm,
        (pm,),
        at(2026, 6, 12, 8, 5, CDT),
        "RE: GPAS – workshop summary",
        reply_body(
            "Kristin,\n\nThanks - the summary matches what we discussed on June 10. We'd like Prairie "
            "Dynamics to configure Dynamics 365 Sales for our 32 reps as proposed (accounts, pre-orders, "
            "mobile).\n\nRoger Buchholz\nGeneral Manager, Sales\nGreat Plains Agri Supply Co.",
            [ask],
            "us",
        ),
    )
    files = {"GPAS_D365_Sales_Discovery_Summary.pdf": summary, "RE GPAS - workshop summary.msg": msg_bytes(conf)}
    sub = guid("sub", "gpas-sales", upper=True)
    claim = cpor(
        "4400393",
        kind="pre_sales",
        area="Business Applications",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=gm,
        workloads=[("DYNAMICS 365 SALES ENTERPRISE EDITION", sub)],
        docs=[(p, "poe") for p in files],
        transaction_date=d(2026, 5, 28),
    )
    return Bundle(
        "4400393_PrairieDynamics_GreatPlainsAgri",
        claim,
        files,
        "action_required",
        "Pre-sales claim: the guide asks for 'proof of engagement with the customer prior to the "
        "transaction' (item 5). The transaction is 2026-05-28; the workshop is June 10, 2026 and the "
        "customer's e-mail June 12 - both after it, and nothing indicates an upsell by a new partner. The "
        "acknowledgement itself is valid (customer domain, explicit). The partner can provide earlier proof.",
        "Pre-sales evidence dated after the transaction (no upsell).",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            acknowledgement_date="fail",
            customer_acknowledgement="pass",
            customer_domain="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
        ),
    )


# ==============================================================================================
# 9. Signatures and paper: digital signatures, rotated scans, phone photos, merged PDFs, decks
# ==============================================================================================
def cobaltline_desert_bloom() -> Bundle:
    partner = Org(
        "Cobaltline Systems LLC", "cobaltline.com", "US", "Phoenix, AZ", location_id="7339188", short="Cobaltline"
    )
    pm = Person("Shauna Begay", "sbegay@cobaltline.com", "Compliance Solutions Lead")
    cust = Org("Desert Bloom Nurseries LLC", "desertbloomnurseries.com", "US", "Mesa, AZ", short="Desert Bloom")
    dirit = Person("Ramon Castillo", "rcastillo@desertbloomnurseries.com", "Director of IT")
    submitted = at(2026, 10, 22, 17, 15)
    signed_at = at(2026, 9, 30, 11, 20, MDT)
    blocks = [
        "<p style='font-size:14pt; color:#1b3f8b'><b>Cobaltline Systems</b></p>"
        "<h1>Project Acceptance – Microsoft Purview Information Protection</h1>"
        f"<table>{rows([('Customer', 'Desert Bloom Nurseries LLC'), ('Project', 'CLS-2026-061 Sensitivity labels and DLP'), ('Period', '7/6/2026 – 9/18/2026'), ('Users', '340 (6 garden centers, 2 growing farms, head office)')])}</table>",
        "<h2>Delivered</h2>"
        + table(
            ["Workstream", "Detail", "Completed"],
            [
                (
                    "Label taxonomy",
                    "5 sensitivity labels (Public, General, Internal, Confidential – Finance, Confidential – "
                    "HR) with encryption on the two Confidential labels",
                    "7/24/2026",
                ),
                (
                    "Publishing",
                    "Label policy to 340 users with mandatory labelling in Outlook and Office apps; default "
                    "label 'General'",
                    "8/14/2026",
                ),
                (
                    "Auto-labelling",
                    "Service-side auto-labelling for payroll exports and supplier bank details (2 custom "
                    "sensitive info types) in SharePoint and Exchange",
                    "9/4/2026",
                ),
                (
                    "DLP",
                    "DLP policies for Exchange and OneDrive blocking external sharing of Confidential content; policy "
                    "tips",
                    "9/11/2026",
                ),
                ("Training", "Three 45-minute sessions and a one-page guide for garden-center managers", "9/18/2026"),
            ],
        ),
        "<h2>Acceptance</h2><p>Desert Bloom Nurseries accepts the project as delivered. This document is signed with "
        "the customer's digital ID.</p>"
        f"<table><tr><td class='label'>Customer digital signature:</td><td style='height:40pt'>&nbsp;</td></tr>"
        f"<tr><td class='label'>Name / Title</td><td>{escape(dirit.name)}, {escape(dirit.title)}</td></tr>"
        f"<tr><td class='label'>Date</td><td>{us(signed_at.date())}</td></tr></table>",
    ]
    printed = html_pdf(
        blocks, PdfMeta("Project Acceptance - Purview Information Protection", pm.name, at(2026, 9, 29, 9, 0, MDT))
    )
    pdf = digitally_sign(
        printed,
        "desert-bloom",
        dirit,
        cust,
        signed_at,
        label="Customer digital signature:",
        reason="I approve this document",
        location="Mesa, AZ",
    )
    path = "Desert Bloom - Project Acceptance MIP (digitally signed).pdf"
    claim = cpor(
        "4400411",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=dirit,
        workloads=["MICROSOFT INFORMATION PROTECTION"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4400411_Cobaltline_DesertBloom",
        claim,
        {path: pdf},
        "approve",
        "PDF digitally signed (PAdES, pyHanko) with the customer Director of IT's digital ID naming him, his "
        "e-mail at desertbloomnurseries.com and the company; the signature covers the whole document and "
        "validates (self-signed ID, so untrusted but intact) - a secure, verifiable electronic signature "
        "(item 1). Detailed Purview Information Protection work, signed 9/30/2026.",
        "Digitally signed PDF whose signature validates.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
    )


def vesper_ct_river() -> Bundle:
    partner = Org("Vesper Networks LLC", "vespernet.com", "US", "Hartford, CT", location_id="7339640", short="Vesper")
    pm = Person("Allison Greco", "agreco@vespernet.com", "Identity Engineer")
    cust = Org("Connecticut River Boatworks Inc.", "ctriverboat.com", "US", "Essex, CT", short="CT River Boatworks")
    owner = Person("Samuel Whitaker", "swhitaker@ctriverboat.com", "Vice President, Finance & IT")
    submitted = at(2026, 11, 4, 14, 30)
    printed = html_pdf(
        [
            "<p style='font-size:14pt; color:#3b3b7a'><b>VESPER NETWORKS</b></p><h1>Completion Certificate</h1>"
            f"<table>{rows([('Customer', 'Connecticut River Boatworks Inc.'), ('Project', 'Entra ID P2 – identity protection and privileged access'), ('Period', '6/22/2026 – 8/14/2026'), ('Vesper ref', 'VN-CRB-26-09')])}</table>",
            "<h2>Work completed</h2>"
            + ul(
                [
                    "Conditional Access: 9 policies (MFA for 165 users, compliant devices for the ERP, block legacy protocols, "
                    "boatyard shared kiosks excluded with named-location controls).",
                    "Identity Protection: sign-in and user risk policies; weekly risky-user review with the finance team.",
                    "Privileged Identity Management: 6 admin roles eligible-only, approval for Global Administrator.",
                    "Access reviews for the 3 dealer-portal guest groups (210 dealer accounts) every quarter.",
                    "Entitlement management: access package for seasonal yard workers (60-day expiry).",
                ]
            ),
            PAGE_BREAK,
            "<h2>Acceptance</h2><p>Connecticut River Boatworks Inc. confirms that the work above has been completed to "
            "its satisfaction.</p><table><tr><td class='label'>Authorized signature:</td><td style='height:40pt'>&nbsp;</td></tr>"
            f"<tr><td class='label'>Name / Title</td><td>{escape(owner.name)}, {escape(owner.title)}</td></tr>"
            "<tr><td class='label'>Date signed:</td><td>&nbsp;</td></tr></table>",
        ],
        PdfMeta("Completion Certificate VN-CRB-26-09", pm.name, at(2026, 8, 17, 10, 0, EDT)),
    )
    scans = scan_pages(
        printed,
        "crb-cert",
        dpi=100,
        skew=0.6,
        rotate=90,
        quality=50,
        inks=[
            Ink("Authorized signature:", "samuel-whitaker", dx=80, dy=4, width=120, height=26),
            Ink("Date signed:", "crb-date", dx=110, dy=-3, width=0, date_text="8/21/2026", date_dx=0),
        ],
    )
    pdf = image_pdf(
        scans, PdfMeta("", "", at(2026, 8, 21, 16, 2, EDT), creator="EPSON Scan", producer="EPSON Scan"), dpi=100
    )
    path = "scan_2026-08-21_1602.pdf"
    claim = cpor(
        "4400412",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=owner,
        workloads=["AZURE ACTIVE DIRECTORY PREMIUM 2"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4400412_Vesper_CTRiverBoatworks",
        claim,
        {path: pdf},
        "approve",
        "Physically signed paper scanned to PDF (item 1): both pages were fed sideways, so the image is turned "
        "90° at about 100 dpi with no text layer. Once turned upright it shows names, detailed Entra ID P2 "
        "work with counts and dates, and the customer VP's ink signature dated 8/21/2026 (within 12 months).",
        "Rotated (90°) low-resolution scan, image-only PDF named by the scanner.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
    )


def kaimai_bop_kiwipack() -> Bundle:
    partner = Org(
        "Kaimai Technology Ltd", "kaimaitech.co.nz", "NZ", "Tauranga", location_id="7340117", short="Kaimai Tech"
    )
    pm = Person("Aroha Ngata", "aroha@kaimaitech.co.nz", "Project Lead")
    cust = Org("Bay of Plenty Kiwifruit Packers Ltd", "bopkiwipack.co.nz", "NZ", "Te Puke", short="BOP Kiwipack")
    ops = Person("Grant McAllister", "grant.mcallister@bopkiwipack.co.nz", "Operations & IT Manager")
    submitted = at(2026, 10, 12, 2, 0)
    signoff = html_pdf(
        [
            "<p style='font-size:14pt; color:#0d6b4f'><b>KAIMAI TECHNOLOGY</b></p><h1>Go-Live Sign-off</h1>"
            f"<table>{rows([('Customer', 'Bay of Plenty Kiwifruit Packers Ltd (BOP Kiwipack)'), ('Project', 'Intune – packhouse and orchard devices'), ('Go-live', '10/07/2026'), ('Kaimai ref', 'KT-2026-022')])}</table>",
            "<h2>Live at sign-off</h2>"
            + ul(
                [
                    "180 shared Android handhelds (Zebra TC58) in the two packhouses, dedicated-device kiosk with the grading and "
                    "bin-tracking apps; 36 Android tablets on forklifts.",
                    "120 Windows 11 laptops via Autopilot for office, quality and orchard supervisors.",
                    "Compliance policies and Conditional Access for the grower portal; Wi-Fi and certificate profiles for the "
                    "packhouse network.",
                    "Seasonal worker sign-in on shared devices (Android shared device mode) for the 2026 packing season.",
                ]
            ),
            "<h2>Sign-off</h2><p>BOP Kiwipack confirms the above is live and accepts the deployment.</p>"
            "<table><tr><td class='label'>Signed (customer):</td><td style='height:40pt'>&nbsp;</td></tr>"
            f"<tr><td class='label'>Name</td><td>{escape(ops.name)} – {escape(ops.title)}</td></tr>"
            "<tr><td class='label'>Date (dd/mm/yyyy):</td><td>&nbsp;</td></tr></table>",
        ],
        PdfMeta("Go-Live Sign-off KT-2026-022", pm.name, at(2026, 7, 16, 9, 0, NZST)),
        paper="a4",
    )
    photo = phone_photo(
        signoff,
        "bopkiwi",
        when=at(2026, 7, 17, 12, 48, NZST),
        inks=[
            Ink("Signed (customer):", "grant-mcallister", dx=90, dy=2, width=130, height=28),
            Ink("Date (dd/mm/yyyy):", "bop-date", dx=80, dy=-3, width=0, date_text="17/07/2026", date_dx=0),
        ],
        model=("samsung", "SM-S921B"),
    )

    def build(doc: DocxDocument) -> None:
        w_heading(doc, "Delivery Report – Intune for BOP Kiwipack", 0)
        w_para(doc, "Kaimai Technology Ltd · KT-2026-022 · 01/05/2026 – 10/07/2026", size=9)
        w_heading(doc, "Devices", 1)
        w_table(
            doc,
            ["Group", "Platform", "Count", "Mode"],
            [
                ["Packhouse handhelds", "Android (Zebra TC58)", "180", "Dedicated device, kiosk"],
                ["Forklift tablets", "Android", "36", "Dedicated device"],
                ["Office / QA / supervisors", "Windows 11", "120", "Autopilot, Entra joined"],
            ],
        )
        w_heading(doc, "Timeline", 1)
        w_table(
            doc,
            ["Phase", "Dates"],
            [
                ["Design and pilot (Packhouse 1)", "01/05/2026 – 29/05/2026"],
                ["Packhouse 2 and forklifts", "01/06/2026 – 26/06/2026"],
                ["Windows Autopilot", "15/06/2026 – 08/07/2026"],
                ["Go-live", "10/07/2026"],
            ],
        )

    files = {
        "IMG_20260717_124812.jpg": photo,
        "Delivery Report - BOP Kiwipack.docx": docx_bytes(
            build, title="Delivery Report", author=pm.name, created=at(2026, 7, 15, 9, 0, NZST)
        ),
    }
    claim = cpor(
        "4400413",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=ops,
        workloads=["INTUNE"],
        docs=[(p, "poe") for p in files],
        comments=[("partner", submitted - dt.timedelta(minutes=2), "Signed go-live sheet photographed on site.")],
    )
    return Bundle(
        "4400413_Kaimai_BOPKiwipack",
        claim,
        files,
        "approve",
        "A phone photo (JPEG, perspective, uneven light) of the printed go-live sign-off signed in ink by the "
        "customer's Operations & IT Manager and dated 17/07/2026 (NZ day-first) - a physically signed paper "
        "document in an image file with its identifying information (item 1). With the Word delivery report: "
        "names, 336 devices, phases and dates. Within 12 months of 2026-10-12.",
        "Phone photo with perspective of a signed page; zip with claim.json at the root.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
        container="zip",
    )


def brightfield_cumberland() -> Bundle:
    partner = Org(
        "Brightfield Partners LLC",
        "brightfieldpartners.com",
        "US",
        "Nashville, TN",
        location_id="7340562",
        short="Brightfield",
    )
    pm = Person("Caleb Dunaway", "cdunaway@brightfieldpartners.com", "Project Manager")
    cust = Org(
        "Cumberland Hardwoods Inc.", "cumberlandhardwoods.com", "US", "Cookeville, TN", short="Cumberland Hardwoods"
    )
    cfo = Person("Laura Pennington", "lpennington@cumberlandhardwoods.com", "CFO & Head of IT")
    submitted = at(2026, 11, 10, 15, 0)
    sow = html_pdf(
        [
            "<p style='font-size:14pt; color:#c27c0e'><b>BRIGHTFIELD PARTNERS</b></p><h1>Statement of Work BFP-2026-14</h1>"
            f"<table>{rows([('Client', 'Cumberland Hardwoods Inc.'), ('Project', 'Exchange Online and SharePoint Online migration'), ('Planned dates', '7/6/2026 – 9/25/2026')])}</table>",
            "<h2>Scope</h2>"
            + ul(
                [
                    "Migrate 150 mailboxes from hosted Exchange 2016 to Exchange Online (cutover by site).",
                    "Move the S: and P: drives (1.1 TB) to SharePoint Online sites for Sales, Production, "
                    "Kiln Operations and Accounting.",
                    "Train staff at the Cookeville mill and the Crossville yard.",
                ]
            ),
            "<h2>Fees</h2><p>Fixed fee per the proposal of 6/19/2026.</p>",
        ],
        PdfMeta("SOW BFP-2026-14", pm.name, at(2026, 6, 29, 10, 0, CDT)),
    )
    status1 = html_pdf(
        [
            "<h1>Weekly Status Report – week ending 8/7/2026</h1>"
            + table(
                ["Workstream", "Status", "Notes"],
                [
                    (
                        "Exchange Online",
                        "On track",
                        "Batch 1 (office, 62 mailboxes) migrated 8/5; batch 2 (mill) scheduled 8/19",
                    ),
                    ("SharePoint Online", "On track", "Sales and Accounting sites built; 380 GB copied with SPMT"),
                    ("Training", "Not started", "Sessions booked for 9/14-9/16"),
                ],
            ),
        ],
        PdfMeta("Status 2026-08-07", pm.name, at(2026, 8, 7, 16, 0, CDT)),
    )
    status2 = html_pdf(
        [
            "<h1>Weekly Status Report – week ending 9/25/2026</h1>"
            + table(
                ["Workstream", "Status", "Notes"],
                [
                    (
                        "Exchange Online",
                        "Complete",
                        "All 150 mailboxes migrated; MX cut over 8/28; hosted service cancelled",
                    ),
                    (
                        "SharePoint Online",
                        "Complete",
                        "1.1 TB in 4 sites; drive mappings replaced by OneDrive sync shortcuts",
                    ),
                    ("Training", "Complete", "6 sessions, 131 attendees"),
                ],
            ),
        ],
        PdfMeta("Status 2026-09-25", pm.name, at(2026, 9, 25, 16, 0, CDT)),
    )
    accept_print = html_pdf(
        [
            "<h1>Project Acceptance – BFP-2026-14</h1><p>Cumberland Hardwoods Inc. accepts the Exchange Online and "
            "SharePoint Online migration delivered by Brightfield Partners under SOW BFP-2026-14 (150 mailboxes, 1.1 TB "
            "in 4 SharePoint sites, training) as complete.</p>"
            "<table><tr><td class='label'>Signature:</td><td style='height:40pt'>&nbsp;</td></tr>"
            f"<tr><td class='label'>Name / Title</td><td>{escape(cfo.name)}, {escape(cfo.title)}</td></tr>"
            "<tr><td class='label'>Date:</td><td>&nbsp;</td></tr></table>",
        ],
        PdfMeta("Acceptance", pm.name, at(2026, 9, 30, 10, 0, CDT)),
    )
    accept_scan = image_pdf(
        scan_pages(
            accept_print,
            "cumberland-accept",
            dpi=150,
            inks=[
                Ink("Signature:", "laura-pennington", dx=150, dy=4, width=120, height=26),
                Ink("Date:", "cumberland-date", dx=170, dy=-3, width=0, date_text="10/2/2026", date_dx=0),
            ],
        ),
        PdfMeta("Scan", "", at(2026, 10, 2, 11, 0, CDT), creator="Canon", producer="Canon"),
    )
    merged = merge_pdfs(
        [sow, status1, status2, accept_scan],
        PdfMeta(
            "Cumberland POE package",
            pm.name,
            at(2026, 11, 9, 17, 0, CST),
            creator="Adobe Acrobat Pro (64-bit)",
            producer="Adobe Acrobat Pro (64-bit) 25.1",
        ),
    )
    path = "Cumberland_POE_package.pdf"
    claim = cpor(
        "4400414",
        area="Modern Work",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=cfo,
        workloads=["EXCHANGE ONLINE", "SHAREPOINT ONLINE"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4400414_Brightfield_CumberlandHardwoods",
        claim,
        {path: merged},
        "approve",
        "One merged PDF (Acrobat 'Combine files'): SOW, two status reports and, on the last page, a scanned "
        "acceptance signed in ink by the customer's CFO & Head of IT on 10/2/2026 (no text layer on that "
        "page). Together: detailed, dated Exchange Online and SharePoint Online work and a physical customer "
        "signature within 12 months (items 1-5).",
        "Merged multi-document PDF with mixed text and image-only pages.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
    )


def oakmont_three_rivers() -> Bundle:
    partner = Org(
        "Oakmont Cloud Advisors LLC", "oakmontcloud.com", "US", "Pittsburgh, PA", location_id="7341009", short="Oakmont"
    )
    pm = Person("Nadia Kowalski", "nkowalski@oakmontcloud.com", "AI Adoption Lead")
    cust = Org("Three Rivers Fasteners Inc.", "threeriversfasteners.com", "US", "Monroeville, PA", short="TRF")
    vp = Person("Greg Santoro", "gsantoro@threeriversfasteners.com", "VP of Information Technology")
    submitted = at(2026, 10, 6, 18, 0)
    deck = deck_pdf(
        [
            "<h2>Microsoft 365 Copilot Rollout</h2><p><b>Steering Committee – Project Closeout</b></p>"
            "<p>Three Rivers Fasteners · September 15, 2026</p><p class='small'>Oakmont Cloud Advisors</p>",
            "<h2>Scope recap</h2>"
            + ul(
                [
                    "350 Microsoft 365 Copilot licences: sales, customer service, engineering, finance",
                    "Readiness: SharePoint oversharing review (212 sites), sensitivity labels on quotes",
                    "Champions program (18 champions), prompt library for quoting and RFQ responses",
                    "Adoption waves: 6/8 pilot (40) · 7/13 wave 1 (150) · 8/17 wave 2 (160)",
                ]
            ),
            "<h2>Adoption results (week of 9/7/2026)</h2><table><tr><th>Measure</th><th>Value</th></tr>"
            "<tr><td>Active Copilot users</td><td>311 of 350 (89%)</td></tr>"
            "<tr><td>Copilot in Teams meeting recaps</td><td>1,240 / week</td></tr>"
            "<tr><td>RFQ response drafting time</td><td>-38% (sample of 60 RFQs)</td></tr>"
            "<tr><td>Oversharing findings remediated</td><td>212 of 212 sites</td></tr></table>",
            "<h2>Decisions requested</h2>"
            + ul(
                [
                    "Accept project closeout",
                    "Transition champions program to TRF HR",
                    "Approve phase 2 scoping (Copilot Studio agents for order status)",
                ]
            ),
        ],
        PdfMeta("TRF Copilot Steering Committee Closeout", pm.name, at(2026, 9, 14, 17, 0, EDT)),
        brand="OAKMONT CLOUD ADVISORS",
        color=(0.13, 0.33, 0.2),
        footer="Three Rivers Fasteners – Steering Committee – 9/15/2026",
    )
    ask = Mail(
        pm,
        (vp,),
        at(2026, 9, 15, 16, 30, EDT),
        "TRF Copilot rollout – closeout deck and acceptance",
        "Greg,\n\nThanks for today's steering committee. Deck attached. As discussed, please confirm acceptance of "
        "the Copilot rollout closeout by reply.\n\nNadia",
    )
    acc = Mail(
        vp,
        (pm,),
        at(2026, 9, 17, 8, 3, EDT),
        "RE: TRF Copilot rollout – closeout deck and acceptance",
        reply_body(
            "Nadia,\n\nThe steering committee approved the closeout. Three Rivers Fasteners accepts the "
            "Microsoft 365 Copilot rollout by Oakmont as presented on 9/15: 350 licences deployed in three "
            "waves, the SharePoint oversharing remediation, the champions program and the prompt library. "
            "Please go ahead with phase 2 scoping.\n\nGreg Santoro\nVP of Information Technology\nThree "
            "Rivers Fasteners Inc.",
            [ask],
            "us",
        ),
    )
    files = {
        "TRF_Copilot_SteerCo_Closeout_2026-09-15.pdf": deck,
        "RE TRF Copilot rollout - closeout deck and acceptance.eml": eml_bytes(acc),
    }
    claim = cpor(
        "4400415",
        area="Modern Work",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=vp,
        workloads=["MICROSOFT 365 COPILOT"],
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        "4400415_Oakmont_ThreeRiversFasteners",
        claim,
        files,
        "approve",
        "Slide deck exported to PDF with detailed, dated Copilot scope and results (350 licences, waves, "
        "311 active users) plus an .eml from threeriversfasteners.com (Received chain, Authentication-Results "
        "spf/dkim/dmarc=pass) in which the customer's VP IT explicitly accepts the rollout (9/17/2026). "
        "Customer referred to as 'TRF'.",
        "Partner slide deck + .eml acceptance with real transport headers; acronym customer name.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            customer_domain="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
    )


def sakura_hoshino() -> Bundle:
    partner = Org(
        "Sakura Bridge K.K.", "sakurabridge.co.jp", "JP", "Osaka", location_id="7341466", short="Sakura Bridge"
    )
    pm = Person("Kenji Mori", "k.mori@sakurabridge.co.jp", "Project Manager")
    cust = Org("Hoshino Precision Co., Ltd.", "hoshino-precision.co.jp", "JP", "Higashiosaka", short="Hoshino Seimitsu")
    it = Person("Yuko Hoshino", "y.hoshino@hoshino-precision.co.jp", "Manager, IT Section")
    submitted = at(2026, 11, 12, 1, 30)
    report = html_pdf(
        [
            "<p style='font-size:14pt; color:#b0004f'><b>SAKURA BRIDGE K.K.</b></p><h1>Project Completion Report – Microsoft 365 Apps</h1>"
            f"<table>{rows([('Customer', 'Hoshino Precision Co., Ltd. (星野精密株式会社)'), ('Project', 'SB-2026-07 Microsoft 365 Apps for enterprise deployment'), ('Period', '2026/07/01 – 2026/09/30'), ('Users / devices', '410 users, 455 PCs (Higashiosaka HQ and Yao plant)')])}</table>",
            "<h2>Delivered</h2>"
            + ul(
                [
                    "Replaced Office 2016 volume licence installs with Microsoft 365 Apps (Monthly Enterprise Channel) on 455 "
                    "PCs using Intune and the Office Deployment Tool; Japanese language pack and IME settings preserved.",
                    "Migrated 1,200 Excel macro workbooks (production planning, QC sheets) after compatibility testing with "
                    "the Readiness Toolkit; 37 VBA fixes for 64-bit.",
                    "OneDrive Known Folder Move for 410 users; Teams add-in for the plant meeting rooms.",
                    "Cloud Policy for security baselines (macro blocking from the internet, Protected View).",
                ]
            ),
            "<h2>Results</h2>"
            + ul(
                [
                    "455 of 455 PCs on Microsoft 365 Apps; Office 2016 removed.",
                    "Macro incidents after go-live: 3 (all fixed within 2 days).",
                ]
            ),
        ],
        PdfMeta("Project Completion Report SB-2026-07", pm.name, at(2026, 10, 5, 10, 0, JST)),
    )
    ask = Mail(
        pm,
        (it,),
        at(2026, 10, 5, 17, 0, JST),
        "【完了報告】Microsoft 365 Apps 導入プロジェクト / Completion report",
        "星野様\n\nお世話になっております。Microsoft 365 Apps 導入プロジェクトの完了報告書を添付いたします。"
        "ご確認のうえ、ご承認いただけますと幸いです。\n\nDear Ms. Hoshino, please find the completion report "
        "attached and let us know if you accept the project.\n\n森 健二 / Kenji Mori\nSakura Bridge K.K.",
    )
    acc = Mail(
        it,
        (pm,),
        at(2026, 10, 9, 11, 40, JST),
        "RE: 【完了報告】Microsoft 365 Apps 導入プロジェクト / Completion report",
        reply_body(
            "森様\n\nいつもお世話になっております。完了報告書の内容を確認しました。"
            "Microsoft 365 Apps 導入（455台のPC、マクロ移行、OneDrive移行）について、"
            "弊社として検収いたします。ありがとうございました。\n\n"
            "Mori-san, we have reviewed the completion report. Hoshino Precision accepts the Microsoft 365 "
            "Apps deployment (455 PCs, macro migration, OneDrive Known Folder Move) delivered by Sakura "
            "Bridge.\n\n星野 裕子 / Yuko Hoshino\n星野精密株式会社 情報システム課 課長\nManager, IT Section, "
            "Hoshino Precision Co., Ltd.",
            [ask],
            "gb",
        ),
    )
    files = {
        "完了報告書_SB-2026-07_Completion_Report.pdf": report,
        "RE 完了報告 Microsoft 365 Apps - 検収.msg": msg_bytes(acc, transport=False),
    }
    claim = cpor(
        "4400416",
        area="Modern Work",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=it,
        workloads=["MICROSOFT 365 APPS"],
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        "4400416_SakuraBridge_HoshinoPrecision",
        claim,
        files,
        "approve",
        "Outlook .msg saved without transport headers (dragged from a shared mailbox: only MAPI properties) "
        "from hoshino-precision.co.jp in which the customer's IT manager accepts (検収) the Microsoft 365 "
        "Apps deployment, with the same statement in English; English completion report with 455 PCs and "
        "dates. Customer also named 星野精密 / Hoshino Seimitsu. 2026-10-09, within 12 months.",
        "Bilingual JA/EN e-mail acceptance in a .msg without transport headers; non-ASCII file names.",
        checks=dict(
            CPOR_NA,
            **COMMERCIAL,
            customer_acknowledgement="pass",
            partner_customer_names="pass",
            activity_detail="pass",
            workload_match="pass",
            acknowledgement_date="pass",
            customer_domain="pass",
            ineligible_customer="pass",
            document_language="pass",
            reused_evidence="pass",
            required_documents="pass",
        ),
    )


# ==============================================================================================
# 10. Partner activities: invoices, markets, windows
# ==============================================================================================
def ammp_docs(
    *,
    claim_id: str,
    partner: Org,
    pm: Person,
    cust: Org,
    cc: Person,
    app: str,
    sections: list[str],
    production: str,
    period: str,
    acr: str,
    sign: str,
    signed_at: dt.datetime,
    paper: str = "letter",
    date_style: str = "us",
    check_on: str,
    extra_facts: Sequence[tuple[str, str]] = (),
) -> tuple[bytes, bytes]:
    """Completion report (signed: ``docusign`` or ``scan``) and the programme checklist."""
    date_txt = us(signed_at.date()) if date_style == "us" else dmy(signed_at.date())
    blocks = ammp_report(
        partner=partner,
        customer=cust,
        claim_id=claim_id,
        app=app,
        sections=sections,
        signer_label="Customer signature:",
        facts=[("Date of production", production), ("Project period", period), *extra_facts],
    )
    if date_style == "us":
        blocks[-1] = blocks[-1].replace("Date (DD/MM/YYYY)", "Date signed")
    if sign == "docusign":
        env = Envelope(
            "Docusign",
            guid("env", claim_id, upper=True),
            cc,
            cust,
            pm,
            signed_at - dt.timedelta(hours=20),
            signed_at - dt.timedelta(minutes=12),
            signed_at,
            f"Please DocuSign: {app} - AMMP completion",
            pages=2,
            date_style="us" if date_style == "us" else "eu",
        )
        blocks[-1] = (
            blocks[-1]
            .replace("<div class='sig'></div>", env.block())
            .replace(
                "<tr><td class='label'>Name / Title</td><td>&nbsp;</td></tr>",
                f"<tr><td class='label'>Name / Title</td><td>{escape(cc.name)}, {escape(cc.title)}</td></tr>",
            )
            .replace("</td><td>&nbsp;</td></tr></table>", f"</td><td>{date_txt}</td></tr></table>")
        )
        report = html_pdf(
            [*blocks, PAGE_BREAK, docusign_certificate(env)],
            PdfMeta(f"AMMP completion - {cust.call}", "DocuSign", signed_at, creator="DocuSign", producer="DocuSign"),
            paper=paper,
            decorate=stamp_pages(env.stamp()),
        )
    else:
        printed = html_pdf(
            blocks, PdfMeta(f"AMMP completion - {cust.call}", pm.name, signed_at - dt.timedelta(days=1)), paper=paper
        )
        date_label = "Date signed" if date_style == "us" else "Date (DD/MM/YYYY)"
        report = image_pdf(
            scan_pages(
                printed,
                f"ammp-{claim_id}",
                dpi=150,
                inks=[
                    Ink("Customer signature:", f"sig-{claim_id}", dx=100, dy=1, width=120, height=24),
                    Ink(
                        "Name / Title",
                        f"name-{claim_id}",
                        dx=130,
                        dy=-3,
                        width=0,
                        date_text=f"{cc.name}, {cc.title}",
                        date_dx=0,
                    ),
                    Ink(
                        date_label,
                        f"date-{claim_id}",
                        dx=(130 if date_style == "us" else 95),
                        dy=-3,
                        width=0,
                        date_text=date_txt,
                        date_dx=0,
                        page=None,
                    ),
                ],
            ),
            PdfMeta("Scan", "", signed_at + dt.timedelta(hours=2), creator="HP LaserJet", producer="HP LaserJet"),
        )
    checklist = html_pdf(
        ammp_checklist(
            claim_id=claim_id, partner=partner, customer=cust, production=production, acr=acr, by=pm, on=check_on
        ),
        PdfMeta("AMMP completion checklist", pm.name, signed_at + dt.timedelta(days=1)),
        paper=paper,
    )
    return report, checklist


def rheinwerk_kaltenbach() -> Bundle:
    partner = Org("Rheinwerk Cloud GmbH", "rheinwerk-cloud.de", "DE", "Köln", location_id="7342001", short="Rheinwerk")
    pm = Person("Katharina Vogt", "k.vogt@rheinwerk-cloud.de", "Projektleiterin Azure")
    cust = Org("Kaltenbach Maschinenbau GmbH", "kaltenbach-mb.de", "DE", "Siegen", short="Kaltenbach")
    cc = Person("Dr. Jens Albrecht", "j.albrecht@kaltenbach-mb.de", "CIO")
    claim_id = "4400421"
    consent = d(2026, 6, 22)
    submitted = at(2026, 10, 5, 8, 0)
    sections = [
        "<h2>Application and scope</h2><p>Kaltenbach's service portal for machine customers (spare-parts "
        "ordering, service tickets, machine documentation; .NET Framework 4.7 and SQL Server 2017 on-premises) "
        "was modernised to Azure.</p>",
        "<h2>Activities delivered</h2>"
        + table(
            ["Phase", "Work", "Dates"],
            [
                (
                    "Compatibility assessment",
                    "Assessment of 3 application tiers and 1.2 TB of PDF documentation; port to .NET 8",
                    "06.07.2026 – 24.07.2026",
                ),
                (
                    "Landing zone",
                    "Review of the existing landing zone, new spoke in Germany West Central, private endpoints",
                    "20.07.2026 – 31.07.2026",
                ),
                (
                    "Modernisation",
                    "App Service, Azure SQL Database (General Purpose 8 vCores), documentation in "
                    "Blob Storage with Azure AI Search",
                    "27.07.2026 – 11.09.2026",
                ),
                (
                    "Security",
                    "Defender for Cloud, Entra External ID for 3,400 customer users, WAF",
                    "07.09.2026 – 18.09.2026",
                ),
            ],
        ),
        "<p>Go-live 21.09.2026. Planned Azure consumption approx. USD 64,000 per year.</p>",
    ]
    report, checklist = ammp_docs(
        claim_id=claim_id,
        partner=partner,
        pm=pm,
        cust=cust,
        cc=cc,
        app="Kundenportal / Service portal",
        sections=sections,
        production="21.09.2026",
        period="06.07.2026 – 21.09.2026",
        acr="USD 64,000",
        sign="docusign",
        signed_at=at(2026, 9, 29, 10, 15, CEST),
        paper="a4",
        date_style="de",
        check_on="30.09.2026",
    )
    inv = invoice_html(
        partner=partner,
        address="Rheinauhafen 7, 50678 Köln, Deutschland",
        tax_id="USt-IdNr. DE318765432 · HRB 98765 AG Köln",
        number="RE-2026-0457",
        date="01.10.2026",
        title="RECHNUNG / INVOICE",
        bill_to="Microsoft Deutschland GmbH\nWalter-Gropius-Straße 5, 80807 München",
        lines=[
            (
                f"MCI Claim ID {claim_id}",
                f"{AMMP} – Kaltenbach Maschinenbau GmbH (Leistungszeitraum 06.07.–21.09.2026)",
                "15.000,00",
            )
        ],
        currency="USD",
        net="15.000,00",
        tax_label="zzgl. 19 % USt / VAT 19%",
        tax="2.850,00",
        total="17.850,00",
        notes="Nettobetrag (pre-tax) USD 15.000,00. Zahlbar innerhalb von 30 Tagen. Bankverbindung gemäß Zahlungsprofil.",
        color="#00457c",
    )
    cust_s, part_s = pa_surveys(
        claim_id,
        customer_sig=("Jens Albrecht", cust.name, "CIO"),
        partner_sig=(pm.name, partner.name, pm.title),
        activities="Assessment, landing zone review, App Service / Azure SQL modernisation, "
        "security setup; go-live 21.09.2026",
        production="21.09.2026",
        cust_at=at(2026, 10, 2, 7, 0),
        part_at=at(2026, 10, 2, 9, 0),
    )
    files = {
        "POE/AMMP_Abschlussbericht_Kaltenbach_signiert.pdf": report,
        "POE/AMMP_Checklist.pdf": checklist,
        "Rechnung/RE-2026-0457.pdf": invoice_pdf(
            inv,
            number="RE-2026-0457",
            author=pm.name,
            created=at(2026, 10, 1, 9, 0, CEST),
            software="DATEV Unternehmen online",
        ),
        "Umfragen/customer_attestation.json": cust_s,
        "Umfragen/partner_attestation.json": part_s,
    }
    roles = ["poe", "poe", "invoice", "customer_attestation", "partner_attestation"]
    claim = pa_claim(
        claim_id,
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=cc,
        engagement=AMMP_ENG,
        consent=consent,
        docs=list(zip(files, roles, strict=True)),
    )
    return Bundle(
        "4400421_Rheinwerk_Kaltenbach",
        claim,
        files,
        "approve",
        "German partner = Market A, AMMP Small rate USD 15,000. The German VAT invoice shows the claim ID, "
        "the partner's name and a pre-tax (netto) amount of USD 15.000,00 (German number format) with 19% VAT "
        "on top - the guide asks for the pre-tax amount to match and says 'VAT is not required', not "
        "forbidden. DocuSigned completion report, programme checklist, both surveys signed with name, "
        "company and title; submitted 105 days after consent (Small: 120).",
        "PA VAT invoice with German number format (15.000,00); standard AMMP checklist shared with other claims.",
        checks=dict(
            PA_OK,
            invoice="pass",
            customer_acknowledgement="pass",
            public_sector=["not_applicable", "pass"],
            document_language="pass",
            reused_evidence="pass",
        ),
    )


def harbourline_coral_coast() -> Bundle:
    partner = Org(
        "Harbourline Digital Pty Ltd",
        "harbourline.com.au",
        "AU",
        "Brisbane",
        location_id="7342448",
        short="Harbourline",
    )
    pm = Person("Sophie Nguyen", "sophie.nguyen@harbourline.com.au", "Principal Architect")
    cust = Org("Coral Coast Resorts Pty Ltd", "coralcoastresorts.com.au", "AU", "Cairns", short="Coral Coast Resorts")
    cc = Person("Daniel Whitby", "daniel.whitby@coralcoastresorts.com.au", "Group IT Manager")
    claim_id = "4400422"
    consent = d(2026, 9, 7)
    submitted = at(2026, 10, 29, 0, 30)
    eng = {
        "id": "AZ-INNOV-ENVISION-VAR",
        "name": ENVISION,
        "activity_type": "assessment",
        "payout_type": "variable",
        "proposed_payout_usd": 2445,
    }
    deck = deck_pdf(
        [
            "<h2>Azure AI Envisioning Workshop</h2><p>Coral Coast Resorts · 22/09/2026 · Cairns</p><p class='small'>Harbourline Digital</p>",
            "<h2>Where we started</h2>"
            + ul(
                [
                    "4 resorts, 1,150 rooms; guest requests via phone and front desk",
                    "Booking data in the PMS (Opera Cloud), reviews in 3 portals",
                    "Goal: faster guest responses and upsell of tours and spa",
                ]
            ),
            "<h2>Use cases prioritised</h2><table><tr><th>#</th><th>Use case</th><th>Value</th><th>Effort</th></tr>"
            "<tr><td>1</td><td>Guest concierge assistant (Azure OpenAI + AI Search over resort guides)</td><td>High</td><td>Medium</td></tr>"
            "<tr><td>2</td><td>Review sentiment and response drafting</td><td>Medium</td><td>Low</td></tr>"
            "<tr><td>3</td><td>Demand forecast for tours (Azure ML)</td><td>Medium</td><td>High</td></tr></table>",
            "<h2>Next steps</h2>"
            + ul(
                [
                    "Pilot of use case 1 at the Palm Cove resort (Nov 2026)",
                    "Landing zone review and Azure OpenAI access request",
                    "Estimated Azure consumption year 1: AUD 90k",
                ]
            ),
        ],
        PdfMeta("Coral Coast AI Envisioning", pm.name, at(2026, 9, 22, 18, 0, AEST)),
        brand="HARBOURLINE DIGITAL",
        color=(0.0, 0.33, 0.5),
        footer="Workshop delivered 22/09/2026 · 15 hours incl. preparation",
    )
    ack = Mail(
        cc,
        (pm,),
        at(2026, 9, 24, 9, 10, AEST),
        "RE: Coral Coast – envisioning workshop summary",
        "Hi Sophie,\n\nThanks for running the envisioning workshop on Tuesday 22/09 with our resort managers. "
        "We confirm Harbourline delivered the workshop and the summary deck reflects the priorities we agreed "
        "(concierge assistant pilot at Palm Cove first).\n\nCheers,\nDaniel Whitby\nGroup IT Manager | Coral "
        "Coast Resorts",
    )
    inv = invoice_html(
        partner=partner,
        address="Level 9, 300 Queen St, Brisbane QLD 4000",
        tax_id="ABN 53 612 334 908",
        number="INV-3307",
        date="20/10/2026",
        title="TAX INVOICE",
        bill_to="Microsoft Corporation\nOne Microsoft Way, Redmond WA 98052, USA",
        lines=[(f"Claim {claim_id}", f"{ENVISION} – Coral Coast Resorts (15 hours)", "2,445.00")],
        currency="USD",
        net="2,445.00",
        tax_label="GST (export – GST-free)",
        tax="0.00",
        total="2,445.00",
        notes="Amounts in US dollars.",
    )
    cust_s, part_s = pa_surveys(
        claim_id,
        customer_sig=(cc.name, cust.name, cc.title),
        partner_sig=(pm.name, partner.name, pm.title),
        activities="AI envisioning workshop on 22/09/2026, 3 use cases prioritised, pilot plan",
        production="22/09/2026",
        cust_at=at(2026, 10, 21, 1, 0),
        part_at=at(2026, 10, 21, 2, 0),
    )
    files = {
        "Workshop/CoralCoast_AI_Envisioning_Summary.pdf": deck,
        "Workshop/RE Coral Coast envisioning workshop summary.eml": eml_bytes(ack),
        "Invoice INV-3307.pdf": invoice_pdf(
            inv, number="INV-3307", author=pm.name, created=at(2026, 10, 20, 9, 0, AEST)
        ),
        "customer_attestation.json": cust_s,
        "partner_attestation.json": part_s,
    }
    roles = ["poe", "poe", "invoice", "customer_attestation", "partner_attestation"]
    claim = pa_claim(
        claim_id,
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=cc,
        engagement=eng,
        consent=consent,
        docs=list(zip(files, roles, strict=True)),
    )
    return Bundle(
        "4400422_Harbourline_CoralCoast",
        claim,
        files,
        "approve",
        "Variable-payout engagement: the invoice must show the proposed payout accepted at claim creation "
        "(USD 2,445) - it does, with claim ID and partner name (Invoice Requirements; variable payout "
        "'proposed payout amount ... maximum possible earnings'). Assessment-type timeline: submitted 52 days "
        "after consent (limit 60). Workshop deck plus the customer's confirming e-mail; surveys complete.",
        "PA variable payout; invoice equals proposed payout; deck + .eml; zip with one top-level folder.",
        checks=dict(
            PA_OK,
            invoice="pass",
            public_sector=["not_applicable", "pass"],
            document_language="pass",
            reused_evidence="pass",
        ),
        container="zip-folder",
    )


def morro_caribe_real() -> Bundle:
    partner = Org(
        "Morro Systems Inc.", "morrosystems.com", "PR", "San Juan", location_id="7342895", short="Morro Systems"
    )
    pm = Person("Luis Acevedo", "lacevedo@morrosystems.com", "Azure Practice Lead")
    cust = Org("Destilería Caribe Real, Inc.", "caribereal.com", "PR", "Cataño", short="Caribe Real")
    cc = Person("Marisa Quiñones", "mquinones@caribereal.com", "IT Director")
    claim_id = "4400423"
    consent = d(2026, 8, 3)
    submitted = at(2026, 11, 9, 16, 0)
    sections = [
        "<h2>Application and scope</h2><p>Caribe Real's distributor ordering and excise-tax reporting system "
        "(Java 8, Oracle 11g on an ageing on-premises server) was modernised to Azure.</p>",
        "<h2>Activities delivered</h2>"
        + table(
            ["Phase", "Work", "Dates"],
            [
                (
                    "Compatibility assessment",
                    "Java 8 → 17 upgrade path, Oracle → Azure Database for PostgreSQL schema conversion (88 tables)",
                    "8/10/2026 – 8/28/2026",
                ),
                (
                    "Landing zone",
                    "New CAF landing zone in East US 2 with hub firewall and site-to-site VPN to the distillery",
                    "8/24/2026 – 9/11/2026",
                ),
                (
                    "Modernization",
                    "Azure Container Apps for the ordering API, PostgreSQL Flexible Server, Logic "
                    "Apps for the monthly excise-tax file to Hacienda",
                    "9/8/2026 – 10/16/2026",
                ),
                (
                    "Security",
                    "Defender for Cloud, Key Vault, Entra ID for 46 distributor users",
                    "10/12/2026 – 10/23/2026",
                ),
            ],
        ),
        "<p>Production since 10/26/2026; planned Azure consumption about USD 33,000 per year.</p>",
    ]
    report, checklist = ammp_docs(
        claim_id=claim_id,
        partner=partner,
        pm=pm,
        cust=cust,
        cc=cc,
        app="Distributor ordering & excise reporting",
        sections=sections,
        production="10/26/2026",
        period="8/10/2026 – 10/26/2026",
        acr="USD 33,000",
        sign="scan",
        signed_at=at(2026, 10, 28, 15, 0, AST),
        check_on="10/29/2026",
    )
    inv = invoice_html(
        partner=partner,
        address="1250 Ave. Ponce de León, Suite 800, San Juan, PR 00907",
        tax_id="EIN 66-0912345 · Merchant Registration 0123456-0011",
        number="MS-2026-212",
        date="11/2/2026",
        bill_to="Microsoft Corporation – MCI Partner Incentives",
        lines=[(f"MCI Claim ID {claim_id}", f"{AMMP} – Destilería Caribe Real, Inc.", "$12,000.00")],
        currency="USD",
        net="$12,000.00",
        tax_label="IVU (sales and use tax)",
        tax="$0.00 (exempt - B2B service to non-resident)",
        total="$12,000.00",
        notes="Thank you for your business.",
        color="#0a4d68",
    )
    cust_s, part_s = pa_surveys(
        claim_id,
        customer_sig=(cc.name, cust.name, cc.title),
        partner_sig=(pm.name, partner.name, pm.title),
        activities="Assessment, landing zone, Container Apps + PostgreSQL modernization, Defender for Cloud",
        production="10/26/2026",
        cust_at=at(2026, 11, 4, 14, 0),
        part_at=at(2026, 11, 4, 15, 0),
    )
    files = {
        "AMMP Completion Report - Caribe Real (signed).pdf": report,
        "AMMP Checklist - Caribe Real.pdf": checklist,
        "Invoice MS-2026-212.pdf": invoice_pdf(
            inv, number="MS-2026-212", author=pm.name, created=at(2026, 11, 2, 10, 0, AST), software="QuickBooks Online"
        ),
        "Customer survey.json": cust_s,
        "Partner survey.json": part_s,
    }
    roles = ["poe", "poe", "invoice", "customer_attestation", "partner_attestation"]
    claim = pa_claim(
        claim_id,
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=cc,
        engagement=AMMP_ENG,
        consent=consent,
        docs=list(zip(files, roles, strict=True)),
    )
    return Bundle(
        "4400423_Morro_CaribeReal",
        claim,
        files,
        "approve",
        "Puerto Rico is a Market B country in the guide's list (unlike the United States, Market A), so the "
        "AMMP Small fee for a PR partner is USD 12,000 - the invoice shows exactly that with claim ID and "
        "partner name. Commercial customer (no PSD needed). Completion report signed in ink and scanned, "
        "programme checklist, surveys complete; 98 days after consent.",
        "PA Market B partner in Puerto Rico (trap: PR is not Market A); scanned signed report.",
        checks=dict(
            PA_OK,
            invoice="pass",
            public_sector=["not_applicable", "pass"],
            document_language="pass",
            reused_evidence="pass",
        ),
    )


def laguna_valsenio() -> Bundle:
    partner = Org(
        "Laguna Digitale S.r.l.", "lagunadigitale.it", "IT", "Milano", location_id="7343330", short="Laguna Digitale"
    )
    pm = Person("Chiara Colombo", "c.colombo@lagunadigitale.it", "Project Manager")
    cust = Org("Ceramiche Valsenio S.p.A.", "ceramichevalsenio.it", "IT", "Faenza", short="Valsenio")
    cc = Person("Andrea Ricci", "a.ricci@ceramichevalsenio.it", "Responsabile Sistemi Informativi / IT Manager")
    claim_id = "4400424"
    consent = d(2026, 7, 14)
    submitted = at(2026, 10, 22, 9, 0)
    sections = [
        "<h2>Application and scope</h2><p>Valsenio's B2B catalogue and order portal for tile distributors "
        "(PHP 7.2 / MySQL 5.7, on-premises) was modernised to Azure.</p>",
        "<h2>Activities delivered</h2>"
        + table(
            ["Phase", "Work", "Dates"],
            [
                (
                    "Compatibility assessment",
                    "PHP 8.2 upgrade plan, MySQL 8 compatibility, 42 GB product images",
                    "20/07/2026 – 31/07/2026",
                ),
                (
                    "Landing zone",
                    "Landing zone in Italy North with hub-spoke and ExpressRoute to the Faenza plant",
                    "27/07/2026 – 14/08/2026",
                ),
                (
                    "Modernisation",
                    "App Service for Linux, Azure Database for MySQL Flexible Server, Azure CDN for "
                    "the catalogue images",
                    "17/08/2026 – 25/09/2026",
                ),
                ("Security", "Defender for Cloud, Front Door WAF", "21/09/2026 – 02/10/2026"),
            ],
        ),
        "<p>Go-live 05/10/2026. Planned Azure consumption about USD 41,000 per year.</p>",
    ]
    report, checklist = ammp_docs(
        claim_id=claim_id,
        partner=partner,
        pm=pm,
        cust=cust,
        cc=cc,
        app="Portale B2B / B2B portal",
        sections=sections,
        production="05/10/2026",
        period="20/07/2026 – 05/10/2026",
        acr="USD 41,000",
        sign="docusign",
        signed_at=at(2026, 10, 9, 12, 0, CEST),
        paper="a4",
        date_style="it",
        check_on="12/10/2026",
    )
    inv = invoice_html(
        partner=partner,
        address="Via Tortona 31, 20144 Milano, Italia",
        tax_id="P.IVA IT09876543210",
        number="FT 2026/184",
        date="14/10/2026",
        title="FATTURA / INVOICE",
        bill_to="Microsoft Ireland Operations Limited\nOne Microsoft Place, Leopardstown, Dublin 18",
        lines=[(f"MCI Claim ID {claim_id}", f"{AMMP} – Ceramiche Valsenio S.p.A.", "15,000.00")],
        currency="USD",
        net="15,000.00",
        tax_label="IVA – non imponibile art. 7-ter DPR 633/72 (reverse charge)",
        tax="0.00",
        total="15,000.00",
        notes="Pagamento: bonifico bancario.",
        color="#006d5b",
    )
    cust_s, part_s = pa_surveys(
        claim_id,
        customer_sig=(cc.name, cust.name, "IT Manager"),
        partner_sig=(pm.name, partner.name, pm.title),
        activities="Assessment, landing zone, App Service + MySQL modernisation, security",
        production="05/10/2026",
        cust_at=at(2026, 10, 16, 8, 0),
        part_at=at(2026, 10, 16, 9, 0),
    )
    files = {
        "Rapporto_AMMP_Valsenio_firmato.pdf": report,
        "Checklist_AMMP_Valsenio.pdf": checklist,
        "Fattura_FT_2026-184.pdf": invoice_pdf(
            inv,
            number="FT 2026/184",
            author=pm.name,
            created=at(2026, 10, 14, 10, 0, CEST),
            software="Fatture in Cloud",
        ),
        "customer_attestation.json": cust_s,
        "partner_attestation.json": part_s,
    }
    roles = ["poe", "poe", "invoice", "customer_attestation", "partner_attestation"]
    claim = pa_claim(
        claim_id,
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=cc,
        engagement=AMMP_ENG,
        consent=consent,
        docs=list(zip(files, roles, strict=True)),
    )
    return Bundle(
        "4400424_Laguna_CeramicheValsenio",
        claim,
        files,
        "action_required",
        "Italy is in the guide's Market B list, so the AMMP Small fee is USD 12,000; the invoice claims USD "
        "15,000 (the Market A rate). 'Invoice amount must match payout amount for Partner Market + "
        "engagement combination' (Invoice Requirements). Everything else is complete (DocuSigned report, "
        "surveys, 100 days after consent). The partner can upload a corrected invoice.",
        "PA invoice with the wrong amount for the partner's market (Market A rate billed by a Market B partner).",
        checks=dict(
            PA_OK,
            invoice="fail",
            customer_acknowledgement="pass",
            public_sector=["not_applicable", "pass"],
            document_language="pass",
            reused_evidence="pass",
        ),
    )


# ==============================================================================================
# 11. Rejects: expired windows and ineligible customers
# ==============================================================================================
def nordlys_fyn_late() -> Bundle:
    partner = Org("Nordlys Cloud ApS", "nordlyscloud.dk", "DK", "Aarhus", location_id="7343779", short="Nordlys")
    pm = Person("Mads Kjær", "mads.kjaer@nordlyscloud.dk", "Cloud Architect")
    cust = Org("Fyn Maritime A/S", "fynmaritime.dk", "DK", "Odense", short="Fyn Maritime")
    cc = Person("Louise Bech", "lb@fynmaritime.dk", "IT-chef / Head of IT")
    claim_id = "4400501"
    consent = d(2026, 6, 2)
    submitted = at(2026, 10, 21, 12, 0)
    sections = [
        "<h2>Activities delivered</h2>"
        + table(
            ["Phase", "Work", "Dates"],
            [
                ("Compatibility assessment", "Vessel-scheduling app (.NET 6, SQL Server)", "08/06/2026 – 19/06/2026"),
                ("Landing zone", "Landing zone review, Sweden Central + North Europe", "15/06/2026 – 03/07/2026"),
                (
                    "Modernisation",
                    "AKS + Azure SQL Database; Event Hubs for AIS position data",
                    "29/06/2026 – 21/08/2026",
                ),
                ("Security", "Defender for Cloud, Key Vault", "17/08/2026 – 28/08/2026"),
            ],
        ),
        "<p>Production 31/08/2026. Planned Azure consumption USD 52,000 per year.</p>",
    ]
    report, checklist = ammp_docs(
        claim_id=claim_id,
        partner=partner,
        pm=pm,
        cust=cust,
        cc=cc,
        app="Vessel scheduling",
        sections=sections,
        production="31/08/2026",
        period="08/06/2026 – 31/08/2026",
        acr="USD 52,000",
        sign="docusign",
        signed_at=at(2026, 9, 4, 10, 0, CEST),
        paper="a4",
        date_style="dk",
        check_on="07/09/2026",
    )
    inv = invoice_html(
        partner=partner,
        address="Åboulevarden 23, 8000 Aarhus C, Danmark",
        tax_id="CVR 41234567",
        number="2026-0098",
        date="15/10/2026",
        title="FAKTURA / INVOICE",
        bill_to="Microsoft Ireland Operations Limited",
        currency="USD",
        net="15,000.00",
        lines=[(f"MCI claim {claim_id}", f"{AMMP} – Fyn Maritime A/S", "15,000.00")],
        tax_label="Moms – omvendt betalingspligt / reverse charge",
        tax="0.00",
        total="15,000.00",
    )
    cust_s, part_s = pa_surveys(
        claim_id,
        customer_sig=(cc.name, cust.name, "Head of IT"),
        partner_sig=(pm.name, partner.name, pm.title),
        activities="Assessment, landing zone, AKS + Azure SQL modernisation, security",
        production="31/08/2026",
        cust_at=at(2026, 10, 16, 8, 0),
        part_at=at(2026, 10, 16, 9, 0),
    )
    files = {
        "AMMP_Completion_FynMaritime.pdf": report,
        "AMMP_Checklist.pdf": checklist,
        "Faktura_2026-0098.pdf": invoice_pdf(
            inv, number="2026-0098", author=pm.name, created=at(2026, 10, 15, 9, 0, CEST), software="e-conomic"
        ),
        "customer_attestation.json": cust_s,
        "partner_attestation.json": part_s,
    }
    roles = ["poe", "poe", "invoice", "customer_attestation", "partner_attestation"]
    claim = pa_claim(
        claim_id,
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=cc,
        engagement=AMMP_ENG,
        consent=consent,
        docs=list(zip(files, roles, strict=True)),
    )
    return Bundle(
        "4400501_Nordlys_FynMaritime_Late",
        claim,
        files,
        "reject",
        "AMMP Small: 'Partner has 120 days from date of receiving customer consent to submit proof of "
        "execution'; XS/Small projects expire 120 days after consent if never submitted (Claim Expiration "
        "Timelines). Consent 2026-06-02, submitted 2026-10-21 = 141 days. Expired claims cannot be "
        "reactivated ('no exceptions are possible'). The POE, invoice (Denmark = Market A, USD 15,000) "
        "and surveys would otherwise pass.",
        "PA submitted after the XS/Small window (141 > 120 days); otherwise complete.",
        checks=dict(
            submission_window="fail",
            invoice="pass",
            attestations="pass",
            ineligible_customer="pass",
            reused_evidence="pass",
        ),
    )


def andes_vina_late() -> Bundle:
    partner = Org("Andes Nube SpA", "andesnube.cl", "CL", "Santiago", location_id="7344201", short="Andes Nube")
    pm = Person("Felipe Rojas", "frojas@andesnube.cl", "Arquitecto Cloud")
    cust = Org("Viña Los Robles Ltda.", "vinalosrobles.cl", "CL", "Santa Cruz", short="Viña Los Robles")
    cc = Person("Paula Henríquez", "phenriquez@vinalosrobles.cl", "Gerente de TI / IT Manager")
    claim_id = "4400502"
    consent = d(2026, 8, 17)
    submitted = at(2026, 10, 30, 20, 0)
    eng = {
        "id": "AZ-INNOV-ENVISION-VAR",
        "name": ENVISION,
        "activity_type": "assessment",
        "payout_type": "variable",
        "proposed_payout_usd": 1956,
    }
    summary = html_pdf(
        [
            "<p style='font-size:14pt; color:#7a1f3d'><b>ANDES NUBE</b></p><h1>Resumen del taller / Workshop summary</h1>"
            f"<table>{rows([('Cliente / Customer', 'Viña Los Robles Ltda.'), ('Fecha / Date', '01/09/2026'), ('Horas / Hours', '12')])}</table>",
            "<h2>Casos de uso / Use cases</h2>"
            + ul(
                [
                    "Trazabilidad de barricas con IoT Hub / Barrel traceability with IoT Hub (4,200 barrels)",
                    "Pronóstico de cosecha con Azure ML / Harvest forecast with Azure ML",
                    "Portal de exportadores en App Service / Exporter portal on App Service",
                ]
            ),
            "<h2>Validación / Sign-off</h2><p>Recibido y validado por el cliente / Received and validated by the customer:</p>"
            "<p>Signature:</p><p>&nbsp;</p><p>Paula Henríquez, Gerente de TI – 02/09/2026</p>",
        ],
        PdfMeta("Resumen taller", pm.name, at(2026, 9, 2, 10, 0, CLT)),
    )
    summary = image_pdf(
        scan_pages(
            summary,
            "vina-summary",
            dpi=150,
            inks=[Ink("Signature:", "paula-henriquez", dx=10, dy=2, width=120, height=24)],
        ),
        PdfMeta("Scan", "", at(2026, 9, 2, 18, 0, CLT), creator="Brother", producer="Brother"),
    )
    inv = invoice_html(
        partner=partner,
        address="Av. Apoquindo 4501, Las Condes, Santiago",
        tax_id="RUT 77.123.456-7",
        number="F-00412",
        date="28/10/2026",
        title="FACTURA / INVOICE",
        bill_to="Microsoft Corporation",
        lines=[(f"Claim {claim_id}", f"{ENVISION} – Viña Los Robles (12 h)", "1,956.00")],
        currency="USD",
        net="1,956.00",
        total="1,956.00",
    )
    cust_s, part_s = pa_surveys(
        claim_id,
        customer_sig=(cc.name, cust.name, "IT Manager"),
        partner_sig=(pm.name, partner.name, pm.title),
        activities="Envisioning workshop 01/09/2026, 3 use cases",
        production="01/09/2026",
        cust_at=at(2026, 10, 28, 14, 0),
        part_at=at(2026, 10, 28, 15, 0),
    )
    files = {
        "Resumen_Taller_VinaLosRobles.pdf": summary,
        "Factura_F-00412.pdf": invoice_pdf(
            inv, number="F-00412", author=pm.name, created=at(2026, 10, 28, 9, 0, CLT), software="Bsale"
        ),
        "customer_attestation.json": cust_s,
        "partner_attestation.json": part_s,
    }
    roles = ["poe", "invoice", "customer_attestation", "partner_attestation"]
    claim = pa_claim(
        claim_id,
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=cc,
        engagement=eng,
        consent=consent,
        docs=list(zip(files, roles, strict=True)),
    )
    return Bundle(
        "4400502_AndesNube_VinaLosRobles_Late",
        claim,
        files,
        "reject",
        "Assessment-type engagement: a claim not submitted within 60 days of customer consent expires "
        "(Claim Expiration Timelines, Assessments). Consent 2026-08-17, submitted 2026-10-30 = 74 days. "
        "Expired claims cannot be reactivated. (Invoice = proposed payout USD 1,956; surveys complete.)",
        "PA assessment window missed (74 > 60 days); zip with claim.json at the root; bilingual ES/EN scan.",
        checks=dict(
            submission_window="fail",
            invoice="pass",
            attestations="pass",
            ineligible_customer="pass",
            reused_evidence="pass",
        ),
        container="zip",
    )


def bayou_crescent_late() -> Bundle:
    partner = Org(
        "Bayou Tech Partners LLC", "bayoutech.com", "US", "New Orleans, LA", location_id="7344648", short="Bayou Tech"
    )
    pm = Person("Andre Thibodeaux", "athibodeaux@bayoutech.com", "Modern Work Lead")
    cust = Org(
        "Crescent City Freight LLC", "crescentcityfreight.com", "US", "New Orleans, LA", short="Crescent City Freight"
    )
    cc = Person("Monique Batiste", "mbatiste@crescentcityfreight.com", "Director of Operations")
    claim_id = "4400503"
    consent = d(2026, 7, 15)
    submitted = at(2026, 10, 16, 15, 0)
    eng = {
        "id": "MW-COPILOT-ACCEL-STD",
        "name": "Copilot Accelerate: Deployment Workshop",
        "activity_type": "standard",
        "payout_type": "fixed",
        "proposed_payout_usd": None,
    }
    env = Envelope(
        "Docusign",
        guid("env", claim_id, upper=True),
        cc,
        cust,
        pm,
        at(2026, 9, 25, 10, 0, CDT),
        at(2026, 9, 25, 13, 0, CDT),
        at(2026, 9, 25, 13, 6, CDT),
        "Please DocuSign: Copilot workshop completion",
    )
    report = html_pdf(
        [
            "<p style='font-size:14pt; color:#5b3a8c'><b>BAYOU TECH PARTNERS</b></p><h1>Copilot Deployment Workshop – Completion</h1>"
            f"<table>{rows([('Customer', cust.name), ('Workshop days', '9/1/2026, 9/2/2026, 9/15/2026'), ('Participants', '24 dispatch, billing and customer service staff')])}</table>",
            "<h2>Delivered</h2>"
            + ul(
                [
                    "Readiness review of SharePoint permissions (96 sites) and sensitivity labels",
                    "Copilot enablement for a 25-user pilot with prompt scenarios for dispatch and billing",
                    "Adoption plan and success measures for the 180-user rollout",
                ]
            ),
            f"<h2>Customer confirmation</h2><table><tr><td class='label'>Signature</td><td>{env.block()}</td></tr>"
            f"<tr><td class='label'>Name / Title</td><td>{escape(cc.name)}, {escape(cc.title)}</td></tr>"
            f"<tr><td class='label'>Date</td><td>{us(env.signed.date())}</td></tr></table>",
            PAGE_BREAK,
            docusign_certificate(env),
        ],
        PdfMeta("Copilot workshop completion", "DocuSign", env.signed, creator="DocuSign", producer="DocuSign"),
        decorate=stamp_pages(env.stamp()),
    )
    inv = invoice_html(
        partner=partner,
        address="400 Poydras St, Suite 1500, New Orleans, LA 70130",
        tax_id="EIN 72-1456789",
        number="BTP-7781",
        date="10/12/2026",
        bill_to="Microsoft Corporation",
        lines=[(f"Claim {claim_id}", "Copilot Accelerate: Deployment Workshop – Crescent City Freight", "$5,000.00")],
        currency="USD",
        net="$5,000.00",
    )
    cust_s, part_s = pa_surveys(
        claim_id,
        customer_sig=(cc.name, cust.name, cc.title),
        partner_sig=(pm.name, partner.name, pm.title),
        activities="Copilot readiness review, 25-user pilot enablement, adoption plan",
        production="9/15/2026",
        cust_at=at(2026, 10, 13, 14, 0),
        part_at=at(2026, 10, 13, 15, 0),
    )
    files = {
        "Copilot_Workshop_Completion_CCF.pdf": report,
        "Invoice_BTP-7781.pdf": invoice_pdf(
            inv, number="BTP-7781", author=pm.name, created=at(2026, 10, 12, 9, 0, CDT)
        ),
        "customer_attestation.json": cust_s,
        "partner_attestation.json": part_s,
    }
    roles = ["poe", "invoice", "customer_attestation", "partner_attestation"]
    claim = pa_claim(
        claim_id,
        area="Modern Work",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=cc,
        engagement=eng,
        consent=consent,
        docs=list(zip(files, roles, strict=True)),
    )
    return Bundle(
        "4400503_BayouTech_CrescentCityFreight_Late",
        claim,
        files,
        "reject",
        "Standard-timeline engagement: a claim never submitted expires 90 days after customer consent (Claim "
        "Expiration Timelines, Standard). Consent 2026-07-15, submitted 2026-10-16 = 93 days (July 15 + 90 "
        "days = October 13). Expired claims cannot be reactivated.",
        "PA standard window missed by 3 days (93 > 90); otherwise an ordinary, signed claim.",
        checks=dict(submission_window="fail", attestations="pass", ineligible_customer="pass", reused_evidence="pass"),
    )


def wexford_self() -> Bundle:
    partner = Org(
        "Wexford Cloud Solutions Ltd", "wexfordcloud.ie", "IE", "Wexford", location_id="7345090", short="Wexford Cloud"
    )
    pm = Person("Ciarán Doyle", "ciaran.doyle@wexfordcloud.ie", "Operations Manager")
    cust = Org("Wexford Cloud Solutions Ltd", "wexfordcloud.ie", "IE", "Wexford", short="WCS")
    md = Person("Siobhán Kavanagh", "siobhan.kavanagh@wexfordcloud.ie", "Managing Director")
    submitted = at(2026, 10, 7, 10, 0)
    env = Envelope(
        "Docusign",
        guid("env", "wexford-internal", upper=True),
        md,
        cust,
        pm,
        at(2026, 9, 10, 9, 0, BST),
        at(2026, 9, 10, 11, 0, BST),
        at(2026, 9, 10, 11, 4, BST),
        "Please DocuSign: Internal Intune rollout sign-off",
        date_style="gb",
    )
    pdf = html_pdf(
        [
            "<h1>Internal Project Sign-off – Intune rollout</h1>"
            f"<table>{rows([('Organisation', 'Wexford Cloud Solutions Ltd (internal IT)'), ('Project', 'Move our own staff devices to Intune'), ('Period', '06/07/2026 – 04/09/2026')])}</table>",
            "<h2>Work</h2>"
            + ul(
                [
                    "Autopilot for 48 consultant laptops and 6 office PCs",
                    "iOS enrolment for 31 company phones",
                    "Compliance policies and Conditional Access for our PSA and finance systems",
                    "Used as our reference deployment for customer demos",
                ]
            ),
            f"<h2>Sign-off</h2><table><tr><td class='label'>Signature</td><td>{env.block()}</td></tr>"
            f"<tr><td class='label'>Name / Title</td><td>{escape(md.name)}, {escape(md.title)}</td></tr>"
            f"<tr><td class='label'>Date</td><td>{dmy(env.signed.date())}</td></tr></table>",
            PAGE_BREAK,
            docusign_certificate(env),
        ],
        PdfMeta("Internal sign-off", "DocuSign", env.signed, creator="DocuSign", producer="DocuSign"),
        paper="a4",
        decorate=stamp_pages(env.stamp()),
    )
    path = "Intune_rollout_signoff.pdf"
    claim = cpor(
        "4400511",
        area="Security",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=md,
        workloads=["INTUNE"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4400511_WexfordCloud_Self",
        claim,
        {path: pdf},
        "reject",
        "The customer is the partner itself (same company, same domain wexfordcloud.ie; 'our own staff "
        "devices'). Partners are not eligible for incentives 'for any services where the Partner themselves "
        "or Microsoft is the end customer' (Claim rejection example). Not fixable by more POE.",
        "Ineligible customer: the partner itself (internal project, properly e-signed).",
        checks=dict(CPOR_NA, ineligible_customer="fail", reused_evidence="pass"),
    )


def vireo_affiliate() -> Bundle:
    partner = Org(
        "Vireo Group Technology Services LLC",
        "vireogroup.com",
        "US",
        "Greenville, SC",
        location_id="7345533",
        short="Vireo Technology Services",
    )
    pm = Person("Jordan Ellis", "jordan.ellis@vireogroup.com", "Director, Shared IT Services")
    cust = Org("Vireo Logistics LLC", "vireologistics.com", "US", "Spartanburg, SC", short="Vireo Logistics")
    cc = Person("Tanya Brooks", "tbrooks@vireologistics.com", "General Manager")
    submitted = at(2026, 10, 23, 14, 0)
    ask = Mail(
        pm,
        (cc,),
        at(2026, 9, 21, 10, 0, EDT),
        "Teams rollout at Vireo Logistics – sign-off",
        "Tanya,\n\nAs the Vireo Group's shared IT services company we have finished moving Vireo Logistics to "
        "Microsoft Teams: 140 warehouse and office users, Teams channels per dock shift, Teams on the 22 "
        "forklift tablets, and 6 training sessions (8/10 - 9/11/2026). Please confirm.\n\nJordan",
    )
    ack = Mail(
        cc,
        (pm,),
        at(2026, 9, 22, 8, 30, EDT),
        "RE: Teams rollout at Vireo Logistics – sign-off",
        reply_body(
            "Jordan,\n\nConfirmed - Vireo Logistics accepts the Teams rollout as described. Thanks to the "
            "group IT team.\n\nTanya Brooks\nGeneral Manager, Vireo Logistics LLC – a Vireo Group company",
            [ask],
            "us",
        ),
    )
    path = "RE Teams rollout at Vireo Logistics - sign-off.msg"
    claim = cpor(
        "4400512",
        area="Modern Work",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["TEAMS"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4400512_VireoGroup_VireoLogistics_Affiliate",
        claim,
        {path: msg_bytes(ack)},
        "reject",
        "Customer and partner belong to the same group: the partner is 'the Vireo Group's shared IT services "
        "company', the customer signs as 'a Vireo Group company'. Incentives are not paid 'for activity "
        "connected to a customer that is a partner affiliate' (Claim rejection example). The acceptance "
        "itself would be valid.",
        "Ineligible customer: partner affiliate (sister company), different domains.",
        checks=dict(CPOR_NA, ineligible_customer="fail", customer_acknowledgement="pass", reused_evidence="pass"),
    )


def clearpath_microsoft() -> Bundle:
    partner = Org(
        "Clearpath Advisory LLC",
        "clearpathadvisory.com",
        "US",
        "Bellevue, WA",
        location_id="7345976",
        short="Clearpath",
    )
    pm = Person("Megan Liu", "mliu@clearpathadvisory.com", "AV & Collaboration Lead")
    cust = Org("Microsoft Corporation", "microsoft.com", "US", "Redmond, WA", short="Microsoft")
    cc = Person("Arjun Mehta", "arjun.mehta@microsoft.com", "Senior Facilities Program Manager")
    submitted = at(2026, 10, 28, 22, 0)
    env = Envelope(
        "Docusign",
        guid("env", "clearpath-msft", upper=True),
        cc,
        cust,
        pm,
        at(2026, 9, 29, 9, 0, PDT),
        at(2026, 9, 29, 14, 0, PDT),
        at(2026, 9, 29, 14, 9, PDT),
        "Please DocuSign: Building 92 Teams Rooms acceptance",
    )
    pdf = html_pdf(
        [
            "<p style='font-size:14pt; color:#006c8f'><b>Clearpath Advisory</b></p><h1>Teams Rooms Installation – Acceptance</h1>"
            f"<table>{rows([('Customer', 'Microsoft Corporation – Real Estate & Facilities'), ('Site', 'Redmond campus, Building 92 and Building 121'), ('Period', '7/20/2026 – 9/25/2026'), ('PO', '4502218871')])}</table>",
            "<h2>Rooms</h2>"
            + ul(
                [
                    "31 Teams Rooms on Windows (front-row layout, content cameras) installed and certified",
                    "Room accounts provisioned by Microsoft Digital; Pro Management portal onboarding",
                    "Acceptance test of every room with the facilities AV team",
                ]
            ),
            f"<h2>Acceptance</h2><table><tr><td class='label'>Signature</td><td>{env.block()}</td></tr>"
            f"<tr><td class='label'>Name / Title</td><td>{escape(cc.name)}, {escape(cc.title)}</td></tr>"
            f"<tr><td class='label'>Date</td><td>{us(env.signed.date())}</td></tr></table>",
            PAGE_BREAK,
            docusign_certificate(env),
        ],
        PdfMeta("Teams Rooms acceptance", "DocuSign", env.signed, creator="DocuSign", producer="DocuSign"),
        decorate=stamp_pages(env.stamp()),
    )
    path = "B92_TeamsRooms_Acceptance_signed.pdf"
    claim = cpor(
        "4400513",
        area="Modern Work",
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=cc,
        workloads=["TEAMS ROOMS"],
        docs=[(path, "poe")],
    )
    return Bundle(
        "4400513_Clearpath_Microsoft",
        claim,
        {path: pdf},
        "reject",
        "The end customer is Microsoft (microsoft.com, Redmond campus). Incentives are not paid 'for any "
        "services where the Partner themselves or Microsoft is the end customer' (Claim rejection example).",
        "Ineligible customer: Microsoft.",
        checks=dict(CPOR_NA, ineligible_customer="fail", reused_evidence="pass"),
    )


def orbis_parent() -> Bundle:
    partner = Org(
        "Orbis Data Services Pvt Ltd", "orbisdata.in", "IN", "Bengaluru", location_id="7346412", short="Orbis Data"
    )
    pm = Person("Rahul Menon", "rahul.menon@orbisdata.in", "Azure Delivery Manager")
    cust = Org("Orbis Holdings Ltd", "orbisholdings.com", "IN", "Mumbai", short="Orbis Holdings")
    cc = Person("Meera Iyer", "meera.iyer@orbisholdings.com", "Group CIO")
    claim_id = "4400514"
    consent = d(2026, 7, 6)
    submitted = at(2026, 10, 19, 6, 0)
    sections = [
        "<h2>About this engagement</h2><p>Orbis Data Services, the technology subsidiary of Orbis Holdings, "
        "modernised the group's treasury and intercompany reconciliation application for its parent "
        "company.</p>",
        "<h2>Activities delivered</h2>"
        + table(
            ["Phase", "Work", "Dates"],
            [
                ("Compatibility assessment", "Treasury app (.NET 4.8, SQL Server 2016)", "13/07/2026 – 24/07/2026"),
                ("Landing zone", "Group landing zone review, Central India", "20/07/2026 – 07/08/2026"),
                ("Modernisation", "App Service + Azure SQL Managed Instance", "03/08/2026 – 18/09/2026"),
                ("Security", "Defender for Cloud, Key Vault", "14/09/2026 – 25/09/2026"),
            ],
        ),
        "<p>Production 28/09/2026; planned consumption USD 45,000 per year.</p>",
    ]
    report, checklist = ammp_docs(
        claim_id=claim_id,
        partner=partner,
        pm=pm,
        cust=cust,
        cc=cc,
        app="Group treasury",
        sections=sections,
        production="28/09/2026",
        period="13/07/2026 – 28/09/2026",
        acr="USD 45,000",
        sign="docusign",
        signed_at=at(2026, 10, 1, 11, 0, IST),
        paper="a4",
        date_style="in",
        check_on="05/10/2026",
    )
    inv = invoice_html(
        partner=partner,
        address="Prestige Tech Park, Bengaluru 560103",
        tax_id="GSTIN 29AAACO1234F1Z5",
        number="ODS/26-27/077",
        date="12/10/2026",
        title="TAX INVOICE",
        bill_to="Microsoft Corporation (India) Pvt Ltd",
        lines=[(f"MCI Claim ID {claim_id}", f"{AMMP} – Orbis Holdings Ltd", "7,500.00")],
        currency="USD",
        net="7,500.00",
        tax_label="IGST 18%",
        tax="1,350.00",
        total="8,850.00",
    )
    cust_s, part_s = pa_surveys(
        claim_id,
        customer_sig=(cc.name, cust.name, cc.title),
        partner_sig=(pm.name, partner.name, pm.title),
        activities="Assessment, landing zone, App Service + SQL MI modernisation",
        production="28/09/2026",
        cust_at=at(2026, 10, 14, 6, 0),
        part_at=at(2026, 10, 14, 7, 0),
    )
    files = {
        "AMMP_Completion_OrbisHoldings.pdf": report,
        "AMMP_Checklist.pdf": checklist,
        "Invoice_ODS-26-27-077.pdf": invoice_pdf(
            inv, number="ODS/26-27/077", author=pm.name, created=at(2026, 10, 12, 9, 0, IST), software="Zoho Books"
        ),
        "customer_attestation.json": cust_s,
        "partner_attestation.json": part_s,
    }
    roles = ["poe", "poe", "invoice", "customer_attestation", "partner_attestation"]
    claim = pa_claim(
        claim_id,
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=cc,
        engagement=AMMP_ENG,
        consent=consent,
        docs=list(zip(files, roles, strict=True)),
    )
    return Bundle(
        "4400514_OrbisData_OrbisHoldings_Parent",
        claim,
        files,
        "reject",
        "The customer is the partner's parent company ('Orbis Data Services, the technology subsidiary of "
        "Orbis Holdings ... for its parent company'). Partners are not eligible for incentives for 'a "
        "customer that is a partner affiliate' (Claim rejection example, a Partner Activities rejection). "
        "Everything else (Market C USD 7,500, window, surveys) would pass.",
        "PA ineligible customer: the partner's parent company.",
        checks=dict(
            ineligible_customer="fail",
            invoice="pass",
            submission_window="pass",
            attestations="pass",
            reused_evidence="pass",
        ),
    )


def azurelight_self() -> Bundle:
    partner = Org(
        "Azurelight Solutions Pte Ltd", "azurelight.sg", "SG", "Singapore", location_id="7346855", short="Azurelight"
    )
    pm = Person("Darren Lim", "darren.lim@azurelight.sg", "Head of Delivery")
    cust = Org("Azurelight Solutions", "azurelight.io", "SG", "Singapore", short="Azurelight")
    cc = Person("Priscilla Goh", "priscilla@azurelight.io", "Chief Technology Officer")
    claim_id = "4400515"
    consent = d(2026, 7, 20)
    submitted = at(2026, 10, 27, 3, 0)
    sections = [
        "<h2>Application and scope</h2><p>Azurelight's own SaaS product platform (the AzureLight Insight "
        "analytics service we sell to customers, hosted on azurelight.io) moved from a VM-based deployment to "
        "Azure Kubernetes Service.</p>",
        "<h2>Activities delivered</h2>"
        + table(
            ["Phase", "Work", "Dates"],
            [
                ("Compatibility assessment", "12 microservices, PostgreSQL 11", "27/07/2026 – 07/08/2026"),
                ("Landing zone", "Landing zone in Southeast Asia", "03/08/2026 – 21/08/2026"),
                ("Modernisation", "AKS, Azure Database for PostgreSQL Flexible Server", "17/08/2026 – 25/09/2026"),
                ("Security", "Defender for Containers", "21/09/2026 – 02/10/2026"),
            ],
        ),
        "<p>Production 05/10/2026. Office: 10 Anson Road #22-01, Singapore 079903 (Azurelight Solutions Pte Ltd).</p>",
    ]
    report, checklist = ammp_docs(
        claim_id=claim_id,
        partner=partner,
        pm=pm,
        cust=cust,
        cc=cc,
        app="AzureLight Insight platform",
        sections=sections,
        production="05/10/2026",
        period="27/07/2026 – 05/10/2026",
        acr="USD 88,000",
        sign="docusign",
        signed_at=at(2026, 10, 8, 10, 0, SGT),
        paper="a4",
        date_style="sg",
        check_on="09/10/2026",
    )
    inv = invoice_html(
        partner=partner,
        address="10 Anson Road #22-01, Singapore 079903",
        tax_id="UEN 201912345K · GST Reg. M90371234X",
        number="ALS-INV-2026-041",
        date="20/10/2026",
        title="TAX INVOICE",
        bill_to="Microsoft Operations Pte Ltd",
        lines=[(f"Claim {claim_id}", f"{AMMP} – Azurelight Solutions", "12,000.00")],
        currency="USD",
        net="12,000.00",
        tax_label="GST 9%",
        tax="1,080.00",
        total="13,080.00",
    )
    cust_s, part_s = pa_surveys(
        claim_id,
        customer_sig=(cc.name, "Azurelight Solutions", cc.title),
        partner_sig=(pm.name, partner.name, pm.title),
        activities="Assessment, landing zone, AKS modernisation",
        production="05/10/2026",
        cust_at=at(2026, 10, 22, 3, 0),
        part_at=at(2026, 10, 22, 4, 0),
    )
    files = {
        "AMMP_Completion_Report.pdf": report,
        "AMMP_Checklist.pdf": checklist,
        "Invoice_ALS-INV-2026-041.pdf": invoice_pdf(
            inv, number="ALS-INV-2026-041", author=pm.name, created=at(2026, 10, 20, 9, 0, SGT)
        ),
        "customer_attestation.json": cust_s,
        "partner_attestation.json": part_s,
    }
    roles = ["poe", "poe", "invoice", "customer_attestation", "partner_attestation"]
    claim = pa_claim(
        claim_id,
        submitted=submitted,
        partner=partner,
        pc=pm,
        customer=cust,
        cc=cc,
        engagement=AMMP_ENG,
        consent=consent,
        docs=list(zip(files, roles, strict=True)),
    )
    return Bundle(
        "4400515_Azurelight_Self",
        claim,
        files,
        "reject",
        "The 'customer' Azurelight Solutions (azurelight.io) is the partner itself under its product domain: "
        "same name, same office address, the work is on 'Azurelight's own SaaS product platform ... we sell to "
        "customers', signed by the partner's own CTO. No incentives 'where the Partner themselves ... is the "
        "end customer' (Claim rejection example).",
        "PA ineligible customer: the partner itself behind a second domain.",
        checks=dict(ineligible_customer="fail", reused_evidence="pass"),
    )


# ==============================================================================================
# The queue
# ==============================================================================================
BUILDERS: tuple[Callable[[], Bundle], ...] = (
    # a partner's own template for four clients (not reuse)
    ng_harrow_finch,
    ng_brackenridge,
    ng_kestrel,
    ng_oakhurst,
    # public sector: mandated disclosure wording (not reuse), with and without disclosure
    civicbridge_marlow_springs,
    caribe_las_lomas,
    sahyog_deccan_transport,
    keystone_svcc_no_psd,
    pennine_north_calder,
    # real reuse
    halcyon_brookline_rooms,
    kinetic_brookline_mde,
    fjordlight_vestkyst,
    lonestar_gulfcoast,
    vexa_quabbin,
    lumora_maplecrest,
    levante_albufera,
    levante_turia,
    # acceptance vs mere reply
    bluestem_platte_valley,
    polderline_van_dijk,
    summitry_sawtooth,
    alpenblick_bodensee,
    # scope / negation, empty acknowledgement block
    redwater_lone_oak,
    ironwood_tricounty,
    quillon_straits,
    palisade_hudson_ridge,
    # unacceptable documents; MSA with recent proof
    crestmoor_lakehurst,
    tessellate_gbo,
    # names
    thornbury_fenwick,
    anchorpoint_bayfront,
    southern_cross_kwi,
    # 12-month rule and pre-sales timing
    mainfeld_lindner,
    isarwerk_voralpen,
    granary_row_flint_hills,
    atelier_nuage_varenne,
    ardent_piedmont_upsell,
    prairie_great_plains,
    # signatures and paper
    cobaltline_desert_bloom,
    vesper_ct_river,
    kaimai_bop_kiwipack,
    brightfield_cumberland,
    oakmont_three_rivers,
    sakura_hoshino,
    # partner activities: invoices and markets
    rheinwerk_kaltenbach,
    harbourline_coral_coast,
    morro_caribe_real,
    laguna_valsenio,
    # rejects
    nordlys_fyn_late,
    andes_vina_late,
    bayou_crescent_late,
    wexford_self,
    vireo_affiliate,
    clearpath_microsoft,
    orbis_parent,
    azurelight_self,
)

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


def build_all() -> list[Bundle]:
    bundles = [b() for b in BUILDERS]
    ids = [b.claim_id for b in bundles]
    names = [b.entry for b in bundles]
    if len(set(ids)) != len(ids) or len(set(names)) != len(names):
        raise RuntimeError("claim ids and bundle names must be unique")
    for b in bundles:
        if not 4400000 <= int(b.claim_id) <= 4499999:
            raise RuntimeError(f"claim id out of range: {b.claim_id}")
        if not b.name.startswith(b.claim_id + "_"):
            raise RuntimeError(f"bundle name does not start with its claim id: {b.name}")
        submitted = dt.datetime.fromisoformat(b.claim["submitted_at"].replace("Z", "+00:00"))
        if not (dt.datetime(2026, 10, 1, tzinfo=UTC) <= submitted < dt.datetime(2026, 12, 1, tzinfo=UTC)):
            raise RuntimeError(f"{b.claim_id}: submitted_at outside Oct-Nov 2026")
        if b.decision not in {"approve", "action_required", "reject"}:
            raise RuntimeError(f"{b.claim_id}: bad decision")
        if "reused_evidence" not in b.checks:
            raise RuntimeError(f"{b.claim_id}: reused_evidence expectation missing")
        for key, value in b.checks.items():
            values = value if isinstance(value, list) else [value]
            if key not in CHECK_IDS or not set(values) <= STATUSES:
                raise RuntimeError(f"{b.claim_id}: bad check {key}={value}")
        listed = {doc["path"] for doc in b.claim["documents"]}
        missing = listed - set(b.files)
        if missing:
            raise RuntimeError(f"{b.claim_id}: listed but missing {missing}")
    return bundles


def write_bundle(out: Path, bundle: Bundle) -> Path:
    files = {"claim.json": bundle.claim_bytes(), **bundle.files}
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


def build(out: Path) -> list[Bundle]:
    """Write every bundle and ``expected.json`` into ``out`` (created if absent)."""
    bundles = build_all()
    out.mkdir(parents=True, exist_ok=True)
    for bundle in bundles:
        write_bundle(out, bundle)
    (out / "expected.json").write_text(
        json.dumps(expected(bundles), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return bundles


def main(argv: Sequence[str] | None = None) -> int:
    import warnings

    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", message=".*DSA is deprecated.*")
    parser = argparse.ArgumentParser(description="Write held-out test set B (MCI claim bundles + expected.json).")
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
    bundles = build(out)
    counts: dict[str, int] = {}
    for b in bundles:
        counts[b.decision] = counts.get(b.decision, 0) + 1
        print(f"{b.decision:16} {b.entry}")
    print(f"{len(bundles)} bundles ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}) in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
