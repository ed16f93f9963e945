"""Write the sample claim queue of POE Reviewer (``sample_poe/`` by default).

Every bundle follows the claims-interchange spec, section 1 (``poe-claim-bundle/1``): a
directory or a .zip holding ``claim.json`` and the partner's uploads in sub-folders. The
documents are built the way partners' documents are really made: PDFs laid out from HTML
by PyMuPDF (with real text layers, tables and ☒/☐ checkbox glyphs), Word files by
python-docx, Outlook .msg files by aspose-email-foss (real compound files that
extract-msg reads), .eml files by the standard ``email`` package, survey exports as
``poe-attestation/1`` JSON. Paper signed by hand is rendered at 200 dpi, inked, speckled and
skewed with Pillow (image-only PDFs and JPEGs); digitally signed PDFs are signed with pyHanko
by an Ed25519 digital ID derived from a fixed seed, with a pinned clock and document /ID.

Returning claims (a resubmission after Action Required, a dispute, a partial approval's
follow-up) also have earlier revisions that a reviewer decided: they go to the hidden folder
``.earlier/`` of the output (a queue import skips it) with ``decisions.json``, the
``poe-decisions/1`` export of those decisions, each naming its bundle by the digest
``poe_reviewer.bundle.load_bundle`` computes.

The output is deterministic: fixed dates, ids derived from names, fixed zip timestamps
and MIME boundaries, so two runs write the same bytes. ``tools/samples.md`` lists
every bundle with the decision a careful reviewer reaches under the claiming guide; the
project's end-to-end tests compare against that table.

Run: ``.venv/bin/python tools/make_samples.py [OUTPUT_DIR]``.
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

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "sample_poe"
DEFAULT_README = REPO / "tools" / "samples.md"
README_MARK = "# Sample claim queue"
MARKER = ".sample-queue"

#: Zip entries carry this timestamp so archives are byte-identical between runs.
ZIP_TIME = (2025, 10, 1, 9, 0, 0)

# Fixed UTC offsets (no tz database: the bytes must not depend on the machine).
PDT = dt.timezone(dt.timedelta(hours=-7), "PDT")
MDT = dt.timezone(dt.timedelta(hours=-6), "MDT")
CDT = dt.timezone(dt.timedelta(hours=-5), "CDT")
EDT = dt.timezone(dt.timedelta(hours=-4), "EDT")
BRT = dt.timezone(dt.timedelta(hours=-3), "BRT")
BST = dt.timezone(dt.timedelta(hours=1), "BST")
CEST = dt.timezone(dt.timedelta(hours=2), "CEST")
IST_IN = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
SGT = dt.timezone(dt.timedelta(hours=8), "SGT")
AEST = dt.timezone(dt.timedelta(hours=10), "AEST")
UTC = dt.UTC

_NS = uuid.UUID("6f1d3a52-0b7e-4c44-9a61-5d2c0e8f4b10")


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

    def customer_json(self, contact: Person, *, tenant: str | None = None) -> dict[str, Any]:
        return {
            "name": self.name,
            "domain": self.domain,
            "tenant_id": tenant or self.tenant_id,
            "country": self.country,
            "segment": self.segment,
            "contact": {"name": contact.name, "email": contact.email, "title": contact.title},
        }


# ----------------------------------------------------------------------------------------------
# PDF: HTML laid out by PyMuPDF's Story, then decorated (signatures, stamps) and saved
# deterministically with subset fonts.
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
.label { background-color: #f2f2f2; width: 190pt; }
.gantt td.phase { text-align: left; width: 90pt; }
.gantt td { padding: 1pt 2pt; font-size: 7.5pt; text-align: center; }
.on { background-color: #2f5597; }
.right { text-align: right; }
.sig { height: 30pt; }
.adopted { font-family: serif; font-size: 13pt; color: #0b2a7a; }
.noborder td { border: none; }
"""

#: A block of its own in :func:`html_pdf` that starts a new page.
PAGE_BREAK = "<!--page-break-->"

SERIF_CSS = BASE_CSS.replace("font-family: sans-serif", "font-family: serif")


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
    """Lay HTML blocks out one after the other and return the PDF bytes.

    A block that does not fit in the rest of a page starts a new page when it fits on a
    whole one (keeps tables together: MuPDF draws cell backgrounds badly across a break);
    a block longer than a page flows over several pages.
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
                    # start on a fresh page: the story was placed but not drawn; lay it out again there
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


def draw_signature(page: pymupdf.Page, box: pymupdf.Rect, seed: str, color: tuple[float, float, float]) -> None:
    """A hand-drawn looking signature stroke inside ``box`` (vector ink, like a DocuSign adoption)."""
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
    # the underline flourish
    shape.draw_bezier(
        pymupdf.Point(box.x0 + 6, mid + amp * 0.9),
        pymupdf.Point(box.x0 + box.width * 0.4, mid + amp * 1.1),
        pymupdf.Point(box.x0 + box.width * 0.7, mid + amp * 0.6),
        pymupdf.Point(box.x1 - 6, mid + amp * 0.8),
    )
    shape.finish(color=color, width=1.1, closePath=False)
    shape.commit()


def sign_below(label: str, seed: str, *, occurrence: int = 0, height: float = 24, dx: float = 0,
               color: tuple[float, float, float] = (0.05, 0.12, 0.45)) -> Callable[[pymupdf.Document], None]:
    """Decorator: draw a signature below the ``occurrence``-th ``label`` of the document (``dx`` to the right)."""

    def decorate(doc: pymupdf.Document) -> None:
        found = 0
        for page in doc.pages():
            for rect in page.search_for(label):
                if found == occurrence:
                    box = pymupdf.Rect(rect.x0 + dx, rect.y1 + 1, rect.x0 + dx + 130, rect.y1 + 1 + height)
                    draw_signature(page, box, seed, color)
                    return
                found += 1
        raise RuntimeError(f"signature anchor {label!r} not found")

    return decorate


def stamp_pages(text: str, *, font: str = "helv", size: float = 7.5) -> Callable[[pymupdf.Document], None]:
    """Decorator: a line at the top-left of every page (DocuSign / Acrobat Sign envelope ids)."""

    def decorate(doc: pymupdf.Document) -> None:
        for page in doc.pages():
            page.insert_text(pymupdf.Point(36, 26), text, fontname=font, fontsize=size, color=(0.2, 0.2, 0.2))

    return decorate


def chain(*decorators: Callable[[pymupdf.Document], None]) -> Callable[[pymupdf.Document], None]:
    def decorate(doc: pymupdf.Document) -> None:
        for d in decorators:
            d(doc)

    return decorate


def html_png(html: str, *, width: float = 620, height: float = 420, dpi: int = 96, css: str = BASE_CSS) -> bytes:
    """A screenshot-like PNG of some HTML (a flat image: no text layer, as partners' screenshots)."""
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    story = pymupdf.Story(html, user_css=css)
    box = pymupdf.Rect(0, 0, width, height)
    device = writer.begin_page(box)
    story.place(pymupdf.Rect(box.x0 + 12, box.y0 + 10, box.x1 - 12, box.y1 - 10))
    story.draw(device)
    writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    png: bytes = doc[0].get_pixmap(dpi=dpi).tobytes("png")
    doc.close()
    return png


def ul(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def rows(pairs: Iterable[tuple[str, str]], *, label_class: str = "label") -> str:
    return "".join(f'<tr><td class="{label_class}">{escape(k)}</td><td>{escape(v)}</td></tr>' for k, v in pairs)


def table_rows(body: Iterable[Sequence[str]]) -> str:
    return "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in line) + "</tr>" for line in body)


def gantt(phases: Sequence[tuple[str, int, int]], columns: Sequence[str]) -> str:
    """A shaded project plan; ``phases`` give 1-based first and last column."""
    head = "<tr><th>Project</th>" + "".join(f"<th>{escape(c)}</th>" for c in columns) + "</tr>"
    body = ""
    for name, start, end in phases:
        cells = "".join(
            '<td class="on">&nbsp;</td>' if start <= w <= end else "<td>&nbsp;</td>"
            for w in range(1, len(columns) + 1)
        )
        body += f'<tr><td class="phase">{escape(name)}</td>{cells}</tr>'
    return f'<table class="gantt">{head}{body}</table>'


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


def box(checked: bool) -> str:
    return "☒" if checked else "☐"


@dataclass(frozen=True)
class ESign:
    """An electronic signature block (DocuSign-style): who, when, and the envelope id."""

    signer: str
    signed: dt.date
    envelope: str
    vendor: str = "Docusign"

    @property
    def signature_id(self) -> str:
        return self.envelope.replace("-", "")[:32] + self.envelope[-1]

    def html(self) -> str:
        """The signature stamp: label, the adopted signature (script-style text) and the signature id."""
        return (f'E-Signed by: <i class="adopted">{escape(self.signer)}</i><br/>'
                f'<span class="small">{self.signature_id}</span>')


def security_poe_template(
    *,
    partner: Org,
    customer: Org,
    signatory: Person,
    selected: dict[str, Sequence[str]],
    scope: Sequence[str],
    engagement: tuple[dt.date, dt.date] | None,
    esign: ESign | None,
    incentive: str = "Security Usage",
    date_signed: dt.date | None = None,
) -> list[str]:
    """The blocks of Microsoft's CPOR POE template: sections 1, 2, 3 and 3.1."""
    rows_html = ""
    for workload in SECURITY_TEMPLATE_WORKLOADS:
        acts = selected.get(workload, ())
        cells = "".join(f"<td>{box(a in acts)}&nbsp;{escape(a)}</td>" for a in ACTIVITY_TYPES)
        rows_html += f"<tr><td>{box(workload in selected)} {escape(workload)}</td>{cells}</tr>"
    dates = f"{long_date(engagement[0])} – {long_date(engagement[1])}" if engagement else "&nbsp;"
    if esign:
        sig = (
            f"<tr><td class='label'>Signature</td><td>{esign.html()}</td></tr>"
            f"<tr><td class='label'>Date Signed</td><td>{us_date(esign.signed)}</td></tr>"
        )
    else:
        sig = (
            "<tr><td class='label'>Signature</td><td><div class='sig'></div></td></tr>"
            f"<tr><td class='label'>Date Signed</td><td>{us_date(date_signed) if date_signed else '&nbsp;'}</td></tr>"
        )
    section3 = rows([
        ("Partner Company Name", partner.name),
        ("Customer Company Name", customer.name),
        ("Customer Signatory Name (printed)", signatory.name),
        ("Customer Signatory Role or Job Title", signatory.title),
    ]) + f"<tr><td class='label'>Engagement Start and End Date</td><td>{dates}</td></tr>"
    return [
        f"""<p class="small">Microsoft Commerce Incentives (MCI) – Claiming Partner of Record (CPOR) Proof of
Execution Template</p>
<h1>Proof of Execution (POE)</h1>
<p>Valid for use in the following MCI incentives: <b>{escape(incentive)}</b></p>
<h2>Section 1 (Required): Select product(s)/workload(s) and activity type</h2>
<table><tr><th>Product / workload</th><th colspan="3">Activity type</th></tr>{rows_html}</table>""",
        """<h2>Section 2 (Required): Scope of Work Details</h2>
<p><i>Describe in detail the work performed following the product and activity selection in Section 1.
Generic high-level descriptions will not be accepted.</i></p>""",
        *scope,
        f"""<h2>Section 3. (Required): Partner and Customer Contact Information</h2><table>{section3}</table>""",
        f"""<h2>Section 3.1 (Required): Customer Acknowledgment*</h2>
<p class="small">*Customer acknowledgement must be dated within 12 months of claim submission. Applicable for
Dates Signed field below.</p><table>{sig}</table>""",
    ]


def esign_decorations(esign: ESign | None) -> Callable[[pymupdf.Document], None] | None:
    if esign is None:
        return None
    stamp = f"{esign.vendor} Envelope ID: {esign.envelope}"
    return stamp_pages(stamp)


# ----------------------------------------------------------------------------------------------
# Word documents
# ----------------------------------------------------------------------------------------------
def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip (docx) with fixed timestamps so the bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
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
    props.revision = 3
    props.comments = ""
    props.subject = ""
    props.keywords = ""
    props.category = ""
    buf = io.BytesIO()
    document.save(buf)
    return normalise_zip(buf.getvalue())


def docx_table(document: DocxDocument, header: Sequence[str] | None, body: Sequence[Sequence[str]]) -> None:
    ncols = len(header) if header else len(body[0])
    table = document.add_table(rows=0, cols=ncols)
    table.style = "Table Grid"
    if header:
        cells = table.add_row().cells
        for cell, text in zip(cells, header, strict=True):
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.bold = True
    for line in body:
        cells = table.add_row().cells
        for cell, text in zip(cells, line, strict=True):
            cell.text = text
    document.add_paragraph()


def docx_bullets(document: DocxDocument, items: Iterable[str]) -> None:
    for item in items:
        document.add_paragraph(item, style="List Bullet")


def docx_heading(document: DocxDocument, text: str, level: int = 1) -> None:
    heading = document.add_heading(text, level=level)
    for run in heading.runs:
        run.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)


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
    #: A received message carries its transport headers (Received:, From:, ...); one saved from
    #: Sent Items or dragged out of a shared mailbox often has none, only MAPI properties.
    received: bool = True
    mailer: str = "Microsoft Outlook 16.0"

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
    octet = int(hexid(sender_domain, length=2), 16) % 200 + 20  # a documentation address (RFC 5737)
    received = (
        f"from mail.{sender_domain} (mail.{sender_domain} [203.0.113.{octet}])"
        f" by mx.{mail.to[0].email.split('@', 1)[1]} with ESMTPS; {format_datetime(mail.date)}"
    )
    head = f"Received: {received}\r\n".encode()
    return head + em.as_bytes(policy=email_policy.SMTP)


def _transport_headers(mail: Mail) -> str:
    sender_domain = mail.sender.email.split("@", 1)[1]
    rcpt_domain = mail.to[0].email.split("@", 1)[1]
    lines = [
        f"Received: from {sender_domain.replace('.', '-')}.mail.protection.outlook.com (2603:10b6:a03:4c0::15) by "
        f"{rcpt_domain.split('.')[0].upper()[:6]}PR11MB7002.namprd11.prod.outlook.com with HTTPS; "
        f"{format_datetime(mail.date)}",
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
    return "\r\n".join(lines) + "\r\n\r\n"


def msg_bytes(mail: Mail) -> bytes:
    """A real Outlook .msg (compound file with MAPI properties)."""
    message = MapiMessage.from_email_message(email_message(mail))
    string = PropertyTypeCode.PTYP_STRING
    # PidTagSenderSmtpAddress: what Outlook stores for an SMTP sender; readers show it next to the name.
    message.set_property(0x5D01, string, mail.sender.email)
    message.set_property(0x5D02, string, mail.sender.email)  # PidTagSentRepresentingSmtpAddress
    if mail.received:
        message.set_property(CommonMessagePropertyId.TRANSPORT_MESSAGE_HEADERS, string, _transport_headers(mail))
    else:
        # Saved from Sent Items: no transport headers, and the message is flagged unsent-free/read.
        message.set_property(CommonMessagePropertyId.MESSAGE_DELIVERY_TIME, PropertyTypeCode.PTYP_TIME, mail.date)
    data: bytes = message.to_bytes()
    return data


def quote_outlook(mail: Mail) -> str:
    """The header block Outlook writes above a quoted message in a reply."""
    to = "; ".join(p.name for p in mail.to)
    lines = [
        f"From: {mail.sender.name} <{mail.sender.email}>",
        f"Sent: {mail.date.strftime('%A, %B')} {mail.date.day}, {mail.date.year} "
        f"{mail.date.strftime('%I:%M %p').lstrip('0')}",
        f"To: {to}",
    ]
    if mail.cc:
        lines.append(f"Cc: {'; '.join(p.name for p in mail.cc)}")
    lines.append(f"Subject: {mail.subject}")
    return "\n".join(lines) + "\n\n" + mail.body


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
        + [
            {
                "question": "Electronic signature: type your full name, company name and job title.",
                "answer": sig_answer,
            }
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
    tenant: str | None = None,
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
        "customer": customer.customer_json(customer_contact, tenant=tenant),
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
    """One claim bundle of the queue and what a careful reviewer decides about it."""

    name: str
    claim: dict[str, Any]
    #: Every file of the bundle, by path inside it (listed in claim.json or not).
    files: dict[str, bytes]
    expected: str
    shows: str
    why: str
    #: ``dir``, ``zip`` (claim.json at the root) or ``zip-folder`` (inside one top-level folder).
    container: str = "dir"
    notes: list[str] = field(default_factory=list)
    #: Where the bundle lies in the output: "" for the queue, ``.earlier`` for an earlier revision.
    folder: str = ""

    @property
    def claim_id(self) -> str:
        return str(self.claim["claim_id"])

    def claim_bytes(self) -> bytes:
        return (json.dumps(self.claim, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# ==============================================================================================
# The bundles
# ==============================================================================================
def fabrikam_contoso_intune() -> Bundle:
    """The claiming guide's Valid POE example, reproduced: signed template + customer reply."""
    partner = Org("Fabrikam, Inc.", "fabrikam.com", "US", "Las Vegas, NV", location_id="5272302", short="Fabrikam")
    customer = Org("Contoso Ltd", "contoso.com", "US", "Seattle, WA", short="Contoso")
    pm = Person("Priya Kaur", "pkaur@fabrikam.com", "Senior Project Manager, Modern Endpoint")
    ciso = Person("John Doe", "john.doe@contoso.com", "Chief Information Security Officer")
    euc = Person("Aisha Bello", "aisha.bello@contoso.com", "End User Computing Lead")
    submitted = dt.datetime(2025, 9, 15, 17, 2, tzinfo=UTC)
    signed = dt.date(2025, 6, 5)
    esign = ESign(ciso.name, signed, "098C7718-7874-542A-BA16-4484C281E773")
    scope = [
        "<p><b>Current state</b></p>"
        + ul([
            "Contoso is using an endpoint management solution but not leveraging MDM features.",
            "All mobile devices are issued, but users can use them as personal devices.",
            "No protection is in place for corporate data on mobile devices (both user-owned and corporate-owned).",
            "Plans are in place to retire the current endpoint management tool and replace it with a modern "
            "solution, i.e. Microsoft Intune.",
            "Approximately 1000 users: ~900 Windows 10 workstations, ~640 corporate iPhones and Android phones.",
        ])
        ,
        "<p><b>Establishment and Plan phases (weeks 1-5)</b></p>"
        + ul([
            "Kick-off with Contoso IT and Security; confirm success criteria and pilot group (85 users).",
            "Design Intune tenant configuration: MDM authority, RBAC roles for 6 service-desk admins, scope tags.",
            "Design compliance policies (BitLocker, Defender AV, OS build) and Conditional Access integration.",
        ])
        + "<p><b>Prepare Phase (weeks 6-9)</b></p>"
        + ul([
            "Complete deployment/configuration of systems",
            "Provide input to the test plan",
            "Jointly track and resolve issues/defects",
            "Jointly test phase results",
            "Manage Hybrid Azure AD join and Group Policy for Windows 10 enrollment",
            "Manage any required DNS or firewall changes",
            "Sign-off on Prepare phase completion",
        ])
        + "<p><b>Transform Phase (weeks 10-13)</b></p>"
        + ul([
            "Confirmation of pilot users and all end-user communications",
            "Configuration of endpoints",
            "Logging and triage of issues",
            "Evaluation of the environment against the critical success factors",
            "Sign-off on Transform phase completion",
        ])
        + "<p><b>Transition (week 14)</b>: hand-over runbooks to the Contoso service desk; knowledge transfer "
        "sessions (2 x 2 hours).</p>",
        gantt([("Modern Endpoint", 1, 14), ("Establishment", 1, 2), ("Plan", 3, 5), ("Prepare", 6, 9),
                 ("Transform", 10, 13), ("Transition", 14, 14)], [f"W{w}" for w in range(1, 15)]),
        "<p><b>Contoso is responsible for:</b></p>"
        + ul(["Completing any required upgrades or patching.", "End-user communications and support"]),
    ]
    html = security_poe_template(
        partner=Org("Fabrikam", "fabrikam.com", "US", ""),
        customer=Org("Contoso", "contoso.com", "US", ""),
        signatory=ciso,
        selected={"Microsoft Intune": ("Deployment",)},
        scope=scope,
        engagement=(dt.date(2025, 6, 1), dt.date(2025, 9, 10)),
        esign=esign,
    )
    poe = html_pdf(
        html,
        PdfMeta("Contoso – Intune POE", pm.name, dt.datetime(2025, 6, 4, 15, 40, tzinfo=PDT),
                modified=dt.datetime(2025, 6, 5, 9, 12, tzinfo=PDT)),
        decorate=esign_decorations(esign),
    )
    signoff = html_pdf(
        f"""<h1>Prepare Phase Sign-off</h1><p>Project: Contoso Modern Endpoint (Microsoft Intune)</p>
<table>{rows([("Customer", "Contoso Ltd"), ("Partner", "Fabrikam, Inc."), ("Phase", "Prepare (weeks 6-9)"),
              ("Devices enrolled", "912 Windows 10 workstations (Hybrid Azure AD joined), 85 pilot mobile devices"),
              ("Open defects", "2 (low), tracked in Contoso ServiceNow CHG0041187"),
              ("Sign-off date", "September 11, 2025")])}</table>
<p>Approved: Aisha Bello, End User Computing Lead, Contoso Ltd</p>""",
        PdfMeta("Prepare phase sign-off", euc.name, dt.datetime(2025, 9, 11, 10, 5, tzinfo=PDT)),
    )
    original = Mail(
        sender=pm, to=(ciso,), cc=(euc,), date=dt.datetime(2025, 9, 10, 16, 12, tzinfo=PDT),
        subject="Intune deployment – Prepare phase sign-off",
        body=(
            "Hi John,\n\n"
            "We have finished the Prepare phase of the Intune project. Summary:\n"
            "- 912 of ~900 planned Windows 10 workstations are enrolled via Hybrid Azure AD join and GPO\n"
            "- Compliance policies (BitLocker, Defender AV, minimum OS build) are assigned to all enrolled devices\n"
            "- App protection policies for Outlook and Teams are live for the 85 pilot users\n"
            "- The DNS and firewall changes for enrollment were made under CHG0041187\n\n"
            "Could you please confirm the phase is complete so we can start Transform next week?\n\n"
            "Best regards,\nPriya Kaur\nSenior Project Manager | Fabrikam, Inc.\n"
        ),
    )
    reply = Mail(
        sender=ciso, to=(pm,), cc=(euc,), date=dt.datetime(2025, 9, 11, 11, 47, tzinfo=PDT),
        subject="RE: Intune deployment – Prepare phase sign-off",
        body=(
            "Hi Priya,\n\n"
            "We confirm that Fabrikam has completed the Intune deployment phase for Contoso: the Windows 10 "
            "workstations are enrolled and compliant, and the pilot users have app protection on their phones. "
            "Aisha's signed phase sign-off is attached. Please go ahead with the Transform phase.\n\n"
            "Thanks to you and the team,\n\n"
            "John Doe\nChief Information Security Officer\nContoso Ltd\n\n"
            + quote_outlook(original)
        ),
        attachments=(("Contoso_Intune_Prepare_Phase_Signoff.pdf", signoff, "application/pdf"),),
    )
    files = {
        "POE/Contoso_Intune_POE_signed.pdf": poe,
        "POE/RE_ Intune deployment – Prepare phase sign-off.msg": msg_bytes(reply),
    }
    claim = claim_doc(
        claim_id="3079758", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=pm, customer=customer, customer_contact=ciso,
        workloads=[("INTUNE", None)],
        documents=[(p, "poe") for p in files],
        comments=[("partner", submitted - dt.timedelta(minutes=1),
                   "Signed POE template (DocuSign) and the customer's confirmation email attached.")],
    )
    return Bundle(
        "3079758_Fabrikam_Contoso_Intune", claim, files, "approve",
        "CPOR Security usage (INTUNE). The guide's Valid POE example: Microsoft POE template with Intune ☒, "
        "detailed scope (~1000 users, phases, weeks), names, DocuSign e-signature by the CISO dated 6/5/2025, "
        "plus a .msg reply from john.doe@contoso.com confirming the deployment phase (with a PDF attachment).",
        "All five POE components are present: verifiable e-signature within 12 months of submission "
        "(2025-09-15), partner and customer names, detailed activities, INTUNE matches the claim, dates; the "
        "customer email comes from the customer domain.",
    )


def northwind_alpine_invalid() -> Bundle:
    """The claiming guide's Invalid POE example: generic scope, ambiguous email, no dates."""
    partner = Org("Northwind Systems Integration LLC", "northwindsi.com", "US", "Denver, CO",
                  location_id="5410877", short="Northwind")
    customer = Org("Alpine Ski House", "alpineskihouse.com", "US", "Aspen, CO")
    ciso = Person("Daniel Whitaker", "dwhitaker@alpineskihouse.com", "Chief Information Security Officer")
    ae = Person("Jenna Morales", "jmorales@northwindsi.com", "Account Executive")
    submitted = dt.datetime(2025, 9, 18, 21, 40, tzinfo=UTC)
    scope = [
        "<p>Assistance for license assignment, deployment setup and guidance. Advisory and remediation "
        "activities, support tickets, adoption training and providing adoption materials.</p>"
        "<p>Provides remote guidance for:</p>"
        + ul([
            "Licensing your end users",
            "Configuring identities used by Intune by leveraging either on-premises Active Directory or cloud "
            "identities (Microsoft Entra ID)",
            "Adding users to your Microsoft Intune subscription, defining IT admin roles, and creating user and "
            "device groups",
            "Configuring MDM authority based on management needs",
        ])
    ]
    all_acts = ("Deployment", "Implementation", "Adoption/Change Mgmt.")
    poe = html_pdf(
        security_poe_template(
            partner=Org("Northwind", "", "US", ""), customer=Org("Alpine Ski House", "", "US", ""),
            signatory=ciso, selected={"Microsoft Intune": all_acts}, scope=scope, engagement=None, esign=None,
        ),
        PdfMeta("POE - Alpine Ski House", ae.name, dt.datetime(2025, 9, 17, 14, 3, tzinfo=MDT)),
    )
    ask = Mail(
        sender=ae, to=(ciso,), date=dt.datetime(2025, 6, 9, 16, 20, tzinfo=MDT), subject="Partnership",
        body=(
            "Hi Daniel,\n\nGreat speaking with you last week. As discussed, we would like to register Northwind "
            "as your Microsoft partner. Could you reply to confirm you are happy for us to be your partner on "
            "Microsoft 365?\n\nThanks,\nJenna\n"
        ),
    )
    reply = Mail(
        sender=ciso, to=(ae,), date=dt.datetime(2025, 6, 10, 9, 35, tzinfo=MDT), subject="RE: Partnership",
        body=(
            "Hello,\n\nWe agree that Northwind will be our partner on M365 solutions.\n\nBest,\nDaniel Whitaker\n\n"
            "Chief Information Security Officer\nAlpine Ski House\n\n" + quote_outlook(ask)
        ),
    )
    files = {
        "Proof of execution/POE_AlpineSkiHouse_Intune.pdf": poe,
        "Proof of execution/RE_ Partnership.msg": msg_bytes(reply),
    }
    claim = claim_doc(
        claim_id="3081102", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=ae, customer=customer, customer_contact=ciso,
        workloads=[("INTUNE", None)], documents=[(p, "poe") for p in files],
    )
    return Bundle(
        "3081102_Northwind_AlpineSkiHouse_Intune", claim, files, "action_required",
        "CPOR Security usage (INTUNE). The guide's Invalid POE example: template with the generic \"Assistance "
        "for license assignment, deployment setup and guidance…\" scope, no engagement dates, no signature, "
        "and the ambiguous reply \"We agree that Northwind will be our partner on M365 solutions.\"",
        "Ambiguous acknowledgement (agrees to a partnership, confirms no work), generic high-level activities, "
        "no engagement dates or signature date. All fixable: request a signed, dated, detailed POE.",
    )


def lakeside_woodgrove_rescued() -> Bundle:
    """A signature older than 12 months, rescued by a recent customer email describing the work."""
    partner = Org("Lakeside Cyber Defense LLC", "lakesidecyber.com", "US", "Chicago, IL",
                  location_id="6033918", short="Lakeside")
    customer = Org("Woodgrove Bank", "woodgrovebank.com", "US", "Charlotte, NC")
    ciso = Person("Marisol Ortega", "marisol.ortega@woodgrovebank.com", "Chief Information Security Officer")
    lead = Person("Ethan Brooks", "ebrooks@lakesidecyber.com", "Security Practice Director")
    submitted = dt.datetime(2025, 9, 22, 14, 15, tzinfo=UTC)
    esign = ESign(ciso.name, dt.date(2024, 3, 14), guid("env", "woodgrove", upper=True))
    blocks = [
        f"""<p class="right small">SOW No. LCD-SOW-2024-017 · Version 2.1 · March 11, 2024</p>
<h1>Statement of Work</h1>
<p><b>Managed deployment of Microsoft Defender for Endpoint and Microsoft Defender for Office 365</b></p>
<table>{rows([("Client", "Woodgrove Bank, 400 South Tryon Street, Charlotte, NC 28202"),
              ("Service provider", "Lakeside Cyber Defense LLC, 221 N LaSalle St, Chicago, IL 60601"),
              ("Term", "Deployment April 1, 2024 – September 30, 2024; managed service for 24 months thereafter"),
              ("Client sponsor", "Marisol Ortega, Chief Information Security Officer")])}</table>""",
        "<h2>1. Background</h2><p>Woodgrove Bank runs 2,400 Windows 10/11 and macOS endpoints across 61 branches "
        "and three operations centres. The legacy antivirus agent reaches end of support in June 2024, and the "
        "third-party secure email gateway contract ends in September 2024. Woodgrove has Microsoft 365 E5 Security "
        "licences but has not deployed Defender for Endpoint or Defender for Office 365.</p>",
        "<h2>2. Scope of services</h2><h3>2.1 Microsoft Defender for Endpoint</h3>"
        + ul([
            "Onboard 2,400 endpoints through Intune (Windows) and Jamf (macOS) in four waves of ~600 devices.",
            "Deploy 14 attack surface reduction rules in audit mode for 30 days, tune exclusions, then move to "
            "block mode.",
            "Enable EDR in block mode, tamper protection and automated investigation for all device groups.",
            "Configure threat and vulnerability management dashboards and weekly exposure reports for the SOC.",
            "Remove the legacy antivirus agent after each wave passes the health check.",
        ])
        + "<h3>2.2 Microsoft Defender for Office 365</h3>"
        + ul([
            "Protect 3,100 mailboxes: Safe Links, Safe Attachments with dynamic delivery, anti-phishing with "
            "impersonation protection for 40 executives and the wire-transfer team.",
            "Cut MX records over from the third-party gateway in two steps (pilot domain, then production).",
            "Run quarterly attack-simulation campaigns with Attack Simulation Training.",
        ]),
        "<h2>3. Timeline</h2>"
        + gantt([("Design", 1, 1), ("MDE waves 1-2", 2, 3), ("MDE waves 3-4", 3, 5),
                 ("MDO cut-over", 4, 5), ("Hypercare", 6, 6), ("Managed service", 7, 7)],
                ["Apr 2024", "May", "Jun", "Jul", "Aug", "Sep", "Oct 2024 →"]),
        "<h2>4. Deliverables and acceptance</h2>"
        + ul([
            "Design document and deployment runbooks (week 3).",
            "Wave completion reports with onboarding and health status per device group.",
            "Managed service: monthly service report and quarterly service review with the CISO.",
        ]),
        f"""<h2>5. Signatures</h2>
<table><tr><th>Woodgrove Bank</th><th>Lakeside Cyber Defense LLC</th></tr>
<tr><td>{esign.html()}</td>
<td>{ESign(lead.name, dt.date(2024, 3, 13), guid("env", "lakeside-sow", upper=True)).html()}</td></tr>
<tr><td>Marisol Ortega, Chief Information Security Officer</td><td>Ethan Brooks, Security Practice Director</td></tr>
<tr><td>Date Signed: {us_date(esign.signed)}</td><td>Date Signed: 3/13/2024</td></tr></table>""",
    ]
    sow = html_pdf(
        blocks,
        PdfMeta("LCD-SOW-2024-017 Woodgrove Bank", lead.name, dt.datetime(2024, 3, 11, 10, 0, tzinfo=CDT),
                modified=dt.datetime(2024, 3, 14, 16, 20, tzinfo=EDT)),
        decorate=esign_decorations(esign),
    )
    review = Mail(
        sender=ciso, to=(lead,), cc=(Person("Kevin Liu", "kevin.liu@woodgrovebank.com", "SOC Manager"),),
        date=dt.datetime(2025, 8, 29, 10, 42, tzinfo=EDT),
        subject="Q3 2025 service review – Defender for Endpoint and Defender for Office 365",
        body=(
            "Ethan,\n\n"
            "Confirming for your records that Lakeside continues to run our Microsoft Defender for Endpoint and "
            "Defender for Office 365 service under the managed-services phase of SOW LCD-SOW-2024-017.\n\n"
            "In the Q3 review on August 27 we went through:\n"
            "- 2,412 devices onboarded, EDR in block mode on all device groups\n"
            "- all 14 ASR rules in block mode after the audit period, 6 exclusions approved by the SOC\n"
            "- three attack-simulation campaigns to 3,100 mailboxes (click rate down from 11% to 4%)\n"
            "- Safe Attachments dynamic delivery rolled out to the branch network\n\n"
            "We are happy with the work and have approved the Q4 plan (device control and the macOS network "
            "protection pilot).\n\n"
            "Regards,\nMarisol Ortega\nChief Information Security Officer | Woodgrove Bank\n"
        ),
    )
    files = {
        "SOW/LCD-SOW-2024-017_Woodgrove_signed.pdf": sow,
        "Customer confirmation/Q3 2025 service review.eml": eml_bytes(review),
    }
    claim = claim_doc(
        claim_id="3084417", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=lead, customer=customer, customer_contact=ciso,
        workloads=[("MICROSOFT DEFENDER ENDPOINT", None), ("MICROSOFT DEFENDER FOR OFFICE", None)],
        documents=[(p, "poe") for p in files],
        comments=[("partner", submitted - dt.timedelta(minutes=3),
                   "The SOW was signed in March 2024; the customer's Q3 2025 review email confirms the managed "
                   "service is ongoing.")],
    )
    return Bundle(
        "3084417_Lakeside_Woodgrove_Defender", claim, files, "approve",
        "CPOR Security usage (MDE + MDO). Partner SOW with DocuSign signature dated 3/14/2024 (18 months before "
        "submission) plus a recent .eml (2025-08-29) from the customer's CISO describing the ongoing work in "
        "detail.",
        "The old signature is rescued by a recent customer acknowledgement confirming active engagement with "
        "concrete activities for both workloads, sent from the customer domain.",
        container="zip",
    )


def bluepeak_tailspin_stale() -> Bundle:
    """An old signature and a recent customer email that is only about buying licences: not rescued."""
    partner = Org("Bluepeak Systems Inc.", "bluepeaksystems.ca", "CA", "Toronto, ON", location_id="5893301",
                  short="Bluepeak")
    customer = Org("Tailspin Toys", "tailspintoys.com", "CA", "Mississauga, ON")
    director = Person("Gregory Tremblay", "gtremblay@tailspintoys.com", "Director of IT Infrastructure")
    lead = Person("Nadia Rahman", "nrahman@bluepeaksystems.ca", "Identity Practice Lead")
    submitted = dt.datetime(2025, 9, 24, 18, 5, tzinfo=UTC)
    transaction = "CBJCHBCAABAA" + hexid("tailspin-acrobat", length=28)
    blocks = [
        """<h1>Identity Modernization – Statement of Work</h1>
<p>Prepared for <b>Tailspin Toys</b> by <b>Bluepeak Systems Inc.</b> · February 12, 2024</p>""",
        "<h2>Objectives</h2>"
        + ul([
            "Replace per-user MFA with risk-based Conditional Access for 1,800 users (head office, two distribution "
            "centres and 46 retail stores).",
            "Bring the 42 privileged roles under Privileged Identity Management with approval and time-bound "
            "activation.",
            "Turn on Microsoft Entra ID Protection user-risk and sign-in-risk policies.",
        ]),
        "<h2>Work plan (March 4 – May 31, 2024)</h2><table><tr><th>Phase</th><th>Dates</th><th>Activities</th></tr>"
        + table_rows([
            ("Assess", "Mar 4 – Mar 15", "Sign-in log review, legacy authentication inventory (37 apps), "
             "break-glass account design"),
            ("Conditional Access", "Mar 18 – Apr 19", "14 policies in report-only, then enforced by persona: "
             "store staff, office, admins, guests"),
            ("PIM", "Apr 22 – May 10", "42 roles moved to eligible assignments, approval workflow for Global "
             "Administrator"),
            ("Identity Protection", "May 13 – May 24", "User-risk and sign-in-risk policies, SSPR registration "
             "campaign"),
            ("Handover", "May 27 – May 31", "Runbooks, quarterly access reviews configured, admin training"),
        ])
        + "</table>",
        """<h2>Acceptance</h2><p>By signing, Tailspin Toys accepts this Statement of Work.</p>
<table><tr><td class="label">Customer signature</td><td><div class="sig"></div>
Gregory Tremblay (Feb 20, 2024 14:32 EST)</td></tr>
<tr><td class="label">Name / title</td><td>Gregory Tremblay, Director of IT Infrastructure</td></tr></table>""",
        PAGE_BREAK,
        f"""<h1>Final Audit Report</h1>
<table>{rows([("Created", "2024-02-20"), ("By", "Nadia Rahman (nrahman@bluepeaksystems.ca)"),
              ("Status", "Signed"), ("Transaction ID", transaction)])}</table>
<h3>"Tailspin Toys - Identity Modernization SOW" History</h3>
{ul(["Document created by Nadia Rahman (nrahman@bluepeaksystems.ca) 2024-02-20 - 6:58:41 PM GMT",
     "Document emailed to Gregory Tremblay (gtremblay@tailspintoys.com) for signature 2024-02-20 - 6:59:30 PM GMT",
     "Email viewed by Gregory Tremblay (gtremblay@tailspintoys.com) 2024-02-20 - 7:30:02 PM GMT",
     "Document e-signed by Gregory Tremblay (gtremblay@tailspintoys.com) Signature Date: 2024-02-20 - "
     "7:32:10 PM GMT - Time Source: server",
     "Agreement completed. 2024-02-20 - 7:32:10 PM GMT"])}""",
    ]
    sow = html_pdf(
        blocks,
        PdfMeta("Tailspin Toys - Identity Modernization SOW", lead.name,
                dt.datetime(2024, 2, 12, 11, 0, tzinfo=EDT), creator="Adobe Acrobat Sign",
                producer="Adobe Acrobat Sign", modified=dt.datetime(2024, 2, 20, 14, 32, tzinfo=EDT)),
        decorate=chain(stamp_pages(f"Adobe Acrobat Sign Transaction Number: {transaction}"),
                       sign_below("Customer signature", "tailspin-gregory", dx=198)),
    )
    quote_mail = Mail(
        sender=lead, to=(director,), date=dt.datetime(2025, 9, 2, 15, 10, tzinfo=EDT),
        subject="Entra ID P2 renewal",
        body=(
            "Hi Gregory,\n\nAttached is the renewal quote for your Microsoft Entra ID P2 subscription "
            "(1,800 licences, 3-year term through our CSP agreement). Pricing is held until September 30.\n\n"
            "Best,\nNadia\n"
        ),
    )
    reply = Mail(
        sender=director, to=(lead,), date=dt.datetime(2025, 9, 3, 9, 26, tzinfo=EDT),
        subject="RE: Entra ID P2 renewal",
        body=(
            "Hi Nadia,\n\nThanks for the quote. Please go ahead and place the order for the 1,800 Entra ID P2 "
            "licences on the 3-year term with the price hold. Our procurement team will send the PO this week.\n\n"
            "Regards,\nGreg\n\nGregory Tremblay\nDirector of IT Infrastructure | Tailspin Toys\n\n"
            + quote_outlook(quote_mail)
        ),
    )
    files = {
        "POE/Tailspin_Identity_SOW_signed.pdf": sow,
        "POE/RE_ Entra ID P2 renewal.msg": msg_bytes(reply),
    }
    claim = claim_doc(
        claim_id="3084590", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=lead, customer=customer, customer_contact=director,
        workloads=[("AZURE ACTIVE DIRECTORY PREMIUM 2", None)], documents=[(p, "poe") for p in files],
    )
    return Bundle(
        "3084590_Bluepeak_TailspinToys_EntraP2", claim, files, "action_required",
        "CPOR Security usage (Entra ID P2). Detailed SOW signed through Adobe Acrobat Sign on 2024-02-20 (19 "
        "months before submission, with the audit trail page) and a recent customer email (2025-09-03) that only "
        "orders licence renewals.",
        "The signature is older than 12 months and the only recent customer email concerns a licence purchase, "
        "which never counts as acknowledgement. Ask for a recent acknowledgement of the ongoing work.",
    )


def meridian_fourthcoffee_presales() -> Bundle:
    """CPOR pre-sales for Dynamics 365 Sales: demos and a pilot acknowledged before the transaction."""
    partner = Org("Meridian Dynamics Consulting Ltd", "meridiandynamics.co.uk", "GB", "Manchester",
                  location_id="6207554", short="Meridian")
    customer = Org("Fourth Coffee Ltd", "fourthcoffee.co.uk", "GB", "Bristol", short="Fourth Coffee")
    director = Person("Oliver Hughes", "oliver.hughes@fourthcoffee.co.uk", "Sales Director")
    architect = Person("Charlotte Evans", "charlotte.evans@meridiandynamics.co.uk", "Dynamics 365 Solution Architect")
    colleague = Person("Tom Ashworth", "tom.ashworth@meridiandynamics.co.uk", "Senior Functional Consultant")
    submitted = dt.datetime(2025, 9, 5, 11, 30, tzinfo=UTC)
    summary = html_pdf(
        [
            """<h1>Dynamics 365 Sales – Pre-sales Engagement Summary</h1>
<p><b>Customer:</b> Fourth Coffee Ltd &nbsp; <b>Partner:</b> Meridian Dynamics Consulting Ltd</p>
<p>Fourth Coffee sells roasted coffee and equipment to 1,400 cafés and hotel groups across the UK. Its 60 field
and inside sellers work from spreadsheets and a legacy contact database with no pipeline visibility.</p>""",
            "<h2>Pre-sales activities</h2><table><tr><th>Date</th><th>Activity</th><th>Participants</th>"
            "<th>Outcome</th></tr>"
            + table_rows([
                ("22 April 2025", "Discovery workshop (on site, Bristol)",
                 "O. Hughes, sales operations, 6 regional account managers",
                 "Lead-to-cash process mapped; 23 requirements captured"),
                ("13 May 2025", "Solution demo: lead and opportunity management, sales accelerator sequences, "
                 "Outlook side pane, forecasting", "12 Fourth Coffee staff",
                 "Agreed to pilot with the wholesale team"),
                ("2 – 27 June 2025", "Pilot for 25 wholesale sellers in a trial environment with 3,200 migrated "
                 "accounts", "Wholesale team, IT", "Pipeline review moved from spreadsheet to D365 dashboards"),
                ("8 July 2025", "Pilot review and licensing recommendation", "O. Hughes, Finance Director",
                 "Decision to buy 60 Dynamics 365 Sales Enterprise licences"),
            ])
            + "</table>",
            """<h2>Customer acknowledgement</h2>
<p>We confirm that Meridian Dynamics Consulting delivered the pre-sales activities above before our purchase of
Dynamics 365 Sales Enterprise.</p>
<table><tr><td class="label">Signed</td><td><div class="sig"></div>Oliver Hughes</td></tr>
<tr><td class="label">Title</td><td>Sales Director, Fourth Coffee Ltd</td></tr>
<tr><td class="label">Date</td><td>10 July 2025</td></tr></table>""",
        ],
        PdfMeta("Fourth Coffee - D365 Sales pre-sales engagement summary", architect.name,
                dt.datetime(2025, 7, 9, 17, 5, tzinfo=BST), modified=dt.datetime(2025, 7, 10, 12, 40, tzinfo=BST)),
        css=BASE_CSS, paper="a4",
        decorate=sign_below("Signed", "fourthcoffee-oliver", dx=198, color=(0.1, 0.1, 0.1)),
    )
    follow_up = Mail(
        sender=architect, to=(director,), cc=(colleague,), date=dt.datetime(2025, 5, 13, 17, 48, tzinfo=BST),
        subject="Dynamics 365 Sales demo – follow-up and pilot proposal",
        body=(
            "Hi Oliver,\n\nThank you for hosting us today. As promised, a summary of the pilot we propose:\n"
            "- 25 sellers from the wholesale team, 2 to 27 June\n"
            "- a trial environment with your 3,200 active wholesale accounts migrated from the contact database\n"
            "- two sequences in the sales accelerator (new café onboarding, equipment service renewal)\n"
            "- weekly pipeline review run from the Dynamics 365 dashboards instead of the spreadsheet\n\n"
            "Kind regards,\nCharlotte Evans\nDynamics 365 Solution Architect | Meridian Dynamics Consulting\n"
        ),
    )
    reply = Mail(
        sender=director, to=(architect,), cc=(colleague,), date=dt.datetime(2025, 5, 14, 9, 12, tzinfo=BST),
        subject="RE: Dynamics 365 Sales demo – follow-up and pilot proposal",
        body=(
            "Hi Charlotte,\n\nThank you and Tom for yesterday's demo of Dynamics 365 Sales. The team particularly "
            "liked the sequences in the sales accelerator and the Outlook side pane. We would like to go ahead "
            "with the four-week pilot for the 25 wholesale sellers from 2 June as you propose below. Priya from "
            "IT will send you the account export by Friday.\n\nBest wishes,\nOliver\n\n"
            "Oliver Hughes | Sales Director | Fourth Coffee Ltd\n\n" + quote_outlook(follow_up)
        ),
    )
    files = {
        "Pre-sales/Fourth Coffee - D365 Sales pre-sales engagement summary.pdf": summary,
        # The partner portal only took PDFs, so the partner renamed the Outlook message: content decides.
        "Pre-sales/Engagement_email.pdf": msg_bytes(reply),
    }
    claim = claim_doc(
        claim_id="3087730", program="cpor", claim_kind="pre_sales", solution_area="Business Applications",
        submitted=submitted, partner=partner, partner_contact=architect, customer=customer,
        customer_contact=director,
        workloads=[("DYNAMICS 365 SALES ENTERPRISE EDITION", guid("sub", "fourthcoffee", "sales", upper=True))],
        documents=[(p, "poe") for p in files], transaction_date=dt.date(2025, 8, 1),
    )
    return Bundle(
        "3087730_Meridian_FourthCoffee_D365Sales", claim, files, "approve",
        "CPOR pre-sales, Business Applications (DYNAMICS 365 SALES ENTERPRISE EDITION with subscription id, "
        "transaction 2025-08-01). Engagement summary signed by the customer's Sales Director on 10 July 2025 and "
        "the customer's email of 2025-05-14 accepting the pilot after the demo.",
        "Pre-sales proof (workshop, demo, pilot, customer acknowledgement) all predates the transaction date and "
        "describes the activities in depth; names and the workload match.",
        notes=["`Pre-sales/Engagement_email.pdf` is an Outlook .msg with a .pdf extension"],
    )


def ironbridge_wideworld_bizapps() -> Bundle:
    """CPOR Business Applications usage with three Dynamics 365 workloads and their subscriptions."""
    partner = Org("Ironbridge Consulting LLC", "ironbridgeconsulting.com", "US", "Columbus, OH",
                  location_id="5738810", short="Ironbridge")
    customer = Org("Wide World Importers", "wideworldimporters.com", "US", "San Diego, CA")
    cio = Person("Rebecca Lindqvist", "rlindqvist@wideworldimporters.com", "Chief Information Officer")
    pm = Person("Marcus Reed", "marcus.reed@ironbridgeconsulting.com", "Engagement Manager, Business Applications")
    submitted = dt.datetime(2025, 9, 29, 16, 45, tzinfo=UTC)
    esign = ESign(cio.name, dt.date(2025, 4, 18), guid("env", "wideworld", upper=True))
    workloads = [
        ("DYNAMICS 365 FINANCE", guid("sub", "wwi", "finance", upper=True)),
        ("DYNAMICS 365 SUPPLY CHAIN MANAGEMENT", guid("sub", "wwi", "scm", upper=True)),
        ("DYNAMICS 365 FIELD SERVICE", guid("sub", "wwi", "fieldservice", upper=True)),
    ]
    blocks = [
        f"""<h1>Dynamics 365 Program – Phase 2 Statement of Work and Customer Acceptance</h1>
<table>{rows([("Customer", "Wide World Importers, 3500 Harbor Drive, San Diego, CA 92101"),
              ("Partner", "Ironbridge Consulting LLC"),
              ("Engagement period", "February 3, 2025 – October 31, 2025"),
              ("Customer executive sponsor", "Rebecca Lindqvist, Chief Information Officer"),
              ("Partner engagement manager", "Marcus Reed")])}</table>
<p>Wide World Importers distributes novelty goods from four distribution centres to 2,600 retail customers.
Phase 1 (2024) moved sales order processing to Dynamics 365. Phase 2 replaces the on-premises ERP ledger and
the paper-based service desk for the company's 220 field technicians.</p>""",
        "<h2>Licensed products in scope</h2><table><tr><th>Product</th><th>Seats</th><th>Subscription</th></tr>"
        + table_rows([
            ("Dynamics 365 Finance", "120", workloads[0][1]),
            ("Dynamics 365 Supply Chain Management", "85", workloads[1][1]),
            ("Dynamics 365 Field Service", "220", workloads[2][1]),
        ]) + "</table>",
        "<h2>Finance and Operations</h2><h3>Dynamics 365 Finance</h3>"
        + ul([
            "General ledger, accounts payable and fixed assets for 4 legal entities (US, Canada, Mexico, UK); "
            "consolidation and intercompany eliminations.",
            "Vendor invoice automation: invoice capture for ~4,800 invoices a month with 3-way matching.",
            "Cut-over of 7 years of GL balances from the on-premises ERP; parallel run for the May close.",
        ])
        + "<h3>Dynamics 365 Supply Chain Management</h3>"
        + ul([
            "Warehouse management in 3 distribution centres (San Diego, Reno, Dallas) with mobile scanning for "
            "85 warehouse workers.",
            "Master planning with safety stock for 12,000 SKUs; purchase order proposals replace the Excel "
            "replenishment model.",
        ]),
        "<h2>Customer Engagement</h2><h3>Dynamics 365 Field Service</h3>"
        + ul([
            "Work orders, incident types and service agreements for refrigeration and display-unit maintenance.",
            "Schedule board with resource scheduling optimization for 220 technicians in 9 territories.",
            "Field Service mobile app with offline profile; customer asset history and inspection forms.",
        ]),
        "<h2>Timeline</h2>"
        + gantt([("Design", 1, 2), ("Finance build", 2, 4), ("SCM build", 3, 6), ("Field Service build", 5, 7),
                 ("Go-live and hypercare", 7, 9)],
                ["Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"]),
        f"""<h2>Customer acceptance</h2>
<p>Wide World Importers accepts this Statement of Work and confirms Ironbridge Consulting as its implementation
partner for the products above.</p>
<table><tr><td class="label">Signature</td><td>{esign.html()}</td></tr>
<tr><td class="label">Name, title</td><td>Rebecca Lindqvist, Chief Information Officer</td></tr>
<tr><td class="label">Date Signed</td><td>{us_date(esign.signed)}</td></tr></table>""",
    ]
    sow = html_pdf(
        blocks,
        PdfMeta("WWI D365 Phase 2 SOW", pm.name, dt.datetime(2025, 4, 14, 9, 30, tzinfo=EDT),
                modified=dt.datetime(2025, 4, 18, 13, 2, tzinfo=PDT)),
        decorate=esign_decorations(esign),
    )

    def checklist(document: DocxDocument) -> None:
        docx_heading(document, "Field Service go-live checklist – Wide World Importers", 1)
        document.add_paragraph("Go-live date: Monday, August 25, 2025 · Prepared by Ironbridge Consulting")
        docx_table(document, ["Item", "Owner", "Status"], [
            ["220 technician accounts licensed and assigned to 9 territories", "WWI IT", "Done"],
            ["Incident types and service tasks for 14 refrigeration unit models", "Ironbridge", "Done"],
            ["Offline mobile profile tested on 30 iPads", "Ironbridge", "Done"],
            ["Resource scheduling optimization run nightly at 22:00", "Ironbridge", "Done"],
            ["Service agreements for 310 retail customers migrated", "WWI Service Ops", "Done"],
            ["Hypercare rota (2 consultants, 4 weeks)", "Ironbridge", "Planned"],
        ])
        document.add_paragraph("Approved for go-live by Luis Ortega, Director of Field Operations, "
                               "Wide World Importers, on August 21, 2025.")

    files = {
        "POE/WWI_D365_Phase2_SOW_signed.pdf": sow,
        # uploaded alongside but never attached to a slot: the bundle reader makes it a supporting document
        "Supporting/Field Service go-live checklist.docx": docx_bytes(
            checklist, title="Field Service go-live checklist", author=pm.name,
            created=dt.datetime(2025, 8, 21, 15, 0, tzinfo=PDT)),
    }
    claim = claim_doc(
        claim_id="3088015", program="cpor", claim_kind="usage", solution_area="Business Applications",
        submitted=submitted, partner=partner, partner_contact=pm, customer=customer, customer_contact=cio,
        workloads=workloads, documents=[("POE/WWI_D365_Phase2_SOW_signed.pdf", "poe")],
    )
    return Bundle(
        "3088015_Ironbridge_WideWorldImporters_D365", claim, files, "approve",
        "CPOR Business Applications usage: DYNAMICS 365 FINANCE, SUPPLY CHAIN MANAGEMENT and FIELD SERVICE, each "
        "with a subscription id. Signed SOW (DocuSign, 2025-04-18) detailing the work per product group "
        "(Finance and Operations, Customer Engagement) with seats, sites and timeline; a go-live checklist .docx.",
        "Customer e-signature within 12 months, names visible, detailed activities for each claimed product, "
        "every workload connected to the POE.",
    )


# ----------------------------------------------------------------------------------------------
# Partner activities
# ----------------------------------------------------------------------------------------------
AMMP_SMALL = "AMMP App/Data Modernization (Small)"
FRONTLINE = "Enable Frontline Workshop"


def mci_invoice(*, partner: Org, contact: Person, phone: str, date: dt.date, claim_id: str, engagement: str,
                amount: str, number: str, created: dt.datetime) -> bytes:
    """The optional invoice template of the claiming guide (Claim ID, partner name, pre-tax fee in USD)."""
    html = f"""<p class="small">Microsoft Partner Incentives</p>
<h2>MCI Engagements</h2>
<h1>CLAIM INVOICE</h1>
<p><b>{escape(partner.name)}</b><br/>{escape(partner.city)}, {escape(partner.country)}<br/>Phone {escape(phone)}<br/>
Contact E-mail {escape(contact.email)}</p>
<p>DATE: {date.isoformat()}<br/>INVOICE #: {escape(number)}</p>
<p>BILL TO: Microsoft Corporation, One Microsoft Way, Redmond, WA 98052, United States</p>
<table><tr><th>MCI ENGAGEMENT CLAIM ID #</th><th>ENGAGEMENT NAME</th><th>PRE-TAX FEE AMOUNT</th></tr>
<tr><td>{escape(claim_id)}</td><td>{escape(engagement)}</td><td>{escape(amount)}</td></tr></table>
<p><b>TOTAL DUE: {escape(amount)}</b></p>
<p class="small">Payment to the bank account of the claiming location's payment profile. VAT not applicable.</p>"""
    return html_pdf(html, PdfMeta(f"Claim invoice {claim_id}", contact.name, created))


Section = tuple[str, Sequence[str | list[str] | tuple[list[str], list[list[str]]]]]


def findings_docx(*, title: str, facts: Sequence[tuple[str, str]], sections: Sequence[Section],
                  author: str, created: dt.datetime) -> bytes:
    """A findings-and-recommendations / POE report as partners write them in Word."""

    def build(document: DocxDocument) -> None:
        head = document.add_paragraph()
        run = head.add_run(title)
        run.bold = True
        run.font.size = Pt(18)
        run.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        head.alignment = WD_ALIGN_PARAGRAPH.LEFT
        docx_table(document, None, [[k, v] for k, v in facts])
        for heading, items in sections:
            docx_heading(document, heading, 1)
            for item in items:
                if isinstance(item, str):
                    document.add_paragraph(item)
                elif isinstance(item, list):
                    docx_bullets(document, item)
                else:
                    header, body = item
                    docx_table(document, header, body)

    return docx_bytes(build, title=title, author=author, created=created)


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


def frontline_surveys(claim_id: str, partner: Org, *, customer_sig: tuple[str, str, str],
                      partner_sig: tuple[str, str, str], day: dt.date, attendees: int, scenarios: str,
                      customer_done: dt.datetime, partner_done: dt.datetime) -> tuple[bytes, bytes]:
    customer = survey(claim_id, "customer", customer_done, [
        (f"Did {partner.call} deliver the {FRONTLINE} for your organization?", "Yes"),
        ("How many of your frontline workers or managers took part?", str(attendees)),
        ("Which scenarios were covered?", scenarios),
        ("Would you recommend this partner to other organizations?", "Yes"),
    ], customer_sig)
    partner_json = survey(claim_id, "partner", partner_done, [
        ("Confirm that the workshop was delivered to the customer named in this claim.", "Yes"),
        ("Workshop date", day.isoformat()),
        ("Number of customer attendees", str(attendees)),
        ("Was the findings and recommendations report presented to the customer?", "Yes"),
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


def coho_poe(partner: Org, customer: Org, it: Person, pm: Person) -> bytes:
    """The AMMP POE template ("Sign and Upload template"), filled in and e-signed by the customer."""
    esign = ESign(it.name, dt.date(2025, 8, 25), guid("env", "coho-ammp", upper=True))
    blocks = [
        f"""<p class="small">Azure Migrate and Modernize (AMMP) – Partner-led engagement</p>
<h1>Proof of Execution – App and Data Modernization (Small)</h1>
<table>{rows([("Customer", customer.name), ("Partner", partner.name),
              ("Project size", "Small: planned Azure consumption USD 25K – 125K per year"),
              ("Planned annual Azure consumption", "USD 68,000 (Azure Pricing Calculator estimate attached to "
               "the partner survey)"),
              ("Date of production", "August 18, 2025")])}</table>""",
        "<h2>Application in scope</h2><p>Coho Winery's wholesale order-management portal is used by 340 "
        "distributors and restaurants to order wine, track shipments and download invoices. It ran on two IIS "
        "servers (Windows Server 2012 R2) with WCF services and a 410 GB SQL Server 2014 database in the "
        "winery's Napa server room.</p>",
        "<h2>Required activities</h2><table><tr><th>Activity</th><th>Dates</th><th>What was done</th></tr>"
        + table_rows([
            ("Application Compatibility Assessment/Review", "Jun 16 – Jun 27",
             "Azure Migrate app and code assessment of 38 .NET projects: 31 upgraded to .NET 8 directly, 7 needed "
             "code changes (System.Web, Windows authentication); DMA found 2 blockers (cross-database queries, "
             "SQL Agent jobs)."),
            ("Landing Zone Setup or Review", "Jun 30 – Jul 11",
             "Landing zone accelerator in West US 2: management groups, hub-spoke VNets, Azure Firewall, private "
             "DNS zones, policies for allowed regions and tagging."),
            ("Modernization activities", "Jul 14 – Aug 15",
             "Front end and API rebuilt as ASP.NET Core 8 on Azure App Service (Premium v3, 3 instances); "
             "database migrated to Azure SQL Database (Business Critical, 8 vCores); SQL Agent jobs replaced by "
             "Azure Functions timers; GitHub Actions pipelines."),
            ("Azure security deployment and setup", "Aug 11 – Aug 22",
             "Defender for Cloud plans for App Service, SQL and Key Vault (secure score 41% → 78%); secrets in "
             "Key Vault with managed identities; private endpoints for SQL and Key Vault."),
        ])
        + "</table>",
        f"""<h2>Customer sign-off</h2>
<p>Coho Winery confirms that {escape(partner.name)} completed the activities above and that the modernized portal
has been in production on Azure since August 18, 2025.</p>
<table><tr><td class="label">Signature</td><td>{esign.html()}</td></tr>
<tr><td class="label">Name, title</td><td>{escape(it.name)}, {escape(it.title)}</td></tr>
<tr><td class="label">Date Signed</td><td>{us_date(esign.signed)}</td></tr></table>""",
    ]
    return html_pdf(
        blocks,
        PdfMeta("Coho Winery - AMMP POE", pm.name, dt.datetime(2025, 8, 22, 17, 30, tzinfo=EDT),
                modified=dt.datetime(2025, 8, 25, 10, 5, tzinfo=PDT)),
        decorate=esign_decorations(esign),
    )


def lucerne_findings(partner: Org, customer: Org, cto: Person, pm: Person) -> bytes:
    """Aurelia Conseil's own Word report: integration modernization, unlike the Coho web-app project."""
    return findings_docx(
        title="Lucerne Publishing – Integration and CMS Modernization on Azure",
        facts=[("Customer", customer.name), ("Partner", partner.name), ("Engagement", AMMP_SMALL),
               ("Delivery period", "12 May 2025 – 25 July 2025"), ("Go-live", "21 July 2025"),
               ("Planned Azure consumption", "USD 52,000 per year")],
        sections=[
            ("Context", [
                "Lucerne Publishing exchanges orders, royalty statements and print files with 45 printers, "
                "distributors and bookshops through a BizTalk Server 2013 R2 platform that reaches end of support. "
                "Its editorial content management system runs as Windows services on three virtual machines in a "
                "Paris hosting centre.",
            ]),
            ("Assessment", [
                ["Inventory of 46 BizTalk orchestrations and 112 maps; 9 retired, 37 rebuilt.",
                 "CMS assessed for containerization: .NET 6 services, Redis cache, 1.2 TB of assets on SMB shares."],
            ]),
            ("Landing zone", [
                ["Hub-spoke network in France Central with a France South backup vault; Azure Firewall Premium.",
                 "Entra ID groups and PIM for the 6-person platform team; Azure Policy for data residency (EU only)."],
            ]),
            ("Modernization", [
                (["Workload", "From", "To"], [
                    ["EDI and order integrations", "BizTalk Server 2013 R2", "Logic Apps Standard (31 workflows), "
                     "Service Bus Premium, API Management for partner APIs"],
                    ["Editorial CMS", "3 Windows VMs", "Azure Kubernetes Service (2 node pools), Azure Cache for "
                     "Redis, Azure Files Premium"],
                    ["Print-file exchange", "FTP server", "Azure Blob Storage with SFTP and lifecycle rules"],
                ]),
            ]),
            ("Security", [
                ["Defender for Containers and Defender for APIs enabled; image scanning gate in the Azure DevOps "
                 "release pipeline.",
                 "Workload identity for the CMS pods; Key Vault CSI driver for secrets."],
            ]),
            ("Review", [
                f"Findings and the production go-live reviewed with {cto.name} (Chief Technology Officer, "
                f"{customer.name}) on 25 July 2025.",
            ]),
        ],
        author=pm.name, created=dt.datetime(2025, 7, 28, 18, 0, tzinfo=CEST),
    )


def relecloud_coho_ammp_valid() -> Bundle:
    partner = Org("Relecloud Solutions Inc.", "relecloudsolutions.com", "US", "Atlanta, GA",
                  location_id="6118842", short="Relecloud")
    customer = Org("Coho Winery", "cohowinery.com", "US", "Napa, CA")
    it = Person("Sofia Marchetti", "smarchetti@cohowinery.com", "IT Director")
    pm = Person("Daniel Okafor", "daniel.okafor@relecloudsolutions.com", "Azure Practice Manager")
    claim_id = "3102231"
    consent = dt.date(2025, 6, 10)
    submitted = dt.datetime(2025, 9, 2, 19, 12, tzinfo=UTC)
    start, end, production = dt.date(2025, 6, 16), dt.date(2025, 8, 22), dt.date(2025, 8, 18)
    customer_json, partner_json = ammp_surveys(
        claim_id, partner, customer_sig=(it.name, customer.name, it.title),
        partner_sig=(pm.name, partner.name, pm.title), start=start, end=end, production=production,
        acr="68,000", customer_done=dt.datetime(2025, 8, 26, 16, 4, tzinfo=UTC),
        partner_done=dt.datetime(2025, 8, 27, 13, 40, tzinfo=UTC))
    files = {
        "Invoice/REL-INV-2025-0412.pdf": mci_invoice(
            partner=partner, contact=pm, phone="+1-404-555-0187", date=dt.date(2025, 8, 29), claim_id=claim_id,
            engagement=AMMP_SMALL, amount="$15,000.00 USD", number="REL-INV-2025-0412",
            created=dt.datetime(2025, 8, 29, 10, 0, tzinfo=EDT)),
        "POE/Coho Winery - AMMP POE template signed.pdf": coho_poe(partner, customer, it, pm),
        "Attestations/customer_survey.json": customer_json,
        "Attestations/partner_survey.json": partner_json,
    }
    claim = claim_doc(
        claim_id=claim_id, program="partner_activities", solution_area="Azure", submitted=submitted,
        partner=partner, partner_contact=pm, customer=customer, customer_contact=it,
        workloads=[("AZURE APP SERVICE", None), ("AZURE SQL DATABASE", None)],
        documents=[("Invoice/REL-INV-2025-0412.pdf", "invoice"),
                   ("POE/Coho Winery - AMMP POE template signed.pdf", "poe"),
                   ("Attestations/customer_survey.json", "customer_attestation"),
                   ("Attestations/partner_survey.json", "partner_attestation")],
        engagement={"id": "AMMP-APPDATA-S", "name": AMMP_SMALL, "activity_type": "xs_small",
                    "payout_type": "fixed", "proposed_payout_usd": None},
        consent_date=consent, history=pa_history(consent, submitted, pm.email),
    )
    return Bundle(
        "3102231_Relecloud_CohoWinery_AMMP", claim, files, "approve",
        f"Partner activities, {AMMP_SMALL}, fixed payout; US partner (Market A). Invoice in the guide's template "
        "(claim id, partner name, PRE-TAX FEE AMOUNT $15,000.00 USD), customer and partner attestations with "
        "complete signatures, AMMP POE template e-signed by the customer. Consent 2025-06-10, submitted "
        "2025-09-02 (84 days).",
        "All components present; invoice amount is the Market A rate in USD; attestation signatures complete; "
        "submitted within the 120-day small-project deadline.",
        container="zip-folder",
    )


def aurelia_lucerne_eur_invoice() -> Bundle:
    partner = Org("Aurelia Conseil SAS", "aurelia-conseil.fr", "FR", "Lyon", location_id="6420197",
                  short="Aurelia Conseil")
    customer = Org("Lucerne Publishing SA", "lucernepublishing.fr", "FR", "Paris", short="Lucerne Publishing")
    cto = Person("Camille Lefèvre", "camille.lefevre@lucernepublishing.fr", "Directrice technique (CTO)")
    pm = Person("Julien Moreau", "julien.moreau@aurelia-conseil.fr", "Responsable practice Azure")
    claim_id = "3102455"
    consent = dt.date(2025, 5, 5)
    submitted = dt.datetime(2025, 8, 20, 8, 55, tzinfo=UTC)
    start, end, production = dt.date(2025, 5, 12), dt.date(2025, 7, 25), dt.date(2025, 7, 21)
    invoice = html_pdf(
        f"""<table class="noborder"><tr><td><b style="font-size:14pt">AURELIA CONSEIL SAS</b><br/>
18 rue de la République, 69002 Lyon, France<br/>SIRET 812 345 678 00021 · TVA FR12 812345678</td>
<td class="right"><b style="font-size:14pt">FACTURE</b><br/>N° AC-2025-0815<br/>Date : 18/08/2025</td></tr></table>
<p><b>Client :</b> Microsoft Corporation – Partner Incentives, One Microsoft Way, Redmond, WA 98052, USA</p>
<p><b>Référence :</b> MCI Engagement Claim ID {claim_id} – {AMMP_SMALL} – Lucerne Publishing SA</p>
<table><tr><th>Désignation</th><th>Qté</th><th>Prix unitaire HT</th><th>Montant HT</th></tr>
<tr><td>Accompagnement {AMMP_SMALL} – Lucerne Publishing SA</td><td>1</td><td>13 800,00 €</td>
<td>13 800,00 €</td></tr></table>
<table class="noborder"><tr><td class="right">Total HT</td><td class="right">13 800,00 €</td></tr>
<tr><td class="right">TVA 20 %</td><td class="right">2 760,00 €</td></tr>
<tr><td class="right"><b>Total TTC</b></td><td class="right"><b>16 560,00 €</b></td></tr></table>
<p class="small">Conditions de paiement : 30 jours fin de mois.
IBAN FR76 3000 4000 0312 3456 7890 143 · BIC BNPAFRPP</p>""",
        PdfMeta("Facture AC-2025-0815", "Aurelia Conseil – Comptabilité",
                dt.datetime(2025, 8, 18, 10, 2, tzinfo=CEST),
                creator="Sage 100cloud Comptabilité", producer="Sage PDF Engine"),
        css=SERIF_CSS, paper="a4",
    )
    customer_json, partner_json = ammp_surveys(
        claim_id, partner, customer_sig=(cto.name, customer.name, cto.title),
        partner_sig=(pm.name, partner.name, pm.title), start=start, end=end, production=production,
        acr="52,000", customer_done=dt.datetime(2025, 8, 1, 9, 30, tzinfo=UTC),
        partner_done=dt.datetime(2025, 8, 4, 14, 12, tzinfo=UTC))
    files = {
        "Facture/AC-2025-0815.pdf": invoice,
        "POE/Lucerne_AMMP_POE.docx": lucerne_findings(partner, customer, cto, pm),
        "Attestations/Customer attestation.json": customer_json,
        "Attestations/Partner attestation.json": partner_json,
    }
    claim = claim_doc(
        claim_id=claim_id, program="partner_activities", solution_area="Azure", submitted=submitted,
        partner=partner, partner_contact=pm, customer=customer, customer_contact=cto,
        workloads=[("AZURE KUBERNETES SERVICE", None), ("AZURE LOGIC APPS", None)],
        documents=[("Facture/AC-2025-0815.pdf", "invoice"), ("POE/Lucerne_AMMP_POE.docx", "poe"),
                   ("Attestations/Customer attestation.json", "customer_attestation"),
                   ("Attestations/Partner attestation.json", "partner_attestation")],
        engagement={"id": "AMMP-APPDATA-S", "name": AMMP_SMALL, "activity_type": "xs_small",
                    "payout_type": "fixed", "proposed_payout_usd": None},
        consent_date=consent, history=pa_history(consent, submitted, pm.email),
        comments=[("partner", submitted - dt.timedelta(minutes=2), "Facture jointe (montant converti en EUR).")],
    )
    return Bundle(
        "3102455_AureliaConseil_LucernePublishing_AMMP", claim, files, "action_required",
        f"Partner activities, {AMMP_SMALL}; French partner (Market A, rate $15,000). The partner's own French "
        "invoice shows the claim id but a pre-tax amount of 13 800,00 € (EUR, with VAT lines). Surveys and POE "
        "report complete.",
        "Invoice must show the engagement's Market A amount in USD ($15,000.00); EUR and a different amount. "
        "Ask for a corrected invoice.",
    )


def sahyadri_margies_frontline_unsigned() -> Bundle:
    partner = Org("Sahyadri Cloud Solutions Pvt Ltd", "sahyadricloud.in", "IN", "Pune", location_id="6301174",
                  short="Sahyadri Cloud")
    customer = Org("Margie's Travel India Pvt Ltd", "margiestravel.in", "IN", "Mumbai", short="Margie's Travel")
    ops = Person("Priyanka Deshmukh", "priyanka.deshmukh@margiestravel.in", "Head of Branch Operations")
    consultant = Person("Rohan Kulkarni", "rohan.kulkarni@sahyadricloud.in", "Modern Work Consultant")
    claim_id = "3097318"
    consent = dt.date(2025, 7, 14)
    submitted = dt.datetime(2025, 9, 8, 10, 20, tzinfo=UTC)
    day = dt.date(2025, 8, 6)
    customer_json, partner_json = frontline_surveys(
        claim_id, partner, customer_sig=(ops.name, customer.name, ops.title),
        # the partner's respondent left the job-title part of the e-signature empty
        partner_sig=(consultant.name, partner.name, ""), day=day, attendees=14,
        scenarios="Shift management in Teams; Walkie Talkie for store staff; task publishing to 32 branches; "
        "Approvals for refunds", customer_done=dt.datetime(2025, 8, 12, 11, 5, tzinfo=UTC),
        partner_done=dt.datetime(2025, 8, 13, 9, 41, tzinfo=UTC))
    report = findings_docx(
        title=f"{FRONTLINE} – Findings and Recommendations",
        facts=[("Customer", customer.name), ("Partner", partner.name), ("Workshop date", long_date(day)),
               ("Location", "Margie's Travel head office, Andheri East, Mumbai"), ("Attendees", "14")],
        sections=[
            ("Current state", [
                "Margie's Travel has 32 branches in Maharashtra and Karnataka with 260 travel consultants who "
                "share 3 PCs per branch. Rosters are built in Excel and sent by WhatsApp; branch tasks arrive by "
                "email.",
            ]),
            ("Scenarios envisioned", [
                ["Shifts in Teams for roster publishing, swaps and time-off requests (pilot: 4 Mumbai branches).",
                 "Walkie Talkie on shared Android devices for branch managers during peak season.",
                 "Task publishing from head office to the 32 branches (window displays, promotions).",
                 "Approvals app for refunds above ₹40,000."],
            ]),
            ("Recommendations and next steps", [
                (["Recommendation", "Licences", "Timeline"], [
                    ["Assign Microsoft 365 F3 to 260 consultants", "260 x F3", "September 2025"],
                    ["Shifts pilot in 4 branches, then roll-out", "-", "Sept – Nov 2025"],
                    ["Shared device mode on 96 Android devices with Intune", "-", "Q4 2025"],
                ]),
            ]),
        ],
        author=consultant.name, created=dt.datetime(2025, 8, 8, 16, 0, tzinfo=IST_IN),
    )
    files = {
        "invoice_3097318.pdf": mci_invoice(
            partner=partner, contact=consultant, phone="+91 20 5555 0142", date=dt.date(2025, 8, 29),
            claim_id=claim_id, engagement=FRONTLINE, amount="$1,000.00 USD", number="SCS/2025-26/0147",
            created=dt.datetime(2025, 8, 29, 12, 0, tzinfo=IST_IN)),
        "Margies_Travel_Frontline_Findings.docx": report,
        "customer_attestation.json": customer_json,
        "partner_attestation.json": partner_json,
    }
    claim = claim_doc(
        claim_id=claim_id, program="partner_activities", solution_area="Modern Work", submitted=submitted,
        partner=partner, partner_contact=consultant, customer=customer, customer_contact=ops,
        workloads=[("TEAMS FOR FRONTLINE WORKERS", None)],
        documents=[("invoice_3097318.pdf", "invoice"), ("Margies_Travel_Frontline_Findings.docx", "poe"),
                   ("customer_attestation.json", "customer_attestation"),
                   ("partner_attestation.json", "partner_attestation")],
        engagement={"id": "MW-FRONTLINE-WS", "name": FRONTLINE, "activity_type": "standard",
                    "payout_type": "fixed", "proposed_payout_usd": None},
        consent_date=consent, history=pa_history(consent, submitted, consultant.email),
    )
    return Bundle(
        "3097318_Sahyadri_MargiesTravel_Frontline", claim, files, "action_required",
        f"Partner activities, {FRONTLINE} ($1,000 fixed, Market C), Indian partner. Invoice in the guide's "
        "template ($1,000.00 USD), findings report and "
        "customer attestation, but the partner attestation's e-signature has an empty job title.",
        "The attestation signature needs full name, company and job title; the partner can re-take its "
        "survey (seed: the review team may request a re-take).",
    )


def proseware_adventureworks_late() -> Bundle:
    partner = Org("Proseware, Inc.", "proseware.com", "US", "Boston, MA", location_id="5981207", short="Proseware")
    customer = Org("Adventure Works Cycles", "adventure-works.com", "US", "Bothell, WA", short="Adventure Works")
    mgr = Person("Hannah Schultz", "hannah.schultz@adventure-works.com", "Store Operations Manager")
    lead = Person("Victor Alvarez", "valvarez@proseware.com", "Frontline Solutions Lead")
    claim_id = "3096631"
    consent = dt.date(2025, 4, 2)
    submitted = dt.datetime(2025, 7, 15, 20, 30, tzinfo=UTC)
    day = dt.date(2025, 4, 24)
    customer_json, partner_json = frontline_surveys(
        claim_id, partner, customer_sig=(mgr.name, customer.name, mgr.title),
        partner_sig=(lead.name, partner.name, lead.title), day=day, attendees=11,
        scenarios="Shifts; Walkie Talkie; Tasks by Planner for 54 stores; frontline onboarding with Viva "
        "Connections", customer_done=dt.datetime(2025, 5, 2, 17, 0, tzinfo=UTC),
        partner_done=dt.datetime(2025, 5, 5, 14, 30, tzinfo=UTC))
    invoice = html_pdf(
        f"""<h1>Proseware, Inc.</h1><p>1 Federal Street, Boston, MA 02110 · accounts@proseware.com</p>
<table>{rows([("Invoice number", "PW-2025-0711"), ("Invoice date", "July 11, 2025"),
              ("Bill to", "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"),
              ("MCI claim ID", claim_id), ("Engagement", FRONTLINE + " – Adventure Works Cycles")])}</table>
<table><tr><th>Description</th><th class="right">Amount (pre-tax)</th></tr>
<tr><td>{FRONTLINE} delivered April 24, 2025</td><td class="right">$1,000.00 USD</td></tr>
<tr><td><b>Total</b></td><td class="right"><b>$1,000.00 USD</b></td></tr></table>""",
        PdfMeta("Invoice PW-2025-0711", "Proseware Accounts", dt.datetime(2025, 7, 11, 9, 0, tzinfo=EDT),
                creator="QuickBooks Online", producer="QuickBooks Online"),
    )
    report = findings_docx(
        title="Enable Frontline Workshop – Adventure Works Cycles – Findings & Recommendations",
        facts=[("Customer", customer.name), ("Partner", partner.name), ("Workshop date", long_date(day)),
               ("Attendees", "11 (store operations, HR, IT)")],
        sections=[
            ("Summary", [
                "Adventure Works runs 54 retail stores with 900 frontline staff. Store managers coordinate shifts "
                "by phone and paper rosters; corporate communications reach stores only by email to managers.",
            ]),
            ("Scenarios and findings", [
                ["Shifts: rosters for 54 stores published in Teams, shift swaps approved by managers.",
                 "Walkie Talkie on the 120 store Zebra devices replaces two-way radios.",
                 "Planner task publishing for merchandising resets and recalls.",
                 "Viva Connections home site for store news and onboarding."],
            ]),
            ("Recommended plan", [
                (["Step", "When"], [["F3 licences for 900 staff", "Q3 2025"], ["Pilot in 6 Seattle stores", "Q3 2025"],
                                    ["All stores", "Q4 2025"]]),
            ]),
        ],
        author=lead.name, created=dt.datetime(2025, 4, 28, 11, 0, tzinfo=EDT),
    )
    files = {
        "Invoice PW-2025-0711.pdf": invoice,
        "POE/AdventureWorks_Frontline_Findings.docx": report,
        "Surveys/customer.json": customer_json,
        "Surveys/partner.json": partner_json,
    }
    claim = claim_doc(
        claim_id=claim_id, program="partner_activities", solution_area="Modern Work", submitted=submitted,
        partner=partner, partner_contact=lead, customer=customer, customer_contact=mgr,
        workloads=[("TEAMS FOR FRONTLINE WORKERS", None)],
        documents=[("Invoice PW-2025-0711.pdf", "invoice"), ("POE/AdventureWorks_Frontline_Findings.docx", "poe"),
                   ("Surveys/customer.json", "customer_attestation"), ("Surveys/partner.json", "partner_attestation")],
        engagement={"id": "MW-FRONTLINE-WS", "name": FRONTLINE, "activity_type": "standard",
                    "payout_type": "fixed", "proposed_payout_usd": None},
        consent_date=consent, history=pa_history(consent, submitted, lead.email),
    )
    return Bundle(
        "3096631_Proseware_AdventureWorks_Frontline", claim, files, "reject",
        f"Partner activities, {FRONTLINE} (standard timeline, 90 days). Complete and correct evidence, but "
        "customer consent 2025-04-02 and submission 2025-07-15: 104 days.",
        "Submitted after the 90-day deadline from customer consent; an expired claim cannot be reactivated "
        "(the partner must create a new claim).",
    )


def kestrel_northwind_variable() -> Bundle:
    partner = Org("Kestrel Cloud Partners Pty Ltd", "kestrelcloud.com.au", "AU", "Sydney, NSW",
                  location_id="6089952", short="Kestrel")
    customer = Org("Northwind Traders Pty Ltd", "northwindtraders.com.au", "AU", "Melbourne, VIC",
                   short="Northwind Traders")
    cio = Person("Liam O'Connor", "liam.oconnor@northwindtraders.com.au", "Chief Information Officer")
    architect = Person("Mei Chen", "mei.chen@kestrelcloud.com.au", "Principal Cloud Architect")
    claim_id = "3104870"
    consent = dt.date(2025, 5, 20)
    submitted = dt.datetime(2025, 10, 1, 0, 40, tzinfo=UTC)
    engagement_name = "AMMP Infrastructure Migration (Variable Payout)"
    customer_json = survey(claim_id, "customer", dt.datetime(2025, 9, 22, 3, 15, tzinfo=UTC), [
        (f"Did {partner.call} deliver the {engagement_name} engagement for your organization?", "Yes"),
        ("How many servers were migrated to Azure as part of this engagement?", "146"),
        ("When did the migrated workloads go into production on Azure?", "2025-09-08"),
        ("What is the planned annual Azure consumption for the migrated workloads (USD)?", "385,000"),
        ("How satisfied are you with the partner's delivery of this engagement?", "Very satisfied"),
    ], (cio.name, customer.name, cio.title))
    partner_json = survey(claim_id, "partner", dt.datetime(2025, 9, 23, 6, 0, tzinfo=UTC), [
        ("Confirm that the engagement was delivered in full to the customer named in this claim.", "Yes"),
        ("Engagement start date", "2025-06-02"),
        ("Engagement end date", "2025-09-19"),
        ("Proposed payout (USD) as calculated in the engagement's payout calculator", "42,350.00"),
    ], (architect.name, partner.name, architect.title))
    report = findings_docx(
        title=f"{engagement_name} – Migration Completion Report",
        facts=[("Customer", customer.name), ("Partner", partner.name),
               ("Delivery period", "June 2, 2025 – September 19, 2025"), ("Servers migrated", "146"),
               ("Estimated annual Azure consumption", "USD 385,000"), ("Proposed payout", "USD 42,350.00")],
        sections=[
            ("Scope", [
                "Northwind Traders ran its merchandising, warehouse and finance systems in a co-located data "
                "centre in Port Melbourne whose lease ends in December 2025.",
                ["Azure Migrate discovery of 171 servers; 146 in scope, 25 retired.",
                 "Landing zone in Australia East with Azure Firewall and ExpressRoute (1 Gbps).",
                 "Migration in 5 waves with Azure Migrate server migration; SQL Server 2016/2019 instances to "
                 "Azure SQL Managed Instance (9 instances).",
                 "Azure Backup and Azure Site Recovery to Australia Southeast for tier-1 systems."],
            ]),
            ("Wave plan", [
                (["Wave", "Servers", "Cut-over"], [
                    ["1 – Dev/test", "38", "July 5, 2025"], ["2 – Web and integration", "29", "July 26, 2025"],
                    ["3 – Warehouse management", "31", "August 16, 2025"], ["4 – Finance", "24", "August 30, 2025"],
                    ["5 – Merchandising", "24", "September 8, 2025"],
                ]),
            ]),
            ("Customer sign-off", [
                f"Migration accepted by {cio.name}, {cio.title}, Northwind Traders Pty Ltd, September 19, 2025.",
            ]),
        ],
        author=architect.name, created=dt.datetime(2025, 9, 19, 17, 0, tzinfo=AEST),
    )
    files = {
        "Invoice/KCP-INV-10388.pdf": mci_invoice(
            partner=partner, contact=architect, phone="+61 2 5550 1234", date=dt.date(2025, 9, 24),
            claim_id=claim_id, engagement=engagement_name, amount="$42,350.00 USD", number="KCP-INV-10388",
            created=dt.datetime(2025, 9, 24, 9, 0, tzinfo=AEST)),
        "POE/Northwind_Migration_Completion_Report.docx": report,
        "Attestations/customer.json": customer_json,
        "Attestations/partner.json": partner_json,
    }
    claim = claim_doc(
        claim_id=claim_id, program="partner_activities", solution_area="Azure", submitted=submitted,
        partner=partner, partner_contact=architect, customer=customer, customer_contact=cio,
        workloads=[("AZURE VIRTUAL MACHINES", None), ("AZURE SQL MANAGED INSTANCE", None)],
        documents=[("Invoice/KCP-INV-10388.pdf", "invoice"),
                   ("POE/Northwind_Migration_Completion_Report.docx", "poe"),
                   ("Attestations/customer.json", "customer_attestation"),
                   ("Attestations/partner.json", "partner_attestation")],
        engagement={"id": "AMMP-INFRA-VAR", "name": engagement_name, "activity_type": "medium",
                    "payout_type": "variable", "proposed_payout_usd": 42350.00},
        consent_date=consent, history=pa_history(consent, submitted, architect.email),
    )
    return Bundle(
        "3104870_Kestrel_NorthwindTraders_Migration", claim, files, "approve",
        "Partner activities, variable payout (medium project, 200 days), Australian partner. Invoice in the "
        "template shape for $42,350.00 USD = the claim's proposed_payout_usd; complete surveys; migration "
        "completion report. Consent 2025-05-20, submitted 2025-10-01 (134 days).",
        "Invoice matches the proposed variable payout in USD, attestations signed in full, within the "
        "medium-project deadline.",
    )


# ----------------------------------------------------------------------------------------------
# Public sector, ineligible customers
# ----------------------------------------------------------------------------------------------
def summit_cedarvalley_public_sector() -> Bundle:
    partner = Org("Summit K12 Technology Group", "summitk12tech.com", "US", "Fresno, CA", location_id="5667023",
                  short="Summit K12")
    customer = Org("Cedar Valley Unified School District", "cedarvalleyusd.org", "US", "Visalia, CA",
                   segment="public_sector", short="Cedar Valley USD")
    cto = Person("Dr. Angela Ruiz", "aruiz@cedarvalleyusd.org", "Chief Technology Officer")
    cbo = Person("Robert Nguyen", "rnguyen@cedarvalleyusd.org", "Chief Business Officer")
    lead = Person("Kyle Jensen", "kjensen@summitk12tech.com", "Director of Professional Services")
    submitted = dt.datetime(2025, 9, 30, 22, 10, tzinfo=UTC)
    esign = ESign(cto.name, dt.date(2025, 7, 22), guid("env", "cedarvalley", upper=True))
    scope = [
        "<p><b>Environment</b>: 14 schools (9 elementary, 3 middle, 2 high), 11,200 students and 1,050 staff. "
        "Devices were imaged by hand each summer and had no endpoint detection and response.</p>",
        "<p><b>Microsoft Intune</b></p>"
        + ul([
            "Windows Autopilot for 3,900 student laptops (self-deploying mode, shared-device policies) and 650 "
            "staff laptops (user-driven, Entra joined).",
            "Configuration profiles for testing mode (state assessments), web filtering proxy and BitLocker.",
            "App deployment of 42 instructional apps; Company Portal for staff.",
        ])
        + "<p><b>Microsoft Defender for Endpoint</b></p>"
        + ul([
            "Onboarded 4,550 Windows devices through Intune; EDR in block mode; 11 ASR rules enforced.",
            "Device groups per school with automated investigation for staff devices; weekly exposure report to "
            "the district IT team.",
        ]),
        "<p><b>Timeline</b>: discovery June 2 – 13, 2025; Autopilot build June 16 – July 11; device refresh and "
        "MDE onboarding July 14 – August 8 (before the first day of school, August 13); hypercare to "
        "September 12, 2025.</p>",
    ]
    acts = ("Deployment", "Implementation")
    poe = html_pdf(
        security_poe_template(partner=partner, customer=customer, signatory=cto,
                              selected={"Microsoft Intune": acts, "Microsoft Defender for Endpoint (MDE)": acts},
                              scope=scope, engagement=(dt.date(2025, 6, 2), dt.date(2025, 9, 12)), esign=esign),
        PdfMeta("Cedar Valley USD - POE", lead.name, dt.datetime(2025, 7, 21, 16, 0, tzinfo=PDT),
                modified=dt.datetime(2025, 7, 22, 8, 45, tzinfo=PDT)),
        decorate=esign_decorations(esign),
    )
    psd_sign = ESign(cbo.name, dt.date(2025, 3, 3), guid("env", "cedarvalley-psd", upper=True))
    psd = html_pdf(
        [
            """<h1>Public Sector Fee Disclosure and Customer Acknowledgement</h1>
<p>Date: March 3, 2025</p>
<p>To: Cedar Valley Unified School District, 5000 W. Cypress Avenue, Visalia, CA 93277</p>
<p>From: Summit K12 Technology Group, 1200 Van Ness Avenue, Fresno, CA 93721</p>""",
            """<p>In connection with the Microsoft products and services procured by Cedar Valley Unified School
District, including Microsoft Intune and Microsoft Defender for Endpoint and the related deployment services,
Summit K12 Technology Group discloses that it may receive fees, commissions or other compensation from Microsoft
under Microsoft partner incentive programs (including Claiming Partner of Record usage incentives). Any such
amounts are paid by Microsoft and do not change the prices paid by the District.</p>""",
            f"""<h2>Customer acknowledgement</h2>
<p>The District acknowledges that it has received this written disclosure.</p>
<table><tr><td class="label">Signature</td><td>{psd_sign.html()}</td></tr>
<tr><td class="label">Name and title</td><td>Robert Nguyen, Chief Business Officer</td></tr>
<tr><td class="label">Date Signed</td><td>{us_date(psd_sign.signed)}</td></tr></table>""",
        ],
        PdfMeta("Public Sector Fee Disclosure - Cedar Valley USD", lead.name,
                dt.datetime(2025, 2, 27, 11, 0, tzinfo=PDT), modified=dt.datetime(2025, 3, 3, 10, 15, tzinfo=PDT)),
        decorate=esign_decorations(psd_sign),
    )
    files = {
        "POE/CedarValleyUSD_Intune_MDE_POE.pdf": poe,
        "PSD/CedarValleyUSD_Public_Sector_Disclosure_signed.pdf": psd,
    }
    claim = claim_doc(
        claim_id="3099204", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=lead, customer=customer, customer_contact=cto,
        workloads=[("INTUNE", None), ("MICROSOFT DEFENDER ENDPOINT", None)],
        documents=[("POE/CedarValleyUSD_Intune_MDE_POE.pdf", "poe"),
                   ("PSD/CedarValleyUSD_Public_Sector_Disclosure_signed.pdf", "public_sector_disclosure")],
    )
    return Bundle(
        "3099204_SummitK12_CedarValleyUSD_PublicSector", claim, files, "approve",
        "CPOR Security usage (INTUNE + MDE) for a US school district (public_sector). Signed POE template with "
        "detailed scope, plus a written fee disclosure e-signed by the district's Chief Business Officer.",
        "US public-sector customer: the written fee disclosure is acknowledged by the customer in writing; the "
        "POE itself meets all five components.",
    )


def harborview_lakeshore_no_disclosure() -> Bundle:
    partner = Org("Harborview IT Services LLC", "harborviewit.com", "US", "Milwaukee, WI", location_id="5712390",
                  short="Harborview")
    customer = Org("City of Lakeshore", "lakeshorewi.gov", "US", "Lakeshore, WI", segment="public_sector")
    it = Person("Patricia Kowalski", "pkowalski@lakeshorewi.gov", "Director of Information Technology")
    lead = Person("Sam Whitfield", "swhitfield@harborviewit.com", "Client Services Manager")
    submitted = dt.datetime(2025, 9, 26, 15, 5, tzinfo=UTC)
    cert = html_pdf(
        [
            """<h1>Project Completion Certificate</h1>
<p><b>Harborview IT Services LLC</b> · 310 E Buffalo St, Milwaukee, WI 53202</p>
<table><tr><td class="label">Client</td><td>City of Lakeshore, 100 Municipal Plaza, Lakeshore, WI</td></tr>
<tr><td class="label">Project</td><td>HV-2025-044 – Email protection and data classification</td></tr>
<tr><td class="label">Project period</td><td>May 19, 2025 – August 22, 2025</td></tr></table>""",
            "<h2>Work completed</h2><p><b>Microsoft Defender for Office 365 (Plan 2)</b></p>"
            + ul([
                "Preset security policies (Standard) for 740 city staff mailboxes, Strict for 26 elected officials "
                "and finance staff.",
                "Safe Links and Safe Attachments for email and Teams; quarantine policies and notification "
                "digests for the IT help desk.",
                "Two attack-simulation campaigns (June and August) and assigned training for 118 users who clicked.",
            ])
            + "<p><b>Microsoft Purview Information Protection</b></p>"
            + ul([
                "Sensitivity label taxonomy (Public, Internal, Confidential – Resident Data, Restricted – Law "
                "Enforcement) published to all staff.",
                "Auto-labelling for documents containing SSNs and driver's licence numbers in the Clerk's and "
                "Police records SharePoint sites (≈210,000 files scanned).",
                "DLP policy blocking external sharing of Restricted content; incident reports to the City Clerk.",
            ]),
            """<h2>Acceptance</h2>
<p>The City of Lakeshore confirms that the services above were delivered and accepted.</p>
<table><tr><td class="label">Signature</td><td><div class="sig"></div></td></tr>
<tr><td class="label">Name / title</td><td>Patricia Kowalski, Director of Information Technology</td></tr>
<tr><td class="label">Date</td><td>08/28/2025</td></tr></table>""",
        ],
        PdfMeta("HV-2025-044 Completion Certificate", lead.name, dt.datetime(2025, 8, 26, 14, 0, tzinfo=CDT),
                creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
                modified=dt.datetime(2025, 8, 28, 16, 30, tzinfo=CDT)),
        decorate=sign_below("Signature", "lakeshore-patricia", dx=198, color=(0.05, 0.05, 0.05)),
    )
    files = {"POE/HV-2025-044_Completion_Certificate_signed.pdf": cert}
    claim = claim_doc(
        claim_id="3096120", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=lead, customer=customer, customer_contact=it,
        workloads=[("MICROSOFT DEFENDER FOR OFFICE", None), ("MICROSOFT INFORMATION PROTECTION", None)],
        documents=[("POE/HV-2025-044_Completion_Certificate_signed.pdf", "poe"),
                   # listed by the partner but the upload never arrived
                   ("PSD/Lakeshore_Fee_Disclosure.pdf", "public_sector_disclosure")],
    )
    return Bundle(
        "3096120_Harborview_CityOfLakeshore_PublicSector", claim, files, "action_required",
        "CPOR Security usage (MDO + MIP) for a US city government (public_sector). Good, signed and dated "
        "completion certificate; the public sector disclosure slot is listed in claim.json but the file is "
        "missing from the bundle.",
        "US public-sector customer without a written fee disclosure acknowledged by the customer; ask the "
        "partner to upload it (the POE itself is sufficient).",
    )


def alvorada_campoverde_restricted() -> Bundle:
    partner = Org("Alvorada Tecnologia Ltda", "alvoradatec.com.br", "BR", "São Paulo, SP", location_id="6502281",
                  short="Alvorada")
    customer = Org("Prefeitura Municipal de Campo Verde", "campoverde.sp.gov.br", "BR", "Campo Verde, SP",
                   segment="public_sector", short="Prefeitura de Campo Verde")
    sec = Person("Marcelo Azevedo", "marcelo.azevedo@campoverde.sp.gov.br", "Secretário Municipal de Tecnologia")
    lead = Person("Fernanda Lima", "fernanda.lima@alvoradatec.com.br", "Gerente de Projetos")
    submitted = dt.datetime(2025, 9, 19, 13, 0, tzinfo=UTC)
    esign = ESign(sec.name, dt.date(2025, 8, 5), guid("env", "campoverde", upper=True), vendor="Docusign")
    scope = [
        "<p>The municipality operates 1,300 Windows workstations in city hall, 22 health units and 31 schools, "
        "protected only by a free antivirus product. A ransomware incident in the school network in March 2025 "
        "triggered this project.</p>",
        ul([
            "Onboarded 1,300 workstations and 40 servers to Microsoft Defender for Endpoint via Group Policy and "
            "the Defender for Servers connector.",
            "ASR rules in block mode for Office macros and credential theft; controlled folder access for the "
            "finance department.",
            "Weekly vulnerability report for the city's 4-person IT team; incident response runbook in Portuguese.",
        ]),
        "<p>Timeline: May 12 – July 25, 2025 (three waves: city hall, health units, schools).</p>",
    ]
    poe = html_pdf(
        security_poe_template(partner=partner, customer=customer, signatory=sec,
                              selected={"Microsoft Defender for Endpoint (MDE)": ("Deployment", "Implementation")},
                              scope=scope, engagement=(dt.date(2025, 5, 12), dt.date(2025, 7, 25)), esign=esign),
        PdfMeta("Campo Verde - MDE POE", lead.name, dt.datetime(2025, 8, 4, 15, 0, tzinfo=BRT),
                modified=dt.datetime(2025, 8, 5, 10, 20, tzinfo=BRT)),
        decorate=esign_decorations(esign),
    )
    files = {"POE/CampoVerde_MDE_POE_assinado.pdf": poe}
    claim = claim_doc(
        claim_id="3094408", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=lead, customer=customer, customer_contact=sec,
        workloads=[("MICROSOFT DEFENDER ENDPOINT", None)], documents=[(p, "poe") for p in files],
    )
    return Bundle(
        "3094408_Alvorada_CampoVerde_Restricted", claim, files, "reject",
        "CPOR Security usage (MDE) for a Brazilian municipality (public_sector, country BR). The POE itself is "
        "complete and recent.",
        "Public-sector customer in a country on the Public Sector Country Ineligibility List: not eligible, "
        "whatever the POE. (Assumes BR on that list: see the assumptions below.)",
    )


def adatum_affiliate() -> Bundle:
    partner = Org("A. Datum Cloud Services LLC", "adatumcloud.com", "US", "Austin, TX", location_id="5820466",
                  extra_domains=("adatum.com",), short="A. Datum Cloud Services")
    customer = Org("A. Datum Corporation", "adatum.com", "US", "Austin, TX", short="A. Datum")
    vp = Person("Ravi Kumar", "ravi.kumar@adatum.com", "Vice President, Information Technology")
    lead = Person("Erin Walsh", "erin.walsh@adatumcloud.com", "Modern Workplace Lead")
    submitted = dt.datetime(2025, 9, 12, 19, 25, tzinfo=UTC)
    esign = ESign(vp.name, dt.date(2025, 7, 1), guid("env", "adatum", upper=True))
    scope = [
        ul([
            "Intune enrolment of 2,150 Windows 11 laptops and 900 iOS devices for A. Datum Corporation's "
            "corporate and manufacturing staff.",
            "Compliance policies, Windows Update rings and Autopilot profiles for 6 sites.",
            "Defender for Endpoint onboarding of the same 2,150 laptops; ASR rules and EDR in block mode.",
            "Timeline: April 7 – June 27, 2025.",
        ]),
    ]
    acts = ("Deployment",)
    poe = html_pdf(
        security_poe_template(partner=partner, customer=customer, signatory=vp,
                              selected={"Microsoft Intune": acts, "Microsoft Defender for Endpoint (MDE)": acts},
                              scope=scope, engagement=(dt.date(2025, 4, 7), dt.date(2025, 6, 27)), esign=esign),
        PdfMeta("A. Datum - POE", lead.name, dt.datetime(2025, 6, 30, 10, 0, tzinfo=CDT)),
        decorate=esign_decorations(esign),
    )
    note = Mail(
        sender=vp, to=(lead,), date=dt.datetime(2025, 7, 2, 8, 15, tzinfo=CDT),
        subject="RE: Intune and Defender roll-out complete",
        body=(
            "Erin,\n\nConfirmed – thanks to the Cloud Services team for completing the Intune and Defender for "
            "Endpoint roll-out to our 2,150 laptops on schedule.\n\nRavi\n\nRavi Kumar\nVP, Information "
            "Technology | A. Datum Corporation\n\n"
            + quote_outlook(Mail(
                sender=lead, to=(vp,), date=dt.datetime(2025, 7, 1, 17, 2, tzinfo=CDT),
                subject="Intune and Defender roll-out complete",
                body="Hi Ravi,\n\nThe last site (Round Rock) was completed on June 27. Could you confirm "
                "acceptance?\n\nErin Walsh\nModern Workplace Lead\nA. Datum Cloud Services LLC – an A. Datum "
                "Corporation company\n"))
        ),
        received=False,
    )
    files = {
        "POE/ADatum_Intune_MDE_POE.pdf": poe,
        "POE/RE_ Intune and Defender roll-out complete.msg": msg_bytes(note),
    }
    claim = claim_doc(
        claim_id="3090055", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=lead, customer=customer, customer_contact=vp,
        workloads=[("INTUNE", None), ("MICROSOFT DEFENDER ENDPOINT", None)], documents=[(p, "poe") for p in files],
    )
    return Bundle(
        "3090055_ADatumCloudServices_ADatumCorporation_Affiliate", claim, files, "reject",
        "CPOR Security usage (INTUNE + MDE). Well-formed signed POE and acknowledgement email, but the customer "
        "A. Datum Corporation (adatum.com) shares its domain with the partner (partner domains adatumcloud.com, "
        "adatum.com; the partner signs as \"an A. Datum Corporation company\").",
        "The customer is the partner's affiliate: partners and their affiliates are not eligible for incentives "
        "where the partner itself or an affiliate is the end customer.",
    )


def litware_microsoft_customer() -> Bundle:
    partner = Org("Litware, Inc.", "litwareinc.com", "US", "Redmond, WA", location_id="5599130", short="Litware")
    customer = Org("Microsoft Corporation", "microsoft.com", "US", "Redmond, WA", short="Microsoft")
    pmgr = Person("Alex Wilber", "alexw@microsoft.com", "Senior Program Manager")
    lead = Person("Grace Taylor", "gtaylor@litwareinc.com", "Security Consultant")
    submitted = dt.datetime(2025, 9, 16, 23, 50, tzinfo=UTC)
    letter = html_pdf(
        [
            """<h1>Customer Acceptance Letter</h1>
<p>Litware, Inc. · 4010 148th Ave NE, Redmond, WA 98052</p>
<p>Customer: <b>Microsoft Corporation</b> – Devices Marketing Operations team</p>""",
            "<h2>Services delivered</h2>"
            + ul([
                "Microsoft Defender for Cloud Apps: discovery of 1,140 cloud apps used by the team's 320 vendors "
                "and staff; 38 unsanctioned apps blocked through Defender for Endpoint integration.",
                "Session policies for the marketing asset library (download block on unmanaged devices).",
                "App governance policies for 62 OAuth apps with high privileges.",
                "Delivery period: June 2 – August 15, 2025.",
            ]),
            """<h2>Acceptance</h2>
<table><tr><td class="label">Accepted by</td><td><div class="sig"></div>Alex Wilber, Senior Program Manager,
Microsoft Corporation</td></tr>
<tr><td class="label">Date</td><td>August 20, 2025</td></tr></table>""",
        ],
        PdfMeta("Customer Acceptance - Microsoft MDCA", lead.name, dt.datetime(2025, 8, 19, 12, 0, tzinfo=PDT),
                modified=dt.datetime(2025, 8, 20, 9, 40, tzinfo=PDT)),
        decorate=sign_below("Accepted by", "microsoft-alex", dx=198),
    )
    files = {"Customer Acceptance - Microsoft MDCA.pdf": letter}
    claim = claim_doc(
        claim_id="3092761", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=lead, customer=customer, customer_contact=pmgr,
        workloads=[("MICROSOFT DEFENDER FOR CLOUD APPS", None)], documents=[(p, "poe") for p in files],
    )
    return Bundle(
        "3092761_Litware_Microsoft_Ineligible", claim, files, "reject",
        "CPOR Security usage (MDCA) where the customer is Microsoft Corporation (microsoft.com); otherwise a "
        "detailed, signed and dated acceptance letter.",
        "Microsoft as the end customer is never eligible for incentives.",
    )


# ----------------------------------------------------------------------------------------------
# Acknowledgement and evidence problems
# ----------------------------------------------------------------------------------------------
def pinnacle_blueyonder_forwarded() -> Bundle:
    partner = Org("Pinnacle Secure Networks Pte Ltd", "pinnaclesecure.com.sg", "SG", "Singapore",
                  location_id="6261009", short="Pinnacle")
    customer = Org("Blue Yonder Airlines", "blueyonderairlines.com", "SG", "Singapore")
    dpo = Person("Tan Wei Ling", "weiling.tan@blueyonderairlines.com", "Head of Data Protection")
    am = Person("Marcus Lim", "marcus.lim@pinnaclesecure.com.sg", "Account Manager")
    desk = Person("Pinnacle Incentives Desk", "incentives@pinnaclesecure.com.sg", "Partner incentives")
    submitted = dt.datetime(2025, 9, 17, 6, 30, tzinfo=UTC)

    def summary(document: DocxDocument) -> None:
        docx_heading(document, "Blue Yonder Airlines – Microsoft Purview Delivery Summary", 0)
        document.add_paragraph("Prepared by Pinnacle Secure Networks Pte Ltd for Blue Yonder Airlines · August 2025")
        docx_table(document, ["Workstream", "Work performed", "Dates"], [
            ["Information Protection", "Sensitivity labels (4 levels) for 2,300 office staff; default labelling in "
             "Outlook; auto-labelling of passenger manifests and PNR exports in SharePoint", "May 5 – Jul 11, 2025"],
            ["Insider Risk Management", "Data-theft-by-departing-users and data-leak policies for 180 users in "
             "revenue management and crew scheduling; HR connector from Workday", "Jun 16 – Aug 8, 2025"],
            ["Adoption", "6 training sessions for data owners; label guide for cabin-crew managers",
             "Jul 14 – Aug 15, 2025"],
        ])
        document.add_paragraph("Outcome: 61% of new documents labelled in the first month; 14 insider-risk "
                               "alerts triaged with the Data Protection Office.")

    original = (
        "From: Tan Wei Ling <weiling.tan@blueyonderairlines.com>\n"
        "Date: Fri, 12 Sep 2025 at 16:20\n"
        "Subject: Purview project – thank you\n"
        "To: Marcus Lim <marcus.lim@pinnaclesecure.com.sg>\n\n"
        "Hi Marcus,\n\n"
        "Thank you to the Pinnacle team for the Purview work over the last months. The sensitivity labels and "
        "the insider risk policies for revenue management are now part of our data protection programme, and "
        "the training sessions were well received.\n\n"
        "Best regards,\nWei Ling\nHead of Data Protection | Blue Yonder Airlines\n"
    )
    forward = Mail(
        sender=am, to=(desk,), date=dt.datetime(2025, 9, 16, 9, 5, tzinfo=SGT),
        subject="FW: Purview project – thank you",
        body=(
            "Hi team,\n\nPlease use the customer's note below for the CPOR claim on Blue Yonder Airlines "
            "(Information Protection and Insider Risk).\n\nThanks,\nMarcus\n\n"
            "---------- Forwarded message ---------\n" + original
        ),
    )
    files = {
        "BlueYonder_Purview_Delivery_Summary.docx": docx_bytes(
            summary, title="Blue Yonder Airlines – Purview Delivery Summary", author=am.name,
            created=dt.datetime(2025, 8, 20, 14, 0, tzinfo=SGT)),
        "FW_ Purview project – thank you.msg": msg_bytes(forward),
    }
    claim = claim_doc(
        claim_id="3092214", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=am, customer=customer, customer_contact=dpo,
        workloads=[("MICROSOFT INFORMATION PROTECTION", None), ("INSIDER RISK MANAGER", None)],
        documents=[(p, "poe") for p in files],
    )
    return Bundle(
        "3092214_Pinnacle_BlueYonderAirlines_Forwarded", claim, files, "action_required",
        "CPOR Security usage (MIP + Insider Risk). Unsigned Word delivery summary with details, and as the only "
        "acknowledgement a .msg sent by the partner's account manager to the partner's own incentives desk: "
        "\"FW: …\" with the customer's thank-you under \"---------- Forwarded message ---------\".",
        "A forwarded email is not a valid customer acknowledgement (seed: e-mails forwarded from customers are "
        "insufficient) and the summary carries no customer signature; ask for the original email or a signed POE.",
        container="zip",
    )


def hanseatic_elbtal_german() -> Bundle:
    partner = Org("Hanseatic IT Solutions GmbH", "hanseatic-it.de", "DE", "Hamburg", location_id="6170425",
                  short="Hanseatic IT")
    customer = Org("Elbtal Logistik GmbH", "elbtal-logistik.de", "DE", "Dresden", short="Elbtal Logistik")
    head = Person("Dr. Katrin Albers", "k.albers@elbtal-logistik.de", "Leiterin IT-Sicherheit")
    lead = Person("Jan Petersen", "jan.petersen@hanseatic-it.de", "Senior Consultant Security")
    submitted = dt.datetime(2025, 9, 10, 12, 45, tzinfo=UTC)
    protocol = html_pdf(
        [
            """<h1>Leistungsnachweis und Abnahmeprotokoll</h1>
<table><tr><td class="label">Auftraggeber</td><td>Elbtal Logistik GmbH, Königsbrücker Straße 96, 01099 Dresden</td></tr>
<tr><td class="label">Auftragnehmer</td><td>Hanseatic IT Solutions GmbH, Am Sandtorkai 50, 20457 Hamburg</td></tr>
<tr><td class="label">Projekt</td><td>Einführung Microsoft Defender for Identity und Microsoft Defender for Cloud
Apps</td></tr>
<tr><td class="label">Leistungszeitraum</td><td>02.06.2025 – 31.07.2025</td></tr></table>""",
            "<h2>Erbrachte Leistungen</h2><p><b>Microsoft Defender for Identity</b></p>"
            + ul([
                "Installation der Sensoren auf allen 8 Domänencontrollern und 2 AD-FS-Servern an den Standorten "
                "Dresden, Leipzig und Hamburg.",
                "Konfiguration der Gruppenrichtlinien für die Ereignisprotokollierung; Anbindung an das SIEM.",
                "Bereinigung von 23 Konten mit unbeschränkter Delegierung und 140 veralteten Dienstkonten.",
            ])
            + "<p><b>Microsoft Defender for Cloud Apps</b></p>"
            + ul([
                "Cloud Discovery über Defender for Endpoint für 1.850 Arbeitsplätze; 612 Cloud-Apps bewertet, "
                "41 nicht genehmigte Apps blockiert.",
                "Sitzungsrichtlinien für das Speditionsportal (kein Download auf nicht verwalteten Geräten).",
                "Schulung des IT-Sicherheitsteams (2 Workshops à 3 Stunden).",
            ]),
            """<h2>Abnahme</h2>
<p>Die oben genannten Leistungen wurden vollständig erbracht und vom Auftraggeber abgenommen.</p>
<table><tr><td class="label">Ort, Datum</td><td>Dresden, 12.08.2025</td></tr>
<tr><td class="label">Unterschrift Auftraggeber</td><td><div class="sig"></div>Dr. Katrin Albers,
Leiterin IT-Sicherheit</td></tr></table>""",
        ],
        PdfMeta("Abnahmeprotokoll Defender Elbtal", lead.name, dt.datetime(2025, 8, 11, 9, 0, tzinfo=CEST),
                modified=dt.datetime(2025, 8, 12, 14, 10, tzinfo=CEST)),
        css=SERIF_CSS, paper="a4",
        decorate=sign_below("Unterschrift Auftraggeber", "elbtal-katrin", dx=198, color=(0.0, 0.1, 0.35)),
    )
    question = Mail(
        sender=lead, to=(head,), date=dt.datetime(2025, 8, 11, 16, 40, tzinfo=CEST),
        subject="Abnahme Defender for Identity / Defender for Cloud Apps",
        body=("Hallo Frau Dr. Albers,\n\nanbei das Abnahmeprotokoll für das Defender-Projekt. Wir würden uns über "
              "Ihre Unterschrift freuen.\n\nViele Grüße\nJan Petersen\n"),
    )
    reply = Mail(
        sender=head, to=(lead,), date=dt.datetime(2025, 8, 12, 14, 22, tzinfo=CEST),
        subject="AW: Abnahme Defender for Identity / Defender for Cloud Apps",
        body=(
            "Hallo Herr Petersen,\n\nvielen Dank für die gute Zusammenarbeit. Das unterschriebene "
            "Abnahmeprotokoll finden Sie im Anhang. Die Sensoren laufen auf allen Domänencontrollern stabil, und "
            "die Sitzungsrichtlinien für das Speditionsportal sind produktiv.\n\nMit freundlichen Grüßen\n"
            "Dr. Katrin Albers\nLeiterin IT-Sicherheit | Elbtal Logistik GmbH\n\n"
            "Von: Jan Petersen <jan.petersen@hanseatic-it.de>\n"
            "Gesendet: Montag, 11. August 2025 16:40\n"
            "An: Dr. Katrin Albers <k.albers@elbtal-logistik.de>\n"
            "Betreff: Abnahme Defender for Identity / Defender for Cloud Apps\n\n" + question.body
        ),
        attachments=(("Abnahmeprotokoll_Defender_unterschrieben.pdf", protocol, "application/pdf"),),
    )
    files = {
        "Nachweise/Abnahmeprotokoll_Defender_Elbtal.pdf": protocol,
        "Nachweise/AW_ Abnahme Defender for Identity.msg": msg_bytes(reply),
    }
    claim = claim_doc(
        claim_id="3086641", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=lead, customer=customer, customer_contact=head,
        workloads=[("MICROSOFT DEFENDER FOR IDENTITY", None), ("MICROSOFT DEFENDER FOR CLOUD APPS", None)],
        documents=[(p, "poe") for p in files],
    )
    return Bundle(
        "3086641_HanseaticIT_ElbtalLogistik_German", claim, files, "action_required",
        "CPOR Security usage (MDI + MDCA). Detailed German acceptance protocol (\"Leistungsnachweis und "
        "Abnahmeprotokoll\", signed Dresden, 12.08.2025) and a German \"AW:\" reply from the customer with the "
        "signed protocol attached.",
        "POE documents must be in English (the guide's example comment asks for an English version); the "
        "content would otherwise qualify.",
    )


def stratus_humongous_po_quote() -> Bundle:
    partner = Org("Stratus Point Technologies Inc.", "stratuspoint.com", "US", "Hartford, CT", location_id="5903318",
                  short="Stratus Point")
    customer = Org("Humongous Insurance", "humongousinsurance.com", "US", "Hartford, CT")
    buyer = Person("Denise Carter", "dcarter@humongousinsurance.com", "IT Procurement Manager")
    rep = Person("Brian Kessler", "bkessler@stratuspoint.com", "Account Executive")
    submitted = dt.datetime(2025, 9, 25, 17, 35, tzinfo=UTC)
    po = html_pdf(
        [
            """<table class="noborder"><tr><td><b style="font-size:16pt">Humongous Insurance</b><br/>
Procurement Services · 90 State House Square, Hartford, CT 06103</td>
<td class="right"><b style="font-size:16pt">PURCHASE ORDER</b><br/>PO 4500198734<br/>Date: 07/28/2025</td></tr></table>
<p><b>Vendor:</b> Stratus Point Technologies Inc., 185 Asylum Street, Hartford, CT 06103 (vendor # 204417)</p>
<p><b>Ship to / bill to:</b> Humongous Insurance – IT Department</p>""",
            "<table><tr><th>Line</th><th>Item</th><th>Qty</th><th>Unit price</th><th>Extended</th></tr>"
            + table_rows([
                ("1", "Microsoft 365 E5 Security add-on, NCE annual commitment, monthly billing", "1,250",
                 "$12.00 / month", "$180,000.00"),
                ("2", "Microsoft Defender for Endpoint P2 – server add-on", "60", "$5.00 / month", "$3,600.00"),
                ("3", "Professional services – licence provisioning (fixed fee)", "1", "$4,500.00", "$4,500.00"),
            ])
            + "<tr><td colspan='4' class='right'><b>Total</b></td><td><b>$188,100.00</b></td></tr></table>",
            """<p class="small">Terms: Net 45. This purchase order is subject to Humongous Insurance standard terms
and conditions. Reference quote Q-2025-1187.</p>
<p>Authorized by: Denise Carter, IT Procurement Manager</p>""",
        ],
        PdfMeta("PO 4500198734", "SAP Ariba", dt.datetime(2025, 7, 28, 13, 0, tzinfo=EDT),
                creator="SAP Ariba", producer="SAP Ariba PDF Generator"),
    )
    quote = html_pdf(
        [
            """<h1>Quote Q-2025-1187</h1><p>Stratus Point Technologies Inc. · Valid until August 15, 2025</p>
<p>Prepared for: Denise Carter, Humongous Insurance · Prepared by: Brian Kessler</p>""",
            "<table><tr><th>Product</th><th>Term</th><th>Qty</th><th>Price</th></tr>"
            + table_rows([
                ("Microsoft 365 E5 Security (add-on)", "1 year, monthly billing", "1,250", "$12.00 user/month"),
                ("Microsoft Defender for Endpoint P2 – servers", "1 year", "60", "$5.00 server/month"),
                ("Licence provisioning and tenant onboarding", "one-time", "1", "$4,500.00"),
            ])
            + "</table>",
            "<p>Microsoft 365 E5 Security includes Microsoft Defender for Endpoint P2, Microsoft Defender for "
            "Identity, Microsoft Defender for Office 365 P2 and Microsoft Defender for Cloud Apps. Prices exclude "
            "sales tax.</p>",
        ],
        PdfMeta("Quote Q-2025-1187", rep.name, dt.datetime(2025, 7, 15, 10, 30, tzinfo=EDT),
                creator="Salesforce CPQ", producer="Salesforce CPQ"),
    )
    files = {
        "Documents/PO_4500198734_HumongousInsurance.pdf": po,
        "Documents/Quote_Q-2025-1187.pdf": quote,
    }
    claim = claim_doc(
        claim_id="3095502", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=rep, customer=customer, customer_contact=buyer,
        workloads=[("MICROSOFT DEFENDER ENDPOINT", None), ("MICROSOFT DEFENDER FOR IDENTITY", None)],
        documents=[(p, "poe") for p in files],
        comments=[("partner", submitted - dt.timedelta(minutes=1), "PO and quote attached as proof.")],
    )
    return Bundle(
        "3095502_StratusPoint_HumongousInsurance_POQuote", claim, files, "action_required",
        "CPOR Security usage (MDE + MDI). The only evidence is the customer's purchase order and the partner's "
        "pricing quote for Microsoft 365 E5 Security licences.",
        "Purchase orders and pricing quotes are never accepted as POE; no customer acknowledgement of any "
        "activity. Ask for real POE.",
    )


# ----------------------------------------------------------------------------------------------
# Queue-level cases: a conflicting pair and reused evidence
# ----------------------------------------------------------------------------------------------
VANARSDEL = Org("VanArsdel Ltd.", "vanarsdelltd.com", "US", "Portland, OR", short="VanArsdel")
VANARSDEL_CISO = Person("Jordan Price", "jordan.price@vanarsdelltd.com", "Chief Information Security Officer")


def ironclad_vanarsdel_conflict() -> Bundle:
    partner = Org("Ironclad Managed Security Inc.", "ironcladms.com", "US", "Seattle, WA", location_id="6120045",
                  short="Ironclad")
    lead = Person("Natalie Brooks", "nbrooks@ironcladms.com", "Delivery Lead, Endpoint Security")
    submitted = dt.datetime(2025, 9, 8, 18, 0, tzinfo=UTC)
    esign = ESign(VANARSDEL_CISO.name, dt.date(2025, 8, 14), guid("env", "vanarsdel-ironclad", upper=True))
    scope = [
        "<p>VanArsdel manufactures office furniture in 4 plants (Portland, Grand Rapids, Monterrey, Tilburg) with "
        "3,200 Windows endpoints, including 410 shop-floor PCs that run line-control software.</p>",
        "<p><b>Phase 1 – Onboarding (May 5 – June 13, 2025)</b></p>"
        + ul([
            "Onboarded 3,200 endpoints via Configuration Manager tenant attach; retired the legacy AV agent.",
            "Separate device group for the 410 shop-floor PCs with tuned ASR rules and exclusions agreed with "
            "plant engineering.",
        ])
        + "<p><b>Phase 2 – Hardening (June 16 – July 25, 2025)</b></p>"
        + ul([
            "EDR in block mode, tamper protection, network protection in block mode for office devices.",
            "Vulnerability management: remediation of 1,140 high-severity findings with the desktop team.",
        ])
        + "<p><b>Phase 3 – Operate (from July 28, 2025)</b>: 24x7 monitoring of Defender alerts by the Ironclad "
        "SOC, monthly security review with the CISO.</p>",
    ]
    poe = html_pdf(
        security_poe_template(partner=partner, customer=VANARSDEL, signatory=VANARSDEL_CISO,
                              selected={"Microsoft Defender for Endpoint (MDE)": ("Deployment", "Implementation")},
                              scope=scope, engagement=(dt.date(2025, 5, 5), dt.date(2025, 7, 25)), esign=esign),
        PdfMeta("VanArsdel MDE POE", lead.name, dt.datetime(2025, 8, 13, 15, 0, tzinfo=PDT),
                modified=dt.datetime(2025, 8, 14, 9, 5, tzinfo=PDT)),
        decorate=esign_decorations(esign),
    )
    ack = Mail(
        sender=VANARSDEL_CISO, to=(lead,), date=dt.datetime(2025, 9, 2, 13, 18, tzinfo=PDT),
        subject="RE: August security review – Defender for Endpoint",
        body=(
            "Natalie,\n\nThanks for the August review. For the record: Ironclad completed the Defender for "
            "Endpoint onboarding and hardening of all 3,200 devices, including the shop-floor PCs in all four "
            "plants, and the SOC has been monitoring the alerts since July 28. We are renewing the operate phase "
            "for another year.\n\nJordan Price\nCISO, VanArsdel Ltd.\n"
        ),
    )
    files = {
        "POE/VanArsdel_MDE_POE_signed.pdf": poe,
        "POE/RE_ August security review.msg": msg_bytes(ack),
    }
    claim = claim_doc(
        claim_id="3091187", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=lead, customer=VANARSDEL, customer_contact=VANARSDEL_CISO,
        workloads=[("MICROSOFT DEFENDER ENDPOINT", None)], documents=[(p, "poe") for p in files],
    )
    return Bundle(
        "3091187_Ironclad_VanArsdel_MDE", claim, files, "approve",
        "CPOR Security usage (MDE) – first of a conflicting pair on the same tenant and workload. Signed POE "
        "template (2025-08-14) with phased, detailed scope for 3,200 devices and a recent customer email.",
        "Valid on its own, and the stronger claim of the conflict: recent, detailed, ongoing engagement.",
    )


def brightwave_vanarsdel_conflict() -> Bundle:
    partner = Org("Brightwave Consulting Group", "brightwaveconsulting.com", "US", "Portland, OR",
                  location_id="6354410", short="Brightwave")
    it = Person("Owen Fischer", "owen.fischer@vanarsdelltd.com", "IT Infrastructure Manager")
    consultant = Person("Laura Chen", "lchen@brightwaveconsulting.com", "Senior Consultant")
    submitted = dt.datetime(2025, 9, 19, 16, 25, tzinfo=UTC)
    thanks = Mail(
        sender=it, to=(consultant,), date=dt.datetime(2025, 3, 20, 10, 2, tzinfo=PDT),
        subject="Defender health check – thank you",
        body=(
            "Hi Laura,\n\nThank you for the Defender for Endpoint health check on Tuesday. The report with the 12 "
            "recommendations (ASR rules still in audit mode, 40 devices with stale sensors, missing tamper "
            "protection on the Grand Rapids servers) was useful, and we have shared it with the desktop team.\n\n"
            "Regards,\nOwen Fischer\nIT Infrastructure Manager, VanArsdel Ltd.\n"
        ),
        mailer="Microsoft Outlook for Mac 16.95",
    )
    chat = html_png(
        """<p class="small">Microsoft Teams · Chat with Owen Fischer (VanArsdel Ltd.) (External)</p>
<p><b>Owen Fischer</b> <span class="small">3/19/2025 4:41 PM</span><br/>Thanks again for yesterday, the health
check findings are clear. We'll look at the ASR rules next quarter.</p>
<p><b>Laura Chen</b> <span class="small">3/19/2025 4:45 PM</span><br/>Glad it helped! Happy to support the ASR
roll-out when you are ready.</p>""",
        height=220,
    )
    files = {
        "Defender health check - thank you.eml": eml_bytes(thanks),
        "Teams chat screenshot.png": chat,
    }
    claim = claim_doc(
        claim_id="3091502", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=consultant, customer=VANARSDEL, customer_contact=it,
        workloads=[("MICROSOFT DEFENDER ENDPOINT", None)], documents=[(p, "poe") for p in files],
    )
    return Bundle(
        "3091502_Brightwave_VanArsdel_MDE", claim, files, "reject",
        "CPOR Security usage (MDE) – second of the conflicting pair: different partner and location id, same "
        "customer tenant and workload as 3091187. Evidence: a customer .eml of 2025-03-20 thanking for a one-day "
        "health check, and a PNG screenshot of a Teams chat.",
        "Alone, the email is a customer acknowledgement within 12 months but of a one-off health check with no "
        "ongoing deployment work (at best action_required). In the queue it loses the conflict to 3091187, whose "
        "POE shows the deployment and operation of the workload.",
        container="zip",
    )


REUSED_SCOPE = [
    "<p>{customer} currently relies on a third-party secure email gateway whose contract ends in December 2025. "
    "Approximately 650 mailboxes (610 user mailboxes and 40 shared mailboxes) are hosted in Exchange Online.</p>",
    "<p><b>Phase 1 (weeks 1-3) – Assessment and baseline</b></p>"
    + ul([
        "Configuration analyzer review of existing EOP policies; report of 27 deviations from the Standard "
        "preset.",
        "Preset security policies: Standard for all users, Strict for 35 executives and finance approvers.",
    ])
    + "<p><b>Phase 2 (weeks 4-6) – Protection</b></p>"
    + ul([
        "Safe Links and Safe Attachments for email, Teams and Office apps; dynamic delivery for attachments.",
        "Anti-phishing policy with impersonation protection for 35 users and 4 partner domains.",
        "Attack simulation training campaign for all 650 users; follow-up training for users who clicked.",
    ])
    + "<p><b>Phase 3 (weeks 7-8) – Cut-over</b></p>"
    + ul([
        "MX record cut-over from the gateway; connector and transport rule clean-up.",
        "Handover: SecOps runbook, weekly threat explorer review, quarterly posture report for {customer}.",
    ]),
]


def reused_bundle(*, claim_id: str, name: str, partner: Org, lead: Person, customer: Org, signer: Person,
                  signed: dt.date, engagement: tuple[dt.date, dt.date], submitted: dt.datetime,
                  tz: dt.timezone, shows: str) -> Bundle:
    esign = ESign(signer.name, signed, guid("env", customer.domain, upper=True))
    scope = [block.replace("{customer}", escape(customer.call)) for block in REUSED_SCOPE]
    poe = html_pdf(
        security_poe_template(partner=partner, customer=customer, signatory=signer,
                              selected={"Microsoft Defender for Office 365": ("Deployment", "Implementation")},
                              scope=scope, engagement=engagement, esign=esign),
        PdfMeta(f"{customer.call} MDO POE", lead.name,
                dt.datetime(signed.year, signed.month, signed.day, 9, 0, tzinfo=tz)),
        decorate=esign_decorations(esign),
    )
    path = f"POE/{customer.call.replace(' ', '_')}_Defender_for_Office_365_POE.pdf"
    claim = claim_doc(
        claim_id=claim_id, program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=lead, customer=customer, customer_contact=signer,
        workloads=[("MICROSOFT DEFENDER FOR OFFICE", None)], documents=[(path, "poe")],
    )
    return Bundle(
        name, claim, {path: poe}, "action_required", shows,
        "Seed: generic POE templates submitted on other partner claims are insufficient. The scope text is the "
        "same template as the other claim of the pair (3089940 / 3093377) with only the customer name changed; "
        "ask for customer-specific POE and investigate.",
    )


def cobalt_southridge_reused() -> Bundle:
    partner = Org("Cobalt Ridge Consulting", "cobaltridge.com", "US", "Nashville, TN", location_id="5788102",
                  short="Cobalt Ridge")
    customer = Org("Southridge Video", "southridgevideo.com", "US", "Burbank, CA")
    return reused_bundle(
        claim_id="3089940", name="3089940_CobaltRidge_SouthridgeVideo_MDO", partner=partner,
        lead=Person("Tyler Grant", "tgrant@cobaltridge.com", "Security Engineer"), customer=customer,
        signer=Person("Monica Reyes", "monica.reyes@southridgevideo.com", "VP of Technology"),
        signed=dt.date(2025, 7, 30), engagement=(dt.date(2025, 5, 26), dt.date(2025, 7, 18)),
        submitted=dt.datetime(2025, 9, 11, 20, 10, tzinfo=UTC), tz=CDT,
        shows="CPOR Security usage (MDO). Signed, dated POE template whose detailed scope (650 mailboxes, 35 "
        "executives, three phases) is word for word the scope of claim 3093377 from another partner, with the "
        "customer name changed.",
    )


def vantage_wingtip_reused() -> Bundle:
    partner = Org("Vantage Point IT Solutions Pvt Ltd", "vantagepointit.in", "IN", "Bengaluru",
                  location_id="6433870", short="Vantage Point")
    customer = Org("Wingtip Toys India Pvt Ltd", "wingtiptoys.in", "IN", "Pune", short="Wingtip Toys")
    return reused_bundle(
        claim_id="3093377", name="3093377_VantagePoint_WingtipToys_MDO", partner=partner,
        lead=Person("Arjun Mehta", "arjun.mehta@vantagepointit.in", "Practice Head, Security"), customer=customer,
        signer=Person("Kavya Iyer", "kavya.iyer@wingtiptoys.in", "Head of IT"),
        signed=dt.date(2025, 8, 21), engagement=(dt.date(2025, 6, 16), dt.date(2025, 8, 8)),
        submitted=dt.datetime(2025, 9, 27, 7, 45, tzinfo=UTC), tz=IST_IN,
        shows="CPOR Security usage (MDO), Indian partner and customer. Signed, dated POE template whose scope "
        "text is the same template as claim 3089940 (another partner) with only the customer name changed.",
    )


# ----------------------------------------------------------------------------------------------
# More conflict groups: three partners on one tenant and workload, a partial overlap, a Business
# Applications subscription conflict, and a claim against an association a reviewer approves
# (seed: "Conflicting Claims - CPOR"; decided as groups by `poe-reviewer decide-group`)
# ----------------------------------------------------------------------------------------------
TREY = Org("Trey Research Inc.", "treyresearch.net", "US", "Raleigh, NC", short="Trey Research")
TREY_CISO = Person("Dana Whitfield", "dana.whitfield@treyresearch.net", "Chief Information Security Officer")
MDI_TEMPLATE = "Microsoft Defender for Identity"


def lamna_trey_mdi() -> Bundle:
    partner = Org("Lamna Security Partners", "lamnasecurity.com", "US", "Charlotte, NC", location_id="6511203",
                  short="Lamna")
    lead = Person("Omar Haddad", "ohaddad@lamnasecurity.com", "Identity Security Architect")
    submitted = dt.datetime(2025, 9, 12, 15, 30, tzinfo=UTC)
    esign = ESign(TREY_CISO.name, dt.date(2025, 8, 28), guid("env", "trey-lamna", upper=True))
    scope = [
        "<p>Trey Research runs two Active Directory forests (research and corporate) with 14 domain controllers "
        "and 6,500 identities, including 420 privileged accounts. Lateral movement from a compromised lab "
        "workstation in 2024 led the CISO to ask for identity threat detection on every domain controller.</p>",
        "<p><b>Phase 1 – Sensors (June 9 – June 27, 2025)</b></p>"
        + ul([
            "Installed the Defender for Identity sensor on all 14 domain controllers and the 2 AD FS servers.",
            "Directory service accounts (gMSA) for both forests; Windows event auditing set by GPO.",
        ])
        + "<p><b>Phase 2 – Tuning (June 30 – August 8, 2025)</b></p>"
        + ul([
            "Tuned 38 alert exclusions for vulnerability scanners and the backup service accounts.",
            "Honeytoken accounts in both forests; sensitive groups tagged for the 420 privileged accounts.",
            "Remediated 61 identity security posture recommendations (unsecure Kerberos delegation, LDAP signing).",
        ])
        + "<p><b>Phase 3 – Operate (from August 11, 2025)</b>: weekly review of identity alerts with the Trey "
        "SOC, monthly posture report to the CISO.</p>",
    ]
    poe = html_pdf(
        security_poe_template(partner=partner, customer=TREY, signatory=TREY_CISO,
                              selected={MDI_TEMPLATE: ("Deployment", "Implementation")},
                              scope=scope, engagement=(dt.date(2025, 6, 9), dt.date(2025, 8, 8)), esign=esign),
        PdfMeta("Trey Research MDI POE", lead.name, dt.datetime(2025, 8, 27, 10, 0, tzinfo=EDT),
                modified=dt.datetime(2025, 8, 28, 16, 40, tzinfo=EDT)),
        decorate=esign_decorations(esign),
    )
    path = "POE/TreyResearch_MDI_POE_signed.pdf"
    claim = claim_doc(
        claim_id="3105110", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=lead, customer=TREY, customer_contact=TREY_CISO,
        workloads=[("MICROSOFT DEFENDER FOR IDENTITY", None)], documents=[(path, "poe")],
    )
    return Bundle(
        "3105110_Lamna_TreyResearch_MDI", claim, {path: poe}, "approve",
        "CPOR Security usage (MDI) – first of three partners claiming Defender for Identity on the same Trey "
        "Research tenant. Signed POE template (DocuSign, 2025-08-28): sensors on 14 domain controllers, 6,500 "
        "identities, three dated phases.",
        "Valid on its own, and the winner of its conflict group: recent, detailed, ongoing work on the workload.",
    )


def fincher_trey_mdi() -> Bundle:
    partner = Org("Fincher Cyber Defense LLC", "finchercyber.com", "US", "Atlanta, GA", location_id="6522310",
                  short="Fincher")
    lead = Person("Grace Liu", "gliu@finchercyber.com", "Account Manager")
    submitted = dt.datetime(2025, 9, 24, 13, 5, tzinfo=UTC)
    esign = ESign(TREY_CISO.name, dt.date(2024, 11, 12), guid("env", "trey-fincher", upper=True))
    scope = [
        "<p>Assistance with Microsoft Defender for Identity deployment setup, guidance and best practices. "
        "Knowledge transfer to the customer's IT team. Ongoing advisory services as needed.</p>",
    ]
    poe = html_pdf(
        security_poe_template(partner=partner, customer=TREY, signatory=TREY_CISO,
                              selected={MDI_TEMPLATE: ("Deployment",)}, scope=scope, engagement=None, esign=esign),
        PdfMeta("MDI POE", lead.name, dt.datetime(2024, 11, 11, 9, 0, tzinfo=EDT),
                modified=dt.datetime(2024, 11, 12, 11, 20, tzinfo=EDT)),
        decorate=esign_decorations(esign),
    )
    path = "POE/Trey_MDI_template.pdf"
    claim = claim_doc(
        claim_id="3105342", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=lead, customer=TREY, customer_contact=TREY_CISO,
        workloads=[("MICROSOFT DEFENDER FOR IDENTITY", None)], documents=[(path, "poe")],
    )
    return Bundle(
        "3105342_Fincher_TreyResearch_MDI", claim, {path: poe}, "reject",
        "CPOR Security usage (MDI) – second of the three Trey Research claims: a POE template signed in November "
        "2024 whose scope is the guide's generic example (\"assistance with deployment setup, guidance\"), no "
        "engagement dates.",
        "Alone it would be action_required (generic activities, no dates); in the queue it loses the conflict "
        "to 3105110, whose POE shows the deployment and operation of the workload.",
    )


def olympia_trey_mdi() -> Bundle:
    partner = Org("Olympia IT Services", "olympiait.com", "US", "Durham, NC", location_id="6533455",
                  short="Olympia")
    consultant = Person("Marco Russo", "mrusso@olympiait.com", "Consultant")
    admin = Person("Kevin Tran", "kevin.tran@treyresearch.net", "Systems Administrator")
    submitted = dt.datetime(2025, 9, 26, 19, 40, tzinfo=UTC)
    thanks = Mail(
        sender=admin, to=(consultant,), date=dt.datetime(2025, 9, 10, 16, 12, tzinfo=EDT),
        subject="Sensor health review",
        body=(
            "Hi Marco,\n\nThanks for yesterday's Defender for Identity sensor health review. Good to know that 3 "
            "of the sensors need the update; we will schedule it with the server team.\n\nKevin Tran\n"
            "Systems Administrator, Trey Research Inc.\n"
        ),
    )
    path = "Sensor health review.eml"
    claim = claim_doc(
        claim_id="3105577", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=consultant, customer=TREY, customer_contact=admin,
        workloads=[("MICROSOFT DEFENDER FOR IDENTITY", None)], documents=[(path, "poe")],
    )
    return Bundle(
        "3105577_Olympia_TreyResearch_MDI", claim, {path: eml_bytes(thanks)}, "reject",
        "CPOR Security usage (MDI) – third partner on the same Trey Research tenant and workload: the most "
        "recent evidence of the group (customer e-mail of 2025-09-10), but about a one-off sensor health review.",
        "A one-off review with no partner name in the POE and no detailed activities: it loses the conflict to "
        "3105110 (the latest POE decides only among valid ones).",
        container="zip",
    )


TAILWIND = Org("Tailwind Traders", "tailwindtraders.com", "US", "Denver, CO", short="Tailwind")
TAILWIND_CIO = Person("Rosa Martinez", "rosa.martinez@tailwindtraders.com", "Chief Information Officer")


def alpineridge_tailwind_endpoint() -> Bundle:
    partner = Org("Alpine Ridge IT Solutions", "alpineridgeit.com", "US", "Boulder, CO", location_id="6544120",
                  short="Alpine Ridge")
    lead = Person("Ben Carter", "bcarter@alpineridgeit.com", "Modern Workplace Lead")
    submitted = dt.datetime(2025, 8, 28, 17, 15, tzinfo=UTC)
    esign = ESign(TAILWIND_CIO.name, dt.date(2025, 8, 19), guid("env", "tailwind-alpine", upper=True))
    scope = [
        "<p>Tailwind Traders runs 46 stores and 2 warehouses with 2,100 staff; 1,450 Windows laptops and 700 "
        "shared store tablets were managed by an on-premises tool with no endpoint detection and response.</p>",
        "<p><b>Microsoft Intune (April 7 – June 20, 2025)</b></p>"
        + ul([
            "Enrolled 1,450 laptops with Windows Autopilot and 700 store tablets as shared devices.",
            "Compliance policies (BitLocker, OS version, Defender health) tied to Conditional Access.",
            "Migrated 52 Group Policy settings to Intune configuration profiles; retired the old tool.",
        ])
        + "<p><b>Microsoft Defender for Endpoint (June 23 – August 15, 2025)</b></p>"
        + ul([
            "Onboarded 2,150 devices through Intune; EDR in block mode and tamper protection.",
            "Attack surface reduction rules moved from audit to block for 1,450 laptops after a 3-week audit.",
            "Automated investigation and remediation; weekly alert review with the Tailwind IT team.",
        ]),
    ]
    poe = html_pdf(
        security_poe_template(partner=partner, customer=TAILWIND, signatory=TAILWIND_CIO,
                              selected={"Microsoft Intune": ("Deployment", "Implementation"),
                                        "Microsoft Defender for Endpoint (MDE)": ("Deployment", "Implementation")},
                              scope=scope, engagement=(dt.date(2025, 4, 7), dt.date(2025, 8, 15)), esign=esign),
        PdfMeta("Tailwind Traders Intune and MDE POE", lead.name, dt.datetime(2025, 8, 18, 14, 0, tzinfo=MDT),
                modified=dt.datetime(2025, 8, 19, 9, 30, tzinfo=MDT)),
        decorate=esign_decorations(esign),
    )
    path = "POE/Tailwind_Intune_MDE_POE_signed.pdf"
    claim = claim_doc(
        claim_id="3106204", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=lead, customer=TAILWIND, customer_contact=TAILWIND_CIO,
        workloads=[("INTUNE", None), ("MICROSOFT DEFENDER ENDPOINT", None)], documents=[(path, "poe")],
    )
    return Bundle(
        "3106204_AlpineRidge_TailwindTraders_Endpoint", claim, {path: poe}, "approve",
        "CPOR Security usage (INTUNE + MDE). Signed POE template (DocuSign, 2025-08-19) detailing both "
        "workloads with device counts and dated phases; another partner claims MDE only on the same tenant "
        "(a partial overlap).",
        "Valid for both workloads; INTUNE is not contested, and MDE is won against 3106631's one-off pilot.",
    )


def southwind_tailwind_mde() -> Bundle:
    partner = Org("Southwind Digital", "southwinddigital.com", "US", "Colorado Springs, CO", location_id="6555201",
                  short="Southwind")
    rep = Person("Chloe Evans", "cevans@southwinddigital.com", "Solutions Specialist")
    it = Person("Victor Nguyen", "victor.nguyen@tailwindtraders.com", "IT Manager")
    submitted = dt.datetime(2025, 9, 17, 21, 0, tzinfo=UTC)
    pilot = Mail(
        sender=it, to=(rep,), date=dt.datetime(2025, 2, 18, 11, 45, tzinfo=MDT),
        subject="RE: Defender for Endpoint pilot",
        body=(
            "Hi Chloe,\n\nThe Defender for Endpoint pilot on the 25 head-office laptops went fine, thanks. We "
            "will let you know if we decide to go further.\n\nVictor\n"
        ),
    )
    path = "POE/RE Defender for Endpoint pilot.eml"
    claim = claim_doc(
        claim_id="3106631", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=rep, customer=TAILWIND, customer_contact=it,
        workloads=[("MICROSOFT DEFENDER ENDPOINT", None)], documents=[(path, "poe")],
    )
    return Bundle(
        "3106631_Southwind_TailwindTraders_MDE", claim, {path: eml_bytes(pilot)}, "reject",
        "CPOR Security usage (MDE only) on the Tailwind Traders tenant, where 3106204 claims INTUNE and MDE: "
        "a partial overlap on MDE. Evidence: a customer e-mail of 2025-02-18 about a 25-laptop pilot.",
        "A pilot with no partner name and no detailed activities: it loses MDE to 3106204, whose POE shows the "
        "roll-out to 2,150 devices.",
    )


def cascade_wideworld_fieldservice() -> Bundle:
    partner = Org("Cascade Field Solutions", "cascadefield.com", "US", "Portland, OR", location_id="6566338",
                  short="Cascade")
    trainer = Person("Liam O'Connor", "loconnor@cascadefield.com", "Field Service Trainer")
    supervisor = Person("Luis Ortega", "lortega@wideworldimporters.com", "Director of Field Operations")
    customer = Org("Wide World Importers", "wideworldimporters.com", "US", "San Diego, CA")
    submitted = dt.datetime(2025, 9, 30, 18, 20, tzinfo=UTC)
    thanks = Mail(
        sender=supervisor, to=(trainer,), date=dt.datetime(2025, 9, 5, 15, 30, tzinfo=PDT),
        subject="Schedule board training",
        body=(
            "Liam,\n\nThank you for the two-hour Field Service schedule board training for our 12 dispatchers on "
            "Wednesday. "
            "The tips on drag-and-drop scheduling were appreciated.\n\nLuis Ortega\nDirector of Field Operations, "
            "Wide World Importers\n"
        ),
    )
    path = "POE/Schedule board training.eml"
    claim = claim_doc(
        claim_id="3107015", program="cpor", claim_kind="usage", solution_area="Business Applications",
        submitted=submitted, partner=partner, partner_contact=trainer, customer=customer,
        customer_contact=supervisor,
        # the same subscription as 3088015's DYNAMICS 365 FIELD SERVICE: one association per subscription
        workloads=[("DYNAMICS 365 FIELD SERVICE", guid("sub", "wwi", "fieldservice", upper=True))],
        documents=[(path, "poe")],
    )
    return Bundle(
        "3107015_Cascade_WideWorldImporters_FieldService", claim, {path: eml_bytes(thanks)}, "reject",
        "CPOR Business Applications usage: DYNAMICS 365 FIELD SERVICE with the same subscription id as 3088015 "
        "(which also claims Finance and Supply Chain: a subscription conflict on one of its three workloads). "
        "Evidence: a customer e-mail of 2025-09-05 thanking for a two-hour dispatcher training.",
        "More recent than 3088015's signature, but a one-off training with no detailed activities: it loses the "
        "subscription to 3088015, which implemented Field Service for 220 technicians.",
    )


def bluesky_contoso_intune() -> Bundle:
    partner = Org("Blue Sky Endpoint Services", "blueskyendpoint.com", "US", "Tacoma, WA", location_id="6577490",
                  short="Blue Sky")
    rep = Person("Hannah Kim", "hkim@blueskyendpoint.com", "Licensing Specialist")
    euc = Person("Aisha Bello", "aisha.bello@contoso.com", "End User Computing Lead")
    customer = Org("Contoso Ltd", "contoso.com", "US", "Seattle, WA", short="Contoso")
    submitted = dt.datetime(2025, 9, 22, 16, 0, tzinfo=UTC)
    workshop = Mail(
        sender=euc, to=(rep,), date=dt.datetime(2025, 5, 12, 10, 20, tzinfo=PDT),
        subject="Intune readiness workshop",
        body=(
            "Hi Hannah,\n\nThanks for the two-hour Intune readiness workshop this morning and the licensing "
            "overview. We will share the slides internally.\n\nAisha Bello\nEnd User Computing Lead, Contoso\n"
        ),
    )
    path = "Intune readiness workshop.eml"
    claim = claim_doc(
        claim_id="3107420", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=rep, customer=customer, customer_contact=euc,
        workloads=[("INTUNE", None)], documents=[(path, "poe")],
    )
    return Bundle(
        "3107420_BlueSky_Contoso_Intune", claim, {path: eml_bytes(workshop)}, "reject",
        "CPOR Security usage (INTUNE) on the Contoso tenant that 3079758 (Fabrikam) claims: approve 3079758 "
        "first and this is a claim against an approved association. Evidence: a customer e-mail of 2025-05-12 "
        "about a two-hour readiness workshop.",
        "A workshop before the deployment, no detailed activities: the associated partner (3079758) keeps "
        "INTUNE.",
        container="zip",
    )

# ----------------------------------------------------------------------------------------------
# Scanned paper, digitally signed PDFs and e-mail-only acknowledgements (issue 3): how customers
# really acknowledge work when there is no eSignature platform.
# ----------------------------------------------------------------------------------------------
SCAN_DPI = 200
#: Fixed certificate validity and signing clock: the signed samples must be byte-identical between runs.
CERT_NOT_BEFORE = dt.datetime(2025, 1, 1, tzinfo=UTC)
CERT_NOT_AFTER = dt.datetime(2028, 1, 1, tzinfo=UTC)


def signature_cell(page: pymupdf.Page) -> pymupdf.Rect | None:
    """The empty cell right of the template's "Signature" label (section 3.1), in PDF points."""
    hits = [
        r for r in page.search_for("Signature")
        if page.get_textbox(pymupdf.Rect(r.x0 - 1, r.y0 - 1, r.x1 + 1, r.y1 + 1)).strip() == "Signature"
    ]
    if not hits:
        return None
    label = hits[-1]
    # the value column starts where the printed date of the next row ("Date Signed") starts
    dated = [r for r in page.search_for("Date Signed") if r.y0 > label.y0]
    values = [w for w in page.get_text("words") if dated and abs(w[1] - dated[0].y0) < 3 and w[0] > dated[0].x1 + 20]
    x0 = values[0][0] - 2 if values else label.x0 + 200
    return pymupdf.Rect(x0, label.y0 - 2, x0 + 160, label.y0 + 30)


def ink_stroke(draw: Any, box: tuple[float, float, float, float], seed: str, scale: float) -> None:
    """A handwritten-looking signature (cubic Béziers sampled into a polyline) in dark ink."""
    digest = hashlib.sha256(seed.encode()).digest()
    x0, y0, x1, y1 = box
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
    draw.line(points, fill=28, width=width, joint="curve")
    flourish = bezier((x0 + 6 * scale, mid + amp * 0.9), (x0 + (x1 - x0) * 0.4, mid + amp * 1.1),
                      (x0 + (x1 - x0) * 0.7, mid + amp * 0.6), (x1 - 6 * scale, mid + amp * 0.8))
    draw.line(flourish, fill=28, width=width, joint="curve")


def scan_pages(pdf: bytes, seed: str, *, ink: bool, skew: float = 1.5, quality: int = 60,
               where: Callable[[pymupdf.Page], pymupdf.Rect | None] = signature_cell) -> list[bytes]:
    """Print ``pdf``, sign it by hand (``ink``) and scan it: one grey JPEG per page at 200 dpi.

    Noise (toner specks, a slightly grey paper) and the skew are derived from ``seed`` so the
    scan is the same bytes every run.
    """
    from PIL import Image, ImageDraw  # only the scanned samples need Pillow

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
        specks = hashlib.shake_256(f"{seed}|specks|{number}".encode()).digest(3 * 1500)
        for i in range(0, len(specks), 3):
            x = int.from_bytes(specks[i : i + 2], "big") % image.width
            y = (specks[i + 2] * 257 + specks[i]) % image.height
            draw.point((x, y), fill=90 + specks[i + 1] % 100)
        # a slightly grey sheet (scanner glass), then the page fed a little crooked
        image = image.point(lambda v: min(v, 242))
        image = image.rotate(skew if number % 2 == 0 else -skew * 0.6, resample=Image.Resampling.BICUBIC,
                             fillcolor=242)
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality, dpi=(SCAN_DPI, SCAN_DPI))
        scans.append(out.getvalue())
    doc.close()
    return scans


def image_pdf(scans: Sequence[bytes], meta: PdfMeta) -> bytes:
    """An image-only PDF (what a multifunction printer's scan-to-PDF writes): no text layer."""
    doc = pymupdf.open()
    for jpeg in scans:
        page = doc.new_page(width=612, height=792)
        page.insert_image(page.rect, stream=jpeg)
    modified = meta.modified or meta.created
    doc.set_metadata({"title": meta.title, "author": meta.author, "subject": "", "keywords": "",
                      "creator": meta.creator, "producer": meta.producer,
                      "creationDate": pdf_date(meta.created), "modDate": pdf_date(modified)})
    data: bytes = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return data


SCANNER = "RICOH IM C3000"


def paper_poe(*, partner: Org, customer: Org, signatory: Person, workload: str, acts: Sequence[str],
              scope: Sequence[str], engagement: tuple[dt.date, dt.date], signed: dt.date, author: str) -> bytes:
    """The POE template printed for a wet signature: printed name, title and date, signature cell empty."""
    return html_pdf(
        security_poe_template(partner=partner, customer=customer, signatory=signatory, selected={workload: acts},
                              scope=scope, engagement=engagement, esign=None, date_signed=signed),
        PdfMeta(f"{customer.call} POE", author, dt.datetime.combine(signed, dt.time(9, 0), tzinfo=UTC)),
    )


NOD = Org("Nod Publishers", "nodpublishers.com", "US", "Columbus, OH", short="Nod")
NOD_CIO = Person("Helen Okafor", "helen.okafor@nodpublishers.com", "Chief Information Officer")


def trailhead_nod_scanned() -> Bundle:
    partner = Org("Trailhead Networks LLC", "trailheadnet.com", "US", "Cincinnati, OH", location_id="6601442",
                  short="Trailhead")
    pm = Person("Marcus Bell", "mbell@trailheadnet.com", "Project Manager")
    submitted = dt.datetime(2025, 9, 29, 14, 10, tzinfo=UTC)
    signed = dt.date(2025, 8, 22)
    scope = [
        "<p>Nod Publishers runs 1,180 Windows 11 laptops and 140 macOS devices across three offices (Columbus, "
        "Dayton, Cleveland). Before the project only the legacy antivirus was in place, with no EDR and no "
        "central view of device risk.</p>",
        "<p><b>Phase 1 – Onboarding (June 16 – July 11, 2025)</b></p>"
        + ul([
            "Onboarded 1,180 Windows 11 laptops to Microsoft Defender for Endpoint through Intune, in four rings "
            "(IT 25, editorial pilot 150, Dayton and Cleveland 410, Columbus 595).",
            "Onboarded 140 macOS devices with the Defender for Endpoint app and the system extensions profile.",
            "Removed the legacy antivirus from every device and confirmed Defender Antivirus in active mode.",
        ])
        + "<p><b>Phase 2 – Hardening (July 14 – August 15, 2025)</b></p>"
        + ul([
            "Attack surface reduction rules: 12 rules audited for two weeks, 9 set to block after review.",
            "Tamper protection, network protection and web content filtering (3 category policies) enabled.",
            "Automated investigation set to full remediation for the device groups of the two IT offices.",
        ])
        + "<p><b>Phase 3 – Operate (from August 18, 2025)</b>: weekly alert triage with the Nod service desk, "
        "a monthly vulnerability management report (exposure score, top 10 recommendations) to the CIO.</p>",
    ]
    printed = paper_poe(partner=partner, customer=NOD, signatory=NOD_CIO,
                        workload="Microsoft Defender for Endpoint (MDE)", acts=("Deployment", "Implementation"),
                        scope=scope, engagement=(dt.date(2025, 6, 16), dt.date(2025, 8, 15)), signed=signed,
                        author=pm.name)
    scanned_at = dt.datetime(2025, 8, 22, 15, 41, tzinfo=EDT)
    scan = image_pdf(scan_pages(printed, "nod-trailhead", ink=True),
                     PdfMeta("Scan", "", scanned_at, creator=SCANNER, producer=SCANNER))
    path = "POE/Scan_2025-08-22_154110.pdf"
    claim = claim_doc(
        claim_id="3110204", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=pm, customer=NOD, customer_contact=NOD_CIO,
        workloads=[("MICROSOFT DEFENDER ENDPOINT", None)], documents=[(path, "poe")],
        comments=[("partner", submitted - dt.timedelta(minutes=2),
                   "The customer signed the POE on paper; scanned copy attached.")],
    )
    return Bundle(
        "3110204_Trailhead_NodPublishers_ScannedPaper", claim, {path: scan}, "approve",
        "CPOR Security usage (MDE). The POE template printed, signed by hand in ink by the customer's CIO "
        "(printed name Helen Okafor, date signed 8/22/2025) and scanned: an image-only PDF at 200 dpi, grey, "
        "speckled and about 1.5° skewed, no text layer. Detailed, dated scope (1,180 laptops, 140 Macs, three "
        "phases).",
        "A physically signed paper is valid POE (seed item 1); signature within 12 months of submission "
        "(2025-09-29), names, detailed activities, MDE matches the claim, engagement dates. Needs OCR and ink "
        "detection to be seen.",
    )


def granite_consolidated_unsigned_scan() -> Bundle:
    partner = Org("Granite Peak Consulting", "granitepeak.io", "US", "Salt Lake City, UT", location_id="6612087",
                  short="Granite Peak")
    consultant = Person("Tess Lindqvist", "tess@granitepeak.io", "Senior Consultant")
    customer = Org("Consolidated Messenger", "consolidatedmessenger.com", "US", "Boise, ID",
                   short="Consolidated Messenger")
    ops = Person("Ravi Subramanian", "ravi.subramanian@consolidatedmessenger.com", "VP of IT Operations")
    submitted = dt.datetime(2025, 10, 2, 16, 45, tzinfo=UTC)
    scope = [
        "<p>Consolidated Messenger equips 760 couriers with Android rugged handhelds and 230 office staff with "
        "Windows 11 PCs; devices were managed by a mix of imaging and a retiring MDM.</p>",
        "<p><b>Enrollment (May 5 – June 13, 2025)</b></p>"
        + ul([
            "Android Enterprise dedicated-device enrollment for 760 handhelds with a kiosk profile for the "
            "route and scanning apps; 18 depots migrated one after the other.",
            "Windows Autopilot for the 230 office PCs, with Entra ID join and the company branding.",
        ])
        + "<p><b>Policies (June 16 – July 25, 2025)</b></p>"
        + ul([
            "Compliance policies (OS version, encryption, screen lock) and Conditional Access for Exchange Online.",
            "Update rings for Windows and Android system updates with a two-week deferral for depots.",
            "Retired the old MDM after the last depot moved; 7 admin runbooks handed to the service desk.",
        ]),
    ]
    printed = paper_poe(partner=partner, customer=customer, signatory=ops, workload="Microsoft Intune",
                        acts=("Deployment",), scope=scope, engagement=(dt.date(2025, 5, 5), dt.date(2025, 7, 25)),
                        signed=dt.date(2025, 7, 30), author=consultant.name)
    scans = scan_pages(printed, "consolidated-granite", ink=False)
    files = {f"POE/POE_ConsolidatedMessenger_page{i}.jpg": jpeg for i, jpeg in enumerate(scans, 1)}
    claim = claim_doc(
        claim_id="3110561", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=consultant, customer=customer, customer_contact=ops,
        workloads=[("INTUNE", None)], documents=[(p, "poe") for p in files],
    )
    return Bundle(
        "3110561_GranitePeak_ConsolidatedMessenger_UnsignedScan", claim, files, "action_required",
        f"CPOR Security usage (INTUNE). The POE template printed and scanned as {len(files)} JPEG pages (200 "
        "dpi, grey, speckled, skewed): detailed, dated scope, printed signatory name, title and date "
        "(7/30/2025), but the customer signature line is empty — no ink.",
        "No customer signature or other acknowledgement: a printed name and date are not a signature. The "
        "partner can have the customer sign the POE and upload it again.",
    )


def customer_identity(seed: str, person: Person, org: Org) -> tuple[Any, Any]:
    """A self-signed certificate naming the customer's signatory (Acrobat's "create a digital ID").

    Ed25519 with a key derived from ``seed`` and a fixed serial and validity: the same bytes every run.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.x509.oid import NameOID

    key = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(f"poe-sample-key|{seed}".encode()).digest())
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


def digitally_sign(pdf: bytes, seed: str, person: Person, org: Org, when: dt.datetime) -> bytes:
    """``pdf`` signed by the customer's digital ID in a visible field on the signature cell, at ``when``."""
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
    where = next((i, r) for i, p in enumerate(doc.pages()) if (r := signature_cell(p)) is not None)
    height = doc[where[0]].rect.height
    doc.close()
    page, cell = where
    box = (int(cell.x0), int(height - cell.y1), int(cell.x1), int(height - cell.y0))

    class FixedClockSigner(signers.PdfSigner):
        """pyHanko reads the signing time from the system clock; the samples need a fixed one."""

        def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
            session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
            session.system_time = when
            return session

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    # pyHanko stamps the modification date (Info and XMP) with the clock and draws random /ID
    # halves (the PyMuPDF file has no /ID): pin them so the sample is the same bytes every run.

    class PinnedClockMeta(type(writer._meta)):  # type: ignore[misc]
        def __setattr__(self, name: str, value: Any) -> None:
            super().__setattr__(name, when if (name, value) == ("last_modified", "now") else value)

    writer._meta.__class__ = PinnedClockMeta
    writer._document_id = generic.ArrayObject(
        [generic.ByteStringObject(hashlib.sha256(f"pdf-id|{part}|{seed}".encode()).digest()[:16]) for part in "12"]
    )
    meta = signers.PdfSignatureMetadata(field_name="CustomerSignature", reason="Customer acceptance of the POE",
                                        location=org.city)
    pdf_signer = FixedClockSigner(meta, signer=signer,
                                  new_field_spec=fields.SigFieldSpec("CustomerSignature", on_page=page, box=box))
    return bytes(pdf_signer.sign_pdf(writer).getvalue())


def fee_line(pdf: bytes, text: str) -> bytes:
    """Add the engagement fee line at the top of page 1, uncompressed (the tampered sample edits it)."""
    doc = pymupdf.open("pdf", pdf)
    page = doc[0]
    page.insert_text(pymupdf.Point(54, 44), text, fontname="helv", fontsize=8.5, color=(0.1, 0.1, 0.1))
    # PyMuPDF deflates the new content stream like the page's others: store it plain
    added = page.get_contents()[-1]
    doc.update_stream(added, doc.xref_stream(added), compress=False)
    data: bytes = doc.tobytes(garbage=3, deflate=False, no_new_id=True)
    doc.close()
    return data


def signed_poe(*, seed: str, partner: Org, customer: Org, signatory: Person, author: Person, workload: str,
               scope: Sequence[str], engagement: tuple[dt.date, dt.date], signed_at: dt.datetime,
               fee: str) -> bytes:
    printed = paper_poe(partner=partner, customer=customer, signatory=signatory, workload=workload,
                        acts=("Deployment", "Implementation"), scope=scope, engagement=engagement,
                        signed=signed_at.date(), author=author.name)
    return digitally_sign(fee_line(printed, f"Statement of Work acceptance – engagement fee (fixed): USD {fee}"),
                          seed, signatory, customer, signed_at)


GDI = Org("Graphic Design Institute", "graphicdesigninstitute.com", "US", "Providence, RI", short="GDI")
GDI_CISO = Person("Noelle Ferreira", "noelle.ferreira@graphicdesigninstitute.com", "Chief Information Security Officer")


def riverbend_gdi_digitally_signed() -> Bundle:
    partner = Org("Riverbend Security Group", "riverbendsec.com", "US", "Hartford, CT", location_id="6623318",
                  short="Riverbend")
    lead = Person("Caleb Moreno", "cmoreno@riverbendsec.com", "Information Protection Lead")
    submitted = dt.datetime(2025, 9, 30, 13, 20, tzinfo=UTC)
    signed_at = dt.datetime(2025, 9, 4, 14, 12, tzinfo=EDT)
    scope = [
        "<p>Graphic Design Institute (2,400 students and 310 staff) stores student records, portfolios and "
        "research grants in SharePoint and OneDrive with no classification. The CISO asked for labelling and "
        "protection of sensitive data before the autumn semester.</p>",
        "<p><b>Discovery and taxonomy (June 2 – June 27, 2025)</b></p>"
        + ul([
            "Content explorer review of 4.1 million files; 6 sensitive information types tuned (student ID, "
            "grant numbers, US SSN, passport, bank account, portfolio licence terms).",
            "Label taxonomy agreed with Legal and Registrar: Public, General, Confidential (3 sub-labels), "
            "Highly Confidential – Student Records.",
        ])
        + "<p><b>Deployment (June 30 – August 22, 2025)</b></p>"
        + ul([
            "Published the labels to 310 staff in two waves; mandatory labelling in Office apps for Registrar "
            "and Finance (46 users).",
            "Auto-labelling policies for student records in 3 SharePoint sites and the Registrar mailbox.",
            "Encryption with co-authoring for Highly Confidential; 4 training sessions for department admins.",
        ]),
    ]
    pdf = signed_poe(seed="gdi-riverbend", partner=partner, customer=GDI, signatory=GDI_CISO, author=lead,
                     workload="Microsoft Purview Information Protection (MIP)", scope=scope,
                     engagement=(dt.date(2025, 6, 2), dt.date(2025, 8, 22)), signed_at=signed_at, fee="38,400.00")
    path = "POE/GDI_MIP_POE_digitally_signed.pdf"
    claim = claim_doc(
        claim_id="3111093", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=lead, customer=GDI, customer_contact=GDI_CISO,
        workloads=[("MICROSOFT INFORMATION PROTECTION", None)], documents=[(path, "poe")],
    )
    return Bundle(
        "3111093_Riverbend_GraphicDesignInstitute_DigitalSignature", claim, {path: pdf}, "approve",
        "CPOR Security usage (MIP). POE template digitally signed in Acrobat with the CISO's self-signed "
        "digital ID (pyHanko, CN Noelle Ferreira, e-mail at graphicdesigninstitute.com, O Graphic Design "
        "Institute), signing time 2025-09-04; the signature covers the whole file. Detailed, dated scope.",
        "An intact digital signature whose certificate names the customer's signatory and domain is a "
        "verifiable signature (untrusted self-signed ID: the report says so, the identity matches); within 12 "
        "months, names, detailed activities, MIP matches.",
    )


BFYO = Org("Best For You Organics Company", "bestforyouorganics.com", "US", "Fresno, CA",
           short="Best For You Organics")
BFYO_CTO = Person("Samir Haddad", "samir.haddad@bestforyouorganics.com", "Chief Technology Officer")


def quarryhill_bfyo_tampered() -> Bundle:
    partner = Org("Quarry Hill IT Services", "quarryhillit.com", "US", "Sacramento, CA", location_id="6634702",
                  short="Quarry Hill")
    lead = Person("Lena Park", "lpark@quarryhillit.com", "Messaging Security Consultant")
    submitted = dt.datetime(2025, 10, 3, 18, 5, tzinfo=UTC)
    signed_at = dt.datetime(2025, 8, 29, 11, 30, tzinfo=PDT)
    scope = [
        "<p>Best For You Organics (1,050 mailboxes, 90 shared mailboxes for farm co-operatives) suffered two "
        "invoice-fraud attempts in spring 2025 through look-alike supplier domains.</p>",
        "<p><b>Protection (June 9 – July 18, 2025)</b></p>"
        + ul([
            "Preset strict protection for 120 finance, procurement and executive mailboxes; standard for the rest.",
            "Safe Links and Safe Attachments with dynamic delivery; impersonation protection for 35 executives "
            "and 60 supplier domains.",
            "DMARC moved from p=none to p=reject for bestforyouorganics.com after four weeks of reports.",
        ])
        + "<p><b>Operations (July 21 – August 22, 2025)</b></p>"
        + ul([
            "Attack simulation training: 3 campaigns, click rate down from 14% to 4%.",
            "Automated investigation and response playbooks; weekly quarantine review with the help desk.",
        ]),
    ]
    signed = signed_poe(seed="bfyo-quarryhill", partner=partner, customer=BFYO, signatory=BFYO_CTO, author=lead,
                        workload="Microsoft Defender for Office 365", scope=scope,
                        engagement=(dt.date(2025, 6, 9), dt.date(2025, 8, 22)), signed_at=signed_at,
                        fee="26,750.00")
    # after signing, the fee was edited in place (same length, so the file still opens without complaint)
    before, after = b"26,750".hex().encode(), b"86,750".hex().encode()
    if signed.count(before) != 1:
        raise RuntimeError("the fee must appear once, uncompressed, in the signed POE")
    tampered = signed.replace(before, after)
    path = "POE/BFYO_MDO_POE_signed.pdf"
    claim = claim_doc(
        claim_id="3111420", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=lead, customer=BFYO, customer_contact=BFYO_CTO,
        workloads=[("MICROSOFT DEFENDER FOR OFFICE", None)], documents=[(path, "poe")],
    )
    return Bundle(
        "3111420_QuarryHill_BestForYouOrganics_TamperedSignature", claim, {path: tampered}, "action_required",
        "CPOR Security usage (MDO). POE template digitally signed by the customer's CTO (self-signed digital "
        "ID naming him and bestforyouorganics.com, 2025-08-29), then edited after signing: the engagement fee "
        "USD 26,750.00 on page 1 was changed to 86,750.00 in the file's bytes, so the signature no longer "
        "verifies.",
        "A broken digital signature is not a verifiable signature: the document changed after the customer "
        "signed it (the report names the CustomerSignature field). No other acknowledgement; the partner must "
        "provide the POE as the customer signed it.",
    )


MUNSON = Org("Munson's Pickles and Preserves Farm", "munsonspickles.com", "US", "Burlington, VT", short="Munson's")
MUNSON_IT = Person("Greta Munson", "greta.munson@munsonspickles.com", "Director of IT")


def evergreen_munson_email() -> Bundle:
    partner = Org("Evergreen Cloud Partners", "evergreencloud.com", "US", "Portland, ME", location_id="6645159",
                  short="Evergreen")
    pm = Person("Owen Fitzgerald", "owen.fitzgerald@evergreencloud.com", "Project Manager")
    submitted = dt.datetime(2025, 9, 25, 15, 0, tzinfo=UTC)
    update = Mail(
        sender=pm, to=(MUNSON_IT,), date=dt.datetime(2025, 9, 8, 10, 15, tzinfo=EDT),
        subject="Intune rollout – completion summary",
        body=(
            "Hi Greta,\n\nHere is the summary of the Microsoft Intune work Evergreen completed for Munson's:\n"
            "- Users in scope: 340 staff (210 office and 130 farm and plant staff on shared Android tablets)\n"
            "- Timeline: June 23 – September 5, 2025, in three phases (pilot, office, plant floor)\n"
            "- Windows Autopilot and Entra ID join for 215 laptops; compliance policies with BitLocker and "
            "Defender Antivirus\n"
            "- Android Enterprise shared-device mode for 48 tablets at the bottling plant, with the "
            "quality-control app in kiosk mode\n"
            "- App protection policies for Outlook and Teams on 96 personal phones\n"
            "- Two admin training sessions and runbooks for your help desk\n\n"
            "Could you confirm that this matches what was delivered?\n\n"
            "Thanks,\nOwen Fitzgerald\nProject Manager | Evergreen Cloud Partners\n"
        ),
        received=False,
    )
    reply = Mail(
        sender=MUNSON_IT, to=(pm,), date=dt.datetime(2025, 9, 9, 8, 47, tzinfo=EDT),
        subject="RE: Intune rollout – completion summary",
        body=(
            "Hi Owen,\n\n"
            "Yes, I confirm that Evergreen Cloud Partners delivered the Intune deployment for Munson's as "
            "summarised below: all 340 users are in scope, the 215 laptops are enrolled through Autopilot and "
            "compliant, and the 48 shared tablets at the bottling plant have been running in kiosk mode since "
            "September 2. The help desk is already using your runbooks. We are happy with the work and the "
            "timeline.\n\n"
            "Best regards,\nGreta Munson\nDirector of IT\nMunson's Pickles and Preserves Farm\n\n"
            + quote_outlook(update)
        ),
    )
    path = "POE/RE_ Intune rollout – completion summary.msg"
    claim = claim_doc(
        claim_id="3111788", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=pm, customer=MUNSON, customer_contact=MUNSON_IT,
        workloads=[("INTUNE", None)], documents=[(path, "poe")],
    )
    return Bundle(
        "3111788_Evergreen_MunsonsPickles_EmailOnly", claim, {path: msg_bytes(reply)}, "approve",
        "CPOR Security usage (INTUNE). E-mail only: a .msg reply from greta.munson@munsonspickles.com "
        "(2025-09-09) confirming, in her own words above the quoted partner message, the Intune deployment "
        "the partner summarised (340 users, 215 laptops, 48 shared tablets, June 23 – September 5, 2025).",
        "An e-mail acknowledgement from the customer's domain is valid POE (seed item 1): the customer's own "
        "words confirm specific work by the partner, the quoted summary gives users in scope, timeline and "
        "tasks; within 12 months of submission.",
        container="zip",
    )


FIRSTUP = Org("First Up Consultants", "firstupconsultants.com", "US", "Omaha, NE", short="First Up")
FIRSTUP_CIO = Person("Irene Castillo", "irene.castillo@firstupconsultants.com", "Chief Information Officer")


def harborlights_firstup_partner_email() -> Bundle:
    partner = Org("Harbor Lights Technology", "harborlightstech.com", "US", "Kansas City, MO",
                  location_id="6656823", short="Harbor Lights")
    engineer = Person("Dmitri Volkov", "dvolkov@harborlightstech.com", "Security Engineer")
    submitted = dt.datetime(2025, 10, 6, 17, 25, tzinfo=UTC)
    summary = Mail(
        sender=engineer, to=(FIRSTUP_CIO,), date=dt.datetime(2025, 9, 19, 16, 30, tzinfo=CDT),
        subject="Defender for Endpoint deployment – status and next steps",
        body=(
            "Hi Irene,\n\nA summary of the Microsoft Defender for Endpoint work Harbor Lights has done for First Up "
            "Consultants:\n"
            "- 860 Windows devices onboarded through Intune between July 28 and September 12, 2025\n"
            "- 24 Windows servers onboarded through Azure Arc\n"
            "- Attack surface reduction rules in audit for 3 weeks, 8 rules moved to block\n"
            "- Device groups for the 5 regional offices, with automated remediation for IT devices\n"
            "- Weekly vulnerability review with your infrastructure team\n\n"
            "Please reply to confirm the work so we can close the project.\n\n"
            "Regards,\nDmitri Volkov\nSecurity Engineer | Harbor Lights Technology\n"
        ),
        received=False,
    )
    path = "POE/Defender for Endpoint deployment – status and next steps.msg"
    claim = claim_doc(
        claim_id="3112034", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=engineer, customer=FIRSTUP, customer_contact=FIRSTUP_CIO,
        workloads=[("MICROSOFT DEFENDER ENDPOINT", None)], documents=[(path, "poe")],
    )
    return Bundle(
        "3112034_HarborLights_FirstUpConsultants_PartnerEmail", claim, {path: msg_bytes(summary)},
        "action_required",
        "CPOR Security usage (MDE). E-mail only: the partner's own .msg (from harborlightstech.com, saved from "
        "Sent Items, 2025-09-19) describing the MDE work in detail and asking the customer to confirm; no "
        "customer reply.",
        "A partner e-mail that no customer reply accepts is not customer acknowledgement, however detailed. "
        "Ask for the customer's reply or a signed POE.",
    )


def signature_line(page: pymupdf.Page) -> pymupdf.Rect | None:
    """The space to sign right of a letter's "Signature:" label (over its underscores), in PDF points."""
    hits = page.search_for("Signature:")
    if not hits:
        return None
    label = hits[-1]
    return pymupdf.Rect(label.x1 + 10, label.y0 - 14, label.x1 + 170, label.y1 + 4)


WOODLAND = Org("Woodland Bank", "woodlandbank.com", "US", "Madison, WI", short="Woodland Bank")
WOODLAND_CISO = Person("Thomas Reyes", "thomas.reyes@woodlandbank.com", "Chief Information Security Officer")


def bayside_woodland_jpeg_letter() -> Bundle:
    partner = Org("Bayside Identity Consulting", "baysideidentity.com", "US", "Milwaukee, WI",
                  location_id="6667390", short="Bayside")
    lead = Person("Anika Sharma", "anika.sharma@baysideidentity.com", "Identity Architect")
    submitted = dt.datetime(2025, 10, 7, 14, 50, tzinfo=UTC)
    letter = f"""<p><b style="font-size: 16pt; color: #0b5d3b">Woodland Bank</b><br/>
<span class="small">1200 University Avenue, Madison, WI 53706 · woodlandbank.com</span></p>
<p>September 26, 2025</p>
<p>Bayside Identity Consulting<br/>Attn: Anika Sharma, Identity Architect<br/>Milwaukee, WI</p>
<p><b>Subject: Acceptance of the Microsoft Entra ID P2 deployment</b></p>
<p>Woodland Bank confirms that Bayside Identity Consulting carried out the deployment of Microsoft Entra ID P2
(formerly Azure AD Premium P2) for our 1,460 employees between June 30 and September 19, 2025, and that we
accept the work described below:</p>
{ul([
    "Risk-based Conditional Access: sign-in risk and user risk policies for all 1,460 users, with "
    "self-service password reset as remediation; 4 break-glass accounts excluded and monitored.",
    "Privileged Identity Management for 38 administrators: 11 Entra roles and 6 Azure subscriptions moved to "
    "just-in-time activation with approval by the security team.",
    "Quarterly access reviews of the 24 privileged groups and of guest access to the 9 vendor Teams.",
    "Identity Protection alerts routed to the bank's SOC; two runbooks and a 2-hour handover session.",
])}
<p>The engagement ran in three phases: design (June 30 – July 18), pilot with IT and Treasury (July 21 –
August 15) and bank-wide roll-out (August 18 – September 19, 2025).</p>
<p>&nbsp;</p>
<p>Signature: ________________________________</p>
<p>Name: {WOODLAND_CISO.name}<br/>Title: {WOODLAND_CISO.title}<br/>Company: Woodland Bank<br/>
Date: September 26, 2025</p>"""
    printed = html_pdf([letter], PdfMeta("Acceptance letter", WOODLAND_CISO.name,
                                          dt.datetime(2025, 9, 26, 9, 30, tzinfo=CDT)), css=SERIF_CSS)
    (jpeg,) = scan_pages(printed, "woodland-bayside", ink=True, skew=-1.2, where=signature_line)
    path = "POE/IMG_20250926_1412.jpg"
    claim = claim_doc(
        claim_id="3112366", program="cpor", claim_kind="usage", solution_area="Security", submitted=submitted,
        partner=partner, partner_contact=lead, customer=WOODLAND, customer_contact=WOODLAND_CISO,
        workloads=[("AZURE ACTIVE DIRECTORY PREMIUM 2", None)], documents=[(path, "poe")],
    )
    return Bundle(
        "3112366_Bayside_WoodlandBank_ScannedLetter", claim, {path: jpeg}, "approve",
        "CPOR Security usage (Entra ID P2). A one-page acceptance letter on the customer's letterhead, signed "
        "in ink by the CISO over the signature line (printed name, title, company, date September 26, 2025), "
        "scanned as a JPEG at 200 dpi (grey, speckled, skewed about 1.2°). It details users in scope (1,460), "
        "PIM for 38 administrators, access reviews and the three dated phases.",
        "A physically signed paper is valid POE (seed item 1) in whatever file it was scanned to; a scanned "
        "page is not a flat picture of an e-mail or of a pasted signature. Signature within 12 months, names, "
        "detailed activities, Entra ID P2 matches the claim, dates.",
    )


# ----------------------------------------------------------------------------------------------
# Returning claims: the claim's second life (issue 16). A claim comes back after a reviewer decided
# an earlier revision: resubmitted after Action Required, disputed after a rejection, or opened by
# the claims system for the workloads a partial approval did not approve. The earlier revisions and
# the decisions made on them live in sample_poe/.earlier/ (hidden: a queue import skips it); the
# current revisions are ordinary bundles of the queue. Seed: "Status of a claim", "Disputing a
# rejection", "Claim rejection", "Claim Expiration Timelines".
# ----------------------------------------------------------------------------------------------
#: The hidden folder of earlier revisions, and the decision export inside it.
EARLIER = ".earlier"
EARLIER_DECISIONS = "decisions.json"
#: The reviewer who decided the earlier revisions, and when the decisions were exported.
EARLIER_REVIEWER = "dana@example.com"
EARLIER_EXPORTED_AT = dt.datetime(2025, 9, 19, 8, 0, tzinfo=UTC)
#: Seed, "Status of a claim": fourteen calendar days to resubmit after Partner Action Required.
CPOR_RESPOND_DAYS = 14
CPOR_TEAM = "CPOR - POE Validation Team"
SUPPORT = (
    "If additional assistance is needed, you can create a support ticket within the Incentives Online Support "
    "Experience on Partner Center.\n"
    "https://partner.microsoft.com/dashboard/support/servicerequests/create?category=incentives"
)


@dataclass
class EarlierRevision:
    """An earlier revision of a returning claim (a bundle of ``.earlier/``) and the decision made on it."""

    bundle: Bundle
    #: The ``poe-decisions/1`` entry, without ``bundle_sha256`` (computed once the bundle is written).
    decision: dict[str, Any]
    #: The current revision's bundle in the queue, if the claim came back (None: it never did).
    current: str | None = None
    #: A row of its own in the table of expected decisions (no later revision is in the queue).
    listed: bool = False


@dataclass
class Returning:
    """What a returning-claim builder makes: the current revision (if any) and the earlier ones."""

    current: Bundle | None
    earlier: list[EarlierRevision] = field(default_factory=list)


def respond_by(decided: dt.datetime) -> str:
    return (decided.astimezone(UTC).date() + dt.timedelta(days=CPOR_RESPOND_DAYS)).isoformat()


def action_required_comment(intro: str, findings: Sequence[str], step: str, decided: dt.datetime) -> str:
    """An Action Required comment as the tool's templates write it (seed: the Action Required example)."""
    return (
        f"Dear Partner,\n\n{intro}\n\n" + "\n".join(f"- {f}" for f in findings) + "\n\n"
        "You must take the following actions to continue processing your claim:\n"
        f"• {step}\n• Add additional comments (optional)\n"
        "• Resubmit your claim (status will then change to Under Review)\n\n"
        "As a reminder, we cannot take any action on your claim while it is in Action Required status. Claim "
        "review can resume once you have resubmitted and the claim status changes to Under Review.\n\n"
        f"You have {CPOR_RESPOND_DAYS} calendar days, until {respond_by(decided)}, to resubmit your claim with "
        f"the requested information or it is automatically rejected.\n\nBest regards,\n{CPOR_TEAM}"
    )


def rejection_comment(intro: str, findings: Sequence[str], *, disputable: bool = True) -> str:
    """A rejection as the seed's "Claim rejection" example and the tool's reject templates write it."""
    dispute = (
        "You have 30 days from this rejection to dispute it: review all comments in this claim, update your POE "
        "documentation to resolve every issue identified, click Dispute and Submit. If your dispute is "
        "rejected, this is a final decision.\n\n"
        if disputable
        else ""
    )
    return (
        f"Dear Partner,\n\n{intro}\n\n" + "\n".join(f"- {f}" for f in findings) + "\n\n"
        f"{dispute}{SUPPORT}\n\nBest regards,\n{CPOR_TEAM}"
    )


def decision_entry(claim: dict[str, Any], decision: str, *, comment: str, template_id: str,
                   decided: dt.datetime, workloads: dict[str, str] | None = None) -> dict[str, Any]:
    """One ``poe-decisions/1`` entry on an earlier revision (``checks`` empty: the loader recomputes them)."""
    given = workloads or {}
    per_workload = [
        {"name": w["name"], "subscription_id": w["subscription_id"], "decision": given.get(w["name"], decision)}
        for w in claim["workloads"]
    ]
    asks_partner = decision == "action_required" or "action_required" in given.values()
    return {
        "claim_id": claim["claim_id"],
        "decision": decision,
        "workloads": per_workload,
        "comment": comment,
        "template_id": template_id,
        "reviewer": EARLIER_REVIEWER,
        "decided_at": iso(decided),
        "respond_by": respond_by(decided) if asks_partner and claim["program"] == "cpor" else None,
        "conflict": None,
        "checks": {},
        "revision": 1,
        "final": False,
    }


def earlier_name(claim_id: str, short: str) -> str:
    return f"{claim_id}_r1_{short}"


# -- 1. Action Required answered with a fixed POE ------------------------------------------------
COHO_VINEYARD = Org("Coho Vineyard", "cohovineyard.com", "US", "Sonoma, CA")
COHO_VINEYARD_IT = Person("Elena Vasquez", "elena.vasquez@cohovineyard.com", "Director of Information Technology")


def keystone_cohovineyard_fixed() -> Returning:
    partner = Org("Keystone Endpoint Services", "keystoneendpoint.com", "US", "Pittsburgh, PA",
                  location_id="6678012", short="Keystone")
    lead = Person("Derek Holt", "dholt@keystoneendpoint.com", "Endpoint Practice Lead")
    claim_id, short = "3113105", "Keystone_CohoVineyard_Intune"
    first = dt.datetime(2025, 9, 2, 16, 40, tzinfo=UTC)
    decided = dt.datetime(2025, 9, 5, 18, 22, tzinfo=UTC)
    again = dt.datetime(2025, 9, 11, 15, 5, tzinfo=UTC)  # six days after the Action Required
    scope = [
        "<p>Coho Vineyard (280 staff at the Sonoma winery, two tasting rooms and the Napa bottling plant) managed "
        "its 190 Windows laptops with imaging and Group Policy, and the 60 tasting-room iPads and 45 cellar "
        "Android handhelds not at all.</p>",
        "<p><b>Phase 1 – Design and pilot</b></p>"
        + ul([
            "Intune tenant design: MDM authority, 4 RBAC roles for the IT team of 5, scope tags per site.",
            "Pilot of Windows Autopilot (user-driven, Entra ID join) with 20 office laptops.",
        ])
        + "<p><b>Phase 2 – Roll-out</b></p>"
        + ul([
            "Autopilot re-enrollment of the remaining 170 laptops in three waves; BitLocker, Defender Antivirus and "
            "OS-version compliance tied to Conditional Access.",
            "Automated Device Enrollment of the 60 tasting-room iPads in single-app mode for the point-of-sale app.",
            "Android Enterprise dedicated devices for the 45 cellar handhelds with the barrel-tracking app in "
            "kiosk mode.",
        ])
        + "<p><b>Phase 3 – Handover</b>: Windows Update rings, 6 admin runbooks and two training sessions for the "
        "IT team.</p>",
    ]
    selected = {"Microsoft Intune": ("Deployment", "Implementation")}
    draft = html_pdf(
        security_poe_template(partner=partner, customer=COHO_VINEYARD, signatory=COHO_VINEYARD_IT,
                              selected=selected, scope=scope, engagement=None, esign=None),
        PdfMeta("Coho Vineyard Intune POE", lead.name, dt.datetime(2025, 9, 1, 14, 10, tzinfo=EDT)),
    )
    esign = ESign(COHO_VINEYARD_IT.name, dt.date(2025, 9, 10), guid("env", "cohovineyard-keystone", upper=True))
    signed = html_pdf(
        security_poe_template(partner=partner, customer=COHO_VINEYARD, signatory=COHO_VINEYARD_IT,
                              selected=selected, scope=scope,
                              engagement=(dt.date(2025, 6, 9), dt.date(2025, 8, 29)), esign=esign),
        PdfMeta("Coho Vineyard Intune POE", lead.name, dt.datetime(2025, 9, 9, 10, 30, tzinfo=EDT),
                modified=dt.datetime(2025, 9, 10, 12, 45, tzinfo=PDT)),
        decorate=esign_decorations(esign),
    )
    draft_path, signed_path = "POE/CohoVineyard_Intune_POE.pdf", "POE/CohoVineyard_Intune_POE_signed.pdf"
    common: dict[str, Any] = dict(
        claim_id=claim_id, program="cpor", claim_kind="usage", solution_area="Security", partner=partner,
        partner_contact=lead, customer=COHO_VINEYARD, customer_contact=COHO_VINEYARD_IT,
        workloads=[("INTUNE", None)],
    )
    note = ("partner", first - dt.timedelta(minutes=1), "POE template for the Intune deployment attached.")
    r1 = claim_doc(**common, submitted=first, documents=[(draft_path, "poe")], comments=[note])
    comment = action_required_comment(
        f"We have reviewed claim {claim_id} for INTUNE with Coho Vineyard. The proof of execution does not show "
        "when the customer signed or acknowledged it, and the customer acknowledgement must be dated within 12 "
        "months of claim submission. Please make sure the POE shows the dates of the engagement and the date "
        "of the customer's signature or acknowledgement.",
        [f"The Engagement Start and End Date and the Date Signed fields of {draft_path} are empty.",
         "The Signature field of section 3.1 is empty: the POE carries no customer signature."],
        "Upload the POE with the engagement start and end dates and a dated customer signature or "
        "acknowledgement. If a part of a POE document must be corrected, upload the entire corrected document "
        "as a single file.",
        decided,
    )
    current = claim_doc(
        **common, submitted=again, documents=[(draft_path, "poe"), (signed_path, "poe")],
        comments=[note, ("microsoft", decided, comment),
                  ("partner", again - dt.timedelta(minutes=2),
                   "The customer signed the POE through DocuSign on 9/10/2025; the engagement dates are filled "
                   "in. Signed copy attached.")],
        history=[("submission", first, lead.email), ("action required", decided, "Microsoft"),
                 ("submission", again, lead.email)],
    )
    name = f"{claim_id}_{short}"
    return Returning(
        Bundle(
            name, current, {draft_path: draft, signed_path: signed}, "approve",
            "CPOR Security usage (INTUNE), a resubmission after Action Required. Revision 1 (`.earlier/`, "
            "submitted 2025-09-02): the POE template with a detailed scope (190 laptops, 60 iPads, 45 "
            "handhelds, three phases) but empty engagement dates, no signature and no date signed; decided "
            "Action Required on 2025-09-05 (`missing_dates`, respond by 2025-09-19). Now, resubmitted "
            "2025-09-11 (six days later): the same POE signed through DocuSign by the customer's IT director "
            "on 9/10/2025 with the engagement dates (June 9 – August 29, 2025), plus the revision-1 file "
            "unchanged.",
            "Resubmitted within the fourteen days, and the signed, dated POE meets every reason given: "
            "verifiable e-signature within 12 months, names, detailed activities, INTUNE matches, engagement "
            "dates. The unsigned draft left in the bundle changes nothing.",
        ),
        [EarlierRevision(
            Bundle(earlier_name(claim_id, short), r1, {draft_path: draft}, "action_required",
                   "Revision 1: unsigned, undated POE template with a detailed scope.", "", folder=EARLIER),
            decision_entry(r1, "action_required", comment=comment, template_id="missing_dates", decided=decided),
            current=name,
        )],
    )


# -- 2. Action Required answered with the same POE under a new name -------------------------------
PHONE_COMPANY = Org("The Phone Company", "thephone-company.com", "US", "Dallas, TX")
PHONE_COMPANY_CISO = Person("Marcus Webb", "marcus.webb@thephone-company.com", "Chief Information Security Officer")


def redwood_phonecompany_renamed() -> Returning:
    partner = Org("Redwood Crest Consulting", "redwoodcrest.com", "US", "Eureka, CA", location_id="6689245",
                  short="Redwood Crest")
    lead = Person("Ivy Chen", "ichen@redwoodcrest.com", "Messaging Security Consultant")
    claim_id, short = "3113218", "RedwoodCrest_PhoneCompany_MDO"
    first = dt.datetime(2025, 9, 9, 19, 30, tzinfo=UTC)
    decided = dt.datetime(2025, 9, 12, 14, 10, tzinfo=UTC)
    again = dt.datetime(2025, 9, 22, 16, 45, tzinfo=UTC)  # ten days later, within the fourteen
    scope = [
        "<p>The Phone Company has 1,900 Exchange Online mailboxes (1,640 store and call-centre staff, 260 head "
        "office) and 85 shared mailboxes for its 140 retail stores. Gift-card phishing against store managers "
        "rose sharply in spring 2025.</p>",
        "<p><b>Protection (July 7 – August 1, 2025)</b></p>"
        + ul([
            "Strict preset security policy for 210 store managers, finance and executives; standard for the rest.",
            "Safe Links and Safe Attachments for email, Teams and Office apps; dynamic delivery.",
            "Impersonation protection for 40 executives and the 12 carrier and supplier domains.",
        ])
        + "<p><b>Operations (August 4 – August 29, 2025)</b></p>"
        + ul([
            "Attack simulation training for all 1,900 users: 2 campaigns, click rate down from 17% to 6%.",
            "Automated investigation and response playbooks; daily quarantine review handed to the help desk.",
        ]),
    ]
    poe = html_pdf(
        security_poe_template(partner=partner, customer=PHONE_COMPANY, signatory=PHONE_COMPANY_CISO,
                              selected={"Microsoft Defender for Office 365": ("Deployment", "Implementation")},
                              scope=scope, engagement=(dt.date(2025, 7, 7), dt.date(2025, 8, 29)), esign=None),
        PdfMeta("The Phone Company MDO POE", lead.name, dt.datetime(2025, 9, 8, 11, 0, tzinfo=PDT)),
    )
    first_path, renamed = "POE/PhoneCompany_MDO_POE.pdf", "POE/PhoneCompany_MDO_POE_v2_FINAL.pdf"
    common: dict[str, Any] = dict(
        claim_id=claim_id, program="cpor", claim_kind="usage", solution_area="Security", partner=partner,
        partner_contact=lead, customer=PHONE_COMPANY, customer_contact=PHONE_COMPANY_CISO,
        workloads=[("MICROSOFT DEFENDER FOR OFFICE", None)],
    )
    r1 = claim_doc(**common, submitted=first, documents=[(first_path, "poe")])
    comment = action_required_comment(
        f"We have reviewed claim {claim_id} for MICROSOFT DEFENDER FOR OFFICE with The Phone Company, and the "
        "proof of execution does not contain a valid customer signature or acknowledgement validating your "
        "involvement with the customer. Acceptable are physically signed documents, a valid, secure and "
        "verifiable electronic signature, or an e-mail acknowledgement from the customer's own domain. Customer "
        "e-mails concerning licensing purchases, e-mails forwarded from customers, partner e-mails the customer "
        "did not accept, copied or pasted signatures and flat images of signatures are not accepted.",
        [f"The Signature and Date Signed fields of section 3.1 of {first_path} are empty: the customer has not "
         "signed the POE."],
        "Upload a POE document signed by The Phone Company, or the customer's e-mail acknowledging the work you "
        "performed, sent from the customer's domain.",
        decided,
    )
    current = claim_doc(
        **common, submitted=again, documents=[(renamed, "poe")],
        comments=[("microsoft", decided, comment),
                  ("partner", again - dt.timedelta(minutes=1), "Updated POE uploaded as requested.")],
        history=[("submission", first, lead.email), ("action required", decided, "Microsoft"),
                 ("submission", again, lead.email)],
    )
    name = f"{claim_id}_{short}"
    return Returning(
        Bundle(
            name, current, {renamed: poe}, "action_required",
            "CPOR Security usage (MDO), a resubmission after Action Required. Revision 1 (`.earlier/`, "
            "submitted 2025-09-09): a detailed, dated POE template that the customer never signed; decided "
            "Action Required on 2025-09-12 (`no_customer_acknowledgement`, respond by 2025-09-26). Now, "
            f"resubmitted 2025-09-22 with the comment \"Updated POE uploaded as requested.\": `{renamed}` is the "
            f"revision-1 `{first_path}` byte for byte under a new name, and nothing else.",
            "Resubmitted in time, but nothing was fixed: the same bytes under a new name (the comparison with "
            "revision 1 shows a rename, not a new document), still no customer signature or acknowledgement. "
            "Ask again for the signed POE.",
        ),
        [EarlierRevision(
            Bundle(earlier_name(claim_id, short), r1, {first_path: poe}, "action_required",
                   "Revision 1: detailed, dated POE template without the customer's signature.", "",
                   folder=EARLIER),
            decision_entry(r1, "action_required", comment=comment, template_id="no_customer_acknowledgement",
                           decided=decided),
            current=name,
        )],
    )


# -- 3. Action Required that expired without an answer --------------------------------------------
LIBERTYS = Org("Liberty's Delightful Sinful Bakery & Cafe", "libertysbakery.com", "US", "New York, NY",
               short="Liberty's Bakery")
LIBERTYS_OPS = Person("Nadia Petrova", "nadia.petrova@libertysbakery.com", "Operations Director")


def silverline_libertys_expired() -> Returning:
    partner = Org("Silverline Workplace Solutions", "silverlineworkplace.com", "US", "Hoboken, NJ",
                  location_id="6690318", short="Silverline")
    rep = Person("Greg Patel", "gpatel@silverlineworkplace.com", "Account Manager")
    claim_id, short = "3113342", "Silverline_LibertysBakery_Intune"
    first = dt.datetime(2025, 9, 15, 13, 20, tzinfo=UTC)
    decided = dt.datetime(2025, 9, 18, 15, 45, tzinfo=UTC)
    esign = ESign(LIBERTYS_OPS.name, dt.date(2025, 9, 10), guid("env", "libertys-silverline", upper=True))
    scope = [
        "<p>Assistance with Microsoft Intune deployment setup, guidance and best practices. Licensing your end "
        "users, adding users to your Intune subscription and creating user and device groups. Knowledge "
        "transfer to the customer's team and ongoing advisory services as needed.</p>",
    ]
    poe = html_pdf(
        security_poe_template(partner=partner, customer=LIBERTYS, signatory=LIBERTYS_OPS,
                              selected={"Microsoft Intune": ("Deployment",)}, scope=scope,
                              engagement=(dt.date(2025, 7, 1), dt.date(2025, 8, 29)), esign=esign),
        PdfMeta("Intune POE", rep.name, dt.datetime(2025, 9, 9, 16, 0, tzinfo=EDT),
                modified=dt.datetime(2025, 9, 10, 9, 40, tzinfo=EDT)),
        decorate=esign_decorations(esign),
    )
    path = "POE/LibertysBakery_Intune_POE.pdf"
    r1 = claim_doc(
        claim_id=claim_id, program="cpor", claim_kind="usage", solution_area="Security", submitted=first,
        partner=partner, partner_contact=rep, customer=LIBERTYS, customer_contact=LIBERTYS_OPS,
        workloads=[("INTUNE", None)], documents=[(path, "poe")],
    )
    comment = action_required_comment(
        f"We have reviewed claim {claim_id} for INTUNE with Liberty's Delightful Sinful Bakery & Cafe. The "
        "proof of execution must describe in detail the work performed for the customer: the users and devices "
        "in scope, the timeline and the concrete services delivered for the workload. Generic product benefits "
        "or a list of high-level tasks are not accepted.",
        [f"Section 2 of {path} gives only generic assistance (\"deployment setup, guidance and best "
         "practices\"), with no users or devices in scope and no concrete Intune configuration delivered."],
        "Upload a POE that describes in detail the Intune activities you performed for the customer, signed "
        "and dated by the customer.",
        decided,
    )
    name = earlier_name(claim_id, short)
    return Returning(None, [EarlierRevision(
        Bundle(
            name, r1, {path: poe}, "reject",
            "CPOR Security usage (INTUNE), an Action Required that expired. Only revision 1 exists (no bundle "
            "in the queue): a POE template signed through DocuSign on 9/10/2025 with engagement dates but the "
            "guide's generic scope (\"deployment setup, guidance and best practices\"), submitted 2025-09-15 and "
            "decided Action Required on 2025-09-18 (`generic_activity_detail`, respond by 2025-10-02). The "
            "partner never resubmitted.",
            "No response within fourteen days of Partner Action Required: the claim is automatically rejected "
            "(template `no_response_expired`); the partner may dispute within 30 days or file a new claim.",
            folder=EARLIER,
        ),
        decision_entry(r1, "action_required", comment=comment, template_id="generic_activity_detail",
                       decided=decided),
        listed=True,
    )])


# -- 4. A dispute with new evidence ----------------------------------------------------------------
FABRIKAM_RESIDENCES = Org("Fabrikam Residences", "fabrikamresidences.com", "US", "Miami, FL")
FABRIKAM_RESIDENCES_CIO = Person("Carmen Diaz", "carmen.diaz@fabrikamresidences.com", "Chief Information Officer")


def bluewater_fabrikamresidences_dispute() -> Returning:
    partner = Org("Bluewater Secure IT", "bluewatersecure.com", "US", "Tampa, FL", location_id="6701455",
                  short="Bluewater")
    lead = Person("Tom Reilly", "treilly@bluewatersecure.com", "Information Protection Consultant")
    claim_id, short = "3113467", "Bluewater_FabrikamResidences_MIP"
    first = dt.datetime(2025, 9, 12, 18, 30, tzinfo=UTC)
    rejected = dt.datetime(2025, 9, 16, 15, 20, tzinfo=UTC)
    opened = dt.datetime(2025, 9, 24, 13, 0, tzinfo=UTC)
    disputed = dt.datetime(2025, 9, 26, 16, 10, tzinfo=UTC)  # ten days after the rejection
    summary = Mail(
        sender=lead, to=(FABRIKAM_RESIDENCES_CIO,), date=dt.datetime(2025, 9, 10, 17, 5, tzinfo=EDT),
        subject="Information protection project – completion summary",
        body=(
            "Hi Carmen,\n\nA summary of the Microsoft Purview Information Protection work Bluewater completed for "
            "Fabrikam Residences:\n"
            "- Sensitivity labels (Public, General, Confidential – Residents, Highly Confidential – Finance) "
            "published to all 1,150 employees on June 30, 2025\n"
            "- Auto-labelling of lease files and resident records in the 38 property SharePoint sites\n"
            "- DLP policies for bank account and SSN data in Exchange, SharePoint and OneDrive\n"
            "- Label training for the 38 property managers; runbooks for your IT team\n\n"
            "Could you reply to confirm the work is complete?\n\n"
            "Regards,\nTom Reilly\nInformation Protection Consultant | Bluewater Secure IT\n"
        ),
        received=False,
    )
    esign = ESign(FABRIKAM_RESIDENCES_CIO.name, dt.date(2025, 9, 23),
                  guid("env", "fabrikamresidences-bluewater", upper=True))
    acceptance = html_pdf(
        [
            f"""<p><b style="font-size: 15pt; color: #7a3b00">Fabrikam Residences</b><br/>
<span class="small">400 Brickell Bay Drive, Miami, FL 33131 · fabrikamresidences.com</span></p>
<h1>Customer Acceptance – Microsoft Purview Information Protection</h1>
<table>{rows([("Customer", FABRIKAM_RESIDENCES.name), ("Partner", partner.name),
              ("Workload", "Microsoft Purview Information Protection"),
              ("Engagement dates", "June 2, 2025 – August 29, 2025")])}</table>
<p>Fabrikam Residences confirms that Bluewater Secure IT delivered the following information protection work
for our 1,150 employees across 38 residential properties, and accepts it as complete:</p>""",
            "<table><tr><th>Phase</th><th>Dates</th><th>What was delivered</th></tr>"
            + table_rows([
                ("Discovery", "Jun 2 – Jun 20", "Content explorer review of 2.6 million files; 5 sensitive "
                 "information types tuned (resident SSN, bank account, lease number, driver's licence, card "
                 "number)."),
                ("Labels", "Jun 23 – Jul 18", "Label taxonomy agreed with Legal and Finance; 4 labels and 3 "
                 "sub-labels published to all 1,150 employees on June 30; mandatory labelling for the 64 finance "
                 "and leasing staff."),
                ("Auto-labelling and DLP", "Jul 21 – Aug 15", "Auto-labelling of lease files and resident records "
                 "in the 38 property SharePoint sites; DLP policies for bank and SSN data in Exchange, SharePoint "
                 "and OneDrive, in test for two weeks, then enforced."),
                ("Handover", "Aug 18 – Aug 29", "Training for the 38 property managers; 5 runbooks and a weekly "
                 "DLP alert review handed to the IT team."),
            ])
            + "</table>",
            f"""<h2>Customer signature</h2>
<table><tr><td class="label">Signature</td><td>{esign.html()}</td></tr>
<tr><td class="label">Name, title</td><td>{escape(FABRIKAM_RESIDENCES_CIO.name)},
{escape(FABRIKAM_RESIDENCES_CIO.title)}, {escape(FABRIKAM_RESIDENCES.name)}</td></tr>
<tr><td class="label">E-mail</td><td>{escape(FABRIKAM_RESIDENCES_CIO.email)}</td></tr>
<tr><td class="label">Date Signed</td><td>{us_date(esign.signed)}</td></tr></table>""",
        ],
        PdfMeta("Fabrikam Residences - MIP acceptance", FABRIKAM_RESIDENCES_CIO.name,
                dt.datetime(2025, 9, 22, 15, 0, tzinfo=EDT), modified=dt.datetime(2025, 9, 23, 10, 20, tzinfo=EDT)),
        decorate=esign_decorations(esign),
    )
    mail_path = "POE/Information protection project – completion summary.msg"
    letter_path = "Dispute/FabrikamResidences_MIP_Customer_Acceptance_signed.pdf"
    mail = msg_bytes(summary)
    common: dict[str, Any] = dict(
        claim_id=claim_id, program="cpor", claim_kind="usage", solution_area="Security", partner=partner,
        partner_contact=lead, customer=FABRIKAM_RESIDENCES, customer_contact=FABRIKAM_RESIDENCES_CIO,
        workloads=[("MICROSOFT INFORMATION PROTECTION", None)],
    )
    r1 = claim_doc(**common, submitted=first, documents=[(mail_path, "poe")])
    comment = rejection_comment(
        f"We have reviewed claim {claim_id} for MICROSOFT INFORMATION PROTECTION with Fabrikam Residences. Due "
        "to an unresolved issue with components of the Proof of Execution (POE), your claim has been rejected "
        "for the following reasons:",
        [f"The only document, {mail_path}, is your own e-mail to the customer (saved from your Sent Items) "
         "asking for a confirmation; no reply from the customer accepts it. A partner e-mail the customer never "
         "accepted is not a customer acknowledgement, however detailed.",
         "The claim carries no customer signature and no e-mail from the customer's domain acknowledging the "
         "work."],
    )
    current = claim_doc(
        **common, submitted=disputed, status="disputed",
        documents=[(mail_path, "poe"), (letter_path, "poe")],
        comments=[("microsoft", rejected, comment),
                  ("partner", disputed - dt.timedelta(minutes=3),
                   "Dispute: the customer's signed acceptance of the information protection work (DocuSign, "
                   "9/23/2025, Carmen Diaz, CIO) is attached.")],
        history=[("submission", first, lead.email), ("rejected", rejected, "Microsoft"),
                 ("disputed", opened, lead.email), ("submission", disputed, lead.email)],
    )
    name = f"{claim_id}_{short}"
    return Returning(
        Bundle(
            name, current, {mail_path: mail, letter_path: acceptance}, "approve",
            "CPOR Security usage (MIP), a dispute. Revision 1 (`.earlier/`, submitted 2025-09-12): only the "
            "partner's own summary e-mail to the customer (.msg from Sent Items) and no customer reply; "
            "rejected on 2025-09-16 (`other_reject`). Status `disputed`: dispute opened 2025-09-24 and "
            "submitted 2025-09-26 (ten days after the rejection), adding an acceptance on the customer's "
            "letterhead e-signed through DocuSign by its CIO (carmen.diaz@fabrikamresidences.com) on 9/23/2025, "
            "detailing 1,150 employees, 38 properties, four dated phases.",
            "Disputed within 30 days, and the customer's signed acceptance resolves the reason for the "
            "rejection: verifiable e-signature within 12 months, names, detailed activities, MIP matches. The "
            "decision on a dispute is final.",
        ),
        [EarlierRevision(
            Bundle(earlier_name(claim_id, short), r1, {mail_path: mail}, "reject",
                   "Revision 1: the partner's own summary e-mail, no customer acknowledgement.", "",
                   folder=EARLIER),
            decision_entry(r1, "rejected", comment=comment, template_id="other_reject", decided=rejected),
            current=name,
        )],
    )


# -- 5. A dispute of a rejection for consent to another partner (no earlier revision decided here) --
CONTOSO_PHARMA = Org("Contoso Pharmaceuticals", "contosopharma.com", "US", "Princeton, NJ")
CONTOSO_PHARMA_IT = Person("Rachel Kim", "rachel.kim@contosopharma.com", "IT Director")
CONSENT_REJECTION = "Automatically rejected: the customer consented to another partner's claim for this engagement."


def contoso_pharma_poe(partner: Org, pm: Person) -> bytes:
    """The AMMP POE template, filled in and e-signed by the customer (as Relecloud's, another project)."""
    esign = ESign(CONTOSO_PHARMA_IT.name, dt.date(2025, 8, 27), guid("env", "contosopharma-northstar", upper=True))
    blocks = [
        f"""<p class="small">Azure Migrate and Modernize (AMMP) – Partner-led engagement</p>
<h1>Proof of Execution – App and Data Modernization (Small)</h1>
<table>{rows([("Customer", CONTOSO_PHARMA.name), ("Partner", partner.name), ("Engagement", AMMP_SMALL),
              ("Expected Azure consumption", "About USD 74,000 a year once all 12 trial sites use the portal"),
              ("In production on Azure since", "August 20, 2025")])}</table>""",
        "<h2>Application in scope</h2><p>Contoso Pharmaceuticals' clinical-supply tracking portal is used by 180 "
        "staff at 12 trial sites to order investigational product, record temperature excursions and reconcile "
        "returns. It ran as a Java 8 application on three Tomcat servers with an Oracle 12c database (290 GB) in "
        "the Princeton data centre.</p>",
        "<h2>Required activities</h2><table><tr><th>Activity</th><th>Dates</th><th>What was done</th></tr>"
        + table_rows([
            ("Application Compatibility Assessment/Review", "Jun 23 – Jul 3",
             "Azure Migrate app and code assessment of the portal (14 modules); Java 8 to 17 upgrade path; Oracle "
             "schema assessment with 3 blockers (packages using UTL_FILE, 2 database links)."),
            ("Landing Zone Setup or Review", "Jul 7 – Jul 18",
             "Landing zone in East US 2 with a hub-spoke network, Azure Firewall, private DNS zones and policies "
             "for GxP tagging and allowed regions."),
            ("Modernization activities", "Jul 21 – Aug 22",
             "Portal rebuilt on Azure App Service (Java 17, Premium v3, 2 instances); database migrated to Azure "
             "Database for PostgreSQL Flexible Server (8 vCores) with ora2pg; batch reconciliation moved to Azure "
             "Functions; Azure DevOps pipelines with validation gates."),
            ("Azure security deployment and setup", "Aug 18 – Aug 29",
             "Defender for Cloud plans for App Service and open-source databases; managed identities and Key "
             "Vault for secrets; private endpoints for the database and Key Vault."),
        ])
        + "</table>",
        f"""<h2>Customer sign-off</h2>
<p>Contoso Pharmaceuticals confirms that {escape(partner.name)} completed the activities above and that the
modernized portal has been in production on Azure since August 20, 2025.</p>
<table><tr><td class="label">Signature</td><td>{esign.html()}</td></tr>
<tr><td class="label">Name, title</td><td>{escape(CONTOSO_PHARMA_IT.name)}, {escape(CONTOSO_PHARMA_IT.title)}</td></tr>
<tr><td class="label">Date Signed</td><td>{us_date(esign.signed)}</td></tr></table>""",
    ]
    return html_pdf(
        blocks,
        PdfMeta("Contoso Pharmaceuticals - AMMP POE", pm.name, dt.datetime(2025, 8, 26, 16, 0, tzinfo=CDT),
                modified=dt.datetime(2025, 8, 27, 9, 15, tzinfo=EDT)),
        decorate=esign_decorations(esign),
    )


def northstar_contosopharma_consent_dispute() -> Returning:
    partner = Org("Northstar Cloud Advisors", "northstarcloud.com", "US", "Minneapolis, MN", location_id="6712580",
                  short="Northstar")
    pm = Person("Jonas Berg", "jonas.berg@northstarcloud.com", "Azure Practice Lead")
    claim_id = "3113590"
    consent = dt.date(2025, 6, 16)
    first = dt.datetime(2025, 9, 4, 17, 45, tzinfo=UTC)
    rejected = dt.datetime(2025, 9, 10, 14, 3, tzinfo=UTC)
    opened = dt.datetime(2025, 9, 22, 15, 30, tzinfo=UTC)
    disputed = dt.datetime(2025, 9, 23, 16, 20, tzinfo=UTC)  # thirteen days after the rejection
    start, end, production = dt.date(2025, 6, 23), dt.date(2025, 8, 29), dt.date(2025, 8, 20)
    customer_json, partner_json = ammp_surveys(
        claim_id, partner, customer_sig=(CONTOSO_PHARMA_IT.name, CONTOSO_PHARMA.name, CONTOSO_PHARMA_IT.title),
        partner_sig=(pm.name, partner.name, pm.title), start=start, end=end, production=production,
        acr="74,000", customer_done=dt.datetime(2025, 8, 28, 14, 12, tzinfo=UTC),
        partner_done=dt.datetime(2025, 8, 29, 15, 30, tzinfo=UTC))
    invoice_path = "Invoice/NCA-INV-2025-0917.pdf"
    files = {
        invoice_path: mci_invoice(
            partner=partner, contact=pm, phone="+1-612-555-0164", date=dt.date(2025, 9, 2), claim_id=claim_id,
            engagement=AMMP_SMALL, amount="$15,000.00 USD", number="NCA-INV-2025-0917",
            created=dt.datetime(2025, 9, 2, 10, 0, tzinfo=CDT)),
        "POE/Contoso Pharmaceuticals - AMMP POE template signed.pdf": contoso_pharma_poe(partner, pm),
        "Attestations/customer_survey.json": customer_json,
        "Attestations/partner_survey.json": partner_json,
    }
    history = [
        *pa_history(consent, first, pm.email),
        ("rejected", rejected, "system"),
        ("disputed", opened, pm.email),
        ("submission", disputed, pm.email),
    ]
    claim = claim_doc(
        claim_id=claim_id, program="partner_activities", solution_area="Azure", submitted=disputed,
        status="disputed", partner=partner, partner_contact=pm, customer=CONTOSO_PHARMA,
        customer_contact=CONTOSO_PHARMA_IT,
        workloads=[("AZURE APP SERVICE", None), ("AZURE DATABASE FOR POSTGRESQL", None)],
        documents=[(invoice_path, "invoice"),
                   ("POE/Contoso Pharmaceuticals - AMMP POE template signed.pdf", "poe"),
                   ("Attestations/customer_survey.json", "customer_attestation"),
                   ("Attestations/partner_survey.json", "partner_attestation")],
        engagement={"id": "AMMP-APPDATA-S", "name": AMMP_SMALL, "activity_type": "xs_small",
                    "payout_type": "fixed", "proposed_payout_usd": None},
        consent_date=consent,
        comments=[("microsoft", rejected, CONSENT_REJECTION),
                  ("partner", disputed - dt.timedelta(minutes=2),
                   "We dispute this rejection: Northstar delivered the whole engagement for Contoso "
                   "Pharmaceuticals (the customer's attestation and the signed POE are attached) and the "
                   "customer consented to our claim on June 16. Please review.")],
        history=history,
    )
    return Returning(Bundle(
        "3113590_Northstar_ContosoPharmaceuticals_AMMP", claim, files, "reject",
        f"Partner activities, {AMMP_SMALL}, fixed payout; US partner. Complete, correct evidence (invoice "
        "$15,000.00 USD with the claim id, both surveys signed in full, AMMP POE e-signed by the customer). "
        "Submitted 2025-09-04, then rejected automatically on 2025-09-10 (`rejected` by `system`, and "
        f"Microsoft's comment \"{CONSENT_REJECTION}\"). Status `disputed`: dispute opened 2025-09-22, "
        "submitted 2025-09-23 (within 30 days). No earlier revision in `.earlier/`: no reviewer decided it.",
        "Seed, Claim rejection: when a customer consents to another partner's claim for the same engagement "
        "and customer, the other open claims are rejected automatically and disputes are not accepted for "
        "this scenario, whatever the evidence. Reject (template `dispute_not_accepted`); the decision is final.",
    ))


# -- 6. A partial approval's follow-up claim ------------------------------------------------------
BOULDER = Org("Boulder Innovations", "boulderinnovations.com", "US", "Fort Collins, CO")
BOULDER_CISO = Person("Hugo Lindgren", "hugo.lindgren@boulderinnovations.com", "Chief Information Security Officer")


def ridgeline_boulder_follow_up() -> Returning:
    partner = Org("Ridgeline Endpoint Partners", "ridgelineendpoint.com", "US", "Spokane, WA",
                  location_id="6723691", short="Ridgeline")
    lead = Person("Sara Whitman", "swhitman@ridgelineendpoint.com", "Modern Endpoint Lead")
    r1_id, follow_id = "3113612", "3113735"
    r1_short, short = "Ridgeline_BoulderInnovations_Endpoint", "Ridgeline_BoulderInnovations_MDE"
    first = dt.datetime(2025, 9, 8, 16, 0, tzinfo=UTC)
    decided = dt.datetime(2025, 9, 12, 17, 30, tzinfo=UTC)
    submitted = dt.datetime(2025, 9, 25, 15, 40, tzinfo=UTC)
    intune_esign = ESign(BOULDER_CISO.name, dt.date(2025, 9, 3), guid("env", "boulder-ridgeline-intune", upper=True))
    intune_scope = [
        "<p>Boulder Innovations designs laboratory instruments: 620 staff in Fort Collins and Golden, 940 Windows "
        "11 laptops and 210 iPhones, managed until this year by Configuration Manager only, with no mobile "
        "device management.</p>",
        "<p><b>Phase 1 – Co-management (June 2 – June 27, 2025)</b></p>"
        + ul([
            "Configuration Manager tenant attach and co-management; compliance, device configuration and "
            "Windows Update workloads moved to Intune for 940 laptops.",
            "Compliance policies (BitLocker, Secure Boot, OS version) tied to Conditional Access for Microsoft "
            "365.",
        ])
        + "<p><b>Phase 2 – Mobile and apps (June 30 – August 29, 2025)</b></p>"
        + ul([
            "Automated Device Enrollment of 210 corporate iPhones; app protection for Outlook and Teams.",
            "Win32 packaging of 34 engineering applications; Company Portal for self-service installs.",
            "Endpoint analytics baseline and 3 remediation scripts for the service desk.",
        ])
        + "<p><b>Next phase (planned)</b>: Microsoft Defender for Endpoint onboarding of the enrolled devices, "
        "scheduled to start on September 8, 2025 under a separate work order.</p>",
    ]
    intune_poe = html_pdf(
        security_poe_template(partner=partner, customer=BOULDER, signatory=BOULDER_CISO,
                              selected={"Microsoft Intune": ("Deployment", "Implementation")}, scope=intune_scope,
                              engagement=(dt.date(2025, 6, 2), dt.date(2025, 8, 29)), esign=intune_esign),
        PdfMeta("Boulder Innovations Intune POE", lead.name, dt.datetime(2025, 9, 2, 15, 0, tzinfo=PDT),
                modified=dt.datetime(2025, 9, 3, 8, 50, tzinfo=MDT)),
        decorate=esign_decorations(intune_esign),
    )
    mde_esign = ESign(BOULDER_CISO.name, dt.date(2025, 9, 24), guid("env", "boulder-ridgeline-mde", upper=True))
    mde_scope = [
        "<p>Follow-on to the Intune deployment of June – August 2025: Boulder Innovations' 940 Windows 11 laptops "
        "and 26 Windows servers had Defender Antivirus only, with no endpoint detection and response.</p>",
        "<p><b>Onboarding (September 8 – September 16, 2025)</b></p>"
        + ul([
            "Onboarded 940 laptops to Microsoft Defender for Endpoint through the Intune EDR policy, in three rings "
            "(IT 30, engineering pilot 180, all remaining devices 730).",
            "Onboarded 26 Windows servers through Azure Arc and Defender for Servers.",
        ])
        + "<p><b>Hardening (September 15 – September 23, 2025)</b></p>"
        + ul([
            "EDR in block mode, tamper protection and network protection enabled for all devices.",
            "Attack surface reduction: 11 rules audited for a week, 8 set to block with 4 exclusions for the "
            "instrument-control software.",
            "Device groups for Fort Collins and Golden with automated remediation for IT devices; weekly "
            "vulnerability review with the service desk (first review: 212 high-severity findings).",
        ]),
    ]
    mde_poe = html_pdf(
        security_poe_template(partner=partner, customer=BOULDER, signatory=BOULDER_CISO,
                              selected={"Microsoft Defender for Endpoint (MDE)": ("Deployment", "Implementation")},
                              scope=mde_scope, engagement=(dt.date(2025, 9, 8), dt.date(2025, 9, 23)),
                              esign=mde_esign),
        PdfMeta("Boulder Innovations MDE POE", lead.name, dt.datetime(2025, 9, 23, 16, 30, tzinfo=PDT),
                modified=dt.datetime(2025, 9, 24, 10, 5, tzinfo=MDT)),
        decorate=esign_decorations(mde_esign),
    )
    intune_path, mde_path = "POE/BoulderInnovations_Intune_POE_signed.pdf", "POE/BoulderInnovations_MDE_POE_signed.pdf"
    common: dict[str, Any] = dict(
        program="cpor", claim_kind="usage", solution_area="Security", partner=partner, partner_contact=lead,
        customer=BOULDER, customer_contact=BOULDER_CISO,
    )
    r1 = claim_doc(**common, claim_id=r1_id, submitted=first,
                   workloads=[("INTUNE", None), ("MICROSOFT DEFENDER ENDPOINT", None)],
                   documents=[(intune_path, "poe")])
    comment = (
        f"Dear Partner,\n\nWe have reviewed claim {r1_id} for INTUNE, MICROSOFT DEFENDER ENDPOINT with Boulder "
        "Innovations. INTUNE has been approved: the signed POE details the Intune deployment. MICROSOFT "
        "DEFENDER ENDPOINT has been rejected for the following reasons:\n\n"
        f"- {intune_path} describes Microsoft Defender for Endpoint only as a planned next phase (\"scheduled to "
        "start on September 8, 2025\"); it does not show any Defender for Endpoint activity performed for the "
        "customer, and Microsoft Defender for Endpoint is not selected in section 1.\n\n"
        "A new claim will be created for the workload that was not approved. Upload there a POE, signed and "
        "dated by the customer, that describes the Defender for Endpoint work in detail.\n\n"
        f"{SUPPORT}\n\nBest regards,\n{CPOR_TEAM}"
    )
    follow_up = f"Follow-up claim for the workloads not approved on claim {r1_id}"
    current = claim_doc(
        **common, claim_id=follow_id, submitted=submitted, workloads=[("MICROSOFT DEFENDER ENDPOINT", None)],
        documents=[(mde_path, "poe")],
        comments=[("microsoft", decided, follow_up),
                  ("partner", submitted - dt.timedelta(minutes=1),
                   "Defender for Endpoint roll-out completed on September 23; the customer's signed POE is "
                   "attached.")],
    )
    name = f"{follow_id}_{short}"
    return Returning(
        Bundle(
            name, current, {mde_path: mde_poe}, "approve",
            f"CPOR Security usage (MDE), the follow-up claim the claims system opened for the workload a partial "
            f"approval did not approve. Earlier claim {r1_id} (`.earlier/`, submitted 2025-09-08) claimed INTUNE "
            "and MDE with a signed POE detailing the Intune deployment and naming Defender for Endpoint only as a "
            "planned next phase; decided `partially_approved` on 2025-09-12 (INTUNE approved, MDE rejected, "
            f"`other_reject`). Claim {follow_id} (same partner and customer, comment from Microsoft \"{follow_up}\"), "
            "submitted 2025-09-25: a POE template signed through DocuSign on 9/24/2025 detailing the Defender "
            "roll-out (940 laptops, 26 servers, two dated phases).",
            "The follow-up claim stands on its own evidence: verifiable e-signature within 12 months, names, "
            "detailed activities, MICROSOFT DEFENDER ENDPOINT matches, engagement dates.",
        ),
        [EarlierRevision(
            Bundle(earlier_name(r1_id, r1_short), r1, {intune_path: intune_poe}, "approve",
                   "Claim 3113612: signed Intune POE, Defender only planned.", "", folder=EARLIER),
            decision_entry(r1, "partially_approved", comment=comment, template_id="other_reject", decided=decided,
                           workloads={"INTUNE": "approved", "MICROSOFT DEFENDER ENDPOINT": "rejected"}),
            current=name,
        )],
    )


RETURNING: tuple[Callable[[], Returning], ...] = (
    keystone_cohovineyard_fixed,
    redwood_phonecompany_renamed,
    silverline_libertys_expired,
    bluewater_fabrikamresidences_dispute,
    northstar_contosopharma_consent_dispute,
    ridgeline_boulder_follow_up,
)


ASSUMPTIONS = [
    "3094408: the seed does not reproduce the Public Sector Country Ineligibility List; this bundle assumes "
    "Brazil (BR) is on it. With `resources/policy/public_sector.toml` `[ineligible_countries] countries` empty "
    "the tool can only warn. If BR is not on the real list, move the bundle to a listed country.",
    "Partner activities: the customer's acknowledgement is the customer attestation survey (seed: POE "
    "components for partner activities are the attestations, the invoice in USD, the POE documents and, where "
    "needed, the public sector disclosure). A POE report without a customer signature (3104870, 3097318, "
    "3096631, 3102455) is not a defect by itself; the AMMP template (\"Sign and Upload template\") of 3102231 "
    "is signed anyway.",
    "3096631: the seed gives the Enable Frontline Workshop rate only for Market C ($1,000); the Market A "
    "(US) amount cannot be checked, and the claim is decided by its deadline alone.",
    "3089940 / 3093377: the seed lists \"generic POE templates submitted on other partner claims\" as "
    "insufficient activity detail, which the partner can correct with customer-specific POE, hence "
    "action_required for both (each carries its own customer's e-signature); a reviewer who suspects copied "
    "evidence may escalate.",
    "Dates are judged against each claim's own `submitted_at` (all submissions fall between 2025-07-15 and "
    "2025-10-01).",
    "3113218: a resubmission that fixes nothing is sent back again (a second Action Required, fourteen new "
    "days) rather than rejected: the seed rejects a CPOR claim in Action Required only when its fourteen days run "
    "out (\"Status of a claim\"); a reviewer who sees a partner stalling may still reject.",
    "3113342: the claims system rejects an unanswered Action Required automatically after fourteen days; in the "
    "sample queue (all dates in 2025) its days have always run out, so the tool lists it expired and suggests the "
    "rejection with `no_response_expired`.",
    "3113590: the seed gives the rule (\"Disputes are not accepted for this scenario\") but not how the claims "
    "system records the automatic rejection: the sample writes a `rejected` history entry by `system` and a "
    "comment from Microsoft at the same time.",
    "3113735: the seed says a partial approval opens a new claim for the workloads not approved; the sample "
    "gives it a new claim id and a comment from Microsoft naming the original claim, and no fourteen-day clock "
    "(its workload was rejected, not sent back for action).",
]

QUEUE_NOTES = [
    "3091187 and 3091502 are a CPOR conflict: different partners (location ids 6120045 and 6354410) claim "
    "MICROSOFT DEFENDER ENDPOINT on the same VanArsdel Ltd. tenant. Expected winner: 3091187 (recent, detailed, "
    "ongoing work, signed POE); 3091502 is rejected.",
    "3089940 and 3093377 share the same POE scope text (a template with the customer name swapped): "
    "`reused_evidence` must flag both.",
    "3105110, 3105342 and 3105577: three partners claim MICROSOFT DEFENDER FOR IDENTITY on the same Trey "
    "Research tenant (one group). Expected winner: 3105110; the other two are rejected.",
    "3106204 and 3106631: a partial overlap on the Tailwind Traders tenant: both claim MICROSOFT DEFENDER "
    "ENDPOINT, only 3106204 claims INTUNE (not contested). Expected winner of MDE: 3106204; 3106631 is rejected.",
    "3088015 and 3107015: a Business Applications subscription conflict: DYNAMICS 365 FIELD SERVICE on the same "
    "subscription of Wide World Importers (3088015's other two workloads are not contested). Expected winner: "
    "3088015; 3107015 is rejected.",
    "3079758 and 3107420: both claim INTUNE on the Contoso tenant; once a reviewer approves 3079758, 3107420 is "
    "a claim against an approved association. Expected: 3079758 keeps the association; 3107420 is rejected.",
    "Conflict groups are listed by `poe-reviewer conflicts` once the queue is imported, and decided as one by "
    "`poe-reviewer decide-group` (the recommendation of a single bundle cannot know about the other partners).",
]


# ==============================================================================================
# Writing the queue
# ==============================================================================================
BUILDERS: tuple[Callable[[], Bundle], ...] = (
    fabrikam_contoso_intune,
    northwind_alpine_invalid,
    lakeside_woodgrove_rescued,
    bluepeak_tailspin_stale,
    meridian_fourthcoffee_presales,
    ironbridge_wideworld_bizapps,
    relecloud_coho_ammp_valid,
    aurelia_lucerne_eur_invoice,
    sahyadri_margies_frontline_unsigned,
    proseware_adventureworks_late,
    kestrel_northwind_variable,
    summit_cedarvalley_public_sector,
    harborview_lakeshore_no_disclosure,
    alvorada_campoverde_restricted,
    adatum_affiliate,
    litware_microsoft_customer,
    pinnacle_blueyonder_forwarded,
    hanseatic_elbtal_german,
    stratus_humongous_po_quote,
    ironclad_vanarsdel_conflict,
    brightwave_vanarsdel_conflict,
    cobalt_southridge_reused,
    vantage_wingtip_reused,
    lamna_trey_mdi,
    fincher_trey_mdi,
    olympia_trey_mdi,
    alpineridge_tailwind_endpoint,
    southwind_tailwind_mde,
    cascade_wideworld_fieldservice,
    bluesky_contoso_intune,
    trailhead_nod_scanned,
    granite_consolidated_unsigned_scan,
    riverbend_gdi_digitally_signed,
    quarryhill_bfyo_tampered,
    evergreen_munson_email,
    harborlights_firstup_partner_email,
    bayside_woodland_jpeg_letter,
)


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
    path = out / f"{bundle.name}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for rel in sorted(files):
            info = zipfile.ZipInfo(prefix + rel, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[rel])
    return path


def listed_missing(bundle: Bundle) -> list[str]:
    return [d["path"] for d in bundle.claim["documents"] if d["path"] not in bundle.files]


def unlisted(bundle: Bundle) -> list[str]:
    listed = {d["path"] for d in bundle.claim["documents"]}
    return [p for p in bundle.files if p not in listed]


def _row_entry(b: Bundle) -> str:
    folder = f"{b.folder}/" if b.folder else ""
    return f"`{folder}{b.name}{'.zip' if b.container != 'dir' else '/'}`"


def _row(label: str, b: Bundle) -> str:
    extras = []
    if b.container == "zip-folder":
        extras.append("zip with claim.json inside one top-level folder")
    elif b.container == "zip":
        extras.append("zip")
    if unlisted(b):
        extras.append("not listed in claim.json (so `supporting`): " + ", ".join(f"`{p}`" for p in unlisted(b)))
    if listed_missing(b):
        extras.append("listed but missing: " + ", ".join(f"`{p}`" for p in listed_missing(b)))
    extras.extend(b.notes)
    shows = b.shows + (" *" + "; ".join(extras) + ".*" if extras else "")
    c = b.claim
    kind = c["program"] if c["program"] != "cpor" else f"cpor/{c['claim_kind']}"
    claim = f"{c['claim_id']} {kind}, {c['solution_area']}"
    return f"| {label} | {_row_entry(b)} | {claim} | {shows} | **{b.expected}** | {b.why} |"


def _earlier_line(e: EarlierRevision) -> str:
    d, c = e.decision, e.bundle.claim
    given = d["template_id"]
    if d["decision"] == "partially_approved":
        given = "; ".join(f"{w['name']} {w['decision']}" for w in d["workloads"]) + f"; `{given}`"
    else:
        given = f"`{given}`"
    respond = f", respond by {d['respond_by']}" if d["respond_by"] else ""
    if e.current is None:
        then = "no later revision came back: the Action Required expired (row E1 above)"
    elif e.current.split("_", 1)[0] != c["claim_id"]:
        then = f"the follow-up claim is `{e.current}/`"
    else:
        then = f"the current revision is `{e.current}/`"
    return (
        f"- `{EARLIER}/{e.bundle.name}/` — claim {c['claim_id']}, revision {d['revision']}, submitted "
        f"{c['submitted_at'][:10]}: **{d['decision']}** on {d['decided_at'][:10]} ({given}){respond}; {then}."
    )


def readme(bundles: Sequence[Bundle], earlier: Sequence[EarlierRevision] = ()) -> str:
    rows_of_earlier = [e.bundle for e in earlier if e.listed]
    counts: dict[str, int] = {}
    for b in [*bundles, *rows_of_earlier]:
        counts[b.expected] = counts.get(b.expected, 0) + 1
    size = f"{len(bundles)} bundles in the queue"
    if rows_of_earlier:
        size += f", {len(rows_of_earlier)} earlier revision{'s' if len(rows_of_earlier) > 1 else ''} in `{EARLIER}/`"
    lines = [
        README_MARK,
        "",
        "Generated by `tools/make_samples.py` (do not edit by hand: change the script and run",
        "`.venv/bin/python tools/make_samples.py`). Every entry is a claim bundle in the",
        "`poe-claim-bundle/1` format of `shared/spec/claims-interchange.md`: a directory, or a .zip with",
        "`claim.json` at the root or inside one top-level folder.",
        "",
        "The **expected** column is the decision a careful reviewer reaches under the MCI claiming guide",
        "(June 2025) — the project's end-to-end tests compare the tool's recommendation with it.",
        "`reject` is for what the partner cannot fix (ineligible customer, expired claim, a conflict lost,",
        "restricted country); `action_required` is for POE the partner can correct or complete within 14 days.",
        "Rows numbered E1, E2, … name an earlier revision in the hidden folder `sample_poe/.earlier/` whose",
        "claim never came back: it is not a bundle of the queue, and its expected decision is what the queue",
        "makes of it once its time ran out, not what `poe-reviewer check` says of the bundle alone.",
        "",
        "Totals: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + f" ({size}).",
        "",
        "| # | bundle | claim | what it shows | expected | why |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    lines += [_row(str(i), b) for i, b in enumerate(bundles, 1)]
    lines += [_row(f"E{i}", b) for i, b in enumerate(rows_of_earlier, 1)]
    if earlier:
        lines += [
            "",
            f"Earlier revisions (`{EARLIER}/`): a returning claim — resubmitted after Action Required, disputed "
            "after a rejection, or the follow-up claim the claims system opens for the workloads a partial "
            "approval did not approve — has an earlier revision that a reviewer already decided. Those "
            f"revisions lie in the hidden folder `sample_poe/{EARLIER}/` (a queue import skips hidden entries), "
            "one bundle folder per earlier revision, `<claim_id>_r1_<name>/` (status `submitted`, history up to "
            f"its own submission), with `{EARLIER_DECISIONS}`: a `poe-decisions/1` export (spec section 4) of the "
            "decision made on each, with the reviewer's comment and template, `checks` left empty (the loader "
            "recomputes them) and `bundle_sha256` the digest of the earlier bundle as "
            "`poe_reviewer.bundle.load_bundle` computes it. When the workbench opens the sample queue it loads "
            "them before the queue, each earlier revision imported and its decision recorded at its own "
            "`decided_at`; the current revisions then arrive as returning claims, and the Action Required that "
            "nobody answered is waiting past its fourteen days. Each current bundle's `history` tells the "
            "claim's life as the claims system writes it (`submission`, `action required` or `rejected`, "
            "`disputed`, `submission`), and its `action required` or `rejected` entry has the time of the "
            "earlier decision's `decided_at`.",
            "",
        ]
        lines += [_earlier_line(e) for e in earlier]
    lines += [
        "",
        "Queue-level expectations (`--queue`):",
        "",
    ]
    lines += [f"- {n}" for n in QUEUE_NOTES]
    lines += ["", "Assumptions behind the expected decisions (where the seed leaves a gap):", ""]
    lines += [f"- {n}" for n in ASSUMPTIONS]
    return "\n".join(lines) + "\n"


def build_all() -> tuple[list[Bundle], list[EarlierRevision]]:
    """The bundles of the queue and the earlier revisions of its returning claims."""
    bundles = [build() for build in BUILDERS]
    earlier: list[EarlierRevision] = []
    for build_returning in RETURNING:
        returning = build_returning()
        if returning.current is not None:
            bundles.append(returning.current)
        earlier.extend(returning.earlier)
    names = [b.name for b in bundles]
    ids = [b.claim_id for b in bundles]
    if len(set(names)) != len(names) or len(set(ids)) != len(ids):
        raise RuntimeError("bundle names and claim ids must be unique")
    earlier_names = [e.bundle.name for e in earlier]
    if len(set(earlier_names)) != len(earlier_names) or any(e.bundle.folder != EARLIER for e in earlier):
        raise RuntimeError(f"earlier revisions must have unique names and lie in {EARLIER}/")
    return bundles, earlier


def _template_ids() -> set[str]:
    import tomllib

    with (REPO / "resources" / "templates" / "templates.toml").open("rb") as fh:
        return {str(t["id"]) for t in tomllib.load(fh).get("template", [])}


def write_earlier(out: Path, earlier: Sequence[EarlierRevision]) -> list[Path]:
    """Write the earlier revisions into ``out/.earlier/`` and the decisions made on them (``poe-decisions/1``),
    each naming its evidence by the digest the tool's bundle loader computes."""
    from poe_reviewer.bundle import load_bundle
    from poe_reviewer.schemas import validation_errors

    folder = out / EARLIER
    folder.mkdir(parents=True, exist_ok=True)
    templates = _template_ids()
    decisions: list[dict[str, Any]] = []
    written: list[Path] = []
    for e in earlier:
        path = write_bundle(folder, e.bundle)
        written.append(path)
        with load_bundle(path) as loaded:
            digest = loaded.digest
        if e.decision["template_id"] not in templates:
            raise RuntimeError(f"{e.bundle.name}: no comment template {e.decision['template_id']!r}")
        decisions.append({**e.decision, "bundle_sha256": digest})
    decisions.sort(key=lambda d: (d["decided_at"], d["claim_id"]))
    if decisions and decisions[-1]["decided_at"] > iso(EARLIER_EXPORTED_AT):
        raise RuntimeError("the earlier decisions must be exported after they were made")
    export = {
        "format": "poe-decisions/1",
        "exported_at": iso(EARLIER_EXPORTED_AT),
        "exported_by": EARLIER_REVIEWER,
        "decisions": decisions,
    }
    problems = validation_errors("poe-decisions/1", export)
    if problems:
        raise RuntimeError(f"{EARLIER}/{EARLIER_DECISIONS} is not valid poe-decisions/1: {problems}")
    text = json.dumps(export, indent=2, ensure_ascii=False) + "\n"
    (folder / EARLIER_DECISIONS).write_text(text, encoding="utf-8")
    return written


#: The sample queue's clocks relative to the day it is imported (poe_reviewer/application/sample_timeline.py),
#: copied into the queue as a hidden file (a queue import skips it).
TIMELINE_SOURCE = REPO / "tools" / "sample_timeline.toml"
TIMELINE = ".timeline.toml"


def write_timeline(out: Path, bundles: Sequence[Bundle]) -> None:
    """Copy the timeline into the queue; every claim it names must be one of the queue's."""
    import tomllib

    text = TIMELINE_SOURCE.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    ids = {b.claim_id for b in bundles}
    named = set(data.get("under_review", {}))
    named |= {str(e["claim"]) for key in ("decided", "notified") for e in data.get(key, [])}
    if named - ids:
        raise RuntimeError(f"{TIMELINE_SOURCE.name} names claims not in the sample queue: {sorted(named - ids)}")
    (out / TIMELINE).write_text(text, encoding="utf-8")


def check_output(out: Path) -> None:
    """Refuse an output directory that holds anything but a sample queue this script wrote."""
    if not out.exists():
        return
    if not out.is_dir():
        raise SystemExit(f"{out} exists and is not a directory")
    entries = [p for p in out.iterdir() if not p.name.startswith(".")]
    marker = out / MARKER
    if entries and (not marker.is_file() or not marker.read_text(encoding="utf-8").startswith(README_MARK)):
        raise SystemExit(f"{out} is not empty and is not a sample queue written by this script; not touching it")


def clear_output(out: Path) -> None:
    """Empty a previous sample queue and its earlier revisions (other hidden files such as .gitkeep stay)."""
    out.mkdir(parents=True, exist_ok=True)
    for entry in out.iterdir():
        if entry.name == EARLIER and entry.is_dir():
            shutil.rmtree(entry)
            continue
        if entry.name == TIMELINE:
            entry.unlink()
            continue
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            shutil.rmtree(entry)
        else:
            entry.unlink()


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT,
                        help="output directory (default: sample_poe/)")
    parser.add_argument("--readme", type=Path, default=None,
                        help="where the table of expected decisions goes (default: tools/samples.md for "
                        "sample_poe/, else OUT.md beside the output directory)")
    args = parser.parse_args(argv)
    out: Path = args.out
    readme_path: Path = args.readme or (
        DEFAULT_README if out.resolve() == DEFAULT_OUT.resolve() else out.parent / f"{out.name}.md"
    )
    check_output(out)
    bundles, earlier = build_all()
    clear_output(out)
    total = 0
    for bundle in bundles:
        path = write_bundle(out, bundle)
        size = _size(path)
        total += size
        print(f"{bundle.expected:16} {path.name} ({size // 1024} KB)")
    for e, path in zip(earlier, write_earlier(out, earlier), strict=True):
        size = _size(path)
        total += size
        print(f"{'earlier: ' + e.decision['decision']:16} {EARLIER}/{path.name} ({size // 1024} KB)")
    write_timeline(out, bundles)
    # The table lives outside the queue: `poe-reviewer check sample_poe/*` must see only bundles.
    (out / MARKER).write_text(README_MARK + "\n", encoding="utf-8")
    readme_path.write_text(readme(bundles, earlier), encoding="utf-8")
    print(f"{len(bundles)} bundles and {len(earlier)} earlier revisions, {total / 1_048_576:.2f} MB in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
