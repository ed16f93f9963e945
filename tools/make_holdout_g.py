"""Write held-out test set G for POE Reviewer: MCI claim bundles plus ``expected.json``.

Every claim here was written from the MCI claiming guide (June 2025, shared/seed) and the bundle format
(shared/spec/claims-interchange.md) alone: the expectations say what a careful human reviewer would decide
from those rules, never what the tool does. Claims 4901001-4901999, all submitted in 2026.

The documents imitate what partners really upload: their own closure and handover reports, steering
minutes, runbooks with sign-off pages, SOC dashboards printed to PDF, slide decks, go-live certificates,
ticket exports, Word status reports, e-mail threads (.eml, .msg, printed, screenshots, forwards, quoted
replies in several languages), scans and phone photos with hand-signed pages, e-signature envelopes and
digitally signed PDFs. A few claims share evidence with another claim (the queue must notice), and several
share only boilerplate (which it must not flag).

Usage: ``python tools/make_holdout_g.py OUTDIR [--force]``. The output is byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import io
import json
import math
import random
import re
import shutil
import sys
import types
import uuid
import zipfile
from collections.abc import Callable, Iterator, Sequence
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
from aspose.email_foss.msg.property_types import PropertyTypeCode
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ZIP_TIME = (2026, 12, 3, 8, 30, 0)
UTC = dt.UTC
_NS = uuid.UUID("5b7c2e94-0d1a-4f63-9a8e-31c6f2b04d17")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
A4 = pymupdf.paper_rect("a4")
LETTER = pymupdf.paper_rect("letter")
A4_LAND = pymupdf.Rect(0, 0, A4.height, A4.width)
SLIDE = pymupdf.Rect(0, 0, 960, 540)
INK_BLUE = (24, 42, 138)
INK_BLACK = (30, 30, 36)
SEAL_RED = (196, 32, 38)


# --------------------------------------------------------------------------------------------------------------
# small helpers: ids, randomness, dates
# --------------------------------------------------------------------------------------------------------------


def guid(*parts: str, upper: bool = False) -> str:
    value = str(uuid.uuid5(_NS, "|".join(parts)))
    return value.upper() if upper else value


def hexid(*parts: str, n: int = 32) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest().upper()[:n]


def rng_for(*parts: str) -> random.Random:
    return random.Random("|".join(parts))


def T(y: int, m: int, d: int, hh: int = 10, mm: int = 0, tzh: float = 0.0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=dt.timezone(dt.timedelta(hours=tzh)))


def D(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}


def month_name(day: dt.date, lang: str = "en") -> str:
    return MONTHS[lang].split()[day.month - 1]


def weekday_name(day: dt.date, lang: str = "en") -> str:
    return WEEKDAYS[lang].split()[day.weekday()]


def fdate(day: dt.date | dt.datetime, style: str) -> str:
    """A date written the way a given market writes it."""
    if isinstance(day, dt.datetime):
        day = day.date()
    d, m, y = day.day, day.month, day.year
    formats: dict[str, Callable[[], str]] = {
        "us": lambda: f"{m:02d}/{d:02d}/{y}",
        "us_short": lambda: f"{m}/{d}/{y}",
        "us_long": lambda: f"{month_name(day)} {d}, {y}",
        "gb": lambda: f"{d:02d}/{m:02d}/{y}",
        "gb_long": lambda: f"{d} {month_name(day)} {y}",
        "gb_abbr": lambda: f"{d} {month_name(day)[:3]} {y}",
        "iso": lambda: day.isoformat(),
        "de": lambda: f"{d:02d}.{m:02d}.{y}",
        "de_long": lambda: f"{d}. {month_name(day, 'de')} {y}",
        "es_long": lambda: f"{d} de {month_name(day, 'es')} de {y}",
        "pt_long": lambda: f"{d} de {month_name(day, 'pt')} de {y}",
        "fr_long": lambda: f"{d} {month_name(day, 'fr')} {y}",
        "it_long": lambda: f"{d} {month_name(day, 'it')} {y}",
        "nl_long": lambda: f"{d} {month_name(day, 'nl')} {y}",
        "sv_long": lambda: f"{d} {month_name(day, 'sv')} {y}",
        "in": lambda: f"{d:02d}-{m:02d}-{y}",
        "jp": lambda: f"{y}年{m}月{d}日",
        "kr": lambda: f"{y}년 {m}월 {d}일",
        "cz": lambda: f"{d}. {m}. {y}",
    }
    return formats[style]()


def pdf_date(moment: dt.datetime) -> str:
    off = moment.utcoffset() or dt.timedelta(0)
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return moment.strftime("D:%Y%m%d%H%M%S") + f"{sign}{minutes // 60:02d}'{minutes % 60:02d}'"


# --------------------------------------------------------------------------------------------------------------
# organisations and people
# --------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Org:
    name: str
    short: str
    domain: str
    country: str
    city: str
    street: str
    color: str = "#1f3864"
    reg: str = ""
    phone: str = ""

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}"


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    title: str
    org: Org
    phone: str = ""

    @property
    def first(self) -> str:
        return self.name.split()[0]


def person(org: Org, name: str, title: str, local: str | None = None, phone: str = "") -> Person:
    if local is None:
        first, last = name.split()[0], name.split()[-1]
        local = f"{first}.{last}".lower()
        for a, b in (("ä", "a"), ("ö", "o"), ("ü", "u"), ("é", "e"), ("á", "a"), ("í", "i"), ("ó", "o"), ("ú", "u")):
            local = local.replace(a, b)
        local = local.replace("ø", "o").replace("å", "a").replace("ç", "c").replace("ñ", "n").replace("ş", "s")
        local = local.replace("ı", "i").replace("č", "c").replace("ř", "r").replace("ž", "z").replace("ý", "y")
    return Person(name, f"{local}@{org.domain}", title, org, phone or org.phone)


@dataclass(frozen=True)
class Meta:
    title: str
    author: str
    creator: str
    producer: str
    created: dt.datetime
    modified: dt.datetime | None = None


WORD = ("Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365")
WORD2019 = ("Microsoft® Word 2019", "Microsoft® Word 2019")
PPT = ("Microsoft® PowerPoint® for Microsoft 365", "Microsoft® PowerPoint® for Microsoft 365")
CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0.0.0", "Skia/PDF m131")
EDGE = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/132.0.0.0", "Skia/PDF m132")
OUTLOOK = ("Microsoft® Outlook® for Microsoft 365", "Microsoft: Print To PDF")
QUARTZ = ("Pages", "macOS Version 14.6.1 (Build 23G93) Quartz PDFContext")
LIBRE = ("Writer", "LibreOffice 24.2")
SCANNERS = [
    ("RICOH MP C3004ex", "RICOH MP C3004ex"),
    ("Canon iR-ADV C5535 PDF", "Adobe PSL 1.3e for Canon"),
    ("KONICA MINOLTA bizhub C300i", "KONICA MINOLTA bizhub C300i"),
    ("HP Scan", "HP Scan Extended 5.1"),
    ("Xerox AltaLink C8045", "Xerox AltaLink C8045"),
    ("Brother ADS-2700W", "Brother iPrint&Scan"),
    ("SHARP MX-3071", "SHARP MX-3071"),
]


def meta(title: str, author: str, when: dt.datetime, app: tuple[str, str] = WORD) -> Meta:
    return Meta(title, author, app[0], app[1], when, when + dt.timedelta(minutes=3))


# --------------------------------------------------------------------------------------------------------------
# PDF writing (HTML through MuPDF's Story, with DejaVu fonts)
# --------------------------------------------------------------------------------------------------------------

FONT_CSS = """
@font-face {font-family: sans; src: url(DejaVuSans.ttf);}
@font-face {font-family: sans; src: url(DejaVuSans-Bold.ttf); font-weight: bold;}
@font-face {font-family: sans; src: url(DejaVuSans-Oblique.ttf); font-style: italic;}
@font-face {font-family: sans; src: url(DejaVuSans-BoldOblique.ttf); font-weight: bold; font-style: italic;}
@font-face {font-family: cond; src: url(DejaVuSansCondensed.ttf);}
@font-face {font-family: cond; src: url(DejaVuSansCondensed-Bold.ttf); font-weight: bold;}
@font-face {font-family: cond; src: url(DejaVuSansCondensed-Oblique.ttf); font-style: italic;}
@font-face {font-family: serif; src: url(DejaVuSerif.ttf);}
@font-face {font-family: serif; src: url(DejaVuSerif-Bold.ttf); font-weight: bold;}
@font-face {font-family: serif; src: url(DejaVuSerif-Italic.ttf); font-style: italic;}
@font-face {font-family: mono; src: url(DejaVuSansMono.ttf);}
@font-face {font-family: mono; src: url(DejaVuSansMono-Bold.ttf); font-weight: bold;}
"""


def css(accent: str = "#1f3864", family: str = "sans", size: float = 9.5, extra: str = "") -> str:
    return (
        FONT_CSS
        + f"""
body {{font-family: {family}; font-size: {size}pt; color: #1a1a1a; line-height: 1.32;}}
h1 {{font-size: {size * 1.9:.1f}pt; color: {accent}; margin: 0 0 6pt 0;}}
h2 {{font-size: {size * 1.35:.1f}pt; color: {accent}; margin: 12pt 0 4pt 0;}}
h3 {{font-size: {size * 1.12:.1f}pt; color: #333333; margin: 9pt 0 3pt 0;}}
p {{margin: 0 0 5pt 0;}}
table {{border-collapse: collapse; width: 100%; margin: 3pt 0 8pt 0;}}
td, th {{border: 0.6pt solid #9a9a9a; padding: 3pt 4pt; vertical-align: top; text-align: left;}}
th {{background-color: {accent}; color: #ffffff; font-weight: bold;}}
td.k {{background-color: #eef1f6; font-weight: bold; width: 32%;}}
.small {{font-size: {size * 0.82:.1f}pt; color: #555555;}}
.muted {{color: #666666;}}
.box {{border: 0.8pt solid {accent}; padding: 6pt; margin: 6pt 0;}}
.sig {{height: 38pt;}}
ul {{margin: 0 0 5pt 14pt;}}
li {{margin: 0 0 2pt 0;}}
"""
        + extra
    )


def _archive(images: dict[str, bytes] | None = None) -> pymupdf.Archive:
    arch = pymupdf.Archive(str(FONT_DIR))
    for name, data in (images or {}).items():
        arch.add(data, name)
    return arch


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """MuPDF prints warnings about fonts; keep the build output readable."""
    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    try:
        yield
    finally:
        pymupdf.TOOLS.reset_mupdf_warnings()


def _place(
    writer: pymupdf.DocumentWriter,
    html: str,
    style: str,
    size: pymupdf.Rect,
    margins: tuple[float, float, float, float],
    arch: pymupdf.Archive,
) -> None:
    story = pymupdf.Story(html, user_css=style, archive=arch)
    left, top, right, bottom = margins
    where = pymupdf.Rect(left, top, size.width - right, size.height - bottom)
    more = 1
    while more:
        dev = writer.begin_page(size)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()


def _fix_id(pdf: bytes, seed: str) -> bytes:
    h = hexid("pdf-id", seed).encode()

    def rep(m: re.Match[bytes]) -> bytes:
        return b"/ID[<" + h + b"><" + h + b">]"

    # the trailer comes after the cross-reference table, so its length may change without moving any offset
    pattern = rb"/ID\s*\[(?:\s*(?:<[0-9A-Fa-f]*>|\((?:\\.|[^\\)])*\)))+\s*\]"
    return re.sub(pattern, rep, pdf, flags=re.S)


LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st"}


def _utf16_hex(text: str) -> str:
    return "".join(f"{ord(c):04x}" for c in text)


def _unligature_cmap(cmap: str) -> str:
    """Map ligature glyphs to their letters (as Word does), so that 'Office' extracts as 'Office'."""
    extra: list[str] = []

    def fix_block(m: re.Match[str]) -> str:
        kept = []
        for line in m.group(2).splitlines():
            parts = re.findall(r"<([0-9a-fA-F]+)>", line)
            if len(parts) == 3 and int(parts[2], 16) in LIGATURES:
                lo, hi, dst = int(parts[0], 16), int(parts[1], 16), int(parts[2], 16)
                for k in range(hi - lo + 1):
                    text = LIGATURES.get(dst + k, chr(dst + k))
                    extra.append(f"<{lo + k:04x}> <{_utf16_hex(text)}>")
                continue
            if line.strip():
                kept.append(line)
        return f"{len(kept)} beginbfrange\n" + "\n".join(kept) + "\nendbfrange" if kept else ""

    def fix_char(m: re.Match[str]) -> str:
        kept = []
        for line in m.group(2).splitlines():
            parts = re.findall(r"<([0-9a-fA-F]+)>", line)
            if len(parts) == 2 and int(parts[1], 16) in LIGATURES:
                extra.append(f"<{parts[0]}> <{_utf16_hex(LIGATURES[int(parts[1], 16)])}>")
                continue
            if line.strip():
                kept.append(line)
        return f"{len(kept)} beginbfchar\n" + "\n".join(kept) + "\nendbfchar" if kept else ""

    out = re.sub(r"(\d+) beginbfrange\n(.*?)endbfrange", fix_block, cmap, flags=re.S)
    out = re.sub(r"(\d+) beginbfchar\n(.*?)endbfchar", fix_char, out, flags=re.S)
    if not extra:
        return cmap
    chunks = [extra[i : i + 100] for i in range(0, len(extra), 100)]
    block = "".join(f"{len(c)} beginbfchar\n" + "\n".join(c) + "\nendbfchar\n" for c in chunks)
    return out.replace("endcmap", block + "endcmap", 1)


def _fix_ligatures(doc: pymupdf.Document) -> None:
    done: set[int] = set()
    for xref in range(1, doc.xref_length()):
        kind, value = doc.xref_get_key(xref, "ToUnicode")
        if kind != "xref":
            continue
        target = int(value.split()[0])
        if target in done:
            continue
        done.add(target)
        try:
            cmap = doc.xref_stream(target).decode("latin-1")
        except (RuntimeError, ValueError):
            continue
        fixed = _unligature_cmap(cmap)
        if fixed != cmap:
            doc.update_stream(target, fixed.encode("latin-1"))


def finish(doc: pymupdf.Document, m: Meta, seed: str, *, subset: bool = True) -> bytes:
    if subset:
        with _quiet(), contextlib.suppress(Exception):
            doc.subset_fonts()
    _fix_ligatures(doc)
    doc.set_metadata(
        {
            "title": m.title,
            "author": m.author,
            "creator": m.creator,
            "producer": m.producer,
            "creationDate": pdf_date(m.created),
            "modDate": pdf_date(m.modified or m.created),
            "subject": "",
            "keywords": "",
        }
    )
    with contextlib.suppress(Exception):
        doc.del_xml_metadata()
    return _fix_id(doc.tobytes(garbage=3, deflate=True), seed)


@dataclass(frozen=True)
class Decor:
    """Running header and footer of a partner's document."""

    org: Org | None = None
    right: str = ""
    footer: str = ""
    numbers: str = "Page {i} of {n}"
    accent: str = "#1f3864"
    logo: bool = True
    first_page: bool = True


def apply_decor(doc: pymupdf.Document, decor: Decor) -> None:
    arch = _archive()
    style = FONT_CSS + "body {font-family: sans; font-size: 7.5pt; color: #555555;}"
    n = len(doc)
    logo = logo_png(decor.org) if (decor.org and decor.logo) else None
    for i, page in enumerate(doc, start=1):
        if i == 1 and not decor.first_page:
            continue
        w, h = page.rect.width, page.rect.height
        if logo:
            img = Image.open(io.BytesIO(logo))
            lh = 24.0
            lw = lh * img.width / img.height
            page.insert_image(pymupdf.Rect(40, 18, 40 + lw, 18 + lh), stream=logo)
        if decor.right:
            page.insert_htmlbox(
                pymupdf.Rect(w / 2, 20, w - 40, 46),
                f'<p style="text-align:right">{decor.right}</p>',
                css=style,
                archive=arch,
            )
        page.draw_line((40, 48), (w - 40, 48), color=_rgb(decor.accent), width=0.8)
        page.draw_line((40, h - 38), (w - 40, h - 38), color=(0.7, 0.7, 0.7), width=0.5)
        if decor.footer:
            page.insert_htmlbox(
                pymupdf.Rect(40, h - 35, w - 130, h - 12), f"<p>{decor.footer}</p>", css=style, archive=arch
            )
        if decor.numbers:
            label = decor.numbers.format(i=i, n=n)
            page.insert_htmlbox(
                pymupdf.Rect(w - 130, h - 35, w - 40, h - 12),
                f'<p style="text-align:right">{label}</p>',
                css=style,
                archive=arch,
            )


def _rgb(color: str) -> tuple[float, float, float]:
    c = color.lstrip("#")
    return (int(c[0:2], 16) / 255, int(c[2:4], 16) / 255, int(c[4:6], 16) / 255)


def html_pdf(
    html: str | Sequence[str],
    m: Meta,
    seed: str,
    *,
    size: pymupdf.Rect = A4,
    margins: tuple[float, float, float, float] = (56, 66, 56, 56),
    style: str | None = None,
    images: dict[str, bytes] | None = None,
    decor: Decor | None = None,
) -> bytes:
    """One flowing HTML story, or a list of them each starting on a new page."""
    parts = [html] if isinstance(html, str) else list(html)
    arch = _archive(images)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    with _quiet():
        for part in parts:
            _place(writer, part, style or css(), size, margins, arch)
        writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    if decor:
        with _quiet():
            apply_decor(doc, decor)
    return finish(doc, m, seed)


def merge_pdfs(parts: Sequence[bytes], m: Meta, seed: str) -> bytes:
    out = pymupdf.open()
    for part in parts:
        with pymupdf.open("pdf", part) as src:
            out.insert_pdf(src)
    return finish(out, m, seed, subset=False)


def pdf_pages(pdf: bytes) -> int:
    with pymupdf.open("pdf", pdf) as doc:
        return len(doc)


def nb(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def kv(rows: Sequence[tuple[str, str]], key_w: int = 140, total: int = 470) -> str:
    body = "".join(
        f'<tr><td class="k" style="width:{key_w}pt">{escape(k)}</td><td style="width:{total - key_w - 16}pt">{v}</td>'
        "</tr>"
        for k, v in rows
    )
    return f"<table>{body}</table>"


def fields(rows: Sequence[tuple[str, str, int]], key_w: int = 140, total: int = 470) -> str:
    """Label / value rows of a form; the third item is the row height in points (room for ink)."""
    body = "".join(
        f'<tr><td class="k" style="width:{key_w}pt;height:{h}pt">{escape(k)}</td>'
        f'<td style="width:{total - key_w - 16}pt">{v}</td></tr>'
        for k, v, h in rows
    )
    return f"<table>{body}</table>"


def grid(
    head: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int] | None = None, total: int = 470
) -> str:
    """A table; ``widths`` in percent of the usable width (MuPDF honours widths in points only)."""
    ncols = len(head) if head else len(rows[0])
    usable = total - 9 * ncols

    def cell(tag: str, i: int, v: str) -> str:
        w = f' style="width:{widths[i] * usable / 100:.0f}pt"' if widths else ""
        return f"<{tag}{w}>{v}</{tag}>"

    top = "<tr>" + "".join(cell("th", i, escape(h)) for i, h in enumerate(head)) + "</tr>" if head else ""
    body = "".join("<tr>" + "".join(cell("td", i, v) for i, v in enumerate(r)) + "</tr>" for r in rows)
    return f"<table>{top}{body}</table>"


def ul(items: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


# --------------------------------------------------------------------------------------------------------------
# images: logos, ink, seals, screenshots, scans and photos
# --------------------------------------------------------------------------------------------------------------


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / name), size)


_CJK: bytes | None = None


def cjk_font(size: int) -> ImageFont.FreeTypeFont:
    global _CJK
    if _CJK is None:
        _CJK = pymupdf.Font("cjk").buffer
    return ImageFont.truetype(io.BytesIO(_CJK), size)


def png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def jpeg(img: Image.Image, quality: int = 80, exif: bytes | None = None, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    kw: dict[str, Any] = {"quality": quality}
    if exif:
        kw["exif"] = exif
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.convert("RGB").save(buf, "JPEG", **kw)
    return buf.getvalue()


_LOGOS: dict[str, bytes] = {}


def logo_png(org: Org) -> bytes:
    """A partner's or customer's logo: a mark and the trade name."""
    if org.name in _LOGOS:
        return _LOGOS[org.name]
    r = rng_for("logo", org.name)
    color = tuple(int(org.color.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    f = font("DejaVuSans-Bold.ttf", 58)
    text = org.short
    tw = int(f.getlength(text))
    img = Image.new("RGBA", (150 + tw + 30, 140), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    kind = r.randrange(5)
    if kind == 0:
        d.ellipse((12, 12, 128, 128), fill=color)
        d.ellipse((40, 40, 100, 100), fill=(255, 255, 255, 255))
    elif kind == 1:
        pts = [(70 + 58 * math.cos(math.radians(a)), 70 + 58 * math.sin(math.radians(a))) for a in range(30, 390, 60)]
        d.polygon(pts, fill=color)
    elif kind == 2:
        d.polygon([(14, 126), (70, 14), (126, 126)], fill=color)
        d.polygon([(48, 126), (70, 80), (92, 126)], fill=(255, 255, 255, 255))
    elif kind == 3:
        for k in range(4):
            d.rounded_rectangle((14 + k * 28, 100 - k * 26, 36 + k * 28, 126), radius=4, fill=color)
    else:
        for k in range(3):
            d.arc((10 + k * 12, 10 + k * 12, 130 - k * 12, 130 - k * 12), 200, 520, fill=color, width=12)
    d.text((150, 38), text, font=f, fill=color)
    _LOGOS[org.name] = png(img)
    return _LOGOS[org.name]


def _smooth(points: Sequence[tuple[float, float]], steps: int = 10) -> list[tuple[float, float]]:
    pts = [points[0], *points, points[-1]]
    out: list[tuple[float, float]] = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            xy = [
                0.5
                * (
                    2 * p1[k]
                    + (-p0[k] + p2[k]) * t
                    + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                    + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3
                )
                for k in range(2)
            ]
            out.append((xy[0], xy[1]))
    out.append(points[-1])
    return out


def _capital(x: float, base: float, r: random.Random) -> tuple[list[tuple[float, float]], float]:
    style = r.randrange(4)
    h = r.uniform(60, 95)
    if style == 0:
        pts = [
            (x, base - r.uniform(0, 10)),
            (x + r.uniform(5, 15), base - h),
            (x + r.uniform(18, 30), base - h * r.uniform(0.55, 0.8)),
            (x + r.uniform(2, 10), base - h * 0.35),
            (x + r.uniform(20, 32), base - r.uniform(0, 8)),
        ]
        return pts, x + r.uniform(26, 36)
    if style == 1:
        pts = [
            (x + 4, base + r.uniform(4, 12)),
            (x + 2, base - h),
            (x + r.uniform(24, 36), base - h * 0.8),
            (x + r.uniform(20, 30), base - h * 0.45),
            (x + 3, base - h * 0.4),
            (x + r.uniform(22, 34), base - 2),
        ]
        return pts, x + r.uniform(30, 40)
    if style == 2:
        pts = [
            (x + r.uniform(20, 30), base - h),
            (x + 2, base - h * 0.75),
            (x + 20, base - h * 0.4),
            (x + r.uniform(22, 30), base - h * 0.15),
            (x + 2, base - r.uniform(0, 6)),
            (x + 30, base - 12),
        ]
        return pts, x + r.uniform(30, 38)
    pts = [(x, base), (x + 6, base - h), (x + 14, base - h * 0.3), (x + 22, base - h * 0.95), (x + 30, base - 2)]
    return pts, x + r.uniform(32, 40)


def _signature_base(name: str) -> list[list[tuple[float, float]]]:
    """A person's signature: a capital, a run of loops and arches, sometimes a flourish (the same for every
    document the person signs)."""
    r = rng_for("sig", name)
    parts = [p for p in name.replace(".", " ").split() if p]
    parts = parts[-2:] if len(parts) > 1 else parts
    strokes: list[list[tuple[float, float]]] = []
    x = 10.0
    slant = r.uniform(0.15, 0.5)
    drift = r.uniform(-0.12, 0.05)
    full_first = r.random() < 0.35
    for idx, part in enumerate(parts):
        last = idx == len(parts) - 1
        base = 100.0
        pts, x = _capital(x, base, r)
        n = max(3, min(10, len(part) + r.randint(-2, 1))) if (last or full_first) else r.randint(0, 2)
        for _ in range(n):
            kind = r.random()
            h = r.uniform(45, 70) if kind < 0.2 else r.uniform(14, 30)
            w = r.uniform(8, 16)
            if kind < 0.5:
                pts += [(x + w * 0.6, base - h), (x + w * 0.2, base - h * 0.7), (x + w * 0.7, base - r.uniform(0, 5))]
            elif kind < 0.8:
                pts += [(x + w * 0.3, base - h), (x + w * 0.7, base - h * 0.9), (x + w, base - r.uniform(0, 4))]
            else:
                pts += [(x + w * 0.5, base - r.uniform(0, 4)), (x + w, base - h)]
            x += w
        if last and r.random() < 0.6:
            pts += [(x + 8, base + r.uniform(12, 26)), (x - 6, base + r.uniform(18, 30))]
        pts.append((x + r.uniform(10, 40), base - r.uniform(5, 35)))
        strokes.append(pts)
        x += r.uniform(12, 22)
    if r.random() < 0.7:
        y0 = 100 + r.uniform(10, 20)
        strokes.append(
            [
                (x + r.uniform(-5, 15), y0 - r.uniform(4, 14)),
                (x * 0.55, y0 + r.uniform(-4, 4)),
                (r.uniform(0, 25), y0 + r.uniform(0, 10)),
            ]
        )
    if r.random() < 0.3:
        strokes.append([(x * 0.4, 60 + r.uniform(-8, 8)), (x * 0.4 + 4, 62)])
    return [[(px + (100 - py) * slant, py + px * drift) for px, py in s] for s in strokes]


def signature_strokes(name: str, seed: str) -> list[list[tuple[float, float]]]:
    """The person's signature as written on one occasion: never twice exactly the same."""
    r = rng_for("sig-var", name, seed)
    sx, sy, turn = r.uniform(0.93, 1.07), r.uniform(0.9, 1.1), r.uniform(-0.06, 0.06)
    cos, sin = math.cos(turn), math.sin(turn)
    out = []
    for stroke in _signature_base(name):
        pts = []
        for px, py in stroke:
            x, y = px * sx + r.uniform(-1.8, 1.8), py * sy + r.uniform(-1.8, 1.8)
            pts.append((x * cos - y * sin, x * sin + y * cos))
        out.append(pts)
    return out


def signature_image(name: str, seed: str, height: int = 90, color: tuple[int, int, int] = INK_BLUE) -> Image.Image:
    strokes = signature_strokes(name, seed)
    r = rng_for("pen", name, seed)
    xs = [p[0] for s in strokes for p in s]
    ys = [p[1] for s in strokes for p in s]
    minx, maxx, miny, maxy = min(xs), max(xs), min(ys), max(ys)
    scale, pad = 4, 12
    width = int((maxx - minx + 2 * pad) * scale)
    tall = int((maxy - miny + 2 * pad) * scale)
    layer = Image.new("L", (width, tall), 0)
    draw = ImageDraw.Draw(layer)
    base_w = r.uniform(2.2, 4.2) * scale
    for s in strokes:
        pts = _smooth([((px - minx + pad) * scale, (py - miny + pad) * scale) for px, py in s], 12)
        n = len(pts)
        for i in range(n - 1):
            t = i / max(1, n - 1)
            pressure = 0.55 + 0.45 * math.sin(math.pi * min(1.0, t * 1.2)) + r.uniform(-0.05, 0.05)
            w = max(1, int(base_w * pressure))
            draw.line([pts[i], pts[i + 1]], fill=255, width=w)
            draw.ellipse([pts[i][0] - w / 2, pts[i][1] - w / 2, pts[i][0] + w / 2, pts[i][1] + w / 2], fill=255)
    layer = layer.filter(ImageFilter.GaussianBlur(1.2))
    new_w = int(width * height / tall)
    layer = layer.resize((new_w, height), Image.Resampling.LANCZOS)
    img = Image.new("RGBA", (new_w, height), (*color, 0))
    img.putalpha(layer)
    return img


def handwriting(text: str, seed: str, px: int = 34, color: tuple[int, int, int] = INK_BLUE) -> Image.Image:
    """Neat hand-printed text (dates, names): oblique glyphs, each a little rotated, scaled and lifted."""
    r = rng_for("hand", text, seed)
    face = "DejaVuSansCondensed-Oblique.ttf"
    width = int(px * 0.8 * len(text) + px * 2)
    tall = int(px * 2)
    layer = Image.new("L", (width, tall), 0)
    x = px * 0.3
    for ch in text:
        size = int(px * r.uniform(0.9, 1.08))
        fo = font(face, size)
        glyph = Image.new("L", (int(size * 1.3), int(size * 1.6)), 0)
        ImageDraw.Draw(glyph).text((size * 0.1, size * 0.15), ch, font=fo, fill=255)
        glyph = glyph.rotate(r.uniform(-6, 6), resample=Image.Resampling.BICUBIC, expand=False)
        layer.paste(255, (int(x), int(px * 0.2 + r.uniform(-2, 2))), glyph)
        x += fo.getlength(ch) * r.uniform(0.93, 1.05)
    layer = layer.crop((0, 0, min(width, int(x + px * 0.3)), tall)).filter(ImageFilter.GaussianBlur(0.5))
    img = Image.new("RGBA", layer.size, (*color, 0))
    img.putalpha(layer)
    return img.crop(layer.getbbox())


def seal_image(
    lines: Sequence[str],
    seed: str,
    px: int = 220,
    shape: str = "circle",
    cjk: bool = False,
    color: tuple[int, int, int] = SEAL_RED,
) -> Image.Image:
    """A red company seal (hanko / 직인) or a rubber company stamp."""
    r = rng_for("seal", seed, *lines)
    layer = Image.new("L", (px, px), 0)
    d = ImageDraw.Draw(layer)
    lw = max(4, px // 28)
    if shape == "circle":
        d.ellipse((lw, lw, px - lw, px - lw), outline=255, width=lw)
    else:
        d.rectangle((lw, lw, px - lw, px - lw), outline=255, width=lw)
    n = len(lines)
    size = int(px * (0.62 if n == 1 else 0.8) / max(n, 1) / (1.0 if cjk else 1.7))
    longest = max(len(x) for x in lines)
    size = max(8, min(size, int(0.74 * px / (longest * (1.0 if cjk else 0.64)))))
    for i, line in enumerate(lines):
        f = cjk_font(size) if cjk else font("DejaVuSans-Bold.ttf", size)
        tw = f.getlength(line)
        y = px / 2 - n * size * 0.6 + i * size * 1.2
        d.text((px / 2 - tw / 2, y), line, font=f, fill=255)
    arr = np.array(layer, dtype=np.float32)
    noise = np.array(Image.effect_noise((px, px), 90).filter(ImageFilter.GaussianBlur(1.5)), dtype=np.float32)
    arr = arr * np.clip((noise - 60) / 90.0, 0.35, 1.0)
    layer = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).rotate(
        r.uniform(-12, 12), resample=Image.Resampling.BICUBIC
    )
    img = Image.new("RGBA", (px, px), (*color, 0))
    img.putalpha(layer.filter(ImageFilter.GaussianBlur(0.6)))
    return img


def rubber_stamp(lines: Sequence[str], seed: str, color: tuple[int, int, int] = (52, 64, 150)) -> Image.Image:
    r = rng_for("stamp", seed, *lines)
    f = font("DejaVuSans-Bold.ttf", 26)
    fs = font("DejaVuSans.ttf", 20)
    w = (
        int(max(f.getlength(lines[0]), *(fs.getlength(x) for x in lines[1:])) + 40)
        if len(lines) > 1
        else int(f.getlength(lines[0]) + 40)
    )
    h = 28 + 34 + 26 * (len(lines) - 1)
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    d.rounded_rectangle((3, 3, w - 3, h - 3), radius=10, outline=255, width=4)
    d.text((20, 14), lines[0], font=f, fill=255)
    for i, line in enumerate(lines[1:]):
        d.text((20, 48 + 26 * i), line, font=fs, fill=255)
    arr = np.array(layer, dtype=np.float32)
    noise = np.array(Image.effect_noise((w, h), 80).filter(ImageFilter.GaussianBlur(1.2)), dtype=np.float32)
    arr = arr * np.clip((noise - 50) / 90.0, 0.3, 1.0)
    layer = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).rotate(
        r.uniform(-5, 5), resample=Image.Resampling.BICUBIC, expand=True
    )
    img = Image.new("RGBA", layer.size, (*color, 0))
    img.putalpha(layer)
    return img


@dataclass(frozen=True)
class Ink:
    """Something put on a page by hand: a signature, hand-written text, a seal or a stamp.

    It is placed relative to the first (or ``occurrence``-th) place where ``anchor`` is printed: ``dx`` points
    right of the anchor's left edge, ``dy`` points below the anchor's top edge (negative: above)."""

    anchor: str
    kind: str  # sig | hand | seal | stamp | tick | image
    text: str = ""
    dx: float = 0.0
    dy: float = 0.0
    h: float = 30.0
    occurrence: int = 0
    color: tuple[int, int, int] = INK_BLUE
    page: int | None = None
    lines: tuple[str, ...] = ()
    cjk: bool = False
    picture: bytes | None = None
    yanchor: str = ""
    y_dy: float = 0.0
    yocc: int = 0


def ink_for(ink: Ink, seed: str, px_height: int) -> Image.Image:
    px_height = max(8, px_height)
    if ink.kind == "sig":
        img = signature_image(ink.text, seed, height=max(40, px_height), color=ink.color)
    elif ink.kind == "hand":
        img = handwriting(ink.text, seed, px=max(14, int(px_height * 0.8)), color=ink.color)
    elif ink.kind == "seal":
        tone = SEAL_RED if ink.color == INK_BLUE else ink.color
        img = seal_image(ink.lines or (ink.text,), seed, px=max(60, px_height), cjk=ink.cjk, color=tone)
    elif ink.kind == "stamp":
        img = rubber_stamp(ink.lines or (ink.text,), seed, color=ink.color)
    elif ink.kind == "tick":
        img = handwriting("✓" if not ink.text else ink.text, seed, px=max(14, px_height), color=ink.color)
    else:
        assert ink.picture is not None
        img = Image.open(io.BytesIO(ink.picture)).convert("RGBA")
    if img.height != px_height and ink.kind not in ("sig",):
        img = img.resize((max(1, int(img.width * px_height / img.height)), px_height), Image.Resampling.LANCZOS)
    return img


def _locate(doc: pymupdf.Document, ink: Ink) -> tuple[int, pymupdf.Rect]:
    """The page and rectangle of the ``occurrence``-th printing of the anchor in the document."""
    seen = 0
    for no, page in enumerate(doc):
        if ink.page is not None and no != ink.page:
            continue
        hits = page.search_for(ink.anchor)
        if ink.yanchor and len(page.search_for(ink.yanchor)) <= max(ink.yocc, 0):
            continue
        if seen + len(hits) > ink.occurrence:
            return no, hits[ink.occurrence - seen]
        seen += len(hits)
    raise RuntimeError(f"ink anchor not found: {ink.anchor!r} / {ink.yanchor!r}")


def ink_origin(doc: pymupdf.Document, ink: Ink) -> tuple[int, float, float]:
    """Page and top-left point (PDF points) where an ink goes."""
    no, rect = _locate(doc, ink)
    if not ink.yanchor:
        return no, rect.x0 + ink.dx, rect.y0 + ink.dy
    return no, rect.x0 + ink.dx, doc[no].search_for(ink.yanchor)[ink.yocc].y0 + ink.y_dy


def page_of(pdf: bytes, text: str) -> int:
    """The (first) page on which a text is printed."""
    with pymupdf.open("pdf", pdf) as doc:
        for no, page in enumerate(doc):
            if page.search_for(text):
                return no
    raise RuntimeError(f"text not found: {text!r}")


def render(pdf: bytes, dpi: int, inks: Sequence[Ink] = (), seed: str = "") -> list[Image.Image]:
    """Render every page, with the inks drawn on at their anchors."""
    doc = pymupdf.open("pdf", pdf)
    pages = [Image.frombytes("RGB", (p.width, p.height), p.samples) for p in (pg.get_pixmap(dpi=dpi) for pg in doc)]
    scale = dpi / 72.0
    for k, ink in enumerate(inks):
        no, x0, y0 = ink_origin(doc, ink)
        img = ink_for(ink, f"{seed}|{k}", int(ink.h * scale))
        pages[no].paste(img, (int(x0 * scale), int(y0 * scale)), img)
    doc.close()
    return pages


def stamp_pdf(pdf: bytes, inks: Sequence[Ink], seed: str, m: Meta | None = None) -> bytes:
    """Put pictures onto a digital PDF (a signature image pasted into a Word file, an e-signature)."""
    doc = pymupdf.open("pdf", pdf)
    for k, ink in enumerate(inks):
        no, x0, y0 = ink_origin(doc, ink)
        img = ink_for(ink, f"{seed}|{k}", int(ink.h * 4))
        w = ink.h * img.width / img.height
        doc[no].insert_image(pymupdf.Rect(x0, y0, x0 + w, y0 + ink.h), stream=png(img))
    if m is None:
        data = _fix_id(doc.tobytes(garbage=3, deflate=True), seed)
        doc.close()
        return data
    return finish(doc, m, seed, subset=False)


def scanify(
    img: Image.Image,
    seed: str,
    *,
    skew: float = 0.6,
    gray: bool = True,
    noise: float = 7.0,
    blur: float = 0.55,
    shadow: bool = True,
) -> Image.Image:
    r = rng_for("scan", seed)
    out = img.convert("L") if gray else img.convert("RGB")
    arr = np.asarray(out, dtype=np.float32)
    arr = arr * 0.94 + 10
    nrng = np.random.default_rng(int(hexid("noise", seed, n=8), 16))
    arr = arr + nrng.normal(0, noise, arr.shape)
    h, w = arr.shape[:2]
    for _ in range(r.randint(2, 9)):
        y, x = r.randrange(h), r.randrange(w)
        rad = r.randint(1, 2)
        arr[max(0, y - rad) : y + rad, max(0, x - rad) : x + rad] *= 0.35
    if shadow:
        edge = int(w * 0.012)
        ramp = np.linspace(0.72, 1.0, edge, dtype=np.float32)
        if arr.ndim == 2:
            arr[:, :edge] *= ramp[None, :]
        else:
            arr[:, :edge, :] *= ramp[None, :, None]
    out = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    fill: Any = 236 if gray else (236, 236, 234)
    return out.rotate(skew + r.uniform(-0.15, 0.15), resample=Image.Resampling.BICUBIC, fillcolor=fill)


def image_pdf(images: Sequence[Image.Image], dpi: int, m: Meta, seed: str, quality: int = 60) -> bytes:
    doc = pymupdf.open()
    for img in images:
        w, h = img.width * 72.0 / dpi, img.height * 72.0 / dpi
        page = doc.new_page(width=w, height=h)
        page.insert_image(page.rect, stream=jpeg(img, quality=quality, dpi=dpi))
    return finish(doc, m, seed, subset=False)


def scan_pdf(
    pdf: bytes,
    inks: Sequence[Ink],
    seed: str,
    when: dt.datetime,
    *,
    dpi: int = 150,
    skew: float = 0.6,
    gray: bool = True,
    rotate: int = 0,
    quality: int = 58,
    scanner: int | None = None,
    title: str | None = None,
    pages: Sequence[int] | None = None,
) -> bytes:
    """Print, sign by hand, scan: an image-only PDF."""
    imgs = render(pdf, dpi, inks, seed)
    if pages is not None:
        imgs = [imgs[i] for i in pages]
    r = rng_for("scanner", seed)
    model = SCANNERS[scanner if scanner is not None else r.randrange(len(SCANNERS))]
    out = []
    for i, img in enumerate(imgs):
        s = scanify(img, f"{seed}|{i}", skew=skew * (1 if i % 2 == 0 else -0.6), gray=gray)
        if rotate:
            s = s.rotate(rotate, expand=True)
        out.append(s)
    stamp = when.strftime("%Y%m%d%H%M%S")
    return image_pdf(out, dpi, Meta(title or f"SCAN_{stamp}", "", model[0], model[1], when), seed, quality=quality)


def _perspective_coeffs(src: Sequence[tuple[float, float]], dst: Sequence[tuple[float, float]]) -> list[float]:
    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, dtype=np.float64)
    b = np.array([c for p in src for c in p], dtype=np.float64)
    return [float(c) for c in np.linalg.solve(a, b)]


def phone_photo(
    page: Image.Image,
    seed: str,
    when: dt.datetime,
    model: tuple[str, str] = ("Apple", "iPhone 13"),
    size: tuple[int, int] = (2016, 1512),
    portrait: bool = True,
) -> bytes:
    """A phone photo of a paper page lying on a desk: perspective, uneven light, JPEG with EXIF."""
    r = rng_for("photo", seed)
    w, h = (size[1], size[0]) if portrait else size
    bg = np.zeros((h, w, 3), dtype=np.float32)
    base = np.array([r.uniform(95, 140), r.uniform(75, 105), r.uniform(50, 80)], dtype=np.float32)
    grain = np.random.default_rng(int(hexid("grain", seed, n=8), 16)).normal(0, 9, (h, w, 1)).astype(np.float32)
    stripes = (np.sin(np.linspace(0, r.uniform(20, 40), w, dtype=np.float32))[None, :, None] * 7).astype(np.float32)
    bg[:] = base[None, None, :] + grain + stripes
    background = Image.fromarray(bg.clip(0, 255).astype(np.uint8))
    pw, ph = page.size
    scale = min(w * 0.84 / pw, h * 0.86 / ph)
    tw, th = pw * scale, ph * scale
    cx, cy = w / 2 + r.uniform(-30, 30), h / 2 + r.uniform(-20, 20)
    jit = [(r.uniform(-35, 35), r.uniform(-30, 30)) for _ in range(4)]
    dst = [
        (cx - tw / 2 + jit[0][0] + 25, cy - th / 2 + jit[0][1]),
        (cx + tw / 2 + jit[1][0] - 25, cy - th / 2 + jit[1][1]),
        (cx + tw / 2 + jit[2][0], cy + th / 2 + jit[2][1]),
        (cx - tw / 2 + jit[3][0], cy + th / 2 + jit[3][1]),
    ]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = _perspective_coeffs(src, dst)
    warped = page.convert("RGB").transform((w, h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(
        (w, h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC
    )
    shadow = mask.filter(ImageFilter.GaussianBlur(18)).point(lambda v: int(v * 0.45))
    background.paste((20, 15, 10), (14, 18), shadow)
    background.paste(warped, (0, 0), mask)
    arr = np.asarray(background, dtype=np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    lx, ly = r.uniform(0.2, 0.8) * w, r.uniform(0.1, 0.5) * h
    light = 1.06 - 0.28 * np.sqrt(((xx - lx) / w) ** 2 + ((yy - ly) / h) ** 2)
    tint = np.array([1.0, 0.985, 0.94], dtype=np.float32)
    arr = arr * light[:, :, None] * tint[None, None, :]
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    exif = Image.Exif()
    exif[0x010F] = model[0]
    exif[0x0110] = model[1]
    exif[0x0131] = "17.5.1"
    exif[0x0132] = when.strftime("%Y:%m:%d %H:%M:%S")
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = when.strftime("%Y:%m:%d %H:%M:%S")
    sub[0x9004] = when.strftime("%Y:%m:%d %H:%M:%S")
    off = when.utcoffset() or dt.timedelta(0)
    mins = int(off.total_seconds() // 60)
    sub[0x9011] = f"{'+' if mins >= 0 else '-'}{abs(mins) // 60:02d}:{abs(mins) % 60:02d}"
    sub[0xA405] = 26
    return jpeg(img, quality=84, exif=exif.tobytes())


# --------------------------------------------------------------------------------------------------------------
# e-mail: threads, .eml, .msg, printouts and screenshots
# --------------------------------------------------------------------------------------------------------------

QUOTE_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "pt": ("De", "Enviada em", "Para", "Cc", "Assunto"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
}


@dataclass
class Mail:
    frm: Person
    to: list[Person]
    subject: str
    when: dt.datetime
    body: str
    cc: list[Person] = field(default_factory=list)
    quoted: Mail | None = None
    style: str = "outlook"  # outlook | gmail | apple
    lang: str = "en"
    forward: bool = False
    attachments: list[tuple[str, bytes]] = field(default_factory=list)
    auto_reply: bool = False
    mailer: str = "Microsoft Outlook 16.0"

    @property
    def msgid(self) -> str:
        return f"<{hexid('mid', self.frm.email, self.subject, iso(self.when), n=24)}@{self.frm.org.domain}>"


def _addr(p: Person) -> str:
    return formataddr((p.name, p.email))


def _names(people: Sequence[Person]) -> str:
    return "; ".join(f"{p.name} <{p.email}>" for p in people)


def _sent_label(when: dt.datetime, lang: str) -> str:
    day = when.date()
    if lang == "en":
        return f"{weekday_name(day)}, {month_name(day)} {day.day}, {day.year} {when.strftime('%I:%M %p').lstrip('0')}"
    if lang == "de":
        return f"{weekday_name(day, 'de')}, {day.day}. {month_name(day, 'de')} {day.year} {when:%H:%M}"
    if lang in ("es", "pt"):
        return f"{weekday_name(day, lang)}, {day.day} de {month_name(day, lang)} de {day.year} {when:%H:%M}"
    if lang == "sv":
        return f"den {day.day} {month_name(day, 'sv')} {day.year} {when:%H:%M}"
    return f"{weekday_name(day, lang)} {day.day} {month_name(day, lang)} {day.year} {when:%H:%M}"


def quote_header(m: Mail, lang: str, style: str) -> str:
    if style == "gmail":
        return f"On {m.when:%a}, {m.when.day} {m.when:%b %Y} at {m.when:%H:%M}, {m.frm.name} <{m.frm.email}> wrote:"
    if style == "apple":
        return f"On {m.when.day} {m.when:%b %Y}, at {m.when:%H:%M}, {m.frm.name} <{m.frm.email}> wrote:"
    lab = QUOTE_LABELS[lang]
    sep = " : " if lang == "fr" else ": "
    lines = [
        f"{lab[0]}{sep}{m.frm.name} <{m.frm.email}>",
        f"{lab[1]}{sep}{_sent_label(m.when, lang)}",
        f"{lab[2]}{sep}{_names(m.to)}",
    ]
    if m.cc:
        lines.append(f"{lab[3]}{sep}{_names(m.cc)}")
    lines.append(f"{lab[4]}{sep}{m.subject}")
    return "\n".join(lines)


def mail_text(m: Mail) -> str:
    """The plain-text body of a message, its quoted history included."""
    text = m.body.rstrip() + "\n"
    if m.quoted is None:
        return text
    prev = mail_text(m.quoted).rstrip()
    if m.forward and m.style == "gmail":
        return (
            text
            + "\n---------- Forwarded message ---------\n"
            + f"From: {m.quoted.frm.name} <{m.quoted.frm.email}>\nDate: {m.quoted.when:%a, %d %b %Y at %H:%M}\n"
            + f"Subject: {m.quoted.subject}\nTo: {_names(m.quoted.to)}\n\n{prev}\n"
        )
    if m.style in ("gmail", "apple"):
        quoted = "\n".join("> " + line if line else ">" for line in prev.splitlines())
        return f"{text}\n{quote_header(m.quoted, m.lang, m.style)}\n\n{quoted}\n"
    return f"{text}\n{'_' * 32}\n{quote_header(m.quoted, m.lang, 'outlook')}\n\n{prev}\n"


def _html_par(text: str) -> str:
    blocks = text.strip().split("\n\n")
    return "".join(f"<p>{nb(b)}</p>" for b in blocks)


def mail_html(m: Mail) -> str:
    out = f'<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{_html_par(m.body)}</div>'
    if m.quoted is not None:
        hdr = nb(quote_header(m.quoted, m.lang, m.style if m.style != "outlook" else "outlook"))
        inner = mail_html(m.quoted)
        if m.style == "outlook":
            out += (
                '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                f'<p style="font-size:11pt"><b>{hdr}</b></p></div>{inner}'
            )
        else:
            out += (
                f'<div class="gmail_quote"><p>{hdr}</p><blockquote style="margin:0 0 0 .8ex;'
                f'border-left:1px #ccc solid;padding-left:1ex">{inner}</blockquote></div>'
            )
    return out


def _mime(name: str) -> tuple[str, str]:
    ext = name.rsplit(".", 1)[-1].lower()
    table = {
        "pdf": ("application", "pdf"),
        "png": ("image", "png"),
        "jpg": ("image", "jpeg"),
        "jpeg": ("image", "jpeg"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "ics": ("text", "calendar"),
    }
    return table.get(ext, ("application", "octet-stream"))


def _references(m: Mail) -> list[str]:
    refs: list[str] = []
    q = m.quoted
    while q is not None:
        refs.insert(0, q.msgid)
        q = q.quoted
    return refs


def email_message(m: Mail) -> EmailMessage:
    e = EmailMessage(policy=email_policy.SMTP)
    e["From"] = _addr(m.frm)
    e["To"] = ", ".join(_addr(p) for p in m.to)
    if m.cc:
        e["Cc"] = ", ".join(_addr(p) for p in m.cc)
    e["Subject"] = m.subject
    e["Date"] = format_datetime(m.when)
    e["Message-ID"] = m.msgid
    refs = _references(m)
    if refs and not m.forward:
        e["In-Reply-To"] = refs[-1]
        e["References"] = " ".join(refs)
    e["Thread-Topic"] = re.sub(r"^((RE|AW|SV|FW|WG|RV|TR|Fwd|Re|R|Réf)\s*:\s*)+", "", m.subject)
    e["Content-Language"] = {
        "en": "en-US",
        "de": "de-DE",
        "es": "es-ES",
        "pt": "pt-BR",
        "fr": "fr-FR",
        "sv": "sv-SE",
        "nl": "nl-NL",
        "it": "it-IT",
    }.get(m.lang, "en-US")
    e["X-Mailer"] = m.mailer
    if m.auto_reply:
        e["Auto-Submitted"] = "auto-replied"
        e["X-Auto-Response-Suppress"] = "All"
    e.set_content(mail_text(m))
    e.add_alternative(f'<html><head><meta charset="utf-8"></head><body>{mail_html(m)}</body></html>', subtype="html")
    for name, data in m.attachments:
        main, sub = _mime(name)
        e.add_attachment(data, maintype=main, subtype=sub, filename=name)
    for k, part in enumerate(e.walk()):
        if part.is_multipart():
            part.set_boundary(f"_{k:03d}_{hexid('boundary', m.msgid, str(k), n=24)}_")
    return e


def eml(m: Mail) -> bytes:
    return email_message(m).as_bytes(policy=email_policy.SMTP)


def msg_file(m: Mail) -> bytes:
    mapi = MapiMessage.from_email_message(email_message(m))
    mapi.set_property(0x5D01, PropertyTypeCode.PTYP_STRING, m.frm.email)
    mapi.set_property(0x5D02, PropertyTypeCode.PTYP_STRING, m.frm.email)
    mapi.set_property(0x0C1E, PropertyTypeCode.PTYP_STRING, "SMTP")
    mapi.set_property(0x0039, PropertyTypeCode.PTYP_TIME, m.when.astimezone(UTC))
    return mapi.to_bytes()


def printed_mail_pdf(m: Mail, owner: Person, seed: str, *, browser: bool = False) -> bytes:
    """An e-mail printed to PDF from Outlook (desktop, or Outlook on the web through the browser)."""
    lang = m.lang
    lab = QUOTE_LABELS.get(lang, QUOTE_LABELS["en"])
    rows = [
        (lab[0], f"{m.frm.name} &lt;{m.frm.email}&gt;"),
        (lab[1], escape(_sent_label(m.when, lang))),
        (lab[2], escape(_names(m.to))),
    ]
    if m.cc:
        rows.append((lab[3], escape(_names(m.cc))))
    rows.append((lab[4], escape(m.subject)))
    if m.attachments:
        rows.append(("Attachments", escape("; ".join(n for n, _ in m.attachments))))
    head = "".join(
        f'<tr><td style="border:none;width:16%;font-weight:bold;padding:1pt">{k}:</td>'
        f'<td style="border:none;padding:1pt">{v}</td></tr>'
        for k, v in rows
    )
    body = "".join(f"<p>{nb(b)}</p>" for b in mail_text(m).strip().split("\n\n"))
    top = f'<p style="font-size:13pt;font-weight:bold;margin-bottom:2pt">{escape(owner.name)}</p><hr/>'
    if browser:
        top = f'<p style="font-size:15pt;margin-bottom:6pt">{escape(m.subject)}</p>'
    html = f'{top}<table style="margin-bottom:10pt">{head}</table>{body}'
    style = css(size=10, family="sans", extra="hr {border: 0; border-top: 1.5pt solid #000000;}")
    app = EDGE if browser else OUTLOOK
    pdf = html_pdf(
        html,
        meta(m.subject, owner.name, m.when + dt.timedelta(days=2), app),
        seed,
        style=style,
        margins=(54, 54, 54, 54),
    )
    if not browser:
        return pdf
    doc = pymupdf.open("pdf", pdf)
    arch = _archive()
    small = FONT_CSS + "body {font-family: sans; font-size: 7pt; color: #333333;}"
    printed = m.when + dt.timedelta(days=2, hours=1)
    for i, page in enumerate(doc, start=1):
        w, h = page.rect.width, page.rect.height
        page.insert_htmlbox(
            pymupdf.Rect(24, 10, w / 2, 24), f"<p>{printed:%m/%d/%y, %I:%M %p}</p>", css=small, archive=arch
        )
        page.insert_htmlbox(
            pymupdf.Rect(w / 2 - 80, 10, w - 24, 24),
            f"<p>Mail - {escape(owner.name)} - Outlook</p>",
            css=small,
            archive=arch,
        )
        page.insert_htmlbox(
            pymupdf.Rect(24, h - 22, w - 60, h - 8),
            f"<p>https://outlook.office.com/mail/inbox/id/AAQkAD{hexid('u', seed, n=40)}</p>",
            css=small,
            archive=arch,
        )
        page.insert_htmlbox(
            pymupdf.Rect(w - 60, h - 22, w - 24, h - 8), f"<p>{i}/{len(doc)}</p>", css=small, archive=arch
        )
    return finish(doc, meta(m.subject, "", printed, EDGE), seed, subset=False)


def _wrap(text: str, f: ImageFont.FreeTypeFont, width: int) -> list[str]:
    out: list[str] = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            cand = (line + " " + w).strip()
            if f.getlength(cand) <= width:
                line = cand
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


def outlook_screenshot(m: Mail, owner: Person, seed: str) -> Image.Image:
    """A screenshot of the message open in Outlook on the web."""
    W, H = 1600, 1000
    img = Image.new("RGB", (W, H), (250, 250, 250))
    d = ImageDraw.Draw(img)
    blue = (15, 108, 189)
    d.rectangle((0, 0, W, 48), fill=blue)
    d.text((18, 12), "Outlook", font=font("DejaVuSans-Bold.ttf", 20), fill="white")
    d.rounded_rectangle((420, 9, 980, 39), radius=6, fill=(225, 236, 247))
    d.text((440, 15), "Search", font=font("DejaVuSans.ttf", 15), fill=(90, 90, 90))
    d.ellipse((W - 46, 8, W - 14, 40), fill=(200, 120, 60))
    ini = "".join(x[0] for x in owner.name.split()[:2])
    d.text((W - 40, 15), ini, font=font("DejaVuSans-Bold.ttf", 13), fill="white")
    d.rectangle((0, 48, 220, H), fill=(240, 240, 240))
    for i, label in enumerate(["Inbox", "Drafts", "Sent Items", "Deleted Items", "Archive", "Projects", "Claims"]):
        d.text((26, 78 + i * 34), label, font=font("DejaVuSans.ttf", 15), fill=(40, 40, 40))
    d.rectangle((220, 48, 560, H), fill=(255, 255, 255))
    d.line((560, 48, 560, H), fill=(220, 220, 220))
    r = rng_for("shot", seed)
    q: Mail | None = m
    for i in range(6):
        y = 70 + i * 86
        if i == 0:
            d.rectangle((220, y - 10, 560, y + 74), fill=(207, 228, 250))
            who, subj = m.frm.name, m.subject
        else:
            who = q.frm.name if q else r.choice(["Microsoft 365", "Teams", "IT Service Desk", "Planner"])
            subj = q.subject if q else r.choice(["Weekly digest", "Your meeting notes", "Ticket update"])
        d.text((240, y), who, font=font("DejaVuSans-Bold.ttf", 15), fill=(30, 30, 30))
        d.text((240, y + 24), subj[:38], font=font("DejaVuSans.ttf", 14), fill=(40, 40, 40))
        d.text((240, y + 46), "…", font=font("DejaVuSans.ttf", 13), fill=(110, 110, 110))
        q = q.quoted if q else None
    x0 = 600
    d.text((x0, 70), m.subject, font=font("DejaVuSans.ttf", 24), fill=(20, 20, 20))
    d.ellipse((x0, 120, x0 + 48, 168), fill=(120, 80, 160))
    d.text(
        (x0 + 12, 134),
        "".join(x[0] for x in m.frm.name.split()[:2]),
        font=font("DejaVuSans-Bold.ttf", 16),
        fill="white",
    )
    d.text((x0 + 64, 120), f"{m.frm.name} <{m.frm.email}>", font=font("DejaVuSans-Bold.ttf", 16), fill=(20, 20, 20))
    d.text((x0 + 64, 146), "To: " + "; ".join(p.name for p in m.to), font=font("DejaVuSans.ttf", 14), fill=(80, 80, 80))
    d.text((W - 330, 122), f"{m.when:%a %d/%m/%Y %H:%M}", font=font("DejaVuSans.ttf", 14), fill=(80, 80, 80))
    f = font("DejaVuSans.ttf", 16)
    y = 200
    for line in _wrap(mail_text(m), f, W - x0 - 60):
        if y > H - 30:
            break
        d.text((x0, y), line, font=f, fill=(30, 30, 30))
        y += 24
    return img


# --------------------------------------------------------------------------------------------------------------
# Word documents
# --------------------------------------------------------------------------------------------------------------


def normalize_zip(data: bytes, when: dt.datetime) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = (when.year, when.month, when.day, when.hour, when.minute, 0)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=stamp)
            ni.compress_type = zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            z.writestr(ni, src.read(info.filename))
    return out.getvalue()


class Word:
    """A small wrapper over python-docx for partners' Word reports."""

    def __init__(self, accent: str = "1F3864", base_font: str = "Calibri", size: float = 10.5) -> None:
        self.d = docx.Document()
        self.accent = accent
        st = self.d.styles["Normal"]
        st.font.name = base_font
        st.font.size = Pt(size)
        for s in self.d.sections:
            s.left_margin = s.right_margin = Cm(2.2)
            s.top_margin = Cm(2.0)

    def header(self, org: Org, right: str = "") -> None:
        sec = self.d.sections[0]
        p = sec.header.paragraphs[0]
        p.add_run().add_picture(io.BytesIO(logo_png(org)), height=Cm(0.9))
        if right:
            run = p.add_run("\t\t" + right)
            run.font.size = Pt(8)
            run.font.color.rgb = RGBColor(0x66, 0x66, 0x66)

    def footer(self, text: str) -> None:
        p = self.d.sections[0].footer.paragraphs[0]
        run = p.add_run(text)
        run.font.size = Pt(7.5)
        run.font.color.rgb = RGBColor(0x66, 0x66, 0x66)

    def h(self, text: str, level: int = 1) -> None:
        hp = self.d.add_heading(text, level=level)
        for run in hp.runs:
            run.font.color.rgb = RGBColor.from_string(self.accent)

    def p(
        self, text: str, bold: bool = False, italic: bool = False, size: float | None = None, align: str | None = None
    ) -> None:
        para = self.d.add_paragraph()
        run = para.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if align == "center":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def bullets(self, items: Sequence[str]) -> None:
        for item in items:
            self.d.add_paragraph(item, style="List Bullet")

    def table(self, rows: Sequence[Sequence[str]], header: bool = True) -> Any:
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.text = val
                for para in cell.paragraphs:
                    for run in para.runs:
                        run.font.size = Pt(9)
                        if header and i == 0:
                            run.bold = True
        self.d.add_paragraph()
        return t

    def picture(self, data: bytes, width_cm: float) -> None:
        self.d.add_picture(io.BytesIO(data), width=Cm(width_cm))

    def page_break(self) -> None:
        self.d.add_page_break()

    def save(self, m: Meta, revision: int = 3) -> bytes:
        cp = self.d.core_properties
        cp.author = m.author
        cp.last_modified_by = m.author
        cp.title = m.title
        cp.created = m.created.astimezone(UTC).replace(tzinfo=None)
        cp.modified = (m.modified or m.created).astimezone(UTC).replace(tzinfo=None)
        cp.revision = revision
        cp.comments = ""
        buf = io.BytesIO()
        self.d.save(buf)
        return normalize_zip(buf.getvalue(), m.modified or m.created)


# --------------------------------------------------------------------------------------------------------------
# invoices, surveys, public sector disclosures
# --------------------------------------------------------------------------------------------------------------

MICROSOFT_BILL_TO = (
    "Microsoft Corporation<br/>Attn: MCI Engagements – Partner Incentives<br/>One Microsoft Way<br/>"
    "Redmond, WA 98052, United States"
)


def invoice_pdf(
    partner: Org,
    number: str,
    day: dt.date,
    lines: Sequence[tuple[str, float]],
    seed: str,
    *,
    currency: str = "USD",
    vat: float | None = None,
    vat_label: str = "VAT",
    title: str = "INVOICE",
    labels: dict[str, str] | None = None,
    date_style: str = "gb_long",
    extra: str = "",
    bank: str = "",
    author: str = "Accounts",
    due_days: int = 30,
) -> bytes:
    lab = {
        "inv": "Invoice no.",
        "date": "Invoice date",
        "due": "Due date",
        "bill": "Bill to",
        "desc": "Description",
        "amt": "Amount",
        "sub": "Subtotal (pre-tax)",
        "total": "Total",
    }
    lab.update(labels or {})
    money = (
        (lambda v: f"{currency} {v:,.2f}")
        if currency != "EUR"
        else (lambda v: "€ " + f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."))
    )
    sub = sum(a for _, a in lines)
    right = 'style="text-align:right;width:110pt"'
    rows = "".join(f'<tr><td style="width:340pt">{nb(d)}</td><td {right}>{money(a)}</td></tr>' for d, a in lines)
    tot_rows = (
        f'<tr><td style="text-align:right;width:340pt"><b>{lab["sub"]}</b></td><td {right}>{money(sub)}</td></tr>'
    )
    total = sub
    if vat is not None:
        tax = round(sub * vat, 2)
        total = sub + tax
        tot_rows += (
            f'<tr><td style="text-align:right;width:340pt">{vat_label} {vat * 100:.0f}%</td>'
            f"<td {right}>{money(tax)}</td></tr>"
        )
    tot_rows += (
        f'<tr><td style="text-align:right;width:340pt"><b>{lab["total"]}</b></td>'
        f"<td {right}><b>{money(total)}</b></td></tr>"
    )
    due = day + dt.timedelta(days=due_days)
    html = f"""
<table><tr>
<td style="border:none;width:230pt"><h1>{title}</h1></td>
<td style="border:none;text-align:right;width:230pt"><b>{escape(partner.name)}</b><br/>{escape(partner.street)}<br/>
{escape(partner.city)}<br/>{escape(partner.reg)}<br/>{escape(partner.phone)}</td></tr></table>
{
        kv(
            [(lab["inv"], escape(number)), (lab["date"], fdate(day, date_style)), (lab["due"], fdate(due, date_style))],
            key_w=130,
            total=330,
        )
    }
<p><b>{lab["bill"]}:</b><br/>{MICROSOFT_BILL_TO}</p>
<table><tr><th style="width:340pt">{lab["desc"]}</th><th {right}>{lab["amt"]}</th></tr>{rows}
{tot_rows}</table>
{extra}
<p class="small">{bank}</p>
"""
    return html_pdf(
        html,
        meta(f"Invoice {number}", author, T(day.year, day.month, day.day, 9, 30), WORD),
        seed,
        decor=Decor(partner, right=escape(partner.domain), numbers="", accent=partner.color),
    )


CUSTOMER_SURVEY = [
    "Did the partner deliver the engagement as described?",
    "Which activities did the partner complete with you?",
    "How satisfied are you with the partner's delivery? (1-5)",
    "Would you recommend this partner to another customer?",
]
PARTNER_SURVEY = [
    "Confirm that the engagement was delivered to the customer as described in the POE.",
    "Number of customer participants / users in scope",
    "Summarize the outcomes of the engagement.",
    "Confirm that the invoice amount matches the payout for your market.",
]


def attestation(
    claim_id: str,
    respondent: str,
    when: dt.datetime,
    answers: Sequence[str],
    signer: Person | None,
    *,
    name: str | None = None,
    company: str | None = None,
    title: str | None = None,
) -> bytes:
    questions = CUSTOMER_SURVEY if respondent == "customer" else PARTNER_SURVEY
    data = {
        "format": "poe-attestation/1",
        "claim_id": claim_id,
        "respondent": respondent,
        "completed_at": iso(when),
        "answers": [{"question": q, "answer": a} for q, a in zip(questions, answers, strict=False)],
        "signature": {
            "full_name": signer.name if name is None and signer else (name or ""),
            "company": signer.org.name if company is None and signer else (company or ""),
            "job_title": signer.title if title is None and signer else (title or ""),
        },
    }
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()


PSD_BODY = (
    "In accordance with the Microsoft Commerce Incentives terms for public sector customers, {partner} "
    '("Partner") discloses to {customer} ("Customer") that Partner may receive fees, commissions or other '
    "compensation from Microsoft in connection with the Microsoft products and services procured by Customer "
    "and the services Partner performs for Customer ({scope}). For the engagement described, the potential "
    "compensation is an incentive payment of up to {amount}, paid by Microsoft to Partner. This disclosure is "
    "made in writing and is to be acknowledged by the Customer in writing."
)
PSD_ACK = (
    "Customer acknowledges receipt of this disclosure of the potential fees, commission or compensation that "
    "Partner may receive from Microsoft, and confirms that the acknowledgement is made by an authorized "
    "representative of the Customer."
)


def psd_html(partner: Org, customer: Org, scope: str, amount: str, day: dt.date, date_style: str = "us_long") -> str:
    body = PSD_BODY.format(
        partner=escape(partner.name), customer=escape(customer.name), scope=escape(scope), amount=escape(amount)
    )
    return f"""
<h1>Public Sector Disclosure</h1>
<p class="muted">Disclosure of Partner Compensation – Microsoft Commerce Incentives</p>
{kv([("Partner", escape(partner.name)), ("Customer", escape(customer.name)), ("Date", fdate(day, date_style))])}
<p>{body}</p>
<h2>Customer acknowledgement</h2>
<p>{PSD_ACK}</p>
{fields([("Name", "", 22), ("Title", "", 22), ("Signature", "", 40), ("Date", "", 22)])}
"""


# --------------------------------------------------------------------------------------------------------------
# electronic signatures: e-sign envelopes and digitally signed PDFs
# --------------------------------------------------------------------------------------------------------------


def esign(
    pdf: bytes,
    signer: Person,
    when: dt.datetime,
    seed: str,
    *,
    sig_anchor: str,
    date_anchor: str | None = None,
    date_text: str = "",
    vendor: str = "docusign",
    certificate: bool = True,
    sender: Person | None = None,
    sig_dx: float = 4,
    sig_dy: float = -10,
    date_dx: float = 4,
    date_dy: float = 0,
    ip: str = "81.2.69.160",
    extra_signers: Sequence[tuple[Person, dt.datetime, str]] = (),
) -> bytes:
    """Sign through an e-signature service: envelope id on every page, the drawn signature, and (optionally) the
    service's certificate of completion / audit report appended."""
    envelope = guid("envelope", seed, upper=True)
    doc = pymupdf.open("pdf", pdf)
    arch = _archive()
    small = FONT_CSS + "body {font-family: sans; font-size: 7pt; color: #444444;}"
    for page in doc:
        label = f"Docusign Envelope ID: {envelope}" if vendor == "docusign" else ""
        if vendor == "adobe":
            label = f"Adobe Acrobat Sign Transaction ID: CBJCHBCAABAA{hexid('tx', seed, n=28)}"
        if vendor == "yousign":
            label = f"Yousign – signature request {hexid('ys', seed, n=8).lower()}-{hexid('ys2', seed, n=4).lower()}"
        page.insert_htmlbox(pymupdf.Rect(24, 6, page.rect.width - 24, 18), f"<p>{label}</p>", css=small, archive=arch)
    signers = [(signer, when, ip), *extra_signers]
    anchors = [sig_anchor] + [sig_anchor] * len(extra_signers)
    for k, (who, moment, _addr_ip) in enumerate(signers):
        occurrence = k
        target = Ink(anchors[k], "sig", who.name, dx=sig_dx, dy=sig_dy, h=30, occurrence=occurrence)
        no, rect = _locate(doc, target)
        img = signature_image(who.name, f"{seed}|es{k}", height=120, color=(0, 0, 0))
        w = 30 * img.width / img.height
        box = pymupdf.Rect(rect.x0 + sig_dx, rect.y0 + sig_dy, rect.x0 + sig_dx + w, rect.y0 + sig_dy + 30)
        page = doc[no]
        if vendor == "docusign":
            page.insert_htmlbox(
                pymupdf.Rect(box.x0 - 2, box.y0 - 9, box.x0 + 120, box.y0 + 1),
                "<p>Signed by:</p>",
                css=small,
                archive=arch,
            )
            page.draw_rect(
                pymupdf.Rect(box.x0 - 3, box.y0 - 9, box.x1 + 8, box.y1 + 9), color=(0.2, 0.3, 0.6), width=0.6
            )
            page.insert_image(box, stream=png(img))
            page.insert_htmlbox(
                pymupdf.Rect(box.x0 - 2, box.y1, box.x0 + 160, box.y1 + 10),
                f"<p>{hexid('sig', who.email, seed, n=15)}...</p>",
                css=small,
                archive=arch,
            )
        else:
            page.insert_image(box, stream=png(img))
            page.insert_htmlbox(
                pymupdf.Rect(box.x0 - 2, box.y1, box.x0 + 260, box.y1 + 10),
                f"<p>{escape(who.name)} ({moment:%b %d, %Y %H:%M} GMT{_gmt(moment)})</p>",
                css=small,
                archive=arch,
            )
    if date_anchor:
        d_ink = Ink(date_anchor, "hand", dx=date_dx, dy=date_dy)
        no, rect = _locate(doc, d_ink)
        doc[no].insert_htmlbox(
            pymupdf.Rect(rect.x0 + date_dx, rect.y0 + date_dy, rect.x0 + date_dx + 180, rect.y0 + date_dy + 14),
            f"<p style='font-size:9pt;color:#000000'>{escape(date_text)}</p>",
            css=small,
            archive=arch,
        )
    if certificate:
        cert = certificate_pdf(
            envelope, signers, seed, vendor=vendor, sender=sender, title=doc.metadata.get("title") or "Document"
        )
        with pymupdf.open("pdf", cert) as c:
            doc.insert_pdf(c)
    m = Meta(
        doc.metadata.get("title") or "",
        "",
        "DocuSign" if vendor == "docusign" else "Adobe Acrobat Sign",
        "DocuSign PDF Generator" if vendor == "docusign" else "Adobe Acrobat Sign",
        when,
        when + dt.timedelta(minutes=1),
    )
    if vendor == "yousign":
        m = Meta(doc.metadata.get("title") or "", "", "Yousign", "Yousign", when, when)
    return finish(doc, m, seed, subset=True)


def _gmt(moment: dt.datetime) -> str:
    off = moment.utcoffset() or dt.timedelta(0)
    hours = off.total_seconds() / 3600
    return f"{'+' if hours >= 0 else '-'}{int(abs(hours))}" if hours else ""


def certificate_pdf(
    envelope: str,
    signers: Sequence[tuple[Person, dt.datetime, str]],
    seed: str,
    *,
    vendor: str,
    sender: Person | None,
    title: str,
) -> bytes:
    first = signers[0][1]
    sent = first - dt.timedelta(hours=5, minutes=12)
    rows = ""
    for who, moment, addr in signers:
        rows += (
            f"<tr><td>{escape(who.name)}<br/>{escape(who.email)}<br/>{escape(who.title)}<br/>"
            f"{escape(who.org.name)}<br/>Security Level: Email, Account Authentication (None)</td>"
            f"<td>Signature Adoption: Drawn on Device<br/>Using IP Address: {addr}</td>"
            f"<td>Sent: {sent:%m/%d/%Y | %I:%M:%S %p}<br/>Viewed: "
            f"{moment - dt.timedelta(minutes=9):%m/%d/%Y | %I:%M:%S %p}"
            f"<br/>Signed: {moment:%m/%d/%Y | %I:%M:%S %p}</td></tr>"
        )
    snd = sender or signers[0][0]
    if vendor == "docusign":
        html = f"""
<h1 style="color:#222222">Certificate Of Completion</h1>
{
            kv(
                [
                    ("Envelope Id", envelope),
                    ("Subject", "Complete with Docusign: " + escape(title)),
                    ("Source Envelope", ""),
                    ("Document Pages", "see envelope"),
                    ("Signatures", str(len(signers))),
                    ("Envelope Originator", f"{escape(snd.name)}<br/>{escape(snd.email)}"),
                    ("Status", "Completed"),
                    ("Time Zone", "(UTC) Coordinated Universal Time"),
                ]
            )
        }
<h2 style="color:#222222">Record Tracking</h2>
{kv([("Status", "Original"), ("Holder", f"{escape(snd.name)} {escape(snd.email)}"), ("Location", "DocuSign")])}
<h2 style="color:#222222">Signer Events</h2>
<table><tr><th>Signer</th><th>Signature</th><th>Timestamp</th></tr>{rows}</table>
<p class="small">Electronic Record and Signature Disclosure: Accepted. ID: {hexid("erd", seed, n=8).lower()}-
{hexid("erd2", seed, n=4).lower()}</p>
<h2 style="color:#222222">Envelope Summary Events</h2>
{
            kv(
                [
                    ("Envelope Sent", f"Hashed/Encrypted {sent:%m/%d/%Y | %I:%M:%S %p}"),
                    (
                        "Certified Delivered",
                        f"Security Checked {first - dt.timedelta(minutes=9):%m/%d/%Y | %I:%M:%S %p}",
                    ),
                    ("Signing Complete", f"Security Checked {first:%m/%d/%Y | %I:%M:%S %p}"),
                    ("Completed", f"Security Checked {signers[-1][1]:%m/%d/%Y | %I:%M:%S %p}"),
                ]
            )
        }
"""
    else:
        html = (
            f"""
<h1 style="color:#b30b00">Final Audit Report</h1>
{
                kv(
                    [
                        ("Created", f"{sent:%Y-%m-%d}"),
                        ("By", f"{escape(snd.name)} ({escape(snd.email)})"),
                        ("Status", "Signed"),
                        ("Transaction ID", f"CBJCHBCAABAA{hexid('tx', seed, n=28)}"),
                    ]
                )
            }
<h2 style="color:#b30b00">"{escape(title)}" History</h2>
<p>Document created by {escape(snd.name)} ({escape(snd.email)}) {sent:%Y-%m-%d - %I:%M:%S %p} GMT</p>
"""
            + "".join(
                f"<p>Document e-signed by {escape(w.name)} ({escape(w.email)})<br/>Signature Date: "
                f"{mo:%Y-%m-%d - %I:%M:%S %p} GMT - Time Source: server - IP address: {a}</p>"
                for w, mo, a in signers
            )
            + f"<p>Agreement completed. {signers[-1][1]:%Y-%m-%d - %I:%M:%S %p} GMT</p>"
        )
    return html_pdf(html, meta("Certificate", "", first, CHROME), seed + "|cert", style=css(size=8.5))


def _mr_prime(n: int, r: random.Random) -> bool:
    if n < 4:
        return n in (2, 3)
    for p in (3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(20):
        a = r.randrange(2, n - 2)
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


def _prime(bits: int, r: random.Random) -> int:
    while True:
        c = r.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if c % 65537 != 1 and _mr_prime(c, r):
            return c


_KEYS: dict[str, Any] = {}


def rsa_key(seed: str, bits: int = 2048) -> Any:
    """A deterministic RSA key (so that signed PDFs are reproducible)."""
    if seed in _KEYS:
        return _KEYS[seed]
    from cryptography.hazmat.primitives.asymmetric import rsa

    r = rng_for("rsa", seed)
    e = 65537
    while True:
        p, q = _prime(bits // 2, r), _prime(bits // 2, r)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        try:
            d = pow(e, -1, phi)
        except ValueError:
            continue
        if p < q:
            p, q = q, p
        pub = rsa.RSAPublicNumbers(e, p * q)
        key = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), pub).private_key()
        _KEYS[seed] = key
        return key


def _cert_pair(signer: Person, ca_name: str, start: dt.datetime) -> tuple[Any, Any, Any]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    ca_key, key = rsa_key("ca|" + ca_name), rsa_key("ee|" + signer.email)

    def nm(cn: str, org: str, email: str | None = None) -> Any:
        attrs = [
            x509.NameAttribute(NameOID.COUNTRY_NAME, signer.org.country),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
        if email:
            attrs.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
        return x509.Name(attrs)

    ca_subject = nm(ca_name, ca_name.split(" Qualified")[0].split(" Issuing")[0])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_subject)
        .issuer_name(ca_subject)
        .public_key(ca_key.public_key())
        .serial_number(int(hexid("caser", ca_name, n=12), 16))
        .not_valid_before(start - dt.timedelta(days=900))
        .not_valid_after(start + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    ee = (
        x509.CertificateBuilder()
        .subject_name(nm(signer.name, signer.org.name, signer.email))
        .issuer_name(ca_subject)
        .public_key(key.public_key())
        .serial_number(int(hexid("eeser", signer.email, n=14), 16))
        .not_valid_before(start - dt.timedelta(days=120))
        .not_valid_after(start + dt.timedelta(days=610))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    return ca, ee, key


@contextlib.contextmanager
def _frozen_signing(moment: dt.datetime, seed: str) -> Iterator[None]:
    """pyHanko reads the clock and os.urandom; pin both so the signed file is reproducible."""
    import pyhanko.pdf_utils.incremental_writer as iw
    import pyhanko.pdf_utils.metadata.info as mi
    import pyhanko.pdf_utils.metadata.xmp_xml as mx
    import pyhanko.sign.signers.pdf_signer as ps

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Any:  # type: ignore[override]
            return moment.astimezone(tz) if tz else moment

    r = rng_for("urandom", seed)
    fake_os = types.SimpleNamespace(urandom=lambda n: bytes(r.getrandbits(8) for _ in range(n)))
    saved = (ps.datetime, mi.datetime, mx.datetime, iw.os)
    ps.datetime, mi.datetime, mx.datetime, iw.os = Frozen, Frozen, Frozen, fake_os  # type: ignore[misc,assignment]
    try:
        yield
    finally:
        ps.datetime, mi.datetime, mx.datetime, iw.os = saved  # type: ignore[misc]


def digisign(
    pdf: bytes,
    signer: Person,
    when: dt.datetime,
    seed: str,
    *,
    ca_name: str,
    anchor: str,
    reason: str = "I approve this document",
    location: str = "",
    dx: float = 0,
    dy: float = 0,
    width: float = 210,
    height: float = 46,
) -> bytes:
    """A PAdES signature with the signer's own certificate, placed as a visible field at an anchor."""
    import logging

    from asn1crypto import keys as akeys
    from asn1crypto import x509 as ax509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    logging.getLogger("pyhanko").setLevel(logging.ERROR)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.ERROR)
    with pymupdf.open("pdf", pdf) as doc:
        no, rect = _locate(doc, Ink(anchor, "sig"))
        page_h = doc[no].rect.height
    x0, y0 = rect.x0 + dx, rect.y0 + dy
    box = (int(x0), int(page_h - y0 - height), int(x0 + width), int(page_h - y0))
    ca, ee, key = _cert_pair(signer, ca_name, when)
    der = serialization.Encoding.DER
    signer_obj = signers.SimpleSigner(
        signing_cert=ax509.Certificate.load(ee.public_bytes(der)),
        signing_key=akeys.PrivateKeyInfo.load(
            key.private_bytes(der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        ),
        cert_registry=SimpleCertificateStore.from_certs([ax509.Certificate.load(ca.public_bytes(der))]),
    )
    field_name = "Signature_" + re.sub(r"\W", "", signer.name)
    sig_meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        reason=reason,
        location=location or signer.org.city,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        name=signer.name,
    )
    style = TextStampStyle(stamp_text="Digitally signed by %(signer)s\nDate: %(ts)s", border_width=0)
    with _frozen_signing(when, seed):
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        pdf_signer = signers.PdfSigner(
            sig_meta,
            signer_obj,
            stamp_style=style,
            new_field_spec=fields.SigFieldSpec(field_name, on_page=no, box=box),
        )
        out = pdf_signer.sign_pdf(writer)
    return bytes(out.getvalue())


# --------------------------------------------------------------------------------------------------------------
# claims, bundles and expectations
# --------------------------------------------------------------------------------------------------------------


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


def location_id(org: Org) -> str:
    return str(1000000 + int(hexid("loc", org.name, n=10), 16) % 8999999)


def tenant_id(org: Org) -> str:
    return guid("tenant", org.domain)


def subscription(org: Org, workload: str) -> str:
    return guid("subscription", org.domain, workload, upper=True)


def engagement(eid: str, name: str, activity: str, payout: str, usd: float | None = None) -> dict[str, Any]:
    return {"id": eid, "name": name, "activity_type": activity, "payout_type": payout, "proposed_payout_usd": usd}


def make_claim(
    cid: str,
    *,
    program: str,
    area: str,
    partner: Org,
    pc: Person,
    cust: Org,
    cc: Person,
    submitted: dt.datetime,
    docs: Sequence[tuple[str, str]],
    kind: str | None = None,
    workloads: Sequence[str] = (),
    status: str = "submitted",
    opt_out: bool = False,
    segment: str = "commercial",
    eng: dict[str, Any] | None = None,
    consent: dt.date | None = None,
    transaction: dt.date | None = None,
    comments: Sequence[tuple[str, dt.datetime, str]] = (),
    history: Sequence[tuple[str, dt.datetime, str]] | None = None,
    partner_domains: Sequence[str] = (),
    customer_name: str | None = None,
) -> dict[str, Any]:
    ba = area == "Business Applications" and program == "cpor"
    hist = history if history is not None else [("submission", submitted, pc.email)]
    return {
        "format": "poe-claim-bundle/1",
        "claim_id": cid,
        "program": program,
        "claim_kind": kind,
        "solution_area": area,
        "status": status,
        "submitted_at": iso(submitted),
        "incentive_opt_out": opt_out,
        "partner": {
            "name": partner.name,
            "location_id": location_id(partner),
            "country": partner.country,
            "domains": [partner.domain, *partner_domains],
            "contact": {"name": pc.name, "email": pc.email},
        },
        "customer": {
            "name": customer_name or cust.name,
            "domain": cust.domain,
            "tenant_id": tenant_id(cust),
            "country": cust.country,
            "segment": segment,
            "contact": {"name": cc.name, "email": cc.email, "title": cc.title},
        },
        "workloads": [{"name": w, "subscription_id": subscription(cust, w) if ba else None} for w in workloads],
        "engagement": eng,
        "transaction_date": transaction.isoformat() if transaction else None,
        "consent_date": consent.isoformat() if consent else None,
        "documents": [{"path": p, "role": r} for p, r in docs],
        "comments": [{"author": a, "at": iso(at), "text": t} for a, at, t in comments],
        "history": [{"action": a, "at": iso(at), "by": b} for a, at, b in hist],
    }


NA = "not_applicable"
PASS_NA = ["pass", NA]


def cpor_ok(*, email_ack: bool = False, ps: bool = False) -> dict[str, Any]:
    """What a careful reviewer finds on a clean CPOR claim."""
    return {
        "required_documents": "pass",
        "customer_acknowledgement": "pass",
        "partner_customer_names": "pass",
        "activity_detail": "pass",
        "workload_match": "pass",
        "acknowledgement_date": "pass",
        "customer_domain": "pass" if email_ack else PASS_NA,
        "ineligible_customer": "pass",
        "public_sector": "pass" if ps else PASS_NA,
        "unacceptable_documents": "pass",
        "document_language": "pass",
        "invoice": NA,
        "attestations": NA,
        "submission_window": NA,
        "reused_evidence": "pass",
    }


def pa_ok(*, ps: bool = False) -> dict[str, Any]:
    """What a careful reviewer finds on a clean Partner Activities claim."""
    return {
        "required_documents": "pass",
        "customer_acknowledgement": PASS_NA,
        "partner_customer_names": "pass",
        "activity_detail": "pass",
        "workload_match": PASS_NA,
        "acknowledgement_date": PASS_NA,
        "customer_domain": PASS_NA,
        "ineligible_customer": "pass",
        "public_sector": "pass" if ps else PASS_NA,
        "unacceptable_documents": "pass",
        "document_language": "pass",
        "invoice": "pass",
        "attestations": "pass",
        "submission_window": "pass",
        "reused_evidence": "pass",
    }


# --------------------------------------------------------------------------------------------------------------
# sign-off blocks, placed so that ink can be put on them
# --------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Party:
    role: str
    org: str
    name: str = ""
    title: str = ""


def signoff(
    layout: str,
    parties: Sequence[Party],
    *,
    heading: str = "Sign-off",
    statement: str = "",
    labels: tuple[str, str, str, str] = ("Name", "Title", "Signature", "Date"),
    company_label: str = "Company",
) -> str:
    """A sign-off block. Layouts: rows (a row per party), columns (a column per party), stacked (cells stacked per
    party), lines (signature lines under a statement)."""
    out = f"<h2>{heading}</h2>" if heading else ""
    if statement:
        out += f"<p>{statement}</p>"
    ln, lt, ls, ld = labels
    if layout == "rows":
        rows = "".join(
            f"<tr><td><b>{escape(p.role)}</b><br/>{escape(p.org)}</td><td>{escape(p.name)}</td><td>{escape(p.title)}"
            f'</td><td style="height:40pt"></td><td></td></tr>'
            for p in parties
        )
        out += (
            f'<table><tr><th style="width:96pt">&#160;</th><th style="width:82pt">{ln}</th><th style="width:82pt">'
            f'{lt}</th><th style="width:104pt">{ls}</th><th style="width:64pt">{ld}</th></tr>{rows}</table>'
        )
    elif layout == "columns":
        k = 'style="width:92pt;background-color:#eef1f6;font-weight:bold"'
        k_sig = 'style="width:92pt;background-color:#eef1f6;font-weight:bold;height:46pt"'
        k_day = 'style="width:92pt;background-color:#eef1f6;font-weight:bold;height:20pt"'
        cw = int((470 - 92 - 9 * (len(parties) + 1)) / len(parties))
        head = "".join(f'<th style="width:{cw}pt">{escape(p.role)}</th>' for p in parties)
        out += (
            f'<table><tr><th style="width:92pt">&#160;</th>{head}</tr>'
            f"<tr><td {k}>{company_label}</td>" + "".join(f"<td>{escape(p.org)}</td>" for p in parties) + "</tr>"
            f"<tr><td {k}>{ln}</td>" + "".join(f"<td>{escape(p.name)}</td>" for p in parties) + "</tr>"
            f"<tr><td {k}>{lt}</td>" + "".join(f"<td>{escape(p.title)}</td>" for p in parties) + "</tr>"
            f"<tr><td {k_sig}>{ls}</td>" + "<td></td>" * len(parties) + "</tr>"
            f"<tr><td {k_day}>{ld}</td>" + "<td></td>" * len(parties) + "</tr></table>"
        )
    elif layout == "stacked":
        for p in parties:
            out += (
                f'<table><tr><th style="width:330pt">{escape(p.role)} – {escape(p.org)}</th></tr>'
                f"<tr><td>{ln}: {escape(p.name)}</td></tr><tr><td>{lt}: {escape(p.title)}</td></tr>"
                f'<tr><td style="height:40pt">{ls}:</td></tr><tr><td style="height:18pt">{ld}:</td></tr></table>'
            )
    else:
        cells = "".join(
            f'<td style="border:none;width:{100 // len(parties)}%;padding-right:18pt"><p style="height:38pt">'
            f'&#160;</p><p style="border-top:0.8pt solid #000000;padding-top:2pt">{escape(p.name) or "&#160;"}<br/>'
            f"{escape(p.title) or '&#160;'}<br/><b>{escape(p.org)}</b></p><p>{ld}: ________________</p></td>"
            for p in parties
        )
        out += f'<table style="margin-top:14pt"><tr>{cells}</tr></table>'
    return out


def sign_inks(
    layout: str,
    party: Party,
    index: int,
    date_text: str,
    *,
    labels: tuple[str, str, str, str] = ("Name", "Title", "Signature", "Date"),
    signer: str | None = None,
    color: tuple[int, int, int] = INK_BLUE,
    sig_h: float = 30,
    page: int | None = None,
) -> list[Ink]:
    """The ink a party leaves on a sign-off block built by :func:`signoff`."""
    who = signer or party.name
    out: list[Ink] = []
    if layout == "rows":
        # fixed column widths (see signoff): the signature cell starts ~182pt right of the name cell's text
        anchor = party.name or party.org
        out.append(Ink(anchor, "sig", who, dx=184, dy=-4, h=sig_h, color=color, page=page))
        if date_text:
            out.append(Ink(anchor, "hand", date_text, dx=296, dy=2, h=12, color=color, page=page))
    elif layout == "columns":
        out.append(
            Ink(party.name, "sig", who, dx=2, dy=0, h=sig_h, color=color, page=page, yanchor=labels[2], y_dy=4, yocc=-1)
        )
        if date_text:
            out.append(
                Ink(
                    party.name,
                    "hand",
                    date_text,
                    dx=2,
                    dy=0,
                    h=13,
                    color=color,
                    page=page,
                    yanchor=labels[3],
                    y_dy=2,
                    yocc=-1,
                )
            )
    elif layout == "stacked":
        sig_dx = font("DejaVuSans.ttf", 95).getlength(f"{labels[2]}:") / 10 + 16
        day_dx = font("DejaVuSans.ttf", 95).getlength(f"{labels[3]}:") / 10 + 12
        out.append(
            Ink(f"{labels[2]}:", "sig", who, dx=sig_dx, dy=-4, h=sig_h, occurrence=index, color=color, page=page)
        )
        if date_text:
            out.append(
                Ink(
                    f"{labels[3]}:", "hand", date_text, dx=day_dx, dy=-1, h=13, occurrence=index, color=color, page=page
                )
            )
    else:
        out.append(Ink(party.name, "sig", who, dx=6, dy=-sig_h - 6, h=sig_h, color=color, page=page))
        if date_text:
            out.append(
                Ink(
                    f"{labels[3]}: ____",
                    "hand",
                    date_text,
                    dx=30,
                    dy=-6,
                    h=13,
                    occurrence=index,
                    color=color,
                    page=page,
                )
            )
    return out


# --------------------------------------------------------------------------------------------------------------
# the partners of this set (claiming partners; customers are defined with their claims)
# --------------------------------------------------------------------------------------------------------------

TIDEWATER = Org(
    "Tidewater Cloud Partners LLC",
    "Tidewater Cloud",
    "tidewatercloud.com",
    "US",
    "Norfolk, VA 23510",
    "420 W Main St, Suite 900",
    "#00796b",
    "EIN 54-2188417",
    "+1 757 555 0142",
)
OSTARA = Org(
    "Ostara IT Solutions GmbH",
    "Ostara IT",
    "ostara-it.de",
    "DE",
    "50670 Köln",
    "Hansaring 61",
    "#6a1b9a",
    "Amtsgericht Köln HRB 98231 · USt-IdNr. DE318442907",
    "+49 221 555 7310",
)
QUILLON = Org(
    "Quillon Digital Ltd",
    "Quillon",
    "quillondigital.co.uk",
    "GB",
    "Leeds LS1 5HU",
    "14 Park Row",
    "#c62828",
    "Registered in England & Wales No. 10984421 · VAT GB 274 1184 09",
    "+44 113 496 0211",
)
KEYSTONE = Org(
    "Keystone Ridge Technologies LLC",
    "Keystone Ridge",
    "keystoneridge.tech",
    "US",
    "Pittsburgh, PA 15222",
    "1100 Liberty Ave, Floor 7",
    "#37474f",
    "EIN 82-4417702",
    "+1 412 555 0187",
)
VISTULA = Org(
    "Vistula Systems Sp. z o.o.",
    "Vistula Systems",
    "vistulasystems.pl",
    "PL",
    "00-844 Warszawa",
    "ul. Grzybowska 62",
    "#1565c0",
    "KRS 0000614522 · NIP 5272771043",
    "+48 22 555 41 20",
)
POLARIS = Org(
    "Polaris Consulting AB",
    "Polaris",
    "polarisconsulting.se",
    "SE",
    "111 35 Stockholm",
    "Kungsgatan 44",
    "#283593",
    "Org.nr 559112-4470",
    "+46 8 555 218 40",
)
MERIDIAN = Org(
    "Meridian Ops Pte. Ltd.",
    "Meridian Ops",
    "meridianops.sg",
    "SG",
    "Singapore 138632",
    "1 Fusionopolis Way, #12-08",
    "#ef6c00",
    "UEN 201722418K",
    "+65 6555 0193",
)
SABIA = Org(
    "Sabiá Tecnologia Ltda.",
    "Sabiá",
    "sabiatec.com.br",
    "BR",
    "Curitiba - PR, 80010-010",
    "Rua Marechal Deodoro, 630 - 12º andar",
    "#2e7d32",
    "CNPJ 21.554.873/0001-40",
    "+55 41 3555-0148",
)
ANATOLIA = Org(
    "Anatolia Bilişim Teknolojileri A.Ş.",
    "Anatolia Bilişim",
    "anatoliabilisim.com.tr",
    "TR",
    "34394 Şişli/İstanbul",
    "Büyükdere Cad. No:185 Kat:9",
    "#b71c1c",
    "Mersis No: 0068112744900015",
    "+90 212 555 41 70",
)
FALCON = Org(
    "Falcon Gate Technologies FZ-LLC",
    "Falcon Gate",
    "falcongate.ae",
    "AE",
    "Dubai, United Arab Emirates",
    "Dubai Internet City, Building 3, Office 214",
    "#4e342e",
    "Licence No. 94122 · TRN 100447129600003",
    "+971 4 555 0166",
)
NORTHBEAM = Org(
    "Northbeam Solutions Inc.",
    "Northbeam",
    "northbeam.ca",
    "CA",
    "Montréal QC H3B 4W8",
    "1250 boul. René-Lévesque O., bureau 2200",
    "#0277bd",
    "BN 71442 9183 RT0001",
    "+1 514 555 0127",
)
HELVETIC = Org(
    "Helvetic Cloud AG",
    "Helvetic Cloud",
    "helvetic-cloud.ch",
    "CH",
    "6003 Luzern",
    "Bahnhofstrasse 12",
    "#d32f2f",
    "CHE-412.118.905 MWST",
    "+41 41 555 72 10",
)
VLTAVA = Org(
    "Vltava Cloud s.r.o.",
    "Vltava Cloud",
    "vltavacloud.cz",
    "CZ",
    "110 00 Praha 1",
    "Na Florenci 2116/15",
    "#00838f",
    "IČO 07744218 · DIČ CZ07744218",
    "+420 225 555 180",
)
VELUWE = Org(
    "Veluwe ICT B.V.",
    "Veluwe ICT",
    "veluwe-ict.nl",
    "NL",
    "7311 NZ Apeldoorn",
    "Stationsplein 8",
    "#558b2f",
    "KvK 71224183 · BTW NL858812744B01",
    "+31 55 555 0190",
)
IBERICA = Org(
    "Ibérica Nube S.L.",
    "Ibérica Nube",
    "ibericanube.es",
    "ES",
    "28006 Madrid",
    "Calle de Serrano 88, 3ª planta",
    "#e65100",
    "CIF B88214573",
    "+34 91 555 23 40",
)
LAGUNA = Org(
    "Laguna Digitale S.r.l.",
    "Laguna Digitale",
    "lagunadigitale.it",
    "IT",
    "30172 Mestre (VE)",
    "Via Torino 54",
    "#00695c",
    "P.IVA 04412880278",
    "+39 041 555 0172",
)
NIHON = Org(
    "Nihon Cloudworks K.K.",
    "Cloudworks",
    "cloudworks.co.jp",
    "JP",
    "Minato-ku, Tokyo 108-0023",
    "3-4-1 Shibaura",
    "#1a237e",
    "",
    "+81 3 5555 0141",
)
HANRIVER = Org(
    "Han River Systems Co., Ltd.",
    "Han River Systems",
    "hanriversys.co.kr",
    "KR",
    "Seoul 06236",
    "Teheran-ro 152, Gangnam-gu",
    "#0d47a1",
    "Business Reg. No. 214-88-41207",
    "+82 2 555 0184",
)
CASTELLAN = Org(
    "Castellan Security Ltd",
    "Castellan",
    "castellansec.co.uk",
    "GB",
    "Bristol BS1 6DZ",
    "3 Temple Quay",
    "#212121",
    "Registered in England & Wales No. 11842270",
    "+44 117 496 0388",
)
ZENITH = Org(
    "Zenith Secure Services Pvt. Ltd.",
    "Zenith Secure",
    "zenithsecure.in",
    "IN",
    "Bengaluru 560103",
    "Prestige Tech Park, Outer Ring Road, Marathahalli",
    "#6d4c41",
    "CIN U72900KA2017PTC104418 · GSTIN 29AAFCZ4418K1Z2",
    "+91 80 4555 0172",
)
ARDENT = Org(
    "Ardent Azure Partners Inc.",
    "Ardent Azure",
    "ardentazure.com",
    "US",
    "Dallas, TX 75201",
    "2001 Ross Ave, Suite 1800",
    "#1976d2",
    "EIN 85-3311904",
    "+1 214 555 0139",
)
COASTLINE = Org(
    "Coastline Dynamics Pty Ltd",
    "Coastline Dynamics",
    "coastlinedynamics.com.au",
    "AU",
    "Adelaide SA 5000",
    "Level 9, 80 Grenfell Street",
    "#00897b",
    "ABN 61 624 118 907",
    "+61 8 5555 0142",
)
ISAR = Org(
    "Isar Business Apps GmbH",
    "Isar BizApps",
    "isar-bizapps.de",
    "DE",
    "80804 München",
    "Leopoldstraße 180",
    "#3949ab",
    "Amtsgericht München HRB 241877",
    "+49 89 555 3190",
)
MEXCLOUD = Org(
    "Mexcloud Soluciones, S.A. de C.V.",
    "Mexcloud",
    "mexcloud.mx",
    "MX",
    "06600 Ciudad de México, CDMX",
    "Av. Paseo de la Reforma 296, Piso 14, Col. Juárez",
    "#00897b",
    "RFC MSO170412KJ8",
    "+52 55 5555 0147",
)
LOWVELD = Org(
    "Lowveld IT (Pty) Ltd",
    "Lowveld IT",
    "lowveldit.co.za",
    "ZA",
    "Mbombela 1200",
    "14 Brown Street",
    "#8d6e63",
    "Reg. No. 2014/118842/07 · VAT 4420271183",
    "+27 13 555 0160",
)
KAURI = Org(
    "Kauri Digital Ltd",
    "Kauri Digital",
    "kauridigital.co.nz",
    "NZ",
    "Wellington 6011",
    "Level 4, 22 Customhouse Quay",
    "#2e7d32",
    "NZBN 9429047218830",
    "+64 4 555 0139",
)
BORICUA = Org(
    "Boricua Tech Partners LLC",
    "Boricua Tech",
    "boricuatech.com",
    "PR",
    "San Juan, PR 00907",
    "1250 Ave. Ponce de León, Suite 701",
    "#c2185b",
    "",
    "+1 787 555 0124",
)
ARAUCARIA = Org(
    "Araucaria Consultores SpA",
    "Araucaria",
    "araucaria.cl",
    "CL",
    "Las Condes, Santiago",
    "Av. Apoquindo 4800, Of. 1502",
    "#33691e",
    "RUT 76.884.215-3",
    "+56 2 2555 0147",
)
CORDILLERA = Org(
    "Cordillera Digital S.A.S.",
    "Cordillera Digital",
    "cordilleradigital.co",
    "CO",
    "Bogotá D.C.",
    "Calle 93 #11-26, Of. 502",
    "#5d4037",
    "NIT 901.224.718-3",
    "+57 601 555 0138",
)
NUAGE = Org(
    "Nuage Breton SAS",
    "Nuage Breton",
    "nuagebreton.fr",
    "FR",
    "35000 Rennes",
    "12 quai Duguay-Trouin",
    "#1565c0",
    "SIREN 852 114 903 · TVA FR41852114903",
    "+33 2 55 55 01 42",
)
BLUEFJELL = Org(
    "Bluefjell Consulting AS",
    "Bluefjell",
    "bluefjell.no",
    "NO",
    "5013 Bergen",
    "Strandkaien 2",
    "#0277bd",
    "Org.nr 921 447 318 MVA",
    "+47 55 55 01 42",
)


def footer_block(p: Person, extra: str = "") -> str:
    """A partner's e-mail signature (the same on every mail a person sends: boilerplate, not evidence)."""
    lines = [p.name, p.title, p.org.name, f"{p.org.street} | {p.org.city}", f"T {p.phone} | {p.org.domain}"]
    if extra:
        lines.append(extra)
    return "\n".join(lines)


TIDEWATER_DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive and confidential use of the "
    "intended recipient(s). If you are not an intended recipient, please notify the sender and delete this message. "
    "Tidewater Cloud Partners LLC is a Microsoft Solutions Partner for Modern Work and Security."
)

# --------------------------------------------------------------------------------------------------------------
# document templates used by more than one claim
# --------------------------------------------------------------------------------------------------------------


def take_pages(pdf: bytes, pages: Sequence[int]) -> bytes:
    doc = pymupdf.open("pdf", pdf)
    doc.select(list(pages))
    data = doc.tobytes(garbage=3, deflate=True)
    doc.close()
    return data


def report_pdf(
    org: Org,
    html: str | Sequence[str],
    m: Meta,
    seed: str,
    *,
    right: str = "",
    footer: str = "",
    size: pymupdf.Rect = A4,
    style: str | None = None,
    images: dict[str, bytes] | None = None,
    numbers: str = "Page {i} of {n}",
) -> bytes:
    return html_pdf(
        html,
        m,
        seed,
        size=size,
        style=style or css(org.color),
        images=images,
        decor=Decor(
            org, right=right, footer=footer or f"{escape(org.name)} · Confidential", accent=org.color, numbers=numbers
        ),
    )


TIDEWATER_METHOD = (
    "Tidewater delivers every Modern Work engagement in four phases – <b>Discover</b>, <b>Design</b>, "
    "<b>Deploy</b> and <b>Adopt</b>. Each phase ends with a checkpoint with the customer's project owner. This "
    "closure report records what was delivered, the measured outcome against the success criteria agreed at "
    "kick-off, open items handed over to the customer's IT team, and the customer's acceptance."
)


def tidewater_closure(
    cust: Org,
    ref: str,
    day: dt.date,
    summary: str,
    scope: Sequence[tuple[str, str, str]],
    metrics: Sequence[tuple[str, str, str]],
    phases: Sequence[tuple[str, str, str]],
    handover: Sequence[str],
    parties: Sequence[Party],
    seed: str,
    *,
    acceptance_note: str = "",
    author: str = "Megan Sorensen",
) -> bytes:
    """Tidewater Cloud's own closure-report template (the same template for every customer)."""
    cover = f"""
<p class="muted" style="margin-top:40pt">PROJECT CLOSURE REPORT</p>
<h1 style="font-size:24pt">{escape(cust.name)}</h1>
<p style="font-size:12pt">{escape(summary.split(".")[0])}</p>
{
        kv(
            [
                ("Document reference", ref),
                ("Version", "1.0 – Final"),
                ("Date", fdate(day, "us_long")),
                ("Prepared by", "Tidewater Cloud Partners LLC"),
                ("Prepared for", escape(cust.name)),
            ]
        )
    }
<h2>About this report</h2><p>{TIDEWATER_METHOD}</p>
"""
    body = f"""
<h2>1. Executive summary</h2><p>{summary}</p>
<h2>2. Scope and workloads</h2>
{grid(["Workload", "In scope", "Delivered"], scope, [26, 50, 24])}
<h2>3. Outcome against success criteria</h2>
{grid(["Success criterion", "Target", "Result"], metrics, [50, 22, 28])}
<h2>4. Delivery timeline</h2>
{grid(["Phase", "Dates", "Activities"], phases, [16, 24, 60])}
<h2>5. Handover and open items</h2>{ul(handover)}
"""
    accept = "<h2>6. Customer acceptance</h2>"
    if acceptance_note:
        accept += f"<p>{acceptance_note}</p>" + kv(
            [
                ("Accepted by", escape(parties[0].name) + ", " + escape(parties[0].title)),
                ("Organisation", escape(cust.name)),
            ]
        )
    else:
        accept += signoff(
            "rows",
            parties,
            heading="",
            statement=f"By signing, {escape(cust.name)} confirms that the deliverables listed in this closure report "
            f"were delivered by Tidewater Cloud Partners LLC and accepts the project as complete.",
        )
    return report_pdf(
        TIDEWATER,
        [cover, body, accept],
        meta(f"{cust.short} – Project Closure Report", author, T(day.year, day.month, day.day, 16, 5, -4)),
        seed,
        right=f"Project Closure Report · {ref}",
        footer="Tidewater Cloud Partners LLC · 420 W Main St, Norfolk VA · Confidential",
    )


AMMP_ACTIVITIES = [
    "Application Compatibility Assessment/Review",
    "Landing Zone Setup or Review",
    "Modernization activities (including Arc-enablement as required)",
    "Azure security deployment and setup (recommended)",
]
AMMP_NAME = "AMMP App/Data Modernization (Small)"
AMMP_RATES = {"A": 15000.0, "B": 12000.0, "C": 7500.0}
MARKET_A = {
    "AU",
    "AT",
    "BE",
    "CA",
    "DK",
    "FI",
    "FR",
    "DE",
    "IS",
    "IE",
    "LU",
    "NL",
    "NZ",
    "NO",
    "SE",
    "CH",
    "GB",
    "US",
    "JP",
}
MARKET_B = {
    "AE",
    "BS",
    "BH",
    "BA",
    "BN",
    "KY",
    "CI",
    "EE",
    "HK",
    "IT",
    "IL",
    "JO",
    "JM",
    "KW",
    "LB",
    "MU",
    "OM",
    "QA",
    "PR",
    "SA",
    "SN",
    "SG",
    "ES",
    "SI",
}


def market(country: str) -> str:
    return "A" if country in MARKET_A else "B" if country in MARKET_B else "C"


def ammp_poe(
    partner: Org,
    cust: Org,
    cid: str,
    app: str,
    arr: str,
    done: Sequence[tuple[str, str]],
    details: str,
    parties: Sequence[Party],
    day: dt.date,
    seed: str,
    *,
    date_style: str = "us_long",
    author: str = "",
) -> bytes:
    """The AMMP proof-of-execution template, filled in by the partner (its activity list is the programme's own)."""
    rows = [(escape(a), d, n) for a, (d, n) in zip(AMMP_ACTIVITIES, done, strict=True)]
    html = f"""
<p class="muted">Azure Migration and Modernization Program (AMMP) – Partner-led</p>
<h1>{AMMP_NAME}</h1><p><b>Proof of Execution – Delivery Confirmation</b></p>
{
        kv(
            [
                ("MCI claim ID", cid),
                ("Partner", escape(partner.name)),
                ("Customer", escape(cust.name)),
                ("Application / workload", escape(app)),
                ("Estimated Azure consumption (ARR)", escape(arr)),
                ("Date", fdate(day, date_style)),
            ]
        )
    }
<h2>Required activities</h2>
<p class="small">The following activities must be completed for the engagement to be considered fully delivered.</p>
{grid(["Activity", "Completed", "Evidence / notes"], rows, [34, 16, 50])}
<h2>Delivery details</h2>{details}
"""
    confirm = signoff(
        "columns",
        parties,
        heading="Confirmation",
        statement=f"{escape(cust.name)} confirms that the activities above were delivered by "
        f"{escape(partner.name)} for MCI claim {cid}.",
    )
    return html_pdf(
        [html, confirm],
        meta(f"AMMP POE – {cust.short}", author or partner.short, T(day.year, day.month, day.day, 11)),
        seed,
        style=css("#0f4c81"),
        decor=Decor(partner, right=f"AMMP Partner-led · Claim {cid}", footer=escape(partner.name), accent="#0f4c81"),
    )


def ms_poe_template(
    partner: Org,
    cust: Org,
    signer: Person,
    products: Sequence[tuple[str, Sequence[str]]],
    scope: str,
    start: dt.date,
    end: dt.date,
    seed: str,
) -> bytes:
    """Microsoft's optional CPOR POE template for Security usage, filled in by the partner."""
    all_products = [
        "Microsoft Entra ID P2 (formerly AADP P2)",
        "Microsoft Defender for Endpoint (MDE)",
        "Microsoft Purview Information Protection (MIP)",
        "Microsoft Intune",
        "Microsoft Purview Insider Risk Management (IRM)",
        "Microsoft Defender for Identity",
        "Microsoft Defender for Office 365",
        "Microsoft Defender for Cloud Apps (formerly MCAS)",
    ]
    chosen = dict(products)
    rows = []
    for prod in all_products:
        acts = chosen.get(prod, ())
        mark = "☒" if prod in chosen else "☐"
        cells = " ".join(
            ("☒ " if a in acts else "☐ ") + a for a in ("Deployment", "Implementation", "Adoption/Change Mgmt.")
        )
        rows.append((f"{mark} {escape(prod)}", cells))
    html = f"""
<p class="small">Valid for use in the following MCI incentives: Security Usage</p>
<h2>Section 1 (Required): Select product(s)/workload(s) and activity type</h2>
{grid([], rows, [48, 52])}
<h2>Section 2 (Required): Scope of Work Details</h2>
<p class="small">Describe in detail the work performed following the product and activity selection in Section 1.
Generic high-level descriptions will not be accepted.</p>
<div class="box">{scope}</div>
<h2>Section 3 (Required): Partner and Customer Contact Information</h2>
{
        kv(
            [
                ("Partner Company Name", escape(partner.name)),
                ("Customer Company Name", escape(cust.name)),
                ("Customer Signatory Name (printed)", escape(signer.name)),
                ("Customer Signatory Role or Job Title", escape(signer.title)),
                ("Engagement Start and End Date", f"{fdate(start, 'us_long')} – {fdate(end, 'us_long')}"),
            ]
        )
    }
<h2>Section 3.1 (Required): Customer Acknowledgment*</h2>
<p class="small">*Customer acknowledgement must be dated within 12 months of claim submission. Applicable for Dates
Signed field below.</p>
{fields([("Signature", "", 48), ("Date Signed", "", 20)])}
"""
    return html_pdf(
        html,
        meta("CPOR POE Template – Security Usage", partner.short, T(end.year, end.month, end.day)),
        seed,
        style=css("#2b579a", size=9),
    )


def closure_email_thread(*mails: Mail) -> Mail:
    """Chain messages into a thread: each quotes the one before."""
    prev: Mail | None = None
    for m in mails:
        m.quoted = prev
        prev = m
    assert prev is not None
    return prev


def portal_screenshot(
    title: str,
    tiles: Sequence[tuple[str, str]],
    rows: Sequence[Sequence[str]],
    head: Sequence[str],
    seed: str,
    tenant: str = "",
) -> bytes:
    """A screenshot of an admin portal page (Intune / Defender / Azure), as partners paste them."""
    W, H = 1440, 900
    img = Image.new("RGB", (W, H), (250, 249, 248))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, 40), fill=(32, 31, 30))
    d.text((16, 10), "Microsoft " + title.split(" | ")[0], font=font("DejaVuSans.ttf", 16), fill="white")
    if tenant:
        d.text(
            (W - 20 - font("DejaVuSans.ttf", 13).getlength(tenant), 12),
            tenant,
            font=font("DejaVuSans.ttf", 13),
            fill=(220, 220, 220),
        )
    d.rectangle((0, 40, 230, H), fill=(243, 242, 241))
    for i, label in enumerate(
        [
            "Home",
            "Dashboard",
            "All services",
            "Devices",
            "Apps",
            "Endpoint security",
            "Reports",
            "Users",
            "Groups",
            "Tenant administration",
        ]
    ):
        d.text((22, 62 + i * 34), label, font=font("DejaVuSans.ttf", 14), fill=(50, 49, 48))
    d.text((260, 58), title.split(" | ")[-1], font=font("DejaVuSans-Bold.ttf", 22), fill=(32, 31, 30))
    for i, (label, value) in enumerate(tiles):
        x = 260 + i * 280
        d.rounded_rectangle((x, 110, x + 260, 210), radius=6, fill="white", outline=(225, 223, 221))
        d.text((x + 16, 124), label, font=font("DejaVuSans.ttf", 14), fill=(96, 94, 92))
        d.text((x + 16, 152), value, font=font("DejaVuSans-Bold.ttf", 30), fill=(0, 90, 158))
    y = 250
    colw = (W - 300) // max(1, len(head))
    d.rectangle((260, y, W - 40, y + 34), fill=(237, 235, 233))
    for j, h in enumerate(head):
        d.text((272 + j * colw, y + 8), h, font=font("DejaVuSans-Bold.ttf", 13), fill=(50, 49, 48))
    for i, row in enumerate(rows):
        yy = y + 34 + i * 32
        if yy > H - 40:
            break
        d.line((260, yy + 31, W - 40, yy + 31), fill=(237, 235, 233))
        for j, v in enumerate(row):
            d.text((272 + j * colw, yy + 8), v, font=font("DejaVuSans.ttf", 13), fill=(50, 49, 48))
    return png(img)


def with_scanned_pages(
    pdf: bytes, scan_pages: Sequence[int], inks: Sequence[Ink], seed: str, when: dt.datetime, m: Meta, **kw: Any
) -> bytes:
    """A digital report whose sign-off page(s) were printed, signed by hand, scanned and put back in."""
    scanned = scan_pdf(pdf, inks, seed, when, pages=scan_pages, **kw)
    src = pymupdf.open("pdf", pdf)
    sc = pymupdf.open("pdf", scanned)
    out = pymupdf.open()
    j = 0
    for i in range(len(src)):
        if i in scan_pages:
            out.insert_pdf(sc, from_page=j, to_page=j)
            j += 1
        else:
            out.insert_pdf(src, from_page=i, to_page=i)
    return finish(out, m, seed, subset=False)


# --------------------------------------------------------------------------------------------------------------
# partner staff
# --------------------------------------------------------------------------------------------------------------

TW_PM = person(TIDEWATER, "Megan Sorensen", "Project Manager", "msorensen", "+1 757 555 0142")
TW_LEAD = person(TIDEWATER, "Andre Whitfield", "Engagement Lead, Modern Work", "awhitfield", "+1 757 555 0160")
OS_SEC = person(OSTARA, "Felix Brandt", "Senior Consultant Security", "f.brandt")
OS_PM = person(OSTARA, "Miriam Esser", "Projektleiterin", "m.esser")
QD_DM = person(QUILLON, "Hannah Okafor", "Delivery Manager", "hannah.okafor")
QD_VOICE = person(QUILLON, "Tom Ridley", "Teams Voice Consultant", "tom.ridley")
KR_LEAD = person(KEYSTONE, "Ryan Kowalski", "Security Practice Lead", "rkowalski")
KR_AM = person(KEYSTONE, "Dana Pruitt", "Account Manager", "dpruitt")
VS_PM = person(VISTULA, "Tomasz Wieczorek", "Project Manager", "t.wieczorek")
PC_SEC = person(POLARIS, "Erik Lindqvist", "Security Architect", "erik.lindqvist")
PC_PM = person(POLARIS, "Sara Holm", "Project Manager", "sara.holm")
MO_SEC = person(MERIDIAN, "Arun Pillai", "Security Consultant", "arun.pillai")
MO_SDM = person(MERIDIAN, "Tan Wei Ling", "Service Delivery Manager", "weiling.tan")
SB_PM = person(SABIA, "Rafael Nogueira", "Gerente de Projetos", "rafael.nogueira")
AB_PM = person(ANATOLIA, "Emre Yıldız", "Proje Yöneticisi / Project Manager", "emre.yildiz")
FG_PM = person(FALCON, "Priya Menon", "Project Manager", "priya.menon")
FG_AM = person(FALCON, "Omar Al Suwaidi", "Account Director", "omar.alsuwaidi")
NB_PM = person(NORTHBEAM, "Julie Tremblay", "Chargée de projet / Project Manager", "jtremblay")
NB_ADMIN = person(NORTHBEAM, "Claims Desk", "Partner Programs", "claims")
HC_PM = person(HELVETIC, "Lukas Meier", "Projektleiter", "lukas.meier")
VC_PM = person(VLTAVA, "Petr Svoboda", "Project Manager", "petr.svoboda")
VI_PM = person(VELUWE, "Bram de Groot", "Projectleider", "b.degroot")
IN_PM = person(IBERICA, "Álvaro Ruiz", "Jefe de Proyecto", "alvaro.ruiz")
LD_PM = person(LAGUNA, "Francesca Zanetti", "Account Manager", "f.zanetti")
CW_PM = person(NIHON, "Haruto Sato", "Project Manager", "h.sato")
HR_PM = person(HANRIVER, "Kim Min-jun", "Project Manager", "minjun.kim")
CS_SDM = person(CASTELLAN, "Rhys Llewellyn", "SOC Service Manager", "rhys.llewellyn")
CS_HEAD = person(CASTELLAN, "Aisha Bello", "Head of Managed Detection & Response", "aisha.bello")
ZS_SOC = person(ZENITH, "Ananya Iyer", "SOC Delivery Manager", "ananya.iyer")
AA_ARCH = person(ARDENT, "Caleb Morrison", "Principal Cloud Architect", "cmorrison")
AA_EM = person(ARDENT, "Jessica Huang", "Engagement Manager", "jhuang")
CD_SA = person(COASTLINE, "Chloe Patterson", "Solution Architect, Dynamics 365", "chloe.patterson")
IB_PC = person(ISAR, "Katharina Vogel", "Principal Consultant Dynamics 365", "k.vogel")
MX_PM = person(MEXCLOUD, "Diego Ramírez", "Gerente de Proyectos", "diego.ramirez")
LV_PM = person(LOWVELD, "Sipho Nkosi", "Project Lead", "sipho.nkosi")
KD_LEAD = person(KAURI, "Aroha Ngata", "Delivery Lead", "aroha.ngata")
BT_PM = person(BORICUA, "Gabriela Rivera Ortiz", "Project Manager", "grivera")
AC_PM = person(ARAUCARIA, "Ignacio Muñoz", "Consultor Senior", "ignacio.munoz")
CO_PM = person(CORDILLERA, "Valentina Ospina", "Consultora Dynamics 365", "valentina.ospina")
NU_PM = person(NUAGE, "Yann Le Gall", "Chef de projet", "yann.legall")
BF_PM = person(BLUEFJELL, "Ingrid Haugland", "Prosjektleder / Project Manager", "ingrid.haugland")


def tw_mail_footer(p: Person) -> str:
    return footer_block(p) + "\n\n" + TIDEWATER_DISCLAIMER


# --------------------------------------------------------------------------------------------------------------
# Tidewater's closure-report template: three customers, each with their own numbers (boilerplate, not reuse)
# --------------------------------------------------------------------------------------------------------------


def s49_001_bayfront_closure_report() -> Bundle:
    cid = "4901001"
    cust = Org(
        "Bayfront Logistics Inc.",
        "Bayfront Logistics",
        "bayfrontlogistics.com",
        "US",
        "Norfolk, VA 23502",
        "5800 Virginia Beach Blvd",
        "#0b5394",
    )
    cc = person(cust, "Lorraine Mitchell", "Director of IT", "lmitchell")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", TIDEWATER.name, TW_PM.name, TW_PM.title),
    ]
    report = tidewater_closure(
        cust,
        "TCP-CR-2026-014",
        D(2026, 3, 24),
        "Tidewater moved Bayfront Logistics' 1,420 users and their Windows and iOS devices from an on-premises "
        "Configuration Manager / MobileIron estate to Microsoft Intune, and replaced Office 2016 with Microsoft 365 "
        "Apps for enterprise at the Norfolk head office and six distribution centers. All success criteria were met.",
        [
            (
                "Microsoft Intune",
                "Windows 11 enrollment (Autopilot for new devices), iOS via Apple Business Manager, "
                "compliance and configuration policies, BitLocker, Windows Update for Business rings",
                "Yes",
            ),
            (
                "Microsoft 365 Apps",
                "Deployment of Microsoft 365 Apps for enterprise (Monthly Enterprise Channel) via "
                "Intune, removal of Office 2016, OneDrive Known Folder Move",
                "Yes",
            ),
        ],
        [
            ("Windows devices enrolled in Intune", "1,150", "1,180 (340 via Autopilot)"),
            ("iOS devices enrolled (ABM, supervised)", "250", "260"),
            ("Compliance policies / configuration profiles live", "12 / 20", "14 / 22"),
            ("Users on Microsoft 365 Apps, Office 2016 removed", "1,400", "1,420"),
            ("MobileIron decommissioned", "by 03/31/2026", "03/18/2026"),
        ],
        [
            ("Discover", "01/12/2026 – 01/23/2026", "Inventory of 1,290 devices, app packaging list (46 apps)"),
            ("Design", "01/26/2026 – 02/06/2026", "Intune design, compliance baseline, update rings, ABM tokens"),
            ("Deploy", "02/09/2026 – 03/13/2026", "Pilot (60 users), then HQ and six distribution centers in 4 waves"),
            ("Adopt", "03/16/2026 – 03/20/2026", "Floor-walking at DCs, 9 admin training sessions, runbook handover"),
        ],
        [
            "Two legacy scanner apps (Zebra) remain on Configuration Manager until the vendor ships an MSIX package.",
            "Bayfront service desk owns Autopilot profile changes from 03/23/2026 (runbook v1.2 handed over).",
            "Quarterly compliance review with Tidewater agreed under the managed services schedule.",
        ],
        parties,
        f"{cid}|report",
    )
    inks = [
        *sign_inks("rows", parties[0], 0, "03/27/2026"),
        *sign_inks("rows", parties[1], 1, "03/27/2026", color=INK_BLACK),
    ]
    final = with_scanned_pages(
        report,
        [page_of(report, "6. Customer acceptance")],
        inks,
        f"{cid}|scan",
        T(2026, 3, 27, 14, 40, -4),
        meta("Bayfront – Project Closure Report (signed)", TW_PM.name, T(2026, 3, 30, 9, 12, -4)),
        dpi=150,
        skew=0.5,
    )
    shot = portal_screenshot(
        "Intune admin center | Devices | Overview",
        [("Enrolled devices", "1,440"), ("Compliant", "97.6%"), ("Windows", "1,180"), ("iOS/iPadOS", "260")],
        [
            ("BFL-DC3-LT0141", "Windows", "Compliant", "Loading Dock DC3"),
            ("BFL-HQ-LT0622", "Windows", "Compliant", "HQ Finance"),
            ("BFL-iPad-2210", "iOS/iPadOS", "Compliant", "DC5 Yard"),
            ("BFL-DC1-LT0088", "Windows", "Compliant", "DC1 Ops"),
        ],
        ["Device name", "OS", "Compliance", "Primary user group"],
        f"{cid}|shot",
        tenant="bayfrontlogistics.com",
    )
    files = {
        "POE/Bayfront Logistics - Project Closure Report TCP-CR-2026-014 (signed).pdf": final,
        "POE/Intune enrollment summary 2026-03-20.png": shot,
    }
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=TIDEWATER,
        pc=TW_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT 365 APPS"],
        submitted=T(2026, 4, 14, 15, 2, -4),
        docs=[
            ("POE/Bayfront Logistics - Project Closure Report TCP-CR-2026-014 (signed).pdf", "poe"),
            ("POE/Intune enrollment summary 2026-03-20.png", "supporting"),
        ],
    )
    return Bundle(
        f"{cid}_bayfront_closure_report",
        claim,
        files,
        "approve",
        "Partner's closure report with device/user numbers per workload, timeline and a hand-signed acceptance page "
        "(scanned) from Bayfront's Director of IT dated 03/27/2026, three weeks before submission. Tidewater uses the "
        "same report template on other claims, with different customers and numbers: that is boilerplate.",
        "Scanned last page: Bayfront signature row dated 03/27/2026; report pages give 1,180 Windows / 260 iOS "
        "devices in Intune and 1,420 users on Microsoft 365 Apps.",
        cpor_ok(),
    )


def s49_002_greenhollow_closure_email() -> Bundle:
    cid = "4901002"
    cust = Org(
        "Greenhollow Title & Escrow, LLC",
        "Greenhollow Title",
        "greenhollowtitle.com",
        "US",
        "Richmond, VA 23219",
        "901 E Cary St, Suite 300",
        "#7cb342",
    )
    cc = person(cust, "Nicole Bauer", "Director of Branch Operations", "nbauer")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", TIDEWATER.name, TW_PM.name, TW_PM.title),
    ]
    report = tidewater_closure(
        cust,
        "TCP-CR-2026-022",
        D(2026, 5, 1),
        "Tidewater migrated Greenhollow's 34 title and escrow branches from an on-premises Exchange 2016 server and a "
        "shared file server to Exchange Online, Microsoft Teams and a SharePoint Online intranet. Every branch now "
        "uses "
        "Teams to coordinate closings and the closing procedures manual lives on SharePoint.",
        [
            (
                "Exchange Online",
                "Cutover migration of user and shared mailboxes, mail flow, DKIM/DMARC, retention",
                "Yes",
            ),
            (
                "Microsoft Teams",
                "A team per branch plus Operations, Underwriting and Escrow Leads; channel design; "
                "meeting policies; closer training",
                "Yes",
            ),
            (
                "SharePoint Online",
                "Intranet hub with 12 sites, migration of the 2.1 TB branch file share, permissions model by region",
                "Yes",
            ),
        ],
        [
            ("Mailboxes migrated without data loss", "600", "612 user + 41 shared"),
            ("Branches using Teams daily (week 4 after go-live)", "30 of 34", "34 of 34"),
            ("Teams created and governed", "36", "38"),
            ("File share content migrated to SharePoint", "2.0 TB", "2.1 TB, 12 sites"),
            ("Exchange 2016 decommissioned", "by 04/30/2026", "04/24/2026"),
        ],
        [
            ("Discover", "02/02/2026 – 02/13/2026", "Mailbox and file share inventory, branch interviews (8 sites)"),
            ("Design", "02/16/2026 – 02/27/2026", "Teams structure, SharePoint information architecture, cutover plan"),
            ("Deploy", "03/02/2026 – 04/17/2026", "3 mailbox batches, Teams rollout by region, file share migration"),
            ("Adopt", "04/20/2026 – 04/30/2026", "Champions network (one per branch), 14 training sessions"),
        ],
        [
            "Branch managers own Teams membership changes; Tidewater provides quarterly governance review.",
            "Legacy Exchange server was wiped and recycled on 04/24/2026 (certificate of destruction on file).",
        ],
        parties,
        f"{cid}|report",
        acceptance_note="Customer acceptance was given by e-mail on 05/06/2026 (attached to this claim).",
    )
    m1 = Mail(
        TW_PM,
        [cc],
        "Greenhollow – M365 migration closure report for sign-off",
        T(2026, 5, 4, 16, 40, -4),
        "Hi Nicole,\n\nAttached is the final closure report for the Microsoft 365 migration (TCP-CR-2026-022). As "
        "discussed at Friday's checkpoint, all 34 branches are on Exchange Online, the 38 teams are live and the "
        "SharePoint intranet has replaced the old file share.\n\nCould you review it and reply to confirm that "
        "Greenhollow accepts the project as complete?\n\nBest regards,\nMegan\n\n" + tw_mail_footer(TW_PM),
        cc=[TW_LEAD],
        attachments=[("Greenhollow - Project Closure Report TCP-CR-2026-022.pdf", report)],
    )
    m2 = Mail(
        cc,
        [TW_PM],
        "RE: Greenhollow – M365 migration closure report for sign-off",
        T(2026, 5, 6, 9, 12, -4),
        "Hi Megan,\n\nI went through the closure report with our regional managers yesterday. It matches what we saw "
        "in the branches: all 612 mailboxes came over with no lost mail, the closing teams are using their Teams "
        "every day and the closing procedures manual is on the new SharePoint intranet.\n\nGreenhollow accepts the "
        "project as "
        "complete. Thank you to the whole Tidewater team.\n\nNicole\n\nNicole Bauer | Director of Branch "
        "Operations\nGreenhollow Title & Escrow, LLC\n901 E Cary St, Suite 300, Richmond, VA 23219",
        cc=[TW_LEAD],
        quoted=m1,
    )
    files = {
        "POE/Greenhollow - Project Closure Report TCP-CR-2026-022.pdf": report,
        "POE/RE_ Greenhollow – M365 migration closure report for sign-off.msg": msg_file(m2),
    }
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=TIDEWATER,
        pc=TW_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 5, 20, 11, 30, -4),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_greenhollow_closure_email",
        claim,
        files,
        "approve",
        "Closure report in the partner's template with this customer's own numbers (612 mailboxes, 34 branches, "
        "38 teams, 12 SharePoint sites) and an e-mail from greenhollowtitle.com accepting it on 05/06/2026. The "
        "report's acceptance section only points to the e-mail, which is the acknowledgement. Template wording, "
        "e-mail footer and disclaimer are shared with Tidewater's other claims: boilerplate, not reuse.",
        "Reply from nbauer@greenhollowtitle.com, 05/06/2026: 'Greenhollow accepts the project as complete'.",
        cpor_ok(email_ack=True),
        container="zip",
    )


# --------------------------------------------------------------------------------------------------------------
# scans, dates and languages
# --------------------------------------------------------------------------------------------------------------


def s49_003_kaltenbach_bilingual_scan() -> Bundle:
    cid = "4901003"
    cust = Org(
        "Brauerei Kaltenbach GmbH & Co. KG",
        "Brauerei Kaltenbach",
        "kaltenbach-brauerei.de",
        "DE",
        "88212 Ravensburg",
        "Kaltenbachstraße 4",
        "#8d6e63",
        "Amtsgericht Ulm HRA 640112",
    )
    cc = person(cust, "Thomas Reiser", "Leiter IT / Head of IT", "t.reiser")
    labels = ("Name", "Funktion / Title", "Unterschrift / Signature", "Datum / Date")
    parties = [
        Party("Auftraggeber / Customer", cust.name, cc.name, "Leiter IT"),
        Party("Auftragnehmer / Contractor", OSTARA.name, OS_SEC.name, "Senior Consultant Security"),
    ]
    rows = [
        (
            "<b>Projekt</b><br/>Einführung Microsoft Defender for Endpoint, Defender for Office 365 und Entra ID P2",
            "<b>Project</b><br/>Rollout of Microsoft Defender for Endpoint, Defender for Office 365 and Entra ID P2",
        ),
        ("<b>Zeitraum</b><br/>02.03.2026 – 30.04.2026", "<b>Period</b><br/>2 March 2026 – 30 April 2026"),
        (
            "<b>Defender for Endpoint</b><br/>Onboarding von 412 Clients und 38 Servern (Intune bzw. GPO), "
            "ASR-Regeln im Blockmodus, EDR im Blockmodus, Gerätegruppen je Standort (Ravensburg, Weingarten, Logistik)",
            "<b>Defender for Endpoint</b><br/>Onboarded 412 clients and 38 servers (Intune / GPO), ASR rules in block "
            "mode, EDR in block mode, device groups per site (Ravensburg, Weingarten, logistics)",
        ),
        (
            "<b>Defender for Office 365 (Plan 2)</b><br/>Safe Links und Safe Attachments für 455 Postfächer, "
            "Anti-Phishing-Richtlinien, zwei Phishing-Simulationen für alle 455 Benutzer",
            "<b>Defender for Office 365 (Plan 2)</b><br/>Safe Links and Safe Attachments for 455 mailboxes, "
            "anti-phishing "
            "policies, two attack simulations for all 455 users",
        ),
        (
            "<b>Entra ID P2</b><br/>Privileged Identity Management für 14 Admin-Rollen, risikobasierter bedingter "
            "Zugriff für 455 Benutzer, quartalsweise Access Reviews",
            "<b>Entra ID P2</b><br/>Privileged Identity Management for 14 admin roles, risk-based Conditional Access "
            "for 455 users, quarterly access reviews",
        ),
    ]
    html = f"""
<h1>Abnahmeprotokoll / Acceptance Certificate</h1>
{
        kv(
            [
                ("Auftraggeber / Customer", escape(cust.name) + ", " + escape(cust.address)),
                ("Auftragnehmer / Contractor", escape(OSTARA.name) + ", " + escape(OSTARA.address)),
                ("Bestellung / Order", "BK-2026-0117 vom / of 18.02.2026"),
            ]
        )
    }
{grid(["Deutsch", "English"], rows, [50, 50])}
<p><b>Abnahmeerklärung:</b> Der Auftraggeber bestätigt, dass die oben beschriebenen Leistungen vollständig erbracht
wurden, und erklärt hiermit die Abnahme.<br/><b>Acceptance:</b> The customer confirms that the services described
above have been delivered in full and hereby accepts them.</p>
""" + signoff("columns", parties, heading="Unterschriften / Signatures", labels=labels, company_label="Firma / Company")
    pdf = html_pdf(
        html,
        meta("Abnahmeprotokoll Kaltenbach", OS_PM.name, T(2026, 5, 8, 10, 0, 2)),
        f"{cid}|abn",
        style=css(OSTARA.color, size=9),
        decor=Decor(
            OSTARA,
            right="Abnahmeprotokoll · BK-2026-0117",
            footer=escape(OSTARA.name + " · " + OSTARA.reg),
            accent=OSTARA.color,
        ),
    )
    inks = [
        *sign_inks("columns", parties[0], 0, "12.05.2026", labels=labels),
        *sign_inks("columns", parties[1], 1, "12.05.2026", labels=labels, color=INK_BLACK),
        Ink(
            "Datum / Date",
            "stamp",
            lines=("BRAUEREI KALTENBACH GmbH & Co. KG", "Kaltenbachstraße 4", "88212 Ravensburg"),
            dx=120,
            dy=22,
            h=40,
            color=(40, 60, 150),
        ),
    ]
    scan = scan_pdf(
        pdf,
        inks,
        f"{cid}|scan",
        T(2026, 5, 12, 14, 35, 2),
        dpi=150,
        skew=0.8,
        scanner=0,
        title="Scan_2026-05-12_143512",
    )
    w = Word(accent="6A1B9A")
    w.header(OSTARA, "Projektbericht / Project report")
    w.h("Brauerei Kaltenbach – Security rollout report", 0)
    w.p("Prepared by Ostara IT Solutions GmbH for Brauerei Kaltenbach GmbH & Co. KG · Version 1.1 · 30 April 2026")
    w.h("1. Starting point", 1)
    w.p(
        "Kaltenbach ran a third-party antivirus without EDR, had no mail sandboxing and used permanent global admin "
        "accounts. Two phishing incidents in 2025 led to the decision to adopt the Microsoft security stack already "
        "included in the Microsoft 365 E5 licences bought in January 2026."
    )
    w.h("2. Delivered per workload", 1)
    w.table(
        [
            ["Workload", "What we did", "Numbers"],
            [
                "Defender for Endpoint",
                "Onboarding via Intune (clients) and GPO (servers), ASR rules audit→block, "
                "EDR block mode, automated investigation level 'Full'",
                "412 clients, 38 servers, 3 device groups",
            ],
            [
                "Defender for Office 365 P2",
                "Safe Links / Safe Attachments, anti-phishing with impersonation "
                "protection for 11 executives, attack simulation training",
                "455 mailboxes, 2 simulations",
            ],
            [
                "Entra ID P2",
                "PIM for all admin roles, risk-based Conditional Access, access reviews",
                "14 roles, 455 users, 4 review cycles planned",
            ],
        ]
    )
    w.h("3. Timeline", 1)
    w.table(
        [
            ["Week", "Activity"],
            ["KW 10–11", "Design workshops, pilot group (25 users)"],
            ["KW 12–15", "Client and server onboarding by site"],
            ["KW 16–17", "MDO policies, PIM, CA policies"],
            ["KW 18", "Handover, admin training (2 × 3 h), acceptance"],
        ]
    )
    w.footer("Ostara IT Solutions GmbH · Hansaring 61 · 50670 Köln")
    report = w.save(meta("Kaltenbach security rollout report", OS_SEC.name, T(2026, 4, 30, 17, 10, 2)))
    files = {"Abnahme/Scan_2026-05-12_143512.pdf": scan, "Abnahme/Kaltenbach_Security_Rollout_Report_EN.docx": report}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=OSTARA,
        pc=OS_SEC,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        submitted=T(2026, 6, 18, 9, 45, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_kaltenbach_bilingual_acceptance",
        claim,
        files,
        "approve",
        "Bilingual (German/English) acceptance certificate, printed, signed and stamped by Kaltenbach's head of IT "
        "on 12.05.2026 (day-first German date, five weeks before submission) and scanned; English Word report with "
        "per-workload numbers. Every statement is given in English too, so the language rule is met.",
        "Scan: 'Abnahmeerklärung / Acceptance' signed by Thomas Reiser with company stamp, Datum 12.05.2026; "
        "412 clients + 38 servers in MDE, 455 mailboxes in MDO, PIM for 14 roles.",
        cpor_ok(),
        container="zip-folder",
    )


def s49_004_harrowgate_day_first() -> Bundle:
    cid = "4901004"
    cust = Org(
        "Harrowgate Building Society",
        "Harrowgate BS",
        "harrowgatebs.co.uk",
        "GB",
        "Harrogate HG1 1ET",
        "2 Station Parade",
        "#004d40",
    )
    cc = person(cust, "Graham Whitworth", "Head of IT Infrastructure", "graham.whitworth")
    parties = [
        Party("For Harrowgate Building Society", "Harrowgate Building Society", cc.name, cc.title),
        Party("For Quillon Digital Ltd", QUILLON.name, QD_DM.name, QD_DM.title),
    ]
    html = f"""
<h1>Handover Certificate</h1>
<p style="font-size:12pt">Microsoft Teams Phone &amp; Teams Rooms – Harrowgate Building Society (HBS)</p>
{
        kv(
            [
                ("Project reference", "QD-HBS-0412"),
                ("Customer", "Harrowgate Building Society, 2 Station Parade, Harrogate"),
                ("Supplier", "Quillon Digital Ltd, 14 Park Row, Leeds"),
                ("Final wave go-live", "29/09/2025"),
            ]
        )
    }
<h2>Scope handed over</h2>
{
        grid(
            ["Service", "Delivered"],
            [
                (
                    "Teams Phone (Operator Connect)",
                    "410 users ported from the legacy Mitel MiVoice platform across head office "
                    "and 9 branches; 2 auto attendants; 6 call queues (Mortgages, Savings, Member Services, Arrears, "
                    "Broker Desk, "
                    "Reception); emergency calling locations for all 10 sites; call recording for regulated teams "
                    "(FCA)",
                ),
                (
                    "Teams Rooms",
                    "22 rooms: 14 Teams Rooms on Windows (Logitech Tap/Rally Bar) and 8 Teams Rooms on Android "
                    "(Poly Studio X30) in head office and 9 branches; Teams Rooms Pro Management enrolment; room "
                    "booking policies",
                ),
                (
                    "Knowledge transfer",
                    "3 admin sessions for the HBS infrastructure team; runbook v2.0; 6 weeks hypercare "
                    "ending 07/11/2025",
                ),
            ],
            [28, 72],
        )
    }
<h2>Outstanding items</h2>{
        ul(
            [
                "Branch 9 (Ripon) second room – hardware on back-order, install booked by HBS facilities.",
                "Number porting of the legacy fax DDI range (not in scope).",
            ]
        )
    }
""" + signoff(
        "lines",
        parties,
        heading="Acceptance",
        statement="Harrowgate Building Society confirms that the services above have been handed over by "
        "Quillon Digital Ltd and are accepted into live service.",
    )
    pdf = html_pdf(
        html,
        meta("HBS Handover Certificate", QD_DM.name, T(2025, 10, 1, 15, 0, 1)),
        f"{cid}|cert",
        style=css(QUILLON.color),
        decor=Decor(
            QUILLON,
            right="Handover Certificate · QD-HBS-0412",
            footer=escape(QUILLON.name + " · " + QUILLON.reg),
            accent=QUILLON.color,
        ),
    )
    inks = [
        *sign_inks("lines", parties[0], 0, "03/10/2025"),
        *sign_inks("lines", parties[1], 1, "03/10/2025", color=INK_BLACK),
    ]
    scan = scan_pdf(pdf, inks, f"{cid}|scan", T(2025, 10, 3, 16, 20, 1), dpi=200, skew=-0.4, scanner=2)
    w = Word(accent="C62828")
    w.header(QUILLON, "Steering Committee – minutes")
    w.h("HBS Teams Voice & Rooms – Steering Committee", 0)
    w.p("Date: 24/09/2025 · Location: HBS head office, Board Room 2 and Teams · Chair: Claire Denton (COO, HBS)")
    w.h("Attendees", 2)
    w.table(
        [
            ["Name", "Organisation", "Role"],
            ["Claire Denton", "Harrowgate BS", "COO (chair)"],
            ["Graham Whitworth", "Harrowgate BS", "Head of IT Infrastructure"],
            ["Priya Chauhan", "Harrowgate BS", "Member Services Manager"],
            ["Hannah Okafor", "Quillon Digital", "Delivery Manager"],
            ["Tom Ridley", "Quillon Digital", "Teams Voice Consultant"],
        ]
    )
    w.h("Progress", 2)
    w.bullets(
        [
            "Waves 1–3 complete: 362 of 410 users live on Teams Phone; call queue SLA dashboards in place.",
            "Wave 4 (Harrogate HQ floors 2–3, 48 users) scheduled for 29/09/2025.",
            "20 of 22 Teams Rooms installed and enrolled in Teams Rooms Pro Management; 2 remaining after "
            "cabling works in Knaresborough branch.",
            "Mitel contract notice served; platform switch-off planned 31/10/2025.",
        ]
    )
    w.h("Decisions", 2)
    w.bullets(
        [
            "Proceed with wave 4 go-live on 29/09/2025 (approved by chair).",
            "Handover certificate to be signed after wave 4; hypercare for 6 weeks after signature.",
        ]
    )
    w.h("Actions", 2)
    w.table(
        [
            ["#", "Action", "Owner", "Due"],
            ["1", "Confirm porting window with carrier", "Tom Ridley", "26/09/2025"],
            ["2", "Brief branch managers on call queue changes", "Priya Chauhan", "26/09/2025"],
            ["3", "Prepare handover certificate and runbook v2.0", "Hannah Okafor", "01/10/2025"],
        ]
    )
    minutes = w.save(meta("HBS SteerCo minutes 24-09-2025", QD_DM.name, T(2025, 9, 25, 10, 14, 1)))
    files = {"HBS_Handover_Certificate_signed.pdf": scan, "HBS Teams Voice - SteerCo minutes 24-09-2025.docx": minutes}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=QUILLON,
        pc=QD_DM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS PHONE ENABLED USERS", "TEAMS ROOMS"],
        submitted=T(2026, 9, 15, 8, 50, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_harrowgate_day_first_date",
        claim,
        files,
        "approve",
        "UK customer and partner: the hand-written signature date 03/10/2025 is day-first, 3 October 2025 (the same "
        "certificate prints 'Final wave go-live 29/09/2025' and hypercare to 07/11/2025), so the acknowledgement is "
        "about 11.5 months before submission on 15/09/2026. Read month-first it would be March 2025 and too old. "
        "Detail: 410 Teams Phone users, 22 Teams Rooms, steering minutes.",
        "Scanned handover certificate signed by HBS Head of IT Infrastructure, dated 03/10/2025 (UK, 3 Oct 2025).",
        cpor_ok(),
    )


def s49_005_pvcu_photo_month_first() -> Bundle:
    cid = "4901005"
    cust = Org(
        "Pawnee Valley Credit Union",
        "PVCU",
        "pawneevalleycu.org",
        "US",
        "Larned, KS 67550",
        "410 Broadway St",
        "#1b5e20",
    )
    cc = person(cust, "Theresa Quinlan", "VP, Information Technology", "tquinlan")
    html = f"""
<h1>Project Completion Form</h1>
{
        kv(
            [
                ("Client", "Pawnee Valley Credit Union (PVCU)"),
                ("Project", "Endpoint Security & Management"),
                ("SOW #", "KRT-SOW-24-118"),
                ("Project period", "01/13/2025 – 03/28/2025"),
                ("Keystone project lead", "Ryan Kowalski"),
            ]
        )
    }
<h2>Services delivered</h2>
{
        grid(
            ["", "Service", "Details"],
            [
                (
                    "☒",
                    "Microsoft Intune",
                    "Enrolled 286 Windows 11 workstations (teller and back office) and 64 iPads used by "
                    "member-service staff; compliance policies (BitLocker, OS version, Defender status); Windows "
                    "Update rings; "
                    "kiosk profile for 9 lobby devices",
                ),
                (
                    "☒",
                    "Microsoft Defender for Endpoint",
                    "Onboarded 286 workstations and 22 servers; ASR rules in block mode; "
                    "EDR in block mode; device groups per branch (7 branches); tamper protection; weekly vulnerability "
                    "report "
                    "to PVCU IT",
                ),
                ("☐", "Microsoft Purview", "Not in this SOW"),
            ],
            [5, 25, 70],
        )
    }
<h2>Client acceptance</h2>
<p>By signing, the client confirms that the services checked above were completed by Keystone Ridge Technologies LLC
to its satisfaction.</p>
{
        fields(
            [
                ("Client signature", "", 40),
                ("Printed name", "Theresa Quinlan, VP Information Technology", 14),
                ("Date", "", 22),
            ]
        )
    }
"""
    pdf = html_pdf(
        html,
        meta("Project Completion Form", KR_LEAD.name, T(2025, 3, 31, 9, 0, -4), WORD2019),
        f"{cid}|form",
        size=LETTER,
        style=css(KEYSTONE.color),
        decor=Decor(
            KEYSTONE,
            right="Project Completion Form",
            footer="Keystone Ridge Technologies LLC · 1100 Liberty Ave, Pittsburgh PA",
            numbers="",
            accent=KEYSTONE.color,
        ),
    )
    inks = [
        Ink("Client signature", "sig", cc.name, dx=150, dy=-8, h=32),
        Ink("Printed name", "hand", "04/02/2025", dx=150, dy=24, h=14),
    ]
    page = render(pdf, 130, inks, f"{cid}|ink")[0]
    page = scanify(page, f"{cid}|paper", skew=0.0, gray=False, noise=4, blur=0.3, shadow=False)
    photo = phone_photo(page, f"{cid}|photo", T(2025, 4, 2, 11, 47, -5))
    close = report_pdf(
        KEYSTONE,
        f"""
<h1>Close-out summary – PVCU Endpoint Security &amp; Management</h1>
<p>Keystone Ridge completed SOW KRT-SOW-24-118 for Pawnee Valley Credit Union between January 13 and March 28, 2025.
PVCU's IT team (3 people) now operates Intune and Defender for Endpoint with Keystone on a monthly advisory
retainer.</p>
{
            grid(
                ["Workload", "Scope", "Result"],
                [
                    (
                        "Intune",
                        "286 Windows 11 workstations, 64 iPads, 9 lobby kiosks",
                        "All enrolled, 98% compliant at close",
                    ),
                    (
                        "Defender for Endpoint",
                        "286 workstations, 22 servers, 7 branch device groups",
                        "All onboarded; 0 high-severity alerts open at close",
                    ),
                ],
                [22, 48, 30],
            )
        }
<h2>Timeline</h2>{
            ul(
                [
                    "Jan 13–24: design and pilot (IT and Larned main branch)",
                    "Jan 27 – Mar 7: branch-by-branch rollout (7 branches)",
                    "Mar 10–28: ASR rules to block mode, server onboarding, knowledge transfer",
                ]
            )
        }
<p>The signed completion form is attached (photo taken at the PVCU sign-off meeting).</p>
""",
        meta("PVCU close-out summary", KR_LEAD.name, T(2025, 4, 3, 10, 0, -4)),
        f"{cid}|close",
        right="PVCU",
    )
    files = {"IMG_4471.JPG": photo, "PVCU_Endpoint_Security_Closeout.pdf": close}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=KEYSTONE,
        pc=KR_LEAD,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 3, 20, 13, 5, -4),
        docs=[("IMG_4471.JPG", "poe"), ("PVCU_Endpoint_Security_Closeout.pdf", "poe")],
    )
    return Bundle(
        f"{cid}_pvcu_phone_photo_month_first",
        claim,
        files,
        "approve",
        "US credit union, US partner: the hand-written date 04/02/2025 on the signed completion form is month-first, "
        "April 2, 2025 (the form's own period 01/13/2025 – 03/28/2025 is month-first; the photo's EXIF date is "
        "2025-04-02), so it is 11.5 months before submission on 2026-03-20. Read day-first (4 Feb 2025) it would be "
        "too old. A phone photo of a wet-ink signed page is a physically signed document, not a flat e-mail image.",
        "Photo IMG_4471.JPG: PVCU VP IT signature and date 04/02/2025 under the Intune/MDE services list.",
        cpor_ok(),
    )


def s49_006_kaszuby_signed_too_old() -> Bundle:
    cid = "4901006"
    cust = Org(
        "Fabryka Mebli Kaszuby S.A.",
        "Meble Kaszuby",
        "meblekaszuby.pl",
        "PL",
        "83-300 Kartuzy",
        "ul. Przemysłowa 14",
        "#795548",
        "KRS 0000287741",
    )
    cc = person(cust, "Krzysztof Nowicki", "Dyrektor IT / IT Director", "k.nowicki")
    html = f"""
<h1>Protokół odbioru / Acceptance Protocol</h1>
<p style="font-size:12pt">SharePoint Online &amp; Microsoft Teams – wdrożenie / deployment</p>
{
        kv(
            [
                ("Customer / Zamawiający", escape(cust.name) + ", " + escape(cust.address)),
                ("Supplier / Wykonawca", escape(VISTULA.name) + ", " + escape(VISTULA.address)),
                ("Contract / Umowa", "VS/2025/031"),
                ("Date / Data", "2025-06-03"),
            ]
        )
    }
<h2>Scope delivered</h2>
{
        ul(
            [
                "Microsoft Teams for 620 users in the Kartuzy, Żukowo and Kościerzyna plants: 48 teams (one per "
                "department and "
                "production line), meeting and calling policies, shift-worker access on 140 shared tablets.",
                "SharePoint Online: migration of 1.4 TB from three on-premises file servers to 27 document libraries; "
                "sensitivity-based permission model; intranet home site with plant news.",
                "Training: 12 sessions for department champions, 2 admin sessions for the IT team (5 people).",
            ]
        )
    }
<h2>Acceptance</h2>
<p>The customer confirms that the works listed above were completed by Vistula Systems Sp. z o.o. and accepts them
without reservations. / Zamawiający potwierdza wykonanie powyższych prac i odbiera je bez zastrzeżeń.</p>
<p style="margin-top:10pt">For the customer / Za Zamawiającego:</p>
<p>{escape(cc.name)}, IT Director</p>
"""
    pdf = html_pdf(
        html,
        meta("Protokol odbioru M365", VS_PM.name, T(2025, 6, 2, 15, 0, 2)),
        f"{cid}|prot",
        style=css(VISTULA.color),
        decor=Decor(
            VISTULA,
            right="Protokół odbioru · VS/2025/031",
            footer=escape(VISTULA.name + " · " + VISTULA.reg),
            accent=VISTULA.color,
        ),
    )
    signed = digisign(
        pdf,
        cc,
        T(2025, 6, 3, 13, 22, 2),
        f"{cid}|sig",
        ca_name="CertPol Qualified CA 2021",
        anchor="For the customer / Za Zamawiającego:",
        dy=30,
        reason="Akceptacja / Acceptance",
    )
    files = {"Protokol_odbioru_M365_podpisany.pdf": signed}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=VISTULA,
        pc=VS_PM,
        cust=cust,
        cc=cc,
        workloads=["SHAREPOINT ONLINE", "TEAMS"],
        submitted=T(2026, 8, 10, 12, 0, 2),
        docs=[("Protokol_odbioru_M365_podpisany.pdf", "poe")],
    )
    return Bundle(
        f"{cid}_kaszuby_signature_14_months",
        claim,
        files,
        "action_required",
        "A valid, detailed acceptance protocol digitally signed by the customer's IT Director, but signed on "
        "2025-06-03: more than 12 months before submission on 2026-08-10, and nothing recent confirms the "
        "engagement is still active. The partner must add a recent acknowledgement.",
        "Digital signature of Krzysztof Nowicki, signing time 2025-06-03 (14 months before submission).",
        {
            "acknowledgement_date": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "workload_match": "pass",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


def s49_007_norrland_old_sow_recent_mail() -> Bundle:
    cid = "4901007"
    cust = Org(
        "Norrland Skog AB",
        "Norrland Skog",
        "norrlandskog.se",
        "SE",
        "903 27 Umeå",
        "Skeppsbrogatan 11",
        "#33691e",
        "Org.nr 556402-1185",
    )
    cc = person(cust, "Johan Eklund", "IT-säkerhetschef / Head of IT Security", "johan.eklund")
    parties = [
        Party("Customer", cust.name, cc.name, "Head of IT Security"),
        Party("Supplier", POLARIS.name, PC_SEC.name, PC_SEC.title),
    ]
    html = f"""
<h1>Statement of Work</h1>
<p style="font-size:12pt">Microsoft Defender for Identity and Microsoft Defender for Cloud Apps – deployment and
continuous operation</p>
{
        kv(
            [
                ("SOW number", "PC-2024-077"),
                ("Customer", escape(cust.name)),
                ("Supplier", escape(POLARIS.name)),
                ("Term", "2024-12-01 until terminated by either party with 90 days' notice"),
            ]
        )
    }
<h2>1. Background</h2><p>Norrland Skog runs an on-premises Active Directory (14 domain controllers, 3 AD FS servers)
for 1,100 users in forestry operations, sawmills and the Umeå head office. An internal audit in 2024 found no
detection of identity attacks and no visibility of cloud app use.</p>
<h2>2. Services</h2>
{
        grid(
            ["Workload", "Deployment (Dec 2024 – Feb 2025)", "Continuous operation"],
            [
                (
                    "Defender for Identity",
                    "Sensors on all domain controllers and AD FS servers, gMSA, honeytoken accounts",
                    "Monthly review of lateral movement paths and alerts with the customer's IT security team",
                ),
                (
                    "Defender for Cloud Apps",
                    "Cloud discovery via MDE, app connectors for Microsoft 365 and Salesforce, session policies",
                    "Policy tuning, monthly shadow-IT report to the CIO",
                ),
            ],
            [20, 40, 40],
        )
    }
<h2>3. Customer responsibilities</h2>{ul(["Named contact in IT security", "Change windows for DC sensor installs"])}
"""
    pdf = html_pdf(
        [html, signoff("stacked", parties, heading="4. Signatures")],
        meta("SOW PC-2024-077", PC_SEC.name, T(2024, 11, 14, 10, 0, 1)),
        f"{cid}|sow",
        style=css(POLARIS.color),
        decor=Decor(
            POLARIS, right="SOW PC-2024-077", footer=escape(POLARIS.name + " · " + POLARIS.reg), accent=POLARIS.color
        ),
    )
    inks = [
        *sign_inks("stacked", parties[0], 0, "2024-11-18"),
        *sign_inks("stacked", parties[1], 1, "2024-11-18", color=INK_BLACK),
    ]
    scan = scan_pdf(pdf, inks, f"{cid}|scan", T(2024, 11, 18, 15, 2, 1), dpi=120, skew=1.1, scanner=3)
    m1 = Mail(
        PC_SEC,
        [cc],
        "Defender for Identity – status och fortsatt arbete",
        T(2026, 9, 21, 16, 5, 2),
        "Hej Johan,\n\nAhead of our quarterly review, here is the status of the identity and cloud app work:\n"
        "- MDI sensors healthy on all 14 DCs and 3 AD FS servers; 2 lateral movement paths closed in August\n"
        "- Defender for Cloud Apps: 12 session policies, 1,100 users covered, 3 unsanctioned apps blocked\n"
        "- Next: onboarding the new Skellefteå sawmill domain controller in October\n\n"
        "Could you confirm you are happy for us to continue on the current SOW?\n\nMvh,\nErik\n\n"
        + footer_block(PC_SEC),
        style="outlook",
        lang="sv",
    )
    m2 = Mail(
        cc,
        [PC_SEC],
        "RE: Defender for Identity – status och fortsatt arbete",
        T(2026, 9, 22, 8, 41, 2),
        "Hi Erik,\n\nConfirmed: Polaris continues to run our identity and cloud app protection work under SOW "
        "PC-2024-077. The status matches what we see – MDI on all 14 domain controllers and the AD FS farm, and "
        "the Cloud Apps policies for our 1,100 users. The monthly shadow-IT report is now a standing item for "
        "our CIO. We plan to continue through 2027, including the Skellefteå DC in October.\n\n"
        "Med vänliga hälsningar,\nJohan Eklund\nIT-säkerhetschef, Norrland Skog AB\nSkeppsbrogatan 11, Umeå",
        quoted=m1,
        lang="sv",
    )
    files = {
        "Norrland_Skog_SOW_PC-2024-077_signed.pdf": scan,
        "RE_ Defender for Identity – status och fortsatt arbete.eml": eml(m2),
    }
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=POLARIS,
        pc=PC_SEC,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR IDENTITY", "MICROSOFT DEFENDER FOR CLOUD APPS"],
        submitted=T(2026, 10, 12, 14, 20, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_norrland_old_sow_recent_email",
        claim,
        files,
        "approve",
        "The signed SOW is from 2024-11-18, older than 12 months, but a customer e-mail of 2026-09-22 from "
        "norrlandskog.se confirms active engagement and describes the current work in detail (MDI on 14 DCs + 3 AD "
        "FS, Cloud Apps for 1,100 users) – exactly the recent confirmation the guide asks for.",
        "E-mail from johan.eklund@norrlandskog.se, 2026-09-22: 'Polaris continues to run our identity and cloud app "
        "protection work'.",
        cpor_ok(email_ack=True),
    )


def s49_008_tpcc_runbook_empty_signoff() -> Bundle:
    cid = "4901008"
    cust = Org(
        "Tanjong Pagar Cold Chain Pte Ltd",
        "TP Cold Chain",
        "tpcoldchain.com.sg",
        "SG",
        "Singapore 089065",
        "60 Keppel Road, #04-01",
        "#00695c",
        "UEN 200814472H",
    )
    cc = person(cust, "Lim Wei Jie", "IT Manager", "weijie.lim")
    parties = [
        Party("Meridian Ops Pte. Ltd.", MERIDIAN.name, MO_SEC.name, MO_SEC.title),
        Party("Tanjong Pagar Cold Chain", cust.name, cc.name, cc.title),
    ]
    pages = [
        f"""<h1>Microsoft Defender Operations Runbook</h1>
<p style="font-size:12pt">Tanjong Pagar Cold Chain Pte Ltd – Defender for Endpoint &amp; Defender for Office 365</p>
{
            kv(
                [
                    ("Version", "1.3"),
                    ("Status", "Final for sign-off"),
                    ("Owner", "Meridian Ops – Security Practice"),
                    ("Customer", escape(cust.name)),
                ]
            )
        }
<h2>Revision history</h2>
{
            grid(
                ["Version", "Date", "Author", "Change"],
                [
                    ("1.0", "14/04/2026", "Arun Pillai", "First draft after pilot"),
                    ("1.2", "28/05/2026", "Arun Pillai", "ASR exclusions, MDO quarantine"),
                    ("1.3", "19/06/2026", "Tan Wei Ling", "Final review"),
                ],
            )
        }
<h2>1. Environment</h2>
{
            grid(
                ["Item", "Count"],
                [
                    ("Windows endpoints onboarded to MDE", "460"),
                    ("Servers onboarded (Windows/Linux)", "31 / 7"),
                    ("Mailboxes protected by MDO Plan 2", "520"),
                    ("Warehouse handhelds (excluded)", "85"),
                ],
            )
        }""",
        f"""<h2>2. Procedures</h2>
<h3>2.1 Onboarding a new endpoint</h3>{
            ul(
                [
                    "Intune enrolment triggers MDE onboarding profile 'TPCC-MDE-Win'.",
                    "Verify sensor health in the device inventory within 24 hours.",
                ]
            )
        }
<h3>2.2 Attack surface reduction exclusions</h3>{
            ul(
                [
                    "Raise a change in the TPCC ITSM queue; Meridian reviews within 2 business days.",
                    "Temperature-monitoring agent path excluded "
                    "from rule 'Block process creations from PSExec and WMI'.",
                ]
            )
        }
<h3>2.3 Incident triage</h3>{
            ul(
                [
                    "High/critical alerts: Meridian SOC analyst acknowledges within 30 minutes.",
                    "Isolate device through MDE if ransomware behaviour is detected; inform TPCC IT Manager by phone.",
                ]
            )
        }
<h3>2.4 Quarantine release (MDO)</h3>{ul(["Users request release; TPCC IT approves for non-malware verdicts only."])}
"""
        + signoff(
            "columns",
            parties,
            heading="3. Sign-off",
            statement="The parties confirm that this runbook describes the Defender services as deployed and "
            "agree to operate them accordingly.",
        ),
    ]
    pdf = html_pdf(
        pages,
        meta("TPCC Defender Runbook v1.3", MO_SDM.name, T(2026, 6, 19, 17, 0, 8)),
        f"{cid}|rb",
        style=css(MERIDIAN.color),
        decor=Decor(MERIDIAN, right="Defender Runbook v1.3", footer=escape(MERIDIAN.name), accent=MERIDIAN.color),
    )
    partner_only = stamp_pdf(
        pdf,
        sign_inks("columns", parties[0], 0, "", signer=MO_SEC.name, color=INK_BLACK),
        f"{cid}|p",
        meta("TPCC Defender Runbook v1.3", MO_SDM.name, T(2026, 6, 22, 9, 0, 8)),
    )
    files = {"TPCC_Defender_Runbook_v1.3_signed.pdf": partner_only}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=MERIDIAN,
        pc=MO_SEC,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 7, 7, 10, 15, 8),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_tpcc_runbook_customer_blank",
        claim,
        files,
        "action_required",
        "Detailed runbook (460 endpoints, 38 servers, 520 mailboxes) but the sign-off table is signed only in the "
        "Meridian column; the Tanjong Pagar Cold Chain column has the printed name and nothing else. A document "
        "without customer acknowledgement is not POE.",
        "Page 2 sign-off: customer signature and date cells empty; only the partner signed.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "workload_match": "pass",
            "reused_evidence": "pass",
        },
    )


def s49_009_umvoti_out_of_office_then_deputy() -> Bundle:
    cid = "4901009"
    cust = Org(
        "Umvoti Sugar Millers (Pty) Ltd",
        "Umvoti Sugar",
        "umvotisugar.co.za",
        "ZA",
        "Darnall 4480",
        "Main Road, Darnall Mill",
        "#827717",
    )
    cc = person(cust, "Johan van der Merwe", "IT Manager", "johan.vandermerwe")
    deputy = person(cust, "Thandeka Dlamini", "IT Operations Lead", "thandeka.dlamini")
    summary = report_pdf(
        LOWVELD,
        f"""
<h1>Close-out summary – Intune &amp; Conditional Access</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Sites", "Darnall mill, Maidstone mill, Durban office"),
                    ("Period", "10 November 2025 – 6 February 2026"),
                ]
            )
        }
{
            grid(
                ["Workload", "Delivered", "Numbers"],
                [
                    (
                        "Intune",
                        "Windows Autopilot (new laptops), co-management with ConfigMgr retired, Android Enterprise for "
                        "mill "
                        "supervisors' phones, compliance policies",
                        "742 devices (611 Windows, 131 Android)",
                    ),
                    (
                        "Entra ID Conditional Access",
                        "11 policies: MFA for all users, block legacy auth, compliant device required for "
                        "SAP Fiori and M365, location-based rules for the mills",
                        "905 users in scope",
                    ),
                ],
                [22, 50, 28],
            )
        }
<p>Open item: 14 shared weighbridge PCs remain on the kiosk baseline until the new scale software is certified.</p>
""",
        meta("Umvoti close-out summary", LV_PM.name, T(2026, 2, 6, 15, 0, 2)),
        f"{cid}|sum",
        right="Close-out summary",
    )
    m1 = Mail(
        LV_PM,
        [cc],
        "Umvoti – Intune and Conditional Access close-out",
        T(2026, 2, 9, 8, 5, 2),
        "Hi Johan,\n\nPlease find attached the close-out summary for the Intune and Conditional Access project. "
        "In short: 742 devices are managed in Intune across Darnall, Maidstone and Durban, and the 11 Conditional "
        "Access policies are enforced for all 905 users.\n\nCould you confirm acceptance so we can close the "
        "project?\n\nKind regards\nSipho\n\n" + footer_block(LV_PM),
        attachments=[("Umvoti_Intune_CA_Closeout_Summary.pdf", summary)],
    )
    m2 = Mail(
        cc,
        [LV_PM],
        "Automatic reply: Umvoti – Intune and Conditional Access close-out",
        T(2026, 2, 9, 8, 5, 2),
        "Thank you for your e-mail. I am on leave until Monday 16 February with limited access to e-mail. For "
        "urgent IT matters please contact Thandeka Dlamini (thandeka.dlamini@umvotisugar.co.za) or the IT "
        "service desk on 032 555 0190.\n\nJohan van der Merwe",
        quoted=m1,
        auto_reply=True,
    )
    m3 = Mail(
        deputy,
        [LV_PM],
        "RE: Umvoti – Intune and Conditional Access close-out",
        T(2026, 2, 11, 14, 27, 2),
        "Hi Sipho,\n\nJohan is on leave, so I'm replying on his behalf as agreed with him. I checked the summary "
        "against our tenant: 742 devices are showing in Intune (611 Windows, 131 Android) and the 11 "
        "Conditional Access policies are on for the 905 users. The weighbridge PCs are noted as open.\n\n"
        "Umvoti accepts the Intune and Conditional Access project as delivered by Lowveld IT. Johan will "
        "countersign the close-out pack when he is back.\n\nRegards\nThandeka Dlamini\nIT Operations Lead | "
        "Umvoti Sugar Millers (Pty) Ltd",
        cc=[cc],
        quoted=m2,
    )
    files = {
        "RE_ Umvoti – Intune and Conditional Access close-out.msg": msg_file(m3),
        "Umvoti_Intune_CA_Closeout_Summary.pdf": summary,
    }
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=LOWVELD,
        pc=LV_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "AZURE ACTIVE DIRECTORY PREMIUM CONDITIONAL ACCESS"],
        submitted=T(2026, 2, 24, 11, 0, 2),
        docs=[
            ("RE_ Umvoti – Intune and Conditional Access close-out.msg", "poe"),
            ("Umvoti_Intune_CA_Closeout_Summary.pdf", "poe"),
        ],
    )
    return Bundle(
        f"{cid}_umvoti_ooo_then_deputy_accepts",
        claim,
        files,
        "approve",
        "The claim contact's only message is an out-of-office reply, but his deputy at umvotisugar.co.za replies in "
        "the same thread, checks the numbers (742 devices, 11 CA policies, 905 users) and accepts the project. An "
        "acceptance by another customer employee is a customer acknowledgement.",
        "Thread top: Thandeka Dlamini (umvotisugar.co.za), 11 Feb 2026: 'Umvoti accepts the Intune and Conditional "
        "Access project as delivered by Lowveld IT.'",
        cpor_ok(email_ack=True),
    )


def s49_010_vale_do_ivai_portuguese_reply() -> Bundle:
    cid = "4901010"
    cust = Org(
        "Cooperativa Agroindustrial Vale do Ivaí",
        "Vale do Ivaí",
        "valedoivai.coop.br",
        "BR",
        "Ivaiporã - PR, 86870-000",
        "Av. Souza Naves, 1200",
        "#f57f17",
    )
    cc = person(cust, "Marcos Tavares", "Coordenador de TI", "marcos.tavares")
    report = report_pdf(
        SABIA,
        f"""
<h1>Delivery Report – Intune and Microsoft 365 Apps</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Partner", escape(SABIA.name)),
                    ("Period", "January 19 – March 27, 2026"),
                    ("Sites", "14 units (head office, 9 grain receiving units, 4 input stores)"),
                ]
            )
        }
<h2>Objectives</h2><p>Standardise the cooperative's devices, which were managed by hand at each unit, and replace
a mix of Office 2013/2016 with Microsoft 365 Apps.</p>
<h2>Work delivered</h2>
{
            grid(
                ["Workload", "Activities", "Numbers"],
                [
                    (
                        "Intune",
                        "Autopilot for 180 new notebooks, enrolment of existing devices, Android Enterprise (fully "
                        "managed) "
                        "for field agronomists, compliance policies, Windows Update rings, remote wipe procedure",
                        "640 Windows devices, 212 Android phones",
                    ),
                    (
                        "Microsoft 365 Apps",
                        "Packaged deployment through Intune, removal of Office 2013/2016, OneDrive Known Folder "
                        "Move, shared computer activation in receiving units",
                        "870 users",
                    ),
                ],
                [20, 55, 25],
            )
        }
<h2>Timeline</h2>{
            grid(
                ["Phase", "Dates"],
                [
                    ("Assessment and design", "Jan 19 – Jan 30"),
                    ("Pilot (head office)", "Feb 2 – Feb 13"),
                    ("Rollout units 1–14", "Feb 16 – Mar 20"),
                    ("Handover", "Mar 23 – Mar 27"),
                ],
            )
        }
""",
        meta("Delivery report Vale do Ivai", SB_PM.name, T(2026, 3, 30, 17, 0, -3)),
        f"{cid}|rep",
        right="Delivery Report",
    )
    m1 = Mail(
        SB_PM,
        [cc],
        "Relatório de entrega – Intune e M365 Apps",
        T(2026, 4, 1, 10, 12, -3),
        "Olá Marcos,\n\nSegue em anexo o relatório de entrega (em inglês, para o programa da Microsoft) do projeto "
        "Intune e Microsoft 365 Apps. Pode confirmar por favor se está de acordo?\n\nAbraço,\nRafael Nogueira\n"
        "Gerente de Projetos | Sabiá Tecnologia\n+55 41 3555-0148",
        lang="pt",
        attachments=[("Vale_do_Ivai_Delivery_Report_EN.pdf", report)],
    )
    m2 = Mail(
        cc,
        [SB_PM],
        "RE: Relatório de entrega – Intune e M365 Apps",
        T(2026, 4, 2, 15, 48, -3),
        "Rafael, boa tarde.\n\nConferimos o relatório com a equipe de TI: as 640 estações e os 212 celulares "
        "estão registrados no Intune e o Microsoft 365 Apps foi implantado para os 870 usuários das 14 "
        "unidades. Estamos de acordo com o relatório e aprovamos a entrega feita pela Sabiá.\n\nAtt.,\n"
        "Marcos Tavares\nCoordenador de TI – Cooperativa Agroindustrial Vale do Ivaí",
        quoted=m1,
        lang="pt",
    )
    files = {
        "Vale_do_Ivai_Delivery_Report_EN.pdf": report,
        "RE_ Relatório de entrega – Intune e M365 Apps.msg": msg_file(m2),
    }
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=SABIA,
        pc=SB_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT 365 APPS"],
        submitted=T(2026, 5, 5, 9, 30, -3),
        docs=[(p, "poe") for p in files],
        comments=[
            (
                "partner",
                T(2026, 5, 5, 9, 29, -3),
                "The customer's approval e-mail is in Portuguese. Translation: 'We checked the report with the IT "
                "team: the 640 workstations and 212 phones are enrolled in Intune and Microsoft 365 Apps was "
                "deployed for the 870 users of the 14 units. We agree with the report and approve the delivery "
                "made by Sabiá.'",
            )
        ],
    )
    return Bundle(
        f"{cid}_vale_do_ivai_portuguese_approval",
        claim,
        files,
        "approve",
        "The delivery report carrying the detail is in English; the customer's approval reply from valedoivai.coop.br "
        "is in Portuguese, repeats the numbers and clearly approves, and the partner translated it in a claim "
        "comment. UNSURE: a strict reader of the English-only rule could still ask for a translated "
        "acknowledgement, so document_language may be pass or warn.",
        "Reply from marcos.tavares@valedoivai.coop.br (2 Apr 2026): 'Estamos de acordo com o relatório e aprovamos a "
        "entrega' + English delivery report with 640/212 devices and 870 users.",
        {**cpor_ok(email_ack=True), "document_language": ["pass", "warn"]},
    )


def s49_011_ege_printed_email() -> Bundle:
    cid = "4901011"
    cust = Org(
        "Ege Tekstil Sanayi ve Ticaret A.Ş.",
        "Ege Tekstil",
        "egetekstil.com.tr",
        "TR",
        "35620 Çiğli/İzmir",
        "Atatürk Organize Sanayi Bölgesi 10003 Sk. No:7",
        "#4527a0",
    )
    cc = person(cust, "Selin Aydın", "CISO", "selin.aydin")
    plan = report_pdf(
        ANATOLIA,
        f"""
<h1>Microsoft Purview – Project Plan and Status</h1>
{kv([("Customer", escape(cust.name)), ("Partner", escape(ANATOLIA.name)), ("Status date", "13 February 2026")])}
<h2>Workstreams</h2>
{
            grid(
                ["Workstream", "Scope", "Status"],
                [
                    (
                        "Information Protection",
                        "Sensitivity label taxonomy (5 labels, 9 sub-labels) for designs, price lists and "
                        "customer contracts; auto-labelling for 3 SharePoint sites; label-based encryption for "
                        "'Confidential – Design'",
                        "Live for 1,050 users since 26 Jan",
                    ),
                    (
                        "Insider Risk Management",
                        "Data theft by departing users policy, HR connector from the customer's HR system, "
                        "priority user group (design studio, 64 users), analyst workflow with the CISO office",
                        "Live since 9 Feb",
                    ),
                ],
                [22, 56, 22],
            )
        }
<h2>Plan</h2>
{
            grid(
                ["Week", "Activity", "Owner"],
                [
                    ("W1–W2 (Jan 5–16)", "Label design workshops", "Anatolia / Ege CISO office"),
                    ("W3 (Jan 19–23)", "Pilot with design studio", "Anatolia"),
                    ("W4 (Jan 26–30)", "Label rollout to all users, end-user guide", "Anatolia"),
                    ("W5–W6 (Feb 2–13)", "IRM policies, HR connector, analyst training", "Anatolia / Ege HR"),
                ],
            )
        }
""",
        meta("Ege Tekstil Purview plan", AB_PM.name, T(2026, 2, 13, 16, 0, 3)),
        f"{cid}|plan",
        right="Project Plan",
    )
    m1 = Mail(
        AB_PM,
        [cc],
        "Purview project – completion and approval",
        T(2026, 2, 16, 9, 40, 3),
        "Dear Selin Hanım,\n\nThe Purview project is complete: sensitivity labels are live for all 1,050 users and "
        "the Insider Risk Management policy for the design studio has been running since 9 February. The "
        "project plan and status are attached.\n\nWe would appreciate your written approval of the "
        "deliverables.\n\nBest regards,\nEmre Yıldız\n" + footer_block(AB_PM),
        attachments=[("Ege_Tekstil_Purview_Project_Plan.pdf", plan)],
    )
    m2 = Mail(
        cc,
        [AB_PM],
        "RE: Purview project – completion and approval",
        T(2026, 2, 17, 11, 3, 3),
        "Dear Emre,\n\nI approve the deliverables of the Purview project delivered by Anatolia Bilişim. From our "
        "side we have confirmed that:\n- the 5 sensitivity labels and 9 sub-labels are applied across the "
        "company and auto-labelling works on the three design and sales sites,\n- the Insider Risk Management "
        "policy covers our 64 designers with the HR connector feeding leaver dates, and my team has completed "
        "the analyst training.\n\nThank you for the careful work.\n\nSelin Aydın\nCISO | Ege Tekstil Sanayi ve "
        "Ticaret A.Ş.",
        quoted=m1,
    )
    printed = printed_mail_pdf(m2, AB_PM, f"{cid}|print")
    files = {"Purview project approval (printed e-mail).pdf": printed, "Ege_Tekstil_Purview_Project_Plan.pdf": plan}
    claim = make_claim(
        cid,
        status="under_review",
        program="cpor",
        kind="usage",
        area="Security",
        partner=ANATOLIA,
        pc=AB_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT INFORMATION PROTECTION", "INSIDER RISK MANAGER"],
        submitted=T(2026, 3, 3, 14, 10, 3),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_ege_printed_email_approval",
        claim,
        files,
        "approve",
        "An e-mail printed to PDF (an accepted e-mail format) in which the customer's CISO, from egetekstil.com.tr, "
        "approves the deliverables in her own words with specifics for both workloads; plan shows labels for 1,050 "
        "users and IRM for 64 designers, Jan–Feb 2026.",
        "Printed e-mail from selin.aydin@egetekstil.com.tr, 17 Feb 2026: 'I approve the deliverables of the Purview "
        "project delivered by Anatolia Bilişim.'",
        cpor_ok(email_ack=True),
    )


def s49_012_alwasl_screenshot() -> Bundle:
    cid = "4901012"
    cust = Org(
        "Al Wasl Hospitality LLC",
        "Al Wasl Hospitality",
        "alwaslhospitality.ae",
        "AE",
        "Dubai",
        "Al Wasl Road, Jumeirah 2",
        "#795548",
    )
    cc = person(cust, "Faisal Al Marzouqi", "Director of IT", "faisal.almarzouqi")
    sow = report_pdf(
        FALCON,
        f"""
<h1>Statement of Work – Microsoft Teams and SharePoint Online</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Partner", escape(FALCON.name)),
                    ("SOW", "FG-SOW-2026-009"),
                    ("Period", "12 January – 27 March 2026"),
                ]
            )
        }
<h2>Scope</h2>
{
            ul(
                [
                    "Teams for 1,320 users across 4 hotels and the corporate office: team per hotel department, "
                    "frontline shifts "
                    "for 780 hotel staff, Teams meeting rooms policies.",
                    "SharePoint Online: brand standards hub, 18 department sites, migration of 900 GB from Box.",
                    "Adoption: 24 training sessions, champions in each hotel.",
                ]
            )
        }
<h2>Acceptance</h2><p>Acceptance will be confirmed by the customer's Director of IT.</p>
""",
        meta("FG-SOW-2026-009", FG_PM.name, T(2026, 1, 8, 12, 0, 4)),
        f"{cid}|sow",
        right="SOW FG-SOW-2026-009",
    )
    m = Mail(
        cc,
        [FG_PM],
        "RE: Teams & SharePoint – acceptance",
        T(2026, 4, 6, 10, 2, 4),
        "Hi Priya,\n\nWe confirm that the Teams and SharePoint rollout has been completed across our four hotels "
        "and the corporate office, and we accept the deliverables of SOW FG-SOW-2026-009.\n\nRegards,\nFaisal Al "
        "Marzouqi\nDirector of IT, Al Wasl Hospitality",
    )
    shot = outlook_screenshot(m, FG_PM, f"{cid}|shot")
    files = {"approval_screenshot.png": png(shot), "AlWasl_Teams_SharePoint_SOW.pdf": sow}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=FALCON,
        pc=FG_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 4, 27, 12, 40, 4),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_alwasl_email_screenshot",
        claim,
        files,
        "action_required",
        "The only customer acknowledgement is a PNG screenshot of an e-mail; the guide rejects flat images of e-mails "
        "or signatures (JPEG/screenshots). The SOW itself is unsigned. The partner should upload the original "
        ".msg/.pdf of the e-mail.",
        "approval_screenshot.png: Outlook web screenshot of the customer's approval; no .msg, .eml or PDF of it.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "workload_match": "pass",
            "reused_evidence": "pass",
        },
    )


def s49_013_saguenay_forwarded() -> Bundle:
    cid = "4901013"
    cust = Org(
        "Saguenay Composites Inc.",
        "Saguenay Composites",
        "saguenaycomposites.ca",
        "CA",
        "Saguenay QC G7H 5B1",
        "2450 rue de la Fonderie",
        "#37474f",
    )
    cc = person(cust, "Martin Bouchard", "Directeur TI / IT Director", "mbouchard")
    summary = report_pdf(
        NORTHBEAM,
        f"""
<h1>Defender deployment summary / Sommaire du déploiement</h1>
{kv([("Customer", escape(cust.name)), ("Period", "February 2 – April 24, 2026")])}
{
            grid(
                ["Workload", "Delivered"],
                [
                    (
                        "Defender for Endpoint",
                        "Onboarded 318 workstations and 41 servers (including 6 OT historian servers in "
                        "passive mode); ASR rules in block mode for office devices; device tags per plant",
                    ),
                    (
                        "Defender for Identity",
                        "Sensors on 4 domain controllers and 1 AD CS server; honeytoken accounts; alert tuning "
                        "with the IT team",
                    ),
                ],
                [25, 75],
            )
        }
""",
        meta("Saguenay Defender summary", NB_PM.name, T(2026, 4, 27, 11, 0, -4)),
        f"{cid}|sum",
        right="Sommaire",
    )
    original = Mail(
        cc,
        [NB_PM],
        "Approbation - déploiement Defender",
        T(2026, 5, 4, 13, 18, -4),
        "Julie,\n\nWe confirm that Northbeam completed the Defender for Endpoint and Defender for Identity "
        "deployment at our Saguenay and Alma plants (318 workstations, 41 servers, 4 DCs). We approve the "
        "work.\n\nMartin Bouchard\nDirecteur TI, Saguenay Composites",
        lang="fr",
    )
    fwd = Mail(
        NB_PM,
        [NB_ADMIN],
        "TR: Approbation - déploiement Defender",
        T(2026, 5, 4, 13, 40, -4),
        "FYI – customer approval for the CPOR claim. Thanks!\n\nJulie",
        quoted=original,
        forward=True,
        style="outlook",
        lang="fr",
    )
    files = {
        "FW_ Approbation - déploiement Defender.msg": msg_file(fwd),
        "Saguenay_Defender_Deployment_Summary.pdf": summary,
    }
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=NORTHBEAM,
        pc=NB_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR IDENTITY"],
        submitted=T(2026, 6, 2, 10, 0, -4),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_saguenay_forwarded_approval",
        claim,
        files,
        "action_required",
        "The customer's approval only reaches the claim inside a forward from the partner's project manager to the "
        "partner's own claims desk (northbeam.ca to northbeam.ca). The guide lists e-mails forwarded from customers "
        "as insufficient: the partner must submit the customer's original message.",
        "The .msg is 'TR: Approbation…' from jtremblay@northbeam.ca to claims@northbeam.ca quoting the customer.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "workload_match": "pass",
            "reused_evidence": "pass",
        },
    )


def s49_014_alpengluehn_docusign() -> Bundle:
    cid = "4901014"
    cust = Org(
        "Alpenglühn Bergbahnen AG",
        "Alpenglühn Bergbahnen",
        "alpengluehn-bahnen.ch",
        "CH",
        "6390 Engelberg",
        "Talstation 1",
        "#1565c0",
    )
    cc = person(cust, "Reto Gisler", "Leiter Informatik", "reto.gisler")
    html = f"""
<h1>Abnahme / Completion Confirmation</h1>
<p style="font-size:12pt">Microsoft Teams Rooms &amp; Teams Meetings – Alpenglühn Bergbahnen AG</p>
{
        kv(
            [
                ("Projekt / Project", "HC-2025-118 Teams Rooms"),
                ("Kunde / Customer", escape(cust.name)),
                ("Partner", escape(HELVETIC.name)),
                ("Zeitraum / Period", "3 November 2025 – 30 January 2026"),
            ]
        )
    }
<h2>Delivered</h2>
{
        grid(
            ["Item", "Details"],
            [
                (
                    "Teams Rooms",
                    "11 rooms: valley station (4), mountain station (2), administration (3), ski school (2); Yealink "
                    "MeetingBar A30 and Logitech Rally; Teams Rooms Pro licences assigned; device health monitoring",
                ),
                (
                    "Teams Meetings",
                    "Meeting policies for 260 staff, webinar setup for the seasonal staff onboarding (4 sessions, "
                    "380 attendees), live captions in German and English, recording retention",
                ),
                ("Training", "Room etiquette guide, 6 short trainings for the mountain operations team"),
            ],
            [25, 75],
        )
    }
<p>Mit der Unterschrift bestätigt der Kunde die Abnahme der oben genannten Leistungen. / By signing, the customer
confirms acceptance of the services above.</p>
{
        fields(
            [
                ("Kunde / Customer", "", 54),
                ("Name", f"{escape(cc.name)}, {escape(cc.title)}", 14),
                ("Datum / Date", "", 18),
            ]
        )
    }
"""
    pdf = html_pdf(
        html,
        meta("Abnahme Teams Rooms Alpengluehn", HC_PM.name, T(2026, 2, 2, 9, 0, 1)),
        f"{cid}|doc",
        style=css(HELVETIC.color),
        decor=Decor(HELVETIC, right="Abnahme HC-2025-118", footer=escape(HELVETIC.name), accent=HELVETIC.color),
    )
    signed = esign(
        pdf,
        cc,
        T(2026, 2, 4, 10, 31, 1),
        f"{cid}|env",
        sig_anchor="Kunde / Customer",
        sig_dx=150,
        sig_dy=4,
        date_anchor="Datum / Date",
        date_dx=150,
        date_dy=3,
        date_text="04.02.2026",
        vendor="docusign",
        certificate=True,
        sender=HC_PM,
        ip="185.12.64.21",
    )
    files = {"Abnahme_TeamsRooms_Alpengluehn_DocuSign.pdf": signed}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=HELVETIC,
        pc=HC_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS ROOMS", "TEAMS MEETINGS"],
        submitted=T(2026, 2, 16, 16, 12, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_alpengluehn_docusign_certificate",
        claim,
        files,
        "approve",
        "Bilingual completion confirmation e-signed through DocuSign by the customer's head of IT on 04.02.2026, with "
        "envelope ID on every page and a certificate of completion (signer events, IP, timestamps): a verifiable "
        "eSignature. 11 Teams Rooms and meeting policies for 260 staff are described.",
        "DocuSign envelope: signed by reto.gisler@alpengluehn-bahnen.ch 02/04/2026, certificate of completion "
        "attached.",
        cpor_ok(),
        container="zip",
    )


def s49_015_ozark_template_esigned() -> Bundle:
    cid = "4901015"
    cust = Org(
        "Ozark Timberline Supply Co.",
        "Ozark Timberline",
        "ozarktimberline.com",
        "US",
        "Springfield, MO 65806",
        "2100 W Chestnut Expy",
        "#5d4037",
    )
    cc = person(cust, "Brandon Hale", "IT Director", "bhale")
    scope = (
        "<p>Ozark Timberline had no email protection beyond Exchange Online Protection and used an expiring "
        "third-party antivirus on 540 Windows endpoints across 12 lumber yards and the Springfield office.</p>"
        + ul(
            [
                "Microsoft Defender for Office 365 Plan 2 for 610 mailboxes: Safe Links, Safe Attachments, "
                "anti-phishing with impersonation protection for 18 executives and the AP team, attack simulation "
                "(2 campaigns, click rate down from 14% to 4%).",
                "Microsoft Defender for Endpoint Plan 2: onboarded 540 workstations and 26 servers via Intune and "
                "GPO; ASR rules moved from audit to block after 3 weeks; EDR block mode; automated investigation "
                "and remediation 'Full' for workstations; device groups per yard.",
                "Timeline: kick-off 04/06/2026, MDO live 04/24/2026, MDE rollout 04/27 – 06/12/2026, handover "
                "06/26/2026.",
                "Ozark IT team (2 people) trained on incident queue and quarantine release.",
            ]
        )
    )
    pdf = ms_poe_template(
        KEYSTONE,
        cust,
        cc,
        [
            ("Microsoft Defender for Endpoint (MDE)", ("Deployment", "Implementation")),
            ("Microsoft Defender for Office 365", ("Deployment", "Implementation", "Adoption/Change Mgmt.")),
        ],
        scope,
        D(2026, 4, 6),
        D(2026, 6, 26),
        f"{cid}|tpl",
    )
    signed = esign(
        pdf,
        cc,
        T(2026, 6, 30, 15, 4, -5),
        f"{cid}|env",
        sig_anchor="Signature",
        sig_dx=150,
        sig_dy=12,
        date_anchor="Date Signed",
        date_dx=150,
        date_dy=3,
        date_text="6/30/2026",
        vendor="adobe",
        certificate=False,
        sender=KR_AM,
    )
    files = {"Ozark_Timberline_CPOR_POE_esigned.pdf": signed}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=KEYSTONE,
        pc=KR_AM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR OFFICE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 7, 21, 9, 18, -5),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_ozark_ms_template_esigned",
        claim,
        files,
        "approve",
        "Microsoft's optional Security usage template, fully filled in: products and activity types ticked, detailed "
        "scope (610 mailboxes, 540 workstations + 26 servers, dates), partner and customer named, and the customer "
        "acknowledgement e-signed by Ozark's IT Director on 6/30/2026 with the e-sign transaction ID on each page – "
        "the same shape as the guide's valid example (which also shows no separate audit page).",
        "Section 3.1: e-signature of Brandon Hale, Date Signed 6/30/2026; Section 2 scope with counts and timeline.",
        cpor_ok(),
    )


def s49_016_sazava_digitally_signed() -> Bundle:
    cid = "4901016"
    cust = Org(
        "Strojírny Sázava a.s.",
        "Strojírny Sázava",
        "strojirny-sazava.cz",
        "CZ",
        "285 06 Sázava",
        "Kácovská 311",
        "#455a64",
        "IČO 46357131",
    )
    cc = person(cust, "Ing. Martina Králová", "IT Manager", "martina.kralova")
    html = f"""
<h1>Předávací protokol / Handover Protocol</h1>
<p style="font-size:12pt">Exchange Online &amp; Microsoft 365 Apps</p>
{
        kv(
            [
                (
                    "Customer / Objednatel",
                    escape(cust.name) + ", " + escape(cust.address) + " (" + escape(cust.reg) + ")",
                ),
                ("Supplier / Dodavatel", escape(VLTAVA.name) + ", " + escape(VLTAVA.address)),
                ("Order / Objednávka", "OBJ-2025-0981"),
                ("Date / Datum", "14. 1. 2026"),
            ]
        )
    }
<h2>Delivered services</h2>
{
        grid(
            ["Workload", "Delivered", "Volume"],
            [
                (
                    "Exchange Online",
                    "Hybrid migration from Exchange 2013, mail flow through the Sázava site, retention "
                    "policies, shared mailboxes for sales and service, decommissioning of the on-premises server",
                    "410 mailboxes",
                ),
                (
                    "Microsoft 365 Apps",
                    "Deployment of Microsoft 365 Apps for enterprise incl. 60 CAD workstations with "
                    "Inventor/SolidWorks add-ins tested, shared activation for 14 shop-floor terminals",
                    "395 users",
                ),
            ],
            [22, 58, 20],
        )
    }
<h2>Timeline</h2>{
        ul(
            [
                "Analysis and design: 3–14 November 2025",
                "Mailbox migration in 4 batches: 17 November – 12 December 2025",
                "Apps rollout and CAD testing: 1–13 January 2026",
            ]
        )
    }
<h2>Acceptance / Převzetí</h2>
<p>The customer takes over the services above as delivered by Vltava Cloud s.r.o. / Objednatel přebírá výše uvedené
služby bez výhrad.</p>
<p style="margin-top:8pt">Signed for the customer / Za objednatele:</p>
"""
    pdf = html_pdf(
        html,
        meta("Predavaci protokol M365", VC_PM.name, T(2026, 1, 13, 16, 0, 1)),
        f"{cid}|doc",
        style=css(VLTAVA.color),
        decor=Decor(
            VLTAVA,
            right="Předávací protokol · OBJ-2025-0981",
            footer=escape(VLTAVA.name + " · " + VLTAVA.reg),
            accent=VLTAVA.color,
        ),
    )
    signed = digisign(
        pdf,
        cc,
        T(2026, 1, 14, 9, 48, 1),
        f"{cid}|sig",
        ca_name="SignCZ Qualified CA 3",
        anchor="Signed for the customer / Za objednatele:",
        dy=18,
        reason="Převzetí / Acceptance",
    )
    files = {"Predavaci_protokol_M365_podepsano.pdf": signed}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=VLTAVA,
        pc=VC_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "MICROSOFT 365 APPS"],
        submitted=T(2026, 1, 26, 10, 40, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_sazava_digitally_signed_protocol",
        claim,
        files,
        "approve",
        "Bilingual Czech/English handover protocol, every statement also in English, with 410 mailboxes and 395 "
        "users, timeline, and a valid PAdES digital signature by the customer's IT manager (certificate issued to "
        "Strojírny Sázava a.s.) made on 2026-01-14: a verifiable electronic signature twelve days before submission.",
        "Digital signature by Ing. Martina Králová (PAdES), signing time 2026-01-14; document unchanged since.",
        cpor_ok(),
    )


def s49_017_monte_sabino_quote_po_msa() -> Bundle:
    cid = "4901017"
    cust = Org(
        "Oleificio Monte Sabino S.r.l.",
        "Monte Sabino",
        "montesabino.it",
        "IT",
        "02032 Fara in Sabina (RI)",
        "Via Salaria per Roma 41",
        "#689f38",
        "P.IVA 01122870571",
    )
    cc = person(cust, "Stefano Conti", "Responsabile Amministrativo", "s.conti")
    lines = [
        ("Microsoft 365 Business Premium – CSP, annuale / annual", "85", "€ 20,60 / mese", "€ 21.012,00"),
        ("Teams Phone Standard – CSP", "20", "€ 7,90 / mese", "€ 1.896,00"),
        ("Exchange Online (Plan 1) – CSP", "15", "€ 3,70 / mese", "€ 666,00"),
        ("Servizi: migrazione posta, configurazione Teams, formazione (32 h)", "32", "€ 75,00 / h", "€ 2.400,00"),
    ]
    quote = html_pdf(
        f"""
<h1>Offerta commerciale / Quotation</h1>
{
            kv(
                [
                    ("Offerta n. / Quote no.", "LD-2026-0117"),
                    ("Data / Date", "3 febbraio 2026"),
                    ("Cliente / Customer", escape(cust.name) + " – " + escape(cust.address)),
                    ("Validità / Valid", "30 giorni"),
                ]
            )
        }
{grid(["Descrizione / Description", "Q.tà", "Prezzo unitario", "Totale"], lines, [52, 8, 20, 20])}
<p><b>Totale imponibile / Total excl. VAT: € 25.974,00</b> – IVA 22% esclusa. Pagamento: bonifico 30 gg d.f.</p>
<p class="small">Condizioni: licenze fatturate anticipatamente su base annuale (NCE). I servizi professionali sono
erogati da remoto salvo diverso accordo.</p>
<h2>Per accettazione / Accepted</h2>
{fields([("Timbro e firma / Stamp and signature", "", 46), ("Data / Date", "", 18)], key_w=190)}
""",
        meta("Offerta LD-2026-0117", LD_PM.name, T(2026, 2, 3, 11, 0, 1)),
        f"{cid}|q",
        style=css(LAGUNA.color),
        decor=Decor(
            LAGUNA, right="Offerta LD-2026-0117", footer=escape(LAGUNA.name + " · " + LAGUNA.reg), accent=LAGUNA.color
        ),
    )
    quote_signed = scan_pdf(
        quote,
        [
            Ink("Timbro e firma", "sig", cc.name, dx=200, dy=2, h=30),
            Ink(
                "Timbro e firma",
                "stamp",
                dx=300,
                dy=-4,
                h=40,
                lines=("OLEIFICIO MONTE SABINO S.r.l.", "P.IVA 01122870571"),
            ),
            Ink("Data / Date", "hand", "12/02/2026", dx=200, dy=0, h=13, occurrence=1),
        ],
        f"{cid}|qs",
        T(2026, 2, 12, 12, 30, 1),
        dpi=150,
        skew=-0.5,
    )
    po = html_pdf(
        f"""
<table><tr><td style="border:none;width:280pt"><h1 style="color:#689f38">Oleificio Monte Sabino S.r.l.</h1>
{escape(cust.address)}<br/>{escape(cust.reg)}</td><td style="border:none;width:180pt;text-align:right">
<b>ORDINE DI ACQUISTO</b><br/>PURCHASE ORDER<br/>N. 4500012873<br/>del 16/02/2026</td></tr></table>
{
            kv(
                [
                    ("Fornitore / Supplier", escape(LAGUNA.name) + ", " + escape(LAGUNA.address)),
                    ("Riferimento offerta / Quote ref.", "LD-2026-0117 del 03/02/2026"),
                    ("Consegna / Delivery", "Attivazione licenze entro il 01/03/2026"),
                ]
            )
        }
{
            grid(
                ["Pos.", "Descrizione", "Q.tà", "Importo"],
                [
                    ("10", "Microsoft 365 Business Premium (CSP annuale)", "85", "€ 21.012,00"),
                    ("20", "Teams Phone Standard (CSP)", "20", "€ 1.896,00"),
                    ("30", "Exchange Online Plan 1 (CSP)", "15", "€ 666,00"),
                    ("40", "Servizi professionali come da offerta", "32 h", "€ 2.400,00"),
                ],
                [8, 60, 10, 22],
            )
        }
<p><b>Totale ordine: € 25.974,00 + IVA</b></p>
<p>Ufficio Acquisti – Stefano Conti</p>
""",
        meta("ODA 4500012873", "Ufficio Acquisti", T(2026, 2, 16, 9, 12, 1), WORD2019),
        f"{cid}|po",
    )
    msa_html = f"""
<h1>Contratto Quadro di Servizi / Master Services Agreement</h1>
<p>tra / between <b>{escape(LAGUNA.name)}</b> ("Fornitore / Supplier") e / and <b>{escape(cust.name)}</b>
("Cliente / Customer")</p>
<h2>1. Oggetto / Subject</h2><p>Il presente contratto disciplina la fornitura di servizi IT e di licenze software
ordinati dal Cliente mediante ordini specifici. / This agreement governs IT services and software licences ordered by
the Customer through individual orders.</p>
<h2>2. Durata / Term</h2><p>36 mesi dalla firma, rinnovo tacito annuale. / 36 months from signature, renewing yearly.
</p>
<h2>3. Corrispettivi / Fees</h2><p>Come da singole offerte accettate. / As per accepted quotations.</p>
<h2>4. Riservatezza / Confidentiality</h2><p>Le parti mantengono riservate le informazioni ricevute. / The parties
keep received information confidential.</p>
<h2>5. Responsabilità / Liability</h2><p>Limitata al valore dei corrispettivi degli ultimi 12 mesi. / Limited to fees
paid in the preceding 12 months.</p>
<h2>6. Legge applicabile / Governing law</h2><p>Legge italiana, foro di Rieti. / Italian law, courts of Rieti.</p>
""" + signoff(
        "lines",
        [
            Party("Cliente / Customer", cust.name, cc.name, cc.title),
            Party("Fornitore / Supplier", LAGUNA.name, LD_PM.name, LD_PM.title),
        ],
        heading="Firme / Signatures",
        labels=("Nome", "Ruolo", "Firma", "Data"),
    )
    msa = html_pdf(
        msa_html,
        meta("MSA Monte Sabino", LD_PM.name, T(2024, 3, 1, 10, 0, 1)),
        f"{cid}|msa",
        style=css(LAGUNA.color, size=9),
    )
    msa_scan = scan_pdf(
        msa,
        [
            *sign_inks(
                "lines", Party("", cust.name, cc.name), 0, "05/03/2024", labels=("Nome", "Ruolo", "Firma", "Data")
            ),
            *sign_inks(
                "lines",
                Party("", LAGUNA.name, LD_PM.name),
                1,
                "05/03/2024",
                labels=("Nome", "Ruolo", "Firma", "Data"),
                color=INK_BLACK,
            ),
        ],
        f"{cid}|msas",
        T(2024, 3, 5, 17, 0, 1),
        dpi=150,
        skew=0.7,
    )
    order_form = html_pdf(
        f"""
<h1>Modulo d'ordine licenze / Licence Order Form</h1>
<p>Microsoft Cloud Solution Provider – New Commerce</p>
{
            kv(
                [
                    ("Cliente / Customer", escape(cust.name)),
                    ("Dominio / Tenant", "montesabino.onmicrosoft.com"),
                    ("Rivenditore / Reseller", escape(LAGUNA.name)),
                    ("Decorrenza / Start", "01/03/2026 – durata annuale / annual term"),
                ]
            )
        }
{
            grid(
                ["Prodotto / Product", "Q.tà", "Impegno / Term"],
                [
                    ("Microsoft 365 Business Premium", "85", "P1Y, fatturazione mensile"),
                    ("Teams Phone Standard", "20", "P1Y"),
                    ("Exchange Online (Plan 1)", "15", "P1Y"),
                ],
                [56, 14, 30],
            )
        }
<p>Il Cliente dichiara di aver accettato il Microsoft Customer Agreement. / The Customer confirms acceptance of the
Microsoft Customer Agreement.</p>
{fields([("Firma del cliente", "", 40), ("Nome / Data", escape(cc.name) + " – 20/02/2026", 14)])}
""",
        meta("Modulo ordine CSP", LD_PM.name, T(2026, 2, 19, 12, 0, 1)),
        f"{cid}|of",
        style=css(LAGUNA.color),
        decor=Decor(LAGUNA, right="Modulo d'ordine CSP", footer=escape(LAGUNA.name), accent=LAGUNA.color),
    )
    order_signed = stamp_pdf(
        order_form,
        [Ink("Firma del cliente", "sig", cc.name, dx=150, dy=4, h=30)],
        f"{cid}|ofs",
        meta("Modulo ordine CSP firmato", cc.name, T(2026, 2, 20, 10, 0, 1)),
    )
    files = {
        "Offerta_LD-2026-0117_firmata.pdf": quote_signed,
        "Ordine_di_acquisto_4500012873.pdf": po,
        "Modulo_ordine_licenze_CSP_firmato.pdf": order_signed,
        "Contratto_Quadro_MSA_2024.pdf": msa_scan,
    }
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=LAGUNA,
        pc=LD_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT 365 APPS", "TEAMS", "EXCHANGE ONLINE"],
        submitted=T(2026, 5, 11, 15, 30, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_monte_sabino_quote_po_msa",
        claim,
        files,
        "action_required",
        "Everything uploaded is a document the guide never accepts as POE: a customer-signed pricing quote for CSP "
        "licences, the customer's purchase order, a signed CSP licence order form (a licensing transaction) and a "
        "2024 master services agreement with no recent engagement documentation. Signatures on them do not acknowledge "
        "delivered work, and nothing describes activities per "
        "workload.",
        "Quote 'Per accettazione' + PO 4500012873 + CSP order form + MSA 2024: licence prices and legal terms only.",
        {
            "unacceptable_documents": "fail",
            "activity_detail": "fail",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
        container="zip",
    )


def s49_018_kingfisher_msa_plus_review() -> Bundle:
    cid = "4901018"
    cust = Org(
        "Kingfisher Print & Packaging Ltd",
        "Kingfisher P&P",
        "kingfisherpp.co.uk",
        "GB",
        "Wakefield WF2 0XQ",
        "Unit 4, Calder Park",
        "#0277bd",
    )
    cc = person(cust, "Joanne Pickering", "IT & Systems Manager", "joanne.pickering")
    parties = [
        Party("Customer", cust.name, "David Ashworth", "Managing Director"),
        Party("Supplier", QUILLON.name, "Oliver Grant", "Director"),
    ]
    msa = html_pdf(
        f"""
<h1>Master Services Agreement</h1>
<p>This agreement is made on 14 March 2022 between <b>{escape(QUILLON.name)}</b> (company no. 10984421) and
<b>{escape(cust.name)}</b> (company no. 04411872).</p>
<h2>1. Services</h2><p>The Supplier will provide the managed and project services described in service schedules
agreed in writing from time to time.</p>
<h2>2. Term</h2><p>Initial term of three years, continuing thereafter until terminated on six months' notice.</p>
<h2>3. Charges</h2><p>As set out in each service schedule; invoiced monthly in arrears.</p>
<h2>4. Data protection</h2><p>Each party complies with UK GDPR; the Supplier processes personal data only on
documented instructions.</p>
<h2>5. Liability</h2><p>Limited to 125% of the charges paid in the twelve months preceding the claim.</p>
"""
        + signoff("lines", parties, heading="Signed for and on behalf of the parties"),
        meta("Kingfisher MSA", "Oliver Grant", T(2022, 3, 10, 12, 0)),
        f"{cid}|msa",
        style=css(QUILLON.color),
    )
    msa_scan = scan_pdf(
        msa,
        [
            *sign_inks("lines", parties[0], 0, "14/03/2022"),
            *sign_inks("lines", parties[1], 1, "14/03/2022", color=INK_BLACK),
        ],
        f"{cid}|msas",
        T(2022, 3, 14, 16, 0),
        dpi=150,
        skew=0.3,
    )
    review = report_pdf(
        QUILLON,
        f"""
<h1>Monthly Service Review – September 2026</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Service", "Intranet programme – SharePoint Online and Viva Connections"),
                    ("Service schedule", "SS-07 under MSA of 14 March 2022"),
                    ("Review meeting", "28/09/2026, Calder Park"),
                ]
            )
        }
<h2>Work delivered this month</h2>
{
            ul(
                [
                    "New Health &amp; Safety site with incident reporting list and Power Automate approval (replaces "
                    "paper forms).",
                    "Finance shared drive migrated: 120 GB, 41,000 files, permissions mapped to 3 security groups.",
                    "Viva Connections mobile rolled out to 90 shop-floor tablets on the Wakefield and Goole lines.",
                    "Dashboard cards added: shift rota, production KPIs, H&amp;S incidents (9 cards in total).",
                ]
            )
        }
<h2>Service measures</h2>
{
            grid(
                ["Measure", "August", "September"],
                [
                    ("Intranet users (monthly active)", "291 of 340", "318 of 340"),
                    ("Viva Connections weekly active", "64%", "78%"),
                    ("SharePoint sites in service", "13", "14"),
                    ("Tickets resolved within SLA", "96%", "100%"),
                ],
                [50, 25, 25],
            )
        }
<h2>Plan for October</h2>{ul(["Migrate Sales shared drive (210 GB).", "Quarterly permissions review with IT."])}
""",
        meta("Kingfisher service review Sep 2026", QD_DM.name, T(2026, 9, 28, 17, 0, 1)),
        f"{cid}|rev",
        right="Monthly Service Review",
    )
    m1 = Mail(
        QD_DM,
        [cc],
        "September service review – intranet programme",
        T(2026, 9, 28, 17, 20, 1),
        "Hi Joanne,\n\nThanks for today's review. The September report is attached – please let me know if "
        "anything needs correcting.\n\nBest wishes,\nHannah\n\n" + footer_block(QD_DM),
        attachments=[("Kingfisher_Service_Review_Sep2026.pdf", review)],
    )
    m2 = Mail(
        cc,
        [QD_DM],
        "RE: September service review – intranet programme",
        T(2026, 9, 29, 8, 55, 1),
        "Morning Hannah,\n\nAll correct from our side. Confirming that Quillon continues to run our intranet "
        "programme – SharePoint Online and Viva Connections – under the service schedule: the H&S site is live, "
        "Finance is off the shared drive and the shop-floor tablets are on Viva Connections. Happy for the "
        "Sales drive to go next.\n\nThanks,\nJo\n\nJoanne Pickering | IT & Systems Manager | Kingfisher Print & "
        "Packaging Ltd",
        quoted=m1,
    )
    files = {
        "Kingfisher_MSA_2022_signed.pdf": msa_scan,
        "Kingfisher_Service_Review_Sep2026.pdf": review,
        "RE_ September service review – intranet programme.eml": eml(m2),
    }
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=QUILLON,
        pc=QD_DM,
        cust=cust,
        cc=cc,
        workloads=["SHAREPOINT ONLINE", "VIVA CONNECTIONS"],
        submitted=T(2026, 10, 5, 11, 2, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_kingfisher_msa_with_recent_review",
        claim,
        files,
        "approve",
        "A 2022 MSA on its own would not count, but here it comes with recent engagement documentation: the "
        "September 2026 service review (SharePoint sites, 90 tablets on Viva Connections, usage figures) and the "
        "customer's e-mail of 29/09/2026 confirming the ongoing work. MSAs are acceptable with recent proof.",
        "E-mail from joanne.pickering@kingfisherpp.co.uk, 29/09/2026, confirming the September review and ongoing "
        "SharePoint/Viva Connections work.",
        cpor_ok(email_ack=True),
    )


def s49_019_rheinapotheken_mip_deferred() -> Bundle:
    cid = "4901019"
    cust = Org(
        "Rheinapotheken Verbund GmbH",
        "Rheinapotheken",
        "rheinapotheken.de",
        "DE",
        "40213 Düsseldorf",
        "Königsallee 92a",
        "#2e7d32",
    )
    cc = person(cust, "Sebastian Kroll", "Leiter IT", "s.kroll")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Contractor", OSTARA.name, OS_SEC.name, OS_SEC.title),
    ]
    sow = html_pdf(
        f"""
<h1>Statement of Work – Endpoint Security</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Contractor", escape(OSTARA.name)),
                    ("SOW", "OS-SOW-2026-044"),
                    ("Planned period", "20 April – 31 July 2026"),
                ]
            )
        }
<h2>1. Scope</h2>
{
            grid(
                ["Workload", "Status", "Scope"],
                [
                    (
                        "Microsoft Intune",
                        "In scope",
                        "310 pharmacy PCs and 96 tablets in 38 pharmacies; compliance and configuration "
                        "policies; Windows Autopilot for replacements",
                    ),
                    (
                        "Microsoft Defender for Endpoint",
                        "In scope",
                        "Same 406 devices plus 12 servers; ASR rules; EDR block mode",
                    ),
                    (
                        "Microsoft Purview Information Protection",
                        "<b>Deferred to Phase 2</b>",
                        "Not part of this order. To be "
                        "quoted separately after the customer's data classification project (expected Q1 2027).",
                    ),
                ],
                [28, 16, 56],
            )
        }
<h2>2. Approach</h2>{
            ul(
                [
                    "Pilot in 3 pharmacies (Düsseldorf Altstadt, Neuss, Ratingen).",
                    "Rollout in 5 waves of 7–8 pharmacies outside opening hours.",
                    "Weekly status report (KW) to the customer's head of IT.",
                ]
            )
        }
"""
        + signoff("rows", parties, heading="2. Signatures"),
        meta("OS-SOW-2026-044", OS_PM.name, T(2026, 4, 8, 10, 0, 2)),
        f"{cid}|sow",
        style=css(OSTARA.color),
    )
    sow_scan = scan_pdf(
        sow,
        [
            *sign_inks("rows", parties[0], 0, "10.04.2026"),
            *sign_inks("rows", parties[1], 1, "10.04.2026", color=INK_BLACK),
        ],
        f"{cid}|sows",
        T(2026, 4, 10, 15, 0, 2),
        dpi=150,
        skew=0.6,
    )
    w = Word(accent="6A1B9A")
    w.header(OSTARA, "Status report KW 27")
    w.h("Rheinapotheken – Endpoint Security – Status report KW 27/2026", 0)
    w.table(
        [
            ["Workstream", "Status", "Progress"],
            ["Intune", "Green", "Waves 1–4 done: 264 PCs, 82 tablets enrolled"],
            ["Defender for Endpoint", "Green", "351 devices and 12 servers onboarded; ASR block mode in waves 1–3"],
            ["Purview Information Protection", "Not started", "Phase 2 – not part of SOW OS-SOW-2026-044"],
        ]
    )
    w.p("Next week: wave 5 (8 pharmacies, Krefeld and Mönchengladbach).")
    status = w.save(meta("Status KW27", OS_SEC.name, T(2026, 7, 3, 16, 0, 2)))
    files = {"Rheinapotheken_SOW_Security_signed.pdf": sow_scan, "Rheinapotheken_Status_Report_KW27.docx": status}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=OSTARA,
        pc=OS_SEC,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT", "MICROSOFT INFORMATION PROTECTION"],
        submitted=T(2026, 7, 30, 10, 10, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_rheinapotheken_purview_deferred",
        claim,
        files,
        "action_required",
        "Signed SOW and status report support Intune and Defender for Endpoint, but the claim also includes "
        "MICROSOFT INFORMATION PROTECTION, which the SOW itself marks 'Deferred to Phase 2 – not part of this order' "
        "and the status report shows as not started. The partner must remove that workload or prove work on it.",
        "SOW scope table: 'Microsoft Purview Information Protection – Deferred to Phase 2'.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "reused_evidence": "pass",
        },
    )


def s49_020_quebrada_honda_generic() -> Bundle:
    cid = "4901020"
    cust = Org(
        "Viña Quebrada Honda SpA",
        "Quebrada Honda",
        "quebradahonda.cl",
        "CL",
        "Santa Cruz, Colchagua",
        "Camino a Lolol km 7",
        "#880e4f",
    )
    cc = person(cust, "Paula Errázuriz", "Gerente de Administración y Finanzas", "perrazuriz")
    svc = report_pdf(
        ARAUCARIA,
        f"""
<h1>Servicios Microsoft 365 / Microsoft 365 Services</h1>
<p>Araucaria Consultores provides its customers with end-to-end Microsoft 365 services:</p>
{
            ul(
                [
                    "Assistance for license assignment, deployment setup and guidance.",
                    "Advisory and remediation activities, support tickets, adoption training and providing adoption "
                    "materials.",
                    "Teams, SharePoint and Exchange Online best practices to improve collaboration and productivity.",
                    "Ongoing support and testing.",
                ]
            )
        }
<p>Microsoft 365 helps organisations work from anywhere, keep data secure and collaborate in real time.</p>
""",
        meta("Servicios M365", AC_PM.name, T(2026, 2, 18, 12, 0, -3)),
        f"{cid}|svc",
        right="Servicios M365",
    )
    m1 = Mail(
        AC_PM,
        [cc],
        "Partner M365",
        T(2026, 2, 19, 17, 5, -3),
        "Hola Paula,\n\nComo conversamos, ¿nos puedes confirmar por correo que Araucaria es su partner de "
        "Microsoft 365?\n\nSaludos,\nIgnacio",
        lang="es",
    )
    m2 = Mail(
        cc,
        [AC_PM],
        "RE: Partner M365",
        T(2026, 2, 20, 9, 30, -3),
        "Hola Ignacio,\n\nWe agree that Araucaria will be our partner on M365 solutions.\n\nSaludos,\nPaula "
        "Errázuriz\nGerente de Administración y Finanzas\nViña Quebrada Honda",
        quoted=m1,
        lang="es",
    )
    files = {"RE_ Partner M365.eml": eml(m2), "Araucaria_Servicios_M365.pdf": svc}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=ARAUCARIA,
        pc=AC_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE", "EXCHANGE ONLINE"],
        submitted=T(2026, 3, 16, 12, 0, -3),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_quebrada_honda_generic_services",
        claim,
        files,
        "action_required",
        "This is the guide's own invalid example: a one-line customer e-mail 'We agree that Araucaria will be our "
        "partner on M365 solutions' and a generic list of high-level services with product benefits – no users, "
        "sites, timelines or per-workload work. Activities are not stated in detail and the acknowledgement does "
        "not confirm any specific work.",
        "E-mail: 'We agree that Araucaria will be our partner on M365 solutions'; PDF lists generic tasks only.",
        {
            "activity_detail": "fail",
            "customer_acknowledgement": ["fail", "warn"],
            "customer_domain": "pass",
            "reused_evidence": "pass",
        },
    )


def s49_021_waitaki_outsourced_it() -> Bundle:
    cid = "4901021"
    cust = Org(
        "Waitaki Dairy Co-operative Ltd",
        "Waitaki Dairy",
        "waitakidairy.co.nz",
        "NZ",
        "Oamaru 9400",
        "18 Humber Street",
        "#1565c0",
    )
    cc = person(cust, "Fiona McAllister", "Operations Manager", "fiona.mcallister")
    provider = Org(
        "Southern IT Services Ltd",
        "Southern IT",
        "southernits.co.nz",
        "NZ",
        "Dunedin 9016",
        "120 Cumberland Street",
        "#455a64",
    )
    craig = person(provider, "Craig Bennett", "Service Delivery Manager", "craig.bennett")
    report = report_pdf(
        KAURI,
        f"""
<h1>Completion report – Intune and Microsoft 365 Apps</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Partner", escape(KAURI.name)),
                    ("Period", "16 February – 31 July 2026"),
                    ("Sites", "Oamaru factory, Pukeuri plant, 4 farm support offices"),
                ]
            )
        }
{
            grid(
                ["Workload", "Delivered", "Numbers"],
                [
                    (
                        "Intune",
                        "Autopilot, compliance policies, iOS enrolment via ABM for farm advisors, app protection for "
                        "contractors' phones",
                        "212 Windows devices, 48 iPhones",
                    ),
                    (
                        "Microsoft 365 Apps",
                        "Deployment and update channel management, Office 2019 removal, Teams add-in for "
                        "the milk tanker dispatch team",
                        "230 users",
                    ),
                ],
                [20, 55, 25],
            )
        }
<h2>Milestones</h2>{
            ul(
                [
                    "Design sign-off 27 Feb",
                    "Pilot 9–20 March (IT and lab)",
                    "Rollout 23 March – 17 July",
                    "Handover to Southern IT (managed service provider) 31 July",
                ]
            )
        }
""",
        meta("Waitaki completion report", KD_LEAD.name, T(2026, 7, 31, 15, 0, 12)),
        f"{cid}|rep",
        right="Completion report",
    )
    m1 = Mail(
        KD_LEAD,
        [craig],
        "Waitaki Dairy – Intune completion sign-off",
        T(2026, 8, 3, 9, 10, 12),
        "Hi Craig,\n\nAs the handover is done, could you confirm completion on behalf of Waitaki so we can close "
        "the project? Report attached.\n\nCheers,\nAroha\n\n" + footer_block(KD_LEAD),
        cc=[cc],
        attachments=[("Waitaki_Intune_Completion_Report.pdf", report)],
    )
    m2 = Mail(
        craig,
        [KD_LEAD],
        "RE: Waitaki Dairy – Intune completion sign-off",
        T(2026, 8, 4, 14, 2, 12),
        "Hi Aroha,\n\nOn behalf of Waitaki Dairy (we look after their IT under our managed services contract) "
        "we confirm that Kauri completed the Intune and Microsoft 365 Apps rollout – 212 Windows devices and "
        "48 iPhones enrolled, 230 users on M365 Apps. Happy for this to serve as sign-off.\n\nRegards,\nCraig "
        "Bennett\nService Delivery Manager | Southern IT Services Ltd",
        quoted=m1,
    )
    files = {
        "Waitaki_Intune_Completion_Report.pdf": report,
        "RE_ Waitaki Dairy – Intune completion sign-off.msg": msg_file(m2),
    }
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=KAURI,
        pc=KD_LEAD,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT 365 APPS"],
        submitted=T(2026, 8, 25, 10, 30, 12),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_waitaki_outsourced_it_signs_off",
        claim,
        files,
        "action_required",
        "The detailed report is fine, but the only acknowledgement comes from southernits.co.nz – the customer's "
        "outsourced IT provider writing 'on behalf of' Waitaki – not from the customer's domain "
        "waitakidairy.co.nz. The guide requires the customer's own acknowledgement with the correct customer domain.",
        "Sign-off e-mail from craig.bennett@southernits.co.nz ('Southern IT Services Ltd'), not waitakidairy.co.nz.",
        {
            "customer_domain": "fail",
            "customer_acknowledgement": ["fail", "warn"],
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s49_022_halvorsen_different_company() -> Bundle:
    cid = "4901022"
    cust = Org(
        "Halvorsen Marine AS",
        "Halvorsen Marine",
        "halvorsenmarine.no",
        "NO",
        "6002 Ålesund",
        "Skansekaia 9",
        "#01579b",
        "Org.nr 987 114 552",
    )
    other = Org(
        "Halvorsen Maritime Services AS",
        "Halvorsen Maritime",
        "halvorsenmaritime.no",
        "NO",
        "5003 Bergen",
        "Bradbenken 1",
        "#004d40",
        "Org.nr 918 442 107",
    )
    cc = person(cust, "Silje Halvorsen", "CFO", "silje.halvorsen")
    ole = person(other, "Ole Kristiansen", "IT-ansvarlig / Head of IT", "ole.kristiansen")
    parties = [
        Party("Kunde / Customer", other.name, ole.name, "Head of IT"),
        Party("Leverandør / Supplier", BLUEFJELL.name, BF_PM.name, "Project Manager"),
    ]
    html = f"""
<h1>Akseptanseerklæring / Acceptance Certificate</h1>
{
        kv(
            [
                ("Kunde / Customer", f"{escape(other.name)}, {escape(other.reg)}, {escape(other.address)}"),
                ("Leverandør / Supplier", escape(BLUEFJELL.name) + ", " + escape(BLUEFJELL.address)),
                ("Prosjekt / Project", "Defender for Endpoint og Intune for kontor og fartøy / for office and vessels"),
            ]
        )
    }
<h2>Leveranse / Delivered</h2>
{
        ul(
            [
                "Microsoft Defender for Endpoint on 140 Windows devices (Bergen office and 6 supply vessels), device "
                "groups "
                "per vessel, EDR block mode, offline update procedure for vessels on satellite links.",
                "Microsoft Intune: 140 Windows devices and 60 iPhones enrolled; compliance policies; BitLocker; app "
                "protection "
                "for crew phones.",
                "Period: 2 March – 14 August 2026.",
            ]
        )
    }
""" + signoff("rows", parties, heading="Signaturer / Signatures")
    pdf = html_pdf(
        html,
        meta("Akseptanse Halvorsen", BF_PM.name, T(2026, 8, 17, 10, 0, 2)),
        f"{cid}|acc",
        style=css(BLUEFJELL.color),
        decor=Decor(
            BLUEFJELL,
            right="Akseptanseerklæring",
            footer=escape(BLUEFJELL.name + " · " + BLUEFJELL.reg),
            accent=BLUEFJELL.color,
        ),
    )
    scan = scan_pdf(
        pdf,
        [
            *sign_inks("rows", parties[0], 0, "19.08.2026"),
            *sign_inks("rows", parties[1], 1, "19.08.2026", color=INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 8, 19, 13, 0, 2),
        dpi=150,
        skew=0.4,
    )
    m1 = Mail(
        BF_PM,
        [ole],
        "Akseptanse – Defender og Intune",
        T(2026, 8, 17, 10, 30, 2),
        "Hei Ole,\n\nVedlagt akseptanseerklæringen for Defender og Intune. Kan du signere og bekrefte?\n\n"
        "Mvh\nIngrid\n\n" + footer_block(BF_PM),
        lang="en",
    )
    m2 = Mail(
        ole,
        [BF_PM],
        "RE: Akseptanse – Defender og Intune",
        T(2026, 8, 19, 13, 20, 2),
        "Hei Ingrid,\n\nSignert erklæring ligger vedlagt. We confirm delivery of Defender for Endpoint and Intune "
        "for our office and the six vessels.\n\nMvh\nOle Kristiansen\nIT-ansvarlig | Halvorsen Maritime "
        "Services AS | Bradbenken 1, Bergen",
        quoted=m1,
        attachments=[("Akseptanse_signert.pdf", scan)],
    )
    files = {"Acceptance_Halvorsen_signed.pdf": scan, "RE_ Akseptanse – Defender og Intune.eml": eml(m2)}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=BLUEFJELL,
        pc=BF_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        submitted=T(2026, 9, 8, 9, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_halvorsen_similar_name_other_company",
        claim,
        files,
        "action_required",
        "The claim is for Halvorsen Marine AS (Ålesund, halvorsenmarine.no, org.nr 987 114 552) but every document is "
        "for Halvorsen Maritime Services AS (Bergen, halvorsenmaritime.no, org.nr 918 442 107) – a similarly named, "
        "different company. The acknowledgement is not from the claimed customer's domain and the claimed customer "
        "is not named in the POE.",
        "Acceptance certificate 'Kunde / Customer: Halvorsen Maritime Services AS, Org.nr 918 442 107'; e-mail from "
        "halvorsenmaritime.no.",
        {
            "customer_domain": "fail",
            "partner_customer_names": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s49_023_fraser_delta_subdomain() -> Bundle:
    cid = "4901023"
    cust = Org(
        "Fraser Delta Seafoods Ltd.",
        "Fraser Delta Seafoods",
        "fdseafoods.com",
        "CA",
        "Richmond BC V6W 1J6",
        "13100 Mitchell Rd",
        "#006064",
    )
    cc = Person("Michael Chen", "m.chen@corp.fdseafoods.com", "IT Manager", cust)
    m1 = Mail(
        NB_PM,
        [cc],
        "Intune rollout – final numbers",
        T(2026, 10, 14, 15, 10, -7),
        "Hi Michael,\n\nHere are the final numbers for the Intune rollout before we close the project:\n"
        "- 296 Windows devices enrolled (Richmond 188, Ladner 108), Autopilot for the 40 new laptops\n"
        "- 92 Zebra TC52 handhelds on Android Enterprise dedicated mode for the receiving and cold rooms\n"
        "- 9 compliance policies, Windows Update rings, LAPS, BitLocker escrow\n\n"
        "Can you confirm they match your console and that you accept the deployment?\n\nThanks,\nJulie\n\n"
        + footer_block(NB_PM),
    )
    m2 = Mail(
        cc,
        [NB_PM],
        "RE: Intune rollout – final numbers",
        T(2026, 10, 15, 8, 2, -7),
        "Hi Julie,\n\nConfirmed – the numbers match our Intune console: 388 devices across the Richmond and "
        "Ladner plants (296 Windows, 92 Zebra handhelds). We accept the deployment as complete. Great work by "
        "the Northbeam team, especially on the cold-room handhelds.\n\nMichael Chen\nIT Manager, Fraser Delta "
        "Seafoods Ltd.",
        quoted=m1,
    )
    m3 = Mail(
        NB_PM,
        [cc],
        "RE: Intune rollout – final numbers",
        T(2026, 10, 15, 9, 40, -7),
        "Thanks Michael, we'll close the project and send the handover pack.\n\nJulie",
        quoted=m2,
    )
    m4 = Mail(
        cc,
        [NB_PM],
        "RE: Intune rollout – final numbers",
        T(2026, 10, 16, 7, 55, -7),
        "Thanks Julie, much appreciated!\n\nMichael",
        quoted=m3,
    )
    w = Word(accent="0277BD")
    w.header(NORTHBEAM, "Deployment report")
    w.h("Fraser Delta Seafoods – Intune deployment report", 0)
    w.p("Prepared by Northbeam Solutions Inc. · October 2026")
    w.table(
        [
            ["Phase", "Dates", "Activities"],
            ["Design", "Aug 10 – Aug 21", "Enrollment methods, compliance baseline"],
            ["Windows rollout", "Aug 24 – Sep 25", "Richmond then Ladner, 296 devices"],
            ["Handhelds", "Sep 28 – Oct 9", "92 Zebra TC52, dedicated mode, kiosk app for receiving"],
            ["Handover", "Oct 12 – Oct 16", "Runbook, 2 admin sessions"],
        ]
    )
    w.p("Out of scope: the 12 vessel laptops, which remain on the fleet vendor's management tool.")
    report = w.save(meta("FDS Intune deployment report", NB_PM.name, T(2026, 10, 16, 11, 0, -7)))
    files = {"RE_ Intune rollout – final numbers.eml": eml(m4), "FDS_Intune_Deployment_Report.docx": report}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=NORTHBEAM,
        pc=NB_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE"],
        submitted=T(2026, 11, 3, 10, 15, -8),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_fraser_delta_subdomain_thanks_on_top",
        claim,
        files,
        "approve",
        "The customer writes from corp.fdseafoods.com, a sub-domain of the claim's domain fdseafoods.com. The newest "
        "message is only a thank-you, but the thread quotes the customer's earlier reply confirming the numbers "
        "(388 devices) and accepting the deployment as complete.",
        "Quoted reply from m.chen@corp.fdseafoods.com, 15 Oct 2026: 'We accept the deployment as complete.'",
        cpor_ok(email_ack=True),
    )


def s49_024_vdb_minutes_akkoord() -> Bundle:
    cid = "4901024"
    cust = Org(
        "Koninklijke Van Dijk Bouwgroep N.V.",
        "VDB Bouwgroep",
        "vandijkbouw.nl",
        "NL",
        "3821 AE Amersfoort",
        "Stationsstraat 40",
        "#f57c00",
    )
    cc = person(cust, "Marloes Jansen", "Manager ICT", "m.jansen")
    minutes = html_pdf(
        f"""
<p class="muted">Verslag / Minutes</p>
<h1>Stuurgroep Teams &amp; SharePoint – VDB Bouwgroep</h1>
{
            kv(
                [
                    ("Datum / Date", "19 maart 2026"),
                    ("Locatie / Location", "Van Dijk Bouw, Amersfoort – Teams"),
                    ("Voorzitter / Chair", "Marloes Jansen (Manager ICT, VDB)"),
                ]
            )
        }
<h2>Aanwezig / Attendees</h2>
{
            grid(
                ["Naam", "Organisatie", "Rol"],
                [
                    ("Marloes Jansen", "VDB Bouwgroep", "Manager ICT"),
                    ("Pieter van Dijk", "VDB Bouwgroep", "CFO"),
                    ("Sanne Bos", "VDB Bouwgroep", "Projectcontrol"),
                    ("Bram de Groot", "Veluwe ICT", "Projectleider"),
                    ("Joost Hendriks", "Veluwe ICT", "Consultant Modern Work"),
                ],
                [34, 33, 33],
            )
        }
<h2>1. Status</h2>
{
            ul(
                [
                    "Teams: all 1,150 VDB users migrated from Google Workspace; a team per construction project (212 "
                    "active "
                    "project teams) with a standard channel template (Tekeningen, Planning, Kwaliteit, Veiligheid).",
                    "SharePoint Online: 3.8 TB of Google Drive content migrated; 34 departmental sites; retention "
                    "labels for "
                    "project dossiers (10 years).",
                    "Site staff: 380 uitvoerders use Teams on iPads for daily reports.",
                ]
            )
        }
<h2>2. Besluiten / Decisions</h2>
{
            ul(
                [
                    "Google Workspace licences end 31 March 2026 – approved.",
                    "Project closed; Veluwe ICT moves to the support contract from 1 April.",
                ]
            )
        }
<h2>3. Acties / Actions</h2>
{
            grid(
                ["#", "Actie", "Eigenaar"],
                [
                    ("1", "Cancel Google Workspace tenant", "Marloes Jansen"),
                    ("2", "Deliver final admin handbook", "Bram de Groot"),
                ],
                [8, 62, 30],
            )
        }
""",
        meta("Verslag stuurgroep 19 maart 2026", VI_PM.name, T(2026, 3, 20, 9, 30, 1)),
        f"{cid}|min",
        style=css(VELUWE.color),
        decor=Decor(VELUWE, right="Verslag stuurgroep", footer=escape(VELUWE.name), accent=VELUWE.color),
    )
    m1 = Mail(
        VI_PM,
        [cc],
        "Verslag stuurgroep 19 maart",
        T(2026, 3, 20, 10, 0, 1),
        "Hoi Marloes,\n\nHierbij het verslag van de stuurgroep van gisteren (English, for the Microsoft claim as "
        "discussed). Graag je akkoord.\n\nGroet,\nBram\n\n" + footer_block(VI_PM),
        lang="nl",
        attachments=[("VDB_Stuurgroep_2026-03-19.pdf", minutes)],
    )
    m2 = Mail(
        cc,
        [VI_PM],
        "RE: Verslag stuurgroep 19 maart – akkoord",
        T(2026, 3, 23, 8, 47, 1),
        "Hi Bram,\n\nAkkoord – the minutes reflect what we decided. On behalf of VDB we accept the Teams and "
        "SharePoint migration for our 1,150 users as delivered by Veluwe ICT.\n\nGroet,\nMarloes Jansen\n"
        "Manager ICT | Van Dijk Bouw",
        quoted=m1,
        lang="nl",
    )
    files = {
        "VDB_Stuurgroep_Steering_Committee_2026-03-19.pdf": minutes,
        "RE_ Verslag stuurgroep 19 maart – akkoord.eml": eml(m2),
    }
    claim = make_claim(
        cid,
        status="under_review",
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=VELUWE,
        pc=VI_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 4, 9, 14, 45, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_vdb_steerco_minutes_akkoord",
        claim,
        files,
        "approve",
        "Steering-committee minutes (English content, Dutch headings) and the customer's 'Akkoord' reply from "
        "vandijkbouw.nl accepting the migration for 1,150 users. The customer writes its name as 'VDB' and 'Van Dijk "
        "Bouw' – the trade name of Koninklijke Van Dijk Bouwgroep N.V., same domain: the same customer.",
        "E-mail from m.jansen@vandijkbouw.nl, 23 Mar 2026: 'On behalf of VDB we accept the Teams and SharePoint "
        "migration for our 1,150 users'.",
        cpor_ok(email_ack=True),
    )


def s49_025_vistula_cold_unrelated() -> Bundle:
    cid = "4901025"
    cust = Org(
        "Vistula Cold Logistics S.A.",
        "Vistula Cold",
        "vistulacold.pl",
        "PL",
        "95-100 Zgierz",
        "ul. Łódzka 188",
        "#0097a7",
        "KRS 0000398120 · a Baltica Food Group company",
    )
    cc = person(cust, "Agnieszka Zielińska", "Kierownik IT / IT Manager", "a.zielinska")
    parties = [
        Party("Customer / Zamawiający", cust.name, cc.name, "IT Manager"),
        Party("Supplier / Wykonawca", VISTULA.name, VS_PM.name, VS_PM.title),
    ]
    html = f"""
<table><tr><td style="border:none;width:300pt"><h1 style="color:#0097a7">Vistula Cold Logistics S.A.</h1>
<span class="small">{escape(cust.address)} · {escape(cust.reg)}</span></td>
<td style="border:none;width:160pt;text-align:right" class="small">Zgierz, 5 June 2026</td></tr></table>
<h2>Acceptance of security services / Odbiór usług bezpieczeństwa</h2>
<p>Vistula Cold Logistics S.A. confirms that Vistula Systems Sp. z o.o. (KRS 0000614522, Warszawa), our external IT
partner since 2025, completed the following services:</p>
{
        grid(
            ["Workload", "Work performed", "Scope"],
            [
                (
                    "Defender for Endpoint",
                    "Onboarding, ASR rules, EDR block mode, device groups for 5 cold stores (Zgierz, Stryków, "
                    "Poznań, Wrocław, Gdańsk), alert triage handover",
                    "380 endpoints, 24 servers",
                ),
                (
                    "Defender for Identity",
                    "Sensors on 6 domain controllers, honeytokens, alert tuning, monthly review",
                    "6 DCs, 1 AD FS",
                ),
            ],
            [24, 56, 20],
        )
    }
<p>Period: 9 March – 29 May 2026.</p>
""" + signoff("stacked", parties, heading="Signatures / Podpisy")
    pdf = html_pdf(html, meta("Odbior uslug", cc.name, T(2026, 6, 5, 9, 0, 2)), f"{cid}|acc", style=css("#0097a7"))
    scan = scan_pdf(
        pdf,
        [
            *sign_inks("stacked", parties[0], 0, "05.06.2026"),
            *sign_inks("stacked", parties[1], 1, "05.06.2026", color=INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 6, 5, 15, 30, 2),
        dpi=150,
        skew=-0.7,
    )
    rep = report_pdf(
        VISTULA,
        f"""
<h1>Defender rollout report – Vistula Cold Logistics</h1>
{
            grid(
                ["Week", "Activity"],
                [
                    ("10–11", "Design, pilot in Zgierz (40 endpoints)"),
                    ("12–17", "Rollout to 4 cold stores"),
                    ("18–20", "Servers, MDI sensors on 6 DCs"),
                    ("21–22", "ASR block mode, handover"),
                ],
                [20, 80],
            )
        }
<p>Customer contacts: Agnieszka Zielińska (IT Manager), Marek Wójcik (Security Officer, Baltica Food Group).</p>
""",
        meta("VCL Defender rollout report", VS_PM.name, T(2026, 6, 1, 12, 0, 2)),
        f"{cid}|rep",
        right="Rollout report",
    )
    files = {"VCL_Security_Acceptance_signed.pdf": scan, "VCL_Defender_Rollout_Report.pdf": rep}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=VISTULA,
        pc=VS_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR IDENTITY"],
        submitted=T(2026, 6, 24, 13, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_vistula_cold_similar_name_not_affiliate",
        claim,
        files,
        "approve",
        "Partner Vistula Systems and customer Vistula Cold Logistics share a river's name, but nothing suggests an "
        "affiliation: different KRS numbers, cities and domains, and the customer belongs to Baltica Food Group and "
        "calls the partner its 'external IT partner'. Signed acceptance on the customer's letterhead with numbers.",
        "Customer letterhead: 'a Baltica Food Group company'; 'Vistula Systems … our external IT partner'; signed "
        "05.06.2026.",
        cpor_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# ineligible customers
# --------------------------------------------------------------------------------------------------------------


def s49_026_falcon_gate_sister_company() -> Bundle:
    cid = "4901026"
    cust = Org(
        "Falcon Gate Logistics LLC",
        "Falcon Gate Logistics",
        "falcongatelogistics.ae",
        "AE",
        "Jebel Ali Free Zone, Dubai",
        "JAFZA South, Plot S20412",
        "#4e342e",
        "a Falcon Gate Holding company",
    )
    cc = person(cust, "Khalid Al Nuaimi", "IT Manager", "khalid.alnuaimi")
    html = f"""
<table><tr><td style="border:none;width:300pt"><h1 style="color:#4e342e">Falcon Gate Logistics LLC</h1>
<span class="small">{escape(cust.address)} · a Falcon Gate Holding company</span></td>
<td style="border:none;width:160pt;text-align:right" class="small">Dubai, 28 April 2026</td></tr></table>
<h2>Confirmation of completed IT services</h2>
<p>Falcon Gate Logistics LLC confirms that Falcon Gate Technologies FZ-LLC, the Falcon Gate Group's technology
company, completed the following work for us as part of the Group shared IT services programme 2026:</p>
{
        ul(
            [
                "Microsoft Intune: 260 Windows laptops and 140 rugged Android handhelds in the Jebel Ali and Abu Dhabi "
                "warehouses enrolled; compliance policies; kiosk mode for scanners.",
                "Microsoft Teams: 410 users, frontline shifts for 220 warehouse staff, team per warehouse.",
            ]
        )
    }
<p>Period: January – April 2026.</p>
<p style="margin-top:20pt">Signed: ______________________</p>
<p>{escape(cc.name)}, IT Manager</p>
"""
    pdf = html_pdf(html, meta("Confirmation FGL", cc.name, T(2026, 4, 28, 9, 0, 4)), f"{cid}|c", style=css("#4e342e"))
    scan = scan_pdf(
        pdf,
        [Ink("Signed: ____", "sig", cc.name, dx=40, dy=-22, h=30)],
        f"{cid}|s",
        T(2026, 4, 28, 11, 0, 4),
        dpi=150,
        skew=0.5,
    )
    files = {"FGL_Intune_Teams_Confirmation.pdf": scan}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=FALCON,
        pc=FG_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "TEAMS"],
        submitted=T(2026, 5, 19, 10, 0, 4),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_falcon_gate_group_company",
        claim,
        files,
        "reject",
        "The customer is a sister company of the claiming partner: both belong to Falcon Gate Holding, and the "
        "customer's letter calls the partner 'the Falcon Gate Group's technology company' delivering 'Group shared "
        "IT services'. Partners may not earn incentives on partner-affiliate customers; more documents cannot fix "
        "that.",
        "Customer letterhead 'a Falcon Gate Holding company'; work done as 'Group shared IT services programme'.",
        {"ineligible_customer": "fail", "reused_evidence": "pass"},
    )


def s49_027_microsoft_turkey_office() -> Bundle:
    cid = "4901027"
    cust = Org(
        "Microsoft Bilgisayar Yazılım Hizmetleri Ltd. Şti.",
        "Microsoft Türkiye",
        "microsoft.com",
        "TR",
        "34394 Şişli/İstanbul",
        "Kanyon Ofis, Büyükdere Cad. No:185",
        "#737373",
    )
    cc = person(cust, "Deniz Kaya", "Workplace & Facilities Lead", "denizkaya")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", ANATOLIA.name, AB_PM.name, "Project Manager"),
    ]
    html = f"""
<h1>Teams Rooms Installation – Acceptance Form</h1>
{
        kv(
            [
                ("Customer", escape(cust.name)),
                ("Site", "Istanbul office, Kanyon Ofis floors 8–9"),
                ("Partner", escape(ANATOLIA.name)),
                ("Work order", "AB-WO-2026-0031"),
            ]
        )
    }
{
        grid(
            ["Room", "Equipment", "Status"],
            [
                ("Boğaziçi", "Teams Rooms on Windows, Logitech Rally Plus", "Live"),
                ("Kapadokya", "Teams Rooms on Windows, Logitech Rally Bar", "Live"),
                ("Efes, Truva, Nemrut", "Teams Rooms on Android, Poly X50", "Live"),
                ("4 focus rooms", "Teams Rooms on Android, Yealink A20", "Live"),
            ],
            [26, 54, 20],
        )
    }
<p>9 rooms installed, enrolled in Teams Rooms Pro Management and tested with the local IT team on 22 January 2026.</p>
""" + signoff("rows", parties, heading="Acceptance")
    pdf = html_pdf(
        html,
        meta("Teams Rooms acceptance", AB_PM.name, T(2026, 1, 22, 16, 0, 3)),
        f"{cid}|f",
        style=css(ANATOLIA.color),
        decor=Decor(ANATOLIA, right="Acceptance Form", accent=ANATOLIA.color, footer=escape(ANATOLIA.name)),
    )
    scan = scan_pdf(
        pdf,
        [
            *sign_inks("rows", parties[0], 0, "22.01.2026"),
            *sign_inks("rows", parties[1], 1, "22.01.2026", color=INK_BLACK),
        ],
        f"{cid}|s",
        T(2026, 1, 23, 10, 0, 3),
        dpi=150,
        skew=0.3,
    )
    files = {"TeamsRooms_Acceptance_Istanbul_Office.pdf": scan}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=ANATOLIA,
        pc=AB_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS ROOMS"],
        submitted=T(2026, 2, 5, 12, 0, 3),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_microsoft_turkey_is_customer",
        claim,
        files,
        "reject",
        "The customer is Microsoft's own Turkish subsidiary (tenant domain microsoft.com, Teams Rooms in Microsoft's "
        "Istanbul office). Incentives are not paid for services where Microsoft is the end customer.",
        "Customer 'Microsoft Bilgisayar Yazılım Hizmetleri Ltd. Şti.', domain microsoft.com.",
        {"ineligible_customer": "fail", "reused_evidence": "pass"},
    )


def s49_028_lowveld_claims_itself() -> Bundle:
    cid = "4901028"
    cust = LOWVELD
    cc = person(LOWVELD, "Pieter Botha", "Managing Director", "pieter.botha")
    parties = [
        Party("Approved by", LOWVELD.name, cc.name, cc.title),
        Party("Prepared by", LOWVELD.name, LV_PM.name, LV_PM.title),
    ]
    html = f"""
<h1>Internal rollout sign-off</h1>
<p>Lowveld IT internal project: Microsoft Intune and Microsoft 365 Apps for our own staff.</p>
{
        ul(
            [
                "46 staff laptops (Mbombela and Nelspruit offices) enrolled in Intune with Autopilot; compliance "
                "policies.",
                "Microsoft 365 Apps for 46 users; Office 2016 removed.",
                "Completed 6–20 March 2026.",
            ]
        )
    }
""" + signoff("columns", parties, heading="Sign-off")
    pdf = html_pdf(
        html,
        meta("Internal rollout sign-off", LV_PM.name, T(2026, 3, 20, 12, 0, 2)),
        f"{cid}|i",
        style=css(LOWVELD.color),
        decor=Decor(LOWVELD, right="Internal", accent=LOWVELD.color, footer=escape(LOWVELD.name)),
    )
    signed = stamp_pdf(
        pdf,
        [
            *sign_inks("columns", parties[0], 0, "20/03/2026"),
            *sign_inks("columns", parties[1], 1, "20/03/2026", color=INK_BLACK),
        ],
        f"{cid}|st",
        meta("Internal rollout sign-off", LV_PM.name, T(2026, 3, 20, 12, 30, 2)),
    )
    files = {"Internal_Intune_Rollout_Signoff.pdf": signed}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=LOWVELD,
        pc=LV_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT 365 APPS"],
        submitted=T(2026, 3, 30, 9, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_lowveld_claims_its_own_tenant",
        claim,
        files,
        "reject",
        "Customer and partner are the same company (Lowveld IT (Pty) Ltd, lowveldit.co.za): an internal rollout for "
        "the partner's own 46 staff. Services where the partner itself is the end customer earn no incentive.",
        "Claim customer = claiming partner; document titled 'Internal rollout sign-off'.",
        {"ineligible_customer": "fail", "reused_evidence": "pass"},
    )


def s49_029_grupo_tlaloc_parent_company() -> Bundle:
    cid = "4901029"
    cust = Org(
        "Grupo Tlaloc Servicios Corporativos, S.A. de C.V.",
        "Grupo Tlaloc",
        "grupotlaloc.mx",
        "MX",
        "Monterrey, N.L. 64000",
        "Av. Constitución 2050 Pte.",
        "#1b5e20",
    )
    cc = person(cust, "Ricardo Garza", "Director Corporativo de TI", "ricardo.garza")
    report = report_pdf(
        MEXCLOUD,
        f"""
<h1>Informe de implementación / Implementation report</h1>
<p>Microsoft Defender for Endpoint y Defender for Office 365 – Grupo Tlaloc (corporativo y 6 plantas)</p>
{
            grid(
                ["Workload", "Trabajo / Work", "Alcance / Scope"],
                [
                    (
                        "Defender for Endpoint",
                        "Onboarding, reglas ASR, EDR en modo bloqueo / onboarding, ASR rules, EDR block mode",
                        "1,240 equipos, 86 servidores",
                    ),
                    (
                        "Defender for Office 365",
                        "Safe Links, Safe Attachments, anti-phishing, simulaciones / attack simulations",
                        "1,310 buzones",
                    ),
                ],
                [24, 52, 24],
            )
        }
<p>Periodo / Period: 2 de marzo – 19 de junio de 2026.</p>
""",
        meta("Informe Grupo Tlaloc", MX_PM.name, T(2026, 6, 22, 12, 0, -6)),
        f"{cid}|r",
        right="Informe",
        footer="Mexcloud Soluciones, S.A. de C.V. — una empresa de Grupo Tlaloc / a Grupo Tlaloc company",
    )
    letter = html_pdf(
        f"""
<h1 style="color:#1b5e20">Grupo Tlaloc</h1>
<p class="small">{escape(cust.name)} · {escape(cust.address)}</p>
<p>Monterrey, N.L., 24 de junio de 2026</p>
<p>Por medio de la presente confirmamos que nuestra subsidiaria <b>Mexcloud Soluciones, S.A. de C.V.</b> concluyó la
implementación de Microsoft Defender for Endpoint y Defender for Office 365 en el corporativo y las seis plantas del
grupo. / We confirm that our subsidiary Mexcloud Soluciones completed the Defender for Endpoint and Defender for
Office 365 implementation at the group's head office and six plants.</p>
<p style="margin-top:24pt">Atentamente,</p>
<p style="margin-top:30pt">{escape(cc.name)}<br/>{escape(cc.title)}</p>
""",
        meta("Carta de conformidad", cc.name, T(2026, 6, 24, 10, 0, -6)),
        f"{cid}|l",
        style=css("#1b5e20"),
    )
    letter = scan_pdf(
        letter,
        [Ink(cc.name, "sig", cc.name, dx=0, dy=-34, h=30)],
        f"{cid}|ls",
        T(2026, 6, 24, 12, 0, -6),
        dpi=150,
        skew=0.6,
    )
    files = {"Informe_Implementacion_Defender_Grupo_Tlaloc.pdf": report, "Carta_Conformidad_Grupo_Tlaloc.pdf": letter}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=MEXCLOUD,
        pc=MX_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 7, 8, 11, 0, -6),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_grupo_tlaloc_partner_parent",
        claim,
        files,
        "reject",
        "The customer is the claiming partner's parent group: the partner's own report footer reads 'una empresa de "
        "Grupo Tlaloc' and the customer's letter calls Mexcloud 'nuestra subsidiaria'. A partner-affiliate customer "
        "is ineligible.",
        "Report footer 'Mexcloud Soluciones… a Grupo Tlaloc company'; letter 'our subsidiary Mexcloud Soluciones'.",
        {"ineligible_customer": "fail", "reused_evidence": "pass"},
    )


def s49_030_ostara_austrian_subsidiary() -> Bundle:
    cid = "4901030"
    cust = Org(
        "Ostara IT Solutions Österreich GmbH",
        "Ostara IT Österreich",
        "ostara-it.at",
        "AT",
        "1030 Wien",
        "Landstraßer Hauptstraße 71",
        "#6a1b9a",
        "FN 512884 t · ein Unternehmen der Ostara-Gruppe",
    )
    cc = person(cust, "Stefan Pichler", "Geschäftsführer", "s.pichler")
    parties = [
        Party("Auftraggeber / Customer", cust.name, cc.name, cc.title),
        Party("Auftragnehmer / Contractor", OSTARA.name, OS_SEC.name, "Senior Consultant Security"),
    ]
    labels = ("Name", "Funktion / Title", "Unterschrift / Signature", "Datum / Date")
    html = f"""
<h1>Abnahmeprotokoll / Acceptance Certificate</h1>
{
        kv(
            [
                ("Auftraggeber / Customer", escape(cust.name) + ", " + escape(cust.address)),
                ("Hinweis / Note", escape(cust.reg)),
            ]
        )
    }
<p>Ostara IT Solutions GmbH (Köln) hat für ihre österreichische Tochtergesellschaft Microsoft Defender for Endpoint
(64 Clients, 6 Server) und Defender for Office 365 (70 Postfächer) eingeführt. / Ostara IT Solutions GmbH (Cologne)
rolled out Defender for Endpoint (64 clients, 6 servers) and Defender for Office 365 (70 mailboxes) for its Austrian
subsidiary. Zeitraum / period: 1–25 September 2026.</p>
""" + signoff("columns", parties, heading="Unterschriften / Signatures", labels=labels, company_label="Firma / Company")
    pdf = html_pdf(
        html,
        meta("Abnahme Ostara AT", OS_PM.name, T(2026, 9, 28, 9, 0, 2)),
        f"{cid}|a",
        style=css(OSTARA.color),
        decor=Decor(OSTARA, right="Abnahmeprotokoll", accent=OSTARA.color, footer=escape(OSTARA.name)),
    )
    scan = scan_pdf(
        pdf,
        [
            *sign_inks("columns", parties[0], 0, "29.09.2026", labels=labels),
            *sign_inks("columns", parties[1], 1, "29.09.2026", labels=labels, color=INK_BLACK),
        ],
        f"{cid}|s",
        T(2026, 9, 29, 14, 0, 2),
        dpi=150,
        skew=0.5,
    )
    files = {"Abnahme_Ostara_AT_Security.pdf": scan}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=OSTARA,
        pc=OS_SEC,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 10, 19, 10, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_ostara_austrian_subsidiary",
        claim,
        files,
        "reject",
        "The customer is the partner's own Austrian subsidiary ('ein Unternehmen der Ostara-Gruppe'; the certificate "
        "says Ostara rolled out Defender 'for its Austrian subsidiary'). Partner affiliates are ineligible customers.",
        "Certificate: 'für ihre österreichische Tochtergesellschaft / for its Austrian subsidiary'.",
        {"ineligible_customer": "fail", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Partner Activities claims
# --------------------------------------------------------------------------------------------------------------


def pa_kit(
    cid: str,
    partner: Org,
    pc: Person,
    cc: Person,
    eng_name: str,
    amount: float,
    inv_no: str,
    inv_day: dt.date,
    cust_done: dt.datetime,
    partner_done: dt.datetime,
    *,
    activities: str,
    outcome: str,
    participants: str,
    invoice_pdf_bytes: bytes | None = None,
    invoice_kw: dict[str, Any] | None = None,
    cust_sig: dict[str, str] | None = None,
    partner_sig: dict[str, str] | None = None,
    folder: str = "",
) -> tuple[dict[str, bytes], list[tuple[str, str]]]:
    """Invoice and the two survey exports of a Partner Activities claim."""
    inv = invoice_pdf_bytes or invoice_pdf(
        partner,
        inv_no,
        inv_day,
        [(f"MCI Engagement Claim ID {cid} – {eng_name}\nCustomer: {cc.org.name}", amount)],
        f"{cid}|inv",
        **(invoice_kw or {}),
    )
    c_att = attestation(cid, "customer", cust_done, ["Yes", activities, "5", "Yes"], cc, **(cust_sig or {}))
    p_att = attestation(cid, "partner", partner_done, ["Yes", participants, outcome, "Yes"], pc, **(partner_sig or {}))
    files = {
        f"{folder}Invoice_{inv_no}.pdf": inv,
        f"{folder}customer_attestation_{cid}.json": c_att,
        f"{folder}partner_attestation_{cid}.json": p_att,
    }
    docs = [
        (f"{folder}Invoice_{inv_no}.pdf", "invoice"),
        (f"{folder}customer_attestation_{cid}.json", "customer_attestation"),
        (f"{folder}partner_attestation_{cid}.json", "partner_attestation"),
    ]
    return files, docs


def ammp_notes(cid: str, app: str) -> list[str]:
    """What the partner wrote against each programme activity: the customer's own facts."""
    r = rng_for("ammp-notes", cid)
    name = app.split(" (")[0]
    target = r.choice(
        [
            "Azure App Service and Azure SQL Database",
            "Azure Kubernetes Service and Azure Database for PostgreSQL",
            "Azure Container Apps and Azure SQL Managed Instance",
        ]
    )
    pipeline = r.choice(["Azure DevOps pipelines", "GitHub Actions", "Azure DevOps with Bicep templates"])
    return [
        f"{r.randint(6, 24)} applications reviewed with the customer's architects; {name} selected; "
        f"compatibility report v{r.randint(1, 2)}.{r.randint(0, 3)}",
        f"{r.choice(['Hub-and-spoke', 'Virtual WAN'])} landing zone, {r.randint(3, 6)} subscriptions, "
        f"{r.randint(9, 31)} policy assignments",
        f"{name} re-platformed to {target}; CI/CD in {pipeline}",
        f"Defender for Cloud ({r.choice(['servers, App Service, SQL', 'containers, SQL, Key Vault'])}), "
        f"{r.randint(2, 8)} private endpoints, Key Vault",
    ]


def ammp_claim(
    cid: str,
    slug: str,
    partner: Org,
    pc: Person,
    cust: Org,
    cc: Person,
    *,
    consent: dt.date,
    submitted: dt.datetime,
    app: str,
    arr: str,
    dates: Sequence[str],
    amount: float,
    inv_no: str,
    date_style: str,
    invoice_kw: dict[str, Any] | None = None,
    invoice_pdf_bytes: bytes | None = None,
    segment: str = "commercial",
    sign_when: dt.datetime,
    date_text: str,
    scan_kw: dict[str, Any] | None = None,
    extra: dict[str, bytes] | None = None,
) -> tuple[dict[str, bytes], dict[str, Any]]:
    parties = [Party("Customer", cust.name, cc.name, cc.title), Party("Partner", partner.name, pc.name, pc.title)]
    notes = ammp_notes(cid, app)
    details = paras(
        f"{escape(partner.name)} delivered the engagement for {escape(cust.name)} between {dates[0]} and "
        f"{dates[-1]}. The modernized application went to production on {dates[2]}; the customer's operations team "
        f"took over after a two-week hypercare.",
        f"Estimated Azure consumption after 12 months in production: {escape(arr)}.",
    )
    poe = ammp_poe(
        partner,
        cust,
        cid,
        app,
        arr,
        list(zip(dates, notes, strict=True)),
        details,
        parties,
        sign_when.date(),
        f"{cid}|ammp",
        date_style=date_style,
        author=pc.name,
    )
    inks = [
        *sign_inks("columns", parties[0], 0, date_text),
        *sign_inks("columns", parties[1], 1, date_text, color=INK_BLACK),
    ]
    signed = scan_pdf(poe, inks, f"{cid}|ammps", sign_when, **(scan_kw or {"dpi": 150, "skew": 0.5}))
    files, docs = pa_kit(
        cid,
        partner,
        pc,
        cc,
        AMMP_NAME,
        amount,
        inv_no,
        sign_when.date() + dt.timedelta(days=3),
        sign_when + dt.timedelta(days=4),
        sign_when + dt.timedelta(days=2),
        activities=f"Assessment of our applications, the Azure landing zone, modernization of {app.split(' (')[0]} "
        f"and its go-live on {dates[2]}, Defender for Cloud setup",
        outcome=f"{app} modernized and in production on Azure; landing zone and Defender for Cloud in place",
        participants=str(5 + int(hexid("ppl", cid, n=4), 16) % 9),
        invoice_kw=invoice_kw,
        invoice_pdf_bytes=invoice_pdf_bytes,
    )
    files = {f"POE/AMMP_POE_{cust.short.replace(' ', '_')}_signed.pdf": signed, **(extra or {}), **files}
    docs = [
        (f"POE/AMMP_POE_{cust.short.replace(' ', '_')}_signed.pdf", "poe"),
        *[(p, "supporting") for p in (extra or {})],
        *docs,
    ]
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Azure",
        partner=partner,
        pc=pc,
        cust=cust,
        cc=cc,
        submitted=submitted,
        docs=docs,
        segment=segment,
        eng=engagement("AMMP-ADM-S", AMMP_NAME, "xs_small", "fixed"),
        consent=consent,
        history=[
            ("customer consent approved", T(consent.year, consent.month, consent.day, 12), "-"),
            ("document submission", submitted - dt.timedelta(minutes=3), pc.email),
            ("submission", submitted, pc.email),
        ],
    )
    return files, claim


def landing_zone_doc(partner: Org, cust: Org, seed: str, when: dt.datetime, author: str) -> bytes:
    r = rng_for("lz", seed)
    network = r.choice(
        [
            "Hub-and-spoke, Azure Firewall Standard, private DNS zones, ExpressRoute to the main data centre",
            "Hub-and-spoke, Azure Firewall Premium, site-to-site VPN to 3 offices, private DNS resolver",
            "Virtual WAN hub, secured hub with Azure Firewall, SD-WAN integration for branch sites",
        ]
    )
    rows = [
        ("Management groups", f"{cust.short} / Platform / Landing zones / Sandbox"),
        (
            "Subscriptions",
            f"{r.randint(3, 6)}: connectivity, identity, management, app-prod"
            + (", app-nonprod" if r.random() < 0.6 else ""),
        ),
        ("Network", network),
        (
            "Policy",
            f"Azure Security Benchmark, allowed regions ({r.choice(['East US 2', 'Central US', 'South Central US'])}"
            f"), tagging (owner, cost-centre, environment), {r.randint(9, 31)} assignments",
        ),
        ("Identity", f"Entra ID groups per role, PIM for Owner/Contributor, {r.randint(2, 3)} break-glass accounts"),
        (
            "Monitoring",
            f"Log Analytics workspace law-{cust.short.split()[0].lower()}-prod, Defender for Cloud, "
            f"budget alert at USD {r.randint(4, 9)},000 per month",
        ),
    ]
    return report_pdf(
        partner,
        f"<h1>Landing Zone Design – {escape(cust.short)}</h1>{grid(['Area', 'Decision'], rows, [28, 72])}",
        meta(f"Landing zone design {cust.short}", author, when),
        seed,
        right="Landing Zone Design",
    )


def s49_031_cumberland_ammp() -> Bundle:
    cid = "4901031"
    cust = Org(
        "Cumberland Regional Freight Inc.",
        "Cumberland Freight",
        "cumberlandfreight.com",
        "US",
        "Knoxville, TN 37902",
        "800 S Gay St",
        "#bf360c",
    )
    cc = person(cust, "Brian Whitaker", "VP Technology", "bwhitaker")
    lz = landing_zone_doc(ARDENT, cust, f"{cid}|lz", T(2026, 3, 6, 14, 0, -6), AA_ARCH.name)
    files, claim = ammp_claim(
        cid,
        "cumberland",
        ARDENT,
        AA_EM,
        cust,
        cc,
        consent=D(2026, 2, 10),
        submitted=T(2026, 5, 28, 16, 20, -5),
        app="Freight rating & dispatch portal (ASP.NET, SQL Server)",
        arr="USD 86,000 per year",
        dates=["02/23/2026", "03/13/2026", "04/24/2026", "05/08/2026"],
        amount=15000.0,
        inv_no="AAP-2026-0219",
        date_style="us_long",
        sign_when=T(2026, 5, 15, 10, 30, -5),
        date_text="05/15/2026",
        invoice_kw={"date_style": "us_long", "bank": "Wire: First Lone Star Bank, ABA 111000614, Acct ****4471"},
        extra={"POE/Landing_Zone_Design_Cumberland.pdf": lz},
    )
    return Bundle(
        f"{cid}_cumberland_ammp_small",
        claim,
        files,
        "approve",
        "AMMP (Small) claim from a US (Market A) partner: programme template with the four required activities "
        "completed and signed by the customer, landing-zone design, both surveys signed with name/company/title, "
        "invoice with the claim ID, partner name and USD 15,000 (the Market A rate), submitted 107 days after "
        "consent (xs/small: 120).",
        "Invoice AAP-2026-0219: 'MCI Engagement Claim ID 4901031', USD 15,000.00; consent 2026-02-10 → submitted "
        "2026-05-28.",
        pa_ok(),
    )


def s49_032_kapadokya_ammp_market_c() -> Bundle:
    cid = "4901032"
    cust = Org(
        "Kapadokya Seramik Sanayi A.Ş.",
        "Kapadokya Seramik",
        "kapadokyaseramik.com.tr",
        "TR",
        "50180 Nevşehir",
        "Organize Sanayi Bölgesi 4. Cad. No:12",
        "#6d4c41",
    )
    cc = person(cust, "Burak Demir", "Bilgi Teknolojileri Müdürü / IT Director", "burak.demir")
    inv = invoice_pdf(
        ANATOLIA,
        "ABT2026000418",
        D(2026, 8, 14),
        [(f"MCI Engagement Claim ID {cid} – {AMMP_NAME}\nMüşteri / Customer: {cust.name}", 7500.0)],
        f"{cid}|inv",
        title="FATURA / INVOICE",
        date_style="de",
        labels={
            "inv": "Fatura No / Invoice no.",
            "date": "Tarih / Date",
            "due": "Vade / Due",
            "bill": "Alıcı / Bill to",
            "desc": "Açıklama / Description",
            "amt": "Tutar / Amount",
            "sub": "Ara toplam (vergi hariç) / Subtotal",
            "total": "Toplam / Total",
        },
        bank="İş Bankası Şişli Şb. · IBAN TR55 0006 4000 0011 2233 4455 66 (USD)",
    )
    files, claim = ammp_claim(
        cid,
        "kapadokya",
        ANATOLIA,
        AB_PM,
        cust,
        cc,
        consent=D(2026, 6, 1),
        submitted=T(2026, 8, 20, 11, 0, 3),
        app="Ceramics order-to-production system (.NET Framework, on-prem SQL Server)",
        arr="USD 41,000 per year",
        dates=["15.06.2026", "03.07.2026", "31.07.2026", "07.08.2026"],
        amount=7500.0,
        inv_no="ABT2026000418",
        date_style="de",
        sign_when=T(2026, 8, 11, 15, 0, 3),
        date_text="11.08.2026",
        invoice_pdf_bytes=inv,
        scan_kw={"dpi": 200, "skew": -0.4, "gray": False},
    )
    return Bundle(
        f"{cid}_kapadokya_ammp_market_c",
        claim,
        files,
        "approve",
        "AMMP (Small) claim from a Turkish partner: Turkey is not in Market A or B, so the Market C rate USD 7,500 "
        "applies and the bilingual invoice shows exactly that, with the claim ID and partner name. Signed programme "
        "template, complete surveys, 80 days from consent. The activity list is the programme's own wording, "
        "shared by all AMMP claims (boilerplate).",
        "Invoice ABT2026000418 'MCI Engagement Claim ID 4901032', USD 7,500.00 (Market C).",
        pa_ok(),
    )


def s49_033_talleres_ammp_wrong_rate() -> Bundle:
    cid = "4901033"
    cust = Org(
        "Talleres Navales del Cantábrico S.L.",
        "Talleres Navales",
        "tnavalescantabrico.es",
        "ES",
        "39011 Santander",
        "Muelle de Raos s/n",
        "#0d47a1",
    )
    cc = person(cust, "Íñigo Arrieta", "Director de Sistemas", "inigo.arrieta")
    inv = invoice_pdf(
        IBERICA,
        "FV-2026/0388",
        D(2026, 6, 10),
        [(f"MCI Engagement Claim ID {cid} – {AMMP_NAME}\nCliente / Customer: {cust.name}", 15000.0)],
        f"{cid}|inv",
        title="FACTURA / INVOICE",
        date_style="gb",
        labels={
            "inv": "Nº factura / Invoice no.",
            "date": "Fecha / Date",
            "due": "Vencimiento / Due",
            "bill": "Facturar a / Bill to",
            "desc": "Concepto / Description",
            "amt": "Importe / Amount",
            "sub": "Base imponible / Subtotal",
            "total": "Total",
        },
        bank="BBVA · IBAN ES21 0182 2370 4102 0158 4471 (USD)",
    )
    files, claim = ammp_claim(
        cid,
        "talleres",
        IBERICA,
        IN_PM,
        cust,
        cc,
        consent=D(2026, 3, 3),
        submitted=T(2026, 6, 15, 12, 30, 2),
        app="Shipyard maintenance planning (Java, Oracle)",
        arr="USD 58,000 per year",
        dates=["16/03/2026", "10/04/2026", "22/05/2026", "29/05/2026"],
        amount=15000.0,
        inv_no="FV-2026/0388",
        date_style="gb",
        sign_when=T(2026, 6, 5, 12, 0, 2),
        date_text="05/06/2026",
        invoice_pdf_bytes=inv,
    )
    return Bundle(
        f"{cid}_talleres_ammp_market_a_rate_in_spain",
        claim,
        files,
        "action_required",
        "Everything is in order except the invoice: the partner is in Spain, a Market B country, where the AMMP "
        "(Small) rate is USD 12,000, but the invoice asks for USD 15,000 (the Market A rate). The pre-tax amount "
        "must match the engagement rate for the partner's market.",
        "Invoice FV-2026/0388: USD 15,000.00 for claim 4901033; partner country ES (Market B → USD 12,000).",
        {
            "invoice": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "required_documents": "pass",
            "reused_evidence": "pass",
        },
    )


FINDINGS_CSS_EXTRA = "h2 {border-bottom: 0.6pt solid #cccccc; padding-bottom: 2pt;}"


def s49_034_val_dillasi_invoice_eur() -> Bundle:
    cid = "4901034"
    cust = Org(
        "Distilleria Val d'Illasi S.r.l.",
        "Val d'Illasi",
        "valdillasi.it",
        "IT",
        "37031 Illasi (VR)",
        "Via Provinciale 18",
        "#6a1b9a",
    )
    cc = person(cust, "Giorgio Ferrante", "Direttore Commerciale", "g.ferrante")
    eng_name = "Pre-Sales Variable Envisioning Workshop"
    report = report_pdf(
        LAGUNA,
        f"""
<h1>Findings and Recommendations</h1>
<p style="font-size:12pt">Dynamics 365 Envisioning Workshop – Distilleria Val d'Illasi</p>
{
            kv(
                [
                    ("Workshop dates", "12 and 19 May 2026 (2 × 5 hours)"),
                    ("Participants", "11 (sales, export, customer care, finance, IT)"),
                    ("Partner", escape(LAGUNA.name)),
                    ("Claim", cid),
                ]
            )
        }
<h2>Current situation</h2>
<p>Orders from 320 Italian wine shops and 40 export importers are taken by phone and e-mail and keyed into the ERP;
customer care uses a shared mailbox and an Excel log for 1,900 requests a year. There is no pipeline view for export
deals and no history of tasting events per customer.</p>
<h2>Requirements captured</h2>
{
            ul(
                [
                    "Account and contact management for wine shops, importers and HoReCa, with tasting-event history.",
                    "Export opportunity pipeline with price-list approval by the commercial director.",
                    "Case management for customer care with SLA per channel; complaint tracking for batch recalls.",
                    "Integration with the ERP (orders, invoices) and with the e-commerce shop.",
                ]
            )
        }
<h2>Recommended solution and roadmap</h2>
{
            grid(
                ["Phase", "Scope", "Timing"],
                [
                    ("1", "Dynamics 365 Sales for 9 sellers + export team", "Q3 2026"),
                    ("2", "Dynamics 365 Customer Service for 4 agents", "Q4 2026"),
                    ("3", "ERP and e-shop integration via Power Automate / Dataverse", "Q1 2027"),
                ],
                [10, 65, 25],
            )
        }
<h2>Business value</h2><p>Estimated 6 hours/week saved in order keying, pipeline visibility for export (about 30% of
turnover), and complaint traceability required by the new distributor contracts.</p>
""",
        meta("Findings and recommendations", LD_PM.name, T(2026, 5, 26, 10, 0, 2)),
        f"{cid}|rep",
        right="Findings &amp; Recommendations",
        style=css(LAGUNA.color, extra=FINDINGS_CSS_EXTRA),
    )
    files, docs = pa_kit(
        cid,
        LAGUNA,
        LD_PM,
        cc,
        eng_name,
        3000.0,
        "LD-FT-2026-0211",
        D(2026, 6, 24),
        T(2026, 6, 22, 9, 0, 2),
        T(2026, 6, 23, 9, 0, 2),
        activities="Two envisioning sessions on Dynamics 365 Sales and Customer Service",
        outcome="Requirements and a three-phase roadmap for Dynamics 365 Sales and Customer Service",
        participants="11",
        invoice_kw={
            "currency": "EUR",
            "vat": 0.22,
            "vat_label": "IVA",
            "title": "FATTURA / INVOICE",
            "date_style": "gb",
            "labels": {
                "inv": "Fattura n. / Invoice no.",
                "date": "Data / Date",
                "due": "Scadenza / Due",
                "bill": "Intestatario / Bill to",
                "desc": "Descrizione / Description",
                "amt": "Importo / Amount",
                "sub": "Imponibile / Taxable amount",
                "total": "Totale / Total",
            },
        },
    )
    files = {"Findings_and_Recommendations_Val_dIllasi.pdf": report, **files}
    docs = [("Findings_and_Recommendations_Val_dIllasi.pdf", "poe"), *docs]
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Business Applications",
        partner=LAGUNA,
        pc=LD_PM,
        cust=cust,
        cc=cc,
        submitted=T(2026, 6, 30, 10, 0, 2),
        docs=docs,
        eng=engagement("BA-PRESALES-ENV-VAR", eng_name, "standard", "variable", 3260.0),
        consent=D(2026, 4, 14),
    )
    return Bundle(
        f"{cid}_val_dillasi_invoice_in_euro",
        claim,
        files,
        "action_required",
        "Good findings report, surveys complete, submitted 77 days after consent (standard: 90). But the invoice is "
        "in euro (EUR 3.000,00 + 22% IVA) instead of the proposed variable payout of USD 3,260 in US dollars: the "
        "invoice must show the pre-tax amount in USD.",
        "Invoice LD-FT-2026-0211: '€ 3.000,00' + IVA; engagement proposed payout USD 3,260.",
        {
            "invoice": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s49_035_severn_vets_invoice_with_vat() -> Bundle:
    cid = "4901035"
    cust = Org(
        "Severn Valley Veterinary Group Ltd",
        "Severn Valley Vets",
        "severnvalleyvets.co.uk",
        "GB",
        "Shrewsbury SY1 2PD",
        "Harlescott Lane",
        "#2e7d32",
    )
    cc = person(cust, "Rachel Morgan", "Head of IT", "rachel.morgan")
    eng_name = "Security – Threat Protection Engagement"
    report = report_pdf(
        QUILLON,
        f"""
<h1>Threat Protection Engagement – Findings and Recommendations</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Engagement window", "17 August – 25 September 2026"),
                    (
                        "Scope",
                        "Microsoft Defender XDR trial: Endpoint (60 devices), Office 365 (all 240 mailboxes), Identity "
                        "(2 DCs), Cloud Apps discovery",
                    ),
                ]
            )
        }
<h2>Key findings</h2>
{
            grid(
                ["#", "Finding", "Severity"],
                [
                    (
                        "1",
                        "Credential phishing campaign against reception mailboxes at 6 practices; 2 users entered "
                        "credentials",
                        "High",
                    ),
                    ("2", "Legacy authentication still used by the practice management system's mail relay", "High"),
                    ("3", "41 endpoints without disk encryption; 9 with end-of-life browsers", "Medium"),
                    ("4", "143 cloud apps in use, including 3 unsanctioned file-sharing services", "Medium"),
                ],
                [6, 76, 18],
            )
        }
<h2>Recommendations</h2>
{
            ul(
                [
                    "Deploy Defender for Office 365 Plan 2 to all mailboxes; user-reported message workflow.",
                    "Replace the mail relay with an app-specific connector; block legacy authentication by Conditional "
                    "Access.",
                    "Onboard all 310 clinic endpoints to Defender for Endpoint; BitLocker via Intune.",
                    "Sanction and block apps in Defender for Cloud Apps; monthly review.",
                ]
            )
        }
<h2>Secure Score</h2><p>Microsoft Secure Score rose from 34% to 46% during the engagement after quick wins (MFA for
admins, audit logging, safe attachments policy).</p>
""",
        meta("TPE findings Severn Valley", QD_DM.name, T(2026, 9, 28, 16, 0, 1)),
        f"{cid}|rep",
        right="Findings &amp; Recommendations",
        style=css(QUILLON.color, extra=FINDINGS_CSS_EXTRA),
    )
    files, docs = pa_kit(
        cid,
        QUILLON,
        QD_DM,
        cc,
        eng_name,
        5120.0,
        "QD-INV-2026-1187",
        D(2026, 10, 9),
        T(2026, 10, 6, 14, 0, 1),
        T(2026, 10, 7, 9, 0, 1),
        activities="Defender XDR trial, threat exploration, findings workshop",
        outcome="4 key findings, Secure Score 34% → 46%, remediation plan agreed",
        participants="7",
        invoice_kw={
            "vat": 0.20,
            "vat_label": "VAT",
            "date_style": "gb_long",
            "bank": "Barclays · Sort code 20-45-77 · USD account 83164410 · Payment terms 30 days",
        },
    )
    files = {"Quillon_TPE_Findings_Severn_Valley.pdf": report, **files}
    docs = [("Quillon_TPE_Findings_Severn_Valley.pdf", "poe"), *docs]
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Security",
        partner=QUILLON,
        pc=QD_DM,
        cust=cust,
        cc=cc,
        submitted=T(2026, 10, 14, 11, 40, 1),
        docs=docs,
        eng=engagement("SEC-TPE-VAR", eng_name, "standard", "variable", 5120.0),
        consent=D(2026, 8, 3),
    )
    return Bundle(
        f"{cid}_severn_vets_invoice_plus_vat",
        claim,
        files,
        "approve",
        "Variable-payout engagement with a proposed payout of USD 5,120: the invoice's pre-tax subtotal is USD "
        "5,120.00, with 20% UK VAT added below it. The guide asks for the pre-tax amount to match (VAT not required, "
        "not forbidden). Findings report is specific, surveys complete, 72 days after consent.",
        "Invoice QD-INV-2026-1187: subtotal (pre-tax) USD 5,120.00 + VAT 20% = USD 6,144.00; claim ID present.",
        pa_ok(),
    )


def s49_036_seorabeol_attestation_no_title() -> Bundle:
    cid = "4901036"
    cust = Org(
        "Seorabeol Logistics Co., Ltd.",
        "Seorabeol Logistics",
        "seorabeol.co.kr",
        "KR",
        "Gyeongju 38176",
        "Taejong-ro 611",
        "#00695c",
    )
    cc = person(cust, "Park Ji-hoon", "IT Team Lead", "jihoon.park")
    eng_name = "Modern Work – Copilot Adoption Accelerator"
    report = report_pdf(
        HANRIVER,
        f"""
<h1>Copilot Adoption Accelerator – 결과 보고서 / Findings Report</h1>
{
            kv(
                [
                    ("고객사 / Customer", escape(cust.name)),
                    ("기간 / Period", "2026-05-18 ~ 2026-07-03"),
                    ("대상 / Scope", "50 Microsoft 365 Copilot licences: dispatch, customer service, finance"),
                ]
            )
        }
<h2>수행 내용 / Activities</h2>
{
            ul(
                [
                    "사전 준비 평가: SharePoint 권한 정리 (oversharing 142건 해결) / "
                    "Readiness: fixed 142 oversharing findings in SharePoint permissions.",
                    "시나리오 워크숍 3회: 배차 보고서 요약, 고객 문의 답변 초안, 월말 결산 메모 / "
                    "3 scenario workshops: dispatch report summaries, customer reply drafts, month-end notes.",
                    "챔피언 8명 교육, 주간 사용 현황 리포트 / Trained 8 champions; weekly usage reporting.",
                ]
            )
        }
<h2>결과 / Results</h2>
{
            grid(
                ["Metric", "Week 1", "Week 6"],
                [
                    ("Active Copilot users (of 50)", "18", "44"),
                    ("Prompts per active user / week", "6", "23"),
                    ("Estimated hours saved / month", "–", "≈ 160"),
                ],
                [50, 25, 25],
            )
        }
""",
        meta("Copilot accelerator findings", HR_PM.name, T(2026, 7, 6, 17, 0, 9)),
        f"{cid}|rep",
        right="결과 보고서",
    )
    files, docs = pa_kit(
        cid,
        HANRIVER,
        HR_PM,
        cc,
        eng_name,
        4480.0,
        "HRS-2026-0712",
        D(2026, 7, 14),
        T(2026, 7, 10, 10, 0, 9),
        T(2026, 7, 13, 10, 0, 9),
        activities="Copilot readiness, scenario workshops, champion training",
        outcome="44 of 50 licensed users active after 6 weeks",
        participants="50",
        partner_sig={"name": "Kim Min-jun", "company": "Han River Systems Co., Ltd.", "title": ""},
        invoice_kw={"date_style": "iso", "title": "INVOICE 청구서"},
    )
    files = {"Copilot_Accelerator_Findings_Seorabeol.pdf": report, **files}
    docs = [("Copilot_Accelerator_Findings_Seorabeol.pdf", "poe"), *docs]
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Modern Work",
        partner=HANRIVER,
        pc=HR_PM,
        cust=cust,
        cc=cc,
        submitted=T(2026, 7, 20, 14, 0, 9),
        docs=docs,
        eng=engagement("MW-COPILOT-ACC-VAR", eng_name, "standard", "variable", 4480.0),
        consent=D(2026, 5, 4),
    )
    return Bundle(
        f"{cid}_seorabeol_partner_survey_no_job_title",
        claim,
        files,
        "action_required",
        "The partner attestation's electronic signature has full name and company but an empty job title; the "
        "final survey question requires all three, and the guide says the reviewers then ask the partner to re-take "
        "its survey. The rest (customer survey complete, bilingual report with English text, USD invoice for the "
        "proposed USD 4,480, 77 days) is in order.",
        "partner_attestation JSON: signature.job_title is empty.",
        {
            "attestations": "fail",
            "invoice": "pass",
            "submission_window": "pass",
            "document_language": "pass",
            "reused_evidence": "pass",
        },
    )


def s49_037_cerro_alto_assessment_late() -> Bundle:
    cid = "4901037"
    cust = Org(
        "Minera Cerro Alto SpA", "Cerro Alto", "cerroalto.cl", "CL", "Antofagasta", "Av. Grecia 1460, piso 7", "#8d6e63"
    )
    cc = person(cust, "Rodrigo Fuentes", "Jefe de Ciberseguridad", "rfuentes")
    eng_name = "Security – Threat Protection Assessment"
    report = report_pdf(
        ARAUCARIA,
        f"""
<h1>Threat Protection Assessment – Findings</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Assessment window", "13 April – 8 May 2026"),
                    ("Scope", "Defender XDR evaluation on 120 office endpoints and 800 mailboxes; 2 mine sites"),
                ]
            )
        }
{
            ul(
                [
                    "Two active business e-mail compromise attempts against procurement.",
                    "Unpatched VPN appliance exposed.",
                    "OT network segmentation gaps between mine site offices and plant networks.",
                ]
            )
        }
<h2>Recommendations</h2>{
            ul(
                [
                    "Defender for Office 365 Plan 2",
                    "Defender for Endpoint on all 1,400 endpoints",
                    "Conditional Access with device compliance",
                ]
            )
        }
""",
        meta("TPA findings Cerro Alto", AC_PM.name, T(2026, 5, 12, 12, 0, -4)),
        f"{cid}|rep",
        right="Findings",
    )
    files, docs = pa_kit(
        cid,
        ARAUCARIA,
        AC_PM,
        cc,
        eng_name,
        2200.0,
        "F-2026-0733",
        D(2026, 7, 8),
        T(2026, 7, 9, 10, 0, -4),
        T(2026, 7, 10, 10, 0, -4),
        activities="Threat protection assessment and findings workshop",
        outcome="Findings and remediation plan",
        participants="6",
        invoice_kw={"date_style": "gb"},
    )
    files = {"TPA_Findings_Cerro_Alto.pdf": report, **files}
    docs = [("TPA_Findings_Cerro_Alto.pdf", "poe"), *docs]
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Security",
        partner=ARAUCARIA,
        pc=AC_PM,
        cust=cust,
        cc=cc,
        submitted=T(2026, 7, 14, 16, 0, -4),
        docs=docs,
        eng=engagement("SEC-TPA-VAR", eng_name, "assessment", "variable", 2200.0),
        consent=D(2026, 4, 6),
    )
    return Bundle(
        f"{cid}_cerro_alto_assessment_submitted_late",
        claim,
        files,
        "reject",
        "An assessment-type engagement must be submitted within 60 days of customer consent (2026-04-06, so by "
        "2026-06-05); this claim was submitted on 2026-07-14, 99 days after consent. The claim is out of its "
        "window and cannot be approved, whatever the quality of the POE.",
        "consent_date 2026-04-06, activity_type assessment, submitted_at 2026-07-14 (99 days).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s49_038_hamnlogistik_medium_late() -> Bundle:
    cid = "4901038"
    cust = Org(
        "Göteborgs Hamnlogistik AB", "GH Logistik", "ghlogistik.se", "SE", "417 64 Göteborg", "Skeppskajen 3", "#1a237e"
    )
    cc = person(cust, "Anders Nyström", "CIO", "anders.nystrom")
    eng_name = "Azure Innovate – Analytics Deployment (Medium)"
    report = report_pdf(
        POLARIS,
        f"""
<h1>Analytics Deployment – Delivery Report</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Period", "2026-01-12 – 2026-06-26"),
                    ("Platform", "Microsoft Fabric (F64), Azure Data Factory, Power BI"),
                ]
            )
        }
{
            ul(
                [
                    "Ingestion of terminal operating system data (container moves, 1.2 bn rows) and gate events.",
                    "Lakehouse with medallion layers; 14 Power BI reports for berth planning and truck turnaround.",
                    "Go-live 2026-06-15; estimated Azure consumption SEK 1.9 m / year.",
                ]
            )
        }
""",
        meta("Analytics delivery GH Logistik", PC_PM.name, T(2026, 7, 1, 9, 0, 2)),
        f"{cid}|rep",
        right="Delivery",
    )
    files, docs = pa_kit(
        cid,
        POLARIS,
        PC_PM,
        cc,
        eng_name,
        18400.0,
        "PC-F-2026-0377",
        D(2026, 7, 20),
        T(2026, 7, 21, 10, 0, 2),
        T(2026, 7, 22, 10, 0, 2),
        activities="Analytics platform deployment on Microsoft Fabric and Power BI",
        outcome="Platform live with 14 reports",
        participants="12",
        invoice_kw={"date_style": "iso"},
    )
    files = {"Analytics_Delivery_Report_GH_Logistik.pdf": report, **files}
    docs = [("Analytics_Delivery_Report_GH_Logistik.pdf", "poe"), *docs]
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Azure",
        partner=POLARIS,
        pc=PC_PM,
        cust=cust,
        cc=cc,
        submitted=T(2026, 7, 27, 13, 0, 2),
        docs=docs,
        eng=engagement("AZ-INNOV-ANALYTICS-M-VAR", eng_name, "medium", "variable", 18400.0),
        consent=D(2025, 12, 15),
    )
    return Bundle(
        f"{cid}_gh_logistik_medium_project_late",
        claim,
        files,
        "reject",
        "Medium projects must be submitted within 200 days of customer consent (2025-12-15 → 2026-07-03); the claim "
        "was submitted on 2026-07-27, 224 days after consent. Out of the submission window.",
        "consent_date 2025-12-15, activity_type medium, submitted 2026-07-27 (224 days > 200).",
        {"submission_window": "fail", "invoice": "pass", "reused_evidence": "pass"},
    )


def s49_039_konkan_health_psd() -> Bundle:
    cid = "4901039"
    cust = Org(
        "Konkan Regional Health Authority",
        "KRHA",
        "krha.gov.in",
        "IN",
        "Ratnagiri, Maharashtra 415612",
        "Civil Hospital Campus, Jail Road",
        "#1565c0",
    )
    cc = person(cust, "Dr. Meera Kulkarni", "Deputy Director (IT & e-Health)", "ddit")
    eng_name = "Security – Threat Protection Engagement"
    report = report_pdf(
        ZENITH,
        f"""
<h1>Threat Protection Engagement – Findings and Recommendations</h1>
{
            kv(
                [
                    ("Customer", "Konkan Regional Health Authority (KRHA) – government health department"),
                    ("Window", "20 July – 21 August 2026"),
                    (
                        "Scope",
                        "Defender XDR trial: 90 endpoints at district hospitals, 650 mailboxes, 2 domain controllers",
                    ),
                ]
            )
        }
{
            grid(
                ["#", "Finding", "Severity"],
                [
                    ("1", "Ransomware precursor (Cobalt Strike beacon) on a radiology PC", "High"),
                    ("2", "Shared admin accounts across 4 district hospitals", "High"),
                    ("3", "No MFA for 650 staff mailboxes", "High"),
                    ("4", "Unsupported Windows 7 on 23 lab devices", "Medium"),
                ],
                [6, 76, 18],
            )
        }
<h2>Recommendations</h2>{
            ul(
                [
                    "Isolate and rebuild affected radiology PC; full MDE rollout (1,100 endpoints).",
                    "Named admin accounts with PIM; MFA via Conditional Access.",
                    "Replace or segment Windows 7 lab devices.",
                ]
            )
        }
""",
        meta("TPE findings KRHA", ZS_SOC.name, T(2026, 8, 24, 12, 0, 5.5)),
        f"{cid}|rep",
        right="Findings &amp; Recommendations",
    )
    psd = html_pdf(
        psd_html(ZENITH, cust, "Security – Threat Protection Engagement", "USD 2,870", D(2026, 7, 2), "gb_long"),
        meta("Public Sector Disclosure KRHA", ZS_SOC.name, T(2026, 7, 2, 11, 0, 5.5)),
        f"{cid}|psd",
        style=css(ZENITH.color),
        decor=Decor(ZENITH, footer=escape(ZENITH.name), accent=ZENITH.color, numbers=""),
    )
    psd_signed = scan_pdf(
        psd,
        [
            Ink("Name", "hand", "Dr. Meera Kulkarni", dx=150, dy=2, h=13, occurrence=0),
            Ink("Title", "hand", "Deputy Director (IT)", dx=150, dy=2, h=13, occurrence=0),
            Ink("Signature", "sig", "Meera Kulkarni", dx=150, dy=4, h=30, occurrence=0),
            Ink(
                "Signature", "seal", dx=300, dy=-6, h=52, occurrence=0, color=(60, 60, 160), lines=("KRHA", "RATNAGIRI")
            ),
            Ink("Date", "hand", "03-07-2026", dx=150, dy=2, h=13, occurrence=1),
        ],
        f"{cid}|psds",
        T(2026, 7, 3, 15, 0, 5.5),
        dpi=150,
        skew=0.4,
    )
    files, docs = pa_kit(
        cid,
        ZENITH,
        ZS_SOC,
        cc,
        eng_name,
        2870.0,
        "ZSS/2026-27/0144",
        D(2026, 9, 2),
        T(2026, 8, 28, 10, 0, 5.5),
        T(2026, 8, 29, 10, 0, 5.5),
        activities="Threat protection trial and findings presentation",
        outcome="4 findings including an active ransomware precursor; remediation plan agreed",
        participants="9",
        invoice_kw={"date_style": "in", "bank": "HDFC Bank · USD remittance"},
    )
    files = {"TPE_Findings_KRHA.pdf": report, "Public_Sector_Disclosure_KRHA_signed.pdf": psd_signed, **files}
    docs = [
        ("TPE_Findings_KRHA.pdf", "poe"),
        ("Public_Sector_Disclosure_KRHA_signed.pdf", "public_sector_disclosure"),
        *docs,
    ]
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Security",
        partner=ZENITH,
        pc=ZS_SOC,
        cust=cust,
        cc=cc,
        submitted=T(2026, 9, 9, 12, 0, 5.5),
        docs=docs,
        segment="public_sector",
        eng=engagement("SEC-TPE-VAR", eng_name, "standard", "variable", 2870.0),
        consent=D(2026, 7, 1),
    )
    return Bundle(
        f"{cid}_krha_public_sector_with_disclosure",
        claim,
        files,
        "approve",
        "Indian government health authority: a public-sector customer in India needs a Public Sector Disclosure for "
        "Partner Activities, and it is there – the standard disclosure wording, acknowledged in writing with "
        "signature, seal and date (03-07-2026) by the customer's deputy director. Findings, invoice (USD 2,870 = "
        "proposed payout), surveys and timing (70 days) are all in order. The disclosure wording is the same "
        "template other public-sector claims use: boilerplate.",
        "Public_Sector_Disclosure_KRHA_signed.pdf: customer acknowledgement signed and sealed 03-07-2026.",
        pa_ok(ps=True),
    )


def s49_040_millbrook_falls_no_psd() -> Bundle:
    cid = "4901040"
    cust = Org(
        "City of Millbrook Falls",
        "Millbrook Falls",
        "millbrookfalls-oh.gov",
        "US",
        "Millbrook Falls, OH 44857",
        "100 Public Square",
        "#283593",
    )
    cc = person(cust, "Karen Szymanski", "IT Director", "kszymanski")
    lz = landing_zone_doc(ARDENT, cust, f"{cid}|lz", T(2026, 6, 12, 14, 0, -4), AA_ARCH.name)
    files, claim = ammp_claim(
        cid,
        "millbrook",
        ARDENT,
        AA_EM,
        cust,
        cc,
        consent=D(2026, 5, 12),
        submitted=T(2026, 8, 18, 10, 5, -4),
        app="Utility billing & permits portal (ASP.NET MVC, SQL Server)",
        arr="USD 64,000 per year",
        dates=["05/26/2026", "06/19/2026", "07/24/2026", "08/07/2026"],
        amount=15000.0,
        inv_no="AAP-2026-0341",
        date_style="us_long",
        sign_when=T(2026, 8, 10, 11, 0, -4),
        date_text="08/10/2026",
        segment="public_sector",
        invoice_kw={"date_style": "us_long"},
        extra={"POE/Landing_Zone_Design_Millbrook_Falls.pdf": lz},
    )
    return Bundle(
        f"{cid}_millbrook_falls_public_sector_no_disclosure",
        claim,
        files,
        "action_required",
        "A US city government is a public-sector customer; Partner Activities claims for public-sector customers in "
        "the US must include the Public Sector Disclosure acknowledged by the customer. None is uploaded (the AMMP "
        "template, invoice and surveys are otherwise fine).",
        "customer.segment public_sector, country US; no public_sector_disclosure document in the claim.",
        {
            "required_documents": "fail",
            "public_sector": "fail",
            "invoice": "pass",
            "attestations": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


def s49_041_wicomico_bay_public_sector_cpor() -> Bundle:
    cid = "4901041"
    cust = Org(
        "Wicomico Bay Unified School District",
        "Wicomico Bay USD",
        "wbusd.org",
        "US",
        "Salisbury, MD 21801",
        "2424 Old Ocean City Rd",
        "#283593",
    )
    cc = person(cust, "Darnell Hughes", "Chief Technology Officer", "dhughes")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", TIDEWATER.name, TW_PM.name, TW_PM.title),
    ]
    report = tidewater_closure(
        cust,
        "TCP-CR-2026-041",
        D(2026, 9, 29),
        "Tidewater brought Wicomico Bay USD's staff and student Windows devices under Microsoft Intune and rolled out "
        "Microsoft Teams to staff and classes across 14 schools before the 2026–27 school year.",
        [
            (
                "Microsoft Intune",
                "Autopilot for staff laptops, shared-device mode for student laptops, compliance and "
                "web-filtering configuration, app deployment for testing software",
                "Yes",
            ),
            (
                "Microsoft Teams",
                "Teams for staff (departments, schools), Teams for Education classes synced from the "
                "SIS, meeting policies for students",
                "Yes",
            ),
        ],
        [
            ("Staff Windows devices enrolled", "2,200", "2,310"),
            ("Student shared laptops enrolled", "3,800", "3,940"),
            ("Class teams created from SIS", "1,050", "1,120"),
            ("Staff using Teams weekly (Sept)", "80%", "87%"),
        ],
        [
            ("Discover", "06/15/2026 – 06/26/2026", "Device inventory at 14 schools, SIS integration review"),
            ("Design", "06/29/2026 – 07/10/2026", "Shared-device design, compliance baseline, class team naming"),
            ("Deploy", "07/13/2026 – 08/21/2026", "Summer imaging replaced by Autopilot; 14 schools in 5 waves"),
            ("Adopt", "08/24/2026 – 09/25/2026", "Back-to-school support, teacher training (22 sessions)"),
        ],
        [
            "District help desk owns Autopilot group tags from 09/28/2026.",
            "State testing lockdown browser packaged for spring 2027 tests.",
        ],
        parties,
        f"{cid}|report",
    )
    inks = [
        *sign_inks("rows", parties[0], 0, "10/02/2026"),
        *sign_inks("rows", parties[1], 1, "10/02/2026", color=INK_BLACK),
    ]
    final = with_scanned_pages(
        report,
        [page_of(report, "6. Customer acceptance")],
        inks,
        f"{cid}|scan",
        T(2026, 10, 2, 13, 30, -4),
        meta("Wicomico Bay – Project Closure Report (signed)", TW_PM.name, T(2026, 10, 5, 9, 0, -4)),
        dpi=150,
        skew=-0.5,
    )
    psd = html_pdf(
        psd_html(
            TIDEWATER,
            cust,
            "Intune and Microsoft Teams usage – CPOR",
            "the applicable Modern Work usage incentive",
            D(2026, 9, 4),
        ),
        meta("Public Sector Disclosure WBUSD", TW_PM.name, T(2026, 9, 4, 10, 0, -4)),
        f"{cid}|psd",
        style=css(TIDEWATER.color),
        decor=Decor(TIDEWATER, footer=escape(TIDEWATER.name), numbers="", accent=TIDEWATER.color),
    )
    psd_signed = esign(
        psd,
        cc,
        T(2026, 9, 8, 14, 12, -4),
        f"{cid}|psdenv",
        sig_anchor="Signature",
        sig_dx=150,
        sig_dy=6,
        date_anchor="Date",
        date_dx=150,
        date_dy=3,
        date_text="09/08/2026",
        vendor="docusign",
        certificate=True,
        sender=TW_PM,
        ip="172.58.14.203",
    )
    files = {
        "Wicomico Bay USD - Project Closure Report TCP-CR-2026-041 (signed).pdf": final,
        "Public Sector Disclosure - Wicomico Bay USD (signed).pdf": psd_signed,
    }
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=TIDEWATER,
        pc=TW_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "TEAMS"],
        submitted=T(2026, 10, 21, 15, 45, -4),
        segment="public_sector",
        docs=[
            ("Wicomico Bay USD - Project Closure Report TCP-CR-2026-041 (signed).pdf", "poe"),
            ("Public Sector Disclosure - Wicomico Bay USD (signed).pdf", "public_sector_disclosure"),
        ],
    )
    return Bundle(
        f"{cid}_wicomico_bay_school_district_psd",
        claim,
        files,
        "approve",
        "US public school district, Modern Work usage: the written Public Sector Disclosure is acknowledged by the "
        "district's CTO through DocuSign (09/08/2026), and Tidewater's closure report – same template as its other "
        "claims, this customer's own numbers (2,310 staff + 3,940 student devices, 1,120 class teams) – is signed on "
        "10/02/2026. Template and disclosure wording are boilerplate shared with other claims.",
        "DocuSign PSD signed by dhughes@wbusd.org 09/08/2026; scanned acceptance page signed 10/02/2026.",
        cpor_ok(ps=True),
    )


def s49_042_rio_sereno_psd_unsigned() -> Bundle:
    cid = "4901042"
    cust = Org(
        "Departamento de Salud Municipal de Río Sereno",
        "Salud Río Sereno",
        "saludriosereno.pr.gov",
        "PR",
        "Río Sereno, PR 00739",
        "Calle Muñoz Rivera 15",
        "#00838f",
    )
    cc = person(cust, "Lcdo. Héctor Vélez Cruz", "Director de Tecnología", "hvelez")
    parties = [
        Party("Cliente / Customer", cust.name, "Héctor Vélez Cruz", "Director de Tecnología"),
        Party("Socio / Partner", BORICUA.name, BT_PM.name, BT_PM.title),
    ]
    html = f"""
<h1>Informe de Cierre / Closure Report</h1>
{
        kv(
            [
                ("Cliente / Customer", escape(cust.name)),
                ("Socio / Partner", escape(BORICUA.name)),
                ("Periodo / Period", "2 de marzo – 15 de mayo de 2026 / March 2 – May 15, 2026"),
            ]
        )
    }
{
        grid(
            ["Servicio / Service", "Trabajo realizado / Work performed"],
            [
                (
                    "Defender for Endpoint",
                    "Incorporación de 280 computadoras y 14 servidores en 9 clínicas; reglas ASR; EDR en modo "
                    "bloqueo / Onboarded 280 computers and 14 servers in 9 clinics; ASR rules; EDR block mode",
                ),
                (
                    "Intune",
                    "Inscripción de 280 computadoras y 75 tabletas de enfermería; cumplimiento y BitLocker / Enrolled "
                    "280 "
                    "computers and 75 nursing tablets; compliance and BitLocker",
                ),
            ],
            [26, 74],
        )
    }
""" + signoff(
        "rows",
        parties,
        heading="Aceptación / Acceptance",
        labels=("Nombre / Name", "Cargo / Title", "Firma / Signature", "Fecha / Date"),
    )
    pdf = html_pdf(
        html,
        meta("Informe de cierre", BT_PM.name, T(2026, 5, 18, 10, 0, -4)),
        f"{cid}|cl",
        style=css(BORICUA.color),
        decor=Decor(BORICUA, right="Informe de Cierre", accent=BORICUA.color, footer=escape(BORICUA.name)),
    )
    closure = scan_pdf(
        pdf,
        [
            *sign_inks("rows", parties[0], 0, "05/20/2026"),
            *sign_inks("rows", parties[1], 1, "05/20/2026", color=INK_BLACK),
        ],
        f"{cid}|cls",
        T(2026, 5, 20, 14, 0, -4),
        dpi=150,
        skew=0.6,
    )
    psd = html_pdf(
        "<p class='muted'>Divulgación de compensación / Compensation disclosure</p>"
        + psd_html(
            BORICUA,
            cust,
            "Defender for Endpoint and Intune usage – CPOR",
            "the applicable Security usage incentive",
            D(2026, 5, 20),
        ),
        meta("Divulgacion PSD Rio Sereno", BT_PM.name, T(2026, 5, 20, 9, 0, -4)),
        f"{cid}|psd",
        style=css(BORICUA.color),
        decor=Decor(BORICUA, footer=escape(BORICUA.name), numbers="", accent=BORICUA.color),
    )
    files = {"Informe_de_Cierre_Closure_Report_firmado.pdf": closure, "Divulgacion_Compensacion_PSD.pdf": psd}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=BORICUA,
        pc=BT_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        submitted=T(2026, 6, 10, 9, 30, -4),
        segment="public_sector",
        docs=[
            ("Informe_de_Cierre_Closure_Report_firmado.pdf", "poe"),
            ("Divulgacion_Compensacion_PSD.pdf", "public_sector_disclosure"),
        ],
    )
    return Bundle(
        f"{cid}_rio_sereno_disclosure_not_acknowledged",
        claim,
        files,
        "action_required",
        "Puerto Rico municipal health department (public sector), Security usage: the partner wrote the fee "
        "disclosure, but its customer acknowledgement block is empty – the guide requires the disclosure to be "
        "acknowledged by the customer in writing. The bilingual closure report itself is signed and detailed.",
        "Divulgacion_Compensacion_PSD.pdf: 'Customer acknowledgement' name/title/signature/date all blank.",
        {
            "public_sector": "fail",
            "customer_acknowledgement": "pass",
            "document_language": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Business Applications: pre-sales, revenue and usage
# --------------------------------------------------------------------------------------------------------------


def slides_pdf(org: Org, slides: Sequence[tuple[str, str]], m: Meta, seed: str, footer: str) -> bytes:
    """A slide deck exported to PDF (16:9)."""
    style = css(
        org.color,
        size=15,
        extra=f"""
h1 {{font-size: 30pt; color: {org.color};}} h2 {{font-size: 24pt; color: {org.color}; margin-top: 0;}}
li {{margin-bottom: 6pt;}} td, th {{font-size: 12pt;}}""",
    )
    pages = [f"<h2>{escape(t)}</h2>{body}" for t, body in slides]
    pdf = html_pdf(
        pages,
        m,
        seed,
        size=SLIDE,
        margins=(54, 70, 54, 50),
        style=style,
        decor=Decor(org, footer=footer, accent=org.color, numbers="{i}"),
    )
    return pdf


def s49_043_barossa_presales() -> Bundle:
    cid = "4901043"
    cust = Org(
        "Barossa Hills Wine Co. Pty Ltd",
        "Barossa Hills Wine",
        "barossahillswine.com.au",
        "AU",
        "Tanunda SA 5352",
        "77 Murray Street",
        "#7b1fa2",
    )
    cc = person(cust, "Sophie Lindner", "Sales & Marketing Director", "sophie.lindner")
    deck = slides_pdf(
        COASTLINE,
        [
            (
                "Dynamics 365 Sales – Envisioning Workshop",
                "<p>Barossa Hills Wine Co. · Tanunda · 12 March 2026</p><p>Coastline Dynamics – Chloe Patterson, "
                "Nathan "
                "Brooks</p>",
            ),
            (
                "Where you are today",
                ul(
                    [
                        "14 sales reps across cellar door, national distributors and export",
                        "Pipeline in spreadsheets; distributor orders by e-mail",
                        "Mailchimp for the wine club (8,400 members), no link to trade accounts",
                    ]
                ),
            ),
            (
                "What you told us",
                ul(
                    [
                        "Export deals (Singapore, Japan, UK) slip because follow-ups are missed",
                        "Price-list approvals take 5 days by e-mail",
                        "No view of distributor depletion data per account",
                    ]
                ),
            ),
            (
                "Proposed scenarios",
                grid(
                    ["Scenario", "Dynamics 365 Sales capability"],
                    [
                        ("Distributor pipeline", "Opportunities per distributor, sequences, forecasting"),
                        ("Export price lists", "Approval flow, price lists per market"),
                        ("Trade accounts", "Account 360 with depletion data import"),
                    ],
                    [40, 60],
                    total=840,
                ),
            ),
            (
                "Pilot plan",
                ul(
                    [
                        "3-week pilot, 7–24 April 2026, 12 reps",
                        "Success: 90% of export opportunities in the pipeline, approvals under 24 h",
                        "Decision on licences (est. 20 users) by mid-May",
                    ]
                ),
            ),
        ],
        meta("Barossa Hills – D365 Sales Envisioning", CD_SA.name, T(2026, 3, 12, 17, 0, 10.5), PPT),
        f"{cid}|deck",
        footer="Coastline Dynamics · Envisioning Workshop · Barossa Hills Wine Co.",
    )
    m1 = Mail(
        CD_SA,
        [cc],
        "Demo and pilot follow-up",
        T(2026, 4, 6, 16, 2, 9.5),
        "Hi Sophie,\n\nThanks for the two demo sessions last week. As agreed, the pilot environment is ready with "
        "your distributor accounts, the export price lists and the approval flow. Pilot runs 7–24 April with the "
        "12 reps you nominated.\n\nCheers,\nChloe\n\n" + footer_block(CD_SA),
    )
    m2 = Mail(
        cc,
        [CD_SA],
        "RE: Demo and pilot follow-up",
        T(2026, 4, 8, 9, 15, 9.5),
        "Hi Chloe,\n\nThanks for running the demos and setting up the pilot. The team liked the distributor "
        "pipeline view and the export price-list approval in particular – that's exactly the 5-day delay we "
        "described in the envisioning workshop. We'll run the 3-week pilot with the 12 reps and decide on "
        "Dynamics 365 Sales licences by mid-May.\n\nBest,\nSophie Lindner\nSales & Marketing Director | Barossa "
        "Hills Wine Co.",
        quoted=m1,
    )
    files = {
        "Barossa_Hills_D365_Sales_Envisioning_Workshop.pdf": deck,
        "RE_ Demo and pilot follow-up.msg": msg_file(m2),
    }
    claim = make_claim(
        cid,
        program="cpor",
        kind="pre_sales",
        area="Business Applications",
        partner=COASTLINE,
        pc=CD_SA,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        submitted=T(2026, 6, 4, 10, 0, 9.5),
        transaction=D(2026, 5, 15),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_barossa_presales_before_transaction",
        claim,
        files,
        "approve",
        "Pre-sales claim: the envisioning deck (12 March 2026) and the customer's e-mail of 8 April 2026 "
        "acknowledging the demos and the 12-rep pilot in detail both predate the transaction of 15 May 2026, "
        "as the guide requires.",
        "Customer e-mail 2026-04-08 and workshop deck 2026-03-12, before transaction_date 2026-05-15.",
        cpor_ok(email_ack=True),
    )


def s49_044_holzmanufaktur_presales_after() -> Bundle:
    cid = "4901044"
    cust = Org(
        "Holzmanufaktur Allgäu GmbH",
        "Holzmanufaktur Allgäu",
        "holzmanufaktur-allgaeu.de",
        "DE",
        "87435 Kempten",
        "Bahnhofstraße 22",
        "#5d4037",
    )
    cc = person(cust, "Andreas Fink", "Geschäftsführer", "a.fink")
    minutes = report_pdf(
        ISAR,
        f"""
<h1>Kick-off minutes – Dynamics 365 Sales implementation</h1>
{kv([("Date", "5 March 2026"), ("Customer", escape(cust.name)), ("Partner", escape(ISAR.name))])}
<h2>Background</h2><p>Following the licence purchase on 1 February 2026 (25 Dynamics 365 Sales Enterprise licences,
bought through the customer's CSP provider after a vendor demo), Holzmanufaktur Allgäu engaged Isar Business Apps to
implement Dynamics 365 Sales.</p>
<h2>Scope</h2>{
            ul(
                [
                    "Lead-to-quote for 18 sales staff (kitchens and interior fit-out)",
                    "Outlook integration",
                    "Import of 6,200 customer records from the old CRM",
                ]
            )
        }
<h2>Plan</h2>{
            grid(
                ["Sprint", "Dates", "Content"],
                [
                    ("1", "9–20 Mar", "Data model, import"),
                    ("2", "23 Mar – 3 Apr", "Quotes, Outlook"),
                    ("3", "7–17 Apr", "Training, go-live"),
                ],
                [12, 28, 60],
            )
        }
""",
        meta("Kickoff minutes D365 Sales", IB_PC.name, T(2026, 3, 5, 17, 0, 1)),
        f"{cid}|km",
        right="Kick-off",
    )
    m1 = Mail(
        IB_PC,
        [cc],
        "Projektstart D365 Sales",
        T(2026, 3, 6, 9, 0, 1),
        "Hallo Herr Fink,\n\nanbei das Kick-off-Protokoll (English version for Microsoft).\n\nViele Grüße\n"
        "Katharina Vogel\n" + footer_block(IB_PC),
        lang="de",
        attachments=[("Kickoff_Protokoll_2026-03-05.pdf", minutes)],
    )
    m2 = Mail(
        cc,
        [IB_PC],
        "AW: Projektstart D365 Sales",
        T(2026, 3, 9, 7, 48, 1),
        "Hallo Frau Vogel,\n\nthanks for the kick-off last week. We confirm Isar Business Apps as our "
        "implementation partner for Dynamics 365 Sales; the sprint plan is fine for us.\n\nBeste Grüße\nAndreas "
        "Fink\nGeschäftsführer, Holzmanufaktur Allgäu GmbH",
        quoted=m1,
        lang="de",
    )
    files = {"Kickoff_Protokoll_2026-03-05.pdf": minutes, "AW_ Projektstart D365 Sales.eml": eml(m2)}
    claim = make_claim(
        cid,
        program="cpor",
        kind="pre_sales",
        area="Business Applications",
        partner=ISAR,
        pc=IB_PC,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        submitted=T(2026, 4, 22, 11, 30, 2),
        transaction=D(2026, 2, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_holzmanufaktur_presales_after_purchase",
        claim,
        files,
        "action_required",
        "Pre-sales claim, but all evidence is dated after the transaction of 1 February 2026: the kick-off is on "
        "5 March and says the licences were bought 'after a vendor demo' before Isar was engaged; the customer's "
        "e-mail is of 9 March. No upsell is involved. The partner must show pre-sales engagement before the "
        "transaction.",
        "Kick-off minutes: 'Following the licence purchase on 1 February 2026 … engaged Isar'; transaction_date "
        "2026-02-01.",
        {
            "acknowledgement_date": "fail",
            "customer_acknowledgement": "pass",
            "customer_domain": "pass",
            "reused_evidence": "pass",
        },
    )


def s49_045_autopartes_upsell() -> Bundle:
    cid = "4901045"
    cust = Org(
        "Autopartes del Bajío, S.A. de C.V.",
        "Autopartes del Bajío",
        "autopartesbajio.mx",
        "MX",
        "38010 Celaya, Gto.",
        "Carretera Panamericana km 52",
        "#c62828",
    )
    cc = person(cust, "Laura Méndez", "Gerente de Servicio Postventa", "laura.mendez")
    report = report_pdf(
        MEXCLOUD,
        f"""
<h1>Field Service Expansion – Partner Transition &amp; Upsell Report</h1>
{kv([("Customer", escape(cust.name)), ("Date", "10 July 2026"), ("Partner", escape(MEXCLOUD.name))])}
<h2>Partner transition</h2>
<p>Autopartes del Bajío has used Dynamics 365 Customer Service since 2023 with a previous implementer. In May 2026
the customer appointed Mexcloud as its new Dynamics 365 partner of record.</p>
<h2>Upsell driven by Mexcloud</h2>
{
            ul(
                [
                    "Mexcloud ran a service-process review (May 11–22) and proposed Dynamics 365 Field Service for the "
                    "35 "
                    "technicians who service stamping presses at customer plants.",
                    "The customer purchased 35 Field Service licences on 1 June 2026 (transaction date of this claim).",
                    "Pilot 8–26 June with 12 technicians: work orders, scheduling board, mobile app with parts "
                    "inventory.",
                    "Next phase (upsell in progress): 25 more technician licences and Customer Voice surveys, Q4 2026.",
                ]
            )
        }
<h2>Results so far</h2>{
            grid(
                ["Metric", "Before", "Pilot"],
                [("Average time to dispatch", "26 h", "7 h"), ("First-time fix rate", "71%", "84%")],
                [50, 25, 25],
            )
        }
""",
        meta("Field Service upsell report", MX_PM.name, T(2026, 7, 10, 18, 0, -6)),
        f"{cid}|rep",
        right="Upsell report",
    )
    m1 = Mail(
        MX_PM,
        [cc],
        "Informe Field Service – confirmación",
        T(2026, 7, 13, 9, 0, -6),
        "Hola Laura,\n\nTe comparto el informe de la expansión de Field Service. ¿Nos confirmas por favor?\n\n"
        "Saludos,\nDiego\n" + footer_block(MX_PM),
        lang="es",
        attachments=[("Field_Service_Upsell_Report.pdf", report)],
    )
    m2 = Mail(
        cc,
        [MX_PM],
        "RE: Informe Field Service – confirmación",
        T(2026, 7, 15, 12, 20, -6),
        "Hola Diego,\n\nWe confirm that Mexcloud has been our Dynamics 365 partner since May, proposed the Field "
        "Service expansion that we purchased on June 1 (35 technicians), and ran the June pilot with 12 of our "
        "technicians. We plan to add the remaining 25 technicians in Q4 with Mexcloud.\n\nSaludos,\nLaura Méndez\n"
        "Gerente de Servicio Postventa – Autopartes del Bajío",
        quoted=m1,
        lang="es",
    )
    files = {"Field_Service_Upsell_Report.pdf": report, "RE_ Informe Field Service – confirmación.msg": msg_file(m2)}
    claim = make_claim(
        cid,
        program="cpor",
        kind="pre_sales",
        area="Business Applications",
        partner=MEXCLOUD,
        pc=MX_PM,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 FIELD SERVICE"],
        submitted=T(2026, 7, 24, 10, 0, -6),
        transaction=D(2026, 6, 1),
        docs=[(p, "poe") for p in files],
        comments=[
            (
                "partner",
                T(2026, 7, 24, 9, 58, -6),
                "Upsell claim: Mexcloud became the new partner of record in May 2026 and drove the "
                "Field Service add-on purchased on 1 June 2026.",
            )
        ],
    )
    return Bundle(
        f"{cid}_autopartes_new_por_upsell",
        claim,
        files,
        "approve",
        "Pre-sales claim whose documents are dated after the transaction (1 June 2026), but the claim is an upsell "
        "driven by a new partner of record: the report and the customer's e-mail state that Mexcloud became the "
        "partner in May, proposed the Field Service expansion, and is driving the next 25 licences. The guide "
        "approves upsell claims by a new POR even without proof predating the transaction.",
        "Customer e-mail 2026-07-15: 'Mexcloud … proposed the Field Service expansion that we purchased on June 1'.",
        cpor_ok(email_ack=True),
    )


def s49_046_gippsland_revenue() -> Bundle:
    cid = "4901046"
    cust = Org(
        "Gippsland Dairy Farmers Co-operative Ltd",
        "Gippsland Dairy",
        "gippslanddairy.com.au",
        "AU",
        "Maffra VIC 3860",
        "45 Johnson Street",
        "#0277bd",
    )
    cc = person(cust, "Mark O'Donnell", "Chief Financial Officer", "mark.odonnell")
    charter = report_pdf(
        COASTLINE,
        f"""
<h1>Project Charter – Business Central</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Sponsor", "Mark O'Donnell, CFO"),
                    ("Partner", escape(COASTLINE.name)),
                    ("Dates", "2 March – 3 August 2026 (go-live)"),
                ]
            )
        }
<h2>Objectives</h2>{
            ul(
                [
                    "Replace MYOB and spreadsheets for 48 finance, procurement and plant users at 3 factories.",
                    "Milk supplier payments: extension for 410 farm suppliers (volumes, quality bonuses).",
                    "Inventory and purchasing for packaging and ingredients.",
                    "Month-end close reduced from 9 to 5 days.",
                ]
            )
        }
<h2>Modules</h2>{
            grid(
                ["Area", "Business Central capability"],
                [
                    ("Finance", "GL, AP/AR, bank reconciliation"),
                    ("Supply", "Purchasing, inventory, lot tracking"),
                    ("Suppliers", "Custom milk payment extension"),
                ],
                [30, 70],
            )
        }
""",
        meta("GDF BC project charter", CD_SA.name, T(2026, 2, 26, 12, 0, 10.5)),
        f"{cid}|ch",
        right="Project Charter",
    )
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", COASTLINE.name, CD_SA.name, CD_SA.title),
    ]
    cert = html_pdf(
        f"""
<h1 style="text-align:center;margin-top:30pt">Go-Live Certificate</h1>
<p style="text-align:center;font-size:13pt">Microsoft Dynamics 365 Business Central</p>
<p style="text-align:center">{escape(cust.name)}</p>
<div class="box"><p>This certifies that Dynamics 365 Business Central went live on <b>3 August 2026</b> for 48 users
across the Maffra, Leongatha and Yarram sites, implemented by Coastline Dynamics Pty Ltd. The first supplier payment
run (410 farm suppliers) and the July month-end close were completed in Business Central.</p></div>
"""
        + signoff("lines", parties, heading="", statement=""),
        meta("GDF Go-Live Certificate", CD_SA.name, T(2026, 8, 20, 9, 0, 9.5)),
        f"{cid}|gl",
        style=css(COASTLINE.color),
        decor=Decor(COASTLINE, accent=COASTLINE.color, footer=escape(COASTLINE.name), numbers=""),
    )
    cert_scan = scan_pdf(
        cert,
        [
            *sign_inks("lines", parties[0], 0, "21/08/2026"),
            *sign_inks("lines", parties[1], 1, "21/08/2026", color=INK_BLACK),
        ],
        f"{cid}|gls",
        T(2026, 8, 21, 14, 0, 9.5),
        dpi=200,
        skew=0.3,
        gray=False,
    )
    m1 = Mail(
        CD_SA,
        [cc],
        "Business Central – fit-gap summary and proposal",
        T(2026, 1, 27, 16, 30, 10.5),
        "Hi Mark,\n\nThanks for hosting the fit-gap workshop in Maffra. Attached summary: Business Central covers "
        "finance, purchasing and inventory for your 48 users out of the box; the milk supplier payments need an "
        "extension (410 suppliers, quality bonuses). Proposal and licence estimate as discussed.\n\nRegards,\n"
        "Chloe\n\n" + footer_block(CD_SA),
    )
    m2 = Mail(
        cc,
        [CD_SA],
        "RE: Business Central – fit-gap summary and proposal",
        T(2026, 2, 3, 8, 45, 10.5),
        "Hi Chloe,\n\nThe board approved the move off MYOB yesterday. Following your demo and the fit-gap workshop "
        "we've decided to go with Dynamics 365 Business Central, with Coastline as our implementation partner – "
        "licences to be ordered through you this month. Let's plan the kick-off for early March.\n\nMark "
        "O'Donnell\nCFO | Gippsland Dairy Farmers Co-operative Ltd",
        quoted=m1,
    )
    files = {
        "GDF_Business_Central_Go-Live_Certificate.pdf": cert_scan,
        "GDF_BC_Project_Charter.pdf": charter,
        "RE_ Business Central – fit-gap summary and proposal.eml": eml(m2),
    }
    claim = make_claim(
        cid,
        program="cpor",
        kind="revenue",
        area="Business Applications",
        partner=COASTLINE,
        pc=CD_SA,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 BUSINESS CENTRAL ESSENTIALS"],
        submitted=T(2026, 9, 17, 15, 0, 9.5),
        opt_out=True,
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_gippsland_revenue_recognition",
        claim,
        files,
        "approve",
        "Business Applications revenue recognition (incentive opt-out): the customer's e-mail of 3 Feb 2026 shows the "
        "partner's demo and fit-gap workshop led to the Business Central decision before the licences were ordered; "
        "the project charter and the go-live certificate signed by the CFO on 21/08/2026 give users, sites, modules "
        "and timeline.",
        "Go-live certificate: Business Central live 3 August 2026 for 48 users, signed by Gippsland's CFO 21/08/2026.",
        cpor_ok(email_ack=True),
    )


def s49_047_wendelstein_rotated_golive() -> Bundle:
    cid = "4901047"
    cust = Org(
        "Spedition Wendelstein GmbH",
        "Spedition Wendelstein",
        "spedition-wendelstein.de",
        "DE",
        "83022 Rosenheim",
        "Äußere Münchener Straße 90",
        "#37474f",
    )
    cc = person(cust, "Claudia Brunner", "Kaufmännische Leiterin / CFO", "c.brunner")
    parties = [
        Party("Kunde / Customer", cust.name, cc.name, "CFO"),
        Party("Partner", ISAR.name, IB_PC.name, "Principal Consultant"),
    ]
    landscape = css(ISAR.color, size=9)
    html = f"""
<h1>Go-Live-Abnahme / Go-Live Acceptance – Dynamics 365 Finance &amp; Supply Chain Management</h1>
{
        grid(
            ["Bereich / Area", "Umfang / Scope", "Go-Live"],
            [
                (
                    "Finance",
                    "Hauptbuch, Kreditoren/Debitoren, Anlagen, Intercompany für 3 Gesellschaften / GL, AP/AR, fixed "
                    "assets, "
                    "intercompany for 3 legal entities; 64 users",
                    "05.10.2026",
                ),
                (
                    "Supply Chain Management",
                    "Lagerverwaltung für 2 Lager (Rosenheim, Kolbermoor), Transportmanagement, "
                    "Einkauf / warehouse management for 2 warehouses, transportation management, procurement; 112 "
                    "users",
                    "05.10.2026",
                ),
                (
                    "Integration",
                    "Telematik (Fahrzeugdaten), EDI mit 14 Kunden / telematics, EDI with 14 customers",
                    "05.10.2026",
                ),
            ],
            [22, 62, 16],
            total=720,
        )
    }
<p>Der Kunde bestätigt den produktiven Betrieb seit 05.10.2026 und die Abnahme nach Hypercare. / The customer confirms
productive operation since 5 Oct 2026 and acceptance after hypercare.</p>
""" + signoff(
        "columns",
        parties,
        heading="Unterschriften / Signatures",
        labels=("Name", "Funktion / Title", "Unterschrift / Signature", "Datum / Date"),
        company_label="Firma / Company",
    )
    pdf = html_pdf(
        html,
        meta("Go-Live Abnahme Wendelstein", IB_PC.name, T(2026, 10, 22, 9, 0, 2)),
        f"{cid}|gl",
        size=A4_LAND,
        style=landscape,
        decor=Decor(ISAR, right="Go-Live-Abnahme", accent=ISAR.color, footer=escape(ISAR.name)),
    )
    labels = ("Name", "Funktion / Title", "Unterschrift / Signature", "Datum / Date")
    scan = scan_pdf(
        pdf,
        [
            *sign_inks("columns", parties[0], 0, "23.10.2026", labels=labels),
            *sign_inks("columns", parties[1], 1, "23.10.2026", labels=labels, color=INK_BLACK),
        ],
        f"{cid}|s",
        T(2026, 10, 23, 16, 0, 2),
        dpi=150,
        skew=0.9,
        rotate=90,
        scanner=1,
    )
    hyper = report_pdf(
        ISAR,
        f"""
<h1>Hypercare report – Spedition Wendelstein</h1>
{
            grid(
                ["Week", "Tickets opened", "Closed", "Topics"],
                [
                    ("KW 41", "58", "44", "Posting profiles, EDI mappings"),
                    ("KW 42", "31", "39", "Warehouse waves, label printing"),
                    ("KW 43", "12", "18", "Telematics sync, reports"),
                ],
                [14, 18, 14, 54],
            )
        }
<p>Status at end of hypercare (23.10.2026): 0 critical, 2 minor open items handed to the customer's key users.</p>
""",
        meta("Hypercare report Wendelstein", IB_PC.name, T(2026, 10, 23, 18, 0, 2)),
        f"{cid}|h",
        right="Hypercare",
    )
    files = {"Go-Live-Abnahme_Wendelstein_signiert.pdf": scan, "Wendelstein_Hypercare_Report.pdf": hyper}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Business Applications",
        partner=ISAR,
        pc=IB_PC,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 FINANCE", "DYNAMICS 365 SUPPLY CHAIN MANAGEMENT"],
        submitted=T(2026, 11, 10, 10, 0, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_wendelstein_golive_scanned_sideways",
        claim,
        files,
        "approve",
        "Bilingual go-live acceptance for Finance and Supply Chain Management (64 and 112 users, 2 warehouses, "
        "go-live 05.10.2026), signed by the customer's CFO on 23.10.2026; the landscape page was scanned sideways "
        "(rotated 90°) – still a physically signed document. Hypercare report adds detail.",
        "Rotated scan: signature table with a column per party, customer signature, Datum 23.10.2026.",
        cpor_ok(),
        container="zip",
    )


def s49_048_southern_alps_power_platform() -> Bundle:
    cid = "4901048"
    cust = Org(
        "Southern Alps Adventure Tours Ltd",
        "Southern Alps Adventures",
        "southernalpsadventures.co.nz",
        "NZ",
        "Queenstown 9300",
        "31 Shotover Street",
        "#00897b",
    )
    cc = person(cust, "Hamish Clarke", "Operations Director", "hamish.clarke")
    w = Word(accent="2E7D32")
    w.header(KAURI, "Handover report")
    w.h("Power Platform handover – Southern Alps Adventure Tours", 0)
    w.p("Kauri Digital Ltd · Version 1.0 · 26 June 2026")
    w.h("Apps and flows delivered", 1)
    w.table(
        [
            ["Solution", "Type", "Users", "Purpose"],
            ["Guide Rostering", "Canvas app", "64", "Guide availability and trip assignment"],
            ["Trip Check-in", "Canvas app (tablet)", "38", "Customer waivers and gear issue at 4 bases"],
            ["Safety Incidents", "Model-driven app", "146", "Incident and near-miss reporting (WorkSafe)"],
            ["Weather Go/No-Go", "Power Automate", "–", "MetService feed → trip status, SMS to customers"],
            ["Booking sync", "Power Automate (22 flows)", "–", "Booking system ↔ Dataverse, manifests"],
        ]
    )
    w.p(
        "In total 9 apps and 23 cloud flows, used by 146 staff; environments: Dev / Test / Prod with managed "
        "solutions and an ALM pipeline."
    )
    w.h("Timeline", 1)
    w.bullets(["Discovery 9–20 March 2026", "Build sprints 23 March – 5 June", "UAT 8–19 June", "Go-live 22 June"])
    handover = w.save(meta("SAAT Power Platform handover", KD_LEAD.name, T(2026, 6, 26, 16, 0, 12)))
    m1 = Mail(
        KD_LEAD,
        [cc],
        "Power Platform handover – sign-off",
        T(2026, 6, 29, 10, 0, 12),
        "Kia ora Hamish,\n\nAttached is the handover report. If you're happy, a reply confirming sign-off is all "
        "we need.\n\nNgā mihi,\nAroha\n\n" + footer_block(KD_LEAD),
        attachments=[("SAAT_Power_Platform_Handover.docx", handover)],
    )
    m2 = Mail(
        cc,
        [KD_LEAD],
        "RE: Power Platform handover – sign-off",
        T(2026, 6, 30, 8, 30, 12),
        "Hi Aroha,\n\nSigned off. The rostering, check-in and incident apps have been running at all four bases "
        "since go-live on 22 June, and the weather flow already saved us on two cancelled canyoning trips. "
        "Thanks to the Kauri team.\n\nHamish Clarke\nOperations Director | Southern Alps Adventure Tours",
        quoted=m1,
    )
    files = {"SAAT_Power_Platform_Handover.docx": handover, "RE_ Power Platform handover – sign-off.eml": eml(m2)}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Business Applications",
        partner=KAURI,
        pc=KD_LEAD,
        cust=cust,
        cc=cc,
        workloads=["POWER APPS PER USER PLAN", "POWER AUTOMATE PER USER PLAN"],
        submitted=T(2026, 7, 14, 11, 0, 12),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_southern_alps_power_platform_handover",
        claim,
        files,
        "approve",
        "Business Applications usage for Power Apps and Power Automate: Word handover report (9 apps, 23 flows, 146 "
        "users, timeline) and the customer's sign-off e-mail from southernalpsadventures.co.nz on 30 June 2026 "
        "describing the apps in use.",
        "E-mail from hamish.clarke@southernalpsadventures.co.nz: 'Signed off.' + handover .docx with apps and flows.",
        cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# managed security services
# --------------------------------------------------------------------------------------------------------------


def bar_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[int], tuple[int, int, int]]],
    size: tuple[int, int] = (900, 420),
) -> bytes:
    """A stacked bar chart as dashboards print them."""
    w, h = size
    img = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(img)
    d.text((20, 12), title, font=font("DejaVuSans-Bold.ttf", 20), fill=(40, 40, 40))
    top, bottom, left = 60, h - 50, 60
    totals = [sum(s[1][i] for s in series) for i in range(len(labels))]
    peak = max(totals) or 1
    step = (w - left - 40) / len(labels)
    for k in range(5):
        y = bottom - (bottom - top) * k / 4
        d.line((left, y, w - 30, y), fill=(225, 225, 225))
        d.text((12, y - 8), str(int(peak * k / 4)), font=font("DejaVuSans.ttf", 13), fill=(110, 110, 110))
    for i, lab in enumerate(labels):
        x0 = left + i * step + step * 0.2
        x1 = x0 + step * 0.6
        y = bottom
        for _, values, color in series:
            hh = (bottom - top) * values[i] / peak
            d.rectangle((x0, y - hh, x1, y), fill=color)
            y -= hh
        d.text((x0, bottom + 8), lab, font=font("DejaVuSans.ttf", 13), fill=(80, 80, 80))
    x = left
    for name, _, color in series:
        d.rectangle((x, h - 22, x + 14, h - 8), fill=color)
        d.text((x + 20, h - 24), name, font=font("DejaVuSans.ttf", 13), fill=(60, 60, 60))
        x += 150
    return png(img)


def s49_049_pembroke_mss_dashboard() -> Bundle:
    cid = "4901049"
    cust = Org(
        "Pembroke Maritime Insurance Ltd",
        "Pembroke Maritime",
        "pembrokemaritime.co.uk",
        "GB",
        "London EC3M 7HA",
        "52 Lime Street",
        "#0d47a1",
    )
    cc = person(cust, "Eleanor Vaughan", "Chief Information Security Officer", "eleanor.vaughan")
    chart = bar_chart(
        "Incidents by severity – July 2026",
        ["Wk 27", "Wk 28", "Wk 29", "Wk 30", "Wk 31"],
        [
            ("High", [2, 4, 1, 3, 1], (198, 40, 40)),
            ("Medium", [6, 5, 8, 4, 3], (239, 108, 0)),
            ("Low/Info", [5, 6, 4, 5, 4], (120, 144, 156)),
        ],
    )
    tiles = "".join(
        f'<td style="width:108pt;border:0.6pt solid #cccccc;padding:6pt"><p class="small">{k}</p>'
        f'<p style="font-size:17pt;font-weight:bold;color:#0d47a1">{v}</p></td>'
        for k, v in [
            ("Alerts triaged (24/7)", "1,184"),
            ("Incidents raised", "61"),
            ("Mean time to acknowledge", "9 min"),
            ("Mean time to resolve", "2.4 h"),
            ("True positives", "14"),
            ("Secure Score", "71% → 74%"),
        ]
    )
    dash = html_pdf(
        [
            f"""
<h1>Castellan MDR – Monthly Service Report</h1>
<p>Pembroke Maritime Insurance Ltd · July 2026 · Service schedule MDR-PMI-01</p>
<table><tr>{tiles}</tr></table>
<img src="chart.png" width="560"/>
""",
            f"""
<h2>Coverage</h2>
{
                grid(
                    ["Source", "Coverage", "Notes"],
                    [
                        (
                            "Microsoft Defender for Endpoint",
                            "2,140 endpoints (100% of managed estate)",
                            "EDR block mode; 3 devices isolated this month",
                        ),
                        (
                            "Microsoft Defender for Office 365",
                            "1,870 mailboxes",
                            "Automated investigation on user-reported phish",
                        ),
                        (
                            "Microsoft Defender for Identity",
                            "11 domain controllers",
                            "2 lateral-movement alerts investigated",
                        ),
                        (
                            "Microsoft Defender for Cloud",
                            "186 servers, 3 subscriptions",
                            "Regulatory compliance: ISO 27001 view",
                        ),
                        (
                            "Microsoft Sentinel",
                            "34 data connectors, 212 analytics rules",
                            "19 rules tuned, 7 custom detections added, "
                            "4 playbooks (isolate device, disable user, notify CISO, ticket)",
                        ),
                    ],
                    [26, 30, 44],
                    total=740,
                )
            }
<h2>Threat hunting</h2>
{
                grid(
                    ["Hunt", "Data", "Result"],
                    [
                        ("Kerberoasting attempts", "MDI, Sentinel SecurityEvent", "None found"),
                        ("OAuth consent phishing", "Entra audit logs, MDCA", "1 malicious app revoked"),
                        ("Broker portal credential stuffing", "Sign-in logs, WAF", "Blocked ranges added"),
                        ("LOLBins on underwriting desktops", "MDE advanced hunting", "2 false positives tuned"),
                    ],
                    [32, 34, 34],
                    total=740,
                )
            }
""",
            f"""
<h2>Security configuration assessment</h2>
{
                ul(
                    [
                        "Defender XDR: 14 recommendations remediated (ASR rules, LAPS, SMB signing).",
                        "Defender for Cloud: 22 recommendations remediated; storage accounts with public access closed "
                        "(3).",
                        "Next month: tune Sentinel rule 'Anomalous broker portal logon' after marine claims system "
                        "change.",
                    ]
                )
            }
<h2>Notable incidents</h2>
{
                grid(
                    ["ID", "Severity", "Summary", "Outcome"],
                    [
                        (
                            "CS-26-07-0412",
                            "High",
                            "Business e-mail compromise attempt against claims payments",
                            "Contained in 38 min",
                        ),
                        ("CS-26-07-0457", "High", "Malicious macro on broker laptop", "Device isolated, rebuilt"),
                        ("CS-26-07-0488", "Medium", "Impossible travel – underwriter", "Confirmed travel, closed"),
                    ],
                    [18, 12, 46, 24],
                    total=740,
                )
            }
""",
        ],
        meta("Castellan MDR Monthly Report – Pembroke – July 2026", CS_SDM.name, T(2026, 8, 4, 9, 0, 1), CHROME),
        f"{cid}|dash",
        size=A4_LAND,
        images={"chart.png": chart},
        style=css("#0d47a1", size=9),
        decor=Decor(
            CASTELLAN,
            right="MDR Monthly Service Report · Printed from Castellan Portal",
            footer="https://portal.castellansec.co.uk/reports/pmi/2026-07",
            accent="#0d47a1",
        ),
    )
    sched = html_pdf(
        f"""
<h1>Managed Detection &amp; Response – Service Schedule</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Supplier", escape(CASTELLAN.name)),
                    ("Schedule", "MDR-PMI-01"),
                    ("Start", "1 March 2026, 24 months"),
                ]
            )
        }
<h2>Services</h2>
{
            ul(
                [
                    "24/7 SOC: triage, investigation and response for alerts and incidents in Microsoft Defender XDR "
                    "and Microsoft "
                    "Defender for Cloud.",
                    "Management of Microsoft Sentinel: data connectors, analytics rules, alert tuning, "
                    "automated playbooks, incident response.",
                    "Proactive threat hunting (at least 4 hunts per month).",
                    "Monthly security configuration assessment across Defender XDR and Defender for Cloud; "
                    "configuration changes "
                    "on request.",
                    "Custom detections in Defender XDR and Sentinel.",
                ]
            )
        }
<h2>Scope</h2><p>Defender for Endpoint (all endpoints), Defender for Office 365, Defender for Identity, Defender for
Cloud Apps, Defender for Cloud, Sentinel workspace 'law-pmi-soc'.</p>
{fields([("Customer signature", "", 44), ("Name", escape(cc.name) + ", " + escape(cc.title), 14), ("Date", "", 18)])}
""",
        meta("MDR Service Schedule PMI", CS_HEAD.name, T(2026, 2, 25, 10, 0)),
        f"{cid}|sch",
        style=css("#212121"),
        decor=Decor(CASTELLAN, right="Service Schedule MDR-PMI-01", accent="#212121", footer=escape(CASTELLAN.name)),
    )
    sched_signed = esign(
        sched,
        cc,
        T(2026, 2, 27, 16, 41),
        f"{cid}|env",
        sig_anchor="Customer signature",
        sig_dx=150,
        sig_dy=6,
        date_anchor="Date",
        date_dx=150,
        date_dy=3,
        date_text="27 Feb 2026",
        vendor="adobe",
        certificate=True,
        sender=CS_HEAD,
        ip="194.74.102.18",
    )
    m1 = Mail(
        CS_SDM,
        [cc],
        "Q2 service review – actions",
        T(2026, 7, 29, 17, 0, 1),
        "Hi Eleanor,\n\nActions from today's Q2 review:\n1. Castellan to add custom detection for the broker "
        "portal.\n2. PMI to approve playbook 'disable user' for automatic run on high-confidence BEC.\n3. Next "
        "hunt focus: OAuth apps.\n\nRegards,\nRhys\n\n" + footer_block(CS_SDM),
    )
    m2 = Mail(
        cc,
        [CS_SDM],
        "RE: Q2 service review – actions",
        T(2026, 7, 30, 8, 12, 1),
        "Rhys,\n\nAgreed on all three – please go ahead with the automatic 'disable user' playbook. For the "
        "record: Castellan's 24/7 SOC, Sentinel management and monthly hunting and configuration reviews are "
        "running as per the MDR schedule and the Q2 figures match our own view.\n\nEleanor Vaughan\nCISO, "
        "Pembroke Maritime Insurance",
        quoted=m1,
    )
    files = {
        "Pembroke_SOC_Monthly_Report_July_2026.pdf": dash,
        "Pembroke_MDR_Service_Schedule_signed.pdf": sched_signed,
        "RE_ Q2 service review – actions.eml": eml(m2),
    }
    claim = make_claim(
        cid,
        status="under_review",
        program="cpor",
        kind="managed_security_services",
        area="Security",
        partner=CASTELLAN,
        pc=CS_SDM,
        cust=cust,
        cc=cc,
        workloads=["MANAGED SECURITY SERVICES"],
        submitted=T(2026, 8, 19, 10, 20, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_pembroke_mdr_soc_report",
        claim,
        files,
        "approve",
        "Managed security services with every qualifying element: 24/7 SOC triage in Defender XDR and Defender for "
        "Cloud, Sentinel management (connectors, rules tuned, playbooks), threat hunts, configuration assessments, "
        "custom detections, MDE on 2,140 endpoints – shown in the printed monthly report, the e-signed MDR service "
        "schedule (with audit report) and the CISO's e-mail of 30 July 2026.",
        "Monthly report July 2026 (1,184 alerts triaged, 19 Sentinel rules tuned, 4 hunts) + CISO e-mail from "
        "pembrokemaritime.co.uk.",
        cpor_ok(email_ack=True),
    )


def s49_050_orchard_crescent_mss_deployment() -> Bundle:
    cid = "4901050"
    cust = Org(
        "Orchard Crescent Retail Pte Ltd",
        "Orchard Crescent",
        "orchardcrescent.com.sg",
        "SG",
        "Singapore 238859",
        "391 Orchard Road, #21-01",
        "#ad1457",
    )
    cc = person(cust, "Daniel Goh", "Head of IT", "daniel.goh")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", MERIDIAN.name, MO_SDM.name, MO_SDM.title),
    ]
    html = f"""
<h1>Managed Security Onboarding – Completion Certificate</h1>
{kv([("Customer", escape(cust.name)), ("Partner", escape(MERIDIAN.name)), ("Period", "June – August 2026")])}
<h2>Work completed</h2>
{
        ul(
            [
                "Deployed Microsoft Defender for Endpoint sensors to 610 POS and back-office endpoints in 42 stores.",
                "Configured Intune compliance policies and BitLocker for 610 devices.",
                "Set up Windows Update rings and monthly patch management for store devices.",
                "Deployed an Azure VM as log collector and Azure Arc agents on 12 on-premises servers.",
                "Provided technical support for troubleshooting sensor and policy issues (31 tickets).",
            ]
        )
    }
""" + signoff("columns", parties, heading="Acceptance")
    pdf = html_pdf(
        html,
        meta("MSS onboarding completion", MO_SDM.name, T(2026, 9, 10, 9, 0, 8)),
        f"{cid}|c",
        style=css(MERIDIAN.color),
        decor=Decor(MERIDIAN, right="Completion Certificate", accent=MERIDIAN.color, footer=escape(MERIDIAN.name)),
    )
    scan = scan_pdf(
        pdf,
        [
            *sign_inks("columns", parties[0], 0, "11/09/2026"),
            *sign_inks("columns", parties[1], 1, "11/09/2026", color=INK_BLACK),
        ],
        f"{cid}|s",
        T(2026, 9, 11, 15, 0, 8),
        dpi=150,
        skew=0.4,
    )
    files = {"OCR_MSS_Onboarding_Completion_signed.pdf": scan}
    claim = make_claim(
        cid,
        program="cpor",
        kind="managed_security_services",
        area="Security",
        partner=MERIDIAN,
        pc=MO_SDM,
        cust=cust,
        cc=cc,
        workloads=["MANAGED SECURITY SERVICES"],
        submitted=T(2026, 9, 28, 11, 0, 8),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_orchard_crescent_mss_is_deployment_only",
        claim,
        files,
        "action_required",
        "Signed and specific, but everything described is what the guide lists as out of scope for managed security "
        "services: sensor deployment, Intune policies, patch management, Azure infrastructure and troubleshooting "
        "support. No 24/7 SOC triage, Sentinel management, threat hunting or configuration assessments – the "
        "MANAGED SECURITY SERVICES workload is not supported.",
        "Completion certificate: MDE sensors, Intune compliance, patching, Azure VM/Arc, support tickets – no SOC.",
        {"workload_match": "fail", "customer_acknowledgement": "pass", "reused_evidence": "pass"},
    )


def s49_051_bharat_agrochem_mss_tickets() -> Bundle:
    cid = "4901051"
    cust = Org(
        "Bharat Agrochem Industries Ltd",
        "Bharat Agrochem",
        "bharatagrochem.in",
        "IN",
        "Vadodara, Gujarat 390010",
        "Plot 14, GIDC Makarpura",
        "#33691e",
        "CIN L24219GJ1994PLC022871",
    )
    cc = person(cust, "Rajesh Patel", "Head – IT & Information Security", "rajesh.patel")
    r = rng_for("tickets", cid)
    titles = [
        ("Defender XDR", "Suspicious PowerShell download cradle", "High"),
        ("Sentinel", "Brute force against VPN gateway", "Medium"),
        ("Defender XDR", "Credential access: LSASS memory read", "High"),
        ("Sentinel", "Mass download from SharePoint by single user", "Medium"),
        ("Defender for Cloud", "Suspicious login to SQL server from TOR exit", "High"),
        ("Defender XDR", "Phishing URL clicked (Safe Links blocked)", "Low"),
        ("Sentinel", "New admin added to privileged group", "Medium"),
        ("Defender XDR", "Ransomware behaviour blocked (ASR)", "High"),
        ("Sentinel", "Hunting: rare process on plant HMI jump host", "Informational"),
    ]
    rows = []
    for i in range(26):
        src, title, sev = titles[r.randrange(len(titles))]
        day = 1 + i * 29 // 26
        rows.append(
            (
                f"ZS-BAIL-{2604000 + 117 + i * 3}",
                f"{day:02d}-04-2026 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
                src,
                title,
                sev,
                r.choice(["A. Iyer", "R. Nair", "S. Khan", "P. Joshi", "M. Das"]),
                r.choice(["Resolved – TP", "Resolved – Benign", "Resolved – FP (tuned)", "Resolved – TP"]),
            )
        )
    head = ["Case", "Created (IST)", "Source", "Title", "Sev.", "Analyst", "Status"]
    widths = [13, 14, 13, 30, 9, 9, 12]
    export = html_pdf(
        [
            f"""
<p class="small">Zenith SOC Portal · Incident export · generated 01-05-2026 09:12 IST</p>
<h1>Bharat Agrochem Industries – SOC incidents April 2026</h1>
{
                kv(
                    [
                        ("Tenant / workspace", "bharatagrochem.in · law-bail-prod"),
                        (
                            "Coverage",
                            "Defender for Endpoint 1,360 "
                            "endpoints · Defender for Cloud 48 servers · Sentinel 42 analytics rules, 6 playbooks",
                        ),
                        ("Service", "24x7 SOC (L1–L3), threat hunting, monthly configuration assessment"),
                    ]
                )
            }
{grid(head, rows[:16], widths)}""",
            f"""{grid(head, rows[16:], widths)}
<p class="small">Hunts this month: 5 (see monthly report). Analytics rules tuned: 6. New custom detection: 'HMI jump
host rare process'.</p>
""",
        ],
        meta("Incident export April 2026", "Zenith SOC Portal", T(2026, 5, 1, 9, 12, 5.5), CHROME),
        f"{cid}|exp",
        style=css("#6d4c41", family="cond", size=7.5),
    )
    letter = html_pdf(
        f"""
<table><tr><td style="border:none;width:300pt"><h1 style="color:#33691e">Bharat Agrochem Industries Ltd</h1>
<span class="small">{escape(cust.address)} · {escape(cust.reg)}</span></td>
<td style="border:none;width:160pt;text-align:right">Date: 20-04-2026</td></tr></table>
<p>To,<br/>Zenith Secure Services Pvt. Ltd., Bengaluru</p>
<p><b>Sub: Confirmation of Managed Security Services</b></p>
<p>We confirm that Zenith Secure Services Pvt. Ltd. provides managed security services to Bharat Agrochem Industries
Ltd since 1 November 2025, namely:</p>
{
            ul(
                [
                    "24x7 SOC monitoring, triage and response for incidents in Microsoft Defender XDR and Microsoft "
                    "Defender for "
                    "Cloud (1,360 endpoints with Defender for Endpoint, 48 servers).",
                    "Management of Microsoft Sentinel – data connectors, analytics rules, alert tuning, automation "
                    "playbooks.",
                    "Threat hunting in Defender XDR and Defender for Cloud, and monthly security configuration "
                    "assessments.",
                ]
            )
        }
<p>The service is satisfactory and continues under our agreement.</p>
<p style="margin-top:18pt">For Bharat Agrochem Industries Ltd</p>
<p style="margin-top:34pt">{escape(cc.name)}<br/>{escape(cc.title)}</p>
""",
        meta("MSS confirmation", cc.name, T(2026, 4, 20, 11, 0, 5.5)),
        f"{cid}|l",
        style=css("#33691e"),
    )
    page = render(
        letter,
        130,
        [
            Ink(cc.name, "sig", cc.name, dx=0, dy=-36, h=30, color=(20, 20, 120)),
            Ink(
                "For Bharat Agrochem",
                "seal",
                dx=200,
                dy=-10,
                h=70,
                color=(50, 60, 150),
                lines=("BHARAT AGROCHEM", "VADODARA"),
            ),
        ],
        f"{cid}|ink",
    )[0]
    page = scanify(page, f"{cid}|paper", skew=0.0, gray=False, noise=4, blur=0.3, shadow=False)
    photo = phone_photo(page, f"{cid}|photo", T(2026, 4, 21, 10, 14, 5.5), model=("samsung", "SM-A546E"))
    files = {"BAIL_SOC_Incident_Export_Apr2026.pdf": export, "WhatsApp Image 2026-04-21 at 10.14.22.jpeg": photo}
    claim = make_claim(
        cid,
        program="cpor",
        kind="managed_security_services",
        area="Security",
        partner=ZENITH,
        pc=ZS_SOC,
        cust=cust,
        cc=cc,
        workloads=["MANAGED SECURITY SERVICES"],
        submitted=T(2026, 5, 26, 12, 0, 5.5),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_bharat_agrochem_mss_ticket_export",
        claim,
        files,
        "approve",
        "Managed security services evidenced by a SOC incident export (April 2026, Defender XDR / Sentinel / "
        "Defender for Cloud cases, tuning, custom detection) and a phone photo of the customer's signed and stamped "
        "confirmation letter dated 20-04-2026 (Indian day-first) listing 24x7 SOC, Sentinel management, hunting and "
        "configuration assessments over 1,360 MDE endpoints.",
        "Photo of letter on Bharat Agrochem letterhead, 'Date: 20-04-2026', signed by Head – IT & InfoSec, with seal.",
        cpor_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# evidence shared between claims
# --------------------------------------------------------------------------------------------------------------

SKLARNA = Org(
    "Sklárna Novohradská a.s.",
    "Sklárna Novohradská",
    "sklarna-novohradska.cz",
    "CZ",
    "374 01 Trhové Sviny",
    "Sklářská 12",
    "#1565c0",
    "IČO 26071511",
)
SKLARNA_CIO = person(SKLARNA, "Jaroslav Kučera", "CIO", "jaroslav.kucera")
_SHARED: dict[str, Any] = {}


def sklarna_acceptance() -> tuple[bytes, bytes]:
    """Sklárna's signed acceptance scan, and the signature cut out of it (as a copier would crop it)."""
    if "sklarna" in _SHARED:
        return _SHARED["sklarna"]
    cid = "4901052"
    parties = [
        Party("Customer / Objednatel", SKLARNA.name, SKLARNA_CIO.name, "CIO"),
        Party("Supplier / Dodavatel", VLTAVA.name, VC_PM.name, VC_PM.title),
    ]
    html = f"""
<h1>Akceptační protokol / Acceptance Protocol</h1>
<p style="font-size:12pt">Microsoft Defender for Endpoint &amp; Defender for Office 365</p>
{
        kv(
            [
                (
                    "Customer / Objednatel",
                    escape(SKLARNA.name) + ", " + escape(SKLARNA.address) + ", " + escape(SKLARNA.reg),
                ),
                ("Supplier / Dodavatel", escape(VLTAVA.name)),
                ("Order / Objednávka", "OBJ-2026-0112"),
            ]
        )
    }
{
        grid(
            ["Workload", "Delivered", "Volume"],
            [
                (
                    "Defender for Endpoint",
                    "Onboarding via Intune/GPO, ASR rules (block), EDR block mode, device groups for the "
                    "Trhové Sviny and Nové Hrady works",
                    "290 endpoints, 18 servers",
                ),
                (
                    "Defender for Office 365",
                    "Safe Links, Safe Attachments, anti-phishing, attack simulation",
                    "330 mailboxes",
                ),
            ],
            [26, 54, 20],
        )
    }
<p>Period: 5 January – 6 March 2026. The customer accepts the services above without reservations.</p>
""" + signoff("rows", parties, heading="Signatures / Podpisy")
    pdf = html_pdf(
        html,
        meta("Akceptacni protokol Sklarna", VC_PM.name, T(2026, 3, 9, 10, 0, 1)),
        f"{cid}|acc",
        style=css(VLTAVA.color),
        decor=Decor(
            VLTAVA,
            right="Akceptační protokol · OBJ-2026-0112",
            footer=escape(VLTAVA.name + " · " + VLTAVA.reg),
            accent=VLTAVA.color,
        ),
    )
    dpi = 150
    inks = [
        *sign_inks("rows", parties[0], 0, "10. 3. 2026"),
        *sign_inks("rows", parties[1], 1, "10. 3. 2026", color=INK_BLACK),
    ]
    scan = scan_pdf(pdf, inks, f"{cid}|scan", T(2026, 3, 10, 13, 5, 1), dpi=dpi, skew=0.0, scanner=4)
    with pymupdf.open("pdf", pdf) as src:
        no, rect = _locate(src, Ink(SKLARNA_CIO.name, "sig"))
    with pymupdf.open("pdf", scan) as sc:
        xref = sc[no].get_images()[0][0]
        page_img = Image.open(io.BytesIO(sc.extract_image(xref)["image"]))
    k = dpi / 72.0
    crop = page_img.crop(
        (int((rect.x0 + 178) * k), int((rect.y0 - 8) * k), int((rect.x0 + 290) * k), int((rect.y0 + 30) * k))
    )
    _SHARED["sklarna"] = (scan, png(crop.convert("RGB")))
    return _SHARED["sklarna"]


def s49_052_sklarna_original_signed_page() -> Bundle:
    cid = "4901052"
    scan, _ = sklarna_acceptance()
    report = report_pdf(
        VLTAVA,
        f"""
<h1>Defender rollout report – Sklárna Novohradská</h1>
{
            grid(
                ["Week", "Activity"],
                [
                    ("2–3", "Design, pilot in IT and glass design studio (25 devices)"),
                    ("4–7", "Onboarding Trhové Sviny works (190 endpoints, 12 servers)"),
                    ("8–9", "Onboarding Nové Hrady works (100 endpoints, 6 servers); MDO policies"),
                    ("10", "ASR block mode, attack simulation (330 users), handover"),
                ],
                [15, 85],
            )
        }
<p>Customer contact: Jaroslav Kučera (CIO).</p>
""",
        meta("Sklarna Defender report", VC_PM.name, T(2026, 3, 6, 15, 0, 1)),
        f"{cid}|rep",
        right="Rollout report",
    )
    files = {"Sklarna_Defender_Acceptance_scan.pdf": scan, "Sklarna_Defender_Report.pdf": report}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=VLTAVA,
        pc=VC_PM,
        cust=SKLARNA,
        cc=SKLARNA_CIO,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 3, 24, 10, 0, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_sklarna_signed_acceptance_original",
        claim,
        files,
        "approve",
        "Scanned acceptance protocol naming this claim's customer (Sklárna Novohradská, IČO 26071511) and signed by "
        "its CIO on 10. 3. 2026. The same signature image was later pasted into claim 4901053 for another customer; "
        "this bundle is plainly the original (physical signature in the customer's own row, on the customer's "
        "document, earlier).",
        "Scan: row 'Customer / Objednatel – Sklárna Novohradská a.s., Jaroslav Kučera, CIO' signed 10. 3. 2026.",
        cpor_ok(),
    )


def s49_053_zelezarny_pasted_signature() -> Bundle:
    cid = "4901053"
    _, crop = sklarna_acceptance()
    cust = Org(
        "Železárny Beroun s.r.o.",
        "Železárny Beroun",
        "zelezarny-beroun.cz",
        "CZ",
        "266 01 Beroun",
        "Tovární 1045",
        "#424242",
        "IČO 28411226",
    )
    cc = person(cust, "Ing. Pavel Horák", "IT Manager", "pavel.horak")
    parties = [
        Party("Customer / Objednatel", cust.name, cc.name, cc.title),
        Party("Supplier / Dodavatel", VLTAVA.name, VC_PM.name, VC_PM.title),
    ]
    html = f"""
<h1>Akceptační protokol / Acceptance Protocol</h1>
<p style="font-size:12pt">Microsoft Defender for Endpoint</p>
{
        kv(
            [
                ("Customer / Objednatel", escape(cust.name) + ", " + escape(cust.address) + ", " + escape(cust.reg)),
                ("Supplier / Dodavatel", escape(VLTAVA.name)),
                ("Order / Objednávka", "OBJ-2026-0164"),
            ]
        )
    }
{
        grid(
            ["Workload", "Delivered", "Volume"],
            [
                (
                    "Defender for Endpoint",
                    "Onboarding via Intune, ASR rules (block), EDR block mode, device groups per hall",
                    "150 endpoints, 9 servers",
                )
            ],
            [26, 54, 20],
        )
    }
<p>Period: 2 March – 10 April 2026. The customer accepts the services above without reservations.</p>
""" + signoff("rows", parties, heading="Signatures / Podpisy")
    pdf = html_pdf(
        html,
        meta("Akceptacni protokol Zelezarny Beroun", VC_PM.name, T(2026, 4, 14, 9, 0, 2)),
        f"{cid}|acc",
        style=css(VLTAVA.color),
        decor=Decor(
            VLTAVA,
            right="Akceptační protokol · OBJ-2026-0164",
            footer=escape(VLTAVA.name + " · " + VLTAVA.reg),
            accent=VLTAVA.color,
        ),
    )
    pasted = stamp_pdf(
        pdf,
        [
            Ink(cc.name, "image", dx=178, dy=-6, h=26, picture=crop),
            Ink(cc.name, "hand", "14. 4. 2026", dx=296, dy=2, h=12, color=(0, 0, 0)),
            *sign_inks("rows", parties[1], 1, "14. 4. 2026", color=INK_BLACK),
        ],
        f"{cid}|paste",
        meta("Akceptacni protokol Zelezarny Beroun", VC_PM.name, T(2026, 4, 14, 9, 20, 2)),
    )
    files = {"Zelezarny_Beroun_Defender_Acceptance.pdf": pasted}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=VLTAVA,
        pc=VC_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 4, 15, 16, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_zelezarny_signature_pasted_from_other_claim",
        claim,
        files,
        "action_required",
        "The 'customer signature' above Ing. Pavel Horák's name is an image cut from the Sklárna Novohradská "
        "acceptance scan of claim 4901052 (Jaroslav Kučera's signature, with the scan's grey background) pasted into "
        "a digitally produced page. Copied/pasted signatures are not acceptable, and the evidence is reused from "
        "another claim, where it is plainly the original.",
        "Signature image on page 1 matches the signature on 4901052's scan; it sits as a pasted picture in a born-"
        "digital PDF.",
        {"reused_evidence": "fail", "customer_acknowledgement": "fail", "activity_detail": "pass"},
    )


NORRSKEN_ENERGI = Org(
    "Norrsken Energi AB",
    "Norrsken Energi",
    "norrskenenergi.se",
    "SE",
    "972 38 Luleå",
    "Storgatan 51",
    "#ff8f00",
    "Org.nr 556712-4408",
)
NORRSKEN_ANNA = person(NORRSKEN_ENERGI, "Anna Bergström", "IT-chef / Head of IT", "anna.bergstrom")


def norrsken_approval() -> Mail:
    m1 = Mail(
        PC_PM,
        [NORRSKEN_ANNA],
        "Norrsken Energi – Teams och SharePoint leverans",
        T(2026, 4, 24, 15, 30, 2),
        "Hej Anna,\n\nThe delivery report for Teams, SharePoint and Viva Engage is attached. Could you confirm "
        "approval?\n\nVänliga hälsningar,\nSara\n\n" + footer_block(PC_PM),
        lang="sv",
    )
    return Mail(
        NORRSKEN_ANNA,
        [PC_PM],
        "RE: Norrsken Energi – Teams och SharePoint leverans godkänd",
        T(2026, 4, 28, 9, 4, 2),
        "Hej Sara,\n\nNorrsken Energi approves the delivery: Microsoft Teams for our 640 employees, the "
        "SharePoint intranet 'Norrsken Inside' with 22 sites, and Viva Engage communities for the field crews "
        "(5 communities, 310 members). The report matches what we see. Thanks to the Polaris team.\n\n"
        "Med vänlig hälsning,\nAnna Bergström\nIT-chef, Norrsken Energi AB",
        quoted=m1,
        lang="sv",
    )


def s49_054_norrsken_energi_original_mail() -> Bundle:
    cid = "4901054"
    report = report_pdf(
        POLARIS,
        f"""
<h1>Leveransrapport / Delivery report – Norrsken Energi</h1>
{
            grid(
                ["Workload", "Delivered"],
                [
                    ("Teams", "640 employees; team per district and per grid project; Teams Phone not in scope"),
                    ("SharePoint Online", "Intranet 'Norrsken Inside', 22 sites, news for field crews"),
                    ("Viva Engage", "5 communities for field crews (310 members), leadership AMA events"),
                ],
                [25, 75],
            )
        }
<p>Period: 2 February – 24 April 2026.</p>
""",
        meta("Leveransrapport Norrsken Energi", PC_PM.name, T(2026, 4, 24, 12, 0, 2)),
        f"{cid}|rep",
        right="Leveransrapport",
    )
    files = {
        "RE_ Norrsken Energi – Teams och SharePoint leverans godkänd.msg": msg_file(norrsken_approval()),
        "Norrsken_Energi_Leveransrapport.pdf": report,
    }
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=POLARIS,
        pc=PC_PM,
        cust=NORRSKEN_ENERGI,
        cc=NORRSKEN_ANNA,
        workloads=["TEAMS", "SHAREPOINT ONLINE", "VIVA ENGAGE"],
        submitted=T(2026, 5, 13, 9, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_norrsken_energi_approval_original",
        claim,
        files,
        "approve",
        "The customer's approval e-mail comes from norrskenenergi.se, names Norrsken Energi and its own numbers (640 "
        "employees, 22 sites, 5 communities): it is this claim's acknowledgement. A printout of the same e-mail "
        "appears on claim 4901055 for a different customer; this one is plainly the original.",
        "Original .msg from anna.bergstrom@norrskenenergi.se, 28 Apr 2026: 'Norrsken Energi approves the delivery'.",
        cpor_ok(email_ack=True),
    )


def s49_055_norrsken_elnat_reused_mail() -> Bundle:
    cid = "4901055"
    cust = Org(
        "Norrsken Elnät AB",
        "Norrsken Elnät",
        "norrskenelnat.se",
        "SE",
        "972 38 Luleå",
        "Storgatan 51",
        "#ff8f00",
        "Org.nr 556988-1207",
    )
    cc = person(cust, "Mikael Öberg", "Driftchef", "mikael.oberg")
    printed = printed_mail_pdf(norrsken_approval(), PC_PM, f"{cid}|print")
    report = report_pdf(
        POLARIS,
        f"""
<h1>Delivery report – Norrsken Elnät</h1>
{
            grid(
                ["Workload", "Delivered"],
                [
                    ("Teams", "180 employees in grid operations; shift channels"),
                    ("SharePoint Online", "Operations handbook site, outage reports library"),
                ],
                [25, 75],
            )
        }
<p>Period: 16 March – 22 May 2026.</p>
""",
        meta("Delivery report Norrsken Elnat", PC_PM.name, T(2026, 5, 25, 12, 0, 2)),
        f"{cid}|rep",
        right="Delivery report",
    )
    files = {"Godkannande_Norrsken.pdf": printed, "Norrsken_Elnat_Delivery_Report.pdf": report}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=POLARIS,
        pc=PC_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 6, 3, 14, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_norrsken_elnat_sibling_approval_reused",
        claim,
        files,
        "action_required",
        "The only acknowledgement is a printout of Norrsken Energi's approval e-mail – the same message submitted on "
        "claim 4901054 – sent from norrskenenergi.se and about Norrsken Energi's 640 employees. This claim is for the "
        "sister company Norrsken Elnät AB (norrskenelnat.se, own tenant): the evidence is reused from the original "
        "claim and is not from this customer's domain.",
        "Godkannande_Norrsken.pdf: printed e-mail from anna.bergstrom@norrskenenergi.se approving Norrsken Energi's "
        "delivery.",
        {"reused_evidence": "fail", "customer_domain": "fail"},
    )


RHAETISCHE = Org(
    "Rhätische Holzwerke AG",
    "Rhätische Holzwerke",
    "rhaetische-holzwerke.ch",
    "CH",
    "7000 Chur",
    "Industriestrasse 31",
    "#5d4037",
)
RHAETISCHE_ICT = person(RHAETISCHE, "Gian Cadonau", "Leiter ICT", "gian.cadonau")


def helvetic_invoice_0412() -> bytes:
    if "hc0412" not in _SHARED:
        _SHARED["hc0412"] = invoice_pdf(
            HELVETIC,
            "HC-2026-0412",
            D(2026, 4, 24),
            [(f"MCI Engagement Claim ID 4901056 – {AMMP_NAME}\nKunde / Customer: {RHAETISCHE.name}", 15000.0)],
            "4901056|inv",
            title="RECHNUNG / INVOICE",
            date_style="de",
            labels={
                "inv": "Rechnungsnr. / Invoice no.",
                "date": "Datum / Date",
                "due": "Fällig / Due",
                "bill": "Rechnungsempfänger / Bill to",
                "desc": "Beschreibung / Description",
                "amt": "Betrag / Amount",
                "sub": "Zwischensumme exkl. MWST / Subtotal",
                "total": "Total",
            },
            bank="Luzerner Kantonalbank · IBAN CH56 0077 8180 4412 3456 7 (USD)",
        )
    return bytes(_SHARED["hc0412"])


def s49_056_rhaetische_invoice_original() -> Bundle:
    cid = "4901056"
    files, claim = ammp_claim(
        cid,
        "rhaetische",
        HELVETIC,
        HC_PM,
        RHAETISCHE,
        RHAETISCHE_ICT,
        consent=D(2026, 1, 19),
        submitted=T(2026, 4, 30, 11, 0, 2),
        app="Sawmill yield optimisation (Python services, PostgreSQL)",
        arr="USD 52,000 per year",
        dates=["02.02.2026", "27.02.2026", "10.04.2026", "17.04.2026"],
        amount=15000.0,
        inv_no="HC-2026-0412",
        date_style="de",
        sign_when=T(2026, 4, 21, 14, 0, 2),
        date_text="21.04.2026",
        invoice_pdf_bytes=helvetic_invoice_0412(),
    )
    return Bundle(
        f"{cid}_rhaetische_ammp_invoice_original",
        claim,
        files,
        "approve",
        "Clean AMMP (Small) claim, Swiss partner (Market A, USD 15,000), 101 days after consent. Its invoice "
        "HC-2026-0412 names this claim's ID (4901056) and customer; the same invoice file was uploaded again on "
        "claim 4901057, but this claim is plainly its original.",
        "Invoice HC-2026-0412: 'MCI Engagement Claim ID 4901056', customer Rhätische Holzwerke AG, USD 15,000.00.",
        pa_ok(),
    )


def s49_057_seeland_invoice_reused() -> Bundle:
    cid = "4901057"
    cust = Org(
        "Seeland Gemüse AG", "Seeland Gemüse", "seeland-gemuese.ch", "CH", "3232 Ins", "Müntschemiergasse 4", "#2e7d32"
    )
    cc = person(cust, "Sabine Kocher", "Leiterin Informatik", "sabine.kocher")
    files, claim = ammp_claim(
        cid,
        "seeland",
        HELVETIC,
        HC_PM,
        cust,
        cc,
        consent=D(2026, 3, 2),
        submitted=T(2026, 6, 22, 10, 30, 2),
        app="Harvest planning and cold-store logistics (.NET, SQL Server)",
        arr="USD 47,000 per year",
        dates=["16.03.2026", "10.04.2026", "29.05.2026", "05.06.2026"],
        amount=15000.0,
        inv_no="HC-2026-0412",
        date_style="de",
        sign_when=T(2026, 6, 9, 10, 0, 2),
        date_text="09.06.2026",
        invoice_pdf_bytes=helvetic_invoice_0412(),
    )
    return Bundle(
        f"{cid}_seeland_invoice_copied_from_other_claim",
        claim,
        files,
        "action_required",
        "The AMMP template and surveys are this customer's, but the uploaded invoice is invoice HC-2026-0412 of claim "
        "4901056 (Rhätische Holzwerke): wrong claim ID and customer on the invoice, and the same invoice file on two "
        "claims. Each claim needs its own invoice with its own claim ID.",
        "Invoice HC-2026-0412 reads 'Claim ID 4901056 … Rhätische Holzwerke AG' on claim 4901057.",
        {"invoice": "fail", "reused_evidence": "fail", "attestations": "pass", "submission_window": "pass"},
    )


def keystone_narrative(short: str) -> str:
    return (
        f"Before working with Keystone Ridge, {short} had 1,240 staff across 9 sites and no way to see or control "
        "the laptops and phones they used; admins shared one global administrator account and staff signed in with "
        "passwords only. Over six weeks, Keystone enrolled 980 Windows laptops and 310 iOS devices in Microsoft "
        "Intune with compliance policies and BitLocker, moved our 1,240 identities to Entra ID P2 with risk-based "
        "Conditional Access and phishing-resistant MFA, and put 17 admin roles under Privileged Identity "
        "Management with approval and quarterly access reviews. Risky sign-ins dropped from about 40 a week to "
        "fewer than 5, and our cyber insurer accepted the new controls at renewal."
    )


def narrative_letter(cust: Org, cc: Person, day: dt.date, seed: str) -> bytes:
    return html_pdf(
        f"""
<table><tr><td style="border:none;width:300pt"><h1 style="color:{cust.color}">{escape(cust.name)}</h1>
<span class="small">{escape(cust.address)}</span></td>
<td style="border:none;width:160pt;text-align:right">{fdate(day, "us_long")}</td></tr></table>
<h2>Customer Success Narrative – Microsoft Intune and Entra ID P2</h2>
<p>{escape(keystone_narrative(cust.short))}</p>
<p>We confirm that Keystone Ridge Technologies LLC delivered this work and continues to support these workloads.</p>
{
            fields(
                [
                    ("Signature", "", 40),
                    ("Name / Title", escape(cc.name) + ", " + escape(cc.title), 14),
                    ("Date", fdate(day, "us"), 14),
                ]
            )
        }
""",
        meta(f"{cust.short} customer narrative", cc.name, T(day.year, day.month, day.day, 10, 0, -4)),
        seed,
        style=css(cust.color),
    )


def s49_058_allegheny_shared_narrative() -> Bundle:
    cid = "4901058"
    cust = Org(
        "Allegheny Tool & Die Co.",
        "Allegheny Tool & Die",
        "alleghenytool.com",
        "US",
        "Butler, PA 16001",
        "310 Mercer Rd",
        "#b71c1c",
    )
    cc = person(cust, "Greg Hollister", "IT Manager", "ghollister")
    letter = narrative_letter(cust, cc, D(2026, 7, 20), f"{cid}|n")
    scan = scan_pdf(
        letter,
        [Ink("Signature", "sig", cc.name, dx=150, dy=4, h=30)],
        f"{cid}|s",
        T(2026, 7, 20, 15, 0, -4),
        dpi=150,
        skew=0.6,
    )
    files = {"ATD_Customer_Success_Narrative_signed.pdf": scan}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=KEYSTONE,
        pc=KR_AM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        submitted=T(2026, 8, 4, 10, 0, -4),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_allegheny_narrative_same_numbers",
        claim,
        files,
        "action_required",
        "The signed customer narrative carries exactly the same story and numbers (1,240 staff, 9 sites, 980 "
        "laptops, 310 iOS devices, 17 admin roles, 40 → 5 risky sign-ins) as the narrative on claim 4901059 for a "
        "different customer of the same partner. Two companies cannot share these figures; neither document names "
        "a claim ID or shows which came first. UNSURE which claim holds the original: both are flagged.",
        "Narrative text identical to 4901059's apart from the company name.",
        {"reused_evidence": ["fail", "warn"], "ineligible_customer": "pass"},
    )


def s49_059_monvalley_shared_narrative() -> Bundle:
    cid = "4901059"
    cust = Org(
        "Monongahela Valley Glass Works Inc.",
        "Mon Valley Glass",
        "monvalleyglass.com",
        "US",
        "Charleroi, PA 15022",
        "700 McKean Ave",
        "#01579b",
    )
    cc = person(cust, "Linda Petrakis", "Director of Information Systems", "lpetrakis")
    letter = narrative_letter(cust, cc, D(2026, 7, 27), f"{cid}|n")
    signed = esign(
        letter,
        cc,
        T(2026, 7, 27, 13, 2, -4),
        f"{cid}|env",
        sig_anchor="Signature",
        sig_dx=150,
        sig_dy=6,
        vendor="adobe",
        certificate=True,
        sender=KR_AM,
        ip="71.182.40.9",
    )
    files = {"MVGW_Customer_Narrative_esigned.pdf": signed}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=KEYSTONE,
        pc=KR_AM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        submitted=T(2026, 8, 11, 10, 0, -4),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_monvalley_narrative_same_numbers",
        claim,
        files,
        "action_required",
        "E-signed customer narrative whose text and figures are word for word those of claim 4901058's narrative "
        "for another customer (1,240 staff, 9 sites, 980 + 310 devices, 17 admin roles). The e-signature is valid, "
        "but the claim-specific content is shared between two claims and nothing shows which is genuine. UNSURE "
        "which side is the original: both are flagged.",
        "Narrative text identical to 4901058's apart from the company name.",
        {"reused_evidence": ["fail", "warn"], "ineligible_customer": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# languages
# --------------------------------------------------------------------------------------------------------------


def s49_060_flores_sabana_spanish_only() -> Bundle:
    cid = "4901060"
    cust = Org(
        "Flores de la Sabana S.A.S.",
        "Flores de la Sabana",
        "floresdelasabana.co",
        "CO",
        "Madrid, Cundinamarca",
        "Km 3 Vía Madrid–Facatativá",
        "#c2185b",
    )
    cc = person(cust, "Andrés Pardo", "Gerente Comercial", "andres.pardo")
    eng_name = "Pre-Sales Variable Envisioning Workshop"
    report = report_pdf(
        CORDILLERA,
        f"""
<h1>Informe de Hallazgos y Recomendaciones</h1>
<p style="font-size:12pt">Taller de visión – Dynamics 365 Sales y Customer Service</p>
{
            kv(
                [
                    ("Cliente", escape(cust.name)),
                    ("Fechas del taller", "15 y 22 de septiembre de 2026"),
                    ("Participantes", "10 (comercial, exportaciones, servicio al cliente, TI)"),
                ]
            )
        }
<h2>Situación actual</h2>
<p>La empresa exporta flores a 180 importadores en Estados Unidos, Europa y Japón. Los pedidos se reciben por correo
y WhatsApp y se consolidan en hojas de cálculo; los reclamos por calidad se registran en un archivo compartido sin
trazabilidad por lote.</p>
<h2>Hallazgos</h2>
{
            ul(
                [
                    "No existe una vista del embudo comercial por importador ni por temporada (San Valentín, Día de la "
                    "Madre).",
                    "Los reclamos por calidad tardan en promedio 6 días en resolverse.",
                    "Las listas de precios por mercado se aprueban por correo.",
                ]
            )
        }
<h2>Recomendaciones</h2>
{
            grid(
                ["Fase", "Alcance", "Tiempo"],
                [
                    ("1", "Dynamics 365 Sales para 8 ejecutivos de exportación", "T4 2026"),
                    ("2", "Dynamics 365 Customer Service para 5 agentes, casos por lote", "T1 2027"),
                ],
                [10, 65, 25],
            )
        }
""",
        meta("Informe de hallazgos", CO_PM.name, T(2026, 9, 25, 17, 0, -5)),
        f"{cid}|rep",
        right="Informe de Hallazgos",
    )
    files, docs = pa_kit(
        cid,
        CORDILLERA,
        CO_PM,
        cc,
        eng_name,
        1980.0,
        "FE-2026-1042",
        D(2026, 10, 20),
        T(2026, 10, 16, 10, 0, -5),
        T(2026, 10, 19, 10, 0, -5),
        activities="Envisioning workshop for Dynamics 365 Sales and Customer Service",
        outcome="Findings and two-phase roadmap",
        participants="10",
        invoice_kw={
            "title": "FACTURA / INVOICE",
            "date_style": "gb",
            "labels": {
                "inv": "Factura No. / Invoice no.",
                "date": "Fecha / Date",
                "due": "Vence / Due",
                "bill": "Cliente / Bill to",
                "desc": "Descripción / Description",
                "amt": "Valor / Amount",
                "sub": "Subtotal",
                "total": "Total",
            },
        },
    )
    files = {"Informe_de_Hallazgos_y_Recomendaciones.pdf": report, **files}
    docs = [("Informe_de_Hallazgos_y_Recomendaciones.pdf", "poe"), *docs]
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Business Applications",
        partner=CORDILLERA,
        pc=CO_PM,
        cust=cust,
        cc=cc,
        submitted=T(2026, 10, 28, 11, 0, -5),
        docs=docs,
        eng=engagement("BA-PRESALES-ENV-VAR", eng_name, "standard", "variable", 1980.0),
        consent=D(2026, 9, 1),
    )
    return Bundle(
        f"{cid}_flores_sabana_findings_spanish_only",
        claim,
        files,
        "action_required",
        "The findings and recommendations report – the POE document of this Partner Activities claim – is entirely "
        "in Spanish with no English version; POE review does not support documentation in other languages and asks "
        "for an English version. Invoice (USD 1,980 = proposed payout), surveys and timing are fine.",
        "Informe_de_Hallazgos_y_Recomendaciones.pdf: Spanish only.",
        {
            "document_language": "fail",
            "invoice": "pass",
            "attestations": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


def s49_061_setouchi_japanese_with_translation() -> Bundle:
    cid = "4901061"
    cust = Org(
        "Setouchi Marine Products K.K.",
        "Setouchi Marine",
        "setouchi-marine.co.jp",
        "JP",
        "Onomichi, Hiroshima 722-0035",
        "1-8-2 Tsuchido",
        "#0277bd",
    )
    cc = person(cust, "Yuki Tanaka", "IT Section Manager (情報システム課長)", "y.tanaka")
    jp = html_pdf(
        """
<h1 style="text-align:center">検 収 書</h1>
<p>日本クラウドワークス株式会社 御中</p>
<p style="text-align:right">2026年2月10日</p>
<p>件名：Microsoft 365 移行作業</p>
<p>下記の作業について、検収いたしました。</p>
<table>
<tr><th style="width:120pt">項目</th><th style="width:330pt">内容</th></tr>
<tr><td>Exchange Online</td><td>オンプレミス Exchange からの移行（メールボックス 286 件）、
共有メールボックス 12 件</td></tr>
<tr><td>Microsoft Teams</td><td>全社 286 名への展開、チーム 24（工場・営業所別）、会議室ポリシー設定</td></tr>
<tr><td>SharePoint Online</td><td>ファイルサーバー 1.1TB の移行、サイト 15、アクセス権の整理</td></tr>
<tr><td>作業期間</td><td>2025年12月1日～2026年2月6日</td></tr>
</table>
<p style="margin-top:30pt;text-align:right">瀬戸内マリンプロダクツ株式会社</p>
<p style="text-align:right">情報システム課長　田中 由紀　　　印</p>
""",
        meta("検収書", "田中 由紀", T(2026, 2, 10, 10, 0, 9)),
        f"{cid}|jp",
        style=css(size=11),
    )
    jp_scan = scan_pdf(
        jp,
        [
            Ink("印", "seal", dx=-20, dy=-22, h=60, lines=("瀬戸内", "マリン"), cjk=True),
            Ink("田中 由紀", "sig", "Yuki Tanaka", dx=-4, dy=-30, h=26, color=INK_BLACK),
        ],
        f"{cid}|jps",
        T(2026, 2, 10, 15, 0, 9),
        dpi=200,
        skew=0.3,
        gray=False,
    )
    tr = report_pdf(
        NIHON,
        f"""
<h1>English translation – Acceptance Certificate (検収書)</h1>
<p class="small">Translation prepared by Nihon Cloudworks K.K. of the attached Japanese original.</p>
<p>To: Nihon Cloudworks K.K. (日本クラウドワークス株式会社)</p><p>Date: February 10, 2026</p>
<p>Subject: Microsoft 365 migration work</p><p>We have inspected and accepted the work below.</p>
{
            grid(
                ["Item", "Details"],
                [
                    ("Exchange Online", "Migration from on-premises Exchange (286 mailboxes), 12 shared mailboxes"),
                    (
                        "Microsoft Teams",
                        "Rollout to all 286 employees, 24 teams (per plant and sales office), meeting room policies",
                    ),
                    ("SharePoint Online", "Migration of 1.1 TB from the file server, 15 sites, permissions clean-up"),
                    ("Work period", "December 1, 2025 – February 6, 2026"),
                ],
                [25, 75],
            )
        }
<p>Setouchi Marine Products K.K. – Yuki Tanaka, IT Section Manager (seal)</p>
""",
        meta("Acceptance certificate translation", CW_PM.name, T(2026, 2, 12, 10, 0, 9)),
        f"{cid}|tr",
        right="Translation",
    )
    rep = report_pdf(
        NIHON,
        f"""
<h1>Microsoft 365 Migration Report – Setouchi Marine Products</h1>
{
            grid(
                ["Phase", "Dates", "Work"],
                [
                    ("Assessment", "Dec 1–12, 2025", "Mailbox and file server inventory"),
                    ("Mail migration", "Dec 15, 2025 – Jan 16, 2026", "286 mailboxes in 3 batches"),
                    ("Teams / SharePoint", "Jan 19 – Feb 6, 2026", "24 teams, 15 sites, 1.1 TB"),
                ],
                [22, 30, 48],
            )
        }
""",
        meta("M365 migration report", CW_PM.name, T(2026, 2, 9, 17, 0, 9)),
        f"{cid}|rep",
        right="Migration Report",
    )
    files = {
        "検収書_瀬戸内マリン.pdf": jp_scan,
        "Acceptance_Certificate_English_Translation.pdf": tr,
        "Setouchi_M365_Migration_Report_EN.pdf": rep,
    }
    claim = make_claim(
        cid,
        status="under_review",
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=NIHON,
        pc=CW_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 2, 26, 13, 0, 9),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_setouchi_hanko_with_translation",
        claim,
        files,
        "approve",
        "Japanese acceptance certificate (検収書) with the customer's company seal and signature, dated 2026年2月10日, "
        "plus the partner's English translation and an English migration report: non-English POE accompanied by an "
        "English version. A hanko seal is how Japanese companies sign.",
        "検収書 scan with red seal '瀬戸内マリン' and the translation: 286 mailboxes, 24 teams, 15 sites, accepted "
        "10 Feb 2026.",
        cpor_ok(),
    )


def s49_062_concarneau_copilot_pv() -> Bundle:
    cid = "4901062"
    cust = Org(
        "Coopérative Maritime de Concarneau",
        "Coop Maritime Concarneau",
        "coopmaritime-concarneau.fr",
        "FR",
        "29900 Concarneau",
        "3 quai Carnot",
        "#0d47a1",
    )
    cc = person(cust, "Gwenaëlle Riou", "Directrice administrative et financière", "g.riou")
    parties = [
        Party("Le client / Customer", cust.name, cc.name, "DAF / CFO"),
        Party("Le prestataire / Supplier", NUAGE.name, NU_PM.name, NU_PM.title),
    ]
    pv = html_pdf(
        f"""
<h1>Procès-verbal de recette / Acceptance Report</h1>
<p style="font-size:12pt">Microsoft 365 Copilot &amp; Viva Insights</p>
{
            kv(
                [
                    ("Client / Customer", escape(cust.name)),
                    ("Prestataire / Supplier", escape(NUAGE.name)),
                    ("Période / Period", "1er juillet – 30 septembre 2026 / 1 July – 30 September 2026"),
                ]
            )
        }
{
            grid(
                ["Lot / Item", "Réalisé / Delivered"],
                [
                    (
                        "Copilot",
                        "Déploiement de 180 licences, préparation des données (nettoyage des partages SharePoint), 9 "
                        "ateliers "
                        "métiers (criée, comptabilité, avitaillement) / Rollout of 180 licences, data readiness "
                        "(SharePoint sharing "
                        "clean-up), 9 business workshops (fish auction, accounting, ship supply)",
                    ),
                    (
                        "Viva Insights",
                        "Tableau de bord d'adoption Copilot pour la direction, rapports mensuels / Copilot adoption "
                        "dashboard for management, monthly reports",
                    ),
                ],
                [22, 78],
            )
        }
<p>Le client prononce la recette sans réserve. / The customer accepts the deliverables without reservation.</p>
"""
        + signoff("lines", parties, heading="Signatures", labels=("Nom", "Fonction", "Signature", "Date")),
        meta("PV de recette Copilot", NU_PM.name, T(2026, 10, 5, 10, 0, 2)),
        f"{cid}|pv",
        style=css(NUAGE.color),
        decor=Decor(
            NUAGE, right="Procès-verbal de recette", accent=NUAGE.color, footer=escape(NUAGE.name + " · " + NUAGE.reg)
        ),
    )
    pv_scan = scan_pdf(
        pv,
        [
            *sign_inks("lines", parties[0], 0, "07/10/2026", labels=("Nom", "Fonction", "Signature", "Date")),
            *sign_inks(
                "lines", parties[1], 1, "07/10/2026", labels=("Nom", "Fonction", "Signature", "Date"), color=INK_BLACK
            ),
        ],
        f"{cid}|pvs",
        T(2026, 10, 7, 16, 0, 2),
        dpi=100,
        skew=1.3,
        scanner=5,
    )
    chart = bar_chart(
        "Copilot weekly active users",
        ["S36", "S37", "S38", "S39", "S40"],
        [("Active users", [58, 84, 109, 121, 128], (21, 101, 192))],
        size=(820, 360),
    )
    adoption = html_pdf(
        f"""
<h1>Copilot Adoption Report – Q3 2026</h1>
<p>Coopérative Maritime de Concarneau · prepared by Nuage Breton · source: Viva Insights Copilot dashboard</p>
<img src="chart.png" width="480"/>
{
            grid(
                ["Metric", "Value"],
                [
                    ("Licensed users", "180"),
                    ("Weekly active (week 40)", "128 (71%)"),
                    ("Top scenarios", "Teams meeting recap, Excel analysis of auction prices, Outlook drafts"),
                    ("Estimated time saved", "≈ 310 hours / month"),
                ],
                [40, 60],
            )
        }
""",
        meta("Copilot adoption report Q3", NU_PM.name, T(2026, 10, 6, 11, 0, 2), CHROME),
        f"{cid}|ad",
        images={"chart.png": chart},
        style=css(NUAGE.color),
    )
    files = {"PV_de_recette_Copilot_signe.pdf": pv_scan, "Copilot_Adoption_Report_Q3_2026.pdf": adoption}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=NUAGE,
        pc=NU_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT 365 COPILOT", "VIVA INSIGHTS"],
        submitted=T(2026, 10, 26, 9, 0, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_concarneau_copilot_pv_low_dpi",
        claim,
        files,
        "approve",
        "Bilingual French/English acceptance report (procès-verbal de recette) for Copilot and Viva Insights, "
        "scanned at 100 dpi and skewed but legible, signed by the customer's CFO on 07/10/2026 (French day-first: "
        "7 October 2026), with an adoption report (180 licences, 128 weekly active).",
        "Scanned PV de recette: customer signature over 'Gwenaëlle Riou', Date 07/10/2026.",
        cpor_ok(),
    )


def s49_063_jurasud_runbook_signoff() -> Bundle:
    cid = "4901063"
    cust = Org(
        "Uhrenmanufaktur Jurasüd SA",
        "Jurasüd",
        "jurasud-horlogerie.ch",
        "CH",
        "2610 Saint-Imier",
        "Rue du Midi 14",
        "#263238",
    )
    cc = person(cust, "Nicolas Girard", "Responsable informatique", "nicolas.girard")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", HELVETIC.name, HC_PM.name, HC_PM.title),
    ]
    pages = [
        f"""<h1>Runbook – Microsoft Defender for Identity &amp; Defender for Endpoint</h1>
{kv([("Customer", escape(cust.name)), ("Version", "2.0"), ("Date", "17 August 2026")])}
<h2>1. Environment</h2>
{
            grid(
                ["Component", "Count"],
                [
                    ("Domain controllers with MDI sensor", "5"),
                    ("AD CS / AD FS servers", "1 / 2"),
                    ("Endpoints in MDE (ateliers, bureaux)", "212"),
                    ("Servers in MDE", "24"),
                ],
                [70, 30],
            )
        }
<h2>2. Daily operations</h2>
{
            ul(
                [
                    "Review MDI health issues and new lateral-movement paths (Helvetic Cloud, daily).",
                    "Triage MDE alerts; isolation only after call with the customer's IT manager.",
                    "Weekly report to the customer: open incidents, exposure score, ASR events from CNC workstations.",
                ]
            )
        }""",
        f"""<h2>3. Exceptions</h2>{
            ul(
                [
                    "CNC programming stations: ASR rule 'Block executable content from e-mail' in "
                    "audit only (vendor macros).",
                    "Honeytoken account 'svc-backup-old' – alerts go to P1 queue.",
                ]
            )
        }
"""
        + signoff(
            "columns",
            parties,
            heading="4. Sign-off",
            statement="By signing, the parties approve this runbook as the operating procedure for the Defender "
            "services delivered by Helvetic Cloud AG.",
        ),
    ]
    pdf = html_pdf(
        pages,
        meta("Jurasud Defender Runbook v2.0", HC_PM.name, T(2026, 8, 17, 16, 0, 2)),
        f"{cid}|rb",
        style=css(HELVETIC.color),
        decor=Decor(HELVETIC, right="Runbook v2.0", accent=HELVETIC.color, footer=escape(HELVETIC.name)),
    )
    inks = [
        *sign_inks("columns", parties[0], 0, "19.08.2026"),
        *sign_inks("columns", parties[1], 1, "19.08.2026", color=INK_BLACK),
    ]
    final = with_scanned_pages(
        pdf,
        [page_of(pdf, "4. Sign-off")],
        inks,
        f"{cid}|scan",
        T(2026, 8, 19, 11, 0, 2),
        meta("Jurasud Defender Runbook v2.0 signed", HC_PM.name, T(2026, 8, 20, 9, 0, 2)),
        dpi=200,
        skew=-0.3,
    )
    files = {"Jurasud_Defender_Runbook_v2.0_signed.pdf": final}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=HELVETIC,
        pc=HC_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR IDENTITY", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 9, 1, 10, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_jurasud_runbook_signed_page",
        claim,
        files,
        "approve",
        "Runbook with the environment (5 DCs with MDI, 212 endpoints and 24 servers in MDE), daily operations and a "
        "sign-off page – a column per party – printed, signed by both and scanned at 200 dpi on 19.08.2026.",
        "Last page (scan): Customer column signed by Nicolas Girard, Date 19.08.2026.",
        cpor_ok(),
    )


def s49_064_gyeongbuk_korean_seal() -> Bundle:
    cid = "4901064"
    cust = Org(
        "Gyeongbuk Agricultural Machinery Co., Ltd.",
        "GB Agri Machinery",
        "gbagrimach.co.kr",
        "KR",
        "Gumi, Gyeongsangbuk-do 39422",
        "Sandan-ro 55",
        "#2e7d32",
    )
    cc = person(cust, "Lee Seung-woo", "Head of IT Strategy (정보전략팀장)", "seungwoo.lee")
    html = f"""
<h1>작업 완료 확인서 / Work Completion Confirmation</h1>
{
        kv(
            [
                ("고객사 / Customer", "경북농기계(주) / " + escape(cust.name)),
                ("수행사 / Partner", "한강시스템즈(주) / " + escape(HANRIVER.name)),
                ("기간 / Period", "2026-01-12 ~ 2026-03-20"),
            ]
        )
    }
{
        grid(
            ["항목 / Item", "내용 / Work performed"],
            [
                (
                    "Microsoft Teams",
                    "전 직원 420명 Teams 도입, 공장·영업소별 팀 18개, 회의실 정책 / Teams for all 420 employees, "
                    "18 teams per plant and sales office, meeting room policies",
                ),
                (
                    "Intune",
                    "업무용 PC 360대, 현장 태블릿 95대 등록, 규정 준수 정책 / "
                    "Enrolled 360 office PCs and 95 shop-floor tablets, compliance policies",
                ),
            ],
            [24, 76],
        )
    }
<p>위와 같이 작업이 완료되었음을 확인합니다. / We confirm that the work above has been completed.</p>
<p style="margin-top:16pt">2026년 3월 27일 / 27 March 2026</p>
<p>경북농기계(주) 정보전략팀장 이승우 / Lee Seung-woo, Head of IT Strategy &#160;&#160;&#160;(인)</p>
"""
    pdf = html_pdf(
        html,
        meta("작업 완료 확인서", HR_PM.name, T(2026, 3, 25, 10, 0, 9)),
        f"{cid}|c",
        style=css(HANRIVER.color),
        decor=Decor(HANRIVER, right="작업 완료 확인서", accent=HANRIVER.color, footer=escape(HANRIVER.name)),
    )
    scan = scan_pdf(
        pdf,
        [
            Ink("(인)", "seal", dx=-10, dy=-24, h=58, lines=("경북농기계", "대표이사"), cjk=True),
            Ink("(인)", "sig", "Lee Seungwoo", dx=-110, dy=-30, h=26, color=INK_BLACK),
        ],
        f"{cid}|s",
        T(2026, 3, 27, 14, 0, 9),
        dpi=150,
        skew=0.5,
        gray=False,
    )
    files = {"작업완료확인서_경북농기계.pdf": scan}
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=HANRIVER,
        pc=HR_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "INTUNE"],
        submitted=T(2026, 4, 6, 11, 0, 9),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_gyeongbuk_bilingual_korean_seal",
        claim,
        files,
        "approve",
        "Korean/English completion confirmation with every statement in both languages (420 Teams users, 18 teams, "
        "360 PCs + 95 tablets in Intune), signed and sealed by the customer's head of IT strategy on 27 March 2026.",
        "Scan: red company seal and signature beside '(인)', dated 2026년 3월 27일 / 27 March 2026.",
        cpor_ok(),
    )


def s49_065_laurentian_ai_pilot_docx() -> Bundle:
    cid = "4901065"
    cust = Org(
        "Laurentian Paper Recycling Inc.",
        "Laurentian Paper",
        "laurentianpaper.ca",
        "CA",
        "Trois-Rivières QC G9A 5E1",
        "1500 rue Notre-Dame Centre",
        "#2e7d32",
    )
    cc = person(cust, "Sylvie Lapointe", "Directrice des opérations / Operations Director", "slapointe")
    eng_name = "Azure Innovate – AI Apps Pilot/POC"
    shot = portal_screenshot(
        "Azure | Bale Quality Vision – Evaluation",
        [
            ("Bales graded", "4,812"),
            ("Agreement with QA", "91.4%"),
            ("Avg latency", "1.8 s"),
            ("Cost / 1k images", "USD 2.10"),
        ],
        [
            ("OCC #11", "1,904", "93.0%", "0.6%"),
            ("Mixed paper #54", "1,377", "88.2%", "1.4%"),
            ("SOP #37", "1,011", "92.5%", "0.9%"),
            ("Newsprint #56", "520", "90.8%", "1.1%"),
        ],
        ["Grade", "Images", "Agreement", "False reject"],
        f"{cid}|shot",
        tenant="laurentianpaper.onmicrosoft.com",
    )
    w = Word(accent="0277BD")
    w.header(NORTHBEAM, "Pilot/POC close-out")
    w.h("Bale Quality Vision Assistant – Pilot/POC close-out report", 0)
    w.p(f"Customer: {cust.name} · Partner: Northbeam Solutions Inc. · Claim {cid}")
    w.h("Business problem", 1)
    w.p(
        "Inbound paper bales are graded by two inspectors per shift; misgraded bales cost about CAD 180,000 a year in "
        "contamination penalties from the mill."
    )
    w.h("Solution piloted", 1)
    w.bullets(
        [
            "Cameras at 2 receiving doors; images to Azure Blob Storage.",
            "Azure AI Vision custom model + Azure OpenAI (GPT-4o) for grade explanation shown to inspectors.",
            "App Service web app for inspectors; results in Azure SQL; Power BI report for QA.",
        ]
    )
    w.h("Results (3 weeks, 4,812 bales)", 1)
    w.picture(shot, 15.5)
    w.table(
        [
            ["Metric", "Target", "Result"],
            ["Agreement with QA grading", "≥ 85%", "91.4%"],
            ["Average time per bale", "< 3 s", "1.8 s"],
            ["Projected Azure consumption", "–", "USD 5,200 / month"],
        ]
    )
    w.h("Next steps", 1)
    w.bullets(["Production rollout to all 5 doors (Q1 2027).", "Integration with the weighbridge system."])
    poe = w.save(meta("Bale Quality Vision pilot close-out", NB_PM.name, T(2026, 10, 20, 16, 0, -4)))
    files, docs = pa_kit(
        cid,
        NORTHBEAM,
        NB_PM,
        cc,
        eng_name,
        9600.0,
        "NB-2026-0877",
        D(2026, 10, 26),
        T(2026, 10, 22, 10, 0, -4),
        T(2026, 10, 23, 10, 0, -4),
        activities="Pilot of an AI vision assistant on Azure for paper bale grading",
        outcome="91.4% agreement with QA over 4,812 bales; production rollout planned",
        participants="8",
        invoice_kw={
            "title": "FACTURE / INVOICE",
            "date_style": "iso",
            "labels": {
                "inv": "Facture no / Invoice no.",
                "date": "Date",
                "due": "Échéance / Due",
                "bill": "Facturer à / Bill to",
                "desc": "Description",
                "amt": "Montant / Amount",
                "sub": "Sous-total (avant taxes) / Subtotal",
                "total": "Total",
            },
        },
    )
    files = {"Pilot_POC_Closeout_Bale_Quality_Vision.docx": poe, **files}
    docs = [("Pilot_POC_Closeout_Bale_Quality_Vision.docx", "poe"), *docs]
    claim = make_claim(
        cid,
        program="partner_activities",
        area="Azure",
        partner=NORTHBEAM,
        pc=NB_PM,
        cust=cust,
        cc=cc,
        submitted=T(2026, 10, 30, 15, 0, -4),
        docs=docs,
        eng=engagement("AZ-INNOV-AIAPPS-POC-VAR", eng_name, "standard", "variable", 9600.0),
        consent=D(2026, 8, 10),
    )
    return Bundle(
        f"{cid}_laurentian_ai_pilot_word_report",
        claim,
        files,
        "approve",
        "Azure AI pilot (variable payout USD 9,600): Word close-out report with architecture, results and an embedded "
        "portal screenshot, bilingual invoice in USD 9,600.00 with the claim ID, both surveys signed, submitted 81 "
        "days after consent (standard: 90).",
        "Invoice NB-2026-0877 'MCI Engagement Claim ID 4901065', USD 9,600.00; consent 2026-08-10 → 2026-10-30.",
        pa_ok(),
        container="zip-folder",
    )


# --------------------------------------------------------------------------------------------------------------
# a dispute that fixes nothing, and a late Partner Activities claim
# --------------------------------------------------------------------------------------------------------------


def s49_066_arousa_dispute_still_unsigned() -> Bundle:
    cid = "4901066"
    cust = Org(
        "Conservas Ría de Arousa S.A.",
        "Conservas Arousa",
        "conservasarousa.es",
        "ES",
        "36600 Vilagarcía de Arousa",
        "Avda. da Mariña 22",
        "#00695c",
    )
    cc = person(cust, "Xoán Castro", "Responsable de Sistemas", "xoan.castro")
    m = Mail(
        IN_PM,
        [cc],
        "Resumen de trabajos – Exchange Online y Outlook móvil",
        T(2026, 4, 27, 12, 0, 2),
        "Hola Xoán,\n\nAs agreed, a summary of the work done by Ibérica Nube:\n- Migration of 145 mailboxes from "
        "the hosting provider to Exchange Online (March 2026)\n- Outlook mobile with app protection policies for "
        "60 sales and fleet phones\n- Shared mailboxes for the 3 canning plants\n\nUn saludo,\nÁlvaro Ruiz\n"
        "Jefe de Proyecto | Ibérica Nube S.L.",
        lang="es",
    )
    w = Word(accent="E65100")
    w.header(IBERICA, "Carta de confirmación")
    w.p("Vilagarcía de Arousa, ___ de junio de 2026")
    w.p("A la atención de Microsoft – Partner Incentives", bold=True)
    w.p(
        "Por la presente, Conservas Ría de Arousa S.A. confirma que Ibérica Nube S.L. realizó la migración de 145 "
        "buzones a Exchange Online y la configuración de Outlook móvil para 60 dispositivos. / Conservas Ría de "
        "Arousa S.A. hereby confirms that Ibérica Nube S.L. migrated 145 mailboxes to Exchange Online and set up "
        "Outlook mobile for 60 devices."
    )
    w.p("Firma / Signature: [firma del cliente]")
    w.p("Nombre / Name: [nombre]          Cargo / Title: [cargo]")
    letter = w.save(meta("Carta de confirmacion", IN_PM.name, T(2026, 6, 26, 18, 0, 2)))
    files = {
        "Resumen de trabajos – Exchange Online y Outlook movil.msg": msg_file(m),
        "Carta_de_confirmacion_Conservas_Arousa.docx": letter,
    }
    claim = make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=IBERICA,
        pc=IN_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "OUTLOOK MOBILE"],
        submitted=T(2026, 6, 29, 10, 0, 2),
        status="disputed",
        docs=[(p, "poe") for p in files],
        comments=[
            (
                "microsoft",
                T(2026, 5, 8, 9, 0),
                "Dear Partner, the POE has no customer acknowledgement: the only "
                "e-mail is from the partner and the customer never accepted the work. Please upload the customer's "
                "acknowledgement within 14 days.",
            ),
            ("microsoft", T(2026, 5, 25, 9, 0), "Rejected: no response within 14 days."),
            ("partner", T(2026, 6, 29, 9, 55, 2), "Dispute: we attach a confirmation letter for the customer."),
        ],
        history=[
            ("submission", T(2026, 5, 4, 11, 0, 2), IN_PM.email),
            ("action required", T(2026, 5, 8, 9, 0), "Microsoft"),
            ("rejected", T(2026, 5, 25, 9, 0), "Microsoft"),
            ("disputed", T(2026, 6, 20, 16, 0, 2), IN_PM.email),
            ("submission", T(2026, 6, 29, 10, 0, 2), IN_PM.email),
        ],
    )
    return Bundle(
        f"{cid}_arousa_dispute_with_unsigned_letter",
        claim,
        files,
        "reject",
        "A dispute after a rejection for missing customer acknowledgement. The dispute adds only a Word letter the "
        "partner drafted for the customer, still with '[firma del cliente]' placeholders – unsigned, unsent – next "
        "to the partner's own summary e-mail that the customer never answered. The reason for rejection is not "
        "resolved and a decision on a dispute is final: reject.",
        "Status disputed; 'Carta_de_confirmacion' .docx contains '[firma del cliente]' and no signature.",
        {"customer_acknowledgement": "fail", "reused_evidence": "pass"},
    )


def s49_067_khor_fakkan_ammp_late() -> Bundle:
    cid = "4901067"
    cust = Org(
        "Khor Fakkan Marine Services LLC",
        "KF Marine",
        "kfmarine.ae",
        "AE",
        "Khor Fakkan, Sharjah",
        "Port Road, Building 7",
        "#01579b",
    )
    cc = person(cust, "Ahmed Al Hammadi", "IT Manager", "ahmed.alhammadi")
    files, claim = ammp_claim(
        cid,
        "kfmarine",
        FALCON,
        FG_PM,
        cust,
        cc,
        consent=D(2026, 1, 12),
        submitted=T(2026, 6, 11, 12, 0, 4),
        app="Vessel berthing & tug dispatch (ASP.NET Core, SQL Server)",
        arr="USD 71,000 per year",
        dates=["26/01/2026", "20/02/2026", "17/04/2026", "08/05/2026"],
        amount=12000.0,
        inv_no="FG-INV-26-0561",
        date_style="gb",
        sign_when=T(2026, 5, 20, 10, 0, 4),
        date_text="20/05/2026",
        invoice_kw={"date_style": "gb_long", "bank": "Emirates NBD · USD account"},
    )
    return Bundle(
        f"{cid}_khor_fakkan_ammp_after_120_days",
        claim,
        files,
        "reject",
        "AMMP (Small) claims must be submitted within 120 days of customer consent (2026-01-12 → 2026-05-12); this "
        "one was submitted on 2026-06-11, 150 days after consent. Everything else (Market B rate USD 12,000 for the "
        "UAE, surveys, signed template) is in order, but the claim is out of its window.",
        "consent_date 2026-01-12, activity_type xs_small, submitted 2026-06-11 (150 days > 120).",
        {"submission_window": "fail", "invoice": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# assembly, validation and output
# --------------------------------------------------------------------------------------------------------------

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
    builders = [fn for name, fn in sorted(globals().items()) if name.startswith("s49_") and callable(fn)]
    bundles = [fn() for fn in builders]
    ids = [b.claim_id for b in bundles]
    if len(set(ids)) != len(ids) or len({b.entry for b in bundles}) != len(bundles):
        raise RuntimeError("claim ids and bundle names must be unique")
    for b in bundles:
        if not 4901001 <= int(b.claim_id) <= 4901999:
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
            set(v if isinstance(v, list) else [v]) <= {"fail", "warn"} for v in b.checks.values()
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
    import logging
    import warnings

    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", message=".*DSA is deprecated.*")
    logging.getLogger("pyhanko").setLevel(logging.ERROR)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.ERROR)
    parser = argparse.ArgumentParser(description="Write held-out test set G (MCI claim bundles + expected.json).")
    parser.add_argument("out", type=Path, help="output directory (empty, absent, or a previous output of this script)")
    parser.add_argument("--force", action="store_true", help="empty OUTDIR first if it is not empty")
    args = parser.parse_args(argv)
    out: Path = args.out
    if out.exists():
        if not out.is_dir():
            raise SystemExit(f"{out} exists and is not a directory")
        entries = list(out.iterdir())
        ours = all(e.name == "expected.json" or e.name.startswith("49010") for e in entries)
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
