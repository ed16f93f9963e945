"""Write a held-out set of claim bundles with the decisions the claiming guide calls for.

The sample queue (``sample_poe/``, ``tools/make_samples.py``) is what the checks were built
on; this set is what they are measured on. Every bundle here differs from the samples in
workload, wording, layout or the rule it exercises: other products (Entra ID P2 under its
old name "Azure AD Premium P2", Defender for Office 365, Purview, Teams Rooms, Copilot,
Dynamics 365 Customer Service, Power Apps, Managed Security Services ...), other ways
customers acknowledge work ("Approved — please proceed", "This email confirms that ...",
"Sign-off: ..."), other signing platforms (a DocuSign Certificate of Completion page, an
Adobe Acrobat Sign audit report, a scanned paper signature with an OCR layer), Word forms
with real check-box content controls, Gmail-style ``.eml`` replies, day-first dates, Market
B/C payout rates, VAT invoices, affiliates under other names, a corrupted upload and a zip
made by macOS.

``OUTDIR/expected.json`` maps each claim id to what a careful reviewer decides under the
MCI claiming guide (seed ``000_522f59b57b561f49.txt``) and why, with the verdicts of single
checks where the rule leaves no doubt. The expectations are derived from the guide's rules,
never from what the tool answers; ``benchmarks/accuracy.py`` compares the two.

The output is deterministic (fixed dates, ids derived from names, fixed zip timestamps and
MIME boundaries). Run: ``.venv/bin/python tools/make_holdout.py OUTDIR``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import shutil
import sys
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email import policy as email_policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from html import escape
from pathlib import Path
from typing import Any

import pymupdf
from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.shared import Inches, Pt, RGBColor

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: make `tools.make_samples` importable
    sys.path.insert(0, str(REPO))

from tools import make_samples as ms  # noqa: E402 - needs the path set above
from tools.make_samples import (  # noqa: E402
    BST,
    CDT,
    CEST,
    EDT,
    IST_IN,
    MDT,
    PAGE_BREAK,
    PDT,
    UTC,
    Mail,
    Org,
    PdfMeta,
    Person,
    guid,
    hexid,
    rows,
    ul,
)

EXPECTED_FILE = "expected.json"
DECISIONS = ("approve", "action_required", "reject")
ZIP_TIME = (2025, 10, 6, 8, 30, 0)

AEST = dt.timezone(dt.timedelta(hours=10), "AEST")
NZST = dt.timezone(dt.timedelta(hours=12), "NZST")
CLT = dt.timezone(dt.timedelta(hours=-4), "CLT")
COT = dt.timezone(dt.timedelta(hours=-5), "COT")
AST = dt.timezone(dt.timedelta(hours=-4), "AST")
IST_IE = dt.timezone(dt.timedelta(hours=1), "IST")


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
    #: check id -> the status (or statuses) the guide's rule leaves no doubt about
    checks: dict[str, str | list[str]] = field(default_factory=dict)
    #: ``dir``, ``zip`` (claim.json at the root) or ``zip-folder`` (inside one top-level folder)
    container: str = "dir"
    #: extra zip entries outside the bundle folder (what macOS' "Compress" adds: __MACOSX/...)
    zip_extras: dict[str, bytes] = field(default_factory=dict)

    @property
    def claim_id(self) -> str:
        return str(self.claim["claim_id"])

    def expected_entry(self) -> dict[str, Any]:
        entry: dict[str, Any] = {"bundle": self.entry_name, "decision": self.decision, "why": self.why,
                                 "shows": self.shows}
        if self.checks:
            entry["checks"] = dict(sorted(self.checks.items()))
        return entry

    @property
    def entry_name(self) -> str:
        return self.name if self.container == "dir" else f"{self.name}.zip"


def at(y: int, m: int, d: int, hh: int = 10, mm: int = 0, tz: dt.tzinfo = UTC) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=tz)


def day(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


# ----------------------------------------------------------------------------------------------
# PDF building blocks
# ----------------------------------------------------------------------------------------------
def pdf(blocks: str | Sequence[str], title: str, author: str, created: dt.datetime,
        decorate: Callable[[pymupdf.Document], None] | None = None, *,
        creator: str = "Microsoft® Word for Microsoft 365", paper: str = "letter") -> bytes:
    meta = PdfMeta(title, author, created, creator=creator, producer=creator)
    return ms.html_pdf(blocks, meta, decorate=decorate, paper=paper)


def table(pairs: Sequence[tuple[str, str]]) -> str:
    return f"<table>{rows(pairs)}</table>"


def grid(header: Sequence[str], body: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    return f"<table><tr>{head}</tr>{ms.table_rows(body)}</table>"


def section(heading: str, *items: str | list[str]) -> str:
    out = f"<h2>{escape(heading)}</h2>"
    for item in items:
        out += ul(item) if isinstance(item, list) else f"<p>{escape(item)}</p>"
    return out


def envelope_id(*parts: str) -> str:
    return guid("envelope", *parts, upper=True)


def docusign_stamp(envelope: str) -> Callable[[pymupdf.Document], None]:
    return ms.stamp_pages(f"Docusign Envelope ID: {envelope}")


def docusign_signature(signer: Person, company: str, signed: str, envelope: str, *,
                       heading: str = "Customer acceptance") -> str:
    """The signature block of a document sent through DocuSign, as it looks once completed."""
    sig_id = hexid("docusign-signature", envelope, signer.email)
    return (f"<h2>{escape(heading)}</h2><table>"
            f"<tr><td class='label'>Signature</td><td>DocuSigned by:<br/><i class='adopted'>{escape(signer.name)}</i>"
            f"<br/><span class='small'>{sig_id}</span></td></tr>"
            + rows([("Name", signer.name), ("Title", signer.title), ("Company", company), ("Date Signed", signed)])
            + "</table>")


def docusign_certificate(*, envelope: str, subject: str, pages: int, originator: Person, tz_label: str,
                         signers: Sequence[tuple[Person, str, str, str, str]],
                         copies: Sequence[tuple[Person, str]] = ()) -> str:
    """DocuSign's Certificate Of Completion page; ``signers`` = (person, sent, viewed, signed, ip)."""
    signer_rows = ""
    for person, sent, viewed, signed, ip in signers:
        sig_id = hexid("docusign-signature", envelope, person.email)
        signer_rows += (
            f"<tr><td>{escape(person.name)}<br/>{escape(person.email)}<br/>{escape(person.title)}<br/>"
            "Security Level: Email, Account Authentication (None)</td>"
            f"<td>DocuSigned by:<br/><i class='adopted'>{escape(person.name)}</i><br/>"
            f"<span class='small'>{sig_id}</span><br/>Signature Adoption: Pre-selected Style<br/>"
            f"Using IP Address: {ip}</td>"
            f"<td>Sent: {sent}<br/>Viewed: {viewed}<br/>Signed: {signed}</td></tr>"
        )
    copy_rows = "".join(
        f"<tr><td>{escape(p.name)}<br/>{escape(p.email)}</td><td>COPIED</td><td>Sent: {when}</td></tr>"
        for p, when in copies
    )
    last_signed = signers[-1][3] if signers else ""
    first_sent = signers[0][1] if signers else ""
    return f"""<h1>Certificate Of Completion</h1>
<table class="noborder">{rows([
        ("Envelope Id:", envelope.replace("-", "")),
        ("Subject:", subject),
        ("Source Envelope:", ""),
        ("Document Pages:", f"{pages}    Signatures: {len(signers)}    Initials: 0"),
        ("Certificate Pages:", "1"),
        ("AutoNav:", "Enabled"),
        ("EnvelopeId Stamping:", "Enabled"),
        ("Time Zone:", tz_label),
        ("Status:", "Completed"),
        ("Envelope Originator:", f"{originator.name}, {originator.email}"),
    ])}</table>
<h3>Record Tracking</h3>
<table>{rows([("Status: Original", f"Holder: {originator.name} ({originator.email})  Location: DocuSign")])}</table>
<table><tr><th>Signer Events</th><th>Signature</th><th>Timestamp</th></tr>{signer_rows}</table>
<table><tr><th>In Person Signer Events</th><th>Signature</th><th>Timestamp</th></tr></table>
<table><tr><th>Editor Delivery Events</th><th>Status</th><th>Timestamp</th></tr></table>
<table><tr><th>Carbon Copy Events</th><th>Status</th><th>Timestamp</th></tr>{copy_rows}</table>
<table><tr><th>Envelope Summary Events</th><th>Status</th><th>Timestamps</th></tr>
<tr><td>Envelope Sent</td><td>Hashed/Encrypted</td><td>{first_sent}</td></tr>
<tr><td>Signing Complete</td><td>Security Checked</td><td>{last_signed}</td></tr>
<tr><td>Completed</td><td>Security Checked</td><td>{last_signed}</td></tr></table>
<table><tr><th>Payment Events</th><th>Status</th><th>Timestamps</th></tr></table>"""


def acrobat_signature(signer: Person, company: str, stamp: str) -> str:
    """How a field signed in Adobe Acrobat Sign looks on the page: the adopted name and a time stamp."""
    return (f"<table>"
            f"<tr><td class='label'>Customer signature</td><td><i class='adopted'>{escape(signer.name)}</i><br/>"
            f"{escape(signer.name)} ({escape(stamp)})</td></tr>"
            + rows([("Name", signer.name), ("Title", signer.title), ("Company", company)])
            + "</table>")


def acrobat_audit(*, title: str, transaction: str, creator: Person, signer: Person, created: str, emailed: str,
                  viewed: str, signed: str, report_date: str) -> str:
    """Adobe Acrobat Sign's Final Audit Report page."""
    return f"""<h1>{escape(title)} - Final Audit Report</h1><p class="right">{report_date}</p>
<table class="noborder">{rows([
        ("Created:", created.split(" - ")[0]),
        ("By:", f"{creator.name} ({creator.email})"),
        ("Status:", "Signed"),
        ("Transaction ID:", transaction),
    ])}</table>
<h2>"{escape(title)}" History</h2>
<table class="noborder">
<tr><td>Document created by {escape(creator.name)} ({escape(creator.email)})<br/>{created}
 - IP address: 198.51.100.41</td></tr>
<tr><td>Document emailed to {escape(signer.name)} ({escape(signer.email)}) for signature<br/>{emailed}</td></tr>
<tr><td>Email viewed by {escape(signer.name)} ({escape(signer.email)})<br/>{viewed} - IP address: 203.0.113.58</td></tr>
<tr><td>Signer {escape(signer.name)} ({escape(signer.email)}) entered name at signing as
 {escape(signer.name)}<br/>{signed}
 - IP address: 203.0.113.58</td></tr>
<tr><td>Document e-signed by {escape(signer.name)} ({escape(signer.email)})<br/>Signature Date: {signed} - Time Source:
 server - IP address: 203.0.113.58</td></tr>
<tr><td>Agreement completed.<br/>{signed}</td></tr>
</table>
<p class="small">Powered by Adobe Acrobat Sign</p>"""


_LIGATURES = str.maketrans({"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl"})


def scanned(pdf_bytes: bytes, *, dpi: int = 110) -> bytes:
    """A searchable scan: every page becomes a picture with an invisible OCR text layer over it.

    This is what office scanners produce from a physically signed paper: the ink is part of
    the picture, the words are findable.
    """
    mu: Any = pymupdf  # PyMuPDF has no type hints
    src = mu.open("pdf", pdf_bytes)
    out = mu.open()
    for page in src.pages():
        pix = page.get_pixmap(dpi=dpi, colorspace=mu.csGRAY)
        new = out.new_page(width=page.rect.width, height=page.rect.height)
        new.insert_image(new.rect, stream=pix.tobytes("png"))
        for x0, y0, x1, y1, raw, *_ in page.get_text("words"):
            word = raw.translate(_LIGATURES)
            # as an OCR engine does: the invisible word is sized to cover the word in the picture
            size = max(4.0, (y1 - y0) * 0.82)
            width = mu.get_text_length(word, fontname="helv", fontsize=size)
            if width > (x1 - x0) > 0:
                size *= (x1 - x0) / width
            new.insert_text(mu.Point(x0, y1 - (y1 - y0) * 0.2), word, fontsize=size, render_mode=3)
    src.close()
    return ms.save_pdf(out, PdfMeta("Scan", "", at(2024, 10, 9, 14, 3), creator="RICOH IM C3000",
                                    producer="RICOH IM C3000"))


def signature_png(seed: str) -> bytes:
    """A picture of a handwritten signature, as people paste into Word documents."""
    mu: Any = pymupdf  # PyMuPDF has no type hints
    doc = mu.open()
    page = doc.new_page(width=200, height=60)
    ms.draw_signature(page, mu.Rect(5, 5, 195, 55), seed, (0.05, 0.1, 0.35))
    png: bytes = page.get_pixmap(dpi=144).tobytes("png")
    doc.close()
    return png


def truncated(data: bytes) -> bytes:
    """A file whose upload was cut off: the first half arrived, the end (a zip's directory) did not."""
    return data[: len(data) // 2]


# ----------------------------------------------------------------------------------------------
# Word building blocks
# ----------------------------------------------------------------------------------------------
_W14_CHECKBOX = (
    '<w:sdt {ns}><w:sdtPr><w14:checkbox><w14:checked w14:val="{val}"/>'
    '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
    'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
    'w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>'
)
_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')


def add_checkbox(paragraph: Any, checked: bool, label: str) -> None:
    """A Word check-box content control (Developer > Check Box) followed by its label."""
    xml = _W14_CHECKBOX.format(ns=_NS, val="1" if checked else "0", glyph="☒" if checked else "☐")
    paragraph._p.append(parse_xml(xml))
    paragraph.add_run(" " + label)


Choice = tuple[str, bool]


def checkbox_table(document: DocxDocument, header: Sequence[str],
                   lines: Sequence[tuple[str, bool, Sequence[Choice]]]) -> None:
    """A table of workloads and activity types, every choice a check-box content control."""
    tbl = document.add_table(rows=1, cols=1 + max(len(acts) for _, _, acts in lines))
    tbl.style = "Table Grid"
    for cell, text in zip(tbl.rows[0].cells, header, strict=False):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for workload, chosen, acts in lines:
        cells = tbl.add_row().cells
        add_checkbox(cells[0].paragraphs[0], chosen, workload)
        for cell, (act, ticked) in zip(cells[1:], acts, strict=False):
            add_checkbox(cell.paragraphs[0], ticked, act)
    document.add_paragraph()


def heading(document: DocxDocument, text: str, size: int = 13) -> None:
    para = document.add_paragraph()
    run = para.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    run.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)


# ----------------------------------------------------------------------------------------------
# E-mail building blocks
# ----------------------------------------------------------------------------------------------
def outlook_reply(own: str, original: Mail) -> str:
    """A reply body as Outlook writes it: own words, a rule, the quoted header block, the original."""
    return own.rstrip() + "\n\n________________________________\n" + ms.quote_outlook(original)


def gmail_eml(*, sender: Person, to: Sequence[Person], date: dt.datetime, subject: str, own: str,
              quoted: Mail | None = None, cc: Sequence[Person] = (),
              attachments: Sequence[tuple[str, bytes, str]] = ()) -> bytes:
    """An .eml as Gmail / Google Workspace sends it: text and HTML alternatives, "On ... wrote:" quoting."""
    text = own.rstrip() + "\n"
    html = "<div dir=\"ltr\">" + "".join(f"<div>{escape(line) or '<br>'}</div>" for line in own.rstrip().split("\n"))
    if quoted is not None:
        when = quoted.date.strftime("%a, %b ") + f"{quoted.date.day}, {quoted.date.year} at " + \
            quoted.date.strftime("%I:%M %p").lstrip("0")
        attribution = f"On {when} {quoted.sender.name} <{quoted.sender.email}> wrote:"
        text += "\n" + attribution + "\n\n" + "".join(
            f"> {line}\n" if line else ">\n" for line in quoted.body.rstrip().split("\n"))
        html += ("</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
                 f"{escape(attribution)}<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px "
                 "0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                 + "".join(f"<div>{escape(line) or '<br>'}</div>" for line in quoted.body.rstrip().split("\n"))
                 + "</blockquote></div>")
    else:
        html += "</div>"
    em = EmailMessage(policy=email_policy.SMTP)
    em["MIME-Version"] = "1.0"
    em["Date"] = format_datetime(date)
    ref = hexid("gmail", sender.email, subject, date.isoformat(), length=20).lower()
    em["Message-ID"] = f"<CA+{ref}@mail.gmail.com>"
    if quoted is not None:
        em["In-Reply-To"] = quoted.message_id
        em["References"] = quoted.message_id
    em["Subject"] = subject
    em["From"] = formataddr((sender.name, sender.email))
    em["To"] = ", ".join(formataddr((p.name, p.email)) for p in to)
    if cc:
        em["Cc"] = ", ".join(formataddr((p.name, p.email)) for p in cc)
    em.set_content(text, charset="utf-8")
    em.add_alternative(html + "\n", subtype="html", charset="utf-8")
    em.set_boundary("0000000000" + hexid("alt", ref, length=18).lower())
    if attachments:
        em.make_mixed()
        for name, data, mime in attachments:
            maintype, subtype = mime.split("/", 1)
            em.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
        em.set_boundary("0000000000" + hexid("mixed", ref, length=18).lower())
        alt = next(iter(em.iter_parts()))
        alt.set_boundary("0000000000" + hexid("alt", ref, length=18).lower())
    domain = sender.email.split("@", 1)[1]
    head = (f"Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\r\n"
            f"        by mx.google.com for <{to[0].email}>; {format_datetime(date)}\r\n"
            f"X-Google-Smtp-Source: {hexid('gsmtp', ref, length=40)}\r\n"
            f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=google;\r\n")
    return head.encode() + em.as_bytes(policy=email_policy.SMTP)


# ----------------------------------------------------------------------------------------------
# Claim building blocks
# ----------------------------------------------------------------------------------------------
def cpor_claim(claim_id: str, *, kind: str, area: str, submitted: dt.datetime, partner: Org, pm: Person,
               customer: Org, contact: Person, workloads: Sequence[tuple[str, str | None]],
               files: dict[str, bytes], roles: dict[str, str] | None = None,
               comment: str | None = None, transaction: dt.date | None = None,
               unlisted: Sequence[str] = ()) -> dict[str, Any]:
    roles = roles or {}
    documents = [(p, roles.get(p, "poe")) for p in files if p not in unlisted]
    comments = [("partner", submitted - dt.timedelta(minutes=2), comment)] if comment else []
    return ms.claim_doc(
        claim_id=claim_id, program="cpor", claim_kind=kind, solution_area=area, submitted=submitted,
        partner=partner, partner_contact=pm, customer=customer, customer_contact=contact,
        workloads=list(workloads), documents=documents, transaction_date=transaction, comments=comments,
    )


def pa_claim(claim_id: str, *, area: str, submitted: dt.datetime, partner: Org, pm: Person, customer: Org,
             contact: Person, workloads: Sequence[str], files: dict[str, bytes], roles: dict[str, str],
             engagement: dict[str, Any], consent: dt.date) -> dict[str, Any]:
    return ms.claim_doc(
        claim_id=claim_id, program="partner_activities", solution_area=area, submitted=submitted,
        partner=partner, partner_contact=pm, customer=customer, customer_contact=contact,
        workloads=[(w, None) for w in workloads], documents=[(p, roles[p]) for p in files if p in roles],
        engagement=engagement, consent_date=consent, history=ms.pa_history(consent, submitted, pm.email),
    )


def engagement(name: str, claim_id: str, activity_type: str, payout: str = "fixed",
               proposed: float | None = None) -> dict[str, Any]:
    return {"id": "E-" + hexid("engagement", name, length=8), "name": name, "activity_type": activity_type,
            "payout_type": payout, "proposed_payout_usd": proposed}


def own_invoice(*, partner: Org, contact: Person, number: str, date: str, bill_to: str,
                lines: Sequence[tuple[str, str]], totals: Sequence[tuple[str, str]], notes: str,
                created: dt.datetime, title: str = "INVOICE", extra_head: str = "") -> bytes:
    """A partner's own invoice layout (not the guide's template)."""
    body = "".join(f"<tr><td>{escape(d)}</td><td class='right'>{escape(a)}</td></tr>" for d, a in lines)
    tot = "".join(f"<tr><td class='right'><b>{escape(k)}</b></td><td class='right'><b>{escape(v)}</b></td></tr>"
                  for k, v in totals)
    html = f"""<h1>{escape(title)}</h1>{extra_head}
<table class="noborder"><tr><td><b>{escape(partner.name)}</b><br/>{escape(partner.city)}<br/>
{escape(contact.email)}</td>
<td class="right">Invoice No.: {escape(number)}<br/>Date: {escape(date)}</td></tr></table>
<p><b>Bill to:</b> {escape(bill_to)}</p>
<table><tr><th>Description</th><th class="right">Amount</th></tr>{body}{tot}</table>
<p class="small">{escape(notes)}</p>"""
    return pdf(html, f"Invoice {number}", contact.name, created)


def pa_report_docx(*, title: str, facts: Sequence[tuple[str, str]],
                   sections: Sequence[tuple[str, Sequence[str | list[str]]]], author: str,
                   created: dt.datetime) -> bytes:
    return ms.findings_docx(title=title, facts=facts, sections=list(sections), author=author, created=created)


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
    entries = {prefix + rel: data for rel, data in files.items()}
    entries.update(case.zip_extras)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, entries[name])
    return path


# ==============================================================================================
# Approve: POE that meets every component of "What constitutes valid proof of execution"
# ==============================================================================================
def trey_fincher_aadp2_acrobat() -> Case:
    """Entra ID P2 claimed under its old catalogue name; SOW signed in Adobe Acrobat Sign with the audit report."""
    cid = "3120101"
    partner = Org("Trey Research Inc.", "treyresearch.net", "US", "San Diego, CA", location_id="6611820",
                  short="Trey Research")
    customer = Org("Fincher Architects LLP", "fincherarchitects.com", "US", "Portland, OR", short="Fincher")
    pm = Person("Owen Park", "owen.park@treyresearch.net", "Identity Practice Lead")
    cio = Person("Hannah Liu", "hannah.liu@fincherarchitects.com", "Chief Information Officer")
    txn = "CBJCHBCAABAA" + hexid("acrobat", cid, length=32).replace("0", "q")[:32]
    blocks = [
        f"""<p class="small">Trey Research Inc. · Identity & Access Practice</p>
<h1>Statement of Work – Identity Governance with Azure AD Premium P2</h1>
{table([("Customer", customer.name), ("Partner", partner.name), ("SOW reference", "TR-SOW-2025-0147"),
         ("Engagement period", "April 14, 2025 – August 29, 2025"),
         ("Licences in scope", "2,300 Azure AD Premium P2 (Microsoft Entra ID P2) user licences")])}""",
        section("1. Current situation",
                ["Fincher runs 42 privileged roles as permanent assignments; 11 global administrators.",
                 "No risk-based sign-in policy: 37 risky sign-ins in the last 90 days were not remediated.",
                 "Guest access to 180 project groups has never been reviewed; 1,250 guest accounts."]),
        section("2. Services delivered (Azure AD Premium P2)",
                ["Privileged Identity Management: convert all 42 privileged role assignments to eligible, "
                 "approval workflow for Global Administrator and Exchange Administrator, 4-hour activation.",
                 "Azure AD Identity Protection: user-risk and sign-in-risk policies for 2,300 users, "
                 "self-service password reset as remediation, weekly risky-user report to the security team.",
                 "Access Reviews: quarterly reviews of the 180 project groups and all guest users, owners as "
                 "reviewers, auto-apply of denials.",
                 "Entitlement Management: 6 access packages for external consultants with 90-day expiry."]),
        section("3. Timeline",
                ["Weeks 1-3: design workshops and pilot with the IT team (14 administrators).",
                 "Weeks 4-9: PIM and Identity Protection roll-out to all offices (Portland, Seattle, Boise).",
                 "Weeks 10-16: access reviews, access packages, hand-over and runbooks."]),
        "<h2>4. Acceptance</h2><p>By signing, Fincher Architects accepts the services above as delivered.</p>"
        + acrobat_signature(cio, customer.name, "Jul 8, 2025 08:15 PDT"),
        PAGE_BREAK,
        acrobat_audit(title="Fincher_AADP2_SOW_TR-SOW-2025-0147", transaction=txn, creator=pm, signer=cio,
                      created="2025-07-02 - 5:41:12 PM GMT", emailed="2025-07-02 - 5:42:03 PM GMT",
                      viewed="2025-07-08 - 3:11:40 PM GMT", signed="2025-07-08 - 3:15:27 PM GMT",
                      report_date="2025-07-08"),
    ]
    files = {"POE/Fincher_AADP2_SOW_signed.pdf": pdf(blocks, "Fincher AADP2 SOW", pm.name, at(2025, 7, 2, 10, 40, PDT))}
    claim = cpor_claim(cid, kind="usage", area="Security", submitted=at(2025, 9, 3, 16, 20), partner=partner,
                       pm=pm, customer=customer, contact=cio, workloads=[("AZURE ACTIVE DIRECTORY PREMIUM 2", None)],
                       files=files, comment="SOW signed in Adobe Acrobat Sign, audit report on the last page.")
    return Case(f"{cid}_TreyResearch_Fincher_AADP2_AcrobatSign", claim, files, "approve",
                "Verifiable Adobe Acrobat Sign e-signature of the customer's CIO (audit report, 2025-07-08, within "
                "12 months of 2025-09-03); partner and customer named; detailed P2 services (PIM, Identity "
                "Protection, access reviews) with numbers and timeline; 'Azure AD Premium P2' is the former name "
                "of the claimed AZURE ACTIVE DIRECTORY PREMIUM 2.",
                "CPOR Security usage. SOW for Azure AD Premium P2 (old name of Entra ID P2) signed in Adobe Acrobat "
                "Sign, with the Final Audit Report page.",
                {"customer_acknowledgement": "pass", "workload_match": "pass", "acknowledgement_date": "pass",
                 "partner_customer_names": "pass", "activity_detail": "pass"})


def bellwether_munsons_mdo_docusign_certificate() -> Case:
    cid = "3120102"
    partner = Org("Bellwether Cyber LLC", "bellwethercyber.com", "US", "Columbus, OH", location_id="6620417",
                  short="Bellwether")
    customer = Org("Munson's Pickles and Preserves Farm", "munsonspickles.com", "US", "Lancaster, PA",
                   short="Munson's")
    pm = Person("Jamal Reed", "jreed@bellwethercyber.com", "Engagement Manager")
    it = Person("Carla Munson", "carla.munson@munsonspickles.com", "Director of IT")
    env = envelope_id(cid, "munsons")
    blocks = [
        f"""<h1>Completion Acceptance – Microsoft Defender for Office 365 Plan 2</h1>
{table([("Customer", customer.name), ("Partner", partner.name), ("Project", "Email threat protection roll-out"),
         ("Project dates", "June 2, 2025 – August 15, 2025"), ("Mailboxes protected", "1,150 user and 46 shared")])}""",
        section("Work performed",
                ["Enabled the Standard preset security policy for all 1,150 users and Strict for the 38 finance and "
                 "executive mailboxes.",
                 "Configured Safe Links (URL detonation, click tracking) and Safe Attachments in Dynamic Delivery "
                 "mode; tuned 3 false-positive rules with the help desk.",
                 "Ran 3 attack simulation training campaigns (credential harvest, attachment, QR code) – click rate "
                 "down from 14% to 4%.",
                 "Set up the user-reported message workflow to the SecOps mailbox and AIR playbooks.",
                 "Knowledge transfer: two 2-hour sessions for the 5-person IT team."]),
        docusign_signature(it, customer.name, "8/21/2025", env),
        PAGE_BREAK,
        docusign_certificate(
            envelope=env, subject="Complete with Docusign: Munsons_MDO_Completion_Acceptance.pdf", pages=1,
            originator=pm, tz_label="(UTC-05:00) Eastern Time (US & Canada)",
            signers=[(it, "8/20/2025 | 03:13 PM", "8/21/2025 | 08:02 AM", "8/21/2025 | 08:05 AM", "203.0.113.77")],
            copies=[(pm, "8/21/2025 | 08:05 AM")]),
    ]
    files = {"POE/Munsons_MDO_Completion_Acceptance_signed.pdf":
             pdf(blocks, "Munsons MDO completion acceptance", pm.name, at(2025, 8, 20, 14, 55, EDT),
                 docusign_stamp(env))}
    claim = cpor_claim(cid, kind="usage", area="Security", submitted=at(2025, 9, 10, 13, 5), partner=partner, pm=pm,
                       customer=customer, contact=it, workloads=[("MICROSOFT DEFENDER FOR OFFICE", None)], files=files)
    return Case(f"{cid}_Bellwether_Munsons_MDO_DocuSignCertificate", claim, files, "approve",
                "DocuSign-signed by the customer's Director of IT on 8/21/2025 (Certificate of Completion lists her "
                "as signer from munsonspickles.com); names, detailed MDO work (preset policies, Safe Links/"
                "Attachments, attack simulation, 1,150 mailboxes), dates.",
                "CPOR Security usage, Defender for Office 365. Completion acceptance with a DocuSign Certificate of "
                "Completion page.",
                {"customer_acknowledgement": "pass", "workload_match": "pass", "acknowledgement_date": "pass",
                 "customer_domain": ["pass", "not_applicable"]})


def lanternbay_gdi_purview_docx_gmail() -> Case:
    cid = "3120103"
    partner = Org("Lantern Bay Consulting LLC", "lanternbay.io", "US", "Boston, MA", location_id="6631002",
                  short="Lantern Bay")
    customer = Org("Graphic Design Institute", "graphicdesigninstitute.com", "US", "Providence, RI", short="GDI")
    pm = Person("Marco Silva", "marco@lanternbay.io", "Principal Consultant")
    it = Person("Renee Okafor", "renee.okafor@graphicdesigninstitute.com", "Head of IT Operations")

    def build(document: DocxDocument) -> None:
        heading(document, "Proof of Execution – Microsoft Purview Information Protection", 16)
        document.add_paragraph(f"Partner: {partner.name}    Customer: {customer.name}")
        checkbox_table(document, ["Product / workload", "Deployment", "Implementation", "Adoption/Change Mgmt."], [
            ("Microsoft Purview Information Protection (MIP)", True,
             [("Deployment", True), ("Implementation", True), ("Adoption/Change Mgmt.", False)]),
            ("Microsoft Purview Insider Risk Management (IRM)", False,
             [("Deployment", False), ("Implementation", False), ("Adoption/Change Mgmt.", False)]),
            ("Microsoft Defender for Office 365", False,
             [("Deployment", False), ("Implementation", False), ("Adoption/Change Mgmt.", False)]),
            ("Microsoft Intune", False,
             [("Deployment", False), ("Implementation", False), ("Adoption/Change Mgmt.", False)]),
        ])
        heading(document, "Scope of work")
        ms.docx_bullets(document, [
            "Sensitivity label taxonomy of 5 labels (Public, Internal, Confidential, Confidential – Students, "
            "Restricted) published to all 780 staff; default label Internal for Office files and e-mail.",
            "Auto-labelling policies for the Admissions, Financial Aid and HR SharePoint sites (≈ 410,000 files).",
            "Data Loss Prevention policies for U.S. SSN and student records in Exchange Online, SharePoint, "
            "OneDrive and Teams, in test mode for 3 weeks, then enforced.",
            "Label-based encryption for the Restricted label; co-authoring enabled.",
        ])
        heading(document, "Timeline")
        ms.docx_table(document, ["Phase", "Dates", "Status"], [
            ["1 – Discovery and label design", "May 5 – May 30, 2025", "Complete"],
            ["2 – Labels and auto-labelling", "June 2 – July 11, 2025", "Complete"],
            ["3 – DLP enforcement", "July 21 – August 22, 2025", "Complete"],
        ])
        heading(document, "Customer acknowledgement")
        document.add_paragraph("Customer approval by e-mail: see 'Re: Purview – phases 2 and 3 plan' "
                               "(Renee Okafor, July 16, 2025), uploaded with this document.")

    poe = ms.docx_bytes(build, title="GDI Purview POE", author=pm.name, created=at(2025, 8, 25, 15, 0, EDT))
    plan = Mail(sender=pm, to=(it,), date=at(2025, 7, 15, 16, 2, EDT), subject="Purview – phases 2 and 3 plan",
                body=("Hi Renee,\n\nPhase 1 is done: the 5 sensitivity labels are designed and tested with the pilot "
                      "group of 25 staff. For phases 2 and 3 we propose:\n"
                      "- Publish the labels to all 780 staff with Internal as default (week of July 21)\n"
                      "- Auto-labelling for the Admissions, Financial Aid and HR sites\n"
                      "- DLP for SSN and student records in Exchange, SharePoint, OneDrive and Teams, 3 weeks in "
                      "test mode, then enforce\n\nCan you approve so we can schedule the change window?\n\n"
                      "Thanks,\nMarco Silva\nLantern Bay Consulting\n"))
    reply = gmail_eml(sender=it, to=[pm], date=at(2025, 7, 16, 9, 14, EDT), subject="Re: Purview – phases 2 and 3 plan",
                      own="Approved — please proceed with phases 2 and 3 as described. I've booked the change window "
                          "for July 21.\n\nRenee\n--\nRenee Okafor | Head of IT Operations\nGraphic Design Institute",
                      quoted=plan)
    files = {"POE/GDI_Purview_POE.docx": poe, "POE/Re_ Purview – phases 2 and 3 plan.eml": reply}
    claim = cpor_claim(cid, kind="usage", area="Security", submitted=at(2025, 9, 12, 18, 40), partner=partner, pm=pm,
                       customer=customer, contact=it, workloads=[("MICROSOFT INFORMATION PROTECTION", None)],
                       files=files)
    return Case(f"{cid}_LanternBay_GDI_Purview_DocxGmail", claim, files, "approve",
                "The customer's reply 'Approved — please proceed with phases 2 and 3 as described' (Gmail, from "
                "graphicdesigninstitute.com, 2025-07-16) approves the partner's proposed work quoted below it; the "
                "Word POE ticks MIP in its check-box table and details labels, auto-labelling and DLP for 780 staff "
                "with a timeline.",
                "CPOR Security usage, Purview Information Protection. Word POE with check-box content controls plus "
                "a Gmail .eml reply quoting the partner's plan ('On … wrote:').",
                {"customer_acknowledgement": "pass", "workload_match": "pass", "customer_domain": "pass",
                 "acknowledgement_date": "pass"})


def cascade_bellows_teamsrooms_public_sector() -> Case:
    cid = "3120104"
    partner = Org("Cascade AV Integration Inc.", "cascadeav.com", "US", "Spokane, WA", location_id="6640338",
                  short="Cascade AV")
    customer = Org("Bellows College", "bellowscollege.edu", "US", "Walla Walla, WA", segment="public_sector")
    pm = Person("Tess Lindgren", "tess.lindgren@cascadeav.com", "Project Manager")
    dit = Person("Marcus Greene", "mgreene@bellowscollege.edu", "Director of Information Technology")
    cbo = Person("Alicia Romero", "aromero@bellowscollege.edu", "Vice President for Finance")
    env = envelope_id(cid, "rooms")
    env_psd = envelope_id(cid, "psd")
    blocks = [
        f"""<h1>Microsoft Teams Rooms Deployment – Acceptance Certificate</h1>
{table([("Customer", customer.name), ("Partner", partner.name), ("Rooms in scope", "36 rooms in 4 buildings"),
         ("Project dates", "May 27, 2025 – July 25, 2025")])}""",
        section("Delivered",
                ["Installed and configured 36 Microsoft Teams Rooms on Windows (24 small huddle rooms with Logitech "
                 "Rally Bar Mini, 10 classrooms with Rally Plus, 2 lecture halls with dual displays).",
                 "Enrolled every room in the Teams Rooms Pro Management portal; alerting to the campus help desk.",
                 "Resource accounts, room lists and Exchange calendar processing for all rooms; proximity join "
                 "and Direct Guest Join for Zoom and Webex.",
                 "Trained 22 faculty champions and 6 AV technicians (3 sessions)."]),
        docusign_signature(dit, customer.name, "7/30/2025", env),
    ]
    poe = pdf(blocks, "Bellows Teams Rooms acceptance", pm.name, at(2025, 7, 28, 11, 0, PDT), docusign_stamp(env))
    psd = pdf([
        f"""<h1>Public Sector Fee Disclosure</h1>
<p>{escape(partner.name)} ("Partner") discloses to {escape(customer.name)} ("Customer") that, in connection with the
Microsoft Teams Rooms products and the deployment services procured by Customer, Partner may receive fees,
incentives or other compensation from Microsoft under the Microsoft Commerce Incentives program. Partner estimates
this compensation at up to USD 9,000 for this engagement.</p>
<p>Customer acknowledges that it has been informed in writing of the compensation Partner may receive from
Microsoft.</p>""",
        docusign_signature(cbo, customer.name, "5/20/2025", env_psd, heading="Acknowledged by the Customer"),
    ], "Public Sector Fee Disclosure", pm.name, at(2025, 5, 19, 9, 0, PDT), docusign_stamp(env_psd))
    files = {"POE/Bellows_TeamsRooms_Acceptance_signed.pdf": poe,
             "PSD/Bellows_Public_Sector_Disclosure_signed.pdf": psd}
    claim = cpor_claim(cid, kind="usage", area="Modern Work", submitted=at(2025, 8, 28, 20, 10), partner=partner,
                       pm=pm, customer=customer, contact=dit, workloads=[("TEAMS ROOMS", None)], files=files,
                       roles={"PSD/Bellows_Public_Sector_Disclosure_signed.pdf": "public_sector_disclosure"})
    return Case(f"{cid}_CascadeAV_Bellows_TeamsRooms_PublicSector", claim, files, "approve",
                "US public-sector (education) customer, CPOR Modern Work usage: the written fee disclosure is "
                "acknowledged by the customer (DocuSign, 5/20/2025); the POE is DocuSign-signed by the Director of "
                "IT (7/30/2025) and details 36 Teams Rooms with Pro management.",
                "CPOR Modern Work usage, Teams Rooms, US college (public sector) with a signed fee disclosure.",
                {"public_sector": "pass", "workload_match": "pass", "customer_acknowledgement": "pass",
                 "required_documents": "pass"})


def kairos_bestforyou_copilot_subdomain() -> Case:
    cid = "3120105"
    partner = Org("Kairos Digital Workplace Inc.", "kairosdw.com", "US", "Austin, TX", location_id="6652291",
                  short="Kairos")
    customer = Org("Best For You Organics Company", "bestforyouorganics.com", "US", "Boulder, CO",
                   short="Best For You Organics")
    pm = Person("Nadia Flores", "nadia.flores@kairosdw.com", "Copilot Adoption Lead")
    it = Person("Dana Kim", "dana.kim@it.bestforyouorganics.com", "IT Director")
    report = pdf([
        f"""<h1>Microsoft 365 Copilot Adoption Programme – Delivery Summary</h1>
{table([("Customer", customer.name), ("Partner", partner.name), ("Licences", "300 Microsoft 365 Copilot"),
         ("Programme dates", "May 12, 2025 – August 8, 2025")])}""",
        section("Readiness",
                ["SharePoint oversharing assessment of 212 sites; 41 sites with 'Everyone except external users' "
                 "permissions remediated before licences were assigned.",
                 "Restricted SharePoint Search enabled during the pilot; sensitivity labels checked on HR and Finance "
                 "libraries."]),
        section("Adoption",
                ["4 champion cohorts (48 champions) across Sales, Finance, Operations and Customer Care.",
                 "6 prompt-a-thons with department-specific scenarios (RFP drafting in Word, Excel forecasting, Teams "
                 "meeting recap).",
                 "Copilot usage dashboard in Viva Insights: 81% of licensed users active weekly by week 10."]),
    ], "Copilot delivery summary", pm.name, at(2025, 8, 11, 9, 30, CDT))
    ack = Mail(sender=it, to=(pm,), date=at(2025, 8, 19, 14, 22, MDT), subject="Copilot programme – confirmation",
               body=("Hi Nadia,\n\nThis email confirms that Kairos Digital Workplace completed the Microsoft 365 "
                     "Copilot deployment and adoption programme for Best For You Organics: the SharePoint "
                     "oversharing clean-up, licence assignment for our 300 Copilot users, the champion cohorts and "
                     "the prompt-a-thons between May and August 2025. The delivery summary you sent matches what "
                     "we received.\n\nBest regards,\nDana Kim\nIT Director, Best For You Organics Company\n"))
    files = {"POE/BestForYou_Copilot_Delivery_Summary.pdf": report,
             "POE/Copilot programme – confirmation.msg": ms.msg_bytes(ack)}
    claim = cpor_claim(cid, kind="usage", area="Modern Work", submitted=at(2025, 9, 2, 15, 45), partner=partner,
                       pm=pm, customer=customer, contact=it, workloads=[("MICROSOFT 365 COPILOT", None)], files=files)
    return Case(f"{cid}_Kairos_BestForYou_Copilot_Subdomain", claim, files, "approve",
                "Customer e-mail 'This email confirms that Kairos … completed the Microsoft 365 Copilot deployment' "
                "(2025-08-19) from it.bestforyouorganics.com, a subdomain of the customer's domain; the delivery "
                "summary details 300 licences, oversharing remediation, cohorts and dates.",
                "CPOR Modern Work usage, Microsoft 365 Copilot; acknowledgement .msg sent from the customer's IT "
                "subdomain.",
                {"customer_domain": "pass", "customer_acknowledgement": "pass", "workload_match": "pass"})


def orbital_liberty_d365_customer_service() -> Case:
    cid = "3120106"
    partner = Org("Orbital CRM Partners Pty Ltd", "orbitalcrm.com.au", "AU", "Melbourne VIC", location_id="6660874",
                  short="Orbital CRM")
    customer = Org("Liberty's Delightful Sinful Bakery & Cafe", "libertysbakery.com.au", "AU", "Sydney NSW",
                   short="Liberty's")
    pm = Person("Hamish Doyle", "hamish.doyle@orbitalcrm.com.au", "Delivery Director")
    coo = Person("Liberty Chen", "liberty.chen@libertysbakery.com.au", "Chief Operating Officer")
    env = envelope_id(cid, "d365cs")
    sub = guid("subscription", cid, "cs")
    blocks = [
        f"""<h1>Statement of Work – Dynamics 365 Customer Service Enterprise</h1>
{table([("Customer", customer.name), ("Partner", partner.name), ("Subscription", sub),
         ("Term of work", "3 March 2025 – 27 June 2025"), ("Agents", "85 contact-centre agents, 9 supervisors")])}""",
        section("Challenges",
                "Customer complaints and catering orders arrive by phone, e-mail and Instagram and are tracked in "
                "shared mailboxes; no SLA reporting and no knowledge base for the 14 stores."),
        section("Scope – Dynamics 365 Customer Service",
                ["Case management with 4 case types (order issue, allergen enquiry, catering, feedback), routing "
                 "rules and entitlements with 8-hour and 24-hour SLA KPIs.",
                 "Omnichannel for Customer Service: live chat on the website and Facebook Messenger, unified routing "
                 "to 3 queues.",
                 "Knowledge management: migration of 1,200 articles from the old intranet, article approval flow.",
                 "Customer Service Insights dashboards for supervisors; Power Automate flows for store escalation."]),
        section("Plan", ["Sprint 0 (March): environment, security roles, data model.",
                         "Sprints 1-4 (March-May): case management, omnichannel, knowledge base.",
                         "Go-live 2 June 2025, hypercare until 27 June 2025."]),
        docusign_signature(coo, customer.name, "30 May 2025", env, heading="Signed for the Customer"),
    ]
    files = {"POE/Libertys_D365CS_SOW_signed.pdf":
             pdf(blocks, "D365 Customer Service SOW", pm.name, at(2025, 5, 29, 9, 0, AEST), docusign_stamp(env),
                 paper="a4")}
    claim = cpor_claim(cid, kind="usage", area="Business Applications", submitted=at(2025, 8, 20, 1, 15),
                       partner=partner, pm=pm, customer=customer, contact=coo,
                       workloads=[("DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE", sub)], files=files)
    return Case(f"{cid}_OrbitalCRM_Libertys_D365CustomerService", claim, files, "approve",
                "DocuSign-signed SOW (COO, 30 May 2025) for Dynamics 365 Customer Service with 85 agents, case types, "
                "omnichannel, knowledge migration and sprint plan; names visible; workload and subscription match.",
                "CPOR Business Applications usage, Dynamics 365 Customer Service, Australian partner and customer.",
                {"workload_match": "pass", "customer_acknowledgement": "pass", "acknowledgement_date": "pass",
                 "activity_detail": "pass"})


def fourthwall_nod_powerapps_presales() -> Case:
    cid = "3120107"
    partner = Org("Fourth Wall Low-Code LLC", "fourthwall.dev", "US", "Raleigh, NC", location_id="6671530",
                  short="Fourth Wall")
    customer = Org("Nod Publishers", "nodpublishers.com", "US", "Nashville, TN")
    pm = Person("Grace Whitfield", "grace@fourthwall.dev", "Solution Architect")
    ops = Person("Evan Brooks", "evan.brooks@nodpublishers.com", "VP Operations")
    demo = Mail(sender=pm, to=(ops,), date=at(2025, 6, 13, 10, 5, EDT), subject="Power Apps demo follow-up",
                body=("Hi Evan,\n\nThanks for your time at yesterday's Power Apps demo. As discussed, we propose a "
                      "6-week pilot of a canvas app for the 40 warehouse inspectors: offline inspections on tablets, "
                      "photos stored in Dataverse, a model-driven app for the quality team and a Power Automate "
                      "approval when a pallet fails inspection.\n\nBest,\nGrace\n"))
    ack = Mail(sender=ops, to=(pm,), date=at(2025, 6, 18, 16, 40, CDT), subject="RE: Power Apps demo follow-up",
               body=outlook_reply(
                   "Grace,\n\nThank you for the Power Apps demo on June 12. We would like to go ahead with the 6-week "
                   "pilot for the inspection app with our 40 inspectors in the Nashville and Memphis warehouses. "
                   "Please send the pilot plan; our quality lead Rosa will be your contact.\n\nEvan Brooks\n"
                   "VP Operations | Nod Publishers", demo))
    plan = pdf([
        f"""<h1>Pilot Plan – Warehouse Inspection App (Power Apps)</h1>
{table([("Customer", customer.name), ("Partner", partner.name), ("Pilot dates", "June 23, 2025 – August 1, 2025"),
         ("Users", "40 inspectors, 6 quality reviewers")])}""",
        section("Pilot scope",
                ["Canvas app with offline inspection checklists (23 checks) and photo capture on 40 iPads.",
                 "Model-driven app for the quality team: inspection history, failed pallets, supplier scorecard.",
                 "Power Automate approval flow to the supplier manager; Dataverse security roles per warehouse.",
                 "Success criteria: inspection time per pallet below 6 minutes; 95% of inspections captured "
                 "digitally."]),
        "<p>Pilot plan agreed on June 20, 2025 by Evan Brooks, VP Operations, Nod Publishers (e-mail approval "
        "attached to this claim).</p>",
    ], "Pilot plan", pm.name, at(2025, 6, 20, 11, 0, EDT))
    files = {"POE/RE_ Power Apps demo follow-up.msg": ms.msg_bytes(ack), "POE/Nod_PowerApps_Pilot_Plan.pdf": plan}
    claim = cpor_claim(cid, kind="pre_sales", area="Business Applications", submitted=at(2025, 8, 14, 19, 0),
                       partner=partner, pm=pm, customer=customer, contact=ops,
                       workloads=[("POWER APPS PER USER", guid("subscription", cid))], files=files,
                       transaction=day(2025, 7, 25))
    return Case(f"{cid}_FourthWall_Nod_PowerApps_PreSales", claim, files, "approve",
                "Pre-sales: the customer's e-mail of 2025-06-18 accepting the Power Apps pilot after the June 12 demo "
                "and the pilot plan of June 20 both predate the transaction (2025-07-25); activities detailed.",
                "CPOR Business Applications pre-sales, Power Apps: demo follow-up, customer acceptance, pilot plan.",
                {"acknowledgement_date": "pass", "customer_acknowledgement": "pass", "workload_match": "pass"})


def seed_template_case(*, cid: str, partner: Org, customer: Org, pm: Person, signer: Person, workload_row: str,
                       claimed: str, scope: Sequence[str], engagement_dates: tuple[dt.date, dt.date],
                       signed: dt.date | None, submitted: dt.datetime, created_tz: dt.tzinfo,
                       filename: str) -> tuple[dict[str, bytes], dict[str, Any]]:
    """Microsoft's CPOR POE template (the guide's Valid POE example), filled in for one workload."""
    esign = ms.ESign(signer.name, signed, envelope_id(cid, "template")) if signed else None
    html = ms.security_poe_template(
        partner=partner, customer=customer, signatory=signer, selected={workload_row: ("Deployment", "Implementation")},
        scope=list(scope), engagement=engagement_dates, esign=esign)
    created = at(engagement_dates[1].year, engagement_dates[1].month, engagement_dates[1].day, 11, 0, created_tz)
    files = {filename: pdf(html, "Proof of Execution", pm.name, created, ms.esign_decorations(esign))}
    claim = cpor_claim(cid, kind="usage", area="Security", submitted=submitted, partner=partner, pm=pm,
                       customer=customer, contact=signer, workloads=[(claimed, None)], files=files)
    return files, claim


def ridgeline_fabrikamres_mdi_12m_minus3() -> Case:
    cid = "3120108"
    partner = Org("Ridgeline Security Partners", "ridgelinesec.com", "US", "Denver, CO", location_id="6680112")
    customer = Org("Fabrikam Residences", "fabrikamresidences.com", "US", "Phoenix, AZ")
    pm = Person("Chris Alvarez", "calvarez@ridgelinesec.com", "Security Consultant")
    ciso = Person("Priscilla Yoon", "pyoon@fabrikamresidences.com", "Chief Information Security Officer")
    scope = [
        "<p><b>Current state</b></p>" + ul([
            "On-premises Active Directory with 14 domain controllers in 3 sites and 3 AD FS servers; no identity "
            "threat detection; lateral movement from compromised help-desk accounts found in the 2024 pen test."]),
        "<p><b>Microsoft Defender for Identity deployment (weeks 1-6)</b></p>" + ul([
            "Install MDI sensors on all 14 domain controllers and the 3 AD FS servers; gMSA directory service account.",
            "Configure honeytoken accounts (4) and entity tags for 65 sensitive accounts.",
            "Remediate the 12 lateral movement paths and 31 accounts with clear-text passwords reported by MDI.",
            "Integrate MDI alerts with Microsoft Defender XDR incidents and the SOC on-call rota (6 analysts)."]),
        "<p><b>Hand-over (weeks 7-8)</b>: runbooks for sensor health, 2 x 2-hour training sessions.</p>",
    ]
    files, claim = seed_template_case(
        cid=cid, partner=partner, customer=customer, pm=pm, signer=ciso,
        workload_row="Microsoft Defender for Identity", claimed="MICROSOFT DEFENDER FOR IDENTITY", scope=scope,
        engagement_dates=(day(2024, 7, 22), day(2024, 9, 13)), signed=day(2024, 9, 19),
        submitted=at(2025, 9, 15, 16, 0), created_tz=MDT, filename="POE/FabrikamResidences_MDI_POE.pdf")
    return Case(f"{cid}_Ridgeline_FabrikamResidences_MDI_12mMinus3d", claim, files, "approve",
                "Customer e-signature dated 9/19/2024 is 361 days before submission (2025-09-15): not older than "
                "12 months. Template with MDI ticked and detailed sensor/remediation scope.",
                "CPOR Security usage, Defender for Identity, Microsoft POE template e-signed 12 months minus 3 days "
                "before submission.",
                {"acknowledgement_date": "pass", "workload_match": "pass", "customer_acknowledgement": "pass"})


def harbourside_northbrook_intune_uk_dayfirst() -> Case:
    cid = "3120109"
    partner = Org("Harbourside IT Services Ltd", "harboursideit.co.uk", "GB", "Bristol", location_id="6691405",
                  short="Harbourside IT")
    customer = Org("Northbrook Building Society", "northbrookbs.co.uk", "GB", "Leeds", short="Northbrook")
    pm = Person("Imogen Clarke", "imogen.clarke@harboursideit.co.uk", "Project Manager")
    cto = Person("Eleanor Hughes", "eleanor.hughes@northbrookbs.co.uk", "Chief Technology Officer")
    env = envelope_id(cid, "uk")
    blocks = [
        f"""<h1>Project Closure and Acceptance – Microsoft Intune Modern Endpoint</h1>
{table([("Customer", customer.name), ("Partner", partner.name), ("Project start", "01/08/2024"),
         ("Project end", "27/09/2024"), ("Devices", "1,480 Windows 11 laptops, 610 iPhones")])}""",
        section("Work delivered",
                ["Windows Autopilot (user-driven, Entra joined) for 1,480 branch and head-office laptops.",
                 "Intune compliance policies (BitLocker, Defender AV, OS version) tied to Conditional Access.",
                 "iOS enrolment through Apple Business Manager for 610 corporate iPhones; app protection policies "
                 "for Outlook and Teams.",
                 "Co-management with Configuration Manager retired on 20/09/2024; 38 Win32 apps packaged in Intune."]),
        docusign_signature(cto, customer.name, "03/10/2024", env),
    ]
    files = {"POE/Northbrook_Intune_Closure_signed.pdf":
             pdf(blocks, "Project closure", pm.name, at(2024, 10, 2, 16, 0, BST), docusign_stamp(env), paper="a4")}
    claim = cpor_claim(cid, kind="usage", area="Security", submitted=at(2025, 9, 22, 9, 30), partner=partner, pm=pm,
                       customer=customer, contact=cto, workloads=[("INTUNE", None)], files=files)
    return Case(f"{cid}_Harbourside_Northbrook_Intune_UKDayFirst", claim, files, "approve",
                "UK document, dates written day-first ('27/09/2024' proves the convention): signed 03/10/2024 = "
                "3 October 2024, 11.6 months before submission (2025-09-22). Read month-first (10 March 2024) it "
                "would wrongly be older than 12 months.",
                "CPOR Security usage, Intune, UK customer; DocuSign date 03/10/2024 (day-first).",
                {"acknowledgement_date": "pass", "customer_acknowledgement": "pass", "workload_match": "pass"})


def isarlogic_baumann_mde_scanned_de() -> Case:
    cid = "3120110"
    partner = Org("Isarlogic IT GmbH", "isarlogic.de", "DE", "Munich", location_id="6702283", short="Isarlogic")
    customer = Org("Baumann Präzisionstechnik GmbH", "baumann-praezision.de", "DE", "Stuttgart", short="Baumann")
    pm = Person("Lukas Brandt", "lukas.brandt@isarlogic.de", "Senior Consultant")
    head = Person("Jürgen Baumann", "j.baumann@baumann-praezision.de", "Head of IT")
    html = [
        f"""<h1>Acceptance Certificate</h1><h2>Microsoft Defender for Endpoint roll-out</h2>
{table([("Customer", customer.name), ("Contractor", partner.name), ("Order", "ISL-2024-311"),
         ("Period of performance", "15/07/2024 – 27/09/2024")])}""",
        section("Services accepted",
                ["Onboarding of 860 Windows clients and 74 Windows servers to Microsoft Defender for Endpoint via "
                 "Intune and Group Policy.",
                 "Attack surface reduction rules in block mode for Office macros and credential theft (LSASS).",
                 "EDR in block mode and tamper protection on all devices; device groups per plant (Stuttgart, "
                 "Esslingen, Reutlingen).",
                 "Integration with the customer's 24/7 on-call via e-mail notifications; 2 training sessions."]),
        """<h2>Acceptance</h2><p>The customer confirms that the services above were performed and accepts them.</p>
<table><tr><td class='label'>Place, date</td><td>Stuttgart, 09/10/2024</td></tr>
<tr><td class='label'>Signature (customer)</td><td><div class='sig'></div></td></tr>
<tr><td class='label'>Name, title</td><td>Jürgen Baumann, Head of IT</td></tr></table>""",
    ]
    clean = pdf(html, "Acceptance certificate", pm.name, at(2024, 10, 8, 9, 0, CEST),
                ms.sign_below("Signature (customer)", "baumann", dx=190, height=22), paper="a4")
    files = {"POE/Baumann_MDE_Abnahme_scan.pdf": scanned(clean)}
    claim = cpor_claim(cid, kind="usage", area="Security", submitted=at(2025, 9, 30, 7, 45), partner=partner, pm=pm,
                       customer=customer, contact=head, workloads=[("MICROSOFT DEFENDER ENDPOINT", None)], files=files,
                       comment="Scan of the physically signed acceptance certificate.")
    return Case(f"{cid}_Isarlogic_Baumann_MDE_ScanDayFirst", claim, files, "approve",
                "Physically signed paper acceptance (scan with the ink signature and text layer) — acceptable "
                "material. German customer, day-first dates ('27/09/2024'): 'Stuttgart, 09/10/2024' = 9 October "
                "2024, 11.7 months before submission (2025-09-30); month-first (10 September 2024) would be older "
                "than 12 months.",
                "CPOR Security usage, Defender for Endpoint; scanned, physically signed acceptance certificate "
                "with an OCR text layer, German customer, English text.",
                {"acknowledgement_date": "pass", "workload_match": "pass",
                 # the ink is in a picture: the text reader cannot see it, a reviewer must look
                 "customer_acknowledgement": ["pass", "warn"],
                 # OCR glued the legal form to the name ("PräzisionstechnikGmbH")
                 "partner_customer_names": ["pass", "warn"]})


def ammp_surveys(cid: str, partner: Org, *, customer_sig: tuple[str, str, str], partner_sig: tuple[str, str, str],
                 done: dt.datetime, production: str) -> tuple[bytes, bytes]:
    customer = ms.survey(cid, "customer", done, [
        (f"Did {partner.call} deliver the engagement for your organization as described?", "Yes"),
        ("Which workloads were modernized or migrated?", "Customer-facing web application and its SQL database"),
        ("When did the modernized workload go into production on Azure?", production),
        ("How satisfied are you with the partner's delivery?", "Satisfied"),
    ], customer_sig)
    partner_json = ms.survey(cid, "partner", done + dt.timedelta(days=1), [
        ("Confirm that the engagement was delivered in full to the customer named in this claim.", "Yes"),
        ("Production date of the modernized workload", production),
        ("Azure specialization held by the delivering location", "Kubernetes on Microsoft Azure"),
    ], partner_sig)
    return customer, partner_json


AMMP_SMALL = "AMMP App/Data Modernization (Small)"
FRONTLINE = "Enable Frontline Workshop"


def ammp_report(*, partner: Org, customer: Org, pm: Person, app: str, stack: list[str], dates: str,
                created: dt.datetime) -> bytes:
    return pa_report_docx(
        title="AMMP App/Data Modernization – Proof of Execution",
        facts=[("Customer", customer.name), ("Partner", partner.name), ("Workload", app), ("Engagement dates", dates)],
        sections=[("Modernization delivered", [stack]),
                  ("Outcome", [f"{app} is in production on Azure since the end date above; {customer.call} operates "
                               f"it with the runbooks {partner.call} handed over."])],
        author=pm.name, created=created)


def iberdata_nodo_ammp_market_b() -> Case:
    cid = "3120111"
    partner = Org("Iberdata Cloud S.L.", "iberdata.es", "ES", "Valencia", location_id="6713390", short="Iberdata")
    customer = Org("Nodo Logístico Levante S.A.", "nodolevante.es", "ES", "Alicante", short="Nodo Logístico")
    pm = Person("Marta Ferrer", "marta.ferrer@iberdata.es", "Directora de Proyectos")
    cto = Person("Javier Soler", "jsoler@nodolevante.es", "CTO")
    consent, submitted = day(2025, 5, 12), at(2025, 8, 29, 11, 0)
    inv = own_invoice(partner=partner, contact=pm, number="IB-2025-0419", date="28/08/2025",
                      bill_to="Microsoft Ireland Operations Ltd, One Microsoft Place, Leopardstown, Dublin 18",
                      lines=[(f"MCI Engagement Claim ID {cid} – {AMMP_SMALL}", "USD 12,000.00")],
                      totals=[("Base imponible / Pre-tax amount", "USD 12,000.00"),
                              ("IVA / VAT", "No sujeto – reverse charge"), ("Total", "USD 12,000.00")],
                      notes="Factura emitida en USD según las condiciones del programa MCI.",
                      created=at(2025, 8, 28, 10, 0, CEST), title="FACTURA / INVOICE")
    cust, part = ammp_surveys(cid, partner, customer_sig=(cto.name, customer.name, cto.title),
                              partner_sig=(pm.name, partner.name, "Project Director"), done=at(2025, 8, 25, 9, 0),
                              production="2025-08-04")
    report = ammp_report(partner=partner, customer=customer, pm=pm, app="Fleet tracking portal (ASP.NET, SQL Server)",
                         stack=["Containerized the .NET 6 portal and deployed it to Azure Kubernetes Service (3 node "
                                "pools, 2 regions).",
                                "Migrated the 420 GB SQL Server database to Azure SQL Managed Instance with the Azure "
                                "Database Migration Service.",
                                "Landing zone with hub-and-spoke networking, Azure Firewall and Defender for Cloud."],
                         dates="May 19, 2025 – August 4, 2025", created=at(2025, 8, 20, 12, 0, CEST))
    files = {"Invoice/IB-2025-0419.pdf": inv, "Surveys/customer_attestation.json": cust,
             "Surveys/partner_attestation.json": part, "POE/AMMP_POE_NodoLogistico.docx": report}
    roles = {"Invoice/IB-2025-0419.pdf": "invoice", "Surveys/customer_attestation.json": "customer_attestation",
             "Surveys/partner_attestation.json": "partner_attestation", "POE/AMMP_POE_NodoLogistico.docx": "poe"}
    claim = pa_claim(cid, area="Azure", submitted=submitted, partner=partner, pm=pm, customer=customer, contact=cto,
                     workloads=["AZURE KUBERNETES SERVICE", "AZURE SQL MANAGED INSTANCE"], files=files, roles=roles,
                     engagement=engagement(AMMP_SMALL, cid, "xs_small"),
                     consent=consent)
    return Case(f"{cid}_Iberdata_NodoLogistico_AMMP_MarketB", claim, files, "approve",
                "Spanish partner location = Market B: the AMMP (Small) rate is $12,000; the invoice shows the claim "
                "ID, the partner's name and a pre-tax amount of USD 12,000.00. Surveys signed in full; submitted 109 "
                "days after consent (deadline 120).",
                "Partner activities, AMMP App/Data Modernization (Small), Market B partner (ES), bilingual invoice.",
                {"invoice": "pass", "attestations": "pass", "submission_window": "pass", "required_documents": "pass"})


def northgate_halden_ammp_vat() -> Case:
    cid = "3120112"
    partner = Org("Northgate Cloud Engineering Ltd", "northgatecloud.co.uk", "GB", "Manchester", location_id="6724518",
                  short="Northgate")
    customer = Org("Halden Marine Insurance plc", "haldenmarine.co.uk", "GB", "Southampton", short="Halden Marine")
    pm = Person("Priya Shah", "priya.shah@northgatecloud.co.uk", "Delivery Lead")
    it = Person("Tom Ellison", "tom.ellison@haldenmarine.co.uk", "Head of Platform Engineering")
    consent, submitted = day(2025, 6, 2), at(2025, 9, 19, 14, 0)
    inv = own_invoice(partner=partner, contact=pm, number="NG-INV-10382", date="18 September 2025",
                      bill_to="Microsoft Ireland Operations Ltd, Dublin 18, Ireland",
                      lines=[(f"Microsoft MCI engagement – claim {cid} – {AMMP_SMALL}", "$15,000.00")],
                      totals=[("Subtotal (excl. VAT)", "USD 15,000.00"), ("VAT @ 20%", "USD 3,000.00"),
                              ("Total (incl. VAT)", "USD 18,000.00")],
                      notes="All amounts in US dollars. Company registered in England and Wales no. 09876543. "
                            "VAT reg. GB 123 4567 89.",
                      created=at(2025, 9, 18, 10, 0, BST))
    cust, part = ammp_surveys(cid, partner, customer_sig=(it.name, customer.name, it.title),
                              partner_sig=(pm.name, partner.name, "Delivery Lead"), done=at(2025, 9, 10, 9, 0),
                              production="2025-08-26")
    report = ammp_report(partner=partner, customer=customer, pm=pm, app="Broker quote API (Java, Oracle)",
                         stack=["Re-platformed the Spring Boot quote API to Azure Container Apps with autoscaling.",
                                "Migrated 180 GB from Oracle 12c to Azure Database for PostgreSQL Flexible Server "
                                "(ora2pg, 2 rehearsals, 40-minute cut-over).",
                                "Azure Front Door with WAF, private endpoints, Key Vault for secrets."],
                         dates="June 9, 2025 – August 26, 2025", created=at(2025, 9, 1, 12, 0, BST))
    files = {"Invoice/NG-INV-10382.pdf": inv, "Surveys/customer_attestation.json": cust,
             "Surveys/partner_attestation.json": part, "POE/Halden_AMMP_Report.docx": report}
    roles = {"Invoice/NG-INV-10382.pdf": "invoice", "Surveys/customer_attestation.json": "customer_attestation",
             "Surveys/partner_attestation.json": "partner_attestation", "POE/Halden_AMMP_Report.docx": "poe"}
    claim = pa_claim(cid, area="Azure", submitted=submitted, partner=partner, pm=pm, customer=customer, contact=it,
                     workloads=["AZURE CONTAINER APPS", "AZURE DATABASE FOR POSTGRESQL"], files=files, roles=roles,
                     engagement=engagement(AMMP_SMALL, cid, "xs_small"),
                     consent=consent)
    return Case(f"{cid}_Northgate_HaldenMarine_AMMP_VAT", claim, files, "approve",
                "UK partner = Market A, rate $15,000: the invoice's pre-tax subtotal is USD 15,000.00; the VAT line "
                "and the VAT-inclusive total (USD 18,000.00) do not matter ('VAT is not required', the pre-tax amount "
                "must match). Surveys complete, submitted 109 days after consent.",
                "Partner activities, AMMP (Small), UK partner; invoice with subtotal, VAT 20% and total.",
                {"invoice": "pass", "attestations": "pass", "submission_window": "pass"})


def pinecrest_summit_mde_corrupted_plus_good() -> Case:
    cid = "3120113"
    partner = Org("Pinecrest Systems Inc.", "pinecrestsys.com", "US", "Salt Lake City, UT", location_id="6735027",
                  short="Pinecrest")
    customer = Org("Summit Outdoor Outfitters", "summitoutfitters.com", "US", "Bend, OR", short="Summit Outdoor")
    pm = Person("Kyle Brennan", "kbrennan@pinecrestsys.com", "Security Engineer")
    ciso = Person("Aaron Feld", "afeld@summitoutfitters.com", "IT & Security Manager")
    env = envelope_id(cid, "mde")
    blocks = [
        f"""<h1>Defender for Endpoint Deployment – Completion Report</h1>
{table([("Customer", customer.name), ("Partner", partner.name), ("Dates", "June 16, 2025 – August 1, 2025"),
         ("Devices", "1,020 Windows 10/11 endpoints, 64 Windows servers, 210 macOS devices")])}""",
        section("Completed",
                ["Onboarded all 1,294 devices to Microsoft Defender for Endpoint through Intune and a GPO package for "
                 "the servers; sensor health 99.2% at hand-over.",
                 "Attack surface reduction rules: 9 rules in audit for 2 weeks, then block; 14 exclusions documented.",
                 "Automated investigation and remediation set to full for workstations, semi for servers.",
                 "Vulnerability management: 3 remediation waves closed 5,400 exposed software findings."]),
        docusign_signature(ciso, customer.name, "8/6/2025", env),
    ]
    good = pdf(blocks, "MDE completion report", pm.name, at(2025, 8, 4, 10, 0, MDT), docusign_stamp(env))

    def notes(document: DocxDocument) -> None:
        heading(document, "MDE deployment – working notes", 14)
        ms.docx_bullets(document, ["Wave 1: IT and finance (120 devices).", "Wave 2: stores (640 devices).",
                                   "Wave 3: distribution centre and servers (534 devices)."])

    notes_docx = ms.docx_bytes(notes, title="MDE notes", author=pm.name, created=at(2025, 7, 30, 10, 0, MDT))
    files = {"POE/Summit_MDE_Completion_signed.pdf": good,
             "POE/Summit_MDE_Deployment_Notes.docx": truncated(notes_docx)}
    claim = cpor_claim(cid, kind="usage", area="Security", submitted=at(2025, 9, 9, 17, 30), partner=partner, pm=pm,
                       customer=customer, contact=ciso, workloads=[("MICROSOFT DEFENDER ENDPOINT", None)], files=files)
    return Case(f"{cid}_Pinecrest_SummitOutdoor_MDE_CorruptedPlusGood", claim, files, "approve",
                "One upload (a Word file cut off half-way) is unreadable, but the other POE alone meets every "
                "component: DocuSign signature of the customer (8/6/2025), names, detailed MDE work on 1,294 "
                "devices, dates.",
                "CPOR Security usage, MDE: a good signed completion report plus a truncated, unreadable .docx.",
                {"required_documents": "pass", "customer_acknowledgement": "pass", "workload_match": "pass"})


APPLE_DOUBLE = (b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        \x00\x02\x00\x00\x00\t\x00\x00\x002\x00\x00\x0e\xb0"
                b"\x00\x00\x00\x02\x00\x00\x0e\xe2\x00\x00\x01\x1e" + b"\x00" * 80 + b"ATTR\x00\x00\x00\x00")
DS_STORE = b"\x00\x00\x00\x01Bud1\x00\x00\x10\x00\x00\x00\x08\x00\x00\x00\x10\x00\x00\x00\x04\x0b" + b"\x00" * 120


def everstone_maplewood_exchange_macos_zip() -> Case:
    cid = "3120114"
    partner = Org("Everstone Cloud Partners Inc.", "everstonecloud.com", "US", "Minneapolis, MN", location_id="6746633",
                  short="Everstone")
    customer = Org("Maplewood Credit Union", "maplewoodcu.org", "US", "St. Paul, MN", short="Maplewood")
    pm = Person("Brianna Holt", "bholt@everstonecloud.com", "Messaging Architect")
    it = Person("Gordon Pike", "gpike@maplewoodcu.org", "VP, Information Technology")
    report = pdf([
        f"""<h1>Exchange Online Migration – Final Report</h1>
{table([("Customer", customer.name), ("Partner", partner.name), ("Migration window", "July 7 – August 15, 2025"),
         ("Mailboxes", "640 user mailboxes, 85 shared mailboxes, 12 room mailboxes (3.9 TB)")])}""",
        section("Delivered",
                ["Exchange hybrid configuration (Exchange 2016 CU23) with the Hybrid Configuration Wizard; "
                 "centralized mail transport during coexistence.",
                 "Migrated 737 mailboxes to Exchange Online in 6 batches; 4 weekend cut-overs with no data loss.",
                 "Mail flow: MX cut-over, SPF/DKIM/DMARC (p=quarantine), 14 transport rules re-created.",
                 "Decommissioned 2 on-premises Exchange servers; management tools server kept for recipients."]),
    ], "Exchange Online final report", pm.name, at(2025, 8, 18, 10, 0, CDT))
    ack = Mail(sender=it, to=(pm,), date=at(2025, 8, 20, 8, 55, CDT),
               subject="RE: Exchange Online migration – final report",
               body=outlook_reply(
                   "Brianna,\n\nWe confirm that Everstone has completed the migration of all 737 mailboxes to Exchange "
                   "Online and the hybrid decommissioning described in the final report. Thank you to the team for "
                   "the smooth weekend cut-overs.\n\nGordon Pike\nVP, Information Technology\nMaplewood Credit Union",
                   Mail(sender=pm, to=(it,), date=at(2025, 8, 18, 15, 10, CDT),
                        subject="Exchange Online migration – final report",
                        body="Hi Gordon,\n\nAttached is the final report of the migration. Could you confirm the "
                             "project is complete?\n\nBrianna\n")))
    top = f"{cid}_Everstone_Maplewood_ExchangeOnline_MacZip"
    files = {"POE/Maplewood_EXO_Final_Report.pdf": report, "POE/RE_ Exchange Online migration – final report.msg":
             ms.msg_bytes(ack), ".DS_Store": DS_STORE, "POE/.DS_Store": DS_STORE}
    claim = cpor_claim(cid, kind="usage", area="Modern Work", submitted=at(2025, 9, 4, 14, 0), partner=partner, pm=pm,
                       customer=customer, contact=it, workloads=[("EXCHANGE ONLINE", None)], files=files,
                       unlisted=[".DS_Store", "POE/.DS_Store"])
    extras = {f"__MACOSX/{top}/._claim.json": APPLE_DOUBLE,
              f"__MACOSX/{top}/POE/._Maplewood_EXO_Final_Report.pdf": APPLE_DOUBLE,
              f"__MACOSX/{top}/POE/._RE_ Exchange Online migration – final report.msg": APPLE_DOUBLE}
    return Case(top, claim, files, "approve",
                "Customer e-mail from maplewoodcu.org confirming the completed migration of 737 mailboxes, with a "
                "detailed final report; the __MACOSX folder and .DS_Store files macOS adds to a zip are not evidence "
                "and change nothing.",
                "CPOR Modern Work usage, Exchange Online; zip made with macOS 'Compress' (__MACOSX/ beside the bundle "
                "folder, .DS_Store files inside it).",
                {"customer_acknowledgement": "pass", "customer_domain": "pass", "workload_match": "pass"},
                container="zip-folder", zip_extras=extras)


def andes_cafetera_mdca_spanish_email_english_pdf() -> Case:
    cid = "3120115"
    partner = Org("Andes Cloud Security S.A.S.", "andescloud.co", "CO", "Bogotá", location_id="6757214",
                  short="Andes Cloud Security")
    customer = Org("Cafetera del Valle S.A.S.", "cafeteradelvalle.com.co", "CO", "Cali", short="Cafetera del Valle")
    pm = Person("Camila Rojas", "camila.rojas@andescloud.co", "Gerente de Proyectos")
    ciso = Person("Andrés Muñoz", "andres.munoz@cafeteradelvalle.com.co", "Chief Information Security Officer")
    env = envelope_id(cid, "mdca")
    cert = pdf([
        f"""<h1>Acceptance Certificate – Microsoft Defender for Cloud Apps</h1>
{table([("Customer", customer.name), ("Partner", partner.name), ("Engagement", "June 9, 2025 – August 8, 2025"),
         ("Users in scope", "1,350")])}""",
        section("Services delivered",
                ["Cloud Discovery with Defender for Endpoint integration: 612 cloud apps discovered, 37 sanctioned, "
                 "58 unsanctioned and blocked on all endpoints.",
                 "App connectors for Microsoft 365, Salesforce and Google Workspace; 9 activity and file policies.",
                 "Conditional Access App Control session policies for unmanaged devices (download block for "
                 "labelled files).",
                 "OAuth app governance review: 23 high-privilege apps removed."]),
        docusign_signature(ciso, customer.name, "8/14/2025", env),
    ], "MDCA acceptance", pm.name, at(2025, 8, 12, 9, 0, COT), docusign_stamp(env))
    ack = Mail(sender=ciso, to=(pm,), date=at(2025, 8, 14, 17, 20, COT), subject="RE: Acta de aceptación MDCA",
               body=("Camila, buenas tardes:\n\nAdjunto el acta de aceptación firmada. Confirmamos que Andes Cloud "
                     "Security completó la implementación de Microsoft Defender for Cloud Apps para Cafetera del Valle "
                     "según el alcance acordado, incluidas las políticas de sesión y el bloqueo de aplicaciones no "
                     "autorizadas.\n\nMuchas gracias al equipo por el acompañamiento.\n\nSaludos,\nAndrés Muñoz\n"
                     "CISO – Cafetera del Valle S.A.S.\n"),
               attachments=(("Acceptance_Certificate_MDCA_signed.pdf", cert, "application/pdf"),))
    files = {"POE/RE_ Acta de aceptación MDCA.msg": ms.msg_bytes(ack)}
    claim = cpor_claim(cid, kind="usage", area="Security", submitted=at(2025, 9, 1, 21, 0), partner=partner, pm=pm,
                       customer=customer, contact=ciso, workloads=[("MICROSOFT DEFENDER FOR CLOUD APPS", None)],
                       files=files)
    return Case(f"{cid}_AndesCloud_CafeteraDelValle_MDCA_SpanishMail", claim, files, "approve",
                "The decisive POE — the attached acceptance certificate, DocuSign-signed by the customer's CISO on "
                "8/14/2025 with detailed MDCA work — is in English; the Spanish cover e-mail only transmits it "
                "(judgement: a reviewer needs no translation to decide).",
                "CPOR Security usage, MDCA, Colombian customer: Spanish cover e-mail (.msg) with the English signed "
                "acceptance certificate attached.",
                {"customer_acknowledgement": "pass", "workload_match": "pass", "customer_domain": "pass"})


def sableridge_consolidated_d365sales_upsell() -> Case:
    cid = "3120116"
    partner = Org("Sableridge BizApps Inc.", "sableridge.com", "US", "Charlotte, NC", location_id="6768806",
                  short="Sableridge")
    customer = Org("Consolidated Messenger Inc.", "consolidatedmessenger.com", "US", "Atlanta, GA",
                   short="Consolidated Messenger")
    pm = Person("Devon Carter", "dcarter@sableridge.com", "Account Executive")
    cro = Person("Lauren Mitchell", "lmitchell@consolidatedmessenger.com", "Chief Revenue Officer")
    env = envelope_id(cid, "upsell")
    sub = guid("subscription", cid, "sales")
    blocks = [
        f"""<h1>Upsell Engagement Summary – Dynamics 365 Sales</h1>
{table([("Customer", customer.name), ("Partner (new partner of record)", partner.name), ("Subscription", sub),
         ("Existing licences", "250 Dynamics 365 Sales Enterprise (since 2023, previous partner)"),
         ("Upsell", "+150 Dynamics 365 Sales Enterprise seats, ordered July 1, 2025 (total 400)")])}""",
        section("How the upsell was driven",
                ["Sableridge replaced the previous partner in May 2025 and ran a sales-process review with the 6 "
                 "regional sales directors, which showed 150 inside-sales reps still working in spreadsheets.",
                 "Business case and seat plan for the inside-sales team (150 users) presented to the CRO on June 24.",
                 "Roll-out of the 150 new seats: lead qualification BPF, sales accelerator sequences, Teams "
                 "integration, 5 training sessions (July 7 – July 18, 2025)."]),
        docusign_signature(cro, customer.name, "7/22/2025", env),
    ]
    files = {"POE/ConsolidatedMessenger_D365Sales_Upsell_signed.pdf":
             pdf(blocks, "Upsell summary", pm.name, at(2025, 7, 21, 16, 0, EDT), docusign_stamp(env))}
    claim = cpor_claim(cid, kind="pre_sales", area="Business Applications", submitted=at(2025, 8, 6, 15, 0),
                       partner=partner, pm=pm, customer=customer, contact=cro,
                       workloads=[("DYNAMICS 365 SALES ENTERPRISE EDITION", sub)], files=files,
                       transaction=day(2025, 7, 1),
                       comment="Upsell claim: as the customer's new partner of record we drove the 150-seat upsell "
                               "transacted on 2025-07-01; customer-signed summary attached.")
    return Case(f"{cid}_Sableridge_ConsolidatedMessenger_D365Sales_Upsell", claim, files, "approve",
                "Pre-sales rule exception: 'If a claim includes upsell opportunities, indicating that a new POR is "
                "driving upsell for the customer, we will approve claims even in the absence of prior proof of "
                "engagement.' The customer-signed summary (7/22/2025, after the 2025-07-01 transaction) documents the "
                "new POR driving a 150-seat upsell (judgement call on the seed's exception).",
                "CPOR Business Applications pre-sales, Dynamics 365 Sales upsell by a new partner of record; proof "
                "signed after the transaction.",
                {"workload_match": "pass", "customer_acknowledgement": "pass",
                 # the upsell exception is a judgement: warning the reviewer is acceptable, failing is not
                 "acknowledgement_date": ["pass", "warn"]})


def granitepeak_olympic_irm_signoff_rescue() -> Case:
    cid = "3120117"
    partner = Org("Granite Peak Security LLC", "granitepeaksec.com", "US", "Boise, ID", location_id="6779125",
                  short="Granite Peak")
    customer = Org("Olympic Freight Lines Inc.", "olympicfreight.com", "US", "Tacoma, WA", short="Olympic Freight")
    pm = Person("Sofia Marin", "smarin@granitepeaksec.com", "Compliance Practice Lead")
    cco = Person("Derek Olsen", "dolsen@olympicfreight.com", "Chief Compliance Officer")
    env = envelope_id(cid, "irm")
    sow = pdf([
        f"""<h1>Statement of Work – Insider Risk Management Programme</h1>
{table([("Customer", customer.name), ("Partner", partner.name), ("Programme", "February 2024 – August 2025, 3 phases"),
         ("Users in scope", "1,900")])}""",
        section("Phases",
                ["Phase 1 (Feb–May 2024): Microsoft Purview Insider Risk Management prerequisites, HR connector from "
                 "Workday, privacy settings (pseudonymisation), analytics.",
                 "Phase 2 (Jun 2024–Jan 2025): 'Data theft by departing users' and 'Data leaks' policies for 1,900 "
                 "users; triage process with HR and Legal; Communication Compliance for 120 dispatchers.",
                 "Phase 3 (Feb–Aug 2025): 'Security policy violations' policy with Defender for Endpoint signals, "
                 "adaptive protection, quarterly tuning."]),
        docusign_signature(cco, customer.name, "2/12/2024", env),
    ], "IRM SOW", pm.name, at(2024, 2, 9, 10, 0, MDT), docusign_stamp(env))
    status = Mail(sender=pm, to=(cco,), date=at(2025, 8, 26, 15, 0, MDT), subject="IRM Phase 3 – ready for sign-off",
                  body=("Hi Derek,\n\nPhase 3 is complete: the security policy violations policy is live for all 1,900 "
                        "users with Defender for Endpoint signals, adaptive protection is on for elevated-risk users, "
                        "and the first quarterly tuning review was held on August 19.\n\nCould you sign off the "
                        "phase?\n\nSofia\n"))
    signoff = Mail(sender=cco, to=(pm,), date=at(2025, 8, 27, 9, 30, PDT),
                   subject="RE: IRM Phase 3 – ready for sign-off",
                   body=outlook_reply(
                       "Sofia,\n\nSign-off: Phase 3 of the Insider Risk Management programme is complete and accepted. "
                       "The security policy violations policy and adaptive protection are in production for our 1,900 "
                       "users, and the tuning review cadence is agreed.\n\nDerek Olsen\nChief Compliance Officer\n"
                       "Olympic Freight Lines", status))
    files = {"POE/Olympic_IRM_SOW_signed.pdf": sow,
             "POE/RE_ IRM Phase 3 – ready for sign-off.msg": ms.msg_bytes(signoff)}
    claim = cpor_claim(cid, kind="usage", area="Security", submitted=at(2025, 9, 8, 16, 0), partner=partner, pm=pm,
                       customer=customer, contact=cco, workloads=[("INSIDER RISK MANAGER", None)], files=files)
    return Case(f"{cid}_GranitePeak_OlympicFreight_IRM_SignOffRescue", claim, files, "approve",
                "The SOW signature (2/12/2024) is older than 12 months, but the customer's recent e-mail "
                "'Sign-off: Phase 3 … is complete and accepted' (2025-08-27) confirms active engagement and describes "
                "the work — exactly the guide's remedy for aged signatures.",
                "CPOR Security usage, Insider Risk Management: SOW signed 19 months earlier plus a recent 'Sign-off:' "
                "e-mail from the customer.",
                {"acknowledgement_date": "pass", "customer_acknowledgement": "pass", "workload_match": "pass"})


def migration_surveys(cid: str, partner: Org, *, customer_sig: tuple[str, str, str],
                      partner_sig: tuple[str, str, str], done: dt.datetime, servers: str) -> tuple[bytes, bytes]:
    cust = ms.survey(cid, "customer", done, [
        (f"Did {partner.call} complete the migration described in this claim?", "Yes"),
        ("How many servers or databases were migrated?", servers),
        ("Is the migrated environment in production on Azure?", "Yes"),
    ], customer_sig)
    part = ms.survey(cid, "partner", done + dt.timedelta(hours=20), [
        ("Confirm the migration was delivered in full to the customer named in this claim.", "Yes"),
        ("Number of servers or databases migrated", servers),
    ], partner_sig)
    return cust, part


MIGRATION_VARIABLE = "Azure Accelerate Migration – Partner-led (Variable Payout)"


def lagunare_pasticceria_variable_ok() -> Case:
    cid = "3120118"
    partner = Org("Lagunare Tech S.r.l.", "lagunaretech.it", "IT", "Venice", location_id="6780442", short="Lagunare")
    customer = Org("Pasticceria Duomo S.p.A.", "pasticceriaduomo.it", "IT", "Milan", short="Pasticceria Duomo")
    pm = Person("Giulia Moretti", "giulia.moretti@lagunaretech.it", "Project Manager")
    it = Person("Paolo Ricci", "paolo.ricci@pasticceriaduomo.it", "IT Manager")
    consent, submitted = day(2025, 3, 3), at(2025, 9, 12, 10, 0)
    inv = own_invoice(partner=partner, contact=pm, number="LT-2025/187", date="11/09/2025",
                      bill_to="Microsoft Ireland Operations Ltd, Dublin 18, Ireland",
                      lines=[(f"MCI claim {cid} – {MIGRATION_VARIABLE} – 46 servers", "USD 27,400.00")],
                      totals=[("Imponibile / Pre-tax amount", "USD 27,400.00"), ("IVA", "non imponibile art. 7-ter"),
                              ("Totale / Total", "USD 27,400.00")],
                      notes="Importi in dollari statunitensi (USD).", created=at(2025, 9, 11, 9, 0, CEST),
                      title="FATTURA / INVOICE")
    cust, part = migration_surveys(cid, partner, customer_sig=(it.name, customer.name, it.title),
                                   partner_sig=(pm.name, partner.name, "Project Manager"), done=at(2025, 9, 3, 8, 0),
                                   servers="46 servers, 5 SQL databases")
    report = pa_report_docx(
        title="Migration Completion Report", author=pm.name, created=at(2025, 9, 2, 10, 0, CEST),
        facts=[("Customer", customer.name), ("Partner", partner.name),
               ("Scope", "46 VMware VMs, 5 SQL Server databases"),
               ("Dates", "March 17, 2025 – August 29, 2025")],
        sections=[("Migrated", [["Azure Migrate assessment of 52 VMs; 46 rehosted to Azure VMs in Italy North in 5 "
                                 "waves, 6 retired.",
                                 "5 SQL Server databases (1.1 TB) to Azure SQL Managed Instance.",
                                 "Azure Backup and Site Recovery to West Europe; data centre exit on August 29."]])])
    files = {"Invoice/LT-2025-187.pdf": inv, "Surveys/customer.json": cust, "Surveys/partner.json": part,
             "POE/Migration_Completion_Report.docx": report}
    roles = {"Invoice/LT-2025-187.pdf": "invoice", "Surveys/customer.json": "customer_attestation",
             "Surveys/partner.json": "partner_attestation", "POE/Migration_Completion_Report.docx": "poe"}
    claim = pa_claim(cid, area="Azure", submitted=submitted, partner=partner, pm=pm, customer=customer, contact=it,
                     workloads=["AZURE VIRTUAL MACHINES", "AZURE SQL MANAGED INSTANCE"], files=files, roles=roles,
                     engagement=engagement(MIGRATION_VARIABLE, cid, "medium", "variable", 27400.0), consent=consent)
    return Case(f"{cid}_Lagunare_PasticceriaDuomo_VariablePayout", claim, files, "approve",
                "Variable payout: the invoice's pre-tax amount USD 27,400.00 equals proposed_payout_usd; claim ID and "
                "partner name shown; medium project submitted 193 days after consent (deadline 200).",
                "Partner activities, variable payout migration (medium), Italian partner, bilingual invoice.",
                {"invoice": "pass", "submission_window": "pass", "attestations": "pass"})


def sentinelforge_harrow_mss() -> Case:
    cid = "3120119"
    partner = Org("Sentinel Forge Security Ltd", "sentinelforge.io", "IE", "Cork", location_id="6791173",
                  short="Sentinel Forge")
    customer = Org("Harrow & Finch Retail plc", "harrowfinch.co.uk", "GB", "Birmingham", short="Harrow & Finch")
    pm = Person("Ciara Walsh", "ciara.walsh@sentinelforge.io", "SOC Service Manager")
    ciso = Person("Rupert Vance", "rupert.vance@harrowfinch.co.uk", "Group CISO")
    txn = "CBJCHBCAABAA" + hexid("acrobat", cid, length=32).replace("0", "x")[:32]
    blocks = [
        f"""<h1>Managed Security Services – Service Schedule and Q2 2025 Service Report</h1>
{table([("Customer", customer.name), ("Provider", partner.name), ("Service start", "1 February 2025"),
         ("Coverage", "24/7/365 SOC, Microsoft Defender XDR and Microsoft Sentinel")])}""",
        section("Service scope",
                ["24/7 SOC triage, investigation and response for Microsoft Defender XDR incidents across 3,400 "
                 "endpoints onboarded to Microsoft Defender for Endpoint, 9,800 mailboxes and 2 Entra tenants.",
                 "Management of Microsoft Sentinel: 14 data connectors, 42 analytics rules, 11 automation playbooks "
                 "(user containment, device isolation, ticket creation in ServiceNow).",
                 "Weekly proactive threat hunting (KQL) in Defender XDR and Sentinel; monthly hunting report.",
                 "Quarterly security configuration assessment of Defender XDR and Defender for Cloud."]),
        section("Q2 2025 (April–June) figures",
                ["1,274 alerts triaged, 61 incidents investigated, 4 true-positive incidents contained (mean time to "
                 "contain 38 minutes).",
                 "23 custom detections tuned; false-positive rate reduced from 31% to 12%."]),
        "<h2>Customer acceptance of the service report</h2>"
        + acrobat_signature(ciso, customer.name, "16 Jul 2025 09:41 BST"),
        PAGE_BREAK,
        acrobat_audit(title="HarrowFinch_MSS_Q2_2025", transaction=txn, creator=pm, signer=ciso,
                      created="2025-07-14 - 8:02:51 AM GMT", emailed="2025-07-14 - 8:03:30 AM GMT",
                      viewed="2025-07-16 - 8:38:02 AM GMT", signed="2025-07-16 - 8:41:19 AM GMT",
                      report_date="2025-07-16"),
    ]
    files = {"POE/HarrowFinch_MSS_Q2_2025_signed.pdf":
             pdf(blocks, "MSS service report", pm.name, at(2025, 7, 14, 9, 0, IST_IE), paper="a4")}
    claim = cpor_claim(cid, kind="managed_security_services", area="Security", submitted=at(2025, 9, 5, 11, 0),
                       partner=partner, pm=pm, customer=customer, contact=ciso,
                       workloads=[("MANAGED SECURITY SERVICES", None)], files=files)
    return Case(f"{cid}_SentinelForge_HarrowFinch_ManagedSecurityServices", claim, files, "approve",
                "Meets the MSS qualifications (24/7 SOC on Defender XDR incl. MDE, Sentinel management, threat "
                "hunting, configuration assessment, alert tuning) with figures; Adobe Acrobat Sign acceptance by the "
                "customer's CISO on 2025-07-16.",
                "CPOR Managed Security Services association: service schedule and quarterly SOC report signed in "
                "Adobe Acrobat Sign.",
                {"workload_match": "pass", "customer_acknowledgement": "pass", "acknowledgement_date": "pass"})


def keystone_harlow_fieldservice_public_sector_bizapps() -> Case:
    cid = "3120120"
    partner = Org("Keystone Civic Solutions Inc.", "keystonecivic.com", "US", "Harrisburg, PA", location_id="6802250",
                  short="Keystone Civic")
    customer = Org("Harlow County Department of Public Works", "harlowcounty.gov", "US", "Harlow, PA",
                   segment="public_sector", short="Harlow County DPW")
    pm = Person("Melissa Grant", "mgrant@keystonecivic.com", "Engagement Lead")
    dir_ = Person("Robert Haines", "rhaines@harlowcounty.gov", "Director of Public Works")
    env = envelope_id(cid, "fs")
    sub = guid("subscription", cid, "fs")
    blocks = [
        f"""<h1>Statement of Work – Dynamics 365 Field Service for Road and Facility Maintenance</h1>
{table([("Customer", customer.name), ("Partner", partner.name), ("Subscription", sub),
         ("Period", "April 7, 2025 – August 29, 2025"), ("Users", "140 field technicians, 12 dispatchers")])}""",
        section("Services",
                ["Work order types for pothole repair, signal maintenance and facility inspections (9 incident types "
                 "with service tasks).",
                 "Schedule board and resource scheduling optimization for 4 depots; mobile app offline profile for "
                 "140 technicians.",
                 "Asset registry of 5,600 county assets imported from the GIS; customer asset hierarchy.",
                 "Integration with the 311 citizen request portal (Power Automate) and the county ERP for parts."]),
        docusign_signature(dir_, customer.name, "8/29/2025", env),
    ]
    files = {"POE/HarlowCounty_FieldService_SOW_signed.pdf":
             pdf(blocks, "Field Service SOW", pm.name, at(2025, 8, 28, 9, 0, EDT), docusign_stamp(env))}
    claim = cpor_claim(cid, kind="usage", area="Business Applications", submitted=at(2025, 9, 17, 18, 0),
                       partner=partner, pm=pm, customer=customer, contact=dir_,
                       workloads=[("DYNAMICS 365 FIELD SERVICE", sub)], files=files)
    return Case(f"{cid}_KeystoneCivic_HarlowCounty_FieldService_PublicSector", claim, files, "approve",
                "US public-sector customer, but the written fee disclosure applies to Modern Work & Security usage "
                "claims only ('only applicable for Modern Work & Security usage incentive claims'); this is a Business "
                "Applications claim with a complete, DocuSign-signed POE.",
                "CPOR Business Applications usage, Dynamics 365 Field Service, US county (public sector), no fee "
                "disclosure.",
                {"public_sector": ["pass", "not_applicable"], "required_documents": "pass",
                 "customer_acknowledgement": "pass", "workload_match": "pass"})


def frontline_surveys(cid: str, partner: Org, *, customer_sig: tuple[str, str, str], partner_sig: tuple[str, str, str],
                      workshop: dt.date, done: dt.datetime) -> tuple[bytes, bytes]:
    cust = ms.survey(cid, "customer", done, [
        (f"Did {partner.call} deliver the {FRONTLINE} for your organization?", "Yes"),
        ("Which frontline scenarios were covered?", "Shifts scheduling; Walkie Talkie; task publishing; Approvals"),
        ("How many frontline managers took part?", "18"),
    ], customer_sig)
    part = ms.survey(cid, "partner", done + dt.timedelta(hours=26), [
        ("Confirm that the workshop was delivered to the customer named in this claim.", "Yes"),
        ("Workshop date", workshop.isoformat()),
        ("Was the findings and recommendations report presented to the customer?", "Yes"),
    ], partner_sig)
    return cust, part


def frontline_report(*, partner: Org, customer: Org, pm: Person, workshop: str, created: dt.datetime,
                     findings: list[str], recommendations: list[str]) -> bytes:
    return pa_report_docx(
        title="Enable Frontline Workshop – Findings and Recommendations", author=pm.name, created=created,
        facts=[("Customer", customer.name), ("Partner", partner.name), ("Workshop date", workshop)],
        sections=[("Findings", [findings]), ("Recommendations", [recommendations])])


def deccan_kaveri_frontline_in_public_sector() -> Case:
    cid = "3120121"
    partner = Org("Deccan Cloudworks Pvt Ltd", "deccancloudworks.in", "IN", "Hyderabad", location_id="6813397",
                  short="Deccan Cloudworks")
    customer = Org("Kaveri State Water Supply Board", "kaveriwater.gov.in", "IN", "Mysuru", segment="public_sector",
                   short="Kaveri Water Board")
    pm = Person("Srinivas Rao", "srinivas.rao@deccancloudworks.in", "Practice Head – Modern Work")
    ce = Person("Lakshmi Narayan", "ce.it@kaveriwater.gov.in", "Chief Engineer (IT)")
    consent, submitted = day(2025, 6, 16), at(2025, 8, 25, 7, 0)
    inv = ms.mci_invoice(partner=partner, contact=pm, phone="+91 40 5550 1190", date=day(2025, 8, 22), claim_id=cid,
                         engagement=FRONTLINE, amount="$1,000.00 USD", number="DCW/MCI/25-26/031",
                         created=at(2025, 8, 22, 10, 0, IST_IN))
    cust, part = frontline_surveys(cid, partner, customer_sig=(ce.name, customer.name, ce.title),
                                   partner_sig=(pm.name, partner.name, pm.title), workshop=day(2025, 7, 24),
                                   done=at(2025, 8, 12, 6, 0))
    report = frontline_report(partner=partner, customer=customer, pm=pm, workshop="July 24, 2025",
                              created=at(2025, 7, 30, 10, 0, IST_IN),
                              findings=["1,150 field staff (meter readers, pump operators) without a corporate "
                                        "identity; shift rosters kept in spreadsheets at 23 pumping stations.",
                                        "Radio handsets at 6 stations are end-of-life; supervisors use personal "
                                        "WhatsApp groups for incident calls."],
                              recommendations=[
                                  "Pilot Teams Shifts for the 23 pumping-station rosters, starting with the Mysuru "
                                  "and Mandya divisions (180 operators).",
                                  "Replace the 6 end-of-life radio handsets with Teams Walkie Talkie on "
                                  "rugged Android phones; incident channel per division.",
                                  "Microsoft 365 F1 identities for meter readers; meter-route tasks "
                                  "published from the divisional offices in Planner."])
    psd = pdf([
        f"""<h1>Public Sector Disclosure</h1>
<p>{escape(partner.name)} hereby discloses to {escape(customer.name)} that it may receive fees or incentive payments
from Microsoft in connection with the {FRONTLINE} delivered to the Board (estimated USD 1,000).</p>
<p>The Board acknowledges that it has been informed of this compensation.</p>
<table>{rows([("Acknowledged by", ce.name), ("Designation", ce.title), ("Organisation", customer.name),
              ("Date", "July 21, 2025")])}</table>""",
    ], "Public Sector Disclosure", pm.name, at(2025, 7, 21, 11, 0, IST_IN),
        ms.sign_below("Acknowledged by", "lakshmi", dx=200, height=20))
    files = {"Invoice/DCW-MCI-25-26-031.pdf": inv, "Surveys/customer_attestation.json": cust,
             "Surveys/partner_attestation.json": part, "POE/Kaveri_Frontline_Findings.docx": report,
             "PSD/Kaveri_Public_Sector_Disclosure.pdf": psd}
    roles = {"Invoice/DCW-MCI-25-26-031.pdf": "invoice", "Surveys/customer_attestation.json": "customer_attestation",
             "Surveys/partner_attestation.json": "partner_attestation", "POE/Kaveri_Frontline_Findings.docx": "poe",
             "PSD/Kaveri_Public_Sector_Disclosure.pdf": "public_sector_disclosure"}
    claim = pa_claim(cid, area="Modern Work", submitted=submitted, partner=partner, pm=pm, customer=customer,
                     contact=ce, workloads=["TEAMS FOR FRONTLINE WORKERS"], files=files, roles=roles,
                     engagement=engagement(FRONTLINE, cid, "standard"), consent=consent)
    return Case(f"{cid}_DeccanCloudworks_KaveriWater_Frontline_PublicSectorIN", claim, files, "approve",
                "Indian public-sector customer: the Public Sector Disclosure is included and signed by the customer; "
                "Indian partner = Market C, Enable Frontline Workshop rate $1,000 shown in USD with the claim ID; "
                "surveys complete; submitted 70 days after consent (standard deadline 90).",
                "Partner activities, Enable Frontline Workshop, Indian partner and public-sector customer with PSD.",
                {"public_sector": "pass", "required_documents": "pass", "invoice": "pass", "submission_window": "pass",
                 "attestations": "pass"})


# ==============================================================================================
# Action required: the partner can fix the POE
# ==============================================================================================
def brightline_wolcott_conditional_access_lookalike() -> Case:
    cid = "3120122"
    partner = Org("Brightline Identity Partners", "brightlineid.com", "US", "Houston, TX", location_id="6824463",
                  short="Brightline")
    customer = Org("Wolcott Energy Corp.", "wolcottenergy.com", "US", "Tulsa, OK", short="Wolcott Energy")
    pm = Person("Ethan Cole", "ecole@brightlineid.com", "Identity Consultant")
    fake = Person("Raj Patel", "r.patel@wolcottenergy-corp.com", "IT Security Manager")
    contact = Person("Raj Patel", "raj.patel@wolcottenergy.com", "IT Security Manager")
    report = pdf([
        f"""<h1>Conditional Access Implementation – Delivery Report</h1>
{table([("Customer", customer.name), ("Partner", partner.name), ("Dates", "June 2, 2025 – July 25, 2025"),
         ("Users", "2,750")])}""",
        section("Delivered",
                ["Microsoft Entra Conditional Access baseline of 14 policies: MFA for all users, block legacy "
                 "authentication, compliant device for admin portals, location-based policies for 3 field sites.",
                 "Report-only for 2 weeks with sign-in log analysis, then enforced in 4 waves.",
                 "Break-glass accounts, named locations for 11 offices, CA insights workbook."]),
    ], "CA delivery report", pm.name, at(2025, 7, 28, 10, 0, CDT))
    ack = Mail(sender=fake, to=(pm,), date=at(2025, 7, 30, 11, 5, CDT),
               subject="RE: Conditional Access – delivery report",
               body=outlook_reply(
                   "Ethan,\n\nWe confirm that Brightline has implemented the 14 Conditional Access policies for our "
                   "2,750 users as described in the report. Thanks for the smooth roll-out.\n\nRaj Patel\n"
                   "IT Security Manager, Wolcott Energy",
                   Mail(sender=pm, to=(fake,), date=at(2025, 7, 28, 16, 0, CDT),
                        subject="Conditional Access – delivery report",
                        body="Hi Raj,\n\nPlease find the delivery report attached and confirm completion.\n\nEthan\n")))
    files = {"POE/Wolcott_CA_Delivery_Report.pdf": report, "POE/RE_ Conditional Access – delivery report.msg":
             ms.msg_bytes(ack)}
    claim = cpor_claim(cid, kind="usage", area="Security", submitted=at(2025, 8, 26, 15, 0), partner=partner, pm=pm,
                       customer=customer, contact=contact,
                       workloads=[("AZURE ACTIVE DIRECTORY PREMIUM CONDITIONAL ACCESS", None)], files=files)
    return Case(f"{cid}_Brightline_WolcottEnergy_CA_LookalikeDomain", claim, files, "action_required",
                "The only acknowledgement comes from wolcottenergy-corp.com, a look-alike of the customer's domain "
                "wolcottenergy.com ('Must ensure that the customer domain is correct regardless of the format'); the "
                "report itself is unsigned. Ask for an acknowledgement from the customer's domain.",
                "CPOR Security usage, Conditional Access: unsigned report plus an acknowledgement .msg from a "
                "look-alike domain.",
                {"customer_domain": "fail"})


def stonebridge_coastal_mde_12m_plus4() -> Case:
    cid = "3120123"
    partner = Org("Stonebridge Secure IT Inc.", "stonebridgesecure.com", "US", "Richmond, VA", location_id="6835580")
    customer = Org("Coastal Harvest Foods", "coastalharvest.com", "US", "Norfolk, VA")
    pm = Person("Natalie Brooks", "nbrooks@stonebridgesecure.com", "Security Architect")
    cio = Person("William Tran", "wtran@coastalharvest.com", "Chief Information Officer")
    scope = [
        "<p><b>Scope</b></p>" + ul([
            "Onboard 2,200 Windows endpoints and 180 servers at 5 processing plants to Microsoft Defender for "
            "Endpoint using Intune and Defender for Cloud.",
            "Attack surface reduction rules (12) from audit to block in 3 rings; device control for USB storage.",
            "Automated investigation and response; integration with the 24/7 MSSP via Defender XDR API.",
            "Vulnerability management dashboard and monthly remediation cadence with plant IT leads."]),
        "<p><b>Timeline</b>: July 8 – September 6, 2024 (9 weeks).</p>",
    ]
    files, claim = seed_template_case(
        cid=cid, partner=partner, customer=customer, pm=pm, signer=cio,
        workload_row="Microsoft Defender for Endpoint (MDE)", claimed="MICROSOFT DEFENDER ENDPOINT", scope=scope,
        engagement_dates=(day(2024, 7, 8), day(2024, 9, 6)), signed=day(2024, 9, 11),
        submitted=at(2025, 9, 15, 13, 0), created_tz=EDT, filename="POE/CoastalHarvest_MDE_POE_signed.pdf")
    return Case(f"{cid}_Stonebridge_CoastalHarvest_MDE_12mPlus4d", claim, files, "action_required",
                "The only customer signature is dated 9/11/2024, 12 months and 4 days before submission (2025-09-15): "
                "older than 12 months, and no recent acknowledgement confirms active engagement. Ask for a recent "
                "POE or customer confirmation.",
                "CPOR Security usage, MDE, Microsoft POE template e-signed 12 months plus 4 days before submission.",
                {"acknowledgement_date": "fail", "workload_match": "pass"})


def thamesgate_pembroke_presales_uk_after() -> Case:
    cid = "3120124"
    partner = Org("Thamesgate Dynamics Ltd", "thamesgatedynamics.co.uk", "GB", "Reading", location_id="6846617",
                  short="Thamesgate")
    customer = Org("Pembroke & Lyle Solicitors LLP", "pembrokelyle.co.uk", "GB", "London", short="Pembroke & Lyle")
    pm = Person("Oliver Grant", "oliver.grant@thamesgatedynamics.co.uk", "Business Applications Consultant")
    mp = Person("Harriet Lyle", "harriet.lyle@pembrokelyle.co.uk", "Managing Partner")
    sub = guid("subscription", cid)
    env = envelope_id(cid, "uk-presales")
    blocks = [
        f"""<h1>Discovery Workshop Summary – Client Intake and Matter Pipeline</h1>
{table([("Client", customer.name), ("Partner", partner.name), ("Workshop held", "04/06/2025"),
         ("Attendees", "4 partners, 3 business development managers, IT lead")])}""",
        section("Topics covered",
                ["Current intake: 1,900 enquiries a year by e-mail and phone, tracked in a shared Excel workbook; no "
                 "conflict-check audit trail.",
                 "Demonstration of Dynamics 365 Sales: lead qualification for new matters, opportunity pipeline by "
                 "practice area (commercial property, employment, private client), Outlook app.",
                 "Next steps: fit-gap for conflict checks, pilot with the commercial property team (12 users)."]),
        docusign_signature(mp, customer.name, "05/06/2025", env, heading="Agreed by the client"),
    ]
    files = {"POE/Pembroke_Discovery_Workshop_signed.pdf":
             pdf(blocks, "Discovery workshop summary", pm.name, at(2025, 6, 4, 17, 0, BST), docusign_stamp(env),
                 paper="a4")}
    claim = cpor_claim(cid, kind="pre_sales", area="Business Applications", submitted=at(2025, 7, 10, 9, 0),
                       partner=partner, pm=pm, customer=customer, contact=mp,
                       workloads=[("DYNAMICS 365 SALES ENTERPRISE EDITION", sub)], files=files,
                       transaction=day(2025, 5, 28))
    return Case(f"{cid}_Thamesgate_PembrokeLyle_D365Sales_PreSalesAfter", claim, files, "action_required",
                "UK client, day-first dates: the workshop was held on 04/06/2025 and signed on 05/06/2025 = 4 and 5 "
                "June 2025, after the transaction of 2025-05-28. Pre-sales proof must predate the transaction (read "
                "month-first, 6 May, it would wrongly pass). Ask for engagement proof from before the transaction.",
                "CPOR Business Applications pre-sales, Dynamics 365 Sales, UK client: proof dated 05/06/2025 "
                "(5 June, day-first), after the 28 May transaction.",
                {"acknowledgement_date": "fail"})


def pioneer_fairhaven_marketing_presales_after() -> Case:
    cid = "3120125"
    partner = Org("Pioneer Apps Collective LLC", "pioneerapps.com", "US", "Kansas City, MO", location_id="6857725",
                  short="Pioneer Apps")
    customer = Org("Fairhaven Property Group", "fairhavenpg.com", "US", "St. Louis, MO", short="Fairhaven")
    pm = Person("Jordan Ellis", "jordan@pioneerapps.com", "Solutions Consultant")
    cmo = Person("Monica Reyes", "mreyes@fairhavenpg.com", "Chief Marketing Officer")
    sub = guid("subscription", cid)
    follow = Mail(sender=pm, to=(cmo,), date=at(2025, 7, 14, 17, 0, CDT),
                  subject="Customer Insights – Journeys demo recap",
                  body=("Hi Monica,\n\nThanks for attending today's demo. Recap: real-time journeys for the tenant "
                        "onboarding e-mails (3,400 units), lead scoring for leasing enquiries, consent centre, Teams "
                        "notifications to the 14 leasing agents.\n\nJordan\n"))
    reply = gmail_eml(sender=cmo, to=[pm], date=at(2025, 7, 15, 9, 20, CDT),
                      subject="Re: Customer Insights – Journeys demo recap",
                      own="Thank you for the Customer Insights – Journeys demo on July 14, 2025. The team liked the "
                          "tenant onboarding journey; we'd like to start with that in August.\n\nMonica Reyes\nCMO, "
                          "Fairhaven Property Group", quoted=follow)
    files = {"POE/Re_ Customer Insights – Journeys demo recap.eml": reply}
    claim = cpor_claim(cid, kind="pre_sales", area="Business Applications", submitted=at(2025, 8, 1, 14, 0),
                       partner=partner, pm=pm, customer=customer, contact=cmo,
                       workloads=[("DYNAMICS 365 MARKETING", sub)], files=files, transaction=day(2025, 6, 30))
    return Case(f"{cid}_PioneerApps_Fairhaven_D365Marketing_PreSalesAfter", claim, files, "action_required",
                "Pre-sales: the only engagement proof (demo on July 14, customer e-mail of 2025-07-15) is dated after "
                "the transaction (2025-06-30); the guide asks for proof of engagement prior to the transaction and "
                "nothing indicates an upsell. Ask for earlier proof.",
                "CPOR Business Applications pre-sales, Dynamics 365 Marketing (Customer Insights – Journeys): Gmail "
                "reply about a demo held two weeks after the transaction.",
                # the partner appears only as "Jordan" and the pioneerapps.com address
                {"acknowledgement_date": "fail", "partner_customer_names": "fail"})


def vistara_konkan_ammp_market_c_wrong_rate() -> Case:
    cid = "3120126"
    partner = Org("Vistara Cloud Labs Pvt Ltd", "vistaracloud.in", "IN", "Pune", location_id="6868832",
                  short="Vistara Cloud")
    customer = Org("Konkan Agro Exports Ltd", "konkanagro.in", "IN", "Ratnagiri", short="Konkan Agro")
    pm = Person("Aditi Joshi", "aditi.joshi@vistaracloud.in", "Delivery Manager")
    it = Person("Mahesh Kulkarni", "mahesh.k@konkanagro.in", "Head – IT")
    consent, submitted = day(2025, 5, 20), at(2025, 9, 2, 6, 30)
    inv = ms.mci_invoice(partner=partner, contact=pm, phone="+91 20 5550 7781", date=day(2025, 8, 30), claim_id=cid,
                         engagement=AMMP_SMALL, amount="$15,000.00 USD", number="VCL-MCI-0088",
                         created=at(2025, 8, 30, 11, 0, IST_IN))
    cust, part = ammp_surveys(cid, partner, customer_sig=(it.name, customer.name, it.title),
                              partner_sig=(pm.name, partner.name, pm.title), done=at(2025, 8, 27, 6, 0),
                              production="2025-08-18")
    report = ammp_report(partner=partner, customer=customer, pm=pm, app="Export order portal (PHP, MySQL)",
                         stack=["Moved the PHP order portal to Azure App Service (Linux) with deployment slots.",
                                "Migrated MySQL 5.7 (60 GB) to Azure Database for MySQL Flexible Server.",
                                "Azure Monitor alerts and Application Insights for the 300 exporters using the "
                                "portal."],
                         dates="May 26, 2025 – August 18, 2025", created=at(2025, 8, 25, 12, 0, IST_IN))
    files = {"Invoice/VCL-MCI-0088.pdf": inv, "Surveys/customer_attestation.json": cust,
             "Surveys/partner_attestation.json": part, "POE/Konkan_AMMP_POE.docx": report}
    roles = {"Invoice/VCL-MCI-0088.pdf": "invoice", "Surveys/customer_attestation.json": "customer_attestation",
             "Surveys/partner_attestation.json": "partner_attestation", "POE/Konkan_AMMP_POE.docx": "poe"}
    claim = pa_claim(cid, area="Azure", submitted=submitted, partner=partner, pm=pm, customer=customer, contact=it,
                     workloads=["AZURE APP SERVICE", "AZURE DATABASE FOR MYSQL"], files=files, roles=roles,
                     engagement=engagement(AMMP_SMALL, cid, "xs_small"), consent=consent)
    return Case(f"{cid}_VistaraCloud_KonkanAgro_AMMP_MarketCWrongRate", claim, files, "action_required",
                "Indian partner location = Market C, AMMP (Small) rate $7,500; the invoice asks for $15,000.00 (the "
                "Market A rate). 'Invoice amount must match payout amount for Partner Market + engagement "
                "combination.' Ask for a corrected invoice.",
                "Partner activities, AMMP (Small), Market C partner (IN) invoicing the Market A rate.",
                {"invoice": "fail", "attestations": "pass", "submission_window": "pass"})


def tasman_kiwiorchard_variable_mismatch() -> Case:
    cid = "3120127"
    partner = Org("Tasman Cloud Partners Ltd", "tasmancloud.co.nz", "NZ", "Wellington", location_id="6879940",
                  short="Tasman Cloud")
    customer = Org("Kiwi Orchard Co-operative Ltd", "kiwiorchard.co.nz", "NZ", "Tauranga", short="Kiwi Orchard")
    pm = Person("Aroha Ngata", "aroha.ngata@tasmancloud.co.nz", "Engagement Manager")
    it = Person("Liam Walker", "liam.walker@kiwiorchard.co.nz", "IT Manager")
    consent, submitted = day(2025, 4, 1), at(2025, 9, 24, 22, 0)
    inv = own_invoice(partner=partner, contact=pm, number="TCP-00412", date="24 September 2025",
                      bill_to="Microsoft New Zealand Ltd on behalf of Microsoft Ireland Operations Ltd",
                      lines=[(f"MCI claim {cid} – {MIGRATION_VARIABLE}", "USD 40,000.00")],
                      totals=[("Total excl. GST", "USD 40,000.00"), ("GST (zero-rated)", "USD 0.00"),
                              ("Total", "USD 40,000.00")],
                      notes="Amounts in United States dollars.", created=at(2025, 9, 24, 9, 0, NZST),
                      title="TAX INVOICE")
    cust, part = migration_surveys(cid, partner, customer_sig=(it.name, customer.name, it.title),
                                   partner_sig=(pm.name, partner.name, pm.title), done=at(2025, 9, 15, 0, 0),
                                   servers="61 servers, 8 SQL databases")
    report = pa_report_docx(
        title="Azure Migration – Completion Report", author=pm.name, created=at(2025, 9, 12, 10, 0, NZST),
        facts=[("Customer", customer.name), ("Partner", partner.name), ("Scope", "61 Hyper-V VMs, 8 SQL databases"),
               ("Dates", "April 14, 2025 – September 5, 2025")],
        sections=[("Migrated", [["61 Hyper-V VMs rehosted to Azure VMs in Australia East in 6 waves.",
                                 "8 SQL Server databases to Azure SQL Database (Business Critical for the packhouse "
                                 "system).", "ExpressRoute to the 3 packhouses; Azure Backup policies."]])])
    files = {"Invoice/TCP-00412.pdf": inv, "Surveys/customer.json": cust, "Surveys/partner.json": part,
             "POE/KiwiOrchard_Migration_Report.docx": report}
    roles = {"Invoice/TCP-00412.pdf": "invoice", "Surveys/customer.json": "customer_attestation",
             "Surveys/partner.json": "partner_attestation", "POE/KiwiOrchard_Migration_Report.docx": "poe"}
    claim = pa_claim(cid, area="Azure", submitted=submitted, partner=partner, pm=pm, customer=customer, contact=it,
                     workloads=["AZURE VIRTUAL MACHINES", "AZURE SQL DATABASE"], files=files, roles=roles,
                     engagement=engagement(MIGRATION_VARIABLE, cid, "medium", "variable", 38500.0), consent=consent)
    return Case(f"{cid}_TasmanCloud_KiwiOrchard_VariableMismatch", claim, files, "action_required",
                "Variable payout: the proposed payout is USD 38,500.00 but the invoice asks for USD 40,000.00. Ask for "
                "an invoice with the approved amount. (Submitted 176 days after consent, within the 200-day medium "
                "deadline.)",
                "Partner activities, variable payout migration (medium), NZ partner; invoice amount differs from the "
                "proposed payout.",
                {"invoice": "fail", "submission_window": "pass"})


def crestline_whitmore_po_confirmation() -> Case:
    cid = "3120128"
    partner = Org("Crestline Licensing & Services Inc.", "crestlinels.com", "US", "Orlando, FL", location_id="6880056",
                  short="Crestline")
    customer = Org("Whitmore Hospitality Group", "whitmorehospitality.com", "US", "Miami, FL", short="Whitmore")
    pm = Person("Kevin Shaw", "kshaw@crestlinels.com", "Account Manager")
    buyer = Person("Angela Ruiz", "angela.ruiz@whitmorehospitality.com", "Procurement Manager")
    po = Mail(sender=buyer, to=(pm,), date=at(2025, 8, 4, 13, 10, EDT),
              subject="Purchase Order Confirmation – PO 4500087712",
              body=("Hello Kevin,\n\nPlease find below our purchase order confirmation.\n\n"
                    "PO number: 4500087712\nVendor: Crestline Licensing & Services Inc.\n"
                    "Line 1: Microsoft Defender for Office 365 (Plan 2) – 900 licences – USD 5.00 per user per month – "
                    "annual commitment, monthly billing\n"
                    "Line 2: Microsoft 365 E3 – 900 licences – renewal, annual commitment\n"
                    "Billing start: August 15, 2025\nPayment terms: net 45\n\n"
                    "Please confirm the order and send the invoice to ap@whitmorehospitality.com.\n\n"
                    "Regards,\nAngela Ruiz\nProcurement Manager, Whitmore Hospitality Group\n"))
    files = {"POE/Purchase Order Confirmation – PO 4500087712.msg": ms.msg_bytes(po)}
    claim = cpor_claim(cid, kind="usage", area="Security", submitted=at(2025, 8, 20, 15, 0), partner=partner, pm=pm,
                       customer=customer, contact=buyer, workloads=[("MICROSOFT DEFENDER FOR OFFICE", None)],
                       files=files)
    return Case(f"{cid}_Crestline_Whitmore_MDO_POConfirmation", claim, files, "action_required",
                "The only evidence is a customer 'Purchase Order Confirmation' e-mail for licences: purchase orders "
                "and customer e-mails concerning licensing purchases are never POE, and nothing describes or "
                "acknowledges any deployment work. Ask for real POE.",
                "CPOR Security usage, MDO: the only upload is the customer's PO confirmation e-mail (.msg).",
                {"unacceptable_documents": "fail", "customer_acknowledgement": "fail"})


def arclight_everett_purview_generic_benefits() -> Case:
    cid = "3120129"
    partner = Org("Arclight Compliance Partners", "arclightcp.com", "US", "Hartford, CT", location_id="6891163",
                  short="Arclight")
    customer = Org("Everett & Sons Manufacturing", "everettsons.com", "US", "Worcester, MA", short="Everett & Sons")
    pm = Person("Laura Benson", "lbenson@arclightcp.com", "Account Director")
    cfo = Person("Thomas Everett", "teverett@everettsons.com", "Chief Financial Officer")
    env = envelope_id(cid, "generic")
    blocks = [
        f"""<h1>Microsoft Purview Information Protection – Solution Overview</h1>
<p>Prepared by {escape(partner.name)} for {escape(customer.name)}</p>""",
        section("Why Microsoft Purview Information Protection",
                "Microsoft Purview Information Protection helps you discover, classify and protect sensitive "
                "information wherever it lives or travels. Built-in, intelligent, unified and extensible solutions "
                "help your organization protect sensitive data across clouds, apps and devices.",
                ["Know your data: understand your data landscape and identify important data across your hybrid "
                 "environment.",
                 "Protect your data: apply flexible protection actions including encryption, access restrictions and "
                 "visual markings.",
                 "Prevent data loss: detect risky behaviour and prevent accidental oversharing of sensitive "
                 "information.",
                 "Seamless experience for your users in the apps they use every day, with industry-leading "
                 "capabilities."]),
        section("Key benefits", ["Reduce risk", "Boost productivity", "Meet compliance requirements",
                                 "Empower your end users"]),
        docusign_signature(cfo, customer.name, "7/30/2025", env),
    ]
    files = {"POE/Everett_Purview_Overview_signed.pdf":
             pdf(blocks, "Purview overview", pm.name, at(2025, 7, 29, 10, 0, EDT), docusign_stamp(env))}
    claim = cpor_claim(cid, kind="usage", area="Security", submitted=at(2025, 8, 19, 14, 0), partner=partner, pm=pm,
                       customer=customer, contact=cfo, workloads=[("MICROSOFT INFORMATION PROTECTION", None)],
                       files=files)
    return Case(f"{cid}_Arclight_Everett_Purview_GenericBenefits", claim, files, "action_required",
                "Signed and dated, but the 'activities' are general product benefits taken from promotional material "
                "(insufficient material: 'General product benefits taken from technical or promotional materials'): "
                "no users, timeline or concrete services. Ask for a detailed POE.",
                "CPOR Security usage, Purview Information Protection: e-signed marketing overview instead of a scope "
                "of work.",
                {"activity_detail": "fail"})


def bluewater_holloway_teamsphone_task_list() -> Case:
    cid = "3120130"
    partner = Org("Bluewater Managed IT LLC", "bluewatermit.com", "US", "Tampa, FL", location_id="6902271",
                  short="Bluewater")
    customer = Org("Holloway Freight & Storage", "hollowayfreight.com", "US", "Savannah, GA", short="Holloway")
    pm = Person("Derrick Young", "dyoung@bluewatermit.com", "Service Delivery Manager")
    ops = Person("Patricia Holloway", "pholloway@hollowayfreight.com", "Operations Director")
    env = envelope_id(cid, "tasks")
    blocks = [
        f"""<h1>Acceptance Letter</h1>
<p>{escape(customer.name)} confirms that {escape(partner.name)} provided the following services for Microsoft Teams
Phone between May 1, 2025 and July 31, 2025:</p>""",
        ul(["Planning", "Configuration", "Testing, ongoing support", "Training", "Go-live assistance"]),
        docusign_signature(ops, customer.name, "8/5/2025", env),
    ]
    files = {"POE/Holloway_TeamsPhone_Acceptance_signed.pdf":
             pdf(blocks, "Acceptance letter", pm.name, at(2025, 8, 4, 10, 0, EDT), docusign_stamp(env))}
    claim = cpor_claim(cid, kind="usage", area="Modern Work", submitted=at(2025, 8, 22, 16, 0), partner=partner, pm=pm,
                       customer=customer, contact=ops, workloads=[("TEAMS PHONE ENABLED USERS", None)], files=files)
    return Case(f"{cid}_Bluewater_Holloway_TeamsPhone_TaskList", claim, files, "action_required",
                "Signed and dated, but the activities are only a list of high-level tasks ('Planning, Configuration, "
                "Testing, ongoing support, Training') — the guide's own example of insufficient material: no users, "
                "numbers or concrete Teams Phone services. Ask for detail.",
                "CPOR Modern Work usage, Teams Phone: e-signed acceptance letter listing generic tasks.",
                {"activity_detail": "fail"})


def copperleaf_ashford_intune_empty_signature() -> Case:
    cid = "3120131"
    partner = Org("Copperleaf Endpoint Services", "copperleafes.com", "US", "Charlotte, NC", location_id="6913386")
    customer = Org("Ashford Textiles Inc.", "ashfordtextiles.com", "US", "Greensboro, NC")
    pm = Person("Megan Fox-Hale", "mfoxhale@copperleafes.com", "Endpoint Lead")
    it = Person("Victor Nguyen", "vnguyen@ashfordtextiles.com", "IT Manager")
    scope = [
        "<p><b>Scope</b></p>" + ul([
            "Windows Autopilot pre-provisioning for 620 new Windows 11 devices at 2 mills and the head office.",
            "Intune configuration profiles (Wi-Fi, VPN, BitLocker, Windows Hello for Business) and 3 compliance "
            "policies linked to Conditional Access.",
            "Win32 app packaging for 27 line-of-business applications; Windows Update rings for 4 device groups.",
            "Android Enterprise dedicated devices for 95 warehouse scanners."]),
        "<p><b>Timeline</b>: April 21 – July 11, 2025.</p>",
    ]
    files, claim = seed_template_case(
        cid=cid, partner=partner, customer=customer, pm=pm, signer=it, workload_row="Microsoft Intune",
        claimed="INTUNE", scope=scope, engagement_dates=(day(2025, 4, 21), day(2025, 7, 11)), signed=None,
        submitted=at(2025, 8, 12, 15, 0), created_tz=EDT, filename="POE/Ashford_Intune_POE.pdf")
    return Case(f"{cid}_Copperleaf_Ashford_Intune_EmptySignature", claim, files, "action_required",
                "A well-filled template (names, Intune ticked, detailed scope, dates) whose Signature and Date Signed "
                "lines are empty: 'Documents without customer acknowledgment' are not accepted. Ask for the signed "
                "template or a customer acknowledgement.",
                "CPOR Security usage, Intune: Microsoft POE template complete except for the empty signature line.",
                {"customer_acknowledgement": "fail", "workload_match": "pass", "activity_detail": "pass"})


def northstar_pacifica_mdi_docx_unchecked() -> Case:
    cid = "3120132"
    partner = Org("Northstar Identity Group", "northstarid.com", "US", "San Jose, CA", location_id="6924491",
                  short="Northstar")
    customer = Org("Pacifica Credit Union", "pacificacu.org", "US", "Oakland, CA", short="Pacifica")
    pm = Person("Lena Fischer", "lfischer@northstarid.com", "Security Consultant")
    it = Person("Daniel Ortega", "dortega@pacificacu.org", "Information Security Officer")

    def build(document: DocxDocument) -> None:
        heading(document, "Proof of Execution – Security Usage", 16)
        ms.docx_table(document, None, [["Partner Company Name", partner.name], ["Customer Company Name", customer.name],
                                       ["Engagement dates", "May 5, 2025 – July 18, 2025"]])
        checkbox_table(document, ["Product / workload", "Deployment", "Implementation", "Adoption/Change Mgmt."], [
            ("Microsoft Intune", True,
             [("Deployment", True), ("Implementation", False), ("Adoption/Change Mgmt.", False)]),
            ("Microsoft Defender for Endpoint (MDE)", True,
             [("Deployment", True), ("Implementation", True), ("Adoption/Change Mgmt.", False)]),
            ("Microsoft Defender for Identity", False,
             [("Deployment", False), ("Implementation", False), ("Adoption/Change Mgmt.", False)]),
            ("Microsoft Defender for Office 365", False,
             [("Deployment", False), ("Implementation", False), ("Adoption/Change Mgmt.", False)]),
        ])
        heading(document, "Scope of work")
        ms.docx_bullets(document, [
            "Intune enrolment of 410 Windows 11 laptops at 18 branches with Autopilot; compliance policies.",
            "Microsoft Defender for Endpoint onboarding of the 410 laptops and 35 servers; ASR rules in block mode.",
            "Weekly status with the Information Security Officer; hand-over on July 18, 2025.",
        ])

    poe = ms.docx_bytes(build, title="Pacifica POE", author=pm.name, created=at(2025, 7, 21, 10, 0, PDT))
    ack = Mail(sender=it, to=(pm,), date=at(2025, 7, 22, 9, 10, PDT), subject="POE – Intune and MDE",
               body=("Lena,\n\nWe confirm that Northstar completed the Intune and Defender for Endpoint rollout for "
                     "our 410 laptops and 35 servers as listed in the attached POE.\n\nDaniel Ortega\nInformation "
                     "Security Officer, Pacifica Credit Union\n"))
    files = {"POE/Pacifica_POE.docx": poe, "POE/POE – Intune and MDE.msg": ms.msg_bytes(ack)}
    claim = cpor_claim(cid, kind="usage", area="Security", submitted=at(2025, 8, 27, 18, 0), partner=partner, pm=pm,
                       customer=customer, contact=it, workloads=[("MICROSOFT DEFENDER FOR IDENTITY", None)],
                       files=files)
    return Case(f"{cid}_Northstar_Pacifica_MDI_DocxUnchecked", claim, files, "action_required",
                "Defender for Identity is claimed, but its box in the Word POE is unticked and the scope and the "
                "customer's e-mail cover Intune and Defender for Endpoint only: no connection between the claimed "
                "workload and the POE. Ask for MDI POE (or a claim for the right workloads).",
                "CPOR Security usage, MDI claimed; Word POE with check-box content controls ticking Intune and MDE "
                "only, plus the customer's confirmation of those.",
                {"workload_match": "fail", "customer_acknowledgement": "pass"})


def signalhill_cabrera_teamsrooms_vs_phone() -> Case:
    cid = "3120133"
    partner = Org("Signal Hill Communications Inc.", "signalhillcomms.com", "US", "Long Beach, CA",
                  location_id="6935502", short="Signal Hill")
    customer = Org("Cabrera & Voss LLP", "cabreravoss.com", "US", "Los Angeles, CA", short="Cabrera & Voss")
    pm = Person("Ray Dominguez", "rdominguez@signalhillcomms.com", "Voice Engineer")
    coo = Person("Elena Cabrera", "ecabrera@cabreravoss.com", "Chief Operating Officer")
    env = envelope_id(cid, "phone")
    blocks = [
        f"""<h1>Teams Phone Migration – Completion Report</h1>
{table([("Customer", customer.name), ("Partner", partner.name), ("Dates", "May 12, 2025 – July 3, 2025"),
         ("Users", "640 attorneys and staff, 4 offices")])}""",
        section("Delivered",
                ["Migrated 640 users from the Cisco CUCM PBX to Microsoft Teams Phone with Direct Routing through 2 "
                 "session border controllers.",
                 "Ported 712 DIDs in 3 batches; 9 auto attendants and 14 call queues for reception and billing.",
                 "Emergency calling (dynamic E911) configured for all 4 offices; Teams-certified desk phones for 80 "
                 "assistants.", "Call quality dashboard and 3 end-user training webinars."]),
        docusign_signature(coo, customer.name, "7/9/2025", env),
    ]
    files = {"POE/CabreraVoss_TeamsPhone_Completion_signed.pdf":
             pdf(blocks, "Teams Phone completion", pm.name, at(2025, 7, 8, 10, 0, PDT), docusign_stamp(env))}
    claim = cpor_claim(cid, kind="usage", area="Modern Work", submitted=at(2025, 8, 13, 20, 0), partner=partner, pm=pm,
                       customer=customer, contact=coo, workloads=[("TEAMS ROOMS", None)], files=files)
    return Case(f"{cid}_SignalHill_CabreraVoss_TeamsRooms_vs_Phone", claim, files, "action_required",
                "TEAMS ROOMS is claimed but the signed POE describes a Teams Phone (Direct Routing) migration; not a "
                "word about meeting rooms. No connection between the claimed workload and the POE.",
                "CPOR Modern Work usage, Teams Rooms claimed; the POE is a Teams Phone migration report.",
                {"workload_match": "fail", "customer_acknowledgement": "pass"})


def quarrylane_beacon_mdo_noncommittal_gmail() -> Case:
    cid = "3120134"
    partner = Org("Quarry Lane Security LLC", "quarrylane.io", "US", "Providence, RI", location_id="6946611",
                  short="Quarry Lane")
    customer = Org("Beacon Street Bakeries", "beaconstreetbakeries.com", "US", "Boston, MA", short="Beacon Street")
    pm = Person("Sam Ortiz", "sam@quarrylane.io", "Security Consultant")
    owner = Person("Helen Park", "helen@beaconstreetbakeries.com", "Owner & CEO")
    report = Mail(sender=pm, to=(owner,), date=at(2025, 8, 13, 10, 41, EDT),
                  subject="Defender for Office 365 – all done",
                  body=("Hi Helen,\n\nWe have completed the Microsoft Defender for Office 365 deployment:\n"
                        "- Safe Links and Safe Attachments for all 420 mailboxes\n"
                        "- Anti-phishing with impersonation protection for you and the 6 store managers\n"
                        "- 2 attack simulation campaigns; click rate 9%\n\n"
                        "We confirm that all 420 mailboxes are now protected. Could you reply to confirm you accept "
                        "the work so we can close the project?\n\nThanks,\nSam Ortiz\nQuarry Lane Security\n"))
    reply = gmail_eml(sender=owner, to=[pm], date=at(2025, 8, 13, 21, 5, EDT),
                      subject="Re: Defender for Office 365 – all done",
                      own="Thanks Sam, got it. I'm travelling this week — I'll take a look when I'm back in the "
                          "office.\n\nHelen\n\nSent from my iPhone", quoted=report)
    files = {"POE/Re_ Defender for Office 365 – all done.eml": reply}
    claim = cpor_claim(cid, kind="usage", area="Security", submitted=at(2025, 8, 29, 13, 0), partner=partner, pm=pm,
                       customer=customer, contact=owner, workloads=[("MICROSOFT DEFENDER FOR OFFICE", None)],
                       files=files)
    return Case(f"{cid}_QuarryLane_BeaconStreet_MDO_NoncommittalReply", claim, files, "action_required",
                "The customer's own words ('got it … I'll take a look when I'm back') accept nothing; the detailed "
                "completion and 'We confirm …' are the partner's words quoted below (e-mail from the partner where "
                "the customer does not accept the work). Ask for the customer's acknowledgement.",
                "CPOR Security usage, MDO: Gmail reply from the customer that only acknowledges receipt, quoting the "
                "partner's completion notice.",
                # the customer's name is nowhere, only the beaconstreetbakeries.com address
                {"customer_acknowledgement": "fail", "customer_domain": ["pass", "not_applicable", "warn"],
                 "partner_customer_names": "fail"})


def tidewater_pemberton_sharepoint_pasted_signature() -> Case:
    cid = "3120135"
    partner = Org("Tidewater Digital LLC", "tidewaterdigital.com", "US", "Norfolk, VA", location_id="6957720",
                  short="Tidewater")
    customer = Org("Pemberton Steel Works", "pembertonsteel.com", "US", "Pittsburgh, PA", short="Pemberton Steel")
    pm = Person("Ashley Morgan", "amorgan@tidewaterdigital.com", "Modern Work Consultant")
    cio = Person("George Pemberton", "gpemberton@pembertonsteel.com", "CIO")
    sig = signature_png("pemberton-cio")

    def build(document: DocxDocument) -> None:
        heading(document, "Completion Certificate – SharePoint Online Intranet", 16)
        ms.docx_table(document, None, [["Customer", customer.name], ["Partner", partner.name],
                                       ["Project dates", "May 5, 2025 – July 25, 2025"],
                                       ["Users", "1,850 employees at 3 mills"]])
        heading(document, "Work completed")
        ms.docx_bullets(document, [
            "SharePoint Online hub site 'Pemberton Connect' with 14 associated department sites and news roll-up.",
            "Migration of 2.1 TB from 9 on-premises file shares to SharePoint document libraries (ShareGate).",
            "Information architecture: content types for SOPs and safety bulletins, retention labels for QA records.",
            "Intranet launch campaign and 6 training sessions for 45 site owners.",
        ])
        heading(document, "Customer acceptance")
        document.add_paragraph("Customer signature:")
        document.add_picture(io.BytesIO(sig), width=Inches(1.8))
        document.add_paragraph(f"Name: {cio.name}, {cio.title}")
        document.add_paragraph("Date: August 4, 2025")

    files = {"POE/Pemberton_SharePoint_Completion_Certificate.docx":
             ms.docx_bytes(build, title="Completion certificate", author=pm.name, created=at(2025, 8, 4, 9, 0, EDT))}
    claim = cpor_claim(cid, kind="usage", area="Modern Work", submitted=at(2025, 8, 21, 15, 0), partner=partner, pm=pm,
                       customer=customer, contact=cio, workloads=[("SHAREPOINT ONLINE", None)], files=files)
    return Case(f"{cid}_Tidewater_Pemberton_SharePoint_PastedSignature", claim, files, "action_required",
                "The 'signature' is a picture pasted into an editable Word file ('Copying/pasting physical signatures' "
                "is not accepted; a Word document cannot be physically signed). Ask for a verifiable e-signature, a "
                "scan of the signed paper or the customer's e-mail.",
                "CPOR Modern Work usage, SharePoint Online: Word completion certificate with a pasted signature image.",
                {"customer_acknowledgement": "fail"})


def apexridge_sterling_vivaengage_partner_signed_only() -> Case:
    cid = "3120136"
    partner = Org("Apex Ridge Cloud Inc.", "apexridgecloud.com", "US", "Reno, NV", location_id="6968839",
                  short="Apex Ridge")
    customer = Org("Sterling Row Apartments LLC", "sterlingrow.com", "US", "Las Vegas, NV", short="Sterling Row")
    pm = Person("Cody Sandoval", "csandoval@apexridgecloud.com", "Delivery Manager")
    vp = Person("Kara Lindholm", "klindholm@apexridgecloud.com", "VP Professional Services")
    contact = Person("Nina Hart", "nhart@sterlingrow.com", "HR & Communications Director")
    env = envelope_id(cid, "viva")
    blocks = [
        f"""<h1>Viva Engage Roll-out – Completion Report</h1>
{table([("Customer", customer.name), ("Partner", partner.name), ("Dates", "June 2, 2025 – July 18, 2025"),
         ("Employees", "1,200 on-site staff at 22 communities")])}""",
        section("Delivered",
                ["Viva Engage network in native mode; 22 community-level communities and 4 company-wide ones.",
                 "Storylines for the 40 community managers; leadership corner for the CEO's monthly Q&A.",
                 "Viva Engage app in Teams pinned for all 1,200 employees; analytics dashboard for HR.",
                 "Champions programme: 30 champions, 2 training sessions, a content calendar for 3 months."]),
        docusign_signature(vp, partner.name, "7/24/2025", env, heading="Approved for delivery"),
        PAGE_BREAK,
        docusign_certificate(envelope=env, subject="Complete with Docusign: SterlingRow_VivaEngage_Completion.pdf",
                             pages=1, originator=pm, tz_label="(UTC-08:00) Pacific Time (US & Canada)",
                             signers=[(vp, "7/24/2025 | 09:02 AM", "7/24/2025 | 09:30 AM", "7/24/2025 | 09:31 AM",
                                       "198.51.100.63")],
                             copies=[(pm, "7/24/2025 | 09:31 AM")]),
    ]
    files = {"POE/SterlingRow_VivaEngage_Completion_signed.pdf":
             pdf(blocks, "Viva Engage completion", pm.name, at(2025, 7, 23, 15, 0, PDT), docusign_stamp(env))}
    claim = cpor_claim(cid, kind="usage", area="Modern Work", submitted=at(2025, 8, 7, 18, 0), partner=partner, pm=pm,
                       customer=customer, contact=contact, workloads=[("VIVA ENGAGE", None)], files=files)
    return Case(f"{cid}_ApexRidge_SterlingRow_VivaEngage_PartnerSignedOnly", claim, files, "action_required",
                "A genuine DocuSign envelope, but the Certificate of Completion shows the only signer is the "
                "partner's own VP (apexridgecloud.com): a document without customer acknowledgement. Ask for the "
                "customer's signature or acknowledgement.",
                "CPOR Modern Work usage, Viva Engage: completion report DocuSign-signed by the partner only "
                "(certificate page lists the partner as sole signer).",
                {"customer_acknowledgement": "fail"})


def islaverde_arenales_pr_public_sector_no_psd() -> Case:
    cid = "3120137"
    partner = Org("Isla Verde Tecnología LLC", "islaverdetech.com", "PR", "San Juan", location_id="6979946",
                  short="Isla Verde")
    customer = Org("Municipality of Arenales", "arenales.gov.pr", "PR", "Arenales", segment="public_sector",
                   short="Arenales")
    pm = Person("Luis Ortiz", "lortiz@islaverdetech.com", "Project Manager")
    cio = Person("Carmen Vélez", "cvelez@arenales.gov.pr", "Municipal CIO")
    env = envelope_id(cid, "pr")
    blocks = [
        f"""<h1>Endpoint Security Project – Acceptance</h1>
{table([("Customer", customer.name), ("Partner", partner.name), ("Dates", "April 7, 2025 – June 27, 2025"),
         ("Devices", "540 municipal laptops and desktops, 120 tablets")])}""",
        section("Delivered",
                ["Microsoft Intune enrolment of 540 Windows devices with Autopilot and 120 iPads through Apple "
                 "Business Manager; compliance policies for all departments.",
                 "Microsoft Defender for Endpoint onboarding of all 540 Windows devices; ASR rules and web content "
                 "filtering for the police and finance departments.",
                 "Training for 8 municipal IT staff; runbooks in Spanish and English."]),
        docusign_signature(cio, customer.name, "7/2/2025", env),
    ]
    files = {"POE/Arenales_Endpoint_Acceptance_signed.pdf":
             pdf(blocks, "Acceptance", pm.name, at(2025, 7, 1, 10, 0, AST), docusign_stamp(env))}
    claim = cpor_claim(cid, kind="usage", area="Security", submitted=at(2025, 8, 18, 14, 0), partner=partner, pm=pm,
                       customer=customer, contact=cio,
                       workloads=[("INTUNE", None), ("MICROSOFT DEFENDER ENDPOINT", None)], files=files)
    return Case(f"{cid}_IslaVerde_Arenales_PR_PublicSectorNoPSD", claim, files, "action_required",
                "Public-sector customer in Puerto Rico, CPOR Security usage: the partner must disclose its Microsoft "
                "compensation in writing and the customer must acknowledge it in writing; no disclosure is in the "
                "bundle. The POE itself is sufficient. Ask for the acknowledged disclosure.",
                "CPOR Security usage (Intune + MDE), Puerto Rico municipality (public sector), no fee disclosure.",
                {"public_sector": "fail", "customer_acknowledgement": "pass", "workload_match": "pass"})


def sunbird_wattle_frontline_no_customer_attestation() -> Case:
    cid = "3120138"
    partner = Org("Sunbird Modern Work Pty Ltd", "sunbirdmw.com.au", "AU", "Brisbane QLD", location_id="6980057",
                  short="Sunbird")
    customer = Org("Wattle Creek Vineyards Pty Ltd", "wattlecreek.com.au", "AU", "Barossa Valley SA",
                   short="Wattle Creek")
    pm = Person("Jess Morgan", "jess.morgan@sunbirdmw.com.au", "Workshop Lead")
    gm = Person("Ben Tully", "ben.tully@wattlecreek.com.au", "General Manager")
    consent, submitted = day(2025, 6, 23), at(2025, 8, 28, 3, 0)
    inv = ms.mci_invoice(partner=partner, contact=pm, phone="+61 7 5550 2210", date=day(2025, 8, 27), claim_id=cid,
                         engagement=FRONTLINE, amount="$1,000.00 USD", number="SMW-2025-077",
                         created=at(2025, 8, 27, 9, 0, AEST))
    _, part = frontline_surveys(cid, partner, customer_sig=(gm.name, customer.name, gm.title),
                                partner_sig=(pm.name, partner.name, pm.title), workshop=day(2025, 7, 30),
                                done=at(2025, 8, 20, 0, 0))
    report = frontline_report(partner=partner, customer=customer, pm=pm, workshop="July 30, 2025",
                              created=at(2025, 8, 4, 10, 0, AEST),
                              findings=["140 seasonal vineyard and cellar-door staff share 6 PCs; rosters on paper.",
                                        "Safety incidents reported by phone call to the site manager only."],
                              recommendations=[
                                  "Shared-device sign-in on 2 tablets per cellar door so seasonal staff see "
                                  "their vintage-time rosters in Shifts.",
                                  "A Teams safety-incident form (Lists + Approvals) replacing phone calls "
                                  "to the site manager across the 3 vineyards."])
    files = {"Invoice/SMW-2025-077.pdf": inv, "Surveys/partner_attestation.json": part,
             "POE/WattleCreek_Frontline_Findings.docx": report}
    roles = {"Invoice/SMW-2025-077.pdf": "invoice", "Surveys/partner_attestation.json": "partner_attestation",
             "POE/WattleCreek_Frontline_Findings.docx": "poe"}
    claim = pa_claim(cid, area="Modern Work", submitted=submitted, partner=partner, pm=pm, customer=customer,
                     contact=gm, workloads=["TEAMS FOR FRONTLINE WORKERS"], files=files, roles=roles,
                     engagement=engagement(FRONTLINE, cid, "standard"), consent=consent)
    return Case(f"{cid}_Sunbird_WattleCreek_Frontline_NoCustomerAttestation", claim, files, "action_required",
                "Partner activities need the customer attestation (no waiver for this workshop); it is missing. The "
                "partner can trigger the customer survey and resubmit (66 days after consent, within 90).",
                "Partner activities, Enable Frontline Workshop, Australian partner: invoice, partner survey and "
                "findings report, but no customer attestation.",
                {"required_documents": "fail", "submission_window": "pass"})


def ironwood_delacroix_mdca_msa_only() -> Case:
    cid = "3120139"
    partner = Org("Ironwood Consulting Group", "ironwoodcg.com", "US", "Chicago, IL", location_id="6991168",
                  short="Ironwood")
    customer = Org("Delacroix Shipping Company", "delacroixshipping.com", "US", "New Orleans, LA", short="Delacroix")
    pm = Person("Rachel Stein", "rstein@ironwoodcg.com", "Client Partner")
    gc = Person("Marc Delacroix", "mdelacroix@delacroixshipping.com", "General Counsel")
    env = envelope_id(cid, "msa")
    blocks = [
        f"""<h1>Master Services Agreement</h1>
<p>This Master Services Agreement ("Agreement") is entered into as of March 1, 2023 between {escape(partner.name)}
("Consultant") and {escape(customer.name)} ("Client").</p>""",
        section("1. Services", "Consultant will provide information technology consulting services described in "
                "statements of work executed under this Agreement from time to time."),
        section("2. Fees and Payment", "Fees are set out in each statement of work. Invoices are payable within 30 "
                "days."),
        section("3. Confidential Information", "Each party shall protect the other party's Confidential Information "
                "with at least reasonable care."),
        section("4. Intellectual Property", "Client owns all deliverables upon payment in full."),
        section("5. Warranties; Limitation of Liability", "Consultant warrants that services will be performed in a "
                "professional manner. Neither party is liable for indirect damages."),
        section("6. Indemnification", "Each party shall indemnify the other against third-party claims arising from "
                "its gross negligence."),
        section("7. Term and Termination", "This Agreement has a term of three years and may be terminated on 60 "
                "days' notice."),
        section("8. Governing Law", "This Agreement is governed by the laws of the State of Illinois. This Agreement "
                "is the entire agreement between the parties."),
        docusign_signature(gc, customer.name, "3/1/2023", env, heading="Signed for the Client"),
    ]
    files = {"POE/Ironwood_Delacroix_MSA_signed.pdf":
             pdf(blocks, "Master Services Agreement", pm.name, at(2023, 2, 27, 10, 0, CDT), docusign_stamp(env))}
    claim = cpor_claim(cid, kind="usage", area="Security", submitted=at(2025, 8, 8, 16, 0), partner=partner, pm=pm,
                       customer=customer, contact=gc, workloads=[("MICROSOFT DEFENDER FOR CLOUD APPS", None)],
                       files=files)
    return Case(f"{cid}_Ironwood_Delacroix_MDCA_MSAOnly", claim, files, "action_required",
                "The only upload is a 2023 Master Services Agreement: MSAs without recent documentation proving the "
                "engagement are not POE; it names no workload or activity and its signature (3/1/2023) is far older "
                "than 12 months. Ask for real, recent POE.",
                "CPOR Security usage, MDCA: only a signed master services agreement from 2023.",
                {"unacceptable_documents": "fail", "acknowledgement_date": "fail", "workload_match": "fail"})


def helix_oakmont_intune_aadp2_one_covered() -> Case:
    cid = "3120140"
    partner = Org("Helix Secure Cloud LLC", "helixsecure.cloud", "US", "Phoenix, AZ", location_id="7002275",
                  short="Helix")
    customer = Org("Oakmont Logistics Inc.", "oakmontlogistics.com", "US", "Memphis, TN", short="Oakmont")
    pm = Person("Tyler Reese", "treese@helixsecure.cloud", "Endpoint Architect")
    cio = Person("Sandra Hale", "shale@oakmontlogistics.com", "Chief Information Officer")
    env = envelope_id(cid, "helix")
    blocks = [
        f"""<h1>Statement of Work – Modern Device Management</h1>
{table([("Customer", customer.name), ("Partner", partner.name), ("Dates", "May 19, 2025 – August 8, 2025"),
         ("Devices", "1,400 Windows 11 laptops, 300 rugged Android handhelds")])}""",
        section("Scope – Microsoft Intune",
                ["Windows Autopilot for 1,400 laptops across 9 distribution centres; Entra join.",
                 "Compliance and configuration policies; Windows Update for Business rings.",
                 "Android Enterprise dedicated-device mode for 300 handhelds with the warehouse app in kiosk mode.",
                 "Endpoint analytics baseline and a hand-over workshop for the 7-person desktop team."]),
        docusign_signature(cio, customer.name, "8/12/2025", env),
    ]
    files = {"POE/Oakmont_Intune_SOW_signed.pdf":
             pdf(blocks, "Intune SOW", pm.name, at(2025, 8, 11, 10, 0, CDT), docusign_stamp(env))}
    claim = cpor_claim(cid, kind="usage", area="Security", submitted=at(2025, 9, 11, 17, 0), partner=partner, pm=pm,
                       customer=customer, contact=cio,
                       workloads=[("INTUNE", None), ("AZURE ACTIVE DIRECTORY PREMIUM 2", None)], files=files)
    return Case(f"{cid}_Helix_Oakmont_Intune_AADP2_OneCovered", claim, files, "action_required",
                "Two workloads claimed; the signed SOW covers Intune in detail but says nothing about Entra ID P2 "
                "(no PIM, Identity Protection, access reviews): AZURE ACTIVE DIRECTORY PREMIUM 2 has no connection "
                "to the POE. Ask for P2 evidence or drop that workload.",
                "CPOR Security usage, INTUNE + AZURE ACTIVE DIRECTORY PREMIUM 2 claimed; signed SOW covers Intune "
                "only.",
                {"workload_match": "fail", "customer_acknowledgement": "pass"})


def nordlys_fjellvik_ammp_invoice_no_claim_id() -> Case:
    cid = "3120141"
    partner = Org("Nordlys Cloud AS", "nordlyscloud.no", "NO", "Bergen", location_id="7013382", short="Nordlys Cloud")
    customer = Org("Fjellvik Marine AS", "fjellvik.no", "NO", "Ålesund", short="Fjellvik Marine")
    pm = Person("Ingrid Solberg", "ingrid.solberg@nordlyscloud.no", "Prosjektleder")
    it = Person("Erik Haugen", "erik.haugen@fjellvik.no", "IT-sjef")
    consent, submitted = day(2025, 5, 26), at(2025, 9, 10, 8, 0)
    inv = own_invoice(partner=partner, contact=pm, number="NC-25-0311", date="09.09.2025",
                      bill_to="Microsoft Ireland Operations Ltd, Dublin 18, Ireland",
                      lines=[("Fjellvik app modernization – Azure (PO ref. FM-2025-118)", "USD 15,000.00")],
                      totals=[("Sum eks. mva / Total excl. VAT", "USD 15,000.00"), ("Total", "USD 15,000.00")],
                      notes="Org. nr. 912 345 678 MVA. Beløp i USD.", created=at(2025, 9, 9, 9, 0, CEST),
                      title="FAKTURA / INVOICE")
    cust, part = ammp_surveys(cid, partner, customer_sig=(it.name, customer.name, "Head of IT"),
                              partner_sig=(pm.name, partner.name, "Project Manager"), done=at(2025, 9, 2, 8, 0),
                              production="2025-08-22")
    report = ammp_report(partner=partner, customer=customer, pm=pm, app="Vessel maintenance planner (.NET, SQL Server)",
                         stack=["Re-hosted the .NET Framework planner on Azure App Service with a Windows container.",
                                "Migrated the SQL Server 2014 database (95 GB) to Azure SQL Database.",
                                "Azure AD B2B access for the 3 shipyards; backup and monitoring."],
                         dates="June 2, 2025 – August 22, 2025", created=at(2025, 8, 29, 12, 0, CEST))
    files = {"Invoice/NC-25-0311.pdf": inv, "Surveys/customer_attestation.json": cust,
             "Surveys/partner_attestation.json": part, "POE/Fjellvik_AMMP_POE.docx": report}
    roles = {"Invoice/NC-25-0311.pdf": "invoice", "Surveys/customer_attestation.json": "customer_attestation",
             "Surveys/partner_attestation.json": "partner_attestation", "POE/Fjellvik_AMMP_POE.docx": "poe"}
    claim = pa_claim(cid, area="Azure", submitted=submitted, partner=partner, pm=pm, customer=customer, contact=it,
                     workloads=["AZURE APP SERVICE", "AZURE SQL DATABASE"], files=files, roles=roles,
                     engagement=engagement(AMMP_SMALL, cid, "xs_small"), consent=consent)
    return Case(f"{cid}_NordlysCloud_FjellvikMarine_AMMP_InvoiceNoClaimID", claim, files, "action_required",
                "The invoice has the right amount (Market A, USD 15,000.00) and the partner's name but no engagement "
                "claim ID, the first of the three minimum elements. Ask for a corrected invoice.",
                "Partner activities, AMMP (Small), Norwegian partner: own invoice without the claim ID.",
                {"invoice": "fail", "attestations": "pass", "submission_window": "pass"})


# ==============================================================================================
# Reject: what the partner cannot fix
# ==============================================================================================
def contoso_services_contoso_ltd_subsidiary() -> Case:
    cid = "3120142"
    partner = Org("Contoso Services GmbH", "contoso-services.de", "DE", "Frankfurt", location_id="7024499",
                  short="Contoso Services")
    customer = Org("Contoso Ltd", "contoso.co.uk", "GB", "Reading", short="Contoso")
    pm = Person("Stefan Keller", "stefan.keller@contoso-services.de", "Security Consultant")
    ciso = Person("Rebecca Moss", "rebecca.moss@contoso.co.uk", "Group CISO")
    env = envelope_id(cid, "contoso")
    blocks = [
        f"""<h1>Defender for Identity Deployment – Acceptance</h1>
{table([("Customer", customer.name), ("Partner", partner.name + " (a Contoso Group company)"),
         ("Dates", "May 5, 2025 – June 27, 2025"), ("Scope", "22 domain controllers in 4 forests")])}""",
        section("Delivered",
                ["MDI sensors on 22 domain controllers and 2 AD CS servers; action accounts for automated response.",
                 "Remediation of 19 lateral movement paths and legacy NTLMv1 on 140 servers.",
                 "Identity security posture assessments reviewed with the group SOC."]),
        docusign_signature(ciso, customer.name, "01/07/2025", env),
        "<p class='small'>Contoso Services GmbH is a wholly owned subsidiary of Contoso Ltd, Reading, United "
        "Kingdom. Registered office Frankfurt am Main, HRB 123456.</p>",
    ]
    files = {"POE/Contoso_MDI_Acceptance_signed.pdf":
             pdf(blocks, "MDI acceptance", pm.name, at(2025, 6, 30, 10, 0, CEST), docusign_stamp(env), paper="a4")}
    claim = cpor_claim(cid, kind="usage", area="Security", submitted=at(2025, 8, 5, 9, 0), partner=partner, pm=pm,
                       customer=customer, contact=ciso, workloads=[("MICROSOFT DEFENDER FOR IDENTITY", None)],
                       files=files)
    return Case(f"{cid}_ContosoServices_ContosoLtd_MDI_Subsidiary", claim, files, "reject",
                "The partner Contoso Services GmbH is a wholly owned subsidiary of the customer Contoso Ltd (same "
                "group name; the POE says so): partners and their affiliates are not eligible for activity connected "
                "to a customer that is a partner affiliate. Not fixable.",
                "CPOR Security usage, MDI: good signed POE, but the partner is the customer's own subsidiary.",
                {"ineligible_customer": "fail"})


def redwood_github_mdca_microsoft_subsidiary() -> Case:
    cid = "3120143"
    partner = Org("Redwood Security Advisors Inc.", "redwoodsa.com", "US", "Oakland, CA", location_id="7035506",
                  short="Redwood")
    customer = Org("GitHub, Inc.", "github.com", "US", "San Francisco, CA", short="GitHub")
    pm = Person("Paige Donovan", "pdonovan@redwoodsa.com", "Principal Consultant")
    sec = Person("Marcus Webb", "mwebb@github.com", "Director, Corporate Security")
    env = envelope_id(cid, "github")
    blocks = [
        f"""<h1>Defender for Cloud Apps – Completion Acceptance</h1>
{table([("Customer", customer.name + ", a subsidiary of Microsoft Corporation"), ("Partner", partner.name),
         ("Dates", "April 14, 2025 – June 20, 2025"), ("Users", "3,100")])}""",
        section("Delivered",
                ["Cloud Discovery from Defender for Endpoint signals; 480 apps triaged, 31 unsanctioned apps blocked.",
                 "App connectors for Slack, Salesforce and Zoom; 12 activity policies and 6 file policies.",
                 "Session controls for unmanaged devices through Conditional Access App Control."]),
        docusign_signature(sec, customer.name, "6/24/2025", env),
    ]
    files = {"POE/GitHub_MDCA_Acceptance_signed.pdf":
             pdf(blocks, "MDCA acceptance", pm.name, at(2025, 6, 23, 10, 0, PDT), docusign_stamp(env))}
    claim = cpor_claim(cid, kind="usage", area="Security", submitted=at(2025, 7, 29, 18, 0), partner=partner, pm=pm,
                       customer=customer, contact=sec, workloads=[("MICROSOFT DEFENDER FOR CLOUD APPS", None)],
                       files=files)
    return Case(f"{cid}_Redwood_GitHub_MDCA_MicrosoftSubsidiary", claim, files, "reject",
                "The customer GitHub, Inc. is a wholly owned subsidiary of Microsoft Corporation (the POE says so): "
                "no incentives 'for any services where … Microsoft is the end customer'. Not fixable.",
                "CPOR Security usage, MDCA: customer is GitHub, Inc., a Microsoft subsidiary, under its own name and "
                "domain.",
                {"ineligible_customer": "fail"})


def liffey_microsoft_ireland_teamsmeetings() -> Case:
    cid = "3120144"
    partner = Org("Liffey Cloud Services Ltd", "liffeycloud.ie", "IE", "Dublin", location_id="7046613",
                  short="Liffey Cloud")
    customer = Org("Microsoft Ireland Operations Limited", "microsoft.com", "IE", "Dublin", short="Microsoft Ireland")
    pm = Person("Niamh Byrne", "niamh.byrne@liffeycloud.ie", "Engagement Lead")
    fac = Person("Declan Murphy", "declan.murphy@microsoft.com", "Workplace Services Manager")
    ack = Mail(sender=fac, to=(pm,), date=at(2025, 7, 17, 15, 20, IST_IE), subject="RE: Town hall production – wrap-up",
               body=outlook_reply(
                   "Niamh,\n\nWe confirm that Liffey Cloud delivered the Teams town hall production set-up for the "
                   "Leopardstown campus: Teams Premium town halls for 2,400 attendees, the production studio in "
                   "building 3 and the 6 producer training sessions in June. Thanks to your team.\n\nDeclan Murphy\n"
                   "Workplace Services, Microsoft Ireland Operations Limited",
                   Mail(sender=pm, to=(fac,), date=at(2025, 7, 16, 10, 0, IST_IE),
                        subject="Town hall production – wrap-up",
                        body="Hi Declan,\n\nThe town hall set-up is complete. Could you confirm the delivery?\n\n"
                             "Niamh\n")))
    files = {"POE/RE_ Town hall production – wrap-up.msg": ms.msg_bytes(ack)}
    claim = cpor_claim(cid, kind="usage", area="Modern Work", submitted=at(2025, 8, 12, 10, 0), partner=partner,
                       pm=pm, customer=customer, contact=fac, workloads=[("TEAMS MEETINGS", None)], files=files)
    return Case(f"{cid}_LiffeyCloud_MicrosoftIreland_TeamsMeetings", claim, files, "reject",
                "The customer is Microsoft Ireland Operations Limited, a Microsoft subsidiary (microsoft.com): "
                "Microsoft as the end customer is never eligible.",
                "CPOR Modern Work usage, Teams Meetings (town halls) for Microsoft's Irish subsidiary.",
                {"ineligible_customer": "fail"})


def godavari_hampi_frontline_attestation_by_partner() -> Case:
    cid = "3120145"
    partner = Org("Godavari Tech Services Pvt Ltd", "godavaritech.in", "IN", "Visakhapatnam", location_id="7057720",
                  short="Godavari Tech")
    customer = Org("Hampi Heritage Hotels Ltd", "hampihotels.in", "IN", "Hosapete", short="Hampi Heritage Hotels")
    pm = Person("Ravi Teja", "ravi.teja@godavaritech.in", "Delivery Manager")
    gm = Person("Kavya Hegde", "kavya.hegde@hampihotels.in", "General Manager – Operations")
    consent, submitted = day(2025, 6, 9), at(2025, 8, 20, 5, 0)
    inv = ms.mci_invoice(partner=partner, contact=pm, phone="+91 891 555 0142", date=day(2025, 8, 18), claim_id=cid,
                         engagement=FRONTLINE, amount="$1,000.00 USD", number="GTS/MCI/088",
                         created=at(2025, 8, 18, 10, 0, IST_IN))
    cust, part = frontline_surveys(cid, partner, customer_sig=(pm.name, partner.name, pm.title),
                                   partner_sig=(pm.name, partner.name, pm.title), workshop=day(2025, 7, 15),
                                   done=at(2025, 8, 14, 6, 0))
    report = frontline_report(partner=partner, customer=customer, pm=pm, workshop="July 15, 2025",
                              created=at(2025, 7, 21, 10, 0, IST_IN),
                              findings=["420 housekeeping, kitchen and front-desk staff across 5 properties with no "
                                        "digital rostering.",
                                        "Guest requests relayed by landline between departments."],
                              recommendations=[
                                  "Housekeeping room-status board in Teams for the 5 properties, fed from the "
                                  "PMS, with Shifts for the 3 daily rotas.",
                                  "Guest-request routing between front desk, kitchen and housekeeping "
                                  "with Teams Approvals instead of landline relays."])
    files = {"Invoice/GTS-MCI-088.pdf": inv, "Surveys/customer_attestation.json": cust,
             "Surveys/partner_attestation.json": part, "POE/Hampi_Frontline_Findings.docx": report}
    roles = {"Invoice/GTS-MCI-088.pdf": "invoice", "Surveys/customer_attestation.json": "customer_attestation",
             "Surveys/partner_attestation.json": "partner_attestation", "POE/Hampi_Frontline_Findings.docx": "poe"}
    claim = pa_claim(cid, area="Modern Work", submitted=submitted, partner=partner, pm=pm, customer=customer,
                     contact=gm, workloads=["TEAMS FOR FRONTLINE WORKERS"], files=files, roles=roles,
                     engagement=engagement(FRONTLINE, cid, "standard"), consent=consent)
    return Case(f"{cid}_GodavariTech_HampiHotels_Frontline_AttestationByPartner", claim, files, "reject",
                "The customer attestation is signed 'Ravi Teja, Godavari Tech Services Pvt Ltd, Delivery Manager' — "
                "the partner's own delivery manager, not the customer. 'If the Customer Attestation signature is not "
                "valid … the claim may be rejected', and a recorded customer survey cannot be re-sent on the claim.",
                "Partner activities, Enable Frontline Workshop (Market C, $1,000 correct): the customer survey was "
                "answered and signed by the partner.",
                {"attestations": "fail", "invoice": "pass"})


def fenwick_rosewood_assessment_late() -> Case:
    cid = "3120146"
    partner = Org("Fenwick Security Labs Inc.", "fenwicklabs.com", "US", "Arlington, VA", location_id="7068837",
                  short="Fenwick")
    customer = Org("Rosewood Property Trust", "rosewoodpt.com", "US", "Baltimore, MD", short="Rosewood")
    pm = Person("Hannah Cho", "hcho@fenwicklabs.com", "Security Assessor")
    ciso = Person("Greg Lawson", "glawson@rosewoodpt.com", "CISO")
    name = "Threat Protection Engagement"
    consent, submitted = day(2025, 5, 5), at(2025, 7, 8, 14, 0)
    inv = ms.mci_invoice(partner=partner, contact=pm, phone="+1 703 555 0182", date=day(2025, 7, 7), claim_id=cid,
                         engagement=name, amount="$5,000.00 USD", number="FSL-INV-2207",
                         created=at(2025, 7, 7, 10, 0, EDT))
    cust = ms.survey(cid, "customer", at(2025, 6, 30, 14, 0), [
        (f"Did {partner.call} deliver the {name}?", "Yes"), ("Was a threat exploration report presented?", "Yes")],
        (ciso.name, customer.name, ciso.title))
    part = ms.survey(cid, "partner", at(2025, 7, 1, 14, 0), [
        ("Confirm the engagement was delivered to the customer named in this claim.", "Yes")],
        (pm.name, partner.name, pm.title))
    report = pa_report_docx(
        title="Threat Protection Engagement – Results", author=pm.name, created=at(2025, 6, 20, 10, 0, EDT),
        facts=[("Customer", customer.name), ("Partner", partner.name), ("Dates", "May 19 – June 13, 2025")],
        sections=[("Threat exploration", [["Defender XDR trial on 250 devices for 3 weeks: 14 high-severity alerts, "
                                           "2 compromised credentials, 1 active phishing campaign.",
                                           "Secure Score raised from 38% to 55% with 12 quick wins."]])])
    files = {"Invoice/FSL-INV-2207.pdf": inv, "Surveys/customer.json": cust, "Surveys/partner.json": part,
             "POE/Rosewood_TPE_Results.docx": report}
    roles = {"Invoice/FSL-INV-2207.pdf": "invoice", "Surveys/customer.json": "customer_attestation",
             "Surveys/partner.json": "partner_attestation", "POE/Rosewood_TPE_Results.docx": "poe"}
    claim = pa_claim(cid, area="Security", submitted=submitted, partner=partner, pm=pm, customer=customer,
                     contact=ciso, workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
                     files=files, roles=roles, engagement=engagement(name, cid, "assessment"), consent=consent)
    return Case(f"{cid}_Fenwick_Rosewood_Assessment_Late", claim, files, "reject",
                "Assessment: the claim expires 60 days after customer consent (2025-05-05 → 2025-07-04) if not "
                "submitted; it was submitted on 2025-07-08 (64 days). Expired claims cannot be reactivated.",
                "Partner activities, assessment (Threat Protection Engagement) submitted 64 days after consent.",
                {"submission_window": "fail"})


def ostara_bramble_frontline_standard_late() -> Case:
    cid = "3120147"
    partner = Org("Ostara Workplace Ltd", "ostaraworkplace.ie", "IE", "Galway", location_id="7079944",
                  short="Ostara")
    customer = Org("Bramble & Oak Interiors Ltd", "brambleoak.ie", "IE", "Limerick", short="Bramble & Oak")
    pm = Person("Aoife Kelly", "aoife.kelly@ostaraworkplace.ie", "Modern Work Consultant")
    md = Person("Conor Doyle", "conor.doyle@brambleoak.ie", "Managing Director")
    consent, submitted = day(2025, 4, 14), at(2025, 7, 17, 12, 0)
    inv = own_invoice(partner=partner, contact=pm, number="OWL-2025-044", date="16 July 2025",
                      bill_to="Microsoft Ireland Operations Ltd, Dublin 18",
                      lines=[(f"Claim {cid} – {FRONTLINE}", "USD 1,000.00")], totals=[("Total", "USD 1,000.00")],
                      notes="Amounts in USD.", created=at(2025, 7, 16, 10, 0, IST_IE))
    cust, part = frontline_surveys(cid, partner, customer_sig=(md.name, customer.name, md.title),
                                   partner_sig=(pm.name, partner.name, pm.title), workshop=day(2025, 5, 22),
                                   done=at(2025, 7, 10, 9, 0))
    report = frontline_report(partner=partner, customer=customer, pm=pm, workshop="May 22, 2025",
                              created=at(2025, 5, 28, 10, 0, IST_IE),
                              findings=["65 showroom and fitting staff in 4 showrooms without Microsoft 365 accounts.",
                                        "Job sheets printed and photographed to WhatsApp."],
                              recommendations=[
                                  "Microsoft 365 F3 accounts for the 65 showroom and fitting staff; job sheets "
                                  "as Forms submissions with photos to SharePoint.",
                                  "Fitting-team schedule in Shifts for the 4 showrooms; weekly "
                                  "tool-box talk as a Teams Premium town hall recording."])
    files = {"Invoice/OWL-2025-044.pdf": inv, "Surveys/customer.json": cust, "Surveys/partner.json": part,
             "POE/BrambleOak_Frontline_Findings.docx": report}
    roles = {"Invoice/OWL-2025-044.pdf": "invoice", "Surveys/customer.json": "customer_attestation",
             "Surveys/partner.json": "partner_attestation", "POE/BrambleOak_Frontline_Findings.docx": "poe"}
    claim = pa_claim(cid, area="Modern Work", submitted=submitted, partner=partner, pm=pm, customer=customer,
                     contact=md, workloads=["TEAMS FOR FRONTLINE WORKERS"], files=files, roles=roles,
                     engagement=engagement(FRONTLINE, cid, "standard"), consent=consent)
    return Case(f"{cid}_Ostara_BrambleOak_Frontline_StandardLate", claim, files, "reject",
                "Standard timeline: 90 days from customer consent (2025-04-14 → 2025-07-13); submitted 2025-07-17, "
                "94 days. The claim expired and cannot be reactivated.",
                "Partner activities, Enable Frontline Workshop (standard), Irish partner, submitted 94 days after "
                "consent.",
                {"submission_window": "fail"})


def tailwind_tailwind_sharepoint_self() -> Case:
    cid = "3120148"
    partner = Org("Tailwind Traders Pty Ltd", "tailwindtraders.com.au", "AU", "Perth WA", location_id="7080051",
                  short="Tailwind Traders")
    customer = Org("Tailwind Traders Limited", "tailwindtraders.com.au", "AU", "Perth WA", short="Tailwind Traders")
    pm = Person("Mia Thompson", "mia.thompson@tailwindtraders.com.au", "Modern Work Practice Manager")
    coo = Person("Jack Wilson", "jack.wilson@tailwindtraders.com.au", "Chief Operating Officer")
    env = envelope_id(cid, "tailwind")
    blocks = [
        f"""<h1>Intranet Programme – Completion Sign-off</h1>
{table([("Customer", customer.name), ("Delivery team", partner.name + " – internal Modern Work practice"),
         ("Dates", "March 3, 2025 – June 27, 2025"), ("Employees", "2,600")])}""",
        section("Delivered",
                ["SharePoint Online intranet with 1 home hub and 18 department sites; 1.4 TB migrated from file "
                 "shares.", "Viva Connections dashboard and feed in Teams for 2,600 employees; 12 adaptive cards.",
                 "Governance: site provisioning with templates, 2 retention policies, owner training for 60 staff."]),
        docusign_signature(coo, customer.name, "03/07/2025", env),
    ]
    files = {"POE/Tailwind_Intranet_Signoff_signed.pdf":
             pdf(blocks, "Intranet sign-off", pm.name, at(2025, 7, 2, 10, 0, AEST), docusign_stamp(env), paper="a4")}
    claim = cpor_claim(cid, kind="usage", area="Modern Work", submitted=at(2025, 8, 4, 2, 0), partner=partner, pm=pm,
                       customer=customer, contact=coo,
                       workloads=[("SHAREPOINT ONLINE", None), ("VIVA CONNECTIONS", None)], files=files)
    return Case(f"{cid}_TailwindTraders_TailwindTraders_SharePoint_Self", claim, files, "reject",
                "The customer is the partner itself (same name, same domain tailwindtraders.com.au; the work was done "
                "by the partner's internal practice): no incentives where the partner themselves is the end customer.",
                "CPOR Modern Work usage, SharePoint Online + Viva Connections: the partner claims its own intranet.",
                {"ineligible_customer": "fail"})


def cordillera_altiplano_large_late() -> Case:
    cid = "3120149"
    partner = Org("Cordillera Data Partners SpA", "cordilleradata.cl", "CL", "Santiago", location_id="7091168",
                  short="Cordillera Data")
    customer = Org("Minera Altiplano SpA", "mineraaltiplano.cl", "CL", "Antofagasta", short="Minera Altiplano")
    pm = Person("Felipe Araya", "felipe.araya@cordilleradata.cl", "Gerente de Proyecto")
    it = Person("Daniela Soto", "daniela.soto@mineraaltiplano.cl", "Gerente de TI")
    name = "Azure Accelerate Migration – Partner-led (Large, Variable Payout)"
    consent, submitted = day(2024, 11, 4), at(2025, 7, 31, 16, 0)
    inv = own_invoice(partner=partner, contact=pm, number="CDP-2025-0930", date="30-07-2025",
                      bill_to="Microsoft Ireland Operations Ltd, Dublin 18, Ireland",
                      lines=[(f"MCI claim {cid} – {name}", "USD 61,200.00")],
                      totals=[("Subtotal (neto)", "USD 61,200.00"), ("Total", "USD 61,200.00")],
                      notes="Factura de exportación de servicios, exenta de IVA. Montos en USD.",
                      created=at(2025, 7, 30, 10, 0, CLT), title="FACTURA DE EXPORTACIÓN / INVOICE")
    cust, part = migration_surveys(cid, partner, customer_sig=(it.name, customer.name, "IT Manager"),
                                   partner_sig=(pm.name, partner.name, "Project Manager"), done=at(2025, 7, 22, 14, 0),
                                   servers="140 servers, 12 databases")
    report = pa_report_docx(
        title="Migration Completion Report", author=pm.name, created=at(2025, 7, 18, 10, 0, CLT),
        facts=[("Customer", customer.name), ("Partner", partner.name), ("Scope", "140 servers, 12 databases"),
               ("Dates", "November 18, 2024 – July 11, 2025")],
        sections=[("Migrated", [["140 VMware servers to Azure VMs in Brazil South in 9 waves.",
                                 "12 Oracle and SQL Server databases to Azure SQL Managed Instance and Oracle on "
                                 "Azure VMs.",
                                 "ExpressRoute from the Antofagasta data centre; DR to a second region."]])])
    files = {"Invoice/CDP-2025-0930.pdf": inv, "Surveys/customer.json": cust, "Surveys/partner.json": part,
             "POE/Altiplano_Migration_Report.docx": report}
    roles = {"Invoice/CDP-2025-0930.pdf": "invoice", "Surveys/customer.json": "customer_attestation",
             "Surveys/partner.json": "partner_attestation", "POE/Altiplano_Migration_Report.docx": "poe"}
    claim = pa_claim(cid, area="Azure", submitted=submitted, partner=partner, pm=pm, customer=customer, contact=it,
                     workloads=["AZURE VIRTUAL MACHINES", "AZURE SQL MANAGED INSTANCE"], files=files, roles=roles,
                     engagement=engagement(name, cid, "large", "variable", 61200.0), consent=consent)
    return Case(f"{cid}_Cordillera_MineraAltiplano_LargeLate", claim, files, "reject",
                "Large project: 260 days from customer consent (2024-11-04 → 2025-07-22); submitted 2025-07-31, 269 "
                "days. The claim expired; the (correct) invoice does not matter.",
                "Partner activities, large variable-payout migration, Chilean partner, submitted 269 days after "
                "consent.",
                {"submission_window": "fail", "invoice": "pass"})


def meridianvale_granitebay_ammp_small_late() -> Case:
    cid = "3120150"
    partner = Org("Meridianvale Software Pty Ltd", "meridianvale.com.au", "AU", "Adelaide SA", location_id="7102275",
                  short="Meridianvale")
    customer = Org("Granite Bay Mining Services Pty Ltd", "granitebay.com.au", "AU", "Kalgoorlie WA",
                   short="Granite Bay")
    pm = Person("Oscar Nguyen", "oscar.nguyen@meridianvale.com.au", "Delivery Lead")
    it = Person("Sarah Mitchell", "sarah.mitchell@granitebay.com.au", "IT Manager")
    consent, submitted = day(2025, 3, 10), at(2025, 7, 11, 4, 0)
    inv = ms.mci_invoice(partner=partner, contact=pm, phone="+61 8 5550 3321", date=day(2025, 7, 10), claim_id=cid,
                         engagement=AMMP_SMALL, amount="US$15,000.00 (USD)", number="MV-1187",
                         created=at(2025, 7, 10, 9, 0, AEST))
    cust, part = ammp_surveys(cid, partner, customer_sig=(it.name, customer.name, it.title),
                              partner_sig=(pm.name, partner.name, "Delivery Lead"), done=at(2025, 7, 3, 0, 0),
                              production="2025-06-20")
    report = ammp_report(partner=partner, customer=customer, pm=pm, app="Haul-truck telemetry dashboard (Node.js)",
                         stack=["Re-platformed the Node.js dashboard to Azure App Service and Azure Functions.",
                                "Moved telemetry ingestion (12,000 events/minute) to Azure Event Hubs and Azure "
                                "Data Explorer.", "Private networking to the mine sites over the existing VPN."],
                         dates="March 24, 2025 – June 20, 2025", created=at(2025, 6, 30, 12, 0, AEST))
    files = {"Invoice/MV-1187.pdf": inv, "Surveys/customer_attestation.json": cust,
             "Surveys/partner_attestation.json": part, "POE/GraniteBay_AMMP_POE.docx": report}
    roles = {"Invoice/MV-1187.pdf": "invoice", "Surveys/customer_attestation.json": "customer_attestation",
             "Surveys/partner_attestation.json": "partner_attestation", "POE/GraniteBay_AMMP_POE.docx": "poe"}
    claim = pa_claim(cid, area="Azure", submitted=submitted, partner=partner, pm=pm, customer=customer, contact=it,
                     workloads=["AZURE APP SERVICE", "AZURE FUNCTIONS"], files=files, roles=roles,
                     engagement=engagement(AMMP_SMALL, cid, "xs_small"), consent=consent)
    return Case(f"{cid}_Meridianvale_GraniteBay_AMMPSmall_Late", claim, files, "reject",
                "Small project (AMMP: 'Partner has 120 days from date of receiving customer consent to submit'): "
                "consent 2025-03-10, submitted 2025-07-11 = 123 days. The claim expired.",
                "Partner activities, AMMP App/Data Modernization (Small), Australian partner, submitted 123 days "
                "after consent (invoice otherwise correct for Market A).",
                {"submission_window": "fail", "invoice": "pass"})


# ----------------------------------------------------------------------------------------------
# Assembly
# ----------------------------------------------------------------------------------------------
BUILDERS: tuple[Callable[[], Case], ...] = (
    trey_fincher_aadp2_acrobat,
    bellwether_munsons_mdo_docusign_certificate,
    lanternbay_gdi_purview_docx_gmail,
    cascade_bellows_teamsrooms_public_sector,
    kairos_bestforyou_copilot_subdomain,
    orbital_liberty_d365_customer_service,
    fourthwall_nod_powerapps_presales,
    ridgeline_fabrikamres_mdi_12m_minus3,
    harbourside_northbrook_intune_uk_dayfirst,
    isarlogic_baumann_mde_scanned_de,
    iberdata_nodo_ammp_market_b,
    northgate_halden_ammp_vat,
    pinecrest_summit_mde_corrupted_plus_good,
    everstone_maplewood_exchange_macos_zip,
    andes_cafetera_mdca_spanish_email_english_pdf,
    sableridge_consolidated_d365sales_upsell,
    granitepeak_olympic_irm_signoff_rescue,
    lagunare_pasticceria_variable_ok,
    sentinelforge_harrow_mss,
    keystone_harlow_fieldservice_public_sector_bizapps,
    deccan_kaveri_frontline_in_public_sector,
    brightline_wolcott_conditional_access_lookalike,
    stonebridge_coastal_mde_12m_plus4,
    thamesgate_pembroke_presales_uk_after,
    pioneer_fairhaven_marketing_presales_after,
    vistara_konkan_ammp_market_c_wrong_rate,
    tasman_kiwiorchard_variable_mismatch,
    crestline_whitmore_po_confirmation,
    arclight_everett_purview_generic_benefits,
    bluewater_holloway_teamsphone_task_list,
    copperleaf_ashford_intune_empty_signature,
    northstar_pacifica_mdi_docx_unchecked,
    signalhill_cabrera_teamsrooms_vs_phone,
    quarrylane_beacon_mdo_noncommittal_gmail,
    tidewater_pemberton_sharepoint_pasted_signature,
    apexridge_sterling_vivaengage_partner_signed_only,
    islaverde_arenales_pr_public_sector_no_psd,
    sunbird_wattle_frontline_no_customer_attestation,
    ironwood_delacroix_mdca_msa_only,
    helix_oakmont_intune_aadp2_one_covered,
    nordlys_fjellvik_ammp_invoice_no_claim_id,
    contoso_services_contoso_ltd_subsidiary,
    redwood_github_mdca_microsoft_subsidiary,
    liffey_microsoft_ireland_teamsmeetings,
    godavari_hampi_frontline_attestation_by_partner,
    fenwick_rosewood_assessment_late,
    ostara_bramble_frontline_standard_late,
    tailwind_tailwind_sharepoint_self,
    cordillera_altiplano_large_late,
    meridianvale_granitebay_ammp_small_late,
)


#: An approved claim meets every component of its program (seed: "What constitutes valid proof of
#: execution" for CPOR, "POE Components – Partner Activities" and the invoice, survey and deadline
#: rules for partner activities), so each check of a component must pass. A case states otherwise
#: where the rule itself leaves room (a scan needs eyes, an upsell is a judgement).
APPROVED_CPOR = ("customer_acknowledgement", "partner_customer_names", "activity_detail", "workload_match",
                 "acknowledgement_date", "required_documents", "unacceptable_documents", "ineligible_customer")
APPROVED_PA = ("required_documents", "attestations", "invoice", "submission_window", "ineligible_customer",
               "partner_customer_names")


def with_component_expectations(case: Case) -> Case:
    if case.decision == "approve":
        components = APPROVED_CPOR if case.claim["program"] == "cpor" else APPROVED_PA
        for check_id in components:
            case.checks.setdefault(check_id, "pass")
    return case


def build_cases() -> list[Case]:
    cases = [with_component_expectations(build()) for build in BUILDERS]
    ids = [c.claim_id for c in cases]
    names = [c.name for c in cases]
    if len(set(ids)) != len(ids) or len(set(names)) != len(names):
        raise RuntimeError("claim ids and bundle names must be unique")
    for c in cases:
        if c.decision not in DECISIONS:
            raise RuntimeError(f"{c.claim_id}: unknown decision {c.decision!r}")
    return cases


def expected_document(cases: Sequence[Case]) -> dict[str, Any]:
    return {c.claim_id: c.expected_entry() for c in cases}


def build(out: Path) -> list[Case]:
    """Write every held-out bundle and ``expected.json`` into ``out`` (created; must be empty or absent)."""
    out.mkdir(parents=True, exist_ok=True)
    if any(out.iterdir()):
        raise SystemExit(f"{out} is not empty; the held-out set is written into an empty directory")
    cases = build_cases()
    for case in cases:
        write_case(out, case)
    text = json.dumps(expected_document(cases), indent=2, ensure_ascii=False) + "\n"
    (out / EXPECTED_FILE).write_text(text, encoding="utf-8")
    return cases


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path, help="output directory (created; must be empty)")
    parser.add_argument("--force", action="store_true", help="empty OUT first if it holds a previous held-out set")
    args = parser.parse_args(argv)
    out: Path = args.out
    if args.force and (out / EXPECTED_FILE).is_file():
        shutil.rmtree(out)
    cases = build(out)
    counts = {d: sum(1 for c in cases if c.decision == d) for d in DECISIONS}
    for c in cases:
        print(f"{c.decision:16} {c.entry_name}")
    print(f"{len(cases)} bundles in {out}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
