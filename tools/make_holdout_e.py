"""Write held-out test set E of POE Reviewer: a queue of MCI claim bundles and ``expected.json``.

Written from the MCI claiming guide (June 2025) and the claims-interchange spec only, without looking at how
the review tool decides. Every bundle follows ``poe-claim-bundle/1`` (a directory or a .zip holding
``claim.json`` and the partner's uploads). The documents imitate what partners really upload: a partner's own
closure-report template reused for several customers, SOC service reports, bilingual acceptance protocols,
quarterly-review and findings decks exported to PDF, adoption dashboards printed to PDF, meeting minutes,
go-live certificates, Word status reports and handover notes, .eml and Outlook .msg threads (quoted replies,
replies in the customer's language, out-of-office and receipt-only replies, forwards), printed e-mails,
scans (image-only, rotated 90/180 degrees, skewed, 100-150 dpi) with handwritten signatures and dates, a
phone photo, e-signature envelopes with and without a certificate of completion, a PDF digitally signed with
pyHanko, invoices, survey exports and public-sector fee disclosures.

The queue holds pairs and a trio that share claim-specific evidence (a signed page, an acknowledging e-mail,
a customer narrative, an invoice) and several kinds of shared boilerplate that must not count as reuse (a
partner's report template, the public-sector disclosure wording, a programme's standard module list, a
partner's e-mail signature and legal footer, a partner's logo).

Claim IDs 4701001-4701999. Everything is deterministic: fixed dates (all claims submitted in 2026), seeded
randomness, fixed zip timestamps, fixed PDF ids, fixed signing times, RSA keys from seeded primes.

Run: ``.venv/bin/python tools/make_holdout_e.py OUTDIR [--force]`` (OUTDIR empty or absent).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
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
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
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
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ZIP_TIME = (2026, 12, 1, 8, 30, 0)
UTC = dt.UTC
_NS = uuid.UUID("3b7e52d4-0c1a-4f7e-9d25-8e4f60a1c2b7")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# ==============================================================================================
# small helpers: ids, dates
# ==============================================================================================
def guid(*parts: str, upper: bool = False) -> str:
    value = str(uuid.uuid5(_NS, "|".join(parts)))
    return value.upper() if upper else value


def hx(*parts: str, n: int = 32) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


def rng_for(*parts: str) -> random.Random:
    return random.Random(int(hx(*parts, n=16), 16))


def tzh(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def T(y: int, m: int, d: int, hh: int = 10, mm: int = 0, zone: dt.tzinfo = UTC) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=zone)


def D(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


def iso(moment: dt.datetime) -> str:
    text = moment.isoformat()
    return text.replace("+00:00", "Z")


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
}


def month(day: dt.date, lang: str = "en") -> str:
    return MONTHS[lang].split()[day.month - 1]


def gb(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def dotted(day: dt.date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def long_us(day: dt.date) -> str:
    return f"{month(day)} {day.day}, {day.year}"


def long_gb(day: dt.date) -> str:
    return f"{day.day} {month(day)} {day.year}"


def outlook_when(moment: dt.datetime) -> str:
    """How Outlook prints a date in a quoted header: Tuesday, March 10, 2026 9:12 AM."""
    hour = moment.hour % 12 or 12
    ampm = "AM" if moment.hour < 12 else "PM"
    return f"{moment:%A}, {month(moment.date())} {moment.day}, {moment.year} {hour}:{moment.minute:02d} {ampm}"


def outlook_short(moment: dt.datetime) -> str:
    hour = moment.hour % 12 or 12
    ampm = "AM" if moment.hour < 12 else "PM"
    return f"{moment:%a} {moment.month}/{moment.day}/{moment.year} {hour}:{moment.minute:02d} {ampm}"


def pdf_date(moment: dt.datetime) -> str:
    off = moment.utcoffset() or dt.timedelta(0)
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{mins // 60:02d}'{mins % 60:02d}'"


# ==============================================================================================
# parties
# ==============================================================================================
@dataclass(frozen=True)
class Person:
    name: str
    email: str
    title: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Partner:
    key: str
    name: str
    short: str
    location_id: str
    country: str
    city: str
    domains: tuple[str, ...]
    address: str
    contact: Person
    color: str = "#1f3864"
    footer: str = ""  # the partner's standard legal footer under every e-mail

    @property
    def domain(self) -> str:
        return self.domains[0]


@dataclass(frozen=True)
class Customer:
    name: str
    short: str
    domain: str
    country: str
    contact: Person
    segment: str = "commercial"
    address: str = ""
    tenant: str = ""

    @property
    def tenant_id(self) -> str:
        return self.tenant or guid("tenant", self.domain)


# ==============================================================================================
# PDF writing
# ==============================================================================================
@dataclass(frozen=True)
class Meta:
    title: str
    author: str
    created: dt.datetime
    creator: str = "Microsoft® Word for Microsoft 365"
    producer: str = "Microsoft® Word for Microsoft 365"
    subject: str = ""
    modified: dt.datetime | None = None


PAPER = {"a4": (595.0, 842.0), "letter": (612.0, 792.0), "slides": (960.0, 540.0), "a4l": (842.0, 595.0)}

CSS_BASE = """
body { font-family: sans-serif; font-size: 9.5pt; color: #1a1a1a; line-height: 1.32; }
h1 { font-size: 17pt; margin: 0 0 6pt 0; color: ACCENT; }
h2 { font-size: 12pt; margin: 12pt 0 4pt 0; color: ACCENT; border-bottom: 0.8pt solid ACCENT; }
h3 { font-size: 10.5pt; margin: 9pt 0 3pt 0; color: #333333; }
p { margin: 0 0 5pt 0; }
table { border-spacing: 0; width: 100%; margin: 3pt 0 7pt 0; }
td, th { border: 0.6pt solid #9a9a9a; padding: 2.5pt 4pt; vertical-align: top; font-size: 8.8pt; }
th { background-color: #e8ecf3; text-align: left; }
td.k { background-color: #f4f6f9; font-weight: bold; }
ul, ol { margin: 0 0 5pt 0; }
li { margin: 0 0 1.5pt 0; }
.small { font-size: 7.8pt; color: #555555; }
.muted { color: #666666; }
.box { border: 0.8pt solid #888888; padding: 5pt; }
.sig td { height: 30pt; }
.right { text-align: right; }
.center { text-align: center; }
"""


def css(accent: str = "#1f3864", font: str = "sans-serif", size: float = 9.5, extra: str = "") -> str:
    return (
        CSS_BASE.replace("ACCENT", accent)
        .replace("font-family: sans-serif", f"font-family: {font}")
        .replace("font-size: 9.5pt", f"font-size: {size}pt")
        + extra
    )


def finish(doc: pymupdf.Document, meta: Meta, seed: str) -> bytes:
    """Metadata, a fixed trailer /ID, subset fonts, deterministic bytes."""
    doc.set_metadata(
        {
            "title": meta.title,
            "author": meta.author,
            "subject": meta.subject,
            "keywords": "",
            "creator": meta.creator,
            "producer": meta.producer,
            "creationDate": pdf_date(meta.created),
            "modDate": pdf_date(meta.modified or meta.created),
        }
    )
    with suppress(RuntimeError, ValueError):
        doc.subset_fonts()
    ident = hx("pdf-id", seed, meta.title)
    doc.xref_set_key(-1, "ID", f"[<{ident}><{ident}>]")
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)


def _story_pages(
    html: str,
    style: str,
    size: tuple[float, float],
    margins: tuple[float, float, float, float],
    images: dict[str, bytes] | None = None,
) -> bytes:
    buf = io.BytesIO()
    archive = pymupdf.Archive()
    for name, data in (images or {}).items():
        archive.add(data, name)
    story = pymupdf.Story(html=html, user_css=style, archive=archive)
    writer = pymupdf.DocumentWriter(buf)
    page_rect = pymupdf.Rect(0, 0, *size)
    where = pymupdf.Rect(margins[0], margins[1], size[0] - margins[2], size[1] - margins[3])
    # Story.write, not place/draw in a loop: the loop repaints earlier table-cell backgrounds on later pages
    story.write(writer, lambda _n, _filled: (page_rect, where, None))
    writer.close()
    return buf.getvalue()


def dv_font(page: pymupdf.Page, text: str, bold: bool = False) -> str:
    """Base-14 Helvetica where the text fits cp1252 (no embedding), else a freshly named DejaVu (a font inserted
    under a name a subset font already uses would lose its glyphs)."""
    try:
        text.encode("cp1252")
        return "hebo" if bold else "helv"
    except UnicodeEncodeError:
        used = {f[4] for f in page.get_fonts()}
        n = 0
        while f"dv{n}" in used:
            n += 1
        name = f"dv{n}"
        page.insert_font(fontname=name, fontfile=str(FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")))
        return name


Decorate = Callable[[pymupdf.Page, int, int], None]


def html_pdf(
    body: str,
    meta: Meta,
    *,
    style: str | None = None,
    paper: str = "a4",
    margins: tuple[float, float, float, float] = (56, 64, 56, 60),
    decorate: Decorate | None = None,
    seed: str = "",
    images: dict[str, bytes] | None = None,
) -> bytes:
    """Lay out HTML with PyMuPDF's Story; ``decorate(page, index, count)`` draws headers, footers, logos."""
    raw = _story_pages(f"<body>{body}</body>", style or css(), PAPER[paper], margins, images)
    doc = pymupdf.open("pdf", raw)
    if decorate is not None:
        for i, page in enumerate(doc):
            decorate(page, i, doc.page_count)
    return finish(doc, meta, seed or meta.title)


def text_at(
    page: pymupdf.Page,
    xy: tuple[float, float],
    text: str,
    size: float = 7.5,
    color: str = "#555555",
    bold: bool = False,
) -> None:
    page.insert_text(xy, text, fontsize=size, fontname=dv_font(page, text, bold), color=_rgb(color))


def _rgb(color: str) -> tuple[float, float, float]:
    color = color.lstrip("#")
    return tuple(int(color[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def band_decor(
    left: str,
    right: str = "",
    *,
    accent: str = "#1f3864",
    logo: bytes | None = None,
    footer: str = "",
    page_fmt: str = "Page {i} of {n}",
    top_rule: bool = True,
) -> Decorate:
    """A running header (logo, left text, right text) and a footer with page numbers, as Word templates have."""

    def draw(page: pymupdf.Page, i: int, n: int) -> None:
        w, h = page.rect.width, page.rect.height
        if logo is not None:
            page.insert_image(pymupdf.Rect(40, 18, 40 + 88, 18 + 26), stream=logo, keep_proportion=True)
        text_at(page, (140 if logo else 40, 34), left, 7.5, "#444444")
        if right:
            width = pymupdf.get_text_length(right, fontsize=7.5)
            text_at(page, (w - 40 - width * 1.08, 34), right, 7.5, "#444444")
        if top_rule:
            page.draw_line((40, 48), (w - 40, 48), color=_rgb(accent), width=0.9)
        page.draw_line((40, h - 40), (w - 40, h - 40), color=(0.7, 0.7, 0.7), width=0.5)
        if footer:
            text_at(page, (40, h - 28), footer, 6.8, "#666666")
        if page_fmt:
            label = page_fmt.format(i=i + 1, n=n)
            width = pymupdf.get_text_length(label, fontsize=7)
            text_at(page, (w - 40 - width * 1.08, h - 28), label, 7, "#666666")

    return draw


def merge_pdfs(parts: Sequence[bytes], meta: Meta, seed: str) -> bytes:
    out = pymupdf.open()
    for part in parts:
        with pymupdf.open("pdf", part) as src:
            out.insert_pdf(src)
    return finish(out, meta, seed)


def kv(pairs: Sequence[tuple[str, str]], cls: str = "k") -> str:
    rows = "".join(f"<tr><td class='{cls}'>{escape(k)}</td><td>{v}</td></tr>" for k, v in pairs)
    return f"<table>{rows}</table>"


def grid(head: Sequence[str] | None, body: Sequence[Sequence[str]]) -> str:
    cols = ""
    top = "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>" if head else ""
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in body)
    return f"<table>{cols}{top}{rows}</table>"


def ul(items: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


# ==============================================================================================
# logos (the same bytes on every document of a partner: boilerplate, never evidence)
# ==============================================================================================
def font(name: str, size: int) -> Any:
    return ImageFont.truetype(str(FONT_DIR / name), size)


@functools.cache
def logo_png(text: str, color: str, mark: str = "circle") -> bytes:
    scale = 4
    img = Image.new("RGBA", (176 * scale, 52 * scale), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    rgb = tuple(int(color.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    s = scale
    if mark == "circle":
        d.ellipse((4 * s, 8 * s, 40 * s, 44 * s), fill=rgb)
        d.ellipse((14 * s, 18 * s, 30 * s, 34 * s), fill=(255, 255, 255, 255))
    elif mark == "shield":
        d.polygon([(6 * s, 8 * s), (38 * s, 8 * s), (38 * s, 28 * s), (22 * s, 46 * s), (6 * s, 28 * s)], fill=rgb)
        d.line([(14 * s, 26 * s), (20 * s, 33 * s), (31 * s, 18 * s)], fill=(255, 255, 255), width=4 * s)
    elif mark == "bars":
        for k, hgt in enumerate((14, 24, 34)):
            d.rectangle((6 * s + k * 11 * s, (44 - hgt) * s, 14 * s + k * 11 * s, 44 * s), fill=rgb)
    else:
        d.polygon([(4 * s, 44 * s), (22 * s, 8 * s), (40 * s, 44 * s)], fill=rgb)
    f = font("DejaVuSans-Bold.ttf", 15 * s)
    words = text.split(" ")
    if len(words) > 1 and len(text) > 14:
        d.text((48 * s, 6 * s), words[0], font=f, fill=rgb)
        d.text((48 * s, 26 * s), " ".join(words[1:]), font=font("DejaVuSans.ttf", 11 * s), fill=(90, 90, 90))
    else:
        d.text((48 * s, 14 * s), text, font=f, fill=rgb)
    img = img.resize((176 * 2, 52 * 2), Image.Resampling.LANCZOS)
    return png(img)


def png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def jpeg(img: Image.Image, quality: int = 72, exif: bytes | None = None, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    kwargs: dict[str, Any] = {"quality": quality, "optimize": True}
    if exif:
        kwargs["exif"] = exif
    if dpi:
        kwargs["dpi"] = (dpi, dpi)
    img.convert("RGB" if img.mode not in {"L", "RGB"} else img.mode).save(buf, "JPEG", **kwargs)
    return buf.getvalue()


# ==============================================================================================
# ink: handwritten signatures, initials and dates
# ==============================================================================================
_GLYPHS: dict[str, list[tuple[float, float]]] = {
    "hump": [(0, 0), (0.15, 0.75), (0.45, 1.0), (0.75, 0.7), (1.0, 0.0)],
    "tall": [(0, 0), (0.45, 1.5), (0.62, 2.35), (0.38, 2.25), (0.42, 0.9), (1.0, 0.0)],
    "eye": [(0, 0.1), (0.65, 0.75), (0.42, 1.0), (0.14, 0.6), (0.5, 0.0), (1.0, 0.18)],
    "oval": [(0, 0.55), (0.42, 1.0), (0.8, 0.62), (0.52, 0.0), (0.2, 0.42), (0.62, 0.95), (1.0, 0.45)],
    "tail": [(0, 0.5), (0.5, 1.0), (0.8, 0.5), (0.68, -1.1), (0.32, -1.45), (0.5, -0.55), (1.0, 0.2)],
}
_CAPITALS = {
    "loop": [(0, 0), (0.25, 2.4), (0.75, 3.0), (0.62, 1.7), (0.15, 0.55), (0.95, 1.35), (1.25, 0.35)],
    "s": [(0.9, 2.6), (0.3, 2.8), (0.1, 2.0), (0.8, 1.3), (0.9, 0.5), (0.3, 0.0), (0.0, 0.4), (1.2, 0.6)],
    "m": [(0, 0), (0.2, 2.6), (0.5, 0.6), (0.8, 2.7), (1.0, 0.2), (1.3, 0.5)],
    "c": [(1.0, 2.4), (0.6, 2.9), (0.1, 2.0), (0.1, 0.7), (0.6, 0.0), (1.2, 0.5)],
    "j": [(0.2, 2.6), (0.9, 2.9), (0.5, 1.5), (0.3, -0.8), (0.0, -0.6), (0.4, 0.2), (1.2, 0.4)],
}


def _capital(ch: str) -> list[tuple[float, float]]:
    ch = ch.upper()
    for kind, letters in (("s", "SZ"), ("m", "MNWVUHK"), ("c", "CGOQEÉ"), ("j", "JLITF")):
        if ch in letters:
            return _CAPITALS[kind]
    return _CAPITALS["loop"]


def _glyph_kind(ch: str) -> str:
    ch = ch.lower()
    if ch in "bdfhklt":
        return "tall"
    if ch in "gjpqyz":
        return "tail"
    if ch in "oa":
        return "oval"
    if ch in "e":
        return "eye"
    return "hump"


def _catmull(points: Sequence[tuple[float, float]], steps: int = 10) -> list[tuple[float, float]]:
    if len(points) < 3:
        return list(points)
    pts = [points[0], *points, points[-1]]
    out: list[tuple[float, float]] = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for k in range(steps):
            t = k / steps
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
    out.append(pts[-2])
    return out


def signature_strokes(name: str, seed: str) -> list[list[tuple[float, float]]]:
    """Cursive-looking strokes of a signature in unit coordinates (y up): a looped capital per name part,
    a few letters that get sloppier, a trailing flourish."""
    rng = rng_for("signature", seed, name)
    parts = [p for p in name.replace("-", " ").split() if p[0].isalpha()]
    parts = [parts[0], parts[-1]] if len(parts) > 1 else parts
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    slant = rng.uniform(0.25, 0.45)
    for n, part in enumerate(parts):
        pts: list[tuple[float, float]] = []
        cap_w = rng.uniform(0.9, 1.3)
        cap_h = rng.uniform(0.85, 1.1)
        pts += [(x + px * cap_w, py * cap_h) for px, py in _capital(part[0])]
        x += 1.25 * cap_w
        keep = part[1:] if n == len(parts) - 1 else part[1 : rng.randint(1, 3)]
        if n == len(parts) - 1:
            keep = keep[: rng.randint(3, 6)]
        amp = 1.0
        for ch in keep:
            gw = rng.uniform(0.55, 0.8)
            for px, py in _GLYPHS[_glyph_kind(ch)]:
                pts.append((x + px * gw + rng.uniform(-0.05, 0.05), py * amp * rng.uniform(0.85, 1.12)))
            x += gw
            amp *= rng.uniform(0.8, 0.95)
        if n == len(parts) - 1:
            pts += [(x + 0.6, 0.3), (x + 1.4, 0.9 * rng.uniform(0.5, 1.2))]
            x += 1.4
        strokes.append(_catmull(pts))
        x += rng.uniform(0.35, 0.8)
    if rng.random() < 0.75:
        y0 = rng.uniform(-0.9, -0.5)
        strokes.append(_catmull([(0.2, y0), (x * 0.45, y0 - 0.25), (x * 0.95, y0 + 0.1), (x * 1.02, y0 + 0.35)], 14))
    return [[(px + py * slant, py) for px, py in stroke] for stroke in strokes]


def _put_ink(img: Image.Image, layer: Image.Image, pos: tuple[int, int]) -> None:
    if img.mode == "RGBA":
        img.alpha_composite(layer, dest=(max(0, pos[0]), max(0, pos[1])))
    else:
        img.paste(layer, pos, layer)


def _ink_rgba(color: tuple[int, int, int], alpha_layer: Image.Image) -> Image.Image:
    ink = Image.new("RGBA", alpha_layer.size, (*color, 0))
    ink.putalpha(alpha_layer)
    return ink


def draw_signature(
    img: Image.Image,
    box: tuple[float, float, float, float],
    name: str,
    seed: str,
    ink: tuple[int, int, int] = (22, 34, 120),
    pen: float = 2.2,
) -> None:
    """Draw a handwritten signature into ``box`` (pixels) of ``img`` (RGB)."""
    strokes = signature_strokes(name, seed)
    xs = [p[0] for s in strokes for p in s]
    ys = [p[1] for s in strokes for p in s]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    bw, bh = box[2] - box[0], box[3] - box[1]
    scale = min(bw / (x1 - x0), bh / (y1 - y0)) * 0.95
    ss = 3
    layer = Image.new("L", (int(bw * ss) + 4, int(bh * ss) + 4), 0)
    d = ImageDraw.Draw(layer)
    rng = rng_for("pen", seed, name)
    for stroke in strokes:
        pts = [((px - x0) * scale * ss + 2, (y1 - py) * scale * ss + 2) for px, py in stroke]
        pressure = rng.uniform(0.7, 1.0)
        for a, b in itertools.pairwise(pts):
            pressure = min(1.25, max(0.45, pressure + rng.uniform(-0.08, 0.08)))
            down = 1.15 if b[1] > a[1] else 0.9
            d.line([a, b], fill=235, width=max(1, int(pen * ss * pressure * down)))
    layer = layer.filter(ImageFilter.GaussianBlur(0.6 * ss / 2))
    layer = layer.resize((max(1, int(bw)), max(1, int(bh))), Image.Resampling.LANCZOS)
    _put_ink(img, _ink_rgba(ink, layer), (int(box[0]), int(box[1])))


def draw_handwriting(
    img: Image.Image,
    xy: tuple[float, float],
    text: str,
    height: float,
    seed: str,
    ink: tuple[int, int, int] = (22, 34, 120),
) -> float:
    """Write ``text`` by hand: thin slanted glyphs, jittered size, angle and baseline. Returns the end x."""
    rng = rng_for("hand", seed, text)
    ss = 3
    size = int(height * ss * 1.25)
    f = font("DejaVuSans-ExtraLight.ttf", size)
    x, y = xy
    base = rng.uniform(-1, 1)
    for ch in text:
        if ch == " ":
            x += height * rng.uniform(0.35, 0.5)
            continue
        sz = int(size * rng.uniform(0.86, 1.14))
        g = font("DejaVuSans-ExtraLight.ttf", sz) if sz != size else f
        w = int(g.getlength(ch)) + 6 * ss
        tile = Image.new("L", (w + 8 * ss, int(sz * 1.5)), 0)
        td = ImageDraw.Draw(tile)
        td.text((4 * ss, 0), ch, font=g, fill=255, stroke_width=max(1, ss // 2), stroke_fill=255)
        tile = tile.transform(
            tile.size, Image.Transform.AFFINE, (1, 0.28, -0.14 * tile.size[1], 0, 1, 0), Image.Resampling.BICUBIC
        )
        tile = tile.rotate(rng.uniform(-7, 7), resample=Image.Resampling.BICUBIC, expand=False)
        tile = tile.resize((max(1, tile.size[0] // ss), max(1, tile.size[1] // ss)), Image.Resampling.LANCZOS)
        tile = tile.point(lambda v: min(255, int(v * 1.25)))
        base = max(-2.5, min(2.5, base + rng.uniform(-0.6, 0.6)))
        pos = (int(x), int(y - height * 1.05 + base))
        _put_ink(img, _ink_rgba(ink, tile), pos)
        x += g.getlength(ch) / ss * rng.uniform(0.86, 1.06)
    return x


def signature_image(
    name: str, seed: str, w: int = 360, h: int = 110, ink: tuple[int, int, int] = (22, 34, 120)
) -> Image.Image:
    img = Image.new("RGB", (w, h), (255, 255, 255))
    draw_signature(img, (8, 6, w - 8, h - 6), name, seed, ink)
    return img


# ==============================================================================================
# raster: scans and phone photos
# ==============================================================================================
@dataclass(frozen=True)
class Ink:
    """Something written by hand on a page: ``kind`` is "sig" (signature of ``text``) or "text".
    Placed relative to the first match of ``anchor`` on page ``page`` (PDF points)."""

    anchor: str
    kind: str
    text: str
    dx: float = 0
    dy: float = 0
    w: float = 150
    h: float = 34
    page: int = 0
    seed: str = ""
    ink: tuple[int, int, int] = (22, 34, 120)
    hit: int = 0


def render(pdf: bytes, page_no: int, dpi: int) -> Image.Image:
    with pymupdf.open("pdf", pdf) as doc:
        pix = doc[page_no].get_pixmap(dpi=dpi, alpha=False)
        return Image.frombytes("RGB", (pix.width, pix.height), pix.samples)


def apply_inks(img: Image.Image, pdf: bytes, page_no: int, inks: Sequence[Ink], dpi: int, doc_seed: str = "") -> None:
    """Write the inks of page ``page_no``; every document gets its own hand (a signature is never twice the same)."""
    k = dpi / 72
    with pymupdf.open("pdf", pdf) as doc:
        page = doc[page_no]
        for ink in inks:
            if ink.page != page_no:
                continue
            hits = page.search_for(ink.anchor)
            if len(hits) <= ink.hit:
                raise RuntimeError(f"ink anchor not found: {ink.anchor!r}")
            r = hits[ink.hit]
            x, y = (r.x1 + ink.dx) * k, (r.y1 + ink.dy) * k
            seed = f"{doc_seed}|{ink.seed or ink.text}"
            if ink.kind == "sig":
                draw_signature(img, (x, y - ink.h * k, x + ink.w * k, y), ink.text, seed, ink.ink, pen=1.6 * k / 2)
            else:
                draw_handwriting(img, (x, y), ink.text, ink.h * k, seed, ink.ink)


def inked_pages(pdf: bytes, dpi: int, inks: Sequence[Ink] = (), doc_seed: str = "") -> list[Image.Image]:
    with pymupdf.open("pdf", pdf) as doc:
        count = doc.page_count
    pages = []
    for i in range(count):
        img = render(pdf, i, dpi)
        apply_inks(img, pdf, i, inks, dpi, doc_seed)
        pages.append(img)
    return pages


def scanify(
    img: Image.Image,
    seed: str,
    *,
    skew: float = 0.0,
    rotate: int = 0,
    gray: bool = True,
    noise: float = 6.0,
    tone: int = 246,
    edge: bool = True,
) -> Image.Image:
    """A flatbed/MFP scan of a printed page: paper tone, noise, a little blur, skew, dark edge, rotation."""
    rng = np.random.default_rng(int(hx("scan", seed, n=8), 16))
    arr = np.asarray(img.convert("L") if gray else img, dtype=np.float32)
    arr = arr * (tone / 255.0) + rng.normal(0, noise, arr.shape)
    if gray:
        # toner speckles
        speck = rng.random(arr.shape) < 0.0006
        arr[speck] = rng.uniform(60, 140, int(speck.sum()))
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L" if gray else "RGB")
    out = out.filter(ImageFilter.GaussianBlur(0.45))
    fill = tone - 4 if gray else (tone - 4, tone - 5, tone - 8)
    if skew:
        out = out.rotate(skew, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=fill)
    if edge:
        d = ImageDraw.Draw(out)
        w, h = out.size
        shade = 70 if gray else (70, 70, 72)
        d.rectangle((0, 0, w, int(h * 0.004) + 2), fill=shade)
        d.rectangle((0, 0, int(w * 0.003) + 1, h), fill=shade)
    if rotate:
        out = out.rotate(rotate, expand=True)
    return out


def image_pdf(images: Sequence[Image.Image], dpi: int, meta: Meta, seed: str, quality: int = 60) -> bytes:
    """An image-only PDF, one JPEG per page, page size from the image size at ``dpi`` (what a scanner writes)."""
    doc = pymupdf.open()
    for img in images:
        w, h = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        page = doc.new_page(width=w, height=h)
        page.insert_image(page.rect, stream=jpeg(img, quality))
    return finish(doc, meta, seed)


def scan_pdf(
    pdf: bytes,
    meta: Meta,
    seed: str,
    *,
    inks: Sequence[Ink] = (),
    dpi: int = 150,
    skews: Sequence[float] = (0.4,),
    rotations: Sequence[int] = (0,),
    quality: int = 60,
    pages: Sequence[int] | None = None,
) -> bytes:
    imgs = inked_pages(pdf, dpi, inks, seed)
    if pages is not None:
        imgs = [imgs[i] for i in pages]
    out = [
        scanify(img, f"{seed}-{i}", skew=skews[i % len(skews)], rotate=rotations[i % len(rotations)])
        for i, img in enumerate(imgs)
    ]
    return image_pdf(out, dpi, meta, seed, quality)


def _perspective_coeffs(src: Sequence[tuple[float, float]], dst: Sequence[tuple[float, float]]) -> list[float]:
    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, dtype=np.float64)
    b = np.array([c for pt in src for c in pt], dtype=np.float64)
    return list(np.linalg.solve(a, b))


def phone_photo(
    page: Image.Image, seed: str, *, out_w: int = 1600, tilt: float = 0.05, when: dt.datetime | None = None
) -> bytes:
    """A phone photo of a printed page lying on a desk: perspective, uneven light, desk around it, JPEG+EXIF."""
    rng = rng_for("photo", seed)
    w, h = page.size
    out_h = int(out_w * 4 / 3)
    # desk: warm grey gradient with grain
    yy, xx = np.mgrid[0:out_h, 0:out_w]
    base = 118 + 30 * (xx / out_w) - 18 * (yy / out_h)
    grain = np.random.default_rng(int(hx("desk", seed, n=8), 16)).normal(0, 5, (out_h, out_w))
    desk = np.stack([base + 14 + grain, base + 4 + grain, base - 10 + grain], axis=-1)
    canvas = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8), "RGB")
    m = out_w * 0.07
    j = lambda: rng.uniform(-1, 1) * out_w * tilt  # noqa: E731
    quad = [
        (m + j(), m * 1.3 + j()),
        (out_w - m + j(), m + j()),
        (out_w - m * 0.8 + j(), out_h - m + j()),
        (m * 0.7 + j(), out_h - m * 1.2 + j()),
    ]
    coeffs = _perspective_coeffs([(0, 0), (w, 0), (w, h), (0, h)], quad)
    warped = page.convert("RGB").transform(
        (out_w, out_h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC
    )
    mask = Image.new("L", (w, h), 255).transform(
        (out_w, out_h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC
    )
    shadow = mask.filter(ImageFilter.GaussianBlur(14))
    canvas.paste((40, 36, 30), (10, 14), shadow.point(lambda v: v // 2))
    canvas.paste(warped, (0, 0), mask)
    # light falloff from one corner, slight warm cast
    arr = np.asarray(canvas, dtype=np.float32)
    light = 1.06 - 0.22 * ((xx / out_w - 0.2) ** 2 + (yy / out_h - 0.1) ** 2)
    arr = arr * light[..., None] * np.array([1.0, 0.985, 0.94])
    arr += np.random.default_rng(int(hx("iso", seed, n=8), 16)).normal(0, 3.2, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.7))
    exif = Image.Exif()
    exif[0x010F] = "Apple"
    exif[0x0110] = "iPhone 13"
    exif[0x0131] = "17.5.1"
    if when is not None:
        exif[0x0132] = when.strftime("%Y:%m:%d %H:%M:%S")
    return jpeg(img, 82, exif=exif.tobytes())


def stamp_image(
    pdf: bytes,
    anchor: str,
    image: bytes,
    *,
    dx: float = 0,
    dy: float = 0,
    w: float = 120,
    h: float = 36,
    hit: int = 0,
    page_no: int | None = None,
) -> bytes:
    """Place an image relative to the first (or ``hit``-th) match of ``anchor`` in a text PDF (no re-render)."""
    doc = pymupdf.open("pdf", pdf)
    found = 0
    for page in doc:
        if page_no is not None and page.number != page_no:
            continue
        for r in page.search_for(anchor):
            if found == hit:
                page.insert_image(
                    pymupdf.Rect(r.x0 + dx, r.y1 + dy, r.x0 + dx + w, r.y1 + dy + h), stream=image, keep_proportion=True
                )
                out = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
                doc.close()
                return out
            found += 1
    raise RuntimeError(f"anchor not found: {anchor!r}")


def stamp_text(
    pdf: bytes,
    anchor: str,
    text: str,
    *,
    dx: float = 0,
    dy: float = 0,
    size: float = 7,
    color: str = "#333333",
    hit: int = 0,
) -> bytes:
    doc = pymupdf.open("pdf", pdf)
    found = 0
    for page in doc:
        for r in page.search_for(anchor):
            if found == hit:
                for k, line in enumerate(text.split("\n")):
                    text_at(page, (r.x0 + dx, r.y1 + dy + k * size * 1.25), line, size, color)
                out = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
                doc.close()
                return out
            found += 1
    raise RuntimeError(f"anchor not found: {anchor!r}")


def refinish(pdf: bytes, meta: Meta, seed: str) -> bytes:
    with pymupdf.open("pdf", pdf) as doc:
        return finish(doc, meta, seed)


SLIDE_CSS = """
body { font-family: sans-serif; color: #222222; font-size: 15pt; line-height: 1.25; }
h1 { font-size: 26pt; margin: 0 0 10pt 0; color: ACCENT; }
h2 { font-size: 20pt; margin: 0 0 8pt 0; color: ACCENT; }
p { margin: 0 0 6pt 0; }
li { margin: 0 0 4pt 0; }
table { border-spacing: 0; width: 100%; }
td, th { border: 0.8pt solid #bbbbbb; padding: 3pt 5pt; font-size: 11.5pt; vertical-align: top; }
th { background-color: ACCENT; color: #ffffff; text-align: left; }
.small { font-size: 10pt; color: #666666; }
.kpi { font-size: 30pt; font-weight: bold; color: ACCENT; }
"""


def slides_pdf(
    slides: Sequence[str],
    meta: Meta,
    *,
    accent: str,
    logo: bytes | None,
    footer: str,
    seed: str,
    images: dict[str, bytes] | None = None,
) -> bytes:
    """A deck exported to PDF (16:9): a title slide, then content slides with a colour band and a slide number."""
    style = SLIDE_CSS.replace("ACCENT", accent)
    out = pymupdf.open()
    for i, html in enumerate(slides):
        margins = (70, 170, 70, 60) if i == 0 else (48, 40, 48, 46)
        raw = _story_pages(f"<body>{html}</body>", style, PAPER["slides"], margins, images)
        with pymupdf.open("pdf", raw) as one:
            page = one[0]
            if i == 0:
                page.draw_rect(pymupdf.Rect(0, 0, 960, 140), color=None, fill=_rgb(accent))
                page.draw_rect(pymupdf.Rect(0, 500, 960, 540), color=None, fill=(0.93, 0.94, 0.96))
            else:
                page.draw_rect(pymupdf.Rect(0, 0, 12, 540), color=None, fill=_rgb(accent))
                text_at(page, (48, 528), footer, 8, "#888888")
                text_at(page, (900, 528), str(i + 1), 9, "#888888")
            if logo is not None:
                page.insert_image(
                    pymupdf.Rect(820, 8 if i else 150, 940, 44 if i else 186), stream=logo, keep_proportion=True
                )
            out.insert_pdf(one)
    return finish(
        out,
        replace(
            meta,
            creator="Microsoft® PowerPoint® for Microsoft 365",
            producer="Microsoft® PowerPoint® for Microsoft 365",
        ),
        seed,
    )


def bar_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[Sequence[float]],
    colors: Sequence[str],
    legend: Sequence[str],
    *,
    w: int = 900,
    h: int = 380,
    unit: str = "",
) -> bytes:
    """A simple clustered bar chart as PNG, the way dashboards print."""
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.text((16, 10), title, font=font("DejaVuSans-Bold.ttf", 20), fill=(40, 40, 40))
    top, bottom, left, right = 56, h - 48, 70, w - 20
    peak = max(max(s) for s in series) * 1.15 or 1
    for k in range(5):
        y = bottom - (bottom - top) * k / 4
        d.line((left, y, right, y), fill=(225, 225, 225))
        d.text((8, y - 9), f"{peak * k / 4:,.0f}{unit}", font=font("DejaVuSans.ttf", 13), fill=(110, 110, 110))
    groups = len(labels)
    gw = (right - left) / groups
    bw = gw * 0.7 / len(series)
    for gi, lab in enumerate(labels):
        for si, s in enumerate(series):
            x0 = left + gi * gw + gw * 0.15 + si * bw
            y0 = bottom - (bottom - top) * s[gi] / peak
            rgb = tuple(int(colors[si].lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
            d.rectangle((x0, y0, x0 + bw - 2, bottom), fill=rgb)
        d.text((left + gi * gw + gw * 0.12, bottom + 8), lab, font=font("DejaVuSans.ttf", 13), fill=(80, 80, 80))
    for si, name in enumerate(legend):
        rgb = tuple(int(colors[si].lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
        x = w - 260 + si * 130
        d.rectangle((x, 18, x + 14, 32), fill=rgb)
        d.text((x + 20, 16), name, font=font("DejaVuSans.ttf", 13), fill=(60, 60, 60))
    return png(img)


# ==============================================================================================
# e-mail: .eml, Outlook .msg, printed e-mails
# ==============================================================================================
@dataclass(frozen=True)
class Mail:
    sender: Person
    to: tuple[Person, ...]
    when: dt.datetime
    subject: str
    body: str
    cc: tuple[Person, ...] = ()
    quote: Mail | None = None
    quote_style: str = "outlook"  # outlook | gmail | none
    signature: str = ""
    attachments: tuple[tuple[str, bytes], ...] = ()
    seed: str = ""
    mailer: str = "Microsoft Outlook 16.0"
    lang: str = "en-US"
    auto_reply: bool = False

    @property
    def msgid(self) -> str:
        host = self.sender.email.split("@")[1]
        return f"<{hx('mid', self.seed, self.subject, iso(self.when), n=24).upper()}@{host}>"


def _addr(p: Person) -> str:
    return formataddr((p.name, p.email))


def _names(people: Sequence[Person]) -> str:
    return "; ".join(f"{p.name} <{p.email}>" for p in people)


def quoted_header(m: Mail) -> str:
    lines = [
        "________________________________",
        f"From: {m.sender.name} <{m.sender.email}>",
        f"Sent: {outlook_when(m.when)}",
        f"To: {_names(m.to)}",
    ]
    if m.cc:
        lines.append(f"Cc: {_names(m.cc)}")
    lines.append(f"Subject: {m.subject}")
    return "\n".join(lines)


def mail_text(m: Mail) -> str:
    text = m.body.rstrip() + "\n"
    if m.signature:
        text += "\n" + m.signature.rstrip() + "\n"
    if m.quote is not None and m.quote_style != "none":
        prev = mail_text(m.quote)
        if m.quote_style == "gmail":
            when = m.quote.when
            text += (
                f"\nOn {when:%a}, {when.day} {month(when.date())[:3]} {when.year} at {when:%H:%M}, "
                f"{m.quote.sender.name} <{m.quote.sender.email}> wrote:\n"
            )
            text += "\n".join("> " + line if line else ">" for line in prev.rstrip().split("\n")) + "\n"
        else:
            text += "\n" + quoted_header(m.quote) + "\n\n" + prev
    return text


def _html_par(text: str) -> str:
    blocks = []
    for block in text.strip().split("\n\n"):
        blocks.append("<p>" + "<br>".join(escape(line) for line in block.split("\n")) + "</p>")
    return "".join(blocks)


def mail_html(m: Mail) -> str:
    html = _html_par(m.body)
    if m.signature:
        html += "<div style='color:#555555;font-size:9pt'>" + _html_par(m.signature) + "</div>"
    if m.quote is not None and m.quote_style != "none":
        q = m.quote
        if m.quote_style == "gmail":
            html += (
                f"<div><p>On {q.when:%a}, {q.when.day} {month(q.when.date())[:3]} {q.when.year} at {q.when:%H:%M}, "
                f"{escape(q.sender.name)} &lt;{escape(q.sender.email)}&gt; wrote:</p>"
                "<blockquote style='margin:0 0 0 6pt;border-left:1.5pt solid "
                f"#cccccc;padding-left:6pt'>{mail_html(q)}</blockquote></div>"
            )
        else:
            cc = f"<b>Cc:</b> {escape(_names(q.cc))}<br>" if q.cc else ""
            html += (
                "<div style='border-top:1pt solid #b5c4df;padding-top:3pt;margin-top:8pt'>"
                f"<p><b>From:</b> {escape(q.sender.name)} &lt;{escape(q.sender.email)}&gt;<br><b>Sent:</b> "
                f"{outlook_when(q.when)}<br>"
                f"<b>To:</b> {escape(_names(q.to))}<br>{cc}<b>Subject:</b> {escape(q.subject)}</p></div>" + mail_html(q)
            )
    return html


def _mime_type(name: str) -> tuple[str, str]:
    ext = name.rsplit(".", 1)[-1].lower()
    return {
        "pdf": ("application", "pdf"),
        "png": ("image", "png"),
        "jpg": ("image", "jpeg"),
        "jpeg": ("image", "jpeg"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "eml": ("message", "rfc822"),
    }.get(ext, ("application", "octet-stream"))


def email_message(m: Mail) -> EmailMessage:
    msg = EmailMessage(policy=email_policy.default)
    msg["From"] = _addr(m.sender)
    msg["To"] = ", ".join(_addr(p) for p in m.to)
    if m.cc:
        msg["Cc"] = ", ".join(_addr(p) for p in m.cc)
    msg["Subject"] = m.subject
    msg["Date"] = format_datetime(m.when)
    msg["Message-ID"] = m.msgid
    chain = []
    q = m.quote
    while q is not None:
        chain.append(q.msgid)
        q = q.quote
    if chain:
        msg["In-Reply-To"] = chain[0]
        msg["References"] = " ".join(reversed(chain))
    msg["Thread-Topic"] = (
        m.subject.split(": ", 1)[-1] if m.subject[:3].upper() in {"RE:", "FW:", "AW:", "WG:", "TR:"} else m.subject
    )
    msg["Thread-Index"] = "A" + hx("thread", m.seed, n=20).upper()
    msg["Content-Language"] = m.lang
    msg["X-Mailer"] = m.mailer
    if m.auto_reply:
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(mail_text(m))
    msg.add_alternative(
        "<html><head><meta charset='utf-8'></head><body style='font-family:Calibri,Arial,sans-serif;font-size:11pt'>"
        + mail_html(m)
        + "</body></html>",
        subtype="html",
    )
    for name, data in m.attachments:
        main, sub = _mime_type(name)
        if main == "message":
            from email import message_from_bytes

            inner = message_from_bytes(data, policy=email_policy.default)
            msg.add_attachment(inner, filename=name)
        else:
            msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"_{n:03d}_{hx('boundary', m.msgid, str(n), n=28)}_")
    return msg


def eml(m: Mail) -> bytes:
    return email_message(m).as_bytes(policy=email_policy.SMTP)


def msg_file(m: Mail) -> bytes:
    """Outlook .msg of a received message, with the full transport headers Outlook keeps (Received, From, To...)."""
    em = email_message(m)
    mm = MapiMessage.from_email_message(em)
    raw = em.as_bytes(policy=email_policy.SMTP).split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
    kept, skip = [], False
    for line in raw.split("\r\n"):
        if line[:1] in {" ", "\t"}:
            if not skip:
                kept.append(line)
            continue
        skip = line.lower().startswith(("content-", "mime-version"))
        if not skip:
            kept.append(line)
    host = hx("mx", m.seed, n=4).upper()
    arrived = m.when.astimezone(UTC) + dt.timedelta(seconds=3)
    src = f"DB9PR0{host[:2]}MB{host}.eurprd0{int(host[2], 16) % 9 + 1}.prod.outlook.com"
    dst = f"AM9PR0{host[1:3]}MB{host[::-1]}.eurprd0{int(host[0], 16) % 9 + 1}.prod.outlook.com"
    ipv6 = f"2603:10a6:10:{host.lower()}::1{host[3]}"
    received = [f"Received: from {src} ({ipv6}) by {dst} with HTTPS; {format_datetime(arrived)}"]
    headers = "\r\n".join(received + kept) + "\r\n"
    mm.set_property(int(CommonMessagePropertyId.TRANSPORT_MESSAGE_HEADERS), PropertyTypeCode.PTYP_STRING, headers)
    return mm.to_bytes()


PRINT_CSS = """
body { font-family: sans-serif; font-size: 10pt; color: #111111; line-height: 1.3; }
p { margin: 0 0 7pt 0; }
table.h td { border: none; padding: 1pt 6pt 1pt 0; font-size: 10pt; vertical-align: top; }
.owner { font-size: 12pt; font-weight: bold; }
blockquote { margin: 0 0 0 6pt; }
"""


def printed_mail_pdf(m: Mail, owner: Person, meta: Meta, seed: str, *, browser: bool = False) -> bytes:
    """An e-mail printed to PDF from Outlook (owner's name on top, header block, body) or from a web mailbox."""
    atts = "; ".join(f"{n} ({max(1, len(d) // 1024)} KB)" for n, d in m.attachments)
    rows = [
        ("From:", f"{escape(m.sender.name)} &lt;{escape(m.sender.email)}&gt;"),
        ("Sent:", outlook_when(m.when)),
        ("To:", escape(_names(m.to))),
    ]
    if m.cc:
        rows.append(("Cc:", escape(_names(m.cc))))
    rows.append(("Subject:", escape(m.subject)))
    if atts:
        rows.append(("Attachments:", escape(atts)))
    head = "<table class='h'>" + "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows) + "</table>"
    top = (
        f"<p class='owner'>{escape(owner.name)}</p><hr>" if not browser else f"<p class='owner'>{escape(m.subject)}</p>"
    )
    body = top + head + "<p>&#160;</p>" + mail_html(m)

    def deco(page: pymupdf.Page, i: int, n: int) -> None:
        if browser:
            w, h = page.rect.width, page.rect.height
            text_at(page, (30, 20), f"{outlook_short(m.when)}", 7, "#666666")
            text_at(page, (w / 2 - 60, 20), f"Mail - {owner.name} - Outlook", 7, "#666666")
            text_at(
                page,
                (30, h - 18),
                "https://outlook.office.com/mail/inbox/id/AAQkAD" + hx("owa", seed, n=30),
                6.5,
                "#666666",
            )
            text_at(page, (w - 60, h - 18), f"{i + 1}/{n}", 7, "#666666")
        else:
            w, h = page.rect.width, page.rect.height
            label = f"{i + 1}"
            text_at(page, (w / 2, h - 30), label, 8, "#555555")

    return html_pdf(
        body,
        replace(
            meta, creator="Microsoft® Outlook® for Microsoft 365", producer="Microsoft® Outlook® for Microsoft 365"
        ),
        style=PRINT_CSS,
        paper="letter",
        margins=(54, 50, 54, 50),
        decorate=deco,
        seed=seed,
    )


# ==============================================================================================
# Word documents
# ==============================================================================================
def docx_bytes(fill: Callable[[Any], None], *, author: str, created: dt.datetime, title: str = "") -> bytes:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    fill(d)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    naive = created.astimezone(UTC).replace(tzinfo=None)
    cp.created = naive
    cp.modified = naive + dt.timedelta(hours=3)
    cp.last_printed = naive + dt.timedelta(hours=3)
    cp.revision = 7
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def normalize_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_table(
    d: Any,
    rows: Sequence[Sequence[str]],
    *,
    header: bool = True,
    widths: Sequence[float] | None = None,
    style: str = "Table Grid",
) -> Any:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = t.cell(r, c)
            cell.text = ""
            run = cell.paragraphs[0].add_run(value)
            run.font.size = Pt(9.5)
            if header and r == 0:
                run.bold = True
            if widths:
                cell.width = Cm(widths[c])
    return t


def docx_heading(d: Any, text: str, level: int = 1, color: str = "1F3864") -> None:
    h = d.add_heading(text, level=level)
    for run in h.runs:
        run.font.color.rgb = RGBColor.from_string(color)


# ==============================================================================================
# survey exports and JSON
# ==============================================================================================
def attestation(
    claim_id: str,
    respondent: str,
    completed: dt.datetime,
    answers: Sequence[tuple[str, str]],
    full_name: str,
    company: str,
    job_title: str,
) -> bytes:
    data = {
        "format": "poe-attestation/1",
        "claim_id": claim_id,
        "respondent": respondent,
        "completed_at": iso(completed),
        "answers": [{"question": q, "answer": a} for q, a in answers],
        "signature": {"full_name": full_name, "company": company, "job_title": job_title},
    }
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()


CUSTOMER_Q = (
    "Did the partner deliver the engagement as described?",
    "How satisfied are you with the partner's delivery of this engagement?",
    "Did the engagement help your organization define next steps for the solution?",
    "How likely are you to proceed with the recommendations within the next 6 months?",
)
PARTNER_Q = (
    "Confirm the engagement was delivered in full according to the engagement's delivery guide.",
    "How many customer stakeholders attended the engagement?",
    "What is the estimated deal size influenced by this engagement (USD)?",
    "Describe the customer's next steps.",
)


# ==============================================================================================
# digital signatures (pyHanko) with keys from seeded primes
# ==============================================================================================
def _is_probable_prime(n: int, rng: random.Random) -> bool:
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47):
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


@functools.cache
def rsa_key(seed: str, bits: int = 2048) -> Any:
    from cryptography.hazmat.primitives.asymmetric import rsa

    rng = random.Random(int(hx("rsa", seed, n=16), 16))
    e = 65537

    def prime() -> int:
        while True:
            c = rng.getrandbits(bits // 2) | (1 << (bits // 2 - 1)) | (1 << (bits // 2 - 2)) | 1
            if _is_probable_prime(c, rng):
                return c

    while True:
        p, q = prime(), prime()
        phi = (p - 1) * (q - 1)
        if p != q and math.gcd(e, phi) == 1:
            break
    if p < q:
        p, q = q, p
    d = pow(e, -1, phi)
    nums = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), rsa.RSAPublicNumbers(e, p * q))
    return nums.private_key()


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


def cert_pair(
    seed: str, ca_cn: str, org: str, country: str, signer: Person, start: dt.datetime
) -> tuple[Any, Any, Any]:
    """A company issuing CA and a personal signing certificate issued by it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    ca_key, key = rsa_key(seed + "-ca"), rsa_key(seed + "-signer")
    ca_name = _x509_name(ca_cn, org, country)
    usage = {
        "key_encipherment": False,
        "data_encipherment": False,
        "key_agreement": False,
        "encipher_only": False,
        "decipher_only": False,
    }
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(int(hx("ca-serial", seed, n=15), 16))
        .not_valid_before(start - dt.timedelta(days=900))
        .not_valid_after(start + dt.timedelta(days=3000))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(digital_signature=True, content_commitment=False, key_cert_sign=True, crl_sign=True, **usage),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(_x509_name(signer.name, org, country, signer.email))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(int(hx("serial", seed, n=15), 16))
        .not_valid_before(start - dt.timedelta(days=200))
        .not_valid_after(start + dt.timedelta(days=530))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, content_commitment=True, key_cert_sign=False, crl_sign=False, **usage
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    return ca, cert, key


class _FixedNow(dt.datetime):
    moment: dt.datetime = T(2026, 1, 1)

    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> Any:  # type: ignore[override]
        return cls.moment.astimezone(tz) if tz else cls.moment


@contextmanager
def frozen_pyhanko_clock(moment: dt.datetime) -> Iterator[None]:
    import pyhanko.pdf_utils.metadata.info as m_info
    import pyhanko.pdf_utils.metadata.xmp_xml as m_xmp
    import pyhanko.sign.signers.pdf_cms as m_cms
    import pyhanko.sign.signers.pdf_signer as m_signer
    import pyhanko.stamp.text as m_stamp

    mods = [m_info, m_xmp, m_cms, m_signer, m_stamp]
    saved = [getattr(m, "datetime") for m in mods]  # noqa: B009
    _FixedNow.moment = moment
    for m in mods:
        setattr(m, "datetime", _FixedNow)  # noqa: B010
    try:
        yield
    finally:
        for m, old in zip(mods, saved, strict=True):
            setattr(m, "datetime", old)  # noqa: B010


def pades_sign(
    pdf: bytes,
    *,
    seed: str,
    signer: Person,
    org: str,
    country: str,
    ca_cn: str,
    when: dt.datetime,
    box: tuple[float, float, float, float],
    page: int,
    reason: str,
    location: str,
) -> bytes:
    """Sign ``pdf`` with pyHanko (visible signature, fixed time, fixed second /ID): intact, untrusted root."""
    from asn1crypto import keys as a_keys
    from asn1crypto import x509 as a_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    ca, cert, key = cert_pair(seed, ca_cn, org, country, signer, when)
    der = serialization.Encoding.DER
    with frozen_pyhanko_clock(when):
        sgn = signers.SimpleSigner(
            signing_cert=a_x509.Certificate.load(cert.public_bytes(der)),
            signing_key=a_keys.PrivateKeyInfo.load(
                key.private_bytes(der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
            ),
            cert_registry=SimpleCertificateStore.from_certs([a_x509.Certificate.load(ca.public_bytes(der))]),
        )
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        writer._document_id = generic.ArrayObject(
            [writer._document_id[0], generic.ByteStringObject(bytes.fromhex(hx("id2", seed)))]
        )
        pdf_signer = signers.PdfSigner(
            signers.PdfSignatureMetadata(
                field_name="CustomerSignature", reason=reason, location=location, name=signer.name
            ),
            signer=sgn,
            new_field_spec=fields.SigFieldSpec("CustomerSignature", box=box, on_page=page),
            stamp_style=TextStampStyle(stamp_text="Digitally signed by %(signer)s\nDate: %(ts)s", border_width=0),
        )
        return pdf_signer.sign_pdf(writer).getvalue()


# ==============================================================================================
# e-signature platforms: envelope stamping, certificates of completion, audit trails
# ==============================================================================================
def ds_time(moment: dt.datetime) -> str:
    hour = moment.hour % 12 or 12
    ampm = "AM" if moment.hour < 12 else "PM"
    return f"{moment.month}/{moment.day}/{moment.year} {hour}:{moment.minute:02d}:{moment.second:02d} {ampm}"


@dataclass(frozen=True)
class ESigner:
    person: Person
    company: str
    sent: dt.datetime
    viewed: dt.datetime
    signed: dt.datetime
    ip: str
    anchor: str
    hit: int = 0
    dx: float = 0
    dy: float = 0


@functools.cache
def adopted_signature(person: Person) -> bytes:
    """The signature a DocuSign user adopted once: the same image on every envelope that person signs."""
    return png(signature_image(person.name, "adopted|" + person.email, 330, 92))


def ds_stamp(pdf: bytes, signers: Sequence[ESigner], seed: str) -> bytes:
    """'DocuSigned by:' blocks: a blue bracket, the drawn signature and the signer's short hash."""
    doc = pymupdf.open("pdf", pdf)
    for s in signers:
        found = 0
        done = False
        for page in doc:
            for r in page.search_for(s.anchor):
                if found == s.hit:
                    x, y = r.x0 + 2 + s.dx, r.y1 + 2 + s.dy
                    blue = _rgb("#1d4f91")
                    page.draw_line((x, y + 3), (x, y + 42), color=blue, width=0.8)
                    page.draw_line((x, y + 3), (x + 14, y + 3), color=blue, width=0.8)
                    page.draw_line((x, y + 42), (x + 14, y + 42), color=blue, width=0.8)
                    text_at(page, (x + 4, y + 9), "DocuSigned by:", 6.5, "#1d4f91")
                    sig = adopted_signature(s.person)
                    page.insert_image(pymupdf.Rect(x + 4, y + 10, x + 122, y + 38), stream=sig, keep_proportion=True)
                    text_at(
                        page, (x + 4, y + 47), hx("signer", seed, s.person.email, n=15).upper() + "...", 5.5, "#555555"
                    )
                    done = True
                    break
                found += 1
            if done:
                break
        if not done:
            raise RuntimeError(f"anchor not found: {s.anchor!r}")
    out = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return out


def docusign_envelope(
    pdf: bytes,
    *,
    seed: str,
    subject: str,
    sender: Person,
    sender_address: str,
    signers: Sequence[ESigner],
    meta: Meta,
    certificate: bool,
    tz_label: str = "(UTC-08:00) Pacific Time (US & Canada)",
) -> bytes:
    """Stamp a PDF the way DocuSign returns it: envelope id on every page, 'DocuSigned by:' blocks with the
    drawn signature and a signer hash; optionally the Certificate of Completion appended."""
    env = guid("envelope", seed, upper=True)
    doc = pymupdf.open("pdf", pdf)
    for page in doc:
        text_at(page, (18, 14), f"Docusign Envelope ID: {env}", 7, "#333333")
    body_pages = doc.page_count
    data = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    data = ds_stamp(data, signers, seed)
    if not certificate:
        return refinish(data, meta, seed)
    first, last = min(s.sent for s in signers), max(s.signed for s in signers)
    rows = []
    for s in signers:
        rows.append(
            [
                f"{escape(s.person.name)}<br>{escape(s.person.email)}<br>{escape(s.person.title)}<br>{escape(s.company)}<br>"
                "<span class='small'>Security Level: Email, Account Authentication (None)</span>",
                "<img src='sig_"
                + hx(s.person.email, n=8)
                + ".png' width='110'/><br><span class='small'>Signature Adoption: Drawn on Device<br>"
                f"Using IP Address: {s.ip}</span>",
                f"Sent: {ds_time(s.sent)}<br>Viewed: {ds_time(s.viewed)}<br>Signed: {ds_time(s.signed)}",
            ]
        )
    images = {f"sig_{hx(s.person.email, n=8)}.png": adopted_signature(s.person) for s in signers}
    html = (
        "<h1>Certificate Of Completion</h1>"
        + kv(
            [
                ("Envelope Id", env.replace("-", "")),
                ("Subject", escape(subject)),
                ("Status", "Completed"),
                ("Source Envelope", ""),
                ("Document Pages", str(body_pages)),
                ("Signatures", str(len(signers))),
                ("Certificate Pages", "2"),
                ("Initials", "0"),
                ("AutoNav", "Enabled"),
                ("EnvelopeId Stamping", "Enabled"),
                ("Time Zone", escape(tz_label)),
                (
                    "Envelope Originator",
                    f"{escape(sender.name)}<br>{escape(sender_address)}<br>{escape(sender.email)}<br>IP "
                    f"Address: 203.0.113.{20 + len(seed) % 200}",
                ),
            ]
        )
        + "<h2>Record Tracking</h2>"
        + grid(
            ["Status: Original", "Holder", "Location"],
            [
                [
                    ds_time(first - dt.timedelta(minutes=2)),
                    f"{escape(sender.name)}<br>{escape(sender.email)}",
                    "DocuSign",
                ]
            ],
        )
        + "<h2>Signer Events</h2>"
        + grid(["Signer Events", "Signature", "Timestamp"], rows)
        + "<p class='small'>Electronic Record and Signature Disclosure: Accepted</p>"
        + grid(["In Person Signer Events", "Signature", "Timestamp"], [["", "", ""]])
        + grid(["Editor Delivery Events", "Status", "Timestamp"], [["", "", ""]])
        + grid(["Carbon Copy Events", "Status", "Timestamp"], [["", "", ""]])
        + "<h2>Envelope Summary Events</h2>"
        + grid(
            ["Envelope Summary Events", "Status", "Timestamps"],
            [
                ["Envelope Sent", "Hashed/Encrypted", ds_time(first)],
                ["Certified Delivered", "Security Checked", ds_time(max(s.viewed for s in signers))],
                ["Signing Complete", "Security Checked", ds_time(last)],
                ["Completed", "Security Checked", ds_time(last + dt.timedelta(seconds=1))],
            ],
        )
        + grid(["Payment Events", "Status", "Timestamps"], [["", "", ""]])
        + "<h2>Electronic Record and Signature Disclosure</h2>"
        + "<p class='small'>Electronic Record and Signature Disclosure created on: 11/3/2021 2:40:09 PM. "
        "Parties agreed "
        "to: " + ", ".join(escape(s.person.name) for s in signers) + ".</p>"
    )

    def deco(page: pymupdf.Page, i: int, n: int) -> None:
        text_at(page, (40, 30), "Docusign", 14, "#1d1d70", bold=True)
        text_at(page, (page.rect.width - 170, 30), f"Certificate page {i + 1} of {n}", 7, "#666666")

    cert = html_pdf(
        html, meta, decorate=deco, seed=seed + "-coc", images=images, margins=(40, 50, 40, 40), paper="letter"
    )
    return merge_pdfs([data, cert], meta, seed)


def acrobat_audit(
    *,
    seed: str,
    title: str,
    sender: Person,
    signers: Sequence[ESigner],
    meta: Meta,
    tz: str = "GMT",
) -> bytes:
    """Adobe Acrobat Sign's 'Final Audit Report' page, appended to the signed agreement."""
    tid = "CBJCHBCAABAA" + hx("acrobat", seed, n=32)
    created = min(s.sent for s in signers) - dt.timedelta(minutes=3)
    last = max(s.signed for s in signers)

    def stamp(m: dt.datetime) -> str:
        return f"{m:%Y-%m-%d} - {m:%I:%M:%S} {m:%p} {tz}"

    events = [
        f"Document created by {escape(sender.name)} ({escape(sender.email)})<br><span class='small'>{stamp(created)} "
        "- IP address: 203.0.113.61</span>"
    ]
    for s in signers:
        events += [
            f"Document emailed to {escape(s.person.email)} for signature<br><span class='small'>{stamp(s.sent)}</span>",
            f"Email viewed by {escape(s.person.email)}<br><span class='small'>{stamp(s.viewed)} - IP "
            f"address: {s.ip}</span>",
            f"Signer {escape(s.person.email)} entered name at signing as {escape(s.person.name)}<br><span "
            f"class='small'>{stamp(s.signed - dt.timedelta(seconds=20))} - IP address: {s.ip}</span>",
            f"Document e-signed by {escape(s.person.name)} ({escape(s.person.email)})<br><span class='small'>Signature "
            f"Date: {stamp(s.signed)} - Time Source: server - IP address: {s.ip}</span>",
        ]
    events.append(f"Agreement completed.<br><span class='small'>{stamp(last + dt.timedelta(seconds=2))}</span>")
    html = (
        f"<h1>{escape(title)}</h1><p>Final Audit Report &#160;&#160; {last:%Y-%m-%d}</p>"
        + kv(
            [
                ("Created:", f"{created:%Y-%m-%d}"),
                ("By:", f"{escape(sender.name)} ({escape(sender.email)})"),
                ("Status:", "Signed"),
                ("Transaction ID:", tid),
            ]
        )
        + f'<h2>"{escape(title)}" History</h2>'
        + ul(events)
    )

    def deco(page: pymupdf.Page, i: int, n: int) -> None:
        text_at(page, (40, 30), "Adobe Acrobat Sign", 12, "#b30b00", bold=True)
        text_at(page, (40, page.rect.height - 26), f"{title} - {tid}", 6.5, "#777777")

    return html_pdf(html, meta, decorate=deco, seed=seed + "-audit", paper="letter", margins=(50, 50, 50, 46))


def stamp_acrobat_signature(pdf: bytes, s: ESigner, seed: str, tid: str) -> bytes:
    sig = png(signature_image(s.person.name, seed + s.person.name, 330, 92, ink=(10, 10, 10)))
    data = stamp_image(pdf, s.anchor, sig, dx=4, dy=2, w=120, h=32, hit=s.hit)
    stamp = f"{s.person.name} ({s.signed:%b %d, %Y %H:%M} {s.signed.strftime('%Z') or 'GMT'})"
    data = stamp_text(data, s.anchor, stamp, dx=4, dy=40, size=6, color="#1f1f1f", hit=s.hit)
    doc = pymupdf.open("pdf", data)
    for page in doc:
        text_at(page, (30, page.rect.height - 14), f"Acrobat Sign transaction {tid}", 5.5, "#888888")
    out = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return out


# ==============================================================================================
# documents shared by several scenarios
# ==============================================================================================
PSD_TEXT = (
    'In accordance with the terms of the Microsoft Commerce Incentives (MCI) program, {partner} ("Partner") discloses '
    'to {customer} ("Customer") that Partner may receive fees, commissions or other compensation from Microsoft '
    "Corporation or its affiliates in connection with the Microsoft products and services procured or used "
    "by Customer, "
    "including incentive payments associated with Partner's recognition as partner of record or with the delivery of "
    "the engagement described below. Such compensation is determined by Microsoft under its partner incentive programs "
    "and is not charged to Customer. This disclosure is made in writing because Customer is a public sector entity, "
    "and Customer's acknowledgement below is required before Partner may accept any such compensation."
)


def psd_html(partner: Partner, customer: Customer, scope: str, signer: Person, *, spanish: bool = False) -> str:
    body = (
        "<h1>Public Sector Fee Disclosure and Acknowledgement</h1>"
        + kv(
            [
                ("Partner", escape(partner.name)),
                ("Customer", escape(customer.name)),
                ("Engagement / workloads", escape(scope)),
            ]
        )
        + paras(escape(PSD_TEXT.format(partner=partner.name, customer=customer.name)))
    )
    if spanish:
        body += "<h3>Traducción al español</h3>" + paras(
            escape(
                f"De conformidad con los términos del programa Microsoft Commerce Incentives (MCI), {partner.name} "
                '("el Socio") '
                f'informa a {customer.name} ("el Cliente") que el Socio puede recibir honorarios, comisiones u otra '
                "compensación de Microsoft Corporation o sus afiliadas en relación con los productos y servicios de "
                "Microsoft adquiridos o "
                "utilizados por el Cliente. Dicha compensación no se cobra al Cliente. El Cliente, como entidad del "
                "sector público, acusa recibo de esta divulgación con su firma."
            )
        )
    body += (
        "<h2>Customer acknowledgement</h2><p>The undersigned, authorised to act for Customer, acknowledges receipt "
        "of this disclosure.</p>"
        + f"<table class='sig'><tr><td class='k'>Name</td><td>{escape(signer.name)}</td></tr><tr><td "
        f"class='k'>Title</td><td>{escape(signer.title)}</td></tr>"
        + "<tr><td class='k'>Signature</td><td>&#160;<br>&#160;<br>&#160;<br>&#160;</td></tr><tr><td "
        "class='k'>Date</td><td>&#160;</td></tr></table>"
    )
    return body


def invoice_pdf(
    partner: Partner,
    *,
    number: str,
    issued: dt.date,
    bill_to: str,
    lines: Sequence[tuple[str, float]],
    currency: str = "USD",
    tax: tuple[str, float] | None = None,
    meta_author: str = "",
    notes: str = "",
    seed: str = "",
    date_fmt: Callable[[dt.date], str] = long_us,
    style: str = "plain",
) -> bytes:
    """A partner's own invoice (accounting-system style)."""
    sym = {"USD": "USD ", "EUR": "EUR ", "MXN": "MXN ", "INR": "INR "}.get(currency, currency + " ")
    subtotal = sum(a for _, a in lines)
    sym = sym.strip() + "&#160;"
    rows = [[escape(d), f"{sym}{a:,.2f}"] for d, a in lines]
    totals = [("Subtotal (pre-tax)", subtotal)]
    if tax:
        totals.append((tax[0], subtotal * tax[1]))
    totals.append(("Total", subtotal * (1 + (tax[1] if tax else 0))))
    rows += [[f"<b>{k}</b>", f"<b>{sym}{v:,.2f}</b>"] for k, v in totals]
    body = (
        "<table><tr><td "
        f"style='border:none'><b>{escape(partner.name)}</b><br>{escape(partner.address)}<br>{escape(partner.contact.email)}</td>"
        f"<td style='border:none' class='right'><h1>INVOICE</h1>Invoice no. <b>{escape(number)}</b><br>Date: "
        f"{date_fmt(issued)}<br>Terms: Net 30</td></tr></table>"
        + f"<p><b>Bill to:</b><br>{bill_to}</p>"
        + grid(["Description", "Amount"], rows)
        + (f"<p class='small'>{notes}</p>" if notes else "")
        + f"<p class='small'>Please remit to the bank account on file for {escape(partner.name)}. Questions: "
        f"{escape(partner.contact.email)}</p>"
    )
    accent = partner.color if style == "plain" else "#333333"
    meta = Meta(
        f"Invoice {number}",
        meta_author or partner.contact.name,
        T(issued.year, issued.month, issued.day, 9),
        creator="Xero",
        producer="Xero PDF",
    )
    return html_pdf(
        body,
        meta,
        style=css(accent),
        seed=seed or number,
        decorate=band_decor(
            partner.name,
            f"Invoice {number}",
            accent=accent,
            logo=logo_png(partner.short, partner.color, "circle"),
            page_fmt="",
        ),
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
    cid: int,
    *,
    program: str,
    area: str,
    partner: Partner,
    customer: Customer,
    submitted: dt.datetime,
    workloads: Sequence[str | tuple[str, str]],
    docs: Sequence[tuple[str, str]],
    kind: str | None = None,
    eng: dict[str, Any] | None = None,
    consent: dt.date | None = None,
    transaction: dt.date | None = None,
    status: str = "submitted",
    opt_out: bool = False,
    comments: Sequence[tuple[str, dt.datetime, str]] = (),
    history: Sequence[tuple[str, dt.datetime, str]] | None = None,
) -> dict[str, Any]:
    wl = []
    for w in workloads:
        if isinstance(w, tuple):
            wl.append({"name": w[0], "subscription_id": w[1]})
        elif area == "Business Applications" and program == "cpor":
            wl.append({"name": w, "subscription_id": guid("sub", str(cid), w, upper=True)})
        else:
            wl.append({"name": w, "subscription_id": None})
    if history is None:
        hist = [("submission", submitted, partner.contact.email)]
        if program == "partner_activities" and consent is not None:
            hist = [("customer consent approved", T(consent.year, consent.month, consent.day, 16, 5), "-"), *hist]
    else:
        hist = list(history)
    return {
        "format": "poe-claim-bundle/1",
        "claim_id": str(cid),
        "program": program,
        "claim_kind": kind,
        "solution_area": area,
        "status": status,
        "submitted_at": iso(submitted),
        "incentive_opt_out": opt_out,
        "partner": {
            "name": partner.name,
            "location_id": partner.location_id,
            "country": partner.country,
            "domains": list(partner.domains),
            "contact": {"name": partner.contact.name, "email": partner.contact.email},
        },
        "customer": {
            "name": customer.name,
            "domain": customer.domain,
            "tenant_id": customer.tenant_id,
            "country": customer.country,
            "segment": customer.segment,
            "contact": {
                "name": customer.contact.name,
                "email": customer.contact.email,
                "title": customer.contact.title,
            },
        },
        "workloads": wl,
        "engagement": eng,
        "transaction_date": transaction.isoformat() if transaction else None,
        "consent_date": consent.isoformat() if consent else None,
        "documents": [{"path": p, "role": r} for p, r in docs],
        "comments": [{"author": a, "at": iso(t), "text": x} for a, t, x in comments],
        "history": [{"action": a, "at": iso(t), "by": b} for a, t, b in hist],
    }


PASS_NA = ["pass", "not_applicable"]


def cpor_exp(**over: Any) -> dict[str, Any]:
    """A CPOR claim whose evidence meets every requirement; ``over`` changes some (None drops a check)."""
    base: dict[str, Any] = {
        "required_documents": "pass",
        "customer_acknowledgement": "pass",
        "partner_customer_names": "pass",
        "activity_detail": "pass",
        "workload_match": "pass",
        "acknowledgement_date": "pass",
        "customer_domain": PASS_NA,
        "ineligible_customer": "pass",
        "public_sector": PASS_NA,
        "unacceptable_documents": "pass",
        "document_language": "pass",
        "invoice": "not_applicable",
        "attestations": "not_applicable",
        "reused_evidence": "pass",
        "submission_window": "not_applicable",
    }
    base.update(over)
    return {k: v for k, v in base.items() if v is not None}


def pa_exp(**over: Any) -> dict[str, Any]:
    """A partner-activities claim with every component in order; ``over`` changes some (None drops a check)."""
    base: dict[str, Any] = {
        "required_documents": "pass",
        "customer_acknowledgement": PASS_NA,
        "partner_customer_names": "pass",
        "activity_detail": "pass",
        "workload_match": PASS_NA,
        "acknowledgement_date": PASS_NA,
        "customer_domain": PASS_NA,
        "ineligible_customer": "pass",
        "public_sector": PASS_NA,
        "unacceptable_documents": "pass",
        "document_language": "pass",
        "invoice": "pass",
        "attestations": "pass",
        "reused_evidence": "pass",
        "submission_window": "pass",
    }
    base.update(over)
    return {k: v for k, v in base.items() if v is not None}


# ==============================================================================================
# partners (their e-mail footers and logos are boilerplate shared by all their claims)
# ==============================================================================================
def _p(
    key: str,
    name: str,
    short: str,
    loc: str,
    country: str,
    city: str,
    domain: str,
    address: str,
    contact: Person,
    color: str,
    footer: str = "",
) -> Partner:
    return Partner(key, name, short, loc, country, city, (domain,), address, contact, color, footer)


BRIGHTLINE = _p(
    "brightline",
    "Brightline Cloud Services LLC",
    "Brightline Cloud",
    "5312044",
    "US",
    "Seattle",
    "brightlinecloud.com",
    "1201 Third Avenue, Suite 1800, Seattle, WA 98101, USA",
    Person("Dana Whitfield", "dana.whitfield@brightlinecloud.com", "Delivery Manager", "+1 206 555 0148"),
    "#0b6e99",
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. "
    "If you "
    "received it in error, please notify the sender and delete it. Brightline Cloud Services LLC | 1201 Third Avenue, "
    "Suite 1800, Seattle, WA 98101 | Microsoft Solutions Partner for Modern Work and Security.",
)
REDWOOD = _p(
    "redwood",
    "Redwood Summit IT LLC",
    "Redwood Summit",
    "5390117",
    "US",
    "Portland",
    "redwoodsummit.com",
    "880 SW Alder Street, Portland, OR 97205, USA",
    Person("Kyle Brennan", "kbrennan@redwoodsummit.com", "Account Executive"),
    "#8a2d1c",
)
MERIDIAN = _p(
    "meridian",
    "Meridian Data Partners Ltd",
    "Meridian Data",
    "5477310",
    "GB",
    "Leeds",
    "meridiandata.co.uk",
    "3 Wellington Place, Leeds LS1 4AP, United Kingdom",
    Person("Oliver Grant", "oliver.grant@meridiandata.co.uk", "Security Practice Lead"),
    "#5b2a86",
    "Meridian Data Partners Ltd is a member of the Meridian Group of companies. Registered in England and Wales no. "
    "08812764. Registered office: 3 Wellington Place, Leeds LS1 4AP.",
)
KESTREL = _p(
    "kestrel",
    "Kestrel IT GmbH",
    "Kestrel IT",
    "5401882",
    "DE",
    "Hamburg",
    "kestrel-it.de",
    "Großer Burstah 36, 20457 Hamburg, Deutschland",
    Person("Jonas Albrecht", "j.albrecht@kestrel-it.de", "Projektleiter"),
    "#2e6b30",
    "Kestrel IT GmbH · Großer Burstah 36 · 20457 Hamburg · Geschäftsführer: Dr. Henrik Lau · Amtsgericht Hamburg HRB "
    "154221",
)
THISTLE = _p(
    "thistle",
    "Thistle Cloud Ltd",
    "Thistle Cloud",
    "5463019",
    "GB",
    "Edinburgh",
    "thistlecloud.co.uk",
    "14 Melville Street, Edinburgh EH3 7NS, United Kingdom",
    Person("Fiona McLeod", "fiona.mcleod@thistlecloud.co.uk", "Engagement Manager"),
    "#6a1b9a",
)
COBALT = _p(
    "cobalt",
    "Cobalt Shield Security Inc.",
    "Cobalt Shield",
    "5388402",
    "US",
    "Austin",
    "cobaltshield.io",
    "600 Congress Avenue, Floor 14, Austin, TX 78701, USA",
    Person("Marcus Reyes", "marcus.reyes@cobaltshield.io", "SOC Service Manager", "+1 512 555 0190"),
    "#12355b",
    "Cobalt Shield Security Inc. | 24x7 Managed Detection & Response | SOC hotline +1 512 555 0100 | This message may "
    "contain confidential security information. Do not forward outside your organization.",
)
TESSELLATE = _p(
    "tessellate",
    "Tessellate Solutions S.L.",
    "Tessellate",
    "5420876",
    "ES",
    "Madrid",
    "tessellate.es",
    "Calle de Serrano 88, 28006 Madrid, España",
    Person("Lucía Navarro", "lucia.navarro@tessellate.es", "Jefa de Proyecto"),
    "#c2571a",
)
SIGMA = _p(
    "sigma",
    "Sigma Nordic Consulting AB",
    "Sigma Nordic",
    "5433561",
    "SE",
    "Göteborg",
    "sigmanordic.se",
    "Lilla Bommen 5, 411 04 Göteborg, Sverige",
    Person("Anna Holm", "anna.holm@sigmanordic.se", "Projektledare"),
    "#00597c",
    "Sigma Nordic Consulting AB · Lilla Bommen 5 · 411 04 Göteborg · Org.nr 556912-4471",
)
LUMEN = _p(
    "lumen",
    "Lumen Bridge Technologies Inc.",
    "Lumen Bridge",
    "5367715",
    "CA",
    "Toronto",
    "lumenbridge.ca",
    "200 Bay Street, Suite 2400, Toronto, ON M5J 2J2, Canada",
    Person("Priya Chandran", "priya.chandran@lumenbridge.ca", "Engagement Lead"),
    "#b8860b",
)
NORTHGATE = _p(
    "northgate",
    "Northgate Dynamics Ltd",
    "Northgate Dynamics",
    "5455203",
    "GB",
    "Manchester",
    "northgatedynamics.com",
    "2 Hardman Square, Manchester M3 3EB, United Kingdom",
    Person("Tom Ashworth", "tom.ashworth@northgatedynamics.com", "Solution Architect"),
    "#1b5e20",
)
PINECREST = _p(
    "pinecrest",
    "Pinecrest Public Sector Solutions LLC",
    "Pinecrest PSS",
    "5398820",
    "US",
    "Sacramento",
    "pinecrestps.com",
    "1415 L Street, Suite 900, Sacramento, CA 95814, USA",
    Person("Renee Calloway", "rcalloway@pinecrestps.com", "Public Sector Practice Director"),
    "#2f4f4f",
)
KAIZEN = _p(
    "kaizen",
    "Kaizen Cloud K.K.",
    "Kaizen Cloud",
    "5442190",
    "JP",
    "Tokyo",
    "kaizencloud.co.jp",
    "1-6-1 Otemachi, Chiyoda-ku, Tokyo 100-0004, Japan",
    Person("Haruto Mori", "h.mori@kaizencloud.co.jp", "Project Manager"),
    "#b71c1c",
)
BALTIC = _p(
    "baltic",
    "Baltic Arc Sp. z o.o.",
    "Baltic Arc",
    "5459940",
    "PL",
    "Gdańsk",
    "balticarc.pl",
    "ul. Grunwaldzka 472, 80-309 Gdańsk, Polska",
    Person("Marta Kowalczyk", "marta.kowalczyk@balticarc.pl", "Kierownik Projektu"),
    "#0d47a1",
)
VIREO = _p(
    "vireo",
    "Vireo Digital B.V.",
    "Vireo Digital",
    "5418834",
    "NL",
    "Utrecht",
    "vireodigital.nl",
    "Stadsplateau 7, 3521 AZ Utrecht, Nederland",
    Person("Daan Verbeek", "daan.verbeek@vireodigital.nl", "Projectmanager"),
    "#33691e",
)
ALTAMIRA = _p(
    "altamira",
    "Altamira Consultoria em TI Ltda.",
    "Altamira TI",
    "5426651",
    "BR",
    "São Paulo",
    "altamira.com.br",
    "Av. Brigadeiro Faria Lima, 3477 - 12º andar, São Paulo - SP, 04538-133, Brasil",
    Person("Rafael Monteiro", "rafael.monteiro@altamira.com.br", "Gerente de Projetos"),
    "#00695c",
)
ORBIS = _p(
    "orbis",
    "Orbis Conseil SAS",
    "Orbis Conseil",
    "5431127",
    "FR",
    "Lyon",
    "orbis-conseil.fr",
    "27 rue de la République, 69002 Lyon, France",
    Person("Camille Girard", "camille.girard@orbis-conseil.fr", "Consultante sécurité"),
    "#283593",
)
SAFFRON = _p(
    "saffron",
    "Saffron Systems Pvt. Ltd.",
    "Saffron Systems",
    "5449918",
    "IN",
    "Pune",
    "saffronsys.in",
    "Level 7, Panchshil Tech Park, Yerawada, Pune 411006, India",
    Person("Aditi Deshpande", "aditi.deshpande@saffronsys.in", "Delivery Lead"),
    "#e65100",
)
QUADRANT = _p(
    "quadrant",
    "Quadrant Soluciones Tecnológicas S.A. de C.V.",
    "Quadrant",
    "5437744",
    "MX",
    "Guadalajara",
    "quadrant.mx",
    "Av. Patria 1891, Puerta de Hierro, 45116 Zapopan, Jal., México",
    Person("Andrés Villaseñor", "andres.villasenor@quadrant.mx", "Gerente de Proyectos"),
    "#4a148c",
)
HARBOUR = _p(
    "harbour",
    "Harbour & Vale IT Pty Ltd",
    "Harbour & Vale",
    "5402267",
    "AU",
    "Melbourne",
    "harbourvale.com.au",
    "Level 12, 530 Collins Street, Melbourne VIC 3000, Australia",
    Person("Liam O'Connor", "liam.oconnor@harbourvale.com.au", "Managed Services Lead"),
    "#006064",
    "Harbour & Vale IT Pty Ltd ABN 63 615 204 118 · Level 12, 530 Collins Street, Melbourne VIC 3000",
)
CARIBE = _p(
    "caribe",
    "Caribe Cloud Partners LLC",
    "Caribe Cloud",
    "5385530",
    "PR",
    "San Juan",
    "caribecloud.com",
    "268 Ave. Ponce de León, Suite 1100, San Juan, PR 00918",
    Person("Gabriel Rosado", "grosado@caribecloud.com", "Director de Servicios"),
    "#00838f",
)
LAGUNA = _p(
    "laguna",
    "Laguna Sistemi S.r.l.",
    "Laguna Sistemi",
    "5414409",
    "IT",
    "Bologna",
    "lagunasistemi.it",
    "Via dell'Indipendenza 44, 40121 Bologna, Italia",
    Person("Giulia Ferraro", "giulia.ferraro@lagunasistemi.it", "Responsabile servizi gestiti"),
    "#ad1457",
)
UBUNTU = _p(
    "ubuntu",
    "Ubuntu Cloud Works (Pty) Ltd",
    "Ubuntu Cloud Works",
    "5460083",
    "ZA",
    "Cape Town",
    "ubuntucloudworks.co.za",
    "Portside Tower, 4 Bree Street, Cape Town 8001, South Africa",
    Person("Thabo Nkosi", "thabo.nkosi@ubuntucloudworks.co.za", "Project Lead"),
    "#ef6c00",
)
FALCON = _p(
    "falcon",
    "Falcon Ridge Technologies FZ-LLC",
    "Falcon Ridge",
    "5471152",
    "AE",
    "Dubai",
    "falconridge.ae",
    "Building 3, Office 214, Dubai Internet City, Dubai, UAE",
    Person("Omar Haddad", "omar.haddad@falconridge.ae", "Technical Account Manager"),
    "#37474f",
)


def logo(p: Partner) -> bytes:
    marks = {
        "cobalt": "shield",
        "harbour": "bars",
        "falcon": "peak",
        "kestrel": "peak",
        "sigma": "bars",
        "northgate": "bars",
    }
    return logo_png(p.short, p.color, marks.get(p.key, "circle"))


def partner_sig(p: Partner, person: Person | None = None) -> str:
    person = person or p.contact
    lines = [person.name, person.title, p.name]
    if person.phone:
        lines.append(f"T {person.phone}")
    lines.append(person.email)
    if p.footer:
        lines += ["", p.footer]
    return "\n".join(lines)


def sig_block(person: Person, company: str, extra: str = "") -> str:
    return "\n".join(x for x in (person.name, person.title, company, extra) if x)


def meta_for(p: Partner | None, title: str, when: dt.datetime, author: str | None = None, **kw: Any) -> Meta:
    return Meta(title, author or (p.contact.name if p else ""), when, **kw)


# ==============================================================================================
# the Brightline template (the same boilerplate on every Brightline claim: never reuse)
# ==============================================================================================
BRIGHTLINE_ABOUT = (
    "This Engagement Closure Report is produced by Brightline Cloud Services at the end of every managed deployment. "
    "It records the scope agreed with the customer, the work delivered by Brightline engineers in the "
    "customer's Microsoft "
    "cloud tenant, the measured outcome at closure and the items handed over to the customer's IT team. Figures are "
    "taken "
    "from the Microsoft 365 admin center, the Intune and Defender portals and the Entra admin center on the report "
    "date."
)
BRIGHTLINE_METHOD = (
    "Every Brightline engagement follows our four-stage LAUNCH method: <b>Assess</b> (current-state review and success "
    "criteria), <b>Build</b> (tenant configuration and pilot), <b>Adopt</b> (phased rollout with user communications "
    "and "
    "floor-walking) and <b>Hand over</b> (documentation, knowledge transfer and two weeks of hypercare). Weekly status "
    "calls are held with the customer's project lead and every decision is recorded in the project RAID log."
)


def brightline_report(
    cust: Customer,
    *,
    project: str,
    ref: str,
    issued: dt.date,
    period: str,
    background: Sequence[str],
    scope: Sequence[Sequence[str]],
    delivered: Sequence[tuple[str, Sequence[str]]],
    results: Sequence[Sequence[str]],
    timeline: Sequence[Sequence[str]],
    handover: Sequence[str],
    signoff: str,
    signer: Person,
    out_of_scope: Sequence[str] = (),
) -> bytes:
    p = BRIGHTLINE
    body = (
        f"<h1>Engagement Closure Report</h1><p class='muted'>{escape(project)}</p>"
        + kv(
            [
                ("Customer", escape(cust.name)),
                ("Brightline reference", ref),
                ("Engagement period", period),
                ("Customer project lead", f"{escape(signer.name)}, {escape(signer.title)}"),
                ("Brightline delivery manager", f"{p.contact.name}, {p.contact.title}"),
                ("Report date", long_us(issued)),
            ]
        )
        + "<h2>1. About this report</h2>"
        + paras(BRIGHTLINE_ABOUT)
        + "<h2>2. Customer situation</h2>"
        + paras(*background)
        + "<h2>3. Agreed scope</h2>"
        + grid(["Workload", "Activity", "In scope"], scope)
        + (("<p><b>Out of scope / deferred:</b></p>" + ul(out_of_scope)) if out_of_scope else "")
        + "<h2>4. Work delivered</h2>"
        + "".join(f"<h3>{escape(h)}</h3>" + ul(items) for h, items in delivered)
        + "<h2>5. Outcome at closure</h2>"
        + grid(["Measure", "At start", "At closure"], results)
        + "<h2>6. Timeline</h2>"
        + grid(["Stage", "Dates", "Notes"], timeline)
        + "<h2>7. Brightline delivery approach</h2>"
        + paras(BRIGHTLINE_METHOD)
        + "<h2>8. Handover and open items</h2>"
        + ul(handover)
    )
    if signoff == "email":
        body += "<h2>9. Customer acceptance</h2>" + paras(
            f"Acceptance of this report is requested from {escape(signer.name)} by e-mail reply. Brightline will file "
            "the reply with this report."
        )
    else:
        body += (
            "<h2>9. Customer acceptance</h2>"
            + paras(
                f"By signing below, {escape(cust.name)} confirms that the work described in this report has "
                "been delivered by Brightline Cloud Services and accepted."
            )
            + "<table class='sig'><tr><th>For the customer</th><th>For Brightline Cloud Services</th></tr>"
            + f"<tr><td>Name: {escape(signer.name)}</td><td>Name: {p.contact.name}</td></tr>"
            + f"<tr><td>Title: {escape(signer.title)}</td><td>Title: {p.contact.title}</td></tr>"
            + "<tr><td>Customer signature:<br>&#160;<br>&#160;<br>&#160;<br>&#160;</td><td>Brightline "
            "signature:<br>&#160;<br>&#160;<br>&#160;<br>&#160;</td></tr>"
            + "<tr><td>Date signed:</td><td>Date signed:</td></tr></table>"
        )
    meta = meta_for(p, f"{cust.short} - Engagement Closure Report", T(issued.year, issued.month, issued.day, 15))
    return html_pdf(
        body,
        meta,
        style=css(p.color),
        decorate=band_decor(
            "Brightline Cloud Services LLC",
            f"Engagement Closure Report · {ref}",
            accent=p.color,
            logo=logo(p),
            footer="Brightline Cloud Services LLC · Confidential",
        ),
        seed=ref,
    )


def page_of(pdf: bytes, text: str) -> int:
    with pymupdf.open("pdf", pdf) as doc:
        for page in doc:
            if page.search_for(text):
                return page.number
    raise RuntimeError(f"text not found: {text!r}")


def with_scanned_pages(
    pdf: bytes,
    meta: Meta,
    seed: str,
    *,
    inks: Sequence[Ink],
    pages: Sequence[int],
    dpi: int = 150,
    skew: float = 0.5,
    rotate: int = 0,
) -> bytes:
    """Pages printed, signed by hand, scanned and merged back into the PDF in place (a mixed PDF)."""
    doc = pymupdf.open("pdf", pdf)
    for n in sorted(pages, reverse=True):
        img = render(pdf, n, dpi)
        apply_inks(img, pdf, n, [i if i.page == n else replace(i, page=-1) for i in inks], dpi, seed)
        scan = scanify(img, f"{seed}-{n}", skew=skew, rotate=rotate)
        w, h = scan.size[0] * 72 / dpi, scan.size[1] * 72 / dpi
        doc.delete_page(n)
        page = doc.new_page(pno=n, width=w, height=h)
        page.insert_image(page.rect, stream=jpeg(scan, 62))
    return finish(doc, meta, seed)


def sign_ink(
    anchor: str,
    name: str,
    *,
    hit: int = 0,
    page: int = 0,
    dx: float = -70,
    dy: float = 34,
    w: float = 120,
    h: float = 28,
    ink: tuple[int, int, int] = (22, 34, 120),
) -> Ink:
    return Ink(anchor, "sig", name, dx=dx, dy=dy, w=w, h=h, hit=hit, page=page, ink=ink)


def date_ink(
    anchor: str,
    text: str,
    *,
    hit: int = 0,
    page: int = 0,
    dx: float = 6,
    dy: float = -1,
    h: float = 10.5,
    ink: tuple[int, int, int] = (22, 34, 120),
) -> Ink:
    return Ink(anchor, "text", text, dx=dx, dy=dy, h=h, hit=hit, page=page, ink=ink)


# ==============================================================================================
# scenarios
# ==============================================================================================
ALPINE = Customer(
    "Alpine Ski House",
    "Alpine Ski House",
    "alpineskihouse.com",
    "US",
    Person("Rebecca Lund", "rlund@alpineskihouse.com", "IT Director"),
)
FOURTH = Customer(
    "Fourth Coffee Company",
    "Fourth Coffee",
    "fourthcoffee.com",
    "US",
    Person("Luis Ortega", "luis.ortega@fourthcoffee.com", "IT Operations Manager"),
)
RELECLOUD = Customer(
    "Relecloud",
    "Relecloud",
    "relecloud.com",
    "US",
    Person("Nathan Brooks", "nathan.brooks@relecloud.com", "Director of Infrastructure & Security"),
)
TAILWIND = Customer(
    "Tailwind Traders",
    "Tailwind Traders",
    "tailwindtraders.com",
    "US",
    Person("Ashley Kim", "akim@tailwindtraders.com", "VP Operations"),
)


def s4701001_brightline_alpine() -> Bundle:
    cid, cust = 4701001, ALPINE
    report = brightline_report(
        cust,
        project="Modern endpoint management and endpoint protection for 640 staff across four sites",
        ref="BCS-2025-0417",
        issued=D(2026, 3, 4),
        period="November 3, 2025 – February 27, 2026",
        background=[
            "Alpine Ski House runs its head office in Denver and three resorts (Silver Creek, Pine Ridge and Eagle "
            "Summit). Before the project, 710 Windows laptops and kiosks were joined to on-premises Active Directory "
            "and patched by hand, "
            "and the 380 iPhones used by lift and rental staff were enrolled in a legacy MDM whose contract ends in "
            "April 2026.",
            "Two ransomware near-misses at the Pine Ridge rental desks in the 2024/25 season showed the antivirus in "
            "use had no detection and response capability and no central view of alerts.",
        ],
        scope=[
            [
                "Microsoft Intune",
                "Deployment and migration of Windows and iOS devices from the legacy MDM",
                "710 Windows, 380 iOS",
            ],
            ["Microsoft Defender for Endpoint (P2)", "Onboarding, policy and EDR configuration", "710 Windows devices"],
        ],
        delivered=[
            (
                "Microsoft Intune",
                [
                    "Hybrid Microsoft Entra join for the 610 existing domain-joined laptops; Windows "
                    "Autopilot profiles for the 100 new rental-desk kiosks (self-deploying mode).",
                    "Compliance policies (BitLocker, OS version, Defender risk score) and 11 configuration profiles; "
                    "Windows Update rings in three waves (IT, head office, resorts).",
                    "14 line-of-business apps packaged as Win32 apps, including the rental POS client and "
                    "the lift-ticket printer driver.",
                    "380 iPhones moved from the legacy MDM to Intune through Apple Automated Device Enrollment, with "
                    "shared-device mode for the lift staff.",
                ],
            ),
            (
                "Microsoft Defender for Endpoint",
                [
                    "702 of 710 Windows devices onboarded through Intune (8 kiosks retired); EDR in block mode and "
                    "tamper protection on.",
                    "Attack surface reduction rules run in audit for three weeks, then 12 of 16 rules moved to block "
                    "after review with the IT team.",
                    "Device groups per resort with automated investigation set to full remediation for the "
                    "head office, semi-automated for the resorts.",
                ],
            ),
        ],
        results=[
            ["Windows devices managed by Intune", "0", "702"],
            ["iOS devices managed by Intune", "0 (legacy MDM)", "380"],
            ["Devices compliant", "n/a", "96 %"],
            ["Devices onboarded to Defender for Endpoint", "0", "702"],
            ["Exposure score", "71 (high)", "38 (medium)"],
        ],
        timeline=[
            ["Assess", "Nov 3 – Nov 21, 2025", "Device inventory, success criteria agreed"],
            ["Build", "Nov 24 – Dec 19, 2025", "Pilot: 40 head-office devices"],
            ["Adopt", "Jan 5 – Feb 20, 2026", "Resorts in three waves, iOS cut-over Feb 9"],
            ["Hand over", "Feb 23 – Feb 27, 2026", "Runbook and admin training (6 IT staff)"],
        ],
        handover=[
            "Intune and Defender runbook v1.2 handed to the IT team on February 26, 2026.",
            "Open: decommission of the legacy MDM console after the contract end (customer action).",
        ],
        signoff="ink",
        signer=cust.contact,
    )
    meta = meta_for(
        BRIGHTLINE,
        "ASH Closure Report signed",
        T(2026, 3, 9, 11, 40, tzh(-7)),
        creator="HP Smart",
        producer="Microsoft: Print To PDF",
    )
    last = page_of(report, "Customer signature:")
    pdf = with_scanned_pages(
        report,
        meta,
        f"{cid}-signed",
        inks=[
            sign_ink("Customer signature:", "Rebecca Lund", page=last),
            date_ink("Date signed:", "3/6/2026", page=last),
            sign_ink("Brightline signature:", "Dana Whitfield", page=last, ink=(15, 15, 15)),
            date_ink("Date signed:", "3/6/26", page=last, hit=1, ink=(15, 15, 15)),
        ],
        pages=[last],
        dpi=150,
        skew=0.6,
    )
    docs = [("POE/ASH_Closure_Report_signed.pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=BRIGHTLINE,
        customer=cust,
        submitted=T(2026, 3, 18, 17, 2),
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        docs=docs,
        comments=[
            (
                "partner",
                T(2026, 3, 18, 17, 0),
                "Closure report attached; the customer's signed acceptance is the last page.",
            )
        ],
    )
    return Bundle(
        f"{cid}_brightline_alpine_closure_signed",
        claim,
        {docs[0][0]: pdf},
        "approve",
        "Partner's closure report names Brightline and Alpine Ski House, details Intune and Defender for Endpoint work "
        "per site and device counts; the last page is a scanned wet-ink acceptance signed by the customer's "
        "IT Director "
        "on 3/6/2026, twelve days before submission. The report layout and its 'About this report'/'delivery approach' "
        "paragraphs are Brightline's standard template, shared with other Brightline claims: boilerplate, not reuse.",
        "Scanned last page: 'For the customer – Rebecca Lund, IT Director' with a handwritten signature and "
        "'3/6/2026'.",
        cpor_exp(),
    )


def fourth_coffee_ack() -> tuple[Mail, bytes]:
    cust, p = FOURTH, BRIGHTLINE
    report = brightline_report(
        cust,
        project="Exchange Online migration, Teams for stores and SharePoint Online for store operations",
        ref="BCS-2025-0502",
        issued=D(2026, 3, 31),
        period="January 12 – March 27, 2026",
        background=[
            "Fourth Coffee runs 31 cafés and a roastery in Oregon and Washington. E-mail was hosted on a third-party "
            "Exchange 2013 "
            "service with 2 GB mailboxes, store teams shared one tablet per café and store procedures lived "
            "on an on-premises S: drive.",
        ],
        scope=[
            ["Exchange Online", "Migration of 212 mailboxes and 19 shared mailboxes", "212 users"],
            [
                "Microsoft Teams",
                "Deployment for office staff and store tablets; Shifts pilot",
                "212 users, 38 shared tablets",
            ],
            ["SharePoint Online", "Migration of the S: drive to two sites with a store intranet page", "212 users"],
        ],
        delivered=[
            (
                "Exchange Online",
                [
                    "Cutover migration on March 7, 2026 (weekend), MX and autodiscover switched, 1.1 TB moved.",
                    "19 shared mailboxes with delegated access for store managers.",
                ],
            ),
            (
                "Microsoft Teams",
                [
                    "Teams for 212 users; 38 shared Android tablets in shared-device mode.",
                    "Shifts pilot in the 6 Portland stores, replacing the paper rota.",
                ],
            ),
            (
                "SharePoint Online",
                [
                    "'Store Operations' and 'Roastery' sites built; 46,000 files moved from the S: drive "
                    "with ShareGate, permissions mapped to 9 groups.",
                    "Store intranet page with the daily checklist and allergen sheets.",
                ],
            ),
        ],
        results=[
            ["Mailboxes in Exchange Online", "0", "212"],
            ["Weekly active Teams users", "0", "201"],
            ["Files on the S: drive", "46,000", "read-only archive"],
        ],
        timeline=[
            ["Assess", "Jan 12 – Jan 23", ""],
            ["Build", "Jan 26 – Feb 13", "Pilot in 2 stores"],
            ["Adopt", "Feb 16 – Mar 20", "Cutover Mar 7"],
            ["Hand over", "Mar 23 – Mar 27", ""],
        ],
        handover=["Admin guide and Shifts playbook delivered on March 26, 2026."],
        signoff="email",
        signer=cust.contact,
    )
    ask = Mail(
        p.contact,
        (cust.contact,),
        T(2026, 3, 31, 16, 20, tzh(-7)),
        "Fourth Coffee – Teams, SharePoint & Exchange Online closure report for acceptance",
        "Hi Luis,\n\nAttached is the closure report for the Exchange Online, Teams and SharePoint project "
        "(BCS-2025-0502). Section 5 has the numbers at closure and section 8 the handover items.\n\n"
        "Could you reply to confirm Fourth Coffee accepts the work as complete? Happy to walk through it on a call "
        "if that helps.\n\nThanks,",
        signature=partner_sig(p),
        seed="4701002-ask",
        attachments=(("Fourth Coffee - Closure Report.pdf", report),),
    )
    reply = Mail(
        cust.contact,
        (p.contact,),
        T(2026, 4, 2, 8, 47, tzh(-7)),
        "RE: Fourth Coffee – Teams, SharePoint & Exchange Online closure report for acceptance",
        "Hi Dana,\n\nThanks – we went through the closure report with Priscilla and the store managers on Tuesday. "
        "Fourth Coffee accepts the engagement as complete:\n"
        "- 212 mailboxes moved from our hosted Exchange to Exchange Online (cutover on March 7)\n"
        "- Teams live for all 212 staff plus the 38 shared store tablets, with the Shifts pilot in the 6 "
        "Portland stores\n- the old S: drive moved to the SharePoint 'Store Operations' and 'Roastery' sites\n\n"
        "Please go ahead and close the project. Great work by Jamal and Mei on the cutover weekend.",
        signature=sig_block(cust.contact, "Fourth Coffee Company", "2100 NW Raleigh St, Portland, OR 97210"),
        quote=replace(ask, attachments=()),
        seed="4701002-reply",
    )
    return reply, report


def s4701002_brightline_fourth_coffee() -> Bundle:
    cid, cust = 4701002, FOURTH
    reply, report = fourth_coffee_ack()
    docs = [
        ("POE/Fourth Coffee - Closure Report.pdf", "poe"),
        ("POE/RE_ Fourth Coffee closure report for acceptance.eml", "poe"),
    ]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=BRIGHTLINE,
        customer=cust,
        submitted=T(2026, 4, 9, 18, 15),
        workloads=["EXCHANGE ONLINE", "TEAMS", "SHAREPOINT ONLINE"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_brightline_fourth_coffee_email_ack",
        claim,
        {docs[0][0]: report, docs[1][0]: eml(reply)},
        "approve",
        "Brightline's standard closure report (template shared with its other claims) details the Exchange Online, "
        "Teams and SharePoint work for Fourth Coffee; the customer's IT Operations Manager replies from "
        "fourthcoffee.com "
        "on 2026-04-02 accepting the engagement and restating what was delivered. The quoted Brightline "
        "message carries "
        "Brightline's standard confidentiality footer, which every Brightline e-mail has: boilerplate. This is the "
        "original of the acknowledgement later re-used by another partner on claim 4701012.",
        "Reply from luis.ortega@fourthcoffee.com: 'Fourth Coffee accepts the engagement as complete' with the three "
        "workloads listed.",
        cpor_exp(customer_domain="pass"),
    )


def s4701012_redwood_fourth_coffee_copy() -> Bundle:
    cid, cust, p = 4701012, FOURTH, REDWOOD
    reply, _ = fourth_coffee_ack()
    body = (
        "<h1>Managed Support Summary</h1>"
        + kv(
            [
                ("Customer", "Fourth Coffee"),
                ("Provider", escape(p.name)),
                ("Period", "FY2026"),
                ("Account executive", p.contact.name),
            ]
        )
        + "<h2>Services</h2>"
        + paras(
            "Redwood Summit IT provides ongoing Microsoft 365 support to Fourth Coffee, including Teams and SharePoint "
            "Online. "
            "Our team delivers deployment assistance, configuration, testing, user training, optimization and ongoing "
            "support for the customer's collaboration workloads."
        )
        + ul(
            [
                "Deployment assistance",
                "Configuration and testing",
                "Adoption training and materials",
                "Ongoing support and optimization",
            ]
        )
        + paras("The customer has confirmed the work by e-mail (attached).")
    )
    summary = html_pdf(
        body,
        meta_for(p, "Fourth Coffee support summary", T(2026, 5, 20, 10)),
        style=css(p.color),
        decorate=band_decor(p.name, "Managed Support Summary", accent=p.color, logo=logo(p)),
        seed=str(cid),
    )
    docs = [("Redwood_FourthCoffee_Support_Summary.pdf", "poe"), ("Customer approval.msg", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=T(2026, 5, 21, 20, 4),
        status="under_review",
        history=[
            ("submission", T(2026, 5, 21, 20, 4), p.contact.email),
            ("set under review", T(2026, 5, 26, 8, 15), "Microsoft"),
        ],
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        docs=docs,
        comments=[
            (
                "partner",
                T(2026, 5, 21, 20, 0),
                "Customer approval e-mail attached. Redwood supports Fourth Coffee's Microsoft 365 environment.",
            )
        ],
    )
    return Bundle(
        f"{cid}_redwood_fourth_coffee_reused_ack",
        claim,
        {docs[0][0]: summary, docs[1][0]: msg_file(reply)},
        "action_required",
        "The only customer acknowledgement is the very e-mail Fourth Coffee sent to Brightline on 2026-04-02 (same "
        "message, same Message-ID, filed on claim 4701002): it is addressed to Dana Whitfield at brightlinecloud.com "
        "and thanks Brightline's engineers, so it does not acknowledge Redwood's work, and it is "
        "claim-specific evidence "
        "re-used on another partner's claim. Redwood's own summary is a generic list of high-level tasks (deployment, "
        "configuration, testing, training, support) with no users, dates or concrete work.",
        "'Customer approval.msg' is Luis Ortega's reply to dana.whitfield@brightlinecloud.com; Redwood's summary lists "
        "only 'Deployment assistance, Configuration and testing, ...'.",
        cpor_exp(
            reused_evidence="fail",
            customer_acknowledgement="fail",
            activity_detail="fail",
            workload_match=None,
            customer_domain="pass",
        ),
        container="zip",
    )


def s4701023_brightline_relecloud_docusign() -> Bundle:
    cid, cust = 4701023, RELECLOUD
    report = brightline_report(
        cust,
        project="Identity threat detection and privileged identity protection",
        ref="BCS-2026-0133",
        issued=D(2026, 6, 29),
        period="April 6 – June 26, 2026",
        background=[
            "Relecloud (1,450 employees, data centres in Phoenix and Columbus) had Microsoft Entra ID P2 "
            "licences since 2025 but used "
            "none of the P2 features: 94 permanent Global or Privileged Role administrators and no risk-based sign-in "
            "policy.",
            "Its on-premises Active Directory (two forests, 11 domain controllers) had no identity threat detection; "
            "a 2025 penetration test reached Domain Admin through Kerberoasting in under four hours.",
        ],
        scope=[
            [
                "Microsoft Entra ID P2",
                "Privileged Identity Management, Identity Protection, access reviews",
                "1,450 users, 94 admins",
            ],
            [
                "Microsoft Defender for Identity",
                "Sensor deployment and tuning on all domain controllers and AD FS",
                "11 DCs, 2 AD FS servers",
            ],
        ],
        delivered=[
            (
                "Microsoft Entra ID P2",
                [
                    "Privileged Identity Management: 94 permanent admin assignments converted to eligible "
                    "(just-in-time) "
                    "with approval for 7 Tier-0 roles; 4 break-glass accounts kept permanent and monitored.",
                    "Identity Protection sign-in and user risk policies enforced through Conditional Access (MFA at "
                    "medium risk, block at high risk for admins).",
                    "Quarterly access reviews for the 26 privileged groups and for guest users (312 guests).",
                ],
            ),
            (
                "Microsoft Defender for Identity",
                [
                    "Sensors v2.2 installed on the 11 domain controllers and 2 AD FS servers; directory "
                    "service account set up as a gMSA.",
                    "Lateral-movement path findings remediated for 38 sensitive accounts; honeytoken accounts created "
                    "in both forests.",
                    "Alert tuning with the SOC team: 6 exclusions for vulnerability scanners, alerts routed "
                    "to Defender XDR incidents.",
                ],
            ),
        ],
        results=[
            ["Permanent privileged assignments", "94", "4 (break-glass)"],
            ["Domain controllers covered by MDI", "0 of 11", "11 of 11"],
            ["Risky sign-ins remediated automatically", "0 %", "87 %"],
        ],
        timeline=[
            ["Assess", "Apr 6 – Apr 17", ""],
            ["Build", "Apr 20 – May 15", "PIM pilot with IT"],
            ["Adopt", "May 18 – Jun 19", "All admins, MDI all DCs"],
            ["Hand over", "Jun 22 – Jun 26", ""],
        ],
        handover=["PIM operating guide and MDI alert-handling runbook delivered June 25, 2026."],
        signoff="docusign",
        signer=cust.contact,
    )
    meta = meta_for(BRIGHTLINE, "Relecloud - Engagement Closure Report", T(2026, 7, 2, 9, 30, tzh(-7)))
    signers = [
        ESigner(
            cust.contact,
            cust.name,
            T(2026, 6, 30, 9, 14, tzh(-7)),
            T(2026, 7, 1, 16, 2, tzh(-7)),
            T(2026, 7, 2, 8, 5, tzh(-7)),
            "198.51.100.77",
            "Customer signature:",
        ),
        ESigner(
            BRIGHTLINE.contact,
            BRIGHTLINE.name,
            T(2026, 6, 30, 9, 14, tzh(-7)),
            T(2026, 6, 30, 9, 20, tzh(-7)),
            T(2026, 6, 30, 9, 22, tzh(-7)),
            "203.0.113.24",
            "Brightline signature:",
        ),
    ]
    signed = stamp_text(report, "Date signed:", "7/2/2026", dx=58, dy=-2.5, size=8.8, color="#111111")
    signed = stamp_text(signed, "Date signed:", "6/30/2026", dx=58, dy=-2.5, size=8.8, color="#111111", hit=1)
    pdf = docusign_envelope(
        signed,
        seed=str(cid),
        subject="Complete with Docusign: Relecloud - Engagement Closure Report.pdf",
        sender=BRIGHTLINE.contact,
        sender_address=BRIGHTLINE.address,
        signers=signers,
        meta=meta,
        certificate=True,
    )
    docs = [("Relecloud - Engagement Closure Report (signed).pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=BRIGHTLINE,
        customer=cust,
        submitted=T(2026, 7, 15, 16, 40),
        workloads=["MICROSOFT DEFENDER FOR IDENTITY", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_brightline_relecloud_docusign",
        claim,
        {docs[0][0]: pdf},
        "approve",
        "Brightline's standard closure report (same template as its other claims, different customer, "
        "numbers and narrative) "
        "details Entra ID P2 (PIM, Identity Protection, access reviews) and Defender for Identity work for Relecloud; "
        "it is DocuSign-signed by Relecloud's Director of Infrastructure & Security on 7/2/2026 and the Certificate "
        "of Completion is appended. Dana Whitfield's adopted DocuSign signature (Brightline's side) is the same "
        "image on Brightline's other envelopes: the partner's own signature, not customer evidence.",
        "DocuSign 'DocuSigned by: Nathan Brooks' on the acceptance table and a Certificate of Completion "
        "listing nathan.brooks@relecloud.com, signed 7/2/2026.",
        cpor_exp(),
        container="zip-folder",
    )


def s4701026_brightline_tailwind_msp_signs() -> Bundle:
    cid, cust = 4701026, TAILWIND
    msp = Person("Greg Novak", "gnovak@netcare-it.com", "Service Delivery Manager, NetCare Managed IT")
    report = brightline_report(
        cust,
        project="Intune device management and Defender for Office 365 for the Tailwind Traders warehouses",
        ref="BCS-2026-0208",
        issued=D(2026, 8, 14),
        period="May 26 – August 7, 2026",
        background=[
            "Tailwind Traders operates five distribution centres in Ohio and Indiana. Its IT is outsourced to NetCare "
            "Managed IT, who "
            "acted as project lead on the customer side. 520 rugged Android handhelds and 230 Windows PCs "
            "were unmanaged, and phishing e-mails had led to two invoice-fraud attempts in 2025.",
        ],
        scope=[
            [
                "Microsoft Intune",
                "Android Enterprise dedicated devices and Windows enrolment",
                "520 Android, 230 Windows",
            ],
            [
                "Microsoft Defender for Office 365 (P2)",
                "Policy configuration, attack simulation training",
                "610 mailboxes",
            ],
        ],
        delivered=[
            (
                "Microsoft Intune",
                [
                    "520 Zebra handhelds enrolled as Android Enterprise dedicated devices with Managed Home Screen "
                    "and the WMS scanner app pinned.",
                    "230 Windows PCs enrolled; compliance and BitLocker policies; Windows Update for Business rings.",
                ],
            ),
            (
                "Microsoft Defender for Office 365",
                [
                    "Strict preset security policy for finance and executives (44 mailboxes), standard for the rest; "
                    "Safe Links and Safe Attachments on.",
                    "Impersonation protection for 12 executives and 30 supplier domains; two "
                    "attack-simulation campaigns (click rate 19 % to 6 %).",
                ],
            ),
        ],
        results=[["Managed Android handhelds", "0", "516"], ["Phishing reaching inboxes (weekly)", "~140", "~9"]],
        timeline=[
            ["Assess", "May 26 – Jun 5", ""],
            ["Build", "Jun 8 – Jun 26", ""],
            ["Adopt", "Jun 29 – Jul 31", ""],
            ["Hand over", "Aug 3 – Aug 7", "Runbooks to NetCare"],
        ],
        handover=[
            "Runbooks handed over to NetCare Managed IT, Tailwind Traders' IT service provider, on August 6, 2026."
        ],
        signoff="docusign",
        signer=msp,
    )
    meta = meta_for(BRIGHTLINE, "Tailwind Traders - Engagement Closure Report", T(2026, 8, 18, 10, 0, tzh(-4)))
    signers = [
        ESigner(
            msp,
            "NetCare Managed IT (for Tailwind Traders)",
            T(2026, 8, 17, 9, 0, tzh(-4)),
            T(2026, 8, 17, 13, 30, tzh(-4)),
            T(2026, 8, 18, 9, 12, tzh(-4)),
            "192.0.2.140",
            "Customer signature:",
        ),
        ESigner(
            BRIGHTLINE.contact,
            BRIGHTLINE.name,
            T(2026, 8, 17, 9, 0, tzh(-4)),
            T(2026, 8, 17, 9, 4, tzh(-4)),
            T(2026, 8, 17, 9, 6, tzh(-4)),
            "203.0.113.24",
            "Brightline signature:",
        ),
    ]
    signed = stamp_text(report, "Date signed:", "8/18/2026", dx=58, dy=-2.5, size=8.8, color="#111111")
    signed = stamp_text(signed, "Date signed:", "8/17/2026", dx=58, dy=-2.5, size=8.8, color="#111111", hit=1)
    pdf = docusign_envelope(
        signed,
        seed=str(cid),
        subject="Complete with Docusign: Tailwind Traders - Closure Report.pdf",
        sender=BRIGHTLINE.contact,
        sender_address=BRIGHTLINE.address,
        signers=signers,
        meta=meta,
        certificate=True,
        tz_label="(UTC-05:00) Eastern Time (US & Canada)",
    )
    docs = [("POE/Tailwind Traders Closure Report - signed.pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=BRIGHTLINE,
        customer=cust,
        submitted=T(2026, 8, 27, 15, 10),
        workloads=["INTUNE", "MICROSOFT DEFENDER FOR OFFICE"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_brightline_tailwind_signed_by_msp",
        claim,
        {docs[0][0]: pdf},
        "action_required",
        "The closure report is detailed and DocuSign-signed, but the signer is Greg Novak of NetCare Managed "
        "IT (gnovak@netcare-it.com), "
        "Tailwind Traders' outsourced IT provider, not anyone at Tailwind Traders (tailwindtraders.com). A "
        "third party's "
        "signature is not the customer's acknowledgement; the partner must provide acknowledgement from the customer "
        "itself. The Brightline template text and Dana Whitfield's adopted DocuSign signature, shared with "
        "other Brightline claims, are boilerplate. UNSURE: whether the "
        "domain check treats a DocuSign signer's address as an acknowledgement e-mail (fail) or does not apply.",
        "Certificate of Completion: signer 'Greg Novak, gnovak@netcare-it.com, NetCare Managed IT (for "
        "Tailwind Traders)'.",
        cpor_exp(customer_acknowledgement="fail", customer_domain=["fail", "warn", "not_applicable"]),
    )


def partner_doc(
    p: Partner,
    body: str,
    *,
    title: str,
    ref: str,
    when: dt.datetime,
    right: str = "",
    font_family: str = "sans-serif",
    size: float = 9.5,
    paper: str = "a4",
    footer: str | None = None,
    page_fmt: str = "Page {i} of {n}",
    images: dict[str, bytes] | None = None,
    meta: Meta | None = None,
) -> bytes:
    """A document in the partner's own Word template: logo header, rule, footer, page numbers."""
    return html_pdf(
        body,
        meta or meta_for(p, title, when),
        style=css(p.color, font_family, size),
        paper=paper,
        decorate=band_decor(
            p.name,
            right or ref,
            accent=p.color,
            logo=logo(p),
            footer=p.name + " · " + (footer if footer is not None else "Confidential"),
            page_fmt=page_fmt,
        ),
        seed=ref,
        images=images,
    )


def signoff_table(
    left: tuple[str, Person, str],
    right: tuple[str, Person, str] | None,
    *,
    sig_label: str = "Signature:",
    date_label: str = "Date:",
    name_label: str = "Name:",
    title_label: str = "Title:",
) -> str:
    """Sign-off block: (heading, person, company) per side; blank signature and date lines for ink or stamps."""
    sides = [left] + ([right] if right else [])
    head = "".join(f"<th>{escape(h)}</th>" for h, _, _ in sides)
    rows = [
        "".join(f"<td>{name_label} {escape(pp.name)}</td>" for _, pp, _ in sides),
        "".join(
            f"<td>{title_label} {escape(pp.title) + ', ' + escape(c) if pp.title else '&#160;'}</td>"
            for _, pp, c in sides
        ),
        "".join(f"<td>{sig_label}<br>&#160;<br>&#160;<br>&#160;<br>&#160;</td>" for _ in sides),
        "".join(f"<td>{date_label}</td>" for _ in sides),
    ]
    return "<table class='sig'><tr>" + head + "</tr>" + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>"


def rotate_point(x: float, y: float, size: tuple[int, int], angle: float) -> tuple[float, float]:
    """Where PIL's ``rotate(angle, expand=True)`` moves pixel (x, y) of an image of ``size``."""
    w, h = size
    a = math.radians(angle)
    cx, cy = w / 2, h / 2
    dx, dy = x - cx, y - cy
    rx = dx * math.cos(a) + dy * math.sin(a)
    ry = -dx * math.sin(a) + dy * math.cos(a)
    nw = abs(w * math.cos(a)) + abs(h * math.sin(a))
    nh = abs(w * math.sin(a)) + abs(h * math.cos(a))
    return rx + nw / 2, ry + nh / 2


def jpeg_pages_pdf(pages: Sequence[tuple[bytes, tuple[int, int]]], dpi: int, meta: Meta, seed: str) -> bytes:
    doc = pymupdf.open()
    for data, (w, h) in pages:
        page = doc.new_page(width=w * 72 / dpi, height=h * 72 / dpi)
        page.insert_image(page.rect, stream=data)
    return finish(doc, meta, seed)


def scanned_jpeg(
    pdf: bytes,
    page_no: int,
    inks: Sequence[Ink],
    seed: str,
    *,
    dpi: int,
    skew: float,
    rotate: int = 0,
    quality: int = 60,
) -> tuple[bytes, tuple[int, int]]:
    img = render(pdf, page_no, dpi)
    apply_inks(img, pdf, page_no, inks, dpi, seed)
    scan = scanify(img, seed, skew=skew, rotate=rotate)
    return jpeg(scan, quality), scan.size


MERIDIAN_FREIGHT = Customer(
    "Meridian Freight Ltd",
    "Meridian Freight",
    "meridianfreight.co.uk",
    "GB",
    Person("Claire Dawson", "claire.dawson@meridianfreight.co.uk", "Head of IT"),
)


def s4701003_meridian_affiliate() -> Bundle:
    cid, p, cust = 4701003, MERIDIAN, MERIDIAN_FREIGHT
    body = (
        "<h1>Defender Deployment – Completion Report</h1>"
        + kv(
            [
                ("Customer", cust.name),
                ("Engagement", "Microsoft Defender for Endpoint and Defender for Office 365 rollout"),
                ("Period", "12 January – 27 March 2026"),
                ("Reference", "MDP-SEC-26-014"),
            ]
        )
        + "<h2>Background</h2>"
        + paras(
            "As part of the Meridian Group 2026 security programme, Meridian Data Partners was asked by the Group CIO "
            "to bring every "
            "Group operating company onto Microsoft Defender. Meridian Freight, the Group's road-haulage business, "
            "runs 14 depots with 430 Windows devices and 380 mailboxes.",
        )
        + "<h2>Work delivered</h2>"
        + "<h3>Microsoft Defender for Endpoint</h3>"
        + ul(
            [
                "418 of 430 Windows devices onboarded via Group Policy and Intune co-management; 12 depot "
                "kiosks replaced.",
                "ASR rules in block mode for Office child processes and credential theft; EDR in block mode.",
                "Device tags per depot; alerts flow to the Group SOC.",
            ]
        )
        + "<h3>Microsoft Defender for Office 365</h3>"
        + ul(
            [
                "Standard preset policy for all 380 mailboxes, strict for finance (22).",
                "Safe Links and Safe Attachments; DMARC moved to p=quarantine for meridianfreight.co.uk.",
            ]
        )
        + grid(
            ["Measure", "Before", "After"],
            [["Devices onboarded to MDE", "0", "418"], ["Phishing reported by users per week", "35", "6"]],
        )
    )
    report = partner_doc(
        p,
        body,
        title="Meridian Freight - Defender completion",
        ref="MDP-SEC-26-014",
        when=T(2026, 3, 30, 14),
        footer=p.footer,
    )
    letter_html = (
        "<p style='font-size:15pt;color:#5b2a86'><b>Meridian Freight Ltd</b></p><p class='small'>A Meridian "
        "Group company · Meridian House, 40 Kirkstall Road, Leeds LS3 1LU</p><hr>"
        + paras(
            "31 March 2026",
            "Meridian Data Partners Ltd<br>3 Wellington Place<br>Leeds LS1 4AP",
            "<b>Acceptance – Microsoft Defender deployment (MDP-SEC-26-014)</b>",
            "We confirm that Meridian Data Partners has completed the deployment of Microsoft Defender for Endpoint "
            "(418 devices) and "
            "Microsoft Defender for Office 365 (380 mailboxes) across our 14 depots as described in the completion "
            "report dated 30 March 2026, and we accept the work.",
            "Yours sincerely,",
        )
        + "<p>Signed:<br>&#160;<br>&#160;</p>"
        + paras(
            "Claire Dawson<br>Head of IT, Meridian Freight Ltd",
            "<span class='small'>Meridian Freight Ltd is a subsidiary of Meridian Group Holdings plc. Registered in "
            "England no. 03318842.</span>",
        )
    )
    letter = html_pdf(
        letter_html,
        meta_for(None, "Acceptance letter", T(2026, 3, 31, 9), author="Claire Dawson"),
        style=css("#5b2a86", "serif", 10.5),
        seed=f"{cid}-letter",
    )
    letter_scan = scan_pdf(
        letter,
        meta_for(None, "Scan_31032026", T(2026, 3, 31, 11, 5)),
        f"{cid}-scan",
        inks=[sign_ink("Signed:", "Claire Dawson", dx=-30, dy=26)],
        dpi=150,
        skews=(-0.4,),
    )
    pdf = merge_pdfs([report, letter_scan], meta_for(p, "Meridian Freight - POE", T(2026, 4, 2, 9)), f"{cid}-merged")
    docs = [("MDP-SEC-26-014 POE Meridian Freight.pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=p,
        customer=cust,
        submitted=T(2026, 4, 7, 10, 30),
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_meridian_group_affiliate",
        claim,
        {docs[0][0]: pdf},
        "reject",
        "The evidence itself is complete (detailed report, signed acceptance), but the customer is a partner "
        "affiliate: "
        "the report says the work was done for the Meridian Group programme at the Group CIO's request, the customer's "
        "letterhead reads 'A Meridian Group company ... subsidiary of Meridian Group Holdings plc' and the partner's "
        "footer says Meridian Data Partners is a member of the Meridian Group. Partners and their affiliates cannot "
        "earn incentives for a customer that is a partner affiliate: reject.",
        "Letterhead 'Meridian Freight Ltd – A Meridian Group company'; partner footer 'Meridian Data Partners Ltd is "
        "a member of the Meridian Group of companies'.",
        cpor_exp(ineligible_customer="fail"),
    )


HOLLERBACH = Customer(
    "Brauerei Hollerbach GmbH & Co. KG",
    "Brauerei Hollerbach",
    "hollerbach-brauerei.de",
    "DE",
    Person("Dr. Katrin Vogt", "k.vogt@hollerbach-brauerei.de", "Leiterin IT / Head of IT"),
)


def s4701004_kestrel_hollerbach_rotated_scan() -> Bundle:
    cid, p, cust = 4701004, KESTREL, HOLLERBACH
    rows = [
        [
            "Microsoft 365 Copilot: Bereitstellung von 180 Lizenzen für Vertrieb, Brauerei-Planung und Verwaltung; "
            "Pilotgruppe mit 25 Nutzern ab 10.11.2025",
            "Microsoft 365 Copilot: rollout of 180 licences to sales, brewing planning and administration; pilot group "
            "of 25 users from 10 Nov 2025",
        ],
        [
            "Bereinigung der SharePoint-Berechtigungen (Oversharing) in 64 Team-Sites vor der Freigabe; Sensitivity "
            "Labels für Rezepturen",
            "Clean-up of SharePoint permissions (oversharing) on 64 team sites before enablement; sensitivity labels "
            "for recipes",
        ],
        [
            "6 Schulungen (Prompting, Copilot in Teams/Outlook/Excel) für 180 Nutzer; 12 Copilot-Champions benannt",
            "6 training sessions (prompting, Copilot in Teams/Outlook/Excel) for 180 users; 12 Copilot "
            "champions appointed",
        ],
        [
            "Viva Insights: Copilot-Dashboard eingerichtet, monatlicher Adoptionsbericht an die Geschäftsführung",
            "Viva Insights: Copilot dashboard set up, monthly adoption report to management",
        ],
        [
            "Ergebnis: 151 von 180 Nutzern aktiv (84 %) im Januar 2026",
            "Result: 151 of 180 users active (84 %) in January 2026",
        ],
    ]
    body = (
        "<h1>Abnahmeprotokoll / Acceptance Protocol</h1>"
        + kv(
            [
                ("Auftraggeber / Customer", escape(cust.name) + ", Bamberg"),
                ("Auftragnehmer / Partner", p.name),
                ("Projekt / Project", "Einführung Microsoft 365 Copilot / Microsoft 365 Copilot rollout"),
                ("Zeitraum / Period", "03.11.2025 – 30.01.2026"),
            ]
        )
        + "<h2>Erbrachte Leistungen / Services delivered</h2>"
        + grid(["Deutsch", "English"], rows)
        + "<h2>Abnahme / Acceptance</h2>"
        + paras(
            "Der Auftraggeber bestätigt die vollständige Erbringung der oben genannten Leistungen. / The "
            "customer confirms that the services listed above have been delivered in full."
        )
        + signoff_table(
            ("Für den Auftraggeber / For the customer", cust.contact, cust.short),
            ("Für Kestrel IT / For Kestrel IT", p.contact, p.name),
            sig_label="Unterschrift / Signature:",
            date_label="Ort, Datum / Place, date:",
            title_label="Funktion / Title:",
        )
    )
    doc = partner_doc(
        p,
        body,
        title="Abnahmeprotokoll Copilot Hollerbach",
        ref="KIT-P-2025-077",
        when=T(2026, 2, 10, 9),
        right="Abnahmeprotokoll · KIT-P-2025-077",
        footer="Vertraulich / Confidential",
        page_fmt="Seite {i} von {n}",
    )
    last = page_of(doc, "Unterschrift / Signature:")
    inks = [
        sign_ink("Unterschrift / Signature:", "Katrin Vogt", page=last, dx=-100),
        date_ink("Ort, Datum / Place, date:", "Bamberg, 12.02.2026", page=last),
        sign_ink("Unterschrift / Signature:", "Jonas Albrecht", page=last, dx=-100, hit=1, ink=(10, 10, 10)),
        date_ink("Ort, Datum / Place, date:", "Hamburg, 12.02.26", page=last, hit=1, ink=(10, 10, 10)),
    ]
    pdf = scan_pdf(
        doc,
        meta_for(
            None,
            "Scan_2026-02-12_0931",
            T(2026, 2, 12, 9, 31, tzh(1)),
            creator="RICOH IM C3000",
            producer="RICOH IM C3000",
        ),
        f"{cid}",
        inks=inks,
        dpi=150,
        skews=(0.5, -0.3),
        rotations=(90,),
    )
    docs = [("Abnahmeprotokoll_Copilot_Hollerbach_unterschrieben.pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=T(2026, 2, 26, 8, 45),
        workloads=["MICROSOFT 365 COPILOT", "VIVA INSIGHTS"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_kestrel_hollerbach_bilingual_rotated_scan",
        claim,
        {docs[0][0]: pdf},
        "approve",
        "Bilingual German/English acceptance protocol (every line has an English column), scanned sideways "
        "(pages rotated "
        "90 degrees, 150 dpi, image only). It names Kestrel IT and Brauerei Hollerbach, details the Copilot rollout "
        "(180 licences, 64 sites cleaned, training, champions) and the Viva Insights Copilot dashboard, and is signed "
        "by the customer's Head of IT 'Bamberg, 12.02.2026' (German dotted date = 12 February 2026), two weeks before "
        "submission.",
        "Sideways scan: 'Für den Auftraggeber / For the customer – Dr. Katrin Vogt' with handwritten signature and "
        "'Bamberg, 12.02.2026'.",
        cpor_exp(),
    )


GLENMORROW = Customer(
    "Glenmorrow Distillers Ltd",
    "Glenmorrow",
    "glenmorrow.co.uk",
    "GB",
    Person("Alasdair Munro", "alasdair.munro@glenmorrow.co.uk", "IT & Compliance Manager"),
)


def s4701005_thistle_glenmorrow_old_signature() -> Bundle:
    cid, p, cust = 4701005, THISTLE, GLENMORROW
    body = (
        "<h1>Statement of Work</h1><p class='muted'>Microsoft Purview Information Protection and Defender for Office "
        "365</p>"
        + kv(
            [
                ("Customer", cust.name),
                ("Supplier", p.name),
                ("SOW number", "TC-SOW-2024-112"),
                ("Term", "1 February 2025 – 31 January 2027 (deployment, then managed service)"),
            ]
        )
        + "<h2>1. Scope</h2>"
        + ul(
            [
                "Sensitivity label taxonomy (Public, Internal, Confidential, Excise-Restricted) for 240 "
                "users; auto-labelling for HMRC excise returns.",
                "DLP policies for Exchange, SharePoint and OneDrive covering bonded-warehouse stock records "
                "and customer card data.",
                "Defender for Office 365 Plan 2: preset policies, impersonation protection for directors and "
                "18 distributor domains, quarterly attack simulations.",
                "Managed service: monthly policy review, label analytics, incident triage for DLP and phishing alerts.",
            ]
        )
        + "<h2>2. Milestones</h2>"
        + grid(
            ["Milestone", "Target"],
            [
                ["Label taxonomy approved", "28 February 2025"],
                ["Labels and DLP in production", "30 April 2025"],
                ["Defender for Office 365 hardening", "31 May 2025"],
                ["Managed service start", "1 June 2025"],
            ],
        )
        + "<h2>3. Charges</h2><p>Deployment: fixed fee £38,400. Managed service: £2,150 per month.</p>"
        + "<h2>4. Signatures</h2>"
        + signoff_table(
            ("For the Customer", cust.contact, cust.name),
            ("For Thistle Cloud", p.contact, p.name),
            sig_label="Signature:",
            date_label="Date signed:",
        )
    )
    sow = partner_doc(p, body, title="TC-SOW-2024-112", ref="TC-SOW-2024-112", when=T(2025, 1, 16, 12))
    sow = stamp_text(sow, "Date signed:", "20/01/2025", dx=58, dy=-2.5, size=8.8, color="#111111")
    sow = stamp_text(sow, "Date signed:", "17/01/2025", dx=58, dy=-2.5, size=8.8, color="#111111", hit=1)
    signers = [
        ESigner(
            p.contact,
            p.name,
            T(2025, 1, 17, 10, 2),
            T(2025, 1, 17, 10, 5),
            T(2025, 1, 17, 10, 6),
            "203.0.113.88",
            "Signature:",
            hit=1,
        ),
        ESigner(
            cust.contact,
            cust.name,
            T(2025, 1, 17, 10, 7),
            T(2025, 1, 20, 8, 55),
            T(2025, 1, 20, 9, 1),
            "198.51.100.140",
            "Signature:",
        ),
    ]
    signed = docusign_envelope(
        sow,
        seed=str(cid),
        subject="Please DocuSign: TC-SOW-2024-112 Glenmorrow.pdf",
        sender=p.contact,
        sender_address=p.address,
        signers=signers,
        meta=meta_for(p, "TC-SOW-2024-112", T(2025, 1, 20, 9, 2)),
        certificate=True,
        tz_label="(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
    )

    def fill(d: Any) -> None:
        docx_heading(d, "Glenmorrow – Monthly Service Review, May 2026", 1, "6A1B9A")
        d.add_paragraph("Prepared by Fiona McLeod, Thistle Cloud, 3 June 2026.")
        docx_table(
            d,
            [
                ["Area", "May 2026"],
                ["Documents auto-labelled Excise-Restricted", "1,204"],
                ["DLP incidents triaged", "37 (2 true positives)"],
                ["Phishing blocked (Defender for Office 365)", "4,880"],
                ["Attack simulation click rate", "4.1 %"],
            ],
        )
        d.add_paragraph(
            "Actions agreed for June: extend auto-labelling to the Speyside bottling site; review of impersonation "
            "list."
        )

    review = docx_bytes(fill, author="Fiona McLeod", created=T(2026, 6, 3, 15), title="Service Review May 2026")
    docs = [("TC-SOW-2024-112 Glenmorrow (signed).pdf", "poe"), ("Glenmorrow Service Review May 2026.docx", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=p,
        customer=cust,
        submitted=T(2026, 6, 10, 11, 20),
        workloads=["MICROSOFT DEFENDER FOR OFFICE", "MICROSOFT INFORMATION PROTECTION"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_thistle_glenmorrow_signature_over_12_months",
        claim,
        {docs[0][0]: signed, docs[1][0]: review},
        "action_required",
        "The only customer acknowledgement is the DocuSign signature on the SOW dated 20 January 2025 (Certificate "
        "of Completion: signed 1/20/2025), almost 17 months before submission on 2026-06-10. Usage POE older than 12 "
        "months needs a recent POE or customer acknowledgement confirming the engagement; the May 2026 service review "
        "is Thistle's own Word document with no customer acknowledgement, so it does not count. Ask for a "
        "recent customer confirmation (an e-mail describing the work is enough).",
        "SOW signature 'Date signed: 20/01/2025' and DocuSign 'Signed: 1/20/2025'; the 2026 service review "
        "has no customer sign-off.",
        cpor_exp(acknowledgement_date="fail"),
        container="zip",
    )


# ---- Cobalt Shield: SOC service report template (the service description is Cobalt's boilerplate) ----
COBALT_ABOUT = (
    "Cobalt Shield MDR is a 24x7 managed detection and response service run from our security operations centres in "
    "Austin "
    "and Dublin. Analysts triage, investigate and respond to every incident and alert raised in Microsoft Defender "
    "XDR and Microsoft Defender for Cloud, manage the customer's Microsoft Sentinel workspace, hunt proactively "
    "across Defender "
    "and Sentinel data, assess security configuration and tune detections. This report is produced monthly for each "
    "customer."
)
COBALT_SCOPE = [
    "24x7 SOC: triage, investigation and response for incidents and alerts in Microsoft Defender XDR (Endpoint, Office "
    "365, Identity, Cloud Apps) and Defender for Cloud",
    "Microsoft Sentinel management: data connectors, analytics rules, automation playbooks, incident handling",
    "Proactive threat hunting in Defender XDR advanced hunting and Sentinel",
    "Security configuration assessment (Secure Score, Defender for Cloud recommendations) with remediation advice",
    "Alert tuning and custom detections",
]


def cobalt_report(
    cust: Customer,
    *,
    month_label: str,
    issued: dt.datetime,
    ref: str,
    contract: str,
    kpis: Sequence[tuple[str, str]],
    incidents: Sequence[Sequence[str]],
    hunts: Sequence[str],
    tuning: Sequence[str],
    connectors: str,
    coverage: Sequence[Sequence[str]],
    score: tuple[Sequence[str], Sequence[float]],
) -> bytes:
    p = COBALT
    chart = bar_chart("Microsoft Secure Score (%)", score[0], [score[1]], ["#12355b"], ["Secure Score"], w=900, h=300)
    body = (
        f"<h1>Managed Detection &amp; Response – Monthly Service Report</h1><p class='muted'>{escape(cust.name)} · "
        f"{month_label}</p>"
        + kv(
            [
                ("Customer", escape(cust.name)),
                ("Contract", contract),
                ("Reporting period", month_label),
                ("Service manager", f"{p.contact.name} ({p.contact.email})"),
                ("Report reference", ref),
            ]
        )
        + "<h2>About this service</h2>"
        + paras(COBALT_ABOUT)
        + "<h3>Service scope</h3>"
        + ul(COBALT_SCOPE)
        + "<h2>1. Service KPIs</h2>"
        + grid(["Measure", "This period"], [list(k) for k in kpis])
        + "<h2>2. Incidents handled</h2>"
        + grid(["ID", "Severity", "Summary", "Response"], incidents)
        + "<h2>3. Threat hunting</h2>"
        + ul(hunts)
        + "<h2>4. Tuning and custom detections</h2>"
        + ul(tuning)
        + "<h2>5. Sentinel and coverage</h2>"
        + paras(connectors)
        + grid(["Source", "Assets covered"], coverage)
        + "<h2>6. Security configuration</h2>"
        + "<img src='score.png' width='440'/>"
    )
    return partner_doc(
        p,
        body,
        title=f"{cust.short} MDR report {month_label}",
        ref=ref,
        when=issued,
        right=f"MDR Monthly Report · {month_label}",
        footer="TLP:AMBER – customer confidential",
        images={"score.png": chart},
    )


WOODGROVE = Customer(
    "Woodgrove Bank",
    "Woodgrove",
    "woodgrovebank.com",
    "US",
    Person("Helena Brandt", "helena.brandt@woodgrovebank.com", "Chief Information Security Officer"),
)
TREY = Customer(
    "Trey Research Inc.",
    "Trey Research",
    "treyresearch.net",
    "US",
    Person("Devon Park", "dpark@treyresearch.net", "Director of IT"),
)


def s4701006_cobalt_woodgrove_mss() -> Bundle:
    cid, p, cust = 4701006, COBALT, WOODGROVE
    report = cobalt_report(
        cust,
        month_label="March 2026",
        issued=T(2026, 4, 3, 16, 0, tzh(-5)),
        ref="CS-MDR-WGB-2026-03",
        contract="MDR-2026-0031 (Jan 2026 – Dec 2028)",
        kpis=[
            ("Alerts triaged", "1,912"),
            ("Incidents investigated", "61"),
            ("Confirmed true-positive incidents", "2"),
            ("Mean time to acknowledge (P1/P2)", "6 min"),
            ("Mean time to contain (P1)", "38 min"),
            ("Threat hunts run", "9"),
        ],
        incidents=[
            [
                "INC-3312",
                "High",
                "Adversary-in-the-middle phishing against 3 treasury users; session cookie replay from a VPS",
                "Sessions revoked, tokens invalidated, CA policy for treasury to compliant devices only",
            ],
            [
                "INC-3390",
                "Medium",
                "Unapproved remote-management tool installed on a teller PC at the Ridgeway branch",
                "Device isolated via MDE, tool removed, custom detection added",
            ],
        ],
        hunts=[
            "Kerberoasting patterns across 4 domain controllers (no findings)",
            "OAuth consent grants to unverified apps (2 apps revoked)",
            "Living-off-the-land binaries on 4,812 endpoints: certutil and mshta usage baselined",
        ],
        tuning=[
            "14 Sentinel analytics rules tuned (false positives down 41 %)",
            "New custom detection: RMM tools outside the approved list",
            "Automation playbook: auto-disable user on confirmed AiTM sign-in",
        ],
        connectors="Sentinel workspace wgb-sentinel-prod ingests Defender XDR, Entra ID sign-in and audit logs, Azure "
        "Activity, Palo Alto firewalls (CEF) and the core-banking audit feed (custom table): 212 GB/day.",
        coverage=[
            ["Microsoft Defender for Endpoint", "4,812 devices"],
            ["Defender for Office 365", "3,950 mailboxes"],
            ["Defender for Identity", "16 domain controllers"],
            ["Defender for Cloud", "41 Azure subscriptions"],
        ],
        score=(["Oct", "Nov", "Dec", "Jan", "Feb", "Mar"], [58, 61, 63, 66, 70, 72]),
    )
    ask = Mail(
        p.contact,
        (cust.contact,),
        T(2026, 4, 6, 9, 12, tzh(-5)),
        "Woodgrove Bank – MDR monthly service report, March 2026",
        "Hi Helena,\n\nPlease find attached the March MDR service report. Highlights: the AiTM phishing incident on "
        "March 11 (contained in 38 minutes), "
        "the RMM tool at Ridgeway, 9 hunts and 14 Sentinel rules tuned. Secure Score is now 72 %.\n\nWe will "
        "walk through it at Thursday's service review.",
        signature=partner_sig(p),
        seed=f"{cid}-ask",
        attachments=(("CS-MDR-WGB-2026-03.pdf", report),),
    )
    raj = Person("Raj Malhotra", "raj.malhotra@woodgrovebank.com", "SOC Liaison")
    fw = Mail(
        cust.contact,
        (raj,),
        T(2026, 4, 6, 10, 3, tzh(-5)),
        "FW: Woodgrove Bank – MDR monthly service report, March 2026",
        "Raj – please go through this before Thursday's service review, especially INC-3390 at Ridgeway.\n\nH.",
        quote=replace(ask, attachments=()),
        seed=f"{cid}-fw",
    )
    raj_reply = Mail(
        raj,
        (cust.contact,),
        T(2026, 4, 9, 8, 15, tzh(-5)),
        "RE: FW: Woodgrove Bank – MDR monthly service report, March 2026",
        "Helena, the numbers match our ticket queue and the fraud team's log. Fine to approve from the SOC "
        "side.\n\nRaj",
        quote=fw,
        seed=f"{cid}-raj",
    )
    reply = Mail(
        cust.contact,
        (p.contact,),
        T(2026, 4, 10, 17, 40, tzh(-5)),
        "RE: FW: Woodgrove Bank – MDR monthly service report, March 2026",
        "Marcus,\n\nThanks. We reviewed the March report in Thursday's service review with Raj (see his note "
        "below) and the fraud team.\n\n"
        "Confirming that Cobalt Shield continues to run Woodgrove's 24x7 SOC on Defender XDR and Sentinel under the "
        "MDR agreement "
        "(renewed in January for 2026-2028), and the report reflects the work done: 1,912 alerts triaged, "
        "the two confirmed incidents "
        "(the AiTM phishing on March 11 and the RMM install at Ridgeway), the weekly hunts and the 14 analytics rules "
        "tuned.\n\nApproved.",
        cc=(raj,),
        signature=sig_block(cust.contact, "Woodgrove Bank", "This e-mail is classified INTERNAL."),
        quote=raj_reply,
        seed=f"{cid}-reply",
    )
    docs = [
        ("CS-MDR-WGB-2026-03.pdf", "poe"),
        ("RE FW Woodgrove Bank MDR monthly service report March 2026.msg", "poe"),
    ]
    claim = make_claim(
        cid,
        program="cpor",
        kind="managed_security_services",
        area="Security",
        partner=p,
        customer=cust,
        submitted=T(2026, 4, 20, 14, 5),
        workloads=["MANAGED SECURITY SERVICES"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_cobalt_woodgrove_mss_report_msg",
        claim,
        {docs[0][0]: report, docs[1][0]: msg_file(reply)},
        "approve",
        "Managed security services claim: Cobalt's monthly MDR report shows the five qualifying activities "
        "with Woodgrove-specific "
        "figures (24x7 triage in Defender XDR incl. Defender for Endpoint on 4,812 devices, Sentinel "
        "management, hunts, "
        "configuration assessment, tuning/custom detections). The CISO's reply to Cobalt from woodgrovebank.com "
        "(2026-04-10, .msg; it quotes her internal forward of the report to the SOC liaison and his answer) confirms "
        "Cobalt runs the 24x7 SOC and approves the report. Cobalt's 'About this service' text and scope "
        "list and its e-mail footer are the same on every Cobalt claim: boilerplate.",
        "Outlook reply from helena.brandt@woodgrovebank.com: 'Confirming that Cobalt Shield continues to run "
        "Woodgrove's 24x7 SOC ... Approved.'",
        cpor_exp(customer_domain="pass"),
    )


def s4701032_cobalt_trey_mss() -> Bundle:
    cid, p, cust = 4701032, COBALT, TREY
    report = cobalt_report(
        cust,
        month_label="July 2026",
        issued=T(2026, 8, 4, 11, 0, tzh(-5)),
        ref="CS-MDR-TRY-2026-07",
        contract="MDR-2025-0112 (Sep 2025 – Aug 2027)",
        kpis=[
            ("Alerts triaged", "734"),
            ("Incidents investigated", "27"),
            ("Confirmed true-positive incidents", "1"),
            ("Mean time to acknowledge (P1/P2)", "8 min"),
            ("Mean time to contain (P1)", "22 min"),
            ("Threat hunts run", "6"),
        ],
        incidents=[
            [
                "INC-4120",
                "High",
                "Ransomware precursor on the genomics lab file server: Cobalt Strike beacon via a "
                "compromised contractor VPN account",
                "Server isolated, account disabled, beacon removed, 3 hosts re-imaged; no encryption occurred",
            ]
        ],
        hunts=[
            "Contractor VPN accounts signing in outside working hours (1 account disabled)",
            "Large outbound transfers from lab instruments subnets (none)",
            "Unsigned drivers loaded on lab PCs (4 remediated)",
        ],
        tuning=[
            "Custom detection for SMB enumeration from the VPN pool",
            "Sentinel rule for mass file renames on \\\\lab-fs01",
            "Suppression of backup-agent false positives (−120 alerts/month)",
        ],
        connectors="Sentinel workspace trey-soc ingests Defender XDR, Entra ID, Azure Activity, Fortinet VPN logs and "
        "the LIMS audit log: 38 GB/day.",
        coverage=[
            ["Microsoft Defender for Endpoint", "1,140 devices"],
            ["Defender for Office 365", "960 mailboxes"],
            ["Defender for Cloud", "6 Azure subscriptions"],
        ],
        score=(["Feb", "Mar", "Apr", "May", "Jun", "Jul"], [49, 52, 55, 57, 61, 64]),
    )
    ask = Mail(
        p.contact,
        (cust.contact,),
        T(2026, 8, 4, 11, 30, tzh(-5)),
        "Trey Research – MDR report July 2026",
        "Hi Devon,\n\nAttached is the July MDR report. The main item is INC-4120, the beacon on lab-fs01 on July 19, "
        "contained before any encryption. Please let me know if you have questions before our monthly call.",
        signature=partner_sig(p),
        seed=f"{cid}-ask",
        attachments=(("CS-MDR-TRY-2026-07.pdf", report),),
    )
    reply = Mail(
        cust.contact,
        (p.contact,),
        T(2026, 8, 11, 14, 3, tzh(-4)),
        "RE: Trey Research – MDR report July 2026",
        "Hi Marcus,\n\nConfirming receipt and acceptance of the July MDR report. Your analysts' handling of the beacon "
        "on lab-fs01 on July 19 "
        "was excellent - containment in 22 minutes and no data lost.\n\nFor the record, Cobalt Shield "
        "remains our managed SOC provider for Defender XDR, "
        "Defender for Cloud and Sentinel, and we're happy with the new detections for the VPN pool.\n\nThanks,\nDevon",
        signature=sig_block(cust.contact, "Trey Research Inc.", "Cambridge, MA"),
        quote=replace(ask, attachments=()),
        seed=f"{cid}-reply",
    )
    printed = printed_mail_pdf(
        reply,
        cust.contact,
        meta_for(None, "Mail - Devon Park - Outlook", T(2026, 8, 12, 9, 0, tzh(-4)), author="Devon Park"),
        f"{cid}-print",
        browser=True,
    )
    docs = [("MDR report July 2026.pdf", "poe"), ("Customer confirmation - Trey Research.pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="managed_security_services",
        area="Security",
        partner=p,
        customer=cust,
        submitted=T(2026, 8, 19, 13, 0),
        workloads=["MANAGED SECURITY SERVICES"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_cobalt_trey_mss_owa_print",
        claim,
        {docs[0][0]: report, docs[1][0]: printed},
        "approve",
        "Second Cobalt MSS claim: the same Cobalt report template and service description as claim 4701006 (partner "
        "boilerplate) but Trey Research's own figures, incident (beacon on lab-fs01, July 19), hunts and tuning. The "
        "acknowledgement is Devon Park's reply from treyresearch.net, printed from Outlook on the web, accepting the "
        "July report and stating Cobalt is Trey's managed SOC provider. The quoted Cobalt message carries Cobalt's "
        "standard footer, as on every Cobalt e-mail.",
        "Printed Outlook-web e-mail from dpark@treyresearch.net: 'Confirming receipt and acceptance of the July MDR "
        "report ... Cobalt Shield remains our managed SOC provider'.",
        cpor_exp(customer_domain="pass"),
        container="zip",
    )


# ---- Tessellate: bilingual acceptance certificate (acta) ----
VALDEMORA = Customer(
    "Bodegas Valdemora S.A.",
    "Bodegas Valdemora",
    "valdemora.es",
    "ES",
    Person("Carmen Ibáñez Soler", "cibanez@valdemora.es", "Directora de Atención al Cliente / Head of Customer Care"),
)
CONSERVAS = Customer(
    "Conservas Marinas del Cantábrico S.L.",
    "Conservas del Cantábrico",
    "conservascantabrico.es",
    "ES",
    Person(
        "Iñaki Etxeberria Goñi", "ietxeberria@conservascantabrico.es", "Director de Operaciones / Head of Operations"
    ),
)


def tessellate_acta(
    cust: Customer, *, ref: str, period: str, rows: Sequence[Sequence[str]], when: dt.datetime
) -> tuple[bytes, bytes]:
    p = TESSELLATE
    page1 = (
        "<h1>Acta de aceptación del servicio<br>Service acceptance certificate</h1>"
        + kv(
            [
                ("Cliente / Customer", escape(cust.name)),
                ("Proveedor / Partner", p.name),
                (
                    "Proyecto / Project",
                    "Implantación de Dynamics 365 Customer Service / Dynamics 365 Customer Service implementation",
                ),
                ("Periodo / Period", period),
                ("Referencia / Reference", ref),
            ]
        )
        + "<h2>Trabajos realizados / Work delivered</h2>"
        + grid(["Español", "English"], rows)
    )
    page2 = (
        "<h2>Aceptación / Acceptance</h2>"
        + paras(
            f"{escape(cust.name)} declara que los servicios descritos en la página 1 han sido prestados por {p.name} "
            "y los acepta.",
            f"{escape(cust.name)} declares that the services described on page 1 have been delivered by {p.name} and "
            "accepts them.",
        )
        + signoff_table(
            ("Por el cliente / For the customer", cust.contact, cust.name),
            ("Por Tessellate / For Tessellate", p.contact, p.name),
            sig_label="Firma / Signature:",
            date_label="Fecha / Date:",
            name_label="Nombre / Name:",
            title_label="Cargo / Title:",
        )
    )
    one = partner_doc(
        p, page1, title=f"Acta {ref}", ref=ref, when=when, page_fmt="Página 1 de 2", footer="Confidencial"
    )
    two = partner_doc(
        p, page2, title=f"Acta {ref}", ref=ref, when=when, page_fmt="Página 2 de 2", footer="Confidencial"
    )
    return one, two


@functools.cache
def valdemora_scan() -> tuple[bytes, tuple[bytes, tuple[int, int]], bytes]:
    rows = [
        [
            "Gestión de casos para 46 agentes en 3 canales: correo, teléfono (integración con la centralita) y portal "
            "web de distribuidores",
            "Case management for 46 agents on 3 channels: e-mail, phone (PBX integration) and the "
            "distributor web portal",
        ],
        [
            "Acuerdos de nivel de servicio (SLA) de 3 niveles y colas por región (Rioja, Ribera, Exportación)",
            "Three-tier SLAs and queues per region (Rioja, Ribera, Export)",
        ],
        [
            "Base de conocimiento con 320 artículos migrados desde la intranet",
            "Knowledge base with 320 articles migrated from the intranet",
        ],
        [
            "Integración con Outlook y con el ERP para consultar pedidos de distribuidores",
            "Integration with Outlook and with the ERP to look up distributor orders",
        ],
        [
            "Panel de Power BI para 5 supervisores; formación de 46 agentes y 5 supervisores",
            "Power BI dashboard for 5 supervisors; training of 46 agents and 5 supervisors",
        ],
        [
            "Resultado: 4.180 casos gestionados en febrero de 2026; primera respuesta media de 9 h a 2,5 h",
            "Result: 4,180 cases handled in February 2026; average first response from 9 h to 2.5 h",
        ],
    ]
    one, two = tessellate_acta(
        VALDEMORA, ref="TS-D365CS-0931", period="13/10/2025 – 06/03/2026", rows=rows, when=T(2026, 3, 9, 10)
    )
    inks = [
        sign_ink("Firma / Signature:", "Carmen Ibáñez", dx=-90),
        date_ink("Fecha / Date:", "17/03/2026"),
        sign_ink("Firma / Signature:", "Lucía Navarro", dx=-90, hit=1, ink=(12, 12, 12)),
        date_ink("Fecha / Date:", "17/03/2026", hit=1, ink=(12, 12, 12)),
    ]
    p1 = scanned_jpeg(one, 0, [], "4701007-p1", dpi=120, skew=0.3, rotate=180)
    p2 = scanned_jpeg(two, 0, inks, "4701007-p2", dpi=120, skew=0.3)
    meta = meta_for(
        None,
        "SCAN0317",
        T(2026, 3, 17, 12, 48, tzh(1)),
        author="",
        creator="Canon iR-ADV C5535",
        producer="Canon iR-ADV C5535",
    )
    return jpeg_pages_pdf([p1, p2], 120, meta, "4701007"), p2, two


def s4701007_tessellate_valdemora_acta() -> Bundle:
    cid, p, cust = 4701007, TESSELLATE, VALDEMORA
    pdf, _, _ = valdemora_scan()
    docs = [("POE/Acta_aceptacion_Valdemora_firmada.pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Business Applications",
        partner=p,
        customer=cust,
        submitted=T(2026, 3, 30, 9, 25),
        workloads=["DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE"],
        docs=docs,
        comments=[
            (
                "partner",
                T(2026, 3, 30, 9, 20),
                "Acta firmada por el cliente (bilingüe ES/EN). The first page scanned upside down, sorry.",
            )
        ],
    )
    return Bundle(
        f"{cid}_tessellate_valdemora_acta_180",
        claim,
        {docs[0][0]: pdf},
        "approve",
        "Bilingual Spanish/English acceptance certificate, image-only scan at 120 dpi with page 1 upside down (rotated "
        "180 degrees). It names Tessellate and Bodegas Valdemora, details the Dynamics 365 Customer Service "
        "implementation "
        "(46 agents, 3 channels, SLAs, knowledge base, ERP integration, results) and page 2 carries the customer's "
        "Head of Customer Care handwritten signature dated 17/03/2026 (day-first), 13 days before submission. This "
        "signed page is the original of the page re-used on claim 4701043.",
        "Page 2 (upright): 'Por el cliente / For the customer – Carmen Ibáñez Soler', handwritten signature, 'Fecha "
        "/ Date: 17/03/2026'.",
        cpor_exp(),
    )


def s4701043_tessellate_conservas_doctored_page() -> Bundle:
    cid, p, cust = 4701043, TESSELLATE, CONSERVAS
    _, (orig_jpeg, size), orig_vector = valdemora_scan()
    rows = [
        [
            "Gestión de casos para 22 agentes en 2 canales: correo y teléfono",
            "Case management for 22 agents on 2 channels: e-mail and phone",
        ],
        [
            "Colas para clientes de gran distribución y para exportación",
            "Queues for retail chains and for export customers",
        ],
        [
            "Base de conocimiento con 140 artículos sobre trazabilidad y lotes",
            "Knowledge base with 140 articles on traceability and batches",
        ],
        ["Integración con Outlook; formación de 22 agentes", "Outlook integration; training of 22 agents"],
    ]
    one, _ = tessellate_acta(
        cust, ref="TS-D365CS-1044", period="04/03/2026 – 19/06/2026", rows=rows, when=T(2026, 6, 22, 10)
    )
    p1 = scanned_jpeg(one, 0, [], f"{cid}-p1", dpi=120, skew=-0.2)
    dpi = 120
    doc = pymupdf.open()
    first = doc.new_page(width=p1[1][0] * 72 / dpi, height=p1[1][1] * 72 / dpi)
    first.insert_image(first.rect, stream=p1[0])
    page = doc.new_page(width=size[0] * 72 / dpi, height=size[1] * 72 / dpi)
    page.insert_image(page.rect, stream=orig_jpeg)  # the very image of claim 4701007's signed page
    # the doctoring: white boxes over the old customer's name and signatory, new text typed on top
    unrotated = render(orig_vector, 0, dpi).size
    with pymupdf.open("pdf", orig_vector) as src:
        spots = []
        for old, new in (
            (VALDEMORA.name, cust.name),
            (VALDEMORA.contact.name, cust.contact.name),
            ("Directora de Atención al Cliente", "Director de Operaciones"),
        ):
            for r in src[0].search_for(old):
                spots.append((r, new))
    k = dpi / 72
    for r, new in spots:
        x0, y0 = rotate_point(r.x0 * k, r.y0 * k, unrotated, 0.3)
        x1, y1 = rotate_point(r.x1 * k, r.y1 * k, unrotated, 0.3)
        box = pymupdf.Rect(min(x0, x1) / k - 1.5, min(y0, y1) / k - 1.5, max(x0, x1) / k + 2, max(y0, y1) / k + 1.5)
        page.draw_rect(box, color=None, fill=(0.965, 0.965, 0.965))
        size = min(8.4, 0.97 * (box.width - 2) / pymupdf.get_text_length(new, fontname="helv", fontsize=1))
        page.insert_text((box.x0 + 1, box.y1 - 2.2), new, fontsize=size, fontname="helv", color=(0.12, 0.12, 0.12))
    pdf = finish(
        doc,
        meta_for(
            None,
            "Acta_Conservas_firmada",
            T(2026, 6, 30, 18, 2, tzh(2)),
            author="lnavarro",
            creator="Adobe Acrobat Pro (64-bit) 25.1",
            producer="Adobe PDF Library 25.1",
        ),
        f"{cid}",
    )
    docs = [("Acta_aceptacion_Conservas_Cantabrico_firmada.pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Business Applications",
        partner=p,
        customer=cust,
        submitted=T(2026, 7, 2, 12, 10),
        workloads=["DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_tessellate_conservas_reused_signed_page",
        claim,
        {docs[0][0]: pdf},
        "action_required",
        "Page 2 (the signed acceptance) is the exact scanned image of the signed page filed on claim 4701007 "
        "for Bodegas "
        "Valdemora - same signature strokes, same handwritten '17/03/2026' on both lines - with white boxes pasted "
        "over the customer and signatory names and Conservas del Cantábrico's details typed on top. The signature is "
        "copied from another claim, so there is no genuine acknowledgement from this customer; the handwritten date "
        "even predates the project period on page 1 (04/03/2026 - 19/06/2026). UNSURE: looking at this bundle alone "
        "a reviewer may notice the pasted boxes and the date or may not, so the acknowledgement check alone can pass "
        "or fail; in the queue the re-use is plain.",
        "Page 2 is pixel-identical to claim 4701007's signed page except for grey-white boxes with typed 'Conservas "
        "Marinas del Cantábrico S.L.' / 'Iñaki Etxeberria Goñi'.",
        cpor_exp(
            reused_evidence="fail",
            customer_acknowledgement=["pass", "fail", "warn"],
            acknowledgement_date=["pass", "fail", "warn"],
        ),
    )


# ==============================================================================================
# partner activities: engagements, invoices, surveys
# ==============================================================================================
ENG_TPE = ("MCI-SEC-TPE-V26", "Security Pre-Sales Variable Threat Protection Engagement", "standard")
ENG_BAE = ("MCI-BA-ENV-V26", "Business Applications Pre-Sales Variable Envisioning Workshop", "standard")
ENG_CPE = ("MCI-MW-CPE-V26", "Copilot Pre-Sales Variable Envisioning Workshop", "standard")
ENG_AZA = ("MCI-AZ-MIG-A26", "Azure Pre-Sales Variable Migration Assessment", "assessment")


def var_eng(e: tuple[str, str, str], usd: float) -> dict[str, Any]:
    return engagement(e[0], e[1], e[2], "variable", usd)


def pa_invoice(
    p: Partner, cid: int, eng_name: str, cust: Customer, amount: float, issued: dt.date, number: str, **kw: Any
) -> bytes:
    return invoice_pdf(
        p,
        number=number,
        issued=issued,
        bill_to="Microsoft Corporation – MCI Engagements<br>One Microsoft Way, Redmond, WA 98052, USA",
        lines=[(f"MCI engagement claim ID {cid}: {eng_name} delivered to {cust.name}", amount)],
        seed=f"{cid}-{number}",
        **kw,
    )


def surveys(
    cid: int,
    cust: Customer,
    p: Partner,
    *,
    customer_done: dt.datetime,
    partner_done: dt.datetime,
    deal: str = "60000",
    next_steps: str = "Customer is planning a production deployment next quarter.",
    cust_sig: tuple[str, str, str] | None = None,
    partner_sig_: tuple[str, str, str] | None = None,
    stakeholders: str = "7",
) -> tuple[bytes, bytes]:
    c = attestation(
        str(cid),
        "customer",
        customer_done,
        list(zip(CUSTOMER_Q, ["Yes", "Very satisfied", "Yes", "Likely"], strict=True)),
        *(cust_sig or (cust.contact.name, cust.name, cust.contact.title)),
    )
    pp = attestation(
        str(cid),
        "partner",
        partner_done,
        list(zip(PARTNER_Q, ["Yes", stakeholders, deal, next_steps], strict=True)),
        *(partner_sig_ or (p.contact.name, p.name, p.contact.title)),
    )
    return c, pp


def pa_docs(
    poe: Sequence[tuple[str, bytes]],
    invoice: tuple[str, bytes] | None,
    atts: tuple[bytes, bytes] | None,
    psd: tuple[str, bytes] | None = None,
    extra: Sequence[tuple[str, bytes, str]] = (),
) -> tuple[list[tuple[str, str]], dict[str, bytes]]:
    docs: list[tuple[str, str]] = []
    files: dict[str, bytes] = {}
    for path, data in poe:
        docs.append((path, "poe"))
        files[path] = data
    if invoice:
        docs.append((invoice[0], "invoice"))
        files[invoice[0]] = invoice[1]
    if atts:
        docs += [
            ("attestations/customer_survey.json", "customer_attestation"),
            ("attestations/partner_survey.json", "partner_attestation"),
        ]
        files["attestations/customer_survey.json"], files["attestations/partner_survey.json"] = atts
    if psd:
        docs.append((psd[0], "public_sector_disclosure"))
        files[psd[0]] = psd[1]
    for path, data, role in extra:
        docs.append((path, role))
        files[path] = data
    return docs, files


THREAT_MODULES = [
    "Pre-engagement call: scope, stakeholders and success criteria agreed with the customer",
    "Engagement setup: Microsoft Defender XDR and Microsoft Sentinel trials configured in the customer's tenant",
    "Threat exploration: at least two weeks of signal collection across identities, e-mail, endpoints and cloud apps",
    "Threat Exploration Report and Cyber Risk Results presentation",
    "Microsoft Defender XDR and Microsoft Sentinel demonstrations tailored to the customer's findings",
    "Recommendations and next-steps workshop, including a deployment roadmap",
]
THREAT_MODULES_HEAD = "Engagement modules (as defined in the Threat Protection Engagement delivery guide)"


FJALLBACKA = Customer(
    "Fjällbacka Rederi AB",
    "Fjällbacka Rederi",
    "fjallbackarederi.se",
    "SE",
    Person("Karin Sjöberg", "karin.sjoberg@fjallbackarederi.se", "IT-chef / Head of IT"),
)
VALMOREL = Customer(
    "Groupe Valmorel SA",
    "Valmorel",
    "valmorel.fr",
    "FR",
    Person("Élodie Marchand", "elodie.marchand@valmorel.fr", "RSSI (CISO)"),
)
ALNOOR = Customer(
    "Al Noor Trading LLC",
    "Al Noor Trading",
    "alnoortrading.ae",
    "AE",
    Person("Fatima Al Mansoori", "fatima.almansoori@alnoortrading.ae", "IT Manager"),
)


def s4701008_sigma_fjallbacka_threat_protection() -> Bundle:
    cid, p, cust = 4701008, SIGMA, FJALLBACKA
    consent, submitted = D(2026, 2, 2), T(2026, 3, 27, 14, 40)
    body = (
        "<h1>Threat Protection Engagement – Findings and Recommendations</h1>"
        + kv(
            [
                ("Customer", cust.name),
                ("Partner", p.name),
                ("Engagement dates", "9 February – 20 March 2026"),
                ("Tenant", "fjallbackarederi.onmicrosoft.com"),
                ("Customer sponsor", f"{cust.contact.name}, {cust.contact.title}"),
            ]
        )
        + f"<h2>{THREAT_MODULES_HEAD}</h2>"
        + ul(THREAT_MODULES)
        + "<h2>Customer context</h2>"
        + paras(
            "Fjällbacka Rederi operates 11 coastal freight vessels and a ferry terminal in Strömstad. 260 office and "
            "ship-based users; crew use shared tablets on board with satellite connectivity. The shipping line was "
            "hit by a business-email-compromise attempt in 2025 that diverted a bunker-fuel payment."
        )
        + "<h2>Threat exploration results (16 Feb – 6 Mar 2026)</h2>"
        + grid(
            ["Area", "Finding", "Risk"],
            [
                [
                    "E-mail",
                    "1,842 phishing messages detected, 37 delivered and clicked; 4 lookalike domains of "
                    "fjallbackarederi.se",
                    "High",
                ],
                [
                    "Identity",
                    "12 accounts with risky sign-ins from Nigeria and Vietnam; 31 % of users without MFA",
                    "High",
                ],
                [
                    "Endpoints",
                    "46 of 190 Windows devices missing 2025 cumulative updates; 3 with commodity malware",
                    "Medium",
                ],
                [
                    "Cloud apps",
                    "58 unsanctioned cloud apps, incl. 2 file-transfer services used by ship crews",
                    "Medium",
                ],
            ],
        )
        + "<h2>Recommendations</h2>"
        + ul(
            [
                "Enforce MFA via Conditional Access for all users before 30 April; phishing-resistant "
                "methods for finance",
                "Deploy Defender for Office 365 Plan 2 with impersonation protection for the 4 lookalike domains",
                "Onboard all Windows devices to Defender for Endpoint; ship tablets via Intune",
                "Sentinel for the 24x7 monitoring of vessel satellite links (pilot with 2 vessels)",
            ]
        )
        + "<h2>Next steps</h2>"
        + paras(
            "Customer approved a deployment proposal for Defender for Endpoint and Defender for Office 365 on 20 March "
            "2026; kickoff planned 13 April."
        )
    )
    report = partner_doc(
        p, body, title="TPE Findings Fjällbacka Rederi", ref="SN-TPE-2026-004", when=T(2026, 3, 20, 16), footer=p.footer
    )
    inv = pa_invoice(p, cid, ENG_TPE[1], cust, 4800, D(2026, 3, 23), "SN-2026-0088")
    atts = surveys(cid, cust, p, customer_done=T(2026, 3, 24, 8, 12), partner_done=T(2026, 3, 24, 9, 30), deal="84000")
    docs, files = pa_docs(
        [("POE/TPE_Findings_and_Recommendations_Fjallbacka.pdf", report)], ("Invoice/SN-2026-0088.pdf", inv), atts
    )
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Security",
        partner=p,
        customer=cust,
        submitted=submitted,
        workloads=[],
        docs=docs,
        eng=var_eng(ENG_TPE, 4800),
        consent=consent,
    )
    return Bundle(
        f"{cid}_sigma_fjallbacka_threat_protection",
        claim,
        files,
        "approve",
        "Partner-activities claim with every component: findings and recommendations report naming Sigma Nordic and "
        "Fjällbacka Rederi with tenant-specific findings and dates, invoice SN-2026-0088 for claim 4701008 "
        "at USD 4,800 "
        "(the proposed variable payout), both surveys signed with name, company and title, submitted 53 days after "
        "consent (standard: 90). The 'Engagement modules' list is the programme's standard module list, the same on "
        "every Threat Protection claim: boilerplate.",
        "Invoice line 'MCI engagement claim ID 4701008 ... USD 4,800.00'; report with 'Threat exploration results (16 "
        "Feb – 6 Mar 2026)'.",
        pa_exp(),
    )


def s4701020_orbis_valmorel_threat_protection() -> Bundle:
    cid, p, cust = 4701020, ORBIS, VALMOREL
    consent, submitted = D(2026, 4, 6), T(2026, 6, 12, 10, 5)
    slides = [
        f"<h1>Threat Protection Engagement</h1><p>{escape(cust.name)} – Findings &amp; Recommendations</p><p "
        "class='small'>Orbis Conseil · Lyon · 29 mai 2026 / 29 May 2026</p>",
        "<h2>Agenda</h2>"
        + ul(
            ["Context and objectives", THREAT_MODULES_HEAD, "Threat exploration results", "Recommendations and roadmap"]
        ),
        f"<h2>{THREAT_MODULES_HEAD}</h2>" + "<div style='font-size:12.5pt'>" + ul(THREAT_MODULES) + "</div>",
        "<h2>Context</h2>"
        + ul(
            [
                "Groupe Valmorel: 4 food-processing plants (Lyon, Roanne, Annecy, Valence), 1,380 users",
                "Exploration window: 20 April – 8 May 2026 in tenant valmorel.onmicrosoft.com",
                "Sponsor: Élodie Marchand, RSSI; 9 participants at the results workshop",
            ]
        ),
        "<h2>Threat exploration results</h2>"
        + grid(
            ["Domain", "Result"],
            [
                ["Identity", "211 legacy-authentication sign-ins/day; 2 password-spray campaigns"],
                ["E-mail", "3,960 phishing e-mails, 88 delivered; CEO impersonation targeting plant managers"],
                ["Endpoints", "5 devices with Emotet-family artefacts in the Roanne plant"],
                ["Cloud apps", "143 shadow-IT apps; 1 unsanctioned CAD sharing tool with 40 GB uploaded"],
            ],
        ),
        "<h2>Recommendations &amp; roadmap</h2>"
        + ul(
            [
                "Q3 2026: block legacy authentication, MFA for all, Defender for Office 365 P2",
                "Q3 2026: Defender for Endpoint on 1,150 devices incl. plant OT jump hosts",
                "Q4 2026: Sentinel with the plant OT firewall logs",
                "Decision: Valmorel's CODIR approved the Q3 scope on 5 June 2026",
            ]
        ),
    ]
    deck = slides_pdf(
        slides,
        meta_for(p, "Valmorel - TPE restitution", T(2026, 5, 29, 18, 0, tzh(2))),
        accent=p.color,
        logo=logo(p),
        footer="Orbis Conseil – Restitution TPE Groupe Valmorel – Confidentiel",
        seed=f"{cid}-deck",
    )
    inv = pa_invoice(
        p,
        cid,
        ENG_TPE[1],
        cust,
        4200,
        D(2026, 6, 8),
        "FA-2026-0311",
        date_fmt=gb,
        notes="Autoliquidation – TVA non applicable, art. 283-2 du CGI.",
    )
    atts = surveys(
        cid,
        cust,
        p,
        customer_done=T(2026, 6, 9, 15, 20, tzh(2)),
        partner_done=T(2026, 6, 9, 17, 0, tzh(2)),
        deal="120000",
    )
    docs, files = pa_docs([("POE/Valmorel_TPE_restitution.pdf", deck)], ("Invoice/FA-2026-0311.pdf", inv), atts)
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Security",
        partner=p,
        customer=cust,
        submitted=submitted,
        workloads=[],
        docs=docs,
        eng=var_eng(ENG_TPE, 4200),
        consent=consent,
    )
    return Bundle(
        f"{cid}_orbis_valmorel_threat_protection_deck",
        claim,
        files,
        "approve",
        "Findings deck exported from PowerPoint, in English, naming Orbis Conseil and Groupe Valmorel with "
        "tenant-specific "
        "exploration results (20 April – 8 May 2026) and a dated roadmap; invoice FA-2026-0311 for claim 4701020 at "
        "USD 4,200 = proposed payout (the French reverse-charge VAT note does not change the pre-tax USD amount); both "
        "surveys complete; submitted 67 days after consent. The module list slide is the programme's standard list, "
        "shared with other Threat Protection claims: boilerplate.",
        "Slide 'Threat exploration results' with Valmorel's numbers; invoice 'MCI engagement claim ID 4701020 ... USD "
        "4,200.00'.",
        pa_exp(),
        container="zip",
    )


def s4701052_falcon_alnoor_threat_protection() -> Bundle:
    cid, p, cust = 4701052, FALCON, ALNOOR
    consent, submitted = D(2026, 7, 13), T(2026, 9, 17, 9, 50)
    body = (
        "<h1>Threat Protection Engagement Report</h1>"
        + kv(
            [
                ("Customer", cust.name + ", Dubai"),
                ("Delivered by", p.name),
                ("Dates", "20 July – 3 September 2026"),
                (
                    "Attendees (results session)",
                    "Fatima Al Mansoori (IT Manager), Yousef Karim (Finance Director), 4 IT staff; Omar Haddad, Sana "
                    "Iqbal (Falcon Ridge)",
                ),
            ]
        )
        + f"<h2>{THREAT_MODULES_HEAD}</h2>"
        + ul(THREAT_MODULES)
        + "<h2>Findings</h2>"
        + grid(
            ["Finding", "Detail"],
            [
                ["Invoice-fraud phishing", "412 messages spoofing 3 suppliers in Jebel Ali; 9 users clicked"],
                ["Dormant privileged accounts", "7 admin accounts unused for 180+ days, 2 without MFA"],
                ["Unpatched endpoints", "38 of 145 devices on Windows 10 21H2, 1 with an active coin-miner"],
                ["Data exfiltration risk", "Personal webmail uploads of price lists from 2 sales laptops"],
            ],
        )
        + "<h2>Recommendations</h2>"
        + ul(
            [
                "Defender for Business upgrade path to Microsoft 365 E5 Security for 160 users",
                "Conditional Access baseline and removal of dormant admins (done during engagement for 5 accounts)",
                "Supplier domain impersonation rules and DMARC enforcement",
                "Quarterly attack simulation training",
            ]
        )
    )
    report = partner_doc(
        p,
        body,
        title="Al Noor TPE report",
        ref="FRT-TPE-0612",
        when=T(2026, 9, 4, 12, 0, tzh(4)),
        paper="letter",
        font_family="serif",
        size=10,
    )
    inv = pa_invoice(
        p,
        cid,
        ENG_TPE[1],
        cust,
        3900,
        D(2026, 9, 10),
        "FRT-INV-26-0612",
        date_fmt=gb,
        tax=("VAT 0% (export of services)", 0.0),
    )
    atts = surveys(
        cid,
        cust,
        p,
        customer_done=T(2026, 9, 12, 10, 15, tzh(4)),
        partner_done=T(2026, 9, 12, 11, 0, tzh(4)),
        deal="52000",
    )
    docs, files = pa_docs(
        [("Threat Protection Engagement Report - Al Noor Trading.pdf", report)],
        ("Invoice FRT-INV-26-0612.pdf", inv),
        atts,
    )
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Security",
        partner=p,
        customer=cust,
        submitted=submitted,
        workloads=[],
        docs=docs,
        eng=var_eng(ENG_TPE, 3900),
        consent=consent,
    )
    return Bundle(
        f"{cid}_falcon_alnoor_threat_protection",
        claim,
        files,
        "approve",
        "Complete partner-activities claim: report naming Falcon Ridge and Al Noor Trading with "
        "customer-specific findings, "
        "attendees and dates; invoice for claim 4701052 at USD 3,900 = proposed payout (a 0 % VAT line does not change "
        "the pre-tax amount); both surveys signed in full; submitted 66 days after consent. The engagement-module list "
        "is the programme's standard text, also on claims 4701008 and 4701020: boilerplate, not reuse.",
        "Invoice FRT-INV-26-0612: 'MCI engagement claim ID 4701052 ... USD 3,900.00'; findings table specific to Al "
        "Noor.",
        pa_exp(),
        container="zip-folder",
    )


TAILSPIN = Customer(
    "Tailspin Toys Ltd",
    "Tailspin Toys",
    "tailspintoys.co.uk",
    "GB",
    Person("Hannah Price", "hannah.price@tailspintoys.co.uk", "Commercial Operations Director"),
)
MIRADOR = Customer(
    "Hoteles Mirador del Sur S.A.",
    "Hoteles Mirador",
    "hotelesmirador.es",
    "ES",
    Person("Javier Molina Ruiz", "jmolina@hotelesmirador.es", "Director de Sistemas / CIO"),
)
SIERRA_MADRE = Customer(
    "Grupo Textil Sierra Madre S.A. de C.V.",
    "Textil Sierra Madre",
    "textilsierramadre.com.mx",
    "MX",
    Person("Verónica Treviño", "vtrevino@textilsierramadre.com.mx", "Directora de TI"),
)
LAVANDE = Customer(
    "Maison Lavande SAS",
    "Maison Lavande",
    "maisonlavande.fr",
    "FR",
    Person("Sophie Aubert", "sophie.aubert@maisonlavande.fr", "Directrice administrative et financière"),
)


def ba_findings_html(
    cust: Customer,
    p: Partner,
    *,
    dates: str,
    attendees: str,
    current: Sequence[str],
    vision: Sequence[Sequence[str]],
    value: Sequence[Sequence[str]],
    roadmap: Sequence[str],
) -> str:
    return (
        "<h1>Envisioning Workshop – Findings and Recommendations</h1>"
        + kv(
            [
                ("Customer", escape(cust.name)),
                ("Partner", escape(p.name)),
                ("Workshop dates", dates),
                ("Participants", attendees),
            ]
        )
        + "<h2>1. Current state and challenges</h2>"
        + ul(current)
        + "<h2>2. Solution vision (Dynamics 365 and Power Platform)</h2>"
        + grid(["Business area", "Future process", "Products"], vision)
        + "<h2>3. Expected value</h2>"
        + grid(["Measure", "Today", "Target"], value)
        + "<h2>4. Recommended roadmap</h2>"
        + ul(roadmap)
    )


def s4701029_northgate_tailspin_ba_envisioning() -> Bundle:
    cid, p, cust = 4701029, NORTHGATE, TAILSPIN
    consent, submitted = D(2026, 6, 1), T(2026, 7, 24, 11, 15)
    body = ba_findings_html(
        cust,
        p,
        dates="17 and 24 June 2026 (two half days, Tailspin HQ, Milton Keynes)",
        attendees="14: Hannah Price (Commercial Ops Director), 3 key-account managers, customer service lead, finance "
        "controller, IT manager; Tom Ashworth and Leah Brooks (Northgate)",
        current=[
            "Key-account sales to 40 UK retailers tracked in spreadsheets; forecast accuracy about 62 %",
            "Retailer claims and returns handled in a shared mailbox (about 1,100 cases a month), no SLA tracking",
            "Trade promotions agreed by e-mail; finance reconciles deductions manually at month end (4 days)",
        ],
        vision=[
            [
                "Key-account sales",
                "Account plans, opportunity pipeline and forecasting per retailer",
                "Dynamics 365 Sales",
            ],
            [
                "Retailer service",
                "Claims and returns as cases with SLAs and a retailer portal",
                "Dynamics 365 Customer Service, Power Pages",
            ],
            ["Trade promotions", "Promotion approval flow and deduction matching", "Power Apps, Power Automate"],
        ],
        value=[
            ["Forecast accuracy", "62 %", "85 %"],
            ["Claim resolution time", "9 days", "3 days"],
            ["Month-end deduction reconciliation", "4 days", "1 day"],
        ],
        roadmap=[
            "Phase 1 (Q4 2026): Dynamics 365 Sales for 35 users",
            "Phase 2 (Q1 2027): Customer Service and retailer portal",
            "Phase 3 (Q2 2027): trade promotion app",
        ],
    )
    slides = [
        f"<h1>Envisioning Workshop</h1><p>{escape(cust.name)} – findings and recommendations</p><p "
        "class='small'>Northgate Dynamics · 3 July 2026</p>",
        body.split("<h2>2.")[0].replace(
            "<h1>Envisioning Workshop – Findings and Recommendations</h1>", "<h2>Workshop and current state</h2>"
        ),
        "<h2>2." + body.split("<h2>2.")[1].split("<h2>3.")[0],
        "<h2>3." + body.split("<h2>3.")[1],
    ]
    deck = slides_pdf(
        slides,
        meta_for(p, "Tailspin Toys Envisioning Findings", T(2026, 7, 3, 17)),
        accent=p.color,
        logo=logo(p),
        footer="Northgate Dynamics · Tailspin Toys envisioning · Commercial in confidence",
        seed=f"{cid}-deck",
    )
    inv = pa_invoice(p, cid, ENG_BAE[1], cust, 2940, D(2026, 7, 20), "NGD-INV-1187", date_fmt=long_gb)
    atts = surveys(
        cid,
        cust,
        p,
        customer_done=T(2026, 7, 21, 9, 5, tzh(1)),
        partner_done=T(2026, 7, 21, 10, 0, tzh(1)),
        deal="145000",
    )
    docs, files = pa_docs(
        [("Findings/Tailspin Toys - Envisioning findings.pdf", deck)], ("Findings/NGD-INV-1187.pdf", inv), atts
    )
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Business Applications",
        partner=p,
        customer=cust,
        submitted=submitted,
        workloads=[],
        docs=docs,
        eng=var_eng(ENG_BAE, 2940),
        consent=consent,
    )
    return Bundle(
        f"{cid}_northgate_tailspin_ba_envisioning",
        claim,
        files,
        "approve",
        "Findings deck names Northgate Dynamics and Tailspin Toys with workshop dates, participants, current-state "
        "problems, a per-area solution vision and a dated roadmap; invoice NGD-INV-1187 for claim 4701029 at USD 2,940 "
        "(the proposed variable payout); both surveys signed in full; submitted 53 days after consent.",
        "Deck slide 'Solution vision' for Tailspin; invoice 'MCI engagement claim ID 4701029 ... USD 2,940.00'.",
        pa_exp(),
    )


def s4701042_tessellate_mirador_invoice_with_vat() -> Bundle:
    cid, p, cust = 4701042, TESSELLATE, MIRADOR
    consent, submitted = D(2026, 8, 24), T(2026, 10, 29, 12, 40)
    body = ba_findings_html(
        cust,
        p,
        dates="8–9 October 2026, Málaga",
        attendees="11: Javier Molina (CIO), revenue manager, 3 hotel directors (Marbella, Nerja, Ronda), "
        "guest-relations lead; Lucía Navarro and Pablo Ortiz (Tessellate)",
        current=[
            "Guest complaints arrive by e-mail, phone and review sites with no single record (about 600 a month)",
            "Group and event sales tracked in Excel by each hotel; no shared pipeline",
            "Loyalty data split between the booking engine and the PMS",
        ],
        vision=[
            ["Group &amp; events sales", "Shared pipeline across the 7 hotels", "Dynamics 365 Sales"],
            ["Guest relations", "Omnichannel cases incl. review-site replies", "Dynamics 365 Customer Service"],
            ["Loyalty", "Unified guest profile and journeys", "Dynamics 365 Customer Insights"],
        ],
        value=[["Group-sales conversion", "18 %", "26 %"], ["Complaint first response", "36 h", "4 h"]],
        roadmap=[
            "Phase 1 (Q1 2027): Sales for group and events, 24 users",
            "Phase 2 (Q2 2027): Customer Service for guest relations",
            "Phase 3 (H2 2027): Customer Insights",
        ],
    )
    report = partner_doc(
        p,
        body,
        title="Mirador Envisioning Findings",
        ref="TS-ENV-2026-019",
        when=T(2026, 10, 16, 13),
        footer="Confidencial",
    )
    inv = invoice_pdf(
        p,
        number="TS-F-2026/0412",
        issued=D(2026, 10, 20),
        bill_to="Microsoft Corporation – MCI Engagements<br>One Microsoft Way, Redmond, WA 98052, EE. UU.",
        lines=[(f"MCI engagement claim ID {cid}: {ENG_BAE[1]} – {cust.name}", 2610.0)],
        tax=("IVA 21 %", 0.21),
        seed=f"{cid}-inv",
        date_fmt=gb,
        notes="Base imponible / Taxable base USD 2,610.00. IVA repercutido según normativa española.",
    )
    atts = surveys(
        cid,
        cust,
        p,
        customer_done=T(2026, 10, 22, 10, 30, tzh(2)),
        partner_done=T(2026, 10, 22, 11, 0, tzh(2)),
        deal="98000",
    )
    docs, files = pa_docs(
        [("POE/Informe_Envisioning_Hoteles_Mirador_EN.pdf", report)], ("POE/Factura_TS-F-2026-0412.pdf", inv), atts
    )
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Business Applications",
        partner=p,
        customer=cust,
        submitted=submitted,
        workloads=[],
        docs=docs,
        eng=var_eng(ENG_BAE, 2610),
        consent=consent,
    )
    return Bundle(
        f"{cid}_tessellate_mirador_invoice_usd_plus_iva",
        claim,
        files,
        "approve",
        "English findings report for Hoteles Mirador (dates, participants, per-area vision and roadmap). The invoice "
        "shows claim 4701042, Tessellate's name and a pre-tax amount of USD 2,610.00 = proposed payout; it "
        "adds Spanish "
        "IVA 21 % on top, which the guide says is not required but does not change the pre-tax USD amount that must "
        "match. Surveys complete; submitted 66 days after consent.",
        "Invoice TS-F-2026/0412: 'Subtotal (pre-tax) USD 2,610.00', 'IVA 21 % USD 548.10', claim ID 4701042.",
        pa_exp(),
    )


def s4701030_quadrant_spanish_findings() -> Bundle:
    cid, p, cust = 4701030, QUADRANT, SIERRA_MADRE
    consent, submitted = D(2026, 5, 18), T(2026, 7, 8, 16, 20)
    body = (
        "<h1>Informe de hallazgos y recomendaciones</h1><p class='muted'>Taller de visión de Dynamics 365 (Envisioning "
        "Workshop)</p>"
        + kv(
            [
                ("Cliente", escape(cust.name)),
                ("Socio", escape(p.name)),
                ("Fechas del taller", "9 y 10 de junio de 2026, Guadalajara"),
                (
                    "Participantes",
                    "12: Verónica Treviño (Directora de TI), gerente comercial, jefe de planta, gerente de servicio "
                    "a clientes; Andrés Villaseñor y Karla Ibarra (Quadrant)",
                ),
            ]
        )
        + "<h2>1. Situación actual</h2>"
        + ul(
            [
                "Pedidos de 380 distribuidores capturados por correo y WhatsApp; errores de captura en el 7 % de los "
                "pedidos",
                "Sin visibilidad del inventario de producto terminado para el área comercial",
                "Reclamaciones de calidad registradas en hojas de cálculo por planta",
            ]
        )
        + "<h2>2. Visión de la solución</h2>"
        + grid(
            ["Área", "Proceso futuro", "Producto"],
            [
                ["Ventas a distribuidores", "Portal de pedidos y cotizaciones", "Dynamics 365 Sales, Power Pages"],
                ["Servicio", "Casos de calidad con SLA por planta", "Dynamics 365 Customer Service"],
                ["Operaciones", "Visibilidad de inventario en tiempo real", "Dynamics 365 Supply Chain Management"],
            ],
        )
        + "<h2>3. Hoja de ruta recomendada</h2>"
        + ul(
            [
                "Fase 1 (T4 2026): portal de pedidos y Sales para 40 usuarios",
                "Fase 2 (T1 2027): Customer Service",
                "Fase 3 (2027): Supply Chain Management",
            ]
        )
    )
    report = partner_doc(
        p,
        body,
        title="Informe de hallazgos Sierra Madre",
        ref="QST-ENV-0644",
        when=T(2026, 6, 19, 12, 0, tzh(-6)),
        footer="Confidencial",
        page_fmt="Página {i} de {n}",
    )
    inv = pa_invoice(p, cid, ENG_BAE[1], cust, 2380, D(2026, 7, 1), "QST-A-10442", date_fmt=gb)
    atts = surveys(
        cid,
        cust,
        p,
        customer_done=T(2026, 7, 2, 12, 0, tzh(-6)),
        partner_done=T(2026, 7, 2, 13, 0, tzh(-6)),
        deal="110000",
    )
    docs, files = pa_docs(
        [("Informe_hallazgos_recomendaciones_Sierra_Madre.pdf", report)], ("Factura_QST-A-10442.pdf", inv), atts
    )
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Business Applications",
        partner=p,
        customer=cust,
        submitted=submitted,
        workloads=[],
        docs=docs,
        eng=var_eng(ENG_BAE, 2380),
        consent=consent,
    )
    return Bundle(
        f"{cid}_quadrant_findings_report_spanish_only",
        claim,
        files,
        "action_required",
        "Every component is present and the invoice matches (claim 4701030, USD 2,380), but the only POE document - "
        "the findings and recommendations report - is entirely in Spanish with no English version. The guide's example "
        "of an Action Required comment: the review does not support documentation in languages other than English; "
        "the partner must upload an English version.",
        "POE 'Informe de hallazgos y recomendaciones' written only in Spanish ('Situación actual', 'Visión "
        "de la solución', 'Hoja de ruta').",
        pa_exp(document_language="fail"),
    )


def s4701045_orbis_lavande_eur_invoice() -> Bundle:
    cid, p, cust = 4701045, ORBIS, LAVANDE
    consent, submitted = D(2026, 9, 7), T(2026, 11, 3, 9, 10)
    body = (
        "<h1>Copilot Envisioning Workshop – Summary and Recommendations</h1>"
        + kv(
            [
                ("Customer", cust.name + ", Grasse"),
                ("Partner", p.name),
                ("Workshop", "13 October 2026, 9:00–16:30, on site"),
                (
                    "Participants",
                    "Sophie Aubert (CFO), HR director, 2 perfumers, customer-service lead, 3 IT staff; Camille Girard, "
                    "Hugo Lefèvre (Orbis)",
                ),
            ]
        )
        + "<h2>Scenarios prioritised</h2>"
        + grid(
            ["Scenario", "Team", "Estimated time saved"],
            [
                [
                    "Drafting regulatory fragrance safety dossiers (IFRA) from lab notes",
                    "R&amp;D (12)",
                    "3 h/week per person",
                ],
                ["Summarising B2B customer e-mails in French/English", "Customer service (9)", "40 min/day"],
                ["Month-end variance commentary in Excel", "Finance (6)", "1 day/month"],
            ],
        )
        + "<h2>Readiness findings</h2>"
        + ul(
            [
                "SharePoint: 23 sites shared with 'Everyone except external users', including formula archives – must "
                "be restricted before Copilot",
                "Sensitivity labels not yet deployed; proposal for 'Formule – Confidentiel'",
                "Licences: 45 Microsoft 365 E3, Copilot pilot proposed for 27 users",
            ]
        )
        + "<h2>Next steps</h2>"
        + ul(
            [
                "Oversharing remediation (Orbis, November 2026)",
                "Copilot pilot for 27 users from 1 December 2026",
                "Adoption plan with 3 champions",
            ]
        )
    )
    report = partner_doc(
        p,
        body,
        title="Maison Lavande Copilot envisioning",
        ref="OC-CPE-2026-041",
        when=T(2026, 10, 20, 11, 0, tzh(2)),
        font_family="serif",
        size=10,
    )
    inv = invoice_pdf(
        p,
        number="FA-2026-0502",
        issued=D(2026, 10, 28),
        bill_to="Microsoft Ireland Operations Ltd<br>One Microsoft Place, South County Business Park, Dublin 18",
        lines=[(f"Atelier Copilot – réclamation MCI {cid} – {cust.name}", 1830.0)],
        currency="EUR",
        tax=("TVA 20 %", 0.20),
        seed=f"{cid}-inv",
        date_fmt=gb,
        notes="Montant HT 1 830,00 EUR. Paiement à 30 jours.",
    )
    atts = surveys(
        cid,
        cust,
        p,
        customer_done=T(2026, 10, 29, 14, 5, tzh(1)),
        partner_done=T(2026, 10, 29, 15, 0, tzh(1)),
        deal="42000",
        partner_sig_=(p.contact.name, p.name, ""),
    )
    docs, files = pa_docs(
        [("Compte-rendu Copilot Maison Lavande.pdf", report)], ("Facture FA-2026-0502.pdf", inv), atts
    )
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=submitted,
        workloads=["MICROSOFT 365 COPILOT"],
        docs=docs,
        eng=var_eng(ENG_CPE, 1980),
        consent=consent,
    )
    return Bundle(
        f"{cid}_orbis_lavande_eur_invoice_partner_survey_no_title",
        claim,
        files,
        "action_required",
        "Two fixable defects: the invoice is in euros only (HT EUR 1,830.00 plus TVA) while the guide requires the "
        "amount in US dollars matching the payout (proposed payout USD 1,980); and the partner survey's electronic "
        "signature has no job title (name and company only) - the reviewer asks the partner to re-take the survey. "
        "The English summary report itself is specific and fine.",
        "Invoice FA-2026-0502 'Montant HT 1 830,00 EUR' with no USD amount; partner_survey.json signature job_title "
        '"".',
        pa_exp(invoice="fail", attestations="fail", workload_match=PASS_NA),
    )


def copilot_html(
    cust: Customer,
    p: Partner,
    *,
    when: str,
    participants: str,
    scenarios: Sequence[Sequence[str]],
    readiness: Sequence[str],
    steps: Sequence[str],
    title: str = "Copilot Envisioning Workshop – Findings and Recommendations",
) -> str:
    return (
        f"<h1>{title}</h1>"
        + kv(
            [
                ("Customer", escape(cust.name)),
                ("Partner", escape(p.name)),
                ("Workshop", when),
                ("Participants", participants),
            ]
        )
        + "<h2>Prioritised scenarios</h2>"
        + grid(["Scenario", "Team", "Expected benefit"], scenarios)
        + "<h2>Readiness assessment</h2>"
        + ul(readiness)
        + "<h2>Recommendations and next steps</h2>"
        + ul(steps)
    )


BELLOWS = Customer(
    "Bellows College",
    "Bellows College",
    "bellowscollege.edu",
    "US",
    Person("Dr. Alan Whitcomb", "awhitcomb@bellowscollege.edu", "Vice President for Information Technology"),
    segment="public_sector",
)
MSSU = Customer(
    "Maharashtra State Skills University",
    "MSSU",
    "mssu.ac.in",
    "IN",
    Person("Dr. Sunil Patwardhan", "registrar@mssu.ac.in", "Registrar"),
    segment="public_sector",
)


def psd_pdf(
    p: Partner, cust: Customer, scope: str, signer: Person, when: dt.datetime, seed: str, *, spanish: bool = False
) -> bytes:
    return partner_doc(
        p,
        psd_html(p, cust, scope, signer, spanish=spanish),
        title="Public Sector Fee Disclosure",
        ref=f"PSD-{seed}",
        when=when,
        footer="Public sector disclosure",
    )


def s4701011_pinecrest_bellows_copilot_psd() -> Bundle:
    cid, p, cust = 4701011, PINECREST, BELLOWS
    consent, submitted = D(2026, 3, 19), T(2026, 5, 14, 15, 30)
    body = copilot_html(
        cust,
        p,
        when="April 22, 2026, 9:00 AM – 3:30 PM, Bellows College IT Center",
        participants="16: Dr. Alan Whitcomb (VP IT), Registrar's office (3), Admissions (4), Faculty Senate "
        "IT liaison, Library (2), IT (5); Renee Calloway, Marcus Lee (Pinecrest)",
        scenarios=[
            [
                "Drafting responses to the 2,300 monthly admissions inquiries",
                "Admissions",
                "50 % faster first response",
            ],
            ["Summarising committee minutes and policy drafts", "Provost's office", "4 h/week"],
            ["Course-catalog updates from faculty notes", "Registrar", "Catalog cycle 6 → 3 weeks"],
        ],
        readiness=[
            "312 SharePoint sites, 41 with broken inheritance exposing student records (FERPA) – remediation required "
            "before Copilot",
            "Microsoft 365 A3 for 1,050 staff; Copilot pilot recommended for 60 staff",
            "No sensitivity labels yet; proposal for 'Student Record – Restricted'",
        ],
        steps=[
            "FERPA-driven oversharing remediation (May–June 2026)",
            "Copilot pilot for 60 staff in Admissions and Registrar from August 2026",
            "Board of Trustees briefing on responsible AI policy (June 2026)",
        ],
    )
    report = partner_doc(
        p,
        body,
        title="Bellows College Copilot Envisioning",
        ref="PPS-CPE-26-031",
        when=T(2026, 4, 29, 10, 0, tzh(-7)),
        paper="letter",
    )
    psd = psd_pdf(p, cust, f"{ENG_CPE[1]} (MCI claim {cid})", cust.contact, T(2026, 3, 17, 9, 0, tzh(-7)), str(cid))
    psd_scan = scan_pdf(
        psd,
        meta_for(
            None,
            "PSD Bellows signed",
            T(2026, 3, 18, 14, 22, tzh(-7)),
            author="scanner",
            creator="Xerox AltaLink C8130",
            producer="Xerox AltaLink C8130",
        ),
        f"{cid}-psd",
        inks=[
            sign_ink("Signature", "Alan Whitcomb", dx=40, dy=2, w=130, h=24),
            date_ink("Date", "3/18/2026", dx=90, dy=-1),
        ],
        dpi=150,
        skews=(-0.7,),
    )
    inv = pa_invoice(p, cid, ENG_CPE[1], cust, 3250, D(2026, 5, 8), "PPS-10388")
    atts = surveys(
        cid,
        cust,
        p,
        customer_done=T(2026, 5, 11, 9, 40, tzh(-7)),
        partner_done=T(2026, 5, 11, 10, 0, tzh(-7)),
        deal="96000",
    )
    docs, files = pa_docs(
        [("POE/Bellows College - Copilot Envisioning Findings.pdf", report)],
        ("Invoice/PPS-10388.pdf", inv),
        atts,
        psd=("PSD/Bellows_PSD_signed.pdf", psd_scan),
    )
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=submitted,
        workloads=["MICROSOFT 365 COPILOT"],
        docs=docs,
        eng=var_eng(ENG_CPE, 3250),
        consent=consent,
    )
    return Bundle(
        f"{cid}_pinecrest_bellows_copilot_with_psd",
        claim,
        files,
        "approve",
        "US public-sector (education) customer on a partner-activities claim, so a Public Sector Disclosure "
        "is required: "
        "it is present, uses Pinecrest's standard disclosure wording (the same text every public-sector claim carries, "
        "boilerplate) and is wet-signed by Bellows College's VP for IT on 3/18/2026. Findings report "
        "specific to Bellows "
        "(participants, FERPA oversharing, pilot plan); invoice for claim 4701011 at USD 3,250 = proposed "
        "payout; surveys complete; submitted 56 days after consent.",
        "Signed 'Public Sector Fee Disclosure and Acknowledgement' (scan) by Dr. Alan Whitcomb; invoice "
        "'claim ID 4701011 ... USD 3,250.00'.",
        pa_exp(public_sector="pass", workload_match=PASS_NA),
    )


def s4701049_saffron_mssu_no_psd() -> Bundle:
    cid, p, cust = 4701049, SAFFRON, MSSU
    consent, submitted = D(2026, 8, 10), T(2026, 10, 1, 11, 0)
    body = copilot_html(
        cust,
        p,
        when="9 September 2026, MSSU campus, Pune (hybrid)",
        participants="13: Registrar, Controller of Examinations, 4 heads of skill schools, IT cell (5); "
        "Aditi Deshpande, Rohan Kulkarni (Saffron)",
        scenarios=[
            [
                "Drafting circulars in English and Marathi from committee decisions",
                "Registrar's office",
                "2 days → 2 hours",
            ],
            ["Summarising 18,000 student grievance e-mails per semester", "Student affairs", "Triage within 24 h"],
            ["Question-bank drafting for skill assessments", "Examinations", "30 % less drafting effort"],
        ],
        readiness=[
            "Microsoft 365 A1 for 620 staff – Copilot requires A3/A5 upgrade for pilot users",
            "Examination data on a shared OneDrive of the Controller – must move to a restricted site",
            "Data residency: tenant in India datacenter region confirmed",
        ],
        steps=[
            "A3 upgrade and Copilot pilot for 40 staff (Q4 2026)",
            "Restricted SharePoint site for examination material",
            "Responsible-AI guidelines for faculty",
        ],
    )
    report = partner_doc(
        p, body, title="MSSU Copilot Envisioning", ref="SSPL-CPE-0092", when=T(2026, 9, 18, 17, 0, tzh(5.5))
    )
    inv = pa_invoice(p, cid, ENG_CPE[1], cust, 1760, D(2026, 9, 25), "SS/INV/26-27/0212", date_fmt=gb)
    atts = surveys(
        cid,
        cust,
        p,
        customer_done=T(2026, 9, 28, 12, 0, tzh(5.5)),
        partner_done=T(2026, 9, 28, 12, 30, tzh(5.5)),
        deal="38000",
    )
    docs, files = pa_docs([("MSSU_Copilot_Envisioning_Report.pdf", report)], ("SS-INV-26-27-0212.pdf", inv), atts)
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=submitted,
        workloads=["MICROSOFT 365 COPILOT"],
        docs=docs,
        eng=var_eng(ENG_CPE, 1760),
        consent=consent,
    )
    return Bundle(
        f"{cid}_saffron_mssu_public_sector_india_no_psd",
        claim,
        files,
        "action_required",
        "The customer is a state university in India (public sector: education/government). For a "
        "public-sector customer "
        "located in India, the United States or Puerto Rico a partner-activities claim must include proof of Public "
        "Sector Disclosure; there is none among the uploads. Everything else (report, invoice USD 1,760 for "
        "claim 4701049, surveys) is in order, so the partner must add the signed disclosure.",
        "Uploads: report, invoice, two surveys - no public_sector_disclosure document for an Indian public university.",
        pa_exp(required_documents="fail", public_sector="fail", workload_match=PASS_NA),
        container="zip",
    )


INDUS = Customer(
    "Indus Valley Textiles Ltd",
    "Indus Valley Textiles",
    "indusvalleytextiles.in",
    "IN",
    Person("Meera Iyer", "meera.iyer@indusvalleytextiles.in", "Head – IT Infrastructure"),
)
KONKAN = Customer(
    "Konkan Agro Exports Pvt. Ltd.",
    "Konkan Agro",
    "konkanagro.in",
    "IN",
    Person("Vikram Sawant", "vikram.sawant@konkanagro.in", "General Manager – IT"),
)


@functools.cache
def saffron_indus_invoice() -> bytes:
    return pa_invoice(
        SAFFRON,
        4701054,
        ENG_AZA[1],
        INDUS,
        3600,
        D(2026, 4, 6),
        "SS/INV/26-27/0041",
        date_fmt=gb,
        notes="GSTIN 27AAKCS4471M1Z9. Export of services – IGST not charged (LUT ARN AD270326004417).",
    )


def s4701054_saffron_indus_azure_assessment() -> Bundle:
    cid, p, cust = 4701054, SAFFRON, INDUS
    consent, submitted = D(2026, 2, 16), T(2026, 4, 10, 12, 30)
    body = (
        "<h1>Azure Migration Assessment Report</h1>"
        + kv(
            [
                ("Customer", cust.name + ", Coimbatore"),
                ("Partner", p.name),
                ("Assessment window", "23 February – 27 March 2026"),
                ("Tooling", "Azure Migrate appliance (discovery and dependency analysis), 30 days of performance data"),
            ]
        )
        + "<h2>Discovered estate</h2>"
        + grid(
            ["Workload", "Servers", "Notes"],
            [
                ["SAP ECC 6.0 on Oracle", "9", "Production + QA; 3.2 TB database"],
                ["Dyeing-plant MES (SQL Server 2014)", "6", "Latency-sensitive to plant PLCs"],
                ["File and print, AD, misc.", "41", "14 candidates for retirement"],
                ["Design CAD licence servers", "4", "Dongle-based licences"],
            ],
        )
        + "<h2>Sizing and cost</h2>"
        + grid(
            ["Item", "Estimate"],
            [
                ["Azure VMs (right-sized)", "38 VMs, E-series for SAP"],
                ["Estimated Azure consumption", "USD 11,400 / month"],
                ["On-premises TCO avoided", "USD 16,900 / month (hardware refresh due 2026)"],
            ],
        )
        + "<h2>Migration waves</h2>"
        + ul(
            [
                "Wave 1 (June 2026): file, print and AD-related servers (27)",
                "Wave 2 (August 2026): MES with ExpressRoute to the Tiruppur plant",
                "Wave 3 (Q4 2026): SAP ECC to Azure (RISE evaluation in parallel)",
            ]
        )
        + "<h2>Decision</h2><p>Presented to the CFO and Head – IT Infrastructure on 30 March 2026; wave 1 approved.</p>"
    )
    report = partner_doc(
        p,
        body,
        title="Indus Valley Textiles Azure Assessment",
        ref="SSPL-AZA-0031",
        when=T(2026, 3, 31, 18, 0, tzh(5.5)),
    )
    atts = surveys(
        cid,
        cust,
        p,
        customer_done=T(2026, 4, 7, 11, 0, tzh(5.5)),
        partner_done=T(2026, 4, 7, 11, 20, tzh(5.5)),
        deal="136800",
    )
    docs, files = pa_docs(
        [("Azure_Migration_Assessment_Indus_Valley_Textiles.pdf", report)],
        ("Invoice_SS-INV-26-27-0041.pdf", saffron_indus_invoice()),
        atts,
    )
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Azure",
        partner=p,
        customer=cust,
        submitted=submitted,
        workloads=[],
        docs=docs,
        eng=var_eng(ENG_AZA, 3600),
        consent=consent,
    )
    return Bundle(
        f"{cid}_saffron_indus_azure_assessment",
        claim,
        files,
        "approve",
        "Assessment claim (60-day window): submitted 53 days after consent. Assessment report names Saffron and Indus "
        "Valley Textiles with the discovered estate, sizing, cost and waves; invoice SS/INV/26-27/0041 for "
        "claim 4701054 "
        "at USD 3,600 = proposed payout; surveys complete. This invoice is the original of the one re-used on claim "
        "4701055.",
        "Invoice 'MCI engagement claim ID 4701054: Azure Pre-Sales Variable Migration Assessment ... USD 3,600.00'.",
        pa_exp(),
    )


def s4701055_saffron_konkan_reused_invoice() -> Bundle:
    cid, p, cust = 4701055, SAFFRON, KONKAN
    consent, submitted = D(2026, 4, 27), T(2026, 6, 18, 10, 45)
    body = copilot_html(
        cust,
        p,
        when="20 May 2026, Ratnagiri",
        participants="9: Vikram Sawant (GM – IT), export documentation team (4), quality head, finance manager; Aditi "
        "Deshpande (Saffron)",
        scenarios=[
            [
                "Drafting export documentation (phytosanitary certificates, packing lists) from order data",
                "Export documentation",
                "45 min per shipment",
            ],
            ["Summarising buyer e-mails from the EU and Gulf importers", "Sales", "1 h/day"],
            ["Quality deviation reports from lab notes", "Quality", "Report in 1 day instead of 3"],
        ],
        readiness=[
            "Microsoft 365 Business Standard for 85 users; Business Premium + Copilot for a 15-user pilot proposed",
            "Shared mailboxes used for buyers – need ownership clean-up",
        ],
        steps=["Copilot pilot for 15 users from July 2026", "Buyer-mailbox clean-up (Saffron, June 2026)"],
    )
    report = partner_doc(
        p, body, title="Konkan Agro Copilot Envisioning", ref="SSPL-CPE-0077", when=T(2026, 5, 27, 17, 0, tzh(5.5))
    )
    atts = surveys(
        cid,
        cust,
        p,
        customer_done=T(2026, 6, 12, 9, 30, tzh(5.5)),
        partner_done=T(2026, 6, 12, 10, 0, tzh(5.5)),
        deal="21000",
    )
    docs, files = pa_docs(
        [("Konkan_Agro_Copilot_Envisioning.pdf", report)], ("Invoice_Konkan_Agro.pdf", saffron_indus_invoice()), atts
    )
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=submitted,
        workloads=["MICROSOFT 365 COPILOT"],
        docs=docs,
        eng=var_eng(ENG_CPE, 2450),
        consent=consent,
    )
    return Bundle(
        f"{cid}_saffron_konkan_invoice_from_other_claim",
        claim,
        files,
        "action_required",
        "The uploaded invoice is byte-for-byte the invoice of claim 4701054 (SS/INV/26-27/0041, 'claim ID 4701054 ... "
        "Azure Pre-Sales Variable Migration Assessment ... Indus Valley Textiles', USD 3,600). Each claim needs its "
        "own unique invoice showing its claim ID and the right amount (here claim 4701055, USD 2,450). The findings "
        "report and surveys are fine.",
        "Invoice_Konkan_Agro.pdf reads 'MCI engagement claim ID 4701054 ... delivered to Indus Valley Textiles Ltd "
        "... USD 3,600.00'.",
        pa_exp(invoice="fail", reused_evidence="fail", workload_match=PASS_NA),
    )


POMORSKIE = Customer(
    "Pomorskie Meble S.A.",
    "Pomorskie Meble",
    "pomorskiemeble.pl",
    "PL",
    Person("Tomasz Wiśniewski", "tomasz.wisniewski@pomorskiemeble.pl", "Dyrektor IT / IT Director"),
)
RIO_CLARO = Customer(
    "Transportes Rio Claro Ltda.",
    "Rio Claro",
    "transportesrioclaro.com.br",
    "BR",
    Person("Fernanda Lopes", "fernanda.lopes@transportesrioclaro.com.br", "Gerente de TI"),
)
KAIZEN_SELF = Customer(
    "Kaizen Cloud K.K.",
    "Kaizen Cloud",
    "kaizencloud.co.jp",
    "JP",
    Person("Yui Nakamura", "y.nakamura@kaizencloud.co.jp", "Corporate IT Lead"),
)
POLDER = Customer(
    "Hollandse Polder Zuivel B.V.",
    "Polder Zuivel",
    "polderzuivel.nl",
    "NL",
    Person("Marieke Bakker", "m.bakker@polderzuivel.nl", "Hoofd ICT"),
)
VALE_VERDE = Customer(
    "Laticínios Vale Verde S.A.",
    "Vale Verde",
    "valeverde.com.br",
    "BR",
    Person("Paulo Henrique Souza", "paulo.souza@valeverde.com.br", "Coordenador de Segurança da Informação"),
)
NOD = Customer(
    "Nod Publishers Inc.",
    "Nod Publishers",
    "nodpublishers.ca",
    "CA",
    Person("Michelle Tremblay", "mtremblay@nodpublishers.ca", "VP Technology"),
)


def s4701014_baltic_pomorskie_late() -> Bundle:
    cid, p, cust = 4701014, BALTIC, POMORSKIE
    consent, submitted = D(2026, 1, 12), T(2026, 5, 20, 13, 15)
    body = copilot_html(
        cust,
        p,
        when="4 February 2026, Słupsk factory",
        participants="10: Tomasz Wiśniewski (IT Director), sales, design office, HR, 4 production planners; "
        "Marta Kowalczyk, Piotr Zieliński (Baltic Arc)",
        scenarios=[
            ["Summarising dealer orders and complaints from 14 countries", "Export sales (8)", "1.5 h/day"],
            ["Drafting assembly instructions from CAD notes in PL/DE/EN", "Design office (6)", "40 % faster"],
            ["HR policy Q&amp;A for 900 factory staff", "HR (3)", "Fewer tickets"],
        ],
        readiness=[
            "Microsoft 365 E3 for 240 office users; Copilot pilot for 25",
            "SharePoint oversharing in the design-office site (supplier drawings)",
            "No retention policies for dealer correspondence",
        ],
        steps=[
            "Oversharing clean-up (March 2026)",
            "Copilot pilot for 25 users from April 2026",
            "Champions network of 5",
        ],
    )
    report = partner_doc(
        p, body, title="Pomorskie Meble Copilot Envisioning", ref="BA-CPE-2026-003", when=T(2026, 2, 11, 15, 0, tzh(1))
    )
    inv = pa_invoice(p, cid, ENG_CPE[1], cust, 2200, D(2026, 5, 15), "FV/2026/05/044", date_fmt=dotted)
    atts = surveys(
        cid,
        cust,
        p,
        customer_done=T(2026, 5, 18, 9, 0, tzh(2)),
        partner_done=T(2026, 5, 18, 9, 30, tzh(2)),
        deal="30000",
    )
    docs, files = pa_docs([("Raport_Copilot_Pomorskie_Meble_EN.pdf", report)], ("FV_2026_05_044.pdf", inv), atts)
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=submitted,
        workloads=["MICROSOFT 365 COPILOT"],
        docs=docs,
        eng=var_eng(ENG_CPE, 2200),
        consent=consent,
        comments=[
            (
                "partner",
                T(2026, 5, 20, 13, 10),
                "Apologies for the delay - the customer survey was only completed this week.",
            )
        ],
    )
    return Bundle(
        f"{cid}_baltic_pomorskie_submitted_after_deadline",
        claim,
        files,
        "reject",
        "Standard-timeline engagement: customer consent on 2026-01-12, first submission on 2026-05-20, 128 days later. "
        "A standard partner-activities claim must be submitted within 90 days of consent (the claim expires otherwise, "
        "with no extensions or exceptions); the documents themselves are fine but the deadline cannot be fixed.",
        "consent_date 2026-01-12, submitted_at 2026-05-20 (128 days); partner comment apologises for the delay.",
        pa_exp(submission_window="fail", workload_match=PASS_NA),
    )


def s4701035_altamira_rioclaro_assessment_late() -> Bundle:
    cid, p, cust = 4701035, ALTAMIRA, RIO_CLARO
    consent, submitted = D(2026, 8, 3), T(2026, 10, 14, 18, 30)
    body = (
        "<h1>Azure Migration Assessment – Relatório / Report</h1>"
        + kv(
            [
                ("Customer / Cliente", cust.name + ", Campinas"),
                ("Partner / Parceiro", p.name),
                ("Assessment window", "10 August – 18 September 2026"),
                ("Tooling", "Azure Migrate, 30 days of performance data"),
            ]
        )
        + "<h2>Estate</h2>"
        + grid(
            ["Workload", "Servers", "Notes"],
            [
                ["TMS (fleet management) on SQL Server 2016", "8", "GPS telemetry 40 GB/day"],
                ["Protheus ERP", "5", "Totvs, Windows Server 2012 R2 – end of support"],
                ["File, AD, print", "22", ""],
            ],
        )
        + "<h2>Estimate</h2>"
        + paras(
            "35 VMs in Brazil South; estimated consumption USD 7,800/month; migration in 3 waves from November 2026."
        )
    )
    report = partner_doc(
        p, body, title="Rio Claro Azure Assessment", ref="ALT-AZA-2026-017", when=T(2026, 9, 25, 17, 0, tzh(-3))
    )
    inv = pa_invoice(p, cid, ENG_AZA[1], cust, 3100, D(2026, 10, 9), "ALT-NF-2026-0918", date_fmt=gb)
    atts = surveys(
        cid,
        cust,
        p,
        customer_done=T(2026, 10, 12, 10, 0, tzh(-3)),
        partner_done=T(2026, 10, 12, 11, 0, tzh(-3)),
        deal="93600",
    )
    docs, files = pa_docs(
        [("Relatorio_Assessment_Azure_Rio_Claro.pdf", report)], ("NF_ALT-NF-2026-0918.pdf", inv), atts
    )
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Azure",
        partner=p,
        customer=cust,
        submitted=submitted,
        workloads=[],
        docs=docs,
        eng=var_eng(ENG_AZA, 3100),
        consent=consent,
    )
    return Bundle(
        f"{cid}_altamira_rioclaro_assessment_after_60_days",
        claim,
        files,
        "reject",
        "Assessment-type engagement: consent on 2026-08-03, submitted on 2026-10-14 - 72 days later, past the 60-day "
        "limit for assessments (the claim expires; no extensions or exceptions). Report, invoice (claim 4701035, USD "
        "3,100) and surveys are otherwise in order.",
        "engagement.activity_type 'assessment'; consent_date 2026-08-03, submitted_at 2026-10-14 (72 days).",
        pa_exp(submission_window="fail"),
        container="zip",
    )


def s4701028_kaizen_internal_workshop() -> Bundle:
    cid, p, cust = 4701028, KAIZEN, KAIZEN_SELF
    consent, submitted = D(2026, 4, 13), T(2026, 6, 5, 10, 0)
    body = copilot_html(
        cust,
        p,
        when="14 May 2026, Kaizen Cloud head office (Otemachi)",
        participants="22 Kaizen Cloud sales and delivery staff; facilitated by Haruto Mori",
        scenarios=[
            ["Drafting customer proposals in Japanese and English", "Sales (9)", "3 h per proposal"],
            ["Summarising project status meetings", "Delivery (11)", "30 min/day"],
            ["Expense and timesheet Q&amp;A", "Back office (2)", "Fewer tickets"],
        ],
        readiness=[
            "Internal tenant kaizencloud.co.jp: 140 users on Microsoft 365 E5",
            "Customer project folders shared too widely in SharePoint",
        ],
        steps=["Copilot for all 140 Kaizen Cloud staff from July 2026", "Internal prompt library for proposals"],
        title="Internal Copilot Envisioning Workshop – Kaizen Cloud staff",
    )
    report = partner_doc(
        p,
        body,
        title="Kaizen Cloud internal Copilot workshop",
        ref="KC-INT-2026-05",
        when=T(2026, 5, 20, 18, 0, tzh(9)),
    )
    inv = pa_invoice(
        p,
        cid,
        ENG_CPE[1],
        cust,
        2700,
        D(2026, 6, 1),
        "KC-2026-0601",
        date_fmt=lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    )
    atts = surveys(
        cid, cust, p, customer_done=T(2026, 6, 2, 10, 0, tzh(9)), partner_done=T(2026, 6, 2, 10, 20, tzh(9)), deal="0"
    )
    docs, files = pa_docs([("Internal_Copilot_Workshop_Report.pdf", report)], ("Invoice_KC-2026-0601.pdf", inv), atts)
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=submitted,
        workloads=["MICROSOFT 365 COPILOT"],
        docs=docs,
        eng=var_eng(ENG_CPE, 2700),
        consent=consent,
    )
    return Bundle(
        f"{cid}_kaizen_workshop_for_own_staff",
        claim,
        files,
        "reject",
        "The 'customer' is Kaizen Cloud K.K. itself (same name and domain kaizencloud.co.jp as the partner) and the "
        "report describes an internal workshop for Kaizen Cloud's own staff. Partners cannot earn incentives "
        "for services where the partner itself is the end customer: reject.",
        "Customer name/domain 'Kaizen Cloud K.K.' / kaizencloud.co.jp = partner; report title 'Internal "
        "Copilot Envisioning Workshop – Kaizen Cloud staff'.",
        pa_exp(ineligible_customer="fail", workload_match=PASS_NA),
    )


def s4701041_vireo_polder_customer_survey_incomplete() -> Bundle:
    cid, p, cust = 4701041, VIREO, POLDER
    consent, submitted = D(2026, 7, 6), T(2026, 9, 9, 14, 45)
    body = copilot_html(
        cust,
        p,
        when="19 August 2026, Polder Zuivel, Gouda",
        participants="11: Marieke Bakker (Hoofd ICT), kwaliteit (2), inkoop (2), klantenservice (3), financiën; Daan "
        "Verbeek, Sanne Mulder (Vireo)",
        scenarios=[
            ["Summarising HACCP deviation reports from 3 dairy plants", "Quality (2)", "Daily report in 15 min"],
            ["Supplier contract comparisons for milk collection", "Purchasing (2)", "Faster renewals"],
            ["Answering retailer questions in Dutch and German", "Customer service (3)", "1 h/day"],
        ],
        readiness=[
            "Microsoft 365 E3 for 180 users; Copilot pilot for 20",
            "Plant SharePoint sites shared with all staff",
        ],
        steps=["Pilot for 20 users from October 2026", "Sensitivity label 'Receptuur' for recipes"],
    )
    report = partner_doc(
        p, body, title="Polder Zuivel Copilot Envisioning", ref="VD-CPE-2026-022", when=T(2026, 8, 26, 12, 0, tzh(2))
    )
    inv = pa_invoice(p, cid, ENG_CPE[1], cust, 2150, D(2026, 9, 1), "VD-2026-0917", date_fmt=dotted)
    atts = surveys(
        cid,
        cust,
        p,
        customer_done=T(2026, 9, 3, 16, 2, tzh(2)),
        partner_done=T(2026, 9, 4, 9, 0, tzh(2)),
        deal="26000",
        cust_sig=("M. Bakker", "", ""),
    )
    docs, files = pa_docs([("Copilot envisioning - Polder Zuivel.pdf", report)], ("VD-2026-0917.pdf", inv), atts)
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=submitted,
        workloads=["MICROSOFT 365 COPILOT"],
        docs=docs,
        eng=var_eng(ENG_CPE, 2150),
        consent=consent,
    )
    return Bundle(
        f"{cid}_vireo_polder_customer_survey_signature_incomplete",
        claim,
        files,
        "reject",
        "The customer attestation's electronic signature is 'M. Bakker' with no company and no job title (full name, "
        "company name and job title are all required). The guide: if the customer attestation signature is not valid "
        "with all required elements the claim may be rejected, and once a customer survey response is "
        "recorded it cannot "
        "be re-sent on the claim, so this cannot be fixed: reject. Report and invoice (USD 2,150, claim 4701041) are "
        "fine.",
        "customer_survey.json signature: full_name 'M. Bakker', company '', job_title ''.",
        pa_exp(attestations="fail", workload_match=PASS_NA),
    )


def s4701059_altamira_valeverde_customer_survey_by_partner() -> Bundle:
    cid, p, cust = 4701059, ALTAMIRA, VALE_VERDE
    consent, submitted = D(2026, 9, 14), T(2026, 11, 19, 16, 0)
    body = (
        "<h1>Threat Protection Engagement – Relatório de resultados / Results report</h1>"
        + kv(
            [
                ("Customer", cust.name + ", Uberlândia (MG)"),
                ("Partner", p.name),
                ("Dates", "21 September – 30 October 2026"),
                ("Customer sponsor", f"{cust.contact.name}, {cust.contact.title}"),
            ]
        )
        + f"<h2>{THREAT_MODULES_HEAD}</h2>"
        + ul(THREAT_MODULES)
        + "<h2>Findings</h2>"
        + grid(
            ["Area", "Finding"],
            [
                ["E-mail", "2,310 phishing e-mails, 61 delivered; fake boleto (bank slip) campaign against finance"],
                ["Identity", "14 risky users; legacy authentication still enabled for 3 service accounts"],
                ["Endpoints", "22 of 410 devices with outdated Windows 10; 1 infostealer detected"],
            ],
        )
        + "<h2>Recommendations</h2>"
        + ul(
            [
                "Microsoft 365 E5 Security for 410 users",
                "Block legacy authentication; MFA for all",
                "Defender for Endpoint on the 6 dairy plants' OT jump servers",
            ]
        )
    )
    report = partner_doc(
        p, body, title="Vale Verde TPE report", ref="ALT-TPE-2026-022", when=T(2026, 11, 3, 12, 0, tzh(-3))
    )
    inv = pa_invoice(p, cid, ENG_TPE[1], cust, 4100, D(2026, 11, 10), "ALT-NF-2026-1104", date_fmt=gb)
    atts = surveys(
        cid,
        cust,
        p,
        customer_done=T(2026, 11, 12, 18, 41, tzh(-3)),
        partner_done=T(2026, 11, 12, 18, 37, tzh(-3)),
        deal="147000",
        cust_sig=(p.contact.name, p.name, p.contact.title),
    )
    docs, files = pa_docs([("TPE_Relatorio_Vale_Verde.pdf", report)], ("NF_ALT-NF-2026-1104.pdf", inv), atts)
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Security",
        partner=p,
        customer=cust,
        submitted=submitted,
        workloads=[],
        docs=docs,
        eng=var_eng(ENG_TPE, 4100),
        consent=consent,
    )
    return Bundle(
        f"{cid}_altamira_valeverde_customer_survey_signed_by_partner",
        claim,
        files,
        "reject",
        "The customer attestation was completed and e-signed by the partner's own project manager (Rafael Monteiro, "
        "Altamira Consultoria em TI Ltda., Gerente de Projetos - the same person as the partner contact, four minutes "
        "after he completed the partner survey). The customer survey must be completed by the customer; this signature "
        "is not a valid customer attestation and the completed survey cannot be re-sent on the claim: reject. Report "
        "(with the programme's standard module list, boilerplate) and invoice (USD 4,100, claim 4701059) are fine.",
        "customer_survey.json signature: 'Rafael Monteiro', company 'Altamira Consultoria em TI Ltda.', job "
        "title 'Gerente de Projetos'.",
        pa_exp(attestations="fail"),
    )


AMMP_ACTIVITIES = [
    "Application Compatibility Assessment/Review",
    "Landing Zone Setup or Review",
    "Modernization activities (including Arc-enablement as required)",
    "Azure security deployment and setup (recommended)",
]


def s4701057_lumen_nod_ammp_small() -> Bundle:
    cid, p, cust = 4701057, LUMEN, NOD
    consent, submitted = D(2026, 1, 20), T(2026, 4, 28, 15, 5)
    body = (
        "<h1>AMMP Partner-led App &amp; Data Modernization (Small)</h1><p class='muted'>Proof of Execution</p>"
        + kv(
            [
                ("Customer", cust.name + ", Montréal, QC"),
                ("Partner", p.name),
                ("MCI claim ID", str(cid)),
                ("Production date", "April 2, 2026"),
                ("Planned Azure consumption (ARR)", "USD 68,000 / year"),
            ]
        )
        + "<h2>Required activities</h2>"
        + grid(
            ["Activity", "Completed", "Evidence"],
            [
                [
                    AMMP_ACTIVITIES[0],
                    "Yes",
                    "Assessment of the editorial CMS (.NET Framework 4.6, 14 services) and the "
                    "rights-management database; 3 blockers resolved",
                ],
                [
                    AMMP_ACTIVITIES[1],
                    "Yes",
                    "Landing zone in Canada Central: hub-spoke, Azure Policy baseline, 2 subscriptions "
                    "(prod, non-prod)",
                ],
                [
                    AMMP_ACTIVITIES[2],
                    "Yes",
                    "CMS re-platformed to .NET 8 on Azure App Service; rights DB migrated to Azure SQL "
                    "Managed Instance; print-scheduling API containerised on AKS",
                ],
                [
                    AMMP_ACTIVITIES[3],
                    "Yes",
                    "Defender for Cloud (Servers P2, SQL, App Service); Key Vault for secrets; private endpoints",
                ],
            ],
        )
        + "<h2>Sign-off</h2>"
        + signoff_table(("Customer", cust.contact, cust.name), ("Partner", p.contact, p.name))
    )
    tpl = partner_doc(
        p,
        body,
        title="AMMP POE template - Nod Publishers",
        ref=f"AMMP-{cid}",
        when=T(2026, 4, 9, 10, 0, tzh(-4)),
        paper="letter",
    )
    page = page_of(tpl, "Signature:")
    signed = scan_pdf(
        tpl,
        meta_for(
            None,
            "AMMP_POE_Nod_signed",
            T(2026, 4, 14, 16, 20, tzh(-4)),
            creator="Epson Scan 2",
            producer="Epson Scan 2",
        ),
        f"{cid}",
        inks=[
            sign_ink("Signature:", "Michelle Tremblay", page=page, dx=-40),
            date_ink("Date:", "2026-04-14", page=page),
            sign_ink("Signature:", "Priya Chandran", page=page, dx=-40, hit=1, ink=(10, 10, 10)),
            date_ink("Date:", "2026-04-13", page=page, hit=1, ink=(10, 10, 10)),
        ],
        dpi=150,
        skews=(0.9,),
    )
    inv = pa_invoice(p, cid, "AMMP App/Data Modernization (Small)", cust, 15000, D(2026, 4, 20), "LBT-24418")
    atts = surveys(
        cid,
        cust,
        p,
        customer_done=T(2026, 4, 22, 13, 0, tzh(-4)),
        partner_done=T(2026, 4, 22, 13, 30, tzh(-4)),
        deal="68000",
    )
    docs, files = pa_docs([("AMMP POE - Nod Publishers (signed).pdf", signed)], ("LBT-24418.pdf", inv), atts)
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Azure",
        partner=p,
        customer=cust,
        submitted=submitted,
        workloads=[],
        docs=docs,
        eng=engagement("AMMP-ADM-S", "AMMP App/Data Modernization (Small)", "xs_small", "fixed"),
        consent=consent,
    )
    return Bundle(
        f"{cid}_lumen_nod_ammp_small_signed_template",
        claim,
        files,
        "approve",
        "AMMP App/Data Modernization (Small): the signed template (scan, signed by the customer's VP "
        "Technology 2026-04-14) "
        "covers the four required activities with project specifics and a planned ARR of USD 68K (inside the 25K-125K "
        "band); surveys complete; submitted 98 days after consent (small projects: 120 days). The required-activity "
        "names are the engagement's standard list (boilerplate). UNSURE: the invoice shows claim 4701057, the partner "
        "and USD 15,000 - the Market A rate in the guide's example, but those are FY23 rates and a fixed "
        "payout's current rate is in the programme guide, not in the claim.",
        "Signed AMMP template with the four required activities ticked; invoice 'claim ID 4701057 ... USD 15,000.00'.",
        pa_exp(invoice=["pass", "warn"]),
    )


# ---- Sigma Nordic: the delivery report whose narrative is copied onto two other customers' claims ----
def sigma_narrative(name: str) -> str:
    return (
        f"{name} ran Exchange Server 2016 on-premises at its Gothenburg head office and Malmö terminal, with 1,240 "
        "mailboxes, "
        "86 shared mailboxes and 2.3 TB of mail data. Sigma Nordic migrated all mailboxes to Exchange Online in six "
        "batches between 12 January and 20 February 2026 using a hybrid configuration, decommissioned the two "
        "on-premises servers and "
        "moved the MX records on 21 February. Microsoft Teams was rolled out to all 1,240 users, including "
        "310 terminal workers "
        "on shared Android devices in Malmö with the Teams frontline templates. The file shares G:\\Drift "
        "and G:\\Ekonomi at the "
        "head office were migrated to 42 SharePoint Online team sites with permissions mapped to 28 security groups; "
        "the old shares were set read-only on 27 February 2026."
    )


def sigma_report(cust: Customer, ref: str, issued: dt.date) -> bytes:
    p = SIGMA
    body = (
        "<h1>Leveransrapport / Delivery report</h1>"
        + kv(
            [
                ("Kund / Customer", escape(cust.name)),
                ("Leverantör / Supplier", p.name),
                ("Projekt / Project", "Microsoft 365 – Exchange Online, Teams och SharePoint"),
                ("Rapportdatum / Report date", issued.isoformat()),
            ]
        )
        + "<h2>Sammanfattning / Summary</h2>"
        + paras(escape(sigma_narrative(cust.name)))
        + "<h2>Nyckeltal / Key figures</h2>"
        + grid(
            ["Workload", "Scope", "Status"],
            [
                ["Exchange Online", "1,240 mailboxes, 86 shared, 2.3 TB", "Completed 20 Feb 2026"],
                ["Microsoft Teams", "1,240 users incl. 310 frontline", "Completed"],
                ["SharePoint Online", "42 team sites, 28 groups", "Completed 27 Feb 2026"],
            ],
        )
        + "<h2>Överlämning / Handover</h2>"
        + ul(["Admin documentation and runbook delivered", "Two weeks of hypercare after go-live (until 6 March 2026)"])
    )
    return partner_doc(
        p,
        body,
        title=f"Leveransrapport {cust.short}",
        ref=ref,
        when=T(issued.year, issued.month, issued.day, 14, 0, tzh(1)),
        footer=p.footer,
        page_fmt="Sida {i} av {n}",
    )


KATTEGATT = Customer(
    "Kattegatt Shipping AB",
    "Kattegatt Shipping",
    "kattegattshipping.se",
    "SE",
    Person("Johan Ek", "johan.ek@kattegattshipping.se", "IT-chef"),
)
LINDQVIST = Customer(
    "Lindqvist Bygg AB",
    "Lindqvist Bygg",
    "lindqvistbygg.se",
    "SE",
    Person("Per Lindqvist", "per.lindqvist@lindqvistbygg.se", "Ekonomi- och IT-ansvarig"),
)
EKHOLM = Customer(
    "Ekholm Retail AB",
    "Ekholm Retail",
    "ekholmretail.se",
    "SE",
    Person("Sara Ekholm", "sara.ekholm@ekholmretail.se", "COO"),
)


def sigma_thread(
    cust: Customer, ref: str, issued: dt.date, sent: dt.datetime, replied: dt.datetime, reply_text: str, seed: str
) -> tuple[bytes, bytes]:
    p = SIGMA
    report = sigma_report(cust, ref, issued)
    ask = Mail(
        p.contact,
        (cust.contact,),
        sent,
        f"Leveransrapport {cust.short} – Microsoft 365",
        f"Hej {cust.contact.name.split()[0]},\n\nBifogat finns leveransrapporten för Microsoft 365-projektet ({ref}). "
        "/ Attached is the delivery report for the Microsoft 365 project.\n\n"
        "Could you confirm by reply that you accept the delivery?\n\nMed vänliga hälsningar / Kind regards",
        signature=partner_sig(p),
        seed=f"{seed}-ask",
        attachments=((f"Leveransrapport_{ref}.pdf", report),),
        lang="sv-SE",
    )
    reply = Mail(
        cust.contact,
        (p.contact,),
        replied,
        f"SV: Leveransrapport {cust.short} – Microsoft 365",
        reply_text,
        signature=sig_block(cust.contact, cust.name),
        quote=replace(ask, attachments=()),
        seed=f"{seed}-reply",
        lang="sv-SE",
    )
    return report, eml(reply)


def s4701017_sigma_kattegatt_original_narrative() -> Bundle:
    cid, p, cust = 4701017, SIGMA, KATTEGATT
    report, ack = sigma_thread(
        cust,
        "SN-M365-2025-031",
        D(2026, 3, 2),
        T(2026, 3, 2, 15, 10, tzh(1)),
        T(2026, 3, 5, 8, 22, tzh(1)),
        "Hej Anna,\n\nWe have gone through the delivery report with our terminal manager and the finance "
        "team. Kattegatt Shipping confirms that the "
        "Exchange Online migration (1,240 mailboxes), the Teams rollout including the Malmö terminal devices and the "
        "SharePoint migration of "
        "G:\\Drift and G:\\Ekonomi are complete and accepted.\n\nTack för ett bra jobb!\nJohan",
        str(cid),
    )
    docs = [("Leveransrapport_SN-M365-2025-031.pdf", "poe"), ("SV Leveransrapport Kattegatt Shipping.eml", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=T(2026, 3, 12, 9, 40),
        workloads=["EXCHANGE ONLINE", "TEAMS", "SHAREPOINT ONLINE"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_sigma_kattegatt_delivery_report",
        claim,
        {docs[0][0]: report, docs[1][0]: ack},
        "approve",
        "Delivery report (Swedish headings, English text) naming Sigma Nordic and Kattegatt Shipping with a specific "
        "narrative (Gothenburg head office, Malmö terminal, 1,240 mailboxes, 42 sites) and the IT manager's reply from "
        "kattegattshipping.se on 2026-03-05 accepting each workload. This is the first claim to carry this narrative; "
        "the same text later appears, with only the customer name changed, on claims 4701024 and 4701039, which are "
        "the copies.",
        "Reply from johan.ek@kattegattshipping.se: 'Kattegatt Shipping confirms that the Exchange Online migration "
        "(1,240 mailboxes) ... are complete and accepted.'",
        cpor_exp(customer_domain="pass"),
    )


def s4701024_sigma_lindqvist_copied_narrative() -> Bundle:
    cid, p, cust = 4701024, SIGMA, LINDQVIST
    report, ack = sigma_thread(
        cust,
        "SN-M365-2026-007",
        D(2026, 4, 13),
        T(2026, 4, 13, 16, 0, tzh(2)),
        T(2026, 4, 15, 7, 55, tzh(2)),
        "Hi Anna,\n\nThanks for the report. We confirm the Exchange Online, Teams and SharePoint work described in "
        "the attached delivery report is completed. Approved.\n\n/Per",
        str(cid),
    )
    docs = [("Leveransrapport_SN-M365-2026-007.pdf", "poe"), ("SV Leveransrapport Lindqvist Bygg.eml", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=T(2026, 4, 22, 10, 5),
        workloads=["EXCHANGE ONLINE", "TEAMS", "SHAREPOINT ONLINE"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_sigma_lindqvist_copied_narrative",
        claim,
        {docs[0][0]: report, docs[1][0]: ack},
        "action_required",
        "The delivery report's summary is word for word the Kattegatt Shipping narrative of claim 4701017 with only "
        "the customer name swapped - it still describes a Gothenburg head office and a Malmö terminal with "
        "310 terminal "
        "workers, 1,240 mailboxes and the G:\\Drift and G:\\Ekonomi shares, which does not fit a construction firm. "
        "A generic narrative already submitted on another claim is not evidence of this customer's work, even with "
        "the customer's short 'Approved' reply; the partner must provide POE describing the work actually done for "
        "Lindqvist Bygg. UNSURE: on its own the text reads as detailed, so the activity-detail check alone could pass; "
        "the queue shows it is copied.",
        "Summary paragraph identical to claim 4701017's except 'Lindqvist Bygg AB ran Exchange Server 2016 ... at its "
        "Gothenburg head office and Malmö terminal'.",
        cpor_exp(reused_evidence="fail", activity_detail=["pass", "fail"], customer_domain="pass"),
        container="zip",
    )


def s4701039_sigma_ekholm_copied_narrative() -> Bundle:
    cid, p, cust = 4701039, SIGMA, EKHOLM
    report, ack = sigma_thread(
        cust,
        "SN-M365-2026-019",
        D(2026, 6, 19),
        T(2026, 6, 19, 11, 30, tzh(2)),
        T(2026, 6, 22, 13, 12, tzh(2)),
        "Hej!\n\nApproved from our side – thanks for the delivery report.\n\n/Sara",
        str(cid),
    )
    docs = [("Leveransrapport_SN-M365-2026-019.pdf", "poe"), ("SV Leveransrapport Ekholm Retail.eml", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=T(2026, 6, 30, 14, 0),
        workloads=["EXCHANGE ONLINE", "TEAMS", "SHAREPOINT ONLINE"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_sigma_ekholm_copied_narrative",
        claim,
        {docs[0][0]: report, docs[1][0]: ack},
        "action_required",
        "Third use of the same narrative (claims 4701017 and 4701024): Ekholm Retail's report repeats "
        "Kattegatt Shipping's "
        "Gothenburg/Malmö terminal story, mailbox counts and file-share names with only the name changed. "
        "Copied claim-specific "
        "narrative is not POE for this customer; the partner must describe the work actually delivered to "
        "Ekholm Retail. UNSURE: in isolation the activity text reads as detailed.",
        "Summary identical to claims 4701017/4701024 apart from 'Ekholm Retail AB'; reply 'Approved from our side'.",
        cpor_exp(reused_evidence="fail", activity_detail=["pass", "fail"], customer_domain="pass"),
    )


WISLA = Customer(
    "Wisła Logistics sp. z o.o.",
    "Wisła Logistics",
    "wislalogistics.pl",
    "PL",
    Person("Agnieszka Nowak", "a.nowak@wislalogistics.pl", "Kierownik IT / Head of IT"),
)
ZUIDERZEE = Customer(
    "Zuiderzee Bouw B.V.",
    "Zuiderzee Bouw",
    "zuiderzeebouw.nl",
    "NL",
    Person("Erik de Jong", "e.dejong@zuiderzeebouw.nl", "Manager Bedrijfsvoering"),
)


def s4701034_baltic_wisla_eml_with_report() -> Bundle:
    cid, p, cust = 4701034, BALTIC, WISLA
    body = (
        "<h1>Project Closure Report</h1><p class='muted'>Wisła Connect – intranet, communities and frontline Teams</p>"
        + kv(
            [
                ("Customer", cust.name + ", Toruń"),
                ("Partner", p.name),
                ("Period", "2 June – 11 September 2026"),
                ("Project lead (customer)", f"{cust.contact.name}, {cust.contact.title}"),
            ]
        )
        + "<h2>Delivered</h2>"
        + grid(
            ["Workload", "What we did", "Users"],
            [
                [
                    "SharePoint Online",
                    "Intranet 'Wisła Connect' (home site, 4 warehouse hubs, HR and safety sites); 3,900 "
                    "documents migrated from the old intranet; Polish/English multilingual pages",
                    "640",
                ],
                [
                    "Viva Engage",
                    "Communities per warehouse (Toruń, Łódź, Poznań, Gdynia) and a company-wide "
                    "announcements community; storyline for the management board",
                    "640",
                ],
                [
                    "Microsoft Teams",
                    "Dispatch teams for 180 drivers on shared tablets; Shifts for 4 warehouses; Walkie Talkie for yard "
                    "staff",
                    "640 incl. 180 drivers",
                ],
            ],
        )
        + "<h2>Adoption (August 2026)</h2>"
        + grid(
            ["Measure", "Value"],
            [
                ["Monthly active intranet users", "588 (92 %)"],
                ["Viva Engage posts per week", "~140"],
                ["Shifts published per week", "4 warehouses"],
            ],
        )
    )
    report = partner_doc(
        p, body, title="Wisla Connect closure report", ref="BA-2026-M365-118", when=T(2026, 9, 14, 12, 0, tzh(2))
    )
    ask = Mail(
        p.contact,
        (cust.contact,),
        T(2026, 9, 14, 15, 5, tzh(2)),
        "Wisła Connect – raport zamknięcia projektu / closure report",
        "Dzień dobry Pani Agnieszko,\n\nw załączeniu raport zamknięcia projektu Wisła Connect. / Please find attached "
        "the closure report. Could you confirm acceptance by reply?\n\nPozdrawiam,",
        signature=partner_sig(p),
        seed=f"{cid}-ask",
        lang="pl-PL",
    )
    reply = Mail(
        cust.contact,
        (p.contact,),
        T(2026, 9, 18, 9, 47, tzh(2)),
        "RE: Wisła Connect – raport zamknięcia projektu / closure report",
        "Dzień dobry Pani Marto,\n\nwe confirm acceptance of the Wisła Connect project as described in the closure "
        "report: the SharePoint intranet with the four "
        "warehouse hubs, the Viva Engage communities and Teams with Shifts for the warehouses and the "
        "drivers' dispatch tablets. Everything is live for our 640 "
        "employees. Report attached back for your records.\n\nDziękuję za współpracę,",
        signature=sig_block(cust.contact, cust.name, "ul. Szosa Bydgoska 52, 87-100 Toruń"),
        quote=ask,
        seed=f"{cid}-reply",
        attachments=(("Wisla_Connect_closure_report.pdf", report),),
        lang="pl-PL",
    )
    docs = [("RE Wisla Connect - raport zamkniecia projektu.eml", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=T(2026, 9, 30, 8, 30),
        workloads=["SHAREPOINT ONLINE", "VIVA ENGAGE", "TEAMS"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_baltic_wisla_eml_with_attached_report",
        claim,
        {docs[0][0]: eml(reply)},
        "approve",
        "A single .eml: the customer's Head of IT (wislalogistics.pl, 2026-09-18) confirms acceptance of the project "
        "and lists the SharePoint intranet, Viva Engage communities and Teams/Shifts work; the partner's "
        "closure report "
        "is attached to the same message with users, dates and adoption figures. Polish greetings around an English "
        "body: the acknowledgement and report are readable in English.",
        "Reply from a.nowak@wislalogistics.pl: 'we confirm acceptance of the Wisła Connect project as described in "
        "the closure report ...' with the report PDF attached.",
        cpor_exp(customer_domain="pass"),
    )


def s4701058_vireo_zuiderzee_ooo_and_receipt_only() -> Bundle:
    cid, p, cust = 4701058, VIREO, ZUIDERZEE
    body = (
        "<h1>Opleverrapport / Completion report</h1>"
        + kv(
            [
                ("Customer", cust.name + ", Lelystad"),
                ("Partner", p.name),
                ("Period", "April – June 2026"),
                ("Scope", "Teams and SharePoint Online for office and site staff"),
            ]
        )
        + "<h2>Work delivered</h2>"
        + ul(
            [
                "Teams for 260 users incl. 140 site foremen on tablets; a team per building project (38 "
                "active projects)",
                "SharePoint project-site template with drawings library and approval flow; 1.4 TB moved from the NAS",
                "Training: 9 sessions, 2 on site in Almere and Zwolle",
            ]
        )
    )
    report = partner_doc(
        p, body, title="Opleverrapport Zuiderzee Bouw", ref="VD-M365-2026-031", when=T(2026, 7, 9, 16, 0, tzh(2))
    )
    first = Mail(
        p.contact,
        (cust.contact,),
        T(2026, 7, 10, 10, 2, tzh(2)),
        "Opleverrapport Teams & SharePoint – akkoord?",
        "Beste Erik,\n\nBijgaand het opleverrapport van het Teams- en SharePoint-project. Wil je per mail bevestigen "
        "dat je akkoord bent met de oplevering?\n\nGroet,",
        signature=partner_sig(p),
        seed=f"{cid}-1",
        attachments=(("Opleverrapport_VD-M365-2026-031.pdf", report),),
        lang="nl-NL",
    )
    ooo = Mail(
        cust.contact,
        (p.contact,),
        T(2026, 7, 10, 10, 2, tzh(2)),
        "Automatisch antwoord: Opleverrapport Teams & SharePoint – akkoord?",
        "Ik ben afwezig tot en met maandag 3 augustus (bouwvak). Voor dringende zaken kunt u contact opnemen "
        "met planning@zuiderzeebouw.nl.\n\n"
        "I am out of office until Monday 3 August (summer shutdown). For urgent matters please contact "
        "planning@zuiderzeebouw.nl.",
        seed=f"{cid}-ooo",
        mailer="Microsoft Exchange Server",
        auto_reply=True,
        lang="nl-NL",
    )
    resend = Mail(
        p.contact,
        (cust.contact,),
        T(2026, 8, 4, 9, 15, tzh(2)),
        "RE: Opleverrapport Teams & SharePoint – akkoord?",
        "Hoi Erik,\n\nWelkom terug! Nog even een reminder voor het akkoord op het opleverrapport hieronder.\n\nGroet,",
        signature=partner_sig(p),
        quote=replace(first, attachments=()),
        seed=f"{cid}-2",
        lang="nl-NL",
    )
    thanks = Mail(
        cust.contact,
        (p.contact,),
        T(2026, 8, 5, 7, 48, tzh(2)),
        "RE: Opleverrapport Teams & SharePoint – akkoord?",
        "Bedankt, ontvangen. / Thanks, received.\n\nErik",
        signature=sig_block(cust.contact, cust.name),
        quote=resend,
        seed=f"{cid}-3",
        lang="nl-NL",
        mailer="Outlook for iOS",
    )
    docs = [
        ("Opleverrapport_VD-M365-2026-031.pdf", "poe"),
        ("Automatisch antwoord Opleverrapport.msg", "poe"),
        ("RE Opleverrapport Teams SharePoint akkoord.msg", "poe"),
    ]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=T(2026, 8, 12, 11, 0),
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_vireo_zuiderzee_out_of_office_and_receipt_only",
        claim,
        {docs[0][0]: report, docs[1][0]: msg_file(ooo), docs[2][0]: msg_file(thanks)},
        "action_required",
        "The completion report is detailed, but the customer never accepted it: the first 'reply' is an "
        "automatic out-of-office "
        "message and the second only says 'Bedankt, ontvangen. / Thanks, received.' Neither approves or confirms the "
        "partner's work, so there is no customer acknowledgement; the partner must obtain one.",
        "Customer messages: 'Automatisch antwoord: ... afwezig tot en met maandag 3 augustus' and 'Bedankt, ontvangen. "
        "/ Thanks, received.'",
        cpor_exp(customer_acknowledgement="fail", customer_domain=PASS_NA),
        container="zip-folder",
    )


def outlook_screenshot(m: Mail, *, w: int = 1180, h: int = 760) -> bytes:
    """A screenshot of an e-mail open in Outlook's reading pane (a flat image)."""
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w, 44), fill=(16, 110, 190))
    d.text((16, 12), "Outlook", font=font("DejaVuSans-Bold.ttf", 17), fill=(255, 255, 255))
    d.rectangle((0, 44, 230, h), fill=(243, 242, 241))
    for k, label in enumerate(
        ["Inbox", "Drafts", "Sent Items", "Deleted Items", "Archive", "Customers", "  Maple & Finch"]
    ):
        d.text((18, 64 + k * 30), label, font=font("DejaVuSans.ttf", 14), fill=(50, 50, 50))
    x = 252
    d.text((x, 60), m.subject, font=font("DejaVuSans-Bold.ttf", 19), fill=(30, 30, 30))
    d.ellipse((x, 100, x + 40, 140), fill=(120, 80, 160))
    d.text(
        (x + 9, 109),
        "".join(part[0] for part in m.sender.name.split()[:2]),
        font=font("DejaVuSans-Bold.ttf", 15),
        fill=(255, 255, 255),
    )
    d.text(
        (x + 52, 100), f"{m.sender.name} <{m.sender.email}>", font=font("DejaVuSans-Bold.ttf", 14), fill=(30, 30, 30)
    )
    d.text((x + 52, 122), "To: " + ", ".join(p.name for p in m.to), font=font("DejaVuSans.ttf", 13), fill=(90, 90, 90))
    d.text((w - 230, 100), outlook_short(m.when), font=font("DejaVuSans.ttf", 13), fill=(90, 90, 90))
    y = 170
    for para in mail_text(replace(m, quote=None)).split("\n"):
        line = ""
        for word in para.split(" "):
            trial = (line + " " + word).strip()
            if d.textlength(trial, font=font("DejaVuSans.ttf", 15)) > w - x - 40:
                d.text((x, y), line, font=font("DejaVuSans.ttf", 15), fill=(30, 30, 30))
                y += 22
                line = word
            else:
                line = trial
        d.text((x, y), line, font=font("DejaVuSans.ttf", 15), fill=(30, 30, 30))
        y += 22
    return png(img)


MAPLE = Customer(
    "Maple & Finch Insurance Inc.",
    "Maple & Finch",
    "maplefinch.ca",
    "CA",
    Person("Gordon Leblanc", "gordon.leblanc@maplefinch.ca", "Director, IT Security"),
)


def s4701009_lumen_maplefinch_screenshot_ack() -> Bundle:
    cid, p, cust = 4701009, LUMEN, MAPLE
    body = (
        "<h1>Identity &amp; Endpoint Security – Project Report</h1>"
        + kv(
            [
                ("Customer", cust.name + ", Halifax, NS"),
                ("Partner", p.name),
                ("Period", "September 8 – December 12, 2025, hypercare to January 16, 2026"),
                ("Users / devices", "870 users, 910 Windows devices, 240 iPhones"),
            ]
        )
        + "<h2>Microsoft Entra ID P2</h2>"
        + ul(
            [
                "Conditional Access baseline: 14 policies incl. compliant-device requirement for claims adjusters",
                "Privileged Identity Management for 31 admin roles; monthly access reviews",
                "Identity Protection risk policies; 3 compromised accounts auto-remediated during the project",
            ]
        )
        + "<h2>Microsoft Intune</h2>"
        + ul(
            [
                "Co-management with Configuration Manager, workloads moved to Intune (compliance, Windows "
                "Update, Office apps)",
                "240 iPhones enrolled through Automated Device Enrollment with app protection for the claims app",
                "BitLocker escrow and LAPS for all 910 laptops",
            ]
        )
        + grid(
            ["Measure", "Before", "After"],
            [["Devices compliant", "n/a", "94 %"], ["Sign-ins covered by Conditional Access", "35 %", "100 %"]],
        )
    )
    report = partner_doc(
        p, body, title="Maple & Finch project report", ref="LBT-SEC-1043", when=T(2026, 1, 20, 14, 0, tzh(-5))
    )
    ack = Mail(
        cust.contact,
        (p.contact,),
        T(2026, 1, 27, 16, 12, tzh(-4)),
        "RE: Maple & Finch – identity and endpoint project report",
        "Hi Priya,\n\nWe reviewed the project report and confirm Lumen Bridge completed the Entra ID P2 and Intune "
        "work for our 870 users as described. Thanks to you and the team.\n\nGordon",
        seed=f"{cid}-ack",
    )
    shot = outlook_screenshot(ack)
    docs = [("Project Report - Maple & Finch.pdf", "poe"), ("Customer approval.png", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=p,
        customer=cust,
        submitted=T(2026, 2, 17, 19, 20),
        workloads=["AZURE ACTIVE DIRECTORY PREMIUM 2", "INTUNE"],
        docs=docs,
        comments=[("partner", T(2026, 2, 17, 19, 18), "Screenshot of the customer's approval e-mail attached.")],
    )
    return Bundle(
        f"{cid}_lumen_maplefinch_screenshot_of_approval",
        claim,
        {docs[0][0]: report, docs[1][0]: shot},
        "action_required",
        "The project report is detailed, but the only acknowledgement is a PNG screenshot of the customer's e-mail "
        "in Outlook. The guide rejects flat e-mail signatures (JPEG files or screenshots); the partner must upload "
        "the original e-mail (.msg or PDF) or another valid acknowledgement. UNSURE: whether the domain check reads "
        "the sender address from a screenshot (pass/warn) or treats it as not applicable.",
        "'Customer approval.png': an Outlook window showing Gordon Leblanc's reply, as an image only.",
        cpor_exp(customer_acknowledgement="fail", customer_domain=None),
    )


PROSEWARE = Customer(
    "Proseware Ltd",
    "Proseware",
    "proseware.co.uk",
    "GB",
    Person("Imogen Clarke", "imogen.clarke@proseware.co.uk", "Sales Operations Director"),
)
LUCERNE = Customer(
    "Lucerne Publishing Ltd",
    "Lucerne Publishing",
    "lucernepublishing.co.uk",
    "GB",
    Person("Robert Hughes", "robert.hughes@lucernepublishing.co.uk", "Head of Sales"),
)
NORTHWIND = Customer(
    "Northwind Traders Ltd.",
    "Northwind",
    "northwindtraders.ca",
    "CA",
    Person("Denise Okafor", "denise.okafor@northwindtraders.ca", "VP Field Operations"),
)


def minutes_pdf(
    p: Partner,
    *,
    title: str,
    ref: str,
    when: dt.datetime,
    place: str,
    attendees: Sequence[str],
    items: Sequence[tuple[str, str]],
    actions: Sequence[Sequence[str]],
) -> bytes:
    body = (
        f"<h1>{escape(title)}</h1>"
        + kv([("Date", long_gb(when.date()) + f", {when:%H:%M}"), ("Location", place), ("Minutes by", p.contact.name)])
        + "<h2>Attendees</h2>"
        + ul(attendees)
        + "<h2>Discussion</h2>"
        + "".join(f"<h3>{escape(h)}</h3><p>{t}</p>" for h, t in items)
        + "<h2>Actions</h2>"
        + grid(["#", "Action", "Owner", "Due"], actions)
    )
    return partner_doc(p, body, title=title, ref=ref, when=when + dt.timedelta(hours=5), footer="Minutes")


def s4701010_northgate_proseware_presales() -> Bundle:
    cid, p, cust = 4701010, NORTHGATE, PROSEWARE
    minutes = minutes_pdf(
        p,
        title="Proseware – Sales discovery workshop: minutes",
        ref="NGD-PRS-MIN-01",
        when=T(2026, 2, 10, 9, 30),
        place="Proseware offices, Reading",
        attendees=[
            "Imogen Clarke – Sales Operations Director, Proseware",
            "Nikhil Rao – Inside Sales Manager, Proseware",
            "Ella Morgan – IT Manager, Proseware",
            "Tom Ashworth – Solution Architect, Northgate Dynamics",
            "Leah Brooks – Functional Consultant, Northgate Dynamics",
        ],
        items=[
            (
                "Current process",
                "85 inside-sales reps qualify leads from web forms into a spreadsheet; quotes are built in Word from "
                "a price list; no pipeline visibility for the board.",
            ),
            (
                "Requirements",
                "Lead routing by territory, opportunity stages aligned to the 6-step sales method, quote generation "
                "with approval over 15 % discount, Outlook and Teams integration.",
            ),
            (
                "Proposed solution",
                "Dynamics 365 Sales Enterprise for 85 users; demo of lead-to-quote on 17 February; 2-week pilot with "
                "8 reps in March.",
            ),
        ],
        actions=[
            ["1", "Prepare demo environment with Proseware price list", "Northgate (LB)", "16 Feb"],
            ["2", "Nominate 8 pilot reps", "Proseware (NR)", "20 Feb"],
            ["3", "Licensing proposal via Proseware's CSP", "Proseware (IC)", "31 Mar"],
        ],
    )
    demo = Mail(
        p.contact,
        (cust.contact,),
        T(2026, 2, 27, 17, 5),
        "Proseware – Dynamics 365 Sales pilot wrap-up",
        "Hi Imogen,\n\nThanks for the pilot feedback session today. Summary attached in the deck; the 8 reps logged "
        "212 leads and 37 quotes during the two weeks.\n\nBest,",
        signature=partner_sig(p),
        seed=f"{cid}-1",
    )
    reply = Mail(
        cust.contact,
        (p.contact,),
        T(2026, 3, 2, 10, 41),
        "RE: Proseware – Dynamics 365 Sales pilot wrap-up",
        "Hi Tom,\n\nThanks for running the discovery workshop, the lead-to-quote demo on 17 February and the two-week "
        "pilot with our inside sales team - "
        "the reps liked the quote approvals in particular. We're happy to confirm we want to go ahead with Dynamics "
        "365 Sales Enterprise for 85 users, "
        "with Northgate as our implementation partner. I'll ask our licensing provider to send the order through in "
        "April.\n\nImogen",
        signature=sig_block(cust.contact, "Proseware Ltd"),
        quote=demo,
        seed=f"{cid}-2",
    )
    docs = [
        ("Proseware discovery workshop minutes 10-02-2026.pdf", "poe"),
        ("RE Proseware Dynamics 365 Sales pilot wrap-up.eml", "poe"),
    ]
    claim = make_claim(
        cid,
        program="cpor",
        kind="pre_sales",
        area="Business Applications",
        partner=p,
        customer=cust,
        submitted=T(2026, 5, 6, 12, 0),
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        docs=docs,
        transaction=D(2026, 4, 15),
    )
    return Bundle(
        f"{cid}_northgate_proseware_presales_before_transaction",
        claim,
        {docs[0][0]: minutes, docs[1][0]: eml(reply)},
        "approve",
        "Pre-sales claim, transaction on 2026-04-15. The discovery-workshop minutes (10 February 2026) and "
        "the customer's "
        "e-mail from proseware.co.uk (2 March 2026) acknowledge in depth the workshop, the demo and the "
        "two-week pilot, "
        "all before the transaction, and confirm the decision to buy Dynamics 365 Sales Enterprise for 85 users with "
        "Northgate.",
        "Reply from imogen.clarke@proseware.co.uk dated 2 March 2026: 'Thanks for running the discovery workshop, the "
        "lead-to-quote demo ... and the two-week pilot'; transaction_date 2026-04-15.",
        cpor_exp(customer_domain="pass"),
    )


def s4701033_northgate_lucerne_presales_after_transaction() -> Bundle:
    cid, p, cust = 4701033, NORTHGATE, LUCERNE
    minutes = minutes_pdf(
        p,
        title="Lucerne Publishing – Dynamics 365 Sales onboarding workshop: minutes",
        ref="NGD-LUC-MIN-01",
        when=T(2026, 3, 18, 10, 0),
        place="Teams meeting",
        attendees=[
            "Robert Hughes – Head of Sales, Lucerne Publishing",
            "4 regional sales managers, Lucerne Publishing",
            "Tom Ashworth – Northgate Dynamics",
        ],
        items=[
            (
                "Background",
                "Lucerne bought 60 Dynamics 365 Sales Enterprise licences through its licensing provider in February "
                "2026 and asked Northgate to help configure them.",
            ),
            (
                "Workshop",
                "Walk-through of accounts, contacts and opportunities; import of 4,100 bookshop accounts; pipeline "
                "views per region.",
            ),
        ],
        actions=[
            ["1", "Data import template", "Northgate", "25 Mar"],
            ["2", "Regional pipeline dashboards", "Northgate", "8 Apr"],
        ],
    )
    thanks = Mail(
        cust.contact,
        (p.contact,),
        T(2026, 3, 25, 14, 20),
        "Onboarding workshop – thank you",
        "Hi Tom,\n\nThanks for last week's onboarding workshop. Following our purchase of the Dynamics 365 "
        "Sales licences in February, it was good to see the "
        "bookshop accounts in the system and the pipeline views for the regions. Looking forward to the "
        "dashboards.\n\nRobert",
        signature=sig_block(cust.contact, "Lucerne Publishing Ltd"),
        seed=f"{cid}-1",
    )
    docs = [("Lucerne onboarding workshop minutes.pdf", "poe"), ("Onboarding workshop - thank you.msg", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="pre_sales",
        area="Business Applications",
        partner=p,
        customer=cust,
        submitted=T(2026, 4, 14, 16, 30),
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        docs=docs,
        transaction=D(2026, 2, 27),
    )
    return Bundle(
        f"{cid}_northgate_lucerne_presales_proof_after_transaction",
        claim,
        {docs[0][0]: minutes, docs[1][0]: msg_file(thanks)},
        "action_required",
        "Pre-sales claim with the transaction on 2026-02-27, but all engagement proof is dated after it: onboarding "
        "minutes of 18 March 2026 and a customer e-mail of 25 March 2026 that itself says the licences were bought "
        "in February. Pre-sales POE must show engagement before the transaction, and nothing indicates an "
        "upsell driven by a new partner of record; the partner must supply pre-transaction proof.",
        "transaction_date 2026-02-27; minutes dated 18 March 2026; e-mail 'Following our purchase of the Dynamics 365 "
        "Sales licences in February'.",
        cpor_exp(acknowledgement_date="fail", customer_domain="pass"),
    )


def s4701040_lumen_northwind_upsell() -> Bundle:
    cid, p, cust = 4701040, LUMEN, NORTHWIND
    letter_html = (
        "<p style='font-size:16pt;color:#0d4f8b'><b>Northwind Traders Ltd.</b></p><p class='small'>1800 McGillivray "
        "Blvd, Winnipeg, MB R3Y 1M4 · northwindtraders.ca</p><hr>"
        + paras(
            "July 22, 2026",
            "To: Microsoft – Partner of Record review",
            "<b>Re: Lumen Bridge Technologies – Dynamics 365 Field Service expansion</b>",
            "Northwind Traders appointed Lumen Bridge Technologies in June 2026 as our new Dynamics 365 "
            "partner, replacing our previous implementation "
            "partner. Lumen Bridge reviewed how our service technicians use Dynamics 365 Field Service, "
            "proposed extending it from the 25 technicians "
            "in Winnipeg to our Regina and Saskatoon depots, and built the business case that led us to add 40 Field "
            "Service licences at the end of June (65 technicians in total).",
            "Since then Lumen Bridge has configured the new service territories, the scheduling board for "
            "the two depots, the mobile inspection checklist "
            "for refrigeration units and the integration with our parts inventory. The Regina depot went live on July "
            "20; Saskatoon follows in September.",
            "We confirm Lumen Bridge is driving this expansion as our partner.",
        )
        + "<p>Signature:<br>&#160;<br>&#160;</p>"
        + paras("Denise Okafor<br>VP Field Operations, Northwind Traders Ltd.")
    )
    letter = html_pdf(
        letter_html,
        meta_for(None, "Northwind letter Lumen Bridge", T(2026, 7, 22, 11, 0, tzh(-5)), author="Denise Okafor"),
        style=css("#0d4f8b", "serif", 10.5),
        seed=f"{cid}-letter",
        paper="letter",
    )
    signed = scan_pdf(
        letter,
        meta_for(
            None,
            "Northwind_letter_signed",
            T(2026, 7, 22, 15, 40, tzh(-5)),
            creator="Brother MFC-L8900CDW",
            producer="Brother MFC-L8900CDW",
        ),
        f"{cid}",
        inks=[sign_ink("Signature:", "Denise Okafor", dx=-45, dy=30, w=140, h=30)],
        dpi=150,
        skews=(-0.5,),
    )
    body = (
        "<h1>Field Service Expansion – Status Report</h1>"
        + kv([("Customer", cust.name), ("Partner", p.name), ("Report date", "August 3, 2026")])
        + grid(
            ["Item", "Status"],
            [
                ["Service territories Regina, Saskatoon", "Configured"],
                ["Schedule board for 2 depots (40 technicians)", "Live in Regina since July 20"],
                ["Mobile refrigeration inspection checklist", "Live"],
                ["Parts inventory integration", "In test – go-live Aug 24"],
                ["Saskatoon go-live", "September 14, 2026"],
            ],
        )
    )
    status = partner_doc(
        p,
        body,
        title="Northwind Field Service status",
        ref="LBT-NWT-FS-02",
        when=T(2026, 8, 3, 9, 0, tzh(-4)),
        paper="letter",
    )
    docs = [("Northwind letter - signed.pdf", "poe"), ("Field Service expansion status 2026-08-03.pdf", "supporting")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="pre_sales",
        area="Business Applications",
        partner=p,
        customer=cust,
        submitted=T(2026, 8, 6, 18, 0),
        status="under_review",
        history=[
            ("submission", T(2026, 8, 6, 18, 0), p.contact.email),
            ("set under review", T(2026, 8, 10, 9, 40), "Microsoft"),
        ],
        workloads=["DYNAMICS 365 FIELD SERVICE"],
        docs=docs,
        transaction=D(2026, 6, 30),
        comments=[
            (
                "partner",
                T(2026, 8, 6, 17, 55),
                "Upsell: we became Northwind's partner in June and drove the expansion from 25 to 65 Field Service "
                "users. Customer letter attached.",
            )
        ],
    )
    return Bundle(
        f"{cid}_lumen_northwind_upsell_new_por",
        claim,
        {docs[0][0]: signed, docs[1][0]: status},
        "approve",
        "Pre-sales claim whose proof is dated after the 2026-06-30 transaction, but it documents an upsell driven by "
        "a new partner of record: the customer's signed letter says Northwind appointed Lumen Bridge in June, that "
        "Lumen Bridge built the case for adding 40 Field Service licences at the end of June and is running the depot "
        "rollouts. The guide approves upsell claims even without proof of engagement before the transaction, so the "
        "date requirement is met by the exception.",
        "Signed Northwind letter (22 July 2026): 'appointed Lumen Bridge ... in June 2026 as our new "
        "Dynamics 365 partner ... led us to add 40 Field Service licences at the end of June'.",
        cpor_exp(),
        container="zip",
    )


HOSHIZORA = Customer(
    "Hoshizora Logistics K.K.",
    "Hoshizora Logistics",
    "hoshizora-logi.co.jp",
    "JP",
    Person("Kenichi Sato", "k.sato@hoshizora-logi.co.jp", "General Manager, IT"),
)


def s4701013_kaizen_hoshizora_japanese_reply() -> Bundle:
    cid, p, cust = 4701013, KAIZEN, HOSHIZORA
    body = (
        "<h1>Project Completion Report</h1><p class='muted'>Exchange Online migration and company-wide Microsoft Teams "
        "deployment</p>"
        + kv(
            [
                ("Customer", "Hoshizora Logistics K.K. (星空ロジスティクス株式会社)"),
                ("Partner", p.name),
                ("Period", "October 1, 2025 – January 30, 2026"),
                ("Sites", "Head office (Yokohama) and 17 distribution centres"),
            ]
        )
        + "<h2>Exchange Online</h2>"
        + ul(
            [
                "1,150 mailboxes and 64 shared mailboxes migrated from Exchange 2013 (hybrid, 9 batches, Nov 4 – Dec "
                "19, 2025)",
                "Mail flow through the customer's existing gateway; legacy servers decommissioned Jan 16, 2026",
            ]
        )
        + "<h2>Microsoft Teams</h2>"
        + ul(
            [
                "Teams for 1,150 users at all 18 sites; 620 warehouse staff on shared devices",
                "Teams Phone pilot at head office (40 users) – continued by the customer",
                "Japanese-language training: 24 sessions, e-learning videos for warehouse leads",
            ]
        )
        + grid(
            ["Measure", "Value (January 2026)"],
            [
                ["Mailboxes in Exchange Online", "1,150"],
                ["Teams monthly active users", "1,082 (94 %)"],
                ["Sites live", "18 / 18"],
            ],
        )
    )
    report = partner_doc(
        p, body, title="Hoshizora Project Completion Report", ref="KC-PRJ-2025-044", when=T(2026, 2, 2, 17, 0, tzh(9))
    )
    ask = Mail(
        p.contact,
        (cust.contact,),
        T(2026, 2, 3, 10, 30, tzh(9)),
        "[Hoshizora] Project completion report / 完了報告書のご送付",
        "Sato-san,\n\nThank you for your support throughout the project. Please find attached the project completion "
        "report for the Exchange Online migration "
        "and the Teams deployment to all 18 sites.\n\nWe would appreciate your confirmation by reply that the project "
        "is complete.\n\nBest regards,",
        signature=partner_sig(p),
        seed=f"{cid}-ask",
        attachments=(("KC-PRJ-2025-044_Completion_Report.pdf", report),),
        lang="ja-JP",
    )
    reply = Mail(
        cust.contact,
        (p.contact,),
        T(2026, 2, 5, 9, 12, tzh(9)),
        "RE: [Hoshizora] Project completion report / 完了報告書のご送付",
        "森様\n\nいつもお世話になっております。星空ロジスティクスの佐藤です。\n\n"
        "完了報告書を拝受いたしました。社内で内容を確認し、Exchange Online への 1,150 メールボックスの移行、"
        "および Teams の全社展開（全 18 拠点）が完了したことを承認いたします。\n\n引き続きよろしくお願いいたします。",
        signature="佐藤 健一 / Kenichi Sato\n情報システム部 部長 / General Manager, IT\n"
        "星空ロジスティクス株式会社 / Hoshizora Logistics K.K.",
        quote=replace(ask, attachments=()),
        seed=f"{cid}-reply",
        lang="ja-JP",
    )
    docs = [("KC-PRJ-2025-044_Completion_Report.pdf", "poe"), ("RE_ [Hoshizora] Project completion report.msg", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=T(2026, 2, 19, 3, 15),
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_kaizen_hoshizora_reply_in_japanese",
        claim,
        {docs[0][0]: report, docs[1][0]: msg_file(reply)},
        "approve",
        "English completion report (names both parties, mailbox and site counts, dates) and the customer's reply from "
        "hoshizora-logi.co.jp (2026-02-05) in Japanese: 'we have received the completion report, reviewed it "
        "internally "
        "and approve that the migration of 1,150 mailboxes to Exchange Online and the company-wide Teams rollout (all "
        "18 sites) are complete'. A customer answering in their own language is normal; the guide's English-only rule "
        "is stated for partner-activities documentation. UNSURE: the acknowledging text itself is Japanese, "
        "so a language check could warn.",
        "Reply from k.sato@hoshizora-logi.co.jp: '...Exchange Online への 1,150 "
        "メールボックスの移行、および Teams の全社展開（全 18 拠点）が完了したことを承認いたします。'",
        cpor_exp(customer_domain="pass", document_language=["pass", "warn"]),
    )


VANARSDEL = Customer(
    "VanArsdel, Ltd.",
    "VanArsdel",
    "vanarsdel.nl",
    "NL",
    Person("Sanne de Vries", "sanne.devries@vanarsdel.nl", "Chief Financial Officer"),
)


def s4701015_vireo_vanarsdel_revenue_signed_pdf() -> Bundle:
    cid, p, cust = 4701015, VIREO, VANARSDEL

    def fill(d: Any) -> None:
        docx_heading(d, "VanArsdel – Dynamics 365 Finance & Supply Chain", 0, "33691E")
        d.add_paragraph("Project status report – go-live (week 9, 2026)").runs[0].bold = True
        docx_table(
            d,
            [
                ["Item", "Detail"],
                ["Customer", "VanArsdel, Ltd. (Rotterdam, Tilburg, Antwerp warehouses)"],
                ["Partner", "Vireo Digital B.V."],
                ["Go-live", "2 March 2026"],
                ["Status", "Green"],
            ],
        )
        docx_heading(d, "Delivered", 1, "33691E")
        for item in [
            "Dynamics 365 Finance: general ledger for 3 legal entities (NL, BE, DE), fixed assets, intercompany, Dutch "
            "VAT reporting; 46 finance users",
            "Dynamics 365 Supply Chain Management: warehouse management for 3 sites with mobile scanning "
            "(120 devices), master planning, transport management",
            "Data migration: 18,400 items, 2,300 customers, open orders and 5 years of GL balances from the legacy ERP",
            "Integrations: EDI with 14 retail customers, bank statements (CAMT.053) and the carrier portal",
        ]:
            d.add_paragraph(item, style="List Bullet")
        docx_heading(d, "Hypercare", 1, "33691E")
        d.add_paragraph("Hypercare runs until 27 March 2026; 63 tickets logged in the first week, 58 closed.")

    status = docx_bytes(
        fill, author="Daan Verbeek", created=T(2026, 3, 3, 9, 0, tzh(1)), title="Statusrapport go-live VanArsdel"
    )
    cert_html = (
        "<h1>Go-Live Acceptance Certificate</h1>"
        + kv(
            [
                ("Customer", cust.name),
                ("Partner", p.name),
                ("Solution", "Dynamics 365 Finance and Dynamics 365 Supply Chain Management"),
                ("Go-live date", "2 March 2026"),
                ("Users", "46 finance, 138 warehouse and planning"),
            ]
        )
        + paras(
            "VanArsdel, Ltd. confirms that Vireo Digital B.V. has implemented Dynamics 365 Finance and Dynamics 365 "
            "Supply Chain Management as described in "
            "the project status report of 3 March 2026, that the solution went live on 2 March 2026 for the "
            "three legal entities and three warehouses, and that VanArsdel accepts the go-live.",
        )
        + "<h2>Customer signature</h2><p>Signed digitally by the customer's authorised signatory "
        "below.</p><p>&#160;</p><p>&#160;</p><p>&#160;</p><p>&#160;</p>"
    )
    cert = partner_doc(
        p,
        cert_html,
        title="Go-Live Acceptance Certificate VanArsdel",
        ref="VD-D365-GLC-01",
        when=T(2026, 3, 3, 16, 0, tzh(1)),
    )
    with pymupdf.open("pdf", cert) as d:
        r = d[0].search_for("Signed digitally by")[0]
    signed = pades_sign(
        cert,
        seed=str(cid),
        signer=cust.contact,
        org=cust.name,
        country="NL",
        ca_cn="VanArsdel Issuing CA 01",
        when=T(2026, 3, 4, 15, 12, tzh(1)),
        box=(r.x0, 842 - (r.y1 + 70), r.x0 + 230, 842 - (r.y1 + 14)),
        page=0,
        reason="Go-live accepted",
        location="Rotterdam",
    )
    docs = [
        ("Statusrapport go-live VanArsdel.docx", "poe"),
        ("Go-Live Acceptance Certificate - VanArsdel (signed).pdf", "poe"),
    ]
    claim = make_claim(
        cid,
        program="cpor",
        kind="revenue",
        area="Business Applications",
        partner=p,
        customer=cust,
        submitted=T(2026, 3, 20, 10, 30),
        workloads=["DYNAMICS 365 FINANCE", "DYNAMICS 365 SUPPLY CHAIN MANAGEMENT"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_vireo_vanarsdel_revenue_pyhanko_signed",
        claim,
        {docs[0][0]: status, docs[1][0]: signed},
        "approve",
        "Revenue-recognition claim for Dynamics 365 Finance and Supply Chain Management. The Word status "
        "report details "
        "what was implemented (entities, warehouses, users, migration, integrations); the go-live acceptance "
        "certificate "
        "is digitally signed (PAdES signature, intact, signing certificate 'Sanne de Vries, VanArsdel, Ltd.', 4 March "
        "2026) by the customer's CFO. The signing certificate chains to VanArsdel's own issuing CA rather "
        "than a public "
        "root, as company-issued signing certificates usually do; the signature is intact and identifies the "
        "customer's signatory.",
        "Signed PDF: visible stamp 'Digitally signed by Sanne de Vries, Date: 2026-03-04 14:12:00 UTC'; status report "
        "lists 46 finance and 138 warehouse users.",
        cpor_exp(acknowledgement_date=PASS_NA),
    )


SERRA_AZUL = Customer(
    "Cooperativa Agrícola Serra Azul",
    "Coop. Serra Azul",
    "serraazul.coop.br",
    "BR",
    Person("Marcos Vinícius Teixeira", "marcos.teixeira@serraazul.coop.br", "Gerente de TI"),
)


def s4701016_altamira_serra_azul_unsigned_customer_block() -> Bundle:
    cid, p, cust = 4701016, ALTAMIRA, SERRA_AZUL
    rows = [
        [
            "Microsoft Defender for Endpoint implantado em 612 estações e 38 servidores das 9 unidades de recebimento "
            "de grãos",
            "Microsoft Defender for Endpoint deployed to 612 workstations and 38 servers at the 9 "
            "grain-receiving units",
        ],
        [
            "Regras de redução de superfície de ataque em modo bloqueio após 3 semanas de auditoria",
            "Attack surface reduction rules in block mode after 3 weeks of audit",
        ],
        [
            "Intune: 612 estações registradas, políticas de conformidade e BitLocker; 95 tablets Android de campo como "
            "dispositivos dedicados",
            "Intune: 612 workstations enrolled, compliance and BitLocker policies; 95 Android field tablets "
            "as dedicated devices",
        ],
        [
            "Treinamento da equipe de TI (4 pessoas) e runbook de resposta a incidentes",
            "Training for the IT team (4 people) and incident-response runbook",
        ],
    ]
    body = (
        "<h1>Termo de Aceite / Acceptance Term</h1>"
        + kv(
            [
                ("Cliente / Customer", cust.name + ", Rio Verde (GO)"),
                ("Parceiro / Partner", p.name),
                ("Projeto / Project", "Segurança de endpoints / Endpoint security"),
                ("Período / Period", "02/02/2026 – 30/04/2026"),
            ]
        )
        + grid(["Português", "English"], rows)
        + "<h2>Aceite / Acceptance</h2>"
        + paras(
            "O cliente declara que os serviços acima foram executados e os aceita. / The customer declares that the "
            "services above were performed and accepts them."
        )
        + signoff_table(
            ("Pelo cliente / For the customer", Person("", "", ""), cust.name),
            ("Pela Altamira / For Altamira", p.contact, p.name),
            sig_label="Assinatura / Signature:",
            date_label="Data / Date:",
            name_label="Nome / Name:",
            title_label="Cargo / Title:",
        )
    )
    doc = partner_doc(
        p,
        body,
        title="Termo de Aceite Serra Azul",
        ref="ALT-SEC-2026-009",
        when=T(2026, 5, 4, 10, 0, tzh(-3)),
        footer="Confidencial",
        page_fmt="Página {i} de {n}",
    )
    doc = stamp_image(
        doc,
        "Assinatura / Signature:",
        png(signature_image("Rafael Monteiro", f"{cid}-rm", 330, 92, ink=(20, 20, 20))),
        dx=4,
        dy=4,
        w=110,
        h=30,
        hit=1,
    )
    doc = stamp_text(doc, "Data / Date:", "04/05/2026", dx=62, dy=-2.5, size=8.8, color="#111111", hit=1)
    doc = refinish(doc, meta_for(p, "Termo de Aceite Serra Azul", T(2026, 5, 4, 10, 5, tzh(-3))), f"{cid}")
    docs = [("Termo_de_Aceite_Serra_Azul.pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=p,
        customer=cust,
        submitted=T(2026, 5, 12, 15, 45),
        workloads=["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_altamira_serra_azul_customer_block_empty",
        claim,
        {docs[0][0]: doc},
        "action_required",
        "Bilingual Portuguese/English acceptance term with detailed Defender for Endpoint and Intune work, but only "
        "Altamira's side is signed and dated; the customer's block (name, title, signature, date) is empty. A document "
        "without customer acknowledgement is not accepted; the partner must get it signed by the customer or provide "
        "another acknowledgement.",
        "Sign-off table: 'Pelo cliente / For the customer' with blank Nome, Assinatura and Data; only Rafael Monteiro "
        "(Altamira) signed on 04/05/2026.",
        cpor_exp(customer_acknowledgement="fail", acknowledgement_date=["fail", "warn"]),
    )


IPE = Customer(
    "Grupo Ipê Alimentos S.A.",
    "Grupo Ipê",
    "grupoipe.com.br",
    "BR",
    Person("Juliana Prado", "juliana.prado@grupoipe.com.br", "CISO"),
)


def s4701018_altamira_ipe_clicksign() -> Bundle:
    cid, p, cust = 4701018, ALTAMIRA, IPE
    rows = [
        [
            "Defender for Identity: sensores em 8 controladores de domínio (2 florestas) e 2 servidores AD FS",
            "Defender for Identity: sensors on 8 domain controllers (2 forests) and 2 AD FS servers",
        ],
        [
            "Correção de 27 caminhos de movimentação lateral para contas sensíveis; contas honeytoken",
            "Remediation of 27 lateral-movement paths to sensitive accounts; honeytoken accounts",
        ],
        [
            "Defender for Cloud Apps: descoberta de 412 apps, 19 apps não sancionados bloqueados via "
            "Defender for Endpoint",
            "Defender for Cloud Apps: 412 apps discovered, 19 unsanctioned apps blocked via Defender for Endpoint",
        ],
        [
            "Políticas de sessão para o SAP Fiori e o Salesforce do time comercial (Conditional Access App Control)",
            "Session policies for SAP Fiori and the sales team's CRM (Conditional Access App Control)",
        ],
        [
            "2.900 usuários cobertos; treinamento do SOC interno (6 analistas)",
            "2,900 users covered; training for the internal SOC (6 analysts)",
        ],
    ]
    body = (
        "<h1>Relatório de Entrega / Delivery Report</h1>"
        + kv(
            [
                ("Cliente / Customer", cust.name + ", Chapecó (SC)"),
                ("Parceiro / Partner", p.name),
                ("Período / Period", "16/03/2026 – 26/06/2026"),
            ]
        )
        + grid(["Português", "English"], rows)
        + "<h2>Aceite / Acceptance</h2><p>Assinatura eletrônica / Electronic "
        "signature:</p><p>&#160;</p><p>&#160;</p><p>&#160;</p>"
    )
    doc = partner_doc(
        p,
        body,
        title="Relatorio de Entrega Grupo Ipe",
        ref="ALT-SEC-2026-014",
        when=T(2026, 7, 6, 11, 0, tzh(-3)),
        footer="Confidencial",
        page_fmt="Página {i} de {n}",
    )
    key = guid("clicksign", str(cid))
    original_hash = hashlib.sha256(doc).hexdigest()
    signed_at = T(2026, 7, 8, 15, 2, tzh(-3))
    doc = stamp_image(
        doc,
        "Assinatura eletrônica / Electronic signature:",
        png(signature_image("Juliana Prado", f"{cid}-jp", 330, 92, ink=(20, 20, 20))),
        dx=0,
        dy=4,
        w=120,
        h=32,
    )
    doc = stamp_text(
        doc,
        "Assinatura eletrônica / Electronic signature:",
        f"Assinado eletronicamente por / Electronically signed by: {cust.contact.name} "
        f"({cust.contact.email})\n{signed_at:%d/%m/%Y %H:%M:%S} -03:00 · Clicksign {key}",
        dy=44,
        size=7,
    )
    log_html = (
        "<h1>Log de assinaturas / Signature log</h1>"
        + kv(
            [
                ("Documento / Document", "Relatorio_Entrega_Grupo_Ipe.pdf"),
                ("Número do documento / Document number", key),
                ("Hash SHA256 do arquivo original", original_hash),
                ("Datas e horários em / Times in", "GMT -03:00 Brasília"),
                ("Status", "Finalizado / Completed"),
            ]
        )
        + "<h2>Eventos / Events</h2>"
        + grid(
            ["Data / Date", "Evento / Event"],
            [
                ["07 jul 2026, 17:40:12", f"Operador com email {p.contact.email} criou este documento número {key}."],
                [
                    "07 jul 2026, 17:41:03",
                    f"Operador com email {p.contact.email} adicionou à lista de signatários: {cust.contact.email}, "
                    "para assinar.",
                ],
                [
                    "08 jul 2026, 15:01:10",
                    f"{cust.contact.name} visualizou este documento por meio do IP 198.51.100.201 localizado "
                    "em Chapecó - Santa Catarina - Brazil.",
                ],
                [
                    "08 jul 2026, 15:02:41",
                    f"{cust.contact.name} assinou este documento por meio do IP 198.51.100.201. Pontos de "
                    f"autenticação: Token via E-mail {cust.contact.email}. CPF informado: ***.412.778-**. Data de "
                    "nascimento validada.",
                ],
                ["08 jul 2026, 15:02:43", "Processo de assinatura finalizado automaticamente."],
            ],
        )
        + "<p class='small'>Este log pertence única e exclusivamente aos documentos de HASH acima. Esse documento está "
        "assinado e certificado pela Clicksign.</p>"
    )
    log = html_pdf(
        log_html,
        meta_for(None, "Log Clicksign", signed_at),
        decorate=band_decor("Clicksign", key, accent="#1a73e8", page_fmt=""),
        seed=f"{cid}-log",
    )
    pdf = merge_pdfs(
        [doc, log],
        meta_for(
            None,
            "Relatorio_Entrega_Grupo_Ipe - assinado",
            signed_at,
            author="Clicksign",
            creator="Clicksign",
            producer="Clicksign",
        ),
        f"{cid}",
    )
    docs = [("Relatorio_Entrega_Grupo_Ipe - assinado.pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=p,
        customer=cust,
        submitted=T(2026, 7, 21, 13, 20),
        workloads=["MICROSOFT DEFENDER FOR IDENTITY", "MICROSOFT DEFENDER FOR CLOUD APPS"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_altamira_ipe_clicksign_bilingual",
        claim,
        {docs[0][0]: pdf},
        "approve",
        "Bilingual Portuguese/English delivery report detailing Defender for Identity and Defender for Cloud Apps work "
        "(DCs, paths remediated, apps discovered/blocked, session policies, 2,900 users), e-signed on Clicksign by "
        "the customer's CISO on 08/07/2026 with a signature log (document hash, e-mail token authentication, "
        "IP, timestamps): a verifiable electronic signature, 13 days before submission.",
        "Last page 'Log de assinaturas / Signature log': 'Juliana Prado assinou este documento ... Token via E-mail "
        "juliana.prado@grupoipe.com.br' on 08 jul 2026.",
        cpor_exp(),
        container="zip",
    )


LINDENHOF = Customer(
    "Lindenhof Maschinenbau GmbH",
    "Lindenhof Maschinenbau",
    "lindenhof-mb.de",
    "DE",
    Person("Stefan Krüger", "s.krueger@lindenhof-mb.de", "Head of IT"),
)


def s4701019_kestrel_lindenhof_mdi_deferred() -> Bundle:
    cid, p, cust = 4701019, KESTREL, LINDENHOF
    body = (
        "<h1>Project Closure Report</h1><p class='muted'>Endpoint management and protection – phase 1</p>"
        + kv(
            [
                ("Customer", cust.name + ", Heilbronn"),
                ("Partner", p.name),
                ("Period", "20 April – 17 July 2026"),
                ("Customer project lead", f"{cust.contact.name}, {cust.contact.title}"),
            ]
        )
        + "<h2>Scope</h2>"
        + grid(
            ["Workload", "Phase 1 status"],
            [
                ["Microsoft Intune", "Delivered"],
                ["Microsoft Defender for Endpoint", "Delivered"],
                ["Microsoft Defender for Identity", "Deferred to phase 2"],
            ],
        )
        + "<p><b>Out of scope / deferred:</b> Microsoft Defender for Identity – the sensor rollout on the four domain "
        "controllers was postponed at the customer's request "
        "until the domain controller upgrade to Windows Server 2025 (planned for FY27, phase 2). No Defender "
        "for Identity work was performed in phase 1.</p>"
        + "<h2>Delivered in phase 1</h2>"
        + "<h3>Microsoft Intune</h3>"
        + ul(
            [
                "Co-management enabled; 540 Windows devices with compliance, update rings and BitLocker",
                "Windows Autopilot for the shop-floor terminals (62)",
                "Company Portal with 23 engineering apps (CAD viewer, ERP client)",
            ]
        )
        + "<h3>Microsoft Defender for Endpoint</h3>"
        + ul(
            [
                "540 clients and 44 servers onboarded; EDR block mode",
                "ASR rules in block mode except for 2 CNC programming tools (exclusions documented)",
                "Device groups for office, production and servers; alert e-mail to IT on-call",
            ]
        )
        + "<h2>Acceptance</h2>"
        + signoff_table(("For the customer", cust.contact, cust.name), ("For Kestrel IT", p.contact, p.name))
    )
    doc = partner_doc(
        p, body, title="Closure Report Lindenhof phase 1", ref="KIT-P-2026-031", when=T(2026, 7, 24, 12, 0, tzh(2))
    )
    page = page_of(doc, "Signature:")
    pdf = scan_pdf(
        doc,
        meta_for(
            None,
            "Scan_Lindenhof_Abnahme",
            T(2026, 7, 29, 17, 5, tzh(2)),
            creator="KONICA MINOLTA bizhub C300i",
            producer="KONICA MINOLTA bizhub C300i",
        ),
        f"{cid}",
        inks=[
            sign_ink("Signature:", "Stefan Krüger", page=page, dx=-40),
            date_ink("Date:", "29.07.2026", page=page),
            sign_ink("Signature:", "Jonas Albrecht", page=page, dx=-40, hit=1, ink=(10, 10, 10)),
            date_ink("Date:", "29.07.26", page=page, hit=1, ink=(10, 10, 10)),
        ],
        dpi=150,
        skews=(0.4, -0.6),
    )
    docs = [("Closure_Report_Lindenhof_signed.pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=p,
        customer=cust,
        submitted=T(2026, 8, 11, 9, 0),
        status="under_review",
        history=[
            ("submission", T(2026, 8, 11, 9, 0), p.contact.email),
            ("set under review", T(2026, 8, 13, 14, 5), "Microsoft"),
        ],
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR IDENTITY"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_kestrel_lindenhof_mdi_deferred",
        claim,
        {docs[0][0]: pdf},
        "action_required",
        "Signed (scanned) closure report: Intune and Defender for Endpoint are delivered and detailed, but the claim "
        "also includes MICROSOFT DEFENDER FOR IDENTITY, which the report explicitly lists as out of scope and deferred "
        "to phase 2 ('No Defender for Identity work was performed in phase 1'). The claimed workloads must connect "
        "to the POE: the partner must remove Defender for Identity or provide POE for it (partial approval "
        "of the other two is possible).",
        "Scope table 'Microsoft Defender for Identity – Deferred to phase 2'; claim workloads include "
        "MICROSOFT DEFENDER FOR IDENTITY.",
        cpor_exp(workload_match="fail"),
    )


MS_FRANCE = Customer(
    "MICROSOFT FRANCE",
    "Microsoft France",
    "microsoft.com",
    "FR",
    Person("Julien Moreau", "julien.moreau@microsoft.com", "Workplace Services Manager"),
    tenant="72f988bf-86f1-41af-91ab-2d7cd011db47",
)


def s4701021_orbis_microsoft_france() -> Bundle:
    cid, p, cust = 4701021, ORBIS, MS_FRANCE
    rows = [
        [
            "Installation et configuration de 36 salles Microsoft Teams Rooms (Windows) sur 6 étages",
            "Installation and configuration of 36 Microsoft Teams Rooms (Windows) across 6 floors",
        ],
        [
            "Intégration des calendriers de salles Exchange et des écrans de réservation",
            "Integration of Exchange room calendars and booking panels",
        ],
        [
            "Enrôlement dans le Teams Rooms Pro Management portal; mises à jour automatiques",
            "Enrolment in the Teams Rooms Pro Management portal; automatic updates",
        ],
        ["Formation de l'équipe Workplace (5 personnes)", "Training of the Workplace team (5 people)"],
    ]
    body = (
        "<h1>Procès-verbal de réception / Acceptance report</h1>"
        + kv(
            [
                ("Client / Customer", "Microsoft France – 39 quai du Président Roosevelt, 92130 Issy-les-Moulineaux"),
                ("Prestataire / Partner", p.name),
                ("Objet / Subject", "Déploiement Teams Rooms / Teams Rooms deployment"),
                ("Période / Period", "02/03/2026 – 24/04/2026"),
            ]
        )
        + grid(["Français", "English"], rows)
        + signoff_table(
            ("Pour le client / For the customer", cust.contact, "Microsoft France"),
            ("Pour Orbis Conseil / For Orbis Conseil", p.contact, p.name),
            sig_label="Signature :",
            date_label="Date :",
            name_label="Nom / Name:",
            title_label="Fonction / Title:",
        )
    )
    doc = partner_doc(
        p,
        body,
        title="PV reception Teams Rooms",
        ref="OC-TR-2026-008",
        when=T(2026, 4, 27, 10, 0, tzh(2)),
        footer="Confidentiel",
        page_fmt="Page {i}/{n}",
    )
    pdf = scan_pdf(
        doc,
        meta_for(
            None,
            "PV_reception_signe",
            T(2026, 4, 29, 12, 10, tzh(2)),
            creator="Lexmark CX735",
            producer="Lexmark CX735",
        ),
        f"{cid}",
        inks=[
            sign_ink("Signature :", "Julien Moreau", dx=-40),
            date_ink("Date :", "29/04/2026"),
            sign_ink("Signature :", "Camille Girard", dx=-40, hit=1, ink=(10, 10, 10)),
            date_ink("Date :", "29/04/2026", hit=1, ink=(10, 10, 10)),
        ],
        dpi=150,
        skews=(0.3,),
    )
    docs = [("PV_reception_Teams_Rooms_signe.pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=T(2026, 5, 11, 9, 30),
        workloads=["TEAMS ROOMS"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_orbis_customer_is_microsoft",
        claim,
        {docs[0][0]: pdf},
        "reject",
        "Signed, detailed bilingual acceptance report - but the customer is Microsoft itself (MICROSOFT FRANCE, domain "
        "microsoft.com, the Issy-les-Moulineaux campus). Partners cannot earn incentives or recognition for services "
        "where Microsoft is the end customer: reject.",
        "Customer 'MICROSOFT FRANCE' / microsoft.com; signed PV for 36 Teams Rooms at Microsoft's Issy-les-Moulineaux "
        "office.",
        cpor_exp(ineligible_customer="fail"),
    )


HARLOW = Customer(
    "Harlow County",
    "Harlow County",
    "harlowcounty.gov",
    "US",
    Person("Miguel Alvarez", "miguel.alvarez@harlowcounty.gov", "Chief Information Officer"),
    segment="public_sector",
)


def s4701022_pinecrest_harlow_dashboard_psd() -> Bundle:
    cid, p, cust = 4701022, PINECREST, HARLOW
    months = ["Dec", "Jan", "Feb", "Mar", "Apr", "May"]
    c1 = bar_chart(
        "Monthly active users by workload",
        months,
        [[410, 980, 1420, 1650, 1710, 1745], [120, 640, 1180, 1490, 1560, 1602]],
        ["#2f4f4f", "#7fa7a7"],
        ["Teams", "SharePoint"],
        w=1000,
        h=330,
    )
    c2 = bar_chart(
        "Microsoft 365 Apps installs (devices)",
        months,
        [[300, 900, 1510, 1790, 1850, 1862]],
        ["#b8860b"],
        ["Devices"],
        w=1000,
        h=330,
    )
    body = (
        "<h1>Microsoft 365 Adoption Dashboard – Harlow County</h1><p class='small'>Data: Microsoft 365 usage reports, "
        "tenant harlowcounty.onmicrosoft.com · Prepared by Pinecrest Public Sector Solutions · Refreshed 5/27/2026</p>"
        + "<table><tr>"
        + "".join(
            f"<td class='center'><span style='font-size:20pt;color:#2f4f4f'><b>{v}</b></span><br>{k}</td>"
            for k, v in [
                ("Licensed users", "1,812"),
                ("Teams MAU", "1,745"),
                ("SharePoint MAU", "1,602"),
                ("Apps devices", "1,862"),
                ("Departments live", "23 / 23"),
            ]
        )
        + "</tr></table>"
        + "<img src='c1.png' width='700'/><img src='c2.png' width='700'/>"
        + "<h2>Work delivered by Pinecrest (Dec 2025 – May 2026)</h2>"
        + grid(
            ["Workload", "Work", "Departments"],
            [
                [
                    "Microsoft Teams",
                    "Teams for 23 departments; Teams for 9-1-1 dispatch supervisors; Shifts for the Sheriff's Office "
                    "jail staff",
                    "23",
                ],
                [
                    "SharePoint Online",
                    "County intranet; records-retention labels per Harlow County records schedule; 6.2 TB migrated "
                    "from file servers",
                    "23",
                ],
                [
                    "Microsoft 365 Apps",
                    "Office 2016 replaced on 1,862 devices via Intune; shared computer activation for the "
                    "library kiosks",
                    "23 + 7 libraries",
                ],
            ],
        )
    )
    dash = html_pdf(
        body,
        meta_for(
            None,
            "Harlow County M365 Adoption",
            T(2026, 5, 27, 15, 14, tzh(-7)),
            author="Renee Calloway",
            creator="Power BI",
            producer="Power BI Service",
        ),
        paper="a4l",
        style=css(p.color, size=9),
        margins=(36, 40, 36, 36),
        images={"c1.png": c1, "c2.png": c2},
        seed=f"{cid}-dash",
        decorate=lambda page, i, n: text_at(
            page,
            (36, page.rect.height - 18),
            f"Printed from Power BI service · 5/27/2026 3:14 PM · page {i + 1} of {n}",
            7,
            "#777777",
        ),
    )
    ask = Mail(
        p.contact,
        (cust.contact,),
        T(2026, 5, 27, 16, 0, tzh(-7)),
        "Harlow County M365 – adoption dashboard and closeout",
        "Miguel,\n\nAttached is the May adoption dashboard and the closeout summary for the Teams, "
        "SharePoint and Microsoft 365 Apps rollout. Could you confirm the County accepts the work?\n\nThank you,",
        signature=partner_sig(p),
        seed=f"{cid}-ask",
        attachments=(("Harlow County M365 Adoption Dashboard.pdf", dash),),
    )
    reply = Mail(
        Person("Miguel Alvarez", "m.alvarez@it.harlowcounty.gov", "Chief Information Officer"),
        (p.contact,),
        T(2026, 5, 29, 8, 31, tzh(-7)),
        "RE: Harlow County M365 – adoption dashboard and closeout",
        "Renee,\n\nHarlow County accepts the Microsoft 365 rollout as delivered by Pinecrest: Teams in all "
        "23 departments including dispatch and the jail, the intranet and records labels in "
        "SharePoint, and Microsoft 365 Apps on 1,862 county devices. The Board was briefed on the adoption numbers "
        "on Tuesday.\n\nMiguel Alvarez\nCIO, Harlow County Information Technology Department",
        quote=replace(ask, attachments=()),
        seed=f"{cid}-reply",
    )
    psd = psd_pdf(
        p,
        cust,
        "Microsoft 365 – Teams, SharePoint Online, Microsoft 365 Apps (CPOR usage)",
        cust.contact,
        T(2026, 5, 27, 9, 0, tzh(-7)),
        str(cid),
    )
    psd = stamp_text(psd, "Date", "5/28/2026", dx=58, dy=-2.5, size=8.8, color="#111111", hit=0)
    psd_signed = docusign_envelope(
        psd,
        seed=f"{cid}-psd",
        subject="Please DocuSign: Harlow County Public Sector Fee Disclosure",
        sender=p.contact,
        sender_address=p.address,
        signers=[
            ESigner(
                cust.contact,
                cust.name,
                T(2026, 5, 27, 9, 5, tzh(-7)),
                T(2026, 5, 28, 7, 50, tzh(-7)),
                T(2026, 5, 28, 7, 52, tzh(-7)),
                "192.0.2.77",
                "Signature",
                dx=44,
                dy=-12,
            )
        ],
        meta=meta_for(p, "Harlow County PSD", T(2026, 5, 28, 7, 53, tzh(-7))),
        certificate=True,
    )
    docs = [
        ("Harlow County M365 Adoption Dashboard.pdf", "poe"),
        ("RE Harlow County M365 adoption dashboard and closeout.eml", "poe"),
        ("Harlow County PSD (DocuSign).pdf", "public_sector_disclosure"),
    ]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=T(2026, 6, 3, 17, 0),
        workloads=["TEAMS", "SHAREPOINT ONLINE", "MICROSOFT 365 APPS"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_pinecrest_harlow_county_dashboard_psd",
        claim,
        {docs[0][0]: dash, docs[1][0]: eml(reply), docs[2][0]: psd_signed},
        "approve",
        "US public-sector (county government) Modern Work usage claim: the written fee disclosure "
        "(Pinecrest's standard "
        "disclosure wording, the same on its other public-sector claims) is DocuSign-signed by the County CIO with "
        "a certificate of completion. The adoption dashboard printed from Power BI shows users and the work "
        "per workload, "
        "and the CIO accepts the rollout by e-mail from it.harlowcounty.gov - a subdomain of the customer's domain "
        "harlowcounty.gov.",
        "Reply from m.alvarez@it.harlowcounty.gov: 'Harlow County accepts the Microsoft 365 rollout as delivered by "
        "Pinecrest'; DocuSigned disclosure by Miguel Alvarez, 5/28/2026.",
        cpor_exp(customer_domain="pass", public_sector="pass"),
        container="zip",
    )


TRIDENT = Customer(
    "Trident Auto Components Pvt. Ltd.",
    "TACPL",
    "tridentauto.com",
    "IN",
    Person("Rahul Kulkarni", "rahul.kulkarni@tridentauto.com", "Head – IT"),
)


def s4701025_saffron_trident_minutes_printed_mail() -> Bundle:
    cid, p, cust = 4701025, SAFFRON, TRIDENT
    minutes = minutes_pdf(
        p,
        title="Minutes of Meeting – Project Closure, TACPL Microsoft 365",
        ref="SSPL-TACPL-MOM-07",
        when=T(2026, 5, 12, 15, 0, tzh(5.5)),
        place="TACPL Chakan plant conference room + Teams",
        attendees=[
            "Rahul Kulkarni – Head IT, TACPL",
            "Snehal Joshi – HR Systems, TACPL",
            "Plant IT coordinators (Chakan, Hosur, Sanand)",
            "Aditi Deshpande – Delivery Lead, Saffron Systems",
            "Rohan Kulkarni – M365 Consultant, Saffron Systems",
        ],
        items=[
            (
                "Exchange Online",
                "All 1,020 mailboxes migrated from on-premises Exchange 2016 (3 waves, Feb 16 – Mar 28); 37 shared "
                "mailboxes for purchase and dispatch; on-prem servers switched off Apr 20.",
            ),
            (
                "Microsoft Teams",
                "Teams live for 1,020 users; shop-floor supervisors at 3 plants on shared tablets; Teams "
                "channels replace WhatsApp groups for the daily production meeting.",
            ),
            (
                "Microsoft 365 Apps",
                "Office 2013 removed; Microsoft 365 Apps on 860 PCs via Intune; macros in the 42 quality-inspection "
                "Excel workbooks validated.",
            ),
            ("Closure", "TACPL confirmed all deliverables; acceptance to be sent by e-mail by Rahul."),
        ],
        actions=[
            ["1", "Send acceptance e-mail", "TACPL (RK)", "15 May"],
            ["2", "Hand over admin runbook", "Saffron (AD)", "14 May"],
        ],
    )
    ack = Mail(
        Person("Rahul Kulkarni", "r.kulkarni@in.tridentauto.com", "Head – IT"),
        (p.contact,),
        T(2026, 5, 15, 11, 20, tzh(5.5)),
        "TACPL M365 project – acceptance",
        "Dear Aditi,\n\nFurther to the closure meeting on 12 May, TACPL confirms acceptance of the Microsoft "
        "365 project delivered by Saffron Systems: migration of all 1,020 mailboxes to Exchange Online, "
        "Teams for our three plants (Chakan, Hosur, Sanand) including the shop-floor tablets, and Microsoft 365 Apps "
        "on 860 PCs. The admin runbook has been received.\n\n"
        "Thanks to you and Rohan for the smooth cut-over.\n\nRegards,\nRahul Kulkarni\nHead – IT, Trident "
        "Auto Components Pvt. Ltd. (TACPL)\nPlot A-14, MIDC Chakan, Pune 410501",
        cc=(cust.contact,),
        seed=f"{cid}-ack",
    )
    printed = printed_mail_pdf(
        ack, p.contact, meta_for(p, "TACPL M365 project - acceptance", T(2026, 5, 15, 12, 0, tzh(5.5))), f"{cid}-print"
    )
    docs = [("MoM_Project_Closure_TACPL.pdf", "poe"), ("TACPL acceptance mail.pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=T(2026, 5, 28, 7, 45),
        workloads=["EXCHANGE ONLINE", "TEAMS", "MICROSOFT 365 APPS"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_saffron_tacpl_minutes_and_printed_mail",
        claim,
        {docs[0][0]: minutes, docs[1][0]: printed},
        "approve",
        "Closure-meeting minutes detail the Exchange Online, Teams and Microsoft 365 Apps work (counts, "
        "plants, dates); the acceptance is an e-mail printed from Outlook, sent by TACPL's Head of IT from "
        "in.tridentauto.com - a subdomain "
        "of the customer's domain - which uses the customer's acronym TACPL and spells out 'Trident Auto Components "
        "Pvt. Ltd. (TACPL)' in the signature.",
        "Printed e-mail from r.kulkarni@in.tridentauto.com: 'TACPL confirms acceptance of the Microsoft 365 project "
        "delivered by Saffron Systems ...'.",
        cpor_exp(customer_domain="pass"),
    )


HUMONGOUS = Customer(
    "Humongous Insurance plc",
    "Humongous Insurance",
    "humongousinsurance.com",
    "GB",
    Person("Priya Raghunathan", "priya.raghunathan@humongousinsurance.com", "Head of Information Security"),
)


def s4701027_meridian_humongous_docx_and_photo() -> Bundle:
    cid, p, cust = 4701027, MERIDIAN, HUMONGOUS

    def fill(d: Any) -> None:
        docx_heading(d, "Handover Note – Defender for Office 365 and Defender for Cloud Apps", 1, "5B2A86")
        d.add_paragraph(f"Customer: {cust.name}    Partner: {p.name}    Date: 10 April 2026")
        docx_heading(d, "1. What was delivered", 2, "5B2A86")
        for item in [
            "Defender for Office 365 Plan 2 for 2,480 mailboxes: Strict preset for claims and finance (410), Standard "
            "for the rest; Safe Links for Teams and Office apps.",
            "Impersonation protection for 25 executives and 60 broker/partner domains; user-reported messages routed "
            "to the SOC mailbox.",
            "Attack simulation training: 3 campaigns (Jan–Mar 2026), click rate 17 % → 5 %.",
            "Defender for Cloud Apps: Cloud Discovery through Defender for Endpoint (2,300 devices); 64 unsanctioned "
            "apps blocked; file policies for policy documents shared externally from OneDrive.",
            "Session controls for the broker portal and the claims SaaS via Conditional Access App Control.",
        ]:
            d.add_paragraph(item, style="List Bullet")
        docx_heading(d, "2. Open items handed to Humongous Insurance", 2, "5B2A86")
        docx_table(
            d,
            [
                ["Item", "Owner", "Due"],
                ["Quarterly attack simulations", "Humongous SecOps", "Ongoing"],
                ["Review of 12 apps pending risk assessment", "Humongous GRC", "31 May 2026"],
            ],
        )
        docx_heading(d, "3. Acceptance", 2, "5B2A86")
        d.add_paragraph("A signed copy of the acceptance page is provided separately.")

    note = docx_bytes(
        fill, author="Oliver Grant", created=T(2026, 4, 10, 16, 0, tzh(1)), title="Handover Note Humongous Insurance"
    )
    page_html = (
        "<h1>Handover Acceptance</h1>"
        + kv(
            [
                ("Customer", cust.name),
                ("Partner", p.name),
                (
                    "Scope",
                    "Microsoft Defender for Office 365 and Microsoft Defender for Cloud Apps (handover note dated 10 "
                    "April 2026)",
                ),
            ]
        )
        + paras(
            "Humongous Insurance plc confirms that the services described in the handover note have been delivered "
            "and accepts the handover."
        )
        + signoff_table(("For Humongous Insurance", cust.contact, "Humongous Insurance plc"), None)
    )
    page = html_pdf(
        page_html,
        meta_for(p, "Handover acceptance", T(2026, 4, 10, 16, 0, tzh(1))),
        style=css("#5b2a86"),
        seed=f"{cid}-page",
        decorate=band_decor(p.name, "Handover Acceptance", accent=p.color, logo=logo(p), footer=p.footer, page_fmt=""),
    )
    img = inked_pages(
        page, 150, [sign_ink("Signature:", "Priya Raghunathan", dx=-40, w=150, h=32), date_ink("Date:", "14/04/2026")]
    )[0]
    photo = phone_photo(img, f"{cid}", when=dt.datetime(2026, 4, 14, 17, 3))
    docs = [("Handover Note - Humongous Insurance.docx", "poe"), ("IMG_4471.JPG", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=p,
        customer=cust,
        submitted=T(2026, 4, 29, 12, 30),
        workloads=["MICROSOFT DEFENDER FOR OFFICE", "MICROSOFT DEFENDER FOR CLOUD APPS"],
        docs=docs,
        comments=[
            (
                "partner",
                T(2026, 4, 29, 12, 28),
                "Handover note plus a photo of the signed acceptance page (original kept by the customer).",
            )
        ],
    )
    return Bundle(
        f"{cid}_meridian_humongous_docx_and_phone_photo",
        claim,
        {docs[0][0]: note, docs[1][0]: photo},
        "approve",
        "Word handover note with specific Defender for Office 365 and Defender for Cloud Apps work "
        "(mailboxes, domains, "
        "campaigns, apps blocked, session controls) and a phone photo (JPEG) of the acceptance page physically signed "
        "by the customer's Head of Information Security, dated 14/04/2026 (UK day-first), 15 days before submission. "
        "A photo of a wet-ink signed page is a physically signed document in image form, not a flat e-mail signature. "
        "The customer is not a Meridian Group company (unlike claim 4701003); the Meridian footer on the page is the "
        "partner's standard legal footer.",
        "IMG_4471.JPG: photo of 'Handover Acceptance' with a handwritten signature by Priya Raghunathan and "
        "'14/04/2026'.",
        cpor_exp(),
    )


FERRETERO = Customer(
    "Grupo Ferretero del Bajío S.A. de C.V.",
    "Ferretero del Bajío",
    "ferreterobajio.com.mx",
    "MX",
    Person("Luis Fernando Arriaga", "lf.arriaga@ferreterobajio.com.mx", "Gerente de Infraestructura TI"),
)


def s4701031_quadrant_ferretero_docusign_bilingual() -> Bundle:
    cid, p, cust = 4701031, QUADRANT, FERRETERO
    rows = [
        [
            "Teams Phone con Operator Connect para 420 usuarios en 9 sucursales (León, Irapuato, Celaya, Querétaro "
            "y otras)",
            "Teams Phone with Operator Connect for 420 users in 9 branches (León, Irapuato, Celaya, "
            "Querétaro and others)",
        ],
        [
            "Portabilidad de 180 números DID y 9 números principales; apagado del conmutador Avaya",
            "Porting of 180 DID numbers and 9 main numbers; Avaya PBX switched off",
        ],
        [
            "Operadora automática y 6 colas de llamadas para ventas y crédito",
            "Auto attendant and 6 call queues for sales and credit",
        ],
        [
            "Reuniones de Teams: 14 salas con dispositivos certificados; capacitación a 60 usuarios clave",
            "Teams meetings: 14 rooms with certified devices; training for 60 key users",
        ],
    ]
    body = (
        "<h1>Carta de aceptación / Acceptance letter</h1>"
        + kv(
            [
                ("Cliente / Customer", escape(cust.name) + ", León, Gto."),
                ("Socio / Partner", p.name),
                ("Proyecto / Project", "Telefonía y reuniones en Microsoft Teams / Microsoft Teams phone and meetings"),
                ("Periodo / Period", "04/05/2026 – 21/08/2026"),
            ]
        )
        + grid(["Español", "English"], rows)
        + paras(
            "El cliente confirma que los servicios anteriores fueron entregados y los acepta. / The customer confirms "
            "the services above were delivered and accepts them."
        )
        + signoff_table(
            ("Por el cliente / For the customer", cust.contact, cust.name),
            ("Por Quadrant / For Quadrant", p.contact, p.name),
            sig_label="Firma / Signature:",
            date_label="Fecha / Date:",
            name_label="Nombre / Name:",
            title_label="Puesto / Title:",
        )
    )
    doc = partner_doc(
        p,
        body,
        title="Carta de aceptacion Ferretero del Bajio",
        ref="QST-TP-2026-022",
        when=T(2026, 8, 26, 10, 0, tzh(-6)),
        footer="Confidencial",
        page_fmt="Página {i} de {n}",
    )
    doc = stamp_text(doc, "Fecha / Date:", "28/08/2026", dx=66, dy=-2.5, size=8.8, color="#111111")
    doc = stamp_text(doc, "Fecha / Date:", "27/08/2026", dx=66, dy=-2.5, size=8.8, color="#111111", hit=1)
    signers = [
        ESigner(
            p.contact,
            p.name,
            T(2026, 8, 27, 9, 0, tzh(-6)),
            T(2026, 8, 27, 9, 3, tzh(-6)),
            T(2026, 8, 27, 9, 4, tzh(-6)),
            "203.0.113.140",
            "Firma / Signature:",
            hit=1,
        ),
        ESigner(
            cust.contact,
            cust.name,
            T(2026, 8, 27, 9, 5, tzh(-6)),
            T(2026, 8, 28, 12, 40, tzh(-6)),
            T(2026, 8, 28, 12, 44, tzh(-6)),
            "198.51.100.18",
            "Firma / Signature:",
        ),
    ]
    pdf = docusign_envelope(
        doc,
        seed=str(cid),
        subject="Complete con Docusign: Carta de aceptación Ferretero del Bajío.pdf",
        sender=p.contact,
        sender_address=p.address,
        signers=signers,
        meta=meta_for(p, "Carta de aceptacion Ferretero del Bajio", T(2026, 8, 28, 12, 45, tzh(-6))),
        certificate=False,
        tz_label="(UTC-06:00) Guadalajara, Ciudad de México, Monterrey",
    )
    docs = [("Carta_aceptacion_Ferretero_Bajio_firmada.pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=T(2026, 9, 9, 17, 25),
        workloads=["TEAMS PHONE ENABLED USERS", "TEAMS MEETINGS"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_quadrant_ferretero_docusign_no_certificate",
        claim,
        {docs[0][0]: pdf},
        "approve",
        "Bilingual Spanish/English acceptance letter with specific Teams Phone (420 users, Operator Connect, 180 DIDs "
        "ported, call queues) and Teams meetings work, DocuSign-signed by the customer's infrastructure manager on "
        "28/08/2026 (day-first, Mexico). The partner uploaded the signed document without DocuSign's Certificate of "
        "Completion; every page carries the DocuSign envelope ID and the signature block its signer ID, which makes "
        "the eSignature verifiable, and the guide does not require the certificate itself.",
        "Every page stamped 'Docusign Envelope ID: ...'; 'DocuSigned by:' block over Luis Fernando Arriaga's name, "
        "date 28/08/2026; no certificate page.",
        cpor_exp(),
    )


VILLA_CORAL = Customer(
    "Municipio Autónomo de Villa Coral",
    "Municipio de Villa Coral",
    "villacoral.pr.gov",
    "PR",
    Person("Ing. Carmen Delgado Ríos", "cdelgado@villacoral.pr.gov", "Directora de Tecnología / IT Director"),
    segment="public_sector",
)


def s4701036_caribe_villacoral_pr_psd() -> Bundle:
    cid, p, cust = 4701036, CARIBE, VILLA_CORAL
    body = (
        "<h1>Security Deployment Report / Informe de implantación</h1>"
        + kv(
            [
                ("Customer / Cliente", cust.name),
                ("Partner / Socio", p.name),
                ("Period / Periodo", "March 2 – September 18, 2026"),
                ("Scope", "Municipal offices, police, emergency management, 4 community centers"),
            ]
        )
        + "<h2>Microsoft Defender for Endpoint</h2>"
        + ul(
            [
                "780 Windows devices and 36 servers onboarded, including the 911 dispatch consoles (isolated device "
                "group)",
                "EDR in block mode; ASR rules in block after audit; weekly vulnerability review with the IT Director",
                "Automated investigation for office devices; manual approval for police and emergency systems",
            ]
        )
        + "<h2>Microsoft Intune</h2>"
        + ul(
            [
                "780 Windows devices co-managed; BitLocker and compliance policies",
                "210 police-vehicle tablets enrolled as dedicated devices with the records-management app",
                "Windows Update rings aligned with the municipal change calendar",
            ]
        )
        + grid(
            ["Measure", "Before", "After"],
            [
                ["Devices with EDR", "0", "816"],
                ["Compliant devices", "n/a", "93 %"],
                ["Critical vulnerabilities open > 30 days", "412", "37"],
            ],
        )
        + "<h2>Acceptance / Aceptación</h2><p>Electronic signature / Firma "
        "electrónica:</p><p>&#160;</p><p>&#160;</p><p>&#160;</p>"
    )
    report = partner_doc(
        p,
        body,
        title="Villa Coral Security Deployment Report",
        ref="CCP-SEC-2026-05",
        when=T(2026, 9, 21, 10, 0, tzh(-4)),
        paper="letter",
    )
    signer = ESigner(
        cust.contact,
        cust.name,
        T(2026, 9, 22, 9, 0, tzh(-4)),
        T(2026, 9, 23, 14, 20, tzh(-4)),
        T(2026, 9, 23, 14, 26, tzh(-4)),
        "198.51.100.64",
        "Electronic signature / Firma electrónica:",
    )
    tid = "CBJCHBCAABAA" + hx("acrobat", f"{cid}", n=32)
    signed = stamp_acrobat_signature(report, signer, f"{cid}", tid)
    audit = acrobat_audit(
        seed=f"{cid}",
        title="Villa Coral Security Deployment Report",
        sender=p.contact,
        signers=[signer],
        meta=meta_for(p, "Audit report", T(2026, 9, 23, 14, 27, tzh(-4))),
    )
    pdf = merge_pdfs(
        [signed, audit],
        meta_for(
            p,
            "Villa Coral Security Deployment Report - signed",
            T(2026, 9, 23, 14, 27, tzh(-4)),
            creator="Adobe Acrobat Sign",
            producer="Adobe Acrobat Sign",
        ),
        f"{cid}",
    )
    psd = psd_pdf(
        p,
        cust,
        "Microsoft Defender for Endpoint, Microsoft Intune (CPOR usage)",
        cust.contact,
        T(2026, 2, 20, 9, 0, tzh(-4)),
        str(cid),
        spanish=True,
    )
    psd_scan = scan_pdf(
        psd,
        meta_for(
            None,
            "PSD Villa Coral firmado",
            T(2026, 2, 24, 11, 40, tzh(-4)),
            creator="HP LaserJet MFP M528",
            producer="HP LaserJet MFP M528",
        ),
        f"{cid}-psd",
        inks=[
            sign_ink("Signature", "Carmen Delgado", dx=40, dy=10, w=130, h=26),
            date_ink("Date", "24/feb/2026", dx=90, dy=-1),
        ],
        dpi=120,
        skews=(1.1,),
    )
    docs = [
        ("Villa Coral - Security Deployment Report (signed).pdf", "poe"),
        ("Divulgacion Sector Publico - Villa Coral.pdf", "public_sector_disclosure"),
    ]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=p,
        customer=cust,
        submitted=T(2026, 10, 7, 14, 0),
        workloads=["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_caribe_villacoral_puerto_rico_psd",
        claim,
        {docs[0][0]: pdf, docs[1][0]: psd_scan},
        "approve",
        "Puerto Rico municipality (public sector) on a Security usage claim: the written fee disclosure is present "
        "- the standard disclosure wording (same text as the other public-sector claims in the queue, boilerplate) "
        "with a Spanish translation - and is wet-signed by the municipality's IT Director (scan, 24/feb/2026). The "
        "deployment report is specific to Villa Coral (816 devices, 911 consoles, 210 police tablets) and is e-signed "
        "in Adobe Acrobat Sign by the same director on 2026-09-23 with the audit report appended.",
        "Acrobat Sign audit report 'Document e-signed by Ing. Carmen Delgado Ríos "
        "(cdelgado@villacoral.pr.gov)'; signed bilingual disclosure.",
        cpor_exp(public_sector="pass"),
        container="zip",
    )


KOALA = Customer(
    "Koala Creek Constructions Pty Ltd",
    "Koala Creek Constructions",
    "koalacreek.com.au",
    "AU",
    Person("Brett Sullivan", "brett.sullivan@koalacreek.com.au", "IT Manager"),
)
COHO = Customer(
    "Coho Winery Pty Ltd",
    "Coho Winery",
    "cohowinery.com.au",
    "AU",
    Person("Natalie Webb", "natalie.webb@cohowinery.com.au", "Head of Technology"),
)
HV_GROUP = Customer(
    "Harbour & Vale Group Services Pty Ltd",
    "HV Group Services",
    "hvgroup.com.au",
    "AU",
    Person("Angela Russo", "angela.russo@hvgroup.com.au", "Group IT Manager"),
)


def s4701037_harbour_koala_different_company() -> Bundle:
    cid, p = 4701037, HARBOUR
    other = Person("Dean Whitaker", "dean@kcc.net.au", "Operations Manager")
    body = (
        "<h1>Customer Acceptance – Microsoft 365 Collaboration Rollout</h1>"
        + kv(
            [
                ("Customer", "Koala Creek Contractors Pty Ltd (ABN 37 601 288 914)"),
                ("Address", "12 Dairy Flat Road, Wodonga VIC 3690"),
                ("Partner", p.name),
                ("Period", "May – July 2026"),
            ]
        )
        + "<h2>Work delivered</h2>"
        + ul(
            [
                "Teams for 85 staff incl. 40 site supervisors on iPads; a team per job site (17)",
                "SharePoint document libraries for plans and safety records, 380 GB moved from Dropbox",
                "Exchange Online: 85 mailboxes moved from the previous hosting provider",
            ]
        )
        + paras("Koala Creek Contractors Pty Ltd accepts the work above.")
        + signoff_table(("For Koala Creek Contractors", other, "Koala Creek Contractors Pty Ltd"), None)
    )
    doc = partner_doc(
        p,
        body,
        title="Koala Creek acceptance",
        ref="HV-M365-2026-044",
        when=T(2026, 7, 30, 9, 0, tzh(10)),
        footer=p.footer,
    )
    pdf = scan_pdf(
        doc,
        meta_for(
            None,
            "KCC acceptance signed",
            T(2026, 8, 3, 13, 10, tzh(10)),
            creator="Canon MF743C",
            producer="Canon MF743C",
        ),
        f"{cid}",
        inks=[sign_ink("Signature:", "Dean Whitaker", dx=-40), date_ink("Date:", "3/8/2026")],
        dpi=150,
        skews=(-0.8,),
    )
    ack = Mail(
        other,
        (p.contact,),
        T(2026, 8, 3, 13, 40, tzh(10)),
        "Signed acceptance – Koala Creek Contractors",
        "Hi Liam,\n\nSigned acceptance attached. Thanks for getting the site teams going before the wet "
        "season.\n\nCheers,\nDean",
        signature=sig_block(other, "Koala Creek Contractors Pty Ltd", "ABN 37 601 288 914 · Wodonga VIC"),
        seed=f"{cid}-ack",
        mailer="Microsoft Outlook 16.0",
        attachments=(("KCC acceptance signed.pdf", pdf),),
    )
    cust = KOALA
    docs = [("Koala Creek acceptance signed.pdf", "poe"), ("Signed acceptance - Koala Creek Contractors.eml", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=T(2026, 8, 12, 10, 15),
        workloads=["TEAMS", "SHAREPOINT ONLINE", "EXCHANGE ONLINE"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_harbour_koala_creek_different_company",
        claim,
        {docs[0][0]: pdf, docs[1][0]: eml(ack)},
        "action_required",
        "The claim is for Koala Creek Constructions Pty Ltd (koalacreek.com.au, contact Brett Sullivan), but "
        "the signed "
        "acceptance and the covering e-mail come from Koala Creek Contractors Pty Ltd - a different company with its "
        "own ABN (37 601 288 914), address in Wodonga and domain kcc.net.au. Similar names are not the same customer: "
        "the POE does not show the claimed customer, and the acknowledging e-mail is not from the claim's customer "
        "domain. The partner must clarify or provide POE from the claimed customer.",
        "Acceptance page 'Koala Creek Contractors Pty Ltd (ABN 37 601 288 914)' signed by Dean Whitaker; e-mail from "
        "dean@kcc.net.au; claim customer domain koalacreek.com.au.",
        cpor_exp(partner_customer_names="fail", customer_domain="fail", customer_acknowledgement=["fail", "warn"]),
    )


def s4701038_harbour_coho_mss_acrobat() -> Bundle:
    cid, p, cust = 4701038, HARBOUR, COHO
    slides = [
        "<h1>Managed Security Service</h1><p>Quarterly Service Review – Q1 2026</p><p "
        f"class='small'>{escape(cust.name)} · Harbour &amp; Vale IT · 28 April 2026</p>",
        "<h2>Service scope</h2>"
        + ul(
            [
                "24x7 SOC monitoring and response: Microsoft Defender XDR (Defender for Endpoint on 640 "
                "devices, Office 365, Identity) and Defender for Cloud",
                "Microsoft Sentinel operations: connectors, analytics, playbooks",
                "Monthly threat hunting; configuration assessment; alert tuning and custom detections",
            ]
        ),
        "<h2>Q1 2026 in numbers</h2>"
        + grid(
            ["Measure", "Jan", "Feb", "Mar"],
            [
                ["Alerts triaged", "402", "377", "451"],
                ["Incidents investigated", "19", "14", "22"],
                ["True positives", "1", "0", "2"],
                ["MTTA (P1/P2)", "7 min", "6 min", "5 min"],
            ],
        ),
        "<h2>Notable incidents</h2>"
        + ul(
            [
                "12 Mar: business e-mail compromise attempt on the export manager – sessions revoked within 9 minutes",
                "27 Mar: malicious USB on a cellar-door POS terminal in the Barossa – device isolated, image rebuilt",
            ]
        ),
        "<h2>Hunting, tuning and posture</h2>"
        + ul(
            [
                "Hunts: OAuth app consents, impossible travel for vineyard contractors, LOLBins on POS terminals",
                "9 Sentinel rules tuned; 2 custom detections (USB on POS, mass download from SharePoint 'Blends')",
                "Secure Score 61 % → 68 %; Defender for Cloud recommendations: 14 closed",
            ]
        ),
        "<h2>Next quarter</h2>"
        + ul(["Onboard the new Margaret River winery (120 devices)", "Purple-team exercise in June"]),
    ]
    deck = slides_pdf(
        slides,
        meta_for(p, "Coho Winery QSR Q1 2026", T(2026, 4, 28, 16, 0, tzh(10))),
        accent=p.color,
        logo=logo(p),
        footer="Harbour & Vale IT · Coho Winery · Quarterly Service Review",
        seed=f"{cid}-deck",
    )
    acc_html = (
        "<h1>Service Review Acceptance – Q1 2026</h1>"
        + paras(
            f"{escape(cust.name)} has reviewed the Managed Security Service Quarterly Service Review for Q1 "
            "2026 presented "
            "by Harbour &amp; Vale IT on 28 April 2026 and confirms that the services described were delivered."
        )
        + "<p>Customer signature:</p><p>&#160;</p><p>&#160;</p><p>&#160;</p>"
    )
    acc = partner_doc(
        p,
        acc_html,
        title="Coho Winery Service Review Acceptance",
        ref="HV-MSS-COHO-Q1",
        when=T(2026, 4, 29, 9, 0, tzh(10)),
        footer=p.footer,
    )
    signer = ESigner(
        cust.contact,
        cust.name,
        T(2026, 4, 29, 9, 10, tzh(10)),
        T(2026, 4, 30, 8, 2, tzh(10)),
        T(2026, 4, 30, 8, 5, tzh(10)),
        "198.51.100.90",
        "Customer signature:",
    )
    tid = "CBJCHBCAABAA" + hx("acrobat", f"{cid}", n=32)
    signed = stamp_acrobat_signature(acc, signer, f"{cid}", tid)
    audit = acrobat_audit(
        seed=f"{cid}",
        title="Coho Winery Service Review Acceptance",
        sender=p.contact,
        signers=[signer],
        meta=meta_for(p, "Audit report", T(2026, 4, 30, 8, 6, tzh(10))),
        tz="AEST",
    )
    pdf = merge_pdfs(
        [signed, audit],
        meta_for(
            p,
            "Coho Winery Service Review Acceptance - signed",
            T(2026, 4, 30, 8, 6, tzh(10)),
            creator="Adobe Acrobat Sign",
            producer="Adobe Acrobat Sign",
        ),
        f"{cid}",
    )
    docs = [("Coho Winery - QSR Q1 2026.pdf", "poe"), ("Coho Winery - Service Review Acceptance (signed).pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="managed_security_services",
        area="Security",
        partner=p,
        customer=cust,
        submitted=T(2026, 5, 12, 11, 30),
        workloads=["MANAGED SECURITY SERVICES"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_harbour_coho_mss_deck_acrobat_sign",
        claim,
        {docs[0][0]: deck, docs[1][0]: pdf},
        "approve",
        "Managed security services claim: the quarterly service review deck (PowerPoint export) shows 24x7 SOC triage "
        "in Defender XDR including Defender for Endpoint, Sentinel operations, hunting, posture assessment "
        "and tuning/custom "
        "detections with Coho-specific figures and incidents; the service-review acceptance is e-signed in "
        "Adobe Acrobat Sign by Coho's Head of Technology (audit report appended, 30 April 2026).",
        "Acrobat Sign audit: 'Document e-signed by Natalie Webb (natalie.webb@cohowinery.com.au)'; deck slide 'Q1 2026 "
        "in numbers'.",
        cpor_exp(),
    )


def s4701047_harbour_group_services_affiliate() -> Bundle:
    cid, p, cust = 4701047, HARBOUR, HV_GROUP
    body = (
        "<h1>Project Completion – Microsoft Purview and Defender for Office 365</h1>"
        + kv([("Customer", cust.name), ("Partner", p.name), ("Period", "February – May 2026")])
        + ul(
            [
                "Sensitivity labels and DLP for 1,100 Group staff (finance, HR, payroll shared services)",
                "Defender for Office 365 Plan 2, impersonation protection for the Group executive team",
                "Insider-risk policies for payroll data",
            ]
        )
        + paras("Harbour &amp; Vale Group Services accepts the work above.")
        + signoff_table(("For Harbour & Vale Group Services", cust.contact, cust.name), None)
        + "<p class='small'>Harbour &amp; Vale Group Services Pty Ltd and Harbour &amp; Vale IT Pty Ltd are members "
        "of the Harbour &amp; Vale Group (ultimate parent: Harbour &amp; Vale Holdings Ltd).</p>"
    )
    doc = partner_doc(
        p,
        body,
        title="HV Group Services completion",
        ref="HV-SEC-2026-017",
        when=T(2026, 6, 1, 9, 0, tzh(10)),
        footer=p.footer,
    )
    pdf = scan_pdf(
        doc,
        meta_for(None, "HVGS completion signed", T(2026, 6, 2, 15, 0, tzh(10))),
        f"{cid}",
        inks=[sign_ink("Signature:", "Angela Russo", dx=-40), date_ink("Date:", "2/6/2026")],
        dpi=150,
        skews=(0.5,),
    )
    docs = [("HV Group Services - completion (signed).pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=p,
        customer=cust,
        submitted=T(2026, 6, 10, 12, 0),
        workloads=["MICROSOFT INFORMATION PROTECTION", "MICROSOFT DEFENDER FOR OFFICE", "INSIDER RISK MANAGER"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_harbour_group_services_affiliate",
        claim,
        {docs[0][0]: pdf},
        "reject",
        "The customer, Harbour & Vale Group Services Pty Ltd (hvgroup.com.au), is the partner's own group "
        "shared-services "
        "company: the signed completion page states both companies are members of the Harbour & Vale Group under the "
        "same parent. A partner affiliate is not an eligible customer: reject. (Contrast claim 4701038, where Harbour "
        "& Vale's customer is unrelated.)",
        "Footnote on the signed page: 'Harbour & Vale Group Services Pty Ltd and Harbour & Vale IT Pty Ltd are members "
        "of the Harbour & Vale Group'.",
        cpor_exp(ineligible_customer="fail"),
        container="zip",
    )


FIRTH = Customer(
    "Firth Ferries Ltd",
    "Firth Ferries",
    "firthferries.co.uk",
    "GB",
    Person("Morag Campbell", "morag.campbell@firthferries.co.uk", "IT Services Manager"),
)
FONTANELLA = Customer(
    "Ceramiche Fontanella S.p.A.",
    "Ceramiche Fontanella",
    "ceramichefontanella.it",
    "IT",
    Person("Marco Bellini", "marco.bellini@ceramichefontanella.it", "IT Manager"),
)


def s4701044_thistle_firth_golive_uk_dates() -> Bundle:
    cid, p, cust = 4701044, THISTLE, FIRTH
    body = (
        "<h1>Go-Live Certificate</h1><p class='muted'>Microsoft Teams Rooms and Teams Phone</p>"
        + kv(
            [
                ("Customer", cust.name + ", Leith terminal and 4 port offices"),
                ("Supplier", p.name),
                ("Rooms commissioned", "23/02/2026 – 27/02/2026"),
                ("Go-live date", "02/03/2026"),
            ]
        )
        + "<h2>Delivered</h2>"
        + ul(
            [
                "14 Teams Rooms (Windows) in Leith, Rosyth, Kirkcaldy, North Berwick and Burntisland; Pro Management "
                "portal enrolment",
                "Teams Phone for 160 staff with Calling Plans; 3 call queues (bookings, freight, lost property) and "
                "an out-of-hours auto attendant",
                "Porting of 48 numbers from the legacy ISDN30; ISDN cease booked 16/03/2026",
            ]
        )
        + paras("The customer confirms the systems above are live and accepts them into service.")
        + signoff_table(("For the customer", cust.contact, cust.name), ("For Thistle Cloud", p.contact, p.name))
    )
    doc = partner_doc(
        p, body, title="Go-Live Certificate Firth Ferries", ref="TC-TR-2026-004", when=T(2026, 3, 3, 10, 0)
    )
    pdf = scan_pdf(
        doc,
        meta_for(
            None,
            "scan0042",
            T(2026, 3, 4, 16, 41),
            creator="Kyocera ECOSYS M5526cdw",
            producer="Kyocera ECOSYS M5526cdw",
        ),
        f"{cid}",
        inks=[
            sign_ink("Signature:", "Morag Campbell", dx=-40),
            date_ink("Date:", "04/03/2026"),
            sign_ink("Signature:", "Fiona McLeod", dx=-40, hit=1, ink=(10, 10, 10)),
            date_ink("Date:", "04/03/26", hit=1, ink=(10, 10, 10)),
        ],
        dpi=100,
        skews=(1.3,),
    )
    docs = [("scan0042.pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=T(2026, 3, 25, 15, 20),
        workloads=["TEAMS ROOMS", "TEAMS PHONE ENABLED USERS"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_thistle_firth_golive_certificate_day_first",
        claim,
        {docs[0][0]: pdf},
        "approve",
        "Low-resolution (100 dpi), skewed image-only scan of a UK go-live certificate naming Thistle Cloud and Firth "
        "Ferries with Teams Rooms and Teams Phone specifics, signed by the customer's IT Services Manager and dated "
        "'04/03/2026'. The document is British and uses day-first dates throughout ('23/02/2026 – 27/02/2026' can only "
        "be day-first), so the signature date is 4 March 2026, three weeks before submission; read "
        "month-first it would be 3 April 2026, after the submission date, which is impossible.",
        "Handwritten 'Date: 04/03/2026' under the customer's signature; printed 'Rooms commissioned "
        "23/02/2026 – 27/02/2026', 'Go-live date 02/03/2026'.",
        cpor_exp(),
    )


def s4701046_laguna_fontanella_old_sow_recent_mail() -> Bundle:
    cid, p, cust = 4701046, LAGUNA, FONTANELLA
    rows = [
        [
            "Configurazione di Microsoft Defender for Office 365 Piano 2 per 640 caselle di posta",
            "Configuration of Microsoft Defender for Office 365 Plan 2 for 640 mailboxes",
        ],
        [
            "Etichette di riservatezza e DLP con Microsoft Purview Information Protection",
            "Sensitivity labels and DLP with Microsoft Purview Information Protection",
        ],
        [
            "Servizio gestito: revisione mensile delle policy e gestione degli incidenti di phishing e DLP (24 mesi)",
            "Managed service: monthly policy review and handling of phishing and DLP incidents (24 months)",
        ],
    ]
    body = (
        "<h1>Contratto di servizi / Statement of Work</h1>"
        + kv(
            [
                ("Cliente / Customer", cust.name + ", Sassuolo (MO)"),
                ("Fornitore / Supplier", p.name),
                ("Durata / Term", "01/05/2025 – 30/04/2027"),
                ("Riferimento / Reference", "LS-SOW-2025-017"),
            ]
        )
        + grid(["Italiano", "English"], rows)
        + signoff_table(
            ("Per il cliente / For the customer", cust.contact, cust.name),
            ("Per Laguna Sistemi / For Laguna Sistemi", p.contact, p.name),
            sig_label="Firma / Signature:",
            date_label="Data / Date:",
            name_label="Nome / Name:",
            title_label="Ruolo / Title:",
        )
    )
    doc = partner_doc(
        p,
        body,
        title="SOW Fontanella",
        ref="LS-SOW-2025-017",
        when=T(2025, 4, 3, 10, 0, tzh(2)),
        footer="Riservato",
        page_fmt="Pagina {i} di {n}",
    )
    sow = scan_pdf(
        doc,
        meta_for(None, "SOW_Fontanella_firmato", T(2025, 4, 9, 12, 0, tzh(2))),
        f"{cid}",
        inks=[
            sign_ink("Firma / Signature:", "Marco Bellini", dx=-80),
            date_ink("Data / Date:", "09/04/2025"),
            sign_ink("Firma / Signature:", "Giulia Ferraro", dx=-80, hit=1, ink=(10, 10, 10)),
            date_ink("Data / Date:", "08/04/2025", hit=1, ink=(10, 10, 10)),
        ],
        dpi=150,
        skews=(-0.4,),
    )
    ask = Mail(
        p.contact,
        (cust.contact,),
        T(2026, 5, 15, 16, 0, tzh(2)),
        "Fontanella – conferma servizio gestito / managed service confirmation",
        "Ciao Marco,\n\nper la pratica Microsoft ci serve una tua conferma scritta del servizio in corso. / "
        "For a Microsoft "
        "review we need your written confirmation of the ongoing service, ideally describing what we did "
        "this quarter.\n\nGrazie,",
        signature=partner_sig(p),
        seed=f"{cid}-ask",
        lang="it-IT",
    )
    reply = Mail(
        cust.contact,
        (p.contact,),
        T(2026, 5, 18, 9, 5, tzh(2)),
        "R: Fontanella – conferma servizio gestito / managed service confirmation",
        "Ciao Giulia,\n\nconfermo che Laguna Sistemi continua a gestire Defender for Office 365 e Purview Information "
        "Protection per Ceramiche Fontanella.\n\n"
        "I confirm that Laguna Sistemi continues to manage our Defender for Office 365 and Purview "
        "Information Protection. In the last quarter (February–April 2026) they tuned the "
        "anti-phishing policies after the fake-supplier campaign in March, rolled out the 'Riservato – Formulazioni' "
        "sensitivity label to the Finance and R&D sites (212 users), "
        "added DLP rules for glaze formulas shared externally and handled 41 DLP and phishing incidents.\n\nMarco",
        signature=sig_block(cust.contact, cust.name, "Via Radici in Piano 120, 41049 Sassuolo (MO)"),
        quote=ask,
        seed=f"{cid}-reply",
        lang="it-IT",
    )
    docs = [("SOW_LS-SOW-2025-017_firmato.pdf", "poe"), ("R Fontanella conferma servizio gestito.eml", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=p,
        customer=cust,
        submitted=T(2026, 6, 25, 10, 0),
        workloads=["MICROSOFT DEFENDER FOR OFFICE", "MICROSOFT INFORMATION PROTECTION"],
        docs=docs,
        status="disputed",
        history=[
            ("submission", T(2026, 5, 6, 9, 0), p.contact.email),
            ("set under review", T(2026, 5, 8, 7, 30), "Microsoft"),
            ("rejection", T(2026, 5, 12, 15, 10), "Microsoft"),
            ("dispute", T(2026, 6, 25, 9, 58), p.contact.email),
            ("submission", T(2026, 6, 25, 10, 0), p.contact.email),
        ],
        comments=[
            (
                "microsoft",
                T(2026, 5, 12, 15, 10),
                "Dear Partner, the customer signature on the POE is older than 12 months. Please provide a recent POE "
                "or customer acknowledgement confirming the active engagement.",
            ),
            (
                "partner",
                T(2026, 6, 25, 9, 57),
                "Dispute: recent written confirmation from the customer (18 May 2026) describing the ongoing managed "
                "service attached.",
            ),
        ],
    )
    return Bundle(
        f"{cid}_laguna_fontanella_old_sow_plus_recent_confirmation",
        claim,
        {docs[0][0]: sow, docs[1][0]: eml(reply)},
        "approve",
        "The signed bilingual SOW dates from 09/04/2025, more than 12 months before submission (2026-06-25), but the "
        "guide allows an older signature when a recent customer acknowledgement confirms the active engagement, and "
        "an e-mail describing the work is enough: the customer's IT Manager writes from "
        "ceramichefontanella.it on 2026-05-18 "
        "(Italian and English) confirming Laguna Sistemi still manages Defender for Office 365 and Purview Information "
        "Protection and describing last quarter's work.",
        "Reply of 18 May 2026 from marco.bellini@ceramichefontanella.it: 'I confirm that Laguna Sistemi continues to "
        "manage our Defender for Office 365 and Purview Information Protection ...'.",
        cpor_exp(customer_domain="pass"),
    )


KAROO = Customer(
    "Karoo Fresh Produce (Pty) Ltd",
    "Karoo Fresh",
    "karoofresh.co.za",
    "ZA",
    Person("Pieter van der Merwe", "pieter.vdmerwe@karoofresh.co.za", "Operations Director"),
)


def s4701048_ubuntu_karoo_msg_with_signed_attachment() -> Bundle:
    cid, p, cust = 4701048, UBUNTU, KAROO
    body = (
        "<h1>Intune Deployment – Completion Certificate</h1>"
        + kv(
            [
                ("Customer", cust.name + ", Worcester, Western Cape"),
                ("Partner", p.name),
                ("Period", "4 August – 2 October 2026"),
            ]
        )
        + "<h2>Completed</h2>"
        + ul(
            [
                "310 Windows laptops enrolled via Windows Autopilot (packhouse offices, 3 farms, Cape Town office)",
                "180 Android handhelds for pickers as dedicated devices running the harvest-tracking app; 60 iPhones "
                "for managers (ADE)",
                "Compliance policies with Conditional Access; load-shedding-aware update windows (02:00–04:00 outside "
                "scheduled outages)",
                "Remote wipe and lost-device process with the farm supervisors",
            ]
        )
        + paras("Karoo Fresh Produce accepts the Intune deployment as complete.")
        + signoff_table(
            ("For Karoo Fresh Produce", cust.contact, cust.name), ("For Ubuntu Cloud Works", p.contact, p.name)
        )
    )
    doc = partner_doc(
        p,
        body,
        title="Intune Completion Certificate Karoo Fresh",
        ref="UCW-INT-2026-011",
        when=T(2026, 10, 5, 9, 0, tzh(2)),
    )
    signed = scan_pdf(
        doc,
        meta_for(
            None,
            "Scan 2026-10-08 10.12",
            T(2026, 10, 8, 10, 12, tzh(2)),
            creator="CamScanner",
            producer="intsig.com pdf producer",
        ),
        f"{cid}",
        inks=[
            sign_ink("Signature:", "Pieter van der Merwe", dx=-40),
            date_ink("Date:", "2026/10/08"),
            sign_ink("Signature:", "Thabo Nkosi", dx=-40, hit=1, ink=(10, 10, 10)),
            date_ink("Date:", "2026/10/06", hit=1, ink=(10, 10, 10)),
        ],
        dpi=130,
        skews=(-1.0,),
    )
    mail = Mail(
        cust.contact,
        (p.contact,),
        T(2026, 10, 8, 10, 30, tzh(2)),
        "Signed: Intune completion certificate",
        "Hi Thabo,\n\nPlease find attached the completion certificate, signed on our side. The pickers' handhelds have "
        "been solid through the first week of the citrus harvest.\n\nRegards,\nPieter",
        signature=sig_block(cust.contact, cust.name, "Tel +27 23 555 0144"),
        seed=f"{cid}-mail",
        attachments=(("Intune completion certificate - signed.pdf", signed),),
        lang="en-ZA",
    )
    docs = [("Signed Intune completion certificate.msg", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=p,
        customer=cust,
        submitted=T(2026, 10, 21, 8, 50),
        workloads=["INTUNE"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_ubuntu_karoo_msg_with_signed_certificate",
        claim,
        {docs[0][0]: msg_file(mail)},
        "approve",
        "One Outlook .msg from the customer's Operations Director (karoofresh.co.za, 8 October 2026) "
        "carrying the scanned "
        "completion certificate as an attachment: the certificate details the Intune deployment (310 "
        "Autopilot laptops, "
        "180 dedicated Android handhelds, 60 iPhones, compliance and Conditional Access) and is wet-signed "
        "by the customer (date written '2026/10/08', South African year-first).",
        "Attachment inside the .msg: 'Intune Deployment – Completion Certificate' signed by Pieter van der Merwe on "
        "2026/10/08.",
        cpor_exp(customer_domain="pass"),
        container="zip",
    )


HAFEN = Customer(
    "Hafenlogistik Nord GmbH",
    "Hafenlogistik Nord",
    "hafenlogistik-nord.de",
    "DE",
    Person(
        "Birgit Hansen", "b.hansen@hafenlogistik-nord.de", "IT-Sicherheitsbeauftragte / Information Security Officer"
    ),
)


def s4701050_kestrel_hafen_mss_german_with_translation() -> Bundle:
    cid, p, cust = 4701050, KESTREL, HAFEN
    de = (
        "<h1>Monatsbericht Managed SOC – Juli 2026</h1>"
        + kv(
            [
                ("Kunde", cust.name + ", Bremerhaven"),
                ("Dienstleister", p.name),
                ("Vertrag", "KIT-MSOC-2025-06 (24x7 SOC)"),
                ("Berichtszeitraum", "01.07.2026 – 31.07.2026"),
            ]
        )
        + "<h2>Leistungen</h2>"
        + ul(
            [
                "24x7-Überwachung und Reaktion auf Vorfälle in Microsoft Defender XDR (Defender for Endpoint auf 1.240 "
                "Geräten) und Defender for Cloud",
                "Betrieb von Microsoft Sentinel: 11 Datenkonnektoren inkl. Hafen-Terminal-Betriebssystem, 64 "
                "Analyseregeln, 7 Playbooks",
                "Threat Hunting: 5 Hunts (u. a. Zugriffe von Dienstleister-VPNs auf das Terminal-Netz)",
                "Konfigurationsbewertung: Secure Score 58 % → 63 %",
                "Tuning: 8 Regeln angepasst, 2 eigene Erkennungen (Kran-Steuerungs-Jump-Hosts)",
            ]
        )
        + "<h2>Kennzahlen</h2>"
        + grid(
            ["Kennzahl", "Juli 2026"],
            [
                ["Bearbeitete Alarme", "1.106"],
                ["Untersuchte Vorfälle", "38"],
                ["Bestätigte Sicherheitsvorfälle", "1 (Phishing mit Session-Diebstahl, eingedämmt in 24 Min.)"],
                ["MTTA P1/P2", "7 Min."],
            ],
        )
    )
    en = (
        "<h1>Translation – Managed SOC monthly report, July 2026</h1><p class='small'>English translation of "
        "the German report 'Monatsbericht Managed SOC – Juli 2026', prepared by Kestrel IT.</p>"
        + kv(
            [
                ("Customer", cust.name + ", Bremerhaven"),
                ("Provider", p.name),
                ("Contract", "KIT-MSOC-2025-06 (24x7 SOC)"),
                ("Period", "1 July – 31 July 2026"),
            ]
        )
        + "<h2>Services</h2>"
        + ul(
            [
                "24x7 monitoring and incident response in Microsoft Defender XDR (Defender for Endpoint on "
                "1,240 devices) and Defender for Cloud",
                "Microsoft Sentinel operations: 11 data connectors incl. the terminal operating system, 64 analytics "
                "rules, 7 playbooks",
                "Threat hunting: 5 hunts (incl. access from contractor VPNs to the terminal network)",
                "Configuration assessment: Secure Score 58 % → 63 %",
                "Tuning: 8 rules adjusted, 2 custom detections (crane-control jump hosts)",
            ]
        )
        + "<h2>Figures</h2>"
        + grid(
            ["Measure", "July 2026"],
            [
                ["Alerts handled", "1,106"],
                ["Incidents investigated", "38"],
                ["Confirmed security incidents", "1 (phishing with session theft, contained in 24 min)"],
                ["MTTA P1/P2", "7 min"],
            ],
        )
    )
    report_de = partner_doc(
        p,
        de,
        title="Monatsbericht MSOC Juli 2026",
        ref="KIT-MSOC-HLN-2607",
        when=T(2026, 8, 4, 10, 0, tzh(2)),
        footer="Vertraulich",
        page_fmt="Seite {i} von {n}",
    )
    report_en = partner_doc(
        p, en, title="Translation MSOC report July 2026", ref="KIT-MSOC-HLN-2607-EN", when=T(2026, 8, 4, 11, 0, tzh(2))
    )
    conf = (
        "<h1>Leistungsnachweis / Service confirmation</h1>"
        + paras(
            f"Hiermit bestätigt die {escape(cust.name)}, dass die Kestrel IT GmbH im Juli 2026 den Managed-SOC-Dienst "
            "gemäß Monatsbericht KIT-MSOC-HLN-2607 erbracht hat.",
            f"{escape(cust.name)} hereby confirms that Kestrel IT GmbH delivered the managed SOC service in July 2026 "
            "as described in monthly report KIT-MSOC-HLN-2607.",
        )
        + signoff_table(
            ("Für den Kunden / For the customer", cust.contact, cust.name),
            None,
            sig_label="Unterschrift / Signature:",
            date_label="Datum / Date:",
        )
    )
    conf_pdf = partner_doc(
        p,
        conf,
        title="Leistungsnachweis Juli 2026",
        ref="KIT-MSOC-HLN-2607-LN",
        when=T(2026, 8, 5, 9, 0, tzh(2)),
        footer="Vertraulich",
    )
    conf_scan = scan_pdf(
        conf_pdf,
        meta_for(None, "Leistungsnachweis_unterschrieben", T(2026, 8, 7, 14, 33, tzh(2))),
        f"{cid}",
        inks=[sign_ink("Unterschrift / Signature:", "Birgit Hansen", dx=-90), date_ink("Datum / Date:", "07.08.2026")],
        dpi=150,
        skews=(0.6,),
    )
    docs = [
        ("Monatsbericht_MSOC_Juli_2026.pdf", "poe"),
        ("Translation_MSOC_report_July_2026.pdf", "poe"),
        ("Leistungsnachweis_Juli_2026_unterschrieben.pdf", "poe"),
    ]
    claim = make_claim(
        cid,
        program="cpor",
        kind="managed_security_services",
        area="Security",
        partner=p,
        customer=cust,
        submitted=T(2026, 8, 25, 9, 0),
        workloads=["MANAGED SECURITY SERVICES"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_kestrel_hafen_mss_german_report_with_translation",
        claim,
        {docs[0][0]: report_de, docs[1][0]: report_en, docs[2][0]: conf_scan},
        "approve",
        "Managed security services claim with a German monthly SOC report, the partner's English translation of it, "
        "and a bilingual German/English service confirmation wet-signed by the customer's Information Security Officer "
        "(07.08.2026). The activities are the qualifying MSS ones (24x7 Defender XDR incl. Defender for "
        "Endpoint, Sentinel "
        "operations, hunting, posture assessment, tuning/custom detections) with customer-specific figures. An English "
        "version is supplied, so language is not a blocker.",
        "'Translation – Managed SOC monthly report, July 2026' plus signed 'Leistungsnachweis / Service confirmation' "
        "dated 07.08.2026.",
        cpor_exp(),
    )


DESERT_ROSE = Customer(
    "Desert Rose Interiors LLC",
    "Desert Rose Interiors",
    "desertroseinteriors.ae",
    "AE",
    Person("Layla Hassan", "layla.hassan@desertroseinteriors.ae", "General Manager"),
)
GULF_HORIZON = Customer(
    "Gulf Horizon Shipping LLC",
    "Gulf Horizon",
    "gulfhorizon.ae",
    "AE",
    Person("Rashid Al Zaabi", "rashid.alzaabi@gulfhorizon.ae", "IT Director"),
)


def s4701051_falcon_desert_rose_generic_form() -> Bundle:
    cid, p, cust = 4701051, FALCON, DESERT_ROSE
    body = (
        "<h1>Customer Acknowledgement Form</h1>"
        + "<h2>Section 1: Products / workloads</h2>"
        + grid(
            ["Workload", "Deployment", "Implementation", "Adoption"],
            [
                ["Exchange Online", "&#9746;", "&#9746;", "&#9746;"],
                ["SharePoint Online", "&#9746;", "&#9746;", "&#9746;"],
                ["Microsoft Teams", "&#9746;", "&#9746;", "&#9746;"],
            ],
        )
        + "<h2>Section 2: Scope of work</h2>"
        + paras(
            "Assistance for license assignment, deployment setup and guidance. Advisory and remediation activities, "
            "support tickets, adoption training and providing adoption materials. Ongoing support and optimization "
            "of the Microsoft 365 environment."
        )
        + "<h2>Section 3: Partner and customer</h2>"
        + kv(
            [
                ("Partner company name", p.name),
                ("Customer company name", cust.name),
                ("Customer signatory", f"{cust.contact.name}, {cust.contact.title}"),
                ("Engagement start and end date", "01/03/2026 – ongoing"),
            ]
        )
        + signoff_table(("Customer acknowledgement", cust.contact, cust.name), None)
    )
    doc = partner_doc(
        p,
        body,
        title="Customer Acknowledgement Form",
        ref="FRT-CAF-0231",
        when=T(2026, 6, 2, 10, 0, tzh(4)),
        paper="letter",
    )
    pdf = scan_pdf(
        doc,
        meta_for(None, "CAF Desert Rose", T(2026, 6, 3, 15, 0, tzh(4))),
        f"{cid}",
        inks=[sign_ink("Signature:", "Layla Hassan", dx=-40), date_ink("Date:", "03/06/2026")],
        dpi=150,
        skews=(0.3,),
    )
    docs = [("Customer Acknowledgement Form - Desert Rose.pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=T(2026, 6, 16, 12, 0),
        workloads=["EXCHANGE ONLINE", "SHAREPOINT ONLINE", "TEAMS"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_falcon_desert_rose_generic_scope",
        claim,
        {docs[0][0]: pdf},
        "action_required",
        "Signed, dated and naming both parties, but the scope of work is a generic list of high-level tasks "
        "('assistance "
        "for license assignment, deployment setup and guidance ... support tickets, adoption training ... "
        "ongoing support') "
        "with every box ticked - the guide's own example of insufficient activity detail: no users or infrastructure "
        "in scope, no timeline, nothing specific to each workload. The partner must describe the actual work "
        "per workload. "
        "UNSURE: the form does name the three claimed workloads, so the workload-connection check alone could pass "
        "or fail.",
        "Section 2 'Scope of work': 'Assistance for license assignment, deployment setup and guidance. Advisory and "
        "remediation activities, support tickets, adoption training ...'.",
        cpor_exp(activity_detail="fail", workload_match=["pass", "fail", "warn"]),
    )


TESSELLATE_SELF = Customer(
    "Tessellate Solutions S.L.",
    "Tessellate",
    "tessellate.es",
    "ES",
    Person("Álvaro Gil", "alvaro.gil@tessellate.es", "Responsable de Sistemas Internos"),
)


def s4701053_tessellate_own_tenant() -> Bundle:
    cid, p, cust = 4701053, TESSELLATE, TESSELLATE_SELF
    body = (
        "<h1>Informe de despliegue interno / Internal rollout report</h1>"
        + kv(
            [
                ("Organización / Organisation", "Tessellate Solutions S.L. (tenant tessellate.onmicrosoft.com)"),
                ("Periodo / Period", "Enero – abril 2026 / January – April 2026"),
                ("Usuarios / Users", "120 empleados / 120 employees"),
            ]
        )
        + grid(
            ["Español", "English"],
            [
                [
                    "Microsoft 365 Copilot para los 120 empleados de Tessellate en Madrid y Valencia",
                    "Microsoft 365 Copilot for Tessellate's 120 employees in Madrid and Valencia",
                ],
                [
                    "Agentes de Copilot para propuestas comerciales y horas de proyecto",
                    "Copilot agents for sales proposals and project timesheets",
                ],
                ["Formación interna: 8 sesiones", "Internal training: 8 sessions"],
            ],
        )
        + signoff_table(
            ("Sistemas internos / Internal IT", cust.contact, cust.name),
            None,
            sig_label="Firma / Signature:",
            date_label="Fecha / Date:",
        )
    )
    doc = partner_doc(
        p,
        body,
        title="Informe despliegue interno Copilot",
        ref="TS-INT-2026-002",
        when=T(2026, 5, 4, 9, 0, tzh(2)),
        footer="Uso interno",
    )
    pdf = scan_pdf(
        doc,
        meta_for(None, "Informe interno firmado", T(2026, 5, 5, 10, 0, tzh(2))),
        f"{cid}",
        inks=[sign_ink("Firma / Signature:", "Álvaro Gil", dx=-90), date_ink("Fecha / Date:", "05/05/2026")],
        dpi=150,
        skews=(0.2,),
    )
    docs = [("Informe_despliegue_interno_Copilot.pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=T(2026, 5, 14, 8, 0),
        workloads=["MICROSOFT 365 COPILOT"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_tessellate_claims_its_own_tenant",
        claim,
        {docs[0][0]: pdf},
        "reject",
        "The claimed customer is Tessellate Solutions S.L. itself (domain tessellate.es, the partner's own tenant) "
        "and the report describes the internal Copilot rollout to Tessellate's own 120 employees, signed by "
        "its internal IT lead. A partner cannot be its own customer: reject.",
        "Customer 'Tessellate Solutions S.L.' / tessellate.es = partner; 'Informe de despliegue interno / Internal "
        "rollout report ... 120 employees'.",
        cpor_exp(ineligible_customer="fail"),
        container="zip",
    )


MAZOWSZE = Customer(
    "Mazowsze Foods S.A.",
    "Mazowsze Foods",
    "mazowszefoods.pl",
    "PL",
    Person("Katarzyna Lewandowska", "k.lewandowska@mazowszefoods.pl", "CFO"),
)


def s4701056_baltic_mazowsze_signed_quote() -> Bundle:
    cid, p, cust = 4701056, BALTIC, MAZOWSZE
    body = (
        "<h1>Quotation / Oferta Q-2026-0311</h1>"
        + kv(
            [
                ("Customer / Klient", cust.name + ", Radom"),
                ("Supplier / Dostawca", p.name),
                ("Date / Data", "11.03.2026"),
                ("Valid until / Ważna do", "31.03.2026"),
            ]
        )
        + grid(
            ["Product", "Qty", "Unit price (PLN / month)", "Total (PLN / month)"],
            [
                ["Microsoft 365 E5 (annual commitment, monthly billing)", "450", "239.40", "107,730.00"],
                ["Microsoft 365 Copilot (annual)", "120", "125.60", "15,072.00"],
                ["Onboarding services (one-off)", "1", "18,500.00", "18,500.00"],
            ],
        )
        + paras(
            "Prices exclude VAT (23 %). Licences supplied under the Microsoft Customer Agreement via the CSP programme."
        )
        + "<h2>Acceptance / Akceptacja</h2><p>We accept this quotation and place the order. / Akceptujemy ofertę.</p>"
        + signoff_table(
            ("For the customer / Za klienta", cust.contact, cust.name),
            None,
            sig_label="Signature / Podpis:",
            date_label="Date / Data:",
        )
    )
    doc = partner_doc(
        p,
        body,
        title="Oferta Q-2026-0311",
        ref="Q-2026-0311",
        when=T(2026, 3, 11, 10, 0, tzh(1)),
        footer="Oferta handlowa / Commercial offer",
    )
    pdf = scan_pdf(
        doc,
        meta_for(None, "Oferta podpisana", T(2026, 3, 16, 9, 30, tzh(1))),
        f"{cid}",
        inks=[sign_ink("Signature / Podpis:", "Katarzyna Lewandowska", dx=-72), date_ink("Date / Data:", "16.03.2026")],
        dpi=150,
        skews=(-0.5,),
    )
    docs = [("Oferta_Q-2026-0311_podpisana.pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=p,
        customer=cust,
        submitted=T(2026, 4, 2, 9, 15),
        workloads=["MICROSOFT 365 COPILOT", "TEAMS"],
        docs=docs,
        comments=[("partner", T(2026, 4, 2, 9, 10), "Customer-signed order for E5 and Copilot attached.")],
    )
    return Bundle(
        f"{cid}_baltic_mazowsze_signed_quotation_only",
        claim,
        {docs[0][0]: pdf},
        "action_required",
        "The only POE is a pricing quotation for Microsoft 365 E5 and Copilot licences that the customer's CFO signed "
        "to place the order. Pricing quotes and licensing transactions are never accepted as proof of execution, even "
        "signed; it says nothing about activities driving usage (only a one-line 'onboarding services' price). The "
        "partner must provide real POE of the work.",
        "'Quotation / Oferta Q-2026-0311' with licence prices, signed 'We accept this quotation and place the order' "
        "on 16.03.2026.",
        cpor_exp(
            unacceptable_documents="fail",
            activity_detail="fail",
            customer_acknowledgement=["fail", "warn"],
            workload_match=["fail", "warn"],
            acknowledgement_date=["pass", "not_applicable"],
        ),
    )


def s4701060_falcon_gulf_horizon_mss_deployment_only() -> Bundle:
    cid, p, cust = 4701060, FALCON, GULF_HORIZON
    body = (
        "<h1>Managed Security Onboarding Report</h1>"
        + kv(
            [
                ("Customer", cust.name + ", Jebel Ali"),
                ("Partner", p.name),
                ("Period", "7 June – 20 August 2026"),
                ("Service", "Falcon Ridge Managed Security (onboarding phase)"),
            ]
        )
        + "<h2>Activities completed</h2>"
        + grid(
            ["Activity", "Detail"],
            [
                [
                    "Microsoft Defender for Endpoint deployment",
                    "Onboarding package deployed via Intune to 860 Windows devices and 42 servers; sensors "
                    "on 6 vessels' bridge PCs",
                ],
                [
                    "Intune policy configuration",
                    "Compliance, BitLocker and Windows Update rings configured for all 860 devices",
                ],
                ["Entra Connect cloud sync", "Cloud sync agents installed on 2 servers; password hash sync enabled"],
                ["Defender for Identity sensors", "Installed on 4 domain controllers"],
                ["Patch management", "Monthly OS patching of servers by Falcon Ridge engineers"],
                ["Troubleshooting", "14 support tickets on device enrolment and sensor health resolved"],
            ],
        )
        + paras("Gulf Horizon Shipping confirms the onboarding activities above were completed.")
        + signoff_table(("For Gulf Horizon Shipping", cust.contact, cust.name), None)
    )
    doc = partner_doc(
        p,
        body,
        title="Gulf Horizon MSS onboarding",
        ref="FRT-MSS-0077",
        when=T(2026, 8, 24, 10, 0, tzh(4)),
        paper="letter",
        font_family="serif",
        size=10,
    )
    pdf = scan_pdf(
        doc,
        meta_for(None, "MSS onboarding signed", T(2026, 8, 26, 13, 0, tzh(4))),
        f"{cid}",
        inks=[sign_ink("Signature:", "Rashid Al Zaabi", dx=-40), date_ink("Date:", "26/08/2026")],
        dpi=150,
        skews=(-0.3,),
    )
    docs = [("Managed Security Onboarding Report - Gulf Horizon (signed).pdf", "poe")]
    claim = make_claim(
        cid,
        program="cpor",
        kind="managed_security_services",
        area="Security",
        partner=p,
        customer=cust,
        submitted=T(2026, 9, 3, 11, 0),
        workloads=["MANAGED SECURITY SERVICES"],
        docs=docs,
    )
    return Bundle(
        f"{cid}_falcon_gulf_horizon_mss_deployment_only",
        claim,
        {docs[0][0]: pdf},
        "action_required",
        "A managed-security-services claim whose signed POE lists only deployment and support work: Defender "
        "for Endpoint "
        "and Defender for Identity sensor deployment, Intune policy configuration, Entra cloud sync, OS patching and "
        "troubleshooting tickets. The guide lists exactly these as not in scope of CPOR for managed security services; "
        "none of the qualifying activities (24x7 SOC triage and response, Sentinel management, threat "
        "hunting, configuration "
        "assessment, alert tuning) is shown. The partner must provide POE of the managed SOC service. UNSURE: whether "
        "that is scored as missing activity detail or as a workload mismatch.",
        "Activities table: 'Defender for Endpoint deployment', 'Intune policy configuration', 'Entra Connect cloud "
        "sync', 'Patch management', 'Troubleshooting'.",
        cpor_exp(workload_match=["fail", "warn"], activity_detail=["pass", "fail", "warn"]),
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
    builders = [fn for name, fn in sorted(globals().items()) if name.startswith("s47") and callable(fn)]
    bundles = [fn() for fn in builders]
    ids = [b.claim_id for b in bundles]
    if len(set(ids)) != len(ids) or len({b.entry for b in bundles}) != len(bundles):
        raise RuntimeError("claim ids and bundle names must be unique")
    for b in bundles:
        if not 4701001 <= int(b.claim_id) <= 4701999:
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
    parser = argparse.ArgumentParser(description="Write held-out test set E (MCI claim bundles + expected.json).")
    parser.add_argument("out", type=Path, help="output directory (empty, absent, or a previous output of this script)")
    parser.add_argument("--force", action="store_true", help="empty OUTDIR first if it is not empty")
    args = parser.parse_args(argv)
    out: Path = args.out
    if out.exists():
        if not out.is_dir():
            raise SystemExit(f"{out} exists and is not a directory")
        entries = list(out.iterdir())
        ours = all(e.name == "expected.json" or e.name.startswith("47010") for e in entries)
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
