"""Write a realistic held-out queue of MCI claim bundles, with the decisions the claiming guide calls for.

The bundles are meant to be checked AS ONE QUEUE: some of them share text on purpose.

* Boilerplate that is NOT reuse: Northgate Digital's own closure-report template (same headings,
  methodology, standard activity list and legal footer) for four different customers, each with its
  own numbers, dates, narrative and its own customer's acknowledgement; three US public-sector claims
  carrying the same mandated fee-disclosure wording; a distributor programme's standard activity
  checklist filled in by four different partners.
* Real reuse: one vague customer e-mail attached to two claims; one signed POE narrative with only
  the customer name swapped; one pasted signature image in the documents of two partners; one
  invoice file uploaded on an expired claim and on its re-claim.

Every partner writes its own documents: closure reports, Word status reports, slide decks exported
to PDF, go-live and acceptance certificates, workshop summaries, merged uploads, printed e-mail
threads, .msg and .eml files with (or without) Received chains, Message-IDs and
Authentication-Results, automatic replies in four languages, bilingual and German-only documents,
phone photos and scans of signed paper (rotated, ~100 dpi), DocuSign / Acrobat Sign envelopes and
digitally signed PDFs (pyHanko).

``OUTDIR/expected.json`` maps claim id -> {"bundle", "decision", "why", "shows", "checks"}: what a
careful reviewer decides under the MCI claiming guide (seed ``000_522f59b57b561f49.txt``), derived
from the guide's rules only. Output is deterministic (fixed dates, ids, seeds, zip times, MIME
boundaries). Run: ``.venv/bin/python tools/make_holdout_realistic.py OUTDIR [--force]``.
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
from docx.oxml import parse_xml
from docx.shared import Inches, Pt, RGBColor

EXPECTED_FILE = "expected.json"
DECISIONS = ("approve", "action_required", "reject")
ZIP_TIME = (2026, 11, 20, 9, 0, 0)
_NS = uuid.UUID("3c9f6a1e-58d2-4b8e-9e0f-7a4d21c6b5e3")
MU: Any = pymupdf  # PyMuPDF has no type hints


def _tz(hours: float, name: str) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours), name)


UTC = dt.UTC
GMT, BST, CET, CEST = _tz(0, "GMT"), _tz(1, "BST"), _tz(1, "CET"), _tz(2, "CEST")
EDT, EST, CDT = _tz(-4, "EDT"), _tz(-5, "EST"), _tz(-5, "CDT")
MDT, PDT, PST = _tz(-6, "MDT"), _tz(-7, "PDT"), _tz(-8, "PST")
IST, SGT, AEST, COT, BRT = _tz(5.5, "IST"), _tz(8, "SGT"), _tz(10, "AEST"), _tz(-5, "COT"), _tz(-3, "BRT")


def at(y: int, m: int, d: int, hh: int = 10, mm: int = 0, tz: dt.tzinfo = UTC) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=tz)


def day(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


def guid(*parts: str, upper: bool = False) -> str:
    value = str(uuid.uuid5(_NS, "|".join(parts)))
    return value.upper() if upper else value


def hexid(*parts: str, length: int = 32) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:length].upper()


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")








def pdf_date(moment: dt.datetime) -> str:
    off = int((moment.utcoffset() or dt.timedelta(0)).total_seconds() // 60)
    sign = "+" if off >= 0 else "-"
    return f"D:{moment.strftime('%Y%m%d%H%M%S')}{sign}{abs(off) // 60:02d}'{abs(off) % 60:02d}'"


# ----------------------------------------------------------------------------------------------
# Parties
# ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Person:
    name: str
    email: str
    title: str

    @property
    def first(self) -> str:
        return self.name.replace("Dr. ", "").split()[0]


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


# ----------------------------------------------------------------------------------------------
# PDF: HTML laid out by PyMuPDF's Story, decorated, saved deterministically
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
.label { background-color: #f2f2f2; width: 170pt; }
.right { text-align: right; }
.sig { height: 30pt; }
.adopted { font-family: serif; font-size: 13pt; color: #0b2a7a; }
.noborder td { border: none; }
.on { background-color: #2f5597; }
"""
SERIF_CSS = BASE_CSS.replace("font-family: sans-serif", "font-family: serif")
SLIDE_CSS = """
body { font-family: sans-serif; font-size: 15pt; line-height: 1.3; color: #222222; }
h1 { font-size: 30pt; color: #0f4c81; margin: 0 0 10pt 0; }
h2 { font-size: 22pt; color: #0f4c81; margin: 0 0 10pt 0; }
p { margin: 0 0 8pt 0; }
ul { margin: 0 0 8pt 0; }
li { margin: 0 0 5pt 0; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.8pt solid #9fb6cd; padding: 4pt 6pt; font-size: 12.5pt; text-align: left; }
th { background-color: #dbe8f5; }
.small { font-size: 10pt; color: #666666; }
"""
PAGE_BREAK = "<!--page-break-->"


@dataclass(frozen=True)
class PdfMeta:
    title: str
    author: str
    created: dt.datetime
    creator: str = "Microsoft® Word for Microsoft 365"
    producer: str = "Microsoft® Word for Microsoft 365"
    modified: dt.datetime | None = None


Decorator = Callable[[Any], None]


def html_pdf(blocks: str | Sequence[str], meta: PdfMeta, *, css: str = BASE_CSS, paper: str = "letter",
             margins: tuple[float, float, float, float] = (54, 54, 54, 60),
             decorate: Decorator | None = None) -> bytes:
    """Lay HTML blocks out one after the other (a block that does not fit starts a new page)."""
    parts = [blocks] if isinstance(blocks, str) else list(blocks)
    buf = io.BytesIO()
    writer = MU.DocumentWriter(buf)
    box = MU.paper_rect(paper)
    left, top, right, bottom = margins
    area = MU.Rect(box.x0 + left, box.y0 + top, box.x1 - right, box.y1 - bottom)
    device = writer.begin_page(box)
    y, pages = area.y0, 1
    for html in parts:
        if html == PAGE_BREAK:
            writer.end_page()
            device = writer.begin_page(box)
            y, pages = area.y0, pages + 1
            continue
        story = MU.Story(html, user_css=css)
        while True:
            if pages > 40:
                raise RuntimeError("runaway layout")
            more, filled = story.place(MU.Rect(area.x0, y, area.x1, area.y1))
            if more and y > area.y0 + 1:
                alone, _ = MU.Story(html, user_css=css).place(area)
                if not alone:
                    writer.end_page()
                    device = writer.begin_page(box)
                    y, pages = area.y0, pages + 1
                    story = MU.Story(html, user_css=css)
                    continue
            story.draw(device)
            if more:
                writer.end_page()
                device = writer.begin_page(box)
                y, pages = area.y0, pages + 1
                continue
            y = MU.Rect(filled).y1 + 4
            break
    writer.end_page()
    writer.close()
    doc = MU.open("pdf", buf.getvalue())
    if decorate is not None:
        decorate(doc)
    return save_pdf(doc, meta)


def save_pdf(doc: Any, meta: PdfMeta) -> bytes:
    doc.set_metadata({
        "title": meta.title, "author": meta.author, "subject": "", "keywords": "", "creator": meta.creator,
        "producer": meta.producer, "creationDate": pdf_date(meta.created),
        "modDate": pdf_date(meta.modified or meta.created)})
    doc.subset_fonts()
    data: bytes = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return data


def pdf(blocks: str | Sequence[str], title: str, author: str, created: dt.datetime,
        decorate: Decorator | None = None, *, paper: str = "letter", css: str = BASE_CSS,
        creator: str = "Microsoft® Word for Microsoft 365") -> bytes:
    return html_pdf(blocks, PdfMeta(title, author, created, creator=creator, producer=creator), css=css,
                    paper=paper, decorate=decorate)


def ul(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def rows(pairs: Iterable[tuple[str, str]]) -> str:
    return "".join(f'<tr><td class="label">{escape(k)}</td><td>{escape(v)}</td></tr>' for k, v in pairs)


def table(pairs: Sequence[tuple[str, str]]) -> str:
    return f"<table>{rows(pairs)}</table>"


def sign_table(pairs: Sequence[tuple[str, str]], label: str = "Signature") -> str:
    """A signature block to be signed by hand: the ``label`` row is tall and empty, the others are filled in."""
    body = "".join(f"<tr><td class='label'>{escape(k)}</td><td>" + ("<div class='sig'></div>" if k == label
                   else escape(v)) + "</td></tr>" for k, v in pairs)
    return f"<table>{body}</table>"


def grid(header: Sequence[str], body: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    lines = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in line) + "</tr>" for line in body)
    return f"<table><tr>{head}</tr>{lines}</table>"


def section(heading: str, *items: str | list[str]) -> str:
    out = f"<h2>{escape(heading)}</h2>"
    for item in items:
        out += ul(item) if isinstance(item, list) else f"<p>{escape(item)}</p>"
    return out


def draw_ink(page: Any, box: Any, seed: str, color: tuple[float, float, float] = (0.05, 0.1, 0.42)) -> None:
    """A handwritten-looking signature (vector strokes) inside ``box``."""
    digest = hashlib.sha256(seed.encode()).digest()
    shape = page.new_shape()
    mid, amp = (box.y0 + box.y1) / 2, box.height / 2.4
    step = (box.width - 8) / 7
    point = MU.Point(box.x0 + 2, mid + amp * 0.3)
    for i in range(7):
        b = digest[i * 4: i * 4 + 4]
        c1 = MU.Point(point.x + step * 0.3, mid - amp * (0.4 + b[0] / 400))
        c2 = MU.Point(point.x + step * 0.7, mid + amp * (0.2 + b[1] / 400))
        end = MU.Point(point.x + step, mid + amp * ((b[2] - 128) / 300))
        shape.draw_bezier(point, c1, c2, end)
        point = end
    shape.draw_bezier(MU.Point(box.x0 + 6, mid + amp * 0.9), MU.Point(box.x0 + box.width * 0.4, mid + amp * 1.1),
                      MU.Point(box.x0 + box.width * 0.7, mid + amp * 0.6), MU.Point(box.x1 - 6, mid + amp * 0.8))
    shape.finish(color=color, width=1.2, closePath=False)
    shape.commit()


def sign_below(label: str, seed: str, *, occurrence: int = -1, dx: float = 0, dy: float = 1,
               width: float = 130, height: float = 24) -> Decorator:
    """Decorator: ink a signature below (``dx`` right of) a label; the last occurrence by default."""

    def decorate(doc: Any) -> None:
        hits = [(page, r) for page in doc.pages() for r in page.search_for(label)]
        if not hits:
            raise RuntimeError(f"signature anchor {label!r} not found")
        page, r = hits[occurrence]
        draw_ink(page, MU.Rect(r.x0 + dx, r.y1 + dy, r.x0 + dx + width, r.y1 + dy + height), seed)

    return decorate


def stamp_pages(text: str, *, bottom: bool = False, size: float = 7.0) -> Decorator:
    """Decorator: a line on every page (envelope ids at the top, legal footers at the bottom)."""

    def decorate(doc: Any) -> None:
        for page in doc.pages():
            if bottom:
                rect = MU.Rect(54, page.rect.height - 52, page.rect.width - 54, page.rect.height - 8)
                if page.insert_textbox(rect, text, fontname="helv", fontsize=size, color=(0.35, 0.35, 0.35)) < 0:
                    raise RuntimeError("footer does not fit")
            else:
                page.insert_text(MU.Point(36, 26), text, fontname="helv", fontsize=size, color=(0.2, 0.2, 0.2))

    return decorate


def chain(*decorators: Decorator | None) -> Decorator:
    def decorate(doc: Any) -> None:
        for d in decorators:
            if d is not None:
                d(doc)

    return decorate


def merge_pdfs(parts: Sequence[bytes], meta: PdfMeta) -> bytes:
    """Several documents uploaded as one PDF (what "Combine files" in Acrobat writes)."""
    out = MU.open()
    for data in parts:
        src = MU.open("pdf", data)
        out.insert_pdf(src)
        src.close()
    return save_pdf(out, meta)


# ----------------------------------------------------------------------------------------------
# E-signature platforms as they look on paper
# ----------------------------------------------------------------------------------------------
def envelope_id(*parts: str) -> str:
    return guid("envelope", *parts, upper=True)


def docusign_stamp(envelope: str) -> Decorator:
    return stamp_pages(f"Docusign Envelope ID: {envelope}")


def docusign_block(signer: Person, company: str, signed: str, envelope: str, *,
                   heading: str = "Customer acceptance") -> str:
    sig_id = hexid("docusign-signature", envelope, signer.email)
    return (f"<h2>{escape(heading)}</h2><table>"
            f"<tr><td class='label'>Signature</td><td>DocuSigned by:<br/><i class='adopted'>{escape(signer.name)}</i>"
            f"<br/><span class='small'>{sig_id}</span></td></tr>"
            + rows([("Name", signer.name), ("Title", signer.title), ("Company", company), ("Date Signed", signed)])
            + "</table>")


def docusign_certificate(*, envelope: str, subject: str, pages: int, originator: Person, tz_label: str,
                         signer: Person, sent: str, viewed: str, signed: str, ip: str) -> str:
    sig_id = hexid("docusign-signature", envelope, signer.email)
    return f"""<h1>Certificate Of Completion</h1>
<table class="noborder">{rows([
        ("Envelope Id:", envelope.replace("-", "")), ("Subject:", subject),
        ("Document Pages:", f"{pages}    Signatures: 1    Initials: 0"), ("Certificate Pages:", "1"),
        ("AutoNav:", "Enabled"), ("EnvelopeId Stamping:", "Enabled"), ("Time Zone:", tz_label),
        ("Status:", "Completed"), ("Envelope Originator:", f"{originator.name}, {originator.email}")])}</table>
<h3>Record Tracking</h3>
<table>{rows([("Status: Original", f"Holder: {originator.name} ({originator.email})  Location: DocuSign")])}</table>
<table><tr><th>Signer Events</th><th>Signature</th><th>Timestamp</th></tr>
<tr><td>{escape(signer.name)}<br/>{escape(signer.email)}<br/>{escape(signer.title)}<br/>
Security Level: Email, Account Authentication (None)</td>
<td>DocuSigned by:<br/><i class='adopted'>{escape(signer.name)}</i><br/><span class='small'>{sig_id}</span><br/>
Signature Adoption: Pre-selected Style<br/>Using IP Address: {ip}</td>
<td>Sent: {sent}<br/>Viewed: {viewed}<br/>Signed: {signed}</td></tr></table>
<table><tr><th>Carbon Copy Events</th><th>Status</th><th>Timestamp</th></tr>
<tr><td>{escape(originator.name)}<br/>{escape(originator.email)}</td><td>COPIED</td><td>Sent: {signed}</td></tr></table>
<table><tr><th>Envelope Summary Events</th><th>Status</th><th>Timestamps</th></tr>
<tr><td>Envelope Sent</td><td>Hashed/Encrypted</td><td>{sent}</td></tr>
<tr><td>Signing Complete</td><td>Security Checked</td><td>{signed}</td></tr>
<tr><td>Completed</td><td>Security Checked</td><td>{signed}</td></tr></table>"""


def acrobat_block(signer: Person, company: str, stamp: str, label: str = "Customer signature") -> str:
    return (f"<table><tr><td class='label'>{escape(label)}</td><td><i class='adopted'>{escape(signer.name)}</i><br/>"
            f"{escape(signer.name)} ({escape(stamp)})</td></tr>"
            + rows([("Name", signer.name), ("Title", signer.title), ("Organisation", company)]) + "</table>")


def acrobat_audit(*, title: str, transaction: str, creator: Person, signer: Person, created: str, emailed: str,
                  viewed: str, signed: str) -> str:
    return f"""<h1>{escape(title)} - Final Audit Report</h1><p class="right">{signed.split(' - ')[0]}</p>
<table class="noborder">{rows([("Created:", created.split(" - ")[0]), ("By:", f"{creator.name} ({creator.email})"),
                               ("Status:", "Signed"), ("Transaction ID:", transaction)])}</table>
<h2>"{escape(title)}" History</h2>
<table class="noborder">
<tr><td>Document created by {escape(creator.name)} ({escape(creator.email)})<br/>{created}
 - IP address: 198.51.100.23</td></tr>
<tr><td>Document emailed to {escape(signer.name)} ({escape(signer.email)}) for signature<br/>{emailed}</td></tr>
<tr><td>Email viewed by {escape(signer.name)} ({escape(signer.email)})<br/>{viewed} - IP address: 203.0.113.90</td></tr>
<tr><td>Document e-signed by {escape(signer.name)} ({escape(signer.email)})<br/>Signature Date: {signed} - Time Source:
 server - IP address: 203.0.113.90</td></tr>
<tr><td>Agreement completed.<br/>{signed}</td></tr></table>
<p class="small">Powered by Adobe Acrobat Sign</p>"""


def acrobat_txn(*parts: str) -> str:
    return "CBJCHBCAABAA" + hexid("acrobat", *parts, length=32).replace("0", "x")


# ----------------------------------------------------------------------------------------------
# Paper: searchable office scans, image-only scans, phone photos (Pillow)
# ----------------------------------------------------------------------------------------------
_LIGATURES = str.maketrans({"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl"})
SCANNER = "RICOH IM C4500"


def searchable_scan(pdf_bytes: bytes, when: dt.datetime, *, dpi: int = 110, device: str = SCANNER) -> bytes:
    """An office scan with an invisible OCR text layer: ink is in the picture, words are findable."""
    src = MU.open("pdf", pdf_bytes)
    out = MU.open()
    for page in src.pages():
        pix = page.get_pixmap(dpi=dpi, colorspace=MU.csGRAY)
        new = out.new_page(width=page.rect.width, height=page.rect.height)
        new.insert_image(new.rect, stream=pix.tobytes("png"))
        for x0, y0, x1, y1, raw, *_ in page.get_text("words"):
            word = raw.translate(_LIGATURES)
            size = max(4.0, (y1 - y0) * 0.82)
            width = MU.get_text_length(word, fontname="helv", fontsize=size)
            if width > (x1 - x0) > 0:
                size *= (x1 - x0) / width
            new.insert_text(MU.Point(x0, y1 - (y1 - y0) * 0.2), word, fontsize=size, render_mode=3)
    src.close()
    return save_pdf(out, PdfMeta("Scan", "", when, creator=device, producer=device))


def _render(pdf_bytes: bytes, number: int, dpi: int, colour: bool) -> Any:
    from PIL import Image

    doc = MU.open("pdf", pdf_bytes)
    pix = doc[number].get_pixmap(dpi=dpi, colorspace=MU.csRGB if colour else MU.csGRAY)
    image = Image.frombytes("RGB" if colour else "L", (pix.width, pix.height), pix.samples)
    doc.close()
    return image


def _specks(image: Any, seed: str, count: int = 900) -> None:
    from PIL import ImageDraw

    draw = ImageDraw.Draw(image)
    noise = hashlib.shake_256(f"{seed}|specks".encode()).digest(3 * count)
    for i in range(0, len(noise), 3):
        x = int.from_bytes(noise[i: i + 2], "big") % image.width
        y = (noise[i + 2] * 257 + noise[i]) % image.height
        draw.point((x, y), fill=(90 + noise[i + 1] % 90) if image.mode == "L" else (70, 70, 70))


def paper_scan(pdf_bytes: bytes, seed: str, *, dpi: int = 100, turn: Sequence[int] = (), skew: float = 0.9,
               quality: int = 55) -> list[tuple[bytes, float, float]]:
    """A multifunction-printer scan: grey JPEG per page, specks, skew; ``turn[i]`` rotates page i by 90/180/270."""
    from PIL import Image

    doc = MU.open("pdf", pdf_bytes)
    count = doc.page_count
    doc.close()
    out = []
    for number in range(count):
        image = _render(pdf_bytes, number, dpi, colour=False)
        _specks(image, f"{seed}|{number}")
        image = image.point(lambda v: min(v, 238))
        image = image.rotate(skew if number % 2 == 0 else -skew * 0.7, resample=Image.Resampling.BICUBIC,
                             fillcolor=238)
        quarter = turn[number] if number < len(turn) else 0
        if quarter:
            image = image.rotate(quarter, expand=True)
        buf = io.BytesIO()
        image.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi))
        out.append((buf.getvalue(), image.width * 72 / dpi, image.height * 72 / dpi))
    return out


def image_pdf(pages: Sequence[tuple[bytes, float, float]], meta: PdfMeta) -> bytes:
    """An image-only PDF (scan-to-PDF): one picture per page, no text layer."""
    doc = MU.open()
    for jpeg, width, height in pages:
        page = doc.new_page(width=width, height=height)
        page.insert_image(page.rect, stream=jpeg)
    return save_pdf(doc, meta)


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [[*row, v] for row, v in zip(a, b, strict=True)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def phone_photo(pdf_bytes: bytes, seed: str, *, number: int = 0, turn: int = 0, dpi: int = 100) -> bytes:
    """A page photographed on a desk with a phone: perspective, a shadow, soft focus, ~100 dpi, turned."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    page = _render(pdf_bytes, number, dpi, colour=True)
    page = Image.eval(page, lambda v: int(v * 0.93) + 6)  # paper is never white on a photo
    w, h = page.size
    cw, ch = int(w * 1.16), int(h * 1.1)
    desk = (101, 86, 70)
    d = hashlib.sha256(seed.encode()).digest()

    def jit(i: int, span: float) -> float:
        return (d[i] / 255 - 0.5) * span

    quad = [(cw * 0.07 + jit(0, 40), ch * 0.05 + jit(1, 24)), (cw * 0.94 + jit(2, 40), ch * 0.03 + jit(3, 24)),
            (cw * 0.97 + jit(4, 30), ch * 0.96 + jit(5, 20)), (cw * 0.04 + jit(6, 30), ch * 0.94 + jit(7, 20))]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    a, b = [], []
    for (x, y), (u, v) in zip(quad, src, strict=True):
        a += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        b += [u, v]
    warped = page.transform((cw, ch), Image.Transform.PERSPECTIVE, _solve(a, b), Image.Resampling.BICUBIC,
                            fillcolor=desk)
    photo = Image.new("RGB", (cw, ch), desk)
    mask = Image.new("L", (cw, ch), 0)
    ImageDraw.Draw(mask).polygon(quad, fill=255)
    photo.paste(warped, (0, 0), mask)
    vertical = Image.linear_gradient("L").resize((cw, ch))
    horizontal = Image.linear_gradient("L").rotate(90).resize((cw, ch))
    shade = ImageChops.add(vertical.point(lambda v: v // 2), horizontal.point(lambda v: v // 2))
    blob = Image.new("L", (cw, ch), 0)  # the phone's own shadow in one corner
    ImageDraw.Draw(blob).ellipse((int(cw * 0.55), int(ch * 0.62), int(cw * 1.2), int(ch * 1.25)), fill=110)
    shade = ImageChops.add(shade.point(lambda v: int(v * 0.28)), blob.filter(ImageFilter.GaussianBlur(60)))
    photo = Image.composite(Image.new("RGB", (cw, ch), (0, 0, 0)), photo, shade)
    photo = photo.filter(ImageFilter.GaussianBlur(0.6))
    if turn:
        photo = photo.rotate(turn, expand=True)
    buf = io.BytesIO()
    photo.save(buf, "JPEG", quality=70, dpi=(dpi, dpi))
    return buf.getvalue()


def signature_png(seed: str) -> bytes:
    """A picture of a handwritten signature, as people paste into Word documents."""
    doc = MU.open()
    page = doc.new_page(width=200, height=60)
    draw_ink(page, MU.Rect(5, 5, 195, 55), seed, (0.06, 0.08, 0.3))
    png: bytes = page.get_pixmap(dpi=144).tobytes("png")
    doc.close()
    return png


# ----------------------------------------------------------------------------------------------
# Word documents (python-docx), saved with fixed zip timestamps
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


def docx_bytes(build: Callable[[DocxDocument], None], *, title: str, author: str, created: dt.datetime,
               font: str = "Calibri", footer: str = "") -> bytes:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(10.5)
    if footer:
        para = document.sections[0].footer.paragraphs[0]
        run = para.add_run(footer)
        run.font.size = Pt(7.5)
        run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    build(document)
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, author, author
    props.created = created.astimezone(UTC).replace(tzinfo=None)
    props.modified = created.astimezone(UTC).replace(tzinfo=None)
    props.revision = 4
    buf = io.BytesIO()
    document.save(buf)
    return normalise_zip(buf.getvalue())


def d_heading(document: DocxDocument, text: str, size: int = 13,
              color: tuple[int, int, int] = (0x1F, 0x38, 0x64)) -> None:
    run = document.add_paragraph().add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    run.font.color.rgb = RGBColor(*color)


def d_table(document: DocxDocument, header: Sequence[str] | None, body: Sequence[Sequence[str]]) -> None:
    tbl = document.add_table(rows=0, cols=len(header) if header else len(body[0]))
    tbl.style = "Table Grid"
    if header:
        for cell, text in zip(tbl.add_row().cells, header, strict=True):
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.bold = True
    for line in body:
        for cell, text in zip(tbl.add_row().cells, line, strict=True):
            cell.text = text
    document.add_paragraph()


def d_bullets(document: DocxDocument, items: Iterable[str]) -> None:
    for item in items:
        document.add_paragraph(item, style="List Bullet")


_W14_CHECKBOX = (
    '<w:sdt {ns}><w:sdtPr><w14:checkbox><w14:checked w14:val="{val}"/>'
    '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
    'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
    'w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')
_W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')


def d_checkbox(paragraph: Any, checked: bool, label: str) -> None:
    """A Word check-box content control (Developer > Check Box) followed by its label."""
    xml = _W14_CHECKBOX.format(ns=_W_NS, val="1" if checked else "0", glyph="☒" if checked else "☐")
    paragraph._p.append(parse_xml(xml))
    paragraph.add_run(" " + label)


# ----------------------------------------------------------------------------------------------
# E-mail: .eml through the email package, .msg through aspose-email-foss, printed threads as PDF
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
    #: "exchange": Received chain, Message-ID, Authentication-Results of the sender's domain;
    #: "google": the same as Gmail writes them; "none": saved from a web client, no transport headers
    transport: str = "exchange"
    auto_reply: bool = False
    mailer: str = "Microsoft Outlook 16.0"

    @property
    def message_id(self) -> str:
        local = hexid(self.subject, self.sender.email, self.date.isoformat(), length=24)
        return f"<{local}@{self.sender.email.split('@', 1)[1]}>"


def _domain(person: Person) -> str:
    return person.email.split("@", 1)[1]


def email_message(mail: Mail) -> EmailMessage:
    em = EmailMessage(policy=email_policy.SMTP)
    em["From"] = formataddr((mail.sender.name, mail.sender.email))
    em["To"] = ", ".join(formataddr((p.name, p.email)) for p in mail.to)
    if mail.cc:
        em["Cc"] = ", ".join(formataddr((p.name, p.email)) for p in mail.cc)
    em["Subject"] = mail.subject
    em["Date"] = format_datetime(mail.date)
    if mail.transport != "none":
        em["Message-ID"] = mail.message_id
        em["X-Mailer"] = mail.mailer
    em["MIME-Version"] = "1.0"
    if mail.auto_reply:
        em["Auto-Submitted"] = "auto-replied"
        em["X-Auto-Response-Suppress"] = "All"
        em["X-MS-Exchange-Inbox-Rules-Loop"] = mail.sender.email
    em.set_content(mail.body, charset="utf-8")
    for name, data, mime in mail.attachments:
        maintype, subtype = mime.split("/", 1)
        em.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if mail.attachments:
        em.set_boundary("_000_" + hexid("boundary", mail.message_id, length=28) + "_")
    return em


def transport_lines(mail: Mail) -> list[str]:
    """The headers the receiving server adds: a Received chain and the sender domain's authentication."""
    dom, rcpt = _domain(mail.sender), _domain(mail.to[0])
    when = [format_datetime(mail.date + dt.timedelta(seconds=s)) for s in (4, 3, 2)]
    octet = int(hexid(dom, length=2), 16) % 200 + 20
    tag = hexid("srv", dom, length=6)
    if mail.transport == "google":
        return [
            f"Received: by 2002:a05:6a10:{tag[:4].lower()}:b0:5c1:8e2::7 with SMTP id x{tag.lower()}; {when[0]}",
            f"Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com "
            f"with SMTPS id {tag.lower()}.7 for <{mail.to[0].email}>; {when[1]}",
            f"Authentication-Results: mx.google.com; dkim=pass header.i=@{dom} header.s=google; spf=pass "
            f"(google.com: domain of {mail.sender.email} designates 209.85.220.41 as permitted sender) "
            f"smtp.mailfrom={mail.sender.email}; dmarc=pass (p=QUARANTINE sp=NONE dis=NONE) header.from={dom}",
        ]
    return [
        f"Received: from {rcpt.split('.')[0].upper()[:5]}PR04MB{octet}12.eurprd04.prod.outlook.com "
        f"(2603:10a6:20b:4c2::11) by {rcpt.split('.')[0].upper()[:5]}PR04MB{octet}88.eurprd04.prod.outlook.com with "
        f"HTTPS; {when[0]}",
        f"Received: from mail-{dom.replace('.', '-')[:30]}.outbound.protection.outlook.com "
        f"(40.107.{octet}.{octet // 2}) "
        f"by mx.{rcpt} (Postfix) with ESMTPS id {tag}; {when[1]}",
        f"Received: from {tag[:5]}MB{octet}.namprd11.prod.outlook.com ([fe80::{tag[:4].lower()}:9c1e]) by "
        f"{tag[:5]}MB{octet}.namprd11.prod.outlook.com ([fe80::{tag[:4].lower()}:9c1e%5]) with mapi id 15.20.8722.027; "
        f"{when[2]}",
        f"Authentication-Results: spf=pass (sender IP is 40.107.{octet}.{octet // 2}) smtp.mailfrom={dom}; "
        f"dkim=pass (signature was verified) header.d={dom};dmarc=pass action=none header.from={dom};"
        "compauth=pass reason=100",
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s=selector1; h=From:Date:Subject:Message-ID; "
        f"bh={hexid('bh', mail.message_id, length=43)}=; b={hexid('b', mail.message_id, length=64)}",
    ]


def eml_bytes(mail: Mail) -> bytes:
    em = email_message(mail)
    head = "".join(line + "\r\n" for line in transport_lines(mail)) if mail.transport != "none" else ""
    return head.encode() + em.as_bytes(policy=email_policy.SMTP)


def msg_bytes(mail: Mail) -> bytes:
    """A real Outlook .msg (compound file with MAPI properties)."""
    em = email_message(mail)
    message = MapiMessage.from_email_message(em)
    string = PropertyTypeCode.PTYP_STRING
    message.set_property(0x5D01, string, mail.sender.email)  # PidTagSenderSmtpAddress
    message.set_property(0x5D02, string, mail.sender.email)  # PidTagSentRepresentingSmtpAddress
    if mail.auto_reply:
        message.message_class = "IPM.Note.Rules.OofTemplate.Microsoft"
    if mail.transport != "none":
        head = "\r\n".join(transport_lines(mail)) + "\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in em.items() if k.lower() != "content-transfer-encoding")
        message.set_property(CommonMessagePropertyId.TRANSPORT_MESSAGE_HEADERS, string, head + "\r\n")
    else:
        message.set_property(CommonMessagePropertyId.MESSAGE_DELIVERY_TIME, PropertyTypeCode.PTYP_TIME, mail.date)
    data: bytes = message.to_bytes()
    return data


def sent_line(moment: dt.datetime) -> str:
    return f"{moment.strftime('%A, %B')} {moment.day}, {moment.year} {moment.strftime('%I:%M %p').lstrip('0')}"


def quote(mail: Mail) -> str:
    """The header block Outlook writes above a quoted message in a reply, then the message."""
    lines = [f"From: {mail.sender.name} <{mail.sender.email}>", f"Sent: {sent_line(mail.date)}",
             f"To: {'; '.join(p.name for p in mail.to)}"]
    if mail.cc:
        lines.append(f"Cc: {'; '.join(p.name for p in mail.cc)}")
    lines.append(f"Subject: {mail.subject}")
    return "\n".join(lines) + "\n\n" + mail.body


def reply(own: str, original: Mail) -> str:
    return own.rstrip() + "\n\n________________________________\n" + quote(original)


def _text_html(text: str) -> str:
    return "<p>" + "<br/>".join(escape(line) for line in text.rstrip().split("\n")) + "</p>"


def printed_thread(owner: Person, thread: Sequence[Mail], created: dt.datetime) -> bytes:
    """A conversation printed from Outlook to PDF: newest message first, each with its header block."""
    blocks = [f"<p><b style='font-size: 12pt'>{escape(owner.name)}</b></p><hr/>"]
    for mail in thread:
        head = [("From:", f"{mail.sender.name} <{mail.sender.email}>"), ("Sent:", sent_line(mail.date)),
                ("To:", "; ".join(f"{p.name} <{p.email}>" for p in mail.to))]
        if mail.cc:
            head.append(("Cc:", "; ".join(f"{p.name} <{p.email}>" for p in mail.cc)))
        head.append(("Subject:", mail.subject))
        blocks.append("<table class='noborder'>" + "".join(
            f"<tr><td style='width: 55pt'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in head)
            + "</table>" + _text_html(mail.body) + "<hr/>")
    return html_pdf(blocks, PdfMeta(thread[0].subject, owner.name, created, creator="Microsoft Outlook",
                                    producer="Microsoft: Print To PDF"))


# ----------------------------------------------------------------------------------------------
# Digitally signed PDFs (pyHanko, a self-signed digital ID derived from a fixed seed)
# ----------------------------------------------------------------------------------------------
def customer_identity(seed: str, person: Person, org: Org) -> tuple[bytes, bytes]:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.x509.oid import NameOID

    key = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(f"holdout-realistic-key|{seed}".encode()).digest())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, person.name),
                      x509.NameAttribute(NameOID.EMAIL_ADDRESS, person.email),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, org.name),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, org.country)])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(int(hexid("serial", seed, length=16), 16))
            .not_valid_before(dt.datetime(2026, 1, 1, tzinfo=UTC)).not_valid_after(dt.datetime(2029, 1, 1, tzinfo=UTC))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(person.email)]), critical=False)
            .sign(key, None))
    key_der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return cert.public_bytes(serialization.Encoding.DER), key_der


def digitally_sign(pdf_bytes: bytes, seed: str, person: Person, org: Org, when: dt.datetime, anchor: str) -> bytes:
    """``pdf_bytes`` signed by the customer's digital ID in a visible field right of ``anchor``, at ``when``."""
    import warnings

    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509

    with warnings.catch_warnings():  # pyHanko imports cryptography's deprecated DSA module
        warnings.simplefilter("ignore")
        from pyhanko.pdf_utils import generic
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import fields, signers
        from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert_der, key_der = customer_identity(seed, person, org)
    signer = signers.SimpleSigner(signing_cert=asn1_x509.Certificate.load(cert_der),
                                  signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
                                  cert_registry=SimpleCertificateStore())
    doc = MU.open("pdf", pdf_bytes)
    hits = [(i, r) for i, p in enumerate(doc.pages()) for r in p.search_for(anchor)]
    page_no, label = hits[-1]
    height = doc[page_no].rect.height
    doc.close()
    box = (int(label.x1 + 40), int(height - label.y1 - 26), int(label.x1 + 240), int(height - label.y0 + 6))

    class FixedClockSigner(signers.PdfSigner):
        def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
            session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
            session.system_time = when
            return session

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes), strict=False)

    class PinnedClockMeta(type(writer._meta)):  # type: ignore[misc]
        def __setattr__(self, name: str, value: Any) -> None:
            super().__setattr__(name, when if (name, value) == ("last_modified", "now") else value)

    writer._meta.__class__ = PinnedClockMeta
    writer._document_id = generic.ArrayObject(
        [generic.ByteStringObject(hashlib.sha256(f"pdf-id|{part}|{seed}".encode()).digest()[:16]) for part in "12"])
    meta = signers.PdfSignatureMetadata(field_name="CustomerSignature", reason="Customer acceptance",
                                        location=org.city)
    pdf_signer = FixedClockSigner(meta, signer=signer,
                                  new_field_spec=fields.SigFieldSpec("CustomerSignature", on_page=page_no, box=box))
    return bytes(pdf_signer.sign_pdf(writer).getvalue())


# ----------------------------------------------------------------------------------------------
# Claims, surveys, invoices
# ----------------------------------------------------------------------------------------------
def survey(claim_id: str, respondent: str, completed: dt.datetime, answers: Sequence[tuple[str, str]],
           signature: tuple[str, str, str]) -> bytes:
    full_name, company, job_title = signature
    data = {
        "format": "poe-attestation/1", "claim_id": claim_id, "respondent": respondent, "completed_at": iso(completed),
        "answers": [{"question": q, "answer": a} for q, a in answers] + [{
            "question": "Electronic signature: type your full name, company name and job title.",
            "answer": ", ".join(x for x in signature if x)}],
        "signature": {"full_name": full_name, "company": company, "job_title": job_title},
    }
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()


def claim_doc(*, claim_id: str, program: str, area: str, submitted: dt.datetime, partner: Org, pm: Person,
              customer: Org, contact: Person, workloads: Sequence[tuple[str, str | None]],
              documents: Sequence[tuple[str, str]], kind: str | None = None, engagement: dict[str, Any] | None = None,
              transaction: dt.date | None = None, consent: dt.date | None = None,
              comment: str | None = None) -> dict[str, Any]:
    history = [("submission", submitted, pm.email)]
    if consent is not None:
        c_at = dt.datetime(consent.year, consent.month, consent.day, 15, 20, tzinfo=UTC)
        history = [("Request customer consent", c_at - dt.timedelta(days=1), pm.email),
                   ("Customer consent approved", c_at, None),
                   ("Document submission", submitted - dt.timedelta(minutes=5), pm.email),
                   ("submission", submitted, pm.email)]
    return {
        "format": "poe-claim-bundle/1", "claim_id": claim_id, "program": program, "claim_kind": kind,
        "solution_area": area, "status": "submitted", "submitted_at": iso(submitted), "incentive_opt_out": False,
        "partner": {"name": partner.name, "location_id": partner.location_id, "country": partner.country,
                    "domains": [partner.domain, *partner.extra_domains],
                    "contact": {"name": pm.name, "email": pm.email}},
        "customer": {"name": customer.name, "domain": customer.domain, "tenant_id": customer.tenant_id,
                     "country": customer.country, "segment": customer.segment,
                     "contact": {"name": contact.name, "email": contact.email, "title": contact.title}},
        "workloads": [{"name": n, "subscription_id": s} for n, s in workloads],
        "engagement": engagement,
        "transaction_date": transaction.isoformat() if transaction else None,
        "consent_date": consent.isoformat() if consent else None,
        "documents": [{"path": p, "role": r} for p, r in documents],
        "comments": [{"author": "partner", "at": iso(submitted - dt.timedelta(minutes=2)), "text": comment}]
        if comment else [],
        "history": [{"action": a, "at": iso(t), "by": b} for a, t, b in history],
    }


def cpor(cid: str, *, area: str, submitted: dt.datetime, partner: Org, pm: Person, customer: Org, contact: Person,
         workloads: Sequence[str | tuple[str, str]], files: dict[str, bytes], kind: str = "usage",
         roles: dict[str, str] | None = None, transaction: dt.date | None = None,
         comment: str | None = None) -> dict[str, Any]:
    roles = roles or {}
    wl = [(w, None) if isinstance(w, str) else w for w in workloads]
    return claim_doc(claim_id=cid, program="cpor", kind=kind, area=area, submitted=submitted, partner=partner, pm=pm,
                     customer=customer, contact=contact, workloads=wl,
                     documents=[(p, roles.get(p, "poe")) for p in files], transaction=transaction, comment=comment)


AMMP_SMALL = "AMMP App/Data Modernization (Small)"
#: the AMMP (Small) activity rates of the guide's engagement summary, by partner market
AMMP_RATE = {"A": "15,000.00", "B": "12,000.00", "C": "7,500.00"}


def engagement(name: str, activity_type: str, payout: str = "fixed", proposed: float | None = None) -> dict[str, Any]:
    return {"id": "E-" + hexid("engagement", name, length=8), "name": name, "activity_type": activity_type,
            "payout_type": payout, "proposed_payout_usd": proposed}


def pa(cid: str, *, area: str, submitted: dt.datetime, partner: Org, pm: Person, customer: Org, contact: Person,
       workloads: Sequence[str], files: dict[str, bytes], roles: dict[str, str], eng: dict[str, Any],
       consent: dt.date) -> dict[str, Any]:
    return claim_doc(claim_id=cid, program="partner_activities", area=area, submitted=submitted, partner=partner,
                     pm=pm, customer=customer, contact=contact, workloads=[(w, None) for w in workloads],
                     documents=[(p, roles.get(p, "poe")) for p in files], engagement=eng, consent=consent)


def pa_surveys(cid: str, partner: Org, eng_name: str, *, customer_sig: tuple[str, str, str],
               partner_sig: tuple[str, str, str], done: dt.datetime,
               facts: Sequence[tuple[str, str]]) -> tuple[bytes, bytes]:
    customer = survey(cid, "customer", done, [
        (f"Did {partner.call} deliver the {eng_name} engagement for your organization as described?", "Yes"),
        *facts,
        ("How satisfied are you with the partner's delivery?", "Very satisfied"),
    ], customer_sig)
    partner_json = survey(cid, "partner", done + dt.timedelta(hours=20), [
        ("Confirm that the engagement was delivered in full to the customer named in this claim.", "Yes"),
        *facts,
    ], partner_sig)
    return customer, partner_json


def invoice_pdf(*, partner: Org, contact: Person, number: str, date: str, bill_to: str,
                lines: Sequence[tuple[str, str]], totals: Sequence[tuple[str, str]], notes: str,
                created: dt.datetime, title: str = "INVOICE", head: str = "") -> bytes:
    """A partner's own invoice layout (not the guide's optional template)."""
    body = "".join(f"<tr><td>{escape(d)}</td><td class='right'>{escape(a)}</td></tr>" for d, a in lines)
    tot = "".join(f"<tr><td class='right'><b>{escape(k)}</b></td><td class='right'><b>{escape(v)}</b></td></tr>"
                  for k, v in totals)
    html = f"""<h1>{escape(title)}</h1>{head}
<table class="noborder"><tr><td><b>{escape(partner.name)}</b><br/>{escape(partner.city)}, {escape(partner.country)}<br/>
{escape(contact.email)}</td><td class="right">Invoice No.: {escape(number)}<br/>Date: {escape(date)}</td></tr></table>
<p><b>Bill to:</b> {escape(bill_to)}</p>
<table><tr><th>Description</th><th class="right">Amount</th></tr>{body}{tot}</table>
<p class="small">{escape(notes)}</p>"""
    return pdf(html, f"Invoice {number}", contact.name, created, creator="Xero", paper="a4")


def mci_invoice(*, partner: Org, contact: Person, phone: str, date: dt.date, claim_id: str, eng_name: str,
                amount: str, number: str, created: dt.datetime) -> bytes:
    """The guide's optional MCI claim invoice template, filled in."""
    html = f"""<p class="small">Microsoft Partner Incentives</p><h2>MCI Engagements</h2><h1>CLAIM INVOICE</h1>
<p><b>{escape(partner.name)}</b><br/>{escape(partner.city)}, {escape(partner.country)}<br/>Phone {escape(phone)}<br/>
Contact E-mail {escape(contact.email)}</p><p>DATE: {date.isoformat()}<br/>INVOICE #: {escape(number)}</p>
<table><tr><th>MCI ENGAGEMENT CLAIM ID #</th><th>ENGAGEMENT NAME</th><th>PRE-TAX FEE AMOUNT</th></tr>
<tr><td>{escape(claim_id)}</td><td>{escape(eng_name)}</td><td>{escape(amount)}</td></tr></table>
<p><b>TOTAL DUE: {escape(amount)}</b></p>"""
    return pdf(html, f"Claim invoice {claim_id}", contact.name, created)


# ----------------------------------------------------------------------------------------------
# The case: one bundle and what a careful reviewer decides about it
# ----------------------------------------------------------------------------------------------
@dataclass
class Case:
    name: str
    claim: dict[str, Any]
    files: dict[str, bytes]
    decision: str
    why: str
    shows: str
    checks: dict[str, str | list[str]] = field(default_factory=dict)
    container: str = "dir"  # "dir", "zip" (claim.json at the root) or "zip-folder"

    @property
    def claim_id(self) -> str:
        return str(self.claim["claim_id"])

    @property
    def entry_name(self) -> str:
        return self.name if self.container == "dir" else f"{self.name}.zip"

    def expected_entry(self) -> dict[str, Any]:
        return {"bundle": self.entry_name, "decision": self.decision, "why": self.why, "shows": self.shows,
                "checks": dict(sorted(self.checks.items()))}


def write_case(out: Path, case: Case) -> Path:
    files = {"claim.json": (json.dumps(case.claim, indent=2, ensure_ascii=False) + "\n").encode(), **case.files}
    if case.container == "dir":
        root = out / case.name
        for rel, data in files.items():
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return root
    prefix = case.name + "/" if case.container == "zip-folder" else ""
    path = out / f"{case.name}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for rel in sorted(files):
            info = zipfile.ZipInfo(prefix + rel, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[rel])
    return path


#: Defaults for an approved claim: each component of the program must pass (seed: "What constitutes valid
#: proof of execution" for CPOR; "POE Components – Partner Activities", invoice, survey and deadline rules).
APPROVED_CPOR = ("customer_acknowledgement", "partner_customer_names", "activity_detail", "workload_match",
                 "acknowledgement_date", "required_documents", "unacceptable_documents", "ineligible_customer",
                 "document_language")
APPROVED_PA = ("required_documents", "attestations", "invoice", "submission_window", "ineligible_customer",
               "partner_customer_names", "document_language")
SCAN_ACK = ["pass", "warn"]  # a real ink signature that only a picture shows: pass, or warn for a person to look
R_VALID = "Seed 'What constitutes valid proof of execution': "


# ==============================================================================================
# Boilerplate that is not reuse (1): Northgate Digital's own closure-report template, four customers
# ==============================================================================================
NORTHGATE = Org("Northgate Digital Ltd", "northgatedigital.co.uk", "GB", "Leeds", location_id="7104412",
                short="Northgate Digital")
NG_FOOTER = ("Northgate Digital Ltd · Registered in England and Wales No. 08912345 · 3 Wellington Place, Leeds LS1 "
             "4AP. "
             "Commercial in confidence: prepared for the named customer only and not to be disclosed to third parties "
             "without Northgate Digital's written consent. Northgate Deliver is a registered trade mark of Northgate "
             "Digital Ltd.")
NG_METHOD = (
    "Northgate Deliver™ runs every engagement through four stages — Discover, Design, Deploy and Drive adoption. Each "
    "stage ends with a quality gate reviewed by the Northgate engagement lead and the customer's project sponsor.",
    "Production changes are raised through the customer's change advisory board. Configuration is recorded in the "
    "Northgate as-built workbook, which is handed over with the operational run-books at closure.")
NG_STANDARD = [
    "Mobilisation call, RACI and communication plan agreed within five working days",
    "Weekly status report and RAID log shared with the customer's project sponsor",
    "Production changes raised through the customer's change advisory board (CAB)",
    "As-built workbook and operational run-books handed over at closure",
    "Ten working days of hypercare after the final deployment wave",
    "Closure meeting with lessons learned"]


def ng_report(*, customer_label: str, facts: Sequence[tuple[str, str]], summary: str, environment: list[str],
              delivered: Sequence[str | list[str]], out_of_scope: list[str], timeline: Sequence[Sequence[str]],
              acceptance: str) -> list[str]:
    blocks = [
        "<p class='small'>NORTHGATE DIGITAL · ENGAGEMENT CLOSURE REPORT</p><h1>Engagement Closure Report</h1>"
        f"<h2>{escape(customer_label)}</h2>" + table(facts),
        section("1. Engagement summary", summary),
        section("2. Our approach – Northgate Deliver™", *NG_METHOD),
        section("3. Standard engagement activities", NG_STANDARD),
        section("4. Customer environment", environment),
        section("5. Work delivered", *delivered),
    ]
    if out_of_scope:
        blocks.append(section("6. Out of scope", out_of_scope))
    blocks += ["<h2>7. Timeline</h2>" + grid(["Stage", "Dates", "Status"], timeline), acceptance]
    return blocks


def ng_pdf(blocks: Sequence[str], title: str, pm: Person, created: dt.datetime, *extra: Decorator) -> bytes:
    return pdf(blocks, title, pm.name, created, chain(stamp_pages(NG_FOOTER, bottom=True), *extra), paper="a4")


def northgate_harrow_docusign() -> Case:
    cid = "4211001"
    customer = Org("Harrow & Lyle LLP", "harrowlyle.co.uk", "GB", "London", short="Harrow & Lyle")
    pm = Person("Ravi Mistry", "ravi.mistry@northgatedigital.co.uk", "Engagement Lead")
    it = Person("Fiona Gallagher", "fiona.gallagher@harrowlyle.co.uk", "IT Director")
    env = envelope_id(cid, "harrow")
    blocks = ng_report(
        customer_label="Harrow & Lyle LLP — Modern Endpoint and Endpoint Protection",
        facts=[("Customer", "Harrow & Lyle LLP"), ("Partner", "Northgate Digital Ltd"),
               ("Engagement", "NGD-2026-031"), ("Period", "20/04/2026 – 31/07/2026"),
               ("Customer sponsor", "Fiona Gallagher, IT Director")],
        summary="Harrow & Lyle asked Northgate Digital to move its fee earners and business-services staff from Group "
                "Policy and Sophos to cloud-managed endpoints with Microsoft Intune and Microsoft Defender for "
                "Endpoint, "
                "ahead of the firm's Cyber Essentials Plus renewal in September 2026.",
        environment=["640 users in three offices (London, Manchester, Bristol).",
                     "712 Windows 11 laptops and 95 iPhones issued to partners; 18 Windows servers.",
                     "Sophos Central antivirus (contract ending 31/08/2026); no EDR and no mobile device management."],
        delivered=["Microsoft Intune",
                   ["Windows Autopilot (user-driven, Entra joined) for all 712 laptops in four office waves.",
                    "Compliance policies (BitLocker, Defender Antivirus, minimum build 23H2) linked to Conditional "
                    "Access.",
                    "iOS enrolment through Apple Business Manager for the 95 partner iPhones; app protection for "
                    "Outlook, Teams and iManage Work.",
                    "31 Win32 applications packaged, including iManage, Litera Compare and the DMS Outlook add-in."],
                   "Microsoft Defender for Endpoint",
                   ["712 laptops onboarded through Intune and 18 servers through Azure Arc.",
                    "EDR in block mode and tamper protection; 12 attack surface reduction rules audited for three "
                    "weeks, 9 moved to block.",
                    "Sophos removed office by office once each wave passed the health check; device groups per office "
                    "with automated investigation for IT devices."]],
        out_of_scope=["Microsoft Defender for Identity — the firm will assess it in 2027.",
                      "The 12 macOS devices in the design studio remain on Jamf Pro."],
        timeline=[["Discover", "20/04/2026 – 01/05/2026", "Complete"],
                  ["Design", "04/05/2026 – 22/05/2026", "Complete"],
                  ["Deploy (waves 1–4)", "26/05/2026 – 10/07/2026", "Complete"],
                  ["Drive adoption and hypercare", "13/07/2026 – 31/07/2026", "Complete"]],
        acceptance="<p>Harrow &amp; Lyle LLP confirms that the work in section 5 was delivered and accepts the "
                   "engagement as complete.</p>" + docusign_block(it, customer.name, "07/08/2026", env))
    blocks += [PAGE_BREAK, docusign_certificate(
        envelope=env, subject="Please DocuSign: Harrow & Lyle – Engagement Closure Report NGD-2026-031", pages=3,
        originator=pm, tz_label="(UTC+00:00) Dublin, Edinburgh, Lisbon, London", signer=it,
        sent="05/08/2026 | 16:02", viewed="07/08/2026 | 08:51", signed="07/08/2026 | 08:54", ip="81.2.69.160")]
    files = {"POE/NGD-2026-031 Closure Report - Harrow & Lyle (signed).pdf":
             ng_pdf(blocks, "Engagement Closure Report", pm, at(2026, 8, 5, 15, 40, BST), docusign_stamp(env))}
    claim = cpor(cid, area="Security", submitted=at(2026, 10, 8, 9, 40), partner=NORTHGATE, pm=pm, customer=customer,
                 contact=it, workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"], files=files)
    return Case(f"{cid}_Northgate_HarrowLyle_Intune_MDE_DocuSign", claim, files, "approve",
                R_VALID + "DocuSign-signed closure report (IT Director, 07/08/2026, certificate of completion) — "
                "a verifiable eSignature (item 1); names (item 2); 712 laptops, 95 iPhones, policies and waves (item "
                "3); Intune and MDE both delivered (item 4); signed within 12 months of 2026-10-08 (item 5). The 'Out "
                "of scope' list names only workloads not claimed (Defender for Identity) and macOS devices.",
                "Northgate Digital's own closure-report template (shared with 4211002-4211004: same headings, method, "
                "standard activity list and legal footer) with this customer's own numbers and dates; DocuSign page "
                "and certificate of completion; an out-of-scope section that does not touch the claimed workloads.",
                {"customer_domain": ["pass", "not_applicable"]})


def northgate_fabrikam_docx_msg() -> Case:
    cid = "4211002"
    customer = Org("Fabrikam, Inc.", "fabrikam.com", "US", "Atlanta, GA", short="Fabrikam")
    pm = Person("Hannah Oduya", "hannah.oduya@northgatedigital.co.uk", "Engagement Lead")
    cio = Person("Mark Hanley", "mhanley@fabrikam.com", "Chief Information Officer")

    def build(document: DocxDocument) -> None:
        d_heading(document, "NORTHGATE DIGITAL · ENGAGEMENT CLOSURE REPORT", 9, (0x59, 0x59, 0x59))
        d_heading(document, "Engagement Closure Report", 20)
        d_heading(document, "Fabrikam — Exchange Online and SharePoint Online migration", 13)
        d_table(document, None, [["Customer", "Fabrikam"], ["Partner", "Northgate Digital Ltd"],
                                 ["Engagement", "NGD-2026-044"], ["Period", "May 11, 2026 – August 28, 2026"],
                                 ["Customer sponsor", "Mark Hanley, CIO"]])
        d_heading(document, "1. Engagement summary")
        document.add_paragraph("Fabrikam's Exchange 2016 servers reached end of support and its departmental file "
                               "shares had grown to 4.2 TB. Northgate Digital migrated mail to Exchange Online and "
                               "files to SharePoint Online and OneDrive.")
        d_heading(document, "2. Our approach – Northgate Deliver™")
        for para in NG_METHOD:
            document.add_paragraph(para)
        d_heading(document, "3. Standard engagement activities")
        d_bullets(document, NG_STANDARD)
        d_heading(document, "4. Customer environment")
        d_bullets(document, ["2,150 mailboxes (1,930 user, 220 shared) on Exchange 2016 CU23 in two DAGs.",
                             "4.2 TB on three Windows file servers; five sites (Atlanta HQ, Charlotte, Nashville, "
                             "Dallas, Tampa)."])
        d_heading(document, "5. Work delivered")
        d_table(document, ["Workload", "Delivered"], [
            ["Exchange Online", "Hybrid configuration; 12 migration batches moving all 2,150 mailboxes; 38 GB of "
                                "public "
             "folders moved to Microsoft 365 groups; MX cut-over on August 15, 2026; Exchange 2016 decommissioned."],
            ["SharePoint Online", "38 department sites under 6 hub sites; 4.2 TB / 1.9 million files migrated with the "
             "SharePoint Migration Tool; retention labels for Legal and HR; OneDrive Known Folder Move for 1,930 "
             "users."]])
        d_heading(document, "6. Out of scope")
        document.add_paragraph("Telephony stays on RingCentral; Teams Phone was not part of this engagement.")
        d_heading(document, "7. Timeline")
        d_table(document, ["Stage", "Dates", "Status"], [
            ["Discover", "May 11 – May 22, 2026", "Complete"], ["Design", "May 25 – June 12, 2026", "Complete"],
            ["Deploy", "June 15 – August 15, 2026", "Complete"], ["Drive adoption and hypercare",
                                                                   "August 17 – August 28, 2026", "Complete"]])
        d_heading(document, "8. Acceptance")
        document.add_paragraph("Acceptance given by e-mail by the customer sponsor (see the e-mail uploaded with this "
                               "report). Signature block left blank.")
        d_table(document, None, [["Customer signature", ""], ["Name", ""], ["Date", ""]])

    report = docx_bytes(build, title="Engagement Closure Report – Fabrikam", author=pm.name,
                        created=at(2026, 8, 31, 14, 0, BST), footer=NG_FOOTER)
    ask = Mail(pm, (cio,), at(2026, 9, 1, 16, 5, BST), "Fabrikam – Exchange Online / SharePoint Online closure",
               "Hi Mark,\n\nPlease find the closure report attached. All 2,150 mailboxes are in Exchange Online since "
               "the "
               "MX cut-over on 15 August, and the 38 SharePoint sites and OneDrive Known Folder Move are "
               "live.\n\nCould "
               "you confirm acceptance so we can close NGD-2026-044?\n\nKind regards,\nHannah Oduya\nEngagement Lead | "
               "Northgate Digital\n")
    ack = Mail(cio, (pm,), at(2026, 9, 2, 9, 12, EDT),
               "RE: Fabrikam – Exchange Online / SharePoint Online closure", reply(
        "Hannah,\n\nConfirming for Fabrikam that Northgate Digital completed the Exchange Online and SharePoint Online "
        "migration as set out in the closure report: all 2,150 mailboxes have been in Exchange Online since the MX "
        "cut-over on August 15, and the 38 SharePoint sites and OneDrive folder redirection are live for our 1,930 "
        "users. We accept the project as complete.\n\nThanks to you and the team,\nMark\n\nMark Hanley | Chief "
        "Information Officer | Fabrikam, Inc.", ask))
    files = {"POE/Closure Report NGD-2026-044 Fabrikam.docx": report,
             "POE/RE_ Fabrikam – Exchange Online _ SharePoint Online closure.msg": msg_bytes(ack)}
    claim = cpor(cid, area="Modern Work", submitted=at(2026, 10, 14, 15, 20), partner=NORTHGATE, pm=pm,
                 customer=customer, contact=cio, workloads=["EXCHANGE ONLINE", "SHAREPOINT ONLINE"], files=files)
    return Case(f"{cid}_Northgate_Fabrikam_EXO_SPO_DocxMsg", claim, files, "approve",
                R_VALID + "the CIO's .msg reply from fabrikam.com (2026-09-02) accepts the named migration in his own "
                "words ('We accept the project as complete') — an e-mail acknowledgment from the customer's domain "
                "(item 1). The report's empty signature block does not matter: the acknowledgement is the e-mail. "
                "Names (the report's 'Fabrikam' is Fabrikam, Inc.), detailed EXO/SPO work with numbers, dates.",
                "Same Northgate template as a Word document with the legal footer, short customer name 'Fabrikam', an "
                "intentionally blank signature block, and a .msg with a Received chain, Message-ID and "
                "Authentication-Results of fabrikam.com. Zip bundle.",
                {"customer_domain": "pass"}, container="zip")


def northgate_contoso_pharma_photo() -> Case:
    cid = "4211003"
    customer = Org("Contoso Pharmaceuticals Ltd", "contosopharma.com", "IE", "Cork", short="Contoso Pharma")
    pm = Person("Ciarán Walsh", "ciaran.walsh@northgatedigital.co.uk", "Engagement Lead")
    head = Person("Dr. Aoife Brennan", "aoife.brennan@contosopharma.com", "Head of Digital Workplace")
    blocks = ng_report(
        customer_label="Contoso Pharma — Microsoft 365 Copilot deployment and adoption",
        facts=[("Customer", "Contoso Pharma"), ("Partner", "Northgate Digital Ltd"), ("Engagement", "NGD-2026-052"),
               ("Period", "01/06/2026 – 18/09/2026"), ("Customer sponsor", "Dr. Aoife Brennan, Head of Digital "
                                                                           "Workplace")],
        summary="Contoso Pharma bought 450 Microsoft 365 Copilot licences for its Regulatory Affairs, Quality and "
                "Commercial teams and asked Northgate Digital to make its content safe for Copilot and to drive use.",
        environment=["1,900 Microsoft 365 E5 users in Cork, Dublin and Basel; 310 SharePoint sites.",
                     "R&D and Regulatory content with GxP retention requirements; no sensitivity labels in use."],
        delivered=[["Oversharing review of all 310 sites with SharePoint Advanced Management; 47 sites with org-wide "
                    "access fixed; Restricted Content Discovery for the 6 clinical-trial sites.",
                    "Sensitivity labels (4) published to the 450 Copilot users; auto-labelling for Regulatory "
                    "submissions.",
                    "Licence assignment in three cohorts (120, 150, 180 users) with 36 champions.",
                    "11 scenario workshops (deviation reports, CAPA summaries, tender responses, Teams meeting "
                    "recaps).",
                    "Copilot Dashboard in Viva Insights: 74% weekly active users in week 12."]],
        out_of_scope=["Copilot Studio agents — proposed for a second phase."],
        timeline=[["Discover", "01/06/2026 – 12/06/2026", "Complete"],
                  ["Design", "15/06/2026 – 03/07/2026", "Complete"],
                  ["Deploy (3 cohorts)", "06/07/2026 – 21/08/2026", "Complete"],
                  ["Drive adoption", "24/08/2026 – 18/09/2026", "Complete"]],
        acceptance="<h2>8. Acceptance</h2><p>Customer acceptance form signed on paper — attached as the last page.</p>")
    report = ng_pdf(blocks, "Engagement Closure Report – Contoso Pharma", pm, at(2026, 9, 21, 11, 0, BST))
    form = pdf([
        f"""<p class='small'>NORTHGATE DIGITAL</p><h1>Customer Acceptance Form</h1>
{table([("Customer", "Contoso Pharma"), ("Engagement", "NGD-2026-052 — Microsoft 365 Copilot deployment and adoption"),
        ("Delivered by", "Northgate Digital Ltd")])}
<p>We confirm that Northgate Digital delivered the engagement described in the closure report dated 21/09/2026 —
oversharing remediation, sensitivity labels, Copilot licence cohorts for 450 users, champions and scenario
workshops — and we accept it as complete.</p><p>&nbsp;</p>
{sign_table([("Signature", ""), ("Name", head.name), ("Title", head.title), ("Date", "25/09/2026")])}"""],
        "Acceptance form", pm.name, at(2026, 9, 21, 11, 5, BST), sign_below("Signature", "aoife-brennan", dx=175, dy=0),
        paper="a4")
    photo = phone_photo(form, f"{cid}-photo", turn=90)
    merged = MU.open("pdf", report)
    from PIL import Image

    size = Image.open(io.BytesIO(photo)).size
    page = merged.new_page(width=size[0] * 0.72, height=size[1] * 0.72)
    page.insert_image(page.rect, stream=photo)
    files = {"POE/ContosoPharma_Copilot_POE_final.pdf":
             save_pdf(merged, PdfMeta("ContosoPharma_Copilot_POE_final", pm.name, at(2026, 10, 19, 17, 2, BST),
                                      creator="Adobe Acrobat Pro (64-bit) 25.1", producer="Adobe Acrobat Pro 25.1"))}
    claim = cpor(cid, area="Modern Work", submitted=at(2026, 10, 20, 8, 15), partner=NORTHGATE, pm=pm,
                 customer=customer, contact=head, workloads=["MICROSOFT 365 COPILOT"], files=files,
                 comment="Closure report and the customer's signed acceptance form combined in one PDF.")
    return Case(f"{cid}_Northgate_ContosoPharma_Copilot_MergedPhoto", claim, files, "approve",
                R_VALID + "item 1 accepts 'Physically signed paper documents in image files or PDFs, where the "
                          "submitted "
                "POE file contains the signature and identifying information' — the last page is a photo of the "
                "acceptance form signed in ink by Contoso Pharma's Head of Digital Workplace (25/09/2026). 'Contoso "
                "Pharma' is the trade name of Contoso Pharmaceuticals Ltd; Copilot work detailed (450 users, cohorts, "
                "workshops); within 12 months of 2026-10-20.",
                "Same Northgate template; merged upload (report pages + a phone photo of the signed form lying on its "
                "side (90°), "
                "~100 dpi, perspective and shadow); customer written by its short name.",
                {"customer_acknowledgement": SCAN_ACK, "customer_domain": ["pass", "not_applicable"]})


def northgate_woodgrove_printed_thread() -> Case:
    cid = "4211004"
    customer = Org("Woodgrove Bank", "woodgrovebank.com", "US", "Charlotte, NC", short="Woodgrove")
    pm = Person("Tom Okafor", "tom.okafor@northgatedigital.co.uk", "Engagement Lead")
    dana = Person("Dana Whitfield", "dana.whitfield@it.woodgrovebank.com", "Director, Messaging & Collaboration")
    blocks = ng_report(
        customer_label="Woodgrove Bank — Microsoft Defender for Office 365",
        facts=[("Customer", "Woodgrove Bank"), ("Partner", "Northgate Digital Ltd"), ("Engagement", "NGD-2026-038"),
               ("Period", "June 8, 2026 – August 21, 2026"), ("Customer sponsor", "Dana Whitfield")],
        summary="After two business e-mail compromise attempts against its treasury team, Woodgrove Bank asked "
                "Northgate Digital to replace its secure e-mail gateway rules with Microsoft Defender for Office 365 "
                "Plan 2.",
        environment=["3,400 mailboxes (3,140 user, 260 shared) in Exchange Online; a third-party gateway in front.",
                     "Treasury, finance and executive mailboxes (260) targeted by impersonation."],
        delivered=[["Strict preset policy for the 260 executive, treasury and finance mailboxes; Standard for the "
                    "rest.",
                    "Safe Links (click-time detonation) and Safe Attachments in Dynamic Delivery for 3,400 mailboxes.",
                    "Impersonation protection for 45 executives and 120 correspondent-bank domains.",
                    "DMARC for woodgrovebank.com moved from p=none to p=reject on August 18, 2026; gateway retired.",
                    "Three attack-simulation campaigns; click rate down from 11% to 3%."]],
        out_of_scope=["Microsoft Defender for Cloud Apps — evaluated separately by the bank's security architects."],
        timeline=[["Discover", "June 8 – June 19, 2026", "Complete"], ["Design", "June 22 – July 3, 2026", "Complete"],
                  ["Deploy", "July 6 – August 18, 2026", "Complete"],
                  ["Hypercare", "August 19 – 21, 2026", "Complete"]],
        acceptance="<h2>8. Acceptance</h2><p>Accepted by e-mail by Dana Whitfield on 3 September 2026 — see the "
                   "printed correspondence uploaded with this report.</p>")
    m1 = Mail(pm, (dana,), at(2026, 8, 27, 15, 30, BST), "Defender for Office 365 – closure and acceptance",
              "Hi Dana,\n\nThe Defender for Office 365 work is complete: Strict protection for the 260 executive, "
              "treasury "
              "and finance mailboxes, Standard for the other 3,140, Safe Links and Safe Attachments everywhere, and "
              "DMARC at p=reject since 18 August. The closure report is attached.\n\nCould you confirm Woodgrove's "
              "acceptance?\n\nThanks,\nTom\n")
    m2 = Mail(dana, (pm,), at(2026, 9, 3, 10, 4, EDT), "RE: Defender for Office 365 – closure and acceptance",
              "Tom,\n\nConfirmed — Woodgrove Bank accepts the Defender for Office 365 deployment delivered by "
              "Northgate "
              "Digital as summarised in your note: Strict protection is live for the 260 executive and finance "
              "mailboxes, Standard for the rest of our 3,400 mailboxes, and DMARC is at p=reject since August 18. "
              "Thank "
              "you for a smooth project.\n\nDana Whitfield\nDirector, Messaging & Collaboration | Woodgrove Bank\n")
    m3 = Mail(pm, (dana,), at(2026, 9, 3, 16, 12, BST), "RE: Defender for Office 365 – closure and acceptance",
              "Thank you Dana, much appreciated. I'll close NGD-2026-038 on our side.\n\nTom\n")
    m4 = Mail(dana, (pm,), at(2026, 10, 2, 11, 41, EDT), "RE: Defender for Office 365 – closure and acceptance",
              "Hi Tom,\n\nUnrelated to the project: could you send me the slide deck you used for the Q3 risk "
              "committee? "
              "And are you free for a Q4 roadmap call on October 14?\n\nThanks,\nDana\n")
    files = {"POE/NGD-2026-038 Closure Report - Woodgrove.pdf":
             ng_pdf(blocks, "Engagement Closure Report – Woodgrove Bank", pm, at(2026, 8, 27, 14, 0, BST)),
             "POE/Email - Defender for Office 365 closure and acceptance.pdf":
             printed_thread(pm, [m4, m3, m2, m1], at(2026, 10, 26, 9, 30, GMT))}
    claim = cpor(cid, area="Security", submitted=at(2026, 10, 27, 10, 5), partner=NORTHGATE, pm=pm, customer=customer,
                 contact=dana, workloads=["MICROSOFT DEFENDER FOR OFFICE"], files=files)
    return Case(f"{cid}_Northgate_Woodgrove_MDO_PrintedThread", claim, files, "approve",
                R_VALID + "item 1 accepts e-mail acknowledgments in .MSG or .PDF format: the printed thread holds the "
                "customer's acceptance of 2026-09-03 from it.woodgrovebank.com (a sub-domain of the customer's "
                "domain); "
                "the newest customer message (2026-10-02) is about a slide deck and does not undo it. Detailed MDO "
                "work, "
                "names, dates within 12 months.",
                "Same Northgate template (PDF, legal footer on every page) plus an Outlook thread printed to PDF, "
                "newest "
                "first, with the acceptance in an earlier message from the customer's IT sub-domain.",
                {"customer_domain": "pass"})


# ==============================================================================================
# Boilerplate that is not reuse (2): the same mandated US public-sector fee-disclosure wording
# ==============================================================================================
PSD_TITLE = "Public Sector Customer Disclosure of Partner Compensation"


def psd_wording(partner: Org, customer: Org, estimate: str) -> str:
    return f"""<p>In accordance with Microsoft's requirements for public sector customers in the United States and
Puerto Rico, {escape(partner.name)} ("Partner") discloses to {escape(customer.name)} ("Customer") that Partner may
receive fees, commissions, incentives or other compensation from Microsoft Corporation or its affiliates in connection
with the Microsoft products and services procured by Customer and the services Partner provides for them, including
Claiming Partner of Record (CPOR) usage incentives. Such compensation is paid by Microsoft, is not charged to Customer
and does not change the price Customer pays for any product or service.</p>
<p>Partner's estimate of this compensation for the twelve months following the date of this disclosure:
{escape(estimate)}.</p>
<p>Customer acknowledges that it has received this disclosure in writing before or at the time of procurement and has
had the opportunity to ask Partner about it.</p>"""


def psd_pdf(partner: Org, customer: Org, pm: Person, estimate: str, issued: str, ack: str, created: dt.datetime,
            decorate: Decorator | None = None) -> bytes:
    return pdf([f"<h1>{PSD_TITLE}</h1><p>Date: {escape(issued)}</p>" + psd_wording(partner, customer, estimate), ack],
               PSD_TITLE, pm.name, created, decorate)


def ps_cvusd_slides_wet_psd() -> Case:
    cid = "4212001"
    partner = Org("Summit Ridge EdTech LLC", "summitridgeedtech.com", "US", "Thousand Oaks, CA", location_id="7201183",
                  short="Summit Ridge")
    customer = Org("Cedar Vista Unified School District", "cedarvistausd.org", "US", "Camarillo, CA",
                   segment="public_sector", short="CVUSD")
    pm = Person("Jordan Pike", "jpike@summitridgeedtech.com", "Education Practice Lead")
    cto = Person("Dr. Maria Delgado", "mdelgado@cedarvistausd.org", "Chief Technology Officer")
    asb = Person("Kevin Tran", "ktran@cedarvistausd.org", "Assistant Superintendent, Business Services")
    slides = [
        "<h1>CVUSD Device Management Modernization</h1><p>Project close-out · Microsoft Intune</p>"
        "<p class='small'>Summit Ridge EdTech · presented to CVUSD Technology Services · September 22, 2026</p>",
        PAGE_BREAK, "<h2>Scope at a glance</h2>" + ul([
            "19 schools · 14,800 students · 1,240 staff", "9,600 student Windows laptops, 1,300 staff laptops, 2,100 "
                                                          "iPads",
            "Intune replaces summer re-imaging and the legacy MDM"]),
        PAGE_BREAK, "<h2>What we delivered</h2>" + ul([
            "Autopilot self-deploying mode + shared-device policies for 9,600 student laptops",
            "Staff laptops: Entra join, BitLocker, compliance + Conditional Access",
            "2,100 iPads enrolled through Apple School Manager (ADE)",
            "64 instructional apps; testing-mode profile for the CAASPP state assessments"]),
        PAGE_BREAK, "<h2>Timeline</h2>" + grid(["Phase", "Dates"], [
            ["Discovery", "Jun 1 – Jun 12, 2026"], ["Build and pilot (2 schools)", "Jun 15 – Jul 17, 2026"],
            ["Summer deployment", "Jul 20 – Aug 7, 2026"], ["First day of school", "Aug 12, 2026"],
            ["Hypercare", "Aug 12 – Sep 18, 2026"]]),
        PAGE_BREAK, "<h2>Results</h2>" + ul(["98.7% of devices enrolled and compliant",
                                             "Device set-up time: 4 hours → 25 minutes", "Help-desk tickets −38% vs "
                                                                                         "fall 2025"]),
        PAGE_BREAK, "<h2>Next steps</h2>" + ul(["Defender for Endpoint evaluation in 2027 (not part of this project)",
                                                "Quarterly Intune health check with Technology Services"])]
    deck = html_pdf(slides, PdfMeta("CVUSD Intune Close-out", pm.name, at(2026, 9, 21, 17, 0, PDT),
                                    creator="Microsoft® PowerPoint® for Microsoft 365",
                                    producer="Microsoft® PowerPoint® for Microsoft 365"),
                    css=SLIDE_CSS, paper="letter-l", margins=(60, 50, 60, 50))
    ask = Mail(pm, (cto,), at(2026, 9, 22, 16, 30, PDT), "CVUSD Intune close-out – approval",
               "Hi Maria,\n\nThanks for the time today. The close-out deck is attached. Could you reply with CVUSD's "
               "approval so we can close the project?\n\nBest,\nJordan\n")
    ack = Mail(cto, (pm,), at(2026, 9, 24, 8, 2, PDT), "RE: CVUSD Intune close-out – approval", reply(
        "Jordan,\n\nCVUSD approves the Intune close-out as presented on September 22: the 9,600 student laptops, 1,300 "
        "staff laptops and 2,100 iPads are managed in Intune, and the testing-mode profile worked for the fall CAASPP "
        "window. Thank you to the Summit Ridge team.\n\nMaria Delgado, Ed.D.\nChief Technology Officer\nCedar Vista "
        "Unified School District", ask))
    ack_html = "<h2>Customer acknowledgement</h2>" + sign_table(
        [("Signature", ""), ("Name", asb.name), ("Title", asb.title), ("Date", "March 9, 2026")])
    psd = searchable_scan(psd_pdf(partner, customer, pm, "USD 18,000", "March 9, 2026", ack_html,
                                  at(2026, 3, 6, 10, 0, PST), sign_below("Signature", "kevin-tran", dx=175, dy=0)),
                          at(2026, 3, 9, 14, 20, PST))
    files = {"POE/CVUSD Intune Close-out.pdf": deck, "POE/RE_ CVUSD Intune close-out – approval.eml": eml_bytes(ack),
             "PSD/CVUSD_PSD_signed_scan.pdf": psd}
    claim = cpor(cid, area="Security", submitted=at(2026, 10, 5, 18, 30), partner=partner, pm=pm, customer=customer,
                 contact=cto, workloads=["INTUNE"], files=files,
                 roles={"PSD/CVUSD_PSD_signed_scan.pdf": "public_sector_disclosure"})
    return Case(f"{cid}_SummitRidge_CVUSD_Intune_PublicSector", claim, files, "approve",
                "Seed item 6 (Puerto Rico and the United States): the fee disclosure is in writing and acknowledged by "
                "the customer in writing (wet signature of the Assistant Superintendent, 3/9/2026). POE: the CTO's "
                "e-mail "
                "from cedarvistausd.org approves the close-out with its numbers (item 1); the deck details 9,600 + "
                "1,300 "
                "laptops and 2,100 iPads with a timeline (items 3-5). 'CVUSD' is the district's acronym.",
                "US school district (public sector) written as 'CVUSD'; POE is a PowerPoint deck exported to PDF; "
                ".eml acceptance with Received chain and Authentication-Results; scanned wet-signed disclosure using "
                "the same mandated wording as 4212002 and 4212003.",
                {"public_sector": "pass", "customer_domain": "pass"})


def ps_larkspur_teamsphone_acrobat() -> Case:
    cid = "4212002"
    partner = Org("Beacon Civic Technology Inc.", "beaconcivictech.com", "US", "Sacramento, CA", location_id="7201544",
                  short="Beacon Civic")
    customer = Org("County of Larkspur", "larkspurcounty.gov", "US", "Larkspur, CA", segment="public_sector",
                   short="Larkspur County")
    pm = Person("Alicia Moreno", "amoreno@beaconcivictech.com", "Project Manager")
    cio = Person("Gregory Ames", "gregory.ames@larkspurcounty.gov", "Chief Information Officer")
    buyer = Person("Linda Cho", "linda.cho@larkspurcounty.gov", "Purchasing Manager")
    cert = pdf([
        f"""<h1>Go-Live Certificate</h1><h2>Microsoft Teams Phone — County of Larkspur</h2>
{table([("Customer", "County of Larkspur"), ("Implementation partner", partner.name), ("Go-live date", "July 18, 2026"),
        ("Hypercare", "July 20 – August 14, 2026"),
        ("Users enabled", "1,450 Teams Phone users in 37 county buildings")])}""",
        section("Scope confirmed at go-live", [
            "Migration of 1,450 users from Cisco CUCM 11.5 to Teams Phone with Operator Connect; 1,612 numbers ported.",
            "23 auto attendants and 41 call queues (Tax Collector, Permits, Health & Human Services, Sheriff front "
            "desk).",
            "Emergency calling: 37 E911 locations with dynamic location for 310 hot-desk users.",
            "Common-area phones in 58 lobbies and 12 Teams Rooms; call recording for the Permits queue."]),
        "<h2>Certification</h2><p>The County certifies that the Teams Phone service went live as described and accepts "
        "the implementation.</p>" + acrobat_block(cio, customer.name, "Aug 20, 2026 09:41 PDT"),
        PAGE_BREAK,
        acrobat_audit(title="Larkspur_TeamsPhone_GoLive_Certificate", transaction=acrobat_txn(cid, "golive"),
                      creator=pm, signer=cio, created="2026-08-19 - 9:02:11 PM GMT", emailed="2026-08-19 - 9:02:40 PM "
                                                                                             "GMT",
                      viewed="2026-08-20 - 4:38:05 PM GMT", signed="2026-08-20 - 4:41:52 PM GMT")],
        "Go-Live Certificate", pm.name, at(2026, 8, 19, 14, 0, PDT))
    psd = psd_pdf(partner, customer, pm, "USD 26,000", "April 2, 2026",
                  "<h2>Customer acknowledgement</h2>" + acrobat_block(buyer, customer.name, "Apr 2, 2026 15:10 PDT",
                                                                     label="Signature") + table([("Date", "April 2, "
                                                                                                          "2026")]),
                  at(2026, 4, 1, 10, 0, PDT))
    psd = merge_pdfs([psd, pdf(acrobat_audit(
        title="Larkspur_Public_Sector_Disclosure", transaction=acrobat_txn(cid, "psd"), creator=pm, signer=buyer,
        created="2026-04-01 - 5:10:02 PM GMT", emailed="2026-04-01 - 5:10:30 PM GMT", viewed="2026-04-02 - 9:55:12 PM "
                                                                                             "GMT",
        signed="2026-04-02 - 10:10:48 PM GMT"), "audit", pm.name, at(2026, 4, 2, 15, 11, PDT))],
        PdfMeta("Larkspur_Public_Sector_Disclosure - signed", "Adobe Acrobat Sign", at(2026, 4, 2, 15, 11, PDT),
                creator="Adobe Acrobat Sign", producer="Adobe Acrobat Sign"))
    files = {"POE/Larkspur_TeamsPhone_GoLive_Certificate - signed.pdf": cert,
             "PSD/Larkspur_Public_Sector_Disclosure - signed.pdf": psd}
    claim = cpor(cid, area="Modern Work", submitted=at(2026, 11, 4, 17, 45), partner=partner, pm=pm, customer=customer,
                 contact=cio, workloads=["TEAMS PHONE ENABLED USERS"], files=files,
                 roles={"PSD/Larkspur_Public_Sector_Disclosure - signed.pdf": "public_sector_disclosure"})
    return Case(f"{cid}_BeaconCivic_LarkspurCounty_TeamsPhone_PublicSector", claim, files, "approve",
                "Seed item 6 (United States): written fee disclosure acknowledged by the County in writing (Acrobat "
                "Sign, Purchasing Manager, 4/2/2026). POE: go-live certificate e-signed by the CIO in Acrobat Sign "
                "with "
                "the audit report (verifiable eSignature, item 1), 1,450 users, auto attendants, E911, dates.",
                "County government; go-live certificate and disclosure both signed in Adobe Acrobat Sign; disclosure "
                "wording identical to 4212001/4212003 (mandated boilerplate, not reuse).",
                {"public_sector": "pass", "customer_domain": ["pass", "not_applicable"]})


def ps_vrhd_empty_psd() -> Case:
    cid = "4212003"
    partner = Org("Clearwater Health IT LLC", "clearwaterhit.com", "US", "Boise, ID", location_id="7201870",
                  short="Clearwater")
    customer = Org("Valley Regional Health District", "valleyregionalhealth.org", "US", "Twin Falls, ID",
                   segment="public_sector", short="VRHD")
    pm = Person("Nate Halvorsen", "nhalvorsen@clearwaterhit.com", "Security Consultant")
    ciso = Person("Dr. Priya Raman", "praman@valleyregionalhealth.org", "Chief Information Security Officer")
    env = envelope_id(cid, "mde")
    poe = pdf([
        f"""<h1>Deployment Acceptance — Microsoft Defender for Endpoint</h1>
{table([("Customer", customer.name), ("Partner", partner.name), ("Project", "VRHD endpoint protection refresh"),
        ("Dates", "May 18, 2026 – September 11, 2026")])}""",
        section("Delivered", ["Onboarded 2,120 clinical and office workstations and 180 Windows servers (EHR "
                              "interface, "
                              "PACS gateways) to Defender for Endpoint through Intune and Configuration Manager.",
                              "EDR in block mode; 11 ASR rules enforced after a 4-week audit with the EHR vendor.",
                              "Device groups for 4 hospitals and 22 clinics; automated investigation for office "
                              "devices, "
                              "manual approval for clinical devices.", "Weekly exposure report to the CISO; 3 SOC "
                                                                       "run-books."]),
        docusign_block(ciso, customer.name, "9/25/2026", env)],
        "MDE deployment acceptance", pm.name, at(2026, 9, 24, 9, 0, MDT), docusign_stamp(env))
    empty = ("<h2>Customer acknowledgement</h2>"
             + sign_table([("Signature", ""), ("Name", " "), ("Title", " "), ("Date", " ")])
             + "<p class='small'>Disclosure presented to and approved by VRHD Procurement on June 3, 2026. — Nate "
             "Halvorsen, Clearwater Health IT</p>")
    files = {"POE/VRHD_MDE_Deployment_Acceptance_signed.pdf": poe,
             "PSD/VRHD Public Sector Disclosure.pdf": psd_pdf(partner, customer, pm, "USD 21,500", "June 3, 2026",
                                                              empty,
                                                              at(2026, 6, 3, 9, 0, MDT))}
    claim = cpor(cid, area="Security", submitted=at(2026, 11, 10, 16, 0), partner=partner, pm=pm, customer=customer,
                 contact=ciso, workloads=["MICROSOFT DEFENDER ENDPOINT"], files=files,
                 roles={"PSD/VRHD Public Sector Disclosure.pdf": "public_sector_disclosure"})
    return Case(f"{cid}_Clearwater_VRHD_MDE_EmptyDisclosure", claim, files, "action_required",
                "Seed item 6: for a US public-sector customer the disclosure must be 'in writing, and acknowledged by "
                "the "
                "customer in writing'. The disclosure's Signature / Name / Title / Date block is empty; the partner's "
                "own "
                "line 'approved by VRHD Procurement' is not the customer's acknowledgement. The POE itself is valid "
                "(DocuSign, 9/25/2026). Fixable: upload the disclosure signed by the customer.",
                "Health district (public sector); same mandated disclosure wording as 4212001/4212002 but with an "
                "empty "
                "acknowledgement block and 'approved' only in partner prose.",
                {"public_sector": "fail", "customer_acknowledgement": "pass", "workload_match": "pass"})


# ==============================================================================================
# Boilerplate that is not reuse (3): a distributor programme's standard activity checklist, four partners
# ==============================================================================================
AWD_PROGRAMME = "Adventure Works Distribution — Modern Work Accelerate Programme"
AWD_CHECKLIST = (
    ("Microsoft 365 Copilot", (("C1", "Data-oversharing assessment (SharePoint Advanced Management reports)"),
                               ("C2", "Remediation of sites with broad or org-wide permissions"),
                               ("C3", "Licence assignment plan and pilot group"),
                               ("C4", "Champion programme (cohorts, office hours)"),
                               ("C5", "Scenario workshops and prompt training"),
                               ("C6", "Usage reporting with the Copilot Dashboard"))),
    ("Viva Insights", (("V1", "Manager and leader insights enabled"),
                       ("V2", "Adoption metrics shared with the customer sponsor"))),
    ("Teams Rooms", (("R1", "Room inventory and design"), ("R2", "Device deployment and resource accounts"),
                     ("R3", "Teams Rooms Pro Management enrolment"))),
    ("Teams Phone", (("P1", "Number porting plan"), ("P2", "Calling policies, auto attendants and call queues"))),
)
AWD_NOTE = ("Standard wording issued by Adventure Works Distribution for all programme partners (v3.1, January 2026). "
            "Tick each standard activity delivered; describe the customer-specific delivery below.")


def awd_checklist(done: set[str]) -> str:
    body = "".join(f"<tr><td>{escape(w)}</td><td>{ref}</td><td>{escape(text)}</td>"
                   f"<td>{'☒' if ref in done else '☐'}</td></tr>"
                   for w, acts in AWD_CHECKLIST for ref, text in acts)
    return (f"<h2>{escape(AWD_PROGRAMME)} — Standard Activity Checklist</h2><p class='small'>{escape(AWD_NOTE)}</p>"
            f"<table><tr><th>Workload</th><th>Ref</th><th>Standard activity</th><th>Delivered</th></tr>{body}</table>")


def cl_lumenbay_adatum_docusign() -> Case:
    cid = "4213001"
    partner = Org("Lumen Bay Partners LLC", "lumenbay.com", "US", "Portland, OR", location_id="7302215", short="Lumen "
                                                                                                               "Bay")
    customer = Org("Adatum Corporation", "adatum.com", "US", "Seattle, WA", short="Adatum")
    pm = Person("Grace Whitfield", "grace@lumenbay.com", "Copilot Practice Lead")
    vp = Person("Laura Chen", "laura.chen@adatum.com", "VP, Information Technology")
    env = envelope_id(cid, "adatum")
    blocks = [
        "<p><b style='color:#0a7c86; font-size: 16pt'>LUMEN BAY</b> <span class='small'>Partners in Modern "
        "Work</span></p>"
        "<h1>Copilot Accelerate — Delivery Record</h1>" + table([
            ("Customer", "Adatum Corporation"), ("Partner", partner.name), ("Delivery dates", "May 4 – August 14, "
                                                                                              "2026"),
            ("Copilot licences", "800 (Finance, Sales, Legal, Field Engineering)")]),
        awd_checklist({"C1", "C2", "C3", "C4", "C5", "C6"}),
        section("Customer-specific delivery notes", [
            "Oversharing assessment of 1,140 SharePoint sites; 96 sites with 'Everyone except external users' fixed "
            "before licences were assigned; Restricted SharePoint Search during the pilot.",
            "Pilot of 60 users (May 18 – June 12), then three waves of 250, 250 and 240 users.",
            "60 champions in 4 cohorts with weekly office hours; 9 scenario workshops (month-end close in Excel, RFP "
            "responses in Word, field-service visit reports, Teams meeting recap).",
            "Copilot Dashboard: 71% weekly active users in week 8; 3,900 hours saved self-reported in the August "
            "survey."]),
        docusign_block(vp, customer.name, "8/24/2026", env),
        PAGE_BREAK,
        docusign_certificate(envelope=env, subject="Complete with Docusign: Adatum Copilot Delivery Record.pdf",
                             pages=2,
                             originator=pm, tz_label="(UTC-08:00) Pacific Time (US & Canada)", signer=vp,
                             sent="8/21/2026 | 04:10 PM", viewed="8/24/2026 | 09:02 AM", signed="8/24/2026 | 09:07 AM",
                             ip="131.107.4.22")]
    files = {"POE/Adatum Copilot Delivery Record (signed).pdf":
             pdf(blocks, "Adatum Copilot Delivery Record", pm.name, at(2026, 8, 21, 15, 50, PDT), docusign_stamp(env))}
    claim = cpor(cid, area="Modern Work", submitted=at(2026, 10, 12, 19, 10), partner=partner, pm=pm, customer=customer,
                 contact=vp, workloads=["MICROSOFT 365 COPILOT"], files=files)
    return Case(f"{cid}_LumenBay_Adatum_Copilot_ProgrammeChecklist", claim, files, "approve",
                R_VALID + "DocuSign eSignature of Adatum's VP IT (8/24/2026, certificate of completion); names; the "
                "programme checklist is backed by customer-specific detail (800 licences, 1,140 sites, waves, cohorts, "
                "dates) — the seed rejects 'generic POE templates', not a shared checklist filled in with the "
                "customer's own delivery; Copilot ticked and described.",
                "Adventure Works Distribution's standard activity checklist (identical rows in 4213001-4213004, four "
                "partners) with this partner's own layout, notes and DocuSign acceptance.",
                {"customer_domain": ["pass", "not_applicable"]})


def cl_kestrel_relecloud_docx_eml() -> Case:
    cid = "4213002"
    partner = Org("Kestrel Workplace Ltd", "kestrelworkplace.co.uk", "GB", "Reading", location_id="7302498",
                  short="Kestrel")
    customer = Org("Relecloud Ltd", "relecloud.com", "GB", "Cambridge", short="Relecloud")
    pm = Person("Oliver Grant", "oliver.grant@kestrelworkplace.co.uk", "Principal Consultant")
    coo = Person("Sophie Marlow", "sophie.marlow@relecloud.com", "Chief Operating Officer")
    done = {"C1", "C2", "C3", "C4", "C5", "C6", "V1", "V2"}

    def build(document: DocxDocument) -> None:
        d_heading(document, "Kestrel Workplace", 18, (0x7A, 0x2E, 0x0E))
        d_heading(document, "Delivery Report — Copilot and Viva Insights", 14)
        d_table(document, None, [["Customer", "Relecloud"], ["Partner", "Kestrel Workplace Ltd"],
                                 ["Dates", "08/06/2026 – 11/09/2026"], ["Sponsor", "Sophie Marlow, COO"]])
        d_heading(document, f"{AWD_PROGRAMME} — Standard Activity Checklist", 11)
        document.add_paragraph(AWD_NOTE)
        tbl = document.add_table(rows=1, cols=3)
        tbl.style = "Table Grid"
        for cell, text in zip(tbl.rows[0].cells, ("Workload", "Standard activity", "Delivered"), strict=True):
            cell.text = text
        for workload, acts in AWD_CHECKLIST:
            for ref, text in acts:
                cells = tbl.add_row().cells
                cells[0].text, cells[1].text = workload, f"{ref} {text}"
                d_checkbox(cells[2].paragraphs[0], ref in done, "Delivered")
        document.add_paragraph()
        d_heading(document, "What we did at Relecloud", 11)
        d_bullets(document, [
            "350 Microsoft 365 Copilot licences for the research, bid and operations teams (of 1,200 staff).",
            "Oversharing review of 420 sites; 31 sites re-permissioned; sensitivity labels applied to the bid library.",
            "Viva Insights: manager insights for 85 people managers; the Copilot Dashboard and a monthly adoption pack "
            "for the COO (V1, V2).",
            "5 champion cohorts (40 champions) and 7 scenario workshops; 68% weekly active users by 04/09/2026."])

    report = docx_bytes(build, title="Relecloud Delivery Report", author=pm.name, created=at(2026, 9, 14, 10, 0, BST))
    ack = Mail(coo, (pm,), at(2026, 9, 30, 17, 48, BST), "Re: Relecloud – Copilot & Viva Insights delivery report",
               "Hi Oliver,\n\nI'm happy to confirm that Kestrel delivered the Copilot and Viva Insights programme for "
               "Relecloud as set out in your delivery report: the 350 Copilot users are live, the oversharing clean-up "
               "is "
               "done and our managers have their Viva Insights reports. We accept the work — thank you.\n\nSophie\n\n"
               "Sophie Marlow\nChief Operating Officer, Relecloud\n", transport="none", mailer="")
    files = {"POE/Relecloud_Delivery_Report.docx": report,
             "POE/Re_ Relecloud – Copilot & Viva Insights delivery report.eml": eml_bytes(ack)}
    claim = cpor(cid, area="Modern Work", submitted=at(2026, 10, 21, 11, 30), partner=partner, pm=pm, customer=customer,
                 contact=coo, workloads=["MICROSOFT 365 COPILOT", "VIVA INSIGHTS"], files=files)
    return Case(f"{cid}_Kestrel_Relecloud_Copilot_Viva_ChecklistDocx", claim, files, "approve",
                R_VALID + "the COO's e-mail from relecloud.com (2026-09-30) accepts the delivered Copilot and Viva "
                "Insights work in her own words (item 1); the Word report ticks and describes both workloads (items "
                "3-4).",
                "Same programme checklist as a Word table with check-box content controls; the acknowledgement is an "
                ".eml saved from a web client with no Received chain, Message-ID or Authentication-Results.",
                {"customer_domain": "pass"}, container="zip-folder")


def cl_orchid_proseware_unchecked_rooms() -> Case:
    cid = "4213003"
    partner = Org("Orchid Digital Inc.", "orchiddigital.com", "US", "Austin, TX", location_id="7302731", short="Orchid")
    customer = Org("Proseware, Inc.", "proseware.com", "US", "Dallas, TX", short="Proseware")
    pm = Person("Mateo Ruiz", "mateo.ruiz@orchiddigital.com", "Engagement Manager")
    cio = Person("Janet Kowalski", "jkowalski@proseware.com", "Chief Information Officer")
    blocks = [
        "<p><b style='color:#7b3fa0; font-size: 15pt'>orchid</b><b style='font-size: 15pt'>digital</b></p>"
        "<h1>Programme Completion Record</h1>" + table([
            ("Customer", "Proseware, Inc."), ("Partner", partner.name), ("Dates", "June 1 – September 4, 2026")]),
        awd_checklist({"C1", "C2", "C3", "C4", "C5", "C6"}),
        section("Delivery notes", [
            "Microsoft 365 Copilot for 500 users in Sales, Customer Success and Legal: oversharing review of 640 sites "
            "(58 fixed), licence waves of 100/200/200, 30 champions, 6 scenario workshops.",
            "Copilot Dashboard reviewed with the CIO every two weeks; 66% weekly active users in week 10."]),
        "<h2>Acceptance</h2>" + acrobat_block(cio, customer.name, "Sep 10, 2026 14:22 CDT"),
        PAGE_BREAK,
        acrobat_audit(title="Proseware_Programme_Completion_Record", transaction=acrobat_txn(cid), creator=pm,
                      signer=cio, created="2026-09-08 - 3:12:40 PM GMT", emailed="2026-09-08 - 3:13:05 PM GMT",
                      viewed="2026-09-10 - 7:18:44 PM GMT", signed="2026-09-10 - 7:22:09 PM GMT")]
    files = {"POE/Proseware_Programme_Completion_Record-signed.pdf":
             pdf(blocks, "Programme Completion Record", pm.name, at(2026, 9, 8, 10, 0, CDT))}
    claim = cpor(cid, area="Modern Work", submitted=at(2026, 10, 16, 20, 40), partner=partner, pm=pm, customer=customer,
                 contact=cio, workloads=["MICROSOFT 365 COPILOT", "TEAMS ROOMS"], files=files)
    return Case(f"{cid}_Orchid_Proseware_Copilot_TeamsRooms_UncheckedRow", claim, files, "action_required",
                R_VALID + "item 4 'Connection between workloads mentioned in the POE and what is being claimed'. TEAMS "
                "ROOMS is claimed but appears only as the programme checklist's unticked rows R1-R3 (☐) and nowhere in "
                "the delivery notes; Copilot is signed (Acrobat Sign) and detailed. Ask for POE of the Teams Rooms "
                "work "
                "or remove the workload.",
                "Same programme checklist: the second claimed workload exists in the document only as an unchecked row "
                "of the standard template.",
                {"workload_match": "fail", "customer_acknowledgement": "pass", "reused_evidence": "pass"})


def cl_pinewood_firstup_scanned() -> Case:
    cid = "4213004"
    partner = Org("Pinewood Tech Partners Inc.", "pinewoodtech.ca", "CA", "Vancouver, BC", location_id="7302990",
                  short="Pinewood")
    customer = Org("First Up Consultants Ltd.", "firstupconsultants.com", "CA", "Toronto, ON", short="First Up")
    pm = Person("Aiden Clarke", "aiden.clarke@pinewoodtech.ca", "Delivery Manager")
    md = Person("Naomi Feldman", "nfeldman@firstupconsultants.com", "Managing Director, Operations")
    blocks = [
        "<p><b style='color:#2e6b30; font-size: 15pt'>PINEWOOD TECH</b></p><h1>Accelerate Programme — Sign-off "
        "Sheet</h1>"
        + table([("Customer", "First Up Consultants"), ("Partner", partner.name),
                 ("Dates", "2026-05-25 to 2026-09-18")]),
        awd_checklist({"C1", "C2", "C3", "C4", "C5", "C6", "R1", "R2", "R3"}),
        section("Customer-specific delivery", [
            "Copilot for 220 consultants: oversharing review of 180 client-engagement sites (22 fixed), licence waves "
            "of 40/90/90, 14 champions, 5 workshops on proposal writing and client-meeting recaps.",
            "Teams Rooms: 22 rooms designed and deployed in Toronto (14) and Ottawa (8) — 16 Logitech Rally Bar, "
            "6 Yealink MeetingBoard; resource accounts and room lists; all rooms enrolled in Teams Rooms Pro "
            "Management "
            "with alerts to the service desk."]),
        "<h2>Customer sign-off</h2>" + sign_table([("Signature", ""), ("Name", md.name), ("Title", md.title),
                                                   ("Date", "2026-09-23")])]
    paper = pdf(blocks, "Sign-off sheet", pm.name, at(2026, 9, 21, 9, 0, PDT),
                sign_below("Signature", "naomi-feldman", dx=175, dy=0))
    files = {"POE/Scan_20260923_FirstUp.pdf": searchable_scan(paper, at(2026, 9, 23, 15, 12, EDT), dpi=120)}
    claim = cpor(cid, area="Modern Work", submitted=at(2026, 11, 3, 16, 5), partner=partner, pm=pm, customer=customer,
                 contact=md, workloads=["MICROSOFT 365 COPILOT", "TEAMS ROOMS"], files=files)
    return Case(f"{cid}_Pinewood_FirstUp_Copilot_TeamsRooms_ScannedChecklist", claim, files, "approve",
                R_VALID + "physically signed paper scanned to PDF (item 1), signed 2026-09-23 by First Up's MD of "
                "Operations; both claimed workloads are ticked AND described with the customer's numbers (220 "
                "consultants, 22 rooms); ISO dates.",
                "Same programme checklist, printed, signed in ink and scanned with a text layer; here Teams Rooms rows "
                "are ticked and described (contrast with 4213003).",
                {"customer_acknowledgement": SCAN_ACK})


# ==============================================================================================
# Real reuse: the same claim-specific evidence on two claims
# ==============================================================================================
HALYARD = Org("Halyard Consulting Group", "halyardcg.com", "US", "Salt Lake City, UT", location_id="7410128",
              short="Halyard")
HALYARD_PM = Person("Sam Keller", "sam.keller@halyardcg.com", "Account Director")
ALPINE = Org("Alpine Ski House", "alpineskihouse.com", "US", "Park City, UT")
ALPINE_IT = Person("Dana Reyes", "dreyes@alpineskihouse.com", "IT Manager")


def halyard_wrapup_msg() -> bytes:
    ask = Mail(HALYARD_PM, (ALPINE_IT,), at(2026, 9, 14, 16, 0, MDT), "Wrap-up",
               "Hi Dana,\n\nNow that the projects are wrapped up, could you reply to confirm you're happy with our "
               "work? "
               "It helps us with Microsoft.\n\nThanks,\nSam\n")
    return msg_bytes(Mail(ALPINE_IT, (HALYARD_PM,), at(2026, 9, 15, 8, 31, MDT), "RE: Wrap-up", reply(
        "Hi Sam,\n\nConfirming we're happy with everything your team delivered for us this year – thanks to you and "
        "the "
        "crew.\n\nDana", ask)))


def reuse_halyard(cid: str, workload: str, area: str, report_name: str, report: bytes, label: str) -> Case:
    files = {f"POE/{report_name}": report, "POE/RE_ Wrap-up.msg": halyard_wrapup_msg()}
    other = "4214002" if cid == "4214001" else "4214001"
    claim = cpor(cid, area=area, submitted=at(2026, 10, 9 if cid == "4214001" else 23, 15, 0), partner=HALYARD,
                 pm=HALYARD_PM, customer=ALPINE, contact=ALPINE_IT, workloads=[workload], files=files)
    return Case(f"{cid}_Halyard_AlpineSkiHouse_{label}_SameEmail", claim, files, "action_required",
                "The only customer acknowledgement is the same e-mail (same sender, text and date, 2026-09-15) that is "
                f"also the acknowledgement of claim {other}; it confirms no activity or workload ('happy with "
                f"everything "
                "your team delivered'). Seed: 'Original .msg email communication between Partner and Customer that "
                "does "
                "not show clear proof of work activity' is not accepted, and item 4 needs a connection to the claimed "
                "workload. The partner's report is unsigned. Ask for a claim-specific acknowledgement.",
                f"Real reuse: one vague customer e-mail attached to two claims of the same partner ({cid} and {other}) "
                "for different workloads.",
                {"reused_evidence": "fail", "customer_acknowledgement": ["fail", "warn"]})


def halyard_alpine_intune() -> Case:
    report = pdf([
        "<h1>Intune Deployment Report — Alpine Ski House</h1>" + table([
            ("Customer", "Alpine Ski House"), ("Partner", HALYARD.name), ("Dates", "April 6 – June 26, 2026")]),
        section("Work performed", ["Autopilot for 420 staff laptops; 180 shared Android kiosks at lift and rental "
                                   "desks "
                                   "in dedicated-device mode.", "Compliance policies and Conditional Access for "
                                   "Exchange Online; Win32 packaging of the ticketing and rental apps (7 apps)."]),
        "<p>Prepared by Sam Keller, Halyard Consulting Group.</p>"], "Intune report", HALYARD_PM.name,
        at(2026, 6, 30, 10, 0, MDT))
    return reuse_halyard("4214001", "INTUNE", "Security", "AlpineSkiHouse_Intune_Report.pdf", report, "Intune")


def halyard_alpine_rooms() -> Case:
    def build(document: DocxDocument) -> None:
        d_heading(document, "Teams Rooms Installation Report", 16)
        d_table(document, None, [["Customer", "Alpine Ski House"], ["Partner", HALYARD.name],
                                 ["Dates", "July 13 – August 21, 2026"]])
        d_bullets(document, ["14 Teams Rooms on Android (Poly Studio X52) in the Park City lodge and 2 base stations.",
                             "Resource accounts, room mailboxes and Pro Management enrolment; 2 trainings for front "
                             "desk."])

    report = docx_bytes(build, title="Teams Rooms Installation Report", author=HALYARD_PM.name,
                        created=at(2026, 8, 24, 9, 0, MDT))
    return reuse_halyard("4214002", "TEAMS ROOMS", "Modern Work", "AlpineSkiHouse_TeamsRooms_Report.docx", report,
                         "TeamsRooms")


COBALT = Org("Cobalt Ridge Consulting LLC", "cobaltridge.io", "US", "Denver, CO", location_id="7410377",
             short="Cobalt Ridge")
COBALT_PM = Person("Erin Walsh", "erin.walsh@cobaltridge.io", "Identity Consultant")


def cobalt_narrative(cid: str, customer: Org, signer: Person, signed: str, submitted: dt.datetime, other: str) -> Case:
    env = envelope_id(cid, customer.domain)
    name = customer.name
    blocks = [
        "<p class='small'>COBALT RIDGE CONSULTING · IDENTITY PRACTICE</p><h1>Proof of Execution — Microsoft Entra ID "
        "P2</h1>"
        + table([("Customer", name), ("Partner", COBALT.name), ("Engagement dates", "April 6, 2026 – July 17, 2026")]),
        section("Background", f"{name} runs 1,850 user accounts across 6 sites with 27 privileged roles assigned "
                              "permanently and no risk-based sign-in policies."),
        section("Services delivered", [
            "Privileged Identity Management for 27 roles: eligible assignments, approval for Global Administrator, "
            "4-hour activation.", "Identity Protection: user-risk and sign-in-risk policies for 1,850 users with "
            "self-service password reset.", "Quarterly access reviews for 140 groups and 310 guest accounts.",
            "Two hand-over sessions and run-books for the service desk."]),
        section("Timeline", ["Weeks 1-3: design and pilot (12 administrators).", "Weeks 4-9: roll-out to all 6 sites.",
                             "Weeks 10-15: access reviews, hand-over."]),
        docusign_block(signer, name, signed, env)]
    files = {f"POE/{customer.call.replace(' ', '')}_EntraP2_POE_signed.pdf":
             pdf(blocks, "Entra ID P2 POE", COBALT_PM.name, at(2026, 7, 20, 11, 0, MDT), docusign_stamp(env))}
    claim = cpor(cid, area="Security", submitted=submitted, partner=COBALT, pm=COBALT_PM, customer=customer,
                 contact=signer, workloads=["AZURE ACTIVE DIRECTORY PREMIUM 2"], files=files)
    return Case(f"{cid}_CobaltRidge_{customer.call.replace(' ', '').replace(chr(39), '')}_EntraP2_SwappedNarrative",
                claim, files, "action_required",
                f"The signed POE narrative is word for word the one on claim {other} — same 1,850 users, 6 sites, 27 "
                "roles, 140 groups, same dates — with only the customer name swapped. Seed item 3: 'generic POE "
                "templates submitted on other partner claims' are insufficient material. The customer signed, but the "
                "activities are not shown to be this customer's; ask for customer-specific POE.",
                f"Real reuse: the same signed POE narrative with only the customer name swapped ({cid} / {other}).",
                {"reused_evidence": "fail", "activity_detail": ["fail", "warn"]})


def cobalt_margies() -> Case:
    customer = Org("Margie's Travel", "margiestravel.com", "US", "Boulder, CO", short="Margie's Travel")
    return cobalt_narrative("4214003", customer, Person("Tom Alvarez", "talvarez@margiestravel.com", "IT Director"),
                            "7/22/2026", at(2026, 10, 6, 16, 0), "4214004")


def cobalt_tailwind() -> Case:
    customer = Org("Tailwind Traders", "tailwindtraders.com", "US", "Omaha, NE", short="Tailwind Traders")
    return cobalt_narrative("4214004", customer, Person("Meera Iyer", "meera.iyer@tailwindtraders.com",
                                                        "Director of Infrastructure"),
                            "8/3/2026", at(2026, 11, 2, 14, 30), "4214003")


SOUTHRIDGE = Org("Southridge Video", "southridgevideo.com", "US", "Burbank, CA", short="Southridge")
SOUTHRIDGE_IT = Person("Elena Petrov", "elena.petrov@southridgevideo.com", "Director of IT")
PASTED_SIGNATURE = signature_png("elena-petrov-pasted")


def brightwave_southridge_rooms() -> Case:
    cid = "4214005"
    partner = Org("Brightwave AV Solutions", "brightwaveav.com", "US", "Glendale, CA", location_id="7410602",
                  short="Brightwave")
    pm = Person("Kyle Brennan", "kbrennan@brightwaveav.com", "Project Manager")

    def build(document: DocxDocument) -> None:
        document.add_paragraph("Southridge Video · 2100 W Olive Ave, Burbank, CA 91506")
        document.add_paragraph("September 14, 2026")
        d_heading(document, "Acceptance of the Teams Rooms installation", 12)
        document.add_paragraph("Southridge Video confirms that Brightwave AV Solutions installed and configured 18 "
                               "Microsoft Teams Rooms (12 edit-suite huddle rooms, 4 conference rooms, 2 screening "
                               "rooms) between July 20 and September 4, 2026, enrolled them in Teams Rooms Pro "
                               "Management and trained 9 production coordinators. We accept the installation.")
        document.add_picture(io.BytesIO(PASTED_SIGNATURE), width=Inches(1.8))
        document.add_paragraph(f"{SOUTHRIDGE_IT.name}\n{SOUTHRIDGE_IT.title}, Southridge Video")

    files = {"POE/Southridge_TeamsRooms_Acceptance_Letter.docx":
             docx_bytes(build, title="Acceptance letter", author=pm.name, created=at(2026, 9, 14, 11, 0, PDT))}
    claim = cpor(cid, area="Modern Work", submitted=at(2026, 10, 13, 18, 0), partner=partner, pm=pm,
                 customer=SOUTHRIDGE, contact=SOUTHRIDGE_IT, workloads=["TEAMS ROOMS"], files=files)
    return Case(f"{cid}_Brightwave_Southridge_TeamsRooms_PastedSignature", claim, files, "action_required",
                "Seed, documents not accepted: 'Copying/pasting physical signatures'; item 1: flat signatures are "
                "rejected. The acceptance is a Word letter with a signature picture pasted in, and the identical "
                "picture "
                "is the 'signature' on claim 4214006 of another partner for the same customer. Ask for a real "
                "signature "
                "or the customer's e-mail.",
                "Real reuse: one signature image pasted into documents of two different partners (4214005, 4214006).",
                {"reused_evidence": "fail", "customer_acknowledgement": "fail"})


def northwind_southridge_intune() -> Case:
    cid = "4214006"
    partner = Org("Northwind Endpoint Services", "northwindendpoint.com", "US", "Pasadena, CA", location_id="7410655",
                  short="Northwind Endpoint")
    pm = Person("Lisa Park", "lpark@northwindendpoint.com", "Endpoint Lead")

    def decorate(doc: Any) -> None:
        page = doc[-1]
        r = page.search_for("Customer signature")[-1]
        page.insert_image(MU.Rect(r.x0 + 175, r.y0 - 4, r.x0 + 305, r.y0 + 35), stream=PASTED_SIGNATURE)

    blocks = [
        "<h1>Completion Certificate</h1><h2>Microsoft Intune — Southridge Video</h2>" + table([
            ("Customer", SOUTHRIDGE.name), ("Partner", partner.name), ("Dates", "August 3 – September 25, 2026")]),
        section("Completed", ["Intune enrolment of 260 Windows 11 workstations (edit suites and offices) through "
                              "Autopilot pre-provisioning.", "macOS enrolment for 75 colourist and VFX Macs with "
                              "FileVault escrow.", "Compliance policies, update rings and 22 packaged creative apps."]),
        "<h2>Acceptance</h2>" + sign_table([("Customer signature", ""), ("Name", SOUTHRIDGE_IT.name),
                                            ("Date", "September 30, 2026")], label="Customer signature")]
    files = {"POE/Southridge Intune Completion Certificate.pdf":
             pdf(blocks, "Completion Certificate", pm.name, at(2026, 9, 30, 9, 0, PDT), decorate,
                 creator="Microsoft Print to PDF")}
    claim = cpor(cid, area="Security", submitted=at(2026, 11, 9, 17, 20), partner=partner, pm=pm, customer=SOUTHRIDGE,
                 contact=SOUTHRIDGE_IT, workloads=["INTUNE"], files=files)
    return Case(f"{cid}_NorthwindEndpoint_Southridge_Intune_PastedSignature", claim, files, "action_required",
                "Seed, documents not accepted: 'Copying/pasting physical signatures'. The certificate's 'signature' is "
                "a pasted picture, pixel for pixel the one in claim 4214005's letter from another partner (dated two "
                "weeks apart). Not a physical, verifiable or e-mail acknowledgement; ask for a real one.",
                "Real reuse: the same signature image as 4214005, here placed on a PDF certificate of a different "
                "partner.",
                {"reused_evidence": "fail", "customer_acknowledgement": "fail"})


# ==============================================================================================
# Partner activities: invoices by market, VAT/GST, variable payout, deadlines, and a reused invoice
# ==============================================================================================
R_INVOICE = ("Seed 'Invoice Requirements': the invoice shows the Claim ID, the partner company name and the invoice "
             "amount in USD, which 'must match payout amount for Partner Market + engagement combination'; 'VAT is not "
             "required' (the pre-tax amount counts). AMMP (Small) rates: Market A $15,000, Market B $12,000, Market C "
             "$7,500.")
MSFT_IE = "Microsoft Ireland Operations Ltd, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18"


def ammp_poe(cid: str, partner: Org, customer: Org, pm: Person, signer: Person, *, app: str, work: Sequence[list[str]],
             production: str, acr: str, signed: str, created: dt.datetime) -> bytes:
    """The AMMP POE template ("Sign and Upload template"), filled in and DocuSigned by the customer."""
    env = envelope_id(cid, "ammp", customer.domain)
    heads = ("1. Application compatibility assessment / review", "2. Landing zone setup or review",
             "3. Modernization activities", "4. Azure security deployment and setup")
    blocks = [f"<p class='small'>Microsoft AMMP Partner-led · {escape(AMMP_SMALL)}</p><h1>Proof of Execution</h1>"
              + table([("Claim ID", cid), ("Customer", customer.name), ("Partner", partner.name), ("Workload", app),
                       ("Production date", production), ("Planned annual Azure consumption", acr)])]
    blocks += [section(h, items) for h, items in zip(heads, work, strict=True)]
    blocks.append(docusign_block(signer, customer.name, signed, env, heading="Customer signature"))
    return pdf(blocks, f"AMMP POE {cid}", pm.name, created, docusign_stamp(env))


def ammp_case(cid: str, *, partner: Org, pm: Person, customer: Org, contact: Person, consent: dt.date,
              submitted: dt.datetime, invoice: tuple[str, bytes], poe: bytes, workloads: Sequence[str],
              production: str,
              extra: dict[str, tuple[bytes, str]] | None = None) -> tuple[dict[str, bytes], dict[str, Any]]:
    done = submitted - dt.timedelta(days=6)
    cust, part = pa_surveys(cid, partner, AMMP_SMALL, customer_sig=(contact.name, customer.name, contact.title),
                            partner_sig=(pm.name, partner.name, pm.title), done=done,
                            facts=[("Production date of the modernized workload", production)])
    files = {f"Invoice/{invoice[0]}": invoice[1], "POE/AMMP_POE_signed.pdf": poe,
             "Surveys/customer_attestation.json": cust, "Surveys/partner_attestation.json": part}
    roles = {f"Invoice/{invoice[0]}": "invoice", "Surveys/customer_attestation.json": "customer_attestation",
             "Surveys/partner_attestation.json": "partner_attestation"}
    for path, (data, role) in (extra or {}).items():
        files[path], roles[path] = data, role
    claim = pa(cid, area="Azure", submitted=submitted, partner=partner, pm=pm, customer=customer, contact=contact,
               workloads=workloads, files=files, roles=roles, eng=engagement(AMMP_SMALL, "xs_small"), consent=consent)
    return files, claim


def days(consent: dt.date, submitted: dt.datetime) -> int:
    return (submitted.date() - consent).days


def pa_bluemesa_nod_market_a() -> Case:
    cid = "4215001"
    partner = Org("Blue Mesa Cloud Partners Inc.", "bluemesacloud.com", "US", "Denver, CO", location_id="7501104",
                  short="Blue Mesa")
    customer = Org("Nod Publishers", "nodpublishers.com", "US", "Nashville, TN")
    pm = Person("Carlos Medina", "cmedina@bluemesacloud.com", "Azure Delivery Manager")
    cto = Person("Helen Okafor", "helen.okafor@nodpublishers.com", "Chief Technology Officer")
    consent, submitted = day(2026, 6, 15), at(2026, 10, 5, 16, 0)
    inv = invoice_pdf(partner=partner, contact=pm, number="BMC-10457", date="10/01/2026", bill_to=MSFT_IE,
                      lines=[(f"Microsoft MCI engagement {AMMP_SMALL} – Claim ID {cid} – Nod Publishers",
                              "$15,000.00")],
                      totals=[("Total (USD)", "$15,000.00")], notes="Payment terms: net 30. Amounts in US dollars.",
                      created=at(2026, 10, 1, 9, 0, MDT))
    poe = ammp_poe(cid, partner, customer, pm, cto, app="Author royalties portal (.NET Framework 4.8, SQL Server 2016)",
                   work=[["Assessment of 3 apps with Azure Migrate and App Service Migration Assistant; 41 findings "
                          "fixed."],
                         ["Landing zone (hub-spoke, Azure Firewall, private DNS) deployed with Bicep."],
                         ["Portal re-platformed to Azure App Service (.NET 8); 260 GB database to Azure SQL Database "
                          "Hyperscale; cut-over on August 29, 2026."],
                         ["Defender for Cloud plans for App Service and SQL; Key Vault for secrets."]],
                   production="2026-08-29", acr="USD 68,000", signed="9/8/2026", created=at(2026, 9, 4, 10, 0, CDT))
    files, claim = ammp_case(cid, partner=partner, pm=pm, customer=customer, contact=cto, consent=consent,
                             submitted=submitted, invoice=("BMC-10457.pdf", inv), poe=poe,
                             workloads=["AZURE APP SERVICE", "AZURE SQL DATABASE"], production="2026-08-29")
    return Case(f"{cid}_BlueMesa_NodPublishers_AMMP_MarketA", claim, files, "approve",
                R_INVOICE + f" US partner = Market A: $15,000.00 with claim ID {cid}. Surveys signed with name, "
                            f"company "
                f"and title; signed AMMP template; submitted {days(consent, submitted)} days after consent (Small: "
                "120 days).",
                "Partner activities, AMMP (Small), US partner, partner's own invoice layout (Xero).",
                {"invoice": "pass", "submission_window": "pass", "attestations": "pass"})


def pa_pennine_ravensworth_vat() -> Case:
    cid = "4215002"
    partner = Org("Pennine Cloud Ltd", "penninecloud.co.uk", "GB", "Leeds", location_id="7501288", short="Pennine "
                                                                                                         "Cloud")
    customer = Org("Ravensworth Foods Ltd", "ravensworthfoods.co.uk", "GB", "York", short="Ravensworth")
    pm = Person("Beth Holroyd", "beth.holroyd@penninecloud.co.uk", "Head of Delivery")
    it = Person("Simon Clegg", "simon.clegg@ravensworthfoods.co.uk", "Head of IT")
    consent, submitted = day(2026, 7, 20), at(2026, 11, 6, 11, 0)
    inv = invoice_pdf(partner=partner, contact=pm, number="PC-INV-2026-0913", date="03/11/2026", bill_to=MSFT_IE,
                      lines=[(f"MCI claim {cid}: {AMMP_SMALL} — Ravensworth Foods", "USD 15,000.00")],
                      totals=[("Subtotal (excl. VAT)", "USD 15,000.00"), ("VAT @ 20%", "USD 3,000.00"),
                              ("Total (incl. VAT)", "USD 18,000.00")],
                      notes="Pennine Cloud Ltd, registered in England and Wales no. 11223344. VAT reg. GB 298 1234 56.",
                      created=at(2026, 11, 3, 9, 30, GMT), title="TAX INVOICE")
    poe = ammp_poe(cid, partner, customer, pm, it, app="Order-to-delivery API (Java 17, PostgreSQL 11)",
                   work=[["Compatibility review of the API and 2 batch jobs; Java 8 dependencies upgraded."],
                         ["Review of the existing landing zone; added spoke for production with Azure Policy."],
                         ["API containerized on Azure Kubernetes Service (2 node pools); 140 GB PostgreSQL to Azure "
                          "Database for PostgreSQL Flexible Server; go-live 21/09/2026."],
                         ["Defender for Containers; private endpoints; Azure Front Door WAF."]],
                   production="21/09/2026", acr="USD 54,000", signed="29/09/2026", created=at(2026, 9, 28, 9, 0, BST))
    files, claim = ammp_case(cid, partner=partner, pm=pm, customer=customer, contact=it, consent=consent,
                             submitted=submitted, invoice=("PC-INV-2026-0913.pdf", inv), poe=poe,
                             workloads=["AZURE KUBERNETES SERVICE", "AZURE DATABASE FOR POSTGRESQL"],
                             production="2026-09-21")
    return Case(f"{cid}_PennineCloud_Ravensworth_AMMP_VATInvoice", claim, files, "approve",
                R_INVOICE + " UK partner = Market A: pre-tax subtotal USD 15,000.00; the 20% VAT line and the "
                f"VAT-inclusive total of USD 18,000.00 do not change that. Submitted {days(consent, submitted)} days "
                "after consent.",
                "Partner activities, AMMP (Small), UK partner, VAT invoice (subtotal, VAT, total), day-first dates.",
                {"invoice": "pass", "submission_window": "pass"})


def pa_merlion_lioncity_gst() -> Case:
    cid = "4215003"
    partner = Org("Merlion Cloud Pte. Ltd.", "merlioncloud.sg", "SG", "Singapore", location_id="7501355",
                  short="Merlion Cloud")
    customer = Org("Lion City Logistics Pte. Ltd.", "lioncitylogistics.sg", "SG", "Singapore",
                   short="Lion City Logistics")
    pm = Person("Wei Ling Tan", "weiling.tan@merlioncloud.sg", "Project Director")
    cio = Person("Rajesh Pillai", "rajesh.pillai@lioncitylogistics.sg", "CIO")
    consent, submitted = day(2026, 7, 1), at(2026, 10, 22, 3, 0)
    inv = invoice_pdf(partner=partner, contact=pm, number="MC/2026/1187", date="16 Oct 2026", bill_to=MSFT_IE,
                      lines=[(f"Incentive fee – MCI Claim ID {cid} – {AMMP_SMALL}", "USD 12,000.00")],
                      totals=[("Amount before GST", "USD 12,000.00"), ("GST 9%", "USD 1,080.00"),
                              ("Total", "USD 13,080.00")],
                      notes="GST Reg. No. 201912345K. Invoice issued in USD as required by the programme.",
                      created=at(2026, 10, 16, 10, 0, SGT), title="TAX INVOICE")
    poe = ammp_poe(cid, partner, customer, pm, cio, app="Shipment tracking web app (Node.js, MongoDB)",
                   work=[["App and data assessment; MongoDB 4.4 compatibility confirmed for Azure Cosmos DB."],
                         ["Landing zone review; Southeast Asia hub with Azure Firewall Premium."],
                         ["App moved to Azure Container Apps; 95 GB MongoDB to Azure Cosmos DB for MongoDB (vCore); "
                          "production on 2026-09-07."], ["Defender for Cloud, Azure DDoS Protection."]],
                   production="2026-09-07", acr="USD 41,000", signed="15/9/2026", created=at(2026, 9, 14, 9, 0, SGT))
    files, claim = ammp_case(cid, partner=partner, pm=pm, customer=customer, contact=cio, consent=consent,
                             submitted=submitted, invoice=("MC-2026-1187.pdf", inv), poe=poe,
                             workloads=["AZURE CONTAINER APPS", "AZURE COSMOS DB"], production="2026-09-07")
    return Case(f"{cid}_MerlionCloud_LionCityLogistics_AMMP_MarketB_GST", claim, files, "approve",
                R_INVOICE + " Singapore is a Market B country: USD 12,000.00 before GST is the right pre-tax amount; "
                f"the GST line does not matter. Submitted {days(consent, submitted)} days after consent.",
                "Partner activities, AMMP (Small), Market B partner (SG), GST tax invoice.",
                {"invoice": "pass", "submission_window": "pass"})


def pa_vindhya_dutc_public_sector_in() -> Case:
    cid = "4215004"
    partner = Org("Vindhya Cloud Solutions Pvt Ltd", "vindhyacloud.in", "IN", "Pune", location_id="7501420",
                  short="Vindhya Cloud")
    customer = Org("Deccan Urban Transport Corporation", "dutc.gov.in", "IN", "Pune", segment="public_sector",
                   short="DUTC")
    pm = Person("Aniket Kulkarni", "aniket.kulkarni@vindhyacloud.in", "Delivery Head")
    gm = Person("Smt. Kavita Deshmukh", "gm.it@dutc.gov.in", "General Manager (IT)")
    consent, submitted = day(2026, 7, 6), at(2026, 10, 30, 6, 0)
    inv = mci_invoice(partner=partner, contact=pm, phone="+91 20 5555 0142", date=day(2026, 10, 27), claim_id=cid,
                      eng_name=AMMP_SMALL, amount="$7,500.00 USD", number="VCS/MCI/26-27/014",
                      created=at(2026, 10, 27, 11, 0, IST))
    poe = ammp_poe(cid, partner, customer, pm, gm, app="Bus pass and concession portal (PHP, MySQL)",
                   work=[["Assessment of the portal, the payment callback service and 2 MySQL schemas."],
                         ["Landing zone in Central India with Azure Policy for data residency."],
                         ["Portal moved to Azure App Service for Linux; 70 GB to Azure Database for MySQL Flexible "
                          "Server; production on 21/08/2026."], ["Web Application Firewall; Defender for Cloud."]],
                   production="21/08/2026", acr="USD 29,000", signed="28/08/2026", created=at(2026, 8, 27, 10, 0, IST))
    psd = searchable_scan(pdf([
        "<h1>Public Sector Disclosure</h1><p>Date: 14/07/2026</p>"
        f"<p>{escape(partner.name)} discloses to {escape(customer.name)} that it may receive fees or incentive "
        f"payments "
        f"from Microsoft in connection with the {escape(AMMP_SMALL)} engagement delivered to the Corporation "
        f"(estimated "
        "USD 7,500). The Corporation acknowledges that it has been informed of this compensation in writing.</p>",
        "<h2>Acknowledged for the Corporation</h2>" + sign_table([("Signature", ""), ("Name", gm.name),
                                                                   ("Designation", gm.title), ("Date", "14/07/2026")])],
        "Public Sector Disclosure", pm.name, at(2026, 7, 13, 10, 0, IST), sign_below("Signature", "kavita", dx=175)),
        at(2026, 7, 14, 16, 30, IST))
    files, claim = ammp_case(cid, partner=partner, pm=pm, customer=customer, contact=gm, consent=consent,
                             submitted=submitted, invoice=("VCS-MCI-26-27-014.pdf", inv), poe=poe,
                             workloads=["AZURE APP SERVICE", "AZURE DATABASE FOR MYSQL"], production="2026-08-21",
                             extra={"PSD/DUTC_Public_Sector_Disclosure.pdf": (psd, "public_sector_disclosure")})
    return Case(f"{cid}_Vindhya_DUTC_AMMP_MarketC_PublicSectorIN", claim, files, "approve",
                "AMMP summary: 'If your claim is for a Public Sector Customer located in India, United States, or "
                "Puerto "
                "Rico, you must include proof of Public Sector Disclosure' — included and signed by the customer. "
                + R_INVOICE + f" Indian partner = Market C: $7,500.00 on the guide's own invoice template. Submitted "
                f"{days(consent, submitted)} days after consent.",
                "Partner activities, AMMP (Small), Indian partner and Indian public-sector customer with a scanned "
                "signed disclosure; the guide's optional invoice template.",
                {"invoice": "pass", "public_sector": "pass", "required_documents": "pass", "submission_window": "pass"})


def pa_vesuvio_moretti_wrong_rate() -> Case:
    cid = "4215005"
    partner = Org("Vesuvio Cloud S.r.l.", "vesuviocloud.it", "IT", "Napoli", location_id="7501577", short="Vesuvio "
                                                                                                          "Cloud")
    customer = Org("Officine Moretti S.p.A.", "officinemoretti.it", "IT", "Brescia", short="Officine Moretti")
    pm = Person("Giulia Esposito", "giulia.esposito@vesuviocloud.it", "Responsabile Progetti")
    cto = Person("Marco Bellini", "marco.bellini@officinemoretti.it", "CTO")
    consent, submitted = day(2026, 6, 22), at(2026, 10, 15, 9, 0)
    inv = invoice_pdf(partner=partner, contact=pm, number="FT-2026/0388", date="12/10/2026", bill_to=MSFT_IE,
                      lines=[(f"Compenso incentivo MCI – Claim ID {cid} – {AMMP_SMALL}", "USD 15,000.00")],
                      totals=[("Imponibile / Pre-tax amount", "USD 15,000.00"),
                              ("IVA / VAT", "Non imponibile – reverse charge art. 7-ter"), ("Totale / Total", "USD "
                                                                                                              "15,000.00")],
                      notes="P.IVA IT 08123450639. Fattura emessa in USD secondo le condizioni del programma MCI.",
                      created=at(2026, 10, 12, 10, 0, CEST), title="FATTURA / INVOICE")
    poe = ammp_poe(cid, partner, customer, pm, cto, app="Production planning MES web app (Java, Oracle)",
                   work=[["Assessment of the MES web tier and Oracle 12c schema; 17 incompatibilities fixed."],
                         ["Landing zone in Italy North with ExpressRoute to the Brescia plant."],
                         ["Web tier to Azure App Service; 210 GB Oracle to Azure Database for PostgreSQL; production "
                          "on "
                          "04/09/2026."], ["Defender for Cloud and Microsoft Sentinel connectors."]],
                   production="04/09/2026", acr="USD 47,000", signed="10/09/2026", created=at(2026, 9, 9, 10, 0, CEST))
    files, claim = ammp_case(cid, partner=partner, pm=pm, customer=customer, contact=cto, consent=consent,
                             submitted=submitted, invoice=("FT-2026-0388.pdf", inv), poe=poe,
                             workloads=["AZURE APP SERVICE", "AZURE DATABASE FOR POSTGRESQL"], production="2026-09-04")
    return Case(f"{cid}_VesuvioCloud_OfficineMoretti_AMMP_WrongRate", claim, files, "action_required",
                R_INVOICE + " Italy is a Market B country, so the amount must be $12,000; the invoice bills USD "
                            "15,000.00 "
                "(the Market A rate). Everything else is in order; ask for a corrected invoice.",
                "Partner activities, AMMP (Small), Italian partner (Market B) invoicing the Market A rate; bilingual "
                "IT/EN invoice with reverse-charge VAT.",
                {"invoice": "fail", "submission_window": "pass", "attestations": "pass", "reused_evidence": "pass"})


def pa_vantage_northwind_variable() -> Case:
    cid = "4215006"
    eng_name = "Pre-Sales Variable Envisioning Workshop"
    partner = Org("Vantage Point Advisory Inc.", "vantagepointadv.com", "US", "Chicago, IL", location_id="7501630",
                  short="Vantage Point")
    customer = Org("Northwind Traders", "northwindtraders.com", "US", "Milwaukee, WI")
    pm = Person("Rebecca Stone", "rstone@vantagepointadv.com", "AI Solutions Architect")
    vp = Person("Daniel Ortiz", "daniel.ortiz@northwindtraders.com", "VP Customer Operations")
    consent, submitted = day(2026, 8, 24), at(2026, 10, 19, 21, 0)
    inv = mci_invoice(partner=partner, contact=pm, phone="+1 312 555 0198", date=day(2026, 10, 16), claim_id=cid,
                      eng_name=eng_name, amount="$1,630.00 USD", number="VPA-2026-077",
                      created=at(2026, 10, 16, 9, 0, CDT))
    cust, part = pa_surveys(cid, partner, eng_name, customer_sig=(vp.name, customer.name, vp.title),
                            partner_sig=(pm.name, partner.name, pm.title), done=at(2026, 10, 12, 15, 0),
                            facts=[("Workshop dates", "2026-09-15 and 2026-09-16"), ("Hours delivered", "10")])

    def build(document: DocxDocument) -> None:
        d_heading(document, "Envisioning Workshop — Findings and Recommendations", 16)
        d_table(document, None, [["Customer", customer.name], ["Partner", partner.name],
                                 ["Workshop", "September 15–16, 2026, Milwaukee (10 hours, 14 participants)"]])
        d_heading(document, "Findings")
        d_bullets(document, ["Contact centre handles 41,000 order enquiries a month; 38% are order-status questions.",
                             "Knowledge articles (2,300) are out of date; agents search three systems."])
        d_heading(document, "Recommendations")
        d_bullets(document, ["Azure OpenAI Service with Azure AI Search over order data and articles for an agent "
                             "assistant; pilot with 25 agents in Q1 2027.", "Estimated Azure consumption USD "
                                                                            "6,500/month."])

    poe = docx_bytes(build, title="Envisioning findings", author=pm.name, created=at(2026, 9, 18, 10, 0, CDT))
    files = {"Invoice/VPA-2026-077.pdf": inv, "POE/Northwind_Envisioning_Findings.docx": poe,
             "Surveys/customer.json": cust, "Surveys/partner.json": part}
    roles = {"Invoice/VPA-2026-077.pdf": "invoice", "Surveys/customer.json": "customer_attestation",
             "Surveys/partner.json": "partner_attestation"}
    claim = pa(cid, area="Azure", submitted=submitted, partner=partner, pm=pm, customer=customer, contact=vp,
               workloads=["AZURE OPENAI SERVICE"], files=files, roles=roles,
               eng=engagement(eng_name, "standard", "variable", 1630.0), consent=consent)
    return Case(f"{cid}_VantagePoint_NorthwindTraders_VariableEnvisioning", claim, files, "approve",
                "Variable payout: the claim's proposed payout is $1,630 and the invoice (guide's template) shows "
                "$1,630.00 "
                f"USD with claim ID {cid}; both surveys signed in full; standard timeline, submitted "
                f"{days(consent, submitted)} days after consent (limit 90).",
                "Partner activities, variable-payout envisioning workshop (10 hours), Word findings report.",
                {"invoice": "pass", "submission_window": "pass", "attestations": "pass"})


REDPOINT = Org("Redpoint Cloud Engineering Inc.", "redpointcloud.com", "US", "Phoenix, AZ", location_id="7501811",
               short="Redpoint")
REDPOINT_PM = Person("Owen Fitzgerald", "ofitzgerald@redpointcloud.com", "Delivery Lead")
WINGTIP = Org("Wingtip Toys", "wingtiptoys.com", "US", "Tucson, AZ")
WINGTIP_IT = Person("Rosa Delgado", "rosa.delgado@wingtiptoys.com", "Director of Engineering")
REDPOINT_INVOICE = invoice_pdf(
    partner=REDPOINT, contact=REDPOINT_PM, number="RCE-2026-0412", date="09/28/2026", bill_to=MSFT_IE,
    lines=[(f"MCI {AMMP_SMALL} — Claim 4218001 — Wingtip Toys", "$15,000.00")], totals=[("Total (USD)", "$15,000.00")],
    notes="Thank you for your business.", created=at(2026, 9, 28, 9, 0, PDT))
REDPOINT_POE = ammp_poe("4218001", REDPOINT, WINGTIP, REDPOINT_PM, WINGTIP_IT,
                        app="Toy configurator storefront (Python/Django, MySQL)",
                        work=[["Assessment of the storefront and 4 background workers."],
                              ["Landing zone review; new spoke with Azure Firewall rules for the payment provider."],
                              ["Storefront to Azure App Service; 85 GB MySQL to Azure Database for MySQL Flexible "
                               "Server; "
                               "production on 2026-08-10."], ["Defender for Cloud; Azure Front Door WAF."]],
                        production="2026-08-10", acr="USD 36,000", signed="8/20/2026",
                        created=at(2026, 8, 19, 10, 0, PDT))


def redpoint_wingtip_late() -> Case:
    cid = "4218001"
    consent, submitted = day(2026, 5, 18), at(2026, 10, 2, 22, 0)
    files, claim = ammp_case(cid, partner=REDPOINT, pm=REDPOINT_PM, customer=WINGTIP, contact=WINGTIP_IT,
                             consent=consent, submitted=submitted, invoice=("RCE-2026-0412.pdf", REDPOINT_INVOICE),
                             poe=REDPOINT_POE, workloads=["AZURE APP SERVICE", "AZURE DATABASE FOR MYSQL"],
                             production="2026-08-10")
    return Case(f"{cid}_Redpoint_WingtipToys_AMMP_Late", claim, files, "reject",
                "AMMP (Small): 'Partner has 120 days from date of receiving customer consent to submit proof of "
                f"execution'; consent {consent}, submitted {submitted.date()} = {days(consent, submitted)} days. The "
                f"claim "
                "expired ('Expired claims cannot be reactivated ... create a new claim'). The same invoice and POE "
                "file "
                "are also uploaded on the re-claim 4218002.",
                "Partner activities, AMMP (Small), submitted after the 120-day window; its invoice file is reused on "
                "4218002.",
                {"submission_window": "fail", "invoice": "pass", "reused_evidence": ["fail", "warn"]})


def redpoint_wingtip_reclaim() -> Case:
    cid = "4218002"
    consent, submitted = day(2026, 10, 9), at(2026, 11, 12, 18, 0)
    files, claim = ammp_case(cid, partner=REDPOINT, pm=REDPOINT_PM, customer=WINGTIP, contact=WINGTIP_IT,
                             consent=consent, submitted=submitted, invoice=("RCE-2026-0412.pdf", REDPOINT_INVOICE),
                             poe=REDPOINT_POE, workloads=["AZURE APP SERVICE", "AZURE DATABASE FOR MYSQL"],
                             production="2026-08-10")
    return Case(f"{cid}_Redpoint_WingtipToys_AMMP_ReclaimSameInvoice", claim, files, "action_required",
                "Seed 'Invoice Requirements': 'Each claim must have a separate, unique invoice' with the Engagement "
                "Claim "
                "ID. The invoice uploaded here is the file of the expired claim 4218001 and shows claim 4218001, not "
                f"{cid}. Fixable: upload a new invoice for this claim.",
                "Real reuse: the same invoice file on two claims (the expired claim and its re-claim by the same "
                "partner).",
                {"invoice": "fail", "reused_evidence": "fail", "submission_window": "pass"})


def pa_lighthouse_lakeshore_assessment_late() -> Case:
    cid = "4218003"
    eng_name = "Copilot Readiness Assessment"
    partner = Org("Lighthouse Advisory LLC", "lighthouseadvisory.com", "US", "Cleveland, OH", location_id="7501902",
                  short="Lighthouse")
    customer = Org("Lakeshore Outfitters Inc.", "lakeshoreoutfitters.com", "US", "Erie, PA", short="Lakeshore "
                                                                                                   "Outfitters")
    pm = Person("Megan Doyle", "mdoyle@lighthouseadvisory.com", "Modern Work Consultant")
    it = Person("Brian Kessler", "bkessler@lakeshoreoutfitters.com", "IT Manager")
    consent, submitted = day(2026, 8, 10), at(2026, 10, 22, 14, 0)
    inv = mci_invoice(partner=partner, contact=pm, phone="+1 216 555 0131", date=day(2026, 10, 20), claim_id=cid,
                      eng_name=eng_name, amount="$2,400.00 USD", number="LHA-0291", created=at(2026, 10, 20, 9, 0, EDT))
    cust, part = pa_surveys(cid, partner, eng_name, customer_sig=(it.name, customer.name, it.title),
                            partner_sig=(pm.name, partner.name, pm.title), done=at(2026, 10, 14, 15, 0),
                            facts=[("Assessment completed on", "2026-09-04")])
    report = pdf([f"<h1>Copilot Readiness Assessment — {escape(customer.name)}</h1>" + table([
        ("Partner", partner.name), ("Assessment dates", "August 24 – September 4, 2026")]),
        section("Findings", ["640 users; 95 SharePoint sites, 17 with org-wide sharing links.",
                             "No sensitivity labels; 2 HR libraries exposed to all staff."]),
        section("Recommendations", ["Fix the 17 sites before licensing; pilot 50 Copilot licences in Merchandising."])],
        "Readiness assessment", pm.name, at(2026, 9, 8, 10, 0, EDT))
    files = {"Invoice/LHA-0291.pdf": inv, "POE/Lakeshore_Copilot_Readiness_Report.pdf": report,
             "Surveys/customer.json": cust, "Surveys/partner.json": part}
    roles = {"Invoice/LHA-0291.pdf": "invoice", "Surveys/customer.json": "customer_attestation",
             "Surveys/partner.json": "partner_attestation"}
    claim = pa(cid, area="Modern Work", submitted=submitted, partner=partner, pm=pm, customer=customer, contact=it,
               workloads=["MICROSOFT 365 COPILOT"], files=files, roles=roles,
               eng=engagement(eng_name, "assessment", "variable", 2400.0), consent=consent)
    return Case(f"{cid}_Lighthouse_LakeshoreOutfitters_Assessment_Late", claim, files, "reject",
                "Seed 'Claim Expiration Timelines', Assessments: 'Not submitted claim expired — occurs 60 days after "
                f"Customer consent received'; consent {consent}, submitted {submitted.date()} = "
                f"{days(consent, submitted)} days. Expired claims cannot be reactivated.",
                "Partner activities, assessment (60-day window), variable payout with a correct $2,400 invoice, "
                "submitted late.",
                {"submission_window": "fail", "invoice": "pass", "reused_evidence": "pass"})


def pa_konkan_godavari_frontline_late() -> Case:
    cid = "4218004"
    eng_name = "Enable Frontline Workshop"
    partner = Org("Konkan Digital Pvt Ltd", "konkandigital.in", "IN", "Mumbai", location_id="7502011",
                  short="Konkan Digital")
    customer = Org("Godavari Cement Ltd", "godavaricement.in", "IN", "Nashik", short="Godavari Cement")
    pm = Person("Farah Shaikh", "farah.shaikh@konkandigital.in", "Modern Work Lead")
    hr = Person("Vikram Patil", "vikram.patil@godavaricement.in", "Head – Plant Operations")
    consent, submitted = day(2026, 6, 29), at(2026, 10, 12, 5, 30)
    inv = mci_invoice(partner=partner, contact=pm, phone="+91 22 5555 0177", date=day(2026, 10, 9), claim_id=cid,
                      eng_name=eng_name, amount="$1,000.00 USD", number="KD/MCI/2026/09",
                      created=at(2026, 10, 9, 11, 0, IST))
    cust, part = pa_surveys(cid, partner, eng_name, customer_sig=(hr.name, customer.name, hr.title),
                            partner_sig=(pm.name, partner.name, pm.title), done=at(2026, 10, 5, 9, 0),
                            facts=[("Workshop date", "2026-07-23"), ("Frontline participants", "26")])

    def build(document: DocxDocument) -> None:
        d_heading(document, "Enable Frontline Workshop — Findings and Recommendations", 15)
        d_table(document, None, [["Customer", customer.name], ["Partner", partner.name], ["Workshop", "23/07/2026, "
                                                                                                      "Nashik"]])
        d_bullets(document, ["2 plants, 1,400 shift workers without corporate identities; shift hand-over on paper.",
                             "Recommend Teams Shifts and Walkie Talkie for 3 shifts; F3 licences for 1,400 workers."])

    files = {"Invoice/KD-MCI-2026-09.pdf": inv, "Surveys/customer.json": cust, "Surveys/partner.json": part,
             "POE/Godavari_Frontline_Findings.docx": docx_bytes(build, title="Findings", author=pm.name,
                                                                created=at(2026, 7, 27, 10, 0, IST))}
    roles = {"Invoice/KD-MCI-2026-09.pdf": "invoice", "Surveys/customer.json": "customer_attestation",
             "Surveys/partner.json": "partner_attestation"}
    claim = pa(cid, area="Modern Work", submitted=submitted, partner=partner, pm=pm, customer=customer, contact=hr,
               workloads=["TEAMS FOR FRONTLINE WORKERS"], files=files, roles=roles,
               eng=engagement(eng_name, "standard"), consent=consent)
    return Case(f"{cid}_KonkanDigital_GodavariCement_Frontline_Late", claim, files, "reject",
                "Seed 'Claim Expiration Timelines', Standard timeline: the claim expires 90 days after customer "
                "consent "
                f"if not submitted; consent {consent}, submitted {submitted.date()} = {days(consent, submitted)} days. "
                "Expired claims cannot be reactivated.",
                "Partner activities, Enable Frontline Workshop (standard timeline), Indian partner, submitted late.",
                {"submission_window": "fail", "reused_evidence": "pass"})


# ==============================================================================================
# CPOR: acknowledgement or mere reply, automatic replies, threads
# ==============================================================================================
def doc(title: str, facts: Sequence[tuple[str, str]], *parts: tuple[str, str | list[str]], kicker: str = "",
        tail: str = "") -> list[str]:
    """A partner document: kicker line, title, facts table, sections, an optional signature block."""
    head = (f"<p class='small'>{escape(kicker)}</p>" if kicker else "") + f"<h1>{escape(title)}</h1>" + table(facts)
    return [head, *(section(h, body) for h, body in parts), *([tail] if tail else [])]


def sterling_wwi_mere_reply_autoreplies() -> Case:
    cid = "4216001"
    partner = Org("Sterling Bridge IT LLC", "sterlingbridgeit.com", "US", "Chicago, IL", location_id="7601018",
                  short="Sterling Bridge")
    customer = Org("Wide World Importers", "wideworldimporters.com", "US", "Chicago, IL", short="Wide World Importers")
    pm = Person("Priya Natarajan", "pnatarajan@sterlingbridgeit.com", "Project Manager")
    cio = Person("Greg Holloway", "greg.holloway@wideworldimporters.com", "Chief Information Officer")
    itm = Person("Carla Benson", "carla.benson@wideworldimporters.com", "IT Manager")
    hh = Person("Jens Albers", "jens.albers@wideworldimporters.com", "Leiter IT, Niederlassung Hamburg")
    report = pdf(doc("Exchange Online Migration — Closure Report", [
        ("Customer", customer.name), ("Partner", partner.name), ("Dates", "June 1 – September 11, 2026"),
        ("Mailboxes", "3,860 (Chicago 2,940, Hamburg 920)")],
        ("Delivered", ["Hybrid Exchange with Exchange 2016; 3,860 mailboxes moved in 16 batches.",
                       "Shared mailboxes (310) and 12 resource mailboxes; journaling to Purview.",
                       "MX and Autodiscover cut-over on August 29, 2026; Exchange 2016 decommissioned September 11."]),
        ("Customer sign-off", "Pending — closure report sent to the CIO on September 21, 2026.")),
        "Closure report", pm.name, at(2026, 9, 21, 10, 0, CDT))
    ask = Mail(pm, (cio,), at(2026, 9, 21, 14, 3, CDT), "Exchange Online migration – closure report",
               "Hi Greg,\n\nAttached is the closure report for the Exchange Online migration (3,860 mailboxes, "
               "cut-over on "
               "August 29). Could you review it and confirm Wide World Importers' acceptance?\n\nThank you,\nPriya\n",
               cc=(itm, hh))
    thanks = Mail(cio, (pm,), at(2026, 9, 21, 16, 40, CDT), "RE: Exchange Online migration – closure report", reply(
        "Thanks Priya – received. I'll review it with the team next week and get back to you.\n\nGreg", ask))
    ooo_en = Mail(itm, (pm,), at(2026, 9, 21, 14, 3, CDT), "Automatic reply: Exchange Online migration – closure "
                                                           "report",
                  "I am out of the office until Monday, October 5 with limited access to e-mail. For urgent matters "
                  "please contact servicedesk@wideworldimporters.com.\n\nCarla Benson\n", auto_reply=True)
    ooo_de = Mail(hh, (pm,), at(2026, 9, 21, 21, 3, CEST),
                  "Automatische Antwort: Exchange Online migration – closure report",
                  "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 2. Oktober 2026 nicht im Büro und habe "
                  "nur "
                  "eingeschränkten Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
                  "it-hamburg@wideworldimporters.com.\n\nMit freundlichen Grüßen\nJens Albers\n", auto_reply=True)
    files = {"POE/WWI_EXO_Closure_Report.pdf": report,
             "POE/Customer emails/RE_ Exchange Online migration – closure report.msg": msg_bytes(thanks),
             "POE/Customer emails/Automatic reply_ Exchange Online migration – closure report.msg": msg_bytes(ooo_en),
             "POE/Customer emails/Automatische Antwort_ Exchange Online migration – closure report.eml":
                 eml_bytes(ooo_de)}
    claim = cpor(cid, area="Modern Work", submitted=at(2026, 10, 19, 15, 45), partner=partner, pm=pm, customer=customer,
                 contact=cio, workloads=["EXCHANGE ONLINE"], files=files)
    return Case(f"{cid}_SterlingBridge_WWI_EXO_ReplyAndAutoReplies", claim, files, "action_required",
                R_VALID + "item 1 needs the customer to acknowledge the work; the seed rejects 'E-mail from the "
                          "partner "
                "where the customer does not accept or approve Partner's claimed or proposed work'. The CIO only says "
                "'received … I'll review it … and get back to you'; the other two are out-of-office auto-replies "
                "(English, and German with Auto-Submitted: auto-replied). The report's sign-off is 'Pending'.",
                "A detailed but unsigned report with three customer e-mails that are not acknowledgements: a 'thanks, "
                "received, will review' reply (.msg with Received chain) and automatic replies in English (.msg, OOF "
                "message class) and German (.eml). Zip with one top-level folder.",
                {"customer_acknowledgement": "fail", "reused_evidence": "pass", "activity_detail": "pass"},
                container="zip-folder")


def granite_trey_po_later() -> Case:
    cid = "4216002"
    partner = Org("Granite Harbor Security", "graniteharborsec.com", "US", "Boston, MA", location_id="7601122",
                  short="Granite Harbor")
    customer = Org("Trey Research Inc.", "treyresearch.net", "US", "San Diego, CA", short="Trey Research")
    pm = Person("Marcus Bell", "mbell@graniteharborsec.com", "Identity Security Lead")
    ciso = Person("Anita Rao", "anita.rao@treyresearch.net", "CISO")
    buyer = Person("Kim Nguyen", "kim.nguyen@treyresearch.net", "Procurement Manager")
    summary = Mail(pm, (ciso,), at(2026, 9, 7, 17, 20, EDT), "MDI deployment – completion",
                   "Hi Anita,\n\nThe Defender for Identity deployment is complete:\n- sensors on all 18 domain "
                   "controllers, "
                   "the 2 AD FS servers and the AD CS server\n- 6 honeytoken accounts and entity tags for 72 sensitive "
                   "accounts\n- the 14 lateral movement paths and 29 accounts with weak Kerberos settings "
                   "remediated\n- "
                   "MDI alerts flowing into Defender XDR incidents for your SOC\n\nCould you confirm acceptance?\n\n"
                   "Marcus\n")
    accept = Mail(ciso, (pm,), at(2026, 9, 8, 9, 15, PDT), "RE: MDI deployment – completion", reply(
        "Marcus,\n\nI confirm that Granite Harbor completed the Defender for Identity deployment for Trey Research as "
        "listed below, including the remediation of the 14 lateral movement paths. We accept the deployment.\n\nAnita "
        "Rao"
        "\nCISO, Trey Research", summary))
    po = Mail(buyer, (pm,), at(2026, 9, 29, 11, 2, PDT), "RE: MDI deployment – completion", reply(
        "Hi Marcus,\n\nPO 4500098812 for the additional 150 Microsoft 365 E5 Security licences has been approved. "
        "Please "
        "send the licence invoice to ap@treyresearch.net quoting the PO number.\n\nThanks,\nKim Nguyen\nProcurement "
        "Manager", accept), cc=(ciso,))
    report = pdf(doc("Microsoft Defender for Identity — Deployment Summary", [
        ("Customer", customer.name), ("Partner", partner.name), ("Dates", "July 6 – September 4, 2026")],
        ("Environment", "Single forest, 3 domains, 18 domain controllers in 4 sites; 2 AD FS and 1 AD CS server."),
        ("Work", ["Sensors v3 on all 21 servers; gMSA directory service account; firewall rules for sensor traffic.",
                  "Honeytokens (6), sensitive-account tags (72), action accounts for automatic disable.",
                  "Remediation of 14 lateral movement paths, 29 weak-Kerberos accounts, 3 unconstrained "
                  "delegations."])),
        "MDI summary", pm.name, at(2026, 9, 7, 16, 0, EDT))
    files = {"POE/TreyResearch_MDI_Deployment_Summary.pdf": report,
             "POE/RE_ MDI deployment – completion.msg": msg_bytes(po)}
    claim = cpor(cid, area="Security", submitted=at(2026, 10, 20, 13, 10), partner=partner, pm=pm, customer=customer,
                 contact=ciso, workloads=["MICROSOFT DEFENDER FOR IDENTITY"], files=files)
    return Case(f"{cid}_GraniteHarbor_TreyResearch_MDI_AcceptanceThenPO", claim, files, "approve",
                R_VALID + "the thread holds the CISO's acceptance of 2026-09-08 ('We accept the deployment', from "
                "treyresearch.net) of specific MDI work. The newest message, from Trey's procurement about a licence "
                "PO, "
                "does not make the thread a 'customer e-mail concerning licensing purchases': the acceptance of the "
                "work "
                "stands. Detailed activities, dates within 12 months.",
                "A .msg whose newest message is a purchase-order note, with the customer's acceptance quoted below it.",
                {"customer_domain": "pass", "unacceptable_documents": "pass"})


def andes_cafetera_spanish_autoreply() -> Case:
    cid = "4216003"
    partner = Org("Andes Ciberseguridad S.A.S.", "andesciber.co", "CO", "Medellín", location_id="7601245",
                  short="Andes Ciberseguridad")
    customer = Org("Cafetera del Valle S.A.", "cafeteradelvalle.com.co", "CO", "Cali", short="Cafetera del Valle")
    pm = Person("Valentina Gómez", "vgomez@andesciber.co", "Gerente de Proyectos")
    cio = Person("Andrés Restrepo", "arestrepo@cafeteradelvalle.com.co", "Chief Information Officer")
    coord = Person("Luisa Ramírez", "lramirez@cafeteradelvalle.com.co", "Coordinadora de TI")
    env = envelope_id(cid, "cafetera")
    cert = pdf(doc("Acceptance Certificate — Microsoft Defender for Endpoint", [
        ("Customer", customer.name), ("Partner", partner.name), ("Period", "July 13 – September 25, 2026")],
        ("Services accepted", ["Onboarding of 1,150 Windows laptops and 64 servers at the Cali roastery, 3 warehouses "
                               "and 22 stores.", "EDR in block mode, tamper protection, 10 ASR rules enforced.",
                               "Device groups per site; automated investigation; monthly vulnerability review."]),
        tail=docusign_block(cio, customer.name, "9/30/2026", env)), "Acceptance certificate", pm.name,
        at(2026, 9, 29, 10, 0, COT), docusign_stamp(env))
    ooo = Mail(coord, (pm,), at(2026, 9, 29, 10, 5, COT),
               "Respuesta automática: Certificado de aceptación – Defender for Endpoint",
               "Gracias por su mensaje. Estaré fuera de la oficina hasta el 13 de octubre. Para asuntos urgentes "
               "escriba a "
               "soporte@cafeteradelvalle.com.co.\n\nLuisa Ramírez\n", auto_reply=True, transport="google")
    files = {"POE/Certificado_Aceptacion_MDE_firmado.pdf": cert,
             "POE/Respuesta automática_ Certificado de aceptación.eml": eml_bytes(ooo)}
    claim = cpor(cid, area="Security", submitted=at(2026, 10, 28, 20, 0), partner=partner, pm=pm, customer=customer,
                 contact=cio, workloads=["MICROSOFT DEFENDER ENDPOINT"], files=files)
    return Case(f"{cid}_AndesCiber_CafeteraDelValle_MDE_SpanishAutoReply", claim, files, "approve",
                R_VALID + "the English acceptance certificate is DocuSigned by the customer's CIO (9/30/2026), names, "
                "1,150 laptops and 64 servers, dates. The Spanish out-of-office reply counts for nothing, and takes "
                "nothing away.",
                "Colombian customer; English DocuSign certificate plus a Spanish automatic reply .eml (Gmail headers, "
                "Auto-Submitted) uploaded as noise.",
                {"customer_domain": ["pass", "not_applicable"], "document_language": ["pass", "warn"]})


# ==============================================================================================
# CPOR: scope, empty acknowledgement blocks, documents that never count, language
# ==============================================================================================
def keystone_tailspin_deferred_phase2() -> Case:
    cid = "4216004"
    partner = Org("Keystone Endpoint Partners", "keystoneendpoint.com", "US", "Harrisburg, PA", location_id="7601390",
                  short="Keystone")
    customer = Org("Tailspin Toys", "tailspintoys.com", "US", "Allentown, PA")
    pm = Person("Derek Moss", "dmoss@keystoneendpoint.com", "Engagement Manager")
    it = Person("Ana Souza", "asouza@tailspintoys.com", "Director of IT")
    slides = [
        "<h1>Tailspin Toys — Modern Endpoint</h1><p>Phase 1 close-out</p><p class='small'>Keystone Endpoint Partners · "
        "September 2026</p>", PAGE_BREAK,
        "<h2>Phase 1 delivered: Microsoft Intune</h2>" + ul([
            "1,100 Windows 11 devices enrolled (Autopilot + co-management retired)", "Compliance + Conditional Access",
            "Update rings and driver updates for 4 hardware models", "240 iPhones via Apple Business Manager"]),
        PAGE_BREAK,
        "<h2>Out of scope for Phase 1</h2>" + ul([
            "Microsoft Defender for Endpoint onboarding — deferred to Phase 2 (target Q1 2027, after the current EDR "
            "contract ends in February 2027)", "Server management"]),
        PAGE_BREAK, "<h2>Timeline</h2>" + grid(["Phase", "Dates"], [
            ["Phase 1 – Intune", "May 4 – August 28, 2026"], ["Phase 2 – Defender for Endpoint", "Planned Q1 2027"]])]
    deck = html_pdf(slides, PdfMeta("Tailspin Phase 1 close-out", pm.name, at(2026, 9, 10, 9, 0, EDT),
                                    creator="Microsoft® PowerPoint® for Microsoft 365",
                                    producer="Microsoft® PowerPoint® for Microsoft 365"),
                    css=SLIDE_CSS, paper="letter-l", margins=(60, 50, 60, 50))
    ask = Mail(pm, (it,), at(2026, 9, 10, 15, 0, EDT), "Phase 1 close-out", "Hi Ana,\n\nPlease confirm acceptance of "
               "Phase 1 per the attached deck.\n\nDerek\n")
    ack = Mail(it, (pm,), at(2026, 9, 11, 8, 44, EDT), "RE: Phase 1 close-out", reply(
        "Derek,\n\nWe accept Phase 1 (Intune) as complete — 1,100 devices and the iPhones are enrolled and compliant. "
        "Defender for Endpoint will be scheduled as Phase 2 once our current EDR contract ends in February.\n\nAna",
        ask))
    files = {"POE/Tailspin_Phase1_Closeout.pdf": deck, "POE/RE_ Phase 1 close-out.msg": msg_bytes(ack)}
    claim = cpor(cid, area="Security", submitted=at(2026, 10, 26, 14, 0), partner=partner, pm=pm, customer=customer,
                 contact=it, workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"], files=files)
    return Case(f"{cid}_Keystone_Tailspin_Intune_MDE_DeferredPhase2", claim, files, "action_required",
                R_VALID + "item 4 'Connection between workloads mentioned in the POE and what is being claimed'. "
                "MICROSOFT DEFENDER ENDPOINT is claimed, but the deck lists it as 'Out of scope for Phase 1 — deferred "
                "to "
                "Phase 2' and the customer's e-mail says it will be scheduled later: no activity is evidenced. Intune "
                "is "
                "accepted and detailed. Remove MDE or provide its POE.",
                "Slide deck (PDF) naming a claimed workload as out of scope / deferred to phase 2; customer .msg "
                "accepting only the other workload.",
                {"workload_match": "fail", "customer_acknowledgement": "pass", "reused_evidence": "pass"})


def blueharbor_lucerne_empty_signoff() -> Case:
    cid = "4216005"
    partner = Org("Blue Harbor Technologies", "blueharbortech.com", "US", "Baltimore, MD", location_id="7601455",
                  short="Blue Harbor")
    customer = Org("Lucerne Publishing", "lucernepublishing.com", "US", "New York, NY")
    pm = Person("Nicole Brandt", "nbrandt@blueharbortech.com", "Project Manager")
    cdo = Person("Victor Lang", "vlang@lucernepublishing.com", "Chief Digital Officer")

    def build(document: DocxDocument) -> None:
        d_heading(document, "Blue Harbor Technologies", 10, (0x1B, 0x5E, 0x9E))
        d_heading(document, "Final Status Report — SharePoint Online Intranet and Migration", 15)
        d_table(document, ["Item", "Status"], [["Overall", "GREEN — complete"], ["Customer", "Lucerne Publishing"],
                                               ["Partner", partner.name], ["Reporting period", "Week ending "
                                                                                               "09/11/2026"]])
        d_heading(document, "Milestones")
        d_table(document, ["Milestone", "Date", "Status"], [
            ["Information architecture (14 hub sites)", "06/26/2026", "Done"],
            ["Migration wave 1 – Editorial (1.1 TB)", "07/24/2026", "Done"],
            ["Migration wave 2 – Rights & Finance (0.8 TB)", "08/21/2026", "Done"],
            ["Intranet home and news launch for 1,350 staff", "09/02/2026", "Done"]])
        document.add_paragraph("The steering committee reviewed the deliverables and approved the closure of the "
                               "project on 16 September 2026.")
        d_heading(document, "Customer sign-off")
        d_table(document, None, [["Customer signature", ""], ["Name", ""], ["Title", ""], ["Date", ""]])

    files = {"POE/Lucerne_SPO_Final_Status_Report.docx":
             docx_bytes(build, title="Final Status Report", author=pm.name, created=at(2026, 9, 18, 10, 0, EDT))}
    claim = cpor(cid, area="Modern Work", submitted=at(2026, 10, 7, 17, 30), partner=partner, pm=pm, customer=customer,
                 contact=cdo, workloads=["SHAREPOINT ONLINE"], files=files)
    return Case(f"{cid}_BlueHarbor_Lucerne_SPO_EmptySignoff", claim, files, "action_required",
                "Seed, not accepted: 'Documents without customer acknowledgment'. The report's Customer signature / "
                "Name / Title / Date block is empty; 'the steering committee … approved the closure' is the partner's "
                "own sentence, not the customer's acknowledgement. Ask for the signed report or the customer's e-mail.",
                "Word status report (RAG table, milestones) with an empty customer sign-off block and 'approved' only "
                "in "
                "partner prose.",
                {"customer_acknowledgement": "fail", "workload_match": "pass", "reused_evidence": "pass"})


def cloudmarket_humongous_order_form() -> Case:
    cid = "4216006"
    partner = Org("Cloudmarket Solutions LLC", "cloudmarketsolutions.com", "US", "Hartford, CT", location_id="7601533",
                  short="Cloudmarket")
    customer = Org("Humongous Insurance", "humongousinsurance.com", "US", "Hartford, CT")
    pm = Person("Jason Reilly", "jreilly@cloudmarketsolutions.com", "Account Executive")
    cfo = Person("Patricia Lowe", "plowe@humongousinsurance.com", "VP Finance")
    env = envelope_id(cid, "order")
    order = pdf([
        "<h1>Order Form</h1><p>Microsoft Cloud Solution Provider — Order No. CMS-ORD-26-4471</p>" + table([
            ("Customer", customer.name), ("Reseller", partner.name), ("Order date", "August 3, 2026"),
            ("Term", "12 months, annual commitment, billed monthly")]),
        grid(["Product", "Qty", "Unit price / month", "Monthly total"], [
            ["Microsoft 365 E5 Security", "900", "$12.00", "$10,800.00"],
            ["Microsoft Defender for Endpoint P2 (servers via Defender for Cloud)", "60", "$15.00", "$900.00"]]),
        "<p>Customer agrees to the Microsoft Customer Agreement and to the reseller's terms of sale. Prices exclude "
        "taxes.</p>", docusign_block(cfo, customer.name, "8/4/2026", env, heading="Accepted by Customer")],
        "Order Form", pm.name, at(2026, 8, 3, 10, 0, EDT), docusign_stamp(env))
    quote_pdf = pdf([
        "<h1>Quotation Q-2026-1182</h1>" + table([("Prepared for", customer.name), ("Date", "August 5, 2026"),
                                                  ("Valid until", "September 4, 2026")]),
        grid(["Service", "Days", "Rate", "Amount"], [["Defender for Endpoint deployment services", "12", "$1,650",
                                                     "$19,800.00"],
                                                    ["Project management", "3", "$1,400", "$4,200.00"]]),
        "<p><b>Total: $24,000.00</b> (excl. tax). Acceptance by purchase order.</p>"],
        "Quotation", pm.name, at(2026, 8, 5, 11, 0, EDT))
    files = {"POE/POE_final.pdf": order, "POE/POE_2.pdf": quote_pdf}
    claim = cpor(cid, area="Security", submitted=at(2026, 10, 30, 19, 15), partner=partner, pm=pm, customer=customer,
                 contact=cfo, workloads=["MICROSOFT DEFENDER ENDPOINT"], files=files)
    return Case(f"{cid}_Cloudmarket_Humongous_MDE_OrderFormQuote", claim, files, "action_required",
                "Seed 'These documents will not be accepted as proof of execution': 'A transactional contract for the "
                "licensing sale of Microsoft products' and 'Pricing quotes'. POE_final.pdf is a customer-signed CSP "
                "licence order form and POE_2.pdf a services quotation; neither shows activities performed, and the "
                "customer's signature accepts a purchase, not work. Ask for real POE.",
                "Neutrally named files whose content is a DocuSigned licence order form and a pricing quote.",
                {"unacceptable_documents": "fail", "activity_detail": ["fail", "warn"], "reused_evidence": "pass"})


def rheinblick_falkenstein_german_only() -> Case:
    cid = "4216007"
    partner = Org("Rheinblick IT GmbH", "rheinblick-it.de", "DE", "Köln", location_id="7601608", short="Rheinblick IT")
    customer = Org("Brauerei Falkenstein GmbH", "brauerei-falkenstein.de", "DE", "Bamberg", short="Brauerei "
                                                                                                  "Falkenstein")
    pm = Person("Katrin Vogel", "k.vogel@rheinblick-it.de", "Projektleiterin")
    gf = Person("Stefan Huber", "s.huber@brauerei-falkenstein.de", "Leiter IT")
    paper = pdf([
        "<h1>Abnahmeprotokoll</h1><h2>Einführung Microsoft Intune</h2>" + table([
            ("Auftraggeber", customer.name), ("Auftragnehmer", partner.name), ("Leistungszeitraum", "04.05.2026 – "
                                                                                                    "31.07.2026"),
            ("Bestellnummer", "BF-4711-2026")]),
        section("Erbrachte Leistungen", [
            "Registrierung von 380 Windows-11-Geräten über Windows Autopilot in der Brauerei und den 4 "
            "Verkaufsstellen.",
            "Compliance-Richtlinien (BitLocker, Defender Antivirus) und bedingter Zugriff für Exchange Online.",
            "Verwaltung von 95 Android-Scannern im Lager als dedizierte Geräte.", "Schulung von 3 IT-Mitarbeitern."]),
        "<h2>Abnahme</h2><p>Der Auftraggeber bestätigt, dass die oben genannten Leistungen vollständig erbracht "
        "wurden, "
        "und erklärt hiermit die Abnahme.</p>" + sign_table([("Unterschrift", ""), ("Name", gf.name),
                                                           ("Funktion", gf.title), ("Ort, Datum", "Bamberg, "
                                                                                                  "06.08.2026")],
                                                          label="Unterschrift")],
        "Abnahmeprotokoll", pm.name, at(2026, 8, 5, 9, 0, CEST), sign_below("Unterschrift", "stefan-huber", dx=175),
        paper="a4")
    files = {"POE/POE_Falkenstein_Intune.pdf": searchable_scan(paper, at(2026, 8, 6, 14, 0, CEST))}
    claim = cpor(cid, area="Security", submitted=at(2026, 11, 5, 8, 20), partner=partner, pm=pm, customer=customer,
                 contact=gf, workloads=["INTUNE"], files=files)
    return Case(f"{cid}_Rheinblick_Falkenstein_Intune_GermanOnly", claim, files, "action_required",
                "Seed (Action required example): 'the POE review process does not support documentation review in "
                "languages other than English … Upload English language version of documentation'. The only POE is a "
                "German-only Abnahmeprotokoll (signed in ink, scanned). Fixable with an English version.",
                "German-only acceptance protocol, wet-signed and scanned with a text layer; dates DD.MM.YYYY.",
                {"document_language": "fail", "reused_evidence": "pass"})


def rheinwerk_kessler_bilingual_de() -> Case:
    cid = "4216008"
    partner = Org("Rheinwerk Cloud GmbH", "rheinwerk-cloud.de", "DE", "Düsseldorf", location_id="7601671",
                  short="Rheinwerk Cloud")
    customer = Org("Kessler Maschinenbau GmbH", "kessler-maschinenbau.de", "DE", "Heilbronn", short="Kessler")
    pm = Person("Jonas Weber", "j.weber@rheinwerk-cloud.de", "Senior Consultant")
    ciso = Person("Dr. Ulrike Kessler", "u.kessler@kessler-maschinenbau.de", "CISO")
    pairs = [("Auftraggeber / Customer", customer.name), ("Auftragnehmer / Partner", partner.name),
             ("Leistungszeitraum / Period", "01.06.2026 – 11.09.2026")]
    both = [("Sensitivity Labels: 5 Vertraulichkeitsstufen für 1.700 Mitarbeitende veröffentlicht.",
             "Sensitivity labels: 5 confidentiality labels published to 1,700 employees."),
            ("Automatische Klassifizierung von Konstruktionszeichnungen (CAD) in 12 SharePoint-Sites.",
             "Auto-labelling of design drawings (CAD) in 12 SharePoint sites."),
            ("Verschlüsselung für 'Streng vertraulich' inkl. Freigabe an 40 Zulieferer.",
             "Encryption for 'Highly confidential' including sharing with 40 suppliers."),
            ("Schulung von 25 Key-Usern.", "Training of 25 key users.")]
    body = "".join(f"<tr><td>{escape(de)}</td><td>{escape(en)}</td></tr>" for de, en in both)
    paper = pdf([
        "<h1>Abnahmeerklärung / Acceptance Certificate</h1><h2>Microsoft Purview Information Protection</h2>"
        + table(pairs),
        f"<table><tr><th>Leistungen (Deutsch)</th><th>Services (English)</th></tr>{body}</table>",
        "<table><tr><td>Der Auftraggeber bestätigt die vollständige Erbringung der Leistungen und erklärt die Abnahme."
        "</td><td>The customer confirms that the services were delivered in full and accepts them.</td></tr></table>",
        sign_table([("Unterschrift / Signature", ""), ("Name", ciso.name), ("Funktion / Title", ciso.title),
                    ("Datum / Date", "18.09.2026")], label="Unterschrift / Signature")],
        "Abnahmeerklärung", pm.name, at(2026, 9, 17, 9, 0, CEST), sign_below("Unterschrift / Signature", "u-kessler",
                                                                             dx=175), paper="a4")
    files = {"POE/Kessler_MIP_Abnahme_Acceptance.pdf": searchable_scan(paper, at(2026, 9, 18, 15, 0, CEST))}
    claim = cpor(cid, area="Security", submitted=at(2026, 10, 16, 7, 30), partner=partner, pm=pm, customer=customer,
                 contact=ciso, workloads=["MICROSOFT INFORMATION PROTECTION"], files=files)
    return Case(f"{cid}_Rheinwerk_Kessler_MIP_BilingualDE", claim, files, "approve",
                R_VALID + "a physically signed acceptance (item 1) whose full text is given in English beside the "
                          "German, "
                "so the English-only review rule is met; names, detailed MIP work for 1,700 employees, dated "
                "18.09.2026 "
                "(within 12 months of 2026-10-16).",
                "Bilingual German/English acceptance certificate side by side, wet-signed and scanned with a text "
                "layer.",
                {"customer_acknowledgement": SCAN_ACK, "document_language": "pass"})


def lumiere_lavande_bilingual_fr() -> Case:
    cid = "4216009"
    partner = Org("Lumière Numérique SAS", "lumiere-numerique.fr", "FR", "Lyon", location_id="7601744",
                  short="Lumière Numérique")
    customer = Org("Groupe Lavande SA", "groupe-lavande.fr", "FR", "Grasse", short="Groupe Lavande")
    pm = Person("Camille Fournier", "camille.fournier@lumiere-numerique.fr", "Cheffe de projet")
    dsi = Person("Philippe Marchand", "philippe.marchand@groupe-lavande.fr", "Directeur des systèmes d'information")
    asst = Person("Sandrine Roux", "sandrine.roux@groupe-lavande.fr", "Assistante DSI")
    env = envelope_id(cid, "lavande")
    both = [("Installation de 26 salles Microsoft Teams Rooms (Grasse 18, Paris 8).",
             "Installation of 26 Microsoft Teams Rooms (Grasse 18, Paris 8)."),
            ("Comptes de ressources, listes de salles et enrôlement dans Teams Rooms Pro Management.",
             "Resource accounts, room lists and enrolment in Teams Rooms Pro Management."),
            ("Formation de 30 assistantes et de l'équipe support.", "Training of 30 assistants and the support team.")]
    body = "".join(f"<tr><td>{escape(fr)}</td><td>{escape(en)}</td></tr>" for fr, en in both)
    pv = pdf([
        "<h1>Procès-verbal de réception / Acceptance Report</h1>" + table([
            ("Client / Customer", customer.name), ("Prestataire / Partner", partner.name),
            ("Période / Period", "15/09/2025 – 28/10/2025")]),
        f"<table><tr><th>Prestations (français)</th><th>Services (English)</th></tr>{body}</table>",
        "<table><tr><td>Le client prononce la réception des prestations sans réserve.</td><td>The customer accepts the "
        "services without reservation.</td></tr></table>",
        docusign_block(dsi, customer.name, "02/11/2025", env, heading="Signature du client / Customer signature")],
        "PV de réception", pm.name, at(2025, 10, 30, 10, 0, CET), docusign_stamp(env), paper="a4")
    ooo = Mail(asst, (pm,), at(2025, 10, 30, 10, 2, CET), "Réponse automatique : PV de réception Teams Rooms",
               "Bonjour,\n\nJe suis absente jusqu'au 3 novembre inclus. Pour toute urgence, merci de contacter "
               "support@groupe-lavande.fr.\n\nCordialement,\nSandrine Roux\n", auto_reply=True)
    files = {"POE/PV_reception_TeamsRooms_signe.pdf": pv,
             "POE/Réponse automatique _ PV de réception.eml": eml_bytes(ooo)}
    claim = cpor(cid, area="Modern Work", submitted=at(2026, 10, 29, 9, 0), partner=partner, pm=pm, customer=customer,
                 contact=dsi, workloads=["TEAMS ROOMS"], files=files)
    return Case(f"{cid}_LumiereNumerique_GroupeLavande_TeamsRooms_BilingualFR", claim, files, "approve",
                R_VALID + "bilingual French/English PV DocuSigned by the customer's CIO on 02/11/2025 — French dates "
                "are day-first (the period '15/09/2025 – 28/10/2025' shows it), so 2 November 2025, 361 days before "
                "submission (2026-10-29): within 12 months (read month-first, 11 February 2025, it would be too old). "
                "The French out-of-office reply is noise.",
                "French customer: bilingual acceptance report with a DocuSign block, a day-first date close to the "
                "12-month limit, and a French automatic reply .eml.",
                {"acknowledgement_date": "pass", "document_language": ["pass", "warn"]})


# ==============================================================================================
# CPOR: hard scans and photos of signed paper
# ==============================================================================================
def pacificcrest_coho_photo180() -> Case:
    cid = "4216010"
    partner = Org("Pacific Crest IT Inc.", "pacificcrestit.com", "US", "Santa Rosa, CA", location_id="7601802",
                  short="Pacific Crest")
    customer = Org("Coho Winery", "cohowinery.com", "US", "Napa, CA")
    pm = Person("Luis Navarro", "lnavarro@pacificcrestit.com", "Systems Engineer")
    gm = Person("Rachel Kim", "rkim@cohowinery.com", "Operations Director")

    def build(document: DocxDocument) -> None:
        d_heading(document, "Pacific Crest IT — Delivery Report", 16, (0x0B, 0x4F, 0x6C))
        d_table(document, None, [["Customer", "Coho Winery"], ["Partner", partner.name], ["Project", "Intune roll-out"],
                                 ["Dates", "July 6 – September 18, 2026"]])
        d_heading(document, "What we did")
        d_bullets(document, ["Enrolled 140 Windows laptops (winery office, tasting rooms, Napa and Sonoma) with "
                             "Autopilot.",
                             "60 shared iPads for the tasting rooms and cellar in Shared iPad mode via Apple Business "
                             "Manager; the point-of-sale and cellar-log apps pushed as required apps.",
                             "Compliance policies and Conditional Access; BitLocker and FileVault keys escrowed.",
                             "Two admin sessions for the office manager and the harvest IT contractor."])
        document.add_paragraph("Customer acceptance: signed paper form, photo attached (IMG_4471.jpg).")

    form = pdf(["<h1>Customer Acceptance</h1>" + table([("Customer", "Coho Winery"), ("Partner", partner.name),
                                                          ("Work", "Microsoft Intune roll-out: 140 laptops, 60 "
                                                                   "iPads")]),
                "<p>Coho Winery accepts the Intune roll-out delivered by Pacific Crest IT as complete.</p>",
                sign_table([("Signature", ""), ("Name", gm.name), ("Title", gm.title), ("Date", "9/24/2026")])],
               "Acceptance", pm.name, at(2026, 9, 22, 10, 0, PDT), sign_below("Signature", "rachel-kim", dx=175))
    files = {"POE/Coho_Intune_Delivery_Report.docx": docx_bytes(build, title="Delivery Report", author=pm.name,
                                                               created=at(2026, 9, 21, 16, 0, PDT)),
             "POE/IMG_4471.jpg": phone_photo(form, f"{cid}-photo", turn=180)}
    claim = cpor(cid, area="Security", submitted=at(2026, 10, 30, 23, 10), partner=partner, pm=pm, customer=customer,
                 contact=gm, workloads=["INTUNE"], files=files)
    return Case(f"{cid}_PacificCrest_CohoWinery_Intune_Photo180", claim, files, "approve",
                R_VALID + "item 1 accepts 'Physically signed paper documents in image files': the JPEG is a phone "
                          "photo "
                "(upside down, ~100 dpi, perspective, shadow) of the acceptance form signed in ink by Coho's "
                "Operations "
                "Director on 9/24/2026; the Word report details 140 laptops and 60 iPads with dates.",
                "Word delivery report plus a phone photo of the signed acceptance form, rotated 180°.",
                {"customer_acknowledgement": SCAN_ACK, "acknowledgement_date": ["pass", "warn"]})


def silverline_adventureworks_scan270() -> Case:
    cid = "4216011"
    partner = Org("Silverline Networks LLC", "silverlinenet.com", "US", "Bellevue, WA", location_id="7601877",
                  short="Silverline")
    customer = Org("Adventure Works Cycles", "adventure-works.com", "US", "Bothell, WA", short="Adventure Works")
    pm = Person("Henry Vo", "hvo@silverlinenet.com", "Identity Engineer")
    ciso = Person("Monica Reyes", "monica.reyes@adventure-works.com", "CISO")
    paper = pdf([
        *doc("Identity Governance — Completion Report", [("Customer", "Adventure Works Cycles"),
                                                          ("Partner", partner.name),
                                                          ("Dates", "June 1 – September 11, 2026")],
             ("Microsoft Entra ID P2 work", [
                 "Privileged Identity Management for 34 roles and 9 Azure subscriptions; approval for Global Admin.",
                 "Risk-based Conditional Access (user and sign-in risk) for 3,200 users with SSPR remediation.",
                 "Access reviews: quarterly for 210 groups and 460 guests; entitlement management for 5 dealer "
                 "portals."])),
        PAGE_BREAK,
        "<h1>Customer acceptance</h1><p>Adventure Works Cycles confirms the Entra ID P2 work in this report was "
        "delivered and accepts it.</p>" + sign_table([("Signature", ""), ("Name", ciso.name), ("Title", ciso.title),
                                                      ("Date", "September 17, 2026")])],
        "Completion report", pm.name, at(2026, 9, 15, 10, 0, PDT), sign_below("Signature", "monica-reyes", dx=175))
    scan = image_pdf(paper_scan(paper, cid, dpi=100, turn=(0, 270)),
                     PdfMeta("Scan", "", at(2026, 9, 17, 16, 44, PDT), creator="Canon iR-ADV C5860",
                             producer="Canon iR-ADV C5860"))
    files = {"POE/SKM_C5860_26091716440.pdf": scan}
    claim = cpor(cid, area="Security", submitted=at(2026, 10, 13, 17, 0), partner=partner, pm=pm, customer=customer,
                 contact=ciso, workloads=["AZURE ACTIVE DIRECTORY PREMIUM 2"], files=files)
    return Case(f"{cid}_Silverline_AdventureWorks_EntraP2_Scan270", claim, files, "approve",
                R_VALID + "physically signed paper scanned to PDF (item 1): two pages at 100 dpi without a text layer, "
                "the signature page fed sideways (rotated 270°); the CISO's ink signature dated September 17, 2026; "
                "P2 work detailed (34 roles, 3,200 users, access reviews). Azure AD Premium P2 = Entra ID P2.",
                "Image-only two-page scan, second page rotated 270°, no OCR layer.",
                {"customer_acknowledgement": SCAN_ACK, "partner_customer_names": ["pass", "warn"],
                 "activity_detail": ["pass", "warn"], "workload_match": ["pass", "warn"],
                 "acknowledgement_date": ["pass", "warn"], "document_language": ["pass", "warn"]})


def ironbridge_consolidated_d365_golive() -> Case:
    cid = "4216012"
    partner = Org("Ironbridge Dynamics LLC", "ironbridgedyn.com", "US", "Pittsburgh, PA", location_id="7601932",
                  short="Ironbridge")
    customer = Org("Consolidated Messenger", "consolidatedmessenger.com", "US", "Columbus, OH")
    pm = Person("Amy Larson", "alarson@ironbridgedyn.com", "Dynamics Project Manager")
    vp = Person("Ravi Subramanian", "ravi.subramanian@consolidatedmessenger.com", "VP Sales Operations")
    sub = guid("subscription", cid, "sales")
    cert = pdf(doc("Go-Live Certificate — Dynamics 365 Sales", [
        ("Customer", customer.name), ("Partner", partner.name), ("Subscription", sub), ("Go-live", "August 17, 2026")],
        ("Delivered", ["Lead-to-opportunity process for 210 sellers in 4 regions; 3 business process flows.",
                       "Migration of 48,000 accounts and 112,000 contacts from Salesforce; Outlook and Teams "
                       "integration.",
                       "Sales forecasting and 6 Power BI dashboards for 18 sales managers."]),
        tail="<p>Consolidated Messenger confirms go-live and accepts the implementation.</p>" + sign_table(
            [("Signature", ""), ("Name", vp.name), ("Title", vp.title), ("Date", "August 24, 2026")])),
        "Go-live certificate", pm.name, at(2026, 8, 20, 10, 0, EDT), sign_below("Signature", "ravi-s", dx=175))
    env = envelope_id(cid, "order")
    order = pdf(["<h1>Subscription Order</h1>" + table([("Customer", customer.name), ("Reseller", partner.name),
                                                        ("Date", "May 28, 2026")]),
                 grid(["Product", "Qty", "Price / user / month"],
                      [["Dynamics 365 Sales Enterprise", "210", "$105.00"]]),
                 docusign_block(vp, customer.name, "5/28/2026", env, heading="Customer")],
                "Subscription order", pm.name, at(2026, 5, 28, 9, 0, EDT), docusign_stamp(env))
    files = {"POE/Scan_GoLive_Certificate.pdf": searchable_scan(cert, at(2026, 8, 24, 13, 5, EDT)),
             "Supporting/D365_Subscription_Order.pdf": order}
    claim = cpor(cid, area="Business Applications", submitted=at(2026, 11, 2, 15, 0), partner=partner, pm=pm,
                 customer=customer, contact=vp, workloads=[("DYNAMICS 365 SALES ENTERPRISE EDITION", sub)], files=files,
                 roles={"Supporting/D365_Subscription_Order.pdf": "supporting"})
    return Case(f"{cid}_Ironbridge_ConsolidatedMessenger_D365Sales_ScannedGoLive", claim, files, "approve",
                R_VALID + "the go-live certificate is signed in ink by the customer's VP Sales Operations (August 24, "
                "2026) and scanned; it details 210 sellers, the data migration and dashboards, names the subscription. "
                "The licence order uploaded as supporting material does not count as POE, but the evidence is not only "
                "such documents.",
                "Business Applications usage with a subscription id: scanned go-live certificate with a text layer, "
                "plus a signed licence order as a supporting upload.",
                {"customer_acknowledgement": SCAN_ACK, "unacceptable_documents": "pass"})


# ==============================================================================================
# CPOR: dates (12 months, day-first, pre-sales), digital signatures, managed security services
# ==============================================================================================
def dated_docusign_case(cid: str, *, partner: Org, pm: Person, customer: Org, signer: Person, workload: str, area: str,
                        title: str, facts: Sequence[tuple[str, str]], work: list[str], signed: str,
                        created: dt.datetime, submitted: dt.datetime,
                        paper: str = "a4") -> tuple[dict[str, bytes], dict[str, Any]]:
    env = envelope_id(cid, customer.domain)
    blocks = doc(title, facts, ("Work delivered", work), tail=docusign_block(signer, customer.name, signed, env))
    files = {f"POE/{customer.call.replace(' ', '_')}_signed.pdf":
             pdf(blocks, title, pm.name, created, docusign_stamp(env), paper=paper)}
    return files, cpor(cid, area=area, submitted=submitted, partner=partner, pm=pm, customer=customer, contact=signer,
                       workloads=[workload], files=files)


def ashdown_aldgate_older_than_12m() -> Case:
    cid = "4216013"
    partner = Org("Ashdown Cyber Ltd", "ashdowncyber.co.uk", "GB", "Brighton", location_id="7602011", short="Ashdown")
    customer = Org("Aldgate Freight Ltd", "aldgatefreight.co.uk", "GB", "Tilbury", short="Aldgate Freight")
    pm = Person("Chloe Bennett", "chloe.bennett@ashdowncyber.co.uk", "Security Consultant")
    it = Person("Martin Oakes", "martin.oakes@aldgatefreight.co.uk", "Head of IT")
    files, claim = dated_docusign_case(
        cid, partner=partner, pm=pm, customer=customer, signer=it, workload="MICROSOFT DEFENDER FOR IDENTITY",
        area="Security", title="Defender for Identity — Closure and Acceptance",
        facts=[("Customer", customer.name), ("Partner", partner.name), ("Engagement", "04/08/2025 – 26/09/2025")],
        work=["MDI sensors on 9 domain controllers and 2 AD FS servers at Tilbury, Felixstowe and Immingham.",
              "Honeytokens (3), 40 sensitive accounts tagged; 8 lateral movement paths remediated.",
              "Alerts integrated with the Defender XDR incident queue and the on-call rota (5 engineers)."],
        signed="11/10/2025", created=at(2025, 10, 10, 9, 0, BST), submitted=at(2026, 10, 20, 12, 0))
    return Case(f"{cid}_Ashdown_AldgateFreight_MDI_Older12Months", claim, files, "action_required",
                "Seed item 5: 'Signature or customer acknowledgement … must not be older than 12 months (usage only). "
                "POE documents with signatures aging more than 12 months, will need to have a recent POE or customer "
                "acknowledgement'. UK document, day-first (engagement '04/08/2025 – 26/09/2025'): signed 11/10/2025 = "
                "11 October 2025, 374 days before submission (2026-10-20). Read month-first (10 November 2025) it "
                "would "
                "wrongly pass. No recent acknowledgement; ask for one.",
                "UK customer, DocuSign date 11/10/2025 whose day-first reading puts it just over 12 months old.",
                {"acknowledgement_date": "fail", "customer_acknowledgement": "pass", "reused_evidence": "pass"})


def sahyadri_kaveri_dayfirst_in() -> Case:
    cid = "4216014"
    partner = Org("Sahyadri Cloud Services Pvt Ltd", "sahyadricloud.in", "IN", "Bengaluru", location_id="7602088",
                  short="Sahyadri Cloud")
    customer = Org("Kaveri Textiles Pvt Ltd", "kaveritextiles.in", "IN", "Coimbatore", short="Kaveri Textiles")
    pm = Person("Arjun Menon", "arjun.menon@sahyadricloud.in", "Security Practice Lead")
    cio = Person("S. Lakshmi", "lakshmi.s@kaveritextiles.in", "Chief Information Officer")
    files, claim = dated_docusign_case(
        cid, partner=partner, pm=pm, customer=customer, signer=cio, workload="MICROSOFT DEFENDER ENDPOINT",
        area="Security", title="Project Sign-off — Microsoft Defender for Endpoint",
        facts=[("Customer", customer.name), ("Partner", partner.name), ("Project period", "25/08/2025 – 31/10/2025")],
        work=["Onboarded 1,640 Windows endpoints across 5 spinning mills and the Coimbatore head office via Intune.",
              "22 Windows servers onboarded through Defender for Cloud; EDR in block mode; 9 ASR rules enforced.",
              "Device groups per mill with automated remediation; fortnightly threat review with the IT team."],
        signed="09/11/2025", created=at(2025, 11, 7, 11, 0, IST), submitted=at(2026, 10, 26, 6, 0))
    return Case(f"{cid}_Sahyadri_KaveriTextiles_MDE_DayFirstIN", claim, files, "approve",
                R_VALID + "DocuSign e-signature of the customer's CIO dated 09/11/2025. Indian dates are day-first "
                          "(the "
                "period '25/08/2025 – 31/10/2025' shows it): 9 November 2025, 351 days before submission (2026-10-26), "
                "within 12 months. Read month-first (11 September 2025) it would wrongly fail. Detailed MDE scope.",
                "Indian customer; a day-first signature date whose reading decides the 12-month rule.",
                {"acknowledgement_date": "pass"})


def lakeside_vanarsdel_rescued() -> Case:
    cid = "4216015"
    partner = Org("Lakeside Cyber Defense LLC", "lakesidecyber.com", "US", "Chicago, IL", location_id="7602131",
                  short="Lakeside")
    customer = Org("VanArsdel, Ltd.", "vanarsdelltd.com", "US", "Minneapolis, MN", short="VanArsdel")
    pm = Person("Ethan Brooks", "ebrooks@lakesidecyber.com", "Security Practice Director")
    ciso = Person("Marisol Ortega", "marisol.ortega@vanarsdelltd.com", "Chief Information Security Officer")
    files, claim = dated_docusign_case(
        cid, partner=partner, pm=pm, customer=customer, signer=ciso, workload="MICROSOFT DEFENDER ENDPOINT",
        area="Security", title="Statement of Work — Managed Defender for Endpoint",
        facts=[("Customer", customer.name), ("Partner", partner.name), ("Term", "July 1, 2025 – June 30, 2028")],
        work=["Deployment: 2,400 endpoints in 4 waves (July – September 2025); EDR in block mode; 14 ASR rules.",
              "Ongoing service: weekly exposure review, monthly vulnerability report, quarterly review with the CISO."],
        signed="6/10/2025", created=at(2025, 6, 9, 9, 0, CDT), submitted=at(2026, 10, 15, 14, 30), paper="letter")
    old = next(iter(files))
    files = {old.replace("_signed.pdf", "_SOW_signed_2025.pdf"): files[old]}
    ask = Mail(pm, (ciso,), at(2026, 9, 25, 10, 0, CDT), "Defender for Endpoint – annual confirmation",
               "Hi Marisol,\n\nFor our Microsoft partner records, could you confirm that Lakeside is still running "
               "your "
               "Defender for Endpoint service?\n\nEthan\n")
    ack = Mail(ciso, (pm,), at(2026, 9, 28, 9, 20, CDT), "RE: Defender for Endpoint – annual confirmation", reply(
        "Ethan,\n\nConfirmed: Lakeside continues to run VanArsdel's Microsoft Defender for Endpoint service under the "
        "2025 SOW. Over the last year your team onboarded the 310 new laptops from the Duluth acquisition (now 2,710 "
        "endpoints), moved the last 3 ASR rules to block in March, and you present the monthly vulnerability report "
        "to me and the quarterly review to our risk committee.\n\nMarisol Ortega\nCISO, VanArsdel, Ltd.", ask))
    files["POE/RE_ Defender for Endpoint – annual confirmation.msg"] = msg_bytes(ack)
    claim["documents"] = [{"path": p, "role": "poe"} for p in files]
    return Case(f"{cid}_Lakeside_VanArsdel_MDE_OldSOW_RecentEmail", claim, files, "approve",
                "Seed item 5: a signature older than 12 months (SOW DocuSigned 6/10/2025, 16 months before 2026-10-15) "
                "'will need to have a recent POE or customer acknowledgement confirming active engagement … (this can "
                "be an e-mail confirmation describing the work)' — the CISO's e-mail of 2026-09-28 from "
                "vanarsdelltd.com "
                "does exactly that, with the work of the last year.",
                "An old signed SOW rescued by a recent customer e-mail describing ongoing work.",
                {"acknowledgement_date": "pass", "customer_domain": "pass"})


def thamesbrook_pembroke_presales() -> Case:
    cid = "4216016"
    partner = Org("Thamesbrook Consulting Ltd", "thamesbrook.co.uk", "GB", "Reading", location_id="7602207",
                  short="Thamesbrook")
    customer = Org("Pembroke Retail Group plc", "pembrokeretail.co.uk", "GB", "Cardiff", short="Pembroke Retail")
    pm = Person("Amelia Hart", "amelia.hart@thamesbrook.co.uk", "Dynamics Solution Architect")
    cco = Person("Gareth Price", "gareth.price@pembrokeretail.co.uk", "Chief Commercial Officer")
    sub = guid("subscription", cid)
    env = envelope_id(cid, "envisioning")
    summary = pdf(doc("Envisioning Workshop Summary — Dynamics 365 Sales", [
        ("Customer", customer.name), ("Partner", partner.name), ("Workshop", "24/02/2026, Cardiff (6 hours)"),
        ("Attendees", "11 (Commercial, B2B Sales, IT)")],
        ("Current challenges", ["B2B account managers (45) track 1,900 trade accounts in spreadsheets and Outlook.",
                                "No pipeline view; forecasts built by hand each month."]),
        ("Proposed solution and pilot", ["Dynamics 365 Sales for 45 account managers: accounts, opportunities, "
                                         "sequences; Outlook integration.", "Pilot with the Wales team (12 users), "
                                                                            "09/03/2026 – 27/03/2026."]),
        tail=docusign_block(cco, customer.name, "12/03/2026", env, heading="Agreed by the customer")),
        "Envisioning summary", pm.name, at(2026, 2, 27, 10, 0, GMT), docusign_stamp(env), paper="a4")
    ask = Mail(pm, (cco,), at(2026, 2, 25, 9, 0, GMT), "Dynamics 365 Sales – envisioning follow-up",
               "Hi Gareth,\n\nThank you for hosting yesterday's envisioning workshop. Summary to follow.\n\nAmelia\n")
    ack = Mail(cco, (pm,), at(2026, 3, 2, 12, 15, GMT), "RE: Dynamics 365 Sales – envisioning follow-up", reply(
        "Amelia,\n\nThanks for the workshop on 24 February — the team found the pipeline and sequences demo very "
        "useful. "
        "We'd like to run the pilot with the 12 account managers in Wales from 9 March as you proposed. Please send "
        "the "
        "pilot plan.\n\nGareth Price\nChief Commercial Officer, Pembroke Retail Group", ask))
    files = {"POE/Pembroke_D365_Envisioning_Summary_signed.pdf": summary,
             "POE/RE_ Dynamics 365 Sales – envisioning follow-up.msg": msg_bytes(ack)}
    claim = cpor(cid, area="Business Applications", submitted=at(2026, 10, 6, 10, 0), partner=partner, pm=pm,
                 customer=customer, contact=cco, workloads=[("DYNAMICS 365 SALES ENTERPRISE EDITION", sub)],
                 files=files,
                 kind="pre_sales", transaction=day(2026, 3, 20))
    return Case(f"{cid}_Thamesbrook_PembrokeRetail_D365Sales_PreSalesUK", claim, files, "approve",
                "Seed item 5, Pre-Sales: 'submit proof of engagement with the customer prior to the transaction' — the "
                "customer's e-mail of 2026-03-02 about the 24 February workshop and the summary it DocuSigned on "
                "12/03/2026 (UK day-first = 12 March 2026) both predate the transaction (2026-03-20). The 12-month "
                "rule "
                "is for usage only.",
                "CPOR pre-sales (Business Applications) with a UK day-first e-signature date that must be read "
                "day-first to predate the transaction.",
                {"acknowledgement_date": "pass", "customer_domain": "pass"})


def ironbark_tasman_pyhanko() -> Case:
    cid = "4216017"
    partner = Org("Ironbark Security Pty Ltd", "ironbarksec.com.au", "AU", "Brisbane QLD", location_id="7602290",
                  short="Ironbark")
    customer = Org("Tasman Freight Pty Ltd", "tasmanfreight.com.au", "AU", "Newcastle NSW", short="Tasman Freight")
    pm = Person("Jack Mitchell", "jack.mitchell@ironbarksec.com.au", "Cloud Security Consultant")
    cio = Person("Sarah O'Connell", "sarah.oconnell@tasmanfreight.com.au", "Chief Information Officer")
    body = pdf(doc("Microsoft Defender for Cloud Apps — Acceptance", [
        ("Customer", customer.name), ("Partner", partner.name), ("Engagement", "13/07/2026 – 04/09/2026")],
        ("Delivered", ["Cloud Discovery from Defender for Endpoint on 1,050 devices; 430 apps scored, 37 sanctioned "
                       "and "
                       "12 unsanctioned (blocked).", "App connectors for Microsoft 365, Salesforce and ServiceNow.",
                       "Session policies for the freight-booking portal via Conditional Access App Control; 9 alert "
                       "policies tuned with the SOC."]),
        tail="<h2>Customer acceptance</h2><p>Signed digitally by the customer.</p>" + table(
            [("Customer signature", " "), ("Name", cio.name), ("Title", cio.title), ("Date", "14/09/2026")])),
        "MDCA acceptance", pm.name, at(2026, 9, 10, 10, 0, AEST), paper="a4")
    files = {"POE/TasmanFreight_MDCA_Acceptance_digitally_signed.pdf":
             digitally_sign(body, cid, cio, customer, at(2026, 9, 14, 16, 2, AEST), "Customer signature")}
    claim = cpor(cid, area="Security", submitted=at(2026, 10, 9, 1, 0), partner=partner, pm=pm, customer=customer,
                 contact=cio, workloads=["MICROSOFT DEFENDER FOR CLOUD APPS"], files=files)
    return Case(f"{cid}_Ironbark_TasmanFreight_MDCA_DigitalSignature", claim, files, "approve",
                R_VALID + "'A valid, secure, and verifiable electronic signature' (item 1): the PDF carries an intact "
                "digital signature (pyHanko) whose certificate names the CIO and her tasmanfreight.com.au address, "
                "covering the whole file, signed 2026-09-14; names, detailed MDCA work, within 12 months.",
                "Digitally signed PDF (self-signed digital ID of the customer's CIO), Australian day-first dates; "
                "zip bundle.",
                {"customer_acknowledgement": ["pass", "warn"]}, container="zip")


def sentinelwatch_bellows_mss() -> Case:
    cid = "4216018"
    partner = Org("Sentinel Watch Security LLC", "sentinelwatch.com", "US", "Tampa, FL", location_id="7602355",
                  short="Sentinel Watch")
    customer = Org("Bellows Logistics Inc.", "bellowslogistics.com", "US", "Jacksonville, FL", short="Bellows "
                                                                                                     "Logistics")
    pm = Person("Tyrone Hughes", "thughes@sentinelwatch.com", "SOC Service Manager")
    ciso = Person("Karen Liu", "karen.liu@bellowslogistics.com", "CISO")
    env = envelope_id(cid, "mss")
    review = pdf(doc("Managed SOC Service — Annual Service Review and Acceptance", [
        ("Customer", customer.name), ("Provider", partner.name), ("Service period", "September 1, 2025 – August 31, "
                                                                                    "2026")],
        ("Services provided", [
            "24/7 SOC triage, investigation and response for Microsoft Defender XDR incidents (Defender for Endpoint "
            "on "
            "2,900 devices, Defender for Office 365, Defender for Identity) and Defender for Cloud: 1,212 incidents, "
            "mean time to respond 38 minutes.",
            "Microsoft Sentinel management: 14 data connectors, 96 analytics rules, 11 automation playbooks.",
            "Weekly advanced threat hunting (KQL) in Defender XDR and Sentinel; 7 hunts led to new custom detections.",
            "Quarterly security configuration assessment with Secure Score review (58% → 74%)."]),
        tail=docusign_block(ciso, customer.name, "9/12/2026", env, heading="Customer acceptance of the service")),
        "Annual service review", pm.name, at(2026, 9, 10, 9, 0, EDT), docusign_stamp(env))
    files = {"POE/Bellows_ManagedSOC_Annual_Review_signed.pdf": review}
    claim = cpor(cid, area="Security", submitted=at(2026, 10, 23, 13, 40), partner=partner, pm=pm, customer=customer,
                 contact=ciso, workloads=["MANAGED SECURITY SERVICES"], files=files, kind="managed_security_services")
    claim["incentive_opt_out"] = True  # the seed: MSS "is a non-compensatory association"
    return Case(f"{cid}_SentinelWatch_BellowsLogistics_ManagedSecurityServices", claim, files, "approve",
                "Seed 'How to qualify for a Managed Security Services Attribution': 24/7 SOC for Defender XDR incl. "
                "MDE, "
                "Sentinel management, threat hunting, configuration assessments, alert tuning/custom detections — all "
                "evidenced; the CISO DocuSigned the review on 9/12/2026 (valid POE components 1-5).",
                "CPOR managed security services claim with an annual service review DocuSigned by the customer.",
                {})


# ==============================================================================================
# CPOR: who sent the "acceptance" — a look-alike company, an outsourced IT provider
# ==============================================================================================
def redwood_contoso_lookalike_sender() -> Case:
    cid = "4216020"
    partner = Org("Redwood Identity Partners", "redwoodidp.com", "US", "Sacramento, CA", location_id="7602418",
                  short="Redwood")
    customer = Org("Contoso Ltd", "contoso.com", "US", "Seattle, WA", short="Contoso")
    pm = Person("Alex Martin", "amartin@redwoodidp.com", "Identity Architect")
    ciso = Person("John Doe", "john.doe@contoso.com", "CISO")
    other = Person("Pieter Jansen", "p.jansen@contosso.nl", "IT-manager")
    report = pdf(doc("Entra ID P2 Deployment Report", [("Customer", "Contoso Ltd"), ("Partner", partner.name),
                                                       ("Dates", "June 15 – September 4, 2026")],
                     ("Work", ["Privileged Identity Management for 48 roles; approval for Global and Exchange admins.",
                               "Risk-based Conditional Access for 2,600 users; SSPR as remediation.",
                               "Access reviews for 320 groups and 900 guests."])),
                 "Entra ID P2 report", pm.name, at(2026, 9, 8, 10, 0, PDT))
    ask = Mail(pm, (other,), at(2026, 9, 9, 17, 0, PDT), "Entra ID P2 – acceptance", "Hi Pieter,\n\nCould you confirm "
               "acceptance of the Entra ID P2 work?\n\nAlex\n")
    ack = Mail(other, (pm,), at(2026, 9, 10, 9, 5, CEST), "RE: Entra ID P2 – acceptance", reply(
        "Hi Alex,\n\nWe confirm Redwood Identity Partners completed the Entra ID P2 roll-out for Contosso: PIM for our "
        "14 "
        "administrators and risk policies for our 420 users. Accepted.\n\nMet vriendelijke groet,\nPieter Jansen\n"
        "IT-manager | Contosso B.V. | Industriële bevestigingsmiddelen sinds 1962 | Eindhoven", ask))
    files = {"POE/Contoso_EntraP2_Report.pdf": report, "POE/RE_ Entra ID P2 – acceptance.msg": msg_bytes(ack)}
    claim = cpor(cid, area="Security", submitted=at(2026, 11, 13, 18, 0), partner=partner, pm=pm, customer=customer,
                 contact=ciso, workloads=["AZURE ACTIVE DIRECTORY PREMIUM 2"], files=files)
    return Case(f"{cid}_Redwood_Contoso_EntraP2_LookalikeSender", claim, files, "action_required",
                R_VALID + "item 1: 'Must ensure that the customer domain is correct regardless of the format'. The "
                          "only "
                "acceptance comes from contosso.nl — Contosso B.V., a different, similarly named company (420 users, "
                "Eindhoven), not Contoso Ltd (contoso.com, 2,600 users in the report). The report is unsigned. Ask for "
                "Contoso's own acknowledgement.",
                "Look-alike trap: Contoso vs Contosso; the acceptance e-mail comes from the other company's domain.",
                {"customer_domain": "fail", "customer_acknowledgement": "fail", "reused_evidence": "pass"})


def pioneer_fourthcoffee_outsourced_it() -> Case:
    cid = "4216021"
    partner = Org("Pioneer Workplace Solutions", "pioneerws.com", "US", "Kansas City, MO", location_id="7602490",
                  short="Pioneer")
    customer = Org("Fourth Coffee", "fourthcoffee.com", "US", "Seattle, WA")
    pm = Person("Jenna Morales", "jmorales@pioneerws.com", "Project Lead")
    coo = Person("Ben Carter", "ben.carter@fourthcoffee.com", "COO")
    sdm = Person("Raj Malhotra", "raj.malhotra@litwarems.com", "Service Delivery Manager – Fourth Coffee account")
    report = pdf(doc("Microsoft 365 Apps Deployment — Completion Report", [
        ("Customer", "Fourth Coffee"), ("Partner", partner.name), ("Dates", "July 20 – September 25, 2026")],
        ("Work", ["Microsoft 365 Apps (Monthly Enterprise Channel) deployed to 1,900 store and office PCs with Intune.",
                  "Office 2016 removed; 14 Excel add-ins for store ordering tested and repackaged.",
                  "Cloud Policy baseline and servicing profile; OneDrive sync for 600 office users."])),
        "Completion report", pm.name, at(2026, 9, 28, 10, 0, CDT))
    ask = Mail(pm, (sdm,), at(2026, 9, 29, 11, 0, CDT), "M365 Apps – completion", "Hi Raj,\n\nPlease confirm "
                                                                                  "acceptance "
               "of the Microsoft 365 Apps deployment for Fourth Coffee.\n\nJenna\n")
    ack = Mail(sdm, (pm,), at(2026, 9, 30, 8, 40, PDT), "RE: M365 Apps – completion", reply(
        "Hi Jenna,\n\nOn behalf of Fourth Coffee, we confirm that Pioneer completed the Microsoft 365 Apps deployment "
        "to "
        "the 1,900 PCs as described. Accepted.\n\nRaj Malhotra\nService Delivery Manager – Fourth Coffee account\n"
        "Litware Managed Services | IT service provider to Fourth Coffee", ask))
    files = {"POE/FourthCoffee_M365Apps_Completion.pdf": report, "POE/RE_ M365 Apps – completion.msg": msg_bytes(ack)}
    claim = cpor(cid, area="Modern Work", submitted=at(2026, 11, 17, 16, 30), partner=partner, pm=pm, customer=customer,
                 contact=coo, workloads=["MICROSOFT 365 APPS"], files=files)
    return Case(f"{cid}_Pioneer_FourthCoffee_M365Apps_OutsourcedITSender", claim, files, "action_required",
                R_VALID + "item 1 needs the customer's acknowledgement and 'the customer domain is correct regardless "
                          "of "
                "the format'. The acceptance is sent 'on behalf of Fourth Coffee' by its outsourced IT provider from "
                "litwarems.com, not by Fourth Coffee (fourthcoffee.com); the report is unsigned. Ask for the "
                "customer's "
                "own acknowledgement.",
                "Acceptance e-mail from the customer's outsourced IT provider's domain (Received chain and "
                "Authentication-Results of litwarems.com).",
                {"customer_domain": "fail", "reused_evidence": "pass"})


# ==============================================================================================
# Reject: customers that can never earn an incentive
# ==============================================================================================
R_INELIGIBLE = ("Seed (rejection comment): 'Partners and Partner affiliate entities are not eligible to receive or "
                "retain "
                "incentives for activity connected to a customer that is a partner affiliate … or for any services "
                "where "
                "the Partner themselves or Microsoft is the end customer.' ")


def tidewater_ttg_self() -> Case:
    cid = "4217001"
    partner = Org("Tidewater Technology Group, Inc.", "tidewatertg.com", "US", "Norfolk, VA", location_id="7702013",
                  extra_domains=("ttgsolutions.com",), short="Tidewater")
    customer = Org("TTG Solutions", "ttgsolutions.com", "US", "Norfolk, VA")
    pm = Person("Kevin Walsh", "kevin.walsh@tidewatertg.com", "Director, Internal IT")
    coo = Person("Laura Bishop", "laura.bishop@ttgsolutions.com", "Chief Operating Officer")
    files, claim = dated_docusign_case(
        cid, partner=partner, pm=pm, customer=customer, signer=coo, workload="TEAMS", area="Modern Work",
        title="Internal Go-Live Memo — Microsoft Teams", facts=[
            ("Organisation", "TTG Solutions, a Tidewater Technology Group company"), ("Delivered by", partner.name),
            ("Dates", "August 3 – September 18, 2026")],
        work=["Teams for our own 420 employees in Norfolk and Richmond; 60 teams created from the old file shares.",
              "Teams meeting policies and 8 internal training sessions."],
        signed="9/21/2026", created=at(2026, 9, 20, 9, 0, EDT), submitted=at(2026, 10, 14, 13, 0), paper="letter")
    return Case(f"{cid}_Tidewater_TTGSolutions_Teams_PartnerItself", claim, files, "reject",
                R_INELIGIBLE + "TTG Solutions uses ttgsolutions.com, one of the partner's own domains, and the memo "
                               "calls "
                "it 'a Tidewater Technology Group company' rolling Teams out to 'our own 420 employees': the partner "
                "is "
                "its own customer. Not fixable.",
                "The partner claiming its own tenant under a trade name (customer domain = a partner domain).",
                {"ineligible_customer": "fail", "reused_evidence": "pass"})


def meridian_helios_affiliate() -> Case:
    cid = "4217002"
    partner = Org("Meridian Cloud Partners SAS", "meridiancloud.fr", "FR", "Nantes", location_id="7702066",
                  short="Meridian Cloud")
    customer = Org("Helios Conseil SARL", "helios-conseil.fr", "FR", "Rennes", short="Helios Conseil")
    pm = Person("Julien Lefèvre", "julien.lefevre@meridiancloud.fr", "Consultant Modern Workplace")
    dg = Person("Claire Dubois", "claire.dubois@helios-conseil.fr", "Directrice générale")
    letter = pdf([
        "<p><b style='font-size: 15pt; color:#b8860b'>HELIOS CONSEIL</b><br/><span class='small'>12 rue de Paris, "
        "35000 "
        "Rennes · helios-conseil.fr</span></p><p>Rennes, 22/09/2026</p><h2>Acceptance of the Intune deployment</h2>"
        "<p>Helios Conseil confirms that Meridian Cloud Partners enrolled our 85 laptops and 60 phones in Microsoft "
        "Intune between 06/07/2026 and 11/09/2026 (Autopilot, compliance policies, app protection for Outlook and "
        "Teams), and accepts the work.</p>",
        sign_table([("Signature", ""), ("Name", dg.name), ("Title", dg.title)]),
        "<p class='small'>Helios Conseil SARL — a Meridian Group company, wholly owned subsidiary of Meridian Cloud "
        "Partners SAS. RCS Rennes 812 345 678.</p>"],
        "Acceptance", dg.name, at(2026, 9, 22, 10, 0, CEST), sign_below("Signature", "claire-dubois", dx=175),
        paper="a4", css=SERIF_CSS)
    files = {"POE/Helios_Intune_Acceptance.pdf": searchable_scan(letter, at(2026, 9, 22, 15, 0, CEST))}
    claim = cpor(cid, area="Security", submitted=at(2026, 10, 27, 9, 0), partner=partner, pm=pm, customer=customer,
                 contact=dg, workloads=["INTUNE"], files=files)
    return Case(f"{cid}_MeridianCloud_HeliosConseil_Intune_Affiliate", claim, files, "reject",
                R_INELIGIBLE + "The customer's own letterhead says 'Helios Conseil SARL — a Meridian Group company, "
                "wholly owned subsidiary of Meridian Cloud Partners SAS': a partner affiliate under another name. The "
                "signed acceptance does not change that; not fixable.",
                "An affiliate under a different name and domain, revealed only by the legal line of its letterhead.",
                {"ineligible_customer": "fail", "reused_evidence": "pass"})


def cedargrove_microsoft_customer() -> Case:
    cid = "4217003"
    partner = Org("Cedar Grove AV Inc.", "cedargroveav.com", "US", "San Jose, CA", location_id="7702121",
                  short="Cedar Grove AV")
    customer = Org("Microsoft Corporation", "microsoft.com", "US", "Mountain View, CA", short="Microsoft")
    pm = Person("Diego Ramos", "dramos@cedargroveav.com", "AV Project Manager")
    wpm = Person("Sharon Blake", "sharon.blake@microsoft.com", "Workplace Services Manager")
    files, claim = dated_docusign_case(
        cid, partner=partner, pm=pm, customer=customer, signer=wpm, workload="TEAMS ROOMS", area="Modern Work",
        title="Teams Rooms Installation — Completion Sign-off", facts=[
            ("Customer", "Microsoft Corporation — Silicon Valley Campus, Building 1"), ("Partner", partner.name),
            ("Dates", "July 27 – September 4, 2026")],
        work=["32 Microsoft Teams Rooms (20 small, 10 medium, 2 large) with front-row layouts.",
              "Resource accounts and Pro Management enrolment; 4 walk-throughs for the campus AV team."],
        signed="9/9/2026", created=at(2026, 9, 8, 10, 0, PDT), submitted=at(2026, 11, 5, 20, 0), paper="letter")
    return Case(f"{cid}_CedarGroveAV_Microsoft_TeamsRooms_MicrosoftCustomer", claim, files, "reject",
                R_INELIGIBLE + "The end customer is Microsoft Corporation (microsoft.com). Not fixable.",
                "Teams Rooms installed in a Microsoft campus building, signed by a Microsoft employee.",
                {"ineligible_customer": "fail", "reused_evidence": "pass"})


def paulista_valeverde_restricted_country() -> Case:
    cid = "4217004"
    partner = Org("Paulista Cloud Ltda", "paulistacloud.com.br", "BR", "São Paulo", location_id="7702188",
                  short="Paulista Cloud")
    customer = Org("Secretaria Municipal de Saúde de Vale Verde", "saude.valeverde.sp.gov.br", "BR", "Vale Verde, SP",
                   segment="public_sector", short="SMS Vale Verde")
    pm = Person("Fernanda Lima", "fernanda.lima@paulistacloud.com.br", "Gerente de Projetos")
    dir_ = Person("Dr. Ricardo Alves", "ricardo.alves@saude.valeverde.sp.gov.br", "Diretor de Tecnologia")
    files, claim = dated_docusign_case(
        cid, partner=partner, pm=pm, customer=customer, signer=dir_, workload="MICROSOFT DEFENDER ENDPOINT",
        area="Security", title="Acceptance Certificate — Microsoft Defender for Endpoint", facts=[
            ("Customer", customer.name), ("Partner", partner.name), ("Period", "01/06/2026 – 28/08/2026")],
        work=["Onboarded 1,300 workstations in 21 health units and the municipal hospital.",
              "EDR in block mode; 8 ASR rules; device groups per health unit."],
        signed="04/09/2026", created=at(2026, 9, 2, 10, 0, BRT), submitted=at(2026, 10, 21, 13, 0))
    return Case(f"{cid}_PaulistaCloud_SMSValeVerde_MDE_RestrictedCountry", claim, files, "reject",
                "Seed item 6: 'Partners may not earn incentives for public sector customers if the customer resides in "
                "one of the restricted countries listed in the Public Sector Country Ineligibility List.' A Brazilian "
                "municipal health secretariat (public sector) — ASSUMING Brazil is on that list (the seed does not "
                "reproduce it). The POE itself is valid; the customer cannot earn.",
                "Public-sector customer in a restricted country (assumed: BR) with otherwise valid, signed POE.",
                {"reused_evidence": "pass"})


# ----------------------------------------------------------------------------------------------
# Assembly
# ----------------------------------------------------------------------------------------------
BUILDERS: tuple[Callable[[], Case], ...] = (
    # boilerplate shared on purpose (approve, reused_evidence pass) — and one of each family that fails on its own
    northgate_harrow_docusign, northgate_fabrikam_docx_msg, northgate_contoso_pharma_photo,
    northgate_woodgrove_printed_thread,
    ps_cvusd_slides_wet_psd, ps_larkspur_teamsphone_acrobat, ps_vrhd_empty_psd,
    cl_lumenbay_adatum_docusign, cl_kestrel_relecloud_docx_eml, cl_orchid_proseware_unchecked_rooms,
    cl_pinewood_firstup_scanned,
    # real reuse
    halyard_alpine_intune, halyard_alpine_rooms, cobalt_margies, cobalt_tailwind, brightwave_southridge_rooms,
    northwind_southridge_intune, redpoint_wingtip_late, redpoint_wingtip_reclaim,
    # partner activities
    pa_bluemesa_nod_market_a, pa_pennine_ravensworth_vat, pa_merlion_lioncity_gst, pa_vindhya_dutc_public_sector_in,
    pa_vesuvio_moretti_wrong_rate, pa_vantage_northwind_variable, pa_lighthouse_lakeshore_assessment_late,
    pa_konkan_godavari_frontline_late,
    # CPOR rule classes
    sterling_wwi_mere_reply_autoreplies, granite_trey_po_later, andes_cafetera_spanish_autoreply,
    keystone_tailspin_deferred_phase2, blueharbor_lucerne_empty_signoff, cloudmarket_humongous_order_form,
    rheinblick_falkenstein_german_only, rheinwerk_kessler_bilingual_de, lumiere_lavande_bilingual_fr,
    pacificcrest_coho_photo180, silverline_adventureworks_scan270, ironbridge_consolidated_d365_golive,
    ashdown_aldgate_older_than_12m, sahyadri_kaveri_dayfirst_in, lakeside_vanarsdel_rescued,
    thamesbrook_pembroke_presales, ironbark_tasman_pyhanko, sentinelwatch_bellows_mss,
    redwood_contoso_lookalike_sender, pioneer_fourthcoffee_outsourced_it,
    tidewater_ttg_self, meridian_helios_affiliate, cedargrove_microsoft_customer, paulista_valeverde_restricted_country,
)


def finish(case: Case) -> Case:
    """Approved claims pass every component of their program; nothing is shared unless the case says so."""
    if case.decision == "approve":
        for check_id in APPROVED_CPOR if case.claim["program"] == "cpor" else APPROVED_PA:
            case.checks.setdefault(check_id, "pass")
    case.checks.setdefault("reused_evidence", "pass")
    return case


def build_cases() -> list[Case]:
    cases = sorted((finish(build()) for build in BUILDERS), key=lambda c: c.claim_id)
    ids, names = [c.claim_id for c in cases], [c.name for c in cases]
    if len(set(ids)) != len(ids) or len(set(names)) != len(names):
        raise RuntimeError("claim ids and bundle names must be unique")
    for c in cases:
        submitted = dt.datetime.fromisoformat(c.claim["submitted_at"].replace("Z", "+00:00"))
        if c.decision not in DECISIONS or not 4200000 <= int(c.claim_id) <= 4299999:
            raise RuntimeError(f"{c.claim_id}: bad decision or claim id")
        if not dt.datetime(2026, 10, 1, tzinfo=UTC) <= submitted < dt.datetime(2026, 12, 1, tzinfo=UTC):
            raise RuntimeError(f"{c.claim_id}: submitted_at must fall in October-November 2026")
        missing = [d["path"] for d in c.claim["documents"] if d["path"] not in c.files]
        if missing:
            raise RuntimeError(f"{c.claim_id}: listed but not written: {missing}")
    return cases


def build(out: Path) -> list[Case]:
    """Write every bundle and ``expected.json`` into ``out`` (created; must be empty or absent)."""
    out.mkdir(parents=True, exist_ok=True)
    if any(out.iterdir()):
        raise SystemExit(f"{out} is not empty (use --force to replace a previous set)")
    cases = build_cases()
    for case in cases:
        write_case(out, case)
    expected = {c.claim_id: c.expected_entry() for c in cases}
    (out / EXPECTED_FILE).write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return cases


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path, help="output directory (created; must be empty or absent)")
    parser.add_argument("--force", action="store_true", help="replace OUT if it holds a set written by this script")
    args = parser.parse_args(argv)
    out: Path = args.out
    if args.force and out.exists():
        if not (out / EXPECTED_FILE).is_file():
            raise SystemExit(f"{out} does not hold a held-out set ({EXPECTED_FILE} missing); not removing it")
        shutil.rmtree(out)
    cases = build(out)
    for c in cases:
        print(f"{c.decision:16} {c.entry_name}")
    counts = {d: sum(1 for c in cases if c.decision == d) for d in DECISIONS}
    print(f"{len(cases)} bundles in {out}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
