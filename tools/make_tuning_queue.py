"""Write a TUNING queue of claim bundles for POE Reviewer: shared boilerplate versus real reuse.

The set is meant to be checked AS ONE QUEUE. It is built around the ``reused_evidence`` check
and the acceptance / scope questions next to it:

* A. shared boilerplate that must not count as reuse (one partner's closure-report template used
  for four customers, a Word status-report template used for three, the same mandated public
  sector fee-disclosure wording signed by three different US public-sector customers, a
  programme's standard 10-step activity list pasted by three partners, and one signed SOW cited
  by the same partner on two claims for the same customer);
* B. real reuse (one customer e-mail on two partners' claims, a narrative copied with only the
  customer's name swapped, one scanned signed page on two claims, one invoice on two partner
  activities claims);
* C. acceptance cases (an e-mail that only says "received, we will review", out-of-office
  auto-replies in English and German, a thread printed newest first whose acceptance sits two
  messages down, an acceptance followed by a purchase-order question);
* D. scope cases (a claimed workload named only as out of scope, deferred to phase 2 or in an
  unchecked checklist row; an empty customer signature block under "approved by the customer").

Documents are made the way partners make them: PDFs laid out from HTML by PyMuPDF (real text
layers, headers, footers, page numbers), Word files by python-docx (section headers/footers with
PAGE fields), Outlook .msg by aspose-email-foss, .eml by the email package, paper signed in ink and
scanned with Pillow, digitally signed PDFs by pyHanko. Everything is deterministic: fixed dates,
ids, MIME boundaries, zip timestamps, signing clocks and noise seeds.

Besides the bundles, ``OUTDIR/expected.json`` maps claim_id -> {bundle, decision, why, shows,
checks} (check ids and statuses of the interchange spec, section 3; a list means any of them is
acceptable).

Run: ``.venv/bin/python tools/make_tuning_queue.py OUTDIR [--force]``.
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
import warnings
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

# pyHanko imports cryptography's DSA module, which warns on every run; the set does not use DSA.
warnings.filterwarnings("ignore", message="DSA is deprecated")

MARKER = ".tuning-queue"
MARKER_TEXT = "tuning queue written by tools/make_tuning_queue.py\n"
DOCX_ZIP_TIME = (2026, 1, 1, 0, 0, 0)

# Fixed UTC offsets (no tz database: the bytes must not depend on the machine).
PDT = dt.timezone(dt.timedelta(hours=-7), "PDT")
PST = dt.timezone(dt.timedelta(hours=-8), "PST")
MDT = dt.timezone(dt.timedelta(hours=-6), "MDT")
MST = dt.timezone(dt.timedelta(hours=-7), "MST")
CDT = dt.timezone(dt.timedelta(hours=-5), "CDT")
CST = dt.timezone(dt.timedelta(hours=-6), "CST")
EDT = dt.timezone(dt.timedelta(hours=-4), "EDT")
EST = dt.timezone(dt.timedelta(hours=-5), "EST")
BST = dt.timezone(dt.timedelta(hours=1), "BST")
GMT = dt.timezone(dt.timedelta(hours=0), "GMT")
CEST = dt.timezone(dt.timedelta(hours=2), "CEST")
CET = dt.timezone(dt.timedelta(hours=1), "CET")
IST_IN = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
AEST = dt.timezone(dt.timedelta(hours=10), "AEST")
UTC = dt.UTC

_NS = uuid.UUID("0c7d9a41-5e2b-4f3a-8d16-7b9e2a4c6f31")


# ----------------------------------------------------------------------------------------------
# ids and dates
# ----------------------------------------------------------------------------------------------
def guid(*parts: str, upper: bool = False) -> str:
    """A stable GUID derived from names (tenant ids, subscription ids, envelope ids)."""
    value = str(uuid.uuid5(_NS, "|".join(parts)))
    return value.upper() if upper else value


def hexid(*parts: str, length: int = 32) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:length].upper()


def iso(moment: dt.datetime) -> str:
    """ISO 8601 in UTC with a Z, as the claims system writes it."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def us_date(day: dt.date) -> str:
    return f"{day.month}/{day.day}/{day.year}"


def long_date(day: dt.date) -> str:
    return f"{day.strftime('%B')} {day.day}, {day.year}"


def uk_date(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


def short_date(day: dt.date) -> str:
    return f"{day.strftime('%b')} {day.day}, {day.year}"


def pdf_date(moment: dt.datetime) -> str:
    off = moment.utcoffset() or dt.timedelta(0)
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"D:{moment.strftime('%Y%m%d%H%M%S')}{sign}{minutes // 60:02d}'{minutes % 60:02d}'"


def at(year: int, month: int, day: int, hour: int, minute: int, tz: dt.timezone) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=tz)


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
    address: str = ""

    @property
    def tenant_id(self) -> str:
        return guid("tenant", self.domain)

    @property
    def call(self) -> str:
        """How people write the company's name in running text."""
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
# PDF: HTML laid out by PyMuPDF's Story, then decorated (signatures, page furniture) and saved
# deterministically with subset fonts.
# ----------------------------------------------------------------------------------------------
BASE_CSS = """
body { font-family: sans-serif; font-size: 9.5pt; line-height: 1.25; color: #1a1a1a; }
h1 { font-size: 15pt; color: #1f3864; margin: 0 0 6pt 0; }
h2 { font-size: 11.5pt; color: #1f3864; margin: 10pt 0 4pt 0; }
h3 { font-size: 10pt; margin: 8pt 0 3pt 0; }
p { margin: 0 0 5pt 0; }
ul { margin: 0 0 5pt 0; }
ol { margin: 0 0 5pt 0; }
li { margin: 0 0 1pt 0; }
table { border-collapse: collapse; width: 100%; margin: 0 0 6pt 0; }
td, th { border: 0.6pt solid #7f7f7f; padding: 2.5pt 4pt; vertical-align: top; text-align: left; }
th { background-color: #d9e2f3; }
.small { font-size: 8pt; color: #555555; }
.tiny { font-size: 7pt; color: #555555; }
.label { background-color: #f2f2f2; width: 170pt; }
.right { text-align: right; }
.center { text-align: center; }
.sig { height: 30pt; }
.adopted { font-family: serif; font-size: 13pt; color: #0b2a7a; }
.noborder td { border: none; }
"""

#: A block of its own in :func:`html_pdf` that starts a new page.
PAGE_BREAK = "<!--page-break-->"


def css_variant(base: str = BASE_CSS, *, body_font: str = "sans-serif", size: str = "9.5pt",
                heading_color: str = "#1f3864", heading_font: str | None = None, th_bg: str = "#d9e2f3",
                extra: str = "") -> str:
    """A partner's house style: body font, size, heading colour/font, table header shade."""
    css = base.replace("font-family: sans-serif; font-size: 9.5pt", f"font-family: {body_font}; font-size: {size}")
    css = css.replace("#1f3864", heading_color).replace("#d9e2f3", th_bg)
    if heading_font:
        css += f"\nh1, h2, h3 {{ font-family: {heading_font}; }}\n"
    return css + extra


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
    margins: tuple[float, float, float, float] = (54, 58, 54, 58),
    decorate: Callable[[pymupdf.Document], None] | None = None,
) -> bytes:
    """Lay HTML blocks out one after the other and return the PDF bytes.

    A block that does not fit in the rest of a page starts a new page when it fits on a
    whole one (keeps tables together); a block longer than a page flows over several pages.
    """
    parts = [blocks] if isinstance(blocks, str) else list(blocks)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    mediabox = pymupdf.paper_rect(paper)
    left, top, right, bottom = margins
    page_area = pymupdf.Rect(mediabox.x0 + left, mediabox.y0 + top, mediabox.x1 - right, mediabox.y1 - bottom)
    device = writer.begin_page(mediabox)
    y = page_area.y0
    pages = 1
    for html in parts:
        if html == PAGE_BREAK:
            writer.end_page()
            device = writer.begin_page(mediabox)
            y = page_area.y0
            pages += 1
            continue
        story = pymupdf.Story(html, user_css=css)
        while True:
            if pages > 40:
                raise RuntimeError("runaway layout: more than 40 pages")
            where = pymupdf.Rect(page_area.x0, y, page_area.x1, page_area.y1)
            more, filled = story.place(where)
            if more and y > page_area.y0 + 1:
                probe = pymupdf.Story(html, user_css=css)
                overflows_alone, _ = probe.place(page_area)
                if not overflows_alone:
                    writer.end_page()
                    device = writer.begin_page(mediabox)
                    y = page_area.y0
                    pages += 1
                    story = pymupdf.Story(html, user_css=css)
                    continue
            story.draw(device)
            if more:
                writer.end_page()
                device = writer.begin_page(mediabox)
                y = page_area.y0
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


def save_pdf(doc: pymupdf.Document, meta: PdfMeta) -> bytes:
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
    doc.subset_fonts()
    data: bytes = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return data


def furniture(*, header: str = "", header_right: str = "", footer: str = "", footer2: str = "",
              page_fmt: str = "Page {n} of {N}", font: str = "helv", size: float = 7.5,
              color: tuple[float, float, float] = (0.35, 0.35, 0.35), rule: bool = True,
              skip_first_header: bool = False) -> Callable[[pymupdf.Document], None]:
    """Decorator: running header, footer and page numbers on every page (as Word prints them)."""

    def decorate(doc: pymupdf.Document) -> None:
        total = doc.page_count
        for i, page in enumerate(doc.pages()):
            w, h = page.rect.width, page.rect.height
            show_header = not (skip_first_header and i == 0)
            if show_header and header:
                page.insert_text(pymupdf.Point(54, 40), header, fontname=font, fontsize=size, color=color)
            if show_header and header_right:
                width = pymupdf.get_text_length(header_right, fontname=font, fontsize=size)
                page.insert_text(pymupdf.Point(w - 54 - width, 40), header_right, fontname=font, fontsize=size,
                                 color=color)
            if rule and show_header and (header or header_right):
                page.draw_line(pymupdf.Point(54, 44), pymupdf.Point(w - 54, 44), color=(0.6, 0.6, 0.6), width=0.5)
            if rule and (footer or page_fmt):
                page.draw_line(pymupdf.Point(54, h - 46), pymupdf.Point(w - 54, h - 46), color=(0.6, 0.6, 0.6),
                               width=0.5)
            if footer:
                page.insert_text(pymupdf.Point(54, h - 36), footer, fontname=font, fontsize=size - 0.5, color=color)
            if footer2:
                page.insert_text(pymupdf.Point(54, h - 27), footer2, fontname=font, fontsize=size - 1, color=color)
            if page_fmt:
                label = page_fmt.format(n=i + 1, N=total)
                width = pymupdf.get_text_length(label, fontname=font, fontsize=size)
                page.insert_text(pymupdf.Point(w - 54 - width, h - 36), label, fontname=font, fontsize=size,
                                 color=color)

    return decorate


def stamp_pages(text: str, *, font: str = "helv", size: float = 7.0) -> Callable[[pymupdf.Document], None]:
    """Decorator: a line at the top-left of every page (DocuSign envelope ids)."""

    def decorate(doc: pymupdf.Document) -> None:
        for page in doc.pages():
            page.insert_text(pymupdf.Point(36, 22), text, fontname=font, fontsize=size, color=(0.2, 0.2, 0.2))

    return decorate


def chain(*decorators: Callable[[pymupdf.Document], None] | None) -> Callable[[pymupdf.Document], None]:
    def decorate(doc: pymupdf.Document) -> None:
        for d in decorators:
            if d is not None:
                d(doc)

    return decorate


def ul(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def ol(items: Iterable[str]) -> str:
    return "<ol>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ol>"


def rows(pairs: Iterable[tuple[str, str]], *, label_class: str = "label") -> str:
    return "".join(f'<tr><td class="{label_class}">{escape(k)}</td><td>{escape(v)}</td></tr>' for k, v in pairs)


def table_rows(body: Iterable[Sequence[str]]) -> str:
    return "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in line) + "</tr>" for line in body)


def table(header: Sequence[str], body: Iterable[Sequence[str]]) -> str:
    head = "<tr>" + "".join(f"<th>{escape(h)}</th>" for h in header) + "</tr>"
    return f"<table>{head}{table_rows(body)}</table>"


def paras(*texts: str) -> str:
    return "".join(f"<p>{escape(t)}</p>" for t in texts)


def box(checked: bool) -> str:
    return "☒" if checked else "☐"


@dataclass(frozen=True)
class ESign:
    """An electronic signature (DocuSign or Adobe Acrobat Sign): who, when, the envelope / transaction id."""

    signer: str
    signed: dt.datetime
    envelope: str
    vendor: str = "Docusign"

    @property
    def signature_id(self) -> str:
        return self.envelope.replace("-", "")[:32]

    def html(self) -> str:
        if self.vendor == "Docusign":
            return (f'<span class="tiny">DocuSigned by:</span><br/><i class="adopted">{escape(self.signer)}</i><br/>'
                    f'<span class="tiny">{self.signature_id}...</span>')
        when = self.signed.astimezone(GMT if self.signed.utcoffset() == dt.timedelta(0) else self.signed.tzinfo)
        stamp = f"{short_date(when.date())} {when.strftime('%H:%M')} {when.tzname()}"
        return (f'<i class="adopted">{escape(self.signer)}</i><br/>'
                f'<span class="tiny">{escape(self.signer)} ({stamp})</span>')

    def decorate(self) -> Callable[[pymupdf.Document], None] | None:
        if self.vendor == "Docusign":
            return stamp_pages(f"Docusign Envelope ID: {self.envelope}")
        return None


def adobe_audit_page(esign: ESign, *, document: str, sender: Person, signer: Person, created: dt.datetime) -> str:
    """The "Final Audit Report" page Acrobat Sign appends to a signed agreement."""
    sent = created
    viewed = esign.signed - dt.timedelta(minutes=7)

    def stamp(moment: dt.datetime) -> str:
        u = moment.astimezone(UTC)
        return f"{u.strftime('%Y-%m-%d')} - {u.strftime('%I:%M:%S %p').lstrip('0')} GMT"

    return f"""<h1>Final Audit Report</h1><p class="small">{stamp(esign.signed + dt.timedelta(seconds=41))}</p>
<table>{rows([("Created", stamp(created)), ("By", f"{sender.name} ({sender.email})"), ("Status", "Signed"),
              ("Transaction ID", esign.envelope)])}</table>
<h2>"{escape(document)}" History</h2>
{ul([f"Document created by {sender.name} ({sender.email}) {stamp(created)}",
     f"Document emailed to {signer.email} for signature {stamp(sent + dt.timedelta(minutes=1))}",
     f"Email viewed by {signer.email} {stamp(viewed)}",
     f"Document e-signed by {signer.name} ({signer.email}) Signature Date: {stamp(esign.signed)} - Time Source: server",
     f"Agreement completed. {stamp(esign.signed + dt.timedelta(seconds=2))}"])}
<p class="tiny">Powered by Adobe Acrobat Sign</p>"""


# ----------------------------------------------------------------------------------------------
# The Microsoft CPOR POE template (Security usage), as in the claiming guide's examples
# ----------------------------------------------------------------------------------------------
SECURITY_TEMPLATE_WORKLOADS = (
    "Microsoft Entra ID P2 (formerly AADP P2)",
    "Microsoft Defender for Endpoint (MDE)",
    "Microsoft Purview Information Protection (MIP)",
    "Microsoft Intune",
    "Microsoft Purview Insider Risk Management (IRM)",
    "Microsoft Defender for Identity",
    "Microsoft Defender for Office 365",
    "Microsoft Defender for Cloud Apps (formerly MCAS)",
)
ACTIVITY_TYPES = ("Deployment", "Implementation", "Adoption/Change Mgmt.")


def security_poe_template(*, partner: str, customer: str, signatory: Person, selected: dict[str, Sequence[str]],
                          scope: Sequence[str], engagement: tuple[dt.date, dt.date], esign: ESign) -> list[str]:
    """The blocks of Microsoft's CPOR POE template: sections 1, 2, 3 and 3.1."""
    rows_html = ""
    for workload in SECURITY_TEMPLATE_WORKLOADS:
        acts = selected.get(workload, ())
        cells = "".join(f"<td>{box(a in acts)}&nbsp;{escape(a)}</td>" for a in ACTIVITY_TYPES)
        rows_html += f"<tr><td>{box(workload in selected)} {escape(workload)}</td>{cells}</tr>"
    dates = f"{long_date(engagement[0])} – {long_date(engagement[1])}"
    section3 = rows([
        ("Partner Company Name", partner),
        ("Customer Company Name", customer),
        ("Customer Signatory Name (printed)", signatory.name),
        ("Customer Signatory Role or Job Title", signatory.title),
        ("Engagement Start and End Date", dates),
    ])
    return [
        """<p class="small">Microsoft Commerce Incentives (MCI) – Claiming Partner of Record (CPOR) Proof of
Execution Template</p>
<h1>Proof of Execution (POE)</h1>
<p>Valid for use in the following MCI incentives: <b>Security Usage</b></p>
<h2>Section 1 (Required): Select product(s)/workload(s) and activity type</h2>"""
        f"""<table><tr><th>Product / workload</th><th colspan="3">Activity type</th></tr>{rows_html}</table>""",
        """<h2>Section 2 (Required): Scope of Work Details</h2>
<p><i>Describe in detail the work performed following the product and activity selection in Section 1.
Generic high-level descriptions will not be accepted.</i></p>""",
        *scope,
        f"""<h2>Section 3. (Required): Partner and Customer Contact Information</h2><table>{section3}</table>""",
        f"""<h2>Section 3.1 (Required): Customer Acknowledgment*</h2>
<p class="small">*Customer acknowledgement must be dated within 12 months of claim submission. Applicable for
Dates Signed field below.</p><table><tr><td class='label'>Signature</td><td>{esign.html()}</td></tr>
<tr><td class='label'>Date Signed</td><td>{us_date(esign.signed.date())}</td></tr></table>""",
    ]


# ----------------------------------------------------------------------------------------------
# Word documents
# ----------------------------------------------------------------------------------------------
def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip (docx) with fixed timestamps so the bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=DOCX_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def docx_bytes(build: Callable[[DocxDocument], None], *, title: str, author: str, created: dt.datetime,
               font: str = "Calibri", size: float = 10.5, modified: dt.datetime | None = None) -> bytes:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    build(document)
    props = document.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = created.astimezone(UTC).replace(tzinfo=None)
    props.modified = (modified or created).astimezone(UTC).replace(tzinfo=None)
    props.revision = 4
    props.comments = ""
    props.subject = ""
    props.keywords = ""
    props.category = ""
    buf = io.BytesIO()
    document.save(buf)
    return normalise_zip(buf.getvalue())


def docx_table(document: DocxDocument, header: Sequence[str] | None, body: Sequence[Sequence[str]],
               style: str = "Table Grid") -> None:
    ncols = len(header) if header else len(body[0])
    tbl = document.add_table(rows=0, cols=ncols)
    tbl.style = style
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


def docx_bullets(document: DocxDocument, items: Iterable[str], style: str = "List Bullet") -> None:
    for item in items:
        document.add_paragraph(item, style=style)


def docx_heading(document: DocxDocument, text: str, level: int = 1,
                 color: tuple[int, int, int] = (0x1F, 0x38, 0x64)) -> None:
    heading = document.add_heading(text, level=level)
    for run in heading.runs:
        run.font.color.rgb = RGBColor(*color)


def _field(paragraph: Any, instr: str, placeholder: str) -> None:
    """A Word field (PAGE, NUMPAGES) as Word writes it: begin, instrText, separate, cached result, end."""
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", placeholder), ("end", None)):
        run = paragraph.add_run()
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
            run._r.append(element)
        elif kind == "text":
            run.text = text or ""
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
            run._r.append(element)


def docx_furniture(document: DocxDocument, *, header: str, footer: str, size: float = 8) -> None:
    """Section header and footer with "Page X of Y" fields."""
    section = document.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = header
    for run in hp.runs:
        run.font.size = Pt(size)
        run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = section.footer.paragraphs[0]
    fp.text = footer + "\t"
    fp.add_run("Page ")
    _field(fp, "PAGE", "1")
    fp.add_run(" of ")
    _field(fp, "NUMPAGES", "3")
    for run in fp.runs:
        run.font.size = Pt(size - 0.5)
        run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


# ----------------------------------------------------------------------------------------------
# Email: .eml through the email package, .msg through aspose-email-foss
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
    #: A received message carries its transport headers; one saved from Sent Items has none.
    received: bool = True
    mailer: str = "Microsoft Outlook 16.0"
    #: Extra header lines (Auto-Submitted, X-Auto-Response-Suppress, ...).
    headers: tuple[tuple[str, str], ...] = ()
    #: MAPI message class of the .msg.
    message_class: str = "IPM.Note"
    #: Whose mailbox the copy was saved from (changes the transport headers of a .msg only).
    mailbox: str | None = None

    @property
    def message_id(self) -> str:
        local = hexid(self.subject, self.sender.email, self.date.isoformat(), length=24)
        return f"<{local}@{self.sender.email.split('@', 1)[1]}>"


def _boundary(mail: Mail) -> str:
    return "_000_" + hexid("boundary", mail.message_id, length=28) + "_"


def email_message(mail: Mail) -> EmailMessage:
    em = EmailMessage(policy=email_policy.SMTP)
    em["From"] = formataddr((mail.sender.name, mail.sender.email))
    em["To"] = ", ".join(formataddr((p.name, p.email)) for p in mail.to)
    if mail.cc:
        em["Cc"] = ", ".join(formataddr((p.name, p.email)) for p in mail.cc)
    em["Subject"] = mail.subject
    em["Date"] = format_datetime(mail.date)
    em["Message-ID"] = mail.message_id
    em["MIME-Version"] = "1.0"
    em["X-Mailer"] = mail.mailer
    for name, value in mail.headers:
        em[name] = value
    em.set_content(mail.body, charset="utf-8")
    for name, data, mime in mail.attachments:
        maintype, subtype = mime.split("/", 1)
        em.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if mail.attachments:
        em.set_boundary(_boundary(mail))
    return em


def eml_bytes(mail: Mail) -> bytes:
    em = email_message(mail)
    sender_domain = mail.sender.email.split("@", 1)[1]
    rcpt = (mail.mailbox or mail.to[0].email).split("@", 1)[1]
    octet = int(hexid(sender_domain, length=2), 16) % 200 + 20  # a documentation address (RFC 5737)
    received = (
        f"from mail.{sender_domain} (mail.{sender_domain} [198.51.100.{octet}])"
        f" by mx.{rcpt} with ESMTPS; {format_datetime(mail.date + dt.timedelta(seconds=3))}"
    )
    head = f"Received: {received}\r\n".encode()
    return head + em.as_bytes(policy=email_policy.SMTP)


def _transport_headers(mail: Mail) -> str:
    sender_domain = mail.sender.email.split("@", 1)[1]
    rcpt_domain = (mail.mailbox or mail.to[0].email).split("@", 1)[1]
    server = hexid("mx", rcpt_domain, length=6)
    lines = [
        f"Received: from {sender_domain.replace('.', '-')}.mail.protection.outlook.com (2603:10b6:a03:4c0::15) by "
        f"{server}PR11MB{int(hexid(rcpt_domain, length=4), 16) % 9000 + 1000}.namprd11.prod.outlook.com with HTTPS; "
        f"{format_datetime(mail.date + dt.timedelta(seconds=2))}",
        f"From: {formataddr((mail.sender.name, mail.sender.email))}",
        f"To: {', '.join(formataddr((p.name, p.email)) for p in mail.to)}",
    ]
    if mail.cc:
        lines.append(f"CC: {', '.join(formataddr((p.name, p.email)) for p in mail.cc)}")
    lines += [
        f"Subject: {mail.subject}",
        f"Date: {format_datetime(mail.date)}",
        f"Message-ID: {mail.message_id}",
        "Content-Type: text/plain; charset=\"utf-8\"",
        "MIME-Version: 1.0",
        f"X-MS-Has-Attach: {'yes' if mail.attachments else ''}",
        f"X-Mailer: {mail.mailer}",
    ]
    lines += [f"{k}: {v}" for k, v in mail.headers]
    lines.append(f"X-MS-Exchange-Organization-AuthAs: {'Internal' if sender_domain == rcpt_domain else 'Anonymous'}")
    return "\r\n".join(lines) + "\r\n\r\n"


def msg_bytes(mail: Mail) -> bytes:
    """A real Outlook .msg (compound file with MAPI properties)."""
    message = MapiMessage.from_email_message(email_message(mail))
    string = PropertyTypeCode.PTYP_STRING
    message.set_property(0x5D01, string, mail.sender.email)  # PidTagSenderSmtpAddress
    message.set_property(0x5D02, string, mail.sender.email)  # PidTagSentRepresentingSmtpAddress
    if mail.message_class != "IPM.Note":
        message.set_property(0x001A, string, mail.message_class)  # PidTagMessageClass
    if mail.received:
        message.set_property(CommonMessagePropertyId.TRANSPORT_MESSAGE_HEADERS, string, _transport_headers(mail))
    else:
        message.set_property(CommonMessagePropertyId.MESSAGE_DELIVERY_TIME, PropertyTypeCode.PTYP_TIME, mail.date)
    data: bytes = message.to_bytes()
    return data


def outlook_sent(moment: dt.datetime) -> str:
    return (f"{moment.strftime('%A, %B')} {moment.day}, {moment.year} "
            f"{moment.strftime('%I:%M %p').lstrip('0')}")


def quote_outlook(mail: Mail) -> str:
    """The header block Outlook writes above a quoted message in a reply."""
    to = "; ".join(p.name for p in mail.to)
    lines = [
        f"From: {mail.sender.name} <{mail.sender.email}>",
        f"Sent: {outlook_sent(mail.date)}",
        f"To: {to}",
    ]
    if mail.cc:
        lines.append(f"Cc: {'; '.join(p.name for p in mail.cc)}")
    lines.append(f"Subject: {mail.subject}")
    return "\n".join(lines) + "\n\n" + mail.body


def outlook_print(thread: Sequence[Mail], *, printed_by: str, meta_author: str) -> bytes:
    """A conversation printed from Outlook ("Microsoft Print to PDF"): newest message first, history below."""
    newest, *older = thread

    def header_block(mail: Mail, first: bool) -> str:
        to = "; ".join(f"{p.name} &lt;{escape(p.email)}&gt;" for p in mail.to)
        cc = "; ".join(f"{p.name} &lt;{escape(p.email)}&gt;" for p in mail.cc)
        pairs = [("From:", f"{escape(mail.sender.name)} &lt;{escape(mail.sender.email)}&gt;"),
                 ("Sent:", escape(outlook_sent(mail.date))), ("To:", to)]
        if cc:
            pairs.append(("Cc:", cc))
        pairs.append(("Subject:", escape(mail.subject)))
        body = "".join(f'<tr><td class="k">{k}</td><td>{v}</td></tr>' for k, v in pairs)
        rule = "" if first else '<hr/>'
        return f'{rule}<table class="hdr">{body}</table>'

    def body_block(mail: Mail) -> str:
        return "".join(f"<p>{escape(line) if line else '&nbsp;'}</p>" for line in mail.body.rstrip().split("\n"))

    html = f'<p class="who">{escape(printed_by)}</p><hr class="thick"/>'
    html += header_block(newest, True) + body_block(newest)
    for mail in older:
        html += header_block(mail, False) + body_block(mail)
    blocks = [html]  # one flow: Outlook prints a conversation across page breaks
    css = BASE_CSS + """
body { font-family: sans-serif; font-size: 10pt; }
p { margin: 0 0 1pt 0; }
.who { font-size: 13pt; font-weight: bold; margin: 0 0 2pt 0; }
hr.thick { border: none; border-top: 2.5pt solid #000000; margin: 0 0 6pt 0; }
hr { border: none; border-top: 0.8pt solid #b5c4df; margin: 8pt 0 4pt 0; }
table.hdr td { border: none; padding: 0 4pt 0 0; }
td.k { font-weight: bold; width: 60pt; }
"""
    return html_pdf(blocks, PdfMeta(newest.subject, meta_author, newest.date + dt.timedelta(days=1),
                                    creator="Microsoft® Outlook® for Microsoft 365",
                                    producer="Microsoft: Print To PDF"),
                    css=css, decorate=furniture(page_fmt="{n}", rule=False, size=8))


# ----------------------------------------------------------------------------------------------
# Survey exports and claim.json
# ----------------------------------------------------------------------------------------------
def survey(claim_id: str, respondent: str, completed: dt.datetime, answers: Sequence[tuple[str, str]],
           signature: tuple[str, str, str]) -> bytes:
    full_name, company, job_title = signature
    sig_answer = ", ".join(x for x in (full_name, company, job_title) if x)
    data = {
        "format": "poe-attestation/1",
        "claim_id": claim_id,
        "respondent": respondent,
        "completed_at": iso(completed),
        "answers": [{"question": q, "answer": a} for q, a in answers]
        + [{"question": "Electronic signature: type your full name, company name and job title.",
            "answer": sig_answer}],
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
    consent_date: dt.date | None = None,
    comments: Sequence[tuple[str, dt.datetime, str]] = (),
    history: Sequence[tuple[str, dt.datetime, str | None]] = (),
) -> dict[str, Any]:
    hist = list(history) or [
        ("Document submission", submitted - dt.timedelta(minutes=3), partner_contact.email),
        ("submission", submitted, partner_contact.email),
    ]
    return {
        "format": "poe-claim-bundle/1",
        "claim_id": claim_id,
        "program": program,
        "claim_kind": claim_kind,
        "solution_area": solution_area,
        "status": "submitted",
        "submitted_at": iso(submitted),
        "incentive_opt_out": False,
        "partner": partner.partner_json(partner_contact),
        "customer": customer.customer_json(customer_contact),
        "workloads": [{"name": n, "subscription_id": s} for n, s in workloads],
        "engagement": engagement,
        "transaction_date": None,
        "consent_date": consent_date.isoformat() if consent_date else None,
        "documents": [{"path": p, "role": r} for p, r in documents],
        "comments": [{"author": a, "at": iso(t), "text": x} for a, t, x in comments],
        "history": [{"action": a, "at": iso(t), "by": b} for a, t, b in hist],
    }


def cpor_claim(*, claim_id: str, area: str, submitted: dt.datetime, partner: Org, contact: Person, customer: Org,
               customer_contact: Person, workloads: Sequence[str | tuple[str, str | None]],
               files: dict[str, bytes], roles: dict[str, str] | None = None,
               comment: str | None = None) -> dict[str, Any]:
    """claim.json of a CPOR usage claim: every file listed as POE unless ``roles`` says otherwise."""
    roles = roles or {}
    wl = [(w, None) if isinstance(w, str) else w for w in workloads]
    comments = [("partner", submitted - dt.timedelta(minutes=2), comment)] if comment else []
    return claim_doc(claim_id=claim_id, program="cpor", claim_kind="usage", solution_area=area, submitted=submitted,
                     partner=partner, partner_contact=contact, customer=customer, customer_contact=customer_contact,
                     workloads=wl, documents=[(p, roles.get(p, "poe")) for p in files], comments=comments)


# ----------------------------------------------------------------------------------------------
# What a careful reviewer expects of each check (spec section 3)
# ----------------------------------------------------------------------------------------------
CHECK_IDS = (
    "required_documents", "customer_acknowledgement", "partner_customer_names", "activity_detail",
    "workload_match", "acknowledgement_date", "customer_domain", "ineligible_customer", "public_sector",
    "unacceptable_documents", "document_language", "invoice", "attestations", "reused_evidence",
    "submission_window",
)
Status = str | list[str]


def expect_cpor(*, email: bool, public: bool = False, **overrides: Any) -> dict[str, Status]:
    """The checks of a sound CPOR usage claim; ``email``: an acknowledgement e-mail is in the POE."""
    checks: dict[str, Status] = {
        "required_documents": "pass",
        "customer_acknowledgement": "pass",
        "partner_customer_names": "pass",
        "activity_detail": "pass",
        "workload_match": "pass",
        "acknowledgement_date": "pass",
        "customer_domain": "pass" if email else ["not_applicable", "pass"],
        "ineligible_customer": "pass",
        "public_sector": "pass" if public else "not_applicable",
        "unacceptable_documents": "pass",
        "document_language": "pass",
        "invoice": "not_applicable",
        "attestations": "not_applicable",
        "reused_evidence": "pass",
        "submission_window": "not_applicable",
    }
    return _apply(checks, overrides)


def expect_pa(*, public: bool = False, **overrides: Any) -> dict[str, Status]:
    """The checks of a sound partner activities claim (the customer attestation is the acknowledgement)."""
    checks: dict[str, Status] = {
        "required_documents": "pass",
        "customer_acknowledgement": ["pass", "not_applicable"],
        "partner_customer_names": "pass",
        "activity_detail": "pass",
        "workload_match": ["pass", "not_applicable"],
        "acknowledgement_date": ["pass", "not_applicable"],
        "customer_domain": ["not_applicable", "pass"],
        "ineligible_customer": "pass",
        "public_sector": "pass" if public else "not_applicable",
        "unacceptable_documents": "pass",
        "document_language": "pass",
        "invoice": "pass",
        "attestations": "pass",
        "reused_evidence": "pass",
        "submission_window": "pass",
    }
    return _apply(checks, overrides)


def _apply(checks: dict[str, Status], overrides: dict[str, Status]) -> dict[str, Status]:
    for key, value in overrides.items():
        if key not in checks:
            raise KeyError(f"unknown check id {key}")
        checks[key] = value
    return checks


@dataclass
class Bundle:
    """One claim bundle of the queue and what a careful reviewer decides about it."""

    name: str
    claim: dict[str, Any]
    #: Every file of the bundle, by path inside it.
    files: dict[str, bytes]
    decision: str
    why: str
    shows: str
    checks: dict[str, Status]
    group: str = ""

    @property
    def claim_id(self) -> str:
        return str(self.claim["claim_id"])

    def claim_bytes(self) -> bytes:
        return (json.dumps(self.claim, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# ----------------------------------------------------------------------------------------------
# Paper signed by hand and scanned (Pillow), and digital signatures (pyHanko)
# ----------------------------------------------------------------------------------------------
SCAN_DPI = 200
CERT_NOT_BEFORE = dt.datetime(2026, 1, 1, tzinfo=UTC)
CERT_NOT_AFTER = dt.datetime(2029, 1, 1, tzinfo=UTC)
Where = Callable[[pymupdf.Page], pymupdf.Rect | None]


def beside(label: str, *, dx: float = 150, width: float = 150, height: float = 30, occurrence: int = -1) -> Where:
    """Where to sign: the space ``dx`` points right of ``label`` (its last occurrence on the page)."""

    def where(page: pymupdf.Page) -> pymupdf.Rect | None:
        hits = page.search_for(label)
        if not hits:
            return None
        r = hits[occurrence]
        return pymupdf.Rect(r.x0 + dx, r.y0 - 1, r.x0 + dx + width, r.y0 - 1 + height)

    return where


def ink_stroke(draw: Any, box_: tuple[float, float, float, float], seed: str, scale: float, fill: int = 28) -> None:
    """A handwritten-looking signature (cubic Béziers sampled into a polyline) in dark ink."""
    digest = hashlib.sha256(seed.encode()).digest()
    x0, y0, x1, y1 = box_
    mid, amp = (y0 + y1) / 2, (y1 - y0) / 2.4
    step = (x1 - x0 - 8 * scale) / 7
    start = (x0 + 2 * scale, mid + amp * 0.3)

    def bezier(p0: tuple[float, float], p1: tuple[float, float], p2: tuple[float, float],
               p3: tuple[float, float]) -> list[tuple[float, float]]:
        out = []
        for i in range(25):
            t = i / 24
            u = 1 - t
            out.append((u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
                        u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1]))
        return out

    points: list[tuple[float, float]] = []
    for i in range(7):
        b = digest[i * 4 : i * 4 + 4]
        c1 = (start[0] + step * 0.3, mid - amp * (0.4 + b[0] / 400))
        c2 = (start[0] + step * 0.7, mid + amp * (0.2 + b[1] / 400))
        end = (start[0] + step, mid + amp * ((b[2] - 128) / 300))
        points += bezier(start, c1, c2, end)
        start = end
    width = max(2, round(1.3 * scale))
    draw.line(points, fill=fill, width=width, joint="curve")
    flourish = bezier((x0 + 6 * scale, mid + amp * 0.9), (x0 + (x1 - x0) * 0.4, mid + amp * 1.1),
                      (x0 + (x1 - x0) * 0.7, mid + amp * 0.6), (x1 - 6 * scale, mid + amp * 0.8))
    draw.line(flourish, fill=fill, width=width, joint="curve")


def handwrite_date(draw: Any, xy: tuple[float, float], text: str, scale: float) -> None:
    """A handwritten date: the digits drawn with a slightly shaky default font, larger than print."""
    from PIL import ImageFont

    font = ImageFont.load_default(size=int(11 * scale))
    draw.text(xy, text, fill=35, font=font)


def scan_pages(pdf: bytes, seed: str, *, ink: bool, where: Where, skew: float = 1.4, quality: int = 62,
               date_beside: tuple[str, float, str] | None = None) -> list[bytes]:
    """Print ``pdf``, sign it by hand (``ink``) and scan it: one grey JPEG per page at 200 dpi.

    ``date_beside`` = (label, dx, text) also writes a date by hand next to a label. Noise and skew
    come from ``seed``, so the scan is the same bytes every run.
    """
    from PIL import Image, ImageDraw

    scale = SCAN_DPI / 72
    doc = pymupdf.open("pdf", pdf)
    scans = []
    for number, page in enumerate(doc.pages()):
        pix = page.get_pixmap(dpi=SCAN_DPI, colorspace=pymupdf.csGRAY)
        image = Image.frombytes("L", (pix.width, pix.height), pix.samples)
        draw = ImageDraw.Draw(image)
        cell = where(page)
        if ink and cell is not None:
            ink_stroke(draw, (cell.x0 * scale, cell.y0 * scale, (cell.x0 + 130) * scale, cell.y1 * scale),
                       seed + "|ink", scale)
        if ink and cell is not None and date_beside is not None:
            label, dx, text = date_beside
            # the label of the row under the signature (not a "date" further down in running text)
            hits = sorted((h for h in page.search_for(label) if h.y0 > cell.y0 + 5), key=lambda h: h.y0)
            if hits:
                r = hits[0]
                handwrite_date(draw, ((r.x0 + dx) * scale, (r.y0 - 1.5) * scale), text, scale)
        specks = hashlib.shake_256(f"{seed}|specks|{number}".encode()).digest(3 * 1500)
        for i in range(0, len(specks), 3):
            x = int.from_bytes(specks[i : i + 2], "big") % image.width
            y = (specks[i + 2] * 257 + specks[i]) % image.height
            draw.point((x, y), fill=90 + specks[i + 1] % 100)
        image = image.point(lambda v: min(v, 242))
        image = image.rotate(skew if number % 2 == 0 else -skew * 0.6, resample=Image.Resampling.BICUBIC,
                             fillcolor=242)
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality, dpi=(SCAN_DPI, SCAN_DPI))
        scans.append(out.getvalue())
    doc.close()
    return scans


def image_pdf(scans: Sequence[bytes], meta: PdfMeta, *, paper: str = "letter") -> bytes:
    """An image-only PDF (what a multifunction printer's scan-to-PDF writes): no text layer."""
    doc = pymupdf.open()
    rect = pymupdf.paper_rect(paper)
    for jpeg in scans:
        page = doc.new_page(width=rect.width, height=rect.height)
        page.insert_image(page.rect, stream=jpeg)
    modified = meta.modified or meta.created
    doc.set_metadata({"title": meta.title, "author": meta.author, "subject": "", "keywords": "",
                      "creator": meta.creator, "producer": meta.producer,
                      "creationDate": pdf_date(meta.created), "modDate": pdf_date(modified)})
    data: bytes = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return data


def customer_identity(seed: str, person: Person, org: Org) -> tuple[Any, Any]:
    """A self-signed certificate naming the customer's signatory (Acrobat's "create a digital ID")."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.x509.oid import NameOID

    key = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(f"poe-tuning-key|{seed}".encode()).digest())
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, person.name),
        x509.NameAttribute(NameOID.EMAIL_ADDRESS, person.email),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, org.name),
        x509.NameAttribute(NameOID.COUNTRY_NAME, org.country),
    ])
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(int(hexid("serial", seed, length=16), 16))
        .not_valid_before(CERT_NOT_BEFORE).not_valid_after(CERT_NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(person.email)]), critical=False)
        .sign(key, None)
    )
    key_der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return cert.public_bytes(serialization.Encoding.DER), key_der


def digitally_sign(pdf: bytes, seed: str, person: Person, org: Org, when: dt.datetime, where: Where,
                   reason: str = "I have reviewed and accept this document") -> bytes:
    """``pdf`` signed by the customer's digital ID in a visible field at ``where``, at ``when``."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert_der, key_der = customer_identity(seed, person, org)
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert_der),
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore(),
    )
    doc = pymupdf.open("pdf", pdf)
    found = [(i, r) for i, p in enumerate(doc.pages()) if (r := where(p)) is not None]
    if not found:
        raise RuntimeError("no place to sign")
    page, cell = found[-1]
    height = doc[page].rect.height
    doc.close()
    box_ = (int(cell.x0), int(height - cell.y1), int(cell.x1), int(height - cell.y0))

    class FixedClockSigner(signers.PdfSigner):
        """pyHanko reads the signing time from the system clock; the set needs a fixed one."""

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
        [generic.ByteStringObject(hashlib.sha256(f"pdf-id|{part}|{seed}".encode()).digest()[:16]) for part in "12"]
    )
    meta = signers.PdfSignatureMetadata(field_name="CustomerSignature", reason=reason, location=org.city)
    pdf_signer = FixedClockSigner(meta, signer=signer,
                                  new_field_spec=fields.SigFieldSpec("CustomerSignature", on_page=page, box=box_))
    return bytes(pdf_signer.sign_pdf(writer).getvalue())


# ==============================================================================================
# A. Shared boilerplate that is NOT reused evidence
# ==============================================================================================
# --- A1. Ashgrove Consulting: one multi-page closure-report template, four customers ----------
ASHGROVE = Org("Ashgrove Consulting LLC", "ashgroveconsulting.com", "US", "Columbus, OH", location_id="7031486",
               short="Ashgrove", address="250 Civic Center Drive, Suite 400, Columbus, OH 43215")
ASHGROVE_LEAD = Person("Benjamin Okoro", "ben.okoro@ashgroveconsulting.com", "Engagement Lead")
ASHGROVE_PM = Person("Claire Donnelly", "claire.donnelly@ashgroveconsulting.com", "Senior Project Manager")

ASHGROVE_CSS = css_variant(body_font="serif", size="10pt", heading_color="#2e5e3e", heading_font="sans-serif",
                           th_bg="#dfe9dc", extra="""
.logo { font-family: sans-serif; font-size: 24pt; font-weight: bold; color: #2e5e3e; margin: 0; }
.logo2 { font-family: sans-serif; font-size: 11pt; color: #7a8b6f; margin: 0 0 14pt 0; }
.title { font-family: sans-serif; font-size: 20pt; color: #1a1a1a; margin: 18pt 0 2pt 0; }
.subtitle { font-family: sans-serif; font-size: 12pt; color: #555555; margin: 0 0 14pt 0; }
.legal { font-size: 8pt; color: #444444; }
""")

ASHGROVE_PURPOSE = (
    "This report records the closure of the engagement named above: what Ashgrove delivered, the figures that "
    "describe the result, the completion status of Ashgrove's standard activity checklist and the client's "
    "acknowledgement. It is issued at the end of the hypercare period and replaces the weekly status reports "
    "issued during the engagement."
)

ASHGROVE_METHOD = (
    "Ashgrove delivers every Microsoft security and modern-work engagement through its four-stage framework: "
    "Assess, Design, Deliver and Adopt. In the Assess stage our consultants review the client's current "
    "environment, licensing and operational processes, and agree measurable success criteria with the executive "
    "sponsor. The Design stage turns those findings into a solution design that is reviewed with the client's "
    "technical owners before any change is made to production. During Deliver, changes are introduced in "
    "controlled waves, starting with a pilot group that represents the client's main user personas, and each wave "
    "is released only when the agreed exit criteria are met. The Adopt stage focuses on the people side of the "
    "change: communications, training and the hand-over of day-to-day operation to the client's own team.",
    "Governance is shared between Ashgrove and the client from the first week. A named Ashgrove engagement lead "
    "chairs a weekly status meeting with the client's project owner, and a steering meeting with the executive "
    "sponsor is held at the end of each stage. Risks, issues, decisions and change requests are tracked in a "
    "single register that both parties can read at any time. Production changes follow the client's own change "
    "management process: Ashgrove prepares the change records, the implementation plan and the back-out plan, "
    "and the client's change advisory board approves them. Where the client has no formal change process, "
    "Ashgrove provides a lightweight template and a two-person approval rule so that no production change is "
    "ever made by a single person.",
    "Quality is checked at three points: a peer review of every design by a second Ashgrove architect, a "
    "validation of each deployment wave against the agreed test cases, and a closure review in which this report "
    "is prepared and walked through with the client. Knowledge transfer is planned, not improvised: "
    "administrators attend hands-on sessions in their own tenant, receive the as-built documentation and "
    "operational runbooks, and shadow the Ashgrove team during the hypercare period. At closure, open items are "
    "either resolved or transferred to the client's service desk with an owner and a due date. Ashgrove "
    "considers an engagement complete only when the client confirms that the outcomes described in this report "
    "have been delivered.",
)

ASHGROVE_CHECKLIST = (
    "Kick-off meeting held; RACI and success criteria agreed with the sponsor",
    "Current-state assessment documented and reviewed",
    "Solution design peer-reviewed and approved by the client's technical owner",
    "Change requests raised and approved through the client's change process",
    "Pilot group defined, pilot completed and exit criteria met",
    "Production deployment completed in the agreed waves",
    "Security baselines applied and validated against test cases",
    "Monitoring and alerting handed over to the client's operations team",
    "Administrator knowledge-transfer sessions delivered",
    "End-user communications issued",
    "As-built documentation and runbooks delivered",
    "Hypercare completed; open items transferred with owner and due date",
)

ASHGROVE_ACK_LEAD = (
    "By signing below, the client confirms that the activities and outcomes described in this report were "
    "delivered by Ashgrove Consulting LLC. The client may sign below or confirm its acknowledgement by e-mail to "
    "the Ashgrove engagement lead."
)

ASHGROVE_LEGAL = (
    "Ashgrove Consulting LLC, 250 Civic Center Drive, Suite 400, Columbus, OH 43215, ashgroveconsulting.com. This "
    "report is delivered under the Master Consulting Agreement between Ashgrove Consulting LLC and the client "
    "named on the cover page and is subject to its terms, including the limitation of liability. Figures are as "
    "measured at the report date. Microsoft, Microsoft 365, Intune, Microsoft Defender, Microsoft Entra and "
    "Microsoft Purview are trademarks of the Microsoft group of companies."
)

ASHGROVE_CONFIDENTIAL = (
    "CONFIDENTIALITY NOTICE: This document contains confidential information of Ashgrove Consulting LLC and of "
    "the client named on the cover page. It is intended only for the client's staff and advisers involved in the "
    "engagement and for submission to Microsoft in support of partner program claims. Any other disclosure, "
    "copying or distribution is prohibited without the written consent of both parties. If you received this "
    "document in error, please notify legal@ashgroveconsulting.com and delete it."
)


@dataclass(frozen=True)
class AshgroveJob:
    client: Org
    owner: Person
    project: str
    reference: str
    period: tuple[dt.date, dt.date]
    report_date: dt.date
    narrative: tuple[str, ...]
    figures: tuple[tuple[str, str], ...]
    statuses: tuple[str, ...]  # one per checklist item
    open_items: tuple[tuple[str, str, str], ...]


def ashgrove_report(job: AshgroveJob, *, signature_html: str, date_cell: str) -> list[str]:
    c = job.client
    cover = f"""<p class="logo">ASHGROVE</p><p class="logo2">consulting</p>
<p class="title">Project Closure Report</p><p class="subtitle">{escape(job.project)}</p>
<table>{rows([("Client", c.name), ("Client address", c.address),
              ("Project", job.project), ("Ashgrove reference", job.reference),
              ("Engagement period", f"{long_date(job.period[0])} – {long_date(job.period[1])}"),
              ("Report date", long_date(job.report_date)), ("Version", "1.0 (final)"),
              ("Prepared by", f"{ASHGROVE_LEAD.name}, {ASHGROVE_LEAD.title}; {ASHGROVE_PM.name}, "
                              f"{ASHGROVE_PM.title}"),
              ("Client project owner", f"{job.owner.name}, {job.owner.title}")])}</table>
<h2>1. Purpose of this report</h2>{paras(ASHGROVE_PURPOSE)}"""
    method = "<h2>2. Our delivery methodology</h2>" + paras(*ASHGROVE_METHOD)
    narrative = "<h2>3. Engagement narrative</h2>" + paras(*job.narrative)
    figures = "<h2>4. Scope and key figures</h2>" + table(("Measure", f"{c.call}"), job.figures)
    checklist = "<h2>5. Standard activity checklist</h2>" + table(
        ("#", "Activity", "Status"),
        [(str(i), item, status) for i, (item, status) in enumerate(zip(ASHGROVE_CHECKLIST, job.statuses, strict=True),
                                                                     1)])
    open_items = "<h2>6. Open items transferred to the client</h2>" + (
        table(("Item", "Owner", "Due"), job.open_items) if job.open_items else "<p>None.</p>")
    ack = f"""<h2>7. Client acknowledgement</h2>{paras(ASHGROVE_ACK_LEAD)}
<table>{rows([("Client organisation", c.name), ("Name", job.owner.name), ("Title", job.owner.title)])}
<tr><td class="label">Signature</td><td><div class="sig">{signature_html}</div></td></tr>
<tr><td class="label">Date</td><td>{date_cell or '&nbsp;'}</td></tr></table>"""
    legal = (f'<h2>Legal notice</h2><p class="legal">{escape(ASHGROVE_LEGAL)}</p>'
             f'<p class="legal"><b>{escape(ASHGROVE_CONFIDENTIAL)}</b></p>')
    return [cover, PAGE_BREAK, method, narrative, figures, checklist, open_items, ack, legal]


def ashgrove_pdf(job: AshgroveJob, blocks: list[str], *, created: dt.datetime,
                 extra: Callable[[pymupdf.Document], None] | None = None) -> bytes:
    return html_pdf(
        blocks,
        PdfMeta(f"{job.client.call} – Project Closure Report", ASHGROVE_PM.name, created),
        css=ASHGROVE_CSS,
        decorate=chain(
            furniture(header="ASHGROVE CONSULTING", header_right=f"Project Closure Report · {job.client.call}",
                      footer="Ashgrove Consulting LLC · Confidential", page_fmt="Page {n} of {N}",
                      font="helv", skip_first_header=True),
            extra,
        ),
    )


DONE = "Completed"


def ashgrove_marlow() -> Bundle:
    client = Org("Marlow Freight Lines, Inc.", "marlowfreight.com", "US", "Toledo, OH", short="Marlow Freight",
                 address="1900 Front Street, Toledo, OH 43605")
    owner = Person("Gregory Haines", "ghaines@marlowfreight.com", "VP Information Technology")
    job = AshgroveJob(
        client=client, owner=owner, project="Modern endpoint management and protection",
        reference="ASH-2026-0412", period=(dt.date(2026, 5, 4), dt.date(2026, 8, 28)),
        report_date=dt.date(2026, 9, 4),
        narrative=(
            "Marlow Freight operates 14 terminals across Ohio, Indiana and Michigan with 1,140 employees, of whom "
            "roughly 700 are drivers and dock staff who share rugged tablets. At the start of the engagement the "
            "laptops were imaged by hand at the Toledo headquarters, the tablets were managed by a legacy MDM whose "
            "licence ended on September 30, 2026, and the only endpoint protection was a signature-based antivirus "
            "product with no central console.",
            "Between May 4 and August 28, 2026 Ashgrove moved all 960 Windows 11 laptops to Microsoft Intune with "
            "Windows Autopilot and Entra ID join, and re-enrolled the 310 Zebra ET45 tablets as Android Enterprise "
            "dedicated devices running the dispatch and proof-of-delivery apps in kiosk mode. Compliance policies "
            "(BitLocker, minimum OS build, Defender Antivirus status) now gate access to Exchange Online and the "
            "TMS portal through Conditional Access. The legacy MDM was retired terminal by terminal and switched "
            "off on August 21.",
            "In parallel the laptops were onboarded to Microsoft Defender for Endpoint in four rings. Fourteen "
            "attack surface reduction rules ran in audit mode for three weeks; eleven were moved to block after "
            "the exclusions for the routing software were agreed with Marlow's dispatch team. EDR in block mode, "
            "tamper protection and automated investigation are on for every device group, and Marlow's two-person "
            "IT operations team receives a weekly exposure report.",
        ),
        figures=(("Users in scope", "1,140"), ("Windows 11 laptops (Autopilot, Intune, Defender for Endpoint)", "960"),
                 ("Android tablets (dedicated devices, kiosk mode)", "310"),
                 ("Sites", "14 terminals and the Toledo headquarters"),
                 ("ASR rules audited / in block mode", "14 / 11"),
                 ("Deployment rings", "4 (IT 20, pilot 85, terminals 1-7, terminals 8-14)"),
                 ("Engagement dates", "May 4 – August 28, 2026; hypercare to September 11, 2026")),
        statuses=(DONE,) * 9 + ("Completed (driver bulletins at all 14 terminals)", DONE, "Completed September 11"),
        open_items=(("Replace 6 tablets that fail the OS-build compliance rule", "Marlow IT operations",
                     "October 15, 2026"),),
    )
    esign = ESign(owner.name, at(2026, 9, 8, 10, 14, EDT), guid("env", "ashgrove-marlow", upper=True))
    pdf = ashgrove_pdf(job, ashgrove_report(job, signature_html=esign.html(), date_cell=us_date(esign.signed.date())),
                       created=at(2026, 9, 4, 16, 20, EDT), extra=esign.decorate())
    submitted = at(2026, 10, 6, 11, 22, EDT)
    files = {"POE/Marlow Freight - Project Closure Report (signed).pdf": pdf}
    claim = cpor_claim(claim_id="4301187", area="Security", submitted=submitted, partner=ASHGROVE,
                       contact=ASHGROVE_LEAD, customer=client, customer_contact=owner,
                       workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"], files=files,
                       comment="Closure report signed by Marlow's VP IT through DocuSign.")
    return Bundle(
        "4301187_Ashgrove_MarlowFreight_Endpoint", claim, files, "approve",
        "Valid CPOR usage POE (guide, 'What constitutes valid proof of execution' 1-5): DocuSign signature by the "
        "customer's VP IT dated 9/8/2026 (within 12 months of 2026-10-06), Ashgrove and Marlow named, detailed "
        "customer-specific activities with counts, sites and dates for both INTUNE and MDE. The report shares "
        "Ashgrove's template (methodology, checklist, legal text) with 4301922, 4302340 and 4302716, but the "
        "guide's reuse concern is 'generic POE templates submitted on other partner claims' standing in for "
        "activity detail; here the detail is the customer-specific narrative and figures, which no other claim "
        "shares.",
        "Ashgrove closure-report template #1 of 4 (5-page PDF, DocuSign). Shared boilerplate (logo, headings, 3 "
        "methodology paragraphs, 12-item checklist, legal and confidentiality text) must not count as reuse.",
        expect_cpor(email=False),
        group="A1 Ashgrove template",
    )


def ashgrove_pinecrest() -> Bundle:
    client = Org("Pinecrest Dental Group, P.C.", "pinecrestdental.com", "US", "Grand Rapids, MI",
                 short="Pinecrest Dental", address="4400 Cascade Road SE, Grand Rapids, MI 49546")
    owner = Person("Nadia Kowalczyk", "nkowalczyk@pinecrestdental.com", "Director of Compliance & IT")
    job = AshgroveJob(
        client=client, owner=owner, project="Patient data protection and secure e-mail",
        reference="ASH-2026-0438", period=(dt.date(2026, 6, 15), dt.date(2026, 9, 18)),
        report_date=dt.date(2026, 9, 21),
        narrative=(
            "Pinecrest runs 27 dental clinics in western Michigan with 640 staff. Patient records live in the "
            "practice-management system, but treatment plans, referral letters, insurance pre-authorizations and "
            "X-ray exports were being saved to 22 SharePoint sites and sent by e-mail to labs and specialists "
            "with no classification and no control over external sharing. A phishing campaign in February 2026 "
            "that reached 40 front-desk mailboxes led the Compliance team to ask for stronger e-mail protection "
            "at the same time.",
            "From June 15 to September 18, 2026 Ashgrove designed a five-label taxonomy with Pinecrest Compliance "
            "(Public, Internal, Confidential, Confidential – PHI, Restricted – Legal), published it to all 640 "
            "users and made labelling mandatory in Outlook. Auto-labelling policies built on the US HIPAA and a "
            "custom patient-ID sensitive information type scanned 1.9 million files across the 22 sites; 212,000 "
            "of them are now labelled Confidential – PHI. A DLP policy blocks PHI from leaving the tenant except "
            "to the 31 approved lab and specialist domains.",
            "For Microsoft Defender for Office 365 we applied the Standard preset policy to all mailboxes and "
            "Strict to the 38 clinic managers and billing staff, turned on Safe Links and Safe Attachments for "
            "e-mail and Teams, and ran two attack-simulation campaigns in July and September. The click rate fell "
            "from 14% to 4% between the two campaigns.",
        ),
        figures=(("Clinics", "27"), ("Users (labels, Defender for Office 365)", "640"),
                 ("SharePoint sites scanned", "22 (1.9 million files)"),
                 ("Files auto-labelled Confidential – PHI", "212,000"),
                 ("Approved external lab / specialist domains", "31"),
                 ("Users on the Strict preset policy", "38"),
                 ("Attack simulation click rate", "14% (July) → 4% (September)"),
                 ("Engagement dates", "June 15 – September 18, 2026")),
        statuses=(DONE, DONE, DONE, "Completed (two-person approval; no CAB at Pinecrest)") + (DONE,) * 8,
        open_items=(("Extend auto-labelling to the new Holland clinic site", "Pinecrest IT", "November 30, 2026"),
                    ("Third attack-simulation campaign", "Pinecrest Compliance", "December 2026")),
    )
    pdf = ashgrove_pdf(job, ashgrove_report(job, signature_html="", date_cell=""),
                       created=at(2026, 9, 21, 14, 5, EDT))
    sent = Mail(
        sender=ASHGROVE_LEAD, to=(owner,), cc=(ASHGROVE_PM,), date=at(2026, 9, 21, 16, 40, EDT),
        subject="Pinecrest – Project Closure Report for your approval",
        body=("Hi Nadia,\n\nAttached is the closure report (v1.0) for the patient data protection and secure e-mail "
              "project. Could you review it and, if you agree with it, confirm by reply that Pinecrest accepts the "
              "work as complete?\n\nThank you,\nBen\n\nBenjamin Okoro | Engagement Lead | Ashgrove Consulting\n"),
        attachments=(("Pinecrest Dental - Project Closure Report v1.0.pdf", pdf, "application/pdf"),),
        received=False,
    )
    reply = Mail(
        sender=owner, to=(ASHGROVE_LEAD,), cc=(ASHGROVE_PM,), date=at(2026, 9, 24, 9, 12, EDT),
        subject="RE: Pinecrest – Project Closure Report for your approval",
        body=("Hi Ben,\n\nI've gone through the closure report (v1.0, Sept 21) with our compliance committee. It "
              "matches what was delivered: the labels are live in all 27 clinics, auto-labelling of the patient "
              "exports is running on the 22 sites, the PHI DLP policy is enforced with the 31 lab domains allowed, "
              "and Safe Links/Safe Attachments are on for every mailbox. Pinecrest approves the report and accepts "
              "the project as complete. The two open items are with my team.\n\nThank you to you and Claire.\n\n"
              "Nadia Kowalczyk\nDirector of Compliance & IT\nPinecrest Dental Group, P.C.\n\n" + quote_outlook(sent)),
    )
    submitted = at(2026, 10, 14, 13, 48, EDT)
    files = {
        "POE/Pinecrest Dental - Project Closure Report v1.0.pdf": pdf,
        "POE/RE_ Pinecrest – Project Closure Report for your approval.msg": msg_bytes(reply),
    }
    claim = cpor_claim(claim_id="4301922", area="Security", submitted=submitted, partner=ASHGROVE,
                       contact=ASHGROVE_LEAD, customer=client, customer_contact=owner,
                       workloads=["MICROSOFT INFORMATION PROTECTION", "MICROSOFT DEFENDER FOR OFFICE"], files=files)
    return Bundle(
        "4301922_Ashgrove_PinecrestDental_Purview", claim, files, "approve",
        "Guide item 1: an e-mail from the customer acknowledging the work is acceptable ('using the email "
        "acknowledgment from the customer as a signature'). Nadia Kowalczyk replies from pinecrestdental.com on "
        "2026-09-24 in her own words, approving the report and naming concrete outcomes; the report has the "
        "detail for MIP and MDO. The unsigned signature block is not a defect: the template offers e-mail "
        "confirmation and the e-mail is in the bundle. Shared Ashgrove boilerplate is not reuse.",
        "Ashgrove template #2 of 4 with acknowledgement by customer .msg reply (the report's signature block is "
        "left blank on purpose); customer written as 'Pinecrest' / 'Pinecrest Dental'.",
        expect_cpor(email=True),
        group="A1 Ashgrove template",
    )


def ashgrove_kettering() -> Bundle:
    client = Org("Kettering Tool & Die, Inc.", "ketteringtool.com", "US", "Dayton, OH", short="KTD",
                 address="3100 Springboro Pike, Dayton, OH 45439")
    owner = Person("Dale Brenner", "dbrenner@ketteringtool.com", "IT Manager")
    job = AshgroveJob(
        client=Org("Kettering Tool & Die", client.domain, "US", client.city, short="KTD", address=client.address),
        owner=owner, project="Identity protection and privileged access (Microsoft Entra ID P2)",
        reference="ASH-2026-0455", period=(dt.date(2026, 7, 6), dt.date(2026, 9, 25)),
        report_date=dt.date(2026, 9, 30),
        narrative=(
            "KTD makes precision dies and stamping tools at two plants in Dayton and Springfield, Ohio, with its "
            "head office in Dayton: 830 identities, including 140 shop-floor kiosk accounts and 44 administrators. "
            "An audit by KTD's largest automotive customer in April 2026 found standing global administrator "
            "rights, no MFA for contractors and no periodic review of access to the CAD vault.",
            "Between July 6 and September 25, 2026 Ashgrove deployed the Microsoft Entra ID P2 capabilities across "
            "the tenant. Risk-based Conditional Access now requires MFA or a secure password change for medium "
            "and high sign-in and user risk for all 830 identities, and the 140 kiosk accounts can only sign in "
            "from the plant networks. Privileged Identity Management covers the 44 administrators: 19 Entra roles "
            "and 3 Azure subscriptions are eligible-only, and activation of Global Administrator or Security "
            "Administrator needs the IT Manager's approval.",
            "Access reviews run quarterly for the 12 groups that grant access to the CAD vault and the ERP, and "
            "monthly for the 63 guest accounts of tooling suppliers; the first cycle in September removed 17 stale "
            "guests. Identity Protection alerts go to the KTD IT mailbox and to the managed SOC, with a runbook for "
            "confirming or dismissing compromised users.",
        ),
        figures=(("Identities in scope", "830 (incl. 140 kiosk accounts)"), ("Administrators under PIM", "44"),
                 ("Roles / subscriptions made eligible-only", "19 Entra roles, 3 Azure subscriptions"),
                 ("Groups under quarterly access review", "12"),
                 ("Supplier guest accounts reviewed monthly", "63 (17 removed in September)"),
                 ("Sites", "Dayton head office and plant, Springfield plant"),
                 ("Engagement dates", "July 6 – September 25, 2026")),
        statuses=(DONE,) * 9 + ("N/A (no end-user change; kiosk staff briefed by plant supervisors)", DONE, DONE),
        open_items=(),
    )
    blocks = ashgrove_report(job, signature_html="", date_cell="10/2/2026")
    printed = ashgrove_pdf(job, blocks, created=at(2026, 9, 30, 15, 10, EDT))
    signed = digitally_sign(printed, "ktd-brenner", owner, client, at(2026, 10, 2, 8, 41, EDT),
                            beside("Signature", dx=178, width=170, height=27))
    submitted = at(2026, 10, 21, 10, 5, EDT)
    files = {"POE/KTD_Closure_Report_EntraP2_digitally_signed.pdf": signed}
    claim = cpor_claim(claim_id="4302340", area="Security", submitted=submitted, partner=ASHGROVE,
                       contact=ASHGROVE_PM, customer=client, customer_contact=owner,
                       workloads=["AZURE ACTIVE DIRECTORY PREMIUM 2"], files=files,
                       comment="Report digitally signed by KTD's IT Manager in Acrobat.")
    return Bundle(
        "4302340_Ashgrove_KetteringToolDie_EntraP2", claim, files, "approve",
        "Guide item 1: 'a valid, secure, and verifiable electronic signature'. The report carries an intact "
        "digital signature (self-signed ID naming Dale Brenner, ketteringtool.com, signed 2026-10-02, covering "
        "the whole file); names visible (the report writes 'Kettering Tool & Die' and 'KTD' for Kettering Tool & "
        "Die, Inc.), detailed Entra ID P2 activities with counts and dates. Template text shared with the other "
        "Ashgrove reports is not reuse.",
        "Ashgrove template #3 of 4, digitally signed (pyHanko); customer written as 'KTD'.",
        expect_cpor(email=False),
        group="A1 Ashgrove template",
    )


def ashgrove_silverline() -> Bundle:
    client = Org("Silverline Credit Union", "silverlinecu.org", "US", "Lexington, KY", short="Silverline",
                 address="1450 Harrodsburg Road, Lexington, KY 40504")
    owner = Person("Teresa Vaughn", "tvaughn@silverlinecu.org", "Chief Information Officer")
    job = AshgroveJob(
        client=client, owner=owner, project="Identity threat detection and e-mail protection",
        reference="ASH-2026-0491", period=(dt.date(2026, 8, 3), dt.date(2026, 10, 16)),
        report_date=dt.date(2026, 10, 21),
        narrative=(
            "Silverline Credit Union (SCU) serves 58,000 members from 11 branches in central Kentucky and employs "
            "385 people. Its on-premises Active Directory, six domain controllers in two sites, had never been "
            "monitored for identity attacks, and the examiners asked for evidence of detection controls for "
            "lateral movement and business e-mail compromise after a wire-fraud attempt in May 2026.",
            "From August 3 to October 16, 2026 Ashgrove installed Microsoft Defender for Identity sensors on all "
            "six domain controllers and on the AD CS server, configured the required auditing through Group "
            "Policy, and cleaned up the posture findings: 9 accounts with unconstrained delegation, 31 service "
            "accounts with non-expiring passwords and 2 exposures of legacy protocols. Honeytoken accounts were "
            "created for the lending and wire teams.",
            "For Microsoft Defender for Office 365, all 420 mailboxes (385 users and 35 shared) are protected: the "
            "27 members of the wire-transfer and executive groups are on the Strict preset and everyone else on "
            "Standard, and impersonation protection covers the CEO, the CFO and the 4 correspondent-bank domains. "
            "Alerts from both products feed SCU's SIEM, and the three-person IT security team completed two "
            "hands-on investigation sessions in the Defender portal.",
        ),
        figures=(("Branches", "11 (plus operations centre)"), ("Employees", "385"),
                 ("Domain controllers with sensors", "6 + 1 AD CS server"),
                 ("Posture findings remediated", "9 delegation, 31 service accounts, 2 legacy protocols"),
                 ("Mailboxes protected", "420 (27 on Strict preset)"),
                 ("Engagement dates", "August 3 – October 16, 2026")),
        statuses=(DONE,) * 8 + ("Completed (2 sessions)", "N/A (no end-user change)", DONE, DONE),
        open_items=(("Retire the two servers still offering NTLMv1", "SCU infrastructure", "December 15, 2026"),),
    )
    printed = ashgrove_pdf(job, ashgrove_report(job, signature_html="", date_cell=""),
                           created=at(2026, 10, 21, 11, 0, EDT))
    scans = scan_pages(printed, "silverline-vaughn", ink=True, where=beside("Signature", dx=178),
                       date_beside=("Date", 178, "10/23/2026"), skew=0.9)
    scanned = image_pdf(scans, PdfMeta("Scan", "", at(2026, 10, 23, 14, 2, EDT), creator="Canon iR-ADV C5840",
                                       producer="Canon iR-ADV C5840 PDF"))
    submitted = at(2026, 11, 5, 9, 30, EST)
    files = {"POE/SCU closure report - signed scan.pdf": scanned}
    claim = cpor_claim(claim_id="4302716", area="Security", submitted=submitted, partner=ASHGROVE,
                       contact=ASHGROVE_LEAD, customer=client, customer_contact=owner,
                       workloads=["MICROSOFT DEFENDER FOR IDENTITY", "MICROSOFT DEFENDER FOR OFFICE"], files=files)
    return Bundle(
        "4302716_Ashgrove_SilverlineCU_Defender", claim, files, "approve",
        "Guide item 1: 'physically signed paper documents in image files or PDFs'. The whole report was printed, "
        "signed in ink by SCU's CIO with a handwritten date 10/23/2026 and scanned (image-only PDF, 5 pages, no "
        "text layer): within 12 months, names, detailed MDI and MDO activities. Boilerplate shared with the other "
        "Ashgrove reports (here only visible through OCR) is not reuse.",
        "Ashgrove template #4 of 4 as an ink-signed 200-dpi scan of the whole report: OCR'd boilerplate must not "
        "match the other three reports as reuse.",
        expect_cpor(email=False),
        group="A1 Ashgrove template",
    )


# --- A2. Brightline IT: one Word status-report template, three UK customers --------------------
BRIGHTLINE = Org("Brightline IT Ltd", "brightline-it.co.uk", "GB", "Leeds", location_id="7104452", short="Brightline",
                 address="3 Wellington Place, Leeds LS1 4AP")
BRIGHTLINE_DM = Person("Priya Natarajan", "priya.natarajan@brightline-it.co.uk", "Delivery Manager")
BRIGHTLINE_ENG = Person("Tom Aldridge", "tom.aldridge@brightline-it.co.uk", "Senior Modern Work Consultant")

BRIGHTLINE_APPROACH = (
    "Brightline delivers Microsoft 365 projects in short, fixed phases (discover, design, build, pilot, go-live, "
    "handover), each closed by a quality gate that the client's project lead signs off. A named delivery manager "
    "owns the plan, the RAID log and the weekly status call, and a senior consultant owns the technical design "
    "from discovery to handover, so the client deals with the same two people throughout.",
    "We build in the client's own tenant from the first week, pilot with real users rather than test accounts, "
    "and move to production only when the pilot group confirms the agreed scenarios. Every configuration change "
    "is recorded in the as-built workbook that is handed over with the runbooks at the end of the project, and "
    "the client's support team is trained on live data before Brightline steps back.",
)

BRIGHTLINE_GATES = (
    ("QG1 Design approved", "Solution design reviewed and approved by the client's technical lead"),
    ("QG2 Build verified", "Configuration checked against the design by a second Brightline engineer"),
    ("QG3 Pilot accepted", "Pilot users confirm that the agreed test scenarios pass"),
    ("QG4 Go-live ready", "Support model, user communications and rollback plan confirmed"),
    ("QG5 Handover", "Runbooks and as-built workbook delivered; client support team trained"),
    ("QG6 Closure", "Client confirms delivery; open items transferred with an owner"),
)

BRIGHTLINE_SIGNOFF = (
    "Please confirm acceptance of the work described in this report by replying to the covering e-mail or by "
    "signing Brightline's client sign-off form. Brightline will close the project and stop time recording on "
    "receipt of the client's confirmation; any item listed under section 7 stays open until its owner closes it."
)

BRIGHTLINE_ABOUT = (
    "Brightline IT is a Microsoft Solutions Partner for Modern Work based in Leeds. Since 2011 we have helped "
    "professional-services, construction, hospitality and manufacturing organisations across the North of England "
    "move to Microsoft 365, with a team of 34 consultants and engineers and a 24/7 service desk."
)

BRIGHTLINE_DISCLAIMER = (
    "This report has been prepared by Brightline IT Ltd for the client named above under the terms of the "
    "agreed statement of work. It reflects the status of the project on the report date. It is commercial in "
    "confidence and may be shared with Microsoft for the purpose of partner programme claims; it may not be "
    "disclosed to any other third party without Brightline's written consent. Microsoft, Microsoft 365 and "
    "Microsoft Teams are trademarks of the Microsoft group of companies."
)


@dataclass(frozen=True)
class BrightlineJob:
    client: Org
    client_lead: Person
    project: str
    reference: str
    period: str
    report_no: str
    report_date: dt.date
    summary: tuple[str, ...]
    rag: tuple[tuple[str, str, str], ...]
    work: tuple[tuple[str, str, str], ...]
    figures: tuple[tuple[str, str], ...]
    gates: tuple[str, ...]  # status per quality gate
    open_items: tuple[tuple[str, str, str], ...]
    next_steps: tuple[str, ...]


def brightline_docx(job: BrightlineJob) -> bytes:
    def build(document: DocxDocument) -> None:
        docx_furniture(document, header="Brightline IT Ltd  |  Project Status Report  |  COMMERCIAL IN CONFIDENCE",
                       footer="Brightline IT Ltd · Registered in England and Wales No. 08815522 · "
                              "3 Wellington Place, Leeds LS1 4AP")
        logo = document.add_paragraph()
        run = logo.add_run("brightline")
        run.bold = True
        run.font.size = Pt(22)
        run.font.color.rgb = RGBColor(0xF2, 0x8C, 0x28)
        run = logo.add_run(" IT")
        run.font.size = Pt(22)
        run.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
        title = document.add_paragraph()
        run = title.add_run("Project Status Report")
        run.bold = True
        run.font.size = Pt(16)
        sub = document.add_paragraph()
        run = sub.add_run(job.project)
        run.font.size = Pt(12)
        run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        docx_table(document, None, [
            ["Client", job.client.name], ["Project", job.project], ["Brightline reference", job.reference],
            ["Reporting period", job.period], ["Report number", job.report_no],
            ["Report date", uk_date(job.report_date)], ["Status", "Final – project closure"],
            ["Prepared by", f"{BRIGHTLINE_DM.name} (Delivery Manager), {BRIGHTLINE_ENG.name} (Senior Consultant)"],
            ["Client project lead", f"{job.client_lead.name}, {job.client_lead.title}"],
        ])
        orange = (0xC0, 0x5A, 0x10)
        docx_heading(document, "1. Executive summary", 1, orange)
        for p in job.summary:
            document.add_paragraph(p)
        docx_heading(document, "2. Overall status", 1, orange)
        docx_table(document, ["Area", "RAG", "Comment"], [list(r) for r in job.rag], style="Light Grid Accent 2")
        docx_heading(document, "3. Work completed", 1, orange)
        docx_table(document, ["Workstream", "What we did", "Dates"], [list(r) for r in job.work])
        docx_heading(document, "4. Key figures", 1, orange)
        docx_table(document, ["Measure", "Value"], [list(r) for r in job.figures], style="Light List Accent 2")
        docx_heading(document, "5. How Brightline delivers", 1, orange)
        for p in BRIGHTLINE_APPROACH:
            document.add_paragraph(p)
        docx_heading(document, "6. Quality gates", 1, orange)
        docx_table(document, ["Gate", "Criteria", "Status"],
                   [[g, c, s] for (g, c), s in zip(BRIGHTLINE_GATES, job.gates, strict=True)])
        docx_heading(document, "7. Risks, issues and open items", 1, orange)
        if job.open_items:
            docx_table(document, ["Item", "Owner", "Target"], [list(r) for r in job.open_items])
        else:
            document.add_paragraph("No open risks or issues at closure.")
        docx_heading(document, "8. Next steps and handover", 1, orange)
        docx_bullets(document, job.next_steps)
        docx_heading(document, "9. Client sign-off", 1, orange)
        document.add_paragraph(BRIGHTLINE_SIGNOFF)
        docx_heading(document, "About Brightline IT", 2, orange)
        document.add_paragraph(BRIGHTLINE_ABOUT)
        disclaimer = document.add_paragraph()
        run = disclaimer.add_run(BRIGHTLINE_DISCLAIMER)
        run.italic = True
        run.font.size = Pt(8)

    return docx_bytes(build, title=f"{job.client.call} – Project Status Report {job.report_no}",
                      author=BRIGHTLINE_DM.name, created=dt.datetime.combine(job.report_date, dt.time(9, 30),
                                                                              tzinfo=BST),
                      font="Segoe UI", size=10)


def brightline_harcourt() -> Bundle:
    client = Org("Harcourt & Byrne LLP", "harcourtbyrne.co.uk", "GB", "Manchester", short="H&B")
    lead = Person("Philippa Crane", "philippa.crane@harcourtbyrne.co.uk", "Head of IT & Facilities")
    job = BrightlineJob(
        client=client, client_lead=lead, project="Teams Phone and meeting-room refresh", reference="BIT-P-2026-117",
        period="24 August – 2 October 2026", report_no="SR-07 (closure)", report_date=dt.date(2026, 10, 5),
        summary=(
            "H&B's 210 solicitors and support staff in Manchester, Leeds and Chester have moved from the "
            "end-of-life Mitel telephone system to Microsoft Teams Phone with Operator Connect, and the 14 meeting "
            "rooms across the three offices now run Microsoft Teams Rooms. All numbers were ported by 28 September "
            "and the Mitel platform was switched off on 2 October, two days ahead of the support contract end.",
            "Reception and the conveyancing team were the main risk because of their call volumes; they were "
            "piloted first (41 users, 7–18 September) and their call queues were tuned twice before go-live. Call "
            "recording for the 38 users in the regulated family-law team is live and retained for six years in "
            "line with H&B's SRA obligations.",
        ),
        rag=(("Scope", "Green", "All in-scope users and rooms live"),
             ("Schedule", "Green", "Mitel switched off 2 October, ahead of 4 October contract end"),
             ("Budget", "Green", "Within the fixed fee"),
             ("Risks", "Amber", "One fax line at Chester remains on a legacy line (see section 7)")),
        work=(("Teams Phone", "Operator Connect with Gamma; 212 numbers ported in two batches (Manchester 21 Sep, "
               "Leeds and Chester 28 Sep); 210 users enabled with Teams Phone licences and emergency addresses for "
               "each floor", "24 Aug – 28 Sep"),
              ("Call handling", "6 auto attendants and 9 call queues (reception, conveyancing, family law, "
               "accounts); out-of-hours routing to the duty-solicitor mobile", "1 Sep – 25 Sep"),
              ("Compliance recording", "Policy-based call recording for 38 family-law users; retention 6 years",
               "14 Sep – 25 Sep"),
              ("Teams Rooms", "9 rooms on Windows (Logitech Tap + Rally Bar), 5 small rooms with Yealink MeetingBar "
               "A20; resource accounts, room mailboxes and Teams Rooms Pro Management enrolment", "31 Aug – 2 Oct"),
              ("Adoption", "6 lunch-and-learn sessions; 41 reception and secretarial staff trained on call queues",
               "7 Sep – 30 Sep")),
        figures=(("Users enabled for Teams Phone", "210"), ("Numbers ported", "212"), ("Auto attendants", "6"),
                 ("Call queues", "9"), ("Teams Rooms", "14 (9 Windows, 5 Android)"), ("Offices", "3"),
                 ("Go-live", "28 September 2026")),
        gates=("Passed 27 Aug", "Passed 4 Sep", "Passed 18 Sep", "Passed 24 Sep", "Passed 1 Oct",
               "Awaiting client confirmation"),
        open_items=(("Chester fax line kept on an analogue line until the eFax service starts", "H&B Facilities",
                     "December 2026"),),
        next_steps=("Brightline service desk takes over Teams Phone and Teams Rooms support from 5 October.",
                    "First monthly call-quality review with H&B IT on 3 November."),
    )
    report = brightline_docx(job)
    sent = Mail(
        sender=BRIGHTLINE_DM, to=(lead,), cc=(BRIGHTLINE_ENG,), date=at(2026, 10, 5, 15, 2, BST),
        subject="H&B Teams Phone – closure status report SR-07",
        body=("Hi Philippa,\n\nPlease find attached the closure status report for the Teams Phone and meeting-room "
              "project. If you're happy with it, could you reply to confirm acceptance so we can close the project?"
              "\n\nMany thanks,\nPriya\n\nPriya Natarajan | Delivery Manager | Brightline IT\n"),
        attachments=(("HB_Status_Report_SR-07_closure.docx", report,
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),),
        received=False,
    )
    reply = Mail(
        sender=lead, to=(BRIGHTLINE_DM,), cc=(BRIGHTLINE_ENG,), date=at(2026, 10, 9, 11, 26, BST),
        subject="RE: H&B Teams Phone – closure status report SR-07",
        body=("Hi Priya,\n\nThanks for the report. I can confirm H&B accepts the Teams Phone and Teams Rooms work "
              "as described in SR-07: all 210 users are on Teams Phone, the 212 numbers are ported and the 14 rooms "
              "are in daily use. Reception say the new queues are much better than Mitel ever was. We'll pick up "
              "the Chester fax line ourselves.\n\nPlease go ahead and close the project.\n\nKind regards,\n"
              "Philippa\n\nPhilippa Crane\nHead of IT & Facilities\nHarcourt & Byrne LLP\n\n" + quote_outlook(sent)),
    )
    submitted = at(2026, 10, 19, 10, 40, BST)
    files = {
        "Evidence/HB_Status_Report_SR-07_closure.docx": report,
        "Evidence/RE_ H&B Teams Phone – closure status report SR-07.msg": msg_bytes(reply),
    }
    claim = cpor_claim(claim_id="4304058", area="Modern Work", submitted=submitted, partner=BRIGHTLINE,
                       contact=BRIGHTLINE_DM, customer=client, customer_contact=lead,
                       workloads=["TEAMS PHONE ENABLED USERS", "TEAMS ROOMS"], files=files)
    return Bundle(
        "4304058_Brightline_HarcourtByrne_TeamsPhone", claim, files, "approve",
        "Guide item 1: customer e-mail acknowledgement from harcourtbyrne.co.uk (2026-10-09) confirming the "
        "specific work; the Word report gives users, numbers, rooms and dates for both claimed workloads. "
        "Brightline's template text (approach, quality gates, sign-off wording, About, disclaimer) recurs in "
        "4304611 and 4305290 but the customer-specific content does not, so nothing is reused evidence.",
        "Brightline .docx status-report template #1 of 3 (section header/footer with PAGE/NUMPAGES fields) plus "
        "the customer's .msg reply; customer written as 'H&B'.",
        expect_cpor(email=True),
        group="A2 Brightline template",
    )


def brightline_wexford() -> Bundle:
    client = Org("Wexford Homes Ltd", "wexfordhomes.co.uk", "GB", "York", short="Wexford")
    lead = Person("Martin Oduya", "martin.oduya@wexfordhomes.co.uk", "IT Operations Manager")
    job = BrightlineJob(
        client=client, client_lead=lead, project="File server to SharePoint and Teams migration",
        reference="BIT-P-2026-124", period="7 September – 16 October 2026", report_no="SR-06 (closure)",
        report_date=dt.date(2026, 10, 19),
        summary=(
            "Wexford builds around 600 homes a year across North Yorkshire and the East Riding. Its 380 staff in the "
            "York head office, two regional offices and 23 live construction sites worked from a 1.4 TB Windows "
            "file server and e-mailed drawings to site managers. The file server has now been retired (read-only "
            "since 12 October) and every department, development and site team works in SharePoint Online and "
            "Microsoft Teams.",
            "Site managers were the priority: each of the 23 live developments has a Team built from Wexford's "
            "development template, with the current drawing register and snagging lists available offline on the "
            "140 site iPads. The intranet 'The Yard' replaces the old staff newsletter and holds the health and "
            "safety documents that site teams must read before starting work.",
        ),
        rag=(("Scope", "Green", "All shares migrated; file server read-only"),
             ("Schedule", "Amber", "Wave 3 moved by one week for the land team's year-end"),
             ("Budget", "Green", "Within the fixed fee"),
             ("Risks", "Green", "None open")),
        work=(("SharePoint information architecture", "Hub site 'The Yard'; 12 department sites; 33 development "
               "sites created from Wexford's template (drawing register, snagging list, H&S library)",
               "7 Sep – 18 Sep"),
              ("Migration", "1.4 TB / 2.1 million files moved with the SharePoint Migration Tool in 3 waves; broken "
               "permission inheritance reduced from 1,900 folders to 140", "21 Sep – 12 Oct"),
              ("Microsoft Teams", "23 development Teams with Site, Sales and Commercial channels; 9 department Teams; "
               "Teams mobile and offline files on 140 site-manager iPads", "28 Sep – 16 Oct"),
              ("Adoption", "Champions network of 18 staff; 11 training sessions (3 on site); quick-reference cards "
               "for site managers", "5 Oct – 16 Oct")),
        figures=(("Staff in scope", "380"), ("Data migrated", "1.4 TB, 2.1 million files"),
                 ("SharePoint sites", "46 (1 hub, 12 department, 33 development)"), ("Teams", "32"),
                 ("Site iPads with Teams mobile", "140"), ("File server read-only from", "12 October 2026")),
        gates=("Passed 11 Sep", "Passed 18 Sep", "Passed 25 Sep", "Passed 2 Oct", "Passed 16 Oct",
               "Awaiting client confirmation"),
        open_items=(),
        next_steps=("File server to be decommissioned by Wexford IT on 30 November after the 6-week read-only period.",
                    "Quarterly permissions review of the development sites, first one in January 2027."),
    )
    report = brightline_docx(job)
    reply = Mail(
        sender=lead, to=(BRIGHTLINE_DM,), cc=(BRIGHTLINE_ENG,), date=at(2026, 10, 22, 8, 54, BST),
        subject="Re: Wexford SharePoint/Teams migration - closure report SR-06",
        body=("Morning Priya,\n\nI've read through SR-06 and shared it with our FD. Wexford is happy to accept the "
              "project as complete: the migration of all the shares to SharePoint went in over the three waves, the "
              "development Teams are being used on every site and the site managers have their drawings offline on "
              "the iPads. We'll take care of decommissioning the file server at the end of November as per the "
              "report.\n\nThanks to you and Tom for a smooth project.\n\nMartin\n\n--\nMartin Oduya\nIT Operations "
              "Manager | Wexford Homes Ltd\n\nOn Mon, 19 Oct 2026 at 16:10, Priya Natarajan "
              "<priya.natarajan@brightline-it.co.uk> wrote:\n> Hi Martin,\n> Attached is the closure report (SR-06) "
              "for the migration. Please let us know if Wexford accepts the work.\n> Thanks, Priya\n"),
        mailer="Mozilla Thunderbird", mailbox="priya.natarajan@brightline-it.co.uk",
    )
    submitted = at(2026, 11, 2, 14, 15, GMT)
    files = {
        "Wexford_Status_Report_SR-06_closure.docx": report,
        "Wexford acceptance email 22-10-2026.eml": eml_bytes(reply),
    }
    claim = cpor_claim(claim_id="4304611", area="Modern Work", submitted=submitted, partner=BRIGHTLINE,
                       contact=BRIGHTLINE_DM, customer=client, customer_contact=lead,
                       workloads=["SHAREPOINT ONLINE", "TEAMS"], files=files)
    return Bundle(
        "4304611_Brightline_WexfordHomes_SharePoint", claim, files, "approve",
        "Customer e-mail acknowledgement (.eml from wexfordhomes.co.uk, 2026-10-22) accepting the specific "
        "migration; detailed SharePoint and Teams activities with counts and dates. Same Brightline template as "
        "4304058/4305290, different customer content: no reused evidence.",
        "Brightline .docx template #2 of 3 with a Thunderbird .eml acknowledgement (quoted with '>' lines).",
        expect_cpor(email=True),
        group="A2 Brightline template",
    )


def brightline_calder() -> Bundle:
    client = Org("Calder Valley Brewing Co. Ltd", "caldervalleybrewing.co.uk", "GB", "Halifax", short="Calder Valley")
    lead = Person("Fiona Hartley", "fiona.hartley@caldervalleybrewing.co.uk", "Operations Director")
    job = BrightlineJob(
        client=client, client_lead=lead, project="Exchange Online migration and Microsoft 365 Apps roll-out",
        reference="BIT-P-2026-131", period="28 September – 30 October 2026", report_no="SR-05 (closure)",
        report_date=dt.date(2026, 11, 2),
        summary=(
            "Calder Valley's hosted Exchange 2013 service ended on 31 October 2026. Brightline moved the brewery's "
            "165 user mailboxes and 12 shared mailboxes (orders, deliveries, events and the four pubs) to Exchange "
            "Online ahead of the deadline, with the MX cut-over on the evening of 23 October after last orders.",
            "At the same time the 140 PCs and laptops in the brewery, the taproom and the four pubs were moved from "
            "Office 2016 volume licensing to Microsoft 365 Apps for business on the monthly enterprise channel, "
            "deployed silently overnight so the tills and stock PCs were never interrupted during trading hours.",
        ),
        rag=(("Scope", "Green", "All mailboxes and devices complete"),
             ("Schedule", "Green", "Cut-over 23 October, ahead of the 31 October deadline"),
             ("Budget", "Green", "Within the fixed fee"),
             ("Risks", "Green", "None open")),
        work=(("Exchange Online", "165 user and 12 shared mailboxes migrated from the hosted Exchange 2013 service "
               "with BitTitan MigrationWiz (pre-stage 2–20 Oct, delta and MX cut-over 23 Oct); SPF, DKIM and DMARC "
               "records published; 3 distribution lists for the pubs rebuilt as Microsoft 365 groups",
               "28 Sep – 26 Oct"),
              ("Microsoft 365 Apps", "Office 2016 removed and Microsoft 365 Apps for business (monthly enterprise "
               "channel) installed on 140 devices with the Office Deployment Tool via Intune scripts; shared "
               "computer activation on the 9 till-side PCs", "5 Oct – 30 Oct"),
              ("Outlook profiles and mobiles", "Outlook profiles recreated on all devices; 48 phones moved to "
               "Outlook mobile", "23 Oct – 27 Oct")),
        figures=(("Mailboxes migrated", "165 user + 12 shared"), ("Data migrated", "412 GB"),
                 ("Devices on Microsoft 365 Apps", "140"), ("Sites", "Brewery, taproom and 4 pubs"),
                 ("MX cut-over", "23 October 2026, 23:30")),
        gates=("Passed 1 Oct", "Passed 9 Oct", "Passed 16 Oct", "Passed 21 Oct", "Passed 30 Oct",
               "Signed sign-off form requested"),
        open_items=(),
        next_steps=("Hosted Exchange tenant to be cancelled by Calder Valley on 31 October (done).",
                    "Brightline service desk support under the existing support contract."),
    )
    report = brightline_docx(job)
    esign = ESign(lead.name, at(2026, 11, 4, 10, 12, GMT), "CBJCHBCAABAA" + hexid("calder-sign", length=20),
                  vendor="Adobe Acrobat Sign")
    form = html_pdf(
        [f"""<p><b style="font-size: 20pt; color: #f28c28">brightline</b><b style="font-size: 20pt; color: #404040">
IT</b></p><h1>Client Sign-off Form</h1>
<table>{rows([("Client", client.name), ("Project", job.project), ("Brightline reference", job.reference),
              ("Report reviewed", f"Project Status Report {job.report_no}, dated {uk_date(job.report_date)}"),
              ("Delivery period", job.period)])}</table>
<h2>Work accepted</h2>
{ul(["Migration of 165 user mailboxes and 12 shared mailboxes from the hosted Exchange 2013 service to Exchange "
     "Online, MX cut-over on 23 October 2026.",
     "Microsoft 365 Apps for business deployed to 140 devices in the brewery, taproom and four pubs; Office 2016 "
     "removed; shared computer activation on 9 till-side PCs.",
     "Outlook profiles recreated and 48 phones moved to Outlook mobile."])}
<p>By signing, the client confirms that Brightline IT Ltd has delivered the work above as described in the status
report and accepts the project as complete.</p>
<table>{rows([("Name", lead.name), ("Title", lead.title), ("Company", client.name)])}
<tr><td class="label">Signature</td><td>{esign.html()}</td></tr>
<tr><td class="label">Date</td><td>{uk_date(esign.signed.date())}</td></tr></table>""",
         PAGE_BREAK,
         adobe_audit_page(esign, document="Calder Valley - Client Sign-off Form BIT-P-2026-131",
                          sender=BRIGHTLINE_DM, signer=lead, created=at(2026, 11, 2, 16, 30, GMT))],
        PdfMeta("Calder Valley - Client Sign-off Form BIT-P-2026-131", BRIGHTLINE_DM.name, at(2026, 11, 2, 16, 25, GMT),
                creator="Adobe Acrobat Sign", producer="Adobe Acrobat Sign",
                modified=esign.signed + dt.timedelta(seconds=41)),
        css=css_variant(body_font="sans-serif", size="10pt", heading_color="#c05a10"),
        decorate=furniture(footer="Brightline IT Ltd · 3 Wellington Place, Leeds LS1 4AP",
                           page_fmt="{n}/{N}", header_right=f"Transaction ID {esign.envelope}"),
    )
    submitted = at(2026, 11, 12, 9, 5, GMT)
    files = {
        "POE/CVB - Status Report SR-05 (closure).docx": report,
        "POE/Calder Valley - Client Sign-off Form BIT-P-2026-131 - signed.pdf": form,
    }
    claim = cpor_claim(claim_id="4305290", area="Modern Work", submitted=submitted, partner=BRIGHTLINE,
                       contact=BRIGHTLINE_DM, customer=client, customer_contact=lead,
                       workloads=["EXCHANGE ONLINE", "MICROSOFT 365 APPS"], files=files)
    return Bundle(
        "4305290_Brightline_CalderValleyBrewing_Exchange", claim, files, "approve",
        "Acrobat Sign e-signature of the customer's Operations Director (4 November 2026, with the Final Audit "
        "Report) on a sign-off form that names the report, the project and the accepted work; detailed "
        "activities for EXCHANGE ONLINE and MICROSOFT 365 APPS. Template text shared with the other two "
        "Brightline reports is not reuse.",
        "Brightline .docx template #3 of 3 with a separate Acrobat Sign sign-off form (audit trail page); UK date "
        "formats; customer written as 'Calder Valley' / 'CVB'.",
        expect_cpor(email=False),
        group="A2 Brightline template",
    )


# --- A3. US public sector: the same mandated fee-disclosure wording, three customers ---------
PSD_TITLE = "Public Sector Customer Disclosure of Microsoft Partner Compensation"
PSD_TEXT = (
    "In accordance with the requirements that apply to public sector customers in the United States and Puerto "
    "Rico, the Partner named above discloses to the Customer named above that the Partner may receive fees, "
    "commissions, incentives or other compensation from Microsoft Corporation or its affiliates in connection "
    "with the Microsoft products and services procured by the Customer and with the services the Partner "
    "performs for the Customer, including incentives earned as Claiming Partner of Record for the Customer's "
    "Microsoft cloud workloads and under Microsoft Commerce Incentives engagements. Such amounts are determined "
    "by Microsoft under its partner incentive programs, may vary with the Customer's use of Microsoft online "
    "services, and are paid by Microsoft, not by the Customer. They do not change the prices, fees or terms "
    "agreed between the Customer and the Partner or between the Customer and Microsoft.",
    "The Partner will answer any question the Customer has about the nature or amount of such compensation. This "
    "disclosure is made in writing so that the Customer can confirm that the engagement complies with the "
    "procurement, ethics and gift rules that apply to it. By signing below, the Customer acknowledges in writing "
    "that it has received and read this disclosure; the acknowledgement creates no obligation to purchase any "
    "product or service.",
)


def psd_blocks(*, partner: Org, customer: Org, date: dt.date, letterhead: str, signer: Person,
               signature_html: str, date_cell: str) -> list[str]:
    return [
        f"""{letterhead}<h1>{PSD_TITLE}</h1>
<table>{rows([("Partner", f"{partner.name}, {partner.address}"), ("Partner location ID", partner.location_id or ""),
              ("Customer", f"{customer.name}, {customer.address}"),
              ("Date of disclosure", long_date(date))])}</table>""",
        paras(*PSD_TEXT),
        f"""<h2>Customer acknowledgement</h2>
<table>{rows([("Customer", customer.name), ("Name", signer.name), ("Title", signer.title)])}
<tr><td class="label">Signature</td><td><div class="sig">{signature_html}</div></td></tr>
<tr><td class="label">Date</td><td>{date_cell or '&nbsp;'}</td></tr></table>""",
    ]


def redwood_mvwd_public() -> Bundle:
    partner = Org("Redwood Civic Technologies, Inc.", "redwoodcivic.com", "US", "Sacramento, CA",
                  location_id="7218835", short="Redwood Civic",
                  address="1020 J Street, Suite 300, Sacramento, CA 95814")
    customer = Org("Marin Valley Water District", "mvwd.org", "US", "Novato, CA", segment="public_sector",
                   short="MVWD", address="85 Digital Drive, Novato, CA 94949")
    it = Person("Carlos Medina", "cmedina@mvwd.org", "IT Manager")
    gm = Person("Janet Oyelaran", "joyelaran@mvwd.org", "General Manager")
    lead = Person("Hannah Ruiz", "hruiz@redwoodcivic.com", "Public Sector Practice Lead")
    esign = ESign(it.name, at(2026, 9, 17, 14, 3, PDT), guid("env", "mvwd-poe", upper=True))
    scope = [
        "<p><b>Environment.</b> MVWD supplies drinking water to 61,000 residents. Its 240 employees work at the "
        "Novato headquarters, two treatment plants (Stafford and North Marin) and the field operations yard. Before "
        "the project, 190 laptops and 120 desktops were imaged by hand, the 95 iPhones of the field crews were not "
        "managed, and endpoint protection was a legacy antivirus product with no EDR. The 14 SCADA HMI workstations "
        "on the segmented process network are out of scope by design and stay on the plant vendor's baseline.</p>",
        "<p><b>Microsoft Intune (April 13 – July 10, 2026)</b></p>"
        + ul(["Windows Autopilot (user-driven, Entra ID join) for the 190 laptops; the 120 desktops enrolled through "
              "Group Policy with hybrid join.",
              "Compliance policies (BitLocker, Defender Antivirus, OS build) tied to Conditional Access for Exchange "
              "Online and the work-order system.",
              "Automated Device Enrollment for the 95 field-crew iPhones with the GIS and work-order apps deployed "
              "as required apps; app protection policies for Outlook and Teams.",
              "Update rings with a 7-day deferral for the treatment-plant office PCs."])
        + "<p><b>Microsoft Defender for Endpoint (June 1 – August 28, 2026)</b></p>"
        + ul(["Onboarded 310 Windows devices through Intune in three rings (IT 12, headquarters 160, plants and yard "
              "138); legacy antivirus removed after each ring.",
              "12 attack surface reduction rules audited for 3 weeks, 10 moved to block; EDR in block mode and "
              "tamper protection on all devices.",
              "Device groups per site; automated investigation set to full remediation for headquarters devices; "
              "monthly vulnerability report to the IT Manager."]),
        "<p><b>Results.</b> 310 of 310 in-scope Windows devices and 95 of 95 iPhones managed and compliant on "
        "August 28, 2026; exposure score reduced from 61 to 27.</p>",
    ]
    poe = html_pdf(
        security_poe_template(partner=partner.name, customer=customer.name, signatory=it,
                              selected={"Microsoft Intune": ("Deployment", "Implementation"),
                                        "Microsoft Defender for Endpoint (MDE)": ("Deployment", "Implementation")},
                              scope=scope, engagement=(dt.date(2026, 4, 13), dt.date(2026, 8, 28)), esign=esign),
        PdfMeta("MVWD Intune MDE POE", lead.name, at(2026, 9, 15, 11, 0, PDT), modified=esign.signed),
        decorate=chain(esign.decorate(), furniture(footer="MVWD – CPOR POE – Redwood Civic Technologies",
                                                   page_fmt="{n}")),
    )
    psd_sign = ESign(gm.name, at(2026, 4, 6, 9, 48, PDT), guid("env", "mvwd-psd", upper=True))
    letterhead = ('<p><b style="font-size: 16pt; color: #7a2e1e">REDWOOD CIVIC</b> '
                  '<span style="color: #7a2e1e">TECHNOLOGIES</span><br/>'
                  '<span class="small">1020 J Street, Suite 300 · Sacramento, CA 95814 · redwoodcivic.com</span></p>')
    psd = html_pdf(
        psd_blocks(partner=partner, customer=customer, date=dt.date(2026, 4, 2), letterhead=letterhead, signer=gm,
                   signature_html=psd_sign.html(), date_cell=us_date(psd_sign.signed.date())),
        PdfMeta("MVWD - Public Sector Disclosure", lead.name, at(2026, 4, 2, 10, 0, PDT), modified=psd_sign.signed),
        css=css_variant(body_font="serif", heading_color="#7a2e1e"),
        decorate=psd_sign.decorate(),
    )
    submitted = at(2026, 10, 8, 9, 40, PDT)
    files = {"POE/MVWD_CPOR_POE_Intune_MDE_signed.pdf": poe,
             "Disclosure/MVWD_Public_Sector_Disclosure_signed.pdf": psd}
    claim = cpor_claim(claim_id="4306133", area="Security", submitted=submitted, partner=partner, contact=lead,
                       customer=customer, customer_contact=it, workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
                       files=files, roles={"Disclosure/MVWD_Public_Sector_Disclosure_signed.pdf":
                                           "public_sector_disclosure"})
    return Bundle(
        "4306133_RedwoodCivic_MarinValleyWater_PublicSector", claim, files, "approve",
        "US public-sector (government) customer on a Security usage claim: the guide requires a written fee "
        "disclosure acknowledged by the customer in writing; it is DocuSigned by MVWD's General Manager. The POE "
        "(Microsoft template, DocuSigned 9/17/2026) meets all five components. The disclosure's wording is the "
        "mandated text that 4306574 and 4307019 also carry: identical by design, signed by a different customer "
        "each time, so it is not reused evidence.",
        "Public-sector disclosure #1 of 3 (same ~200-word mandated wording, partner letterhead, DocuSign).",
        expect_cpor(email=False, public=True),
        group="A3 public sector disclosure",
    )


def blueheron_stbrendans_public() -> Bundle:
    partner = Org("Blue Heron Health IT LLC", "blueheronhit.com", "US", "Portland, OR", location_id="7225061",
                  short="Blue Heron", address="1455 NW Irving Street, Suite 600, Portland, OR 97209")
    customer = Org("St. Brendan's Regional Medical Center", "stbrendansrmc.org", "US", "Salem, OR",
                   segment="public_sector", short="St. Brendan's", address="2200 Center Street NE, Salem, OR 97301")
    ciso = Person("Monica Alvarez", "malvarez@stbrendansrmc.org", "Chief Information Security Officer")
    cfo = Person("Gregory Paulson", "gpaulson@stbrendansrmc.org", "Chief Financial Officer")
    lead = Person("Darius Fenwick", "dfenwick@blueheronhit.com", "Managing Consultant, Data Security")
    letter = f"""<p><b style="font-size: 17pt; color: #1c5d7a">Blue Heron</b>
<span style="font-size: 11pt; color: #1c5d7a">HEALTH IT</span><br/>
<span class="small">1455 NW Irving Street, Suite 600, Portland, OR 97209 · blueheronhit.com</span></p>
<h1>Implementation Acceptance – Microsoft Purview</h1>
<table>{rows([("Customer", "St. Brendan's Regional Medical Center (SBRMC), Salem, OR"),
              ("Partner", partner.name), ("Engagement", "BH-2026-022 Purview Information Protection and Insider "
                                                        "Risk Management"),
              ("Period", "May 11 – September 25, 2026")])}</table>
<h2>Environment</h2>
<p>St. Brendan's is a 312-bed regional hospital with 14 outpatient clinics and 4,200 workforce members. Clinical
documentation lives in Epic; referral letters, research data extracts, quality reports and HR files were stored
in SharePoint Online and OneDrive (3.2 million files) and shared by e-mail without classification.</p>
<h2>Microsoft Purview Information Protection</h2>
{ul(["Label taxonomy approved by the Privacy Office: Public, Internal, Confidential, Confidential – PHI, "
     "Restricted – Research; published to all 4,200 users with mandatory labelling in Outlook, Word, Excel and "
     "PowerPoint.",
     "Auto-labelling of PHI (US HIPAA identifiers plus a custom MRN sensitive information type) across 3.2 million "
     "files; 486,000 files labelled Confidential – PHI.",
     "Exchange and endpoint DLP on 2,900 workstations: PHI blocked from personal e-mail, USB and unmanaged cloud "
     "storage, with overrides logged for the 60 care coordinators who work with external agencies."])}
<h2>Microsoft Purview Insider Risk Management</h2>
{ul(["HR connector from Workday for resignations and terminations; 'data theft by departing users' policy for all "
     "workforce members.",
     "'Patient data misuse' healthcare policy fed by the Epic access-log connector for 1,850 clinical users.",
     "'Data leaks by priority users' for the 120-member research group; case workflow with the Privacy Office and "
     "HR (7 analysts trained)."])}
<h2>Acceptance</h2>
<p>St. Brendan's confirms that Blue Heron Health IT delivered the work above between May 11 and September 25,
2026 and accepts the implementation.</p>
<table>{rows([("Name", ciso.name), ("Title", ciso.title)])}
<tr><td class="label">Signature</td><td><div class="sig"></div></td></tr>
<tr><td class="label">Date</td><td>&nbsp;</td></tr></table>"""
    printed = html_pdf([letter], PdfMeta("SBRMC Purview acceptance", lead.name, at(2026, 10, 5, 10, 0, PDT)),
                       css=css_variant(body_font="sans-serif", size="9.5pt", heading_color="#1c5d7a"),
                       decorate=furniture(footer="Blue Heron Health IT LLC – Confidential", page_fmt="Page {n} of {N}"))
    scans = scan_pages(printed, "stbrendans-alvarez", ink=True, where=beside("Signature", dx=178),
                       date_beside=("Date", 178, "10/8/26"), skew=-1.1)
    poe = image_pdf(scans, PdfMeta("", "", at(2026, 10, 8, 15, 27, PDT), creator="HP LaserJet MFP M528",
                                   producer="HP Scan"))
    psd_sign = ESign(cfo.name, at(2026, 3, 19, 16, 5, PDT), "CBJCHBCAABAA" + hexid("sbrmc-psd", length=20),
                     vendor="Adobe Acrobat Sign")
    letterhead = ('<p><b style="font-size: 15pt; color: #1c5d7a">Blue Heron Health IT</b><br/>'
                  '<span class="small">1455 NW Irving Street, Suite 600, Portland, OR 97209</span></p>')
    psd = html_pdf(
        [*psd_blocks(partner=partner, customer=customer, date=dt.date(2026, 3, 16), letterhead=letterhead,
                     signer=cfo, signature_html=psd_sign.html(), date_cell=long_date(psd_sign.signed.date())),
         PAGE_BREAK, adobe_audit_page(psd_sign, document="SBRMC Public Sector Disclosure", sender=lead, signer=cfo,
                                        created=at(2026, 3, 16, 13, 0, PDT))],
        PdfMeta("SBRMC Public Sector Disclosure", lead.name, at(2026, 3, 16, 12, 55, PDT), creator="Adobe Acrobat Sign",
                producer="Adobe Acrobat Sign", modified=psd_sign.signed),
        css=css_variant(body_font="sans-serif", size="10pt", heading_color="#1c5d7a"),
        decorate=furniture(header_right=f"Adobe Acrobat Sign Transaction ID: {psd_sign.envelope}", page_fmt="{n}"),
    )
    submitted = at(2026, 10, 29, 16, 20, PDT)
    files = {"POE/SBRMC_Purview_Acceptance_signed.pdf": poe,
             "POE/SBRMC Public Sector Disclosure - signed.pdf": psd}
    claim = cpor_claim(claim_id="4306574", area="Security", submitted=submitted, partner=partner, contact=lead,
                       customer=customer, customer_contact=ciso,
                       workloads=["MICROSOFT INFORMATION PROTECTION", "INSIDER RISK MANAGER"], files=files,
                       roles={"POE/SBRMC Public Sector Disclosure - signed.pdf": "public_sector_disclosure"})
    return Bundle(
        "4306574_BlueHeron_StBrendansMedical_PublicSector", claim, files, "approve",
        "US healthcare customer = public sector (guide: government, healthcare, education): written fee disclosure "
        "acknowledged by the CFO through Acrobat Sign (with audit report). POE: acceptance letter signed in ink by "
        "the CISO with a handwritten date 10/8/26, scanned (image-only PDF); detailed MIP and IRM activities. The "
        "disclosure text is the same mandated wording as 4306133 and 4307019 but each copy is signed by its own "
        "customer: not reuse.",
        "Public-sector disclosure #2 of 3 (same wording, different letterhead, Acrobat Sign); POE is an ink-signed "
        "scan; customer written as 'SBRMC' / 'St. Brendan's'.",
        expect_cpor(email=False, public=True),
        group="A3 public sector disclosure",
    )


# --- Partner activities helpers (AMMP small: Market A rate USD 15,000 in the guide) ---------------
AMMP_SMALL = "AMMP App/Data Modernization (Small)"
AMMP_ENGAGEMENT = {"id": "AMMP-APPDATA-S", "name": AMMP_SMALL, "activity_type": "xs_small", "payout_type": "fixed",
                   "proposed_payout_usd": None}


def claim_invoice(*, partner: Org, contact: Person, phone: str, date: dt.date, number: str,
                  lines: Sequence[tuple[str, str, str, str]], total: str, created: dt.datetime,
                  css: str = BASE_CSS) -> bytes:
    """A partner's invoice to Microsoft for MCI engagement claims: lines of (claim id, engagement, customer, amount)."""
    body = table_rows(lines)
    html = f"""<table class="noborder"><tr><td><b style="font-size: 14pt">{escape(partner.name)}</b><br/>
{escape(partner.address)}<br/>Phone {escape(phone)} · {escape(contact.email)}</td>
<td class="right"><b style="font-size: 18pt">INVOICE</b><br/>Invoice # {escape(number)}<br/>Date: {long_date(date)}<br/>
Terms: Net 30</td></tr></table>
<p><b>Bill to:</b> Microsoft Corporation – Microsoft Commerce Incentives, One Microsoft Way, Redmond, WA 98052,
United States</p>
<table><tr><th>MCI engagement claim ID</th><th>Engagement</th><th>Customer</th><th>Pre-tax fee amount</th></tr>
{body}<tr><td colspan="3" class="right"><b>TOTAL DUE (USD)</b></td><td><b>{escape(total)}</b></td></tr></table>
<p class="small">Amounts in US dollars. Sales tax / VAT not applicable. Payment to the bank account of the
claiming location's payment profile.</p>"""
    return html_pdf(html, PdfMeta(f"Invoice {number}", contact.name, created, creator="QuickBooks Online",
                                  producer="QuickBooks Online"), css=css,
                    decorate=furniture(footer=f"{partner.name} · {partner.domain}", page_fmt="Page {n} of {N}"))


def ammp_surveys(claim_id: str, partner: Org, *, customer_sig: tuple[str, str, str],
                 partner_sig: tuple[str, str, str], start: dt.date, end: dt.date, production: dt.date,
                 acr: str, customer_done: dt.datetime, partner_done: dt.datetime) -> tuple[bytes, bytes]:
    customer = survey(claim_id, "customer", customer_done, [
        (f"Did {partner.call} deliver the {AMMP_SMALL} engagement for your organization?", "Yes"),
        ("Which of the following activities were completed? (select all that apply)",
         "Application compatibility assessment/review; Landing zone setup or review; Modernization activities; "
         "Azure security deployment and setup"),
        ("When did the modernized workload go into production on Azure?", production.isoformat()),
        ("What is the planned annual Azure consumption for this project (USD)?", acr),
        ("How satisfied are you with the partner's delivery of this engagement?", "Very satisfied"),
    ], customer_sig)
    partner_json = survey(claim_id, "partner", partner_done, [
        ("Confirm that the engagement was delivered in full to the customer named in this claim.", "Yes"),
        ("Engagement start date", start.isoformat()),
        ("Engagement end date", end.isoformat()),
        ("Production date of the modernized workload", production.isoformat()),
        ("Estimated Azure consumption, annual run rate 12 months after production (USD)", acr),
        ("Azure specialization held by the delivering location", "Modernization of Web Applications to "
         "Microsoft Azure"),
    ], partner_sig)
    return customer, partner_json


def pa_history(consent: dt.date, submitted: dt.datetime, by: str) -> list[tuple[str, dt.datetime, str | None]]:
    consent_at = dt.datetime(consent.year, consent.month, consent.day, 15, 20, tzinfo=UTC)
    return [
        ("Request customer consent", consent_at - dt.timedelta(days=2), by),
        ("Customer consent approved", consent_at, None),
        ("Document submission", submitted - dt.timedelta(minutes=4), by),
        ("Submission", submitted, by),
    ]


def ammp_poe(*, partner: Org, customer: Org, signer: Person, author: Person, esign: ESign, acr: str,
             production: dt.date, app: str, activities: Sequence[tuple[str, str, str]], created: dt.datetime,
             css: str = BASE_CSS) -> bytes:
    """The AMMP POE template ("Sign and Upload template"), filled in and e-signed by the customer."""
    blocks = [
        f"""<p class="small">Azure Migrate and Modernize (AMMP) – Partner-led engagement</p>
<h1>Proof of Execution – App and Data Modernization (Small)</h1>
<table>{rows([("Customer", customer.name), ("Partner", partner.name),
              ("Project size", "Small: planned Azure consumption USD 25K – 125K per year"),
              ("Planned annual Azure consumption", f"USD {acr} (Azure Pricing Calculator estimate)"),
              ("Date of production", long_date(production))])}</table>""",
        f"<h2>Application in scope</h2><p>{escape(app)}</p>",
        "<h2>Required activities</h2>" + table(("Activity", "Dates", "What was done"), activities),
        f"""<h2>Customer sign-off</h2>
<p>{escape(customer.call)} confirms that {escape(partner.name)} completed the activities above and that the modernized
workload has been in production on Azure since {long_date(production)}.</p>
<table><tr><td class="label">Signature</td><td>{esign.html()}</td></tr>
<tr><td class="label">Name, title</td><td>{escape(signer.name)}, {escape(signer.title)}</td></tr>
<tr><td class="label">Date Signed</td><td>{us_date(esign.signed.date())}</td></tr></table>""",
    ]
    return html_pdf(blocks, PdfMeta(f"{customer.call} - AMMP POE", author.name, created, modified=esign.signed),
                    css=css, decorate=chain(esign.decorate(), furniture(page_fmt="{n} / {N}")))


def northgate_lakewood_public_pa() -> Bundle:
    partner = Org("Northgate EdTech Partners LLC", "northgateedtech.com", "US", "Phoenix, AZ", location_id="7233390",
                  short="Northgate", address="2 N Central Avenue, Suite 1800, Phoenix, AZ 85004")
    customer = Org("Lakewood Community College District", "lakewoodccd.edu", "US", "Mesa, AZ",
                   segment="public_sector", short="LCCD", address="1833 W Southern Avenue, Mesa, AZ 85202")
    cio = Person("Marcus Webb", "marcus.webb@lakewoodccd.edu", "Chief Information Officer")
    vc = Person("Dr. Renee Castillo", "renee.castillo@lakewoodccd.edu", "Vice Chancellor for Business Services")
    pm = Person("Elena Sorensen", "esorensen@northgateedtech.com", "Azure Practice Manager")
    claim_id = "4307019"
    consent = dt.date(2026, 7, 20)
    submitted = at(2026, 10, 26, 10, 15, MST)
    start, end, production = dt.date(2026, 7, 27), dt.date(2026, 10, 9), dt.date(2026, 10, 5)
    esign = ESign(cio.name, at(2026, 10, 12, 9, 20, MST), guid("env", "lccd-ammp", upper=True))
    poe = ammp_poe(
        partner=partner, customer=customer, signer=cio, author=pm, esign=esign, acr="54,000", production=production,
        app="LCCD's student services portal 'Lakewood Connect' (registration holds, financial-aid documents, "
            "advising appointments) serves 28,000 students across three campuses. It ran as an ASP.NET 4.6 web "
            "application on two IIS servers with a 260 GB SQL Server 2016 database in the Mesa data center, and "
            "failed under load on the first day of each registration window.",
        activities=(
            ("Application Compatibility Assessment/Review", "Jul 27 – Aug 7",
             "Azure Migrate application assessment of 22 projects; 4 blockers (Windows authentication, COM "
             "interop for the PDF generator, 2 cross-database queries)."),
            ("Landing Zone Setup or Review", "Aug 10 – Aug 21",
             "Review of LCCD's existing landing zone: added a spoke VNet, private DNS zones, Azure Policy for "
             "allowed regions (West US 3) and FERPA data tagging."),
            ("Modernization activities", "Aug 24 – Oct 5",
             "Portal rebuilt as ASP.NET Core 8 on Azure App Service (Premium v3, autoscale 2–8 instances); database "
             "moved to Azure SQL Database (General Purpose, 8 vCores); PDF generation moved to Azure Functions; "
             "Entra ID sign-in for students and staff."),
            ("Azure security deployment and setup", "Sep 21 – Oct 9",
             "Defender for Cloud plans for App Service and SQL; Key Vault with managed identities; private endpoint "
             "for SQL; WAF on Azure Front Door."),
        ),
        created=at(2026, 10, 9, 17, 0, MST),
    )
    customer_json, partner_json = ammp_surveys(
        claim_id, partner, customer_sig=(cio.name, customer.name, cio.title),
        partner_sig=(pm.name, partner.name, pm.title), start=start, end=end, production=production, acr="54,000",
        customer_done=at(2026, 10, 14, 13, 2, MST), partner_done=at(2026, 10, 15, 8, 40, MST))
    invoice = claim_invoice(partner=partner, contact=pm, phone="+1-602-555-0143", date=dt.date(2026, 10, 19),
                            number="NEP-10482", lines=[(claim_id, AMMP_SMALL, "Lakewood CCD", "$15,000.00")],
                            total="$15,000.00", created=at(2026, 10, 19, 11, 0, MST))
    letterhead = ('<p><b style="font-size: 15pt; color: #5b2c83">NORTHGATE</b> '
                  '<span style="color: #5b2c83">EdTech Partners</span></p>')
    psd_printed = html_pdf(
        psd_blocks(partner=partner, customer=customer, date=dt.date(2026, 7, 15), letterhead=letterhead, signer=vc,
                   signature_html="", date_cell="07/17/2026"),
        PdfMeta("LCCD Public Sector Disclosure", pm.name, at(2026, 7, 15, 9, 0, MST)),
        css=css_variant(body_font="sans-serif", size="10pt", heading_color="#5b2c83"),
        decorate=furniture(footer="Northgate EdTech Partners LLC", page_fmt="{n}"),
    )
    psd = digitally_sign(psd_printed, "lccd-castillo", vc, customer, at(2026, 7, 17, 11, 6, MST),
                         beside("Signature", dx=178, width=170, height=27),
                         reason="Acknowledged on behalf of Lakewood Community College District")
    files = {
        "Invoice/NEP-10482.pdf": invoice,
        "POE/LCCD AMMP POE - signed.pdf": poe,
        "PSD/LCCD_PSD_digitally_signed.pdf": psd,
        "Surveys/customer_attestation.json": customer_json,
        "Surveys/partner_attestation.json": partner_json,
    }
    roles = {"Invoice/NEP-10482.pdf": "invoice", "POE/LCCD AMMP POE - signed.pdf": "poe",
             "PSD/LCCD_PSD_digitally_signed.pdf": "public_sector_disclosure",
             "Surveys/customer_attestation.json": "customer_attestation",
             "Surveys/partner_attestation.json": "partner_attestation"}
    claim = claim_doc(
        claim_id=claim_id, program="partner_activities", solution_area="Azure", submitted=submitted, partner=partner,
        partner_contact=pm, customer=customer, customer_contact=cio,
        workloads=[("AZURE APP SERVICE", None), ("AZURE SQL DATABASE", None)],
        documents=[(p, roles[p]) for p in files], engagement=AMMP_ENGAGEMENT, consent_date=consent,
        history=pa_history(consent, submitted, pm.email),
    )
    return Bundle(
        "4307019_Northgate_LakewoodCCD_AMMP_PublicSector", claim, files, "approve",
        "Partner activities for a US public-sector (education) customer: all components present (attestations "
        "with full signatures, invoice with claim ID, partner name and USD 15,000.00 = AMMP Small Market A rate, "
        "signed AMMP POE, public sector disclosure digitally signed by LCCD's Vice Chancellor); submitted 98 days "
        "after consent (limit 120 for xs/small). The disclosure wording is the same mandated text as in 4306133 "
        "and 4306574: shared by design, not reused evidence.",
        "Public-sector disclosure #3 of 3 (same wording, digitally signed with pyHanko) on a partner activities "
        "claim; customer written as 'LCCD'.",
        expect_pa(public=True),
        group="A3 public sector disclosure",
    )


# --- A4. A programme's standard activity list pasted by three partners -----------------------
SDA_TITLE = "Microsoft Security Deployment Accelerator – standard activity list (v2.1)"
SDA_STEPS = (
    "Kick-off: confirm scope, success criteria and the customer sponsor; agree the RACI.",
    "Current-state assessment: Microsoft Secure Score baseline, licence entitlement review and gap analysis.",
    "Identity foundations: MFA and a Conditional Access baseline for all users in scope.",
    "Onboarding plan: device, mailbox or identity inventory; pilot group and deployment waves agreed.",
    "Pilot deployment and validation against the agreed test cases.",
    "Policy configuration to the Microsoft recommended security baselines.",
    "Production roll-out in waves, with a health check at the end of each wave.",
    "Alert triage and incident-response runbook agreed with the customer's operations team.",
    "Knowledge transfer to the customer's IT / SecOps staff.",
    "Closure: Secure Score re-measurement, lessons learned and customer sign-off.",
)


def quillon_fro_sda() -> Bundle:
    partner = Org("Quillon Security Inc.", "quillonsecurity.ca", "CA", "Vancouver, BC", location_id="7310277",
                  short="Quillon", address="1055 West Georgia Street, Suite 2100, Vancouver, BC V6E 3P3")
    customer = Org("Fraser River Outfitters Ltd.", "fraserriveroutfitters.ca", "CA", "Burnaby, BC", short="FRO")
    it = Person("Jenna McAllister", "jenna.mcallister@fraserriveroutfitters.ca", "Director of IT")
    lead = Person("Arash Tehrani", "arash.tehrani@quillonsecurity.ca", "Principal Security Consultant")
    esign = ESign(it.name, at(2026, 9, 24, 15, 31, PDT), "CBJCHBCAABAA" + hexid("fro-quillon", length=20),
                  vendor="Adobe Acrobat Sign")
    css = css_variant(body_font="serif", size="10pt", heading_color="#0f4c5c", heading_font="sans-serif",
                      th_bg="#d4e6ea")
    blocks = [
        f"""<p><b style="font-size: 18pt; color: #0f4c5c">QUILLON</b> <span class="small">SECURITY INC.</span></p>
<h1>Deployment Completion Report – Microsoft Defender for Endpoint</h1>
<table>{rows([("Customer", "Fraser River Outfitters Ltd. (FRO)"), ("Quillon project", "QS-26-0147"),
              ("Programme", "Microsoft Security Deployment Accelerator"),
              ("Delivery window", "June 8 – September 11, 2026"), ("Report date", "September 21, 2026")])}</table>
<h2>1. Background</h2>
<p>FRO sells outdoor and paddling gear from 38 stores in British Columbia and Alberta and a distribution centre in
Burnaby, with 1,050 staff. The stores' 620 back-office PCs and the 210 head-office laptops ran an ageing antivirus
product; a ransomware incident at a peer retailer in March 2026 led FRO's board to fund endpoint detection and
response before the holiday season.</p>""",
        f"<h2>2. Programme activities</h2><p>The engagement followed the programme's standard activity list:</p>"
        f"<p><b>{escape(SDA_TITLE)}</b></p>{ol(SDA_STEPS)}",
        "<h2>3. How the activities were delivered at FRO</h2>" + table(("Step", "FRO specifics", "Dates"), [
            ("1-2", "Sponsor: FRO Director of IT. Secure Score baseline 38%; 830 Windows devices inventoried "
             "(620 store PCs, 210 laptops); Microsoft 365 E5 Security entitlement confirmed for 940 users.",
             "Jun 8 – Jun 19"),
            ("3", "MFA enforced for all 940 users; Conditional Access baseline (block legacy auth, compliant "
             "device for admin portals).", "Jun 15 – Jun 26"),
            ("4-5", "Pilot: head-office IT (14 devices) and 3 Burnaby stores (48 PCs); 22 test cases incl. POS "
             "back-office software and label printers; 2 exclusions agreed.", "Jun 29 – Jul 17"),
            ("6", "14 ASR rules audited for 3 weeks, 11 in block; tamper protection, network protection and EDR "
             "in block mode.", "Jul 13 – Aug 7"),
            ("7", "Roll-out in 4 waves by region (Lower Mainland, Island, Interior, Alberta); legacy antivirus "
             "removed wave by wave; 830 of 830 devices healthy on Sep 4.", "Jul 20 – Sep 4"),
            ("8-9", "Runbook for the FRO service desk and the MSSP; 3 hands-on sessions for the 5-person IT team.",
             "Aug 24 – Sep 11"),
            ("10", "Secure Score re-measured at 71%; sign-off below.", "Sep 11 – Sep 24"),
        ]),
        f"""<h2>4. Customer sign-off</h2><p>FRO confirms that Quillon Security delivered the Microsoft Defender for
Endpoint deployment described in this report.</p>
<table>{rows([("Name", it.name), ("Title", it.title)])}<tr><td class="label">Signature</td><td>{esign.html()}</td></tr>
<tr><td class="label">Date</td><td>{long_date(esign.signed.date())}</td></tr></table>""",
        PAGE_BREAK,
        adobe_audit_page(esign, document="FRO - MDE Deployment Completion Report", sender=lead, signer=it,
                         created=at(2026, 9, 21, 17, 5, PDT)),
    ]
    pdf = html_pdf(blocks, PdfMeta("FRO - MDE Deployment Completion Report", lead.name, at(2026, 9, 21, 16, 50, PDT),
                                   modified=esign.signed, creator="Adobe Acrobat Sign", producer="Adobe Acrobat Sign"),
                   css=css, decorate=furniture(header="Quillon Security Inc.", header_right="QS-26-0147",
                                               footer="Confidential – prepared for Fraser River Outfitters Ltd.",
                                               page_fmt="{n} of {N}", font="tiro"))
    submitted = at(2026, 10, 13, 12, 5, PDT)
    files = {"POE/FRO_MDE_Deployment_Completion_Report_signed.pdf": pdf}
    claim = cpor_claim(claim_id="4309415", area="Security", submitted=submitted, partner=partner, contact=lead,
                       customer=customer, customer_contact=it, workloads=["MICROSOFT DEFENDER ENDPOINT"], files=files)
    return Bundle(
        "4309415_Quillon_FraserRiverOutfitters_MDE", claim, files, "approve",
        "Acrobat Sign e-signature (with audit report) by FRO's Director of IT on a report that names partner and "
        "customer and details the MDE work (830 devices, waves, ASR rules, dates). The pasted 10-step programme "
        "list is Microsoft programme text, also pasted by 4309788 and 4310264; the guide's 'generic templates' "
        "concern is met because each report adds its own customer-specific delivery detail, which is not shared.",
        "Security Deployment Accelerator list #1 of 3 (pasted verbatim as a numbered list, then a table of "
        "FRO-specific delivery); Canadian partner/customer; customer written as 'FRO'.",
        expect_cpor(email=False),
        group="A4 programme activity list",
    )


def tamarind_sundaram_sda() -> Bundle:
    partner = Org("Tamarind Systems Pvt Ltd", "tamarindsys.in", "IN", "Bengaluru", location_id="7318806",
                  short="Tamarind", address="4th Floor, Prestige Tech Park, Marathahalli, Bengaluru 560103")
    customer = Org("Sundaram Auto Components Ltd", "sundaramauto.co.in", "IN", "Chennai", short="SACL")
    head = Person("Ramesh Kumar S", "ramesh.kumar@sundaramauto.co.in", "Head – IT Infrastructure")
    pm = Person("Deepa Raghavan", "deepa.raghavan@tamarindsys.in", "Project Manager – Security Practice")

    def build(document: DocxDocument) -> None:
        docx_furniture(document, header="Tamarind Systems Pvt Ltd – Project Sign-off Document – SACL",
                       footer="Tamarind Systems Pvt Ltd · CIN U72200KA2012PTC064411 · Confidential")
        docx_heading(document, "Project Sign-off Document", 0, (0x6B, 0x3E, 0x12))
        document.add_paragraph("Identity and device security – Sundaram Auto Components Ltd (SACL)")
        docx_table(document, None, [
            ["Customer", "Sundaram Auto Components Ltd, Oragadam, Chennai"], ["Partner", partner.name],
            ["Project code", "TS/SEC/2026/058"], ["Programme", "Microsoft Security Deployment Accelerator"],
            ["Project duration", "01-Jul-2026 to 30-Sep-2026"], ["Document date", "05-Oct-2026"],
        ])
        docx_heading(document, "1. Scope", 1, (0x6B, 0x3E, 0x12))
        document.add_paragraph(
            "SACL manufactures steering and brake components at three plants (Oragadam, Hosur and Chakan, Pune) "
            "and has its corporate office in Chennai. 2,400 identities are in scope: 1,600 office users and 800 "
            "shop-floor supervisors who share Android tablets at the production lines. Before the project, "
            "laptops were domain-joined with no MDM, tablets were unmanaged and 52 accounts held permanent "
            "administrator rights in Entra ID and SAP support tools.")
        docx_heading(document, "2. Programme activity list", 1, (0x6B, 0x3E, 0x12))
        document.add_paragraph(SDA_TITLE)
        docx_bullets(document, [f"{i}. {s}" for i, s in enumerate(SDA_STEPS, 1)], style="List Paragraph")
        docx_heading(document, "3. Delivery at SACL", 1, (0x6B, 0x3E, 0x12))
        docx_table(document, ["Workload", "Activities performed", "Completed on"], [
            ["Microsoft Entra ID P2", "Risk-based Conditional Access (sign-in and user risk) for all 2,400 "
             "identities; PIM for 36 administrators (14 Entra roles eligible-only, approval by Head – IT "
             "Infrastructure); quarterly access reviews for 18 groups that grant SAP roles; 16 stale admin "
             "accounts removed", "18-Sep-2026"],
            ["Microsoft Intune", "Windows Autopilot and Entra join for 1,350 laptops in 4 waves (corporate office, "
             "Oragadam, Hosur, Chakan); 420 supervisor tablets enrolled as Android Enterprise shared devices with "
             "the MES app in Managed Home Screen; compliance policies linked to Conditional Access", "30-Sep-2026"],
            ["Knowledge transfer", "4 sessions for the 9-member SACL IT team; runbooks for joiner/mover/leaver and "
             "lost-device handling", "29-Sep-2026"],
        ])
        docx_heading(document, "4. Outcomes", 1, (0x6B, 0x3E, 0x12))
        docx_bullets(document, [
            "Secure Score improved from 31% to 66%.",
            "1,350 of 1,362 laptops compliant (12 awaiting BIOS update by the plant IT teams).",
            "No standing Global Administrator assignments remain.",
        ])
        docx_heading(document, "5. Customer acceptance", 1, (0x6B, 0x3E, 0x12))
        document.add_paragraph("Acceptance has been confirmed by SACL by e-mail (attached to the claim).")

    report = docx_bytes(build, title="SACL Project Sign-off Document", author=pm.name,
                        created=at(2026, 10, 5, 11, 30, IST_IN), font="Arial", size=10)
    ask = Mail(sender=pm, to=(head,), date=at(2026, 10, 5, 17, 45, IST_IN),
               subject="SACL - Identity & Device Security project sign-off",
               body=("Dear Ramesh sir,\n\nPlease find attached the project sign-off document for the identity and "
                     "device security project (TS/SEC/2026/058). Request you to kindly review and confirm your "
                     "acceptance.\n\nRegards,\nDeepa Raghavan\nTamarind Systems\n"), received=False)
    reply = Mail(
        sender=head, to=(pm,), date=at(2026, 10, 16, 10, 8, IST_IN),
        subject="RE: SACL - Identity & Device Security project sign-off",
        body=("Dear Deepa,\n\nWe have reviewed the sign-off document. SACL confirms that Tamarind has completed the "
              "Entra ID P2 and Intune implementation as described - PIM and access reviews are live, the 1,350 "
              "laptops are on Autopilot and the supervisor tablets at all three plants are running in shared mode. "
              "The pending 12 laptops will be closed by our plant IT teams.\n\nWe accept the project as completed."
              "\n\nThanks & Regards,\nRamesh Kumar S\nHead - IT Infrastructure\nSundaram Auto Components Ltd\n\n"
              + quote_outlook(ask)),
        mailbox=pm.email,
    )
    submitted = at(2026, 10, 29, 15, 20, IST_IN)
    files = {
        "SACL_Project_Signoff_Document.docx": report,
        "SACL acceptance mail 16-Oct-2026.eml": eml_bytes(reply),
    }
    claim = cpor_claim(claim_id="4309788", area="Security", submitted=submitted, partner=partner, contact=pm,
                       customer=customer, customer_contact=head,
                       workloads=["AZURE ACTIVE DIRECTORY PREMIUM 2", "INTUNE"], files=files)
    return Bundle(
        "4309788_Tamarind_SundaramAuto_EntraIntune", claim, files, "approve",
        "Customer e-mail acceptance from sundaramauto.co.in (16 Oct 2026) in the customer's own words for both "
        "workloads; the Word sign-off document gives identities, devices, plants and dates. The pasted programme "
        "list (same as 4309415 and 4310264) is programme boilerplate, not evidence of this claim, and not reused "
        "evidence.",
        "Security Deployment Accelerator list #2 of 3 (pasted into a .docx as list paragraphs), Indian partner and "
        "customer, Indian date style; customer written as 'SACL'.",
        expect_cpor(email=True),
        group="A4 programme activity list",
    )


def oakhurst_banksia_sda() -> Bundle:
    partner = Org("Oakhurst Digital Pty Ltd", "oakhurstdigital.com.au", "AU", "Brisbane, QLD", location_id="7326140",
                  short="Oakhurst", address="Level 12, 240 Queen Street, Brisbane QLD 4000")
    customer = Org("Banksia Mutual Insurance Ltd", "banksiamutual.com.au", "AU", "Brisbane, QLD",
                   short="Banksia Mutual")
    ciso = Person("Liam O'Connell", "liam.oconnell@banksiamutual.com.au", "Chief Information Security Officer")
    lead = Person("Sophie Tran", "sophie.tran@oakhurstdigital.com.au", "Security Delivery Lead")
    css = css_variant(body_font="sans-serif", size="9.5pt", heading_color="#3d5a1e", th_bg="#e3ecd6")
    report = html_pdf(
        [
            """<p><b style="font-size: 16pt; color: #3d5a1e">oakhurst</b><b style="font-size: 16pt; color: #8aa05a">
digital</b></p><h1>Banksia Mutual – Email and Identity Threat Protection</h1>
<p class="small">Engagement summary · Oakhurst ref. OD-2026-233 · 27 October 2026</p>""",
            "<h2>Engagement overview</h2>" + paras(
                "Banksia Mutual insures homes and small businesses across Queensland and northern New South Wales "
                "with 1,300 employees in the Brisbane head office and nine regional offices. A business e-mail "
                "compromise in April 2026 that redirected a claims payment, and an internal audit finding on "
                "Active Directory monitoring, led the CISO to commission Oakhurst to deploy Microsoft Defender for "
                "Office 365 and Microsoft Defender for Identity between 20 July and 23 October 2026."),
            f"<h2>Programme activities</h2><p>{escape(SDA_TITLE)}</p>{ol(SDA_STEPS)}",
            "<h2>Banksia Mutual delivery details</h2>" + table(("Area", "Delivered"), [
                ("Defender for Office 365", "1,420 mailboxes (1,300 users, 120 shared): Standard preset for all, "
                 "Strict for 64 claims-payment and finance staff; Safe Links and Safe Attachments for e-mail, Teams "
                 "and Office apps; impersonation protection for the 9 executives and 23 broker domains; 3 attack "
                 "simulation campaigns (click rate 11% → 3%)."),
                ("Defender for Identity", "Sensors on 8 domain controllers, 2 AD FS servers and 1 AD CS server; "
                 "auditing via GPO; 27 identity posture findings remediated (unconstrained delegation, weak cipher "
                 "usage, dormant privileged accounts); honeytoken accounts for the claims and finance teams."),
                ("Operations", "Alerts integrated into Banksia's Sentinel workspace; runbook for BEC response; 4 "
                 "training sessions for the 6-person security operations team."),
                ("Timeline", "Assessment 20 Jul – 31 Jul; pilot 3 Aug – 21 Aug; production waves 24 Aug – 9 Oct; "
                 "knowledge transfer and closure 12 Oct – 23 Oct 2026."),
            ]),
            "<p>Banksia Mutual's signed acceptance letter is provided separately.</p>",
        ],
        PdfMeta("Banksia Mutual engagement summary", lead.name, at(2026, 10, 27, 14, 0, AEST)),
        css=css, paper="a4",
        decorate=furniture(footer="Oakhurst Digital Pty Ltd · ABN 41 612 884 090", page_fmt="Page {n} of {N}"),
    )
    letter = f"""<p><b style="font-size: 17pt; color: #8a5a00">Banksia Mutual</b><br/>
<span class="small">Banksia Mutual Insurance Ltd · 88 Creek Street, Brisbane QLD 4000 · banksiamutual.com.au</span></p>
<p>30 October 2026</p>
<p>Oakhurst Digital Pty Ltd<br/>Attn: Sophie Tran, Security Delivery Lead<br/>Level 12, 240 Queen Street, Brisbane QLD
4000</p>
<p><b>Acceptance of the Microsoft Defender for Office 365 and Defender for Identity deployment (OD-2026-233)</b></p>
<p>Banksia Mutual confirms that Oakhurst Digital deployed Microsoft Defender for Office 365 for our 1,420 mailboxes
and Microsoft Defender for Identity on our 8 domain controllers, 2 AD FS servers and certificate authority between
20 July and 23 October 2026, as described in Oakhurst's engagement summary of 27 October 2026. The protections are
in production, the alerts reach our Sentinel workspace and our security operations team has been trained.</p>
<p>We accept the engagement as complete.</p>
<p>&nbsp;</p><p>Signature: ________________________________</p>
<p>Name: {escape(ciso.name)}<br/>Title: {escape(ciso.title)}<br/>Banksia Mutual Insurance Ltd</p>"""
    printed = html_pdf([letter], PdfMeta("Acceptance letter", ciso.name, at(2026, 10, 30, 9, 0, AEST)),
                       css=css_variant(body_font="serif", size="11pt"), paper="a4")

    def signature_line(page: pymupdf.Page) -> pymupdf.Rect | None:
        hits = page.search_for("Signature:")
        if not hits:
            return None
        r = hits[-1]
        return pymupdf.Rect(r.x1 + 10, r.y0 - 14, r.x1 + 170, r.y1 + 4)

    (jpeg,) = scan_pages(printed, "banksia-oconnell", ink=True, where=signature_line, skew=-1.3)
    submitted = at(2026, 11, 9, 11, 45, AEST)
    files = {
        "POE/Banksia Mutual - engagement summary OD-2026-233.pdf": report,
        "POE/Banksia_acceptance_letter_signed.jpg": jpeg,
    }
    claim = cpor_claim(claim_id="4310264", area="Security", submitted=submitted, partner=partner, contact=lead,
                       customer=customer, customer_contact=ciso,
                       workloads=["MICROSOFT DEFENDER FOR OFFICE", "MICROSOFT DEFENDER FOR IDENTITY"], files=files)
    return Bundle(
        "4310264_Oakhurst_BanksiaMutual_Defender", claim, files, "approve",
        "Physically signed acceptance letter on the customer's letterhead (scanned JPEG, 30 October 2026) naming "
        "the partner, the workloads, counts and dates; the partner's A4 summary details MDO and MDI. The pasted "
        "programme list is shared with 4309415 and 4309788 by design (programme text), not reused evidence.",
        "Security Deployment Accelerator list #3 of 3 (A4 PDF, Australian partner) plus an ink-signed letter "
        "scanned to JPEG; customer written as 'Banksia Mutual'.",
        expect_cpor(email=False),
        group="A4 programme activity list",
    )


# --- A5. Same partner, same customer, two claims citing one signed SOW ----------------------------
CEDARLINE = Org("Cedarline Partners LLC", "cedarlinepartners.com", "US", "Denver, CO", location_id="7402518",
                short="Cedarline", address="1600 Stout Street, Suite 1400, Denver, CO 80202")
CEDARLINE_MP = Person("Nathan Voss", "nvoss@cedarlinepartners.com", "Managing Partner")
CEDARLINE_PM = Person("Alicia Romero", "aromero@cedarlinepartners.com", "Engagement Manager")
GLENMOOR = Org("Glenmoor Hospitality Group, Inc.", "glenmoorhotels.com", "US", "Denver, CO", short="Glenmoor",
               address="700 17th Street, Suite 900, Denver, CO 80202")
GLENMOOR_COO = Person("Rachel Ostrowski", "rostrowski@glenmoorhotels.com", "Chief Operating Officer")
GLENMOOR_SALES = Person("Tanya Brooks", "tbrooks@glenmoorhotels.com", "Director of Sales Operations")
GLENMOOR_IT = Person("Victor Lam", "vlam@glenmoorhotels.com", "IT Director")
GLENMOOR_SUBSCRIPTION = guid("subscription", "glenmoor", "d365-sales", upper=True)


def glenmoor_sow() -> bytes:
    esign = ESign(GLENMOOR_COO.name, at(2026, 5, 12, 16, 22, MDT), guid("env", "glenmoor-sow", upper=True))
    css = css_variant(body_font="serif", size="10pt", heading_color="#5a3e1b", heading_font="sans-serif",
                      th_bg="#efe5d6")
    blocks = [
        f"""<p class="right small">Statement of Work CLP-SOW-2026-031 · Version 1.2 · May 8, 2026</p>
<p><b style="font-size: 17pt; color: #5a3e1b">CEDARLINE</b> <span class="small">PARTNERS</span></p>
<h1>Statement of Work – Guest Sales CRM and Frontline Device Programme</h1>
<table>{rows([("Client", f"{GLENMOOR.name}, {GLENMOOR.address}"), ("Service provider", f"{CEDARLINE.name}, "
              f"{CEDARLINE.address}"), ("Master agreement", "Professional Services Agreement dated February 3, 2025"),
              ("Term", "June 1, 2026 – September 30, 2026"),
              ("Client sponsor", f"{GLENMOOR_COO.name}, {GLENMOOR_COO.title}")])}</table>
<h2>1. Background</h2>
<p>Glenmoor operates nine full-service hotels in Colorado, Utah and New Mexico. Group sales and event bookings
(about $46 million a year) are tracked in spreadsheets and a legacy Delphi sales system that reaches end of support
in December 2026. At the same time, 600 shared Android devices used by housekeeping, engineering and food-and-beverage
staff, and 140 front-desk PCs, are unmanaged, and the company's cyber-insurer requires device management by
renewal on October 1, 2026.</p>""",
        "<h2>2. Workstream A – Dynamics 365 Sales (group and event sales)</h2>" + ul([
            "Implement Dynamics 365 Sales Enterprise for 85 users: 9 hotel sales teams and the central events "
            "desk.",
            "Configure the lead-to-contract process for group bookings and events: qualification, site visits, "
            "proposals with room-block and F&B quote templates, contract generation.",
            "Migrate 14,000 accounts, 31,000 contacts and 2,300 open opportunities from Delphi and spreadsheets.",
            "Outlook and Teams integration; Power BI pipeline and pace reports for the regional sales directors.",
            "Training for the 85 users and 6 super-users; 4 weeks of hypercare after go-live.",
        ]),
        "<h2>3. Workstream B – Microsoft Intune (frontline devices)</h2>" + ul([
            "Enroll 600 shared Android devices (Zebra TC22) as Android Enterprise dedicated devices with Managed "
            "Home Screen and the housekeeping, work-order and POS apps.",
            "Enroll 140 front-desk and back-office Windows PCs through Autopilot (pre-provisioned) with compliance "
            "policies and Windows Update rings.",
            "Conditional Access requiring compliant devices for the PMS and HR portals.",
            "Runbooks and training for the 5-person IT team and the 9 hotel engineering leads.",
        ]),
        "<h2>4. Timeline</h2>" + table(("Phase", "Workstream A – D365 Sales", "Workstream B – Intune"), [
            ("Design", "Jun 1 – Jun 19", "Jun 15 – Jun 26"),
            ("Build / pilot", "Jun 22 – Aug 14", "Jun 29 – Jul 24 (pilot: Denver Union Station hotel)"),
            ("Roll-out / go-live", "Go-live September 14, 2026", "Jul 27 – Sep 4, hotel by hotel"),
            ("Hypercare", "Sep 14 – Sep 30", "Sep 8 – Sep 18"),
        ]),
        "<h2>5. Fees</h2>" + table(("Workstream", "Fee (fixed)"), [
            ("A – Dynamics 365 Sales", "USD 186,000"), ("B – Microsoft Intune", "USD 64,500"),
            ("Total", "USD 250,500")]),
        f"""<h2>6. Signatures</h2><p>By signing, the parties agree to the scope, timeline and fees of this Statement of
Work under the Professional Services Agreement.</p>
<table><tr><th>Glenmoor Hospitality Group, Inc.</th><th>Cedarline Partners LLC</th></tr>
<tr><td>{esign.html()}<br/>{escape(GLENMOOR_COO.name)}, {escape(GLENMOOR_COO.title)}<br/>
Date: {us_date(esign.signed.date())}</td>
<td><span class="tiny">DocuSigned by:</span><br/><i class="adopted">{escape(CEDARLINE_MP.name)}</i><br/>
{escape(CEDARLINE_MP.name)}, {escape(CEDARLINE_MP.title)}<br/>Date: 5/11/2026</td></tr></table>""",
    ]
    return html_pdf(blocks, PdfMeta("CLP-SOW-2026-031 Glenmoor", CEDARLINE_PM.name, at(2026, 5, 8, 10, 0, MDT),
                                    modified=esign.signed), css=css,
                    decorate=chain(esign.decorate(),
                                   furniture(footer="Cedarline Partners LLC – CLP-SOW-2026-031 – Confidential",
                                             page_fmt="Page {n} of {N}")))


SOW_NAME = "CLP-SOW-2026-031_Glenmoor_signed.pdf"


def cedarline_glenmoor_d365() -> Bundle:
    original = Mail(
        sender=CEDARLINE_PM, to=(GLENMOOR_SALES,), date=at(2026, 9, 21, 17, 5, MDT),
        subject="Glenmoor D365 Sales – go-live summary",
        body=("Hi Tanya,\n\nOne week after go-live, a quick summary of where we are:\n"
              "- 85 users live on Dynamics 365 Sales since Monday, Sept 14 (9 hotel sales teams + events desk)\n"
              "- 14,020 accounts, 31,180 contacts and 2,296 open opportunities migrated from Delphi\n"
              "- Group-booking proposal and contract templates in use; 41 proposals sent from D365 so far\n"
              "- Pace and pipeline reports in Power BI for the three regional directors\n\n"
              "Could you confirm the go-live from your side?\n\nThanks,\nAlicia\n"),
        received=False,
    )
    reply = Mail(
        sender=GLENMOOR_SALES, to=(CEDARLINE_PM,), cc=(GLENMOOR_COO,), date=at(2026, 9, 22, 8, 37, MDT),
        subject="RE: Glenmoor D365 Sales – go-live summary",
        body=("Hi Alicia,\n\nConfirmed. All nine hotel sales teams and the events desk have been working in Dynamics "
              "365 Sales since the 14th, the Delphi data came across cleanly and the directors are using the pace "
              "report in Monday meetings. We're happy with the go-live that Cedarline delivered and will keep you "
              "posted during hypercare.\n\nTanya Brooks\nDirector of Sales Operations | Glenmoor Hospitality Group\n\n"
              + quote_outlook(original)),
    )
    submitted = at(2026, 10, 15, 10, 30, MDT)
    files = {
        f"POE/{SOW_NAME}": glenmoor_sow(),
        "POE/RE_ Glenmoor D365 Sales – go-live summary.msg": msg_bytes(reply),
    }
    claim = cpor_claim(claim_id="4311842", area="Business Applications", submitted=submitted, partner=CEDARLINE,
                       contact=CEDARLINE_PM, customer=GLENMOOR, customer_contact=GLENMOOR_SALES,
                       workloads=[("DYNAMICS 365 SALES ENTERPRISE EDITION", GLENMOOR_SUBSCRIPTION)], files=files,
                       comment="The signed SOW covers two workstreams. Workstream A (Dynamics 365 Sales) is this "
                               "claim; workstream B (Intune) is claimed separately under claim 4311907.")
    return Bundle(
        "4311842_Cedarline_Glenmoor_D365Sales", claim, files, "approve",
        "DocuSigned SOW (2026-05-12, within 12 months of 2026-10-15) describing the D365 Sales work in detail "
        "(85 users, migration volumes, timeline) plus the customer's own go-live confirmation from "
        "glenmoorhotels.com. The same signed SOW is also on 4311907 (same partner, same customer, the Intune "
        "workstream of the same SOW, another solution area): the guide only treats as insufficient 'generic POE "
        "templates submitted on other partner claims' and asks each PA claim for a unique invoice; it has no rule "
        "against one partner citing one customer-signed SOW that genuinely covers two workloads claimed "
        "separately. UNSURE: the guide does not address this case explicitly; a reviewer should see the link "
        "(the partner's comment discloses it), hence reused_evidence pass or warn, never fail.",
        "Two claims by the same partner for the same customer (Business Applications + Security) citing one "
        "signed SOW (identical file on both), each with its own claim-specific customer e-mail.",
        expect_cpor(email=True, reused_evidence=["pass", "warn"]),
        group="A5 one SOW, two claims",
    )


def cedarline_glenmoor_intune() -> Bundle:
    original = Mail(
        sender=CEDARLINE_PM, to=(GLENMOOR_IT,), date=at(2026, 9, 9, 15, 50, MDT),
        subject="Intune frontline devices - rollout complete",
        body=("Victor,\n\nThe last hotel (Santa Fe) finished yesterday. Final numbers:\n"
              "- 600 of 600 Zebra TC22 devices enrolled as dedicated devices with Managed Home Screen\n"
              "- 140 of 140 front-desk/back-office PCs through Autopilot pre-provisioning, all compliant\n"
              "- Conditional Access for the PMS and HR portals enforced since Sept 1\n"
              "- Runbooks handed over; training done for your team and the 9 engineering leads\n\n"
              "Please confirm so we can move to hypercare close-out.\n\nAlicia\n"),
        received=False,
    )
    reply = Mail(
        sender=GLENMOOR_IT, to=(CEDARLINE_PM,), date=at(2026, 9, 10, 7, 58, MDT),
        subject="RE: Intune frontline devices - rollout complete",
        body=("Alicia - confirmed, thanks. Cedarline has completed the Intune rollout at all nine hotels: the "
              "housekeeping and F&B handhelds are locked to the Managed Home Screen apps, the front-desk PCs are "
              "compliant and the insurer has accepted our device-management evidence for the Oct 1 renewal.\n\n"
              "Victor Lam\nIT Director, Glenmoor Hospitality Group\n\n" + quote_outlook(original)),
        mailbox=CEDARLINE_PM.email,
    )
    submitted = at(2026, 10, 16, 9, 12, MDT)
    files = {
        f"POE/{SOW_NAME}": glenmoor_sow(),
        "POE/Glenmoor Intune rollout confirmation.eml": eml_bytes(reply),
    }
    claim = cpor_claim(claim_id="4311907", area="Security", submitted=submitted, partner=CEDARLINE,
                       contact=CEDARLINE_PM, customer=GLENMOOR, customer_contact=GLENMOOR_IT, workloads=["INTUNE"],
                       files=files,
                       comment="Same signed SOW as claim 4311842 (Dynamics 365 Sales); this claim is for "
                               "workstream B (Intune).")
    return Bundle(
        "4311907_Cedarline_Glenmoor_Intune", claim, files, "approve",
        "Signed SOW detailing the Intune workstream (600 shared Android devices, 140 PCs, timeline) plus the "
        "customer's IT Director confirming the completed rollout by e-mail from glenmoorhotels.com. The signed "
        "SOW is legitimately shared with 4311842 (same partner and customer, different workload and solution "
        "area, disclosed in the comment). UNSURE as for 4311842: the guide does not address this explicitly.",
        "Second claim of the one-SOW pair: identical SOW file, different claim-specific acknowledgement (.eml).",
        expect_cpor(email=True, reused_evidence=["pass", "warn"]),
        group="A5 one SOW, two claims",
    )


# ==============================================================================================
# B. Real reuse
# ==============================================================================================
# --- B1. One customer e-mail on the claims of two different partners ----------------------------
DUNMORE = Org("Dunmore Logistics Inc.", "dunmorelogistics.com", "US", "Allentown, PA", short="Dunmore")
DUNMORE_IT = Person("Keith Amsel", "kamsel@dunmorelogistics.com", "Director of IT")
HALCYON = Org("Halcyon Networks LLC", "halcyonnet.com", "US", "Philadelphia, PA", location_id="7455019",
              short="Halcyon", address="1835 Market Street, Suite 1200, Philadelphia, PA 19103")
HALCYON_PM = Person("Lena Park", "lpark@halcyonnet.com", "Project Manager")
RIDGEWAY = Org("Ridgeway Secure Inc.", "ridgewaysecure.com", "US", "Pittsburgh, PA", location_id="7461733",
               short="Ridgeway", address="600 Grant Street, Suite 3200, Pittsburgh, PA 15219")
RIDGEWAY_ENG = Person("Raj Patel", "rpatel@ridgewaysecure.com", "Senior Security Engineer")


def dunmore_ack(mailbox: str) -> bytes:
    """The customer's one acknowledgement, as saved from ``mailbox`` (each partner kept its own copy)."""
    original = Mail(
        sender=HALCYON_PM, to=(DUNMORE_IT,), cc=(RIDGEWAY_ENG,), date=at(2026, 9, 29, 17, 10, EDT),
        subject="Dunmore endpoint project – completion",
        body=("Hi Keith,\n\nWith the Harrisburg wave finished last Friday, the endpoint project is complete on our "
              "side. Raj will send the Defender handover notes separately. Could you confirm that Dunmore accepts "
              "the work?\n\nThanks,\nLena Park\nProject Manager | Halcyon Networks\n"),
        received=False,
    )
    reply = Mail(
        sender=DUNMORE_IT, to=(HALCYON_PM,), cc=(RIDGEWAY_ENG,), date=at(2026, 9, 30, 16, 22, EDT),
        subject="RE: Dunmore endpoint project – completion",
        body=("Lena, Raj,\n\nThank you both. Dunmore confirms the endpoint project is complete: all 880 laptops at "
              "Allentown, Scranton and Harrisburg are enrolled and protected, the pilot issues are closed and our "
              "service desk has the runbooks. We accept the work.\n\nRegards,\nKeith\n\nKeith Amsel\nDirector of "
              "IT | Dunmore Logistics Inc.\n\n" + quote_outlook(original)),
        mailbox=mailbox,
    )
    return msg_bytes(reply)


def halcyon_dunmore_intune() -> Bundle:
    report = html_pdf(
        [
            """<h1>Dunmore Logistics – Intune Deployment Summary</h1>
<p class="small">Halcyon Networks LLC · Project HN-2026-088 · September 28, 2026</p>""",
            "<h2>Scope</h2>" + paras(
                "Halcyon moved Dunmore's 880 Windows laptops at the Allentown headquarters and the Scranton and "
                "Harrisburg cross-dock sites from Configuration Manager imaging to Microsoft Intune between June 22 "
                "and September 25, 2026. Defender for Endpoint onboarding was delivered by Ridgeway Secure as a "
                "separate contract."),
            "<h2>Work performed</h2>" + table(("Activity", "Detail", "Dates"), [
                ("Design", "Intune tenant settings, RBAC for 4 service-desk admins, Autopilot profiles, update rings",
                 "Jun 22 – Jul 3"),
                ("Pilot", "42 laptops in Allentown IT and dispatch; 18 test cases", "Jul 6 – Jul 24"),
                ("Waves", "Allentown 410 (Aug 3 – Aug 21), Scranton 260 (Aug 24 – Sep 11), Harrisburg 168 "
                 "(Sep 14 – Sep 25)", "Aug 3 – Sep 25"),
                ("Policies", "11 configuration profiles, 5 compliance policies, Conditional Access for Microsoft 365 "
                 "and the WMS portal", "Jul 6 – Sep 25"),
                ("Handover", "2 runbooks and a 3-hour session for the Dunmore service desk", "Sep 24"),
            ]),
            "<h2>Status</h2><p>880 of 880 laptops enrolled and compliant on September 25, 2026. Customer acceptance: "
            "see Keith Amsel's e-mail of September 30, 2026.</p>",
        ],
        PdfMeta("Dunmore Intune Deployment Summary", HALCYON_PM.name, at(2026, 9, 28, 13, 0, EDT)),
        decorate=furniture(header="Halcyon Networks LLC", header_right="HN-2026-088", page_fmt="{n}"),
    )
    submitted = at(2026, 10, 12, 14, 25, EDT)
    files = {"POE/Dunmore_Intune_Deployment_Summary.pdf": report,
             "POE/RE_ Dunmore endpoint project – completion.msg": dunmore_ack(HALCYON_PM.email)}
    claim = cpor_claim(claim_id="4312275", area="Security", submitted=submitted, partner=HALCYON, contact=HALCYON_PM,
                       customer=DUNMORE, customer_contact=DUNMORE_IT, workloads=["INTUNE"], files=files)
    return Bundle(
        "4312275_Halcyon_DunmoreLogistics_Intune", claim, files, "action_required",
        "The only customer acknowledgement is one e-mail (same sender, Message-ID, text and date, 2026-09-30) that "
        "also serves as the acknowledgement on 4313560 by another partner (Ridgeway Secure, MDE). It thanks 'both' "
        "and confirms 'the endpoint project' without saying which partner delivered which workload, so it does "
        "not validate this partner's involvement on its own (guide item 1: acknowledgement 'to validate your "
        "involvement'), and the same evidence on two partners' claims needs investigation. Ask each partner for "
        "its own acknowledgement of the claimed workload. Fixable, hence action_required.",
        "Same acknowledging .msg on two claims of different partners for the same customer (different "
        "workloads). Each partner's copy was saved from its own mailbox: the transport headers (and the bytes) "
        "differ, sender/date/text/Message-ID are the same.",
        expect_cpor(email=True, customer_acknowledgement=["pass", "warn"], reused_evidence=["fail", "warn"]),
        group="B1 one e-mail, two partners",
    )


def ridgeway_dunmore_mde() -> Bundle:
    def build(document: DocxDocument) -> None:
        docx_furniture(document, header="RIDGEWAY SECURE – Defender for Endpoint onboarding report",
                       footer="Ridgeway Secure Inc. · 600 Grant Street, Pittsburgh, PA")
        docx_heading(document, "Defender for Endpoint Onboarding Report – Dunmore Logistics", 0, (0x8B, 0x1A, 0x1A))
        docx_table(document, None, [["Customer", "Dunmore Logistics Inc."], ["Partner", "Ridgeway Secure Inc."],
                                    ["Engagement", "RS-26-031 (subcontract to Halcyon Networks, endpoint project)"],
                                    ["Period", "July 13 – September 25, 2026"]])
        docx_heading(document, "What we did", 1, (0x8B, 0x1A, 0x1A))
        docx_bullets(document, [
            "Onboarded the 880 laptops to Microsoft Defender for Endpoint through the Intune connector, following "
            "the Intune waves (Allentown, Scranton, Harrisburg).",
            "Ran 12 ASR rules in audit for 3 weeks; 9 moved to block after exclusions for the WMS scanner driver.",
            "Turned on EDR in block mode, tamper protection and network protection for all device groups.",
            "Set up 3 device groups (one per site) with automated investigation, and a weekly vulnerability "
            "report for Dunmore IT.",
            "Removed the Sophos agent after each wave's health check.",
        ])
        docx_heading(document, "Result", 1, (0x8B, 0x1A, 0x1A))
        document.add_paragraph("880 of 880 devices onboarded and reporting healthy on September 25, 2026. Exposure "
                               "score 58 → 24.")

    report = docx_bytes(build, title="Dunmore MDE onboarding report", author=RIDGEWAY_ENG.name,
                        created=at(2026, 9, 29, 9, 15, EDT), font="Cambria", size=11)
    submitted = at(2026, 10, 27, 11, 3, EDT)
    files = {"Dunmore MDE onboarding report.docx": report,
             "Customer acceptance - Dunmore.msg": dunmore_ack(RIDGEWAY_ENG.email)}
    claim = cpor_claim(claim_id="4313560", area="Security", submitted=submitted, partner=RIDGEWAY,
                       contact=RIDGEWAY_ENG, customer=DUNMORE, customer_contact=DUNMORE_IT,
                       workloads=["MICROSOFT DEFENDER ENDPOINT"], files=files)
    return Bundle(
        "4313560_Ridgeway_DunmoreLogistics_MDE", claim, files, "action_required",
        "Same customer e-mail as 4312275 (another partner's claim): one acknowledgement serving two partners, "
        "addressed to the other partner's project manager with this partner only on Cc, naming neither company's "
        "work. It does not validate Ridgeway's involvement in MDE specifically, and the reuse across partners "
        "needs investigation. Ask for Ridgeway's own customer acknowledgement of the MDE work.",
        "Second claim of the pair: Word report + the customer's e-mail as saved from Ridgeway's mailbox (different "
        "file name and transport headers, same message).",
        expect_cpor(email=True, customer_acknowledgement=["pass", "warn", "fail"], reused_evidence=["fail", "warn"]),
        group="B1 one e-mail, two partners",
    )


# --- B2. A narrative copied whole with only the customer's name swapped ---------------------------
CORVID = Org("Corvid Networks Inc.", "corvidnet.com", "US", "Tulsa, OK", location_id="7470286", short="Corvid",
             address="320 S Boston Avenue, Suite 800, Tulsa, OK 74103")
CORVID_LEAD = Person("Jared Whitlock", "jwhitlock@corvidnet.com", "Solutions Architect")

CORVID_NARRATIVE = (
    "{c} engaged Corvid Networks to move its 412 users and 388 Windows 11 laptops at three sites to Microsoft "
    "Intune. Between June 8 and August 21, 2026 Corvid configured Windows Autopilot with Entra ID join, built 14 "
    "configuration profiles and 6 compliance policies, and enrolled the laptops in three waves (pilot 25, wave 1 "
    "160, wave 2 203).",
    "57 company iPhones were enrolled through Automated Device Enrollment with app protection policies for Outlook "
    "and Teams. Conditional Access now requires a compliant device for Microsoft 365 and the line-of-business "
    "portal. The legacy Kaseya agent was removed from every device, and {c}'s IT coordinator received two training "
    "sessions and the operational runbooks.",
    "Result at closure: 388 of 388 laptops and 57 of 57 iPhones enrolled and compliant; 0 open incidents; help-desk "
    "tickets about device setup down from 31 to 6 per month.",
)


def corvid_summary(customer: Org, signer: Person, esign: ESign, ref: str, created: dt.datetime) -> bytes:
    narrative = [t.replace("{c}", customer.call) for t in CORVID_NARRATIVE]
    css = css_variant(body_font="sans-serif", size="10pt", heading_color="#222222", th_bg="#e6e6e6")
    blocks = [
        f"""<p><b style="font-size: 18pt">CORVID</b> <span style="font-size: 10pt; color: #777777">NETWORKS</span></p>
<h1>Engagement Completion Summary</h1>
<table>{rows([("Customer", customer.name), ("Corvid reference", ref), ("Service", "Microsoft Intune deployment"),
              ("Engagement dates", "June 8 – August 21, 2026")])}</table>""",
        "<h2>Summary of work</h2>" + paras(*narrative),
        f"""<h2>Customer acceptance</h2>
<table>{rows([("Customer", customer.name), ("Name", signer.name), ("Title", signer.title)])}
<tr><td class="label">Signature</td><td>{esign.html()}</td></tr>
<tr><td class="label">Date</td><td>{us_date(esign.signed.date())}</td></tr></table>""",
    ]
    return html_pdf(blocks, PdfMeta(f"{customer.call} Engagement Completion Summary", CORVID_LEAD.name, created,
                                    modified=esign.signed), css=css,
                    decorate=chain(esign.decorate(),
                                   furniture(footer="Corvid Networks Inc. · Tulsa, OK · corvidnet.com",
                                             page_fmt="Page {n} of {N}")))


def corvid_elmstead() -> Bundle:
    customer = Org("Elmstead Veterinary Partners, PLLC", "elmsteadvets.com", "US", "Broken Arrow, OK",
                   short="Elmstead Veterinary")
    signer = Person("Dr. Paula Greaves", "pgreaves@elmsteadvets.com", "Practice Operations Director")
    esign = ESign(signer.name, at(2026, 8, 27, 13, 40, CDT), guid("env", "corvid-elmstead", upper=True))
    pdf = corvid_summary(customer, signer, esign, "CN-2026-0611", at(2026, 8, 24, 10, 0, CDT))
    submitted = at(2026, 10, 7, 15, 10, CDT)
    files = {"POE/Elmstead_Intune_Completion_Summary_signed.pdf": pdf}
    claim = cpor_claim(claim_id="4314093", area="Security", submitted=submitted, partner=CORVID, contact=CORVID_LEAD,
                       customer=customer, customer_contact=signer, workloads=["INTUNE"], files=files)
    return Bundle(
        "4314093_Corvid_ElmsteadVeterinary_Intune", claim, files, "action_required",
        "Its whole narrative (every sentence and number: 412 users, 388 laptops, three sites, waves 25/160/203, 57 "
        "iPhones, June 8 – August 21, 31→6 tickets) is identical to the narrative of 4314648 for another customer, "
        "with only the customer's name swapped. The guide treats generic POE text submitted on other claims as "
        "insufficient activity detail; the figures cannot be true for two different customers. Each document "
        "carries its own customer's DocuSign signature, so the partner can fix it with customer-specific POE: "
        "action_required for both, and investigate.",
        "Narrative copied whole with only the customer name swapped (same partner, two customers, same numbers and "
        "sentences); signatures differ.",
        expect_cpor(email=False, activity_detail=["pass", "fail"], reused_evidence="fail"),
        group="B2 copied narrative",
    )


def corvid_oriel() -> Bundle:
    customer = Org("Oriel Architecture Studio LLC", "orielstudio.com", "US", "Oklahoma City, OK", short="Oriel")
    signer = Person("Simon Achebe", "sachebe@orielstudio.com", "Studio Manager")
    esign = ESign(signer.name, at(2026, 10, 21, 9, 5, CDT), guid("env", "corvid-oriel", upper=True))
    pdf = corvid_summary(customer, signer, esign, "CN-2026-0704", at(2026, 10, 19, 16, 30, CDT))
    submitted = at(2026, 11, 3, 10, 50, CST)
    files = {"Oriel - Engagement Completion Summary.pdf": pdf}
    claim = cpor_claim(claim_id="4314648", area="Security", submitted=submitted, partner=CORVID, contact=CORVID_LEAD,
                       customer=customer, customer_contact=signer, workloads=["INTUNE"], files=files)
    return Bundle(
        "4314648_Corvid_OrielArchitecture_Intune", claim, files, "action_required",
        "Same narrative as 4314093 word for word (customer name swapped to 'Oriel'), same figures and dates; a "
        "signed document does not make copied activity detail customer-specific. Ask for POE describing the work "
        "actually done for Oriel; investigate the pair.",
        "Second of the copied-narrative pair: signed two months later, customer written as 'Oriel'.",
        expect_cpor(email=False, activity_detail=["pass", "fail"], reused_evidence="fail"),
        group="B2 copied narrative",
    )


# --- B3. One scanned signed page on two claims ------------------------------------------------------
PELLHAM = Org("Pellham Technology Group", "pellhamtech.com", "US", "Hartford, CT", location_id="7488121",
              short="Pellham", address="100 Pearl Street, 14th Floor, Hartford, CT 06103")
PELLHAM_PM = Person("Gina Moretti", "gmoretti@pellhamtech.com", "Delivery Manager")
NORCROSS = Org("Norcross Plastics Corp.", "norcrossplastics.com", "US", "Worcester, MA", short="Norcross")
NORCROSS_IT = Person("Eric Sandoval", "esandoval@norcrossplastics.com", "IT Manager")


def norcross_signoff_jpeg() -> bytes:
    """Pellham's one-page customer sign-off, printed, signed in ink on 8/14/2026 and scanned."""
    page = f"""<p><b style="font-size: 15pt; color: #0d3b66">PELLHAM</b> <span class="small">TECHNOLOGY GROUP</span></p>
<h1>Customer Sign-off</h1>
<table>{rows([("Customer", "Norcross Plastics Corp."), ("Partner", "Pellham Technology Group")])}</table>
<p>The customer confirms that the services described in the accompanying report have been delivered to its
satisfaction and accepts them.</p>
<p>&nbsp;</p>
<table>{rows([("Name", NORCROSS_IT.name), ("Title", NORCROSS_IT.title)])}
<tr><td class="label">Signature</td><td><div class="sig"></div></td></tr>
<tr><td class="label">Date</td><td>&nbsp;</td></tr></table>"""
    printed = html_pdf([page], PdfMeta("Customer Sign-off", PELLHAM_PM.name, at(2026, 8, 13, 16, 0, EDT)),
                       css=css_variant(body_font="sans-serif", size="10.5pt", heading_color="#0d3b66"))
    (jpeg,) = scan_pages(printed, "norcross-sandoval", ink=True, where=beside("Signature", dx=178),
                         date_beside=("Date", 178, "8/14/2026"), skew=1.7)
    return jpeg


def pellham_report(title: str, ref: str, body: Sequence[str], created: dt.datetime) -> bytes:
    return html_pdf(
        [f"""<p><b style="font-size: 15pt; color: #0d3b66">PELLHAM</b> <span class="small">TECHNOLOGY GROUP</span></p>
<h1>{escape(title)}</h1><p class="small">Customer: Norcross Plastics Corp. · Pellham ref. {escape(ref)}</p>""", *body,
         "<p>Customer sign-off: see the signed sign-off page attached to this claim.</p>"],
        PdfMeta(title, PELLHAM_PM.name, created),
        css=css_variant(body_font="sans-serif", size="10pt", heading_color="#0d3b66"),
        decorate=furniture(header="Pellham Technology Group", header_right=ref, footer="Confidential",
                           page_fmt="Page {n} of {N}"),
    )


def pellham_norcross_mde() -> Bundle:
    report = pellham_report("Microsoft Defender for Endpoint – Deployment Report", "PTG-26-114", [
        "<h2>Scope</h2>" + paras(
            "Norcross Plastics runs two injection-moulding plants (Worcester and Fitchburg) with 520 employees. "
            "Pellham deployed Microsoft Defender for Endpoint to the 460 office and engineering PCs and 38 Windows "
            "servers between June 1 and August 7, 2026; the 22 machine-controller PCs on the OT network were "
            "excluded."),
        "<h2>Activities</h2>" + ul([
            "Onboarding through Intune (PCs) and the Defender for Servers Plan 1 connector (servers) in three rings.",
            "13 ASR rules audited for 3 weeks; 10 in block mode after exclusions for the MES client.",
            "EDR in block mode, tamper protection, device groups per plant; weekly exposure report.",
            "Knowledge transfer: 2 sessions for the 3-person IT team.",
        ]),
        "<h2>Result</h2><p>498 of 498 devices onboarded and healthy on August 7, 2026.</p>",
    ], at(2026, 8, 10, 11, 0, EDT))
    scan_pdf = image_pdf([norcross_signoff_jpeg()], PdfMeta("Scanned Document", "", at(2026, 8, 14, 10, 31, EDT),
                                                            creator="Xerox AltaLink C8130",
                                                            producer="Xerox AltaLink C8130"))
    submitted = at(2026, 10, 5, 13, 35, EDT)
    files = {"POE/Norcross_MDE_Deployment_Report.pdf": report,
             "POE/Norcross_customer_signoff_scan.pdf": scan_pdf}
    claim = cpor_claim(claim_id="4315102", area="Security", submitted=submitted, partner=PELLHAM, contact=PELLHAM_PM,
                       customer=NORCROSS, customer_contact=NORCROSS_IT, workloads=["MICROSOFT DEFENDER ENDPOINT"],
                       files=files)
    return Bundle(
        "4315102_Pellham_NorcrossPlastics_MDE", claim, files, "action_required",
        "The customer's ink signature is on a detached, generic sign-off page ('the services described in the "
        "accompanying report') that names no report, workload or agreement, and the identical scanned page is "
        "also the acknowledgement of 4315537 (a different report, for work that started after this page was "
        "signed). The guide accepts physically signed documents 'where the submitted POE file contains the "
        "signature and identifying information for the corresponding agreement' and rejects copied/pasted "
        "physical signatures; one signature page cannot be tied to either report. Ask for the signed report (or "
        "a customer e-mail naming the MDE work).",
        "Same scanned signed page on two claims: here wrapped in an image-only PDF from the scanner; on 4315537 "
        "the same JPEG uploaded as is (identical image, different container).",
        expect_cpor(email=False, customer_acknowledgement=["pass", "warn", "fail"], reused_evidence="fail"),
        group="B3 one scanned page, two claims",
    )


def pellham_norcross_mip() -> Bundle:
    report = pellham_report("Microsoft Purview Information Protection – Deployment Report", "PTG-26-139", [
        "<h2>Scope</h2>" + paras(
            "After the Defender for Endpoint project, Norcross asked Pellham to classify and protect its customer "
            "drawings, moulds specifications and quality records. The work ran from August 24 to October 9, 2026 "
            "for all 520 users."),
        "<h2>Activities</h2>" + ul([
            "Label taxonomy with 4 labels (Public, General, Confidential – Customer IP, Restricted – Export "
            "Controlled) and encryption for the two highest labels.",
            "Auto-labelling of 640,000 files in the Engineering and Quality SharePoint sites using custom sensitive "
            "information types for customer part numbers and ITAR markings.",
            "DLP policies blocking export-controlled drawings from external e-mail and USB on 460 PCs.",
            "Training for 45 engineers and the quality team; labelling guide.",
        ]),
        "<h2>Result</h2><p>Labels published on September 14, 2026; 182,000 files labelled Confidential – Customer "
        "IP by October 9, 2026.</p>",
    ], at(2026, 10, 12, 14, 0, EDT))
    submitted = at(2026, 10, 30, 9, 55, EDT)
    files = {"POE/Norcross_MIP_Deployment_Report.pdf": report,
             "POE/Norcross_signoff.jpg": norcross_signoff_jpeg()}
    claim = cpor_claim(claim_id="4315537", area="Security", submitted=submitted, partner=PELLHAM, contact=PELLHAM_PM,
                       customer=NORCROSS, customer_contact=NORCROSS_IT,
                       workloads=["MICROSOFT INFORMATION PROTECTION"], files=files)
    return Bundle(
        "4315537_Pellham_NorcrossPlastics_MIP", claim, files, "action_required",
        "The acknowledgement is the same scanned sign-off page (identical image, handwritten date 8/14/2026) as "
        "on 4315102, while this report describes work from August 24 to October 9, 2026: the signature predates "
        "the work it is supposed to accept, so it is a reused (copied) signature page, not an acknowledgement of "
        "this work. Ask for a customer acknowledgement of the MIP work.",
        "Second claim of the scanned-page pair: the identical JPEG as a separate upload; the sign-off date is "
        "before the reported work started.",
        expect_cpor(email=False, customer_acknowledgement=["fail", "warn"], reused_evidence="fail"),
        group="B3 one scanned page, two claims",
    )


# --- B4. One invoice on two partner activities claims ---------------------------------------------
STONEBRIDGE = Org("Stonebridge Cloud Services Inc.", "stonebridgecloud.com", "US", "Raleigh, NC",
                  location_id="7502964", short="Stonebridge",
                  address="4208 Six Forks Road, Suite 1000, Raleigh, NC 27609")
STONEBRIDGE_PM = Person("Courtney Hale", "chale@stonebridgecloud.com", "Azure Delivery Manager")
STONEBRIDGE_INVOICE = "SCS-INV-26-1187"
ALDER_CLAIM, BEXLEY_CLAIM = "4316420", "4316883"


def stonebridge_invoice() -> bytes:
    return claim_invoice(
        partner=STONEBRIDGE, contact=STONEBRIDGE_PM, phone="+1-919-555-0176", date=dt.date(2026, 10, 16),
        number=STONEBRIDGE_INVOICE,
        lines=[(ALDER_CLAIM, AMMP_SMALL, "Alder & Finch Outdoor Co.", "$15,000.00"),
               (BEXLEY_CLAIM, AMMP_SMALL, "Bexley Medical Supply", "$15,000.00")],
        total="$30,000.00", created=at(2026, 10, 16, 14, 12, EDT),
        css=css_variant(body_font="sans-serif", size="10pt", heading_color="#2b4c7e"))


def stonebridge_claim(*, claim_id: str, customer: Org, signer: Person, consent: dt.date, submitted: dt.datetime,
                      start: dt.date, end: dt.date, production: dt.date, acr: str, app: str,
                      activities: Sequence[tuple[str, str, str]], esigned: dt.datetime, name: str, why: str,
                      shows: str) -> Bundle:
    esign = ESign(signer.name, esigned, guid("env", "stonebridge", customer.domain, upper=True))
    poe = ammp_poe(partner=STONEBRIDGE, customer=customer, signer=signer, author=STONEBRIDGE_PM, esign=esign, acr=acr,
                   production=production, app=app, activities=activities,
                   created=esigned - dt.timedelta(days=2, hours=3),
                   css=css_variant(body_font="sans-serif", size="9.5pt", heading_color="#2b4c7e"))
    customer_json, partner_json = ammp_surveys(
        claim_id, STONEBRIDGE, customer_sig=(signer.name, customer.name, signer.title),
        partner_sig=(STONEBRIDGE_PM.name, STONEBRIDGE.name, STONEBRIDGE_PM.title), start=start, end=end,
        production=production, acr=acr, customer_done=esigned + dt.timedelta(days=1, hours=2),
        partner_done=esigned + dt.timedelta(days=2))
    files = {
        f"Invoice/{STONEBRIDGE_INVOICE}.pdf": stonebridge_invoice(),
        f"POE/{customer.call.replace(' ', '_').replace('&', 'and')}_AMMP_POE_signed.pdf": poe,
        "Attestations/customer_survey.json": customer_json,
        "Attestations/partner_survey.json": partner_json,
    }
    roles = dict(zip(files, ("invoice", "poe", "customer_attestation", "partner_attestation"), strict=True))
    claim = claim_doc(
        claim_id=claim_id, program="partner_activities", solution_area="Azure", submitted=submitted,
        partner=STONEBRIDGE, partner_contact=STONEBRIDGE_PM, customer=customer, customer_contact=signer,
        workloads=[("AZURE APP SERVICE", None), ("AZURE SQL DATABASE", None)],
        documents=[(p, roles[p]) for p in files], engagement=AMMP_ENGAGEMENT, consent_date=consent,
        history=pa_history(consent, submitted, STONEBRIDGE_PM.email),
    )
    return Bundle(name, claim, files, "action_required", why, shows,
                  expect_pa(invoice=["fail", "warn"], reused_evidence="fail"), group="B4 one invoice, two claims")


def stonebridge_alder() -> Bundle:
    customer = Org("Alder & Finch Outdoor Co.", "alderfinch.com", "US", "Asheville, NC", short="Alder & Finch")
    signer = Person("Megan Tull", "mtull@alderfinch.com", "VP Digital & IT")
    return stonebridge_claim(
        claim_id=ALDER_CLAIM, customer=customer, signer=signer, consent=dt.date(2026, 7, 6),
        submitted=at(2026, 10, 20, 15, 5, EDT), start=dt.date(2026, 7, 13), end=dt.date(2026, 9, 25),
        production=dt.date(2026, 9, 21), acr="47,500",
        app="Alder & Finch's B2B dealer portal (orders, warranty claims and co-op marketing funds for 410 outdoor "
            "retailers) ran as a Java 8 / Tomcat application with a MySQL 5.7 database on two VMs at a colocation "
            "provider whose contract ends in December 2026.",
        activities=(
            ("Application Compatibility Assessment/Review", "Jul 13 – Jul 24",
             "Assessment of 9 services; Spring Boot upgrade path; MySQL 5.7 → Azure Database for MySQL blockers (2)."),
            ("Landing Zone Setup or Review", "Jul 27 – Aug 7",
             "New landing zone (East US 2): hub-spoke, Azure Firewall Basic, policy for tagging and allowed SKUs."),
            ("Modernization activities", "Aug 10 – Sep 21",
             "Services containerised and moved to Azure App Service for Containers (P1v3, 2–6 instances); data "
             "moved to Azure SQL Database after schema conversion; CI/CD in Azure DevOps."),
            ("Azure security deployment and setup", "Sep 8 – Sep 25",
             "Defender for Cloud (App Service, SQL); managed identities; Key Vault; private endpoints."),
        ),
        esigned=at(2026, 10, 1, 11, 20, EDT), name=f"{ALDER_CLAIM}_Stonebridge_AlderFinch_AMMP",
        why="Guide, Invoice Requirements: 'Each claim must have a separate, unique invoice' with the claim ID and "
            "the payout amount in USD. The uploaded invoice SCS-INV-26-1187 is one invoice for two claims "
            f"({ALDER_CLAIM} and {BEXLEY_CLAIM}), total USD 30,000.00, and the identical file is uploaded to "
            f"{BEXLEY_CLAIM}. Everything else is in order (attestations, signed AMMP POE, 106 days after consent). "
            "Ask for a separate invoice for this claim showing USD 15,000.00.",
        shows="Same invoice PDF (identical bytes) on two partner activities claims of the same partner; the invoice "
              "lists both claim IDs with a USD 30,000 total.",
    )


def stonebridge_bexley() -> Bundle:
    customer = Org("Bexley Medical Supply LLC", "bexleymedical.com", "US", "Durham, NC", short="Bexley")
    signer = Person("Andre Whitfield", "awhitfield@bexleymedical.com", "Director of Information Systems")
    return stonebridge_claim(
        claim_id=BEXLEY_CLAIM, customer=customer, signer=signer, consent=dt.date(2026, 7, 14),
        submitted=at(2026, 10, 22, 10, 40, EDT), start=dt.date(2026, 7, 20), end=dt.date(2026, 10, 2),
        production=dt.date(2026, 9, 28), acr="61,000",
        app="Bexley's order-tracking and lot-traceability application for 1,900 clinic and pharmacy customers "
            "(ASP.NET MVC 5, SQL Server 2014, 180 GB) ran on three servers in the Durham warehouse.",
        activities=(
            ("Application Compatibility Assessment/Review", "Jul 20 – Jul 31",
             "Azure Migrate code assessment of 17 projects; 3 blockers (MSMQ, a COM label printer component, "
             "linked servers)."),
            ("Landing Zone Setup or Review", "Aug 3 – Aug 14",
             "Review of Bexley's existing landing zone; added spoke network, private DNS and a policy initiative "
             "for HIPAA/HITRUST audit logging."),
            ("Modernization activities", "Aug 17 – Sep 28",
             "Rebuilt on ASP.NET Core 8 on Azure App Service; MSMQ replaced by Azure Service Bus; database moved "
             "to Azure SQL Database (Business Critical, 4 vCores); label printing via an Azure Function."),
            ("Azure security deployment and setup", "Sep 14 – Oct 2",
             "Defender for Cloud plans; Key Vault; private endpoints for SQL and Service Bus; WAF on Application "
             "Gateway."),
        ),
        esigned=at(2026, 10, 7, 14, 45, EDT), name=f"{BEXLEY_CLAIM}_Stonebridge_BexleyMedical_AMMP",
        why=f"Same invoice file as {ALDER_CLAIM} (identical bytes): one invoice covering two claims with a USD "
            "30,000.00 total instead of a separate, unique invoice per claim (guide, Invoice Requirements). The "
            "rest of the claim is complete (100 days after consent). Ask for a separate invoice for this claim.",
        shows="Second claim of the shared-invoice pair.",
    )


# ==============================================================================================
# C. Is this e-mail an acceptance?
# ==============================================================================================
NO_ACK: dict[str, Any] = {"customer_acknowledgement": "fail", "acknowledgement_date": ["fail", "not_applicable"],
          "customer_domain": ["pass", "not_applicable"]}


def lumenbay_crestview_received() -> Bundle:
    partner = Org("Lumen Bay Consulting", "lumenbay.com", "US", "San Diego, CA", location_id="7531460",
                  short="Lumen Bay", address="401 B Street, Suite 1500, San Diego, CA 92101")
    customer = Org("Crestview Property Management, Inc.", "crestviewpm.com", "US", "Irvine, CA", short="Crestview")
    vp = Person("Danielle Foster", "dfoster@crestviewpm.com", "VP Operations & Technology")
    consultant = Person("Owen Castellano", "owen@lumenbay.com", "Principal Consultant")
    summary = html_pdf(
        [
            """<p><b style="font-size: 16pt; color: #c2571a">Lumen Bay</b> <span class="small">CONSULTING</span></p>
<h1>Crestview – Information Protection closure summary</h1>
<p class="small">Lumen Bay project LB-0926 · September 30, 2026</p>""",
            "<h2>Background</h2>" + paras(
                "Crestview manages 14,500 apartment units for 60 owners in Orange and San Diego counties. Leases, "
                "resident ID copies, background checks and owner financials were shared through OneDrive links "
                "and e-mail by 310 staff in the head office and 48 on-site leasing offices."),
            "<h2>What Lumen Bay delivered (July 20 – September 25, 2026)</h2>" + ul([
                "Sensitivity labels (Public, Internal, Confidential – Resident, Confidential – Owner Financials) "
                "published to all 310 users, default label Internal in Outlook and Office.",
                "Auto-labelling of resident documents (SSN, driver's licence, bank account) in the Leasing "
                "SharePoint site and OneDrive: 1.1 million files scanned, 96,000 labelled Confidential – Resident.",
                "DLP: resident data blocked from external sharing except to the 3 screening vendors; policy tips "
                "for leasing agents.",
                "Two training sessions for the 48 property managers; label quick-reference guide.",
            ]),
            "<h2>Customer acceptance</h2><p>Pending – requested by e-mail on September 30, 2026.</p>",
        ],
        PdfMeta("Crestview MIP closure summary", consultant.name, at(2026, 9, 30, 12, 0, PDT)),
        css=css_variant(body_font="sans-serif", size="10pt", heading_color="#c2571a"),
        decorate=furniture(footer="Lumen Bay Consulting · San Diego", page_fmt="{n}/{N}"),
    )
    ask = Mail(sender=consultant, to=(vp,), date=at(2026, 9, 30, 14, 5, PDT),
               subject="Crestview – Information Protection project: closure summary for your confirmation",
               body=("Hi Danielle,\n\nAttached is the closure summary for the Information Protection project "
                     "(labels, auto-labelling of resident documents, DLP and training). Could you please reply to "
                     "confirm that Crestview accepts the work as complete?\n\nThank you,\nOwen Castellano\n"
                     "Principal Consultant | Lumen Bay Consulting\n"),
               attachments=(("Crestview_MIP_closure_summary.pdf", summary, "application/pdf"),), received=False)
    reply = Mail(sender=vp, to=(consultant,), date=at(2026, 10, 2, 7, 48, PDT), subject="RE: " + ask.subject,
                 body=("Thanks, received — we will review and come back to you.\n\nDanielle\n\nDanielle Foster | VP "
                       "Operations & Technology | Crestview Property Management\n\n" + quote_outlook(ask)),
                 mailer="Microsoft Outlook for iOS")
    submitted = at(2026, 10, 16, 15, 30, PDT)
    files = {"POE/Crestview_MIP_closure_summary.pdf": summary,
             "POE/RE_ Crestview – Information Protection project closure summary.msg": msg_bytes(reply)}
    claim = cpor_claim(claim_id="4317206", area="Security", submitted=submitted, partner=partner, contact=consultant,
                       customer=customer, customer_contact=vp, workloads=["MICROSOFT INFORMATION PROTECTION"],
                       files=files, comment="Closure summary and customer's e-mail reply attached.")
    return Bundle(
        "4317206_LumenBay_Crestview_MIP_ReceivedOnly", claim, files, "action_required",
        "The customer's only words are 'Thanks, received — we will review and come back to you': a receipt, not an "
        "acceptance. The guide rejects 'E-mail from the partner where the customer does not accept or approve "
        "Partner's claimed or proposed work'; the detail is all in the partner's quoted message and unsigned "
        "summary. Ask for the customer's confirmation or a signed POE.",
        "Customer e-mail from the right domain that only acknowledges receipt (iOS Outlook reply above the quoted "
        "partner request).",
        expect_cpor(email=True, **NO_ACK),
        group="C acceptance wording",
    )


def northstar_hollis_ooo() -> Bundle:
    partner = Org("Northstar Cyber LLC", "northstarcyber.com", "US", "Minneapolis, MN", location_id="7539082",
                  short="Northstar", address="80 South 8th Street, Suite 2900, Minneapolis, MN 55402")
    customer = Org("Hollis & Grant Insurance Agency, Inc.", "hollisgrant.com", "US", "St. Paul, MN",
                   short="Hollis & Grant")
    it = Person("Angela Moritz", "amoritz@hollisgrant.com", "IT Manager")
    eng = Person("Tyler Brandt", "tbrandt@northstarcyber.com", "Security Engineer")

    def build(document: DocxDocument) -> None:
        docx_furniture(document, header="NORTHSTAR CYBER | Project Completion Report",
                       footer="Northstar Cyber LLC · Minneapolis, MN · northstarcyber.com")
        docx_heading(document, "Defender for Office 365 – Project Completion Report", 0, (0x12, 0x2B, 0x4A))
        document.add_paragraph("Customer: Hollis & Grant (H&G) · Northstar project NSC-2026-047 · "
                               "October 9, 2026")
        docx_heading(document, "Environment", 1, (0x12, 0x2B, 0x4A))
        document.add_paragraph(
            "H&G is an independent insurance agency with 165 employees in St. Paul, Rochester and Duluth. In "
            "June 2026 two producers' mailboxes were compromised through a fake carrier portal, and the agency's "
            "E&O insurer asked for stronger e-mail protection before renewal.")
        docx_heading(document, "Work completed (August 10 – October 2, 2026)", 1, (0x12, 0x2B, 0x4A))
        docx_table(document, ["Area", "Detail"], [
            ["Preset policies", "Standard preset for 165 users and 22 shared mailboxes; Strict for the 14 producers "
             "and 6 accounting staff who handle premium payments"],
            ["Safe Links / Safe Attachments", "E-mail, Teams and Office apps; dynamic delivery"],
            ["Impersonation", "Protection for the 3 principals and 41 carrier domains"],
            ["Attack simulation", "2 campaigns (Aug 27, Sep 24): click rate 17% → 6%; training assigned to 28 users"],
            ["Operations", "Quarantine digest for the help desk; AIR playbooks; runbook for compromised accounts"],
        ])
        docx_heading(document, "Acceptance", 1, (0x12, 0x2B, 0x4A))
        document.add_paragraph("Acceptance requested from H&G by e-mail on October 12, 2026.")

    report = docx_bytes(build, title="H&G Defender for Office 365 - Completion Report", author=eng.name,
                        created=at(2026, 10, 9, 16, 0, CDT), font="Calibri Light", size=11)
    ooo = Mail(
        sender=it, to=(eng,), date=at(2026, 10, 12, 8, 2, CDT),
        subject="Automatic reply: Defender for Office 365 – please confirm acceptance of completed work",
        body=("Thank you for your email. I am out of the office from Monday, October 12 through Friday, October 23, "
              "2026, with limited access to email.\n\nFor urgent IT matters please contact the Hollis & Grant service "
              "desk at servicedesk@hollisgrant.com or (651) 555-0148. I will respond to your message when I return."
              "\n\nAngela Moritz\nIT Manager | Hollis & Grant Insurance Agency\n"),
        headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                 ("X-MS-Exchange-Inbox-Rules-Loop", it.email)),
        message_class="IPM.Note.Rules.OofTemplate.Microsoft",
    )
    submitted = at(2026, 10, 23, 13, 10, CDT)
    files = {"POE/HG_Defender_for_Office_365_Completion_Report.docx": report,
             "POE/Automatic reply_ Defender for Office 365 – please confirm acceptance.msg": msg_bytes(ooo)}
    claim = cpor_claim(claim_id="4317751", area="Security", submitted=submitted, partner=partner, contact=eng,
                       customer=customer, customer_contact=it, workloads=["MICROSOFT DEFENDER FOR OFFICE"],
                       files=files, comment="Completion report and customer acknowledgement e-mail attached.")
    return Bundle(
        "4317751_Northstar_HollisGrant_MDO_OutOfOffice", claim, files, "action_required",
        "The 'acknowledgement' is an Outlook out-of-office auto-reply (subject 'Automatic reply: ...', "
        "Auto-Submitted: auto-replied, OOF message class): machine-generated, it accepts nothing. The report is "
        "detailed but unsigned. Ask for the customer's actual confirmation or a signed POE.",
        "English out-of-office .msg from the customer's domain (OOF message class, Auto-Submitted header) uploaded "
        "as the acknowledgement; customer written as 'H&G'.",
        expect_cpor(email=True, **NO_ACK),
        group="C acceptance wording",
    )


def rheinwerk_kranich_ooo() -> Bundle:
    partner = Org("Rheinwerk Digital GmbH", "rheinwerk-digital.de", "DE", "Köln", location_id="7546318",
                  short="Rheinwerk", address="Mediapark 8, 50670 Köln")
    customer = Org("Kranich Maschinenbau GmbH", "kranich-mb.de", "DE", "Bielefeld", short="Kranich")
    head = Person("Stefan Vogt", "s.vogt@kranich-mb.de", "Leiter IT-Infrastruktur")
    pm = Person("Laura Brenner", "laura.brenner@rheinwerk-digital.de", "Project Manager Modern Workplace")
    report = html_pdf(
        [
            """<p><b style="font-size: 16pt; color: #004b87">rheinwerk</b>
<span style="color: #004b87">digital</span></p>
<h1>Intune Roll-out – Completion Report</h1>
<p class="small">Customer: Kranich Maschinenbau GmbH · Project RWD-2026-19 · 14 October 2026</p>""",
            "<h2>Scope</h2>" + paras(
                "Kranich builds packaging machines in Bielefeld and Gütersloh with 740 employees. Rheinwerk moved "
                "the 520 Windows 11 notebooks of engineering, sales and administration and 180 service-technician "
                "smartphones from a self-hosted MDM to Microsoft Intune between 3 August and 9 October 2026."),
            "<h2>Work performed</h2>" + table(("Workstream", "Detail", "Dates"), [
                ("Design", "Tenant settings, RBAC for 5 IT admins, Autopilot profile (Entra join), BSI-aligned "
                 "security baseline", "3 Aug – 14 Aug"),
                ("Notebooks", "520 notebooks re-provisioned with Autopilot in 4 waves; BitLocker, LAPS and "
                 "compliance policies; update rings", "17 Aug – 2 Oct"),
                ("Smartphones", "180 Samsung devices enrolled as Android Enterprise fully managed with the service "
                 "app and Outlook; old MDM switched off 9 Oct", "7 Sep – 9 Oct"),
                ("Handover", "Runbooks (English and German) and 2 training sessions for the IT team",
                 "6 Oct – 9 Oct"),
            ]),
            "<h2>Acceptance</h2><p>Requested from Kranich by e-mail.</p>",
        ],
        PdfMeta("Kranich Intune Completion Report", pm.name, at(2026, 10, 14, 15, 0, CEST)),
        css=css_variant(body_font="sans-serif", size="10pt", heading_color="#004b87"), paper="a4",
        decorate=furniture(footer="Rheinwerk Digital GmbH · Mediapark 8 · 50670 Köln · HRB 98231",
                           page_fmt="Seite {n} von {N}"),
    )
    ooo = Mail(
        sender=head, to=(pm,), date=at(2026, 10, 19, 7, 15, CEST),
        subject="Automatische Antwort: Intune roll-out – acceptance of completed work",
        body=("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, "
              "30. Oktober 2026, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht "
              "weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an unseren IT-Service-Desk unter "
              "it-service@kranich-mb.de oder telefonisch unter +49 521 4471-300.\n\nMit freundlichen Grüßen\n"
              "Stefan Vogt\nLeiter IT-Infrastruktur\nKranich Maschinenbau GmbH\n"),
        headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                 ("Content-Language", "de-DE")),
    )
    submitted = at(2026, 11, 10, 10, 25, CET)
    files = {"POE/Kranich_Intune_Completion_Report.pdf": report,
             "POE/Automatische Antwort - Intune roll-out acceptance.eml": eml_bytes(ooo)}
    claim = cpor_claim(claim_id="4318119", area="Security", submitted=submitted, partner=partner, contact=pm,
                       customer=customer, customer_contact=head, workloads=["INTUNE"], files=files)
    return Bundle(
        "4318119_Rheinwerk_KranichMaschinenbau_Intune_OutOfOffice", claim, files, "action_required",
        "The only customer message is a German out-of-office auto-reply ('Automatische Antwort: ...', "
        "Auto-Submitted: auto-replied): it accepts nothing. The English report is detailed but unsigned. Ask for "
        "the customer's confirmation or a signed POE. (The auto-reply is German; a document_language flag on it "
        "is tolerable, but the decision turns on the missing acknowledgement.)",
        "German out-of-office .eml (Auto-Submitted header, Content-Language de-DE) as the only acknowledgement; "
        "English A4 report with German page numbering ('Seite 1 von 1').",
        expect_cpor(email=True, document_language=["pass", "warn", "fail"], **NO_ACK),
        group="C acceptance wording",
    )


def westbrook_arden_thread() -> Bundle:
    partner = Org("Westbrook Solutions Inc.", "westbrooksolutions.com", "US", "Milwaukee, WI", location_id="7553907",
                  short="Westbrook", address="777 E Wisconsin Avenue, Suite 2300, Milwaukee, WI 53202")
    customer = Org("Arden Mills Bakery Co.", "ardenmills.com", "US", "Sheboygan, WI", short="Arden Mills")
    ops = Person("Maria Kessler", "mkessler@ardenmills.com", "Director of IT & Operations Systems")
    pm = Person("Tom Whitaker", "twhitaker@westbrooksolutions.com", "Project Manager")
    summary = Mail(
        sender=pm, to=(ops,), date=at(2026, 9, 24, 16, 40, CDT), subject="Arden Mills Intune rollout – completion",
        body=("Hi Maria,\n\nThe Intune rollout is done. Summary of what Westbrook delivered between July 13 and "
              "September 18, 2026:\n"
              "- 286 Windows laptops and office PCs at the Sheboygan bakery and the Green Bay and Appleton "
              "distribution centers moved to Autopilot and Entra ID join, in 3 waves\n"
              "- 74 shared Android tablets on the production lines enrolled as dedicated devices running the "
              "batch-record app in kiosk mode\n"
              "- 9 compliance policies and Conditional Access for Microsoft 365 and the ERP portal\n"
              "- SCCM client removed; 2 runbooks and a training session for your 3-person IT team\n\n"
              "Could you confirm that Arden Mills accepts the work?\n\nThanks,\nTom\n"),
    )
    accept = Mail(
        sender=ops, to=(pm,), date=at(2026, 9, 25, 9, 14, CDT), subject="RE: Arden Mills Intune rollout – completion",
        body=("Hi Tom,\n\nYes – confirmed. Westbrook completed the Intune rollout as described below: the laptops and "
              "PCs at all three sites are on Autopilot and compliant, and the line tablets have been running the "
              "batch-record app in kiosk mode since the 14th. Arden Mills accepts the work. Thanks to you and "
              "Priyanka for a smooth project.\n\nMaria\n"),
    )
    thanks = Mail(
        sender=pm, to=(ops,), date=at(2026, 9, 25, 10, 2, CDT), subject="RE: Arden Mills Intune rollout – completion",
        body=("Thank you Maria, much appreciated. I'll close the project on our side and send the final as-built "
              "document by Friday.\n\nTom\n"),
    )
    unrelated = Mail(
        sender=ops, to=(pm,), date=at(2026, 9, 29, 13, 37, CDT), subject="RE: Arden Mills Intune rollout – completion",
        body=("Tom – unrelated, but could we move our Thursday Oct 8 meeting about the new warehouse Wi-Fi survey to "
              "10:00? Our GM can only make mornings that week. The conference room by the loading dock is booked, "
              "so let's use the training room.\n\nThanks,\nMaria\n"),
    )
    pdf = outlook_print([unrelated, thanks, accept, summary], printed_by=pm.name, meta_author=pm.name)
    submitted = at(2026, 10, 9, 11, 0, CDT)
    files = {"POE/Arden Mills - RE_ Intune rollout completion (email thread).pdf": pdf}
    claim = cpor_claim(claim_id="4318640", area="Security", submitted=submitted, partner=partner, contact=pm,
                       customer=customer, customer_contact=ops, workloads=["INTUNE"], files=files,
                       comment="Customer acceptance is in the e-mail thread (Sept 25 message from Maria Kessler).")
    return Bundle(
        "4318640_Westbrook_ArdenMills_Intune_ThreadPDF", claim, files, "approve",
        "Guide item 1: e-mail acknowledgement 'in .MSG or .PDF (email) format'. In the printed thread the "
        "customer's message of 2026-09-25 from ardenmills.com accepts the specific work in her own words ('Arden "
        "Mills accepts the work'); the partner's summary below it gives devices, sites, dates and activities. The "
        "newest message (about rescheduling an unrelated Wi-Fi meeting) does not withdraw or weaken the "
        "acceptance.",
        "Outlook conversation printed to PDF, newest first: top = customer's unrelated meeting request, then the "
        "partner's thanks, then the customer's acceptance (two messages down), then the partner's summary.",
        expect_cpor(email=True),
        group="C acceptance wording",
    )


def granaryrow_brennan_po() -> Bundle:
    partner = Org("Granary Row Technology LLC", "granaryrow.com", "US", "Omaha, NE", location_id="7560218",
                  short="Granary Row", address="1299 Farnam Street, Suite 300, Omaha, NE 68102")
    customer = Org("Brennan Hardware Supply Co.", "brennanhardware.com", "US", "Lincoln, NE", short="Brennan Hardware")
    it = Person("David Kowal", "dkowal@brennanhardware.com", "IT Director")
    eng = Person("Priya Sethi", "psethi@granaryrow.com", "Security Consultant")
    summary = Mail(
        sender=eng, to=(it,), date=at(2026, 10, 1, 15, 20, CDT),
        subject="Defender for Endpoint deployment – wrap-up",
        body=("Hi Dave,\n\nWrap-up of the Defender for Endpoint deployment Granary Row completed for Brennan "
              "Hardware (August 17 – September 30, 2026):\n"
              "- 342 Windows devices onboarded: 214 store PCs and POS back-office machines in 23 stores, 96 "
              "laptops, 32 servers (via Defender for Servers)\n"
              "- 12 ASR rules audited for 2 weeks, 9 in block mode; tamper protection and EDR in block mode\n"
              "- Device groups per region with automated remediation for the HQ and DC devices\n"
              "- Legacy Webroot agent removed; weekly vulnerability report to you and Janet\n\n"
              "Can you confirm acceptance so we can close the project and send the final milestone invoice?\n\n"
              "Thanks,\nPriya\n"),
        received=False,
    )
    accept = Mail(
        sender=it, to=(eng,), date=at(2026, 10, 2, 8, 31, CDT),
        subject="RE: Defender for Endpoint deployment – wrap-up",
        body=("Priya,\n\nAccepted - Granary Row delivered everything in your summary. All 23 stores, the DC and HQ are "
              "showing healthy in the Defender portal and the Webroot agents are gone. Go ahead and close it out.\n\n"
              "Dave\n"),
    )
    thanks = Mail(
        sender=eng, to=(it,), date=at(2026, 10, 2, 9, 5, CDT), subject="RE: Defender for Endpoint deployment – wrap-up",
        body="Thanks Dave! I'll let our billing team know and send the final invoice this week.\n\nPriya\n",
        received=False,
    )
    latest = Mail(
        sender=it, to=(eng,), date=at(2026, 10, 7, 14, 48, CDT),
        subject="RE: Defender for Endpoint deployment – wrap-up",
        body=("Hi Priya,\n\nOur AP team got the final milestone invoice but they can't match it - which purchase order "
              "number was it raised against? We had two POs open with Granary Row this year. Can you send me the PO "
              "number so they can release the payment?\n\nThanks,\nDave\n\nDavid Kowal\nIT Director | Brennan "
              "Hardware Supply Co.\n\n" + quote_outlook(thanks) + "\n\n" + quote_outlook(accept) + "\n\n"
              + quote_outlook(summary)),
        mailbox=eng.email,
    )
    submitted = at(2026, 10, 20, 16, 0, CDT)
    files = {"POE/Brennan Hardware - MDE acceptance thread.eml": eml_bytes(latest)}
    claim = cpor_claim(claim_id="4319017", area="Security", submitted=submitted, partner=partner, contact=eng,
                       customer=customer, customer_contact=it, workloads=["MICROSOFT DEFENDER ENDPOINT"], files=files)
    return Bundle(
        "4319017_GranaryRow_BrennanHardware_MDE_POQuestion", claim, files, "approve",
        "The thread holds the customer's acceptance of 2026-10-02 ('Accepted - Granary Row delivered everything "
        "in your summary') above the partner's detailed summary (devices, stores, rules, dates), all from "
        "brennanhardware.com. The newest customer message asks which purchase order the partner's final invoice "
        "was raised against: a payment question about the partner's services, not a licensing purchase and not a "
        "purchase order as POE, so it does not undo the acceptance.",
        "Customer .eml whose newest message asks for the purchase order number, with the acceptance and the "
        "partner's summary quoted below (newest first).",
        expect_cpor(email=True),
        group="C acceptance wording",
    )


# ==============================================================================================
# D. Is the claimed workload really in the POE? Is the signature block really signed?
# ==============================================================================================
def fernhill_quayside_out_of_scope() -> Bundle:
    partner = Org("Fernhill Systems Inc.", "fernhillsys.com", "US", "Boise, ID", location_id="7604471",
                  short="Fernhill", address="800 W Main Street, Suite 1460, Boise, ID 83702")
    customer = Org("Quayside Seafoods Inc.", "quaysideseafoods.com", "US", "Seattle, WA", short="Quayside")
    cio = Person("Naomi Sato", "nsato@quaysideseafoods.com", "Chief Information Officer")
    lead = Person("Cole Ramsey", "cramsey@fernhillsys.com", "Endpoint Practice Lead")
    esign = ESign(cio.name, at(2026, 9, 30, 11, 18, PDT), guid("env", "quayside", upper=True))
    blocks = [
        f"""<p><b style="font-size: 16pt; color: #2d6a4f">FERNHILL</b> <span class="small">SYSTEMS</span></p>
<h1>Completion Certificate – Quayside Seafoods</h1>
<table>{rows([("Customer", customer.name), ("Partner", partner.name), ("Project", "FS-2026-072 Device management"),
              ("Period", "July 6 – September 25, 2026")])}</table>""",
        "<h2>In scope – Microsoft Intune (completed)</h2>" + ul([
            "Windows Autopilot and Entra ID join for 410 laptops in the Seattle office, the Kodiak and Dutch Harbor "
            "processing plants and the Tacoma cold store.",
            "Android Enterprise dedicated-device enrollment for 130 rugged handhelds used for catch intake and "
            "cold-chain scanning; kiosk mode with the intake app.",
            "8 compliance policies, Conditional Access for Microsoft 365 and the traceability system, update rings "
            "with a 10-day deferral for plant PCs.",
            "Runbooks and 2 training sessions for the 4-person IT team.",
        ]),
        "<h2>Out of scope</h2>" + ul([
            "Microsoft Defender for Cloud Apps (shadow IT discovery, app governance and session policies) – out of "
            "scope for this engagement; Fernhill will propose it separately in 2027.",
            "Replacement of the 22 Windows 7 vessel navigation PCs (owned by the fleet vendor).",
        ]),
        "<h2>Result</h2><p>410 of 410 laptops and 130 of 130 handhelds enrolled and compliant on September 25, "
        "2026.</p>",
        f"""<h2>Customer acceptance</h2><p>Quayside confirms that Fernhill delivered the in-scope work above.</p>
<table>{rows([("Name", cio.name), ("Title", cio.title)])}
<tr><td class="label">Signature</td><td>{esign.html()}</td></tr>
<tr><td class="label">Date</td><td>{us_date(esign.signed.date())}</td></tr></table>""",
    ]
    pdf = html_pdf(blocks, PdfMeta("Quayside Completion Certificate", lead.name, at(2026, 9, 28, 15, 0, PDT),
                                   modified=esign.signed),
                   css=css_variant(body_font="serif", size="10pt", heading_color="#2d6a4f"),
                   decorate=chain(esign.decorate(), furniture(footer="Fernhill Systems Inc. · Boise, ID",
                                                              page_fmt="{n}")))
    submitted = at(2026, 10, 14, 12, 40, PDT)
    files = {"POE/Quayside_Completion_Certificate_signed.pdf": pdf}
    claim = cpor_claim(claim_id="4320334", area="Security", submitted=submitted, partner=partner, contact=lead,
                       customer=customer, customer_contact=cio,
                       workloads=["INTUNE", "MICROSOFT DEFENDER FOR CLOUD APPS"], files=files)
    return Bundle(
        "4320334_Fernhill_QuaysideSeafoods_OutOfScope", claim, files, "action_required",
        "Guide item 4: 'Connection between workloads mentioned in the POE and what is being claimed'. INTUNE is "
        "signed, dated and detailed; MICROSOFT DEFENDER FOR CLOUD APPS appears in the POE only under 'Out of "
        "scope', so nothing evidences it. INTUNE can be approved, MDCA needs evidence (a partial approval in the "
        "decision export): overall action_required.",
        "A claimed workload named in the POE only as 'out of scope' (DocuSigned certificate).",
        expect_cpor(email=False, workload_match="fail"),
        group="D scope",
    )


def birchwood_larkspur_phase2() -> Bundle:
    partner = Org("Birchwood Consulting Group LLC", "birchwoodcg.com", "US", "Richmond, VA", location_id="7611956",
                  short="Birchwood", address="901 E Byrd Street, Suite 1100, Richmond, VA 23219")
    customer = Org("Larkspur Biotherapeutics, Inc.", "larkspurbio.com", "US", "Cambridge, MA", short="Larkspur Bio")
    cso = Person("Helen Marsh", "hmarsh@larkspurbio.com", "Director, Information Security")
    lead = Person("Marcus Greer", "mgreer@birchwoodcg.com", "Data Security Lead")

    def build(document: DocxDocument) -> None:
        docx_furniture(document, header="Birchwood Consulting Group – Phase 1 Close-out – Larkspur Bio",
                       footer="Birchwood Consulting Group LLC · Confidential")
        docx_heading(document, "Microsoft Purview Programme – Phase 1 Close-out Report", 0, (0x4A, 0x23, 0x5A))
        docx_table(document, None, [["Customer", "Larkspur Biotherapeutics, Inc. (Larkspur Bio)"],
                                    ["Partner", "Birchwood Consulting Group LLC"],
                                    ["Phase 1 period", "June 29 – October 2, 2026"],
                                    ["Report date", "October 6, 2026"]])
        docx_heading(document, "Phase 1 – Information Protection (delivered)", 1, (0x4A, 0x23, 0x5A))
        docx_bullets(document, [
            "Label taxonomy agreed with Legal and Quality: Public, General, Confidential, Confidential – Clinical, "
            "Highly Confidential – IP; encryption for the two highest labels.",
            "Labels published to all 380 employees and 45 contractors; mandatory labelling in Office apps.",
            "Auto-labelling of 2.3 million files in the R&D, Clinical Operations and Regulatory SharePoint sites "
            "(trial IDs, compound codes, patient-identifier patterns); 240,000 files labelled Confidential – "
            "Clinical.",
            "DLP for clinical data to personal e-mail and unmanaged devices; 3 exceptions for CRO partners.",
            "Training for 60 data owners; labelling guide for lab staff.",
        ])
        docx_heading(document, "Phase 2 – Insider Risk Management (deferred)", 1, (0x4A, 0x23, 0x5A))
        document.add_paragraph(
            "Insider Risk Management was deferred to Phase 2 (planned for Q1 2027) at Larkspur's request, pending "
            "the HR and Works Council review of monitoring policies. Licences are assigned; no insider risk "
            "policies, connectors or case workflows have been configured.")
        docx_heading(document, "Acceptance", 1, (0x4A, 0x23, 0x5A))
        document.add_paragraph("Phase 1 acceptance confirmed by Larkspur by e-mail.")

    report = docx_bytes(build, title="Larkspur Bio Purview Phase 1 Close-out", author=lead.name,
                        created=at(2026, 10, 6, 10, 0, EDT), font="Georgia", size=10)
    ask = Mail(sender=lead, to=(cso,), date=at(2026, 10, 6, 15, 30, EDT),
               subject="Larkspur Purview – Phase 1 close-out report",
               body=("Helen,\n\nAttached is the Phase 1 close-out report (Information Protection). Please confirm "
                     "acceptance of Phase 1.\n\nMarcus\n"), received=False)
    reply = Mail(
        sender=cso, to=(lead,), date=at(2026, 10, 8, 11, 2, EDT),
        subject="RE: Larkspur Purview – Phase 1 close-out report",
        body=("Marcus,\n\nLarkspur accepts Phase 1. The labels and auto-labelling on the R&D, Clinical Ops and "
              "Regulatory sites are working as described and the DLP exceptions for the CROs are correct. We'll "
              "come back to you on the Phase 2 timing once HR has finished its review.\n\nHelen Marsh\nDirector, "
              "Information Security | Larkspur Biotherapeutics\n\n" + quote_outlook(ask)),
    )
    submitted = at(2026, 10, 22, 9, 45, EDT)
    files = {"Purview/Larkspur_Purview_Phase1_Closeout.docx": report,
             "Purview/RE_ Larkspur Purview – Phase 1 close-out report.msg": msg_bytes(reply)}
    claim = cpor_claim(claim_id="4320871", area="Security", submitted=submitted, partner=partner, contact=lead,
                       customer=customer, customer_contact=cso,
                       workloads=["MICROSOFT INFORMATION PROTECTION", "INSIDER RISK MANAGER"], files=files)
    return Bundle(
        "4320871_Birchwood_LarkspurBio_Phase2Deferred", claim, files, "action_required",
        "MICROSOFT INFORMATION PROTECTION is detailed and accepted by the customer's e-mail (larkspurbio.com, "
        "2026-10-08). INSIDER RISK MANAGER is claimed but the POE says it was 'deferred to Phase 2 (planned for Q1 "
        "2027)' with no policies configured: no activity drives that workload (guide items 3 and 4). Ask to remove "
        "IRM or evidence it; MIP alone would be approvable.",
        "A claimed workload that the POE names only as deferred to phase 2; the customer e-mail accepts phase 1 "
        "only.",
        expect_cpor(email=True, workload_match="fail"),
        group="D scope",
    )


def kinnear_thornbury_unchecked() -> Bundle:
    partner = Org("Kinnear Tech Services LLC", "kinneartech.com", "US", "Hartford, CT", location_id="7618302",
                  short="Kinnear Tech", address="185 Asylum Street, Hartford, CT 06103")
    customer = Org("Thornbury Printing Co.", "thornburyprinting.com", "US", "New Haven, CT", short="Thornbury")
    owner = Person("Gary Lindqvist", "glindqvist@thornburyprinting.com", "Operations Manager")
    tech = Person("Jess Amato", "jamato@kinneartech.com", "Field Engineer")
    check_rows = [
        (True, "Exchange Online", "Migration of 96 mailboxes and 7 shared mailboxes from the on-premises Exchange "
         "2013 server (cut-over migration, weekend of Sept 12); MX, SPF and DKIM updated; old server "
         "decommissioned Sept 25."),
        (True, "Microsoft 365 Apps", "Office 2013 replaced on 88 PCs; OneDrive known-folder move for 96 users."),
        (True, "Teams (chat and meetings)", "Teams rolled out to 96 users; 4 departmental teams with channels for "
         "prepress, press room, bindery and sales."),
        (False, "Teams Phone", "Calling plans, number porting and desk phones."),
        (True, "Training", "2 sessions (Outlook and Teams basics) for office staff, Sept 28."),
    ]
    body = "".join(f"<tr><td class='center'>{box(c)}</td><td><b>{escape(w)}</b></td><td>{escape(d)}</td></tr>"
                   for c, w, d in check_rows)
    form = f"""<p><b style="font-size: 15pt">KINNEAR TECH</b> <span class="small">SERVICES LLC</span></p>
<h1>Service Acceptance Form</h1>
<table>{rows([("Customer", "Thornbury Printing Co., 40 Water Street, New Haven, CT"), ("Job number", "KT-4471"),
              ("Work dates", "August 31 – September 28, 2026"), ("Engineer", tech.name)])}</table>
<p>Tick each service delivered and accepted:</p>
<table><tr><th>Done</th><th>Service</th><th>Details</th></tr>{body}</table>
<p>Customer signature confirms the ticked services were delivered and accepted.</p>
<table>{rows([("Customer name", owner.name), ("Title", owner.title)])}
<tr><td class="label">Signature</td><td><div class="sig"></div></td></tr>
<tr><td class="label">Date</td><td>&nbsp;</td></tr></table>"""
    printed = html_pdf([form], PdfMeta("KT-4471 Service Acceptance Form", tech.name, at(2026, 9, 28, 8, 0, EDT)),
                       css=css_variant(body_font="sans-serif", size="10pt", heading_color="#333333",
                                       th_bg="#e0e0e0"))
    scans = scan_pages(printed, "thornbury-lindqvist", ink=True, where=beside("Signature", dx=178),
                       date_beside=("Date", 178, "9/28/26"), skew=1.2)
    pdf = image_pdf(scans, PdfMeta("KT-4471", "", at(2026, 9, 29, 9, 12, EDT), creator="Brother MFC-L8900CDW",
                                   producer="Brother iPrint&Scan"))
    submitted = at(2026, 10, 9, 16, 5, EDT)
    files = {"KT-4471 Service Acceptance Form - Thornbury.pdf": pdf}
    claim = cpor_claim(claim_id="4321490", area="Modern Work", submitted=submitted, partner=partner, contact=tech,
                       customer=customer, customer_contact=owner,
                       workloads=["EXCHANGE ONLINE", "TEAMS PHONE ENABLED USERS"], files=files)
    return Bundle(
        "4321490_KinnearTech_ThornburyPrinting_UncheckedRow", claim, files, "action_required",
        "The signed (ink, scanned) acceptance form evidences EXCHANGE ONLINE in detail, but TEAMS PHONE ENABLED "
        "USERS appears only as an unticked row ('☐ Teams Phone – calling plans, number porting and desk "
        "phones'): the form itself says only ticked services were delivered and accepted. Workload not connected "
        "to the POE (guide item 4): action_required (EXCHANGE ONLINE approvable alone).",
        "A claimed workload present only as an unchecked checklist row on a hand-signed, scanned acceptance form "
        "(image-only PDF).",
        expect_cpor(email=False, workload_match="fail"),
        group="D scope",
    )


def saltmarsh_harbinger_unsigned() -> Bundle:
    partner = Org("Saltmarsh IT Services LLC", "saltmarshit.com", "US", "Savannah, GA", location_id="7625548",
                  short="Saltmarsh IT", address="7 E Congress Street, Suite 900, Savannah, GA 31401")
    customer = Org("Harbinger Marine Services LLC", "harbingermarine.com", "US", "Brunswick, GA",
                   short="Harbinger Marine")
    gm = Person("Troy Beaumont", "tbeaumont@harbingermarine.com", "General Manager")
    lead = Person("Kara Odom", "kodom@saltmarshit.com", "Security Services Manager")
    blocks = [
        """<p><b style="font-size: 16pt; color: #14506e">Saltmarsh IT</b></p>
<h1>Microsoft Defender for Endpoint – Project Report</h1>
<p class="small">Prepared for Harbinger Marine Services · Saltmarsh job SM-26-0815 · September 21, 2026</p>""",
        "<h2>Summary</h2>" + paras(
            "Harbinger Marine repairs and maintains tugs and offshore supply vessels from yards in Brunswick and "
            "Savannah. Saltmarsh IT deployed Microsoft Defender for Endpoint to the company's 212 Windows devices "
            "(148 office and shop-floor PCs, 46 laptops and 18 servers) between July 20 and September 11, 2026, "
            "replacing a consumer-grade antivirus product.",
            "The deliverables were reviewed and approved by the customer on September 18, 2026."),
        "<h2>Activities</h2>" + table(("Activity", "Detail", "Dates"), [
            ("Onboarding", "Intune for PCs and laptops, local script for 18 servers; 3 waves (IT, Brunswick yard, "
             "Savannah yard)", "Jul 20 – Aug 21"),
            ("Hardening", "11 ASR rules audited, 8 in block; tamper protection; network protection; EDR in block "
             "mode", "Aug 10 – Sep 4"),
            ("Operations", "Device groups per yard; automated investigation; weekly vulnerability report; "
             "after-hours alert escalation to Saltmarsh SOC", "Aug 24 – Sep 11"),
        ]),
        f"""<h2>Customer approval</h2>
<table>{rows([("Customer company", customer.name)])}
<tr><td class="label">Customer signature</td><td><div class="sig"></div></td></tr>
<tr><td class="label">Name</td><td>&nbsp;</td></tr><tr><td class="label">Date</td><td>&nbsp;</td></tr></table>""",
    ]
    pdf = html_pdf(blocks, PdfMeta("Harbinger Marine MDE Project Report", lead.name, at(2026, 9, 21, 10, 30, EDT)),
                   css=css_variant(body_font="sans-serif", size="10pt", heading_color="#14506e"),
                   decorate=furniture(header="Saltmarsh IT Services", header_right="SM-26-0815",
                                      footer="Saltmarsh IT Services LLC · Savannah, GA", page_fmt="Page {n} of {N}"))
    submitted = at(2026, 10, 1, 14, 20, EDT)
    files = {"POE/Harbinger_Marine_MDE_Project_Report.pdf": pdf}
    claim = cpor_claim(claim_id="4322056", area="Security", submitted=submitted, partner=partner, contact=lead,
                       customer=customer, customer_contact=gm, workloads=["MICROSOFT DEFENDER ENDPOINT"],
                       files=files, comment="Project report approved by the customer on 9/18/2026.")
    return Bundle(
        "4322056_SaltmarshIT_HarbingerMarine_EmptySignature", claim, files, "action_required",
        "The report says 'The deliverables were reviewed and approved by the customer on September 18, 2026', but "
        "that is the partner's own statement: the 'Customer signature / Name / Date' block is empty and there is "
        "no customer e-mail. Guide: documents without customer acknowledgement are not accepted. Activity detail "
        "is good; ask for the signed report or a customer e-mail.",
        "Empty customer signature block under partner prose claiming customer approval (and a matching partner "
        "comment in claim.json).",
        expect_cpor(email=False, **{**NO_ACK, "customer_domain": ["not_applicable", "pass"]}),
        group="D scope",
    )


# ==============================================================================================
# The queue
# ==============================================================================================
BUILDERS: tuple[Callable[[], Bundle], ...] = (
    # A. shared boilerplate, not reuse
    ashgrove_marlow, ashgrove_pinecrest, ashgrove_kettering, ashgrove_silverline,
    brightline_harcourt, brightline_wexford, brightline_calder,
    redwood_mvwd_public, blueheron_stbrendans_public, northgate_lakewood_public_pa,
    quillon_fro_sda, tamarind_sundaram_sda, oakhurst_banksia_sda,
    cedarline_glenmoor_d365, cedarline_glenmoor_intune,
    # B. real reuse
    halcyon_dunmore_intune, ridgeway_dunmore_mde,
    corvid_elmstead, corvid_oriel,
    pellham_norcross_mde, pellham_norcross_mip,
    stonebridge_alder, stonebridge_bexley,
    # C. acceptance
    lumenbay_crestview_received, northstar_hollis_ooo, rheinwerk_kranich_ooo, westbrook_arden_thread,
    granaryrow_brennan_po,
    # D. scope and signature blocks
    fernhill_quayside_out_of_scope, birchwood_larkspur_phase2, kinnear_thornbury_unchecked,
    saltmarsh_harbinger_unsigned,
)

DECISIONS = ("approve", "action_required", "reject")
STATUSES = ("pass", "fail", "warn", "not_applicable", "error")


def build_all() -> list[Bundle]:
    bundles = [build() for build in BUILDERS]
    names = [b.name for b in bundles]
    ids = [b.claim_id for b in bundles]
    if len(set(names)) != len(names) or len(set(ids)) != len(ids):
        raise RuntimeError("bundle names and claim ids must be unique")
    for b in bundles:
        if not 4300000 <= int(b.claim_id) <= 4399999:
            raise RuntimeError(f"{b.name}: claim id out of range")
        submitted = dt.datetime.fromisoformat(b.claim["submitted_at"].replace("Z", "+00:00"))
        if not dt.datetime(2026, 10, 1, tzinfo=UTC) <= submitted < dt.datetime(2026, 12, 1, tzinfo=UTC):
            raise RuntimeError(f"{b.name}: submitted_at outside October-November 2026")
        if b.decision not in DECISIONS:
            raise RuntimeError(f"{b.name}: bad decision {b.decision}")
        if set(b.checks) != set(CHECK_IDS):
            raise RuntimeError(f"{b.name}: checks must name every check id")
        for value in b.checks.values():
            for status in value if isinstance(value, list) else [value]:
                if status not in STATUSES:
                    raise RuntimeError(f"{b.name}: bad status {status}")
        listed = {d["path"] for d in b.claim["documents"]}
        if listed != set(b.files):
            raise RuntimeError(f"{b.name}: claim.json documents and files differ")
    return bundles


def expected(bundles: Sequence[Bundle]) -> dict[str, Any]:
    return {
        b.claim_id: {"bundle": b.name, "decision": b.decision, "why": b.why,
                     "shows": f"[{b.group}] {b.shows}" if b.group else b.shows, "checks": b.checks}
        for b in sorted(bundles, key=lambda x: x.claim_id)
    }


def write_bundle(out: Path, bundle: Bundle) -> Path:
    root = out / bundle.name
    for rel, data in {"claim.json": bundle.claim_bytes(), **bundle.files}.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return root


def prepare_output(out: Path, force: bool) -> None:
    """Refuse a non-empty OUTDIR unless --force and it is a queue this script wrote."""
    if not out.exists():
        out.mkdir(parents=True)
        return
    if not out.is_dir():
        raise SystemExit(f"{out} exists and is not a directory")
    entries = list(out.iterdir())
    if not entries:
        return
    if not force:
        raise SystemExit(f"{out} is not empty; use --force to overwrite a queue written by this script")
    marker = out / MARKER
    if not marker.is_file() or marker.read_text(encoding="utf-8") != MARKER_TEXT:
        raise SystemExit(f"{out} was not written by this script (no {MARKER}); not touching it")
    for entry in entries:
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()


def build(out: Path) -> list[Bundle]:
    """Write the queue and expected.json into ``out`` (created; must be empty or absent)."""
    bundles = build_all()
    prepare_output(out, False)
    for bundle in bundles:
        write_bundle(out, bundle)
    (out / "expected.json").write_text(json.dumps(expected(bundles), indent=2, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    (out / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    return bundles


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path, help="output directory (the queue: one sub-directory per bundle)")
    parser.add_argument("--force", action="store_true", help="overwrite a queue previously written by this script")
    args = parser.parse_args(argv)
    bundles = build_all()
    prepare_output(args.out, args.force)
    total = 0
    for bundle in bundles:
        path = write_bundle(args.out, bundle)
        size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        total += size
        print(f"{bundle.decision:16} {bundle.name} ({size // 1024} KB)")
    (args.out / "expected.json").write_text(json.dumps(expected(bundles), indent=2, ensure_ascii=False) + "\n",
                                            encoding="utf-8")
    (args.out / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    counts: dict[str, int] = {}
    for b in bundles:
        counts[b.decision] = counts.get(b.decision, 0) + 1
    print(f"{len(bundles)} bundles ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}), "
          f"{total / 1_048_576:.2f} MB in {args.out}; expectations in {args.out / 'expected.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
