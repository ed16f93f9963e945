"""Write held-out test set S for POE Reviewer: MCI claim bundles plus ``expected.json``.

Every expectation here was written from the MCI claiming guide (June 2025, shared/seed) and the bundle format
(shared/spec/claims-interchange.md) alone: what a careful human reviewer would decide from those rules, never
what the tool does. Claims 5071001-5071066, all submitted in 2026, with partners, customers, people and domains
of their own.

The document machinery (PDF, Word, e-mail, scans, photos, ink, e-signatures, digital signatures, bundles) is set
G's, imported from ``tools/make_holdout_g.py``, with a few of set H's helpers (findings reports, the Partner
Activities kit, public-sector disclosures, typed form fields, cropping from scans). This module adds e-mail
transport headers (Received chains, Authentication-Results, DKIM, Outlook transport properties in .msg; drafts
without any), the partners' own templates and the scenarios: engagement handover reports, service acceptance
notes with workshop logs, bilingual acceptance records (German, French, Spanish, Finnish with full English text),
go-live and completion certificates with seals, SOC service-review decks, Word status and delivery reports,
pilot recap decks, an ECIF project summary, Microsoft's optional Security template, CSP order forms, quotes,
purchase orders, a licence agreement and an MSA; e-mail threads (.msg / .eml) with forwarded and quoted history,
thank-you and receipt-only replies, automatic replies in German, English, French and Finnish; scans rotated
90/180/270, a 100 dpi scan, a phone photo at an angle, hand-written dates (day-first, month-first and one that
cannot be read either way); DocuSign and Adobe Sign envelopes (one never completed) and PAdES signatures whose
certificate names the customer, the partner or the customer's managed-service provider.

Queue effects:
- boilerplate, not reuse: Harborlight's Engagement Handover Report template on six customers (5071001-5071005,
  5071055), Thistledown's Service Acceptance Note on five (5071006-5071008, 5071056, 5071066), Elbwerk's
  bilingual acceptance record on four (5071009-5071012), Basalt Watch's SOC service-review deck on two (5071026,
  5071027), the standard public-sector disclosure wording (5071003, 5071017, 5071020), the AMMP programme's
  activity list on every AMMP claim (5071039-5071041, 5071043, 5071064), and the partners' e-mail footers;
- reuse of claim-specific evidence: the environment-figures table of 5071001 (with Chesapeake Tile's own site
  names) copied into 5071005; the acceptance e-mail of 5071050 uploaded again for the sister company on 5071051;
  the managing director's signature cut from 5071046's scan pasted into 5071047; the invoice of 5071022 uploaded
  again on 5071023;
- conflicting claims (two partners, same customer and workload): 5071054 v 5071055 (Defender for Endpoint at
  Hillsborough Bay Logistics) and 5071056 v 5071057 (Intune at Clyde Valley Orchards); two partners on one
  customer for different workloads, which is no conflict: 5071048 / 5071049 (Pohjola Kuljetus);
- returning claims: CPOR resubmitted after action required in time (5071032) and after the 14 days (5071038);
  disputes in time and resolved (5071059), after the 30 days (5071062), and in time but unresolved (5071031,
  5071066); Partner Activities resubmitted after action required before expiry (5071040) and after it (5071041).

Usage: ``python tools/make_holdout_s.py OUTDIR [--force]``. The output is byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import base64
import dataclasses
import datetime as dt
import hashlib
import json
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from email.utils import format_datetime
from html import escape
from pathlib import Path
from typing import Any

import pymupdf
from aspose.email_foss.msg import MapiMessage
from aspose.email_foss.msg.property_types import PropertyTypeCode

try:
    from tools import make_holdout_g as g
    from tools import make_holdout_h as h
except ImportError:  # run as a script: python tools/make_holdout_s.py
    import make_holdout_g as g  # type: ignore[no-redef]
    import make_holdout_h as h  # type: ignore[no-redef]

Org, Person, Mail, Party, Ink, Bundle, Meta = g.Org, g.Person, g.Mail, g.Party, g.Ink, g.Bundle, g.Meta
T, D, person, meta, css, kv, grid, ul, fields = g.T, g.D, g.person, g.meta, g.css, g.kv, g.grid, g.ul, g.fields
NA, PASS_NA = g.NA, g.PASS_NA
FIRST_ID, LAST_ID = 5071001, 5071066
FAIL_WARN = ["fail", "warn"]


def days(a: dt.date | dt.datetime, b: dt.date | dt.datetime) -> int:
    return h.days(a, b)


def esc(text: str) -> str:
    return escape(text)


# --------------------------------------------------------------------------------------------------------------
# e-mail as it leaves a mail server: transport headers, .eml and .msg with them, drafts without them
# --------------------------------------------------------------------------------------------------------------

EXO_REGIONS = {
    "US": ("namprd", "NAM", "40.107.220"),
    "CA": ("canprd", "CAN", "40.107.192"),
    "PR": ("namprd", "NAM", "40.107.236"),
    "GB": ("gbrprd", "GBR", "40.107.20"),
    "DE": ("deuprd", "DEU", "40.107.28"),
    "NL": ("eurprd", "EUR", "40.107.6"),
    "FR": ("frap", "FRA", "40.107.162"),
    "FI": ("eurprd", "EUR", "40.107.14"),
    "ES": ("eurprd", "EUR", "40.107.8"),
    "IN": ("indprd", "IND", "40.107.239"),
    "AU": ("ausprd", "AUS", "40.107.108"),
    "AR": ("namprd", "NAM", "40.107.244"),
    "QA": ("eurprd", "EUR", "40.107.2"),
}


def _exo_host(org: Org, tag: str) -> str:
    prefix, _, _ = EXO_REGIONS.get(org.country, ("namprd", "NAM", "40.107.220"))
    code = g.hexid("exo", org.domain, tag, n=6)
    n = int(code[:2], 16) % 9 + 1
    box = int(code[2:6], 16) % 9000 + 1000
    pod = prefix[:3].upper()
    return f"{pod}PR0{n}MB{box}.{prefix}0{n}.prod.outlook.com"


def _ipv6(tag: str) -> str:
    hx = g.hexid("v6", tag, n=12).lower()
    return f"2603:10b6:{hx[:3]}:{hx[3:6]}::{hx[6:8]}"


def _smtp_id(tag: str) -> str:
    return f"15.20.{8700 + int(g.hexid('smtp', tag, n=3), 16) % 300}.{int(g.hexid('smtp2', tag, n=2), 16) % 40}"


def transport_block(m: Mail, recipient: Org, *, via: str = "exo") -> list[tuple[str, str]]:
    """The headers servers put on a message on its way into the recipient's mailbox, newest first."""
    sender = m.frm.org
    sdom = m.frm.email.split("@", 1)[1]
    tag = m.msgid
    t0 = m.when
    _, _, sbase = EXO_REGIONS.get(sender.country, ("namprd", "NAM", "40.107.220"))
    rprefix, rregion, _ = EXO_REGIONS.get(recipient.country, ("namprd", "NAM", "40.107.220"))
    out_ip = f"{sbase}.{int(g.hexid('ip', tag, n=2), 16) % 200 + 20}"
    r_mbx = _exo_host(recipient, "mbx")
    r_mbx2 = _exo_host(recipient, "mbx2")
    r_eop = f"{rregion[:2]}1PEPF0000{int(g.hexid('eop', tag, n=4), 16) % 9000 + 1000}.{rprefix}05.prod.outlook.com"
    cipher = "version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384"
    sid = _smtp_id(tag)

    def at(sec: int) -> str:
        return format_datetime((t0 + dt.timedelta(seconds=sec)).astimezone(dt.UTC))

    if via == "gmail":
        helo = f"mail-{'yw' if len(sdom) % 2 else 'ed'}1-f{int(g.hexid('gm', tag, n=2), 16) % 180 + 20}.google.com"
        out_ip = f"209.85.{int(g.hexid('gip', tag, n=2), 16) % 200 + 20}.{int(g.hexid('gip2', tag, n=2), 16) % 250}"
        hx = g.hexid("g6", tag, n=12).lower()
        first = (
            "Received",
            f"by 2002:a05:{hx[:4]}:{hx[4:8]}:b0:{hx[8:11]}:{hx[11:]}e with SMTP id "
            f"{g.hexid('gsid', tag, n=16).lower()}; {at(0)}",
        )
    else:
        helo = f"{_exo_host(sender, 'out').split('.')[0]}.outbound.protection.outlook.com"
        first = (
            "Received",
            f"from {_exo_host(sender, 'mbx')} ([{_ipv6(tag + 's')}]) by {_exo_host(sender, 'mbx')} "
            f"([{_ipv6(tag + 's')}]) with mapi id {sid}; {at(0)}",
        )
    dkim_b = base64.b64encode(hashlib.sha512(("b|" + tag).encode()).digest() * 2 + b"\x00\x01").decode()
    dkim_bh = base64.b64encode(hashlib.sha256(("bh|" + tag).encode()).digest()).decode()
    if via == "gmail":
        selector, signed = "20230601", "h=to:subject:message-id:date:from:in-reply-to:references:mime-version"
    else:
        selector, signed = (
            "selector1",
            "h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
        )
    return [
        ("Received", f"from {r_mbx} ({_ipv6(tag + 'r1')}) by {r_mbx2} with HTTPS; {at(7)}"),
        (
            "Received",
            f"from {r_eop} ({_ipv6(tag + 'r2')}) by {r_mbx} ({_ipv6(tag + 'r1')}) with Microsoft SMTP Server "
            f"({cipher}) id {sid}; {at(6)}",
        ),
        (
            "Authentication-Results",
            f"spf=pass (sender IP is {out_ip}) smtp.mailfrom={sdom}; dkim=pass (signature was verified) "
            f"header.d={sdom};dmarc=pass action=none header.from={sdom};compauth=pass reason=100",
        ),
        (
            "Received-SPF",
            f"Pass (protection.outlook.com: domain of {sdom} designates {out_ip} as permitted sender) "
            f"receiver=protection.outlook.com; client-ip={out_ip}; helo={helo}; pr=C",
        ),
        (
            "Received",
            f"from {helo} ({out_ip}) by {r_eop} (10.167.{int(g.hexid('i1', tag, n=2), 16)}."
            f"{int(g.hexid('i2', tag, n=2), 16)}) with Microsoft SMTP Server ({cipher}) id {sid} via Frontend "
            f"Transport; {at(5)}",
        ),
        first,
        (
            "DKIM-Signature",
            f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={sdom}; s={selector}; {signed}; bh={dkim_bh}; b={dkim_b}",
        ),
        ("Return-Path", m.frm.email),
        ("X-MS-Exchange-Organization-SCL", "1"),
        ("X-MS-Exchange-Organization-AuthSource", r_eop),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Has-Attach", "yes" if m.attachments else ""),
    ]


def _fold(name: str, value: str) -> str:
    line = f"{name}: {value}"
    if len(line) <= 200:
        return line + "\r\n"
    words, out, cur = line.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 76:
            out.append(cur)
            cur = "\t" + w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return "\r\n".join(out) + "\r\n"


def header_text(headers: Sequence[tuple[str, str]]) -> str:
    return "".join(_fold(k, v) for k, v in headers)


def eml_t(m: Mail, recipient: Org | None = None, *, via: str = "exo", draft: bool = False) -> bytes:
    """An .eml as saved from the recipient's mailbox (with the transport headers), or a draft (with none)."""
    body = g.eml(m)
    if draft:
        return body.replace(b"\r\nMessage-ID:", b"\r\nX-Unsent: 1\r\nMessage-ID:", 1)
    assert recipient is not None
    return header_text(transport_block(m, recipient, via=via)).encode() + body


def msg_t(m: Mail, recipient: Org | None = None, *, via: str = "exo", draft: bool = False, oof: bool = False) -> bytes:
    """An Outlook .msg with PR_TRANSPORT_MESSAGE_HEADERS as Exchange stores them; a sent item (no recipient
    organisation) has none, and a draft has none and is flagged unsent."""
    em = g.email_message(m)
    mapi = MapiMessage.from_email_message(em)
    mapi.set_property(0x5D01, PropertyTypeCode.PTYP_STRING, m.frm.email)
    mapi.set_property(0x5D02, PropertyTypeCode.PTYP_STRING, m.frm.email)
    mapi.set_property(0x0C1E, PropertyTypeCode.PTYP_STRING, "SMTP")
    mapi.set_property(0x0039, PropertyTypeCode.PTYP_TIME, m.when.astimezone(dt.UTC))
    if draft or recipient is None:
        # a draft (unsent) or a message from the partner's own Sent Items: no transport headers
        mapi.set_property(0x007D, PropertyTypeCode.PTYP_STRING, "")
        mapi.set_property(0x0E07, PropertyTypeCode.PTYP_INTEGER32, 8 if draft else 1)
        return mapi.to_bytes()
    own = [(k, str(v)) for k, v in em.items() if k.lower() not in ("content-type", "content-transfer-encoding")]
    own.append(("Content-Type", em.get("Content-Type", "multipart/alternative")))
    text = header_text([*transport_block(m, recipient, via=via), *own])
    mapi.set_property(0x007D, PropertyTypeCode.PTYP_STRING, text)
    mapi.set_property(0x0E06, PropertyTypeCode.PTYP_TIME, (m.when + dt.timedelta(seconds=7)).astimezone(dt.UTC))
    if oof:
        mapi.set_property(0x001A, PropertyTypeCode.PTYP_STRING, "IPM.Note.Rules.OofTemplate.Microsoft")
    return mapi.to_bytes()


@dataclasses.dataclass
class WebMail(Mail):
    """A message sent from a web-mail account (its Message-ID is the provider's, not the organisation's)."""

    mid_domain: str = "mail.gmail.com"

    @property
    def msgid(self) -> str:
        return f"<CA{g.hexid('gmid', self.frm.email, self.subject, g.iso(self.when), n=40)}@{self.mid_domain}>"


def thread(*mails: Mail) -> Mail:
    return g.closure_email_thread(*mails)


def sig(p: Person, extra: str = "") -> str:
    """A person's e-mail signature."""
    lines = [p.name, p.title, p.org.name]
    if p.phone:
        lines.append(p.phone)
    if extra:
        lines.append(extra)
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------------------------
# small document helpers
# --------------------------------------------------------------------------------------------------------------


def count_hits(pdf: bytes, text: str) -> int:
    with pymupdf.open("pdf", pdf) as doc:
        return sum(len(page.search_for(text)) for page in doc)


def value_inks(
    entries: Sequence[tuple[str, str, str]],
    *,
    dx: float = 150,
    color: tuple[int, int, int] = g.INK_BLUE,
    pdf: bytes | None = None,
) -> list[Ink]:
    """Ink written into the value cell of a label/value form: (label, kind, text). The ink goes to the label's first
    printing, or its last when the form's ``pdf`` is given (a sign-off block comes after any table using the word)."""
    out = []
    for label, kind, text in entries:
        occ = count_hits(pdf, label) - 1 if pdf is not None else 0
        if kind == "sig":
            out.append(Ink(label, "sig", text, dx=dx, dy=2, h=30, color=color, occurrence=occ))
        elif kind == "seal":
            lines = tuple(text.split("|"))
            out.append(Ink(label, "seal", dx=dx + 150, dy=-12, h=60, lines=lines, color=color, occurrence=occ))
        elif kind == "stamp":
            lines = tuple(text.split("|"))
            out.append(Ink(label, "stamp", dx=dx + 140, dy=-18, h=40, lines=lines, color=color, occurrence=occ))
        else:
            out.append(Ink(label, "hand", text, dx=dx, dy=0, h=12, color=color, occurrence=occ))
    return out


def sign_rows(rows: Sequence[tuple[str, str]], key_w: int = 140) -> str:
    """A signature form: label cells with empty (or pre-printed) value cells, tall enough for ink."""
    out = []
    for label, value in rows:
        tall = 40 if any(w in label.lower() for w in ("signature", "unterschrift", "firma", "allekirjoitus")) else 20
        out.append((label, value, tall))
    return fields(out, key_w=key_w)


def sig_box(pdf: bytes, label: str, dpi: int, *, dx: float = 150, w: float = 150, hgt: float = 44) -> tuple:
    """Page number and the box (PDF points) of a signature written at a label by value_inks."""
    with pymupdf.open("pdf", pdf) as doc:
        no, rect = g._locate(doc, Ink(label, "sig"))
    return no, (rect.x0 + dx - 4, rect.y0 - 10, rect.x0 + dx + w, rect.y0 - 10 + hgt)


def pending_envelope(pdf: bytes, signer: Person, sender: Person, sent: dt.datetime, seed: str) -> bytes:
    """A document downloaded from a DocuSign envelope that was sent but never signed: the envelope id on every
    page, the signature field still empty, and the envelope's history page."""
    envelope = g.guid("envelope", seed, upper=True)
    doc = pymupdf.open("pdf", pdf)
    small = g.FONT_CSS + "body {font-family: sans; font-size: 7pt; color: #444444;}"
    arch = g._archive()
    for page in doc:
        page.insert_htmlbox(
            pymupdf.Rect(24, 6, page.rect.width - 24, 18),
            f"<p>Docusign Envelope ID: {envelope}</p>",
            css=small,
            archive=arch,
        )
    viewed = sent + dt.timedelta(days=1, hours=3, minutes=12)
    history = f"""
<h1 style="color:#222222">Envelope History</h1>
{
        kv(
            [
                ("Envelope Id", envelope),
                ("Subject", "Please DocuSign: " + esc(doc.metadata.get("title") or "Document")),
                ("Status", "Sent"),
                ("Envelope Originator", f"{esc(sender.name)}<br/>{esc(sender.email)}"),
                ("Time Zone", "(UTC-05:00) Eastern Time (US &amp; Canada)"),
            ]
        )
    }
<h2 style="color:#222222">Recipients</h2>
{
        grid(
            ["Recipient", "Status", "Timestamps"],
            [
                (
                    f"{esc(signer.name)}<br/>{esc(signer.email)}<br/>Needs to Sign",
                    "Delivered",
                    f"Sent: {sent:%m/%d/%Y | %I:%M:%S %p}<br/>Viewed: {viewed:%m/%d/%Y | %I:%M:%S %p}<br/>Signed: —",
                )
            ],
            [40, 18, 42],
        )
    }
<h2 style="color:#222222">Envelope Events</h2>
{
        grid(
            ["Event", "Status", "Timestamp"],
            [
                ("Envelope Sent", "Hashed/Encrypted", f"{sent:%m/%d/%Y | %I:%M:%S %p}"),
                ("Certified Delivered", "Security Checked", f"{viewed:%m/%d/%Y | %I:%M:%S %p}"),
                ("Signing Complete", "—", "—"),
                ("Completed", "—", "—"),
            ],
            [40, 25, 35],
        )
    }
<p class="small">Envelope history printed {(viewed + dt.timedelta(days=6)):%m/%d/%Y}. This envelope is in progress
and has not been completed by all recipients.</p>
"""
    hist = g.html_pdf(history, meta("Envelope History", "", viewed, g.CHROME), seed + "|hist", style=css(size=8.5))
    with pymupdf.open("pdf", hist) as hd:
        doc.insert_pdf(hd)
    return g.finish(doc, meta(doc.metadata.get("title") or "", "", sent, g.CHROME), seed, subset=True)


def photo_of(pdf: bytes, inks: Sequence[Ink], seed: str, when: dt.datetime, page: int = 0, **kw: Any) -> bytes:
    imgs = g.render(pdf, 110, inks, seed)
    return g.phone_photo(imgs[page], seed, when, **kw)


def pasted_pdf(
    pdf: bytes, anchor: str, picture: bytes, seed: str, m: Meta, *, dx: float = 150, dy: float = -8
) -> bytes:
    return g.stamp_pdf(pdf, [Ink(anchor, "image", dx=dx, dy=dy, h=34, picture=picture)], seed, m)


# --------------------------------------------------------------------------------------------------------------
# the partners of this set
# --------------------------------------------------------------------------------------------------------------

HARBORLIGHT = Org(
    "Harborlight Technology Partners LLC",
    "Harborlight",
    "harborlighttp.com",
    "US",
    "Baltimore, MD 21202",
    "250 W Pratt St, Suite 1100",
    "#0b5394",
    "EIN 52-3391847",
    "+1 410 555 0163",
)
THISTLEDOWN = Org(
    "Thistledown Digital Ltd",
    "Thistledown",
    "thistledowndigital.co.uk",
    "GB",
    "Edinburgh EH2 4AD",
    "37 George Street",
    "#6a3d9a",
    "Registered in Scotland No. SC612447 · VAT GB 318 2290 41",
    "+44 131 496 0274",
)
ELBWERK = Org(
    "Elbwerk Cloud GmbH",
    "Elbwerk Cloud",
    "elbwerk-cloud.de",
    "DE",
    "20457 Hamburg",
    "Am Sandtorkai 48",
    "#005f73",
    "Amtsgericht Hamburg HRB 164211 · USt-IdNr. DE329874412",
    "+49 40 555 82 10",
)
MAPLECROWN = Org(
    "Maple Crown Technologies Inc.",
    "Maple Crown",
    "maplecrown.ca",
    "CA",
    "Ottawa ON K1P 5G4",
    "155 Queen Street, Suite 900",
    "#b22222",
    "BN 78412 5530 RT0001",
    "+1 613 555 0148",
)
YUNQUE = Org(
    "Yunque Cloud Works LLC",
    "Yunque Cloud Works",
    "yunquecloudworks.com",
    "PR",
    "Caguas, PR 00725",
    "Calle Betances 41, Suite 300",
    "#2e7d32",
    "",
    "+1 787 555 0191",
)
MONSOON = Org(
    "Monsoon Systems Pvt. Ltd.",
    "Monsoon Systems",
    "monsoonsystems.in",
    "IN",
    "Pune 411014",
    "Panchshil Tech Park, Viman Nagar",
    "#e07b00",
    "CIN U72200PN2015PTC154412 · GSTIN 27AAJCM4412N1Z8",
    "+91 20 4555 0163",
)
BASALT = Org(
    "Basalt Watch Security B.V.",
    "Basalt Watch",
    "basaltwatch.nl",
    "NL",
    "3011 AD Rotterdam",
    "Blaak 16",
    "#263238",
    "KvK 74418230 · BTW NL859920417B01",
    "+31 10 555 0184",
)
PRAIRIE = Org(
    "Prairie Ledger Solutions Inc.",
    "Prairie Ledger",
    "prairieledger.com",
    "US",
    "Omaha, NE 68102",
    "1299 Farnam St, Suite 1200",
    "#8d6e00",
    "EIN 47-2290136",
    "+1 402 555 0117",
)
TASMAN = Org(
    "Tasman Shore Cloud Pty Ltd",
    "Tasman Shore",
    "tasmanshore.com.au",
    "AU",
    "Hobart TAS 7000",
    "Level 3, 85 Macquarie Street",
    "#00695c",
    "ABN 48 611 902 337",
    "+61 3 5555 0172",
)
GUADALQUIVIR = Org(
    "Guadalquivir Sistemas S.L.",
    "Guadalquivir Sistemas",
    "guadalquivirsistemas.es",
    "ES",
    "41001 Sevilla",
    "Avenida de la Constitución 24, 2ª planta",
    "#c0392b",
    "CIF B90412238",
    "+34 954 55 01 62",
)
PAMPAS = Org(
    "Pampas Data S.A.",
    "Pampas Data",
    "pampasdata.com.ar",
    "AR",
    "C1054 Buenos Aires",
    "Av. Leandro N. Alem 855, Piso 11",
    "#1565c0",
    "CUIT 30-71588214-6",
    "+54 11 5555 0139",
)
LOIRE = Org(
    "Estuaire Numérique SAS",
    "Estuaire Numérique",
    "estuairenumerique.fr",
    "FR",
    "44000 Nantes",
    "12 quai de la Fosse",
    "#1a5276",
    "SIREN 882 114 507 · TVA FR41882114507",
    "+33 2 55 55 01 48",
)
KUUSI = Org(
    "Kuusi Cloud Oy",
    "Kuusi Cloud",
    "kuusicloud.fi",
    "FI",
    "33100 Tampere",
    "Hämeenkatu 20",
    "#33691e",
    "Y-tunnus 3124470-8",
    "+358 3 555 0142",
)
SALTMARSH = Org(
    "Saltmarsh Networks Ltd",
    "Saltmarsh",
    "saltmarshnetworks.co.uk",
    "GB",
    "Norwich NR1 3JU",
    "8 Prince of Wales Road",
    "#4a148c",
    "Registered in England & Wales No. 12094418",
    "+44 1603 496 021",
)
COBALT = Org(
    "Cobalt Harbor Security LLC",
    "Cobalt Harbor",
    "cobaltharborsec.com",
    "US",
    "Tampa, FL 33602",
    "401 E Jackson St, Suite 2300",
    "#0d47a1",
    "EIN 83-1904472",
    "+1 813 555 0129",
)
DHOW = Org(
    "Dhow Digital W.L.L.",
    "Dhow Digital",
    "dhowdigital.qa",
    "QA",
    "Doha, Qatar",
    "West Bay, Al Funduq Street, Tower 2, Floor 17",
    "#6d4c41",
    "CR No. 148822",
    "+974 4455 0167",
)

HL_PM = person(HARBORLIGHT, "Jordan Pruett", "Engagement Manager", "jpruett", "+1 410 555 0171")
HL_SEC = person(HARBORLIGHT, "Nadia Castellanos", "Security Practice Lead", "ncastellanos", "+1 410 555 0188")
TD_PM = person(THISTLEDOWN, "Callum Baird", "Delivery Lead", "callum.baird", "+44 131 496 0281")
TD_CON = person(THISTLEDOWN, "Isla Fraser", "Modern Work Consultant", "isla.fraser", "+44 131 496 0290")
EW_PM = person(ELBWERK, "Jannik Ohlsen", "Projektleiter / Project Manager", "j.ohlsen", "+49 40 555 82 14")
EW_SEC = person(ELBWERK, "Svenja Thode", "Security Consultant", "s.thode", "+49 40 555 82 19")
MC_PM = person(MAPLECROWN, "Geneviève Ouellet", "Chargée de projet / Project Manager", "gouellet", "+1 613 555 0152")
MC_AM = person(MAPLECROWN, "Trevor Haines", "Account Executive", "thaines", "+1 613 555 0159")
YQ_PM = person(YUNQUE, "Marisol Vázquez Ortiz", "Gerente de Proyectos / Project Manager", "mvazquez", "+1 787 555 0193")
MS_PM = person(MONSOON, "Rohan Joshi", "Delivery Manager", "rohan.joshi", "+91 20 4555 0170")
MS_WS = person(MONSOON, "Shruti Karandikar", "Workshop Lead", "shruti.karandikar", "+91 20 4555 0174")
BW_SDM = person(BASALT, "Maarten Vos", "SOC Service Delivery Manager", "m.vos", "+31 10 555 0186")
PL_PM = person(PRAIRIE, "Whitney Carlson", "Dynamics 365 Practice Manager", "wcarlson", "+1 402 555 0121")
PL_SA = person(PRAIRIE, "Marcus Feld", "Solution Architect", "mfeld", "+1 402 555 0126")
TS_PM = person(TASMAN, "Bridget Llewellyn", "Delivery Manager", "bridget.llewellyn", "+61 3 5555 0177")
TS_SEC = person(TASMAN, "Harrison Tran", "Security Consultant", "harrison.tran", "+61 3 5555 0179")
GS_PM = person(GUADALQUIVIR, "Rocío Benjumea", "Jefa de Proyecto / Project Lead", "rocio.benjumea", "+34 954 55 01 66")
PD_PM = person(PAMPAS, "Federico Lanús", "Gerente de Preventa / Presales Manager", "flanus", "+54 11 5555 0144")
LN_PM = person(LOIRE, "Maëlle Guérin", "Cheffe de projet", "maelle.guerin", "+33 2 55 55 01 52")
KC_PM = person(KUUSI, "Antti Lehtonen", "Projektipäällikkö / Project Manager", "antti.lehtonen", "+358 3 555 0147")
KC_SEC = person(KUUSI, "Riikka Salonen", "Tietoturva-asiantuntija / Security Specialist", "riikka.salonen")
SM_PM = person(SALTMARSH, "Oliver Pennington", "Project Manager", "oliver.pennington", "+44 1603 496 028")
SM_SEC = person(SALTMARSH, "Imogen Pryce", "Security Engineer", "imogen.pryce", "+44 1603 496 033")
CH_SEC = person(COBALT, "Tomás Alvarado", "Director, Endpoint Security Services", "talvarado", "+1 813 555 0133")
CH_AM = person(COBALT, "Kendra Boyle", "Client Partner", "kboyle", "+1 813 555 0138")
DD_PM = person(DHOW, "Ahmed Al-Kuwari", "Delivery Manager", "ahmed.alkuwari", "+974 4455 0171")


# --------------------------------------------------------------------------------------------------------------
# the partners' own document templates (each used for several customers: boilerplate, not evidence)
# --------------------------------------------------------------------------------------------------------------

HARBORLIGHT_INTRO = (
    "Harborlight closes every engagement with this handover report: the starting point, what we built and "
    "configured, the figures of the environment as handed over, the dated workstreams, and what the customer's own "
    "team operates from now on. The last page records the customer's acceptance of the handover."
)
HARBORLIGHT_FOOTER = "Harborlight Technology Partners LLC · 250 W Pratt St, Baltimore MD 21202 · Confidential"


def harborlight_report(
    cust: Org,
    ref: str,
    day: dt.date,
    title: str,
    summary: str,
    figures: Sequence[tuple[str, str, str]],
    workstreams: Sequence[tuple[str, str, str]],
    handover: Sequence[str],
    seed: str,
    *,
    parties: Sequence[Party] = (),
    accepted_by_mail: str = "",
    customer_label: str | None = None,
) -> bytes:
    """Harborlight's Engagement Handover Report (US Letter, month-first dates)."""
    label = customer_label or cust.name
    cover = f"""
<p class="muted" style="margin-top:34pt">ENGAGEMENT HANDOVER REPORT</p>
<h1 style="font-size:22pt">{esc(label)}</h1>
<p style="font-size:12pt">{esc(title)}</p>
{
        kv(
            [
                ("Reference", ref),
                ("Status", "Final"),
                ("Issued", g.fdate(day, "us_long")),
                ("Prepared by", esc(HARBORLIGHT.name)),
                ("Customer", esc(label)),
            ]
        )
    }
<h2>How to read this report</h2><p>{HARBORLIGHT_INTRO}</p>
"""
    body = f"""
<h2>1. Summary</h2><p>{summary}</p>
<h2>2. Environment as handed over</h2>
{grid(["Item", "Figure", "Notes"], figures, [36, 18, 46])}
<h2>3. Workstreams</h2>
{grid(["Workstream", "Dates", "What we did"], workstreams, [20, 22, 58])}
<h2>4. What your team owns from here</h2>{ul(handover)}
"""
    accept = "<h2>5. Customer acceptance</h2>"
    if accepted_by_mail:
        accept += f"<p>{accepted_by_mail}</p>"
    else:
        accept += g.signoff(
            "columns",
            parties,
            heading="",
            statement=f"{esc(label)} accepts the handover described in this report as delivered by "
            f"{esc(HARBORLIGHT.name)}.",
        )
    return g.report_pdf(
        HARBORLIGHT,
        [cover, body, accept],
        meta(f"{cust.short} – Engagement Handover Report", HL_PM.name, T(day.year, day.month, day.day, 16, 10, -4)),
        seed,
        right=f"Engagement Handover Report · {ref}",
        footer=HARBORLIGHT_FOOTER,
        size=g.LETTER,
    )


def harborlight_inks(parties: Sequence[Party], dates: Sequence[str]) -> list[Ink]:
    out: list[Ink] = []
    for k, (party, day) in enumerate(zip(parties, dates, strict=True)):
        if day:
            out += g.sign_inks("columns", party, k, day, color=g.INK_BLUE if k == 0 else g.INK_BLACK)
    return out


THISTLEDOWN_INTRO = (
    "This note closes a Thistledown service. It lists what was delivered, the workshops held with your team and "
    "the status of each item at closure. Items marked <i>Out of scope</i> or <i>Deferred</i> were not delivered "
    "under this service. Dates are written day/month/year."
)


def thistledown_note(
    cust: Org,
    ref: str,
    day: dt.date,
    service: str,
    period: str,
    delivered: Sequence[tuple[str, str, str]],
    workshops: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
    *,
    numbers: Sequence[tuple[str, str]] = (),
) -> bytes:
    """Thistledown Digital's Service Acceptance Note with its workshop log (A4, day-first dates)."""
    page1 = f"""
<h1>Service Acceptance Note</h1>
{
        kv(
            [
                ("Customer", esc(cust.name)),
                ("Service", esc(service)),
                ("Reference", ref),
                ("Period", period),
                ("Issued", g.fdate(day, "gb")),
            ]
        )
    }
<p>{THISTLEDOWN_INTRO}</p>
<h2>1. What was delivered</h2>
{grid(["Item", "Delivered", "Status at closure"], delivered, [24, 56, 20])}
"""
    if numbers:
        page1 += f"<h2>2. Key figures</h2>{grid(['Measure', 'Value'], numbers, [62, 38])}"
    page2 = f"""
<h2>3. Workshop log</h2>
{grid(["Date", "Session", "Attendees and outcome"], workshops, [14, 30, 56])}
""" + g.signoff(
        "lines",
        parties,
        heading="4. Acceptance",
        statement=f"Signed for the parties to confirm that the service described in this note (ref. {esc(ref)}) "
        f"has been delivered and is accepted.",
    )
    return g.report_pdf(
        THISTLEDOWN,
        [page1, page2],
        meta(f"Service Acceptance Note {ref}", TD_PM.name, T(day.year, day.month, day.day, 14, 20, 0)),
        seed,
        right=f"Service Acceptance Note · {ref}",
        footer="Thistledown Digital Ltd · 37 George Street, Edinburgh EH2 4AD · " + esc(THISTLEDOWN.reg),
    )


EW_LABELS = ("Name", "Funktion / Title", "Unterschrift / Signature", "Datum / Date")


def elbwerk_record(
    cust: Org,
    ref: str,
    day: dt.date,
    period: str,
    rows: Sequence[tuple[str, str]],
    appendix: Sequence[tuple[str, str, str]],
    seed: str,
    *,
    parties: Sequence[Party] = (),
    digital: bool = False,
) -> bytes:
    """Elbwerk Cloud's bilingual Abnahmeprotokoll / Acceptance Record: German left, the full English right."""
    page1 = f"""
<h1>Abnahmeprotokoll / Acceptance Record</h1>
{
        kv(
            [
                ("Auftraggeber / Customer", esc(cust.name) + ", " + esc(cust.address)),
                ("Auftragnehmer / Contractor", esc(ELBWERK.name) + ", " + esc(ELBWERK.address)),
                ("Referenz / Reference", ref),
                ("Zeitraum / Period", period),
                ("Datum / Date", g.fdate(day, "de")),
            ]
        )
    }
{grid(["Deutsch", "English"], rows, [50, 50])}
"""
    page2 = f"""
<h2>Technische Anlage / Technical annex</h2>
{grid(["Bereich / Area", "Umsetzung / Implementation", "Umfang / Volume"], appendix, [22, 56, 22])}
<p><b>Abnahme:</b> Der Auftraggeber bestätigt, dass die oben aufgeführten Leistungen von {esc(ELBWERK.name)}
erbracht wurden, und nimmt sie hiermit ab.<br/><b>Acceptance:</b> The customer confirms that the services listed
above were delivered by {esc(ELBWERK.name)} and hereby accepts them.</p>
"""
    if digital:
        page2 += (
            "<h2>Digitale Signatur / Digital signature</h2>"
            "<p>Für den Auftraggeber / For the customer:</p><p style='height:58pt'>&#160;</p>"
            "<p>Für den Auftragnehmer / For the contractor:</p><p style='height:58pt'>&#160;</p>"
        )
    else:
        page2 += g.signoff(
            "columns", parties, heading="Unterschriften / Signatures", labels=EW_LABELS, company_label="Firma / Company"
        )
    return g.html_pdf(
        [page1, page2],
        meta(f"Abnahmeprotokoll {cust.short}", EW_PM.name, T(day.year, day.month, day.day, 10, 15, 2)),
        seed,
        style=css(ELBWERK.color, size=9),
        decor=g.Decor(
            ELBWERK,
            right=f"Abnahmeprotokoll · {ref}",
            footer=esc(ELBWERK.name + " · " + ELBWERK.reg),
            accent=ELBWERK.color,
        ),
    )


def bilingual_report(
    org: Org,
    title: str,
    facts: Sequence[tuple[str, str]],
    sections: Sequence[tuple[str, Sequence[tuple[str, str]]]],
    langs: tuple[str, str],
    sign: Sequence[tuple[str, str]],
    when: dt.datetime,
    author: str,
    seed: str,
    *,
    right: str = "",
) -> bytes:
    """A partner's two-column report (local language | English) ending with a signature form."""
    body = f"<h1>{esc(title)}</h1>{kv([(k, esc(v)) for k, v in facts])}"
    for heading, rows in sections:
        body += f"<h2>{esc(heading)}</h2>{grid(list(langs), rows, [50, 50])}"
    signp = "<h2>" + esc(sign[0][0]) + "</h2>" + sign_rows(sign[1:])
    return g.report_pdf(
        org, [body, signp], meta(title, author, when), seed, right=right or esc(title), style=css(org.color, size=9)
    )


def cpor(
    cid: str,
    partner: Org,
    pc: Person,
    cust: Org,
    cc: Person,
    area: str,
    workloads: Sequence[str],
    submitted: dt.datetime,
    docs: Sequence[tuple[str, str]],
    **kw: Any,
) -> dict[str, Any]:
    kind = kw.pop("kind", "usage")
    return g.make_claim(
        cid,
        program="cpor",
        kind=kind,
        area=area,
        partner=partner,
        pc=pc,
        cust=cust,
        cc=cc,
        workloads=workloads,
        submitted=submitted,
        docs=docs,
        **kw,
    )


def ok(email: bool = False, ps: bool = False, **over: Any) -> dict[str, Any]:
    return {**g.cpor_ok(email_ack=email, ps=ps), **over}


def pa_ok(ps: bool = False, **over: Any) -> dict[str, Any]:
    return {**g.pa_ok(ps=ps), **over}


def only(**checks: Any) -> dict[str, Any]:
    return dict(checks)


EXTRA: dict[str, dict[str, Any]] = {}


def note(b: Bundle, **info: Any) -> Bundle:
    """Queue facts for expected.json (conflict groups, returning claims, reuse pairs): never in claim.json."""
    EXTRA.setdefault(b.claim_id, {}).update(info)
    return b


# --------------------------------------------------------------------------------------------------------------
# Harborlight Technology Partners: one Engagement Handover Report template, six customers
# --------------------------------------------------------------------------------------------------------------

CHESAPEAKE = Org(
    "Chesapeake Tile & Stone, Inc.",
    "Chesapeake Tile",
    "chesapeaketile.com",
    "US",
    "Elkridge, MD 21075",
    "6120 Race Road",
    "#8e5b2f",
)
CHESAPEAKE_IT = person(CHESAPEAKE, "Lauren Tilghman", "Director of IT", "ltilghman")
CHESAPEAKE_FIGURES = [
    (
        "Windows 11 laptops and desktops enrolled in Intune",
        "1,146",
        "Elkridge plant 412, Havre de Grace distribution center 388, nine showrooms 346",
    ),
    ("iPhones and iPads (Apple ADE, supervised)", "212", "Sales reps and showroom tablets; app protection for Outlook"),
    (
        "Compliance policies / configuration profiles",
        "6 / 23",
        "BitLocker, Windows Hello for Business, LAPS, AV baseline",
    ),
    ("Devices onboarded to Defender for Endpoint", "1,146 + 38 servers", "EDR in block mode; servers via Defender P1"),
    ("Attack surface reduction rules in block mode", "11 of 16", "5 in audit pending line-of-business app testing"),
    ("Windows Autopilot profiles", "3", "Office staff, plant-floor kiosks (shared device), showrooms"),
]


def s_001_chesapeake_handover_rotated() -> Bundle:
    cid = "5071001"
    cust, cc = CHESAPEAKE, CHESAPEAKE_IT
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Harborlight", HARBORLIGHT.name, HL_PM.name, HL_PM.title),
    ]
    report = harborlight_report(
        cust,
        "HTP-EHR-2026-007",
        D(2026, 2, 18),
        "Intune and Defender for Endpoint deployment",
        "Chesapeake Tile &amp; Stone replaced its on-premises device management and legacy antivirus with Microsoft "
        "Intune and Microsoft Defender for Endpoint across its Elkridge plant, the Havre de Grace distribution center "
        "and nine showrooms. All 1,146 Windows devices are enrolled and compliant at 97.8%, and every device and 38 "
        "servers report to Defender for Endpoint with EDR in block mode.",
        CHESAPEAKE_FIGURES,
        [
            (
                "Assess",
                "10/06/2025 – 10/24/2025",
                "Inventory of the ConfigMgr estate, co-management readiness, Defender pilot on 40 plant devices",
            ),
            (
                "Build",
                "10/27/2025 – 12/05/2025",
                "Intune compliance and configuration profiles, Autopilot, Defender onboarding package, ASR in audit",
            ),
            (
                "Roll-out",
                "12/08/2025 – 01/30/2026",
                "Waves by site (plant, distribution center, showrooms); iOS migration from the old MDM to Apple ADE",
            ),
            ("Stabilize", "02/02/2026 – 02/13/2026", "11 ASR rules to block, compliance tuning, runbook handover"),
        ],
        [
            "Service desk owns enrollment, Autopilot resets and iOS re-enrollment (runbook v1.3).",
            "The IT Director reviews the Defender exposure score and ASR audit events monthly.",
            "Harborlight stays on for the quarterly Intune and Defender health review (Q2 2026).",
        ],
        f"{cid}|report",
        parties=parties,
    )
    inks = harborlight_inks(parties, ["02/24/2026", "02/19/2026"])
    page = g.page_of(report, "5. Customer acceptance")
    final = g.with_scanned_pages(
        report,
        [page],
        inks,
        f"{cid}|scan",
        T(2026, 2, 24, 15, 40, -5),
        meta("Chesapeake Tile - Engagement Handover Report (signed)", HL_PM.name, T(2026, 2, 25, 9, 12, -5)),
        rotate=270,
        dpi=150,
    )
    shot = g.portal_screenshot(
        "Intune admin center | Devices | Overview",
        [("Enrolled devices", "1,358"), ("Compliant", "97.8%"), ("Windows", "1,146"), ("iOS/iPadOS", "212")],
        [
            ("CTS-ELK-WS0412", "Windows", "Compliant", "Elkridge plant"),
            ("CTS-HDG-LT0188", "Windows", "Compliant", "Havre de Grace DC"),
            ("CTS-SHR07-TAB02", "iPadOS", "Compliant", "Showroom 07"),
            ("CTS-ELK-KIOSK11", "Windows", "Compliant", "Plant kiosks"),
            ("CTS-ANN-LT0031", "Windows", "Compliant", "Showroom 03"),
        ],
        ["Device name", "OS", "Compliance", "Group"],
        f"{cid}|shot",
        tenant="chesapeaketile.com",
    )
    files = {
        "POE/Chesapeake Tile - Handover Report HTP-EHR-2026-007 (signed).pdf": final,
        "POE/Intune devices overview 2026-02-13.png": shot,
    }
    claim = cpor(
        cid,
        HARBORLIGHT,
        HL_PM,
        cust,
        cc,
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 3, 10, 14, 32, -5),
        [(p, "poe" if p.endswith(".pdf") else "supporting") for p in files],
    )
    b = Bundle(
        f"{cid}_chesapeake_handover_rotated_scan",
        claim,
        files,
        "approve",
        "Partner's own handover report with per-workload figures (1,146 Windows + 212 iOS devices in Intune, 1,146 "
        "devices + 38 servers in Defender for Endpoint), dated workstreams Oct 2025 – Feb 2026, and an acceptance page "
        "hand-signed by the customer's Director of IT on 02/24/2026 (two weeks before submission) and scanned sideways "
        "(270°): a physically signed document. Its figures table was later copied into 5071005; this claim is the "
        "original (its own site names, earlier, corroborated by the tenant screenshot).",
        "Scanned page 3: 'Lauren Tilghman, Director of IT' signature, date 02/24/2026.",
        ok(),
    )
    return note(b, reuse_pair=["5071001", "5071005"], original=True)


MONOCACY = Org(
    "Monocacy Mills Inc.",
    "Monocacy Mills",
    "monocacymills.com",
    "US",
    "Frederick, MD 21701",
    "400 E Church St",
    "#5d4037",
)
MONOCACY_IT = person(MONOCACY, "Gary Hostetler", "IT Manager", "ghostetler")


def s_005_monocacy_copied_figures() -> Bundle:
    cid = "5071005"
    cust, cc = MONOCACY, MONOCACY_IT
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Harborlight", HARBORLIGHT.name, HL_SEC.name, HL_SEC.title),
    ]
    report = harborlight_report(
        cust,
        "HTP-EHR-2026-022",
        D(2026, 4, 6),
        "Intune and Defender for Endpoint deployment",
        "Monocacy Mills moved the devices of its two Frederick flour mills and the Walkersville warehouse from "
        "workgroup management to Microsoft Intune and protected them with Microsoft Defender for Endpoint. The "
        "environment figures at handover are listed below.",
        CHESAPEAKE_FIGURES,
        [
            ("Assess", "01/12/2026 – 01/23/2026", "Device inventory at the mills and the warehouse, pilot group"),
            ("Build", "01/26/2026 – 02/20/2026", "Intune profiles, Autopilot, Defender onboarding, ASR in audit"),
            ("Roll-out", "02/23/2026 – 03/20/2026", "Mill A, Mill B, Walkersville warehouse"),
            ("Stabilize", "03/23/2026 – 04/03/2026", "ASR to block, compliance tuning, runbook handover"),
        ],
        [
            "Monocacy IT owns enrollment and Autopilot resets.",
            "The IT Manager reviews the Defender exposure score monthly.",
        ],
        f"{cid}|report",
        parties=parties,
    )
    inks = harborlight_inks(parties, ["04/09/2026", "04/07/2026"])
    page = g.page_of(report, "5. Customer acceptance")
    final = g.with_scanned_pages(
        report,
        [page],
        inks,
        f"{cid}|scan",
        T(2026, 4, 9, 11, 5, -4),
        meta("Monocacy Mills - Engagement Handover Report (signed)", HL_SEC.name, T(2026, 4, 10, 8, 30, -4)),
        dpi=150,
    )
    path = "POE/Monocacy Mills - Handover Report HTP-EHR-2026-022 (signed).pdf"
    claim = cpor(
        cid,
        HARBORLIGHT,
        HL_SEC,
        cust,
        cc,
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 4, 21, 10, 48, -4),
        [(path, "poe")],
    )
    b = Bundle(
        f"{cid}_monocacy_copied_figures_table",
        claim,
        {path: final},
        "action_required",
        "The report's 'Environment as handed over' table is word for word the table of claim 5071001 for Chesapeake "
        "Tile & Stone – the same counts (1,146 Windows, 212 iOS, 38 servers) and even Chesapeake's own sites (Elkridge "
        "plant, Havre de Grace distribution center, nine showrooms), while Monocacy has two mills and a warehouse in "
        "Frederick. Claim-specific evidence reused from another claim is not proof of this customer's work; the "
        "template wording itself is boilerplate. The partner must provide Monocacy's own figures.",
        "Section 2 table identical to 5071001's, naming 'Elkridge plant' and 'Havre de Grace distribution center'.",
        only(reused_evidence="fail", customer_acknowledgement="pass", ineligible_customer="pass"),
    )
    return note(b, reuse_pair=["5071001", "5071005"], original=False)


def _cell(doc: pymupdf.Document, col_anchor: str, row_label: str) -> tuple[int, float, float]:
    """Page, x and y of the cell at the column of ``col_anchor`` and the row of the last ``row_label`` on that page."""
    for no, page in enumerate(doc):
        cols = page.search_for(col_anchor)
        rows = page.search_for(row_label)
        if cols and rows:
            return no, cols[0].x0, rows[-1].y0
    raise RuntimeError(f"cell not found: {col_anchor!r} / {row_label!r}")


def typed_at(pdf: bytes, entries: Sequence[tuple[str, str, str]], seed: str, size: float = 9.5) -> bytes:
    """Type text into table cells: (column anchor, row label, text) – e-signature date and name fields."""
    doc = pymupdf.open("pdf", pdf)
    for col, row, text in entries:
        no, x, y = _cell(doc, col, row)
        doc[no].insert_text((x + 1, y + size), text, fontname="helv", fontsize=size)
    data = g._fix_id(doc.tobytes(garbage=3, deflate=True), seed)
    doc.close()
    return data


def esign_cell(
    pdf: bytes,
    signer: Person,
    when: dt.datetime,
    seed: str,
    *,
    col_anchor: str,
    row_label: str = "Signature",
    date_row: str | None = "Date",
    date_text: str = "",
    vendor: str = "docusign",
    **kw: Any,
) -> bytes:
    """E-sign a sign-off table in the cell (signer's column, signature row), with the signing date typed in."""
    if date_row:
        pdf = typed_at(pdf, [(col_anchor, date_row, date_text or when.strftime("%m/%d/%Y"))], seed + "|date")
    with pymupdf.open("pdf", pdf) as doc:
        no, _x, y = _cell(doc, col_anchor, row_label)
        name_y = doc[no].search_for(col_anchor)[0].y0
    return g.esign(pdf, signer, when, seed, sig_anchor=col_anchor, sig_dx=4, sig_dy=y - name_y + 8, vendor=vendor, **kw)


SEVERNA = Org(
    "Severna Marine Supply Company, Inc.",
    "Severna Marine",
    "severnamarine.com",
    "US",
    "Severna Park, MD 21146",
    "540 Ritchie Hwy",
    "#01579b",
)
SEVERNA_OPS = person(SEVERNA, "Dana Kessling", "Operations & IT Manager", "dkessling")


def s_002_severna_msg_acceptance() -> Bundle:
    cid = "5071002"
    cust, cc = SEVERNA, SEVERNA_OPS
    report = harborlight_report(
        cust,
        "HTP-EHR-2026-019",
        D(2026, 5, 8),
        "Teams Phone and Teams Rooms roll-out",
        "Severna Marine replaced its Mitel phone system with Teams Phone on Operator Connect for all 186 staff at the "
        "Annapolis head office, the Severna Park store and the Kent Island boat yard, and equipped nine meeting rooms "
        "with Teams Rooms. Numbers were ported in two batches; auto attendants and call queues replace the old "
        "hunt groups.",
        [
            (
                "Teams Phone users (Operator Connect)",
                "186",
                "Numbers ported 03/17 and 04/07/2026; 14 common-area phones",
            ),
            ("Auto attendants / call queues", "3 / 2", "Main line, after-hours, parts; queues Parts counter, Service"),
            ("Teams Rooms", "9", "4 Annapolis HQ, 3 Severna Park store, 2 Kent Island yard (Rally Bar)"),
            ("Emergency locations (E911)", "3 sites / 11 places", "Dynamic emergency calling by subnet"),
            ("Users trained", "171", "Six 45-minute sessions plus floor walking on go-live days"),
        ],
        [
            ("Design", "02/02/2026 – 02/20/2026", "Number plan, call flows with the department heads, room designs"),
            ("Pilot", "02/23/2026 – 03/13/2026", "22 users at head office, two rooms, call-quality baseline"),
            ("Cut-over", "03/16/2026 – 04/10/2026", "Porting batches, rooms installed by site, Mitel switched off"),
            ("Hypercare", "04/13/2026 – 05/01/2026", "Call-quality dashboard review, queue timeouts tuned"),
        ],
        [
            "SMSC operations owns moves/adds/changes in the Teams admin center (runbook v1.1).",
            "Rooms are monitored in the Teams Rooms Pro portal by the operations team.",
        ],
        f"{cid}|report",
        accepted_by_mail="Accepted by e-mail: see the reply of Dana Kessling (Severna Marine) to this report of "
        "May 12, 2026, uploaded with it.",
    )
    sent = Mail(
        HL_PM,
        [cc],
        "Handover report – Teams Phone & Rooms (HTP-EHR-2026-019)",
        T(2026, 5, 11, 16, 2, -4),
        f"Hi Dana,\n\nAttached is the handover report for the Teams Phone and Teams Rooms roll-out. Could you "
        f"review it and let me know whether SMSC accepts the handover?\n\nThanks,\nJordan\n\n{sig(HL_PM)}",
        attachments=[("Severna Marine - Handover Report HTP-EHR-2026-019.pdf", report)],
    )
    reply = Mail(
        cc,
        [HL_PM],
        "RE: Handover report – Teams Phone & Rooms (HTP-EHR-2026-019)",
        T(2026, 5, 12, 9, 14, -4),
        "Hi Jordan,\n\nThanks – I went through the report with our GM this morning. SMSC accepts the Teams Phone "
        "rollout (186 users on Operator Connect, the 3 auto attendants and both call queues) and the nine Teams "
        "Rooms as delivered. The Kent Island yard rooms were the last piece and they are working fine.\n\n"
        "Thanks to you and the Harborlight crew.\n\nDana\n\nDana Kessling\nOperations & IT Manager\n"
        "Severna Marine | 540 Ritchie Hwy, Severna Park MD",
    )
    mail = thread(sent, reply)
    files = {
        "RE_ Handover report - Teams Phone & Rooms (HTP-EHR-2026-019).msg": msg_t(mail, HARBORLIGHT),
        "Severna Marine - Handover Report HTP-EHR-2026-019.pdf": report,
    }
    claim = cpor(
        cid,
        HARBORLIGHT,
        HL_PM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS PHONE ENABLED USERS", "TEAMS ROOMS"],
        T(2026, 5, 27, 11, 20, -4),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_severna_marine_msg_acceptance",
        claim,
        files,
        "approve",
        "Handover report with the customer's own figures (186 Teams Phone users, 3 auto attendants, 2 queues, 9 Teams "
        "Rooms by site, dated phases) and the customer's reply from severnamarine.com (original .msg with its "
        "transport headers) accepting both workloads on 05/12/2026. The customer calls itself 'SMSC' and 'Severna "
        "Marine' – short forms of Severna Marine Supply Company, Inc., same domain.",
        "RE_ Handover report….msg from dkessling@severnamarine.com: 'SMSC accepts the Teams Phone rollout … and the "
        "nine Teams Rooms as delivered'.",
        ok(email=True),
    )


ANTIETAM = Org(
    "Antietam Regional Health System",
    "Antietam Health",
    "antietamhealth.org",
    "US",
    "Hagerstown, MD 21740",
    "11116 Medical Campus Rd",
    "#00695c",
)
ANTIETAM_CISO = person(ANTIETAM, "Keith Barrow", "Chief Information Security Officer", "kbarrow")
ANTIETAM_CFO = person(ANTIETAM, "Maureen Stoltz", "Chief Financial Officer", "mstoltz")


def s_003_antietam_public_health_psd() -> Bundle:
    cid = "5071003"
    cust, cc = ANTIETAM, ANTIETAM_CISO
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Harborlight", HARBORLIGHT.name, HL_SEC.name, HL_SEC.title),
    ]
    report = harborlight_report(
        cust,
        "HTP-EHR-2026-024",
        D(2026, 5, 29),
        "Defender for Endpoint and Defender for Office 365 deployment",
        "Antietam Regional Health System, a non-profit hospital system with two hospitals and 14 outpatient clinics, "
        "replaced its legacy endpoint antivirus with Microsoft Defender for Endpoint and enabled Defender for Office "
        "365 Plan 2 for all workforce mailboxes. Clinical workstations and computers-on-wheels were onboarded with "
        "device tags per care area so that isolation actions never touch bedside devices without approval.",
        [
            (
                "Endpoints onboarded to Defender for Endpoint",
                "3,420",
                "2,610 workstations, 180 COWs, 630 shared kiosks",
            ),
            ("Servers onboarded", "212", "Epic interface servers excluded from automated remediation"),
            ("Device groups / automation levels", "9", "Full automation on back-office, semi on clinical areas"),
            (
                "Mailboxes protected by Defender for Office 365 P2",
                "4,150",
                "Safe Links, Safe Attachments, impersonation",
            ),
            ("Attack simulation campaigns", "2", "Credential harvest (Feb), attachment malware (Apr); 11.4% → 4.9%"),
        ],
        [
            ("Plan", "01/12/2026 – 01/30/2026", "Clinical engineering review of device classes, exclusions, tags"),
            ("Defender for Endpoint", "02/02/2026 – 04/17/2026", "Onboarding by hospital and clinic, EDR block mode"),
            ("Defender for Office 365", "03/02/2026 – 04/10/2026", "Preset policies, impersonation list, simulation"),
            ("Handover", "05/04/2026 – 05/22/2026", "SOC runbooks, device-group approvals, training for 6 analysts"),
        ],
        [
            "The security operations team triages incidents in Microsoft Defender XDR.",
            "Clinical engineering approves any automation level change on clinical device groups.",
        ],
        f"{cid}|report",
        parties=parties,
    )
    signed = esign_cell(
        report,
        cc,
        T(2026, 6, 3, 13, 41, -4),
        f"{cid}|adobe",
        col_anchor=cc.name,
        date_text="06/03/2026",
        vendor="adobe",
        sender=HL_SEC,
        ip="64.56.212.19",
    )
    scope = "deployment and operation of Microsoft Defender for Endpoint and Defender for Office 365"
    amount = "the Microsoft Commerce Incentives Security usage incentive for the claimed workloads"
    psd = h.psd_pdf(HARBORLIGHT, cust, scope, amount, D(2026, 5, 18), f"{cid}|psd")
    psd = h.typed_fields(
        psd, [("Name", 0, ANTIETAM_CFO.name), ("Title", 0, ANTIETAM_CFO.title), ("Date", 1, "05/20/2026")], cid
    )
    psd_signed = g.esign(
        psd,
        ANTIETAM_CFO,
        T(2026, 5, 20, 10, 7, -4),
        f"{cid}|psd-ds",
        sig_anchor="Signature",
        sig_dx=150,
        sig_dy=-2,
        sender=HL_PM,
        ip="64.56.212.23",
    )
    files = {
        "POE/Antietam Health - Handover Report HTP-EHR-2026-024 (Adobe Sign).pdf": signed,
        "PSD/Public Sector Disclosure - Antietam Regional Health System (DocuSign).pdf": psd_signed,
    }
    claim = cpor(
        cid,
        HARBORLIGHT,
        HL_SEC,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        T(2026, 6, 16, 9, 55, -4),
        [(path, "poe" if path.startswith("POE/") else "public_sector_disclosure") for path in files],
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_antietam_health_public_sector_disclosure",
        claim,
        files,
        "approve",
        "US public-sector customer (healthcare) on a Security usage claim: the written fee disclosure is acknowledged "
        "by the customer's CFO through DocuSign (05/20/2026, certificate of completion attached), as the guide "
        "requires for the US. The handover report (3,420 endpoints + 212 servers in MDE, 4,150 mailboxes on MDO P2, "
        "dated phases) is e-signed by the CISO via Adobe Acrobat Sign on 06/03/2026 with its audit report. The "
        "disclosure wording and report template are shared with other claims: boilerplate.",
        "Adobe Sign audit: signed by kbarrow@antietamhealth.org 2026-06-03; PSD DocuSign signed by the CFO 05/20/2026.",
        ok(ps=True),
    )


TUCKAHOE = Org(
    "Tuckahoe Public Library District",
    "Tuckahoe Library",
    "tuckahoelibrary.org",
    "US",
    "Easton, MD 21601",
    "100 W Dover St",
    "#3e2723",
)
TUCKAHOE_IT = person(TUCKAHOE, "Alicia Greer", "Technology Services Manager", "agreer")


def s_004_tuckahoe_library_no_disclosure() -> Bundle:
    cid = "5071004"
    cust, cc = TUCKAHOE, TUCKAHOE_IT
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Harborlight", HARBORLIGHT.name, HL_PM.name, HL_PM.title),
    ]
    report = harborlight_report(
        cust,
        "HTP-EHR-2026-031",
        D(2026, 7, 2),
        "Exchange Online, SharePoint and Teams for library staff",
        "The library district moved its staff e-mail from an on-premises Exchange 2016 server to Exchange Online, "
        "replaced the shared drives of the central library and six branches with SharePoint sites, and introduced "
        "Teams for branch coordination and the outreach program.",
        [
            ("Staff mailboxes migrated to Exchange Online", "146", "Hybrid migration in 3 batches, 0.9 TB"),
            ("Shared / branch mailboxes", "22", "Circulation desks, interlibrary loans, events"),
            ("SharePoint sites", "8", "Intranet home + 7 branch sites; 410 GB from file shares"),
            ("Teams / active users (30 days)", "31 / 139", "Branch managers, outreach van, programming"),
            ("Retention policies", "4", "Public records schedule for e-mail and board documents"),
        ],
        [
            ("Exchange Online", "04/06/2026 – 05/08/2026", "Hybrid setup, migration batches, MX cut-over 05/02"),
            ("SharePoint", "05/11/2026 – 06/12/2026", "Site design with branch managers, file migration"),
            ("Teams", "06/01/2026 – 06/26/2026", "Team structure, staff training at every branch"),
        ],
        ["Technology Services owns mailbox and site administration.", "Retention review with the records officer."],
        f"{cid}|report",
        parties=parties,
    )
    inks = harborlight_inks(parties, ["07/09/2026", "07/06/2026"])
    page = g.page_of(report, "5. Customer acceptance")
    final = g.with_scanned_pages(
        report,
        [page],
        inks,
        f"{cid}|scan",
        T(2026, 7, 9, 14, 0, -4),
        meta("Tuckahoe Library - Handover Report (signed)", HL_PM.name, T(2026, 7, 10, 9, 0, -4)),
        dpi=150,
    )
    path = "Tuckahoe Library - Handover Report HTP-EHR-2026-031 signed.pdf"
    claim = cpor(
        cid,
        HARBORLIGHT,
        HL_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "SHAREPOINT ONLINE", "TEAMS"],
        T(2026, 7, 22, 15, 12, -4),
        [(path, "poe")],
        segment="public_sector",
        comments=[("partner", T(2026, 7, 22, 15, 10, -4), "Customer is a county public library district.")],
    )
    return Bundle(
        f"{cid}_tuckahoe_library_no_disclosure",
        claim,
        {path: final},
        "action_required",
        "The handover report is detailed and signed by the customer (07/09/2026), but the customer is a US public-"
        "sector body (a public library district) on a Modern Work usage claim: the guide requires the partner's "
        "written disclosure of its Microsoft fees, acknowledged by the customer in writing. No disclosure is uploaded.",
        "customer.segment public_sector, country US; documents: handover report only.",
        only(public_sector="fail", customer_acknowledgement="pass", activity_detail="pass", reused_evidence="pass"),
    )


HILLSBOROUGH = Org(
    "Hillsborough Bay Logistics, LLC",
    "Hillsborough Bay Logistics",
    "hbaylogistics.com",
    "US",
    "Tampa, FL 33605",
    "2201 Guy N Verger Blvd",
    "#37474f",
)
HILLSBOROUGH_VP = person(HILLSBOROUGH, "Denise Achterberg", "VP, Information Technology", "dachterberg")
HILLSBOROUGH_SEC = person(HILLSBOROUGH, "Raymond Lutz", "IT Security Manager", "rlutz")
CONFLICT_HBL = {
    "claim_ids": ["5071054", "5071055"],
    "winner_claim_id": "5071054",
    "workload": "MICROSOFT DEFENDER ENDPOINT",
}


def s_054_hillsborough_cobalt_conflict_winner() -> Bundle:
    cid = "5071054"
    cust, cc = HILLSBOROUGH, HILLSBOROUGH_VP
    monthly = g.report_pdf(
        COBALT,
        f"""
<h1>Managed Endpoint Services – Monthly Report</h1>
{
            kv(
                [
                    ("Customer", esc(cust.name)),
                    ("Period", "May 1 – May 31, 2026"),
                    ("Service", "Defender deployment and operations (Phase 2)"),
                    ("Service manager", esc(CH_SEC.name)),
                ]
            )
        }
<h2>Project history</h2>
<p>After an external Defender for Endpoint health check in September 2025, Hillsborough Bay Logistics engaged Cobalt
Harbor in November 2025 to deploy Microsoft Defender for Endpoint to every site and to run it, and to add Defender
for Office 365 for all mailboxes. Phase 1 (terminals and offices) closed in February 2026; Phase 2 (warehouses,
servers and Linux) closed on May 14, 2026.</p>
<h2>Coverage at month end</h2>
{
            grid(
                ["Workload", "Scope", "Count"],
                [
                    (
                        "Defender for Endpoint",
                        "Workstations, all 6 sites (Port Tampa, Ybor, Plant City, Lakeland, 2 cross-docks)",
                        "1,960",
                    ),
                    ("Defender for Endpoint", "Servers (230 Windows, 120 Linux) incl. WMS and yard systems", "350"),
                    (
                        "Defender for Office 365 P2",
                        "Mailboxes with Safe Links / Safe Attachments / impersonation",
                        "2,480",
                    ),
                ],
                [26, 56, 18],
            )
        }
<h2>Operations this month</h2>
{
            ul(
                [
                    "41 incidents handled (2 high: credential theft attempt at Lakeland, blocked; USB malware at "
                    "Plant City "
                    "cross-dock, device isolated and re-imaged)",
                    "ASR rules: 14 of 16 in block mode; 2 WMS exclusions reviewed with the application owner",
                    "Automated investigation and response enabled for all workstation groups; servers semi-automatic",
                    "Phishing simulation 3 of 4: click rate 6.2% (baseline 14.8% in December)",
                ]
            )
        }
<h2>Next month</h2>{ul(["Tamper protection for Linux servers", "Quarterly review with the VP IT on June 18, 2026"])}
""",
        meta("HBL Managed Endpoint Services May 2026", CH_SEC.name, T(2026, 6, 2, 9, 0, -4)),
        f"{cid}|monthly",
        right="Managed Endpoint Services",
        size=g.LETTER,
    )
    parties = [
        Party("Hillsborough Bay Logistics", cust.name, cc.name, cc.title),
        Party("Cobalt Harbor", COBALT.name, CH_SEC.name, CH_SEC.title),
    ]
    signoff = g.report_pdf(
        COBALT,
        f"""
<h1>Phase 2 Completion Sign-off</h1>
{
            kv(
                [
                    ("Customer", esc(cust.name)),
                    ("Project", "Defender for Endpoint and Defender for Office 365 – Phase 2"),
                    ("Completion date", "May 14, 2026"),
                ]
            )
        }
{
            grid(
                ["Deliverable", "Status"],
                [
                    ("Defender for Endpoint on 640 warehouse and cross-dock workstations", "Complete"),
                    ("Onboarding of 350 servers (230 Windows, 120 Linux) with EDR in block mode", "Complete"),
                    ("ASR rules 14/16 in block mode, WMS exclusions documented", "Complete"),
                    ("Defender for Office 365 P2 policies for 2,480 mailboxes, 3 phishing simulations", "Complete"),
                    ("Runbooks and 24x7 escalation path into Cobalt Harbor's operations desk", "Complete"),
                ],
                [78, 22],
            )
        }
"""
        + g.signoff(
            "columns",
            parties,
            heading="Acceptance",
            statement="Hillsborough Bay Logistics accepts Phase 2 as complete and confirms Cobalt Harbor continues "
            "to operate the Defender services.",
        ),
        meta("HBL Phase 2 Completion Sign-off", CH_SEC.name, T(2026, 5, 14, 8, 0, -4)),
        f"{cid}|signoff",
        right="Phase 2 Completion Sign-off",
        size=g.LETTER,
    )
    signed = esign_cell(
        signoff,
        cc,
        T(2026, 5, 14, 16, 22, -4),
        f"{cid}|ds",
        col_anchor=cc.name,
        date_text="05/14/2026",
        sender=CH_SEC,
        ip="98.174.52.11",
    )
    files = {
        "HBL - Phase 2 Completion Sign-off (DocuSign).pdf": signed,
        "HBL - Managed Endpoint Services - May 2026.pdf": monthly,
    }
    claim = cpor(
        cid,
        COBALT,
        CH_SEC,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        T(2026, 5, 28, 13, 5, -4),
        [(p, "poe") for p in files],
    )
    b = Bundle(
        f"{cid}_hillsborough_bay_cobalt_defender_rollout",
        claim,
        files,
        "approve",
        "Conflicting claim with 5071055 (Harborlight) on MICROSOFT DEFENDER ENDPOINT for the same customer. Cobalt "
        "Harbor deployed and runs Defender for Endpoint on 1,960 workstations and 350 servers at six sites since "
        "November 2025 and added Defender for Office 365 for 2,480 mailboxes; the Phase 2 completion sign-off is "
        "DocuSigned by the customer's VP IT on 05/14/2026 and confirms Cobalt continues to operate the service. "
        "Harborlight's POE is a two-day health check of 40 pilot devices in September 2025. The POE team keeps the "
        "partner that drove the most influence: Cobalt Harbor.",
        "DocuSign sign-off by dachterberg@hbaylogistics.com 05/14/2026; monthly report May 2026 with 1,960 + 350 "
        "devices.",
        ok(),
    )
    return note(b, conflict=CONFLICT_HBL)


def s_055_hillsborough_harborlight_conflict_loser() -> Bundle:
    cid = "5071055"
    cust, cc = HILLSBOROUGH, HILLSBOROUGH_SEC
    report = harborlight_report(
        cust,
        "HTP-EHR-2025-088",
        D(2025, 9, 29),
        "Defender for Endpoint health check",
        "Over two days Harborlight reviewed the Defender for Endpoint pilot that Hillsborough Bay Logistics ran on 40 "
        "devices at its Port Tampa warehouse: onboarding method, antivirus and EDR settings, attack surface "
        "reduction rules and the alert queue, and recommended the settings for a company-wide roll-out.",
        [
            ("Pilot devices reviewed", "40", "Port Tampa warehouse, Windows 10/11"),
            ("Findings / recommendations", "17 / 12", "4 high: EDR in passive mode, tamper protection off, ..."),
            ("ASR rules assessed", "16", "Recommended 9 for block mode after audit"),
        ],
        [
            ("Health check", "09/23/2025 – 09/24/2025", "Workshops with the IT security manager, configuration review"),
            ("Report", "09/29/2025", "Findings and recommendations report delivered"),
        ],
        ["Hillsborough Bay IT decides on the roll-out approach and partner."],
        f"{cid}|report",
        accepted_by_mail="Accepted by e-mail on October 2, 2025 by Raymond Lutz, IT Security Manager (attached).",
    )
    mail = thread(
        Mail(
            HL_SEC,
            [cc],
            "Defender for Endpoint health check – findings report",
            T(2025, 9, 29, 17, 40, -4),
            f"Hi Raymond,\n\nPlease find our findings report from the health check attached.\n\nBest,\nNadia\n\n"
            f"{sig(HL_SEC)}",
            attachments=[("HBL - Defender health check - findings.pdf", report)],
        ),
        Mail(
            cc,
            [HL_SEC],
            "RE: Defender for Endpoint health check – findings report",
            T(2025, 10, 2, 8, 51, -4),
            "Nadia,\n\nWe confirm that Harborlight delivered the Defender for Endpoint health check on September 23-24 "
            "(pilot group of 40 devices at the Port Tampa warehouse) and we accept the findings report and its 12 "
            "recommendations.\n\nRegards,\nRaymond Lutz\nIT Security Manager\nHillsborough Bay Logistics",
        ),
    )
    files = {
        "POE/HBL - Defender health check - findings.pdf": report,
        "POE/RE Defender for Endpoint health check - findings report.eml": eml_t(mail, HARBORLIGHT),
    }
    claim = cpor(
        cid,
        HARBORLIGHT,
        HL_SEC,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 6, 10, 10, 40, -4),
        [(p, "poe") for p in files],
        comments=[("partner", T(2026, 6, 10, 10, 38, -4), "Harborlight assessed the customer's Defender deployment.")],
    )
    b = Bundle(
        f"{cid}_hillsborough_bay_harborlight_health_check",
        claim,
        files,
        "reject",
        "Conflicting claim with 5071054 (Cobalt Harbor) on MICROSOFT DEFENDER ENDPOINT for Hillsborough Bay "
        "Logistics. On its own this POE passes (customer e-mail of 10/02/2025, within 12 months, confirming a two-day "
        "health check of 40 pilot devices), but the other partner deployed Defender company-wide (1,960 workstations + "
        "350 servers) and operates it, with a customer sign-off of May 2026. The guide awards the association to the "
        "partner that drove the most influence; this claim loses the conflict.",
        "Harborlight: health check 09/23-24/2025 on 40 devices; Cobalt: deployment and operations on 2,310 devices.",
        ok(email=True),
    )
    return note(b, conflict=CONFLICT_HBL)


# --------------------------------------------------------------------------------------------------------------
# Thistledown Digital: one Service Acceptance Note template, five customers
# --------------------------------------------------------------------------------------------------------------


def thistledown_signed(
    note_pdf: bytes, parties: Sequence[Party], dates: Sequence[str], seed: str, when: dt.datetime, title: str, **kw: Any
) -> bytes:
    page = g.page_of(note_pdf, "4. Acceptance")
    inks: list[Ink] = []
    for k, (party, day) in enumerate(zip(parties, dates, strict=True)):
        if day:
            inks += g.sign_inks("lines", party, k, day, color=g.INK_BLUE if k == 0 else g.INK_BLACK, page=page)
    return g.with_scanned_pages(
        note_pdf, [page], inks, seed, when, meta(title, TD_PM.name, when + dt.timedelta(hours=20)), **kw
    )


CAIRNGORM = Org(
    "Cairngorm Outdoor Ltd",
    "Cairngorm Outdoor",
    "cairngormoutdoor.co.uk",
    "GB",
    "Aviemore PH22 1RH",
    "Dalfaber Industrial Estate, Unit 4",
    "#2e7d32",
)
CAIRNGORM_IT = person(CAIRNGORM, "Euan Grant", "Head of IT", "euan.grant")


def s_006_cairngorm_day_first_date() -> Bundle:
    cid = "5071006"
    cust, cc = CAIRNGORM, CAIRNGORM_IT
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", THISTLEDOWN.name, TD_PM.name, TD_PM.title),
    ]
    note_pdf = thistledown_note(
        cust,
        "TDS-SAN-25-014",
        D(2025, 3, 28),
        "Viva Engage and SharePoint intranet",
        "18/02/2025 – 24/04/2025 (hypercare to 24/04/2025)",
        [
            (
                "SharePoint intranet",
                "Home site 'Basecamp', 6 department sites, shop news for 11 shops; 2.1 TB moved from the old file "
                "shares",
                "Delivered",
            ),
            (
                "Viva Engage",
                "Network in native mode, 14 communities (shop floor, mountain guides, product), leadership storyline; "
                "312 of 365 staff active",
                "Delivered",
            ),
            ("Adoption", "12 champions across 11 shops, two training rounds, launch campaign", "Delivered"),
        ],
        [
            (
                "18/02/2025",
                "Kick-off and intranet discovery",
                "Head of IT, HR and retail operations leads – scope agreed",
            ),
            ("26/02/2025", "Information architecture", "Department owners – 6 department sites, navigation signed off"),
            ("13/03/2025", "Viva Engage community design", "Retail ops, guides team – 14 communities, moderators"),
            (
                "27/03/2025",
                "Go-live and champions briefing",
                "12 champions – intranet and Engage launched company-wide",
            ),
        ],
        parties,
        f"{cid}|note",
        numbers=[
            ("Staff active on Viva Engage (30 days)", "312 of 365"),
            ("Communities", "14"),
            ("SharePoint sites", "7"),
        ],
    )
    signed = thistledown_signed(
        note_pdf, parties, ["03/04/25", "03/04/25"], f"{cid}|scan", T(2025, 4, 3, 16, 10, 1), "TDS-SAN-25-014 signed"
    )
    path = "Cairngorm Outdoor - Service Acceptance Note TDS-SAN-25-014 (signed).pdf"
    claim = cpor(
        cid,
        THISTLEDOWN,
        TD_PM,
        cust,
        cc,
        "Modern Work",
        ["VIVA ENGAGE", "SHAREPOINT ONLINE"],
        T(2026, 3, 26, 12, 5, 0),
        [(path, "poe")],
    )
    return Bundle(
        f"{cid}_cairngorm_day_first_signature_date",
        claim,
        {path: signed},
        "approve",
        "UK customer and partner, and a note that says 'Dates are written day/month/year' and prints go-live "
        "27/03/2025: the hand-written signature date 03/04/25 is 3 April 2025, a week after go-live and within 12 "
        "months of submission on 26/03/2026. Read month-first (4 March 2025) it would predate the go-live it accepts "
        "and be too old – the context rules that reading out. Detailed scope: 312 Viva Engage users, 14 communities, "
        "7 SharePoint sites, dated workshop log.",
        "Scanned page 2: signature of Euan Grant, 'Date: 03/04/25'; note prints 'Go-live 27/03/2025'.",
        ok(),
    )


STRATHEARN = Org(
    "Strathearn Distillers Ltd",
    "Strathearn Distillers",
    "strathearndistillers.co.uk",
    "GB",
    "Crieff PH7 4HA",
    "Hosh Road",
    "#4e342e",
)
STRATHEARN_IT = person(STRATHEARN, "Craig Menzies", "IT Manager", "craig.menzies")
STRATHEARN_OPS = person(STRATHEARN, "Morag Kerr", "Operations Director", "morag.kerr")


def s_007_strathearn_forwarded_internal_ok() -> Bundle:
    cid = "5071007"
    cust, cc = STRATHEARN, STRATHEARN_IT
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", THISTLEDOWN.name, TD_CON.name, TD_CON.title),
    ]
    note_pdf = thistledown_note(
        cust,
        "TDS-SAN-26-006",
        D(2026, 4, 24),
        "Teams for the distillery, visitor centre and bottling hall",
        "09/02/2026 – 17/04/2026",
        [
            ("Teams", "38 teams for distillery shifts, bottling, visitor centre and sales; 164 users", "Delivered"),
            ("Teams Meetings", "Meeting policies, 3 rooms with BYOD kits, town-hall set-up for 160 staff", "Delivered"),
            ("Frontline", "Shift schedules for bottling hall in Teams Shifts (46 operators)", "Delivered"),
        ],
        [
            ("09/02/2026", "Kick-off", "IT Manager, Operations Director – scope and shift patterns"),
            ("24/02/2026", "Team design workshop", "Department leads – 38 teams, naming, guest access for agencies"),
            ("17/03/2026", "Meetings and town hall", "Comms lead – first town hall held with 151 attendees"),
            ("17/04/2026", "Closure review", "IT Manager – usage report: 149 weekly active users"),
        ],
        parties,
        f"{cid}|note",
    )
    internal = Mail(
        STRATHEARN_OPS,
        [cc],
        "Teams project",
        T(2026, 4, 27, 8, 12, 1),
        "Craig,\n\nHappy for Thistledown's Teams rollout to be signed off – the visitor centre and the bottling hall "
        "are using it every day now.\n\nMorag",
    )
    fwd = Mail(
        cc,
        [TD_PM],
        "FW: Teams project",
        T(2026, 4, 27, 9, 40, 1),
        "Callum,\n\nFYI – see Morag's note below.\n\nCraig\n\nCraig Menzies\nIT Manager | Strathearn Distillers",
        forward=True,
    )
    mail = thread(internal, fwd)
    files = {
        "Strathearn - Service Acceptance Note TDS-SAN-26-006.pdf": note_pdf,
        "FW_ Teams project.eml": eml_t(mail, THISTLEDOWN),
    }
    claim = cpor(
        cid,
        THISTLEDOWN,
        TD_PM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS", "TEAMS MEETINGS"],
        T(2026, 5, 6, 10, 30, 1),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_strathearn_customer_forwarded_internal_approval",
        claim,
        files,
        "action_required",
        "The acceptance note is detailed but its acceptance section is unsigned, and the only customer approval is "
        "an internal message of the Operations Director to her IT manager, which he forwarded to the partner with "
        "'FYI'. The guide lists e-mails forwarded from customers as insufficient material; the partner needs the "
        "customer's own acknowledgement (a signed note or a direct reply).",
        "FW_ Teams project.eml: craig.menzies@… to callum.baird@… 'FYI – see Morag's note below', quoting an internal "
        "mail.",
        only(customer_acknowledgement="fail", activity_detail="pass", workload_match="pass", reused_evidence="pass"),
    )


MORAY = Org(
    "Moray Firth Aquaculture Ltd",
    "Moray Firth Aquaculture",
    "morayfirthaqua.co.uk",
    "GB",
    "Inverness IV1 1SN",
    "Longman Drive, Unit 12",
    "#006064",
)
MORAY_BS = person(MORAY, "Fiona Urquhart", "Head of Business Systems", "fiona.urquhart")


def s_008_moray_viva_engage_out_of_scope() -> Bundle:
    cid = "5071008"
    cust, cc = MORAY, MORAY_BS
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", THISTLEDOWN.name, TD_PM.name, TD_PM.title),
    ]
    note_pdf = thistledown_note(
        cust,
        "TDS-SAN-26-002",
        D(2026, 2, 3),
        "Teams Rooms for head office, hatchery and processing sites",
        "24/11/2025 – 30/01/2026",
        [
            (
                "Teams Rooms",
                "6 rooms: Inverness boardroom and 2 huddle rooms, Fort William hatchery, Ullapool and Kishorn "
                "processing; Teams Rooms Pro management",
                "Delivered",
            ),
            ("Room booking", "Room mailboxes, booking policies, wayfinding panels at Inverness", "Delivered"),
            (
                "Viva Engage",
                "Company-wide communities for farm sites",
                "Out of scope – deferred by the customer at the steering meeting of 14/01/2026",
            ),
        ],
        [
            ("24/11/2025", "Room survey", "Business systems, facilities – 6 rooms, cabling and displays"),
            ("08/12/2025", "Installation wave 1", "Inverness rooms live"),
            ("14/01/2026", "Steering meeting", "Head of Business Systems – Viva Engage deferred to FY27 (budget)"),
            ("30/01/2026", "Handover", "Facilities team trained on Teams Rooms Pro alerts"),
        ],
        parties,
        f"{cid}|note",
        numbers=[("Teams Rooms live", "6"), ("Meetings held in rooms (January)", "412")],
    )
    signed = thistledown_signed(
        note_pdf, parties, ["05/02/2026", "04/02/2026"], f"{cid}|scan", T(2026, 2, 5, 11, 0, 0), "TDS-SAN-26-002 signed"
    )
    path = "Moray Firth Aquaculture - Service Acceptance Note (signed).pdf"
    claim = cpor(
        cid,
        THISTLEDOWN,
        TD_PM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS ROOMS", "VIVA ENGAGE"],
        T(2026, 2, 25, 14, 45, 0),
        [(path, "poe")],
    )
    return Bundle(
        f"{cid}_moray_firth_viva_engage_out_of_scope",
        claim,
        {path: signed},
        "action_required",
        "Signed and dated acceptance (05/02/2026) supporting TEAMS ROOMS (6 rooms by site, Teams Rooms Pro), but the "
        "claim also includes VIVA ENGAGE, which the same note lists as 'Out of scope – deferred by the customer' "
        "(steering meeting 14/01/2026). The guide requires a connection between the workloads in the POE and those "
        "claimed: Viva Engage must be removed or evidenced.",
        "Section 1 row: 'Viva Engage – Out of scope – deferred by the customer at the steering meeting of 14/01/2026'.",
        only(
            workload_match="fail", customer_acknowledgement="pass", acknowledgement_date="pass", reused_evidence="pass"
        ),
    )


CLYDE = Org(
    "Clyde Valley Orchards Ltd",
    "Clyde Valley Orchards",
    "clydevalleyorchards.co.uk",
    "GB",
    "Lanark ML11 9UN",
    "Crossford Road",
    "#827717",
)
CLYDE_IT = person(CLYDE, "Ross Lindsay", "IT & Facilities Manager", "ross.lindsay")
CONFLICT_CVO = {"claim_ids": ["5071056", "5071057"], "winner_claim_id": "5071056", "workload": "INTUNE"}


def s_056_clyde_valley_thistledown_winner() -> Bundle:
    cid = "5071056"
    cust, cc = CLYDE, CLYDE_IT
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", THISTLEDOWN.name, TD_CON.name, TD_CON.title),
    ]
    note_pdf = thistledown_note(
        cust,
        "TDS-SAN-26-004",
        D(2026, 2, 10),
        "Intune device management for office, packhouse and picking devices",
        "10/11/2025 – 06/02/2026",
        [
            (
                "Windows laptops",
                "410 laptops enrolled with Autopilot; compliance, BitLocker, update rings",
                "Delivered",
            ),
            (
                "Rugged handhelds",
                "150 Android picking handhelds as Android Enterprise dedicated devices (kiosk app, Wi-Fi profiles)",
                "Delivered",
            ),
            ("iPhones", "80 company iPhones via Apple Business Manager, app protection for Outlook/Teams", "Delivered"),
            ("Legacy MDM", "Old MDM decommissioned 30/01/2026", "Delivered"),
        ],
        [
            ("10/11/2025", "Kick-off", "IT & Facilities Manager – device classes, packhouse constraints"),
            ("01/12/2025", "Handheld pilot", "Packhouse supervisors – 12 handhelds, kiosk app tested on two shifts"),
            ("12/01/2026", "Roll-out review", "IT – 520 of 640 devices enrolled"),
            ("06/02/2026", "Closure", "IT – 640 devices enrolled, compliance 96.4%"),
        ],
        parties,
        f"{cid}|note",
        numbers=[("Devices managed by Intune", "640"), ("Compliance at closure", "96.4%")],
    )
    signed = thistledown_signed(
        note_pdf,
        parties,
        ["12/02/2026", "10/02/2026"],
        f"{cid}|scan",
        T(2026, 2, 12, 15, 30, 0),
        "TDS-SAN-26-004 signed",
    )
    path = "Clyde Valley Orchards - Service Acceptance Note TDS-SAN-26-004 (signed).pdf"
    claim = cpor(cid, THISTLEDOWN, TD_CON, cust, cc, "Security", ["INTUNE"], T(2026, 3, 4, 9, 20, 0), [(path, "poe")])
    b = Bundle(
        f"{cid}_clyde_valley_thistledown_intune_rollout",
        claim,
        {path: signed},
        "approve",
        "Conflicting claim with 5071057 (Saltmarsh) on INTUNE for Clyde Valley Orchards. Thistledown enrolled and "
        "manages all 640 devices (410 laptops, 150 Android handhelds, 80 iPhones) from November 2025 to February "
        "2026, signed by the customer on 12/02/2026; Saltmarsh's POE is a readiness assessment with a 25-laptop pilot "
        "from June 2025, and the customer's own later e-mail on that claim says Thistledown now runs the roll-out. "
        "Thistledown drove the most influence.",
        "Scanned acceptance page signed by Ross Lindsay 12/02/2026; 640 devices enrolled.",
        ok(),
    )
    return note(b, conflict=CONFLICT_CVO)


def saltmarsh_docx(title: str, facts: Sequence[tuple[str, str]], sections: Sequence[tuple[str, Any]], m: Meta) -> bytes:
    """Saltmarsh Networks' Word report: a header with the logo, a facts table, and sections of text, bullets and
    tables."""
    w = g.Word(accent="4A148C", base_font="Calibri", size=10.5)
    w.header(SALTMARSH, "Saltmarsh Networks · " + title)
    w.footer(
        "Saltmarsh Networks Ltd · 8 Prince of Wales Road, Norwich NR1 3JU · Registered in England & Wales No. 12094418"
    )
    w.h(title, 0)
    w.table([("Item", "Detail"), *facts])
    for heading, content in sections:
        w.h(heading, 1)
        if isinstance(content, str):
            for para in content.split("\n\n"):
                w.p(para)
        elif content and isinstance(content[0], str):
            w.bullets(content)
        else:
            w.table(content)
    return w.save(m)


def s_057_clyde_valley_saltmarsh_conflict_loser() -> Bundle:
    cid = "5071057"
    cust, cc = CLYDE, CLYDE_IT
    report = saltmarsh_docx(
        "Intune Readiness Assessment – Clyde Valley Orchards",
        [
            ("Customer", cust.name),
            ("Dates", "16–20 June 2025"),
            ("Consultant", SM_SEC.name),
            ("Scope", "Readiness assessment for Intune, pilot enrolment of 25 office laptops"),
        ],
        [
            (
                "Findings",
                [
                    "Devices are domain-joined with no MDM; 410 laptops, 150 handhelds on a legacy MDM, 80 iPhones.",
                    "Licensing (Microsoft 365 Business Premium) already covers Intune and Autopilot.",
                    "Wi-Fi in the packhouse needs certificate-based profiles before handhelds can move.",
                ],
            ),
            (
                "Pilot",
                [("Pilot group", "Devices", "Result"), ("Office laptops", "25", "Enrolled, 2 compliance issues fixed")],
            ),
            ("Recommendation", "Phase 2: roll-out to all device classes in Q4 2025, subject to a separate proposal."),
        ],
        meta("Intune Readiness Assessment CVO", SM_SEC.name, T(2025, 6, 24, 16, 0, 1)),
    )
    mail = thread(
        Mail(
            SM_SEC,
            [cc],
            "Intune readiness assessment – report",
            T(2025, 6, 24, 16, 30, 1),
            "Hi Ross,\n\nAttached is the readiness assessment report with the pilot "
            f"results.\n\nImogen\n\n{sig(SM_SEC)}",
        ),
        Mail(
            cc,
            [SM_SEC],
            "RE: Intune readiness assessment – report",
            T(2025, 7, 1, 10, 2, 1),
            "Imogen,\n\nThanks for the readiness assessment – we accept the report and the pilot enrolment of the 25 "
            "laptops.\n\nRoss",
            cc=[SM_PM],
        ),
        Mail(
            cc,
            [SM_PM],
            "RE: Intune readiness assessment – report",
            T(2026, 2, 9, 11, 47, 0),
            "Oliver,\n\nQuick update as promised: Thistledown are now running our device roll-out (they have enrolled "
            "the laptops and the pickers' handhelds since November), so we won't need the Intune phase 2 from you. "
            "We'll keep you in mind for the network refresh.\n\nRoss\n\nRoss Lindsay\nIT & Facilities Manager\n"
            "Clyde Valley Orchards",
        ),
    )
    files = {
        "CVO Intune Readiness Assessment.docx": report,
        "RE_ Intune readiness assessment - report.msg": msg_t(mail, SALTMARSH),
    }
    claim = cpor(
        cid,
        SALTMARSH,
        SM_PM,
        cust,
        cc,
        "Security",
        ["INTUNE"],
        T(2026, 3, 18, 14, 10, 0),
        [(p, "poe") for p in files],
    )
    b = Bundle(
        f"{cid}_clyde_valley_saltmarsh_assessment_only",
        claim,
        files,
        "reject",
        "Conflicting claim with 5071056 (Thistledown) on INTUNE. Saltmarsh's evidence is a June 2025 readiness "
        "assessment with a 25-laptop pilot, accepted on 1 July 2025 (within 12 months), but the newest message in the "
        "same thread – from the customer – says Thistledown now runs the device roll-out and Saltmarsh's phase 2 is "
        "not needed. The other partner enrolled all 640 devices: this claim loses the conflict.",
        "Top message 09/02/2026 from ross.lindsay@clydevalleyorchards.co.uk: 'Thistledown are now running our device "
        "roll-out … we won't need the Intune phase 2 from you'.",
        ok(email=True),
    )
    return note(b, conflict=CONFLICT_CVO)


FIFE = Org(
    "Fife Coast Bakeries Ltd",
    "Fife Coast Bakeries",
    "fifecoastbakeries.co.uk",
    "GB",
    "Kirkcaldy KY1 2SP",
    "Mitchelston Industrial Estate, Unit 9",
    "#bf360c",
)
FIFE_FD = person(FIFE, "Shona Wallace", "Finance & IT Director", "shona.wallace")
KINGDOM_IT = Org(
    "Kingdom IT Support Ltd",
    "Kingdom IT",
    "kingdomitsupport.co.uk",
    "GB",
    "Dunfermline KY11 8UU",
    "Carnegie Campus, 2 Pitreavie Court",
    "#455a64",
)
KINGDOM_AM = person(KINGDOM_IT, "Darren Cairns", "Account Manager", "darren.cairns")


def s_066_fife_dispute_it_provider_confirms() -> Bundle:
    cid = "5071066"
    cust, cc = FIFE, FIFE_FD
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", THISTLEDOWN.name, TD_PM.name, TD_PM.title),
    ]
    note_pdf = thistledown_note(
        cust,
        "TDS-SAN-25-041",
        D(2025, 12, 15),
        "Exchange Online and SharePoint for bakeries and shops",
        "06/10/2025 – 12/12/2025",
        [
            ("Exchange Online", "118 mailboxes and 19 shop mailboxes moved from the hosted mail service", "Delivered"),
            ("SharePoint", "Recipes & HACCP library, shop rota site, finance site; 380 GB migrated", "Delivered"),
        ],
        [
            ("06/10/2025", "Kick-off", "Finance & IT Director – mail and file scope"),
            ("10/11/2025", "Mail cut-over", "All mailboxes live, MX switched"),
            ("12/12/2025", "SharePoint go-live", "Recipe library live in the 3 bakeries"),
        ],
        parties,
        f"{cid}|note",
    )
    closure = Mail(
        TD_PM,
        [cc],
        "Fife Coast Bakeries – service closure (TDS-SAN-25-041)",
        T(2025, 12, 15, 15, 5, 0),
        f"Dear Shona,\n\nPlease find attached our Service Acceptance Note for the Exchange Online and SharePoint work. "
        f"Could you sign and return it at your convenience?\n\nKind regards,\nCallum\n\n{sig(TD_PM)}",
        attachments=[("TDS-SAN-25-041.pdf", note_pdf)],
    )
    provider = Mail(
        KINGDOM_AM,
        [TD_PM],
        "Fife Coast Bakeries – confirmation",
        T(2026, 2, 12, 13, 26, 0),
        "Hi Callum,\n\nOn behalf of Fife Coast Bakeries we confirm that Thistledown completed the Exchange Online and "
        "SharePoint migration in December 2025 (118 staff and 19 shop mailboxes, recipe and rota sites).\n\nRegards,"
        "\nDarren Cairns\nAccount Manager, Kingdom IT Support Ltd\nIT support provider to Fife Coast Bakeries",
    )
    files = {
        "Fife Coast Bakeries - Service Acceptance Note TDS-SAN-25-041.pdf": note_pdf,
        "Sent - Fife Coast Bakeries service closure.msg": msg_t(closure),
        "Dispute/Fife Coast Bakeries - confirmation.eml": eml_t(provider, THISTLEDOWN),
    }
    claim = cpor(
        cid,
        THISTLEDOWN,
        TD_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "SHAREPOINT ONLINE"],
        T(2026, 2, 17, 10, 15, 0),
        [(p, "poe") for p in files],
        status="disputed",
        comments=[
            (
                "microsoft",
                T(2026, 1, 27, 9, 0),
                "Rejected: the POE contains no customer acknowledgement. The only communication is the partner's "
                "closure e-mail, which the customer did not answer, and the acceptance note is unsigned.",
            ),
            (
                "partner",
                T(2026, 2, 17, 10, 12, 0),
                "Dispute: the customer's IT provider has now confirmed completion on the customer's behalf (attached).",
            ),
        ],
        history=[
            ("submission", T(2026, 1, 19, 11, 0, 0), TD_PM.email),
            ("rejected", T(2026, 1, 27, 9, 0), "Microsoft"),
            ("disputed", T(2026, 2, 16, 16, 40, 0), TD_PM.email),
            ("submission", T(2026, 2, 17, 10, 15, 0), TD_PM.email),
        ],
    )
    b = Bundle(
        f"{cid}_fife_coast_dispute_it_provider_confirms",
        claim,
        files,
        "reject",
        "A dispute filed in time (rejected 27/01/2026, disputed 16/02 and resubmitted 17/02, within 30 days), but it "
        "does not resolve the rejection reason: the new 'confirmation' comes from kingdomitsupport.co.uk, the "
        "customer's outsourced IT provider writing on its behalf, not from fifecoastbakeries.co.uk; the note is still "
        "unsigned and the partner's closure e-mail still unanswered. A decision on a dispute is final: reject.",
        "Dispute e-mail from darren.cairns@kingdomitsupport.co.uk 'On behalf of Fife Coast Bakeries we confirm…'.",
        only(customer_acknowledgement="fail", customer_domain="fail", activity_detail="pass", reused_evidence="pass"),
    )
    return note(b, returning="dispute in time, unresolved", rejected="2026-01-27", disputed="2026-02-16")


# --------------------------------------------------------------------------------------------------------------
# Elbwerk Cloud: one bilingual acceptance record, four customers
# --------------------------------------------------------------------------------------------------------------

SIEVERS = Org(
    "Reederei Albrecht Sievers GmbH & Co. KG",
    "Reederei Sievers",
    "reederei-sievers.de",
    "DE",
    "20459 Hamburg",
    "Vorsetzen 32",
    "#0d3b66",
)
SIEVERS_IT = person(SIEVERS, "Kerstin Lüders", "Leiterin IT / Head of IT", "k.lueders")


def s_009_sievers_pades_customer() -> Bundle:
    cid = "5071009"
    cust, cc = SIEVERS, SIEVERS_IT
    record = elbwerk_record(
        cust,
        "EWC-AP-2026-017",
        D(2026, 4, 14),
        "02.02.2026 – 10.04.2026",
        [
            (
                "Microsoft Defender for Identity: Sensoren auf 6 Domänencontrollern und 2 AD-FS-Servern der Reederei "
                "Sievers installiert, Dienstkonto (gMSA) eingerichtet, 11 Honeytoken-Konten angelegt.",
                "Microsoft Defender for Identity: sensors installed on Reederei Sievers' 6 domain controllers and 2 AD "
                "FS servers, service account (gMSA) set up, 11 honeytoken accounts created.",
            ),
            (
                "Identitätswarnungen an das IT-Team der Reederei angebunden; 3 Übungen (Pass-the-Hash, Recon, "
                "Kerberoasting) mit dem IT-Team durchgeführt.",
                "Identity alerts routed to the shipping company's IT team; 3 exercises (pass-the-hash, recon, "
                "Kerberoasting) run with the IT team.",
            ),
            (
                "Microsoft Defender for Cloud Apps: Cloud Discovery über Defender for Endpoint für 540 Clients, 38 "
                "nicht genehmigte Apps bewertet, 9 gesperrt.",
                "Microsoft Defender for Cloud Apps: Cloud Discovery via Defender for Endpoint for 540 clients, 38 "
                "unsanctioned apps assessed, 9 blocked.",
            ),
            (
                "App-Connectors für Microsoft 365 und das Crew-Portal; Sitzungsrichtlinien für Downloads auf nicht "
                "verwalteten Geräten (Schiffe und Crew-Laptops).",
                "App connectors for Microsoft 365 and the crew portal; session policies for downloads on unmanaged "
                "devices (vessels and crew laptops).",
            ),
        ],
        [
            ("Defender for Identity", "6 DCs + 2 AD FS, honeytokens, alert routing", "8 sensors"),
            ("Defender for Cloud Apps", "Discovery, 2 connectors, 4 session policies", "540 clients, 1,180 users"),
            ("Schulung / Training", "2 sessions for the IT team (6 people)", "2 × 3 h"),
        ],
        f"{cid}|record",
        digital=True,
    )
    signed = g.digisign(
        record,
        cc,
        T(2026, 4, 16, 11, 24, 2),
        f"{cid}|pades",
        ca_name="Nordsiegel Qualified Signature CA 2",
        anchor="Für den Auftraggeber / For the customer:",
        dy=14,
        reason="Abnahme erteilt / Acceptance granted",
        location="Hamburg",
    )
    path = "Abnahmeprotokoll_EWC-AP-2026-017_Reederei_Sievers_signiert.pdf"
    claim = cpor(
        cid,
        ELBWERK,
        EW_SEC,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER FOR IDENTITY", "MICROSOFT DEFENDER FOR CLOUD APPS"],
        T(2026, 4, 30, 9, 40, 2),
        [(path, "poe")],
    )
    return Bundle(
        f"{cid}_reederei_sievers_pades_customer",
        claim,
        {path: signed},
        "approve",
        "Bilingual acceptance record – every German statement has its full English text beside it – with 8 MDI "
        "sensors, honeytokens, Cloud Discovery for 540 clients, connectors and session policies, and a PAdES "
        "digital signature of the customer's Head of IT whose certificate names Reederei Albrecht Sievers GmbH & Co. "
        "KG (signed 2026-04-16, two weeks before submission): a verifiable eSignature. The text calls the customer "
        "'Reederei Sievers', its short name.",
        "PAdES signature 'Kerstin Lüders', O=Reederei Albrecht Sievers GmbH & Co. KG, 2026-04-16, in the customer "
        "field.",
        ok(),
    )


GEESTLAND = Org(
    "Amt Geestland-Nord",
    "Amt Geestland-Nord",
    "amt-geestland-nord.de",
    "DE",
    "25821 Bredstedt",
    "Osterstraße 14",
    "#1b5e20",
)
GEESTLAND_ZD = person(
    GEESTLAND, "Holger Brodersen", "Leiter Zentrale Dienste / Head of Central Services", "h.brodersen"
)


def s_010_geestland_public_upside_down_100dpi() -> Bundle:
    cid = "5071010"
    cust, cc = GEESTLAND, GEESTLAND_ZD
    parties = [
        Party("Auftraggeber / Customer", cust.name, cc.name, "Leiter Zentrale Dienste"),
        Party("Auftragnehmer / Contractor", ELBWERK.name, EW_PM.name, "Projektleiter"),
    ]
    record = elbwerk_record(
        cust,
        "EWC-AP-2026-023",
        D(2026, 6, 5),
        "16.03.2026 – 29.05.2026",
        [
            (
                "Exchange Online: 214 Postfächer der Amtsverwaltung und 9 Funktionspostfächer (Bürgerbüro, "
                "Standesamt, Ordnungsamt) aus Exchange 2016 migriert.",
                "Exchange Online: 214 mailboxes of the municipal administration and 9 shared mailboxes (citizens' "
                "office, registry office, public order office) migrated from Exchange 2016.",
            ),
            (
                "Microsoft Teams: 27 Teams für die Fachbereiche und die 11 amtsangehörigen Gemeinden, "
                "Gastzugang für Bürgermeister.",
                "Microsoft Teams: 27 teams for the departments and the 11 member municipalities, guest access for "
                "the mayors.",
            ),
            (
                "Aufbewahrungsrichtlinien gemäß Aktenplan; Schulung von 180 Mitarbeitenden in 9 Terminen.",
                "Retention policies according to the filing plan; training for 180 staff in 9 sessions.",
            ),
        ],
        [
            ("Exchange Online", "Hybrid-Migration in 4 Wellen / hybrid migration in 4 waves", "223 Postfächer"),
            ("Teams", "27 Teams, Gastzugang / guest access", "196 Nutzer / users"),
        ],
        f"{cid}|record",
        parties=parties,
    )
    inks = [
        *g.sign_inks("columns", parties[0], 0, "09.06.2026", labels=EW_LABELS),
        Ink(cc.name, "seal", dx=120, dy=40, h=62, lines=("AMT GEESTLAND-NORD", "DIENSTSIEGEL"), color=(40, 50, 150)),
        *g.sign_inks("columns", parties[1], 1, "05.06.2026", labels=EW_LABELS, color=g.INK_BLACK),
    ]
    scan = g.scan_pdf(record, inks, f"{cid}|scan", T(2026, 6, 10, 8, 41, 2), dpi=100, rotate=180, skew=0.9, quality=52)
    path = "Scan_2026-06-10_084102.pdf"
    claim = cpor(
        cid,
        ELBWERK,
        EW_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS"],
        T(2026, 6, 24, 13, 15, 2),
        [(path, "poe")],
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_geestland_public_sector_upside_down_scan",
        claim,
        {path: scan},
        "approve",
        "German municipal administration (public sector) on a Modern Work usage claim: the written fee disclosure "
        "is required only in the United States and Puerto Rico, so none is needed here. The bilingual acceptance "
        "record (223 mailboxes, 27 teams, 180 staff trained, dates) was printed, signed and sealed by the Head of "
        "Central Services on 09.06.2026 and scanned upside down at 100 dpi – still a physically signed document.",
        "Scan rotated 180°: customer column signed by Holger Brodersen with 'Dienstsiegel', Datum 09.06.2026.",
        ok(ps=False, public_sector=PASS_NA),
    )


FLEETH = Org(
    "Fleether Mühlenwerke GmbH",
    "Fleether Mühlenwerke",
    "fleether-muehlenwerke.de",
    "DE",
    "21614 Buxtehude",
    "Mühlenweg 3",
    "#795548",
)
FLEETH_IT = person(FLEETH, "Dirk Harms", "IT-Leiter / Head of IT", "d.harms")


def s_011_fleeth_pades_by_partner() -> Bundle:
    cid = "5071011"
    cust, cc = FLEETH, FLEETH_IT
    record = elbwerk_record(
        cust,
        "EWC-AP-2026-019",
        D(2026, 5, 8),
        "09.03.2026 – 30.04.2026",
        [
            (
                "Microsoft Intune: 265 Windows-Clients per Autopilot registriert, 12 Konfigurationsprofile, "
                "Compliance-Richtlinien mit bedingtem Zugriff.",
                "Microsoft Intune: 265 Windows clients registered via Autopilot, 12 configuration profiles, compliance "
                "policies with conditional access.",
            ),
            (
                "Microsoft Defender for Endpoint: 265 Clients und 22 Server angebunden, EDR im Blockmodus, 10 ASR-"
                "Regeln aktiv.",
                "Microsoft Defender for Endpoint: 265 clients and 22 servers onboarded, EDR in block mode, 10 ASR "
                "rules "
                "active.",
            ),
        ],
        [("Intune", "Autopilot, 12 profiles", "265 clients"), ("Defender for Endpoint", "EDR, ASR", "287 devices")],
        f"{cid}|record",
        digital=True,
    )
    signed = g.digisign(
        record,
        EW_PM,
        T(2026, 5, 8, 17, 2, 2),
        f"{cid}|pades",
        ca_name="Nordsiegel Qualified Signature CA 2",
        anchor="Für den Auftragnehmer / For the contractor:",
        dy=14,
        reason="Freigabe Projektleitung / Released by project management",
        location="Hamburg",
    )
    path = "Abnahmeprotokoll_EWC-AP-2026-019_Fleether_Muehlenwerke_signiert.pdf"
    claim = cpor(
        cid,
        ELBWERK,
        EW_PM,
        cust,
        cc,
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 5, 19, 10, 5, 2),
        [(path, "poe")],
        comments=[("partner", T(2026, 5, 19, 10, 3, 2), "Digitally signed acceptance record attached.")],
    )
    return Bundle(
        f"{cid}_fleether_pades_signed_by_partner",
        claim,
        {path: signed},
        "action_required",
        "The record is detailed and bilingual and carries a valid PAdES signature – but the certificate is Jannik "
        "Ohlsen's of Elbwerk Cloud GmbH, the claiming partner, in the contractor's field; the customer's field is "
        "empty. A partner signing its own document is not customer acknowledgement; the customer must sign or "
        "acknowledge.",
        "PAdES signer 'Jannik Ohlsen', O=Elbwerk Cloud GmbH, reason 'Freigabe Projektleitung'; customer field blank.",
        only(customer_acknowledgement="fail", activity_detail="pass", document_language="pass", reused_evidence="pass"),
    )


DEICHBAU = Org(
    "Nordfriesische Deichbau GmbH",
    "NF Deichbau",
    "nf-deichbau.de",
    "DE",
    "25813 Husum",
    "Am Außenhafen 7",
    "#01579b",
)
DEICHBAU_KL = person(DEICHBAU, "Frauke Jessen", "Kaufmännische Leiterin / Head of Finance & IT", "f.jessen")
DEICHBAU_IT = person(DEICHBAU, "Malte Ketelsen", "IT-Administrator", "m.ketelsen")


def s_012_deichbau_two_auto_replies() -> Bundle:
    cid = "5071012"
    cust, cc = DEICHBAU, DEICHBAU_KL
    parties = [
        Party("Auftraggeber / Customer", cust.name, cc.name, "Kaufmännische Leiterin"),
        Party("Auftragnehmer / Contractor", ELBWERK.name, EW_PM.name, "Projektleiter"),
    ]
    record = elbwerk_record(
        cust,
        "EWC-AP-2026-028",
        D(2026, 7, 3),
        "04.05.2026 – 26.06.2026",
        [
            (
                "Microsoft 365 Apps: Office 2016 auf 96 Clients (Büro Husum, 4 Baustellencontainer) durch Microsoft "
                "365 Apps ersetzt, Updatekanal Monatlich.",
                "Microsoft 365 Apps: Office 2016 replaced by Microsoft 365 Apps on 96 clients (Husum office, 4 site "
                "containers), monthly update channel.",
            ),
            (
                "SharePoint Online: Projektablage für 14 Deichbaustellen, 620 GB vom Dateiserver migriert.",
                "SharePoint Online: project filing for 14 dyke construction sites, 620 GB migrated from the file "
                "server.",
            ),
        ],
        [("Microsoft 365 Apps", "Rollout, update channel", "96 clients"), ("SharePoint", "14 project sites", "620 GB")],
        f"{cid}|record",
        parties=parties,
    )
    request = Mail(
        EW_PM,
        [cc],
        "Abnahmeprotokoll Microsoft 365 – Bitte um Freigabe",
        T(2026, 7, 6, 9, 12, 2),
        f"Sehr geehrte Frau Jessen,\n\nanbei das Abnahmeprotokoll EWC-AP-2026-028 für Microsoft 365 Apps und "
        f"SharePoint. Wir bitten um Ihre Unterschrift bzw. kurze Freigabe per E-Mail.\n\nMit freundlichen Grüßen\n"
        f"Jannik Ohlsen\n\n{sig(EW_PM)}",
        attachments=[("EWC-AP-2026-028.pdf", record)],
        lang="de",
    )
    ooo_de = Mail(
        cc,
        [EW_PM],
        "Automatische Antwort: Abnahmeprotokoll Microsoft 365 – Bitte um Freigabe",
        T(2026, 7, 6, 9, 12, 2),
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 24.07.2026 nicht im Büro und habe keinen Zugriff "
        "auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Malte Ketelsen (m.ketelsen@nf-deichbau.de)."
        "\n\nFrauke Jessen\nNordfriesische Deichbau GmbH",
        auto_reply=True,
        lang="de",
    )
    nudge = Mail(
        EW_PM,
        [DEICHBAU_IT],
        "WG: Abnahmeprotokoll Microsoft 365 – Bitte um Freigabe",
        T(2026, 7, 7, 8, 30, 2),
        "Moin Herr Ketelsen,\n\nFrau Jessen ist im Urlaub – könnten Sie das Abnahmeprotokoll freigeben?\n\n"
        "Viele Grüße\nJannik Ohlsen",
        lang="de",
    )
    ooo_en = Mail(
        DEICHBAU_IT,
        [EW_PM],
        "Automatic reply: WG: Abnahmeprotokoll Microsoft 365 – Bitte um Freigabe",
        T(2026, 7, 7, 8, 30, 2),
        "Thank you for your email. I am out of the office until 17 July with limited access to email. For urgent IT "
        "matters please call the service desk on +49 4841 555 200.\n\nMalte Ketelsen",
        auto_reply=True,
    )
    files = {
        "EWC-AP-2026-028_Abnahmeprotokoll.pdf": record,
        "Mails/Abnahmeprotokoll Microsoft 365 - Bitte um Freigabe.msg": msg_t(request),
        "Mails/Automatische Antwort_ Abnahmeprotokoll Microsoft 365.msg": msg_t(ooo_de, ELBWERK, oof=True),
        "Mails/WG_ Abnahmeprotokoll Microsoft 365.msg": msg_t(thread(request, nudge)),
        "Mails/Automatic reply_ WG_ Abnahmeprotokoll Microsoft 365.msg": msg_t(ooo_en, ELBWERK, oof=True),
    }
    claim = cpor(
        cid,
        ELBWERK,
        EW_PM,
        cust,
        cc,
        "Modern Work",
        ["MICROSOFT 365 APPS", "SHAREPOINT ONLINE"],
        T(2026, 7, 14, 15, 50, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_nf_deichbau_only_auto_replies",
        claim,
        files,
        "action_required",
        "The acceptance record is unsigned, and the only messages from the customer are two automatic out-of-office "
        "replies (German from the Head of Finance & IT, English from the IT administrator). An automatic reply "
        "acknowledges nothing; the POE has no customer acknowledgement.",
        "'Automatische Antwort: …' and 'Automatic reply: …' .msg files (Auto-Submitted: auto-replied); record "
        "signature cells empty.",
        only(customer_acknowledgement="fail", activity_detail="pass", document_language="pass", reused_evidence="pass"),
    )


# --------------------------------------------------------------------------------------------------------------
# Maple Crown Technologies (Ottawa): completion forms and bilingual closure reports
# --------------------------------------------------------------------------------------------------------------


def maplecrown_form(
    cust: Org,
    ref: str,
    service: str,
    rows: Sequence[tuple[str, str]],
    milestones: Sequence[tuple[str, str]],
    day: dt.date,
    seed: str,
    *,
    partner_date: str = "",
) -> bytes:
    """Maple Crown's one-page Service Completion Form (English, ISO dates)."""
    html = f"""
<h1>Service Completion Form</h1>
{kv([("Customer", esc(cust.name)), ("Service", esc(service)), ("Form no.", ref), ("Prepared", day.isoformat())])}
<h2>Delivered</h2>{grid(["Item", "Detail"], rows, [30, 70])}
<h2>Milestones</h2>{grid(["Milestone", "Date"], milestones, [64, 36])}
<p>By signing below the customer confirms that Maple Crown Technologies Inc. has completed the service described on
this form.</p>
{
        sign_rows(
            [
                ("Customer name", ""),
                ("Customer signature", ""),
                ("Date signed", ""),
                ("Maple Crown representative", esc(MC_PM.name)),
                ("Representative date", partner_date),
            ]
        )
    }
"""
    return g.report_pdf(
        MAPLECROWN,
        html,
        meta(f"Service Completion Form {ref}", MC_PM.name, T(day.year, day.month, day.day, 10, 0, -4)),
        seed,
        right=f"Service Completion Form · {ref}",
        footer="Maple Crown Technologies Inc. · 155 Queen Street, Suite 900, Ottawa ON K1P 5G4",
        size=g.LETTER,
        numbers="",
    )


RIDEAU = Org(
    "Rideau Valley Aggregates Ltd.",
    "Rideau Aggregates",
    "rideauaggregates.ca",
    "CA",
    "Smiths Falls ON K7A 4S5",
    "2205 County Road 43",
    "#546e7a",
)
RIDEAU_OPS = person(RIDEAU, "Colin Baxter", "Operations Manager", "cbaxter")


def s_013_rideau_undecidable_date() -> Bundle:
    cid = "5071013"
    cust, cc = RIDEAU, RIDEAU_OPS
    form = maplecrown_form(
        cust,
        "MCT-SCF-25-0412",
        "Teams Phone for office, scale houses and three quarries",
        [
            ("Teams Phone users", "118 users on Operator Connect; numbers ported from the old PBX"),
            ("Auto attendants / queues", "2 auto attendants (main line, dispatch), 1 call queue for truck dispatch"),
            ("Scale houses", "6 common-area phones in the scale houses at Smiths Falls, Perth and Kemptville"),
            ("Training", "4 sessions for dispatch and office staff"),
        ],
        [
            ("Design sign-off", "2025-03-21"),
            ("Number porting", "2025-04-14"),
            ("Cut-over of all sites", "2025-04-25"),
            ("End of hypercare", "2025-05-02"),
        ],
        D(2025, 5, 2),
        f"{cid}|form",
        partner_date="2025-05-02",
    )
    inks = value_inks(
        [
            ("Customer name", "hand", cc.name),
            ("Customer signature", "sig", cc.name),
            ("Date signed", "hand", "05/06/2025"),
        ]
    )
    scan = g.scan_pdf(form, inks, f"{cid}|scan", T(2025, 7, 14, 10, 12, -4), dpi=200, skew=0.4, scanner=3)
    path = "MCT-SCF-25-0412 Rideau Aggregates signed.pdf"
    claim = cpor(
        cid,
        MAPLECROWN,
        MC_PM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS PHONE ENABLED USERS"],
        T(2026, 5, 21, 14, 30, -4),
        [(path, "poe")],
    )
    return Bundle(
        f"{cid}_rideau_aggregates_undecidable_date",
        claim,
        {path: scan},
        "action_required",
        "The only customer acknowledgement is a hand-signed completion form dated '05/06/2025'. In Canada both "
        "day-first and month-first are in use, the form prints only ISO dates (2025-05-02) and nothing pins the "
        "reading down: 5 June 2025 would be within 12 months of submission (2026-05-21), May 6, 2025 would be older "
        "than 12 months. A reviewer cannot decide the date, so the partner must supply a recent or unambiguously "
        "dated acknowledgement.",
        "Scanned form: 'Date signed 05/06/2025' in hand; submission 2026-05-21.",
        only(
            acknowledgement_date=FAIL_WARN,
            customer_acknowledgement="pass",
            activity_detail="pass",
            reused_evidence="pass",
        ),
    )


def maplecrown_bilingual(
    cust: Org,
    title: str,
    facts: Sequence[tuple[str, str]],
    rows: Sequence[tuple[str, str]],
    signer: Person,
    signer_title: str,
    when: dt.datetime,
    seed: str,
) -> bytes:
    return bilingual_report(
        MAPLECROWN,
        title,
        facts,
        [("Travaux réalisés / Work delivered", rows)],
        ("Français", "English"),
        [
            ("Approbation du client / Customer approval", ""),
            ("Nom / Name", esc(signer.name)),
            ("Titre / Title", esc(signer_title)),
            ("Signature / Signature", ""),
            ("Date de signature / Date signed", ""),
        ],
        when,
        MC_PM.name,
        seed,
    )


SAINT_AURELE = Org(
    "Ville de Saint-Aurèle",
    "Saint-Aurèle",
    "saint-aurele.qc.ca",
    "CA",
    "Saint-Aurèle QC J0K 2R0",
    "125, rue Principale",
    "#1565c0",
)
SAINT_AURELE_TI = person(SAINT_AURELE, "Nathalie Bergeron", "Directrice des technologies de l'information", "nbergeron")


def s_014_saint_aurele_public_docusign() -> Bundle:
    cid = "5071014"
    cust, cc = SAINT_AURELE, SAINT_AURELE_TI
    report = maplecrown_bilingual(
        cust,
        "Rapport de clôture / Closure Report",
        [
            ("Client / Customer", cust.name),
            ("Projet / Project", "Identité et messagerie sécurisées / Secure identity and mail"),
            ("Période / Period", "2026-05-04 – 2026-07-31"),
            ("Référence / Reference", "MCT-RC-26-0077"),
        ],
        [
            (
                "Microsoft Entra ID P2 : 14 stratégies d'accès conditionnel, PIM pour 23 rôles d'administration, "
                "stratégies de risque Identity Protection pour les 410 employés municipaux.",
                "Microsoft Entra ID P2: 14 Conditional Access policies, PIM for 23 administrative roles, Identity "
                "Protection risk policies for the 410 municipal employees.",
            ),
            (
                "Accès des élus et des pompiers volontaires (62 comptes) protégé par MFA résistante à l'hameçonnage.",
                "Access for elected officials and volunteer firefighters (62 accounts) protected with phishing-"
                "resistant MFA.",
            ),
            (
                "Microsoft Defender for Office 365 P2 : liens et pièces jointes fiables, anti-hameçonnage, 2 "
                "simulations d'attaque (taux de clic de 12 % à 3,8 %).",
                "Microsoft Defender for Office 365 P2: Safe Links and Safe Attachments, anti-phishing, 2 attack "
                "simulations (click rate from 12% to 3.8%).",
            ),
        ],
        cc,
        "Directrice des TI / Director of IT",
        T(2026, 8, 7, 15, 0, -4),
        f"{cid}|report",
    )
    report = h.typed_fields(report, [("Date de signature / Date signed", 0, "2026-08-11")], f"{cid}|date", dx=150)
    signed = g.esign(
        report,
        cc,
        T(2026, 8, 11, 9, 37, -4),
        f"{cid}|ds",
        sig_anchor="Signature / Signature",
        sig_dx=150,
        sig_dy=4,
        sender=MC_PM,
        ip="142.116.8.42",
    )
    path = "MCT-RC-26-0077 Rapport de cloture - Closure Report (DocuSign).pdf"
    claim = cpor(
        cid,
        MAPLECROWN,
        MC_PM,
        cust,
        cc,
        "Security",
        ["AZURE ACTIVE DIRECTORY PREMIUM 2", "MICROSOFT DEFENDER FOR OFFICE"],
        T(2026, 8, 25, 11, 0, -4),
        [(path, "poe")],
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_saint_aurele_public_sector_docusign",
        claim,
        {path: signed},
        "approve",
        "Quebec municipality (public sector) outside the US/PR, so no fee disclosure is required. French/English "
        "closure report with the full English text (14 CA policies, PIM for 23 roles, 410 employees, MDO P2 with "
        "simulations, dates) DocuSigned by the city's Director of IT on 2026-08-11 with the certificate of "
        "completion: a verifiable eSignature two weeks before submission.",
        "DocuSign certificate: signed by nbergeron@saint-aurele.qc.ca 08/11/2026.",
        ok(public_sector=PASS_NA),
    )


BISCUITS = Org(
    "Biscuiterie des Laurentides Inc.",
    "Biscuits Laurentides",
    "biscuitslaurentides.ca",
    "CA",
    "Saint-Jérôme QC J7Y 4B5",
    "980, boulevard Monseigneur-Dubois",
    "#8d6e63",
)
BISCUITS_TI = person(BISCUITS, "Sébastien Paquette", "Directeur TI / IT Director", "spaquette")


def s_015_laurentides_envelope_never_completed() -> Bundle:
    cid = "5071015"
    cust, cc = BISCUITS, BISCUITS_TI
    report = maplecrown_bilingual(
        cust,
        "Rapport de clôture / Closure Report",
        [
            ("Client / Customer", cust.name),
            ("Projet / Project", "Microsoft 365 Apps et Exchange Online"),
            ("Période / Period", "2026-06-01 – 2026-08-14"),
            ("Référence / Reference", "MCT-RC-26-0081"),
        ],
        [
            (
                "Exchange Online : 238 boîtes aux lettres migrées de Exchange 2013, 14 boîtes partagées (commandes, "
                "qualité).",
                "Exchange Online: 238 mailboxes migrated from Exchange 2013, 14 shared mailboxes (orders, quality).",
            ),
            (
                "Microsoft 365 Apps : déploiement sur 205 postes (bureaux et usine), canal mensuel.",
                "Microsoft 365 Apps: deployed on 205 PCs (offices and plant), monthly channel.",
            ),
        ],
        cc,
        "Directeur TI / IT Director",
        T(2026, 8, 21, 16, 0, -4),
        f"{cid}|report",
    )
    pending = pending_envelope(report, cc, MC_PM, T(2026, 8, 24, 10, 2, -4), f"{cid}|env")
    path = "MCT-RC-26-0081 Rapport de cloture (DocuSign).pdf"
    claim = cpor(
        cid,
        MAPLECROWN,
        MC_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "MICROSOFT 365 APPS"],
        T(2026, 9, 3, 10, 45, -4),
        [(path, "poe")],
        comments=[("partner", T(2026, 9, 3, 10, 44, -4), "Closure report sent to the customer via DocuSign.")],
    )
    return Bundle(
        f"{cid}_laurentides_envelope_never_completed",
        claim,
        {path: pending},
        "action_required",
        "The closure report was sent through DocuSign on 08/24/2026 but the envelope was never completed: the "
        "signature field is empty and the envelope history shows status 'Sent', the recipient 'Delivered' and no "
        "signing event. An unsigned document is not customer acknowledgement; the partner must obtain the signature "
        "or another acknowledgement.",
        "Envelope History page: Status Sent; Signed: —; Signing Complete: —.",
        only(customer_acknowledgement="fail", activity_detail="pass", document_language="pass", reused_evidence="pass"),
    )


MS_CANADA = Org(
    "Microsoft Canada Inc.",
    "Microsoft Canada",
    "microsoft.com",
    "CA",
    "Ottawa ON",
    "Queen Street office, 5th floor",
    "#737373",
)
MS_CANADA_WS = person(MS_CANADA, "Mireille Aucoin", "Workplace Services Manager", "maucoin")


def s_016_microsoft_canada_is_customer() -> Bundle:
    cid = "5071016"
    cust, cc = MS_CANADA, MS_CANADA_WS
    form = maplecrown_form(
        cust,
        "MCT-SCF-26-0031",
        "Teams Rooms for the Ottawa office",
        [
            ("Teams Rooms", "7 rooms (2 large, 5 focus rooms) on Teams Rooms on Windows with front-row layout"),
            ("Management", "Teams Rooms Pro, room mailboxes and booking policies"),
            ("Handover", "Workplace services team trained; room health alerts routed to the local support"),
        ],
        [("Survey", "2026-01-12"), ("Installation", "2026-01-26"), ("Go-live", "2026-02-02")],
        D(2026, 2, 3),
        f"{cid}|form",
        partner_date="2026-02-03",
    )
    inks = value_inks(
        [
            ("Customer name", "hand", cc.name),
            ("Customer signature", "sig", cc.name),
            ("Date signed", "hand", "2026-02-05"),
        ]
    )
    scan = g.scan_pdf(form, inks, f"{cid}|scan", T(2026, 2, 5, 14, 0, -5), dpi=200, skew=0.3, scanner=1)
    path = "MCT-SCF-26-0031 signed.pdf"
    claim = cpor(
        cid,
        MAPLECROWN,
        MC_AM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS ROOMS"],
        T(2026, 2, 19, 9, 30, -5),
        [(path, "poe")],
    )
    return Bundle(
        f"{cid}_microsoft_canada_is_the_customer",
        claim,
        {path: scan},
        "reject",
        "The customer is Microsoft Canada Inc. (tenant domain microsoft.com) – Teams Rooms in Microsoft's own Ottawa "
        "office. Incentives are not paid for services where Microsoft is the end customer; no document can cure that.",
        "Customer 'Microsoft Canada Inc.', domain microsoft.com, signed by its Workplace Services Manager.",
        only(ineligible_customer="fail", reused_evidence="pass"),
    )


# --------------------------------------------------------------------------------------------------------------
# Yunque Cloud Works (Puerto Rico)
# --------------------------------------------------------------------------------------------------------------

VEGA_SERENA = Org(
    "Municipio de Vega Serena",
    "Vega Serena",
    "vegaserena.pr.gov",
    "PR",
    "Vega Serena, PR 00693",
    "Calle Muñoz Rivera #12",
    "#0277bd",
)
VEGA_SERENA_IT = person(
    VEGA_SERENA, "Héctor Santiago Colón", "Director de Sistemas de Información / IT Director", "hsantiago"
)


def s_017_vega_serena_pr_public_sector_psd() -> Bundle:
    cid = "5071017"
    cust, cc = VEGA_SERENA, VEGA_SERENA_IT
    report = bilingual_report(
        YUNQUE,
        "Informe de Cierre / Closure Report",
        [
            ("Cliente / Customer", cust.name),
            ("Proyecto / Project", "Protección de equipos / Endpoint protection"),
            ("Período / Period", "01/12/2026 – 02/27/2026"),
            ("Referencia / Reference", "YQD-IC-2026-004"),
        ],
        [
            (
                "Trabajo realizado / Work delivered",
                [
                    (
                        "Microsoft Intune: 312 computadoras de la Casa Alcaldía, la Policía Municipal y los centros "
                        "comunitarios inscritas con Autopilot; 9 perfiles de configuración; cumplimiento al 95%.",
                        "Microsoft Intune: 312 computers of City Hall, the Municipal Police and the community centres "
                        "enrolled with Autopilot; 9 configuration profiles; 95% compliance.",
                    ),
                    (
                        "Microsoft Defender for Endpoint: 312 computadoras y 18 servidores; EDR en modo bloqueo; 12 "
                        "reglas ASR; respuesta automatizada en oficinas administrativas.",
                        "Microsoft Defender for Endpoint: 312 computers and 18 servers; EDR in block mode; 12 ASR "
                        "rules; automated response for administrative offices.",
                    ),
                    (
                        "Capacitación a 6 técnicos municipales y manual de operación entregado el 02/27/2026.",
                        "Training for 6 municipal technicians and operations manual handed over on 02/27/2026.",
                    ),
                ],
            )
        ],
        ("Español", "English"),
        [
            ("Aceptación del cliente / Customer acceptance", ""),
            ("Nombre / Name", esc(cc.name)),
            ("Cargo / Title", "Director de Sistemas de Información"),
            ("Firma / Signature", ""),
            ("Fecha / Date", ""),
        ],
        T(2026, 2, 27, 16, 0, -4),
        YQ_PM.name,
        f"{cid}|report",
    )
    seal = "MUNICIPIO DE VEGA SERENA|SELLO OFICIAL"
    r_inks = value_inks(
        [
            ("Firma / Signature", "sig", cc.name),
            ("Firma / Signature", "seal", seal),
            ("Fecha / Date", "hand", "03/02/2026"),
        ]
    )
    signed = g.with_scanned_pages(
        report,
        [1],
        r_inks,
        f"{cid}|scan",
        T(2026, 3, 3, 9, 20, -4),
        meta("YQD-IC-2026-004 firmado", YQ_PM.name, T(2026, 3, 3, 9, 30, -4)),
        dpi=150,
    )
    psd = h.psd_pdf(
        YUNQUE,
        cust,
        "Microsoft Intune and Microsoft Defender for Endpoint services for the municipality",
        "the Microsoft Commerce Incentives Security usage incentive for the claimed workloads",
        D(2026, 1, 12),
        f"{cid}|psd",
    )
    psd_scan = g.scan_pdf(
        psd,
        h.psd_inks(
            cc.name, "Director de Sistemas de Información", "01/20/2026", ("MUNICIPIO DE VEGA SERENA", "SELLO OFICIAL")
        ),
        f"{cid}|psdscan",
        T(2026, 1, 20, 14, 5, -4),
        dpi=150,
        scanner=4,
    )
    files = {
        "POE/YQD-IC-2026-004 Informe de Cierre - Closure Report (firmado).pdf": signed,
        "PSD/Divulgacion - Public Sector Disclosure Vega Serena (firmado).pdf": psd_scan,
    }
    claim = cpor(
        cid,
        YUNQUE,
        YQ_PM,
        cust,
        cc,
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 3, 17, 10, 0, -4),
        [(path, "poe" if path.startswith("POE/") else "public_sector_disclosure") for path in files],
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_vega_serena_pr_municipality_with_psd",
        claim,
        files,
        "approve",
        "Puerto Rico municipality (public sector), Security usage: the standard written fee disclosure is signed and "
        "sealed by the municipality's IT Director (01/20/2026), as the guide requires in Puerto Rico. The Spanish/"
        "English closure report gives the full English text (312 computers in Intune and MDE, 18 servers, 12 ASR "
        "rules, dates) and is hand-signed and sealed on 03/02/2026 – March 2 or February 3, within 12 months either "
        "way.",
        "Scanned page 2: signature + 'SELLO OFICIAL', Fecha 03/02/2026; PSD acknowledgement signed 01/20/2026.",
        ok(ps=True),
    )


HCSL = Org(
    "Hospital Comunitario de San Lorenzo Norte",
    "HCSL Norte",
    "hcslnorte.org",
    "PR",
    "San Lorenzo, PR 00754",
    "Carr. 183 Km 4.2",
    "#00838f",
)
HCSL_PS = person(
    HCSL, "Marta Rivera Ocasio", "Directora de Servicio al Paciente / Patient Services Director", "mrivera"
)


def s_018_hcsl_pr_health_business_apps() -> Bundle:
    cid = "5071018"
    cust, cc = HCSL, HCSL_PS
    parties = [
        Party("Hospital", cust.name, cc.name, "Patient Services Director"),
        Party("Yunque Cloud Works", YUNQUE.name, YQ_PM.name, "Project Manager"),
    ]
    html = f"""
<h1>Go-Live Acceptance – Dynamics 365 Customer Service</h1>
{kv([("Customer", esc(cust.name)), ("Go-live", "March 30, 2026"), ("Reference", "YQD-GL-2026-011")])}
<h2>What went live</h2>
{
        grid(
            ["Area", "Detail", "Volume"],
            [
                (
                    "Patient contact center",
                    "Case management for appointment, billing and records requests; SLAs per queue",
                    "34 agents",
                ),
                ("Channels", "Phone (Teams integration), e-mail, web portal form in Spanish and English", "3 channels"),
                ("Knowledge base", "Spanish/English articles for the most frequent patient questions", "146 articles"),
                ("Reporting", "Daily SLA dashboard for the Patient Services Director", "6 reports"),
            ],
            [26, 56, 18],
        )
    }
<h2>Timeline</h2>
{
        grid(
            ["Phase", "Dates"],
            [
                ("Fit-gap and design", "01/05/2026 – 01/30/2026"),
                ("Build and migration of 21,400 open cases", "02/02/2026 – 03/13/2026"),
                ("User acceptance testing", "03/16/2026 – 03/27/2026"),
                ("Go-live and hypercare", "03/30/2026 – 04/10/2026"),
            ],
            [70, 30],
        )
    }
""" + g.signoff(
        "columns",
        parties,
        heading="Acceptance",
        statement="The hospital accepts the Dynamics 365 Customer "
        "Service solution as live and delivered by Yunque Cloud Works.",
    )
    pdf = g.report_pdf(
        YUNQUE,
        html,
        meta("HCSL Go-Live Acceptance", YQ_PM.name, T(2026, 4, 10, 15, 0, -4)),
        f"{cid}|golive",
        right="Go-Live Acceptance",
        size=g.LETTER,
    )
    signed = esign_cell(
        pdf,
        cc,
        T(2026, 4, 13, 10, 20, -4),
        f"{cid}|adobe",
        col_anchor=cc.name,
        date_text="04/13/2026",
        vendor="adobe",
        sender=YQ_PM,
        ip="70.45.118.30",
    )
    path = "HCSL - Go-Live Acceptance D365 Customer Service (signed).pdf"
    claim = cpor(
        cid,
        YUNQUE,
        YQ_PM,
        cust,
        cc,
        "Business Applications",
        ["DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE"],
        T(2026, 4, 22, 14, 40, -4),
        [(path, "poe")],
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_hcsl_pr_hospital_business_apps_no_psd_needed",
        claim,
        {path: signed},
        "approve",
        "Puerto Rico public hospital (public sector) on a Business Applications usage claim. The guide's public-sector "
        "disclosure applies only to Modern Work and Security usage incentive claims, so none is needed. Go-live "
        "acceptance with agents, channels, 146 articles, 21,400 migrated cases and a dated timeline, e-signed by the "
        "Patient Services Director through Adobe Acrobat Sign on 04/13/2026.",
        "Adobe Sign audit report: mrivera@hcslnorte.org signed 2026-04-13.",
        ok(public_sector=PASS_NA),
    )


YAUCO = Org(
    "Cooperativa Cafetalera de Yauco Alto",
    "Café Yauco Alto",
    "cafeyaucoalto.coop",
    "PR",
    "Yauco, PR 00698",
    "Carr. 128 Km 9.5",
    "#5d4037",
)
YAUCO_GM = person(YAUCO, "José Luis Torres Pagán", "Gerente General / General Manager", "jtorres")
ENVISION_BA = "Pre-Sales Variable Envisioning Workshop"


def s_019_yauco_attestation_no_company() -> Bundle:
    cid = "5071019"
    cust, cc = YAUCO, YAUCO_GM
    report = h.findings_report(
        YUNQUE,
        "Envisioning Workshop – Findings and Recommendations",
        [
            ("Customer", cust.name),
            ("Claim", cid),
            ("Workshop dates", "June 2 and June 4, 2026"),
            ("Facilitator", YQ_PM.name),
        ],
        [
            ("Participants", "<p>General Manager, finance lead, 3 agronomists, warehouse supervisor (6 people).</p>"),
            (
                "Current situation",
                ul(
                    [
                        "Member deliveries of cherry coffee recorded on paper at 4 collection points; weekly "
                        "re-keying into "
                        "Excel.",
                        "Payments to 420 member farmers calculated by hand; 3–4 week delays in harvest peak.",
                    ]
                ),
            ),
            (
                "Envisioned solution",
                ul(
                    [
                        "Dynamics 365 Business Central for finance and member payments; Power Apps for collection "
                        "points.",
                        "Traceability from farm lot to roasted bag for the specialty-coffee buyers.",
                    ]
                ),
            ),
            (
                "Recommendations and next steps",
                ul(
                    [
                        "Pilot at the Rancheras collection point in the 2026 harvest (September).",
                        "Estimated 14 Business Central users and 12 collection-point app users.",
                    ]
                ),
            ),
        ],
        T(2026, 6, 12, 11, 0, -4),
        YQ_PM.name,
        f"{cid}|findings",
    )
    eng = g.engagement("BA-PSV-ENV", ENVISION_BA, "standard", "variable", 2040.0)
    files, claim = h.pa_claim(
        cid,
        YUNQUE,
        YQ_PM,
        cust,
        cc,
        area="Business Applications",
        eng=eng,
        consent=D(2026, 5, 11),
        submitted=T(2026, 7, 2, 13, 10, -4),
        poe={"Findings_and_Recommendations_Cafe_Yauco_Alto.pdf": report},
        amount=2040.0,
        inv_no="YQD-2026-0147",
        inv_day=D(2026, 6, 29),
        activities="Two envisioning sessions on collection-point records, member payments and traceability",
        outcome="Envisioned Business Central and Power Apps solution; pilot planned for the 2026 harvest",
        participants="6",
        cust_sig={"company": ""},
        invoice_kw={"date_style": "us_long"},
    )
    return Bundle(
        f"{cid}_cafe_yauco_customer_survey_no_company",
        claim,
        files,
        "reject",
        "Partner Activities claim in order (findings report specific to the cooperative, invoice USD 2,040.00 = the "
        "proposed variable payout with the claim ID, 52 days after consent on a standard 90-day timeline) except the "
        "customer attestation: its electronic signature has the full name and job title but an empty company name. "
        "The guide says a customer attestation whose signature lacks a required element may get the claim rejected, "
        "and once a customer survey response is recorded the survey cannot be re-sent on the claim – unlike the "
        "partner survey, it cannot be re-taken, so the defect cannot be cured on this claim.",
        "customer_attestation JSON: signature.company is empty.",
        only(
            attestations="fail",
            invoice="pass",
            submission_window="pass",
            activity_detail="pass",
            reused_evidence="pass",
        ),
    )


# --------------------------------------------------------------------------------------------------------------
# Monsoon Systems (Pune): completion certificates and workshop findings reports
# --------------------------------------------------------------------------------------------------------------

MS_SIGN = ("Name", "Designation", "Signature", "Date")


def monsoon_certificate(
    cust: Org,
    ref: str,
    day: dt.date,
    items: Sequence[tuple[str, str, str]],
    milestones: Sequence[tuple[str, str]],
    signer: Person,
    designation: str,
    seed: str,
    *,
    landscape: bool = False,
) -> bytes:
    """Monsoon Systems' Project Completion Certificate (day-first dates with dashes)."""
    html = f"""
<h1 style="text-align:center">Project Completion Certificate</h1>
{
        kv(
            [
                ("Certificate no.", ref),
                ("Customer", esc(cust.name)),
                ("Customer address", esc(cust.address)),
                ("Implementation partner", esc(MONSOON.name)),
                ("Issued on", g.fdate(day, "in")),
            ]
        )
    }
<h2>Scope completed</h2>{grid(["Workload", "Delivered", "Users / devices"], items, [22, 58, 20])}
<h2>Milestones</h2>{grid(["Milestone", "Date"], milestones, [70, 30])}
<p>The customer certifies that the above scope has been implemented by {esc(MONSOON.name)} and is in production use.
</p>
<h2>For the customer</h2>
{sign_rows([("Name", esc(signer.name)), ("Designation", esc(designation)), ("Signature", ""), ("Date", "")])}
"""
    return g.html_pdf(
        html,
        meta(f"Completion Certificate {cust.short}", MS_PM.name, T(day.year, day.month, day.day, 11, 0, 5.5)),
        seed,
        size=g.A4_LAND if landscape else g.A4,
        style=css(MONSOON.color, size=9),
        decor=g.Decor(
            MONSOON, right=f"Project Completion Certificate · {ref}", footer=esc(MONSOON.reg), accent=MONSOON.color
        ),
    )


def monsoon_inks(cert: bytes, signer: Person, date_text: str, seal: str) -> list[Ink]:
    return value_inks(
        [("Signature", "sig", signer.name), ("Signature", "seal", seal), ("Date", "hand", date_text)], pdf=cert
    )


def monsoon_findings(
    cust: Org,
    cid: str,
    title: str,
    facts: Sequence[tuple[str, str]],
    sections: Sequence[tuple[str, str]],
    when: dt.datetime,
    author: str,
) -> bytes:
    return h.findings_report(
        MONSOON,
        title,
        [("Customer", cust.name), ("MCI claim", cid), *facts],
        sections,
        when,
        author,
        f"{cid}|findings",
    )


MONSOON_INVOICE_KW = {
    "date_style": "in",
    "extra": "<p class='small'>Export of services under LUT ARN AD270326004118Q – IGST not charged.</p>",
    "bank": "HDFC Bank Ltd, Viman Nagar, Pune · A/c 50200061884412 · IFSC HDFC0001872 · SWIFT HDFCINBB",
}

GODAVARI = Org(
    "Pravara Valley Water Resources Authority",
    "PVWRA",
    "pvwra.gov.in",
    "IN",
    "Ahmednagar 414003",
    "Jalsampada Bhavan, Savedi Road",
    "#0277bd",
)
GODAVARI_CC = person(GODAVARI, "Dr. Sunita Kulkarni", "Deputy Director (IT)", "ddit")
PGSD = "Sales - Protect and Govern Sensitive Data Workshop"


def s_020_godavari_public_sector_workshop_psd() -> Bundle:
    cid = "5071020"
    cust, cc = GODAVARI, GODAVARI_CC
    findings = monsoon_findings(
        cust,
        cid,
        "Protect and Govern Sensitive Data – Findings and Recommendations",
        [("Workshop dates", "21-04-2026 and 23-04-2026"), ("Facilitator", MS_WS.name)],
        [
            (
                "Participants",
                "<p>Deputy Director (IT), 2 system administrators, records officer, 3 division heads (7 people).</p>",
            ),
            (
                "Data landscape",
                ul(
                    [
                        "38 file shares and 4 SharePoint sites hold dam-safety reports, land-acquisition files and "
                        "citizen "
                        "grievance records.",
                        "Data Security risk check over 14 days: 2,140 files with Aadhaar numbers, 610 with PAN, 96 "
                        "shared "
                        "externally.",
                    ]
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Sensitivity labels: Public / Internal / Restricted / Citizen Data, auto-labelling for "
                        "Aadhaar and PAN.",
                        "DLP policies for Exchange, SharePoint and endpoints on 320 devices; block external sharing of "
                        "Citizen Data.",
                        "Records retention aligned with the Authority's record-keeping rules.",
                    ]
                ),
            ),
            ("Next steps", "<p>Pilot labelling in the Land Acquisition division in June 2026.</p>"),
        ],
        T(2026, 4, 28, 17, 0, 5.5),
        MS_WS.name,
    )
    psd = h.psd_pdf(
        MONSOON,
        cust,
        "the Protect and Govern Sensitive Data workshop delivered to the Authority",
        "USD 2,450 (the engagement's proposed payout)",
        D(2026, 5, 12),
        f"{cid}|psd",
        style="gb_long",
    )
    psd_scan = g.scan_pdf(
        psd,
        h.psd_inks(cc.name, cc.title, "14-05-2026", ("PRAVARA VALLEY WATER", "RESOURCES AUTHORITY", "AHMEDNAGAR")),
        f"{cid}|psdscan",
        T(2026, 5, 14, 15, 30, 5.5),
        dpi=150,
        scanner=0,
    )
    eng = g.engagement("SEC-PGSD-WS", PGSD, "standard", "variable", 2450.0)
    files, claim = h.pa_claim(
        cid,
        MONSOON,
        MS_WS,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=D(2026, 3, 20),
        submitted=T(2026, 5, 29, 12, 30, 5.5),
        poe={"PVWRA_PGSD_Findings_and_Recommendations.pdf": findings},
        amount=2450.0,
        inv_no="MSPL-MCI-2026-037",
        inv_day=D(2026, 5, 26),
        activities="Two-day data protection workshop, risk check over our file shares, labelling and DLP plan",
        outcome="Sensitive data mapped; labelling and DLP roadmap agreed with the Authority",
        participants="7",
        segment="public_sector",
        extra_docs=[("Public_Sector_Disclosure_PVWRA_signed.pdf", psd_scan, "public_sector_disclosure")],
        invoice_kw=MONSOON_INVOICE_KW,
    )
    return Bundle(
        f"{cid}_pravara_authority_public_sector_workshop",
        claim,
        files,
        "approve",
        "Indian state water authority (public sector): Partner Activities claims for public-sector customers in India "
        "need the Public Sector Disclosure, and it is there – the standard wording, acknowledged with signature, "
        "seal and date (14-05-2026) by the Deputy Director (IT). Findings report specific to the Authority, invoice "
        "USD 2,450.00 = proposed payout with the claim ID, both surveys signed, 70 days after consent (standard: 90).",
        "Public_Sector_Disclosure_PVWRA_signed.pdf: acknowledgement signed and sealed 14-05-2026.",
        pa_ok(ps=True),
    )


VIDARBHA = Org(
    "Vidarbha State Agricultural University",
    "VSAU",
    "vsau.ac.in",
    "IN",
    "Amravati 444603",
    "University Campus, Badnera Road",
    "#2e7d32",
)
VIDARBHA_REG = person(VIDARBHA, "Prof. Anil Deshmukh", "Registrar", "registrar")
VIDARBHA_IT = person(VIDARBHA, "Mahesh Wankhede", "System Manager, Computer Centre", "sysmgr")


def s_021_vidarbha_university_rotated_certificate() -> Bundle:
    cid = "5071021"
    cust, cc = VIDARBHA, VIDARBHA_IT
    cert = monsoon_certificate(
        cust,
        "MSPL/PCC/2026/006",
        D(2026, 2, 16),
        [
            ("Exchange Online", "Faculty and staff mail moved from the campus mail server; 1,240 mailboxes", "1,240"),
            ("Teams", "Teams for 9 colleges, 46 departments and 4 research stations; online classes", "1,180"),
            ("SharePoint Online", "Research station sites, examination cell library, circulars portal", "52 sites"),
        ],
        [
            ("Kick-off", "03-11-2025"),
            ("Mail migration complete", "19-12-2025"),
            ("Teams and SharePoint live", "30-01-2026"),
            ("Handover to Computer Centre", "13-02-2026"),
        ],
        VIDARBHA_REG,
        "Registrar",
        f"{cid}|cert",
        landscape=True,
    )
    inks = monsoon_inks(cert, VIDARBHA_REG, "18-02-2026", "VIDARBHA STATE|AGRICULTURAL UNIVERSITY|REGISTRAR")
    scan = g.scan_pdf(cert, inks, f"{cid}|scan", T(2026, 2, 19, 12, 40, 5.5), dpi=150, rotate=90, scanner=6)
    path = "VSAU_Completion_Certificate_MSPL-PCC-2026-006.pdf"
    claim = cpor(
        cid,
        MONSOON,
        MS_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS", "SHAREPOINT ONLINE"],
        T(2026, 3, 5, 11, 0, 5.5),
        [(path, "poe")],
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_vidarbha_university_rotated_certificate",
        claim,
        {path: scan},
        "approve",
        "Indian state university (public sector) on a CPOR Modern Work usage claim: for CPOR the guide requires the "
        "written fee disclosure only in the US and Puerto Rico, so none is needed. Completion certificate with "
        "mailboxes, users and sites per workload and dated milestones, signed by the Registrar with the university "
        "seal on 18-02-2026 (Indian day-first) and scanned sideways (90°).",
        "Rotated scan: Registrar's signature and seal, 'Date 18-02-2026'.",
        ok(public_sector=PASS_NA),
    )


DWF = "Microsoft 365 Digital Workforce Workshop"
SAHYOG = Org(
    "Sahyog Agro Exports Pvt. Ltd.",
    "Sahyog Agro",
    "sahyogagro.in",
    "IN",
    "Nashik 422010",
    "Plot D-14, MIDC Ambad",
    "#689f38",
)
SAHYOG_CC = person(SAHYOG, "Nitin Patwardhan", "General Manager – IT", "nitin.patwardhan")
DEOLALI = Org(
    "Deolali Precision Castings Ltd.",
    "Deolali Castings",
    "deolalicastings.com",
    "IN",
    "Nashik 422401",
    "Plot 77, Sinnar MIDC",
    "#455a64",
)
DEOLALI_CC = person(DEOLALI, "Swati Bhosale", "Head – Information Systems", "swati.bhosale")


def sahyog_invoice() -> bytes:
    """Monsoon's invoice for claim 5071022 (later uploaded on 5071023 too)."""
    return g.invoice_pdf(
        MONSOON,
        "MSPL/MCI/2026/041",
        D(2026, 5, 28),
        [(f"MCI Engagement Claim ID 5071022 – {DWF}\nCustomer: {SAHYOG.name}", 1870.0)],
        "5071022|inv",
        author=MS_PM.name,
        **MONSOON_INVOICE_KW,
    )


def dwf_findings(cust: Org, cid: str, when: dt.datetime, facts: str, recs: Sequence[str], people: str) -> bytes:
    return monsoon_findings(
        cust,
        cid,
        "Digital Workforce Workshop – Findings and Recommendations",
        [("Workshop date", g.fdate(when - dt.timedelta(days=6), "in")), ("Facilitator", MS_WS.name)],
        [("Participants", f"<p>{people}</p>"), ("Current state", f"<p>{facts}</p>"), ("Recommendations", ul(recs))],
        when,
        MS_WS.name,
    )


def s_022_sahyog_invoice_original() -> Bundle:
    cid = "5071022"
    cust, cc = SAHYOG, SAHYOG_CC
    findings = dwf_findings(
        cust,
        cid,
        T(2026, 5, 22, 16, 0, 5.5),
        "Grape and onion export documentation is prepared by 26 office staff on shared e-mail IDs; packhouse "
        "supervisors at 3 packhouses use personal WhatsApp groups for shift hand-over; 11 different spreadsheets "
        "track container bookings.",
        [
            "Teams channels per packhouse with shift hand-over forms (Power Apps) replacing WhatsApp groups.",
            "Shared mailbox and Planner board for export documentation; approvals in Teams.",
            "Pilot in the Ambad packhouse for the 2026 grape season; 60 frontline users.",
        ],
        "GM – IT, export documentation head, 3 packhouse managers, HR manager (6 people).",
    )
    eng = g.engagement("MW-DWF-WS", DWF, "standard", "variable", 1870.0)
    files, claim = h.pa_claim(
        cid,
        MONSOON,
        MS_WS,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=D(2026, 4, 6),
        submitted=T(2026, 6, 2, 10, 15, 5.5),
        poe={"Sahyog_DWF_Findings.pdf": findings},
        amount=1870.0,
        inv_no="MSPL-MCI-2026-041",
        inv_day=D(2026, 5, 28),
        activities="Digital workforce workshop on packhouse shift hand-over and export documentation",
        outcome="Teams and Power Apps pilot agreed for the Ambad packhouse",
        participants="6",
        invoice_pdf_bytes=sahyog_invoice(),
    )
    b = Bundle(
        f"{cid}_sahyog_agro_workshop_invoice_original",
        claim,
        files,
        "approve",
        "Digital Workforce workshop with a findings report specific to the exporter (3 packhouses, 26 office staff, "
        "WhatsApp hand-overs), invoice MSPL/MCI/2026/041 naming this claim (5071022), Sahyog and USD 1,870.00 = the "
        "proposed payout, both surveys signed, 57 days after consent (standard: 90). The same invoice file was later "
        "uploaded on claim 5071023; this claim is plainly its original.",
        "Invoice MSPL/MCI/2026/041: 'MCI Engagement Claim ID 5071022 … Customer: Sahyog Agro Exports', USD 1,870.00.",
        pa_ok(),
    )
    return note(b, reuse_pair=["5071022", "5071023"], original=True)


def s_023_deolali_invoice_reused() -> Bundle:
    cid = "5071023"
    cust, cc = DEOLALI, DEOLALI_CC
    findings = dwf_findings(
        cust,
        cid,
        T(2026, 5, 29, 15, 0, 5.5),
        "The foundry runs 3 shifts with 410 operators; shift reports are on paper and typed into the ERP the next "
        "day; quality deviations for automotive customers are e-mailed as photos to 5 personal mailboxes.",
        [
            "Teams for frontline with shift reports in Power Apps on 40 shared tablets.",
            "Quality deviation workflow (Power Automate) to the customer quality team.",
            "Pilot on the moulding line, July 2026.",
        ],
        "Head – Information Systems, plant head, quality manager, 2 shift supervisors (5 people).",
    )
    eng = g.engagement("MW-DWF-WS", DWF, "standard", "variable", 1870.0)
    files, claim = h.pa_claim(
        cid,
        MONSOON,
        MS_WS,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=D(2026, 4, 13),
        submitted=T(2026, 6, 9, 11, 5, 5.5),
        poe={"Deolali_DWF_Findings.pdf": findings},
        amount=1870.0,
        inv_no="MSPL-MCI-2026-041",
        inv_day=D(2026, 6, 4),
        activities="Digital workforce workshop on foundry shift reporting and quality deviations",
        outcome="Frontline Teams and Power Apps pilot agreed for the moulding line",
        participants="5",
        invoice_pdf_bytes=sahyog_invoice(),
    )
    b = Bundle(
        f"{cid}_deolali_castings_invoice_of_other_claim",
        claim,
        files,
        "action_required",
        "Findings report and surveys are this foundry's own, but the uploaded invoice is MSPL/MCI/2026/041 of claim "
        "5071022 – the same file, naming claim 5071022 and Sahyog Agro Exports. Each claim needs its own, unique "
        "invoice with its own claim ID; the partner must upload the right one.",
        "Invoice_MSPL-MCI-2026-041.pdf reads 'Claim ID 5071022 … Sahyog Agro Exports' on claim 5071023.",
        only(invoice="fail", reused_evidence="fail", attestations="pass", submission_window="pass"),
    )
    return note(b, reuse_pair=["5071022", "5071023"], original=False)


TRIMBAK = Org(
    "Trimbak Hills Vineyards Pvt. Ltd.",
    "Trimbak Hills",
    "trimbakhills.com",
    "IN",
    "Nashik 422213",
    "Gat No. 312, Trimbak Road, Sapgaon",
    "#6a1b9a",
)
TRIMBAK_CC = person(TRIMBAK, "Aditya Rane", "IT Manager", "aditya.rane")


def s_024_trimbak_day_first_too_old() -> Bundle:
    cid = "5071024"
    cust, cc = TRIMBAK, TRIMBAK_CC
    cert = monsoon_certificate(
        cust,
        "MSPL/PCC/2025/003",
        D(2025, 1, 31),
        [
            (
                "Defender for Endpoint",
                "Onboarding of winery, tasting room and office PCs; EDR block mode; 9 ASR rules",
                "184 devices",
            ),
            ("Defender for Endpoint", "Servers at the winery (bottling line SCADA excluded, documented)", "11 servers"),
        ],
        [("Pilot", "06-01-2025"), ("Go-live", "20-01-2025"), ("Hypercare end", "31-01-2025")],
        cc,
        "IT Manager",
        f"{cid}|cert",
    )
    inks = monsoon_inks(cert, cc, "04/02/2025", "TRIMBAK HILLS|VINEYARDS PVT. LTD.")
    scan = g.scan_pdf(cert, inks, f"{cid}|scan", T(2025, 2, 6, 10, 0, 5.5), dpi=150, scanner=2)
    path = "Trimbak_Hills_MDE_Completion_Certificate.pdf"
    claim = cpor(
        cid,
        MONSOON,
        MS_PM,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 3, 10, 16, 20, 5.5),
        [(path, "poe")],
    )
    return Bundle(
        f"{cid}_trimbak_hills_day_first_date_too_old",
        claim,
        {path: scan},
        "action_required",
        "The only acknowledgement is the certificate signed by hand on '04/02/2025'. Indian customer and partner, "
        "every printed date on the certificate is day-first (go-live 20-01-2025, hypercare end 31-01-2025), so it "
        "reads "
        "4 February 2025 – more than 12 months before submission (2026-03-10), with nothing recent confirming the "
        "engagement. (Only a month-first reading, 2 April 2025, would be recent; at best the date is doubtful.) The "
        "partner must add a recent customer acknowledgement.",
        "Scanned certificate: signature, seal and 'Date 04/02/2025'; printed dates 20-01-2025 / 31-01-2025.",
        only(
            acknowledgement_date=FAIL_WARN,
            customer_acknowledgement="pass",
            activity_detail="pass",
            reused_evidence="pass",
        ),
    )


NGW = "NextGen Windows Workshop"
RATNAGIRI = Org(
    "Ratnagiri Cashew Processors Ltd.",
    "Ratnagiri Cashew",
    "ratnagiricashew.com",
    "IN",
    "Ratnagiri 415639",
    "MIDC Mirjole, Plot A-21",
    "#a1887f",
)
RATNAGIRI_CC = person(RATNAGIRI, "Prasad Sawant", "Manager – IT & Systems", "prasad.sawant")


def s_025_ratnagiri_workshop_submitted_late() -> Bundle:
    cid = "5071025"
    cust, cc = RATNAGIRI, RATNAGIRI_CC
    findings = monsoon_findings(
        cust,
        cid,
        "NextGen Windows Workshop – Findings and Recommendations",
        [("Workshop date", "17-02-2026"), ("Facilitator", MS_WS.name)],
        [
            ("Participants", "<p>Manager – IT &amp; Systems, finance controller, 2 plant supervisors (4 people).</p>"),
            (
                "Estate",
                "<p>142 PCs, 61 on Windows 10 with end of support passed; no device management; 4 shared "
                "PCs on the grading floor.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Windows 11 upgrade of 61 PCs in two waves with Autopilot reset.",
                        "Intune for the 4 shared grading-floor PCs (shared device mode).",
                    ]
                ),
            ),
        ],
        T(2026, 2, 24, 15, 0, 5.5),
        MS_WS.name,
    )
    eng = g.engagement("MW-NGW-WS", NGW, "standard", "variable", 1560.0)
    files, claim = h.pa_claim(
        cid,
        MONSOON,
        MS_WS,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=D(2026, 1, 8),
        submitted=T(2026, 4, 15, 18, 5, 5.5),
        poe={"Ratnagiri_NGW_Findings.pdf": findings},
        amount=1560.0,
        inv_no="MSPL-MCI-2026-029",
        inv_day=D(2026, 4, 13),
        activities="Windows workshop: estate review, Windows 11 and Intune plan",
        outcome="Windows 11 upgrade plan for 61 PCs",
        participants="4",
        invoice_kw=MONSOON_INVOICE_KW,
    )
    return Bundle(
        f"{cid}_ratnagiri_cashew_workshop_submitted_late",
        claim,
        files,
        "reject",
        "Standard-timeline engagement: it must be submitted within 90 days of customer consent (2026-01-08 → "
        "2026-04-08); it was submitted on 2026-04-15, 97 days after consent. The claim expired before submission, "
        "and expired claims cannot be reactivated – whatever the quality of the findings, invoice and surveys.",
        "consent_date 2026-01-08, activity_type standard, submitted 2026-04-15 (97 days > 90).",
        only(submission_window="fail", invoice="pass", attestations="pass", reused_evidence="pass"),
    )


# --------------------------------------------------------------------------------------------------------------
# Basalt Watch Security: quarterly SOC service-review deck, two customers
# --------------------------------------------------------------------------------------------------------------


def basalt_review(
    cust: Org,
    quarter: str,
    day: dt.date,
    tier: Sequence[tuple[str, str]],
    stats: Sequence[tuple[str, str]],
    months: Sequence[str],
    series: Sequence[tuple[str, Sequence[int], tuple[int, int, int]]],
    sentinel: Sequence[str],
    hunting: Sequence[str],
    config: Sequence[str],
    nxt: Sequence[str],
    seed: str,
) -> bytes:
    """Basalt Watch's quarterly SOC service review, exported from PowerPoint."""
    chart = g.bar_chart(f"Incidents per month – {quarter}", months, series, size=(900, 380))
    slides = [
        (
            f"SOC Service Review {quarter}",
            f"<p style='font-size:20pt'>{esc(cust.name)}</p><p>{g.fdate(day, 'gb_long')} · Rotterdam SOC</p>"
            f"<p class='muted'>Service delivery manager: {esc(BW_SDM.name)}</p>",
        ),
        ("Service scope", grid(["Component", "In this contract"], tier, [34, 66])),
        (
            "Incidents and response",
            f"<table><tr><td style='border:none;width:300pt'><img src='chart.png' width='300'/></td>"
            f"<td style='border:none'>{grid(['Measure', 'Value'], stats, [60, 40], total=240)}</td></tr></table>",
        ),
        ("Microsoft Sentinel", ul(sentinel)),
        ("Threat hunting and custom detections", ul(hunting)),
        ("Configuration assessment", ul(config)),
        ("Next quarter", ul(nxt)),
    ]
    style = css(
        BASALT.color,
        size=13,
        extra=f"h1 {{font-size: 28pt; color: {BASALT.color};}} h2 {{font-size: 22pt; color: {BASALT.color}; "
        "margin-top: 0;}} li {margin-bottom: 5pt;} td, th {font-size: 11pt;}",
    )
    pages = [f"<h2>{esc(t)}</h2>{body}" for t, body in slides]
    return g.html_pdf(
        pages,
        meta(
            f"{cust.short} SOC Service Review {quarter}", BW_SDM.name, T(day.year, day.month, day.day, 9, 0, 2), g.PPT
        ),
        seed,
        size=g.SLIDE,
        margins=(48, 66, 48, 48),
        style=style,
        images={"chart.png": chart},
        decor=g.Decor(
            BASALT,
            footer=f"Basalt Watch Security B.V. · {esc(cust.short)} · Vertrouwelijk / Confidential",
            accent=BASALT.color,
            numbers="{i}",
        ),
    )


DKV = Org(
    "Dordtse Koel- en Vrieshuizen B.V.",
    "DKV Koelhuizen",
    "dkv-koelhuizen.nl",
    "NL",
    "3316 AB Dordrecht",
    "Kilkade 18",
    "#0d47a1",
)
DKV_CISO = person(DKV, "Ilse van der Heijden", "CISO", "i.vanderheijden")


def s_026_dkv_mss_soc_review() -> Bundle:
    cid = "5071026"
    cust, cc = DKV, DKV_CISO
    deck = basalt_review(
        cust,
        "Q1 2026",
        D(2026, 4, 15),
        [
            ("SOC coverage", "24/7/365 from the Rotterdam SOC, incident response on call"),
            (
                "Microsoft Defender XDR",
                "Triage and response: Defender for Endpoint on 1,120 devices, Office 365, Identity",
            ),
            ("Defender for Cloud", "42 Azure VMs and 6 SQL servers; alerts triaged by the SOC"),
            ("Microsoft Sentinel", "Managed by Basalt Watch: connectors, analytics rules, playbooks"),
            ("Threat hunting", "Monthly hypothesis-driven hunts in Defender XDR and Sentinel"),
            ("Configuration assessment", "Quarterly Secure Score and Defender for Cloud posture review"),
        ],
        [
            ("Alerts triaged", "3,412"),
            ("Incidents", "287"),
            ("True positives", "23"),
            ("MTTA", "9 min"),
            ("MTTR (true positives)", "2 h 14 min"),
        ],
        ["Jan", "Feb", "Mar"],
        [
            ("Defender XDR", [71, 88, 79], (38, 50, 56)),
            ("Defender for Cloud", [9, 14, 11], (0, 121, 107)),
            ("Sentinel", [6, 8, 1], (255, 143, 0)),
        ],
        [
            "3 new connectors: Fortinet firewalls, Azure Firewall, warehouse WMS audit log",
            "17 analytics rules tuned (false positives −41%), 64 rules active",
            "6 playbooks: isolate device, disable user, block IP on Fortinet, notify on-call, enrich IP, close benign",
        ],
        [
            "Hunt 1: remote access to the ammonia-plant jump hosts – 2 unused accounts removed",
            "Hunt 2: OAuth consent grants – 4 risky apps revoked",
            "Hunt 3: USB use on cold-store terminals – policy proposal",
            "5 custom detections deployed (jump-host logon outside shifts, mass file download from SharePoint, …)",
        ],
        [
            "Secure Score 58 → 71; Defender for Cloud secure score 62% → 74%",
            "12 configuration recommendations agreed; 9 implemented by Basalt Watch under the change process",
        ],
        ["Sentinel cost review", "Tabletop exercise with the crisis team on 12 June 2026"],
        f"{cid}|deck",
    )
    mail = Mail(
        cc,
        [BW_SDM],
        "Q1 service review – thank you",
        T(2026, 4, 16, 10, 5, 2),
        "Maarten,\n\nThanks for the Q1 review yesterday. For the record: DKV confirms that Basalt Watch operates our "
        "24/7 SOC on Defender XDR, Defender for Cloud and Sentinel, including the monthly hunts, the custom "
        "detections and the configuration reviews presented. The Secure Score progress (58 to 71) was well received "
        "by the board.\n\nMet vriendelijke groet,\nIlse van der Heijden\nCISO | Dordtse Koel- en Vrieshuizen B.V.",
    )
    files = {
        "DKV - SOC Service Review Q1 2026.pdf": deck,
        "Q1 service review - thank you.eml": eml_t(mail, BASALT),
    }
    claim = cpor(
        cid,
        BASALT,
        BW_SDM,
        cust,
        cc,
        "Security",
        ["MANAGED SECURITY SERVICES"],
        T(2026, 4, 20, 9, 30, 2),
        [(p, "poe") for p in files],
        kind="managed_security_services",
    )
    return Bundle(
        f"{cid}_dkv_managed_soc_quarterly_review",
        claim,
        files,
        "approve",
        "Managed security services with every qualifying element in the quarterly review: 24/7 SOC triage in Defender "
        "XDR and Defender for Cloud (MDE on 1,120 devices), Sentinel managed by the partner (connectors, 17 rules "
        "tuned, 6 playbooks), monthly threat hunts, configuration assessments and custom detections – confirmed by "
        "the CISO's e-mail from dkv-koelhuizen.nl of 16 April 2026. The deck template is shared with 5071027: "
        "boilerplate.",
        "E-mail from i.vanderheijden@dkv-koelhuizen.nl: 'DKV confirms that Basalt Watch operates our 24/7 SOC …'.",
        ok(email=True),
    )


VEENSTRA = Org(
    "Veenstra Bloembollen B.V.",
    "Veenstra Bloembollen",
    "veenstrabloembollen.nl",
    "NL",
    "2161 BL Lisse",
    "Heereweg 214",
    "#f57f17",
)
VEENSTRA_OPS = person(VEENSTRA, "Joost Veenstra", "Directeur Bedrijfsvoering / Operations Director", "joost")


def s_027_veenstra_mss_business_hours_only() -> Bundle:
    cid = "5071027"
    cust, cc = VEENSTRA, VEENSTRA_OPS
    deck = basalt_review(
        cust,
        "Q2 2026",
        D(2026, 7, 8),
        [
            ("SOC coverage", "SOC Basic: Monday–Friday 08:00–18:00 CET; outside these hours no monitoring"),
            ("Microsoft Defender XDR", "Alerts from Defender for Endpoint on 146 devices triaged in business hours"),
            ("Defender for Cloud", "Not in contract"),
            ("Microsoft Sentinel", "Not in contract – the customer uses the Defender XDR portal only"),
            ("Threat hunting", "Not included in SOC Basic"),
            ("Configuration assessment", "Annual Secure Score review (next: January 2027)"),
        ],
        [
            ("Alerts triaged (business hours)", "612"),
            ("Incidents", "41"),
            ("True positives", "3"),
            ("Alerts outside hours (handled next day)", "188"),
        ],
        ["Apr", "May", "Jun"],
        [("Defender XDR", [12, 16, 13], (38, 50, 56))],
        ["Not in contract (see service scope)."],
        ["Not included in SOC Basic. Upgrade option 'SOC 24/7 Plus' presented."],
        ["Annual review scheduled for January 2027."],
        ["Decision on SOC 24/7 Plus before the export season (September)"],
        f"{cid}|deck",
    )
    mail = Mail(
        cc,
        [BW_SDM],
        "RE: SOC review Q2",
        T(2026, 7, 9, 14, 22, 2),
        "Maarten,\n\nWe accept the Q2 service review and will continue SOC Basic for 2026; we will come back to you "
        "on the 24/7 upgrade after the summer.\n\nGroet,\nJoost Veenstra\nVeenstra Bloembollen B.V.",
    )
    files = {
        "Veenstra - SOC Service Review Q2 2026.pdf": deck,
        "RE SOC review Q2.eml": eml_t(mail, BASALT),
    }
    claim = cpor(
        cid,
        BASALT,
        BW_SDM,
        cust,
        cc,
        "Security",
        ["MANAGED SECURITY SERVICES"],
        T(2026, 7, 21, 11, 0, 2),
        [(p, "poe") for p in files],
        kind="managed_security_services",
    )
    return Bundle(
        f"{cid}_veenstra_mss_business_hours_no_sentinel",
        claim,
        files,
        "action_required",
        "The customer accepts the service review, but the service described does not qualify as managed security "
        "services: monitoring only Monday–Friday 08:00–18:00 (the guide requires a 24/7 SOC), Microsoft Sentinel and "
        "Defender for Cloud 'not in contract', threat hunting 'not included', configuration assessment only yearly. "
        "The MANAGED SECURITY SERVICES association is not supported by this POE.",
        "Service scope slide: 'SOC Basic: Monday–Friday 08:00–18:00 … Microsoft Sentinel – Not in contract … Threat "
        "hunting – Not included'.",
        only(workload_match="fail", customer_acknowledgement="pass", reused_evidence="pass"),
    )


# --------------------------------------------------------------------------------------------------------------
# Prairie Ledger Solutions (Omaha): Dynamics 365 and Business Central
# --------------------------------------------------------------------------------------------------------------


def prairie_status_docx(
    cust: Org, no: int, period: str, rag: str, sections: Sequence[tuple[str, Any]], m: Meta
) -> bytes:
    w = g.Word(accent="8D6E00", base_font="Calibri", size=10.5)
    w.header(PRAIRIE, f"Project Status Report #{no}")
    w.footer("Prairie Ledger Solutions Inc. · 1299 Farnam St, Suite 1200, Omaha NE 68102 · prairieledger.com")
    w.h(f"{cust.name} – Project Status Report #{no}", 0)
    w.table([("Reporting period", "Overall status", "Prepared by"), (period, rag, m.author)])
    for heading, content in sections:
        w.h(heading, 1)
        if isinstance(content, str):
            for para in content.split("\n\n"):
                w.p(para)
        elif content and isinstance(content[0], str):
            w.bullets(content)
        else:
            w.table(content)
    return w.save(m)


PLATTE = Org(
    "Platte River Seed Cooperative",
    "Platte River Seed",
    "platteriverseed.com",
    "US",
    "Columbus, NE 68601",
    "3300 E 23rd St",
    "#33691e",
)
PLATTE_GM = person(PLATTE, "Lyle Brandt", "General Manager", "lbrandt")
PLATTE_GM_OPS = Person("Lyle Brandt", "lbrandt@ops.platteriverseed.com", "General Manager", PLATTE)


def s_028_platte_river_status_report_subdomain() -> Bundle:
    cid = "5071028"
    cust, cc = PLATTE, PLATTE_GM
    report = prairie_status_docx(
        cust,
        9,
        "April 1 – April 24, 2026",
        "Green – closing",
        [
            (
                "Summary",
                "Dynamics 365 Sales and Customer Service are live for the cooperative's seed agronomists and the "
                "member service desk. This report closes the implementation and hands over to Prairie Ledger's "
                "application support.",
            ),
            (
                "Scope and status",
                [
                    ("Workload", "Delivered", "Users", "Status"),
                    (
                        "Dynamics 365 Sales",
                        "Grower accounts (3,140), seed-order opportunities, territory plans for 14 "
                        "agronomists, Outlook and mobile app",
                        "26",
                        "Live 03/09/2026",
                    ),
                    (
                        "Dynamics 365 Customer Service",
                        "Member service cases (seed quality, delivery, billing), SLAs, "
                        "knowledge base of 58 articles, email-to-case",
                        "11",
                        "Live 03/30/2026",
                    ),
                    ("Integration", "Nightly sync of member and invoice data from the ERP", "–", "Live"),
                ],
            ),
            (
                "Milestones this period",
                [
                    "04/03 – Customer Service hypercare closed (0 open P1/P2)",
                    "04/10 – Sales pipeline dashboard signed off by the GM",
                    "04/21 – Admin training for 2 cooperative super-users",
                ],
            ),
            (
                "Adoption",
                "Sales: 24 of 26 users active weekly, 412 opportunities created since go-live. Customer "
                "Service: 618 cases closed, average resolution 1.6 days.",
            ),
            ("Next steps", ["Application support under the managed services agreement from May 1, 2026"]),
        ],
        meta("Platte River Seed - Status Report 9", PL_PM.name, T(2026, 4, 24, 15, 0, -5)),
    )
    mail = thread(
        Mail(
            PL_PM,
            [cc],
            "Status Report #9 – project closure",
            T(2026, 4, 24, 15, 20, -5),
            f"Lyle,\n\nAttached is Status Report #9, which closes the implementation. Please confirm that the "
            f"cooperative signs off on Sales and Customer Service.\n\nWhitney\n\n{sig(PL_PM)}",
            attachments=[("Platte River Seed - Status Report 9.docx", report)],
        ),
        Mail(
            PLATTE_GM_OPS,
            [PL_PM],
            "RE: Status Report #9 – project closure",
            T(2026, 4, 27, 7, 48, -5),
            "Whitney,\n\nSigned off. Platte River Seed accepts Dynamics 365 Sales (26 users) and Customer Service (11 "
            "users) as delivered and live, per Status Report #9. Good work by Marcus and the team on the ERP sync.\n\n"
            "Lyle Brandt\nGeneral Manager\nPlatte River Seed Cooperative",
        ),
    )
    files = {
        "Platte River Seed - Status Report 9.docx": report,
        "RE Status Report 9 - project closure.eml": eml_t(mail, PRAIRIE),
    }
    claim = cpor(
        cid,
        PRAIRIE,
        PL_PM,
        cust,
        cc,
        "Business Applications",
        ["DYNAMICS 365 SALES ENTERPRISE EDITION", "DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE"],
        T(2026, 5, 6, 10, 10, -5),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_platte_river_status_report_subdomain_signoff",
        claim,
        files,
        "approve",
        "Word status report with users, records, go-live dates and adoption per workload, and the General Manager's "
        "sign-off e-mail (.eml with its Received chain) of 04/27/2026 accepting both workloads. The mail comes from "
        "ops.platteriverseed.com, a sub-domain of the claim's domain platteriverseed.com: the customer's own domain.",
        "E-mail from lbrandt@ops.platteriverseed.com: 'Signed off. Platte River Seed accepts Dynamics 365 Sales (26 "
        "users) and Customer Service (11 users)'.",
        ok(email=True),
    )


def prairie_deck(title: str, cust: Org, slides: Sequence[tuple[str, str]], day: dt.date, seed: str) -> bytes:
    return g.slides_pdf(
        PRAIRIE,
        [(title, f"<p style='font-size:20pt'>{esc(cust.name)}</p><p>{g.fdate(day, 'us_long')}</p>"), *slides],
        meta(f"{cust.short} – {title}", PL_SA.name, T(day.year, day.month, day.day, 9, 0, -6), g.PPT),
        seed,
        footer="Prairie Ledger Solutions · Confidential",
    )


LOUP = Org(
    "Loup Valley Implement Co.",
    "Loup Valley Implement",
    "loupvalleyimplement.com",
    "US",
    "Ord, NE 68862",
    "1500 N Highway 11",
    "#bf360c",
)
LOUP_SM = person(LOUP, "Darla Kucera", "Service Manager", "dkucera")


def s_029_loup_valley_presales_before_purchase() -> Bundle:
    cid = "5071029"
    cust, cc = LOUP, LOUP_SM
    deck = prairie_deck(
        "Field Service pilot recap",
        cust,
        [
            (
                "What we piloted",
                ul(
                    [
                        "Work orders for combine and planter repairs dispatched to 6 field technicians (Feb 16 – Feb "
                        "27, 2026)",
                        "Schedule board with the 3 service bays and truck stock per technician",
                        "Mobile app offline in the field; photos and customer signature on completion",
                    ]
                ),
            ),
            (
                "Pilot results",
                grid(
                    ["Measure", "Before", "Pilot"],
                    [
                        ("Work orders per technician per day", "2.1", "2.9"),
                        ("Trips back to the shop for parts", "9 / week", "3 / week"),
                        ("Invoice sent after job completion", "6 days", "same day"),
                    ],
                    [50, 25, 25],
                ),
            ),
            (
                "Proposal",
                ul(
                    [
                        "Dynamics 365 Field Service for 14 technicians and 3 dispatchers",
                        "Go-live for the spring planting season",
                    ]
                ),
            ),
        ],
        D(2026, 3, 2),
        f"{cid}|deck",
    )
    mail = thread(
        Mail(
            PL_SA,
            [cc],
            "Field Service demo – recap and pilot plan",
            T(2026, 2, 11, 16, 40, -6),
            f"Darla,\n\nThanks for hosting the demo at the Ord shop. Recap: schedule board, work orders from the "
            f"service counter, the mobile app offline in the field. We propose a two-week pilot with 6 technicians "
            f"from Feb 16.\n\nMarcus\n\n{sig(PL_SA)}",
        ),
        Mail(
            cc,
            [PL_SA],
            "RE: Field Service demo – recap and pilot plan",
            T(2026, 2, 13, 8, 5, -6),
            "Marcus,\n\nThanks to you and Whitney for the demo on Tuesday – the schedule board and the offline app "
            "were "
            "exactly what our technicians asked for. We agree to the two-week pilot with 6 technicians starting Feb "
            "16; Ray will set up the three service bays and the truck stock lists with you.\n\nDarla Kucera\nService "
            "Manager, Loup Valley Implement Co.",
        ),
    )
    files = {
        "RE Field Service demo - recap and pilot plan.eml": eml_t(mail, PRAIRIE),
        "Loup Valley - Field Service pilot recap 2026-03-02.pdf": deck,
    }
    claim = cpor(
        cid,
        PRAIRIE,
        PL_SA,
        cust,
        cc,
        "Business Applications",
        ["DYNAMICS 365 FIELD SERVICE"],
        T(2026, 4, 7, 13, 30, -5),
        [(p, "poe") for p in files],
        kind="pre_sales",
        transaction=D(2026, 3, 16),
    )
    return Bundle(
        f"{cid}_loup_valley_presales_demo_and_pilot",
        claim,
        files,
        "approve",
        "Pre-sales claim: the customer's e-mail of 2026-02-13 acknowledges the demo in detail and agrees to the "
        "6-technician pilot, and the pilot recap deck of 2026-03-02 gives its results – both before the transaction "
        "of 2026-03-16, as the guide requires proof of engagement prior to the transaction.",
        "E-mail from dkucera@loupvalleyimplement.com 2026-02-13 and recap deck 2026-03-02; transaction_date "
        "2026-03-16.",
        ok(email=True),
    )


NIOBRARA = Org(
    "Niobrara Feed & Grain, Inc.",
    "Niobrara Feed & Grain",
    "niobrarafeed.com",
    "US",
    "Valentine, NE 69201",
    "405 E Hwy 20",
    "#6d4c41",
)
NIOBRARA_OWNER = person(NIOBRARA, "Hank Olberding", "Owner", "hank")
NIOBRARA_GMAIL = Person("Hank Olberding", "hank.olberding.nfg@gmail.com", "Owner", NIOBRARA)


def s_030_niobrara_presales_from_gmail() -> Bundle:
    cid = "5071030"
    cust, cc = NIOBRARA, NIOBRARA_OWNER
    deck = prairie_deck(
        "Business Central fit-gap",
        cust,
        [
            (
                "Today",
                ul(
                    [
                        "QuickBooks Desktop and paper scale tickets for 3 elevators",
                        "Grain contracts and delivered-price sheets in Excel",
                    ]
                ),
            ),
            (
                "Proposed",
                ul(
                    [
                        "Business Central Essentials for 9 users: finance, inventory, grain purchase contracts",
                        "Scale ticket import from the 3 elevators",
                        "Go-live July 1 before wheat harvest",
                    ]
                ),
            ),
        ],
        D(2026, 4, 14),
        f"{cid}|deck",
    )
    mail = thread(
        Mail(
            PL_PM,
            [NIOBRARA_GMAIL],
            "Business Central fit-gap – summary",
            T(2026, 4, 17, 11, 0, -5),
            f"Hank,\n\nSummary of Tuesday's fit-gap session attached.\n\nWhitney\n\n{sig(PL_PM)}",
        ),
        WebMail(
            NIOBRARA_GMAIL,
            [PL_PM],
            "Re: Business Central fit-gap – summary",
            T(2026, 4, 20, 6, 55, -5),
            "Whitney,\n\nGood session Tuesday. We went through the scale tickets for the three elevators, the grain "
            "contracts and the delivered-price sheets with you and Marcus, and the Business Central demo answered "
            "what Carol needs for month end. We'll go ahead with Essentials for 9 users.\n\nHank\n\nSent from my "
            "iPhone",
            style="gmail",
            mailer="iPhone Mail (22D82)",
        ),
    )
    files = {
        "Re Business Central fit-gap - summary.eml": eml_t(mail, PRAIRIE, via="gmail"),
        "Niobrara - Business Central fit-gap 2026-04-14.pdf": deck,
    }
    claim = cpor(
        cid,
        PRAIRIE,
        PL_PM,
        cust,
        cc,
        "Business Applications",
        ["DYNAMICS 365 BUSINESS CENTRAL ESSENTIALS"],
        T(2026, 5, 26, 9, 10, -5),
        [(p, "poe") for p in files],
        kind="pre_sales",
        transaction=D(2026, 5, 4),
    )
    return Bundle(
        f"{cid}_niobrara_presales_ack_from_gmail",
        claim,
        files,
        "action_required",
        "The pre-sales acknowledgement is detailed and predates the transaction (2026-04-20 < 2026-05-04), but it was "
        "sent from a personal gmail.com address, not from the customer's domain niobrarafeed.com. The guide requires "
        "the customer domain to be correct whatever the format; the partner needs an acknowledgement from the "
        "customer's own domain.",
        "E-mail from hank.olberding.nfg@gmail.com (Received from google.com), claim domain niobrarafeed.com.",
        only(customer_domain="fail", acknowledgement_date="pass", activity_detail="pass", reused_evidence="pass"),
    )


SANDHILLS = Org(
    "Sandhills Feedyards LLC",
    "Sandhills Feedyards",
    "sandhillsfeedyards.com",
    "US",
    "Thedford, NE 69166",
    "88 Feedlot Rd",
    "#795548",
)
SANDHILLS_CTRL = person(SANDHILLS, "Brenda Haskins", "Controller", "bhaskins")


def s_031_sandhills_dispute_order_form_again() -> Bundle:
    cid = "5071031"
    cust, cc = SANDHILLS, SANDHILLS_CTRL
    order = g.report_pdf(
        PRAIRIE,
        f"""
<h1>Order Form – Microsoft Cloud Subscriptions (CSP)</h1>
{
            kv(
                [
                    ("Order no.", "PLS-OF-2026-0152"),
                    ("Customer", esc(cust.name)),
                    ("Billing contact", esc(cc.name) + ", " + esc(cc.title)),
                    ("Term", "12 months, annual commitment, billed monthly"),
                    ("Start date", "March 1, 2026"),
                ]
            )
        }
{
            grid(
                ["Product (SKU)", "Qty", "Unit price / month", "Monthly"],
                [
                    ("Dynamics 365 Business Central Premium (CFQ7TTC0LHSF)", "35", "USD 110.00", "USD 3,850.00"),
                    ("Dynamics 365 Business Central Team Members", "12", "USD 8.00", "USD 96.00"),
                    ("Business Central Additional Environment Addon", "1", "USD 40.00", "USD 40.00"),
                ],
                [52, 8, 20, 20],
            )
        }
<p><b>Total monthly: USD 3,986.00</b> (taxes not included). Prices fixed for the commitment term. The customer agrees
to the Microsoft Customer Agreement and to Prairie Ledger's CSP terms.</p>
{sign_rows([("Customer signature", ""), ("Name / title", esc(cc.name) + ", " + esc(cc.title)), ("Date", "")])}
""",
        meta("Order Form PLS-OF-2026-0152", PL_PM.name, T(2026, 2, 20, 10, 0, -6)),
        f"{cid}|order",
        right="Order Form",
        size=g.LETTER,
        numbers="",
    )
    order_signed = g.scan_pdf(
        order,
        value_inks([("Customer signature", "sig", cc.name), ("Date", "hand", "2/24/26")], pdf=order),
        f"{cid}|orderscan",
        T(2026, 2, 24, 16, 0, -6),
        dpi=150,
        scanner=4,
    )
    quote = g.report_pdf(
        PRAIRIE,
        f"""
<h1>Quote Q-2026-0418</h1>
{kv([("Prepared for", esc(cust.name)), ("Valid until", "March 31, 2026"), ("Prepared by", esc(PL_PM.name))])}
{
            grid(
                ["Item", "Price"],
                [
                    ("Business Central implementation – fixed fee (finance, inventory, feed rations)", "USD 48,500.00"),
                    ("Data migration from Sage 100", "USD 6,200.00"),
                    ("Training (2 days on site)", "USD 3,400.00"),
                    ("Licences – see order form PLS-OF-2026-0152", "USD 3,986.00 / month"),
                ],
                [75, 25],
            )
        }
<p>Payment terms: 30% on signature, 70% on go-live. Accepted by the customer:</p>
{sign_rows([("Accepted (signature)", ""), ("Date", "")])}
""",
        meta("Quote Q-2026-0418", PL_PM.name, T(2026, 2, 18, 9, 0, -6)),
        f"{cid}|quote",
        right="Quote",
        size=g.LETTER,
        numbers="",
    )
    quote_signed = g.scan_pdf(
        quote,
        value_inks([("Accepted (signature)", "sig", cc.name), ("Date", "hand", "2/24/26")], pdf=quote),
        f"{cid}|quotescan",
        T(2026, 2, 24, 16, 2, -6),
        dpi=150,
        scanner=4,
    )
    po = g.html_pdf(
        f"""
<h1>PURCHASE ORDER</h1>
{
            kv(
                [
                    ("PO number", "26-0311"),
                    ("Date", "03/02/2026"),
                    ("Vendor", esc(PRAIRIE.name)),
                    ("Ship / bill to", esc(cust.name) + ", " + esc(cust.address)),
                ]
            )
        }
{
            grid(
                ["Line", "Description", "Amount"],
                [
                    (
                        "1",
                        "Microsoft Dynamics 365 Business Central Premium – 35 users, 12 months (order "
                        "PLS-OF-2026-0152)",
                        "USD 46,200.00",
                    ),
                    ("2", "Business Central Team Members – 12 users, 12 months", "USD 1,152.00"),
                    ("3", "Implementation per quote Q-2026-0418 (30% deposit)", "USD 17,430.00"),
                ],
                [8, 70, 22],
            )
        }
<p>Approved by: {esc(cc.name)}, Controller</p>
""",
        meta("PO 26-0311", cc.name, T(2026, 3, 2, 8, 0, -6), g.LIBRE),
        f"{cid}|po",
        style=css("#5d4037"),
    )
    renew = Mail(
        cc,
        [PL_PM],
        "Licences – PO 26-0311",
        T(2026, 3, 2, 8, 40, -6),
        "Whitney,\n\nPO 26-0311 attached for the Business Central licences (35 Premium, 12 Team Members) and the "
        "implementation deposit. Please make sure the licences are active before March 1 billing starts.\n\n"
        "Brenda Haskins\nController\nSandhills Feedyards LLC",
        attachments=[("PO 26-0311.pdf", po)],
    )
    files = {
        "Order Form PLS-OF-2026-0152 signed.pdf": order_signed,
        "Quote Q-2026-0418 accepted.pdf": quote_signed,
        "Dispute/PO 26-0311.pdf": po,
        "Dispute/Licences - PO 26-0311.eml": eml_t(renew, PRAIRIE),
    }
    claim = cpor(
        cid,
        PRAIRIE,
        PL_PM,
        cust,
        cc,
        "Business Applications",
        ["DYNAMICS 365 BUSINESS CENTRAL PREMIUM"],
        T(2026, 6, 17, 14, 5, -5),
        [(p, "poe") for p in files],
        status="disputed",
        comments=[
            (
                "microsoft",
                T(2026, 6, 3, 9, 0),
                "Rejected: the order form and the quote are licensing and pricing documents, which are not accepted as "
                "proof of execution; no document describes the partner's activities or carries the customer's "
                "acknowledgement of delivered work.",
            ),
            (
                "partner",
                T(2026, 6, 17, 14, 0, -5),
                "Dispute: adding the customer's PO and the customer's e-mail confirming the licences. The customer "
                "signed our order form and quote, which proves our engagement.",
            ),
        ],
        history=[
            ("submission", T(2026, 5, 20, 11, 0, -5), PL_PM.email),
            ("rejected", T(2026, 6, 3, 9, 0), "Microsoft"),
            ("disputed", T(2026, 6, 16, 17, 30, -5), PL_PM.email),
            ("submission", T(2026, 6, 17, 14, 5, -5), PL_PM.email),
        ],
    )
    b = Bundle(
        f"{cid}_sandhills_dispute_adds_po_and_licence_mail",
        claim,
        files,
        "reject",
        "A dispute filed in time (rejected 06/03, disputed 06/16, resubmitted 06/17/2026) that does not resolve the "
        "rejection: it adds a purchase order and a customer e-mail about the licence purchase to a customer-signed "
        "CSP order form and a signed pricing quote. Every one of these is a document the guide does not accept "
        "(transactional licence contract, pricing quote, purchase order, customer e-mail concerning licensing "
        "purchases); nothing describes delivered work per workload. A decision on a dispute is final.",
        "Order form with SKUs and prices signed 2/24/26; quote 'Accepted'; PO 26-0311; e-mail 'Licences – PO 26-0311'.",
        only(unacceptable_documents="fail", activity_detail="fail", ineligible_customer="pass", reused_evidence="pass"),
    )
    return note(b, returning="dispute in time, unresolved", rejected="2026-06-03", disputed="2026-06-16")


KEYA_PAHA = Org(
    "Keya Paha Irrigation Supply, Inc.",
    "Keya Paha Irrigation",
    "keyapahairrigation.com",
    "US",
    "Springview, NE 68778",
    "210 Main St",
    "#0277bd",
)
KEYA_PAHA_PRES = person(KEYA_PAHA, "Travis Nollette", "President", "tnollette")


def s_032_keya_paha_revenue_resubmitted_in_time() -> Bundle:
    cid = "5071032"
    cust, cc = KEYA_PAHA, KEYA_PAHA_PRES
    parties = [
        Party("Keya Paha Irrigation", cust.name, cc.name, cc.title),
        Party("Prairie Ledger", PRAIRIE.name, PL_PM.name, PL_PM.title),
    ]
    charter = g.report_pdf(
        PRAIRIE,
        [
            f"""
<h1>Project Charter – Business Central</h1>
{
                kv(
                    [
                        ("Customer", esc(cust.name)),
                        ("Sponsor", esc(cc.name) + ", " + esc(cc.title)),
                        ("Partner", esc(PRAIRIE.name)),
                        ("Charter date", "January 9, 2026"),
                    ]
                )
            }
<h2>Background</h2>
<p>Keya Paha Irrigation sells and services center-pivot irrigation systems in north-central Nebraska and south-central
South Dakota. After Prairie Ledger's demo and fit-gap sessions in November 2025 the company chose Dynamics 365
Business Central to replace its accounting package and the paper work orders for pivot repairs; Prairie Ledger
resold the licences and leads the implementation.</p>
<h2>Scope</h2>
{
                grid(
                    ["Area", "Detail"],
                    [
                        (
                            "Finance",
                            "General ledger, payables/receivables, bank reconciliation, sales tax for NE and SD",
                        ),
                        ("Inventory", "2,800 SKUs of pivot parts across the Springview store and 2 service trucks"),
                        ("Service orders", "Pivot repair and winterization orders, technician time and parts usage"),
                        ("Users", "22 Business Central Premium users (office 8, technicians 12, management 2)"),
                    ],
                    [24, 76],
                )
            }
<h2>Timeline</h2>
{
                grid(
                    ["Phase", "Dates"],
                    [
                        ("Design", "01/12/2026 – 01/30/2026"),
                        ("Build and data migration", "02/02/2026 – 03/20/2026"),
                        ("Go-live", "04/01/2026, before the irrigation season"),
                    ],
                    [60, 40],
                )
            }
""",
            g.signoff(
                "columns",
                parties,
                heading="Charter approval",
                statement="The sponsor approves this charter and Prairie Ledger as implementation partner.",
            ),
        ],
        meta("Keya Paha - Project Charter", PL_PM.name, T(2026, 1, 9, 12, 0, -6)),
        f"{cid}|charter",
        right="Project Charter",
        size=g.LETTER,
    )
    signed = esign_cell(
        charter,
        cc,
        T(2026, 2, 17, 15, 12, -6),
        f"{cid}|adobe",
        col_anchor=cc.name,
        date_text="02/17/2026",
        vendor="adobe",
        sender=PL_PM,
        ip="63.153.66.40",
    )
    path = "Keya Paha - Project Charter (signed).pdf"
    claim = cpor(
        cid,
        PRAIRIE,
        PL_PM,
        cust,
        cc,
        "Business Applications",
        ["DYNAMICS 365 BUSINESS CENTRAL PREMIUM"],
        T(2026, 2, 19, 10, 0, -6),
        [(path, "poe")],
        kind="revenue",
        opt_out=True,
        comments=[
            (
                "microsoft",
                T(2026, 2, 6, 9, 0),
                "Action required: the project charter is not signed or acknowledged "
                "by the customer. Please provide customer acknowledgement within 14 days.",
            ),
            ("partner", T(2026, 2, 19, 9, 58, -6), "Charter now signed by the customer's President (Adobe Sign)."),
        ],
        history=[
            ("submission", T(2026, 2, 2, 16, 0, -6), PL_PM.email),
            ("action required", T(2026, 2, 6, 9, 0), "Microsoft"),
            ("document submission", T(2026, 2, 19, 9, 57, -6), PL_PM.email),
            ("submission", T(2026, 2, 19, 10, 0, -6), PL_PM.email),
        ],
    )
    b = Bundle(
        f"{cid}_keya_paha_revenue_resubmitted_in_time",
        claim,
        {path: signed},
        "approve",
        "Business Applications revenue recognition (incentive opt-out). Microsoft asked for customer acknowledgement "
        "on 2026-02-06; the partner resubmitted on 2026-02-19, 13 days later (within the 14 days), with the charter "
        "now signed by the customer's President through Adobe Sign (audit report attached). The charter shows the "
        "pre-sale demo and fit-gap, scope per area, 22 users and the timeline.",
        "Adobe Sign audit: tnollette@keyapahairrigation.com signed 2026-02-17; resubmission 13 days after action "
        "required.",
        ok(),
    )
    return note(b, returning="resubmitted after action required, in time", action_required="2026-02-06")


# --------------------------------------------------------------------------------------------------------------
# Tasman Shore Cloud (Hobart)
# --------------------------------------------------------------------------------------------------------------


def tasman_docx(
    cust: Org,
    title: str,
    facts: Sequence[tuple[str, str]],
    sections: Sequence[tuple[str, Any]],
    m: Meta,
    *,
    signoff: Sequence[tuple[str, str, str, str]] = (),
) -> bytes:
    """Tasman Shore's Word delivery report, with an (optional) sign-off table left for the parties to fill in."""
    w = g.Word(accent="00695C", base_font="Segoe UI", size=10)
    w.header(TASMAN, "Delivery Report")
    w.footer("Tasman Shore Cloud Pty Ltd · ABN 48 611 902 337 · Level 3, 85 Macquarie Street, Hobart TAS 7000")
    w.h(title, 0)
    w.table([("", ""), *facts], header=False)
    for heading, content in sections:
        w.h(heading, 1)
        if isinstance(content, str):
            for para in content.split("\n\n"):
                w.p(para)
        elif content and isinstance(content[0], str):
            w.bullets(content)
        else:
            w.table(content)
    if signoff:
        w.h("Sign-off", 1)
        w.p("By signing, the customer confirms the services in this report were delivered by Tasman Shore Cloud.")
        w.table([("Party", "Name", "Signature", "Date"), *signoff])
    return w.save(m)


def tasman_pdf(
    cust: Org,
    title: str,
    facts: Sequence[tuple[str, str]],
    sections: Sequence[tuple[str, str]],
    when: dt.datetime,
    seed: str,
    *,
    tail: str = "",
) -> bytes:
    html = f"<h1>{esc(title)}</h1>{kv([(k, esc(v)) for k, v in facts])}"
    html += "".join(f"<h2>{esc(hd)}</h2>{body}" for hd, body in sections)
    parts = [html, tail] if tail else [html]
    return g.report_pdf(
        TASMAN,
        parts,
        meta(title, TS_PM.name, when),
        seed,
        right="Delivery Report",
        footer="Tasman Shore Cloud Pty Ltd · ABN 48 611 902 337 · Hobart TAS",
    )


DERWENT = Org(
    "Derwent Estuary Oysters Pty Ltd",
    "Derwent Oysters",
    "derwentoysters.com.au",
    "AU",
    "Margate TAS 7054",
    "12 Channel Highway",
    "#00796b",
)
DERWENT_GM = person(DERWENT, "Megan Cotton", "General Manager", "megan.cotton")


def s_033_derwent_empty_signoff_promise() -> Bundle:
    cid = "5071033"
    cust, cc = DERWENT, DERWENT_GM
    report = tasman_docx(
        cust,
        "Identity and SaaS protection – Derwent Estuary Oysters",
        [
            ("Customer", cust.name),
            ("Period", "2 March – 24 April 2026"),
            ("Consultant", TS_SEC.name),
            ("Reference", "TSC-DR-2026-031"),
        ],
        [
            (
                "Defender for Identity",
                [
                    "Sensors on the 2 domain controllers (Margate office, Dover hatchery) and the AD CS server.",
                    "Lateral movement paths reviewed; 3 service accounts with excessive rights cleaned up.",
                    "Alert notifications to the GM and the outsourced helpdesk.",
                ],
            ),
            (
                "Defender for Cloud Apps",
                [
                    "Cloud discovery from Defender for Endpoint on 58 devices: 74 apps, 6 unsanctioned.",
                    "Connector for Microsoft 365; policy for mass download by departing employees.",
                    "Session policy blocking downloads from the Xero and lease-management portals on unmanaged "
                    "devices.",
                ],
            ),
            ("Numbers", [("Item", "Count"), ("Users in scope", "64"), ("Devices", "58"), ("Sensors", "3")]),
        ],
        meta("Derwent Oysters Delivery Report", TS_SEC.name, T(2026, 4, 27, 14, 0, 10)),
        signoff=[("Derwent Estuary Oysters", cc.name, "", ""), ("Tasman Shore Cloud", TS_SEC.name, "", "")],
    )
    mail = thread(
        Mail(
            TS_SEC,
            [cc],
            "Delivery report for sign-off – Defender for Identity & Cloud Apps",
            T(2026, 4, 27, 14, 30, 10),
            f"Hi Megan,\n\nThe delivery report is attached – could you sign the sign-off table and send it back?\n\n"
            f"Cheers,\nHarrison\n\n{sig(TS_SEC)}",
        ),
        Mail(
            cc,
            [TS_SEC],
            "RE: Delivery report for sign-off – Defender for Identity & Cloud Apps",
            T(2026, 4, 28, 6, 12, 10),
            "Hi Harrison,\n\nOut on the leases all week with the spat transfer – I'll sign it when I'm back in the "
            "office next week.\n\nMegan\n\nSent from Outlook for iOS",
            mailer="Outlook-iOS/2.0",
        ),
    )
    files = {
        "TSC-DR-2026-031 Delivery Report - Derwent Estuary Oysters.docx": report,
        "RE Delivery report for sign-off.eml": eml_t(mail, TASMAN),
    }
    claim = cpor(
        cid,
        TASMAN,
        TS_SEC,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER FOR IDENTITY", "MICROSOFT DEFENDER FOR CLOUD APPS"],
        T(2026, 5, 5, 9, 40, 10),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_derwent_oysters_empty_signoff_will_sign_later",
        claim,
        files,
        "action_required",
        "Detailed Word delivery report (3 MDI sensors, lateral-movement clean-up, Cloud Discovery on 58 devices, "
        "session policies) but its sign-off table is empty, and the customer's only reply says she will sign 'when "
        "I'm back in the office next week' – a promise, not an acknowledgement of the work. No customer "
        "acknowledgement yet.",
        "Sign-off table: Signature and Date cells empty; reply: 'I'll sign it when I'm back in the office next week'.",
        only(customer_acknowledgement="fail", activity_detail="pass", workload_match="pass", reused_evidence="pass"),
    )


HUON = Org(
    "Huon Valley Cider Co. Pty Ltd",
    "Huon Valley Cider",
    "huonvalleycider.com.au",
    "AU",
    "Franklin TAS 7113",
    "3306 Huon Highway",
    "#c62828",
)
HUON_OPS = person(HUON, "Sam Whitehouse", "Operations Director", "sam.whitehouse")


def s_034_huon_copilot_acceptance_then_licence_question() -> Bundle:
    cid = "5071034"
    cust, cc = HUON, HUON_OPS
    report = tasman_pdf(
        cust,
        "Microsoft 365 Copilot roll-out – adoption report",
        [("Customer", cust.name), ("Period", "9 March – 22 May 2026"), ("Reference", "TSC-DR-2026-036")],
        [
            (
                "What we delivered",
                ul(
                    [
                        "Readiness: SharePoint permissions clean-up on 41 sites, sensitivity labels for HR and "
                        "finance.",
                        "Copilot licences assigned in 3 waves to 180 staff (office, cellar door managers, sales).",
                        "Prompt library for export paperwork, distributor reports and cellar-door rosters.",
                        "12 Copilot champions; 6 training sessions; weekly office hours for 6 weeks.",
                    ]
                ),
            ),
            (
                "Adoption",
                grid(
                    ["Measure", "Value"],
                    [
                        ("Licensed users", "180"),
                        ("Weekly active (week 10)", "142"),
                        ("Copilot in Teams meetings recapped", "1,260"),
                        ("Hours saved (survey of 96 users)", "2.3 h / week / user"),
                    ],
                    [60, 40],
                ),
            ),
        ],
        T(2026, 5, 26, 12, 0, 10),
        f"{cid}|report",
    )
    mail = thread(
        Mail(
            TS_PM,
            [cc],
            "Copilot roll-out – adoption report and sign-off",
            T(2026, 5, 26, 12, 30, 10),
            f"Hi Sam,\n\nAttached is the adoption report. Are you happy to sign off the roll-out?\n\nBridget\n\n"
            f"{sig(TS_PM)}",
        ),
        Mail(
            cc,
            [TS_PM],
            "RE: Copilot roll-out – adoption report and sign-off",
            T(2026, 5, 29, 9, 3, 10),
            "Hi Bridget,\n\nYes – we're happy to sign off the Copilot roll-out as delivered: 180 users live, the "
            "prompt library and the champions are working well (the export team loves it). Thanks to you and "
            "the team.\n\nSam Whitehouse\nOperations Director | Huon Valley Cider Co.",
        ),
        Mail(
            cc,
            [TS_PM],
            "RE: Copilot roll-out – adoption report and sign-off",
            T(2026, 6, 15, 15, 41, 10),
            "Bridget,\n\nSeparate question – could you send us a quote for 40 more Copilot licences for the new "
            "cellar door staff starting in July? Billing can go on the usual CSP invoice.\n\nSam",
        ),
    )
    files = {
        "Huon Valley Cider - Copilot adoption report.pdf": report,
        "RE_ Copilot roll-out - adoption report and sign-off.msg": msg_t(mail, TASMAN),
    }
    claim = cpor(
        cid,
        TASMAN,
        TS_PM,
        cust,
        cc,
        "Modern Work",
        ["MICROSOFT 365 COPILOT"],
        T(2026, 6, 24, 11, 15, 10),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_huon_cider_copilot_signoff_then_licence_question",
        claim,
        files,
        "approve",
        "Adoption report with readiness work, 180 licensed / 142 weekly active users, prompt library and champions, "
        "and a thread from huonvalleycider.com.au in which the Operations Director signs off the roll-out as "
        "delivered (29 May 2026). The newest message (15 June) is an unrelated request for a licence quote: it does "
        "not cancel the earlier acceptance, and the acceptance is not itself about a licence purchase.",
        "Quoted reply 29/05/2026: 'we're happy to sign off the Copilot roll-out as delivered: 180 users live'.",
        ok(email=True),
    )


TAMAR = Org(
    "Tamar Ridge Hospitality Group Pty Ltd",
    "Riverbend Hotels",
    "riverbendhotels.com.au",
    "AU",
    "Launceston TAS 7250",
    "18 Brisbane Street",
    "#4e342e",
)
TAMAR_IT = person(TAMAR, "Nick Papadopoulos", "Group IT Manager", "nick.papadopoulos")


def s_035_tamar_ridge_trade_name() -> Bundle:
    cid = "5071035"
    cust, cc = TAMAR, TAMAR_IT
    report = tasman_pdf(
        cust,
        "Teams and SharePoint for Riverbend Hotels",
        [
            ("Customer", "Riverbend Hotels (Tamar Ridge Hospitality Group Pty Ltd, ABN 77 604 118 925)"),
            ("Period", "2 February – 17 April 2026"),
            ("Reference", "TSC-DR-2026-029"),
        ],
        [
            (
                "Scope",
                ul(
                    [
                        "Teams for the 5 Riverbend hotels: front office, housekeeping and F&amp;B teams; 46 teams; "
                        "shifts for "
                        "210 frontline staff.",
                        "SharePoint: group intranet 'The Landing', SOP library for housekeeping and F&amp;B (380 "
                        "documents), "
                        "events site shared with wedding planners as guests.",
                        "Migration of 1.4 TB from the Launceston file server.",
                    ]
                ),
            ),
            (
                "Timeline",
                grid(
                    ["Phase", "Dates"],
                    [
                        ("Design", "2–13 February 2026"),
                        ("Build and migration", "16 February – 27 March 2026"),
                        ("Hotel roll-outs", "30 March – 17 April 2026"),
                    ],
                    [60, 40],
                ),
            ),
            (
                "Usage at handover",
                grid(["Measure", "Value"], [("Teams weekly active users", "288"), ("SharePoint sites", "9")], [60, 40]),
            ),
        ],
        T(2026, 4, 20, 10, 0, 10),
        f"{cid}|report",
    )
    mail = thread(
        Mail(
            TS_PM,
            [cc],
            "Riverbend – Teams & SharePoint handover",
            T(2026, 4, 20, 10, 30, 10),
            f"Hi Nick,\n\nHandover report attached for your review.\n\nBridget\n\n{sig(TS_PM)}",
        ),
        Mail(
            cc,
            [TS_PM],
            "RE: Riverbend – Teams & SharePoint handover",
            T(2026, 4, 22, 16, 2, 10),
            "Bridget,\n\nAll good from our side – Riverbend accepts the Teams and SharePoint handover for the five "
            "hotels as per your report (46 teams, The Landing intranet and the SOP library). Thanks for getting the "
            "housekeeping teams on board before Easter.\n\nNick Papadopoulos\nGroup IT Manager\nRiverbend Hotels | "
            "part of TRHG",
        ),
    )
    files = {
        "Riverbend Hotels - Handover report TSC-DR-2026-029.pdf": report,
        "RE Riverbend - Teams & SharePoint handover.eml": eml_t(mail, TASMAN),
    }
    claim = cpor(
        cid,
        TASMAN,
        TS_PM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS", "SHAREPOINT ONLINE"],
        T(2026, 5, 4, 13, 20, 10),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_tamar_ridge_trading_as_riverbend_hotels",
        claim,
        files,
        "approve",
        "The claim's customer is Tamar Ridge Hospitality Group Pty Ltd, whose domain is riverbendhotels.com.au; the "
        "documents use its trading name 'Riverbend Hotels' (the report gives both names and the ABN) and the "
        "acceptance is signed 'Riverbend Hotels | part of TRHG'. Same company, same domain: a detailed handover (46 "
        "teams, 210 frontline staff, 380 SOPs, dates) accepted on 22 April 2026.",
        "Report: 'Riverbend Hotels (Tamar Ridge Hospitality Group Pty Ltd, ABN 77 604 118 925)'; e-mail from "
        "nick.papadopoulos@riverbendhotels.com.au.",
        ok(email=True),
    )


BASS_STRAIT = Org(
    "Bass Strait Freight Lines Pty Ltd",
    "Bass Strait Freight",
    "bassstraitfreight.com.au",
    "AU",
    "Devonport TAS 7310",
    "5 Formby Road",
    "#283593",
)
BASS_STRAIT_CFO = person(BASS_STRAIT, "Kylie Marsh", "Chief Financial Officer", "kylie.marsh")
KINETIC = Org(
    "Kinetic Managed Services Pty Ltd",
    "Kinetic MS",
    "kineticms.com.au",
    "AU",
    "Launceston TAS 7250",
    "44 Cameron Street",
    "#546e7a",
)
KINETIC_AM = person(KINETIC, "Brett Kinloch", "Service Delivery Manager", "brett.kinloch")


def s_036_bass_strait_pades_by_msp() -> Bundle:
    cid = "5071036"
    cust, cc = BASS_STRAIT, BASS_STRAIT_CFO
    tail = """
<h2>Acceptance</h2>
<p>Digitally signed for and on behalf of the customer:</p><p style="height:64pt">&#160;</p>
"""
    report = tasman_pdf(
        cust,
        "Intune and Defender for Endpoint – delivery report",
        [("Customer", cust.name), ("Period", "12 January – 27 March 2026"), ("Reference", "TSC-DR-2026-022")],
        [
            (
                "Scope",
                ul(
                    [
                        "Intune: 310 Windows laptops and 96 rugged tablets in the freight terminals (Devonport, "
                        "Melbourne, "
                        "Bell Bay) enrolled; 8 configuration profiles; kiosk mode for terminal tablets.",
                        "Defender for Endpoint: 406 devices and 24 servers onboarded; EDR in block mode; 11 ASR rules.",
                    ]
                ),
            ),
            (
                "Timeline",
                grid(
                    ["Phase", "Dates"],
                    [
                        ("Pilot", "12–30 January 2026"),
                        ("Roll-out", "2 February – 20 March 2026"),
                        ("Handover", "23–27 March 2026"),
                    ],
                    [60, 40],
                ),
            ),
        ],
        T(2026, 3, 30, 9, 0, 11),
        f"{cid}|report",
        tail=tail,
    )
    signed = g.digisign(
        report,
        KINETIC_AM,
        T(2026, 4, 1, 14, 18, 11),
        f"{cid}|pades",
        ca_name="Southern Cross Trust Issuing CA 1",
        anchor="Digitally signed for and on behalf of the customer:",
        dy=14,
        reason="Accepted on behalf of Bass Strait Freight Lines (IT service provider)",
        location="Launceston",
    )
    path = "TSC-DR-2026-022 Bass Strait Freight - signed.pdf"
    claim = cpor(
        cid,
        TASMAN,
        TS_SEC,
        cust,
        cc,
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 4, 14, 10, 50, 10),
        [(path, "poe")],
    )
    return Bundle(
        f"{cid}_bass_strait_pades_signed_by_msp",
        claim,
        {path: signed},
        "action_required",
        "The delivery report is detailed and the PAdES signature validates – but its certificate belongs to Brett "
        "Kinloch of Kinetic Managed Services Pty Ltd, the customer's outsourced IT provider, who signed 'on behalf "
        "of' Bass Strait Freight Lines. That is not the customer's own acknowledgement; the partner needs the "
        "customer's signature or an e-mail from bassstraitfreight.com.au.",
        "PAdES signer 'Brett Kinloch', O=Kinetic Managed Services Pty Ltd, reason 'Accepted on behalf of … (IT "
        "service provider)'.",
        only(customer_acknowledgement="fail", activity_detail="pass", reused_evidence="pass"),
    )


MACQUARIE = Org(
    "Macquarie Harbour Salmon Pty Ltd",
    "Macquarie Harbour Salmon",
    "mhsalmon.com.au",
    "AU",
    "Strahan TAS 7468",
    "1 Esplanade",
    "#e64a19",
)
MACQUARIE_FM = person(MACQUARIE, "Leanne Hodge", "Finance Manager", "leanne.hodge")


def s_037_macquarie_licence_agreement_msa_draft() -> Bundle:
    cid = "5071037"
    cust, cc = MACQUARIE, MACQUARIE_FM
    agreement = g.report_pdf(
        TASMAN,
        f"""
<h1>Cloud Licence &amp; Subscription Agreement</h1>
{
            kv(
                [
                    ("Agreement no.", "TSC-CSP-2025-118"),
                    ("Customer", esc(cust.name)),
                    ("Effective", "1 July 2025"),
                    ("Term", "36 months"),
                ]
            )
        }
<h2>1. Subscriptions</h2>
{
            grid(
                ["Subscription", "Seats", "Price per seat / month (AUD)"],
                [
                    ("Microsoft 365 Business Premium", "84", "$36.00"),
                    ("Exchange Online (Plan 1) – vessel crews", "40", "$6.00"),
                    ("Teams Rooms Basic", "2", "$0.00"),
                ],
                [56, 14, 30],
            )
        }
<h2>2. Terms</h2>
<p>2.1 The Customer accepts the Microsoft Customer Agreement. 2.2 Subscriptions renew automatically unless cancelled
30 days before the anniversary. 2.3 Prices are exclusive of GST. 2.4 Either party may terminate for material
breach on 30 days' written notice.</p>
{sign_rows([("Signed for the Customer", ""), ("Name", esc(cc.name) + ", " + esc(cc.title)), ("Date", "")])}
""",
        meta("Cloud Licence and Subscription Agreement", TS_PM.name, T(2025, 6, 20, 9, 0, 10)),
        f"{cid}|lic",
        right="Licence Agreement",
    )
    agreement = g.scan_pdf(
        agreement,
        value_inks([("Signed for the Customer", "sig", cc.name), ("Date", "hand", "24/06/2025")], pdf=agreement),
        f"{cid}|licscan",
        T(2025, 6, 24, 11, 0, 10),
        dpi=150,
    )
    msa = g.report_pdf(
        TASMAN,
        f"""
<h1>Master Services Agreement</h1>
{kv([("Parties", f"{esc(TASMAN.name)} and {esc(cust.name)}"), ("Date", "14 March 2023")])}
<p>1. Services. Tasman Shore will provide IT services described in statements of work agreed from time to time.
2. Fees as set out in each statement of work. 3. Liability capped at fees paid in the preceding 12 months.
4. Confidentiality. 5. Governing law: Tasmania.</p>
{sign_rows([("Signed for the Customer", ""), ("Date", "")])}
""",
        meta("Master Services Agreement", TS_PM.name, T(2023, 3, 14, 9, 0, 11)),
        f"{cid}|msa",
        right="Master Services Agreement",
    )
    msa = g.scan_pdf(
        msa,
        value_inks([("Signed for the Customer", "sig", cc.name), ("Date", "hand", "14/03/2023")], pdf=msa),
        f"{cid}|msascan",
        T(2023, 3, 15, 10, 0, 11),
        dpi=150,
    )
    draft = Mail(
        TS_PM,
        [cc],
        "Exchange Online and Teams – summary of our work",
        T(2026, 8, 3, 17, 5, 10),
        "Hi Leanne,\n\nAs discussed, a summary of what we delivered this year: 124 mailboxes on Exchange Online "
        "(including 40 vessel crew mailboxes), Teams for the hatchery, the processing plant and the vessels, two "
        "Teams Rooms in Strahan. Could you reply to confirm?\n\nBridget",
    )
    files = {
        "TSC-CSP-2025-118 Licence Agreement signed.pdf": agreement,
        "MSA Tasman Shore - Macquarie Harbour Salmon 2023.pdf": msa,
        "Exchange Online and Teams - summary of our work.msg": msg_t(draft, draft=True),
    }
    claim = cpor(
        cid,
        TASMAN,
        TS_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS"],
        T(2026, 8, 11, 10, 30, 10),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_macquarie_salmon_licence_agreement_msa_and_draft",
        claim,
        files,
        "action_required",
        "The customer-signed documents are a CSP licence and subscription agreement (seats and prices – a "
        "transactional licensing contract) and a 2023 master services agreement with no recent engagement "
        "documentation; neither counts as POE. The only description of the work is the partner's own e-mail, saved "
        "as an unsent draft with no transport headers, which the customer never answered. No acceptable, "
        "acknowledged POE.",
        "Licence agreement (seat prices, signed 24/06/2025), MSA of 14 March 2023, draft .msg (unsent) from the "
        "partner.",
        only(
            unacceptable_documents="fail",
            customer_acknowledgement="fail",
            ineligible_customer="pass",
            reused_evidence="pass",
        ),
    )


FRANKLIN = Org(
    "Franklin River Timber Pty Ltd",
    "Franklin River Timber",
    "franklinrivertimber.com.au",
    "AU",
    "Huonville TAS 7109",
    "27 Main Road",
    "#2e7d32",
)
FRANKLIN_IT = person(FRANKLIN, "Damien Lowe", "IT Coordinator", "damien.lowe")


def s_038_franklin_resubmitted_after_14_days() -> Bundle:
    cid = "5071038"
    cust, cc = FRANKLIN, FRANKLIN_IT
    sow = tasman_pdf(
        cust,
        "Statement of Work – Defender for Endpoint",
        [("Customer", cust.name), ("SOW no.", "TSC-SOW-2025-004"), ("Term", "February 2025 – ongoing (managed)")],
        [
            (
                "Scope",
                ul(
                    [
                        "Onboard 240 devices and 20 servers to Defender for Endpoint at the mill and 3 depots",
                        "Monthly review of alerts, exposure score and ASR rules",
                    ]
                ),
            ),
            ("Acceptance", sign_rows([("Customer signature", ""), ("Date", "")])),
        ],
        T(2025, 1, 16, 9, 0, 11),
        f"{cid}|sow",
    )
    sow = g.scan_pdf(
        sow,
        value_inks([("Customer signature", "sig", cc.name), ("Date", "hand", "20/01/2025")], pdf=sow),
        f"{cid}|sowscan",
        T(2025, 1, 21, 10, 0, 11),
        dpi=150,
    )
    mail = Mail(
        cc,
        [TS_SEC],
        "Defender – confirmation for Microsoft",
        T(2026, 3, 17, 12, 40, 11),
        "Harrison,\n\nConfirming that Tasman Shore continues to run our Defender for Endpoint service: 262 devices "
        "and 20 servers at the mill and the three depots, the monthly alert and exposure reviews, and the ASR "
        "tuning you did in February.\n\nDamien Lowe\nIT Coordinator, Franklin River Timber",
    )
    files = {
        "TSC-SOW-2025-004 signed.pdf": sow,
        "Defender - confirmation for Microsoft.eml": eml_t(mail, TASMAN),
    }
    claim = cpor(
        cid,
        TASMAN,
        TS_SEC,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 3, 19, 9, 5, 11),
        [(p, "poe") for p in files],
        comments=[
            (
                "microsoft",
                T(2026, 3, 3, 9, 0),
                "Action required: the only customer acknowledgement (SOW signed "
                "20/01/2025) is older than 12 months. Please provide a recent acknowledgement within 14 days.",
            ),
            ("partner", T(2026, 3, 19, 9, 3, 11), "Recent confirmation from the customer attached."),
        ],
        history=[
            ("submission", T(2026, 2, 24, 15, 0, 11), TS_SEC.email),
            ("action required", T(2026, 3, 3, 9, 0), "Microsoft"),
            ("document submission", T(2026, 3, 19, 9, 2, 11), TS_SEC.email),
            ("submission", T(2026, 3, 19, 9, 5, 11), TS_SEC.email),
        ],
    )
    b = Bundle(
        f"{cid}_franklin_timber_resubmitted_after_14_days",
        claim,
        files,
        "reject",
        "Returning claim: Microsoft set it to action required on 2026-03-03 (acknowledgement older than 12 months); "
        "the partner resubmitted on 2026-03-19, 16 days later. The guide gives fourteen calendar days to resubmit, "
        "after which the claim is rejected automatically – the new customer e-mail, good as it is, came too late "
        "for this claim (a new claim is needed).",
        "History: action required 2026-03-03 → submission 2026-03-19 (16 days > 14).",
        only(reused_evidence="pass", ineligible_customer="pass"),
    )
    return note(b, returning="resubmitted after action required, late", action_required="2026-03-03")


# --------------------------------------------------------------------------------------------------------------
# AMMP App/Data Modernization (Small): Guadalquivir Sistemas (ES, Market B), Pampas Data (AR, Market C), Dhow
# Digital (QA, Market B). The programme's POE template and activity list are the same on every AMMP claim.
# --------------------------------------------------------------------------------------------------------------

ES_INVOICE_KW = {
    "date_style": "gb",
    "labels": {
        "inv": "Factura nº / Invoice no.",
        "date": "Fecha / Date",
        "due": "Vencimiento / Due",
        "bill": "Facturar a / Bill to",
        "desc": "Concepto / Description",
        "amt": "Importe / Amount",
        "sub": "Base imponible / Subtotal (pre-tax)",
        "total": "Total",
    },
    "extra": "<p class='small'>Operación no sujeta a IVA (art. 69 Ley 37/1992) – inversión del sujeto pasivo / "
    "Not subject to Spanish VAT – reverse charge.</p>",
    "bank": "CaixaBank · IBAN ES76 2100 4512 8802 0014 7733 · BIC CAIXESBBXXX",
    "title": "FACTURA / INVOICE",
}


def ammp(
    cid: str, partner: Org, pc: Person, cust: Org, cc: Person, **kw: Any
) -> tuple[dict[str, bytes], dict[str, Any]]:
    return g.ammp_claim(cid, cust.short, partner, pc, cust, cc, **kw)


ALJARAFE = Org(
    "Aceitunas del Aljarafe S.A.",
    "Aceitunas del Aljarafe",
    "aceitunasaljarafe.es",
    "ES",
    "41804 Olivares (Sevilla)",
    "Polígono Industrial El Torviscal, parcela 7",
    "#558b2f",
)
ALJARAFE_IT = person(ALJARAFE, "Manuel Caballos Reina", "Director de Sistemas / IT Director", "mcaballos")


def s_039_aljarafe_ammp_market_b() -> Bundle:
    cid = "5071039"
    files, claim = ammp(
        cid,
        GUADALQUIVIR,
        GS_PM,
        ALJARAFE,
        ALJARAFE_IT,
        consent=D(2026, 2, 2),
        submitted=T(2026, 5, 19, 12, 0, 2),
        app="Portal de pedidos de distribuidores (.NET order portal)",
        arr="USD 64,000 / year",
        dates=["09/02/2026", "23/02/2026", "20/04/2026", "08/05/2026"],
        amount=12000.0,
        inv_no="GS-2026-0087",
        date_style="gb",
        invoice_kw=ES_INVOICE_KW,
        sign_when=T(2026, 5, 11, 13, 0, 2),
        date_text="11/05/2026",
    )
    return Bundle(
        f"{cid}_aljarafe_ammp_small_market_b",
        claim,
        files,
        "approve",
        "AMMP (Small) from a Spanish partner: Spain is a Market B country, so the rate is USD 12,000, and the "
        "bilingual invoice shows exactly USD 12,000.00 pre-tax with the claim ID and partner name (Spanish VAT "
        "reverse charge noted, not added). Programme template with the four activities, signed by the customer on "
        "11/05/2026; both surveys signed; submitted 106 days after consent (xs/small: 120).",
        "Invoice GS-2026-0087: 'MCI Engagement Claim ID 5071039', USD 12,000.00; consent 2026-02-02 → 2026-05-19.",
        pa_ok(),
    )


SANLUCAR = Org(
    "Bodegas Sanlúcar Marismas S.L.",
    "Bodegas Sanlúcar",
    "bodegassanlucar.es",
    "ES",
    "11540 Sanlúcar de Barrameda (Cádiz)",
    "Calle Barrameda 18",
    "#8e24aa",
)
SANLUCAR_IT = person(SANLUCAR, "Carmen Pérez Domecq", "Responsable de TI / Head of IT", "cperez")


def s_040_sanlucar_ammp_resubmitted_before_expiry() -> Bundle:
    cid = "5071040"
    files, claim = ammp(
        cid,
        GUADALQUIVIR,
        GS_PM,
        SANLUCAR,
        SANLUCAR_IT,
        consent=D(2026, 1, 15),
        submitted=T(2026, 5, 20, 10, 30, 2),
        app="Trazabilidad de barricas (barrel traceability, Java)",
        arr="USD 41,000 / year",
        dates=["26/01/2026", "09/02/2026", "13/04/2026", "24/04/2026"],
        amount=12000.0,
        inv_no="GS-2026-0079-R",
        date_style="gb",
        invoice_kw=ES_INVOICE_KW,
        sign_when=T(2026, 4, 29, 12, 0, 2),
        date_text="29/04/2026",
    )
    claim["history"] = [
        {"action": "customer consent approved", "at": g.iso(T(2026, 1, 15, 12)), "by": "-"},
        {"action": "submission", "at": g.iso(T(2026, 5, 5, 11, 0, 2)), "by": GS_PM.email},
        {"action": "action required", "at": g.iso(T(2026, 5, 8, 9, 0)), "by": "Microsoft"},
        {"action": "document submission", "at": g.iso(T(2026, 5, 20, 10, 26, 2)), "by": GS_PM.email},
        {"action": "submission", "at": g.iso(T(2026, 5, 20, 10, 30, 2)), "by": GS_PM.email},
    ]
    claim["comments"] = [
        {
            "author": "microsoft",
            "at": g.iso(T(2026, 5, 8, 9, 0)),
            "text": "Action required: the invoice does not show the engagement claim ID. Please upload a corrected "
            "invoice and resubmit.",
        },
        {
            "author": "partner",
            "at": g.iso(T(2026, 5, 20, 10, 25, 2)),
            "text": "Corrected invoice GS-2026-0079-R with the claim ID uploaded.",
        },
    ]
    b = Bundle(
        f"{cid}_bodegas_sanlucar_ammp_resubmitted_in_time",
        claim,
        files,
        "approve",
        "Returning AMMP (Small) claim: first submitted on day 110 after consent, set to action required on 2026-05-08 "
        "for an invoice without the claim ID, resubmitted on 2026-05-20 – day 125, before the 150-day expiry of a "
        "small project in action required (and 12 days after the request). The corrected invoice shows the claim "
        "ID, the partner and USD 12,000.00 (Market B); template signed, surveys complete.",
        "History: action required 2026-05-08 → submission 2026-05-20; consent 2026-01-15 (+125 days).",
        pa_ok(),
    )
    return note(b, returning="PA resubmitted after action required, before expiry", action_required="2026-05-08")


TRIANA = Org(
    "Cerámica Triana Hermanos S.L.",
    "Cerámica Triana",
    "ceramicatriana.es",
    "ES",
    "41010 Sevilla",
    "Calle Alfarería 87",
    "#1e88e5",
)
TRIANA_IT = person(TRIANA, "Javier Montoya Vela", "Responsable de Sistemas / IT Lead", "jmontoya")


def s_041_triana_ammp_resubmitted_after_expiry() -> Bundle:
    cid = "5071041"
    files, claim = ammp(
        cid,
        GUADALQUIVIR,
        GS_PM,
        TRIANA,
        TRIANA_IT,
        consent=D(2026, 1, 5),
        submitted=T(2026, 6, 8, 17, 45, 2),
        app="Configurador de pedidos B2B (PHP B2B configurator)",
        arr="USD 36,000 / year",
        dates=["19/01/2026", "02/02/2026", "06/04/2026", "17/04/2026"],
        amount=12000.0,
        inv_no="GS-2026-0071",
        date_style="gb",
        invoice_kw=ES_INVOICE_KW,
        sign_when=T(2026, 4, 22, 12, 0, 2),
        date_text="22/04/2026",
    )
    claim["history"] = [
        {"action": "customer consent approved", "at": g.iso(T(2026, 1, 5, 12)), "by": "-"},
        {"action": "submission", "at": g.iso(T(2026, 4, 30, 10, 0, 2)), "by": GS_PM.email},
        {"action": "action required", "at": g.iso(T(2026, 5, 6, 9, 0)), "by": "Microsoft"},
        {"action": "document submission", "at": g.iso(T(2026, 6, 8, 17, 40, 2)), "by": GS_PM.email},
        {"action": "submission", "at": g.iso(T(2026, 6, 8, 17, 45, 2)), "by": GS_PM.email},
    ]
    claim["comments"] = [
        {
            "author": "microsoft",
            "at": g.iso(T(2026, 5, 6, 9, 0)),
            "text": "Action required: the landing zone activity is described only as 'done'. Please add the landing "
            "zone details and resubmit.",
        },
        {"author": "partner", "at": g.iso(T(2026, 6, 8, 17, 38, 2)), "text": "Landing zone details added."},
    ]
    b = Bundle(
        f"{cid}_ceramica_triana_ammp_resubmitted_after_expiry",
        claim,
        files,
        "reject",
        "Returning AMMP (Small) claim: set to action required on 2026-05-06 and resubmitted only on 2026-06-08 – 154 "
        "days after customer consent (2026-01-05). A small project left in action required expires 150 days after "
        "consent (2026-06-04); expired claims cannot be reactivated, whatever the corrected documents show.",
        "History: consent 2026-01-05, action required 2026-05-06, submission 2026-06-08 (day 154 > 150).",
        only(submission_window="fail", invoice="pass", reused_evidence="pass"),
    )
    return note(b, returning="PA resubmitted after action required, after expiry", action_required="2026-05-06")


YERBATERA = Org(
    "Yerbatera Misiones del Alto S.A.",
    "Yerbatera del Alto",
    "yerbateradelalto.com.ar",
    "AR",
    "N3360 Oberá, Misiones",
    "Ruta Nacional 14 km 847",
    "#558b2f",
)
YERBATERA_ADM = person(
    YERBATERA, "Mariela Kowalczuk", "Gerente de Administración / Head of Administration", "mkowalczuk"
)


def bilingual_slide(rows: Sequence[tuple[str, str]]) -> str:
    return grid(["Español", "English"], rows, [50, 50])


def s_042_yerbatera_bilingual_envisioning_deck() -> Bundle:
    cid = "5071042"
    cust, cc = YERBATERA, YERBATERA_ADM
    deck = g.slides_pdf(
        PAMPAS,
        [
            (
                "Taller de Visión / Envisioning Workshop",
                f"<p style='font-size:20pt'>{esc(cust.name)}</p>"
                f"<p>16 y 18 de junio de 2026 / 16 and 18 June 2026 · Reclamo MCI / MCI claim {cid}</p>",
            ),
            (
                "Situación actual / Current situation",
                bilingual_slide(
                    [
                        (
                            "Acopio de hoja verde de 310 productores registrado en planillas en 5 secaderos.",
                            "Green-leaf intake from 310 growers recorded on paper sheets at 5 drying plants.",
                        ),
                        (
                            "Liquidación a productores con 3 a 5 semanas de demora.",
                            "Grower settlements 3 to 5 weeks late.",
                        ),
                    ]
                ),
            ),
            (
                "Solución propuesta / Envisioned solution",
                bilingual_slide(
                    [
                        (
                            "Dynamics 365 Business Central para compras, stock y liquidaciones.",
                            "Dynamics 365 Business Central for purchasing, stock and grower settlements.",
                        ),
                        (
                            "App de Power Apps en balanzas de acopio (sin conexión).",
                            "Power Apps app at the intake scales (offline).",
                        ),
                    ]
                ),
            ),
            (
                "Próximos pasos / Next steps",
                bilingual_slide(
                    [
                        (
                            "Piloto en el secadero de Campo Viera en la zafra 2027.",
                            "Pilot at the Campo Viera drying plant in the 2027 harvest.",
                        ),
                        (
                            "12 usuarios de Business Central y 15 de la app.",
                            "12 Business Central users and 15 app users.",
                        ),
                    ]
                ),
            ),
            (
                "Participantes / Participants",
                bilingual_slide(
                    [
                        (
                            "Gerente de Administración, 2 encargados de secadero, contador, 2 agrónomos (6 personas).",
                            "Head of Administration, 2 drying-plant supervisors, accountant, 2 agronomists (6 people).",
                        ),
                    ]
                ),
            ),
        ],
        meta("Envisioning Workshop Yerbatera del Alto", PD_PM.name, T(2026, 6, 22, 10, 0, -3), g.PPT),
        f"{cid}|deck",
        footer="Pampas Data S.A. · Confidencial / Confidential",
    )
    eng = g.engagement("BA-PSV-ENV", ENVISION_BA, "standard", "variable", 2180.0)
    files, claim = h.pa_claim(
        cid,
        PAMPAS,
        PD_PM,
        cust,
        cc,
        area="Business Applications",
        eng=eng,
        consent=D(2026, 6, 1),
        submitted=T(2026, 7, 28, 15, 20, -3),
        poe={"Taller_de_Vision_Envisioning_Workshop_Yerbatera.pdf": deck},
        amount=2180.0,
        inv_no="PD-E-0003-00000412",
        inv_day=D(2026, 7, 24),
        activities="Two envisioning sessions: green-leaf intake, grower settlements, Business Central and Power Apps",
        outcome="Envisioned Business Central + Power Apps solution with a 2027 pilot",
        participants="6",
        invoice_kw={"date_style": "gb", "title": "FACTURA E / INVOICE"},
    )
    return Bundle(
        f"{cid}_yerbatera_bilingual_envisioning_deck",
        claim,
        files,
        "approve",
        "Envisioning workshop (variable payout USD 2,180): the deck is bilingual, every Spanish line with its full "
        "English text beside it, so the English-documentation rule is met; findings specific to the customer (310 "
        "growers, 5 drying plants, pilot plan). Invoice USD 2,180.00 with the claim ID, surveys signed, 57 days "
        "after consent (standard: 90).",
        "Deck slides in two columns Español | English; invoice PD-E-0003-00000412 USD 2,180.00.",
        pa_ok(),
    )


CHASCOMUS = Org(
    "Frigorífico Laguna Chascomús S.A.",
    "Frigorífico Chascomús",
    "frigorificochascomus.com.ar",
    "AR",
    "B7130 Chascomús, Buenos Aires",
    "Av. Lastra 1450",
    "#8d6e63",
)
CHASCOMUS_IT = person(CHASCOMUS, "Gustavo Iturraspe", "Jefe de Sistemas / IT Manager", "giturraspe")


def factura_e(cid: str, number: str, day: dt.date, amount_text: str, seed: str) -> bytes:
    """Pampas Data's export invoice (Factura E), amounts in US$ with Argentine number format."""
    html = f"""
<table><tr><td style="border:none;width:250pt"><h1>FACTURA E</h1><p>Exportación de servicios / Export of services</p>
</td><td style="border:none;text-align:right;width:210pt"><b>{esc(PAMPAS.name)}</b><br/>{esc(PAMPAS.street)}<br/>
{esc(PAMPAS.city)}<br/>{esc(PAMPAS.reg)}<br/>IVA Responsable Inscripto</td></tr></table>
{
        kv(
            [
                ("Comprobante / Invoice no.", number),
                ("Fecha / Date", g.fdate(day, "gb")),
                ("Condición de venta / Terms", "Transferencia 30 días / wire transfer 30 days"),
            ],
            key_w=150,
            total=330,
        )
    }
<p><b>Cliente / Bill to:</b><br/>{g.MICROSOFT_BILL_TO}</p>
{
        grid(
            ["Descripción / Description", "Importe / Amount"],
            [
                (
                    f"AMMP App/Data Modernization (Small) – MCI Engagement Claim ID {cid}<br/>Cliente final / End "
                    "customer: "
                    f"{esc(CHASCOMUS.name)}",
                    amount_text,
                ),
                ("<b>Subtotal (sin impuestos / pre-tax)</b>", f"<b>{amount_text}</b>"),
                ("<b>Total</b>", f"<b>{amount_text}</b>"),
            ],
            [76, 24],
        )
    }
<p class="small">Moneda / Currency: dólares estadounidenses (USD). IVA: exento – exportación de servicios (Ley 23.349,
art. 8). CAE 76284411930562 – Vto. CAE {g.fdate(day + dt.timedelta(days=10), "gb")}.</p>
"""
    return g.html_pdf(
        html,
        meta(f"Factura E {number}", "Administración Pampas Data", T(day.year, day.month, day.day, 11, 0, -3)),
        seed,
        decor=g.Decor(PAMPAS, right="pampasdata.com.ar", numbers="", accent=PAMPAS.color),
    )


def s_043_chascomus_ammp_market_c_argentine_format() -> Bundle:
    cid = "5071043"
    inv = factura_e(cid, "0003-00000398", D(2026, 8, 17), "US$ 7.500,00", f"{cid}|inv")
    files, claim = ammp(
        cid,
        PAMPAS,
        PD_PM,
        CHASCOMUS,
        CHASCOMUS_IT,
        consent=D(2026, 5, 4),
        submitted=T(2026, 8, 20, 11, 40, -3),
        app="Sistema de trazabilidad de faena (slaughter traceability, .NET)",
        arr="USD 29,000 / year",
        dates=["18/05/2026", "01/06/2026", "27/07/2026", "07/08/2026"],
        amount=7500.0,
        inv_no="0003-00000398",
        date_style="gb",
        invoice_pdf_bytes=inv,
        sign_when=T(2026, 8, 12, 14, 0, -3),
        date_text="12/08/2026",
    )
    return Bundle(
        f"{cid}_chascomus_ammp_market_c_argentine_number_format",
        claim,
        files,
        "approve",
        "AMMP (Small) from an Argentine partner: Argentina is in neither Market A nor B, so the Market C rate USD "
        "7,500 applies. The Factura E writes it the Argentine way, 'US$ 7.500,00' (dot for thousands, comma for "
        "decimals) – seven thousand five hundred US dollars, pre-tax (export, VAT-exempt), with the claim ID and "
        "partner name. Signed programme template, surveys complete, 108 days after consent (xs/small: 120).",
        "Factura E 0003-00000398: 'MCI Engagement Claim ID 5071043', Total US$ 7.500,00.",
        pa_ok(),
    )


AL_WAKRA = Org(
    "Al Wakra Marine Services W.L.L.",
    "Al Wakra Marine",
    "alwakramarine.qa",
    "QA",
    "Al Wakra, Qatar",
    "Port Road, Building 22",
    "#0277bd",
)
AL_WAKRA_IT = person(AL_WAKRA, "Khalid Al-Marri", "IT Manager", "k.almarri")


def s_064_al_wakra_ammp_invoice_without_claim_id() -> Bundle:
    cid = "5071064"
    inv = g.invoice_pdf(
        DHOW,
        "DD-INV-2026-0152",
        D(2026, 5, 27),
        [
            (
                "AMMP App/Data Modernization (Small) – Al Wakra Marine Services W.L.L.\nCustomer reference "
                "AWMS-PO-2026-044",
                12000.0,
            )
        ],
        f"{cid}|inv",
        date_style="gb",
        author=DD_PM.name,
        bank="Qatar National Bank · IBAN QA57 QNBA 0000 0000 0412 8870 1001 · SWIFT QNBAQAQA",
    )
    files, claim = ammp(
        cid,
        DHOW,
        DD_PM,
        AL_WAKRA,
        AL_WAKRA_IT,
        consent=D(2026, 2, 16),
        submitted=T(2026, 6, 1, 10, 0, 3),
        app="Vessel maintenance scheduling (.NET / SQL Server)",
        arr="USD 52,000 / year",
        dates=["02/03/2026", "16/03/2026", "10/05/2026", "21/05/2026"],
        amount=12000.0,
        inv_no="DD-INV-2026-0152",
        date_style="gb",
        invoice_pdf_bytes=inv,
        sign_when=T(2026, 5, 25, 11, 0, 3),
        date_text="25/05/2026",
    )
    return Bundle(
        f"{cid}_al_wakra_ammp_invoice_without_claim_id",
        claim,
        files,
        "action_required",
        "AMMP (Small), Qatari partner (Market B, USD 12,000): amount, partner name and timing (105 days) are right, "
        "but the invoice carries only the customer's PO reference, not the engagement claim ID – one of the three "
        "minimum invoice elements. A corrected invoice is needed.",
        "Invoice DD-INV-2026-0152: 'AMMP … Customer reference AWMS-PO-2026-044', USD 12,000.00, no claim ID.",
        only(invoice="fail", attestations="pass", submission_window="pass", reused_evidence="pass"),
    )


DHOW_HOLDING = Org(
    "Dhow Holding W.L.L.",
    "Dhow Holding",
    "dhowholding.qa",
    "QA",
    "Doha, Qatar",
    "West Bay, Al Funduq Street, Tower 2, Floor 21",
    "#3e2723",
)
DHOW_HOLDING_CFO = person(DHOW_HOLDING, "Noora Al-Sulaiti", "Group CFO", "n.alsulaiti")


def s_065_dhow_holding_group_company() -> Bundle:
    cid = "5071065"
    cust, cc = DHOW_HOLDING, DHOW_HOLDING_CFO
    report = g.report_pdf(
        DHOW,
        f"""
<h1>Group Mail and Collaboration – Completion Report</h1>
{kv([("Customer", esc(cust.name)), ("Period", "5 January – 26 March 2026"), ("Reference", "DD-CR-2026-009")])}
{
            grid(
                ["Workload", "Delivered", "Volume"],
                [
                    (
                        "Exchange Online",
                        "Group mailboxes of the holding and its 4 subsidiaries moved from the Group's on-premises "
                        "Exchange",
                        "212 mailboxes",
                    ),
                    ("Teams", "Teams for Group finance, HR and the subsidiaries' management", "34 teams"),
                ],
                [22, 58, 20],
            )
        }
<p>Delivered by Dhow Digital as part of the Group shared IT services programme.</p>
""",
        meta("Group Mail and Collaboration Completion", DD_PM.name, T(2026, 3, 29, 10, 0, 3)),
        f"{cid}|report",
        right="Completion Report",
        footer="Dhow Digital W.L.L. – a Dhow Holding company · CR No. 148822",
    )
    letter = g.html_pdf(
        f"""
<p style="text-align:right">Doha, 2 April 2026</p>
<h2>Confirmation</h2>
<p>Dhow Holding W.L.L. confirms that Dhow Digital W.L.L., the Group's technology company, migrated the Group's 212
mailboxes to Exchange Online and rolled out Microsoft Teams to the holding and its subsidiaries between January and
March 2026, as described in completion report DD-CR-2026-009.</p>
<p style="height:44pt">&#160;</p>
<p>{esc(cc.name)}<br/>{esc(cc.title)}, Dhow Holding W.L.L.</p>
""",
        meta("Confirmation letter", cc.name, T(2026, 4, 2, 9, 0, 3)),
        f"{cid}|letter",
        style=css("#3e2723"),
        decor=g.Decor(
            DHOW_HOLDING,
            right="Dhow Holding W.L.L. · Parent company of Dhow Digital, Dhow Logistics, Dhow "
            "Marine and Dhow Properties",
            numbers="",
            accent="#3e2723",
        ),
    )
    letter = g.scan_pdf(
        letter,
        [Ink(cc.name, "sig", cc.name, dx=0, dy=-40, h=32)],
        f"{cid}|letterscan",
        T(2026, 4, 2, 12, 0, 3),
        dpi=150,
    )
    files = {"DD-CR-2026-009 Completion Report.pdf": report, "Dhow Holding confirmation letter.pdf": letter}
    claim = cpor(
        cid,
        DHOW,
        DD_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS"],
        T(2026, 4, 15, 9, 30, 3),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_dhow_holding_partners_parent_company",
        claim,
        files,
        "reject",
        "The customer is the claiming partner's own parent company: the partner's report footer reads 'Dhow Digital "
        "W.L.L. – a Dhow Holding company', the customer's letterhead calls Dhow Holding the 'Parent company of Dhow "
        "Digital', and the work was the 'Group shared IT services programme'. Partners are not eligible for "
        "incentives on a partner-affiliate customer; more documents cannot fix that.",
        "Letterhead 'Parent company of Dhow Digital …'; letter: 'Dhow Digital W.L.L., the Group's technology company'.",
        only(ineligible_customer="fail", reused_evidence="pass"),
    )


# --------------------------------------------------------------------------------------------------------------
# Estuaire Numérique (Nantes): bilingual procès-verbal de réception
# --------------------------------------------------------------------------------------------------------------

PV_SIGN_LABEL = "Signature / Signature"


def loire_pv(
    cust: Org,
    ref: str,
    period: str,
    rows: Sequence[tuple[str, str]],
    signer: Person,
    signer_title: str,
    when: dt.datetime,
    seed: str,
) -> bytes:
    return bilingual_report(
        LOIRE,
        "Procès-verbal de réception / Acceptance Report",
        [("Client / Customer", cust.name), ("Référence / Reference", ref), ("Période / Period", period)],
        [("Prestations réalisées / Services delivered", rows)],
        ("Français", "English"),
        [
            ("Réception prononcée / Acceptance", ""),
            ("Nom / Name", esc(signer.name)),
            ("Fonction / Title", esc(signer_title)),
            (PV_SIGN_LABEL, ""),
            ("Date / Date", ""),
        ],
        when,
        LN_PM.name,
        seed,
        right="Procès-verbal de réception",
    )


BOURGNEUF = Org(
    "Conserverie de la Baie de Bourgneuf SAS",
    "Conserverie de Bourgneuf",
    "conserverie-bourgneuf.fr",
    "FR",
    "44580 Bourgneuf-en-Retz",
    "Zone artisanale du Port",
    "#1565c0",
)
BOURGNEUF_DG = person(BOURGNEUF, "Yannick Tréguer", "Directeur général", "y.treguer")
BOURGNEUF_AD = person(BOURGNEUF, "Sandrine Moreau", "Assistante de direction", "s.moreau")


def s_044_bourgneuf_french_auto_reply_and_receipt() -> Bundle:
    cid = "5071044"
    cust, cc = BOURGNEUF, BOURGNEUF_DG
    pv = loire_pv(
        cust,
        "LN-PV-2026-033",
        "04/05/2026 – 26/06/2026",
        [
            (
                "Téléphonie Teams : 74 utilisateurs (bureaux, atelier de production, boutique), numéros portés depuis "
                "l'ancien standard, 2 standards automatiques.",
                "Teams Phone: 74 users (offices, production workshop, shop), numbers ported from the old PBX, 2 auto "
                "attendants.",
            ),
            (
                "File d'appels « Commandes » pour 6 commerciaux ; 8 téléphones DECT dans l'atelier.",
                "'Orders' call queue for 6 sales staff; 8 DECT phones in the workshop.",
            ),
        ],
        cc,
        "Directeur général / Managing Director",
        T(2026, 6, 29, 10, 0, 2),
        f"{cid}|pv",
    )
    request = Mail(
        LN_PM,
        [cc],
        "PV de réception – téléphonie Teams",
        T(2026, 6, 29, 10, 20, 2),
        f"Bonjour Monsieur Tréguer,\n\nVous trouverez ci-joint le procès-verbal de réception de la téléphonie Teams. "
        f"Pourriez-vous nous le retourner signé ?\n\nBien cordialement,\nMaëlle Guérin\n\n{sig(LN_PM)}",
        attachments=[("LN-PV-2026-033.pdf", pv)],
        lang="fr",
    )
    auto = Mail(
        cc,
        [LN_PM],
        "Réponse automatique : PV de réception – téléphonie Teams",
        T(2026, 6, 29, 10, 20, 2),
        "Bonjour,\n\nJe suis absent du bureau jusqu'au 13 juillet inclus. Pour toute urgence, merci de contacter "
        "Sandrine Moreau au 02 40 55 01 90.\n\nCordialement,\nYannick Tréguer",
        auto_reply=True,
        lang="fr",
    )
    receipt = Mail(
        BOURGNEUF_AD,
        [LN_PM],
        "RE: PV de réception – téléphonie Teams",
        T(2026, 6, 30, 9, 2, 2),
        "Bonjour Madame Guérin,\n\nMerci, bien reçu. Je transmets le document à M. Tréguer à son retour.\n\n"
        "Cordialement,\nSandrine Moreau\nAssistante de direction",
        lang="fr",
    )
    files = {
        "LN-PV-2026-033 PV de reception - Acceptance Report.pdf": pv,
        "Reponse automatique PV de reception.eml": eml_t(auto, LOIRE),
        "RE PV de reception - telephonie Teams.eml": eml_t(thread(request, receipt), LOIRE),
    }
    claim = cpor(
        cid,
        LOIRE,
        LN_PM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS PHONE ENABLED USERS"],
        T(2026, 7, 15, 14, 0, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_bourgneuf_french_auto_reply_and_receipt_only",
        claim,
        files,
        "action_required",
        "The acceptance report is unsigned. The customer's messages are an automatic out-of-office reply in French "
        "from the Managing Director and his assistant's 'Merci, bien reçu. Je transmets le document à M. Tréguer à "
        "son retour' – a confirmation of receipt, not acceptance. No customer acknowledgement of the work.",
        "'Réponse automatique : …' (Auto-Submitted) and 'Merci, bien reçu' from s.moreau@conserverie-bourgneuf.fr.",
        only(customer_acknowledgement="fail", activity_detail="pass", reused_evidence="pass"),
    )


ERDRE = Org(
    "Chantiers Navals de l'Erdre SARL",
    "Chantiers de l'Erdre",
    "chantiersnavals-erdre.fr",
    "FR",
    "44240 Sucé-sur-Erdre",
    "2 quai de Bliesransbach",
    "#00838f",
)
ERDRE_RAF = person(ERDRE, "Armelle Jouan", "Responsable administrative et financière", "a.jouan")


def s_045_erdre_phone_photo_pv() -> Bundle:
    cid = "5071045"
    cust, cc = ERDRE, ERDRE_RAF
    pv = loire_pv(
        cust,
        "LN-PV-2026-004",
        "17/11/2025 – 09/01/2026",
        [
            (
                "Teams Rooms : 3 salles (salle du conseil, bureau d'études, atelier de finition) équipées de barres "
                "vidéo et de consoles tactiles.",
                "Teams Rooms: 3 rooms (boardroom, design office, finishing workshop) equipped with video bars and "
                "touch "
                "consoles.",
            ),
            (
                "Réservation des salles, gestion Teams Rooms Pro, formation de 22 collaborateurs.",
                "Room booking, Teams Rooms Pro management, training for 22 staff.",
            ),
            (
                "Revue de conception à distance avec 4 clients armateurs depuis le bureau d'études.",
                "Remote design reviews with 4 ship-owner clients from the design office.",
            ),
        ],
        cc,
        "Responsable administrative et financière / Finance & Administration Manager",
        T(2026, 1, 9, 16, 0, 1),
        f"{cid}|pv",
    )
    inks = value_inks([(PV_SIGN_LABEL, "sig", cc.name), ("Date / Date", "hand", "12/01/2026")])
    photo = photo_of(pv, inks, f"{cid}|photo", T(2026, 1, 12, 17, 48, 1), page=1, model=("samsung", "SM-S921B"))
    files = {"IMG_20260112_174812.jpg": photo, "LN-PV-2026-004 (non signé).pdf": pv}
    claim = cpor(
        cid,
        LOIRE,
        LN_PM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS ROOMS"],
        T(2026, 3, 3, 11, 30, 1),
        [("IMG_20260112_174812.jpg", "poe"), ("LN-PV-2026-004 (non signé).pdf", "supporting")],
    )
    return Bundle(
        f"{cid}_erdre_phone_photo_of_signed_pv",
        claim,
        files,
        "approve",
        "A phone photo, taken at an angle, of the signature page of the bilingual acceptance report, signed in ink by "
        "the customer's finance and administration manager and dated 12/01/2026 – 12 January 2026 in French "
        "day-first (1 December 2026 would be after the submission), seven weeks before submission. The unsigned PDF "
        "beside it gives the full English text: 3 Teams Rooms, booking, Pro management, 22 staff trained. A photo "
        "of a wet-ink page is a physically signed document, not a flat e-mail image.",
        "IMG_20260112_174812.jpg: page 2 of LN-PV-2026-004 with signature and 'Date / Date 12/01/2026'.",
        ok(),
    )


OUDON = Org(
    "Fromagerie du Val d'Oudon SAS",
    "Fromagerie du Val d'Oudon",
    "fromagerie-oudon.fr",
    "FR",
    "53200 Château-Gontier-sur-Mayenne",
    "Route de Segré",
    "#f9a825",
)
OUDON_DG = person(OUDON, "Hélène Marchais", "Directrice générale", "h.marchais")
_CACHE: dict[str, Any] = {}


def oudon_pv_scan() -> tuple[bytes, bytes]:
    """Fromagerie du Val d'Oudon's acceptance report, and its signed scan (the original of the signature that
    5071047 pastes)."""
    if "oudon" not in _CACHE:
        cust, cc = OUDON, OUDON_DG
        pv = loire_pv(
            cust,
            "LN-PV-2026-019",
            "02/02/2026 – 03/04/2026",
            [
                (
                    "SharePoint : intranet « La Cave », 7 sites (qualité, affinage, expéditions, RH) ; 640 Go migrés "
                    "du "
                    "NAS.",
                    "SharePoint: 'La Cave' intranet, 7 sites (quality, ripening, shipping, HR); 640 GB migrated "
                    "from the NAS.",
                ),
                (
                    "Teams : 19 équipes, dont l'équipe « Affinage » avec suivi des lots sur tablette en cave.",
                    "Teams: 19 teams, including the 'Ripening' team tracking batches on tablets in the cellars.",
                ),
                ("Formation de 48 salariés ; 6 référents.", "Training for 48 employees; 6 champions."),
            ],
            cc,
            "Directrice générale / Managing Director",
            T(2026, 4, 7, 11, 0, 2),
            "5071046|pv",
        )
        inks = value_inks([(PV_SIGN_LABEL, "sig", cc.name), ("Date / Date", "hand", "09/04/2026")])
        scan = g.with_scanned_pages(
            pv,
            [1],
            inks,
            "5071046|scan",
            T(2026, 4, 9, 15, 10, 2),
            meta("LN-PV-2026-019 signé", LN_PM.name, T(2026, 4, 9, 15, 30, 2)),
            dpi=150,
            skew=0.3,
        )
        with pymupdf.open("pdf", pv) as doc:
            rect = doc[1].search_for(PV_SIGN_LABEL)[0]
        crop = h.crop_from_scan(scan, 1, (rect.x0 + 146, rect.y0 - 2, rect.x0 + 150 + 150, rect.y0 + 34), 150)
        _CACHE["oudon"] = (scan, crop)
    return _CACHE["oudon"]


def s_046_oudon_signed_pv_original() -> Bundle:
    cid = "5071046"
    cust, cc = OUDON, OUDON_DG
    scan, _ = oudon_pv_scan()
    path = "LN-PV-2026-019 PV de reception signe.pdf"
    claim = cpor(
        cid,
        LOIRE,
        LN_PM,
        cust,
        cc,
        "Modern Work",
        ["SHAREPOINT ONLINE", "TEAMS"],
        T(2026, 4, 22, 10, 0, 2),
        [(path, "poe")],
    )
    b = Bundle(
        f"{cid}_oudon_signed_pv_original",
        claim,
        {path: scan},
        "approve",
        "Bilingual acceptance report (full English text: 7 SharePoint sites, 640 GB, 19 teams, 48 staff trained, "
        "dates) whose signature page was printed, signed in ink by the customer's Managing Director on 09/04/2026 and "
        "scanned. The same signature image later appears pasted into claim 5071047 for another customer; this "
        "scanned, earlier, own-customer document is plainly the original.",
        "Scanned page 2: signature of Hélène Marchais, 'Date / Date 09/04/2026'.",
        ok(),
    )
    return note(b, reuse_pair=["5071046", "5071047"], original=True)


MAUGES = Org(
    "Laiterie des Mauges SAS",
    "Laiterie des Mauges",
    "laiterie-mauges.fr",
    "FR",
    "49600 Beaupréau-en-Mauges",
    "ZI de la Cour",
    "#42a5f5",
)
MAUGES_DG = person(MAUGES, "Olivier Brossard", "Directeur général", "o.brossard")


def s_047_mauges_pasted_signature() -> Bundle:
    cid = "5071047"
    cust, cc = MAUGES, MAUGES_DG
    _, crop = oudon_pv_scan()
    pv = loire_pv(
        cust,
        "LN-PV-2026-027",
        "09/03/2026 – 30/04/2026",
        [
            (
                "SharePoint : 5 sites (collecte du lait, qualité, maintenance, achats, direction) ; 410 Go migrés.",
                "SharePoint: 5 sites (milk collection, quality, maintenance, purchasing, management); 410 GB migrated.",
            ),
            ("Formation de 35 salariés.", "Training for 35 employees."),
        ],
        cc,
        "Directeur général / Managing Director",
        T(2026, 5, 4, 9, 0, 2),
        f"{cid}|pv",
    )
    pv = h.typed_fields(pv, [("Date / Date", 0, "05/05/2026")], f"{cid}|date", dx=150)
    pasted = pasted_pdf(
        pv,
        PV_SIGN_LABEL,
        crop,
        f"{cid}|paste",
        meta("LN-PV-2026-027", LN_PM.name, T(2026, 5, 5, 18, 2, 2)),
        dx=150,
        dy=0,
    )
    path = "LN-PV-2026-027 PV de reception signe.pdf"
    claim = cpor(
        cid, LOIRE, LN_PM, cust, cc, "Modern Work", ["SHAREPOINT ONLINE"], T(2026, 5, 12, 16, 0, 2), [(path, "poe")]
    )
    b = Bundle(
        f"{cid}_mauges_signature_pasted_from_other_claim",
        claim,
        {path: pasted},
        "action_required",
        "The 'signature' above Olivier Brossard's name is a picture – grey scan background included – cut from the "
        "signed page of claim 5071046 (Hélène Marchais of Fromagerie du Val d'Oudon) and pasted into this born-digital "
        "PDF with a typed date. Copying/pasting physical signatures is not accepted, and it is evidence reused from "
        "another claim, where it is plainly the original. The customer's own acknowledgement is needed.",
        "Image in the signature cell matches the signature on 5071046's scan; the rest of the page is digital text.",
        only(reused_evidence="fail", customer_acknowledgement="fail", activity_detail="pass"),
    )
    return note(b, reuse_pair=["5071046", "5071047"], original=False)


# --------------------------------------------------------------------------------------------------------------
# Kuusi Cloud (Tampere) and Saltmarsh Networks (Norwich)
# --------------------------------------------------------------------------------------------------------------


def kuusi_report(
    cust: Org,
    ref: str,
    period: str,
    rows: Sequence[tuple[str, str]],
    signer: Person,
    title: str,
    when: dt.datetime,
    seed: str,
) -> bytes:
    return bilingual_report(
        KUUSI,
        "Luovutusraportti / Handover Report",
        [("Asiakas / Customer", cust.name), ("Viite / Reference", ref), ("Ajanjakso / Period", period)],
        [("Toimitetut palvelut / Services delivered", rows)],
        ("Suomi", "English"),
        [
            ("Hyväksyntä / Acceptance", ""),
            ("Nimi / Name", esc(signer.name)),
            ("Tehtävä / Title", esc(title)),
            ("Allekirjoitus / Signature", ""),
            ("Päivämäärä / Date", ""),
        ],
        when,
        KC_PM.name,
        seed,
        right="Luovutusraportti / Handover Report",
    )


POHJOLA = Org(
    "Pohjola Kuljetus Oy",
    "Pohjola Kuljetus",
    "pohjolakuljetus.fi",
    "FI",
    "90620 Oulu",
    "Teknologiantie 12",
    "#1565c0",
)
POHJOLA_IT = person(POHJOLA, "Jari Koskinen", "Tietohallintopäällikkö / Head of IT", "jari.koskinen")


def s_048_pohjola_kuusi_intune_defender() -> Bundle:
    cid = "5071048"
    cust, cc = POHJOLA, POHJOLA_IT
    report = kuusi_report(
        cust,
        "KC-LR-2026-012",
        "2.3.2026 – 22.5.2026",
        [
            (
                "Intune: 420 kannettavaa ja 180 ajoneuvopäätettä rekisteröity (Autopilot, Android Enterprise).",
                "Intune: 420 laptops and 180 in-cab vehicle terminals enrolled (Autopilot, Android Enterprise).",
            ),
            (
                "Defender for Endpoint: 420 kannettavaa ja 26 palvelinta liitetty; EDR estotilassa; 10 ASR-sääntöä.",
                "Defender for Endpoint: 420 laptops and 26 servers onboarded; EDR in block mode; 10 ASR rules.",
            ),
            (
                "Teams Rooms ja Teams-puhelut eivät kuulu tähän toimitukseen (toinen toimittaja).",
                "Teams Rooms and Teams Phone are not part of this delivery (another supplier).",
            ),
        ],
        cc,
        "Tietohallintopäällikkö / Head of IT",
        T(2026, 5, 22, 14, 0, 3),
        f"{cid}|report",
    )
    inks = value_inks([("Allekirjoitus / Signature", "sig", cc.name), ("Päivämäärä / Date", "hand", "26.5.2026")])
    signed = g.with_scanned_pages(
        report,
        [1],
        inks,
        f"{cid}|scan",
        T(2026, 5, 26, 9, 30, 3),
        meta("KC-LR-2026-012 allekirjoitettu", KC_PM.name, T(2026, 5, 26, 10, 0, 3)),
        dpi=200,
        skew=0.4,
    )
    path = "KC-LR-2026-012 Luovutusraportti Pohjola Kuljetus (allekirjoitettu).pdf"
    claim = cpor(
        cid,
        KUUSI,
        KC_SEC,
        cust,
        cc,
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 6, 2, 10, 20, 3),
        [(path, "poe")],
    )
    return Bundle(
        f"{cid}_pohjola_kuljetus_kuusi_intune_defender",
        claim,
        {path: signed},
        "approve",
        "Finnish/English handover report (full English text: 420 laptops + 180 vehicle terminals in Intune, 420 "
        "laptops + 26 servers in MDE), signed in ink by the Head of IT on 26.5.2026. Another partner (5071049, "
        "Saltmarsh) claims Teams Rooms and Teams Phone for the same customer – different workloads, which this "
        "report itself says are another supplier's: no conflict.",
        "Scanned page 2: signature of Jari Koskinen, 'Päivämäärä / Date 26.5.2026'.",
        ok(),
    )


def s_049_pohjola_saltmarsh_teams_voice() -> Bundle:
    cid = "5071049"
    cust, cc = POHJOLA, POHJOLA_IT
    report = saltmarsh_docx(
        "Teams Rooms and Teams Phone – Service Introduction Report",
        [
            ("Customer", cust.name),
            ("Period", "13 April – 15 May 2026"),
            ("Engineer", SM_PM.name),
            ("Reference", "SMN-SIR-2026-017"),
        ],
        [
            (
                "Teams Phone",
                [
                    "Teams Phone with Operator Connect (Finnish numbers) for 96 dispatchers and office staff in Oulu, "
                    "Kemi and Rovaniemi.",
                    "Dispatch call queue with 3 overflow groups; after-hours auto attendant.",
                ],
            ),
            (
                "Teams Rooms",
                [
                    "5 Teams Rooms: Oulu boardroom, 2 dispatch briefing rooms, Kemi and Rovaniemi depots.",
                    "Teams Rooms Pro monitoring; room booking for 5 rooms.",
                ],
            ),
            (
                "Out of scope",
                "Device management and endpoint security (Intune, Defender) – delivered by the "
                "customer's other partner.",
            ),
        ],
        meta("Pohjola Kuljetus Service Introduction Report", SM_PM.name, T(2026, 5, 18, 11, 0, 1)),
    )
    mail = thread(
        Mail(
            SM_PM,
            [cc],
            "Teams Phone & Rooms – service introduction report",
            T(2026, 5, 18, 11, 30, 1),
            f"Hi Jari,\n\nPlease find our service introduction report attached.\n\nOliver\n\n{sig(SM_PM)}",
        ),
        Mail(
            cc,
            [SM_PM],
            "RE: Teams Phone & Rooms – service introduction report",
            T(2026, 5, 20, 9, 14, 3),
            "Hi Oliver,\n\nThanks. Pohjola Kuljetus accepts the Teams Phone service (96 users, the dispatch queue "
            "and the after-hours attendant) and the five Teams Rooms as delivered by Saltmarsh.\n\nBest regards,\n"
            "Jari Koskinen\nHead of IT, Pohjola Kuljetus Oy",
        ),
    )
    files = {
        "SMN-SIR-2026-017 Pohjola Kuljetus.docx": report,
        "RE_ Teams Phone & Rooms - service introduction report.msg": msg_t(mail, SALTMARSH),
    }
    claim = cpor(
        cid,
        SALTMARSH,
        SM_PM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS PHONE ENABLED USERS", "TEAMS ROOMS"],
        T(2026, 6, 5, 15, 0, 1),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_pohjola_kuljetus_saltmarsh_teams_voice",
        claim,
        files,
        "approve",
        "Word service-introduction report (96 Teams Phone users, queues, 5 Teams Rooms, dates) and the Head of IT's "
        "acceptance e-mail from pohjolakuljetus.fi (20 May 2026). The same customer's Intune and Defender work is "
        "claimed by another partner (5071048) – different workloads, stated as out of scope here: both associations "
        "can stand, no conflict.",
        "E-mail from jari.koskinen@pohjolakuljetus.fi: 'Pohjola Kuljetus accepts the Teams Phone service … and the "
        "five Teams Rooms'.",
        ok(email=True),
    )


HKP = Org(
    "Hämeen Kiinteistöpalvelut Oy",
    "Hämeen Kiinteistöpalvelut",
    "hameenkiinteistopalvelut.fi",
    "FI",
    "13100 Hämeenlinna",
    "Raatihuoneenkatu 9",
    "#6d4c41",
)
HKP_MD = person(HKP, "Sari Mäkelä", "Toimitusjohtaja / Managing Director", "sari.makela")
HKH = Org(
    "Hämeen Kiinteistöhuolto Oy",
    "Hämeen Kiinteistöhuolto",
    "hameenkiinteistohuolto.fi",
    "FI",
    "13100 Hämeenlinna",
    "Raatihuoneenkatu 9",
    "#795548",
)
HKH_MM = person(HKH, "Petri Laine", "Huoltopäällikkö / Maintenance Manager", "petri.laine")


def hkp_acceptance() -> bytes:
    """The HKP thread: Kuusi's request, Sari's automatic reply, then her acceptance after the holiday."""
    if "hkp" not in _CACHE:
        request = Mail(
            KC_PM,
            [HKP_MD],
            "SharePoint ja Teams – luovutus / handover",
            T(2026, 8, 10, 13, 0, 3),
            f"Hei Sari,\n\nLiitteenä luovutusraportti. Voisitko vahvistaa hyväksynnän?\n\nAntti\n\n{sig(KC_PM)}",
        )
        auto = Mail(
            HKP_MD,
            [KC_PM],
            "Automaattinen vastaus: SharePoint ja Teams – luovutus / handover",
            T(2026, 8, 10, 13, 0, 3),
            "Olen lomalla 23.8. asti enkä lue sähköpostia. Kiireellisissä asioissa: toimisto@"
            "hameenkiinteistopalvelut.fi.\n\nI am on holiday until 23 August.",
            auto_reply=True,
        )
        accept = Mail(
            HKP_MD,
            [KC_PM],
            "RE: SharePoint ja Teams – luovutus / handover",
            T(2026, 8, 25, 8, 41, 3),
            "Hei Antti,\n\nBack from holiday – Hämeen Kiinteistöpalvelut accepts the SharePoint and Teams delivery as "
            "described in the handover report: 14 property-management sites, 38 teams for our 9 regional offices and "
            "265 users trained. Kiitos!\n\nSari Mäkelä\nToimitusjohtaja, Hämeen Kiinteistöpalvelut Oy",
        )
        _CACHE["hkp"] = (msg_t(auto, KUUSI, oof=True), msg_t(thread(request, accept), KUUSI))
    return _CACHE["hkp"]


def s_050_hkp_finnish_auto_reply_then_acceptance() -> Bundle:
    cid = "5071050"
    cust, cc = HKP, HKP_MD
    report = kuusi_report(
        cust,
        "KC-LR-2026-031",
        "8.6.2026 – 7.8.2026",
        [
            (
                "SharePoint: 14 kiinteistökohtaista sivustoa, isännöintiasiakirjat siirretty (1,1 Tt).",
                "SharePoint: 14 property-management sites, property documents migrated (1.1 TB).",
            ),
            (
                "Teams: 38 tiimiä 9 aluetoimistolle; vuorolistat huoltomiehille.",
                "Teams: 38 teams for the 9 regional offices; shift rosters for caretakers.",
            ),
            ("Koulutus 265 käyttäjälle.", "Training for 265 users."),
        ],
        cc,
        "Toimitusjohtaja / Managing Director",
        T(2026, 8, 7, 15, 0, 3),
        f"{cid}|report",
    )
    auto, accept = hkp_acceptance()
    files = {
        "KC-LR-2026-031 Luovutusraportti HKP.pdf": report,
        "Automaattinen vastaus_ SharePoint ja Teams.msg": auto,
        "RE_ SharePoint ja Teams - luovutus.msg": accept,
    }
    claim = cpor(
        cid,
        KUUSI,
        KC_PM,
        cust,
        cc,
        "Modern Work",
        ["SHAREPOINT ONLINE", "TEAMS"],
        T(2026, 9, 2, 9, 0, 3),
        [(p, "poe") for p in files],
    )
    b = Bundle(
        f"{cid}_hkp_auto_reply_then_acceptance_original",
        claim,
        files,
        "approve",
        "The Managing Director's first answer is an automatic holiday reply (Finnish/English) – no acceptance – but "
        "after her holiday she replies from hameenkiinteistopalvelut.fi accepting the delivery with its numbers (14 "
        "sites, 38 teams, 265 users), matching the bilingual handover report. The same acceptance .msg was later "
        "uploaded on the sister company's claim 5071051; this claim is its original.",
        "RE_ SharePoint ja Teams - luovutus.msg from sari.makela@hameenkiinteistopalvelut.fi, 25 Aug 2026: "
        "'accepts the SharePoint and Teams delivery'.",
        ok(email=True),
    )
    return note(b, reuse_pair=["5071050", "5071051"], original=True)


def s_051_hkh_sister_company_reuses_acceptance() -> Bundle:
    cid = "5071051"
    cust, cc = HKH, HKH_MM
    report = kuusi_report(
        cust,
        "KC-LR-2026-034",
        "15.6.2026 – 14.8.2026",
        [
            (
                "SharePoint: huoltokirjat ja tarkastuspöytäkirjat 6 sivustolle.",
                "SharePoint: maintenance logs and inspection reports on 6 sites.",
            ),
            ("Teams: 11 tiimiä huoltoryhmille.", "Teams: 11 teams for the maintenance crews."),
        ],
        cc,
        "Huoltopäällikkö / Maintenance Manager",
        T(2026, 8, 17, 15, 0, 3),
        f"{cid}|report",
    )
    _, accept = hkp_acceptance()
    files = {
        "KC-LR-2026-034 Luovutusraportti HKH.pdf": report,
        "RE_ SharePoint ja Teams - luovutus.msg": accept,
    }
    claim = cpor(
        cid,
        KUUSI,
        KC_PM,
        cust,
        cc,
        "Modern Work",
        ["SHAREPOINT ONLINE", "TEAMS"],
        T(2026, 9, 9, 9, 30, 3),
        [(p, "poe") for p in files],
    )
    b = Bundle(
        f"{cid}_hkh_sister_company_reuses_acceptance_mail",
        claim,
        files,
        "action_required",
        "The only acknowledgement is the acceptance e-mail of the sister company Hämeen Kiinteistöpalvelut Oy – the "
        "same .msg as on claim 5071050 – sent from hameenkiinteistopalvelut.fi and about that company's 14 sites, 38 "
        "teams and 265 users. This claim is for Hämeen Kiinteistöhuolto Oy (hameenkiinteistohuolto.fi, 6 sites, 11 "
        "teams): the acknowledgement is not from this customer's domain and is evidence reused from another claim.",
        "RE_ SharePoint ja Teams - luovutus.msg: from sari.makela@hameenkiinteistopalvelut.fi, identical to 5071050's.",
        only(reused_evidence="fail", customer_domain="fail", customer_acknowledgement=FAIL_WARN),
    )
    return note(b, reuse_pair=["5071050", "5071051"], original=False)


SIEMXDR = "Sales - Defend Against Threats with SIEM Plus XDR"
NASIJARVI = Org(
    "Näsijärven Venetelakka Oy",
    "Näsijärven Venetelakka",
    "nasijarvenvenetelakka.fi",
    "FI",
    "33180 Tampere",
    "Lapinniementie 3",
    "#0097a7",
)
NASIJARVI_CFO = person(NASIJARVI, "Mikko Rantanen", "Talouspäällikkö / CFO", "mikko.rantanen")


def s_052_nasijarvi_findings_finnish_only() -> Bundle:
    cid = "5071052"
    cust, cc = NASIJARVI, NASIJARVI_CFO
    findings = h.findings_report(
        KUUSI,
        "Uhkien torjunta SIEM- ja XDR-ratkaisuilla – havainnot ja suositukset",
        [("Asiakas", cust.name), ("MCI-hakemus", cid), ("Työpajat", "12.5.2026 ja 19.5.2026"), ("Vetäjä", KC_SEC.name)],
        [
            (
                "Osallistujat",
                "<p>Talouspäällikkö, IT-asiantuntija, tuotantopäällikkö ja kaksi työnjohtajaa (5 henkilöä).</p>",
            ),
            (
                "Nykytila",
                ul(
                    [
                        "Telakan 64 työasemaa ja 9 palvelinta; virustorjunta ilman keskitettyä valvontaa.",
                        "Lokitietoja ei kerätä; tietoturvapoikkeamia ei ole havaittu järjestelmällisesti.",
                        "Kahden viikon Defender XDR -kokeilu: 14 hälytystä, joista 2 vaatii toimenpiteitä.",
                    ]
                ),
            ),
            (
                "Suositukset",
                ul(
                    [
                        "Microsoft Defender for Endpoint kaikille työasemille ja palvelimille.",
                        "Microsoft Sentinel telakan palomuurin ja VPN:n lokeille.",
                        "Kuukausittainen hälytysten läpikäynti Kuusi Cloudin kanssa.",
                    ]
                ),
            ),
        ],
        T(2026, 5, 26, 14, 0, 3),
        KC_SEC.name,
        f"{cid}|findings",
        right="Havainnot ja suositukset",
    )
    eng = g.engagement("SEC-SIEMXDR-WS", SIEMXDR, "standard", "variable", 2640.0)
    files, claim = h.pa_claim(
        cid,
        KUUSI,
        KC_SEC,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=D(2026, 4, 20),
        submitted=T(2026, 6, 11, 13, 0, 3),
        poe={"Havainnot_ja_suositukset_Nasijarven_Venetelakka.pdf": findings},
        amount=2640.0,
        inv_no="KC-2026-0311",
        inv_day=D(2026, 6, 8),
        activities="Two threat-protection workshops with a two-week Defender XDR trial and a Sentinel plan",
        outcome="Defender for Endpoint and Sentinel roadmap for the shipyard",
        participants="5",
        invoice_kw={"date_style": "gb", "vat": None},
    )
    return Bundle(
        f"{cid}_nasijarvi_findings_report_finnish_only",
        claim,
        files,
        "action_required",
        "The findings and recommendations report – the POE document of this workshop claim – is entirely in Finnish, "
        "with no English version. The guide's POE review does not support documentation in languages other than "
        "English and asks for an English version. Invoice (USD 2,640.00 = proposed payout, claim ID), surveys and "
        "timing (52 days) are fine.",
        "Havainnot_ja_suositukset_…pdf: Finnish only ('Uhkien torjunta SIEM- ja XDR-ratkaisuilla').",
        only(
            document_language="fail",
            invoice="pass",
            attestations="pass",
            submission_window="pass",
            reused_evidence="pass",
        ),
    )


ANALYTICS_L = "Azure Innovate PL: Analytics Deployment (Large)"
PIRKANMAA = Org(
    "Pirkanmaan Puutuote Oy",
    "Pirkanmaan Puutuote",
    "pirkanmaanpuutuote.fi",
    "FI",
    "38200 Sastamala",
    "Tehtaankatu 4",
    "#4e342e",
)
PIRKANMAA_DD = person(PIRKANMAA, "Heikki Nieminen", "Kehitysjohtaja / Development Director", "heikki.nieminen")


def s_053_pirkanmaa_large_analytics_after_260_days() -> Bundle:
    cid = "5071053"
    cust, cc = PIRKANMAA, PIRKANMAA_DD
    report = h.findings_report(
        KUUSI,
        "Analytics Deployment – Delivery Report",
        [("Customer", cust.name), ("MCI claim", cid), ("Delivery", "October 2025 – May 2026"), ("Lead", KC_PM.name)],
        [
            (
                "Delivered",
                ul(
                    [
                        "Microsoft Fabric capacity F64 with a lakehouse for sawmill, kiln and sales data (3.8 TB).",
                        "Data pipelines from the sawmill MES, 4 kiln controllers and the ERP; 27 Power BI reports.",
                        "Yield and drying-quality dashboards used by 60 production and sales users.",
                    ]
                ),
            ),
            ("Go-live", "<p>Production go-live 20 April 2026; hypercare to 15 May 2026.</p>"),
            ("Azure consumption", "<p>Estimated annual run rate: USD 210,000.</p>"),
        ],
        T(2026, 5, 29, 12, 0, 3),
        KC_PM.name,
        f"{cid}|report",
        right="Delivery Report",
    )
    eng = g.engagement("AZ-INN-ANL-L", ANALYTICS_L, "large", "variable", 38000.0)
    files, claim = h.pa_claim(
        cid,
        KUUSI,
        KC_PM,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=D(2025, 9, 10),
        submitted=T(2026, 6, 8, 11, 20, 3),
        poe={"Analytics_Deployment_Delivery_Report_Pirkanmaan_Puutuote.pdf": report},
        amount=38000.0,
        inv_no="KC-2026-0305",
        inv_day=D(2026, 6, 3),
        activities="Fabric lakehouse, pipelines from sawmill systems, 27 Power BI reports, go-live April 2026",
        outcome="Analytics platform live for 60 users",
        participants="9",
        invoice_kw={"date_style": "gb"},
    )
    return Bundle(
        f"{cid}_pirkanmaa_large_analytics_after_260_days",
        claim,
        files,
        "reject",
        "Large project: it must be submitted within 260 days of customer consent (2025-09-10 → 2026-05-28). It was "
        "submitted on 2026-06-08, 271 days after consent, so the claim had expired before submission and cannot be "
        "reactivated – even though the delivery report, invoice (USD 38,000 = proposed payout) and surveys are fine.",
        "consent_date 2025-09-10, activity_type large, submitted 2026-06-08 (271 days > 260).",
        only(submission_window="fail", invoice="pass", attestations="pass", reused_evidence="pass"),
    )


KELSO = Org(
    "Kelso Grain Merchants Ltd",
    "Kelso Grain Merchants",
    "kelsograin.co.uk",
    "GB",
    "Kelso TD5 7BH",
    "Pinnaclehill Industrial Estate",
    "#a1887f",
    "Company No. SC204417",
)
KELSO_OM = person(KELSO, "Alasdair Turnbull", "Office Manager", "alasdair.turnbull")
KELSO_LOG = Org(
    "Kelso Grain Logistics Ltd",
    "Kelso Grain Logistics",
    "kelsograinlogistics.co.uk",
    "GB",
    "Berwick-upon-Tweed TD15 2RH",
    "Ord Road",
    "#6d4c41",
    "Company No. 09812240",
)
KELSO_LOG_IT = person(KELSO_LOG, "Gemma Rutherford", "Transport & IT Manager", "gemma.rutherford")


def s_058_kelso_similar_name_other_company() -> Bundle:
    cid = "5071058"
    cust, cc = KELSO, KELSO_OM
    other, oc = KELSO_LOG, KELSO_LOG_IT
    report = saltmarsh_docx(
        "Exchange Online and Teams – Completion Report",
        [
            ("Customer", f"{other.name} ({other.reg}), {other.street}, {other.city}"),
            ("Period", "2 March – 17 April 2026"),
            ("Engineer", SM_PM.name),
            ("Reference", "SMN-CR-2026-012"),
        ],
        [
            (
                "Delivered",
                [
                    "58 mailboxes migrated from the hosted Exchange service, including the traffic office shared "
                    "mailbox.",
                    "Teams for the haulage depot at Berwick and the 34 drivers (Teams on rugged phones).",
                    "Shift rota and vehicle-defect channel for the workshop.",
                ],
            ),
            ("Numbers", [("Item", "Count"), ("Mailboxes", "58"), ("Teams", "9"), ("Drivers on Teams", "34")]),
        ],
        meta("KGL Completion Report", SM_PM.name, T(2026, 4, 20, 10, 0, 1)),
    )
    mail = thread(
        Mail(
            SM_PM,
            [oc],
            "Completion report – Exchange Online and Teams",
            T(2026, 4, 20, 10, 30, 1),
            f"Hi Gemma,\n\nCompletion report attached.\n\nOliver\n\n{sig(SM_PM)}",
        ),
        Mail(
            oc,
            [SM_PM],
            "RE: Completion report – Exchange Online and Teams",
            T(2026, 4, 21, 15, 12, 1),
            "Oliver,\n\nKelso Grain Logistics accepts the mail migration and the Teams set-up for the depot and the "
            "drivers. Cheers for sorting the defect channel.\n\nGemma Rutherford\nTransport & IT Manager\nKelso Grain "
            "Logistics Ltd, Ord Road, Berwick-upon-Tweed",
        ),
    )
    files = {
        "SMN-CR-2026-012 Completion Report.docx": report,
        "RE_ Completion report - Exchange Online and Teams.msg": msg_t(mail, SALTMARSH),
    }
    claim = cpor(
        cid,
        SALTMARSH,
        SM_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS"],
        T(2026, 5, 5, 12, 0, 1),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_kelso_grain_merchants_docs_for_kelso_logistics",
        claim,
        files,
        "action_required",
        "The claim is for Kelso Grain Merchants Ltd (kelsograin.co.uk, Company No. SC204417, Kelso) but the report and "
        "the acceptance are for Kelso Grain Logistics Ltd (kelsograinlogistics.co.uk, Company No. 09812240, Berwick-"
        "upon-Tweed) – a similarly named, different company. The claimed customer is not named in the POE and the "
        "acknowledgement is not from its domain.",
        "Report 'Customer: Kelso Grain Logistics Ltd (Company No. 09812240)'; acceptance from "
        "gemma.rutherford@kelsograinlogistics.co.uk.",
        only(customer_domain="fail", partner_customer_names="fail", activity_detail="pass", reused_evidence="pass"),
    )


SOLWAY = Org(
    "Solway Firth Haulage Ltd",
    "Solway Haulage",
    "solwayhaulage.co.uk",
    "GB",
    "Annan DG12 5LT",
    "Newbie Road",
    "#0d47a1",
)
SOLWAY_DIR = person(SOLWAY, "Gordon Irving", "Operations & IT Director", "gordon.irving")


def s_059_solway_dispute_in_time_resolved() -> Bundle:
    cid = "5071059"
    cust, cc = SOLWAY, SOLWAY_DIR
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", SALTMARSH.name, SM_SEC.name, SM_SEC.title),
    ]
    sow_html = f"""
<h1>Statement of Work – Defender for Endpoint and Defender for Office 365</h1>
{
        kv(
            [
                ("Customer", esc(cust.name)),
                ("SOW", "SMN-SOW-2025-003"),
                ("Start", "3 February 2025"),
                ("Service", "Deployment, then monthly managed review"),
            ]
        )
    }
{
        grid(
            ["Workstream", "Scope"],
            [
                (
                    "Defender for Endpoint",
                    "190 laptops and cab tablets, 14 servers at Annan and Carlisle; EDR block mode",
                ),
                ("Defender for Office 365", "212 mailboxes: Safe Links, Safe Attachments, anti-phishing, simulations"),
                ("Managed review", "Monthly alert, exposure-score and ASR review with the Operations & IT Director"),
            ],
            [30, 70],
        )
    }
""" + g.signoff("columns", parties, heading="Agreement", statement="Agreed by the parties.")
    sow = g.report_pdf(
        SALTMARSH,
        sow_html,
        meta("SMN-SOW-2025-003", SM_SEC.name, T(2025, 1, 27, 10, 0, 0)),
        f"{cid}|sow",
        right="Statement of Work",
    )
    sow = g.scan_pdf(
        sow,
        [
            *g.sign_inks("columns", parties[0], 0, "31/01/2025"),
            *g.sign_inks("columns", parties[1], 1, "30/01/2025", color=g.INK_BLACK),
        ],
        f"{cid}|sowscan",
        T(2025, 1, 31, 16, 0, 0),
        dpi=150,
    )
    mail = Mail(
        cc,
        [SM_SEC],
        "Defender service – confirmation",
        T(2026, 5, 4, 8, 22, 1),
        "Imogen,\n\nAs requested, confirming that Saltmarsh continues to run our Defender service under SOW "
        "SMN-SOW-2025-003: Defender for Endpoint on our 196 laptops and cab tablets and 14 servers, Defender for "
        "Office 365 on 218 mailboxes, and the monthly review with me – the last one on 28 April covered the ASR rule "
        "for the new tachograph software and the March phishing simulation (click rate down to 4%).\n\nGordon Irving"
        "\nOperations & IT Director, Solway Firth Haulage Ltd",
    )
    files = {
        "SMN-SOW-2025-003 signed.pdf": sow,
        "Dispute/Defender service - confirmation.eml": eml_t(mail, SALTMARSH),
    }
    claim = cpor(
        cid,
        SALTMARSH,
        SM_SEC,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        T(2026, 5, 6, 14, 30, 1),
        [(p, "poe") for p in files],
        status="disputed",
        comments=[
            (
                "microsoft",
                T(2026, 4, 14, 9, 0),
                "Rejected: the only customer acknowledgement is the SOW signed on "
                "31/01/2025, older than 12 months, and nothing recent confirms active engagement.",
            ),
            (
                "partner",
                T(2026, 5, 6, 14, 25, 1),
                "Dispute: recent customer e-mail confirming the ongoing service attached.",
            ),
        ],
        history=[
            ("submission", T(2026, 4, 8, 10, 0, 1), SM_SEC.email),
            ("rejected", T(2026, 4, 14, 9, 0), "Microsoft"),
            ("disputed", T(2026, 5, 6, 14, 20, 1), SM_SEC.email),
            ("submission", T(2026, 5, 6, 14, 30, 1), SM_SEC.email),
        ],
    )
    b = Bundle(
        f"{cid}_solway_haulage_dispute_in_time_resolved",
        claim,
        files,
        "approve",
        "Dispute within the 30 days (rejected 2026-04-14, disputed and resubmitted 2026-05-06, 22 days). It resolves "
        "the rejection reason: the SOW signed in January 2025 is older than 12 months, but the customer's e-mail of "
        "4 May 2026 from solwayhaulage.co.uk confirms active engagement and describes the current work in detail (196 "
        "devices + 14 servers in MDE, 218 mailboxes in MDO, monthly reviews) – exactly the recent confirmation the "
        "guide asks for.",
        "Dispute e-mail from gordon.irving@solwayhaulage.co.uk, 2026-05-04: 'Saltmarsh continues to run our Defender "
        "service …'.",
        ok(email=True),
    )
    return note(b, returning="dispute in time, resolved", rejected="2026-04-14", disputed="2026-05-06")


# --------------------------------------------------------------------------------------------------------------
# Cobalt Harbor Security (Tampa)
# --------------------------------------------------------------------------------------------------------------

SARASOTA = Org(
    "Sarasota Bay Yacht Works, Inc.",
    "Sarasota Bay Yacht Works",
    "sbyachtworks.com",
    "US",
    "Sarasota, FL 34236",
    "1810 Boulevard of the Arts",
    "#00838f",
)
SARASOTA_CTRL = person(SARASOTA, "Curtis Vance", "Controller", "cvance")


def s_060_sarasota_ecif_documents_only() -> Bundle:
    cid = "5071060"
    cust, cc = SARASOTA, SARASOTA_CTRL
    ecif = g.report_pdf(
        COBALT,
        f"""
<h1>ECIF Project Summary</h1>
<p class="muted">End Customer Investment Funds – partner-delivered services funded by Microsoft</p>
{
            kv(
                [
                    ("Customer", esc(cust.name)),
                    ("Partner", esc(COBALT.name)),
                    ("ECIF request ID", "ECIF-US-26-118274"),
                    ("Funding approved", "USD 18,000"),
                    ("Project window", "Q1 – Q2 FY26"),
                ]
            )
        }
<h2>Project description</h2>
<p>Cobalt Harbor will help {esc(cust.short)} improve its security posture with Microsoft security solutions,
including Microsoft Defender for Cloud Apps, to protect users, data and applications in the cloud.</p>
<h2>Activities</h2>
{
            ul(
                [
                    "Assessment of the current environment",
                    "Deployment and configuration",
                    "Testing",
                    "Knowledge transfer and ongoing support",
                ]
            )
        }
<h2>Expected outcomes</h2>
{
            ul(
                [
                    "Improved visibility into cloud applications",
                    "Reduced risk of data loss",
                    "Increased adoption of Microsoft security capabilities",
                ]
            )
        }
""",
        meta("ECIF Project Summary SBYW", CH_AM.name, T(2026, 3, 2, 9, 0, -5)),
        f"{cid}|ecif",
        right="ECIF Project Summary",
        size=g.LETTER,
    )
    claim_form = g.report_pdf(
        COBALT,
        f"""
<h1>ECIF Proof of Execution – Claim Submission</h1>
{
            kv(
                [
                    ("ECIF request ID", "ECIF-US-26-118274"),
                    ("Customer", esc(cust.name)),
                    ("Milestone", "Project complete"),
                    ("Completion date", "May 29, 2026"),
                    ("Submitted by", esc(CH_AM.name) + ", " + esc(CH_AM.title)),
                ]
            )
        }
<p>Cobalt Harbor certifies that the funded activities were completed as described in the ECIF project summary.</p>
""",
        meta("ECIF POE claim", CH_AM.name, T(2026, 6, 1, 9, 0, -4)),
        f"{cid}|ecifpoe",
        right="ECIF Proof of Execution",
        size=g.LETTER,
        numbers="",
    )
    files = {"ECIF Project Summary - SBYW.pdf": ecif, "ECIF POE - project complete.pdf": claim_form}
    claim = cpor(
        cid,
        COBALT,
        CH_AM,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER FOR CLOUD APPS"],
        T(2026, 6, 9, 15, 10, -4),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_sarasota_yacht_works_ecif_papers_only",
        claim,
        files,
        "action_required",
        "The POE is ECIF paperwork: a project summary with a high-level description ('assessment, deployment and "
        "configuration, testing, knowledge transfer', generic outcomes) and the partner's own ECIF completion "
        "certificate. The guide does not accept ECIF documents with high-level descriptions, and ECIF documents carry "
        "no customer acknowledgement – a separate acknowledgement of the work is required.",
        "ECIF Project Summary: generic activity list; ECIF POE signed off by Cobalt's Client Partner only.",
        only(
            customer_acknowledgement="fail",
            activity_detail="fail",
            unacceptable_documents=FAIL_WARN,
            reused_evidence="pass",
        ),
    )


PINELLAS = Org(
    "Pinellas Coastal Marine Supply, Inc.",
    "Pinellas Marine Supply",
    "pinellasmarine.com",
    "US",
    "Clearwater, FL 33755",
    "1200 N Fort Harrison Ave",
    "#006064",
)
PINELLAS_IT = person(PINELLAS, "Luis Ferrer", "IT Manager", "lferrer")


def s_061_pinellas_template_identity_row_unchecked() -> Bundle:
    cid = "5071061"
    cust, cc = PINELLAS, PINELLAS_IT
    scope = ul(
        [
            "Pinellas Coastal Marine Supply runs 7 stores and a distribution center; 520 Windows devices (POS "
            "back-office "
            "PCs, warehouse scanners' docking PCs, office laptops) had no modern management.",
            "Deployment: Intune tenant set-up, Autopilot for 310 laptops, co-management of 210 store PCs, 11 "
            "configuration "
            "profiles, Windows Update rings by store.",
            "Implementation: compliance policies tied to Conditional Access; app deployment of the POS client and the "
            "handheld-scanner software; BitLocker on all laptops.",
            "Timeline: April 6 – June 26, 2026 (pilot at the Clearwater store April 20, all stores by June 19).",
            "Defender for Identity: not in scope for this phase (domain controller upgrade first).",
        ]
    )
    pdf = g.ms_poe_template(
        COBALT,
        cust,
        cc,
        [("Microsoft Intune", ["Deployment", "Implementation"])],
        scope,
        D(2026, 4, 6),
        D(2026, 6, 26),
        f"{cid}|tmpl",
    )
    pdf = h.typed_fields(pdf, [("Date Signed", 0, "7/14/2026")], f"{cid}|date", dx=150)
    signed = g.esign(
        pdf,
        cc,
        T(2026, 7, 14, 11, 5, -4),
        f"{cid}|ds",
        sig_anchor="Signature",
        sig_dx=150,
        sig_dy=4,
        sender=CH_SEC,
        ip="47.197.12.208",
    )
    path = "CPOR POE Template - Pinellas Marine Supply (DocuSign).pdf"
    claim = cpor(
        cid,
        COBALT,
        CH_SEC,
        cust,
        cc,
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER FOR IDENTITY"],
        T(2026, 7, 28, 10, 45, -4),
        [(path, "poe")],
    )
    return Bundle(
        f"{cid}_pinellas_template_identity_row_unchecked",
        claim,
        {path: signed},
        "action_required",
        "Microsoft's optional Security template, DocuSigned by the customer's IT Manager on 7/14/2026, with a detailed "
        "Intune scope (520 devices, Autopilot, co-management, compliance, dates). But the claim also includes "
        "MICROSOFT DEFENDER FOR IDENTITY, whose row in Section 1 is left unticked and which the scope calls 'not in "
        "scope for this phase'. The POE must connect to every claimed workload: remove MDI or evidence it.",
        "Section 1: '☐ Microsoft Defender for Identity'; scope: 'Defender for Identity: not in scope for this phase'.",
        only(
            workload_match="fail", customer_acknowledgement="pass", acknowledgement_date="pass", reused_evidence="pass"
        ),
    )


TARPON = Org(
    "Tarpon Key Resorts LLC",
    "Tarpon Key Resorts",
    "tarponkeyresorts.com",
    "US",
    "St. Pete Beach, FL 33706",
    "5500 Gulf Blvd",
    "#f06292",
)
TARPON_IT = person(TARPON, "Allison Pryor", "Director of IT", "apryor")


def s_062_tarpon_dispute_after_30_days() -> Bundle:
    cid = "5071062"
    cust, cc = TARPON, TARPON_IT
    parties = [
        Party("Tarpon Key Resorts", cust.name, cc.name, cc.title),
        Party("Cobalt Harbor", COBALT.name, CH_SEC.name, CH_SEC.title),
    ]
    html = f"""
<h1>Defender for Office 365 – Completion Acknowledgement</h1>
{
        kv(
            [
                ("Customer", esc(cust.name)),
                ("Scope", "Defender for Office 365 Plan 2 for 4 resorts"),
                ("Period", "September 8 – November 21, 2025"),
            ]
        )
    }
{
        grid(
            ["Deliverable", "Detail"],
            [
                (
                    "Mail protection",
                    "Safe Links, Safe Attachments and anti-phishing for 1,340 mailboxes incl. seasonal staff",
                ),
                ("Impersonation", "Protected users: 22 executives and the reservations managers; 9 protected domains"),
                ("Simulations", "3 campaigns for front-desk and reservations staff; click rate 17% → 5%"),
            ],
            [28, 72],
        )
    }
""" + g.signoff(
        "columns",
        parties,
        heading="Acknowledgement",
        statement="Tarpon Key Resorts acknowledges the deliverables above as completed by Cobalt Harbor.",
    )
    pdf = g.report_pdf(
        COBALT,
        html,
        meta("Tarpon MDO completion", CH_SEC.name, T(2026, 2, 20, 9, 0, -5)),
        f"{cid}|ack",
        right="Completion Acknowledgement",
        size=g.LETTER,
    )
    signed = esign_cell(
        pdf,
        cc,
        T(2026, 2, 26, 14, 30, -5),
        f"{cid}|ds",
        col_anchor=cc.name,
        date_text="02/26/2026",
        sender=CH_SEC,
        ip="97.76.140.18",
    )
    path = "Tarpon Key Resorts - MDO Completion Acknowledgement (DocuSign).pdf"
    claim = cpor(
        cid,
        COBALT,
        CH_SEC,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER FOR OFFICE"],
        T(2026, 3, 2, 10, 20, -5),
        [(path, "poe")],
        status="disputed",
        comments=[
            ("microsoft", T(2026, 1, 20, 9, 0), "Rejected: the POE contains no customer acknowledgement."),
            ("partner", T(2026, 3, 2, 10, 18, -5), "Dispute: customer-signed completion acknowledgement attached."),
        ],
        history=[
            ("submission", T(2026, 1, 12, 13, 0, -5), CH_SEC.email),
            ("rejected", T(2026, 1, 20, 9, 0), "Microsoft"),
            ("disputed", T(2026, 3, 2, 10, 15, -5), CH_SEC.email),
            ("submission", T(2026, 3, 2, 10, 20, -5), CH_SEC.email),
        ],
    )
    b = Bundle(
        f"{cid}_tarpon_key_dispute_after_30_days",
        claim,
        {path: signed},
        "reject",
        "The claim was rejected on 2026-01-20 and disputed only on 2026-03-02, 41 days later. Disputes are available "
        "for 30 days after rejection; after that the partner must submit a new claim. The DocuSigned acknowledgement "
        "added now would have fixed the original reason, but it cannot be reviewed on this claim.",
        "History: rejected 2026-01-20 → disputed 2026-03-02 (41 days > 30).",
        only(customer_acknowledgement="pass", reused_evidence="pass"),
    )
    return note(b, returning="dispute after the 30 days", rejected="2026-01-20", disputed="2026-03-02")


UDT = "Usage-Defend Against Threats w/SIEM + XDR Workshop"
GULF_BREEZE = Org(
    "Gulf Breeze Title & Escrow, LLC",
    "Gulf Breeze Title",
    "gulfbreezetitle.com",
    "US",
    "Gulf Breeze, FL 32561",
    "913 Gulf Breeze Pkwy",
    "#5c6bc0",
)
GULF_BREEZE_OPS = person(GULF_BREEZE, "Heather Sims", "Operations Manager", "hsims")


def s_063_gulf_breeze_assessment_after_60_days() -> Bundle:
    cid = "5071063"
    cust, cc = GULF_BREEZE, GULF_BREEZE_OPS
    report = h.findings_report(
        COBALT,
        "Defend Against Threats with SIEM + XDR – Assessment Findings",
        [
            ("Customer", cust.name),
            ("MCI claim", cid),
            ("Sessions", "February 24 and March 3, 2026"),
            ("Lead", CH_SEC.name),
        ],
        [
            (
                "Threat check",
                ul(
                    [
                        "Two-week Defender XDR and Sentinel trial over 48 devices and 52 mailboxes.",
                        "21 alerts: 3 business e-mail compromise attempts targeting wire instructions, 1 infostealer "
                        "blocked.",
                    ]
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Defender for Office 365 Plan 2 with impersonation protection for escrow officers.",
                        "Sentinel with the title-software audit log and the firewall; wire-fraud detection rule.",
                    ]
                ),
            ),
        ],
        T(2026, 3, 10, 15, 0, -5),
        CH_SEC.name,
        f"{cid}|findings",
    )
    eng = g.engagement("SEC-UDT-ASM", UDT, "assessment", "variable", 1980.0)
    files, claim = h.pa_claim(
        cid,
        COBALT,
        CH_SEC,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=D(2026, 2, 9),
        submitted=T(2026, 4, 14, 16, 40, -4),
        poe={"Gulf Breeze Title - Assessment Findings.pdf": report},
        amount=1980.0,
        inv_no="CHS-2026-0418",
        inv_day=D(2026, 4, 10),
        activities="Threat check with Defender XDR and Sentinel trial, findings on wire-fraud e-mails",
        outcome="Findings and Defender/Sentinel recommendations",
        participants="5",
        invoice_kw={"date_style": "us_long"},
    )
    return Bundle(
        f"{cid}_gulf_breeze_assessment_submitted_after_60_days",
        claim,
        files,
        "reject",
        "Assessment-type engagement: it must be submitted within 60 days of customer consent (2026-02-09 → "
        "2026-04-10). It was submitted on 2026-04-14, 64 days after consent, after the claim had expired; expired "
        "claims cannot be reactivated. Findings, invoice (USD 1,980 = proposed payout) and surveys are otherwise fine.",
        "consent_date 2026-02-09, activity_type assessment, submitted 2026-04-14 (64 days > 60).",
        only(submission_window="fail", invoice="pass", attestations="pass", reused_evidence="pass"),
    )


# --------------------------------------------------------------------------------------------------------------
# the set: vetting, expected.json, writing
# --------------------------------------------------------------------------------------------------------------


def _vet(b: Bundle) -> None:
    problems = []
    if not FIRST_ID <= int(b.claim_id) <= LAST_ID:
        problems.append("claim id out of range")
    if not b.name.startswith(b.claim_id + "_") or not b.name.isascii():
        problems.append("bundle name must be ASCII and start with the claim id")
    g.validate_claim(b.claim)
    if g._parse_ts(b.claim["submitted_at"]).year != 2026:
        problems.append("submitted outside 2026")
    if any(k.startswith("_") for k in b.claim):
        problems.append("private key in claim.json")
    if b.decision not in {"approve", "action_required", "reject"}:
        problems.append(f"bad decision {b.decision}")
    if "reused_evidence" not in b.checks:
        problems.append("reused_evidence expectation missing")
    for key, value in b.checks.items():
        values = value if isinstance(value, list) else [value]
        if key not in g.CHECK_IDS or not set(values) <= g.STATUSES:
            problems.append(f"bad check {key}={value}")
        loose = isinstance(value, list) and not (set(values) <= {"pass", NA} or set(values) <= {"fail", "warn"})
        if loose and "UNSURE" not in b.why:
            problems.append(f"{key} allows pass and fail/warn without an UNSURE note")
    missing = {d["path"] for d in b.claim["documents"]} - set(b.files)
    if missing:
        problems.append(f"listed but missing {missing}")
    failing = [k for k, v in b.checks.items() if set(v if isinstance(v, list) else [v]) <= {"fail", "warn"}]
    if b.decision == "approve" and failing:
        problems.append(f"approved with failing checks {failing}")
    queue = EXTRA.get(b.claim_id, {})
    by_queue = "conflict" in queue or "returning" in queue
    if b.decision != "approve" and not failing and not by_queue:
        problems.append(f"{b.decision} without a failing check or a queue/history reason")
    if problems:
        raise RuntimeError(f"{b.claim_id}: " + "; ".join(problems))


def build_all() -> list[Bundle]:
    EXTRA.clear()
    _CACHE.clear()
    builders: list[Callable[[], Bundle]] = [
        fn for name, fn in sorted(globals().items()) if name.startswith("s_") and callable(fn)
    ]
    bundles = [fn() for fn in builders]
    ids = [b.claim_id for b in bundles]
    if len(set(ids)) != len(ids) or len({b.entry for b in bundles}) != len(bundles):
        raise RuntimeError("claim ids and bundle names must be unique")
    if sorted(int(i) for i in ids) != list(range(FIRST_ID, LAST_ID + 1)):
        raise RuntimeError(f"claims must be numbered {FIRST_ID}-{LAST_ID} without gaps")
    for b in bundles:
        _vet(b)
    for cid, info in EXTRA.items():
        for other in info.get("conflict", {}).get("claim_ids", []) + info.get("reuse_pair", []):
            if other not in ids:
                raise RuntimeError(f"{cid}: queue partner {other} missing")
    return bundles


def expected(bundles: Sequence[Bundle]) -> dict[str, Any]:
    """set G's expected.json entries, plus ``queue`` (conflict groups, reuse pairs, returning claims) where the
    decision depends on the queue or the claim's history."""
    out = g.expected(bundles)
    for cid, info in EXTRA.items():
        out[cid]["queue"] = dict(sorted(info.items()))
    return out


def build(outdir: Path) -> None:
    """Write every bundle and ``expected.json`` into ``outdir`` (created if absent)."""
    bundles = build_all()
    outdir.mkdir(parents=True, exist_ok=True)
    for b in bundles:
        g.write_bundle(outdir, b)
    text = json.dumps(expected(bundles), indent=2, ensure_ascii=False) + "\n"
    (outdir / "expected.json").write_text(text, encoding="utf-8")


def _clear(out: Path, force: bool) -> None:
    """Make ``out`` an empty directory, refusing to empty one that holds anything but a previous set S."""
    if not out.exists():
        return
    if not out.is_dir():
        raise SystemExit(f"{out} exists and is not a directory")
    entries = sorted(out.iterdir())
    foreign = [e.name for e in entries if e.name != "expected.json" and not e.name.startswith("50710")]
    if foreign and not force:
        raise SystemExit(f"{out} is not empty ({foreign[0]} ...): use --force to replace its contents")
    for entry in entries:
        (shutil.rmtree if entry.is_dir() and not entry.is_symlink() else Path.unlink)(entry)


def main(argv: Sequence[str] | None = None) -> int:
    import logging
    import warnings

    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", message=".*DSA is deprecated.*")
    for noisy in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    cli = argparse.ArgumentParser(description="Write held-out test set S: MCI claim bundles and expected.json.")
    cli.add_argument("out", type=Path, help="output directory (absent, empty, or an earlier set S)")
    cli.add_argument("--force", action="store_true", help="replace whatever OUTDIR holds")
    opts = cli.parse_args(argv)
    started = time.perf_counter()
    _clear(opts.out, opts.force)
    build(opts.out)
    data = json.loads((opts.out / "expected.json").read_text(encoding="utf-8"))
    tally = {d: sum(1 for e in data.values() if e["decision"] == d) for d in ("approve", "action_required", "reject")}
    lines = [f"{len(data)} bundles in {opts.out}: " + ", ".join(f"{k} {v}" for k, v in tally.items())]
    lines.append(f"built in {time.perf_counter() - started:.1f} s")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
