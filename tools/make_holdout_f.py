# ruff: noqa: E501
"""Write held-out test set F of POE Reviewer: a queue of MCI claim bundles and ``expected.json``.

Written from the MCI claiming guide (June 2025) and the claims-interchange spec only, without looking at how
the review tool decides. Every bundle follows ``poe-claim-bundle/1`` (a directory or a .zip holding
``claim.json`` and the partner's uploads). The documents imitate what partners upload: a partner's own
closure-report template reused for several customers, runbooks with sign-off pages, steering-committee
minutes, SOC service reports and ticket exports, quarterly-review decks and adoption dashboards exported to
PDF, Word status reports and delivery notes, go-live certificates, bilingual acceptance certificates, .eml and
Outlook .msg threads (quoted replies, replies in the customer's language, out-of-office and receipt-only
replies, forwards), e-mails printed to PDF, scans (image-only, rotated, skewed, 100-200 dpi) with handwritten
signatures and dates, phone photos, e-signature envelopes from three platforms with and without their
certificates, PDFs digitally signed with pyHanko, invoices, survey exports and public-sector fee disclosures.

The queue holds pairs and a trio that share claim-specific evidence (a signed page, a signature image, a
customer's narrative, an invoice) and shared boilerplate that must not count as reuse (a partner's report
template, the public-sector disclosure wording, a programme's standard module list, a partner's e-mail footer
and logo).

Claim IDs 4801001-4801999. Everything is deterministic: fixed dates (all claims submitted in 2026), seeded
randomness, fixed zip timestamps, fixed PDF ids, fixed signing times, RSA keys from seeded primes.

Run: ``.venv/bin/python tools/make_holdout_f.py OUTDIR [--force]`` (OUTDIR empty or absent).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import itertools
import json
import math
import random
import shutil
import sys
import uuid
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
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
from aspose.email_foss.msg import MapiMessage
from docx.shared import Pt, RGBColor
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ZIP_TIME = (2026, 12, 2, 9, 15, 0)
UTC = dt.UTC
_NS = uuid.UUID("8d0f3c51-2b7e-4a96-b1c4-5e2f7a9d0c63")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# ==============================================================================================
# small helpers: ids, dates
# ==============================================================================================
def guid(*parts: str, upper: bool = True) -> str:
    value = str(uuid.uuid5(_NS, "|".join(parts)))
    return value.upper() if upper else value


def hx(*parts: str, n: int = 32) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n].upper()


def rng_for(*parts: str) -> random.Random:
    return random.Random(int(hashlib.sha256("|".join(parts).encode()).hexdigest()[:16], 16))


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def T(y: int, m: int, d: int, hh: int = 10, mm: int = 0, zone: dt.tzinfo = UTC) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=zone)


def D(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
}


def month(day: dt.date, lang: str = "en") -> str:
    return MONTHS[lang].split()[day.month - 1]


def long_us(day: dt.date) -> str:
    return f"{month(day)} {day.day}, {day.year}"


def long_gb(day: dt.date) -> str:
    return f"{day.day} {month(day)} {day.year}"


def long_loc(day: dt.date, lang: str) -> str:
    if lang == "de":
        return f"{day.day}. {month(day, 'de')} {day.year}"
    if lang in {"es", "pt"}:
        return f"{day.day} de {month(day, lang)} de {day.year}"
    return f"{day.day} {month(day, lang)} {day.year}"


def dmy(day: dt.date, sep: str = "/") -> str:
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def mdy(day: dt.date) -> str:
    return f"{day.month:02d}/{day.day:02d}/{day.year}"


def outlook_when(moment: dt.datetime) -> str:
    hour = moment.hour % 12 or 12
    return (
        f"{moment.strftime('%A')}, {month(moment.date())} {moment.day}, {moment.year} {hour}:{moment.minute:02d} "
        + ("AM" if moment.hour < 12 else "PM")
    )


def pdf_date(moment: dt.datetime) -> str:
    off = moment.utcoffset() or dt.timedelta()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    return moment.strftime("D:%Y%m%d%H%M%S") + f"{sign}{abs(mins) // 60:02d}'{abs(mins) % 60:02d}'"


# ==============================================================================================
# parties
# ==============================================================================================
@dataclass(frozen=True)
class Person:
    name: str
    email: str
    title: str = ""
    phone: str = ""

    @property
    def first(self) -> str:
        return self.name.split()[0]


@dataclass(frozen=True)
class Org:
    name: str  # legal name
    short: str  # how people write it
    domain: str
    country: str
    city: str
    address: str
    color: str = "#1f3864"
    location_id: str = ""
    mark: str = "circle"
    tagline: str = ""

    @property
    def tenant(self) -> str:
        return guid("tenant", self.domain, upper=False)


# ==============================================================================================
# PDF writing (pymupdf Story, DejaVu fonts embedded and subset)
# ==============================================================================================
@dataclass(frozen=True)
class Meta:
    title: str
    author: str
    created: dt.datetime
    creator: str = "Microsoft® Word for Microsoft 365"
    producer: str = "Microsoft® Word for Microsoft 365"
    modified: dt.datetime | None = None
    subject: str = ""


_ARCHIVE: pymupdf.Archive | None = None


def archive() -> pymupdf.Archive:
    global _ARCHIVE
    if _ARCHIVE is None:
        _ARCHIVE = pymupdf.Archive(str(FONT_DIR))
    return _ARCHIVE


FONT_FACES = """
@font-face {font-family: sans; src: url(DejaVuSans.ttf);}
@font-face {font-family: sans; src: url(DejaVuSans-Bold.ttf); font-weight: bold;}
@font-face {font-family: sans; src: url(DejaVuSans-Oblique.ttf); font-style: italic;}
@font-face {font-family: cond; src: url(DejaVuSansCondensed.ttf);}
@font-face {font-family: cond; src: url(DejaVuSansCondensed-Bold.ttf); font-weight: bold;}
@font-face {font-family: serif; src: url(DejaVuSerif.ttf);}
@font-face {font-family: serif; src: url(DejaVuSerif-Bold.ttf); font-weight: bold;}
@font-face {font-family: serif; src: url(DejaVuSerif-Italic.ttf); font-style: italic;}
@font-face {font-family: mono; src: url(DejaVuSansMono.ttf);}
"""


def css(accent: str = "#1f3864", family: str = "sans", size: float = 9.5, extra: str = "") -> str:
    return (
        FONT_FACES
        + f"""
body {{font-family: {family}; font-size: {size}pt; color: #222;}}
h1 {{font-size: {size + 8}pt; color: {accent}; margin: 0 0 4pt 0;}}
h2 {{font-size: {size + 3}pt; color: {accent}; margin: 10pt 0 3pt 0; border-bottom: 1px solid {accent};}}
h3 {{font-size: {size + 1}pt; color: {accent}; margin: 7pt 0 2pt 0;}}
p {{margin: 0 0 5pt 0; text-align: justify;}}
table {{border-collapse: collapse; width: 100%; margin: 3pt 0 6pt 0;}}
td, th {{border: 0.6pt solid #8a8a8a; padding: 3pt 4pt; vertical-align: top; font-size: {size - 0.5}pt;}}
th {{color: {accent}; text-align: left; border-bottom: 1.3pt solid {accent};}}
td.k {{font-weight: bold; color: #333;}}
td.sig {{height: 38pt;}}
ul, ol {{margin: 0 0 5pt 14pt;}}
li {{margin-bottom: 1.5pt;}}
.small {{font-size: {size - 2}pt; color: #555;}}
.muted {{color: #666;}}
.box {{border: 0.8pt solid {accent}; padding: 5pt; margin: 4pt 0;}}
.right {{text-align: right;}}
.center {{text-align: center;}}
{extra}
"""
    )


def _write_story(html: str, style: str, size: tuple[float, float], margins: tuple[float, float, float, float]) -> bytes:
    story = pymupdf.Story(html=html, user_css=style, archive=archive())
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    w, h = size
    left, top, right, bottom = margins
    more = 1
    while more:
        dev = writer.begin_page(pymupdf.Rect(0, 0, w, h))
        more, _ = story.place(pymupdf.Rect(left, top, w - right, h - bottom))
        story.draw(dev)
        writer.end_page()
    writer.close()
    return buf.getvalue()


def finish(doc: pymupdf.Document, meta: Meta, seed: str) -> bytes:
    doc.set_metadata(
        {
            "title": meta.title,
            "author": meta.author,
            "subject": meta.subject,
            "creator": meta.creator,
            "producer": meta.producer,
            "creationDate": pdf_date(meta.created),
            "modDate": pdf_date(meta.modified or meta.created),
            "keywords": "",
        }
    )
    with _quiet():
        doc.subset_fonts()
    ident = hx("pdfid", seed)
    doc.xref_set_key(-1, "ID", f"[<{ident}><{ident}>]")
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)


@contextmanager
def _quiet() -> Iterator[None]:
    old = pymupdf.TOOLS.mupdf_display_errors()
    pymupdf.TOOLS.mupdf_display_errors(False)
    try:
        yield
    finally:
        pymupdf.TOOLS.mupdf_display_errors(old)


Decor = Callable[[pymupdf.Page, int, int], None]


def html_pdf(
    html: str,
    meta: Meta,
    seed: str,
    *,
    style: str | None = None,
    size: tuple[float, float] = (595.28, 841.89),
    margins: tuple[float, float, float, float] = (54, 70, 54, 64),
    decor: Decor | None = None,
) -> bytes:
    raw = _write_story(html, style or css(), size, margins)
    doc = pymupdf.open("pdf", raw)
    if decor is not None:
        for i, page in enumerate(doc):
            decor(page, i + 1, doc.page_count)
    return finish(doc, meta, seed)


def _rgb(color: str) -> tuple[float, float, float]:
    c = color.lstrip("#")
    return (int(c[0:2], 16) / 255, int(c[2:4], 16) / 255, int(c[4:6], 16) / 255)


def text_at(
    page: pymupdf.Page,
    x: float,
    y: float,
    text: str,
    size: float = 8,
    color: str = "#555555",
    bold: bool = False,
    tag: str = "",
) -> None:
    name = ("dvb" if bold else "dv") + tag
    file = FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    page.insert_text((x, y), text, fontsize=size, fontname=name, fontfile=str(file), color=_rgb(color))


def band_decor(org: Org, header: str, footer: str, logo: bytes | None = None, *, confidential: bool = True) -> Decor:
    """A partner's letterhead: logo and rule at the top, footer with page numbers."""

    def draw(page: pymupdf.Page, no: int, total: int) -> None:
        w, h = page.rect.width, page.rect.height
        if logo is not None:
            page.insert_image(pymupdf.Rect(40, 18, 40 + 118, 18 + 34), stream=logo)
        text_at(page, w - 40 - len(header) * 4.3, 38, header, 8, "#666666")
        page.draw_line((40, 56), (w - 40, 56), color=_rgb(org.color), width=1.2)
        page.draw_line((40, h - 44), (w - 40, h - 44), color=(0.7, 0.7, 0.7), width=0.5)
        text_at(page, 40, h - 32, footer, 7, "#777777")
        tail = f"Page {no} of {total}"
        if confidential:
            tail = "Confidential  |  " + tail
        text_at(page, w - 40 - len(tail) * 3.9, h - 32, tail, 7, "#777777")

    return draw


def merge_pdfs(parts: Sequence[bytes], meta: Meta, seed: str) -> bytes:
    out = pymupdf.open()
    for part in parts:
        out.insert_pdf(pymupdf.open("pdf", part))
    return finish(out, meta, seed)


def nb(text: str) -> str:
    """Non-breaking spaces, so that a short table cell keeps its width in the Story layout."""
    return text if "<" in text else text.replace(" ", "&nbsp;")


def kv(pairs: Sequence[tuple[str, str]]) -> str:
    return "<table>" + "".join(f"<tr><td class='k'>{nb(k)}</td><td>{v}</td></tr>" for k, v in pairs) + "</table>"


def grid(
    head: Sequence[str] | None,
    body: Sequence[Sequence[str]],
    widths: Sequence[int] | None = None,
    keep: Sequence[int] = (0,),
) -> str:
    """A table; the columns in ``keep`` do not wrap inside words' spaces (so they keep a readable width)."""
    out = "<table>"
    if head:
        out += "<tr>" + "".join(f"<th>{nb(h)}</th>" for h in head) + "</tr>"
    for row in body:
        out += (
            "<tr>"
            + "".join(f"<td>{nb(c) if j in keep and len(c) < 34 else c}</td>" for j, c in enumerate(row))
            + "</tr>"
        )
    return out + "</table>"


def ul(items: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


# ==============================================================================================
# logos (the same bytes on every document of a partner: boilerplate, never evidence)
# ==============================================================================================
def font(name: str, size: int) -> Any:
    return ImageFont.truetype(str(FONT_DIR / name), size)


def png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def jpeg(img: Image.Image, quality: int = 72, exif: bytes | None = None, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    kwargs: dict[str, Any] = {"quality": quality, "optimize": False}
    if exif is not None:
        kwargs["exif"] = exif
    if dpi is not None:
        kwargs["dpi"] = (dpi, dpi)
    img.convert("RGB").save(buf, format="JPEG", **kwargs)
    return buf.getvalue()


def logo_png(org: Org) -> bytes:
    scale = 4
    img = Image.new("RGBA", (118 * scale, 34 * scale), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    r, g, b = (int(x * 255) for x in _rgb(org.color))
    s = 30 * scale
    if org.mark == "circle":
        d.ellipse((2 * scale, 2 * scale, s, s), fill=(r, g, b, 255))
        d.ellipse((9 * scale, 9 * scale, s - 7 * scale, s - 7 * scale), fill=(255, 255, 255, 255))
    elif org.mark == "square":
        d.rounded_rectangle((2 * scale, 2 * scale, s, s), radius=6 * scale, fill=(r, g, b, 255))
        d.polygon(
            [(8 * scale, s - 6 * scale), (s // 2 + scale, 7 * scale), (s - 6 * scale, s - 6 * scale)], fill="white"
        )
    elif org.mark == "wave":
        for i in range(3):
            y = (8 + i * 7) * scale
            d.arc((2 * scale, y - 6 * scale, s, y + 6 * scale), 200, 340, fill=(r, g, b, 255), width=3 * scale)
    else:
        d.polygon([(2 * scale, s), (s // 2, 2 * scale), (s, s)], fill=(r, g, b, 255))
    word = org.short
    size = 13 * scale
    while size > 6 * scale and font("DejaVuSans-Bold.ttf", size).getlength(word) > 81 * scale:
        size -= scale
    f = font("DejaVuSans-Bold.ttf", size)
    d.text((35 * scale, 5 * scale), word, font=f, fill=(r, g, b, 255))
    if org.tagline:
        d.text((35 * scale, 22 * scale), org.tagline, font=font("DejaVuSans.ttf", 6 * scale), fill=(90, 90, 90, 255))
    return png(img.resize((118 * 2, 34 * 2), Image.Resampling.LANCZOS))


# ==============================================================================================
# ink: handwritten signatures and dates
# ==============================================================================================
INK_BLUE = (22, 38, 128)
INK_BLACK = (28, 28, 34)

# digits and date separators as pen strokes on a 0.6 x 1.0 cell (y grows downwards)
GLYPHS: dict[str, list[list[tuple[float, float]]]] = {
    "0": [[(0.3, 0.0), (0.06, 0.2), (0.03, 0.6), (0.2, 0.98), (0.42, 0.95), (0.55, 0.55), (0.5, 0.15), (0.3, 0.0)]],
    "1": [[(0.12, 0.22), (0.34, 0.0), (0.33, 0.5), (0.32, 1.0)]],
    "2": [[(0.05, 0.22), (0.22, 0.02), (0.46, 0.06), (0.5, 0.32), (0.3, 0.62), (0.02, 0.98), (0.56, 0.97)]],
    "3": [
        [
            (0.06, 0.1),
            (0.3, 0.0),
            (0.5, 0.16),
            (0.42, 0.4),
            (0.2, 0.47),
            (0.48, 0.58),
            (0.55, 0.84),
            (0.3, 1.0),
            (0.02, 0.9),
        ]
    ],
    "4": [[(0.42, 1.0), (0.4, 0.0), (0.02, 0.68), (0.6, 0.68)]],
    "5": [[(0.52, 0.0), (0.12, 0.02), (0.07, 0.45), (0.35, 0.38), (0.55, 0.6), (0.5, 0.9), (0.25, 1.0), (0.0, 0.9)]],
    "6": [[(0.47, 0.04), (0.2, 0.2), (0.05, 0.6), (0.15, 0.96), (0.42, 0.95), (0.5, 0.7), (0.3, 0.52), (0.06, 0.66)]],
    "7": [[(0.0, 0.02), (0.56, 0.0), (0.34, 0.5), (0.2, 1.0)]],
    "8": [
        [
            (0.45, 0.12),
            (0.25, 0.0),
            (0.05, 0.15),
            (0.15, 0.38),
            (0.45, 0.6),
            (0.5, 0.86),
            (0.25, 1.0),
            (0.02, 0.85),
            (0.1, 0.6),
            (0.4, 0.38),
            (0.45, 0.12),
        ]
    ],
    "9": [[(0.5, 0.28), (0.3, 0.45), (0.05, 0.3), (0.15, 0.04), (0.45, 0.05), (0.5, 0.3), (0.45, 0.7), (0.32, 1.0)]],
    "/": [[(0.5, -0.05), (0.02, 1.05)]],
    "-": [[(0.05, 0.55), (0.45, 0.55)]],
    ".": [[(0.2, 0.95), (0.24, 0.98), (0.2, 1.0)]],
    " ": [],
}


def _catmull(points: Sequence[tuple[float, float]], steps: int = 8) -> list[tuple[float, float]]:
    if len(points) < 3:
        out: list[tuple[float, float]] = []
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            out += [(x0 + (x1 - x0) * t / steps, y0 + (y1 - y0) * t / steps) for t in range(steps)]
        return [*out, points[-1]] if points else out
    pts = [points[0], *points, points[-1]]
    out = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            x = 0.5 * (
                2 * p1[0]
                + (-p0[0] + p2[0]) * t
                + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2
                + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3
            )
            y = 0.5 * (
                2 * p1[1]
                + (-p0[1] + p2[1]) * t
                + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2
                + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3
            )
            out.append((x, y))
    out.append(points[-1])
    return out


def _pen(draw: ImageDraw.ImageDraw, path: Sequence[tuple[float, float]], width: float, rng: random.Random) -> None:
    """Draw a stroke as overlapping dots whose size follows the pen speed (slow = thicker)."""
    if len(path) < 2:
        return
    for (x0, y0), (x1, y1) in itertools.pairwise(path):
        dist = math.hypot(x1 - x0, y1 - y0)
        w = max(0.9, width * (1.25 - min(dist / (width * 6 + 1e-6), 0.55)))
        n = max(1, int(dist / 0.7))
        for k in range(n):
            t = k / n
            x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
            r = w / 2
            draw.ellipse((x - r, y - r, x + r, y + r), fill=255)


def signature_strokes(name: str, seed: str) -> list[list[tuple[float, float]]]:
    """A fluent, illegible cursive signature: capital loops, humps for the letters, a flourish."""
    rng = rng_for("sig", seed, name)
    words = name.replace(".", "").split()
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    words = words if len(words) < 3 else [words[0], words[-1]]
    for wi, word in enumerate(words):
        cap_h = rng.uniform(1.5, 2.1)
        pts: list[tuple[float, float]] = [(x + 0.1, 0.2)]
        pts += [(x + 0.25, -cap_h), (x + rng.uniform(0.5, 0.8), -cap_h * rng.uniform(0.75, 0.95))]
        pts += [(x + 0.35, -0.3), (x + 0.1, 0.05), (x + 0.6, -0.45)]
        x += 0.7
        letters = word[1:]
        if wi == 0 and len(words) > 1 and rng.random() < 0.55:
            letters = ""  # first name as an initial only
        for ch in letters[: rng.randint(4, 8)]:
            tall = ch in "bdfhklt"
            low = ch in "gjpqy"
            wdt = rng.uniform(0.32, 0.5)
            top = -(rng.uniform(1.2, 1.6) if tall else rng.uniform(0.45, 0.75))
            pts.append((x + wdt * 0.45, top))
            pts.append((x + wdt * 0.7, rng.uniform(0.6, 0.9) if low else rng.uniform(-0.05, 0.08)))
            x += wdt
        if wi == len(words) - 1 and rng.random() < 0.75:
            pts += [(x + 0.3, -0.2), (x + 0.5, 0.25)]
            strokes.append(pts)
            back = rng.uniform(0.5, 0.9)
            strokes.append([(x + 0.4, 0.45), (x * back, 0.7), (max(0.0, x * 0.15), 0.55)])
        else:
            strokes.append(pts)
        x += rng.uniform(0.35, 0.6)
    return strokes


def _ink_layer(
    strokes: Sequence[Sequence[tuple[float, float]]], unit: float, pen: float, seed: str, slant: float
) -> Image.Image:
    rng = rng_for("ink", seed)
    pts = [p for s in strokes for p in s]
    xs = [p[0] - p[1] * slant for p in pts]
    ys = [p[1] for p in pts]
    minx, maxx, miny, maxy = min(xs), max(xs), min(ys), max(ys)
    pad = pen * 3 + 4
    w = int((maxx - minx) * unit + 2 * pad) + 1
    h = int((maxy - miny) * unit + 2 * pad) + 1
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    for s in strokes:
        jit = [(px + rng.uniform(-0.02, 0.02), py + rng.uniform(-0.02, 0.02)) for px, py in s]
        path = _catmull(jit, 10)
        path = [((px - py * slant - minx) * unit + pad, (py - miny) * unit + pad) for px, py in path]
        _pen(d, path, pen, rng)
    return layer.filter(ImageFilter.GaussianBlur(0.6))


def ink_image(layer: Image.Image, color: tuple[int, int, int], angle: float = 0.0) -> Image.Image:
    rgba = Image.new("RGBA", layer.size, (*color, 0))
    rgba.putalpha(layer.point(lambda v: int(v * 0.92)))
    if angle:
        rgba = rgba.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    return rgba


def signature_image(name: str, seed: str, height_px: int = 90, color: tuple[int, int, int] = INK_BLUE) -> Image.Image:
    strokes = signature_strokes(name, seed)
    unit = height_px / 3.2
    rng = rng_for("sigangle", seed, name)
    layer = _ink_layer(strokes, unit, max(1.6, unit * 0.075), seed + name, slant=rng.uniform(0.15, 0.35))
    return ink_image(layer, color, rng.uniform(-4, 5))


def handwriting_image(text: str, seed: str, height_px: int = 34, color: tuple[int, int, int] = INK_BLUE) -> Image.Image:
    rng = rng_for("hand", seed, text)
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    for ch in text:
        glyph = GLYPHS.get(ch, [])
        dy = rng.uniform(-0.06, 0.06)
        sc = rng.uniform(0.9, 1.08)
        for st in glyph:
            strokes.append(
                [(x + px * sc + rng.uniform(-0.03, 0.03), py * sc + dy + rng.uniform(-0.03, 0.03)) for px, py in st]
            )
        x += (0.62 if ch not in "./ " else 0.45) * sc + rng.uniform(-0.02, 0.06)
    unit = height_px * 0.8
    layer = _ink_layer(strokes, unit, max(1.5, unit * 0.07), seed + text, slant=rng.uniform(0.1, 0.25))
    return ink_image(layer, color, rng.uniform(-3, 2.5))


def ink_png(img: Image.Image) -> bytes:
    return png(img)


# ==============================================================================================
# raster: scans and phone photos
# ==============================================================================================
@dataclass(frozen=True)
class Ink:
    """Handwriting put on a page before it is scanned: next to (dx, dy points) the first hit of ``anchor``."""

    anchor: str
    kind: str  # sig | date | text
    text: str
    dx: float = 0.0
    dy: float = 0.0
    height: float = 26.0  # points
    page: int = -1
    color: tuple[int, int, int] = INK_BLUE
    occurrence: int = 0


def render(pdf: bytes, page_no: int, dpi: int) -> Image.Image:
    doc = pymupdf.open("pdf", pdf)
    pix = doc[page_no].get_pixmap(dpi=dpi, alpha=False)
    return Image.frombytes("RGB", (pix.width, pix.height), pix.samples)


def ink_for(ink: Ink, seed: str, scale: float) -> Image.Image:
    px = max(8, int(ink.height * scale))
    if ink.kind == "sig":
        return signature_image(ink.text, seed, px, ink.color)
    return handwriting_image(ink.text, seed + ink.anchor, px, ink.color)


def apply_inks(img: Image.Image, pdf: bytes, page_no: int, inks: Sequence[Ink], dpi: int, seed: str) -> None:
    doc = pymupdf.open("pdf", pdf)
    scale = dpi / 72
    for ink in inks:
        if ink.page >= 0:
            if ink.page != page_no:
                continue
            hits = doc[page_no].search_for(ink.anchor)
            if len(hits) <= ink.occurrence:
                raise RuntimeError(f"ink anchor not found: {ink.anchor!r}")
            r = hits[ink.occurrence]
        else:
            found = None
            seen = 0
            for i, page in enumerate(doc):
                for hit in page.search_for(ink.anchor):
                    if seen == ink.occurrence and found is None:
                        found = (i, hit)
                    seen += 1
            if found is None:
                raise RuntimeError(f"ink anchor not found: {ink.anchor!r}")
            if found[0] != page_no:
                continue
            r = found[1]
        mark = ink_for(ink, seed, scale)
        x = int((r.x1 + ink.dx) * scale)
        y = int((r.y0 + r.height / 2 + ink.dy) * scale - mark.height / 2)
        img.paste(mark, (x, y), mark)


def inked_pages(pdf: bytes, dpi: int, inks: Sequence[Ink], seed: str) -> list[Image.Image]:
    doc = pymupdf.open("pdf", pdf)
    pages = []
    for i in range(doc.page_count):
        img = render(pdf, i, dpi)
        apply_inks(img, pdf, i, inks, dpi, seed)
        pages.append(img)
    return pages


def scanify(
    img: Image.Image, seed: str, *, angle: float = 0.0, gray: bool = True, noise: float = 7.0, turn: int = 0
) -> Image.Image:
    rng = rng_for("scan", seed)
    arr = np.asarray(img.convert("L") if gray else img, dtype=np.float32)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    # paper tone, uneven lamp, toner noise
    w = arr.shape[1]
    ramp = np.linspace(rng.uniform(-10, -2), rng.uniform(0, 6), w, dtype=np.float32)
    light = ramp[None, :] if arr.ndim == 2 else ramp[None, :, None]
    arr = arr * rng.uniform(0.9, 0.96) + rng.uniform(8, 16) + light
    arr = arr + nrng.normal(0, noise, arr.shape).astype(np.float32)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.35, 0.7)))
    if angle:
        fill = 235 if gray else (235, 235, 232)
        out = out.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)
    if turn:
        out = out.rotate(turn, expand=True)
    return out


def image_pdf(images: Sequence[Image.Image], dpi: int, meta: Meta, seed: str, quality: int = 62) -> bytes:
    doc = pymupdf.open()
    for img in images:
        w, h = img.size
        page = doc.new_page(width=w * 72 / dpi, height=h * 72 / dpi)
        page.insert_image(page.rect, stream=jpeg(img, quality, dpi=dpi))
    return finish(doc, meta, seed)


def scan_pdf(
    pdf: bytes,
    meta: Meta,
    seed: str,
    *,
    dpi: int = 150,
    inks: Sequence[Ink] = (),
    angles: Sequence[float] = (),
    turns: Sequence[int] = (),
    pages: Sequence[int] | None = None,
    quality: int = 60,
) -> bytes:
    imgs = inked_pages(pdf, dpi, inks, seed)
    chosen = list(range(len(imgs))) if pages is None else list(pages)
    out = []
    for k, i in enumerate(chosen):
        angle = angles[k] if k < len(angles) else rng_for("ang", seed, str(i)).uniform(-0.8, 0.8)
        turn = turns[k] if k < len(turns) else 0
        out.append(scanify(imgs[i], f"{seed}/{i}", angle=angle, turn=turn))
    return image_pdf(out, dpi, meta, seed, quality)


def _perspective_coeffs(src: Sequence[tuple[float, float]], dst: Sequence[tuple[float, float]]) -> list[float]:
    matrix = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(matrix, dtype=np.float64)
    b = np.array([c for p in src for c in p], dtype=np.float64)
    return [float(c) for c in np.linalg.solve(a, b)]


def phone_photo(page_img: Image.Image, seed: str, *, when: dt.datetime, model: str = "iPhone 14") -> bytes:
    """A page photographed on a desk: perspective, shadow, warm light, JPEG with EXIF."""
    rng = rng_for("photo", seed)
    pw, ph = page_img.size
    W, H = int(pw * 1.18), int(ph * 1.14)
    base = np.zeros((H, W, 3), dtype=np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    wood = 0.5 + 0.5 * np.sin(xx / rng.uniform(9, 15) + np.sin(yy / 40.0) * 2.0)
    base[..., 0] = 118 + 30 * wood
    base[..., 1] = 84 + 22 * wood
    base[..., 2] = 56 + 14 * wood
    desk = Image.fromarray(base.clip(0, 255).astype(np.uint8))
    mx, my = (W - pw) / 2, (H - ph) / 2
    jitter = [rng.uniform(-0.035, 0.035) for _ in range(8)]
    dst = [
        (mx + pw * jitter[0], my + ph * jitter[1]),
        (mx + pw * (1 + jitter[2]), my + ph * jitter[3]),
        (mx + pw * (1 + jitter[4]), my + ph * (1 + jitter[5])),
        (mx + pw * jitter[6], my + ph * (1 + jitter[7])),
    ]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = _perspective_coeffs(src, dst)
    warped = page_img.convert("RGB").transform((W, H), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    mask = Image.new("L", page_img.size, 255).transform(
        (W, H), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR
    )
    shadow = mask.filter(ImageFilter.GaussianBlur(18))
    desk = Image.composite(Image.new("RGB", (W, H), (40, 28, 18)), desk, shadow.point(lambda v: int(v * 0.5)))
    desk.paste(warped, (0, 0), mask)
    arr = np.asarray(desk, dtype=np.float32)
    cx, cy = W * rng.uniform(0.35, 0.65), H * rng.uniform(0.3, 0.6)
    dist = np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
    light = (1.06 - 0.55 * dist**2)[..., None]
    arr = arr * light * np.array([1.03, 1.0, 0.93], dtype=np.float32)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    arr = arr + nrng.normal(0, 4.0, arr.shape).astype(np.float32)
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    exif = Image.Exif()
    exif[0x010F] = "Apple" if "iPhone" in model else "samsung"
    exif[0x0110] = model
    exif[0x0132] = when.strftime("%Y:%m:%d %H:%M:%S")
    exif[0x0131] = "17.5.1" if "iPhone" in model else "G991BXXU9FXA1"
    return jpeg(img, 80, exif=exif.tobytes())


def screenshot(lines: Sequence[tuple[str, int, str, bool]], size: tuple[int, int], seed: str) -> Image.Image:
    """A phone/desktop screenshot: (text, font size px, colour, bold) lines on white."""
    img = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(img)
    y = 20
    for text, sz, color, bold in lines:
        f = font("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf", sz)
        d.text((24, y), text, font=f, fill=color)
        y += int(sz * 1.45)
    return img


# ==============================================================================================
# e-mail: .eml, Outlook .msg, printed e-mails
# ==============================================================================================
@dataclass(frozen=True)
class Mail:
    sender: Person
    to: tuple[Person, ...]
    subject: str
    when: dt.datetime
    body: str
    cc: tuple[Person, ...] = ()
    quoted: tuple[Mail, ...] = ()  # earlier messages, newest first, quoted below the body
    attachments: tuple[tuple[str, bytes], ...] = ()
    footer: str = ""  # the sender's signature block / legal footer
    quote_style: str = "outlook"  # outlook | gmail | plain
    auto: bool = False  # an auto-reply
    lang: str = "en"


def _addr(p: Person) -> str:
    return formataddr((p.name, p.email))


def _names(people: Sequence[Person]) -> str:
    return "; ".join(f"{p.name} <{p.email}>" for p in people)


def quoted_header(m: Mail, style: str) -> str:
    if style == "gmail":
        return f"On {m.when.strftime('%a')}, {m.when.day} {month(m.when.date())[:3]} {m.when.year} at {m.when:%H:%M}, {m.sender.name} <{m.sender.email}> wrote:"
    labels = {
        "en": ("From", "Sent", "To", "Cc", "Subject"),
        "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
        "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
        "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
        "pt": ("De", "Enviada em", "Para", "Cc", "Assunto"),
        "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    }.get(m.lang, ("From", "Sent", "To", "Cc", "Subject"))
    lines = [
        f"{labels[0]}: {m.sender.name} <{m.sender.email}>",
        f"{labels[1]}: {outlook_when(m.when)}",
        f"{labels[2]}: {_names(m.to)}",
    ]
    if m.cc:
        lines.append(f"{labels[3]}: {_names(m.cc)}")
    lines.append(f"{labels[4]}: {m.subject}")
    return "\n".join(lines)


def mail_text(m: Mail, style: str | None = None) -> str:
    style = style or m.quote_style
    out = m.body.rstrip() + "\n"
    if m.footer:
        out += "\n" + m.footer.rstrip() + "\n"
    for q in m.quoted:
        inner = mail_text(q, style)
        if style == "gmail":
            out += (
                "\n"
                + quoted_header(q, style)
                + "\n"
                + "\n".join("> " + ln if ln else ">" for ln in inner.splitlines())
                + "\n"
            )
        else:
            out += "\n________________________________\n" + quoted_header(q, style) + "\n\n" + inner
    return out


def mail_html(m: Mail) -> str:
    def block(x: Mail, depth: int) -> str:
        body = "".join(
            f"<p style='margin:0 0 8px 0'>{escape(par).replace(chr(10), '<br>')}</p>"
            for par in x.body.strip().split("\n\n")
        )
        if x.footer:
            body += (
                "<div style='color:#555;font-size:9pt;margin-top:10px'>"
                + escape(x.footer.strip()).replace("\n", "<br>")
                + "</div>"
            )
        for q in x.quoted:
            head = escape(quoted_header(q, x.quote_style)).replace("\n", "<br>")
            body += (
                "<hr style='border:none;border-top:1px solid #E1E1E1'>"
                f"<div style='font-size:10pt'>{head}</div><br>"
                + (
                    f"<blockquote style='border-left:2px solid #ccc;padding-left:8px;margin-left:4px'>{block(q, depth + 1)}</blockquote>"
                    if x.quote_style == "gmail"
                    else block(q, depth + 1)
                )
            )
        return body

    return (
        "<html><head><meta charset='utf-8'></head><body style='font-family:Calibri,Arial,sans-serif;font-size:11pt'>"
        + block(m, 0)
        + "</body></html>"
    )


def _mime_type(name: str) -> tuple[str, str]:
    ext = name.rsplit(".", 1)[-1].lower()
    return {
        "pdf": ("application", "pdf"),
        "png": ("image", "png"),
        "jpg": ("image", "jpeg"),
        "jpeg": ("image", "jpeg"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "csv": ("text", "csv"),
    }.get(ext, ("application", "octet-stream"))


def email_message(m: Mail) -> EmailMessage:
    msg = EmailMessage(policy=email_policy.SMTP)
    msg["From"] = _addr(m.sender)
    msg["To"] = ", ".join(_addr(p) for p in m.to)
    if m.cc:
        msg["Cc"] = ", ".join(_addr(p) for p in m.cc)
    msg["Subject"] = m.subject
    msg["Date"] = format_datetime(m.when)
    dom = m.sender.email.split("@")[1]
    msg["Message-ID"] = f"<{hx('mid', m.sender.email, m.subject, iso(m.when), n=24).lower()}@{dom}>"
    if m.quoted:
        msg["In-Reply-To"] = (
            f"<{hx('mid', m.quoted[0].sender.email, m.quoted[0].subject, iso(m.quoted[0].when), n=24).lower()}@{m.quoted[0].sender.email.split('@')[1]}>"
        )
        msg["Thread-Topic"] = m.subject.split(": ", 1)[-1]
    if m.auto:
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
    msg["X-MS-Has-Attach"] = "yes" if m.attachments else ""
    msg["Content-Language"] = {
        "en": "en-US",
        "es": "es-ES",
        "de": "de-DE",
        "fr": "fr-FR",
        "pt": "pt-BR",
        "nl": "nl-NL",
    }.get(m.lang, "en-US")
    msg["MIME-Version"] = "1.0"
    msg.set_content(mail_text(m), cte="quoted-printable")
    msg.add_alternative(mail_html(m), subtype="html", cte="quoted-printable")
    for name, data in m.attachments:
        main, sub = _mime_type(name)
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    boundary_seed = hx("boundary", iso(m.when), m.subject, n=20)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"_00{i}_{boundary_seed}_")
    return msg


def eml(m: Mail) -> bytes:
    return email_message(m).as_bytes()


def msg_file(m: Mail) -> bytes:
    return MapiMessage.from_email_message(email_message(m)).to_bytes()


def printed_mail_pdf(m: Mail, owner: Person, meta: Meta, seed: str, *, browser: bool = False) -> bytes:
    """An e-mail printed from Outlook (desktop) or from Outlook on the web via the browser."""
    head = (
        f"<tr><td class='h'>From:</td><td>{escape(m.sender.name)} &lt;{escape(m.sender.email)}&gt;</td></tr>"
        f"<tr><td class='h'>Sent:</td><td>{outlook_when(m.when)}</td></tr>"
        f"<tr><td class='h'>To:</td><td>{escape(_names(m.to))}</td></tr>"
        + (f"<tr><td class='h'>Cc:</td><td>{escape(_names(m.cc))}</td></tr>" if m.cc else "")
        + f"<tr><td class='h'>Subject:</td><td>{escape(m.subject)}</td></tr>"
        + (
            f"<tr><td class='h'>Attachments:</td><td>{escape('; '.join(n for n, _ in m.attachments))}</td></tr>"
            if m.attachments
            else ""
        )
    )
    body = "".join(
        f"<p>{escape(par).replace(chr(10), '<br>')}</p>" for par in mail_text(m, "outlook").strip().split("\n\n")
    )
    html = f"<p class='owner'><b>{escape(owner.name)}</b></p><hr><table class='hdr'>{head}</table><br>{body}"
    style = css(
        size=10,
        family="sans",
        extra="""
      .owner {font-size: 13pt; margin:0;} table.hdr td {border: none; padding: 0 4pt 1pt 0;} td.h {font-weight: bold; width: 16%;}
      p {text-align: left;}
    """,
    )

    def decor(page: pymupdf.Page, no: int, total: int) -> None:
        if browser:
            w, h = page.rect.width, page.rect.height
            stamp = f"{m.when.month}/{m.when.day}/{m.when.year % 100:02d}, {m.when.hour % 12 or 12}:{m.when.minute:02d} {'AM' if m.when.hour < 12 else 'PM'}"
            text_at(page, 24, 20, stamp, 7.5, "#333333")
            text_at(page, w / 2 - 60, 20, f"Mail - {owner.name} - Outlook", 7.5, "#333333")
            text_at(
                page,
                24,
                h - 16,
                "https://outlook.office.com/mail/inbox/id/AAQkADk" + hx("owa", seed, n=22),
                7.5,
                "#333333",
            )
            text_at(page, w - 50, h - 16, f"{no}/{total}", 7.5, "#333333")

    return html_pdf(html, meta, seed, style=style, decor=decor, margins=(54, 54, 54, 54))


# ==============================================================================================
# Word documents
# ==============================================================================================
def normalize_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))
    return buf.getvalue()


def docx_bytes(
    fill: Callable[[Any], None],
    *,
    author: str,
    created: dt.datetime,
    title: str = "",
    modified: dt.datetime | None = None,
) -> bytes:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    fill(d)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created.astimezone(UTC).replace(tzinfo=None)
    cp.modified = (modified or created).astimezone(UTC).replace(tzinfo=None)
    cp.title = title
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def docx_table(d: Any, rows: Sequence[Sequence[str]], header: bool = True, shade: str = "1F3864") -> Any:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(val)
            run.font.size = Pt(9.5)
            if header and i == 0:
                run.bold = True
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                tcpr = cell._tc.get_or_add_tcPr()
                shd = tcpr.makeelement(
                    docx.oxml.ns.qn("w:shd"), {docx.oxml.ns.qn("w:val"): "clear", docx.oxml.ns.qn("w:fill"): shade}
                )
                tcpr.append(shd)
    return t


def docx_heading(d: Any, text: str, level: int = 1, color: str = "1F3864") -> None:
    h = d.add_heading(text, level=level)
    for r in h.runs:
        r.font.color.rgb = RGBColor.from_string(color)


# ==============================================================================================
# survey exports
# ==============================================================================================
def attestation(
    claim_id: str,
    who: str,
    when: dt.datetime,
    answers: Sequence[tuple[str, str]],
    name: str,
    company: str,
    title: str,
) -> bytes:
    data = {
        "format": "poe-attestation/1",
        "claim_id": claim_id,
        "respondent": who,
        "completed_at": iso(when),
        "answers": [{"question": q, "answer": a} for q, a in answers],
        "signature": {"full_name": name, "company": company, "job_title": title},
    }
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()


CUSTOMER_SURVEY = [
    "Did the partner deliver the engagement as described?",
    "How satisfied are you with the partner's delivery of the engagement?",
    "Which outcomes did the engagement achieve for your organization?",
    "Would you recommend this partner to others?",
]
PARTNER_SURVEY = [
    "Was the engagement delivered in full as per the engagement requirements?",
    "Describe the main outcomes of the engagement.",
    "Number of customer stakeholders who participated",
    "Do you confirm that the information provided in this claim is accurate?",
]


def surveys(
    cid: str,
    customer: Org,
    cust_person: Person,
    partner: Org,
    part_person: Person,
    when: dt.datetime,
    outcome: str,
    stakeholders: int = 6,
    *,
    cust_title: str | None = None,
    cust_company: str | None = None,
) -> tuple[bytes, bytes]:
    cust = attestation(
        cid,
        "customer",
        when,
        list(zip(CUSTOMER_SURVEY, ["Yes", "Very satisfied", outcome, "Yes"], strict=True)),
        cust_person.name,
        customer.name if cust_company is None else cust_company,
        cust_person.title if cust_title is None else cust_title,
    )
    part = attestation(
        cid,
        "partner",
        when - dt.timedelta(days=1, hours=3),
        list(zip(PARTNER_SURVEY, ["Yes", outcome, str(stakeholders), "Yes"], strict=True)),
        part_person.name,
        partner.name,
        part_person.title,
    )
    return cust, part


# ==============================================================================================
# digital signatures (pyHanko) with keys from seeded primes
# ==============================================================================================
_SMALL_PRIMES = [p for p in range(3, 2000, 2) if all(p % q for q in range(3, int(p**0.5) + 1, 2))]


def _probable_prime(n: int, rng: random.Random) -> bool:
    if any(n % p == 0 for p in _SMALL_PRIMES):
        return n in _SMALL_PRIMES
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


_KEYS: dict[str, Any] = {}


def rsa_key(seed: str, bits: int = 2048) -> Any:
    from cryptography.hazmat.primitives.asymmetric import rsa

    if seed in _KEYS:
        return _KEYS[seed]
    rng = rng_for("rsa", seed)
    e = 65537

    def prime() -> int:
        while True:
            cand = rng.getrandbits(bits // 2) | (1 << (bits // 2 - 1)) | (1 << (bits // 2 - 2)) | 1
            if math.gcd(cand - 1, e) == 1 and _probable_prime(cand, rng):
                return cand

    p, q = prime(), prime()
    while q == p:
        q = prime()
    n = p * q
    d = pow(e, -1, (p - 1) * (q - 1))
    numbers = rsa.RSAPrivateNumbers(
        p=p, q=q, d=d, dmp1=d % (p - 1), dmq1=d % (q - 1), iqmp=pow(q, -1, p), public_numbers=rsa.RSAPublicNumbers(e, n)
    )
    key = numbers.private_key()
    _KEYS[seed] = key
    return key


def _x509_name(cn: str, org: str, country: str, email: str | None = None) -> Any:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    attrs = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, country),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
        x509.NameAttribute(NameOID.COMMON_NAME, cn),
    ]
    if email:
        attrs.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    return x509.Name(attrs)


def cert_pair(ca_cn: str, ca_org: str, person: Person, org: Org, start: dt.datetime) -> tuple[Any, Any, Any]:
    """(CA certificate, signer certificate, signer key), fixed serials and validity."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    ca_key = rsa_key("ca:" + ca_cn)
    key = rsa_key("signer:" + person.email)
    ca_name = _x509_name(ca_cn, ca_org, "NL")
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(int(hx("serial", ca_cn, n=16), 16))
        .not_valid_before(dt.datetime(2024, 1, 1, tzinfo=UTC))
        .not_valid_after(dt.datetime(2034, 1, 1, tzinfo=UTC))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(_x509_name(person.name, org.name, org.country, person.email))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(int(hx("serial", person.email, n=16), 16))
        .not_valid_before(start - dt.timedelta(days=30))
        .not_valid_after(start + dt.timedelta(days=3 * 365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(person.email)]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return ca, cert, key


@contextmanager
def frozen_signing(moment: dt.datetime, seed: str) -> Iterator[None]:
    """pyHanko reads the clock and os.urandom: pin both while signing."""
    import importlib
    import os

    modules = [
        importlib.import_module(name)
        for name in (
            "pyhanko.sign.signers.pdf_signer",
            "pyhanko.pdf_utils.metadata.info",
            "pyhanko.pdf_utils.metadata.xmp_xml",
            "pyhanko.stamp.text",
        )
    ]
    rng = rng_for("urandom", seed)
    real_urandom = os.urandom
    real = [m.datetime for m in modules]

    class Fixed(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Fixed:  # type: ignore[override]
            value = moment if tz is None else moment.astimezone(tz)
            return cls(value.year, value.month, value.day, value.hour, value.minute, value.second, tzinfo=value.tzinfo)

    os.urandom = lambda n: bytes(rng.getrandbits(8) for _ in range(n))  # type: ignore[assignment]
    for m in modules:
        m.datetime = Fixed
    try:
        yield
    finally:
        os.urandom = real_urandom  # type: ignore[assignment]
        for m, orig in zip(modules, real, strict=True):
            m.datetime = orig


def pades_sign(
    pdf: bytes,
    person: Person,
    org: Org,
    when: dt.datetime,
    *,
    box: tuple[float, float, float, float],
    page: int = -1,
    reason: str = "I approve this document",
    location: str = "",
    ca: tuple[str, str] = ("Evrotrust Qualified CA (test)", "Evrotrust Test"),
) -> bytes:
    """Sign with a visible PAdES signature (pyHanko), at a fixed time, with a seeded key."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import SigFieldSpec
    from pyhanko.stamp import TextStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    ca_cert, cert, key = cert_pair(ca[0], ca[1], person, org, when)
    der = serialization.Encoding.DER
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert.public_bytes(der)),
        signing_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        ),
        cert_registry=SimpleCertificateStore.from_certs([asn1_x509.Certificate.load(ca_cert.public_bytes(der))]),
    )
    doc = pymupdf.open("pdf", pdf)
    page_no = page if page >= 0 else doc.page_count - 1
    ph = doc[page_no].rect.height
    x0, y0, x1, y1 = box  # top-left origin -> PDF user space
    spec = SigFieldSpec(sig_field_name="CustomerSignature", on_page=page_no, box=(x0, ph - y1, x1, ph - y0))
    meta = signers.PdfSignatureMetadata(
        field_name="CustomerSignature", reason=reason, location=location, name=person.name
    )
    style = TextStampStyle(stamp_text="Digitally signed by %(signer)s\nDate: %(ts)s\nReason: " + reason, border_width=1)
    with frozen_signing(when, person.email + iso(when)):
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        fields.append_signature_field(writer, spec)
        out = signers.PdfSigner(meta, signer=signer, stamp_style=style).sign_pdf(writer)
    return out.getvalue()


# ==============================================================================================
# e-signature platforms: envelope stamping, certificates of completion, audit trails
# ==============================================================================================
@dataclass(frozen=True)
class Signer:
    person: Person
    org: Org
    when: dt.datetime
    anchor: str  # the label right of which the signature goes
    date_anchor: str | None = None
    ip: str = "203.0.113.24"
    dx: float = 6.0
    dy: float = 9.0
    occurrence: int = 0


def _find(doc: pymupdf.Document, text: str, occurrence: int = 0) -> tuple[int, pymupdf.Rect]:
    seen = 0
    for i, page in enumerate(doc):
        for r in page.search_for(text):
            if seen == occurrence:
                return i, r
            seen += 1
    raise RuntimeError(f"anchor not found: {text!r}")


def esign_pdf(
    pdf: bytes,
    *,
    platform: str,  # docusign | acrobat | dropbox
    signers: Sequence[Signer],
    sender: Person,
    sender_org: Org,
    subject: str,
    sent: dt.datetime,
    certificate: bool,
    meta: Meta,
    seed: str,
) -> bytes:
    doc = pymupdf.open("pdf", pdf)
    env = guid("envelope", seed)
    for s in signers:
        i, r = _find(doc, s.anchor, s.occurrence)
        page = doc[i]
        sig = signature_image(s.person.name, seed + s.person.email, 120, (12, 22, 90))
        w = min(150.0, sig.width / sig.height * 30)
        x0, yc = r.x1 + s.dx, r.y0 + r.height / 2 + s.dy
        local = s.when
        if platform == "docusign":
            w = min(w, 110.0)
            page.draw_rect(pymupdf.Rect(x0 - 2, yc - 19, x0 + w + 8, yc + 17), color=(0.15, 0.3, 0.65), width=0.6)
            text_at(page, x0 + 1, yc - 12, "DocuSigned by:", 6, "#1f3f8f", tag="s")
            page.insert_image(pymupdf.Rect(x0 + 3, yc - 11, x0 + 3 + w, yc + 9), stream=png(sig))
            text_at(page, x0 + 1, yc + 14.5, hx("dsig", seed, s.person.email, n=15) + "...", 5.5, "#444444", tag="s")
            if s.date_anchor:
                j, dr = _find(doc, s.date_anchor, s.occurrence)
                text_at(doc[j], dr.x1 + 6, dr.y1 - 2, f"{local.month}/{local.day}/{local.year}", 9, "#111111", tag="s")
        elif platform == "acrobat":
            page.insert_image(pymupdf.Rect(x0, yc - 20, x0 + w, yc + 6), stream=png(sig))
            stamp = (
                f"{s.person.name} ({month(local.date())[:3]} {local.day}, {local.year} {local:%H:%M} GMT{_gmt(local)})"
            )
            text_at(page, x0, yc + 14, stamp, 6.5, "#1a1a7a", tag="s")
            if s.date_anchor:
                j, dr = _find(doc, s.date_anchor, s.occurrence)
                text_at(
                    doc[j],
                    dr.x1 + 6,
                    dr.y1 - 2,
                    f"{month(local.date())[:3]} {local.day}, {local.year}",
                    9,
                    "#1a1a7a",
                    tag="s",
                )
        else:  # dropbox
            page.insert_image(pymupdf.Rect(x0, yc - 18, x0 + w, yc + 8), stream=png(sig))
            if s.date_anchor:
                j, dr = _find(doc, s.date_anchor, s.occurrence)
                text_at(
                    doc[j],
                    dr.x1 + 6,
                    dr.y1 - 2,
                    f"{local.month:02d} / {local.day:02d} / {local.year}",
                    9,
                    "#111111",
                    tag="s",
                )
    for page in doc:
        if platform == "docusign":
            text_at(page, 18, 14, f"Docusign Envelope ID: {env}", 7, "#222222", tag="s")
        elif platform == "dropbox":
            text_at(
                page,
                18,
                page.rect.height - 10,
                f"Dropbox Sign Document ID: {hx('dbx', seed, n=40).lower()}",
                6.5,
                "#444444",
                tag="s",
            )
    parts = [finish(doc, meta, seed + "/body")]
    if certificate:
        parts.append(
            _certificate(platform, env, signers, sender, sender_org, subject, sent, doc.page_count, meta, seed)
        )
    return merge_pdfs(parts, meta, seed)


def _gmt(moment: dt.datetime) -> str:
    off = (moment.utcoffset() or dt.timedelta()).total_seconds() / 3600
    if off == 0:
        return ""
    return f"{'+' if off > 0 else '-'}{abs(off):g}"


def _certificate(
    platform: str,
    env: str,
    signers: Sequence[Signer],
    sender: Person,
    sender_org: Org,
    subject: str,
    sent: dt.datetime,
    pages: int,
    meta: Meta,
    seed: str,
) -> bytes:
    def stamp(m: dt.datetime) -> str:
        u = m.astimezone(UTC)
        return f"{u.month}/{u.day}/{u.year} | {u.hour % 12 or 12}:{u.minute:02d}:{u.second:02d} {'AM' if u.hour < 12 else 'PM'}"

    last = max(s.when for s in signers)
    if platform == "docusign":
        rows = "".join(
            f"<tr><td>{escape(s.person.name)}<br>{escape(s.person.email)}<br>{escape(s.person.title)}<br>{escape(s.org.name)}<br>"
            "Security Level: Email, Account Authentication (None)</td>"
            f"<td>Signature Adoption: Drawn on Device<br>Using IP Address: {s.ip}</td>"
            f"<td>Sent: {stamp(sent)}<br>Viewed: {stamp(s.when - dt.timedelta(minutes=7))}<br>Signed: {stamp(s.when)}</td></tr>"
            for s in signers
        )
        html = (
            "<h1 style='color:#222'>Certificate Of Completion</h1>"
            + kv(
                [
                    ("Envelope Id", env),
                    ("Subject", escape(subject)),
                    ("Source Envelope", ""),
                    ("Document Pages", str(pages)),
                    ("Signatures", str(len(signers))),
                    ("Certificate Pages", "1"),
                    ("Initials", "0"),
                    ("AutoNav", "Enabled"),
                    ("EnvelopeId Stamping", "Enabled"),
                    ("Time Zone", "(UTC) Coordinated Universal Time"),
                    (
                        "Envelope Originator",
                        f"{escape(sender.name)}<br>{escape(sender_org.name)}<br>{escape(sender.email)}",
                    ),
                    ("Status", "Completed"),
                ]
            )
            + "<h3>Record Tracking</h3>"
            + grid(
                ["Status: Original", "Holder", "Location"],
                [[stamp(sent), f"{escape(sender.name)}<br>{escape(sender.email)}", "DocuSign"]],
            )
            + "<h3>Signer Events</h3>"
            + f"<table><tr><th>Signer</th><th>Signature</th><th>Timestamp</th></tr>{rows}</table>"
            + "<h3>Envelope Summary Events</h3>"
            + grid(
                ["Event", "Status", "Timestamps"],
                [
                    ["Envelope Sent", "Hashed/Encrypted", stamp(sent)],
                    ["Certified Delivered", "Security Checked", stamp(signers[0].when - dt.timedelta(minutes=7))],
                    ["Signing Complete", "Security Checked", stamp(last)],
                    ["Completed", "Security Checked", stamp(last)],
                ],
            )
            + "<p class='small'>Electronic Record and Signature Disclosure: accepted by each signer before signing.</p>"
        )
    elif platform == "acrobat":
        tid = "CBJCHBCAABAA" + hx("acro", seed, n=32).replace("0", "x")
        events = [
            f"<p><b>Document created by</b> {escape(sender.name)} ({escape(sender.email)})<br>{_acro(sent - dt.timedelta(minutes=3))} - IP address: 198.51.100.7</p>"
        ]
        for s in signers:
            events += [
                f"<p><b>Document emailed to</b> {escape(s.person.email)} for signature<br>{_acro(sent)}</p>",
                f"<p><b>Email viewed by</b> {escape(s.person.email)}<br>{_acro(s.when - dt.timedelta(minutes=12))} - IP address: {s.ip}</p>",
                f"<p><b>Signer {escape(s.person.email)} entered name at signing as</b> {escape(s.person.name)}<br>{_acro(s.when)} - IP address: {s.ip}</p>",
                f"<p><b>Document e-signed by</b> {escape(s.person.name)} ({escape(s.person.email)})<br>Signature Date: {_acro(s.when)} - Time Source: server - IP address: {s.ip}</p>",
            ]
        events.append(f"<p><b>Agreement completed.</b><br>{_acro(last)}</p>")
        html = (
            f"<p class='small'>Adobe Acrobat Sign</p><h1 style='color:#b30b00'>{escape(subject)}</h1><p>Final Audit Report &nbsp;&nbsp; {last.astimezone(UTC):%Y-%m-%d}</p>"
            + kv(
                [
                    ("Created:", f"{sent.astimezone(UTC):%Y-%m-%d}"),
                    ("By:", f"{escape(sender.name)} ({escape(sender.email)})"),
                    ("Status:", "Signed"),
                    ("Transaction ID:", tid),
                ]
            )
            + f'<h3>"{escape(subject)}" History</h3>'
            + "".join(events)
        )
    else:
        did = hx("dbx", seed, n=40).lower()
        rows = [
            [
                f"{sent.astimezone(UTC):%m / %d / %Y}<br>{sent.astimezone(UTC):%H:%M:%S} UTC",
                "SENT",
                f"Sent for signature to {', '.join(escape(s.person.name) + ' (' + escape(s.person.email) + ')' for s in signers)} from {escape(sender.email)}<br>IP: 198.51.100.33",
            ]
        ]
        for s in signers:
            rows.append(
                [
                    f"{(s.when - dt.timedelta(minutes=9)).astimezone(UTC):%m / %d / %Y}<br>{(s.when - dt.timedelta(minutes=9)).astimezone(UTC):%H:%M:%S} UTC",
                    "VIEWED",
                    f"Viewed by {escape(s.person.name)} ({escape(s.person.email)})<br>IP: {s.ip}",
                ]
            )
            rows.append(
                [
                    f"{s.when.astimezone(UTC):%m / %d / %Y}<br>{s.when.astimezone(UTC):%H:%M:%S} UTC",
                    "SIGNED",
                    f"Signed by {escape(s.person.name)} ({escape(s.person.email)})<br>IP: {s.ip}",
                ]
            )
        rows.append(
            [
                f"{last.astimezone(UTC):%m / %d / %Y}<br>{last.astimezone(UTC):%H:%M:%S} UTC",
                "COMPLETED",
                "The document has been completed.",
            ]
        )
        html = (
            "<h1 style='color:#0061fe'>Audit trail</h1>"
            + kv(
                [
                    ("Title", escape(subject)),
                    ("File name", escape(meta.title) + ".pdf"),
                    ("Document ID", did),
                    ("Audit trail date format", "MM / DD / YYYY"),
                    ("Status", "&#9679; Signed"),
                ]
            )
            + grid(None, rows)
        )
    return html_pdf(
        html,
        Meta(meta.title, "signing platform", last, "e-signature service", "e-signature service"),
        seed + "/cert",
        style=css("#333333", size=9),
    )


def _acro(m: dt.datetime) -> str:
    u = m.astimezone(UTC)
    return f"{u:%Y-%m-%d} - {u.hour % 12 or 12}:{u.minute:02d}:{u.second:02d} {'AM' if u.hour < 12 else 'PM'} GMT"


# ==============================================================================================
# invoices and public-sector disclosures
# ==============================================================================================
def invoice_pdf(
    partner: Org,
    number: str,
    day: dt.date,
    claim_id: str,
    engagement_name: str,
    amount: float,
    *,
    currency: str = "USD",
    seed: str,
    style: int = 0,
    customer_line: str = "",
    bill_to: str = "Microsoft Corporation<br>One Microsoft Way<br>Redmond, WA 98052<br>United States",
    vat_note: str = "",
    logo: bytes | None = None,
) -> bytes:
    amt = f"{amount:,.2f}"
    if style == 0:
        html = (
            f"<table style='border:none'><tr><td style='border:none'><h1>INVOICE</h1><p>{escape(partner.name)}<br>{escape(partner.address)}<br>{escape(partner.city)}</p></td>"
            f"<td style='border:none' class='right'><p><b>Invoice no.</b> {number}<br><b>Date</b> {day.isoformat()}<br><b>Due</b> Net 30</p></td></tr></table>"
            f"<h3>Bill to</h3><p>{bill_to}</p>"
            + grid(
                ["Description", "Qty", f"Amount ({currency})"],
                [
                    [
                        f"MCI Engagement Claim ID {claim_id}<br>{escape(engagement_name)}"
                        + (f"<br>Customer: {escape(customer_line)}" if customer_line else ""),
                        "1",
                        amt,
                    ],
                    ["", "Subtotal (pre-tax)", amt],
                    ["", "Tax", "0.00"],
                    ["", f"<b>Total {currency}</b>", f"<b>{amt}</b>"],
                ],
                [64, 16, 20],
            )
            + f"<p class='small'>{vat_note}</p>"
            + "<p class='small'>Payment by wire transfer to the account registered in the Partner Center payment profile.</p>"
        )
    else:
        html = (
            f"<h1 style='text-align:right'>Tax Invoice</h1><p><b>{escape(partner.name)}</b><br>{escape(partner.address)}, {escape(partner.city)}<br>accounts@{partner.domain}</p>"
            + kv(
                [
                    ("Invoice number", number),
                    ("Invoice date", long_gb(day)),
                    ("Customer", bill_to.replace("<br>", ", ")),
                    ("Reference", f"Claim {claim_id}"),
                ]
            )
            + grid(
                ["#", "Item", "Unit price", "Line total"],
                [
                    [
                        "1",
                        f"{escape(engagement_name)} – incentive fee (MCI claim {claim_id})"
                        + (f", {escape(customer_line)}" if customer_line else ""),
                        f"{currency} {amt}",
                        f"{currency} {amt}",
                    ]
                ],
                [6, 58, 18, 18],
            )
            + f"<p class='right'><b>Amount due (pre-tax): {currency} {amt}</b></p><p class='small'>{vat_note}</p>"
        )
    meta = Meta(f"Invoice {number}", partner.short, T(day.year, day.month, day.day, 9), "Xero", "Xero")
    decor = band_decor(partner, f"Invoice {number}", partner.name, logo, confidential=False) if logo else None
    return html_pdf(html, meta, seed, style=css(partner.color, size=9.5), decor=decor)


PSD_TEXT = (
    'In accordance with the terms of the Microsoft Commerce Incentives program, {partner} ("Partner") hereby discloses to '
    '{customer} ("Customer") that Partner may receive fees, commissions or other compensation from Microsoft Corporation or its '
    "affiliates in connection with the Microsoft products and services being procured by, or the services being delivered to, Customer. "
    "The compensation is paid by Microsoft to Partner and does not change the price Customer pays. Customer may request further "
    "information on the nature and amount of such compensation from Partner at any time."
)
PSD_ACK = (
    "By signing below, Customer acknowledges in writing that it has received and read this disclosure of the potential fees, "
    "commissions or compensation that Partner may receive from Microsoft."
)


def psd_html(partner: Org, customer: Org, workloads: str, day: dt.date) -> str:
    return (
        "<h1>Public Sector Disclosure</h1><p class='muted'>Disclosure of potential partner fees, commissions or compensation</p>"
        + kv(
            [
                ("Partner", escape(partner.name)),
                ("Customer", escape(customer.name)),
                ("Products / services", escape(workloads)),
                ("Date of disclosure", long_us(day)),
            ]
        )
        + paras(escape(PSD_TEXT.format(partner=partner.name, customer=customer.name)), escape(PSD_ACK))
        + "<h3>Customer acknowledgement</h3>"
        + "<table><tr><td class='k'>Name</td><td>__NAME__</td></tr><tr><td class='k'>Title</td><td>__TITLE__</td></tr>"
        "<tr><td class='k'>Signature</td><td class='sig'>&nbsp;</td></tr><tr><td class='k'>Date</td><td>&nbsp;</td></tr></table>"
    )


# ==============================================================================================
# claims, expectations, bundles
# ==============================================================================================
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


def engagement(eid: str, name: str, activity: str, payout: str, usd: float | None = None) -> dict[str, Any]:
    return {"id": eid, "name": name, "activity_type": activity, "payout_type": payout, "proposed_payout_usd": usd}


def make_claim(
    cid: str,
    *,
    area: str,
    submitted: dt.datetime,
    partner: Org,
    pc: Person,
    customer: Org,
    cc: Person,
    workloads: Sequence[str | tuple[str, str]],
    docs: Sequence[tuple[str, str]],
    program: str = "cpor",
    kind: str | None = "usage",
    eng: dict[str, Any] | None = None,
    transaction: dt.date | None = None,
    consent: dt.date | None = None,
    segment: str = "commercial",
    comments: Sequence[tuple[str, dt.datetime, str]] = (),
    status: str = "submitted",
    opt_out: bool = False,
    customer_name: str | None = None,
) -> dict[str, Any]:
    wl = []
    for w in workloads:
        if isinstance(w, tuple):
            wl.append({"name": w[0], "subscription_id": w[1]})
        else:
            wl.append({"name": w, "subscription_id": None})
    history = []
    if program == "partner_activities" and consent is not None:
        history.append(
            {
                "action": "customer_consent_received",
                "at": iso(T(consent.year, consent.month, consent.day, 15, 12)),
                "by": cc.email,
            }
        )
    history.append({"action": "submission", "at": iso(submitted), "by": pc.email})
    return {
        "format": "poe-claim-bundle/1",
        "claim_id": cid,
        "program": program,
        "claim_kind": kind if program == "cpor" else None,
        "solution_area": area,
        "status": status,
        "submitted_at": submitted.isoformat(),
        "incentive_opt_out": opt_out,
        "partner": {
            "name": partner.name,
            "location_id": partner.location_id,
            "country": partner.country,
            "domains": [partner.domain],
            "contact": {"name": pc.name, "email": pc.email},
        },
        "customer": {
            "name": customer_name or customer.name,
            "domain": customer.domain,
            "tenant_id": customer.tenant,
            "country": customer.country,
            "segment": segment,
            "contact": {"name": cc.name, "email": cc.email, "title": cc.title},
        },
        "workloads": wl,
        "engagement": eng if program == "partner_activities" else None,
        "transaction_date": transaction.isoformat() if transaction else None,
        "consent_date": consent.isoformat() if consent else None,
        "documents": [{"path": p, "role": r} for p, r in docs],
        "comments": [{"author": a, "at": iso(at), "text": t} for a, at, t in comments],
        "history": history,
    }


def checks_for(c: dict[str, Any], **over: Any) -> dict[str, Any]:
    """The expectations of a clean claim of this kind, then the scenario's overrides."""
    pa = c["program"] == "partner_activities"
    kind = c["claim_kind"]
    public = c["customer"]["segment"] == "public_sector"
    out: dict[str, Any] = {
        "required_documents": "pass",
        "customer_acknowledgement": ["pass", "not_applicable"] if pa else "pass",
        "partner_customer_names": "pass",
        "activity_detail": "pass",
        "workload_match": "pass",
        "acknowledgement_date": "pass" if kind in {"usage", "pre_sales"} else ["pass", "not_applicable"],
        "customer_domain": ["pass", "not_applicable"],
        "ineligible_customer": "pass",
        "public_sector": "pass" if public else ["not_applicable", "pass"],
        "unacceptable_documents": "pass",
        "document_language": "pass",
        "invoice": "pass" if pa else "not_applicable",
        "attestations": "pass" if pa else "not_applicable",
        "reused_evidence": "pass",
        "submission_window": "pass" if pa else "not_applicable",
    }
    out.update(over)
    return out


def bundle(
    cid: str,
    slug: str,
    claim: dict[str, Any],
    files: dict[str, bytes],
    decision: str,
    why: str,
    shows: str,
    container: str = "dir",
    **over: Any,
) -> Bundle:
    return Bundle(f"{cid}_{slug}", claim, files, decision, why, shows, checks_for(claim, **over), container)


# ==============================================================================================
# partners and their people
# ==============================================================================================
LAKESHORE = Org(
    "Lakeshore Cloud Partners LLC",
    "Lakeshore Cloud",
    "lakeshorecloud.com",
    "US",
    "Chicago, IL 60606",
    "222 W Adams St, Suite 1450",
    "#0b5394",
    "5812204",
    "wave",
    "Microsoft Solutions Partner",
)
BRIGHTWAVE = Org(
    "Brightwave Consulting Ltd",
    "Brightwave",
    "brightwave.co.uk",
    "GB",
    "Leeds LS1 4DY",
    "3 Wellington Place",
    "#6a1b9a",
    "5733019",
    "circle",
)
NORDLICHT = Org(
    "Nordlicht IT-Services GmbH",
    "Nordlicht IT",
    "nordlicht-it.de",
    "DE",
    "20457 Hamburg",
    "Am Sandtorkai 41",
    "#00695c",
    "5690472",
    "square",
)
SOLVIA = Org(
    "Solvia Digital S.L.",
    "Solvia Digital",
    "solviadigital.es",
    "ES",
    "46023 Valencia",
    "Av. de Aragón 30, planta 9",
    "#c2185b",
    "5901338",
    "circle",
)
ATELIER = Org(
    "Atelier Numérique SAS",
    "Atelier Numérique",
    "ateliernumerique.fr",
    "FR",
    "69002 Lyon",
    "12 quai Saint-Antoine",
    "#283593",
    "5677105",
    "triangle",
)
KAVERI = Org(
    "Kaveri Infotech Private Limited",
    "Kaveri Infotech",
    "kaveriinfotech.in",
    "IN",
    "Bengaluru 560103",
    "Prestige Tech Park, Outer Ring Road",
    "#e65100",
    "5944810",
    "wave",
)
INTEGRA = Org(
    "Integra Nuvem Tecnologia Ltda.",
    "Integra Nuvem",
    "integranuvem.com.br",
    "BR",
    "São Paulo - SP, 04538-133",
    "Av. Brigadeiro Faria Lima, 3477",
    "#2e7d32",
    "5820916",
    "circle",
)
HARBOURLINE = Org(
    "Harbourline Technology Pty Ltd",
    "Harbourline",
    "harbourline.com.au",
    "AU",
    "Sydney NSW 2000",
    "Level 12, 60 Margaret Street",
    "#01579b",
    "5761183",
    "wave",
)
POLARIS = Org(
    "Polaris Systemy Sp. z o.o.",
    "Polaris Systemy",
    "polaris-systemy.pl",
    "PL",
    "00-844 Warszawa",
    "ul. Grzybowska 62",
    "#37474f",
    "5855240",
    "triangle",
)
DUNES = Org(
    "Dunes Digital FZ-LLC",
    "Dunes Digital",
    "dunesdigital.ae",
    "AE",
    "Dubai Internet City, Dubai",
    "Building 12, Office 304",
    "#bf8f00",
    "5790361",
    "square",
)
VANTAGE = Org(
    "Vantage Secure Operations Inc.",
    "Vantage SecOps",
    "vantagesecops.ca",
    "CA",
    "Calgary, AB T2P 1J9",
    "500 Centre St SE, Suite 800",
    "#b71c1c",
    "5832077",
    "square",
    "24/7 Managed Detection & Response",
)
MERCATOR = Org(
    "Mercator Business Solutions B.V.",
    "Mercator BS",
    "mercatorbs.nl",
    "NL",
    "3011 AD Rotterdam",
    "Blaak 16",
    "#004d40",
    "5718844",
    "circle",
)
ANDES = Org(
    "Andes Cloud S.A.S.",
    "Andes Cloud",
    "andescloud.co",
    "CO",
    "Medellín, Antioquia",
    "Carrera 43A # 1-50, Torre 2",
    "#1565c0",
    "5873322",
    "triangle",
)
FJORDBYTE = Org(
    "Fjordbyte AS", "Fjordbyte", "fjordbyte.no", "NO", "5003 Bergen", "Strandkaien 2", "#0d47a1", "5740095", "wave"
)
LUMEN = Org(
    "Lumen Data Italia S.r.l.",
    "Lumen Data",
    "lumendata.it",
    "IT",
    "20124 Milano",
    "Via Vittor Pisani 20",
    "#f57f17",
    "5806631",
    "circle",
)
CRESCENT = Org(
    "Crescent Tech Solutions Pte. Ltd.",
    "Crescent Tech",
    "crescenttech.com.sg",
    "SG",
    "Singapore 068811",
    "8 Marina View, #21-04",
    "#4a148c",
    "5764417",
    "triangle",
)
KESTREL = Org(
    "Kestrel Cyber Defence Limited",
    "Kestrel Cyber",
    "kestrelcyber.ie",
    "IE",
    "Dublin 2, D02 X285",
    "70 Sir John Rogerson's Quay",
    "#263238",
    "5799850",
    "triangle",
    "Security Operations Centre",
)
REDWOOD = Org(
    "Redwood Public Sector Solutions LLC",
    "Redwood PSS",
    "redwoodpss.com",
    "US",
    "Sacramento, CA 95814",
    "1201 K Street, Suite 900",
    "#1b5e20",
    "5826640",
    "triangle",
)
TSHWANE = Org(
    "Tshwane Cloud Works (Pty) Ltd",
    "Tshwane Cloud",
    "tshwanecloud.co.za",
    "ZA",
    "Pretoria, 0081",
    "Menlyn Maine, 200 Amarand Ave",
    "#006064",
    "5887012",
    "circle",
)
SUMMIT = Org(
    "Summit Ridge Technology Group, Inc.",
    "Summit Ridge",
    "summitridgetech.com",
    "US",
    "Denver, CO 80202",
    "1700 Lincoln St, Floor 24",
    "#3e2723",
    "5815590",
    "triangle",
)
SAKURA = Org(
    "Sakura Cloud Integration K.K.",
    "Sakura Cloud",
    "sakuracloud-int.jp",
    "JP",
    "Tokyo 105-0001",
    "Toranomon Hills Business Tower 15F",
    "#ad1457",
    "5869903",
    "circle",
)
ISLA = Org(
    "Isla Cloud Services LLC",
    "Isla Cloud",
    "islacloud.pr",
    "PR",
    "San Juan, PR 00918",
    "268 Ave. Ponce de León, Suite 1100",
    "#00838f",
    "5847716",
    "wave",
)


def pp(org: Org, first: str, last: str, title: str, alias: str | None = None) -> Person:
    mail = alias or f"{first.lower()}.{last.lower()}"
    return Person(f"{first} {last}", f"{_ascii(mail)}@{org.domain}", title)


def _ascii(text: str) -> str:
    table = str.maketrans("áàâäãåçéèêëíìîïñóòôöõøúùûüýłśżźćńęąÁÉÍÓÚÑŁ", "aaaaaaceeeeiiiinoooooouuuuylszzcneaAEIOUNL")
    return text.translate(table).replace(" ", "").replace("'", "")


def footer_of(p: Person, org: Org, phone: str, extra: str = "") -> str:
    """A partner's e-mail signature and legal footer (shared boilerplate across all its mails)."""
    out = f"{p.name}\n{p.title} | {org.short}\n{phone}\n{org.address}, {org.city}\nwww.{org.domain}"
    legal = (
        f"\n\n{org.name} is a Microsoft Solutions Partner. This e-mail and any attachments are confidential and may be "
        "privileged. If you are not the intended recipient, please notify the sender and delete it. Please consider the "
        "environment before printing."
    )
    return out + (("\n" + extra) if extra else "") + legal


def logo(org: Org) -> bytes:
    return logo_png(org)


def letter_meta(title: str, author: str, when: dt.datetime, app: str = "word") -> Meta:
    if app == "word":
        return Meta(title, author, when)
    if app == "ppt":
        return Meta(
            title, author, when, "Microsoft® PowerPoint® for Microsoft 365", "Microsoft® PowerPoint® for Microsoft 365"
        )
    if app == "pbi":
        return Meta(title, author, when, "Power BI", "Microsoft: Print To PDF")
    if app == "chrome":
        return Meta(title, "", when, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0", "Skia/PDF m131")
    if app == "scan":
        return Meta(title, "", when, "RICOH IM C3000", "RICOH IM C3000")
    if app == "scan2":
        return Meta(title, "", when, "Canon iR-ADV C5840", "Adobe PSL 1.3e for Canon")
    if app == "scan3":
        return Meta(title, "", when, "Microsoft Lens", "Microsoft Lens")
    return Meta(title, author, when, "LibreOffice Writer", "LibreOffice 7.6")


def sign_rows(rows: Sequence[tuple[str, str, str]], *, label_sig: str = "Signature:", label_date: str = "Date:") -> str:
    """An acceptance table: (party, name, title) per row, with blank signature and date lines to be inked."""
    body = ""
    for party, name, title in rows:
        body += (
            f"<tr><td style='width:22%'><b>{escape(party)}</b></td><td style='width:30%'>Name: {escape(name)}<br>Title: {escape(title)}</td>"
            f"<td style='width:30%' class='sig'>{label_sig}</td><td style='width:18%'>{label_date}</td></tr>"
        )
    return "<table>" + body + "</table>"


# ==============================================================================================
# the Lakeshore closure-report template (boilerplate shared by three claims)
# ==============================================================================================
LAKESHORE_METHOD = [
    "Lakeshore delivers every Microsoft 365 project with its <i>Launch-Land-Lift</i> method: a discovery and design phase, "
    "a pilot with a representative user group, a phased production rollout and a hypercare period of four weeks.",
    "Every phase closes with a quality gate reviewed by the Lakeshore engagement lead and the customer's project owner. "
    "Risks and issues are tracked in the shared project RAID log; changes to scope follow the change-request procedure of the SOW.",
]


def lakeshore_closure(
    customer: Org,
    *,
    project: str,
    ref: str,
    start: dt.date,
    end: dt.date,
    summary: str,
    scope_rows: Sequence[Sequence[str]],
    milestones: Sequence[Sequence[str]],
    numbers: Sequence[tuple[str, str]],
    signatory: Person,
    lead: Person,
    extra: str = "",
) -> str:
    return (
        f"<h1>Project Closure Report</h1><p class='muted'>{escape(project)} &nbsp;|&nbsp; {escape(customer.name)} &nbsp;|&nbsp; Ref. {ref}</p>"
        + kv(
            [
                ("Customer", escape(customer.name)),
                ("Delivery partner", escape(LAKESHORE.name)),
                ("Project period", f"{long_us(start)} – {long_us(end)}"),
                ("Engagement lead", f"{escape(lead.name)}, {escape(lead.title)}"),
                ("Customer project owner", f"{escape(signatory.name)}, {escape(signatory.title)}"),
            ]
        )
        + "<h2>1. Executive summary</h2>"
        + paras(summary)
        + "<h2>2. Delivery approach</h2>"
        + paras(*LAKESHORE_METHOD)
        + "<h2>3. Scope delivered</h2>"
        + grid(["Workload", "Work performed", "Status"], scope_rows, [22, 62, 16])
        + "<h2>4. Milestones</h2>"
        + grid(["Milestone", "Planned", "Actual"], milestones, [50, 25, 25])
        + "<h2>5. Key figures</h2>"
        + kv(numbers)
        + extra
        + "<h2>6. Acceptance</h2>"
        + paras(
            f"By signing below, {escape(customer.name)} confirms that the work described in this report has been delivered by "
            f"{escape(LAKESHORE.name)} and accepts the project as complete."
        )
        + sign_rows([(customer.short, signatory.name, signatory.title), ("Lakeshore Cloud", lead.name, lead.title)])
    )


def lakeshore_pdf(html: str, customer: Org, ref: str, when: dt.datetime, seed: str, author: str) -> bytes:
    decor = band_decor(
        LAKESHORE,
        f"Project Closure Report – {customer.short}",
        f"{LAKESHORE.name} · {LAKESHORE.address}, {LAKESHORE.city} · {ref}",
        logo(LAKESHORE),
    )
    return html_pdf(
        html,
        letter_meta(f"Project Closure Report - {customer.short}", author, when),
        seed,
        style=css(LAKESHORE.color),
        decor=decor,
    )


# ==============================================================================================
# shared scenario helpers
# ==============================================================================================
def report_pdf(
    org: Org, title: str, html: str, when: dt.datetime, seed: str, author: str, *, app: str = "word", size: float = 9.5
) -> bytes:
    decor = band_decor(org, title, f"{org.name} · {org.address}, {org.city} · www.{org.domain}", logo(org))
    return html_pdf(html, letter_meta(title, author, when, app), seed, style=css(org.color, size=size), decor=decor)


def sig_inks(
    name: str,
    day: str,
    *,
    occurrence: int = 0,
    page: int = -1,
    color: tuple[int, int, int] = INK_BLUE,
    sig_dx: float = 4,
    date_dx: float = 4,
) -> list[Ink]:
    return [
        Ink("Signature:", "sig", name, sig_dx, -2, 30, page, color, occurrence),
        Ink("Date:", "date", day, date_dx, 0, 15, page, color, occurrence),
    ]


def thread_docs(m: Mail, fmt: str, owner: Person, seed: str, name: str) -> tuple[str, bytes]:
    if fmt == "eml":
        return f"{name}.eml", eml(m)
    if fmt == "msg":
        return f"{name}.msg", msg_file(m)
    meta = letter_meta(m.subject, owner.name, m.when + dt.timedelta(hours=2), "chrome" if fmt == "owa" else "word")
    if fmt == "pdf":
        meta = Meta(
            m.subject, owner.name, m.when + dt.timedelta(hours=1), "Microsoft Outlook", "Microsoft: Print To PDF"
        )
    return f"{name}.pdf", printed_mail_pdf(m, owner, meta, seed, browser=fmt == "owa")


# ==============================================================================================
# 4801001-4801003  Lakeshore's closure-report template on three customers (boilerplate, all clean)
# ==============================================================================================
CASCADE = Org(
    "Cascade Outdoor Gear, Inc.",
    "Cascade Outdoor",
    "cascadeoutdoor.com",
    "US",
    "Portland, OR 97209",
    "1400 NW Irving St",
    "#2f5d50",
)
PINECREST = Org(
    "Pinecrest Federal Credit Union", "Pinecrest FCU", "pinecrestfcu.org", "US", "Madison, WI 53703", "25 W Main St"
)
HARLOW = Org(
    "Harlow & Finch LLP", "Harlow & Finch", "harlowfinch.com", "US", "Milwaukee, WI 53202", "411 E Wisconsin Ave"
)
LS_LEAD = pp(LAKESHORE, "Dana", "Whitaker", "Engagement Lead, Modern Work")
LS_PM = pp(LAKESHORE, "Marcus", "Bell", "Project Manager")
LS_FOOT = footer_of(LS_PM, LAKESHORE, "+1 312 555 0148")


def s4801001() -> Bundle:
    cid = "4801001"
    cust = CASCADE
    sig = Person("Rebecca Lindqvist", "rlindqvist@cascadeoutdoor.com", "Director of IT Operations")
    html = lakeshore_closure(
        cust,
        project="Modern Endpoint & Threat Protection",
        ref="LCP-2026-0117",
        start=D(2026, 1, 12),
        end=D(2026, 4, 24),
        summary=(
            "Cascade Outdoor Gear engaged Lakeshore to retire its on-premises Configuration Manager estate for retail and head-office "
            "devices and to replace its legacy antivirus with Microsoft Defender for Endpoint. The project enrolled 1,184 Windows 11 "
            "devices (612 store POS back-office PCs, 572 corporate laptops) into Microsoft Intune with Autopilot, and onboarded all of "
            "them plus 46 servers to Defender for Endpoint in block mode."
        ),
        scope_rows=[
            [
                "Microsoft Intune",
                "Autopilot profiles for 3 device personas; compliance policies (BitLocker, OS build, Defender health); "
                "configuration profiles replacing 41 GPOs; Windows Update for Business rings (pilot/broad/stores); app packaging of 27 "
                "Win32 apps; co-management workload switch and ConfigMgr client removal.",
                "Complete",
            ],
            [
                "Microsoft Defender for Endpoint",
                "Onboarding via Intune for clients and via Defender for Cloud for 46 servers; ASR rules "
                "in audit then block (12 rules); tamper protection; device groups per region; EDR in block mode; legacy AV removal; "
                "SOC playbook for high-severity alerts handed over to Cascade IT.",
                "Complete",
            ],
        ],
        milestones=[
            ["Design sign-off", "Jan 30, 2026", "Jan 29, 2026"],
            ["Pilot (85 devices) complete", "Feb 20, 2026", "Feb 24, 2026"],
            ["Stores wave 1–3", "Mar 27, 2026", "Mar 31, 2026"],
            ["Head office & servers", "Apr 17, 2026", "Apr 17, 2026"],
            ["Hypercare end", "Apr 24, 2026", "Apr 24, 2026"],
        ],
        numbers=[
            ("Devices enrolled in Intune", "1,184"),
            ("Devices onboarded to MDE", "1,230 (incl. 46 servers)"),
            ("ASR rules in block", "12"),
            ("Secure Score", "41% → 68%"),
        ],
        signatory=sig,
        lead=LS_LEAD,
    )
    body = lakeshore_pdf(html, cust, "LCP-2026-0117", T(2026, 4, 27, 16), cid + "body", LS_PM.name)
    signed = esign_pdf(
        body,
        platform="docusign",
        signers=[Signer(sig, cust, T(2026, 4, 29, 17, 42, zone=tz(-7)), "Signature:", "Date:", "198.51.100.61")],
        sender=LS_PM,
        sender_org=LAKESHORE,
        subject="Please DocuSign: Cascade Outdoor - Project Closure Report LCP-2026-0117",
        sent=T(2026, 4, 28, 15, 5),
        certificate=True,
        meta=letter_meta("Cascade Outdoor - Project Closure Report", LS_PM.name, T(2026, 4, 29, 18)),
        seed=cid,
    )
    docs = [("POE/Cascade_Outdoor_Project_Closure_Report_signed.pdf", "poe")]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 5, 12, 16, 20),
        partner=LAKESHORE,
        pc=LS_PM,
        customer=cust,
        cc=sig,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=docs,
        customer_name="Cascade Outdoor Gear Inc",
    )
    return bundle(
        cid,
        "lakeshore_cascade_closure_docusign",
        c,
        {docs[0][0]: signed},
        "approve",
        "Clean usage claim: Lakeshore's own closure report, DocuSigned by the customer 13 days before submission with a "
        "certificate of completion; Intune and MDE are both described with device counts and concrete work. The report "
        "template (method text, headings, logo) is shared with 4801002/4801003 and is boilerplate, not reuse.",
        "DocuSign certificate: signed Apr 29, 2026 by rlindqvist@cascadeoutdoor.com; scope table covers both workloads.",
        customer_domain=["pass", "not_applicable"],
    )


def s4801002() -> Bundle:
    cid = "4801002"
    cust = PINECREST
    ack_person = Person("Gloria Ruiz-Whalen", "gruiz-whalen@pinecrestfcu.org", "VP, Information Technology")
    html = lakeshore_closure(
        cust,
        project="Teams Phone & Exchange Online Migration",
        ref="LCP-2026-0154",
        start=D(2026, 2, 2),
        end=D(2026, 5, 29),
        summary=(
            "Pinecrest FCU moved its 14 branches and the member contact centre off an end-of-life Avaya IP Office and an on-premises "
            "Exchange 2016 DAG. Lakeshore migrated 388 mailboxes (31 shared, 12 resource) to Exchange Online with a hybrid "
            "cutover and ported 412 DIDs to Teams Phone with Operator Connect, including 6 auto attendants and 9 call queues for the "
            "member services team."
        ),
        scope_rows=[
            [
                "Exchange Online",
                "Hybrid configuration wizard, migration batches of 60–80 mailboxes outside branch hours, public folder "
                "migration (2.1 GB), DMARC p=quarantine, retention tags for NCUA record keeping, decommissioning of 2 DAG nodes.",
                "Complete",
            ],
            [
                "Teams Phone",
                "Operator Connect with the carrier, number porting in 3 waves, emergency addresses for 14 branches, "
                "auto attendants and call queues with business hours, Teams-certified desk phones (74) and headset rollout, "
                "call-recording policy for the contact centre.",
                "Complete",
            ],
        ],
        milestones=[
            ["Mailbox migration complete", "Mar 20, 2026", "Mar 19, 2026"],
            ["Port wave 1 (HQ + 4 branches)", "Apr 10, 2026", "Apr 14, 2026"],
            ["Port wave 3 (contact centre)", "May 15, 2026", "May 15, 2026"],
            ["Hypercare end", "May 29, 2026", "May 29, 2026"],
        ],
        numbers=[
            ("Mailboxes migrated", "388"),
            ("Numbers ported to Teams Phone", "412"),
            ("Call queues", "9"),
            ("Desk phones deployed", "74"),
        ],
        signatory=ack_person,
        lead=LS_LEAD,
    )
    report = lakeshore_pdf(html, cust, "LCP-2026-0154", T(2026, 6, 2, 11), cid + "body", LS_PM.name)
    first = Mail(
        LS_PM,
        (ack_person,),
        "Pinecrest FCU – Project Closure Report (Teams Phone & Exchange Online)",
        T(2026, 6, 2, 14, 10, zone=tz(-5)),
        "Hi Gloria,\n\nAttached is the closure report for the Teams Phone and Exchange Online project. It summarises the 388 mailboxes "
        "and 412 numbers we moved, the call queues for the member contact centre and the open items handed to your service desk.\n\n"
        "Could you reply to confirm that Pinecrest accepts the project as delivered? We also use this confirmation to register "
        "Lakeshore as your partner of record with Microsoft for Teams Phone and Exchange Online.\n\nThanks,",
        cc=(LS_LEAD,),
        attachments=(("Pinecrest_Project_Closure_Report_LCP-2026-0154.pdf", report),),
        footer=LS_FOOT,
    )
    reply = Mail(
        ack_person,
        (LS_PM,),
        "RE: Pinecrest FCU – Project Closure Report (Teams Phone & Exchange Online)",
        T(2026, 6, 4, 9, 37, zone=tz(-5)),
        "Marcus,\n\nConfirmed – Pinecrest accepts the Teams Phone and Exchange Online project as delivered per the attached report. "
        "Please pass our thanks to Dana and the team, the contact centre cutover was the smoothest change we have had in years.\n\n"
        "You're fine to register Lakeshore with Microsoft for both workloads.\n\nGloria",
        cc=(LS_LEAD,),
        quoted=(first,),
        footer="Gloria Ruiz-Whalen | VP, Information Technology\nPinecrest Federal Credit Union | 25 W Main St, Madison WI\nFederally insured by NCUA",
    )
    docs = [
        ("RE Pinecrest FCU - Project Closure Report.msg", "poe"),
        ("Pinecrest_Project_Closure_Report_LCP-2026-0154.pdf", "poe"),
    ]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 6, 15, 19, 2),
        partner=LAKESHORE,
        pc=LS_PM,
        customer=cust,
        cc=ack_person,
        workloads=["TEAMS PHONE ENABLED USERS", "EXCHANGE ONLINE"],
        docs=docs,
    )
    return bundle(
        cid,
        "lakeshore_pinecrest_closure_msg",
        c,
        {docs[0][0]: msg_file(reply), docs[1][0]: report},
        "approve",
        "Clean: the customer's VP IT replies from pinecrestfcu.org confirming acceptance of the attached closure report and naming "
        "both workloads; the report details mailboxes, ported numbers, queues. The closure-report template and Lakeshore's "
        "e-mail footer are shared with 4801001/4801003 (boilerplate).",
        "Reply of Jun 4, 2026 from gruiz-whalen@pinecrestfcu.org: 'Confirmed – Pinecrest accepts the Teams Phone and Exchange Online project'.",
        customer_domain="pass",
    )


def s4801003() -> Bundle:
    cid = "4801003"
    cust = HARLOW
    sig = Person("Patrick O'Donnell", "podonnell@harlowfinch.com", "Chief Operating Officer")
    html = lakeshore_closure(
        cust,
        project="Data Protection & Insider Risk Programme",
        ref="LCP-2026-0201",
        start=D(2026, 3, 2),
        end=D(2026, 6, 26),
        summary=(
            "Harlow & Finch, a 260-lawyer firm, needed to classify client matter documents and detect data exfiltration by departing "
            "fee earners. Lakeshore designed a five-label sensitivity taxonomy aligned to the firm's client confidentiality policy, "
            "auto-labelled 1.9 million documents across 3,400 matter sites in SharePoint and the iManage export, and deployed "
            "Insider Risk Management policies for departing users and data leaks with HR connector integration."
        ),
        scope_rows=[
            [
                "Microsoft Information Protection",
                "Label taxonomy (Public, Internal, Confidential, Client Confidential, Highly Restricted); "
                "label policies for 410 users; auto-labelling for 14 sensitive information types incl. custom matter numbers; "
                "DLP for Exchange/SharePoint/endpoints; training for 38 practice support staff.",
                "Complete",
            ],
            [
                "Insider Risk Manager",
                "HR connector with the firm's Workday leaver feed; 'Data theft by departing users' and 'General data "
                "leaks' policies; priority user group (partners, 64); analytics review with the General Counsel; case workflow and "
                "triage runbook.",
                "Complete",
            ],
        ],
        milestones=[
            ["Taxonomy approved", "Mar 20, 2026", "Mar 24, 2026"],
            ["Auto-labelling complete", "May 29, 2026", "Jun 5, 2026"],
            ["IRM policies live", "Jun 12, 2026", "Jun 12, 2026"],
        ],
        numbers=[
            ("Users in scope", "410"),
            ("Documents labelled", "1.9 million"),
            ("Matter sites", "3,400"),
            ("IRM priority users", "64"),
        ],
        signatory=sig,
        lead=LS_LEAD,
    )
    body = lakeshore_pdf(html, cust, "LCP-2026-0201", T(2026, 6, 29, 10), cid + "body", LS_PM.name)
    scan = scan_pdf(
        body,
        letter_meta("Scan", "", T(2026, 7, 2, 8, 14), "scan"),
        cid + "scan",
        dpi=150,
        inks=sig_inks(sig.name, "07/01/2026"),
        angles=(0.4, -0.6, 0.9),
    )
    docs = [("Harlow Finch - Closure Report (signed scan).pdf", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 7, 9, 21, 5),
        partner=LAKESHORE,
        pc=LS_PM,
        customer=cust,
        cc=sig,
        workloads=["MICROSOFT INFORMATION PROTECTION", "INSIDER RISK MANAGER"],
        docs=docs,
    )
    return bundle(
        cid,
        "lakeshore_harlow_closure_scan",
        c,
        {docs[0][0]: scan},
        "approve",
        "Clean: the same Lakeshore template as 4801001/4801002, printed, signed by hand by the customer's COO (07/01/2026, "
        "a US firm: July 1, 2026) and scanned at 150 dpi; both workloads are described in detail. Shared template text is "
        "boilerplate. The signed page is later copied into 4801057 (that copy is the reuse, not this original).",
        "Scanned page 3: handwritten signature of Patrick O'Donnell, dated 07/01/2026, in the Harlow & Finch acceptance row.",
    )


def generic_report(
    org: Org,
    title: str,
    customer: Org,
    *,
    ref: str,
    period: str,
    intro: str,
    rows: Sequence[Sequence[str]],
    facts: Sequence[tuple[str, str]] = (),
    signers: Sequence[tuple[str, str, str]] = (),
    accept: str = "",
    head: Sequence[str] = ("Workload", "Activities delivered", "Status"),
    extra: str = "",
) -> str:
    out = (
        f"<h1>{escape(title)}</h1><p class='muted'>{escape(customer.name)} &nbsp;|&nbsp; {escape(org.name)} &nbsp;|&nbsp; {ref}</p>"
        + kv([("Customer", escape(customer.name)), ("Partner", escape(org.name)), ("Period", period)])
        + "<h2>Summary</h2>"
        + paras(intro)
        + "<h2>Work delivered</h2>"
        + grid(list(head), rows)
    )
    if facts:
        out += "<h2>Key figures</h2>" + kv(facts)
    out += extra
    if signers:
        out += (
            "<h2>Acceptance</h2>"
            + paras(
                accept
                or f"{escape(customer.name)} confirms that the activities above were delivered by {escape(org.name)}."
            )
            + sign_rows(signers)
        )
    return out


# ---------------------------------------------------------------------------------------------- day-first trap (approve)
GREYWELL = Org(
    "Greywell Logistics Limited",
    "Greywell",
    "greywell.co.uk",
    "GB",
    "Northampton NN4 7PB",
    "Brackmills Industrial Estate",
)
BW_LEAD = pp(BRIGHTWAVE, "Imogen", "Hartley", "Principal Consultant")
BW_FOOT = footer_of(BW_LEAD, BRIGHTWAVE, "+44 113 496 0732")


def s4801004() -> Bundle:
    cid = "4801004"
    cust = GREYWELL
    sig = Person("Callum Reid", "callum.reid@greywell.co.uk", "Head of IT Infrastructure")

    def fill(d: Any) -> None:
        docx_heading(d, "Weekly Status Report – Week 44", 1, "6A1B9A")
        d.add_paragraph(f"Customer: {cust.name}    Partner: {BRIGHTWAVE.name}    Report date: 30/10/2025")
        d.add_paragraph("Project: Microsoft 365 Copilot and Teams Rooms rollout (depots and head office)")
        docx_table(
            d,
            [
                ["Workstream", "Progress this week", "RAG"],
                [
                    "Teams Rooms",
                    "19 of 22 rooms live (Northampton HQ, Daventry, Corby, Wellingborough); MTR Pro licences assigned; "
                    "front-row layout configured for 4 boardrooms; 3 remaining rooms at Corby depot blocked by cabling (due 13/11/2025).",
                    "Amber",
                ],
                [
                    "Microsoft 365 Copilot",
                    "Wave 2: 140 of 300 licences assigned to finance and planning; two prompt-a-thons held 28/10/2025 and "
                    "29/10/2025; SharePoint oversharing review of 62 sites completed with Purview DSPM.",
                    "Green",
                ],
            ],
            shade="6A1B9A",
        )
        d.add_paragraph(
            "Next week: Corby rooms, Copilot wave 3 (transport planners, 110 users), usage review with the exec sponsor."
        )

    status = docx_bytes(fill, author=BW_LEAD.name, created=T(2025, 10, 30, 17), title="Greywell status report wk44")
    html = generic_report(
        BRIGHTWAVE,
        "Service Acceptance Certificate",
        cust,
        ref="BW-GRY-SAC-02",
        period="15/09/2025 – 31/10/2025",
        intro="Brightwave deployed Microsoft Teams Rooms in 22 meeting rooms across 4 Greywell sites and rolled Microsoft 365 Copilot out to "
        "300 users in finance, planning and transport, with adoption coaching and a SharePoint oversharing review.",
        rows=[
            [
                "Teams Rooms",
                "22 rooms (MTR on Windows, 4 with front-row layout), device provisioning, room mailboxes, Pro Management portal, "
                "site survey and AV integration with the cabling contractor",
                "Accepted",
            ],
            [
                "Microsoft 365 Copilot",
                "300 users in 3 waves, prompt library for planners, champions network (18), DSPM oversharing review of "
                "62 sites, usage dashboard for the exec sponsor",
                "Accepted",
            ],
        ],
        facts=[
            ("Rooms live", "22"),
            ("Copilot users", "300"),
            ("Sites", "Northampton HQ, Daventry, Corby, Wellingborough"),
        ],
        signers=[("Greywell", sig.name, sig.title)],
        accept="Greywell Logistics accepts the services described above as delivered. (Dates in this certificate are DD/MM/YYYY.)",
    )
    body = report_pdf(BRIGHTWAVE, "Service Acceptance Certificate", html, T(2025, 11, 1, 9), cid + "sac", BW_LEAD.name)
    scan = scan_pdf(
        body,
        letter_meta("Scan_0311", "", T(2025, 11, 3, 15, 2), "scan2"),
        cid + "scan",
        dpi=200,
        inks=sig_inks(sig.name, "03/11/2025", color=INK_BLACK),
        angles=(0.0,),
        turns=(90,),
        quality=58,
    )
    docs = [("Greywell_Service_Acceptance_signed.pdf", "poe"), ("Greywell status report wk44.docx", "supporting")]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 10, 14, 11, 40, zone=tz(1)),
        partner=BRIGHTWAVE,
        pc=BW_LEAD,
        customer=cust,
        cc=sig,
        workloads=["TEAMS ROOMS", "MICROSOFT 365 COPILOT"],
        docs=docs,
        customer_name="Greywell Logistics Ltd",
    )
    return bundle(
        cid,
        "brightwave_greywell_dayfirst_scan",
        c,
        {docs[0][0]: scan, docs[1][0]: status},
        "approve",
        "Day-first date: the UK certificate states its dates are DD/MM/YYYY and is signed by hand '03/11/2025' = 3 November 2025, "
        "eleven months before the 14 Oct 2026 submission (read month-first it would wrongly look 19 months old). The scan is "
        "rotated 90 degrees at 200 dpi. Both workloads are detailed.",
        "Handwritten date 03/11/2025 (UK, 3 Nov 2025) on the rotated scanned certificate; submitted 2026-10-14.",
    )


# ---------------------------------------------------------------------------------------------- month-first trap (action required)
BLUEHERON = Org(
    "Blue Heron Dental Group, P.C.",
    "Blue Heron Dental",
    "blueherondental.com",
    "US",
    "Boise, ID 83702",
    "800 W Main St",
)
SR_PM = pp(SUMMIT, "Tyler", "Jorgensen", "Delivery Manager")


def s4801005() -> Bundle:
    cid = "4801005"
    cust = BLUEHERON
    sig = Person("Dr. Maya Castellanos", "mcastellanos@blueherondental.com", "Chief Operating Officer")
    html = generic_report(
        SUMMIT,
        "Statement of Completion",
        cust,
        ref="SRT-SOC-25-311",
        period="07/14/2025 – 09/05/2025",
        intro="Summit Ridge secured the 31 Blue Heron clinics' endpoints and e-mail ahead of the HIPAA risk assessment: 410 clinic PCs and "
        "95 laptops were onboarded to Microsoft Defender for Endpoint and phishing protection was rebuilt in Defender for Office 365.",
        rows=[
            [
                "Microsoft Defender for Endpoint",
                "Onboarding of 505 devices via Intune, ASR rules, web content filtering for clinic PCs, device "
                "isolation runbook for the practice managers' helpdesk",
                "Complete",
            ],
            [
                "Microsoft Defender for Office 365",
                "Safe Links/Safe Attachments policies, impersonation protection for 31 practice owners, "
                "attack simulation training (2 campaigns), quarantine notifications",
                "Complete",
            ],
        ],
        facts=[("Clinics", "31"), ("Devices onboarded", "505"), ("Mailboxes protected", "640")],
        signers=[("Blue Heron Dental", sig.name, sig.title)],
    )
    body = report_pdf(SUMMIT, "Statement of Completion", html, T(2025, 9, 8, 10), cid + "b", SR_PM.name)
    signed = esign_pdf(
        body,
        platform="acrobat",
        signers=[Signer(sig, cust, T(2025, 9, 12, 16, 4, zone=tz(-6)), "Signature:", "Date:", "66.232.10.4")],
        sender=SR_PM,
        sender_org=SUMMIT,
        subject="Blue Heron Dental - Statement of Completion",
        sent=T(2025, 9, 11, 18),
        certificate=True,
        meta=letter_meta("Blue Heron Dental - Statement of Completion", SR_PM.name, T(2025, 9, 12, 17)),
        seed=cid,
    )
    docs = [("Blue Heron Dental - Statement of Completion - signed.pdf", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 10, 20, 15, 30, zone=tz(-6)),
        partner=SUMMIT,
        pc=SR_PM,
        customer=cust,
        cc=sig,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        docs=docs,
    )
    return bundle(
        cid,
        "summit_blueheron_old_acrobat",
        c,
        {docs[0][0]: signed},
        "action_required",
        "12-month rule: the only acknowledgement is an Acrobat Sign signature of Sep 12, 2025 (US document, month-first; the "
        "audit report confirms 2025-09-12), 13 months before the 20 Oct 2026 submission, and nothing recent confirms the "
        "engagement. Read day-first (9 Dec 2025) it would wrongly pass.",
        "Acrobat Sign audit: e-signed 2025-09-12; submitted 2026-10-20; no newer customer acknowledgement.",
        acknowledgement_date="fail",
    )


# ---------------------------------------------------------------------------------------------- old SOW + recent confirmation (approve)
HOFMANN = Org(
    "Hansa Kühltechnik GmbH",
    "Hansa Kühltechnik",
    "hansa-kuehltechnik.de",
    "DE",
    "21079 Hamburg",
    "Harburger Schloßstraße 6",
)
NL_LEAD = pp(NORDLICHT, "Jonas", "Krüger", "Senior Consultant Modern Workplace", "j.krueger")
NL_FOOT = footer_of(
    NL_LEAD,
    NORDLICHT,
    "+49 40 5550 3317",
    "Nordlicht IT-Services GmbH · Amtsgericht Hamburg HRB 154321 · Geschäftsführer: Henrik Brandt",
)


def s4801006() -> Bundle:
    cid = "4801006"
    cust = HOFMANN
    sig = Person("Sabine Voß", "s.voss@hansa-kuehltechnik.de", "IT-Leiterin / Head of IT")
    sow_html = (
        "<h1>Statement of Work – Managed Modern Workplace</h1>"
        + kv(
            [
                ("Customer", cust.name),
                ("Contractor", NORDLICHT.name),
                ("SOW no.", "NL-SOW-2024-088"),
                ("Term", "1 October 2024 – 30 September 2027"),
            ]
        )
        + "<h2>Services</h2>"
        + ul(
            [
                "Microsoft Intune device management for 240 Windows devices and 180 iOS service-technician iPads (Apple Business Manager, "
                "kiosk profiles for the service app)",
                "Monthly compliance and patch reporting; quarterly review with the customer's IT lead",
                "SharePoint Online intranet and document management for the service department (12 sites)",
            ]
        )
        + "<h2>Signatures</h2>"
        + sign_rows([("Hansa Kühltechnik", sig.name, sig.title), ("Nordlicht IT", NL_LEAD.name, NL_LEAD.title)])
    )
    sow = report_pdf(
        NORDLICHT, "Statement of Work NL-SOW-2024-088", sow_html, T(2024, 9, 20, 10), cid + "sow", NL_LEAD.name
    )
    sow_scan = scan_pdf(
        sow,
        letter_meta("SOW signed", "", T(2024, 9, 26, 9), "scan"),
        cid + "sows",
        dpi=150,
        inks=sig_inks(sig.name, "25.09.2024"),
    )
    ask = Mail(
        NL_LEAD,
        (sig,),
        "Quarterly review Q3 2026 – Intune & SharePoint",
        T(2026, 9, 28, 8, 50, zone=tz(2)),
        "Hallo Frau Voß,\n\nas discussed in yesterday's quarterly review, here is the summary for your records:\n\n"
        "- Intune: 246 Windows devices and 187 iPads managed; 97.6% compliant; Windows 11 24H2 rollout finished on 11 Sep 2026; new kiosk "
        "profile for the Service+ app published to all technician iPads.\n- SharePoint Online: service-department sites restructured "
        "(12 → 9 hubs), retention labels for service reports, 1.3 TB migrated from the old file server share S:\\.\n\n"
        "Could you briefly confirm that Nordlicht continues to deliver these services under SOW NL-SOW-2024-088? Microsoft asks for a "
        "current confirmation because the SOW signature is older than 12 months.\n\nViele Grüße",
        footer=NL_FOOT,
    )
    reply = Mail(
        sig,
        (NL_LEAD,),
        "AW: Quarterly review Q3 2026 – Intune & SharePoint",
        T(2026, 9, 29, 13, 6, zone=tz(2)),
        "Hello Mr Krüger,\n\nI confirm that Nordlicht IT-Services is still managing our Intune devices and SharePoint Online under the SOW, "
        "and the summary above is correct. Thank you for the quick Windows 11 rollout.\n\nBest regards\nSabine Voß",
        quoted=(ask,),
        footer="Sabine Voß\nIT-Leiterin\nHansa Kühltechnik GmbH · Harburger Schloßstraße 6 · 21079 Hamburg",
        lang="de",
    )
    docs = [("SOW_NL-SOW-2024-088_signed.pdf", "poe"), ("AW Quarterly review Q3 2026.eml", "poe")]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 10, 6, 10, 12, zone=tz(2)),
        partner=NORDLICHT,
        pc=NL_LEAD,
        customer=cust,
        cc=sig,
        workloads=["INTUNE", "SHAREPOINT ONLINE"],
        docs=docs,
    )
    return bundle(
        cid,
        "nordlicht_hansa_oldsow_recent_mail",
        c,
        {docs[0][0]: sow_scan, docs[1][0]: eml(reply)},
        "approve",
        "The signed SOW is from 25.09.2024 (over 12 months), but the seed allows an older signature with a recent customer "
        "acknowledgement confirming active engagement: the IT lead's e-mail of 29 Sep 2026 from hansa-kuehltechnik.de confirms "
        "the described Intune and SharePoint work.",
        "Reply of 2026-09-29 from s.voss@hansa-kuehltechnik.de confirming Nordlicht still manages Intune and SharePoint.",
        customer_domain="pass",
    )


# ---------------------------------------------------------------------------------------------- 12 months, phone photo (action required)
CORAL = Org(
    "Coral Coast Aquaculture Pty Ltd",
    "Coral Coast Aquaculture",
    "coralcoastaqua.com.au",
    "AU",
    "Cairns QLD 4870",
    "14 Aumuller St, Portsmith",
)
HL_PM = pp(HARBOURLINE, "Liam", "Nguyen", "Project Manager")


def s4801007() -> Bundle:
    cid = "4801007"
    cust = CORAL
    sig = Person("Brooke Adeyemi", "brooke.adeyemi@coralcoastaqua.com.au", "Operations Manager")
    html = generic_report(
        HARBOURLINE,
        "Handover & Sign-off",
        cust,
        ref="HL-CCA-0419",
        period="3 March 2025 – 13 June 2025",
        intro="Harbourline moved Coral Coast's 3 hatcheries and the Cairns office from Google Workspace to Microsoft 365: 96 mailboxes, "
        "shared drives to SharePoint/Teams and 110 Android rugged devices to Intune.",
        rows=[
            ["Exchange Online", "96 mailboxes and 14 shared mailboxes migrated, MX cutover 10 May 2025", "Done"],
            [
                "Intune",
                "110 Android Enterprise dedicated devices for hatchery monitoring, app protection for 40 BYOD phones",
                "Done",
            ],
            ["Teams", "Teams for hatchery shift handovers, 22 teams, Teams Rooms in Cairns boardroom", "Done"],
        ],
        signers=[("Coral Coast Aquaculture", sig.name, sig.title)],
    )
    body = report_pdf(HARBOURLINE, "Handover & Sign-off", html, T(2025, 6, 13, 10), cid + "b", HL_PM.name)
    page = inked_pages(body, 130, sig_inks(sig.name, "16/06/2025"), cid)[-1]
    photo = phone_photo(page, cid, when=T(2025, 6, 16, 14, 22, zone=tz(10)), model="iPhone 15")
    docs = [("IMG_4471.JPG", "poe")]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 9, 3, 9, 5, zone=tz(10)),
        partner=HARBOURLINE,
        pc=HL_PM,
        customer=cust,
        cc=sig,
        workloads=["EXCHANGE ONLINE", "INTUNE", "TEAMS"],
        docs=docs,
    )
    return bundle(
        cid,
        "harbourline_coral_photo_old",
        c,
        {docs[0][0]: photo},
        "action_required",
        "The phone photo of the signed handover page is dated by hand 16/06/2025 (AU, day-first) – almost 15 months before the "
        "3 Sep 2026 submission – and there is no recent acknowledgement: the 12-month rule fails.",
        "Photo IMG_4471.JPG: handwritten date 16/06/2025 next to the Operations Manager's signature; submitted 2026-09-03.",
        acknowledgement_date="fail",
    )


# ---------------------------------------------------------------------------------------------- deck + Spanish reply (approve, unsure language)
ALMAZARA = Org(
    "Grupo Almazara del Turia, S.A.",
    "Almazara del Turia",
    "almazaraturia.es",
    "ES",
    "46930 Quart de Poblet, Valencia",
    "Polígono Industrial, Calle 7",
)
SV_LEAD = pp(SOLVIA, "Lucía", "Ferrer", "Customer Success Manager")
SV_FOOT = footer_of(SV_LEAD, SOLVIA, "+34 961 55 40 12")


def slides_pdf(org: Org, title: str, slides: Sequence[tuple[str, str]], meta: Meta, seed: str) -> bytes:
    html = ""
    for i, (head, body) in enumerate(slides):
        brk = "page-break-before: always;" if i else ""
        html += f"<div style='{brk}'><h1 style='font-size:22pt'>{head}</h1>{body}</div>"

    def decor(page: pymupdf.Page, no: int, total: int) -> None:
        w, h = page.rect.width, page.rect.height
        page.draw_rect(pymupdf.Rect(0, 0, w, 10), color=None, fill=_rgb(org.color))
        page.insert_image(pymupdf.Rect(w - 150, h - 44, w - 32, h - 10), stream=logo(org))
        text_at(page, 30, h - 20, f"{title}  |  {no}", 8, "#888888")

    style = css(org.color, size=13, extra="li {margin-bottom: 5pt;} td, th {font-size: 11pt;}")
    return html_pdf(html, meta, seed, style=style, size=(960, 540), margins=(40, 36, 40, 50), decor=decor)


def s4801008() -> Bundle:
    cid = "4801008"
    cust = ALMAZARA
    ack = Person("Vicente Llorens", "vllorens@almazaraturia.es", "Director de Sistemas")
    deck = slides_pdf(
        SOLVIA,
        "QBR Almazara del Turia – Q2 2026",
        [
            (
                "Quarterly Business Review – Q2 2026",
                f"<p>{ALMAZARA.name} × {SOLVIA.name}</p><p>Intune and Defender for Endpoint – service review</p><p>Valencia, 18 June 2026</p>",
            ),
            (
                "What we delivered this quarter",
                ul(
                    [
                        "Intune: 14 stores + 2 mills – 212 Windows devices and 96 Zebra handhelds enrolled (Android Enterprise dedicated)",
                        "Defender for Endpoint P2 onboarded on 212 devices and 18 servers; ASR rules in block since 2 June",
                        "Compliance policies aligned to the ENS (Esquema Nacional de Seguridad) supplier requirements",
                        "Two tabletop exercises with the IT team on ransomware isolation",
                    ]
                ),
            ),
            (
                "Numbers",
                grid(
                    ["KPI", "March", "June"],
                    [
                        ["Devices compliant", "61%", "94%"],
                        ["Exposure score", "63", "29"],
                        ["Open high alerts", "17", "1"],
                    ],
                ),
            ),
            (
                "Next quarter",
                ul(
                    [
                        "Autopilot for the mills' shop-floor PCs (40)",
                        "Defender Vulnerability Management add-on pilot",
                        "Monthly service report to the CFO",
                    ]
                ),
            ),
        ],
        letter_meta("QBR Almazara Q2 2026", SV_LEAD.name, T(2026, 6, 18, 9), "ppt"),
        cid + "deck",
    )
    first = Mail(
        SV_LEAD,
        (ack,),
        "QBR Q2 2026 – Intune & Defender (presentación)",
        T(2026, 6, 19, 10, 5, zone=tz(2)),
        "Hi Vicente,\n\nthank you for yesterday's QBR. Attached is the deck with the work delivered this quarter (Intune for stores, mills "
        "and handhelds, Defender for Endpoint on devices and servers). Could you confirm by reply that the summary is correct? We "
        "will use it to register Solvia as your Microsoft partner for these workloads.\n\nThanks!",
        attachments=(("QBR_Almazara_Q2_2026.pdf", deck),),
        footer=SV_FOOT,
    )
    reply = Mail(
        ack,
        (SV_LEAD,),
        "RE: QBR Q2 2026 – Intune & Defender (presentación)",
        T(2026, 6, 22, 8, 41, zone=tz(2)),
        "Hola Lucía,\n\nconfirmo que el resumen es correcto: Solvia ha desplegado Intune en las 14 tiendas y las 2 almazaras (incluidas las "
        "PDA Zebra) y Defender for Endpoint en equipos y servidores. Estamos muy contentos con el servicio.\n\nUn saludo,\nVicente Llorens\n"
        "Director de Sistemas – Grupo Almazara del Turia",
        quoted=(first,),
        lang="es",
    )
    docs = [("RE QBR Q2 2026 - Intune & Defender.msg", "poe"), ("QBR_Almazara_Q2_2026.pdf", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 7, 1, 12, 0, zone=tz(2)),
        partner=SOLVIA,
        pc=SV_LEAD,
        customer=cust,
        cc=ack,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=docs,
    )
    return bundle(
        cid,
        "solvia_almazara_deck_spanish_reply",
        c,
        {docs[0][0]: msg_file(reply), docs[1][0]: deck},
        "approve",
        "The QBR deck (English) details both workloads; the customer's IT director replies from almazaraturia.es in Spanish "
        "confirming the summary (Intune in 14 stores and 2 mills, Defender on devices and servers), with the English request "
        "quoted below. UNSURE: the acknowledgement itself is in Spanish; a reviewer may accept a short local-language "
        "confirmation under an English thread, or ask for a translation.",
        "Reply of 2026-06-22 from vllorens@almazaraturia.es: 'confirmo que el resumen es correcto'.",
        customer_domain="pass",
        document_language=["pass", "warn"],
    )


# ---------------------------------------------------------------------------------------------- bilingual FR/EN, Dropbox Sign (approve)
VERDIER = Org("Maison Verdier SA", "Maison Verdier", "maisonverdier.fr", "FR", "21200 Beaune", "8 rue des Tonneliers")
AN_LEAD = pp(ATELIER, "Camille", "Rousseau", "Cheffe de projet / Project Lead")


def s4801010() -> Bundle:
    cid = "4801010"
    cust = VERDIER
    sig = Person("Étienne Marchal", "e.marchal@maisonverdier.fr", "Directeur administratif et financier / CFO")
    rows = [
        [
            "Exchange Online",
            "Migration de 148 boîtes aux lettres depuis OVH Exchange ; 9 boîtes partagées (export, caves, négoce).<br><i>Migration of 148 "
            "mailboxes from hosted OVH Exchange; 9 shared mailboxes.</i>",
            "Réceptionné / Accepted",
        ],
        [
            "Microsoft Defender for Office",
            "Stratégies anti-hameçonnage pour la direction et la comptabilité, Safe Links, simulation d'attaque (2 campagnes)."
            "<br><i>Anti-phishing policies for management and accounting, Safe Links, 2 attack-simulation campaigns.</i>",
            "Réceptionné / Accepted",
        ],
    ]
    html = (
        "<h1>Procès-verbal de recette<br>Acceptance Certificate</h1>"
        + kv(
            [
                ("Client / Customer", cust.name),
                ("Prestataire / Partner", ATELIER.name),
                (
                    "Projet / Project",
                    "Messagerie Microsoft 365 et protection des e-mails / Microsoft 365 mail and e-mail protection",
                ),
                ("Période / Period", "2 février 2026 – 27 mars 2026 / February 2 – March 27, 2026"),
            ]
        )
        + "<h2>Prestations réalisées / Work delivered</h2>"
        + grid(["Charge de travail / Workload", "Prestations / Activities", "Statut / Status"], rows)
        + paras(
            "Le client prononce la réception des prestations ci-dessus sans réserve.",
            "<i>The customer accepts the services above without reservation.</i>",
        )
        + sign_rows([("Maison Verdier", sig.name, sig.title)], label_sig="Signature :", label_date="Date :")
    )
    body = report_pdf(
        ATELIER, "PV de recette / Acceptance Certificate", html, T(2026, 3, 30, 9), cid + "b", AN_LEAD.name
    )
    signed = esign_pdf(
        body,
        platform="dropbox",
        signers=[Signer(sig, cust, T(2026, 4, 2, 11, 18, zone=tz(2)), "Signature :", "Date :", "90.84.12.201")],
        sender=AN_LEAD,
        sender_org=ATELIER,
        subject="PV de recette – Maison Verdier – Messagerie M365",
        sent=T(2026, 3, 31, 8),
        certificate=True,
        meta=letter_meta("PV_recette_Maison_Verdier", AN_LEAD.name, T(2026, 4, 2, 12)),
        seed=cid,
    )
    docs = [("PV_recette_Maison_Verdier_signe.pdf", "poe")]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 4, 16, 10, 0, zone=tz(2)),
        partner=ATELIER,
        pc=AN_LEAD,
        customer=cust,
        cc=sig,
        workloads=["EXCHANGE ONLINE", "MICROSOFT DEFENDER FOR OFFICE"],
        docs=docs,
    )
    return bundle(
        cid,
        "atelier_verdier_bilingual_dropboxsign",
        c,
        {docs[0][0]: signed},
        "approve",
        "Bilingual French/English acceptance certificate: every statement has an English version, so the language rule is met; "
        "signed through Dropbox Sign with an audit trail on 2 April 2026 by the customer's CFO (maisonverdier.fr).",
        "Dropbox Sign audit trail: signed 04/02/2026 by e.marchal@maisonverdier.fr; English text beside the French in every row.",
        customer_domain=["pass", "not_applicable"],
    )


# ---------------------------------------------------------------------------------------------- German protocol + translation (approve)
KUEHL = Org(
    "Elbmarsch Fördertechnik GmbH",
    "Elbmarsch Fördertechnik",
    "elbmarsch-foerdertechnik.de",
    "DE",
    "25336 Elmshorn",
    "Industriestraße 18",
)


def s4801011() -> Bundle:
    cid = "4801011"
    cust = KUEHL
    sig = Person("Martin Oltmanns", "m.oltmanns@elbmarsch-foerdertechnik.de", "Leiter IT")
    html = (
        "<h1>Abnahmeprotokoll</h1>"
        + kv(
            [
                ("Auftraggeber", cust.name),
                ("Auftragnehmer", NORDLICHT.name),
                ("Projekt", "Einführung Microsoft Defender for Endpoint und Defender for Identity"),
                ("Zeitraum", "12.01.2026 – 20.03.2026"),
            ]
        )
        + "<h2>Erbrachte Leistungen</h2>"
        + grid(
            ["Workload", "Leistungen", "Status"],
            [
                [
                    "Microsoft Defender for Endpoint",
                    "Onboarding von 318 Clients und 41 Servern über Intune bzw. Defender for Cloud; ASR-Regeln (11) im Blockmodus; "
                    "Geräteisolation und Live Response für das IT-Team; Ablösung des bisherigen Virenschutzes",
                    "abgenommen",
                ],
                [
                    "Microsoft Defender for Identity",
                    "Sensoren auf 4 Domänencontrollern und 1 AD-FS-Server; Honeytoken-Konten; Bereinigung von 27 "
                    "Lateral-Movement-Pfaden; Alarmweiterleitung an das IT-Team",
                    "abgenommen",
                ],
            ],
        )
        + paras(
            "Der Auftraggeber bestätigt die vollständige Erbringung der oben genannten Leistungen und erklärt die Abnahme ohne Vorbehalt."
        )
        + sign_rows([("Elbmarsch Fördertechnik", sig.name, sig.title)], label_sig="Unterschrift:", label_date="Datum:")
    )
    body = report_pdf(NORDLICHT, "Abnahmeprotokoll", html, T(2026, 3, 20, 15), cid + "b", NL_LEAD.name)
    scan = scan_pdf(
        body,
        letter_meta("Abnahmeprotokoll_Elbmarsch", "", T(2026, 3, 24, 7, 55), "scan"),
        cid + "s",
        dpi=150,
        inks=[Ink("Unterschrift:", "sig", sig.name, 4, -2, 30), Ink("Datum:", "date", "23.03.2026", 4, 0, 15)],
        angles=(-1.1,),
    )

    def fill(d: Any) -> None:
        docx_heading(d, "Acceptance Protocol (convenience translation)", 1, "00695C")
        d.add_paragraph(
            "English translation of the attached German 'Abnahmeprotokoll' signed by Elbmarsch Fördertechnik GmbH on 23.03.2026. "
            "Translated by Nordlicht IT-Services GmbH; the German original prevails."
        )
        docx_table(
            d,
            [
                ["Field", "Value"],
                ["Customer", cust.name],
                ["Contractor", NORDLICHT.name],
                ["Project", "Introduction of Microsoft Defender for Endpoint and Defender for Identity"],
                ["Period", "12 Jan 2026 – 20 Mar 2026"],
            ],
            shade="00695C",
        )
        d.add_paragraph("")
        docx_table(
            d,
            [
                ["Workload", "Services", "Status"],
                [
                    "Microsoft Defender for Endpoint",
                    "Onboarding of 318 clients and 41 servers via Intune or Defender for Cloud; 11 ASR rules in block "
                    "mode; device isolation and live response for the IT team; replacement of the previous antivirus",
                    "accepted",
                ],
                [
                    "Microsoft Defender for Identity",
                    "Sensors on 4 domain controllers and 1 AD FS server; honeytoken accounts; remediation of 27 "
                    "lateral-movement paths; alert forwarding to the IT team",
                    "accepted",
                ],
            ],
            shade="00695C",
        )
        d.add_paragraph(
            "The customer confirms complete delivery of the services listed above and declares acceptance without reservation."
        )
        d.add_paragraph(f"Signature: {sig.name}, {sig.title} (Leiter IT)        Date: 23.03.2026 (23 March 2026)")

    tr = docx_bytes(fill, author=NL_LEAD.name, created=T(2026, 3, 25, 10), title="Acceptance protocol - translation")
    docs = [
        ("Abnahmeprotokoll_Elbmarsch_unterschrieben.pdf", "poe"),
        ("Acceptance protocol - English translation.docx", "poe"),
    ]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 4, 8, 14, 20, zone=tz(2)),
        partner=NORDLICHT,
        pc=NL_LEAD,
        customer=cust,
        cc=sig,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR IDENTITY"],
        docs=docs,
        comments=[
            (
                "partner",
                T(2026, 4, 8, 14, 18, zone=tz(2)),
                "Signed German acceptance protocol plus an English translation of it.",
            )
        ],
    )
    return bundle(
        cid,
        "nordlicht_elbmarsch_german_with_translation",
        c,
        {docs[0][0]: scan, docs[1][0]: tr},
        "approve",
        "The signed POE is German, but the partner uploaded a full English translation of it, so the reviewer can read the "
        "scope; the scanned German protocol carries the IT manager's handwritten signature dated 23.03.2026.",
        "German Abnahmeprotokoll signed 23.03.2026 plus 'Acceptance protocol - English translation.docx' with the same content.",
    )


# ---------------------------------------------------------------------------------------------- forwarded e-mail (action required)
SHANNON = Org(
    "Shannonside Foods Limited",
    "Shannonside Foods",
    "shannonsidefoods.ie",
    "IE",
    "Limerick V94 T9PX",
    "Raheen Business Park",
)
KC_AM = pp(KESTREL, "Orla", "Brennan", "Account Manager")
KC_SOC = pp(KESTREL, "Declan", "Moriarty", "SOC Lead")
KC_FOOT = footer_of(
    KC_AM, KESTREL, "+353 1 555 0190", "Kestrel Cyber Defence Limited, registered in Ireland no. 612345."
)


def s4801012() -> Bundle:
    cid = "4801012"
    cust = SHANNON
    cu = Person("Niamh Gallagher", "niamh.gallagher@shannonsidefoods.ie", "IT Manager")
    orig = Mail(
        cu,
        (KC_SOC,),
        "Defender rollout – sign off",
        T(2026, 5, 6, 16, 12, zone=tz(1)),
        "Declan,\n\nFor the record we're happy with the Defender for Endpoint rollout – all 3 plants and the office are onboarded "
        "(around 290 devices) and the isolation runbook works for us.\n\nNiamh",
    )
    fwd = Mail(
        KC_SOC,
        (KC_AM,),
        "FW: Defender rollout – sign off",
        T(2026, 5, 7, 9, 2, zone=tz(1)),
        "Orla – customer sign-off below for the CPOR claim.\n\nDeclan",
        quoted=(orig,),
        footer=footer_of(KC_SOC, KESTREL, "+353 1 555 0177"),
    )
    docs = [("FW Defender rollout - sign off.msg", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 5, 14, 12, 0, zone=tz(1)),
        partner=KESTREL,
        pc=KC_AM,
        customer=cust,
        cc=cu,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        docs=docs,
    )
    return bundle(
        cid,
        "kestrel_shannonside_forwarded",
        c,
        {docs[0][0]: msg_file(fwd)},
        "action_required",
        "The only POE is an internal Kestrel e-mail forwarding the customer's note (FW: from kestrelcyber.ie to kestrelcyber.ie). "
        "The seed lists 'e-mails forwarded from customers' as insufficient; the partner must upload the customer's original "
        "acknowledgement (and the note itself gives little detail of the work). UNSURE: whether the domain and detail checks "
        "fail on a forward is open; the decision rests on the forward itself.",
        "FW: Defender rollout – sign off, sent by declan.moriarty@kestrelcyber.ie to orla.brennan@kestrelcyber.ie with the customer mail quoted.",
        customer_acknowledgement="fail",
        customer_domain=["fail", "warn", "pass"],
        activity_detail=["pass", "fail", "warn"],
    )


# ---------------------------------------------------------------------------------------------- outsourced IT provider signs (action required)
KINGSBURY = Org(
    "Kingsbury Estates Limited",
    "Kingsbury Estates",
    "kingsburyestates.co.uk",
    "GB",
    "Reading RG1 1AX",
    "Forbury Square",
)
PENNANT = Org("Pennant IT Services Ltd", "Pennant IT", "pennantit.co.uk", "GB", "Basingstoke RG21 4EQ", "Basing View")


def s4801013() -> Bundle:
    cid = "4801013"
    cust = KINGSBURY
    cc = Person("Harriet Cole", "harriet.cole@kingsburyestates.co.uk", "Finance Director")
    prov = Person("Steve Atkins", "steve.atkins@pennantit.co.uk", "Service Delivery Manager")
    report = report_pdf(
        BRIGHTWAVE,
        "Delivery Report",
        generic_report(
            BRIGHTWAVE,
            "Delivery Report – SharePoint & Teams",
            cust,
            ref="BW-KEL-DR-01",
            period="19/01/2026 – 27/03/2026",
            intro="Brightwave moved Kingsbury Estates' property files (1.1 TB, 38 shares) from a Windows file server to SharePoint Online and set up "
            "Teams for the 9 regional lettings offices.",
            rows=[
                [
                    "SharePoint Online",
                    "38 shares migrated with SPMT to 11 hub-associated sites; metadata for property IDs; retention for tenancy files (6 yrs)",
                    "Complete",
                ],
                [
                    "Teams",
                    "Teams per region (9), channel templates for lettings and maintenance, Teams Phone not in scope",
                    "Complete",
                ],
            ],
            facts=[("Data migrated", "1.1 TB"), ("Users", "142")],
        ),
        T(2026, 3, 30, 9),
        cid + "r",
        BW_LEAD.name,
    )
    ask = Mail(
        BW_LEAD,
        (prov,),
        "Kingsbury Estates – delivery report for sign-off",
        T(2026, 3, 31, 10, 0, zone=tz(1)),
        "Hi Steve,\n\nAs Kingsbury's IT provider, could you confirm the attached delivery report for the SharePoint and Teams work?\n\nThanks,",
        cc=(cc,),
        attachments=(("BW-KEL-DR-01 Delivery Report.pdf", report),),
        footer=BW_FOOT,
    )
    reply = Mail(
        prov,
        (BW_LEAD,),
        "RE: Kingsbury Estates – delivery report for sign-off",
        T(2026, 4, 1, 15, 27, zone=tz(1)),
        "Hi Imogen,\n\nOn behalf of Kingsbury Estates I can confirm the SharePoint migration and the Teams set-up have been delivered as "
        "per the report. All 38 shares are read-only now.\n\nRegards\nSteve",
        cc=(cc,),
        quoted=(ask,),
        footer="Steve Atkins | Service Delivery Manager | Pennant IT Services Ltd\nManaged IT for growing businesses",
    )
    docs = [
        ("RE Kingsbury Estates - delivery report for sign-off.eml", "poe"),
        ("BW-KEL-DR-01 Delivery Report.pdf", "poe"),
    ]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 4, 10, 9, 45, zone=tz(1)),
        partner=BRIGHTWAVE,
        pc=BW_LEAD,
        customer=cust,
        cc=cc,
        workloads=["SHAREPOINT ONLINE", "TEAMS"],
        docs=docs,
    )
    return bundle(
        cid,
        "brightwave_kingsbury_outsourced_it_ack",
        c,
        {docs[0][0]: eml(reply), docs[1][0]: report},
        "action_required",
        "The acknowledgement comes from the customer's outsourced IT provider (pennantit.co.uk, 'on behalf of Kingsbury Estates'), "
        "not from the customer's domain kingsburyestates.co.uk; the customer's Finance Director is only on copy and never replies. "
        "The seed requires the customer domain to be correct.",
        "Acknowledging reply sent from steve.atkins@pennantit.co.uk (Pennant IT), claim domain kingsburyestates.co.uk.",
        customer_domain="fail",
        customer_acknowledgement=["fail", "warn"],
    )


# ---------------------------------------------------------------------------------------------- similarly named company (action required)
WESTGATE = Org(
    "Westgate Medical Supplies Pty Ltd",
    "Westgate Medical Supplies",
    "westgatemedical.com.au",
    "AU",
    "Parramatta NSW 2150",
    "31 Macquarie St",
)
WESTGATE_GRP = Org(
    "Westgate Medical Group Pty Ltd",
    "Westgate Medical Group",
    "westgatemedgroup.com.au",
    "AU",
    "Brisbane QLD 4000",
    "120 Edward St",
)


def s4801014() -> Bundle:
    cid = "4801014"
    cust = WESTGATE
    other = WESTGATE_GRP
    signer = Person("Dr. Anand Raghavan", "anand.raghavan@westgatemedgroup.com.au", "Practice Operations Director")
    cc = Person("Fiona McLeod", "fiona.mcleod@westgatemedical.com.au", "IT Manager")
    html = generic_report(
        HARBOURLINE,
        "Project Completion Certificate",
        other,
        ref="HL-WMG-1107",
        period="9 February 2026 – 1 May 2026",
        intro="Harbourline deployed Intune and Defender for Endpoint for Westgate Medical Group's 12 general-practice clinics in South East "
        "Queensland (260 clinical workstations, 45 laptops).",
        rows=[
            [
                "Intune",
                "Autopilot for 305 devices, kiosk mode for 40 waiting-room check-in PCs, compliance for clinical workstations",
                "Complete",
            ],
            [
                "Microsoft Defender for Endpoint",
                "Onboarding of 305 devices, ASR rules, isolation runbook for the practice managers",
                "Complete",
            ],
        ],
        signers=[("Westgate Medical Group", signer.name, signer.title)],
    )
    body = report_pdf(HARBOURLINE, "Project Completion Certificate", html, T(2026, 5, 4, 9), cid + "b", HL_PM.name)
    signed = esign_pdf(
        body,
        platform="docusign",
        signers=[Signer(signer, other, T(2026, 5, 6, 14, 2, zone=tz(10)), "Signature:", "Date:", "203.45.77.9")],
        sender=HL_PM,
        sender_org=HARBOURLINE,
        subject="Please DocuSign: Westgate Medical - Project Completion Certificate",
        sent=T(2026, 5, 5, 9),
        certificate=True,
        meta=letter_meta("Westgate Medical - Completion", HL_PM.name, T(2026, 5, 6, 15)),
        seed=cid,
    )
    docs = [("Westgate Medical - Project Completion Certificate (signed).pdf", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 5, 20, 10, 0, zone=tz(10)),
        partner=HARBOURLINE,
        pc=HL_PM,
        customer=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=docs,
    )
    return bundle(
        cid,
        "harbourline_westgate_similar_name",
        c,
        {docs[0][0]: signed},
        "action_required",
        "Similar name, different company: the claim is for Westgate Medical Supplies (westgatemedical.com.au, Parramatta), but the "
        "certificate is for Westgate Medical Group's GP clinics in Queensland, signed by someone at westgatemedgroup.com.au. The "
        "POE does not show the claimed customer.",
        "Certificate names 'Westgate Medical Group Pty Ltd'; DocuSign signer anand.raghavan@westgatemedgroup.com.au; claim customer westgatemedical.com.au.",
        partner_customer_names="fail",
        customer_domain=["fail", "warn"],
        customer_acknowledgement=["fail", "warn"],
    )


# ---------------------------------------------------------------------------------------------- licensing mail + quote (action required)
LIONCITY = Org(
    "Lion City Freight Pte. Ltd.",
    "Lion City Freight",
    "lioncityfreight.com.sg",
    "SG",
    "Singapore 609434",
    "21 Pandan Loop",
)
CT_AM = pp(CRESCENT, "Arjun", "Menon", "Account Director")


def s4801015() -> Bundle:
    cid = "4801015"
    cust = LIONCITY
    cu = Person("Jasmine Koh", "jasmine.koh@lioncityfreight.com.sg", "Procurement Manager")
    quote = report_pdf(
        CRESCENT,
        "Quotation Q-26-0412",
        (
            "<h1>Quotation</h1>"
            + kv([("Quote no.", "Q-26-0412"), ("Customer", cust.name), ("Valid until", "30 April 2026")])
            + grid(
                ["Item", "Qty", "Unit (SGD/yr)", "Total (SGD)"],
                [
                    ["Microsoft 365 E5 (annual, CSP)", "300", "858.00", "257,400.00"],
                    ["Microsoft Defender for Endpoint onboarding (fixed fee)", "1", "18,500.00", "18,500.00"],
                ],
            )
            + "<p class='right'><b>Total SGD 275,900.00 (excl. GST)</b></p>"
        ),
        T(2026, 4, 2, 9),
        cid + "q",
        CT_AM.name,
    )
    ask = Mail(
        CT_AM,
        (cu,),
        "Quotation Q-26-0412 – Microsoft 365 E5",
        T(2026, 4, 2, 11, 0, zone=tz(8)),
        "Dear Jasmine,\n\nPlease find our quotation for 300 Microsoft 365 E5 licences and the Defender onboarding attached.\n\nBest regards,",
        attachments=(("Q-26-0412.pdf", quote),),
        footer=footer_of(CT_AM, CRESCENT, "+65 6555 0142"),
    )
    reply = Mail(
        cu,
        (CT_AM,),
        "RE: Quotation Q-26-0412 – Microsoft 365 E5",
        T(2026, 4, 9, 17, 48, zone=tz(8)),
        "Hi Arjun,\n\nApproved. Please proceed with the order for 300 x Microsoft 365 E5 and send the invoice to accounts payable. PO to follow.\n\nThanks\nJasmine",
        quoted=(ask,),
    )
    docs = [("RE Quotation Q-26-0412.msg", "poe"), ("Q-26-0412.pdf", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 4, 21, 9, 0, zone=tz(8)),
        partner=CRESCENT,
        pc=CT_AM,
        customer=cust,
        cc=cu,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        docs=docs,
    )
    return bundle(
        cid,
        "crescent_lioncity_licence_order_mail",
        c,
        {docs[0][0]: msg_file(reply), docs[1][0]: quote},
        "action_required",
        "The evidence is a pricing quote and the customer's e-mail approving a licence purchase: the seed rejects both quotes and "
        "'customer e-mails concerning licensing purchases'. No delivered work is described or acknowledged.",
        "Procurement reply 'Approved. Please proceed with the order for 300 x Microsoft 365 E5' plus quotation Q-26-0412.",
        customer_acknowledgement="fail",
        unacceptable_documents="fail",
        activity_detail="fail",
        customer_domain=["pass", "not_applicable"],
        workload_match=["fail", "warn"],
    )


# ---------------------------------------------------------------------------------------------- out-of-office + receipt only (action required)
ALNOOR = Org("Al Noor Trading LLC", "Al Noor Trading", "alnoortrading.ae", "AE", "Sharjah", "Industrial Area 6")
DD_PM = pp(DUNES, "Rania", "Haddad", "Delivery Lead")


def s4801016() -> Bundle:
    cid = "4801016"
    cust = ALNOOR
    cu = Person("Faisal Al Mansoori", "faisal.almansoori@alnoortrading.ae", "IT Manager")
    cu2 = Person("Priya Nair", "priya.nair@alnoortrading.ae", "IT Officer")
    summary = (
        "Dear Faisal,\n\nPlease find below the completion summary of the Microsoft 365 project:\n\n- Exchange Online: 210 mailboxes "
        "migrated from on-premises Exchange 2013, 6 shared mailboxes, mail flow via Defender for Office 365.\n- Intune: 165 Windows "
        "laptops enrolled with Autopilot; BitLocker and compliance policies; 60 Android phones with app protection.\n\n"
        "Kindly confirm your acceptance of the delivered work by reply.\n\nBest regards,"
    )
    first = Mail(
        DD_PM,
        (cu,),
        "Completion summary – Microsoft 365 project",
        T(2026, 8, 3, 10, 0, zone=tz(4)),
        summary,
        cc=(cu2,),
        footer=footer_of(DD_PM, DUNES, "+971 4 555 0123"),
    )
    ooo = Mail(
        cu,
        (DD_PM,),
        "Automatic reply: Completion summary – Microsoft 365 project",
        T(2026, 8, 3, 10, 0, zone=tz(4)),
        "I am out of the office until 17 August with limited access to e-mail. For urgent IT matters please contact priya.nair@alnoortrading.ae.",
        auto=True,
    )
    thanks = Mail(
        cu2,
        (DD_PM,),
        "RE: Completion summary – Microsoft 365 project",
        T(2026, 8, 4, 8, 12, zone=tz(4)),
        "Dear Rania,\n\nThanks, received. I will share with Faisal when he is back.\n\nRegards,\nPriya",
        quoted=(first,),
    )
    docs = [
        ("Automatic reply Completion summary.eml", "poe"),
        ("RE Completion summary - Microsoft 365 project.eml", "poe"),
    ]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 8, 20, 12, 0, zone=tz(4)),
        partner=DUNES,
        pc=DD_PM,
        customer=cust,
        cc=cu,
        workloads=["EXCHANGE ONLINE", "INTUNE"],
        docs=docs,
    )
    return bundle(
        cid,
        "dunes_alnoor_ooo_and_received",
        c,
        {docs[0][0]: eml(ooo), docs[1][0]: eml(thanks)},
        "action_required",
        "Neither reply acknowledges the work: one is an automatic out-of-office reply, the other only says 'Thanks, received' and "
        "defers to the IT manager. The partner's summary is detailed, but the customer never accepts or approves it.",
        "Replies: 'Automatic reply: … I am out of the office until 17 August' and 'Thanks, received. I will share with Faisal'.",
        customer_acknowledgement="fail",
        customer_domain=["pass", "not_applicable"],
    )


# ---------------------------------------------------------------------------------------------- idiosyncratic acceptance (approve)
HAVBRIS = Org("Havbris Sjømat AS", "Havbris", "havbris.no", "NO", "6002 Ålesund", "Skansekaia 4")
FB_LEAD = pp(FJORDBYTE, "Eirik", "Solberg", "Lead Consultant, Security & Compliance")
FB_FOOT = footer_of(FB_LEAD, FJORDBYTE, "+47 55 55 01 23")
HAVBRIS_ACK = Person("Kari Nilsen", "kari.nilsen@havbris.no", "CFO")
HAVBRIS_TEXT = (
    "Hi Eirik,\n\nRead through it – that's us. Labels are on everything that leaves the building now, the export desk stopped mailing "
    "price lists to the wrong distributor (that alone paid for it), and the 2 auditors liked the DLP reports. Happy for you to be "
    "registered as our partner on the Purview labelling and DLP work.\n\nKari"
)


def s4801017() -> Bundle:
    cid = "4801017"
    cust = HAVBRIS

    def fill(d: Any) -> None:
        docx_heading(d, "Delivery Report – Microsoft Purview Information Protection", 1, "0D47A1")
        d.add_paragraph(f"Customer: {cust.name} (Havbris)    Partner: {FJORDBYTE.name}    Date: 14 September 2026")
        docx_table(
            d,
            [
                ["Area", "Delivered"],
                [
                    "Sensitivity labels",
                    "4 labels (Offentlig/Public, Intern, Konfidensiell, Strengt konfidensiell) published to 185 users; default label "
                    "Intern for Outlook and Office; encryption for Strengt konfidensiell",
                ],
                [
                    "Auto-labelling",
                    "Price lists and distributor contracts detected by 3 custom SITs (customer numbers, HS codes for salmon products)",
                ],
                [
                    "DLP",
                    "Policies for Exchange, SharePoint and Teams blocking external sharing of Konfidensiell content; weekly DLP report to the CFO",
                ],
                [
                    "Training",
                    "Two sessions for the export desk (24 users) and a one-page guide in Norwegian and English",
                ],
            ],
            shade="0D47A1",
        )
        d.add_paragraph(
            "Period: 1 June – 11 September 2026. 185 users in scope, 2 sites (Ålesund HQ, Måløy processing plant)."
        )

    rep = docx_bytes(fill, author=FB_LEAD.name, created=T(2026, 9, 14, 15), title="Havbris delivery report")
    first = Mail(
        FB_LEAD,
        (HAVBRIS_ACK,),
        "Havbris – delivery report Purview",
        T(2026, 9, 14, 15, 30, zone=tz(2)),
        "Hi Kari,\n\nAttached is the delivery report for the Purview labelling and DLP project. Could you confirm it reflects what we did "
        "together? We'll use your confirmation to register Fjordbyte as your Microsoft partner for Information Protection.\n\nBest,",
        attachments=(("Havbris delivery report Purview.docx", rep),),
        footer=FB_FOOT,
    )
    reply = Mail(
        HAVBRIS_ACK,
        (FB_LEAD,),
        "SV: Havbris – delivery report Purview",
        T(2026, 9, 16, 7, 58, zone=tz(2)),
        HAVBRIS_TEXT,
        quoted=(first,),
        quote_style="gmail",
    )
    docs = [("SV Havbris - delivery report Purview.eml", "poe"), ("Havbris delivery report Purview.docx", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 9, 25, 13, 0, zone=tz(2)),
        partner=FJORDBYTE,
        pc=FB_LEAD,
        customer=cust,
        cc=HAVBRIS_ACK,
        workloads=["MICROSOFT INFORMATION PROTECTION"],
        docs=docs,
    )
    return bundle(
        cid,
        "fjordbyte_havbris_idiosyncratic_ack",
        c,
        {docs[0][0]: eml(reply), docs[1][0]: rep},
        "approve",
        "The CFO's reply from havbris.no accepts the delivery report in her own words ('that's us … Happy for you to be registered "
        "as our partner on the Purview labelling and DLP work'); the Word report details labels, SITs, DLP, users and dates.",
        "Reply of 2026-09-16 from kari.nilsen@havbris.no: 'Read through it – that's us … Happy for you to be registered as our partner'.",
        customer_domain="pass",
    )


# ---------------------------------------------------------------------------------------------- generic detail (action required)
QUINDIO = Org(
    "Cafés del Quindío S.A.S.",
    "Cafés del Quindío",
    "cafesdelquindio.com.co",
    "CO",
    "Armenia, Quindío",
    "Km 3 vía Armenia–Montenegro",
)
AC_AM = pp(ANDES, "Santiago", "Restrepo", "Gerente de Cuenta")


def s4801018() -> Bundle:
    cid = "4801018"
    cust = QUINDIO
    sig = Person("Juliana Ospina", "jospina@cafesdelquindio.com.co", "Gerente Administrativa")
    html = (
        "<h1>Service Confirmation</h1>"
        + kv([("Customer", cust.name), ("Partner", ANDES.name), ("Date", "14 August 2026")])
        + paras(
            f"{ANDES.name} provides Microsoft 365 services to {cust.name}, including deployment, configuration, testing, migration, "
            "training and ongoing support.",
            "Microsoft 365 helps organisations collaborate securely from anywhere, with enterprise-grade security, Teams, Exchange and "
            "SharePoint, improving productivity and reducing costs.",
        )
        + sign_rows([("Cafés del Quindío", sig.name, sig.title)])
    )
    body = report_pdf(ANDES, "Service Confirmation", html, T(2026, 8, 14, 9), cid + "b", AC_AM.name)
    scan = scan_pdf(
        body,
        letter_meta("confirmacion", "", T(2026, 8, 18, 10), "scan3"),
        cid + "s",
        dpi=120,
        inks=sig_inks(sig.name, "18/08/2026"),
        angles=(1.6,),
    )
    docs = [("Service_Confirmation_Cafes_del_Quindio.pdf", "poe")]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 8, 28, 16, 0, zone=tz(-5)),
        partner=ANDES,
        pc=AC_AM,
        customer=cust,
        cc=sig,
        workloads=["EXCHANGE ONLINE", "TEAMS", "SHAREPOINT ONLINE"],
        docs=docs,
    )
    return bundle(
        cid,
        "andes_quindio_generic_scope",
        c,
        {docs[0][0]: scan},
        "action_required",
        "Signed and dated, but the content is a list of high-level tasks ('deployment, configuration, testing … ongoing support') "
        "plus generic product benefits – exactly the seed's insufficient material; no users, timelines or concrete per-workload work. UNSURE: whether "
        "workload_match also fails when the workloads are only named generically.",
        "Signed 'Service Confirmation' whose only scope is 'deployment, configuration, testing, migration, training and ongoing support'.",
        activity_detail="fail",
        workload_match=["fail", "warn", "pass"],
    )


# ---------------------------------------------------------------------------------------------- deferred workload (action required)
BORGHINI = Org(
    "Ceramiche Borghini S.p.A.",
    "Ceramiche Borghini",
    "ceramicheborghini.it",
    "IT",
    "41049 Sassuolo (MO)",
    "Via Radici in Piano 220",
)
LD_PM = pp(LUMEN, "Giulia", "Bertolini", "Project Manager")


def s4801019() -> Bundle:
    cid = "4801019"
    cust = BORGHINI
    sig = Person("Marco Ferrandi", "m.ferrandi@ceramicheborghini.it", "CIO")
    html = generic_report(
        LUMEN,
        "Closure Report – Endpoint Security Phase 1",
        cust,
        ref="LD-CB-2026-07",
        period="16 March 2026 – 26 June 2026",
        intro="Phase 1 brought the Sassuolo plant and the Fiorano logistics hub under Intune management (430 Windows devices, 75 shop-floor "
        "tablets). Defender for Identity was planned, but the domain controllers still run Windows Server 2012 R2.",
        rows=[
            [
                "Intune",
                "Autopilot (white glove) for 430 devices, kiosk profiles for 75 kiln-line tablets, compliance and update rings",
                "Complete",
            ],
            [
                "Microsoft Defender for Identity",
                "Out of scope for this phase – deferred to FY27 (sensor deployment pending the domain-controller upgrade)",
                "Deferred",
            ],
        ],
        facts=[("Devices enrolled", "505"), ("Sites", "Sassuolo, Fiorano Modenese")],
        signers=[("Ceramiche Borghini", sig.name, sig.title)],
    )
    body = report_pdf(LUMEN, "Closure Report", html, T(2026, 6, 29, 9), cid + "b", LD_PM.name)
    signed = esign_pdf(
        body,
        platform="docusign",
        signers=[Signer(sig, cust, T(2026, 7, 1, 18, 20, zone=tz(2)), "Signature:", "Date:", "151.38.2.90")],
        sender=LD_PM,
        sender_org=LUMEN,
        subject="Please DocuSign: Closure Report LD-CB-2026-07",
        sent=T(2026, 6, 30, 9),
        certificate=True,
        meta=letter_meta("Closure Report LD-CB-2026-07", LD_PM.name, T(2026, 7, 1, 19)),
        seed=cid,
    )
    docs = [("LD-CB-2026-07_Closure_Report_signed.pdf", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 7, 13, 9, 30, zone=tz(2)),
        partner=LUMEN,
        pc=LD_PM,
        customer=cust,
        cc=sig,
        workloads=["INTUNE", "MICROSOFT DEFENDER FOR IDENTITY"],
        docs=docs,
    )
    return bundle(
        cid,
        "lumen_borghini_mdi_deferred",
        c,
        {docs[0][0]: signed},
        "action_required",
        "Intune is delivered and signed, but the claimed Defender for Identity is stated as 'Out of scope for this phase – deferred "
        "to FY27' in the signed report: no connection between that workload and delivered work. The partner should remove it "
        "(partial approval).",
        "Scope row: 'Microsoft Defender for Identity – Out of scope for this phase – deferred to FY27'.",
        workload_match="fail",
    )


# ---------------------------------------------------------------------------------------------- empty acknowledgement block (action required)
RIOCLARO = Org(
    "Transportadora Rio Claro Ltda.", "Rio Claro", "transrioclaro.com.br", "BR", "Rio Claro - SP", "Av. Brasil, 1200"
)
IN_PM = pp(INTEGRA, "Rafael", "Moreira", "Gerente de Projetos")


def s4801020() -> Bundle:
    cid = "4801020"
    cust = RIOCLARO
    cu = Person("Cláudia Teixeira", "claudia.teixeira@transrioclaro.com.br", "Coordenadora de TI")
    html = generic_report(
        INTEGRA,
        "Delivery and Handover Report",
        cust,
        ref="IN-TRC-0088",
        period="4 May 2026 – 31 July 2026",
        intro="Integra Nuvem deployed Microsoft Teams and Teams Phone for Rio Claro's 7 depots and the central dispatch, replacing the analog "
        "PABX; 240 users and 38 common-area phones for the loading docks.",
        rows=[
            [
                "Teams",
                "Teams for 240 users, dispatch channel per depot, shift handover templates, Teams Rooms in 2 meeting rooms",
                "Delivered",
            ],
            [
                "Teams Phone Enabled Users",
                "Operator Connect, 180 DIDs ported, 3 auto attendants, 12 call queues for dispatch, 38 common-area phones",
                "Delivered",
            ],
        ],
        facts=[("Users", "240"), ("Numbers ported", "180"), ("Depots", "7")],
        signers=[("Transportadora Rio Claro", cu.name, cu.title)],
        accept="Customer acceptance (to be signed by the customer):",
    )
    body = report_pdf(INTEGRA, "Delivery and Handover Report", html, T(2026, 8, 3, 9), cid + "b", IN_PM.name)
    docs = [("IN-TRC-0088_Delivery_Handover_Report.pdf", "poe")]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 8, 12, 15, 0, zone=tz(-3)),
        partner=INTEGRA,
        pc=IN_PM,
        customer=cust,
        cc=cu,
        workloads=["TEAMS", "TEAMS PHONE ENABLED USERS"],
        docs=docs,
    )
    return bundle(
        cid,
        "integra_rioclaro_unsigned_block",
        c,
        {docs[0][0]: body},
        "action_required",
        "A detailed partner report, but its customer acceptance block is empty (name typed, no signature, no date) and nothing else "
        "shows the customer acknowledging the work: 'documents without customer acknowledgment' are not accepted.",
        "Acceptance table: 'Signature:' and 'Date:' cells blank for Cláudia Teixeira.",
        customer_acknowledgement="fail",
        acknowledgement_date=["fail", "warn"],
    )


# ---------------------------------------------------------------------------------------------- customer-signed order form (action required)
KAROO = Org(
    "Karoo Mining Supplies (Pty) Ltd",
    "Karoo Mining Supplies",
    "karoomining.co.za",
    "ZA",
    "Kimberley, 8301",
    "12 Transvaal Rd",
)
TC_AM = pp(TSHWANE, "Thabo", "Mokoena", "Account Executive")


def s4801021() -> Bundle:
    cid = "4801021"
    cust = KAROO
    sig = Person("Pieter van Zyl", "pieter.vanzyl@karoomining.co.za", "Financial Director")
    html = (
        "<h1>Microsoft Cloud Order Form</h1>"
        + kv(
            [
                ("Order no.", "TCW-OF-26-0193"),
                ("Customer", cust.name),
                ("Reseller", TSHWANE.name),
                ("Programme", "Cloud Solution Provider (CSP) – New Commerce"),
                ("Term", "36 months, billed annually"),
            ]
        )
        + grid(
            ["Product", "Qty", "Unit price (ZAR/month)", "Monthly (ZAR)"],
            [
                ["Microsoft 365 Business Premium", "220", "415.20", "91,344.00"],
                ["Microsoft Defender for Office 365 (Plan 2)", "220", "93.60", "20,592.00"],
            ],
        )
        + paras(
            "The Customer accepts the Microsoft Customer Agreement and orders the subscriptions above. Prices exclude VAT. Cancellation "
            "is subject to the New Commerce cancellation window of 7 days."
        )
        + sign_rows([("Karoo Mining Supplies", sig.name, sig.title)])
    )
    body = report_pdf(TSHWANE, "Order Form", html, T(2026, 5, 4, 9), cid + "b", TC_AM.name)
    scan = scan_pdf(
        body,
        letter_meta("Order form signed", "", T(2026, 5, 6, 11), "scan2"),
        cid + "s",
        dpi=150,
        inks=sig_inks(sig.name, "06/05/2026", color=INK_BLACK),
        angles=(-0.7,),
    )
    docs = [("Signed Order Form TCW-OF-26-0193.pdf", "poe")]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 6, 2, 10, 0, zone=tz(2)),
        partner=TSHWANE,
        pc=TC_AM,
        customer=cust,
        cc=sig,
        workloads=["EXCHANGE ONLINE", "MICROSOFT DEFENDER FOR OFFICE"],
        docs=docs,
    )
    return bundle(
        cid,
        "tshwane_karoo_signed_order_form",
        c,
        {docs[0][0]: scan},
        "action_required",
        "The only POE is a customer-signed CSP order form – a transactional licensing document with pricing, which the seed never "
        "accepts as proof of execution, even signed. It describes no work by the partner. UNSURE: whether the signature on a "
        "licence order counts as a customer acknowledgement at all (the decision does not depend on it).",
        "Signed 'Microsoft Cloud Order Form' (CSP licences, ZAR prices), no description of services.",
        unacceptable_documents="fail",
        activity_detail="fail",
        customer_acknowledgement=["fail", "warn", "pass"],
        workload_match=["fail", "warn"],
    )


# ---------------------------------------------------------------------------------------------- runbook, rotated 180 (approve)
PRAIRIE = Org(
    "Prairie Grain Cooperative Ltd.",
    "Prairie Grain Co-op",
    "prairiegrain.coop",
    "CA",
    "Regina, SK S4P 3Y2",
    "2100 Victoria Ave",
)
VS_SDM = pp(VANTAGE, "Amelia", "Fraser", "Service Delivery Manager")
PRAIRIE_SIGNER = Person("Gordon Kowalchuk", "gkowalchuk@prairiegrain.coop", "Manager, IT Security")


def prairie_runbook_pdf(cust: Org, signer: Person, seed: str) -> bytes:
    steps = [
        ["1", "Validate Defender for Endpoint onboarding package (GPO) for 38 elevator sites", "VS / PG IT"],
        ["2", "Onboard 612 Windows clients and 54 servers; confirm sensor health 'Active'", "VS"],
        [
            "3",
            "Enable EDR in block mode and tamper protection; exclusions for grain-management SCADA HMIs (11 paths)",
            "VS",
        ],
        ["4", "ASR rules: audit 14 days, then block for Office child processes and credential stealing", "VS / PG IT"],
        [
            "5",
            "Device groups per region (North, South, Elevators, Head Office) and automated investigation levels",
            "VS",
        ],
        ["6", "Isolation & live-response procedure tested on 3 pilot devices with PG IT on call", "VS / PG IT"],
    ]
    html = (
        f"<h1>Operational Runbook – Defender for Endpoint</h1><p class='muted'>{escape(cust.name)} · Document RB-PG-MDE v1.3</p>"
        + kv([("Customer", cust.name), ("Prepared by", VANTAGE.name), ("Go-live", "23 March 2026")])
        + "<h2>Procedure</h2>"
        + grid(["Step", "Action", "Owner"], steps)
        + "<h2>Escalation</h2>"
        + paras(
            "Severity 1 (ransomware, active intrusion): Vantage SOC calls PG IT on-call within 15 minutes; isolation may be "
            "performed by the SOC without prior approval for elevator-site devices."
        )
        + "<div style='page-break-before: always'></div><h1>Operational acceptance</h1>"
        + paras(
            f"{escape(cust.name)} confirms that Defender for Endpoint has been deployed by {escape(VANTAGE.name)} according to this runbook "
            "(612 clients, 54 servers) and accepts it into operation."
        )
        + sign_rows([(cust.short, signer.name, signer.title)])
    )
    return report_pdf(VANTAGE, "Runbook RB-PG-MDE", html, T(2026, 3, 24, 9), seed, VS_SDM.name)


def s4801024() -> Bundle:
    cid = "4801024"
    cust = PRAIRIE
    body = prairie_runbook_pdf(cust, PRAIRIE_SIGNER, cid + "b")
    scan = scan_pdf(
        body,
        letter_meta("RB-PG-MDE signed", "", T(2026, 3, 27, 16, 40), "scan"),
        cid + "s",
        dpi=200,
        inks=sig_inks(PRAIRIE_SIGNER.name, "03-27-2026", color=INK_BLACK),
        angles=(0.3, 0.0),
        turns=(0, 180),
        quality=55,
    )
    docs = [("RB-PG-MDE v1.3 signed.pdf", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 4, 7, 17, 10, zone=tz(-6)),
        partner=VANTAGE,
        pc=VS_SDM,
        customer=cust,
        cc=PRAIRIE_SIGNER,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        docs=docs,
        customer_name="Prairie Grain Co-operative",
    )
    return bundle(
        cid,
        "vantage_prairie_runbook_upside_down",
        c,
        {docs[0][0]: scan},
        "approve",
        "Runbook with a signed operational-acceptance page; the sign-off page was scanned upside down (rotated 180 degrees, 200 dpi) "
        "with the customer's handwritten signature and date 03-27-2026. The runbook details devices, sites and steps. The claim "
        "writes the customer as 'Prairie Grain Co-operative' – the same company. Its signature image is later pasted into 4801061.",
        "Page 2 (upside down): signature of Gordon Kowalchuk, Manager IT Security, dated 03-27-2026.",
    )


# ---------------------------------------------------------------------------------------------- pyHanko signed go-live certificate (approve)
STRAITS = Org(
    "Straits Marine Engineering Pte. Ltd.",
    "Straits Marine",
    "straitsmarine.com.sg",
    "SG",
    "Singapore 628044",
    "22 Benoi Sector",
)


def s4801025() -> Bundle:
    cid = "4801025"
    cust = STRAITS
    sig = Person("Tan Wei Ling", "weiling.tan@straitsmarine.com.sg", "Head of IT")
    html = (
        "<h1>Go-Live Certificate</h1>"
        + kv(
            [
                ("Customer", cust.name),
                ("Partner", CRESCENT.name),
                ("Service", "Microsoft Teams Rooms – shipyard and head office"),
                ("Go-live date", "9 March 2026"),
            ]
        )
        + "<h2>Delivered</h2>"
        + ul(
            [
                "14 Teams Rooms on Windows (Benoi HQ 9, Tuas yard 5) incl. 2 rugged rooms for the dry-dock control centre",
                "Room accounts with Teams Rooms Pro licences, Pro Management portal onboarding and monitoring",
                "Direct Guest Join for Zoom and Webex (class societies and ship owners)",
                "Training for 26 project managers; laminated quick guides in each room",
            ]
        )
        + paras("The customer confirms that the Teams Rooms service is live and accepted as of the go-live date.")
        + "<p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p>"
        + "<p class='small'>Customer signature (digital):</p>"
    )
    body = report_pdf(CRESCENT, "Go-Live Certificate", html, T(2026, 3, 9, 9), cid + "b", CT_AM.name)
    doc = pymupdf.open("pdf", body)
    page_no, r = _find(doc, "Customer signature (digital):")
    signed = pades_sign(
        body,
        sig,
        cust,
        T(2026, 3, 10, 9, 31, zone=tz(8)),
        box=(r.x0, r.y1 + 6, r.x0 + 250, r.y1 + 66),
        page=page_no,
        reason="Go-live accepted",
        location="Singapore",
        ca=("Cygnet eID Issuing CA 2024", "Cygnet Trust Services"),
    )
    docs = [("Go-Live Certificate - Straits Marine - digitally signed.pdf", "poe")]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 3, 20, 11, 0, zone=tz(8)),
        partner=CRESCENT,
        pc=CT_AM,
        customer=cust,
        cc=sig,
        workloads=["TEAMS ROOMS"],
        docs=docs,
    )
    return bundle(
        cid,
        "crescent_straits_pades_golive",
        c,
        {docs[0][0]: signed},
        "approve",
        "Go-live certificate digitally signed (PAdES, intact signature covering the whole file) by the customer's Head of IT with "
        "a certificate for weiling.tan@straitsmarine.com.sg on 10 March 2026; 14 Teams Rooms are described concretely.",
        "Digital signature field 'CustomerSignature': signer Tan Wei Ling, straitsmarine.com.sg, 2026-03-10, document unmodified.",
    )


# ---------------------------------------------------------------------------------------------- DocuSign without certificate (approve, unsure)
MARLOW = Org(
    "Marlow Biosciences Ltd", "Marlow Bio", "marlowbio.co.uk", "GB", "Cambridge CB4 0WS", "Milton Road Science Park"
)


def s4801027() -> Bundle:
    cid = "4801027"
    cust = MARLOW
    sig = Person("Dr. Helen Achterberg", "helen.achterberg@marlowbio.co.uk", "Head of Research IT")
    html = generic_report(
        BRIGHTWAVE,
        "Completion Certificate",
        cust,
        ref="BW-MB-CC-07",
        period="2 March 2026 – 15 May 2026",
        intro="Brightwave implemented Microsoft Purview Information Protection and Insider Risk Management for Marlow's 180 scientists ahead "
        "of a partnership with a large pharma company that requires labelled and monitored research data.",
        rows=[
            [
                "Microsoft Information Protection",
                "6 labels incl. 'Partner Restricted' with encryption; auto-labelling of assay data in 40 lab "
                "SharePoint sites; DLP for ELN exports",
                "Accepted",
            ],
            [
                "Insider Risk Manager",
                "Data theft by departing users policy (HR connector), priority users (principal investigators, 22)",
                "Accepted",
            ],
        ],
        facts=[("Users", "180"), ("Lab sites labelled", "40")],
        signers=[("Marlow Biosciences", sig.name, sig.title)],
    )
    body = report_pdf(BRIGHTWAVE, "Completion Certificate", html, T(2026, 5, 18, 9), cid + "b", BW_LEAD.name)
    signed = esign_pdf(
        body,
        platform="docusign",
        signers=[Signer(sig, cust, T(2026, 5, 19, 12, 40, zone=tz(1)), "Signature:", "Date:", "81.2.69.160")],
        sender=BW_LEAD,
        sender_org=BRIGHTWAVE,
        subject="Please DocuSign: Marlow Bio Completion Certificate",
        sent=T(2026, 5, 18, 16),
        certificate=False,
        meta=letter_meta("Marlow Completion Certificate", BW_LEAD.name, T(2026, 5, 19, 13)),
        seed=cid,
    )
    docs = [("Marlow Completion Certificate.pdf", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 6, 1, 10, 0, zone=tz(1)),
        partner=BRIGHTWAVE,
        pc=BW_LEAD,
        customer=cust,
        cc=sig,
        workloads=["MICROSOFT INFORMATION PROTECTION", "INSIDER RISK MANAGER"],
        docs=docs,
    )
    return bundle(
        cid,
        "brightwave_marlow_docusign_no_certificate",
        c,
        {docs[0][0]: signed},
        "approve",
        "DocuSign-stamped certificate (envelope ID on each page, 'DocuSigned by' block, date 5/19/2026) without the certificate of "
        "completion; the content is detailed and names both parties. UNSURE: a strict reviewer might want the certificate of "
        "completion to verify the eSignature; most accept an envelope-stamped signature.",
        "DocuSign envelope ID stamped on every page; 'DocuSigned by' signature of Dr. Helen Achterberg dated 5/19/2026; no certificate page.",
        customer_acknowledgement=["pass", "warn"],
    )


# ---------------------------------------------------------------------------------------------- screenshot of an e-mail (action required)
DECCAN = Org(
    "Deccan Textiles Limited",
    "Deccan Textiles",
    "deccantextiles.in",
    "IN",
    "Hyderabad 500081",
    "Plot 14, HITEC City Phase 2",
)
KV_PM = pp(KAVERI, "Arvind", "Raman", "Delivery Manager")
KV_FOOT = footer_of(KV_PM, KAVERI, "+91 80 4555 0190")


def s4801028() -> Bundle:
    cid = "4801028"
    cust = DECCAN
    cu = Person("Sunita Reddy", "sunita.reddy@deccantextiles.in", "GM - IT")
    lines = [
        ("9:41", 22, "#000000", True),
        ("", 10, "#000000", False),
        ("< Inbox", 26, "#0a64d8", False),
        ("RE: Intune rollout completion", 30, "#000000", True),
        ("Sunita Reddy  <sunita.reddy@deccantextiles.in>", 20, "#333333", False),
        ("To: Arvind Raman   12 Aug 2026, 6:02 pm", 18, "#777777", False),
        ("", 12, "#000000", False),
        ("Hi Arvind,", 24, "#111111", False),
        ("", 12, "#000000", False),
        ("Confirming the Intune rollout to our 3 mills", 24, "#111111", False),
        ("(420 laptops, 150 shop-floor tablets) is", 24, "#111111", False),
        ("complete. Thanks to your team.", 24, "#111111", False),
        ("", 12, "#000000", False),
        ("Regards,", 24, "#111111", False),
        ("Sunita", 24, "#111111", False),
    ]
    shot = screenshot(lines, (750, 1334), cid)
    docs = [("WhatsApp Image 2026-08-13 at 10.14.22.jpeg", "poe")]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 8, 24, 12, 0, zone=tz(5.5)),
        partner=KAVERI,
        pc=KV_PM,
        customer=cust,
        cc=cu,
        workloads=["INTUNE"],
        docs=docs,
    )
    return bundle(
        cid,
        "kaveri_deccan_email_screenshot",
        c,
        {docs[0][0]: jpeg(shot, 78)},
        "action_required",
        "The acknowledgement is only a phone screenshot (JPEG) of an e-mail. The seed rejects flat e-mail signatures 'i.e. JPEG "
        "files or screenshots'; the partner must upload the original .msg/.pdf e-mail. UNSURE: how the domain and detail "
        "checks read a screenshot; the decision rests on the flat image.",
        "Only file: 'WhatsApp Image … .jpeg' showing an e-mail from sunita.reddy@deccantextiles.in.",
        customer_acknowledgement="fail",
        customer_domain=["pass", "not_applicable", "warn", "fail"],
        activity_detail=["pass", "warn", "fail"],
    )


# ---------------------------------------------------------------------------------------------- adoption dashboard + subdomain sender (approve)
OAKRIDGE = Org(
    "Oakridge Building Society",
    "Oakridge BS",
    "oakridgebs.co.uk",
    "GB",
    "Swindon SN1 1QD",
    "Oakridge House, Commercial Road",
)


def dashboard_pdf(
    title: str,
    customer: Org,
    tiles: Sequence[tuple[str, str]],
    series: Sequence[tuple[str, Sequence[int]]],
    when: dt.datetime,
    seed: str,
) -> bytes:
    img = Image.new("RGB", (1400, 420), "white")
    d = ImageDraw.Draw(img)
    colors = [(0, 120, 212), (16, 124, 16), (216, 59, 1), (135, 100, 184)]
    f = font("DejaVuSans.ttf", 16)
    for k, (label, values) in enumerate(series):
        top = max(max(v) for _, v in series)
        pts = [(80 + i * (1280 / (len(values) - 1)), 380 - 320 * v / top) for i, v in enumerate(values)]
        d.line(pts, fill=colors[k % 4], width=4)
        d.text((90 + k * 330, 10), "■ " + label, font=f, fill=colors[k % 4])
    for i in range(5):
        d.line((80, 380 - i * 80, 1360, 380 - i * 80), fill=(225, 225, 225), width=1)
    chart = png(img)
    html = (
        f"<h1 style='color:#252423'>{escape(title)}</h1><p class='muted'>{escape(customer.name)} · Data refreshed {when:%d/%m/%Y %H:%M}</p>"
        + "<table>"
        + "<tr>"
        + "".join(f"<td class='center'><span style='font-size:20pt'><b>{v}</b></span><br>{k}</td>" for k, v in tiles)
        + "</tr></table>"
        + "<p><b>Active users by week (last 12 weeks)</b></p><img src='chart.png' width='100%'/>"
    )
    arch = pymupdf.Archive()
    arch.add((chart, "chart.png"))
    arch.add(str(FONT_DIR))
    story = pymupdf.Story(html=html, user_css=css("#252423", size=9), archive=arch)
    buf = io.BytesIO()
    w = pymupdf.DocumentWriter(buf)
    dev = w.begin_page(pymupdf.Rect(0, 0, 842, 595))
    story.place(pymupdf.Rect(36, 36, 806, 560))
    story.draw(dev)
    w.end_page()
    w.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    text_at(doc[0], 36, 585, "Microsoft 365 usage analytics · Power BI", 7, "#777777")
    return finish(doc, letter_meta(title, "", when, "pbi"), seed)


def s4801029() -> Bundle:
    cid = "4801029"
    cust = OAKRIDGE
    ack = Person("Rhys Pritchard", "rhys.pritchard@corp.oakridgebs.co.uk", "Head of Digital Workplace")
    cc = Person("Rhys Pritchard", "rhys.pritchard@oakridgebs.co.uk", "Head of Digital Workplace")
    dash = dashboard_pdf(
        "Copilot & Viva adoption – Oakridge BS",
        cust,
        [
            ("Copilot licensed users", "420"),
            ("Copilot active (28d)", "371"),
            ("Viva Engage communities", "34"),
            ("Viva Insights users", "398"),
        ],
        [
            ("Copilot active users", [40, 95, 160, 210, 250, 290, 310, 330, 345, 360, 366, 371]),
            ("Viva Engage posters", [60, 70, 88, 120, 140, 150, 170, 181, 190, 200, 214, 220]),
        ],
        T(2026, 7, 27, 7),
        cid + "d",
    )
    first = Mail(
        BW_LEAD,
        (cc,),
        "Oakridge – Copilot & Viva adoption programme close-out",
        T(2026, 7, 28, 9, 15, zone=tz(1)),
        "Hi Rhys,\n\nWith the 12-week adoption programme finished, attached is the usage dashboard. Summary of what we delivered:\n"
        "- Microsoft 365 Copilot for 420 staff (branches, mortgages, member services) with role-based prompt libraries and 14 champions\n"
        "- Viva Engage: 34 communities incl. branch network and 'Ask the CEO'; Viva Insights manager effectiveness for 52 people leaders\n"
        "- Monthly adoption reviews with your ExCo sponsor\n\nCould you confirm this is an accurate picture of our work with you?\n\nMany thanks,",
        attachments=(("Oakridge_Copilot_Viva_adoption.pdf", dash),),
        footer=BW_FOOT,
    )
    reply = Mail(
        ack,
        (BW_LEAD,),
        "RE: Oakridge – Copilot & Viva adoption programme close-out",
        T(2026, 7, 29, 16, 2, zone=tz(1)),
        "Hi Imogen,\n\nYes – accurate. 371 active Copilot users out of 420 is better than our business case assumed. We accept the "
        "adoption programme as complete and are glad to have Brightwave recorded as our partner for Copilot and Viva.\n\nRhys",
        quoted=(first,),
        footer="Rhys Pritchard\nHead of Digital Workplace | Oakridge Building Society\nOakridge Building Society is authorised by the PRA.",
    )
    docs = [
        ("RE Oakridge - Copilot & Viva adoption close-out.msg", "poe"),
        ("Oakridge_Copilot_Viva_adoption.pdf", "supporting"),
    ]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 8, 6, 11, 0, zone=tz(1)),
        partner=BRIGHTWAVE,
        pc=BW_LEAD,
        customer=cust,
        cc=cc,
        workloads=["MICROSOFT 365 COPILOT", "VIVA ENGAGE", "VIVA INSIGHTS"],
        docs=docs,
    )
    return bundle(
        cid,
        "brightwave_oakridge_dashboard_subdomain",
        c,
        {docs[0][0]: msg_file(reply), docs[1][0]: dash},
        "approve",
        "The acknowledgement comes from corp.oakridgebs.co.uk – a subdomain of the claim's domain oakridgebs.co.uk, so the domain "
        "is the customer's. The reply accepts a detailed summary of all three workloads; the dashboard printed to PDF supports it. "
        "Brightwave's e-mail footer is shared with its other claims (boilerplate).",
        "Reply from rhys.pritchard@corp.oakridgebs.co.uk: 'We accept the adoption programme as complete'.",
        customer_domain="pass",
    )


# ==============================================================================================
# public sector
# ==============================================================================================
RW_AM = pp(REDWOOD, "Kevin", "Alvarez", "Public Sector Account Manager")
MAPLE = Org(
    "City of Maple Falls",
    "Maple Falls",
    "maplefallswa.gov",
    "US",
    "Maple Falls, WA 98266",
    "City Hall, 7870 Silver Lake Rd",
)
CLEARWATER = Org(
    "Clearwater County School District No. 4", "CCSD", "ccsd4.k12.or.us", "US", "Clearwater, OR 97013", "300 School St"
)


def psd_signed(
    partner: Org, customer: Org, person: Person, workloads: str, day: dt.date, seed: str, *, scan: bool
) -> bytes:
    html = (
        psd_html(partner, customer, workloads, day)
        .replace("__NAME__", escape(person.name))
        .replace("__TITLE__", escape(person.title))
    )
    html = html.replace("<td class='sig'>&nbsp;</td>", "<td class='sig'>Signature:</td>").replace(
        "<td class='k'>Date</td><td>&nbsp;</td>", "<td class='k'>Date</td><td>Date:</td>"
    )
    body = report_pdf(
        partner, "Public Sector Disclosure", html, T(day.year, day.month, day.day, 9), seed + "psd", partner.short
    )
    if scan:
        return scan_pdf(
            body,
            letter_meta("PSD signed", "", T(day.year, day.month, day.day, 15), "scan"),
            seed + "psds",
            dpi=150,
            inks=sig_inks(person.name, mdy(day)),
        )
    return esign_pdf(
        body,
        platform="docusign",
        signers=[Signer(person, customer, T(day.year, day.month, day.day, 15, 5, zone=tz(-8)), "Signature:", "Date:")],
        sender=pp(partner, "Contracts", "Desk", "Contracts", "contracts"),
        sender_org=partner,
        subject=f"Please DocuSign: Public Sector Disclosure – {customer.short}",
        sent=T(day.year, day.month, day.day, 9),
        certificate=True,
        meta=letter_meta("Public Sector Disclosure", partner.short, T(day.year, day.month, day.day, 16)),
        seed=seed + "psde",
    )


def s4801032() -> Bundle:
    cid = "4801032"
    cust = MAPLE
    sig = Person("Denise Okafor", "dokafor@maplefallswa.gov", "IT Director")
    html = generic_report(
        REDWOOD,
        "Implementation Completion Report",
        cust,
        ref="RPS-MF-2026-03",
        period="January 12 – April 3, 2026",
        intro="Redwood moved the City's 310 employees (City Hall, Public Works, Police records, Parks) from on-premises Exchange 2013 to Exchange "
        "Online (GCC) and rolled out Teams for departmental collaboration and council-meeting preparation.",
        rows=[
            [
                "Exchange Online",
                "310 mailboxes and 22 shared mailboxes to GCC; litigation hold for records retention (WA State RCW 40.14); journaling retired",
                "Complete",
            ],
            [
                "Teams",
                "Teams per department (11), council packet workflow, guest access for the county, Teams training for 60 staff",
                "Complete",
            ],
        ],
        facts=[("Mailboxes", "310"), ("Departments", "11")],
        signers=[("City of Maple Falls", sig.name, sig.title)],
    )
    body = report_pdf(REDWOOD, "Implementation Completion Report", html, T(2026, 4, 6, 9), cid + "b", RW_AM.name)
    rep = esign_pdf(
        body,
        platform="acrobat",
        signers=[Signer(sig, cust, T(2026, 4, 8, 10, 12, zone=tz(-7)), "Signature:", "Date:", "161.55.12.40")],
        sender=RW_AM,
        sender_org=REDWOOD,
        subject="City of Maple Falls – Implementation Completion Report",
        sent=T(2026, 4, 7, 12),
        certificate=True,
        meta=letter_meta("Maple Falls Completion Report", RW_AM.name, T(2026, 4, 8, 11)),
        seed=cid,
    )
    psd = psd_signed(
        REDWOOD, cust, sig, "Exchange Online, Microsoft Teams (Microsoft 365 G3)", D(2026, 1, 9), cid, scan=True
    )
    docs = [
        ("Maple Falls - Completion Report (signed).pdf", "poe"),
        ("Maple Falls - Public Sector Disclosure (signed).pdf", "public_sector_disclosure"),
    ]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 4, 20, 9, 0, zone=tz(-7)),
        partner=REDWOOD,
        pc=RW_AM,
        customer=cust,
        cc=sig,
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        docs=docs,
        segment="public_sector",
    )
    return bundle(
        cid,
        "redwood_maplefalls_ps_disclosure",
        c,
        {docs[0][0]: rep, docs[1][0]: psd},
        "approve",
        "US public-sector customer on a Modern Work usage claim: the written fee disclosure is signed by the City's IT Director "
        "(01/09/2026); the completion report is e-signed via Acrobat Sign. The disclosure wording is Redwood's standard text, "
        "identical on 4801033 – boilerplate, not reuse.",
        "Signed 'Public Sector Disclosure' with customer acknowledgement; Acrobat Sign completion report dated Apr 8, 2026.",
    )


def s4801033() -> Bundle:
    cid = "4801033"
    cust = CLEARWATER
    sig = Person("Marcus Whitehorse", "mwhitehorse@ccsd4.k12.or.us", "Director of Technology")
    first = Mail(
        RW_AM,
        (sig,),
        "CCSD 4 – Defender & Intune rollout summary",
        T(2026, 6, 19, 13, 0, zone=tz(-7)),
        "Hi Marcus,\n\nSummary of what Redwood delivered for the District this spring:\n- Intune: 2,850 student Windows devices and 410 staff "
        "laptops across 9 schools enrolled with Autopilot; exam-mode kiosk profile for state testing; app deployment for 31 apps\n"
        "- Defender for Endpoint: onboarded all 3,260 devices, web content filtering for CIPA, ASR rules in block, isolation runbook "
        "for the district help desk\n- Period: February 2 – June 12, 2026\n\nPlease confirm by reply so we can register as your partner "
        "of record for Intune and Defender for Endpoint.\n\nThanks,",
        footer=footer_of(RW_AM, REDWOOD, "+1 916 555 0134"),
    )
    reply = Mail(
        sig,
        (RW_AM,),
        "RE: CCSD 4 – Defender & Intune rollout summary",
        T(2026, 6, 22, 7, 48, zone=tz(-7)),
        "Kevin,\n\nConfirmed, this matches what was delivered. State testing ran on the kiosk profile without a single incident.\n\nMarcus Whitehorse\n"
        "Director of Technology, Clearwater County School District No. 4",
        quoted=(first,),
    )
    psd = psd_signed(
        REDWOOD,
        cust,
        sig,
        "Microsoft Intune, Microsoft Defender for Endpoint (Microsoft 365 A5)",
        D(2026, 1, 28),
        cid,
        scan=False,
    )
    docs = [
        ("RE CCSD 4 - Defender & Intune rollout summary.eml", "poe"),
        ("CCSD4 Public Sector Disclosure.pdf", "public_sector_disclosure"),
    ]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 6, 30, 15, 0, zone=tz(-7)),
        partner=REDWOOD,
        pc=RW_AM,
        customer=cust,
        cc=sig,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=docs,
        segment="public_sector",
        customer_name="Clearwater County School District",
    )
    return bundle(
        cid,
        "redwood_ccsd_ps_disclosure_email",
        c,
        {docs[0][0]: eml(reply), docs[1][0]: psd},
        "approve",
        "US school district (public sector) with a DocuSigned written fee disclosure acknowledged by the Director of Technology, and "
        "an e-mail from ccsd4.k12.or.us confirming a detailed summary. The disclosure text is the same standard wording as 4801032 "
        "(boilerplate, not reuse).",
        "DocuSigned disclosure 1/28/2026; reply of 2026-06-22 from mwhitehorse@ccsd4.k12.or.us: 'Confirmed, this matches what was delivered'.",
        customer_domain="pass",
    )


def s4801034() -> Bundle:
    cid = "4801034"
    cust = Org(
        "Town of Brookhaven Springs",
        "Brookhaven Springs",
        "brookhavensprings-co.gov",
        "US",
        "Brookhaven Springs, CO 80459",
        "100 Main St",
    )
    sig = Person("Laura Kim", "lkim@brookhavensprings-co.gov", "Town Administrator")
    html = generic_report(
        SUMMIT,
        "Project Acceptance",
        cust,
        ref="SRT-BS-2026-01",
        period="March 2 – May 8, 2026",
        intro="Summit Ridge migrated the Town's 85 staff to Exchange Online and SharePoint Online and retired the ageing file server used by the "
        "clerk's office and building department.",
        rows=[
            [
                "Exchange Online",
                "85 mailboxes and 6 shared mailboxes, records retention for the clerk, MFA for all staff",
                "Accepted",
            ],
            [
                "SharePoint Online",
                "Clerk's records library with retention labels, building permits site (14,000 files), intranet",
                "Accepted",
            ],
        ],
        signers=[("Town of Brookhaven Springs", sig.name, sig.title)],
    )
    body = report_pdf(SUMMIT, "Project Acceptance", html, T(2026, 5, 11, 9), cid + "b", SR_PM.name)
    rep = esign_pdf(
        body,
        platform="docusign",
        signers=[Signer(sig, cust, T(2026, 5, 12, 15, 0, zone=tz(-6)), "Signature:", "Date:")],
        sender=SR_PM,
        sender_org=SUMMIT,
        subject="Please DocuSign: Brookhaven Springs Project Acceptance",
        sent=T(2026, 5, 11, 12),
        certificate=True,
        meta=letter_meta("Brookhaven Springs Project Acceptance", SR_PM.name, T(2026, 5, 12, 16)),
        seed=cid,
    )
    docs = [("Brookhaven Springs - Project Acceptance.pdf", "poe")]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 5, 26, 10, 0, zone=tz(-6)),
        partner=SUMMIT,
        pc=SR_PM,
        customer=cust,
        cc=sig,
        workloads=["EXCHANGE ONLINE", "SHAREPOINT ONLINE"],
        docs=docs,
        segment="public_sector",
    )
    return bundle(
        cid,
        "summit_brookhaven_ps_no_disclosure",
        c,
        {docs[0][0]: rep},
        "action_required",
        "A US municipality (public sector) on a Modern Work usage claim: the work is well documented and signed, but there is no "
        "written fee disclosure acknowledged by the customer, which the seed requires for US/PR public-sector CPOR claims. "
        "UNSURE: whether the missing disclosure also counts as a missing required document.",
        "Customer segment public_sector, country US; no public-sector disclosure document in the bundle.",
        public_sector="fail",
        required_documents=["pass", "fail"],
    )


def s4801035() -> Bundle:
    cid = "4801035"
    cust = Org(
        "Klinikum Oberes Elbtal gGmbH",
        "Klinikum Oberes Elbtal",
        "klinikum-oberes-elbtal.de",
        "DE",
        "01796 Pirna",
        "Struppener Straße 13",
    )
    sig = Person("Dr. Katrin Lehmann", "k.lehmann@klinikum-oberes-elbtal.de", "Leiterin IT / Head of IT")
    html = generic_report(
        NORDLICHT,
        "Project Completion Report",
        cust,
        ref="NL-KOE-2026-02",
        period="2 February – 29 May 2026",
        intro="Nordlicht secured the hospital's clinical and administrative endpoints after a regional ransomware incident: 1,450 workstations "
        "and 120 servers onboarded to Defender for Endpoint, and Defender for Identity on the hospital's 6 domain controllers.",
        rows=[
            [
                "Microsoft Defender for Endpoint",
                "1,450 clients (incl. 380 ward PCs) and 120 servers; exclusions for PACS and lab systems; ASR rules; isolation runbook with the on-call team",
                "Complete",
            ],
            [
                "Microsoft Defender for Identity",
                "Sensors on 6 DCs and 2 AD CS servers; honeytokens; 41 lateral-movement paths removed",
                "Complete",
            ],
        ],
        facts=[("Devices onboarded", "1,570"), ("Sites", "Pirna, Sebnitz")],
        signers=[("Klinikum Oberes Elbtal", sig.name, sig.title)],
    )
    body = report_pdf(NORDLICHT, "Project Completion Report", html, T(2026, 6, 1, 9), cid + "b", NL_LEAD.name)
    scan = scan_pdf(
        body,
        letter_meta("Scan", "", T(2026, 6, 4, 8), "scan"),
        cid + "s",
        dpi=150,
        inks=sig_inks(sig.name, "03.06.2026"),
        angles=(0.6, -0.4),
    )
    docs = [("NL-KOE-2026-02 Completion Report signed.pdf", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 6, 16, 9, 0, zone=tz(2)),
        partner=NORDLICHT,
        pc=NL_LEAD,
        customer=cust,
        cc=sig,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR IDENTITY"],
        docs=docs,
        segment="public_sector",
    )
    return bundle(
        cid,
        "nordlicht_klinikum_ps_germany",
        c,
        {docs[0][0]: scan},
        "approve",
        "A public hospital in Germany: the written fee-disclosure rule applies to public-sector customers in the US and Puerto Rico "
        "only, so none is needed; the signed scan details both workloads. (Germany is not known from the seed as a restricted country.)",
        "Customer country DE, segment public_sector; signed completion report 03.06.2026; no disclosure required outside US/PR.",
        public_sector=["pass", "not_applicable"],
    )


def s4801036() -> Bundle:
    cid = "4801036"
    cust = Org(
        "Municipio Autónomo de Río Verde",
        "Municipio de Río Verde",
        "rioverde.pr.gov",
        "PR",
        "Río Verde, PR 00745",
        "Calle Muñoz Rivera 1",
    )
    pm = pp(ISLA, "Gabriel", "Ortiz", "Gerente de Proyectos")
    sig = Person("Ivelisse Rosario", "irosario@rioverde.pr.gov", "Directora de Sistemas de Información")
    html = generic_report(
        ISLA,
        "Informe de cierre / Closure Report",
        cust,
        ref="ICS-RV-26-01",
        period="9 de febrero – 30 de abril de 2026 / February 9 – April 30, 2026",
        intro="Isla Cloud desplegó Intune en 260 equipos municipales y Defender for Endpoint en los mismos equipos y 18 servidores. "
        "<i>Isla Cloud deployed Intune on 260 municipal devices and Defender for Endpoint on the same devices and 18 servers.</i>",
        rows=[
            [
                "Intune",
                "Autopilot para 260 equipos (alcaldía, policía municipal, obras públicas); políticas de cumplimiento.<br><i>Autopilot for 260 devices (city hall, municipal police, public works); compliance policies.</i>",
                "Completado / Complete",
            ],
            [
                "Microsoft Defender for Endpoint",
                "Incorporación de 278 dispositivos, reglas ASR, aislamiento.<br><i>Onboarding of 278 devices, ASR rules, isolation.</i>",
                "Completado / Complete",
            ],
        ],
        head=("Carga / Workload", "Actividades / Activities", "Estado / Status"),
        signers=[("Municipio de Río Verde", sig.name, sig.title)],
        accept="El Municipio acepta los trabajos descritos. <i>The Municipality accepts the work described.</i>",
    )
    body = report_pdf(ISLA, "Closure Report", html, T(2026, 5, 4, 9), cid + "b", pm.name)
    rep = scan_pdf(
        body,
        letter_meta("cierre firmado", "", T(2026, 5, 7, 9), "scan2"),
        cid + "s",
        dpi=150,
        inks=sig_inks(sig.name, "05/06/2026"),
        angles=(-0.5,),
    )
    psd_html_text = (
        psd_html(ISLA, cust, "Intune, Defender for Endpoint", D(2026, 2, 5))
        .replace("__NAME__", sig.name)
        .replace("__TITLE__", sig.title)
    )
    psd_html_text = psd_html_text.replace("<td class='sig'>&nbsp;</td>", "<td class='sig'>Signature:</td>").replace(
        "<td class='k'>Date</td><td>&nbsp;</td>", "<td class='k'>Date</td><td>Date:</td>"
    )
    psd_html_text += (
        "<p class='small'>Versión en español disponible a solicitud. / Spanish version available on request.</p>"
    )
    psd = scan_pdf(
        report_pdf(ISLA, "Public Sector Disclosure", psd_html_text, T(2026, 2, 5, 9), cid + "p", pm.name),
        letter_meta("PSD", "", T(2026, 2, 6, 9), "scan2"),
        cid + "ps",
        dpi=150,
        inks=sig_inks(sig.name, "02/05/2026"),
    )
    docs = [
        ("Informe de cierre - Closure Report (firmado).pdf", "poe"),
        ("Public Sector Disclosure - Rio Verde.pdf", "public_sector_disclosure"),
    ]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 5, 19, 10, 0, zone=tz(-4)),
        partner=ISLA,
        pc=pm,
        customer=cust,
        cc=sig,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=docs,
        segment="public_sector",
    )
    return bundle(
        cid,
        "isla_rioverde_pr_bilingual_psd",
        c,
        {docs[0][0]: rep, docs[1][0]: psd},
        "approve",
        "Puerto Rico municipality (public sector): a signed written fee disclosure is present (standard wording, boilerplate) and the "
        "closure report is bilingual Spanish/English with the English beside every statement; handwritten dates are US-style "
        "(05/06/2026 = May 6, 2026).",
        "Signed Public Sector Disclosure 02/05/2026; bilingual closure report signed 05/06/2026.",
    )


# ==============================================================================================
# Business Applications
# ==============================================================================================
MB_PM = pp(MERCATOR, "Sanne", "de Vries", "Engagement Manager")
MB_FOOT = footer_of(MB_PM, MERCATOR, "+31 10 555 0123", "Mercator Business Solutions B.V. · KvK 24481234")


def s4801037() -> Bundle:
    cid = "4801037"
    cust = Org(
        "Van Leeuwen Bloemen B.V.",
        "Van Leeuwen Bloemen",
        "vanleeuwenbloemen.nl",
        "NL",
        "1431 GS Aalsmeer",
        "Legmeerdijk 313",
    )
    sig = Person("Pieter Bakker", "p.bakker@vanleeuwenbloemen.nl", "Commercieel Directeur")
    sub = guid("sub", cid).lower()
    html = (
        "<h1>Steering Committee – Minutes</h1>"
        + kv(
            [
                ("Meeting", "Steering committee #5 – Dynamics 365 Sales & Customer Service"),
                ("Date", "14 September 2026, 10:00–11:30, Aalsmeer"),
                (
                    "Present (customer)",
                    f"{sig.name} (Commercieel Directeur), Anouk Jansen (Head of Customer Service), Ruud Smit (IT)",
                ),
                ("Present (Mercator)", f"{MB_PM.name}, Thijs Verhoeven (Solution Architect)"),
            ]
        )
        + "<h2>1. Progress</h2>"
        + ul(
            [
                "Dynamics 365 Sales live for 64 account managers since 1 Sept (export buyers in DE, UK, FR)",
                "Opportunity pipeline migrated from Salesforce (11,800 accounts, 2,400 open opportunities)",
                "Customer Service: case management for 18 agents live; Omnichannel e-mail and chat go-live 28 Sept",
                "Power BI sales dashboard replacing weekly Excel export",
            ]
        )
        + "<h2>2. Decisions</h2>"
        + ul(
            [
                "Steering committee approves go-live of Customer Service omnichannel on 28 Sept",
                "Van Leeuwen confirms Mercator as implementation partner of record for Dynamics 365 Sales and Customer Service",
            ]
        )
        + "<h2>3. Actions</h2>"
        + grid(
            ["Action", "Owner", "Due"],
            [["Train 6 new agents", "Anouk Jansen", "25 Sept"], ["Hypercare plan omnichannel", "Mercator", "21 Sept"]],
        )
        + "<h2>Approval of minutes</h2>"
        + sign_rows([("Van Leeuwen Bloemen", sig.name, sig.title)])
    )
    body = report_pdf(MERCATOR, "SteerCo #5 minutes", html, T(2026, 9, 15, 9), cid + "b", MB_PM.name)
    signed = esign_pdf(
        body,
        platform="docusign",
        signers=[Signer(sig, cust, T(2026, 9, 16, 8, 31, zone=tz(2)), "Signature:", "Date:", "84.241.10.5")],
        sender=MB_PM,
        sender_org=MERCATOR,
        subject="Please DocuSign: SteerCo #5 minutes – Van Leeuwen Bloemen",
        sent=T(2026, 9, 15, 12),
        certificate=True,
        meta=letter_meta("SteerCo 5 minutes", MB_PM.name, T(2026, 9, 16, 9)),
        seed=cid,
    )
    docs = [("SteerCo_05_minutes_signed.pdf", "poe")]
    c = make_claim(
        cid,
        area="Business Applications",
        submitted=T(2026, 9, 24, 10, 0, zone=tz(2)),
        partner=MERCATOR,
        pc=MB_PM,
        customer=cust,
        cc=sig,
        workloads=[("DYNAMICS 365 SALES ENTERPRISE EDITION", sub), ("DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE", sub)],
        docs=docs,
    )
    return bundle(
        cid,
        "mercator_vanleeuwen_steerco_minutes",
        c,
        {docs[0][0]: signed},
        "approve",
        "Business Applications usage: steering-committee minutes, DocuSigned by the customer's commercial director, record concrete "
        "Sales (64 users, migration) and Customer Service (18 agents, omnichannel) work and the customer's confirmation of Mercator.",
        "Signed SteerCo #5 minutes of 14 Sep 2026 with decisions naming both Dynamics 365 workloads.",
    )


def s4801038() -> Bundle:
    cid = "4801038"
    cust = Org("Zeeland Agri Coöperatie U.A.", "Zeeland Agri", "zeelandagri.nl", "NL", "4462 GA Goes", "Havenstraat 40")
    cu = Person("Hanneke Wolters", "h.wolters@zeelandagri.nl", "CFO")
    sub = guid("sub", cid).lower()
    m1 = Mail(
        MB_PM,
        (cu,),
        "Fit-gap workshop Dynamics 365 Finance – summary",
        T(2026, 3, 18, 17, 0, zone=tz(1)),
        "Dear Hanneke,\n\nThank you for the two fit-gap workshops (11 and 17 March) with your finance and procurement teams. Summary:\n"
        "- 38 finance processes reviewed; 31 fit standard Dynamics 365 Finance, 7 need configuration (crop-advance accounting, member settlements)\n"
        "- Demo of the member settlement scenario with your 2025 harvest data (412 members)\n- Proposed pilot: Finance for the cooperative entity, "
        "go-live Q3 2026\n\nCould you confirm that this reflects the workshops?\n\nKind regards,",
        footer=MB_FOOT,
    )
    r1 = Mail(
        cu,
        (MB_PM,),
        "RE: Fit-gap workshop Dynamics 365 Finance – summary",
        T(2026, 3, 20, 9, 12, zone=tz(1)),
        "Dear Sanne,\n\nYes, that reflects the workshops well. The member settlement demo convinced our board; we would like to proceed "
        "with the pilot proposal for Dynamics 365 Finance as described. Please send the proposal for the licences and the implementation.\n\n"
        "Regards,\nHanneke Wolters\nCFO Zeeland Agri",
        quoted=(m1,),
    )
    docs = [("RE Fit-gap workshop Dynamics 365 Finance - summary.msg", "poe")]
    c = make_claim(
        cid,
        area="Business Applications",
        submitted=T(2026, 6, 3, 11, 0, zone=tz(2)),
        partner=MERCATOR,
        pc=MB_PM,
        customer=cust,
        cc=cu,
        workloads=[("DYNAMICS 365 FINANCE", sub)],
        docs=docs,
        kind="pre_sales",
        transaction=D(2026, 5, 12),
    )
    return bundle(
        cid,
        "mercator_zeeland_presales_before_transaction",
        c,
        {docs[0][0]: msg_file(r1)},
        "approve",
        "Pre-sales: the customer's CFO acknowledges in depth (workshops, demo with their data, pilot scope) on 20 March 2026, well "
        "before the 12 May 2026 transaction – proof of engagement prior to the transaction, as the seed requires.",
        "Reply of 2026-03-20 from h.wolters@zeelandagri.nl; transaction_date 2026-05-12.",
        customer_domain="pass",
    )


def s4801039() -> Bundle:
    cid = "4801039"
    cust = Org(
        "Oleificio San Giorgio S.r.l.",
        "Oleificio San Giorgio",
        "oleificiosangiorgio.it",
        "IT",
        "70031 Andria (BT)",
        "Via Barletta 210",
    )
    cu = Person("Francesca Lorusso", "f.lorusso@oleificiosangiorgio.it", "Amministratore Delegato")
    sub = guid("sub", cid).lower()
    html = generic_report(
        LUMEN,
        "Project Kick-off – Minutes",
        cust,
        ref="LD-OSG-KO",
        period="Kick-off 8 June 2026",
        intro="Kick-off of the Dynamics 365 Business Central implementation after the licence purchase on 20 May 2026: finance, inventory and "
        "lot traceability for 3 production lines and 2 warehouses; 35 users.",
        rows=[
            [
                "Dynamics 365 Business Central",
                "Chart of accounts migration, lot tracking for olive oil batches, EDI with 2 retail chains, go-live planned 1 October 2026",
                "Planned",
            ]
        ],
        signers=[("Oleificio San Giorgio", cu.name, cu.title)],
    )
    body = report_pdf(LUMEN, "Kick-off minutes", html, T(2026, 6, 8, 17), cid + "b", LD_PM.name)
    signed = esign_pdf(
        body,
        platform="acrobat",
        signers=[Signer(cu, cust, T(2026, 6, 10, 9, 10, zone=tz(2)), "Signature:", "Date:")],
        sender=LD_PM,
        sender_org=LUMEN,
        subject="Verbale kick-off Business Central",
        sent=T(2026, 6, 9, 9),
        certificate=True,
        meta=letter_meta("Kick-off minutes", LD_PM.name, T(2026, 6, 10, 10)),
        seed=cid,
    )
    docs = [("Kickoff_minutes_signed.pdf", "poe")]
    c = make_claim(
        cid,
        area="Business Applications",
        submitted=T(2026, 6, 25, 10, 0, zone=tz(2)),
        partner=LUMEN,
        pc=LD_PM,
        customer=cust,
        cc=cu,
        workloads=[("DYNAMICS 365 BUSINESS CENTRAL ESSENTIALS", sub)],
        docs=docs,
        kind="pre_sales",
        transaction=D(2026, 5, 20),
    )
    return bundle(
        cid,
        "lumen_sangiorgio_presales_after_transaction",
        c,
        {docs[0][0]: signed},
        "action_required",
        "Pre-sales claim whose only proof is kick-off minutes of 8 June 2026, signed 10 June – after the 20 May 2026 transaction – and "
        "no upsell is claimed. The seed asks for proof of engagement prior to the transaction; the partner must supply it.",
        "Minutes dated 8 June 2026 'after the licence purchase on 20 May 2026'; transaction_date 2026-05-20.",
        acknowledgement_date="fail",
    )


def s4801040() -> Bundle:
    cid = "4801040"
    cust = Org(
        "Cooperativa Agroindustrial Vale Verde",
        "Coop Vale Verde",
        "coopvaleverde.com.br",
        "BR",
        "Rio Verde - GO",
        "Rod. GO-174, km 3",
    )
    cu = Person("Marcelo Andrade", "marcelo.andrade@coopvaleverde.com.br", "Diretor de Atendimento ao Cooperado")
    sub = guid("sub", cid).lower()
    m1 = Mail(
        IN_PM,
        (cu,),
        "Customer Service expansion – grain receiving call centre",
        T(2026, 7, 2, 10, 0, zone=tz(-3)),
        "Marcelo,\n\nFollowing the harvest review: Integra took over the Dynamics 365 Customer Service environment in May (previous partner "
        "left). We redesigned case routing for the grain-receiving call centre and proposed extending it to the input-sales desk. Result: "
        "the cooperative bought 120 additional Customer Service Enterprise seats on 26 June (from 45 to 165 agents), driven by our new "
        "routing and the WhatsApp channel we piloted.\n\nCould you confirm?\n\nAbraço,",
        footer=footer_of(IN_PM, INTEGRA, "+55 11 5555 0101"),
    )
    r1 = Mail(
        cu,
        (IN_PM,),
        "RE: Customer Service expansion – grain receiving call centre",
        T(2026, 7, 3, 8, 30, zone=tz(-3)),
        "Rafael, confirmo. A expansão para 165 atendentes foi decidida com base no piloto de roteamento e WhatsApp feito pela Integra.\n\n"
        "(Confirmed – the expansion to 165 agents was decided on the basis of Integra's routing and WhatsApp pilot.)\n\nMarcelo",
        quoted=(m1,),
        lang="pt",
    )
    docs = [("RE Customer Service expansion.eml", "poe")]
    c = make_claim(
        cid,
        area="Business Applications",
        submitted=T(2026, 7, 10, 14, 0, zone=tz(-3)),
        partner=INTEGRA,
        pc=IN_PM,
        customer=cust,
        cc=cu,
        workloads=[("DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE", sub)],
        docs=docs,
        kind="pre_sales",
        transaction=D(2026, 6, 26),
        comments=[
            (
                "partner",
                T(2026, 7, 10, 13, 58, zone=tz(-3)),
                "Upsell claim: new POR since May 2026 drove +120 Customer Service seats (transaction 26 June).",
            )
        ],
    )
    return bundle(
        cid,
        "integra_valeverde_presales_upsell",
        c,
        {docs[0][0]: eml(r1)},
        "approve",
        "Pre-sales upsell: the proof (2–3 July) postdates the 26 June transaction, but the claim is an upsell driven by a new partner "
        "of record (+120 seats), and the seed approves such claims even without prior proof. The customer confirms in Portuguese "
        "with his own English translation.",
        "Customer reply: 'the expansion to 165 agents was decided on the basis of Integra's routing and WhatsApp pilot'; comment marks upsell.",
        customer_domain="pass",
        acknowledgement_date=["pass", "not_applicable"],
    )


def s4801041() -> Bundle:
    cid = "4801041"
    cust = Org("Gulf Horizon Contracting LLC", "Gulf Horizon", "gulfhorizon.ae", "AE", "Abu Dhabi", "Mussafah M-26")
    sig = Person("Omar Al Suwaidi", "omar.alsuwaidi@gulfhorizon.ae", "Chief Financial Officer")
    sub = guid("sub", cid).lower()
    html = generic_report(
        DUNES,
        "Statement of Work – Dynamics 365 Finance & Operations",
        cust,
        ref="DD-GHC-SOW-2026-04",
        period="1 April 2026 – 31 January 2027",
        intro="Dunes Digital implements Dynamics 365 Finance and Supply Chain Management for Gulf Horizon's contracting business: project accounting "
        "for 140 active construction projects, procurement for 3 yards, and IFRS 15 revenue recognition.",
        rows=[
            [
                "Dynamics 365 Finance",
                "Project accounting, fixed-asset register (2,300 items), VAT (UAE FTA) reporting, consolidation of 4 legal entities",
                "In progress",
            ],
            [
                "Dynamics 365 Supply Chain Management",
                "Procurement and inventory for 3 yards, equipment maintenance",
                "In progress",
            ],
        ],
        head=("Product", "Scope", "Status"),
        signers=[("Gulf Horizon", sig.name, sig.title)],
        accept="Gulf Horizon Contracting accepts this Statement of Work.",
    )
    body = report_pdf(DUNES, "SOW DD-GHC-SOW-2026-04", html, T(2026, 3, 20, 9), cid + "b", DD_PM.name)
    signed = esign_pdf(
        body,
        platform="acrobat",
        signers=[Signer(sig, cust, T(2026, 3, 24, 11, 0, zone=tz(4)), "Signature:", "Date:")],
        sender=DD_PM,
        sender_org=DUNES,
        subject="SOW DD-GHC-SOW-2026-04",
        sent=T(2026, 3, 23, 9),
        certificate=True,
        meta=letter_meta("SOW DD-GHC-SOW-2026-04", DD_PM.name, T(2026, 3, 24, 12)),
        seed=cid,
    )
    docs = [("SOW DD-GHC-SOW-2026-04 signed.pdf", "poe")]
    c = make_claim(
        cid,
        area="Business Applications",
        submitted=T(2026, 4, 14, 9, 0, zone=tz(4)),
        partner=DUNES,
        pc=DD_PM,
        customer=cust,
        cc=sig,
        workloads=[("DYNAMICS 365 FINANCE", sub), ("DYNAMICS 365 SUPPLY CHAIN MANAGEMENT", sub)],
        docs=docs,
        kind="revenue",
        opt_out=True,
    )
    return bundle(
        cid,
        "dunes_gulfhorizon_revenue_sow",
        c,
        {docs[0][0]: signed},
        "approve",
        "Revenue-recognition claim (incentive opt-out): a detailed, recent SOW e-signed by the customer's CFO via Acrobat Sign describes "
        "the Finance and SCM implementation; an implementation SOW is not a licensing contract or quote.",
        "Acrobat Sign audit: SOW e-signed 2026-03-24 by omar.alsuwaidi@gulfhorizon.ae; scope per product.",
    )


def s4801042() -> Bundle:
    cid = "4801042"
    cust = Org("Mercator Holding B.V.", "Mercator Holding", "mercatorholding.nl", "NL", "3011 AD Rotterdam", "Blaak 16")
    sig = Person("Willem Dekker", "w.dekker@mercatorholding.nl", "Group CFO")
    sub = guid("sub", cid).lower()
    html = generic_report(
        MERCATOR,
        "Internal Project Acceptance",
        cust,
        ref="MBS-INT-2026-02",
        period="February – May 2026",
        intro="Mercator Business Solutions implemented Dynamics 365 Finance for its parent company Mercator Holding B.V. (group consolidation of "
        "7 subsidiaries), delivered under the intra-group services agreement.",
        rows=[
            [
                "Dynamics 365 Finance",
                "Consolidation of 7 group entities, intercompany eliminations, group reporting",
                "Accepted",
            ]
        ],
        signers=[("Mercator Holding", sig.name, sig.title)],
    )
    body = report_pdf(MERCATOR, "Internal Project Acceptance", html, T(2026, 5, 28, 9), cid + "b", MB_PM.name)
    signed = esign_pdf(
        body,
        platform="docusign",
        signers=[Signer(sig, cust, T(2026, 5, 29, 10, 0, zone=tz(2)), "Signature:", "Date:")],
        sender=MB_PM,
        sender_org=MERCATOR,
        subject="Please DocuSign: Internal Project Acceptance",
        sent=T(2026, 5, 28, 12),
        certificate=True,
        meta=letter_meta("Internal Project Acceptance", MB_PM.name, T(2026, 5, 29, 11)),
        seed=cid,
    )
    docs = [("MBS-INT-2026-02 acceptance.pdf", "poe")]
    c = make_claim(
        cid,
        area="Business Applications",
        submitted=T(2026, 6, 9, 9, 0, zone=tz(2)),
        partner=MERCATOR,
        pc=MB_PM,
        customer=cust,
        cc=sig,
        workloads=[("DYNAMICS 365 FINANCE", sub)],
        docs=docs,
    )
    return bundle(
        cid,
        "mercator_holding_affiliate",
        c,
        {docs[0][0]: signed},
        "reject",
        "The customer is the partner's own parent company (Mercator Holding B.V., same address, 'intra-group services agreement'): "
        "partners may not earn incentives for a partner affiliate. Not fixable by more evidence.",
        "Report: 'for its parent company Mercator Holding B.V. … under the intra-group services agreement'.",
        ineligible_customer="fail",
    )


# ==============================================================================================
# managed security services
# ==============================================================================================
def s4801043() -> Bundle:
    cid = "4801043"
    cust = Org("Northern Rivers Credit Union", "NRCU", "nrcu.ca", "CA", "Grande Prairie, AB T8V 3A9", "10020 100 Ave")
    sig = Person("Hannah Lefebvre", "hannah.lefebvre@nrcu.ca", "Chief Information Security Officer")
    tickets = [
        [f"INC-{26000 + i * 17}", d, s, t, r]
        for i, (d, s, t, r) in enumerate(
            [
                (
                    "2026-08-02 03:14",
                    "High",
                    "Defender XDR: suspicious PowerShell on branch teller PC (NRCU-BR07-T2)",
                    "Isolated, reimaged, IOC hunt – no spread",
                ),
                (
                    "2026-08-05 22:40",
                    "Medium",
                    "Sentinel: impossible travel for member-services user",
                    "Session revoked, MFA re-registered",
                ),
                (
                    "2026-08-11 01:05",
                    "High",
                    "MDE: credential dumping attempt (LSASS) on file server",
                    "Contained in 11 min; ASR rule tuned",
                ),
                (
                    "2026-08-19 14:22",
                    "Low",
                    "Defender for Office: phishing wave (fake e-Transfer)",
                    "1,140 messages purged via ZAP/hunting",
                ),
                (
                    "2026-08-27 09:51",
                    "Medium",
                    "Sentinel analytic: mass download from SharePoint (departing staff)",
                    "HR notified, access removed",
                ),
            ]
        )
    ]
    html = generic_report(
        VANTAGE,
        "Managed Detection & Response – Monthly Service Report (August 2026)",
        cust,
        ref="VS-NRCU-MSR-2026-08",
        period="1–31 August 2026",
        intro="Vantage SOC provides 24/7 monitoring, triage, investigation and response for NRCU in Microsoft Defender XDR (Defender for Endpoint on "
        "1,020 devices, Defender for Office 365, Defender for Identity) and operates NRCU's Microsoft Sentinel workspace.",
        rows=[
            [
                "24/7 SOC",
                "412 alerts triaged, 23 incidents investigated, 5 escalations to NRCU (below), median time to respond 14 min",
                "Ongoing",
            ],
            [
                "Microsoft Sentinel management",
                "3 new data connectors (Fortinet, Okta legacy, core banking logs), 9 analytics rules tuned, 2 new playbooks (auto-disable user, ticket sync)",
                "Ongoing",
            ],
            [
                "Threat hunting",
                "Hunts for Scattered Spider TTPs and AnyDesk abuse across Defender XDR – no findings",
                "Done",
            ],
            [
                "Configuration assessment",
                "Secure Score review 71% → 74%; 6 Defender for Office recommendations applied with NRCU approval",
                "Done",
            ],
            ["Custom detections", "2 custom detection rules in Defender XDR for teller-PC USB use", "Done"],
        ],
        head=("Service", "This month", "Status"),
        extra="<h2>Escalated incidents</h2>"
        + grid(["Ticket", "Opened (UTC)", "Severity", "Summary", "Resolution"], tickets),
    )
    report = report_pdf(VANTAGE, "MDR Monthly Service Report", html, T(2026, 9, 3, 9), cid + "r", VS_SDM.name)
    m1 = Mail(
        VS_SDM,
        (sig,),
        "NRCU – MDR service report August 2026",
        T(2026, 9, 3, 15, 0, zone=tz(-6)),
        "Hi Hannah,\n\nAttached is the August MDR report. As discussed in the service review, please confirm by reply that Vantage operates "
        "your 24/7 SOC on Defender XDR and Sentinel so we can register the managed security services association with Microsoft.\n\nThanks,",
        attachments=(("VS-NRCU-MSR-2026-08.pdf", report),),
        footer=footer_of(VS_SDM, VANTAGE, "+1 403 555 0188"),
    )
    r1 = Mail(
        sig,
        (VS_SDM,),
        "RE: NRCU – MDR service report August 2026",
        T(2026, 9, 4, 8, 2, zone=tz(-6)),
        "Amelia,\n\nConfirmed – Vantage runs our 24/7 SOC on Defender XDR and manages our Sentinel workspace under the MDR agreement. "
        "The LSASS containment on the 11th was exactly what we pay for.\n\nHannah",
        quoted=(m1,),
    )
    docs = [("RE NRCU - MDR service report August 2026.msg", "poe"), ("VS-NRCU-MSR-2026-08.pdf", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 9, 14, 10, 0, zone=tz(-6)),
        partner=VANTAGE,
        pc=VS_SDM,
        customer=cust,
        cc=sig,
        workloads=["MANAGED SECURITY SERVICES"],
        docs=docs,
        kind="managed_security_services",
        customer_name="Northern Rivers Credit Union Limited",
    )
    return bundle(
        cid,
        "vantage_nrcu_mss_monthly_report",
        c,
        {docs[0][0]: msg_file(r1), docs[1][0]: report},
        "approve",
        "Managed security services: the monthly report shows every qualifying activity (24/7 SOC in Defender XDR incl. MDE, Sentinel "
        "management, threat hunting, configuration assessment, custom detections) and the CISO confirms by reply from nrcu.ca.",
        "CISO reply 2026-09-04: 'Vantage runs our 24/7 SOC on Defender XDR and manages our Sentinel workspace'.",
        customer_domain="pass",
    )


def s4801044() -> Bundle:
    cid = "4801044"
    cust = Org(
        "Liffey Valley Hotels Group Limited",
        "Liffey Valley Hotels",
        "liffeyvalleyhotels.ie",
        "IE",
        "Dublin 22",
        "Fonthill Road",
    )
    sig = Person("Conor Walsh", "conor.walsh@liffeyvalleyhotels.ie", "Group IT Manager")
    html = generic_report(
        KESTREL,
        "Security Services – Completion Report",
        cust,
        ref="KCD-LVH-2026-05",
        period="11 May – 24 July 2026",
        intro="Kestrel deployed Microsoft security products across the group's 6 hotels.",
        rows=[
            [
                "Defender for Endpoint",
                "Deployment of MDE sensors to 340 devices via Intune; AV policy configuration",
                "Complete",
            ],
            ["Defender for Identity", "MDI sensors on 3 domain controllers", "Complete"],
            ["Entra ID", "Entra Cloud Sync set-up, Conditional Access baseline policies", "Complete"],
            ["Intune", "Compliance and configuration policies, Windows patch rings", "Complete"],
        ],
        signers=[("Liffey Valley Hotels", sig.name, sig.title)],
    )
    body = report_pdf(KESTREL, "Completion Report", html, T(2026, 7, 27, 9), cid + "b", KC_AM.name)
    scan = scan_pdf(
        body,
        letter_meta("KCD-LVH signed", "", T(2026, 7, 29, 10), "scan"),
        cid + "s",
        dpi=150,
        inks=sig_inks(sig.name, "29/07/2026"),
    )
    docs = [("KCD-LVH-2026-05 Completion Report signed.pdf", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 8, 10, 10, 0, zone=tz(1)),
        partner=KESTREL,
        pc=KC_AM,
        customer=cust,
        cc=sig,
        workloads=["MANAGED SECURITY SERVICES"],
        docs=docs,
        kind="managed_security_services",
    )
    return bundle(
        cid,
        "kestrel_liffey_mss_deployment_only",
        c,
        {docs[0][0]: scan},
        "action_required",
        "Claimed as managed security services, but every activity is deployment/configuration (MDE and MDI sensors, Cloud Sync, Intune "
        "policies, patching) – the seed lists exactly these as not in scope for MSS; no 24/7 SOC, Sentinel management or hunting is shown.",
        "Signed completion report lists only sensor deployment, Cloud Sync, Intune policies and patch rings.",
        workload_match="fail",
        activity_detail=["fail", "warn"],
    )


# ==============================================================================================
# Partner Activities
# ==============================================================================================
AMMP = "AMMP App/Data Modernization (Small)"


def ammp_template(partner: Org, customer: Org, cid: str, person: Person, pm: Person, app: str, arr: str) -> str:
    return (
        f"<h1>AMMP Partner-led – App &amp; Data Modernization (Small)</h1><p class='muted'>Proof of Execution · Claim {cid}</p>"
        + kv(
            [
                ("Partner", escape(partner.name)),
                ("Customer", escape(customer.name)),
                ("Application", escape(app)),
                ("Planned Azure consumption (ARR)", arr),
            ]
        )
        + "<h2>Required activities</h2>"
        + grid(
            ["Activity", "Evidence / outcome", "Completed"],
            [
                [
                    "Application Compatibility Assessment/Review",
                    "Assessment of the .NET Framework 4.7 monolith and SQL Server 2014 database; 23 blockers, 19 resolved by refactoring",
                    "Yes",
                ],
                [
                    "Landing Zone Setup or Review",
                    "Azure landing zone (hub-spoke, Azure Policy, private endpoints) reviewed and extended with an app spoke",
                    "Yes",
                ],
                [
                    "Modernization activities",
                    "Containerised to Azure Container Apps; database to Azure SQL Managed Instance; CI/CD in GitHub Actions",
                    "Yes",
                ],
                [
                    "Azure security deployment and setup (recommended)",
                    "Defender for Cloud plans for containers and SQL; Key Vault for secrets",
                    "Yes",
                ],
            ],
        )
        + "<h2>Customer sign-off</h2>"
        + sign_rows([(customer.short, person.name, person.title)])
    )


def pa_bundle_files(
    cid: str,
    partner: Org,
    pm: Person,
    customer: Org,
    cu: Person,
    poe: bytes,
    inv: bytes,
    when: dt.datetime,
    outcome: str,
    *,
    cust_title: str | None = None,
    psd: bytes | None = None,
) -> tuple[dict[str, bytes], list[tuple[str, str]]]:
    cust_a, part_a = surveys(cid, customer, cu, partner, pm, when, outcome, cust_title=cust_title)
    files = {
        "POE/signed_template.pdf": poe,
        "Invoice/invoice.pdf": inv,
        "Surveys/customer_attestation.json": cust_a,
        "Surveys/partner_attestation.json": part_a,
    }
    docs = [
        ("POE/signed_template.pdf", "poe"),
        ("Invoice/invoice.pdf", "invoice"),
        ("Surveys/customer_attestation.json", "customer_attestation"),
        ("Surveys/partner_attestation.json", "partner_attestation"),
    ]
    if psd is not None:
        files["POE/public_sector_disclosure.pdf"] = psd
        docs.append(("POE/public_sector_disclosure.pdf", "public_sector_disclosure"))
    return files, docs


SUMMIT_INVOICE: dict[str, bytes] = {}


def summit_invoice() -> bytes:
    if "x" not in SUMMIT_INVOICE:
        SUMMIT_INVOICE["x"] = invoice_pdf(
            SUMMIT,
            "SRT-INV-2026-0418",
            D(2026, 6, 22),
            "4801046",
            AMMP,
            15000.0,
            seed="sr-inv",
            logo=logo(SUMMIT),
            customer_line="Front Range Credit Services",
        )
    return SUMMIT_INVOICE["x"]


def s4801046() -> Bundle:
    cid = "4801046"
    cust = Org(
        "Front Range Credit Services, Inc.",
        "Front Range Credit",
        "frontrangecredit.com",
        "US",
        "Golden, CO 80401",
        "700 12th St",
    )
    cu = Person("Elena Marsh", "emarsh@frontrangecredit.com", "VP Engineering")
    body = report_pdf(
        SUMMIT,
        "AMMP POE",
        ammp_template(SUMMIT, cust, cid, cu, SR_PM, "LoanDesk underwriting portal", "$68,000 / year"),
        T(2026, 6, 15, 9),
        cid + "b",
        SR_PM.name,
    )
    poe = esign_pdf(
        body,
        platform="docusign",
        signers=[Signer(cu, cust, T(2026, 6, 17, 13, 0, zone=tz(-6)), "Signature:", "Date:")],
        sender=SR_PM,
        sender_org=SUMMIT,
        subject="Please DocuSign: AMMP POE – Front Range Credit",
        sent=T(2026, 6, 16, 9),
        certificate=True,
        meta=letter_meta("AMMP POE Front Range", SR_PM.name, T(2026, 6, 17, 14)),
        seed=cid,
    )
    files, docs = pa_bundle_files(
        cid,
        SUMMIT,
        SR_PM,
        cust,
        cu,
        poe,
        summit_invoice(),
        T(2026, 6, 20, 16),
        "LoanDesk portal modernized to Azure Container Apps and SQL MI",
    )
    c = make_claim(
        cid,
        area="Azure",
        submitted=T(2026, 6, 25, 10, 0, zone=tz(-6)),
        partner=SUMMIT,
        pc=SR_PM,
        customer=cust,
        cc=cu,
        workloads=["AZURE"],
        docs=docs,
        program="partner_activities",
        kind=None,
        eng=engagement("ENG-AMMP-ADM-S", AMMP, "xs_small", "fixed"),
        consent=D(2026, 3, 10),
    )
    return bundle(
        cid,
        "summit_frontrange_ammp_small",
        c,
        files,
        "approve",
        "Partner Activities, AMMP App/Data Modernization (Small), Market A partner (US): invoice shows claim 4801046, Summit Ridge and "
        "USD 15,000.00 pre-tax (the seed's Market A rate); both surveys signed with name, company and title; DocuSigned POE template "
        "lists all required activities; submitted 107 days after consent (120 allowed). Its invoice is later re-used on 4801059/4801060.",
        "Invoice SRT-INV-2026-0418: 'MCI Engagement Claim ID 4801046 … 15,000.00 USD'; consent 2026-03-10, submitted 2026-06-25.",
        customer_domain=["pass", "not_applicable"],
        acknowledgement_date=["pass", "not_applicable"],
    )


def _summit_copy(cid: str, slug: str, cust: Org, cu: Person, consent: dt.date, submitted: dt.datetime) -> Bundle:
    body = report_pdf(
        SUMMIT,
        "AMMP POE",
        ammp_template(SUMMIT, cust, cid, cu, SR_PM, "Claims intake API", "$54,000 / year"),
        T(submitted.year, submitted.month, submitted.day - 6, 9),
        cid + "b",
        SR_PM.name,
    )
    poe = esign_pdf(
        body,
        platform="docusign",
        signers=[Signer(cu, cust, submitted - dt.timedelta(days=4), "Signature:", "Date:")],
        sender=SR_PM,
        sender_org=SUMMIT,
        subject=f"Please DocuSign: AMMP POE – {cust.short}",
        sent=submitted - dt.timedelta(days=5),
        certificate=True,
        meta=letter_meta("AMMP POE", SR_PM.name, submitted - dt.timedelta(days=4)),
        seed=cid,
    )
    files, docs = pa_bundle_files(
        cid,
        SUMMIT,
        SR_PM,
        cust,
        cu,
        poe,
        summit_invoice(),
        submitted - dt.timedelta(days=2),
        "Claims intake API modernized to Azure",
    )
    c = make_claim(
        cid,
        area="Azure",
        submitted=submitted,
        partner=SUMMIT,
        pc=SR_PM,
        customer=cust,
        cc=cu,
        workloads=["AZURE"],
        docs=docs,
        program="partner_activities",
        kind=None,
        eng=engagement("ENG-AMMP-ADM-S", AMMP, "xs_small", "fixed"),
        consent=consent,
    )
    return bundle(
        cid,
        slug,
        c,
        files,
        "action_required",
        f"The uploaded invoice is byte-for-byte the invoice of claim 4801046 (SRT-INV-2026-0418, 'Claim ID 4801046', customer Front Range "
        f"Credit Services): it does not show this claim's ID {cid} and is re-used evidence. The rest of the claim is in order; the partner "
        "must upload a separate, unique invoice.",
        "Invoice/invoice.pdf identical to 4801046's invoice; it names claim 4801046, not this claim.",
        invoice="fail",
        reused_evidence="fail",
        customer_domain=["pass", "not_applicable"],
        acknowledgement_date=["pass", "not_applicable"],
    )


def s4801059() -> Bundle:
    return _summit_copy(
        "4801059",
        "summit_aspenmutual_ammp_invoice_copy",
        Org(
            "Aspen Mutual Insurance Company",
            "Aspen Mutual",
            "aspenmutual.com",
            "US",
            "Aspen, CO 81611",
            "400 E Main St",
        ),
        Person("Craig Holloway", "choloway@aspenmutual.com", "Director of Applications"),
        D(2026, 5, 4),
        T(2026, 7, 20, 10, 0, zone=tz(-6)),
    )


def s4801060() -> Bundle:
    return _summit_copy(
        "4801060",
        "summit_pikespeak_ammp_invoice_copy",
        Org(
            "Pikes Peak Regional Logistics LLC",
            "Pikes Peak Logistics",
            "ppregionallogistics.com",
            "US",
            "Colorado Springs, CO 80903",
            "90 S Cascade Ave",
        ),
        Person("Renee Dubois", "rdubois@ppregionallogistics.com", "CTO"),
        D(2026, 6, 1),
        T(2026, 8, 27, 10, 0, zone=tz(-6)),
    )


def s4801047() -> Bundle:
    cid = "4801047"
    cust = Org(
        "Cerámicas Levante Industrial S.A.",
        "Cerámicas Levante",
        "ceramicaslevante.es",
        "ES",
        "12100 Castellón",
        "Ctra. Alcora km 9",
    )
    cu = Person("Andrés Beltrán", "abeltran@ceramicaslevante.es", "Director de TI / CIO")
    body = report_pdf(
        SOLVIA,
        "AMMP POE",
        ammp_template(SOLVIA, cust, cid, cu, SV_LEAD, "Pedidos B2B (order portal)", "$41,000 / year"),
        T(2026, 9, 1, 9),
        cid + "b",
        SV_LEAD.name,
    )
    poe = esign_pdf(
        body,
        platform="acrobat",
        signers=[Signer(cu, cust, T(2026, 9, 3, 12, 0, zone=tz(2)), "Signature:", "Date:")],
        sender=SV_LEAD,
        sender_org=SOLVIA,
        subject="AMMP POE – Cerámicas Levante",
        sent=T(2026, 9, 2, 9),
        certificate=True,
        meta=letter_meta("AMMP POE", SV_LEAD.name, T(2026, 9, 3, 13)),
        seed=cid,
    )
    inv = invoice_pdf(
        SOLVIA,
        "SD-2026-0911",
        D(2026, 9, 7),
        cid,
        AMMP,
        15000.0,
        seed=cid + "inv",
        style=1,
        logo=logo(SOLVIA),
        vat_note="Operación no sujeta a IVA (art. 69 LIVA).",
    )
    files, docs = pa_bundle_files(
        cid,
        SOLVIA,
        SV_LEAD,
        cust,
        cu,
        poe,
        inv,
        T(2026, 9, 8, 10),
        "Order portal modernized to Azure App Service and Azure SQL",
    )
    c = make_claim(
        cid,
        area="Azure",
        submitted=T(2026, 9, 10, 10, 0, zone=tz(2)),
        partner=SOLVIA,
        pc=SV_LEAD,
        customer=cust,
        cc=cu,
        workloads=["AZURE"],
        docs=docs,
        program="partner_activities",
        kind=None,
        eng=engagement("ENG-AMMP-ADM-S", AMMP, "xs_small", "fixed"),
        consent=D(2026, 6, 15),
    )
    return bundle(
        cid,
        "solvia_levante_ammp_wrong_market_rate",
        c,
        files,
        "action_required",
        "Spain is a Market B country in the seed (AMMP small: A $15,000, B $12,000, C $7,500), but Solvia's invoice claims USD 15,000 – "
        "the Market A rate. The invoice amount must match the partner's market rate; everything else is in order.",
        "Invoice SD-2026-0911: 'USD 15,000.00' for a Spanish (Market B) partner; expected USD 12,000.",
        invoice="fail",
        customer_domain=["pass", "not_applicable"],
        acknowledgement_date=["pass", "not_applicable"],
    )


COPILOT_ENG = "Copilot Deployment Accelerator"


def s4801048() -> Bundle:
    cid = "4801048"
    cust = Org("Godavari State University", "GSU", "gsu.ac.in", "IN", "Rajahmundry 533296", "Diwancheruvu Campus")
    cu = Person("Prof. Lakshmi Narayana Rao", "registrar@gsu.ac.in", "Registrar")
    html = (
        f"<h1>{COPILOT_ENG} – Findings and Recommendations</h1>"
        + kv([("Customer", cust.name), ("Partner", KAVERI.name), ("Claim", cid), ("Delivered", "3 – 21 August 2026")])
        + "<h2>Engagement modules</h2>"
        + grid(
            ["Module", "Delivered"],
            [
                ["Readiness assessment", "Yes"],
                ["Data governance review", "Yes"],
                ["Use-case workshop", "Yes"],
                ["Pilot enablement (up to 300 users)", "Yes"],
            ],
        )
        + "<h2>Findings</h2>"
        + ul(
            [
                "Examination and admissions staff (140) use 4 SharePoint sites with broken inheritance – oversharing of student records fixed before pilot",
                "Top use cases: circular drafting in English and Telugu, summarising affiliation inspections, timetable queries",
                "Pilot: 220 staff licensed; 164 active after 2 weeks",
            ]
        )
        + "<h2>Recommendations</h2>"
        + ul(
            [
                "Sensitivity labels for examination data before wider rollout",
                "Extend to 34 affiliated colleges' administrators in phase 2",
            ]
        )
    )
    poe = report_pdf(KAVERI, "Findings and Recommendations", html, T(2026, 8, 24, 9), cid + "b", KV_PM.name)
    psd = psd_signed(
        KAVERI, cust, cu, "Microsoft 365 Copilot (Copilot Deployment Accelerator)", D(2026, 7, 30), cid, scan=True
    )
    inv = invoice_pdf(
        KAVERI,
        "KIT/MCI/2026-27/044",
        D(2026, 8, 25),
        cid,
        COPILOT_ENG,
        4800.0,
        seed=cid + "inv",
        logo=logo(KAVERI),
        vat_note="GST not applicable – export of services (LUT ARN AD290426000123X).",
    )
    files, docs = pa_bundle_files(
        cid,
        KAVERI,
        KV_PM,
        cust,
        cu,
        poe,
        inv,
        T(2026, 8, 26, 11),
        "Copilot pilot for 220 staff with governance fixes",
        psd=psd,
    )
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 8, 28, 15, 0, zone=tz(5.5)),
        partner=KAVERI,
        pc=KV_PM,
        customer=cust,
        cc=cu,
        workloads=["MICROSOFT 365 COPILOT"],
        docs=docs,
        program="partner_activities",
        kind=None,
        eng=engagement("ENG-MW-CDA-V", COPILOT_ENG, "standard", "variable", 4800.0),
        consent=D(2026, 7, 28),
        segment="public_sector",
    )
    return bundle(
        cid,
        "kaveri_gsu_pa_india_ps_with_psd",
        c,
        files,
        "approve",
        "Partner Activities for an Indian public university: the public-sector disclosure required for IN is present and signed by the "
        "Registrar; invoice matches the proposed variable payout (USD 4,800) and claim ID; both surveys complete; submitted 31 days "
        "after consent. The module table is the programme's standard list, also on 4801049 (boilerplate).",
        "Signed Public Sector Disclosure 07/30/2026; invoice KIT/MCI/2026-27/044 USD 4,800.00 = proposed payout.",
        acknowledgement_date=["pass", "not_applicable"],
        customer_domain=["pass", "not_applicable"],
    )


def s4801049() -> Bundle:
    cid = "4801049"
    cust = Org(
        "Kerala State Co-operative Health Services",
        "KSCHS",
        "kschs.kerala.gov.in",
        "IN",
        "Thiruvananthapuram 695001",
        "Vikas Bhavan",
    )
    cu = Person("Dr. Anitha Menon", "director@kschs.kerala.gov.in", "Director (IT)")
    html = (
        f"<h1>{COPILOT_ENG} – Findings and Recommendations</h1>"
        + kv(
            [
                ("Customer", cust.name),
                ("Partner", KAVERI.name),
                ("Claim", cid),
                ("Delivered", "14 September – 2 October 2026"),
            ]
        )
        + "<h2>Engagement modules</h2>"
        + grid(
            ["Module", "Delivered"],
            [
                ["Readiness assessment", "Yes"],
                ["Data governance review", "Yes"],
                ["Use-case workshop", "Yes"],
                ["Pilot enablement (up to 300 users)", "Yes"],
            ],
        )
        + "<h2>Findings</h2>"
        + ul(
            [
                "Hospital administration (48 facilities) uses shared mailboxes for patient-transfer coordination – Copilot pilot limited to non-clinical staff",
                "Use cases: circulars in Malayalam and English, tender evaluation summaries, duty-roster queries",
                "Pilot: 150 administrative staff; 118 active after 2 weeks",
            ]
        )
    )
    poe = report_pdf(KAVERI, "Findings and Recommendations", html, T(2026, 10, 5, 9), cid + "b", KV_PM.name)
    inv = invoice_pdf(
        KAVERI, "KIT/MCI/2026-27/061", D(2026, 10, 6), cid, COPILOT_ENG, 4800.0, seed=cid + "inv", logo=logo(KAVERI)
    )
    files, docs = pa_bundle_files(
        cid, KAVERI, KV_PM, cust, cu, poe, inv, T(2026, 10, 7, 11), "Copilot pilot for 150 administrative staff"
    )
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 10, 9, 15, 0, zone=tz(5.5)),
        partner=KAVERI,
        pc=KV_PM,
        customer=cust,
        cc=cu,
        workloads=["MICROSOFT 365 COPILOT"],
        docs=docs,
        program="partner_activities",
        kind=None,
        eng=engagement("ENG-MW-CDA-V", COPILOT_ENG, "standard", "variable", 4800.0),
        consent=D(2026, 9, 8),
        segment="public_sector",
    )
    return bundle(
        cid,
        "kaveri_kschs_pa_india_ps_missing_psd",
        c,
        files,
        "action_required",
        "Indian state health body (public sector) on a Partner Activities claim: the seed requires proof of Public Sector Disclosure for "
        "public-sector customers in India, US or Puerto Rico, and none is uploaded. Everything else (invoice, surveys, report) is fine; "
        "the shared module list is programme boilerplate.",
        "Customer segment public_sector, country IN; no public_sector_disclosure document.",
        required_documents="fail",
        public_sector="fail",
        acknowledgement_date=["pass", "not_applicable"],
        customer_domain=["pass", "not_applicable"],
    )


def s4801050() -> Bundle:
    cid = "4801050"
    cust = Org(
        "Tessaro Logistica S.p.A.",
        "Tessaro Logistica",
        "tessarologistica.it",
        "IT",
        "37135 Verona",
        "Via Sommacampagna 63",
    )
    cu = Person("Davide Zanon", "d.zanon@tessarologistica.it", "IT Director")
    body = report_pdf(
        LUMEN,
        "AMMP POE",
        ammp_template(LUMEN, cust, cid, cu, LD_PM, "Yard management system", "$39,000 / year"),
        T(2026, 10, 1, 9),
        cid + "b",
        LD_PM.name,
    )
    poe = esign_pdf(
        body,
        platform="docusign",
        signers=[Signer(cu, cust, T(2026, 10, 2, 11, 0, zone=tz(2)), "Signature:", "Date:")],
        sender=LD_PM,
        sender_org=LUMEN,
        subject="Please DocuSign: AMMP POE – Tessaro",
        sent=T(2026, 10, 1, 12),
        certificate=True,
        meta=letter_meta("AMMP POE", LD_PM.name, T(2026, 10, 2, 12)),
        seed=cid,
    )
    inv = invoice_pdf(LUMEN, "LD-FT-2026-233", D(2026, 10, 5), cid, AMMP, 12000.0, seed=cid + "inv", logo=logo(LUMEN))
    files, docs = pa_bundle_files(
        cid, LUMEN, LD_PM, cust, cu, poe, inv, T(2026, 10, 6, 9), "Yard management modernized to Azure", cust_title=""
    )
    c = make_claim(
        cid,
        area="Azure",
        submitted=T(2026, 10, 8, 10, 0, zone=tz(2)),
        partner=LUMEN,
        pc=LD_PM,
        customer=cust,
        cc=cu,
        workloads=["AZURE"],
        docs=docs,
        program="partner_activities",
        kind=None,
        eng=engagement("ENG-AMMP-ADM-S", AMMP, "xs_small", "fixed"),
        consent=D(2026, 7, 1),
    )
    return bundle(
        cid,
        "lumen_tessaro_attestation_no_title",
        c,
        files,
        "action_required",
        "The customer attestation's electronic signature has the full name and company but an empty job title; the seed requires all "
        "three elements. Invoice (Italy, Market B: USD 12,000), POE and timing are correct.",
        "customer_attestation.json signature: job_title ''.",
        attestations="fail",
        acknowledgement_date=["pass", "not_applicable"],
        customer_domain=["pass", "not_applicable"],
    )


def s4801051() -> Bundle:
    cid = "4801051"
    cust = Org(
        "Haugesund Havnelogistikk AS",
        "Havnelogistikk",
        "havnelogistikk.no",
        "NO",
        "5525 Haugesund",
        "Garpaskjærskaien 1",
    )
    cu = Person("Ingrid Haugland", "ingrid.haugland@havnelogistikk.no", "IT-sjef / Head of IT")
    eng_name = "Threat Protection Engagement"
    html = (
        f"<h1>{eng_name} – Findings Report</h1>"
        + kv(
            [
                ("Customer", cust.name),
                ("Partner", FJORDBYTE.name),
                ("Claim", cid),
                ("Delivered", "17 February – 6 March 2026"),
            ]
        )
        + "<h2>Engagement modules</h2>"
        + grid(
            ["Module", "Delivered"],
            [
                ["Pre-engagement call and questionnaire", "Yes"],
                ["Threat exploration (Defender XDR)", "Yes"],
                ["Vulnerability discovery", "Yes"],
                ["Results presentation and next steps", "Yes"],
            ],
        )
        + "<h2>Findings</h2>"
        + ul(
            [
                "12 high-severity incidents found in the 14-day trial incl. a credential-phishing campaign against the crane operators' shared accounts",
                "Exposure score 71 (high) – 43 devices with unsupported OS in the port control network",
                "Recommendations: MDE P2 for 220 devices, segmentation of OT network",
            ]
        )
    )
    poe = report_pdf(FJORDBYTE, "Findings Report", html, T(2026, 3, 9, 9), cid + "b", FB_LEAD.name)
    inv = invoice_pdf(
        FJORDBYTE, "FB-2026-0712", D(2026, 7, 14), cid, eng_name, 5200.0, seed=cid + "inv", logo=logo(FJORDBYTE)
    )
    files, docs = pa_bundle_files(
        cid,
        FJORDBYTE,
        FB_LEAD,
        cust,
        cu,
        poe,
        inv,
        T(2026, 7, 13, 9),
        "Threat exploration found 12 high-severity incidents",
    )
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 7, 15, 10, 0, zone=tz(2)),
        partner=FJORDBYTE,
        pc=FB_LEAD,
        customer=cust,
        cc=cu,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        docs=docs,
        program="partner_activities",
        kind=None,
        eng=engagement("ENG-SEC-TPE-V", eng_name, "standard", "variable", 5200.0),
        consent=D(2026, 2, 2),
    )
    return bundle(
        cid,
        "fjordbyte_havnelogistikk_pa_late",
        c,
        files,
        "reject",
        "Standard-timeline Partner Activities claim: consent on 2 Feb 2026, submitted 15 Jul 2026 – 163 days later, past the 90-day "
        "submission deadline. An expired claim cannot be reactivated; everything else would have passed.",
        "consent_date 2026-02-02, submitted_at 2026-07-15, activity_type standard (90 days).",
        submission_window="fail",
        acknowledgement_date=["pass", "not_applicable"],
        customer_domain=["pass", "not_applicable"],
    )


def s4801052() -> Bundle:
    cid = "4801052"
    cust = Org("Tienda Andina S.A.", "Tienda Andina", "tiendaandina.com.co", "CO", "Bogotá", "Calle 93 # 11-26")
    cu = Person("Camilo Vargas", "cvargas@tiendaandina.com.co", "CIO")
    eng_name = "Data Security Assessment"
    html = (
        f"<h1>{eng_name} – Assessment Report</h1>"
        + kv([("Customer", cust.name), ("Partner", ANDES.name), ("Claim", cid), ("Delivered", "2 – 20 March 2026")])
        + "<h2>Findings</h2>"
        + ul(
            [
                "1.2 million files scanned with Purview DSPM; 38,000 contain payment-card or national ID numbers",
                "Oversharing in 61 Teams",
                "Recommendation: sensitivity labels and DLP for 1,800 store staff",
            ]
        )
    )
    poe = report_pdf(ANDES, "Assessment Report", html, T(2026, 3, 23, 9), cid + "b", AC_AM.name)
    inv = invoice_pdf(
        ANDES, "AC-FE-2026-318", D(2026, 5, 14), cid, eng_name, 3000.0, seed=cid + "inv", logo=logo(ANDES)
    )
    files, docs = pa_bundle_files(
        cid, ANDES, AC_AM, cust, cu, poe, inv, T(2026, 5, 13, 9), "Data security risks quantified for 1.2 million files"
    )
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 5, 15, 10, 0, zone=tz(-5)),
        partner=ANDES,
        pc=AC_AM,
        customer=cust,
        cc=cu,
        workloads=["MICROSOFT INFORMATION PROTECTION"],
        docs=docs,
        program="partner_activities",
        kind=None,
        eng=engagement("ENG-SEC-DSA-V", eng_name, "assessment", "variable", 3000.0),
        consent=D(2026, 2, 27),
    )
    return bundle(
        cid,
        "andes_tiendaandina_assessment_late",
        c,
        files,
        "reject",
        "Assessment-type engagement: 60 days from consent (27 Feb 2026) to submission; submitted 15 May 2026, 77 days after consent. The "
        "claim expired and cannot be reactivated.",
        "consent_date 2026-02-27, submitted_at 2026-05-15, activity_type assessment (60 days).",
        submission_window="fail",
        acknowledgement_date=["pass", "not_applicable"],
        customer_domain=["pass", "not_applicable"],
    )


TPE_MODULES = [
    ["Pre-engagement call and questionnaire", "Yes"],
    ["Threat exploration (Defender XDR)", "Yes"],
    ["Vulnerability discovery", "Yes"],
    ["Results presentation and next steps", "Yes"],
]


def s4801053() -> Bundle:
    cid = "4801053"
    cust = Org("Rheinhafen Chemie Logistik GmbH", "RCL", "rcl-logistik.de", "DE", "68159 Mannheim", "Hafenstraße 49")
    cu = Person("Tobias Schuster", "t.schuster@rcl-logistik.de", "CISO")
    eng_name = "Threat Protection Engagement"
    html = (
        f"<h1>{eng_name} – Findings Report</h1>"
        + kv([("Customer", cust.name), ("Partner", NORDLICHT.name), ("Claim", cid), ("Delivered", "8 – 26 June 2026")])
        + "<h2>Engagement modules</h2>"
        + grid(["Module", "Delivered"], TPE_MODULES)
        + "<h2>Findings</h2>"
        + ul(
            [
                "9 high-severity incidents in the trial, incl. an AiTM phishing kit targeting dispatch",
                "Exposure score 58; 3 internet-facing servers with critical CVEs",
                "Recommendations: MDE P2 for 640 devices, MDO P2, Sentinel for the tank-farm OT logs",
            ]
        )
    )
    poe = report_pdf(NORDLICHT, "Findings Report", html, T(2026, 6, 29, 9), cid + "b", NL_LEAD.name)
    inv = invoice_pdf(
        NORDLICHT,
        "RE-2026-1187",
        D(2026, 6, 30),
        cid,
        eng_name,
        6500.0,
        seed=cid + "inv",
        logo=logo(NORDLICHT),
        vat_note="Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).",
    )
    files, docs = pa_bundle_files(
        cid,
        NORDLICHT,
        NL_LEAD,
        cust,
        cu,
        poe,
        inv,
        T(2026, 7, 1, 9),
        "9 high-severity incidents found; roadmap for Defender",
    )
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 7, 3, 10, 0, zone=tz(2)),
        partner=NORDLICHT,
        pc=NL_LEAD,
        customer=cust,
        cc=cu,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        docs=docs,
        program="partner_activities",
        kind=None,
        eng=engagement("ENG-SEC-TPE-V", eng_name, "standard", "variable", 6500.0),
        consent=D(2026, 6, 1),
    )
    return bundle(
        cid,
        "nordlicht_rcl_tpe_standard_modules",
        c,
        files,
        "approve",
        "Clean Partner Activities claim: findings report with customer-specific results, invoice = proposed payout USD 6,500 with the "
        "claim ID, surveys signed, submitted 32 days after consent. The module table is the programme's standard list (boilerplate "
        "shared with 4801051/4801054), not reuse.",
        "Invoice RE-2026-1187 USD 6,500.00 for claim 4801053; consent 2026-06-01, submitted 2026-07-03.",
        acknowledgement_date=["pass", "not_applicable"],
        customer_domain=["pass", "not_applicable"],
    )


def s4801054() -> Bundle:
    cid = "4801054"
    cust = Org(
        "Meridian Ports Authority Services Ltd",
        "Meridian Ports",
        "meridianports.com.au",
        "AU",
        "Fremantle WA 6160",
        "1 Cliff St",
    )
    cu = Person("Sophie Tran", "sophie.tran@meridianports.com.au", "Head of Cyber Security")
    eng_name = "Threat Protection Engagement"
    html = (
        f"<h1>{eng_name} – Findings Report</h1>"
        + kv(
            [
                ("Customer", cust.name),
                ("Partner", HARBOURLINE.name),
                ("Claim", cid),
                ("Delivered", "3 – 21 August 2026"),
            ]
        )
        + "<h2>Engagement modules</h2>"
        + grid(["Module", "Delivered"], TPE_MODULES)
        + "<h2>Findings</h2>"
        + ul(
            [
                "4 high and 17 medium incidents; password spray from 2 ASNs against the berth-booking portal admins",
                "Exposure score 44; legacy SMBv1 on 12 terminal-operating-system servers",
                "Recommendations: Defender for Identity, Conditional Access for contractors",
            ]
        )
    )
    poe = report_pdf(HARBOURLINE, "Findings Report", html, T(2026, 8, 24, 9), cid + "b", HL_PM.name)
    inv = invoice_pdf(
        HARBOURLINE,
        "INV-HL-10442",
        D(2026, 8, 25),
        cid,
        eng_name,
        6500.0,
        seed=cid + "inv",
        style=1,
        logo=logo(HARBOURLINE),
        vat_note="GST-free export of services.",
    )
    files, docs = pa_bundle_files(
        cid, HARBOURLINE, HL_PM, cust, cu, poe, inv, T(2026, 8, 26, 9), "Password spray and SMBv1 exposure found"
    )
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 8, 27, 10, 0, zone=tz(8)),
        partner=HARBOURLINE,
        pc=HL_PM,
        customer=cust,
        cc=cu,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        docs=docs,
        program="partner_activities",
        kind=None,
        eng=engagement("ENG-SEC-TPE-V", eng_name, "standard", "variable", 6500.0),
        consent=D(2026, 7, 27),
    )
    return bundle(
        cid,
        "harbourline_meridian_tpe_standard_modules",
        c,
        files,
        "approve",
        "Clean Partner Activities claim by another partner with the same standard module list as 4801053 (programme boilerplate) but its "
        "own findings; invoice USD 6,500 = proposed payout with claim ID; surveys complete; 31 days after consent.",
        "Invoice INV-HL-10442 'Claim 4801054' USD 6,500.00; customer-specific findings.",
        acknowledgement_date=["pass", "not_applicable"],
        customer_domain=["pass", "not_applicable"],
    )


def s4801056() -> Bundle:
    cid = "4801056"
    cust = Org(
        "Weinkellerei Pfalzblick eG",
        "Pfalzblick",
        "pfalzblick-wein.de",
        "DE",
        "67098 Bad Dürkheim",
        "Weinstraße Süd 12",
    )
    cu = Person("Andrea Hoffmann", "a.hoffmann@pfalzblick-wein.de", "Geschäftsführerin")
    eng_name = "Threat Protection Engagement"
    html = (
        f"<h1>{eng_name} – Ergebnisbericht</h1>"
        + kv(
            [
                ("Kunde", cust.name),
                ("Partner", NORDLICHT.name),
                ("Claim", cid),
                ("Durchgeführt", "7. – 25. September 2026"),
            ]
        )
        + "<h2>Module</h2>"
        + grid(
            ["Modul", "Erbracht"],
            [
                ["Vorgespräch und Fragebogen", "Ja"],
                ["Bedrohungsanalyse (Defender XDR)", "Ja"],
                ["Schwachstellenanalyse", "Ja"],
                ["Ergebnispräsentation", "Ja"],
            ],
        )
        + "<h2>Ergebnisse</h2>"
        + ul(
            [
                "7 Vorfälle mit hoher Schwere, darunter eine Phishing-Kampagne gegen die Buchhaltung",
                "Exposure Score 62; 19 Geräte ohne Support",
                "Empfehlungen: Defender for Business für 85 Geräte, MFA für alle Winzer-Konten",
            ]
        )
    )
    poe = report_pdf(NORDLICHT, "Ergebnisbericht", html, T(2026, 9, 28, 9), cid + "b", NL_LEAD.name)
    inv = invoice_pdf(
        NORDLICHT, "RE-2026-1402", D(2026, 9, 29), cid, eng_name, 6500.0, seed=cid + "inv", logo=logo(NORDLICHT)
    )
    files, docs = pa_bundle_files(cid, NORDLICHT, NL_LEAD, cust, cu, poe, inv, T(2026, 9, 30, 9), "7 Vorfälle gefunden")
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 10, 2, 10, 0, zone=tz(2)),
        partner=NORDLICHT,
        pc=NL_LEAD,
        customer=cust,
        cc=cu,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        docs=docs,
        program="partner_activities",
        kind=None,
        eng=engagement("ENG-SEC-TPE-V", eng_name, "standard", "variable", 6500.0),
        consent=D(2026, 9, 1),
    )
    return bundle(
        cid,
        "nordlicht_pfalzblick_german_findings",
        c,
        files,
        "action_required",
        "The findings report – the POE document of this Partner Activities claim – is entirely in German with no English version; the "
        "seed's own example asks the partner to upload an English version before review. Invoice, surveys and timing are fine. "
        "UNSURE: whether the detail check can judge a German report.",
        "POE 'Threat Protection Engagement – Ergebnisbericht' in German only.",
        document_language="fail",
        acknowledgement_date=["pass", "not_applicable"],
        customer_domain=["pass", "not_applicable"],
        activity_detail=["pass", "warn"],
    )


# ==============================================================================================
# re-used evidence and the originals they copy
# ==============================================================================================
CORRIB = Org(
    "Corrib Pharma Limited", "Corrib Pharma", "corribpharma.ie", "IE", "Galway H91 K2TP", "Parkmore West Business Park"
)
CORRIB_NARRATIVE = (
    "Kestrel's SOC has been watching our Defender and Sentinel estate around the clock since January. In that time they handled the "
    "token-theft incident on our QC lab laptops within 20 minutes, rebuilt our Sentinel analytics for the GMP systems and run a threat "
    "hunt every fortnight. We consider Kestrel our managed security provider for Microsoft Defender XDR and Sentinel."
)


def s4801045() -> Bundle:
    cid = "4801045"
    cust = CORRIB
    cu = Person("Aoife Keane", "aoife.keane@corribpharma.ie", "Head of IT Security")
    rows = [
        [f"KC-{7100 + i}", d, sev, txt]
        for i, (d, sev, txt) in enumerate(
            [
                ("2026-04-03", "High", "Token theft on QC lab laptop – session revoked, device isolated, 20 min"),
                ("2026-04-11", "Medium", "Sentinel: anomalous LIMS service-account sign-in"),
                ("2026-04-19", "Low", "Phishing simulation follow-up – 3 users reported"),
                ("2026-04-26", "Medium", "MDE: unsigned driver load on packaging-line HMI (excluded after review)"),
            ]
        )
    ]
    export = html_pdf(
        "<h1 style='font-size:13pt'>Ticket export – Corrib Pharma – April 2026</h1><p class='small'>Exported from Kestrel SOC ServiceDesk, 2026-05-02 08:00 UTC</p>"
        + grid(["Ticket", "Date", "Severity", "Summary"], rows)
        + "<p class='small'>Services: 24/7 monitoring and response in Defender XDR (MDE on 760 devices), Sentinel management, fortnightly threat hunting, monthly Secure Score review.</p>",
        letter_meta("Ticket export", "", T(2026, 5, 2, 8), "chrome"),
        cid + "t",
        style=css("#263238", family="cond", size=8.5),
        size=(841.89, 595.28),
        margins=(30, 30, 30, 30),
    )
    m1 = Mail(
        KC_SOC,
        (cu,),
        "Corrib – CPOR confirmation for managed SOC",
        T(2026, 5, 4, 10, 0, zone=tz(1)),
        "Hi Aoife,\n\nAs discussed, could you confirm in your own words the managed SOC service we provide? The April ticket export is attached.\n\nThanks,",
        attachments=(("Corrib_ticket_export_2026-04.pdf", export),),
        footer=footer_of(KC_SOC, KESTREL, "+353 1 555 0177"),
    )
    r1 = Mail(
        cu,
        (KC_SOC,),
        "RE: Corrib – CPOR confirmation for managed SOC",
        T(2026, 5, 5, 12, 30, zone=tz(1)),
        f"Hi Declan,\n\n{CORRIB_NARRATIVE}\n\nAoife Keane\nHead of IT Security, Corrib Pharma",
        quoted=(m1,),
    )
    docs = [
        ("RE Corrib - CPOR confirmation for managed SOC.eml", "poe"),
        ("Corrib_ticket_export_2026-04.pdf", "supporting"),
    ]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 5, 12, 10, 0, zone=tz(1)),
        partner=KESTREL,
        pc=KC_SOC,
        customer=cust,
        cc=cu,
        workloads=["MANAGED SECURITY SERVICES"],
        docs=docs,
        kind="managed_security_services",
    )
    return bundle(
        cid,
        "kestrel_corrib_mss_ticket_export",
        c,
        {docs[0][0]: eml(r1), docs[1][0]: export},
        "approve",
        "Managed security services: the customer's Head of IT Security describes the 24/7 SOC, Sentinel analytics and threat hunting in "
        "her own words from corribpharma.ie; the ticket export supports it. This narrative is the original that 4801062 later copies.",
        "Reply of 2026-05-05 from aoife.keane@corribpharma.ie: 'We consider Kestrel our managed security provider for Microsoft Defender XDR and Sentinel'.",
        customer_domain="pass",
    )


def s4801062() -> Bundle:
    cid = "4801062"
    cust = Org(
        "Shannon Aero Components Limited",
        "Shannon Aero",
        "shannonaero.ie",
        "IE",
        "Shannon, Co. Clare V14 XD78",
        "Free Zone East",
    )
    cu = Person("Brian Fitzgerald", "brian.fitzgerald@shannonaero.ie", "IT Manager")
    text = CORRIB_NARRATIVE.replace("QC lab laptops", "QC lab laptops").replace("GMP systems", "GMP systems")
    m1 = Mail(
        KC_SOC,
        (cu,),
        "Shannon Aero – CPOR confirmation for managed SOC",
        T(2026, 8, 10, 10, 0, zone=tz(1)),
        "Hi Brian,\n\nCould you confirm the managed SOC service we provide? A suggested wording is below if helpful.\n\nThanks,",
        footer=footer_of(KC_SOC, KESTREL, "+353 1 555 0177"),
    )
    r1 = Mail(
        cu,
        (KC_SOC,),
        "RE: Shannon Aero – CPOR confirmation for managed SOC",
        T(2026, 8, 11, 9, 5, zone=tz(1)),
        f"Declan,\n\n{text}\n\nBrian",
        quoted=(m1,),
    )
    docs = [("RE Shannon Aero - CPOR confirmation.eml", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 8, 18, 10, 0, zone=tz(1)),
        partner=KESTREL,
        pc=KC_SOC,
        customer=cust,
        cc=cu,
        workloads=["MANAGED SECURITY SERVICES"],
        docs=docs,
        kind="managed_security_services",
    )
    return bundle(
        cid,
        "kestrel_shannonaero_copied_narrative",
        c,
        {docs[0][0]: eml(r1)},
        "action_required",
        "The customer's 'own words' are a verbatim copy of Corrib Pharma's narrative on 4801045 (token theft on 'QC lab laptops', "
        "'GMP systems') – text specific to another customer, re-used on this claim. The reviewer must ask for a genuine "
        "acknowledgement of the work done for Shannon Aero. UNSURE: whether detail/acknowledgement checks also fail on the copied text.",
        "Reply body identical to 4801045's customer narrative, including Corrib-specific details.",
        reused_evidence="fail",
        customer_domain="pass",
        customer_acknowledgement=["pass", "fail", "warn"],
        activity_detail=["pass", "fail", "warn"],
    )


def s4801057() -> Bundle:
    cid = "4801057"
    cust = Org(
        "Whitfield Community Bank", "Whitfield Bank", "whitfieldbank.com", "US", "Rockford, IL 61101", "120 N Main St"
    )
    cu = Person("Alan Brewster", "abrewster@whitfieldbank.com", "SVP Operations")
    original = s4801003().files["Harlow Finch - Closure Report (signed scan).pdf"]
    html = lakeshore_closure(
        cust,
        project="Information Protection Rollout",
        ref="LCP-2026-0233",
        start=D(2026, 4, 6),
        end=D(2026, 7, 31),
        summary="Lakeshore introduced sensitivity labels and DLP for Whitfield's 190 employees across 11 branches and deployed Insider Risk "
        "Management for privileged users in lending.",
        scope_rows=[
            [
                "Microsoft Information Protection",
                "4 labels, DLP for account numbers and SSNs, auto-labelling of loan files",
                "Complete",
            ],
            ["Insider Risk Manager", "Policies for departing loan officers, priority user group (22)", "Complete"],
        ],
        milestones=[["Labels published", "May 8, 2026", "May 12, 2026"], ["IRM live", "Jul 24, 2026", "Jul 31, 2026"]],
        numbers=[("Users", "190"), ("Branches", "11")],
        signatory=cu,
        lead=LS_LEAD,
    )
    body = lakeshore_pdf(html, cust, "LCP-2026-0233", T(2026, 8, 3, 9), cid + "b", LS_PM.name)
    doc = pymupdf.open("pdf", body)
    doc.delete_page(doc.page_count - 1)
    doc.insert_pdf(pymupdf.open("pdf", original), from_page=1, to_page=1)
    merged = finish(doc, letter_meta("Whitfield Closure Report signed", LS_PM.name, T(2026, 8, 5, 9)), cid + "m")
    docs = [("Whitfield Bank - Closure Report signed.pdf", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 8, 14, 16, 0, zone=tz(-5)),
        partner=LAKESHORE,
        pc=LS_PM,
        customer=cust,
        cc=cu,
        workloads=["MICROSOFT INFORMATION PROTECTION", "INSIDER RISK MANAGER"],
        docs=docs,
    )
    return bundle(
        cid,
        "lakeshore_whitfield_copied_signed_page",
        c,
        {docs[0][0]: merged},
        "action_required",
        "The 'signed' last page is the scanned acceptance page of Harlow & Finch's report from 4801003 (same image, Harlow & Finch's "
        "COO, 07/01/2026) appended to Whitfield's report: claim-specific evidence of another claim, and no Whitfield acknowledgement. UNSURE: "
        "how the name and date checks read the foreign page.",
        "Last page: scanned acceptance of 'Harlow & Finch' signed by Patrick O'Donnell, identical to 4801003 page 2.",
        reused_evidence="fail",
        customer_acknowledgement=["fail", "warn"],
        partner_customer_names=["pass", "fail", "warn"],
        acknowledgement_date=["pass", "fail", "warn"],
    )


def s4801061() -> Bundle:
    cid = "4801061"
    cust = Org(
        "Red River Seed Co. Ltd.", "Red River Seed", "redriverseed.ca", "CA", "Winnipeg, MB R3C 0A5", "201 Portage Ave"
    )
    signer = Person("Gordon Kowalchuk", "gkowalchuk@redriverseed.ca", "IT Manager")
    body = prairie_runbook_pdf(cust, signer, cid + "b")
    orig_scan = s4801024().files["RB-PG-MDE v1.3 signed.pdf"]
    # crop the signature from the original scan (page 2 is upside down) and paste it, digitally, into this PDF
    src = pymupdf.open("pdf", orig_scan)
    pix = src[1].get_pixmap(dpi=200)
    img = Image.frombytes("RGB", (pix.width, pix.height), pix.samples).rotate(180)
    ref = pymupdf.open("pdf", prairie_runbook_pdf(PRAIRIE, PRAIRIE_SIGNER, "4801024b"))
    _, r = _find(ref, "Signature:")
    k = 200 / 72
    crop = img.crop((int((r.x1 + 2) * k), int((r.y0 - 14) * k), int((r.x1 + 110) * k), int((r.y1 + 14) * k)))
    doc = pymupdf.open("pdf", body)
    page_no, r2 = _find(doc, "Signature:")
    doc[page_no].insert_image(pymupdf.Rect(r2.x1 + 2, r2.y0 - 14, r2.x1 + 110, r2.y1 + 14), stream=png(crop))
    text_at(
        doc[page_no], _find(doc, "Date:")[1].x1 + 6, _find(doc, "Date:")[1].y1 - 2, "08-21-2026", 9, "#111111", tag="p"
    )
    out = finish(doc, letter_meta("RB-RRS-MDE signed", VS_SDM.name, T(2026, 8, 21, 9)), cid + "f")
    docs = [("RB-RRS-MDE v1.0 signed.pdf", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 9, 1, 10, 0, zone=tz(-5)),
        partner=VANTAGE,
        pc=VS_SDM,
        customer=cust,
        cc=signer,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        docs=docs,
    )
    return bundle(
        cid,
        "vantage_redriver_pasted_signature",
        c,
        {docs[0][0]: out},
        "action_required",
        "The acceptance signature is an image cut from the scanned Prairie Grain sign-off of 4801024 and pasted into a digital PDF, "
        "with a typed date: a copied/pasted physical signature re-used from another claim. Not a valid acknowledgement.",
        "Signature image on page 2 is the same handwriting as Prairie Grain's sign-off (4801024), pasted over a born-digital page.",
        reused_evidence="fail",
        customer_acknowledgement="fail",
    )


# ==============================================================================================
# ineligible customers and refusals (reject)
# ==============================================================================================
SAK_PM = pp(SAKURA, "Kenji", "Watanabe", "Project Manager", "k.watanabe")


def s4801063() -> Bundle:
    cid = "4801063"
    cust = Org(
        "Microsoft Japan Co., Ltd.",
        "Microsoft Japan",
        "microsoft.com",
        "JP",
        "Tokyo 108-0075",
        "Shinagawa Grand Central Tower",
    )
    cu = Person("Yuki Sato", "yuki.sato@microsoft.com", "Senior Program Manager")
    html = generic_report(
        SAKURA,
        "Project Completion Report",
        cust,
        ref="SCI-MSJ-2026-01",
        period="1 April – 30 June 2026",
        intro="Sakura Cloud delivered a Teams Rooms refresh for 40 meeting rooms in the Shinagawa office and Intune enrolment of 120 demo devices for the Microsoft Technology Center.",
        rows=[
            ["Teams Rooms", "40 rooms refreshed, Pro Management onboarding", "Complete"],
            ["Intune", "120 demo devices enrolled, kiosk profiles", "Complete"],
        ],
        signers=[("Microsoft Japan", cu.name, cu.title)],
    )
    body = report_pdf(SAKURA, "Project Completion Report", html, T(2026, 7, 1, 9), cid + "b", SAK_PM.name)
    signed = esign_pdf(
        body,
        platform="docusign",
        signers=[Signer(cu, cust, T(2026, 7, 3, 14, 0, zone=tz(9)), "Signature:", "Date:")],
        sender=SAK_PM,
        sender_org=SAKURA,
        subject="Please DocuSign: Completion Report",
        sent=T(2026, 7, 2, 9),
        certificate=True,
        meta=letter_meta("Completion Report", SAK_PM.name, T(2026, 7, 3, 15)),
        seed=cid,
    )
    docs = [("SCI-MSJ-2026-01 signed.pdf", "poe")]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 7, 14, 10, 0, zone=tz(9)),
        partner=SAKURA,
        pc=SAK_PM,
        customer=cust,
        cc=cu,
        workloads=["TEAMS ROOMS", "INTUNE"],
        docs=docs,
    )
    return bundle(
        cid,
        "sakura_microsoft_japan_customer",
        c,
        {docs[0][0]: signed},
        "reject",
        "The end customer is Microsoft itself (Microsoft Japan, microsoft.com): partners are not eligible for incentives for services "
        "where Microsoft is the end customer. Well documented, but ineligible.",
        "Customer 'Microsoft Japan Co., Ltd.', domain microsoft.com.",
        ineligible_customer="fail",
    )


def s4801064() -> Bundle:
    cid = "4801064"
    cust = Org(
        "Andes Cloud S.A.S.", "Andes Cloud", "andescloud.co", "CO", "Medellín, Antioquia", "Carrera 43A # 1-50, Torre 2"
    )
    cu = Person("Valentina Gómez", "vgomez@andescloud.co", "Directora de Operaciones")
    html = generic_report(
        ANDES,
        "Internal Migration – Closure",
        cust,
        ref="AC-INT-2026",
        period="January – March 2026",
        intro="Migration of Andes Cloud's own 85 employees to Microsoft 365 E5: Intune for 85 laptops and Defender for Endpoint.",
        rows=[
            ["Intune", "85 laptops with Autopilot", "Complete"],
            ["Microsoft Defender for Endpoint", "85 devices onboarded", "Complete"],
        ],
        signers=[("Andes Cloud", cu.name, cu.title)],
    )
    body = report_pdf(ANDES, "Internal Migration", html, T(2026, 3, 30, 9), cid + "b", AC_AM.name)
    scan = scan_pdf(
        body,
        letter_meta("cierre interno", "", T(2026, 4, 1, 9), "scan3"),
        cid + "s",
        dpi=130,
        inks=sig_inks(cu.name, "01/04/2026"),
    )
    docs = [("Cierre migracion interna.pdf", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 4, 15, 10, 0, zone=tz(-5)),
        partner=ANDES,
        pc=AC_AM,
        customer=cust,
        cc=cu,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=docs,
    )
    return bundle(
        cid,
        "andes_claims_itself",
        c,
        {docs[0][0]: scan},
        "reject",
        "The claimed customer is the partner itself (Andes Cloud S.A.S., andescloud.co, its own 85 employees). The partner cannot be its "
        "own end customer.",
        "Customer name and domain equal the partner's (andescloud.co); report says 'Andes Cloud's own 85 employees'.",
        ineligible_customer="fail",
    )


def s4801065() -> Bundle:
    cid = "4801065"
    cust = Org(
        "TCW Managed Services (Pty) Ltd",
        "TCW Managed Services",
        "tcwmanaged.co.za",
        "ZA",
        "Pretoria, 0081",
        "Menlyn Maine, 200 Amarand Ave",
    )
    cu = Person("Naledi Dlamini", "naledi.dlamini@tcwmanaged.co.za", "Managing Director")
    html = generic_report(
        TSHWANE,
        "Service Delivery Confirmation",
        cust,
        ref="TCW-MS-2026-07",
        period="May – July 2026",
        intro="Tshwane Cloud Works deployed Exchange Online and Intune for TCW Managed Services, a wholly owned subsidiary of Tshwane Cloud Works (Pty) Ltd, "
        "for its 140 service-desk staff.",
        rows=[
            ["Exchange Online", "140 mailboxes migrated", "Complete"],
            ["Intune", "140 laptops enrolled", "Complete"],
        ],
        signers=[("TCW Managed Services", cu.name, cu.title)],
    )
    body = report_pdf(TSHWANE, "Service Delivery Confirmation", html, T(2026, 7, 30, 9), cid + "b", TC_AM.name)
    signed = esign_pdf(
        body,
        platform="dropbox",
        signers=[Signer(cu, cust, T(2026, 7, 31, 10, 0, zone=tz(2)), "Signature:", "Date:")],
        sender=TC_AM,
        sender_org=TSHWANE,
        subject="Service Delivery Confirmation",
        sent=T(2026, 7, 30, 12),
        certificate=True,
        meta=letter_meta("Service Delivery Confirmation", TC_AM.name, T(2026, 7, 31, 11)),
        seed=cid,
    )
    docs = [("TCW-MS-2026-07 signed.pdf", "poe")]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 8, 12, 10, 0, zone=tz(2)),
        partner=TSHWANE,
        pc=TC_AM,
        customer=cust,
        cc=cu,
        workloads=["EXCHANGE ONLINE", "INTUNE"],
        docs=docs,
    )
    return bundle(
        cid,
        "tshwane_subsidiary_affiliate",
        c,
        {docs[0][0]: signed},
        "reject",
        "The customer is 'a wholly owned subsidiary of Tshwane Cloud Works' at the partner's own address – a partner affiliate, for which "
        "no incentive can be earned.",
        "Report: 'TCW Managed Services, a wholly owned subsidiary of Tshwane Cloud Works (Pty) Ltd'.",
        ineligible_customer="fail",
    )


def s4801066() -> Bundle:
    cid = "4801066"
    cust = Org(
        "Desert Rose Hospitality LLC",
        "Desert Rose Hospitality",
        "desertrosehotels.ae",
        "AE",
        "Dubai",
        "Jumeirah Beach Road",
    )
    cu = Person("Khalid Rahman", "khalid.rahman@desertrosehotels.ae", "Director of IT")
    m1 = Mail(
        DD_PM,
        (cu,),
        "Partner of record – Defender for Endpoint",
        T(2026, 9, 7, 10, 0, zone=tz(4)),
        "Dear Khalid,\n\nFollowing our Defender health check in August (review of 410 devices, ASR recommendations), we would like to register "
        "Dunes Digital as your partner of record for Microsoft Defender for Endpoint. Could you confirm?\n\nBest regards,",
        footer=footer_of(DD_PM, DUNES, "+971 4 555 0123"),
    )
    r1 = Mail(
        cu,
        (DD_PM,),
        "RE: Partner of record – Defender for Endpoint",
        T(2026, 9, 8, 11, 20, zone=tz(4)),
        "Dear Rania,\n\nThank you for the health check presentation, but we have not engaged Dunes Digital for Defender – our endpoint security "
        "and SOC are run by our group security provider under a separate contract. Please do not register Dunes as our partner for this "
        "workload.\n\nRegards,\nKhalid",
        quoted=(m1,),
    )
    docs = [("RE Partner of record - Defender for Endpoint.msg", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 9, 15, 10, 0, zone=tz(4)),
        partner=DUNES,
        pc=DD_PM,
        customer=cust,
        cc=cu,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        docs=docs,
    )
    return bundle(
        cid,
        "dunes_desertrose_customer_declines",
        c,
        {docs[0][0]: msg_file(r1)},
        "reject",
        "The customer's reply explicitly refuses: 'we have not engaged Dunes Digital for Defender … Please do not register Dunes as our "
        "partner'. The POE proves the opposite of an acknowledgement; the claim cannot be fixed. UNSURE: whether the health "
        "check is enough activity detail is moot.",
        "Reply of 2026-09-08 from khalid.rahman@desertrosehotels.ae declining the association.",
        customer_acknowledgement="fail",
        customer_domain="pass",
        activity_detail=["fail", "warn", "pass"],
    )


def s4801067() -> Bundle:
    cid = "4801067"
    cust = Org(
        "Polaris Logistyka Sp. z o.o.",
        "Polaris Logistyka",
        "polaris-logistyka.pl",
        "PL",
        "00-844 Warszawa",
        "ul. Grzybowska 62",
    )
    pm = pp(POLARIS, "Tomasz", "Wójcik", "Kierownik Projektu / Project Manager", "t.wojcik")
    cu = Person("Agnieszka Nowak", "a.nowak@polaris-logistyka.pl", "Dyrektor IT / IT Director")
    html = generic_report(
        POLARIS,
        "Delivery Report",
        cust,
        ref="PS-PL-2026-04",
        period="2 March – 29 May 2026",
        intro="Polaris Systemy deployed Intune and Defender for Endpoint for Polaris Logistyka (380 devices in 5 warehouses). Both companies belong to "
        "Polaris Group S.A.; the work was delivered under the group's internal service agreement.",
        rows=[
            ["Intune", "380 devices incl. 120 warehouse scanners (Android Enterprise)", "Complete"],
            ["Microsoft Defender for Endpoint", "260 Windows devices onboarded; ASR rules", "Complete"],
        ],
        signers=[("Polaris Logistyka", cu.name, cu.title)],
    )
    body = report_pdf(POLARIS, "Delivery Report", html, T(2026, 6, 1, 9), cid + "b", pm.name)
    scan = scan_pdf(
        body,
        letter_meta("skan", "", T(2026, 6, 3, 9), "scan2"),
        cid + "s",
        dpi=150,
        inks=sig_inks(cu.name, "02.06.2026"),
    )
    docs = [("PS-PL-2026-04 Delivery Report signed.pdf", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 6, 17, 10, 0, zone=tz(2)),
        partner=POLARIS,
        pc=pm,
        customer=cust,
        cc=cu,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=docs,
    )
    return bundle(
        cid,
        "polaris_sister_company_affiliate",
        c,
        {docs[0][0]: scan},
        "reject",
        "The customer is a sister company of the partner (both 'belong to Polaris Group S.A.', same address, 'group's internal service "
        "agreement') – a partner affiliate, ineligible for incentives.",
        "Report: 'Both companies belong to Polaris Group S.A.; … the group's internal service agreement'.",
        ineligible_customer="fail",
    )


# ==============================================================================================
# more plain, clean claims in other formats
# ==============================================================================================
def s4801068() -> Bundle:
    cid = "4801068"
    cust = Org(
        "Groupe Hôtelier Belle Rive SA",
        "Belle Rive Hôtels",
        "bellerive-hotels.fr",
        "FR",
        "06400 Cannes",
        "14 boulevard de la Croisette",
    )
    cu = Person("Nathalie Giraud", "n.giraud@bellerive-hotels.fr", "DSI / Head of IT")

    def fill(d: Any) -> None:
        docx_heading(d, "Copilot rollout – status report (final)", 1, "283593")
        d.add_paragraph(f"Customer: {cust.name}    Partner: {ATELIER.name}    Date: 9 October 2026")
        docx_table(
            d,
            [
                ["Workstream", "Status"],
                [
                    "Microsoft 365 Copilot",
                    "260 licences assigned (reception managers, revenue management, sales, HQ); 214 active users (28 days)",
                ],
                [
                    "Readiness",
                    "Oversharing review of 48 SharePoint sites; 6 sites restricted; sensitivity labels on guest data",
                ],
                [
                    "Adoption",
                    "9 workshops in 4 hotels (Cannes, Nice, Antibes, Monaco); prompt library for revenue managers in FR/EN",
                ],
            ],
            shade="283593",
        )
        d.add_paragraph("Project period: 1 July – 2 October 2026.")

    rep = docx_bytes(fill, author=AN_LEAD.name, created=T(2026, 10, 9, 11), title="Copilot status report final")
    m1 = Mail(
        AN_LEAD,
        (cu,),
        "Belle Rive – Copilot rollout final report",
        T(2026, 10, 9, 14, 0, zone=tz(2)),
        "Bonjour Nathalie,\n\nPlease find the final status report of the Copilot rollout attached (260 users, 214 active, 9 workshops). Could you confirm "
        "that the project is complete and accepted?\n\nBien cordialement,",
        attachments=(("Copilot status report final.docx", rep),),
        footer=footer_of(AN_LEAD, ATELIER, "+33 4 72 55 01 20"),
    )
    r1 = Mail(
        cu,
        (AN_LEAD,),
        "RE: Belle Rive – Copilot rollout final report",
        T(2026, 10, 12, 9, 14, zone=tz(2)),
        "Hello Camille,\n\nConfirmed – the Copilot rollout is complete and accepted. The revenue managers use the prompt library every day.\n\nNathalie",
        quoted=(m1,),
    )
    pdf = printed_mail_pdf(
        r1, AN_LEAD, letter_meta(r1.subject, AN_LEAD.name, T(2026, 10, 12, 10), "chrome"), cid + "p", browser=True
    )
    docs = [
        ("Mail - RE Belle Rive Copilot rollout final report.pdf", "poe"),
        ("Copilot status report final.docx", "poe"),
    ]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 10, 20, 10, 0, zone=tz(2)),
        partner=ATELIER,
        pc=AN_LEAD,
        customer=cust,
        cc=cu,
        workloads=["MICROSOFT 365 COPILOT"],
        docs=docs,
    )
    return bundle(
        cid,
        "atelier_bellerive_owa_print_copilot",
        c,
        {docs[0][0]: pdf, docs[1][0]: rep},
        "approve",
        "Clean: an e-mail printed from Outlook on the web shows the customer's Head of IT (bellerive-hotels.fr) confirming the Copilot "
        "rollout as complete and accepted; the Word report gives users, sites, activities and dates.",
        "Printed e-mail of 2026-10-12 from n.giraud@bellerive-hotels.fr: 'Confirmed – the Copilot rollout is complete and accepted'.",
        container="zip",
        customer_domain="pass",
    )


def s4801069() -> Bundle:
    cid = "4801069"
    cust = Org(
        "Baltic Amber Logistics Sp. z o.o.",
        "Baltic Amber",
        "balticamber.pl",
        "PL",
        "80-309 Gdańsk",
        "al. Grunwaldzka 472",
    )
    pm = pp(POLARIS, "Tomasz", "Wójcik", "Kierownik Projektu / Project Manager", "t.wojcik")
    cu = Person("Marek Zieliński", "m.zielinski@balticamber.pl", "CIO")
    html = (
        "<h1>Steering Committee Minutes – Security Programme</h1>"
        + kv(
            [
                ("Date", "17 September 2026, Gdańsk"),
                ("Customer attendees", f"{cu.name} (CIO), Ewa Kowalska (Security Officer)"),
                ("Polaris attendees", f"{pm.name}, Piotr Lis (Security Architect)"),
            ]
        )
        + "<h2>Status</h2>"
        + ul(
            [
                "Defender for Endpoint onboarded on 540 devices in 4 terminals; 2 incidents contained during the period",
                "Defender for Office 365 Plan 2: anti-phishing for 610 mailboxes, 2 attack simulations (click rate 14% → 6%)",
                "Entra ID P2: risk-based Conditional Access and PIM for 22 admins",
            ]
        )
        + "<h2>Decisions</h2>"
        + ul(
            [
                "Baltic Amber accepts phase 2 of the security programme as delivered",
                "Phase 3 (Sentinel) to start November 2026",
            ]
        )
    )
    minutes = report_pdf(POLARIS, "SteerCo minutes", html, T(2026, 9, 18, 9), cid + "b", pm.name)
    m1 = Mail(
        pm,
        (cu,),
        "Minutes – Security SteerCo 17.09",
        T(2026, 9, 18, 12, 0, zone=tz(2)),
        "Dear Marek,\n\nplease find the minutes of yesterday's steering committee attached. Please confirm them.\n\nBest regards,",
        attachments=(("SteerCo_2026-09-17.pdf", minutes),),
        footer=footer_of(pm, POLARIS, "+48 22 555 01 44"),
    )
    r1 = Mail(
        cu,
        (pm,),
        "RE: Minutes – Security SteerCo 17.09",
        T(2026, 9, 19, 8, 5, zone=tz(2)),
        "Tomasz,\n\nminutes confirmed without changes, including the acceptance of phase 2 (Defender for Endpoint, Defender for Office 365, Entra ID P2).\n\nMarek",
        quoted=(m1,),
    )
    pdf = printed_mail_pdf(
        r1, pm, Meta(r1.subject, pm.name, T(2026, 9, 19, 9), "Microsoft Outlook", "Microsoft: Print To PDF"), cid + "p"
    )
    docs = [("RE Minutes - Security SteerCo 17.09.pdf", "poe"), ("SteerCo_2026-09-17.pdf", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 9, 30, 10, 0, zone=tz(2)),
        partner=POLARIS,
        pc=pm,
        customer=cust,
        cc=cu,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        docs=docs,
    )
    return bundle(
        cid,
        "polaris_balticamber_steerco_printed_mail",
        c,
        {docs[0][0]: pdf, docs[1][0]: minutes},
        "approve",
        "Clean: steering-committee minutes with concrete figures for all three workloads, and the CIO's printed e-mail reply from "
        "balticamber.pl confirming them and the acceptance of phase 2.",
        "Printed Outlook e-mail of 2026-09-19 from m.zielinski@balticamber.pl: 'minutes confirmed without changes, including the acceptance of phase 2'.",
        container="zip-folder",
        customer_domain="pass",
    )


def s4801070() -> Bundle:
    cid = "4801070"
    cust = Org(
        "Tasman Bay Wineries Ltd", "Tasman Bay Wineries", "tasmanbaywines.co.nz", "NZ", "Nelson 7011", "88 Trafalgar St"
    )
    sig = Person("Hamish McAllister", "hamish@tasmanbaywines.co.nz", "General Manager")
    html = generic_report(
        HARBOURLINE,
        "Go-Live Certificate – Teams Rooms & Teams Phone",
        cust,
        ref="HL-TBW-GL",
        period="Go-live 28 July 2026",
        intro="Harbourline fitted 6 Teams Rooms (cellar door, 2 boardrooms, 3 huddle rooms) and moved the winery's 52 staff to Teams Phone with 60 numbers.",
        rows=[
            ["Teams Rooms", "6 rooms on Android with Pro licences; touch console; Pro Management monitoring", "Live"],
            [
                "Teams Phone Enabled Users",
                "52 users, 60 DIDs ported, cellar-door call queue with after-hours message",
                "Live",
            ],
        ],
        signers=[("Tasman Bay Wineries", sig.name, sig.title)],
    )
    body = report_pdf(HARBOURLINE, "Go-Live Certificate", html, T(2026, 7, 28, 9), cid + "b", HL_PM.name)
    page = inked_pages(body, 130, sig_inks(sig.name, "29/07/2026", color=INK_BLACK), cid)[0]
    photo = phone_photo(page, cid, when=T(2026, 7, 29, 16, 40, zone=tz(12)), model="SM-S921B")
    docs = [("20260729_164012.jpg", "poe")]
    c = make_claim(
        cid,
        area="Modern Work",
        submitted=T(2026, 8, 5, 10, 0, zone=tz(12)),
        partner=HARBOURLINE,
        pc=HL_PM,
        customer=cust,
        cc=sig,
        workloads=["TEAMS ROOMS", "TEAMS PHONE ENABLED USERS"],
        docs=docs,
    )
    return bundle(
        cid,
        "harbourline_tasmanbay_photo_golive",
        c,
        {docs[0][0]: photo},
        "approve",
        "Clean: a phone photo of the printed go-live certificate, signed in ink by the General Manager and dated 29/07/2026 (NZ, "
        "day-first); both workloads are described with numbers. A photo of a physically signed page is acceptable.",
        "Photo 20260729_164012.jpg: signed go-live certificate, handwritten date 29/07/2026.",
    )


def s4801071() -> Bundle:
    cid = "4801071"
    cust = Org(
        "Compañía Cervecera del Pacífico S.A.",
        "CCP",
        "ccpacifico.com.co",
        "CO",
        "Cali, Valle del Cauca",
        "Calle 15 # 26-101, Acopi Yumbo",
    )
    sig = Person("Diego Alejandro Paz", "dpaz@ccpacifico.com.co", "Gerente de Tecnología / CTO")
    html = generic_report(
        ANDES,
        "Closure Report – CCP Identity & Endpoint Security",
        cust,
        ref="AC-CCP-2026-09",
        period="6 July – 25 September 2026",
        intro="For CCP (Compañía Cervecera del Pacífico) Andes Cloud deployed Defender for Endpoint on 720 devices in the Yumbo brewery and 9 "
        "distribution centres, and Entra ID P2 risk-based access for 1,100 users.",
        rows=[
            [
                "Microsoft Defender for Endpoint",
                "720 devices (incl. 85 packaging-line PCs with OT exclusions), ASR rules, isolation runbook",
                "Complete",
            ],
            [
                "Entra ID P2",
                "Risk-based Conditional Access, PIM for 31 admins, access reviews for distributors' guest accounts (240)",
                "Complete",
            ],
        ],
        signers=[("CCP", sig.name, sig.title)],
        accept="CCP confirms that the activities above were delivered by Andes Cloud S.A.S.",
    )
    body = report_pdf(ANDES, "Closure Report", html, T(2026, 9, 28, 9), cid + "b", AC_AM.name)
    signed = esign_pdf(
        body,
        platform="docusign",
        signers=[Signer(sig, cust, T(2026, 9, 30, 10, 0, zone=tz(-5)), "Signature:", "Date:")],
        sender=AC_AM,
        sender_org=ANDES,
        subject="Please DocuSign: CCP Closure Report",
        sent=T(2026, 9, 29, 9),
        certificate=True,
        meta=letter_meta("CCP Closure Report", AC_AM.name, T(2026, 9, 30, 11)),
        seed=cid,
    )
    docs = [("AC-CCP-2026-09 Closure Report.pdf", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 10, 8, 10, 0, zone=tz(-5)),
        partner=ANDES,
        pc=AC_AM,
        customer=cust,
        cc=sig,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        docs=docs,
    )
    return bundle(
        cid,
        "andes_ccp_acronym_docusign",
        c,
        {docs[0][0]: signed},
        "approve",
        "Clean: the report mostly calls the customer by its acronym 'CCP', tied once to the legal name Compañía Cervecera del Pacífico "
        "and signed via DocuSign by its CTO at ccpacifico.com.co – the same company as the claim.",
        "DocuSign certificate: signed 9/30/2026 by dpaz@ccpacifico.com.co; 'CCP (Compañía Cervecera del Pacífico)'.",
    )


def s4801072() -> Bundle:
    cid = "4801072"
    cust = Org("Bergen Sjøfart Rederi AS", "Bergen Sjøfart", "bergensjofart.no", "NO", "5004 Bergen", "Bryggen 11")
    cu = Person("Lars Eide", "lars.eide@bergensjofart.no", "IT Director")
    eng_name = "Azure Innovate: Analytics Pilot/POC"
    html = (
        f"<h1>{eng_name} – Pilot Report</h1>"
        + kv(
            [
                ("Customer", cust.name),
                ("Partner", FJORDBYTE.name),
                ("Claim", cid),
                ("Pilot period", "4 May – 12 June 2026"),
            ]
        )
        + "<h2>Pilot scope</h2>"
        + ul(
            [
                "Vessel telemetry (fuel, engine load, position) from 14 ships ingested into Microsoft Fabric lakehouse",
                "Power BI fuel-efficiency dashboard for the fleet managers; CII rating forecast per vessel",
                "Estimated Azure consumption after production: USD 7,400 / month",
            ]
        )
        + "<h2>Outcome</h2>"
        + paras("Fleet management approved production rollout to all 22 vessels from Q3 2026.")
    )
    poe = report_pdf(FJORDBYTE, "Pilot Report", html, T(2026, 6, 15, 9), cid + "b", FB_LEAD.name)
    inv = invoice_pdf(
        FJORDBYTE,
        "FB-2026-0655",
        D(2026, 6, 16),
        cid,
        eng_name,
        9500.0,
        seed=cid + "inv",
        style=1,
        logo=logo(FJORDBYTE),
        vat_note="Export of services – no Norwegian VAT.",
    )
    files, docs = pa_bundle_files(
        cid,
        FJORDBYTE,
        FB_LEAD,
        cust,
        cu,
        poe,
        inv,
        T(2026, 6, 17, 9),
        "Fleet fuel analytics pilot approved for production",
    )
    c = make_claim(
        cid,
        area="Azure",
        submitted=T(2026, 6, 19, 10, 0, zone=tz(2)),
        partner=FJORDBYTE,
        pc=FB_LEAD,
        customer=cust,
        cc=cu,
        workloads=["AZURE"],
        docs=docs,
        program="partner_activities",
        kind=None,
        eng=engagement("ENG-AZ-ANA-POC", eng_name, "standard", "variable", 9500.0),
        consent=D(2026, 4, 27),
    )
    return bundle(
        cid,
        "fjordbyte_bergensjofart_pa_analytics_poc",
        c,
        files,
        "approve",
        "Clean Partner Activities claim: invoice shows claim 4801072, Fjordbyte and USD 9,500 = proposed variable payout; both "
        "surveys signed with name, company and title; pilot report is specific; submitted 53 days after consent (standard: 90).",
        "Invoice FB-2026-0655 'Claim 4801072' USD 9,500.00; consent 2026-04-27, submitted 2026-06-19.",
        container="zip",
        acknowledgement_date=["pass", "not_applicable"],
        customer_domain=["pass", "not_applicable"],
    )


def s4801073() -> Bundle:
    cid = "4801073"
    cust = Org(
        "Hokuto Precision Industries Co., Ltd.",
        "Hokuto Precision",
        "hokuto-precision.co.jp",
        "JP",
        "Nagano 390-0852",
        "3-14-2 Shimadachi, Matsumoto",
    )
    sig = Person("Hiroshi Takeda", "h.takeda@hokuto-precision.co.jp", "General Manager, Information Systems")
    msa = report_pdf(
        SAKURA,
        "Master Services Agreement",
        (
            "<h1>Master Services Agreement</h1>"
            + kv(
                [
                    ("Parties", f"{cust.name} and {SAKURA.name}"),
                    ("Effective date", "1 April 2024"),
                    ("Agreement no.", "SCI-MSA-2024-017"),
                ]
            )
            + paras(
                "This Agreement sets out the general terms under which Sakura Cloud Integration provides IT services to the Customer under separate Statements of Work. "
                "Each Statement of Work describes the services, deliverables and fees.",
                "Term: three years, renewing annually unless terminated with 90 days' notice.",
            )
            + sign_rows([("Hokuto Precision", sig.name, sig.title)])
        ),
        T(2024, 3, 25, 9),
        cid + "m",
        SAK_PM.name,
    )
    msa_scan = scan_pdf(
        msa,
        letter_meta("MSA", "", T(2024, 4, 2, 9), "scan"),
        cid + "ms",
        dpi=100,
        inks=sig_inks(sig.name, "2024-04-01"),
        angles=(1.4,),
    )
    sow = generic_report(
        SAKURA,
        "Statement of Work No. 6 – Intune & Defender",
        cust,
        ref="SCI-SOW-2026-006 (under MSA SCI-MSA-2024-017)",
        period="1 May – 30 September 2026",
        intro="Intune management of 880 factory and office devices across the Matsumoto and Ina plants, and Defender for Endpoint onboarding including CNC-line engineering PCs.",
        rows=[
            [
                "Intune",
                "Autopilot for 880 devices, shared-device mode for 140 line PCs, compliance, update rings",
                "Delivered",
            ],
            [
                "Microsoft Defender for Endpoint",
                "Onboarding of 880 devices, OT-aware exclusions for CNC controllers, ASR rules, isolation runbook",
                "Delivered",
            ],
        ],
        signers=[("Hokuto Precision", sig.name, sig.title)],
        accept="Hokuto Precision confirms delivery of SOW No. 6.",
    )
    sow_pdf = report_pdf(SAKURA, "SOW No. 6", sow, T(2026, 10, 1, 9), cid + "s", SAK_PM.name)
    sow_scan = scan_pdf(
        sow_pdf,
        letter_meta("SOW6 signed", "", T(2026, 10, 5, 9), "scan2"),
        cid + "ss",
        dpi=150,
        inks=sig_inks(sig.name, "2026-10-02"),
        angles=(-0.9,),
    )
    docs = [("SCI-MSA-2024-017.pdf", "supporting"), ("SOW6 completion signed.pdf", "poe")]
    c = make_claim(
        cid,
        area="Security",
        submitted=T(2026, 10, 15, 10, 0, zone=tz(9)),
        partner=SAKURA,
        pc=SAK_PM,
        customer=cust,
        cc=sig,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=docs,
    )
    return bundle(
        cid,
        "sakura_hokuto_msa_plus_recent_sow",
        c,
        {docs[0][0]: msa_scan, docs[1][0]: sow_scan},
        "approve",
        "An MSA from 2024 alone would not count, but it comes with a recent signed SOW completion (2026-10-02) describing the Intune and "
        "Defender work in detail – 'recent documentation proving the engagement'. The MSA is a 100 dpi skewed scan.",
        "Signed 'Statement of Work No. 6' completion dated 2026-10-02 under MSA SCI-MSA-2024-017.",
    )


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
    builders = [fn for name, fn in sorted(globals().items()) if name.startswith("s48") and callable(fn)]
    bundles = [fn() for fn in builders]
    ids = [b.claim_id for b in bundles]
    if len(set(ids)) != len(ids) or len({b.entry for b in bundles}) != len(bundles):
        raise RuntimeError("claim ids and bundle names must be unique")
    for b in bundles:
        if not 4801001 <= int(b.claim_id) <= 4801999:
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
        if b.decision == "approve" and any(
            (v if isinstance(v, list) else [v]) and set(v if isinstance(v, list) else [v]) <= {"fail", "warn"}
            for v in b.checks.values()
        ):
            raise RuntimeError(f"{b.claim_id}: approved claim with a failing check")
        if b.decision != "approve" and not any(
            set(v if isinstance(v, list) else [v]) <= {"fail", "warn"} for v in b.checks.values()
        ):
            raise RuntimeError(f"{b.claim_id}: {b.decision} without a failing check")
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
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive_file:
        for rel in sorted(files):
            info = zipfile.ZipInfo(prefix + rel, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive_file.writestr(info, files[rel])
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
    for b in bundles:
        write_bundle(out_dir, b)
    text = json.dumps(expected(bundles), indent=2, ensure_ascii=False) + "\n"
    (out_dir / "expected.json").write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    import warnings

    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", message=".*DSA is deprecated.*")
    parser = argparse.ArgumentParser(description="Write held-out test set F (MCI claim bundles + expected.json).")
    parser.add_argument("out", type=Path, help="output directory (empty, absent, or a previous output of this script)")
    parser.add_argument("--force", action="store_true", help="empty OUTDIR first if it is not empty")
    args = parser.parse_args(argv)
    out: Path = args.out
    if out.exists():
        if not out.is_dir():
            raise SystemExit(f"{out} exists and is not a directory")
        entries = list(out.iterdir())
        ours = all(e.name == "expected.json" or e.name.startswith("48010") for e in entries)
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
